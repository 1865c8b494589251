#!/usr/bin/env python3
"""Deterministic generator for the blind PII evaluation set hard22 (round 24).

stdlib + Faker only. Writes hard22.jsonl next to this file (500 samples).
All text/templates/lists below were written for this set; Faker is used only as an
extra source of person names for some locales.
"""
import json
import os
import random
import re
import sys
from collections import Counter

from faker import Faker

SEED = 24_2417_91
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard22.jsonl")
N_SAMPLES = 500
TYPES = {"PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION"}

_FAKERS = {}


def fk(loc):
    if loc not in _FAKERS:
        f = Faker(loc)
        f.seed_instance(SEED + sum(map(ord, loc)))
        _FAKERS[loc] = f
    return _FAKERS[loc]


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------- pieces
def P(v):
    return ("PERSON", v)


def PH(v):
    return ("PHONE_NUMBER", v)


def AD(v):
    return ("STREET_ADDRESS", v)


def EM(v):
    return ("EMAIL_ADDRESS", v)


def CC(v):
    return ("CREDIT_CARD", v)


def IB(v):
    return ("IBAN_CODE", v)


def SS(v):
    return ("US_SSN", v)


def IP(v):
    return ("IP_ADDRESS", v)


def LO(v):
    return ("LOCATION", v)


TOK = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(tpl, **kw):
    """Split a template on {slot} markers; slot values may be str, (type, value) or lists."""
    out, pos = [], 0
    for m in TOK.finditer(tpl):
        out.append(tpl[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


def flatten(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, tuple):
        yield x
    else:
        for y in x:
            yield from flatten(y)


def build(pieces):
    text, spans = "", []
    for p in flatten(pieces):
        if isinstance(p, str):
            text += p
        else:
            t, v = p
            assert t in TYPES, t
            assert v == v.strip() and v, repr(v)
            s = len(text)
            text += v
            spans.append({"type": t, "start": s, "end": len(text), "_v": v})
    return text, spans


def join(sep, items):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


# ----------------------------------------------------------------------------- checksums
def luhn_digit(body):
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card_digits(brand=None):
    brand = brand or ch(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "jcb"])
    if brand == "visa":
        pre, ln = "4" + "".join(ch("0123456789") for _ in range(5)), 16
    elif brand == "mc":
        pre, ln = str(R.randint(51, 55)), 16
    elif brand == "mc2":
        pre, ln = str(R.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, ln = ch(["34", "37"]), 15
    elif brand == "disc":
        pre, ln = "6011", 16
    else:
        pre, ln = "35" + str(R.randint(28, 89)), 16
    body = pre + "".join(ch("0123456789") for _ in range(ln - 1 - len(pre)))
    d = body + luhn_digit(body)
    assert luhn_ok(d)
    return d


def fmt_card(d, style=None):
    style = style or ch(["space", "space", "dash", "plain", "space"])
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    return {"space": " ".join(g), "dash": "-".join(g), "plain": d}[style]


def card(brand=None, style=None):
    return fmt_card(card_digits(brand), style)


def bad_card_like():
    """16 digits grouped like a card but failing Luhn (gift card / voucher numbers)."""
    while True:
        d = "".join(ch("0123456789") for _ in range(16))
        if not luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "GB": "4a14n", "IE": "4a14n", "DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n",
    "BE": "12n", "ES": "20n", "IT": "1a10n12c", "PT": "21n", "NL": "4a10n", "PL": "24n",
    "CZ": "20n", "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n", "HU": "24n", "RO": "4a16c",
    "TR": "5n1n16c", "GR": "7n16c",
}
BANKS4 = {"GB": ["BARC", "NWBK", "LOYD", "MIDL", "MONZ"], "IE": ["AIBK", "BOFI"],
          "NL": ["INGB", "RABO", "ABNA", "TRIO", "KNAB"], "RO": ["RNCB", "BTRL", "INGB"]}


def _rand_pattern(pat, cc):
    out = ""
    for n, k in re.findall(r"(\d+)([anc])", pat):
        n = int(n)
        if k == "a" and n == 4 and cc in BANKS4 and not out:
            out += ch(BANKS4[cc])
            continue
        for _ in range(n):
            if k == "n":
                out += ch("0123456789")
            elif k == "a":
                out += ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                out += ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    return out


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, style=None):
    bban = _rand_pattern(IBAN_BBAN[cc], cc)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    chk = 98 - _iban_num(bban + cc + "00") % 97
    raw = f"{cc}{chk:02d}{bban}"
    assert _iban_num(raw[4:] + raw[:4]) % 97 == 1
    style = style or ch(["group", "group", "plain"])
    if style == "plain":
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def ssn(style=None):
    a, g, s = ssn_parts()
    style = style or ch(["dash", "dash", "space", "plain"])
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": f"{a}{g}{s}",
            "dot": f"{a}.{g}.{s}"}[style]


