#!/usr/bin/env python3
"""
gen_hard36.py -- blind PII evaluation set "hard36": social media, community and the voice of the customer.

Deterministic (seed 36036), standard library only.  Writes hard36.jsonl next to this script and prints a
self-check.  Every span is recorded while the text is built (class B appends literal and labelled pieces);
nothing is ever located by searching the finished text.

Labelling decisions taken beyond the common brief
-------------------------------------------------
* Handles / usernames (@maria.lopez92, u/gymrat, Discord tags, Telegram @user) are never PERSON, even when
  they are just a name.  Display names that are a person's name ARE PERSON ("Maria Lopez 🌸" -> "Maria Lopez",
  the emoji stays outside).  Display names that are not names ("Coffee Lover ☕", "Mama Bear") are not labelled.
* Hashtags are never labelled, even when they contain a name (#TeamMaria, #JusticeForKev).  @mentions of brands
  are not labelled; @mentions of people are handles and not labelled either.
* Titles, honorifics and kinship honorifics are outside the span: Mr, Ms, Dr, Sr./Sra., Dona, Seu, Herr, Frau,
  Mme, M., pani, pan, Bey, Hanım, Abla, Abi, Pak, Bu, Mbak, Mas, Kak, Ate, Kuya, Tita, anh, chị, em, cô, chú,
  ostaz, ya, 3amo.  The Tagalog markers si/ni/kay are outside too.
* Case endings are inside the span: Polish declined forms (Agnieszce, Kowalskiej, Piotrem), Turkish suffixes after
  the apostrophe (Ayşe'ye, Mehmet'in), fused German/Swedish genitive -s (Lenas, Annas).  The English/Dutch clitic
  possessive "'s" is outside (Kai's -> "Kai").
* Names written in lower case, ALL CAPS, with stretched letters ("rustyyyy"), with typos ("Magaret" next to
  "Margaret"), Arabizi digit spellings ("Sa3ed", "A7med") and nicknames/diminutives that stand for a person (Zé,
  Kasia, Kuba, Tião, Lupita) are PERSON.  Display names such as "Jess K." keep the initial and its period.
* Place names follow the same case rule: Polish declined towns ("do Krakowa" -> "Krakowa") and Turkish
  apostrophe suffixes ("Kocaeli'de") are inside the LOCATION span.
* Real public figures (singers, footballers, actors) are PERSON, stage names included (Anitta, Bad Bunny).
  Fictional characters (Elsa, Shrek, Ted Lasso, Barbie, Mônica, Keloğlan, Nijntje, Si Unyil, Darna, Pippi),
  mascots, brands and products named after people (Ben & Jerry's, Wendy's, Dr. Martens, Tia Maria, Alexa, the
  BILLY bookcase), pets, plants, boats and rooms named like people are NOT labelled.
* Staff named in reviews ("ask for Diego!"), family members ("my son Kai") are PERSON.
* Contacts written to dodge filters ("zero seven nine one one ...", "jess dot k at gmail dot com", spaced digits)
  are labelled with their real type; the span covers the whole obfuscated value.  Masked values
  (****4821, +44 7*** ***123, j***@gmail.com) are not labelled.
* A phone number that is the sender slot of a WhatsApp export line is PHONE_NUMBER.
* A brand's generic mailbox (communaute@...) is still EMAIL_ADDRESS.  Staff/agent names in chat exports and
  sign-offs are PERSON.  Bot names ("Sofi, tu asistente virtual", "Jasper, our in-app assistant") are not.
* Some generated details are deliberately loose (a Guadalajara address with a Mexico City mobile prefix, a
  display name that differs from the legal name) -- that is how real exports look; labels do not depend on it.
* LOCATION = a town, region or country standing alone, including CSV/table cells such as "country: Brazil".
  Place words inside organisation, brand, product, store or event names ("Malibu", "Café de Paris", "Berlin"
  sofa, "Hotel Lisboa") are not labelled; nationalities and languages are not labelled.
* A street with number plus town is STREET_ADDRESS (one span, newlines inside for multi-line blocks).  The country
  is included when it is the last line/element of the address.  A bare district/town after an address but
  separated by a sentence is LOCATION.
* National IDs other than US SSN (CPF, NIK, TC kimlik, PESEL, DNI, BSN, Aadhaar, CURP) appear as traps and are not
  labelled; order numbers, ticket ids, dates, URLs, short codes (text WIN to 72345), SKUs and version strings are
  not labelled.
* IBANs are generated with valid mod-97 check digits, cards with valid Luhn, SSNs in valid ranges.
"""
import json, os, random, re, string, sys, unicodedata
from collections import Counter

R = random.Random(36036)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard36.jsonl")

def pick(seq):
    return R.choice(seq)

def chance(p):
    return R.random() < p

def dg(n, first=None):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first is not None:
        s = first + s[1:]
    return s

# ----------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self._decks = {}

    def __call__(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                typ, val = p
                self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val)})
                self._a(val)
            else:
                self._a(p)
        return self

    def pickr(self, n):
        """draw 0..n-1 without repetition inside one sample (refills when exhausted)"""
        d = self._decks.setdefault(n, [])
        if not d:
            d.extend(range(n)); R.shuffle(d)
        return d.pop()

    def _a(self, t):
        self.buf.append(t)
        self.n += len(t)

    def text(self):
        return "".join(self.buf)

def P(v): return ("PERSON", v)
def A(v): return ("STREET_ADDRESS", v)
def L(v): return ("LOCATION", v)
def PH(v): return ("PHONE_NUMBER", v)
def E(v): return ("EMAIL_ADDRESS", v)
def IP(v): return ("IP_ADDRESS", v)
def IB(v): return ("IBAN_CODE", v)
def CC(v): return ("CREDIT_CARD", v)
def SSN(v): return ("US_SSN", v)

# ----------------------------------------------------------------- names (hand written)
G = {
 "en": ["James", "Olivia", "Marcus", "Hope", "Grace", "Will", "Mark", "Summer", "Hunter", "Rose", "Jade", "Tyler",
        "Brooke", "Dakota", "Faith", "Joy", "Destiny", "Bill", "Frank", "Chase", "Autumn", "Madison", "Jayden",
        "Connor", "Siobhan", "Callum", "Zoe", "Ethan", "Megan", "Kelsey", "Dwayne", "Shanice", "Trevor", "Holly",
        "Ivy", "River", "Sky", "Dawn", "Pearl", "Rusty", "Cliff", "Misty", "Bobbie", "Jess", "Kev", "Nadia"],
 "es": ["María", "José", "Lucía", "Alejandro", "Dolores", "Pilar", "Rocío", "Consuelo", "Luz", "Amparo", "Sol",
        "Paloma", "Javier", "Iker", "Nerea", "Ainhoa", "Guillermo", "Martina", "Santiago", "Valentina", "Camila",
        "Mateo", "Ximena", "Rosa", "Cruz", "Jesús", "Ángel", "Milagros", "Pía", "Fede", "Lupita", "Nacho"],
 "pt": ["João", "Ana", "Thiago", "Larissa", "Gabriela", "Rafael", "Letícia", "Bruno", "Aparecida", "Conceição",
        "Graça", "Vitória", "Felipe", "Caio", "Juliana", "Luana", "Raimundo", "Cida", "Kauã", "Iara", "Jéssica",
        "Wellington", "Gleice", "Rodrigo", "Bia", "Tati", "Duda"],
 "fr": ["Camille", "Léa", "Théo", "Manon", "Hugo", "Chloé", "Inès", "Maxime", "Clément", "Océane", "Rose",
        "Margaux", "Aurélien", "Noël", "Pascal", "Blanche", "Yasmine", "Mathis", "Gaëlle", "Benoît", "Solène",
        "Amandine", "Loïc", "Sylvie", "Fanny"],
 "de": ["Lena", "Leonie", "Lukas", "Hannah", "Felix", "Mia", "Tobias", "Sophie", "Maximilian", "Anke", "Jürgen",
        "Birgit", "Sabine", "Kerstin", "Björn", "Ute", "Heike", "Sören", "Katrin", "Moritz", "Frieda", "Uwe",
        "Dirk", "Svenja", "Emre"],
 "it": ["Giulia", "Francesco", "Chiara", "Alessandro", "Sofia", "Lorenzo", "Martina", "Matteo", "Aurora",
        "Gianluca", "Beatrice", "Federica", "Rosaria", "Carmela", "Salvatore", "Vincenzo", "Ilaria", "Domenico",
        "Serena", "Benedetta", "Fortunato", "Stella", "Gigi", "Tonino"],
 "nl": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Sem", "Noor", "Thijs", "Femke", "Jeroen", "Anouk", "Ruben",
        "Iris", "Pieter", "Maartje", "Joost", "Roos", "Wouter", "Esmee", "Koen", "Sterre", "Lien", "Wout", "Jef"],
 "tr": ["Ayşe", "Mehmet", "Elif", "Burak", "Zeynep", "Emre", "Deniz", "Umut", "Yıldız", "Gül", "Cem", "Oğuz",
        "Selin", "Kaan", "Büşra", "Hakan", "Derya", "Barış", "İpek", "Serkan", "Ece", "Tolga", "Sevgi", "Ozan"],
 "id": ["Budi", "Siti", "Dewi", "Agus", "Rina", "Putri", "Wahyu", "Indah", "Fajar", "Ayu", "Bayu", "Sri",
        "Dinda", "Rizky", "Nur", "Eko", "Wulan", "Bintang", "Tari", "Galih", "Intan", "Mega", "Joko", "Yanti"],
 "tl": ["Juan", "Jun", "Joy", "Princess", "Bea", "Carlo", "Paolo", "Mika", "Angelica", "Kristine", "Jomar", "Rhea",
        "Lovely", "Mylene", "Jericho", "Rowena", "Bong", "Dindo", "Ricky", "Janelle", "Honey", "Cherry", "Marites"],
 "vi": ["Lan", "Tuấn", "Hương", "Minh", "Linh", "Hùng", "Thảo", "Dũng", "Ngọc", "Trang", "Phúc", "Mai", "Khánh",
        "Huy", "Quỳnh", "Bảo", "Vy", "Long", "Hải", "Hoa"],
 "pl": ["Agnieszka", "Katarzyna", "Piotr", "Tomasz", "Magdalena", "Krzysztof", "Zofia", "Jakub", "Marta",
        "Wojciech", "Ewa", "Łukasz", "Bartosz", "Małgorzata", "Dorota", "Paweł", "Joanna", "Michał", "Kinga"],
 "sv": ["Anna", "Erik", "Linnea", "Oskar", "Elin", "Johan", "Maja", "Gustav", "Sara", "Nils", "Ebba", "Lars",
        "Astrid", "Axel", "Saga", "Vera", "Björn", "Ingrid", "Hugo", "Tove", "Sven", "Liv"],
 "ar": ["Ahmed", "Mohamed", "Youssef", "Mariam", "Nour", "Omar", "Salma", "Khaled", "Hana", "Karim", "Yasmine",
        "Amr", "Rania", "Mostafa", "Hamza", "Amine", "Imane", "Layla", "Tarek", "Reem", "Sara", "Walid"],
 "ng": ["Chinedu", "Ngozi", "Tunde", "Aisha", "Emeka", "Funmilayo", "Olumide", "Chiamaka", "Ifeoma", "Babajide",
        "Blessing", "Precious", "Godwin", "Adaeze", "Yusuf", "Sunday", "Patience"],
 "in": ["Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram", "Kavya", "Rohan", "Pooja", "Aditya", "Neha",
        "Karan", "Divya", "Siddharth", "Ishita", "Manish", "Deepika", "Sunil"],
}
S = {
 "en": ["Smith", "Baker", "Cook", "Young", "King", "Moon", "Brown", "White", "Black", "Green", "Walker", "Hunter",
        "Fisher", "Little", "Long", "Wise", "Sweet", "Day", "Rich", "Bell", "Okafor", "Patel", "Nguyen", "O'Brien",
        "MacLeod", "Jenkins", "Hughes", "Price", "Reyes", "Washington", "Sterling", "Booker", "Gold", "Frost",
        "Winter", "Lamb", "Parsons", "Rowe", "Kowalczyk", "Fitzgerald"],
 "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Blanco", "Flores", "Rubio", "Moreno", "Castillo",
        "Iglesias", "Prieto", "Cordero", "Campos", "Delgado", "Ortega", "Soto", "Navarro", "Peña", "Ríos",
        "Barrios", "del Valle", "de la Fuente", "Montes", "Lobo", "Cabello", "Gallego", "Toro", "Paz"],
 "pt": ["Silva", "Souza", "Oliveira", "Santos", "Pereira", "Lima", "Carvalho", "Rocha", "Ferreira", "Barbosa",
        "Costa", "Ribeiro", "Almeida", "Nascimento", "Araújo", "Cardoso", "Pinheiro", "Coelho", "Leão", "Moura",
        "Fonseca", "Bezerra", "Campos", "Pinto"],
 "fr": ["Martin", "Bernard", "Dubois", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Roux", "Fournier",
        "Girard", "Boulanger", "Marchand", "Chevalier", "Lemaire", "Fontaine", "Legrand", "Meunier", "Rousseau",
        "Vidal", "Benali", "Tremblay", "Gagnon", "Côté"],
 "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer",
        "Koch", "Richter", "Wolf", "Fuchs", "Vogel", "Krüger", "Braun", "Hartmann", "Lange", "Schwarz",
        "Zimmermann", "Brandt", "Huber", "Gruber", "Keller"],
 "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
        "Fontana", "Santoro", "Leone", "Pace"],
 "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        "de Wit", "Peeters", "Janssens", "Maes", "Claes", "De Smet", "Vermeulen"],
 "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldırım", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç",
        "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özdemir", "Polat", "Aksoy", "Güneş", "Yücel"],
 "id": ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama", "Setiawan", "Nugroho", "Lestari",
        "Siregar", "Simanjuntak", "Harahap", "Utami", "Permata", "Rahmawati", "Gunawan", "Hutapea"],
 "tl": ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz", "Villanueva",
        "Pascual", "Aquino", "Manalo", "Dizon", "Castro", "Lacson", "Macaraeg", "Tolentino", "Soriano", "Sison"],
 "vi": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"],
 "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Berg", "Lind", "Ström",
        "Lindqvist", "Holm", "Björk", "Sjöberg", "Engström", "Dahl", "Ek", "Sandberg", "Falk", "Lund"],
 "ar": ["El Sayed", "Abdelrahman", "Mansour", "Haddad", "Khalil", "Benjelloun", "El Amrani", "Bennani", "Tazi",
        "Farouk", "Hassan", "Naguib", "Saleh", "El Masry", "Othmani", "Chraibi", "Zaki", "Gamal", "Fathy"],
 "ng": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Olawale", "Nwosu", "Abubakar", "Bello", "Adebayo",
        "Ogunleye", "Chukwu", "Ibrahim", "Obi"],
 "in": ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Mehta", "Kapoor", "Singh", "Menon", "Joshi", "Das",
        "Banerjee", "Rao", "Chopra", "Agarwal", "Pillai"],
}
G["pl"] = G["pl"]
VI_MID = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Đức", "Hoài", "Quốc", "Thu"]

# Polish people with case forms: nom, gen, dat, acc, ins, loc, voc(first name)
PL_PEOPLE = [
    dict(nom="Agnieszka Nowak", gen="Agnieszki Nowak", dat="Agnieszce Nowak", acc="Agnieszkę Nowak",
         ins="Agnieszką Nowak", f="Agnieszka", fgen="Agnieszki", fdat="Agnieszce", facc="Agnieszkę", fins="Agnieszką", voc="Agnieszko"),
    dict(nom="Katarzyna Kowalska", gen="Katarzyny Kowalskiej", dat="Katarzynie Kowalskiej", acc="Katarzynę Kowalską",
         ins="Katarzyną Kowalską", f="Kasia", fgen="Kasi", fdat="Kasi", facc="Kasię", fins="Kasią", voc="Kasiu"),
    dict(nom="Piotr Wiśniewski", gen="Piotra Wiśniewskiego", dat="Piotrowi Wiśniewskiemu", acc="Piotra Wiśniewskiego",
         ins="Piotrem Wiśniewskim", f="Piotr", fgen="Piotra", fdat="Piotrowi", facc="Piotra", fins="Piotrem", voc="Piotrze"),
    dict(nom="Tomasz Wójcik", gen="Tomasza Wójcika", dat="Tomaszowi Wójcikowi", acc="Tomasza Wójcika",
         ins="Tomaszem Wójcikiem", f="Tomek", fgen="Tomka", fdat="Tomkowi", facc="Tomka", fins="Tomkiem", voc="Tomku"),
    dict(nom="Magdalena Lewandowska", gen="Magdaleny Lewandowskiej", dat="Magdalenie Lewandowskiej",
         acc="Magdalenę Lewandowską", ins="Magdaleną Lewandowską", f="Magda", fgen="Magdy", fdat="Magdzie",
         facc="Magdę", fins="Magdą", voc="Magdo"),
    dict(nom="Krzysztof Zieliński", gen="Krzysztofa Zielińskiego", dat="Krzysztofowi Zielińskiemu",
         acc="Krzysztofa Zielińskiego", ins="Krzysztofem Zielińskim", f="Krzysiek", fgen="Krzyśka", fdat="Krzyśkowi",
         facc="Krzyśka", fins="Krzyśkiem", voc="Krzysiu"),
    dict(nom="Zofia Mazur", gen="Zofii Mazur", dat="Zofii Mazur", acc="Zofię Mazur", ins="Zofią Mazur",
         f="Zosia", fgen="Zosi", fdat="Zosi", facc="Zosię", fins="Zosią", voc="Zosiu"),
    dict(nom="Jakub Król", gen="Jakuba Króla", dat="Jakubowi Królowi", acc="Jakuba Króla", ins="Jakubem Królem",
         f="Kuba", fgen="Kuby", fdat="Kubie", facc="Kubę", fins="Kubą", voc="Kubo"),
    dict(nom="Marta Wróbel", gen="Marty Wróbel", dat="Marcie Wróbel", acc="Martę Wróbel", ins="Martą Wróbel",
         f="Marta", fgen="Marty", fdat="Marcie", facc="Martę", fins="Martą", voc="Marto"),
    dict(nom="Łukasz Dąbrowski", gen="Łukasza Dąbrowskiego", dat="Łukaszowi Dąbrowskiemu", acc="Łukasza Dąbrowskiego",
         ins="Łukaszem Dąbrowskim", f="Łukasz", fgen="Łukasza", fdat="Łukaszowi", facc="Łukasza", fins="Łukaszem", voc="Łukaszu"),
    dict(nom="Ewa Sowa", gen="Ewy Sowy", dat="Ewie Sowie", acc="Ewę Sowę", ins="Ewą Sową",
         f="Ewa", fgen="Ewy", fdat="Ewie", facc="Ewę", fins="Ewą", voc="Ewo"),
]

