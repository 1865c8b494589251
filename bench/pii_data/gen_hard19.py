#!/usr/bin/env python3
"""Deterministic generator for the blind PII evaluation set hard19.
Offsets are recorded while building text (Builder), never by searching."""
import json, os, random, string, sys
from collections import Counter
from faker import Faker

SEED = 1919
N_TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 500
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard19.jsonl")


class B:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, s):
        self.parts.append(s); self.n += len(s); return self

    def e(self, typ, s):
        assert s and s == s.strip(), (typ, repr(s))
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s)})
        return self.t(s)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- names
HAND = {
    "nigerian": [("Chinedu", "Okafor"), ("Ngozi", "Adeyemi"), ("Oluwaseun", "Balogun"), ("Emeka", "Nwosu"),
                 ("Funmilayo", "Adebayo"), ("Ifeoma", "Eze"), ("Tunde", "Bakare"), ("Amaka", "Obi")],
    "indian": [("Priya", "Raghunathan"), ("Arjun", "Mehta"), ("Lakshmi", "Venkatesan"), ("Rohit", "Kulkarni"),
               ("Ananya", "Iyer"), ("Sandeep", "Chatterjee"), ("Kavya", "Reddy"), ("Harpreet", "Sandhu")],
    "chinese": [("Xiuying", "Wang"), ("Wei", "Zhang"), ("Jiahui", "Li"), ("Haoran", "Chen"), ("Mingyu", "Liu"),
                ("Yuxin", "Zhao"), ("Zihan", "Huang"), ("Lei", "Xu")],
    "korean": [("Min-jun", "Kim"), ("Seo-yeon", "Park"), ("Ji-ho", "Choi"), ("Ha-eun", "Jung"), ("Do-yun", "Kang"),
               ("Su-bin", "Yoon")],
    "arabic": [("Fatima", "Al-Sayed"), ("Omar", "Haddad"), ("Layla", "Mansour"), ("Youssef", "El-Amin"),
               ("Khalid", "bin Rashid"), ("Noura", "Al-Qahtani"), ("Rami", "Khoury")],
    "vietnamese": [("Lan", "Nguyễn Thị"), ("Minh", "Trần Văn"), ("Thu", "Phạm"), ("Huy", "Lê Quang"),
                   ("Hoa", "Võ Thị"), ("Tuấn", "Đặng")],
    "ethiopian": [("Selam", "Tesfaye"), ("Abebe", "Girma"), ("Meron", "Haile"), ("Dawit", "Bekele"),
                  ("Tigist", "Alemu"), ("Yonas", "Mekonnen")],
    "maori": [("Aroha", "Ngata"), ("Wiremu", "Tane"), ("Mere", "Parata"), ("Tamati", "Rangi"),
              ("Hinemoa", "Te Awa"), ("Rawiri", "Waititi")],
    "sami": [("Áilu", "Valle"), ("Máret", "Sara"), ("Ánde", "Somby"), ("Biret", "Eira"), ("Niillas", "Gaup")],
    "irish": [("Siobhán", "Ní Bhriain"), ("Pádraig", "Ó Súilleabháin"), ("Aoife", "Mac Giolla"),
              ("Caoimhe", "O'Donnell"), ("Oisín", "Mac Carthaigh"), ("Niamh", "Ó Briain")],
    "particle": [("Ludwig", "van der Berg"), ("Marie", "de la Fontaine"), ("Ana", "dos Santos"),
                 ("Pieter", "de Vries"), ("Giulia", "di Stefano"), ("Carl", "von Essen"), ("Luis", "de León")],
    "patronymic": [("Guðrún", "Jónsdóttir"), ("Einar", "Magnússon"), ("Ivan Petrovich", "Sokolov"),
                   ("Olga Sergeyevna", "Ivanova"), ("Sigríður", "Ólafsdóttir")],
    "japanese": [("Haruto", "Tanaka"), ("Yui", "Sato"), ("Sakura", "Watanabe"), ("Ren", "Yamamoto"),
                 ("Aoi", "Kobayashi"), ("Kenji", "Morimoto")],
    "indonesian_mono": [("Sukarni", ""), ("Wahyuni", ""), ("Budiono", ""), ("Sutrisno", ""), ("Kartini", "")],
    "filipino": [("Maria Luz", "Dela Cruz"), ("Jose", "Bautista"), ("Rhea", "Villanueva")],
    "turkish": [("Elif", "Yılmaz"), ("Mehmet", "Şahin"), ("Zeynep", "Öztürk"), ("Emre", "Aydın")],
}
EAST = {"chinese", "korean", "vietnamese", "japanese"}
NICKS = ["Bubbles", "Big Mike", "Jojo", "Sunny", "Tiny", "Kiki", "Dizzy", "Lulu"]
FAKER_LOC = {"en": ["en_US", "en_GB", "en_IE", "en_AU", "en_CA", "en_NZ", "en_IN"], "de": ["de_DE", "de_AT", "de_CH"],
             "fr": ["fr_FR", "fr_CH"], "es": ["es_ES", "es_MX"], "it": ["it_IT"], "pt": ["pt_PT", "pt_BR"],
             "nl": ["nl_NL", "nl_BE"], "pl": ["pl_PL"], "sv": ["sv_SE"], "da": ["da_DK"], "no": ["no_NO"],
             "fi": ["fi_FI"], "cs": ["cs_CZ"], "hu": ["hu_HU"], "ro": ["ro_RO"], "tr": ["tr_TR"],
             "id": ["id_ID"], "vi": ["vi_VN"], "ja": ["en_US"]}
FAKERS = {}


def fk(loc):
    if loc not in FAKERS:
        f = Faker(loc); f.seed_instance(SEED + len(FAKERS)); FAKERS[loc] = f
    return FAKERS[loc]


class P:
    def __init__(self, given, surname, east=False):
        self.g, self.s, self.east = given, surname, east

    def full(self):
        if not self.s: return self.g
        return f"{self.s} {self.g}" if self.east else f"{self.g} {self.s}"


def person(r, lang="en"):
    if r.random() < 0.5 or lang in ("ja",):
        cult = r.choice(list(HAND))
        if lang == "ja": cult = "japanese"
        if lang == "vi" and r.random() < 0.7: cult = "vietnamese"
        if lang == "tr" and r.random() < 0.5: cult = "turkish"
        g, s = r.choice(HAND[cult])
        return P(g, s, cult in EAST)
    f = fk(r.choice(FAKER_LOC.get(lang, ["en_US"])))
    g = f.first_name(); s = f.last_name()
    return P(g, s, lang == "hu" and r.random() < 0.8)


def name_form(r, p, forms=None):
    if not p.s: return p.g
    forms = forms or ["full"] * 5 + ["given", "surname", "lower", "upper", "slash", "comma", "init"]
    f = r.choice(forms)
    if f == "full": return p.full()
    if f == "given": return p.g
    if f == "surname": return p.s
    if f == "lower": return p.full().lower()
    if f == "upper": return p.full().upper()
    if f == "slash": return f"{p.s.upper()}/{p.g.upper()}"
    if f == "comma": return f"{p.s}, {p.g}"
    if f == "init": return f"{p.g[0]}. {p.s}"
    return p.full()


def N(b, r, p=None, lang="en", forms=None):
    p = p or person(r, lang)
    b.e("PERSON", name_form(r, p, forms)); return p


# ---------------------------------------------------------------- numbers
def dg(r, n): return "".join(r.choice(string.digits) for _ in range(n))


def phone(r, cc=None):
    cc = cc or r.choice(list(PHONES))
    return r.choice(PHONES[cc])(r)


PHONES = {
    "US": [lambda r: f"({r.randint(201,989)}) {r.randint(200,989)}-{dg(r,4)}",
           lambda r: f"+1 {r.randint(201,989)}-{r.randint(200,989)}-{dg(r,4)}",
           lambda r: f"{r.randint(201,989)}.{r.randint(200,989)}.{dg(r,4)}",
           lambda r: f"({r.randint(201,989)}) {r.randint(200,989)}-{dg(r,4)} ext. {r.randint(2,999)}"],
    "GB": [lambda r: f"07{dg(r,3)} {dg(r,6)}", lambda r: f"+44 7{dg(r,3)} {dg(r,6)}",
           lambda r: f"020 {dg(r,4)} {dg(r,4)}", lambda r: f"+44 (0)161 {dg(r,3)} {dg(r,4)}"],
    "DE": [lambda r: f"+49 30 {dg(r,8)}", lambda r: f"0171 {dg(r,7)}", lambda r: f"089/{dg(r,3)} {dg(r,2)} {dg(r,2)}",
           lambda r: f"+49 (0)221 {dg(r,4)}-{dg(r,2)}"],
    "FR": [lambda r: "0" + str(r.choice([1, 6, 7])) + " " + " ".join(dg(r, 2) for _ in range(4)),
           lambda r: "+33 " + str(r.choice([1, 6, 7])) + " " + " ".join(dg(r, 2) for _ in range(4)),
           lambda r: "0" + str(r.choice([4, 6])) + "." + ".".join(dg(r, 2) for _ in range(4))],
    "ES": [lambda r: f"+34 6{dg(r,2)} {dg(r,3)} {dg(r,3)}", lambda r: f"91 {dg(r,3)} {dg(r,2)} {dg(r,2)}"],
    "IT": [lambda r: f"+39 3{dg(r,2)} {dg(r,3)} {dg(r,4)}", lambda r: f"06 {dg(r,4)} {dg(r,4)}"],
    "NL": [lambda r: f"06-{dg(r,8)}", lambda r: f"+31 6 {dg(r,4)} {dg(r,4)}", lambda r: f"020 {dg(r,3)} {dg(r,4)}"],
    "PL": [lambda r: f"+48 {r.randint(500,799)} {dg(r,3)} {dg(r,3)}", lambda r: f"{r.randint(500,799)}-{dg(r,3)}-{dg(r,3)}"],
    "SE": [lambda r: f"07{r.randint(0,6)}-{dg(r,3)} {dg(r,2)} {dg(r,2)}", lambda r: f"+46 8 {dg(r,3)} {dg(r,3)} {dg(r,2)}"],
    "DK": [lambda r: f"+45 {dg(r,2)} {dg(r,2)} {dg(r,2)} {dg(r,2)}", lambda r: f"{dg(r,4)} {dg(r,4)}"],
    "NO": [lambda r: f"+47 9{dg(r,2)} {dg(r,2)} {dg(r,3)}", lambda r: f"4{dg(r,2)} {dg(r,2)} {dg(r,3)}"],
    "FI": [lambda r: f"040 {dg(r,3)} {dg(r,4)}", lambda r: f"+358 50 {dg(r,3)} {dg(r,4)}"],
    "CZ": [lambda r: f"+420 6{dg(r,2)} {dg(r,3)} {dg(r,3)}", lambda r: f"7{dg(r,2)} {dg(r,3)} {dg(r,3)}"],
    "HU": [lambda r: f"+36 30 {dg(r,3)} {dg(r,4)}", lambda r: f"06 20 {dg(r,3)} {dg(r,4)}", lambda r: f"(1) {dg(r,3)}-{dg(r,4)}"],
    "RO": [lambda r: f"07{dg(r,2)} {dg(r,3)} {dg(r,3)}", lambda r: f"+40 21 {dg(r,3)} {dg(r,4)}"],
    "TR": [lambda r: f"0(5{dg(r,2)}) {dg(r,3)} {dg(r,2)} {dg(r,2)}", lambda r: f"+90 212 {dg(r,3)} {dg(r,2)} {dg(r,2)}"],
    "ID": [lambda r: f"0812-{dg(r,4)}-{dg(r,4)}", lambda r: f"+62 21 {dg(r,4)} {dg(r,4)}"],
    "VN": [lambda r: f"09{dg(r,2)} {dg(r,3)} {dg(r,3)}", lambda r: f"+84 28 {dg(r,4)} {dg(r,4)}"],
    "JP": [lambda r: f"03-{dg(r,4)}-{dg(r,4)}", lambda r: f"+81 90-{dg(r,4)}-{dg(r,4)}"],
    "IN": [lambda r: f"+91 98{dg(r,3)} {dg(r,5)}", lambda r: f"0{r.randint(11,99)}-{dg(r,8)}"],
    "NG": [lambda r: f"+234 803 {dg(r,3)} {dg(r,4)}", lambda r: f"0805 {dg(r,3)} {dg(r,4)}"],
    "AU": [lambda r: f"04{dg(r,2)} {dg(r,3)} {dg(r,3)}", lambda r: f"+61 2 {dg(r,4)} {dg(r,4)}", lambda r: f"(02) {dg(r,4)} {dg(r,4)}"],
    "IE": [lambda r: f"087 {dg(r,3)} {dg(r,4)}", lambda r: f"+353 1 {dg(r,3)} {dg(r,4)}"],
    "NZ": [lambda r: f"021 {dg(r,3)} {dg(r,4)}", lambda r: f"+64 9 {dg(r,3)} {dg(r,4)}"],
    "BR": [lambda r: f"+55 11 9{dg(r,4)}-{dg(r,4)}", lambda r: f"(21) 9{dg(r,4)}-{dg(r,4)}"],
    "PT": [lambda r: f"+351 91{dg(r,1)} {dg(r,3)} {dg(r,3)}", lambda r: f"21 {dg(r,3)} {dg(r,4)}"],
    "CH": [lambda r: f"+41 79 {dg(r,3)} {dg(r,2)} {dg(r,2)}", lambda r: f"044 {dg(r,3)} {dg(r,2)} {dg(r,2)}"],
}
LANG_CC = {"en": ["US", "GB", "AU", "IE", "NZ", "IN", "NG"], "de": ["DE", "CH"], "fr": ["FR", "CH"], "es": ["ES"],
           "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "no": ["NO"],
           "fi": ["FI"], "cs": ["CZ"], "hu": ["HU"], "ro": ["RO"], "tr": ["TR"], "id": ["ID"], "vi": ["VN"], "ja": ["JP"]}