def ipv4(public=True):
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 0) or (public and a in (172, 192, 100, 169)):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ip_private():
    return ch([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
               f"192.168.{R.randint(0, 9)}.{R.randint(2, 254)}",
               f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def ipv6():
    groups = [f"{R.randint(0, 0xffff):x}" for _ in range(8)]
    groups[0] = ch(["2001", "2a02", "2600", "2a01", "2405"])
    if chance(0.6):
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def ip_any():
    return ch([ipv4, ipv4, ipv4, ip_private, ipv6])()


# ----------------------------------------------------------------------------- negatives
def d(n):
    return "".join(ch("0123456789") for _ in range(n))


def L(n):
    return "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def order_no():
    return ch([f"#{d(6)}", f"ORD-{d(7)}", f"SO{d(8)}", f"{d(3)}-{d(7)}-{d(7)}", f"WEB{d(5)}-{L(2)}",
               f"A{d(9)}", f"PO {d(5)}/{R.randint(20, 25)}", f"R-{d(4)}-{d(4)}"])


def tracking_no():
    return ch([f"1Z{L(3)}{d(3)}{d(10)}", f"JD0146000{d(11)}", f"{L(2)}{d(9)}GB", f"00340{d(15)}",
               f"{d(4)} {d(4)} {d(4)}", f"LP{d(14)}", f"RR{d(9)}DE", f"CJ{d(9)}PL"])


def sku():
    return ch([f"SKU-{d(5)}-{L(2)}", f"{L(3)}-{d(4)}-{L(1)}{d(2)}", f"ART.{d(6)}", f"EAN {d(13)}",
               f"{d(2)}-{d(3)}-{d(3)}", f"REF {L(2)}{d(6)}", f"MPN {L(2)}{d(4)}{L(1)}"])


def date_any():
    y = R.randint(2023, 2025)
    m, dd = R.randint(1, 12), R.randint(1, 28)
    return ch([f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd}.{m}.{y}", f"{m}/{dd}/{y % 100:02d}"])


def price(cur=None):
    cur = cur or ch(["£", "€", "$", "EUR ", "USD ", "kr ", "zł "])
    return f"{cur}{R.randint(3, 2400)}.{R.randint(0, 99):02d}" if cur in "£€$" else f"{cur}{R.randint(3, 2400)},{R.randint(0, 99):02d}"


def ref_no():
    return ch([f"CASE-{d(6)}", f"INC{d(7)}", f"TKT {d(5)}", f"#{d(5)}", f"CR/{d(4)}/{L(2)}", f"ZD-{d(6)}"])


def plate():
    return ch([f"{L(2)}{R.randint(10, 74)} {L(3)}", f"{L(1)}-{L(2)} {R.randint(100, 9999)}",
               f"{R.randint(1, 9)}{L(3)}{d(3)}", f"{L(2)}-{d(3)}-{L(2)}"])


BRAND_NEG = ["Ralph Lauren", "Dr. Martens", "Tommy Hilfiger", "Hugo Boss", "Calvin Klein", "Ted Baker",
             "Paul Smith", "Ben & Jerry's", "Jack Daniel's", "Victoria's Secret", "Marks & Spencer",
             "Johnnie Walker", "Tim Hortons", "Wendy's", "Louis Vuitton", "Marc O'Polo", "Jean Paul Gaultier",
             "Dolce & Gabbana", "Ferrero Rocher", "Hermès", "Porsche", "Ferrari", "Mercedes-Benz",
             "Dyson", "Levi's", "Kellogg's", "Heinz", "Hillary's blinds", "Sainsbury's", "Tesla",
             "Martha Stewart Living", "Le Creuset", "Emma Bridgewater", "Ray-Ban", "Lindt", "Lacoste",
             "Vivienne Westwood", "Barbour", "Jo Malone", "Carolina Herrera", "Estée Lauder", "Kenzo",
             "Douwe Egberts", "Albert Heijn", "Jacob's Creek", "Smeg", "Siemens", "Bosch"]
PRODUCT_NEG = ["Earl Grey loose leaf", "Eggs Benedict brunch box", "Victoria sponge kit", "Beef Wellington",
               "Caesar salad bowl", "Granny Smith apples", "Bloody Mary mix", "Tom Collins glasses",
               "Peach Melba sundae", "Margherita pizza", "Abbey Road vinyl reissue", "Park Avenue 3-seater sofa",
               "Rodeo Drive eau de parfum", "Baker Street trench coat", "Oxford Street tote", "Penny Lane mug",
               "Chelsea boots", "Wellington boots", "Cardigan", "Sandwich platter", "Bismarck herring",
               "Sachertorte", "Napoleon slice", "Pavlova", "Mulberry Lane candle", "Hope & Glory scarf"]
JOB_NEG = ["Account Manager", "Head of Customer Experience", "Store Manager", "Shift Lead", "Duty Manager",
           "Customer Success Lead", "Head Chef", "Practice Manager", "Senior Stylist", "Fleet Coordinator",
           "Membership Officer", "Lettings Negotiator", "Service Advisor", "Receptionist", "Data Protection Officer"]
CAPS_NEG = ["FREE DELIVERY", "BLACK FRIDAY", "LIMITED EDITION", "LAST CHANCE", "NEW IN", "BUY 2 GET 1",
            "MEMBERS ONLY", "SUMMER SALE", "FINAL REMINDER", "URGENT", "DO NOT BEND", "FRAGILE",
            "HANDLE WITH CARE", "CLEARANCE", "VIP EARLY ACCESS", "ROSE GOLD EDITION"]


# ----------------------------------------------------------------------------- people
# Own first/last name lists per country (hand-written), Faker used as a second source.
NAMES = {
    "GB": ("Oliver Amelia Siobhan Rhys Priya Callum Harriet Tobias Bethan Rose Will Summer Hope Bill "
           "Imogen Jasper Nkechi Hamish Ffion Zainab Reggie Poppy",
           "Whitcombe Ashworth Okonkwo-Reid Pritchard Featherstone Llewellyn Hargreaves Bhatt Dunmore "
           "Page Fairbairn Mistry Cholmondeley Ogundipe Rowntree Fenwick", "en_GB"),
    "US": ("Tyler Destiny Marcus Kayleigh DeShawn Brianna Hope Jaxon Summer Will Maribel Cody "
           "Latoya Bill Skyler Ezekiel",
           "Kowalczyk Delgado Thibodeaux Washington McAllister Rosenbaum Whitaker O'Brien Page "
           "Vanderhoek Castellanos Yazzie Lindgren", "en_US"),
    "IE": ("Aoife Ciarán Saoirse Pádraig Niamh Oisín Gráinne Declan Caoimhe Eoin",
           "O'Neill Fitzgerald Ó Súilleabháin Kavanagh McGrath Doherty Ní Bhriain Mac Giolla Phádraig "
           "O'Donoghue", "en_IE"),
    "AU": ("Lachlan Matilda Jarrah Tahlia Brodie Kirra Hamish Shaz Banjo Indi",
           "Fitzsimmons Papadopoulos Nguyen Thorburn McKenzie Wirth Costa Tran", None),
    "CA": ("Étienne Madison Gurpreet Chantal Logan Mei Brayden Nakita",
           "Tremblay Gagnon Singh-Dhillon MacLeod Bouchard Okafor Lavigne Chrétien", "fr_CA"),
    "IN": ("Aarav Ananya Venkatesh Lakshmi Harpreet Rohan Kavya Sandeep Meenakshi Irfan",
           "Raghunathan Iyer Chatterjee Deshpande Kaur Naidu Menon Bhattacharya Qureshi Pillai", "en_IN"),
    "NG": ("Chiamaka Oluwaseun Babajide Ngozi Emeka Funmilayo Tunde Aisha Chinedu Yetunde Kofi",
           "Adeyemi Okonkwo Balogun Eze Abubakar Nwachukwu Olatunji Danjuma Okafor Bello", "en_NG"),
    "ZA": ("Thandiwe Pieter Sipho Annelie Lerato Johan Nomvula Riaan Zanele",
           "van der Merwe Dlamini Botha Nkosi Pretorius Mokoena du Plessis Naidoo", "zu_ZA"),
    "DE": ("Jürgen Anneliese Lukas Mia Sören Friederike Hannelore Kai Leonie Maximilian",
           "Müller-Lüdenscheidt von Bredow Schäfer Großmann Öztürk Weiß Kühn Nowak Brandt zu Eltz", "de_DE"),
    "AT": ("Florian Theresa Valentin Magdalena", "Gruber Pichler Huber-Steindl Wimmer", "de_AT"),
    "CH": ("Reto Seraina Urs Nadja", "Bärtschi Zürcher Caflisch Gerber", "de_CH"),
    "FR": ("Éloïse Jean-Baptiste Maëlle Théo Anaïs Gaëtan Solène Yanis Margaux Hervé",
           "de La Fontaine Lefèvre Dupont-Moreau Benali Le Goff Rousseau Giraud d'Arcy", "fr_FR"),
    "BE": ("Wouter Lotte Amélie Jens", "Vandenberghe De Smet Peeters Van Damme", "nl_BE"),
    "ES": ("María José Íñigo Lucía Xabier Nuria Álvaro Begoña Paco Rocío",
           "García de la Torre Fernández Etxeberria López-Ibáñez Ruiz Castillo Sánchez Vidal", "es_ES"),
    "MX": ("Guadalupe Jesús Ximena Citlali Rodrigo", "Hernández Ramírez Cervantes Zúñiga Ochoa", "es_MX"),
    "IT": ("Giulia Alessandro Chiara Gianluca Beatrice Salvatore Ilaria Nicolò",
           "D'Angelo De Luca Esposito Dell'Acqua Bianchi Lo Russo Ferraro Colombo", "it_IT"),
    "PT": ("João Inês Gonçalo Beatriz Tiago Leonor", "Gonçalves da Silva Pereira Sousa Magalhães Antunes", "pt_PT"),
    "BR": ("Thiago Larissa Anderson Fernanda Raimundo Juliana Wellington Kauã",
           "dos Santos Oliveira Nascimento Araújo Cavalcanti Ferreira", "pt_BR"),
    "NL": ("Sanne Joris Femke Bram Ilse Daan Marloes Thijs", "van der Berg de Vries Jansen van 't Hof Bakker ten Brink Visser", "nl_NL"),
    "PL": ("Małgorzata Krzysztof Zofia Wojciech Agnieszka Paweł Jadwiga Łukasz",
           "Wiśniewska Kowalski Zając Grzegorczyk Dąbrowska Szczepański Wójcik", "pl_PL"),
    "CZ": ("Jiří Kateřina Tomáš Lucie Ondřej Radka", "Dvořák Nováková Procházka Černý Kučerová Svoboda", "cs_CZ"),
    "SE": ("Linnéa Björn Astrid Oskar Ebba Pelle", "Lindqvist Åberg Nyström Sjöberg Karlsson Ek", "sv_SE"),
    "DK": ("Søren Mette Frederik Ida Rasmus Signe", "Kjærgaard Sørensen Østergaard Lund Mikkelsen Bech", "da_DK"),
    "NO": ("Ingrid Håkon Sigrid Eirik Solveig Trond", "Haugen Bjørnstad Solberg Løvås Aas Nilsen", "no_NO"),
    "FI": ("Aino Juha Sanna Mikko Eveliina Jyrki", "Virtanen Mäkinen Hämäläinen Kärkkäinen Nieminen Lehtonen", "fi_FI"),
    "HU": ("Zsófia Bence Réka Gergő Eszter Levente", "Nagy Kovács Szabó-Tóth Horváth Fekete Balogh", "hu_HU"),
    "RO": ("Ioana Andrei Mihaela Răzvan Ștefania Bogdan", "Popescu Ionescu Dumitrașcu Constantinescu Vlădescu Stan", "ro_RO"),
    "TR": ("Ayşe Mehmet Elif Burak Zeynep Oğuz Gülşen", "Yılmaz Öztürk Şahin Çelik Kaya Doğan Arslan", "tr_TR"),
}
# full-name lists for scripts / cultures where first/last pairing matters
FULL = {
    "GR": [("Γιώργος", "Παπαδόπουλος"), ("Ελένη", "Οικονόμου"), ("Κωνσταντίνος", "Γεωργίου"),
           ("Μαρία", "Αντωνίου"), ("Δημήτρης", "Καραγιάννης"), ("Σοφία", "Νικολαΐδου"),
           ("Giorgos", "Papadopoulos"), ("Eleni", "Oikonomou"), ("Nikos", "Vlachos")],
    "JP": [("健太", "佐藤"), ("美咲", "鈴木"), ("翔", "高橋"), ("由美", "田中"), ("大輔", "渡辺"),
           ("陽菜", "伊藤"), ("Kenta", "Sato"), ("Misaki", "Suzuki")],
    "KR": [("민준", "김"), ("서연", "이"), ("지훈", "박"), ("유진", "최"), ("하은", "정"), ("도윤", "강")],
    "VN": [("An", "Nguyễn Văn"), ("Bích Ngọc", "Trần Thị"), ("Nam", "Lê Hoàng"), ("Hà", "Phạm Thu"),
           ("Tuấn", "Võ Minh"), ("Linh", "Đặng Thùy")],
    "ID": [("Budi", "Santoso"), ("Siti", "Rahmawati"), ("Agus", ""), ("Dewi", "Lestari"),
           ("Rizky", "Pratama"), ("Wayan", "Sudarsana"), ("Ahmad", "bin Ismail"), ("Sukarmi", "")],
}


class Person:
    def __init__(self, first, last, cc):
        self.first, self.last, self.cc = first, last, cc

    @property
    def full(self):
        if not self.last:
            return self.first
        if self.cc in ("HU",):
            return f"{self.last} {self.first}"
        if self.cc == "JP":
            return f"{self.last} {self.first}" if R.random() < 0.5 or self.first.isascii() is False else f"{self.first} {self.last}"
        if self.cc == "KR":
            return self.last + self.first
        if self.cc == "VN":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def fixed_full(self):
        if not hasattr(self, "_ff"):
            self._ff = self.full
        return self._ff

    def short(self):
        """how a colleague/customer would refer to them informally"""
        return self.first

    def initial(self):
        if not self.last or self.cc in ("JP", "KR", "VN", "HU"):
            return self.fixed_full()
        return f"{self.first[0]}. {self.last}"

    def caps(self):
        return self.fixed_full().upper()

    def lower(self):
        return self.fixed_full().lower()


def person(cc):
    if cc in FULL:
        f, l = ch(FULL[cc])
        return Person(f, l, cc)
    firsts, lasts, floc = NAMES[cc]
    firsts = firsts.split()
    # multi-word surnames are written with particles; re-split lasts on double-space-free tokens
    lasts_l = _split_lasts(lasts)
    if floc and chance(0.3):
        f = fk(floc)
        try:
            return Person(f.first_name(), f.last_name(), cc)
        except Exception:
            pass
    first = ch(firsts)
    if cc == "ES" and first == "María" and chance(0.7):
        first = "María José"
    return Person(first, ch(lasts_l), cc)


_PARTICLES = {"van", "der", "de", "la", "La", "von", "zu", "du", "dos", "da", "Ó", "Ní", "Mac", "Giolla", "'t", "ten",
              "De", "Lo", "Van", "Le", "Ruiz", "García", "Silva"}


def _split_lasts(s):
    toks, out, cur = s.split(), [], []
    for t in toks:
        cur.append(t)
        if t not in _PARTICLES:
            out.append(" ".join(cur))
            cur = []
    # join Spanish double surnames written as pairs on purpose
    return out


EXTRA_HARD_NAMES = [("Olga", "Sergeyevna Ivanova", "GB"), ("Hope", "Mbeki", "ZA"), ("Bill", "Page", "US"),
                    ("Summer", "Rose", "AU"), ("Will", "Barley", "GB"), ("Page", "Kennedy", "US"),
                    ("Siân", "D'Arcy-Evans", "GB"), ("Jón", "Sigurðsson", "GB"), ("Nur", "Aisyah binti Rahman", "GB"),
                    ("Mohammed", "Al-Rashid", "GB"), ("Precious", "Nwosu", "NG"), ("Blessing", "Okoro", "NG"),
                    ("Sunny", "Deol", "IN"), ("Dawn", "Fairweather", "GB"), ("Grace", "O'Hare", "IE"),
                    ("Faith", "Mokoena", "ZA"), ("Ivy", "Chamberlain", "US"), ("Robin", "Hood-Carter", "GB")]


def en_person(voice):
    if chance(0.12):
        f, l, c = ch(EXTRA_HARD_NAMES)
        return Person(f, l, c)
    return person(voice)


# ----------------------------------------------------------------------------- addresses
def pc_uk():
    return f"{ch(['HG1','LS6','M14','BS3','EH7','CF24','NE6','YO31','SW11','N16','E8','G12','BT9','TR18','LL57','DE22'])} {R.randint(1,9)}{L(2)}"


def n_(a, b):
    return str(R.randint(a, b))


def addr_lines(cc):
    """Return a list of lines of a postal address in the country's national format."""
    if cc == "GB":
        unit = ch(["", "", f"Flat {n_(1,12)}, ", f"Flat {n_(1,4)}{ch('ABC')}, ", f"Apartment {n_(1,40)}, "])
        street = ch(["Mill Lane", "Cavendish Road", "Beckside Gardens", "Tithe Barn Close", "Station Approach",
                     "Harrowby Street", "Gelli Terrace", "Marchmont Crescent", "Quayside Walk", "Ropewalk Mews"])
        town = ch([("Harrogate", None), ("Leeds", None), ("Bristol", None), ("Edinburgh", None), ("Cardiff", None),
                   ("Penzance", "Cornwall"), ("Bangor", "Gwynedd"), ("Belfast", None), ("Hexham", "Northumberland")])
        lines = [f"{unit}{n_(1,240)} {street}"]
        if chance(0.3):
            lines.append(ch(["Headingley", "Southville", "Leith", "Roath", "Byker", "Stoke Newington"]))
        lines.append(town[0] + (f", {town[1]}" if town[1] and chance(0.5) else ""))
        lines.append(pc_uk())
        return lines
    if cc == "US":
        k = R.random()
        city = ch([("Dayton", "OH", "454"), ("Bend", "OR", "977"), ("Ames", "IA", "500"), ("Tucson", "AZ", "857"),
                   ("Savannah", "GA", "314"), ("Duluth", "MN", "558"), ("Provo", "UT", "846"), ("Burlington", "VT", "054")])
        last = f"{city[0]}, {city[1]} {city[2]}{d(2)}" + (f"-{d(4)}" if chance(0.3) else "")
        if k < 0.12:
            return [f"PO Box {n_(10, 9999)}", last]
        if k < 0.2:
            return [f"RR {n_(1,9)} Box {n_(10,400)}", last]
        street = ch(["Oak Ridge Dr", "N Sycamore Ave", "W 38th St", "Old Mill Rd", "Magnolia Blvd", "Pine Hollow Ct",
                     "E Main Street", "Lakeshore Pkwy"])
        unit = ch(["", "", f" Apt {n_(1,30)}{ch('ABC')}", f" Unit {n_(100,990)}", f" #{n_(2,40)}", f" Ste {n_(100,500)}"])
        return [f"{n_(10,9899)} {street}{unit}", last]
    if cc == "IE":
        town = ch([("Ballincollig", "Co. Cork", "P31"), ("Terenure", "Dublin 6W", "D6W"), ("Salthill", "Co. Galway", "H91"),
                   ("Ennis", "Co. Clare", "V95"), ("Letterkenny", "Co. Donegal", "F92")])
        return [f"{n_(1,80)} {ch(['Ashgrove Park','Church View','The Paddocks','Rathmore Avenue','Bóthar na Trá'])}",
                town[0], town[1], f"{town[2]} {L(1)}{d(1)}{L(1)}{d(1)}"]
    if cc == "AU":
        sub = ch([("Fitzroy", "VIC", "3065"), ("Paddington", "NSW", "2021"), ("Fremantle", "WA", "6160"),
                  ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045"), ("Battery Point", "TAS", "7004")])
        unit = ch(["", f"Unit {n_(1,20)}/", f"{n_(1,12)}/", f"Lvl {n_(2,9)}, "])
        street = ch(["Wattle St", "Brunswick Street", "Jacaranda Cres", "Ocean Pde", "Banksia Rd", "Kookaburra Ct"])
        return [f"{unit}{n_(1,320)} {street}", f"{sub[0]} {sub[1]} {sub[2]}"]
    if cc == "CA":
        c = ch([("Montréal", "QC", "H2X"), ("Kelowna", "BC", "V1Y"), ("Halifax", "NS", "B3H"), ("Saskatoon", "SK", "S7N"),
                ("Toronto", "ON", "M6G")])
        street = ch(["rue Saint-Denis", "Maple Cres", "Spring Garden Rd", "College St", "Av. du Parc", "Lakeshore Rd E"])
        return [f"{ch(['', n_(101,1900)+'-'])}{n_(10,4800)} {street}", f"{c[0]} {c[1]}  {c[2]} {d(1)}{L(1)}{d(1)}".replace("  ", " ")]
    if cc == "IN":
        area = ch([("Indiranagar", "Bengaluru", "560038", "Karnataka"), ("Kothrud", "Pune", "411038", "Maharashtra"),
                   ("Salt Lake Sector V", "Kolkata", "700091", "West Bengal"), ("Adyar", "Chennai", "600020", "Tamil Nadu"),
                   ("Banjara Hills", "Hyderabad", "500034", "Telangana")])
        return [f"Flat {n_(101,1204)}, {ch(['Sai Krupa Apartments','Lotus Residency','Green Meadows Phase 2','Shanti Niketan CHS'])}",
                f"{ch(['14th Cross','2nd Main Road','Lane No. 7','Plot 44, Road No. 12'])}, {area[0]}",
                f"{area[1]} - {area[2]}", area[3]]
    if cc == "NG":
        a = ch([("Victoria Island", "Lagos", "101241"), ("Wuse II", "Abuja", "904101"), ("GRA", "Port Harcourt", "500272"),
                ("Bodija", "Ibadan", "200284")])
        return [f"{ch(['Plot ','No. ',''])}{n_(1,120)} {ch(['Adeola Odeku Street','Aminu Kano Crescent','Tombia Street','Awolowo Avenue'])}",
                f"{a[0]}, {a[1]} {a[2]}"]
    if cc == "ZA":
        a = ch([("Menlo Park", "Pretoria", "0081"), ("Observatory", "Cape Town", "7925"), ("Umhlanga", "Durban", "4319"),
                ("Melville", "Johannesburg", "2092")])
        return [f"{n_(1,220)} {ch(['Jacaranda Ave','Protea Rd','Main Road','Kloof Street','7th Street'])}", a[0], f"{a[1]}, {a[2]}"]
    if cc == "DE":
        c = ch([("50674", "Köln"), ("80331", "München"), ("20095", "Hamburg"), ("04109", "Leipzig"), ("79098", "Freiburg im Breisgau"),
                ("10435", "Berlin")])
        st = ch(["Lindenstraße", "Am Kirchberg", "Hauptstr.", "Schönhauser Allee", "Weidenweg", "Kaiser-Wilhelm-Ring"])
        extra = ch(["", "", f", {n_(1,5)}. OG", f", Hinterhaus", f", c/o Praxis Dr. Brandt"])
        return [f"{st} {n_(1,160)}{ch(['','','a','b'])}{extra}", f"{c[0]} {c[1]}"]
    if cc == "AT":
        return [f"{ch(['Wiedner Hauptstraße','Mariahilfer Str.','Herrengasse'])} {n_(1,90)}/{n_(1,9)}/{n_(1,30)}",
                f"{ch(['1040 Wien','8010 Graz','6020 Innsbruck'])}"]
    if cc == "CH":
        return [f"{ch(['Bahnhofstrasse','Rue du Rhône','Spitalgasse'])} {n_(1,90)}", ch(["8001 Zürich", "1204 Genève", "3011 Bern"])]
    if cc == "FR":
        c = ch([("69002", "Lyon"), ("75011", "Paris"), ("33000", "Bordeaux"), ("13006", "Marseille"), ("35000", "Rennes"),
                ("59800", "Lille")])
        st = ch(["rue des Tanneurs", "avenue Jean Jaurès", "boulevard de la Croix-Rousse", "impasse des Lilas", "quai de la Fosse",
                 "place du Marché"])
        l = [f"{n_(1,140)}{ch(['','',' bis',' ter'])} {st}"]
        if chance(0.45):
            l.append(ch([f"Bât. {ch('ABC')}, {n_(1,6)}e étage", f"Appt {n_(1,60)}", "Résidence Les Tilleuls", f"Escalier {n_(1,4)}"]))
        l.append(f"{c[0]} {c[1]}" + (" CEDEX" if chance(0.08) else ""))
        return l
    if cc == "BE":
        return [f"{ch(['Rue de la Loi','Kortrijksesteenweg','Meir','Chaussée de Waterloo'])} {n_(1,300)}{ch(['',' bte 3',' bus 12'])}",
                ch(["1000 Bruxelles", "9000 Gent", "2000 Antwerpen", "1180 Uccle"])]
    if cc == "ES":
        c = ch([("28009", "Madrid"), ("08013", "Barcelona"), ("41003", "Sevilla"), ("48001", "Bilbao"), ("46002", "València")])
        st = ch(["C/ de Alcalá", "Calle Mayor", "Avda. de la Constitución", "Carrer de Mallorca", "Plaza de San Nicolás"])
        return [f"{st}, {n_(1,240)}{ch(['', ', 4º 2ª', ', 1º izda.', ', bajo B', ', esc. dcha. 3ºA'])}", f"{c[0]} {c[1]}"]
    if cc == "MX":
        return [f"Av. {ch(['Insurgentes Sur','Revolución','Chapultepec'])} {n_(100,3000)}, Int. {n_(1,20)}",
                f"Col. {ch(['Crédito Constructor','Roma Norte','Americana'])}", f"{d(5)} {ch(['Ciudad de México, CDMX','Guadalajara, Jal.'])}"]
    if cc == "IT":
        c = ch([("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("80134", "Napoli", "NA"), ("40126", "Bologna", "BO"),
                ("50122", "Firenze", "FI")])
        st = ch(["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Piazza Santo Spirito", "Vicolo del Cedro"])
        return [f"{st} {n_(1,180)}{ch(['', '/B', ', int. 5', ', scala C'])}", f"{c[0]} {c[1]} ({c[2]})"]
    if cc == "PT":
        return [f"{ch(['Rua da Boavista','Av. da Liberdade','Travessa do Carmo'])}, {n_(1,300)}{ch(['',', 2.º Esq.',', r/c Dto.'])}",
                f"{ch(['4050','1250','3000'])}-{d(3)} {ch(['Porto','Lisboa','Coimbra'])}"]
    if cc == "BR":
        return [f"{ch(['Rua das Palmeiras','Av. Paulista','Rua Voluntários da Pátria','Travessa Boa Vista'])}, {n_(10,2500)}"
                f"{ch(['', ', apto 72', ', bloco B, ap. 1304', ' - casa 2'])} - {ch(['Pinheiros','Botafogo','Savassi','Boa Viagem'])}",
                f"{ch(['São Paulo - SP','Rio de Janeiro - RJ','Belo Horizonte - MG','Recife - PE'])}", f"{d(5)}-{d(3)}"]
    if cc == "NL":
        return [f"{ch(['Prinsengracht','Oudegracht','Van Woustraat','Kerkstraat','Burgemeester de Withstraat'])} {n_(1,400)}"
                f"{ch(['', '-2', ' hs', ' III', 'A'])}", f"{d(4)} {L(2)} {ch(['Amsterdam','Utrecht','Rotterdam','Groningen','Zwolle'])}"]
    if cc == "PL":
        c = ch([("80-831", "Gdańsk"), ("31-042", "Kraków"), ("00-950", "Warszawa"), ("50-077", "Wrocław")])
        return [f"{ch(['ul. Długa','ul. Floriańska','al. Jerozolimskie','os. Kalinowe','pl. Solny'])} {n_(1,200)}/{n_(1,40)}", f"{c[0]} {c[1]}"]
    if cc == "CZ":
        return [f"{ch(['Vinohradská','Údolní','Masarykova','Na Příkopě'])} {n_(100,2500)}/{n_(1,240)}",
                ch(["100 00 Praha 10", "602 00 Brno", "370 01 České Budějovice", "110 00 Praha 1"])]
    if cc == "SE":
        return [f"{ch(['Storgatan','Götgatan','Kungsgatan','Linnégatan'])} {n_(1,90)}{ch(['',' lgh 1102',' 3 tr','B'])}",
                ch(["111 51 Stockholm", "413 03 Göteborg", "211 22 Malmö", "753 10 Uppsala"])]
    if cc == "DK":
        return [f"{ch(['Nørregade','Vesterbrogade','Jægersborggade','Strandvejen'])} {n_(1,180)}{ch(['',', 2. tv.',', st. th.',', 4. 12'])}",
                ch(["1165 København K", "8000 Aarhus C", "5000 Odense C", "1620 København V"])]
    if cc == "NO":
        return [f"{ch(['Storgata','Thorvald Meyers gate','Kongens gate','Bryggen'])} {n_(1,120)}{ch(['','B',', H0203',' leil. 4'])}",
                ch(["0155 Oslo", "7011 Trondheim", "5003 Bergen", "9008 Tromsø"])]
    if cc == "FI":
        return [f"{ch(['Mannerheimintie','Hämeenkatu','Aleksanterinkatu','Kauppakatu'])} {n_(1,90)} {ch(['B 24','A 3','C 41',''])}".strip(),
                ch(["00100 Helsinki", "33100 Tampere", "20100 Turku", "90100 Oulu"])]
    if cc == "HU":
        return [ch(["1052 Budapest", "6720 Szeged", "4024 Debrecen"]),
                f"{ch(['Váci utca','Andrássy út','Kossuth Lajos tér','Petőfi u.'])} {n_(1,99)}.{ch(['',' III. em. 2.',' fsz. 1.',' 2/7.'])}"]
    if cc == "RO":
        return [f"Str. {ch(['Mihai Eminescu','Avram Iancu','Lipscani','Observatorului'])} nr. {n_(1,90)}"
                f"{ch(['', ', bl. A3, sc. 2, ap. 15', ', et. 3, ap. 9'])}",
                ch(["010512 București, Sector 1", "400114 Cluj-Napoca", "700259 Iași", "300011 Timișoara"])]
    if cc == "TR":
        return [f"{ch(['Bağdat Cad.','İstiklal Cad.','Atatürk Bulvarı','Gül Sk.'])} No: {n_(1,200)}{ch(['',' D: 6',' Daire 12',' K: 3 D: 8'])}",
                ch(["Caddebostan, 34728 Kadıköy/İstanbul", "Çankaya, 06690 Ankara", "Alsancak, 35220 Konak/İzmir"])]
    if cc == "GR":
        if chance(0.5):
            return [f"{ch(['Ερμού','Πανεπιστημίου','Τσιμισκή','Αγίας Σοφίας'])} {n_(1,150)}", ch(["105 63 Αθήνα", "546 22 Θεσσαλονίκη", "262 21 Πάτρα"])]
        return [f"{ch(['Ermou','Tsimiski','Vasilissis Sofias'])} {n_(1,150)}", ch(["105 63 Athina", "546 22 Thessaloniki"])]
    if cc == "JP":
        if chance(0.7):
            return [f"〒{d(3)}-{d(4)}", f"{ch(['東京都渋谷区神宮前','大阪府大阪市北区梅田','京都府京都市中京区','福岡県福岡市中央区天神'])}"
                    f"{n_(1,6)}-{n_(1,20)}-{n_(1,15)}{ch(['',' コーポ桜 203',' グランドメゾン 1102号室'])}"]
        return [f"{n_(1,5)}-{n_(1,20)}-{n_(1,9)} {ch(['Jingumae, Shibuya-ku','Umeda, Kita-ku','Tenjin, Chuo-ku'])}",
                f"{ch(['Tokyo','Osaka','Fukuoka'])} {d(3)}-{d(4)}"]
    if cc == "KR":
        return [f"{ch(['서울특별시 강남구 테헤란로','부산광역시 해운대구 센텀중앙로','서울특별시 마포구 월드컵북로'])} {n_(1,400)}"
                f"{ch(['', ', 12층', ', 302동 1504호'])}", f"({ch(['역삼동','우동','성산동'])}) {d(5)}"]
    if cc == "VN":
        return [f"Số {n_(1,200)} {ch(['Ngõ 12 Phố Huế','Đường Lê Lợi','Hẻm 45 Nguyễn Trãi'])}",
                ch(["Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội", "Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", "Phường Hải Châu 1, Quận Hải Châu, Đà Nẵng"])]
    if cc == "ID":
        return [f"Jl. {ch(['Kemang Raya','Dago','Raya Ubud','Malioboro'])} No. {n_(1,150)}{ch(['',', RT 05/RW 02'])}",
                ch(["Bangka, Mampang Prapatan", "Coblong", "Gianyar", "Sosromenduran"]),
                ch(["Jakarta Selatan 12730", "Bandung 40135", "Bali 80571", "Yogyakarta 55271"])]
    raise KeyError(cc)


def addr(cc, style=None):
    lines = addr_lines(cc)
    style = style or ch(["inline", "inline", "multi", "inline"])
    if style == "multi":
        s = "\n".join(lines)
    elif style == "caps":
        s = ", ".join(lines).upper()
    elif style == "lower":
        s = ", ".join(lines).lower()
    elif style == "label":
        s = " ".join(lines).upper().replace(",", "")
    elif style == "multi_caps":
        s = "\n".join(lines).upper()
    else:
        s = ", ".join(lines)
    return s


COUNTRY_OF = {"GB": "United Kingdom", "US": "USA", "IE": "Ireland", "AU": "Australia", "CA": "Canada", "IN": "India",
              "NG": "Nigeria", "ZA": "South Africa", "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France",
              "BE": "Belgique", "ES": "España", "MX": "México", "IT": "Italia", "PT": "Portugal", "BR": "Brasil",
              "NL": "Nederland", "PL": "Polska", "CZ": "Česká republika", "SE": "Sverige", "DK": "Danmark", "NO": "Norge",
              "FI": "Suomi", "HU": "Magyarország", "RO": "România", "TR": "Türkiye", "GR": "Ελλάδα", "JP": "日本",
              "KR": "대한민국", "VN": "Việt Nam", "ID": "Indonesia"}


def addr_country(cc, style=None):
    """address block including a country line (part of the span)"""
    a = addr(cc, style)
    sep = "\n" if "\n" in a else ", "
    c = COUNTRY_OF[cc]
    if a.isupper():
        c = c.upper()
    return a + sep + c


CITIES = {
    "GB": ["Leeds", "Bristol", "Glasgow", "Norwich", "Swansea", "York", "Manchester", "Brighton", "Inverness"],
    "US": ["Denver", "Austin", "Columbus", "Sacramento", "Pittsburgh", "Boise", "New Orleans"],
    "IE": ["Cork", "Galway", "Limerick", "Sligo", "Kilkenny"], "AU": ["Brisbane", "Perth", "Hobart", "Geelong", "Darwin"],
    "CA": ["Calgary", "Winnipeg", "Québec City", "Victoria BC"], "IN": ["Pune", "Kochi", "Jaipur", "Lucknow", "Mysuru"],
    "NG": ["Enugu", "Kano", "Abeokuta", "Calabar"], "ZA": ["Stellenbosch", "Gqeberha", "Bloemfontein", "Soweto"],
    "DE": ["Bremen", "Dresden", "Nürnberg", "Münster", "Kiel"], "AT": ["Salzburg", "Linz"], "CH": ["Basel", "Luzern"],
    "FR": ["Nantes", "Toulouse", "Strasbourg", "Montpellier", "Annecy"], "BE": ["Liège", "Brugge"],
    "ES": ["Zaragoza", "Málaga", "Valladolid", "Granada", "Donostia"], "MX": ["Puebla", "Monterrey", "Oaxaca"],
    "IT": ["Torino", "Bari", "Verona", "Palermo", "Trieste"], "PT": ["Braga", "Faro", "Aveiro"],
    "BR": ["Curitiba", "Fortaleza", "Porto Alegre", "Salvador", "Manaus"], "NL": ["Eindhoven", "Haarlem", "Leiden", "Nijmegen"],
    "PL": ["Poznań", "Łódź", "Lublin", "Szczecin"], "CZ": ["Olomouc", "Plzeň", "Liberec"], "SE": ["Umeå", "Linköping", "Örebro"],
    "DK": ["Aalborg", "Esbjerg", "Roskilde"], "NO": ["Stavanger", "Bodø", "Drammen"], "FI": ["Jyväskylä", "Kuopio", "Lahti"],
    "HU": ["Pécs", "Győr", "Miskolc"], "RO": ["Brașov", "Constanța", "Sibiu"], "TR": ["Bursa", "Antalya", "Eskişehir"],
    "GR": ["Ηράκλειο", "Λάρισα", "Volos"], "JP": ["名古屋", "札幌", "横浜", "Sendai"], "KR": ["대구", "인천", "광주"],
    "VN": ["Hải Phòng", "Huế", "Cần Thơ", "Nha Trang"], "ID": ["Surabaya", "Medan", "Makassar", "Semarang"],
}
COUNTRY_EN = ["Vietnam", "Portugal", "Morocco", "Poland", "Kenya", "Japan", "Turkey", "Brazil", "Germany", "Ireland",
              "Canada", "Norway", "South Korea", "Ghana", "New Zealand", "Romania", "Greece", "Mexico"]


def city(cc):
    return ch(CITIES[cc])


# ----------------------------------------------------------------------------- phones
PHONES = {
    "GB": (["07### ######", "07#########", "(0113) ### ####", "020 #### ####", "01632 ######"],
           ["+44 7### ######", "+44 (0)7### ### ###", "+447#########", "+44 20 #### ####", "0044 7### ######"]),
    "US": (["(###) 555-0###", "###-555-0###", "###.555.0###", "1-800-###-####"],
           ["+1 ###-555-0###", "+1 (###) 555-0###", "+1##########"]),
    "IE": (["087 ### ####", "085-#######", "(01) ### ####", "021 ### ####"], ["+353 87 ### ####", "+353 (0)1 ### ####", "00353 86 #######"]),
    "AU": (["04## ### ###", "(02) #### ####", "03 #### ####"], ["+61 4## ### ###", "+61 2 #### ####", "+614########"]),
    "CA": (["(###) 555-0###", "###-555-0###"], ["+1 ### 555 0###", "+1-###-555-0###"]),
    "IN": (["9#### #####", "8########", "080-#### ####", "022 2### ####"], ["+91 9#### #####", "+91-98###-#####", "+91 80 #### ####"]),
    "NG": (["0803 ### ####", "0706#######", "0809-###-####"], ["+234 803 ### ####", "+234 (0)81# ### ####", "+2348#########"]),
    "ZA": (["082 ### ####", "021 ### ####", "(011) ### ####"], ["+27 82 ### ####", "+27 (0)21 ### ####", "+2772#######"]),
    "DE": (["0151 ########", "030 ########", "0221/47###-0", "0176-########"], ["+49 151 ########", "+49 (0)30 #######", "0049 221 ######"]),
    "AT": (["0664 #######", "01 #######"], ["+43 664 #######", "+43 1 ### ## ##"]),
    "CH": (["079 ### ## ##", "044 ### ## ##"], ["+41 79 ### ## ##", "+41 (0)44 ### ## ##"]),
    "FR": (["06 ## ## ## ##", "07.##.##.##.##", "01 ## ## ## ##", "0###########"[:10]], ["+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "0033 7 ## ## ## ##"]),
    "BE": (["0470 ## ## ##", "02 ### ## ##", "09/### ## ##"], ["+32 470 ## ## ##", "+32 2 ### ## ##"]),
    "ES": (["6## ### ###", "6## ## ## ##", "91 ### ## ##", "93 ### ####"], ["+34 6## ### ###", "+34 91 ### ## ##", "0034 6########"]),
    "MX": (["55 #### ####", "(33) #### ####"], ["+52 55 #### ####", "+52 1 33 #### ####"]),
    "IT": (["347 ### ####", "333 #######", "02 #### ####", "06 ########"], ["+39 347 #######", "+39 06 #### ####", "+39 3## ### ####"]),
    "PT": (["9## ### ###", "21 ### ####"], ["+351 9## ### ###", "+351 21 ### ####"]),
    "BR": (["(11) 9####-####", "(21) ####-####", "11 9########"], ["+55 11 9####-####", "+55 (21) ####-####", "+5581#########"]),
    "NL": (["06-########", "06 ## ## ## ##", "020 ### ####", "030-#######"], ["+31 6 ########", "+31 (0)20 ### ####", "+316########"]),
    "PL": (["5## ### ###", "22 ### ## ##", "6##-###-###"], ["+48 5## ### ###", "+48 22 ### ## ##", "0048 6########"]),
    "CZ": (["6## ### ###", "7## ### ###", "2## ### ###"], ["+420 6## ### ###", "+420 2## ### ###"]),
    "SE": (["070-### ## ##", "08-### ### ##", "073 ### ## ##"], ["+46 70 ### ## ##", "+46 (0)8 ### ### ##", "+4673#######"]),
    "DK": (["## ## ## ##", "2# ## ## ##"], ["+45 2# ## ## ##", "+45 ########", "0045 3# ## ## ##"]),
    "NO": (["4## ## ###", "9## ## ###", "22 ## ## ##"], ["+47 4## ## ###", "+47 22 ## ## ##"]),
    "FI": (["040 ### ####", "050-#######", "09 #### ####"], ["+358 40 ### ####", "+358 (0)9 #### ####", "+35850#######"]),
    "HU": (["06 30 ### ####", "06-1-###-####", "06 20/###-####"], ["+36 30 ### ####", "+36-1-###-####", "+36 70 #######"]),
    "RO": (["0722 ### ###", "07## ### ###", "021 ### ####"], ["+40 722 ### ###", "+40 21 ### ####", "0040 7## ######"]),
    "TR": (["0532 ### ## ##", "(0212) ### ## ##", "05## ### ####"], ["+90 532 ### ## ##", "+90 (212) ### ## ##", "+905#########"]),
    "GR": (["69# ### ####", "210 ### ####", "2310 ######"], ["+30 69# ### ####", "+30 210 ### ####"]),
    "JP": (["090-####-####", "03-####-####", "080 #### ####", "06(####)####"], ["+81 90-####-####", "+81 3 #### ####", "+81-80-####-####"]),
    "KR": (["010-####-####", "02-###-####", "010 #### ####"], ["+82 10-####-####", "+82 2 ### ####", "+82-10-####-####"]),
    "VN": (["09## ### ###", "028 #### ####", "03########"], ["+84 9## ### ###", "+84 28 #### ####", "+849########"]),
    "ID": (["0812-####-####", "(021) #### ####", "0857 #### ###"], ["+62 812 #### ####", "+62 21 #### ####", "+62812########"]),
}


def _pat(p):
    return "".join(ch("0123456789") if c == "#" else c for c in p)


def phone(cc, style=None):
    nat, intl = PHONES[cc]
    style = style or ch(["nat", "intl", "nat", "intl", "chat"])
    if style == "nat":
        return _pat(ch(nat))
    if style == "intl":
        return _pat(ch(intl))
    # typed in chat: squash or re-punctuate a national number
    s = _pat(ch(nat + intl))
    k = R.random()
    if k < 0.35:
        s = re.sub(r"[ ()\-./]", "", s)
    elif k < 0.6:
        s = re.sub(r"[ ]", ".", s)
    elif k < 0.8:
        s = re.sub(r"[ ]", "-", s)
    return s


def email_for(p, domain=None):
    import unicodedata
    def asc(x):
        x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower()
        return re.sub(r"[^a-z]", "", x)
    f, l = asc(p.first) or "info", asc(p.last) or ""
    if not f or not f.isascii() or f == "info":
        f = ch(["kenta", "minjun", "user", "hello", "an.nguyen", "yuki"])
    domain = domain or ch(["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "web.de", "orange.fr", "libero.it",
                           "seznam.cz", "wp.pl", "hotmail.com", "proton.me", "gmx.at", "telenet.be", "bigpond.com",
                           "naver.com", "yandex.com", "btinternet.com", "mail.ru"])
    lp = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{R.randint(1, 99)}", f"{f}_{l}{R.randint(70, 99)}", f"{l}.{f}", f"{f}"]).strip("._")
    return f"{lp or f}@{domain}"


def email_role(domain):
    return f"{ch(['info','hello','support','bookings','accounts','frontdesk','membership','returns'])}@{domain}"


# ----------------------------------------------------------------------------- multilingual lexicon
LABEL_KEYS = ("name phone address email order date note customer delivery total subject regards hi thanks "
              "booking iban card country mobile emergency").split()
LANG_CC = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CA"], "es": ["ES", "ES", "MX"], "it": ["IT"],
           "pt": ["PT"], "pt-BR": ["BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "cs": ["CZ"], "sv": ["SE"],
           "da": ["DK"], "no": ["NO"], "fi": ["FI"], "hu": ["HU"], "ro": ["RO"], "tr": ["TR"], "el": ["GR"],
           "ja": ["JP"], "ko": ["KR"], "vi": ["VN"], "id": ["ID"]}
LEX = {}


def _lex(lang, labels, opening, prose, chat, titles):
    LEX[lang] = dict(lab=dict(zip(LABEL_KEYS, [x.strip() for x in labels.split("|")])), open=opening,
                     prose=[x.strip() for x in prose.strip().split("\n")], chat=[x.strip() for x in chat.strip().split("\n")],
                     titles=titles)


_lex("de", "Name|Telefon|Anschrift|E-Mail|Bestellnr.|Datum|Notiz|Kunde|Lieferadresse|Summe|Betreff|Viele Grüße|Hallo|Danke|"
     "Buchung|IBAN|Karte|Land|Handy|Notfallkontakt", "Sehr geehrte Damen und Herren,", """
mein Name ist {c} und ich schreibe wegen der Bestellung {ord} vom {date}.
Das Paket sollte an {addr} gehen, wurde laut Sendungsverfolgung aber in {city} zugestellt.
Ihre Kollegin Frau {al} hat mir am Telefon zugesagt, dass mich jemand unter {ph} zurückruft – passiert ist leider nichts.
Mein Nachbar {p3} hat den Karton mit der {brand}-Jacke angenommen, er war aber aufgerissen.
Bitte schicken Sie das Rücksendeetikett an {em}, nicht an meine alte Adresse.
Ich kaufe seit Jahren gern in Ihrer Filiale in {city2} ein und bin deshalb wirklich enttäuscht.
Sollte {a} aus dem Kundenservice Rückfragen haben, bin ich werktags ab 17 Uhr erreichbar.""", """
{x}: hat {y} die kundin schon zurückgerufen? die wartet seit 10 uhr
{y}: ja, unter {ph} erreicht, sie kommt morgen vorbei
{x}: super danke. {z} macht heute die kasse in {city}
{z}: ok aber erst das {brand} schaufenster""", ["Herr {n}", "Frau {n}", "Dr. {n}", "Frau Dr. {n}"])
_lex("fr", "Nom|Téléphone|Adresse|E-mail|N° de commande|Date|Remarque|Client|Adresse de livraison|Total|Objet|Cordialement|"
     "Bonjour|Merci|Réservation|IBAN|Carte|Pays|Portable|Contact d'urgence", "Madame, Monsieur,", """
je m'appelle {c} et je vous écris au sujet de la commande {ord} du {date}.
Le colis devait être livré au {addr}, mais d'après le suivi il a été déposé à {city}.
Votre conseillère, Mme {al}, m'avait promis qu'on me rappellerait au {ph}, ce qui n'a jamais été fait.
Mon voisin {p3} a bien réceptionné le carton avec le sac {brand}, mais il était abîmé.
Merci d'envoyer l'étiquette de retour à {em} et non à mon ancienne adresse.
Je suis cliente fidèle de votre boutique de {city2} depuis des années, d'où ma déception.
Si {a} du service client a besoin de précisions, je suis joignable en semaine après 17h.""", """
{x}: {y} a rappelé la cliente ? elle attend depuis 10h
{y}: oui je l'ai eue au {ph}, elle passe demain
{x}: top merci. {z} fait la caisse à {city} aujourd'hui
{z}: ok mais je finis la vitrine {brand} avant""", ["M. {n}", "Mme {n}", "Dr {n}", "Maître {n}"])
_lex("es", "Nombre|Teléfono|Dirección|Correo|Nº de pedido|Fecha|Nota|Cliente|Dirección de entrega|Total|Asunto|Un saludo|Hola|"
     "Gracias|Reserva|IBAN|Tarjeta|País|Móvil|Contacto de emergencia", "Buenas tardes:", """
me llamo {c} y les escribo por el pedido {ord} del {date}.
El paquete tenía que llegar a {addr}, pero según el seguimiento lo entregaron en {city}.
Su compañera, la Sra. {al}, me dijo por teléfono que me llamarían al {ph}, y nadie lo ha hecho.
Mi vecino {p3} recogió la caja con las zapatillas {brand}, pero venía rota.
Por favor, envíen la etiqueta de devolución a {em} y no a mi dirección antigua.
Llevo años comprando en su tienda de {city2} y por eso estoy tan decepcionada.
Si {a}, de atención al cliente, necesita algo más, estoy disponible por las tardes.""", """
{x}: {y} ya llamó a la clienta? lleva esperando desde las 10
{y}: sí, la llamé al {ph}, viene mañana
{x}: genial gracias. {z} cubre la caja en {city} hoy
{z}: vale pero primero monto el escaparate de {brand}""", ["Sr. {n}", "Sra. {n}", "D. {n}", "Dña. {n}"])
_lex("it", "Nome|Telefono|Indirizzo|Email|N. ordine|Data|Nota|Cliente|Indirizzo di consegna|Totale|Oggetto|Cordiali saluti|"
     "Ciao|Grazie|Prenotazione|IBAN|Carta|Paese|Cellulare|Contatto di emergenza", "Gentili signori,", """
mi chiamo {c} e vi scrivo riguardo all'ordine {ord} del {date}.
Il pacco doveva essere consegnato in {addr}, ma dal tracking risulta lasciato a {city}.
La vostra collega, la sig.ra {al}, mi aveva assicurato che mi avreste richiamata al {ph}, ma non è successo.
Il mio vicino {p3} ha ritirato lo scatolone con la borsa {brand}, però era danneggiato.
Vi prego di mandare l'etichetta di reso a {em} e non al vecchio indirizzo.
Sono cliente del vostro negozio di {city2} da anni, per questo sono davvero delusa.
Se {a} dell'assistenza clienti ha bisogno di altro, sono reperibile dopo le 17.""", """
{x}: {y} ha richiamato la cliente? aspetta dalle 10
{y}: sì l'ho sentita al {ph}, passa domani
{x}: perfetto grazie. oggi {z} fa la cassa a {city}
{z}: ok ma prima sistemo la vetrina {brand}""", ["Sig. {n}", "Sig.ra {n}", "Dott. {n}", "Dott.ssa {n}"])
_lex("pt", "Nome|Telefone|Morada|Email|N.º da encomenda|Data|Observações|Cliente|Morada de entrega|Total|Assunto|Cumprimentos|"
     "Olá|Obrigado|Reserva|IBAN|Cartão|País|Telemóvel|Contacto de emergência", "Exmos. Senhores,", """
chamo-me {c} e escrevo a propósito da encomenda {ord} de {date}.
A encomenda devia ser entregue na {addr}, mas segundo o seguimento foi deixada em {city}.
A vossa colega, a Sra. {al}, garantiu-me que me ligariam para o {ph}, o que nunca aconteceu.
O meu vizinho {p3} recebeu a caixa com o casaco {brand}, mas vinha danificada.
Por favor enviem a etiqueta de devolução para {em} e não para a morada antiga.
Sou cliente da vossa loja de {city2} há anos, por isso estou mesmo desiludida.
Se o {a} do apoio ao cliente precisar de mais alguma coisa, estou disponível depois das 17h.""", """
{x}: a {y} já ligou à cliente? está à espera desde as 10
{y}: sim, liguei-lhe para o {ph}, ela passa amanhã
{x}: ótimo obrigado. hoje a {z} fica na caixa em {city}
{z}: ok mas primeiro arrumo a montra da {brand}""", ["Sr. {n}", "Sra. {n}", "Dr. {n}", "Eng.ª {n}"])
_lex("pt-BR", "Nome|Telefone|Endereço|E-mail|Nº do pedido|Data|Observação|Cliente|Endereço de entrega|Total|Assunto|Atenciosamente|"
     "Oi|Obrigada|Reserva|IBAN|Cartão|País|Celular|Contato de emergência", "Olá, tudo bem?", """
meu nome é {c} e estou escrevendo sobre o pedido {ord} do dia {date}.
A entrega era para {addr}, mas pelo rastreio o pacote foi entregue em {city}.
A atendente {a} me garantiu por telefone que iam me ligar no {ph}, e até agora nada.
Meu vizinho {p3} recebeu a caixa com o tênis {brand}, só que veio amassada.
Por favor mandem a etiqueta de devolução para {em}, não para o endereço antigo.
Sou cliente da loja de {city2} faz anos, por isso fiquei bem chateada.
Se a Sra. {al} do SAC precisar de mais alguma informação, estou disponível depois das 18h.""", """
{x}: a {y} já ligou pra cliente? ela tá esperando desde as 10
{y}: liguei sim, no {ph}, ela passa amanhã
{x}: show, valeu. hoje a {z} fica no caixa em {city}
{z}: blz mas antes vou montar a vitrine da {brand}""", ["Sr. {n}", "Sra. {n}", "Dr. {n}", "Dona {n}"])
_lex("nl", "Naam|Telefoon|Adres|E-mail|Bestelnummer|Datum|Opmerking|Klant|Afleveradres|Totaal|Onderwerp|Met vriendelijke groet|"
     "Hoi|Bedankt|Boeking|IBAN|Kaart|Land|Mobiel|Contactpersoon noodgeval", "Geachte heer/mevrouw,", """
mijn naam is {c} en ik mail over bestelling {ord} van {date}.
Het pakket moest naar {addr}, maar volgens de track & trace is het in {city} afgeleverd.
Uw collega mevrouw {al} beloofde telefonisch dat ik teruggebeld zou worden op {ph}, maar dat is niet gebeurd.
Mijn buurman {p3} heeft de doos met de {brand}-jas aangenomen, maar die was kapot.
Stuur het retourlabel alstublieft naar {em} en niet naar mijn oude adres.
Ik kom al jaren graag in jullie winkel in {city2}, dus ik ben echt teleurgesteld.
Als {a} van de klantenservice nog vragen heeft, ben ik doordeweeks na 17.00 uur bereikbaar.""", """
{x}: heeft {y} de klant al teruggebeld? ze wacht sinds 10 uur
{y}: ja, gebeld op {ph}, ze komt morgen langs
{x}: top dank je. {z} staat vandaag achter de kassa in {city}
{z}: prima maar eerst de etalage van {brand} afmaken""", ["dhr. {n}", "mevr. {n}", "mw. {n}", "dr. {n}"])
_lex("pl", "Imię i nazwisko|Telefon|Adres|E-mail|Nr zamówienia|Data|Uwagi|Klient|Adres dostawy|Suma|Temat|Pozdrawiam|Cześć|"
     "Dziękuję|Rezerwacja|IBAN|Karta|Kraj|Komórka|Kontakt awaryjny", "Dzień dobry,", """
nazywam się {c} i piszę w sprawie zamówienia {ord} z dnia {date}.
Paczka miała trafić na adres {addr}, ale według śledzenia została doręczona w miejscowości {city}.
Pani {al} z Państwa infolinii obiecała, że ktoś oddzwoni pod numer {ph}, ale nikt się nie odezwał.
Mój sąsiad {p3} odebrał karton z kurtką {brand}, niestety był uszkodzony.
Proszę wysłać etykietę zwrotną na {em}, a nie na stary adres.
Od lat robię zakupy w Państwa sklepie stacjonarnym ({city2}), dlatego jestem bardzo rozczarowana.
Jeśli {a} z obsługi klienta będzie miał pytania, jestem dostępna po 17:00.""", """
{x}: czy {y} oddzwoniła do klientki? czeka od 10
{y}: tak, dzwoniłam na {ph}, przyjdzie jutro
{x}: super dzięki. dziś {z} siedzi na kasie, sklep {city}
{z}: ok ale najpierw witryna {brand}""", ["Pan {n}", "Pani {n}", "dr {n}", "mgr {n}"])
_lex("cs", "Jméno|Telefon|Adresa|E-mail|Č. objednávky|Datum|Poznámka|Zákazník|Doručovací adresa|Celkem|Předmět|S pozdravem|Ahoj|"
     "Děkuji|Rezervace|IBAN|Karta|Země|Mobil|Nouzový kontakt", "Dobrý den,", """
jmenuji se {c} a píšu kvůli objednávce {ord} ze dne {date}.
Balík měl být doručen na adresu {addr}, ale podle sledování skončil na pobočce {city}.
Vaše kolegyně paní {al} mi slíbila, že mi někdo zavolá na {ph}, ale nikdo se neozval.
Můj soused {p3} převzal krabici s bundou {brand}, jenže byla poškozená.
Prosím pošlete štítek pro vrácení na {em}, ne na starou adresu.
Ve vaší prodejně ({city2}) nakupuji už roky, proto jsem opravdu zklamaná.
Pokud bude mít {a} ze zákaznické podpory dotazy, jsem k zastižení po 17. hodině.""", """
{x}: volala už {y} té zákaznici? čeká od 10
{y}: jo, volala jsem na {ph}, přijde zítra
{x}: super díky. dnes je na kase {z}, prodejna {city}
{z}: ok, ale nejdřív dodělám výlohu {brand}""", ["pan {n}", "paní {n}", "Ing. {n}", "MUDr. {n}"])
_lex("sv", "Namn|Telefon|Adress|E-post|Ordernr|Datum|Anteckning|Kund|Leveransadress|Summa|Ämne|Vänliga hälsningar|Hej|Tack|"
     "Bokning|IBAN|Kort|Land|Mobil|Närmast anhörig", "Hej,", """
jag heter {c} och skriver angående order {ord} från {date}.
Paketet skulle levereras till {addr}, men enligt spårningen lämnades det i {city}.
Er kollega {al} lovade i telefon att någon skulle ringa tillbaka på {ph}, vilket aldrig hände.
Min granne {p3} tog emot kartongen med {brand}-jackan, men den var trasig.
Skicka returetiketten till {em} och inte till min gamla adress.
Jag har handlat i er butik i {city2} i flera år och är därför riktigt besviken.
Om {a} på kundtjänst har frågor når ni mig vardagar efter kl. 17.""", """
{x}: har {y} ringt tillbaka till kunden? hon har väntat sen 10
{y}: ja ringde henne på {ph}, hon kommer imorgon
{x}: toppen tack. {z} står i kassan i {city} idag
{z}: ok men först skyltfönstret för {brand}""", ["{n}", "dr {n}", "fru {n}", "herr {n}"])
_lex("da", "Navn|Telefon|Adresse|E-mail|Ordrenr.|Dato|Note|Kunde|Leveringsadresse|I alt|Emne|Venlig hilsen|Hej|Tak|Booking|"
     "IBAN|Kort|Land|Mobil|Pårørende", "Hej,", """
mit navn er {c}, og jeg skriver angående ordre {ord} fra {date}.
Pakken skulle leveres til {addr}, men ifølge sporingen blev den afleveret i {city}.
Jeres kollega {al} lovede i telefonen, at nogen ville ringe mig op på {ph}, men det skete aldrig.
Min nabo {p3} tog imod kassen med {brand}-jakken, men den var gået i stykker.
Send venligst returlabelen til {em} og ikke til min gamle adresse.
Jeg har handlet i jeres butik i {city2} i mange år, så jeg er virkelig skuffet.
Hvis {a} fra kundeservice har spørgsmål, kan jeg træffes på hverdage efter kl. 17.""", """
{x}: har {y} ringet kunden op? hun har ventet siden 10
{y}: ja ringede til hende på {ph}, hun kommer i morgen
{x}: super tak. {z} står i kassen i {city} i dag
{z}: ok men først vinduet med {brand}""", ["{n}", "hr. {n}", "fru {n}", "dr. {n}"])
_lex("no", "Navn|Telefon|Adresse|E-post|Ordrenr.|Dato|Merknad|Kunde|Leveringsadresse|Totalt|Emne|Med vennlig hilsen|Hei|Takk|"
     "Bestilling|IBAN|Kort|Land|Mobil|Pårørende", "Hei,", """
jeg heter {c} og skriver angående ordre {ord} fra {date}.
Pakken skulle leveres til {addr}, men ifølge sporingen ble den levert i {city}.
Kollegaen deres, {al}, lovet på telefon at noen skulle ringe meg tilbake på {ph}, men det skjedde aldri.
Naboen min, {p3}, tok imot esken med {brand}-jakka, men den var ødelagt.
Send returlappen til {em} og ikke til den gamle adressen min.
Jeg har handlet i butikken deres i {city2} i mange år, så jeg er skikkelig skuffet.
Hvis {a} på kundeservice har spørsmål, treffer dere meg på hverdager etter kl. 17.""", """
{x}: har {y} ringt kunden tilbake? hun har venta siden 10
{y}: ja ringte henne på {ph}, hun kommer i morgen
{x}: topp takk. {z} står i kassa i {city} i dag
{z}: ok men først vinduet til {brand}""", ["{n}", "dr. {n}", "fru {n}", "herr {n}"])
_lex("fi", "Nimi|Puhelin|Osoite|Sähköposti|Tilausnro|Päivämäärä|Huomio|Asiakas|Toimitusosoite|Yhteensä|Aihe|Ystävällisin terveisin|"
     "Moi|Kiitos|Varaus|IBAN|Kortti|Maa|Matkapuhelin|Lähiomainen", "Hei,", """
nimeni on {c} ja kirjoitan tilauksesta {ord} ({date}).
Paketti piti toimittaa osoitteeseen {addr}, mutta seurannan mukaan se jätettiin noutopisteeseen, paikkakunta {city}.
Asiakaspalvelijanne {al} lupasi puhelimessa, että minulle soitetaan numeroon {ph}, mutta kukaan ei soittanut.
Naapurini {p3} otti vastaan laatikon, jossa oli {brand}-takki, mutta se oli rikki.
Lähettäkää palautustarra osoitteeseen {em}, ei vanhaan osoitteeseeni.
Olen asioinut myymälässänne ({city2}) vuosia, joten olen todella pettynyt.
Jos asiakaspalvelun {a} tarvitsee lisätietoja, tavoitatte minut arkisin klo 17 jälkeen.""", """
{x}: soittiko {y} jo asiakkaalle? odottanut kymmenestä asti
{y}: joo soitin numeroon {ph}, tulee huomenna
{x}: kiitti. tänään kassalla on {z}, myymälä {city}
{z}: ok mut eka {brand}-ikkuna valmiiksi""", ["{n}", "tri {n}", "rouva {n}", "herra {n}"])
_lex("hu", "Név|Telefon|Cím|E-mail|Rendelésszám|Dátum|Megjegyzés|Ügyfél|Szállítási cím|Összesen|Tárgy|Üdvözlettel|Szia|Köszönöm|"
     "Foglalás|IBAN|Kártya|Ország|Mobil|Értesítendő személy", "Tisztelt Ügyfélszolgálat!", """
{c} vagyok, a {ord} számú, {date} napon leadott rendelésem miatt írok.
A csomagot a következő címre kellett volna kézbesíteni: {addr}, de a követés szerint máshol, {city} településen adták le.
Az Önök munkatársa, {al} telefonon megígérte, hogy visszahívnak a {ph} számon, de ez nem történt meg.
A szomszédom, {p3} vette át a dobozt a {brand} kabáttal, de sérült volt.
Kérem, a visszaküldési címkét a {em} címre küldjék, ne a régi címemre.
Évek óta vásárolok az Önök üzletében ({city2}), ezért nagyon csalódott vagyok.
Ha {a} az ügyfélszolgálatról kérdezne még valamit, hétköznap 17 óra után elérhető vagyok.""", """
{x}: {y} visszahívta már az ügyfelet? 10 óta vár
{y}: igen, hívtam a {ph} számon, holnap bejön
{x}: szuper köszi. ma {z} van a kasszánál, {city} bolt
{z}: oké de előbb a {brand} kirakat""", ["{n}", "dr. {n}", "{n} úr", "{n} asszony"])
_lex("ro", "Nume|Telefon|Adresă|E-mail|Nr. comandă|Data|Observații|Client|Adresă de livrare|Total|Subiect|Cu stimă|Salut|Mulțumesc|"
     "Rezervare|IBAN|Card|Țara|Mobil|Persoană de contact", "Bună ziua,", """
mă numesc {c} și vă scriu în legătură cu comanda {ord} din {date}.
Coletul trebuia livrat la {addr}, dar conform urmăririi a fost predat în {city}.
Colega dumneavoastră, doamna {al}, mi-a promis la telefon că voi fi sunată înapoi la {ph}, dar nu s-a întâmplat.
Vecinul meu, {p3}, a primit cutia cu geaca {brand}, însă era deteriorată.
Vă rog să trimiteți eticheta de retur pe {em}, nu la adresa veche.
Cumpăr de ani buni din magazinul vostru din {city2}, de aceea sunt foarte dezamăgită.
Dacă {a} de la relații clienți mai are întrebări, sunt disponibilă după ora 17.""", """
{x}: a sunat-o {y} pe clientă? așteaptă de la 10
{y}: da, am sunat-o la {ph}, vine mâine
{x}: super mersi. azi {z} e la casă în {city}
{z}: ok dar întâi vitrina {brand}""", ["dl. {n}", "dna. {n}", "dr. {n}", "d-na {n}"])
_lex("tr", "Ad Soyad|Telefon|Adres|E-posta|Sipariş no|Tarih|Not|Müşteri|Teslimat adresi|Toplam|Konu|Saygılarımla|Merhaba|"
     "Teşekkürler|Rezervasyon|IBAN|Kart|Ülke|Cep|Acil durum kişisi", "Merhaba,", """
ben {c}, {date} tarihli {ord} numaralı siparişim hakkında yazıyorum.
Paketin {addr} adresine teslim edilmesi gerekiyordu ama takip sistemine göre {city} şubesine bırakılmış.
Müşteri temsilciniz {al} Hanım, {ph} numarasından beni geri arayacağınızı söyledi ama kimse aramadı.
Komşum {p3}, {brand} ceketin olduğu kutuyu teslim aldı fakat kutu hasarlıydı.
İade etiketini eski adresime değil, {em} adresine gönderin lütfen.
Yıllardır {city2} mağazanızdan alışveriş yapıyorum, bu yüzden gerçekten hayal kırıklığına uğradım.
Müşteri hizmetlerinden {a} başka bir bilgiye ihtiyaç duyarsa hafta içi 17.00'den sonra ulaşabilirsiniz.""", """
{x}: {y} müşteriyi geri aradı mı? 10'dan beri bekliyor
{y}: evet {ph} numarasından aradım, yarın gelecek
{x}: süper sağol. bugün kasada {z} var, {city} şube
{z}: tamam ama önce {brand} vitrini""", ["{n} Bey", "{n} Hanım", "Dr. {n}", "Sayın {n}"])
_lex("el", "Ονοματεπώνυμο|Τηλέφωνο|Διεύθυνση|Email|Αρ. παραγγελίας|Ημερομηνία|Σημείωση|Πελάτης|Διεύθυνση αποστολής|Σύνολο|Θέμα|"
     "Με εκτίμηση|Γεια σας|Ευχαριστώ|Κράτηση|IBAN|Κάρτα|Χώρα|Κινητό|Επαφή έκτακτης ανάγκης", "Αξιότιμοι κύριοι,", """
ονομάζομαι {c} και σας γράφω για την παραγγελία {ord} της {date}.
Το δέμα έπρεπε να παραδοθεί στη διεύθυνση {addr}, αλλά σύμφωνα με την παρακολούθηση αφέθηκε στο κατάστημα {city}.
Η συνάδελφός σας, κ. {al}, μου υποσχέθηκε ότι θα με καλέσετε στο {ph}, κάτι που δεν έγινε ποτέ.
Ο γείτονάς μου, {p3}, παρέλαβε το κουτί με το μπουφάν {brand}, αλλά ήταν κατεστραμμένο.
Παρακαλώ στείλτε την ετικέτα επιστροφής στο {em} και όχι στην παλιά μου διεύθυνση.
Ψωνίζω χρόνια από το κατάστημά σας ({city2}), γι' αυτό είμαι πραγματικά απογοητευμένη.
Αν ο/η {a} από την εξυπηρέτηση πελατών χρειαστεί κάτι, είμαι διαθέσιμη μετά τις 17:00.""", """
{x}: η {y} πήρε την πελάτισσα; περιμένει από τις 10
{y}: ναι, την πήρα στο {ph}, έρχεται αύριο
{x}: τέλεια ευχαριστώ. σήμερα ταμείο έχει ο {z}, κατάστημα {city}
{z}: οκ αλλά πρώτα η βιτρίνα {brand}""", ["κ. {n}", "κα {n}", "Δρ. {n}", "κος {n}"])
_lex("ja", "氏名|電話番号|住所|メール|注文番号|日付|備考|お客様|お届け先|合計|件名|よろしくお願いいたします|こんにちは|ありがとうございます|"
     "予約|IBAN|カード|国|携帯|緊急連絡先", "お世話になっております。", """
{c}と申します。{date}に注文した{ord}の件でご連絡いたしました。
お届け先は{addr}のはずでしたが、追跡では{city}の営業所で配達完了となっています。
お電話で担当の{al}様から{ph}に折り返しのお電話をいただけると伺いましたが、まだご連絡がありません。
隣に住む{p3}さんが{brand}のコートの入った箱を受け取ってくれましたが、箱が潰れていました。
返品ラベルは旧住所ではなく{em}宛にお送りください。
{city2}の店舗には何年も通っているので、大変残念です。
カスタマーサポートの{a}さんからご質問があれば、平日17時以降にご連絡ください。""", """
{x}: {y}さん、お客様に折り返しした？10時から待ってるって
{y}: はい、{ph}にかけました。明日来店されます
{x}: ありがとう！今日は{z}さんが{city}店のレジです
{z}: 了解、先に{brand}のディスプレイやります""", ["{n}様", "{n}さん", "{n}先生", "{n}様"])
_lex("ko", "이름|전화번호|주소|이메일|주문번호|날짜|메모|고객|배송지|합계|제목|감사합니다|안녕하세요|고맙습니다|예약|IBAN|카드|국가|휴대폰|"
     "비상 연락처", "안녕하세요.", """
저는 {c}입니다. {date}에 주문한 {ord} 건으로 문의드립니다.
배송지는 {addr}인데, 배송 조회상으로는 {city} 지점에 배달 완료로 되어 있습니다.
상담원 {al}님께서 {ph}로 다시 연락 주신다고 하셨는데 아직 연락이 없습니다.
이웃인 {p3} 씨가 {brand} 재킷 상자를 대신 받아 주었는데 상자가 찌그러져 있었습니다.
반품 라벨은 예전 주소가 아니라 {em}으로 보내 주세요.
{city2} 매장을 몇 년째 이용하고 있어서 더 실망스럽습니다.
고객센터 {a}님이 추가로 확인하실 내용이 있으면 평일 오후 5시 이후에 연락 주세요.""", """
{x}: {y}님 고객님께 다시 전화했어요? 10시부터 기다리셨대요
{y}: 네 {ph}로 전화드렸어요 내일 오신대요
{x}: 감사해요! 오늘 {city}점 계산대는 {z}님이에요
{z}: 넵 {brand} 진열 먼저 할게요""", ["{n}님", "{n} 씨", "{n} 고객님", "{n} 선생님"])
_lex("vi", "Họ tên|Số điện thoại|Địa chỉ|Email|Mã đơn hàng|Ngày|Ghi chú|Khách hàng|Địa chỉ giao hàng|Tổng cộng|Tiêu đề|Trân trọng|"
     "Chào|Cảm ơn|Đặt chỗ|IBAN|Thẻ|Quốc gia|Di động|Người liên hệ khẩn cấp", "Kính gửi bộ phận CSKH,", """
tôi là {c}, tôi viết thư về đơn hàng {ord} đặt ngày {date}.
Đơn hàng lẽ ra phải giao đến {addr}, nhưng theo tra cứu thì lại được giao ở {city}.
Nhân viên chăm sóc khách hàng là chị {al} đã hứa sẽ gọi lại cho tôi qua số {ph} nhưng đến nay vẫn chưa thấy.
Hàng xóm của tôi là anh {p3} đã nhận giúp thùng hàng có áo khoác {brand}, nhưng thùng bị móp.
Vui lòng gửi nhãn trả hàng đến {em}, không phải địa chỉ cũ.
Tôi đã mua sắm tại cửa hàng ở {city2} nhiều năm nên thật sự rất thất vọng.
Nếu bạn {a} bên CSKH cần thêm thông tin, tôi có thể nghe máy sau 17 giờ các ngày trong tuần.""", """
{x}: {y} gọi lại cho khách chưa? chị ấy chờ từ 10h rồi
{y}: rồi, mình gọi số {ph}, mai chị ấy ghé
{x}: ok cảm ơn nha. hôm nay {z} đứng quầy ở {city}
{z}: ok nhưng để mình làm xong kệ {brand} trước""", ["anh {n}", "chị {n}", "ông {n}", "bà {n}"])
_lex("id", "Nama|Telepon|Alamat|Email|No. pesanan|Tanggal|Catatan|Pelanggan|Alamat pengiriman|Total|Perihal|Salam|Halo|"
     "Terima kasih|Reservasi|IBAN|Kartu|Negara|HP|Kontak darurat", "Dengan hormat,", """
nama saya {c}, saya menulis terkait pesanan {ord} tanggal {date}.
Paket seharusnya dikirim ke {addr}, tetapi menurut pelacakan diantar ke {city}.
Petugas CS Anda, Ibu {al}, berjanji akan menelepon balik ke {ph}, tapi sampai sekarang belum ada kabar.
Tetangga saya, Pak {p3}, menerima kardus berisi jaket {brand}, tetapi kardusnya rusak.
Mohon kirim label retur ke {em}, bukan ke alamat lama saya.
Saya sudah bertahun-tahun belanja di toko Anda di {city2}, jadi saya sangat kecewa.
Kalau {a} dari CS butuh info tambahan, saya bisa dihubungi setelah jam 17.00 pada hari kerja.""", """
{x}: {y} udah telpon balik customernya? dia nunggu dari jam 10
{y}: udah, aku telpon ke {ph}, besok dia mampir
{x}: mantap makasih. hari ini kasir di {city} {z} ya
{z}: oke tapi beresin display {brand} dulu""", ["Bapak {n}", "Ibu {n}", "Pak {n}", "Bu {n}"])
assert all(len(v["lab"]) == len(LABEL_KEYS) for v in LEX.values()), [k for k, v in LEX.items() if len(v["lab"]) != len(LABEL_KEYS)]
assert all(len(v["prose"]) == 7 and len(v["chat"]) == 4 for v in LEX.values())


def agent_ref(p, lang):
    """the form a customer would use for an agent after a title / honorific"""
    if lang in ("tr", "vi", "id"):
        return p.first
    if lang in ("ko", "hu", "fi") or not p.last:
        return p.fixed_full()
    return p.last


# ----------------------------------------------------------------------------- helpers for kinds
EN_VOICES = ["GB", "GB", "GB", "US", "US", "US", "AU", "IN", "NG", "ZA", "IE", "CA"]
INTL_CC = ["DE", "FR", "ES", "IT", "NL", "PL", "SE", "DK", "NO", "FI", "PT", "BR", "JP", "KR", "TR", "MX", "AT",
           "CH", "BE", "CZ", "HU", "RO", "GR", "VN", "ID", "IE", "AU", "CA", "IN", "NG", "ZA", "US"]


def V():
    return ch(EN_VOICES)


def nm(p, mode=None):
    mode = mode or ch(["full", "full", "full", "first", "last", "lower", "caps", "init"])
    v = {"full": p.fixed_full(), "first": p.first, "last": p.last or p.first, "lower": p.fixed_full().lower(),
         "caps": p.fixed_full().upper(), "init": p.initial(), "lfirst": p.first.lower()}[mode]
    return P(v)


def titled(p, lang="en"):
    if lang == "en":
        return [ch(["Mr ", "Mrs ", "Ms ", "Dr ", "Mx ", "Miss ", "Mr. ", "Dr. "]), P(p.last or p.first)]
    t = ch(LEX[lang]["titles"])
    ref = agent_ref(p, lang)
    return fill(t, n=P(ref))


def poss(p, mode="first"):
    return [nm(p, mode), ch(["'s", "'s", "’s"])]


def brand():
    return ch(BRAND_NEG)


def product():
    return ch(PRODUCT_NEG)


def dom():
    return ch(["thegreenhouse.co.uk", "ridgewayenergy.com", "kitandcaboodle.ie", "meadowfarmshop.co.uk", "stonebridge-fc.org",
               "bluewaterhotels.com", "parkviewmotors.co.za", "nimbus-saas.io", "harbourdental.com.au", "wavecell.net",
               "oakfieldschool.org.uk", "northlight-lettings.ca", "citymuseum.org", "inkwell-tattoo.com", "lagosgrill.ng"])


def cap_word():
    return ch(CAPS_NEG)


# ============================================================================= ENGLISH KINDS
def k_allotment_waitlist():
    v = "GB"
    rows = []
    for i in range(R.randint(2, 3)):
        p = en_person(v)
        name = ch([nm(p, "full"), P(f"{p.last or p.first}, {p.first}"), nm(p, "caps"), nm(p, "init")])
        rows.append(fill("{i} | {n} | {a} | {ph} | {pref}\n", i=str(i + 1), n=name, a=AD(addr(v, "inline")), ph=PH(phone(v)),
                         pref=ch(["half plot", "full plot, raised beds ok", "any", "Site B only", "accessible plot (ramp)"])))
    q = en_person(v)
    return [f"Parks & Open Spaces – allotment waiting list (exported {date_any()}, page 1 of {R.randint(2, 6)})\n",
            "Pos | Applicant | Address | Contact | Preference\n", rows,
            fill("Note from {o}: plot {n} at Beckett's Field is being given up by {q}; offer to pos 1, then pos 2. "
                 "Rent £{r}/yr, water surcharge £{w}.", o=nm(en_person(v), "first"), n=str(R.randint(2, 60)),
                 q=nm(q, "full"), r=str(R.randint(28, 95)), w=str(R.randint(5, 20)))]


def k_boiler_jobcard():
    v = ch(["GB", "GB", "IE"])
    eng, cust, ll = en_person(v), en_person(v), en_person(v)
    return fill("JOB CARD {ref}   Engineer: {eng}  (Gas Safe ID {gs})\nCustomer: {t}    Tel: {ph} / mob {ph2}\n"
                "Site:\n{a}\nAppliance: Worcester Bosch Greenstar 30i, serial {ser}, fitted {date}\n"
                "Notes: flue terminal ok, pressure topped to 1.2 bar. Tenant {tf} says landlord {ll} ({ph3}) pays, "
                "invoice to {em}. {cap}: CO alarm missing in hallway. Next service due {date2}.",
                ref=ref_no(), eng=nm(eng, "full"), gs=d(6), t=titled(cust), ph=PH(phone(v, "nat")), ph2=PH(phone(v, "chat")),
                a=AD(addr(v, "multi")), ser=d(10), date=date_any(), tf=nm(cust, "first"), ll=nm(ll, ch(["full", "init"])),
                ph3=PH(phone(v, "intl")), em=EM(email_for(ll)), cap=cap_word(), date2=date_any())


def k_water_outage_log():
    v = ch(["GB", "AU", "ZA", "US"])
    a, b, c = en_person(v), en_person(v), en_person(v)
    return [fill("[07:42] inbound - {a} reports no water at {ad}. callback {ph}. says no. 14 also dry.\n", a=nm(a, "full"),
                 ad=AD(addr(v, "inline")), ph=PH(phone(v))),
            fill("[08:15] crew {crew} dispatched, valve key {vk}. supervisor {b} informed.\n", crew=L(2) + d(2), vk=sku(),
                 b=nm(b, "first")),
            fill("[09:30] rang {al} back - no answer, voicemail left on {ph}. {cl} says bottled water drop at the {loc} depot.\n",
                 al=nm(a, "lfirst"), ph=PH(phone(v, "chat")), cl=nm(c, "first"), loc=LO(city(v))),
            fill("[11:02] restored. Job ref {r}, meter {m}. Compensation (GSS) £{g} if > 12h - not applicable.", r=ref_no(),
                 m=d(8) + L(1), g=str(R.randint(20, 40)))]


def k_tutor_match_request():
    v = V()
    par, kid, tut = en_person(v), en_person(v), en_person(v)
    return fill("Hi there,\n\nI'm looking for a maths tutor for my daughter {k}, who is in Year {y} at St Aidan's Academy and "
                "struggling with algebra since the teacher changed. A friend, {fr}, recommended {tut} from your agency and said "
                "{tp} sessions made a real difference for her twins. We live at {ad}, so in-person would be ideal, but online "
                "is fine on Tuesdays. {k2} is very shy at first, so someone patient please! My number is {ph} and my husband "
                "{h} can be reached on {ph2} if I'm at work. Budget is around £{pr} an hour. We saw your {cap} offer in the "
                "school newsletter.\n\nThanks so much,\n{par}",
                k=nm(kid, "first"), y=str(R.randint(7, 11)), fr=nm(en_person(v), "full"), tut=nm(tut, "full"),
                tp=poss(tut, "first"), ad=AD(addr(v, "inline")), k2=nm(kid, "first"), ph=PH(phone(v)),
                h=nm(en_person(v), "first"), ph2=PH(phone(v, "intl")), pr=str(R.randint(25, 60)), cap=cap_word(),
                par=nm(par, ch(["full", "first"])))


def k_alumni_class_notes():
    v = V()
    out = [f"CLASS NOTES — Class of '{R.randint(1, 19):02d}\n\n"]
    for _ in range(R.randint(2, 3)):
        a, b = en_person(v), en_person(ch(EN_VOICES))
        t = ch(["{a} has moved to {loc} to run the family vineyard and would love to hear from old housemates on {ph}.",
                "{a} and {b} married last spring in {loc}; {bf} still wears the Dr. Martens from freshers' week.",
                "After twelve years as a Store Manager, {a} now teaches chemistry in {loc}. Email {em}.",
                "{a} (née {bl}) writes from {loc}: 'still in touch with {bf} — reunion at mine?' Address for cards: {ad}."])
        out.append(fill(t + "\n\n", a=nm(a, "full"), b=nm(b, "full"), bf=nm(b, "first"), bl=P(b.last or b.first),
                        loc=LO(ch(COUNTRY_EN + CITIES[v])), ph=PH(phone(v, "intl")), em=EM(email_for(a)),
                        ad=AD(addr(v, "inline"))))
    out.append("Send your news to the Alumni Office — photos welcome (max 5MB).")
    return out


def k_food_bank_referral():
    v = ch(["GB", "GB", "IE", "CA", "AU"])
    cl, ag, kid = en_person(v), en_person(v), en_person(v)
    return fill("FOOD BANK REFERRAL (voucher {vn})\nReferring agency: Citizens Advice — caseworker {ag}, {agph}\n"
                "Client name: {cl}\nAddress: {ad}\nContact no: {ph}\nHousehold: 2 adults, 3 children (youngest {kid}, age 2)\n"
                "Dietary: halal, no nuts\nReason: benefit delay (UC), fuel arrears\nDelivery? YES — client has no car; "
                "leave with neighbour {nb} if out.\nCollection point if not: {loc} community hub, Thursdays.\n"
                "Voucher valid 14 days. Not a means-tested award. Ref {r}.",
                vn=d(8), ag=nm(ag, "full"), agph=PH(phone(v, "nat") + ""), cl=nm(cl, ch(["full", "caps"])),
                ad=AD(addr(v, ch(["inline", "multi"]))), ph=PH(phone(v)), kid=nm(kid, "first"), nb=nm(en_person(v), "first"),
                loc=LO(city(v)), r=ref_no())


def k_gift_aid_ocr():
    v = "GB"
    p = en_person(v)
    return fill("GIFT AID DECLARATION — SINGLE DONATION\n|| TITLE: {t}   FIRST NAME(S): {f}   SURNAME: {l}\n"
                "|| HOME ADDRESS: {ad}\n|| TEL: {ph}        EMAIL: {em}\n|| I want to Gift Aid my donation of £{amt} to "
                "Hope Street Hospice Trust\n|| [x] I am a UK taxpayer   SIGNED: {sig}   DATE: {date}\n"
                "-- OCR confidence 0.{c} -- batch {b} -- scanned by {sc}",
                t=ch(["MR", "MRS", "MS", "DR"]), f=P(p.first.upper()), l=P((p.last or p.first).upper()),
                ad=AD(addr(v, ch(["caps", "label"]))), ph=PH(phone(v, "nat")), em=EM(email_for(p).upper()),
                amt=str(R.randint(5, 500)), sig=nm(p, "init"), date=date_any(), c=d(2), b=sku(), sc=nm(en_person(v), "lfirst"))


def k_rugby_kit_order_thread():
    v = ch(["GB", "IE", "NZ" if False else "AU", "ZA"])
    cap_, a, b, c = en_person(v), en_person(v), en_person(v), en_person(v)
    return fill("From: {capn} <{em}>\nTo: juniors-u12@stonebridge-fc.org\nSubject: Re: kit order - names on shirts\n\n"
                "Lads' names for the back of the shirts (CAPS as printed):\n  7  {a}\n  9  {b}\n  12 {c}\n"
                "{bf}'s mum wants the XL as he's shot up. Please deliver to the clubhouse, {ad}, not to me. "
                "If the courier rings, my mobile is {ph}. The Canterbury sponsor logo needs to be on the sleeve, "
                "not the chest — {will} from the committee confirmed that. PO {po}, total £{tot}.\n\n-- \n{capf} (U12 coach)",
                capn=nm(cap_, "full"), em=EM(email_for(cap_)), a=P((a.last or a.first).upper()), b=P(b.first.upper()),
                c=P(c.fixed_full().upper()), bf=nm(b, "first"), ad=AD(addr(v, "inline")), ph=PH(phone(v, "chat")),
                po=d(5), tot=str(R.randint(200, 900)), capf=nm(cap_, "first"), will=P("Will"))


def k_spa_treatment_card():
    v = ch(["GB", "US", "AU", "IE", "ZA"])
    g, th = en_person(v), en_person(v)
    return fill("~~ Treatment Card ~~\nGuest: {g}   Room {rm}   Tel: {ph}\nTherapist: {th}\nTreatment: Hot Stone 60' + "
                "Cleopatra milk bath (product: Elemis Pro-Collagen)\nHealth Q: pregnant? N  allergies: lavender  meds: none\n"
                "Booked by: {bb} (PA), {bph}\nHome address for loyalty mailing: {ad}\nNotes: prefers female therapist; {gf} "
                "asked for {s1} again — {th2} covering as {s2} on leave. Charge to room, folio {fo}.",
                g=titled(g), rm=str(R.randint(101, 620)), ph=PH(phone(v, "intl")), th=nm(th, "first"),
                bb=nm(en_person(v), "full"), bph=PH(phone(v)), ad=AD(addr(v, "multi")), gf=nm(g, "first"),
                th2=nm(th, "first"), fo=d(7), s1=P("Summer"), s2=P("Summer"))


def k_minibar_dispute_email():
    v = V()
    g = en_person(v)
    fd, mg = en_person(ch(EN_VOICES)), en_person(v)
    cc = card(style="plain")
    return fill("Dear Front Office Manager,\n\nI stayed with you from {d1} to {d2} (confirmation {cf}) and I was surprised to "
                "see a charge of {pr} for the minibar on my Visa ending {last4}. I did not open the minibar at all — the "
                "Jack Daniel's miniature and the Toblerone were already missing when we checked in, which I mentioned to "
                "{fd} at reception that evening. {fd2} said it would be noted, but clearly it wasn't. My colleague {col} was in "
                "the adjoining room and can confirm. I am also unhappy that the late checkout promised by {mg} was refused "
                "by the night team. Please refund the charge to the card ({cc}) and send the corrected folio to my office "
                "address: {ad}. I can be reached on {ph} during the day. I have stayed at your {loc} property many times and "
                "hope this can be resolved quickly.\n\nKind regards,\n{g}",
                d1=date_any(), d2=date_any(), cf=L(3) + d(6), pr=price(), last4=cc[-4:], fd=nm(fd, "full"), fd2=nm(fd, "first"),
                col=nm(en_person(v), "full"), mg=titled(mg), cc=CC(fmt_card(cc)), ad=AD(addr(v, "inline")),
                ph=PH(phone(v)), loc=LO(city(v)), g=nm(g, "full"))


def k_tyre_fitting_booking():
    v = ch(["GB", "IE", "AU", "ZA", "NG"])
    p = en_person(v)
    return fill("Booking confirmed ✔ Mobile tyre fitting\nReg: {pl}   Vehicle: Ford Fiesta ST / Porsche Design wheels\n"
                "Tyres: 2x Michelin Pilot Sport 5 225/40 R18 92Y — SKU {sku}\nWhen: {date} between 08:00-12:00\n"
                "Where: {ad}\nContact: {p} — {ph}\nFitter: {ft} will call 30 mins before. Pay on completion, card or "
                "Apple Pay. Total {pr} incl. VAT. Locking wheel nut key must be available! Ref {r}",
                pl=plate(), sku=sku(), date=date_any(), ad=AD(addr(v, "inline")), p=nm(p, ch(["full", "init"])),
                ph=PH(phone(v)), ft=nm(en_person(v), "first"), pr=price("£"), r=order_no())


def k_vehicle_recall_letter():
    v = ch(["US", "CA", "GB", "AU"])
    p = en_person(v)
    return fill("{ad}\n\n{date}\n\nIMPORTANT SAFETY RECALL — {rc}\nVIN: {vin}\n\nDear {t},\n\nThis notice is sent to you in "
                "accordance with the National Traffic and Motor Vehicle Safety Act. Mercedes-Benz has decided that a defect "
                "relating to motor vehicle safety exists in certain 2021 vehicles. Please call {dealer} at our {loc} "
                "dealership on {ph} to schedule the free repair. If you have sold this vehicle, please let us know the new "
                "owner's name. Recall campaign {camp}, part no. {pn}.\n\nSincerely,\n{sv}\nService Advisor",
                ad=[P(p.fixed_full().upper()), "\n", AD(addr(v, "multi_caps"))], date=date_any(), rc=d(2) + "V-" + d(3),
                vin="W1K" + L(3) + d(11), t=titled(p), dealer=nm(en_person(v), "full"), loc=LO(city(v)), ph=PH(phone(v, "nat")),
                camp=d(7), pn="A " + d(3) + " " + d(3) + " " + d(2) + " " + d(2), sv=nm(en_person(v), "full"))


def k_ev_charger_survey():
    v = ch(["GB", "IE", "AU", "US"])
    p, sv_ = en_person(v), en_person(v)
    return fill("Site survey — 7kW home charger\nSurveyor: {s}   Date: {date}\nCustomer: {c}   mob {ph}\nInstall address: {ad}\n"
                "Property: semi, driveway, consumer unit in garage (Wylex), earthing TN-C-S\nCable run 14m, external "
                "clipped. WiFi strength at post -67dBm. Router IP {ip} (customer gave admin pw — NOT recorded).\n"
                "Car: Tesla Model Y / Kia EV6 on order. OZEV grant: n/a. Notes: {cf} works nights; call {sp} ({spr}) "
                "{sph} to arrange access. Quote {q}.",
                s=nm(sv_, "full"), date=date_any(), c=nm(p, "full"), ph=PH(phone(v)), ad=AD(addr(v, "multi")),
                ip=IP(ip_private()), cf=nm(p, "first"), sp=nm(en_person(v), "first"), spr=ch(["partner", "son", "lodger"]),
                sph=PH(phone(v, "chat")), q=order_no())


def k_physio_intake():
    v = V()
    p, gp, ec = en_person(v), en_person(v), en_person(v)
    return fill("PHYSIO INTAKE — front desk summary\nPatient: {p}  DOB {dob}  Ref {r}\nAddress: {ad}\nPhone (home): {ph}  "
                "(mob): {ph2}\nGP: Dr {gp}, {loc} Medical Centre\nEmergency contact: {ec} ({rel}) {ph3}\nInsurer: "
                "Bupa / AXA, policy {pol}\nReason: L knee pain after Park Run; referred by {ref}.\nPreferred clinician: "
                "{cl} (not {hp} — clashes with school run)\nConsent to SMS reminders: Y",
                p=nm(p, ch(["full", "caps"])), dob=date_any(), r=ref_no(), ad=AD(addr(v, "inline")), ph=PH(phone(v, "nat")),
                ph2=PH(phone(v, "chat")), gp=P(gp.last or gp.first), loc=LO(city(v)), ec=nm(ec, "full"),
                rel=ch(["wife", "husband", "mum", "son", "partner"]), ph3=PH(phone(v)), pol=L(3) + d(8),
                ref=nm(en_person(v), "init"), cl=nm(en_person(v), "first"), hp=P("Hope"))


def k_optician_sms_batch():
    v = ch(["GB", "IE", "AU", "IN", "ZA"])
    out = [f"SMS batch {d(6)} — 'your glasses are ready' — queued {date_any()}\n"]
    for _ in range(R.randint(2, 3)):
        p = en_person(v)
        out.append(fill("to={ph}; body=\"Hi {n}, your new {fr} frames are ready to collect from our {loc} branch. "
                        "Balance due {pr}. Reply STOP to opt out\"; status={st}\n", ph=PH(phone(v, "intl")),
                        n=nm(p, ch(["first", "first", "lfirst"])), fr=ch(["Ray-Ban", "Oakley", "Tom Ford", "Vera Wang",
                                                                            "Calvin Klein"]),
                        loc=LO(city(v)), pr=price("£"), st=ch(["SENT", "DELIVERED", "FAILED(21610)", "QUEUED"])))
    return out


def k_esim_ticket_en():
    v = V()
    p, ag = en_person(v), en_person(v)
    return fill("[{ref}] eSIM activation stuck — priority P3\nCustomer: {p} ({em})\nMSISDN: {ph}\nICCID: 8944{ic}  "
                "IMEI: {imei}\nDevice: iPhone 15 Pro (not the Pixel)\nLast login IP: {ip}\nAgent {ag}: QR re-issued, "
                "customer will scan tonight. Port-in from old number {ph2} pending (PAC {pac}).\nShip replacement "
                "physical SIM to: {ad}",
                ref=ref_no(), p=nm(p, "full"), em=EM(email_for(p)), ph=PH(phone(v, "intl")), ic=d(15), imei=d(15),
                ip=IP(ipv4()), ag=nm(ag, "first"), ph2=PH(phone(v, "nat")), pac=L(3) + d(6), ad=AD(addr(v, "inline")))


def k_fibre_fault_escalation():
    v = ch(["GB", "IE", "AU", "NG", "ZA", "IN"])
    p, eng, mgr = en_person(v), en_person(v), en_person(v)
    return fill("ESCALATION → Tier 3 / NOC\nFault {ref} open {n} days. Customer {p} working from home, threatening to "
                "leave for a competitor. Line at {ad}, cabinet {cab}. ONT serial {ser}, WAN IP {ip}, CPE mgmt {ip2}.\n"
                "Timeline: engineer {eng} attended {date} (no fault found); {pf} says drops every evening around 19:00. "
                "Speed test 3.2/0.4 Mbps vs 900 package ('GIGA BOOST'). Contact {pf} on {ph} or her partner {pt} on {ph2}.\n"
                "Please assign to {mgr} — she handled the same street last month.",
                ref=ref_no(), n=str(R.randint(6, 30)), p=nm(p, "full"), ad=AD(addr(v, "inline")), cab=d(3), ser=L(4) + d(8),
                ip=IP(ipv4()), ip2=IP(ip_private()), eng=nm(eng, "full"), date=date_any(), pf=nm(p, "first"), ph=PH(phone(v)),
                pt=nm(en_person(v), "first"), ph2=PH(phone(v, "chat")), mgr=nm(mgr, "full"))


def k_letting_move_in_pack():
    v = ch(["GB", "CA", "AU", "IE", "ZA"])
    t1, t2, ll, neg = en_person(v), en_person(v), en_person(v), en_person(v)
    return fill("Welcome to your new home, {t1f} & {t2f}!\n\nProperty: {ad}\nMove-in: {date}, keys from our office at 10am\n"
                "Your lettings negotiator is {neg} ({nph}). For repairs after hours, call the contractor line {ph}.\n"
                "Landlord: {ll} — managed by us, please don't contact directly.\nDeposit: protected (scheme ref {dep}).\n"
                "Utilities: meter readings taken by {neg2} on check-in. Council tax band C. Broadband: not included.\n"
                "Bins: Tuesday. The Park Avenue 3-seater sofa and Smeg fridge stay with the flat.\n"
                "Rent: {rent} pcm by standing order to IBAN {ib} (ref {rr}).",
                t1f=nm(t1, "first"), t2f=nm(t2, "first"), ad=AD(addr(v, "multi")), date=date_any(), neg=nm(neg, "full"),
                nph=PH(phone(v, "nat")), ph=PH(phone(v, "intl")), ll=titled(ll), dep=d(9), neg2=nm(neg, "first"),
                rent=price("£"), ib=IB(iban("GB" if v != "IE" else "IE")), rr=L(2) + d(5))


def k_saas_seat_audit():
    d_ = ch(["nimbus-saas.io", "acme-logistics.com", "brightwave.co", "tallyhq.com"])
    out = [f"Seat audit — workspace '{ch(['ops','growth','cx-emea','finance'])}' — generated {date_any()}\n",
           "user,email,role,last_login_ip,last_active,licence\n"]
    for _ in range(R.randint(2, 4)):
        v = ch(EN_VOICES + INTL_CC[:8])
        p = person(v) if v not in EN_VOICES else en_person(v)
        out.append(fill("{n},{em},{role},{ip},{date},{lic}\n", n=nm(p, ch(["full", "lower"])), em=EM(email_for(p, d_)),
                        role=ch(["Admin", "Member", "Billing Owner", "Guest", "Viewer"]), ip=IP(ip_any()), date=date_any(),
                        lic=ch(["PRO", "ENTERPRISE", "FREE", "SUSPENDED"])))
    out.append(fill("# 2 seats inactive > 90d → reclaim? ask @{o}", o=nm(en_person("US"), "lfirst")))
    return out


def k_scim_provisioning_diff():
    d_ = ch(["northwind.io", "kestrel-health.com", "palisade.dev"])
    p1, p2, p3 = en_person("US"), person(ch(["DE", "FR", "NL", "PL"])), en_person(V())
    return fill("SCIM sync dry-run (IdP → app) {date}\n--- current\n+++ incoming\n@@ user {u1} @@\n- displayName: \"{n1a}\"\n"
                "+ displayName: \"{n1b}\"\n- phoneNumbers[work]: \"{ph1}\"\n+ phoneNumbers[work]: \"{ph2}\"\n@@ user {u2} @@\n"
                "+ emails[primary]: \"{em2}\"\n+ addresses[work].formatted: \"{ad2}\"\n+ manager.displayName: \"{mg}\"\n"
                "@@ user {u3} @@\n- active: true\n+ active: false   # leaver, last seen from {ip}\n"
                "summary: 3 changed, 0 created, 1 deactivated; group 'Customer Success Lead' unchanged",
                date=date_any(), u1=d(8), n1a=P(p1.fixed_full()), n1b=P(f"{p1.first} {p1.last}-{ch(['Okafor','Reyes','Lindqvist'])}"),
                ph1=PH(phone("US", "nat")), ph2=PH(phone("US", "intl")), u2=d(8), em2=EM(email_for(p2, d_)),
                ad2=AD(addr(p2.cc, "inline")), mg=nm(p3, "full"), u3=d(8), ip=IP(ipv4()))


def k_exit_interview_notes():
    v = V()
    cust, csm, cto, fin = en_person(v), en_person(v), en_person(v), en_person(v)
    return fill("Churn exit interview — notes ({date})\nAttendees: {csm} (CSM), {cust} (Head of Ops, customer), {cto} (CTO, "
                "joined late)\n\n- {custf} said the main reason they are leaving is the reporting module; they've signed with "
                "a competitor in {loc} who offers local data residency.\n- {ctof} complained that support tickets sat for days "
                "and that 'nobody called back on {ph}' despite three promises.\n- Finance contact {fin} wants the final "
                "invoice sent to {em} and the refund of the unused months paid to {ib}.\n- {custf} was positive about "
                "onboarding with {pg1} (our trainer) — said {pg2} 'was the best part of the contract'. [Page = our trainer's "
                "first name, {trn}]\n- Offer: 3 months FREE + SLA upgrade. Declined.\nNext step: {csmf} to send offboarding "
                "checklist; data export to {ip} allow-listed until {date2}.",
                date=date_any(), csm=nm(csm, "full"), cust=nm(cust, "full"), cto=nm(cto, "full"), custf=nm(cust, "first"),
                loc=LO(ch(COUNTRY_EN)), ctof=nm(cto, "first"), ph=PH(phone(v)), fin=nm(fin, "full"), em=EM(email_for(fin)),
                ib=IB(iban(ch(["GB", "IE", "NL", "DE"]))), trn=P("Page " + ch(["Whitaker", "Osei", "Lindgren"])),
                csmf=nm(csm, "first"), ip=IP(ipv4()), date2=date_any(), pg1=P("Page"), pg2=P("Page"))


def k_pothole_report():
    v = ch(["GB", "GB", "IE", "CA"])
    p = en_person(v)
    return fill("Report a problem › Roads › Pothole\nLocation description: outside no. 42, near the Ralph Lauren outlet car park\n"
                "Map pin: {lat}, {lon}\nDepth approx {dp}cm, cyclist hazard\nYour details\nName: {p}\nEmail: {em}\nPhone: {ph}\n"
                "Postal address (for the claim form): {ad}\nHave you reported this before? yes — ref {r}, closed without "
                "repair\nAnything else? My neighbour {nb} damaged a tyre here last week. Councillor {cl} is aware.",
                lat=f"{R.uniform(50, 56):.5f}", lon=f"-{R.uniform(0, 4):.5f}", dp=str(R.randint(4, 15)), p=nm(p, "full"),
                em=EM(email_for(p)), ph=PH(phone(v)), ad=AD(addr(v, "inline")), r=ref_no(), nb=nm(en_person(v), "full"),
                cl=nm(en_person(v), "last"))


def k_planning_objection():
    v = "GB"
    p, sp, nb = en_person(v), en_person(v), en_person(v)
    return fill("Planning application {app} — OBJECTION\n\nFrom: {p}, {ad}\nTel: {ph}\n\nI wish to object to the above "
                "application for a two-storey rear extension at the property next door. My wife {sp} and I have lived here "
                "since 1998 and the proposed wall would block most of the afternoon light into our kitchen. The applicant, "
                "{nb}, did not consult any of the neighbours before submitting, and the drawings by Hope & Partners "
                "Architects understate the height by almost a metre. I also note that the same developer built the "
                "'Victoria Court' scheme in {loc}, which was the subject of enforcement action. Please notify me of the "
                "committee date by email to {em} rather than post, as we will be away visiting family in {loc2}.\n\n"
                "Yours faithfully,\n{ps}",
                app=f"{R.randint(20, 25)}/{d(5)}/FUL", p=nm(p, "full"), ad=AD(addr(v, "inline")), ph=PH(phone(v, "nat")),
                sp=nm(sp, "first"), nb=titled(nb), loc=LO(city(v)), em=EM(email_for(p)), loc2=LO(ch(COUNTRY_EN)),
                ps=nm(p, ch(["full", "init"])))


def k_museum_patron_list():
    v = V()
    out = ["PATRONS' CIRCLE — renewal list (Gold / Silver / Friend)\n", "Tier\tPatron(s)\tSalutation\tMailing address\tPhone\n"]
    for _ in range(R.randint(2, 3)):
        a, b = en_person(v), en_person(v)
        tier = ch(["Gold", "Silver", "Friend"])
        names = ch([[nm(a, "full"), " & ", nm(b, "full")], [titled(a), " and ", titled(b)], [nm(a, "caps")]])
        sal = ch([["Dear ", nm(a, "first")], ["Dear ", titled(a)], ["Dear ", nm(a, "first"), " and ", nm(b, "first")]])
        out.append([tier, "\t", names, "\t", sal, "\t", AD(addr(ch([v, v, ch(INTL_CC)]), "inline")), "\t", PH(phone(v)), "\n"])
    out.append(fill("Renewals due {date}. Gala seating with Lady Grey tea sponsor — ask {o}. Do NOT mail the "
                    "Impressionists print offer to Friends tier.", date=date_any(), o=nm(en_person(v), "first")))
    return out


def k_tattoo_aftercare_dm():
    v = V()
    c, art = en_person(v), en_person(v)
    return fill("{cl}: hey {af}!! healing well i think but the shading on the rose is peeling a bit, is that normal??\n"
                "{af2}: hey {cf} 🖤 totally normal at day 5, don't pick it. keep using the Hustle Butter thin layer\n"
                "{cl}: ok ta. also my mate {fr} wants the same flash piece, can I give her your number?\n"
                "{af2}: sure it's {ph} but tell her to book through the site, not WhatsApp lol\n"
                "{cl}: will do. oh and can you post the aftercare leaflet to {ad}? lost mine\n"
                "{af2}: no worries, going out tomorrow. deposit for the next session → card on file ending {l4}",
                cl=P("@" + c.first.lower() + "_" + d(2))[1:] if False else nm(c, "lfirst"), af=nm(art, "lfirst"),
                af2=nm(art, "lfirst"), cf=nm(c, "lfirst"), fr=nm(en_person(v), "lfirst"), ph=PH(phone(v, "chat")),
                ad=AD(addr(v, ch(["lower", "inline"]))), l4=d(4))


def k_egg_subscription_pauses():
    v = ch(["GB", "IE", "AU", "NZ"] if False else ["GB", "IE", "AU"])
    out = [f"Farm shop — egg & milk round — pauses/changes w/c {date_any()}\n"]
    for _ in range(R.randint(2, 4)):
        p = en_person(v)
        t = ch(["• {n} ({ad}) — pause 2 wks, holiday. Leave nothing in the cool box.\n",
                "• {n}: change to 12 free-range + 2L semi. New mobile {ph}.\n",
                "• {n} — moved! new address {ad}. Old one stays on for {n2}'s mum.\n",
                "• {n}: complaint, shells cracked x2. Refund {pr} to card. Called back on {ph}.\n"])
        out.append(fill(t, n=nm(p, ch(["full", "first", "lower"])), ad=AD(addr(v, ch(["inline", "lower"]))), ph=PH(phone(v)),
                        n2=nm(en_person(v), "first"), pr=price("£")))
    out.append("Reminder: Granny Smith apples & Victoria sponge now on the van (SKU " + sku() + ").")
    return out


def k_escape_room_chat():
    v = V()
    a = en_person(v)
    fr = [en_person(v) for _ in range(3)]
    return fill("Visitor: hi is the 'Sherlock's Study' room free sat at 7?? we r 5 ppl\nBot: Hi! 7pm Saturday has 1 slot left. "
                "May I have a lead booker name?\nVisitor: {n}\nBot: Thanks {nf}! Mobile number for the booking?\n"
                "Visitor: {ph}\nVisitor: the others are {f1}, {f2} and {f3}, plus my sister\nBot: Great. It's {pr} per "
                "person. Pay now with card or on arrival.\nVisitor: card pls {cc} exp 0{m}/{y}\nBot: ⚠ Please don't share "
                "card numbers in chat — use the secure link. A colleague, {rose}, will text you shortly.\n"
                "Visitor: oops sorry. also do u have parking near the {loc} venue",
                n=nm(a, ch(["lower", "full"])), nf=nm(a, "first"), ph=PH(phone(v, "chat")), f1=nm(fr[0], "lfirst"),
                f2=nm(fr[1], "lfirst"), f3=nm(fr[2], "lfirst"), pr=price("£"), cc=CC(card(style=ch(["space", "plain", "dash"]))),
                m=str(R.randint(1, 9)), y=str(R.randint(26, 30)), loc=LO(city(v)), rose=P("Rose"))


def k_driving_lesson_diary():
    v = ch(["GB", "IE", "AU", "IN", "NG"])
    out = [f"Instructor diary — {date_any()}\n"]
    for t in ["08:00", "09:30", "11:00", "13:30", "15:00"][:R.randint(2, 4)]:
        p = en_person(v)
        tpl = ch(["{t} {n} — pick up {ad} — mock test, roundabouts\n",
                  "{t} {n} (mum {m} paying, {ph}) — pick up at school gate\n",
                  "{t} {n} — cancelled by text from {ph}, charge 50%\n",
                  "{t} {n} — test at {loc} centre 14:07, meet at {ad}\n"])
        out.append(fill(tpl, t=t, n=nm(p, ch(["full", "first", "lower"])), ad=AD(addr(v, "inline")), m=nm(en_person(v), "first"),
                        ph=PH(phone(v, "chat")), loc=LO(city(v))))
    out.append("Car: Ford Focus " + plate() + " — MOT " + date_any() + ". Bill the Peugeot dual-control hire to the school.")
    return out


def k_chimney_certificate():
    v = ch(["GB", "IE"])
    p, sw = en_person(v), en_person(v)
    return fill("CERTIFICATE OF CHIMNEY SWEEPING  No. {no}\nProperty: {ad}\nOccupier: {p}    Tel {ph}\nAppliance: "
                "Stovax Riva wood burner / open fire\nFlue: lined, 150mm, smoke test PASS, CO alarm present\n"
                "Swept by: {sw} (Guild member {gm})\nNext sweep recommended: {date}\nNote: bird guard fitted — see "
                "invoice {inv}. Mrs {pl} asked us to also quote for her daughter {df} at {ad2}.",
                no=d(6), ad=AD(addr(v, "multi")), p=nm(p, "full"), ph=PH(phone(v, "nat")), sw=nm(sw, "init"), gm=d(4),
                date=date_any(), inv=order_no(), pl=P(p.last or p.first), df=nm(en_person(v), "first"), ad2=AD(addr(v, "inline")))


def k_heat_pump_grant():
    v = ch(["GB", "IE", "CA"])
    p, inst = en_person(v), en_person(v)
    return fill("Application summary — Boiler Upgrade Scheme / heat pump grant\nApplicant: {p}\nDate of birth: {dob}\n"
                "Property address: {ad}\nEPC certificate no: {epc}\nContact phone: {ph}   Alt: {ph2}\nEmail: {em}\n"
                "Installer: {inst} (MCS {mcs}), {iph}\nGrant requested: £7,500 | quote {q}\nBank details for any refund: "
                "{ib}\nDeclaration signed: {sig}",
                p=nm(p, ch(["full", "caps"])), dob=date_any(), ad=AD(addr(v, "inline")), epc=d(4) + "-" + d(4) + "-" + d(4) + "-" + d(4),
                ph=PH(phone(v)), ph2=PH(phone(v, "intl")), em=EM(email_for(p)), inst=nm(inst, "full"), mcs=L(3) + d(6),
                iph=PH(phone(v, "nat")), q=order_no(), ib=IB(iban("GB" if v == "GB" else "IE")), sig=nm(p, "init"))


def k_bookshop_special_order():
    v = V()
    p = en_person(v)
    return fill("SPECIAL ORDER SLIP    #{n}\nTitle: 'The Salt Path' (Penguin paperback)\n"
                "ISBN 978{isbn}   Qty 1   Dep. paid {pr}\nCustomer: {p}\nPhone: {ph}   ☐ text  ☑ call\n"
                "Address (if posting): {ad}\nTaken by: {tb}   Date: {date}\nNotes: also wants the new Wolf Hall "
                "boxset if it comes in. Call before 6, she works shifts. Do not confuse with {other} (same surname!).",
                n=d(5), isbn=d(10), pr=price("£"), p=nm(p, ch(["full", "last", "caps"])), ph=PH(phone(v, "nat")),
                ad=AD(addr(v, "inline")), tb=nm(en_person(v), "lfirst"), date=date_any(),
                other=P(f"{ch(['Ann', 'Bill', 'Hope'])} {p.last or p.first}"))


def k_account_review_minutes():
    v = ch(["US", "GB", "IN", "CA", "AU", "ZA"])
    c1, c2, a1, a2 = en_person(v), en_person(v), en_person(v), en_person(v)
    return fill("Quarterly Business Review — minutes\nDate: {date} | Location: customer office, {loc} + Zoom\n"
                "Present: {c1}, {c2} (customer); {a1}, {a2} (vendor)\n\n1. Usage. {c1f} reported that adoption in the "
                "{loc2} warehouse is still behind target because the scanners keep dropping off the network; {a2f} asked "
                "for the controller IP ({ip}) and will raise it with engineering.\n2. Commercials. {c2} wants the renewal "
                "quote addressed to their new registered office at {ad} and copied to {em}.\n3. Escalations. The invoice "
                "dispute about PO {po} was resolved after {a1f} spoke with {c2f} directly on {ph}.\n4. Roadmap. Customer "
                "asked for SSO and a 'Ralph' chatbot skin (Ralph is their mascot, not a person).\nActions: {a1f} — send "
                "revised SOW; {c1f} — share the list of 40 new users by {date2}.",
                date=date_any(), loc=LO(city(v)), c1=nm(c1, "full"), c2=nm(c2, "full"), a1=nm(a1, "full"), a2=nm(a2, "full"),
                c1f=nm(c1, "first"), loc2=LO(city(v)), a2f=nm(a2, "first"), ip=IP(ip_private()), ad=AD(addr(v, "inline")),
                em=EM(email_for(c2)), po=d(6), a1f=nm(a1, "first"), c2f=nm(c2, "first"), ph=PH(phone(v)), date2=date_any())


def k_app_store_review_export():
    v = V()
    out = ["review_id\trating\tauthor\tcountry\tbody\tdev_reply\n"]
    for _ in range(R.randint(3, 4)):
        p, ag = en_person(v), en_person(v)
        body = ch(["Driver {d} was lovely but the app charged me twice. My number is {ph} if someone wants to actually call.",
                   "Can't change my address from {ad}, keeps reverting!!",
                   "5 stars for {d}, she found my lost AirPods. 1 star for the app.",
                   "FREE DELIVERY my foot. £4.99 fee every time. {d} at the depot agreed it's wrong."])
        reply = ch(["Hi {pf}, sorry about this — {ag} from our team will reach out.", "Thanks {pf}! We've passed this on to {ag}.",
                    "—"])
        out.append([d(9), "\t", str(R.randint(1, 5)), "\t", nm(p, ch(["full", "first", "lower"])), "\t", ch(["GB", "US", "AU", "IE", "IN"]),
                    "\t", fill(body, d=nm(en_person(v), "first"), ph=PH(phone(v, "chat")), ad=AD(addr(v, "inline"))), "\t",
                    fill(reply, pf=nm(p, "first"), ag=nm(ag, "first")), "\n"])
    return out


def k_preference_centre_log():
    out = ["ts|subject|field|old|new|source_ip\n"]
    for _ in range(R.randint(4, 6)):
        v = V()
        p = en_person(v)
        f = ch(["email", "phone", "postal", "sms_optin", "name"])
        if f == "email":
            o, n = EM(email_for(p)), EM(email_for(p))
        elif f == "phone":
            o, n = PH(phone(v)), PH(phone(v, "intl"))
        elif f == "postal":
            o, n = AD(addr(v, "inline")), AD(addr(v, "inline"))
        elif f == "name":
            o, n = P(p.fixed_full()), P(f"{p.first} {ch(['Okafor', 'Haddad', 'Whitcombe', 'Lindqvist'])}")
        else:
            o, n = "true", "false"
        out.append([f"{date_any()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}Z|cust_{d(7)}|{f}|", o, "|", n, "|", IP(ip_any()), "\n"])
    return out


def k_supplier_bank_change_en():
    v = V()
    s, ap = en_person(v), en_person(v)
    cc2 = ch(["GB", "IE", "DE", "NL", "FR", "ES", "PL", "RO"])
    return fill("Subject: URGENT - updated remittance details\n\nHi {apf},\n\nPlease note our bank has changed with "
                "immediate effect. Kindly update your vendor master for invoice {inv} and all future payments:\n\n"
                "Old IBAN: {o}\nNew IBAN: {n}\nBeneficiary: Kestrel Packaging Ltd\n\nYou can confirm with me on {ph} or with "
                "our finance director {fd} on {ph2}. Our registered address is unchanged: {ad}.\n\nBest,\n{s}\n"
                "Accounts Receivable\n\n[Internal note from {apf}: call-back done on number from our own records, NOT the one "
                "in this email — mismatch! Flag to {sec}.]",
                apf=nm(ap, "first"), inv=order_no(), o=IB(iban(cc2)), n=IB(iban(ch(["GB", "LT" if False else "IE", "CZ", "HU"]))),
                ph=PH(phone(v)), fd=nm(en_person(v), "full"), ph2=PH(phone(v, "intl")), ad=AD(addr(v, "inline")),
                s=nm(s, "full"), sec=nm(en_person(v), "full"))


def k_bnpl_reminder():
    v = ch(["GB", "US", "AU", "CA"])
    p = en_person(v)
    cd = card_digits()
    return fill("Hi {f}, your 3rd instalment of {pr} for order {o} ({br}) is due {date}. We'll take it from the card ending "
                "{l4}. Want to use a different card? Reply here or call {ph}.\n\n— — —\nagent view: cardholder {p}; "
                "card on file {cc}; billing address {ad}; device IP {ip}; risk score 0.{rs}",
                f=nm(p, "first"), pr=price(), o=order_no(), br=brand(), date=date_any(), l4=cd[-4:], ph=PH(phone(v, "nat")),
                p=nm(p, "caps"), cc=CC(fmt_card(cd)), ad=AD(addr(v, "inline")), ip=IP(ipv4()), rs=d(2))


def k_voice_assistant_order_log():
    v = V()
    p = en_person(v)
    return fill("asr_transcript=\"order two large margherita and a caesar salad to {ada} my name is {pl} call me on {phs}\"\n"
                "nlu.intent=PlaceOrder conf=0.93\nslots.items=[margherita x2, caesar salad x1]\nslots.address=\"{ad}\"\n"
                "slots.customer=\"{pn}\"\nslots.phone=\"{ph}\"\nclient_ip={ip} device=EchoDot-3 session={s}",
                ada=AD(addr(v, "lower")), pl=nm(p, "lower"), phs=PH(" ".join(re.sub(r"\D", "", phone(v, "nat"))[:11])),
                ad=AD(addr(v, "inline")), pn=nm(p, "full"), ph=PH(phone(v, "nat")), ip=IP(ipv4()), s=d(12))


def k_kindergarten_pickup():
    v = V()
    par, kid, a1, a2 = en_person(v), en_person(v), en_person(v), en_person(v)
    return fill("Authorised collection form — Little Acorns Nursery\nChild: {k}   Room: Busy Bees\nParent/carer: {par}  "
                "{pph}\nHome address: {ad}\nAlso authorised to collect:\n  1) {a1} (grandmother) {ph1} — password "
                "'{pw}'\n  2) {a2} (childminder) {ph2}\nNOT authorised: {na}\nSigned {sig}   {date}",
                k=nm(kid, "full"), par=nm(par, "full"), pph=PH(phone(v)), ad=AD(addr(v, "multi")), a1=nm(a1, "full"),
                ph1=PH(phone(v, "nat")), pw=ch(["bluebird", "teapot", "sunflower"]), a2=nm(a2, ch(["first", "full"])),
                ph2=PH(phone(v, "chat")), na=nm(en_person(v), "full"), sig=nm(par, "init"), date=date_any())


def k_homestay_match():
    v = ch(["GB", "IE", "AU", "CA"])
    host, st = en_person(v), person(ch(["JP", "KR", "BR", "IT", "ES", "TR", "VN", "DE"]))
    return fill("Homestay match confirmation\nStudent: {st} (from {sloc}), arriving {date} at {air}\nHost family: {host} "
                "and family\nHost address: {ad}\nHost phone: {hph}\nStudent's emergency contact at home: {ec}, {eph}\n"
                "Dietary: no pork. Allergies: cats (host has a dog called Bill — ok).\nCoordinator: {co}, "
                "{cem}",
                st=nm(st, "full"), sloc=LO(ch(CITIES[st.cc])), date=date_any(), air=ch(["T5", "Terminal 2", "Arrivals hall"]),
                host=nm(host, "full"), ad=AD(addr(v, "inline")), hph=PH(phone(v)), ec=nm(person(st.cc), "full"),
                eph=PH(phone(st.cc, "intl")), co=nm(en_person(v), "full"), cem=EM(email_role("oakfieldschool.org.uk")))


def k_speaker_bio_sheet():
    v = V()
    s = en_person(v)
    return fill("SPEAKER SHEET — Track B, Room 'Lovelace'\nName (as on badge): {sb}\nBio (max 80 words): {sf} leads "
                "Customer Experience at a retail group with 140 stores across {loc}. Before that, {sf2} spent eight years "
                "as Head of Customer Experience at a Johnnie Walker distributor. She lives in {loc2} with her partner, "
                "{pt}.\nMobile on the day: {ph}\nTravel: flying from {loc3}, hotel booked under {hb}\nAV: clicker, "
                "HDMI. Assistant: {as_} <{em}>",
                sb=nm(s, ch(["full", "caps"])), sf=nm(s, "full"), loc=LO(ch(COUNTRY_EN)), sf2=nm(s, "first"),
                loc2=LO(city(v)), pt=nm(en_person(v), "first"), ph=PH(phone(v, "intl")), loc3=LO(city(ch(INTL_CC))),
                hb=nm(s, "last"), as_=nm(en_person(v), "full"), em=EM(email_for(en_person(v))))


def k_case_study_draft():
    v = V()
    c, q = en_person(v), en_person(v)
    return fill("DRAFT v3 — Customer story: how a family bakery in {loc} cut no-shows by 40%\n\nWhen {c} took over her "
                "grandfather's bakery, bookings for celebration cakes still came in by phone to a landline in the back office "
                "({ph}). 'Half the time nobody heard it ring,' says {cf}. Her brother {q} built a simple booking page and now "
                "customers get an SMS the day before. The bakery's famous Victoria sponge and Sachertorte sell out by noon. "
                "[LEGAL: remove the shop address ({ad}) and {cf2}'s mobile {ph2} before publishing!]\n\nQuote approval: "
                "{cf} ✅   {qf} ⏳",
                loc=LO(city(v)), c=nm(c, "full"), ph=PH(phone(v, "nat")), cf=nm(c, "first"), q=nm(q, "full"),
                ad=AD(addr(v, "inline")), cf2=nm(c, "first"), ph2=PH(phone(v)), qf=nm(q, "first"))


def k_press_release_draft():
    v = V()
    ceo, pr_ = en_person(v), en_person(v)
    return fill("FOR IMMEDIATE RELEASE — EMBARGOED UNTIL {date}\n\nWavecell opens first flagship store in {loc}\n\n"
                "{loc2}, {date2} — Wavecell, the mobile network for small businesses, today announced ... 'We're thrilled to be "
                "on the high street,' said {ceo}, CEO. The 4,000 sq ft store will stock Dyson and Bose accessories alongside "
                "the new LIMITED EDITION handsets.\n\nMedia contact: {pr} | {prp} | {pre}\nNotes to editors: photos of "
                "{ceof} available on request. Do not publish the landlord's name ({ll}).",
                date=date_any(), loc=LO(city(v)), loc2=LO(city(v)), date2=date_any(), ceo=nm(ceo, "full"), pr=nm(pr_, "full"),
                prp=PH(phone(v, "intl")), pre=EM(email_for(pr_, "wavecell.net")), ceof=nm(ceo, "first"),
                ll=nm(en_person(v), "full"))


def k_car_rental_damage_en():
    v = ch(["US", "CA", "AU", "GB", "ZA"])
    p = en_person(v)
    return fill("VEHICLE CONDITION / DAMAGE REPORT\nRA# {ra}   Unit {unit}   Plate {pl}\nRenter: {p}\nDL#: {dl} ({st})\n"
                "Home address: {ad}\nCell: {ph}\nAdditional driver: {ad2n}\nDamage noted at return: rear bumper scuff "
                "(approx. 10cm), windscreen chip. Renter disputes — says existing at pickup from {loc} branch, agent "
                "{ag}.\nCard on file: {cc} — pre-auth {pr}\nCustomer signature: ____  Agent: {ag2}",
                ra=d(9), unit=d(5), pl=plate(), p=nm(p, ch(["caps", "full"])), dl=L(1) + d(7), st=ch(["CA", "NY", "ON", "NSW"]),
                ad=AD(addr(v, "inline")), ph=PH(phone(v)), ad2n=nm(en_person(v), "full"), loc=LO(city(v)), ag=nm(en_person(v), "first"),
                cc=CC(card(style=ch(["space", "dash"]))), pr=price("$"), ag2=nm(en_person(v), "init"))


def k_parking_fine_appeal():
    v = ch(["GB", "GB", "IE", "AU"])
    p = en_person(v)
    return fill("PCN number: {pcn}\nVehicle registration: {pl}\nYour name: {p}\nAddress: {ad}\nPhone: {ph}\n\nGrounds for "
                "appeal:\nI was parked in a residents' bay outside my own house with a valid permit (no. {perm}) clearly "
                "displayed. The civil enforcement officer (badge {badge}) may not have seen it because of the Barbour jacket "
                "on the dashboard. My neighbour {nb} witnessed the ticket being issued and is happy to confirm — her number "
                "is {ph2}. I have also attached a photo. I'd be grateful if the penalty of £{amt} were cancelled.\n\n{ps}",
                pcn=L(2) + d(8), pl=plate(), p=nm(p, "full"), ad=AD(addr(v, "inline")), ph=PH(phone(v)), perm=d(6), badge=d(4),
                nb=nm(en_person(v), "full"), ph2=PH(phone(v, "chat")), amt=str(ch([70, 110, 130])), ps=nm(p, "first"))


def k_student_halls_maintenance():
    v = ch(["GB", "AU", "CA", "IE", "US"])
    st, rm = en_person(v), en_person(v)
    return fill("Maintenance request #{n}\nResident: {st} (student ID {sid})\nRoom: Block C, Flat 4, Room 2 — {ad}\n"
                "Mobile: {ph}\nIssue: shower won't drain, water coming into the corridor. Flatmate {rm} also reported on "
                "the app. Permission to enter when out: YES\nAvailability: anytime except Wed (lectures)\n"
                "Staff note: {sn} — plumber booked for {date}; called {stf} at {tm}, no answer.",
                n=d(6), st=nm(st, ch(["full", "lower"])), sid=d(8), ad=AD(addr(v, "inline")), ph=PH(phone(v, "chat")),
                rm=nm(rm, "first"), sn=nm(en_person(v), "first"), date=date_any(), stf=nm(st, "first"),
                tm=f"{R.randint(9, 17)}:{R.randint(0, 59):02d}")


def k_surf_school_waiver():
    v = ch(["AU", "AU", "ZA", "US", "GB"])
    p, g, e = en_person(v), en_person(v), en_person(v)
    return fill("SURF SCHOOL — Participant waiver (minor)\nParticipant: {p}   Age: {age}\nParent/guardian: {g}\n"
                "Address: {ad}\nMobile: {ph}\nEmergency contact (not on the beach): {e} {eph}\nSwimming ability: "
                "can swim 50m ☑\nMedical: asthma, inhaler in bag\nI consent to photos for social media: ☐\n"
                "Instructor: {ins}  Board: Softech 7'0\" #{bd}  Wetsuit: Rip Curl size 12\nSigned: {sig}",
                p=nm(p, "full"), age=str(R.randint(8, 16)), g=nm(g, "full"), ad=AD(addr(v, "inline")), ph=PH(phone(v)),
                e=nm(e, "full"), eph=PH(phone(v, "intl")), ins=nm(en_person(v), "first"), bd=d(3), sig=nm(g, "init"))


def k_golf_handicap_board():
    v = ch(["GB", "IE", "ZA", "AU"])
    out = ["MEDAL RESULTS — Saturday (Ladies & Gents) — Course: Old Course, white tees\n",
           "Pos  Player                 Gross  HCP  Nett\n"]
    for i in range(R.randint(3, 4)):
        p = en_person(v)
        g = R.randint(72, 98)
        h = R.randint(0, 28)
        out.append([f"{i + 1:<4} ", nm(p, ch(["full", "init", "caps"])), f"   {g}   {h}   {g - h}\n"])
    out.append(fill("Nearest the pin (7th): {a}. Twos sweep: {b}, {c}. Prizes in the pro shop (Callaway & TaylorMade "
                    "vouchers). Contact comp sec {d_} on {ph}.", a=nm(en_person(v), "first"), b=nm(en_person(v), "last"),
                    c=nm(en_person(v), "last"), d_=nm(en_person(v), "full"), ph=PH(phone(v, "nat"))))
    return out


def k_chess_pairings():
    v = V()
    out = [f"Rapidplay Open — Round {R.randint(2, 6)} pairings\nBd  White                      Black\n"]
    for i in range(R.randint(2, 3)):
        a, b = person(ch(EN_VOICES + ["PL", "HU", "DE", "IN", "NL"])), person(ch(EN_VOICES + ["CZ", "TR", "NO"]))
        fmt = ch(["full", "full", "lastfirst"])
        an = P(f"{a.last or a.first}, {a.first}") if fmt == "lastfirst" and a.last else nm(a, "full")
        bn = P(f"{b.last or b.first}, {b.first}") if fmt == "lastfirst" and b.last else nm(b, "full")
        out.append([f"{i + 1:<3} ", an, f" ({R.randint(1100, 2300)})  -  ", bn, f" ({R.randint(1100, 2300)})\n"])
    out.append(fill("Byes: {x}. Arbiter: {arb}. Late? text {ph}. The Sicilian Najdorf lecture by {gm} is at 4pm. "
                    "Trophies kindly donated by Staunton & Co.", x=nm(en_person(v), "lower"), arb=nm(en_person(v), "init"),
                    ph=PH(phone(v, "chat")), gm=titled(en_person(v))))
    return out


def k_blood_donor_reminder():
    v = ch(["GB", "IN", "NG", "ZA", "AU", "IE", "CA"])
    p = en_person(v)
    return fill("Hi {f}, you're due to donate again! 🩸 Our next session near you is at {venue}, {ad} on {date}. "
                "Book: reply YES or call {ph}. Donor no. {dn}. Blood group O-neg — you're one of our heroes, {f2}. "
                "Not {pn}? Tell us: {em}. STOP to opt out.",
                f=nm(p, "first"), venue=ch(["St Mary's Church Hall", "the Town Hall", "Queen's Park Community Centre",
                                            "Ladybird Leisure Centre"]),
                ad=AD(addr(v, "inline")), date=date_any(), ph=PH(phone(v, "nat")), dn=d(10), f2=nm(p, "first"),
                pn=nm(p, "full"), em=EM(email_role("blood.org" if v != "GB" else "blood.co.uk")))


def k_hospice_lottery_sales():
    v = ch(["GB", "GB", "IE", "US"])
    out = ["Weekly lottery — new members by canvasser (to process)\n"]
    for _ in range(R.randint(2, 3)):
        p = en_person(v)
        pay = ch(["card", "dd"])
        out.append(fill("— {n}, {ad}, tel {ph}. {x} canvasser: {cv}. Says Hope (daughter) will take over payments in "
                        "spring.\n" if pay == "card" else
                        "— {n}, {ad}, tel {ph}. DD from {x} canvasser: {cv}.\n",
                        n=nm(p, ch(["full", "caps"])), ad=AD(addr(v, "inline")), ph=PH(phone(v)),
                        x=["Card ", CC(card(style=ch(["space", "plain"]))), ";"] if pay == "card" else
                        [IB(iban("GB" if v == "GB" else "IE")), ";"], cv=nm(en_person(v), "first")))
    out.append("Draw every Friday. Jackpot £1,000. Not a real 16-digit card: voucher " + bad_card_like() + ".")
    return out


def k_vinyl_preorder():
    v = V()
    p = en_person(v)
    return fill("Thanks for your pre-order, {f}!\n\nThe Beatles — Abbey Road (Super Deluxe, 180g) x1  {pr}\n"
                "Fleetwood Mac — Rumours (2LP) x1  {pr2}\nRelease date: {date}. Cat. no {cat}.\n\nShipping to:\n{n}\n{ad}\n\n"
                "Billing phone: {ph}\nPaid with card {masked}\nQuestions? Reply to this email or ask for {will} in store.",
                f=nm(p, "first"), pr=price("£"), pr2=price("£"), date=date_any(), cat=L(3) + d(4), n=nm(p, "full"),
                ad=AD(addr(v, "multi")), ph=PH(phone(v)), masked="**** **** **** " + d(4), will=P("Will"))


def k_barber_queue_log():
    v = ch(["GB", "NG", "ZA", "US", "IE"])
    out = [f"queue-app log  shop=fadeandblade  day={date_any()}\n"]
    for _ in range(R.randint(2, 4)):
        p = en_person(v)
        out.append(fill("{t} JOIN name=\"{n}\" phone={ph} service=\"{s}\" barber={b}\n",
                        t=f"{R.randint(9, 18):02d}:{R.randint(0, 59):02d}", n=nm(p, ch(["first", "lower", "full"])),
                        ph=PH(phone(v, "chat")), s=ch(["skin fade", "beard trim", "kids cut", "hot towel shave"]),
                        b=nm(en_person(v), "lfirst")))
    out.append(fill("{t} SMS_FAIL to={ph} err=30003\n", t="17:59", ph=PH(phone(v, "intl"))))
    return out


def k_wifi_portal_signups():
    v = V()
    out = ["captive-portal signups (guest SSID 'Bluewater_Free') — export\n", "time,client_ip,mac,name,email,marketing\n"]
    for _ in range(R.randint(2, 4)):
        p = person(ch(EN_VOICES + INTL_CC[:10]))
        out.append([f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d},", IP(ch([ipv4, ip_private, ip_private])()), ",",
                    ":".join(f"{R.randint(0, 255):02x}" for _ in range(6)), ",", nm(p, ch(["full", "lower", "first"])), ",",
                    EM(email_for(p)), ",", ch(["yes", "no"]), "\n"])
    return out


def k_waf_geo_block_digest():
    out = [f"WAF digest {date_any()} — top blocked sources (geo rule GB-only checkout)\n"]
    for _ in range(R.randint(4, 6)):
        out.append([IP(ch([ipv4, ipv4, ipv6])()), f"  hits={R.randint(20, 9000)}  country=", LO(ch(COUNTRY_EN)),
                    f"  rule={ch(['942100', '930120', 'GEO-01', 'RATE-5'])}  path=/checkout/{d(4)}\n"])
    p = en_person("GB")
    out.append(fill("False positive reported by customer {n} ({em}) from {ip}; whitelisted for 24h by {o}.\n"
                    "Not IPs: version 4.2.19.7, build 10.0.19045.3930, OID 1.3.6.1.4.1",
                    n=nm(p, "full"), em=EM(email_for(p)), ip=IP(ipv4()), o=nm(en_person("GB"), "lfirst")))
    return out


def k_tax_preparer_intake():
    v = "US"
    p, sp, dep = en_person(v), en_person(v), en_person(v)
    return fill("Client intake — 2024 return (Form 1040)\nTaxpayer: {p}   SSN: {s1}\nSpouse: {sp}   SSN {s2}\n"
                "Dependent: {dep}, SSN# {s3}\nFiling status: MFJ\nAddress: {ad}\nDaytime phone: {ph}\nEmail: {em}\n"
                "Refund by direct deposit: routing {rt} / acct {ac}\nPrior-year AGI: ${agi}\nPreparer notes: W-2 from "
                "Wendy's (EIN {ein}), 1099-K from Etsy. Client's ITIN for the nanny is not an SSN: 9{itin}.",
                p=nm(p, "full"), s1=SS(ssn("dash")), sp=nm(sp, "full"), s2=SS(ssn(ch(["space", "plain"]))), dep=nm(dep, "first"),
                s3=SS(ssn()), ad=AD(addr(v, "inline")), ph=PH(phone(v)), em=EM(email_for(p)), rt=d(9), ac=d(10),
                agi=f"{R.randint(30, 190)},{d(3)}", ein=d(2) + "-" + d(7), itin=d(2) + "-7" + d(1) + "-" + d(4))


def k_credit_union_join():
    v = "US"
    p, j = en_person(v), en_person(v)
    return fill("MEMBERSHIP APPLICATION — Riverbend Federal Credit Union\nPrimary: {p}\nSocial Security No.: {s}\n"
                "DOB: {dob}   Driver's lic: {dl}\nPhysical address: {ad}\nMailing (if different): {po}\nHome phone: {ph}  "
                "Cell: {ph2}\nEmployer: Marriott International — Front Desk Agent\nJoint owner: {j}  SSN {s2}\n"
                "Beneficiary (POD): {b}\nFunding: $5.00 share deposit by debit card {cc}\nMember # (assigned): {mn}",
                p=nm(p, ch(["full", "caps"])), s=SS(ssn()), dob=date_any(), dl=L(1) + d(8), ad=AD(addr(v, "inline")),
                po=AD(f"PO Box {R.randint(10, 9999)}, {ch(['Ames, IA 500', 'Bend, OR 977', 'Duluth, MN 558'])}{d(2)}"),
                ph=PH(phone(v, "nat")), ph2=PH(phone(v, "chat")), j=nm(j, "full"), s2=SS(ssn(ch(["plain", "space"]))),
                b=nm(en_person(v), "full"), cc=CC(card(style="dash")), mn=d(7))


def k_scholarship_application():
    v = "US"
    p, par = en_person(v), en_person(v)
    return fill("Scholarship application — personal statement (excerpt) + applicant details\n\nMy name is {p} and I am "
                "the first in my family to apply to college. My mom, {par}, works two jobs at a Tim Hortons and a care "
                "home, and my grandfather taught me to fix engines in his garage in {loc}. ... I want to study nursing "
                "because of Nurse {nurse}, who looked after my little brother at the children's hospital.\n\n"
                "Applicant SSN (last 4 only please!): {l4} — applicant wrote full: {s}\nAddress: {ad}\nPhone: {ph}\n"
                "Counselor: {co} <{em}>",
                p=nm(p, "full"), par=nm(par, "full"), loc=LO(city(v)), nurse=P(ch(["Summer", "Hope", "Bill", "Rose"])),
                l4=d(4), s=SS(ssn(ch(["dash", "space"]))), ad=AD(addr(v, "inline")), ph=PH(phone(v)), co=titled(en_person(v)),
                em=EM(email_for(en_person(v), "riverside-high.org")))


def k_number_look_alikes_memo():
    v = V()
    p = en_person(v)
    return fill("Ops memo — please stop pasting these into tickets, they are NOT customer data:\n• gift card {gc}\n"
                "• warehouse bin {bin}\n• tracking {tr}\n• SKU {sku}\n• invoice {inv}, {pr}\n• test card in staging: use the "
                "vault token {tok}\n• postcode-only lookups like {pc} are fine\n\nReal data must go in the secure vault. "
                "Example of what NOT to paste: \"{n}, {ph}, {ad}\". Questions → {o}.",
                gc=bad_card_like(), bin=f"A-{d(2)}-{d(3)}", tr=tracking_no(), sku=sku(), inv=order_no(), pr=price(),
                tok="tok_" + L(4).lower() + d(6), pc=pc_uk() if v == "GB" else d(5), n=nm(p, "full"), ph=PH(phone(v)),
                ad=AD(addr(v, "inline")), o=nm(en_person(v), "full"))


def k_ward_visitor_desk():
    v = ch(["GB", "IN", "NG", "ZA", "AU", "IE"])
    out = [f"Ward 7 front desk — visitor & call log ({date_any()})\n"]
    for _ in range(R.randint(2, 3)):
        pt, vis = en_person(v), en_person(v)
        out.append(fill(ch(["{t} {vis} visiting {pt} (bed {b}) — relation: {rel}. Contact {ph}.\n",
                            "{t} call from {vis} asking for update on {pt}; told to ring back after rounds; number {ph}.\n",
                            "{t} {pt}'s son dropped off clothes; leaving for {loc} tonight, mobile {ph}.\n"]),
                        t=f"{R.randint(8, 20):02d}:{R.randint(0, 59):02d}", vis=nm(vis, ch(["full", "first"])),
                        pt=titled(pt) if chance(0.5) else nm(pt, "full"), b=str(R.randint(1, 28)),
                        rel=ch(["daughter", "neighbour", "friend", "husband"]), ph=PH(phone(v)), loc=LO(city(v))))
    out.append(["Patient property: 1x Ted Baker wash bag, 1x Kindle. Sister on duty: ", P("Page"), " (bank staff)."])
    return out


# ============================================================================= MULTILINGUAL KINDS (lang-aware)
PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Rocky", "Milo", "Oscar", "Lola", "Bruno", "Nala"]


def _cc(lang):
    return ch(LANG_CC[lang])


def _lab(lang):
    return LEX[lang]["lab"]


def m_complaint_email_longform(lang):
    cc, lx = _cc(lang), LEX[lang]
    c, ag, nb = person(cc), person(cc), person(cc)
    slots = dict(c=P(c.fixed_full()), a=P(ag.first), al=P(agent_ref(ag, lang)), addr=AD(addr(cc, "inline")),
                 ph=PH(phone(cc)), em=EM(email_for(c)), city=LO(city(cc)), city2=LO(city(cc)), ord=order_no(),
                 brand=brand(), date=date_any(), p3=P(ch([nb.fixed_full(), nb.first])))
    body = [0] + sorted(R.sample(range(1, 7), R.randint(4, 6)))
    sents = [fill(lx["prose"][i], **slots) for i in body]
    if lang not in ("ko",) and body and lx["prose"][0][0].islower():
        pass
    lab = lx["lab"]
    return [f"{lab['subject']}: {lab['order']} {slots['ord']}\n\n", lx["open"], "\n", join(" ", sents), "\n\n",
            lab["regards"], "\n", P(ch([c.fixed_full(), c.first])), ("\n" + "-" * 2 + "\n" if chance(0.5) else "\n"),
            fill("{ph}", ph=PH(phone(cc, "intl"))) if chance(0.5) else ""]


def m_branch_review_export(lang):
    cc, lx = _cc(lang), LEX[lang]
    c, ag, nb, own = person(cc), person(cc), person(cc), person(cc)
    slots = dict(c=P(c.fixed_full()), a=P(ag.first), al=P(agent_ref(ag, lang)), addr=AD(addr(cc, "inline")),
                 ph=PH(phone(cc, "chat")), em=EM(email_for(c)), city=LO(city(cc)), city2=LO(city(cc)), ord=order_no(),
                 brand=brand(), date=date_any(), p3=P(nb.first))
    idx = sorted(R.sample([1, 2, 3, 5, 6], 3))
    stars = R.randint(1, 3)
    lab = lx["lab"]
    return [f"{'★' * stars}{'☆' * (5 - stars)}  ", P(ch([c.first, c.fixed_full(), c.initial()])), f" · {date_any()}\n",
            join(" ", [fill(lx["prose"][i], **slots) for i in idx]), "\n\n↳ ", lab["hi"], " ", P(c.first), ", ",
            lab["thanks"], "! ", lab["phone"], ": ", PH(phone(cc, "nat")), " — ", P(own.first), f" ({ch(JOB_NEG)})"]


def m_store_team_chat(lang):
    cc, lx = _cc(lang), LEX[lang]
    x, y, z = person(cc), person(cc), person(cc)
    def low(p):
        return P(p.first.lower() if chance(0.7) else p.first)
    slots = dict(x=low(x), y=low(y), z=low(z), ph=PH(phone(cc, "chat")), city=LO(city(cc)), brand=brand())
    out = []
    t = R.randint(9, 17)
    for i, line in enumerate(lx["chat"]):
        who = [x, y, x, z][i]
        # replace the speaker prefix with a handle-like rendering
        body = line.split(": ", 1)[1]
        handle = ch(["name", "at", "caps"])
        spk = P(who.first.lower()) if handle == "name" else (["@", P(who.first.lower())] if handle == "at" else P(who.first))
        out.append([f"[{t:02d}:{R.randint(0, 59):02d}] ", spk, ": ", fill(body, **slots), "\n"])
    return out


def m_kennel_boarding_form(lang):
    cc, lab = _cc(lang), _lab(lang)
    o, e = person(cc), person(cc)
    pet = ch(PET_NAMES)
    return [f"🐾 {pet} ({ch(['Labrador', 'Dachshund', 'Border Collie', 'Maine Coon', 'Beagle'])}, {R.randint(1, 14)})\n",
            lab["customer"], ": ", P(o.fixed_full()), "\n", lab["address"], ": ", AD(addr(cc, ch(["inline", "multi"]))), "\n",
            lab["mobile"], ": ", PH(phone(cc)), "\n", lab["email"], ": ", EM(email_for(o)), "\n", lab["emergency"], ": ",
            P(e.fixed_full()), " ", PH(phone(cc, "intl")), "\n", lab["booking"], f": {date_any()} → {date_any()}  ",
            f"({lab['total']} {price('€')})\n", lab["note"], f": {pet} + Royal Canin, 2x/day; vet ", titled(person(cc), lang),
            ", ", LO(city(cc))]


def m_esim_swap_case(lang):
    cc, lab = _cc(lang), _lab(lang)
    p = person(cc)
    return [f"CASE {ref_no()} | eSIM swap | {date_any()}\n", lab["customer"], ": ", P(ch([p.fixed_full(), p.caps()])), "\n",
            lab["mobile"], ": ", PH(phone(cc, "intl")), f" / IMSI {d(15)}", "\n", lab["email"], ": ", EM(email_for(p)),
            f"\nIMEI {d(15)} · EID {d(32)}\nlogin_ip=", IP(ch([ipv4, ipv6])()), "\n", lab["delivery"], ": ", AD(addr(cc, "inline")),
            "\n", lab["note"], ": ", "agent ", P(person(cc).first), f" · plan {ch(['UNLIMITED MAX', '5G PRO', 'FAMILY XL'])}"]


def m_badge_scan_export(lang):
    cc, lab = _cc(lang), _lab(lang)
    out = [f"{lab['name']};{lab['email']};{lab['phone']};{lab['country']};{lab['note']}\n"]
    for _ in range(R.randint(2, 3)):
        c2 = ch([cc, cc, cc, ch(INTL_CC)])
        p = person(c2) if c2 in NAMES or c2 in FULL else en_person(c2)
        out.append([P(ch([p.fixed_full(), p.caps()])), ";", EM(email_for(p, ch(["acme-retail.eu", "nordlicht.de", "papelaria.pt",
                                                                               "kestrel.io", "lumen.fi"]))), ";",
                    PH(phone(c2)), ";", LO(city(c2)), ";", ch(JOB_NEG + ["hot lead", "demo Q3", "MEMBERS ONLY", "—"]), "\n"])
    return out


def m_supplier_bank_change(lang):
    cc, lab = _cc(lang), _lab(lang)
    s, ap = person(cc), person(cc)
    icc = cc if cc in IBAN_BBAN else ch(["DE", "FR", "ES", "NL"])
    return [lab["subject"], f": {lab['iban']} — {order_no()}\n\n", lab["hi"], " ", P(ap.first), ",\n\n", lab["iban"], " (old): ",
            IB(iban(icc)), "\n", lab["iban"], " (new): ", IB(iban(ch([icc, "GB", "PL", "RO", "HU"]))), "\nBIC ", L(4) + cc + L(2),
            "\n", lab["phone"], ": ", PH(phone(cc)), "\n", lab["address"], ": ", AD(addr(cc, "inline")), "\n\n", lab["regards"],
            "\n", P(s.fixed_full()), f"\n{ch(JOB_NEG)}"]


def m_smart_meter_sms(lang):
    cc, lab = _cc(lang), _lab(lang)
    out = []
    for _ in range(R.randint(1, 2)):
        p = person(cc)
        out.append([f"{date_any()} → ", PH(phone(cc, "intl")), ": \"", lab["hi"], " ", P(p.first), "! ", lab["booking"],
                    f" {date_any()} 08–12h. ", lab["address"], ": ", AD(addr(cc, ch(["inline", "lower"]))), ". ", lab["phone"], ": ",
                    PH(phone(cc, "nat")), f". Ref {ref_no()}\" [{ch(['DELIVERED', 'SENT', 'UNDELIVERABLE'])}]\n"])
    return out


def m_property_valuation_request(lang):
    cc, lab = _cc(lang), _lab(lang)
    p, co = person(cc), person(cc)
    return ["— Web form —\n", lab["name"], ": ", P(p.fixed_full()), "\n", lab["phone"], ": ", PH(phone(cc)), "\n", lab["email"],
            ": ", EM(email_for(p)), "\n", lab["address"], ": ", AD(addr(cc, ch(["inline", "multi"]))), "\n", lab["note"], ": ",
            P(co.fixed_full()), f" ({ch(['co-owner', 'mede-eigenaar', 'co-propriétaire', '2nd owner'])}) — ", PH(phone(cc, "chat")),
            f"; {R.randint(45, 220)} m², {R.randint(1, 5)} rooms, built {R.randint(1890, 2020)}\n",
            f"utm_source=newsletter&ip=", IP(ipv4())]


def m_clinic_frontdesk_intake(lang):
    cc, lab = _cc(lang), _lab(lang)
    p, e, doc = person(cc), person(cc), person(cc)
    return [f"#{d(6)}  {date_any()}\n", lab["name"], ": ", P(ch([p.fixed_full(), p.caps()])), f"  (*{date_any()})\n", lab["address"],
            ": ", AD(addr(cc, "inline")), "\n", lab["phone"], ": ", PH(phone(cc, "nat")), f"  fax {d(3)} {d(4)}", "\n",
            lab["emergency"], ": ", P(e.fixed_full()), ", ", PH(phone(cc, "chat")), "\n", lab["note"], ": ", titled(doc, lang),
            f" · {ch(['ICD M17.1', 'kontrola', 'follow-up', 'Rx 5mg'])} · {sku()}"]


def m_rental_checkout_sheet(lang):
    cc, lab = _cc(lang), _lab(lang)
    p, dr2 = person(cc), person(cc)
    return [f"RA {d(9)} · {plate()} · {ch(['VW Golf', 'Fiat 500', 'Škoda Octavia', 'Toyota Yaris', 'Renault Clio'])}\n",
            lab["customer"], ": ", P(p.caps() if chance(0.4) else p.fixed_full()), "\n", lab["address"], ": ", AD(addr(cc, "inline")),
            "\n", lab["mobile"], ": ", PH(phone(cc)), "\n2nd driver: ", P(dr2.fixed_full()), "\n", lab["card"], ": ",
            CC(card(style=ch(["space", "dash", "plain"]))), f" · deposit {price('€')}\n", "km ", d(5), " · fuel 7/8 · ",
            LO(city(cc)), " → ", LO(city(cc))]


def m_parcel_redirect_request(lang):
    cc, lab = _cc(lang), _lab(lang)
    p, nb = person(cc), person(cc)
    return [f"Redirect request · tracking {tracking_no()}\n", lab["name"], ": ", P(p.fixed_full()), "\nFROM: ", AD(addr(cc, "inline")),
            "\nTO:   ", AD(addr(cc, ch(["inline", "caps"]))), "\n", lab["phone"], ": ", PH(phone(cc, "chat")), "\n", lab["note"],
            ": c/o ", P(nb.fixed_full()), f" · {cap_word()} · {sku()}"]


def m_crm_merge_diff(lang):
    cc, lab = _cc(lang), _lab(lang)
    p = person(cc)
    p2 = Person(p.first, person(cc).last, cc) if p.last and cc not in FULL else p
    return [f"merge contacts {d(7)} ← {d(7)}  (by ", P(person(cc).first.lower()), ")\n",
            f"  {lab['name']}:    ", P(p.fixed_full()), "  →  ", P(p2.full), "\n",
            f"- {lab['email']}:  ", EM(email_for(p)), "\n", f"+ {lab['email']}:  ", EM(email_for(p2)), "\n",
            f"- {lab['phone']}:  ", PH(phone(cc, "nat")), "\n", f"+ {lab['phone']}:  ", PH(phone(cc, "intl")), "\n",
            f"  {lab['address']}: ", AD(addr(cc, "inline")), "\n", f"  segment: {cap_word()} / {ch(BRAND_NEG)} buyers"]


def m_membership_card_ocr(lang):
    cc, lab = _cc(lang), _lab(lang)
    p = person(cc)
    return [f"[OCR p1] {ch(['MUSEUM', 'FITNESS', 'CLUB', 'BIBLIOTEK', 'MUSEO'])} CARD · No {d(4)} {d(4)} {d(4)} {d(4)}\n",
            P(p.caps()), "\n", AD(addr(cc, ch(["multi_caps", "caps"]))), "\n", lab["phone"].upper(), " ", PH(phone(cc)),
            f"\nVALID {R.randint(1, 12):02d}/{R.randint(25, 29)}  {cap_word()}"]


def m_table_booking_widget_json(lang):
    cc, lab = _cc(lang), _lab(lang)
    p, g = person(cc), person(cc)
    def js(x):
        return json.dumps(x, ensure_ascii=False)[1:-1]
    return ['{"widget":"tablebook-v2","lang":"', lang, '","guest":{"name":"', P(js(p.fixed_full())), '","phone":"',
            PH(phone(cc)), '","email":"', EM(email_for(p)), '"},"party":', str(R.randint(2, 9)), ',"note":"',
            js(lab["note"]), ': ', P(g.first), ' ', js(ch(["🎂", "allergy: nuts", "window", "highchair"])), '","ip":"', IP(ip_any()),
            '","venue":"', LO(city(cc)), '","ts":"', date_any(), '","voucher":"', bad_card_like().replace(" ", ""), '"}']


MULTI_KINDS = [m_complaint_email_longform, m_branch_review_export, m_store_team_chat, m_kennel_boarding_form,
               m_esim_swap_case, m_badge_scan_export, m_supplier_bank_change, m_smart_meter_sms,
               m_property_valuation_request, m_clinic_frontdesk_intake, m_rental_checkout_sheet,
               m_parcel_redirect_request, m_crm_merge_diff, m_membership_card_ocr, m_table_booking_widget_json]


# ----------------------------------------------------------------------------- PII-free samples (hard negatives only)
def k_tier_rules_copy():
    return fill("LOYALTY TIER RULES (copy for the app, v{v})\n• Bronze → Silver after {n} stamps. {cap}!\n• Gold members get "
                "{b} and {b2} previews, plus the {pr} Ralph Lauren gift box.\n• Points expire {date}. Earn x2 on {prod}.\n"
                "• Not valid with codes SUMMER{y} / HOPE{y}. Max 1 per order ({o}).\nDr. Martens and Tommy Hilfiger excluded. "
                "T&Cs: Account Manager approval needed for refunds over {pr2}.",
                v=f"{R.randint(1, 9)}.{R.randint(0, 9)}", n=str(R.randint(5, 12)), cap=cap_word(), b=brand(), b2=brand(),
                pr=price("£"), date=date_any(), prod=product(), y=str(R.randint(23, 26)), o=order_no(), pr2=price("£"))


def k_cycle_count_sheet():
    out = [f"CYCLE COUNT — zone {ch('ABCDEF')} — {date_any()}\nbin        sku                 sys   counted  var\n"]
    for _ in range(R.randint(5, 8)):
        s, c = R.randint(0, 400), R.randint(0, 400)
        out.append(f"{ch('ABCDEF')}-{d(2)}-{d(3)}   {sku():<18}  {s:<5} {c:<7}  {c - s:+d}\n")
    out.append(f"lot {d(10)} · pallet SSCC {d(18)} · seal {d(7)} · tel. ext {d(4)} · {tracking_no()} · {price()} · "
               f"{ch(PRODUCT_NEG)} ×{R.randint(2, 40)}")
    return out


def m_promo_banner_strings(lang):
    lab = _lab(lang)
    return [f"[banner_{d(3)}] {cap_word()} — {brand()} · {product()}\n", f"{lab['order']} {order_no()} · {lab['total']} {price()} · ",
            f"{lab['date']} {date_any()} · {lab['booking']} {ref_no()} · SKU {sku()}\n", f"{lab['thanks']}! {cap_word()} −{R.randint(10, 70)}%"]


MULTI_KINDS.append(m_promo_banner_strings)


# ----------------------------------------------------------------------------- schedule + main
NON_EN = {"de": 26, "fr": 24, "es": 22, "it": 18, "nl": 17, "pt-BR": 13, "pt": 10, "pl": 13, "sv": 12, "tr": 12, "ja": 12,
          "cs": 10, "da": 10, "no": 10, "fi": 10, "hu": 10, "ro": 10, "ko": 10, "vi": 10, "id": 9, "el": 7}
N_EN = N_SAMPLES - sum(NON_EN.values())


def kind_name(f):
    return f.__name__[2:]


def schedule():
    en_kinds = sorted([f for n, f in globals().items() if n.startswith("k_") and callable(f)], key=lambda f: f.__name__)
    jobs = []
    order = en_kinds[:]
    R.shuffle(order)
    for i in range(N_EN):
        jobs.append((order[i % len(order)], "en"))
    langs = [l for l, n in NON_EN.items() for _ in range(n)]
    R.shuffle(langs)
    mk = MULTI_KINDS[:]
    weights = {m_promo_banner_strings: 0.35}
    pool = []
    while len(pool) < len(langs):
        cyc = [k for k in mk if k is not m_promo_banner_strings or chance(weights[k])]
        R.shuffle(cyc)
        pool.extend(cyc)
    for lang, k in zip(langs, pool):
        jobs.append((k, lang))
    R.shuffle(jobs)
    return jobs


def check_sample(s):
    t = s["text"]
    prev = 0
    for sp in s["spans"]:
        assert sp["type"] in TYPES
        assert 0 <= sp["start"] < sp["end"] <= len(t)
        assert sp["start"] >= prev, f"overlap in {s['id']}"
        prev = sp["end"]
        v = t[sp["start"]:sp["end"]]
        assert v == v.strip()
        if sp["type"] == "CREDIT_CARD":
            assert luhn_ok(v), v
        if sp["type"] == "IBAN_CODE":
            raw = v.replace(" ", "")
            assert _iban_num(raw[4:] + raw[:4]) % 97 == 1, v
        if sp["type"] == "US_SSN":
            dg = re.sub(r"\D", "", v)
            assert len(dg) == 9 and dg[:3] not in ("000", "666") and int(dg[:3]) < 900 and dg[3:5] != "00" and dg[5:] != "0000", v
        if sp["type"] == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v), v


def main():
    jobs = schedule()
    samples = []
    for i, (fn, lang) in enumerate(jobs):
        pieces = fn() if lang == "en" else fn(lang)
        text, spans = build(pieces)
        for sp in spans:
            assert text[sp["start"]:sp["end"]] == sp.pop("_v")
        s = {"id": f"hard22-{i + 1}", "kind": kind_name(fn), "lang": lang, "text": text, "spans": spans}
        check_sample(s)
        samples.append(s)
    assert len(samples) == N_SAMPLES
    with open(OUT, "w", encoding="utf-8") as fh:
        for s in samples:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read and re-check everything from disk
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    assert len(back) == N_SAMPLES and len({s["id"] for s in back}) == N_SAMPLES
    for s in back:
        check_sample(s)
    tc = Counter(sp["type"] for s in back for sp in s["spans"])
    kc = Counter(s["kind"] for s in back)
    lc = Counter(s["lang"] for s in back)
    print(f"wrote {OUT}: {len(back)} samples, {sum(tc.values())} spans, {sum(1 for s in back if not s['spans'])} with no spans")
    print("per type:")
    for k, v in tc.most_common():
        print(f"  {k:15s} {v:5d}  ({v / len(back):.2f}/sample)")
    print(f"per kind ({len(kc)} kinds):")
    for k, v in sorted(kc.items()):
        print(f"  {k:32s} {v}")
    print(f"per language ({len(lc)} langs):")
    for k, v in lc.most_common():
        print(f"  {k:6s} {v}")
    print("all samples checked: offsets exact, no overlaps, Luhn/mod97/SSN ranges valid")


if __name__ == "__main__":
    main()
