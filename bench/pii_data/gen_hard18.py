#!/usr/bin/env python3
"""Deterministic generator for the blind PII evaluation set hard18.
Offsets are recorded while the text is built (Builder), never searched afterwards."""
import json, os, random, string, sys
from collections import Counter
from faker import Faker

SEED = 1820
R = random.Random(SEED)
Faker.seed(SEED)
N_TARGET = int(sys.argv[1]) if len(sys.argv) > 1 else 500
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard18.jsonl")

P, PH, AD, LO, EM, IP, IB, CC, SSN = ("PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "LOCATION",
                                      "EMAIL_ADDRESS", "IP_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "US_SSN")


class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def __call__(self, *items):
        for it in items:
            if isinstance(it, tuple):
                typ, s = it
                s = str(s)
                self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s)})
                self.buf.append(s); self.n += len(s)
            else:
                s = str(it)
                self.buf.append(s); self.n += len(s)
        return self

    def text(self):
        return "".join(self.buf)


def ch(x):
    return R.choice(x)


def digits(k):
    return "".join(R.choice(string.digits) for _ in range(k))

# ---------------------------------------------------------------- names
FK = {}
LOC_FOR = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT",
           "nl": "nl_NL", "pl": "pl_PL", "sv": "sv_SE", "da": "da_DK", "no": "no_NO", "fi": "fi_FI",
           "cs": "cs_CZ", "hu": "hu_HU", "ro": "ro_RO", "tr": "tr_TR", "id": "id_ID", "vi": "vi_VN",
           "uk": "en_GB", "ie": "en_IE", "au": "en_AU", "in": "en_IN", "br": "pt_BR", "ca": "en_CA"}


def fk(loc):
    if loc not in FK:
        f = Faker(loc); f.seed_instance(SEED + len(FK)); FK[loc] = f
    return FK[loc]

HAND = {
    "nigerian": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde", "Yetunde", "Ifeanyi", "Chiamaka", "Babajide", "Nneka"],
                 ["Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu", "Olawale", "Chukwu", "Adebayo", "Obi"]),
    "indian": (["Priya", "Arjun", "Lakshmi", "Vikram", "Ananya", "Rohan", "Deepika", "Sanjay", "Kavitha", "Aarav", "Meenakshi"],
               ["Iyer", "Sharma", "Reddy", "Banerjee", "Nair", "Patel", "Gupta", "Krishnamurthy", "Menon", "Choudhury"]),
    "chinese": (["Wei", "Xiaoming", "Li Na", "Jianguo", "Meiling", "Haoran", "Yuxin", "Zhiwei", "Xinyi"],
                ["Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao", "Xu", "Sun", "Guo", "Lin"]),
    "korean": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Dong-hyun", "Soo-ah", "Jae-won"],
               ["Kim", "Park", "Choi", "Jeong", "Kang", "Yoon", "Han"]),
    "arabic": (["Mohammed", "Fatima", "Omar", "Layla", "Youssef", "Aisha", "Khalid", "Noor", "Tariq", "Samira"],
               ["Al-Farsi", "Haddad", "Nasser", "El-Masry", "Khoury", "Benali", "Al-Rashid", "Mansour"]),
    "vietnamese": (["Minh", "Thu", "Huong", "Duc", "Lan", "Tuan", "Ngoc Anh", "Bao"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang"]),
    "ethiopian": (["Abebe", "Tigist", "Selamawit", "Dawit", "Mekdes", "Yonas", "Hirut"],
                  ["Bekele", "Tesfaye", "Gebremedhin", "Alemu", "Haile", "Wolde"]),
    "maori": (["Aroha", "Wiremu", "Mere", "Tamati", "Hemi", "Ngaio", "Rawiri", "Kahu"],
              ["Ngata", "Parata", "Walker", "Tipene", "Horomona", "Te Whata"]),
    "sami": (["Áilu", "Máret", "Ánde", "Sunná", "Biret", "Niillas", "Elle"],
             ["Gaup", "Somby", "Sara", "Eira", "Valkeapää", "Utsi"]),
    "irish": (["Siobhán", "Niamh", "Ciarán", "Aoife", "Pádraig", "Saoirse", "Oisín", "Caoimhe", "Donncha"],
              ["O'Sullivan", "Ní Bhriain", "McCarthy", "Ó Murchú", "Fitzgerald", "O'Donoghue", "Mac Giolla"]),
    "japanese": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Sakura", "Kenji", "Yuki"],
                 ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"]),
    "turkish": (["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"]),
}
NICK = ["Bubba", "Sunny", "Chiki", "Tosh", "Pip", "Mojo", "Biggie", "Lulu", "Kiki", "Bear", "Ziggy", "Red", "Dee"]


def gs(lang=None):
    """return (given, surname)"""
    r = R.random()
    if lang in (None, "en") and r < 0.45 or r < 0.25:
        g, s = HAND[ch(list(HAND))]
        return ch(g), ch(s)
    if lang == "ja":
        g, s = HAND["japanese"]; return ch(g), ch(s)
    loc = LOC_FOR.get(lang or "en", "en_US")
    if lang in (None, "en"):
        loc = ch(["en_US", "en_GB", "en_IE", "en_AU", "en_IN", "en_CA", "es_MX", "pt_BR", "fr_FR", "de_DE", "pl_PL", "it_IT"])
    f = fk(loc)
    return f.first_name(), f.last_name()


def name(lang=None, form=None):
    g, s = gs(lang)
    form = form or ch(["full"] * 6 + ["given"] * 3 + ["sur", "lower", "upper", "slash", "comma", "init", "nick", "full"])
    if form == "full": return f"{g} {s}"
    if form == "given": return g
    if form == "sur": return s
    if form == "lower": return ch([g.lower(), f"{g} {s}".lower()])
    if form == "upper": return f"{g} {s}".upper()
    if form == "slash": return f"{s.upper()}/{g.upper()}"
    if form == "comma": return f"{s}, {g}"
    if form == "init": return f"{g[0]}. {s}"
    if form == "nick": return ch(NICK)
    return f"{g} {s}"


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum() or c in ".")


def email(g=None, s=None):
    if g is None:
        g, s = gs()
    dom = ch(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz",
              "hotmail.es", "proton.me", "icloud.com", "gmx.at", "telia.se", "mail.ru", "yandex.com", "bigpond.com",
              "example-shop.co", "kundeservice.no", "posteo.de", "fastmail.fm"])
    lp = ch([f"{slug(g)}.{slug(s)}", f"{slug(g)[0]}{slug(s)}", f"{slug(s)}{R.randint(1,99)}", f"{slug(g)}_{slug(s)[:3]}{R.randint(70,99)}"])
    return f"{lp}@{dom}"


def company_email(dept, dom=None):
    return f"{dept}@{dom or ch(['lumenbrew.com', 'kaffeehaus-nord.de', 'maisonclaire.fr', 'velocitybikes.co.uk', 'nordicglow.se'])}"

