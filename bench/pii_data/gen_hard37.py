#!/usr/bin/env python3
r"""Generator for blind PII evaluation set hard37 (marketing data operations: personal data inside
machine-made text). Python 3 standard library only, seed 37037; writes hard37.jsonl next to itself.
All names, streets, towns, templates and texts are hand-written in this file.

Labelling decisions beyond the common rules (applied everywhere):
 1. Encoded values keep their label and the span covers the value exactly as written: JSON \uXXXX
    escapes (``Jos\u00e9``), URL/percent encoding (``Jos%C3%A9+Garc%C3%ADa``, ``anna%40x.com``,
    ``%2B34+612...``), RFC 2047 Q-encoded display names (span = the text between ``?Q?`` and ``?=``),
    and literal ``\n`` escapes inside a JSON-encoded multi-line address (one STREET_ADDRESS span).
 2. Placeholder / fixture names that are real-looking person names (John Doe, Jane Doe, Jane Roe,
    Max/Erika Mustermann, Mario Rossi, Fulano de Tal, Jan Kowalski) ARE labelled PERSON, and their
    example.com e-mails and fictional-range phones (+1 202-555-0100, +44 7700 900123) are labelled too.
    Dummy tokens that are not names ("Test User", "QA Tester", "asdf asdf", "Foo Bar", "Unknown",
    "Test Test") are not labelled.
 3. Every e-mail address is EMAIL_ADDRESS, including role, system, VERP/bounce and noreply addresses
    of companies. A malformed value in an e-mail field is still labelled when it contains "@" (or
    "%40") - e.g. "a@@gmail.com", "x@gmail.con", "jose@gmail", "ana @ web.de"; values without "@"
    ("ana.gmail.com") are not labelled.
 4. Phone values are labelled in every notation: E.164, national, international, bare digits with
    country code (SMPP source_addr, WhatsApp wa_id / display_phone_number), "00" prefix. Prefixes such
    as "tel.", "mob:", "WhatsApp" are outside. Values with fewer than 7 digits ("612 34", "000",
    "12345", "+0") and masked phones are not labelled. The business's own sender number is labelled.
 5. Split address fields in structured data (JSON keys, SQL columns, XML elements, form fields): the
    street line (with unit merged into it) is STREET_ADDRESS; a city field is LOCATION; a region
    field is LOCATION only when written as a name (e.g. Kadikoy district, 東京都), codes (OH, TO, SP)
    are not labelled; postcode-only fields are not labelled; a country field is LOCATION when written
    as a name ("Germany", "Deutschland", "U.K."), not when an ISO code ("DE").
 6. Full one-line or multi-line addresses are one STREET_ADDRESS span; the input and the standardised
    form in validator outputs are two separate spans. Lower-case or upper-case variants are labelled.
 7. GeoIP / firewall outputs: city and country names are LOCATION, the IP is IP_ADDRESS. Time zones
    (Europe/Berlin), locale codes (de-DE), cloud regions (eu-west-1) and hostnames are not LOCATION.
 8. Every IPv4/IPv6 literal used as an address is IP_ADDRESS, including private ranges (10.x,
    192.168.x, 172.16-31.x), relay/MTA and upstream server IPs. Version strings (v10.2.0.14, 1.7.4)
    are not labelled.
 9. Handles, usernames, LDAP uids, JWT nicknames, e-mail local parts and auth0 subject ids are not
    PERSON, even when built from a name. Names inside e-mail addresses are not separately labelled.
10. Staff names (agents, data stewards, on-call engineers, git authors, record owners) are PERSON.
    Company names, campaign names, product names and segment/tier names that are given names
    (Ruby, Jasmine, Olivia, Victoria, Amelia Wrap Dress, "hope_headline" variant) are not labelled.
11. Names in other scripts and in upper/lower case are PERSON; a first name alone in a rendered
    message ("Hi Precious, ...") is PERSON. Japanese/Korean/Chinese/Vietnamese names keep native
    order. WhatsApp profile names are PERSON; a trailing emoji is outside the span.
12. Masked or hashed values (j***@gmail.com, ****1234, +34 *** *** *12, SHA-256 hashes), card
    fingerprints, card last-4, gift-card numbers failing Luhn, IBANs with a broken checksum,
    ITINs (9xx-7x/9x-xxxx), EINs, order ids, tracking numbers, SKUs, UUIDs, epochs, birth dates are
    never labelled. US SSNs are labelled with or without dashes when in a valid range.
13. A free-text note/comment value is not PII unless it contains a name, contact or address.
14. lang: the ISO code of the data values/comments; "en-xx" when an English question or English
    framing wraps data or comments in language xx. Only records with lang "en" count as English.
"""
import json, random, re, unicodedata, hashlib, os, sys
from urllib.parse import quote_plus, quote
from collections import Counter

SEED = 37037
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self):
        self.buf = []; self.spans = []; self.n = 0
    def lit(self, s):
        if s:
            self.buf.append(s); self.n += len(s)
    def pii(self, typ, s):
        assert s and s == s.strip(), (typ, repr(s))
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s)})
        self.lit(s)
    def add(self, v):
        if v is None: return
        if isinstance(v, tuple): self.pii(v[0], v[1])
        elif isinstance(v, list):
            for x in v: self.add(x)
        else: self.lit(str(v))
    def f(self, fmt, **kw):
        parts = re.split(r"§(\w+)§", fmt)
        for i, p in enumerate(parts):
            if i % 2 == 0: self.lit(p)
            else: self.add(kw[p])
        return self
    def text(self): return "".join(self.buf)

def P(s): return ("PERSON", s)
def E(s): return ("EMAIL_ADDRESS", s)
def T(s): return ("PHONE_NUMBER", s)
def CC(s): return ("CREDIT_CARD", s)
def IB(s): return ("IBAN_CODE", s)
def SSN(s): return ("US_SSN", s)
def IP(s): return ("IP_ADDRESS", s)
def A(s): return ("STREET_ADDRESS", s)
def LOC(s): return ("LOCATION", s)

def jesc(s):
    """JSON string body as written with ensure_ascii (\\u00e9 escapes)."""
    return json.dumps(s, ensure_ascii=True)[1:-1]
def jraw(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]
def wrapv(v, fn):
    """apply an encoding function to a labelled or literal value"""
    if isinstance(v, tuple): return (v[0], fn(v[1]))
    return fn(v)

# ---------------------------------------------------------------- distractor helpers
def hexs(r, n): return "".join(r.choice("0123456789abcdef") for _ in range(n))
def uuid(r): h = hexs(r, 32); return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"
def sha(r): return hexs(r, 64)
def epoch(r): return str(r.randint(1693000000, 1735000000))
def epoch_ms(r): return epoch(r) + f"{r.randint(0,999):03d}"
def iso(r):
    return f"2024-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}Z"
def isoms(r): return iso(r)[:-1] + f".{r.randint(0,999):03d}Z"
def dt(r): return f"2024-{r.randint(1,12):02d}-{r.randint(1,28):02d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"
def order_id(r): return r.choice(["ORD-", "SO", "#", "A-", "WEB"]) + str(r.randint(1000000, 99999999))
def sku(r): return r.choice(["RBY", "JSM", "OLV", "RSG", "LNN", "MRA", "BLU", "TRX"]) + "-" + str(r.randint(100, 9999)) + r.choice(["-S", "-M", "-XL", "", "-38", "-NAVY"])
def ver(r): return f"{r.randint(1,9)}.{r.randint(0,30)}.{r.randint(0,12)}"
def track(r): return r.choice(["1Z", "JJD", "LX", "CP"]) + "".join(r.choice("0123456789") for _ in range(r.choice([12, 14, 16])))
def host(r): return r.choice(["cdp-worker", "etl-runner", "mta", "api-gw", "sync", "ingest"]) + f"-{r.randint(1,24)}." + r.choice(["eu-west-1", "us-east-2", "ap-northeast-1", "fra1", "ams3"]) + ".internal"
def amount(r): return f"{r.randint(5, 900)}.{r.randint(0,99):02d}"
def pid(r): return r.choice(["prof_", "usr_", "cus_", "ctc_", "anon_"]) + hexs(r, 12)