def lphone(r, lang):
    return phone(r, r.choice(LANG_CC[lang]) if r.random() < 0.8 else None)


SPOKEN = "oh one two three four five six seven eight nine".split()


def spoken_phone(r):
    d = "07" + dg(r, 9)
    w = [("oh" if c == "0" else SPOKEN[int(c)]) for c in d]
    return " ".join(w[:5]) + ", " + " ".join(w[5:8]) + ", " + " ".join(w[8:])


def luhn_card(r):
    pre, ln = r.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("2221", 16), ("4", 16)])
    body = pre + dg(r, ln - len(pre) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    num = body + str((10 - tot % 10) % 10)
    sep = r.choice([" ", "-", "", " "])
    if ln == 15: return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_FMT = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "GB": "a4n14", "PL": "n24",
            "BE": "n12", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "CZ": "n20", "HU": "n24",
            "RO": "a4n16", "TR": "n22", "PT": "n21", "IE": "a4n14", "CH": "n17", "AT": "n16"}


def iban(r, cc=None):
    cc = cc or r.choice(list(IBAN_FMT))
    f = IBAN_FMT[cc]; bban = ""
    import re
    for kind, n in re.findall(r"([an])(\d+)", f):
        bban += "".join(r.choice(string.ascii_uppercase if kind == "a" else string.digits) for _ in range(int(n)))
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = f"{cc}{chk:02d}{bban}"
    if r.random() < 0.6: s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(r):
    a = r.choice([x for x in range(1, 900) if x != 666]); g = r.randint(1, 99); s = r.randint(1, 9999)
    return r.choice(["{:03d}-{:02d}-{:04d}", "{:03d} {:02d} {:04d}", "{:03d}-{:02d}-{:04d}"]).format(a, g, s)


def ipv4(r):
    return ".".join(str(r.randint(1, 254)) for _ in range(4))


def ipv6(r):
    h = [format(r.randint(0, 65535), "x") for _ in range(8)]
    if r.random() < 0.5: return "2001:db8:" + ":".join(h[:2]) + "::" + h[7]
    if r.random() < 0.3: return "fe80::" + ":".join(h[4:8])
    return ":".join(h)


def ip(r): return ipv6(r) if r.random() < 0.35 else ipv4(r)


DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz",
           "hotmail.com", "icloud.com", "proton.me", "gmx.at", "telia.se", "kolumbus.fi", "freemail.hu", "yahoo.com.vn"]
import unicodedata


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum())).lower()


def email(r, p=None):
    if p is None or r.random() < 0.25:
        loc = r.choice(["info", "orders", "hello", "team.events", "support", "jobs"]) if p is None else ascii_(p.g) + dg(r, 2)
    else:
        loc = r.choice([f"{ascii_(p.g)}.{ascii_(p.s)}", f"{ascii_(p.g)[0]}{ascii_(p.s)}", f"{ascii_(p.s)}_{ascii_(p.g)}"])
        loc = loc.strip("._") or "x" + dg(r, 3)
    return f"{loc}@{r.choice(DOMAINS)}"


# ---------------------------------------------------------------- addresses
def F(lang): return fk(FAKER_LOC[lang][0])


def addr(r, cc=None, multi=None):
    """return address string (single span); multi-line if multi."""
    cc = cc or r.choice(list(ADDR))
    lines = ADDR[cc](r)
    if multi is None: multi = r.random() < 0.4
    return ("\n" if multi else ", ").join(lines)


def _unit(r, words):
    return r.choice(words) + " " + str(r.randint(1, 40)) if r.random() < 0.35 else None


ADDR = {
    "US": lambda r: [x for x in [f"{r.randint(10,9999)} {r.choice(['Maple','Oak','Cedar','Lincoln','Sunset','Elm'])} {r.choice(['St','Ave','Blvd','Drive','Lane'])}",
                                 _unit(r, ["Apt", "Suite", "Unit"]),
                                 f"{r.choice(['Austin, TX','Portland, OR','Columbus, OH','Tucson, AZ','Raleigh, NC'])} {dg(r,5)}"] if x],
    "US_PO": lambda r: [f"PO Box {r.randint(10,9999)}", f"{r.choice(['Bozeman, MT','Boise, ID','Dover, DE'])} {dg(r,5)}"],
    "US_RR": lambda r: [f"RR {r.randint(1,9)} Box {r.randint(10,300)}", f"{r.choice(['Ames, IA','Salina, KS'])} {dg(r,5)}"],
    "GB": lambda r: [x for x in [_unit(r, ["Flat"]), f"{r.randint(1,220)} {r.choice(['Victoria Road','Church Lane','Mill Street','Kingsway','Albert Terrace'])}",
                                 r.choice(["Headingley", "Clifton", None, None]),
                                 r.choice(["Leeds LS6 3HN", "Bristol BS8 4QD", "Manchester M14 5RT", "Norwich NR2 1AB", "Glasgow G12 8QQ"])] if x],
    "IE": lambda r: [f"{r.randint(1,90)} {r.choice(['Sráid an Mhuilinn','Main Street','Dún Laoghaire Road'])}", r.choice(["Co. Galway H91 E2K3", "Dublin 6, D06 F2R8", "Cork T12 X70A"])],
    "DE": lambda r: [f"{r.choice(['Hauptstraße','Lindenweg','Kastanienallee','Bergstr.','Am Markt'])} {r.randint(1,140)}{r.choice(['','a','b'])}",
                     *([f"c/o {F('de').last_name()}"] if r.random() < 0.15 else []),
                     f"{dg(r,5)} {r.choice(['Berlin','Köln','Leipzig','Freiburg im Breisgau','Hamburg'])}"],
    "AT": lambda r: [f"{r.choice(['Mariahilfer Straße','Landstraßer Hauptstraße'])} {r.randint(1,120)}/{r.randint(1,20)}", f"{r.choice(['1060','1030'])} Wien", "Österreich"],
    "CH": lambda r: [f"{r.choice(['Bahnhofstrasse','Rue du Rhône','Via Nassa'])} {r.randint(1,80)}", f"{r.choice(['8001 Zürich','1204 Genève','6900 Lugano'])}", "Schweiz"],
    "FR": lambda r: [x for x in [r.choice([None, None, "Bâtiment B, 3e étage", "Résidence Les Tilleuls"]),
                                 f"{r.randint(1,150)}{r.choice(['',' bis'])} {r.choice(['rue Oberkampf','avenue Jean Jaurès','boulevard Voltaire','place des Lices'])}",
                                 f"{dg(r,5)} {r.choice(['Paris','Lyon','Rennes','Marseille','Toulouse'])}"] if x],
    "ES": lambda r: [f"{r.choice(['Calle de Alcalá','Carrer de Mallorca','Avenida de la Constitución'])}, {r.randint(1,300)}, {r.randint(1,8)}º {r.choice('ABCD')}",
                     f"{dg(r,5)} {r.choice(['Madrid','Barcelona','Sevilla','Valencia'])}"],
    "IT": lambda r: [f"{r.choice(['Via Roma','Corso Buenos Aires','Viale dei Mille','Piazza Garibaldi'])} {r.randint(1,200)}",
                     f"{dg(r,5)} {r.choice(['Milano (MI)','Torino TO','Bologna (BO)','Napoli'])}"],
    "PT": lambda r: [f"{r.choice(['Rua Augusta','Avenida da Liberdade','Rua de Santa Catarina'])}, {r.randint(1,300)}, {r.randint(1,6)}º Esq.",
                     f"{r.randint(1000,4999)}-{dg(r,3)} {r.choice(['Lisboa','Porto'])}"],
    "BR": lambda r: [f"{r.choice(['Rua Oscar Freire','Av. Paulista','Rua das Laranjeiras'])}, {r.randint(10,2000)} - apto {r.randint(11,150)}",
                     f"{r.choice(['Jardins','Bela Vista','Laranjeiras'])}, {r.choice(['São Paulo - SP','Rio de Janeiro - RJ'])}", f"{dg(r,5)}-{dg(r,3)}"],
    "NL": lambda r: [f"{r.choice(['Prinsengracht','Kerkstraat','Oudegracht','Laan van Meerdervoort'])} {r.randint(1,400)}{r.choice(['','-II','A','hs'])}",
                     f"{dg(r,4)} {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)} {r.choice(['Amsterdam','Utrecht','Den Haag'])}"],
    "BE": lambda r: [f"{r.choice(['Rue Neuve','Meir','Chaussée de Wavre'])} {r.randint(1,200)} bte {r.randint(1,9)}", f"{r.choice(['1000 Bruxelles','2000 Antwerpen'])}"],
    "PL": lambda r: [f"ul. {r.choice(['Marszałkowska','Długa','Piotrkowska','Floriańska'])} {r.randint(1,150)}/{r.randint(1,60)}",
                     f"{dg(r,2)}-{dg(r,3)} {r.choice(['Warszawa','Łódź','Kraków','Gdańsk'])}"],
    "SE": lambda r: [f"{r.choice(['Storgatan','Drottninggatan','Kungsvägen'])} {r.randint(1,90)}, lgh {r.randint(1001,1504)}",
                     f"{dg(r,3)} {dg(r,2)} {r.choice(['Stockholm','Göteborg','Uppsala','Malmö'])}"],
    "DK": lambda r: [f"{r.choice(['Nørrebrogade','Vesterbrogade','Østergade'])} {r.randint(1,200)}, {r.randint(1,5)}. th.",
                     f"{r.randint(1000,9990)} {r.choice(['København N','Aarhus C','Odense M'])}"],
    "NO": lambda r: [f"{r.choice(['Thorvald Meyers gate','Storgata','Bygdøy allé'])} {r.randint(1,120)}{r.choice(['','B'])}",
                     f"{dg(r,4)} {r.choice(['Oslo','Bergen','Tromsø'])}"],
    "FI": lambda r: [f"{r.choice(['Mannerheimintie','Hämeenkatu','Aleksanterinkatu'])} {r.randint(1,90)} {r.choice('ABC')} {r.randint(1,30)}",
                     f"{r.choice(['00100','33100','20100'])} {r.choice(['Helsinki','Tampere','Turku'])}"],
    "CZ": lambda r: [f"{r.choice(['Vinohradská','Národní','Masarykova'])} {r.randint(100,2500)}/{r.randint(1,90)}",
                     f"{dg(r,3)} {dg(r,2)} {r.choice(['Praha 2','Brno','Ostrava'])}"],
    "HU": lambda r: [f"{r.choice(['Budapest','Debrecen','Szeged'])}", f"{r.choice(['Andrássy út','Váci utca','Kossuth Lajos u.'])} {r.randint(1,120)}. {r.randint(1,5)}. em. {r.randint(1,12)}.", f"{r.randint(1011,9999)}"],
    "RO": lambda r: [f"Str. {r.choice(['Lipscani','Mihai Eminescu','Republicii'])} nr. {r.randint(1,120)}, bl. {r.choice(['A2','C4','M7'])}, ap. {r.randint(1,80)}",
                     f"{r.choice(['Sector 3','Cluj-Napoca','Iași'])}, {dg(r,6)}"],
    "TR": lambda r: [f"{r.choice(['Bağdat Cad.','İstiklal Cad.','Atatürk Bulvarı'])} No: {r.randint(1,300)} Daire: {r.randint(1,20)}",
                     f"{r.choice(['Kadıköy','Beyoğlu','Çankaya'])}", f"{dg(r,5)} {r.choice(['İstanbul','Ankara'])}"],
    "ID": lambda r: [f"Jl. {r.choice(['Sudirman','Gatot Subroto','Malioboro','Diponegoro'])} No. {r.randint(1,200)}, RT {r.randint(1,15):02d}/RW {r.randint(1,12):02d}",
                     f"Kel. {r.choice(['Menteng','Kebayoran Baru','Sleman'])}", f"{r.choice(['Jakarta Selatan','Yogyakarta','Bandung'])} {dg(r,5)}"],
    "VN": lambda r: [f"Số {r.randint(1,300)} {r.choice(['Lê Lợi','Nguyễn Huệ','Trần Hưng Đạo'])}, Phường {r.choice(['Bến Nghé','Hàng Bạc','3'])}",
                     f"{r.choice(['Quận 1','Quận Hoàn Kiếm','Quận 3'])}, {r.choice(['TP. Hồ Chí Minh','Hà Nội'])}"],
    "JP": lambda r: [f"〒{dg(r,3)}-{dg(r,4)}", f"{r.choice(['Tokyo-to Shibuya-ku','Osaka-fu Kita-ku','Kyoto-shi Sakyo-ku'])} {r.choice(['Jingumae','Umeda','Shimogamo'])} {r.randint(1,6)}-{r.randint(1,30)}-{r.randint(1,20)}",
                     r.choice(["Sunny Heights 302", "Maison Aoyama 5F", "Kopo Hikari 101"])],
    "IN": lambda r: [f"Flat {r.randint(101,1204)}, {r.choice(['Sai Krupa Apartments','Prestige Lakeside','Shanti Niwas'])}", f"{r.choice(['14th Cross, Indiranagar','MG Road','Linking Road, Bandra West'])}",
                     f"{r.choice(['Bengaluru, Karnataka','Mumbai, Maharashtra','Pune'])} {r.randint(400001,560099)}"],
    "NG": lambda r: [f"{r.randint(1,80)} {r.choice(['Adeola Odeku Street','Allen Avenue','Awolowo Road'])}", f"{r.choice(['Victoria Island','Ikeja','Ikoyi'])}", "Lagos"],
    "AU": lambda r: [f"{r.choice(['Unit 4/','','Level 2, '])}{r.randint(1,300)} {r.choice(['George Street','Chapel St','Brunswick Road'])}",
                     f"{r.choice(['Sydney NSW 2000','Fitzroy VIC 3065','Brisbane QLD 4000'])}"],
    "NZ": lambda r: (lambda c: [f"{r.randint(1,300)} {c[0]}", c[1], c[2]])(r.choice([("Ponsonby Road", "Grey Lynn", "Auckland 1021"), ("Cuba Street", "Te Aro", "Wellington 6011"), ("Colombo Street", "Sydenham", "Christchurch 8023")])),
    "NZ_RD": lambda r: [f"{r.randint(100,2000)} {r.choice(['Kaimai Road','Ruapehu Road'])}", "RD 2", f"{r.choice(['Katikati 3178','Ohakune 4691'])}"],
    "CA": lambda r: [f"{r.randint(1,3000)} {r.choice(['rue Saint-Denis','Yonge Street','Robson St'])}", f"{r.choice(['Montréal QC H2X 3K2','Toronto ON M4W 1A8','Vancouver BC V6E 1B5'])}"],
}
LANG_ADDR = {"en": ["US", "US", "GB", "GB", "IE", "AU", "NZ", "CA", "IN", "NG", "US_PO", "US_RR", "NZ_RD"],
             "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH", "CA"], "es": ["ES"], "it": ["IT"],
             "pt": ["PT", "BR"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "no": ["NO"],
             "fi": ["FI"], "cs": ["CZ"], "hu": ["HU"], "ro": ["RO"], "tr": ["TR"], "id": ["ID"], "vi": ["VN"], "ja": ["JP"]}