# ---------------------------------------------------------------- phones
def ph(cc):
    """phone number for country code, national or international form"""
    intl = R.random() < 0.5
    d = digits
    if cc == "US" or cc == "CA":
        a = ch(["212", "415", "617", "312", "503", "416", "604", "737", "929"])
        return ch([f"({a}) {d(3)}-{d(4)}", f"{a}-{d(3)}-{d(4)}", f"+1 {a} {d(3)} {d(4)}", f"1-{a}-{d(3)}-{d(4)}", f"{a}.{d(3)}.{d(4)}"])
    if cc == "UK":
        return ch([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 {d(4)} {d(4)}", f"+44 (0)20 {d(4)} {d(4)}", f"0161 {d(3)} {d(4)}", f"01632 {d(6)}"])
    if cc == "IE":
        return ch([f"08{ch('35679')} {d(3)} {d(4)}", f"+353 8{ch('35679')} {d(3)} {d(4)}", f"(01) {d(3)} {d(4)}"])
    if cc == "DE":
        return ch([f"0151 {d(8)}", f"+49 30 {d(8)}", f"030 / {d(4)} {d(3)}", f"+49 (0) 89 {d(3)} {d(4)}", f"0171-{d(7)}"])
    if cc == "AT":
        return ch([f"0664 {d(7)}", f"+43 1 {d(7)}"])
    if cc == "CH":
        return ch([f"079 {d(3)} {d(2)} {d(2)}", f"+41 44 {d(3)} {d(2)} {d(2)}"])
    if cc == "FR":
        return ch([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 (0)1 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "ES":
        return ch([f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}"])
    if cc == "IT":
        return ch([f"3{d(2)} {d(3)} {d(4)}", f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(7)}", f"02 {d(8)}"])
    if cc == "PT":
        return ch([f"9{d(2)} {d(3)} {d(3)}", f"+351 21 {d(3)} {d(4)}"])
    if cc == "BR":
        return ch([f"(11) 9{d(4)}-{d(4)}", f"+55 21 9{d(4)}-{d(4)}"])
    if cc == "NL":
        return ch([f"06-{d(8)}", f"+31 6 {d(8)}", f"020-{d(3)} {d(4)}", f"+31 (0)10 {d(3)} {d(4)}"])
    if cc == "BE":
        return ch([f"04{d(2)} {d(2)} {d(2)} {d(2)}", f"+32 2 {d(3)} {d(2)} {d(2)}"])
    if cc == "PL":
        return ch([f"{ch('5678')}{d(2)} {d(3)} {d(3)}", f"+48 {ch('5678')}{d(2)} {d(3)} {d(3)}", f"(22) {d(3)} {d(2)} {d(2)}"])
    if cc == "SE":
        return ch([f"07{d(1)}-{d(3)} {d(2)} {d(2)}", f"+46 7{d(1)} {d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}"])
    if cc == "DK":
        return ch([f"{d(2)} {d(2)} {d(2)} {d(2)}", f"+45 {d(2)} {d(2)} {d(2)} {d(2)}", f"+45 {d(8)}"])
    if cc == "NO":
        return ch([f"{ch('49')}{d(2)} {d(2)} {d(3)}", f"+47 {ch('49')}{d(2)} {d(2)} {d(3)}", f"22 {d(2)} {d(2)} {d(2)}"])
    if cc == "FI":
        return ch([f"040 {d(3)} {d(4)}", f"+358 40 {d(3)} {d(4)}", f"09 {d(4)} {d(3)}", f"+358 50 {d(7)}"])
    if cc == "CZ":
        return ch([f"+420 {d(3)} {d(3)} {d(3)}", f"{ch('67')}{d(2)} {d(3)} {d(3)}"])
    if cc == "HU":
        return ch([f"+36 {ch(['20', '30', '70'])} {d(3)} {d(4)}", f"06 {ch(['20', '30', '70'])} {d(3)} {d(4)}", f"06-1-{d(3)}-{d(4)}"])
    if cc == "RO":
        return ch([f"07{d(2)} {d(3)} {d(3)}", f"+40 7{d(2)} {d(3)} {d(3)}", f"021 {d(3)} {d(4)}"])
    if cc == "TR":
        return ch([f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}"])
    if cc == "ID":
        return ch([f"08{d(2)}-{d(4)}-{d(4)}", f"+62 8{d(2)}-{d(4)}-{d(3)}", f"(021) {d(4)}-{d(4)}"])
    if cc == "VN":
        return ch([f"09{d(2)} {d(3)} {d(3)}", f"+84 9{d(1)} {d(3)} {d(4)}", f"(028) {d(4)} {d(4)}"])
    if cc == "JP":
        return ch([f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"03-{d(4)}-{d(4)}", f"(06) {d(4)}-{d(4)}"])
    if cc == "IN":
        return ch([f"+91 9{d(4)} {d(5)}", f"09{d(3)}-{d(6)}", f"98{d(3)}{d(5)}", f"+91-80-{d(8)}"])
    if cc == "NG":
        return ch([f"080{d(1)} {d(3)} {d(4)}", f"+234 80{d(1)} {d(3)} {d(4)}", f"+234 (0)9 {d(3)} {d(4)}"])
    if cc == "AU":
        return ch([f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"])
    if cc == "NZ":
        return ch([f"021 {d(3)} {d(4)}", f"+64 21 {d(3)} {d(4)}", f"(09) {d(3)} {d(4)}"])
    if cc == "MX":
        return ch([f"55 {d(4)} {d(4)}", f"+52 1 55 {d(4)} {d(4)}"])
    if cc == "KR":
        return ch([f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}"])
    if cc == "ZA":
        return ch([f"082 {d(3)} {d(4)}", f"+27 82 {d(3)} {d(4)}"])
    if cc == "SG":
        return ch([f"+65 {ch('89')}{d(3)} {d(4)}", f"{ch('689')}{d(3)} {d(4)}"])
    return f"+{d(2)} {d(3)} {d(3)} {d(3)}"


def ph_ext(cc="US"):
    base = ph(cc)
    return base + ch([f" ext. {R.randint(2,999)}", f" x{R.randint(10,9999)}", f" extension {R.randint(10,99)}", f" (ext {R.randint(100,999)})"])

SPOKEN = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_phone():
    ds = "07" + digits(9)
    words = [SPOKEN[int(c)] if not (c == "0" and R.random() < 0.5) else "zero" for c in ds]
    out = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i] == words[i + 1] and R.random() < 0.5:
            out.append("double " + words[i]); i += 2
        else:
            out.append(words[i]); i += 1
    return " ".join(out)

# ---------------------------------------------------------------- addresses
def hn():
    return str(R.choice([R.randint(1, 30), R.randint(1, 250), R.randint(1, 2500)]))


def addr(cc, multi=None):
    """return an address string (one-line or multi-line)"""
    multi = (R.random() < 0.45) if multi is None else multi
    L = addr_lines(cc)
    if multi:
        return "\n".join(L)
    return ", ".join(L)


def addr_lines(cc):
    d = digits
    if cc == "US":
        st = ch(["Maple Avenue", "W 34th St", "Elm St", "Sunset Blvd", "Peachtree Rd NE", "Lakeshore Dr", "Old Mill Rd"])
        city, stt = ch([("Portland", "OR"), ("Austin", "TX"), ("Brooklyn", "NY"), ("Columbus", "OH"), ("Tucson", "AZ"), ("Madison", "WI")])
        first = ch([f"{hn()} {st}", f"{hn()} {st}, Apt {R.randint(1,40)}{ch('ABCD')}", f"PO Box {R.randint(100,9999)}", f"RR 2 Box {R.randint(10,300)}", f"{hn()} {st} Suite {R.randint(100,900)}"])
        return [first, f"{city}, {stt} {d(5)}" + ch(["", f"-{d(4)}"])] + ([ch(["USA", "United States"])] if R.random() < 0.3 else [])
    if cc == "CA":
        return [f"{hn()} {ch(['Rue Sainte-Catherine O', 'Yonge Street', 'Jasper Ave NW'])}" + ch(["", f", Unit {R.randint(1,900)}"]),
                f"{ch(['Montréal QC', 'Toronto ON', 'Edmonton AB'])}  {ch('HMT')}{d(1)}{ch('ABCEG')} {d(1)}{ch('KLMN')}{d(1)}"]
    if cc == "UK":
        L = [ch([f"Flat {R.randint(1,30)}", f"Flat {R.randint(1,9)}{ch('ABC')}, {ch(['Marlowe House', 'Cedar Court', 'The Maltings'])}", ""]),
             f"{hn()} {ch(['Church Lane', 'Victoria Road', 'High Street', 'Albert Terrace', 'Kingsway'])}",
             ch(["", "Headingley", "Clifton", "Hove"]), ch(["Leeds LS6 3HN", "Bristol BS8 4RG", "Brighton BN3 1AE", "London N1 9GU", "Manchester M20 2RN"])]
        return [x for x in L if x]
    if cc == "IE":
        return [f"{hn()} {ch(['Sráid an Chaisleáin', 'Main Street', 'Patrick Street', 'Meadowbrook Park'])}",
                ch(["Ballincollig", "Rathmines", "Salthill"]), ch(["Co. Cork", "Dublin 6", "Galway"]) + ch(["", f" {ch(['P31', 'D06', 'H91'])} {ch('XKRW')}{d(2)}{ch('PTY')}"])]
    if cc == "AU":
        return [ch([f"Unit {R.randint(1,20)}/{hn()}", f"{hn()}"]) + " " + ch(["Bourke Street", "Glebe Point Rd", "Oxford St"]),
                f"{ch(['Melbourne VIC', 'Glebe NSW', 'Paddington QLD'])} {ch(['3000', '2037', '4064'])}"]
    if cc == "NZ":
        return [f"{hn()} {ch(['Karangahape Road', 'Cuba Street', 'Riccarton Road'])}", ch(["Ponsonby", "Te Aro", "Riccarton"]), ch(["Auckland 1011", "Wellington 6011", "Christchurch 8041"])]
    if cc == "IN":
        return [f"{ch(['Flat', 'No.'])} {R.randint(1,40)}{ch(['', 'B', '/2'])}, {ch(['Sai Krupa Apartments', 'Green Glen Layout', 'Shanti Niketan'])}",
                f"{R.randint(1,20)}th Cross, {ch(['Indiranagar', 'Koramangala 4th Block', 'Andheri West', 'T. Nagar'])}",
                f"{ch(['Bengaluru', 'Mumbai', 'Chennai'])} {ch(['560038', '400058', '600017'])}" + ch(["", ", Karnataka", ", Maharashtra"])]
    if cc == "NG":
        return [f"{hn()} {ch(['Adeola Odeku Street', 'Awolowo Road', 'Ogui Road'])}", ch(["Victoria Island", "Ikoyi", "Enugu"]), ch(["Lagos", "Lagos State", "Enugu State"]) + ch(["", " 101241"])]
    if cc == "SG":
        return [f"Blk {R.randint(100,999)} {ch(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Bedok North Rd'])}", f"#{R.randint(2,20):02d}-{R.randint(1,300):02d}", f"Singapore {d(6)}"]
    if cc == "ZA":
        return [f"{hn()} {ch(['Long Street', 'Jan Smuts Ave', 'Florida Road'])}", ch(["Gardens", "Rosebank", "Morningside"]), ch(["Cape Town 8001", "Johannesburg 2196", "Durban 4001"])]
    if cc == "DE":
        return [f"{ch(['Hauptstraße', 'Kastanienallee', 'Schillerstr.', 'Am Lindenhof', 'Königsallee'])} {hn()}{ch(['', 'a', 'b'])}" + ch(["", ", 3. OG", ", Hinterhaus"]),
                f"{d(5)} {ch(['Berlin', 'München', 'Köln', 'Leipzig', 'Düsseldorf'])}"] + ([ch(["Deutschland", "DE"])] if R.random() < 0.3 else [])
    if cc == "AT":
        return [f"{ch(['Mariahilfer Straße', 'Landstraßer Hauptstraße'])} {hn()}/{R.randint(1,20)}", f"{ch(['1060', '1030'])} Wien"] + (["Österreich"] if R.random() < 0.4 else [])
    if cc == "CH":
        return [f"{ch(['Bahnhofstrasse', 'Rue du Rhône'])} {hn()}", f"{ch(['8001 Zürich', '1204 Genève'])}"] + (["Schweiz"] if R.random() < 0.3 else [])
    if cc == "FR":
        return [ch(["", f"Bât. {ch('ABC')}, {R.randint(1,6)}e étage", "Résidence Les Tilleuls"]),
                f"{hn()}{ch(['', ' bis', ' ter'])} {ch(['rue Oberkampf', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue de la République', 'place Bellecour'])}",
                f"{ch(['75011 Paris', '69002 Lyon', '13001 Marseille', '31000 Toulouse', '33000 Bordeaux'])}" + ch(["", " CEDEX"])] + ([ch(["France", "FRANCE"])] if R.random() < 0.3 else [])
    if cc == "ES":
        return [f"{ch(['Calle de Alcalá', 'C/ Mayor', 'Avda. de la Constitución', 'Carrer de Mallorca'])}, {hn()}" + ch(["", f", {R.randint(1,8)}º {ch('ABCD')}", ", bajo"]),
                f"{ch(['28014 Madrid', '08013 Barcelona', '41001 Sevilla', '46002 Valencia'])}"] + (["España"] if R.random() < 0.3 else [])
    if cc == "IT":
        return [f"{ch(['Via Roma', 'Corso Buenos Aires', 'Via dei Mille', 'Piazza Garibaldi'])}, {hn()}" + ch(["", ", int. 5", ", scala B"]),
                f"{ch(['20124 Milano (MI)', '00185 Roma RM', '80134 Napoli', '10121 Torino TO'])}"] + (["Italia"] if R.random() < 0.3 else [])
    if cc == "PT":
        return [f"{ch(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina'])}, {hn()}" + ch(["", ", 2º Esq.", ", R/C Dto"]),
                f"{ch(['1100-048 Lisboa', '4000-442 Porto', '3000-150 Coimbra'])}"]
    if cc == "BR":
        return [f"{ch(['Rua Oscar Freire', 'Av. Paulista', 'Rua das Laranjeiras'])}, {hn()}" + ch(["", f" - apto {R.randint(11,190)}"]),
                f"{ch(['Jardins', 'Bela Vista', 'Laranjeiras'])} - {ch(['São Paulo/SP', 'Rio de Janeiro - RJ'])}", f"CEP {d(5)}-{d(3)}"]
    if cc == "NL":
        return [f"{ch(['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Witte de Withstraat'])} {hn()}" + ch(["", "-II", " hs", " A"]),
                f"{d(4)} {ch('ABCDEKLMNRST')}{ch('ABCEGHJKLNRSTVWXZ')}  {ch(['Amsterdam', 'Utrecht', 'Rotterdam', 'Haarlem'])}".replace("  ", " ")]
    if cc == "BE":
        return [f"{ch(['Rue Neuve', 'Meir', 'Avenue Louise'])} {hn()}" + ch(["", " bte 4", " bus 12"]), f"{ch(['1000 Bruxelles', '2000 Antwerpen', '1050 Ixelles'])}"]
    if cc == "PL":
        return [f"ul. {ch(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska'])} {hn()}" + ch(["", f"/{R.randint(1,80)}", f" m. {R.randint(1,80)}"]),
                f"{d(2)}-{d(3)} {ch(['Warszawa', 'Gdańsk', 'Łódź', 'Kraków'])}"]
    if cc == "SE":
        return [f"{ch(['Drottninggatan', 'Storgatan', 'Götgatan', 'Kungsvägen'])} {hn()}" + ch(["", " lgh 1102", ", 3 tr"]),
                f"{d(3)} {d(2)} {ch(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'])}"]
    if cc == "DK":
        return [f"{ch(['Nørrebrogade', 'Vesterbrogade', 'Strøget', 'Jægersborggade'])} {hn()}" + ch(["", ", 2. tv.", ", st. th.", ", 4. sal"]),
                f"{ch(['2200 København N', '1620 København V', '8000 Aarhus C', '5000 Odense C'])}"]
    if cc == "NO":
        return [f"{ch(['Karl Johans gate', 'Thorvald Meyers gate', 'Bryggen', 'Storgata'])} {hn()}" + ch(["", " H0203", "B"]),
                f"{ch(['0159 Oslo', '0555 Oslo', '5003 Bergen', '7011 Trondheim', '9515 Alta'])}"]
    if cc == "FI":
        return [f"{ch(['Mannerheimintie', 'Aleksanterinkatu', 'Hämeenkatu', 'Kauppakatu'])} {hn()}" + ch(["", f" A {R.randint(1,30)}", f" B {R.randint(1,40)}"]),
                f"{ch(['00100 Helsinki', '33100 Tampere', '20100 Turku', '99870 Inari'])}"]
    if cc == "CZ":
        return [f"{ch(['Vinohradská', 'Národní', 'Husova', 'Masarykova'])} {R.randint(100,2999)}/{R.randint(1,80)}",
                f"{ch(['120 00 Praha 2', '110 00 Praha 1', '602 00 Brno'])}"]
    if cc == "HU":
        return [f"{ch(['Budapest', 'Debrecen', 'Szeged'])}", f"{ch(['Andrássy út', 'Váci utca', 'Király utca', 'Kossuth Lajos tér'])} {hn()}." + ch(["", " II. em. 4.", " fsz. 2."]),
                f"{d(4)}"]
    if cc == "RO":
        return [f"{ch(['Str. Lipscani', 'Bd. Unirii', 'Calea Victoriei', 'Str. Memorandumului'])} nr. {hn()}" + ch(["", f", bl. {R.randint(1,30)}, sc. {ch('AB')}, ap. {R.randint(1,99)}", ", et. 3"]),
                f"{ch(['Sector 3, București', 'Cluj-Napoca, jud. Cluj', 'Iași'])} {d(6)}"]
    if cc == "TR":
        return [f"{ch(['Caferağa Mah.', 'Kızılay Mah.', 'Alsancak Mah.'])} {ch(['Moda Cad.', 'Atatürk Blv.', 'Kıbrıs Şehitleri Cd.'])} No: {R.randint(1,200)}" + ch(["", f" D: {R.randint(1,20)}", f" Kat: {R.randint(1,9)}"]),
                f"{d(5)} {ch(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}"]
    if cc == "ID":
        return [f"{ch(['Jl. Sudirman', 'Jl. Malioboro', 'Jl. Kemang Raya', 'Jl. Dago'])} No. {R.randint(1,200)}" + ch(["", f", RT {R.randint(1,12):02d}/RW {R.randint(1,9):02d}"]),
                f"{ch(['Kel. Senayan, Kec. Kebayoran Baru', 'Gondomanan', 'Coblong'])}", f"{ch(['Jakarta Selatan', 'Yogyakarta', 'Bandung'])} {d(5)}"]
    if cc == "VN":
        return [f"{R.randint(1,300)}{ch(['', '/12', 'B'])} {ch(['Nguyễn Huệ', 'Lê Lợi', 'Đường Trần Hưng Đạo', 'Phố Hàng Bạc'])}",
                f"{ch(['Phường Bến Nghé', 'Phường Hàng Buồm', 'P. 7'])}, {ch(['Quận 1', 'Quận Hoàn Kiếm', 'Quận 3'])}", ch(["TP. Hồ Chí Minh", "Hà Nội", "Thành phố Hồ Chí Minh"])]
    if cc == "JP":
        return [f"〒{d(3)}-{d(4)}" if R.random() < 0.5 else f"{d(3)}-{d(4)}", f"{ch(['Tokyo-to', 'Osaka-fu', 'Kyoto-shi'])} {ch(['Shibuya-ku Jingumae', 'Kita-ku Umeda', 'Nakagyo-ku'])} {R.randint(1,6)}-{R.randint(1,30)}-{R.randint(1,20)}",
                ch(["", f"{ch(['Sakura Mansion', 'Grand Maison', 'Villa Aoyama'])} {R.randint(1,9)}0{R.randint(1,9)}"])]
    if cc == "MX":
        return [f"{ch(['Av. Insurgentes Sur', 'Calle Madero', 'Av. Álvaro Obregón'])} {hn()}" + ch(["", f" Int. {R.randint(1,30)}", f", Depto. {R.randint(101,902)}"]),
                f"Col. {ch(['Roma Norte', 'Condesa', 'Del Valle'])}", f"{d(5)} {ch(['Ciudad de México, CDMX', 'CDMX', 'Guadalajara, Jal.'])}"]
    if cc == "KR":
        return [f"{ch(['Seoul', 'Busan'])} {ch(['Gangnam-gu', 'Mapo-gu', 'Haeundae-gu'])} {ch(['Teheran-ro', 'Yanghwa-ro', 'Haeundaehaebyeon-ro'])} {R.randint(1,500)}", f"{ch(['Hanil Bldg.', 'Apt 101-'])}{R.randint(101,1502)}", f"{d(5)}"]
    return [f"{hn()} Main Road", "Somewhere"]


def fix_lines(lines):
    return [x for x in lines if x]


def addr2(cc, multi=None):
    L = fix_lines(addr_lines(cc))
    multi = (R.random() < 0.45) if multi is None else multi
    if cc == "HU" and not multi:
        # Hungarian one-line order: city, street, postcode
        return f"{L[-1]} {L[0]}, {L[1]}"
    return ("\n" if multi else ", ").join(L)

# ---------------------------------------------------------------- others
def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0


def cc_number():
    pre, ln = ch([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("35", 16)])
    body = pre + digits(ln - len(pre) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            num = body + c; break
    sep = ch([" ", "-", "", " "])
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "SE": 24, "DK": 18, "NO": 15, "FI": 18,
            "CZ": 24, "HU": 28, "RO": 24, "TR": 26, "PT": 25, "GB": 22, "IE": 22, "BE": 16, "AT": 20, "CH": 21}


def iban(cc="DE", spaced=None):
    ln = IBAN_LEN.get(cc, 22)
    if cc in ("NL", "GB", "IE"):
        bban = ch(["ABNA", "RABO", "INGB"] if cc == "NL" else ["NWBK", "BARC", "AIBK"]) + digits(ln - 8)
    elif cc == "RO":
        bban = "RNCB" + digits(ln - 8)
    else:
        bban = digits(ln - 4)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    ib = f"{cc}{chk:02d}{bban}"
    spaced = R.random() < 0.6 if spaced is None else spaced
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib


def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    s = f"{a:03d}-{R.randint(1,99):02d}-{R.randint(1,9999):04d}"
    return s if R.random() < 0.8 else s.replace("-", ch([" ", ""]))


def ipv4():
    return ch([f"{R.randint(11,223)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}", f"192.168.{R.randint(0,20)}.{R.randint(2,254)}", f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"])


def ipv6():
    h = lambda: f"{R.randint(0,65535):x}"
    return ch([f"2001:db8:{h()}:{h()}::{h()}", f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"fe80::{h()}:{h()}:{h()}:{h()}", f"2606:4700:{h()}::{h()}"])


def ip():
    return ipv4() if R.random() < 0.65 else ipv6()

# distractors
def order_no():
    return ch([f"#{digits(7)}", f"ORD-{digits(6)}", f"{digits(3)}-{digits(7)}-{digits(7)}", f"SO{digits(8)}", f"A{digits(2)}-{digits(4)}-{digits(4)}"])


def tracking():
    return ch([f"1Z{digits(3)}{ch('EFWX')}{ch('ABCDEF')}{digits(11)}", f"JJD{digits(15)}", f"{digits(4)} {digits(4)} {digits(4)}", f"LX{digits(9)}DE", f"00{digits(18)}"])


def ticket():
    return ch([f"INC{digits(7)}", f"CS-{digits(5)}", f"#{digits(6)}", f"RMA-{digits(4)}-{digits(3)}", f"Case {digits(8)}"])


def date_s(lang="en"):
    d, m, y = R.randint(1, 28), R.randint(1, 12), ch([2025, 2026, 2027])
    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return ch([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}", f"{MONTHS[m-1]} {d}, {y}", f"{d} {MONTHS[m-1][:3]} {y}"])


def price(cur="€"):
    return ch([f"{cur}{R.randint(5,900)}.{R.randint(0,99):02d}", f"{R.randint(5,900)},{R.randint(0,99):02d} {cur}", f"{cur} {R.randint(1,9)},{digits(3)}.00"])


BRANDS = ["Calvin Klein", "Tommy Hilfiger", "Ralph Lauren", "Jack Daniel's", "Ben & Jerry's", "Ted Baker", "Hugo Boss", "Marc Jacobs", "Dr. Martens",
          "Paul Smith", "Victoria's Secret", "Martha Stewart Living", "Louis Vuitton", "Kate Spade", "Mrs. Meyer's", "Estée Lauder", "Ray-Ban", "Old Spice"]
PRODUCTS = ["Sierra Trail Runner", "Lyon Tote", "Victoria Sponge mix", "Savannah Linen Shirt", "Paris Gold Serum", "Georgia Lamp", "Brooklyn Blend coffee",
            "Harper Sofa", "Jordan Hoodie", "Florence Sandal", "Austin Boots", "Aurora Lip Oil", "Dakota Jacket", "Sydney Rug", "Milan Espresso Cup",
            "Camden Backpack", "Madison Crossbody", "Chelsea Boot", "Nova Starter Kit", "Kingston Watch"]
TEAMS = ["Team Phoenix", "the Growth Squad", "Retention Pod B", "CX Tier 2", "Northern Region Sales", "the Brand Council"]
TITLES = ["Head of CRM", "Store Manager", "Customer Success Lead", "Community Manager", "VP Marketing", "Shift Supervisor"]
CITIES = {"en": ["Manchester", "Toronto", "Austin", "Dublin", "Melbourne", "Lagos", "Pune", "Auckland", "Glasgow", "Denver"],
          "de": ["Hamburg", "Leipzig", "Graz", "Zürich", "Bremen"], "fr": ["Lyon", "Nantes", "Lille", "Genève", "Bordeaux"],
          "es": ["Sevilla", "Bilbao", "Valencia", "Málaga"], "it": ["Bologna", "Torino", "Palermo", "Verona"], "pt": ["Porto", "Braga", "Faro"],
          "nl": ["Utrecht", "Eindhoven", "Groningen"], "pl": ["Wrocław", "Poznań", "Gdańsk"], "sv": ["Göteborg", "Umeå", "Malmö"],
          "da": ["Aarhus", "Odense", "Aalborg"], "no": ["Bergen", "Tromsø", "Stavanger"], "fi": ["Tampere", "Oulu", "Turku"],
          "cs": ["Brno", "Ostrava", "Plzeň"], "hu": ["Debrecen", "Pécs", "Győr"], "ro": ["Cluj-Napoca", "Timișoara", "Iași"],
          "tr": ["İzmir", "Antalya", "Bursa"], "id": ["Surabaya", "Bandung", "Denpasar"], "vi": ["Đà Nẵng", "Hải Phòng", "Huế"], "ja": ["Osaka", "Sapporo", "Fukuoka"]}
REGIONS = ["Bavaria", "Catalonia", "Scotland", "Brittany", "Andalusia", "Ontario", "Queensland", "Lapland", "Tuscany", "the Algarve", "Kerala", "Silesia"]
COUNTRIES = ["Germany", "France", "Spain", "Portugal", "the Netherlands", "Poland", "Sweden", "Norway", "Japan", "Vietnam", "Nigeria", "Brazil", "Ireland", "Canada"]
LANG_CC = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI",
           "cs": "CZ", "hu": "HU", "ro": "RO", "tr": "TR", "id": "ID", "vi": "VN", "ja": "JP"}
EN_CC = ["US", "UK", "IE", "AU", "NZ", "IN", "NG", "SG", "ZA", "CA", "US", "UK"]


def city(lang="en"):
    return ch(CITIES.get(lang, CITIES["en"]))


def loc_any():
    return ch(CITIES["en"] + REGIONS + COUNTRIES)

# ================================================================ kinds
KINDS = []


def kind(name, langs=("en",), w=1):
    def deco(fn):
        KINDS.append((name, langs, w, fn)); return fn
    return deco


def cc_for(lang):
    return LANG_CC[lang] if lang in LANG_CC else ch(EN_CC)


@kind("loyalty_export_csv")
def k_loyalty(b, lang):
    b("member_id,first_name,last_name,email,mobile,tier,points,store,last_visit\n")
    for _ in range(R.randint(2, 5)):
        g, s = gs(); c = ch(EN_CC)
        b(f"LY{digits(7)},", (P, g), ",", (P, s), ",", (EM, email(g, s)), ",", (PH, ph(c)), f",{ch(['Gold', 'Silver', 'Bronze', 'Platinum'])},{R.randint(0, 25000)},{ch(PRODUCTS).split()[0]} Outlet,{date_s()}\n")


@kind("rma_form")
def k_rma(b, lang):
    g, s = gs(); c = ch(EN_CC)
    b(f"RETURN AUTHORISATION {ticket()}\nOrder: {order_no()}   Date: {date_s()}\nCustomer: ", (P, f"{g} {s}"), "\nReturn from:\n",
      (AD, addr2(c, True)), "\nPhone: ", (PH, ph(c)), f"\nItem: {ch(PRODUCTS)} ({ch(['size 9', 'M', 'L', 'EU 42'])}) – reason: {ch(['too small', 'faulty zip', 'wrong colour', 'arrived damaged'])}\n",
      f"Refund to card ending {digits(4)}. Courier ref {tracking()}.\nApproved by: ", (P, ch([g for g, _ in [gs()]])), f" ({ch(TITLES)})\n")


@kind("call_wrapup_note")
def k_wrap(b, lang):
    g, s = gs(); c = ch(EN_CC)
    b(f"Wrap-up {date_s()} {R.randint(8,19):02d}:{R.randint(0,59):02d} – agent ", (P, name(None, ch(["given", "init"]))),
      f"\nCaller: ", (P, ch([f"{s.upper()}, {g}", f"{g} {s}", f"{s}, {g}"])), " – cb no. ", (PH, ph(c)),
      f"\nIssue: {ch(PRODUCTS)} not charging, ticket {ticket()}. Offered {price('£')} voucher. ",
      f"Caller prefers text after 5pm. Escalated to {ch(TEAMS)}.\n")


@kind("whatsapp_group_chat")
def k_wa(b, lang):
    people = [name(None, "given") for _ in range(3)]
    for i in range(R.randint(4, 7)):
        who = people[i % 3]
        b(f"[{R.randint(8,22):02d}:{R.randint(0,59):02d}, {date_s()}] ", (P, who), ": ")
        r = R.random()
        if r < 0.2:
            b("pls call ", (P, people[(i + 1) % 3].lower()), " on ", (PH, ph(ch(EN_CC))), " she has the promo codes")
        elif r < 0.35:
            b(f"the {ch(PRODUCTS)} restock is in {city()} tmrw lol")
        elif r < 0.5:
            b("pickup is at ", (AD, addr2(ch(EN_CC), False)), " not the old place!!")
        elif r < 0.6:
            b("new order number is ", order_no(), " fyi")
        elif r < 0.7:
            b("ok ", (P, people[(i + 2) % 3].lower()), " 👍")
        elif r < 0.8:
            b("send the deck to ", (EM, email()), " pls")
        else:
            b(ch(["haha yes", "Monday works", "who's doing the Main Street pricing?", "Victoria is ready btw (the display, not the person 😂)", "omw"]))
        b("\n")


@kind("appointment_reminder_sms")
def k_appt(b, lang):
    b(f"Hi ", (P, name(None, ch(["given", "given", "lower"]))), f", reminder: your {ch(['fitting', 'styling session', 'eye test', 'bike service'])} is on {date_s()} at {R.randint(9,18)}:{ch(['00', '30', '15'])} at our ",
      (LO, city()), " store (", (AD, addr2(ch(EN_CC), False)), "). To reschedule call ", (PH, ph(ch(EN_CC))), f" or reply STOP. Ref {ticket()}")


@kind("delivery_driver_note")
def k_driver(b, lang):
    c = ch(EN_CC)
    b(f"DROP {R.randint(1,40)}/{R.randint(40,80)}  {tracking()}\n", (P, name(None, ch(["full", "upper", "sur"]))), "\n", (AD, addr2(c, R.random() < 0.5)),
      f"\nNote: {ch(['leave behind the green bin', 'ring twice, dog', 'side gate code 4471#', 'flat is above the bakery'])}. If no answer ring ", (PH, ph(c)),
      f" (not the shop no. {digits(4)}). Window {R.randint(8,12)}:00-{R.randint(13,18)}:00.\n")


@kind("event_rsvp_list")
def k_rsvp(b, lang):
    b(f"RSVP – {ch(['Spring Preview', 'Autumn Trunk Show', 'VIP Launch Night'])} @ ", (LO, city()), f" ({date_s()})\n")
    for i in range(R.randint(3, 6)):
        n = name(None, ch(["full", "comma", "upper", "full", "init"]))
        b(f"{i+1}. ", (P, n), f" | +{R.randint(0,2)} | {ch(['yes', 'no', 'maybe'])} | ")
        if R.random() < 0.5: b((EM, email()))
        else: b((PH, ph(ch(EN_CC))))
        b(f" | diet: {ch(['veg', 'none', 'GF', '-'])}\n")


@kind("influencer_outreach_sheet")
def k_infl(b, lang):
    b("Handle\tName\tFollowers\tContact\tBase\tStatus\n")
    for _ in range(R.randint(2, 5)):
        g, s = gs()
        b(f"@{slug(g)}{ch(['.styles', '_eats', 'fit', '.travels'])}\t", (P, f"{g} {s}"), f"\t{R.randint(10,900)}k\t", (EM, email(g, s)), "\t", (LO, loc_any()),
          f"\t{ch(['sent brief', 'negotiating', 'declined – works w/ ' + ch(BRANDS), 'gifted ' + ch(PRODUCTS)])}\n")


@kind("yaml_config_contacts")
def k_yaml(b, lang):
    c = ch(EN_CC)
    b(f"campaign:\n  id: cmp-{digits(5)}\n  name: \"{ch(PRODUCTS)} {ch(['Q3', 'Holiday', 'Relaunch'])}\"\n  owner:\n    name: ", (P, name(None, "full")),
      "\n    email: ", (EM, email()), "\n    phone: \"", (PH, ph(c)), f"\"\n  sender_ip: ", (IP, ip()), f"\n  throttle_per_hour: {R.randint(1000,90000)}\n  return_address: |\n    ",
      (AD, addr2(c, True).replace("\n", "\n    ")), f"\n  reply_to: {company_email('noreply')}\n")


@kind("ini_fragment")
def k_ini(b, lang):
    b(f"[smtp]\nhost = mail.{ch(['lumenbrew', 'velocitybikes'])}.com\nport = {ch([25, 587, 465])}\nbind_addr = ", (IP, ipv4()),
      "\n\n[escalation]\ncontact = ", (P, name(None, "full")), "\nmobile = ", (PH, ph(ch(EN_CC))), f"\nfallback = ", (EM, email()),
      f"\nversion = {R.randint(1,9)}.{R.randint(0,20)}.{R.randint(0,99)}\nbuild = {digits(10)}\n")


@kind("subtitles_srt")
def k_srt(b, lang):
    t = R.randint(0, 50)
    nm = name(None, "given")
    lines = [("Welcome back, I'm ", (P, nm), f", and today we're unboxing the {ch(PRODUCTS)}."),
             ("If you want one, ring ", (PH, ph(ch(EN_CC))), " before Friday."),
             ("Huge thanks to ", (P, name(None, "full")), f" from our ", (LO, city()), " studio."),
             (f"Use code {ch(['SPRING', 'GLOW', 'RIDE'])}{R.randint(10,50)} for {R.randint(10,40)}% off.",)]
    for i, ln in enumerate(lines):
        b(f"{i+1}\n00:00:{t+i*3:02d},{R.randint(0,999):03d} --> 00:00:{t+i*3+2:02d},{R.randint(0,999):03d}\n", *ln, "\n\n")


@kind("ocr_business_card")
def k_ocr(b, lang):
    g, s = gs(); c = ch(EN_CC)
    n = ch([f"{g} {s}", f"{g.upper()}  {s.upper()}", f"{g}{s}"]) if R.random() < 0.8 else f"{g} {s}"
    a = addr2(c, False).replace(", ", ch([" ,", ",  ", " , "]))
    b((P, n), "\n", ch(TITLES).replace(" ", ch([" ", "  ", ""])), "\n", "T", ch([": ", " :", ". "]), (PH, ph(c).replace(" ", ch([" ", "  ", " "]))),
      "\n", "E", ch([": ", " :"]), (EM, email(g, s)), "\n", (AD, a), f"\nwww.{ch(['lumenbrew', 'velocity-bikes', 'nordicglow'])}.com  |  VAT {digits(9)}\n")


@kind("voicemail_transcript")
def k_vm(b, lang):
    b(f"[Voicemail {date_s()} {R.randint(0,23)}:{R.randint(10,59)}, 0:{R.randint(20,59)}s]\n\"Hi, um, this is ", (P, name(None, ch(["given", "full"]))),
      f", I'm calling about order {' '.join(digits(6))}... the {ch(PRODUCTS)} came without the, uh, the strap. Can someone call me back on ",
      (PH, spoken_phone()), ch([", thanks. Bye.\"", ". That's my mobile. Cheers.\""]), "\n")


@kind("birthday_club_list")
def k_bday(b, lang):
    b(f"Birthday Club – {ch(['March', 'April', 'June', 'August', 'May'])} sends\n")
    for _ in range(R.randint(3, 6)):
        b((P, name(None, ch(["full", "given", "upper", "comma"]))), f" — {R.randint(1,28)} {ch(['Mar', 'Apr', 'Jun', 'Aug', 'May'])} — ", (EM, email()),
          f" — fav: {ch(PRODUCTS)}\n")


@kind("hotel_folio_header")
def k_folio(b, lang):
    g, s = gs(); c = ch(EN_CC)
    b(f"GRAND {ch(['HARBOUR', 'VICTORIA', 'LINCOLN'])} HOTEL  ·  FOLIO {digits(6)}\nGuest: ", (P, f"{s.upper()}/{g.upper()}"),
      f" {ch(['MR', 'MS', 'DR'])}\nRoom {R.randint(101,1520)}   Arr {date_s()}   Dep {date_s()}   Rate {price('$')}\nAddress: ", (AD, addr2(c, False)),
      "\nCard: ", (CC, cc_number()), f"  exp {R.randint(1,12):02d}/{R.randint(27,31)}\nConf. {digits(10)}\n")


@kind("pharmacy_pickup_note")
def k_pharm(b, lang):
    b(f"Pickup ready – bag {R.randint(1,300)} shelf {ch('ABCDE')}\nFor: ", (P, name(None, ch(["comma", "full", "upper"]))), " (DOB on file)\nCollect by: ",
      (P, name(None, "full")), " (partner)\nContact: ", (PH, ph(ch(["US", "CA", "UK"]))), f"\nStore #{R.randint(100,9999)} ", (LO, city()), f", ready after {R.randint(1,6)}pm\n")


@kind("newsletter_mailmerge_preview")
def k_mm(b, lang):
    g, s = gs(); c = ch(EN_CC)
    b(f"PREVIEW (record {R.randint(1,5000)} of {R.randint(5000,90000)})\nTo: ", (EM, email(g, s)), "\n")
    b("Subject: ", (P, g), f", your {ch(PRODUCTS)} is waiting\n\nDear ", (P, ch([g, f"{g} {s}"])), f",\nAs a {ch(['Gold', 'Silver'])} member in ", (LO, city()),
      f" you get early access. Your points: {R.randint(100,9000)}.\n---\nUnsubscribe | Sent to ", (AD, addr2(c, False)), "\n")


@kind("slack_thread")
def k_slack(b, lang):
    u = [name(None, "given").lower() for _ in range(2)]
    b(f"#cx-escalations\n", (P, u[0]), f"  {R.randint(9,17)}:{R.randint(10,59)} AM\nCustomer ", (P, name(None, ch(["full", "init"]))), f" is furious about {order_no()}, says she called 3x. number on file ",
      (PH, ph(ch(EN_CC))), "\n", (P, u[1]), f"  {R.randint(9,17)}:{R.randint(10,59)} AM\non it. @", (P, u[0]), " can you check if the IP ", (IP, ip()),
      f" is the same one that placed the fraud-flagged orders? also loop in {ch(TEAMS)}\n")


@kind("quoted_email_reply")
def k_quote(b, lang):
    g, s = gs()
    e = email(g, s)
    b(f"Thanks, that's sorted now – refund of {price('€')} issued.\n\nBest,\n", (P, name(None, "given")), f"\n{ch(TITLES)}\n\nOn {date_s()}, at {R.randint(1,12)}:{R.randint(10,59)}, ",
      (P, f"{g} {s}"), " <", (EM, e), "> wrote:\n> Hi, I returned the ", ch(PRODUCTS), " to your ", (LO, city()), " branch but nothing yet.\n> Please call ", (PH, ph(ch(EN_CC))), "\n> ", (P, g), "\n")


@kind("forwarded_vcard")
def k_vcard(b, lang):
    g, s = gs(); c = ch(EN_CC)
    b("---------- Forwarded message ---------\nBEGIN:VCARD\nVERSION:3.0\nN:", (P, s), ";", (P, g), ";;;\nFN:", (P, f"{g} {s}"), f"\nORG:{ch(BRANDS)} Retail\nTITLE:{ch(TITLES)}\nTEL;TYPE=CELL:",
      (PH, ph(c)), "\nTEL;TYPE=WORK:", (PH, ph(c)), "\nEMAIL:", (EM, email(g, s)), "\nADR;TYPE=WORK:;;", (AD, addr2(c, False).replace(", ", ";")), "\nEND:VCARD\n")


@kind("envelope_window")
def k_env(b, lang):
    c = ch(EN_CC + ["DE", "FR", "SE", "NL"])
    if R.random() < 0.3:
        b(f"{ch(BRANDS)} Returns Centre · Freepost RTKB-{digits(4)} · {ch(['Wednesday', 'Priority'])}\n")
    b((P, name(None, ch(["upper", "full", "init"]))), "\n")
    if R.random() < 0.3:
        b("c/o ", (P, name(None, "full")), "\n")
    b((AD, addr2(c, True).upper() if R.random() < 0.5 else addr2(c, True)), f"\n\n{digits(2)}  {'|' * R.randint(5,9)}  {digits(4)}\n")


@kind("customer_survey_freetext")
def k_survey(b, lang):
    b(f"Q7: Anything else? (resp {digits(6)})\n")
    r = R.random()
    if r < 0.4:
        b(f"the lady at the ", (LO, city()), " shop (", (P, name(None, "given")), f" I think?) was amazing. {ch(BRANDS)} section was a mess tho. ",
          "call me if u want: ", (PH, ph(ch(EN_CC))))
    elif r < 0.7:
        b((P, name(None, "given")), f" sorted my return in 5 min. BUT delivery to ", (AD, addr2(ch(EN_CC), False)), f" took {R.randint(6,20)} days and tracking {tracking()} never updated")
    else:
        b(f"Great {ch(PRODUCTS)}. Honestly the {ch(['May', 'June', 'Friday', 'Monday'])} sale was better. tell ", (P, name(None, "full")), " thanks — ", (EM, email()))
    b("\n")


@kind("marketplace_seller_message")
def k_mkt(b, lang):
    g, s = gs()
    b(f"Message from buyer ", (P, ch([g, f"{g} {s[0]}."])), f" re: listing {digits(12)}\n\n",
      f"hi, can I collect instead of post? I'm near ", (LO, city()), ". otherwise post to ", (AD, addr2(ch(EN_CC), R.random() < 0.3)),
      ". my # is ", (PH, ph(ch(EN_CC))), f". will pay {price('£')} incl. p&p. cheers ", (P, g), "\n")


@kind("crm_note_with_payment")
def k_crmpay(b, lang):
    b(f"CRM note {date_s()}: ", (P, name(None, "full")), f" updated billing. New card ", (CC, cc_number()), f" (old one ending {digits(4)} expired). SSN for credit check: ",
      (SSN, ssn()), f". Amount {price('$')} due {date_s()}. Ticket {ticket()}.\n")


@kind("fraud_review_log")
def k_fraud(b, lang):
    for _ in range(R.randint(3, 5)):
        b(f"{ch([2025, 2026])}-{R.randint(1,12):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z order={order_no()} ip=", (IP, ip()), " email=", (EM, email()),
          f" score={R.randint(1,99)} amt={R.randint(10,999)}.{R.randint(0,99):02d} geo=", (LO, ch(COUNTRIES)), "\n")


@kind("sepa_refund_request")
def k_sepa(b, lang):
    c = ch(["DE", "FR", "NL", "ES", "IT", "IE", "BE", "AT"])
    b(f"Refund request {ticket()}\nAccount holder: ", (P, name(None, ch(["full", "upper"]))), "\nIBAN: ", (IB, iban(c)), f"\nBIC: {ch(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'AIBKIE2D'])}\nAmount: {price('€')}\nReason: {ch(PRODUCTS)} returned {date_s()}\n")


@kind("linkedin_style_intro")
def k_intro(b, lang):
    b((P, name(None, "given")), f" – meet ", (P, name(None, "full")), f", {ch(TITLES)} at {ch(BRANDS)} (yes, the brand, no relation). She's based in ", (LO, loc_any()),
      " and keen to talk about the loyalty revamp. Best reach: ", (EM, email()), "\n")


@kind("store_manager_handover")
def k_handover(b, lang):
    b(f"Handover – {ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])} close\n- Till 3 short {price('£')}\n- ", (P, name(None, "given")),
      f" covering {ch(['opening', 'late shift'])}; backup ", (P, name(None, "sur")), " (", (PH, ph("UK")), f")\n- Click&collect for ", (P, name(None, "full")),
      f" ({order_no()}) still in back\n- Main Street pricing labels need redoing for {ch(PRODUCTS)}\n- Delivery from {ch(BRANDS)} on {ch(['Thursday', 'Friday'])}\n")


@kind("chatbot_transcript")
def k_bot(b, lang):
    b("Bot: Hi! What's your name?\nUser: ", (P, name(None, ch(["given", "lower", "full"]))), "\nBot: Thanks! Postcode or full address for delivery?\nUser: ",
      (AD, addr2(ch(EN_CC), False).lower() if R.random() < 0.4 else addr2(ch(EN_CC), False)), f"\nBot: Great. Your order {order_no()} ships in {R.randint(1,5)} days. Mobile for updates?\nUser: ",
      (PH, ph(ch(EN_CC)).replace(" ", "")), "\nBot: Got it 👍\n")


@kind("gift_message_order")
def k_gift(b, lang):
    c = ch(EN_CC)
    b(f"Gift order {order_no()} – {ch(PRODUCTS)} x{R.randint(1,3)}\nShip to: ", (P, name(None, "full")), "\n", (AD, addr2(c, True)), "\nGift note: \"Happy birthday ",
      (P, name(None, ch(["given", "nick"]))), "! love, ", (P, name(None, "given")), " & ", (P, name(None, "given")), f" xx\"\nBuyer phone: ", (PH, ph(c)), "\n")


@kind("support_ticket_json")
def k_json(b, lang):
    g, s = gs()
    b('{"ticket":"', ticket(), '","customer":{"name":"', (P, f"{g} {s}"), '","email":"', (EM, email(g, s)), '","phone":"', (PH, ph(ch(EN_CC))),
      f'"}},"sku":"{ch(PRODUCTS).upper().replace(" ", "-")}-{digits(3)}","ip":"', (IP, ip()), f'","created":"{date_s()}","priority":{R.randint(1,4)}}}\n')


@kind("b2b_wholesale_inquiry")
def k_b2b(b, lang):
    c = ch(EN_CC)
    b(f"Hello, I run a small boutique in ", (LO, city()), f" and would like to stock {ch(BRANDS)} and your {ch(PRODUCTS)}. MOQ? Our shop: ", (AD, addr2(c, False)),
      ". Tel ", (PH, ph_ext(ch(["US", "CA", "UK"]))), f", fax ", (PH, ph(c)), f". VAT no {ch(['GB', 'IE'])}{digits(9)}.\nRegards, ", (P, name(None, "full")), "\n")


@kind("returns_label_ocr")
def k_lbl(b, lang):
    c = ch(["US", "UK", "AU"])
    b(f"FROM:\n", (P, name(None, "upper")), "\n", (AD, addr2(c, True).upper()), f"\nTO: {ch(BRANDS).upper()} RETURNS DEPT\nWT {R.randint(1,9)}.{R.randint(0,9)} KG   REF {digits(10)}\n{tracking()}\n")




@kind("influencer_payout_w9")
def k_w9(b, lang):
    g, s = gs()
    us = R.random() < 0.6
    b(f"Creator payout onboarding – batch {digits(4)}\nLegal name: ", (P, f"{g} {s}"), f"\nHandle: @{slug(g)}.{ch(['creates', 'daily', 'loves'])}\n")
    if us:
        b("SSN / TIN: ", (SSN, ssn()), f"\nEIN (business, if any): {digits(2)}-{digits(7)}\nMailing address: ", (AD, addr2("US", False)), "\n")
    else:
        c = ch(["DE", "FR", "NL", "ES", "IT", "PL", "SE"])
        b("IBAN: ", (IB, iban(c)), f"\nTax ref: {digits(11)}\nMailing address: ", (AD, addr2({"SE": "SE", "PL": "PL"}.get(c, c), False)), "\n")
    b(f"Rate: {price('$')} per post · Contract {date_s()} · Manager: ", (P, name(None, "given")), "\n")


@kind("chargeback_dispute")
def k_cb(b, lang):
    b(f"Dispute {digits(10)} – reason code {ch(['10.4', '13.1', '4837', '4853'])}\nCardholder: ", (P, name(None, ch(["upper", "full"]))), "\nCard: ", (CC, cc_number()),
      f"\nARN: {digits(23)}\nAuth code: {digits(6)}  Amount: {price('$')}\nOther card on file: **** **** **** {digits(4)}\nShip-to: ", (AD, addr2("US", False)),
      "\nBilling IP: ", (IP, ip()), f"\nOur order: {order_no()}  Support line (our own): ", (PH, f"1-800-{digits(3)}-{digits(4)}"), "\n")


@kind("partial_address_driver_log")
def k_partial(b, lang):
    opts = [
        ("the flat above ", (AD, f"{R.randint(2,80)} Rue Oberkampf"), ", blue door"),
        ("round the back of ", (AD, f"{R.randint(2,80)} Kastanienallee"), ", past the bike racks"),
        ("drop at the shop next to ", (AD, f"{R.randint(2,300)} Church Lane, Leeds"), ""),
        ("basement of ", (AD, f"Unit {R.randint(1,9)}, {ch(['Ballymount Industrial Estate', 'Riverside Business Park'])}"), ", gate B"),
        ("opposite ", (AD, f"{R.randint(2,99)} Karl Johans gate"), " — not the café"),
        ("", (AD, f"Blk {R.randint(100,999)} Tampines St 21 #0{R.randint(2,9)}-{R.randint(10,99)}"), " lift lobby B"),
    ]
    b(f"Driver log {date_s()} van {ch(['K', 'M', 'T'])}{R.randint(10,99)}\n")
    for o in R.sample(opts, R.randint(2, 4)):
        b(f"- {R.randint(7,18)}:{R.randint(10,59)} ", *o, ". cust ", (P, name(None, ch(["given", "sur", "full"]))))
        if R.random() < 0.5:
            b(" ", (PH, ph(ch(EN_CC + ["FR", "DE", "NO"]))))
        b(f" parcel {tracking()}\n")


@kind("kbeauty_distributor_contact")
def k_kr(b, lang):
    g, s = HAND["korean"]
    gg, ss = ch(g), ch(s)
    b(f"Distributor for {ch(['Aurora Lip Oil', 'Nova Starter Kit'])} in Korea:\n", (P, ch([f"{ss} {gg}", f"{ss.upper()} {gg}", f"{gg} {ss}"])), f" ({ch(TITLES)})\n", (AD, addr2("KR", R.random() < 0.5)),
      "\nMobile ", (PH, ph("KR")), " · KakaoTalk ID ", f"{slug(gg)}{digits(2)}", "\nPlease cc ", (EM, email(gg, ss)), f". Samples ship from ", (LO, "Busan"), f" on {ch(['Monday', 'Tuesday'])}.\n")


@kind("agent_call_transcript")
def k_call(b, lang):
    g, s = gs()
    b(f"AGENT: Thanks for calling {ch(BRANDS)} customer care, my name's ", (P, name(None, "given")), ". Who am I speaking with?\nCUSTOMER: ", (P, g), ". ",
      (P, g), " ", (P, s), ".\nAGENT: Thanks Mr ", (P, s), ". And the best number to reach you?\nCUSTOMER: It's ", (PH, ch([spoken_phone(), ph(ch(EN_CC))])),
      f".\nAGENT: Lovely. I can see order {' '.join([digits(3), digits(3), digits(3)])} for the {ch(PRODUCTS)}. ", (P, ch([g, s])), f"'s parcel went to ", (LO, city()), " depot.\n")


@kind("owner_review_reply")
def k_owner(b, lang):
    n = name(None, "given")
    b(f"★☆☆☆☆ \"Never again\" – ", (P, f"{n} {ch(string.ascii_uppercase)}."), f", ", (LO, city()), "\n", f"Waited {R.randint(2,6)} weeks for my {ch(PRODUCTS)}.\n\n",
      "Reply from the owner:\n", (P, n), ", we're so sorry. Please email ", (EM, company_email("care")), f" or call our team on ", (PH, f"0800 {digits(3)} {digits(4)}"), " (free) quoting ",
      f"{order_no()} and ask for ", (P, name(None, "given")), ".\n")


@kind("html_signature_snippet")
def k_html(b, lang):
    g, s = gs(); c = ch(EN_CC)
    b('<table><tr><td><b>', (P, f"{g} {s}"), f'</b><br>{ch(TITLES)} · {ch(TEAMS)}<br>', '<a href="mailto:', (EM, email(g, s)), '">Email me</a> | ',
      '<a href="tel:', (PH, ph(c).replace(" ", "")), '">Call</a><br>', (AD, addr2(c, False)), f'</td></tr></table>\n<p style="font-size:9px">Reg. no {digits(8)}</p>\n')


@kind("brainstorm_meeting_notes")
def k_brain(b, lang):
    b(f"Campaign brainstorm {date_s()}\nPresent: ", (P, name(None, "given")), ", ", (P, name(None, "given")), ", ", (P, name(None, "init")), "\n",
      f"- Jordan and Harper colourways lead the {ch(['Spring', 'Autumn'])} push (product names, not people)\n",
      f"- Main Street pricing test in {ch(['Q2', 'Q3'])}; Victoria Station billboard?\n", "- ", (P, name(None, "given")), f" to brief {ch(BRANDS)} licensing\n",
      f"- Target: {R.randint(10,90)}k signups, CPA ≤ {price('£')}, budget code {digits(3)}-{digits(3)}-{digits(4)}\n",
      f"- Next sync {ch(['Monday', 'Friday'])} 10:30, room {R.randint(100,600)}\n")


@kind("sms_optin_log")
def k_optin(b, lang):
    b("ts,msisdn,keyword,store,status\n")
    for _ in range(R.randint(3, 6)):
        c = ch(EN_CC + ["DE", "FR", "NL", "ES"])
        p = ph(c)
        b(f"{ch([2025, 2026])}{R.randint(1,12):02d}{R.randint(1,28):02d}{R.randint(0,23):02d}{R.randint(0,59):02d},", (PH, p), f",{ch(['JOIN', 'STOP', 'VIP', 'GLOW'])},{R.randint(1000,9999)},{ch(['ok', 'dup', 'invalid'])}\n")


@kind("possessive_cx_summary")
def k_poss(b, lang):
    g, s = gs()
    form = ch([f"{g}", f"{g} {s}", f"Mrs {s}"])
    if form.startswith("Mrs "):
        b("Mrs ", (P, s))
    else:
        b((P, form))
    b(f"'s complaint about the {ch(PRODUCTS)} is resolved. ", (P, name(None, "given")), f" called her back (she'd bought the {ch(['Lyon', 'Austin', 'Chelsea'])} Boots in store) from our ",
      (LO, city()), " hub. Callback preference: ", (PH, ph(ch(EN_CC))), f". Voucher {ch(['XMAS', 'SORRY'])}{digits(4)} sent.\n")


@kind("receipt_printout")
def k_receipt(b, lang):
    c = ch(["UK", "US", "AU", "IE"])
    b(f"   {ch(BRANDS).upper()} OUTLET\n", (AD, addr2(c, True)), "\nTEL ", (PH, ph(c)), f"\nVAT REG {digits(3)} {digits(4)} {digits(2)}\n----------------------\n")
    for _ in range(R.randint(2, 4)):
        b(f"{ch(PRODUCTS)[:18]:<18} {R.randint(5,199)}.{R.randint(0,99):02d}\n")
    b(f"CARD **** {digits(4)}  AUTH {digits(6)}\nServed by: ", (P, name(None, "given")), f"  TILL {R.randint(1,9)}  {date_s()} {tm()}\nTXN {digits(4)} {digits(4)} {digits(4)}\n",
      "Loyalty: ", (P, name(None, "upper")), f" ({digits(4)}****{digits(2)})\n")


@kind("gdpr_erasure_request")
def k_gdpr(b, lang):
    g, s = gs(); c = ch(EN_CC + ["DE", "FR", "NL"])
    b(f"DSAR/Erasure #{digits(5)} received {date_s()}\nRequester: ", (P, f"{g} {s}"), "\nEmails to erase: ", (EM, email(g, s)), ", ", (EM, email(g, s)),
      "\nLast known address: ", (AD, addr2(c, False)), "\nPhone: ", (PH, ph(c)), "\nLogin IPs seen: ", (IP, ip()), "; ", (IP, ip()),
      f"\nNote: customer also asked us to stop the {ch(['Victoria', 'Madison', 'Harper'])} catalogue mailings. Deadline {date_s()}.\n")


@kind("customs_declaration")
def k_customs(b, lang):
    c1 = ch(["UK", "US", "DE", "FR", "NL"]); c2 = ch(["JP", "AU", "NO", "CH", "CA", "TR", "SG"])
    b(f"CN23  No. {digits(9)}\nSENDER: ", (P, name(None, "upper")), "\n", (AD, addr2(c1, True)), "\nTel ", (PH, ph(c1)), "\nADDRESSEE: ", (P, name(None, "upper")), "\n",
      (AD, addr2(c2, True)), "\nTel ", (PH, ph(c2)), f"\nContents: {ch(PRODUCTS)} HS {digits(4)}.{digits(2)}.{digits(2)}  qty {R.randint(1,5)}  {R.randint(1,9)}.{digits(2)} kg  value {price('€')}\n")


@kind("referral_programme_export")
def k_ref(b, lang):
    b("referrer | referee | code | reward | status\n")
    for _ in range(R.randint(3, 5)):
        b((P, name(None, ch(["full", "lower", "comma", "nick"]))), " | ", (P, name(None, ch(["full", "given", "upper"]))),
          f" | {ch(['FRIEND', 'ASHLEY', 'JORDAN', 'BROOKLYN'])}{digits(3)} | {price('£')} | {ch(['paid', 'pending', 'fraud-hold'])}\n")


@kind("event_lost_and_found")
def k_lost(b, lang):
    b(f"Lost & found – {ch(['Spring Preview', 'Pop-up'])} at ", (LO, city()), "\n")
    for _ in range(R.randint(2, 4)):
        b(f"• {ch(['black umbrella', 'Ray-Ban sunglasses', 'Kingston Watch', 'blue scarf', 'Camden Backpack'])} – claimed by ", (P, name(None, ch(["full", "given", "init"]))),
          ", contact ", (PH, ph(ch(EN_CC))) if R.random() < 0.6 else (EM, email()), f" (tag #{digits(3)})\n")


@kind("sweepstakes_winner_affidavit")
def k_sweep(b, lang):
    g, s = gs()
    b(f"{ch(['Summer', 'Holiday', 'Road Trip'])} Sweepstakes – Winner Affidavit (prize value {price('$')})\nWinner: ", (P, f"{g} {s}"), "\nSSN: ", (SSN, ssn()),
      f"\nDOB: {R.randint(1,12):02d}/{R.randint(1,28):02d}/{R.randint(1950,2004)}\nAddress: ", (AD, addr2("US", R.random() < 0.4)), "\nDaytime phone: ", (PH, ph("US")),
      f"\nEntry ID: {digits(3)}-{digits(2)}-{digits(5)}  ZIP+4 verified\nWitness: ", (P, name(None, "full")), f", {ch(TITLES)}\n")


@kind("phone_order_note")
def k_phoneorder(b, lang):
    b(f"Phone order {tm()} – taken by ", (P, name(None, "given")), "\nCust: ", (P, name(None, ch(["full", "comma"]))), " rang from ", (PH, ph(ch(EN_CC))),
      f"\n{R.randint(1,4)}x {ch(PRODUCTS)} @ {price('$')}\nPaid: ", (CC, cc_number()), f" exp {R.randint(1,12):02d}/{R.randint(26,31)} (CVV not stored)\n",
      f"Gift card {gift_card()} also applied – balance {price('$')}\nDeliver to ", (AD, addr2(ch(EN_CC), False)), "\n")


def gift_card():
    while True:
        g = "6" + digits(15)
        if not luhn_ok(g):
            return " ".join(g[k:k + 4] for k in range(0, 16, 4))


@kind("ja_hotel_reservation", ("ja",), 1)
def k_ja_hotel(b, lang):
    g, s = HAND["japanese"]; gg, ss = ch(g), ch(s)
    b(f"Yoyaku kakunin / Reservation {digits(8)}\nO-namae: ", (P, ch([f"{ss.upper()} {gg}", f"{ss} {gg}"])), " sama\nGo-jusho: ", (AD, addr2("JP", False)),
      "\nDenwa: ", (PH, ph("JP")), f"\nCheck-in {date_s()} 15:00 / {R.randint(1,3)} haku / Plan: {ch(['Sakura Breakfast', 'Kyoto Premium', 'Standard'])}\n",
      "Tanto: ", (P, ch(HAND["japanese"][1])), f" (front desk)\nSankasha: ", (P, f"{ch(g)} {ch(s)}"), "\n")


@kind("id_seller_chat", ("id",), 1)
def k_id_chat(b, lang):
    gn = name("id", "given")
    b("Pembeli: kak, barang ", ch(PRODUCTS), " ready? kirim ke ", (AD, addr2("ID", False)), " ya\nPenjual: ready kak ", (P, gn.lower() if R.random() < 0.5 else gn),
      f" 🙏 ongkir {R.randint(9,40)}rb. resi nanti {tracking()}\nPembeli: ok, WA aku ", (PH, ph("ID")), " atas nama ", (P, name("id", "full")), "\n")


@kind("excel_paste_merged_cells")
def k_excel(b, lang):
    b("Name / Phone\tArea\tLast purchase\n")
    for _ in range(R.randint(3, 5)):
        g, s = gs()
        b((P, ch([f"{s} {g}", f"{g} {s}", f"{s.upper()} {g}"])), " ", (PH, ph(ch(EN_CC))), "\t", (LO, ch(REGIONS + CITIES["en"])), f"\t{ch(PRODUCTS)} {date_s()}\n")


@kind("push_notification_qa_list")
def k_push(b, lang):
    b(f"QA – push '{ch(['Your Dakota Jacket is back!', 'Jordan drop in 1h', 'Hi {first_name}, 20% off'])}' build {R.randint(100,999)}\n")
    for _ in range(R.randint(2, 4)):
        b("- device ", f"{ch(['iPhone 15', 'Pixel 8', 'Galaxy S23'])} / tester ", (P, name(None, ch(["given", "lower", "full"]))), " / ip ", (IP, ip()),
          f" / {ch(['received', 'not received', 'delayed 4 min'])}\n")


@kind("crm_dedupe_report")
def k_dedupe(b, lang):
    b(f"Possible duplicates (score ≥ 0.{R.randint(80,97)})\n")
    for _ in range(R.randint(2, 3)):
        g, s = gs(); c = ch(EN_CC)
        b("A: ", (P, f"{g} {s}"), " | ", (EM, email(g, s)), " | ", (PH, ph(c)), "\nB: ", (P, ch([f"{s.upper()}, {g.upper()}", f"{g[0]}. {s}", f"{g.lower()} {s.lower()}"])), " | ",
          (EM, email(g, s)), " | ", (AD, addr2(c, False)), f"\n   -> merge? {ch(['yes', 'no', 'review'])}\n")

# ================================================================ multilingual kinds
T = {
 "de": dict(hi="Hallo", appt="Erinnerung: Ihr Termin am {d} um {t} Uhr", store="Filiale", call="Fragen? Rufen Sie uns an:", ship="Lieferadresse", tel="Tel.", mob="Mobil",
            order="Bestellung", cust="Kunde", regards="Viele Grüße", wa="Am {d} schrieb ", wb=":", leave="Bitte bei Nachbar abgeben:", iban="Bitte erstatten Sie den Betrag auf mein Konto", holder="Kontoinhaber",
            thanks="Danke!", chat=["bin in 10 min da", "hat jemand den Code für den Lagerraum?", "Preise für die Hauptstraße-Aktion stehen", "Montag passt"], review="Sehr nette Beratung von", inshop="in der Filiale",
            form="Kontaktformular", msg="Nachricht", email="E-Mail", addr="Adresse"),
 "fr": dict(hi="Bonjour", appt="Rappel : votre rendez-vous le {d} à {t}", store="boutique de", call="Une question ? Appelez le", ship="Adresse de livraison", tel="Tél.", mob="Portable",
            order="Commande", cust="Client", regards="Cordialement", wa="Le {d}, ", wb=" a écrit :", leave="Laisser chez le voisin :", iban="Merci de rembourser sur mon compte", holder="Titulaire",
            thanks="Merci !", chat=["j'arrive dans 10 min", "qqn a le code du stock ?", "les prix Printemps sont en ligne", "lundi ça marche"], review="Super accueil de", inshop="à la boutique de",
            form="Formulaire de contact", msg="Message", email="Courriel", addr="Adresse"),
 "es": dict(hi="Hola", appt="Recordatorio: su cita el {d} a las {t}", store="tienda de", call="¿Dudas? Llame al", ship="Dirección de envío", tel="Tel.", mob="Móvil",
            order="Pedido", cust="Cliente", regards="Un saludo", wa="El {d}, ", wb=" escribió:", leave="Dejar con el vecino:", iban="Por favor, devuelvan el importe a mi cuenta", holder="Titular",
            thanks="¡Gracias!", chat=["llego en 10 min", "¿alguien tiene el código del almacén?", "ya están los precios de Rebajas", "el lunes me va bien"], review="Muy amable la atención de", inshop="en la tienda de",
            form="Formulario de contacto", msg="Mensaje", email="Correo", addr="Dirección"),
 "it": dict(hi="Ciao", appt="Promemoria: il suo appuntamento il {d} alle {t}", store="negozio di", call="Domande? Chiami il", ship="Indirizzo di spedizione", tel="Tel.", mob="Cell.",
            order="Ordine", cust="Cliente", regards="Cordiali saluti", wa="Il giorno {d}, ", wb=" ha scritto:", leave="Lasciare al vicino:", iban="Vi prego di rimborsare sul mio conto", holder="Intestatario",
            thanks="Grazie!", chat=["arrivo tra 10 min", "qualcuno ha il codice del magazzino?", "prezzi Saldi caricati", "lunedì va bene"], review="Gentilissima la commessa", inshop="nel negozio di",
            form="Modulo di contatto", msg="Messaggio", email="E-mail", addr="Indirizzo"),
 "pt": dict(hi="Olá", appt="Lembrete: a sua marcação a {d} às {t}", store="loja de", call="Dúvidas? Ligue para", ship="Morada de entrega", tel="Tel.", mob="Telemóvel",
            order="Encomenda", cust="Cliente", regards="Cumprimentos", wa="Em {d}, ", wb=" escreveu:", leave="Deixar com o vizinho:", iban="Peço o reembolso para a minha conta", holder="Titular",
            thanks="Obrigado!", chat=["chego em 10 min", "alguém tem o código do armazém?", "preços de Saldos já estão", "segunda dá"], review="Atendimento excelente da", inshop="na loja de",
            form="Formulário de contacto", msg="Mensagem", email="E-mail", addr="Morada"),
 "nl": dict(hi="Hoi", appt="Herinnering: uw afspraak op {d} om {t}", store="winkel", call="Vragen? Bel", ship="Bezorgadres", tel="Tel.", mob="Mobiel",
            order="Bestelling", cust="Klant", regards="Met vriendelijke groet", wa="Op {d} schreef ", wb=":", leave="Afgeven bij de buren:", iban="Graag terugstorten op mijn rekening", holder="Rekeninghouder",
            thanks="Bedankt!", chat=["ben er over 10 min", "heeft iemand de code van het magazijn?", "Koningsdag prijzen staan erin", "maandag is prima"], review="Heel fijn geholpen door", inshop="in de winkel in",
            form="Contactformulier", msg="Bericht", email="E-mail", addr="Adres"),
 "pl": dict(hi="Dzień dobry", appt="Przypomnienie: wizyta {d} o godz. {t}", store="sklep", call="Pytania? Zadzwoń:", ship="Adres dostawy", tel="Tel.", mob="Kom.",
            order="Zamówienie", cust="Klient", regards="Pozdrawiam", wa="W dniu {d} ", wb=" napisał(a):", leave="Zostawić u sąsiada:", iban="Proszę o zwrot na konto", holder="Właściciel rachunku",
            thanks="Dzięki!", chat=["będę za 10 min", "ktoś ma kod do magazynu?", "ceny na Black Friday wgrane", "poniedziałek ok"], review="Bardzo miła obsługa, pani", inshop="w sklepie",
            form="Formularz kontaktowy", msg="Wiadomość", email="E-mail", addr="Adres"),
 "sv": dict(hi="Hej", appt="Påminnelse: din tid {d} kl. {t}", store="butiken i", call="Frågor? Ring", ship="Leveransadress", tel="Tel.", mob="Mobil",
            order="Order", cust="Kund", regards="Vänliga hälsningar", wa="Den {d} skrev ", wb=":", leave="Lämna hos grannen:", iban="Vänligen återbetala till mitt konto", holder="Kontoinnehavare",
            thanks="Tack!", chat=["är där om 10 min", "nån som har koden till lagret?", "Midsommar-priserna är inlagda", "måndag funkar"], review="Jättebra hjälp av", inshop="i butiken i",
            form="Kontaktformulär", msg="Meddelande", email="E-post", addr="Adress"),
 "da": dict(hi="Hej", appt="Påmindelse: din tid {d} kl. {t}", store="butikken i", call="Spørgsmål? Ring", ship="Leveringsadresse", tel="Tlf.", mob="Mobil",
            order="Ordre", cust="Kunde", regards="Venlig hilsen", wa="Den {d} skrev ", wb=":", leave="Afleveres hos naboen:", iban="Venligst tilbagebetal til min konto", holder="Kontohaver",
            thanks="Tak!", chat=["er der om 10 min", "har nogen koden til lageret?", "Black Friday-priser er lagt ind", "mandag passer"], review="Super god service fra", inshop="i butikken i",
            form="Kontaktformular", msg="Besked", email="E-mail", addr="Adresse"),
 "no": dict(hi="Hei", appt="Påminnelse: timen din {d} kl. {t}", store="butikken i", call="Spørsmål? Ring", ship="Leveringsadresse", tel="Tlf.", mob="Mobil",
            order="Ordre", cust="Kunde", regards="Med vennlig hilsen", wa="{d} skrev ", wb=":", leave="Leveres til naboen:", iban="Vennligst refunder til kontoen min", holder="Kontoeier",
            thanks="Takk!", chat=["er der om 10 min", "noen som har koden til lageret?", "17. mai-prisene er lagt inn", "mandag går fint"], review="Kjempehyggelig hjelp fra", inshop="i butikken i",
            form="Kontaktskjema", msg="Melding", email="E-post", addr="Adresse"),
 "fi": dict(hi="Hei", appt="Muistutus: aikasi {d} klo {t}", store="myymälä", call="Kysyttävää? Soita", ship="Toimitusosoite", tel="Puh.", mob="GSM",
            order="Tilaus", cust="Asiakas", regards="Ystävällisin terveisin", wa="{d} ", wb=" kirjoitti:", leave="Jätä naapurille:", iban="Palauttakaa summa tililleni", holder="Tilinomistaja",
            thanks="Kiitos!", chat=["oon siellä 10 min päästä", "onko kellään varaston koodia?", "Juhannus-hinnat päivitetty", "maanantai käy"], review="Todella ystävällinen palvelu, kiitos", inshop="myymälässä",
            form="Yhteydenottolomake", msg="Viesti", email="Sähköposti", addr="Osoite"),
 "cs": dict(hi="Dobrý den", appt="Připomínka: váš termín {d} v {t}", store="prodejna", call="Dotazy? Volejte", ship="Doručovací adresa", tel="Tel.", mob="Mobil",
            order="Objednávka", cust="Zákazník", regards="S pozdravem", wa="Dne {d} ", wb=" napsal(a):", leave="Nechat u souseda:", iban="Prosím o vrácení peněz na účet", holder="Majitel účtu",
            thanks="Díky!", chat=["jsem tam za 10 min", "má někdo kód od skladu?", "ceny na Vánoce nahrané", "pondělí jde"], review="Moc milá obsluha, paní", inshop="v prodejně",
            form="Kontaktní formulář", msg="Zpráva", email="E-mail", addr="Adresa"),
 "hu": dict(hi="Jó napot", appt="Emlékeztető: időpontja {d} {t}", store="üzletünk:", call="Kérdése van? Hívja:", ship="Szállítási cím", tel="Tel.", mob="Mobil",
            order="Rendelés", cust="Vásárló", regards="Üdvözlettel", wa="{d} ", wb=" ezt írta:", leave="Szomszédnál hagyni:", iban="Kérem a visszatérítést a számlámra", holder="Számlatulajdonos",
            thanks="Köszi!", chat=["10 perc és ott vagyok", "megvan valakinek a raktár kódja?", "a Black Friday árak fent vannak", "hétfő jó"], review="Nagyon kedves volt", inshop="az üzletben:",
            form="Kapcsolatfelvételi űrlap", msg="Üzenet", email="E-mail", addr="Cím"),
 "ro": dict(hi="Bună ziua", appt="Reamintire: programarea dvs. pe {d} la ora {t}", store="magazinul din", call="Întrebări? Sunați la", ship="Adresa de livrare", tel="Tel.", mob="Mobil",
            order="Comanda", cust="Client", regards="Cu stimă", wa="Pe {d}, ", wb=" a scris:", leave="Lăsați la vecin:", iban="Vă rog să returnați suma în contul", holder="Titular cont",
            thanks="Mersi!", chat=["ajung în 10 min", "are cineva codul de la depozit?", "prețurile de Black Friday sunt încărcate", "luni e ok"], review="Foarte amabilă doamna", inshop="de la magazinul din",
            form="Formular de contact", msg="Mesaj", email="E-mail", addr="Adresa"),
 "tr": dict(hi="Merhaba", appt="Hatırlatma: randevunuz {d} saat {t}", store="mağazamız:", call="Sorunuz mu var? Arayın:", ship="Teslimat adresi", tel="Tel.", mob="Cep",
            order="Sipariş", cust="Müşteri", regards="Saygılarımla", wa="{d} tarihinde ", wb=" şunu yazdı:", leave="Komşuya bırakın:", iban="Lütfen iadeyi hesabıma yapın", holder="Hesap sahibi",
            thanks="Teşekkürler!", chat=["10 dk'ya oradayım", "depo şifresi kimde?", "Ramazan fiyatları girildi", "pazartesi uygun"], review="Çok ilgiliydi", inshop="mağazasında",
            form="İletişim formu", msg="Mesaj", email="E-posta", addr="Adres"),
 "id": dict(hi="Halo", appt="Pengingat: janji temu Anda {d} pukul {t}", store="toko", call="Ada pertanyaan? Hubungi", ship="Alamat pengiriman", tel="Telp.", mob="HP",
            order="Pesanan", cust="Pelanggan", regards="Salam", wa="Pada {d}, ", wb=" menulis:", leave="Titip ke tetangga:", iban="Mohon refund ke rekening", holder="Pemilik rekening",
            thanks="Makasih!", chat=["otw 10 menit", "ada yg tau kode gudang?", "harga promo Lebaran udah masuk", "Senin bisa"], review="Pelayanan ramah dari kak", inshop="di toko",
            form="Formulir kontak", msg="Pesan", email="Email", addr="Alamat"),
 "vi": dict(hi="Xin chào", appt="Nhắc lịch: cuộc hẹn của bạn ngày {d} lúc {t}", store="cửa hàng", call="Thắc mắc? Gọi", ship="Địa chỉ giao hàng", tel="ĐT", mob="DĐ",
            order="Đơn hàng", cust="Khách hàng", regards="Trân trọng", wa="Vào {d}, ", wb=" đã viết:", leave="Gửi nhà hàng xóm:", iban="Vui lòng hoàn tiền vào tài khoản", holder="Chủ tài khoản",
            thanks="Cảm ơn!", chat=["10 phút nữa mình tới", "ai có mã kho không?", "giá Tết đã cập nhật", "thứ Hai được"], review="Nhân viên rất nhiệt tình, bạn", inshop="ở cửa hàng",
            form="Biểu mẫu liên hệ", msg="Tin nhắn", email="Email", addr="Địa chỉ"),
 "ja": dict(hi="Konnichiwa", appt="Go-yoyaku no oshirase: {d} {t}", store="ten:", call="Otoiawase wa", ship="Otodoke-saki", tel="TEL", mob="Keitai",
            order="Chumon bango", cust="Okyakusama", regards="Yoroshiku onegaishimasu", wa="{d} ni ", wb=" wa kakimashita:", leave="Tonari ni azukete kudasai:", iban="Henkin saki koza", holder="Koza meigi",
            thanks="Arigatou!", chat=["10-pun de tsukimasu", "soko no ango dare ka shitteru?", "Golden Week no kakaku kōshin shimashita", "getsuyōbi daijōbu"], review="Totemo shinsetsu deshita,", inshop="ten de",
            form="Otoiawase fomu", msg="Messeji", email="Meru", addr="Jusho"),
}
ML_LANGS = tuple(T)
IBAN_OK = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "hu": "HU", "ro": "RO", "tr": "TR"}


def mcc(lang):
    if lang == "en":
        return ch(EN_CC)
    if lang == "de" and R.random() < 0.25: return ch(["AT", "CH"])
    if lang == "fr" and R.random() < 0.2: return "BE"
    if lang == "pt" and R.random() < 0.35: return "BR"
    if lang == "es" and R.random() < 0.3: return "MX"
    return LANG_CC[lang]


def tm():
    return f"{R.randint(8,19)}:{ch(['00', '15', '30', '45'])}"


@kind("ml_appointment_sms", ML_LANGS, 1)
def k_ml_appt(b, lang):
    t = T[lang]; c = mcc(lang)
    b(f"{t['hi']} ", (P, name(lang, ch(["given", "full", "given"]))), "! ", t["appt"].format(d=date_s(), t=tm()), f" – {t['store']} ", (LO, city(lang)),
      " (", (AD, addr2(c, False)), f"). {t['call']} ", (PH, ph(c)), f" · Ref {ticket()}")


@kind("ml_delivery_note", ML_LANGS, 1)
def k_ml_deliv(b, lang):
    t = T[lang]; c = mcc(lang)
    b(f"{t['order']} {order_no()} / {tracking()}\n{t['ship']}:\n", (P, name(lang, ch(["full", "upper", "comma"]))), "\n", (AD, addr2(c, True)),
      f"\n{t['mob']}: ", (PH, ph(c)), f"\n{t['leave']} ", (P, name(lang, ch(["sur", "full"]))), "\n")


@kind("ml_contact_form", ML_LANGS, 1)
def k_ml_form(b, lang):
    t = T[lang]; c = mcc(lang); g, s = gs(lang)
    b(f"== {t['form']} ==\nName: ", (P, f"{g} {s}"), f"\n{t['email']}: ", (EM, email(g, s)), f"\n{t['tel']}: ", (PH, ph(c)), f"\n{t['addr']}: ", (AD, addr2(c, False)),
      f"\nIP: ", (IP, ip()), f"\n{t['msg']}: {ch(PRODUCTS)} – {t['order']} {order_no()}. {t['thanks']} {ch(BRANDS)}?\n")


@kind("ml_quoted_reply", ML_LANGS, 1)
def k_ml_quote(b, lang):
    t = T[lang]; g, s = gs(lang)
    b(f"{t['thanks']}\n\n{t['regards']}\n", (P, name(lang, "given")), "\n\n", t["wa"].format(d=date_s()), (P, f"{g} {s}"), " <", (EM, email(g, s)), ">", t["wb"],
      f"\n> {t['order']} {order_no()} – {ch(PRODUCTS)}\n> {t['tel']} ", (PH, ph(mcc(lang))), "\n> ", (P, g), "\n")


@kind("ml_refund_iban", tuple(IBAN_OK), 1)
def k_ml_iban(b, lang):
    t = T[lang]; c = IBAN_OK[lang]
    b(f"{t['hi']},\n{t['iban']}: ", (IB, iban(c)), f"\n{t['holder']}: ", (P, name(lang, ch(["full", "upper", "comma"]))), f"\n{t['order']}: {order_no()}  ({price('€')})\n{t['regards']}\n",
      (P, name(lang, "full")), "\n", (PH, ph(mcc(lang))), "\n")


@kind("ml_group_chat", ML_LANGS, 1)
def k_ml_chat(b, lang):
    t = T[lang]; ppl = [name(lang, "given") for _ in range(3)]
    for i in range(R.randint(4, 6)):
        b(f"{R.randint(8,22):02d}:{R.randint(0,59):02d} ", (P, ppl[i % 3]), ": ")
        r = R.random()
        if r < 0.25: b(f"@", (P, ppl[(i + 1) % 3].lower()), f" {t['tel']} ", (PH, ph(mcc(lang))))
        elif r < 0.4: b(f"{t['addr']}: ", (AD, addr2(mcc(lang), False)))
        elif r < 0.5: b(f"{ch(PRODUCTS)} – ", (LO, city(lang)), " 👀")
        else: b(ch(t["chat"]))
        b("\n")


@kind("ml_business_card", ML_LANGS, 1)
def k_ml_card(b, lang):
    t = T[lang]; c = mcc(lang); g, s = gs(lang)
    nm = ch([f"{g} {s}", f"{g.upper()} {s.upper()}", f"{s.upper()} {g}"]) if lang != "hu" else f"{s} {g}"
    b((P, nm), f"\n{ch(TITLES)}\n", (AD, addr2(c, R.random() < 0.5)), f"\n{t['tel']} ", (PH, ph(c)), f"  {t['mob']} ", (PH, ph(c)), f"\n", (EM, email(g, s)), "\n")


@kind("ml_store_review", ML_LANGS, 1)
def k_ml_review(b, lang):
    t = T[lang]
    b(f"★★★★{ch(['★', '☆'])} {t['review']} ", (P, name(lang, ch(["given", "given", "full"]))), f" {t['inshop']} ", (LO, city(lang)), f". {ch(PRODUCTS)} / {ch(BRANDS)} {price('€')}. ",
      ch(["", f"{t['order']} {order_no()}"]), "\n")


TITLE = {"de": ["Frau", "Herr", "Dr."], "fr": ["Mme", "M.", "Mlle"], "es": ["Sra.", "Sr.", "D."], "it": ["Sig.ra", "Sig.", "Dott."], "pt": ["Sra.", "Sr.", "Dra."],
         "nl": ["mevrouw", "meneer", "dhr."], "pl": ["Pani", "Pan"], "sv": [""], "da": [""], "no": [""], "fi": [""], "cs": ["paní", "pane"], "hu": [""], "ro": ["dna", "dl."],
         "tr": [""], "id": ["Bapak", "Ibu"], "vi": ["anh", "chị"], "ja": [""]}
DEAR = {"de": "Sehr geehrte(r)", "fr": "Chère/Cher", "es": "Estimado/a", "it": "Gentile", "pt": "Caro/a", "nl": "Beste", "pl": "Szanowny/a", "sv": "Hej", "da": "Kære", "no": "Kjære",
        "fi": "Hyvä", "cs": "Vážená/ý", "hu": "Kedves", "ro": "Stimată/Stimate", "tr": "Sayın", "id": "Yth.", "vi": "Kính gửi", "ja": "Haikei,"}


@kind("ml_formal_letter", ML_LANGS, 1)
def k_ml_letter(b, lang):
    t = T[lang]; c = mcc(lang); g, s = gs(lang)
    if lang != "ja":
        b((P, ch([f"{g} {s}", f"{s.upper()} {g}", f"{g} {s}".upper()])), "\n", (AD, addr2(c, True)), "\n\n")
    tt = ch(TITLE[lang])
    b(f"{DEAR[lang]} {tt + ' ' if tt else ''}", (P, s if lang not in ("id", "vi", "hu") else g), ",\n")
    if lang == "ja":
        b((P, s), "-sama no ", t["order"].lower(), f" {order_no()} ... {t['call']} ", (PH, ph("JP")), ".\n")
    else:
        b(f"{t['order']} {order_no()} · {ch(PRODUCTS)} · {price('€')} · {date_s()}\n{t['call']} ", (PH, ph(c)), " / ", (EM, company_email("service")), "\n")
    b(f"\n{t['regards']}\n", (P, name(lang, ch(["full", "init"]))), f"\n{ch(TITLES)}, {ch(BRANDS)}\n")


@kind("ml_loyalty_export", ML_LANGS, 1)
def k_ml_loy(b, lang):
    t = T[lang]
    b(f"id;{t['cust']};{t['email']};{t['mob']};{t['store']};pts\n")
    for _ in range(R.randint(2, 4)):
        g, s = gs(lang)
        b(f"{digits(8)};", (P, ch([f"{s}, {g}", f"{g} {s}", f"{s.upper()} {g}", f"{g.lower()} {s.lower()}"])), ";", (EM, email(g, s)), ";", (PH, ph(mcc(lang))), ";", (LO, city(lang)), f";{R.randint(0,9999)}\n")

# ================================================================ main
def main():
    bylang = {}
    for k in KINDS:
        for l in k[1]:
            bylang.setdefault(l, []).append(k)
    other = [l for l in bylang if l != "en"]
    rows = []
    j = 0
    for i in range(N_TARGET):
        if not other or R.random() < 0.65:
            lang = "en"
        else:
            lang = other[j % len(other)]; j += 1
        cands = bylang[lang]
        # round-robin-ish so every kind appears
        name_, langs, w, fn = cands[(i // 3 + R.randint(0, 2)) % len(cands)] if R.random() < 0.6 else ch(cands)
        b = B()
        fn(b, lang)
        rows.append({"id": f"hard18-{i+1}", "kind": name_, "lang": lang, "text": b.text(), "spans": b.spans})
    cnt = Counter(); kinds = Counter(); langs = Counter()
    for r in rows:
        t = r["text"]; last = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            assert 0 <= sp["start"] < sp["end"] <= len(t), (r["id"], sp)
            assert sp["start"] >= last, ("overlap", r["id"], sp)
            assert t[sp["start"]:sp["end"]].strip() == t[sp["start"]:sp["end"]], ("ws", r["id"], repr(t[sp["start"]:sp["end"]]))
            last = sp["end"]
            cnt[sp["type"]] += 1
        kinds[r["kind"]] += 1; langs[r["lang"]] += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("samples", len(rows))
    print("spans per type", dict(sorted(cnt.items())))
    print("kinds", len(kinds), dict(sorted(kinds.items())))
    print("langs", len(langs), dict(sorted(langs.items())))


if __name__ == "__main__":
    main()
