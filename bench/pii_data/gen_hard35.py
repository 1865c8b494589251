#!/usr/bin/env python3
"""gen_hard35.py -- blind evaluation set "hard35": events, field marketing and B2B sales.

Writes hard35.jsonl (400 samples) next to this script and prints a self-check.
Deterministic: fixed seed, standard library only, every list hand-written here.

Labelling decisions (beyond the common brief)
---------------------------------------------
* Spans are recorded while the text is built (Builder.add with labelled pieces); nothing is searched.
* PERSON
  - Titles / honorifics / roles stay outside: Mr, Mrs, Dr, Herr, Frau, Sra., Lic., dott.ssa, Pani,
    Bapak/Ibu/Pak, Khun, anh/chi, -san / -sama / 様 / さん, 님, 부장님, Hanim/Bey, Sheikh ...
  - Case endings that are glued to the name are inside: Polish vocative/instrumental/genitive
    ("Agnieszko", "Tomaszem Nowakiem"), Hungarian suffixes ("Nagy Eszternek"), Turkish suffixes after the
    apostrophe ("Yilmaz'a" -> whole token), German genitive -s ("Frau Brandts Schicht" -> "Brandts").
  - English possessive 's is OUTSIDE the span ("Okafor" in "Okafor's deck").
  - "Surname, Given" cells and "SURNAME Given" / "Berg, Sanne van der" are ONE span.
  - A name broken over two lines by OCR is one span (newline inside). OCR-garbled names are still PERSON.
  - An English nickname in brackets after a name ("Zhang Wei (David)") is a second PERSON span.
  - Single initial + surname ("J. Okafor") and given + initial ("Grace B.") are PERSON, dot inside.
  - Nicknames that stand for a person (Thai "Ploy", "Bank") are PERSON; Chinese surname + title
    (李总) -> surname only; Japanese/Korean honorifics (様, -san, -sama, 님) outside.
  - Names that are ordinary words or places (Hope, Grace, Will, Paris, Austin, Georgia, Bruno, Calle,
    Rich, Short, Blessing) are PERSON when they name a person, LOCATION when they name the place.
  - Halls, rooms, stages, awards, tables, sessions, products, companies, hotels, streets and law firms
    named after people (Ada Lovelace Hall, the Hopper Award, Sterling & Marsh LLP, Hotel Frida,
    table "Curie") are NOT PERSON. Template variables ({{first_name}}) and e-mail local parts are not.
* STREET_ADDRESS: one span from the first postal element (building/unit/floor or number/street) to the
  last present element (postcode/city/state, country when it is the address's last line). A venue,
  hotel or company name written before the address (own line or followed by a dash/comma) is outside.
  P.O. boxes with town are addresses.
* LOCATION: towns, regions/states and countries standing alone (including a "Country" column in a
  table and "City" columns). Place names inside names of companies, venues, hotels, rooms, products,
  events or streets are NOT LOCATION; airport codes, time-zone words and nationality adjectives are not.
  Sales segment acronyms are avoided entirely.
* OCR text (business cards): garbled characters stay inside the value's span ("O" for "0" in a phone
  number, "l" for "i" in a name); the noise elsewhere is not labelled.
* PHONE_NUMBER includes extension words ("ext. 214", "Durchwahl -37", "ramal 2204", "内線 305").
  Webinar/meeting IDs, booth numbers, PO numbers, DUNS, VAT and passport numbers are never labelled,
  even when they look like phone numbers.
* CREDIT_CARD only for full Luhn-valid numbers; masked / last-4 references are left unlabelled.
* IBAN_CODE only with valid mod-97 check digits (BBAN national check digits are not modelled).
* US_SSN: area 001-899 without 666, group 01-99, serial 0001-9999.
* *_nopii kinds contain no labelled value at all: no e-mails, phones, towns or people, only traps
  (person-named halls/awards/products, place-named rooms/products, codes shaped like phone numbers,
  placeholders, version strings).
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 35_0513
R = random.Random(SEED)


# ---------------------------------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                typ, s = it
                if not s:
                    continue
                self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s)})
                self.parts.append(s)
                self.n += len(s)
            else:
                self.parts.append(it)
                self.n += len(it)
        return self

    def row(self, cells, sep=",", quote_commas=True, end="\n"):
        for i, c in enumerate(cells):
            if i:
                self.add(sep)
            val = c[1] if isinstance(c, tuple) else c
            q = quote_commas and sep == "," and ("," in val)
            if q:
                self.add('"')
            self.add(c)
            if q:
                self.add('"')
        self.add(end)

    def text(self):
        return "".join(self.parts)


def PER(s): return ("PERSON", s)
def ADR(s): return ("STREET_ADDRESS", s)
def LOC(s): return ("LOCATION", s)
def PHN(s): return ("PHONE_NUMBER", s)
def EML(s): return ("EMAIL_ADDRESS", s)
def IPA(s): return ("IP_ADDRESS", s)
def IBN(s): return ("IBAN_CODE", s)
def CCN(s): return ("CREDIT_CARD", s)
def SSN(s): return ("US_SSN", s)


def ch(seq):
    return R.choice(seq)


def maybe(p=0.5):
    return R.random() < p


def d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def dn(n):  # n digits, first non-zero
    return str(R.randint(1, 9)) + d(n - 1)


def ascii_fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ı", "i"), ("İ", "I"), ("đ", "d"), ("Đ", "D"),
                 ("ø", "o"), ("'", ""), ("’", "")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------------
# names (hand-written)
# ---------------------------------------------------------------------------------------------------
CULT = {
    "us": dict(m=["James", "Will", "Mark", "Bill", "Austin", "Chase", "Hunter", "Carter", "Dallas", "Tyler",
                  "Brooks", "Dwayne"],
               f=["Hope", "Grace", "Faith", "Summer", "Madison", "Joy", "Brooke", "Georgia", "Sydney", "April",
                  "Paris", "Shanice"],
               s=["Baker", "Wood", "King", "Young", "Moss", "Gates", "Winters", "Fox", "Short", "Hill", "Bishop",
                  "Church", "Price", "Lake", "Marsh", "Stone", "Banks", "Rich", "Sterling", "Washington"]),
    "gb": dict(m=["Oliver", "Rhys", "Callum", "Angus", "Hamish", "Nigel", "Tobias"],
               f=["Harriet", "Siobhan", "Imogen", "Niamh", "Pippa", "Rosalind", "Bethan"],
               s=["Featherstone", "Pennington", "Oakley", "Whitlock", "Chamberlain", "Lord", "Parsons",
                  "Grieve", "Ashdown", "Kettering", "Bird", "Cole"]),
    "de": dict(m=["Jörg", "Sören", "Lukas", "Maximilian", "Kai", "Matthias", "Florian", "Uwe"],
               f=["Anke", "Friederike", "Birgit", "Ulrike", "Heike", "Jana", "Svenja", "Kerstin"],
               s=["Müller", "Koch", "Vogel", "Fischer", "Weiß", "Schäfer", "Brandt", "Bauer", "Wagner",
                  "Hoffmann", "Zimmermann", "Krüger", "Bach", "Ebert", "Lang", "Frank"]),
    "nl": dict(m=["Daan", "Joost", "Bram", "Pieter", "Sem", "Ruud", "Wouter"],
               f=["Sanne", "Femke", "Lotte", "Mirjam", "Anouk", "Eline", "Marieke"],
               s=["van der Berg", "de Vries", "van Dijk", "de Jong", "Visser", "Bakker", "van den Heuvel",
                  "ter Horst", "van 't Hof", "Mulder", "de Boer", "Smit", "van Leeuwen", "Dekker"]),
    "fr": dict(m=["Benoît", "Théo", "Guillaume", "Rémi", "Yannick", "Jean-Baptiste", "Loïc"],
               f=["Aurélie", "Clémence", "Élodie", "Margaux", "Solène", "Anne-Sophie", "Capucine"],
               s=["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Lambert", "Dubois",
                  "Mercier", "Boulanger", "Marchand", "Leblanc", "Petit"]),
    "es": dict(m=["Javier", "Íñigo", "Sergio", "Álvaro", "Jorge", "Borja", "Pablo"],
               f=["María José", "Lucía", "Paloma", "Nerea", "Rocío", "Ainhoa", "Montserrat"],
               s=["García", "Fernández", "López", "Martín", "Ruiz", "Santamaría", "Iglesias", "Calle", "Blanco",
                  "Rey", "Ortega", "Vidal", "Castillo", "Prieto", "Serrano", "Domínguez"]),
    "mx": dict(m=["Luis Ángel", "Rodrigo", "Emiliano", "Jesús", "Octavio"],
               f=["Guadalupe", "Ximena", "Citlali", "Fernanda", "Itzel"],
               s=["Hernández", "Ramírez", "Cruz", "Flores", "Téllez", "Villaseñor", "Ochoa", "Salinas"]),
    "br": dict(m=["João Pedro", "Thiago", "Caio", "Marcelo", "Gustavo", "Rafael", "Luiz Carlos"],
               f=["Ana Luiza", "Letícia", "Rafaela", "Luana", "Juliana", "Maria Eduarda", "Bruna"],
               s=["Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Rocha", "Almeida", "Carvalho",
                  "Nascimento", "Barbosa", "Moreira", "Cavalcanti", "Campos", "Lima"]),
    "pt": dict(m=["Duarte", "Rui", "Tiago", "Nuno", "Gonçalo"],
               f=["Inês", "Leonor", "Beatriz", "Mafalda", "Catarina"],
               s=["Sousa", "Pereira", "Figueiredo", "Magalhães", "Teixeira", "Gonçalves", "Pinto",
                  "Vasconcelos"]),
    "it": dict(m=["Lorenzo", "Matteo", "Alessandro", "Davide", "Giorgio", "Andrea", "Luca"],
               f=["Giulia", "Chiara", "Francesca", "Beatrice", "Federica", "Ilaria", "Serena"],
               s=["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
                  "Galli", "Conti", "De Luca", "Fontana", "Barbieri"]),
    "pl": dict(m=["Tomasz", "Krzysztof", "Paweł", "Michał", "Piotr", "Marcin"],
               f=["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Magdalena"],
               s=[("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
                  ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
                  ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Mazur", "Mazur")]),
    "hu": dict(m=["Péter", "Gábor", "Balázs", "Levente", "Zoltán"],
               f=["Eszter", "Zsófia", "Réka", "Katalin", "Orsolya"],
               s=["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Farkas", "Fehér"],
               order="fg"),
    "tr": dict(m=["Mehmet", "Emre", "Burak", "Oğuz", "Kerem", "Mert"],
               f=["Ayşe", "Elif", "Zeynep", "Selin", "Deniz", "Gizem"],
               s=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"]),
    "jp": dict(m=["Haruto", "Kenji", "Daisuke", "Hiroshi", "Takumi", "Shota"],
               f=["Yui", "Aiko", "Sakura", "Yuki", "Mei", "Haruka"],
               s=["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Yamamoto",
                  "Saito", "Matsumoto", "Inoue", "Hayashi", "Mori"], order="fg"),
    "kr": dict(m=["Min-jun", "Ji-hoon", "Dong-hyun", "Jae-won", "Sung-min"],
               f=["Seo-yeon", "Ha-eun", "Soo-ah", "Ji-woo", "Yoon-seo"],
               s=["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin"], order="fg"),
    "cn": dict(m=["Wei", "Jianguo", "Haoran", "Lei", "Zhiwei", "Jun"],
               f=["Xiaoling", "Meiling", "Yifan", "Zihan", "Jing", "Xinyi"],
               s=["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhou", "Wu", "Xu"], order="fg"),
    "vn": dict(m=["Văn Hùng", "Minh Tuấn", "Đức Quang", "Văn Dũng", "Quốc Bảo"],
               f=["Thị Lan", "Ngọc Trang", "Thị Hương", "Thu Thảo", "Bích Ngọc"],
               s=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"], order="fg"),
    "th": dict(m=["Somchai", "Nattapong", "Thanawat", "Arthit", "Kittisak"],
               f=["Siriporn", "Kanokwan", "Pimchanok", "Warunee", "Ratchanee"],
               s=["Wongsakul", "Srisuk", "Chaiyaporn", "Rattanakorn", "Boonmee", "Phongphan", "Saetang"]),
    "ar": dict(m=["Khalid", "Omar", "Yousef", "Abdullah", "Saeed", "Hamad", "Tariq"],
               f=["Fatima", "Noura", "Mariam", "Layla", "Huda", "Reem", "Aisha"],
               s=["Al-Mansoori", "Al Zahrani", "Al-Harthy", "Al Qasimi", "Haddad", "Al-Shamsi", "Al Otaibi",
                  "El-Sayed", "Al-Falasi", "Nasser"]),
    "in": dict(m=["Venkatesh", "Rohit", "Arjun", "Karthik", "Sanjay", "Aditya"],
               f=["Priya", "Ananya", "Lakshmi", "Sneha", "Deepa", "Kavya"],
               s=["Raghunathan", "Iyer", "Sharma", "Deshpande", "Chatterjee", "Nair", "Reddy", "Kulkarni",
                  "Menon", "Bhattacharya", "Gupta"]),
    "ng": dict(m=["Chukwuemeka", "Oluwaseun", "Babatunde", "Emeka", "Ifeanyi", "Tunde"],
               f=["Adaeze", "Ngozi", "Chiamaka", "Funmilayo", "Blessing", "Precious", "Yetunde"],
               s=["Okafor", "Nwosu", "Adeyemi", "Obi", "Balogun", "Eze", "Okonkwo", "Adebayo", "Ogunleye",
                  "Nwachukwu"]),
    "id": dict(m=["Budi", "Agus", "Rizky", "Hendra", "Bayu"],
               f=["Putri", "Dewi", "Siti", "Ayu", "Intan", "Wulan"],
               s=["Santoso", "Wijaya", "Pratama", "Kusuma", "Hidayat", "Saputra", "Nugroho", "Halim"]),
    "za": dict(m=["Thabo", "Sipho", "Pieter", "Johan", "Lwazi"],
               f=["Naledi", "Lindiwe", "Anri", "Zanele", "Thandeka"],
               s=["Nkosi", "Dlamini", "van Wyk", "Botha", "Mokoena", "Naidoo", "Pretorius", "Khumalo"]),
    "au": dict(m=["Lachlan", "Brodie", "Hamish", "Cooper"],
               f=["Matilda", "Tahlia", "Sienna", "Chloe"],
               s=["O'Brien", "McKenzie", "Walsh", "Kelly", "Fitzgerald", "Harding"]),
    "ca": dict(m=["Marc-André", "Étienne", "Liam", "Connor"],
               f=["Geneviève", "Mélanie", "Avery", "Brianne"],
               s=["Tremblay", "Gagnon", "Bouchard", "Côté", "MacDonald", "Campbell"]),
}
ALL_CULTS = list(CULT)
BR_PART = ["da", "dos", "de"]


class Person:
    def __init__(self, c=None, g=None):
        self.c = c = c or ch(ALL_CULTS)
        dd = CULT[c]
        self.g = g = g or ch("mf")
        self.given = ch(dd[g])
        sur = ch(dd["s"])
        if c == "pl":
            sur = sur[0] if g == "m" else sur[1]
        elif c in ("es", "mx", "pt"):
            s2 = ch([x for x in dd["s"] if x != sur])
            sur = sur + " " + s2
        elif c == "br":
            s2 = ch([x for x in dd["s"] if x != sur])
            link = ("dos " if s2 == "Santos" else "da " if s2 in ("Silva", "Rocha") else "do " if s2 == "Nascimento" else "de ") + s2
            sur = [sur, sur + " " + s2, sur + " " + link, link][R.randint(0, 3)]
        self.family = sur
        self.order = dd.get("order", "gf")

    # displays --------------------------------------------------------------
    def full(self):
        return f"{self.family} {self.given}" if self.order == "fg" else f"{self.given} {self.family}"

    def western(self):
        return f"{self.given} {self.family}"

    def last(self):
        """what a colleague would call 'the surname' in text"""
        return self.family

    def sg(self):
        return f"{self.family}, {self.given}"

    def initial(self):
        g0 = self.given.split()[0].split("-")[0]
        return f"{g0[0]}. {self.family}"

    def given_initial(self):
        return f"{self.given} {self.family.split()[-1][0].upper()}."

    def caps(self):
        return self.full().upper()

    def badge(self):  # FAMILY Given (jp/kr/cn/hu style) or Given FAMILY
        if self.order == "fg":
            return f"{self.family.upper()} {self.given}"
        return f"{self.given} {self.family.upper()}"

    def email(self, dom):
        g = ascii_fold(self.given).lower().replace(" ", "").replace("-", "")
        f = ascii_fold(self.family).lower().replace(" ", "").replace("-", "")
        pat = R.randint(0, 5)
        if pat == 0:
            loc = f"{g}.{f}"
        elif pat == 1:
            loc = f"{g[0]}.{f}"
        elif pat == 2:
            loc = f"{g}{f[0]}"
        elif pat == 3:
            loc = f"{g}"
        elif pat == 4:
            loc = f"{f}.{g}"
        else:
            loc = f"{g[0]}{f}"
        return f"{loc}@{dom}"


def per(*cults, g=None):
    return Person(ch(cults) if cults else None, g)


# ---------------------------------------------------------------------------------------------------
# companies, products, venues (hand-written)
# ---------------------------------------------------------------------------------------------------
COMP = {
    "de": ["Kessler Analytics GmbH", "Brandt Systemtechnik GmbH", "Nordlicht Logistik AG", "Vogelsang Medien GmbH & Co. KG",
           "Heinemann Verpackung GmbH"],
    "nl": ["Novalink B.V.", "Dijkstra Packaging B.V.", "Oranjewoud Data B.V.", "Tulpveld Retail B.V."],
    "fr": ["Lumière Conseil SAS", "Groupe Vauban Industries", "Mercier & Fils SARL", "Atelier Colbert SA"],
    "es": ["Grupo Altamar S.L.", "Soluciones Ibéricas S.A.", "Calle Mayor Digital S.L.", "Vidal Hermanos S.A."],
    "mx": ["Tecnologías Quetzal S.A. de C.V.", "Grupo Pacífico Norte", "Ochoa Distribuciones S.A. de C.V."],
    "br": ["Ferreira & Filhos Ltda.", "Tupã Sistemas S.A.", "Ipê Logística Ltda.", "Grupo Jatobá"],
    "pt": ["Atlântico Soft, Lda.", "Douro Digital S.A.", "Pinto & Vasconcelos, Lda."],
    "it": ["Officine Galli S.p.A.", "Colombo Automazione S.r.l.", "Brera Data S.r.l.", "Fratelli Conti S.p.A."],
    "pl": ["Polanex Sp. z o.o.", "Wisła Software S.A.", "Mazur Logistyka Sp. j.", "Bursztyn Retail Sp. z o.o."],
    "hu": ["Duna Informatika Kft.", "Balaton Trade Zrt.", "Tisza Logisztika Kft."],
    "tr": ["Anadolu Yazılım A.Ş.", "Boğaziçi Lojistik Ltd. Şti.", "Kaya Ambalaj A.Ş."],
    "jp": ["Takumi Robotics K.K.", "Sakura Foods Co., Ltd.", "Kanda Shoji Co., Ltd.", "Hoshino Precision K.K."],
    "kr": ["Hanbit Mobility Co., Ltd.", "Daon Semicon Inc.", "Nuri Commerce Corp."],
    "cn": ["Jinqiao Tech Co., Ltd.", "Hengda Smart Devices Ltd.", "Lanting Packaging Co."],
    "vn": ["Sao Mai Tech JSC", "Hoa Sen Digital JSC", "Công ty TNHH Phú Gia"],
    "th": ["Siam Lotus Trading Co., Ltd.", "Rattana Cloud Co., Ltd."],
    "ar": ["Al Noor Facilities LLC", "Gulf Horizon Trading FZE", "Najd Data Solutions", "Falcon Crest Events LLC"],
    "in": ["Kaveri Infotech Pvt. Ltd.", "Saffron Retail Solutions Pvt Ltd", "Deshpande Engineering Works"],
    "ng": ["Okonkwo Agro Holdings Ltd", "Zuma Payments Ltd", "Harmattan Freight Services"],
    "id": ["PT Nusantara Digital Solusi", "PT Garuda Kemasan", "PT Kusuma Retail Indonesia"],
    "za": ["Protea Analytics (Pty) Ltd", "Ubuntu Cloud Partners", "Baobab Logistics (Pty) Ltd"],
    "us": ["Halcyon Labs Inc.", "Bluefin Data LLC", "Sterling & Marsh LLP", "Lincoln Park Software", "Carver Robotics"],
    "gb": ["Ashworth Medical Ltd", "Kettering Cole Partners", "Whitlock Insights Ltd", "Bramble & Finch Ltd"],
    "au": ["Southern Cross Events Pty Ltd", "Banksia Data Pty Ltd"],
    "ca": ["Maple Grid Solutions", "Laurentide Conseil inc."],
}
TLD = {"de": "de", "nl": "nl", "fr": "fr", "es": "es", "mx": "com.mx", "br": "com.br", "pt": "pt", "it": "it",
       "pl": "pl", "hu": "hu", "tr": "com.tr", "jp": "co.jp", "kr": "co.kr", "cn": "cn", "vn": "vn", "th": "co.th",
       "ar": "ae", "in": "in", "ng": "com.ng", "id": "co.id", "za": "co.za", "us": "com", "gb": "co.uk",
       "au": "com.au", "ca": "ca"}


def company(c):
    return ch(COMP.get(c, COMP["us"]))


def domain(comp, c):
    w = ascii_fold(comp).lower()
    w = re.sub(r"^(pt|grupo|groupe|atelier|fratelli|officine|cong ty tnhh) ", "", w)
    ws = re.sub(r"[^a-z0-9 &]", "", w).split()
    w = ws[0] + ws[1] if len(ws[0]) <= 3 and len(ws) > 1 else ws[0]
    return f"{w}.{TLD.get(c, 'com')}"


OUR_CO = "Veridian Software"
OUR_DOM = ["veridian-sw.com", "veridian.io"]
PRODUCTS = ["Hopper Lead Capture", "Lovelace Analytics", "Ada Scan", "Marvin Kiosk", "Clara Assistant",
            "Otto Checkout", "Frida Forms", "Jasper Routing", "Leo Badge Printer", "Sophia Insights"]
COMPETITORS = ["Marcus Analytics", "Atlas Norte", "Hubbell CRM", "Gideon Events", "Watson & Pryce", "Penelope Cloud",
               "Oscar Forms", "Kepler Leads"]
HALLS = ["Ada Lovelace Hall", "Grace Hopper Auditorium", "Hedy Lamarr Room", "Turing Lounge", "Mandela Room",
         "Tesla Stage", "Curie Suite", "Hypatia Room", "Brunel Hall", "Nightingale Room", "Marie Curie Theatre"]
AWARDS = ["the Hopper Award", "the Lovelace Medal for Data", "the Bell Prize", "the Nightingale Award for Care Tech",
          "the Drucker Cup", "the Babbage Trophy"]
HOTELS = ["The Langham", "Hotel Frida", "The Whitcombe", "Hotel Maria Cristina", "The Ashby", "Hotel Alma",
          "The Beaumont", "Grand Hotel Emilia"]
EVENTS = ["RetailTech Summit", "Veridian Connect", "DataDriven Expo", "FieldOps World", "CX Leaders Forum",
          "SaaS Growth Days", "Packaging Innovations Week", "Partner Kickoff", "LeadGen Live", "SmartOps Congress"]
VENUE_GEN = ["Convention Centre", "Expo Hall", "Congress Center", "Exhibition Grounds", "Conference Centre"]

# ---------------------------------------------------------------------------------------------------
# places (hand-written)
# ---------------------------------------------------------------------------------------------------
CITIES = {
    "de": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Düsseldorf", "Stuttgart", "Leipzig"],
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Den Haag", "Zwolle"],
    "fr": ["Paris", "Lyon", "Marseille", "Lille", "Toulouse", "Nantes", "Nice"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza"],
    "mx": ["Ciudad de México", "Monterrey", "Guadalajara", "Querétaro", "Puebla"],
    "br": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Campinas"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro"],
    "it": ["Milano", "Roma", "Torino", "Bologna", "Firenze", "Verona", "Bari"],
    "pl": ["Warszawa", "Kraków", "Poznań", "Wrocław", "Gdańsk", "Łódź", "Katowice"],
    "hu": ["Budapest", "Debrecen", "Szeged", "Győr", "Pécs"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "jp": ["Tokyo", "Osaka", "Yokohama", "Nagoya", "Fukuoka", "Sapporo"],
    "kr": ["Seoul", "Busan", "Incheon", "Daegu", "Pangyo"],
    "cn": ["Shanghai", "Shenzhen", "Beijing", "Guangzhou", "Hangzhou"],
    "vn": ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng"],
    "th": ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen"],
    "ar": ["Dubai", "Abu Dhabi", "Sharjah", "Riyadh", "Jeddah", "Doha", "Muscat"],
    "in": ["Bengaluru", "Mumbai", "Pune", "Hyderabad", "Chennai", "Gurugram", "Kochi"],
    "ng": ["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Enugu"],
    "id": ["Jakarta", "Surabaya", "Bandung", "Medan", "Denpasar"],
    "za": ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Stellenbosch"],
    "us": ["Las Vegas", "Chicago", "Austin", "Boston", "San Diego", "Atlanta", "Denver", "Orlando"],
    "gb": ["London", "Manchester", "Birmingham", "Edinburgh", "Reading", "Leeds", "Bristol"],
    "au": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
    "ca": ["Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa"],
}
COUNTRY_EN = {"de": "Germany", "nl": "Netherlands", "fr": "France", "es": "Spain", "mx": "Mexico", "br": "Brazil",
              "pt": "Portugal", "it": "Italy", "pl": "Poland", "hu": "Hungary", "tr": "Türkiye", "jp": "Japan",
              "kr": "South Korea", "cn": "China", "vn": "Vietnam", "th": "Thailand", "ar": "United Arab Emirates",
              "in": "India", "ng": "Nigeria", "id": "Indonesia", "za": "South Africa", "us": "USA",
              "gb": "United Kingdom", "au": "Australia", "ca": "Canada"}
COUNTRY_LOCAL = {"de": "Deutschland", "nl": "Nederland", "fr": "France", "es": "España", "mx": "México",
                 "br": "Brasil", "pt": "Portugal", "it": "Italia", "pl": "Polska", "hu": "Magyarország",
                 "tr": "Türkiye", "jp": "Japan", "kr": "Korea", "cn": "China", "vn": "Việt Nam", "th": "Thailand",
                 "ar": "UAE", "in": "India", "ng": "Nigeria", "id": "Indonesia", "za": "South Africa", "us": "USA",
                 "gb": "UK", "au": "Australia", "ca": "Canada"}
REGIONS = {"de": ["Bayern", "Nordrhein-Westfalen", "Baden-Württemberg", "Sachsen"],
           "es": ["Cataluña", "Andalucía", "País Vasco", "Galicia"],
           "fr": ["Île-de-France", "Bretagne", "Occitanie", "Auvergne-Rhône-Alpes"],
           "it": ["Lombardia", "Veneto", "Piemonte", "Emilia-Romagna"],
           "us": ["Texas", "Ohio", "Georgia", "Colorado", "Oregon", "New Jersey"],
           "br": ["Minas Gerais", "Santa Catarina", "Paraná", "Bahia"],
           "in": ["Karnataka", "Maharashtra", "Tamil Nadu", "Telangana"],
           "ca": ["Ontario", "Quebec", "Alberta", "British Columbia"],
           "au": ["Victoria", "Queensland", "New South Wales"],
           "pl": ["Mazowsze", "Małopolska", "Pomorze", "Śląsk"]}


def city(c):
    return ch(CITIES[c])


def _floor_en():
    return ch(["1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "11th"])


LAST = {}


def addr(c, ml=False, country=False, style=None):
    s = _addr(c, ml, country, style)
    LAST["city"] = None
    for ct in CITIES.get(c, []):
        if ct in s:
            LAST["city"] = ct
    return s


def _addr(c, ml=False, country=False, style=None):
    """a postal address of country c; ml -> multi-line; country -> append country line"""
    nl = "\n" if ml else ", "
    n = R.randint(1, 240)
    if c == "de":
        st = ch(["Messedamm", "Friedrichstraße", "Ludwigstraße", "Königsallee", "Theodor-Heuss-Allee",
                 "Hafenstraße", "Am Sandtorkai", "Leopoldstraße", "Mainzer Landstraße", "Rheinuferstraße"])
        pc, ct = ch([("10117", "Berlin"), ("14055", "Berlin"), ("80539", "München"), ("40212", "Düsseldorf"),
                     ("60327", "Frankfurt am Main"), ("20457", "Hamburg"), ("50679", "Köln"), ("70173", "Stuttgart")])
        extra = ch(["", "", f"{nl}{R.randint(1, 6)}. OG", f", Haus {ch('ABC')}", f"{nl}Eingang Süd"])
        a = f"{st} {n}{ch(['', '', 'a', 'b'])}{extra}{nl}{pc} {ct}"
        cn = ch(["Germany", "Deutschland"])
    elif c == "nl":
        st = ch(["Europaplein", "Keizersgracht", "Stationsplein", "Piet Heinkade", "Prinses Beatrixlaan",
                 "Zuidplein", "Herengracht", "Jaarbeursplein"])
        pc, ct = ch([(f"10{R.randint(11, 99)} {ch(['GZ', 'AB', 'LK', 'XS'])}", "Amsterdam"),
                     (f"30{R.randint(11, 99)} {ch(['AS', 'BK', 'CE'])}", "Rotterdam"),
                     (f"35{R.randint(11, 99)} {ch(['AP', 'NB'])}", "Utrecht"),
                     (f"25{R.randint(11, 99)} {ch(['LM', 'KV'])}", "Den Haag")])
        a = f"{st} {n}{ch(['', '', '-II', ' hs', 'A'])}{nl}{pc}{ch(['  ', ' '])}{ct}"
        cn = ch(["Netherlands", "Nederland", "The Netherlands"])
    elif c == "fr":
        st = ch(["rue de la Paix", "boulevard Haussmann", "avenue de la Grande Armée", "rue du Faubourg Saint-Honoré",
                 "quai Charles de Gaulle", "place de la Porte de Versailles", "rue de la République", "cours Lafayette"])
        pc, ct = ch([("75008", "Paris"), ("75015", "Paris"), ("69006", "Lyon"), ("13002", "Marseille"),
                     ("59000", "Lille"), ("06000", "Nice"), ("31000", "Toulouse")])
        pre = ch(["", "", f"Bât. {ch('ABC')}{nl}", f"{R.randint(2, 8)}e étage{nl}"])
        a = f"{pre}{n}{ch(['', ' bis', ''])} {st}{nl}{pc} {ct}{ch(['', '', ' Cedex 0' + str(R.randint(1, 9))])}"
        cn = "France"
    elif c == "es":
        st = ch(["Calle de Alcalá", "Paseo de la Castellana", "Avinguda Diagonal", "Gran Vía", "Calle de Serrano",
                 "Calle Colón", "Avenida de la Constitución", "Calle Larios"])
        pc, ct = ch([("28014", "Madrid"), ("28046", "Madrid"), ("08019", "Barcelona"), ("46004", "Valencia"),
                     ("41001", "Sevilla"), ("48001", "Bilbao"), ("29005", "Málaga")])
        piso = ch(["", f", {R.randint(1, 9)}º {ch(['A', 'B', 'izq.', 'dcha.'])}", f", planta {R.randint(1, 12)}"])
        a = f"{st}, {n}{piso}{nl}{pc} {ct}"
        cn = ch(["Spain", "España"])
    elif c == "mx":
        st = ch(["Paseo de la Reforma", "Av. Insurgentes Sur", "Av. Presidente Masaryk", "Blvd. Manuel Ávila Camacho",
                 "Av. Constitución"])
        col, pc, ct = ch([("Juárez", "06600", "Ciudad de México, CDMX"), ("Polanco", "11560", "Ciudad de México, CDMX"),
                          ("Del Valle", "03100", "Ciudad de México, CDMX"), ("Centro", "64000", "Monterrey, N.L.")])
        a = f"{st} {n}{ch(['', f', piso {R.randint(2, 30)}', f' int. {R.randint(1, 900)}'])}{nl}Col. {col}, C.P. {pc}{nl}{ct}"
        cn = ch(["México", "Mexico"])
    elif c == "br":
        ba, ct, uf, cep = ch([("Bela Vista", "São Paulo", "SP", "01310-200"), ("Vila Olímpia", "São Paulo", "SP", "04551-060"),
                              ("Itaim Bibi", "São Paulo", "SP", "01452-002"), ("Centro", "Rio de Janeiro", "RJ", "20011-000"),
                              ("Copacabana", "Rio de Janeiro", "RJ", "22021-001"), ("Centro Histórico", "Porto Alegre", "RS", "90020-004")])
        st = ch({"São Paulo": ["Av. Paulista", "Rua Funchal", "Av. Brigadeiro Faria Lima"],
                 "Rio de Janeiro": ["Rua da Assembleia", "Av. Atlântica", "Av. Rio Branco"],
                 "Porto Alegre": ["Rua dos Andradas", "Av. Borges de Medeiros"]}[ct])
        comp = ch(["", f" - {R.randint(1, 22)}º andar", f", cj. {R.randint(11, 199)}", f", sala {R.randint(101, 1999)}"])
        a = f"{st}, {n * 7}{comp} - {ba}{nl}{ct} - {uf}, {cep}" if not ml else f"{st}, {n * 7}{comp}{nl}{ba}{nl}{ct} - {uf}{nl}CEP {cep}"
        cn = "Brasil"
    elif c == "pt":
        st = ch(["Rua Castilho", "Avenida da Liberdade", "Rua de Santa Catarina", "Avenida dos Aliados",
                 "Rua Garrett", "Avenida da Boavista"])
        pc, ct = ch([(f"1250-{d(3)}", "Lisboa"), (f"1269-{d(3)}", "Lisboa"), (f"4000-{d(3)}", "Porto"),
                     (f"4100-{d(3)}", "Porto")])
        a = f"{st} {n}{ch(['', f', {R.randint(1, 8)}.º Esq.', f', {R.randint(1, 8)}.º Dto.', ', r/c'])}{nl}{pc} {ct}"
        cn = "Portugal"
    elif c == "it":
        st = ch(["Via Gattamelata", "Corso Buenos Aires", "Via dei Condotti", "Viale della Liberazione",
                 "Piazza Costituzione", "Via Nizza", "Via Tortona", "Corso Vittorio Emanuele II"])
        pc, ct = ch([("20149", "Milano MI"), ("20124", "Milano MI"), ("00187", "Roma RM"), ("40128", "Bologna BO"),
                     ("10126", "Torino TO"), ("37135", "Verona VR")])
        a = f"{st}{ch([' ', ', '])}{n}{ch(['', '', '/B', ', scala ' + ch('AB')])}{nl}{pc} {ct}"
        cn = "Italia"
    elif c == "pl":
        st = ch(["Marszałkowska", "Grzybowska", "Prosta", "Głogowska", "Piotrkowska", "Długa", "Rondo ONZ",
                 "Aleje Jerozolimskie"])
        pc, ct = ch([("00-017", "Warszawa"), ("00-844", "Warszawa"), ("60-734", "Poznań"), ("90-001", "Łódź"),
                     ("80-831", "Gdańsk"), ("31-011", "Kraków"), ("40-001", "Katowice")])
        pre = "" if st.startswith(("Rondo", "Aleje")) else ch(["ul. ", "ul. ", "Ul. "])
        a = f"{pre}{st} {n}{ch(['', f'/{R.randint(1, 60)}', f' lok. {R.randint(1, 40)}'])}{nl}{pc} {ct}"
        cn = "Polska"
    elif c == "hu":
        st = ch(["Váci út", "Andrássy út", "Bajcsy-Zsilinszky út", "Albertfalvai utca", "Piac utca"])
        pc, ct = ch([("1134", "Budapest"), ("1061", "Budapest"), ("1117", "Budapest"), ("4025", "Debrecen")])
        a = f"{pc} {ct}, {st} {n}{ch(['', f'. {R.randint(1, 6)}. em. {R.randint(1, 20)}'])}"
        cn = "Magyarország"
    elif c == "tr":
        mh, ilce, il, pc = ch([("Esentepe", "Şişli", "İstanbul", "34394"), ("Levent", "Beşiktaş", "İstanbul", "34330"),
                               ("Kavaklıdere", "Çankaya", "Ankara", "06680"), ("Alsancak", "Konak", "İzmir", "35220")])
        st = ch(["Büyükdere Cad.", "Atatürk Blv.", "Cumhuriyet Cad.", "Talatpaşa Blv."])
        a = f"{mh} Mah. {st} No:{n}{ch(['', f' Kat:{R.randint(1, 20)}', f' D:{R.randint(1, 40)}'])}{nl}{pc} {ilce}/{il}"
        cn = "Türkiye"
    elif c == "jp":
        if style == "kanji":
            zp = f"{R.randint(100, 160)}-{d(4)}"
            ward, dist = ch([("港区", "虎ノ門"), ("千代田区", "丸の内"), ("江東区", "有明"), ("渋谷区", "渋谷"),
                             ("中央区", "日本橋")])
            a = f"〒{zp} 東京都{ward}{dist}{R.randint(1, 4)}-{R.randint(1, 20)}-{R.randint(1, 30)}" \
                f"{ch(['', ' ' + ch(['虎ノ門ヒルズ', '丸の内トラストタワー', 'グランフロント']) + str(R.randint(3, 30)) + '階'])}"
            return a
        ward, dist, ct, zp = ch([("Minato", "Toranomon", "Tokyo", "105"), ("Chiyoda", "Marunouchi", "Tokyo", "100"),
                                 ("Koto", "Ariake", "Tokyo", "135"), ("Kita", "Umeda", "Osaka", "530"),
                                 ("Nishi", "Minatomirai", "Yokohama", "220")])
        bld = ch(["", f"{ch(['Shiodome Bldg.', 'Trust Tower N', 'Grand Front Tower B', 'Landmark Plaza'])} {R.randint(3, 30)}F{nl}"])
        a = f"{bld}{R.randint(1, 4)}-{R.randint(1, 20)}-{R.randint(1, 30)} {dist}, {ward}-ku{nl}{ct} {zp}-{d(4)}"
        cn = "Japan"
    elif c == "kr":
        if style == "hangul":
            return f"서울특별시 {ch(['강남구 테헤란로', '중구 세종대로', '영등포구 국제금융로', '성동구 왕십리로'])} {n}, {R.randint(2, 25)}층 ({d(5)})"
        gu, ro, ct = ch([("Gangnam-gu", "Teheran-ro", "Seoul"), ("Jung-gu", "Sejong-daero", "Seoul"),
                         ("Haeundae-gu", "Centum-jungang-ro", "Busan"), ("Bundang-gu", "Pangyo-ro", "Seongnam")])
        a = f"{R.randint(2, 25)}F, {n} {ro}, {gu}{nl}{ct} {d(5)}"
        cn = ch(["Korea", "Republic of Korea"])
    elif c == "cn":
        a = f"Room {R.randint(3, 40)}{R.randint(1, 20):02d}, Tower {ch('ABC')}, {n} {ch(['Century Avenue', 'Shennan Boulevard', 'Jianguo Road'])}" \
            f"{nl}{ch(['Pudong New District, Shanghai 200120', 'Futian District, Shenzhen 518048', 'Chaoyang District, Beijing 100022'])}"
        cn = "China"
    elif c == "ar":
        if style == "pobox":
            a = f"P.O. Box {R.randint(1000, 99999)}{nl}{ch(['Dubai', 'Abu Dhabi', 'Sharjah'])}"
        else:
            a = f"{ch(['Office', 'Suite', 'Unit'])} {R.randint(101, 3905)}, {ch(['Al Saqr Business Tower', 'Emirates Financial Towers', 'The Onyx Tower 2', 'Building 4'])}" \
                f"{nl}{ch(['Sheikh Zayed Road', 'Al Wasl Road', 'Corniche Road'])}, {ch(['DIFC', 'Business Bay', 'Dubai Internet City', 'Al Barsha'])}{nl}Dubai"
        cn = ch(["United Arab Emirates", "UAE"])
    elif c == "in":
        bld = ch(["Prestige Meridian", "Embassy Tech Square", "Brigade Gateway", "Cyber Towers", "Nirlon Knowledge Park"])
        st, area, ct, pin, sta = ch([("MG Road", "Ashok Nagar", "Bengaluru", "560001", "Karnataka"),
                                     ("Outer Ring Road", "Kadubeesanahalli", "Bengaluru", "560103", "Karnataka"),
                                     ("Western Express Highway", "Goregaon East", "Mumbai", "400063", "Maharashtra"),
                                     ("Hitech City Main Road", "Madhapur", "Hyderabad", "500081", "Telangana"),
                                     ("Baner Road", "Baner", "Pune", "411045", "Maharashtra")])
        a = f"{_floor_en()} Floor, {bld}, {n} {st}{nl}{area}, {ct} {pin}{ch(['', ', ' + sta])}"
        cn = "India"
    elif c == "ng":
        st, area, ct = ch([("Adeola Odeku Street", "Victoria Island", "Lagos"), ("Admiralty Way", "Lekki Phase 1", "Lagos"),
                           ("Aminu Kano Crescent", "Wuse II", "Abuja"), ("Aba Road", "GRA Phase 2", "Port Harcourt")])
        a = f"{ch(['Plot ', '', 'Block C, '])}{R.randint(1, 120)} {st}{nl}{area}{nl}{ct}{ch(['', ' State' if ct == 'Lagos' else ''])}"
        cn = "Nigeria"
    elif c == "za":
        st, sub, ct, pc = ch([("Maude Street", "Sandown", "Sandton", "2196"), ("Bree Street", "Cape Town City Centre", "Cape Town", "8001"),
                              ("Umhlanga Rocks Drive", "La Lucia", "Durban", "4051"), ("Rivonia Road", "Morningside", "Sandton", "2057")])
        a = f"{ch(['', f'Unit {R.randint(1, 30)}, ', f'{R.randint(1, 9)}th Floor, '])}{n} {st}{nl}{sub}{nl}{ct}{nl}{pc}" if ml else \
            f"{ch(['', f'Unit {R.randint(1, 30)}, '])}{n} {st}, {sub}, {ct}, {pc}"
        cn = "South Africa"
    elif c == "us":
        st, ct, stt, z = ch([("Convention Center Blvd", "Las Vegas", "NV", "89109"), ("S Michigan Ave", "Chicago", "IL", "60605"),
                             ("Congress Ave", "Austin", "TX", "78701"), ("Summer St", "Boston", "MA", "02210"),
                             ("Harbor Dr", "San Diego", "CA", "92101"), ("Peachtree St NE", "Atlanta", "GA", "30303"),
                             ("International Dr", "Orlando", "FL", "32819")])
        unit = ch(["", "", f", Suite {R.randint(100, 2400)}", f", Floor {R.randint(2, 40)}", f" #{R.randint(2, 900)}"])
        a = f"{n * 9 + 1} {st}{unit}{nl}{ct}, {stt} {z}"
        cn = ch(["USA", "United States"])
    elif c == "gb":
        st, town, pc = ch([("Royal Victoria Dock", "London", f"E16 {R.randint(1, 9)}XL"),
                           ("Deansgate", "Manchester", f"M3 {R.randint(1, 9)}BN"),
                           ("Broad Street", "Birmingham", f"B1 {R.randint(1, 9)}NH"),
                           ("Blackfriars Road", "London", f"SE1 {R.randint(1, 9)}PB"),
                           ("Forbury Road", "Reading", f"RG1 {R.randint(1, 9)}RD"),
                           ("Lothian Road", "Edinburgh", f"EH3 {R.randint(1, 9)}AG")])
        pre = ch(["", "", f"Flat {R.randint(1, 40)}, ", f"Suite {R.randint(1, 12)}, ", f"Unit {R.randint(1, 9)}, "])
        a = f"{pre}{R.randint(1, 180)} {st}{nl}{town}{nl if ml else ' '}{pc}"
        cn = ch(["United Kingdom", "UK"])
    elif c == "ca":
        st, ct, pr, pc = ch([("Front St W", "Toronto", "ON", "M5V 2W6"), ("Rue Sherbrooke O", "Montréal", "QC", "H3A 1G1"),
                             ("Canada Pl", "Vancouver", "BC", "V6C 3T4"), ("Stephen Ave SW", "Calgary", "AB", "T2P 0K7")])
        a = f"{n * 3} {st}{ch(['', f', Suite {R.randint(100, 1800)}'])}{nl}{ct}, {pr} {pc}" if not st.startswith("Rue") else \
            f"{n * 3}, {st}{ch(['', f', bureau {R.randint(100, 1800)}'])}{nl}{ct} ({pr}) {pc}"
        cn = "Canada"
    elif c == "au":
        st, sub, stt, pc = ch([("Darling Drive", "Sydney", "NSW", "2000"), ("Collins Street", "Melbourne", "VIC", "3000"),
                               ("Merivale Street", "South Brisbane", "QLD", "4101"), ("St Georges Terrace", "Perth", "WA", "6000")])
        a = f"{ch(['', f'Level {R.randint(2, 40)}, ', f'Suite {R.randint(1, 20)}.{R.randint(1, 9)}, '])}{n} {st}{nl}{sub} {stt} {pc}"
        cn = "Australia"
    elif c == "sg":
        a = f"{R.randint(1, 80)} {ch(['Raffles Boulevard', 'Marina View', 'Robinson Road', 'Anson Road'])}, #{R.randint(2, 40):02d}-{R.randint(1, 30):02d}" \
            f"{ch(['', ' Suntec Tower Two', ' Asia Square Tower 1'])}{nl}Singapore {R.randint(18, 79):02d}{d(4)}"
        return a
    elif c == "id":
        a = f"{ch(['Jl. Jend. Sudirman Kav. 52-53', 'Jl. M.H. Thamrin No. ' + str(R.randint(1, 80)), 'Jl. Gatot Subroto Kav. ' + str(R.randint(10, 90))])}" \
            f"{ch(['', f', Lt. {R.randint(3, 30)}'])}{nl}{ch(['Senayan, Jakarta Selatan 12190', 'Menteng, Jakarta Pusat 10350', 'Kuningan, Jakarta Selatan 12950'])}"
        cn = "Indonesia"
    elif c == "vn":
        a = f"{ch(['', f'Tầng {R.randint(2, 25)}, '])}{n} {ch(['Lê Thánh Tôn', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Điện Biên Phủ'])}" \
            f"{nl}{ch(['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Phường Đa Kao, Quận 1, TP. Hồ Chí Minh', 'Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội'])}"
        cn = "Việt Nam"
    elif c == "th":
        a = f"{n}/{R.randint(1, 99)} {ch(['Rama I Road', 'Sukhumvit Road Soi 21', 'Witthayu Road', 'Sathorn Road'])}" \
            f"{nl}{ch(['Pathum Wan, Bangkok 10330', 'Khlong Toei Nuea, Watthana, Bangkok 10110', 'Lumphini, Pathum Wan, Bangkok 10330'])}"
        cn = "Thailand"
    elif c == "sa":
        a = f"{R.randint(1000, 9999)} {ch(['King Fahd Road', 'Olaya Street', 'Prince Turki Street'])}, {ch(['Al Olaya', 'Al Aqiq', 'Al Khobar Corniche'])}{nl}Riyadh {d(5)}"
        cn = "Saudi Arabia"
    else:
        raise KeyError(c)
    if country:
        a += nl + cn
    return a


# ---------------------------------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------------------------------
def phone(c, mob=None, intl=None):
    mob = maybe(0.5) if mob is None else mob
    intl = maybe(0.5) if intl is None else intl
    if c == "de":
        if mob:
            p = f"1{ch(['51', '52', '60', '70', '71', '76'])}"
            return ch([f"+49 {p} {d(4)} {d(4)}", f"+49 ({p}) {d(7)}"]) if intl else ch([f"0{p} {d(7)}", f"0{p}/{d(3)} {d(4)}"])
        ac = ch(["30", "89", "40", "211", "69", "221"])
        return ch([f"+49 {ac} {d(4)} {d(3)}", f"+49 (0){ac} {d(3)} {d(2)}-{d(2)}"]) if intl else ch([f"0{ac} {d(3)} {d(4)}", f"0{ac} / {d(4)}-{d(2)}"])
    if c == "nl":
        if mob:
            return f"+31 6 {d(4)} {d(4)}" if intl else ch([f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"])
        ac = ch(["20", "10", "30", "70"])
        return f"+31 {ac} {d(3)} {d(4)}" if intl else f"0{ac}-{d(3)} {d(4)}"
    if c == "fr":
        g = " ".join(d(2) for _ in range(4))
        lead = ch(["6", "7"]) if mob else ch(["1", "4", "3"])
        return f"+33 {lead} {g}" if intl else f"0{lead} {g}"
    if c == "es":
        if mob:
            return f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}" if intl else f"6{d(2)} {d(3)} {d(3)}"
        return f"+34 91{d(1)} {d(3)} {d(3)}" if intl else f"9{ch(['1', '3', '5'])}{d(1)} {d(2)} {d(2)} {d(2)}"
    if c == "mx":
        ac = ch(["55", "81", "33"])
        return f"+52 {ac} {d(4)} {d(4)}" if intl else f"{ac} {d(4)} {d(4)}"
    if c == "br":
        ac = ch(["11", "21", "51", "31", "19"])
        if mob:
            return f"+55 {ac} 9{d(4)}-{d(4)}" if intl else f"({ac}) 9{d(4)}-{d(4)}"
        return f"+55 {ac} {dn(4)}-{d(4)}" if intl else f"({ac}) {ch('2345')}{d(3)}-{d(4)}"
    if c == "pt":
        if mob:
            return f"+351 9{ch('1236')}{d(1)} {d(3)} {d(3)}" if intl else f"9{ch('1236')}{d(1)} {d(3)} {d(3)}"
        return f"+351 21 {d(3)} {d(4)}" if intl else f"2{ch('12')} {d(3)} {d(4)}"
    if c == "it":
        if mob:
            return f"+39 3{d(2)} {d(3)} {d(4)}" if intl else f"3{d(2)} {d(7)}"
        return f"+39 0{ch(['2', '6', '51', '11'])} {d(4)} {d(4)}" if intl else f"0{ch(['2', '6', '51', '11'])} {d(8)}"
    if c == "pl":
        if mob:
            return f"+48 {ch('5678')}{d(2)} {d(3)} {d(3)}" if intl else ch([f"{ch('5678')}{d(2)}-{d(3)}-{d(3)}", f"{ch('5678')}{d(2)} {d(3)} {d(3)}"])
        return f"+48 {ch(['22', '12', '61', '58'])} {d(3)} {d(2)} {d(2)}" if intl else f"({ch(['22', '12', '61', '58'])}) {d(3)} {d(2)} {d(2)}"
    if c == "hu":
        if mob:
            return f"+36 {ch(['20', '30', '70'])} {d(3)} {d(4)}" if intl else f"06 {ch(['20', '30', '70'])} {d(3)} {d(4)}"
        return f"+36 1 {d(3)} {d(4)}" if intl else f"(1) {d(3)}-{d(4)}"
    if c == "tr":
        if mob:
            return f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}" if intl else f"05{d(2)} {d(3)} {d(2)} {d(2)}"
        return f"+90 212 {d(3)} {d(2)} {d(2)}" if intl else f"0 (212) {d(3)} {d(2)} {d(2)}"
    if c == "jp":
        if mob:
            p = ch(["90", "80", "70"])
            return f"+81 {p}-{d(4)}-{d(4)}" if intl else f"0{p}-{d(4)}-{d(4)}"
        return f"+81 3-{d(4)}-{d(4)}" if intl else ch([f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"045-{d(3)}-{d(4)}"])
    if c == "kr":
        if mob:
            return f"+82 10-{d(4)}-{d(4)}" if intl else f"010-{d(4)}-{d(4)}"
        return f"+82 2-{d(3)}-{d(4)}" if intl else f"02-{d(4)}-{d(4)}"
    if c == "cn":
        if mob:
            return f"+86 1{ch('3589')}{d(1)} {d(4)} {d(4)}" if intl else f"1{ch('3589')}{d(1)}-{d(4)}-{d(4)}"
        return f"+86 21 {d(4)} {d(4)}" if intl else f"(021) {d(4)} {d(4)}"
    if c == "vn":
        if mob:
            return f"+84 9{d(2)} {d(3)} {d(3)}" if intl else f"09{d(2)} {d(3)} {d(3)}"
        return f"+84 28 {d(4)} {d(4)}" if intl else f"(028) {d(4)} {d(4)}"
    if c == "th":
        if mob:
            return f"+66 8{d(1)} {d(3)} {d(4)}" if intl else f"08{d(1)}-{d(3)}-{d(4)}"
        return f"+66 2 {d(3)} {d(4)}" if intl else f"02-{d(3)}-{d(4)}"
    if c == "ar":
        if mob:
            return f"+971 5{ch('0256')} {d(3)} {d(4)}" if intl else f"05{ch('0256')} {d(3)} {d(4)}"
        return f"+971 4 {d(3)} {d(4)}" if intl else f"04 {d(3)} {d(4)}"
    if c == "sa":
        return f"+966 5{d(1)} {d(3)} {d(4)}" if mob else f"+966 11 {d(3)} {d(4)}"
    if c == "in":
        if mob:
            return ch([f"+91 {ch('9876')}{d(4)} {d(5)}", f"+91-{ch('9876')}{d(9)}"]) if intl else f"0{ch('9876')}{d(4)} {d(5)}"
        return f"+91 80 {d(4)} {d(4)}" if intl else f"080-{d(4)} {d(4)}"
    if c == "ng":
        p = ch(["803", "806", "813", "703", "905", "802"])
        return f"+234 {p} {d(3)} {d(4)}" if intl else f"0{p} {d(3)} {d(4)}"
    if c == "id":
        if mob:
            return f"+62 8{d(2)}-{d(4)}-{d(4)}" if intl else f"08{d(2)}-{d(4)}-{d(4)}"
        return f"+62 21 {d(4)} {d(4)}" if intl else f"(021) {d(4)}-{d(4)}"
    if c == "za":
        if mob:
            return f"+27 {ch(['82', '83', '72', '61'])} {d(3)} {d(4)}" if intl else f"0{ch(['82', '83', '72', '61'])} {d(3)} {d(4)}"
        return f"+27 {ch(['11', '21', '31'])} {d(3)} {d(4)}" if intl else f"0{ch(['11', '21', '31'])} {d(3)} {d(4)}"
    if c in ("us", "ca"):
        ac = ch(["702", "312", "512", "617", "619", "404", "415"]) if c == "us" else ch(["416", "514", "604", "403"])
        ex, ln = f"{R.randint(201, 989)}", d(4)
        return ch([f"({ac}) {ex}-{ln}", f"+1 {ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"+1 ({ac}) {ex} {ln}"])
    if c == "gb":
        if mob:
            return f"+44 7{d(3)} {d(6)}" if intl else f"07{d(3)} {d(6)}"
        return ch([f"+44 20 {d(4)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}"]) if intl else ch([f"020 {d(4)} {d(4)}", f"0118 {d(3)} {d(4)}"])
    if c == "au":
        if mob:
            return f"+61 4{d(2)} {d(3)} {d(3)}" if intl else f"04{d(2)} {d(3)} {d(3)}"
        return f"+61 2 {d(4)} {d(4)}" if intl else f"(02) {d(4)} {d(4)}"
    if c == "sg":
        return f"+65 {ch('689')}{d(3)} {d(4)}" if intl else f"{ch('689')}{d(3)} {d(4)}"
    raise KeyError(c)


def ext_word(lang):
    return {"en": ch(["ext. ", "x", "ext ", "Ext. "]), "de": ch(["Durchwahl -", "DW ", "App. "]),
            "es": ch(["ext. ", "extensión "]), "pt": ch(["ramal ", "r. "]), "fr": ch(["poste "]),
            "it": ch(["int. ", "interno "]), "nl": ch(["toestel "]), "pl": ch(["wew. "]), "tr": ch(["dahili "]),
            "ja": ch(["内線"]), "id": ch(["ext. "]), "hu": ch(["mellék "])}[lang]


def phone_ext(c, lang="en"):
    return f"{phone(c, mob=False)} {ext_word(lang)}{R.randint(10, 4999)}"


# ---------------------------------------------------------------------------------------------------
# valid codes
# ---------------------------------------------------------------------------------------------------
IBAN_SPEC = {"DE": "n18", "NL": "a4n10", "ES": "n20", "FR": "n23", "IT": "a1n22", "PL": "n24", "PT": "n21",
             "GB": "a4n14", "BE": "n12", "AE": "n19", "TR": "n22", "SA": "n20", "HU": "n24", "AT": "n16"}


def iban(cc, spaced=True):
    spec = IBAN_SPEC[cc]
    bban = ""
    for m in re.finditer(r"([an])(\d+)", spec):
        k, n = m.group(1), int(m.group(2))
        bban += "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n)) if k == "a" else d(n)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    rearr = bban + cc + "00"
    num = "".join(str(int(ch_, 36)) for ch_ in rearr)
    check = 98 - int(num) % 97
    s = f"{cc}{check:02d}{bban}"
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(num):
    digits = [int(x) for x in num if x.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card(brand=None, sep=None):
    brand = brand or ch(["visa", "mc", "amex", "visa", "mc"])
    if brand == "visa":
        body, ln = "4" + d(14), 16
    elif brand == "mc":
        body, ln = ch(["51", "52", "53", "54", "55"]) + d(13), 16
    else:
        body, ln = ch(["34", "37"]) + d(12), 15
    for x in range(10):
        if luhn_ok(body + str(x)):
            num = body + str(x)
            break
    sep = ch([" ", "-", "", " "]) if sep is None else sep
    if ln == 15:
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


def ipv4(public=True):
    if not public and maybe(0.5):
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    a = ch([31, 37, 46, 62, 77, 81, 85, 91, 95, 103, 110, 177, 181, 186, 189, 196, 200, 203, 212])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    pre = ch([["2a02", "8108"], ["2001", "4860"], ["2a00", "1450"], ["2400", "cb00"], ["2804", "14c"], ["2c0f", "f4c0"]])
    groups = pre + [f"{R.randint(0, 65535):x}" for _ in range(6)]
    if maybe(0.5):
        return ":".join(groups)
    return ":".join(groups[:4]) + "::" + ":".join(groups[-2:])


def mask_card():
    return ch([f"**** **** **** {d(4)}", f"XXXX-{d(4)}", f"ending {d(4)}", f"•••• {d(4)}"])


# small text helpers ----------------------------------------------------------------------------------
def typo(s, p=0.15):
    """drop or swap letters inside an UNLABELLED string sometimes"""
    if not maybe(p) or len(s) < 8:
        return s
    i = R.randint(1, len(s) - 3)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def date_str(lang="en"):
    dd, mm = R.randint(1, 28), R.randint(1, 12)
    y = ch([2024, 2025])
    if lang == "en":
        return ch([f"{dd} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mm - 1]} {y}",
                   f"{y}-{mm:02d}-{dd:02d}", f"{mm}/{dd}/{y}"])
    if lang in ("ja", "zh", "ko"):
        return f"{y}/{mm:02d}/{dd:02d}"
    return ch([f"{dd:02d}.{mm:02d}.{y}", f"{dd}/{mm}/{y}", f"{y}-{mm:02d}-{dd:02d}"])


def date_pair(lang="en", span=None):
    import datetime as _dt
    a = _dt.date(ch([2024, 2025]), R.randint(1, 12), R.randint(1, 28))
    b_ = a + _dt.timedelta(days=span or R.randint(1, 5))
    if lang == "en":
        f = ch(["%d %b %Y", "%Y-%m-%d"])
    else:
        f = ch(["%d.%m.%Y", "%d/%m/%Y"])
    return a.strftime(f), b_.strftime(f), a.strftime("%d/%m"), b_.strftime("%d/%m")


def ss():
    return f"{R.randint(0, 59):02d}"


def hhmm():
    return f"{R.randint(7, 20):02d}:{ch(['00', '15', '30', '45'])}"


TITLES_EN = ["VP Marketing", "Head of Procurement", "Field Marketing Manager", "Chief Revenue Officer",
             "Sales Director", "IT Operations Lead", "Event Manager", "Partner Manager", "Head of CX",
             "Demand Gen Specialist", "Procurement Officer", "COO", "Category Buyer", "Solutions Architect",
             "Regional Sales Manager", "Head of Digital", "Marketing Ops Analyst", "CFO"]

# ===================================================================================================
# English PII kinds
# ===================================================================================================
def lead_ctry():
    return ch(["de", "nl", "fr", "es", "it", "pl", "br", "mx", "jp", "kr", "in", "ng", "ar", "za", "us", "gb", "tr",
               "id", "vn", "th", "hu", "cn", "au", "ca", "pt"])


def k_lead_scanner_export_csv():
    b = Builder()
    ev = ch(EVENTS)
    b.add(ch([f"Export from the badge scanner app ({ev}, day {R.randint(1, 3)}). ",
              f"pasting raw lead scans from {ev} -- ",
              f"Here's the lead retrieval dump for {ev}. "]))
    b.add(ch(["Please dedupe, fix capitalisation and tag each row hot/warm/cold based on the notes.\n\n",
              "Can you split first/last properly and flag anyone who asked for a demo?\n\n",
              "tag by intent + suggest owner. keep the csv format pls\n\n"]))
    b.add("badge_id,first_name,last_name,job_title,company,email,phone,country,rating,notes,scanned_by\n")
    staff = [per("us", "gb", "de", "nl") for _ in range(2)]
    for _ in range(R.randint(3, 6)):
        c = lead_ctry()
        p = per(c)
        co = company(c)
        given, fam = (p.given, p.family)
        if maybe(0.2):
            given, fam = given.upper(), fam.upper()
        elif maybe(0.15):
            given, fam = given.lower(), fam.lower()
        em = p.email(domain(co, c))
        if maybe(0.15):
            em = em.upper()
        ph = PHN(phone(c)) if maybe(0.7) else ""
        note = ch([f"wants demo of {ch(PRODUCTS)}", "asked abt pricing for 40 seats", "met at Hopper stage after keynote",
                   f"uses {ch(COMPETITORS)}, contract ends Q4", "just wanted the tote bag lol", "call back next week",
                   "student", f"came by w/ colleague from {co}", "interested in the Lovelace integration",
                   "budget approved, wants proposal", ""])
        b.row([f"B{d(6)}", PER(given), PER(fam), ch(TITLES_EN), co, EML(em), ph,
               LOC(COUNTRY_EN[c]),
               ch(["A", "B", "C", ""]), note, PER(ch(staff).given_initial())])
    return b, "en"


def k_booth_staff_rota_md():
    b = Builder()
    ev = ch(EVENTS)
    hall = ch(HALLS)
    cc = ch(["de", "nl", "us", "gb", "es", "ar", "sg"])
    b.add(f"## Booth rota - {ev}\n", f"Stand {ch('ABCDEF')}-{R.randint(100, 480)}, {hall} (next to the {ch(PRODUCTS)} demo pod)\n\n")
    b.add("| Day | Slot | Staff | Role | Mobile |\n|---|---|---|---|---|\n")
    cults = ["us", "gb", "de", "nl", "in", "es", "fr", "ng", "ar"] if cc != "sg" else ["cn", "in", "gb", "id"]
    staff = [per(*cults) for _ in range(R.randint(3, 5))]
    for day in ("Tue", "Wed", "Thu")[:R.randint(2, 3)]:
        for slot in ("08:30-12:00", "12:00-15:30", "15:30-close")[:R.randint(2, 3)]:
            s = ch(staff)
            form = ch([s.full(), s.given, s.given_initial(), s.full()])
            pc = s.c if s.c in ("us", "gb", "de", "nl", "in", "es", "fr", "ng", "ar") else "gb"
            b.row(["| " + day, slot, PER(form), ch(["SDR", "demo", "scanner", "lead", "hostess/meet&greet", "SE"]),
                   PHN(phone(pc, mob=True)) if maybe(0.8) else "see above"], sep=" | ", end=" |\n")
    m = ch(staff)
    b.add(f"\nStand manager: ", PER(m.full()), " - ", PHN(phone(m.c if m.c in ("us", "gb", "de", "nl", "in", "es", "fr", "ng", "ar") else "gb", mob=True)),
          f". Lunch cover by ", PER(ch(staff).given), " if someone is on the ", ch(["Tesla Stage", "Curie Suite"]), " panel.\n")
    b.add("Make this into a friendly Slack reminder for the team, one line per person.")
    return b, "en"


def k_speaker_bio_shorten_ask():
    b = Builder()
    c = ch(["us", "gb", "ng", "in", "br", "de", "jp", "kr", "ar", "es", "nl", "za"])
    p = per(c)
    co, co2 = company(c), company(lead_ctry())
    pr = "She" if p.g == "f" else "He"
    b.add(ch(["Shorten this speaker bio to ~50 words for the event app, keep the award:\n\n",
              "pls tighten this bio, third person, no fluff\n\n---\n"]))
    b.add(PER(p.full()), f" is {ch(TITLES_EN)} at {co}, where {pr.lower()} leads a team of {R.randint(6, 80)} across ",
          LOC(city(c)), " and ", LOC(city(ch(["gb", "us", "de", "ar", "in"]))), ". ")
    b.add(f"Before joining {co}, ", PER(ch([p.given, p.last()])), f" spent {R.randint(4, 12)} years at {co2}, building "
          f"the {ch(['field marketing', 'partner', 'events', 'demand generation'])} function from scratch. ")
    b.add(f"{pr} received {ch(AWARDS)} in {R.randint(2016, 2024)} and is a regular on the {ch(HALLS)} stage at {ch(EVENTS)}. ")
    if maybe(0.6):
        b.add(f"{pr} mentors with the Lovelace Circle and co-hosts the podcast \"Pipeline Thursdays\" with ",
              PER(per().full()), ". ")
    b.add(f"When not on a plane, ", PER(p.given), " lives in ", LOC(city(c)), f" with {ch(['two kids and a very loud parrot', 'a rescue greyhound called Duchess', 'a sourdough starter named Clint'])}.")
    b.add(ch(["", "\n\nAlso suggest a session title for the Grace Hopper Auditorium slot."]))
    return b, "en"


def k_session_abstract_panel():
    b = Builder()
    title = ch(["Beyond the Funnel: What Buyers Actually Do", "From Booth to Boardroom", "The Death of the Badge Scan",
                "Partner Ecosystems That Pay Back", "AI Agents in the Sales Stack: Hype Check"])
    room = ch(HALLS)
    b.add(f"SESSION {R.randint(100, 499)} | {title}\n{room} | {hhmm()}-{hhmm()}\n\n")
    m = per()
    b.add("Moderator: ", PER(m.full()), f", {ch(TITLES_EN)}, {company(m.c if m.c in COMP else 'us')}\n")
    b.add("Panelists:\n")
    for _ in range(R.randint(2, 4)):
        q = per()
        nm = ch([q.full(), q.full(), q.initial()])
        b.add("- ", PER(nm), f" ({ch(TITLES_EN)}, {company(q.c if q.c in COMP else 'us')})\n")
    b.add(f"\nAbstract: Most teams still measure events by scans. Our panel, hosted by the team behind {ch(PRODUCTS)}, "
          f"looks at what happens after the booth: which follow-ups convert, why {ch(COMPETITORS)} users churn, and how "
          f"winners of {ch(AWARDS)} tie spend to pipeline. ")
    b.add(ch(["Expect real numbers and at least one disagreement.", "Q&A via the app.", "Live polling on."]))
    b.add(ch(["\n\nRewrite the abstract in a punchier tone, max 70 words.", "\n\ntranslate to Spanish and keep names as is",
              "\n\nGenerate 3 LinkedIn teaser posts from this."]))
    return b, "en"


def k_webinar_attendance_report_tsv():
    b = Builder()
    wid = f"{dn(3)} {d(4)} {d(4)}"
    b.add(f"Attendee Report\nTopic\t{ch(['Q3 Partner Enablement', 'Lead Scoring 101', 'Live demo: ' + ch(PRODUCTS), 'Trade show ROI masterclass'])}\n"
          f"Webinar ID\t{wid}\nActual Start Time\t{date_str()} {hhmm()}\nUnique Viewers\t{R.randint(30, 900)}\n\n")
    b.add("Attended\tFirst Name\tLast Name\tEmail\tTime in Session (minutes)\tIP Address\tCountry/Region Name\n")
    for _ in range(R.randint(3, 6)):
        c = lead_ctry()
        p = per(c)
        co = company(c)
        ip = ipv6() if maybe(0.25) else ipv4()
        b.row([ch(["Yes", "Yes", "No"]), PER(p.given), PER(p.family), EML(p.email(domain(co, c))), str(R.randint(0, 62)),
               IPA(ip), LOC(COUNTRY_EN[c])], sep="\t")
    b.add(ch(["\nwho stayed > 40 min? draft a follow-up for them + a 'sorry we missed you' for no-shows",
              "\nSummarise attendance by country and give me the top 5 engaged."]))
    return b, "en"


def k_hotel_rooming_list():
    b = Builder()
    c = ch(["de", "es", "it", "fr", "nl", "pl", "gb", "us", "ar", "sg", "jp", "pt"])
    hotel = ch(HOTELS)
    b.add(f"ROOMING LIST - {hotel}\n")
    b.add(ADR(addr(c, ml=False, country=maybe(0.4))), "\n")
    b.add("Reservations: ", PHN(phone(c if c != "sg" else "sg", mob=False)), " / ", EML(f"reservations@{ascii_fold(hotel).lower().replace('the ', '').replace('hotel ', '').replace(' ', '')}.com"), "\n")
    b.add(f"Group: {OUR_CO} - {ch(EVENTS)} | Block code {ch('ABCDEFGH')}{d(5)}\n\n")
    b.add("Guest (Surname, Given) | Arr | Dep | Room | Guarantee | Notes\n")
    for _ in range(R.randint(3, 6)):
        p = per()
        nm = p.sg() if maybe(0.8) else p.badge()
        g = R.random()
        if g < 0.45:
            guar = "master acct"
        elif g < 0.75:
            guar = ch(["Visa ", "MC ", "Amex "]) + mask_card()
        else:
            guar = CCN(card())
        dp = date_pair()
        b.row([PER(nm), dp[2], dp[3],
               ch(["DBL", "KING", "TWIN", "SGL", "JR SUITE"]), guar,
               ch(["", "late arrival", "high floor", "shares w/ colleague", "accessible room", "VIP amenity", "no feather pillows"])],
              sep=" | ")
    b.add(ch(["\nPlease reformat as a clean table and total the room nights.", "\nCheck for missing guarantees and draft a note to the hotel."]))
    return b, "en"


def k_travel_itinerary_paste():
    b = Builder()
    p = per()
    dst = ch(["jp", "ar", "de", "us", "br", "sg", "in", "es", "kr", "za"])
    org = ch(["gb", "nl", "us", "de", "fr"])
    hotel_addr = addr(dst)
    orig_city, dst_city = city(org), (LAST["city"] or city(dst) if dst != "sg" else "Singapore")
    b.add(f"ITINERARY - ", PER(p.caps() if maybe(0.5) else p.full()), f" - {ch(EVENTS)}\n\n")
    dp = date_pair(span=R.randint(3, 6))
    b.add(f"{dp[0]}  {ch(['LH', 'BA', 'KL', 'EK', 'QR', 'AF', 'UA'])} {R.randint(10, 999)}  ")
    b.add(LOC(orig_city), " -> ", LOC(dst_city), f"  dep {hhmm()} arr {hhmm()} (+1)  seat {R.randint(1, 60)}{ch('ACDFHK')}\n")
    hotel = ch(HOTELS)
    b.add(f"Hotel: {hotel}, ", ADR(hotel_addr), f"  conf# {d(9)}\n")
    loc = per(dst if dst in CULT else "cn")
    b.add("Local contact on site: ", PER(loc.full()), " ", PHN(phone(dst, mob=True, intl=True)), "\n")
    b.add(f"Venue: {ch(VENUE_GEN)} - {ch(HALLS)}, stand {ch('ABC')}{R.randint(1, 90)}\n")
    b.add(f"Return {dp[1]} ", LOC(dst_city), " -> ", LOC(orig_city), f" {hhmm()}\n")
    ec = per(p.c)
    rel = ch(["spouse", "partner", "sister" if ec.g == "f" else "brother", "mother" if ec.g == "f" else "father"])
    b.add("Emergency contact: ", PER(ec.given), f" ({rel}) ", PHN(phone(org, mob=True)), "\n\n")
    b.add(ch(["Turn this into a one-page brief with a packing checklist.", "What's the local time difference and can I make the 9am setup?"]))
    return b, "en"


def k_visa_invitation_letter_event():
    b = Builder()
    hc = ch(["de", "nl", "es", "fr", "it", "gb", "ar"])
    org_co = ch([OUR_CO + " GmbH", "Kongress & Messe Service GmbH", "EventHouse Ltd", "Falcon Crest Events LLC"])
    guest_c = ch(["ng", "in", "vn", "id", "tr", "cn", "th", "br", "mx"])
    g = per(guest_c)
    b.add(f"{org_co}\n", ADR(addr(hc, ml=True, country=True)), "\n\n")
    b.add(f"{date_str()}\n\nTo the Visa Section\n\nRe: Letter of invitation - ")
    b.add(ch(["Mr. ", "Ms. ", "Mrs. ", ""]), PER(g.caps() if maybe(0.5) else g.full()), f"\n\n")
    b.add("Dear Sir or Madam,\n\nWe hereby confirm that ", PER(g.full()), f", born {R.randint(1, 28)}.{R.randint(1, 12)}.{R.randint(1965, 1998)}, "
          f"passport no. {ch('ABCNPU')}{d(8)}, {ch(TITLES_EN)} at {company(guest_c)}, ")
    b.add(ADR(addr(guest_c if guest_c in ("ng", "in", "vn", "id", "tr", "cn", "th", "br", "mx") else "in")), ", ")
    venue_c = hc
    b.add(f"is invited to attend {ch(EVENTS)} as an exhibitor/partner at the {ch(VENUE_GEN)}, ",
          ADR(addr(venue_c)), ", from {} to {}.\n\n".format(*date_pair(span=R.randint(2, 4))[:2]))
    b.add("Accommodation will be covered by the invitee's employer. Our company accepts no financial liability for the stay. "
          "For verification please contact ")
    s = per(hc if hc in CULT else "gb")
    b.add(PER(s.full()), f", {ch(['Partner Programme Manager', 'Event Director', 'Office Manager'])}, on ", PHN(phone_ext(hc if hc != "ar" else "ar")),
          " or ", EML(s.email(ch(OUR_DOM))), ".\n\nYours faithfully,\n\n", PER(s.full()), "\n\n")
    b.add(ch(["--\nproofread this and make it sound less stiff but still formal", "--\ncan you produce the same letter for 3 more guests? I'll send names"]))
    return b, "en"


def k_sponsor_contract_notices_clause():
    b = Builder()
    sc = ch(["us", "gb", "de", "nl", "in", "ar", "au", "ca", "za"])
    oc = ch(["gb", "us", "nl", "de"])
    sp, so = per(sc), per(oc)
    spc = company(sc)
    cl = R.randint(11, 19)
    b.add(f"{cl}. NOTICES\n\n{cl}.1 Any notice under this Sponsorship Agreement shall be in writing and "
          "delivered by hand, by courier or by email to the addresses below (or such other address as a party notifies):\n\n")
    b.add(f"(a) Sponsor: {spc}\n    Address: ", ADR(addr(sc, country=True)), "\n    For the attention of: ", PER(sp.full()),
          f", {ch(['General Counsel', 'VP Marketing', 'Head of Events'])}\n    Email: ", EML(sp.email(domain(spc, sc))), "\n")
    b.add(f"(b) Organiser: {ch(['Sterling & Marsh Events Ltd', 'Lovelace Conferences Ltd', 'EventHouse Ltd'])}\n    Address: ",
          ADR(addr(oc, country=True)), "\n    Attn: ", PER(so.initial() if maybe(0.4) else so.full()), "\n    with a copy (which shall not constitute notice) to ",
          ch(["Kettering Cole Partners", "Sterling & Marsh LLP", "Bramble & Finch Ltd"]), ", Attn: ", PER(per(oc).full()), "\n\n")
    b.add(f"{cl}.2 Notices by email are deemed received on the next Business Day.\n\n")
    b.add(ch(["Summarise who we must notify, how, and by when if we cancel the Gold package.",
              "Extract the notice contacts into a JSON object (party, name, address, email)."]))
    return b, "en"


def k_vip_dinner_guestlist_dietary():
    b = Builder()
    hotel = ch(HOTELS)
    room = ch(["the Nightingale Room", "the Mandela Room", "Curie Suite", "the Hypatia Room"])
    b.add(f"VIP dinner - {ch(EVENTS)} - {room} at {hotel}, {hhmm()}\n")
    b.add(f"Host: ", PER(per("us", "gb", "de").full()), "\n\n")
    diets = ["halal", "vegan", "no shellfish", "coeliac", "nut allergy (severe)", "vegetarian", "no pork", "kosher-style",
             "pescatarian", "no alcohol", "lactose free", "-"]
    for i in range(R.randint(4, 7)):
        p = per()
        nm = ch([p.full(), p.full(), p.caps(), p.sg()])
        b.add(f"{i + 1}. ", ch(["", "Dr ", "Mr " if p.g == "m" else "Ms ", "Prof. "]), PER(nm), f" - {company(p.c if p.c in COMP else 'us')} - {ch(diets)}")
        r = R.random()
        if r < 0.25:
            b.add(" - +1: ", PER(per(p.c).given))
        elif r < 0.4:
            b.add(f" - needs car back to {ch(HOTELS)}")
        elif r < 0.5:
            b.add(" - seat away from ", PER(per().last()))
        b.add("\n")
    b.add(ch(["\nDraft the place cards and a note to the chef with all dietary requirements grouped.",
              "\nwho needs a special menu? also suggest a seating plan for 2 tables (Hopper + Lovelace)"]))
    return b, "en"


def k_sales_call_notes_rep():
    b = Builder()
    c = ch(["us", "gb", "au", "ca", "in", "za", "ng", "de", "nl"])
    p = per(c)
    boss = per(c)
    co = company(c)
    b.add(ch(["call notes - ", "notes frm call w/ ", "disco call: "]), f"{co} {date_str()}\n")
    b.add("- spoke w/ ", PER(ch([p.given.lower(), p.given, p.full()])), f" ({ch(TITLES_EN).lower()}), ")
    b.add(ch(["her", "his", "their"]), " boss ", PER(boss.last()), " joined last 10 min\n")
    b.add(f"- they run ~{R.randint(8, 60)} events/yr, currently {ch(COMPETITORS)} + spreadsheets\n")
    b.add(f"- pain: leads from {ch(['the Hopper Award gala', 'the Lovelace Hall booth', 'roadshows'])} take 2 wks to hit CRM\n")
    b.add("- HQ moving to ", ADR(addr(c)), " in Sept, send swag there\n")
    b.add("- direct line ", PHN(phone_ext(c) if maybe(0.5) else phone(c)), ", cell ", PHN(phone(c, mob=True)), "\n")
    b.add("- next step: demo w/ IT (", PER(per(c).given), ") + ", PER(boss.last()), f" on {date_str()}\n")
    b.add("- competitor pricing: they quoted 18k/yr\n\n")
    b.add(ch(["Turn into a CRM update + MEDDIC summary", "write the follow up email, casual", "what questions should I prep for the demo?"]))
    return b, "en"


def k_crm_activity_timeline_b2b():
    b = Builder()
    c = lead_ctry()
    p = per(c)
    co = company(c)
    owner = per("us", "gb", "de", "nl", "es")
    b.add("Summarise this account timeline in 5 bullets for the QBR:\n\n[\n")
    acts = []
    for i in range(R.randint(3, 5)):
        acts.append(i)
    em = p.email(domain(co, c))
    for i in acts:
        t = ch(["call", "email", "meeting", "event_scan", "note"])
        b.add("  {", f'"ts": "{R.choice([2024, 2025])}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{hhmm()}:00Z", "type": "{t}", ')
        b.add('"owner": "', PER(owner.full()), '", ')
        b.add('"contact": {"name": "', PER(p.full() if i % 2 == 0 else p.sg()), '", "email": "', EML(em), '"}, ')
        if t == "event_scan":
            b.add(f'"subject": "Badge scanned at {ch(EVENTS)} - {ch(HALLS)}"')
        elif t == "call":
            b.add('"subject": "Intro call", "phone": "', PHN(phone(c)), '"')
        elif t == "meeting":
            b.add(f'"subject": "Onsite at {co}", "where": "', ADR(addr(c)), '"')
        else:
            b.add(f'"subject": "{ch(["Sent deck", "Pricing follow-up", "Re: " + ch(PRODUCTS) + " trial", "Intro to partner team"])}"')
        b.add("}" + ("," if i != acts[-1] else "") + "\n")
    b.add("]\n")
    return b, "en"


def k_meeting_transcript_speaker_labels():
    b = Builder()
    c = ch(["us", "gb", "in", "ng", "au", "za", "de", "nl"])
    a, bb = per("us", "gb", "nl"), per(c)
    t = R.randint(0, 5)
    def ts():
        nonlocal t
        t += R.randint(8, 70)
        return f"[{t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d}] "
    an, bn = ch([a.full(), a.given]), ch([bb.full(), bb.given])
    b.add(ch(["Transcript (auto) - partner sync\n\n", "Otter export:\n\n"]))
    b.add(ts(), PER(an), f": Thanks for jumping on. So the co-marketing budget for the {ch(EVENTS)} booth is approved?\n")
    b.add(ts(), PER(bn), ": Yes, mostly. ", PER(ch([per(c).given, per(c).full()])), f" in finance wants the invoice to our office at ",
          ADR(addr(c)), ", not the old one.\n")
    b.add(ts(), PER(an), f": Got it. And who's staffing the {ch(['Tesla Stage', 'Ada Lovelace Hall', 'Turing Lounge'])} demo?\n")
    b.add(ts(), PER(bn), ": Me and ", PER(per(c).given), ". You can reach me on ", PHN(phone(c, mob=True)), " during the show.\n")
    b.add(ts(), PER(an), f": Perfect. I'll put you forward for {ch(AWARDS)} too, partner category.\n")
    b.add(ts(), PER(bn), ": Ha, ", PER(a.given if maybe(0.5) else a.given.lower()), ", you say that every year.\n\n")
    b.add(ch(["Action items + owners please.", "Write a recap email from me to both of them."]))
    return b, "en"


def k_calendar_invite_outlook_paste():
    b = Builder()
    c = ch(["us", "gb", "de", "nl", "es", "fr", "jp", "sg", "ar", "au"])
    org = per("us", "gb", "nl", "de")
    b.add(f"Subject: {ch(['Pre-show huddle', 'Customer breakfast', 'Partner briefing', 'Exec 1:1 at show'])} - {ch(EVENTS)}\n")
    b.add(f"When: {date_str()} {hhmm()}-{hhmm()} ({ch(['local time', 'GMT+1', 'GMT+9', 'GMT+4'])})\n")
    b.add(f"Where: {ch(HOTELS)} - {ch(['Library Bar', 'Room Brunel', 'Meeting room 2', 'lobby lounge'])}, ", ADR(addr(c)), "\n")
    b.add("Organizer: ", PER(org.full()), " <", EML(org.email(ch(OUR_DOM))), ">\n")
    b.add("Required: ")
    people = [per() for _ in range(R.randint(2, 4))]
    for i, p in enumerate(people):
        co = company(p.c if p.c in COMP else "us")
        if i:
            b.add("; ")
        b.add(PER(p.full()), " <", EML(p.email(domain(co, p.c if p.c in TLD else "us"))), ">")
    b.add("\n\nTeams backup - Meeting ID ", f"{dn(3)} {d(3)} {d(4)}", "  Passcode ", d(6), "\n")
    b.add("On-site mobile: ", PHN(phone(c if c in ("us", "gb", "de", "nl", "es", "fr", "jp", "sg", "ar", "au") else "gb", mob=True)), "\n\n")
    b.add(ch(["Write an agenda for this and a short reminder I can send the morning of.",
              "Draft a polite reschedule note moving it by 30 min."]))
    return b, "en"

def ocr_noise(s, p=0.08):
    """confuse characters in unlabelled text"""
    out = []
    for x in s:
        if maybe(p):
            x = {"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "B": "8", "e": "c", "m": "rn"}.get(x, x)
        out.append(x)
    return "".join(out)


CARD_LANG = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "br": "pt", "jp": "ja",
             "us": "en", "gb": "en", "in": "en", "ar": "en", "tr": "tr", "mx": "es", "id": "id"}


def k_business_card_ocr_scan():
    b = Builder()
    c = ch(list(CARD_LANG))
    lang = CARD_LANG[c]
    p = per(c)
    co = company(c)
    intro = {"en": "OCR from business card scan, please turn into a contact (vCard fields):",
             "de": "Visitenkarte per App gescannt, bitte als Kontakt strukturieren (Name, Firma, Position, Tel, Mail):",
             "fr": "Carte de visite scannée (OCR), merci d'en faire une fiche contact propre :",
             "es": "Escaneé esta tarjeta en la feria, ¿me la pasas a ficha de contacto?",
             "it": "OCR del biglietto da visita, mi crei la scheda contatto per il CRM?",
             "nl": "OCR van een visitekaartje, maak er een nette contactkaart van:",
             "pl": "Zeskanowana wizytówka z targów, zrób z tego kontakt do CRM:",
             "pt": "Cartão escaneado no estande, organiza isso em ficha de contato pra subir no CRM:",
             "ja": "展示会で受け取った名刺のOCR結果です。CRM登録用に整理してください:",
             "tr": "Fuarda aldığım kartvizitin OCR çıktısı, CRM için düzenler misin:",
             "id": "Hasil OCR kartu nama dari pameran, tolong rapikan jadi data kontak:"}[lang]
    b.add(intro, "\n\n```\n")
    b.add(ocr_noise(co.upper() if maybe(0.5) else co), "\n")
    if maybe(0.25) and " " in p.full():
        parts = p.full().split(" ", 1)
        b.add(PER(parts[0] + "\n" + parts[1]), "\n")
    else:
        nm = p.full()
        if maybe(0.3):
            nm = nm.upper()
        if maybe(0.25):
            nm = nm.replace("i", "l", 1) if "i" in nm else nm.replace("o", "0", 1)
        b.add(ch(["", "Dr. " if lang in ("de", "en") else ""]), PER(nm), "\n")
    tit = {"en": ch(TITLES_EN), "de": ch(["Leiterin Einkauf", "Key Account Manager", "Geschäftsführer", "Vertriebsleiter DACH-Mitte"]).replace("DACH-Mitte", "Region Mitte"),
           "fr": ch(["Directrice Achats", "Responsable Grands Comptes", "Chef de projet événementiel"]),
           "es": ch(["Directora de Marketing", "Jefe de Compras", "Gerente Comercial"]),
           "it": ch(["Responsabile Acquisti", "Direttore Vendite", "Area Manager"]),
           "nl": ch(["Inkoper", "Accountmanager", "Hoofd Marketing"]),
           "pl": ch(["Kierownik ds. Zakupów", "Dyrektor Handlowy", "Key Account Manager"]),
           "pt": ch(["Gerente de Compras", "Diretora Comercial", "Coordenador de Eventos"]),
           "ja": ch(["営業部 部長", "マーケティング部 課長", "購買部 主任"]),
           "tr": ch(["Satın Alma Müdürü", "Pazarlama Direktörü"]),
           "id": ch(["Manajer Pemasaran", "Kepala Pengadaan"])}[lang]
    b.add(ocr_noise(tit), "\n")
    if c == "jp" and maybe(0.6):
        b.add(ADR(addr("jp", style="kanji")), "\n")
    else:
        b.add(ADR(addr(c, ml=maybe(0.6))), "\n")
    tl = {"de": "Tel. ", "fr": "Tél. ", "es": "Tel. ", "it": "Tel. ", "nl": "T ", "pl": "tel. ", "pt": "Tel.: ", "ja": "TEL ",
          "en": "T ", "tr": "Tel: ", "id": "Telp. "}[lang]
    land = phone(c, mob=False, intl=maybe()) if maybe(0.6) else phone_ext(c, lang)
    if maybe(0.3):  # OCR confuses digits in the number itself; still a phone number
        k = R.choice([i for i, x in enumerate(land) if x in "01"] or [0])
        land = land[:k] + {"0": "O", "1": "l"}.get(land[k], land[k]) + land[k + 1:]
    b.add(tl, PHN(land), ch(["\n", "   "]))
    b.add(ch(["M ", "Mob. ", "Mobile: ", "携帯 " if lang == "ja" else "M: "]), PHN(phone(c, mob=True, intl=True)), "\n")
    b.add(ch(["", "E ", "e-mail: ", "Mail: "]), EML(p.email(domain(co, c))), "\n")
    b.add(ocr_noise(f"www.{domain(co, c)}"), "\n```")
    return b, lang


def k_reseller_directory_listing():
    b = Builder()
    b.add(ch(["Partner locator content (draft). Tidy formatting and make the blurbs consistent:\n\n",
              "Below is our reseller directory export. Rewrite each blurb to max 25 words, keep contacts.\n\n"]))
    for _ in range(R.randint(2, 4)):
        c = ch(["de", "nl", "es", "it", "pl", "br", "mx", "in", "ar", "za", "au", "ca", "jp", "tr", "gb"])
        co = company(c)
        p = per(c)
        tier = ch(["Gold", "Silver", "Platinum", "Registered"])
        b.add(f"### {co} - {tier} Partner\n")
        b.add("Region: ", LOC(ch(REGIONS[c]) if c in REGIONS and maybe(0.5) else city(c)), ", ", LOC(COUNTRY_EN[c]), "\n")
        b.add("Office: ", ADR(addr(c)), "\n")
        b.add("Contact: ", PER(p.full()), f" ({ch(TITLES_EN)}) | ", PHN(phone(c)), " | ", EML(p.email(domain(co, c))), "\n")
        b.add(f"Blurb: Certified on {ch(PRODUCTS)} and {ch(PRODUCTS)}. Winner of {ch(AWARDS)} {R.randint(2019, 2024)}. "
              f"Runs the yearly {ch(['Kepler Day', 'Curie Breakfast', 'Turing Talks'])} user meetup.\n\n")
    return b, "en"


def k_linkedin_outreach_draft_ask():
    b = Builder()
    c = ch(["us", "gb", "in", "ng", "de", "nl", "br", "ar", "za", "au", "kr", "jp", "es"])
    p = per(c)
    co = company(c)
    me = per("us", "gb", "ca")
    ev = ch(EVENTS)
    b.add(ch(["Write a LinkedIn connection request (under 300 chars) to ", "Help me draft an InMail to "]),
          PER(p.full()), f", {ch(TITLES_EN)} at {co}. ")
    pro = "she" if p.g == "f" else "he"
    b.add(f"We met briefly at {ev} in ", LOC(city(c if c not in ("kr", "jp") else c)), f" - {pro} was on the panel in the {ch(HALLS)} "
          f"about {ch(['partner-sourced pipeline', 'event attribution', 'buyer committees', 'field marketing in a downturn'])}. ")
    b.add(f"I liked the point about {ch(['killing badge scans', 'small dinners over big booths', 'partner MDF'])}. ")
    b.add("Mention that my colleague ", PER(ch([per().full(), per().given])), " already knows ", PER(ch([p.given, p.full()])),
          f" from {ch(['the Hopper Award jury', 'a previous job', 'the Lovelace Circle'])}. ")
    b.add("Sign as ", PER(me.given), ". Don't be salesy, no emojis.")
    return b, "en"


def k_followup_sequence_email_steps():
    b = Builder()
    c = ch(["us", "gb", "de", "nl", "in", "au", "za", "ng"])
    rep = per("us", "gb", "ca", "au")
    lead = per(c)
    co = company(c)
    b.add("Sequence: post-show follow-up (3 steps)\n\n")
    b.add("STEP 1 - Day 0 - Subject: Great to meet you at {{event_name}}\nHi {{first_name}}, thanks for stopping by stand {{booth}} ...\n\n")
    b.add("STEP 2 - Day 3 - Subject: The {{product}} checklist\n...\n\nSTEP 3 - Day 8 - Subject: Worth a 15 min chat?\n...\n\n")
    b.add("---- RENDERED PREVIEW (step 1) ----\nTo: ", PER(lead.full()), " <", EML(lead.email(domain(co, c))), ">\n")
    b.add("From: ", PER(rep.full()), " <", EML(rep.email(ch(OUR_DOM))), ">\n\n")
    b.add("Hi ", PER(lead.given), f",\n\nthanks for stopping by stand {ch('ABC')}{R.randint(10, 99)} at {ch(EVENTS)}! As promised, here's the "
          f"one-pager on {ch(PRODUCTS)}. {ch(['Your colleague ', 'Your CFO '])}")
    b.add(PER(per(c).given), f" mentioned you're reviewing {ch(COMPETITORS)} in Q{R.randint(1, 4)}.\n\nBest,\n", PER(rep.given), "\n")
    b.add(f"{OUR_CO} | ", PHN(phone("us" if rep.c == "us" else "gb" if rep.c == "gb" else rep.c, mob=maybe())), "\n\n")
    b.add(ch(["Step 2 and 3 are empty, write them in the same voice.", "The preview feels robotic, make it warmer."]))
    return b, "en"


def k_territory_assignment_memo():
    b = Builder()
    c = ch(["us", "de", "br", "in", "ca", "au", "es", "it", "fr"])
    b.add(f"Territory changes effective {date_str()}\n\n")
    reps = [per("us", "gb", c if c in CULT else "us") for _ in range(R.randint(2, 4))]
    pool = list(dict.fromkeys(CITIES[c] + REGIONS.get(c, [])))
    R.shuffle(pool)
    for r in reps:
        b.add("- ", PER(r.full()), " takes ")
        k = R.randint(1, 3)
        for j in range(k):
            if not pool:
                break
            if j:
                b.add(", " if j < k - 1 else " and ")
            b.add(LOC(pool.pop()))
        b.add(ch(["", " (incl. the trade show accounts)", f" + strategic logo {company(c)}"]), "\n")
    b.add("- Named accounts stay with ", PER(per().initial()), " until renewal.\n")
    b.add(f"- Roadshow lead for ", LOC(COUNTRY_EN[c]), ": ", PER(ch(reps).given), ".\n\n")
    b.add(ch(["Write the announcement for the sales channel; keep it upbeat and mention the Hopper Award winners from last year.",
              "Make a table rep | territories | start date."]))
    return b, "en"


def k_win_loss_interview_notes():
    b = Builder()
    c = ch(["us", "gb", "de", "nl", "in", "au", "fr", "es", "jp"])
    p = per(c)
    iv = per("us", "gb")
    co = company(c)
    outcome = ch(["LOSS", "WIN", "LOSS"])
    comp = ch(COMPETITORS)
    b.add(f"Win/loss interview - {co} - {outcome}\nInterviewee: ", PER(p.full()), f", {ch(TITLES_EN)}\nInterviewer: ",
          PER(iv.full()), f"\nDate: {date_str()}\n\n")
    b.add(f"Q: Why did you go with {comp if outcome == 'LOSS' else OUR_CO}?\nA: Honestly the demo at {ch(EVENTS)} was the turning point. ")
    b.add(f"{comp} brought their whole team including ", PER(per().full()), " from product. ")
    b.add("Our IT lead, ", PER(per(c).given), f", liked that {ch(['Marvin Kiosk', 'Ada Scan'])} worked offline.\n")
    b.add(f"Q: Pricing?\nA: Within 10%. The difference was {ch(['onboarding', 'the Salesforce connector', 'support hours in our time zone'])}.\n")
    b.add("Q: Anything else?\nA: Your rep, ", PER(per("us", "gb").given), ", went quiet for three weeks after the booth. ",
          "We were based in ", LOC(city(c)), ch([" and nobody visited.", ", and their team flew in twice."]), "\n\n")
    b.add(ch(["Extract themes, quotes and a one-line verdict.", "Anonymise? no - keep as is, just summarise for the product team."]))
    return b, "en"


def k_procurement_questionnaire_vendor():
    b = Builder()
    c = ch(["de", "nl", "gb", "fr", "es", "it", "pl", "ar", "tr", "pt", "be"])
    cc = {"de": "DE", "nl": "NL", "gb": "GB", "fr": "FR", "es": "ES", "it": "IT", "pl": "PL", "ar": "AE", "tr": "TR",
          "pt": "PT", "be": "BE"}[c]
    ac = c if c != "be" else "nl"
    p = per(ac)
    co = ch(["Veridian Software B.V.", "Veridian Software GmbH", "Veridian Software Ltd"])
    b.add("Supplier Onboarding Questionnaire - Section 1 (our answers, please sanity-check and improve wording)\n\n")
    b.add(f"1.1 Legal entity name: {co}\n1.2 Registered address: ", ADR(addr(ac, country=True)), "\n")
    b.add(f"1.3 VAT ID: {cc}{d(9)}B01 | DUNS: {d(2)}-{d(3)}-{d(4)}\n")
    b.add("1.4 Primary contact: ", PER(p.full()), f", {ch(['Head of Finance', 'Legal Counsel', 'Bid Manager'])}, ",
          PHN(phone(ac, mob=False)), ", ", EML(p.email(ch(OUR_DOM))), "\n")
    b.add("1.5 Escalation contact: ", PER(per("us", "gb", ac).full()), "\n")
    bank, bic = {"DE": ("Commerzbank", "COBADEFFXXX"), "NL": ("ING", "INGBNL2A"), "GB": ("Barclays", "BARCGB22"),
                 "FR": ("BNP Paribas", "BNPAFRPP"), "ES": ("Santander", "BSCHESMM"), "AE": ("Emirates NBD", "EBILAEAD"),
                 "IT": ("Intesa Sanpaolo", "BCITITMM"), "PL": ("PKO BP", "BPKOPLPW"), "TR": ("Garanti BBVA", "TGBATRIS"),
                 "PT": ("Millennium bcp", "BCOMPTPL"), "BE": ("KBC", "KREDBEBB")}[cc]
    b.add(f"2.1 Bank for remittance: {bank}\n")
    b.add("2.2 IBAN: ", IBN(iban(cc, spaced=maybe(0.7))), f"   BIC: {bic}\n")
    b.add(f"3.1 ISO 27001 certified: yes (cert no. {d(3)}-{d(4)}-{d(3)})\n3.2 Sub-processors: listed in annex B\n")
    b.add(f"4.1 Event services offered: {ch(PRODUCTS)} rental, badge printing ({ch(['Leo Badge Printer', 'Ada Scan'])}), lead retrieval\n")
    return b, "en"


def k_seating_plan_gala_tables():
    b = Builder()
    b.add(f"{ch(EVENTS)} awards gala - seating v{R.randint(2, 7)}\n(tables are named after our award categories)\n\n")
    tables = R.sample(["Hopper", "Lovelace", "Curie", "Turing", "Nightingale", "Babbage", "Drucker", "Lamarr"], R.randint(2, 4))
    for t in tables:
        b.add(f"Table {t}: ")
        for i in range(R.randint(3, 5)):
            if i:
                b.add(", ")
            p = per()
            b.add(PER(ch([p.full(), p.full(), p.initial(), p.caps()])))
            if maybe(0.2):
                b.add(" (speaker)")
        b.add("\n")
    b.add("\nCEO ", PER(per("us", "gb").full()), f" presents {ch(AWARDS)} at 21:10 - needs aisle seat.\n")
    b.add(ch(["Balance the tables so no company has two people at the same table, and keep competitors apart.",
              "Turn this into printable table cards."]))
    return b, "en"


def k_exhibitor_booth_payment_card():
    b = Builder()
    c = ch(["us", "gb", "de", "nl", "ar", "in", "au", "es", "br", "za"])
    p = per(c)
    co = company(c)
    b.add(ch(["Fwd from exhibitor services inbox - customer wants to pay balance by card.\n\n",
              "Please draft a reply. Customer pasted card details in plain text (we'll purge after).\n\n"]))
    b.add("From: ", PER(p.full()), " <", EML(p.email(domain(co, c))), f">\nSubject: Stand {ch('ABCDEFG')}{R.randint(10, 300)} balance - invoice INV-{d(6)}\n\n")
    b.add(f"Hi team,\n\nplease charge the remaining {ch(['EUR', 'USD', 'GBP', 'AED'])} {R.randint(2, 19)},{d(3)} for our shell scheme + "
          f"{ch(['furniture', 'carpet', 'lead scanner rental'])} to:\n\n")
    b.add(f"Name on card: ", PER(p.caps()), "\nCard: ", CCN(card()), f"\nExp: {R.randint(1, 12):02d}/{R.randint(26, 30)}  CVC {d(3)}\n")
    b.add("Billing address: ", ADR(addr(c)), "\n\n")
    b.add("Old card ", mask_card(), " was declined, don't use that one. Call me on ", PHN(phone(c, mob=True)), " if anything.\n\n")
    b.add(ch(["Cheers,\n", "Thanks,\n", "Best regards\n"]), PER(p.given), "\n")
    return b, "en"


def k_keynote_fee_payee_tin_email():
    b = Builder()
    p = per("us")
    b.add(ch(["Speaker sent this for the honorarium 1099 setup - what fields are we still missing?\n\n",
              "Can you extract the payee record from this email into our vendor form fields?\n\n"]))
    b.add(f"Hi {ch(['events team', 'there'])},\n\nfor the keynote fee ({ch(['$7,500', '$12,000', '$4,000'])}) please pay me as an individual, not my LLC:\n\n")
    b.add("Legal name: ", PER(p.full() if maybe(0.6) else p.full() + ch([" Jr.", " III"])), "\n")
    b.add("SSN: ", SSN(ssn(ch(["-", "-", " ", ""]))), "\n")
    b.add("Mailing address: ", ADR(addr("us", ml=maybe(0.5))), "\n")
    b.add("Phone: ", PHN(phone("us")), "\n\n")
    b.add(f"My agent ", PER(per("us").full()), f" at Sterling & Marsh handles travel, so please book flights via them. "
          f"I'll bring the {ch(['Hopper', 'Lovelace'])} Award slides on a USB.\n\nThanks!\n", PER(p.given), "\n")
    return b, "en"


def k_event_app_login_audit():
    b = Builder()
    b.add(ch(["Someone says they can't log into the event app. Here's the auth log - what's going on?\n\n",
              "Security asked about these logins on the attendee portal, summarise by user and flag anything odd:\n\n"]))
    users = []
    for _ in range(R.randint(2, 3)):
        c = lead_ctry()
        p = per(c)
        users.append((p, p.email(domain(company(c), c))))
    for _ in range(R.randint(4, 7)):
        p, em = ch(users)
        ip = ipv6() if maybe(0.3) else ipv4()
        res = ch(["ok", "ok", "fail:bad_password", "fail:mfa_timeout", "ok"])
        b.add(f"{ch([2024, 2025])}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{hhmm()}:{ss()}Z auth.login {res} user=",
              EML(em), " ip=", IPA(ip), f" ua=\"{ch(['EventApp/4.12.1 iOS', 'EventApp/4.11.9 Android', 'Mozilla/5.0 (Macintosh)'])}\" "
              f"session={ch('abcdef')}{d(7)}\n")
    b.add(f"\nticket opened by attendee: ", PER(users[0][0].full()), f", badge {d(7)}")
    return b, "en"


def k_roadshow_city_schedule():
    b = Builder()
    cs = R.sample(["de", "nl", "fr", "es", "it", "pl", "gb", "pt", "tr", "ar", "in", "jp", "br", "mx", "za"], R.randint(3, 4))
    b.add(f"{ch(['Spring', 'Autumn', 'H2'])} roadshow - {ch(PRODUCTS)} launch\n\n")
    for i, c in enumerate(cs):
        host = per(c if c in CULT else "gb")
        a = addr(c)
        b.add(f"Stop {i + 1}: ", LOC(LAST["city"] or city(c)), f" - {date_str()}\n  Venue: {ch(HOTELS)}, ", ADR(a), "\n")
        b.add("  Local host: ", PER(host.full()), " (", PHN(phone(c, mob=True, intl=True)), ")\n")
        b.add(f"  Room: {ch(['Salon ' + ch(['Goya', 'Rembrandt', 'Chopin', 'Verdi']), ch(HALLS), 'Ballroom B'])}, capacity {R.randint(30, 200)}\n")
    b.add(ch(["\nBuild a logistics checklist per stop.", "\nWrite an invite email per city; same structure, local flavour."]))
    return b, "en"


def k_exec_briefing_visitor_pack():
    b = Builder()
    c = ch(["jp", "kr", "cn", "th", "vn", "id"])
    visitors = [per(c) for _ in range(R.randint(2, 3))]
    co = company(c)
    b.add(f"Executive Briefing Center - visitor pack draft\nCustomer: {co}\n\nVisitors:\n")
    for v in visitors:
        if c == "jp":
            form = ch([f"{v.family} {v.given}", v.badge(), v.western()])
        elif c == "cn" and maybe(0.5):
            form = v.full()
        else:
            form = ch([v.full(), v.badge()])
        b.add("- ", PER(form), f", {ch(TITLES_EN)}")
        if c == "cn" and maybe(0.6):
            b.add(" (", PER(ch(["David", "Kevin", "Cindy", "Vivian", "Eric", "Grace"])), ")")
        b.add("\n")
    v0 = visitors[0]
    hon = {"jp": "-san", "kr": " nim", "cn": "", "th": "", "vn": "", "id": ""}[c]
    if c == "th":
        b.add("\nNote: Khun ", PER(ch(["Ploy", "Nok", "Bank", "Mint", "Beam"])), " (nickname of ", PER(v0.given), ") prefers to be addressed informally.\n")
    elif c == "id":
        b.add("\nNote: address as Pak/Bu - e.g. Pak ", PER(v0.given), " - first name only is normal.\n")
    elif c == "vn":
        b.add("\nNote: call him/her by the last part of the given name, e.g. anh/chị ", PER(v0.given.split()[-1]), ".\n")
    else:
        b.add(f"\nNote: in conversation use family name + honorific, e.g. ", PER(v0.family), f"{hon}.\n")
    host = per("us", "gb")
    b.add("Host: ", PER(host.full()), " | mobile ", PHN(phone(host.c, mob=True)), "\n")
    b.add(f"Agenda: 09:30 welcome in the {ch(HALLS)}; 10:00 roadmap ({ch(PRODUCTS)}); 12:00 lunch at {ch(HOTELS)}\n")
    b.add("Car pick-up from ", ADR(addr(ch(["us", "gb", "de", "nl"]))), "\n\n")
    b.add(ch(["Check the etiquette notes and tighten the agenda.", "Translate the welcome line into their language too."]))
    return b, "en"


def k_award_nomination_form_submission():
    b = Builder()
    c = ch(["us", "gb", "ng", "in", "za", "au", "ca", "de", "nl", "br"])
    nom, sub = per(c), per(c)
    co = company(c)
    award = ch(AWARDS)
    b.add(f"Form submission #{d(5)} - {award[4:] if award.startswith('the ') else award} {R.randint(2024, 2025)}\n\n")
    b.add("nominee_name: ", PER(nom.full()), "\n", f"nominee_company: {co}\n", "nominee_city: ", LOC(city(c)), "\n")
    b.add("nominated_by: ", PER(sub.full()), "\n", "nominator_email: ", EML(sub.email(domain(co, c))), "\n",
          "nominator_phone: ", PHN(phone(c)), "\n")
    b.add("why: ", PER(nom.given), f" rebuilt our event programme after the {ch(['merger', 'pandemic', 'rebrand'])}. "
          f"Last year {'she' if nom.g == 'f' else 'he'} ran {R.randint(12, 40)} field events, including the {ch(HALLS)} series, "
          f"and partnered with {ch(['Lovelace Labs', 'Hopper Foundation', 'the Curie Institute'])} on a women-in-sales bootcamp. ")
    b.add("Previous winner ", PER(per().full()), " endorses this nomination.\n\n")
    b.add(ch(["Score it against our rubric (impact, innovation, team) and write 2 lines of judge feedback.",
              "Is this eligible? Rule: nominee can't be a past winner or a sponsor employee."]))
    return b, "en"


def k_in_channel_partner_kyc():
    b = Builder()
    p, q = per("in"), per("in")
    co = company("in")
    b.add("Partner onboarding - KYC details received over mail (", LOC("India"), "). Please check completeness & draft a welcome mail.\n\n")
    b.add(f"Firm: {co}\nGSTIN: {d(2)}{ch(['AAB', 'AAC', 'AAF'])}C{d(4)}{ch('ABCDEF')}1Z{d(1)}\nPAN: {ch(['AAB', 'AAC'])}C{d(4)}{ch('ABCDEF')}\n")
    b.add("Registered office: ", ADR(addr("in", country=maybe())), "\n")
    b.add("Authorised signatory: ", ch(["Mr. ", "Ms. ", "Shri ", "Smt. "]), PER(p.full()), f" ({ch(['Director', 'Managing Partner', 'Proprietor'])})\n")
    b.add("Mobile: ", PHN(phone("in", mob=True)), " | Landline: ", PHN(phone_ext("in")), "\n")
    b.add("Sales POC: ", PER(q.full()), ", ", EML(q.email(domain(co, "in"))), "\n")
    b.add("Bank: HDFC Bank, A/c no. ", d(14), f", IFSC HDFC000{d(4)}\n")
    b.add("Branches: ", LOC(city("in")), ", ", LOC(city("in")), "; demo centre near the Tata Innovation Hub\n")
    return b, "en"


def k_ng_distributor_onboarding_email():
    b = Builder()
    p = per("ng")
    co = company("ng")
    rep = per("gb", "us", "ng")
    b.add(ch(["Please rewrite this onboarding email so it sounds more professional, keep all details:\n\n", "proofread pls:\n\n"]))
    b.add("Good afternoon ", ch(["Mr ", "Mrs ", "Engr. ", "Chief ", "Dr. "]), PER(p.last()), ",\n\n")
    b.add(f"Trust you are well. Following our meeting at the {ch(VENUE_GEN)} stand during {ch(EVENTS)}, we are pleased to onboard {co} "
          "as an authorised distributor for ", *(lambda s2: (LOC(s2[0]), " and ", LOC(s2[1])))(R.sample(["Lagos", "Ogun", "Rivers", "Oyo", "Anambra", "Enugu", "Kano"], 2)), " States.\n\n")
    b.add("Kindly confirm the delivery address for the demo kits: ", ADR(addr("ng")), ".\n")
    b.add("Your account officer is ", PER(rep.full()), " (", PHN(phone("ng", mob=True)), ", ", EML(rep.email(ch(OUR_DOM))), "). ")
    b.add("For payments, ", PER(ch([per("ng").full(), per("ng").given])), " in our finance team will share the proforma.\n\n")
    b.add("Warm regards,\n", PER(rep.given), "\n")
    return b, "en"


def k_za_partner_summit_rsvp():
    b = Builder()
    b.add("Partner summit RSVPs - count yes/no/maybe, list dietary needs, and who needs a shuttle.\n\n")
    b.add("Name;Company;RSVP;Diet;Mobile;Shuttle from\n")
    for _ in range(R.randint(4, 6)):
        p = per("za", "za", "za", "gb", "in", "ng")
        co = company("za")
        sh = ch(["", "", "OR Tambo", "hotel", ch(["Sandton", "Rosebank", "Midrand"])])
        shl = LOC(sh) if sh in ("Sandton", "Rosebank", "Midrand") else sh
        b.row([PER(ch([p.full(), p.sg(), p.full()])), co, ch(["yes", "Yes", "no", "maybe", "YES"]), ch(["", "halaal", "veg", "no beef", "vegan"]),
               PHN(phone("za", mob=True)) if maybe(0.8) else "", shl], sep=";")
    return b, "en"


def k_ae_hotel_block_confirmation():
    b = Builder()
    p = per("ar", "in", "gb")
    hotel = ch(HOTELS)
    b.add("Can you summarise the key terms (cut-off, attrition, payment) from this hotel block confirmation?\n\n")
    b.add(f"{hotel}\n", ADR(addr("ar", ml=True, country=True)), "\nT ", PHN(phone("ar", mob=False, intl=True)), "\n\n")
    b.add("Dear ", ch(["Mr. ", "Ms. ", ""]), PER(per("us", "gb", "de", "nl").full()), f",\n\nWe are delighted to confirm {R.randint(20, 120)} rooms per night "
          f"for {OUR_CO} during {ch(EVENTS)}. Cut-off date {date_str()}; attrition 20%.\n")
    b.add("A deposit of AED ", f"{R.randint(20, 99)},000", " is due via bank transfer to IBAN ", IBN(iban("AE")), ".\n")
    b.add("Your dedicated coordinator is ", PER(p.full()), ", reachable on ", PHN(phone("ar", mob=True, intl=True)), ".\n")
    b.add(f"Airport transfers from DXB can be arranged at the concierge (ask for ", PER(per("ar", "in").given), ").\n\n")
    b.add("Kind regards,\nGroup Sales\n")
    return b, "en"

# ===================================================================================================
# non-English PII kinds
# ===================================================================================================
MEDIOS = ["El Economista Digital", "Revista Marketing Hoy", "Canal Empresa TV", "Diario Emprendedor", "Radio Negocios 24",
          "Blog TecnoRetail"]


def k_es_lista_acreditaciones_prensa():
    b = Builder()
    b.add(ch(["Listado de acreditaciones de prensa – ", "ACREDITACIONES PRENSA // "]), ch(EVENTS), "\n")
    b.add(f"Sala de prensa: Sala Cervantes (planta {R.randint(1, 3)}). Recogida de credenciales en el mostrador Clara Campoamor.\n\n")
    for i in range(R.randint(3, 6)):
        p = per("es", "es", "mx")
        nm = ch([p.full(), p.full(), p.sg(), p.caps()])
        b.add(f"{i + 1}. ", PER(nm), f" — {ch(MEDIOS)} — ", EML(p.email(ascii_fold(ch(MEDIOS)).lower().split()[0] + ch(['.es', '.com']))))
        if maybe(0.7):
            b.add(" — ", PHN(phone("es" if p.c == "es" else "mx", mob=True)))
        b.add(ch(["", " (fotógrafo)", " (+1 cámara)", " – pide entrevista con la CEO", " – acreditado también en 2023"]), "\n")
    b.add("\nResponsable de prensa: ", PER(per("es").full()), ", móvil ", PHN(phone("es", mob=True)), "\n\n")
    b.add(ch(["Redacta el correo de confirmación para todos, tuteando, y recuérdales el embargo hasta las 10:00.",
              "¿Puedes ordenar por medio y marcar quién pidió entrevista?"]))
    return b, "es"


def k_es_notas_llamada_preventa():
    b = Builder()
    c = ch(["es", "es", "mx"])
    p = per(c)
    jefa = per(c, g="f")
    co = company(c)
    b.add(f"Notas llamada {date_str('es')} – {co}\n")
    b.add("- Hablé con ", PER(ch([p.full(), p.given])), f" ({ch(['jefe de compras', 'directora de marketing', 'responsable de eventos'])}). ")
    b.add("Dice que su jefa, la Sra. ", PER(jefa.family.split()[0]), ", es quien firma.\n")
    b.add(f"- Usan {ch(COMPETITORS)} desde hace 3 años, no están contentos con el soporte.\n")
    b.add(f"- Les interesa {ch(PRODUCTS)} para la feria de ", LOC(city(c)), " en octubre.\n")
    b.add("- Oficina nueva: ", ADR(addr(c)), "\n")
    b.add("- Tel. directo ", PHN(phone_ext(c, "es") if maybe(0.5) else phone(c, mob=False)), " / móvil ", PHN(phone(c, mob=True)), "\n")
    b.add("- Próximo paso: demo con ", PER(per(c).given), f" (IT) el {R.randint(1, 28)}/{R.randint(1, 12)}\n\n")
    b.add(ch(["Pásalo a formato CRM (campos: contacto, cargo, necesidad, siguiente paso).",
              "Escríbeme el email de seguimiento, tono cercano pero profesional."]))
    return b, "es"


def k_mx_invitacion_evento_clientes():
    b = Builder()
    p = per("mx")
    host = per("mx", "es")
    b.add("Revisa ortografía y hazlo más elegante, porfa:\n\n")
    b.add("Estimada " if p.g == "f" else "Estimado ", ch(["Lic. ", "Ing. ", "Mtra. ", "C.P. "]), PER(p.full()), ":\n\n")
    b.add(f"Nos da mucho gusto invitarle al Desayuno Ejecutivo {ch(EVENTS)}, que se llevará a cabo en el {ch(HOTELS)}, ")
    b.add(ADR(addr("mx")), f", el próximo {R.randint(1, 28)} de {ch(['marzo', 'mayo', 'septiembre', 'noviembre'])} a las 8:30 h.\n\n")
    b.add(f"Contaremos con la participación de ", PER(per("mx").full()), f", ganadora del Premio Frida {R.randint(2020, 2024)} a la Innovación Comercial.\n\n")
    b.add("Favor de confirmar su asistencia con ", PER(host.full()), " al ", PHN(phone_ext("mx", "es")), " o al correo ",
          EML(host.email("veridian.com.mx")), ".\n\nAtentamente,\nEquipo Veridian ", LOC("México"), "\n")
    return b, "es"


def k_pt_br_exportacao_leads_feira():
    b = Builder()
    b.add(ch(["Exportação do coletor de leads da feira. Limpa os nomes (tá tudo zoado de maiúscula) e classifica quente/morno/frio:\n\n",
              "segue planilha dos leads do estande, preciso priorizar pro time de SDR:\n\n"]))
    b.add("Nome;Empresa;Cargo;E-mail;Celular;Cidade;Obs\n")
    for _ in range(R.randint(3, 6)):
        p = per("br")
        co = company("br")
        nm = p.full()
        nm = ch([nm, nm.upper(), nm.lower(), nm])
        b.row([PER(nm), co, ch(["Gerente de Marketing", "Comprador", "Diretora Comercial", "Analista de Eventos", "CEO"]),
               EML(p.email(domain(co, "br"))), PHN(phone("br", mob=True)) if maybe(0.85) else "", LOC(city("br")),
               ch(["quer demo", "pediu proposta", "só brinde", "volta amanhã c/ o chefe", f"usa {ch(COMPETITORS)}", ""])], sep=";")
    b.add("\nObs: quem escaneou foi a ", PER(per("br", g="f").given), " no estande do Pavilhão Azul.")
    return b, "pt"


def k_pt_br_ata_reuniao_parceiro():
    b = Builder()
    ps = [per("br") for _ in range(R.randint(2, 4))]
    co = company("br")
    b.add(f"ATA DE REUNIÃO – Plano de co-marketing {co} x Veridian\nData: {date_str('pt')}\nLocal: ", ADR(addr("br")), "\n\n")
    b.add("Participantes: ")
    for i, p in enumerate(ps):
        if i:
            b.add(", ")
        b.add(PER(p.full()))
    b.add("\n\n1. Evento em ", LOC(city("br")), f": estande compartilhado no Salão Machado de Assis; responsável ", PER(ps[0].given), ".\n")
    b.add(f"2. Orçamento: R$ {R.randint(20, 300)} mil, metade cada. Nota fiscal para o financeiro (falar com ", PER(ps[-1].family.split()[-1]), ").\n")
    b.add("3. Contato do fornecedor de brindes: ", PHN(phone("br")), ".\n\n")
    b.add(ch(["Transforma em lista de ações com dono e prazo.", "Escreve o e-mail de resumo para os participantes."]))
    return b, "pt"


def k_pt_pt_lista_quartos_hotel():
    b = Builder()
    hotel = ch(HOTELS)
    b.add(f"Lista de quartos – {hotel}\n", ADR(addr("pt", country=maybe())), " · tel. ", PHN(phone("pt", mob=False)), "\n\n")
    b.add("Hóspede | Entrada | Saída | Tipo | Observações\n")
    for _ in range(R.randint(3, 5)):
        p = per("pt", "pt", "br", "es")
        dp = date_pair("pt")
        b.row([PER(ch([p.full(), p.sg()])), dp[2], dp[3],
               ch(["Duplo", "Single", "Twin", "Suite"]), ch(["", "chegada tardia", "vista rio", "alergia a penas", "fatura à empresa"])], sep=" | ")
    rg = per("pt")
    b.add("\nResponsável do grupo: ", PER(rg.full()), " (", EML(rg.email("veridian.pt")), ")\n")
    b.add(ch(["Confirma as noites totais e prepara o e-mail para o hotel.", "Falta alguém com cartão de garantia?"]))
    return b, "pt"


def k_de_messe_standdienstplan():
    b = Builder()
    halle = R.randint(1, 27)
    b.add(f"Standdienstplan – Halle {halle}, Stand {ch('ABCDE')}{R.randint(10, 99)} (neben dem Ada-Lovelace-Forum)\n\n")
    b.add("| Tag | Schicht | Name | Handy |\n|---|---|---|---|\n")
    staff = [per("de", "de", "de", "tr", "pl") for _ in range(R.randint(3, 5))]
    for tag in ["Di", "Mi", "Do"][:R.randint(2, 3)]:
        for sch in ["09–13 Uhr", "13–18 Uhr"]:
            s = ch(staff)
            b.row(["| " + tag, sch, PER(ch([s.full(), s.family, s.sg()])), PHN(phone("de", mob=True, intl=maybe(0.3)))], sep=" | ", end=" |\n")
    s0 = ch(staff)
    if not s0.family.endswith(("s", "ß", "z", "x")):
        b.add("\nHinweis: ", "Frau " if s0.g == "f" else "Herrn ", PER(s0.family + "s"), " Schicht am Mittwoch bitte auch für den Aufbau einplanen. ")
    else:
        b.add("\nHinweis: die Schicht von ", "Frau " if s0.g == "f" else "Herrn ", PER(s0.family), " bitte auch für den Aufbau einplanen. ")
    b.add("Standleitung: ", PER(per("de").full()), ", ", PHN(phone_ext("de", "de")), "\n\n")
    b.add(ch(["Bitte als kurze Info-Mail an alle formulieren.", "Gibt es Doppelbelegungen?"]))
    return b, "de"


def k_de_gespraechsnotiz_vertrieb():
    b = Builder()
    p = per("de")
    co = company("de")
    b.add(f"Gesprächsnotiz {date_str('de')} – {co}\n\n")
    b.add("Teilnehmer: ", "Frau " if p.g == "f" else "Herr ", ch(["Dr. ", ""]), PER(p.full()),
          f" ({ch(['Leitung Einkauf', 'Marketingleitung', 'Head of Events', 'IT-Leiter'])}), ich\n\n")
    b.add(f"- Kennt uns vom Stand auf der {ch(EVENTS)} (Goethe-Saal, Vortrag zu {ch(PRODUCTS)})\n")
    b.add(f"- Aktuell {ch(COMPETITORS)} im Einsatz, Vertrag läuft bis {R.randint(1, 12)}/{ch([2025, 2026])}\n")
    boss = per("de")
    b.add("- Entscheidung liegt bei ", "Frau " if boss.g == "f" else "Herrn ", PER(boss.family), f" ({ch(['GF', 'CFO', 'Vorstand'])})\n")
    b.add("- Rückruf erbeten unter ", PHN(phone_ext("de", "de") if maybe(0.5) else phone("de", mob=False)), ", mobil ", PHN(phone("de", mob=True)), "\n")
    b.add("- Unterlagen bitte per Post an ", ADR(addr("de")), "\n")
    if not boss.family.endswith(("s", "ß", "z", "x")):
        b.add("- ", "Frau " if boss.g == "f" else "Herrn ", PER(boss.family + "s"), " Team sitzt seit März in ", LOC(city("de")), "\n\n")
    else:
        b.add("- Das Team von ", PER(p.given), " sitzt seit März in ", LOC(city("de")), "\n\n")
    b.add(ch(["Bitte als CRM-Eintrag zusammenfassen.", "Schreib mir eine Follow-up-Mail (Sie-Form)."]))
    return b, "de"


def k_de_sponsorvertrag_mitteilungen():
    b = Builder()
    sp, og = per("de"), per("de", "nl")
    spc = company("de")
    b.add("§ ", str(R.randint(10, 16)), " Mitteilungen\n\n(1) Mitteilungen nach diesem Vertrag bedürfen der Textform und sind zu richten\n\n")
    b.add(f"an den Sponsor: {spc}, z. Hd. ", PER(sp.full()), ", ", ADR(addr("de")), ", E-Mail: ", EML(sp.email(domain(spc, "de"))), "\n\n")
    b.add("an den Veranstalter: Kongress & Messe Service GmbH, z. Hd. ", PER(og.full()), ", ", ADR(addr("de")), ", Tel. ", PHN(phone("de", mob=False)), "\n\n")
    b.add("(2) Änderungen der Anschrift sind unverzüglich mitzuteilen.\n\n")
    b.add(ch(["Fasse zusammen: wer, wie, Fristen – auf Englisch bitte.", "Passt das zum englischen Hauptvertrag (Notices-Klausel)?"]))
    return b, "de"


def k_fr_liste_invites_diner_vip():
    b = Builder()
    b.add(f"Dîner VIP – {ch(EVENTS)} – Salle Marie Curie, {ch(HOTELS)}\n\n")
    for i in range(R.randint(4, 6)):
        p = per("fr", "fr", "fr", "ca", "ar", "ng")
        civ = ch(["M. " if p.g == "m" else "Mme ", "M. " if p.g == "m" else "Mme ", "Me ", "Dr "])
        b.add(f"{i + 1}. ", civ, PER(ch([p.full(), f"{p.family.upper()} {p.given}", p.full()])), f" – {company(p.c if p.c in COMP else 'fr')} – ")
        b.add(ch(["sans gluten", "végétarien", "halal", "pas de fruits de mer", "RAS", "allergie arachides"]))
        if maybe(0.3):
            b.add(" – accompagné(e) de ", PER(per(p.c).given))
        b.add("\n")
    b.add("\nContact traiteur : ", PER(per("fr").full()), " ", PHN(phone("fr", mob=True)), "\n\n")
    b.add(ch(["Prépare les cartons de table et une note pour le chef.", "Peux-tu proposer un plan de table (2 tables : Pasteur et Colette) ?"]))
    return b, "fr"


def k_fr_compte_rendu_salon_prospects():
    b = Builder()
    b.add(f"CR salon – {ch(EVENTS)} ({R.randint(2, 4)} jours)\n\nProspects chauds :\n")
    for _ in range(R.randint(2, 4)):
        c = ch(["fr", "fr", "fr", "ca"])
        p = per(c)
        co = company(c)
        b.add("- ", PER(p.full()), f" ({co}) : veut une démo de {ch(PRODUCTS)}, rappeler au ", PHN(phone(c)), "\n")
    p = per("fr")
    b.add("\nÀ noter : ", PER(p.given), f" de chez {company('fr')} nous a présenté à sa DG, Mme ", PER(per("fr", g="f").family), ". ")
    b.add("Bureau à ", LOC(city("fr")), ", envoyer la doc à ", ADR(addr("fr")), ".\n")
    b.add(f"Notre stand (allée Simone Veil) a eu {R.randint(150, 600)} scans, bravo à ", PER(per("fr").given), " !\n\n")
    b.add(ch(["Fais-en une synthèse pour le comité de direction.", "Rédige les mails de relance pour chaque prospect."]))
    return b, "fr"


def k_it_registro_presenze_workshop():
    b = Builder()
    b.add(f"Registro presenze – Workshop partner, Sala Leonardo ({ch(HOTELS)})\n\n")
    b.add("COGNOME NOME | Azienda | Email | Firma\n")
    for _ in range(R.randint(3, 6)):
        p = per("it")
        co = company("it")
        b.row([PER(f"{p.family.upper()} {p.given}" if maybe(0.7) else p.sg()), co, EML(p.email(domain(co, "it"))),
               ch(["✓", "✓", "assente", "✓ (in ritardo)"])], sep=" | ")
    b.add("\nReferente: dott.ssa ", PER(per("it", g="f").family), ", cell. ", PHN(phone("it", mob=True)), "\n\n")
    b.add(ch(["Mi fai il conteggio presenti/assenti e una mail di ringraziamento?", "Trasforma in CSV per l'import."]))
    return b, "it"


def k_it_email_followup_fiera():
    b = Builder()
    p = per("it")
    me = per("it")
    co = company("it")
    b.add("Sistemami questa mail, è troppo lunga:\n\n")
    b.add(ch(["Gentile dott.ssa ", "Gentile ing. ", "Gentile dott. ", "Egregio sig. "]), PER(p.family), ",\n\n")
    b.add(f"è stato un piacere incontrarLa al nostro stand durante {ch(EVENTS)} a ", LOC(city("it")), f". Come d'accordo Le invio la presentazione di {ch(PRODUCTS)} ")
    b.add(f"e il caso studio di {company('it')} (in allegato). Il collega ", PER(per("it", g="m").full()), " sarà a ", LOC(city("it")),
          f" il {R.randint(1, 28)} e potrebbe passare da voi in ", ADR(addr("it")), ".\n\n")
    b.add("Resto a disposizione al ", PHN(phone("it", mob=False) + " " + ext_word("it") + str(R.randint(10, 499)) if maybe(0.5) else phone("it", mob=True)), ".\n\nCordiali saluti,\n",
          PER(me.full()), "\n")
    return b, "it"


def k_nl_partnerdag_aanmeldingen():
    b = Builder()
    b.add("Aanmeldingen partnerdag (export formulier). Kun je dubbele inschrijvingen eruit halen en een lijst per bedrijf maken?\n\n")
    b.add("achternaam,voornaam,tussenvoegsel,bedrijf,e-mail,telefoon,woonplaats\n")
    for _ in range(R.randint(3, 6)):
        p = per("nl")
        parts = p.family.split(" ")
        tv = " ".join(parts[:-1])
        an = parts[-1]
        co = company("nl")
        b.row([PER(an), PER(p.given), tv, co, EML(p.email(domain(co, "nl"))), PHN(phone("nl")) if maybe(0.8) else "", LOC(city("nl"))])
    b.add("\nNB: locatie is de Rembrandtzaal, niet de Van Goghzaal zoals eerst gecommuniceerd.")
    return b, "nl"


def k_nl_belnotitie_accountmanager():
    b = Builder()
    p = per("nl")
    co = company("nl")
    b.add(f"Belnotitie {date_str('nl')} – {co}\n\n")
    b.add("Gesproken met ", ch(["mevrouw " if p.g == "f" else "meneer ", ""]), PER(ch([p.full(), p.family[0].upper() + p.family[1:]])), f" ({ch(['inkoop', 'marketing', 'facilitair'])}). ")
    b.add(f"Ze willen met {ch(PRODUCTS)} de leads van de beurs in ", LOC(city("nl")), " sneller verwerken.\n")
    b.add("Nieuw bezoekadres: ", ADR(addr("nl")), "\n")
    b.add("Terugbellen op ", PHN(phone("nl", mob=False) + " " + ext_word("nl") + str(R.randint(100, 999)) if maybe(0.4) else phone("nl")), " of mailen naar ",
          EML(p.email(domain(co, "nl"))), "\n")
    b.add("Collega ", PER(per("nl").given), " doet de demo. Ze kennen ons van de Johan Cruijff ArenA-editie vorig jaar.\n\n")
    b.add(ch(["Maak er een korte CRM-update van.", "Schrijf een follow-upmail, informeel (je/jij)."]))
    return b, "nl"


PL_VOC = {"Agnieszka": "Agnieszko", "Małgorzata": "Małgorzato", "Katarzyna": "Katarzyno", "Zofia": "Zofio",
          "Joanna": "Joanno", "Magdalena": "Magdaleno", "Tomasz": "Tomaszu", "Krzysztof": "Krzysztofie",
          "Paweł": "Pawle", "Michał": "Michale", "Piotr": "Piotrze", "Marcin": "Marcinie"}
PL_INS_G = {"Agnieszka": "Agnieszką", "Małgorzata": "Małgorzatą", "Katarzyna": "Katarzyną", "Zofia": "Zofią",
            "Joanna": "Joanną", "Magdalena": "Magdaleną", "Tomasz": "Tomaszem", "Krzysztof": "Krzysztofem",
            "Paweł": "Pawłem", "Michał": "Michałem", "Piotr": "Piotrem", "Marcin": "Marcinem"}


PL_LOC = {"Warszawa": "Warszawie", "Kraków": "Krakowie", "Poznań": "Poznaniu", "Wrocław": "Wrocławiu",
          "Gdańsk": "Gdańsku", "Łódź": "Łodzi", "Katowice": "Katowicach"}


def pl_ins_sur(s, g):
    if s.endswith("ski"):
        return s[:-1] + "im"
    if s.endswith("ska"):
        return s[:-1] + "ą"
    if g == "f":
        return s
    return {"Nowak": "Nowakiem", "Wójcik": "Wójcikiem", "Woźniak": "Woźniakiem", "Mazur": "Mazurem"}.get(s, s)


def k_pl_lista_uczestnikow_konferencji():
    b = Builder()
    b.add(f"Lista uczestników – konferencja partnerska, sala im. Chopina ({ch(HOTELS)})\n\n")
    b.add("Lp.;Nazwisko i imię;Firma;E-mail;Telefon;Miasto\n")
    for i in range(R.randint(3, 6)):
        p = per("pl")
        co = company("pl")
        b.row([str(i + 1), PER(f"{p.family} {p.given}" if maybe(0.6) else p.full()), co, EML(p.email(domain(co, "pl"))),
               PHN(phone("pl", mob=True)) if maybe(0.8) else "", LOC(city("pl"))], sep=";")
    b.add("\nKoordynator: ", PER(per("pl").full()), ", ", PHN(phone("pl", mob=False) + " wew. " + str(R.randint(10, 300))), "\n\n")
    b.add(ch(["Zrób z tego identyfikatory (imię dużymi literami, firma pod spodem).", "Policz uczestników per miasto."]))
    return b, "pl"


def k_pl_mail_zaproszenie_vip():
    b = Builder()
    p = per("pl")
    q = per("pl")
    b.add("Popraw styl, ma być elegancko:\n\n")
    b.add(("Szanowna Pani " if p.g == "f" else "Szanowny Panie "), PER(PL_VOC[p.given]), ",\n\n")
    a = addr("pl")
    b.add(f"serdecznie zapraszamy na kolację dla partnerów podczas {ch(EVENTS)} w ", LOC(PL_LOC.get(LAST["city"], "Warszawie")), ". Spotkanie odbędzie się w restauracji "
          f"Pod Kopernikiem, ", ADR(a), f", o godz. {hhmm()}.\n\n")
    b.add("Będzie nam miło, jeśli zasiądzie Pan(i) przy stole z ", PER(PL_INS_G[q.given] + " " + pl_ins_sur(q.family, q.g)),
          f" (firma {company('pl')}).\n\n")
    r = per("pl")
    b.add("Potwierdzenia przyjmuje ", PER(r.full()), ": ", PHN(phone("pl", mob=True)), " lub ", EML(r.email("veridian.pl")), ".\n\n")
    s = per("pl")
    b.add("Z wyrazami szacunku\n", PER(s.full()), "\n")
    return b, "pl"


JP_KANJI = [("田中", "健二", "tanaka", "kenji"), ("鈴木", "愛子", "suzuki", "aiko"), ("高橋", "大輔", "takahashi", "daisuke"),
            ("佐藤", "さくら", "sato", "sakura"), ("渡辺", "浩", "watanabe", "hiroshi"), ("中村", "結衣", "nakamura", "yui"),
            ("山本", "拓海", "yamamoto", "takumi"), ("小林", "春香", "kobayashi", "haruka"), ("伊藤", "翔太", "ito", "shota"),
            ("森", "由紀", "mori", "yuki")]
JP_CO = ["株式会社タクミロボティクス", "さくらフーズ株式会社", "神田商事株式会社", "星野精密株式会社", "株式会社ミライ物流"]


def k_ja_kaigi_sankasha_meibo():
    b = Builder()
    b.add(ch(["セミナー参加者名簿です。会社ごとにまとめて、お礼メールの宛名リストを作ってください。\n\n",
              "展示会の来場者リスト（抜粋）。重複を除いて整理をお願いします。\n\n"]))
    b.add("氏名 | 会社名 | 部署・役職 | 電話 | メール\n")
    for _ in range(R.randint(3, 5)):
        f, g, fr, gr = ch(JP_KANJI)
        co = ch(JP_CO)
        b.row([PER(ch([f"{f} {g}", f"{f}{g}", f"{f}　{g}"])), co, ch(["営業部 部長", "マーケティング部", "購買部 課長", "経営企画室"]),
               PHN(phone("jp", intl=False)) if maybe(0.8) else "-",
               EML(ch([f"{fr}.{gr}", f"{gr[0]}.{fr}", f"{fr}-{gr[0]}"]) + "@" + ch(["takumi-robotics.co.jp", "sakura-foods.co.jp", "kanda-shoji.co.jp", "hoshino-seimitsu.co.jp", "mirai-butsuryu.co.jp"]))], sep=" | ")
    f = ch(JP_KANJI)[0]
    b.add("\n※ ", PER(f), "様は懇親会（ホテル・ザ・ラングハム　グレース・ホッパー・ルーム）にも参加予定。\n")
    b.add("担当: ", PER(ch(JP_KANJI)[0]), "（", PHN(phone("jp", mob=False, intl=False) + " 内線" + str(R.randint(100, 999))), "）")
    return b, "ja"


def k_ja_romaji_meeting_memo():
    b = Builder()
    p, q = per("jp"), per("jp")
    co = company("jp")
    b.add(f"Memo: {co} to no uchiawase ({date_str('ja')})\n\n")
    b.add("- ", PER(p.family), f"-san ({ch(['buchō', 'kachō', 'tantō'])}) to ", PER(q.full()), "-sama ga sanka\n")
    b.add(f"- Tenjikai wa ", LOC(ch(["Osaka", "Nagoya", "Fukuoka", "Tokyo"])), f" de {R.randint(1, 12)}-gatsu. Booth wa Ada Lovelace Hall no tonari.\n")
    b.add(f"- {ch(PRODUCTS)} no demo kibō. Mitsumori wa raishū made.\n")
    b.add("- Renrakusaki: ", PHN(phone("jp", mob=False) + (" 内線" + str(R.randint(100, 999)) if maybe(0.4) else "")), " / ", EML(p.email(domain(co, "jp"))), "\n")
    b.add("- Shiryō no sōfusaki: ", ADR(addr("jp")), "\n\n")
    b.add(ch(["Kore o eigo no meeting notes ni shite kudasai.", "Please turn this into English notes for HQ."]))
    return b, "ja"


KR_NAMES = [("김민준", "minjun.kim"), ("박서연", "seoyeon.park"), ("이지훈", "jihoon.lee"), ("최하은", "haeun.choi"),
            ("정동현", "donghyun.jung"), ("강수아", "sua.kang"), ("윤재원", "jaewon.yoon"), ("한지우", "jiwoo.han")]
KR_CO = ["한빛모빌리티", "다온반도체", "누리커머스", "세움로지스"]


def k_ko_semina_chamseokja():
    b = Builder()
    b.add(ch(["세미나 참석자 명단입니다. 회사별로 정리하고 감사 메일 초안 부탁드려요.\n\n", "부스 방문자 리스트 정리 부탁해요 (중복 제거):\n\n"]))
    b.add("이름 / 회사 / 직함 / 연락처 / 이메일\n")
    for _ in range(R.randint(3, 5)):
        nm, em = ch(KR_NAMES)
        b.row([PER(nm), ch(KR_CO), ch(["부장", "과장", "대리", "팀장", "이사"]), PHN(phone("kr", mob=True, intl=False)),
               EML(em + "@" + ch(["hanbit-mobility.co.kr", "daonsemi.com", "nuricommerce.kr", "seumlogis.co.kr"]))], sep=" / ")
    b.add("\n※ ", PER(ch(KR_NAMES)[0]), " 님은 VIP 만찬(호텔 알마, 에이다 러브레이스 홀)에도 참석 예정.\n")
    b.add("행사장 주소: ", ADR(addr("kr", style="hangul")), "\n")
    return b, "ko"


def k_id_undangan_peluncuran_produk():
    b = Builder()
    p = per("id")
    host = per("id")
    b.add("Tolong rapikan undangan ini, bahasanya kurang formal:\n\n")
    b.add("Yth. ", ("Bapak " if p.g == "m" else "Ibu "), PER(p.full()), f"\n{company('id')}\n\n")
    b.add(f"Dengan hormat, kami mengundang {'Bapak' if p.g == 'm' else 'Ibu'} untuk menghadiri peluncuran {ch(PRODUCTS)} pada "
          f"{R.randint(1, 28)} {ch(['Maret', 'Juni', 'Agustus', 'November'])} di Ballroom Kartini, {ch(HOTELS)}, ")
    b.add(ADR(addr("id")), ".\n\n")
    b.add("Konfirmasi kehadiran kepada ", ("Ibu " if host.g == "f" else "Bapak "), PER(host.given), " di ", PHN(phone("id", mob=True)),
          " atau ", EML(host.email("veridian.co.id")), ".\n")
    b.add("Tamu dari ", LOC(city("id")), " akan dijemput di bandara.\n\nHormat kami,\n", PER(per("id").full()), "\n")
    return b, "id"


TR_DAT = {"Yılmaz": "Yılmaz'a", "Kaya": "Kaya'ya", "Demir": "Demir'e", "Şahin": "Şahin'e", "Çelik": "Çelik'e",
          "Öztürk": "Öztürk'e", "Aydın": "Aydın'a", "Arslan": "Arslan'a", "Doğan": "Doğan'a", "Kılıç": "Kılıç'a"}


def k_tr_fuar_ziyaretci_notlari():
    b = Builder()
    b.add(f"Fuar ziyaretçi notları – {ch(EVENTS)} (Hol {R.randint(1, 12)}, Stant {ch('ABC')}{R.randint(1, 99)})\n\n")
    for _ in range(R.randint(2, 4)):
        p = per("tr")
        co = company("tr")
        hon = " Hanım" if p.g == "f" else " Bey"
        b.add("- ", PER(p.given), hon, f" ({co}): {ch(PRODUCTS)} ile ilgileniyor, tel ", PHN(phone("tr", mob=maybe(0.6))), "\n")
    q = per("tr")
    b.add("- Teklif ", PER(q.given + " " + TR_DAT[q.family]), " iletildi, adres: ", ADR(addr("tr")), "\n")
    b.add("- ", LOC(city("tr")), " bayisi için ", PER(per("tr").full()), " ile görüşülecek.\n\n")
    b.add(ch(["Bunları CRM'e girecek şekilde tabloya dök.", "Her biri için kısa bir teşekkür maili yaz."]))
    return b, "tr"


def k_vi_danh_sach_khach_moi_hoi_thao():
    b = Builder()
    b.add("Danh sách khách mời hội thảo – nhờ sắp xếp theo công ty và soạn email cảm ơn:\n\n")
    b.add("STT | Họ tên | Công ty | Điện thoại | Email\n")
    for i in range(R.randint(3, 5)):
        p = per("vn")
        co = company("vn")
        b.row([str(i + 1), PER(p.full()), co, PHN(phone("vn", mob=True)), EML(p.email(domain(co, "vn")))], sep=" | ")
    q = per("vn")
    b.add("\nGhi chú: ", ("anh " if q.g == "m" else "chị "), PER(q.given.split()[-1]), " phụ trách check-in tại sảnh Hai Bà Trưng của khách sạn.\n")
    b.add("Địa điểm: ", ADR(addr("vn")), "\n")
    return b, "vi"


HU_DAT = {"Péter": "Péternek", "Gábor": "Gábornak", "Balázs": "Balázsnak", "Levente": "Leventének", "Zoltán": "Zoltánnak",
          "Eszter": "Eszternek", "Zsófia": "Zsófiának", "Réka": "Rékának", "Katalin": "Katalinnak", "Orsolya": "Orsolyának"}


def k_hu_konferencia_eloadok_nevsor():
    b = Builder()
    b.add(f"Előadók névsora – {ch(EVENTS)}, Puskás-terem\n\n")
    for _ in range(R.randint(2, 4)):
        p = per("hu")
        b.add("- ", PER(p.full()), f" ({company('hu')}) – ", PHN(phone("hu", mob=True)), "\n")
    q = per("hu")
    b.add("\nA szerződést kérjük ", PER(f"{q.family} {HU_DAT[q.given]}"), " elküldeni: ", EML(q.email("duna-informatika.hu")), "\n")
    b.add("Helyszín: ", ADR(addr("hu")), "\n")
    b.add(ch(["Készíts belőle rövid programfüzet-szöveget.", "Fordítsd le angolra a névsort."]))
    return b, "hu"


def k_ar_arabizi_expo_whatsapp():
    b = Builder()
    a, c = per("ar", g="m"), per("ar")
    b.add("WhatsApp export (booth team). Summarise in English + list action items:\n\n")
    t = R.randint(8, 11)
    b.add(f"[{t}:0{R.randint(0, 5)}] ", PER(a.given), ": salam shabab, el booth fi Hall 4 jnb el Mandela Room, mesh Hall 6\n")
    b.add(f"[{t}:1{R.randint(0, 5)}] ", PER(c.given), ": tamam. ", PER(a.given), " 3atni raqam el supplier: ", PHN(phone("ar", mob=True)), "\n")
    b.add(f"[{t}:2{R.randint(0, 5)}] ", PER(a.given), ": ", PER(f"{per('ar').given} bin {per('ar', g='m').given} {per('ar').family}"),
          " mn Gulf Horizon wasal, bade demo 3al Marvin Kiosk\n")
    b.add(f"[{t}:3{R.randint(0, 5)}] ", PER(c.given), ": ba3atli el invoice 3ala ", ADR(addr("ar", style="pobox")), " inshallah\n")
    b.add(f"[{t}:4{R.randint(0, 5)}] ", PER(a.given), ": yalla, el dinner el lela fi ", ch(HOTELS), ", 8:30. ", PER(per("ar").given), " jay ma3ana?\n")
    return b, "ar"


TH_NICK = ["พลอย", "นก", "แบงค์", "มิ้นท์", "บีม", "ตูน"]
TH_FULL = ["สมชาย วงศ์สกุล", "ศิริพร ศรีสุข", "ณัฐพงษ์ ชัยพร", "กนกวรรณ รัตนากร", "ธนวัฒน์ บุญมี"]


def k_th_roadshow_line_chat():
    b = Builder()
    b.add("LINE chat export (roadshow team) – ช่วยสรุปเป็นภาษาอังกฤษ + action items\n\n")
    n1, n2 = R.sample(TH_NICK, 2)
    tms = sorted(hhmm() for _ in range(5))
    hhmm_ = iter(tms)
    b.add(f"{next(hhmm_)} ", PER(n1), ": พี่คะ บูธเราอยู่โซน Tesla Stage นะคะ ไม่ใช่ Hall 2\n")
    b.add(f"{next(hhmm_)} ", PER(n2), ": โอเค เดี๋ยวโทรหาคุณ", PER(ch(TH_FULL)), " ที่เบอร์ ", PHN(phone("th", mob=True)), "\n")
    b.add(f"{next(hhmm_)} ", PER(n1), ": ส่งของไปที่ ", ADR(addr("th")), " ได้เลยค่ะ\n")
    b.add(f"{next(hhmm_)} ", PER(n2), ": ลูกค้า ", PER(per("th").full()), " จาก Siam Lotus ขอเดโม Ada Scan พรุ่งนี้\n")
    b.add(f"{next(hhmm_)} ", PER(n1), ": งานหน้าไป ", LOC(ch(["เชียงใหม่", "ภูเก็ต", "ขอนแก่น"])), " ค่ะ\n")
    return b, "th"


ZH_NAMES = ["王晓玲", "张伟", "李建国", "刘美玲", "陈浩然", "杨一帆", "黄子涵", "周磊"]


def k_zh_jingxiaoshang_huiyi_jiyao():
    b = Builder()
    b.add("经销商大会会议纪要（请整理成英文摘要）\n\n")
    ps = R.sample(ZH_NAMES, 3)
    b.add("参会人：", PER(ps[0]), "（华东区总监）、", PER(ps[1]), "、", PER(ps[2]), "\n")
    b.add(f"地点：{ch(HOTELS)} 居里厅，", ADR(f"上海市浦东新区世纪大道{R.randint(1, 300)}号{R.randint(5, 40)}楼"), "\n\n")
    b.add("1. ", PER(ps[1][0]), "总提出明年在", LOC(ch(["深圳", "杭州", "成都", "广州"])), "增加两场路演。\n")
    b.add(f"2. 展位费用由双方平摊，发票寄给财务", PER(ch(ZH_NAMES)), "，电话 ", PHN(phone("cn", mob=True, intl=False)), "。\n")
    b.add(f"3. 产品 Hopper Lead Capture 的中文版本计划 Q{R.randint(1, 4)} 上线。\n")
    return b, "zh"

# ===================================================================================================
# no-PII trap kinds (nothing labelled)
# ===================================================================================================
PLACE_ROOMS = ["Room Kyoto", "Salon Lisboa", "Oslo Suite", "Meeting Pod Havana", "Sala Sevilla", "Boardroom Geneva",
               "Lounge Marrakech"]


def pick_lines(pool, lo, hi):
    return R.sample(pool, R.randint(lo, min(hi, len(pool))))


def code_like_phone():
    return ch([f"Webinar ID {dn(3)} {d(4)} {d(4)}", f"licence key {d(4)}-{d(4)}-{d(4)}", f"PO {d(3)}-{d(3)}-{d(4)}",
               f"stand ref {R.randint(1, 12)}-{d(3)}-{d(4)}", f"pallet SSCC 00 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
               f"EAN {dn(13)}", f"hotline short code {R.randint(1000, 9999)}", f"forklift slot +{R.randint(1, 3)} {d(3)} {d(4)}",
               f"DUNS {d(2)}-{d(3)}-{d(4)}", f"access code {d(3)} {d(3)} {d(4)}#"])


def k_floorplan_hall_allocation_nopii():
    b = Builder()
    b.add(ch(["Floorplan notes for the design agency - make this into a clean legend for the PDF:\n\n",
              "Hall allocation (internal). Summarise what changed vs v3:\n\n"]))
    pool = [f"- {h}: {ch(['keynotes', 'partner pavilion', 'startup alley', 'demo pods', 'catering + networking'])}, capacity {R.randint(80, 3000)}" for h in R.sample(HALLS, 5)]
    pool += [f"- {r}: speaker green room" for r in R.sample(PLACE_ROOMS, 2)]
    pool += [f"- Registration desks A-F in the Foyer Brunel, {code_like_phone()}",
             f"- {ch(PRODUCTS)} demo pod moved from stand C-{R.randint(100, 499)} to D-{R.randint(100, 499)}",
             f"- {ch(AWARDS).capitalize()} ceremony stage rigging: truss height 7.5 m",
             "- Freight door 3 closes at 06:30 on build-up day", f"- Wi-Fi SSID EXPO-GUEST, VLAN {R.randint(100, 999)}",
             f"- Lost property: Nightingale Room, {code_like_phone()}"]
    for ln in pick_lines(pool, 5, 8):
        b.add(ln, "\n")
    return b, "en"


def k_session_track_grid_nopii():
    b = Builder()
    b.add("| Time | " + " | ".join(R.sample(HALLS + PLACE_ROOMS, 3)) + " |\n|---|---|---|---|\n")
    topics = ["Opening keynote", "Lead scoring that sales trusts", f"Hands-on: {ch(PRODUCTS)}", "Partner MDF clinic",
              "Lunch (Hopper Terrace)", "Panel: booth vs. dinner", f"Roadmap: {ch(PRODUCTS)} v{R.randint(3, 9)}.{R.randint(0, 9)}",
              "Women in Sales breakfast (Lovelace Circle)", "Closing: the Babbage Trophy reveal", "Workshop: ABM at scale",
              "Office hours", "Coffee", f"Case study: {ch(COMPETITORS)} migration", "Fireside chat", "Networking drinks"]
    for _ in range(R.randint(4, 6)):
        b.add(f"| {hhmm()} | " + " | ".join(R.sample(topics, 3)) + " |\n")
    b.add(ch(["\nConvert to an attendee-facing agenda in plain text, grouped by room.", "\nspot any clashes? same topic twice?"]))
    return b, "en"


def k_product_lineup_person_named_nopii():
    b = Builder()
    b.add(ch(["Write booth signage copy (max 12 words each) for this line-up:\n\n", "Naming check: do any of these clash with competitors?\n\n"]))
    pool = [f"{p} - {ch(['captures leads offline', 'prints badges in 4 s', 'routes leads to reps', 'scores visitors live', 'answers FAQs at the kiosk'])}"
            for p in R.sample(PRODUCTS, 5)]
    pool += [f"Competitor: {x}" for x in R.sample(COMPETITORS, 3)]
    pool += ["Mascot: 'Max the Badger' (costume, booth only)", "Robot greeter: Pepper, rented", "Espresso bar sponsor: Bruno Caffè",
             f"Prize draw: Leo Badge Printer v{R.randint(2, 5)}.{R.randint(0, 9)}", "Tagline: Meet Ada. She never forgets a lead."]
    for ln in pick_lines(pool, 5, 8):
        b.add("- ", ln, "\n")
    return b, "en"


def k_sponsorship_tier_prospectus_nopii():
    b = Builder()
    tiers = [("Platinum", 45000), ("Gold", 25000), ("Silver", 12000), ("Bronze", 6000), ("Startup", 1500)]
    b.add(f"{ch(EVENTS)} - sponsorship prospectus (draft)\n\n")
    for t, price in R.sample(tiers, R.randint(3, 5)):
        perks = R.sample([f"naming of the {ch(HALLS)}", f"logo on {ch(AWARDS)} backdrop", "3x3 m stand", "6x6 m island stand",
                          "2 speaking slots", "lead retrieval licences x4", "VIP dinner seats x2", "newsletter feature",
                          f"branded lanyards (Pantone {R.randint(100, 7999)} C)", "push notification in app", "coffee cart branding"], 3)
        b.add(f"**{t}** - EUR {price:,} - " + "; ".join(perks) + "\n")
    b.add(f"\nEarly-bird until end of Q{R.randint(1, 4)}. Reference code SPN-{d(3)}-{d(4)}.\n")
    b.add(ch(["Rewrite in a more persuasive tone.", "Make a comparison table.", "Translate to German, keep tier names in English."]))
    return b, "en"


def k_badge_template_placeholder_check_nopii():
    b = Builder()
    b.add("Badge template QA - the printer output looks wrong, what's broken?\n\n```\n")
    pool = ["{{FIRST_NAME|upper}}", "{{last_name}}", "{{company_name}}", "{{job_title|truncate:28}}", "QR: {{lead_id}}",
            "Ribbon: {{ribbon_type}}  (SPEAKER / PRESS / STAFF / EXHIBITOR)", "FIRSTNAME LASTNAME", "Company Name Here",
            "Track colour: Lovelace = purple, Hopper = teal", "Font: Inter Bold 34pt / Regular 18pt",
            f"Stock: 4x6 in, printer profile LBP-{d(3)}", "{{#if vip}}VIP{{/if}}", "Fallback text: Guest"]
    for ln in pick_lines(pool, 6, 9):
        b.add(ln, "\n")
    b.add("```\n", ch(["Printed badges show literally 'FIRSTNAME LASTNAME'.", "The ribbon field prints 'None'.",
                      "Names overflow on the Leo Badge Printer."]))
    return b, "en"


def k_de_messe_logistik_hinweise_nopii():
    b = Builder()
    b.add(ch(["Ausstellerinfo Logistik – bitte in verständliches Englisch übersetzen:\n\n", "Kürze das bitte auf die 5 wichtigsten Punkte:\n\n"]))
    pool = [f"Anlieferung über Tor {R.randint(1, 30)}, Zeitfenster {hhmm()}–{hhmm()}, Einfahrtscode {d(4)}",
            f"Halle {R.randint(1, 27)}: Hallenhöhe {R.randint(5, 14)} m, Bodenlast {R.randint(2, 8)} t/m²",
            "Der Goethe-Saal ist während des Aufbaus gesperrt.", "Gabelstapler nur über den Messe-Spediteur buchbar.",
            f"Ausstellerausweise an der Info-Theke Nord, Bestellnr. beginnt mit AUS-{d(4)}",
            "Leergut-Lager im Untergeschoss, Zugang über Aufzug B", f"Stromanschluss 16 A / 32 A, Artikel {d(3)}-{d(3)}-{d(4)}",
            "Der Ada-Lovelace-Saal wird ab 18 Uhr für die Abendveranstaltung umgebaut.",
            "Rauchverbot in allen Hallen; Raucherbereich am Ausgang West.", f"Notruf Hallenwache: interne Kurzwahl {R.randint(100, 999)}",
            "Abbau frühestens Donnerstag 16:00 Uhr."]
    for ln in pick_lines(pool, 5, 8):
        b.add("• ", ln, "\n")
    return b, "de"


def k_es_agenda_congreso_salas_nopii():
    b = Builder()
    b.add(ch(["Agenda del congreso – conviértela en una tabla limpia:\n\n", "Revisa que no haya solapes en esta agenda:\n\n"]))
    salas = ["Sala Cervantes", "Auditorio Picasso", "Sala Clara Campoamor", "Sala Lorca", "Espacio Goya", "Sala Sevilla"]
    temas = ["Inauguración", "Mesa redonda: eventos híbridos", f"Taller práctico {ch(PRODUCTS)}", "Café y networking",
             "Ponencia: ROI de ferias", "Entrega del Premio Hopper", "Almuerzo", "Casos de éxito", "Clausura",
             f"Demo en directo ({ch(COMPETITORS)} vs. Veridian)"]
    for _ in range(R.randint(4, 7)):
        b.add(f"{hhmm()} – {ch(salas)} – {ch(temas)}\n")
    b.add(f"\nCódigo de inscripción para grupos: GRP-{d(3)}-{d(3)}-{d(3)}\n")
    return b, "es"


def k_fr_plan_salon_stands_nopii():
    b = Builder()
    b.add(ch(["Plan du salon – peux-tu en faire une légende claire ?\n\n", "Liste des stands à vérifier avant impression :\n\n"]))
    pool = [f"Allée Simone Veil : stands {ch('ABC')}{R.randint(1, 40)} à {ch('ABC')}{R.randint(41, 90)}",
            "Salle Marie Curie : conférences plénières", "Espace Pasteur : village start-up", "Salle Colette : ateliers",
            f"Stand {ch(PRODUCTS)} : îlot 6x6, hauteur max 4 m", "Vestiaire : niveau -1, près de l'escalier Eiffel",
            f"Réf. commande mobilier : MOB-{d(2)} {d(2)} {d(2)} {d(2)} {d(2)}", "Remise du Prix Curie de l'Innovation à 18h",
            "Le Salon Lisboa est réservé aux rendez-vous d'affaires.", "Wi-Fi : réseau SALON-EXPOSANTS"]
    for ln in pick_lines(pool, 5, 8):
        b.add("- ", ln, "\n")
    return b, "fr"


def k_pt_br_kit_patrocinio_nopii():
    b = Builder()
    b.add(ch(["Kit de patrocínio – deixa o texto mais vendedor:\n\n", "Revisa esse kit, tem coisa repetida:\n\n"]))
    pool = ["Cota Diamante: naming do Salão Machado de Assis + 4 palestras", "Cota Ouro: estande 6x3 no Pavilhão Azul",
            "Cota Prata: logo no painel do Prêmio Lovelace", f"Brinde oficial: garrafinha {ch(['Clara', 'Frida', 'Otto'])} 500 ml",
            f"Credenciamento com leitor {ch(PRODUCTS)}", f"Código da proposta: PRP-{d(4)}-{d(4)}",
            "Happy hour no Espaço Tom Jobim", "Ativação: cabine de fotos 'Ada Selfie'", "Cota Startup: mesa no Corredor Santos Dumont"]
    for ln in pick_lines(pool, 4, 7):
        b.add("• ", ln, "\n")
    return b, "pt"


def k_ja_booth_setsuei_manual_nopii():
    b = Builder()
    b.add(ch(["出展者マニュアルの抜粋です。英語に翻訳してください。\n\n", "ブース設営の注意点を3行で要約してください。\n\n"]))
    pool = [f"搬入口：{R.randint(1, 12)}番ゲート（{hhmm()}〜{hhmm()}）", "グレース・ホッパー・ホールは講演専用です。",
            f"小間番号：{ch('ABC')}-{R.randint(1, 99):02d}", f"電源申込番号：{d(3)}-{d(4)}-{d(4)}",
            "Ada Scan のレンタル端末は受付カウンターでお渡しします。", "ラブレース・ラウンジで商談可能（予約制）",
            "床荷重：1平方メートルあたり500kgまで", "高さ制限：2.7m（角小間は4m）", "搬出は最終日17時以降"]
    for ln in pick_lines(pool, 4, 7):
        b.add("・", ln, "\n")
    return b, "ja"


def k_event_app_release_notes_nopii():
    b = Builder()
    v = f"{R.randint(3, 6)}.{R.randint(0, 20)}.{R.randint(0, 9)}"
    b.add(f"Release notes - EventApp {v} (build {R.randint(2024, 2025)}.{R.randint(1, 12)}.{d(4)})\n\n")
    pool = ["Fixed: badge QR not scanning on Android 14", f"New: {ch(PRODUCTS)} integration (beta)", "Changed: session cards now show room name (e.g. Hedy Lamarr Room)",
            f"Fixed: crash when opening the {ch(AWARDS)[4:]} voting screen", "Improved: offline sync for lead notes",
            f"Deprecated: API v{R.randint(1, 2)} endpoints /leads/export", f"Security: upgraded TLS library to {R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 20)}",
            "Known issue: push notifications delayed on iOS 17.2", f"Performance: cold start {R.randint(20, 60)}% faster",
            f"Support hotline short code {R.randint(1000, 9999)} now shown in-app"]
    for ln in pick_lines(pool, 4, 7):
        b.add("* ", ln, "\n")
    b.add(ch(["\nWrite a customer-friendly 'What's new' post.", "\nturn into app store release text (max 170 chars)"]))
    return b, "en"


def k_award_judging_rubric_named_nopii():
    b = Builder()
    b.add(ch(["Judging rubric for this year's awards - make it consistent and add a 1-5 scale description:\n\n",
              "Can you tidy this rubric and spot overlapping criteria?\n\n"]))
    for aw in R.sample(AWARDS, R.randint(2, 4)):
        crit = R.sample(["measurable pipeline impact", "creativity of the activation", "partner involvement", "attendee NPS",
                         "sustainability of the booth build", "use of data after the event", "team size vs. results"], 3)
        b.add(f"{aw[4:] if aw.startswith('the ') else aw}: " + ", ".join(crit) + f" (weight {R.randint(10, 40)}%)\n")
    b.add(f"\nShortlist announced on stage in the {ch(HALLS)}; ballot ref BAL-{d(3)}-{d(4)}.\n")
    return b, "en"


def k_lead_score_rules_yaml_nopii():
    b = Builder()
    b.add("Review this lead scoring config - are the weights sensible for trade-show leads?\n\n```yaml\nscoring:\n")
    rules = [("badge_scanned", R.randint(5, 20)), ("attended_session", R.randint(5, 15)), ("visited_demo_pod", R.randint(10, 30)),
             ("job_title_contains: [VP, Head, Director]", R.randint(10, 25)), ("company_size_gt: 500", R.randint(5, 15)),
             ("email_domain_freemail", -R.randint(10, 30)), ("country_in_blocklist", -100), ("downloaded: Hopper-Playbook.pdf", R.randint(5, 15)),
             ("asked_for: pricing", R.randint(20, 40)), ("competitor_user: Marcus Analytics", R.randint(5, 20))]
    for k, v in R.sample(rules, R.randint(5, 8)):
        b.add(f"  - rule: \"{k}\"\n    points: {v}\n")
    b.add(f"thresholds:\n  mql: {R.randint(30, 60)}\n  sql: {R.randint(61, 90)}\nowner_queue: \"field-sdr-{R.randint(1, 4)}\"\nversion: {R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(0, 9)}\n```\n")
    return b, "en"


def k_nl_beursstand_checklist_nopii():
    b = Builder()
    b.add(ch(["Checklist beursstand – kun je dit logisch ordenen?\n\n", "Maak hier een printbare afvinklijst van:\n\n"]))
    pool = ["Banners ophalen bij drukkerij (ordernr. " + f"{d(2)}-{d(4)}-{d(4)})", "Rembrandtzaal: stoelen in theateropstelling",
            f"{ch(PRODUCTS)} demo-tablets opladen", "Stroomaansluiting 3x16A bestellen", "Koffiemachine huren (Douwe-pakket)",
            "Standbouw klaar woensdag 18:00", "Giveaways: sokken met logo, 500 stuks", "Van Goghzaal niet meer beschikbaar",
            f"Wifi-code stand: {d(4)}-{d(4)}", "Leadscanners activeren via portal"]
    for ln in pick_lines(pool, 5, 8):
        b.add("[ ] ", ln, "\n")
    return b, "nl"


def k_it_menu_cena_gala_nopii():
    b = Builder()
    b.add(ch(["Menù della cena di gala – traducilo in inglese per gli ospiti:\n\n", "Controlla gli allergeni di questo menù:\n\n"]))
    pool = ["Aperitivo: Bellini e Spritz", "Carpaccio di manzo con rucola", "Risotto alla milanese", "Tournedos Rossini",
            "Pizza Margherita (per il tavolo bambini)", "Pesche Melba", "Tiramisù della casa", "Insalata caprese",
            "Vitello tonnato", "Caffè e amari", "Vino: Rosso Conti 2019", "Sala Leonardo, tavoli Hopper e Lovelace"]
    for ln in pick_lines(pool, 5, 8):
        b.add("– ", ln, "\n")
    return b, "it"


def k_pl_harmonogram_targow_nopii():
    b = Builder()
    b.add(ch(["Harmonogram targów – zrób z tego tabelę:\n\n", "Sprawdź, czy nic się nie nakłada:\n\n"]))
    pool = [f"{hhmm()} Otwarcie, Sala Chopina", f"{hhmm()} Panel: leady po targach, Sala Skłodowskiej", f"{hhmm()} Warsztat {ch(PRODUCTS)}",
            f"{hhmm()} Przerwa kawowa (stoisko {ch('ABC')}{R.randint(1, 60)})", f"{hhmm()} Gala nagrody Hopper Award",
            f"{hhmm()} Networking, Foyer Kopernik", f"Numer zamówienia stoiska: ZAM/{d(4)}/{d(3)}/{d(2)}",
            "Parking dla wystawców: brama nr 4"]
    for ln in pick_lines(pool, 5, 8):
        b.add(ln, "\n")
    return b, "pl"


def k_crm_picklist_values_nopii():
    b = Builder()
    b.add("Clean up these CRM picklist values (dedupe, consistent case) - lead source field:\n\n")
    pool = ["Trade Show - Booth", "trade show booth", "Webinar - Live", "Webinar (on-demand)", "Hopper Award Gala",
            "Partner Referral", "partner-referral", "Roadshow", "Field Event - Dinner", "Lovelace Circle Meetup", "Paid Social",
            "Organic Search", "Badge Scan (Ada Scan)", "Badge Scan - Ada", "Event - Curie Breakfast", "Content Syndication"]
    for ln in pick_lines(pool, 7, 11):
        b.add(ln, "\n")
    return b, "en"


def k_tr_lansman_slogan_nopii():
    b = Builder()
    b.add(ch(["Lansman için slogan önerileri – en iyi 3'ü seç ve nedenini yaz:\n\n", "Bu sloganları daha akıcı hale getir:\n\n"]))
    pool = [f"{ch(PRODUCTS)} ile fuardan ofise tek tık", "Ada Scan: Hiçbir lead kaybolmasın", "Marvin Kiosk – stantta 7/24 asistan",
            "Her ziyaretçi bir fırsat", "Lovelace Analytics ile veriye dayalı fuar", f"Kampanya kodu: FUAR{R.randint(10, 99)}-{d(4)}",
            "Hopper Ödülü'ne aday stant deneyimi", "Kartvizit devri bitti"]
    for ln in pick_lines(pool, 4, 7):
        b.add("- ", ln, "\n")
    return b, "tr"

# ===================================================================================================
# registry, output, self-check
# ===================================================================================================
REGISTRY = [
    # English (and multilingual) PII kinds
    ("lead_scanner_export_csv", k_lead_scanner_export_csv, 7),
    ("booth_staff_rota_md", k_booth_staff_rota_md, 6),
    ("speaker_bio_shorten_ask", k_speaker_bio_shorten_ask, 6),
    ("session_abstract_panel", k_session_abstract_panel, 5),
    ("webinar_attendance_report_tsv", k_webinar_attendance_report_tsv, 6),
    ("hotel_rooming_list", k_hotel_rooming_list, 6),
    ("travel_itinerary_paste", k_travel_itinerary_paste, 5),
    ("visa_invitation_letter_event", k_visa_invitation_letter_event, 5),
    ("sponsor_contract_notices_clause", k_sponsor_contract_notices_clause, 5),
    ("vip_dinner_guestlist_dietary", k_vip_dinner_guestlist_dietary, 5),
    ("sales_call_notes_rep", k_sales_call_notes_rep, 6),
    ("crm_activity_timeline_b2b", k_crm_activity_timeline_b2b, 5),
    ("meeting_transcript_speaker_labels", k_meeting_transcript_speaker_labels, 5),
    ("calendar_invite_outlook_paste", k_calendar_invite_outlook_paste, 5),
    ("business_card_ocr_scan", k_business_card_ocr_scan, 14),
    ("reseller_directory_listing", k_reseller_directory_listing, 5),
    ("linkedin_outreach_draft_ask", k_linkedin_outreach_draft_ask, 5),
    ("followup_sequence_email_steps", k_followup_sequence_email_steps, 4),
    ("territory_assignment_memo", k_territory_assignment_memo, 4),
    ("win_loss_interview_notes", k_win_loss_interview_notes, 4),
    ("procurement_questionnaire_vendor", k_procurement_questionnaire_vendor, 5),
    ("seating_plan_gala_tables", k_seating_plan_gala_tables, 4),
    ("exhibitor_booth_payment_card", k_exhibitor_booth_payment_card, 5),
    ("keynote_fee_payee_tin_email", k_keynote_fee_payee_tin_email, 5),
    ("event_app_login_audit", k_event_app_login_audit, 5),
    ("roadshow_city_schedule", k_roadshow_city_schedule, 4),
    ("exec_briefing_visitor_pack", k_exec_briefing_visitor_pack, 5),
    ("award_nomination_form_submission", k_award_nomination_form_submission, 4),
    ("in_channel_partner_kyc", k_in_channel_partner_kyc, 3),
    ("ng_distributor_onboarding_email", k_ng_distributor_onboarding_email, 4),
    ("za_partner_summit_rsvp", k_za_partner_summit_rsvp, 3),
    ("ae_hotel_block_confirmation", k_ae_hotel_block_confirmation, 4),
    # non-English PII kinds
    ("es_lista_acreditaciones_prensa", k_es_lista_acreditaciones_prensa, 6),
    ("es_notas_llamada_preventa", k_es_notas_llamada_preventa, 5),
    ("mx_invitacion_evento_clientes", k_mx_invitacion_evento_clientes, 5),
    ("pt_br_exportacao_leads_feira", k_pt_br_exportacao_leads_feira, 6),
    ("pt_br_ata_reuniao_parceiro", k_pt_br_ata_reuniao_parceiro, 5),
    ("pt_pt_lista_quartos_hotel", k_pt_pt_lista_quartos_hotel, 4),
    ("de_messe_standdienstplan", k_de_messe_standdienstplan, 5),
    ("de_gespraechsnotiz_vertrieb", k_de_gespraechsnotiz_vertrieb, 6),
    ("de_sponsorvertrag_mitteilungen", k_de_sponsorvertrag_mitteilungen, 4),
    ("fr_liste_invites_diner_vip", k_fr_liste_invites_diner_vip, 5),
    ("fr_compte_rendu_salon_prospects", k_fr_compte_rendu_salon_prospects, 5),
    ("it_registro_presenze_workshop", k_it_registro_presenze_workshop, 5),
    ("it_email_followup_fiera", k_it_email_followup_fiera, 5),
    ("nl_partnerdag_aanmeldingen", k_nl_partnerdag_aanmeldingen, 5),
    ("nl_belnotitie_accountmanager", k_nl_belnotitie_accountmanager, 5),
    ("pl_lista_uczestnikow_konferencji", k_pl_lista_uczestnikow_konferencji, 5),
    ("pl_mail_zaproszenie_vip", k_pl_mail_zaproszenie_vip, 5),
    ("ja_kaigi_sankasha_meibo", k_ja_kaigi_sankasha_meibo, 5),
    ("ja_romaji_meeting_memo", k_ja_romaji_meeting_memo, 4),
    ("ko_semina_chamseokja", k_ko_semina_chamseokja, 4),
    ("id_undangan_peluncuran_produk", k_id_undangan_peluncuran_produk, 5),
    ("tr_fuar_ziyaretci_notlari", k_tr_fuar_ziyaretci_notlari, 5),
    ("vi_danh_sach_khach_moi_hoi_thao", k_vi_danh_sach_khach_moi_hoi_thao, 4),
    ("hu_konferencia_eloadok_nevsor", k_hu_konferencia_eloadok_nevsor, 4),
    ("ar_arabizi_expo_whatsapp", k_ar_arabizi_expo_whatsapp, 4),
    ("th_roadshow_line_chat", k_th_roadshow_line_chat, 4),
    ("zh_jingxiaoshang_huiyi_jiyao", k_zh_jingxiaoshang_huiyi_jiyao, 4),
    # no-PII traps
    ("floorplan_hall_allocation_nopii", k_floorplan_hall_allocation_nopii, 7),
    ("session_track_grid_nopii", k_session_track_grid_nopii, 6),
    ("product_lineup_person_named_nopii", k_product_lineup_person_named_nopii, 6),
    ("sponsorship_tier_prospectus_nopii", k_sponsorship_tier_prospectus_nopii, 6),
    ("badge_template_placeholder_check_nopii", k_badge_template_placeholder_check_nopii, 6),
    ("de_messe_logistik_hinweise_nopii", k_de_messe_logistik_hinweise_nopii, 6),
    ("es_agenda_congreso_salas_nopii", k_es_agenda_congreso_salas_nopii, 6),
    ("fr_plan_salon_stands_nopii", k_fr_plan_salon_stands_nopii, 6),
    ("pt_br_kit_patrocinio_nopii", k_pt_br_kit_patrocinio_nopii, 6),
    ("ja_booth_setsuei_manual_nopii", k_ja_booth_setsuei_manual_nopii, 6),
    ("event_app_release_notes_nopii", k_event_app_release_notes_nopii, 6),
    ("award_judging_rubric_named_nopii", k_award_judging_rubric_named_nopii, 6),
    ("lead_score_rules_yaml_nopii", k_lead_score_rules_yaml_nopii, 5),
    ("nl_beursstand_checklist_nopii", k_nl_beursstand_checklist_nopii, 6),
    ("it_menu_cena_gala_nopii", k_it_menu_cena_gala_nopii, 6),
    ("pl_harmonogram_targow_nopii", k_pl_harmonogram_targow_nopii, 6),
    ("crm_picklist_values_nopii", k_crm_picklist_values_nopii, 5),
    ("tr_lansman_slogan_nopii", k_tr_lansman_slogan_nopii, 6),
]

LEAD_BAD = set(" \t\n\r,;:!?.)]}\"'»」）、。")
TRAIL_BAD = set(" \t\n\r,;:!?([{\"'«「（、。-/")


def edge_ok(s):
    if not s or s[0] in LEAD_BAD or s[-1] in TRAIL_BAD:
        return False
    if s.endswith(")") and "(" not in s:
        return False
    if s.endswith("."):
        # only abbreviations that belong to the value: initials, Jr., N.L., Bldg., etc.
        if not re.search(r"(\b[A-ZÀ-Ý]\.|Jr\.|Sr\.|Bldg\.|em\.|Ltd\.|St\.)$", s):
            return False
    return True


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    samples = []
    for kind, fn, n in REGISTRY:
        for _ in range(n):
            b, lang = fn()
            samples.append({"kind": kind, "lang": lang, "text": b.text(), "spans": b.spans})
    R.shuffle(samples)
    rows = []
    for i, s in enumerate(samples, 1):
        rows.append({"id": f"hard35-{i}", "kind": s["kind"], "lang": s["lang"], "text": s["text"], "spans": s["spans"]})

    # ------------------------------------------------------------------ self-check
    errors = []
    ids = set()
    for r in rows:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        t = r["text"]
        last_end = -1
        for sp in sorted(r["spans"], key=lambda x: (x["start"], x["end"])):
            if not (0 <= sp["start"] < sp["end"] <= len(t)):
                errors.append(f"{r['id']}: span outside text {sp}")
                continue
            if sp["start"] < last_end:
                errors.append(f"{r['id']}: overlapping spans at {sp}")
            last_end = max(last_end, sp["end"])
            v = t[sp["start"]:sp["end"]]
            if not edge_ok(v):
                errors.append(f"{r['id']}: bad span edge {sp['type']} {v!r}")
            if sp["type"] == "IBAN_CODE" and not iban_ok(v):
                errors.append(f"{r['id']}: IBAN check digits {v!r}")
            if sp["type"] == "CREDIT_CARD" and not luhn_ok(v):
                errors.append(f"{r['id']}: Luhn {v!r}")
            if sp["type"] == "US_SSN":
                dg = re.sub(r"\D", "", v)
                a, g, s_ = int(dg[:3]), int(dg[3:5]), int(dg[5:])
                if len(dg) != 9 or a == 0 or a == 666 or a >= 900 or g == 0 or s_ == 0:
                    errors.append(f"{r['id']}: SSN range {v!r}")
            if sp["type"] == "PERSON" and re.search(r"\d|@", v):
                errors.append(f"{r['id']}: odd PERSON {v!r}")
            if sp["type"] == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v):
                errors.append(f"{r['id']}: odd email {v!r}")
        if r["kind"].endswith("_nopii") and r["spans"]:
            errors.append(f"{r['id']}: nopii sample has spans")
        if not r["kind"].endswith("_nopii") and not r["spans"]:
            errors.append(f"{r['id']}: PII kind without spans")
    kinds = Counter(r["kind"] for r in rows)
    for k, c in kinds.items():
        if c < 3:
            errors.append(f"kind {k} has only {c} samples")
    used_path = "/work/briefs/used_kinds.txt"
    if os.path.exists(used_path):
        used = {x.strip() for x in open(used_path, encoding="utf-8") if x.strip()}
        for k in kinds:
            if k in used:
                errors.append(f"kind {k} already used by an earlier set")

    with open(os.path.join(out_dir, "hard35.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    types = Counter(sp["type"] for r in rows for sp in r["spans"])
    langs = Counter(r["lang"] for r in rows)
    nopii = sum(1 for r in rows if r["kind"].endswith("_nopii"))
    non_en = sum(1 for r in rows if r["lang"] != "en")
    print(f"samples: {len(rows)}  kinds: {len(kinds)}  nopii: {nopii} ({nopii / len(rows):.1%})  "
          f"non-English: {non_en} ({non_en / len(rows):.1%})")
    print("spans per type:")
    for k, v in types.most_common():
        print(f"  {k:15s} {v}")
    print("samples per language:")
    for k, v in langs.most_common():
        print(f"  {k:4s} {v}")
    print("samples per kind:")
    for k, v in sorted(kinds.items()):
        print(f"  {k:42s} {v}")
    if len(rows) != 400:
        errors.append(f"expected 400 samples, got {len(rows)}")
    if len(kinds) < 60:
        errors.append("fewer than 60 kinds")
    if nopii < 0.2 * len(rows):
        errors.append("fewer than 20% nopii")
    if non_en < 0.35 * len(rows):
        errors.append("fewer than 35% non-English")
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems):")
        for e in errors[:60]:
            print("  ", e)
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