def laddr(r, lang, multi=None):
    cc = r.choice(LANG_ADDR[lang]) if r.random() < 0.85 else r.choice(list(ADDR))
    return addr(r, cc, multi)


CITIES = {"en": ["Manchester", "Leeds", "Austin", "Chicago", "Dublin", "Auckland", "Toronto", "Lagos", "Mumbai", "Glasgow", "Brisbane"],
          "de": ["München", "Hamburg", "Wien", "Zürich", "Dresden"], "fr": ["Lyon", "Lille", "Bordeaux", "Nantes", "Genève"],
          "es": ["Sevilla", "Bilbao", "Málaga", "Zaragoza"], "it": ["Milano", "Firenze", "Bari", "Verona"],
          "pt": ["Porto", "Coimbra", "Curitiba", "Recife"], "nl": ["Rotterdam", "Eindhoven", "Gent"], "pl": ["Wrocław", "Poznań", "Gdynia"],
          "sv": ["Göteborg", "Lund", "Umeå"], "da": ["Aalborg", "Odense"], "no": ["Trondheim", "Stavanger"], "fi": ["Oulu", "Espoo"],
          "cs": ["Brno", "Olomouc"], "hu": ["Pécs", "Győr"], "ro": ["Timișoara", "Brașov"], "tr": ["İzmir", "Bursa"],
          "id": ["Surabaya", "Medan", "Denpasar"], "vi": ["Đà Nẵng", "Huế", "Hải Phòng"], "ja": ["Sapporo", "Fukuoka", "Nagoya"]}
COUNTRIES = ["Portugal", "Germany", "Kenya", "Canada", "the Netherlands", "Japan", "Brazil", "Norway", "Vietnam", "Poland"]


def city(r, lang="en"): return r.choice(CITIES[lang])


# ---------------------------------------------------------------- distractors
BRANDS = ["Calvin Klein", "Tommy Hilfiger", "Ralph Lauren", "Hugo Boss", "Ben & Jerry's", "Marks & Spencer", "Dr. Martens",
          "Jack Daniel's", "Louis Vuitton", "Ted Baker", "Stella McCartney", "Paul Smith", "Jimmy Choo", "Carolina Herrera"]
PRODUCTS = ["Paris Rose candle", "Berlin backpack", "Sydney 3-seater sofa", "Oslo duvet", "Milano espresso cup",
            "Aurora smart lamp", "Everest hiking boot", "Kyoto tea set", "Victoria sponge mix", "Georgia peach jam",
            "Jordan trainers", "Florence linen shirt", "Madison tote", "Chelsea boots"]