def given(c): return pick(G[c])
def sur(c): return pick(S[c])

def full(c):
    if c == "vi":
        return f"{sur('vi')} {pick(VI_MID)} {given('vi')}"
    if c == "id" and chance(0.35):
        return given("id")          # mononym
    if c == "es" and chance(0.3):
        return f"{given('es')} {sur('es')} {sur('es')}"
    if c == "pt" and chance(0.3):
        return f"{given('pt')} {sur('pt')} {sur('pt')}"
    if c == "pl":
        return pick(PL_PEOPLE)["nom"]
    return f"{given(c)} {sur(c)}"

def strip_acc(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ß", "ss").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))

def handle(name, style=None):
    parts = strip_acc(name).lower().split()
    f, l = parts[0], parts[-1]
    style = style if style is not None else R.randrange(9)
    opts = [f"{f}.{l}", f"{f}_{l}{R.randrange(10,99)}", f"{f}{f[-1]*2}_{l[:3]}", f"its{f}{l[0]}", f"{l}.{f[0]}x",
            f"{f}{R.randrange(80,100)}", f"the.real.{f}", f"{f[:3]}{l[:3]}_", f"{f}in{pick(['lisbon','la','bcn','ldn','the6ix','manila','jkt'])}"]
    return "@" + opts[style % len(opts)]

DOMAINS = {"en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "aol.com"],
           "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "hotmail.com", "prodigy.net.mx", "fibertel.com.ar"],
           "pt": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "sapo.pt"],
           "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "videotron.ca"],
           "de": ["gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch"],
           "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it"],
           "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "telenet.be", "skynet.be"],
           "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
           "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
           "tl": ["gmail.com", "yahoo.com.ph", "outlook.ph"],
           "vi": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
           "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl"],
           "sv": ["gmail.com", "telia.com", "hotmail.se", "bredband.net"],
           "ar": ["gmail.com", "hotmail.com", "yahoo.fr", "menara.ma"],
           "ng": ["gmail.com", "yahoo.com"], "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"]}

def email(name, c="en"):
    parts = strip_acc(name).lower().replace("-", "").split()
    f, l = parts[0], parts[-1]
    loc = pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{R.randrange(1,99)}", f"{l}.{f}", f"{f}{R.randrange(70,99)}"])
    return f"{loc}@{pick(DOMAINS.get(c, DOMAINS['en']))}"

def email_dodge(name, c="en"):
    parts = strip_acc(name).lower().split()
    f, l = parts[0], parts[-1]
    dom = pick(["gmail", "hotmail", "yahoo", "outlook"])
    sep = pick([" dot ", " (dot) ", " [dot] ", "."])
    at = pick([" at ", " (at) ", " [at] ", " arroba "]) if c in ("es", "pt") else pick([" at ", " (at) ", " [at] "])
    return f"{f}{sep}{l}{at}{dom}{sep if sep != '.' else ' dot '}com"

