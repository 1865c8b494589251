#!/usr/bin/env python3
"""gen_hard32 -- blind PII evaluation set: messy support / operations text from the
Global South and Asia-Pacific (help-desk exports, quoted e-mail threads, chat/SMS logs,
OCR of scanned forms, HTML/markdown fragments, URL-encoded posts, log lines).

Deterministic (fixed seed), python3 standard library only (faker not used; all names,
streets, towns, postcodes and phone formats are hand-written below).

Output: bench/pii_data/hard32.jsonl, one JSON object per line
  {"id","kind","lang","text","spans":[{"type","start","end"}]}
Offsets are recorded while the text is assembled (Builder), never searched for.

Labelling conventions (common brief + the following additions)
- PERSON: as written, incl. bin/binti/a/l/a/p/ibn/al-/El-, "Md." (Mohammad), Jr./III/Filho/
  Neto, Sri Lankan and South-Indian initials ("W. A. Kasun Chathuranga", "K. Venkatesh").
  Titles / honorifics / kinship address terms are OUTSIDE: Mr, Mrs, Ms, Dr, Engr., Atty.,
  Alhaji, Chief, Haji, Datuk, Pak, Bu, Mbak, Mas, Kak, Kuya, Ate, Sir, Ma'am, anh, chi,
  chị, em, cô, Khun/คุณ, นาย/นาง/นางสาว, Sr./Sra./Lic./Ing./Dña., Bey/Hanım, ji, Bwana, Bi,
  السيد/السيدة, श्री/श्रीमती.  A name mangled by OCR (l/1, O/0) or run into the next word
  ("Okaforwho") is labelled as written, only the name characters inside the span.
  "Surname, Given" display names in mail headers are one span (quotes outside).
  Chat display names in exports are PERSON; @handles, e-mail local parts, agent IDs are not.
  Shops/brands/streets/buildings/airports/awards/schools named after people
  ("Aling Nena's Store", "Jorge Chavez airport", "Jalan Tun Razak") are not PERSON.
- STREET_ADDRESS: whole address as one span incl. landmarks written inside it ("opp. First
  Bank"), RT/RW, kelurahan, barangay, colonia, comuna, PIN/CEP/postcode, state, country;
  across line breaks, <br> tags and "> " quote markers when the address block continues
  there (those separators are inside the span).  PO boxes with their town line are
  addresses.  URL-encoded addresses are labelled as they appear (encoded).  When a form
  splits street / city into separate fields, the street field (with house/plot number) is
  STREET_ADDRESS and a separate city/region field is LOCATION; a bare postcode field is not
  labelled.
- LOCATION: towns, cities, regions, countries in running text / in separate fields,
  including "Branch: Cebu" style fields.  Towns inside organisation names
  ("Nairobi Water") are not labelled.
- PHONE_NUMBER: as written incl. +cc, (0), trunk 0, extension words, URL-encoding (%2B),
  and including a line break when a number is split across lines.  M-Pesa Paybill/Till
  numbers, short codes (*334#), masked numbers (0917****567) are NOT phones.  A phone used
  as an account number (Paybill account = 0712...) IS a phone.
- EMAIL_ADDRESS: every address incl. role/system mailboxes (support@, noreply@, docs@), like
  company hotlines are PHONE_NUMBER: all contact points are labelled.  Not labelled: @handles.
- CREDIT_CARD only full numbers (Luhn-valid).  Masked cards / last-4 are not labelled.
  IMEIs (also Luhn-valid, 15 digits) are not cards and not labelled.
- IBAN_CODE only IBAN-format numbers (valid mod-97).  Domestic account numbers (NUBAN,
  CLABE, CBU, plain a/c no.) have no type here and are not labelled.
- US_SSN: only SSNs (area not 000/666/9xx).  Other national IDs are not used/labelled.
- IP_ADDRESS: every IPv4/IPv6 address, private ranges included; version strings are not.
"""
import json, random, re, os, sys, unicodedata

SEED = 3232
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard32.jsonl")

# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self, noise=None):
        self.parts = []
        self.pos = 0
        self.spans = []
        self.noise = noise  # function applied to literal (non-PII) text only

    def lit(self, s):
        if self.noise:
            s = self.noise(s)
        self.parts.append(s)
        self.pos += len(s)

    def raw(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def ent(self, typ, val):
        assert val == val.strip() and val, (typ, repr(val))
        self.spans.append({"type": typ, "start": self.pos, "end": self.pos + len(val), "_v": val})
        self.parts.append(val)
        self.pos += len(val)

    def f(self, tpl, **kw):
        """template with ${key}; kw values are str (literal) or (TYPE, value) or None (empty)."""
        i = 0
        for m in re.finditer(r"\$\{(\w+)\}", tpl):
            if m.start() > i:
                self.lit(tpl[i:m.start()])
            v = kw[m.group(1)]
            if v is None:
                pass
            elif isinstance(v, tuple):
                self.ent(v[0], v[1])
            elif isinstance(v, Builder):
                raise TypeError
            else:
                self.raw(str(v))
            i = m.end()
        if i < len(tpl):
            self.lit(tpl[i:])
        return self

    def text(self):
        return "".join(self.parts)

def P(v): return ("PERSON", v)
def A(v): return ("STREET_ADDRESS", v)
def T(v): return ("PHONE_NUMBER", v)
def E(v): return ("EMAIL_ADDRESS", v)
def CC(v): return ("CREDIT_CARD", v)
def IB(v): return ("IBAN_CODE", v)
def SSN(v): return ("US_SSN", v)
def IP(v): return ("IP_ADDRESS", v)
def L(v): return ("LOCATION", v)

def pick(seq): return R.choice(seq)
def chance(p): return R.random() < p
def dig(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
def nzdig(n): return str(R.randint(1, 9)) + dig(n - 1)

# ---------------------------------------------------------------- check digits
def luhn_complete(prefix, length):
    body = prefix + dig(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

CARD_BRANDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2720"], 16),
    "amex": (["34", "37"], 15), "rupay": (["6521", "6522", "6080", "8174"], 16),
    "elo": (["636368", "504175", "438935"], 16), "troy": (["9792"], 16),
    "meeza": (["507803"], 16), "naranja": (["589562"], 16), "verve": (["506099"], 19),
}

def card(brand=None, sep=None):
    brand = brand or pick(["visa", "visa", "mc", "mc", "amex"])
    pre, ln = CARD_BRANDS[brand]
    n = luhn_complete(pick(pre), ln)
    if sep is None:
        sep = pick([" ", " ", "-", ""])
    if ln == 15:
        g = [n[:4], n[4:10], n[10:]]
    elif ln == 19:
        g = [n[:4], n[4:8], n[8:12], n[12:16], n[16:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g)

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

IBAN_BBAN = {
    "PK": lambda: pick(["HABB", "MEZN", "UNIL", "ALFH", "MUCB", "BAHL"]) + dig(16),
    "TR": lambda: dig(5) + "0" + dig(16),
    "EG": lambda: dig(25),
    "BR": lambda: dig(8) + dig(5) + dig(10) + pick(["C", "P"]) + "1",
    "AE": lambda: pick(["033", "026", "035", "030"]) + dig(16),
    "SA": lambda: pick(["80", "10", "45", "20"]) + dig(18),
    "GB": lambda: pick(["BARC", "HSBC", "LOYD", "NWBK"]) + dig(6) + dig(8),
    "MU": None,
}

def iban(cc, grouped=True):
    bban = IBAN_BBAN[cc]()
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(num) % 97
    s = f"{cc}{ck:02d}{bban}"
    assert iban_ok(s)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return f"{a:03d}{sep}{R.randint(1,99):02d}{sep}{R.randint(1,9999):04d}"

def ipv4(private=None):
    if private is None: private = chance(0.3)
    if private:
        return pick([f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
                     f"192.168.{R.randint(0,20)}.{R.randint(2,254)}",
                     f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}"])
    first = pick([41, 102, 105, 110, 112, 115, 122, 125, 139, 154, 175, 177, 180, 181, 186, 190, 196, 197, 202, 203, 49, 58, 36, 27])
    return f"{first}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"

def ipv6():
    pre = pick(["2400:cb00", "2001:4860", "2405:201", "2c0f:fe38", "2a02:4780", "2804:14c", "2800:810", "2001:44c8", "2402:800"])
    groups = [format(R.randint(0, 0xffff), "x") for _ in range(R.randint(2, 4))]
    if chance(0.5):
        return pre + "::" + ":".join(groups)
    return pre + ":" + ":".join(format(R.randint(0, 0xffff), "x") for _ in range(8 - len(pre.split(":"))))

# ---------------------------------------------------------------- noise
OCR_MAP = [("l", "1"), ("O", "0"), ("o", "0"), ("I", "l"), ("rn", "m"), ("e", "c"), ("S", "5"), ("i", "í")]

def ocr_noise(p=0.06):
    def fn(s):
        out = []
        for w in re.split(r"(\s+)", s):
            if w and not w.isspace() and chance(p) and len(w) > 3:
                a, b = pick(OCR_MAP[:6])
                if a in w:
                    w = w.replace(a, b, 1)
            out.append(w)
        return "".join(out)
    return fn

def hyph(word):
    k = len(word) // 2
    return word[:k] + "-\n" + word[k:]

def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("ı", "i").replace("İ", "I").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def email_for(name_parts, domains):
    g = re.sub(r"[^a-z]", "", fold(name_parts[0]).lower())
    f = re.sub(r"[^a-z]", "", fold(name_parts[-1]).lower())
    if not f or f == g:
        return f"{g}{R.choice(['', '.', '_'])}{R.randint(7,99)}@{pick(domains)}"
    pat = R.randint(0, 7)
    if pat == 0: loc = f"{g}.{f}"
    elif pat == 1: loc = f"{g}{f}{R.randint(1,99)}"
    elif pat == 2: loc = f"{g[0]}{f}"
    elif pat == 3: loc = f"{g}_{f}{R.choice(['', '88', '2k', '01', '_x', '09'])}".replace("..", ".")
    elif pat == 4: loc = f"{f}.{g}"
    elif pat == 5: loc = f"{g}{R.randint(1975,2004)}"
    elif pat == 6: loc = f"{g}.{f[0]}"
    else: loc = f"{f}{g[:3]}"
    loc = re.sub(r"[^a-z0-9._]", "", loc).strip("._") or "user"
    return f"{loc}@{pick(domains)}"

# ---------------------------------------------------------------- people & places
class Name:
    def __init__(self, full, given, family, call=None, parts=None):
        self.full, self.given, self.family = full, given, family
        self.call = call or given
        self.parts = parts or [given, family]
    def __repr__(self): return self.full

def _simple(givens, fams, mid=None, pmid=0.0):
    g = pick(givens); f = pick(fams)
    if mid and chance(pmid):
        m = pick(mid)
        return Name(f"{g} {m} {f}", g, f)
    return Name(f"{g} {f}", g, f)

# ---- India
IN_GM = ["Rahul", "Vikram", "Arjun", "Karthik", "Rohit", "Abhishek", "Nikhil", "Sandeep", "Venkatesh", "Suresh", "Rajesh", "Anil", "Mohammed Irfan", "Gurpreet", "Siddharth", "Pranav", "Harish", "Manoj", "Yash", "Aniruddha"]
IN_GF = ["Priya", "Ananya", "Sunita", "Deepika", "Lakshmi", "Meenakshi", "Shalini", "Neha", "Pooja", "Sreeja", "Kavitha", "Divya", "Tanvi", "Harpreet", "Swati", "Bhavana", "Nandini", "Farheen", "Rukmini", "Aparna"]
IN_F = ["Sharma", "Iyer", "Reddy", "Nair", "Banerjee", "Chatterjee", "Patel", "Deshmukh", "Kulkarni", "Gupta", "Menon", "Pillai", "Rao", "Mukherjee", "Joshi", "Agarwal", "Choudhary", "Shetty", "Naidu", "Bhattacharya", "Ansari", "Fernandes", "D'Souza", "Sahu", "Tiwari", "Raghunathan", "Gill", "Sandhu", "Mishra", "Kamath"]
def in_name():
    r = R.random()
    if r < 0.15:
        g = pick(["Venkatesh", "Lakshmi", "Senthil Kumar", "Meenakshi", "Balaji", "Karthikeyan", "Revathi"])
        ini = pick(["K.", "R.", "S.", "M.", "P. V.", "T. R."])
        return Name(f"{ini} {g}", g, g, parts=[g, ini[0]])
    if r < 0.25:
        g = pick(["Gurpreet", "Harpreet", "Manpreet", "Jaspreet", "Simran"])
        f = pick(["Kaur", "Singh", "Kaur Sandhu", "Singh Gill"])
        return Name(f"{g} {f}", g, f)
    g = pick(IN_GM + IN_GF); f = pick(IN_F)
    if chance(0.2):
        m = pick(["Kumar", "Prasad", "Rani", "Devi", "Lal", "Mohan"])
        return Name(f"{g} {m} {f}", g, f)
    return Name(f"{g} {f}", g, f)
IN_CITIES = [("Bengaluru", "560", "Karnataka"), ("Hyderabad", "500", "Telangana"), ("Chennai", "600", "Tamil Nadu"), ("Pune", "411", "Maharashtra"), ("Mumbai", "400", "Maharashtra"), ("Kolkata", "700", "West Bengal"), ("New Delhi", "110", "Delhi"), ("Jaipur", "302", "Rajasthan"), ("Lucknow", "226", "Uttar Pradesh"), ("Kochi", "682", "Kerala"), ("Ahmedabad", "380", "Gujarat"), ("Indore", "452", "Madhya Pradesh"), ("Bhubaneswar", "751", "Odisha"), ("Coimbatore", "641", "Tamil Nadu")]
IN_LOC = ["Malleshwaram", "Koramangala", "Tarnaka", "Kukatpally", "Adyar", "Velachery", "Shivaji Nagar", "Kothrud", "Andheri East", "Salt Lake", "Lajpat Nagar", "Vaishali Nagar", "Gomti Nagar", "Kakkanad", "Navrangpura", "Vijay Nagar", "Saheed Nagar", "RS Puram"]
IN_APT = ["Sai Krupa Apartments", "Green Glen Residency", "Shanti Niwas", "Prestige Lakeview", "Sri Venkateshwara Enclave", "Gulmohar Heights", "Om Sai CHS", "Lotus Pond Apts"]
IN_LOCS = {"Bengaluru": ["Malleshwaram", "Koramangala", "Jayanagar 4th Block"], "Hyderabad": ["Tarnaka", "Kukatpally", "Ameerpet"], "Chennai": ["Adyar", "Velachery", "Anna Nagar"], "Pune": ["Shivaji Nagar", "Kothrud", "Aundh"],
    "Mumbai": ["Andheri East", "Dadar West", "Chembur"], "Kolkata": ["Salt Lake", "Behala", "Tollygunge"], "New Delhi": ["Lajpat Nagar", "Mayur Vihar Ph-1", "Janakpuri"], "Jaipur": ["Vaishali Nagar", "Malviya Nagar", "Mansarovar"],
    "Lucknow": ["Gomti Nagar", "Aliganj", "Indira Nagar"], "Kochi": ["Kakkanad", "Edappally", "Kaloor"], "Ahmedabad": ["Navrangpura", "Satellite", "Maninagar"], "Indore": ["Vijay Nagar", "Palasia", "Rau"],
    "Bhubaneswar": ["Saheed Nagar", "Patia", "Nayapalli"], "Coimbatore": ["RS Puram", "Gandhipuram", "Peelamedu"]}
def in_addr():
    c, pin, st = pick(IN_CITIES); loc = pick(IN_LOCS[c]); p = pin + dig(3)
    t = R.randint(0, 4)
    if t == 0: return [f"Flat {R.randint(1,12)}0{R.randint(1,4)}, {pick(IN_APT)}", f"{R.randint(1,14)}th Cross, {loc}", f"{c} {p}, {st}"]
    if t == 1: return [f"H.No. {R.randint(1,16)}-{R.randint(1,9)}-{R.randint(10,300)}/{pick('ABC')}, {loc}", f"{c} - {p}"]
    if t == 2: return [f"Plot No. {R.randint(3,220)}, Near {pick(['Hanuman Mandir', 'SBI ATM', 'Bus Depot', 'Govt. School', 'Water Tank'])}", f"{loc}, {c} {p}"]
    if t == 3: return [f"No. {R.randint(2,90)}, {R.randint(1,6)}{pick(['nd', 'rd', 'th'])} Main Road, {loc}", f"{c} {p}", st]
    return [f"{pick(['B', 'C', 'D', 'E'])}-{R.randint(10,480)}, Sector {R.randint(2,70)}", f"Noida, Uttar Pradesh 2013{dig(2)}"]
def in_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = pick("6789") + dig(9)
        return pick([f"+91 {n[:5]} {n[5:]}", f"0{n[:5]} {n[5:]}", n, f"+91-{n[:5]}-{n[5:]}", f"+91{n}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"(+91) {n[:4]} {n[4:7]} {n[7:]}"])
    sc = pick(["80", "22", "44", "11", "40", "33"])
    n = pick("2456") + dig(7)
    return pick([f"0{sc}-{n[:4]} {n[4:]}", f"+91 {sc} {n[:4]} {n[4:]}", f"0{sc} {n}", f"({sc}) {n}"])

# ---- Pakistan
PK_G = ["Ayesha", "Muhammad Bilal", "Fatima", "Usman", "Hina", "Zainab", "Imran", "Saima", "Rabia", "Tariq", "Waqas", "Mehwish", "Bushra", "Ali Hassan", "Nadia", "Farhan", "Kashif", "Sadia", "Asad", "Maryam"]
PK_F = ["Siddiqui", "Qureshi", "Malik", "Chaudhry", "Baig", "Raza", "Khan", "Butt", "Anwar", "Mehmood", "Ahmed", "Tariq", "Aslam", "Shah", "Hussain", "Sheikh", "Abbasi", "Awan", "Niazi", "Rana"]
def pk_name():
    g = pick(PK_G); f = pick(PK_F)
    return Name(f"{g} {f}", g.split()[-1] if g.startswith("Muhammad") else g.split()[0], f)
PK_CITIES = ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Peshawar", "Multan", "Hyderabad", "Sialkot", "Quetta"]
def pk_addr():
    t = R.randint(0, 3)
    if t == 0: return [f"House No. {R.randint(1,80)}, Street {R.randint(1,60)}, {pick(['F-7/2', 'G-9/4', 'I-8/3', 'E-11/1', 'G-11/2'])}", "Islamabad"]
    if t == 1: return [f"Flat {R.randint(1,9)}-{pick('ABCD')}, Block {R.randint(1,17)}-{pick('ABCD')}, Gulshan-e-Iqbal", f"Karachi 75300"]
    if t == 2: return [f"{R.randint(10,300)}-{pick('ABCDEFGHJK')}, {pick(['Model Town', 'Johar Town', 'DHA Phase 5', 'Garden Town', 'Faisal Town'])}", f"Lahore {pick(['54700', '54782', '54000', '54792'])}"]
    return [f"Mohallah {pick(['Qazi Khel', 'Sethian', 'Jangi'])}, House {R.randint(100,900)}, {pick(['near Jamia Masjid', 'behind Govt. Girls School', 'opp. Ufone franchise'])}", "Peshawar"]
def pk_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        op = pick(["300", "301", "321", "333", "345", "312", "303", "315"]); n = dig(7)
        return pick([f"+92 {op} {n}", f"0{op}-{n}", f"0{op} {n}", f"+92-{op}-{n}", f"0{op}{n}", f"+92 ({op}) {n[:3]} {n[3:]}"])
    sc, n = pick([("42", dig(8)), ("21", dig(8)), ("51", dig(7))])
    return pick([f"(0{sc}) {n[:4]} {n[4:]}", f"+92-{sc}-{n}", f"0{sc} {n}"])

# ---- Bangladesh
BD_G = ["Md. Rafiqul", "Nusrat", "Tanvir", "Farhana", "Sharmin", "Abdullah Al", "Mahmudul", "Taslima", "Shafiqur", "Rumana", "Mst. Rokeya", "Sabbir", "Jannatul", "Arif", "Mehedi"]
BD_F = ["Islam", "Jahan", "Ahmed", "Akter", "Sultana", "Mamun", "Hasan", "Begum", "Rahman", "Chowdhury", "Hossain", "Ferdous", "Karim", "Uddin", "Sarker"]
def bd_name():
    g = pick(BD_G); f = pick(BD_F)
    call = g.split()[-1] if g.split()[0] in ("Md.", "Mst.") else g.split()[0]
    return Name(f"{g} {f}", call, f, parts=[call, f])
BD_CITIES = ["Dhaka", "Chattogram", "Sylhet", "Khulna", "Rajshahi", "Mymensingh", "Cumilla", "Gazipur", "Narayanganj"]
def bd_addr():
    t = R.randint(0, 3)
    if t == 0: return [f"House {R.randint(2,90)}, Road {R.randint(1,27)}, Block {pick('ABCDEF')}", f"{pick(['Banani', 'Bashundhara R/A', 'Mirpur-10', 'Uttara Sector 7'])}, Dhaka {pick(['1213', '1229', '1216', '1230'])}"]
    if t == 1: return [f"Flat {R.randint(1,9)}{pick('ABC')}, House {R.randint(1,60)}/{pick('AB')}, Road {R.randint(1,15)}", "Dhanmondi R/A, Dhaka-1205"]
    if t == 2: return [f"Vill: {pick(['Charpara', 'Kashimpur', 'Baroipara'])}, PO: {pick(['Bhaluka', 'Trishal', 'Gafargaon'])}", f"Upazila: {pick(['Bhaluka', 'Trishal'])}, Mymensingh 22{dig(2)}"]
    return [f"Holding No. {R.randint(10,400)}, {pick(['Agrabad C/A', 'GEC Circle', 'Nasirabad H/S'])}", "Chattogram 4100"]
def bd_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = "1" + pick("3456789") + dig(8)
        return pick([f"+880 {n[:4]}-{n[4:]}", f"0{n[:4]} {n[4:]}", f"0{n[:4]}-{n[4:]}", f"+880{n}", f"0{n}", f"+88 0{n[:4]} {n[4:7]} {n[7:]}"])
    n = dig(7)
    return pick([f"02-{n}", f"+880 2 {n}", f"02 {n[:3]} {n[3:]}"])

# ---- Sri Lanka
LK_G = ["Nimal", "Chamari", "Dinesh", "Kumudini", "Tharindu", "Dilani", "Ruwan", "Sanduni", "Kasun", "Ishara", "Tharshini", "Kajan", "Niroshan", "Fathima Rizna", "Mohamed Rifkhan"]
LK_F = ["Perera", "Wijesinghe", "Jayawardena", "Fernando", "Gunasekara", "Senanayake", "Bandara", "Herath", "de Silva", "Dissanayake", "Sivakumar", "Arulnesan", "Rathnayake", "Wickramasinghe", "Marikkar"]
def lk_name():
    if chance(0.3):
        ini = pick(["W. A.", "H. M.", "K. G.", "R. M. P.", "D. S."])
        g = pick(["Kasun Chathuranga", "Sunil Herath", "Chandima Kumari", "Nuwan Pradeep", "Sanjeewa Bandara"])
        return Name(f"{ini} {g}", g.split()[0], g.split()[-1])
    g = pick(LK_G); f = pick(LK_F)
    return Name(f"{g} {f}", g.split()[0], f)
LK_CITIES = ["Colombo", "Kandy", "Galle", "Negombo", "Jaffna", "Kurunegala", "Matara", "Nugegoda", "Batticaloa"]
def lk_addr():
    t = R.randint(0, 3)
    if t == 0: return [f"No. {R.randint(2,200)}/{R.randint(1,9)}, {pick(['Temple Road', 'Stanley Tillekeratne Mw', 'High Level Road'])}", f"Nugegoda {pick(['10250', ''])}".strip()]
    if t == 1: return [f"{R.randint(2,400)}{pick(['A', '', 'B'])}, Galle Road", f"Colombo {pick(['03', '04', '06'])}"]
    if t == 2: return [f"No. {R.randint(10,300)}, Kandy Road", f"Kadawatha 11850"]
    return [f"{pick(['Lot', 'No.'])} {R.randint(1,90)}, Peradeniya Road", "Kandy 20000"]
def lk_phone(kind=None):
    kind = kind or pick(["m", "m", "l"])
    if kind == "m":
        n = "7" + pick("0124678") + dig(7)
        return pick([f"+94 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"0{n[:2]}-{n[2:5]} {n[5:]}", f"+94{n}"])
    sc = pick(["11", "81", "91", "31"]); n = "2" + dig(6)
    return pick([f"0{sc} {n[:3]} {n[3:]}", f"+94 {sc} {n[0]} {n[1:4]} {n[4:]}", f"0{sc}-{n}"])

# ---- Indonesia
ID_MONO = ["Sutrisno", "Suharti", "Wahyudi", "Sumarni", "Supriyadi", "Mulyono", "Suparmi", "Slamet", "Paijo", "Rusdi"]
ID_G = ["Bambang", "Agus", "Rina", "Dewi", "Fitri", "Andi", "Nur", "Yohanes", "Hotman", "Teuku", "Ratna Sari", "Dian", "Eko", "Wulan", "Rizky", "Indah", "Budi", "Siti"]
ID_F = ["Wijaya", "Setiawan", "Kartika", "Handayani", "Pratama", "Aini", "Simanjuntak", "Siregar", "Rizal", "Lestari", "Nugroho", "Saputra", "Hidayat", "Kusuma", "Santoso", "Rahmawati", "Hasibuan", "Nainggolan"]
def id_name():
    r = R.random()
    if r < 0.22:
        g = pick(ID_MONO); return Name(g, g, g, parts=[g, ""])
    if r < 0.34:
        g = pick(["Ni Made Ayu Lestari", "I Gusti Ngurah Putra", "I Wayan Sudarta", "Ni Ketut Sriasih", "I Nyoman Arya Wibawa", "Ni Luh Putu Sari"])
        bits = g.split(); return Name(g, bits[-2] if len(bits) > 3 else bits[-1], bits[-1], call=bits[-1])
    g = pick(ID_G); f = pick(ID_F)
    return Name(f"{g} {f}", g.split()[0], f)
ID_CITIES = [("Jakarta Barat", "115"), ("Jakarta Selatan", "121"), ("Bekasi", "171"), ("Depok", "164"), ("Surabaya", "602"), ("Bandung", "401"), ("Semarang", "502"), ("Yogyakarta", "552"), ("Medan", "201"), ("Makassar", "902"), ("Denpasar", "802"), ("Malang", "651")]
ID_TOWNS = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Yogyakarta", "Semarang", "Bekasi", "Depok", "Tangerang", "Bogor", "Denpasar", "Palembang", "Balikpapan", "Pontianak", "Malang"]
ID_STREETS = ["Jl. Kebon Jeruk Raya", "Jl. Margonda Raya", "Jl. Ahmad Yani", "Jl. Dr. Sutomo", "Jl. Kaliurang", "Jl. Pemuda", "Jl. Gatot Subroto", "Jl. Cempaka Putih Tengah", "Jl. Raya Bogor", "Jl. Sisingamangaraja"]
ID_KEL = [("Kebon Jeruk", "Kebon Jeruk"), ("Pondok Cina", "Beji"), ("Darmo", "Wonokromo"), ("Sukamaju", "Cibinong"), ("Cempaka Putih Timur", "Cempaka Putih"), ("Caturtunggal", "Depok"), ("Tegalsari", "Candisari")]
def id_addr():
    c, pz = pick(ID_CITIES); kel, kec = pick(ID_KEL); st = pick(ID_STREETS)
    rt, rw = f"{R.randint(1,15):03d}", f"{R.randint(1,12):03d}"
    t = R.randint(0, 3)
    pc = pz + dig(2)
    if t == 0: return [f"{st} No. {R.randint(1,200)}, RT {rt}/RW {rw}", f"Kel. {kel}, Kec. {kec}", f"{c} {pc}"]
    if t == 1: return [f"Perum {pick(['Griya Asri', 'Bumi Indah', 'Taman Cibodas', 'Villa Mutiara'])} Blok {pick('ABCDEFG')}{R.randint(1,12)} No. {R.randint(1,40)}", f"RT {int(rt):02d} RW {int(rw):02d}, Desa {kel}, Kec. {kec}", f"Kab. Bogor, Jawa Barat {pc}"]
    if t == 2: return [f"{st} Gg. {pick(['Mawar', 'Melati', 'Kenanga', 'Haji Naim'])} No. {R.randint(1,60)}{pick(['', 'A', 'B'])}", f"RT.{int(rt)}/RW.{int(rw)} {kel}, {kec}", f"{c} {pc}"]
    return [f"Jl. Raya Ubud No. {R.randint(1,120)}, Banjar {pick(['Kalah', 'Tebesaya', 'Teges'])}", "Peliatan, Ubud, Gianyar, Bali 80571"]
def id_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = pick(["811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "881", "882", "895", "896", "897", "898"]) + dig(R.choice([7, 8]))
        return pick([f"+62 {n[:3]}-{n[3:7]}-{n[7:]}", f"0{n[:3]} {n[3:7]} {n[7:]}", f"0{n}", f"+62{n}", f"62{n}", f"0{n[:3]}-{n[3:7]}-{n[7:]}"])
    sc, n = pick([("21", dig(8)), ("31", dig(7)), ("361", dig(6)), ("22", dig(7))])
    return pick([f"({'0' + sc}) {n[:4]}-{n[4:]}", f"+62 {sc} {n[:4]} {n[4:]}", f"0{sc} {n[:3]} {n[3:]}"])

# ---- Malaysia
def my_name():
    r = R.random()
    if r < 0.45:
        m = chance(0.5)
        g = pick(["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Amirul Hakim", "Khairul Anuar"] if m else ["Nur Aisyah", "Siti Khadijah", "Nurul Ain", "Farah Hanim", "Aina Sofea"])
        f = pick(["Abdullah", "Ismail", "Omar", "Hassan", "Yusof", "Rahman", "Zakaria"])
        full = f"{g} {'bin' if m else 'binti'} {f}"
        if chance(0.2): full = f"{g} {'B.' if m else 'Bt.'} {f}"
        return Name(full, g.split()[-1] if g.split()[0] in ('Muhammad', 'Mohd', 'Nur', 'Siti', 'Nurul') else g.split()[0], f)
    if r < 0.75:
        f = pick(["Tan", "Lim", "Ong", "Chong", "Wong", "Lee", "Ng", "Teh"]); g = pick(["Wei Ling", "Chee Keong", "Mei Yee", "Kah Wai", "Jia Hui", "Boon Heng", "Siew Lan"])
        if chance(0.3):
            e = pick(["Jason", "Michelle", "Kelvin", "Grace", "Alvin"]); return Name(f"{e} {f} {g}", e, f)
        return Name(f"{f} {g}", g, f, parts=[g.replace(" ", ""), f])
    m = chance(0.5)
    g = pick(["Ravi", "Suresh", "Ganesan", "Prakash"] if m else ["Kavitha", "Malathi", "Thilaga", "Devi"])
    f = pick(["Krishnan", "Subramaniam", "Muniandy", "Arumugam", "Pillay"])
    return Name(f"{g} {'a/l' if m else 'a/p'} {f}", g, f)
MY_CITIES = ["Kuala Lumpur", "Petaling Jaya", "Shah Alam", "Johor Bahru", "George Town", "Ipoh", "Kota Kinabalu", "Kuching", "Melaka", "Seremban", "Klang", "Kuantan"]
def my_addr():
    t = R.randint(0, 3)
    if t == 0: return [f"No. {R.randint(1,80)}, Jalan SS {R.randint(1,26)}/{R.randint(1,40)}", f"47300 Petaling Jaya, Selangor"]
    if t == 1: return [f"{pick('ABC')}-{R.randint(1,25)}-{R.randint(1,12)}, Pangsapuri {pick(['Seri Mawar', 'Sri Cempaka', 'Vista Angkasa'])}", f"Jalan {pick(['Cheras', 'Ipoh', 'Klang Lama'])}, {pick(['56000', '51200', '58200'])} Kuala Lumpur"]
    if t == 2: return [f"{R.randint(2,90)}, Jalan {pick(['Mawar', 'Kenari', 'Bestari'])} {R.randint(1,9)}, Taman {pick(['Sri Andalas', 'Molek', 'Universiti', 'Bukit Indah'])}", f"{pick(['41200 Klang', '81200 Johor Bahru', '81300 Skudai'])}, {pick(['Selangor', 'Johor'])}"]
    return [f"{R.randint(2,120)} Lorong {pick(['Kelawei', 'Burma', 'Macalister'])}", "10250 George Town", "Pulau Pinang"]
def my_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        op = pick(["12", "13", "16", "17", "19", "11"]); n = dig(8 if op == "11" else 7)
        return pick([f"+60 {op}-{n[:3]} {n[3:]}", f"0{op}-{n[:3]} {n[3:]}", f"0{op}{n}", f"+60{op} {n[:3]} {n[3:]}", f"60{op}{n}", f"0{op} {n[:3]} {n[3:]}"])
    sc, n = pick([("3", dig(8)), ("4", dig(7)), ("7", dig(7))])
    return pick([f"0{sc}-{n[:4]} {n[4:]}", f"+60 {sc} {n[:4]} {n[4:]}", f"0{sc}-{n}"])

# ---- Philippines
PH_G = ["Maria Cristina", "Juan Paolo", "Ma. Lourdes", "Jose Mari", "Rowena", "Mark Anthony", "Kristine Joy", "Rodel", "Marites", "Angelica Mae", "Jericho", "Lovely", "Princess", "John Rey", "Rhea", "Arnel", "Mary Grace", "Reynaldo"]
PH_F = ["Dela Cruz", "Santos", "Reyes", "Villanueva", "Bautista", "Garcia", "Ramos", "Aquino", "Castillo", "Manalo", "Torres", "Navarro", "Macaraeg", "Lacson", "Mendoza", "Panganiban", "Dimaculangan", "Soriano", "Tolentino", "Magbanua"]
def ph_name():
    g = pick(PH_G); f = pick(PH_F)
    r = R.random()
    if r < 0.15:
        return Name(f"{g} {pick([x for x in PH_F if x != f])} {f}", g.split()[0] if not g.startswith("Ma.") else "Lourdes", f)
    if r < 0.27:
        sfx = pick(["Jr.", "III", "Sr."]); g = pick(["Romeo", "Ernesto", "Danilo", "Rogelio", "Ramon"])
        return Name(f"{g} {f} {sfx}", g, f)
    if r < 0.35:
        nick = pick(["Bong", "Jun", "Toto", "Dodong", "Bebeng"]); g = pick(["Ferdinand", "Eduardo", "Roberto", "Ricardo"])
        return Name(f"{g} '{nick}' {f}", g, f, call=nick)
    return Name(f"{g} {f}", g.split()[0] if not g.startswith("Ma.") else "Lourdes", f)
PH_CITIES = ["Quezon City", "Makati", "Pasig", "Cebu City", "Davao City", "Antipolo", "Caloocan", "Taguig", "Iloilo City", "Bacolod", "Cagayan de Oro", "Baguio", "Parañaque", "Tagum"]
def ph_addr():
    t = R.randint(0, 4)
    if t == 0: return [f"Blk {R.randint(1,40)} Lot {R.randint(1,30)}, Phase {R.randint(1,4)}, {pick(['Camella Homes', 'Deca Homes', 'Lessandra Heights'])}", f"Brgy. {pick(['San Isidro', 'Dela Paz', 'Mayamot'])}, Antipolo City, 1870 Rizal"]
    if t == 1: return [f"Unit {R.randint(2,40)}{R.randint(1,20):02d}, Tower {pick('ABC')}, {pick(['Avida Towers', 'SMDC Light Residences', 'Sorrento Oasis'])}", f"{R.randint(10,900)} Shaw Blvd, Brgy. Wack-Wack, Mandaluyong City 1550"]
    if t == 2: return [f"Purok {R.randint(1,7)}, Brgy. {pick(['Lahug', 'Guadalupe', 'Talamban', 'Mabolo'])}", f"Cebu City 6000"]
    if t == 3: return [f"#{R.randint(2,300)} Mabini St., Brgy. Poblacion", f"Tagum City, Davao del Norte 8100"]
    return [f"{R.randint(2,90)} {pick(['Kamuning Road', 'Maginhawa St.', 'Kalayaan Ave.'])}, Brgy. {pick(['Kamuning', 'Teachers Village East', 'Pinyahan'])}", f"Quezon City 11{dig(2)}, Metro Manila"]
def ph_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = "9" + pick(["17", "18", "27", "06", "55", "98", "15", "20"]) + dig(7)
        return pick([f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"+63{n}", f"(+63) {n[:3]}-{n[3:6]}-{n[6:]}"])
    sc, n = pick([("2", "8" + dig(7)), ("32", dig(7)), ("82", dig(7))])
    return pick([f"({'0' + sc}) {n[:4]} {n[4:]}", f"+63 {sc} {n[:4]} {n[4:]}", f"0{sc}-{n[:3]}-{n[3:]}"])

# ---- Vietnam
VN_F = ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng", "Hoàng", "Bùi", "Huỳnh", "Phan", "Đỗ", "Ngô"]
VN_M = ["Thị", "Văn", "Hoàng", "Thu", "Thanh", "Quốc", "Ngọc", "Đức", "Minh", "Thị Thanh"]
VN_G = ["Lan", "Hùng", "Minh", "Trang", "Tâm", "Bảo", "Ánh", "Anh", "Hương", "Dũng", "Phương", "Tuấn", "Linh", "Khoa", "Hạnh", "Nam"]
def vn_name(ascii_=False):
    f, m, g = pick(VN_F), pick(VN_M), pick(VN_G)
    full = f"{f} {m} {g}"
    if ascii_: full, f, g = fold(full), fold(f), fold(g)
    return Name(full, g, f, call=g, parts=[g, f])
VN_CITIES = ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Biên Hòa", "Nha Trang", "Huế"]
def vn_addr(ascii_=False):
    t = R.randint(0, 2)
    if t == 0: a = [f"Số {R.randint(2,90)}, ngõ {R.randint(10,200)} phố {pick(['Trần Duy Hưng', 'Kim Mã', 'Chùa Láng', 'Tôn Đức Thắng'])}", f"phường {pick(['Trung Hòa', 'Láng Thượng', 'Kim Mã'])}, quận {pick(['Cầu Giấy', 'Đống Đa', 'Ba Đình'])}, Hà Nội"]
    elif t == 1: a = [f"{R.randint(10,500)}/{R.randint(1,40)} {pick(['Nguyễn Thị Minh Khai', 'Lê Văn Sỹ', 'Cách Mạng Tháng Tám', 'Phan Xích Long'])}", f"Phường {R.randint(1,15)}, Quận {pick(['3', '10', 'Phú Nhuận', 'Tân Bình'])}, TP. Hồ Chí Minh"]
    else: a = [f"Tổ {R.randint(1,20)}, khu phố {R.randint(1,9)}, phường {pick(['Tân Phong', 'Tam Hiệp', 'Hố Nai'])}", "TP. Biên Hòa, Đồng Nai"]
    return [fold(x) for x in a] if ascii_ else a
def vn_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = pick(["90", "91", "98", "97", "93", "70", "86", "35", "88"]) + dig(7)
        return pick([f"+84 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}.{n[3:6]}.{n[6:]}", f"0{n}", f"+84{n}", f"0{n[:2]} {n[2:5]} {n[5:]}"])
    sc = pick(["28", "24"]); n = pick("36") + dig(7)
    return pick([f"({sc}) {n[:4]} {n[4:]}", f"0{sc} {n[:4]} {n[4:]}", f"+84 {sc} {n[:4]} {n[4:]}"])

# ---- Thailand
TH_NAMES = [("Somchai", "Jaidee", "สมชาย", "ใจดี"), ("Siriporn", "Wongsakul", "ศิริพร", "วงศ์สกุล"), ("Nattapong", "Srisuk", "ณัฐพงษ์", "ศรีสุข"),
            ("Kanokwan", "Charoenrat", "กนกวรรณ", "เจริญรัตน์"), ("Pimchanok", "Thongdee", "พิมพ์ชนก", "ทองดี"), ("Thanawat", "Boonmee", "ธนวัฒน์", "บุญมี"),
            ("Apinya", "Saetang", "อภิญญา", "แซ่ตั้ง"), ("Wichai", "Kaewmanee", "วิชัย", "แก้วมณี"), ("Supaporn", "Rattanakorn", "สุภาพร", "รัตนากร"), ("Kittisak", "Phromma", "กิตติศักดิ์", "พรหมมา")]
TH_NICK = ["Ploy", "Nong", "Bank", "Mint", "Beam", "Fern", "Golf", "Pui", "Toon", "Aom"]
def th_name(thai=False):
    g, f, gt, ft = pick(TH_NAMES)
    if thai: return Name(f"{gt} {ft}", gt, ft, call=gt, parts=[g, f])
    return Name(f"{g} {f}", g, f, call=pick(TH_NICK))
TH_CITIES = ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Hat Yai", "Pattaya", "Nakhon Ratchasima", "Udon Thani", "Nonthaburi"]
def th_addr(thai=False):
    if thai:
        t = R.randint(0, 1)
        if t == 0: return [f"{R.randint(10,199)}/{R.randint(1,99)} หมู่ {R.randint(1,12)} ต.หนองปรือ อ.บางละมุง", "จ.ชลบุรี 20150"]
        return [f"{R.randint(1,300)} ถนนนิมมานเหมินท์ ซอย {R.randint(1,17)} ต.สุเทพ", "อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200"]
    t = R.randint(0, 2)
    if t == 0: return [f"{R.randint(10,199)}/{R.randint(1,99)} Soi Sukhumvit {pick(['71', '49', '39', '101/1'])}", f"Khlong Tan Nuea, Watthana, Bangkok 10110"]
    if t == 1: return [f"{R.randint(1,300)}/{R.randint(1,30)} Moo {R.randint(1,12)}, Tambon Nong Prue", "Amphoe Bang Lamung, Chon Buri 20150"]
    return [f"{R.randint(1,99)} Nimmanhaemin Rd Soi {R.randint(1,17)}, Suthep", "Mueang Chiang Mai, Chiang Mai 50200"]
def th_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = pick("689") + dig(8)
        return pick([f"+66 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"0{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"+66{n}"])
    n = dig(7)
    return pick([f"02-{n[:3]}-{n[3:]}", f"+66 2 {n[:3]} {n[3:]}", f"053 {n[:3]} {n[3:6]}"])

# ---- Nigeria
NG_N = [("Adebayo", "Ogunleye"), ("Folasade", "Adeyemi"), ("Oluwaseun", "Balogun"), ("Temitope", "Akinola"), ("Chinedu", "Okafor"), ("Ngozi", "Eze"),
        ("Chukwuemeka", "Nwosu"), ("Adaeze", "Okonkwo"), ("Aminu Sani", "Bello"), ("Hadiza", "Abubakar"), ("Ibrahim Musa", "Danjuma"), ("Olumide", "Fashanu"),
        ("Funmilayo", "Oyelaran"), ("Ifeanyi", "Obi-Okoye"), ("Blessing", "Udoh"), ("Yetunde", "Bakare"), ("Kelechi", "Anyanwu"), ("Zainab", "Yusuf"), ("Tochukwu", "Eze-Nwankwo"), ("Aisha", "Garba")]
NG_NICK = {"Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Adaeze": "Ada", "Temitope": "Tope", "Olumide": "Mide", "Funmilayo": "Funmi", "Ifeanyi": "Ify", "Tochukwu": "Tochi", "Oluwafemi": "Femi"}
def ng_name():
    g, f = pick(NG_N)
    if chance(0.15):
        m = pick(["Oluwafemi", "Chiamaka", "Abiodun", "Nnamdi"])
        return Name(f"{g} {m} {f}", g, f, call=NG_NICK.get(g, g))
    return Name(f"{g} {f}", g, f, call=NG_NICK.get(g, g.split()[0]))
NG_CITIES = ["Lagos", "Abuja", "Ibadan", "Port Harcourt", "Enugu", "Kano", "Kaduna", "Benin City", "Abeokuta", "Owerri", "Uyo", "Jos"]
def ng_addr():
    t = R.randint(0, 4)
    if t == 0: return [f"Plot {R.randint(1,1500)}, {pick(['Adeola Odeku Street', 'Ahmadu Bello Way', 'Ajose Adeogun Street'])}", "Victoria Island, Lagos"]
    if t == 1: return [f"No. {R.randint(1,40)}, {pick(['Olorunsogo Close', 'Oduduwa Crescent', 'Ladipo Oluwole Street'])}, off Allen Avenue", f"{pick(['opposite GTBank', 'beside Mobil filling station', 'by Ikeja City Mall'])}, Ikeja, Lagos"]
    if t == 2: return [f"House {R.randint(1,80)}, {R.randint(1,7)}{pick(['rd', 'th'])} Avenue, Gwarinpa Estate", "Abuja, FCT 900108"]
    if t == 3: return [f"Flat {R.randint(1,12)}, Block {pick('ABCDE')}, Federal Housing Estate, Trans-Amadi", "Port Harcourt, Rivers State"]
    return [f"{R.randint(1,90)} Ogui Road, {pick(['near Holy Ghost Cathedral', 'behind Zenith Bank'])}", "Enugu, Enugu State"]
def ng_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "m", "l"])
    if kind == "m":
        n = pick(["803", "806", "813", "816", "703", "706", "802", "808", "812", "805", "809", "817", "903", "906"]) + dig(7)
        return pick([f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"+234 (0) {n[:3]} {n[3:6]} {n[6:]}", f"+234{n}", f"234{n}"])
    return pick([f"01-{nzdig(7)}", f"+234 9 {nzdig(3)} {dig(4)}", f"01 {nzdig(3)} {dig(4)}"])

# ---- Kenya
KE_N = [("Wanjiru", "Kamau"), ("Otieno", "Ochieng"), ("Achieng", "Odhiambo"), ("Kiprono", "Cheruiyot"), ("Chebet", "Jepkosgei"), ("Mwangi", "Njoroge"), ("Muthoni", "Wambui"),
        ("Kevin", "Omondi"), ("Faith", "Wanjiku"), ("Brian", "Kipchumba"), ("Mercy", "Atieno"), ("Hassan Abdi", "Mohamed"), ("Amina", "Said"), ("Grace", "Nyambura"),
        ("Dennis", "Mutua"), ("Esther", "Wairimu"), ("Collins", "Kiprotich"), ("Purity", "Mwende"), ("Samuel", "Kariuki"), ("Josephine", "Akinyi")]
def ke_name():
    g, f = pick(KE_N)
    if chance(0.2):
        m = pick(["Njeri", "Wangari", "Kibet", "Onyango", "Muthoni"]); return Name(f"{g} {m} {f}", g, f)
    return Name(f"{g} {f}", g, f)
KE_CITIES = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Nyeri", "Kitale", "Malindi", "Kakamega", "Kericho"]
def ke_addr():
    t = R.randint(0, 4)
    if t == 0:
        c, code = pick([("Nairobi", "00100"), ("Nairobi", "00200"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100"), ("Mombasa", "80100")])
        return [f"P.O. Box {R.randint(100,99999)}-{code}", c]
    if t == 1: return [f"Hse No. {R.randint(1,90)}, {pick(['Argwings Kodhek Rd', 'Lenana Rd', 'Ngong Rd'])}", "Kilimani, Nairobi"]
    if t == 2: return [f"Plot {R.randint(100,999)}/{R.randint(10,300)}, Thika Road", "Kasarani, Nairobi"]
    if t == 3: return [f"Apt {pick('ABCD')}{R.randint(1,9)}, {pick(['Riverside Gardens', 'Kileleshwa Court', 'Mvuli Heights'])}, {pick(['Riverside Drive', 'Mandera Rd', 'Mvuli Rd'])}", "Westlands, Nairobi"]
    return [f"House {R.randint(1,40)}, Links Road, Nyali", f"{pick(['next to Nyali Centre', 'opp. City Mall'])}, Mombasa"]
def ke_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "m", "l"])
    if kind == "m":
        n = pick(["710", "712", "722", "721", "733", "740", "790", "711", "115", "110", "111", "112", "701", "768", "757", "743", "727", "798"]) + dig(6)
        return pick([f"+254 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"254{n}", f"+254{n}", f"+254 {n[:3]} {n[3:6]} {n[6:]}"])
    return pick([f"+254 20 {dig(3)} {dig(4)}", f"020 {dig(3)} {dig(4)}", f"(020) {dig(7)}"])

# ---- Ghana
GH_N = [("Kwame", "Mensah"), ("Ama Serwaa", "Owusu"), ("Kofi", "Boateng"), ("Akosua Asantewaa", "Agyeman"), ("Yaw", "Darko"), ("Efua", "Ansah"), ("Kwabena", "Osei-Bonsu"),
        ("Abena", "Frimpong"), ("Selasi", "Agbeko"), ("Nii Armah", "Quaye"), ("Naa Adjeley", "Lamptey"), ("Kojo", "Appiah"), ("Adwoa", "Sarpong"), ("Kwesi", "Amponsah"), ("Esi", "Nkrumah-Boadu")]
def gh_name():
    g, f = pick(GH_N)
    return Name(f"{g} {f}", g.split()[0], f)
GH_CITIES = ["Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast", "Tema", "Ho", "Koforidua", "Sunyani"]
def gh_addr():
    t = R.randint(0, 3)
    gps = f"{pick(['GA', 'GE', 'AK', 'GT'])}-{R.randint(100,999)}-{R.randint(1000,9999)}"
    if t == 0: return [f"House No. {R.randint(1,60)}, {pick(['Osu Badu Street', 'Ring Road East', 'Nii Nortei Nyanchi St'])}", f"Dzorwulu, Accra ({gps})"]
    if t == 1: return [f"Plot {R.randint(1,40)}, Block {pick('ABCDE')}, Ahodwo", f"Kumasi, Ashanti Region"]
    if t == 2: return [f"P.O. Box {pick(['KN', 'CT', 'AN', 'OS'])} {R.randint(100,9999)}", f"{pick(['Kaneshie', 'Cantonments', 'Achimota', 'Osu'])}, Accra"]
    return [f"Hse No. {pick('CDE')}{R.randint(10,400)}/{R.randint(1,30)}, Nungua", f"Accra, GPS {gps}"]
def gh_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = pick(["24", "54", "55", "20", "50", "27", "26", "59"]) + dig(7)
        return pick([f"+233 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}{n[2]} {n[3:6]} {n[6:]}", f"0{n}", f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"+233 (0){n[:2]} {n[2:5]} {n[5:]}", f"233{n}"])
    n = dig(6)
    return pick([f"030 2{n[:2]} {n[2:]}", f"+233 302 {n[:3]} {n[3:]}", f"0322 0{n[:2]}{n[2:]}"])

# ---- South Africa
ZA_N = [("Thandiwe", "Nkosi"), ("Sipho", "Dlamini"), ("Lerato", "Mokoena"), ("Nomvula", "Mahlangu"), ("Johan", "van der Merwe"), ("Pieter", "du Plessis"), ("Anri", "le Roux"),
        ("Christo", "Janse van Rensburg"), ("Fatima", "Ebrahim"), ("Rajesh", "Naidoo"), ("Kagiso", "Molefe"), ("Ayanda", "Zulu"), ("Zanele", "Khumalo"), ("Marike", "de Villiers"), ("Bongani", "Ndlovu"), ("Karabo", "Sithole"), ("Riaan", "du Toit")]
def za_name():
    g, f = pick(ZA_N)
    return Name(f"{g} {f}", g, f)
ZA_CITIES = ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Soweto", "Gqeberha", "Bloemfontein", "Polokwane", "Stellenbosch", "East London", "Mbombela", "Pietermaritzburg"]
def za_addr():
    t = R.randint(0, 4)
    if t == 0: return [f"{R.randint(2,120)} {pick(['Jacaranda Street', 'Lynnwood Road', 'Rodericks Road'])}", f"Lynnwood, Pretoria, 0081"]
    if t == 1: return [f"Unit {R.randint(1,40)}, {pick(['Oakwood Villas', 'Bel Ombre', 'The Paddocks'])}", f"{R.randint(2,200)} Main Road, Claremont", "Cape Town, 7708"]
    if t == 2: return [f"Stand {R.randint(1000,9999)}, Zone {R.randint(1,6)}", "Diepkloof, Soweto, 1864"]
    if t == 3: return [f"PO Box {R.randint(10,9999)}", f"{pick(['Stellenbosch, 7599', 'Paarl, 7620', 'Durbanville, 7551'])}"]
    return [f"{R.randint(2,60)} {pick(['Kerkstraat', 'Hoofweg', 'Bosmanstraat'])}", f"{pick(['Paarl, 7646', 'Worcester, 6850', 'George, 6529'])}", "South Africa"]
def za_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = pick(["82", "83", "72", "71", "73", "79", "84", "60", "81"]) + dig(7)
        return pick([f"+27 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"+27{n}", f"+27 (0){n[:2]} {n[2:5]} {n[5:]}"])
    sc = pick(["11", "21", "12", "31"]); n = dig(7)
    return pick([f"0{sc} {n[:3]} {n[3:]}", f"(0{sc}) {n[:3]} {n[3:]}", f"+27 (0){sc} {n[:3]} {n[3:]}", f"+27 {sc} {n[:3]} {n[3:]}"])

# ---- Egypt
EG_N = [("Ahmed", "Mostafa Abdel-Rahman", "أحمد", "مصطفى عبد الرحمن"), ("Mona", "El-Sayed", "منى", "السيد"), ("Mohamed", "Ibrahim Hassan", "محمد", "إبراهيم حسن"),
        ("Yasmin", "Fawzy", "ياسمين", "فوزي"), ("Omar", "El-Sherif", "عمر", "الشريف"), ("Nourhan", "Adel", "نورهان", "عادل"), ("Karim", "Abdelaziz", "كريم", "عبد العزيز"),
        ("Heba", "Mahmoud", "هبة", "محمود"), ("Mahmoud", "Abou El-Naga", "محمود", "أبو النجا"), ("Salma", "Farouk", "سلمى", "فاروق"), ("Tarek", "Soliman", "طارق", "سليمان")]
def eg_name(arabic=False):
    g, f, ga, fa = pick(EG_N)
    if arabic: return Name(f"{ga} {fa}", ga, fa, parts=[g, f])
    return Name(f"{g} {f}", g, f)
EG_CITIES = ["Cairo", "Giza", "Alexandria", "Mansoura", "Tanta", "Port Said", "Assiut", "Hurghada", "Ismailia", "Zagazig"]
def eg_addr(arabic=False):
    if arabic:
        return pick([[f"{R.randint(2,60)} شارع التحرير، الدقي", "الجيزة"], [f"عمارة {R.randint(2,40)}، شقة {R.randint(1,20)}، شارع عباس العقاد", "مدينة نصر، القاهرة"], [f"{R.randint(2,90)} شارع فؤاد، محطة الرمل", "الإسكندرية"]])
    t = R.randint(0, 3)
    if t == 0: return [f"{R.randint(2,60)} Shehab Street, Mohandessin", "Giza 12411"]
    if t == 1: return [f"Apt {R.randint(1,20)}, {R.randint(1,9)}th floor, {R.randint(2,60)} El-Nozha St", "Heliopolis, Cairo 11361"]
    if t == 2: return [f"Villa {R.randint(1,300)}, 90th Street, Fifth Settlement", "New Cairo, Cairo"]
    return [f"Building {R.randint(1,40)}, Smouha", "Alexandria 21648"]
def eg_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = "1" + pick("0125") + dig(8)
        return pick([f"+20 {n[:2]} {n[2:6]} {n[6:]}", f"0{n[:2]} {n[2:6]} {n[6:]}", f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"+20{n}", f"00201{n[1:]}"])
    return pick([f"+20 2 {dig(4)} {dig(4)}", f"(02) {dig(4)} {dig(4)}", f"03 {dig(7)}"])

# ---- Morocco
MA_N = [("Youssef", "El Amrani", "يوسف", "العمراني"), ("Fatima Zahra", "Benjelloun", "فاطمة الزهراء", "بنجلون"), ("Mohamed", "Alaoui", "محمد", "العلوي"), ("Khadija", "Bennani", "خديجة", "بناني"),
        ("Hamza", "Tazi", "حمزة", "التازي"), ("Salma", "Idrissi", "سلمى", "الإدريسي"), ("Rachid", "Ouazzani", "رشيد", "الوزاني"), ("Imane", "Berrada", "إيمان", "برادة"), ("Abdelkader", "Ben Ali", "عبد القادر", "بن علي"), ("Ayoub", "Chraibi", "أيوب", "الشرايبي")]
def ma_name(arabic=False):
    g, f, ga, fa = pick(MA_N)
    if arabic: return Name(f"{ga} {fa}", ga, fa, parts=[g, f])
    return Name(f"{g} {f}", g, f)
MA_CITIES = ["Casablanca", "Rabat", "Marrakech", "Fès", "Tanger", "Agadir", "Meknès", "Oujda", "Kénitra", "Tétouan"]
def ma_addr(arabic=False):
    if arabic:
        return pick([[f"زنقة {pick(['واد سبو', 'المامونية', 'الحرية'])} رقم {R.randint(2,90)}، أكدال", "الرباط 10090"], [f"درب سيدي بولوقات رقم {R.randint(2,40)}، المدينة", "مراكش"], [f"إقامة الأمل، عمارة {R.randint(1,20)}، شقة {R.randint(1,30)}، شارع الزرقطوني", "الدار البيضاء 20000"]])
    t = R.randint(0, 2)
    if t == 0: return [f"Appt {R.randint(1,30)}, Imm. {R.randint(1,20)}, Résidence Al Amal, Bd Zerktouni", "Casablanca 20000"]
    if t == 1: return [f"{R.randint(2,90)} Rue Oued Sebou, Agdal", "Rabat 10090"]
    return [f"Derb Sidi Bouloukat n° {R.randint(2,40)}, Médina", "Marrakech 40000"]
def ma_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = pick("67") + dig(8)
        return pick([f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}-{n[3:]}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+212 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+212{n}"])
    n = dig(6)
    return pick([f"0522 {n[:2]} {n[2:4]} {n[4:]}", f"+212 5 37 {n[:2]} {n[2:4]} {n[4:]}", f"05 22 {n[:2]} {n[2:4]} {n[4:]}"])

# ---- Turkey
TR_N = [("Ayşe", "Yılmaz"), ("Mehmet", "Kaya"), ("Elif", "Demir"), ("Mustafa", "Şahin"), ("Zeynep", "Çelik"), ("Emre", "Aydın"), ("Fatma", "Öztürk"), ("Burak", "Arslan"),
        ("Selin", "Koç"), ("Hüseyin", "Doğan"), ("Gökhan", "Yıldız"), ("Esra", "Kurt"), ("Oğuzhan", "Erdem"), ("Büşra", "Aksoy"), ("Cem", "Özkan"), ("Derya", "Polat")]
def tr_name(ascii_=False):
    g, f = pick(TR_N)
    if chance(0.15):
        g = g + " " + pick(["Nur", "Can", "Gül", "Ali"])
    full = f"{g} {f}"
    if ascii_: full, g, f = fold(full), fold(g), fold(f)
    return Name(full, g.split()[0], f)
TR_CITIES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Adana", "Gaziantep", "Konya", "Trabzon", "Eskişehir", "Kayseri", "Mersin"]
def tr_addr(ascii_=False):
    t = R.randint(0, 2)
    if t == 0: a = [f"Caddebostan Mah. Bağdat Cad. No: {R.randint(1,400)} D: {R.randint(1,20)}", "34728 Kadıköy/İstanbul"]
    elif t == 1: a = [f"Atatürk Mah. {R.randint(100,900)}. Sok. No: {R.randint(1,60)} Kat: {R.randint(1,8)}", "06530 Çankaya/Ankara"]
    else: a = [f"Kazım Dirik Mah. {R.randint(100,900)} Sk. No: {R.randint(1,60)} D: {R.randint(1,20)}", "35100 Bornova/İzmir"]
    return [fold(x) for x in a] if ascii_ else a
def tr_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    if kind == "m":
        n = "5" + pick(["32", "33", "42", "05", "55", "30", "44", "36"]) + dig(7)
        return pick([f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}", f"0{n}", f"+90{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"])
    sc = pick(["212", "216", "312", "232"]); n = dig(7)
    return pick([f"0{sc} {n[:3]} {n[3:5]} {n[5:]}", f"+90 ({sc}) {n[:3]} {n[3:5]} {n[5:]}", f"0({sc}) {n}"])

# ---- Mexico / Colombia / Peru / Chile / Argentina
MX_G = ["María Guadalupe", "José Luis", "Ana Sofía", "Juan Carlos", "Alejandra", "Miguel Ángel", "Rocío", "Verónica", "Jesús", "Fernanda", "Ricardo", "Itzel", "Brenda", "Héctor"]
MX_F = ["Hernández", "López", "Ramírez", "Ortega", "Martínez", "Cruz", "Pérez", "Gómez", "Flores", "Reyes", "Torres", "Sánchez", "Jiménez", "Vargas", "Castañeda", "Ruiz", "Mendoza", "Aguilar"]
CO_G = ["Juan David", "Luisa Fernanda", "Andrés Felipe", "Valentina", "Carlos Mario", "Paola Andrea", "Jhon Jairo", "Leidy Johana", "Sebastián", "Daniela"]
CO_F = ["Restrepo", "Gómez", "Ospina", "Cardona", "Castaño", "Arango", "Mejía", "Zuluaga", "Rincón", "Londoño", "Quintero", "Vélez", "Montoya", "Salazar"]
PE_G = ["Rosa Elena", "Luis Alberto", "Carmen Rosa", "Milagros", "Percy", "Yessenia", "Wilfredo", "Gladys", "Edwin", "Roxana"]
PE_F = ["Quispe", "Mamani", "Huamán", "Flores", "Condori", "Vargas", "Ccori", "Ticona", "Choque", "Chávez", "Rojas", "Huaranga", "Apaza"]
CL_G = ["Camila Fernanda", "Matías Ignacio", "Javiera", "Cristóbal", "Francisca", "Benjamín", "Constanza", "Felipe Andrés", "Catalina", "Vicente"]
CL_F = ["Rojas", "Soto", "Muñoz", "Contreras", "Pérez", "Sepúlveda", "Silva", "Morales", "Araya", "González", "Fuentes", "Tapia", "Espinoza"]
AR_G = ["Martín", "Lucía", "Santiago", "Florencia", "Nicolás", "Agustina", "Mariano", "Carla", "Facundo", "Micaela", "Gonzalo", "Romina"]
AR_F = ["González", "Fernández", "Rodríguez", "Giménez", "Pereyra", "Romero", "Bianchi", "Lombardi", "Sosa", "Benítez", "Acosta", "Ferrari"]
def hisp_name(G, F, two=0.8):
    g = pick(G); f1 = pick(F); f2 = pick([x for x in F if x != f1])
    full = f"{g} {f1} {f2}" if chance(two) else f"{g} {f1}"
    return Name(full, g.split()[0], f1)
def mx_name(): return hisp_name(MX_G, MX_F)
def co_name(): return hisp_name(CO_G, CO_F)
def pe_name(): return hisp_name(PE_G, PE_F)
def cl_name(): return hisp_name(CL_G, CL_F)
def ar_name(): return hisp_name(AR_G, AR_F, two=0.15)
MX_CITIES = ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro", "Tijuana", "León", "Oaxaca", "Toluca", "Morelia", "Veracruz"]
CO_CITIES = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira", "Manizales"]
PE_CITIES = ["Lima", "Arequipa", "Cusco", "Trujillo", "Piura", "Chiclayo", "Huancayo", "Iquitos"]
CL_CITIES = ["Santiago", "Valparaíso", "Concepción", "Antofagasta", "La Serena", "Temuco", "Puerto Montt", "Viña del Mar"]
AR_CITIES = ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "Salta", "Tucumán", "Neuquén"]
def mx_addr():
    t = R.randint(0, 3)
    if t == 0: return [f"Calle Durango {R.randint(10,400)}, Int. {R.randint(1,12)}, Col. Roma Norte", "Alcaldía Cuauhtémoc, 06700 Ciudad de México, CDMX"]
    if t == 1: return [f"Av. Vallarta {R.randint(100,3000)}, Col. Americana", "44160 Guadalajara, Jal."]
    if t == 2: return [f"Priv. Las Palmas {R.randint(1,60)}, Fracc. Los Pinos", f"C.P. 648{dig(2)}, Monterrey, N.L."]
    return [f"Calle {pick(['60', '59', '62'])} No. {R.randint(100,700)} x {R.randint(40,70)} y {R.randint(41,71)}, Centro", "97000 Mérida, Yuc."]
def co_addr():
    t = R.randint(0, 2)
    if t == 0: return [f"Calle {R.randint(10,170)} # {R.randint(5,90)}-{R.randint(1,99)}, Apto {R.randint(1,20)}0{R.randint(1,4)}", "Barrio Teusaquillo, Bogotá D.C."]
    if t == 1: return [f"Carrera {R.randint(30,80)} No. {R.randint(10,60)}{pick(['', 'B', 'A'])}-{R.randint(1,99)}", "Laureles, Medellín, Antioquia"]
    return [f"Transversal {R.randint(1,9)} # {R.randint(5,30)}-{R.randint(1,60)}, Conjunto Los Almendros Casa {R.randint(1,40)}", "Cali, Valle del Cauca"]
def pe_addr():
    t = R.randint(0, 2)
    if t == 0: return [f"Av. Arequipa {R.randint(100,4000)}, Dpto. {R.randint(1,15)}0{R.randint(1,4)}", "Lince, Lima 15046"]
    if t == 1: return [f"Mz. {pick('ABCDEFGH')} Lt. {R.randint(1,30)}, Asoc. {pick(['Las Flores', 'Santa María', 'Los Jazmines'])}", "San Juan de Lurigancho, Lima 15434"]
    return [f"Calle Mercaderes {R.randint(100,400)}", "Cercado, Arequipa 04001"]
def cl_addr():
    t = R.randint(0, 2)
    if t == 0: return [f"Av. Providencia {R.randint(100,2900)}, Depto. {R.randint(10,160)}", "Providencia, Santiago"]
    if t == 1: return [f"Pasaje Los Aromos {R.randint(100,900)}, Villa Los Jardines", "Maipú, Región Metropolitana"]
    return [f"Los Carrera {R.randint(100,2000)}", "Concepción, Biobío"]
def ar_addr():
    t = R.randint(0, 2)
    if t == 0: return [f"Av. Corrientes {R.randint(100,6000)}, Piso {R.randint(1,14)} Depto. {pick('ABCDEF')}", f"C1{R.randint(0,4)}{R.randint(10,99)}AAE CABA"]
    if t == 1: return [f"Calle {R.randint(1,60)} N° {R.randint(100,2000)}", "B1900 La Plata, Buenos Aires"]
    return [f"Bv. Oroño {R.randint(100,2000)}", "S2000 Rosario, Santa Fe"]
def mx_phone(kind=None):
    kind = kind or pick(["m", "m", "l"])
    ac = pick(["55", "33", "81"]); n = dig(8)
    if kind == "m":
        return pick([f"+52 {ac} {n[:4]} {n[4:]}", f"{ac} {n[:4]} {n[4:]}", f"({ac}) {n[:4]}-{n[4:]}", f"+52 1 {ac} {n[:4]} {n[4:]}", f"{ac}{n}", f"044 {ac} {n[:4]} {n[4:]}"])
    ac3 = pick(["222", "999", "442"]); n = dig(7)
    return pick([f"({ac3}) {n[:3]} {n[3:]}", f"+52 {ac3} {n[:3]} {n[3:]}", f"01 {ac3} {n[:3]} {n[3:]}"])
def co_phone(kind=None):
    kind = kind or pick(["m", "m", "l"])
    if kind == "m":
        n = "3" + pick(["00", "01", "10", "12", "15", "20", "22"]) + dig(7)
        return pick([f"+57 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n, f"({n[:3]}) {n[3:6]}-{n[6:]}", f"+57{n}"])
    sc = pick(["601", "604", "602"]); n = dig(7)
    return pick([f"+57 ({sc}) {n[:3]} {n[3:]}", f"{sc} {n[:3]} {n[3:]}", f"({sc}) {n[:3]}-{n[3:]}"])
def pe_phone(kind=None):
    kind = kind or pick(["m", "m", "l"])
    if kind == "m":
        n = "9" + dig(8)
        return pick([f"+51 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+51{n}"])
    n = dig(7)
    return pick([f"(01) {n[:3]}-{n[3:]}", f"+51 1 {n[:3]} {n[3:]}", f"01-{n}"])
def cl_phone(kind=None):
    kind = kind or pick(["m", "m", "l"])
    if kind == "m":
        n = dig(8)
        return pick([f"+56 9 {n[:4]} {n[4:]}", f"9 {n[:4]} {n[4:]}", f"+569{n}", f"09-{n}", f"9{n[:4]} {n[4:]}"])
    n = dig(8)
    return pick([f"(2) 2{n[1:4]} {n[4:]}", f"+56 2 2{n[1:4]} {n[4:]}", f"22{n[2:5]} {n[5:]}"])
def ar_phone(kind=None):
    kind = kind or pick(["m", "m", "l"])
    if kind == "m":
        n = dig(8)
        return pick([f"+54 9 11 {n[:4]}-{n[4:]}", f"11 {n[:4]}-{n[4:]}", f"011 15-{n[:4]}-{n[4:]}", f"(0351) 15 {n[:3]}-{n[3:7]}", f"+5491{1}{n}", f"15-{n[:4]}-{n[4:]}"])
    n = dig(8)
    return pick([f"+54 11 {n[:4]}-{n[4:]}", f"(011) {n[:4]}-{n[4:]}", f"4{n[1:4]}-{n[4:]}"])

# ---- Brazil
BR_G = ["Ana Paula", "João Pedro", "Maria Eduarda", "Lucas", "Beatriz", "Rafael", "Francisca das Chagas", "José Carlos", "Thiago", "Juliana", "Luiz Fernando", "Camila", "Gabriel", "Larissa", "Antônio", "Raimunda"]
BR_F = ["Souza", "Oliveira", "Santos", "Ferreira da Silva", "Costa Lima", "Almeida", "Pereira", "dos Santos", "Nascimento", "Ribeiro", "Carvalho", "Araújo", "Barbosa", "Rocha", "Gonçalves", "Moreira"]
def br_name():
    g = pick(BR_G); f = pick(BR_F)
    r = R.random()
    if r < 0.12: return Name(f"{g} {f} {pick(['Filho', 'Neto', 'Júnior'])}", g.split()[0], f)
    if r < 0.35:
        f2 = pick(BR_F); return Name(f"{g} {f2} {f}", g.split()[0], f)
    return Name(f"{g} {f}", g.split()[0], f)
BR_CITIES = ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Recife", "Fortaleza", "Curitiba", "Porto Alegre", "Manaus", "Belém", "Goiânia", "Campinas", "Brasília", "Natal"]
def br_addr():
    t = R.randint(0, 4)
    if t == 0: return [f"Rua das Laranjeiras, {R.randint(10,500)}, apto {R.randint(1,12)}0{R.randint(1,4)}", f"Laranjeiras, Rio de Janeiro - RJ, 22240-0{dig(2)}"]
    if t == 1: return [f"Av. Paulista, {R.randint(100,2500)}, conj. {R.randint(1,200)}", f"Bela Vista, São Paulo/SP, CEP 01310-{dig(3)}"]
    if t == 2: return [f"Rua Sete de Setembro, {R.randint(10,2000)}, Centro", f"Curitiba - PR, 80060-{dig(3)}"]
    if t == 3: return [f"SQS {pick(['308', '104', '412'])} Bloco {pick('ABCDEFGHJK')} Apto {R.randint(1,6)}0{R.randint(1,8)}, Asa Sul", f"Brasília - DF, 70{dig(3)}-{dig(3)}"]
    return [f"Rua {pick(['Manoel Borba', 'da Hora', 'do Futuro'])}, {R.randint(10,900)}, casa {R.randint(1,9)}, {pick(['Boa Vista', 'Espinheiro', 'Graças'])}", f"Recife - PE, 5{R.randint(0,2)}0{dig(2)}-{dig(3)}"]
def br_phone(kind=None):
    kind = kind or pick(["m", "m", "m", "l"])
    ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"])
    if kind == "m":
        n = "9" + dig(8)
        return pick([f"+55 {ddd} {n[:5]}-{n[5:]}", f"({ddd}) {n[:5]}-{n[5:]}", f"{ddd}{n}", f"({ddd}) {n[0]} {n[1:5]}-{n[5:]}", f"+55{ddd}{n}", f"0xx{ddd} {n[:5]}-{n[5:]}", f"{ddd} {n[:5]} {n[5:]}"])
    n = pick("2345") + dig(7)
    return pick([f"({ddd}) {n[:4]}-{n[4:]}", f"+55 ({ddd}) {n[:4]}-{n[4:]}", f"{ddd} {n[:4]}-{n[4:]}"])

# ---- keep people distinct inside one sample
CUR = set()
def _uniq(fn):
    def w(*a, **k):
        for _ in range(40):
            n = fn(*a, **k)
            key = {n.full, "g:" + n.given, "c:" + n.call}
            if not (key & CUR):
                break
        CUR.update(key)
        return n
    return w
for _fn in ["in_name", "pk_name", "bd_name", "lk_name", "id_name", "my_name", "ph_name", "vn_name", "th_name", "ng_name", "ke_name", "gh_name", "za_name", "eg_name", "ma_name", "tr_name", "mx_name", "co_name", "pe_name", "cl_name", "ar_name", "br_name"]:
    globals()[_fn] = _uniq(globals()[_fn])

C = {
 "IN": dict(name=in_name, addr=in_addr, phone=in_phone, towns=[c[0] for c in IN_CITIES], dom=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"]),
 "PK": dict(name=pk_name, addr=pk_addr, phone=pk_phone, towns=PK_CITIES, dom=["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]),
 "BD": dict(name=bd_name, addr=bd_addr, phone=bd_phone, towns=BD_CITIES, dom=["gmail.com", "yahoo.com", "outlook.com"]),
 "LK": dict(name=lk_name, addr=lk_addr, phone=lk_phone, towns=LK_CITIES, dom=["gmail.com", "yahoo.com", "sltnet.lk"]),
 "ID": dict(name=id_name, addr=id_addr, phone=id_phone, towns=ID_TOWNS, dom=["gmail.com", "yahoo.co.id", "ymail.com"]),
 "MY": dict(name=my_name, addr=my_addr, phone=my_phone, towns=MY_CITIES, dom=["gmail.com", "yahoo.com.my", "hotmail.my"]),
 "PH": dict(name=ph_name, addr=ph_addr, phone=ph_phone, towns=PH_CITIES, dom=["gmail.com", "yahoo.com.ph", "yahoo.com"]),
 "VN": dict(name=lambda: vn_name(True), addr=lambda: vn_addr(True), phone=vn_phone, towns=["Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho", "Nha Trang"], dom=["gmail.com", "yahoo.com.vn"]),
 "TH": dict(name=th_name, addr=th_addr, phone=th_phone, towns=TH_CITIES, dom=["gmail.com", "hotmail.com", "outlook.co.th"]),
 "NG": dict(name=ng_name, addr=ng_addr, phone=ng_phone, towns=NG_CITIES, dom=["gmail.com", "yahoo.com", "outlook.com"]),
 "KE": dict(name=ke_name, addr=ke_addr, phone=ke_phone, towns=KE_CITIES, dom=["gmail.com", "yahoo.com", "outlook.com"]),
 "GH": dict(name=gh_name, addr=gh_addr, phone=gh_phone, towns=GH_CITIES, dom=["gmail.com", "yahoo.com"]),
 "ZA": dict(name=za_name, addr=za_addr, phone=za_phone, towns=ZA_CITIES, dom=["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"]),
 "EG": dict(name=eg_name, addr=eg_addr, phone=eg_phone, towns=EG_CITIES, dom=["gmail.com", "yahoo.com", "hotmail.com"]),
 "MA": dict(name=ma_name, addr=ma_addr, phone=ma_phone, towns=MA_CITIES, dom=["gmail.com", "menara.ma", "hotmail.fr"]),
 "TR": dict(name=lambda: tr_name(True), addr=lambda: tr_addr(True), phone=tr_phone, towns=["Istanbul", "Ankara", "Izmir", "Bursa", "Antalya", "Gaziantep"], dom=["gmail.com", "hotmail.com", "yandex.com"]),
 "MX": dict(name=mx_name, addr=mx_addr, phone=mx_phone, towns=MX_CITIES, dom=["gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx"]),
 "CO": dict(name=co_name, addr=co_addr, phone=co_phone, towns=CO_CITIES, dom=["gmail.com", "hotmail.com", "outlook.com"]),
 "PE": dict(name=pe_name, addr=pe_addr, phone=pe_phone, towns=PE_CITIES, dom=["gmail.com", "hotmail.com"]),
 "CL": dict(name=cl_name, addr=cl_addr, phone=cl_phone, towns=CL_CITIES, dom=["gmail.com", "hotmail.com", "vtr.net"]),
 "AR": dict(name=ar_name, addr=ar_addr, phone=ar_phone, towns=AR_CITIES, dom=["gmail.com", "hotmail.com", "yahoo.com.ar"]),
 "BR": dict(name=br_name, addr=br_addr, phone=br_phone, towns=BR_CITIES, dom=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"]),
}
def person(cc): return C[cc]["name"]()
def addr(cc, sep=", "): return sep.join(C[cc]["addr"]())
def phone(cc, kind=None): return C[cc]["phone"](kind)
def town(cc): return pick(C[cc]["towns"])
def mail(cc, n): return email_for([n.parts[0] or n.given, n.parts[-1] or n.family], C[cc]["dom"])
def corp_mail(n, dom):
    g = re.sub(r"[^a-z]", "", fold(n.given.split()[0]).lower()); f = re.sub(r"[^a-z]", "", fold(n.family.split()[-1]).lower())
    return pick([f"{g}.{f}@{dom}", f"{g[0]}{f}@{dom}", f"{g}@{dom}"])
def digits_only(s): return re.sub(r"\D", "", s)

# ---------------------------------------------------------------- helpers for texts
KINDS = []
def kind(name, lang, n, nopii=False):
    def deco(fn):
        KINDS.append((name, lang, n, fn, nopii))
        return fn
    return deco

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def d_long(): return f"{pick(DOW)}, {R.randint(1,28)} {pick(MON)} 2025"
def hhmm(): return f"{R.randint(0,23):02d}:{R.randint(0,59):02d}"
def d_dmy(sep="/"): return f"{R.randint(1,28):02d}{sep}{R.randint(1,12):02d}{sep}2025"
def d_iso(): return f"2025-{R.randint(1,12):02d}-{R.randint(1,28):02d}"
def ts_iso(): return f"{d_iso()}T{hhmm()}:{R.randint(0,59):02d}.{R.randint(0,999):03d}Z"
def tkt(prefix="", n=6): return prefix + nzdig(n)
def ampm(): return f"{R.randint(1,12)}:{R.randint(0,59):02d}{pick([' AM', ' PM', ' am', ' pm', 'am'])}"

# ================================================================ ENGLISH
@kind("quoted_reply_chain_bpo_refund_in", "en", 5)
def k_quoted_bpo():
    c = person("IN"); a1 = person("IN"); a2 = person("IN")
    ce = mail("IN", c); dom = pick(["care.swiftkartsupport.in", "help.zippmart.co.in", "support.ekartzone.in"])
    ae, ae2 = corp_mail(a1, dom), corp_mail(a2, dom)
    ph = phone("IN", "m"); ag_ph = f"1800-{dig(3)}-{dig(4)}"
    oid = "OD" + dig(15)
    b = Builder()
    sig1 = lambda: b.f("\n> > Regards,\n> > ${n}\n> > Escalations Desk | Ph: ${p}\n", n=P(a1.full), p=T(ag_ph))
    b.f("Subject: RE: RE: Refund not received for order ${o}\n\nHi ${g},\n\nI checked with finance - the reversal of Rs 4,299 was initiated to the original card on ${d}. Please allow 5-7 working days. Ticket moved to 'Pending - Bank'.\n\nThanks & Regards\n${a}\nCustomer Experience\n\n",
        o=oid, g=P(c.given), d=d_dmy(), a=P(a2.full))
    b.f("> On ${d}, ${n} <${e}> wrote:\n> It has been 12 days!! nobody calls back. my number is ${p} , call after 6pm only.\n> i will go to consumer forum\n>\n", d=d_long() + " at " + ampm(), n=P(c.full), e=E(ce), p=T(ph))
    b.f("> > On ${d}, ${n} <${e}> wrote:\n> > Dear ${g},\n> > We regret the inconvenience. Your refund request is under process.\n", d=d_long(), n=P(a1.full), e=E(ae), g=P(c.given if chance(.5) else c.full))
    sig1()
    if chance(0.6):
        b.f("> > >\n> > > ---------- Forwarded message ---------\n> > > From: ${n} <${e}>\n> > > Date: ${d}\n> > > pls share update on ${o}\n", n=P(c.full), e=E(ce), d=d_long(), o=oid)
    else:
        b.f("> >\n> > ${n}\n> > Escalations Desk | Ph: ${p}\n", n=P(a1.full), p=T(ag_ph))
    return b

@kind("fwd_header_stack_ofw_allotment_ph", "en", 5)
def k_fwd_ofw():
    ofw = person("PH"); wg = pick(["Maria Cristina", "Ma. Lourdes", "Rowena", "Kristine Joy", "Marites", "Angelica Mae", "Lovely", "Mary Grace", "Rhea"]); wife = Name(f"{wg} {ofw.family}", wg.split()[0] if not wg.startswith("Ma.") else "Lourdes", ofw.family); hr = Name(f"{pick(['Rashid', 'Faisal', 'Omar', 'Priya', 'Joseph'])} {pick(['Al Mansoori', 'Khalifa', 'Thomas', 'Menon', 'Al Hashimi'])}", "", "")
    hr = Name(hr.full, hr.full.split()[0], hr.full.split(" ", 1)[1])
    ib = iban(pick(["AE", "SA"]))
    ph_ae = f"+971 {pick(['50', '52', '55', '56'])} {dig(3)} {dig(4)}"
    b = Builder()
    disp = f"{ofw.family}, {ofw.given}"
    b.f("---------- Forwarded message ---------\nFrom: ${hr} <${hre}>\nDate: ${d}\nSubject: FW: Salary allotment - change of beneficiary\nTo: \"${disp}\" <${oe}>\nCc: ${pg}, ${w} <${we}>\n\n",
        hr=P(hr.full), pg=E("payroll-gulf@alnoorfm.example"), hre=E(corp_mail(hr, "alnoorfm.example")), d=d_long(), disp=P(disp), oe=E(mail("PH", ofw)), w=P(wife.full), we=E(mail("PH", wife)))
    b.f("Dear ${g},\n\nPlease confirm the account below for your monthly allotment. We cannot process the change without your signature on the attached form.\n\nIBAN: ${ib}\nBeneficiary: ${w2}\nAddress: ${ad}\nMobile (PH): ${wp}\n\nFor queries call HR at ${hp}.\n\n",
        g=P(ofw.given), ib=IB(ib), w2=P(wife.full.upper() if chance(.5) else wife.full), ad=A(addr("PH")), wp=T(phone("PH", "m")), hp=T(ph_ae))
    b.f("-----Original Message-----\nFrom: ${o} [mailto:${oe}]\nSent: ${d}\nhi sir pls change my allotment to my wife ${w} acct, she is in ${t} now. thank you po\n\nSent from my Huawei phone",
        o=P(ofw.full), oe=E(mail("PH", ofw)), d=d_long(), w=P(wife.given), t=L(town("PH")))
    return b

@kind("helpdesk_field_dump_solar_paygo_ke", "en", 5)
def k_solar_ke():
    c = person("KE"); ag = person("KE"); tech = person("KE")
    b = Builder()
    ph = phone("KE", "m")
    b.f("Ticket #${t}\nStatus: Open | Priority: High | Group: Field Ops - ${reg}\nRequester: ${n}\nRequester phone: ${p}\nAlt contact: ${p2} (${rel})\nCustom field [county]: ${cty}\nCustom field [install_addr]: ${ad}\nCustom field [device_serial]: SHS-${ser}\nTags: paygo_lock, token_not_working, sla_48h\n\n--- Internal note (${ag}) ${dt}\ncx says token from *${sc}# not unlocking the panel. paid via paybill 5${pb}, acc no ${acc}. checked - payment hit at ${tm} but device still locked. assigned ${te} to visit.\n",
        t=tkt("", 7), reg=pick(["Western", "Nyanza", "Rift"]), n=P(c.full), p=T(ph), p2=T(phone("KE", "m")), rel=pick(["son", "wife", "neighbour", "brother"]),
        cty=L(pick(["Kisumu", "Kakamega", "Bungoma", "Siaya", "Nakuru", "Kericho"])), ad=A(addr("KE")), ser=dig(8), ag=P(ag.full), dt=d_iso() + " " + hhmm(),
        sc=R.randint(100, 899), pb=dig(5), acc=T(digits_only(ph) if not ph.startswith("+") else "0" + digits_only(ph)[3:]), tm=hhmm(), te=P(tech.given))
    b.f("\n--- Public reply\nHi ${g}, our technician ${te} will call you from ${tp} before coming. Kindly keep the panel accessible.\n", g=P(c.given), te=P(tech.full), tp=T(phone("KE", "m")))
    return b

@kind("macro_unresolved_placeholders_ng", "en", 4)
def k_macro_ng():
    c = person("NG"); ag = person("NG")
    b = Builder()
    lines = pick([0, 1])
    b.f("[Macro: DELIVERY_RESCHEDULE_v3] applied by ${ag} at ${tm}\n\nHello ${g},\n\nThank you for reaching out to {{company_name}}. We are sorry your order {{order_id}} could not be delivered to ${ad}.\n\n",
        ag=P(ag.full), tm=hhmm(), g=P(c.given if chance(.5) else c.call), ad=A(addr("NG")))
    b.f("Our rider will call you on ${p} between {{slot_start}} and {{slot_end}}. If you are not available, please share an alternative number or drop-off point (e.g. security post, shop nearby).\n\nWarm regards,\n{{agent_first_name}}\n", p=T(phone("NG", "m")))
    b.f("\n-- agent edit -- removed 'Dear Valued Customer', added alt no ${p2} as requested by ${rel} ${rn}. Customer wants delivery before ${dd}, NOT at ${lm}.\n",
        p2=T(phone("NG", "m")), rel=pick(["her brother", "his wife", "the customer's PA"]), rn=P(person("NG").given), dd=pick(["Friday", "the weekend", "month end"]), lm=pick(["Shoprite", "the church", "the office"]))
    return b

@kind("mpesa_reversal_notes_lowercase_ke", "en", 5)
def k_mpesa_notes():
    c = person("KE"); wrong = person("KE")
    ph = phone("KE", "m"); ph2 = phone("KE", "m")
    b = Builder()
    b.f("${tm} inbound - cx ${n} frm ${t}. sent ksh ${amt} to wrong no ${w} (${wn}) instead of ${p2}. txn ref ${ref}. ",
        tm=hhmm(), n=P(c.full.lower()), t=L(town("KE").lower() if chance(.5) else town("KE")), amt=pick(["2,500", "7,800", "15,000", "450"]), w=T(ph2), wn=P(wrong.full.upper()),
        p2=T(phone("KE", "m")), ref="S" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)))
    b.f("advised reversal takes upto 48h. recipient ${wg} reached on ${w2}, says will not reverse, money already withdrawn at agent in ${tw}. escalated tier2. cx id verified, dob ok.\ncb no: ${cb} after 5pm. cx v angry, threatened to go to twitter.\n",
        wg=P(wrong.given.lower()), w2=T(ph2.replace(" ", "")), tw=L(town("KE")), cb=T(ph))
    return b

@kind("rider_group_wa_export_lagos", "en", 5)
def k_rider_wa():
    disp = person("NG"); r1 = person("NG"); r2 = person("NG"); c1 = person("NG"); c2 = person("NG")
    b = Builder()
    d = f"{R.randint(1,28)}/{R.randint(1,12):02d}/2025"
    b.f("[${d}, 07:${m1}:11] ${dn}: Morning team. Pickups today at Ikeja hub. ${r1} you take Lekki side, ${r2} Surulere/Yaba.\n", d=d, m1=f"{R.randint(0,59):02d}", dn=P(disp.full), r1=P(r1.call), r2=P(r2.call))
    b.f("[${d}, 09:${m}:40] ${r1}: Oga the customer at ${ad} not picking call\n", d=d, m=f"{R.randint(10,59):02d}", r1=P(r1.full), ad=A(addr("NG")))
    b.f("[${d}, 09:${m}:02] ${dn}: Try this other number ${p}, na her relative ${cn}\n", d=d, m=f"{R.randint(10,59):02d}", dn=P(disp.full), p=T(phone("NG", "m")), cn=P(c1.given))
    b.f("[${d}, 10:${m}:57] ${r2}: ‎<attached: 00000${x}-PHOTO-2025.jpg>\n[${d}, 10:${m}:59] ${r2}: Delivered to ${c2}, gateman collected. He said make una call ${p2} next time\n",
        d=d, m=f"{R.randint(10,59):02d}", x=R.randint(10, 99), r2=P(r2.full), c2=P(c2.full), p2=T(phone("NG", "m")))
    b.f("[${d}, 11:02:13] ${dn}: ‎This message was deleted\n[${d}, 11:05:30] ${x}: Abeg who get Mr ${cf} number, the one for Gwarinpa\n", d=d, dn=P(disp.full), x=T(f"+234 {pick(['803', '706', '813', '905', '816'])} {dig(3)} {dig(4)}"), cf=P(c1.family))
    return b

@kind("momo_agent_sms_outbox_gh", "en", 4)
def k_momo_gh():
    b = Builder()
    ag = person("GH")
    b.f("EXPORT sms_outbox agent_id=AGT${a} branch=${br} rows=4\n", a=dig(5), br=L(town("GH")))
    for i in range(4):
        n = person("GH"); p = phone("GH", "m")
        t = R.randint(0, 2)
        ref = dig(11)
        if t == 0:
            b.f("${ts}|${to}|Cash In of GHS ${amt} to ${n} successful. Trans ID: ${r}. Agent: ${ag}. Fee GHS 0.00\n", ts=f"{d_iso()} {hhmm()}", to=T(p), amt=f"{R.randint(20,2500)}.00", n=P(n.full.upper()), r=ref, ag=P(ag.full))
        elif t == 1:
            b.f("${ts}|${to}|Dear ${n}, your withdrawal of GHS ${amt} is pending. Dial *170# to approve. Ref ${r}\n", ts=f"{d_iso()} {hhmm()}", to=T(p), n=P(n.given), amt=R.randint(20, 900), r=ref)
        else:
            o = person("GH")
            b.f("${ts}|${to}|Payment received for GHS ${amt} from ${o} ${op}. Current Balance: GHS ${bal}. Reference: ${msg}\n", ts=f"{d_iso()} {hhmm()}", to=T(p), amt=R.randint(20, 900), o=P(o.full.upper()), op=T(phone("GH", "m")), bal=f"{R.randint(1,9000)}.{dig(2)}", msg=pick(["rent", "school fees", "chop money", "for mama"]))
    return b

@kind("ocr_county_rates_demand_ke", "en", 4)
def k_rates_ocr():
    c = person("KE"); off = person("KE")
    b = Builder(noise=ocr_noise(0.08))
    county = pick(["NAIROBI CITY COUNTY", "COUNTY GOVERNMENT OF KIAMBU", "NAKURU COUNTY"])
    b.f("${cty}\nREVENUE DEPARTMENT - LAND RATES\n\nDEMAND NOTICE                 Ref: LR/${r}/2025\n\nTo: ${n}\n${ad}\n\nPlot No. ${plot}         Rateable value: KES ${rv}\n\nTAKE NOTICE that land rates and ac-\ncumulated penalties amounting to KES ${amt} remain unpaid in re-\nspect of the above property. Payment should be made within thirty (30) days via the county paybill, account no. LR${plot2}.\n\n",
        cty=county, r=dig(5), n=P(c.full.upper()), ad=A("\n".join(C["KE"]["addr"]())), plot=f"{dig(3)}/{dig(4)}", rv=f"{R.randint(100,900)},000", amt=f"{R.randint(10,200)},{dig(3)}", plot2=dig(6))
    b.f("Enquiries: ${o}, Rates Office, tel ${p}\n\n   ______________________\n   for: COUNTY REVENUE OFFICER\n", o=P(off.full), p=T(phone("KE", "l")))
    return b

@kind("ocr_gas_connection_transfer_in", "en", 4)
def k_gas_ocr():
    old = person("IN"); new = person("IN")
    b = Builder(noise=ocr_noise(0.07))
    ad = C["IN"]["addr"]()
    b.f("FORM - TRANSFER OF LPG CONNECTION (Domestic)\nDistributor: ${dist} Gas Service      Consumer No: ${cn}\n\n1. Name of existing consumer: ${o}\n2. Name of transferee:${n}${so} ${f}\n3. Address of installation: ${ad}\n4. Mobile No. (transferee): ${p}\n5. e-mail: ${e}\n",
        dist=pick(["Shri Balaji", "Jai Ambe", "Sai Ram", "Ganga"]), cn=dig(6), o=P(old.full.upper()), n=P(new.full.upper()), so=pick(["S/o", "D/o", "W/o"]), f=P(person("IN").full.upper()), ad=A(" ".join(ad)), p=T(phone("IN", "m")), e=E(mail("IN", new)))
    b.f("\nReason for transfer: ${r}\n\nI hereby declare that the informa-\ntion furnished above is true.\n\nSignature of transferee            Place: ${pl}     Date: ${d}\n",
        r=pick(["death of father", "shifting to new flat", "family partition", "consumer relocated abroad"]), pl=L(pick(["Pune", "Hyderabad", "Jaipur", "Lucknow", "Kochi"])), d=d_dmy("."))
    return b

@kind("html_td_consignee_table_my_ph", "en", 5)
def k_html_td():
    cc = pick(["MY", "PH"])
    b = Builder()
    b.raw('<table class="manifest" border="1">\n<tr><th>AWB</th><th>Consignee</th><th>Address</th><th>Contact</th><th>COD</th></tr>\n')
    for i in range(R.randint(2, 3)):
        n = person(cc); ad = C[cc]["addr"]()
        sep = pick(["<br>", "<br/>", ", "])
        b.f('<tr><td>${awb}</td><td>${n}</td><td>${ad}</td><td>${p}</td><td>${cod}</td></tr>\n', awb=pick(["MY", "PH", "LX"]) + dig(10), n=P(n.full), ad=A(sep.join(ad)), p=T(phone(cc, "m")), cod=pick(["RM 89.00", "PHP 1,250", "-", "PHP 499", "RM 0"]))
    b.raw('</table>\n<p style="font-size:10px">Generated by WMS-Lite &mdash; ' + d_iso() + ' ' + hhmm() + '. Rider: ')
    b.f("${r}</p>", r=P(person(cc).full))
    return b

@kind("markdown_outage_ticket_paste_za", "en", 5)
def k_md_za():
    c = person("ZA"); ag = person("ZA")
    b = Builder()
    b.f("### Fibre down after load-shedding - ${t}\n\n**Customer:** ${n}  \n**Service address:** ${ad}  \n**Contact:** ${p} / ${e}  \n**CPE WAN IP:** `${ip}`\n\n",
        t=tkt("INC", 7), n=P(c.full), ad=A(addr("ZA")), p=T(phone("ZA", "m")), e=E(mail("ZA", c)), ip=IP(ipv4(False)))
    b.f("#### Steps\n1. Power restored ${tm}, ONT LOS light red\n2. Asked client to reseat patch lead - no change\n3. <del>Remote reboot</del> not possible, mgmt IP `${mip}` unreachable\n\n> _${ag}_: client works from home in ${tw}, needs it for Teams calls. Booked tech for tomorrow 08:00-12:00, client's partner ${pn} will be home (${pp}).\n",
        tm=hhmm(), mip=IP(ipv4(True)), ag=P(ag.full), tw=L(pick(["Centurion", "Durbanville", "Randburg", "Umhlanga", "Midrand"])), pn=P(person("ZA").given), pp=T(phone("ZA", "m")))
    return b

@kind("nginx_post_body_lending_app_ph", "en", 5)
def k_nginx_post():
    from urllib.parse import quote_plus
    n = person("PH"); ref = person("PH")
    b = Builder()
    ip = ipv4(False)
    ph = phone("PH", "m"); e = mail("PH", n); ad = addr("PH")
    enc = lambda s: quote_plus(s)
    b.f("${ip} - - [${d}:${tm} +0800] \"POST /api/v2/loan/apply HTTP/1.1\" 200 512 \"-\" \"okhttp/4.9.2\" rt=0.${rt}\nbody: ",
        ip=IP(ip), d=f"{R.randint(1,28):02d}/{pick(MON)}/2025", tm=hhmm() + f":{R.randint(0,59):02d}", rt=dig(3))
    b.f("full_name=${n}&mobile=${p}&email=${e}&address=${ad}&employer=${emp}&monthly_income=${inc}&ref1_name=${rn}&ref1_mobile=${rp}&ref1_relation=${rel}&device_id=${dev}&consent=1\n",
        n=P(enc(n.full)), p=T(enc(ph)), e=E(enc(e)), ad=A(enc(ad)), emp=enc(pick(["BPO - Concentrix", "Sari-sari store owner", "Grab driver", "Teacher DepEd"])), inc=R.randint(12, 60) * 1000,
        rn=P(enc(ref.full)), rp=T(enc(phone("PH", "m"))), rel=pick(["Sister", "Cousin", "Officemate", "Kumare"]), dev=dig(16))
    return b

@kind("otp_takeover_audit_lines_id", "en", 4)
def k_otp_id():
    n = person("ID")
    b = Builder()
    ph = phone("ID", "m"); e = mail("ID", n)
    ipa, ipb = ipv4(False), ipv6()
    uid = "u_" + dig(9)
    b.f("${t1} INFO  auth.otp  user=${u} msisdn=${p} channel=sms status=SENT ip=${ip}\n", t1=ts_iso(), u=uid, p=T(ph), ip=IP(ipa))
    b.f("${t1} WARN  auth.otp  user=${u} msisdn=${p} status=FAILED attempt=3 ip=${ip} ua=\"Mozilla/5.0 (Linux; Android 11; Redmi Note 9)\"\n", t1=ts_iso(), u=uid, p=T(ph), ip=IP(ipb))
    b.f("${t1} INFO  profile.update user=${u} field=email old=${e} new=${e2} ip=${ip}\n", t1=ts_iso(), u=uid, e=E(e), e2=E(f"{pick(['rezekinomplok', 'cuanlancar', 'akunbaru'])}{dig(3)}@{pick(['gmail.com', 'proton.me'])}"), ip=IP(ipb))
    b.f("${t1} ALERT risk.ato  user=${u} score=0.93 reason=\"email_change_after_otp_fail,new_device,geo_jump ${a}->${bb}\" owner=\"${n}\"\n", t1=ts_iso(), u=uid, a=L(pick(["Surabaya", "Medan", "Bandung"])), bb=L(pick(["Phnom Penh", "Jakarta", "Batam"])), n=P(n.full))
    return b

@kind("sim_registration_kiosk_log_ng", "en", 4)
def k_sim_ng():
    b = Builder()
    agent = person("NG")
    b.f("kiosk=${k} agent=\"${a}\" fw=3.12.0.4 lga=${lga}\n", k="LAG-" + dig(4), a=P(agent.full), lga=L(pick(["Ikorodu", "Alimosho", "Oshodi-Isolo", "Surulere", "Eti-Osa"])))
    for i in range(3):
        n = person("NG")
        st = pick(["NIN_MISMATCH", "OK", "BIOMETRIC_RETRY", "OK"])
        b.f("[${t}] reg msisdn=${p} name=\"${n}\" dob=**/**/19${y} addr=\"${ad}\" status=${st}\n", t=hhmm() + f":{R.randint(0,59):02d}", p=T(phone("NG", "m").replace(" ", "")), n=P(n.full.upper()), y=R.randint(60, 99), ad=A(addr("NG")), st=st)
    b.f("[${t}] sync -> ${ip}:8443 ok (3 records)\n", t=hhmm() + f":{R.randint(0,59):02d}", ip=IP(ipv4(True)))
    return b

@kind("servicedesk_comment_chain_lk", "en", 4)
def k_sd_lk():
    c = person("LK"); a1 = person("LK"); a2 = person("LK")
    b = Builder()
    b.f("${k} | Broadband - frequent disconnection\nReporter: ${a1}   Assignee: ${a2}   Components: FTTH, ${rg}\n\n", k="NOC-" + dig(5), a1=P(a1.full), a2=P(a2.full), rg=L(pick(["Western Province", "Central Province", "Southern Province"])))
    b.f("${a1} added a comment - ${d}\nCustomer ${n} (acct ${acc}) reports line drops every evening. Installation: ${ad}. Contact ${p}, landline ${l}.\n\n",
        a1=P(a1.full), d=d_dmy() + " " + hhmm(), n=P(c.full), acc=dig(9), ad=A(addr("LK")), p=T(phone("LK", "m")), l=T(phone("LK", "l")))
    b.f("${a2} added a comment - ${d}\n[~${h}] OLT port shows high BER. Customer's son ${s} will be at home tomorrow. Please don't call the landline, they said it's the neighbour's.\n\n",
        a2=P(a2.full), d=d_dmy() + " " + hhmm(), h=fold(a1.given).lower() + "." + fold(a1.family.split()[-1]).lower(), s=P(pick(["Kasun", "Tharindu", "Ruwan", "Nimal", "Dinesh"])))
    b.f("${a1} changed status: In Progress -> Resolved", a1=P(a1.given))
    return b

@kind("side_convo_export_courier_pk", "en", 4)
def k_side_pk():
    c = person("PK"); ag = person("PK"); cour = person("PK")
    b = Builder()
    b.f("Side conversation: \"COD parcel returned - ${t}\"\nTo: ${ol}\nFrom: ${a} <${ae}>\n\n", t=tkt("LHR", 8), ol=E("ops.lahore@" + pick(["tezdelivery.pk", "parcelpk.example"])), a=P(ag.full), ae=E(corp_mail(ag, "shopkaro.pk")))
    b.f("Hi team, customer ${n} says no one came. Rider marked 'customer refused' at ${tm}. Address on the airway bill:\n${ad}\nCustomer mobile ${p} (WhatsApp same). Pls check rider ${r}'s GPS.\n\n",
        n=P(c.full), tm=ampm(), ad=A("\n".join(C["PK"]["addr"]())), p=T(phone("PK", "m")), r=P(cour.given))
    b.f("---- Reply from ops.lahore ----\nRider ${r} says gate was locked, called ${p2} twice. Re-attempt tomorrow. - ${o}\n", r=P(cour.full), p2=T(phone("PK", "m")), o=P(person("PK").given))
    return b

@kind("live_chat_csv_transcript_my", "en", 5)
def k_chat_csv_my():
    c = person("MY"); ag = person("MY")
    b = Builder()
    b.raw("timestamp,sender,display_name,message\n")
    rows = [
        ("visitor", c.full, "hi i want to change delivery address for my order"),
        ("agent", ag.given, "Hi there! Sure, may I have your order number and the new address?"),
    ]
    t0 = R.randint(8, 21)
    b.f("${d} ${h}:01,visitor,${n},hi i want to change delivery address for my order\n", d=d_iso(), h=f"{t0:02d}", n=P(c.full))
    b.f("${d} ${h}:02,agent,${a},\"Hi ${g}, sure. May I have the order no and new address?\"\n", d=d_iso(), h=f"{t0:02d}", a=P(ag.given), g=P(c.given))
    b.f("${d} ${h}:04,visitor,${n},\"order 8812${o}. new addr ${ad}\"\n", d=d_iso(), h=f"{t0:02d}", n=P(c.full), o=dig(4), ad=A(addr("MY")))
    b.f("${d} ${h}:05,visitor,${n},\"my hp ${p} ya, or call my husband ${hn} ${p2}\"\n", d=d_iso(), h=f"{t0:02d}", n=P(c.full), p=T(phone("MY", "m")), hn=P(person("MY").given), p2=T(phone("MY", "m")))
    b.f("${d} ${h}:07,agent,${a},Noted. Updated. You'll receive an SMS from 6${sc} shortly.\n", d=d_iso(), h=f"{t0:02d}", a=P(ag.given), sc=dig(4))
    b.f("${d} ${h}:07,system,,Chat ended. Visitor IP ${ip} (${loc})\n", d=d_iso(), h=f"{t0:02d}", ip=IP(ipv4(False)), loc=L(pick(["Kuala Lumpur", "Johor Bahru", "Penang", "Kuching"])))
    return b

@kind("call_disposition_notes_bd", "en", 5)
def k_bd_notes():
    c = person("BD"); ag = person("BD")
    b = Builder()
    p = phone("BD", "m")
    b.f("disp: CB_REQ | agent: ${a} | ${d}\ncx ${n} cld abt bKash cashout fail, trx id ${tx}. said agent pt in ${t} denied cash. cx no ${p}. altn ${p2} (${rel}).\naddr for docs: ${ad}\nnext: tier2 to call bk by ${by}. cx prefers bangla.\n",
        a=P(ag.full), d=d_dmy() + " " + hhmm(), n=P(c.full if chance(.6) else c.full.lower()), tx=dig(3) + "".join(R.choice("ABCDEFGHJKLMNPQR") for _ in range(7)),
        t=L(pick(BD_CITIES)), p=T(p), p2=T(phone("BD", "m")), rel=pick(["bro", "wife", "uncle", "shop"]), ad=A(addr("BD")), by=pick(["5pm", "tmrw 11am", "EOD"]))
    return b

@kind("kyc_reject_internal_note_za", "en", 5)
def k_kyc_za():
    c = person("ZA"); an = person("ZA")
    b = Builder()
    b.f("KYC review #${r} - REJECTED (${an})\n\nApplicant: ${n}\nSubmitted address: ${ad}\nProof of address: municipal bill in the name of ${o} (landlord?) - not accepted.\nCard on file: ${cc} (exp ${ex}) - name on card does not match applicant.\nSignup IP ${ip} resolves to ${loc}; applicant says they live in ${lv}.\n\nNext step: email applicant at ${e} asking for affidavit + bank statement. Do NOT call ${p}, flagged as possibly belonging to a third party.\n",
        r=dig(6), an=P(an.given), n=P(c.full), ad=A(addr("ZA")), o=P(person("ZA").full), cc=CC(card(pick(["visa", "mc"]))), ex=f"{R.randint(1,12):02d}/{R.randint(26,30)}",
        ip=IP(ipv4(False)), loc=L(pick(["Lagos", "Harare", "Maputo", "Windhoek"])), lv=L(pick(["Gqeberha", "Polokwane", "Bloemfontein", "East London"])), e=E(mail("ZA", c)), p=T(phone("ZA", "m")))
    return b

@kind("ocr_landlord_reference_letter_gh", "en", 4)
def k_ocr_gh():
    ll = person("GH"); t = person("GH")
    b = Builder(noise=ocr_noise(0.07))
    llad = C["GH"]["addr"]()
    b.f("${l}\n${la}\nTel: ${p}\n\n${d}\n\nTO WHOM IT MAY CONCERN\n\nRE: TENANCY REFERENCE - ${tn}\n\nThis is to confirm that ${tf} has been my tenant at the above property since 2021. The tenant has always paid rent promptly and kept the premi-\nses in good condition.\n\n",
        l=P(ll.full), la=A("\n".join(llad)), p=T(phone("GH")), d=f"{R.randint(4,20)}th {pick(['March', 'June', 'October'])}, 2025", tn=P(t.full.upper()), tf=P(t.full))
    b.f("For any further enquir-\nies kindly reach me on ${p}or ${e}.\n\nYours faithfully,\n\n${l}\n(Landlord)", p=T(phone("GH", "m")), e=E(mail("GH", ll)), l=P(ll.full))
    return b

@kind("freight_cc_thread_haiphong", "en", 5)
def k_freight_vn():
    sh = vn_name(True); fw = person("IN") if chance(.5) else person("MY"); cons = person("PH")
    b = Builder()
    she = corp_mail(sh, pick(["tanphatgarment.vn", "minhanhtextile.com.vn"]))
    fwe = corp_mail(fw, "seabridge-logistics.example")
    b.f("From: ${s} <${se}>\nTo: ${f} <${fe}>\nCc: ${dc}; ${c} <${ce}>\nSubject: RE: BL draft HPH-MNL shipment ${ref}\n\nDear ${fg},\n\nPlease amend notify party as below:\n\n${cu}\n${ad}\nTel: ${p}\n\nBest regards,\n${s2} (Ms.)\nExport Dept.\nM: ${sp}\n\n",
        s=P(sh.full), se=E(she), dc=E("docs@seabridge-logistics.example"), f=P(fw.full), fe=E(fwe), c=P(cons.full), ce=E(mail("PH", cons)), ref=dig(6), fg=P(fw.given), cu=P(cons.full.upper()),
        ad=A("\n".join(C["PH"]["addr"]())), p=T(phone("PH")), s2=P(sh.call + " " + sh.family if chance(.5) else sh.full), sp=T(phone("VN", "m")))
    b.f("On ${d}, ${f} wrote:\n> Dear ${sg},\n> Attached BL draft. Kindly check consignee / notify details and revert before cut-off ${co}.\n> Rgds, ${f2} | Seabridge ${t} | D: ${fp}\n",
        d=d_long() + " " + hhmm(), f=P(fw.full), sg=P(sh.call), co=pick(["Thu 17:00", "tomorrow noon", "21/08"]), f2=P(fw.given), t=L(pick(["Hai Phong", "Ho Chi Minh City"])), fp=T(pick([phone("VN", "l"), "+84 225 " + dig(3) + " " + dig(4)])))
    return b

@kind("ota_guest_relay_messages_th", "en", 4)
def k_ota_th():
    g = person(pick(["IN", "MY", "PH", "ID"])); host = th_name()
    b = Builder()
    relay = f"{fold(g.given).lower().split()[0]}.{dig(6)}@guest.staymate.example"
    b.f("Reservation ${r} | Guest: ${g} | ${n} nights | ${prop}, ${t}\nGuest email (relay): ${re}\n\n", r=dig(10), g=P(g.full), n=R.randint(2, 6), prop=pick(["Baan Suan Villa", "Sabai Hostel", "Riverside Boutique"]), t=L(pick(["Chiang Mai", "Krabi", "Phuket", "Pai"])), re=E(relay))
    b.f("[${d} ${t1}] Guest: Hello, we land at ${ap} around 11pm, can someone pick us? my whatsapp ${p}\n", d=d_iso(), t1=hhmm(), ap=pick(["CNX", "HKT", "the airport"]), p=T(phone(pick(["IN", "MY", "PH", "ID"]), "m")))
    b.f("[${d} ${t1}] Property: Hi, yes our driver ${dn} can pick you, 600 THB. He will hold a sign with your name. His number ${dp}\n", d=d_iso(), t1=hhmm(), dn=P(host.call if chance(.5) else host.given), dp=T(phone("TH", "m")))
    b.f("[${d} ${t1}] Property: Address for Grab if needed: ${ad}\n", d=d_iso(), t1=hhmm(), ad=A(addr("TH")))
    b.f("[${d} ${t1}] Guest: thank u. also my friend ${f} will join on day 2, same booking ok?\n", d=d_iso(), t1=hhmm(), f=P(person(pick(["IN", "MY"])).given))
    return b

@kind("app_crash_user_context_dump", "en", 4)
def k_crash():
    cc = pick(["ID", "VN", "NG", "BR", "EG", "KE"])
    n = person(cc) if cc != "VN" else vn_name(True)
    b = Builder()
    b.f("FATAL EXCEPTION: main\nProcess: com.quickpay.wallet, PID: ${pid}\njava.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.qp.kyc.Doc.getSide()' on a null object reference\n\tat com.qp.kyc.UploadActivity.onResult(UploadActivity.kt:212)\n\tat android.app.Activity.dispatchActivityResult(Activity.java:8310)\n--- user context ---\n",
        pid=R.randint(1000, 32000))
    b.f("user.id=${u}\nuser.name=${n}\nuser.phone=${p}\nuser.email=${e}\nsession.ip=${ip}\napp.version=5.14.2 (build 5140207)\nos=Android 12, model=${m}\nlocale=${loc}\n",
        u=dig(8), n=P(n.full), p=T(C[cc]["phone"]("m")), e=E(mail(cc, n)), ip=IP(pick([ipv4(False), ipv6()])), m=pick(["SM-A125F", "Infinix X6816", "TECNO KG5", "Redmi 10C"]), loc=pick(["id_ID", "vi_VN", "en_NG", "pt_BR", "ar_EG", "sw_KE"]))
    return b

@kind("ussd_session_trace_ke", "en", 3)
def k_ussd():
    n = person("KE")
    b = Builder()
    msisdn = "2547" + dig(8)
    b.f("sess=${s} msisdn=${m} sc=*${sc}# start=${t}\n> CON Welcome to Jijenge SACCO\\n1. Balance\\n2. Loan\\n3. Update details\n< 3\n> CON Enter next of kin name\n< ${k}\n> CON Enter next of kin phone\n< ${kp}\n> CON Confirm: ${k} ${kp}\\n1. Yes\n< 1\n> END Details updated. Member: ${n}\n",
        s=dig(12), m=T(msisdn), sc=R.randint(300, 899), t=ts_iso(), k=P(person("KE").full), kp=T("07" + dig(8)), n=P(n.full.upper()))
    return b

@kind("ocr_chargeback_form_cairo", "en", 4)
def k_cb_eg():
    n = eg_name()
    b = Builder(noise=ocr_noise(0.08))
    b.f("CARDHOLDER DISPUTE FORM\nBank Branch: ${br}\n\nCardholder Name: ${n}\nCard Number: ${cc}\nMobile:${p}\nAddress: ${ad}\n\nTransaction date  Merchant                    Amount (EGP)\n${d}        ${m}       ${amt}\n\n[X] I did not authorize this transaction\n[ ] Goods/services not received\n\nI confirm my card was in my posses-\nsion at the time.\n\nSignature: ____________  Date: ${d2}\n",
        br=L(pick(["Heliopolis", "Nasr City", "Smouha", "Maadi"])), n=P(n.full.upper()), cc=CC(card(pick(["visa", "mc", "meeza"]))), p=T(phone("EG", "m")),
        ad=A(addr("EG")), d=d_dmy(), m=pick(["AMZN MKTP EG", "TALABAT*CAIRO     ", "JUMIA EG ONLINE  ", "NOON.COM         "]), amt=f"{R.randint(200,15000)}.00", d2=d_dmy())
    return b

@kind("bursary_refund_thread_ng", "en", 4)
def k_bursary():
    st = person("NG"); par = person("NG"); bur = person("NG")
    b = Builder()
    b.f("From: ${p} <${pe}>\nTo: ${bu}\nSubject: Re: Re: Refund of excess school fees - ${mat}\n\nGood afternoon Sir,\n\nThis is the third time I am writing. My ward ${s} (Mat No ${mat}) paid twice on the portal. Kindly refund to the account in the student's name, GTBank ${acc}.\n\nI can be reached on ${ph}.\n\n${tt}${pf}\n",
        p=P(par.full), pe=E(mail("NG", par)), bu=E("bursary@" + pick(["unilag.example.edu.ng", "oauife.example.edu.ng", "unn.example.edu.ng"])), mat=f"{R.randint(17,22)}0{dig(6)}", s=P(st.full), acc=dig(10), ph=T(phone("NG", "m")), tt=pick(["Chief ", "Engr. ", "Mrs. ", ""]), pf=P(par.full))
    b.f("\n> On ${d}, Bursary Unit wrote:\n> Dear ${pn},\n> Your request has been forwarded to ${b2}, Deputy Bursar (Receipts). You may visit the office at Senate Building, Room 14.\n> --\n> Bursary Unit | ${l}\n",
        d=d_long(), pn=P(par.family), b2=P(bur.full), l=T(phone("NG", "l")))
    return b

@kind("condo_gate_pass_request_ph", "en", 4)
def k_gate_ph():
    own = person("PH"); ten = person("PH"); mover = person("PH")
    b = Builder()
    b.f("GATE PASS / MOVE-OUT REQUEST (via Viber) - forwarded to Admin\n\nUnit owner: ${o}\nUnit: ${u}\nTenant moving out: ${t} (${tp})\nDate/time: ${d} ${tm}\nTruck: ${tr} plate ${pl}, driver ${m}\n\n",
        o=P(own.full), u=pick(["Tower 2 1508", "Bldg C 7F-712", "Unit 23L"]), t=P(ten.full), tp=T(phone("PH", "m")), d=d_dmy(), tm=pick(["8AM", "2PM", "9:30am"]), tr=pick(["Lipat Bahay Express", "Mover PH", "Lalamove 10-wheeler"]), pl=f"{''.join(R.choice('ABCDNT') for _ in range(3))} {dig(4)}", m=P(mover.full))
    b.f("Notes from admin (${ad}): owner ${og} authorized via email ${oe}. Tenant still has unpaid assoc dues, hold pass until cleared. Kuya ${g} at lobby guard desk informed.\n",
        ad=P(person("PH").given), og=P(own.given), oe=E(mail("PH", own)), g=P(pick(["Jun", "Boy", "Ramil", "Nestor"])))
    return b

@kind("dnd_complaint_export_in", "en", 3)
def k_dnd():
    b = Builder()
    b.raw("complaint_id|complainant_msisdn|sender_header|reported_number|date|complainant_name|circle\n")
    for i in range(R.randint(3, 4)):
        n = person("IN")
        hdr = pick(["VM-HDFCBK", "AD-LOANZP", "JX-RUMMYK", "-", "BP-CRDXPR"])
        rep = "-" if hdr != "-" else phone("IN", "m")
        b.f("${c}|${m}|${h}|${r}|${d}|${n}|${ci}\n", c="TRAI" + dig(9), m=T("91" + pick("6789") + dig(9)), h=hdr, r=T(rep) if rep != "-" else "-", d=d_dmy("-"), n=P(n.full.upper()), ci=L(pick(["Karnataka", "Maharashtra", "Tamil Nadu", "Delhi", "UP East", "Kerala"])))
    return b

@kind("swift_recall_narrative_pk", "en", 4)
def k_swift():
    s = person("PK"); bn = person("PK")
    b = Builder()
    b.f(":20:RCL${r}\n:21:FT25${r2}\n:79:PLEASE RECALL FUNDS SENT IN ERROR.\nORDERING CUSTOMER ${s}\nA/C ${ib}\nBENEFICIARY ${bn}\nBENE A/C ${ib2}\nREASON: DUPLICATE PAYMENT, CUSTOMER\nCONTACT ${p}\nREGARDS, HOME REMITTANCE OPS ${c}\n",
        r=dig(8), r2=dig(9), s=P(s.full.upper()), ib=IB(iban("PK", grouped=False)), bn=P(bn.full.upper()), ib2=IB(iban("PK", grouped=chance(.5))), p=T(phone("PK", "m")), c=L(pick(["KARACHI", "LAHORE"])))
    return b

@kind("visa_slot_reschedule_thread_gh", "en", 4)
def k_visa_gh():
    a = person("GH"); kid = person("GH")
    b = Builder()
    b.f("Subject: Fwd: Appointment confirmation - ${ref}\n\n---------- Forwarded message ---------\nFrom: ${nr}\nDate: ${d}\nTo: ${e}\n\nDear ${n},\nYour appointment at the ${city} Visa Application Centre is confirmed for ${d2}. Applicants: ${n2}, ${k}.\n\n",
        ref=dig(10), nr=E("noreply@vfs-appointments.example"), d=d_long(), e=E(mail("GH", a)), n=P(a.full.upper()), city=L(pick(["Accra", "Kumasi"])), d2=d_dmy(), n2=P(a.full), k=P(kid.given + " " + a.family))
    b.f("---\nhi please can you move us to next week? my son ${kg} has exams. my number ${p}\n\n${n}\n${ad}", kg=P(kid.given), p=T(phone("GH", "m")), n=P(a.full), ad=A("\n".join(C["GH"]["addr"]())))
    return b

@kind("meter_tamper_notice_ocr_za", "en", 4)
def k_meter_za():
    n = person("ZA"); insp = person("ZA")
    b = Builder(noise=ocr_noise(0.07))
    b.f("CITY OF ${c} - ELECTRICITY SERVICES\nNOTICE OF METER TAMPERING / ILLEGAL CONNEC-\nTION\n\nAccount holder: ${n}\nPremises: ${ad}\nMeter no: 0${m}\nInspection date: ${d}   Inspector: ${i} (ID ${iid})\n\nFindings: bypass cable found at the prepaid meter; seals broken.\nA tamper fee of R ${fee} is payable before supply is restored. Queries: ${p} (office hours).\n",
        c=pick(["TSHWANE", "JOHANNESBURG", "EKURHULENI"]), n=P(n.full.upper()), ad=A(addr("ZA")), m=dig(10), d=d_dmy(), i=P(insp.full), iid=dig(5), fee=f"{R.randint(5,12)} {dig(3)}.00", p=T(phone("ZA", "l")))
    return b

@kind("school_fee_deposit_slip_ocr_ke", "en", 4)
def k_slip_ke():
    par = person("KE"); st = person("KE")
    b = Builder(noise=ocr_noise(0.09))
    b.f("EQUITY BANK  CASH DEPOSIT SLIP     Branch: ${br}\nAccount Name: ${sch}\nAccount No: 0${acc}\nDepositor: ${d}    Tel:${p}\nStudent:${s}Adm No ${adm}Form ${f}\nAmount (Ksh): ${amt}   Amount in words: ${w}\nTeller: ${t}    Date ${dt}\n",
        br=L(pick(["Nyeri", "Thika", "Eldoret", "Machakos", "Kisii"])), sch=pick(["ALLIANCE HIGH SCHOOL", "ST. MARY'S GIRLS SEC. SCH", "KAGUMO HIGH SCHOOL"]), acc=dig(12), d=P(par.full.upper()),
        p=T(phone("KE", "m")), s=P(st.full.upper()), adm=dig(5), f=R.randint(1, 4), amt=f"{R.randint(10,60)},{dig(3)}", w=pick(["TWENTY FIVE THOUSAND ONLY", "Forty thou sand only", "THIRTY TWO THOUSAND"]), t=P(person("KE").given), dt=d_dmy())
    return b

@kind("tpa_cashless_query_mail_in", "en", 5)
def k_tpa():
    pat = person("IN"); doc = person("IN"); ex = person("IN")
    b = Builder()
    b.f("From: ${h} TPA Desk <${hd}>\nTo: ${tpa}\nSubject: Query reply - Claim ${cl} - Patient ${pn}\n\nDear Sir/Madam,\n\nWith reference to your query dated ${d}, please find the reply from treating doctor Dr. ${dn} attached. Patient ${pn2}, age ${age}, admitted under ${dep} on ${d2}.\n\nPolicy holder: ${ph}   Relation: ${rel}\nContact: ${p}\nAddress as per policy: ${ad}\n\n",
        h=pick(["Sunrise Multispeciality", "Lotus Hospital", "Apollo"]), hd=E("tpa.desk@" + pick(["sunrisehospitals.example.in", "lotushosp.example.in"])), tpa=E("preauth@" + pick(["mediassist.example", "paramounttpa.example"])), cl=dig(10),
        pn=P(pat.full), d=d_dmy(), dn=P(doc.full), pn2=P(pat.full.upper()), age=R.randint(3, 78), dep=pick(["Ortho", "General Surgery", "Cardiology"]), d2=d_dmy(), ph=P(ex.full), rel=pick(["Self", "Spouse", "Father", "Son"]), p=T(phone("IN", "m")), ad=A(addr("IN")))
    b.f("Kindly approve at the earliest, patient is due for surgery tomorrow.\n\nRegards,\n${c}\nInsurance Coordinator | ${lp}", c=P(person("IN").full), lp=T(phone("IN", "l") + pick([" ext. ", " Extn ", " x", " Ext-"]) + str(R.randint(100, 499))))
    return b

@kind("sacco_guarantor_tsv_ke", "en", 4)
def k_sacco():
    b = Builder()
    b.raw("loan_no\tmember\tmember_phone\tguarantor\tguarantor_phone\tamount\tbranch\n")
    ln = "LN" + dig(6)
    m = person("KE"); mp = phone("KE", "m")
    for i in range(R.randint(2, 4)):
        g = person("KE")
        b.f("${l}\t${m}\t${mp}\t${g}\t${gp}\t${amt}\t${br}\n", l=ln, m=P(m.full), mp=T(mp), g=P(g.full if chance(.7) else g.full.upper()), gp=T(phone("KE", "m")), amt=f"{R.randint(20,300)}000", br=L(pick(KE_CITIES)))
    b.f("# note: guarantor ${g} called in to withdraw, see ticket ${t}\n", g=P(person("KE").given), t=dig(6))
    return b

@kind("clearing_agent_wa_log_lk", "en", 4)
def k_lk_wa():
    a = person("LK"); c = person("LK")
    b = Builder()
    d = f"{R.randint(1,12)}/{R.randint(1,28)}/25"
    b.f("${d}, ${t} - ${a}: Sir container not released yet, customs need the invoice original\n", d=d, t=ampm(), a=P(a.full))
    b.f("${d}, ${t} - ${c}: Why?? I sent scan. Call me ${p}\n", d=d, t=ampm(), c=P(c.full), p=T(phone("LK", "m")))
    b.f("${d}, ${t} - ${a}: Ok. Also pls send the delivery address for the lorry\n", d=d, t=ampm(), a=P(a.given))
    b.f("${d}, ${t} - ${c}: ${ad}\nsecond gate, ask for ${w} at the stores. land line ${l}\n", d=d, t=ampm(), c=P(c.full), ad=A(addr("LK")), w=P(pick(LK_G).split()[0]), l=T(phone("LK", "l")))
    b.f("${d}, ${t} - ${a}: <Media omitted>\n", d=d, t=ampm(), a=P(a.full))
    return b

@kind("us_payroll_bpo_ticket_ssn_ph", "en", 5)
def k_ssn_bpo():
    emp = Name(*(lambda g, f: (f"{g} {f}", g, f))(pick(["Tyler", "Brittany", "Marcus", "Jasmine", "Kevin", "Ashley", "Luis", "Maria"]), pick(["Johnson", "Whitaker", "Gonzalez", "Okafor", "Nguyen", "Patel", "Reyes", "Brooks"])))
    ag = person("PH"); tl = person("PH")
    b = Builder()
    s = ssn(pick(["-", "-", " ", ""]))
    b.f("Case ${c} | Client: US staffing | Queue: W-2 corrections | Handled by: ${a} (Pasig site)\n\nEmployee ${e} called re: W-2 showing wrong SSN. Verified last 4 + DOB. Employee states correct SSN is ${s}; W-2 shows ${s2}.\nCallback: ${p}\nMailing: ${ad}\n\n",
        c=dig(8), a=P(ag.full), e=P(emp.full), s=SSN(s), s2=SSN(ssn()), p=T(f"({pick(['713', '832', '312', '773', '602', '480', '704', '980'])}) {R.randint(200,999)}-{dig(4)}"), ad=A(f"{R.randint(10,9999)} {pick(['W Lake St', 'Maple Ave', 'E 7th St', 'Cedar Ln'])}{pick(['', ' Apt ' + str(R.randint(1,30))])}, {pick(['Houston, TX 770', 'Chicago, IL 606', 'Phoenix, AZ 850', 'Charlotte, NC 282'])}{dig(2)}"))
    b.f("TL note (${t}): pls don't paste full SSN in case notes next time - mask to last 4. Forwarding to ${mgr} for corrected W-2c.\n", t=P(tl.given), mgr=P(pick(["Dana", "Heather", "Rob"]) + " " + pick(["Kowalski", "Simmons", "Hart"])))
    return b

@kind("h2a_worker_pay_query_mx", "en", 4)
def k_h2a():
    w = mx_name(); rec = person("MX")
    b = Builder()
    b.f("Payroll helpdesk - phone note (interpreter ${i})\nWorker: ${w}   Crew: ${cr}   Farm: Valley Berry Farms\nSSN on file: ${s}\nIssue: 2 weeks missing on paystub. Worker is back in ${t} now, wants check mailed to:\n${ad}\nMX cell: ${p}  (WhatsApp)\nRelative ${wf} can also receive calls at ${p2}.\n",
        i=P(rec.given), w=P(w.full), cr=R.randint(1, 12), s=SSN(ssn()), t=L(pick(["Michoacán", "Guanajuato", "Zacatecas", "Oaxaca", "Jalisco"])), ad=A("\n".join(C["MX"]["addr"]())), p=T(phone("MX", "m")), wf=P(pick(MX_G)), p2=T(phone("MX", "m")))
    return b

@kind("istanbul_supplier_iban_change_mail_en", "en", 4)
def k_tr_iban_en():
    s = tr_name(True); ap = person(pick(["PK", "EG", "IN"]))
    b = Builder()
    b.f("From: ${s} <${se}>\nTo: ${a} <${ae}>\nSubject: URGENT - new bank details for invoice ${inv}\n\nDear ${ag},\n\nDue to audit our company changed bank. Please use from now:\nBeneficiary: ${co}\nIBAN: ${ib}\nSWIFT: ${sw}\n\nOld account ${old} is closed. Please confirm by reply, do not call the office, I am travelling (mobile ${p}).\n\nBest regards\n${s2}\nExport Manager\n${ad}\n",
        s=P(s.full), se=E(corp_mail(s, pick(["anadolutekstil.com.tr", "egetekstil.example"]))), a=P(ap.full), ae=E(corp_mail(ap, "importhouse.example")), inv=f"INV-{dig(5)}", ag=P(ap.given),
        co=pick(["ANADOLU TEKSTIL SAN. VE TIC. LTD. STI.", "EGE ORME A.S."]), ib=IB(iban("TR")), sw=pick(["TGBATRISXXX", "AKBKTRIS", "ISBKTRISXXX"]), old=IB(iban("TR", grouped=False)), p=T(phone("TR", "m")), s2=P(s.full), ad=A(addr("TR")))
    b.f("\n[External sender - verify bank changes by phone on a known number] ", )
    return b

@kind("egypt_freelancer_payout_chat_en", "en", 4)
def k_eg_free():
    f = eg_name(); pm = person(pick(["IN", "PH", "ZA"]))
    b = Builder()
    b.f("#payments-support  (exported)\n${pm} [${t1}]: @${h} your payout bounced again, bank says name mismatch\n${f} [${t2}]: the account is under my full name ${fn}, IBAN ${ib}\n${f} [${t3}]: maybe the system cut my name? on my ID it's ${fn2}\n${pm} [${t4}]: ok I'll ask finance to use exactly that. also confirm your address for the tax form pls\n${f} [${t5}]: ${ad}, phone ${p}\n",
        pm=P(pm.full), t1=hhmm(), h=fold(f.given).lower() + "_" + pick(["dev", "design", "eg"]), f=P(f.given + " " + f.family.split()[0]), t2=hhmm(), fn=P(f.full), ib=IB(iban("EG")), t3=hhmm(), fn2=P(f.given + " " + f.family + " " + pick(["Abdallah", "Hassan", "Mohamed"])), t4=hhmm(), t5=hhmm(), ad=A(addr("EG")), p=T(phone("EG", "m")))
    return b

@kind("br_vendor_wire_details_en", "en", 3)
def k_br_wire():
    v = br_name(); ap = person("IN")
    b = Builder()
    b.f("Vendor onboarding - bank details (typed from the PDF by ${ap})\n\nVendor: ${v} ME (sole trader)\nContact: ${vn}, ${e}, ${p}\nAddress: ${ad}\nIBAN: ${ib}\nBIC: ${bic}\nIntermediary: none\nNote: CNPJ on PDF not legible, requested again.\n",
        ap=P(ap.given), v=P(v.full), vn=P(v.given), e=E(mail("BR", v)), p=T(phone("BR", "m")), ad=A(addr("BR")), ib=IB(iban("BR")), bic=pick(["BRASBRRJ", "ITAUBRSP", "BCBBBRDF"]))
    return b

@kind("hostel_frontdesk_handover_paste_vn", "en", 4)
def k_hostel_vn():
    s1 = vn_name(True); g1 = person(pick(["IN", "MY", "PH", "ID", "TH"])); g2 = person(pick(["AR", "BR", "CL"]))
    b = Builder()
    b.f("HANDOVER night -> morning (${s})\n- room 204 ${g1} checked out early, left passport copy in safe. Taxi to ${ap} booked 5am.\n- ${g2} (dorm 3 bed B) lost phone, pls call friend ${f} on ${fp} if found\n- ${g2g} wants to extend 2 nights, card on file ${cc} declined, asked cash\n- police came 23:40 asking about guest from room 101, gave nothing. owner ${o} ${op} informed\n- wifi router reset, new admin ${ip}\n",
        s=P(s1.call), g1=P(g1.full), ap=pick(["Noi Bai", "Tan Son Nhat", "Da Nang airport"]), g2=P(g2.full), f=P(person(pick(["AR", "BR", "CL"])).given), fp=T(pick([phone("AR", "m"), phone("BR", "m"), phone("CL", "m")])),
        g2g=P(g2.given), cc=CC(card()), o=P(vn_name(True).full), op=T(phone("VN", "m")), ip=IP(ipv4(True)))
    return b

@kind("pipeline_alert_user_ip_digest", "en", 3)
def k_alert():
    n = person(pick(["IN", "NG", "PH", "BR", "ID"])) 
    b = Builder()
    b.f("[FIRING:1] BruteForceLogin (severity=critical)\nsummary: 47 failed logins for account ${e} in 5m\nsources: ${i1}, ${i2}, ${i3}\nlast_success_ip: ${i4}\nowner: ${n} (tenant: ${t})\nrunbook: https://wiki.example/runbooks/bruteforce\nsilence: https://alerts.example/#/silences/new?filter=%7Balertname%3D%22BruteForceLogin%22%7D\n",
        e=E(mail(pick(["IN", "NG"]), n)), i1=IP(ipv4(False)), i2=IP(ipv6()), i3=IP(ipv4(False)), i4=IP(ipv4(False)), n=P(n.full), t=pick(["acme-latam", "kopi-id", "naija-retail"]))
    return b

# ================================================================ SPANISH
@kind("es_mx_mesa_ayuda_export_campos", "es", 6)
def k_es_mx():
    c = mx_name(); ag = mx_name()
    b = Builder()
    b.f("Folio: ${f}\nEstado: Abierto  Prioridad: Alta\nCanal: WhatsApp\nCliente: ${n}\nTel. cliente: ${p}\nCorreo: ${e}\nDirección de entrega: ${ad}\nReferencias: ${ref}\nAgente asignado: ${ag}\n\n-- Nota interna --\nla clienta dice que el repartidor marcó \"domicilio no localizado\" pero ella estuvo todo el día. Su hijo ${h} puede recibir, cel ${p2}. Reprogramar para mañana antes de las 2.\n",
        f=f"MX-{dig(7)}", n=P(c.full), p=T(phone("MX", "m")), e=E(mail("MX", c)), ad=A(addr("MX")), ref=pick(["portón negro frente a la tienda OXXO", "entre la farmacia y la tortillería, casa azul", "edificio sin letrero, tocar interfón 3"]),
        ag=P(ag.given + " " + ag.family), h=P(pick(["Emiliano", "Diego", "Kevin", "Brayan", "Santiago"])), p2=T(phone("MX", "m")))
    return b

@kind("es_co_hilo_reenviado_cambio_domicilio", "es", 6)
def k_es_co():
    c = co_name(); ag = co_name()
    b = Builder()
    b.f("---------- Mensaje reenviado ---------\nDe: ${n} <${e}>\nFecha: ${d}\nAsunto: Cambio de dirección factura\nPara: <${dom}>\n\nBuenas tardes, me trasteé y necesito que la factura llegue a la nueva dirección:\n${ad}\nMi celular es ${p}. Gracias.\n\n",
        n=P(c.full), e=E(mail("CO", c)), d=f"{pick(['lun', 'mar', 'mié', 'jue', 'vie'])}, {R.randint(1,28)} {pick(['ene', 'feb', 'mar', 'abr', 'may', 'jun'])} 2025, {ampm()}", dom=E("servicioalcliente@" + pick(["enerpaisa.example.co", "aguasdelvalle.example.co"])), ad=A("\n".join(C["CO"]["addr"]())), p=T(phone("CO", "m")))
    b.f("El ${d}, ${a} <${ae}> escribió:\n> Sr(a). ${g}, para actualizar la dirección requerimos copia del contrato de arrendamiento. Cualquier inquietud a la línea ${l}.\n> Cordialmente,\n> ${a2}\n> Analista PQR - ${cty}\n",
        d=f"{R.randint(1,28)}/{R.randint(1,12)}/2025", a=P(ag.full), ae=E(corp_mail(ag, "enerpaisa.example.co")), g=P(c.family), l=T(phone("CO", "l")), a2=P(ag.given + " " + ag.family), cty=L(pick(CO_CITIES)))
    return b

@kind("es_pe_notas_llamada_sin_tildes", "es", 5)
def k_es_pe():
    c = pe_name()
    b = Builder()
    p = phone("PE", "m")
    b.f("${t} llamo sra ${n} x cobro doble en recibo de luz. dice q pago en agente ${ag} de ${dist}. num ${p}. direcc ${ad}. pide devolucion a su cta bcp (no dio num). familiar ${e} llamara mañana. cliente molesta, amenaza indecopi\n",
        t=hhmm(), n=P(fold(c.full).lower()), ag=pick(["kasnet", "bcp", "interbank"]), dist=L(pick(["Comas", "Ate", "Villa El Salvador", "Arequipa", "Trujillo"])), p=T(p), ad=A(fold(addr("PE")).lower()), e=P(fold(pick(PE_G)).lower()))
    return b

@kind("es_cl_ocr_formulario_retiro", "es", 5)
def k_es_cl():
    c = cl_name(); r = cl_name()
    b = Builder(noise=ocr_noise(0.08))
    b.f("FORMULARIO DE RETIRO EN SUCURSAL\nSucursal: ${s}\n\nNombre destinatario:${n}\nRUT: ${rut}\nDomicilio: ${ad}\nTeléfono: ${p}\nPersona autorizada a retirar:${a}   Parentesco: ${par}\nTeléfono autorizado: ${p2}\n\nFirma: ________   Fecha: ${d}\n",
        s=L(pick(["Maipú", "Ñuñoa", "Concepción", "Temuco", "Antofagasta"])), n=P(c.full.upper()), rut=f"{R.randint(8,24)}.{dig(3)}.{dig(3)}-{pick('0123456789K')}", ad=A(addr("CL")), p=T(phone("CL", "m")), a=P(r.full), par=pick(["hermana", "hijo", "vecino", "madre"]), p2=T(phone("CL", "m")), d=d_dmy())
    return b

@kind("es_ar_wa_export_administracion_edificio", "es", 6)
def k_es_ar():
    adm = ar_name(); v1 = ar_name(); v2 = ar_name()
    b = Builder()
    d = f"{R.randint(1,28)}/{R.randint(1,12)}/25"
    b.f("${d} ${t} - ${a}: Buenas vecinos, mañana cortan el agua de 9 a 13 por la bomba. Cualquier cosa al ${p}\n", d=d, t=hhmm(), a=P(adm.full), p=T(phone("AR", "m")))
    b.f("${d} ${t} - ${v}: Administración, en el 4°B sigue la filtración, ya van 3 semanas!! ${v2} del 3°B está de testigo\n", d=d, t=hhmm(), v=P(v1.full), v2=P(v2.given))
    b.f("${d} ${t} - ${a}: ${vg} le paso el contacto del plomero, Rubén ${rp}\n", d=d, t=hhmm(), a=P(adm.full), vg=P(v1.given), rp=T(phone("AR", "m")))
    b.f("${d} ${t} - ${v2}: Por las dudas la dirección para el seguro: ${ad}. Mi CBU para el reintegro 0${cbu}\n", d=d, t=hhmm(), v2=P(v2.full), ad=A(addr("AR")), cbu=dig(21))
    b.f("${d} ${t} - ${v}: <Multimedia omitido>\n", d=d, t=hhmm(), v=P(v1.full))
    return b

@kind("es_mx_aviso_corte_agua_colonias_nopii", "es", 5, nopii=True)
def k_es_nopii():
    b = Builder()
    cols = R.sample(["Col. Narvarte", "Col. Del Valle", "Col. Portales", "Col. Agrícola Oriental", "Col. Escandón", "Col. Santa Cruz Meyehualco", "Col. Doctores"], 3)
    b.f("AVISO A LA POBLACIÓN\nPor trabajos de mantenimiento en el Sistema Cutzamala, del ${d} al ${d2} habrá baja presión o suspensión del servicio en ${pre}${a}: ${c1}, ${c2} y ${c3}. También se verán afectados municipios de ${e}.\n\nSe enviarán pipas sin costo; solicítelas en Locatel *0311 o en el módulo ubicado frente al Monumento a Benito Juárez. Folios de solicitud tipo PIP-${f}.\n#CuidemosElAgua\n",
        d=d_dmy(), d2=d_dmy(), pre=pick(["la alcaldía ", ""]), a=L(pick(["Benito Juárez", "Iztapalapa", "Coyoacán"])), c1=L(cols[0]), c2=L(cols[1]), c3=L(cols[2]), e=L("Estado de México"), f=dig(6))
    return b

# ================================================================ PORTUGUESE
@kind("pt_br_chamado_campos_exportados", "pt", 6)
def k_pt_ch():
    c = br_name(); ag = br_name()
    b = Builder()
    b.f("Chamado #${n} | Assunto: Instalação não realizada | Status: Aguardando cliente\nSolicitante: ${s}\nE-mail: ${e}\nCelular: ${p}\nTelefone fixo: ${f}\nEndereço de instalação: ${ad}\nPonto de referência: ${ref}\nAtendente: ${ag}\n\n[Nota interna - ${ag2}] técnico foi 2x e ninguém atendeu. cliente diz que o interfone tá quebrado, pediu pra ligar pro porteiro ${po} antes. IP do ONT: ${ip}\n",
        n=dig(7), s=P(c.full), e=E(mail("BR", c)), p=T(phone("BR", "m")), f=T(phone("BR", "l")), ad=A(addr("BR")), ref=pick(["ao lado da padaria", "em frente à escola estadual", "portão verde, casa dos fundos"]), ag=P(ag.full), ag2=P(ag.given), po=P(pick(["Seu Raimundo", "Zé", "Cícero", "Dona Lúcia"]).replace("Seu ", "").replace("Dona ", "")), ip=IP(ipv4(True)))
    return b

@kind("pt_br_thread_estorno_cartao", "pt", 6)
def k_pt_est():
    c = br_name(); ag = br_name()
    b = Builder()
    b.f("Assunto: Re: Estorno compra duplicada - pedido ${o}\n\nOlá ${g},\n\nO estorno de R$ ${v} foi solicitado à operadora e deve aparecer na sua fatura em até 2 ciclos.\n\nAtenciosamente,\n${a}\nTime de Atendimento\n\nEm ${d}, ${n} <${e}> escreveu:\n> Boa noite, fui cobrada duas vezes no cartão ${cc}, segue print.\n> Meu whats é ${p} se precisar.\n> ${n2}\n",
        o=dig(9), g=P(c.given), v=f"{R.randint(50,2000)},{dig(2)}", a=P(ag.full), d=f"{pick(['seg', 'ter', 'qua', 'qui', 'sex'])}., {R.randint(1,28)} de {pick(['jan', 'fev', 'mar', 'abr', 'mai'])}. de 2025 às {hhmm()}",
        n=P(c.full), e=E(mail("BR", c)), cc=CC(card(pick(["elo", "mc", "visa"]))), p=T(phone("BR", "m")), n2=P(c.given))
    return b

@kind("pt_br_ocr_ficha_cadastro_clinica", "pt", 5)
def k_pt_ocr():
    c = br_name(); r = br_name()
    b = Builder(noise=ocr_noise(0.08))
    b.f("FICHA DE CADASTRO - PACIENTE\nClínica ${cl}\n\nNome:${n}Data Nasc.: ${dn}\nEndereço: ${ad}\nTel. Res.: ${f}    Cel.: ${p}\nE-mail: ${e}\nResponsável (se menor): ${r}\nConvênio: ${cv}   Carteirinha: ${cart}\n\nDeclaro que as informa-\nções acima são verdadeiras.\n",
        cl=pick(["Sorriso Feliz", "Vida Plena", "São Lucas"]), n=P(c.full.upper()), dn=d_dmy(), ad=A(addr("BR")), f=T(phone("BR", "l")), p=T(phone("BR", "m")), e=E(mail("BR", c)), r=P(r.full), cv=pick(["Unimed", "Particular", "Hapvida", "Amil"]), cart=dig(16))
    return b

@kind("pt_br_post_urlencoded_cadastro", "pt", 4)
def k_pt_url():
    from urllib.parse import quote_plus as q
    c = br_name()
    b = Builder()
    b.f("POST /cadastro/finalizar HTTP/1.1\nHost: loja.example.com.br\nContent-Type: application/x-www-form-urlencoded\nX-Forwarded-For: ${ip}\n\nnome=${n}&email=${e}&celular=${p}&logradouro=${ad}&cidade=${ci}&uf=${uf}&cep=${cep}&aceite_lgpd=on\n",
        ip=IP(ipv4(False)), n=P(q(c.full)), e=E(q(mail("BR", c))), p=T(q(phone("BR", "m"))), ad=A(q(f"Rua {pick(['Bahia', 'Tupis', 'dos Andradas'])}, {R.randint(10,999)}, apto {R.randint(11,99)}")), ci=L(q(pick(BR_CITIES))), uf=pick(["SP", "MG", "BA", "PE"]), cep=f"{dig(5)}-{dig(3)}")
    return b

@kind("pt_br_escala_plantao_agencias_nopii", "pt", 4, nopii=True)
def k_pt_nopii():
    b = Builder()
    c = R.sample(BR_CITIES, 4)
    b.f("ESCALA DE PLANTÃO - FERIADO\nAgências abertas: ${a}, ${b}, ${c} e ${d} (somente caixas eletrônicos).\nCentral de atendimento 24h: pelo app ou *${x} (chamada gratuita).\nSistema Pix funcionará normalmente. Versão do app: 8.4.12.3.\nResponsável pelo comunicado: Diretoria Regional Nordeste.\nLembrando: Shopping Paulista e Edifício Santos Dumont fecham às 14h.\n",
        a=L(c[0]), b=L(c[1]), c=L(c[2]), d=L(c[3]), x=dig(3))
    return b

# ================================================================ INDONESIAN / MALAY
@kind("id_ekspor_tiket_cs_alamat_rt_rw", "id", 6)
def k_id_tik():
    c = id_name(); ag = id_name()
    b = Builder()
    b.f("No. Tiket: ${t}\nKategori: Paket belum diterima\nNama Pelanggan: ${n}\nNo. HP: ${p}\nEmail: ${e}\nAlamat Pengiriman: ${ad}\nPatokan: ${pt}\nAgen: ${ag}\n\nCatatan internal:\nkurir bilang alamat tdk ditemukan, padahal sdh lengkap RT/RW. customer minta diantar ulang, bisa dititip ke ${tt}${ttg} (tetangga) no ${p2}. jgn telpon sblm jam 10.\n",
        t=f"CS{dig(8)}", n=P(c.full), p=T(phone("ID", "m")), e=E(mail("ID", c)), ad=A(addr("ID")), pt=pick(["dekat masjid Al-Ikhlas", "samping warung Bu Tini", "gang sebelah Indomaret", "depan pos ronda"]), ag=P(ag.full), tt=pick(["Bu ", "Pak ", "Mbak ", ""]), ttg=P(id_name().call), p2=T(phone("ID", "m")))
    return b

@kind("id_log_grup_wa_kurir_cod", "id", 6)
def k_id_wa():
    spv = id_name(); k1 = id_name(); k2 = id_name(); c = id_name()
    b = Builder()
    d = f"{R.randint(1,28)}/{R.randint(1,12):02d}/25"
    b.f("${d} ${t} - ${s}: Pagi tim, COD hari ini wajib setor sebelum jam 5 sore ya\n", d=d, t=hhmm(), s=P(spv.full))
    b.f("${d} ${t} - ${k1}: Bang paket atas nama ${c} alamat ${ad} ga bisa dihubungi\n", d=d, t=hhmm(), k1=P(k1.full), c=P(c.full.upper()), ad=A(addr("ID", " ")))
    b.f("${d} ${t} - ${s}: coba wa ke nomor kedua ${p}. kalau ga ada retur aja\n", d=d, t=hhmm(), s=P(spv.call), p=T(phone("ID", "m")))
    b.f("${d} ${t} - ${k2}: Izin, motor saya mogok di ${loc}, paket ${n} dialihkan ke ${k1}\n", d=d, t=hhmm(), k2=P(k2.full), loc=L(pick(["Bekasi", "Cibubur", "Depok", "Ciputat", "Tangerang Selatan"])), n=R.randint(5, 30), k1=P(k1.call))
    b.f("${d} ${t} - ${s}: ok, hati2 ${k2}\n", d=d, t=hhmm(), s=P(spv.call), k2=P(k2.call))
    return b

@kind("id_ocr_surat_keterangan_domisili", "id", 4)
def k_id_ocr():
    w = id_name(); lurah = id_name()
    b = Builder(noise=ocr_noise(0.08))
    b.f("PEMERINTAH KOTA ${k}\nKECAMATAN ${kc}\nKELURAHAN ${kl}\n\nSURAT KETERANGAN DOMISILI\nNomor: 474/${n}/DOM/2025\n\nYang bertanda tangan di bawah ini Lurah ${kl2}, menerangkan bahwa:\nNama       : ${nm}\nAlamat     : ${ad}\nNo. HP     : ${p}\n\nbenar berdomisili di alamat terse-\nbut di atas sejak tahun 20${y}.\n\n${kt}, ${d}\nLurah,\n\n${l}\n",
        k=pick(["BEKASI", "DEPOK", "SURABAYA", "BANDUNG"]), kc=pick(["BEJI", "WONOKROMO", "CIBINONG"]), kl=pick(["PONDOK CINA", "DARMO", "SUKAMAJU"]), kl2=pick(["Pondok Cina", "Darmo"]), n=dig(3), nm=P(w.full.upper()), ad=A(addr("ID")), p=T(phone("ID", "m")), y=R.randint(10, 23), kt=L(pick(["Depok", "Surabaya", "Bekasi"])), d=d_dmy("-"), l=P(lurah.full))
    return b

@kind("id_pengumuman_gangguan_jaringan_nopii", "id", 4, nopii=True)
def k_id_nopii():
    b = Builder()
    c = R.sample(ID_TOWNS, 3)
    b.f("INFO GANGGUAN: Pelanggan yth, saat ini terjadi gangguan jaringan di wilayah ${a}, ${b} dan sebagian ${c} akibat putusnya kabel fiber optik di Jl. Sudirman. Tim teknis sedang menangani. Estimasi normal pukul 18.00 WIB. Info lanjut hubungi call center 1500-${x} atau cek status di aplikasi versi 4.2.10. Mohon maaf atas ketidaknyamanannya. #GangguanJaringan\n",
        a=L(c[0]), b=L(c[1]), c=L(c[2]), x=dig(3))
    return b

@kind("ms_emel_berantai_tuntutan_insurans", "ms", 5)
def k_ms_mail():
    c = my_name(); ag = my_name()
    b = Builder()
    b.f("Daripada: ${a} <${ae}>\nKepada: ${n} <${e}>\nTarikh: ${d}\nPerkara: RE: Tuntutan kemalangan kenderaan ${pl}\n\nTuan/Puan ${g},\n\nKami telah menerima dokumen anda. Sila kemukakan laporan polis asal ke cawangan kami di ${cw} atau pos ke alamat berikut:\n${ad}\n\nSekian, terima kasih.\n${a2}\nEksekutif Tuntutan | Tel: ${t}\n\n",
        a=P(ag.full), ae=E(corp_mail(ag, "takafulmurni.example.my")), n=P(c.full), e=E(mail("MY", c)), d=d_dmy(), pl=f"{pick(['W', 'B', 'J', 'P'])}{pick('ABCDEFGHJ')}{pick('ABCDEFGHJ')} {R.randint(100,9999)}", g=P(c.full),
        cw=L(pick(["Shah Alam", "Ipoh", "Johor Bahru", "Kuantan"])), ad=A("\n".join(C["MY"]["addr"]())), a2=P(ag.full), t=T(phone("MY", "l")))
    b.f("----- Mesej asal -----\n> Salam, saya nak tanya status claim saya. Bengkel ${bk} kata belum dapat approval. No tel saya ${p}.\n> ${n}\n", bk=pick(["Ah Seng Motor", "Bengkel Pak Mat", "Auto Kenari"]), p=T(phone("MY", "m")), n=P(c.full))
    return b

@kind("ms_nota_panggilan_pantas", "ms", 5)
def k_ms_notes():
    c = my_name()
    b = Builder()
    b.f("${t} - pggn masuk dr ${n}, internet putus sejak semalam. modem lampu LOS merah. alamat pemasangan ${ad}. no hp ${p}, boleh wsap. tech appt esok 9-12pg. adik ${hh}${h} akan ada di rumah. IP WAN terakhir ${ip}.\n",
        t=hhmm(), n=P(c.full.lower() if chance(.5) else c.full), ad=A(addr("MY").lower()), p=T(phone("MY", "m")), hh=pick(["Cik ", ""]), h=P(my_name().given), ip=IP(ipv4(False)))
    return b

# ================================================================ TAGALOG / TAGLISH
@kind("tl_taglish_gc_padala_pickup", "tl", 6)
def k_tl_gc():
    a = ph_name(); bb = ph_name(); c = ph_name()
    b = Builder()
    d = f"{R.randint(1,12)}/{R.randint(1,28)}/25"
    b.f("${d}, ${t} - ${a}: Ate padala na ako ng 5k via remittance center, claim mo na lang sa ${br}. Control no. ${cn}\n", d=d, t=ampm(), a=P(a.full), br=L(pick(["Tarlac", "Pampanga", "Iloilo", "Batangas", "Naga"])), cn=dig(10))
    b.f("${d}, ${t} - ${b}: Salamat ${ag}! Anong name ng receiver, sakin ba o kay ${c}?\n", d=d, t=ampm(), b=P(bb.full), ag=P(a.call), c=P(c.call))
    b.f("${d}, ${t} - ${a}: Sayo ${bg}, exact name ha: ${bn}. Dalhin mo valid ID. Number ko dito sa Dubai ${p}\n", d=d, t=ampm(), a=P(a.full), bg=P(bb.given), bn=P(bb.full.upper()), p=T("+971 5" + R.choice("0256") + " " + dig(3) + " " + dig(4)))
    b.f("${d}, ${t} - ${c}: paki-text na lang ako pag na-claim na, ${p} pa rin number ko. Yung address ng bahay pang-LBC: ${ad}\n", d=d, t=ampm(), c=P(c.full), p=T(phone("PH", "m")), ad=A(addr("PH")))
    return b

@kind("tl_taglish_agent_notes_postpaid", "tl", 5)
def k_tl_notes():
    c = ph_name()
    b = Builder()
    b.f("cx ${n} tumawag re: bill shock ${amt}, roaming daw sa ${t} pero di daw nag-abroad. acct ${acc}. mobile ${p}, alt ${p2} (${rel}). billing addr: ${ad}. nag-offer ng adjustment 50%, ayaw. gusto kausapin supervisor. CB bukas 10am. tinag ko na as 'irate'.\n",
        n=P(c.full), amt=f"PHP {R.randint(3,40)},{dig(3)}", t=L(pick(["Hong Kong", "Singapore", "Japan", "Dubai"])), acc=dig(10), p=T(phone("PH", "m")), p2=T(phone("PH", "m")), rel=pick(["asawa", "anak", "kapatid", "pinsan"]), ad=A(addr("PH")))
    return b

@kind("tl_karinderya_menu_ocr_nopii", "tl", 4, nopii=True)
def k_tl_nopii():
    b = Builder(noise=ocr_noise(0.1))
    b.f("ALING NENA'S KARINDERYA\n(dating Mang Inasal corner, tabi ng Jollibee)\nMENU NGAYONG ARAW\nAdobong Manok ....... 85\nSinigang na Baboy ... 95\nPancit Canton ........ 60\nHalo-halo ni Lola .... 55\nKanin (extra) ......... 15\nBukas 6AM-9PM, Lunes-Sabado. Bawal ang utang! Delivery sa ${a} lang.\nGCash/Maya tinatanggap. Salamat po!\n", a=L(pick(["Marikina", "Antipolo", "Cainta", "Pasig"])))
    return b

# ================================================================ VIETNAMESE
@kind("vi_phieu_ho_tro_xuat_csv", "vi", 6)
def k_vi_csv():
    b = Builder()
    b.raw("ma_phieu;khach_hang;sdt;dia_chi;noi_dung;nhan_vien\n")
    for i in range(R.randint(2, 3)):
        c = vn_name(); nv = vn_name()
        b.f("${m};${n};${p};\"${ad}\";\"${nd}\";${nv}\n", m="PH" + dig(7), n=P(c.full), p=T(phone("VN", "m")), ad=A(", ".join(vn_addr())), nd=pick(["Giao hàng trễ 3 ngày, khách yêu cầu hoàn tiền", "Sai size áo, đổi hàng", "Shipper không gọi trước khi giao", "Hàng bị vỡ, cần gửi ảnh"]), nv=P(nv.full))
    return b

@kind("vi_email_chuyen_tiep_khieu_nai", "vi", 5)
def k_vi_mail():
    c = vn_name(); nv = vn_name(); ql = vn_name()
    b = Builder()
    b.f("---------- Thư đã chuyển tiếp ---------\nTừ: ${n} <${e}>\nNgày: ${d}\nTiêu đề: Khiếu nại dịch vụ internet\nĐến: ${dom}\n\nKính gửi quý công ty,\nTôi là ${n2}, địa chỉ lắp đặt ${ad}. Mạng nhà tôi mất kết nối 5 ngày nay, gọi tổng đài nhiều lần không ai xử lý. Số điện thoại liên hệ: ${p}.\n\n",
        n=P(c.full), e=E(mail("VN", Name(fold(c.full), fold(c.given), fold(c.family)))), d=d_dmy(), dom=E("cskh@" + pick(["netviet.example.vn", "sgnfiber.example.vn"])), n2=P(c.full), ad=A(", ".join(vn_addr())), p=T(phone("VN", "m")))
    b.f("Anh ${q} ơi, em chuyển anh xử lý gấp nhé, khách này gọi lên 4 lần rồi. Em đã hẹn kỹ thuật ${kt} qua lúc 14h.\n-- \n${nv}\nCSKH chi nhánh ${cn}\n", q=P(ql.call), kt=P(vn_name().full), nv=P(nv.full), cn=L(pick(["Cầu Giấy", "Biên Hòa", "Đà Nẵng", "Thủ Đức"])))
    return b

# ================================================================ THAI
@kind("th_bantuek_call_center_yo", "th", 5)
def k_th_notes():
    c = th_name(True)
    b = Builder()
    b.f("${t} ลค. ${n} โทรเข้า แจ้งพัสดุไม่ถึง เลขพัสดุ TH${tr} ที่อยู่ ${ad} เบอร์ ${p} ให้โทรหาน้อง${k}ก่อนส่ง (ลูกสาว) ${p2} ลค.ไม่พอใจมาก ขอคืนเงินเข้าบัญชี\n",
        t=hhmm(), n=P(c.full), tr=dig(12), ad=A(" ".join(th_addr(True))), p=T(phone("TH", "m")), k=P(pick(["พลอย", "มิ้นท์", "ฝน", "แพร"])), p2=T(phone("TH", "m")))
    return b

@kind("th_email_forward_refund_thai", "th", 5)
def k_th_mail():
    c = th_name(True); s = th_name(True)
    b = Builder()
    ce = mail("TH", Name("", TH_NAMES[0][0], TH_NAMES[0][1]))
    g, f, gt, ft = pick(TH_NAMES)
    ce = email_for([g, f], ["gmail.com", "hotmail.com"])
    b.f("----- ข้อความที่ส่งต่อ -----\nจาก: ${gf} <${e}>\nถึง: ${dom}\nเรื่อง: ขอคืนเงิน คำสั่งซื้อ ${o}\n\nเรียนเจ้าหน้าที่\nดิฉัน${n}ได้รับสินค้าชำรุด ขอคืนเงินเข้าบัตร ${cc} ค่ะ ติดต่อกลับได้ที่ ${p}\n\n",
        gf=P(f"{g} {f}"), e=E(ce), dom=E("support@" + pick(["shopdee.example.co.th", "siammall.example"])), o=dig(10), n=P(gt + " " + ft), cc=CC(card(pick(["visa", "mc"]))), p=T(phone("TH", "m")))
    b.f("คุณ${s} รบกวนตรวจสอบด่วนค่ะ ลูกค้าส่งมาสองรอบแล้ว\n", s=P(s.given))
    return b

def split_phone(p):
    """break a phone number across a line break at an inner space/dash (OCR / narrow columns)"""
    idx = [i for i, ch in enumerate(p) if ch in " -" and 2 < i < len(p) - 3]
    if not idx:
        k = len(p) // 2
        return p[:k] + "\n" + p[k:]
    i = pick(idx)
    return p[:i] + ("\n" if p[i] == " " else "-\n") + p[i + 1:]

# ================================================================ TURKISH
@kind("tr_destek_talebi_dahili_not", "tr", 6)
def k_tr_not():
    c = tr_name(); ag = tr_name()
    b = Builder()
    b.f("Talep No: ${t}\nKonu: Kargo teslim edilmedi / adres değişikliği\nMüşteri: ${n}\nGSM: ${p}\nE-posta: ${e}\nYeni teslimat adresi: ${ad}\n\n--- Dahili not (${ag}) ---\nmüşteri ${g} aradı, kurye \"adreste bulunamadı\" yazmış. kapıcı ${k} Bey'e bırakılabilir, tel ${p2}. iade istemiyor. ${sh} şubesine not düşüldü.\n",
        t=dig(8), n=P(c.full), p=T(phone("TR", "m")), e=E(mail("TR", Name(fold(c.full), fold(c.given), fold(c.family)))), ad=A(addr("TR") if False else ", ".join(tr_addr())), ag=P(ag.full), g=P(c.given), k=P(pick(["Hasan", "Ramazan", "İsmail", "Yusuf"])), p2=T(phone("TR", "m")), sh=L(pick(["Kadıköy", "Çankaya", "Bornova", "Nilüfer"])))
    return b

@kind("tr_eposta_zinciri_iade_iban", "tr", 6)
def k_tr_iban():
    c = tr_name(); ag = tr_name()
    b = Builder()
    b.f("Konu: YNT: YNT: İade talebi - sipariş ${o}\n\nMerhaba ${g} Hanım/Bey,\n\nİadeniz onaylanmıştır. Tutar 3-5 iş günü içinde aşağıdaki IBAN'a aktarılacaktır:\n${ib} (${n})\n\nSaygılarımızla,\n${a}\nMüşteri Hizmetleri | ${l}\n\n",
        o=dig(9), g=P(c.given), ib=IB(iban("TR")), n=P(c.full.upper()), a=P(ag.full), l=T(phone("TR", "l")))
    b.f("${d} tarihinde ${n} <${e}> şunu yazdı:\n> Ürün kırık geldi, param kartıma değil hesabıma yatsın lütfen. IBAN: ${ib}\n> Adres: ${ad}\n> Tel: ${p}\n",
        d=d_dmy("."), n=P(c.full), e=E(mail("TR", Name(fold(c.full), fold(c.given), fold(c.family)))), ib=IB(iban("TR", grouped=False)), ad=A(", ".join(tr_addr())), p=T(phone("TR", "m")))
    return b

# ================================================================ ARABIC
@kind("ar_eg_tadhkira_tasdir_daam", "ar", 6)
def k_ar_eg():
    c = eg_name(True); ag = eg_name(True)
    b = Builder()
    b.f("رقم التذكرة: ${t}\nالحالة: مفتوحة\nاسم العميل: ${n}\nرقم الموبايل: ${p}\nالبريد: ${e}\nالعنوان: ${ad}\nالموظف المسؤول: ${ag}\n\nملاحظة داخلية: العميل بيقول المندوب ماجاش، واتصل بيه على رقم ${p2} مفيش رد. بنته ${k} هتستلم لو هو مش موجود. المنطقة ${m}.\n",
        t=dig(7), n=P(c.full), p=T(phone("EG", "m")), e=E(mail("EG", Name("", c.parts[0], c.parts[1]))), ad=A("، ".join(eg_addr(True))), ag=P(ag.full), p2=T(phone("EG", "m")), k=P(pick(["مريم", "نور", "سارة", "هدى"])), m=L(pick(["مدينة نصر", "المعادي", "الدقي", "سموحة"])))
    return b

@kind("ar_ma_sms_log_tawsil", "ar", 6)
def k_ar_ma():
    b = Builder()
    b.raw("سجل الرسائل - خدمة التوصيل\n")
    for i in range(R.randint(2, 3)):
        c = ma_name(True)
        b.f("${ts} | إلى ${p} | السلام عليكم ${g}، طردكم رقم ${tr} في الطريق. الموزع ${dn} سيتصل بكم من ${dp}. العنوان: ${ad}\n",
            ts=f"{d_iso()} {hhmm()}", p=T(phone("MA", "m")), g=P(c.given), tr=f"MA{dig(9)}", dn=P(pick(["يوسف", "حمزة", "رشيد", "أيوب"])), dp=T(phone("MA", "m")), ad=A("، ".join(ma_addr(True))))
    b.f("${ts} | من ${p} | شكرا، ولكن ماشي فالدار، عطيه لجارتي ${j}\n", ts=f"{d_iso()} {hhmm()}", p=T(phone("MA", "m")), j=P(pick(["خديجة", "فاطمة الزهراء", "سلمى"])))
    return b

# ================================================================ SWAHILI
@kind("sw_maelezo_simu_wakala", "sw", 5)
def k_sw_notes():
    c = ke_name(); w = ke_name()
    b = Builder()
    b.f("${t} - mteja ${n} amepiga simu kutoka ${m}. anasema wakala ${w} wa ${m2} hakumpa pesa baada ya kutoa ksh ${amt}. namba ya mteja ${p}, ya wakala ${p2}. mteja anaomba arudishiwe. nimemwambia asubiri masaa 48. anaishi ${ad}.\n",
        t=hhmm(), n=P(c.full), m=L(pick(KE_CITIES)), w=P(w.full), m2=L(pick(["Githurai", "Kibera", "Kondele", "Likoni", "Kayole"])), amt=pick(["3,000", "12,500", "800"]), p=T(phone("KE", "m")), p2=T(phone("KE", "m")), ad=A(addr("KE")))
    return b

@kind("sw_ujumbe_sms_log_mteja", "sw", 5)
def k_sw_sms():
    b = Builder()
    for i in range(R.randint(2, 3)):
        c = ke_name()
        b.f("[${ts}] kwa ${p}: Habari ${g}, mkopo wako wa KES ${amt} umeidhinishwa. Lipa kupitia Paybill ${pb}, akaunti ${acc} kabla ya ${d}. Kwa msaada piga ${hp}.\n",
            ts=f"{d_iso()} {hhmm()}", p=T(phone("KE", "m")), g=P(c.given if chance(.5) else c.full), amt=f"{R.randint(1,50)},{dig(3)}", pb=dig(6), acc=T("07" + dig(8)), d=d_dmy(), hp=T(phone("KE", "l")))
    b.f("[${ts}] kutoka ${p}: Asante, lakini mimi si ${n}. Mmekosea namba.\n", ts=f"{d_iso()} {hhmm()}", p=T(phone("KE", "m")), n=P(ke_name().full))
    return b

# ================================================================ HINGLISH / HINDI
@kind("hinglish_callnotes_emi_bounce", "hi-Latn", 6)
def k_hing_notes():
    c = in_name()
    b = Builder()
    b.f("${t} cust ${n} ka call aaya, EMI bounce hua ${mon} ka, bol rahe salary late aayi. ${d} tak pay karenge. mob ${p}, alt no ${p2} (bhai ${bh}). address verify kiya: ${ad}. field visit mat bhejo, society mein izzat ka sawal hai bol rahe. ptp ${amt}.\n",
        t=hhmm(), n=P(c.full.lower() if chance(.4) else c.full), mon=pick(["March", "June", "Sept"]), d=pick(["15 tareekh", "Monday", "month end"]), p=T(phone("IN", "m")), p2=T(phone("IN", "m")), bh=P(pick(IN_GM).split()[0]), ad=A(addr("IN")), amt=f"Rs {R.randint(2,40)},{dig(3)}")
    return b

@kind("hinglish_wa_export_kirana_delivery", "hi-Latn", 6)
def k_hing_wa():
    own = in_name(); c = in_name(); boy = pick(["Raju", "Sonu", "Pappu", "Bablu", "Chotu"])
    b = Builder()
    d = f"{R.randint(1,28):02d}/{R.randint(1,12):02d}/2025"
    b.f("${d}, ${t} - ${c}: Bhaiya 5kg atta, 1L Fortune oil aur 2 Amul taaza bhej do\n", d=d, t=ampm(), c=P(c.full))
    b.f("${d}, ${t} - ${o}: ji madam, address wahi hai na ${ad}?\n", d=d, t=ampm(), o=P(own.full), ad=A(addr("IN")))
    b.f("${d}, ${t} - ${c}: haan, ${b} ko bolo gate pe call kare ${p}, bell kharab hai\n", d=d, t=ampm(), c=P(c.given), b=P(boy), p=T(phone("IN", "m")))
    b.f("${d}, ${t} - ${o}: UPI pe kar dena ya cash? mera GPay number ${p}\n", d=d, t=ampm(), o=P(own.given), p=T(phone("IN", "m")))
    return b

@kind("hinglish_mandi_bhav_forward_nopii", "hi-Latn", 4, nopii=True)
def k_hing_nopii():
    b = Builder()
    m = R.sample(["Azadpur", "Lasalgaon", "Indore", "Nashik", "Unjha", "Khanna"], 3)
    b.f("*Forwarded many times*\nAaj ka mandi bhav 🧅🍅\n${a} mandi: pyaaz 1850-2200/qtl\n${b}: tamatar 900-1400/qtl\n${c}: jeera 21000+\nGandhi Jayanti par mandi band rahegi. Maharaja Agrasen chowk wali dukaan se khad lo, rate kam hai. Share karo kisaan bhaiyon ke saath 🙏\n",
        a=L(m[0]), b=L(m[1]), c=L(m[2]))
    return b

@kind("hi_deva_shikayat_patra_ocr", "hi", 4)
def k_hi_ocr():
    nm = pick([("राजेश कुमार शर्मा", "राजेश"), ("सुनीता देवी", "सुनीता"), ("मोहम्मद इरफ़ान अंसारी", "इरफ़ान"), ("प्रिया मिश्रा", "प्रिया"), ("अनिल प्रसाद तिवारी", "अनिल")])
    adr = pick([f"मकान नं. {R.randint(1,300)}, गली नं. {R.randint(1,12)}, शास्त्री नगर, जयपुर 3020{dig(2)}", f"ग्राम पोस्ट {pick(['रामपुर', 'बिशनपुर', 'मझौली'])}, तहसील {pick(['सदर', 'फूलपुर'])}, जिला प्रयागराज, उ.प्र. 2115{dig(2)}", f"फ्लैट {R.randint(1,9)}0{R.randint(1,6)}, साईं अपार्टमेंट, गोमती नगर, लखनऊ 2260{dig(2)}"])
    b = Builder(noise=ocr_noise(0.05))
    b.f("सेवा में,\nशाखा प्रबंधक महोदय,\n${br} शाखा\n\nविषय: खाते से गलत कटौती के संबंध में।\n\nमहोदय,\nनिवेदन है कि मैं ${n} आपकी शाखा का खाताधारक हूँ। दिनांक ${d} को मेरे खाते से बिना अनुमति ₹${amt} काट लिए गए। कृपया जाँच कर राशि वापस करें।\n\nप्रार्थी\n${n2}\nपता: ${ad}\nमो.: ${p}\n",
        br=L(pick(["जयपुर", "लखनऊ", "प्रयागराज", "पटना"])), n=P(nm[0]), d=d_dmy("."), amt=f"{R.randint(1,20)},{dig(3)}", n2=P(nm[0]), ad=A(adr), p=T(phone("IN", "m")))
    return b

@kind("hi_deva_helpdesk_ticket_note", "hi", 4)
def k_hi_note():
    nm = pick(["सुरेश यादव", "कविता वर्मा", "अमित चौहान", "पूजा गुप्ता", "रमेश चंद्र पांडे"])
    ag = pick(["नेहा", "विकास", "अंकित", "दीपिका"])
    b = Builder()
    b.f("टिकट #${t} | ग्राहक: ${n} | मोबाइल: ${p}\nआंतरिक नोट (${ag}): ग्राहक का कहना है कि गैस सिलेंडर की डिलीवरी ${d} से लंबित है। डिलीवरी बॉय ${db} ने फ़ोन नहीं उठाया (${dp})। ग्राहक ${c} से है, बुज़ुर्ग हैं, कृपया प्राथमिकता दें।\n",
        t=dig(7), n=P(nm), p=T(phone("IN", "m")), ag=P(ag), d=d_dmy("."), db=P(pick(["मनोज", "सोनू", "राकेश"])), dp=T(phone("IN", "m")), c=L(pick(["कानपुर", "भोपाल", "वाराणसी", "इंदौर"])))
    return b

# ================================================================ EXTRA ENGLISH (noise-heavy)
@kind("ocr_two_column_waybill_runon_ng", "en", 5)
def k_waybill_ng():
    s = ng_name(); r = ng_name()
    b = Builder(noise=ocr_noise(0.08))
    sp = phone("NG", "m"); rp = phone("NG", "m")
    b.f("SENDER DETAILS                 RECEIVER DETAILS\nName:${s}Name:${r}\nAddr: ${sa}  Addr: ${ra}\nTel: ${sp} Tel: ${rp}\nDescription: ${desc}    Weight: ${w}kg   Waybill No: ${wb}\n",
        s=P(s.full.upper()), r=P(r.full.upper()), sa=A(addr("NG")), ra=A(addr("NG")), sp=T(split_phone(sp)), rp=T(rp), desc=pick(["ANKARA FABRIC", "PHONE ACCESSORIES", "DOCUMENTS", "FOODSTUFF (GARRI)"]), w=R.randint(1, 30), wb=dig(10))
    return b

@kind("fax_header_scan_pharmacy_refill_za", "en", 5)
def k_fax_za():
    pt = za_name(); dr = za_name()
    b = Builder(noise=ocr_noise(0.07))
    fx = phone("ZA", "l")
    b.f("${d} ${t}   FROM: ${fx}        TO: PHARMACY DISPENSARY   P.00${pg}/002\n\nREPEAT SCRIPT REQUEST\nPatient: ${p}\nMedical aid no: ${ma}\nCell: ${c}\nDeliver to: ${ad}\n\nDr ${dr}\nPr. no. ${pr}\n",
        d=d_dmy("/"), t=hhmm(), fx=T(fx), pg=R.randint(1, 2), p=P(pt.full), ma=dig(9), c=T(split_phone(phone("ZA", "m"))), ad=A("\n".join(za_addr())), dr=P(dr.full), pr=dig(7))
    return b

@kind("chat_widget_prechat_form_json_bd", "en", 3)
def k_json_bd():
    c = bd_name()
    b = Builder()
    b.f('{"event":"prechat_submitted","visitor":{"name":"${n}","phone":"${p}","email":"${e}","city":"${ct}"},"meta":{"ip":"${ip}","ua":"Mozilla/5.0 (Linux; Android 10; SM-A107F)","page":"/help/refund"},"question":"my parcel from ${t} still not come, call me plz"}\n',
        n=P(c.full), p=T(phone("BD", "m")), e=E(mail("BD", c)), ct=L(pick(BD_CITIES)), ip=IP(ipv4(False)), t=L(pick(["China", "Dhaka", "Malaysia"])))
    return b

# ================================================================ ENGLISH no-PII
@kind("load_shedding_stage_bulletin_nopii", "en", 6, nopii=True)
def k_ls_nopii():
    b = Builder()
    z = R.sample(["Soweto", "Sandton", "Midrand", "Khayelitsha", "Mitchells Plain", "Tembisa", "Umlazi", "Centurion", "Mamelodi"], 3)
    b.f("LOAD-SHEDDING UPDATE ${d}\nStage ${s} from 16:00 until further notice. Blocks 4, 7 and 11 in ${a}, ${bb} and ${c} affected 18:00-20:30.\n${nm} Metro and ${bc} will follow their own schedules. Do not call the depot; check the app (v3.2.1.7) or the website.\nThe Mandela Day clean-up at Walter Sisulu Square is postponed.\n",
        d=d_dmy(), s=R.randint(2, 6), a=L(z[0]), bb=L(z[1]), c=L(z[2]), nm=L("Nelson Mandela Bay"), bc=L("Buffalo City"))
    return b

@kind("typhoon_signal_relay_nopii", "en", 5, nopii=True)
def k_typ_nopii():
    b = Builder()
    nm = pick(["Kristine", "Carina", "Egay", "Odette", "Pepito"])
    a = R.sample(["Catanduanes", "Camarines Sur", "Albay", "Sorsogon", "Samar", "Leyte", "Quezon", "Aurora", "Isabela"], 3)
    b.f("FWD from LGU page: TCWS #${s} raised over ${a}, ${bb} and northern ${c} due to Typhoon ${n}. Classes suspended all levels. Evacuation centers open at the Jose Rizal Memorial School and Ninoy Aquino gym. Stay safe po! 🙏 #${n}PH\n",
        s=R.randint(1, 4), a=L(a[0]), bb=L(a[1]), c=L(a[2]), n=nm)
    return b

@kind("sla_queue_dashboard_export_nopii", "en", 6, nopii=True)
def k_sla_nopii():
    b = Builder()
    b.raw("queue,site,open,breached,aht_sec,csat\n")
    sites = R.sample(["Manila", "Cebu", "Bengaluru", "Nairobi", "Cairo", "Bogotá", "Kuala Lumpur", "Johannesburg", "Lagos"], 4)
    for s in sites:
        b.f("${q},${s},${o},${br},${aht},${cs}\n", q=pick(["billing_t1", "kyc_review", "cod_disputes", "porting", "fibre_faults"]), s=L(s), o=R.randint(10, 900), br=R.randint(0, 80), aht=R.randint(120, 900), cs=f"{R.randint(60,95)}.{R.randint(0,9)}")
    b.raw(f"# exported {d_iso()} by scheduler job sla_daily v2.4.0.11 (host 0.0.0.0 placeholder redacted)\n".replace(" (host 0.0.0.0 placeholder redacted)", ""))
    return b

@kind("fx_board_bureau_rates_nopii", "en", 5, nopii=True)
def k_fx_nopii():
    b = Builder()
    b.f("TODAY'S RATES - ${br} BRANCH (${d})\nUSD  buy 1,5${a}  sell 1,5${a2}\nGBP  buy 1,9${g}  sell 2,0${g2}\nEUR  buy 1,6${e}  sell 1,7${e2}\nCFA  per 1000: 2,6${c}\nRates subject to CBN guidelines. We do not sell to walk-in customers without BVN. Closed on Sallah.\n",
        br=L(pick(["Wuse II", "Ikeja", "Kano", "Onitsha"])), d=d_dmy(), a=dig(2), a2=dig(2), g=dig(2), g2=dig(2), e=dig(2), e2=dig(2), c=dig(2))
    return b

@kind("release_note_paste_distractors_nopii", "en", 5, nopii=True)
def k_rel_nopii():
    b = Builder()
    imei = luhn_complete("35" + dig(6), 15)
    b.f("Release ${v} (build ${bd})\n- Fixed crash on Tecno/Infinix devices when scanning KYC docs (test IMEI ${imei})\n- USSD fallback now uses short code *${sc}# in ${k1} and ${k2}\n- Payout batches to banks in ${c1} now validate CLABE (18 digits) before submit\n- Bumped okhttp 4.9.2 -> 4.12.0, min SDK 24\n- Ticket refs: ENG-${t1}, ENG-${t2}. Order id format unchanged (OD${od})\n",
        v=f"{R.randint(3,9)}.{R.randint(0,20)}.{R.randint(0,9)}", bd=dig(7), imei=imei, sc=R.randint(300, 899), k1=L("Kenya"), k2=L("Tanzania"), c1=L(pick(["Mexico", "Colombia", "Peru"])), t1=dig(4), t2=dig(4), od=dig(15))
    return b

# ================================================================ main
def check_sample(rec, nopii):
    t = rec["text"]
    last = -1
    for sp in sorted(rec["spans"], key=lambda x: x["start"]):
        assert sp["start"] >= last, ("overlap", rec["id"], sp)
        last = sp["end"]
    for sp in rec["spans"]:
        v = t[sp["start"]:sp["end"]]
        assert v == sp["_v"], (rec["id"], v, sp)
        assert v == v.strip() and v, (rec["id"], repr(v))
        raw = v.replace("%20", " ").replace("+", " ")
        if sp["type"] == "CREDIT_CARD":
            assert luhn_ok(v), (rec["id"], v)
        if sp["type"] == "IBAN_CODE":
            assert iban_ok(v), (rec["id"], v)
        if sp["type"] == "US_SSN":
            a = int(re.sub(r"\D", "", v)[:3])
            assert a != 0 and a != 666 and a < 900, v
    if nopii:
        assert all(sp["type"] == "LOCATION" for sp in rec["spans"]), rec["id"]
    else:
        assert any(sp["type"] != "LOCATION" for sp in rec["spans"]), rec["id"]

def main():
    used = set(open("/work/briefs/used_kinds.txt").read().split()) if os.path.exists("/work/briefs/used_kinds.txt") else set()
    names = [k[0] for k in KINDS]
    assert len(names) == len(set(names)), "duplicate kind"
    clash = [n for n in names if n in used]
    assert not clash, clash
    recs = []
    for name, lang, n, fn, nopii in KINDS:
        assert name.endswith("_nopii") == nopii, name
        for i in range(n):
            CUR.clear()
            b = fn()
            rec = {"id": None, "kind": name, "lang": lang, "text": b.text(), "spans": b.spans}
            check_sample(rec, nopii)
            recs.append(rec)
    R.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(recs, 1):
            rec["id"] = f"hard32-{i}"
            rec["spans"] = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in sorted(rec["spans"], key=lambda x: x["start"])]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} samples, {len(set(names))} kinds -> {OUT}")

if __name__ == "__main__":
    main()