STORES = ["Main Street Outlet", "Harbour View store", "Northgate Mall kiosk", "the Riverside pop-up", "Station Road branch"]
TEAMS = ["Growth Squad", "Team Phoenix", "CX Tier 2", "Retention Pod", "Brand Studio"]
MONTHS = ["January", "March", "May", "June", "August", "October", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JOBS = ["Head of Partnerships", "Store Manager", "Senior Buyer", "Community Lead", "Customer Care Advisor", "Art Director"]


def order_no(r): return r.choice([f"#{dg(r,7)}", f"ORD-{dg(r,4)}-{dg(r,4)}", f"{dg(r,3)}-{dg(r,7)}-{dg(r,7)}", f"SO{dg(r,8)}"])
def tracking(r): return r.choice([f"1Z{dg(r,3)}E{dg(r,2)}{dg(r,10)}", f"JD{dg(r,16)}", f"{dg(r,4)} {dg(r,4)} {dg(r,4)}", f"RR{dg(r,9)}GB"])
def ticket(r): return r.choice([f"CS-{dg(r,6)}", f"INC{dg(r,7)}", f"#{dg(r,5)}", f"RMA {dg(r,3)}-{dg(r,4)}"])
def price(r): return r.choice([f"£{r.randint(5,400)}.{dg(r,2)}", f"€{r.randint(5,900)},{dg(r,2)}", f"${r.randint(1,2000):,}.{dg(r,2)}", f"{r.randint(100,9999)} Kč"])
def date(r): return r.choice([f"{r.randint(1,28):02d}/{r.randint(1,12):02d}/2025", f"2025-{r.randint(1,12):02d}-{r.randint(1,28):02d}", f"{r.randint(1,28)} {r.choice(MONTHS)} 2025", f"{r.choice(DAYS)} {r.randint(1,28)} {r.choice(MONTHS)}"])
def time_(r): return r.choice([f"{r.randint(7,20)}:{r.choice(['00','15','30','45'])}", f"{r.randint(1,12)}.{r.choice(['00','30'])}pm"])
def sku(r): return r.choice([f"SKU {dg(r,3)}-{dg(r,3)}-{dg(r,4)}", f"EAN {dg(r,13)}", f"Art.-Nr. {dg(r,6)}", f"LOT {dg(r,2)}/{dg(r,4)}"])
def member(r): return r.choice([f"{dg(r,4)} {dg(r,4)} {dg(r,3)}", f"LY-{dg(r,9)}", f"{dg(r,10)}"])


# ================================================================ kinds (English)
def k_callcentre_wrap(r, L):
    b = B(); p = person(r, L)
    b.t(f"WRAP-UP {ticket(r)} | agent: "); N(b, r, forms=["given"]); b.t(f" ({r.choice(TEAMS)})\n")
    b.t("Cust "); N(b, r, p, forms=["upper", "slash", "full"]); b.t(" called re order "); b.t(order_no(r))
    b.t(f" ({r.choice(PRODUCTS)}, {price(r)}). Verified DOB + postcode. Callback on ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(f" after {time_(r)}, NOT the number on the invoice ({tracking(r)} is tracking, not a phone).\n")
    b.t("Updated delivery to "); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(". Outcome: resolved, goodwill voucher.")
    return b


def k_whatsapp_group(r, L):
    b = B(); ps = [person(r, L) for _ in range(3)]
    for i in range(r.randint(5, 8)):
        who = ps[i % 3]
        b.t(f"[{r.randint(8,22)}:{r.randint(0,59):02d}] "); b.e("PERSON", who.g if r.random() < .7 else who.full()); b.t(": ")
        c = r.randint(0, 6)
        if c == 0: b.t("lol ok who's grabbing the "); b.t(r.choice(PRODUCTS)); b.t(" for the stand??")
        elif c == 1: b.t("ask "); b.e("PERSON", r.choice(ps).g.lower()); b.t(" she has the van keys")
        elif c == 2: b.t("my new number is "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(" btw")
        elif c == 3: b.t("meet outside "); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(" at "); b.t(time_(r))
        elif c == 4: b.t(f"{r.choice(STORES)} sold out of {r.choice(BRANDS)} again 😩")
        elif c == 5: b.t("flying back from "); b.e("LOCATION", city(r, L)); b.t(f" on {r.choice(DAYS)}")
        else: b.t(f"order {order_no(r)} still not here, courier says {tracking(r)}")
        b.t("\n")
    return b


def k_rma_form(r, L):
    b = B(); p = person(r, L)
    b.t(f"RETURNS AUTHORISATION\nRMA no.: {ticket(r)}\nOriginal order: {order_no(r)}   Date: {date(r)}\n")
    b.t("Customer name: "); N(b, r, p, forms=["comma", "full", "upper"]); b.t("\nReturn from:\n")
    b.e("STREET_ADDRESS", laddr(r, L, multi=True)); b.t("\nDaytime tel: "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t(f"\nItem: {r.choice(BRANDS)} {r.choice(['jacket','wallet','scarf'])} — {sku(r)}\nReason: wrong size\nRefund to card ending {dg(r,4)}\n")
    return b


def k_voicemail(r, L):
    b = B()
    b.t("Voicemail transcript (auto, confidence 0.81): \"hi um this is "); N(b, r, forms=["given", "full"])
    b.t(f" calling about the {r.choice(PRODUCTS)} I ordered, the number on it is {dg(r,6)}... could someone call me back on ")
    b.e("PHONE_NUMBER", spoken_phone(r) if r.random() < .6 else lphone(r, L))
    b.t(f" any time before {time_(r)}, thanks, bye\"")
    return b


def k_loyalty_export(r, L):
    b = B(); b.t("member_id,first_name,last_name,email,mobile,tier,points,home_store\n")
    for _ in range(r.randint(3, 6)):
        p = person(r, L)
        b.t(member(r) + ","); b.e("PERSON", p.g) if p.g else None; b.t(",")
        if p.s: b.e("PERSON", p.s)
        b.t(","); b.e("EMAIL_ADDRESS", email(r, p)); b.t(","); b.e("PHONE_NUMBER", lphone(r, L))
        b.t(f",{r.choice(['Gold','Silver','Bronze','Platinum'])},{r.randint(0,99999)},{r.choice(STORES)}\n")
    return b


def k_appt_reminder(r, L):
    b = B()
    b.t("Hi "); N(b, r, forms=["given"]); b.t(f", this is a reminder of your styling appointment on {date(r)} at {time_(r)} at our ")
    b.e("LOCATION", city(r, L)); b.t(" store ("); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t(f"). Your stylist is "); N(b, r, forms=["given", "init"]); b.t(". To reschedule call ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(f". Ref {ticket(r)}. Reply STOP to opt out.")
    return b


def k_driver_notes(r, L):
    b = B()
    for _ in range(r.randint(2, 4)):
        b.t(f"Stop {r.randint(1,40)} – parcel {tracking(r)}\n  ")
        if r.random() < .5:
            b.t("leave w/ neighbour "); N(b, r, forms=["given", "surname", "full"]); b.t(" at ")
            b.e("STREET_ADDRESS", laddr(r, L, multi=False))
        else:
            b.e("STREET_ADDRESS", laddr(r, L, multi=False))
        b.t(f", gate code {dg(r,4)}, ring "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f" if no answer. Dog!\n")
    return b


def k_partial_addr(r, L):
    b = B(); p = person(r, L)
    b.t("Note from courier: tried to deliver to "); N(b, r, p, forms=["full", "surname"])
    pre, a = r.choice([("the flat above ", "14 Rue Oberkampf"), ("the flat above the bakery at ", "22 Mill Street"),
                       ("the flat above ", "Rose Court, 3 High Street"), ("the flat above ", f"{r.randint(2,99)} Bridge Road"),
                       ("the back door of ", f"{r.randint(2,99)}b Hauptstraße"), ("the annexe behind ", f"{r.randint(2,99)} Kerkstraat")])
    b.t(f" but the buzzer is broken. They live in {pre}"); b.e("STREET_ADDRESS", a)
    b.t(f". Next attempt {r.choice(DAYS)}. Customer prefers SMS to ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(".")
    return b


def k_rsvp_list(r, L):
    b = B(); b.t(f"RSVP – {r.choice(BRANDS)} spring preview, {date(r)}\n")
    for i in range(r.randint(4, 7)):
        b.t(f"{i+1}. "); p = N(b, r, lang=L, forms=["full", "full", "upper", "comma"])
        b.t(r.choice([" +1 ", " – ", " (plus one: "]))
        if b.parts[-1].startswith(" (plus"): N(b, r, forms=["given"]); b.t(")")
        b.t(r.choice([" yes", " no", " maybe", " dietary: vegan"]))
        if r.random() < .4: b.t(" "); b.e("EMAIL_ADDRESS", email(r, p))
        b.t("\n")
    return b


def k_influencer_sheet(r, L):
    b = B(); b.t("handle\tname\tcontact\tfollowers\tlocation\tstatus\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, L)
        b.t(f"@{ascii_(p.g)}_{r.choice(['eats','fits','travels','glow'])}\t"); b.e("PERSON", p.full() if r.random() < .7 else p.g)
        b.t("\t")
        if r.random() < .5: b.e("EMAIL_ADDRESS", email(r, p))
        else: b.t("mgmt: "); b.e("PHONE_NUMBER", phone(r))
        b.t(f"\t{r.randint(5,900)}k\t"); b.e("LOCATION", city(r, r.choice(list(CITIES))))
        b.t(f"\t{r.choice(['sent brief','gifted '+r.choice(PRODUCTS),'declined','contract Q3'])}\n")
    return b


def k_config(r, L):
    b = B(); p = person(r, L)
    b.t("[campaign.notifications]\nsender_name = \""); b.t(r.choice(TEAMS)); b.t("\"\nowner = \""); N(b, r, p, forms=["full", "lower"])
    b.t("\"\nowner_email = "); b.e("EMAIL_ADDRESS", email(r, p)); b.t("\nescalation_phone = \""); b.e("PHONE_NUMBER", lphone(r, L))
    b.t(f"\"\nretry_after = {r.randint(100,9000)}\nsmtp_relay = "); b.e("IP_ADDRESS", ip(r))
    b.t(f"\napi_version = {r.randint(1,4)}.{r.randint(0,20)}.{r.randint(0,9)}\nreturns_address = \"")
    b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t("\"\n")
    return b


def k_yaml(r, L):
    b = B(); p = person(r, L)
    b.t("store:\n  name: "); b.t(r.choice(STORES)); b.t("\n  manager:\n    name: "); N(b, r, p, forms=["full"])
    b.t("\n    phone: '"); b.e("PHONE_NUMBER", lphone(r, L)); b.t("'\n    email: "); b.e("EMAIL_ADDRESS", email(r, p))
    b.t(f"\n  opening_hours: '{time_(r)}-{time_(r)}'\n  region: "); b.e("LOCATION", city(r, L))
    b.t(f"\n  pos_terminals: {r.randint(2,12)}\n  kiosk_ip: "); b.e("IP_ADDRESS", ip(r)); b.t("\n")
    return b


def k_subtitles(r, L):
    b = B(); ps = [person(r, L), person(r, L)]
    for i in range(r.randint(3, 5)):
        t0 = r.randint(1, 50)
        b.t(f"{i+1}\n00:00:{t0:02d},{dg(r,3)} --> 00:00:{t0+3:02d},{dg(r,3)}\n")
        c = r.randint(0, 3)
        if c == 0: b.t("Thanks for coming, "); b.e("PERSON", ps[0].g); b.t(".")
        elif c == 1: b.e("PERSON", ps[1].full().upper()); b.t(f": I grew up in "); b.e("LOCATION", city(r, r.choice(list(CITIES)))); b.t(".")
        elif c == 2: b.t(f"The {r.choice(PRODUCTS)} is on sale till {r.choice(MONTHS)}.")
        else: b.t("Call "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(" for the offer.")
        b.t("\n\n")
    return b


def k_business_card_ocr(r, L):
    b = B(); p = person(r, L)
    nm = p.full()
    broken = nm.replace(" ", "  ") if r.random() < .5 else nm.upper()
    b.e("PERSON", broken); b.t(f"\n{r.choice(JOBS)}\n{r.choice(BRANDS).upper()} GROUP\n")
    b.t("T "); b.e("PHONE_NUMBER", lphone(r, L)); b.t("  M "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t("\nE "); b.e("EMAIL_ADDRESS", email(r, p)); b.t("\n"); b.e("STREET_ADDRESS", laddr(r, L, multi=True)); b.t(f"\nVAT {dg(r,9)}")
    return b


def k_quoted_reply(r, L):
    b = B(); p = person(r, L); me = person(r, L)
    b.t("Thanks, that works for us. Can you send the invoice to "); b.e("EMAIL_ADDRESS", email(r, me))
    b.t("?\n\nBest,\n"); b.e("PERSON", me.g); b.t("\n\nOn " + date(r) + ", "); b.e("PERSON", p.full())
    b.t(" <"); b.e("EMAIL_ADDRESS", email(r, p)); b.t("> wrote:\n> Hi "); b.e("PERSON", me.g)
    b.t(f",\n> the {r.choice(PRODUCTS)} samples left our "); b.e("LOCATION", city(r, L)); b.t(" warehouse today.\n> Tracking ")
    b.t(tracking(r)); b.t(".\n> Call me on "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(" if customs hold it.\n")
    return b


def k_vcard(r, L):
    b = B(); p = person(r, L)
    b.t("---------- Forwarded contact ----------\nBEGIN:VCARD\nVERSION:3.0\nN:"); b.e("PERSON", p.s or p.g); b.t(";")
    if p.s: b.e("PERSON", p.g)
    b.t(";;;\nFN:"); b.e("PERSON", p.full()); b.t(f"\nORG:{r.choice(BRANDS)} Retail\nTITLE:{r.choice(JOBS)}\nTEL;TYPE=CELL:")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t("\nEMAIL:"); b.e("EMAIL_ADDRESS", email(r, p)); b.t("\nADR;TYPE=WORK:;;")
    b.e("STREET_ADDRESS", laddr(r, L, multi=False).replace("\n", ", ")); b.t("\nEND:VCARD")
    return b


def k_envelope(r, L):
    b = B(); p = person(r, L)
    b.t(f"POSTAGE PAID  {r.choice(['Royal Mail','PostNord','Deutsche Post','USPS'])}  {dg(r,2)}-{dg(r,4)}\n\n")
    if r.random() < .3: b.t(r.choice(["Mr ", "Ms ", "Dr ", "Mx "]))
    N(b, r, p, forms=["full", "upper", "init"]); b.t("\n"); b.e("STREET_ADDRESS", laddr(r, L, multi=True))
    b.t(f"\n\n|||| ||| |{dg(r,8)}|||")
    return b


def k_survey(r, L):
    b = B()
    b.t(f"Q7 (free text): ")
    c = r.randint(0, 2)
    if c == 0:
        b.t(f"The lady at the "); b.e("LOCATION", city(r, L)); b.t(" shop, I think her name was ")
        b.e("PERSON", person(r, L).g); b.t(f", was lovely. but the {r.choice(BRANDS)} sizing is off. ")
    elif c == 1:
        b.t("honestly the Main Street pricing is a joke. ask "); b.e("PERSON", person(r, L).full().lower())
        b.t(f" in accounts, she refunded me {price(r)} last {r.choice(MONTHS)}. ")
    else:
        b.t(f"Delivery took 9 days to "); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(". ")
    if r.random() < .5: b.t("Call me: "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t(f"\nNPS: {r.randint(0,10)}  Order ref {order_no(r)}")
    return b


def k_slack(r, L):
    b = B(); a, c = person(r, L), person(r, L)
    b.e("PERSON", a.full()); b.t(f"  {time_(r)}\n@"); b.e("PERSON", c.g.lower()); b.t(" can you pull the complaint from ")
    b.e("EMAIL_ADDRESS", email(r, person(r, L))); b.t(f"? they say {ticket(r)} was closed w/o reply\n")
    b.e("PERSON", c.full()); b.t(f"  {time_(r)}\non it. fyi their login came from "); b.e("IP_ADDRESS", ip(r))
    b.t(", not the usual. "); b.e("PERSON", a.g); b.t(f" also {r.choice(TEAMS)} wants the {r.choice(PRODUCTS)} copy by {r.choice(DAYS)}\n")
    return b


def k_pharmacy(r, L):
    b = B(); p = person(r, L)
    b.t(f"PICKUP SLIP  {date(r)}  Bay {r.randint(1,12)}\nFor: "); b.e("PERSON", f"{p.s.upper()}, {p.g}" if p.s else p.g)
    b.t(f"\nCollected by: "); N(b, r, forms=["full", "given"]); b.t(" (daughter)\nContact: "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t(f"\nBag ref {dg(r,3)}-{dg(r,3)}   Paid {price(r)}\nDeliver next time to: "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    return b


def k_mailmerge(r, L):
    b = B(); p = person(r, L)
    b.t("Preview record 12 of 480 — Subject: "); b.e("PERSON", p.g); b.t(f", your {r.choice(MONTHS)} treat is here 🎁\n\nDear ")
    b.e("PERSON", p.g); b.t(f",\nAs a {r.choice(['Gold','Silver'])} member since {r.randint(2009,2023)} you get 20% off {r.choice(BRANDS)} this week at our ")
    b.e("LOCATION", city(r, L)); b.t(" store. We'll post your card to:\n"); b.e("STREET_ADDRESS", laddr(r, L, multi=True))
    b.t("\n\nNot you? Unsubscribe: "); b.e("EMAIL_ADDRESS", email(r, p)); b.t("\n")
    return b


def k_marketplace(r, L):
    b = B(); p = person(r, L)
    b.t(f"Message from seller \"{r.choice(['VintageVault','NordicNest','retro_finds_22'])}\":\nHi "); b.e("PERSON", p.g.lower() if r.random() < .4 else p.g)
    b.t(f", the {r.choice(PRODUCTS)} ({r.choice(BRANDS)}) ships {r.choice(DAYS)}. Please don't pay outside the app, but if you must, IBAN ")
    b.e("IBAN_CODE", iban(r)); b.t(f". Total {price(r)}. Shipping to "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t("? Cheers, "); N(b, r, forms=["given"])
    return b


def k_hotel_folio(r, L):
    b = B(); p = person(r, L)
    b.t(f"GRAND {r.choice(['HOTEL','HÔTEL'])} {r.choice(['ASTORIA','BELLEVUE','VICTORIA'])}\nFolio {dg(r,6)}  Room {r.randint(101,912)}  Arr {date(r)}\nGuest: ")
    b.e("PERSON", f"{(p.s or p.g).upper()}/{p.g.upper()}" if p.s else p.g.upper()); b.t("\nAddress: "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t("\nTel: "); b.e("PHONE_NUMBER", lphone(r, L)); b.t("\nCard: "); b.e("CREDIT_CARD", luhn_card(r))
    b.t(f"  exp {r.randint(1,12):02d}/{r.randint(26,31)}\nCompany: {r.choice(BRANDS)}\n")
    return b


def k_birthday_club(r, L):
    b = B(); b.t(f"🎂 Birthday club – {r.choice(MONTHS)}\n")
    for _ in range(r.randint(4, 7)):
        b.t(f"{r.randint(1,28):02d} · "); p = N(b, r, lang=r.choice([L, "en"]), forms=["full", "full", "lower", "init"])
        b.t(" · ");
        if r.random() < .5: b.e("EMAIL_ADDRESS", email(r, p))
        else: b.e("PHONE_NUMBER", lphone(r, L))
        b.t(f" · fav: {r.choice(PRODUCTS)}\n")
    return b


# ================================================================ unusual kinds (English)
def k_pick_list(r, L):
    b = B(); b.t(f"PICK LIST wave {r.randint(1,30)} – picker: "); N(b, r, forms=["init", "given"]); b.t(f" – dock {r.randint(1,9)}\n")
    for _ in range(r.randint(3, 5)):
        b.t(f"{r.choice('ABCDEF')}-{r.randint(1,40):02d}-{r.randint(1,9)}  {sku(r)}  x{r.randint(1,6)}  {r.choice(PRODUCTS)}  → ")
        if r.random() < .5: b.e("PERSON", person(r, L).full().upper()); b.t(", ")
        b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t("\n")
    b.t(f"Supervisor ext {r.randint(100,999)} (internal)  Printed {date(r)} {time_(r)}")
    return b


def k_church_rota(r, L):
    b = B(); b.t(f"{r.choice(['Holy Trinity','Grace Community','Riverside Baptist'])} coffee & flowers rota – {r.choice(MONTHS)}\n")
    for d in r.sample(DAYS, 4):
        b.t(f"{d}: "); N(b, r, lang=L, forms=["given", "full"]); b.t(" & "); N(b, r, lang=L, forms=["given", "surname", "full"])
        b.t("\n")
    b.t("Swaps → "); N(b, r, forms=["full"]); b.t(" on "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(" (not the parish office line)")
    return b


def k_podcast_notes(r, L):
    b = B(); g = person(r, L)
    b.t(f"Ep. {r.randint(10,250)} – “Retail after dark” with "); b.e("PERSON", g.full())
    b.t(f"\nThis week our guest, {r.choice(JOBS).lower()} at {r.choice(BRANDS)}, talks loyalty apps, why ")
    b.e("LOCATION", city(r, r.choice(list(CITIES)))); b.t(" shoppers hate queues, and the "); b.t(r.choice(PRODUCTS)); b.t(" craze.\n")
    b.t(f"00:00 intro\n{r.randint(1,9):02d}:{dg(r,2)} how "); b.e("PERSON", g.g); b.t(" got started in "); b.e("LOCATION", r.choice(COUNTRIES))
    b.t("\nSponsor: call "); b.e("PHONE_NUMBER", phone(r, "US")); b.t(f" for 10% off, code RETAIL{r.randint(10,99)}\nProduced by "); N(b, r)
    return b


def k_auction_lots(r, L):
    b = B()
    for _ in range(r.randint(2, 4)):
        b.t(f"Lot {r.randint(1,400)}. {r.choice(['A Victorian','A pair of','An Art Deco'])} {r.choice(['silver vesta case','Paris Rose vase','Hugo Boss pocket watch','Georgian teapot'])}, est. {price(r)}\n")
        b.t("  Consignor: "); N(b, r, lang=L, forms=["comma", "init", "full"]); b.t(r.choice([" — ", ", of "]))
        b.e("LOCATION", city(r, L) if r.random() < .5 else r.choice(COUNTRIES)); b.t(f"  Hammer: {price(r)}  Buyer no. {r.randint(100,999)}\n")
    b.t("Buyer contact for lot collection: "); b.e("EMAIL_ADDRESS", email(r, person(r, L)))
    return b


def k_school_trip(r, L):
    b = B(); kid = person(r, L); par = P(person(r, L).g, kid.s, kid.east)
    b.t(f"CONSENT SLIP – Year {r.randint(3,9)} visit to the {r.choice(['Science Museum','Cadbury World','Aquarium'])}, {date(r)}\n")
    b.t("Pupil: "); b.e("PERSON", kid.full()); b.t(f"   Class: {r.choice(['4B','Oak','Kestrel'])}\nParent/guardian: "); b.e("PERSON", par.full())
    b.t("\nEmergency contact no.: "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f"   Alt: ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(f"\nHome address: "); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(f"\nPaid £{r.randint(5,30)} (ref {dg(r,6)})  Signed: ")
    b.e("PERSON", f"{par.g[0]}. {par.s}" if par.s else par.g)
    return b


def k_pet_grooming(r, L):
    b = B(); o = person(r, L)
    b.t(f"{date(r)} {time_(r)}  🐾 {r.choice(['Biscuit','Mr Darcy','Luna','Pepper','Bruno'])} ({r.choice(['cockapoo','shih tzu','labrador'])}) – full groom\nOwner: ")
    b.e("PERSON", name_form(r, o, ["full", "surname", "lower"])); b.t("  ☎ "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t(f"\nNotes: nervous of dryers; collect from "); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(f". Groomer: "); N(b, r, forms=["given"])
    return b


def k_gym_waitlist(r, L):
    b = B(); b.t(f"{r.choice(['HIIT','Spin 45','Reformer Pilates'])} – {r.choice(DAYS)} {time_(r)} – WAITLIST\n")
    for i in range(r.randint(3, 6)):
        b.t(f"{i+1}) "); p = N(b, r, lang=L, forms=["full", "full", "lower", "upper"]); b.t(f"  #{dg(r,6)}  ")
        if r.random() < .5: b.e("PHONE_NUMBER", lphone(r, L))
        else: b.t(f"booked {time_(r)}")
        b.t("\n")
    b.t("Instructor: "); b.e("PERSON", person(r, L).g)
    return b


def k_lost_luggage(r, L):
    b = B(); p = person(r, L)
    b.t(f"PROPERTY IRREGULARITY REPORT  File {r.choice(['LHR','CDG','AMS','FRA'])}{r.choice(['BA','AF','KL','LH'])}{dg(r,5)}\nName: ")
    b.e("PERSON", f"{(p.s or p.g).upper()}/{p.g.upper()}" if p.s else p.g.upper()); b.t(f" {r.choice(['MR','MS','MRS'])}")
    b.t(f"\nFlight {r.choice(['BA','KL','LH'])}{r.randint(100,999)} {date(r)}  Tag {r.choice(['BA','KL'])}{dg(r,6)}\nBag: black {r.choice(BRANDS)} spinner\nDeliver to:\n")
    b.e("STREET_ADDRESS", laddr(r, L, multi=True)); b.t("\nTemp. phone: "); b.e("PHONE_NUMBER", phone(r)); b.t("\nEmail: "); b.e("EMAIL_ADDRESS", email(r, p))
    return b


def k_tenancy_inventory(r, L):
    b = B()
    b.t("INVENTORY & SCHEDULE OF CONDITION\nProperty: "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t("\nTenant(s): "); N(b, r, lang=L); b.t(" and "); N(b, r, lang=L)
    b.t(f"\nLiving room: {r.choice(['Sydney 3-seater sofa','Oslo duvet'])} – good; Victoria-pattern wallpaper scuffed.\nKitchen: {r.choice(BRANDS)}-branded kettle (not ours)\n")
    b.t("Clerk: "); N(b, r, forms=["init", "full"]); b.t(f", {date(r)}. Meter no. {dg(r,10)}")
    return b


def k_wedding_rsvp(r, L):
    b = B(); b.t("Guest | Plus one | Meal | Table | Contact\n")
    for _ in range(r.randint(3, 6)):
        b.e("PERSON", person(r, L).full()); b.t(" | ")
        if r.random() < .5: b.e("PERSON", person(r, L).g)
        else: b.t("—")
        b.t(f" | {r.choice(['Beef','Fish','Veg','Kids'])} | {r.choice(['Table 3','Rose','Lavender','12'])} | ")
        b.e("PHONE_NUMBER", lphone(r, L)) if r.random() < .6 else b.e("EMAIL_ADDRESS", email(r, person(r, L)))
        b.t("\n")
    return b


def k_crowdfunding(r, L):
    b = B(); b.t("backer_no,reward,pledge,name,ship_to,country,ip\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, L)
        b.t(f"{r.randint(1,9999)},{r.choice(['Early Bird','Aurora smart lamp x2','Founder'])},{price(r).replace(',', '.')},\"")
        b.e("PERSON", p.full()); b.t("\",\""); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(f"\",{r.choice(['GB','US','DE','AU'])},")
        b.e("IP_ADDRESS", ip(r)); b.t("\n")
    return b


def k_translation_ticket(r, L):
    b = B(); b.t(f"JOB {dg(r,5)}  EN>{r.choice(['DE','FR','JA','PL','TR'])}  {r.randint(300,4000)} words  due {date(r)}\nPM: ")
    p = person(r, L); N(b, r, p, forms=["full"]); b.t(" ("); b.e("EMAIL_ADDRESS", email(r, p))
    b.t(f")\nLinguist: "); N(b, r, forms=["full", "surname"]); b.t(f"\nNotes: keep '{r.choice(BRANDS)}' and '{r.choice(PRODUCTS)}' untranslated. Do not localise the sample address ")
    b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(" or phone "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(" in the flyer.")
    return b


def k_store_card_app(r, L):
    b = B(); p = person(r, L)
    b.t("STORE CARD APPLICATION – fraud review queue\nApplicant: "); b.e("PERSON", f"{p.s}, {p.g}" if p.s else p.g)
    b.t("\nSSN: "); b.e("US_SSN", ssn(r)); b.t(f"   DOB: {date(r)}\nAddress: "); b.e("STREET_ADDRESS", addr(r, r.choice(["US", "US_PO", "US_RR"]), multi=False))
    b.t("\nPhone: "); b.e("PHONE_NUMBER", phone(r, "US")); b.t(f"\nEmployer: {r.choice(BRANDS)}  Income ${r.randint(20,190)},000\nDevice IP ")
    b.e("IP_ADDRESS", ip(r)); b.t(f"; app id {dg(r,3)}-{dg(r,2)}-{dg(r,5)} (not SSN). Reviewer: "); N(b, r, forms=["given"])
    return b


def k_chargeback(r, L):
    b = B(); p = person(r, L)
    b.t(f"Chargeback {dg(r,10)} — reason 13.1 (not received). Cardholder "); N(b, r, p)
    b.t(" used "); b.e("CREDIT_CARD", luhn_card(r)); b.t(f" on order {order_no(r)} for {price(r)}. Shipped {date(r)} via {tracking(r)} to ")
    b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(". Login IP "); b.e("IP_ADDRESS", ip(r))
    if r.random() < .4: b.t(", SSN on file "); b.e("US_SSN", ssn(r))
    b.t(". Refund to "); b.e("IBAN_CODE", iban(r)); b.t(" rejected.")
    return b


def k_florist_cards(r, L):
    b = B(); b.t(f"Card messages – {r.choice(DAYS)} van run\n")
    for _ in range(r.randint(2, 4)):
        b.t("\"To my darling "); b.e("PERSON", person(r, L).g); b.t(", happy anniversary, love "); b.e("PERSON", person(r, L).g)
        b.t("\" → "); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(f" ({r.choice(['Georgia peach','Red Naomi roses','Lily'])} bouquet, {price(r)})\n")
    return b


def k_dedupe_log(r, L):
    b = B(); p = person(r, L)
    b.t(f"CRM merge {dg(r,8)}: kept contact_id={dg(r,7)}\n  name: '"); b.e("PERSON", p.full()); b.t("' <- '"); b.e("PERSON", p.full().upper()); b.t("'\n  email: ")
    b.e("EMAIL_ADDRESS", email(r, p)); b.t(" (dropped "); b.e("EMAIL_ADDRESS", email(r, p)); b.t(")\n  phone: ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(f"\n  last_ip: "); b.e("IP_ADDRESS", ip(r)); b.t(f"\n  segment: {r.choice(TEAMS)}; city: "); b.e("LOCATION", city(r, L)); b.t("\n")
    return b


def k_name_at_end(r, L):
    b = B()
    b.t(f"Just wanted to say the {r.choice(PRODUCTS)} arrived a day early and the note in the box made my week. ")
    b.t(f"Will definitely be back at {r.choice(STORES)} next {r.choice(MONTHS)}.\n\n— "); N(b, r, lang=L, forms=["full", "given", "init"])
    if r.random() < .5: b.t(", "); b.e("LOCATION", city(r, L))
    return b


def k_name_split_cells(r, L):
    b = B(); b.t("| First | Middle | Last | Tel | Postcode |\n|---|---|---|---|---|\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, L); b.t("| "); b.e("PERSON", p.g); b.t(" | ")
        if r.random() < .3: b.e("PERSON", r.choice(["Mary", "José", "Oluwaseun", "Kiri"])); b.t(" | ")
        else: b.t(" | ")
        b.e("PERSON", p.s) if p.s else b.t("-"); b.t(" | "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f" | {r.choice(['SW1A 1AA','10115','75011','2000'])} |\n")
    return b


def k_nickname_chat(r, L):
    b = B(); nk = r.choice(NICKS)
    b.t(f"support bot: how can I help?\nuser: hey it's "); b.e("PERSON", nk); b.t(f" from the {r.choice(STORES)} team, ")
    b.e("PERSON", person(r, L).g.lower()); b.t(f" said to ping u. customer on the line wants the {r.choice(BRANDS)} order moved to ")
    b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(f"\nsupport bot: Please share the order number (not a phone number).\nuser: {order_no(r)}")
    return b


# ================================================================ localized kinds
# keys: hi, remind(d,t), store, call, bye, deliver, neigh, order, compl(d,p), reach, bank, tel, addr, name, by
T = {
 "de": dict(hi="Hallo", remind="wir erinnern Sie an Ihren Termin am {d} um {t} in unserer Filiale in", store="Filiale", call="Bei Fragen erreichen Sie uns unter", bye="Viele Grüße", deliver="Lieferadresse", neigh="Paket abgegeben bei Nachbar", order="Bestellnummer", compl="ich habe am {d} den {p} bestellt und bis heute nichts erhalten.", reach="Sie erreichen mich unter", bank="Bitte erstatten Sie den Betrag auf mein Konto", tel="Tel.", name="Name", by="Ihr Team"),
 "fr": dict(hi="Bonjour", remind="nous vous rappelons votre rendez-vous du {d} à {t} dans notre boutique de", store="boutique", call="Pour toute question, appelez le", bye="Cordialement", deliver="Adresse de livraison", neigh="Colis déposé chez le voisin", order="N° de commande", compl="j'ai commandé le {p} le {d} et je n'ai toujours rien reçu.", reach="Vous pouvez me joindre au", bank="Merci de rembourser sur mon compte", tel="Tél.", name="Nom", by="L'équipe"),
 "es": dict(hi="Hola", remind="le recordamos su cita el {d} a las {t} en nuestra tienda de", store="tienda", call="Si tiene dudas llámenos al", bye="Saludos", deliver="Dirección de entrega", neigh="Paquete entregado al vecino", order="Nº de pedido", compl="pedí el {p} el {d} y todavía no ha llegado.", reach="Pueden llamarme al", bank="Por favor hagan el reembolso a mi cuenta", tel="Tel.", name="Nombre", by="El equipo"),
 "it": dict(hi="Ciao", remind="le ricordiamo l'appuntamento del {d} alle {t} nel nostro negozio di", store="negozio", call="Per informazioni chiami il", bye="Cordiali saluti", deliver="Indirizzo di consegna", neigh="Pacco lasciato al vicino", order="N. ordine", compl="ho ordinato il {p} il {d} e non è ancora arrivato.", reach="Mi potete contattare al", bank="Vi prego di rimborsare sul conto", tel="Tel.", name="Nome", by="Il team"),
 "pt": dict(hi="Olá", remind="lembramos a sua marcação no dia {d} às {t} na nossa loja de", store="loja", call="Dúvidas? Ligue para", bye="Cumprimentos", deliver="Morada de entrega", neigh="Encomenda entregue ao vizinho", order="Encomenda nº", compl="encomendei o {p} a {d} e ainda não recebi nada.", reach="Podem contactar-me pelo", bank="Por favor façam o reembolso para o IBAN", tel="Tel.", name="Nome", by="A equipa"),
 "nl": dict(hi="Hoi", remind="we herinneren je aan je afspraak op {d} om {t} in onze winkel in", store="winkel", call="Vragen? Bel ons op", bye="Met vriendelijke groet", deliver="Afleveradres", neigh="Pakket afgegeven bij buren", order="Bestelnr.", compl="ik heb op {d} de {p} besteld en nog steeds niets ontvangen.", reach="Je kunt me bereiken op", bank="Graag het bedrag terugstorten op", tel="Tel.", name="Naam", by="Team"),
 "pl": dict(hi="Dzień dobry", remind="przypominamy o wizycie {d} o godz. {t} w naszym sklepie w mieście", store="sklep", call="W razie pytań prosimy dzwonić pod numer", bye="Pozdrawiamy", deliver="Adres dostawy", neigh="Paczka zostawiona u sąsiada", order="Nr zamówienia", compl="zamówiłem {p} dnia {d} i nadal nic nie dotarło.", reach="Mój numer to", bank="Proszę o zwrot na konto", tel="Tel.", name="Imię i nazwisko", by="Zespół"),
 "sv": dict(hi="Hej", remind="vi påminner om din tid {d} kl. {t} i vår butik i", store="butik", call="Frågor? Ring oss på", bye="Vänliga hälsningar", deliver="Leveransadress", neigh="Paketet lämnat hos granne", order="Ordernr", compl="jag beställde {p} den {d} och har fortfarande inte fått något.", reach="Ni når mig på", bank="Vänligen återbetala till kontot", tel="Tfn", name="Namn", by="Teamet"),
 "da": dict(hi="Hej", remind="vi minder dig om din aftale den {d} kl. {t} i vores butik i", store="butik", call="Spørgsmål? Ring på", bye="Venlig hilsen", deliver="Leveringsadresse", neigh="Pakke afleveret hos nabo", order="Ordrenr.", compl="jeg bestilte {p} den {d} og har stadig ikke modtaget noget.", reach="I kan ringe til mig på", bank="Refunder venligst til", tel="Tlf.", name="Navn", by="Holdet"),
 "no": dict(hi="Hei", remind="vi minner deg på timen din {d} kl. {t} i butikken vår i", store="butikk", call="Spørsmål? Ring oss på", bye="Med vennlig hilsen", deliver="Leveringsadresse", neigh="Pakken levert til nabo", order="Ordrenr.", compl="jeg bestilte {p} den {d} og har fortsatt ikke fått noe.", reach="Dere når meg på", bank="Vennligst refunder til kontoen", tel="Tlf.", name="Navn", by="Teamet"),
 "fi": dict(hi="Hei", remind="muistutamme ajanvarauksestasi {d} klo {t} myymälässämme, paikkakunta", store="myymälä", call="Kysyttävää? Soita numeroon", bye="Ystävällisin terveisin", deliver="Toimitusosoite", neigh="Paketti jätetty naapurille", order="Tilausnro", compl="tilasin tuotteen {p} {d} enkä ole vieläkään saanut mitään.", reach="Minut tavoittaa numerosta", bank="Palauttakaa summa tilille", tel="Puh.", name="Nimi", by="Tiimi"),
 "cs": dict(hi="Dobrý den", remind="připomínáme Vaši schůzku {d} v {t} v naší prodejně, město", store="prodejna", call="S dotazy volejte na", bye="S pozdravem", deliver="Doručovací adresa", neigh="Balík předán sousedovi", order="Č. objednávky", compl="dne {d} jsem objednal {p} a stále nic nedorazilo.", reach="Zastihnete mě na čísle", bank="Prosím o vrácení peněz na účet", tel="Tel.", name="Jméno", by="Tým"),
 "hu": dict(hi="Kedves", remind="emlékeztetjük, hogy időpontja {d} {t} órakor lesz üzletünkben, helyszín:", store="üzlet", call="Kérdés esetén hívja:", bye="Üdvözlettel", deliver="Szállítási cím", neigh="A csomagot a szomszéd vette át", order="Rendelésszám", compl="{d}-án rendeltem a {p} terméket, és még mindig nem érkezett meg.", reach="Elérhető vagyok a", bank="Kérem, utalják vissza erre a számlára", tel="Tel.", name="Név", by="A csapat"),
 "ro": dict(hi="Bună ziua", remind="vă reamintim programarea din {d} la ora {t} în magazinul nostru din", store="magazin", call="Pentru întrebări sunați la", bye="Cu stimă", deliver="Adresa de livrare", neigh="Colet lăsat la vecin", order="Nr. comandă", compl="am comandat {p} pe {d} și încă nu am primit nimic.", reach="Mă puteți contacta la", bank="Vă rog să returnați banii în contul", tel="Tel.", name="Nume", by="Echipa"),
 "tr": dict(hi="Merhaba", remind="{d} tarihinde saat {t} randevunuzu hatırlatırız, mağazamız:", store="mağaza", call="Sorularınız için arayın:", bye="Saygılarımızla", deliver="Teslimat adresi", neigh="Paket komşuya bırakıldı", order="Sipariş no", compl="{d} tarihinde {p} sipariş ettim, hâlâ gelmedi.", reach="Bana şu numaradan ulaşabilirsiniz:", bank="Lütfen iadeyi şu hesaba yapın:", tel="Tel", name="Ad Soyad", by="Ekip"),
 "id": dict(hi="Halo", remind="kami mengingatkan janji Anda pada {d} pukul {t} di toko kami di", store="toko", call="Pertanyaan? Hubungi", bye="Salam", deliver="Alamat pengiriman", neigh="Paket dititipkan ke tetangga", order="No. pesanan", compl="saya memesan {p} pada {d} dan sampai sekarang belum datang.", reach="Saya bisa dihubungi di", bank="Mohon refund ke rekening", tel="Telp.", name="Nama", by="Tim"),
 "vi": dict(hi="Xin chào", remind="chúng tôi nhắc bạn lịch hẹn ngày {d} lúc {t} tại cửa hàng ở", store="cửa hàng", call="Thắc mắc xin gọi", bye="Trân trọng", deliver="Địa chỉ giao hàng", neigh="Gói hàng gửi hàng xóm", order="Mã đơn", compl="tôi đặt {p} ngày {d} mà đến giờ vẫn chưa nhận được.", reach="Liên hệ tôi qua số", bank="Vui lòng hoàn tiền vào tài khoản", tel="ĐT", name="Họ tên", by="Đội ngũ"),
 "ja": dict(hi="Konnichiwa", remind="{d} {t} no go-yoyaku wo o-shirase shimasu. Basho:", store="tenpo", call="O-toiawase wa", bye="Yoroshiku onegaishimasu", deliver="Otodokesaki", neigh="Nimotsu wa tonari no kata ni azukemashita", order="Chūmon bangō", compl="{d} ni {p} wo chūmon shimashita ga, mada todoite imasen.", reach="Renrakusaki wa", bank="Henkin wa kochira no kōza ni", tel="TEL", name="Shimei", by="Sutaffu"),
}


def k_loc_reminder(r, L):
    t = T[L]; b = B()
    b.t(f"{t['hi']} "); N(b, r, lang=L, forms=["given", "full"]); b.t(", " + t["remind"].format(d=date(r), t=time_(r)) + " ")
    b.e("LOCATION", city(r, L)); b.t(f" ({r.choice(STORES)}): "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t(f". {t['call']} "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f". {t['order']} {order_no(r)}.\n{t['bye']}, {t['by']} {r.choice(BRANDS)}")
    return b


def k_loc_complaint(r, L):
    t = T[L]; b = B(); p = person(r, L)
    b.t(f"{t['hi']},\n" + t["compl"].format(d=date(r), p=r.choice(PRODUCTS)) + f" ({t['order']} {order_no(r)}, {tracking(r)})\n")
    b.t(f"{t['reach']} "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(".\n")
    if r.random() < .6: b.t(f"{t['bank']} "); b.e("IBAN_CODE", iban(r, {"vi": None, "id": None, "ja": None}.get(L, LANG_CC[L][0] if LANG_CC[L][0] in IBAN_FMT else None))); b.t(".\n")
    b.t(f"{t['deliver']}:\n"); b.e("STREET_ADDRESS", laddr(r, L, multi=True)); b.t(f"\n\n{t['bye']}\n"); N(b, r, p, forms=["full", "full", "given"])
    return b


def k_loc_driver(r, L):
    t = T[L]; b = B()
    for _ in range(r.randint(2, 3)):
        b.t(f"[{time_(r)}] {tracking(r)} – {t['neigh']} "); N(b, r, lang=L, forms=["surname", "full", "upper"]); b.t(", ")
        b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t(f". {t['tel']} "); b.e("PHONE_NUMBER", lphone(r, L)); b.t("\n")
    return b


def k_loc_form(r, L):
    t = T[L]; b = B(); p = person(r, L)
    b.t(f"{t['name']}: "); N(b, r, p, forms=["full", "upper", "comma"]); b.t(f"\n{t['tel']}: "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t("\nE-mail: "); b.e("EMAIL_ADDRESS", email(r, p)); b.t(f"\n{t['deliver']}: "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t(f"\n{t['order']}: {order_no(r)}  {sku(r)}  {price(r)}\nIP: "); b.e("IP_ADDRESS", ip(r)); b.t("\n")
    return b


def k_loc_chat(r, L):
    t = T[L]; b = B(); a, c = person(r, L), person(r, L)
    b.e("PERSON", a.g); b.t(f": {t['hi'].lower()} "); b.e("PERSON", c.g.lower()); b.t(f"! {r.choice(BRANDS)} @ "); b.e("LOCATION", city(r, L)); b.t(" 🛍️\n")
    b.e("PERSON", c.g); b.t(f": {t['reach'].lower()} "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f" ({t['order']} {order_no(r)})\n")
    b.e("PERSON", a.g); b.t(f": ok 👍 {t['deliver'].lower()}: "); b.e("STREET_ADDRESS", laddr(r, L, multi=False)); b.t("\n")
    return b


# ================================================================ more kinds (payments, logs, display names)
def k_w9_influencer(r, L):
    b = B(); p = person(r, "en")
    b.t(f"Creator payout setup – {r.choice(['TikTok','Instagram','YouTube'])} collab #{dg(r,4)}\nLegal name (as on W-9): ")
    b.e("PERSON", p.full().upper() if r.random() < .4 else p.full()); b.t(f"\nBusiness name: Glow Studio LLC\nTIN type: SSN\nTIN: ")
    b.e("US_SSN", ssn(r)); b.t(f"  (EIN field left blank; ref {dg(r,2)}-{dg(r,7)} is the PO, not an EIN)\nMailing address: ")
    b.e("STREET_ADDRESS", addr(r, r.choice(["US", "US", "US_PO"]), multi=r.random() < .5)); b.t(f"\nPayout: ${r.randint(200,9000):,} on {date(r)}")
    return b


def k_payment_desk(r, L):
    b = B()
    b.t(f"Till {r.randint(1,12)} – phone order taken {time_(r)}\nCustomer read out card "); b.e("CREDIT_CARD", luhn_card(r))
    b.t(f" exp {r.randint(1,12):02d}/{r.randint(26,30)}. Gift card {dg(r,4)} {dg(r,4)} {dg(r,4)} {dg(r,4)} applied first (balance {price(r)}).\n")
    b.t("Name on card: "); N(b, r, forms=["upper", "init", "full"]); b.t(". Callback "); b.e("PHONE_NUMBER", lphone(r, "en"))
    b.t(f". Auth code {dg(r,6)}, terminal {dg(r,8)}.")
    return b


def k_display_from(r, L):
    b = B(); a = person(r, L); c = person(r, L)
    b.t("From: \""); b.e("PERSON", f"{a.s}, {a.g}" if a.s and r.random() < .5 else a.full()); b.t("\" <"); b.e("EMAIL_ADDRESS", email(r, a))
    b.t(">\nTo: "); b.e("PERSON", c.full()); b.t(" <"); b.e("EMAIL_ADDRESS", email(r, c)); b.t(">\nCc: "); b.t(r.choice(TEAMS)); b.t(" <")
    b.e("EMAIL_ADDRESS", email(r)); b.t(f">\nDate: {r.choice(DAYS)}, {date(r)} {time_(r)}\nSubject: RE: {r.choice(BRANDS)} window display refresh\n\n")
    b.e("PERSON", c.g); b.t(f" – the proofs look great. X-Originating-IP: "); b.e("IP_ADDRESS", ip(r)); b.t("\n")
    return b


def k_bounce_log(r, L):
    b = B()
    for _ in range(r.randint(3, 5)):
        b.t(f"2025-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}Z campaign={r.choice(['spring_sale','vip_'+dg(r,3)])} rcpt=")
        b.e("EMAIL_ADDRESS", email(r, person(r, L))); b.t(f" status={r.choice(['5.1.1','4.2.2','5.7.1'])} mx=")
        b.e("IP_ADDRESS", ip(r)); b.t(f" msgid=<{dg(r,10)}.{dg(r,4)}@mailer>\n")
    return b


def k_cake_orders(r, L):
    b = B(); b.t("CUSTOM CAKE ORDERS\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"• {r.choice(DAYS)} – {r.choice(['2 tier','sheet','cupcakes x24'])}, icing: “Happy 40th ")
        b.e("PERSON", person(r, L).g.upper()); b.t("!” – ordered by "); N(b, r, lang=L, forms=["full", "surname", "given"]); b.t(", ")
        b.e("PHONE_NUMBER", lphone(r, L)); b.t(f", deposit {price(r)}")
        if r.random() < .4: b.t(", deliver "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
        b.t("\n")
    return b


def k_window_round(r, L):
    b = B(); b.t(f"ROUND {r.choice(['A','B','C'])} – {r.choice(DAYS)}s\n")
    for _ in range(r.randint(3, 5)):
        a = laddr(r, L, multi=False)
        b.e("STREET_ADDRESS", a); b.t(" — ")
        if r.random() < .6: N(b, r, lang=L, forms=["surname", "full"]); b.t(" — ")
        b.t(f"£{r.randint(8,40)} — ")
        b.t(r.choice(["side gate", "back only", "cash under mat", "text on "]))
        if b.parts[-1] == "text on ": b.e("PHONE_NUMBER", lphone(r, L))
        b.t("\n")
    return b


def k_raffle(r, L):
    b = B(); b.t(f"{r.choice(['Summer fête','Christmas'])} raffle stubs – prize: {r.choice(BRANDS)} hamper\n")
    for _ in range(r.randint(3, 6)):
        b.t(f"No. {dg(r,4)}  "); N(b, r, lang=L, forms=["full", "lower", "init", "given"]); b.t("  ")
        b.e("PHONE_NUMBER", lphone(r, L)) if r.random() < .7 else b.t("(no phone)")
        b.t("\n")
    return b


def k_access_log(r, L):
    b = B()
    for _ in range(r.randint(3, 5)):
        b.e("IP_ADDRESS", ip(r)); b.t(f" - - [{r.randint(1,28):02d}/Oct/2025:{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} +0000] \"GET /account/orders/{dg(r,7)}?v=2.{r.randint(0,9)}.{r.randint(0,20)} HTTP/1.1\" 200 {r.randint(300,90000)}")
        if r.random() < .4: b.t(" user="); b.e("EMAIL_ADDRESS", email(r, person(r, L)))
        b.t("\n")
    return b


def k_wristband_list(r, L):
    b = B(); b.t(f"SAMPLE SALE – wristband list ({r.choice(BRANDS)})\n")
    for _ in range(r.randint(4, 7)):
        p = person(r, L)
        if p.s: b.e("PERSON", p.s.upper()); b.t("\t"); b.e("PERSON", p.g)
        else: b.e("PERSON", p.g.upper()); b.t("\t")
        b.t(f"\tband {r.choice(['red','gold','black'])}-{dg(r,3)}\t{r.choice(['VIP','press','staff','+1'])}\n")
    return b


def k_key_log(r, L):
    b = B(); p = person(r, L)
    b.t(f"Key cutting / shoe repair log {date(r)}\nJob {dg(r,4)}: 2x Yale, 1x Chubb for "); N(b, r, p, forms=["init", "full", "surname"])
    b.t(" (landlord: "); N(b, r, lang=L); b.t(f"), property "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t(f". Collect {r.choice(DAYS)}. Mob "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f". Paid {price(r)}")
    return b


def k_loc_invoice(r, L):
    if L == "en": L = r.choice(list(T))
    t = T[L]; b = B(); p = person(r, L)
    b.t(f"{r.choice(BRANDS).upper()} – {t['order']} {order_no(r)} – {date(r)}\n{t['name']}: "); N(b, r, p, forms=["full", "upper"])
    b.t("\n"); b.e("STREET_ADDRESS", laddr(r, L, multi=True)); b.t(f"\n{t['tel']} "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t(f"\nIBAN: "); b.e("IBAN_CODE", iban(r)); b.t(f"\nBIC: {r.choice(['DEUTDEFF','BNPAFRPP','INGBNL2A','NDEASESS'])}  {price(r)}  {sku(r)}\n")
    return b


# ================================================================ more kinds
def k_ics_invite(r, L):
    b = B(); o = person(r, L); a = person(r, L)
    b.t(f"BEGIN:VEVENT\nSUMMARY:{r.choice(BRANDS)} x {r.choice(TEAMS)} – launch sync\nDTSTART:2025{r.randint(1,12):02d}{r.randint(1,28):02d}T{r.randint(8,17):02d}0000Z\nORGANIZER;CN=")
    b.e("PERSON", o.full()); b.t(":mailto:"); b.e("EMAIL_ADDRESS", email(r, o)); b.t("\nATTENDEE;CN=\""); b.e("PERSON", f"{a.s}, {a.g}" if a.s else a.g)
    b.t("\";RSVP=TRUE:mailto:"); b.e("EMAIL_ADDRESS", email(r, a)); b.t("\nLOCATION:"); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t(f"\nDESCRIPTION:Dial-in "); b.e("PHONE_NUMBER", phone(r)); b.t(f" PIN {dg(r,6)}#\nEND:VEVENT")
    return b


def k_test_drive(r, L):
    b = B(); b.t(f"Showroom test-drive log – {r.choice(['Lexus','Volvo','Škoda'])} {r.choice(['Northgate','Riverside'])} branch\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"{time_(r)}  {r.choice(['XC40','Octavia','UX 300e'])} reg {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{dg(r,2)} {''.join(r.choice(string.ascii_uppercase) for _ in range(3))}  ")
        N(b, r, lang=L, forms=["full", "init", "upper"]); b.t("  lic. chk ✓  "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f"  sales: "); b.e("PERSON", person(r, L).g); b.t("\n")
    return b


def k_alterations(r, L):
    b = B(); p = person(r, L)
    b.t(f"ALTERATIONS TICKET {dg(r,5)}\n"); b.e("PERSON", p.full()); b.t(f" – {r.choice(['Hugo Boss suit','Ted Baker dress','Chelsea boots resole'])}\nHem -2cm, take in waist. Ready {r.choice(DAYS)} {date(r)}.\n")
    b.e("PERSON", p.g); b.t(" asked us to text "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(" rather than email.")
    return b


def k_co_letter(r, L):
    b = B(); p = person(r, L); host = person(r, L)
    b.t(f"{r.choice(BRANDS)} Customer Relations\n{date(r)}\n\n"); N(b, r, p, forms=["full", "upper"]); b.t("\n")

    b.t("c/o "); b.e("PERSON", host.full()); b.t("\n"); b.e("STREET_ADDRESS", laddr(r, L, multi=True))
    b.t(f"\n\nDear "); b.e("PERSON", p.g); b.t(f",\nThank you for your letter about our {r.choice(PRODUCTS)}. Our {r.choice(JOBS)} will call you on ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(".\n\nYours sincerely\n\n"); N(b, r, forms=["full"]); b.t(f"\n{r.choice(JOBS)}")
    return b


def k_sms_optin(r, L):
    b = B(); b.t("msisdn;opt_in;source;last_order;zip\n")
    for _ in range(r.randint(3, 6)):
        b.e("PHONE_NUMBER", phone(r, r.choice(["US", "GB", "AU", "IE"]))); b.t(f";{r.choice(['Y','N'])};{r.choice(['QR','till','web'])};{order_no(r)};{r.choice(['90210','SW1A 1AA','2000','D02 X285'])}\n")
    return b


def k_marketing_copy(r, L):
    # mostly hard negatives; may contain no PII at all
    b = B()
    b.t(f"Draft copy v{r.randint(2,9)}: Meet the {r.choice(PRODUCTS)} – inspired by {r.choice(['Parisian','Nordic','Alpine'])} mornings. ")
    b.t(f"Pair it with {r.choice(BRANDS)} or our {r.choice(PRODUCTS)}. Main Street pricing, Park Avenue feel. ")
    b.t(f"Available {r.choice(MONTHS)} {r.randint(1,28)} from {price(r)} at {r.choice(STORES)}. Use code {r.choice(['MAY','JUNE','GEORGIA'])}{r.randint(10,40)}. ")
    b.t(f"Call-to-action button id {dg(r,3)}-{dg(r,3)}-{dg(r,4)}; tracking pixel {r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,9)}.")
    if r.random() < .4:
        b.t(" Photo: "); N(b, r)
    return b


def k_sentence_start(r, L):
    b = B(); p = person(r, L)
    N(b, r, p, forms=["given", "full", "surname"]); b.t(f" phoned twice about the {r.choice(BRANDS)} refund. ")
    b.e("PERSON", p.g); b.t(f"'s partner "); N(b, r, lang=L, forms=["given"]); b.t(f" then emailed from ")
    b.e("EMAIL_ADDRESS", email(r, p)); b.t(f". Escalated to {r.choice(JOBS)} on {r.choice(DAYS)}. Next step: ring "); b.e("PHONE_NUMBER", lphone(r, L))
    b.t(f" between {time_(r)} and {time_(r)}.")
    return b


def k_loc_survey(r, L):
    t = T[L]; b = B()
    b.t(f"NPS {r.randint(0,10)} / {t['store']} "); b.e("LOCATION", city(r, L)); b.t(": ")
    N(b, r, lang=L, forms=["given", "full"]); b.t(f" {r.choice(['👍','!!!','...'])} {r.choice(BRANDS)} {price(r)} – {t['reach'].lower()} ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(f" / "); b.e("EMAIL_ADDRESS", email(r, person(r, L))); b.t(f"  ({t['order']} {order_no(r)})")
    return b


def k_ambassador_payroll(r, L):
    b = B(); b.t("ambassador_id|legal_name|ssn|state|w2_box1|store\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "en")
        b.t(f"AMB{dg(r,5)}|"); b.e("PERSON", f"{p.s.upper()} {p.g.upper()}" if p.s and r.random() < .4 else p.full()); b.t("|")
        b.e("US_SSN", ssn(r)); b.t(f"|{r.choice(['TX','OH','CA','NY'])}|{r.randint(1000,60000)}.{dg(r,2)}|{r.choice(STORES)}\n")
    b.t(f"batch {dg(r,3)}-{dg(r,2)}-{dg(r,4)}X (internal id, not an SSN)")
    return b


def k_fraud_alert(r, L):
    b = B()
    b.t(f"⚠️ Risk alert score {r.randint(70,99)}: {r.randint(2,6)} cards tried on account of ")
    N(b, r, lang=L); b.t(" within 4 min from "); b.e("IP_ADDRESS", ip(r)); b.t(":\n")
    for _ in range(r.randint(2, 3)):
        b.t("  - "); b.e("CREDIT_CARD", luhn_card(r)); b.t(f" → {r.choice(['declined','3DS fail','approved'])}\n")
    b.t(f"  - {dg(r,4)} {dg(r,4)} {dg(r,4)} {dg(r,4)} (store gift card, ignore)\nShip-to: "); b.e("STREET_ADDRESS", laddr(r, L, multi=False))
    b.t(f"\nOrder {order_no(r)} on hold.")
    return b


def k_label_ocr(r, L):
    b = B(); p = person(r, L)
    sp = lambda s: " ".join(s) if r.random() < .3 else s.replace(" ", "  ")
    b.t(f"SHIP TO:\n"); b.e("PERSON", sp(p.full().upper())); b.t("\n")
    b.e("STREET_ADDRESS", "\n".join(x.upper() for x in ADDR[r.choice(LANG_ADDR[L])](r))); b.t("\nTEL: ")
    b.e("PHONE_NUMBER", lphone(r, L)); b.t(f"\nWT 2.{r.randint(0,9)}KG  REF {order_no(r)}\n{tracking(r)}\n")
    return b


def k_survey_json(r, L):
    b = B(); p = person(r, L)
    b.t('{"response_id": "' + dg(r, 9) + '", "respondent": {"name": "'); b.e("PERSON", p.full()); b.t('", "email": "')
    b.e("EMAIL_ADDRESS", email(r, p)); b.t('", "phone": "'); b.e("PHONE_NUMBER", lphone(r, L)); b.t('"}, "store": "')
    b.t(r.choice(STORES)); b.t('", "q3_comment": "'); b.t(f"Staff member ")
    b.e("PERSON", person(r, L).g); b.t(f" at the "); b.e("LOCATION", city(r, L)); b.t(f" branch was great", ); b.t(f'", "nps": {r.randint(0,10)}, "submitted_at": "{date(r)}"}}')
    return b


def k_number_soup(r, L):
    b = B()
    b.t(f"Case {ticket(r)} opened {date(r)} {time_(r)}. Order {order_no(r)}, tracking {tracking(r)}, {sku(r)}, total {price(r)}, ")
    b.t(f"loyalty no. {member(r)}, postcode {r.choice(['M14 5RT','75011','00-950','11122'])}. Store phone on receipt is head office; customer's own direct line: ")
    b.e("PHONE_NUMBER", r.choice([f"(212) 555-{dg(r,4)} ext. {r.randint(10,99)}", f"+44 20 {dg(r,4)} {dg(r,4)} x{r.randint(100,999)}", f"+49 69 {dg(r,6)}-{dg(r,2)}"]))
    b.t(f". Contact name "); N(b, r, lang=L); b.t(f". Invoice {dg(r,4)}/{dg(r,2)}/{dg(r,4)}.")
    return b


def k_slot_sms(r, L):
    b = B()
    b.t(f"{r.choice(BRANDS)}: Hi "); N(b, r, lang=L, forms=["given", "lower"]); b.t(f", your delivery slot is {r.choice(DAYS)} {time_(r)}-{time_(r)}. Driver ")
    b.e("PERSON", person(r, L).g); b.t(" can be reached on "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(f". Track: https://trk.example/{dg(r,8)}")
    return b


def k_concierge(r, L):
    b = B(); p = person(r, L)
    b.t(f"VIP concierge note: "); N(b, r, p, forms=["full"]); b.t(f" (clienteling tier {r.choice(['Black','Icon'])}) is relocating from ")
    b.e("LOCATION", city(r, r.choice(list(CITIES)))); b.t(" to ")
    b.e("LOCATION", r.choice(COUNTRIES)); b.t(". New address from " + r.choice(MONTHS) + ": ")
    b.e("STREET_ADDRESS", laddr(r, r.choice(list(LANG_ADDR)), multi=False)); b.t(". Deposit refunds go to ")
    b.e("IBAN_CODE", iban(r)); b.t(f". Assistant "); N(b, r, forms=["full", "given"]); b.t(" handles diary: "); b.e("EMAIL_ADDRESS", email(r))
    return b


def k_loc_signature(r, L):
    t = T[L]; b = B(); p = person(r, L)
    b.t(f"{t['bye']}\n\n"); b.e("PERSON", p.full()); b.t(f"\n{r.choice(JOBS)} | {r.choice(BRANDS)}\n"); b.e("STREET_ADDRESS", laddr(r, L, multi=r.random() < .5))
    b.t(f"\n{t['tel']} "); b.e("PHONE_NUMBER", lphone(r, L)); b.t(" | "); b.e("EMAIL_ADDRESS", email(r, p))
    return b


def k_loc_pickup(r, L):
    t = T[L]; b = B()
    b.t(f"{t['order']} {order_no(r)} / {sku(r)} / {price(r)}\n{t['name']}: "); N(b, r, lang=L, forms=["upper", "comma", "full", "slash"])
    b.t(f"\n{t['store']}: {r.choice(STORES)}, "); b.e("LOCATION", city(r, L)); b.t(f"\n{t['tel']}: "); b.e("PHONE_NUMBER", lphone(r, L)); b.t("\n")
    return b


# ================================================================ main
def kinds():
    return {n[2:]: f for n, f in globals().items() if n.startswith("k_") and callable(f)}


LANG_W = [("en", 72)] + [(l, 2) for l in ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "hu", "ro", "tr", "id", "vi", "ja"]]


def main():
    r = random.Random(SEED)
    ks = kinds(); names = sorted(ks)
    loc_kinds = [n for n in names if n.startswith("loc_")]
    en_kinds = [n for n in names if not n.startswith("loc_")]
    enc = 0; out = []; types = Counter(); kc = Counter(); lc = Counter()
    for i in range(N_TOTAL):
        L = r.choices([l for l, _ in LANG_W], [w for _, w in LANG_W])[0]
        if L == "en" or not loc_kinds:
            kname = en_kinds[enc % len(en_kinds)]; enc += 1
            Lx = "en"
        else:
            kname = r.choice(loc_kinds); Lx = L
        b = ks[kname](r, Lx)
        text = b.text()
        sp = sorted(b.spans, key=lambda s: s["start"])
        for s in sp:
            assert 0 <= s["start"] < s["end"] <= len(text), (kname, s)
            seg = text[s["start"]:s["end"]]
            assert seg.strip() == seg and seg, (kname, seg)
        for a, c in zip(sp, sp[1:]):
            assert a["end"] <= c["start"], (kname, a, c)
        out.append({"id": f"hard19-{i+1}", "kind": kname, "lang": Lx, "text": text, "spans": sp})
        for s in sp: types[s["type"]] += 1
        kc[kname] += 1; lc[Lx] += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("samples", len(out)); print("types", dict(types.most_common()))
    print("kinds", len(kc), dict(kc)); print("langs", len(lc), dict(lc))


if __name__ == "__main__":
    main()