# ----------------------------------------------------------------- phones per country
def _ph(cc):
    d = dg
    if cc == "us":
        a = pick(["212", "312", "415", "614", "305", "713", "206", "404", "617", "503", "702", "919"]); x = str(R.randrange(201, 989)); n = d(4)
        return pick([f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"+1 {a} {x} {n}", f"{a}.{x}.{n}", f"+1 ({a}) {x}-{n}"])
    if cc == "ca":
        a = pick(["514", "438", "418", "416", "604"]); x = str(R.randrange(201, 989)); n = d(4)
        return pick([f"({a}) {x}-{n}", f"{a} {x}-{n}", f"+1 {a}-{x}-{n}"])
    if cc == "uk":
        return pick([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 7946 0{d(3)}", f"0113 496 0{d(3)}", f"+44 (0)7{d(3)} {d(3)} {d(3)}"])
    if cc == "ie":
        return pick([f"08{pick('35679')} {d(3)} {d(4)}", f"+353 8{pick('35679')} {d(3)} {d(4)}"])
    if cc == "de":
        return pick([f"0151 {d(8)}", f"+49 176 {d(4)} {d(4)}", f"030 {d(8)}", f"0171/{d(7)}", f"+49 (0)160 {d(7)}", f"089 {d(3)} {d(4)}"])
    if cc == "at":
        return pick([f"+43 664 {d(7)}", f"0660 {d(3)} {d(4)}"])
    if cc == "ch":
        return pick([f"079 {d(3)} {d(2)} {d(2)}", f"+41 78 {d(3)} {d(2)} {d(2)}", f"044 {d(3)} {d(2)} {d(2)}"])
    if cc == "fr":
        return pick([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06{d(8)}"])
    if cc == "be":
        return pick([f"04{pick('789')}{d(1)} {d(2)} {d(2)} {d(2)}", f"+32 4{pick('789')}{d(1)} {d(2)} {d(2)} {d(2)}"])
    if cc == "es":
        return pick([f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"6{d(8)}", f"7{d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "mx":
        return pick([f"55 {d(4)} {d(4)}", f"+52 55 {d(4)} {d(4)}", f"33 {d(4)} {d(4)}", f"+52 1 81 {d(4)} {d(4)}"])
    if cc == "ar":
        return pick([f"+54 9 11 {d(4)}-{d(4)}", f"11 {d(4)}-{d(4)}", f"011 15-{d(4)}-{d(4)}", f"+54 9 351 {d(3)}-{d(4)}"])
    if cc == "br":
        return pick([f"(11) 9{d(4)}-{d(4)}", f"+55 21 9{d(4)}-{d(4)}", f"11 9{d(4)} {d(4)}", f"(31) 9{d(4)}-{d(4)}", f"+55 (71) 9{d(4)}-{d(4)}"])
    if cc == "pt":
        return pick([f"9{pick('1236')}{d(1)} {d(3)} {d(3)}", f"+351 9{pick('1236')}{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}"])
    if cc == "it":
        return pick([f"3{pick('2345')}{d(1)} {d(3)} {d(4)}", f"+39 3{pick('2345')}{d(1)} {d(7)}", f"02 {d(4)} {d(4)}", f"3{pick('2345')}{d(1)}/{d(7)}"])
    if cc == "nl":
        return pick([f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"020-{d(3)} {d(4)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "tr":
        return pick([f"05{pick('3345')}{d(1)} {d(3)} {d(2)} {d(2)}", f"+90 5{pick('345')}{d(1)} {d(3)} {d(2)} {d(2)}", f"0(5{pick('345')}{d(1)}) {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}"])
    if cc == "id":
        return pick([f"08{pick('1257')}{d(1)}-{d(4)}-{d(4)}", f"+62 8{pick('1257')}{d(1)}-{d(4)}-{d(4)}", f"08{pick('1257')}{d(9)}", f"+62 21 {d(4)} {d(4)}"])
    if cc == "ph":
        return pick([f"09{pick('1279')}{d(1)} {d(3)} {d(4)}", f"+63 9{pick('1279')}{d(1)} {d(3)} {d(4)}", f"09{pick('1279')}{d(1)}-{d(3)}-{d(4)}", f"(02) 8{d(3)} {d(4)}"])
    if cc == "vn":
        return pick([f"09{d(1)} {d(3)} {d(4)}", f"+84 9{d(1)} {d(3)} {d(4)}", f"0{pick('379')}{d(2)}.{d(3)}.{d(3)}", f"0{pick('379')}{d(8)}"])
    if cc == "pl":
        return pick([f"{pick('5678')}{d(2)} {d(3)} {d(3)}", f"+48 {pick('5678')}{d(2)} {d(3)} {d(3)}", f"{pick('5678')}{d(2)}-{d(3)}-{d(3)}", f"22 {d(3)} {d(2)} {d(2)}"])
    if cc == "se":
        return pick([f"07{pick('0236')}-{d(3)} {d(2)} {d(2)}", f"+46 7{pick('0236')} {d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(2)} {d(2)}", f"07{pick('0236')}{d(7)}"])
    if cc == "eg":
        return pick([f"01{pick('0125')} {d(4)} {d(4)}", f"+20 1{pick('0125')} {d(4)} {d(4)}", f"01{pick('0125')}{d(8)}"])
    if cc == "ma":
        return pick([f"06{d(2)}-{d(6)}", f"+212 6{d(2)}-{d(6)}", f"07 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "lb":
        return pick([f"+961 3 {d(3)} {d(3)}", f"03 {d(3)} {d(3)}", f"+961 71 {d(3)} {d(3)}"])
    if cc == "au":
        return pick([f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}", f"0{pick('37')} {d(4)} {d(4)}"])
    if cc == "in":
        return pick([f"9{d(4)} {d(5)}", f"+91 9{d(4)} {d(5)}", f"+91-7{d(9)}", f"8{d(9)}"])
    if cc == "ng":
        return pick([f"080{pick('3567')} {d(3)} {d(4)}", f"+234 80{pick('3567')} {d(3)} {d(4)}", f"0703{d(7)}", f"+234 90{d(1)} {d(3)} {d(4)}"])
    raise KeyError(cc)

def phone(cc):
    return _ph(cc)

DIGW = {"en": "zero one two three four five six seven eight nine".split(),
        "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
        "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
        "tl": "zero one two three four five six seven eight nine".split(),
        "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
        "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split()}

def spell_digits(num, lang="en", mix=False):
    """num: a string of digits with spaces as group separators -> words (groups joined by ', ' or ' ')."""
    w = DIGW[lang]
    groups = num.split()
    out = []
    for g in groups:
        toks = []
        for ch in g:
            if mix and chance(0.4):
                toks.append(ch)
            else:
                toks.append(w[int(ch)])
        out.append(" ".join(toks))
    return pick([", ", " ", " - "]).join(out)

def spaced_digits(num):
    return " ".join(ch for ch in num if ch.isdigit())

def leet_digits(num):
    return num.replace("0", "o").replace("1", "l") if chance(0.5) else num.replace("0", "O")

# ----------------------------------------------------------------- towns (for LOCATION) and addresses
CITIES = {
 "us": ["Columbus", "Austin", "Tampa", "Denver", "Portland", "Raleigh", "Boise", "Tucson", "Omaha", "Sacramento"],
 "uk": ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Sheffield", "Belfast", "Brighton", "Stoke-on-Trent"],
 "ie": ["Cork", "Galway", "Limerick", "Dublin"],
 "de": ["Köln", "Leipzig", "Hamburg", "Münster", "Freiburg", "Dresden", "Bochum", "Nürnberg"],
 "at": ["Graz", "Linz", "Wien", "Salzburg"], "ch": ["Zürich", "Basel", "Bern", "Winterthur"],
 "fr": ["Lyon", "Nantes", "Lille", "Toulouse", "Rennes", "Montpellier", "Bordeaux", "Strasbourg"],
 "ca": ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke"],
 "be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt", "Mechelen"],
 "es": ["Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga", "Murcia", "Valladolid", "Granada"],
 "mx": ["Guadalajara", "Monterrey", "Puebla", "Querétaro", "Mérida", "Toluca"],
 "ar": ["Rosario", "Córdoba", "Mendoza", "La Plata", "Mar del Plata"],
 "br": ["São Paulo", "Belo Horizonte", "Curitiba", "Recife", "Salvador", "Fortaleza", "Porto Alegre", "Campinas"],
 "pt": ["Porto", "Braga", "Coimbra", "Setúbal", "Aveiro", "Faro"],
 "it": ["Torino", "Bologna", "Napoli", "Bari", "Verona", "Padova", "Palermo", "Firenze"],
 "nl": ["Utrecht", "Eindhoven", "Groningen", "Zwolle", "Tilburg", "Haarlem", "Nijmegen", "Almere"],
 "tr": ["İzmir", "Bursa", "Antalya", "Eskişehir", "Kocaeli", "Mersin", "Trabzon"],
 "id": ["Bandung", "Surabaya", "Yogyakarta", "Medan", "Makassar", "Semarang", "Bekasi", "Depok"],
 "ph": ["Cebu", "Davao", "Iloilo", "Bacolod", "Pasig", "Taguig", "Cavite", "Pampanga"],
 "vn": ["Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Biên Hòa", "Vũng Tàu"],
 "pl": ["Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin", "Katowice", "Szczecin"],
 "se": ["Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Umeå"],
 "eg": ["Alexandria", "Giza", "Mansoura", "Tanta", "Port Said"], "ma": ["Casablanca", "Rabat", "Marrakech", "Tanger", "Fès"],
 "lb": ["Beirut", "Jounieh", "Tripoli", "Saida"],
 "au": ["Brisbane", "Geelong", "Newcastle", "Hobart", "Adelaide", "Wollongong"],
 "in": ["Pune", "Jaipur", "Kochi", "Indore", "Chandigarh", "Lucknow"],
 "ng": ["Ibadan", "Enugu", "Port Harcourt", "Abuja", "Kano"],
}
COUNTRY_NAME = {"en": {"us": "USA", "uk": "United Kingdom", "de": "Germany", "fr": "France", "es": "Spain", "br": "Brazil",
                       "mx": "Mexico", "it": "Italy", "nl": "Netherlands", "tr": "Turkey", "id": "Indonesia",
                       "ph": "Philippines", "vn": "Vietnam", "pl": "Poland", "se": "Sweden", "au": "Australia",
                       "ca": "Canada", "ie": "Ireland", "in": "India", "ng": "Nigeria", "pt": "Portugal",
                       "ar": "Argentina", "eg": "Egypt", "ma": "Morocco", "be": "Belgium", "at": "Austria", "ch": "Switzerland"}}

def city(cc): return pick(CITIES[cc])

def addr(cc, multiline=False):
    d = dg
    sep = "\n" if multiline else ", "
    if cc == "us":
        st = pick(["Maple Ave", "Oak Street", "N High St", "Sunset Blvd", "Elm Dr", "Pine Ridge Rd", "W 4th St", "Magnolia Ln", "Lakeview Ct"])
        cs = pick([("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Tampa", "FL", "336"), ("Denver", "CO", "802"),
                   ("Portland", "OR", "972"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"), ("Omaha", "NE", "681")])
        unit = pick(["", f" Apt {R.randrange(1,40)}{pick('ABCD')}", f" Unit {R.randrange(100,999)}", f" #{R.randrange(2,30)}"])
        return f"{R.randrange(12, 9800)} {st}{unit}{sep}{cs[0]}, {cs[1]} {cs[2]}{d(2)}"
    if cc == "uk":
        st = pick(["Kingsley Road", "Victoria Street", "Mill Lane", "Church Walk", "Albert Terrace", "Queens Drive", "Harrow Close"])
        c, pc = pick([("Leeds", "LS6"), ("Bristol", "BS3"), ("Sheffield", "S11"), ("Norwich", "NR2"), ("Cardiff", "CF24"), ("Glasgow", "G12"), ("Brighton", "BN2")])
        pre = pick(["", f"Flat {R.randrange(1,12)}, ", f"{R.randrange(1,9)}{pick('ab')} "])
        num = "" if pre.strip().endswith(("a", "b")) else f"{R.randrange(1,180)} "
        return f"{pre}{num}{st}{sep}{c} {pc} {R.randrange(1,9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}"
    if cc == "ie":
        return f"{R.randrange(1,90)} {pick(['Ashgrove', 'Castle View', 'Oakpark Drive', 'Ballybrit Heights'])}{sep}{pick(['Cork', 'Galway', 'Limerick'])} {pick(['T12', 'H91', 'V94'])} {pick('ACDEFHKNPRTVWXY')}{d(1)}{pick('ACDEFHKNPRTVWXY')}{d(1)}"
    if cc == "de":
        st = pick(["Lindenstraße", "Hauptstr.", "Goethestraße", "Am Mühlbach", "Bahnhofstraße", "Kastanienallee", "Schillerweg"])
        c, pc = pick([("Köln", "506"), ("Leipzig", "041"), ("Hamburg", "221"), ("Münster", "481"), ("Freiburg", "791"), ("Dresden", "010"), ("Bochum", "447")])
        return f"{st} {R.randrange(1,120)}{pick(['', '', 'a', 'b'])}{sep}{pc}{d(2)} {c}" + (f"{sep}Deutschland" if chance(0.2) else "")
    if cc == "at":
        return f"{pick(['Herrengasse', 'Mariahilfer Straße', 'Landstraße'])} {R.randrange(1,90)}/{R.randrange(1,20)}{sep}{pick(['8010 Graz', '4020 Linz', '1060 Wien', '5020 Salzburg'])}"
    if cc == "ch":
        return f"{pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Gerechtigkeitsgasse'])} {R.randrange(1,90)}{sep}{pick(['8008 Zürich', '4051 Basel', '3011 Bern', '8400 Winterthur'])}"
    if cc == "fr":
        st = pick(["rue des Tanneurs", "avenue Jean Jaurès", "bd Victor Hugo", "rue de la République", "allée des Tilleuls", "impasse du Moulin"])
        c, pc = pick([("Lyon", "69002"), ("Nantes", "44000"), ("Lille", "59800"), ("Toulouse", "31000"), ("Rennes", "35000"), ("Montpellier", "34000")])
        extra = pick(["", f"Bât. {pick('ABC')}, apt {R.randrange(2,60)}{sep}", f"Résidence Les Pins, esc. {R.randrange(1,4)}{sep}"])
        return f"{extra}{R.randrange(1,140)}{pick(['', ' bis'])} {st}{sep}{pc} {c}" + (f"{sep}France" if chance(0.15) else "")
    if cc == "ca":
        return f"{R.randrange(100,9000)}, rue {pick(['Saint-Denis', 'Sherbrooke Est', 'Beaubien', 'de la Couronne'])}, app. {R.randrange(1,30)}{sep}{pick(['Montréal', 'Québec', 'Laval'])} (QC)  {pick(['H2J', 'G1R', 'H7N', 'H3B'])} {d(1)}{pick('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
    if cc == "be":
        return f"{pick(['Kerkstraat', 'Stationsstraat', 'Veldstraat', 'Molenstraat'])} {R.randrange(1,200)}{pick(['', ' bus 3', ' bus 12'])}{sep}{pick(['9000 Gent', '2000 Antwerpen', '3000 Leuven', '8000 Brugge', '3500 Hasselt'])}"
    if cc == "es":
        st = pick(["C/ Mayor", "Calle de la Paz", "Avda. de Andalucía", "C/ San Vicente Mártir", "Plaza del Pilar", "Calle Ancha"])
        c, pc = pick([("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"), ("Bilbao", "480"), ("Málaga", "290"), ("Madrid", "280")])
        return f"{st} {R.randrange(1,150)}, {R.randrange(1,9)}º {pick('ABCD')}{sep}{pc}{d(2)} {c}" + (f" ({pick(['Valencia', 'Sevilla', 'Zaragoza', 'Bizkaia', 'Málaga', 'Madrid'])})" if chance(0.3) else "")
    if cc == "mx":
        return f"{pick(['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Vallarta', 'Calle 60', 'Blvd. Díaz Ordaz'])} {R.randrange(10,3000)}{pick(['', ' int. 4', ' depto 302'])}, Col. {pick(['Roma Norte', 'Americana', 'Del Valle', 'Centro', 'Chapultepec'])}{sep}{d(5)} {pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Mérida, Yuc.', 'Puebla, Pue.'])}"
    if cc == "ar":
        return f"{pick(['Av. Corrientes', 'Av. Santa Fe', 'Calle Bolívar', 'Av. Colón', 'San Martín'])} {R.randrange(100,5000)}, {pick(['Piso 5 Depto B', '3° C', 'PB 2', '8º A'])}{sep}{pick(['C1043AAZ CABA', 'C1425BGN Buenos Aires', 'X5000 Córdoba', 'S2000 Rosario'])}"
    if cc == "br":
        st = pick(["Rua das Acácias", "Av. Paulista", "Rua Padre Anchieta", "Travessa São Jorge", "Rua Sete de Setembro", "Av. Boa Viagem"])
        c = pick(["São Paulo - SP", "Belo Horizonte - MG", "Curitiba - PR", "Recife - PE", "Salvador - BA", "Campinas - SP"])
        return f"{st}, {R.randrange(10,3000)}{pick(['', ', apto 32', ', bloco B ap. 104', ', casa 2'])} - {pick(['Pinheiros', 'Savassi', 'Batel', 'Boa Viagem', 'Barra', 'Cambuí'])}{sep}{c}, {d(5)}-{d(3)}"
    if cc == "pt":
        return f"{pick(['Rua de Santa Catarina', 'Av. da Liberdade', 'Rua do Souto', 'Travessa do Carmo'])} {R.randrange(1,300)}, {R.randrange(1,6)}.º {pick(['Esq.', 'Dto.', 'Frente'])}{sep}{pick(['4000-442 Porto', '1250-096 Lisboa', '4700-311 Braga', '3000-150 Coimbra'])}"
    if cc == "it":
        st = pick(["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Mazzini", "Piazza Dante", "Via Roma"])
        c = pick(["10121 Torino (TO)", "40126 Bologna (BO)", "80134 Napoli (NA)", "70122 Bari", "37121 Verona VR", "50123 Firenze"])
        return f"{st} {R.randrange(1,200)}{pick(['', '/B', ', int. 7', ', scala C'])}{sep}{c}"
    if cc == "nl":
        st = pick(["Prinsengracht", "Dorpsstraat", "Kerkweg", "Oudegracht", "Molenlaan", "Vondelstraat"])
        c = pick(["Utrecht", "Eindhoven", "Groningen", "Zwolle", "Haarlem", "Nijmegen"])
        return f"{st} {R.randrange(1,400)}{pick(['', '-2', ' A', 'bis', '-hs'])}{sep}{R.randrange(1011,9999)} {pick(string.ascii_uppercase)}{pick('ABCDEGHJKLMNPRTVWXZ')} {c}"
    if cc == "tr":
        dist, cityl = pick([("Caddebostan", "34728 Kadıköy/İstanbul"), ("Alsancak", "35220 Konak/İzmir"), ("Görükle", "16285 Nilüfer/Bursa"),
                            ("Lara", "07100 Muratpaşa/Antalya"), ("Kızılay", "06420 Çankaya/Ankara"), ("Bostanlı", "35590 Karşıyaka/İzmir")])
        return f"{pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'Gül Sok.', 'Cumhuriyet Mah. Lale Sk.', 'Kıbrıs Şehitleri Cd.'])} No:{R.randrange(1,250)} D:{R.randrange(1,20)}{sep}{dist}{sep}{cityl}"
    if cc == "id":
        return f"Jl. {pick(['Kemang Raya', 'Dago', 'Malioboro', 'Pemuda', 'Gatot Subroto', 'Cempaka Putih Tengah'])} No. {R.randrange(1,200)}{pick(['', ', RT 03/RW 05', ', RT 011/RW 02', ' Blok C2'])}{sep}{pick(['Kel. Bangka, Kec. Mampang Prapatan, Jakarta Selatan 12730', 'Coblong, Bandung 40135', 'Gondomanan, Yogyakarta 55122', 'Tegalsari, Surabaya 60262', 'Medan Baru, Medan 20153'])}"
    if cc == "ph":
        return f"{pick(['Unit 1204 Tower 2, Avida Residences', 'Blk 7 Lot 12', '23', 'Unit 5B, Sunrise Bldg.'])} {pick(['Kalayaan Ave', 'Mabini St.', 'Rizal Ave Ext.', 'Sampaguita St.', 'Osmeña Blvd'])}{sep}{pick(['Brgy. Malinis, Diliman, Quezon City 1101', 'Brgy. San Roque, Marikina 1801', 'Brgy. Lahug, Cebu City 6000', 'Poblacion, Makati City 1210', 'Brgy. Talomo, Davao City 8000'])}"
    if cc == "vn":
        return f"Số {R.randrange(1,200)} {pick(['Ngõ 45 Phố Huế', 'Đường Lê Lợi', 'Hẻm 12 Nguyễn Trãi', 'Đường 3 Tháng 2', 'Kiệt 27 Trần Phú'])}{sep}{pick(['Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội', 'Phường Bến Thành, Quận 1, TP. Hồ Chí Minh', 'Phường Hải Châu 1, Quận Hải Châu, Đà Nẵng', 'Phường 12, Quận 10, TP.HCM', 'Phường Xuân Khánh, Quận Ninh Kiều, Cần Thơ'])}"
    if cc == "pl":
        return f"ul. {pick(['Długa', 'Marszałkowska', 'Piotrkowska', 'Świętego Marcina', 'Grunwaldzka', 'Lipowa'])} {R.randrange(1,200)}{pick(['', '/4', ' m. 12', '/17'])}{sep}{pick(['80-827 Gdańsk', '00-620 Warszawa', '90-102 Łódź', '61-808 Poznań', '31-042 Kraków', '50-001 Wrocław'])}"
    if cc == "se":
        return f"{pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Västra Hamngatan', 'Björkvägen'])} {R.randrange(1,120)}{pick(['', ' lgh 1102', ' 3 tr', ' B'])}{sep}{pick(['114 51 Stockholm', '411 19 Göteborg', '211 22 Malmö', '753 20 Uppsala', '702 10 Örebro'])}"
    if cc == "eg":
        return pick([f"3omara {R.randrange(1,90)}, shar3 {pick(['Mostafa El Nahas', 'El Thawra', 'Gamal Abdel Nasser', '9'])}, {pick(['Nasr City', 'Maadi', 'Mohandessin', 'Sidi Gaber'])}, {pick(['Cairo', 'El Qahira', 'Giza', 'Alexandria'])}",
                     f"{R.randrange(1,90)} {pick(['Mostafa El Nahas St', 'El Thawra St', 'Road 9'])}, {pick(['Nasr City', 'Maadi', 'Heliopolis'])}, Cairo {R.randrange(11311, 11899)}"])
    if cc == "ma":
        return f"{pick(['Rue', 'Bd', 'Av.'])} {pick(['Zerktouni', 'Mohammed V', 'Ibn Sina', 'Anfa', 'Hassan II'])}, {pick(['Imm.', 'Résidence Al Firdaous,'])} {R.randrange(1,40)}, Appt {R.randrange(1,20)}{sep}{pick(['20100 Casablanca', '10090 Rabat', '40000 Marrakech', '90000 Tanger'])}"
    if cc == "au":
        return f"{pick(['', f'Unit {R.randrange(1,20)}/', f'{R.randrange(1,9)}/'])}{R.randrange(2,300)} {pick(['Smith St', 'Brunswick Rd', 'Beach Pde', 'Wattle Cres', 'King William St'])}{sep}{pick(['Fitzroy VIC 3065', 'Surry Hills NSW 2010', 'West End QLD 4101', 'Glenelg SA 5045', 'Fremantle WA 6160'])}"
    if cc == "in":
        return f"{pick(['Flat 302, Sai Krupa Apts', 'H.No. 14-2-118', 'B-1104, Lodha Amara', '#45, 2nd Floor'])}, {pick(['14th Cross, Indiranagar', 'MG Road', 'Sector 21', 'Kolshet Road'])}{sep}{pick(['Bengaluru 560038', 'Gurugram, Haryana 122016', 'Thane West 400607', 'Pune - 411001', 'Kochi, Kerala 682016'])}"
    if cc == "ng":
        return f"{R.randrange(1,80)} {pick(['Adeola Odeku Street', 'Allen Avenue', 'Ogui Road', 'Aminu Kano Crescent'])}{sep}{pick(['Victoria Island, Lagos', 'Ikeja, Lagos', 'Enugu, Enugu State', 'Wuse 2, Abuja'])}"
    raise KeyError(cc)

# ----------------------------------------------------------------- IBAN, cards, SSN, IP
IBAN_LEN = {"DE": 22, "NL": 18, "ES": 24, "FR": 27, "IT": 27, "TR": 26, "PL": 28, "SE": 24, "BE": 16, "PT": 25, "AT": 20, "CH": 21, "BR": 29, "GB": 22, "IE": 22}

def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"

def iban(cc, grouped=None):
    n = IBAN_LEN[cc] - 4
    if cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + dg(10)
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI"]) + dg(14)
    elif cc == "IT":
        bban = pick(string.ascii_uppercase) + dg(10) + dg(12)
    elif cc == "TR":
        bban = dg(5) + "0" + dg(16)
    elif cc == "BR":
        bban = dg(23) + "C" + "1"
    else:
        bban = dg(n)
    assert len(bban) == n, (cc, len(bban), n)
    ib = cc + _iban_check(cc, bban) + bban
    if grouped is None:
        grouped = chance(0.7)
    return " ".join(ib[i:i+4] for i in range(0, len(ib), 4)) if grouped else ib

def iban_valid(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

def card(kind=None, fmt=None):
    kind = kind or pick(["visa", "visa", "mc", "amex"])
    if kind == "visa": body = "4" + dg(14)
    elif kind == "mc": body = pick(["51", "52", "53", "54", "55"]) + dg(13)
    else: body = pick(["34", "37"]) + dg(12)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c; break
    fmt = fmt or pick(["space", "space", "dash", "plain"])
    if kind == "amex":
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i+4] for i in range(0, 16, 4)]
    return {"space": " ".join(g), "dash": "-".join(g), "plain": num}[fmt]

def ssn(fmt=None):
    while True:
        a = R.randrange(1, 900)
        if a != 666: break
    s = f"{a:03d}-{R.randrange(1,100):02d}-{R.randrange(1,10000):04d}"
    return s if (fmt or pick(["dash", "dash", "space"])) == "dash" else s.replace("-", " ")

def ipv4():
    return f"{pick([23, 31, 46, 62, 77, 81, 94, 102, 109, 141, 176, 185, 188, 197, 203, 213])}.{R.randrange(0,256)}.{R.randrange(0,256)}.{R.randrange(1,255)}"

def ipv6():
    pre = pick(["2a02:8109", "2001:db8", "2600:1700", "2804:14c", "2a01:e0a", "2403:6200", "2a00:23c6"])
    if chance(0.5):
        tail = ":".join(f"{R.randrange(0, 65536):x}" for _ in range(6))
        return f"{pre}:{tail}"
    tail = ":".join(f"{R.randrange(1, 65536):x}" for _ in range(R.randrange(1, 4)))
    return f"{pre}::{tail}"

def ip():
    return ipv6() if chance(0.3) else ipv4()

def date_s(fmt="iso"):
    y, m, d = pick([2023, 2024, 2025]), R.randrange(1, 13), R.randrange(1, 29)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "eu": f"{d:02d}/{m:02d}/{y}", "us": f"{m}/{d}/{y % 100:02d}", "dot": f"{d:02d}.{m:02d}.{y}"}[fmt]

def hhmm():
    return f"{R.randrange(0,24):02d}:{R.randrange(0,60):02d}"

def oid(prefix="#"):
    return f"{prefix}{R.randrange(100000, 9999999)}"

EMO = ["😡", "🙏", "❤️", "😂", "🔥", "✨", "😭", "👍", "🤡", "💀", "🥲", "😍", "🙄", "👀", "💯", "🎉", "😤", "🤞"]
def emo(): return pick(EMO)

# ======================================================================= kinds
KINDS = []
def kind(name, lang, count):
    def deco(fn):
        KINDS.append((name, lang, count, fn))
        return fn
    return deco

NONPERSON_DISPLAY = ["Coffee Lover ☕", "Mama Bear 🐻", "GymRat2000", "sunflower_soul 🌻", "Tired Dad", "NightOwl",
                     "Plant Mom 🌿", "the real MVP", "Sneakerhead UK", "BookWorm📚", "anon", "Deleted User", "Team Blue 💙"]

def disp(c):
    """display name: returns a list of builder parts (person name labelled, or a non-person display)"""
    r = R.random()
    g, s_ = given(c), sur(c) if c in S else ""
    if r < 0.22:
        return [pick(NONPERSON_DISPLAY)]
    if r < 0.40:
        return [P(g), " " + emo()]
    if r < 0.55:
        return [P(f"{g} {s_[0]}."), ""] if c not in ("vi",) else [P(full(c))]
    if r < 0.65:
        return [P(f"{g} {s_}".lower())]
    if r < 0.72:
        return [P(f"{g} {s_}".upper())]
    return [P(full(c) if c in ("vi", "pl") else f"{g} {s_}")]

EN_CC = ["us", "uk", "au", "ie", "ca"]

def en_snip(b):
    """one short customer-voice snippet in English, appended to builder b"""
    r = b.pickr(14)
    g = given("en")
    if r == 0: b("ngl the new oat latte slaps, ", P(g), " at the counter remembered my order ", emo())
    elif r == 1: b("still waiting on my refund, 3 weeks now. call me ", PH(phone(pick(["us", "uk"]))), " I'm not doing another chat bot")
    elif r == 2: b("#TeamMaria all the way, the finale was robbed ", emo())
    elif r == 3: b("my son ", P(pick(["Kai", "Leo", "Noah", "Eli", "Finn"])), " cried when the Elsa doll arrived with no head 😭")
    elif r == 4: b("took our dog Bella to the patio, staff were lovely to her, esp ", P(g), "!")
    elif r == 5: b("was that ", P(pick(["Taylor Swift", "Zendaya", "Harry Styles", "Dua Lipa"])), " wearing the blue one?? need it")
    elif r == 6: b("ask for ", P(pick(["Diego", "Marisol", "Kwame", "Tomás", "Priya"])), " at the returns desk, absolute legend")
    elif r == 7: b("delivery left at the wrong house again. I'm at ", A(addr("us")), " not next door!!")
    elif r == 8: b("Ben & Jerry's collab when?? ", emo())
    elif r == 9: b("the Alexa integration keeps dropping, version 3.2.1 still broken")
    elif r == 10: b("moved to ", L(city(pick(["uk", "us", "au"]))), " and the app still shows my old store lol")
    elif r == 11: b("shoutout ", P(f"{g} {sur('en')}"), " from your support team, sorted it in 5 min")
    elif r == 12: b("do NOT buy the Monte Carlo sofa in grey, it pills after a week")
    else: b("email me back pls ", E(email(f"{g} {sur('en')}")), " nobody answers the phone")

@kind("social_listening_mentions_csv_en", "en", 6)
def k_listen():
    b = B()
    b(pick(["Can you tag sentiment (pos/neg/neu) and say which ones need a reply? Export below\n\n",
            "pasting this week's mentions from the listening tool – pls summarise top 3 themes\n\n",
            "Sentiment + urgency for each row please. ignore spam.\n\n"]))
    b("date,platform,author_handle,author_name,country,text\n")
    for _ in range(R.randrange(4, 7)):
        cc = pick(EN_CC)
        nm = full("en")
        b(date_s(), ",", pick(["x", "instagram", "tiktok", "reddit", "facebook", "threads"]), ",", handle(nm), ",")
        r = R.random()
        if r < 0.25: b(pick(NONPERSON_DISPLAY).replace(",", ""))
        elif r < 0.45: b(P(nm.lower()))
        else: b(P(nm))
        b(",", L(COUNTRY_NAME["en"][cc]) if chance(0.8) else "", ",\"")
        en_snip(b)
        b("\"\n")
    return b

@kind("moderation_hold_queue_pii_triage", "en", 6)
def k_modq():
    b = B()
    b(pick(["Auto-mod held these comments for 'possible personal info'. For each: approve / hide / redact + reply? Keep it short.\n\n",
            "Mod queue from tonight's giveaway post. Which ones leak personal data? Suggest a public reply for each.\n\n"]))
    items = R.sample(range(10), 5)
    for n, r in enumerate(items, 1):
        nm = full("en"); h = handle(nm)
        b(f"[{n}] {h} — ")
        if r == 0:
            b("\"selling my 2 spare tix for saturday, text me ", PH(spaced_digits(phone("uk")) if chance(0.5) else phone("us")), " first come first served\"")
        elif r == 1:
            b("\"lol my card got charged twice, here's the number so u can check ", CC(card()), " exp 0" + str(R.randrange(1, 10)) + "/2" + str(R.randrange(6, 9)), "\"")
        elif r == 2:
            b("\"DM me or ", E(email_dodge(nm)), " if you want the code\"")
        elif r == 3:
            b("\"my refund went to the card ending ****", dg(4), " but I closed that account??\"  (masked, no action?)")
        elif r == 4:
            u = pick(["uk", "us", "au"])
            b("\"you sent my parcel to ", A(addr(u)), " which is my EX's flat 🙄 fix it\"")
        elif r == 5:
            ph = phone("us").replace("+1 ", "")
            digs = "".join(c for c in ph if c.isdigit())
            spelt = spell_digits(f"{digs[:3]} {digs[3:6]} {digs[6:]}", "en", mix=True)
            b("\"call me instead, ", PH(spelt), " ask for ", P(nm.split()[0]), "\"")
        elif r == 6:
            b("\"tagging my cousin ", handle(full("en")), " she won last time too, rigged 🤡\"")
        elif r == 7:
            b("\"giveaway entry!! name: ", P(nm), ", shipping: ", A(addr(pick(["us", "uk", "ie"]))), "\"")
        elif r == 8:
            b("\"your rep ", P(given("en")), " said I'd get a callback on ", PH(phone("uk")), " and nothing\"")
        else:
            b("\"is this the verify-to-win thing?? ok my ssn is ", SSN(ssn()), " where's my prize\"  (reply to a scam account impersonating us)")
        b(f"  · held {hhmm()} · rule: {pick(['pii_phone', 'pii_email', 'pii_card', 'pii_address', 'spam_link'])}\n")
    return b

@kind("public_reply_then_dm_handoff_draft", "en", 5)
def k_pubdm():
    b = B()
    nm = full("en"); g = nm.split()[0]; h = handle(nm); cc = pick(["us", "uk", "au"])
    b("Public post from ", P(nm), f" ({h}):\n\"")
    b(pick(["3rd time my order's been 'delivered' and it's not here. done with you guys ",
            "Your driver literally threw my parcel over the fence in the rain ",
            "charged me for a subscription I cancelled in March. sort it out "]), emo(), "\"\n\n")
    b("DM thread after we asked them to move to private:\n")
    b(f"{h}: ok here. name on the account is ", P(nm), ", order ", oid(), "\n")
    b(f"{h}: address is ", A(addr(cc)), "\n")
    if chance(0.6): b(f"{h}: and my email is ", E(email(nm)), " if that helps\n")
    if chance(0.5): b(f"{h}: best number ", PH(phone(cc)), " after 5\n")
    b("\nWrite (1) a short public reply that says nothing personal and (2) a DM reply to ", P(g),
      " apologising, confirming we'll re-ship. Sign off as ", P(given("en")), " from the Social Care team.")
    return b

@kind("marketplace_shop_reviews_and_owner_replies", "en", 5)
def k_mkt():
    b = B()
    owner = given("en")
    b(pick(["Rewrite our shop replies so they sound warmer, same facts:\n\n", "Reviews + my replies from the shop dashboard, pls check tone:\n\n"]))
    for _ in range(R.randrange(3, 5)):
        nm = f"{given('en')} {sur('en')}"
        b("★" * R.randrange(1, 6), " — ")
        b(*disp("en")) if chance(0.4) else b(P(nm))
        b(f" — {date_s('us')}\n\"")
        r = b.pickr(5)
        if r == 0: b("Bought the name necklace for my daughter ", P(pick(["Ava", "Lily", "Harper", "Willow"])), "'s birthday, chain snapped day 2")
        elif r == 1: b("The Winston pet bed is huge, our cat Oliver won't leave it lol")
        elif r == 2: b("Lovely packaging, handwritten note from ", P(owner), " made my week")
        elif r == 3: b("Ordered the 'Brooklyn' print, arrived bent. Shipping to ", L(city(pick(["uk", "us", "ie"]))), " took 3 weeks")
        else: b("Gift for my mum, she loved it but the engraving said '", P("Magaret"), "' not ", P("Margaret"), " 🙃")
        b("\"\nOwner reply: ", pick(["Thanks so much ", "So sorry ", "Hi "]))
        b(P(nm.split()[0]) if chance(0.7) else "there", pick(["! ", ", "]), pick(["we'll make it right", "glad it arrived", "I've sent a replacement"]), " – ", P(owner), "\n\n")
    return b

@kind("community_forum_thread_quotes_signatures", "en", 6)
def k_forum():
    b = B()
    op = full("en"); hop = handle(op); cc = pick(["uk", "us", "ie"])
    b(pick(["Summarise this community thread for the product team, no names in the summary:\n\n", "Can you draft a mod reply to this thread? keep it friendly\n\n"]))
    b(f"Thread: \"{pick(['Firmware 2.4.1 bricked my hub?', 'Anyone else charged twice for Premium?', 'Meetup thread – autumn edition', 'Router keeps dropping at 9pm'])}\"\n\n")
    b(f"Post #1 by {hop} ({pick(['Newbie', 'Contributor', 'Rising Star'])})\n")
    b(pick(["Same problem since the update. Support said they'd ring me back on ", "Third week of this. Left my number with the agent: "]), PH(phone(cc)), " – nothing yet.\n")
    b("--\n", P(op), " | ", L(city(cc)), "\n\n")
    r2 = full("en")
    b(f"Post #2 by {handle(r2)} (Community Moderator)\n")
    b("> Left my number with the agent – nothing yet.\n")
    b("Hi ", P(op.split()[0]), ", please don't post your number publicly, I've hidden it. Can you DM me instead?\n")
    b("-- ", P(r2.split()[0]), pick([" (she/her)", " (he/him)", ""]), " | Mod team\n\n")
    r3 = full("en")
    b(f"Post #3 by {handle(r3)}\n")
    b(f"> quote from {hop}\n> Same problem since the update.\n")
    b(pick(["+1. mine's at ", "here too, I'm at "]), A(addr(cc)), pick([" if an engineer wants to come look lol", ", happy to host a test unit"]), "\n")
    if chance(0.6):
        b("Signature: ", P(r3), " · ", E(email(r3)), " · ", pick(["Bass player, cat person", "Raspberry Pi tinkerer", "Not affiliated with the brand"]), "\n")
    return b

@kind("discord_server_mod_action_log", "en", 5)
def k_discord():
    b = B()
    b(pick(["Here's the mod log from our Discord. Which bans should we reverse? Also flag any ban-evasion (same IP).\n\n",
            "Paste from #mod-log. Write a summary for the community lead.\n\n"]))
    shared = ip()
    for i in range(R.randrange(4, 7)):
        nm = full("en")
        tag = strip_acc(nm.split()[0]).lower() + pick(["_", "", "."]) + str(R.randrange(10, 9999))
        act = pick(["BAN", "TIMEOUT 24h", "WARN", "KICK", "BAN"])
        b(f"[{date_s()} {hhmm()}] {act} user: {tag} (display: ")
        b(*disp("en")); b(") ")
        the_ip = shared if i in (1, 3) else ip()
        b("ip: ", IP(the_ip), f" reason: {pick(['slurs in #general', 'scam links', 'posting personal info of another member', 'spam', 'ban evasion'])}")
        if chance(0.3):
            b(" — posted phone ", PH(phone(pick(["us", "uk"]))), " of another member")
        b(f" mod: {pick(['@Kestrel', '@modbot', '@nina_mod', '@Blaze'])}\n")
    return b

@kind("cx_swarm_channel_paste_with_customer", "en", 5)
def k_swarm():
    b = B()
    a1, a2, a3 = (f"{given('en')} {sur('en')}" for _ in range(3))
    cust = full("en"); cc = pick(["us", "uk", "ca"])
    b("turn this channel chat into an escalation summary (who/what/next step):\n\n")
    b(P(a1), f"  {hhmm()}\n", "viral TikTok about the melted cake order, 240k views. customer is ", P(cust), " ", handle(cust), "\n\n")
    b(P(a2), f"  {hhmm()}\n", "found the order, delivered to ", A(addr(cc)), ". driver note says 'left in sun' 🫠\n\n")
    b(P(a1.split()[0]), f"  {hhmm()}\n", "she also emailed ", E(email(cust)), " twice, no reply from us\n\n")
    b(P(a3), f"  {hhmm()}\n", "ok I'll call her on ", PH(phone(cc)), " — ", P(a2.split()[0].lower()), " can you hold the public reply till I do?\n")
    return b

@kind("nps_verbatims_theme_coding_ask", "en", 5)
def k_nps():
    b = B()
    b("Code each verbatim into max 2 themes (staff, price, delivery, app, product). Output a table.\n\n")
    for i in range(R.randrange(5, 8)):
        b(f"{i+1}. score {R.randrange(0, 11)}: ")
        r = b.pickr(8)
        if r == 0: b("\"", P(pick(["Gemma", "Raj", "Tomasz", "Bukola"])), " at the Northgate branch was brilliant\"")
        elif r == 1: b("\"too expensive since the price change\"")
        elif r == 2: b("\"app logs me out every day. call me if u want details ", PH(phone(pick(["uk", "us", "ie"]))), "\"")
        elif r == 3: b("\"the Alexa skill is useless\"")
        elif r == 4: b("\"my husband ", P(given("en")), " does the ordering, he says delivery slots are a joke\"")
        elif r == 5: b("\"nothing to add\"")
        elif r == 6: b("\"", P(full("en")), " here, I complained in May and no one replied to ", E(email(full("en"))), "\"")
        else: b("\"moved from ", L(city("uk")), " to ", L(city("uk")), " and my loyalty points vanished\"")
        b("\n")
    return b

@kind("focus_group_transcript_with_moderator", "en", 5)
def k_focus():
    b = B()
    b("Pull out the 5 strongest quotes for the deck, anonymise them:\n\n")
    b(f"FOCUS GROUP 3 – {pick(['loyalty app', 'sustainable packaging', 'meal kits'])} – {date_s('eu')}\nModerator: ", P(full("en")), "\n")
    ps = []
    for i in range(4):
        g = given("en"); ps.append(g)
        b(f"R{i+1}: ", P(g), f", {R.randrange(19, 67)}, ", L(city(pick(["uk", "ie"]))), "\n")
    b("\nMOD: So what did you think of the new 'Barbie pink' packaging?\n")
    b(f"R1 (", P(ps[0]), "): Honestly, it's giving Barbie movie. My daughter ", P(pick(["Isla", "Ruby", "Mila"])), " loved it.\n")
    b(f"R3: I agree with ", P(ps[0]), ", but it's a lot of plastic.\n")
    b("MOD: ", P(ps[1]), ", you were shaking your head?\n")
    b(f"R2: Yeah. I'm more of a Ted Lasso 'believe' mug person, plain stuff.\n")
    b("R4: Can I say, the lad on the phone line, ", P(pick(["Callum", "Jamie", "Ravi"])), ", was the best part of the whole experience.\n")
    return b

@kind("ugc_photo_rights_request_replies", "en", 5)
def k_ugc():
    b = B()
    nm = full("en"); h = handle(nm); friend = f"{given('en')} {sur('en')}"
    b("Log these UGC permissions in the tracker (columns: handle, name, email, consent Y/N, others in photo):\n\n")
    b(f"Us → {h}: Love this shot! Can we feature it on our page and website? Reply #YesBrand to agree to our terms.\n")
    b(f"{h}: #YesBrand omg yes!! credit me as ", P(nm), pick([" pls", " 🙏", ""]), "\n")
    b(f"Us → {h}: Amazing! Could you send an email for the release form? And is everyone in the photo ok with it?\n")
    b(f"{h}: ", E(email(nm)), " — the girl on the left is my sister ", P(friend.split()[0]), " she says fine. the dog is Biscuit, he consents lol\n")
    if chance(0.5):
        b(f"{h}: oh and the guy in the back isn't with us, maybe crop them? their name's ", P(given("en")), " I think\n")
    return b

@kind("giveaway_winner_roster_markdown_ship", "en", 5)
def k_give():
    b = B()
    b("Double-check this winners table before we send to the fulfilment agency. Flag anything missing.\n\n")
    b("| # | handle | name | ship to | phone |\n|---|---|---|---|---|\n")
    for i in range(R.randrange(3, 6)):
        cc = pick(EN_CC); nm = full("en")
        b(f"| {i+1} | {handle(nm)} | ", P(nm), " | ", A(addr(cc)), " | ")
        b(PH(phone(cc)) if chance(0.8) else "—", " |\n")
    b("\nPrize: 1x 'Ken' edition hoodie + Wendy's gift card. Don't forget winner 3 asked for a signature-free courier.")
    return b

@kind("ambassador_roster_tier_tsv", "en", 5)
def k_amb():
    b = B()
    b("Split these ambassadors into tiers by followers and draft a welcome DM per tier:\n\n")
    b("display_name\thandle\temail\tcity\tfollowers\tnotes\n")
    for _ in range(R.randrange(4, 7)):
        cc = pick(["us", "uk", "au", "in", "ng"]); c = {"us": "en", "uk": "en", "au": "en", "in": "in", "ng": "ng"}[cc]
        nm = f"{given(c)} {sur(c)}"
        b(*disp(c)) if chance(0.3) else b(P(nm))
        b("\t", handle(nm), "\t", E(email(nm, "en")), "\t", L(city(cc)), f"\t{R.randrange(2, 900)}k\t")
        b(pick(["", "prefers WhatsApp " , "vegan only", "do not gift alcohol", "agent handles contracts"]))
        if chance(0.3): b(" mob ", PH(phone(cc)))
        b("\n")
    return b

@kind("creator_brief_talent_and_do_nots", "en", 5)
def k_brief():
    b = B()
    tal = full("en"); mgr = full("en")
    b("Tidy this creator brief into the standard template:\n\n")
    b(f"Campaign: {pick(['Summer of Shrek', 'Glow Up Season', 'Back to Campus', 'Holiday Hero'])}\n")
    b("Talent: ", P(tal), f" ({handle(tal)}), managed by ", P(mgr), " – ", E(email(mgr)), ", ", PH(phone(pick(["us", "uk"]))), "\n")
    b("Concept: 3 x 30s reels, 'Wednesday Addams meets Mr Bean' energy.\n")
    b("Do NOT: mention ", P(pick(["Taylor Swift", "Kim Kardashian", "Elon Musk", "Beyoncé"])), ", show Wendy's cups, or use the Jack Daniel's bottle in the background.\n")
    b("Ship product to: ", A(addr(pick(["us", "uk"]), multiline=chance(0.5))), "\n")
    b("Approval by ", P(given("en")), " (brand) before posting.")
    return b

@kind("crisis_statement_draft_viral_customer", "en", 5)
def k_crisis():
    b = B()
    cust = full("en"); g = cust.split()[0]; cityx = city(pick(["us", "uk"]))
    b("Draft a holding statement + an internal FAQ. Do not name the customer in the public version.\n\nContext:\n")
    b("- Video by ", P(cust), f" ({handle(cust)}) shows our staff refusing a service dog at our store in ", L(cityx), ". 1.2M views.\n")
    b("- Staff member in video: ", P(given("en")), ", shift lead, now on paid leave.\n")
    b("- ", P(g), " has been DM'ing us; reachable on ", PH(phone(pick(["us", "uk"]))), "\n")
    b("- Press contact asking: ", P(full("en")), ", ", E(email(full("en"))), "\n")
    b("- Comments are full of #JusticeFor", g, " and people tagging @PETA\n")
    return b

@kind("escalation_summary_account_takeover_social", "en", 5)
def k_esc():
    b = B()
    nm = full("en"); cc = pick(["us", "uk", "ca", "au"])
    b("Make this readable for the Head of CX, 5 bullets max:\n\n")
    b(f"ESC-{R.randrange(1000, 9999)} | source: X reply → DM | priority P1\n")
    b("Customer: ", P(nm), f" / {handle(nm)} / ", E(email(nm)), "\n")
    b("Claim: someone logged into her account and changed the delivery address to ", A(addr(cc)), "\n")
    b("Logins last 48h: ", IP(ipv4()), " (home, matches history), ", IP(ip()), " (new, flagged), ", IP(ipv6()), "\n")
    b("Callback number on file: ", PH(phone(cc)), " — customer says it's wrong, new one is ", PH(phone(cc)), "\n")
    b("Agent: ", P(given("en")), ". Card ending ", dg(4), " — refunded £", str(R.randrange(20, 400)), ".")
    return b

@kind("tagged_photo_consent_register_notes", "en", 5)
def k_tagphoto():
    b = B()
    b("Turn these notes into a consent register row each:\n\n")
    for _ in range(R.randrange(3, 5)):
        nm = full("en")
        r = b.pickr(4)
        if r == 0:
            b("- event pic #", str(R.randrange(10, 99)), ": ", P(nm), " (tagged as ", handle(nm), ") ok'd it by DM, email ", E(email(nm)), "\n")
        elif r == 1:
            b("- group shot at the pop-up: parent ", P(nm), " says their son ", P(pick(["Kai", "Arlo", "Theo", "Reggie"])), " (7) can appear, face not tagged. contact ", PH(phone(pick(EN_CC))), "\n")
        elif r == 2:
            b("- the lady in the red coat — no idea who, do NOT use. friend said maybe '", P(given("en")), "'?\n")
        else:
            b("- ", P(nm.lower()), " wants the photo REMOVED, says she never agreed. lives in ", L(city(pick(["uk", "us"]))), "\n")
    return b

@kind("whatsapp_community_group_export_cx", "en", 5)
def k_wa():
    b = B()
    cc = pick(["uk", "in", "ng", "au"]); c = {"uk": "en", "in": "in", "ng": "ng", "au": "en"}[cc]
    b("This is from our customer community WhatsApp. What are people complaining about? Any safeguarding issues?\n\n")
    admin = full(c)
    for i in range(R.randrange(5, 8)):
        b(f"[{R.randrange(1,28):02d}/0{R.randrange(1,9)}/2024, {hhmm()}:{R.randrange(10,59)}] ")
        if chance(0.35):
            b(PH(phone(cc)), ": ")
        elif i == 0 or chance(0.3):
            b(P(admin), ": ")
        else:
            b(P(f"{given(c)} {sur(c)}"), pick([": ", " 🌸: "]))
        r = b.pickr(6)
        if r == 0: b("anyone else's order stuck at the depot??\n")
        elif r == 1: b("<Media omitted>\n")
        elif r == 2: b("pls stop posting phone numbers in here, DM ", P(admin.split()[0]), " instead\n")
        elif r == 3: b("my number changed to ", PH(phone(cc)), " fyi\n")
        elif r == 4: b("the new Tia Maria flavour is 🔥\n")
        else: b("I'm in ", L(city(cc)), " if anyone wants to swap the blue one\n")
    return b

@kind("play_store_review_reply_triage_sheet", "en", 5)
def k_play():
    b = B()
    b("Draft replies for the 1-2★ reviews, keep under 350 chars, no personal data in replies.\n\n")
    b("reviewer | stars | device | app_version | text\n")
    for _ in range(R.randrange(4, 6)):
        b(*disp("en")) if chance(0.5) else b(P(full("en")))
        b(f" | {R.randrange(1,6)} | {pick(['Pixel 7', 'Galaxy S21', 'Redmi Note 12', 'Moto G'])} | {R.randrange(3,8)}.{R.randrange(0,20)}.{R.randrange(0,9)} | ")
        r = b.pickr(5)
        if r == 0: b("login loop after update, pls fix")
        elif r == 1: b("support told me to email ", E(email(full("en"))), " and it bounced")
        elif r == 2: b("great app. ", P(given("en")), " in chat support was so patient with my nan")
        elif r == 3: b("cant change delivery address from ", A(addr(pick(["uk", "us"]))), " it just spins")
        else: b("Siri shortcut doesn't work with this at all")
        b("\n")
    return b

@kind("creator_fund_tax_info_dm_redaction", "en", 5)
def k_ssn():
    b = B()
    nm = full("en"); h = handle(nm)
    b("A creator sent tax info over IG DM (!!). Write a reply telling them to use the secure form and what we'll delete. Their messages:\n\n")
    b(f"{h}: hey for the creator fund payout here's my info\n")
    b(f"{h}: legal name ", P(nm), "\n")
    b(f"{h}: ssn ", SSN(ssn()), "\n")
    b(f"{h}: address ", A(addr("us")), "\n")
    if chance(0.6):
        b(f"{h}: and you can charge the fee to ", CC(card()), " i guess?\n")
    if chance(0.5):
        b(f"{h}: my manager ", P(full("en")), " can confirm, ", PH(phone("us")), "\n")
    return b

@kind("comment_section_filter_dodging_contacts", "en", 6)
def k_dodge():
    b = B()
    b(pick(["These got past our keyword filter. Which contain contact details? Suggest regex improvements.\n\n",
            "Comments under the sponsored post — hide the ones with contact info:\n\n"]))
    for _ in range(R.randrange(4, 6)):
        nm = full("en"); h = handle(nm)
        b(h, ": ")
        r = b.pickr(7)
        if r == 0:
            digs = "07" + dg(9)
            b("wholesale enquiries hmu ", PH(spell_digits(f"{digs[:5]} {digs[5:]}", "en", mix=chance(0.5))))
        elif r == 1:
            b("real reviews here ", E(email_dodge(nm)), " no bots")
        elif r == 2:
            b("txt me ", PH(spaced_digits(phone("us").replace("+1 ", ""))), " for the discount code")
        elif r == 3:
            b("I sell the same for half, whatsapp ", PH(phone(pick(["ng", "in", "uk"])).replace(" ", ".")), "")
        elif r == 4:
            b("text WIN to 72345 lol jk that's their short code")
        elif r == 5:
            b("DM ", pick(["@brand", "@BrandSupport"]), " not me, I'm just ", P(nm.split()[0]), " from ", L(city("us")))
        else:
            b("my number is 0800 not a mobile, stop asking")
        b(f"  ({R.randrange(1, 300)} likes)\n")
    return b

@kind("celebrity_and_character_mention_digest", "en", 5)
def k_celeb():
    b = B()
    b("Weekly digest: who's driving mentions? Separate real people from characters/brands.\n\n")
    celebs = ["Taylor Swift", "Pedro Pascal", "Zendaya", "Lionel Messi", "Dua Lipa", "Bad Bunny", "Timothée Chalamet", "Rihanna", "Simone Biles"]
    chars = ["Barbie", "Shrek", "Elsa", "Wednesday Addams", "Ted Lasso", "Spider-Man", "Peppa Pig", "Mario", "Hello Kitty", "Ronald McDonald"]
    for cz, ch in zip(R.sample(celebs, 3), R.sample(chars, 3)):
        b("- ", P(cz), f": {R.randrange(200, 9000)} mentions, mostly '{pick(['outfit', 'that interview', 'the tour merch'])}'\n")
        b(f"- {ch}: {R.randrange(100, 5000)} mentions (costume trend)\n")
    b("- fan account ", handle(full("en")), " run by ", P(full("en")), " asked for a collab\n")
    b("- top region: ", L(pick(["Texas", "Ontario", "Queensland", "Scotland", "California"])), "\n")
    return b

@kind("live_shopping_chat_replay_export", "en", 5)
def k_live():
    b = B()
    host = given("en")
    b("Live shopping replay chat. Who asked for a follow-up? List handle + what they need.\n\n")
    b(f"host: hiii it's ", P(host), " welcome back lovelies ✨\n")
    for _ in range(R.randrange(5, 8)):
        nm = full("en"); h = handle(nm)
        r = b.pickr(7)
        b(f"{h}: ")
        if r == 0: b("HIII ", P(pick([host.lower() + host[-1].lower() * 3, host.upper()])), " 😍")
        elif r == 1: b("size 12 in the Tokyo colourway?")
        elif r == 2: b("can u send me the link to ", E(email(nm)), " pls")
        elif r == 3: b("ordered!! ship to ", A(addr(pick(["us", "uk"]))), " hopefully")
        elif r == 4: b("my sis ", P(given("en").lower()), " wants one too")
        elif r == 5: b("is this the same as the Malibu set from last week")
        else: b("call me ", PH(phone(pick(["us", "uk"]))), " i can't type fast enough lol")
        b("\n")
    return b

@kind("au_beach_cleanup_volunteer_signup_thread", "en", 5)
def k_au():
    b = B()
    b("Make a volunteer list (name, contact, suburb) from this FB event thread:\n\n")
    for _ in range(R.randrange(3, 6)):
        nm = full("en")
        b(P(nm), ": ")
        r = b.pickr(4)
        if r == 0: b("count me in! bringing my kids ", P(pick(["Banjo", "Matilda", "Harper", "Archie"])), " and ", P(pick(["Ruby", "Lachie", "Indi"])), ". mob ", PH(phone("au")), "\n")
        elif r == 1: b("I'm in ", L(city("au")), ", can carpool. ", E(email(nm)), "\n")
        elif r == 2: b("can drop gloves off, I'm at ", A(addr("au")), "\n")
        else: b("going! ", emo(), "\n")
    return b

@kind("hi_insta_live_winner_callout_hinglish", "hi", 5)
def k_hi():
    b = B()
    nm = full("in"); h = handle(nm)
    b("Is Hinglish chat ko English summary mein convert karo + winner details extract karo:\n\n")
    b(f"{h}: bhai maine giveaway jeeta hai!! mera naam ", P(nm), " hai\n")
    b("brand: congratulations ", P(nm.split()[0]), " ji! address aur number DM karo 🙏\n")
    b(f"{h}: address: ", A(addr("in")), "\n")
    b(f"{h}: number ", PH(phone("in")), pick([" hai, WhatsApp bhi", " — call mat karna office mein hoon", ""]), "\n")
    if chance(0.6): b(f"{h}: aur mummy ka number bhi rakh lo ", PH(phone("in")), ", unka naam ", P(f"{given('in')} {nm.split()[-1]}"), "\n")
    b("brand: noted! parcel ", L(pick(["Pune", "Jaipur", "Lucknow", "Kochi"])), " se dispatch hoga, 5-7 din\n")
    return b

@kind("pcm_x_complaint_and_brand_reply_pidgin", "pcm", 5)
def k_pcm():
    b = B()
    nm = full("ng"); h = handle(nm)
    b("Translate to standard English and suggest a reply:\n\n")
    b(f"{h}: Una no dey serious o! I pay since Monday, una no deliver. Abeg call me ", PH(phone("ng")), " make una explain\n")
    b("Brand: Hi ", P(nm.split()[0]), ", we sincerely apologise. Kindly send your order number via DM.\n")
    b(f"{h}: I don send am. My name na ", P(nm), ", address ", A(addr("ng")), ". Oga ", P(given("ng")), " for una office wey dey ", L(pick(["Ikeja", "Lekki", "Enugu", "Ibadan"])), " sef no pick call\n")
    b(f"{h}: if una no fix am today I go report una for Twitter, #EndBadService\n")
    return b

# ----------------------------------------------------------------- helpers for grammar
def tr_lastv(w):
    for ch in reversed(w.lower()):
        if ch in "aıoueiöü":
            return ch
    return "e"

def tr_dat(name):
    v = tr_lastv(name); suf = "a" if v in "aıou" else "e"
    return f"{name}'{'y' if name[-1].lower() in 'aıoueiöü' else ''}{suf}"

def tr_gen(name):
    v = tr_lastv(name); suf = {"a": "ın", "ı": "ın", "e": "in", "i": "in", "o": "un", "u": "un", "ö": "ün", "ü": "ün"}[v]
    return f"{name}'{'n' if name[-1].lower() in 'aıoueiöü' else ''}{suf}"

def tr_acc(name):
    v = tr_lastv(name); suf = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[v]
    return f"{name}'{'y' if name[-1].lower() in 'aıoueiöü' else ''}{suf}"

def tr_loc(name):
    v = tr_lastv(name); suf = "a" if v in "aıou" else "e"
    cons = "t" if name[-1].lower() in "çfhkpsşt" else "d"
    return f"{name}'{cons}{suf}"

def curp():
    L_ = string.ascii_uppercase
    return "".join(pick(L_) for _ in range(4)) + dg(6) + pick("HM") + pick(["DF", "JC", "NL", "PL", "YN"]) + "".join(pick("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + pick(L_ + "0123456789") + dg(1)

def cpf():
    return f"{dg(3)}.{dg(3)}.{dg(3)}-{dg(2)}"

# ======================================================================= non-English PII kinds
@kind("es_tiktok_comentarios_moderacion", "es", 6)
def k_es_tt():
    b = B()
    b(pick(["Revisa estos comentarios del último TikTok y dime cuáles ocultamos y qué respondemos:\n\n",
            "comentarios pendientes de moderar (cuenta ES). ¿cuáles tienen datos personales?\n\n"]))
    for _ in range(R.randrange(4, 7)):
        nm = full("es"); h = handle(nm)
        b(h, ": ")
        r = b.pickr(9)
        if r == 0: b("la dependienta de la tienda, ", P(pick(["Rocío", "Ainhoa", "Nerea", "Pili"])), ", un amor ", emo())
        elif r == 1: b("mi novio ", P(pick(["Javi", "Iker", "Dani", "Sergio"])), " dice que la talla M es enana jajaja")
        elif r == 2: b("llamadme al ", PH(phone("es")), " que por DM no contestáis")
        elif r == 3: b("escribidme a ", E(email_dodge(nm, "es")), " y os paso las fotos del paquete roto")
        elif r == 4: b("soy de ", L(city("es")), " y no llega NADA desde hace dos semanas 😤")
        elif r == 5: b("esto es más falso que Mafalda vendiendo Zara jajaja")
        elif r == 6: b("si lo lleva ", P(pick(["Rosalía", "Aitana", "Lola Índigo", "Georgina Rodríguez"])), " me lo compro ya")
        elif r == 7: b("el envío a ", A(addr("es")), " lleva 'en reparto' desde el lunes")
        else: b("#TeamPilar 💚 la mejor del directo")
        b("\n")
    return b

@kind("es_mx_sorteo_ganadores_datos_paqueteria", "es", 5)
def k_es_mx():
    b = B()
    b("Arma la tabla para la paquetería con estos ganadores del sorteo #NavidadConSabor (nombre, dirección, cel). El CURP no lo pongas.\n\n")
    for i in range(R.randrange(3, 5)):
        nm = full("es")
        b(f"{i+1}) {handle(nm)} → ", P(nm), "\n   Dirección: ", A(addr("mx")), "\n   Cel: ", PH(phone("mx")))
        if chance(0.4): b(f"\n   CURP: {curp()}")
        if chance(0.3): b("\n   Nota: que lo reciba su mamá, doña ", P(pick(["Lupita", "Chela", "Maru", "Conchita"])))
        b("\n")
    b("\nPremio: canasta Bimbo + termo Stanley. Avisarles que el Gansito viene aparte 😅")
    return b

@kind("es_ar_resenas_parrilla_respuestas_dueno", "es", 5)
def k_es_ar():
    b = B()
    dueno = given("es")
    b("Mejorá las respuestas del dueño a estas reseñas de Google (tono cálido, sin datos personales):\n\n")
    for _ in range(R.randrange(3, 5)):
        nm = full("es")
        b("⭐" * R.randrange(1, 6), " ", P(nm), f" · hace {R.randrange(1, 11)} semanas\n\"")
        r = b.pickr(5)
        if r == 0: b("El mozo, ", P(pick(["Nacho", "Fede", "Tincho", "Pato"])), ", un genio. El vacío impecable.")
        elif r == 1: b("Fuimos con mi vieja ", P(pick(["Marta", "Susana", "Graciela"])), " por su cumple y nos tuvieron 40 min esperando.")
        elif r == 2: b("Reservé por WhatsApp al ", PH(phone("ar")), " y nadie contestó, vergonzoso.")
        elif r == 3: b("Vinimos desde ", L(city("ar")), " solo para probar la provoleta. Vale la pena.")
        else: b("Nos atendió ", P(pick(["Gimena", "Luciano", "Romina"])), ", re atenta. Volvemos!")
        b("\"\nRespuesta: ¡Gracias ", P(nm.split()[0]), "! ", pick(["Te esperamos pronto.", "Ya hablé con el equipo.", "Disculpá la demora."]), " — ", P(dueno), "\n\n")
    return b

@kind("pt_br_grupo_whatsapp_embaixadoras_export", "pt", 6)
def k_pt_wa():
    b = B()
    b(pick(["Resumo dessa conversa do grupo de embaixadoras, por favor. Quem ainda não mandou endereço pro kit?\n\n",
            "Exportação do grupo de WhatsApp das embaixadoras. Lista quem pediu troca de tamanho.\n\n"]))
    adm = full("pt")
    for i in range(R.randrange(5, 8)):
        b(f"{R.randrange(1,28):02d}/0{R.randrange(1,9)}/2024 {hhmm()} - ")
        if chance(0.3): b(PH(phone("br")), ": ")
        elif i == 0: b(P(adm), ": ")
        else: b(P(f"{given('pt')} {sur('pt')}"), pick([": ", " 💖: "]))
        r = b.pickr(8)
        if r == 0: b("meu endereço: ", A(addr("br")), "\n")
        elif r == 1: b("gente, quem fala com a Dona ", P(pick(["Cida", "Graça", "Conceição"])), " da logística?\n")
        elif r == 2: b("<Mídia oculta>\n")
        elif r == 3: b("meu cpf é ", cpf(), " se precisar pra nota\n")
        elif r == 4: b("amei o look da ", P(pick(["Anitta", "Juliette", "Bruna Marquezine"])), " com o nosso batom 😍\n")
        elif r == 5: b("o Seu ", P(pick(["Zé", "Tonho", "Jorge"])), " do correio disse que só entrega amanhã\n")
        elif r == 6: b("meu email mudou: ", E(email(full("pt"), "pt")), "\n")
        else: b("alguém de ", L(city("br")), " aqui? bora gravar junto\n")
    return b

@kind("pt_br_reclamacao_publica_resposta_empresa", "pt", 5)
def k_pt_rec():
    b = B()
    nm = full("pt"); g = nm.split()[0]
    b("Reescreva a resposta da empresa de forma mais empática, sem repetir dados pessoais da cliente:\n\n")
    b(f"Reclamação #{R.randrange(100000, 999999)} — \"{pick(['Produto nunca chegou', 'Cobrança em dobro no cartão', 'Atendimento péssimo'])}\"\n")
    b("Autor(a): ", P(nm), " — ", L(city("br")), "\n\n")
    b("\"Comprei dia ", date_s("eu"), " e até agora nada. Já liguei no SAC 4 vezes, falei com ", P(given("pt")),
      " e depois com ", P(given("pt")), ", ninguém resolve. Meu telefone é ", PH(phone("br")), " e o e-mail ", E(email(nm, "pt")),
      ". Entrega era pra ", A(addr("br")), ". CPF ", cpf(), ".")
    if chance(0.6): b(" Cobraram duas vezes no cartão ", CC(card(pick(["visa", "mc"]))), ", quero estorno!")
    b("\"\n\n")
    b("Resposta da empresa: Olá, ", P(g), ". Lamentamos o ocorrido. Nossa equipe entrará em contato pelo telefone informado.\n")
    return b

@kind("pt_pt_comentarios_pagina_loja_facebook", "pt", 5)
def k_pt_pt():
    b = B()
    b("Classifica estes comentários da página (elogio/reclamação/pergunta) e sugere respostas:\n\n")
    for _ in range(R.randrange(3, 6)):
        nm = full("pt")
        b(P(nm), ": ")
        r = b.pickr(6)
        if r == 0: b("A menina da loja, a ", P(pick(["Inês", "Beatriz", "Mafalda", "Leonor"])), ", foi impecável!\n")
        elif r == 1: b("Encomenda para ", A(addr("pt")), " ainda não chegou, já lá vão 10 dias\n")
        elif r == 2: b("Liguem-me para o ", PH(phone("pt")), " por favor, ninguém responde ao email\n")
        elif r == 3: b("Vivo em ", L(city("pt")), ", quando abrem aí?\n")
        elif r == 4: b("o pastel de nata da Manteigaria é melhor 😂\n")
        else: b("Comprei o sofá Lisboa e o tecido já está a rasgar\n")
    return b

@kind("fr_fil_forum_citations_signatures", "fr", 5)
def k_fr_forum():
    b = B()
    op = full("fr")
    b("Fais un résumé neutre de ce fil pour l'équipe produit (pas de noms) :\n\n")
    b(f"Sujet : « {pick(['Appli qui plante depuis la MAJ 5.2', 'Remboursement jamais reçu', 'Livraison Colissimo perdue', 'Box qui redémarre toute seule'])} »\n\n")
    b(f"{handle(op)} a écrit :\nBonjour, ça fait 3 semaines. Le conseiller ", P(given("fr")), " m'a dit qu'on me rappellerait au ", PH(phone("fr")), ". Rien.\n")
    b("--\n", P(op), " – ", L(city("fr")), "\n\n")
    r2 = full("fr")
    b(f"{handle(r2)} a écrit :\n> Le conseiller m'a dit qu'on me rappellerait\n")
    b("Pareil ici. ", pick(["Mon adresse de livraison : ", "Colis envoyé au "]), A(addr("fr")), pick([" et toujours rien.", ", suivi bloqué."]), "\n")
    b("Cordialement,\n", P(r2), "\n\n")
    b("Modérateur :\nBonjour ", P(op.split()[0]), ", merci de ne pas publier vos coordonnées, je les ai masquées. Écrivez-nous à ", E(f"communaute@{pick(['exemple-marque.fr', 'support-box.fr'])}"), ".\n")
    return b

@kind("fr_verbatims_enquete_satisfaction_codage", "fr", 5)
def k_fr_verb():
    b = B()
    b("Code chaque verbatim (accueil, prix, livraison, appli, produit) et donne le sentiment :\n\n")
    for i in range(R.randrange(5, 8)):
        b(f"{i+1}. ")
        r = b.pickr(7)
        if r == 0: b("« ", P(pick(["Yasmine", "Loïc", "Fanny", "Mathis"])), " à l'accueil était adorable avec ma fille »")
        elif r == 1: b("« trop cher depuis la hausse de janvier »")
        elif r == 2: b("« Rappelez-moi au ", PH(phone("fr")), ", je n'ai pas le temps d'écrire »")
        elif r == 3: b("« je suis à ", L(city("fr")), " et le point relais ferme à 18h, impossible »")
        elif r == 4: b("« Astérix et Obélix sur l'emballage, trop mignon 😂 »")
        elif r == 5: b("« M. ", P(sur("fr")), " du service client ne m'a jamais répondu, j'ai écrit à ", E(email(full("fr"), "fr")), " »")
        else: b("« RAS »")
        b("\n")
    return b

@kind("fr_ca_reponses_publiques_x_quebec", "fr", 5)
def k_frca():
    b = B()
    nm = f"{given('fr')} {pick(['Tremblay', 'Gagnon', 'Côté', 'Bouchard', 'Gauthier', 'Roy'])}"
    h = handle(nm)
    b("Rédige une réponse publique + un DM en français québécois :\n\n")
    b(f"{h} : Ça fait deux fois que mon colis revient à l'entrepôt. Je suis écoeurée 😤 @PostesCanada @marque\n\n")
    b(f"DM de {h} :\nMon nom : ", P(nm), "\nAdresse : ", A(addr("ca")), "\nCell : ", PH(phone("ca")), "\n")
    if chance(0.5): b("Vous pouvez aussi appeler mon chum ", P(given("fr")), " au ", PH(phone("ca")), "\n")
    b("\nNote interne : elle a déjà parlé à ", P(given("fr")), " au service client le ", date_s("iso"), ".")
    return b

@kind("de_community_meldungen_moderation_queue", "de", 6)
def k_de_mod():
    b = B()
    b(pick(["Bitte die gemeldeten Beiträge durchgehen: löschen, verbergen oder freigeben? Kurz begründen.\n\n",
            "Gemeldete Kommentare aus der Community – welche enthalten personenbezogene Daten?\n\n"]))
    for i in range(R.randrange(4, 6)):
        nm = full("de"); h = handle(nm)
        b(f"Meldung {i+1} – {h}: „")
        r = b.pickr(8)
        g = pick(["Lena", "Sophie", "Anke", "Katrin", "Birgit", "Frieda", "Uwe", "Dirk", "Heike"])
        if r == 0: b(P(g + "s"), " Bestellung ist auch nie angekommen, wir wohnen zusammen in ", L(city("de")))
        elif r == 1: b("Herr ", P(sur("de")), " vom Kundenservice hat mich angeschrien!!")
        elif r == 2: b("Ruft mich an: ", PH(phone("de")), ", ich hab keine Lust mehr auf Mails")
        elif r == 3: b("Der Paketbote hat das Paket bei ", A(addr("de")), " vor die Tür gestellt, weg ist es")
        elif r == 4: b("Kauft lieber bei Müller Drogerie, die sind wenigstens ehrlich")
        elif r == 5: b("meine Mail: ", E(email_dodge(nm)), " schreibt mir, dann schick ich Beweisfotos")
        elif r == 6: b("Frau ", P(sur("de")), " aus der Filiale war super, bitte Lob weitergeben")
        else: b("@", pick(["DHLPaket", "Zalando", "dm_de"]), " klärt das mal")
        b(f"“ (Grund: {pick(['Beleidigung', 'Spam', 'Private Daten', 'Off-Topic'])})\n")
    return b

@kind("de_gewinnspiel_gewinner_versand_und_auszahlung", "de", 5)
def k_de_gw():
    b = B()
    b("Bitte Versandliste + Überweisungsliste für den Geldpreis erstellen. Gewinner aus dem Insta-Gewinnspiel:\n\n")
    for i in range(R.randrange(3, 5)):
        cc = pick(["de", "de", "at", "ch"]); nm = full("de")
        b(f"{i+1}. {handle(nm)} – ", P(nm), "\n   Anschrift: ", A(addr(cc)), "\n")
        if chance(0.6):
            b("   IBAN für 100 € Preis: ", IB(iban({"de": "DE", "at": "AT", "ch": "CH"}[cc])), "\n")
        if chance(0.4):
            b("   Tel.: ", PH(phone(cc)), "\n")
    b("\nHinweis: Gewinner 2 möchte, dass das Paket an ", P(pick(["Jonas", "Lukas", "Felix"])), pick(["' Eltern", " (Bruder)"]), " geht – nachfragen!")
    return b

@kind("de_ch_fokusgruppe_protokoll_zitate", "de", 5)
def k_de_ch():
    b = B()
    b("Fasse das Protokoll zusammen, Zitate anonymisieren:\n\n")
    b(f"Fokusgruppe {pick(['Migros-Kunden', 'Online-Shop', 'Treueprogramm'])} – ", L(pick(["Zürich", "Basel", "Bern"])), f", {date_s('dot')}\n")
    b("Moderation: ", P(full("de")), "\n")
    ts = R.sample([x for x in G["de"] if x[-1] not in "sxzß"], 3)
    for t in ts:
        b("TN ", P(t), f" ({R.randrange(22, 70)}), ", L(pick(["Winterthur", "Luzern", "St. Gallen", "Aarau"])), "\n")
    b("\n", P(ts[0]), ": Ich bestelle nur noch, wenn der Pöstler klingelt.\n")
    b(P(ts[1]), ": Das mit ", P(ts[0] + "s"), " Paket ist mir auch passiert – Heidi-Käse komplett geschmolzen.\n")
    b(P(ts[2]), ": Man kann mich gern nachher anrufen, ", PH(phone("ch")), ".\n")
    return b

@kind("it_recensioni_risposte_titolare_trattoria", "it", 5)
def k_it_rec():
    b = B()
    tit = given("it")
    b("Migliora le risposte del titolare (tono caldo, niente dati personali):\n\n")
    for _ in range(R.randrange(3, 5)):
        nm = full("it")
        b(P(nm) if chance(0.7) else P(nm.lower()), f" — {R.randrange(1,6)}/5\n«")
        r = b.pickr(5)
        if r == 0: b("Il cameriere ", P(pick(["Gigi", "Tonino", "Salvo", "Ciro"])), " simpaticissimo, carbonara top")
        elif r == 1: b("Siamo venuti da ", L(city("it")), " apposta, deludente")
        elif r == 2: b("Ho prenotato al ", PH(phone("it")), " ma il tavolo non c'era")
        elif r == 3: b("Festa per mia nonna ", P(pick(["Carmela", "Rosaria", "Assunta"])), ", tutto perfetto ❤️")
        else: b("Tiramisù meglio di quello della Mulino Bianco, ma servizio lento")
        b("»\nRisposta: Grazie ", P(nm.split()[0]), pick(["! ", ", "]), pick(["Vi aspettiamo!", "Ci dispiace molto.", "Ne parlo con lo staff."]), " — ", P(tit), "\n\n")
    return b

@kind("it_ambassador_lista_spedizione_kit", "it", 5)
def k_it_amb():
    b = B()
    b("Controlla la lista per la spedizione dei kit ambassador e segnala dati mancanti:\n\n")
    b("nome;handle;indirizzo;cellulare;email;iban rimborso\n")
    for _ in range(R.randrange(3, 6)):
        nm = full("it")
        b(P(nm), ";", handle(nm), ";", A(addr("it")), ";")
        b(PH(phone("it")) if chance(0.8) else "", ";")
        b(E(email(nm, "it")) if chance(0.8) else "", ";")
        b(IB(iban("IT")) if chance(0.4) else "", "\n")
    return b

@kind("nl_webcare_dm_export_klantcontact", "nl", 5)
def k_nl_wc():
    b = B()
    nm = full("nl"); h = handle(nm); g = nm.split()[0]
    b("Maak een korte overdrachtsnotitie van dit webcaregesprek:\n\n")
    b(f"{h}: Mijn pakket staat al 5 dagen op 'onderweg' 😡\n")
    b("Webcare (", P(given("nl")), "): Vervelend! Mag ik je naam, postcode en huisnummer via DM?\n")
    b(f"{h}: ", P(nm), ", ", A(addr("nl")), "\n")
    b(f"{h}: bel me maar op ", PH(phone("nl")), ", of mail naar ", E(email(nm, "nl")), "\n")
    if chance(0.5): b(f"{h}: het is trouwens voor ", P(pick(["Sanne", "Daan", "Lotte"])), "'s verjaardag dus liefst voor zaterdag\n")
    b("Webcare: Dank je ", P(g), ", ik heb het doorgezet naar de vervoerder in ", L(city("nl")), ".\n")
    return b

@kind("nl_be_klantenpanel_verbatims_thema", "nl", 5)
def k_nl_be():
    b = B()
    b("Deel deze antwoorden uit het klantenpanel in per thema:\n\n")
    for i in range(R.randrange(4, 7)):
        b(f"- R{i+1}: ")
        r = b.pickr(6)
        if r == 0: b("'", P(pick(["Jef", "Lien", "Wout", "Elke"])), " aan de kassa is altijd vriendelijk'")
        elif r == 1: b("'levering naar ", L(city("be")), " duurt te lang'")
        elif r == 2: b("'bel mij gerust: ", PH(phone("be")), "'")
        elif r == 3: b("'Nijntje-actie was leuk voor de kinderen'")
        elif r == 4: b("'ik woon op ", A(addr("be")), " en de bezorger vindt het nooit'")
        else: b("'mevrouw ", P(sur("nl")), " van de klantendienst heeft me super geholpen'")
        b("\n")
    return b

@kind("tr_sikayet_yaniti_taslak_ekli_isimler", "tr", 6)
def k_tr_sk():
    b = B()
    nm = full("tr"); g, s_ = nm.split()[0], nm.split()[-1]
    ag = given("tr")
    b("Aşağıdaki şikâyete kurumsal ama samimi bir yanıt yaz, kişisel verileri tekrarlama:\n\n")
    b(f"Şikâyet başlığı: \"{pick(['Kargo 10 gündür gelmedi', 'İade param yatmadı', 'Müşteri hizmetleri telefonu kapattı'])}\"\n")
    b("Şikâyet eden: ", P(nm), "\n\n")
    b("\"Merhaba, ", P(tr_dat(ag)), " üç kez anlattım, hâlâ çözüm yok. ")
    sp = given("tr")
    b("Eşim ", P(tr_gen(sp)), " adına da sipariş verdik, o da gelmedi. ")
    b("Adresim: ", A(addr("tr")), ". Telefon: ", PH(phone("tr")), ". TC kimlik no istiyorsanız ", dg(11, "1"), ".\"\n\n")
    b("Taslak yanıt: Sayın ", P(s_), pick([",", ""]), " yaşadığınız sorun için özür dileriz. Konuyu ", P(tr_gen(ag)), pick([" ekibine ilettik.", " yöneticisine ilettik."]), " Eşiniz ", P(tr_gen(sp)), " siparişini de kontrol ediyoruz; ", P(tr_acc(ag)), pick([" yarın sizi araması için görevlendirdik.\n", " konuyla ilgili bilgilendirdik.\n"]))
    return b

@kind("tr_instagram_cekilis_kazanan_listesi", "tr", 5)
def k_tr_ck():
    b = B()
    b("Çekiliş kazananlarının kargo listesini hazırla (ad, adres, telefon):\n\n")
    for i in range(R.randrange(3, 5)):
        nm = full("tr")
        b(f"{i+1}. {handle(nm)} → ", P(nm), " | ", A(addr("tr")), " | ", PH(phone("tr")))
        if chance(0.5): b(" | nakit ödül IBAN: ", IB(iban("TR")))
        b("\n")
    g = given("tr")
    b("\nNot: 2. kazanan hediyeyi ", P(tr_dat(g)), " göndermek istiyor, ", L(tr_loc(city("tr"))), " oturuyormuş. Keloğlan temalı kutu bitti, yerine Pamuk Prenses olsun.")
    return b

@kind("id_ulasan_marketplace_balasan_toko", "id", 6)
def k_id_ul():
    b = B()
    b(pick(["Tolong bikin balasan untuk ulasan-ulasan ini, bahasa santai tapi sopan:\n\n", "Ulasan toko minggu ini, rangkum keluhan utamanya ya:\n\n"]))
    for _ in range(R.randrange(3, 6)):
        nm = full("id")
        b("⭐" * R.randrange(1, 6), " ", P(nm) if chance(0.6) else pick(["p***i", "a***8"]), "\n\"")
        r = b.pickr(7)
        if r == 0: b("Adminnya ramah bgt, makasih Kak ", P(pick(["Dinda", "Tari", "Wulan"])), " 🙏")
        elif r == 1: b("Barang sampai di ", L(city("id")), " dlm keadaan penyok, kardusnya basah")
        elif r == 2: b("Kurirnya Pak ", P(pick(["Joko", "Agus", "Eko", "Budi"])), " sopan, paket dititip ke tetangga")
        elif r == 3: b("Hub saya di WA ", PH(phone("id")), " min, mau retur")
        elif r == 4: b("alamat saya ", A(addr("id")), " tolong jgn salah kirim lagi")
        elif r == 5: b("Kualitas kayak Si Unyil, kecil bgt 😂")
        else: b("Bu ", P(pick(["Sri", "Yanti", "Ratna"])), " yg jaga toko offline juga baik")
        b("\"\n\n")
    return b

@kind("id_grup_telegram_reseller_rekap_order", "id", 5)
def k_id_tg():
    b = B()
    b("Rekap order dari grup Telegram reseller ini jadi tabel (nama, HP, alamat, item):\n\n")
    for _ in range(R.randrange(4, 6)):
        nm = full("id")
        b(P(nm), f" ({handle(nm)}): ")
        r = b.pickr(4)
        if r == 0: b("order 2 lusin gamis hitam, kirim ke ", A(addr("id")), ", hp ", PH(phone("id")), "\n")
        elif r == 1: b("min stok tumbler warna sage masih?\n")
        elif r == 2: b("mbak ", P(pick(["Rina", "Intan", "Mega"])), " transfer udah ya, cek mutasi\n")
        else: b("saya di ", L(city("id")), ", bisa COD?\n")
    return b

@kind("tl_fb_group_buyer_seller_thread_taglish", "tl", 5)
def k_tl_fb():
    b = B()
    b("Summarize mo itong FB group thread at i-list kung sino ang may unpaid orders:\n\n")
    seller = full("tl")
    b(P(seller), " (seller): Mga sis, mine na lang sa comments! COD available sa ", L(pick(["Pasig", "Taguig", "Marikina", "Cebu"])), "\n")
    for _ in range(R.randrange(3, 6)):
        nm = full("tl")
        b("↳ ", P(nm), ": ")
        r = b.pickr(6)
        if r == 0: b("mine po 2pcs! pa-send sa ", A(addr("ph")), "\n")
        elif r == 1: b("sis pm mo ko, eto number ko ", PH(phone("ph")), "\n")
        elif r == 2: b("si ", P(pick(["Jun", "Jomar", "Carlo"])), " na lang kukuha, kapatid ko\n")
        elif r == 3: b("legit ba 'to? nabudol na ako dati kay Ate ", P(pick(["Lovely", "Honey", "Cherry"])), " eh 😭\n")
        elif r == 4: b("parang Darna yung design haha cute\n")
        else: b("paid na po via GCash, ref ", dg(13), "\n")
    return b

@kind("tl_giveaway_claim_dm_taglish", "tl", 5)
def k_tl_gv():
    b = B()
    nm = full("tl"); h = handle(nm)
    b("Paki-extract yung shipping details from this DM:\n\n")
    b(f"Brand: Congrats {h}! Ikaw winner ng #PaskoSaKusina giveaway 🎉 Pakisend full name, address, at contact.\n")
    b(f"{h}: omg thank u!! ", P(nm), " po\n")
    b(f"{h}: ", A(addr("ph")), "\n")
    b(f"{h}: ", PH(phone("ph")), pick([" (globe)", " smart po", ""]), "\n")
    if chance(0.6): b(f"{h}: pwede po bang kay Kuya ", P(given("tl")), " ipangalan? sya po tatanggap, nasa work ako\n")
    b("Brand: Noted po! Ipapadala namin via LBC.\n")
    return b

@kind("vi_binh_luan_fanpage_phan_hoi_mau", "vi", 5)
def k_vi_bl():
    b = B()
    b("Viết phản hồi cho các bình luận này trên fanpage, giọng thân thiện:\n\n")
    for _ in range(R.randrange(3, 6)):
        nm = full("vi")
        b(P(nm) if chance(0.7) else pick(["Mẹ Bắp", "Hạt Tiêu Shop"]), ": ")
        r = b.pickr(6)
        if r == 0: b("nhân viên tên ", P(pick(["Linh", "Thảo", "Huy"])), " tư vấn nhiệt tình lắm shop ơi\n")
        elif r == 1: b("shop gọi lại cho mình số ", PH(phone("vn")), " nhé, đơn bị giao nhầm\n")
        elif r == 2: b("giao về ", A(addr("vn")), " mà 1 tuần chưa tới 😢\n")
        elif r == 3: b("chị ", P(pick(["Mai", "Hương", "Ngọc"])), " ơi còn size M không ạ\n")
        elif r == 4: b("mình ở ", L(city("vn")), ", có ship COD không\n")
        else: b("áo in hình Doraemon dễ thương quá\n")
    return b

@kind("vi_nhom_zalo_khach_hang_than_thiet_xuat", "vi", 5)
def k_vi_zl():
    b = B()
    b("Tóm tắt nhóm Zalo khách hàng thân thiết, liệt kê ai cần gọi lại:\n\n")
    for _ in range(R.randrange(4, 6)):
        nm = full("vi")
        b(f"[{hhmm()}] ", P(nm), ": ")
        r = b.pickr(5)
        if r == 0: b("anh ", P(pick(["Tuấn", "Dũng", "Long"])), " ơi em chưa nhận được voucher\n")
        elif r == 1: b("gọi em qua ", PH(phone("vn")), " nha\n")
        elif r == 2: b("email của em là ", E(email(nm, "vi")), "\n")
        elif r == 3: b("[Hình ảnh]\n")
        else: b("em chuyển ra ", L(city("vn")), " rồi, đổi chi nhánh giúp em\n")
    return b

@kind("pl_opinie_sklepu_odpowiedzi_odmiana", "pl", 6)
def k_pl_op():
    b = B()
    b("Popraw odpowiedzi sklepu na opinie, ton ciepły, bez danych osobowych:\n\n")
    for _ in range(R.randrange(3, 5)):
        p = pick(PL_PEOPLE); q = pick(PL_PEOPLE)
        b(P(p["nom"]) if chance(0.6) else P(p["f"]), f" – {R.randrange(1, 6)}/5\n„")
        r = b.pickr(5)
        if r == 0:
            q = pick([x for x in PL_PEOPLE if x["nom"].split()[0].endswith("a")])
            b("Podziękowania dla pani ", P(q["fdat"]), " z infolinii, cierpliwa jak anioł")
        elif r == 1: b("Paczka do ", L(pick(["Krakowa", "Wrocławia", "Poznania", "Gdańska"])), " szła 9 dni")
        elif r == 2: b("Rozmawiałam z ", P(q["ins"]), " i nic z tego nie wynikło")
        elif r == 3: b("Proszę o kontakt: ", PH(phone("pl")), ", ", A(addr("pl")))
        else: b("Kubuś Puchatek na kubku super, ale ucho odpadło")
        b("”\nOdpowiedź: ", P(p["voc"]) if chance(0.5) else "Dzień dobry", pick([", dziękujemy!", ", przepraszamy za kłopot."]), "\n\n")
    return b

@kind("pl_werbatimy_nps_kodowanie_tematow", "pl", 5)
def k_pl_nps():
    b = B()
    b("Zakoduj werbatimy NPS (obsługa, cena, dostawa, aplikacja):\n\n")
    for i in range(R.randrange(4, 7)):
        p = pick(PL_PEOPLE)
        b(f"{i+1}. [{R.randrange(0, 11)}] ")
        r = b.pickr(5)
        if r == 0: b("\"Pan ", P(p["f"] if p["f"] in ("Piotr", "Łukasz") else "Krzysztof"), " w sklepie bardzo pomocny\"")
        elif r == 1: b("\"dzwoniłam do ", P(p["fgen"]), " trzy razy\"")
        elif r == 2: b("\"aplikacja się wiesza na Androidzie 14\"")
        elif r == 3: b("\"proszę pisać na ", E(email(p["nom"], "pl")), "\"")
        else: b("\"dostawa do ", L(pick(["Łodzi", "Lublina", "Katowic", "Szczecina"])), " zawsze spóźniona\"")
        b("\n")
    return b

@kind("sv_recensioner_butik_svar_utkast", "sv", 5)
def k_sv_rec():
    b = B()
    b("Skriv svar på recensionerna, varm ton, inga personuppgifter i svaren:\n\n")
    for _ in range(R.randrange(3, 5)):
        nm = full("sv")
        b(P(nm), f" ({R.randrange(1, 6)}★): \"")
        r = b.pickr(5)
        if r == 0: b(P(pick(["Ebba", "Oskar", "Tove"])), " i kassan var så trevlig mot min son ", P(pick(["Nils", "Melker", "Alve"])))
        elif r == 1: b("Paketet till ", L(city("se")), " tog två veckor")
        elif r == 2: b("Ring mig på ", PH(phone("se")), ", ingen svarar på mejl")
        elif r == 3: b("Min sambo ", P(pick(["Annas", "Eriks", "Majas", "Johans", "Lindas"])), " beställning kom aldrig")
        else: b("BILLY-hyllan passar perfekt, Pippi-tapeten också")
        b("\"\n")
    return b

@kind("sv_discord_moderering_logg_ip", "sv", 5)
def k_sv_dc():
    b = B()
    b("Sammanfatta moderationsloggen och flagga samma IP på flera konton:\n\n")
    sh = ip()
    for i in range(R.randrange(4, 6)):
        nm = full("sv")
        b(f"{date_s()} {hhmm()} | {pick(['BAN', 'VARNING', 'TIMEOUT'])} | konto: {strip_acc(nm.split()[0]).lower()}{R.randrange(10, 99)} | visningsnamn: ")
        b(*disp("sv")); b(" | IP: ", IP(sh if i % 2 else ip()), f" | {pick(['spam', 'hot mot moderator', 'delade annans adress', 'bannad tidigare'])}\n")
    return b

@kind("ar_arabizi_insta_dm_delivery_egypt", "ar", 5)
def k_ar_eg():
    b = B()
    nm = full("ar"); h = handle(nm)
    b("Translate this Arabizi DM to English and extract the delivery details:\n\n")
    b(f"{h}: salam, el order bta3i mawsalsh lel2an w 3adda 10 ayam 😤\n")
    b("brand: ahlan ya ", P(nm.split()[0]), "! momken el esm w el 3enwan w rakam el mobile?\n")
    b(f"{h}: ", P(nm), "\n")
    b(f"{h}: el 3enwan ", A(addr("eg")), "\n")
    b(f"{h}: mobile ", PH(phone("eg")), pick([" w whatsapp nafs el rakam", "", " kalemni ba3d 5"]), "\n")
    if chance(0.6): b(f"{h}: law ana mesh mawgoud edeeh l 3amo ", P(pick(["Sa3ed", "A7med", "Mahmoud", "Fat7y"])), " el bawab\n")
    b("brand: tamam, el mandoub haykalemak men ", L(pick(["Maadi", "Nasr City", "Heliopolis", "Giza"])), " bokra\n")
    return b

@kind("ar_arabizi_fb_comments_maghreb_levant", "ar", 5)
def k_ar_ml():
    b = B()
    b("Classify these Arabizi comments (complaint/question/praise) and draft replies in French or English:\n\n")
    for _ in range(R.randrange(3, 6)):
        nm = full("ar")
        b(P(nm) if chance(0.7) else P(nm.split()[0].lower()), ": ")
        r = b.pickr(6)
        if r == 0: b("salam, commande dyali ma wslatch l ", L(pick(["Casablanca", "Rabat", "Tanger", "Marrakech"])), " 3lach?\n")
        elif r == 1: b("3ayto liya f ", PH(phone("ma")), " 3afak\n")
        elif r == 2: b("kifak, el delivery 3a ", A(addr("ma")), " ma wesel\n")
        elif r == 3: b("shukran la ", P(pick(["Rania", "Walid", "Hamza"])), " bl store, ktir mhazabe ❤️\n")
        elif r == 4: b("ana f ", L(pick(["Beirut", "Jounieh", "Tripoli"])), ", call me ", PH(phone("lb")), "\n")
        else: b("el 3olba fiha Aladdin w Jasmine, 7elwa bas el ghata maksour\n")
    return b

@kind("es_spanglish_miami_dm_thread", "es", 5)
def k_spang():
    b = B()
    nm = full("es"); h = handle(nm)
    b("Summarize in English, what does the customer want?\n\n")
    b(f"{h}: hola! so el pedido llegó pero the box was todo mojado, can u guys send another one?\n")
    b(f"{h}: mi nombre es ", P(nm), ", address ", A(f"{R.randrange(100, 9999)} {pick(['NW 7th St', 'W 49th St', 'SW 112th Ave', 'NW 87th Ave'])}{pick(['', ' Apt ' + str(R.randrange(1, 40)), ' #' + str(R.randrange(100, 400))])}, {pick(['Miami, FL 331', 'Hialeah, FL 330', 'Doral, FL 331'])}{dg(2)}"), "\n")
    b(f"{h}: my cel es ", PH(phone("us")), pick([" o llama a mi abuela ", " or text mi tía "]), P(pick(["Cuca", "Nena", "Mirta"])), " al ", PH(phone("us")), "\n")
    b(f"{h}: ah y vivo en ", L(pick(["Hialeah", "Doral", "Kendall"])), " now, not ", L("Orlando"), " anymore lol\n")
    return b

# ======================================================================= no-PII trap kinds
@kind("brand_hashtag_content_calendar_nopii", "en", 5)
def n_cal():
    b = B()
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    posts = ["Reel: unboxing the Oliver tote in 'Tokyo Night' #OOTD #TeamMaria",
             "Carousel: 5 ways to style the Rosie lip oil — #GRWM #AskJamie",
             "Story poll: Malibu vs Sahara colourway? SKU 0742-118-3390 restock",
             "UGC repost slot (needs rights!) #BrandFam #MondayMotivation",
             "Collab teaser with Ben & Jerry's — embargo till 09:00 GMT",
             "Live Q&A with the product team, pinned comment: code GLOW15",
             "Meme: 'when the Ken doll finally gets his own aisle' #Barbiecore",
             "TikTok duet with the Duolingo owl 🦉 (legal ok'd the logo)",
             "Giveaway rules post, T&Cs v3.2, closes 23:59 BST",
             "Throwback: Spring '19 campaign 'Casablanca Nights' lookbook"]
    b(pick(["Can you tighten the captions in this calendar? Keep the hashtags.\n\n", "Content calendar wk 14 – anything off-brand?\n\n"]))
    for d, p in zip(days, R.sample(posts, R.randrange(5, 8))):
        b(f"{d} {R.randrange(8, 21)}:00 | {pick(['IG', 'TT', 'FB', 'X', 'YT Shorts'])} | {p}\n")
    return b

@kind("sentiment_cluster_summary_aggregate_nopii", "en", 5)
def n_clu():
    b = B()
    b("Turn this into 3 slides for Monday's CX review:\n\n")
    cl = ["Delivery delays", "Price increase", "App login loop (v7.3.0)", "Praise for in-store staff", "Packaging (Barbie pink edition)",
          "Subscription cancellation", "Alexa skill errors", "Wendy's collab hype", "Loyalty points missing"]
    tot = 100
    for i, c in enumerate(R.sample(cl, 5)):
        share = R.randrange(5, 30)
        b(f"Cluster {i+1} – {c}: {share}% of {R.randrange(2000, 40000)} mentions, sentiment {R.uniform(-0.9, 0.9):+.2f}\n")
        b(f"  sample phrases: \"{pick(['where is my parcel', 'worth it tbh', 'never again', 'obsessed', 'still broken after update', 'the Monte Carlo sofa is a scam'])}\", \"{pick(['love the new Milano range', 'ticket 2024-0611-7781 ignored', 'CSAT survey spam', 'Hello Kitty one sold out'])}\"\n")
    b(f"\nNPS {R.randrange(-20, 60)} (prev {R.randrange(-20, 60)}), CSAT {R.uniform(3, 4.8):.1f}, FRT {R.randrange(2, 40)}h. Peak on {date_s()} after the 'Dr. Martens dupe' video.")
    return b

@kind("moderation_keyword_regex_rules_nopii", "en", 5)
def n_regex():
    b = B()
    b("Review our automod rules. Are any too aggressive? Suggest fixes.\n\n```yaml\n")
    rules = [("hide_phone_like", r"\b\+?\d[\d\s().-]{8,}\d\b", "hide", "false positives on order numbers like 2024-118-44719"),
             ("hide_email_like", r"[\w.+-]+\s*(@|\bat\b)\s*[\w-]+\s*(\.|\bdot\b)\s*\w+", "hold", "catches 'meet at noon dot'?"),
             ("brand_impersonation", r"(?i)official\s*support|help\s*desk\s*team", "remove", ""),
             ("slur_list_v12", "<list:slurs_en_v12>", "remove", "updated 2024.11.03-rc4"),
             ("crypto_spam", r"(?i)(usdt|airdrop|double your)", "remove", ""),
             ("giveaway_bait", r"(?i)dm\s+me\s+to\s+claim", "hold", "hits our own {{first_name}} template"),
             ("link_shorteners", r"bit\.ly|tinyurl|t\.co", "hold", "error 0x80070005 on import")]
    for n, rx, act, note in R.sample(rules, R.randrange(4, 7)):
        b(f"- name: {n}\n  pattern: '{rx}'\n  action: {act}\n")
        if note: b(f"  # {note}\n")
    b("```\nPlaceholders in replies: {{first_name}}, [PHONE], <EMAIL>, %ORDER_ID%.")
    return b

@kind("fictional_character_costume_poll_results_nopii", "en", 5)
def n_poll():
    b = B()
    chars = ["Wednesday Addams", "Barbie", "Ken", "Shrek", "Ted Lasso", "Elsa", "Spider-Man", "Pippi Longstocking",
             "Mario", "Princess Peach", "Harley Quinn", "Willy Wonka", "Mr Bean", "Peppa Pig", "Hermione Granger"]
    b("Write a fun results post for our Halloween costume poll (no winners named, just the characters):\n\n")
    pc = sorted(R.sample(range(2, 40), 6), reverse=True)
    for c, p in zip(R.sample(chars, 6), pc):
        b(f"{c} – {p}%\n")
    b(f"\nTotal votes: {R.randrange(1000, 20000):,}. Write-ins included 'Ronald McDonald', 'the Duolingo owl' and 'Sonic'.")
    return b

@kind("product_family_named_like_people_launch_nopii", "en", 5)
def n_prod():
    b = B()
    fam = R.sample(["Margot", "Hugo", "Stanley", "Frida", "Otto", "Winston", "Beatrix", "Arlo", "Mabel", "Felix", "Olive"], 4)
    b(pick(["Punch up this launch post:\n\n", "Draft 3 caption options for this product drop:\n\n"]))
    b(f"Meet the family 💡 The {fam[0]} floor lamp, the {fam[1]} side table, and the {fam[2]} and {fam[3]} cushions. ")
    b(f"{fam[0]} comes in Sahara, Oslo Grey and Havana. Pair {fam[1]} with our BILLY-compatible shelf kit. ")
    b(f"Drops Friday 10:00, codes FAM10 / FAM20. Model no. {dg(3)}-{dg(3)}-{dg(2)}. #MeetTheFamily #{fam[0]}Lamp")
    return b

@kind("app_release_notes_community_post_nopii", "en", 5)
def n_rel():
    b = B()
    v = f"{R.randrange(3, 9)}.{R.randrange(0, 20)}.{R.randrange(0, 9)}"
    b("Make these release notes friendlier for the community forum:\n\n")
    b(f"Release {v} (build {R.randrange(10000, 99999)}) – rollout 10% → 100% by Thu\n")
    for line in R.sample(["Fixed crash on Pixel 8 Pro / Android 14 when opening Wallet",
                          "Jasper, our in-app assistant, now understands order status questions",
                          "Siri Shortcuts + Alexa routines restored",
                          "Dark mode contrast tweaks (WCAG 2.1 AA)",
                          f"Known issue: iOS 17.4.1 push delays, tracking JIRA MOB-{R.randrange(1000, 9999)}",
                          "Removed the 'Casablanca' theme (licensing)",
                          f"Support hotline IVR menu updated – option 3 now 'Returns' (ref {dg(4)} {dg(3)} {dg(3)})"], 4):
        b(f"• {line}\n")
    return b

@kind("es_calendario_contenidos_redes_nopii", "es", 5)
def n_es():
    b = B()
    b("Revísame este calendario de contenidos, ¿los copys suenan naturales?\n\n")
    items = ["Reel: la colección Valencia en tonos arena #OOTD", "Carrusel: 'Martina', el bolso que lo aguanta todo",
             "Directo con el equipo de producto, código PRIMAVERA15", "Story: ¿Mafalda o Condorito? encuesta",
             "Collab con Cola Cao – embargo hasta las 10:00", "Meme: cuando el Cuponazo del Viernes llega tarde",
             "Post: cómo usar la freidora 'Lola' (SKU 612-344-778)", "#ViernesDeLuz con velas Zara Home"]
    for d, it in zip(["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb"], R.sample(items, R.randrange(4, 7))):
        b(f"{d} · {it}\n")
    return b

@kind("pt_br_relatorio_social_listening_agregado_nopii", "pt", 5)
def n_pt():
    b = B()
    b("Transforma esse relatório em 5 bullets pra diretoria:\n\n")
    for t in R.sample([f"Menções totais: {R.randrange(10, 90)} mil (+{R.randrange(2, 40)}% vs. mês anterior)",
                       "Pico no dia do collab com a Turma da Mônica",
                       f"Sentimento: {R.randrange(40, 70)}% positivo, {R.randrange(5, 30)}% negativo",
                       "Termos mais citados: 'entrega', 'Havaianas', 'cupom', 'Casas Bahia'",
                       "Hashtag #BBB24 trouxe volume mas pouca conversão",
                       f"Protocolos abertos via DM: {R.randrange(100, 900)} (SLA médio {R.randrange(2, 30)}h)",
                       "Concorrentes: Natura e O Boticário cresceram no TikTok",
                       f"Código do relatório: SL-{dg(4)}-{dg(4)}"], 5):
        b(f"- {t}\n")
    return b

@kind("fr_charte_moderation_communaute_nopii", "fr", 5)
def n_fr():
    b = B()
    b("Simplifie cette charte de modération pour la rendre lisible :\n\n")
    for i, t in enumerate(R.sample(["Pas de coordonnées personnelles (téléphone, adresse, e-mail) en commentaire public.",
                                    "Les références à Astérix, Tintin ou Lupin sont OK tant qu'il n'y a pas d'image protégée.",
                                    "Les codes promo type BIENVENUE10 sont supprimés s'ils ne viennent pas de la marque.",
                                    "Messages contenant des numéros de commande (ex. CMD-2024-118447) : masquer.",
                                    "Les avis sur le canapé 'Bordeaux' sont traités par le SAV, pas par la modération.",
                                    "Version 2.3 de la charte, validée par le service juridique.",
                                    "Insultes, spam, liens raccourcis : suppression immédiate."], 5), 1):
        b(f"{i}. {t}\n")
    return b

@kind("de_kampagnen_hashtag_auswertung_nopii", "de", 5)
def n_de():
    b = B()
    b("Mach aus der Auswertung eine kurze Mail an die Agentur:\n\n")
    for t in R.sample([f"#Gewinnspiel: {R.randrange(1000, 9000)} Beiträge, {R.randrange(2, 9)}% Spam",
                       "Aktion 'Berliner Luft' (Kooperation mit dem Likörhersteller) lief am besten",
                       "Kommentare zu Hamburger und Frankfurter im Grill-Reel: überwiegend positiv",
                       "Kölsch-Edition ausverkauft, Nachproduktion KW 23",
                       f"Reichweite {R.randrange(1, 9)},{R.randrange(0, 9)} Mio., Engagement-Rate {R.randrange(1, 9)},{R.randrange(0, 9)} %",
                       "Vergleich mit Haribo und Milka: wir liegen bei Shares vorn",
                       f"Ticket-Referenz {dg(4)}/{dg(6)} für das Reporting-Tool"], 5):
        b(f"• {t}\n")
    return b

@kind("it_brief_creativo_ugc_nopii", "it", 5)
def n_it():
    b = B()
    b("Rendi più chiaro questo brief per i creator:\n\n")
    for t in R.sample(["Obiettivo: far vedere la colazione con Nutella e Mulino Bianco senza loghi in primo piano",
                       "Mezzi ammessi: Vespa d'epoca, bici Bianchi, niente Ferrari (diritti)",
                       "Tono: ironico, stile spot Campari anni '80",
                       "Hashtag: #ColazioneDaCampioni #SpritzTime",
                       "Formato: 3 reel da 15s, 9:16, consegna entro venerdì ore 12",
                       "Vietato citare Pinocchio o Geppetto (licenza scaduta)",
                       f"Codice progetto UGC-{dg(3)}-{dg(4)}"], 5):
        b(f"- {t}\n")
    return b

@kind("nl_webcare_macro_bibliotheek_nopii", "nl", 5)
def n_nl():
    b = B()
    b("Maak deze webcare-macro's korter en vriendelijker:\n\n")
    for t in R.sample(["[VERTRAGING] Hoi {{voornaam}}, wat vervelend dat je pakket nog niet binnen is! Stuur je ons je ordernummer via DM?",
                       "[ALBERT HEIJN ACTIE] Deze actie loopt via Albert Heijn, niet via ons. Sorry!",
                       "[KOFFIE] Goed nieuws: de Douwe Egberts-punten zijn weer in te wisselen.",
                       "[POSTNL] Zodra PostNL je pakket scant, krijg je een mail met de track & trace-code.",
                       "[NIJNTJE] De Nijntje-knuffel is uitverkocht, we verwachten nieuwe voorraad in week 12.",
                       f"[REF] Je klantnummer begint altijd met NL-{dg(4)}, niet met 06.",
                       "[HEMA] Dit product is alleen verkrijgbaar bij de HEMA."], 4):
        b(f"{t}\n\n")
    return b

@kind("tr_kampanya_metni_taslak_nopii", "tr", 5)
def n_tr():
    b = B()
    b("Bu kampanya metinlerini daha samimi yaz:\n\n")
    for t in R.sample(["Uludağ Gazoz ile serinleten yaz kampanyası: kod YAZ2024",
                       "Efes Pilsen ve Ülker ortak etkinliği için duyuru taslağı",
                       "Koton ve Hepsiburada'da geçerli %20 indirim",
                       "Keloğlan temalı çocuk koleksiyonu, stok kodu TR-4410-2231",
                       "Pamuk Prenses konseptli mutfak seti lansmanı",
                       f"Kargo takip no örneği: {dg(3)} {dg(3)} {dg(4)} (gerçek değil, şablon)",
                       "Sürüm 5.2.1 uygulama güncellemesi ile sepette hediye"], 4):
        b(f"- {t}\n")
    return b

@kind("id_jadwal_live_shopping_host_nopii", "id", 5)
def n_id():
    b = B()
    b("Cek jadwal live shopping minggu ini, rapikan jadi tabel:\n\n")
    for d, t in zip(["Senin", "Selasa", "Rabu", "Kamis", "Jumat"], R.sample(["19.00 WIB – promo Harbolnas 12.12, voucher GRATISONGKIR50",
            "20.00 WIB – kolab Kopi Kenangan, bundling tumbler", "12.00 WIB – flash sale Indomie seleraku",
            "21.00 WIB – unboxing Mie Sedaap edisi Korean Spicy", "16.00 WIB – Si Unyil tampil di intro (izin sudah)",
            "18.30 WIB – live bareng maskot Pak Tani (boneka)", "22.00 WIB – kode voucher 0812AKHIRBULAN"], 5)):
        b(f"{d}: {t}\n")
    return b

@kind("pl_raport_wzmianek_marki_nopii", "pl", 5)
def n_pl():
    b = B()
    b("Skróć ten raport wzmianek do 4 punktów:\n\n")
    for t in R.sample([f"Wzmianki: {R.randrange(5, 60)} tys. (+{R.randrange(2, 30)}% m/m)",
                       "Największy zasięg: kolaboracja z E. Wedel i Tymbark",
                       "Żubr i Lech w tych samych wątkach o grillu",
                       "Reksio i Bolek i Lolek w kampanii retro – bardzo pozytywnie",
                       f"Numer zgłoszenia w systemie: ZG-{dg(3)}-{dg(3)}-{dg(3)}",
                       "Aplikacja 3.8.0: skargi na logowanie",
                       "Allegro Smart nadal najczęstsze porównanie"], 5):
        b(f"• {t}\n")
    return b

@kind("sv_community_riktlinjer_utkast_nopii", "sv", 5)
def n_sv():
    b = B()
    b("Gör riktlinjerna kortare och lättare att läsa:\n\n")
    for i, t in enumerate(R.sample(["Inga telefonnummer, adresser eller mejladresser i kommentarer.",
                                    "Bilder på Bamse, Pippi och Kalle Anka är ok i memes, men inte i annonser.",
                                    "Marabou- och Billy-jämförelser räknas inte som reklam.",
                                    f"Ordernummer ser ut som SE-{dg(4)}-{dg(4)} och ska döljas.",
                                    "Hets, spam och bedrägerilänkar tas bort direkt.",
                                    "Version 1.4, godkänd av juridik."], 5), 1):
        b(f"{i}. {t}\n")
    return b

@kind("vi_kich_ban_livestream_ban_hang_nopii", "vi", 5)
def n_vi():
    b = B()
    b("Chỉnh lại kịch bản livestream cho tự nhiên hơn:\n\n")
    for t in R.sample(["Mở đầu: Xin chào cả nhà, hôm nay có deal Highlands Coffee siêu hời!",
                       "Giới thiệu giày Biti's Hunter bản mới, màu Sahara",
                       "Mã giảm giá SALE88 và FREESHIP, áp dụng đến 23:59",
                       "Minigame: đoán tên nhân vật Doraemon, Nobita, Xuka",
                       "Combo Vinamilk + bánh Kinh Đô cho các mẹ",
                       f"Mã đơn mẫu: VN{dg(4)}-{dg(4)}-{dg(2)} (chỉ để minh họa)"], 5):
        b(f"- {t}\n")
    return b

@kind("tl_caption_drafts_taglish_nopii", "tl", 5)
def n_tl():
    b = B()
    b("Paki-polish itong caption drafts, dapat relatable:\n\n")
    for t in R.sample(["Sino'ng may Chickenjoy cravings tuwing payday? 🙋 #JollibeeKids",
                       "Mang Inasal unli-rice energy for this Monday grind",
                       "Darna-level strength kailangan para sa pila sa mall sale",
                       "Promo code PASKO2024, valid hanggang Dec 25",
                       "Lola's recipe vibes with our new adobo flakes (product name: 'Lola's Kusina')",
                       f"Ref no. for the promo permit: DTI-FTEB {dg(6)} s. 2024"], 5):
        b(f"• {t}\n")
    return b

@kind("ar_arabizi_ramadan_caption_ideas_nopii", "ar", 5)
def n_ar():
    b = B()
    b("Give me better versions of these Arabizi Ramadan captions:\n\n")
    for t in R.sample(["Ramadan Kareem ya gama3a 🌙 el fanous el gedid wasal!",
                       "Konafa men Abu Auf walla men 3andena? 😏",
                       "Juhayna w Cottonil collab? mesh 3arfin bas 3ayzin",
                       "Bakar w Bogy w Tamtam f el ad el gedid, nostalgia 100%",
                       "Code RAMADAN25 3ala kol el orders ba3d el fetar",
                       f"Rakam el order el mesali: EG-{dg(4)}-{dg(4)} (mesh 7a2i2i)"], 5):
        b(f"- {t}\n")
    return b


@kind("ugc_contest_entries_json_export", "en", 5)
def k_json():
    b = B()
    b(pick(["Dedupe these contest entries (same person, same IP?) and tell me who's eligible (18+, UK/IE only):\n\n",
            "Raw entries from the photo contest form. Flag duplicates + missing consent.\n\n"]))
    b("[\n")
    n = R.randrange(2, 4)
    shared = ipv4()
    for i in range(n):
        cc = pick(["uk", "ie", "us"]); nm = full("en")
        b('  {"entry_id": "', f"E{R.randrange(10000, 99999)}", '", "display_name": "')
        if chance(0.3): b(pick(NONPERSON_DISPLAY).replace('"', ''))
        else: b(P(nm))
        b('", "handle": "', handle(nm), '", "full_name": "', P(nm), '", "email": "', E(email(nm)), '",\n')
        b('   "ip": "', IP(shared if i > 0 and chance(0.5) else ip()), '", "country": "', L(COUNTRY_NAME["en"][cc]), '", "age_18_plus": ', pick(["true", "true", "false"]), ",\n")
        b('   "caption": "', pick(["me and my nan at the seaside", "Biscuit the dog in his Halloween costume", "our Ted Lasso themed bake-off",
                                     "my daughter at her first gig"]), '", "consent_marketing": ', pick(["true", "false", "null"]), "}")
        b(",\n" if i < n - 1 else "\n")
    b("]")
    return b

@kind("pt_br_transcricao_grupo_focal_app", "pt", 5)
def k_pt_fg():
    b = B()
    b("Tira 4 insights dessa transcrição de grupo focal, sem identificar ninguém:\n\n")
    b(f"Grupo focal – app de delivery – {date_s('eu')}\nModeradora: ", P(full("pt")), "\n")
    ps = R.sample(G["pt"], 3)
    for i, g in enumerate(ps):
        b(f"P{i+1}: ", P(g), f", {R.randrange(18, 60)} anos, ", L(city("br")), "\n")
    b("\nMOD: O que vocês acharam da nova tela de cupons?\n")
    b("P1: Achei confusa. Minha filha ", P(pick(["Maju", "Lorena", "Helena"])), " que me ajudou a achar.\n")
    b("P2: Concordo com a ", P(ps[0]), ". E o entregador, o ", P(pick(["Tião", "Robson", "Edvaldo"])), ", sempre liga no meu ", PH(phone("br")), " em vez de tocar o interfone.\n")
    b("P3: Eu uso mais o iFood, sinceramente. A personagem Magali no anúncio foi o que me chamou atenção.\n")
    return b

@kind("es_co_whatsapp_bot_traspaso_asesor", "es", 5)
def k_es_co():
    b = B()
    nm = full("es"); g = nm.split()[0]
    b("Resume este traspaso del bot de WhatsApp al asesor humano (qué pidió, datos de contacto, siguiente paso):\n\n")
    b("🤖 Bot: ¡Hola! Soy Sofi, tu asistente virtual. ¿En qué te ayudo?\n")
    b("Cliente: quiero cambiar la dirección del pedido, me mudé\n")
    b("🤖 Bot: Claro. Escribe tu nombre completo.\n")
    b("Cliente: ", P(nm), "\n")
    b("🤖 Bot: ¿Nueva dirección?\n")
    b("Cliente: ", A(pick([f"Cra. {R.randrange(1, 90)} # {R.randrange(10, 120)}-{R.randrange(1, 99)}, Apto {R.randrange(101, 1204)}, Chapinero, Bogotá",
                           f"Calle {R.randrange(1, 80)} # {R.randrange(10, 90)}D-{R.randrange(1, 99)}, El Poblado, Medellín, Antioquia",
                           f"Av. {R.randrange(1, 9)}N # {R.randrange(10, 60)}-{R.randrange(1, 99)}, Barrio Granada, Cali"])), "\n")
    b("🤖 Bot: Te paso con un asesor 👩‍💼\n")
    b("Asesora ", P(given("es")), ": Hola ", P(g), ", ya lo veo. ¿Te puedo llamar al ", PH(pick([f"+57 3{dg(2)} {dg(3)} {dg(4)}", f"3{dg(2)} {dg(3)} {dg(4)}", f"(601) {dg(3)} {dg(4)}"])), "?\n")
    b("Cliente: mejor a este otro, ", PH(pick([f"3{dg(2)} {dg(7)}", f"+57 3{dg(2)}{dg(7)}"])), ", y si no contesto háblale a mi hermana ", P(pick(["Yuli", "Dayana", "Marcela", "Leidy"])), "\n")
    return b

# ======================================================================= build + self-check
PUNCT_BAD_START = set(",.;:!?\"'»«)]}>-–—/\\|")
PUNCT_BAD_END = set(",;:!?\"'«([{<-–—/\\|")
ABBR_OK_END = ("Jr.", "Sr.", "St.", "Ave.", "Rd.", "Dr.", "Blvd.", "Pde.", "Cres.", "Yuc.", "Jal.", "Pue.", "N.L.", "Ext.", "Bldg.", "Cd.", "Sok.", "Sk.", "Esq.", "Dto.")

def check_span(text, sp):
    v = text[sp["start"]:sp["end"]]
    errs = []
    if not (0 <= sp["start"] < sp["end"] <= len(text)):
        errs.append("out of range")
        return errs
    if v[0].isspace() or v[-1].isspace():
        errs.append("whitespace edge")
    if v[0] in PUNCT_BAD_START and not (sp["type"] == "PHONE_NUMBER" and v[0] in "(+"):
        errs.append(f"bad start {v[0]!r}")
    if v[-1] in PUNCT_BAD_END:
        errs.append(f"bad end {v[-1]!r}")
    if v[-1] == "." and not (v.endswith(ABBR_OK_END) or re.search(r"(^|\s)\w\.$", v)):
        errs.append("trailing period")
    if sp["type"] == "IBAN_CODE" and not iban_valid(v):
        errs.append("iban check")
    if sp["type"] == "CREDIT_CARD" and not luhn_ok(v):
        errs.append("luhn")
    if sp["type"] == "US_SSN":
        d = v.replace("-", "").replace(" ", "")
        if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
            errs.append("ssn range")
    return errs

def main():
    used = set(l.strip() for l in open("/work/briefs/used_kinds.txt", encoding="utf-8") if l.strip()) \
        if os.path.exists("/work/briefs/used_kinds.txt") else set()
    names = [k[0] for k in KINDS]
    assert len(names) == len(set(names)), "duplicate kind names"
    clash = [n for n in names if n in used]
    assert not clash, f"kinds already used: {clash}"
    total = sum(k[2] for k in KINDS)
    assert total == 400, f"planned {total} samples"
    rows = []
    seen_text = set()
    for name, lang, count, fn in KINDS:
        made = 0; tries = 0
        while made < count:
            tries += 1
            assert tries < 200, name
            b = fn()
            t = b.text()
            if t in seen_text:
                continue
            seen_text.add(t)
            made += 1
            if name.endswith("_nopii"):
                assert not b.spans, f"{name} has spans"
            rows.append({"kind": name, "lang": lang, "text": t, "spans": b.spans})
    R.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"hard36-{i}", "kind": r["kind"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]})
    # ---- self-check
    errors = []
    ids = set()
    for o in out:
        assert o["id"] not in ids; ids.add(o["id"])
        sp = sorted(o["spans"], key=lambda x: (x["start"], x["end"]))
        for a, c in zip(sp, sp[1:]):
            if c["start"] < a["end"]:
                errors.append((o["id"], "overlap", a, c))
        for x in sp:
            for e in check_span(o["text"], x):
                errors.append((o["id"], e, x["type"], o["text"][x["start"]:x["end"]]))
    kc = Counter(o["kind"] for o in out)
    few = [k for k, v in kc.items() if v < 3]
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    tc = Counter(x["type"] for o in out for x in o["spans"])
    lc = Counter(o["lang"] for o in out)
    nop = sum(1 for o in out if o["kind"].endswith("_nopii"))
    nopii_with_spans = sum(1 for o in out if o["kind"].endswith("_nopii") and o["spans"])
    non_en = sum(1 for o in out if o["lang"] != "en")
    print(f"samples: {len(out)}  kinds: {len(kc)}  nopii samples: {nop} ({nop/len(out):.1%})  non-English: {non_en} ({non_en/len(out):.1%})")
    print("spans per type:")
    for t, n in tc.most_common():
        print(f"  {t:16s} {n}")
    print("samples per language:")
    for t, n in lc.most_common():
        print(f"  {t:5s} {n}")
    print("samples per kind:")
    for t, n in sorted(kc.items()):
        print(f"  {n:3d}  {t}")
    print(f"kinds with <3 samples: {few}")
    print(f"nopii samples carrying spans: {nopii_with_spans}")
    print(f"span errors: {len(errors)}")
    for e in errors[:40]:
        print("   ", e)
    ok = not errors and not few and len(out) == 400 and len(kc) >= 60 and nop >= 80 and non_en >= 140 and nopii_with_spans == 0
    print("SELF-CHECK", "PASSED" if ok else "FAILED")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
