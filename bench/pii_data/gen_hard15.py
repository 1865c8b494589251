#!/usr/bin/env python3
"""gen_hard15.py - deterministic generator for the blind PII evaluation set "hard15".

Writes hard15.jsonl next to this file and prints a self-check.
All templates and text are written by hand for this set; Faker is used only for
names (first/last name lists of many locales). No network access.

Offsets are recorded while the text is assembled (literal parts and labelled parts are
appended one after another); nothing is located by searching the finished text.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

from faker import Faker

SEED = 1517
rng = random.Random(SEED)
Faker.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hard15.jsonl")
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION"]

ch = rng.choice


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- builder
class B:
    """Text builder. t() appends literal text, e() appends a labelled span."""

    def __init__(self, case=None):
        self.parts, self.spans, self.n, self.case = [], [], 0, case
        self.vals = []

    def _c(self, x):
        if self.case == "upper":
            return x.upper()
        if self.case == "lower":
            return x.lower()
        return x

    def t(self, x):
        x = self._c(x)
        self.parts.append(x)
        self.n += len(x)
        return self

    def e(self, typ, x):
        if typ is None:
            return self.t(x)
        st = self.n
        self.t(x)
        self.spans.append({"type": typ, "start": st, "end": self.n})
        self.vals.append(self.parts[-1])
        return self

    def text(self):
        return "".join(self.parts)


PH_RE = re.compile(r"\{(\w+)\}")


def R(b, tpl, **kw):
    """Render template; {key} -> kw[key]; value is str (literal), (type, str) or list of those."""
    pos = 0
    for m in PH_RE.finditer(tpl):
        b.t(tpl[pos:m.start()])
        put(b, kw[m.group(1)])
        pos = m.end()
    b.t(tpl[pos:])
    return b


def put(b, v):
    if isinstance(v, list):
        for x in v:
            put(b, x)
    elif isinstance(v, tuple):
        b.e(v[0], v[1])
    else:
        b.t(v)


def PER(x):
    return ("PERSON", x if isinstance(x, str) else x.full())


def ADR(x):
    return ("STREET_ADDRESS", x)


def PHN(x):
    return ("PHONE_NUMBER", x)


def EML(x):
    return ("EMAIL_ADDRESS", x)


def LOC(x):
    return ("LOCATION", x)


def CC(x):
    return ("CREDIT_CARD", x)


def IBN(x):
    return ("IBAN_CODE", x)


def SSN(x):
    return ("US_SSN", x)


def IP(x):
    return ("IP_ADDRESS", x)


def join_list(items, sep=", ", last=" and "):
    """items: list of values for put(); returns a list usable in R()."""
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(last if (i == len(items) - 1 and last) else sep)
        out.append(it)
    return out


# ---------------------------------------------------------------- people
FAKERS = {}


def fk(loc):
    if loc not in FAKERS:
        FAKERS[loc] = Faker(loc)
    return FAKERS[loc]


LANG_LOCALES = {
    "en": ["en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_NG", "en_KE", "en_PH"],
    "es": ["es_ES", "es_MX", "es_AR", "es_CO", "es_CL"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CA", "fr_CH"],
    "pt": ["pt_BR", "pt_PT"],
    "it": ["it_IT", "it_CH"],
    "nl": ["nl_NL", "nl_BE"],
    "pl": ["pl_PL"],
    "sv": ["sv_SE"],
    "tr": ["tr_TR"],
    "id": ["id_ID"],
    "vi": ["vi_VN"],
    "ro": ["ro_RO"],
    "cs": ["cs_CZ", "sk_SK"],
    "da": ["da_DK"],
    "hu": ["hu_HU"],
    "fi": ["fi_FI"],
    "no": ["no_NO"],
}
WORLD_LOCALES = ["yo_NG", "ig_NG", "ha_NG", "zu_ZA", "ga_IE", "is_IS", "fi_FI", "no_NO", "hr_HR",
                 "sl_SI", "lt_LT", "lv_LV", "et_EE", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR",
                 "pl_PL", "tr_TR", "nl_NL", "sv_SE", "da_DK", "cs_CZ", "ro_RO", "id_ID", "tw_GH"]


class P:
    def __init__(self, first, last, middle="", fam_first=False, loc="custom", nick=None, g="f"):
        self.first, self.last, self.middle = first, last, middle
        self.fam_first, self.loc, self.nick, self.g = fam_first, loc, nick, g

    def full(self):
        if self.fam_first:
            return " ".join(x for x in (self.last, self.middle, self.first) if x)
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def given(self):
        """given name(s) as used in a comma form"""
        return " ".join(x for x in ((self.middle, self.first) if self.fam_first and self.middle and self.loc == "vi"
                                    else (self.first, self.middle)) if x)

    def initials(self):
        ini = self.first[0] + "."
        if self.middle:
            ini += " " + self.middle[0] + "."
        elif chance(0.5):
            ini += " " + ch("ABCDEFGHJKLMNPRSTW") + "."
        return ini + " " + self.last

    def comma(self, upper_last=True):
        return (self.last.upper() if upper_last else self.last) + ", " + self.given()

    def short(self):
        """first name + last initial"""
        return self.first + " " + self.last[0] + "."

    def call(self):
        return self.nick or self.first


# name groups written by hand: (first, middle, last, fam_first, nick, group)
CUSTOM = [
    # Nigerian
    ("Chukwuemeka", "", "Okafor", False, "Chuks", "ng"), ("Ngozi", "", "Adeyemi", False, None, "ng"),
    ("Oluwaseun", "", "Balogun", False, "Seun", "ng"), ("Aisha", "", "Bello", False, None, "ng"),
    ("Emeka", "", "Nwosu", False, None, "ng"), ("Funmilayo", "", "Adebayo", False, "Funmi", "ng"),
    ("Babatunde", "", "Ogunleye", False, "Tunde", "ng"), ("Chiamaka", "", "Eze", False, "Amaka", "ng"),
    ("Ifeoma", "", "Okonkwo", False, "Ify", "ng"), ("Yetunde", "", "Olawale", False, None, "ng"),
    ("Obinna", "", "Chukwu", False, None, "ng"), ("Zainab", "", "Abubakar", False, None, "ng"),
    # Vietnamese (family name first)
    ("Lan", "Thị", "Nguyễn", True, None, "vi"), ("Minh", "Văn", "Trần", True, None, "vi"),
    ("Nam", "Hoàng", "Lê", True, None, "vi"), ("Hà", "Thu", "Phạm", True, None, "vi"),
    ("Anh", "Đức", "Hoàng", True, None, "vi"), ("Mai", "Ngọc", "Vũ", True, None, "vi"),
    ("Bảo", "Quốc", "Đặng", True, None, "vi"), ("Hương", "Thanh", "Bùi", True, None, "vi"),
    # Arabic
    ("Mohammed", "", "al-Amin", False, None, "ar"), ("Layla", "", "al-Masri", False, None, "ar"),
    ("Omar", "", "Abdel-Rahman", False, None, "ar"), ("Yousef", "", "El-Sayed", False, None, "ar"),
    ("Noor", "", "Khalil", False, None, "ar"), ("Khalid", "", "bin Rashid", False, None, "ar"),
    ("Rania", "", "Haddad", False, None, "ar"), ("Tariq", "", "Al-Farsi", False, None, "ar"),
    ("Huda", "", "Nasser", False, None, "ar"), ("Samir", "", "Abu Khalil", False, None, "ar"),
    # Malay
    ("Ahmad", "", "bin Salleh", False, None, "my"), ("Nur Aisyah", "", "binti Hamzah", False, None, "my"),
    ("Faizal", "", "bin Osman", False, None, "my"), ("Siti Aminah", "", "binti Yusof", False, None, "my"),
    # Chinese pinyin (family first)
    ("Wei", "", "Zhang", True, None, "zh"), ("Na", "", "Li", True, None, "zh"),
    ("Xiuying", "", "Wang", True, None, "zh"), ("Yang", "", "Liu", True, None, "zh"),
    ("Jie", "", "Chen", True, None, "zh"), ("Min", "", "Huang", True, None, "zh"),
    ("Lei", "", "Zhao", True, None, "zh"), ("Jing", "", "Xu", True, None, "zh"),
    ("Haoran", "", "Sun", True, None, "zh"), ("Mei", "", "Lin", False, None, "zh"),
    # Korean
    ("Min-jun", "", "Kim", True, None, "ko"), ("Ji-woo", "", "Park", True, None, "ko"),
    ("Seo-yeon", "", "Lee", True, None, "ko"), ("Hyun-woo", "", "Choi", True, None, "ko"),
    ("Ha-eun", "", "Jung", True, None, "ko"), ("Do-yoon", "", "Kang", True, None, "ko"),
    # Indian
    ("Priya", "", "Raghunathan", False, None, "in"), ("Arjun", "", "Venkatesh", False, None, "in"),
    ("Ananya", "", "Iyer", False, None, "in"), ("Rohan", "", "Mehta", False, None, "in"),
    ("Lakshmi", "", "Subramanian", False, None, "in"), ("Vikram", "Singh", "Rathore", False, None, "in"),
    ("Sneha", "", "Kulkarni", False, None, "in"), ("Harpreet", "", "Kaur", False, None, "in"),
    ("Deepak", "", "Chaudhary", False, None, "in"), ("Kavya", "", "Nair", False, None, "in"),
    # Polish
    ("Grzegorz", "", "Brzęczyszczykiewicz", False, "Grześ", "pl"), ("Agnieszka", "", "Wójcik", False, "Aga", "pl"),
    ("Małgorzata", "", "Szczepańska", False, "Gosia", "pl"), ("Tomasz", "", "Kowalski", False, "Tomek", "pl"),
    ("Katarzyna", "", "Dąbrowska", False, "Kasia", "pl"), ("Paweł", "", "Zieliński", False, None, "pl"),
    ("Jędrzej", "", "Wiśniewski", False, None, "pl"),
    # Hungarian (family first)
    ("Zsófia", "", "Nagy", True, "Zsófi", "hu"), ("Bence", "", "Kovács", True, None, "hu"),
    ("Eszter", "", "Tóth", True, None, "hu"), ("Levente", "", "Szabó", True, None, "hu"),
    ("Réka", "", "Horváth", True, None, "hu"), ("Ádám", "", "Varga", True, None, "hu"),
    ("Dorottya", "", "Kiss", True, "Dóri", "hu"),
    # Icelandic
    ("Guðrún", "", "Sigurðardóttir", False, "Gunna", "is"), ("Jón", "", "Einarsson", False, None, "is"),
    ("Sigríður", "", "Þórsdóttir", False, "Sigga", "is"), ("Ólafur", "", "Ragnarsson", False, "Óli", "is"),
    ("Bjarkey", "", "Gunnarsdóttir", False, None, "is"), ("Þórhallur", "", "Magnússon", False, None, "is"),
    # Hawaiian
    ("Keoni", "", "Kahananui", False, None, "haw"), ("Leilani", "", "Kealoha", False, None, "haw"),
    ("Kawika", "", "Nāone", False, None, "haw"), ("Malia", "", "Kahale", False, None, "haw"),
    ("Kainoa", "", "Makekau", False, None, "haw"), ("Noelani", "", "Akana", False, None, "haw"),
    # Maori
    ("Aroha", "", "Te Whata", False, None, "mi"), ("Wiremu", "", "Ngata", False, "Wiri", "mi"),
    ("Mere", "", "Tawhiri", False, None, "mi"), ("Hemi", "", "Parata", False, None, "mi"),
    ("Anahera", "", "Te Kani", False, None, "mi"), ("Rawiri", "", "Walker", False, None, "mi"),
    ("Ngaio", "", "Tūhoe-Parata", False, None, "mi"),
    # particles, apostrophes, hyphens
    ("Daan", "", "van der Berg", False, None, "x"), ("Lotte", "", "de Vries", False, None, "x"),
    ("María", "", "de la Cruz", False, None, "x"), ("José", "", "de los Santos", False, "Pepe", "x"),
    ("Siobhán", "", "O'Connor", False, None, "x"), ("Liam", "", "O'Sullivan", False, None, "x"),
    ("Pádraig", "", "Ó Súilleabháin", False, None, "x"), ("Hannah", "", "Smith-Jones", False, None, "x"),
    ("Charlotte", "", "Ashworth-Pryce", False, "Lottie", "x"), ("Marie-Claire", "", "Dubois", False, None, "x"),
    ("Ludwig", "", "von Stein", False, None, "x"), ("Sophie", "", "d'Almeida", False, None, "x"),
    ("Carla", "", "Di Stefano", False, None, "x"), ("Anna", "", "dos Santos", False, None, "x"),
    ("Isabelle", "", "Le Goff", False, None, "x"), ("Mehmet Ali", "", "Öztürk", False, None, "x"),
    ("Ana María", "", "Fernández-Ruiz", False, None, "x"), ("Tiago", "", "da Silva Costa", False, None, "x"),
    ("Rebecca", "", "McAllister", False, "Bex", "x"), ("Fernando", "", "Villanueva", False, "Nando", "x"),
    ("Jean-Baptiste", "", "N'Diaye", False, None, "x"), ("Dimitri", "", "van 't Hof", False, None, "x"),
]
# names that are also ordinary words
WORD_FIRST = ["Rose", "Hope", "Will", "Mark", "Summer", "Bill", "Grace", "Faith", "Joy", "Sunny", "Autumn",
              "Bob", "Drew", "Pat"]
WORD_LAST = ["King", "Young", "Brown", "Hope", "Rose", "Bishop", "Fox", "Baker", "Wood", "Rich", "Love"]
CUSTOM_BY_GROUP = {}
for _c in CUSTOM:
    CUSTOM_BY_GROUP.setdefault(_c[5], []).append(_c)


def custom_person(group=None):
    c = ch(CUSTOM_BY_GROUP[group]) if group else ch(CUSTOM)
    return P(c[0], c[2], c[1], c[3], loc=c[5], nick=c[4])


def word_person():
    f = ch(WORD_FIRST)
    return P(f, ch([x for x in WORD_LAST if x != f]), loc="word")


def faker_person(loc):
    f = fk(loc)
    g = ch("fm")
    first = f.first_name_female() if g == "f" else f.first_name_male()
    try:
        last = f.last_name_female() if g == "f" else f.last_name_male()
    except AttributeError:
        last = f.last_name()
    fam = loc in ("hu_HU",)
    return P(first, last, "", fam, loc=loc, g=g)


def person(lang="en", intl=0.35):
    """a person plausible in a text of language lang"""
    r = rng.random()
    if lang == "vi":
        return custom_person("vi") if r < 0.6 else faker_person("vi_VN")
    if lang == "hu":
        return custom_person("hu") if r < 0.5 else faker_person("hu_HU")
    if r < 0.08:
        return word_person()
    if r < intl:
        if chance(0.6):
            return custom_person()
        return faker_person(ch(WORLD_LOCALES))
    return faker_person(ch(LANG_LOCALES.get(lang, ["en_US"])))


def person_word():
    p = word_person()
    return p


NICKS = ["Bex", "Chuks", "Kasia", "Tomek", "Gosia", "Seun", "Nando", "Pepe", "Kiki", "Manu", "Gabi", "Mikey",
         "Lulu", "Sunny", "Dani", "Bo"]

# ---------------------------------------------------------------- email
FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "Ð": "D", "þ": "th",
                      "Þ": "Th", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "’": "", "'": ""})


def ascii_fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "protonmail.com", "btinternet.com",
           "example.com", "mail.example.org", "fastmail.fm", "bigpond.com", "xtra.co.nz", "rediffmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "prodigy.net.mx"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr", "skynet.be"],
    "pt": ["gmail.com", "sapo.pt", "uol.com.br", "bol.com.br", "hotmail.com"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "telenet.be"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr", "mynet.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "vi": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
    "ro": ["yahoo.ro", "gmail.com", "rdslink.ro"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "da": ["gmail.com", "mail.dk", "jubii.dk", "hotmail.dk"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
}
COMPANY_DOMAINS = ["brightwave-media.com", "nordlicht-design.de", "casa-verde.es", "bluepeak.io", "lumen-studio.fr",
                   "acme-logistics.co.uk", "kora-cosmetics.com", "tidewater.agency", "veloce-bikes.it",
                   "groenhuis.nl", "fjord-outdoor.se", "kahve-evi.com.tr"]


def email(p=None, lang="en", company=False):
    dom = ch(COMPANY_DOMAINS) if company else ch(DOMAINS.get(lang, DOMAINS["en"]))
    if p is None:
        return ch(["info", "support", "hello", "bookings", "kontakt", "service", "team", "orders", "press"]) + "@" + ch(COMPANY_DOMAINS)
    f, l = slug(p.first) or "x", slug(p.last) or "y"
    form = rng.randrange(7)
    local = [f + "." + l, f[0] + "." + l, f + l + str(rng.randint(1, 99)), l + "_" + f, f + "." + l[0],
             f + "-" + l, l + f[0] + str(rng.randint(70, 99))][form]
    return local + "@" + dom


# ---------------------------------------------------------------- numbers
def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def fill(pat):
    out = []
    for c in pat:
        if c == "X":
            out.append(str(rng.randrange(10)))
        elif c == "N":
            out.append(str(rng.randint(2, 9)))
        else:
            out.append(c)
    return "".join(out)


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, d in enumerate(reversed(body)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(style=None):
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "mc2"])
    if kind == "visa":
        n = luhn_complete("4" + digits(5), 16)
    elif kind == "mc":
        n = luhn_complete(str(rng.randint(51, 55)), 16)
    elif kind == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)), 16)
    elif kind == "disc":
        n = luhn_complete("6011", 16)
    else:
        n = luhn_complete(ch(["34", "37"]), 15)
    assert luhn_ok(n)
    style = style or ch(["space", "space", "dash", "plain"])
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    return n


def not_luhn(n):
    """a 16 digit number that fails Luhn (gift/loyalty look-alike)"""
    while True:
        x = digits(n)
        if not luhn_ok(x):
            return x


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def _es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def bban(cc):
    L = lambda n: "".join(ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(n))
    if cc == "DE":
        return digits(18)
    if cc == "GB":
        return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(14)
    if cc == "IE":
        return ch(["AIBK", "BOFI", "IPBS"]) + digits(14)
    if cc == "FR":
        bank, gui, acc = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
        return bank + gui + acc + "%02d" % key
    if cc == "ES":
        bank, br, acc = digits(4), digits(4), digits(10)
        return bank + br + str(_es_dc("00" + bank + br)) + str(_es_dc(acc)) + acc
    if cc == "IT":
        return ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(10) + digits(12)
    if cc == "NL":
        return ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + digits(10)
    if cc == "BE":
        x = digits(10)
        c = int(x) % 97 or 97
        return x + "%02d" % c
    if cc == "PL":
        return digits(24)
    if cc == "PT":
        return digits(21)
    if cc == "AT":
        return digits(16)
    if cc == "CH":
        return digits(17)
    if cc == "SE":
        return digits(20)
    if cc == "DK":
        return digits(14)
    if cc == "RO":
        return ch(["BTRL", "RNCB", "BRDE", "INGB", "BACX"]) + digits(16)
    if cc == "CZ":
        return digits(20)
    if cc == "TR":
        return digits(5) + "0" + digits(16)
    if cc == "HU":
        return digits(24)
    if cc == "FI":
        return digits(14)
    if cc == "NO":
        while True:
            x = digits(10)
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            r = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
            if r == 11:
                r = 0
            if r != 10:
                return x + str(r)
    raise KeyError(cc)


IBAN_CCS = ["DE", "GB", "IE", "FR", "ES", "IT", "NL", "BE", "PL", "PT", "AT", "CH", "SE", "DK", "RO", "CZ", "TR",
            "HU", "FI", "NO"]


def iban(cc=None, grouped=None):
    cc = cc or ch(IBAN_CCS)
    b = bban(cc)
    chk = 98 - _mod97(b + cc + "00")
    s = cc + "%02d" % chk + b
    assert _mod97(s[4:] + s[:4]) == 1
    if grouped is None:
        grouped = chance(0.7)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or ch(["dash", "dash", "dash", "space", "plain"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def ipv4(private=None):
    if private is None:
        private = chance(0.3)
    if private:
        return ch(["192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                   "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                   "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))])
    first = ch([31, 37, 46, 62, 77, 81, 85, 89, 91, 95, 103, 109, 141, 151, 176, 178, 185, 188, 193, 203, 212, 217])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6():
    h = lambda: "%x" % rng.randint(0, 0xffff)
    form = rng.randrange(4)
    if form == 0:
        return ":".join(["2a02", h(), h(), h(), h(), h(), h(), h()])
    if form == 1:
        return "2001:db8:%s::%s:%s" % (h(), h(), h())
    if form == 2:
        return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    return "2600:%s:%s:%s::%s" % (h(), h(), h(), h())


def ip():
    return ipv6() if chance(0.3) else ipv4()


# ---------------------------------------------------------------- addresses (hand-written local formats)
def pc_gb(area):
    return area + " " + str(rng.randint(1, 9)) + ch("ABDEFGHJLNPQRSTUWXY") + ch("ABDEFGHJLNPQRSTUWXY")


def a_US():
    cities = [("Springfield", "IL", "627"), ("Denver", "CO", "802"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
              ("Albany", "NY", "122"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Savannah", "GA", "314"),
              ("Honolulu", "HI", "968"), ("Brooklyn", "NY", "112"), ("Columbus", "OH", "432")]
    streets = ["Maple Ave", "Oak Street", "W 34th St", "Elm Dr", "Sunset Blvd", "Pine Ridge Rd", "Lakeview Terrace",
               "N Clark St", "Kapiolani Blvd", "Magnolia Lane", "Route 9W", "Old Mill Road"]
    c, st, z = ch(cities)
    zz = z + "%02d" % rng.randint(1, 99) + (("-%04d" % rng.randint(1, 9999)) if chance(0.2) else "")
    last = f"{c}, {st} {zz}"
    r = rng.random()
    if r < 0.12:
        return [f"PO Box {rng.randint(10, 9999)}", last]
    if r < 0.2:
        return [f"RR {rng.randint(1, 9)} Box {rng.randint(10, 999)}", last]
    unit = ch(["", "", f", Apt {rng.randint(1, 40)}{ch('ABCD')}", f" Suite {rng.randint(100, 990)}", f" #{rng.randint(2, 30)}",
               f", Unit {rng.randint(1, 12)}"])
    line1 = f"{rng.randint(2, 9899)} {ch(streets)}{unit}"
    if chance(0.15):
        return [ch(["c/o Harbor Freight Lofts", "c/o Lakeside Dental Group", "c/o Sunrise Motel"]), line1, last]
    return [line1, last]


def a_CA():
    cities = [("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Calgary", "AB", "T2P"), ("Halifax", "NS", "B3H"),
              ("Ottawa", "ON", "K1P"), ("Winnipeg", "MB", "R3C")]
    if chance(0.3):
        pc = "H2X " + str(rng.randint(1, 9)) + ch("ABCEGHJKLMNPRSTVXY") + str(rng.randint(1, 9))
        return [f"{rng.randint(100, 4999)}, {ch(['rue Saint-Denis', 'boul. Saint-Laurent', 'av. du Parc'])}, app. {rng.randint(1, 30)}",
                f"Montréal (Québec)  {pc}"]
    c, p, fsa = ch(cities)
    pc = fsa + " " + str(rng.randint(1, 9)) + ch("ABCEGHJKLMNPRSTVXY") + str(rng.randint(1, 9))
    pre = ch(["", "", f"{rng.randint(101, 2405)}-"])
    return [f"{pre}{rng.randint(10, 999)} {ch(['King St W', 'Granville St', 'Spring Garden Rd', 'Portage Ave', 'Elgin St', '8 Ave SW'])}",
            f"{c} {p}  {pc}"]


def a_GB():
    cities = [("London", ["SW1A", "E2", "N16", "SE15", "NW3"]), ("Manchester", ["M1", "M20"]), ("Leeds", ["LS6"]),
              ("Bristol", ["BS8"]), ("Edinburgh", ["EH3"]), ("Cardiff", ["CF10"]), ("Harrogate", ["HG1"]),
              ("Norwich", ["NR2"]), ("Belfast", ["BT9"]), ("York", ["YO1"])]
    streets = ["Mill Lane", "Church Road", "Victoria Street", "Albert Terrace", "Mount Pleasant", "Kings Road",
               "Station Approach", "The Crescent", "High Street", "Queen's Drive"]
    c, areas = ch(cities)
    lines = []
    r = rng.random()
    if r < 0.3:
        lines.append(f"Flat {rng.randint(1, 24)}{ch(['', 'A', 'B'])}")
        lines.append(ch(["Rosewood Court", "Alder House", "The Old Chapel", "Waterside Mansions", "Beaumont Lodge"]))
        lines.append(f"{rng.randint(1, 240)} {ch(streets)}")
    elif r < 0.45:
        lines.append(ch(["Ivy Cottage", "The Barn", "Hollybank", "Orchard House"]))
        lines.append(ch(["Lower Slaughter Lane", "Back Lane", "Moor Road"]))
    else:
        lines.append(f"{rng.randint(1, 240)}{ch(['', '', 'a'])} {ch(streets)}")
    lines.append(c.upper() if chance(0.3) else c)
    lines.append(pc_gb(ch(areas)))
    return lines


def a_IE():
    if chance(0.5):
        return [f"Apt {rng.randint(1, 40)}", f"{rng.randint(1, 90)} {ch(['Ormond Quay Upper', 'Pembroke Road', 'Leeson Street Lower'])}",
                f"Dublin {ch(['2', '4', '6W', '7', '8'])}", "D0" + str(rng.randint(1, 8)) + " " + eir()]
    town, county, key = ch([("Kinvara", "Co. Galway", "H91"), ("Spiddal", "Co. Galway", "H91"), ("Dingle", "Co. Kerry", "V92"), ("Ennistymon", "Co. Clare", "V95")])
    return [ch(["Ballyvaughan Road", "Cnoc na Gréine", "The Old Rectory"]), town, county, key + " " + eir()]


def eir():
    L = "ACDEFHKNPRTVWXY"
    return ch(L) + str(rng.randint(0, 9)) + ch(L + "0123456789") + ch(L + "0123456789")


def a_DE():
    cities = [("Berlin", ["10115", "10247", "12043", "10437"]), ("Hamburg", ["20095", "22767"]), ("München", ["80331", "80469"]),
              ("Köln", ["50667", "50733"]), ("Leipzig", ["04109", "04275"]), ("Frankfurt am Main", ["60311", "60594"]),
              ("Stuttgart", ["70173"]), ("Dresden", ["01067"]), ("Freiburg im Breisgau", ["79098"])]
    streets = ["Hauptstraße", "Schönhauser Allee", "Bergmannstraße", "Kastanienallee", "Am Sandtorkai", "Lindenstraße",
               "Goethestraße", "Friedrichstraße", "Karl-Liebknecht-Str.", "Weißenburger Str.", "Zülpicher Platz", "Im Winkel"]
    c, pcs = ch(cities)
    if chance(0.1):
        return [f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", f"{ch(pcs)[:2]}0{rng.randint(10, 99)} {c}"]
    lines = [f"{ch(streets)} {rng.randint(1, 180)}{ch(['', '', 'a', 'b'])}"]
    if chance(0.3):
        extra = ch(["Hinterhaus, 3. OG", "2. Etage links", "Aufgang B", "c/o Nordlicht Design GmbH", "Whg. 14"])
        if extra.startswith("c/o"):
            lines.insert(0, extra)
        else:
            lines.append(extra)
    lines.append(f"{ch(pcs)} {c}")
    return lines


def a_AT():
    c = ch([("Wien", "1%02d0" % rng.randint(1, 23)), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020")])
    st = ch(["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse", "Maria-Theresien-Straße"])
    return [f"{st} {rng.randint(1, 120)}/{rng.randint(1, 5)}/{rng.randint(1, 30)}", f"{c[1]} {c[0]}"]


def a_CH():
    c = ch([("Zürich", ch(["8001", "8003", "8005"])), ("Bern", "3011"), ("Basel", "4051"), ("Luzern", "6003"), ("St. Gallen", "9000")])
    st = ch(["Bahnhofstrasse", "Langstrasse", "Kramgasse", "Steinenvorstadt", "Weinbergstrasse"])
    lines = [f"{st} {rng.randint(1, 150)}", f"{c[1]} {c[0]}"]
    if chance(0.25):
        lines.insert(1, f"Postfach {rng.randint(100, 999)}")
    return lines


def a_FR():
    cities = [("Paris", "750%02d" % rng.randint(1, 20)), ("Lyon", "6900%d" % rng.randint(1, 9)), ("Marseille", "130%02d" % rng.randint(1, 16)),
              ("Toulouse", "31000"), ("Nantes", "44000"), ("Bordeaux", "33000"), ("Lille", "59000"), ("Strasbourg", "67000")]
    streets = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place Bellecour",
               "chemin des Vignes", "impasse du Moulin", "allée des Tilleuls", "quai de la Fosse", "rue du Faubourg Saint-Antoine"]
    c, cp = ch(cities)
    lines = []
    if chance(0.35):
        lines.append(ch(["Bât. B, 3e étage", "Résidence Les Pins, appt 12", "Escalier C", "Chez Lumen Studio"]))
    lines.append(f"{rng.randint(1, 220)}{ch(['', '', ' bis', ' ter'])} {ch(streets)}")
    if chance(0.12):
        lines.append(f"CS {rng.randint(10000, 99999)}")
        lines.append(f"{cp} {c.upper()} CEDEX {rng.randint(1, 9):02d}")
    else:
        lines.append(f"{cp} {c.upper() if chance(0.5) else c}")
    return lines


def a_BE():
    c = ch([("Bruxelles", "1000"), ("Antwerpen", "2000"), ("Gent", "9000"), ("Liège", "4000"), ("Leuven", "3000"), ("Namur", "5000")])
    st = ch(["Rue Royale", "Avenue Louise", "Meir", "Kerkstraat", "Grote Markt", "Rue de la Loi", "Veldstraat"])
    return [f"{st} {rng.randint(1, 300)}{ch(['', ' bte ' + str(rng.randint(1, 20)), ' bus ' + str(rng.randint(1, 20))])}", f"{c[1]} {c[0]}"]


def a_NL():
    c = ch([("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Groningen", "97"), ("Eindhoven", "56")])
    st = ch(["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Prinsengracht", "Lange Voorhout", "Vismarkt", "Stratumseind"])
    pc = c[1] + "%02d" % rng.randint(11, 99) + " " + ch("ABCDEGHJKLMNPRSTVWXZ") + ch("ABCDEGHJKLMNPRSTVWXZ")
    return [f"{st} {rng.randint(1, 400)}{ch(['', '-II', ' hs', 'A', '-3'])}", f"{pc} {c[0].upper() if chance(0.3) else c[0]}"]


def a_ES():
    c = ch([("Madrid", "280%02d" % rng.randint(1, 50), "Madrid"), ("Barcelona", "080%02d" % rng.randint(1, 40), "Barcelona"),
            ("Valencia", "460%02d" % rng.randint(1, 25), "Valencia"), ("Sevilla", "410%02d" % rng.randint(1, 20), "Sevilla"),
            ("Bilbao", "480%02d" % rng.randint(1, 15), "Bizkaia"), ("Málaga", "290%02d" % rng.randint(1, 18), "Málaga")])
    st = ch(["C/ Mayor", "Avda. de la Constitución", "Pza. del Pilar", "Calle de Alcalá", "Carrer de Mallorca", "Paseo de Gracia",
             "Calle Larios", "Ronda de Segovia"])
    fl = ch(["4º B", "1º izq.", "bajo", "3.º D", "2n 1a", "ático", "5º dcha."])
    lines = [f"{st}, {rng.randint(1, 250)}, {fl}", f"{c[1]} {c[0]}"]
    if chance(0.3):
        lines.append(f"({c[2]})")
    return lines


def a_PT():
    c = ch([("Lisboa", "1100"), ("Porto", "4000"), ("Coimbra", "3000"), ("Braga", "4700"), ("Faro", "8000")])
    st = ch(["Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Largo do Paço"])
    return [f"{st}, {rng.randint(1, 300)}, {ch(['3.º Esq.', '5.º Dto', 'r/c', '1.º Frente'])}", f"{c[1]}-{rng.randint(1, 999):03d} {c[0]}"]


def a_IT():
    c = ch([("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Napoli", "NA", "801"), ("Bologna", "BO", "401"),
            ("Firenze", "FI", "501")])
    st = ch(["Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Navona", "Viale Monza", "Via dei Mille", "Via San Gregorio Armeno"])
    num = ch([str(rng.randint(1, 240)), f"{rng.randint(1, 60)}/B", f"{rng.randint(1, 120)}, int. {rng.randint(1, 20)}",
              f"{rng.randint(1, 90)}, scala C"])
    return [f"{st} {num}", f"{c[2]}{rng.randint(0, 99):02d} {c[0]} ({c[1]})"]


def a_PL():
    c = ch([("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "80"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9")])
    pre = c[1] + str(rng.randint(0, 9)) if len(c[1]) == 1 else c[1]
    pc = f"{pre}-{rng.randint(1, 999):03d}"
    st = ch(["ul. Długa", "ul. Marszałkowska", "ul. Floriańska", "ul. Piotrkowska", "al. Jerozolimskie", "os. Tysiąclecia",
             "ul. Świętokrzyska"])
    return [f"{st} {rng.randint(1, 200)}{ch(['', '/' + str(rng.randint(1, 80)), ' m. ' + str(rng.randint(1, 80))])}", f"{pc} {c[0]}"]


def a_SE():
    c = ch([("Stockholm", "1%02d" % rng.randint(11, 89)), ("Göteborg", "41%d" % rng.randint(1, 9)), ("Malmö", "21%d" % rng.randint(1, 9)),
            ("Uppsala", "75%d" % rng.randint(1, 9))])
    st = ch(["Storgatan", "Drottninggatan", "Vasagatan", "Kungsgatan", "Linnégatan", "Södra Förstadsgatan"])
    lines = [f"{st} {rng.randint(1, 90)}{ch(['', 'A', 'B'])}"]
    if chance(0.4):
        lines[0] += f", lgh {rng.randint(1001, 1405)}"
    lines.append(f"{c[1]} {rng.randint(10, 99)} {c[0]}")
    return lines


def a_DK():
    c = ch([("København K", "1%03d" % rng.randint(50, 470)), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"),
            ("Frederiksberg C", "1850")])
    st = ch(["Nørregade", "Vesterbrogade", "Strøget", "Jægergårdsgade", "Åboulevarden", "Gammel Kongevej"])
    return [f"{st} {rng.randint(1, 150)}, {ch(['3. th.', '2. tv.', 'st.', '1. mf.', '4.'])}", f"{c[1]} {c[0]}"]


def a_NO():
    c = ch([("Oslo", "0%03d" % rng.randint(150, 680)), ("Bergen", "5003"), ("Trondheim", "7011"), ("Tromsø", "9008")])
    return [f"{ch(['Storgata', 'Bogstadveien', 'Kirkegata', 'Markens gate'])} {rng.randint(1, 90)}{ch(['', 'B'])}", f"{c[1]} {c[0]}"]


def a_FI():
    c = ch([("Helsinki", "00%d00" % rng.randint(1, 9)), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100")])
    return [f"{ch(['Mannerheimintie', 'Hämeenkatu', 'Aurakatu', 'Kauppurienkatu'])} {rng.randint(1, 90)} {ch('ABC')} {rng.randint(1, 40)}",
            f"{c[1]} {c[0]}"]


def a_CZ():
    c = ch([("Praha " + str(rng.randint(1, 10)), "1%d0 00" % rng.randint(1, 9)), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00")])
    st = ch(["Vinohradská", "Národní", "Masarykova", "Husova", "Dlouhá", "Korunní"])
    return [f"{st} {rng.randint(100, 2999)}/{rng.randint(1, 80)}", f"{c[1]} {c[0]}"]


def a_HU():
    c = ch([("Budapest", "1%02d%d" % (rng.randint(1, 23), rng.randint(1, 9))), ("Debrecen", "4025"), ("Szeged", "6720"), ("Pécs", "7621"),
            ("Győr", "9021")])
    st = ch(["Andrássy út", "Váci utca", "Rákóczi út", "Kossuth Lajos utca", "Petőfi tér", "Király utca"])
    num = f"{rng.randint(1, 120)}." + ch(["", f" {ch(['I', 'II', 'III', 'IV'])}. em. {rng.randint(1, 12)}.", f" fsz. {rng.randint(1, 4)}."])
    if chance(0.5):
        return [c[0], f"{st} {num}", c[1]]
    return [f"{c[1]} {c[0]}", f"{st} {num}"]


def a_RO():
    c = ch([("București, Sector " + str(rng.randint(1, 6)), "0%05d" % rng.randint(10000, 62000)), ("Cluj-Napoca", "400%03d" % rng.randint(1, 999)),
            ("Iași", "700%03d" % rng.randint(1, 999)), ("Timișoara", "300%03d" % rng.randint(1, 999)), ("Brașov", "500%03d" % rng.randint(1, 999))])
    st = ch(["Calea Victoriei", "Str. Mihai Eminescu", "Str. Memorandumului", "Bd. Republicii", "Str. Lalelelor", "Aleea Teiului"])
    tail = ch(["", f", bl. {ch(['A2', 'M4', '12B'])}, sc. {rng.randint(1, 4)}, et. {rng.randint(1, 9)}, ap. {rng.randint(1, 80)}",
               f", ap. {rng.randint(1, 40)}"])
    return [f"{st} nr. {rng.randint(1, 150)}{tail}", f"{c[1]} {c[0]}"]


def a_TR():
    c = ch([("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"), ("Çankaya", "Ankara", "066"), ("Konak", "İzmir", "352"),
            ("Nilüfer", "Bursa", "161"), ("Muratpaşa", "Antalya", "070")])
    mah = ch(["Caferağa", "Moda", "Kızılay", "Alsancak", "Bağdat", "Fenerbahçe", "Yıldız"])
    st = ch(["Moda Cad.", "Bahariye Cad.", "Atatürk Blv.", "Kıbrıs Şehitleri Cad.", "Gül Sok.", "Papatya Sok."])
    return [f"{mah} Mah. {st} No: {rng.randint(1, 250)} D: {rng.randint(1, 30)}", f"{c[2]}{rng.randint(10, 99)} {c[0]}/{c[1]}"]


def a_ID():
    c = ch([("Jakarta Selatan", "12%03d" % rng.randint(100, 999)), ("Bandung", "40%03d" % rng.randint(100, 999)),
            ("Surabaya", "60%03d" % rng.randint(100, 999)), ("Yogyakarta", "55%03d" % rng.randint(100, 999)), ("Denpasar", "80%03d" % rng.randint(100, 999))])
    if chance(0.4):
        l1 = f"Perumahan Griya Asri Blok {ch('ABCDE')}{rng.randint(1, 9)} No. {rng.randint(1, 40)}"
    else:
        l1 = f"Jl. {ch(['Sudirman', 'Gatot Subroto', 'Malioboro', 'Diponegoro', 'Sunset Road'])} No. {rng.randint(1, 200)}, RT {rng.randint(1, 15):02d}/RW {rng.randint(1, 12):02d}"
    return [l1, f"Kel. {ch(['Karet', 'Cihapit', 'Sosromenduran', 'Kuta'])}, Kec. {ch(['Setiabudi', 'Bandung Wetan', 'Gedongtengen', 'Kuta'])}",
            f"{c[0]} {c[1]}"]


def a_VN():
    if chance(0.5):
        return [f"Số {rng.randint(1, 99)} ngõ {rng.randint(1, 200)} phố {ch(['Huế', 'Đội Cấn', 'Tràng Thi'])}",
                f"phường {ch(['Ngô Thì Nhậm', 'Cống Vị', 'Hàng Trống'])}, quận {ch(['Hai Bà Trưng', 'Ba Đình', 'Hoàn Kiếm'])}", "Hà Nội"]
    return [f"{rng.randint(1, 300)} {ch(['Nguyễn Huệ', 'Lê Lợi', 'Pasteur', 'Điện Biên Phủ'])}, phường {ch(['Bến Nghé', 'Bến Thành', 'Võ Thị Sáu'])}",
            f"Quận {rng.randint(1, 10)}, TP. Hồ Chí Minh"]


def a_BR():
    c = ch([("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
            ("Salvador", "BA", "40"), ("Recife", "PE", "50")])
    cep = c[2] + digits(5 - len(c[2])) + "-" + digits(3)
    st = ch(["Rua das Flores", "Av. Paulista", "Rua Oscar Freire", "Av. Atlântica", "Rua XV de Novembro", "Travessa São José"])
    compl = ch(["", f", apto {rng.randint(11, 184)}", f", bloco B, ap. {rng.randint(101, 1204)}", ", casa 2", f", sala {rng.randint(1, 30)}"])
    bairro = ch(["Jardim Paulista", "Copacabana", "Savassi", "Centro", "Boa Viagem", "Barra"])
    if chance(0.5):
        return [f"{st}, {rng.randint(1, 3000)}{compl}", bairro, f"{c[0]} - {c[1]}", f"CEP {cep}"]
    return [f"{st}, {rng.randint(1, 3000)}{compl} - {bairro}", f"{c[0]} - {c[1]}, {cep}"]


def a_MX():
    c = ch([("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"), ("Puebla", "Pue.", "72"),
            ("Mérida", "Yuc.", "97")])
    cp = c[2] + digits(5 - len(c[2]))
    st = ch(["Av. Insurgentes Sur", "Calle Madero", "Av. Chapultepec", "Calle 60", "Blvd. Díaz Ordaz"])
    return [f"{st} {rng.randint(1, 2000)}{ch(['', ', Int. ' + str(rng.randint(1, 20)), ' Depto. ' + str(rng.randint(101, 804))])}",
            f"Col. {ch(['Roma Norte', 'Centro', 'Del Valle', 'Americana', 'San Pedro Garza García'])}",
            f"{cp} {c[0]}, {c[1]}"]


def a_CO():
    return [f"Calle {rng.randint(10, 140)} # {rng.randint(1, 90)}-{rng.randint(1, 99)}, Apto {rng.randint(101, 1204)}",
            ch(["Bogotá, D.C.", "Medellín, Antioquia", "Cali, Valle del Cauca"])]


def a_JP():
    if chance(0.4):
        return [f"〒{rng.randint(100, 199)}-{rng.randint(0, 9999):04d} 東京都{ch(['渋谷区渋谷', '世田谷区太子堂', '港区六本木'])}{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {ch(['さくらハイツ', 'メゾン青葉'])}{rng.randint(101, 505)}"]
    w = ch([("Shibuya", "Shibuya-ku", "Tokyo", "150"), ("Taishido", "Setagaya-ku", "Tokyo", "154"), ("Umeda", "Kita-ku", "Osaka", "530"),
            ("Nishiki", "Nakagyo-ku", "Kyoto", "604")])
    return [f"{ch(['Room', 'Apt.'])} {rng.randint(101, 905)}, {ch(['Sakura Heights', 'Maison Aoba', 'Park Court'])}",
            f"{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {w[0]}", f"{w[1]}, {w[2]} {w[3]}-{rng.randint(0, 9999):04d}"]


def a_KR():
    if chance(0.4):
        return [f"서울특별시 {ch(['강남구 테헤란로', '마포구 양화로', '종로구 세종대로'])} {rng.randint(1, 300)}, {rng.randint(2, 20)}층 ({rng.randint(1000, 9999):05d})"]
    return [f"{rng.randint(2, 20)}F, {rng.randint(1, 300)} {ch(['Teheran-ro', 'Yanghwa-ro', 'Haeundaehaebyeon-ro'])}",
            f"{ch(['Gangnam-gu, Seoul', 'Mapo-gu, Seoul', 'Haeundae-gu, Busan'])} {rng.randint(1000, 9999):05d}"]


def a_CN():
    if chance(0.4):
        return [f"{ch(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '广州市天河区天河路'])}{rng.randint(1, 300)}号{rng.randint(1, 9)}号楼{rng.randint(101, 2505)}室"]
    return [f"Room {rng.randint(101, 2505)}, Building {rng.randint(1, 9)}", f"{rng.randint(1, 300)} {ch(['Jianguo Road, Chaoyang District', 'Century Avenue, Pudong New Area', 'Tianhe Road, Tianhe District'])}",
            f"{ch(['Beijing 100022', 'Shanghai 200120', 'Guangzhou 510620'])}"]


def a_IN():
    c = ch([("Bengaluru, Karnataka", "5600"), ("Mumbai, Maharashtra", "4000"), ("Pune", "4110"), ("Chennai, Tamil Nadu", "6000"),
            ("New Delhi", "1100"), ("Hyderabad, Telangana", "5000")])
    lines = [f"Flat {rng.randint(101, 1204)}, {ch(['Sai Krupa Apartments', 'Prestige Lakeside', 'Shanti Niketan CHS', 'Green Glen Layout'])}",
             f"{ch(['14th Cross, Indiranagar', 'Linking Road, Bandra West', 'FC Road, Shivajinagar', 'Besant Nagar 2nd Avenue', 'Hauz Khas Enclave', 'Road No. 12, Banjara Hills'])}"]
    if chance(0.35):
        lines.append(ch(["Near Shiv Mandir", "Opp. City Centre Mall", "Behind Axis Bank ATM"]))
    lines.append(f"{c[0]} {c[1]}{rng.randint(1, 99):02d}")
    return lines


def a_AU():
    c = ch([("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Sydney", "NSW", "2000"), ("Brisbane City", "QLD", "4000"),
            ("Fremantle", "WA", "6160"), ("Hobart", "TAS", "7000"), ("Glenelg", "SA", "5045")])
    r = rng.random()
    if r < 0.15:
        return [f"PO Box {rng.randint(10, 3000)}", f"{c[0]} {c[1]} {c[2]}"]
    if r < 0.22:
        return [f"RMB {rng.randint(100, 999)}", f"Bega NSW 2550"]
    st = ch(["Smith Street", "King Street", "Queen St", "Marine Parade", "Elizabeth Street", "Oxford Street"])
    l1 = ch([f"Unit {rng.randint(1, 20)}/{rng.randint(1, 300)} {st}", f"{rng.randint(1, 300)} {st}", f"Level {rng.randint(2, 30)}, {rng.randint(1, 300)} {st}"])
    return [l1, f"{c[0].upper() if chance(0.4) else c[0]} {c[1]} {c[2]}"]


def a_NZ():
    if chance(0.4):
        return [f"{rng.randint(10, 900)} {ch(['Kaipara Coast Highway', 'Te Matai Road', 'Ohaupo Road'])}", f"RD {rng.randint(1, 9)}",
                ch(["Helensville 0875", "Te Puke 3182", "Te Awamutu 3800"])]
    return [f"{ch(['Flat 2, ', '', ''])}{rng.randint(1, 200)} {ch(['Ponsonby Road', 'Cuba Street', 'The Strand', 'Fenton Street'])}",
            ch(["Ponsonby", "Te Aro", "Whakatāne", "Rotorua"]), ch(["Auckland 1011", "Wellington 6011", "Whakatāne 3120", "Rotorua 3010"])]


def a_NG():
    return ch([[f"Plot {rng.randint(1, 90)}, Admiralty Way", "Lekki Phase 1", "Lagos 106104"],
               [f"{rng.randint(1, 60)} Aminu Kano Crescent", "Wuse II", "Abuja 900288"],
               [f"{rng.randint(1, 60)} Awolowo Road", "Ikoyi", "Lagos"],
               [f"Flat {rng.randint(1, 12)}, Block {ch('ABCD')}, Gwarinpa Estate", "Abuja, FCT"]])


def a_ZA():
    return ch([[f"{rng.randint(1, 200)} Long Street", "Cape Town City Centre", "Cape Town", "8001"],
               [f"{rng.randint(1, 200)} Rivonia Road", "Sandhurst", "Sandton", "2196"],
               [f"{rng.randint(1, 40)} Florida Road", "Morningside", "Durban", "4001"]])


def a_AE():
    return ch([["PO Box " + str(rng.randint(1000, 99999)), "Dubai", "United Arab Emirates"],
               [f"Villa {rng.randint(1, 90)}, Street {rng.randint(1, 40)}", "Al Barsha 2", "Dubai"],
               [f"Apt {rng.randint(101, 4805)}, Marina Heights Tower", "Dubai Marina, Dubai"]])


def a_SG():
    return ch([[f"Blk {rng.randint(100, 699)} Ang Mo Kio Ave {rng.randint(1, 10)}", f"#{rng.randint(2, 20):02d}-{rng.randint(1, 999):03d}", f"Singapore 56{rng.randint(0, 9999):04d}"],
               [f"{rng.randint(1, 80)} Tanjong Pagar Road", f"#{rng.randint(2, 9):02d}-{rng.randint(1, 20):02d}", f"Singapore 0{rng.randint(80000, 89999)}"]])


def a_MY():
    return [f"No. {rng.randint(1, 90)}, Jalan SS {rng.randint(1, 25)}/{rng.randint(1, 40)}", f"47300 Petaling Jaya", "Selangor"]


def a_IS():
    return ch([[f"Laugavegur {rng.randint(1, 180)}", "101 Reykjavík"], [f"Hafnarstræti {rng.randint(1, 110)}", "600 Akureyri"],
               [f"Austurvegur {rng.randint(1, 60)}", "800 Selfoss"]])


ADDR_FUN = {k[2:]: v for k, v in globals().items() if k.startswith("a_") and callable(v)}
COUNTRY = {  # cc: (English, local)
    "US": ("USA", "United States"), "CA": ("Canada", "Canada"), "GB": ("United Kingdom", "United Kingdom"),
    "IE": ("Ireland", "Éire"), "DE": ("Germany", "Deutschland"), "AT": ("Austria", "Österreich"),
    "CH": ("Switzerland", "Schweiz"), "FR": ("France", "France"), "BE": ("Belgium", "Belgique"),
    "NL": ("Netherlands", "Nederland"), "ES": ("Spain", "España"), "PT": ("Portugal", "Portugal"),
    "IT": ("Italy", "Italia"), "PL": ("Poland", "Polska"), "SE": ("Sweden", "Sverige"), "DK": ("Denmark", "Danmark"),
    "NO": ("Norway", "Norge"), "FI": ("Finland", "Suomi"), "CZ": ("Czech Republic", "Česká republika"),
    "HU": ("Hungary", "Magyarország"), "RO": ("Romania", "România"), "TR": ("Turkey", "Türkiye"),
    "ID": ("Indonesia", "Indonesia"), "VN": ("Vietnam", "Việt Nam"), "BR": ("Brazil", "Brasil"), "MX": ("Mexico", "México"),
    "CO": ("Colombia", "Colombia"), "JP": ("Japan", "日本"), "KR": ("South Korea", "대한민국"), "CN": ("China", "中国"),
    "IN": ("India", "India"), "AU": ("Australia", "Australia"), "NZ": ("New Zealand", "Aotearoa New Zealand"),
    "NG": ("Nigeria", "Nigeria"), "ZA": ("South Africa", "South Africa"), "AE": ("UAE", "United Arab Emirates"),
    "SG": ("Singapore", "Singapore"), "MY": ("Malaysia", "Malaysia"), "IS": ("Iceland", "Ísland"),
}
LANG_CC = {"en": ["US", "US", "GB", "GB", "IE", "CA", "AU", "NZ", "IN", "NG", "ZA", "SG", "AE", "MY"],
           "es": ["ES", "ES", "MX", "CO"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CA"],
           "pt": ["PT", "BR", "BR"], "it": ["IT"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "tr": ["TR"],
           "id": ["ID"], "vi": ["VN"], "ro": ["RO"], "cs": ["CZ"], "da": ["DK"], "hu": ["HU"], "fi": ["FI"], "no": ["NO"]}
ALL_CC = sorted(ADDR_FUN)


def cc_for(lang="en", world=0.3):
    if lang == "en" and chance(world):
        return ch(ALL_CC)
    return ch(LANG_CC.get(lang, ["US"]))


def address(cc=None, lang="en", multiline=None, country=None):
    cc = cc or cc_for(lang)
    lines = list(ADDR_FUN[cc]())
    if country is None:
        country = chance(0.25)
    if country and cc not in ("AE",) and not (len(lines) == 1 and cc in ("JP", "KR", "CN")):
        nm = COUNTRY[cc][1] if lang != "en" else COUNTRY[cc][0]
        lines.append(nm.upper() if chance(0.5) else nm)
    if multiline is None:
        multiline = chance(0.45)
    return ("\n" if multiline else ", ").join(lines)


# ---------------------------------------------------------------- locations (standalone mentions)
CITIES = {
    "en": ["Denver", "Leeds", "Manchester", "Austin", "Toronto", "Melbourne", "Auckland", "Dublin", "Lagos", "Mumbai", "Pune",
           "Singapore", "Cape Town", "Brooklyn", "Honolulu", "Galway", "Edinburgh", "Nairobi", "Kuala Lumpur", "Seoul",
           "Hanoi", "Reykjavík", "Rotorua", "Chicago", "Phoenix"],
    "es": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Guadalajara", "Monterrey", "Bogotá", "Medellín", "Buenos Aires", "Málaga"],
    "de": ["Berlin", "München", "Hamburg", "Köln", "Wien", "Zürich", "Leipzig", "Graz", "Dresden", "Bremen"],
    "fr": ["Lyon", "Marseille", "Bordeaux", "Lille", "Nantes", "Bruxelles", "Genève", "Montréal", "Toulouse"],
    "pt": ["Lisboa", "Porto", "São Paulo", "Recife", "Curitiba", "Belo Horizonte", "Coimbra", "Salvador"],
    "it": ["Milano", "Torino", "Napoli", "Bologna", "Firenze", "Bari", "Palermo", "Verona"],
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Groningen", "Eindhoven", "Antwerpen", "Gent", "Zwolle"],
    "pl": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin"],
    "sv": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Kiruna"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir", "Trabzon"],
    "id": ["Jakarta", "Bandung", "Surabaya", "Yogyakarta", "Denpasar", "Medan", "Makassar"],
    "vi": ["Hà Nội", "Đà Nẵng", "Huế", "Hội An", "Cần Thơ", "TP. Hồ Chí Minh", "Hải Phòng"],
    "ro": ["București", "Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța", "Sibiu"],
    "cs": ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"],
    "da": ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Roskilde"],
    "hu": ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"],
}
REGIONS = ["Bavaria", "Andalusia", "Provence", "Tuscany", "Catalonia", "the Algarve", "Jutland", "Silesia", "Transylvania",
           "Cappadocia", "Bali", "the Mekong Delta", "Texas", "Ontario", "Queensland", "Kerala", "the Scottish Highlands",
           "County Kerry", "Yorkshire", "Patagonia", "Hokkaido", "Brittany"]
COUNTRIES_EN = ["Spain", "Portugal", "Germany", "France", "Italy", "the Netherlands", "Poland", "Sweden", "Turkey", "Indonesia",
                "Vietnam", "Romania", "Mexico", "Brazil", "Canada", "Australia", "New Zealand", "Nigeria", "India", "Japan",
                "South Korea", "Ireland", "the UK", "the US", "Denmark", "Czechia", "Hungary", "Iceland"]


def LOCP(x):
    """location value; a leading English article stays outside the span"""
    if x.startswith("the "):
        return ["the ", LOC(x[4:])]
    return LOC(x)


def city(lang="en"):
    return ch(CITIES.get(lang, CITIES["en"]))


def place_en():
    r = rng.random()
    if r < 0.5:
        return city("en") if chance(0.5) else city(ch(list(CITIES)))
    if r < 0.75:
        return ch(COUNTRIES_EN)
    return ch(REGIONS)


# ---------------------------------------------------------------- phones
PHONE_FMT = {  # cc: (national formats, international formats)
    "US": (["(NXX) NXX-XXXX", "NXX-NXX-XXXX", "NXX.NXX.XXXX", "NXX 555 01XX"], ["+1 NXX-NXX-XXXX", "+1 (NXX) NXX-XXXX", "+1 NXX NXX XXXX", "+1.NXX.NXX.XXXX"]),
    "CA": (["(NXX) NXX-XXXX", "NXX-NXX-XXXX"], ["+1 NXX NXX XXXX", "+1-NXX-NXX-XXXX"]),
    "GB": (["020 7946 0XXX", "07XXX XXXXXX", "0161 XXX XXXX", "(0113) XXX XXXX", "01632 960XXX"], ["+44 20 7946 0XXX", "+44 7XXX XXXXXX", "+44 (0)161 XXX XXXX", "+447XXXXXXXXX"]),
    "IE": (["08X XXX XXXX", "(01) XXX XXXX"], ["+353 8X XXX XXXX", "+353 1 XXX XXXX"]),
    "DE": (["030 XXXXXXXX", "0151 XXXXXXXX", "(089) XXX XXX-XX", "0221 / XX XX XX", "040-XXXXXXX"], ["+49 30 XXXXXXXX", "+49 (0)89 XXXXXX-XX", "+49 151 XXXX XXXX", "0049 40 XXXXXXX"]),
    "AT": (["0664 XXXXXXX", "01 XXX XX XX"], ["+43 664 XXXXXXX", "+43 1 XXXXXXX"]),
    "CH": (["044 XXX XX XX", "079 XXX XX XX"], ["+41 44 XXX XX XX", "+41 79 XXX XX XX"]),
    "FR": (["06 XX XX XX XX", "01 XX XX XX XX", "04.XX.XX.XX.XX", "07 XX XX XX XX"], ["+33 6 XX XX XX XX", "+33 (0)1 XX XX XX XX", "+33 4 XX XX XX XX"]),
    "BE": (["04XX XX XX XX", "02 XXX XX XX"], ["+32 4XX XX XX XX", "+32 2 XXX XX XX"]),
    "NL": (["06-XXXXXXXX", "020-XXX XXXX", "010 XXX XX XX"], ["+31 6 XXXX XXXX", "+31 (0)20 XXX XXXX", "+31 6-XXXXXXXX"]),
    "ES": (["6XX XXX XXX", "91 XXX XX XX", "6XX XX XX XX"], ["+34 6XX XX XX XX", "+34 91X XXX XXX", "0034 6XX XXX XXX"]),
    "PT": (["9XX XXX XXX", "21X XXX XXX"], ["+351 9XX XXX XXX", "+351 21X XXX XXX"]),
    "IT": (["3XX XXX XXXX", "02 XXXX XXXX", "06 XXXXXXXX", "3XX/XXXXXXX"], ["+39 3XX XXX XXXX", "+39 02 XXXX XXXX", "0039 06 XXXX XXXX"]),
    "PL": (["5XX XXX XXX", "22 XXX XX XX", "6XX-XXX-XXX"], ["+48 5XX XXX XXX", "+48 22 XXX XX XX", "+48 6XXXXXXXX"]),
    "SE": (["07X-XXX XX XX", "08-XXX XXX XX", "031-XX XX XX"], ["+46 7X XXX XX XX", "+46 8 XXX XXX XX"]),
    "DK": (["XX XX XX XX"], ["+45 XX XX XX XX", "+45 XXXXXXXX"]),
    "NO": (["9XX XX XXX", "4XX XX XXX"], ["+47 9XX XX XXX", "+47 22 XX XX XX"]),
    "FI": (["04X XXX XXXX", "09 XXXX XXXX"], ["+358 4X XXX XXXX", "+358 9 XXXX XXXX"]),
    "CZ": (["6XX XXX XXX", "7XX XXX XXX", "2XX XXX XXX"], ["+420 6XX XXX XXX", "+420 2XX XXX XXX"]),
    "HU": (["06 30 XXX XXXX", "06 1 XXX XXXX", "06-20/XXX-XXXX"], ["+36 30 XXX XXXX", "+36 1 XXX XXXX", "+36-70-XXX-XXXX"]),
    "RO": (["07XX XXX XXX", "021 XXX XX XX", "07XX.XXX.XXX"], ["+40 7XX XXX XXX", "+40 21 XXX XXXX", "0040 7XX XXX XXX"]),
    "TR": (["0 (5XX) XXX XX XX", "05XX XXX XX XX", "0212 XXX XX XX"], ["+90 5XX XXX XX XX", "+90 (212) XXX XX XX", "+905XXXXXXXXX"]),
    "ID": (["08XX-XXXX-XXXX", "(021) XXXX XXXX", "08XX XXXX XXXX"], ["+62 8XX-XXXX-XXXX", "+62 21 XXXX XXXX", "+628XXXXXXXXXX"]),
    "VN": (["09X XXX XX XX", "028 XXXX XXXX", "09XX.XXX.XXX"], ["+84 9X XXX XX XX", "+84 28 XXXX XXXX"]),
    "BR": (["(11) 9XXXX-XXXX", "(21) XXXX-XXXX", "(31) 9 XXXX-XXXX"], ["+55 11 9XXXX-XXXX", "+55 (21) 9XXXX-XXXX", "+55 81 9XXXX XXXX"]),
    "MX": (["55 XXXX XXXX", "(33) XXXX-XXXX", "81-XXXX-XXXX"], ["+52 55 XXXX XXXX", "+52 1 55 XXXX XXXX", "+52 (81) XXXX-XXXX"]),
    "CO": (["3XX XXX XXXX", "(601) XXX XXXX"], ["+57 3XX XXX XXXX", "+57 601 XXX XXXX"]),
    "IN": (["9XXXX XXXXX", "080-XXXX XXXX", "0XXXXXXXXXX"], ["+91 9XXXX XXXXX", "+91-80-XXXX-XXXX", "+91 22 XXXX XXXX"]),
    "JP": (["03-XXXX-XXXX", "090-XXXX-XXXX", "06-XXXX-XXXX"], ["+81 3-XXXX-XXXX", "+81 90-XXXX-XXXX", "+81 (0)6 XXXX XXXX"]),
    "KR": (["010-XXXX-XXXX", "02-XXX-XXXX"], ["+82 10-XXXX-XXXX", "+82 2-XXX-XXXX"]),
    "CN": (["13X XXXX XXXX", "010-XXXX XXXX", "18XXXXXXXXX"], ["+86 13X XXXX XXXX", "+86 10 XXXX XXXX", "+86-18X-XXXX-XXXX"]),
    "AU": (["04XX XXX XXX", "(02) XXXX XXXX", "03 XXXX XXXX"], ["+61 4XX XXX XXX", "+61 2 XXXX XXXX", "+61 (0)3 XXXX XXXX"]),
    "NZ": (["021 XXX XXXX", "(09) XXX XXXX", "027 XXX XXXX"], ["+64 21 XXX XXXX", "+64 9 XXX XXXX"]),
    "NG": (["080X XXX XXXX", "0803 XXX XXXX", "0909-XXX-XXXX"], ["+234 80X XXX XXXX", "+234 (0)803 XXX XXXX", "+2348XXXXXXXXX"]),
    "ZA": (["0XX XXX XXXX", "082 XXX XXXX"], ["+27 82 XXX XXXX", "+27 21 XXX XXXX"]),
    "AE": (["05X XXX XXXX", "04 XXX XXXX"], ["+971 5X XXX XXXX", "+971 4 XXX XXXX"]),
    "SG": (["9XXX XXXX", "6XXX XXXX"], ["+65 9XXX XXXX", "+65 6XXX XXXX"]),
    "MY": (["01X-XXX XXXX", "03-XXXX XXXX"], ["+60 1X-XXX XXXX", "+60 3-XXXX XXXX"]),
    "IS": (["XXX XXXX"], ["+354 XXX XXXX"]),
}
EXT_WORD = {"en": [" ext. ", " x", " ext ", " extension ", " (ext. "], "de": [" App. ", "-", " Durchwahl "], "fr": [" poste "],
            "es": [" ext. ", " int. "], "it": [" int. "], "pt": [" ramal "], "nl": [" toestel "], "pl": [" wew. "],
            "sv": [" ankn. "], "tr": [" dahili "], "cs": [" linka "], "da": [" lokal "], "ro": [" int. "], "id": [" ext. "],
            "vi": [" máy lẻ "], "hu": [" mellék "]}


def phone(cc=None, lang="en", intl=None, ext=None):
    cc = cc or cc_for(lang, 0.35)
    nat, itl = PHONE_FMT[cc]
    if intl is None:
        intl = chance(0.5)
    s = fill(ch(itl if intl else nat))
    if ext is None:
        ext = chance(0.08)
    if ext:
        w = ch(EXT_WORD.get(lang, EXT_WORD["en"]))
        n = str(rng.randint(2, 4999))
        s += w + n + (")" if w.endswith("(ext. ") else "")
    return s


VANITY_WORDS = ["GO-SMILE", "PET-CARE", "NEW-SOFA", "CALL-KIM", "BUY-TILE", "FIX-ROOF", "MY-BIKES", "GET-GLOW"]


def vanity():
    return ch(["1-800-", "1-888-", "1-877-", "1 (866) ", "0800 "]) + ch(VANITY_WORDS)


DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(num):
    """spell a digit string the way an agent would read it out"""
    ds = [c for c in num if c.isdigit()]
    out, i = [], 0
    while i < len(ds):
        if i + 1 < len(ds) and ds[i] == ds[i + 1] and chance(0.6):
            out.append("double " + ("oh" if ds[i] == "0" else DW[int(ds[i])]))
            i += 2
            continue
        out.append(("oh" if chance(0.7) else "zero") if ds[i] == "0" else DW[int(ds[i])])
        i += 1
    return " ".join(out)


# ---------------------------------------------------------------- hard negatives (never labelled)
def neg_order():
    return ch([f"#{digits(3)}-{digits(7)}-{digits(7)}", f"ORD-{rng.randint(2021, 2025)}-{digits(3)}-{digits(4)}",
               f"{digits(4)} {digits(4)} {digits(4)}", f"#{digits(6)}", f"{digits(3)}-{digits(3)}-{digits(4)}",
               f"WEB-{digits(8)}", f"{digits(2)} {digits(4)} {digits(4)}"])


def neg_invoice():
    return ch([f"INV-{rng.randint(2022, 2025)}-{digits(5)}", f"RE-{digits(2)}-{digits(5)}", f"FA-{rng.randint(2022, 2025)}/{digits(4)}",
               f"F{digits(9)}", f"{digits(4)}/{rng.randint(2023, 2025)}"])


def neg_sku():
    return ch([f"SKU {digits(4)}-{digits(4)}-{digits(2)}", f"Art.-Nr. {digits(7)} {digits(5)}", f"item {digits(3)}.{digits(3)}.{digits(2)}",
               f"EAN {digits(13)}", f"ref. {ch('ABCDEFGH')}{digits(3)}-{digits(4)}"])


def neg_tracking():
    return ch([f"1Z {ch('ABCDEFGHJK')}{digits(2)} {ch('ABCDEF')}{digits(2)} {digits(2)} {digits(4)} {digits(4)}",
               f"JD{digits(18)}", f"RR {digits(3)} {digits(3)} {digits(3)} {ch(['DE', 'GB', 'NL', 'FR'])}",
               f"{digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}", f"CP{digits(9)}BR", f"LX{digits(9)}PT"])


def neg_model():
    return ch([f"KX-TG{digits(4)}", f"WM-{rng.randint(6, 9)}N {digits(3)}", f"SM-G{digits(3)}B", f"HD-{digits(3)}-{digits(4)}",
               f"model {digits(3)}-{digits(3)}-{digits(2)}", f"XR{digits(2)}-{digits(4)}", f"TX-{digits(4)}/{digits(2)}"])


def neg_serial():
    return ch([f"SN {digits(1)}CG{digits(4)}{ch('XYZ')}{ch('KLM')}", f"S/N {digits(4)}-{digits(4)}-{digits(4)}", f"Serial: {digits(12)}"])


def neg_case():
    return ch([f"Case #{digits(8)}", f"Ticket {digits(4)}-{digits(3)}-{digits(2)}", f"RMA-{digits(6)}", f"claim no. {digits(3)} {digits(3)} {digits(3)}"])


def neg_date():
    return ch([f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2023, 2025)}", f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(23, 25)}", f"{rng.randint(1, 28)} {ch(['Mar', 'Apr', 'Sept', 'Nov'])} {rng.randint(2023, 2025)}"])


def neg_time():
    return ch([f"{rng.randint(7, 20)}:{ch(['00', '15', '30', '45'])}", f"{rng.randint(1, 12)}:{ch(['00', '30'])} {ch(['am', 'pm'])}", f"{rng.randint(8, 20)}h{ch(['00', '30'])}"])


def neg_price(lang="en"):
    return ch({"en": [f"${rng.randint(5, 999)}.{rng.randint(0, 99):02d}", f"£{rng.randint(5, 999)}", f"USD {rng.randint(1, 9)},{digits(3)}.00"],
               "de": [f"{rng.randint(5, 999)},{rng.randint(0, 99):02d} €", f"€ {rng.randint(1, 9)}.{digits(3)},00", f"CHF {rng.randint(10, 999)}.–"],
               "pt": [f"R$ {rng.randint(1, 9)}.{digits(3)},{digits(2)}"], "pl": [f"{rng.randint(10, 999)},{digits(2)} zł"],
               "tr": [f"{rng.randint(1, 9)}.{digits(3)} TL"]}.get(lang, [f"{rng.randint(5, 999)},{rng.randint(0, 99):02d} €", f"€{rng.randint(5, 999)}"]))


def neg_version():
    return ch([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"firmware {rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(10, 250)}",
               f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"build {rng.randint(10, 24)}.{rng.randint(1, 12)}.{rng.randint(100, 999)}.{rng.randint(1, 99)}",
               f"app version {rng.randint(3, 9)}.{rng.randint(10, 80)}.{rng.randint(0, 9)}"])


def neg_qty():
    return ch([f"{rng.randint(2, 6)} x {ch(['500 ml', '250 g', '1 kg', '75 cl'])}", f"{rng.randint(2, 40)} pcs", f"qty {rng.randint(2, 12)}",
               f"{rng.randint(2, 9)} x {rng.randint(10, 99)} cm"])


def neg_any(lang="en"):
    f = ch([neg_order, neg_invoice, neg_sku, neg_tracking, neg_model, neg_serial, neg_case, neg_date, neg_version, neg_qty])
    return f()


BRANDS = ["Dr. Martens", "Ben & Jerry's", "Tommy Hilfiger", "Ted Baker", "Hugo Boss", "Calvin Klein", "Ralph Lauren", "Mrs. Meyer's",
          "Uncle Ben's", "Paul Smith", "Kate Spade", "Jack Daniel's", "Victoria's Secret", "Marks & Spencer", "Aunt Jemima"]
CHARACTERS = ["Captain Nova", "Mister Whiskers", "Princess Pip", "Barnaby Bear", "Luna Sparkle", "Sir Crumbsalot", "Professor Fizz"]


# ---------------------------------------------------------------- titles
TITLES = {"en": {"m": ["Mr", "Mr.", "Dr", "Dr."], "f": ["Ms", "Mrs", "Ms.", "Dr.", "Miss"]},
          "de": {"m": ["Herr", "Herrn", "Dr."], "f": ["Frau", "Dr."]},
          "fr": {"m": ["M.", "Monsieur", "Dr"], "f": ["Mme", "Madame", "Me"]},
          "es": {"m": ["Sr.", "D.", "Dr."], "f": ["Sra.", "Dña.", "Dra."]},
          "it": {"m": ["Sig.", "Dott.", "Ing."], "f": ["Sig.ra", "Dott.ssa"]},
          "pt": {"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra."]},
          "nl": {"m": ["dhr.", "de heer"], "f": ["mevr.", "mevrouw"]},
          "pl": {"m": ["Pan"], "f": ["Pani"]}, "sv": {"m": [""], "f": [""]}, "da": {"m": ["hr."], "f": ["fru"]},
          "tr": {"m": ["Sayın"], "f": ["Sayın"]}, "id": {"m": ["Bapak", "Pak"], "f": ["Ibu", "Bu"]},
          "vi": {"m": ["anh", "ông"], "f": ["chị", "bà"]}, "ro": {"m": ["dl."], "f": ["dna."]}, "cs": {"m": ["pan"], "f": ["paní"]},
          "hu": {"m": [""], "f": [""]}, "fi": {"m": [""], "f": [""]}}


def title(lang, p):
    g = p.g if p.g in "mf" else ch("mf")
    return ch(TITLES.get(lang, TITLES["en"])[g])


def tname(lang, p, form="last"):
    """title (literal) + name (span); returns a list for R()"""
    t = title(lang, p)
    nm = p.last if form == "last" else p.full()
    return ([t + " "] if t else []) + [PER(nm)]


def nvar(p, weights=None):
    """a name variant as a PERSON value"""
    forms = ["full"] * 6 + ["first"] * 2 + ["initials", "comma", "upper", "short"]
    f = ch(forms)
    if f == "full":
        return PER(p.full())
    if f == "first":
        return PER(p.first)
    if f == "initials":
        return PER(p.initials())
    if f == "comma":
        return PER(p.comma(chance(0.6)))
    if f == "upper":
        return PER(p.full().upper())
    return PER(p.short())


def ml_addr(cc=None, lang="en", country=None):
    return address(cc, lang, True, country)


def ol_addr(cc=None, lang="en", country=None):
    return address(cc, lang, False, country)


# ================================================================ text kinds
def k_formal_letter(lang):
    b = B()
    sender = person(lang)
    rcp = person(lang)
    col = person(lang, 0.2)
    scc, rcc = cc_for(lang, 0.1), cc_for(lang, 0.3)
    company = ch(["Kora Cosmetics", "Nordlicht Design", "Casa Verde", "Veloce Bikes", "Groenhuis", "Lumen Studio", "Tidewater"])
    ord_, dat, price = neg_order(), neg_date(), neg_price(lang)
    dcity = city(lang) if lang in CITIES else city("en")
    if chance(0.5):
        R(b, "{c}\n{sa}\n", c=company + ch([" GmbH", " Ltd", " S.L.", " B.V.", " S.r.l.", " SAS", ""]), sa=ADR(ml_addr(scc, lang, False)))
    else:
        R(b, "{s}\n{sa}\n", s=PER(sender), sa=ADR(ml_addr(scc, lang, False)))
    R(b, {"de": "Tel.: {ph} · E-Mail: {em}\n\n", "fr": "Tél. : {ph} – Courriel : {em}\n\n", "es": "Tel.: {ph} · Correo: {em}\n\n",
          "it": "Tel. {ph} – e-mail {em}\n\n", "nl": "Tel. {ph} | e-mail {em}\n\n", "pl": "tel. {ph}, e-mail: {em}\n\n"}.get(lang, "Tel: {ph} | Email: {em}\n\n"),
      ph=PHN(phone(scc, lang)), em=EML(email(None, lang)))
    R(b, "{t}\n{ra}\n\n", t=tname(lang, rcp, "full"), ra=ADR(ml_addr(rcc, lang)))
    R(b, "{dc}, {d}\n\n", dc=LOC(dcity), d=dat)
    T = {
        "en": ("Re: Your complaint, order {o}\n\nDear {sal},\n\nThank you for your letter of {d} regarding order {o}. My colleague {col} has reviewed the case and we will refund {pr} to your original payment method. "
               "If you have any questions, please call {cf} directly on {cph}.\n\nYours sincerely,\n\n{sig}\nCustomer Care"),
        "de": ("Betreff: Ihre Reklamation zur Bestellung {o}\n\nSehr geehrte/r {sal},\n\nvielen Dank für Ihr Schreiben vom {d}. Unsere Kollegin {col} hat den Vorgang geprüft; wir erstatten Ihnen {pr}. "
               "Bei Rückfragen erreichen Sie {cf} direkt unter {cph}.\n\nMit freundlichen Grüßen\n\n{sig}\nKundenservice"),
        "fr": ("Objet : votre réclamation – commande {o}\n\n{sal},\n\nNous accusons réception de votre courrier du {d}. Notre conseillère {col} a examiné votre dossier et nous procéderons au remboursement de {pr}. "
               "Pour toute question, vous pouvez joindre {cf} au {cph}.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n{sig}\nService clients"),
        "es": ("Asunto: Su reclamación – pedido {o}\n\nEstimado/a {sal}:\n\nLe agradecemos su carta del {d}. Nuestro compañero {col} ha revisado el caso y le reembolsaremos {pr}. "
               "Para cualquier consulta puede llamar a {cf} al {cph}.\n\nAtentamente,\n\n{sig}\nAtención al cliente"),
        "it": ("Oggetto: Sua segnalazione – ordine n. {o}\n\nGentile {sal},\n\nLa ringraziamo per la Sua lettera del {d}. Il collega {col} ha verificato la pratica e provvederemo al rimborso di {pr}. "
               "Per qualsiasi chiarimento può contattare {cf} al numero {cph}.\n\nDistinti saluti,\n\n{sig}\nServizio clienti"),
        "nl": ("Betreft: uw klacht over bestelling {o}\n\nGeachte {sal},\n\nHartelijk dank voor uw brief van {d}. Mijn collega {col} heeft uw dossier bekeken en wij storten {pr} terug. "
               "Heeft u nog vragen, bel dan {cf} op {cph}.\n\nMet vriendelijke groet,\n\n{sig}\nKlantenservice"),
        "pl": ("Dotyczy: reklamacja zamówienia nr {o}\n\n{sal},\n\ndziękujemy za list z dnia {d}. Sprawę przeanalizował nasz konsultant {col}; zwrócimy kwotę {pr}. "
               "W razie pytań prosimy o kontakt pod numerem {cph} (osoba kontaktowa: {cf}).\n\nZ poważaniem\n\n{sig}\nDział obsługi klienta"),
    }
    sal = {"fr": ["Madame " if rcp.g == "f" else "Monsieur ", PER(rcp.last)], "pl": ["Szanowna Pani " if rcp.g == "f" else "Szanowny Panie ", PER(rcp.last)]}.get(lang, tname(lang, rcp))
    R(b, T[lang], o=ord_, d=dat, sal=sal, col=PER(col), cf=PER(col.first), cph=PHN(phone(scc, lang, ext=chance(0.3))), pr=price,
      sig=PER(sender) if chance(0.7) else PER(sender.initials()))
    return b


FORM_LBL = {
    "en": ("Name", "Tel", "Addr", "Email", "Comments", "City"), "es": ("Nombre", "Teléfono", "Dirección", "Correo", "Mensaje", "Ciudad"),
    "de": ("Name", "Telefon", "Anschrift", "E-Mail", "Nachricht", "Ort"), "fr": ("Nom", "Tél.", "Adresse", "Courriel", "Message", "Ville"),
    "pt": ("Nome", "Telefone", "Endereço", "E-mail", "Mensagem", "Cidade"), "it": ("Nome e cognome", "Tel.", "Indirizzo", "Email", "Messaggio", "Città"),
    "nl": ("Naam", "Telefoon", "Adres", "E-mail", "Bericht", "Woonplaats"), "pl": ("Imię i nazwisko", "Telefon", "Adres", "E-mail", "Wiadomość", "Miasto"),
    "sv": ("Namn", "Telefon", "Adress", "E-post", "Meddelande", "Ort"), "tr": ("Ad Soyad", "Telefon", "Adres", "E-posta", "Mesaj", "Şehir"),
    "id": ("Nama", "No. HP", "Alamat", "Email", "Pesan", "Kota"), "vi": ("Họ tên", "SĐT", "Địa chỉ", "Email", "Lời nhắn", "Thành phố"),
    "ro": ("Nume", "Telefon", "Adresă", "E-mail", "Mesaj", "Oraș"), "cs": ("Jméno", "Telefon", "Adresa", "E-mail", "Zpráva", "Město"),
    "da": ("Navn", "Telefon", "Adresse", "E-mail", "Besked", "By"), "hu": ("Név", "Telefon", "Cím", "E-mail", "Üzenet", "Város"),
    "fi": ("Nimi", "Puhelin", "Osoite", "Sähköposti", "Viesti", "Kaupunki"),
}
FORM_MSG = {
    "en": ["Pls call after {t}, order {o}. If I'm out my husband {p2} can sign for it.", "Gift for {p2} - please don't include the receipt! ref {o}",
           "Ask for {p2} at reception. Order {o}, delivery window {t}."],
    "es": ["Llamar después de las {t}. Pedido {o}. Si no estoy, deja el paquete con {p2}.", "Es un regalo para {p2}, no incluir factura. Ref. {o}"],
    "de": ["Bitte nach {t} Uhr anrufen, Bestellnr. {o}. Falls ich nicht da bin, gerne bei {p2} im EG abgeben.", "Geschenk für {p2}, bitte ohne Rechnung. Ref. {o}"],
    "fr": ["Merci d'appeler après {t}. Commande {o}. Sinon laisser le colis à {p2}, ma voisine.", "C'est un cadeau pour {p2}, ne pas joindre la facture. Réf. {o}"],
    "pt": ["Ligar depois das {t}. Pedido {o}. Se eu não estiver, entregar ao porteiro {p2}.", "É presente para {p2}, não mandar nota fiscal. Ref. {o}"],
    "it": ["Chiamare dopo le {t}. Ordine {o}. In caso di assenza lasciare il pacco a {p2}."],
    "nl": ["Graag bellen na {t}. Bestelling {o}. Niet thuis? Afgeven bij de buren ({p2})."],
    "pl": ["Proszę dzwonić po {t}. Zamówienie {o}. W razie nieobecności paczkę odbierze {p2}."],
    "sv": ["Ring efter {t}. Order {o}. Om jag inte är hemma kan {p2} ta emot paketet."],
    "tr": ["Lütfen {t}'dan sonra arayın. Sipariş no {o}. Evde yoksam paketi {p2} teslim alabilir."],
    "id": ["Tolong telepon setelah jam {t}. Pesanan {o}. Kalau saya tidak ada, titip ke {p2} ya."],
    "vi": ["Gọi sau {t} giúp em. Đơn hàng {o}. Nếu không có nhà thì gửi chị {p2} nhé."],
    "ro": ["Vă rog sunați după ora {t}. Comanda {o}. Dacă nu sunt acasă, coletul îl poate primi {p2}."],
    "cs": ["Volejte prosím po {t}. Objednávka {o}. Když nebudu doma, balík převezme {p2}."],
    "da": ["Ring venligst efter kl. {t}. Ordre {o}. Er jeg ikke hjemme, kan {p2} tage imod pakken."],
    "hu": ["Kérem {t} után hívjanak. Rendelés: {o}. Ha nem vagyok otthon, {p2} átveszi a csomagot."],
    "fi": ["Soittakaa klo {t} jälkeen. Tilaus {o}. Jos en ole kotona, {p2} ottaa paketin vastaan."],
}


def k_web_form(lang):
    b = B()
    L = FORM_LBL[lang]
    p, p2 = person(lang), person(lang, 0.2)
    cc = cc_for(lang, 0.15)
    sep = ch([": ", ": ", " = ", ":\t", " | "])
    style = rng.randrange(3)
    if style == 0:
        R(b, "{a}{s}{v}\n", a=L[0], s=sep, v=PER(p.full() if chance(0.8) else p.full().lower()))
    elif style == 1:
        R(b, "first_name{s}{f}\nlast_name{s}{l}\n", s=sep, f=PER(p.first), l=PER(p.last))
    else:
        R(b, "{a}{s}{v}\n", a=L[0], s=sep, v=PER(p.comma(chance(0.5))))
    R(b, "{a}{s}{v}\n", a=L[1], s=sep, v=PHN(phone(cc, lang, ext=chance(0.1))))
    if chance(0.8):
        R(b, "{a}{s}{v}\n", a=L[2], s=sep, v=ADR(ol_addr(cc, lang, chance(0.3))))
    else:
        R(b, "{a}{s}{v}\n", a=L[5], s=sep, v=LOC(city(lang) if lang in CITIES else city("en")))
    R(b, "{a}{s}{v}\n", a=L[3], s=sep, v=EML(email(p, lang)))
    if chance(0.4):
        R(b, "newsletter{s}{v}\nsource{s}{src}\n", s=sep, v=ch(["yes", "no", "1", "0"]), src=ch(["instagram", "google", "store", "friend"]))
    msg = ch(FORM_MSG[lang])
    R(b, "{a}{s}", a=L[4], s=sep)
    R(b, msg, t=neg_time(), o=neg_order(), p2=PER(p2.first) if chance(0.6) else PER(p2.full()))
    if chance(0.3):
        R(b, "\nsubmitted_at{s}{d} {t}\nip{s}{ip}", s=sep, d=neg_date(), t=neg_time(), ip=IP(ip()))
    return b


CSV_HEAD = {"en": ["first_name", "last_name", "email", "phone", "city", "signup_date", "order_id"],
            "de": ["Vorname", "Nachname", "E-Mail", "Telefon", "Ort", "Anmeldedatum", "Bestellnr"],
            "fr": ["prénom", "nom", "email", "téléphone", "ville", "date_inscription", "commande"],
            "nl": ["voornaam", "achternaam", "email", "telefoon", "plaats", "aanmelddatum", "bestelnr"],
            "es": ["nombre", "apellidos", "email", "teléfono", "ciudad", "fecha_alta", "pedido"]}


def k_csv_rows(lang):
    b = B()
    sep = ";" if lang in ("de", "fr", "nl") or chance(0.15) else ","
    H = CSV_HEAD[lang]
    cols = list(range(7))
    if chance(0.4):
        cols = [0, 1, 2, 3, 4, 6]
    with_addr = chance(0.45)
    if with_addr:
        H = H[:4] + [{"en": "address", "de": "Adresse", "fr": "adresse", "nl": "adres", "es": "dirección"}[lang]] + H[5:]
    b.t(sep.join(H[i] for i in cols) + "\n")
    for r in range(rng.randint(2, 4)):
        p = person(lang, 0.4)
        vals = {0: PER(p.first), 1: PER(p.last), 2: EML(email(p, lang)), 3: PHN(phone(None, lang, intl=chance(0.6))),
                4: ADR(ol_addr(cc_for(lang, 0.3), lang, False)) if with_addr else LOC(city(lang)), 5: neg_date(), 6: neg_order()}
        if chance(0.15):
            vals[3] = ""  # empty cell
        for j, c in enumerate(cols):
            if j:
                b.t(sep)
            v = vals[c]
            if isinstance(v, tuple) and sep in v[1]:
                b.t('"')
                put(b, v)
                b.t('"')
            else:
                put(b, v)
        b.t("\n")
    return b


def k_tsv_table(lang):
    b = B()
    hdr = {"en": ["Customer", "Delivery address", "Mobile", "Notes"], "de": ["Kunde", "Lieferadresse", "Mobil", "Notiz"],
           "it": ["Cliente", "Indirizzo di consegna", "Cellulare", "Note"], "pt": ["Cliente", "Endereço de entrega", "Celular", "Obs."]}[lang]
    b.t("\t".join(hdr) + "\n")
    notes = {"en": ["leave w/ neighbour", "VIP", "2nd attempt", "fragile", "call first"], "de": ["beim Nachbarn", "VIP", "2. Zustellversuch", "zerbrechlich"],
             "it": ["citofono rotto", "VIP", "fragile", "chiamare prima"], "pt": ["deixar na portaria", "VIP", "frágil", "ligar antes"]}[lang]
    for r in range(rng.randint(2, 4)):
        p = person(lang, 0.3)
        cc = cc_for(lang, 0.3)
        R(b, "{n}\t{a}\t{ph}\t{no} {neg}\n", n=PER(p.full() if chance(0.7) else p.comma(False)), a=ADR(ol_addr(cc, lang, False)),
          ph=PHN(phone(cc, lang)), no=ch(notes), neg=ch([neg_order(), neg_sku(), ""]))
    return b


def jstr(b, key, v, last=False, ind="    "):
    b.t(f'{ind}"{key}": "')
    put(b, v)
    b.t('"' + ("" if last else ",") + "\n")


def k_json_snippet(lang):
    b = B()
    p = person(lang, 0.4)
    cc = cc_for(lang, 0.3)
    b.t("{\n  \"customer\": {\n")
    jstr(b, "id", "C-" + digits(6))
    if chance(0.5):
        jstr(b, "name", PER(p.full()))
    else:
        jstr(b, "first_name", PER(p.first))
        jstr(b, "last_name", PER(p.last))
    jstr(b, "email", EML(email(p, lang)))
    jstr(b, "phone", PHN(phone(cc, lang, intl=True)))
    if chance(0.7):
        jstr(b, "shipping_address", ADR(ol_addr(cc, lang, chance(0.5))))
    else:
        jstr(b, "city", LOC(city(lang) if lang in CITIES else city("en")))
    jstr(b, "created", neg_date(), last=True)
    b.t("  },\n  \"order\": {\n")
    jstr(b, "order_no", neg_order())
    jstr(b, "sku", neg_sku())
    jstr(b, "total", neg_price(lang))
    if chance(0.4):
        jstr(b, "gift_message", ["Happy birthday ", PER(person(lang).first), "! love, ", PER(p.nick or p.first)])
    if chance(0.4):
        jstr(b, "client_ip", IP(ip()))
    jstr(b, "app", neg_version(), last=True)
    b.t("  }\n}")
    return b


def typo(s):
    """light keyboard typo (swap two letters) in the literal part of a template"""
    if len(s) < 6 or not chance(0.5):
        return s
    protected = set()
    for m in PH_RE.finditer(s):
        protected.update(range(m.start(), m.end()))
    cand = [i for i in range(1, len(s) - 2) if s[i].isalpha() and s[i + 1].isalpha() and i not in protected and i + 1 not in protected]
    if not cand:
        return s
    i = ch(cand)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


CHAT = {
    "en": [("Agent", "Hi, you're chatting with {ag}. How can I help today?"),
           ("Customer", "hi {agf} its {cn} here, my parcel never arrived. order {o}"),
           ("Agent", "Sorry to hear that! Can you confirm the delivery address and a phone number?"),
           ("Customer", "{addr} and mob is {ph}"),
           ("Agent", "Thanks {cf}. I can see the courier left it with {nb} - does that name ring a bell?"),
           ("Customer", "nope no idea who that is lol. can u send the refund to {em}?"),
           ("Agent", "Done - you'll get a confirmation within 24h. Anything else?")],
    "es": [("Agente", "Hola, te atiende {ag}. ¿En qué puedo ayudarte?"),
           ("Cliente", "hola {agf}, soy {cn}, mi pedido {o} no ha llegado"),
           ("Agente", "¡Lo siento! ¿Me confirmas la dirección de entrega y un teléfono?"),
           ("Cliente", "{addr}, tel {ph}"),
           ("Agente", "Gracias, {cf}. El repartidor dice que lo dejó con {nb}. ¿Te suena?"),
           ("Cliente", "ni idea jaja. mándame el reembolso a {em} porfa")],
    "de": [("Mitarbeiter", "Hallo, hier ist {ag}. Wie kann ich helfen?"),
           ("Kunde", "hallo {agf}, {cn} hier. meine bestellung {o} ist nicht angekommen"),
           ("Mitarbeiter", "Das tut mir leid! Können Sie mir die Lieferadresse und eine Telefonnummer geben?"),
           ("Kunde", "{addr}, handy {ph}"),
           ("Mitarbeiter", "Danke, {cf}. Laut Zusteller wurde das Paket bei {nb} abgegeben. Kennen Sie die Person?"),
           ("Kunde", "nee keine ahnung. bitte erstattung an {em}")],
    "fr": [("Conseiller", "Bonjour, c'est {ag}. Comment puis-je vous aider ?"),
           ("Client", "bjr {agf}, ici {cn}, ma commande {o} n'est jamais arrivée"),
           ("Conseiller", "Désolé ! Pouvez-vous confirmer l'adresse de livraison et un numéro de téléphone ?"),
           ("Client", "{addr} et mon portable c'est le {ph}"),
           ("Conseiller", "Merci {cf}. Le livreur indique avoir remis le colis à {nb}. Cela vous dit quelque chose ?"),
           ("Client", "pas du tout. remboursez sur {em} svp")],
    "pt": [("Atendente", "Olá, aqui é {ag}. Como posso ajudar?"),
           ("Cliente", "oi {agf}, sou {cn}, meu pedido {o} não chegou"),
           ("Atendente", "Poxa, sinto muito! Pode confirmar o endereço de entrega e um telefone?"),
           ("Cliente", "{addr}, cel {ph}"),
           ("Atendente", "Obrigado, {cf}. O entregador diz que deixou com {nb}. Conhece?"),
           ("Cliente", "nunca ouvi falar. manda o reembolso pro {em}")],
    "id": [("Agen", "Halo, saya {ag}. Ada yang bisa dibantu?"),
           ("Pelanggan", "halo kak {agf}, saya {cn}, pesanan {o} belum sampai"),
           ("Agen", "Mohon maaf kak! Boleh konfirmasi alamat pengiriman dan nomor HP?"),
           ("Pelanggan", "{addr}, hp {ph}"),
           ("Agen", "Terima kasih kak {cf}. Kurir bilang paket dititip ke {nb}. Kenal?"),
           ("Pelanggan", "gak kenal kak. refund ke {em} aja")],
    "tr": [("Temsilci", "Merhaba, ben {ag}. Nasıl yardımcı olabilirim?"),
           ("Müşteri", "merhaba {agf} hanım, ben {cn}, {o} numaralı siparişim gelmedi"),
           ("Temsilci", "Çok üzgünüm! Teslimat adresinizi ve telefon numaranızı teyit eder misiniz?"),
           ("Müşteri", "{addr}, cep {ph}"),
           ("Temsilci", "Teşekkürler {cf} Bey. Kurye paketi {nb} isimli komşunuza bırakmış görünüyor."),
           ("Müşteri", "tanımıyorum öyle birini. iadeyi {em} adresine yapın lütfen")],
}


def k_support_chat(lang):
    b = B()
    ag, cu, nb = person(lang, 0.2), person(lang, 0.35), person(lang, 0.25)
    cc = cc_for(lang, 0.2)
    h, m = rng.randint(8, 20), rng.randint(0, 50)
    cn_form = ch(["full", "full", "first", "lower"])
    cn = {"full": cu.full(), "first": cu.first, "lower": cu.full().lower()}[cn_form]
    for i, (who, line) in enumerate(CHAT[lang]):
        if who in ("Customer", "Cliente", "Kunde", "Client", "Pelanggan", "Müşteri") and lang == "en":
            line = typo(line)
        stamp = f"[{h:02d}:{(m + i) % 60:02d}] "
        label = who + (f" ({ag.first})" if i == 0 and chance(0.5) else "")
        b.t(stamp + label + ": ")
        R(b, line, ag=PER(ag.first if chance(0.6) else ag.full()), agf=PER(ag.first.lower() if chance(0.4) else ag.first),
          cn=PER(cn), o=neg_order(), addr=ADR(ol_addr(cc, lang, False).lower() if chance(0.3) else ol_addr(cc, lang, False)),
          ph=PHN(phone(cc, lang)), cf=PER(cu.first), nb=PER(nb.full() if chance(0.5) else nb.last), em=EML(email(cu, lang)))
        b.t("\n")
    return b


NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven",
        12: "twelve", 14: "fourteen", 17: "seventeen", 20: "twenty", 21: "twenty one", 27: "twenty seven", 42: "forty two", 58: "fifty eight",
        99: "ninety nine", 113: "one thirteen", 250: "two fifty"}


def spoken_us_address():
    n = ch(list(NUMW))
    st = ch(["maple avenue", "oak street", "elm drive", "lakeview terrace", "pine ridge road", "magnolia lane", "north clark street"])
    unit = ch(["", "", f" apartment {ch(['three b', 'four', 'twelve c', '2a'])}", f" unit {ch(['seven', '9'])}"])
    c = ch(["denver colorado", "austin texas", "portland oregon", "madison wisconsin", "savannah georgia", "tucson arizona"])
    z = ch(["eight oh two oh five", "78704", "nine seven two one four", "53703", "three one four oh one", "85719"])
    num = NUMW[n] if chance(0.5) else str(n)
    return f"{num} {st}{unit} {c} {z}"


def k_stt_transcript(lang):
    b = B(case="lower")
    ag, cu, other = person(lang, 0.15), person(lang, 0.4), person(lang, 0.3)
    if lang == "en":
        brand = ch(["kora cosmetics", "veloce bikes", "tidewater travel", "brightwave broadband"])
        raw = phone(ch(["US", "GB", "IE", "AU"]), "en", intl=False, ext=False)
        ph = spoken_digits(raw) if chance(0.6) else re.sub(r"[()\-.]", "", raw)
        ordn = " ".join(spoken_digits(digits(3)).split()) + " " + spoken_digits(digits(4))
        addr = spoken_us_address() if chance(0.6) else re.sub(r"[,.#\n]", " ", ol_addr(ch(["GB", "IE", "AU"]), "en", False)).replace("  ", " ")
        R(b, "agent thank you for calling {br} my name is {ag} how can i help you today customer hi yeah um this is {cu} i'm calling about an order "
             "the order number is {on} agent okay one moment {cf} can i just confirm the phone number on the account customer yeah it's {ph} "
             "agent and the delivery address customer {ad} agent perfect and i see a note here from my colleague {ot} "
             "saying the driver couldn't get access is that right customer yes my neighbour {nb} was home though agent okay i'll rebook it for you",
          br=brand, ag=PER(ag.first), cu=PER(cu.full()), on=ordn, cf=PER(cu.first), ph=PHN(ph), ad=ADR(re.sub(r"\s+", " ", addr).strip()),
          ot=PER(other.first), nb=PER(person("en").first))
    elif lang == "es":
        raw = phone("ES", "es", intl=False, ext=False)
        R(b, "agente buenas tardes le atiende {ag} en qué puedo ayudarle cliente hola sí mire soy {cu} le llamo por el pedido {on} "
             "agente muy bien señora {cl} me confirma el teléfono cliente sí es el {ph} agente y la dirección cliente {ad} "
             "agente perfecto veo que mi compañera {ot} ya abrió una incidencia se lo reenviamos mañana",
          ag=PER(ag.first), cu=PER(cu.full()), on=neg_order(), cl=PER(cu.last), ph=PHN(raw),
          ad=ADR(re.sub(r"[,()]", "", ol_addr("ES", "es", False)).replace("  ", " ")), ot=PER(other.first))
    else:
        raw = phone("DE", "de", intl=False, ext=False)
        R(b, "mitarbeiter guten tag sie sprechen mit {ag} was kann ich für sie tun kunde ja hallo hier ist {cu} es geht um meine bestellung {on} "
             "mitarbeiter alles klar frau {cl} unter welcher nummer erreiche ich sie kunde {ph} mitarbeiter und die lieferadresse kunde {ad} "
             "mitarbeiter danke mein kollege {ot} meldet sich dann morgen bei ihnen",
          ag=PER(ag.full()), cu=PER(cu.full()), on=neg_order(), cl=PER(cu.last), ph=PHN(raw),
          ad=ADR(re.sub(r"[,]", "", ol_addr("DE", "de", False))), ot=PER(other.first))
    return b


LABEL_HDR = {"en": ("FROM", "SHIP TO", "TEL", "TRACKING", "WEIGHT", "REF"), "de": ("ABSENDER", "EMPFÄNGER", "TEL", "SENDUNGSNR", "GEWICHT", "REF"),
             "fr": ("EXPÉDITEUR", "DESTINATAIRE", "TÉL", "N° DE SUIVI", "POIDS", "RÉF"), "es": ("REMITENTE", "DESTINATARIO", "TEL", "SEGUIMIENTO", "PESO", "REF")}


def k_shipping_label(lang):
    b = B(case="upper")
    H = LABEL_HDR[lang]
    p = person(lang, 0.4)
    rcc = cc_for(lang, 0.5)
    scc = cc_for(lang, 0.1)
    comp = ch(["Kora Cosmetics Ltd", "Veloce Bikes S.r.l.", "Nordlicht Design GmbH", "Fjord Outdoor AB", "Casa Verde S.L.", "Tidewater Supply Co."])
    R(b, "{f}: {c}\n{sa}\n\n{s}:\n", f=H[0], c=comp, sa=ADR(ml_addr(scc, lang, chance(0.5))), s=H[1])
    if chance(0.2):
        R(b, "ATTN ", )
    nm = PER(p.full()) if chance(0.7) else PER(p.comma(True).replace(",", ""))
    if chance(0.3):
        t = title(lang, p)
        if t:
            b.t(t + " ")
    put(b, nm)
    b.t("\n")
    put(b, ADR(ml_addr(rcc, lang, True)))
    b.t("\n")
    R(b, "{t}: {ph}\n\n{tr}: {tn}\n{w}: {kg} KG   {r}: {o}\n{extra}", t=H[2], ph=PHN(phone(rcc, lang, intl=True)), tr=H[3], tn=neg_tracking(),
      w=H[4], kg=f"{rng.randint(0, 9)}.{rng.randint(0, 9)}", r=H[5], o=neg_order(),
      extra=ch(["PRIORITY", "DO NOT BEND", "SIGNATURE REQUIRED", f"CONTENTS: {neg_qty()}", "DDP"]))
    return b


def k_seating_list(lang):
    b = B()
    ev = ch(["Spring Partner Gala", "Creator Awards Dinner", "Wedding reception – Rose & Will", "Annual Customer Appreciation Night",
             "Launch dinner – Summer collection"])
    # note: "Rose & Will" in the event title are first names of the couple -> labelled
    if ev.startswith("Wedding"):
        R(b, "Seating plan – Wedding reception – {a} & {c}\n", a=PER("Rose"), c=PER("Will"))
    else:
        b.t(f"Seating plan – {ev} ({neg_date()}, doors {neg_time()})\n")
    for t in range(1, rng.randint(3, 5) + 1):
        b.t(ch([f"Table {t}: ", f"T{t} – ", f"TABLE {t} | "]))
        people = []
        for k in range(rng.randint(3, 5)):
            p = person("en", 0.5)
            r = rng.random()
            if r < 0.15:
                tt = ch(["Dr ", "Mr ", "Mrs ", "Prof. ", "Cllr "])
                people.append([tt, PER(p.full())])
            elif r < 0.25:
                people.append([PER(p.full()), " (+1)"])
            elif r < 0.33:
                people.append([PER(p.full()), " & guest"])
            elif r < 0.4:
                q = person("en", 0.4)
                people.append([PER(p.first), " & ", PER(q.full())])
            elif r < 0.47:
                people.append([PER(p.comma(chance(0.5)))])
            else:
                people.append([PER(p.full())])
        R(b, "{x}\n", x=join_list(people, "; " if chance(0.3) else ", ", None))
    if chance(0.5):
        R(b, "Dietary: {a} – vegan; {c} – nut allergy. Photographer: {d} ({ph})",
          a=PER(person("en").first), c=PER(person("en").full()), d=PER(person("en", 0.3).full()), ph=PHN(phone(None, "en")))
    return b


SURVEY = {
    "en": ["Q: Anything we could do better?\nA: honestly the staff at the {c} store were lovely, esp {n} who helped me find the right shade. delivery to {c2} took 9 days tho",
           "What did you like most?\n> {n} on the phone was super patient. i had to call {ph} three times because the app ({v}) kept crashing",
           "Additional comments: I moved from {c} to {c2} and the loyalty points didn't follow me. Please fix, my account is {em}.",
           "Q7 free text: The driver ({n}) was rude and left my parcel in the rain. I live at {a} and there is a covered porch!!"],
    "es": ["P: ¿Qué podríamos mejorar?\nR: la chica de la tienda de {c}, creo que se llamaba {n}, fue un encanto. El envío a {c2} tardó una semana.",
           "Comentarios: me mudé de {c} a {c2} y perdí mis puntos. Mi cuenta es {em}."],
    "de": ["Was können wir besser machen?\nAntwort: Frau {nl} in der Filiale {c} war super freundlich. Die Lieferung nach {c2} hat aber 10 Tage gedauert.",
           "Sonstiges: Ich bin von {c} nach {c2} gezogen, meine Punkte sind weg. Konto: {em}"],
    "fr": ["Q : Que pourrions-nous améliorer ?\nR : {n} au magasin de {c} a été adorable. Par contre la livraison à {c2} a pris 8 jours.",
           "Commentaire libre : le livreur ({n}) a laissé le colis devant la porte, au {a}. Inadmissible."],
    "it": ["Cosa possiamo migliorare?\nRisposta: {n} nel negozio di {c} è stata gentilissima, ma la consegna a {c2} è arrivata in ritardo."],
    "nl": ["Wat kan beter?\nAntwoord: {n} in de winkel in {c} was heel behulpzaam. Levering naar {c2} duurde wel lang."],
    "sv": ["Vad kan vi göra bättre?\nSvar: {n} i butiken i {c} var jättetrevlig, men leveransen till {c2} tog nio dagar."],
    "da": ["Hvad kan vi gøre bedre?\nSvar: {n} i butikken i {c} var rigtig sød, men leveringen til {c2} tog over en uge."],
    "pt": ["O que podemos melhorar?\nResposta: a {n} da loja de {c} foi um amor. A entrega para {c2} demorou demais."],
    "pl": ["Co możemy poprawić?\nOdpowiedź: pani {n} ze sklepu w mieście {c} była bardzo miła, ale dostawa do miejscowości {c2} trwała tydzień."],
}


def k_survey_answer(lang):
    b = B()
    n = person(lang, 0.2)
    cl = CITIES.get(lang, CITIES["en"])
    c1 = ch(cl)
    c2 = ch([x for x in cl if x != c1])
    R(b, "Respondent #" + digits(5) + " (" + neg_date() + ")\n")
    R(b, ch(SURVEY[lang]), c=LOC(c1), c2=LOC(c2), n=PER(n.first if chance(0.7) else n.full()), nl=PER(n.last),
      ph=PHN(phone(None, lang)), v=neg_version(), em=EML(email(person(lang), lang)), a=ADR(ol_addr(None, lang, False)))
    return b


def k_influencer_contract(lang):
    b = B()
    cr, ag, sig = person("en", 0.5), person("en", 0.3), person("en", 0.3)
    handle = "@" + slug(cr.first) + ch(["cooks", ".travels", "_fit", "makeup", ".daily", "_styles"])
    R(b, "INFLUENCER MARKETING AGREEMENT\n\nThis Agreement is made on {d} between Brightwave Media Ltd, registered office at {ba} (the \"Brand\"), "
         "and {cr} (known online as {h}), residing at {ca} (the \"Creator\").\n\n"
         "1. Deliverables: 3 Instagram Reels and 1 TikTok featuring the {ch} plush, campaign code {code}.\n"
         "2. Fee: {pr}, payable within 30 days to the Creator's account IBAN {ib} (account holder: {ah}).\n"
         "3. Notices shall be sent to {em} or by post to the address above.\n"
         "4. The Creator is represented by {ag} of Tidewater Talent ({aph}).\n\n"
         "Signed for the Brand: {sg}, Head of Partnerships\nSigned: {cr2}",
      d=neg_date(), ba=ADR(ol_addr("GB", "en", False)), cr=PER(cr.full()), h=handle, ca=ADR(ol_addr(cc_for("en", 0.4), "en", chance(0.5))),
      ch=ch(CHARACTERS), code=ch(["BW-0800-24", "CREATOR-2025-11", "SPRING-4471"]), pr=neg_price("en"), ib=IBN(iban(ch(["GB", "IE", "DE", "NL", "ES", "FR"]))),
      ah=PER(cr.full().upper() if chance(0.3) else cr.full()), em=EML(email(cr)), ag=PER(ag.full()), aph=PHN(phone(None, "en", ext=chance(0.3))),
      sg=PER(sig.full()), cr2=PER(cr.initials() if chance(0.5) else cr.full()))
    return b


WARRANTY = {
    "en": ("WARRANTY CLAIM\nProduct: {m} cordless kettle, {sn}\nPurchased: {d} at our {c} store\nCustomer: {n}\nAddress: {a}\nPhone: {ph}\nEmail: {em}\n"
           "Fault: stopped heating after 3 weeks. Store colleague {st} confirmed the fault. Receipt no. {inv}."),
    "de": ("GARANTIEANTRAG\nProdukt: Wasserkocher {m}, {sn}\nGekauft am {d} in unserer Filiale {c}\nKunde: {n}\nAnschrift: {a}\nTelefon: {ph}\nE-Mail: {em}\n"
           "Fehler: heizt nach 3 Wochen nicht mehr. Defekt von Kollegin {st} bestätigt. Beleg-Nr. {inv}."),
    "fr": ("DEMANDE DE GARANTIE\nProduit : bouilloire {m}, {sn}\nAchat : {d}, magasin de {c}\nClient : {n}\nAdresse : {a}\nTél. : {ph}\nCourriel : {em}\n"
           "Panne : ne chauffe plus après 3 semaines. Constaté par {st} en magasin. Ticket n° {inv}."),
    "es": ("RECLAMACIÓN DE GARANTÍA\nProducto: hervidor {m}, {sn}\nComprado: {d} en la tienda de {c}\nCliente: {n}\nDirección: {a}\nTeléfono: {ph}\nCorreo: {em}\n"
           "Avería: dejó de calentar a las 3 semanas. Lo confirmó {st} en tienda. Ticket n.º {inv}."),
}


def k_warranty_claim(lang):
    b = B()
    p, st = person(lang, 0.3), person(lang, 0.2)
    cc = cc_for(lang, 0.1)
    R(b, WARRANTY[lang], m=neg_model(), sn=neg_serial(), d=neg_date(), c=LOC(city(lang)), n=PER(p.full() if chance(0.8) else p.comma(True)),
      a=ADR(ml_addr(cc, lang, False) if chance(0.3) else ol_addr(cc, lang, False)), ph=PHN(phone(cc, lang)), em=EML(email(p, lang)),
      st=PER(st.first if chance(0.6) else st.full()), inv=neg_invoice())
    return b


DATING = {
    "en": ["hey! i'm {n} 🌻 {age}, originally from {c} but living in {c2} now. dog mum, bad at karaoke, great at brunch. my best friend {f} made me write this lol",
           "About me: {n}, {age}. Born in {c}, studying in {c2}. If you can beat me at chess we'll get along. (Not on here much – ask {f} for my insta.)",
           "Community profile – {n}\nLocation: {c2}\nBio: Volunteer at the {c} food bank with {f} and {f2}. Ask me about sourdough!"],
    "es": ["¡hola! soy {n}, {age} años, de {c} pero vivo en {c2}. mi amiga {f} dice que soy muy de planes 😅"],
    "pt": ["oi! sou {n}, {age}, nasci em {c} e moro em {c2}. minha amiga {f} me obrigou a criar esse perfil kkk"],
    "it": ["ciao! sono {n}, {age} anni, di {c} ma vivo a {c2}. la mia amica {f} dice che cucino da dio 🍝"],
    "fr": ["coucou, moi c'est {n}, {age} ans, originaire de {c}, je vis à {c2}. mon pote {f} m'a inscrit ici 🙃"],
}


def k_dating_profile(lang):
    b = B()
    p = person(lang, 0.3) if chance(0.7) else word_person()
    cl = CITIES.get(lang, CITIES["en"]) + (REGIONS[:6] if lang == "en" else [])
    c1 = ch(cl)
    c2 = ch([x for x in cl if x != c1])
    nm = p.nick or p.first
    R(b, ch(DATING[lang]), n=PER(nm if chance(0.7) else nm.lower()), age=str(rng.randint(21, 58)), c=LOCP(c1), c2=LOCP(c2),
      f=PER(person(lang).first), f2=PER(person(lang).first))
    return b


OBIT = {
    "en": ("{n} (née {mn}), {age}, of {c}, passed away peacefully on {d}. Beloved wife of the late {sp}, devoted mother of {k1} ({k1s}) and {k2}, "
           "and cherished grandmother. Reposing at Hennessy's Funeral Home, {fa}, from {t}. Family flowers only; donations to the Hospice in lieu. "
           "Enquiries to {k2f} on {ph}."),
    "de": ("In Liebe und Dankbarkeit nehmen wir Abschied von\n{n}\ngeb. {mn}\n* {d}  † {d2}\nIn stiller Trauer: {sp}, {k1} und {k2} mit Familie\n"
           "Die Trauerfeier findet am {d3} um {t} in der Friedhofskapelle, {fa}, statt. Kondolenzen an {em}."),
    "nl": ("Met groot verdriet delen wij mee dat is overleden\n{n}\necht­genote van {sp}\n{c}, {d}\nWij zijn {k1}, {k2} en kleinkinderen. "
           "Correspondentieadres: {fa}. Afscheid op {d3} om {t}."),
    "sv": ("Vår älskade\n{n}\nhar lämnat oss i {c} den {d}\nSaknad och älskad av {sp}, {k1}, {k2} med familjer.\nBegravningen äger rum den {d3} kl. {t}. "
           "Minnesgåvor via {k2f}, tel. {ph}."),
    "da": ("Vores elskede mor og mormor\n{n}\nsov stille ind den {d} i {c}.\n{sp}, {k1} og {k2}\nBisættelsen finder sted {d3} kl. {t} fra {fa}."),
    "it": ("È mancata all'affetto dei suoi cari\n{n}\nved. {sp}\ndi anni {age}. Ne danno il triste annuncio i figli {k1} e {k2}. "
           "Le esequie si terranno il {d3} alle ore {t} presso la chiesa parrocchiale di {c}. Per informazioni: {ph}."),
}


def k_obituary(lang):
    b = B()
    p, sp, k1, k1s, k2 = (person(lang, 0.25) for _ in range(5))
    mn = person(lang).last
    cc = cc_for(lang, 0.0)
    if lang == "nl":
        OB = OBIT["nl"].replace("\u00ad", "")
    else:
        OB = OBIT[lang]
    R(b, OB, n=PER(p.full()), mn=PER(mn), age=str(rng.randint(61, 99)), c=LOC(city(lang)), d=neg_date(), d2=neg_date(), d3=neg_date(),
      sp=PER(sp.full() if lang != "en" else sp.first), k1=PER(k1.first), k1s=PER(k1s.first), k2=PER(k2.first if chance(0.6) else k2.full()),
      k2f=PER(k2.first), t=neg_time(), fa=ADR(ol_addr(cc, lang, False)), ph=PHN(phone(cc, lang)), em=EML(email(k1, lang)))
    return b


def k_anniversary_note(lang):
    b = B()
    a, c = word_person() if chance(0.5) else person("en", 0.3), person("en", 0.3)
    sur = a.last
    R(b, ch(["Happy 50th anniversary to {a} and {c}! Married at St Mary's in {pl} on a sunny June day in 1975, they've since lived in {pl2}. "
             "Love from {k1}, {k2} and all the grandkids. 💛",
             "Congratulations {a} & {c} on 25 years! From everyone at the {pl} branch – and a special thank-you from {k1} for the cake. "
             "Party at {ad}, {t} sharp; RSVP to {k2} on {ph}."]),
      a=PER(a.first), c=PER(c.first + " " + sur) if chance(0.7) else PER(c.first), pl=LOCP(place_en()), pl2=LOCP(place_en()), k1=PER(person("en").first), k2=PER(person("en", 0.3).full()),
      ad=ADR(ol_addr(None, "en", False)), t=neg_time(), ph=PHN(phone(None, "en")))
    return b


def k_school_newsletter(lang):
    b = B()
    kids = [person("en", 0.5) for _ in range(rng.randint(3, 5))]
    teacher, head = person("en", 0.2), person("en", 0.2)
    R(b, "{sch} – Friday Bulletin\n\nHeadteacher's note: A huge well done to {k0} and {k1} for their science fair project on {topic}! "
         "{kk} also won the Year 5 reading challenge.\n\nTrip to {pl}: forms and £{fee} to {tt} {tl} by {d}. Coach leaves at {t} from {dp}.\n\n"
         "Lost property: navy fleece labelled {lab}; lunchbox with '{lab2}' on the lid.\n\n"
         "Questions? Call the office on {ph} or email {em}.\n{hd}, Headteacher",
      sch=ch(["Riverside Primary", "St Anne's C of E School", "Kowhai Intermediate", "Lakeview Elementary"]),
      k0=PER(kids[0].full()), k1=PER(kids[1].first), kk=PER(kids[2].full()), topic=ch(["rain gauges", "the water cycle", "bee hotels"]),
      pl=LOCP(place_en()), dp=ADR(ol_addr(ch(["GB", "NZ", "US", "AU", "IE"]), "en", False)), fee=str(rng.randint(5, 30)), tt=ch(["Mrs", "Mr", "Ms", "Miss"]), tl=PER(teacher.last), d=neg_date(), t=neg_time(),
      lab=PER(kids[-1].full().upper()), lab2=PER(kids[-1].first.lower() if chance(0.5) else kids[-2].first),
      ph=PHN(phone(ch(["GB", "NZ", "US", "AU", "IE"]), "en")), em=EML(email(None, "en")), hd=PER(head.full()))
    return b


def k_sports_roster(lang):
    b = B()
    club = ch(["Harbour City FC U14", "Westside Netball – Division 2", "Karori Rugby Juniors", "Lakeside Ladies Hockey 1st XI"])
    b.t(f"{club} – squad list {rng.randint(2024, 2025)}\n")
    b.t(ch(["NO | PLAYER | POS | EMERGENCY CONTACT\n", "#\tPlayer\tPosition\tParent/Guardian\tContact\n"]))
    tab = "\t" in b.text()[-40:]
    pos = ["GK", "DEF", "MID", "FWD", "WA", "GS", "C", "WD"]
    for i in range(rng.randint(3, 6)):
        pl, par = person("en", 0.5), person("en", 0.4)
        plv = ch([PER(pl.comma(True)), PER(pl.full()), PER(pl.full().upper()), PER(pl.short())])
        cap = " (C)" if i == 0 and chance(0.5) else ""
        if tab:
            R(b, "{n}\t{p}{c}\t{po}\t{g}\t{ph}\n", n=str(rng.randint(1, 30)), p=plv, c=cap, po=ch(pos), g=PER(par.full()), ph=PHN(phone(None, "en")))
        else:
            R(b, "{n} | {p}{c} | {po} | {g} {ph}\n", n=str(rng.randint(1, 30)), p=plv, c=cap, po=ch(pos), g=PER(par.first), ph=PHN(phone(None, "en")))
    R(b, "Coach: {c} · Training Tue/Thu {t} at {v}", c=PER(person("en", 0.3).full()), t=neg_time(), v=ADR(ol_addr(None, "en", False)))
    return b


ESTATE = {
    "en": ("JUST LISTED – {a}\nCharming 3-bed Victorian terrace, 2 min walk to the station. Newly fitted kitchen, south-facing garden, EPC C. "
           "Guide price {pr}. Viewings by appointment only – contact {ag} on {ph} or {em}. Vendor ({ve}) is relocating to {c}, so quick completion preferred."),
    "es": ("SE VENDE – {a}\nPiso exterior de 3 dormitorios, ascensor, terraza de 12 m². Precio {pr}. Visitas: {ag}, tel. {ph}, {em}. "
           "El propietario, {ve}, se traslada a {c}."),
    "de": ("Schöne 3-Zimmer-Altbauwohnung in {c2}\nAdresse: {a}\nKaltmiete {pr}, Balkon, Dielenboden, 2. OG ohne Aufzug. Besichtigung nach Vereinbarung mit "
           "{tt}{agl}, Tel. {ph}, E-Mail {em}. Der Vormieter {ve} zieht nach {c}."),
    "fr": ("À VENDRE – {a}\nBel appartement T3 lumineux, parquet, cave. Prix : {pr}. Contact : {ag} au {ph} ou {em}. Les propriétaires ({ve}) partent s'installer à {c}."),
    "it": ("VENDESI – {a}\nTrilocale luminoso, terrazzo, cantina. Prezzo {pr}. Per visite: {ag}, cell. {ph}, {em}. Il proprietario {ve} si trasferisce a {c}."),
    "pt": ("VENDE-SE – {a}\nApartamento T2 renovado, varanda, garagem. Preço {pr}. Contacto: {ag}, tlm. {ph}, {em}. O proprietário, {ve}, vai mudar-se para {c}."),
    "nl": ("TE KOOP – {a}\nRuim 3-kamerappartement met balkon op het zuiden. Vraagprijs {pr} k.k. Bezichtiging: {ag}, {ph}, {em}. Verkoper ({ve}) verhuist naar {c}."),
    "sv": ("TILL SALU – {a}\nLjus 3:a med balkong i söderläge. Utgångspris {pr}. Visning: {ag}, {ph}, {em}. Säljaren {ve} flyttar till {c}."),
}


def k_real_estate_listing(lang):
    b = B()
    ag, ve = person(lang, 0.15), person(lang, 0.2)
    cc = cc_for(lang, 0.0)
    cl = CITIES.get(lang, CITIES["en"])
    t = title(lang, ag) if lang == "de" else ""
    R(b, ESTATE[lang], a=ADR(ol_addr(cc, lang, False) if chance(0.7) else ml_addr(cc, lang, False)), pr=neg_price(lang), ag=PER(ag.full()),
      tt=(t + " ") if t else "", agl=PER(ag.last), ph=PHN(phone(cc, lang, ext=chance(0.15))), em=EML(email(ag, lang, company=True)), ve=PER(ve.full() if chance(0.6) else ve.last),
      c=LOC(ch(cl)), c2=LOC(ch(cl)))
    return b


def pnr(p):
    return ascii_fold(p.last).upper().replace(" ", "").replace("'", "").replace("-", "") + "/" + ascii_fold(p.first).upper().replace(" ", "").replace("-", "")


def k_passenger_list(lang):
    b = B()
    ref = "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    fl = f"{ch(['LH', 'TP', 'KL', 'IB', 'TK', 'VN', 'QF', 'EI'])} {rng.randint(100, 9999)}"
    if chance(0.5):
        b.t(f"BOOKING REF {ref}   {fl}  {ch(['FRALIS', 'AMSDPS', 'ISTHAN', 'DUBSYD', 'MADMEX'])}  {rng.randint(1, 28):02d}{ch(['MAR', 'APR', 'NOV'])}\n")
        for i in range(rng.randint(2, 5)):
            p = person("en", 0.6)
            R(b, " {i}.1 {n} {t}\n", i=str(i + 1), n=PER(pnr(p)), t=ch(["MR", "MRS", "MS", "MSTR", "MISS", "DR"]))
        R(b, "CTCM {ph}\nCTCE {em}\nTKT {tk}\nSSR DOCS passport data on file – seat {s}",
          ph=PHN(phone(None, "en", intl=True)), em=EML(email(person("en", 0.5)).upper()), tk=digits(3) + "-" + digits(10), s=f"{rng.randint(1, 40)}{ch('ABCDEF')}")
    else:
        b.t(f"Trip confirmation – {fl}, booking reference {ref}\n\nPassengers:\n")
        for i in range(rng.randint(2, 4)):
            p = person("en", 0.6)
            tt = ch(["Mr ", "Ms ", "Mrs ", "Dr ", ""])
            R(b, "{i}. {t}{n} – seat {s}, {bag}\n", i=str(i + 1), t=tt, n=PER(p.full()), s=f"{rng.randint(1, 40)}{ch('ABCDEF')}",
              bag=ch(["1 x 23 kg", "cabin only", "2 x 23 kg + infant"]))
        R(b, "\nLead passenger contact: {em}, {ph}\nHotel transfer: pick-up at {ad}", em=EML(email(person("en", 0.5))), ph=PHN(phone(None, "en")),
          ad=ADR(ol_addr(None, "en", False)))
    return b


def k_recruiting_note(lang):
    b = B()
    c, mgr, rec = person(lang, 0.5), person(lang, 0.4), person(lang, 0.2)
    if lang == "en":
        R(b, ch(["Candidate: {cn}\nBased in {c1}, open to relocating to {c2}. Phone screen done by {rf} on {d}. Strong on lifecycle marketing; salary exp. {pr}.\n"
                 "Reference: former manager {tt} {ml} ({mph}). Contact: {em} / {ph}. Next: case study with {r2}.",
                 "spoke w/ {cf} today – really good. currently at Unilever in {c1}, notice period 3 months. ref check with {mf} pending ({mph}). "
                 "cv says {cn} but goes by {nick}. pls loop in {r2} for the panel."]),
          cn=PER(c.full()), cf=PER(c.first), nick=PER(c.nick or c.first), c1=LOCP(place_en()), c2=LOCP(place_en()), rf=PER(rec.first), d=neg_date(),
          pr=neg_price("en"), tt=ch(["Mr", "Ms", "Dr"]), ml=PER(mgr.last), mf=PER(mgr.full()), mph=PHN(phone(None, "en")), em=EML(email(c)),
          ph=PHN(phone(None, "en")), r2=PER(person("en", 0.3).first))
    else:
        R(b, "Kandidat/in: {cn}\nWohnort {c1}, Umzug nach {c2} möglich. Telefoninterview am {d} mit {rf}. Gehaltsvorstellung {pr}.\n"
             "Referenz: ehem. Vorgesetzte/r {ml} ({mph}). Kontakt: {em}, {ph}.",
          cn=PER(c.full()), c1=LOC(city("de")), c2=LOC(city("de")), d=neg_date(), rf=PER(rec.full()), pr=neg_price("de"), ml=PER(mgr.full()),
          mph=PHN(phone(None, "de")), em=EML(email(c, "de")), ph=PHN(phone(None, "de")))
    return b


QUOTE_HDR = {
    "en": "On {wd}, {dt} at {t}, {n} <{e}> wrote:", "de": "Am {wd}, {dt} um {t} schrieb {n} <{e}>:",
    "fr": "Le {wd} {dt} à {t}, {n} <{e}> a écrit :", "es": "El {wd}, {dt} a las {t}, {n} (<{e}>) escribió:",
    "nl": "Op {wd} {dt} om {t} schreef {n} <{e}>:", "pt": "Em {wd}, {dt} às {t}, {n} <{e}> escreveu:",
    "it": "Il giorno {wd} {dt} alle ore {t} {n} <{e}> ha scritto:", "sv": "Den {wd} {dt} kl {t} skrev {n} <{e}>:",
    "pl": "W dniu {wd} {dt} o {t} {n} <{e}> napisał(a):",
}
WD = {"en": ["Tue", "Mon", "Fri"], "de": ["Di.", "Mo.", "Fr."], "fr": ["mar.", "lun.", "ven."], "es": ["mar", "lun", "vie"], "nl": ["di", "ma", "vr"],
      "pt": ["ter.", "seg.", "sex."], "it": ["mar", "lun", "ven"], "sv": ["tis", "mån", "fre"], "pl": ["wt.", "pon.", "pt."]}
OUTLOOK = {"en": ("From", "Sent", "To", "Cc", "Subject"), "de": ("Von", "Gesendet", "An", "Cc", "Betreff"), "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
           "es": ("De", "Enviado el", "Para", "CC", "Asunto"), "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"), "pt": ("De", "Enviada", "Para", "Cc", "Assunto"),
           "it": ("Da", "Inviato", "A", "Cc", "Oggetto"), "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"), "pl": ("Od", "Wysłano", "Do", "DW", "Temat")}
CHAIN_BODY = {
    "en": ("Hi {r},\n\nForwarding this from {x} – can you sort the replacement? Address below is correct.\n\nThanks,\n{s}\n\n",
           "Hello,\nMy order {o} arrived damaged. Please send a new one to:\n{a}\nYou can reach me on {ph}.\nRegards,\n{x}"),
    "de": ("Hallo {r},\n\nbitte kümmere dich um den Ersatz für {x}, die Adresse unten stimmt.\n\nDanke & Gruß\n{s}\n\n",
           "Guten Tag,\nmeine Bestellung {o} kam beschädigt an. Bitte Ersatz an:\n{a}\nTelefonisch bin ich unter {ph} erreichbar.\nViele Grüße\n{x}"),
    "fr": ("Bonjour {r},\n\nPeux-tu gérer le remplacement pour {x} ? L'adresse ci-dessous est la bonne.\n\nMerci,\n{s}\n\n",
           "Bonjour,\nMa commande {o} est arrivée abîmée. Merci d'envoyer un nouvel article à :\n{a}\nJoignable au {ph}.\nCordialement,\n{x}"),
    "es": ("Hola {r}:\n\n¿Puedes gestionar la reposición para {x}? La dirección de abajo es correcta.\n\nGracias,\n{s}\n\n",
           "Hola:\nMi pedido {o} llegó dañado. Por favor envíen otro a:\n{a}\nMi teléfono es {ph}.\nSaludos,\n{x}"),
    "nl": ("Hoi {r},\n\nKun jij de vervanging voor {x} regelen? Het adres hieronder klopt.\n\nGroet,\n{s}\n\n",
           "Beste,\nMijn bestelling {o} kwam beschadigd aan. Graag een nieuwe sturen naar:\n{a}\nBereikbaar op {ph}.\nMet vriendelijke groet,\n{x}"),
    "pt": ("Olá {r},\n\nConsegues tratar da substituição para {x}? A morada abaixo está correta.\n\nObrigado,\n{s}\n\n",
           "Boa tarde,\nA minha encomenda {o} chegou danificada. Enviem outra para:\n{a}\nContacto: {ph}.\nCumprimentos,\n{x}"),
    "it": ("Ciao {r},\n\npuoi gestire la sostituzione per {x}? L'indirizzo qui sotto è corretto.\n\nGrazie,\n{s}\n\n",
           "Buongiorno,\nil mio ordine {o} è arrivato danneggiato. Vi prego di spedirne un altro a:\n{a}\nSono raggiungibile al {ph}.\nCordiali saluti,\n{x}"),
    "sv": ("Hej {r},\n\nKan du fixa ersättningen till {x}? Adressen nedan stämmer.\n\nTack,\n{s}\n\n",
           "Hej,\nMin order {o} kom fram skadad. Skicka en ny till:\n{a}\nNås på {ph}.\nMvh\n{x}"),
    "pl": ("Cześć {r},\n\nczy możesz ogarnąć wymianę dla klienta {x}? Adres poniżej jest aktualny.\n\nDzięki,\n{s}\n\n",
           "Dzień dobry,\nzamówienie {o} dotarło uszkodzone. Proszę o wysyłkę nowego na adres:\n{a}\nTelefon: {ph}.\nPozdrawiam\n{x}"),
}


def k_email_chain(lang):
    b = B()
    s, r, x = person(lang, 0.2), person(lang, 0.2), person(lang, 0.35)
    cc = cc_for(lang, 0.2)
    top, quoted = CHAIN_BODY[lang]
    R(b, top, r=PER(r.first), x=PER(x.full() if chance(0.5) else x.first), s=PER(s.first if chance(0.5) else s.full()))
    xe = email(x, lang)
    if chance(0.5):
        R(b, QUOTE_HDR[lang] + "\n", wd=ch(WD[lang]), dt=neg_date(), t=neg_time(), n=PER(x.full()), e=EML(xe))
        prefix = "> "
    else:
        O = OUTLOOK[lang]
        R(b, "-----Original Message-----\n{f}: {n} <{e}>\n{se}: {dt} {t}\n{to}: {tn} <{te}>\n", f=O[0], n=PER(x.full() if chance(0.7) else x.comma(False)),
          e=EML(xe), se=O[1], dt=neg_date(), t=neg_time(), to=O[2], tn=PER(s.full()), te=EML(email(s, lang, company=True)))
        if chance(0.5):
            R(b, "{cc}: {cn} <{ce}>\n", cc=O[3], cn=PER(r.full()), ce=EML(email(r, lang, company=True)))
        R(b, "{su}: {o}\n\n", su=O[4], o=neg_order())
        prefix = ""
    # quoted body, each line prefixed
    sub = B()
    R(sub, quoted, o=neg_order(), a=ADR(ml_addr(cc, lang, chance(0.3)) if not prefix else ol_addr(cc, lang, False)), ph=PHN(phone(cc, lang)), x=PER(x.first if chance(0.4) else x.full()))
    # re-emit with prefix, keeping span offsets (spans may cross lines -> emit text piecewise)
    txt = sub.text()
    cuts = sorted({0, len(txt)} | {sp["start"] for sp in sub.spans} | {sp["end"] for sp in sub.spans})
    spans_by_start = {sp["start"]: sp for sp in sub.spans}
    b.t(prefix)
    for a_, z in zip(cuts, cuts[1:]):
        piece = txt[a_:z]
        piece = piece.replace("\n", "\n" + prefix)
        if a_ in spans_by_start:
            b.e(spans_by_start[a_]["type"], piece)
        else:
            b.t(piece)
    return b


CAL = {"en": ("Title", "When", "Where", "Organizer", "Guests", "Join by phone", "Meeting ID", "PIN", "Description"),
       "de": ("Titel", "Wann", "Ort", "Organisator", "Teilnehmer", "Einwahl per Telefon", "Meeting-ID", "PIN", "Beschreibung"),
       "fr": ("Titre", "Quand", "Lieu", "Organisateur", "Invités", "Rejoindre par téléphone", "ID de réunion", "Code", "Description")}


def k_calendar_invite(lang):
    b = B()
    L = CAL[lang]
    org = person(lang, 0.3)
    guests = [person(lang, 0.4) for _ in range(rng.randint(2, 4))]
    R(b, "{a}: {t}\n{w}: {d} {tm} – {tm2} (CET)\n", a=L[0], t=ch(["Q3 creator sync", "Launch debrief", "Retail partner review", "Kickoff – spring campaign"]),
      w=L[1], d=neg_date(), tm=neg_time(), tm2=neg_time())
    if chance(0.8):
        R(b, "{w}: {ad}\n", w=L[2], ad=ADR(ol_addr(cc_for(lang, 0.3), lang, False)))
    else:
        R(b, "{w}: Zoom / {c} office, room 4.12\n", w=L[2], c=LOC(city(lang)))
    R(b, "{o}: {n} <{e}>\n{g}: ", o=L[3], n=PER(org.full()), e=EML(email(org, lang, company=True)), g=L[4])
    gl = []
    for g in guests:
        if chance(0.5):
            gl.append([PER(g.full()), " <", EML(email(g, lang)), ">"])
        elif chance(0.5):
            gl.append([EML(email(g, lang))])
        else:
            gl.append([PER(g.full())])
    R(b, "{x}\n", x=join_list(gl, ", ", None))
    R(b, "{j}: {ph}  {m}: {mid}  {p}: {pin}#\n{de}: ", j=L[5], ph=PHN(phone(cc_for(lang, 0.4), lang, intl=True)), m=L[6],
      mid=f"{digits(3)} {digits(4)} {digits(4)}", p=L[7], pin=digits(6), de=L[8])
    R(b, {"en": "Agenda from {n} – please bring the numbers for {c}.", "de": "Agenda von {n} – bitte Zahlen für {c} mitbringen.",
          "fr": "Ordre du jour envoyé par {n} – merci d'apporter les chiffres pour {c}."}[lang], n=PER(org.first), c=LOCP(place_en() if lang == "en" else city(lang)))
    return b


INV = {"en": ("INVOICE", "Bill to", "Invoice no.", "Date", "Customer no.", "VAT no.", "Bank", "Due"),
       "de": ("RECHNUNG", "Rechnungsempfänger", "Rechnungsnr.", "Datum", "Kundennr.", "USt-IdNr.", "Bankverbindung", "Fällig"),
       "fr": ("FACTURE", "Facturé à", "N° de facture", "Date", "N° client", "N° TVA", "Coordonnées bancaires", "Échéance"),
       "es": ("FACTURA", "Facturar a", "N.º factura", "Fecha", "N.º cliente", "NIF", "Datos bancarios", "Vencimiento"),
       "it": ("FATTURA", "Intestata a", "Fattura n.", "Data", "Cod. cliente", "P.IVA", "Coordinate bancarie", "Scadenza"),
       "nl": ("FACTUUR", "Factuur aan", "Factuurnr.", "Datum", "Klantnr.", "Btw-nr.", "Bankgegevens", "Vervaldatum"),
       "pl": ("FAKTURA VAT", "Nabywca", "Nr faktury", "Data", "Nr klienta", "NIP", "Rachunek bankowy", "Termin płatności"),
       "cs": ("FAKTURA", "Odběratel", "Číslo faktury", "Datum", "Č. zákazníka", "DIČ", "Bankovní spojení", "Splatnost"),
       "ro": ("FACTURĂ", "Client", "Nr. factură", "Data", "Cod client", "CIF", "Cont bancar", "Scadență")}
INV_CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "cs": "CZ", "ro": "RO"}


def k_invoice_header(lang):
    b = B()
    L = INV[lang]
    cc = INV_CC[lang]
    comp = ch(["Lumen Studio", "Kora Cosmetics", "Groenhuis", "Veloce Bikes", "Fjord Outdoor", "Brightwave Media"])
    p = person(lang, 0.2)
    vat = {"GB": "GB" + digits(9), "DE": "DE" + digits(9), "FR": "FR" + digits(11), "ES": "B" + digits(8), "IT": "IT" + digits(11),
           "NL": "NL" + digits(9) + "B01", "PL": digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(2), "CZ": "CZ" + digits(8), "RO": "RO" + digits(8)}[cc]
    R(b, "{co} · {ca} · {v} {vn}\n{tel} {ph} · {em}\n\n{T}\n\n{bt}:\n", co=comp, ca=ADR(ol_addr(cc, lang, False)), v=L[5], vn=vat,
      tel="Tel." if lang != "en" else "Tel", ph=PHN(phone(cc, lang, ext=chance(0.2))), em=EML(email(None, lang)), T=L[0], bt=L[1])
    if chance(0.4):
        R(b, "{c2}\n", c2=ch(["Atelier Blanc SARL", "Hof & Partner GbR", "Studio Nube S.L.", "Marlow Events Ltd"]))
        R(b, "{att} {n}\n", att={"en": "Attn:", "de": "z. Hd.", "fr": "À l'att. de", "es": "A/A", "it": "c.a.", "nl": "t.a.v.", "pl": "do rąk", "cs": "k rukám", "ro": "în atenția"}[lang],
          n=PER(p.full()))
    else:
        R(b, "{n}\n", n=PER(p.full()))
    R(b, "{a}\n\n", a=ADR(ml_addr(cc_for(lang, 0.2), lang, chance(0.3))))
    R(b, "{i}: {inv}\n{d}: {dt}\n{k}: {kn}\n{du}: {dd}\n\n{bk}: IBAN {ib} · BIC {bic}",
      i=L[2], inv=neg_invoice(), d=L[3], dt=neg_date(), k=L[4], kn=digits(6), du=L[7], dd=neg_date(), bk=L[6], ib=IBN(iban(cc if cc != "GB" else ch(["GB", "IE"]))),
      bic=ch(["COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "UNCRITMM", "INGBNL2A", "PKOPPLPW", "KOMBCZPP", "BTRLRO22", "NWBKGB2L"]))
    return b


CRM = {
    "en": ["Called {f} re: order {o}. She's moved to {c} – new mobile {ph}. Wants refund to the card on file. Follow up {d}. (spoke to her partner {p2} first)",
           "met {ln} yesterday at the {c} pop-up, keen on wholesale. intro'd to {p2}. email {em}",
           "{F} rang again, 3rd time this week. escalated to {p2}. ticket {o}. do NOT call after {t}.",
           "VIP: {fn} ({em}). Birthday {d}. Prefers contact via {ph}. Husband {p2} also a member.",
           "ask {p2} about the wholesale quote for {ln} before friday. new delivery addr: {a}",
           "{fn} – address change to {a}. confirmed by phone ({ph}). cc {p2}"],
    "de": ["{fn} angerufen wg. Bestellung {o}. Ist nach {c} umgezogen, neue Nummer {ph}. Rückruf am {d}. (Erst mit Ehemann {p2} gesprochen)",
           "gestern {ln} auf der Messe in {c} getroffen, Interesse an Großhandel. An {p2} weitergeleitet. Mail: {em}"],
    "es": ["Llamé a {f} por el pedido {o}. Se mudó a {c}, móvil nuevo {ph}. Devolver a la tarjeta guardada. Seguimiento {d}.",
           "ayer conocimos a {ln} en la feria de {c}, interesada en venta al por mayor. Le pasé el contacto de {p2}. email {em}"],
    "fr": ["Appel de {f} pour la commande {o}. A déménagé à {c}, nouveau portable {ph}. Rappeler le {d}. (conjoint : {p2})",
           "rencontré {ln} hier au salon de {c}, intéressé par la revente. Transmis à {p2}. mail {em}"],
}


def k_crm_note(lang):
    b = B()
    p, p2 = person(lang, 0.4), person(lang, 0.3)
    R(b, "[CRM] " + neg_date() + " – ")
    R(b, ch(CRM[lang]), f=PER(p.first if chance(0.7) else p.first.lower()), F=PER(p.first.upper() if chance(0.3) else p.first), fn=PER(p.full()),
      ln=PER(p.last), o=neg_order(), c=LOCP(place_en() if lang == "en" else city(lang)), ph=PHN(phone(None, lang)), d=neg_date(), t=neg_time(),
      p2=PER(p2.first if chance(0.6) else p2.full()), em=EML(email(p, lang)), a=ADR(ol_addr(None, lang, False)))
    return b


REVIEW = {
    "en": ("★★★★★ \"{rv}\" – {rn}\n\nResponse from the owner: Hi {rf}, thank you so much for the kind words about our {c} store! {sf} will be thrilled to hear it. "
           "If the {prod} ever gives you trouble, call us on {ph}. Hope to see you again soon!",
           ["Grace and the team were amazing", "Will sorted my return in 2 mins", "Great service, quick delivery", "the rose gold set is gorgeous"]),
    "es": ("★★★★☆ \"{rv}\" – {rn}\n\nRespuesta del propietario: ¡Hola, {rf}! Muchas gracias por tu reseña de nuestra tienda de {c}. {sf} se alegrará mucho. "
           "Cualquier problema con el {prod}, llámanos al {ph}.", ["Muy buena atención", "Envío rapidísimo"]),
    "de": ("★★★★★ „{rv}“ – {rn}\n\nAntwort des Inhabers: Hallo {rf}, vielen Dank für das Lob für unsere Filiale in {c}! {sf} freut sich riesig. "
           "Falls mit dem {prod} etwas ist, erreichen Sie uns unter {ph}.", ["Super Beratung", "Schnelle Lieferung, gerne wieder"]),
    "fr": ("★★★★★ « {rv} » – {rn}\n\nRéponse du propriétaire : Bonjour {rf}, merci pour ce gentil message sur notre boutique de {c} ! {sf} sera ravie. "
           "En cas de souci avec le {prod}, appelez-nous au {ph}.", ["Accueil parfait", "Livraison rapide"]),
    "it": ("★★★★★ \"{rv}\" – {rn}\n\nRisposta del titolare: Ciao {rf}, grazie mille per le belle parole sul nostro negozio di {c}! {sf} sarà felicissima. "
           "Per qualsiasi problema con il {prod} chiamaci al {ph}.", ["Personale gentilissimo", "Consegna velocissima"]),
    "pt": ("★★★★★ \"{rv}\" – {rn}\n\nResposta do proprietário: Olá {rf}, muito obrigado pelo carinho com a nossa loja de {c}! A {sf} vai adorar saber. "
           "Qualquer problema com o {prod}, liga para {ph}.", ["Atendimento nota 10", "Entrega super rápida"]),
    "nl": ("★★★★★ \"{rv}\" – {rn}\n\nReactie van de eigenaar: Hoi {rf}, dank je wel voor je mooie review over onze winkel in {c}! {sf} is er blij mee. "
           "Problemen met de {prod}? Bel ons op {ph}.", ["Top service", "Snel geleverd"]),
    "pl": ("★★★★★ \"{rv}\" – {rn}\n\nOdpowiedź właściciela: Dzień dobry, {rf}! Dziękujemy za miłe słowa o naszym sklepie w mieście {c}. {sf} bardzo się ucieszy. "
           "W razie problemów z {prod} prosimy dzwonić pod {ph}.", ["Świetna obsługa", "Szybka dostawa"]),
    "tr": ("★★★★★ \"{rv}\" – {rn}\n\nİşletme sahibinin yanıtı: Merhaba {rf}, {c} mağazamız hakkındaki güzel yorumunuz için çok teşekkürler! {sf} çok sevinecek. "
           "{prod} ile ilgili sorun olursa {ph} numarasından bize ulaşın.", ["Çok ilgililer", "Hızlı teslimat"]),
}


def k_review_reply(lang):
    b = B()
    rv, st = person(lang, 0.3), person(lang, 0.15)
    tpl, revs = REVIEW[lang]
    rvtxt = ch(revs)
    rn = ch([rv.short(), rv.full(), rv.first])
    b2 = B()
    # review text: "Grace and the team..." / "Will sorted..." start with a name
    if rvtxt.startswith("Grace "):
        rvv = [PER("Grace"), rvtxt[5:]]
    elif rvtxt.startswith("Will "):
        rvv = [PER("Will"), rvtxt[4:]]
    else:
        rvv = rvtxt
    R(b, tpl, rv=rvv, rn=PER(rn), rf=PER(rv.first), c=LOC(city(lang) if lang in CITIES else city("en")), sf=PER(st.first),
      prod=neg_model(), ph=PHN(phone(cc_for(lang, 0.0), lang, ext=chance(0.1)) if chance(0.85) else vanity()))
    if chance(0.7):
        R(b, {"en": "\nFind us at {a}.", "es": "\nEstamos en {a}.", "de": "\nSie finden uns hier: {a}.", "fr": "\nNous trouver : {a}.",
              "it": "\nCi trovi in {a}.", "pt": "\nEstamos na {a}.", "nl": "\nJe vindt ons op {a}.", "pl": "\nAdres sklepu: {a}.",
              "tr": "\nAdresimiz: {a}."}[lang], a=ADR(ol_addr(cc_for(lang, 0.0), lang, False)))
    return b


SMS = {
    "en": [("{a}", "hey its {af}, new number btw. save it: {ph}"), ("{bn}", "omg hi!! ok saved. r u still at {ad}?"),
           ("{a}", "nah moved to {c} last month, will send new addy"), ("{bn}", "kk. tell {x} i said hi")],
    "es": [("{a}", "hola soy {af}, este es mi nuevo número: {ph}"), ("{bn}", "holaa! guardado. ¿sigues en {ad}?"),
           ("{a}", "no, me mudé a {c} el mes pasado"), ("{bn}", "vale, saluda a {x} de mi parte")],
    "pt": [("{a}", "oi é a {af}, número novo: {ph}"), ("{bn}", "oiii salvei! ainda mora na {ad}?"), ("{a}", "não, mudei pra {c} mês passado"),
           ("{bn}", "manda um beijo pro {x}")],
    "id": [("{a}", "hai ini {af}, nomor baru ya: {ph}"), ("{bn}", "okee udah disimpan. masih di {ad}?"), ("{a}", "udah pindah ke {c} bulan lalu"),
           ("{bn}", "salam buat {x} ya")],
    "vi": [("{a}", "chào, mình là {af}, số mới của mình: {ph}"), ("{bn}", "ok lưu rồi. vẫn ở {ad} à?"), ("{a}", "không, chuyển vào {c} tháng trước rồi"),
           ("{bn}", "cho mình gửi lời hỏi thăm {x} nhé")],
    "tr": [("{a}", "selam ben {af}, yeni numaram: {ph}"), ("{bn}", "kaydettim! hala {ad} adresinde misin?"), ("{a}", "yok geçen ay {c}'e taşındık"),
           ("{bn}", "{x}'e selam söyle")],
    "ro": [("{a}", "salut, sunt {af}, am număr nou: {ph}"), ("{bn}", "salvat! mai stai pe {ad}?"), ("{a}", "nu, m-am mutat în {c} luna trecută"),
           ("{bn}", "salută-l pe {x} din partea mea")],
}


def k_sms_thread(lang):
    b = B()
    a, bb, x = person(lang, 0.3), person(lang, 0.3), person(lang, 0.3)
    cc = cc_for(lang, 0.0)
    an = a.nick or a.first
    for who, line in SMS[lang]:
        R(b, who + ": ", a=PER(an), bn=PER(bb.first))
        R(b, line + "\n", af=PER(an.lower() if chance(0.5) else an), ph=PHN(phone(cc, lang, intl=chance(0.3))),
          ad=ADR(ol_addr(cc, lang, False).lower() if chance(0.4) else ol_addr(cc, lang, False)), c=LOC(city(lang) if lang in CITIES else city("en")),
          x=PER(x.first.lower() if chance(0.5) else x.first))
    return b


def k_payment_dispute(lang):
    b = B()
    p = person(lang, 0.4)
    if lang == "en":
        R(b, "CHARGEBACK / DISPUTE FORM\nCardholder name: {n}\nCard number: {cc}\nExpiry: {ex}   (CVV not stored)\nDisputed amount: {pr} on {d}, merchant ref {ref}\n"
             "Reason: item not received. I contacted {sp} at the merchant twice.\nPreferred refund: bank transfer to IBAN {ib}\nBilling address: {ad}\nContact: {em}, {ph}",
          n=PER(p.full().upper() if chance(0.3) else p.full()), cc=CC(card()), ex=f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", pr=neg_price("en"), d=neg_date(),
          ref=neg_order(), sp=PER(person("en").first), ib=IBN(iban()), ad=ADR(ol_addr(None, "en", chance(0.4))), em=EML(email(p)), ph=PHN(phone(None, "en")))
    elif lang == "de":
        R(b, "Reklamation Kartenzahlung\nKarteninhaber: {n}\nKartennummer: {cc}\nBetrag: {pr} vom {d}, Händler-Ref. {ref}\nGrund: Ware nicht erhalten.\n"
             "Erstattung bitte auf IBAN {ib} (Kontoinhaber: {n2})\nAnschrift: {ad}\nKontakt: {em}, {ph}",
          n=PER(p.full()), cc=CC(card()), pr=neg_price("de"), d=neg_date(), ref=neg_order(), ib=IBN(iban(ch(["DE", "AT", "CH"]))), n2=PER(p.full()),
          ad=ADR(ol_addr(None, "de", False)), em=EML(email(p, "de")), ph=PHN(phone(None, "de")))
    else:
        R(b, "Contestation de paiement\nTitulaire de la carte : {n}\nNuméro de carte : {cc}\nMontant : {pr} le {d}, réf. marchand {ref}\nMotif : article non reçu.\n"
             "Remboursement sur l'IBAN {ib}\nAdresse : {ad}\nContact : {em}, {ph}",
          n=PER(p.full()), cc=CC(card()), pr=neg_price("fr"), d=neg_date(), ref=neg_order(), ib=IBN(iban(ch(["FR", "BE"]))), ad=ADR(ol_addr(None, "fr", False)),
          em=EML(email(p, "fr")), ph=PHN(phone(None, "fr")))
    return b


SEC = {"en": "New sign-in to your account\n\nHi {f},\n\nWe noticed a new sign-in to {em} from {ip} near {c}, {co} on {d} at {t} ({ua}).\n"
             "If this was you, you can ignore this message. If not, reset your password and call us on {ph}.\n\n– The Security Team",
       "de": "Neue Anmeldung bei Ihrem Konto\n\nHallo {f},\n\nwir haben eine neue Anmeldung bei {em} von der IP-Adresse {ip} (Standort: {c}, {co}) am {d} um {t} festgestellt ({ua}).\n"
             "Waren Sie das nicht? Ändern Sie Ihr Passwort und rufen Sie uns unter {ph} an.",
       "fr": "Nouvelle connexion à votre compte\n\nBonjour {f},\n\nUne connexion à {em} a été détectée depuis l'adresse IP {ip} ({c}, {co}) le {d} à {t} ({ua}).\n"
             "Si ce n'était pas vous, changez votre mot de passe et appelez-nous au {ph}.",
       "es": "Nuevo inicio de sesión en tu cuenta\n\nHola {f}:\n\nDetectamos un inicio de sesión en {em} desde la IP {ip} ({c}, {co}) el {d} a las {t} ({ua}).\n"
             "Si no fuiste tú, cambia tu contraseña y llámanos al {ph}."}
SEC_PLACES = {"en": [("Porto", "Portugal"), ("Bucharest", "Romania"), ("Hanoi", "Vietnam"), ("Recife", "Brazil"), ("Lagos", "Nigeria"),
                      ("Frankfurt", "Germany"), ("Toronto", "Canada"), ("Manila", "Philippines")],
              "de": [("Bukarest", "Rumänien"), ("Valencia", "Spanien"), ("São Paulo", "Brasilien"), ("Graz", "Österreich"), ("Danzig", "Polen")],
              "fr": [("Bucarest", "Roumanie"), ("Séville", "Espagne"), ("Rio de Janeiro", "Brésil"), ("Anvers", "Belgique"), ("Casablanca", "Maroc")],
              "es": [("Bucarest", "Rumanía"), ("Guadalajara", "México"), ("Fortaleza", "Brasil"), ("Oporto", "Portugal"), ("Cali", "Colombia")]}
CO_LOCAL = {"en": ["Portugal", "Romania", "Vietnam", "Brazil", "Nigeria", "Germany", "Canada"], "de": ["Rumänien", "Spanien", "Brasilien", "Österreich", "Polen"],
            "fr": ["Roumanie", "Espagne", "Brésil", "Belgique", "Maroc"], "es": ["Rumanía", "México", "Brasil", "Portugal", "Colombia"]}


def k_security_alert(lang):
    b = B()
    p = person(lang, 0.3)
    ua = ch(["Chrome " + ch(["122.0.6261.94", "124.0.6367.119"]) + " on Windows", "Safari on iOS " + ch(["17.4.1", "16.6.1"]), "Firefox 125.0.3 / Linux",
             "Samsung Internet 24.0.3.2"])
    cty, cou = ch(SEC_PLACES[lang])
    R(b, SEC[lang], f=PER(p.first), em=EML(email(p, lang)), ip=IP(ip()), c=LOC(cty), co=LOC(cou), d=neg_date(),
      t=neg_time(), ua=ua, ph=PHN(phone(cc_for(lang, 0.0), lang)))
    return b


def k_event_rsvp(lang):
    b = B()
    b.t(ch(["RSVPs so far – Summer launch party\n", "Guest list (door) – Brand x Creators brunch\n", "RSVP export – Grace & Co. 10th birthday\n"]))
    for i in range(rng.randint(4, 7)):
        p = person("en", 0.5)
        r = rng.random()
        if r < 0.25:
            q = person("en", 0.4)
            R(b, "- {n} +1 ({q}) – {d}\n", n=PER(p.full()), q=PER(q.first if chance(0.5) else q.full()), d=ch(["vegetarian", "no diet req.", "gluten free"]))
        elif r < 0.4:
            R(b, "- {n} – can't make it, sends love\n", n=PER(p.first))
        elif r < 0.55:
            R(b, "- {n} <{e}> – yes\n", n=PER(p.full()), e=EML(email(p)))
        elif r < 0.65:
            R(b, "- {n} (plus kids {k1} & {k2}) – maybe\n", n=PER(p.full()), k1=PER(person("en").first), k2=PER(person("en").first))
        else:
            R(b, "- {n} – yes{x}\n", n=PER(p.full() if chance(0.8) else p.full().lower()), x=ch(["", "", " (arriving late)", " – bringing the rose wine"]))
    return b


def k_markdown_table(lang):
    b = B()
    addr_col = chance(0.4)
    if addr_col:
        b.t("| Winner | Email | Phone | Ship to |\n|---|---|---|---|\n")
    else:
        b.t(ch(["| Name | Email | Phone | City |\n|---|---|---|---|\n", "| Ambassador | Contact email | Mobile | Based in |\n| --- | --- | --- | --- |\n"]))
    for i in range(rng.randint(3, 5)):
        p = person("en", 0.55)
        R(b, "| {n} | {e} | {ph} | {c} |\n", n=PER(p.full()), e=EML(email(p)), ph=PHN(phone(None, "en", intl=True)),
          c=ADR(ol_addr(None, "en", False)) if addr_col else LOCP(place_en()))
    b.t(ch(["\n*Payouts run on the 15th.*", "\nTotal reach: 1.2M", ""]))
    return b


def k_loyalty_signup(lang):
    b = B()
    p = person("en", 0.4)
    R(b, "LOYALTY ENROLMENT – store {sn}\nMember: {n}\nDate of birth: {dob}\nMember no.: {mn}\nEmail: {e}\nMobile: {ph}\nPostcode: {pc}\n"
         "Card linked for auto top-up: {cc}\nReferred by: {r}\nMarketing opt-in: {y}",
      sn=str(rng.randint(100, 999)), n=PER(p.full()), dob=neg_date(), mn=" ".join(not_luhn(16)[i:i + 4] for i in range(0, 16, 4)), e=EML(email(p)),
      ph=PHN(phone(None, "en")), pc=ch(["80205", "SW1A 2AA", "2000", "D07 X2Y9", "10115", "M5V 2T6"]), cc=CC(card()), r=PER(person("en").full()), y=ch(["Y", "N"]))
    return b


RET = {"en": ("Return request {rma}\nCustomer: {n}\nCollect from: {a}\nPhone: {ph}\nItems: {q} of {sku}\nRefund to: {pay}\nNote: {nb} will hand over the parcel if I'm at work."),
       "de": ("Retourenanmeldung {rma}\nKunde: {n}\nAbholadresse: {a}\nTelefon: {ph}\nArtikel: {q} {sku}\nErstattung auf: {pay}\nHinweis: Falls ich nicht da bin, übergibt {nb} das Paket."),
       "nl": ("Retouraanvraag {rma}\nKlant: {n}\nOphaaladres: {a}\nTelefoon: {ph}\nArtikelen: {q} {sku}\nTerugbetaling naar: {pay}\nLet op: {nb} geeft het pakket mee als ik niet thuis ben."),
       "it": ("Richiesta di reso {rma}\nCliente: {n}\nRitiro presso: {a}\nTelefono: {ph}\nArticoli: {q} {sku}\nRimborso su: {pay}\nNota: se non ci sono, il pacco lo consegna {nb}.")}


def k_returns_request(lang):
    b = B()
    p, nb = person(lang, 0.3), person(lang, 0.2)
    cc = cc_for(lang, 0.0)
    pay = CC(card()) if chance(0.5) else IBN(iban({"en": ch(["GB", "IE"]), "de": "DE", "nl": "NL", "it": "IT"}[lang]))
    R(b, RET[lang], rma=neg_case(), n=PER(p.full()), a=ADR(ml_addr(cc, lang, False) if chance(0.4) else ol_addr(cc, lang, False)), ph=PHN(phone(cc, lang)),
      q=neg_qty(), sku=neg_sku(), pay=pay, nb=PER(nb.first if chance(0.5) else nb.full()))
    return b


def k_social_dm(lang):
    b = B()
    p = person("en", 0.4)
    R(b, ch(["hey!! saw ur post about the giveaway 😍 i'm {f} from {c}. i won?? omg. my email is {e} and u can ship to {a} 🙏 my sister {s} says hi",
             "Hi @kora.official, it's {f} ({e}). The serum I got in {c} was fake I think?? batch {neg}. Pls DM me or call {ph}",
             "yo it's {f}!! collab? my manager is {s}, reach her at {e}. i'm in {c} till the 20th"]),
      f=PER(p.first.lower() if chance(0.5) else p.first), c=LOCP(place_en()), e=EML(email(p)), a=ADR(ol_addr(None, "en", chance(0.3))), s=PER(person("en").first),
      neg=neg_sku(), ph=PHN(phone(None, "en")))
    return b


def k_hr_onboarding(lang):
    b = B()
    p, ec = person("en", 0.35), person("en", 0.3)
    R(b, "NEW HIRE – {d}\nLegal name: {n}\nPreferred name: {pn}\nSSN: {ssn}\nHome address:\n{a}\nPersonal email: {e}\nEmergency contact: {ec} ({rel}), {ph}\n"
         "Manager: {m}\nW-4 received: yes   Badge #{badge}",
      d=neg_date(), n=PER(p.full()), pn=PER(p.nick or p.first), ssn=SSN(ssn()), a=ADR(ml_addr("US", "en", False)), e=EML(email(p)), ec=PER(ec.full()),
      rel=ch(["spouse", "mother", "brother", "partner"]), ph=PHN(phone("US", "en")), m=PER(person("en", 0.2).full()), badge=digits(5))
    if chance(0.5):
        R(b, "\nNote: previous SSN on file ({old}) was mistyped by {h} – corrected.", old=SSN(ssn("plain")), h=PER(person("en", 0.2).first))
    return b


def k_server_log(lang):
    b = B()
    for i in range(rng.randint(3, 5)):
        ts = f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"
        r = rng.random()
        if r < 0.4:
            p = person("en", 0.5)
            R(b, "{ts} INFO signup email={e} ip={ip} ua=\"Mozilla/5.0 Chrome/{v}\"\n", ts=ts, e=EML(email(p)), ip=IP(ip()),
              v=f"{rng.randint(110, 125)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 200)}")
        elif r < 0.7:
            R(b, "{ts} WARN rate_limit ip={ip} path=/api/v2/orders/{o} retry_after=30\n", ts=ts, ip=IP(ip()), o=digits(9))
        elif r < 0.85:
            R(b, "{ts} INFO build={v} deploy ok host=web-{h} upstream={u}:8080\n", ts=ts, v=neg_version().split()[-1], h=digits(2), u=IP(ipv4(True)))
        else:
            p = person("en", 0.5)
            R(b, "{ts} ERROR payment_failed customer=\"{n}\" last4={l4} order={o}\n", ts=ts, n=PER(p.full()), l4=digits(4), o=neg_order())
    return b


def k_promo_copy(lang):
    """marketing copy dense with look-alikes; few or no entities"""
    b = B()
    lines = [
        "☀️ Summer Sale is here! Rose gold, sunny yellow and brown leather – up to 40% off until {d}.",
        "Hope you had a great weekend! We will ship every order placed before {t} today.",
        "Bill me later with our 14-day grace period. Terms apply. Promo code GRACE-0800-24.",
        "New in: {br} boots, {br2} jackets and our {chr} plush ({sku}).",
        "Mark your calendars: the King-size Bed Event starts {d}. Young at heart? Try the {chr} kids range.",
        "Joy to the world – free gift wrap on orders over {pr}. Faith in our quality: 2-year warranty on {m}.",
        "Customer hotline codes: press 1 for orders, 2 for returns (have your order number {o} ready).",
        "App update {v} fixes the login bug. Tracking numbers now look like {tr}.",
        "Will you join us? Doors open {t}, tickets {pr}, max {q} per person.",
    ]
    for ln in rng.sample(lines, rng.randint(3, 5)):
        R(b, ln + "\n", d=neg_date(), t=neg_time(), br=ch(BRANDS), br2=ch(BRANDS), chr=ch(CHARACTERS), sku=neg_sku(), pr=neg_price(lang),
          m=neg_model(), o=neg_order(), v=neg_version(), tr=neg_tracking(), q=str(rng.randint(2, 6)))
    if chance(0.5):
        R(b, "Visit our flagship in {c} or call {ph}.", c=LOCP(place_en()), ph=PHN(vanity() if chance(0.5) else phone(None, "en")))
    elif chance(0.5):
        R(b, "Pop-up store: {a} – open {t} till late.", a=ADR(ol_addr(None, "en", False)), t=neg_time())
    return b


# ================================================================ assembly
E = ["en"]
KINDS = [  # (kind, function, samples, languages, share of non-English samples)
    ("formal_letter", k_formal_letter, 20, ["en", "de", "fr", "es", "it", "nl", "pl"], 0.6),
    ("web_form", k_web_form, 36, list(FORM_LBL), 0.7),
    ("csv_rows", k_csv_rows, 14, list(CSV_HEAD), 0.3),
    ("tsv_table", k_tsv_table, 10, ["en", "de", "it", "pt"], 0.3),
    ("json_snippet", k_json_snippet, 14, E, 0),
    ("support_chat", k_support_chat, 24, list(CHAT), 0.45),
    ("stt_transcript", k_stt_transcript, 18, ["en", "es", "de"], 0.25),
    ("shipping_label", k_shipping_label, 18, list(LABEL_HDR), 0.35),
    ("seating_list", k_seating_list, 12, E, 0),
    ("survey_answer", k_survey_answer, 20, list(SURVEY), 0.5),
    ("influencer_contract", k_influencer_contract, 12, E, 0),
    ("warranty_claim", k_warranty_claim, 14, list(WARRANTY), 0.4),
    ("dating_profile", k_dating_profile, 14, list(DATING), 0.4),
    ("obituary", k_obituary, 12, list(OBIT), 0.5),
    ("anniversary_note", k_anniversary_note, 8, E, 0),
    ("school_newsletter", k_school_newsletter, 12, E, 0),
    ("sports_roster", k_sports_roster, 10, E, 0),
    ("real_estate_listing", k_real_estate_listing, 16, list(ESTATE), 0.6),
    ("passenger_list", k_passenger_list, 12, E, 0),
    ("recruiting_note", k_recruiting_note, 14, ["en", "de"], 0.2),
    ("email_chain", k_email_chain, 20, list(QUOTE_HDR), 0.6),
    ("calendar_invite", k_calendar_invite, 12, list(CAL), 0.3),
    ("invoice_header", k_invoice_header, 16, list(INV), 0.6),
    ("crm_note", k_crm_note, 14, list(CRM), 0.3),
    ("review_reply", k_review_reply, 18, list(REVIEW), 0.5),
    ("sms_thread", k_sms_thread, 14, list(SMS), 0.6),
    ("payment_dispute", k_payment_dispute, 12, ["en", "de", "fr"], 0.3),
    ("security_alert", k_security_alert, 12, list(SEC), 0.4),
    ("event_rsvp", k_event_rsvp, 10, E, 0),
    ("markdown_table", k_markdown_table, 10, E, 0),
    ("loyalty_signup", k_loyalty_signup, 10, E, 0),
    ("returns_request", k_returns_request, 12, list(RET), 0.5),
    ("social_dm", k_social_dm, 12, E, 0),
    ("hr_onboarding", k_hr_onboarding, 10, E, 0),
    ("server_log", k_server_log, 8, E, 0),
    ("promo_copy", k_promo_copy, 14, E, 0),
]


def build():
    jobs = []
    for kind, fn, n, langs, share in KINDS:
        others = [l for l in langs if l != "en"]
        rng.shuffle(others)
        n_other = round(n * share) if others else 0
        ls = [others[i % len(others)] for i in range(n_other)] + ["en"] * (n - n_other)
        rng.shuffle(ls)
        jobs += [(kind, fn, l) for l in ls]
    rng.shuffle(jobs)
    rows = []
    for i, (kind, fn, lang) in enumerate(jobs, 1):
        b = fn(lang)
        text = b.text()
        for sp, v in zip(b.spans, b.vals):
            assert text[sp["start"]:sp["end"]] == v, (kind, sp, v)
        rows.append({"id": f"hard15-{i}", "kind": kind, "lang": lang, "text": text, "spans": b.spans})
    return rows


IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PL": 28, "PT": 25, "AT": 20, "CH": 21, "SE": 24,
            "DK": 18, "RO": 24, "CZ": 24, "TR": 26, "HU": 28, "FI": 18, "NO": 15}


def self_check(rows):
    tc, kc, lc, kinds = Counter(), Counter(), Counter(), set()
    for r in rows:
        t = r["text"]
        kc[r["kind"]] += 1
        lc[r["lang"]] += 1
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda s: (s["start"], s["end"])):
            assert sp["type"] in TYPES, sp
            s = t[sp["start"]:sp["end"]]
            assert 0 <= sp["start"] < sp["end"] <= len(t), (r["id"], sp)
            assert s == s.strip() and s, (r["id"], repr(s))
            assert sp["start"] >= prev_end, ("overlap", r["id"], sp)
            prev_end = sp["end"]
            tc[sp["type"]] += 1
            if sp["type"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", s)), s
            if sp["type"] == "IBAN_CODE":
                x = s.replace(" ", "").upper()
                assert _mod97(x[4:] + x[:4]) == 1 and len(x) == IBAN_LEN[x[:2]], s
            if sp["type"] == "US_SSN":
                assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", s) and not s.startswith(("000", "666", "9")), s
            if sp["type"] == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[^\s@]+@[^\s@]+\.[a-z]{2,}", s, re.I), s
    total = sum(tc.values())
    print(f"samples: {len(rows)}   spans: {total}   kinds: {len(kc)}   languages: {len(lc)}")
    print("\nper type:")
    for k in TYPES:
        print(f"  {k:16s} {tc[k]:5d}  {100 * tc[k] / total:5.1f}%")
    print("\nper kind:")
    for k, v in sorted(kc.items()):
        print(f"  {k:22s} {v:4d}")
    print("\nper language:")
    for k, v in lc.most_common():
        print(f"  {k:3s} {v:4d}  {100 * v / len(rows):5.1f}%")
    print(f"\nnon-English share: {100 * (1 - lc['en'] / len(rows)):.1f}%")
    print("zero-span samples:", sum(1 for r in rows if not r["spans"]))
    print("check: every span equals text[start:end] (recorded while building), no overlaps, no edge whitespace, "
          "Luhn-valid cards, mod-97-valid IBANs -> OK")
    return tc, kc, lc


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read the file and check what was written
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    assert back == rows
    self_check(back)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