# ---------------------------------------------------------------- names
def asc(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

NAMES = {
 "en": [("Amber","Hill"),("Grace","Woods"),("Hunter","Black"),("Precious","Okafor"),("Siobhan","O'Sullivan"),("Tamika","Washington"),
        ("DeShawn","Brooks"),("Winter","Marsh"),("Hope","Price"),("Sunny","Gill"),("Harpreet","Sandhu"),("Olu","Adeyemi"),
        ("Rhys","Pritchard"),("Maeve","Gallagher"),("Declan","Frost"),("Bethany","Carver"),("Tobias","Wren"),("Imani","Stone"),("Callum","Reid"),("Penny","Lane-Hartley")],
 "es": [("José","García"),("Lucía","Fernández"),("Rocío","Ibáñez"),("Iñaki","Etxeberria"),("Paloma","Sol"),("Guadalupe","Núñez"),
        ("Álvaro","Muñoz Ortega"),("Begoña","Castillo"),("Jesús","Peña"),("Consuelo","Rivera"),("Xavier","Puigdemunt"),("Ainhoa","Lozano")],
 "pt": [("João","Conceição"),("Maria","Flores"),("Thiago","Araújo"),("Leonor","Rosa"),("Gonçalo","Magalhães"),("Luíza","Barbosa"),
        ("Anderson","Souza"),("Inês","Carvalho"),("Caio","Lobo"),("Francisca","Amaral")],
 "de": [("Jürgen","Weiß"),("Sabine","Groß"),("Mia","Winter"),("Till","Sommer"),("Hannelore","Kühn"),("Lukas","Schäfer"),
        ("Dörte","Brandt"),("Maximilian","von Arnim"),("Ümit","Kaya"),("Kerstin","Vogel"),("Götz","Lehmann")],
 "fr": [("Éloïse","Lefèvre"),("Gaëtan","Bonnet"),("Rose","Marchand"),("Anaïs","Roussel"),("Benoît","Chevalier"),("Océane","Dubois"),
        ("Jean-Baptiste","Mercier"),("Maëlle","Le Goff"),("Yannick","Boucher"),("Clémence","Fontaine")],
 "it": [("Giuseppe","Esposito"),("Chiara","Bianchi"),("Donato","Ferro"),("Aurora","Colombo"),("Niccolò","Santoro"),("Benedetta","Greco"),
        ("Gianluca","De Luca"),("Assunta","Marino"),("Fiore","Gallo")],
 "nl": [("Joost","van den Berg"),("Femke","de Vries"),("Sanne","Bakker"),("Thijs","Janssen"),("Anouk","Visser"),("Bram","Smit"),
        ("Ilse","van Dijk"),("Sjoerd","Hoekstra"),("Noor","El Amrani")],
 "pl": [("Małgorzata","Wiśniewska"),("Grzegorz","Brzęczyszczykiewicz"),("Agnieszka","Kowalczyk"),("Paweł","Wójcik"),("Zofia","Lewandowska"),
        ("Łukasz","Kamiński"),("Jadwiga","Zielińska"),("Bartosz","Szymański")],
 "tr": [("Ayşe","Yılmaz"),("Çağrı","Öztürk"),("Mehmet","Demir"),("Gülşen","Aydın"),("Emre","Çelik"),("Elif","Şahin"),("Barış","Koç"),("Zeynep","Arslan")],
 "ja": [("陽菜","佐藤","hina","sato"),("大翔","鈴木","hiroto","suzuki"),("美咲","高橋","misaki","takahashi"),("蓮","渡辺","ren","watanabe"),
        ("結衣","小林","yui","kobayashi"),("颯太","中村","sota","nakamura"),("さくら","山口","sakura","yamaguchi")],
 "ko": [("서연","김","seoyeon","kim"),("지훈","박","jihoon","park"),("하은","이","haeun","lee"),("도윤","최","doyun","choi"),("수빈","정","subin","jung"),("민재","윤","minjae","yoon")],
 "zh": [("伟","王","wei","wang"),("秀英","李","xiuying","li"),("志强","张","zhiqiang","zhang"),("静","刘","jing","liu"),("子涵","陈","zihan","chen"),("欣怡","欧阳","xinyi","ouyang"),("建华","黄","jianhua","huang")],
 "ar": [("محمد","العتيبي","mohammed","alotaibi"),("فاطمة","الزهراني","fatima","alzahrani"),("خالد","المنصوري","khalid","almansouri"),
        ("نور","حداد","nour","haddad"),("يوسف","الشامي","youssef","elshamy"),("ليلى","بن علي","leila","benali")],
 "hi": [("प्रिया","शर्मा","priya","sharma"),("राहुल","वर्मा","rahul","verma"),("अनन्या","अय्यर","ananya","iyer"),("विक्रम","सिंह","vikram","singh"),
        ("स्नेहा","पाटिल","sneha","patil"),("अर्जुन","मेहता","arjun","mehta")],
 "vi": [("Lan","Nguyễn Thị"),("Minh","Trần Văn"),("Hương","Lê Thu"),("Tuấn","Phạm Anh"),("Thảo","Đỗ Phương"),("Khoa","Võ Đăng"),("Ngọc","Bùi Bảo")],
 "id": [("Budi","Santoso"),("Siti","Rahmawati"),("Sukarni",""),("Putri","Ayuningtyas"),("Made","Wirawan"),("Rizky","Pratama"),("Wulan","Hidayat")],
 "sv": [("Åsa","Lindqvist"),("Björn","Åkesson"),("Linnéa","Sjöberg"),("Sven","Ek"),("Ebba","Holm"),("Oskar","Strand"),("Märta","Öberg")],
 "cs": [("Jiří","Dvořák"),("Kateřina","Nováková"),("Tomáš","Černý"),("Zuzana","Procházková"),("Vojtěch","Růžička"),("Lenka","Veselá")],
 "el": [("Γιώργος","Παπαδόπουλος","giorgos","papadopoulos"),("Ελένη","Κωνσταντίνου","eleni","konstantinou"),("Δημήτρης","Νικολάου","dimitris","nikolaou"),
        ("Μαρία","Αλεξίου","maria","alexiou"),("Νίκος","Βλάχος","nikos","vlachos"),("Αθηνά","Σταύρου","athina","stavrou")],
}
EASTERN = {"ja", "ko", "zh", "vi", "hu"}

def person(r, L):
    t = r.choice(NAMES[L])
    if len(t) == 4:
        first, last, fa, la = t
    else:
        first, last = t; fa, la = asc(first).lower(), asc(last).lower()
    fa = re.sub(r"[^a-z]", "", fa); la = re.sub(r"[^a-z]", "", la)
    return {"first": first, "last": last, "fa": fa, "la": la, "L": L}

def full(p, style="full"):
    f, l, L = p["first"], p["last"], p["L"]
    if not l: return f
    if style == "latin":
        if L in ("ja", "ko", "zh"): return p["la"].capitalize() + " " + p["fa"].capitalize()
        if L in ("ar", "hi", "el"): return p["fa"].capitalize() + " " + p["la"].capitalize()
        style = "full"
    if L in ("ja",): s = l + " " + f if style != "tight" else l + f
    elif L in ("ko", "zh"): s = l + f
    elif L == "vi": s = l + " " + f
    else: s = f + " " + l
    if style == "lastfirst" and L not in EASTERN: s = l + ", " + f
    if style == "upper": s = s.upper()
    if style == "lower": s = s.lower()
    return s

DOMAINS = {"en": ["gmail.com","outlook.com","icloud.com","proton.me","btinternet.com","yahoo.com"],
  "es": ["gmail.com","hotmail.es","telefonica.net","yahoo.es"], "pt": ["gmail.com","uol.com.br","sapo.pt","bol.com.br"],
  "de": ["gmx.de","web.de","t-online.de","posteo.de"], "fr": ["orange.fr","free.fr","laposte.net","sfr.fr"],
  "it": ["libero.it","tiscali.it","alice.it","gmail.com"], "nl": ["ziggo.nl","kpnmail.nl","hotmail.nl"],
  "pl": ["wp.pl","onet.pl","o2.pl","interia.pl"], "tr": ["gmail.com","yandex.com.tr","hotmail.com.tr"],
  "ja": ["docomo.ne.jp","yahoo.co.jp","ezweb.ne.jp"], "ko": ["naver.com","daum.net","kakao.com"], "zh": ["qq.com","163.com","126.com"],
  "ar": ["hotmail.com","gmail.com","yahoo.com"], "hi": ["rediffmail.com","gmail.com","yahoo.co.in"], "vi": ["gmail.com","yahoo.com.vn"],
  "id": ["yahoo.co.id","gmail.com"], "sv": ["telia.com","bredband.net","gmail.com"], "cs": ["seznam.cz","email.cz","centrum.cz"],
  "el": ["otenet.gr","yahoo.gr","gmail.com"]}

def email(r, p, domain=None):
    d = domain or r.choice(DOMAINS[p["L"]])
    fa, la = p["fa"], p["la"] or "mail"
    if d in ("qq.com",) and r.random() < 0.6: return f"{r.randint(10000000, 2999999999)}@{d}"
    pat = r.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{l}.{f}", "{f}_{l}{n}", "{f}{n}", "{f0}.{l}{n2}", "{l}{f0}"])
    local = pat.format(f=fa, l=la, f0=fa[0], n=r.randint(1, 99), n2=r.randint(70, 99))
    return f"{local}@{d}"

# ---------------------------------------------------------------- phones
def _d(r, n): return "".join(r.choice("0123456789") for _ in range(n))
PH = {
 "us": ("1", lambda r: r.choice(["312","415","617","206","512","404","720","919"]) + str(r.randint(201, 989)) + _d(r, 4),
        lambda d: f"({d[:3]}) {d[3:6]}-{d[6:]}", lambda d: f"+1 {d[:3]}-{d[3:6]}-{d[6:]}"),
 "gb": ("44", lambda r: "7" + r.choice(["700","911","812","425","534"]) + _d(r, 6),
        lambda d: f"0{d[:4]} {d[4:]}", lambda d: f"+44 {d[:4]} {d[4:]}"),
 "es": ("34", lambda r: r.choice("67") + _d(r, 8), lambda d: f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", lambda d: f"+34 {d[:3]} {d[3:6]} {d[6:]}"),
 "pt": ("351", lambda r: "9" + r.choice("1236") + _d(r, 7), lambda d: f"{d[:3]} {d[3:6]} {d[6:]}", lambda d: f"+351 {d[:3]} {d[3:6]} {d[6:]}"),
 "br": ("55", lambda r: r.choice(["11","21","31","51"]) + "9" + _d(r, 8), lambda d: f"({d[:2]}) {d[2:7]}-{d[7:]}", lambda d: f"+55 {d[:2]} {d[2:7]}-{d[7:]}"),
 "de": ("49", lambda r: "1" + r.choice(["51","52","60","70","76"]) + _d(r, 8), lambda d: f"0{d[:3]} {d[3:]}", lambda d: f"+49 {d[:3]} {d[3:]}"),
 "fr": ("33", lambda r: r.choice("67") + _d(r, 8), lambda d: "0" + d[0] + " " + " ".join(d[i:i+2] for i in range(1, 9, 2)), lambda d: "+33 " + d[0] + " " + " ".join(d[i:i+2] for i in range(1, 9, 2))),
 "it": ("39", lambda r: "3" + r.choice(["33","47","20","88","91"]) + _d(r, 7), lambda d: f"{d[:3]} {d[3:6]} {d[6:]}", lambda d: f"+39 {d[:3]} {d[3:6]} {d[6:]}"),
 "nl": ("31", lambda r: "6" + _d(r, 8), lambda d: f"06-{d[1:]}", lambda d: f"+31 6 {d[1:5]} {d[5:]}"),
 "pl": ("48", lambda r: r.choice("5678") + _d(r, 8), lambda d: f"{d[:3]} {d[3:6]} {d[6:]}", lambda d: f"+48 {d[:3]} {d[3:6]} {d[6:]}"),
 "tr": ("90", lambda r: "5" + r.choice(["32","05","42","55","30"]) + _d(r, 7), lambda d: f"0{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}", lambda d: f"+90 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"),
 "jp": ("81", lambda r: r.choice(["90","80","70"]) + _d(r, 8), lambda d: f"0{d[:2]}-{d[2:6]}-{d[6:]}", lambda d: f"+81 {d[:2]}-{d[2:6]}-{d[6:]}"),
 "kr": ("82", lambda r: "10" + _d(r, 8), lambda d: f"0{d[:2]}-{d[2:6]}-{d[6:]}", lambda d: f"+82 {d[:2]}-{d[2:6]}-{d[6:]}"),
 "cn": ("86", lambda r: "1" + r.choice(["38","39","58","86","50"]) + _d(r, 8), lambda d: f"{d[:3]} {d[3:7]} {d[7:]}", lambda d: f"+86 {d[:3]} {d[3:7]} {d[7:]}"),
 "sa": ("966", lambda r: "5" + r.choice("0345") + _d(r, 7), lambda d: f"0{d[:2]} {d[2:5]} {d[5:]}", lambda d: f"+966 {d[:2]} {d[2:5]} {d[5:]}"),
 "ae": ("971", lambda r: "5" + r.choice("0256") + _d(r, 7), lambda d: f"0{d[:2]} {d[2:5]} {d[5:]}", lambda d: f"+971 {d[:2]} {d[2:5]} {d[5:]}"),
 "in": ("91", lambda r: r.choice("9876") + _d(r, 9), lambda d: f"{d[:5]} {d[5:]}", lambda d: f"+91 {d[:5]} {d[5:]}"),
 "vn": ("84", lambda r: r.choice(["90","91","98","35","86"]) + _d(r, 7), lambda d: f"0{d[:2]} {d[2:5]} {d[5:]}", lambda d: f"+84 {d[:2]} {d[2:5]} {d[5:]}"),
 "id": ("62", lambda r: "8" + r.choice(["12","13","21","57","77"]) + _d(r, 8), lambda d: f"0{d[:3]}-{d[3:7]}-{d[7:]}", lambda d: f"+62 {d[:3]}-{d[3:7]}-{d[7:]}"),
 "se": ("46", lambda r: "7" + r.choice("0236") + _d(r, 7), lambda d: f"0{d[:2]}-{d[2:5]} {d[5:7]} {d[7:]}", lambda d: f"+46 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}"),
 "cz": ("420", lambda r: r.choice("67") + r.choice("0237") + _d(r, 7), lambda d: f"{d[:3]} {d[3:6]} {d[6:]}", lambda d: f"+420 {d[:3]} {d[3:6]} {d[6:]}"),
 "gr": ("30", lambda r: "69" + r.choice("3479") + _d(r, 7), lambda d: f"{d[:3]} {d[3:6]} {d[6:]}", lambda d: f"+30 {d[:3]} {d[3:6]} {d[6:]}"),
}
REG = {"en": ["us", "gb"], "es": ["es"], "pt": ["br", "pt"], "de": ["de"], "fr": ["fr"], "it": ["it"], "nl": ["nl"], "pl": ["pl"], "tr": ["tr"],
       "ja": ["jp"], "ko": ["kr"], "zh": ["cn"], "ar": ["sa", "ae"], "hi": ["in"], "vi": ["vn"], "id": ["id"], "sv": ["se"], "cs": ["cz"], "el": ["gr"]}

class Phone:
    def __init__(self, r, L=None, reg=None):
        self.reg = reg or r.choice(REG[L])
        cc, gen, nat, intl = PH[self.reg]
        self.cc = cc; self.d = gen(r)
        self.e164 = f"+{cc}{self.d}"; self.nat = nat(self.d); self.intl = intl(self.d)
        self.raw = self.nat.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
        self.digits = cc + self.d
    def any(self, r): return r.choice([self.e164, self.nat, self.intl])

# ---------------------------------------------------------------- addresses
def _pick(r, xs): return r.choice(xs)
def addr(r, L, reg=None):
    """returns dict with line1, line2 (unit, may be ''), postcode, city, region, country, country_en, cc, one, multi"""
    reg = reg or r.choice(REG[L])
    n = r.randint(1, 240)
    a = {"line2": "", "region": ""}
    if reg == "us":
        st = _pick(r, ["Maple Ridge Dr","W 34th St","Kingsbury Ave","Old Mill Rd","Juniper Ct","N Lincoln Blvd","Harbor View Ln"])
        city, state, z = _pick(r, [("Columbus","OH","43215"),("Tacoma","WA","98402"),("Savannah","GA","31401"),("Boise","ID","83702"),("Providence","RI","02903"),("Madison","WI","53703")])
        a.update(line1=f"{r.randint(100, 9899)} {st}", line2=_pick(r, ["", f"Apt {r.randint(1,30)}{r.choice('ABC')}", f"Suite {r.randint(100, 900)}"]), postcode=z, city=city, region=state, country="USA", country_en="United States", cc="US")
        a["one"] = ", ".join(x for x in [a["line1"], a["line2"], city] if x) + f", {state} {z}"
        a["multi"] = "\n".join(x for x in [a["line1"], a["line2"]] if x) + f"\n{city}, {state} {z}"
    elif reg == "gb":
        st = _pick(r, ["Wellington Road","Cranbrook Lane","St Mary's Walk","Victoria Terrace","Mill Hill","Oakfield Close"])
        city, pc = _pick(r, [("Leeds","LS6 2QB"),("Bristol","BS3 4HN"),("Norwich","NR2 3AP"),("Swansea","SA1 5EY"),("Carlisle","CA1 1RN"),("Brighton","BN2 1TW")])
        a.update(line1=f"{n} {st}", line2=_pick(r, ["", f"Flat {r.randint(1,12)}", "Ground Floor Flat"]), postcode=pc, city=city, country="UK", country_en="United Kingdom", cc="GB")
        a["one"] = ", ".join(x for x in [a["line2"], a["line1"], city + " " + pc] if x)
        a["multi"] = "\n".join(x for x in [a["line2"], a["line1"], city, pc] if x)
    elif reg == "es":
        st = _pick(r, ["Calle de Alcalá","Avenida de la Constitución","Carrer de Provença","Calle San Vicente Mártir","Paseo de Zorrilla","Calle Real"])
        pc, city = _pick(r, [("28009","Madrid"),("08036","Barcelona"),("46007","Valencia"),("47006","Valladolid"),("41001","Sevilla"),("15001","A Coruña")])
        a.update(line1=f"{st} {n}", line2=_pick(r, ["", f"{r.randint(1,8)}º {r.choice('ABCD')}", "bajo izda.", f"esc. 2, {r.randint(1,6)}º"]), postcode=pc, city=city, country="España", country_en="Spain", cc="ES")
        a["one"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f", {pc} {city}"
        a["multi"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f"\n{pc} {city}"
    elif reg == "br":
        st = _pick(r, ["Rua Augusta","Avenida Paulista","Rua das Laranjeiras","Rua Padre Chagas","Avenida Afonso Pena"])
        bairro, city, uf, cep = _pick(r, [("Consolação","São Paulo","SP","01304-001"),("Bela Vista","São Paulo","SP","01310-200"),("Laranjeiras","Rio de Janeiro","RJ","22240-003"),("Moinhos de Vento","Porto Alegre","RS","90570-080"),("Centro","Belo Horizonte","MG","30130-009")])
        a.update(line1=f"{st}, {n * 7}", line2=_pick(r, ["", f"apto {r.randint(11, 154)}", f"bloco B, apto {r.randint(11,99)}"]), postcode=cep, city=city, region=uf, country="Brasil", country_en="Brazil", cc="BR")
        a["one"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f" - {bairro}, {city} - {uf}, {cep}"
        a["multi"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f"\n{bairro}\n{city} - {uf}\n{cep}"
    elif reg == "pt":
        st = _pick(r, ["Rua de Santa Catarina","Avenida da Liberdade","Rua do Almada","Travessa do Carmo","Rua Cândido dos Reis"])
        pc, city = _pick(r, [("4000-442","Porto"),("1250-096","Lisboa"),("3000-150","Coimbra"),("4700-321","Braga"),("8000-126","Faro")])
        a.update(line1=f"{st} {n}", line2=_pick(r, ["", "2.º Esq.", "r/c Dto.", f"{r.randint(1,7)}.º D"]), postcode=pc, city=city, country="Portugal", country_en="Portugal", cc="PT")
        a["one"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f", {pc} {city}"
        a["multi"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f"\n{pc} {city}"
    elif reg == "de":
        st = _pick(r, ["Lindenstraße","Am Kupfergraben","Hauptstraße","Schillerplatz","Bahnhofstr.","Kastanienallee","Bergmannstraße"])
        pc, city = _pick(r, [("10969","Berlin"),("80331","München"),("50667","Köln"),("04109","Leipzig"),("70173","Stuttgart"),("28195","Bremen")])
        a.update(line1=f"{st} {n}{r.choice(['', '', 'a', 'b'])}", line2=_pick(r, ["", "c/o Praxis Dr. Hahn" if False else "Hinterhaus", f"{r.randint(1,5)}. OG", "Whg. 12"]), postcode=pc, city=city, country="Deutschland", country_en="Germany", cc="DE")
        a["one"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f", {pc} {city}"
        a["multi"] = a["line1"] + ("\n" + a["line2"] if a["line2"] else "") + f"\n{pc} {city}"
    elif reg == "fr":
        st = _pick(r, ["rue des Lilas","avenue Jean Jaurès","boulevard Voltaire","impasse du Moulin","chemin des Vignes","place du Marché"])
        pc, city = _pick(r, [("69003","Lyon"),("75011","Paris"),("31000","Toulouse"),("44000","Nantes"),("13006","Marseille"),("67000","Strasbourg")])
        a.update(line1=f"{n}{r.choice(['', '', ' bis', ' ter'])} {st}", line2=_pick(r, ["", "Bât. C", "Résidence Les Tilleuls, appt 14", "3e étage"]), postcode=pc, city=city, country="France", country_en="France", cc="FR")
        a["one"] = (a["line2"] + ", " if a["line2"] else "") + a["line1"] + f", {pc} {city}"
        a["multi"] = (a["line2"] + "\n" if a["line2"] else "") + a["line1"] + f"\n{pc} {city.upper()}"
    elif reg == "it":
        st = _pick(r, ["Via Giuseppe Garibaldi","Corso Vittorio Emanuele II","Via dei Mille","Viale Monza","Piazza Santo Stefano"])
        pc, city, pr = _pick(r, [("10122","Torino","TO"),("20121","Milano","MI"),("80134","Napoli","NA"),("40126","Bologna","BO"),("90133","Palermo","PA")])
        a.update(line1=f"{st} {n}", line2=_pick(r, ["", "scala B", f"int. {r.randint(1,20)}"]), postcode=pc, city=city, region=pr, country="Italia", country_en="Italy", cc="IT")
        a["one"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f", {pc} {city} ({pr})"
        a["multi"] = a["line1"] + (", " + a["line2"] if a["line2"] else "") + f"\n{pc} {city} {pr}"
    elif reg == "nl":
        st = _pick(r, ["Prinsengracht","Oudegracht","Herestraat","Stratumseind","Javastraat","Kerkstraat"])
        pc, city = _pick(r, [("1016 GV","Amsterdam"),("3511 LX","Utrecht"),("9712 HN","Groningen"),("5611 AZ","Eindhoven"),("2514 GL","Den Haag")])
        a.update(line1=f"{st} {n}" + r.choice(["", "-2", " A", "-hs"]), postcode=pc, city=city, country="Nederland", country_en="Netherlands", cc="NL")
        a["one"] = f"{a['line1']}, {pc} {city}"; a["multi"] = f"{a['line1']}\n{pc} {city.upper()}"
    elif reg == "pl":
        st = _pick(r, ["ul. Piotrkowska","ul. Marszałkowska","al. Grunwaldzka","ul. Floriańska","os. Tysiąclecia"])
        pc, city = _pick(r, [("90-004","Łódź"),("00-950","Warszawa"),("31-042","Kraków"),("80-831","Gdańsk"),("50-106","Wrocław")])
        a.update(line1=f"{st} {n}" + r.choice(["", f"/{r.randint(1,80)}", f" m. {r.randint(1,40)}"]), postcode=pc, city=city, country="Polska", country_en="Poland", cc="PL")
        a["one"] = f"{a['line1']}, {pc} {city}"; a["multi"] = f"{a['line1']}\n{pc} {city}"
    elif reg == "tr":
        st = _pick(r, ["Bağdat Cad.","Atatürk Bulvarı","İstiklal Cad.","Kıbrıs Şehitleri Cad.","Moda Cad."])
        pc, ilce, il = _pick(r, [("34728","Kadıköy","İstanbul"),("06680","Çankaya","Ankara"),("35220","Konak","İzmir"),("34435","Beyoğlu","İstanbul")])
        a.update(line1=f"{st} No: {n}" + r.choice(["", f" D: {r.randint(1,20)}", f" Daire {r.randint(1,20)}"]), postcode=pc, city=il, region=ilce, country="Türkiye", country_en="Turkey", cc="TR")
        a["one"] = f"{a['line1']}, {pc} {ilce}/{il}"; a["multi"] = f"{a['line1']}\n{pc} {ilce}/{il}"
    elif reg == "jp":
        pc, pref, rest = _pick(r, [("150-0043","東京都","渋谷区道玄坂"),("530-0001","大阪府","大阪市北区梅田"),("060-0042","北海道","札幌市中央区大通西"),("812-0011","福岡県","福岡市博多区博多駅前"),("460-0008","愛知県","名古屋市中区栄")])
        city = {"東京都": "東京", "大阪府": "大阪", "北海道": "札幌", "福岡県": "福岡", "愛知県": "名古屋"}[pref]
        bld = r.choice(["", f" グランドメゾン{r.randint(1,9)}0{r.randint(1,9)}号室", " サクラハイツ2F"])
        a.update(line1=f"{pref}{rest}{r.randint(1,5)}-{r.randint(1,20)}-{r.randint(1,30)}{bld}", postcode=pc, city=city, region=pref, country="日本", country_en="Japan", cc="JP")
        a["one"] = f"〒{pc} {a['line1']}"; a["multi"] = f"〒{pc}\n{a['line1']}"
    elif reg == "kr":
        city, gu, road, pc = _pick(r, [("서울특별시","강남구","테헤란로","06236"),("서울특별시","마포구","양화로","04044"),("부산광역시","해운대구","해운대해변로","48094"),("인천광역시","연수구","컨벤시아대로","21998")])
        a.update(line1=f"{city} {gu} {road} {r.randint(10, 400)}" + r.choice(["", f", {r.randint(2,20)}층", f" {r.randint(101,120)}동 {r.randint(101,1504)}호"]), postcode=pc, city=city.replace("특별시", "").replace("광역시", ""), country="대한민국", country_en="South Korea", cc="KR")
        a["one"] = f"{a['line1']} ({pc})" if r.random() < .5 else f"({pc}) {a['line1']}"; a["multi"] = f"{a['line1']}\n{pc}"
    elif reg == "cn":
        city, dist, road, pc = _pick(r, [("上海市","浦东新区","世纪大道","200120"),("北京市","朝阳区","建国路","100022"),("广州市","天河区","天河路","510620"),("深圳市","南山区","科技园南路","518057"),("杭州市","西湖区","文三路","310012")])
        a.update(line1=f"{city}{dist}{road}{r.randint(1, 300)}号" + r.choice(["", f"{r.randint(2,30)}楼", f"{r.randint(1,12)}栋{r.randint(101,2202)}室"]), postcode=pc, city=city.rstrip("市"), country="中国", country_en="China", cc="CN")
        a["one"] = a["line1"] + r.choice(["", f" {pc}"]); a["multi"] = a["line1"] + f"\n{pc}"
    elif reg == "sa":
        st, dist, city, pc = _pick(r, [("طريق الملك فهد","حي العليا","الرياض","12214"),("شارع التحلية","حي الروضة","جدة","23435"),("شارع الأمير محمد بن فهد","حي الفيصلية","الدمام","32272")])
        a.update(line1=f"{r.randint(1000, 9999)} {st}، {dist}", postcode=pc, city=city, country="السعودية", country_en="Saudi Arabia", cc="SA")
        a["one"] = f"{a['line1']}، {city} {pc}"; a["multi"] = f"{a['line1']}\n{city} {pc}"
    elif reg == "ae":
        area = _pick(r, ["Al Barsha 2","Jumeirah 1","Al Nahda","Khalifa City A","Al Majaz 3"])
        city = _pick(r, ["Dubai","Abu Dhabi","Sharjah"])
        a.update(line1=f"Villa {r.randint(1, 90)}, Street {r.randint(1, 40)}, {area}", postcode="", city=city, country="UAE", country_en="United Arab Emirates", cc="AE")
        a["one"] = f"{a['line1']}, {city}" + r.choice(["", ", UAE"]); a["multi"] = f"Villa {a['line1'][6:]}\n{city}"
        a["multi"] = a["line1"].replace(", ", "\n", 1) + f"\n{city}"
    elif reg == "in":
        if r.random() < 0.5:
            soc, loc, city, pin = _pick(r, [("Sai Krupa Apartments","Indiranagar","Bengaluru","560038"),("Gokul Dham Society","Goregaon East","Mumbai","400063"),("Green Park Residency","Salt Lake Sector V","Kolkata","700091")])
            a.update(line1=f"Flat {r.randint(101, 904)}, {soc}, {r.randint(1, 20)}th Cross", line2=loc, postcode=pin, city=city, country="India", country_en="India", cc="IN")
            a["one"] = f"{a['line1']}, {loc}, {city} {pin}"; a["multi"] = f"{a['line1']}\n{loc}\n{city} - {pin}"
        else:
            loc, city, pin = _pick(r, [("लाजपत नगर","नई दिल्ली","110024"),("गोमती नगर","लखनऊ","226010"),("मालवीय नगर","जयपुर","302017")])
            a.update(line1=f"मकान नं. {r.randint(1, 300)}, गली नं. {r.randint(1, 12)}", line2=loc, postcode=pin, city=city, country="भारत", country_en="India", cc="IN")
            a["one"] = f"{a['line1']}, {loc}, {city} {pin}"; a["multi"] = f"{a['line1']}\n{loc}, {city} - {pin}"
    elif reg == "vn":
        st, ward, dist, city = _pick(r, [("Phố Huế","Phường Phạm Đình Hổ","Quận Hai Bà Trưng","Hà Nội"),("Đường Nguyễn Trãi","Phường 2","Quận 5","TP. Hồ Chí Minh"),("Đường Trần Phú","Phường Hải Châu 1","Quận Hải Châu","Đà Nẵng")])
        a.update(line1=f"Số {r.randint(1, 300)}" + r.choice(["", f" Ngõ {r.randint(2, 90)}"]) + f" {st}", line2=f"{ward}, {dist}", postcode="", city=city, country="Việt Nam", country_en="Vietnam", cc="VN")
        a["one"] = f"{a['line1']}, {ward}, {dist}, {city}"; a["multi"] = f"{a['line1']}\n{ward}, {dist}\n{city}"
    elif reg == "id":
        st, kel, kec, city, pc = _pick(r, [("Jl. Kemang Raya","Bangka","Mampang Prapatan","Jakarta Selatan","12730"),("Jl. Dago","Lebakgede","Coblong","Bandung","40132"),("Jl. Malioboro","Sosromenduran","Gedong Tengen","Yogyakarta","55271")])
        a.update(line1=f"{st} No. {r.randint(1, 200)}" + r.choice(["", f", RT {r.randint(1,12):02d}/RW {r.randint(1,9):02d}"]), line2=f"Kel. {kel}, Kec. {kec}", postcode=pc, city=city, country="Indonesia", country_en="Indonesia", cc="ID")
        a["one"] = f"{a['line1']}, {a['line2']}, {city} {pc}"; a["multi"] = f"{a['line1']}\n{a['line2']}\n{city} {pc}"
    elif reg == "se":
        st = _pick(r, ["Storgatan","Drottninggatan","Kungsvägen","Linnégatan","Västra Hamngatan"])
        pc, city = _pick(r, [("411 38","Göteborg"),("111 51","Stockholm"),("211 22","Malmö"),("753 20","Uppsala"),("903 26","Umeå")])
        a.update(line1=f"{st} {n}" + r.choice(["", " B", f", lgh {r.randint(1001, 1304)}"]), postcode=pc, city=city, country="Sverige", country_en="Sweden", cc="SE")
        a["one"] = f"{a['line1']}, {pc} {city}"; a["multi"] = f"{a['line1']}\n{pc} {city.upper()}"
    elif reg == "cz":
        st = _pick(r, ["Vinohradská","Husova","Masarykova","Palackého","Náměstí Míru"])
        pc, city = _pick(r, [("120 00","Praha 2"),("602 00","Brno"),("301 00","Plzeň"),("779 00","Olomouc"),("370 01","České Budějovice")])
        a.update(line1=f"{st} {r.randint(100, 2600)}/{n}", postcode=pc, city=city, country="Česko", country_en="Czech Republic", cc="CZ")
        a["one"] = f"{a['line1']}, {pc} {city}"; a["multi"] = f"{a['line1']}\n{pc} {city}"
    elif reg == "gr":
        st = _pick(r, ["Ερμού","Τσιμισκή","Πανεπιστημίου","Αγίου Νικολάου","Λεωφόρος Κηφισίας"])
        pc, city = _pick(r, [("105 63","Αθήνα"),("546 22","Θεσσαλονίκη"),("262 21","Πάτρα"),("712 02","Ηράκλειο")])
        a.update(line1=f"{st} {n}", postcode=pc, city=city, country="Ελλάδα", country_en="Greece", cc="GR")
        a["one"] = f"{a['line1']}, {pc} {city}" if r.random() < .7 else f"{a['line1']}, {city} {pc}"; a["multi"] = f"{a['line1']}\n{pc} {city}"
    a["reg"] = reg
    return a

CITIES = {"en": ["Manchester","Denver","Glasgow","Austin","Cardiff","Dublin"], "es": ["Zaragoza","Bilbao","Málaga","Salamanca"],
  "pt": ["Curitiba","Recife","Aveiro","Campinas"], "de": ["Dresden","Hannover","Freiburg","Mainz"], "fr": ["Bordeaux","Lille","Rennes","Grenoble"],
  "it": ["Verona","Genova","Bari","Firenze"], "nl": ["Rotterdam","Leiden","Zwolle","Maastricht"], "pl": ["Poznań","Lublin","Katowice","Szczecin"],
  "tr": ["Bursa","Antalya","Eskişehir","Trabzon"], "ja": ["横浜","京都","神戸","仙台"], "ko": ["대구","광주","대전","수원"], "zh": ["成都","武汉","南京","西安"],
  "ar": ["الرياض","جدة","الدمام","دبي"], "hi": ["पुणे","इंदौर","Chennai","Hyderabad"], "vi": ["Hải Phòng","Cần Thơ","Huế","Nha Trang"],
  "id": ["Surabaya","Medan","Denpasar","Makassar"], "sv": ["Västerås","Örebro","Linköping","Lund"], "cs": ["Liberec","Ostrava","Zlín","Pardubice"],
  "el": ["Λάρισα","Βόλος","Καλαμάτα","Χανιά"]}

NOTES = {
 "en": ["moved, update address", "call back after 5pm", "does not want newsletter", "VIP, handle with care", "duplicate profile", "wrong number"],
 "es": ["se mudó, actualizar dirección", "llamar por la tarde", "no quiere recibir newsletter", "cliente VIP, trato preferente", "perfil duplicado", "teléfono incorrecto"],
 "pt": ["mudou de morada", "ligar à tarde", "não quer receber newsletter", "cliente VIP", "perfil duplicado", "telefone inválido"],
 "de": ["umgezogen, Adresse aktualisieren", "bitte nachmittags anrufen", "möchte keinen Newsletter", "VIP-Kundin, bevorzugt behandeln", "doppeltes Profil", "Telefonnummer ungültig"],
 "fr": ["a déménagé, mettre à jour l'adresse", "rappeler en fin de journée", "ne veut plus de newsletter", "cliente VIP", "profil en doublon", "numéro invalide"],
 "it": ["trasferito, aggiornare indirizzo", "richiamare nel pomeriggio", "non vuole la newsletter", "cliente VIP", "profilo duplicato", "numero non valido"],
 "nl": ["verhuisd, adres bijwerken", "graag na 17u terugbellen", "wil geen nieuwsbrief", "VIP-klant", "dubbel profiel", "ongeldig nummer"],
 "pl": ["przeprowadzka, zaktualizować adres", "oddzwonić po południu", "nie chce newslettera", "klientka VIP", "zduplikowany profil", "błędny numer"],
 "tr": ["taşındı, adresi güncelle", "öğleden sonra aranacak", "bülten istemiyor", "VIP müşteri", "mükerrer profil", "geçersiz numara"],
 "ja": ["引っ越し済み、住所更新", "午後に折り返し", "メルマガ不要", "VIP顧客", "重複プロフィール", "電話番号無効"],
 "ko": ["이사함, 주소 업데이트", "오후에 다시 전화", "뉴스레터 수신 거부", "VIP 고객", "중복 프로필", "잘못된 번호"],
 "zh": ["已搬家，更新地址", "下午回电", "不想收到邮件", "VIP客户", "重复档案", "号码无效"],
 "ar": ["انتقل إلى عنوان جديد", "الاتصال بعد الظهر", "لا يريد النشرة البريدية", "عميل مميز", "ملف مكرر", "رقم غير صحيح"],
 "hi": ["पता बदल गया है", "शाम को कॉल करें", "न्यूज़लेटर नहीं चाहिए", "वीआईपी ग्राहक", "डुप्लिकेट प्रोफ़ाइल", "गलत नंबर"],
 "vi": ["đã chuyển nhà, cập nhật địa chỉ", "gọi lại buổi chiều", "không muốn nhận bản tin", "khách VIP", "hồ sơ trùng", "số sai"],
 "id": ["sudah pindah, perbarui alamat", "telepon balik sore hari", "tidak mau newsletter", "pelanggan VIP", "profil ganda", "nomor salah"],
 "sv": ["har flyttat, uppdatera adress", "ring tillbaka efter lunch", "vill inte ha nyhetsbrev", "VIP-kund", "dubblettprofil", "felaktigt nummer"],
 "cs": ["přestěhoval se, aktualizovat adresu", "zavolat odpoledne", "nechce newsletter", "VIP zákazník", "duplicitní profil", "neplatné číslo"],
 "el": ["μετακόμισε, ενημέρωση διεύθυνσης", "να καλέσουμε το απόγευμα", "δεν θέλει newsletter", "πελάτης VIP", "διπλό προφίλ", "λάθος αριθμός"],
}
def note(r, L): return r.choice(NOTES[L])

# ---------------------------------------------------------------- checksummed values
IBAN_SPEC = {"DE": "18n", "ES": "20n", "FR": "23n", "IT": "1a22n", "NL": "4a10n", "PL": "24n", "PT": "21n", "TR": "22n", "SE": "20n",
             "CZ": "20n", "GR": "23n", "SA": "20n", "GB": "4a14n", "AE": "19n", "BE": "12n", "AT": "16n", "IE": "4a14n"}
L2IBAN = {"es": "ES", "pt": "PT", "de": "DE", "fr": "FR", "it": "IT", "nl": "NL", "pl": "PL", "tr": "TR", "sv": "SE", "cs": "CZ", "el": "GR",
          "ar": "SA", "en": "GB"}
def _bban(r, spec):
    out = ""
    for n, t in re.findall(r"(\d+)([an])", spec):
        for _ in range(int(n)): out += r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if t == "a" else r.choice("0123456789")
    return out
def iban_ok(s):
    s = s.replace(" ", "")
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1
def iban(r, cc, grouped=None):
    bban = _bban(r, IBAN_SPEC[cc])
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped is None: grouped = r.random() < 0.5
    return " ".join(s[i:i+4] for i in range(0, len(s), 4)) if grouped else s
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0
def card(r, brand=None, sep=None):
    brand = brand or r.choice(["visa", "visa", "mc", "amex"])
    if brand == "visa": pre, ln = "4" + _d(r, 5), 16
    elif brand == "mc": pre, ln = str(r.randint(51, 55)) + _d(r, 4), 16
    else: pre, ln = r.choice(["34", "37"]) + _d(r, 4), 15
    body = pre + _d(r, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c): body += c; break
    if sep is None: sep = r.choice(["", " ", "-"])
    if ln == 15: return sep.join([body[:4], body[4:10], body[10:]])
    return sep.join(body[i:i+4] for i in range(0, 16, 4))
def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666: break
    s = f"{a:03d}{sep}{r.randint(1,99):02d}{sep}{r.randint(1,9999):04d}"
    return s
def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and n > 0
def ipv4(r, private=None):
    if private is None: private = r.random() < 0.25
    if private: return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}", f"192.168.{r.randint(0,255)}.{r.randint(1,254)}", f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}"])
    first = r.choice([31, 37, 46, 62, 78, 81, 85, 91, 95, 109, 141, 151, 176, 185, 188, 203, 212, 217, 84, 89, 122, 177, 190, 201])
    return f"{first}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
def ipv6(r):
    pre = r.choice(["2a02:8108", "2001:16b8", "2a01:cb00", "2600:1700", "2409:4042", "240e:3b4", "2001:ee0", "2a00:23c7"])
    groups = [format(r.randint(0, 0xffff), "x") for _ in range(4)]
    return pre + ":" + r.choice([":".join(groups[:2]) + "::" + groups[3], ":".join(groups) + ":" + format(r.randint(0, 0xffff), "x") + ":" + format(r.randint(1, 0xffff), "x")])
def ip(r): return ipv6(r) if r.random() < 0.3 else ipv4(r)

# ---------------------------------------------------------------- rendering helpers
def ctext(c):
    if isinstance(c, list): return "".join(ctext(x) for x in c)
    return c[1] if isinstance(c, tuple) else ("" if c is None else str(c))
def put_cell(b, c, w, right=False):
    t = ctext(c); pad = " " * (w - len(t))
    if right: b.lit(pad)
    b.add(c if c is not None else "")
    if not right: b.lit(pad)

def table(b, headers, rows, style="psql", index=False):
    ws = [max([len(h)] + [len(ctext(rw[i])) for rw in rows]) for i, h in enumerate(headers)]
    if style == "psql":
        b.lit(" " + " | ".join(h.center(w) for h, w in zip(headers, ws)).rstrip() + "\n")
        b.lit("-+-".join("-" * (w + (1 if i == 0 else 0)) for i, w in enumerate(ws)) + "-\n")
        for rw in rows:
            b.lit(" ")
            for i, (c, w) in enumerate(zip(rw, ws)):
                put_cell(b, c, w)
                b.lit(" | " if i < len(ws) - 1 else "\n")
        b.lit(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    elif style == "mysql":
        line = "+" + "+".join("-" * (w + 2) for w in ws) + "+\n"
        b.lit(line + "| " + " | ".join(h.ljust(w) for h, w in zip(headers, ws)) + " |\n" + line)
        for rw in rows:
            b.lit("| ")
            for i, (c, w) in enumerate(zip(rw, ws)):
                put_cell(b, c, w)
                b.lit(" | " if i < len(ws) - 1 else " |\n")
        b.lit(line + f"{len(rows)} rows in set (0.0{len(rows)} sec)\n")
    elif style == "duck":
        b.lit("┌" + "┬".join("─" * (w + 2) for w in ws) + "┐\n")
        b.lit("│ " + " │ ".join(h.ljust(w) for h, w in zip(headers, ws)) + " │\n")
        b.lit("├" + "┼".join("─" * (w + 2) for w in ws) + "┤\n")
        for rw in rows:
            b.lit("│ ")
            for i, (c, w) in enumerate(zip(rw, ws)):
                put_cell(b, c, w)
                b.lit(" │ " if i < len(ws) - 1 else " │\n")
        b.lit("└" + "┴".join("─" * (w + 2) for w in ws) + "┘\n")
    elif style == "pandas":
        iw = len(str(len(rows)))
        b.lit(" " * iw + "  " + "  ".join(h.rjust(w) for h, w in zip(headers, ws)) + "\n")
        for k, rw in enumerate(rows):
            b.lit(str(k).ljust(iw) + "  ")
            for i, (c, w) in enumerate(zip(rw, ws)):
                put_cell(b, c, w, right=True)
                b.lit("  " if i < len(ws) - 1 else "\n")
        b.lit(f"\n[{len(rows)} rows x {len(headers)} columns]\n")
    elif style == "md":
        b.lit("| " + " | ".join(headers) + " |\n|" + "|".join("---" for _ in headers) + "|\n")
        for rw in rows:
            b.lit("| ")
            for i, c in enumerate(rw):
                b.add(c if c is not None else "")
                b.lit(" | " if i < len(rw) - 1 else " |\n")

def sep_row(b, cells, sep, quote_all=False):
    for i, c in enumerate(cells):
        q = quote_all or (isinstance(c, tuple) and (sep in c[1] or "\n" in c[1]))
        if q: b.lit('"')
        b.add(c if c is not None else "")
        if q: b.lit('"')
        b.lit(sep if i < len(cells) - 1 else "\n")

def split_addr(r, a, cc_code=None):
    """structured address fields: (key, value) with labelled parts"""
    line = a["line1"] + (", " + a["line2"] if a["line2"] else "")
    out = [("address1", A(line))]
    out.append(("city", LOC(a["city"])))
    if a["postcode"]: out.append(("postal_code", a["postcode"]))
    if a["region"]: out.append(("region", LOC(a["region"]) if len(a["region"]) > 3 else a["region"]))
    if cc_code if cc_code is not None else r.random() < 0.6: out.append(("country", a["cc"]))
    else: out.append(("country", LOC(a["country_en"] if r.random() < 0.5 else a["country"])))
    return out

def lg(L, framed=False):
    if L == "en": return "en"
    return f"en-{L}" if framed else L

def ask(r, L, en_opts, loc_opts=None):
    """engineer's framing line: English or local-language"""
    if L != "en" and loc_opts and L in loc_opts and r.random() < 0.5:
        return loc_opts[L], False
    return r.choice(en_opts), True

ASK_LOC = {
 "es": "¿Alguien sabe por qué pasa esto? Os pego la salida:", "pt": "Alguém sabe por que isso acontece? Segue a saída:",
 "de": "Weiß jemand, warum das passiert? Hier die Ausgabe:", "fr": "Quelqu'un sait pourquoi ça arrive ? Voici la sortie :",
 "it": "Qualcuno sa perché succede? Ecco l'output:", "nl": "Weet iemand waarom dit gebeurt? Hier de output:",
 "pl": "Ktoś wie, czemu tak się dzieje? Wklejam wynik:", "tr": "Bunun neden olduğunu bilen var mı? Çıktı aşağıda:",
 "ja": "なぜこうなるのか分かる方いますか？出力を貼ります：", "ko": "왜 이런지 아시는 분? 출력 붙여요:", "zh": "有人知道为什么吗？输出如下：",
 "ar": "هل يعرف أحد سبب هذا؟ هذه المخرجات:", "hi": "किसी को पता है ऐसा क्यों हो रहा है? आउटपुट नीचे है:",
 "vi": "Có ai biết tại sao không? Output đây:", "id": "Ada yang tahu kenapa ini terjadi? Ini output-nya:",
 "sv": "Vet någon varför det här händer? Här är utdatan:", "cs": "Nevíte někdo, proč se to děje? Tady je výstup:",
 "el": "Ξέρει κανείς γιατί συμβαίνει αυτό; Ορίστε η έξοδος:"}

def intro(b, r, L, en_opts):
    s, framed = ask(r, L, en_opts, ASK_LOC)
    b.lit(s + "\n\n")
    return framed

# ================================================================ generators (PII kinds)
def g_cdp_idres_merge_log(r, L):
    b = Rec(); fr = intro(b, r, L, ["Identity resolution merged these overnight, can you explain which rule fired?", "CDP merge log from last night's run, looks like two different people got stitched:", "Explain these idres lines to me like I'm the marketing lead:"])
    p = person(r, L); ph = Phone(r, L); em = email(r, p); em2 = email(r, p)
    surv, m1 = pid(r), pid(r)
    b.f("§t§ INFO  idres.stitch run_id=§u§ rule=email_exact score=1.00 survivor=§s§ merged=[§m§]\n    matched_key email=§e§\n",
        t=iso(r), u=uuid(r), s=surv, m=m1, e=E(em))
    b.f("§t§ INFO  idres.stitch rule=phone_e164 score=0.97 survivor=§s§ merged=[§m§] phone=§ph§ (raw input: \"§raw§\")\n",
        t=iso(r), s=surv, m=pid(r), ph=T(ph.e164), raw=T(ph.nat))
    if r.random() < 0.6:
        q = person(r, L); a = addr(r, L)
        b.f("§t§ WARN  idres.stitch rule=name_addr_fuzzy score=0.81 (threshold 0.80) survivor=§s§ merged=[§m§]\n    name_a=\"§n1§\" name_b=\"§n2§\" addr=\"§ad§\" jaro_winkler=0.86\n",
            t=iso(r), s=surv, m=pid(r), n1=P(full(p)), n2=P(full(q, r.choice(["full", "upper"]))), ad=A(a["one"]))
    else:
        b.f("§t§ INFO  idres.stitch rule=device_graph score=0.74 survivor=§s§ merged=[anon_§h§] ip=§ip§ ua_hash=§ua§\n", t=iso(r), s=surv, h=hexs(r, 10), ip=IP(ip(r)), ua=hexs(r, 16))
    b.f("§t§ INFO  idres.stitch merged_profiles=§k§ secondary_email=§e2§ note=\"§n§\"\n", t=iso(r), k=r.randint(2, 5), e2=E(em2), n=note(r, L))
    return b, lg(L, fr)

def g_dedupe_candidate_pairs_report(r, L):
    b = Rec()
    b.lit(r.choice(["Dedupe candidates (threshold 0.85) — batch " + str(r.randint(100, 999)) + "\n\n", "merge review queue export\n\n", "=== POSSIBLE DUPLICATES ===\n"]))
    for k in range(r.randint(1, 3)):
        p = person(r, L); ph = Phone(r, L); a = addr(r, L)
        b.f("merge 2 profiles? confidence §c§\n", c=f"0.{r.randint(85, 99)}")
        b.f("  A: §id§ | §n§ | §e§ | §ph§ | created §d§\n", id=pid(r), n=P(full(p)), e=E(email(r, p)), ph=T(ph.intl), d=dt(r)[:10])
        nm2 = full(p, r.choice(["lastfirst", "upper", "lower"])) if p["L"] not in EASTERN else full(p, "latin")
        b.f("  B: §id§ | §n§ | §e§ | §ph§ | created §d§\n", id=pid(r), n=P(nm2), e=E(email(r, p)), ph=T(r.choice([ph.raw, ph.e164])), d=dt(r)[:10])
        if r.random() < 0.5:
            b.f("  shared address: §a§\n", a=A(a["one"]))
        b.f("  matched on: §m§\n  [ merge ] [ not a dupe ] [ skip ]\n\n", m=r.choice(["phone (normalised), name (jaro 0.93)", "email local-part + last name", "address + first initial", "device_id + phone"]))
    if r.random() < 0.5:
        b.f("excluded pair (test data): §i§ 'Test User' / 'QA Tester' — same sandbox domain\n", i=pid(r))
    return b, L

def g_golden_record_field_diff(r, L):
    b = Rec(); gid = f"gr_{hexs(r, 10)}"
    p = person(r, L); a1, a2 = addr(r, L), addr(r, L); ph1, ph2 = Phone(r, L), Phone(r, L)
    b.f("--- golden/§g§@v§v1§\n+++ golden/§g§@v§v2§\n@@ survivorship run §u§ @@\n", g=gid, v1=r.randint(3, 20), v2=r.randint(21, 40), u=uuid(r))
    b.f('   "given_name": "§f§",\n   "family_name": "§l§",\n', f=P(p["first"]), l=P(p["last"] or p["first"]))
    if r.random() < 0.6:
        b.f('-  "email": "§e1§",\n+  "email": "§e2§",\n', e1=E(email(r, p)), e2=E(email(r, p)))
    b.f('-  "phone": "§a§",\n+  "phone": "§c§",\n', a=T(ph1.nat), c=T(ph2.e164))
    b.f('-  "postal_address": "§a§",\n+  "postal_address": "§c§",\n', a=A(jraw(a1["one"])), c=A(jraw(a2["one"])))
    b.f('   "loyalty_tier": "§t§",\n-  "updated_by": "§s§"\n+  "updated_by": "§s2§"\n', t=r.choice(["gold", "Ruby", "Sapphire", "bronze"]), s=r.choice(["salesforce", "shopify"]), s2=r.choice(["zendesk", "pos_import"]))
    b.f("\n# diff note: §n§\n", n=note(r, L))
    return b, L

def g_survivorship_rule_trace(r, L):
    b = Rec(); p = person(r, L); q = dict(p); a = addr(r, L); a2 = addr(r, L); ph = Phone(r, L); ph2 = Phone(r, L)
    b.f("survivorship trace for golden_id=§g§ (sources: crm, ecom, pos)\n\n", g=uuid(r))
    rows = [
        ["full_name", [("crm", P(full(p))), ("pos", P(full(p, "upper")))], "most_recent", P(full(p))],
        ["email", [("ecom", E(email(r, p))), ("crm", E(email(r, p)))], "source_priority(ecom>crm)", None],
        ["mobile", [("pos", T(ph.raw)), ("crm", T(ph2.intl))], "most_frequent", None],
        ["address", [("ecom", A(a["one"])), ("crm", A(a2["one"]))], "validated_first", None],
    ]
    for fld, cands, rule, win in rows:
        b.f("field=§f§ rule=§r§\n", f=fld, r=rule)
        for k, (src, v) in enumerate(cands):
            b.f("  candidate[§k§] src=§s§ value=§v§ ts=§t§\n", k=k, s=src, v=v, t=epoch(r))
        w = win or (cands[r.randint(0, 1)][1])
        b.f("  -> winner: §w§\n", w=w)
    b.f("field=city_hint rule=geoip value=§c§ (from §ip§)\n", c=LOC(r.choice(CITIES[L])), ip=IP(ipv4(r)))
    return b, L

def g_webhook_json_unicode_escaped(r, L):
    b = Rec(); fr = intro(b, r, L, ["Our ESP shows the names garbled after this webhook. Payload as received:", "Is this payload double-encoded? Names come out with \\u sequences:", "Webhook body from the form tool (raw):"])
    p = person(r, L); ph = Phone(r, L); a = addr(r, L); e = email(r, p)
    b.f('{"event":"form.submitted","form_id":"§fid§","submitted_at":"§t§","contact":{"first_name":"§f§","last_name":"§l§","email":"§e§","phone":"§ph§",\n "address":"§a§","message":"§m§"},\n "meta":{"ip":"§ip§","locale":"§loc§","utm_campaign":"§c§"}}\n',
        fid=hexs(r, 8), t=iso(r), f=P(jesc(p["first"])), l=(P(jesc(p["last"])) if p["last"] else ""), e=E(e), ph=T(ph.any(r)),
        a=A(jesc(r.choice([a["one"], a["multi"]]))), m=jesc(note(r, L)), ip=IP(ip(r)), loc=L + "-" + a["cc"], c=r.choice(["spring_jasmine_launch", "olivia_capsule_drop", "rose-gold-restock"]))
    return b, lg(L, fr)

def g_storefront_graphql_customers_page(r, L):
    b = Rec(); fr = intro(b, r, L, ["GraphQL response for the customers query, the second node has no email — why?", "Here's what the storefront API returns:", "Response of `customers(first: 3)`:"])
    b.lit('{\n  "data": {\n    "customers": {\n      "edges": [\n')
    n = r.randint(1, 3)
    for k in range(n):
        p = person(r, L); a = addr(r, L)
        b.f('        {"node": {"id": "gid://shop/Customer/§id§", "displayName": "§d§", "email": §e§, "phone": §ph§,\n          "defaultAddress": {', id=r.randint(10**12, 10**13),
            d=P(jraw(full(p))), e=(['"', E(email(r, p)), '"'] if r.random() < .8 else "null"), ph=(['"', T(Phone(r, L).e164), '"'] if r.random() < .7 else "null"))
        parts = split_addr(r, a)
        for i, (k2, v) in enumerate(parts):
            b.f('"§k§": "§v§"', k=k2, v=wrapv(v, jraw)); b.lit(", " if i < len(parts) - 1 else "")
        b.lit("}}}" + ("," if k < n - 1 else "") + "\n")
    b.f('      ],\n      "pageInfo": {"hasNextPage": true, "endCursor": "§c§"}\n    }\n  },\n  "extensions": {"cost": {"requestedQueryCost": §q§}}\n}\n', c=hexs(r, 24), q=r.randint(10, 200))
    return b, lg(L, fr)

def g_soap_fault_customer_xml(r, L):
    b = Rec(); p = person(r, L); ph = Phone(r, L); a = addr(r, L)
    fr = intro(b, r, L, ["Legacy loyalty SOAP service keeps faulting on this request. Fault body:", "SOAP fault from the CRM connector:"])
    b.f('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n <soap:Body>\n  <soap:Fault>\n   <faultcode>soap:Client</faultcode>\n   <faultstring>§fs§</faultstring>\n   <detail>\n    <ns2:ValidationFault xmlns:ns2="urn:loyalty:v3">\n',
        fs=r.choice(["Invalid postal code for country", "Member already enrolled", "Field length exceeded: AddressLine1"]))
    b.f('     <MemberId>§m§</MemberId>\n     <FirstName>§f§</FirstName>\n     <LastName>§l§</LastName>\n     <Email>§e§</Email>\n     <Mobile>§ph§</Mobile>\n',
        m=r.randint(10**8, 10**9), f=P(p["first"]), l=(P(p["last"]) if p["last"] else ""), e=E(email(r, p)), ph=T(ph.any(r)))
    b.f('     <AddressLine1>§a§</AddressLine1>\n     <City>§c§</City>\n     <PostalCode>§pc§</PostalCode>\n', a=A(a["line1"]), c=LOC(a["city"]), pc=a["postcode"] or "00000")
    b.f('     <Comment>§n§</Comment>\n    </ns2:ValidationFault>\n   </detail>\n  </soap:Fault>\n </soap:Body>\n</soap:Envelope>\n', n=note(r, L))
    return b, lg(L, fr)

def g_pytest_fixture_yaml_customers(r, L):
    b = Rec(); fr = intro(b, r, L, ["Security flagged our test fixtures for real customer data. Which of these look real?", "Fixture file tests/fixtures/customers.yaml — can you convert to JSON?", "Review this YAML fixture before I commit:"])
    b.f("# fixtures for test_merge_rules.py  (generated §d§)\ncustomers:\n", d=dt(r)[:10])
    kinds = ["real", "placeholder", "dummy", "real"]
    r.shuffle(kinds)
    for k in kinds[:r.randint(2, 4)]:
        b.f("  - id: §i§\n", i=pid(r))
        if k == "real":
            p = person(r, L); a = addr(r, L)
            b.f("    name: \"§n§\"\n    email: §e§\n    phone: \"§ph§\"\n    address: |\n", n=P(full(p)), e=E(email(r, p)), ph=T(Phone(r, L).any(r)))
            lines = a["multi"].split("\n")
            b.lit("      "); b.add(A(("\n      ").join(lines))); b.lit("\n")
        elif k == "placeholder":
            nm = r.choice(["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Mario Rossi", "Fulano de Tal", "Jan Kowalski"])
            b.f("    name: \"§n§\"   # placeholder\n    email: §e§\n    phone: \"§ph§\"  # fictional range\n", ph=T(r.choice(["+1 202-555-0100", "(555) 555-0123", "+44 7700 900123"])), n=P(nm), e=E(r.choice(["john.doe@example.com", "jane@example.org", "max@example.de", "test+1@example.net"])))
        else:
            b.f("    name: \"§n§\"\n    email: null\n    phone: \"000\"\n    notes: \"§x§\"\n", n=r.choice(["Test User", "QA Tester", "asdf asdf", "Foo Bar", "Unknown"]), x=note(r, L))
    return b, lg(L, fr)

def g_form_post_percent_encoded_log(r, L):
    b = Rec(); p = person(r, L); ph = Phone(r, L); a = addr(r, L); e = email(r, p)
    fr = intro(b, r, L, ["Lead form posts arrive like this in the proxy log, how do I decode them in BigQuery?", "Why does the CRM store %C3 junk in names? Raw request:", "urlencoded body from the landing page:"])
    enc = r.choice([quote_plus, lambda s: quote(s, safe="")])
    b.f('§ip§ - - [§d§] "POST /api/v2/leads HTTP/1.1" 201 §sz§ "-" "Mozilla/5.0"\n', ip=IP(ip(r)), d=dt(r), sz=r.randint(80, 900))
    parts = [("first_name", P(enc(p["first"]))), ("last_name", P(enc(p["last"])) if p["last"] else ""), ("email", E(enc(e))), ("phone", T(enc(ph.any(r))))]
    if r.random() < 0.5: parts.append(("street", A(enc(a["line1"] + (", " + a["line2"] if a["line2"] else "")))))
    parts += [("city", LOC(enc(a["city"]))), ("consent", "true"), ("utm_source", r.choice(["meta", "google", "newsletter"])), ("gclid", hexs(r, 20)), ("msg", enc(note(r, L)))]
    r.shuffle(parts)
    b.lit("body: ")
    for i, (k, v) in enumerate(parts):
        b.f("§k§=§v§", k=k, v=v); b.lit("&" if i < len(parts) - 1 else "\n")
    return b, lg(L, fr)

def g_utm_link_email_leak_audit(r, L):
    b = Rec(); fr = intro(b, r, L, ["GA4 flagged PII in page_location. These are the offending URLs from the email campaign:", "Which of these links leak personal data? Audit export:", "Audit of tracked links in last week's send:"])
    for k in range(r.randint(3, 5)):
        p = person(r, L); mode = r.choice(["raw", "enc", "hash", "clean", "raw"])
        camp = r.choice(["ruby_anniversary", "summer_sale_madrid", "jasmine-tea-launch", "bf24_vip", "olivia_collection", "newsletter_w23"])
        b.f("§k§. https://shop.example.com/§path§?utm_source=newsletter&utm_medium=email&utm_campaign=§c§", k=k + 1, path=r.choice(["", "collections/new", "account/prefs", "p/" + sku(r)]), c=camp)
        if mode == "raw": b.f("&utm_content=§e§", e=E(email(r, p)))
        elif mode == "enc": b.f("&email=§e§", e=E(email(r, p).replace("@", "%40")))
        elif mode == "hash": b.f("&uid=§h§", h=sha(r)[:40])
        b.f("  §v§\n", v={"raw": "<- PII", "enc": "<- PII (encoded)", "hash": "ok (hashed)", "clean": "ok"}[mode])
    if r.random() < 0.6:
        p = person(r, L)
        b.f("\nAlso in utm_term for the SMS campaign: utm_term=§n§ — that's the recipient's first name from the merge tag.\n", n=P(quote_plus(p["first"])))
    return b, lg(L, fr)

DIAG = {"de": "Postfach voll / mailbox full", "fr": "Boîte aux lettres pleine", "it": "casella piena", "es": "buzón lleno", "pt": "caixa postal cheia",
        "nl": "mailbox vol", "pl": "skrzynka pełna", "ja": "メールボックス容量超過", "cs": "schránka je plná", "sv": "brevlådan är full"}
def g_dsn_bounce_message_raw(r, L):
    b = Rec(); p = person(r, L); e = email(r, p)
    fr = intro(b, r, L, ["Is this a hard or soft bounce? Raw DSN:", "Parse this DSN for me, which field should go to the suppression list?", "Bounce we got back for the order confirmation:"])
    mx = r.choice(["mx1.esp-mailer.net", "bounce.mailrelay.io", "mta7.sendpath.com"])
    b.f("Reporting-MTA: dns; §mx§\nX-Postfix-Queue-ID: §q§\nArrival-Date: §d§\n\n", mx=mx, q=hexs(r, 10).upper(), d=dt(r))
    b.f("Final-Recipient: rfc822; §e§\nOriginal-Recipient: rfc822;§e2§\nAction: failed\n", e=E(e), e2=E(e))
    code = r.choice(["5.1.1", "4.2.2", "5.7.1", "5.2.2"])
    diag = DIAG.get(L, "User unknown in virtual mailbox table") if code in ("4.2.2", "5.2.2") else "Recipient address rejected: User unknown"
    b.f("Status: §c§\nRemote-MTA: dns; §h§ [§ip§]\nDiagnostic-Code: smtp; 550 §c§ <§e§>: §dg§\n\n", c=code, h=r.choice(["mx.gmx.net", "mx00.ionos.de", "mta5.am0.yahoodns.net", "mx.orange.fr"]), ip=IP(ipv4(r, False)), e=E(e), dg=diag)
    b.f('--- original headers ---\nTo: "§n§" <§e§>\nFrom: "§brand§" <§fe§>\nSubject: §s§\nMessage-ID: <§m§@§mx§>\n',
        n=P(full(p)), e=E(e), brand=r.choice(["Jasmine & Co", "Rosa Ruby Cosmetics", "Maison Victor"]), fe=E(r.choice(["orders@jasmine-co.example", "noreply@rosaruby.example", "hello@maisonvictor.example"])), s=r.choice(["Order #" + str(r.randint(10000, 99999)) + " confirmed", "Your June picks", "Bestellbestätigung " + order_id(r)]), m=uuid(r), mx=mx)
    return b, lg(L, fr)

def g_suppression_list_diff(r, L):
    b = Rec(); fr = intro(b, r, L, ["Diff between last month's and this month's suppression file — the removed lines worry me:", "Why did these addresses drop off the suppression list?"])
    b.f("$ diff <(sort suppress_§a§.csv) <(sort suppress_§c§.csv)\n", a="2024-0" + str(r.randint(1, 4)), c="2024-0" + str(r.randint(5, 9)))
    for k in range(r.randint(3, 6)):
        p = person(r, L); sign = r.choice(["<", ">", ">"])
        reason = r.choice(["hard_bounce", "spam_complaint", "unsubscribe", "manual", "role_account"])
        if reason == "role_account":
            b.f("§s§ §e§,§re§,§d§\n", s=sign, e=E(r.choice(["info@", "kontakt@", "admin@", "ventas@"]) + r.choice(["bakery-lindner.de", "ferreteria-sol.es", "studio-okafor.co.uk"])), re=reason, d=dt(r)[:10])
        else:
            b.f("§s§ §e§,§re§,§d§\n", s=sign, e=E(email(r, p)), re=reason, d=dt(r)[:10])
    b.f("< §h§,hashed_import,§d§\n", h=sha(r), d=dt(r)[:10])
    if r.random() < 0.5: b.f("\n(comment from the list owner: §n§)\n", n=note(r, L))
    return b, lg(L, fr)

def g_feedback_loop_complaint_digest(r, L):
    b = Rec(); b.f("FBL complaint digest — §d§ — sending IP pool §pool§\n", d=dt(r)[:10], pool=r.choice(["shared-eu-2", "dedicated-01", "transactional"]))
    fr = True
    b.lit("provider | complained_rcpt | campaign | source_ip | message_id\n")
    for k in range(r.randint(2, 4)):
        p = person(r, L)
        b.f("§pv§ | §e§ | §c§ | §ip§ | <§m§>\n", pv=r.choice(["yahoo", "outlook", "comcast", "seznam", "orange", "web.de"]), e=E(email(r, p)),
            c=r.choice(["ruby-week-promo", "winback_sofia_collection", "nl_" + str(r.randint(100, 400)), "jasmine_reminder"]), ip=IP(ipv4(r, False)), m=hexs(r, 20))
    b.f("\nOne complainant also replied by mail: \"§q§\" — signed §n§\n", q=note(r, L), n=P(full(person(r, L))))
    return b, L

def g_mail_header_recipients_dump(r, L):
    b = Rec(); fr = intro(b, r, L, ["Why did this reply end up in the shared inbox? Full headers:", "Headers from a customer reply that broke our ticket threading:", "Can you tell who actually sent this? Headers:"])
    p = person(r, L); q = person(r, L); s = person(r, "en" if r.random() < .4 else L)
    b.f("Received: from §h§ (§h§ [§ip§])\n\tby mx.helpdesk.example with ESMTPS id §id§\n\tfor <§to§>; §d§\n", h=r.choice(["mail-ej1-f41.google.com", "mout.gmx.net", "smtp.seznam.cz", "sonic.aol.com"]), ip=IP(ipv4(r, False)), id=hexs(r, 12), to=E("support@brandshop.example"), d=dt(r))
    if p["L"] in ("es", "pt", "fr", "de", "pl", "cs", "tr", "it", "sv") and asc(full(p)) != full(p) and r.random() < 0.6:
        qenc = "".join(c if c.isascii() and c.isalnum() else ("_" if c == " " else "".join(f"={x:02X}" for x in c.encode())) for c in full(p))
        b.f("From: =?UTF-8?Q?§n§?= <§e§>\n", n=P(qenc), e=E(email(r, p)))
    else:
        b.f("From: \"§n§\" <§e§>\n", n=P(full(p)), e=E(email(r, p)))
    b.f("Reply-To: §e§\nTo: \"Customer Care\" <§sup§>, §q§ <§qe§>\nCc: §se§\n", e=E(email(r, p)), sup=E("care@brandshop.example"), q=P(full(q)), qe=E(email(r, q)), se=E(email(r, s)))
    b.f("Subject: Re: [Ticket #§t§] §sub§\nX-Originating-IP: [§ip§]\nX-Mailer: iPhone Mail (21F90)\nIn-Reply-To: <§m§@helpdesk.example>\n", t=r.randint(100000, 999999), sub=note(r, L), ip=IP(ip(r)), m=uuid(r))
    return b, lg(L, fr)

def _contact_row(r, L, cols):
    p = person(r, L); a = addr(r, L); ph = Phone(r, L)
    m = {"id": str(r.randint(1000, 99999)), "subscriber_id": str(r.randint(10**6, 10**7)), "first_name": P(p["first"]), "last_name": P(p["last"]) if p["last"] else None, "full_name": P(full(p)),
         "email": E(email(r, p)), "phone": T(ph.any(r)), "city": LOC(a["city"]), "street": A(a["line1"]), "address": A(a["one"]),
         "created_at": dt(r), "ltv": amount(r), "segment": r.choice(["Ruby", "Gold", "churn_risk", "Jasmine Club", "new"]), "note": note(r, L),
         "country": a["cc"], "postcode": a["postcode"] or "-", "opt_in": r.choice(["t", "f"]), "order_id": order_id(r), "ip": IP(ip(r))}
    return [m[c] for c in cols]

def g_psql_console_result_box(r, L):
    b = Rec(); fr = intro(b, r, L, ["Running this in psql and the join duplicates customers, see:", "Why does this query return two rows for the same person?", "psql output for the segment audit:"])
    cols = r.choice([["id", "first_name", "last_name", "email", "city"], ["id", "full_name", "phone", "segment", "created_at"], ["id", "email", "street", "postcode", "opt_in"], ["order_id", "full_name", "email", "ltv"]])
    b.f("analytics=> SELECT §c§ FROM crm.contacts c JOIN orders o USING (contact_id) WHERE o.created_at > now() - interval '7 days' LIMIT §n§;\n", c=", ".join(cols), n=r.randint(3, 5))
    rows = [_contact_row(r, L, cols) for _ in range(r.randint(2, 4))]
    table(b, cols, rows, "psql")
    return b, lg(L, fr)

def g_mysql_cli_result_grid(r, L):
    b = Rec(); fr = intro(b, r, L, ["mysql client output from the old newsletter DB:", "Legacy shop DB, this is what the subscribers table looks like:"])
    cols = r.choice([["subscriber_id", "email", "first_name", "note"], ["id", "full_name", "phone", "city", "opt_in"], ["id", "email", "address", "segment"]])
    b.f("mysql> SELECT §c§ FROM newsletter_subscribers WHERE status = 'pending' LIMIT 4;\n", c=", ".join(cols))
    rows = [_contact_row(r, L, cols) for _ in range(r.randint(2, 4))]
    table(b, cols, rows, "mysql")
    return b, lg(L, fr)

def g_pandas_dataframe_repr(r, L):
    b = Rec(); fr = intro(b, r, L, ["After df.merge the phone column goes NaN for some rows:", "print(df.head()) gives this, how do I normalise the phone column?", "Notebook output before dedupe:"])
    cols = r.choice([["full_name", "email", "phone"], ["first_name", "city", "ltv", "segment"], ["email", "phone", "created_at"]])
    rows = [_contact_row(r, L, cols) for _ in range(r.randint(3, 5))]
    if "phone" in cols and r.random() < .6: rows[-1][cols.index("phone")] = "NaN"
    b.lit(">>> df.head()\n")
    table(b, cols, rows, "pandas")
    return b, lg(L, fr)

SPLIT_ASK = {"es": "¿Cómo separo nombre y apellido en columnas distintas?", "pt": "Como separo nome e sobrenome em colunas?", "de": "Wie trenne ich Vor- und Nachname in zwei Spalten?",
  "fr": "Comment séparer prénom et nom dans deux colonnes ?", "it": "Come divido nome e cognome in due colonne?", "nl": "Hoe splits ik voornaam en achternaam?",
  "pl": "Jak rozdzielić imię i nazwisko na dwie kolumny?", "tr": "Ad ve soyadı nasıl ayrı sütunlara bölerim?", "sv": "Hur delar jag upp för- och efternamn i två kolumner?",
  "cs": "Jak rozdělím jméno a příjmení do dvou sloupců?", "id": "Bagaimana memisahkan nama depan dan belakang?", "vi": "Làm sao tách họ và tên ra hai cột?"}
def g_gsheet_tabbed_rows_cleanup_ask(r, L):
    b = Rec()
    q = SPLIT_ASK.get(L) if L in SPLIT_ASK and r.random() < .7 else r.choice(["Pasted from the sheet, how do I split the name column and fix the phones?", "Clean this up into a proper table please:"])
    fr = not (L in SPLIT_ASK and q == SPLIT_ASK[L])
    b.lit(q + "\n\n")
    hdr = r.choice([["Name", "E-mail", "Telefon", "Notiz"], ["nombre completo", "correo", "móvil", "ciudad"], ["Name", "Email", "Phone", "City"]])
    b.lit("\t".join(hdr) + "\n")
    for k in range(r.randint(3, 5)):
        p = person(r, L); a = addr(r, L)
        last = hdr[3].lower()
        fourth = LOC(a["city"]) if last in ("ciudad", "city") else note(r, L)
        cells = [P(full(p, r.choice(["full", "full", "upper", "lastfirst"]))), E(email(r, p)) if r.random() < .85 else "", T(Phone(r, L).any(r)) if r.random() < .85 else "n/a", fourth]
        for i, c in enumerate(cells):
            b.add(c); b.lit("\t" if i < 3 else "\n")
    return b, lg(L, fr)

def g_csv_quoted_embedded_newline_rows(r, L):
    b = Rec(); sep = ";" if L not in ("en", "ja", "ko", "zh") else ","
    fr = intro(b, r, L, ["This CSV breaks our importer at the address column (embedded newlines). Sample:", "How do I parse this export with pandas? The address field spans lines:"])
    b.lit(sep.join(["kunde_id" if L == "de" else "customer_id", "name", "email", "address", "phone", "comment"]) + "\n")
    for k in range(r.randint(2, 4)):
        p = person(r, L); a = addr(r, L)
        cells = [str(r.randint(100000, 999999)), P(full(p)), E(email(r, p)), A(a["multi"] if r.random() < .75 else a["one"]), T(Phone(r, L).any(r)), note(r, L)]
        sep_row(b, cells, sep, quote_all=(r.random() < .3))
    return b, lg(L, fr)

def g_excel_formula_name_split_ask(r, L):
    b = Rec()
    b.lit(r.choice(["Excel question: my formula returns #VALUE! for some rows.\n", "Need an Excel formula to pull the domain out of the email and the first name out of column A.\n", "Sheets formula help — REGEXEXTRACT for the phone.\n"]))
    b.f("Formula in C2: §f§\n\n", f=r.choice(['=LEFT(A2;FIND(" ";A2)-1)', '=MID(B2,FIND("@",B2)+1,99)', '=REGEXEXTRACT(D2,"\\+?\\d[\\d \\-]{7,}")', '=TEXTBEFORE(A2," ")']))
    b.lit("   A                     | B                          | D\n")
    for k in range(r.randint(3, 5)):
        p = person(r, L)
        b.f("§k§  §n§ | §e§ | §d§\n", k=k + 2, n=P(full(p, r.choice(["full", "lastfirst", "upper"]))), e=E(email(r, p)),
            d=[r.choice(["tel. ", "mob: ", "", "WhatsApp "]), T(Phone(r, L).any(r))] if r.random() < .7 else r.choice(["keine Angabe", "n/a", order_id(r)]))
    b.lit("Row " + str(r.randint(2, 4)) + " is the one that errors. " + r.choice(["", "(Excel in " + {"de": "German", "fr": "French", "es": "Spanish"}.get(L, "English") + " locale)"]) + "\n")
    return b, lg(L, True)

def g_dbt_test_failure_output(r, L):
    b = Rec(); p = person(r, L); q = person(r, L)
    b.f("§t§  Running with dbt=1.§v§\n§t§  Found 214 models, 388 tests, 12 sources\n", t=dt(r)[11:], v=r.randint(5, 8))
    test = r.choice(["unique_dim_customers_email", "not_null_stg_crm__contacts_phone_e164", "accepted_values_dim_customers_country"])
    b.f("§t§  §n§ of 388 FAIL 3 §tt§ ........ [FAIL 3 in 0.84s]\n\nFailure in test §tt§ (models/marts/core/schema.yml)\n  Got 3 results, configured to fail if != 0\n\n", t=dt(r)[11:], n=r.randint(1, 388), tt=test)
    if test.startswith("unique"):
        e = email(r, p)
        b.f("  compiled code at target/compiled/analytics/models/marts/core/schema.yml/§tt§.sql\n\n| unique_field | n_records |\n| --- | --- |\n| §e1§ | 2 |\n| §e2§ | 3 |\n| §e3§ | 2 |\n", tt=test, e1=E(e), e2=E(email(r, q)), e3=E(e.upper()))
    elif "phone" in test:
        b.lit("| contact_id | full_name | phone_raw | phone_e164 |\n| --- | --- | --- | --- |\n")
        for k in range(3):
            s = person(r, L)
            b.f("| §i§ | §n§ | §ph§ | null |\n", i=r.randint(10**6, 10**7), n=P(full(s)), ph=r.choice([T(Phone(r, L).nat), "00000", T(Phone(r, L).raw)]))
    else:
        a = addr(r, L)
        b.f("| value_field | n_records |\n| --- | --- |\n| §c§ | 41 |\n| §c2§ | 7 |\n| §c3§ | 2 |\n", c=LOC(a["country"]), c2=LOC(r.choice(["Deutschland", "Espana", "Brasil", "Türkiye", "Czechia", "U.K."])), c3=r.choice(["??", "N/A", "XX"]))
    b.f("\nDone. PASS=385 WARN=0 ERROR=0 SKIP=0 FAIL=3 TOTAL=388\n(ping §n§ if this blocks the 06:00 reverse-ETL)\n", n=P(full(q) if r.random() < .5 else q["first"]))
    return b, lg(L, True)

def g_reverse_etl_sync_error_log(r, L):
    b = Rec(); dest = r.choice(["Salesforce", "HubSpot", "Braze", "Klaviyo", "Iterable"])
    b.f("Sync run §id§ → §d§ (model: audiences.high_ltv)  §t§\nRows queried: §q§  changed: §c§  failed: 3\n\n", id=r.randint(10**6, 10**7), d=dest, t=iso(r), q=r.randint(1000, 90000), c=r.randint(10, 900))
    for k in range(3):
        p = person(r, L); kind = r.choice(["email", "phone", "dup", "len"])
        if kind == "email":
            bad = r.choice([email(r, p).replace(".com", ".con"), email(r, p).replace("@", "@@"), email(r, p).replace("gmail", "gmial"), email(r, p).split(".")[0]])
            b.f("row §i§: INVALID_EMAIL_ADDRESS: Email: invalid email address: §e§\n", i=pid(r), e=E(bad) if "@" in bad else bad)
        elif kind == "phone":
            b.f("row §i§: 400 Bad Request {\"field\":\"phone\",\"value\":\"§ph§\",\"error\":\"not E.164\"}\n", i=pid(r), ph=T(Phone(r, L).nat))
        elif kind == "dup":
            b.f("row §i§: DUPLICATE_VALUE: duplicate value found: Email duplicates value on record with id: 003§x§ (§n§)\n", i=pid(r), x=hexs(r, 12), n=P(full(p)))
        else:
            a = addr(r, L)
            b.f("row §i§: STRING_TOO_LONG: MailingStreet: data value too large: §a§ (max length=40)\n", i=pid(r), a=A(a["one"]))
    b.f("\nmapping: contact_email→Email, given_name→FirstName, mobile→MobilePhone; note from ops: \"§n§\"\n", n=note(r, L))
    return b, L

def g_etl_stacktrace_user_payload(r, L):
    b = Rec(); p = person(r, L); ph = Phone(r, L); e = email(r, p)
    fr = intro(b, r, L, ["Nightly job crashed, stack trace below. Can you spot the bad record?", "What's causing this exception?", "Our Spark job dies on one row:"])
    if r.random() < 0.5:
        b.f("Exception in thread \"main\" com.acme.etl.ValidationException: Invalid phone '§ph§' for contact {id=§i§, name=§n§, email=§e§, locale=§loc§}\n", ph=T(ph.any(r)), i=r.randint(10**5, 10**6), n=P(full(p)), e=E(e), loc=L)
        b.f("\tat com.acme.etl.contacts.PhoneNormalizer.normalize(PhoneNormalizer.java:§l§)\n\tat com.acme.etl.contacts.ContactMapper.map(ContactMapper.java:88)\n\tat org.apache.spark.sql.execution.MapPartitionsExec.$anonfun$doExecute$3(objects.scala:195)\nCaused by: com.google.i18n.phonenumbers.NumberParseException: Error type: INVALID_COUNTRY_CODE. Missing or invalid default region.\n", l=r.randint(40, 300))
    else:
        a = addr(r, L)
        b.f("Traceback (most recent call last):\n  File \"/opt/airflow/dags/crm_sync.py\", line §l§, in upsert_contact\n    resp.raise_for_status()\n  File \"/usr/lib/python3.11/site-packages/requests/models.py\", line 1021, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\n", l=r.randint(40, 400))
        b.f("requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://api.crm.example/v3/contacts?email=§eq§\nresponse body: {\"errors\":[{\"field\":\"address\",\"value\":\"§a§\",\"message\":\"§msg§\"}]}\n",
            eq=E(quote(e, safe="")), a=A(jraw(a["one"])), msg=r.choice(["postcode does not match city", "unsupported characters"]))
    return b, lg(L, fr)

def g_logfmt_keyvalue_lines(r, L):
    b = Rec(); fr = intro(b, r, L, ["These logfmt lines are leaking PII to Datadog, which keys should we scrub?", "Grep result from the consent service logs:"])
    for k in range(r.randint(3, 5)):
        p = person(r, L); c = r.choice(["consent", "login", "sub", "sms"])
        if c == "consent":
            b.f("ts=§t§ level=info svc=consent-api msg=\"consent updated\" user_email=§e§ channel=email status=opt_in ip=§ip§ req_id=§u§\n", t=isoms(r), e=E(email(r, p)), ip=IP(ip(r)), u=uuid(r))
        elif c == "login":
            b.f("ts=§t§ level=warn svc=auth msg=\"password reset requested\" email=§e§ client_ip=§ip§ ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)\" latency_ms=§l§\n", t=isoms(r), e=E(email(r, p)), ip=IP(ip(r)), l=r.randint(5, 900))
        elif c == "sub":
            b.f("ts=§t§ level=debug svc=prefs msg=\"profile patch\" first_name=\"§f§\" city=\"§city§\" prev_city=\"§pc§\" version=§v§\n", t=isoms(r), f=P(p["first"]), city=LOC(r.choice(CITIES[L])), pc=LOC(r.choice(CITIES[L])), v=ver(r))
        else:
            b.f("ts=§t§ level=error svc=sms-gw msg=\"carrier rejected\" to=§ph§ err=30007 campaign=§cp§\n", t=isoms(r), ph=T(Phone(r, L).e164), cp=r.choice(["rosa_restock", "flash_friday", "opal-loyalty"]))
    return b, lg(L, fr)

def g_syslog_auth_lines_ip(r, L):
    b = Rec(); fr = intro(b, r, L, ["Someone is hammering the marketing portal login. syslog excerpt:", "Are these failed logins a credential-stuffing attack?"])
    hst = r.choice(["mkt-portal-2", "cms-edge-1", "dam-prod"])
    for k in range(r.randint(3, 6)):
        p = person(r, L); t = f"{r.choice(['Jan','Feb','Mar','Apr','May','Jun'])} {r.randint(1, 28):2d} {dt(r)[11:]}"
        c = r.choice(["fail", "ok", "sshd", "fail"])
        if c == "fail":
            b.f("§t§ §h§ portal-auth[§pid§]: authentication failure for user=§u§ rhost=§ip§\n", t=t, h=hst, pid=r.randint(1000, 30000), u=E(email(r, p)) if r.random() < .6 else r.choice(["admin", "marketing", "editor01"]), ip=IP(ip(r)))
        elif c == "ok":
            b.f("§t§ §h§ portal-auth[§pid§]: session opened for §n§ (role=editor) from §ip§ port §port§\n", t=t, h=hst, pid=r.randint(1000, 30000), n=P(full(p)), ip=IP(ip(r)), port=r.randint(30000, 65000))
        else:
            b.f("§t§ §h§ sshd[§pid§]: Invalid user §u§ from §ip§ port §port§\n", t=t, h=hst, pid=r.randint(1000, 30000), u=r.choice(["oracle", "test", "ubuntu", "deploy"]), ip=IP(ipv4(r, False)), port=r.randint(30000, 65000))
    return b, lg(L, fr)

def g_profile_field_history_old_new(r, L):
    b = Rec(); fr = intro(b, r, L, ["Audit trail for one profile — who overwrote the phone?", "Field history export, explain the sequence of changes:", "Can you summarise what changed on this contact?"])
    p = person(r, L); agent = person(r, r.choice(["en", L]))
    b.f("profile §id§ — field history (newest first)\n", id=pid(r))
    evs = []
    ph1, ph2 = Phone(r, L), Phone(r, L); a1, a2 = addr(r, L), addr(r, L)
    evs.append(lambda: b.f("§t§ | mobile | §o§ → §n§ | source=§s§\n", t=dt(r), o=T(ph1.nat), n=T(ph2.e164), s=r.choice(["csv_import", "pos", "api:zapier"])))
    evs.append(lambda: b.f("§t§ | email | §o§ → §n§ | source=web_prefs\n", t=dt(r), o=E(email(r, p)), n=E(email(r, p))))
    evs.append(lambda: b.f("§t§ | mailing_address | §o§ → §n§ | by §ag§ (agent)\n", t=dt(r), o=A(a1["one"]), n=A(a2["one"]), ag=P(full(agent))))
    evs.append(lambda: b.f("§t§ | last_name | §o§ → §n§ | by §ag§ (agent), reason: \"§why§\"\n", t=dt(r), o=P(p["last"].upper() if p["last"] else p["first"].upper()), n=P(p["last"] or p["first"]), ag=P(agent["first"]), why=note(r, L)))
    evs.append(lambda: b.f("§t§ | loyalty_tier | Silver → Ruby | source=rules_engine v§v§\n", t=dt(r), v=ver(r)))
    r.shuffle(evs)
    for e in evs[:r.randint(3, 5)]: e()
    return b, lg(L, fr)

def g_list_import_row_error_report(r, L):
    b = Rec(); b.f("Import \"§f§\" — §n§ rows processed, §k§ errors\n\n", f=r.choice(["messe_leads_2024.csv", "popup_store_signups.xlsx", "lista_evento_mayo.csv", "fair_contacts_final_v3.csv"]), n=r.randint(200, 3000), k=4)
    for k in range(4):
        p = person(r, L); row = r.randint(2, 2000); c = r.choice(["email", "phone", "dup", "consent", "addr"])
        if c == "email": b.f("Row §r§: email '§e§' is not a valid address (column C)\n", r=row, e=E(email(r, p).replace(".", "..", 1)) if r.random() < .5 else p["fa"] + ".gmail.com")
        elif c == "phone": b.f("Row §r§: phone '§ph§' — missing country code, assumed §cc§\n", r=row, ph=T(Phone(r, L).nat), cc=REG[L][0].upper())
        elif c == "dup": b.f("Row §r§: duplicate of row §r2§ (§n§, §e§) — skipped\n", r=row, r2=r.randint(2, 200), n=P(full(p)), e=E(email(r, p)))
        elif c == "consent": b.f("Row §r§: consent column empty for §n§ — imported as unsubscribed\n", r=row, n=P(full(p)))
        else:
            a = addr(r, L); b.f("Row §r§: address '§a§' could not be geocoded\n", r=row, a=A(a["one"]))
    b.f("\nImported by: §u§ · list id §l§\n", u=E(email(r, person(r, "en"), "brandshop.example")), l=r.randint(1000, 9999))
    return b, L

def g_crm_field_mapping_preview(r, L):
    b = Rec(); p = person(r, L); a = addr(r, L); ph = Phone(r, L)
    fr = intro(b, r, L, ["Field mapping preview from the import wizard — did I map these right?", "Mapping screen says 2 columns unmapped, preview below:"])
    rows = [("Vorname" if L == "de" else "first", "First Name", P(p["first"])), ("Nachname" if L == "de" else "surname", "Last Name", P(p["last"]) if p["last"] else "(empty)"),
            ("mail", "Email", E(email(r, p))), ("tel", "Mobile Phone", T(ph.any(r))), ("anschrift" if L == "de" else "addr", "Street Address", A(a["line1"])),
            ("ort" if L == "de" else "town", "City", LOC(a["city"])), ("plz" if L == "de" else "zip", "Postal Code", a["postcode"] or "—"),
            ("bemerkung" if L == "de" else "remarks", "(unmapped)", note(r, L)), ("kdnr", "(unmapped)", str(r.randint(10**5, 10**6)))]
    r.shuffle(rows)
    table(b, ["CSV column", "CRM field", "Sample (row 1)"], [list(x) for x in rows[:r.randint(6, 9)]], "md")
    return b, lg(L, fr)

def g_enrichment_vendor_response_json(r, L):
    b = Rec(); p = person(r, L); e = email(r, p); city = r.choice(CITIES[L]); a = addr(r, L)
    fr = intro(b, r, L, ["Enrichment API returned this for one lead — is it safe to store all of it?", "Vendor response for a lookup by email:", "Which of these enrichment fields should we drop under GDPR?"])
    b.f('{\n  "input": {"email": "§e§"},\n  "likelihood": 0.§lk§,\n  "person": {\n    "full_name": "§n§",\n    "location": {"city": "§c§", "country": "§co§"},\n', e=E(e), lk=r.randint(60, 99), n=P(jraw(full(p))), c=LOC(jraw(city)), co=LOC(a["country_en"]))
    b.f('    "employment": {"company": "§co§", "title": "§ti§", "domain": "§dm§"},\n    "social": {"linkedin": "in/§li§", "twitter": "@§tw§"},\n', co=r.choice(["Ruby Logistics GmbH", "Grupo Jazmín S.A.", "Victor & Rolf Digital", "Sakura Foods KK"]),
        ti=r.choice(["Head of CRM", "Marketing Director", "Jefa de Ventas", "Growth Lead"]), dm=r.choice(["rubylog.example", "jazmin.example"]), li=p["fa"] + "-" + p["la"] + "-" + hexs(r, 4), tw=p["fa"] + str(r.randint(1, 99)))
    if r.random() < .6: b.f('    "phone_numbers": ["§ph§"],\n', ph=T(Phone(r, L).e164))
    if r.random() < .5: b.f('    "work_address": "§a§",\n', a=A(jraw(a["one"])))
    b.f('    "emails": [{"address": "§e2§", "type": "personal"}]\n  },\n  "credits_remaining": §cr§\n}\n', e2=E(email(r, p)), cr=r.randint(10, 9000))
    return b, lg(L, fr)

def g_address_validation_api_compare(r, L):
    b = Rec(); fr = intro(b, r, L, ["Address validation changed these — are the corrections right?", "Input vs standardised from the address API:", "Why does the validator downgrade this to 'partial match'?"])
    for k in range(r.randint(1, 3)):
        a = addr(r, L)
        raw = a["one"].replace(",", "", 1) if r.random() < .5 else a["one"].lower()
        b.f("input:        §i§\nstandardised: §o§\nverdict: §v§  geocode: §lat§, §lon§  dpv=§d§\n\n", i=A(raw), o=A(a["one"].upper() if a["reg"] in ("us", "gb") else a["one"]),
            v=r.choice(["CONFIRMED", "CORRECTED_POSTCODE", "PARTIAL_MATCH", "UNIT_MISSING"]), lat=f"{r.uniform(-40, 60):.5f}", lon=f"{r.uniform(-120, 140):.5f}", d=r.choice(["Y", "S", "D", "N"]))
    if r.random() < .5:
        p = person(r, L)
        b.f("(recipient on the label: §n§)\n", n=P(full(p)))
    return b, lg(L, fr)

def g_phone_validation_e164_output(r, L):
    b = Rec(); fr = intro(b, r, L, ["Phone validation batch results, the 'invalid' ones look fine to me:", "Lookup API output for today's SMS list:"])
    rows = []
    for k in range(r.randint(3, 5)):
        ph = Phone(r, L)
        if r.random() < .2:
            rows.append([r.choice(["12345", "000", "n/a", "+0"]), "", "", "-", "invalid", "false"])
        else:
            inp = r.choice([ph.nat, ph.raw, ph.intl, "00" + ph.digits])
            rows.append([T(inp), T(ph.e164), T(ph.nat), r.choice(["Vodafone", "Orange", "Movistar", "T-Mobile", "NTT docomo", "SK Telecom", "Turkcell", "Jio", "Telkomsel", "Viettel"]), r.choice(["mobile", "mobile", "voip", "landline"]), r.choice(["true", "true", "false"])])
    table(b, ["input", "e164", "national", "carrier", "line_type", "valid"], rows, r.choice(["psql", "md", "duck"]))
    return b, lg(L, fr)

SMS_TXT = {"es": "Hola {n}, tu pedido está en camino", "pt": "Olá {n}, seu pedido saiu para entrega", "de": "Hallo {n}, deine Bestellung ist unterwegs", "fr": "Bonjour {n}, votre commande arrive",
  "it": "Ciao {n}, il tuo ordine è in consegna", "nl": "Hoi {n}, je pakket komt vandaag", "pl": "Cześć {n}, Twoja paczka jest w drodze", "tr": "Merhaba {n}, siparişin yolda",
  "ja": "{n}様、ご注文の商品を発送しました", "ko": "{n}님, 주문하신 상품이 발송되었습니다", "zh": "{n}您好，您的订单已发货", "ar": "مرحباً {n}، طلبك في الطريق", "hi": "नमस्ते {n}, आपका ऑर्डर रास्ते में है",
  "vi": "Chào {n}, đơn hàng của bạn đang được giao", "id": "Halo {n}, pesananmu sedang dikirim", "sv": "Hej {n}, ditt paket är på väg", "cs": "Dobrý den {n}, zásilka je na cestě",
  "el": "Γεια σου {n}, η παραγγελία σου είναι καθ' οδόν", "en": "Hi {n}, your order is on its way"}
def g_smpp_deliver_sm_receipt_log(r, L):
    b = Rec(); fr = intro(b, r, L, ["SMPP receipts from the gateway, why are some stat:UNDELIV?", "DLR log — can you decode err codes?"])
    for k in range(r.randint(2, 4)):
        p = person(r, L); ph = Phone(r, L)
        pre, post = SMS_TXT[L].split("{n}")
        st = r.choice(["DELIVRD", "UNDELIV", "DELIVRD", "EXPIRED"])
        b.f("§t§ deliver_sm seq=§s§ source_addr=§src§ dest_addr=BRANDSMS esm_class=0x04 short_message=\"id:§id§ sub:001 dlvrd:§dl§ submit date:§sd§ done date:§dd§ stat:§st§ err:§er§ text:§pre§§n§§post§\"\n",
            t=dt(r), s=r.randint(1000, 99999), src=T(ph.digits), id=hexs(r, 10), dl="001" if st == "DELIVRD" else "000", sd=f"24{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
            dd=f"24{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}", st=st, er="000" if st == "DELIVRD" else r.choice(["001", "0B", "045"]), pre=pre[:20], n=P(p["first"]) if len(pre) < 20 else "", post=post[:max(0, 20 - len(pre) - len(p["first"]))])
    return b, lg(L, fr)

def g_regex_question_sample_rows(r, L):
    b = Rec()
    b.lit(r.choice(["Need a regex that pulls phone numbers out of these agent notes but NOT the order ids or dates:\n\n", "My regex catches the order numbers too. Sample notes:\n\n", "Regex help: extract email + phone from free-text notes.\n\n"]))
    for k in range(r.randint(3, 5)):
        p = person(r, L); c = r.choice(["ph", "em", "none", "both"])
        b.f("§k§) ", k=k + 1)
        if c == "ph": b.f("§n§ — §nt§ — §ph§ — pedido/order §o§\n", n=P(full(p)), nt=note(r, L), ph=T(Phone(r, L).any(r)), o=order_id(r))
        elif c == "em": b.f("§o§ / §d§ / §e§ / §nt§\n", o=order_id(r), d=dt(r)[:10], e=E(email(r, p)), nt=note(r, L))
        elif c == "none": b.f("ticket §t§, §d§, tracking §tr§, SKU §s§, §nt§\n", t=r.randint(100000, 999999), d=dt(r)[:10], tr=track(r), s=sku(r), nt=note(r, L))
        else: b.f("§f§: §e§ / §ph§ (§nt§)\n", f=P(p["first"]), e=E(email(r, p)), ph=T(Phone(r, L).any(r)), nt=note(r, L))
    b.lit("\nCurrent attempt: /\\+?\\d[\\d\\s\\-\\(\\)]{7,}\\d/g\n")
    return b, lg(L, True)

def g_dq_report_bad_rows(r, L):
    b = Rec(); b.f("Data quality report — table crm.contacts — run §d§\nchecks: 6 · failed: 3\n\n", d=dt(r))
    checks = [("email_format", lambda p: E(email(r, p).replace("@", "@@") if r.random() < .5 else email(r, p).rstrip("m"))),
              ("phone_has_country_code", lambda p: T(Phone(r, L).nat)),
              ("name_not_all_caps", lambda p: P(full(p, "upper"))),
              ("address_has_postcode", lambda p: A(addr(r, L)["line1"])),
              ("city_matches_postcode", lambda p: LOC(addr(r, L)["city"])),
              ("no_test_records", lambda p: r.choice(["Test Test", "asdf", "QA Tester"]))]
    r.shuffle(checks)
    for name, fn in checks[:3]:
        b.f("[FAIL] §c§ — §n§ rows\n", c=name, n=r.randint(1, 400))
        for k in range(r.randint(1, 2)):
            b.f("   row_id=§i§ value=", i=r.randint(10**5, 10**6)); b.add(fn(person(r, L))); b.lit("\n")
    b.f("\nowner: §o§ (data steward)\n", o=P(full(person(r, r.choice(["en", L])))))
    return b, L

def g_kafka_consumer_record_dump(r, L):
    b = Rec(); fr = intro(b, r, L, ["kcat output from customer.updated — why is the key null on some records?", "Consumer dump, the schema registry says field mismatch:"])
    for k in range(r.randint(1, 3)):
        p = person(r, L); a = addr(r, L)
        b.f("Topic customer.updated Partition §pt§ Offset §o§ Key §k§ Timestamp §ts§\nHeaders: source=§src§,trace_id=§tr§\n", pt=r.randint(0, 11), o=r.randint(10**5, 10**7), k=r.choice([pid(r), "(null)"]), ts=epoch_ms(r), src=r.choice(["shopify", "pos", "app"]), tr=hexs(r, 16))
        b.f('{"profile_id":"§id§","changes":{"name":"§n§","email":"§e§","shipping_address":"§a§"},"schema_version":§v§}\n%% Reached end of topic customer.updated [§pt§] at offset §o§\n\n',
            id=pid(r), n=P(jesc(full(p))), e=E(email(r, p)), a=A(jesc(a["one"])), v=r.randint(2, 9), pt=r.randint(0, 11), o=r.randint(10**7, 10**8))
    return b, lg(L, fr)

def g_segment_track_batch_payload(r, L):
    b = Rec(); fr = intro(b, r, L, ["Batch payload our backend sends to the tracking API — is PII going into properties?", "Debugger shows these events, which fields will be blocked by the PII filter?"])
    p = person(r, L); a = addr(r, L); e = email(r, p)
    b.f('{"batch":[\n {"type":"identify","userId":"§u§","traits":{"email":"§e§","firstName":"§f§","phone":"§ph§","address":{"street":"§st§","city":"§c§","postalCode":"§pc§","country":"§cc§"}},\n  "context":{"ip":"§ip§","locale":"§lc§","timezone":"§tz§"},"timestamp":"§t§"},\n',
        u=uuid(r), e=E(e), f=P(jraw(p["first"])), ph=T(Phone(r, L).e164), st=A(jraw(a["line1"])), c=LOC(jraw(a["city"])), pc=a["postcode"], cc=a["cc"], ip=IP(ip(r)), lc=L + "-" + a["cc"], tz=r.choice(["Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo", "Europe/Madrid", "Asia/Jakarta"]), t=isoms(r))
    b.f(' {"type":"track","event":"Order Completed","userId":"§u§","properties":{"order_id":"§o§","revenue":§am§,"products":[{"sku":"§s§","name":"§pn§"}],"gift_message":"§gm§"}},\n',
        u=uuid(r), o=order_id(r), am=amount(r), s=sku(r), pn=r.choice(["Ruby Woo Lipstick", "Jasmine Green Tea 50g", "Chloé Eau de Parfum", "Victoria Tote"]), gm=["To ", P(jraw(person(r, L)["first"])), " - " + jraw(note(r, L))] if r.random() < .6 else "")
    b.f(' {"type":"page","name":"Checkout","properties":{"url":"https://shop.example.com/checkout?step=2","referrer":"https://l.instagram.com/"}}\n]}\n')
    return b, lg(L, fr)

def g_crm_api_409_conflict_body(r, L):
    b = Rec(); p = person(r, L); e = email(r, p)
    fr = intro(b, r, L, ["Getting 409 on create contact, response below. Should I upsert instead?", "Why does the API reject this? curl + response:"])
    b.f("$ curl -s -X POST https://api.crm.example/v3/objects/contacts -H 'Authorization: Bearer ***' -d '{\"properties\":{\"email\":\"§e§\",\"firstname\":\"§f§\",\"lastname\":\"§l§\",\"mobilephone\":\"§ph§\"}}'\n",
        e=E(e), f=P(p["first"]), l=P(p["last"]) if p["last"] else "", ph=T(Phone(r, L).any(r)))
    b.f('HTTP/1.1 409 Conflict\nx-request-id: §u§\n{"status":"error","message":"Contact already exists. Existing ID: §i§","category":"CONFLICT","context":{"email":["§e§"],"owner":["§ow§"]}}\n',
        u=uuid(r), i=r.randint(10**9, 10**10), e=E(e.lower()), ow=P(full(person(r, r.choice([L, "en"])))))
    return b, lg(L, fr)

def g_airflow_task_log_excerpt(r, L):
    b = Rec(); b.f("*** Reading local file: /opt/airflow/logs/dag_id=crm_daily/run_id=scheduled__§d§/task_id=upsert_contacts/attempt=§a§.log\n", d=iso(r), a=r.randint(1, 3))
    for k in range(r.randint(2, 4)):
        p = person(r, L)
        if r.random() < .5:
            b.f("[§t§] {crm_sync.py:§l§} INFO - Upserting row {'email': '§e§', 'first_name': '§f§', 'phone': '§ph§', 'source': '§s§'}\n", t=dt(r), l=r.randint(40, 300), e=E(email(r, p)), f=P(p["first"]), ph=T(Phone(r, L).any(r)), s=r.choice(["popup", "checkout", "store_tablet"]))
        else:
            a = addr(r, L)
            b.f("[§t§] {crm_sync.py:§l§} WARNING - Skipping contact §i§ (§n§): address '§ad§' failed validation — §nt§\n", t=dt(r), l=r.randint(40, 300), i=r.randint(10**5, 10**6), n=P(full(p)), ad=A(a["one"]), nt=note(r, L))
    b.f("[§t§] {taskinstance.py:1345} INFO - Marking task as SUCCESS. dag_id=crm_daily, task_id=upsert_contacts, execution_date=§d§\n", t=dt(r), d=iso(r))
    return b, L

def g_bigquery_query_result_json(r, L):
    b = Rec(); fr = intro(b, r, L, ["bq query output, I expected one row per user:", "Why is `city` populated but `email` null for app users? bq result:"])
    b.lit("$ bq query --format=prettyjson --nouse_legacy_sql 'SELECT user_pseudo_id, email, full_name, geo_city FROM `proj.crm.v_users` LIMIT 3'\n[\n")
    n = r.randint(2, 3)
    for k in range(n):
        p = person(r, L)
        b.f('  {\n    "email": §e§,\n    "full_name": "§n§",\n    "geo_city": "§c§",\n    "user_pseudo_id": "§u§"\n  }§c2§\n',
            e=['"', E(email(r, p)), '"'] if r.random() < .7 else "null", n=P(jraw(full(p))), c=LOC(jraw(r.choice(CITIES[L]))), u=f"{r.randint(10**9, 10**10)}.{epoch(r)}", c2="," if k < n - 1 else "")
    b.lit("]\n")
    return b, lg(L, fr)

def g_snowflake_copy_into_error_rows(r, L):
    b = Rec(); fr = intro(b, r, L, ["COPY INTO with VALIDATION_MODE shows these rejects:", "Snowflake load fails on a few lines of the partner file:"])
    b.lit("ERROR | FILE | LINE | CHARACTER | CATEGORY | REJECTED_RECORD\n")
    for k in range(r.randint(2, 3)):
        p = person(r, L); a = addr(r, L)
        b.f("§er§ | @stg/partner/leads_§d§.csv.gz | §ln§ | §ch§ | parsing | ", er=r.choice(["Field delimiter ',' found while expecting record delimiter '\\n'", "Numeric value 'N/A' is not recognized", "User character length limit (40) exceeded by string"]),
            d=dt(r)[:10].replace("-", ""), ln=r.randint(2, 9000), ch=r.randint(10, 200))
        sep_row(b, [str(r.randint(10**4, 10**5)), P(full(p)), E(email(r, p)), A(a["one"]), T(Phone(r, L).any(r))], ",")
    return b, lg(L, fr)

def g_preference_center_post_body(r, L):
    b = Rec(); p = person(r, L); e = email(r, p)
    fr = intro(b, r, L, ["Preference centre submits this — the unsubscribe isn't sticking:", "Request body from the preference page (devtools):"])
    b.f('POST /prefs/§t§ HTTP/2\nHost: prefs.brandshop.example\nContent-Type: application/json\nX-Forwarded-For: §ip§\n\n{"email":"§e§","first_name":"§f§","channels":{"email":false,"sms":§sms§,"whatsapp":false},"sms_number":§ph§,"language":"§lang§","reason":"§why§","topics":["ruby-club","jasmine-tea","outlet"]}\n',
        t=hexs(r, 24), ip=IP(ip(r)), e=E(e), f=P(jraw(p["first"])), sms=r.choice(["true", "false"]), ph=['"', T(Phone(r, L).e164), '"'] if r.random() < .7 else "null", lang=L, why=jraw(note(r, L)))
    return b, lg(L, fr)

def g_jwt_claims_decoded_debug(r, L):
    b = Rec(); p = person(r, L); e = email(r, p)
    fr = intro(b, r, L, ["Decoded the ID token from the loyalty app (jwt.io), why does the CDP reject it?", "Token claims for the failing SSO login:"])
    b.f("token: eyJhbGciOiJSUzI1NiIsImtpZCI6I§x§.eyJzdWIiOi§y§.§z§\n\nheader: {\"alg\":\"RS256\",\"kid\":\"§k§\"}\npayload:\n", x=hexs(r, 12), y=hexs(r, 30), z=hexs(r, 20), k=hexs(r, 8))
    b.f('{\n  "iss": "https://login.brandshop.example/",\n  "sub": "auth0|§s§",\n  "email": "§e§",\n  "email_verified": §v§,\n  "name": "§n§",\n  "given_name": "§g§",\n  "nickname": "§nk§",\n', s=hexs(r, 24), e=E(e), v=r.choice(["true", "false"]), n=P(jesc(full(p))), g=P(jesc(p["first"])), nk=e.split("@")[0])
    if r.random() < .5: b.f('  "phone_number": "§ph§",\n', ph=T(Phone(r, L).e164))
    b.f('  "locale": "§lc§",\n  "https://brandshop.example/last_ip": "§ip§",\n  "iat": §i§,\n  "exp": §x§\n}\n', lc=L, ip=IP(ip(r)), i=epoch(r), x=epoch(r))
    return b, lg(L, fr)

def g_http_request_headers_dump(r, L):
    b = Rec(); p = person(r, L)
    fr = intro(b, r, L, ["Request headers captured at the CDN for the broken checkout — anything sensitive?", "Dumped headers from the tag server:"])
    ips = [ip(r) for _ in range(r.randint(1, 3))]
    b.f("GET /collect?v=2&tid=G-§g§&en=sign_up HTTP/1.1\nHost: sgtm.brandshop.example\n", g=hexs(r, 10).upper())
    b.lit("X-Forwarded-For: ")
    for i, x in enumerate(ips): b.add(IP(x)); b.lit(", " if i < len(ips) - 1 else "\n")
    b.f("X-Real-IP: §ip§\nCF-IPCountry: §cc§\nUser-Agent: Mozilla/5.0 (Linux; Android 14; SM-S918B)\nCookie: _ga=GA1.1.§ga§; _fbp=fb.1.§fb§; cart=§ct§\n", ip=IP(ips[0]), cc=addr(r, L)["cc"], ga=f"{r.randint(10**8, 10**9)}.{epoch(r)}", fb=epoch_ms(r) + "." + str(r.randint(10**8, 10**9)), ct=hexs(r, 16))
    if r.random() < .7:
        b.f("Referer: https://shop.brandshop.example/account/welcome?email=§e§&name=§n§\n", e=E(quote(email(r, p), safe="")), n=P(quote_plus(full(p))))
    else:
        b.f("X-User-Email: §e§\nReferer: https://shop.brandshop.example/p/§s§\n", e=E(email(r, p)), s=sku(r))
    return b, lg(L, fr)

def g_nginx_error_log_upstream(r, L):
    b = Rec(); fr = intro(b, r, L, ["nginx error log from the lead API, do these timeouts correlate with one client?", "What does this upstream error mean?"])
    for k in range(r.randint(2, 4)):
        p = person(r, L)
        b.f("§d§ [error] §w§#0: *§c§ upstream timed out (110: Connection timed out) while reading response header from upstream, client: §ip§, server: api.brandshop.example, request: \"POST /v1/leads?src=popup§q§ HTTP/2.0\", upstream: \"http://§up§:8080/v1/leads\", host: \"api.brandshop.example\"\n",
            d=dt(r).replace("-", "/"), w=r.randint(10, 99), c=r.randint(10**5, 10**7), ip=IP(ip(r)), q=["&email=", E(quote(email(r, p), safe="@"))] if r.random() < .5 else "", up=IP(ipv4(r, True)))
    return b, lg(L, fr)

def g_bot_mitigation_event_json(r, L):
    b = Rec(); fr = intro(b, r, L, ["Firewall events on the giveaway form — bots or real people?", "Security events export for /giveaway:"])
    b.lit("[\n")
    n = r.randint(2, 3)
    for k in range(n):
        a = addr(r, L)
        b.f('  {"action":"§ac§","clientIP":"§ip§","clientCountryName":"§co§","clientCity":"§ci§","clientASNDescription":"§asn§","rayName":"§ray§","uri":"/giveaway/enter","botScore":§bs§}§c§\n',
            ac=r.choice(["managed_challenge", "block", "log"]), ip=IP(ip(r)), co=LOC(a["country_en"]), ci=LOC(jraw(a["city"])), asn=r.choice(["DIGITALOCEAN-ASN", "Deutsche Telekom AG", "TELEFONICA_DE_ESPANA", "NTT DOCOMO", "Turk Telekom"]),
            ray=hexs(r, 16), bs=r.randint(1, 99), c="," if k < n - 1 else "")
    b.lit("]\n")
    return b, lg(L, fr)

def g_geoip_lookup_output(r, L):
    b = Rec(); fr = intro(b, r, L, ["GeoIP says these visitors are in different cities than their billing address, fraud?", "Output of our geoip lookup for the flagged orders:"])
    for k in range(r.randint(2, 3)):
        a = addr(r, L); x = ip(r)
        if r.random() < .5:
            b.f("$ geoiplookup §ip§\nGeoIP City Edition, Rev 1: §cc§, §rg§, §c§, §pc§, §la§, §lo§\n", ip=IP(x), cc=a["cc"], rg=r.choice(["N/A", "01", "BE"]), c=LOC(a["city"]), pc=a["postcode"] or "N/A", la=f"{r.uniform(-40, 60):.4f}", lo=f"{r.uniform(-120, 140):.4f}")
        else:
            b.f("$ mmdblookup --file GeoLite2-City.mmdb --ip §ip§ city names en\n  \"§c§\" <utf8_string>\n  country: \"§co§\"\n", ip=IP(x), c=LOC(a["city"]), co=LOC(a["country_en"]))
    p = person(r, L)
    b.f("\nbilling address on order §o§ (§n§): §a§\n", o=order_id(r), n=P(full(p)), a=A(addr(r, L)["one"]))
    return b, lg(L, fr)

def g_liquid_merge_render_diff(r, L):
    b = Rec(); fr = intro(b, r, L, ["Preview for the seed list renders the fallback for some people, template + output:", "Why does {{ first_name | default }} not work for these recipients?"])
    b.lit("Template: Hi {{ customer.first_name | default: 'there' }}, your {{ tier }} perks expire on {{ expiry | date: '%d.%m.' }}\n\nRendered for test send:\n")
    for k in range(r.randint(3, 4)):
        p = person(r, L); has = r.random() < .7
        b.f("  §e§ → \"Hi ", e=E(email(r, p)))
        if has: b.add(P(p["first"] if r.random() < .7 else p["first"].upper()))
        else: b.lit("there")
        b.f(", your §t§ perks expire on §d§\"§x§\n", t=r.choice(["Ruby", "Gold", "Jasmine", "Platinum"]), d=f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.", x="" if has else "   <- first_name null")
    return b, lg(L, fr)

def g_mta_postfix_maillog_lines(r, L):
    b = Rec(); fr = intro(b, r, L, ["Postfix log for the receipts server, why are Gmail recipients deferred?", "maillog excerpt, can you group by status?"])
    for k in range(r.randint(3, 5)):
        p = person(r, L); q = hexs(r, 10).upper(); st = r.choice(["sent", "deferred", "bounced", "sent"])
        b.f("§m§ §h§ postfix/smtp[§pid§]: §q§: to=<§e§>, relay=§rl§[§ip§]:25, delay=§dl§, dsn=§dsn§, status=§st§ (§msg§)\n",
            m=f"{r.choice(['Jun','Jul','Aug'])} {r.randint(1, 28):2d} {dt(r)[11:]}", h=r.choice(["mta-3", "out-eu-1"]), pid=r.randint(1000, 40000), q=q, e=E(email(r, p)),
            rl=r.choice(["gmail-smtp-in.l.google.com", "mx.gmx.net", "mx1.seznam.cz", "mx.naver.com", "mxbiz1.qq.com"]), ip=IP(ip(r)), dl=f"{r.uniform(0.1, 40):.1f}",
            dsn={"sent": "2.0.0", "deferred": "4.7.28", "bounced": "5.1.1"}[st], st=st, msg={"sent": "250 2.0.0 OK " + epoch(r), "deferred": "421-4.7.28 unusual rate of unsolicited mail", "bounced": "550 5.1.1 user unknown"}[st])
    return b, lg(L, fr)

UNSUB = {"es": "Por favor, darme de baja.", "pt": "Quero cancelar a inscrição.", "de": "Bitte austragen!", "fr": "Merci de me désinscrire.", "it": "Cancellatemi per favore.",
  "nl": "Graag afmelden.", "pl": "Proszę o wypisanie.", "tr": "Listeden çıkarın lütfen.", "ja": "配信停止してください。", "ko": "수신거부 부탁드립니다.", "zh": "请退订。",
  "ar": "أرجو إلغاء الاشتراك.", "hi": "कृपया सदस्यता रद्द करें।", "vi": "Vui lòng hủy đăng ký.", "id": "Tolong berhentikan langganan.", "sv": "Avregistrera mig.",
  "cs": "Odhlaste mě prosím.", "el": "Παρακαλώ διαγράψτε με.", "en": "Please remove me from this list."}
def g_list_unsubscribe_mailto_parse(r, L):
    b = Rec(); p = person(r, L); e = email(r, p)
    fr = intro(b, r, L, ["Inbound unsubscribe mail that our parser didn't match to a contact:", "The mailto unsubscribe handler logged this, why no match?"])
    verp = f"unsub-{hexs(r, 8)}@bounce.brandshop.example"
    b.f("List-Unsubscribe: <mailto:§v§?subject=unsubscribe>, <https://brandshop.example/u/§t§>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n\n--- inbound ---\nFrom: §n§ <§e§>\nTo: §v2§\nSubject: unsubscribe\n\n§body§\n",
        v=E(verp), t=hexs(r, 20), n=P(full(p)), e=E(email(r, p)), v2=E(verp), body=UNSUB[L])
    if r.random() < .6: b.f("§f§\n§ph§\n", f=P(p["first"]), ph=T(Phone(r, L).any(r)))
    b.f("\nparser: lookup by From failed (profile has §e2§), token §tk§ expired\n", e2=E(e), tk=hexs(r, 8))
    return b, lg(L, fr)

def g_soql_query_result_records(r, L):
    b = Rec(); fr = intro(b, r, L, ["SOQL result, some contacts have MailingCity but no country:", "sf data query output:"])
    b.lit("$ sf data query -q \"SELECT Name, Email, MobilePhone, MailingCity, Owner.Name FROM Contact WHERE LastModifiedDate = TODAY LIMIT 4\"\n")
    rows = []
    for k in range(r.randint(2, 4)):
        p = person(r, L); o = person(r, r.choice(["en", L]))
        rows.append([P(full(p)), E(email(r, p)) if r.random() < .8 else "", T(Phone(r, L).any(r)) if r.random() < .7 else "", LOC(addr(r, L)["city"]), P(full(o))])
    table(b, ["NAME", "EMAIL", "MOBILEPHONE", "MAILINGCITY", "OWNER.NAME"], rows, "md")
    b.f("Total number of records retrieved: §n§.\n", n=len(rows))
    return b, lg(L, fr)

def g_mongosh_find_output(r, L):
    b = Rec(); fr = intro(b, r, L, ["mongosh output, the nested address sometimes is a string and sometimes an object:", "db.customers.find() result — how do I flatten this for BigQuery?"])
    b.f("rs0 [primary] crm> db.customers.find({ updatedAt: { $gte: ISODate(\"§d§\") } }).limit(2)\n[\n", d=iso(r))
    n = r.randint(1, 2)
    for k in range(n):
        p = person(r, L); a = addr(r, L)
        b.f("  {\n    _id: ObjectId('§o§'),\n    name: { first: '§f§', last: '§l§' },\n    emails: [ '§e1§', '§e2§' ],\n", o=hexs(r, 24), f=P(p["first"]), l=P(p["last"]) if p["last"] else "", e1=E(email(r, p)), e2=E(email(r, p)))
        if r.random() < .5: b.f("    address: '§a§',\n", a=A(a["one"]))
        else:
            b.f("    address: { line1: '§a§', city: '§c§', zip: '§z§' },\n", a=A(a["line1"] + (", " + a["line2"] if a["line2"] else "")), c=LOC(a["city"]), z=a["postcode"])
        b.f("    phone: '§ph§',\n    tags: [ 'ruby-club', 'sms_optin' ],\n    notes: '§nt§',\n    updatedAt: ISODate('§d§')\n  }§c§\n", ph=T(Phone(r, L).any(r)), nt=note(r, L), d=isoms(r), c="," if k < n - 1 else "")
    b.lit("]\n")
    return b, lg(L, fr)

def g_dynamodb_item_json(r, L):
    b = Rec(); p = person(r, L); a = addr(r, L)
    fr = intro(b, r, L, ["GetItem result from the sessions table, why are we storing this much?", "aws dynamodb get-item output:"])
    b.f('{\n  "Item": {\n    "pk": {"S": "CUSTOMER#§u§"},\n    "sk": {"S": "PROFILE"},\n    "email": {"S": "§e§"},\n    "fullName": {"S": "§n§"},\n    "phones": {"SS": ["§p1§", "§p2§"]},\n    "lastIp": {"S": "§ip§"},\n    "shipTo": {"M": {"line": {"S": "§al§"}, "city": {"S": "§c§"}}},\n    "ttl": {"N": "§ttl§"},\n    "cartTotal": {"N": "§am§"}\n  }\n}\n',
        u=uuid(r), e=E(email(r, p)), n=P(jraw(full(p))), p1=T(Phone(r, L).e164), p2=T(Phone(r, L).e164), ip=IP(ip(r)), al=A(jraw(a["line1"])), c=LOC(jraw(a["city"])), ttl=epoch(r), am=amount(r))
    return b, lg(L, fr)

def g_duckdb_cli_sample_rows(r, L):
    b = Rec(); fr = intro(b, r, L, ["DuckDB over the partner parquet, check for PII before we share it:", "Quick look at the export in duckdb:"])
    cols = r.choice([["email", "full_name", "segment"], ["full_name", "phone", "city"], ["order_id", "email", "ltv", "ip"]])
    b.f("D SELECT §c§ FROM 'partner_export_*.parquet' USING SAMPLE 3;\n", c=", ".join(cols))
    table(b, cols, [_contact_row(r, L, cols) for _ in range(3)], "duck")
    return b, lg(L, fr)

def g_customer_match_upload_rejects(r, L):
    b = Rec(); b.f("Customer Match upload job §j§ — status: PARTIALLY_FAILED\nrecords: §n§ · matched: §m§%\n\n", j=r.randint(10**9, 10**10), n=r.randint(1000, 50000), m=r.randint(20, 70))
    for k in range(r.randint(3, 4)):
        p = person(r, L); c = r.choice(["email", "phone", "ok", "name"])
        if c == "email": b.f("line §l§: hashedEmail — value is not SHA-256 hashed: §e§\n", l=r.randint(2, 5000), e=E(email(r, p)))
        elif c == "phone": b.f("line §l§: hashedPhoneNumber — not normalized to E.164 before hashing (raw: §ph§)\n", l=r.randint(2, 5000), ph=T(Phone(r, L).nat))
        elif c == "name": b.f("line §l§: addressInfo.hashedFirstName — plain text detected: §f§ / §ln§\n", l=r.randint(2, 5000), f=P(p["first"].lower()), ln=P(p["last"].lower()) if p["last"] else "-")
        else: b.f("line §l§: OK §h§\n", l=r.randint(2, 5000), h=sha(r))
    b.f("\nnote from the uploader: §n§\n", n=note(r, L))
    return b, L

def g_identity_graph_edges_tsv(r, L):
    b = Rec(); fr = intro(b, r, L, ["Edges for one cluster in the identity graph, it has 40 nodes — over-merged?", "Graph export (TSV) for cluster review:"])
    b.lit("src_type\tsrc_value\tedge\tdst_type\tdst_value\tweight\n")
    p = person(r, L); e = email(r, p); ph = Phone(r, L); dev = uuid(r).upper()
    edges = [("email", E(e), "login", "device_idfa", dev), ("email", E(e), "same_person", "phone", T(ph.e164)), ("phone", T(ph.e164), "sms_click", "cookie", "_ga." + hexs(r, 10)),
             ("device_idfa", dev, "seen_at", "ip", IP(ip(r))), ("cookie", "_fbp." + hexs(r, 8), "form_fill", "email", E(email(r, person(r, L)))), ("email", E(e), "shared_wifi", "ip", IP(ipv4(r, True)))]
    r.shuffle(edges)
    for s1, v1, ed, s2, v2 in edges[:r.randint(4, 6)]:
        b.f("§a§\t§b§\t§c§\t§d§\t§e§\t§w§\n", a=s1, b=v1, c=ed, d=s2, e=v2, w=f"0.{r.randint(10, 99)}")
    return b, lg(L, fr)

def g_cookie_sync_pixel_query_log(r, L):
    b = Rec(); fr = intro(b, r, L, ["The partner pixel is sending raw emails in the em param for some hits — access log:", "Pixel hits from the tag audit:"])
    for k in range(r.randint(3, 4)):
        p = person(r, L)
        b.f("§ip§ - - [§d§] \"GET /px/sync?pid=§pid§&uid=§u§&em=", ip=IP(ip(r)), d=dt(r), pid=r.randint(100, 999), u=hexs(r, 16))
        if r.random() < .5: b.add(E(quote(email(r, p), safe="")))
        else: b.lit(sha(r))
        b.f("&ct=§c§ HTTP/1.1\" 204 0 \"https://shop.brandshop.example/\" \"Mozilla/5.0\"\n", c=LOC(quote(r.choice(CITIES[L]))) if r.random() < .5 else sha(r)[:16])
    return b, lg(L, fr)

def g_deletion_propagation_status_matrix(r, L):
    b = Rec(); p = person(r, L)
    b.f("Erasure request §rq§ — subject: §n§ <§e§>\nreceived §d§ via §ch§ · deadline §dl§\n\n", rq="DSR-" + str(r.randint(10000, 99999)), n=P(full(p)), e=E(email(r, p)), d=dt(r)[:10], ch=r.choice(["webform", "email", "phone"]), dl=dt(r)[:10])
    rows = [["crm", "deleted", "-"], ["esp", "suppressed (hash kept)", sha(r)[:16]], ["cdp", "pending", "job " + str(r.randint(1000, 9999))], ["data_warehouse", "failed", "row still in raw.orders"], ["call_recordings", "manual", ["ask ", P(full(person(r, "en")))]]]
    table(b, ["system", "status", "detail"], rows[:r.randint(3, 5)], "md")
    b.f("\nalt identifiers from the request: §ph§, §a§\n", ph=T(Phone(r, L).any(r)), a=A(addr(r, L)["one"]))
    return b, L

def g_loyalty_ledger_upsert_statement(r, L):
    b = Rec(); fr = intro(b, r, L, ["This upsert fails with 'ON CONFLICT DO UPDATE command cannot affect row a second time':", "Migration script for the loyalty backfill — review please:"])
    b.lit("INSERT INTO loyalty.members (member_no, full_name, email, mobile, card_last4, birth_date, points)\nVALUES\n")
    n = r.randint(2, 4)
    for k in range(n):
        p = person(r, L); nm = full(p).replace("'", "''")
        b.f("  ('§m§', '§n§', '§e§', '§ph§', '§l4§', '§bd§', §pt§)§c§\n", m="LM" + str(r.randint(10**7, 10**8)), n=P(nm), e=E(email(r, p)), ph=T(Phone(r, L).any(r)), l4=str(r.randint(1000, 9999)), bd=f"19{r.randint(50, 99)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", pt=r.randint(0, 40000), c="," if k < n - 1 else "")
    b.lit("ON CONFLICT (member_no) DO UPDATE SET points = EXCLUDED.points, email = EXCLUDED.email;\n")
    return b, lg(L, fr)

def g_pydantic_validation_error_dump(r, L):
    b = Rec(); p = person(r, L)
    fr = intro(b, r, L, ["FastAPI returns 422 for these signups, pydantic errors below:", "Validation errors from the lead intake service:"])
    b.f("§n§ validation errors for LeadIn\n", n=3)
    b.f("email\n  value is not a valid email address: The part after the @-sign is not valid. [type=value_error, input_value='§e§', input_type=str]\n", e=E(email(r, p).replace(".com", ".c").replace(".de", ".d")))
    b.f("phone\n  String should match pattern '^\\+[1-9]\\d{6,14}$' [type=string_pattern_mismatch, input_value='§ph§', input_type=str]\n", ph=T(Phone(r, L).nat))
    if r.random() < .5:
        b.f("full_name\n  String should have at most 40 characters [type=string_too_long, input_value='§n§ §n2§', input_type=str]\n", n=P(full(p)), n2="(" + note(r, L) + ")")
    else:
        a = addr(r, L)
        b.f("address.postal_code\n  Field required [type=missing, input_value={'street': '§st§', 'city': '§c§'}, input_type=dict]\n", st=A(a["line1"]), c=LOC(a["city"]))
    b.lit("    For further information visit https://errors.pydantic.dev/2.7/v/value_error\n")
    return b, lg(L, fr)

def g_jsonschema_validation_errors(r, L):
    b = Rec(); fr = intro(b, r, L, ["ajv rejects the partner contact file, errors + offending data:", "Schema validation output for the contacts array:"])
    b.lit("[\n")
    n = r.randint(2, 4)
    for k in range(n):
        p = person(r, L); c = r.choice(["email", "phone", "name", "addr"])
        if c == "email": b.f('  {"instancePath": "/contacts/§i§/email", "keyword": "format", "message": "must match format \\"email\\"", "data": "§v§"}', i=r.randint(0, 300), v=E(email(r, p).replace("@", " @ ")) if r.random() < .3 else E(email(r, p).rsplit(".", 1)[0]))
        elif c == "phone": b.f('  {"instancePath": "/contacts/§i§/phone", "keyword": "pattern", "message": "must match pattern", "data": "§v§"}', i=r.randint(0, 300), v=T(Phone(r, L).nat))
        elif c == "name": b.f('  {"instancePath": "/contacts/§i§/lastName", "keyword": "minLength", "message": "must NOT have fewer than 2 characters", "data": "§v§", "parentData": {"firstName": "§f§"}}', i=r.randint(0, 300), v=r.choice(["", " ", "-"]), f=P(jraw(p["first"])))
        else:
            a = addr(r, L)
            b.f('  {"instancePath": "/contacts/§i§/address", "keyword": "type", "message": "must be object", "data": "§v§"}', i=r.randint(0, 300), v=A(jraw(a["one"])))
        b.lit(",\n" if k < n - 1 else "\n")
    b.lit("]\n")
    return b, lg(L, fr)

def g_great_expectations_result_json(r, L):
    b = Rec(); fr = intro(b, r, L, ["GX checkpoint failed, the partial_unexpected_list is what worries legal:", "Great Expectations validation result excerpt:"])
    exp = r.choice(["phone", "email", "name"])
    b.f('{\n  "expectation_config": {"expectation_type": "§t§", "kwargs": {"column": "§c§", "regex": "§rx§"}},\n  "success": false,\n  "result": {\n    "element_count": §n§,\n    "unexpected_count": §u§,\n    "partial_unexpected_list": [',
        t="expect_column_values_to_match_regex", c={"phone": "mobile", "email": "email", "name": "first_name"}[exp], rx={"phone": "^\\\\+\\\\d{8,15}$", "email": "^[^@]+@[^@]+\\\\.[a-z]{2,}$", "name": "^[A-Z][a-z]+$"}[exp], n=r.randint(10**4, 10**6), u=r.randint(3, 900))
    k = r.randint(2, 4)
    for i in range(k):
        p = person(r, L)
        v = {"phone": T(Phone(r, L).nat), "email": E(email(r, p).upper()), "name": P(jesc(p["first"]))}[exp]
        b.f('"§v§"', v=v); b.lit(", " if i < k - 1 else "")
    b.lit("]\n  },\n  \"meta\": {\"batch\": \"crm.contacts@" + dt(r)[:10] + "\"}\n}\n")
    return b, lg(L, fr)

def g_zapier_task_history_step_data(r, L):
    b = Rec(); p = person(r, L); a = addr(r, L)
    b.f("Zap: Typeform → HubSpot → Slack   run §id§   §st§\n\nStep 1 · Typeform: New Entry\n  Data out:\n", id=uuid(r)[:18], st=r.choice(["Halted", "Success", "Errored"]))
    b.f("    answers__name: §n§\n    answers__email: §e§\n    answers__phone_number: §ph§\n    answers__text: §t§\n    hidden__utm_campaign: §c§\n", n=P(full(p)), e=E(email(r, p)), ph=T(Phone(r, L).any(r)), t=note(r, L), c=r.choice(["jasmine_spring", "outlet_madrid", "ruby_friday"]))
    b.f("\nStep 2 · HubSpot: Create or Update Contact\n  Data in:\n    firstname: §f§\n    city: §c§\n    address: §a§\n  Error: §err§\n", f=P(p["first"]), c=LOC(a["city"]), a=A(a["line1"]), err=r.choice(["Property values were not valid: mobilephone", "Rate limited (429)", "—"]))
    b.f("\nStep 3 · Slack: Send Channel Message to #leads\n  Message: New lead §n§ from §c§ 🎉\n", n=P(full(p)), c=LOC(a["city"]))
    return b, L

INBOUND_BODY = {"es": "Hola, me he mudado. Mi nueva dirección es ", "pt": "Olá, mudei de casa. O novo endereço é ", "de": "Hallo, ich bin umgezogen, neue Adresse: ", "fr": "Bonjour, j'ai déménagé, nouvelle adresse : ",
  "it": "Buongiorno, ho cambiato casa, nuovo indirizzo: ", "nl": "Hallo, ik ben verhuisd, nieuw adres: ", "pl": "Dzień dobry, zmieniłam adres na ", "tr": "Merhaba, taşındım, yeni adresim: ",
  "sv": "Hej, jag har flyttat, ny adress: ", "cs": "Dobrý den, přestěhovala jsem se, nová adresa: ", "el": "Καλησπέρα, άλλαξα διεύθυνση: ", "en": "Hi, I moved — new address is ",
  "ja": "引っ越しました。新しい住所は ", "ko": "이사했습니다. 새 주소는 ", "zh": "我搬家了，新地址是", "ar": "مرحباً، عنواني الجديد هو ", "hi": "नमस्ते, मेरा नया पता है ", "vi": "Chào, địa chỉ mới của tôi là ", "id": "Halo, alamat baru saya "}
def g_inbound_parse_webhook_multipart(r, L):
    b = Rec(); p = person(r, L); a = addr(r, L); bd = "----WebKitFormBoundary" + hexs(r, 16)
    fr = intro(b, r, L, ["Inbound parse webhook body (multipart) — our handler fails to extract the text part:", "Raw POST from the inbound email parser:"])
    def part(name, val):
        b.f("--§b§\r\nContent-Disposition: form-data; name=\"§n§\"\r\n\r\n", b=bd, n=name); b.add(val); b.lit("\r\n")
    part("from", [P(full(p)), " <", E(email(r, p)), ">"])
    part("to", E("care@brandshop.example"))
    part("subject", "Re: " + r.choice(["Your order", "Ihre Bestellung", "Tu pedido", "Votre commande"]) + " " + order_id(r))
    part("text", [INBOUND_BODY[L], A(a["one"]), "\n", P(p["first"]), "\n", T(Phone(r, L).any(r))])
    part("sender_ip", IP(ip(r)))
    part("envelope", ['{"to":["care@brandshop.example"],"from":"', E(email(r, p)), '"}'])
    b.f("--§b§--\r\n", b=bd)
    return b, lg(L, fr)

def g_whatsapp_cloud_webhook_json(r, L):
    b = Rec(); p = person(r, L); ph = Phone(r, L); a = addr(r, L)
    fr = intro(b, r, L, ["WhatsApp webhook payload, the bot didn't pick up the address in the message:", "Incoming WA message webhook (Cloud API):"])
    prof = full(p) if r.random() < .6 else p["first"] + r.choice([" 🌸", " ✨", ""])
    b.f('{"object":"whatsapp_business_account","entry":[{"id":"§id§","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"§dp§","phone_number_id":"§pn§"},\n"contacts":[{"profile":{"name":"§n§"},"wa_id":"§wa§"}],\n"messages":[{"from":"§wa§","id":"wamid.§m§","timestamp":"§ts§","type":"text","text":{"body":"§body§"}}]},"field":"messages"}]}]}\n',
        id=r.randint(10**14, 10**15), dp=T(Phone(r, L).digits), pn=r.randint(10**14, 10**15), n=P(jesc(prof.strip())) if prof.strip()[-1].isalpha() else ["", P(jesc(p["first"])), jesc(prof[len(p["first"]):])],
        wa=T(ph.digits), m=hexs(r, 30), ts=epoch(r), body=[jesc(INBOUND_BODY[L]), A(jesc(a["one"]))])
    return b, lg(L, fr)

def g_offline_conversion_upload_errors(r, L):
    b = Rec(); fr = intro(b, r, L, ["Offline conversions API returned these diagnostics — what are we doing wrong with user_data?", "Events Manager diagnostics for the store-sales upload:"])
    b.f("upload §u§ · events received: §n§ · matched: §m§ · diagnostics:\n\n", u=uuid(r), n=r.randint(500, 9000), m=r.randint(100, 400))
    for k in range(r.randint(3, 4)):
        p = person(r, L); a = addr(r, L); c = r.choice(["em", "ph", "fn", "ct", "ok"])
        if c == "em": b.f("event §i§: user_data.em must be SHA256 hashed, got \"§v§\"\n", i=r.randint(1, 9000), v=E(email(r, p)))
        elif c == "ph": b.f("event §i§: user_data.ph contains formatting characters: \"§v§\"\n", i=r.randint(1, 9000), v=T(Phone(r, L).intl))
        elif c == "fn": b.f("event §i§: user_data.fn/ln not normalised (lowercase, no accents) — fn=\"§f§\" ln=\"§l§\"\n", i=r.randint(1, 9000), f=P(p["first"]), l=P(p["last"]) if p["last"] else "")
        elif c == "ct": b.f("event §i§: user_data.ct should be hashed city — got \"§v§\"; zp=\"§z§\"\n", i=r.randint(1, 9000), v=LOC(a["city"].lower() if a["reg"] not in ("jp", "cn", "kr") else a["city"]), z=a["postcode"] or "-")
        else: b.f("event §i§: ok em=§h§ value=§am§ currency=EUR order_id=§o§\n", i=r.randint(1, 9000), h=sha(r), am=amount(r), o=order_id(r))
    return b, lg(L, fr)

def g_postal_move_update_match_file(r, L):
    b = Rec(); b.f("Change-of-address match file — run §d§ — list: catalogue_autumn\nmatch_type | name | old_address | new_address | move_date\n", d=dt(r)[:10])
    for k in range(r.randint(2, 4)):
        p = person(r, L); a1, a2 = addr(r, L), addr(r, L)
        mt = r.choice(["individual", "family", "business", "no_forwarding"])
        b.f("§m§ | §n§ | §o§ | §nw§ | §md§\n", m=mt, n=P(full(p, r.choice(["upper", "full"]))), o=A(a1["one"]), nw=A(a2["one"]) if mt != "no_forwarding" else "—", md=f"2024-{r.randint(1, 12):02d}")
    b.f("\nstats: processed=§n§ moved=§m§ deceased_flag=§x§ (suppress)\n", n=r.randint(10**4, 10**5), m=r.randint(100, 900), x=r.randint(0, 30))
    return b, L

def g_ldapsearch_marketing_staff_entries(r, L):
    b = Rec(); fr = intro(b, r, L, ["ldapsearch output — I need these staff as approvers in the campaign tool, map fields for me:", "Directory entries for the CRM team:"])
    b.lit("# extended LDIF\n# base <ou=marketing,dc=brandshop,dc=example> with scope subtree\n\n")
    for k in range(r.randint(2, 3)):
        p = person(r, L); uid = (p["fa"][:1] + p["la"])[:12] or p["fa"]
        b.f("dn: uid=§u§,ou=marketing,dc=brandshop,dc=example\nobjectClass: inetOrgPerson\ncn: §cn§\ngivenName: §g§\n", u=uid, cn=P(full(p)), g=P(p["first"]))
        if p["last"]: b.f("sn: §s§\n", s=P(p["last"]))
        b.f("mail: §m§\ntelephoneNumber: §t§\nl: §l§\ntitle: §ti§\n\n", m=E(f"{p['fa']}.{p['la'] or 'x'}@brandshop.example"), t=T(Phone(r, L).intl), l=LOC(r.choice(CITIES[L])), ti=r.choice(["CRM Manager", "Marketing Ops", "Head of Lifecycle", "Data Analyst"]))
    b.lit("# numResponses: " + str(r.randint(3, 5)) + "\n")
    return b, lg(L, fr)

def g_git_log_fixture_authors(r, L):
    b = Rec(); fr = intro(b, r, L, ["Who added real customer data to the seed file? git log -p excerpt:", "Need to scrub history — relevant commits:"])
    dev = person(r, r.choice(["en", L])); cust = person(r, L); a = addr(r, L)
    b.f("commit §h§\nAuthor: §n§ <§e§>\nDate:   §d§ +0200\n\n    seed: add realistic contacts for merge tests (§t§)\n\ndiff --git a/db/seeds/contacts.csv b/db/seeds/contacts.csv\n@@ -12,3 +12,4 @@\n user_0042,§jr§,§je§,§jp§\n+", jr=P("Jane Roe"), je=E("jane.roe@example.com"), jp=T("+1 202-555-0188"),
        h=hexs(r, 40), n=P(full(dev)), e=E(f"{dev['fa']}.{dev['la'] or 'dev'}@brandshop.example"), d=dt(r), t="JIRA-" + str(r.randint(100, 9999)))
    b.f("user_0043,§n§,§e§,§ph§\n", n=P(full(cust)), e=E(email(r, cust)), ph=T(Phone(r, L).any(r)))
    b.f("\ncommit §h§\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n\n    Bump pg from §v1§ to §v2§\n", h=hexs(r, 40), v1=ver(r), v2=ver(r))
    return b, lg(L, fr)

def g_pagerduty_incident_payload_customer(r, L):
    b = Rec(); p = person(r, L); on = person(r, r.choice(["en", L]))
    b.f('{"event":{"event_type":"incident.triggered","data":{"title":"[P2] Checkout webhook failures > 5%","assignees":[{"summary":"§on§"}],\n "body":{"details":{"sample_customer":"§c§","customer_email":"§e§","client_ip":"§ip§","order":"§o§","error":"§er§"}}}}}\n',
        on=P(jraw(full(on))), c=P(jraw(full(p))), e=E(email(r, p)), ip=IP(ip(r)), o=order_id(r), er=r.choice(["psp timeout", "address validation 503", "tax service 500"]))
    b.f("\n§q§\n", q=r.choice(["Can you write the customer-facing status note without exposing the sample customer?", "Summarise this incident for the CX lead."]))
    return b, lg(L, True)

def g_har_entry_post_data(r, L):
    b = Rec(); p = person(r, L); a = addr(r, L)
    fr = intro(b, r, L, ["HAR from the customer's browser (they sent it to support). The signup POST:", "Excerpt of the HAR file, why is the request blocked?"])
    body = ['{\\"email\\":\\"', E(email(r, p)), '\\",\\"name\\":\\"', P(jraw(full(p))), '\\",\\"phone\\":\\"', T(Phone(r, L).e164), '\\",\\"street\\":\\"', A(jraw(a["line1"])), '\\",\\"city\\":\\"', LOC(jraw(a["city"])), '\\"}']
    b.f('{\n  "startedDateTime": "§t§",\n  "request": {\n    "method": "POST",\n    "url": "https://api.brandshop.example/v2/signup",\n    "postData": {"mimeType": "application/json", "text": "§b§"}\n  },\n  "response": {"status": §s§, "statusText": "§st§"},\n  "serverIPAddress": "§ip§",\n  "time": §ms§\n}\n',
        t=isoms(r), b=body, s=r.choice([403, 429, 500]), st=r.choice(["Forbidden", "Too Many Requests", "Internal Server Error"]), ip=IP(ipv4(r, False)), ms=f"{r.uniform(40, 3000):.2f}")
    return b, lg(L, fr)

def g_pii_column_scan_findings(r, L):
    b = Rec(); b.f("PII scan — warehouse §w§ — §d§\ncolumns scanned: §n§ · findings: 4\n\n", w=r.choice(["analytics_prod", "lake_raw"]), d=dt(r)[:10], n=r.randint(500, 4000))
    p = person(r, L); q = person(r, L)
    finds = [("raw.zendesk_tickets.description", "PERSON, PHONE", ["\"... ", P(full(p)), " ", T(Phone(r, L).any(r)), " ...\""]),
             ("raw.orders.shipping_note", "ADDRESS", ["\"", A(addr(r, L)["one"]), "\""]),
             ("mart.customers.email_masked", "EMAIL (masked)", "\"" + p["fa"][:1] + "***@" + r.choice(DOMAINS[L]) + "\" (ok)"),
             ("raw.events.page_location", "EMAIL", ["\"...&email=", E(email(r, q)), "\""]),
             ("raw.payments.card_fingerprint", "none", "\"" + hexs(r, 16) + "\" (false positive)"),
             ("raw.app_sessions.client_ip", "IP", ["\"", IP(ip(r)), "\""])]
    r.shuffle(finds)
    for col, t, sample in finds[:4]:
        b.f("§c§  [§t§]  sample: ", c=col, t=t); b.add(sample); b.lit("\n")
    return b, L

TWOWAY = {"es": ["BAJA", "Sí, confirmo la cita", "quién es?"], "pt": ["SAIR", "Sim, confirmo", "quem fala?"], "de": ["STOP", "Ja, passt", "wer ist da?"], "fr": ["STOP", "Oui je confirme", "c'est qui ?"],
  "it": ["STOP", "Sì confermo", "chi è?"], "nl": ["STOP", "Ja, klopt", "wie is dit?"], "pl": ["STOP", "Tak, potwierdzam", "kto to?"], "tr": ["IPTAL", "Evet onaylıyorum", "kimsiniz?"],
  "en": ["STOP", "Yes confirm", "who is this?"], "id": ["BERHENTI", "Ya, konfirmasi", "siapa ini?"], "vi": ["HUY", "Có, xác nhận", "ai vậy?"], "sv": ["STOPP", "Ja, bekräftar", "vem är det?"],
  "cs": ["STOP", "Ano, potvrzuji", "kdo to je?"], "el": ["STOP", "Ναι, επιβεβαιώνω", "ποιος είναι;"], "ja": ["停止", "はい、確認しました", "どなたですか？"], "ko": ["수신거부", "네 확인했습니다", "누구세요?"],
  "zh": ["退订", "好的，确认", "你是谁？"], "ar": ["إلغاء", "نعم أؤكد", "من معي؟"], "hi": ["STOP", "हाँ, पक्का", "कौन?"]}
def g_twoway_sms_reply_classifier_output(r, L):
    b = Rec(); fr = intro(b, r, L, ["Our reply classifier mislabels some inbound SMS — output:", "Inbound SMS classification, are the STOP ones handled?"])
    b.lit("from | body | intent | conf\n")
    for k in range(r.randint(3, 5)):
        p = person(r, L); c = r.randint(0, 3)
        if c < 3:
            b.f("§f§ | §bd§ | §i§ | 0.§c§\n", f=T(Phone(r, L).e164), bd=TWOWAY[L][c], i=["opt_out", "confirm", "question"][c], c=r.randint(50, 99))
        else:
            b.f("§f§ | §bd1§§n§ | other | 0.§c§\n", f=T(Phone(r, L).e164), bd1=TWOWAY[L][2] + " — ", n=P(p["first"]) if r.random() < .5 else E(email(r, p)), c=r.randint(20, 60))
    return b, lg(L, fr)

# ================================================================ no-PII kinds
def n_utm_taxonomy_lint_nopii(r, L):
    b = Rec(); b.lit(r.choice(["UTM lint results for Q3 campaigns:\n", "Campaign naming check — which ones break the convention?\n"]))
    for k in range(r.randint(4, 6)):
        b.f("§c§  source=§s§ medium=§m§  §v§\n", c=r.choice(["2024_q3_jasmine_tea_launch", "ruby-anniversary-sale", "Paris_Nights_Fragrance_Teaser", "olivia_capsule_drop_v2", "victoria-tote-restock", "MILAN_DESIGN_WEEK_recap", "summer_sale_madrid_store_opening", "bf24_vip_earlyaccess", "june_newsletter_wk23"]),
            s=r.choice(["newsletter", "meta", "tiktok", "google"]), m=r.choice(["email", "paid_social", "cpc", "sms"]), v=r.choice(["OK", "WARN uppercase", "WARN missing date", "ERR spaces"]))
    b.f("rule version §v§ · checked §d§\n", v=ver(r), d=dt(r))
    return b, "en"

def n_dbt_model_lineage_nopii(r, L):
    b = Rec(); b.lit("dbt ls --select +dim_customers --output json (trimmed)\n")
    for m in r.sample(["stg_crm__contacts", "stg_shop__customers", "int_identity_stitched", "dim_customers", "fct_orders", "stg_esp__events", "int_email_sha256"], r.randint(4, 6)):
        b.f('{"name": "§m§", "resource_type": "model", "columns": [§c§], "materialized": "§t§", "unique_id": "model.analytics.§m§"}\n', m=m, c=", ".join('"' + x + '"' for x in r.sample(["first_name", "last_name", "email_sha256", "phone_e164", "city", "postcode", "contact_id", "created_at"], 3)), t=r.choice(["view", "table", "incremental"]))
    b.lit("Which of these columns should get the `pii: true` meta tag?\n")
    return b, "en"

def n_cron_schedule_yaml_nopii(r, L):
    b = Rec(); b.lit("# schedules.yaml — reverse ETL + ESP syncs\n")
    for k in range(r.randint(3, 5)):
        b.f("- job: §j§\n  cron: \"§c§\"\n  host: §h§:§p§\n  image: registry.example/sync:§v§\n  timezone: §tz§\n  owner_team: §o§\n", j=r.choice(["audiences_to_braze", "suppressions_pull", "ruby_tier_recalc", "jasmine_winback_segment", "geo_store_radius"]),
            c=f"{r.randint(0, 59)} {r.randint(0, 23)} * * {r.choice(['*', '1-5', '0'])}", h=host(r), p=r.choice([5432, 443, 8080, 6379]), v=ver(r), tz=r.choice(["Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo"]), o=r.choice(["lifecycle", "data-platform", "crm-ops"]))
    return b, "en"

def n_ab_bucket_hash_log_nopii(r, L):
    b = Rec(); b.lit("A/B assignment log (sample) — experiment subject_line_v7\n")
    for k in range(r.randint(4, 6)):
        b.f("§t§ uid_hash=§h§ bucket=§bk§ variant=§v§ seed=§s§\n", t=epoch_ms(r), h=sha(r)[:32], bk=r.randint(0, 99), v=r.choice(["control", "hope_headline", "emoji_rose", "grace_period_copy", "urgency"]), s=r.randint(10**6, 10**7))
    b.lit("Is the split balanced? Variant names are copy themes, not people.\n")
    return b, "en"

def n_schema_migration_ddl_nopii(r, L):
    b = Rec(); b.f("-- migration §v§: normalise contact channels\n", v=f"{r.randint(2023, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{r.randint(1, 9)}")
    b.lit("ALTER TABLE crm.contacts ADD COLUMN phone_e164 VARCHAR(16) CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$');\n")
    b.lit("ALTER TABLE crm.contacts ADD COLUMN email_sha256 CHAR(64);\n")
    b.f("UPDATE crm.contacts SET email_sha256 = encode(sha256(lower(trim(email))::bytea), 'hex') WHERE updated_at < '§d§';\n", d=dt(r)[:10])
    cm = r.choice([("Vorname (Pflichtfeld)", "en-de"), ("nombre de pila", "en-es"), ("given name, UTF-8", "en"), ("prénom", "en-fr")])
    b.f("COMMENT ON COLUMN crm.contacts.first_name IS '§c§';\n", c=cm[0])
    b.lit("-- example check: SELECT '+00 000 000' ~ '^\\+[1-9]' -> false\n")
    return b, cm[1]

def n_masked_export_preview_nopii(r, L):
    b = Rec(); lgx = r.choice(["en", "de", "es"]); b.lit({"en": "Masked preview before sending to the agency — does this pass?\n", "de": "Vorschau des maskierten Exports:\n", "es": "Vista previa de la exportación enmascarada:\n"}[lgx])
    for k in range(r.randint(3, 5)):
        b.f("§id§ | §e§ | §ph§ | card ****§l4§ | §h§ | order §o§\n", id=pid(r), e=r.choice("abcdefghjkmlnoprstu") + "***@" + r.choice(["gmail.com", "web.de", "hotmail.es", "orange.fr"]),
            ph="+" + str(r.randint(30, 49)) + " " + "*" * 3 + " *** *" + str(r.randint(10, 99)), l4=r.randint(1000, 9999), h=sha(r)[:20], o=order_id(r))
    return b, lgx

def n_feed_sku_price_diff_nopii(r, L):
    b = Rec(); b.lit("Price sync diff (feed vs. shop):\n")
    for k in range(r.randint(4, 6)):
        b.f("§s§ \"§n§\" §a§ → §c§ EUR  §st§\n", s=sku(r), n=r.choice(["Ruby Woo Lipstick", "Jasmine Green Tea 50g", "Amelia Wrap Dress", "Oscar Trophy Mug", "Florence Linen Shirt", "Marco Polo Travel Kit", "Sophia Sofa 3-Seater", "Georgia Peach Candle"]),
            a=amount(r), c=amount(r), st=r.choice(["updated", "skipped (MAP)", "error: currency"]))
    b.f("feed build §v§ · §d§\n", v=ver(r) + "." + str(r.randint(100, 999)), d=dt(r))
    return b, "en"

def n_release_changelog_pipeline_nopii(r, L):
    b = Rec(); b.f("## data-pipeline §v§ (§d§)\n", v=ver(r), d=dt(r)[:10])
    for x in r.sample(["- Upgrade Ruby to 3.3 in the ESP connector", "- Fix Jasmine tests for the preference-centre widget", "- Phone normaliser: default region now taken from store country", "- Drop raw email from click events (hash only)",
                       "- Bump Sidekiq 7.2.4 → 7.3.0", "- Retry 429s from the ads API with jitter", "- Rename segment 'Grace period' to 'Lapsed 30d'", "- Mercury build agent moved to image tag v10.2.0.14"], r.randint(4, 6)):
        b.lit(x + "\n")
    b.f("Tickets: DATA-§a§, DATA-§c§\n", a=r.randint(100, 999), c=r.randint(100, 999))
    return b, "en"

# ================================================================ payment / tax kinds
def g_sepa_payout_file_validation(r, L):
    b = Rec(); LL = L if L in L2IBAN else r.choice(["de", "es", "fr", "nl", "it"])
    fr = intro(b, r, L, ["Creator payout file failed bank validation, report below:", "Payout batch validation — which rows need fixing?"])
    b.f("batch PAY-§b§ · §n§ payees · currency EUR\n", b=r.randint(1000, 9999), n=r.randint(20, 300))
    for k in range(r.randint(2, 4)):
        p = person(r, LL); c = r.choice(["ok", "name", "iban", "addr"])
        ib = iban(r, L2IBAN[LL])
        if c == "ok": b.f("row §i§ OK   §n§  §ib§  §am§\n", i=r.randint(1, 300), n=P(full(p)), ib=IB(ib), am=amount(r))
        elif c == "name": b.f("row §i§ WARN creditor name mismatch: file='§n1§' bank='§n2§'  §ib§\n", i=r.randint(1, 300), n1=P(full(p, "upper")), n2=P(p["last"] or p["first"]), ib=IB(ib))
        elif c == "iban":
            bad = ib.replace(" ", "")[:-1] + str((int(ib[-1]) + 1) % 10)
            b.f("row §i§ ERR  IBAN checksum failed: §bad§ (§n§)\n", i=r.randint(1, 300), bad=bad, n=P(full(p)))
        else: b.f("row §i§ WARN address required for non-EEA payee: §a§  §ib§\n", i=r.randint(1, 300), a=A(addr(r, LL)["one"]), ib=IB(ib))
    b.f("BIC lookup: §bic§ · mandate ref MNDT-§m§\n", bic=r.choice(["COBADEFFXXX", "BSCHESMMXXX", "INGBNL2A", "BNPAFRPPXXX"]), m=r.randint(10**5, 10**6))
    return b, lg(LL, fr)

def g_pan_leak_log_scan(r, L):
    b = Rec(); fr = intro(b, r, L, ["DLP found card numbers in the checkout logs. Which hits are real?", "PCI scan hits in app logs, triage please:"])
    for k in range(r.randint(3, 5)):
        p = person(r, L); c = r.choice(["real", "masked", "notluhn", "real", "order"])
        b.f("§f§:§ln§: ", f=r.choice(["checkout-api.log", "webhook-retry.log", "crm-sync.log"]), ln=r.randint(100, 90000))
        if c == "real": b.f("§t§ DEBUG payment_attempt card=§cc§ exp=§ex§ name=\"§n§\" ip=§ip§\n", t=iso(r), cc=CC(card(r)), ex=f"{r.randint(1, 12):02d}/{r.randint(25, 30)}", n=P(full(p, r.choice(["upper", "full"]))), ip=IP(ip(r)))
        elif c == "masked": b.f("§t§ INFO charge ok card=§cc§ amount=§am§\n", t=iso(r), cc=r.choice(["4" + "*" * 11 + str(r.randint(1000, 9999)), "**** **** **** " + str(r.randint(1000, 9999))]), am=amount(r))
        elif c == "notluhn":
            x = card(r, "visa", "")
            y = x[:-1] + str((int(x[-1]) + 3) % 10)
            b.f("§t§ INFO gift_card_number=§g§ balance=§am§\n", t=iso(r), g=y, am=amount(r))
        else: b.f("§t§ INFO order=§o§ tracking=§tr§ ts=§ep§\n", t=iso(r), o=order_id(r), tr=track(r), ep=epoch_ms(r))
    return b, lg(L, fr)

def g_creator_tax_id_ingest_error(r, L):
    b = Rec(); fr = intro(b, r, "en", ["Tax form ingest for US creators errored on these rows — what should I tell the agency?", "1099 prep: TIN validation output from the payout tool:"])
    for k in range(r.randint(2, 4)):
        p = person(r, "en"); c = r.choice(["ssn", "ssn", "itin", "ein", "ssn_nodash"])
        if c == "ssn": b.f("payee §i§ §n§: TIN §s§ (SSN) — name/TIN mismatch per IRS TIN matching\n", i=r.randint(1000, 9999), n=P(full(p)), s=SSN(ssn(r)))
        elif c == "ssn_nodash": b.f("payee §i§ §n§: tin_raw=§s§ tin_type=SSN status=OK address=§a§\n", i=r.randint(1000, 9999), n=P(full(p)), s=SSN(ssn(r, "")), a=A(addr(r, "en", "us")["one"]))
        elif c == "itin": b.f("payee §i§ §n§: TIN 9§a§-§g§-§s§ classified as ITIN, W-8BEN expected\n", i=r.randint(1000, 9999), n=P(full(p)), a=r.randint(10, 99), g=r.choice([70, 78, 88, 92]), s=r.randint(1000, 9999))
        else: b.f("payee §i§ §c§ LLC: EIN §e§ — OK (business)\n", i=r.randint(1000, 9999), c=r.choice(["Hill Creative", "Stone & Wren Media", "Okafor Studios"]), e=f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}")
    b.f("contact for questions: §e§, §ph§\n", e=E(email(r, person(r, "en"), "talentagency.example")), ph=T(Phone(r, "en", "us").nat))
    return b, "en"

# ================================================================ driver
def main():
    used = set(x.strip() for x in open("/work/briefs/used_kinds.txt", encoding="utf-8") if x.strip())
    g = globals()
    pii_kinds = [(k[2:], g[k]) for k in sorted(g) if k.startswith("g_")]
    nopii_kinds = [(k[2:], g[k]) for k in sorted(g) if k.startswith("n_")]
    TOTAL, NOPII_EACH = 400, 5
    n_pii = TOTAL - NOPII_EACH * len(nopii_kinds)
    base, extra = divmod(n_pii, len(pii_kinds))
    locales = ["es", "pt", "de", "fr", "it", "nl", "pl", "tr", "ja", "ko", "zh", "ar", "hi", "vi", "id", "sv", "cs", "el"]
    recs = []
    for i, (kind, fn) in enumerate(pii_kinds + nopii_kinds):
        assert kind not in used, kind
        is_pii = i < len(pii_kinds)
        cnt = (base + (1 if i < extra else 0)) if is_pii else NOPII_EACH
        for j in range(cnt):
            L = "en" if R.random() < 0.45 else R.choice(locales)
            b, lang = fn(R, L)
            t = b.text()
            if is_pii: assert b.spans, (kind, t)
            else: assert not b.spans, (kind, t)
            recs.append({"kind": kind, "lang": lang, "text": t, "spans": b.spans})
    R.shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        out.append({"id": f"hard37-{i + 1}", "kind": rec["kind"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]})
    # ---- checks
    for rec in out:
        t = rec["text"]; last = -1
        for s in sorted(rec["spans"], key=lambda s: s["start"]):
            assert 0 <= s["start"] < s["end"] <= len(t), rec["id"]
            assert s["start"] >= last, ("overlap", rec["id"])
            last = s["end"]
            v = t[s["start"]:s["end"]]
            assert v == v.strip() and v, (rec["id"], repr(v))
            if s["type"] == "CREDIT_CARD": assert luhn_ok(v), v
            if s["type"] == "IBAN_CODE": assert iban_ok(v), v
            if s["type"] == "US_SSN": assert ssn_ok(v), v
            if s["type"] == "EMAIL_ADDRESS": assert "@" in v or "%40" in v, v
    kc = Counter(r_["kind"] for r_ in out)
    assert len(kc) >= 70, len(kc)
    assert min(kc.values()) >= 3
    with open(os.path.join(HERE, "hard37.jsonl"), "w", encoding="utf-8") as f:
        for rec in out: f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # ---- self-check report
    lab = Counter(s["type"] for rec in out for s in rec["spans"])
    langs = Counter(rec["lang"] for rec in out)
    print("records:", len(out), " kinds:", len(kc), " no-PII records:", sum(1 for x in out if not x["spans"]))
    print("non-English share: %.1f%%" % (100 * sum(1 for x in out if x["lang"] != "en") / len(out)))
    print("labels:", dict(lab.most_common()))
    print("langs:", dict(langs.most_common()))
    print("kinds:", dict(sorted(kc.items())))
    rs = random.Random(1)
    for rec in rs.sample(out, 15):
        print("\n---", rec["id"], rec["kind"], rec["lang"])
        for s in rec["spans"]:
            print("   ", s["type"], repr(rec["text"][s["start"]:s["end"]]))

if __name__ == "__main__":
    main()
