#!/usr/bin/env python3
"""Generator for the `hard29` PII evaluation set.

Theme: prompts that marketing / customer-experience tools (CRM, help desk, e-mail tool, shop
back office) send to an LLM, in English as written in US, UK, CA, AU, NZ, IE, ZA, IN, SG, NG.

Deterministic (fixed seed).  Offsets are recorded while the text is assembled (Builder), never
searched for afterwards.  Run:  python3 gen_hard29.py   -> writes hard29.jsonl next to this file.

Conventions decided here (beyond the common brief):
  * Pets, shops, brands, products, streets used as shop names, storms, fictional ad personas
    are NOT PERSON.  Social-media handles (@name) are NOT labelled.
  * Malay / Tamil patronymic names keep their connective inside the span ("Rajesh s/o Kumar",
    "Nur Aisyah binte Rahman").  Quoted nicknames inside a full name stay in one span.
  * A phone number split by filler ("0412 ... 345 678", "0803 - uh - 555 0192") is one span from
    its first to its last digit.  Extension words ("ext. 214", "x31") are inside the span.
  * Vanity numbers ("1-800-FLOWERS", "1300 DUNLOP") are PHONE_NUMBER.
  * City names that are part of a brand / shop / product name are NOT LOCATION.
  * In a record with split address fields, each street-line field is STREET_ADDRESS, a lone
    city/state/country field is LOCATION, a lone postcode field is unlabelled.
  * An agent's / staff member's name is a PERSON like any other.
"""
import json
import os
import random
import re
from collections import Counter

SEED = 2929
rng = random.Random(SEED)

try:  # Faker is only ONE small extra source (a few US/GB street lines); hand lists dominate
    from faker import Faker
    _fk_us = Faker("en_US"); _fk_us.seed_instance(SEED)
    _fk_gb = Faker("en_GB"); _fk_gb.seed_instance(SEED + 1)
except Exception:  # pragma: no cover
    _fk_us = _fk_gb = None

TYPES = {"PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION"}


# ----------------------------------------------------------------------------------------------
# Builder: text + spans recorded at assembly time
# ----------------------------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, typ, s):
        assert typ in TYPES, typ
        assert s and s == s.strip(), repr(s)
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "_v": s})
        self.parts.append(s)
        self.n += len(s)
        return self

    def f(self, tmpl, **kw):
        """Fill a template with <<key>> placeholders.  kw values: str (plain text),
        (TYPE, value) tuple (labelled), or None (empty)."""
        for i, piece in enumerate(re.split(r"<<(\w+)>>", tmpl)):
            if i % 2 == 0:
                if piece:
                    self.t(piece)
            else:
                v = kw[piece]
                if v is None:
                    continue
                if isinstance(v, tuple):
                    self.e(v[0], v[1])
                else:
                    self.t(v)
        return self

    def text(self):
        return "".join(self.parts)


def P_(v):
    return ("PERSON", v)


def A_(v):
    return ("STREET_ADDRESS", v)


def PH(v):
    return ("PHONE_NUMBER", v)


def EM(v):
    return ("EMAIL_ADDRESS", v)


def LO(v):
    return ("LOCATION", v)


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def fillN(pat):
    return "".join(str(rng.randint(0, 9)) if c == "N" else c for c in pat)


COUNTRIES = ["US", "GB", "CA", "AU", "NZ", "IE", "ZA", "IN", "SG", "NG"]

# ----------------------------------------------------------------------------------------------
# People (hand-written)
# ----------------------------------------------------------------------------------------------
class Person:
    def __init__(self, cc, g, f, m=None, sfx=None, nick=None, fam_first=False, mono=False,
                 short=None):
        self.cc, self.g, self.f, self.m, self.sfx, self.nick = cc, g, f, m, sfx, nick
        self.fam_first, self.mono = fam_first, mono
        self.short = short or (g.split()[-1] if fam_first else g.split()[0])

    def full(self, mid=True):
        if self.fam_first:
            return f"{self.f} {self.g}"
        s = self.g
        if mid and self.m:
            s += " " + self.m
        s += " " + self.f
        if self.sfx:
            s += (", " if chance(0.3) else " ") + self.sfx
        return s

    def render(self, form=None):
        forms = ["full"] * 5 + ["first"] * 2 + ["last", "caps", "lower"]
        if not (self.mono or self.fam_first):
            forms += ["lastfirst", "init"]
        if self.nick:
            forms += ["nick"] * 3
        form = form or pick(forms)
        if form == "full":
            return self.full()
        if form == "first":
            return self.short
        if form == "last":
            return self.short if self.mono else self.f
        if form == "caps":
            return self.full().upper()
        if form == "lower":
            return self.full().lower()
        if form == "lastfirst":
            if self.mono or self.fam_first:
                return self.full()
            return f"{self.f}, {self.g}" + (f" {self.m}" if self.m and not self.m.endswith(".") and chance(0.5) else "")
        if form == "init":
            if self.mono or self.fam_first:
                return self.full()
            ini = self.g[0] + "."
            if self.m:
                ini += " " + self.m[0] + "."
            return f"{ini} {self.f}"
        if form == "nick":
            if not self.nick:
                return self.full()
            q = pick(['"%s"', "'%s'", "“%s”"]) % self.nick
            return f"{self.g} {q} {self.f}"
        raise ValueError(form)


def _P(cc, spec, **kw):
    g, f = spec.split("|")
    return Person(cc, g, f, **kw)


PEOPLE = [
    # US
    _P("US", "Tyrone|Washington", m="D.", sfx="Jr"), _P("US", "Hope|Castellanos"),
    _P("US", "Hunter|Blevins", m="James"), _P("US", "Summer|Nguyen"),
    _P("US", "Mary-Kate|O'Rourke"), _P("US", "DeShawn|Pritchett", sfx="III"),
    _P("US", "Robert|Kowalczyk", nick="Bobby"), _P("US", "José Luis|de la Cruz"),
    _P("US", "Brianna|Washington-Hale"), _P("US", "Walter|Fenstermacher", m="H.", sfx="Sr"),
    _P("US", "Kaylee|Brooks"), _P("US", "Esperanza|Villalobos"), _P("US", "Chance|McAllister"),
    _P("US", "Tiffany|Ngo", m="A."), _P("US", "Jamal|Abdul-Rahman"),
    _P("US", "Elizabeth|Van Buskirk", nick="Libby"), _P("US", "Destiny|Okonkwo-Harris"),
    # GB
    _P("GB", "Siobhan|Fitzgerald-O'Brien"), _P("GB", "Hugh|Fortescue-Smythe", m="Aubrey"),
    _P("GB", "Mohammed|Iqbal"), _P("GB", "Chloe|Ashworth"), _P("GB", "Rhys|ap Gwilym"),
    _P("GB", "Priyanka|Chaudhry"), _P("GB", "Callum|McTavish"), _P("GB", "Precious|Adeyemi-Clarke"),
    _P("GB", "Jemima|ffrench"), _P("GB", "Ayesha|Begum"), _P("GB", "Declan|Doherty"),
    _P("GB", "Margaret|Entwistle", nick="Peggy"), _P("GB", "Kwame|Asante-Boateng"),
    # CA
    _P("CA", "Marie-Ève|Tremblay"), _P("CA", "Jean-François|Côté"),
    _P("CA", "Harpreet|Sandhu", m="Kaur"), _P("CA", "Liam|MacDonald"),
    _P("CA", "Tanisha|Beaulieu"), _P("CA", "Wei|Zhang", nick="William"),
    _P("CA", "Shelby|Desjardins-Wolfe"), _P("CA", "Autumn|Redsky"), _P("CA", "Gurjit|Gill"),
    # AU
    _P("AU", "Bree|O'Connell"), _P("AU", "Thanh|Nguyen"), _P("AU", "Georgios|Papadopoulos"),
    _P("AU", "Jarrah|Williams"), _P("AU", "Matilda|Fairweather", nick="Tilly"),
    _P("AU", "Hamish|McAlpine"), _P("AU", "Sunny|Kaur"), _P("AU", "Lachlan|Di Stefano"),
    _P("AU", "Kirra|Anderson"), _P("AU", "Mehmet|Yilmaz"),
    # NZ
    _P("NZ", "Aroha|Te Whata"), _P("NZ", "Tama|Ngata"), _P("NZ", "Sione|Taufa"),
    _P("NZ", "Mere|Parata-Walker"), _P("NZ", "Hemi|Kingi"), _P("NZ", "Olivia|McKenzie"),
    _P("NZ", "Losaline|Fifita"), _P("NZ", "Ruby|van der Linden"),
    # IE
    _P("IE", "Aoife|Ní Bhriain"), _P("IE", "Pádraig|Mac Giolla Phádraig"),
    _P("IE", "Siobhán|Ó Súilleabháin"), _P("IE", "Ciarán|O'Donoghue"),
    _P("IE", "Niamh|Kavanagh"), _P("IE", "Oisín|de Búrca"), _P("IE", "Gráinne|Delaney"),
    _P("IE", "Tomasz|Wiśniewski"), _P("IE", "Dearbhla|McGuinness"),
    # ZA
    _P("ZA", "Thabo|Mokoena"), _P("ZA", "Pieter|van der Merwe", m="J."),
    _P("ZA", "Nomvula|Dlamini"), _P("ZA", "Johannes|de Villiers", nick="Hannes"),
    _P("ZA", "Precious|Khumalo"), _P("ZA", "Zanele|Mthembu"), _P("ZA", "Riaan|Steenkamp"),
    _P("ZA", "Fatima|Ebrahim"), _P("ZA", "Lerato|Molefe-Sithole"), _P("ZA", "Sipho|Ndlovu"),
    # IN
    _P("IN", "Venkatesh|Subramanian"), _P("IN", "Priya|Iyer", m="R."),
    _P("IN", "Gurpreet|Dhillon", m="Singh"), _P("IN", "Ananya|Chatterjee"),
    _P("IN", "Mohammed|Shaikh", m="Irfan"), _P("IN", "Lakshmi|Narayanan"),
    _P("IN", "Rohan|D'Souza"), _P("IN", "Sneha|Kulkarni"), _P("IN", "Aarav|Mehta"),
    _P("IN", "Joseph|Kurian", m="K."), _P("IN", "Pooja|Agarwal"), _P("IN", "Bhavesh|Patel"),
    # SG
    _P("SG", "Wei Ling|Tan", fam_first=True, short="Wei Ling"),
    _P("SG", "Boon Keng|Lim", fam_first=True, short="Boon Keng"),
    _P("SG", "Mei Xin|Goh", fam_first=True, short="Mei Xin"),
    _P("SG", "Rajesh|s/o Kumar", mono=True, short="Rajesh"),
    _P("SG", "Kavitha|d/o Ramasamy", mono=True, short="Kavitha"),
    _P("SG", "Muhammad Hafiz|bin Abdullah", mono=True, short="Hafiz"),
    _P("SG", "Nur Aisyah|binte Rahman", mono=True, short="Aisyah"),
    _P("SG", "Jasmine|Koh"), _P("SG", "Darren|Teo"),
    # NG
    _P("NG", "Chukwuemeka|Okafor", nick="Emeka"), _P("NG", "Goodluck|Adeyemi"),
    _P("NG", "Precious|Eze"), _P("NG", "Oluwaseun|Adebayo-Williams"),
    _P("NG", "Blessing|Nwachukwu"), _P("NG", "Ngozi|Obi", m="A."),
    _P("NG", "Abubakar|Sani", m="Musa"), _P("NG", "Funmilayo|Ogunleye"),
    _P("NG", "Godspower|Etim"), _P("NG", "Chiamaka|Uzoma-Bello"), _P("NG", "Tunde|Bakare"),
]

BY_CC = {}
for _p in PEOPLE:
    BY_CC.setdefault(_p.cc, []).append(_p)


def person(cc=None):
    return pick(BY_CC[cc]) if cc else pick(PEOPLE)


def people(cc, n):
    pool = BY_CC[cc] if cc else PEOPLE
    return rng.sample(pool, n)


def nm(p, form=None):
    return P_(p.render(form))


# staff / agent given names (labelled as PERSON wherever used)
AGENTS = ["Kayla", "Mel", "Tash", "Darnell", "Rupinder", "Siobhan", "Wiremu", "Kagiso", "Ifeoma",
          "Deepa", "Jared", "Shauna", "Yusuf", "Hayden", "Caoimhe", "Nasra", "Brendan", "Li Ting",
          "Chidi", "Anjali", "Trent", "Kerry-Ann"]

# ----------------------------------------------------------------------------------------------
# Addresses (hand-written line lists)
# ----------------------------------------------------------------------------------------------
ADDR = {
    "US": [
        ["1418 NW 23rd Ave", "Apt 4B", "Portland, OR 97210"],
        ["Apt 12C, 455 West 44th Street", "New York, NY 10036"],
        ["88 Magnolia Ln", "Savannah, GA 31405-2214"],
        ["PO Box 2231", "Bozeman, MT 59771"],
        ["RR 2 Box 118", "Dalhart, TX 79022"],
        ["2207 S Lamar Blvd #310", "Austin, TX 78704"],
        ["Suite 1400", "233 S Wacker Dr", "Chicago, IL 60606"],
        ["6120 E Thomas Rd, Unit 1", "Scottsdale, AZ 85251-6803"],
        ["412 Ridgeview Dr", "Knoxville TN 37919"],
        ["1 Ferry Building, Ste 50", "San Francisco, CA 94111"],
    ],
    "GB": [
        ["Flat 3", "27 Albion Road", "Leeds", "LS6 1AX"],
        ["Rose Cottage", "Lower Street", "Much Wenlock", "Shropshire", "TF13 6AB"],
        ["42A Gloucester Road", "Bristol BS7 8AE"],
        ["Apartment 1104, Deansgate Square", "8 Owen Street", "Manchester", "M15 4YB"],
        ["PO Box 7721", "Cardiff", "CF10 9BH"],
        ["9 Kings Road", "Belfast BT5 6JG"],
        ["Unit 4, Riverside Trading Estate", "Mill Lane", "Stockport SK4 1EX"],
        ["2/1, 58 Dumbarton Road", "Glasgow G11 6PF"],
    ],
    "CA": [
        ["302-1455 Rue Sherbrooke O", "Montréal QC H3G 1L2"],
        ["Apt 1207, 88 Harbour St", "Toronto, ON M5J 0C3"],
        ["RR 3, Site 12, Box 9", "Sylvan Lake AB T4S 1X7"],
        ["PO Box 418, Stn Main", "Whitehorse YT Y1A 6E2"],
        ["1152 Nelson St, Unit 6", "Vancouver BC V6E 1J4"],
        ["64 Queen St", "Charlottetown, PE C1A 4A9"],
        ["Suite 210, 10155 102 St NW", "Edmonton, AB T5J 4G8"],
    ],
    "AU": [
        ["Unit 3/15 Parnell St", "Fremantle WA 6160"],
        ["Cnr Smith & Knuckey Sts", "Darwin City NT 0800"],
        ["PO Box 412", "Byron Bay NSW 2481"],
        ["Lot 7 Bruce Hwy", "Gympie QLD 4570"],
        ["12/88 Chapel St", "Windsor VIC 3181"],
        ["Level 4, 100 King William St", "Adelaide SA 5000"],
        ["RMB 2240", "Mansfield VIC 3722"],
        ["5/2 Bungan St", "Mona Vale NSW 2103"],
    ],
    "NZ": [
        ["Flat 2, 14 Cuba Street", "Te Aro", "Wellington 6011"],
        ["1482 State Highway 2", "RD 2", "Tauranga 3172"],
        ["12B Kowhai Place", "Ōtaki 5512"],
        ["PO Box 90211", "Victoria Street West", "Auckland 1142"],
        ["Apartment 507, 30 Beach Road", "Auckland Central", "Auckland 1010"],
        ["3/41 Riccarton Road", "Riccarton", "Christchurch 8011"],
    ],
    "IE": [
        ["Apt 14, The Maltings", "Bow Lane", "Dublin 8", "D08 E9W7"],
        ["Ballymore", "Co. Westmeath", "N91 F2K8"],
        ["22 Mill Street", "Macroom", "Co. Cork", "P12 XY63"],
        ["The Old Forge, Kilmacthomas", "Co. Waterford X42 RK77"],
        ["Flat 2, 7 Eyre Square", "Galway H91 T2C4"],
        ["41 Seafield Park", "Clontarf", "Dublin 3", "D03 K6P2"],
    ],
    "ZA": [
        ["Unit 12 Sunset Villas", "45 Beach Road", "Strand", "7140"],
        ["PO Box 1123", "Pietermaritzburg", "3200"],
        ["Stand 4451, Zone 6", "Soweto", "1809"],
        ["17 Jan Smuts Ave", "Parktown", "Johannesburg", "2193"],
        ["Plot 88, Main Road", "Rustenburg 0299"],
        ["Flat 304 Oceanic Towers, 2 Sea Point Main Rd", "Sea Point, Cape Town 8005"],
        ["23 Umhlanga Rocks Drive", "La Lucia", "Durban", "4051"],
    ],
    "IN": [
        ["Flat 402, B Wing, Sai Krupa Apartments", "opp. Inorbit Mall, Malad West", "Mumbai 400064"],
        ["H.No. 12-2-823/A, near Hanuman Temple", "Mehdipatnam", "Hyderabad - 500028"],
        ["#45, 3rd Cross, 5th Main", "HSR Layout Sector 2", "Bengaluru, Karnataka 560102"],
        ["C-14, Second Floor, Lajpat Nagar II", "New Delhi 110024"],
        ["Door No. 7/112, behind SBI ATM", "Gandhi Road", "Kochi, Kerala - 682016"],
        ["Plot 9, Sector 21, Near Sai Baba Mandir", "Kamothe, Navi Mumbai 410209"],
        ["2nd floor, above Sharma Sweets, Sadar Bazar", "Agra Cantt", "Agra, UP 282001"],
    ],
    "SG": [
        ["Blk 123 Ang Mo Kio Ave 6", "#08-1234", "Singapore 560123"],
        ["10 Anson Road", "#22-02 International Plaza", "Singapore 079903"],
        ["Blk 502 Jurong West St 51, #11-287", "Singapore 640502"],
        ["Blk 88 Tampines St 81 #03-410", "S(520088)"],
        ["21 Lorong 27 Geylang", "#02-05", "Singapore 388160"],
    ],
    "NG": [
        ["Plot 15, Admiralty Way", "Lekki Phase 1", "Lagos"],
        ["No. 7 Oba Akran Avenue, beside GTBank", "Ikeja", "Lagos State"],
        ["House 4, Close 12, 3rd Avenue", "Gwarinpa", "Abuja 900108"],
        ["12 Aba Road, opposite Shoprite", "Port Harcourt", "Rivers State"],
        ["P.O. Box 2344", "Ibadan", "Oyo State"],
        ["Flat 3, Block C, Jakande Estate, near Ojo Barracks", "Lagos"],
        ["14B Ogui Road, after First Bank junction", "Enugu 400102"],
    ],
}
# special address families (military, campus, hospital, rural)
ADDR_MIL = [["PSC 817 Box 23", "FPO AE 09622"], ["Unit 2050 Box 4190", "APO AP 96278"],
            ["CMR 480 Box 2214", "APO AE 09128"], ["USS Nimitz (CVN 68)", "FPO AP 96620-2820"],
            ["Unit 3 Mess, RAF Akrotiri", "BFPO 57"]]
ADDR_CAMPUS = [
    ["Mosher-Jordan Hall, Room 312", "200 Observatory St", "Ann Arbor, MI 48109"],
    ["Room 14, Goodricke College", "University of York", "Heslington", "York YO10 5DD"],
    ["Box 4471, Gilman Hall", "3400 N Charles St", "Baltimore, MD 21218"],
    ["Room B207, Chancellors Hall", "University of the Witwatersrand", "Braamfontein 2050"],
    ["Unit 6, Block 8, Prince George's Park Residences", "Singapore 118430"],
    ["Room 118, Knox College", "Arden Street", "Dunedin 9016"],
]
ADDR_HOSP = [
    ["Mercy Hospital, 4 West, Room 418", "2215 Truman Rd", "Kansas City, MO 64108"],
    ["Ward 5B, Royal Hobart Hospital", "48 Liverpool St", "Hobart TAS 7000"],
    ["Ward 22, St James's University Hospital", "Beckett Street", "Leeds LS9 7TF"],
    ["Tower B, Ward 63, Singapore General Hospital", "Outram Road", "Singapore 169608"],
    ["Maternity Ward, Lagos University Teaching Hospital", "Idi-Araba", "Surulere, Lagos"],
    ["St. Michael's Hospital, 8th Floor, Rm 812", "30 Bond St", "Toronto, ON M5B 1W8"],
]
ADDR_RURAL = [
    ["RR 2 Box 118", "Dalhart, TX 79022"], ["1482 State Highway 2", "RD 2", "Tauranga 3172"],
    ["RMB 2240", "Mansfield VIC 3722"], ["RR 3, Site 12, Box 9", "Sylvan Lake AB T4S 1X7"],
    ["Glenmore Farm, 2281 Old Coach Rd", "RD 1", "Te Awamutu 3879"],
    ["Farm Rietfontein 112", "off R44", "Stellenbosch 7600"],
    ["Drumcliffe Upper", "Co. Sligo", "F91 W2Y8"],
    ["HC 65 Box 42", "Alpine, TX 79830"],
]


def cc_of_lines(lines):
    j = " ".join(lines)
    for cc, pat in (("SG", r"Singapore"), ("GB", r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|BFPO"),
                    ("CA", r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b"), ("AU", r"\b(?:VIC|NSW|QLD|WA|SA|TAS|NT)\b"),
                    ("NZ", r"\bRD \d|Dunedin|Tauranga|Te Awamutu"), ("IE", r"Co\. |[A-Z]\d{2} [A-Z\d]{4}"),
                    ("ZA", r"Witwatersrand|Braamfontein|Stellenbosch|R44"), ("NG", r"Lagos"),
                    ("US", r"\b[A-Z]{2} \d{5}|APO|FPO")):
        if re.search(pat, j):
            return cc
    return "US"


def addr_lines(cc=None):
    if cc is None:
        cc = pick(COUNTRIES)
    lines = list(pick(ADDR[cc]))
    if _fk_us and chance(0.12) and cc in ("US", "GB"):
        fk = _fk_us if cc == "US" else _fk_gb
        lines = [fk.street_address()] + lines[-1:]
        if cc == "US" and not re.search(r"\d{5}", lines[-1]):
            lines[-1] = fk.city() + ", " + fk.state_abbr() + " " + fk.zipcode()
    return lines


def render_addr(lines, style=None):
    style = style or pick(["comma"] * 5 + ["nocomma", "multi", "multi", "lower", "mixed"])
    if style == "comma":
        return ", ".join(lines)
    if style == "nocomma":
        return " ".join(l.replace(",", "") for l in lines)
    if style == "multi":
        return "\n".join(lines)
    if style == "lower":
        return ", ".join(lines).lower()
    if style == "caps":
        return ", ".join(lines).upper()
    if style == "mixed":  # some commas missing
        out = lines[0]
        for l in lines[1:]:
            out += (" " if chance(0.5) else ", ") + l
        return out
    raise ValueError(style)



PC_RE = (r"(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})|(?:[A-Z]\d[A-Z] ?\d[A-Z]\d)|(?:\d{4,6}(?:-\d{4})?)"
         r"|(?:[A-Z]\d{2} ?[A-Z\d]{4})|(?:S\(\d{6}\))")


def split_city_pc(lines):
    """-> (street_lines, city_or_None, postcode_or_None) for form-style field splitting"""
    lines = list(lines)
    last = lines[-1].strip()
    if re.fullmatch(PC_RE, last) and len(lines) >= 3:
        return lines[:-2], lines[-2].strip(), last
    m = re.match(r"^(.*?)[ ,\-]+(" + PC_RE + r")$", last)
    if m and m.group(1).strip(" ,-"):
        return lines[:-1], m.group(1).strip(" ,-"), m.group(2)
    if re.fullmatch(PC_RE, last):
        return lines[:-1], None, last
    return lines[:-1], last, None


def addr(cc=None, style=None):
    return render_addr(addr_lines(cc), style)


# ----------------------------------------------------------------------------------------------
# Phones
# ----------------------------------------------------------------------------------------------
PHONE_PAT = {
    "US": ["(A) NNN-NNNN", "A-NNN-NNNN", "A.NNN.NNNN", "+1 A NNN NNNN", "+1 (A) NNN-NNNN",
           "1-A-NNN-NNNN", "A NNN NNNN", "+1-A-NNN-NNNN"],
    "CA": ["(A) NNN-NNNN", "A-NNN-NNNN", "+1 A NNN NNNN", "1 (A) NNN-NNNN", "A.NNN.NNNN"],
    "GB": ["07NNN NNNNNN", "+44 7NNN NNNNNN", "+44 (0)7NNN NNN NNN", "020 NNNN NNNN",
           "+44 (0)20 NNNN NNNN", "0161 NNN NNNN", "0113 NNN NNNN", "01632 NNNNNN", "07NNN-NNN-NNN"],
    "AU": ["04NN NNN NNN", "+61 4NN NNN NNN", "(02) NNNN NNNN", "+61 (0)3 NNNN NNNN",
           "08 NNNN NNNN", "04NNNNNNNN", "+61 2 NNNN NNNN"],
    "NZ": ["021 NNN NNNN", "022 NNN NNNN", "+64 21 NNN NNNN", "(09) NNN NNNN", "+64 9 NNN NNNN",
           "027-NNN-NNNN", "(03) NNN NNNN"],
    "IE": ["087 NNN NNNN", "086 NNN NNNN", "+353 87 NNN NNNN", "+353 (0)85 NNN NNNN",
           "(01) NNN NNNN", "021 NNN NNNN", "+353 1 NNN NNNN", "083-NNN-NNNN"],
    "ZA": ["082 NNN NNNN", "072 NNN NNNN", "+27 83 NNN NNNN", "(021) NNN NNNN", "011-NNN-NNNN",
           "+27 (0)11 NNN NNNN", "084 NNN NNNN", "+27 71 NNN NNNN"],
    "IN": ["+91 98NNN NNNNN", "+91-9NNNNNNNNN", "9NNNNNNNNN", "098NNN NNNNN", "022-NNNN NNNN",
           "080 NNNN NNNN", "+91 80 NNNN NNNN", "+91 70NNN-NNNNN", "(0484) 2NN NNNN"],
    "SG": ["+65 9NNN NNNN", "8NNN NNNN", "6NNN NNNN", "+65 6NNN-NNNN", "(65) 9NNN NNNN",
           "+6591NNNNNN"],
    "NG": ["0803 NNN NNNN", "0806 NNN NNNN", "+234 803 NNN NNNN", "+234 (0) 813 NNN NNNN",
           "+23480NNNNNNNN", "0809-NNN-NNNN", "01-NNNNNNN", "0705 NNN NNNN", "0803/NNN/NNNN",
           "+234 (0)909 NNN NNNN"],
}
AREA = {"US": ["503", "512", "312", "917", "404", "206", "716", "305", "615", "801"],
        "CA": ["416", "604", "403", "514", "902", "613", "204", "780"]}
TOLLFREE = {
    "US": ["1-800-NNN-NNNN", "(888) NNN-NNNN", "1 (877) NNN-NNNN", "800.NNN.NNNN"],
    "CA": ["1-888-NNN-NNNN", "1-866-NNN-NNNN"],
    "GB": ["0800 NNN NNNN", "0345 NNN NNNN", "0808 NNN NNNN", "0333 NNN NNNN"],
    "AU": ["1300 NNN NNN", "1800 NNN NNN", "13 NN NN"],
    "NZ": ["0800 NNN NNN", "0508 NNN NNN"],
    "IE": ["1800 NNN NNN", "1850 NNN NNN"],
    "ZA": ["0860 NNN NNN", "0800 NNN NNN", "0861-NNN-NNN"],
    "IN": ["1800-NNN-NNNN", "1800 NN NNNN", "1860 NNN NNNN"],
    "SG": ["1800 NNN NNNN", "1800-NNN-NNNN"],
    "NG": ["0700 NNN NNNN", "0700-CALL-NOW", "0800 NNN NNNN"],
}
VANITY = ["1-800-FLOWERS", "1-800-CONTACTS", "1-877-KARS-4-KIDS", "1-800-GOT-JUNK",
          "1-888-MY-PLUMB", "1300 DUNLOP", "1800 FIX NOW", "0800 SPARKY", "1-866-PET-MEDS",
          "1-800-PIZZA-44"]


def phone(cc=None, kind="any"):
    cc = cc or pick(COUNTRIES)
    if kind == "toll" or (kind == "any" and chance(0.05)):
        s = fillN(pick(TOLLFREE[cc]))
    else:
        s = pick(PHONE_PAT[cc])
        if "A" in s:
            s = s.replace("A", pick(AREA[cc]))
        s = fillN(s)
    if kind == "ext" or (kind == "any" and chance(0.08) and cc in ("US", "CA")):
        s += pick([" ext. ", " x", " ext ", " Ext: ", " extn "]) + digits(pick([2, 3, 4]))
    return s


def mobile(cc):
    pats = {"US": "(A) NNN-NNNN", "CA": "A-NNN-NNNN", "GB": "07NNN NNNNNN", "AU": "04NN NNN NNN",
            "NZ": "021 NNN NNNN", "IE": "087 NNN NNNN", "ZA": "082 NNN NNNN", "IN": "98NNN NNNNN",
            "SG": "9NNN NNNN", "NG": "0803 NNN NNNN"}
    s = pats[cc]
    if "A" in s:
        s = s.replace("A", pick(AREA[cc]))
    return fillN(s)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def speak_number(num):
    """'0412 345 678' -> 'oh four one two, three four five, six seven eight' (with doubles)"""
    groups = []
    for g in num.split():
        out, i = [], 0
        while i < len(g):
            d = g[i]
            w = "oh" if d == "0" and chance(0.6) else WORDS[int(d)]
            if i + 1 < len(g) and g[i + 1] == d and chance(0.7):
                out.append(("double " + w))
                i += 2
            else:
                out.append(w)
                i += 1
        groups.append(" ".join(out))
    return pick([", ", " ", " ... "]).join(groups)


def split_phone(cc):
    """a number broken by filler words; returns the whole as-written string (one span)."""
    opts = {
        "AU": ["04NN ... NNN NNN", "04NN, uh, NNN NNN", "04NN - NNN - NNN"],
        "NG": ["0803 - uh - NNN NNNN", "0806... NNN... NNNN"],
        "GB": ["07NNN ... NNN NNN", "07NNN, sorry, NNNNNN"],
        "US": ["(A) NNN ... NNNN", "A, NNN, NNNN"],
        "IN": ["98NNN ... NNNNN", "98NNN, then NNNNN"],
        "ZA": ["082 ... NNN NNNN", "072 NNN, uh, NNNN"],
        "IE": ["087 ... NNN NNNN"], "NZ": ["021 ... NNN NNNN"], "SG": ["9NNN ... NNNN"],
        "CA": ["A ... NNN-NNNN"],
    }
    s = pick(opts[cc])
    if "A" in s:
        s = s.replace("A", pick(AREA[cc]))
    return fillN(s)


# ----------------------------------------------------------------------------------------------
# e-mails, cards, IBANs, SSNs, IPs
# ----------------------------------------------------------------------------------------------
DOM = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
       "CA": ["gmail.com", "rogers.com", "shaw.ca", "hotmail.ca", "videotron.ca"],
       "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk"],
       "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"],
       "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"],
       "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
       "ZA": ["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za", "vodamail.co.za"],
       "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
       "SG": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
       "NG": ["gmail.com", "yahoo.com", "ymail.com", "outlook.com"]}


def _slug(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ô", "o"), ("ç", "c"), ("í", "i"), ("á", "a"),
                 ("ó", "o"), ("ú", "u"), ("ś", "s"), ("ō", "o"), ("ë", "e"), ("ê", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z]", "", s)


def email(p=None, work_domain=None):
    p = p or person()
    g, f = _slug(p.g.split()[0]), _slug(p.f.split()[-1])
    local = pick([f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}{rng.randint(1, 99)}",
                  f"{g}.{f}{rng.randint(70, 99)}", f"{f}.{g}", f"{g}{rng.randint(100, 999)}",
                  f"{g}.{f}+{pick(['returns', 'shop', 'promo', 'news'])}"])
    return f"{local}@{work_domain or pick(DOM[p.cc])}"


def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card():
    brand = pick(["visa", "visa", "mc", "amex", "mc2"])
    if brand == "visa":
        body = "4" + digits(14)
    elif brand == "mc":
        body = "5" + str(rng.randint(1, 5)) + digits(13)
    elif brand == "mc2":
        body = "22" + str(rng.randint(21, 70)) + digits(11)
    else:
        body = pick(["34", "37"]) + digits(12)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    sep = pick([" ", " ", "-", ""])
    if len(num) == 15:
        return num if not sep else sep.join([num[:4], num[4:10], num[10:]])
    return num if not sep else sep.join(num[i:i + 4] for i in range(0, 16, 4))


def iban(cc=None):
    cc = cc or pick(["GB", "IE"])
    bank = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if cc == "GB" else pick(
        ["AIBK", "BOFI", "IPBS", "ULSB"])
    bban = bank + digits(6) + digits(8)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(conv) % 97
    s = f"{cc}{ck:02d}{bban}"
    if chance(0.6):
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bic_for(ib):
    bank = ib.replace(" ", "")[4:8]
    return bank + ib[:2] + pick(["2D", "2L", "22"]) if ib[:2] == "GB" else bank + "IE2D"


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ipv4():
    return pick([f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
                 f"{rng.randint(1, 254)}", f"102.89.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                 f"49.36.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def ip():
    return ipv4() if chance(0.7) else ipv6_real()


def ipv6_real():
    pat = pick(["2001:8003:%x:%x::%x", "2405:201:%x:%x::%x", "2a02:c7c:%x:%x::%x",
                "2c0f:f4c0:%x:%x::%x", "2600:1700:%x:%x::%x"])
    return pat % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


# ----------------------------------------------------------------------------------------------
# places, distractors
# ----------------------------------------------------------------------------------------------
CITIES = {"US": ["Denver", "Tulsa", "Boise", "Austin", "Sacramento", "Albuquerque"],
          "CA": ["Calgary", "Halifax", "Saskatoon", "Kelowna", "Québec City"],
          "GB": ["Leeds", "Bristol", "Milton Keynes", "Swansea", "Aberdeen", "Norwich"],
          "AU": ["Geelong", "Townsville", "Ballarat", "Hobart", "Wollongong", "Toowoomba"],
          "NZ": ["Hamilton", "Dunedin", "Palmerston North", "Nelson", "Whangārei"],
          "IE": ["Galway", "Cork", "Limerick", "Athlone", "Letterkenny"],
          "ZA": ["Durban", "Gqeberha", "Bloemfontein", "Polokwane", "Stellenbosch"],
          "IN": ["Pune", "Kochi", "Indore", "Chandigarh", "Coimbatore", "Lucknow"],
          "SG": ["Jurong East", "Tampines", "Woodlands", "Punggol"],
          "NG": ["Ibadan", "Port Harcourt", "Kano", "Enugu", "Abeokuta", "Benin City"]}
REGIONS = {"US": ["Ohio", "Texas", "New Jersey"], "CA": ["Ontario", "Nova Scotia", "Alberta"],
           "GB": ["Yorkshire", "Cornwall", "Wales"], "AU": ["Queensland", "Tasmania", "the NT"],
           "NZ": ["Canterbury", "Waikato", "Otago"], "IE": ["Co. Kerry", "Connemara", "Donegal"],
           "ZA": ["KwaZulu-Natal", "Gauteng", "the Western Cape"],
           "IN": ["Kerala", "Maharashtra", "Punjab"], "SG": ["Sentosa", "Bukit Timah"],
           "NG": ["Lagos State", "Rivers State", "Kaduna"]}
CUR = {"US": "$", "CA": "C$", "GB": "£", "AU": "A$", "NZ": "NZ$", "IE": "€", "ZA": "R",
       "IN": "₹", "SG": "S$", "NG": "₦"}


def city(cc=None):
    return pick(CITIES[cc or pick(COUNTRIES)])


def money(cc):
    c = CUR[cc]
    v = rng.choice([19.99, 42.5, 89, 129.95, 249, 1149, 12.4, 65])
    if cc == "IN":
        return f"₹{rng.randint(4, 120) * 100 - 1:,}"
    if cc == "NG":
        return f"₦{rng.randint(5, 300) * 500:,}"
    if cc == "ZA":
        return f"R{rng.randint(2, 90) * 50 - 1:,}.00".replace(",", " ")
    return f"{c}{v:,.2f}"


def order_id():
    return pick([f"#{rng.randint(100000, 999999)}", f"ORD-{rng.randint(2023, 2025)}-{digits(6)}",
                 f"SO{digits(8)}", f"#A{digits(7)}", f"W{digits(9)}", f"{digits(3)}-{digits(7)}-{digits(7)}"])


def ticket_id():
    return pick([f"INC{digits(7)}", f"CS-{digits(6)}", f"#{digits(5)}", f"TKT-{digits(4)}-{digits(3)}",
                 f"ZD{digits(6)}", f"Case {digits(8)}"])


def tracking():
    return pick([f"1Z{digits(3)}AA{digits(10)}", f"33{pick(['ABC', 'QZT', 'LPK'])}{digits(8)}",
                 f"JD0146{digits(14)}", f"{digits(12)}", f"CP{digits(9)}CA", f"NZP{digits(9)}",
                 f"RR{digits(9)}IN", f"EE{digits(9)}NG", f"SGP{digits(10)}"])


def sku():
    return pick([f"SKU-{digits(4)}-{digits(2)}", f"{pick(['HX', 'TB', 'MX', 'KR'])}-{digits(5)}-{digits(4)}",
                 f"{digits(6)}-{pick(['BLK', 'NVY', 'OLV', 'SND'])}-{pick(['S', 'M', 'L', 'XL', '10', '12'])}",
                 f"P{digits(7)}"])


def date_str():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return pick([f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}",
                 f"{mon} {d}", f"{d} {mon}"])


def time_str():
    return pick([f"{rng.randint(8, 18)}:{pick(['00', '15', '30', '45'])}",
                 f"{rng.randint(1, 11)}.{pick(['00', '15', '30'])}{pick(['am', 'pm'])}",
                 f"{rng.randint(1, 11)}:{pick(['00', '30'])} {pick(['AM', 'PM'])}"])


def agent():
    return pick(AGENTS)


BRANDS_LOOKALIKE = ["Ben & Jerry's", "Ted Baker", "Tim Hortons", "Dick Smith", "Tommy Hilfiger",
                    "Hunter Original", "Jo Malone", "Harvey Norman", "Marks & Spencer", "Wendy's",
                    "Dr. Martens", "Jimmy Choo", "Victoria's Secret", "Paul Smith", "Kate Spade",
                    "Trader Joe's", "Sainsbury's", "Mr Price", "Woolworths", "Bunnings", "Kathmandu",
                    "Fenty Beauty", "Chicken Licken", "Mama Cass Kitchen", "Ruby Tuesday",
                    "Billy Elliot the Musical", "Mrs. Meyer's", "Aunt Bessie's", "Uncle Ben's",
                    "Roti King", "Domino's", "Sephora", "Peter Alexander", "Country Road",
                    "Witchery", "Jack Wills", "Ruby Rose Cafe", "Hope Street Bakery"]
STORMS = ["Hurricane Milton", "Cyclone Alfred", "Storm Éowyn", "Cyclone Gabrielle",
          "Hurricane Helene", "Storm Darragh", "Cyclone Jasper", "Storm Babet"]


# ==============================================================================================
# KINDS.  Each returns a Builder.  All names/addresses/phones go through labelled placeholders.
# ==============================================================================================
def sys_prefix(b):
    """optional system-ish line that CX tools prepend"""
    if chance(0.35):
        b.t(pick(["You are a helpful customer-care writing assistant for ",
                  "System: You write on-brand replies for ",
                  "[context] brand = ", "Role: CX copywriter at "]))
        b.t(pick(["Bloom & Wild", "Koala", "Boots", "Takealot", "Flipkart", "Jumia", "Lazada",
                  "The Iconic", "Mighty Ape", "Harvey Norman", "Canadian Tire", "Chewy",
                  "Dunnes Stores", "Woolworths", "Nykaa", "Shopee", "Konga"]))
        b.t(pick([".\n\n", "\n---\n", "\n\n"]))


def k_winback_email_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    v = rng.randint(0, 5)
    if v == 0:
        b.f("Draft a win-back email to <<n>> (<<e>>) — last order was <<d>>, spent <<m>> lifetime. "
            "Offer 15% with code COMEBACK15. Keep it warm, under 120 words.",
            n=nm(p), e=EM(email(p)), d=date_str(), m=money(cc))
    elif v == 1:
        b.f("write winback email for <<n>>, lapsed 9 months, fav category: running shoes. "
            "sign off as <<a>> from the team", n=nm(p, pick(["first", "lower", "full"])), a=P_(agent()))
    elif v == 2:
        b.f("Customer: <<n>>\nEmail: <<e>>\nCity: <<c>>\nLast purchase: <<s>> on <<d>>\n\n"
            "Task: write a 'we miss you' email. Mention our new <<c2>> store if relevant.",
            n=nm(p), e=EM(email(p)), c=LO(city(cc)), s=sku(), d=date_str(), c2=LO(city(cc)))
    elif v == 3:
        b.f("Can you write a we-miss-you note to <<n>>? She used to buy <<br>> candles every month "
            "then stopped after order <<o>>. Don't sound desperate lol",
            n=nm(p, "first"), br=pick(["Jo Malone", "Glasshouse", "Yankee Candle", "Ecoya"]), o=order_id())
    elif v == 4:
        b.f("Subject line + body please. Win-back for lapsed loyalty member <<n>>, tier Gold, "
            "points balance 4,120 (expires <<d>>). Phone on file <<ph>> — do NOT include it in the email.",
            n=nm(p, pick(["caps", "full", "lastfirst"])), d=date_str(), ph=PH(phone(cc)))
    else:
        b.f("Reactivation email -> <<n>> <<e>>\nTone: cheeky but kind. Product they browsed: "
            "'<<pr>>' boots (size 7). Their last visit was from our app, <<c>>.",
            n=nm(p), e=EM(email(p)), pr=pick(["Hunter Original Tall", "Blundstone 585", "Dr. Martens 1460"]),
            c=LO(city(cc)))
    return b


def k_ticket_summarise_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t(pick(["Summarise this ticket in 3 bullets for the next shift:\n\n",
              "Summarize the following support ticket. Output: issue, customer sentiment, next step.\n\n",
              "tl;dr this ticket pls\n\n"]))
    b.f("Ticket <<t>> | Priority: <<pr>> | Channel: <<ch>>\nRequester: <<n>> <<<e>>>\n",
        t=ticket_id(), pr=pick(["High", "Normal", "Urgent"]), ch=pick(["Email", "Web form", "Chat"]),
        n=nm(p), e=EM(email(p)))
    if chance(0.5):
        b.f("Phone: <<ph>>\n", ph=PH(phone(cc)))
    b.t("\n")
    v = rng.randint(0, 2)
    if v == 0:
        b.f("Hi, my order <<o>> was marked delivered on <<d>> but nothing arrived at <<a>>. "
            "I checked with my neighbour <<nb>> and the building concierge. Please call me back on "
            "<<ph>>, I'm home after <<tm>>.\n<<sig>>",
            o=order_id(), d=date_str(), a=A_(addr(cc, pick(["comma", "nocomma", "lower"]))),
            nb=nm(person(cc), "first"), ph=PH(mobile(cc)), tm=time_str(), sig=nm(p, "first"))
    elif v == 1:
        b.f("I have been charged twice (<<m>> x2) for the same order <<o>>. Card ending 4417. "
            "This is the THIRD time I'm writing. If nobody from your <<c>> office calls me I'm "
            "going to my bank.\n\n— <<sig>>",
            m=money(cc), o=order_id(), c=LO(city(cc)), sig=nm(p))
    else:
        b.f("Agent note (<<ag>>): cx says courier left parcel at wrong unit. Correct address is\n"
            "<<a>>\ncx wants redelivery before <<d>>. Tracking <<tr>>.",
            ag=P_(agent()), a=A_(addr(cc, "multi")), d=date_str(), tr=tracking())
    return b


def k_delivery_note_polite_rewrite_ask():
    b = B(); sys_prefix(b)
    cc = pick(["IN", "NG", "ZA", "AU", "SG", "GB", "US"]); p = person(cc)
    opener = pick(["Rewrite this delivery note politely for the customer:\n\"",
                   "Make this driver note sound professional (customer will see it):\n\n",
                   "Rephrase nicely, keep all details:\n"])
    b.t(opener)
    v = rng.randint(0, 3)
    if v == 0:
        b.f("cust not picking phone <<ph>> 3 times. address <<a>> cant find, no one at gate. "
            "returning to hub. tell <<n>> to give proper landmark",
            ph=PH(mobile(cc)), a=A_(addr(cc, pick(["lower", "nocomma", "comma"]))), n=nm(p, pick(["first", "lower"])))
    elif v == 1:
        b.f("Went to <<a>> at <<tm>>, gate locked, dog barking. Called <<ph>> no answer. "
            "Left card. <<n>> must come collect at depot or rebook.",
            a=A_(addr(cc)), tm=time_str(), ph=PH(phone(cc)), n=nm(p))
    elif v == 2:
        b.f("Oga <<n>> said make I drop am for security post but security no gree collect. "
            "Customer line <<ph>> dey switch off. Address na <<a>>",
            n=nm(person("NG"), pick(["first", "last"])), ph=PH(phone("NG")), a=A_(addr("NG")))
    else:
        b.f("parcel for <<n>> left with <<nb>> at no. <<hn>> next door as customer not home. "
            "photo attached. customer mob <<ph>>",
            n=nm(p), nb=nm(person(cc), pick(["first", "full"])), hn=str(rng.randint(2, 90)),
            ph=PH(mobile(cc)))
    if opener.endswith('"'):
        b.t('"')
    return b


def k_customer_record_paste_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t(pick(["Using the customer record below, write a personalised birthday offer email.\n\n",
              "Here's the CRM record. Suggest 3 products to recommend and why.\n\n",
              "Based on this profile write a one-line SMS (max 160 chars).\n\n"]))
    lines = addr_lines(cc)
    sep = pick([": ", ":\t", " = ", " | "])
    b.f("First Name<<s>><<fn>>\nLast Name<<s>><<ln>>\n", s=sep, fn=P_(p.g if not p.fam_first else p.g),
        ln=P_(p.f) if not p.mono else P_(p.f.split()[-1]))
    b.f("Email<<s>><<e>>\nMobile<<s>><<ph>>\n", s=sep, e=EM(email(p)), ph=PH(phone(cc)))
    st, cty, pc = split_city_pc(lines)
    for i, l in enumerate(st or lines[:1]):
        b.f("Address Line <<i>><<s>><<a>>\n", i=str(i + 1), s=sep, a=A_(l.strip()))
    if cty:
        b.f("City<<s>><<c>>\n", s=sep, c=LO(cty))
    if pc:
        b.f("Postcode<<s>><<pc>>\n", s=sep, pc=pc)
    b.f("Country<<s>><<co>>\nDOB<<s>><<dob>>\nSegment<<s>><<seg>>\nLTV<<s>><<m>>\n",
        s=sep, co=LO({"US": "United States", "GB": "United Kingdom", "CA": "Canada", "AU": "Australia",
                      "NZ": "New Zealand", "IE": "Ireland", "ZA": "South Africa", "IN": "India",
                      "SG": "Singapore", "NG": "Nigeria"}[cc]), dob=date_str(),
        seg=pick(["VIP", "Lapsed", "New", "Deal seeker"]), m=money(cc))
    if chance(0.4):
        b.f("Notes<<s>>prefers WhatsApp; spouse <<sp>> also a member\n", s=sep, sp=nm(person(cc), "first"))
    return b


def k_forwarded_complaint_triage_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc); fw = person(cc)
    b.t(pick(["Classify this complaint (category, severity 1-5, refund risk) and draft a holding reply.\n\n",
              "Triage the forwarded email below. Return JSON {category, urgency, summary}.\n\n"]))
    b.f("---------- Forwarded message ---------\nFrom: <<fn>> <<<fe>>>\nDate: <<d>>\nSubject: FW: "
        "<<subj>>\nTo: complaints@\n\n", fn=nm(fw, "full"), fe=EM(email(fw, pick(["store.example.com", "retailco.com.au", "shop.co.za"]))),
        d=date_str(), subj=pick(["Disgusted", "Order " + order_id(), "Complaint re: delivery", "URGENT!!!"]))
    b.f("<<g>>,\n\nPlease see below from the customer, they rang the <<c>> store twice.\n\n",
        g=pick(["Hi team", "FYI", "Team"]), c=LO(city(cc)))
    b.f("> From: <<n>> <<<e>>>\n> I ordered a <<pr>> (<<s>>) for my mum's 70th and it arrived "
        "smashed. I paid <<m>>. I want a full refund. My number is <<ph>> and I live at <<a>>.\n"
        "> <<sig>>\n",
        n=nm(p, pick(["full", "caps", "lastfirst"])), e=EM(email(p)),
        pr=pick(["Le Creuset casserole", "Royal Doulton vase", "Smeg kettle", "Waterford crystal bowl"]),
        s=sku(), m=money(cc), ph=PH(phone(cc)), a=A_(addr(cc, pick(["comma", "mixed", "lower"]))),
        sig=nm(p, pick(["first", "init"])))
    return b


def k_callcentre_note_cleanup_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t(pick(["Turn this call-centre note into proper sentences for the case file:\n\n",
              "Clean up my wrap-up note, fix spelling, keep facts:\n",
              "Expand abbreviations in this note:\n"]))
    v = rng.randint(0, 2)
    if v == 0:
        b.f("cx <<n>> rang re late dlvry ord <<o>>. adv ETA <<d>>. cx unhappy, req cb from TL. "
            "cb no <<ph>> btwn <<t1>>-<<t2>>. vfd DOB + postcode. ag <<ag>>",
            n=nm(p, pick(["caps", "last", "full"])), o=order_id(), d=date_str(), ph=PH(split_phone(cc) if chance(0.4) else phone(cc)),
            t1=time_str(), t2=time_str(), ag=P_(agent()))
    elif v == 1:
        b.f("spoke w/ <<n>> (acct holder) + her son <<s>> on speaker. addr chg to <<a>>. "
            "new mob <<ph>>, old one disconnected. eml <<e>> unchanged",
            n=nm(p), s=nm(person(cc), "first"), a=A_(addr(cc, pick(["lower", "nocomma", "comma"]))),
            ph=PH(phone(cc)), e=EM(email(p)))
    else:
        b.f("IB call <<tm>>. caller said name is <<n>> but acct is under <<n2>>. "
            "could not verify, no info given. caller num <<ph>> (withheld on 1st attempt). "
            "flagged for fraud team.", tm=time_str(), n=nm(p), n2=nm(person(cc), pick(["full", "lastfirst"])),
            ph=PH(phone(cc)))
    return b


def k_agent_macro_personalise_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Macro: \"Refund processed\" — personalise and make it less robotic:\n\n")
    b.f("Hi <<n>>,\n\nThanks for contacting <<brand>>. Your refund of <<m>> for order <<o>> has been "
        "processed and will appear in 5-7 business days. ",
        n=nm(p, pick(["first", "first", "lower", "caps"])),
        brand=pick(["Koala", "Takealot", "Chemist Warehouse", "Myntra", "Canadian Tire"]), m=money(cc),
        o=order_id())
    if chance(0.5):
        b.f("The return was received at our <<c>> warehouse on <<d>>. ", c=LO(city(cc)), d=date_str())
    b.f("If you have questions, reply to this email or call us on <<ph>>.\n\nKind regards,\n<<ag>>\n"
        "Customer Care",
        ph=PH(phone(cc, "toll") if chance(0.6) else pick(VANITY)), ag=P_(agent()))
    return b


def k_loyalty_tier_export_insight_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES)
    b.t(pick(["Below is a loyalty export. Which members are at risk of dropping tier? Explain briefly.\n\n",
              "Analyse this rewards export and suggest a personalised nudge for each row.\n\n"]))
    sep = pick([",", "\t", ";", " | "])
    b.t(sep.join(["member_id", "name", "email", "mobile", "tier", "points", "last_visit"]) + "\n")
    for q in people(cc if chance(0.7) else None, rng.randint(3, 5)):
        b.t(f"M{digits(7)}" + sep)
        nmv = q.render(pick(["full", "lastfirst", "caps", "full"]))
        if sep == "," and "," in nmv:
            b.t('"').e("PERSON", nmv).t('"')
        else:
            b.e("PERSON", nmv)
        b.t(sep).e("EMAIL_ADDRESS", email(q)).t(sep)
        if chance(0.85):
            b.e("PHONE_NUMBER", phone(q.cc).replace(",", ""))
        b.t(sep + pick(["Gold", "Silver", "Bronze", "Platinum"]) + sep + str(rng.randint(90, 24000))
            + sep + date_str().replace(",", "") + "\n")
    return b


def k_returns_form_extract_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Extract the fields from this returns form as JSON (name, contact, address, items, reason).\n\n"
        "=== RETURNS FORM ===\n")
    b.f("Order no.: <<o>>\nFull name: <<n>>\nContact no.: <<ph>>\nEmail: <<e>>\n"
        "Collection address: <<a>>\nItem(s): <<s>> x1, <<s2>> x2\nReason: <<r>>\n"
        "Refund to: <<rt>>\n",
        o=order_id(), n=nm(p, pick(["full", "caps", "lower", "lastfirst"])), ph=PH(phone(cc)),
        e=EM(email(p)), a=A_(addr(cc, pick(["comma", "nocomma", "lower", "mixed"]))), s=sku(), s2=sku(),
        r=pick(["too small", "faulty zip", "not as pictured", "changed mind"]),
        rt=pick(["original payment", "store credit", "bank account (see below)"]))
    if chance(0.6) and cc in ("GB", "IE"):
        b.f("Account name: <<n>>  IBAN: <<ib>>\n", n=nm(p, "full"), ib=("IBAN_CODE", iban(cc)))
    b.t("Signature: ").e("PERSON", p.render("init")).t("\n")
    return b


def k_appointment_reminder_sms_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    biz = pick(["Smile Dental", "Brightside Physio", "Clip Joint Barbers", "Glow Skin Clinic",
                "Specsavers", "Lens & Frame Optometry", "City Hearing"])
    b.f("Write an appointment reminder SMS (<=160 chars) for <<n>>: <<biz>>, <<d>> at <<t>> with Dr "
        "<<pr>>. Clinic address <<a>>. Reply line <<ph>>.",
        n=nm(p, pick(["first", "full"])), biz=biz, d=date_str(), t=time_str(),
        pr=P_(pick(["Okafor", "Nguyen", "Shah", "Morrison", "Fenwick", "Mbeki-Jones", "O'Leary"])),
        a=A_(render_addr(pick([l for l in ADDR[cc] if "Box" not in l[0]]), "comma")), ph=PH(phone(cc)))
    return b


def k_review_reply_draft_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    stars = rng.randint(1, 5)
    b.t(pick(["Draft a public reply to this review. Don't repeat personal details.\n\n",
              "Write owner response (friendly, short) to:\n\n"]))
    who = pick([p.render("first") + " " + p.f[0], p.render("full"), p.render("first")])
    b.f("★<<st>> — <<w>>, <<c>>\n\"", st=str(stars), w=P_(who), c=LO(city(cc)))
    if stars <= 2:
        b.f("Waited 40 mins for a table even though I booked. Server <<srv>> was lovely but the manager "
            "(<<mg>>?) was rude when I asked. <<d>>, table for 6.",
            srv=P_(pick(["Jade", "Marcus", "Hope", "Summer", "Hunter", "Precious"])), mg=P_(pick(["Greg", "Sandeep", "Ms Lungu"]).replace("Ms ", "")),
            d=date_str())
    else:
        b.f("Best <<it>> in town!! Shout out to <<srv>> who remembered my order. Go the <<dish>>.",
            it=pick(["flat white", "bunny chow", "masala dosa", "jollof", "laksa", "poutine"]),
            srv=P_(pick(["Summer", "Goodluck", "Tiana", "Wiremu", "Deepika", "Bongani"])),
            dish=pick(["Big Ben breakfast", "Miss Daisy salad", "Johnny Cash burger", "Lady Grey cake"]))
    b.t("\"")
    return b


def k_influencer_brief_fill_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p, mg = people(cc, 2)
    b.t("Fill in the gaps of this influencer brief and make it exciting. Keep logistics as-is.\n\n")
    b.f("CREATOR: <<n>> (@<<h>>)\nMANAGER: <<mgr>> — <<me>> / <<mp>>\nCAMPAIGN: "
        "<<camp>>\nDELIVERABLES: 1x Reel, 3x Stories\nSHIP PRODUCT TO:\n<<a>>\n"
        "FEE: <<m>>\nGO-LIVE: <<d>>\n",
        n=nm(p, pick(["full", "caps", "nick"])), h=_slug(p.g) + pick(["eats", ".lifts", "_styles", "travels"]),
        mgr=nm(mg, "full"), me=EM(email(mg, pick(["talentco.com", "mgmt.co", "starhouse.agency"]))),
        mp=PH(phone(cc)), camp=pick(["Summer Glow", "Hope Street Collection launch", "Victoria Bitter Xmas",
                                     "Hunter x Festival", "Tim Tam Slam season"]),
        a=A_(addr(cc, "multi")), m=money(cc), d=date_str())
    return b


def k_sales_call_summary_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p, cfo = people(cc, 2); rep = person()
    b.t("Summarise this sales call for the CRM (pain points, budget, next steps, owner):\n\n")
    b.f("[00:00] <<r>>: Thanks for taking the call, <<n>>.\n[00:04] <<n2>>: No worries. So we've got "
        "11 stores across <<reg>> and our loyalty app is a mess.\n[01:12] <<r>>: Budget-wise?\n"
        "[01:15] <<n2>>: Around <<m>> for year one. Loop in our CFO, <<cfo>>, at <<e>>.\n"
        "[02:40] <<r>>: I'll send the deck. Best number?\n[02:43] <<n2>>: Mobile, <<ph>>.\n",
        r=P_(rep.render("first")), n=P_(p.render("first")), n2=P_(p.render("first")),
        reg=LO(pick(REGIONS[cc])), m=CUR[cc] + str(rng.randint(40, 900)) + "k", cfo=nm(cfo, "full"),
        e=EM(email(cfo, pick(["freshmart.com.au", "kwikspar.co.za", "bigbazaar.in", "nzhomeware.co.nz", "shop.example.com"]))),
        ph=PH(phone(cc)))
    return b


def k_field_tech_visit_writeup_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t(pick(["Write a customer-friendly visit summary email from this technician note:\n\n",
              "Convert tech note -> customer summary + follow-up tasks\n\n"]))
    b.f("JOB <<j>> | Tech: <<t>> | Site: <<a>>\nCust: <<n>> <<ph>>\n"
        "Arrived <<t1>>. Replaced router (model AX3000 fw v<<fw>>), ran speed test 94/38. "
        "Fault in lead-in cable from pole outside no. <<hn>>. Needs civil works; cust to be contacted "
        "by <<t2>>. Cust's tenant <<ten>> present on site, gate code 4471#.",
        j=digits(7), t=P_(pick(["R. Pillay", "Dave K", "Sibusiso", "Mike O'Halloran", "Arjun", "Tauri"])),
        a=A_(addr(cc, pick(["comma", "nocomma", "lower"]))), n=nm(p), ph=PH(phone(cc)), t1=time_str(),
        fw=f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(10, 99)}", hn=str(rng.randint(3, 99)),
        t2=date_str(), ten=nm(person(cc), pick(["first", "full"])))
    return b


def k_pharmacy_collection_reminder_ask():
    b = B(); sys_prefix(b)
    cc = pick(["GB", "AU", "IE", "NZ", "CA", "ZA", "US", "SG"]); p = person(cc)
    b.f("Write a discreet reminder text: prescription ready for collection for <<n>> at <<shop>>. "
        "DON'T name the medicine. Pharmacist <<ph_n>>. Call <<ph>> if someone else (e.g. <<o>>) "
        "will collect.",
        n=nm(p, pick(["full", "first", "init"])),
        shop=pick(["Boots, Victoria Street", "Chemist Warehouse Hope Island", "Unichem Queen St",
                   "Shoppers Drug Mart", "Clicks Sea Point", "Walgreens on Main", "Guardian Tampines 1"]),
        ph_n=P_(pick(["Aisling", "Mr Shah".replace("Mr ", ""), "Wen Jie", "Thandi", "Grace"])), ph=PH(phone(cc)),
        o=P_(pick(["her husband Tom", "his daughter Jess", "her carer Lwazi"]).split()[-1]))
    return b


def k_vet_vaccination_text_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    pet = pick(["Biscuit", "Hunter", "Summer", "Mr Darcy", "Bailey", "Kevin", "Hope", "Precious", "Oscar"])
    b.f("Write a cheerful booster reminder to <<n>> for <<pet>> (<<sp>>, due <<d>>). "
        "Booking link or call <<ph>>. Our clinic: <<a>>.",
        n=nm(p, pick(["first", "full", "lastfirst"])), pet=pet, sp=pick(["cat", "labrador", "kelpie", "rabbit"]),
        d=date_str(), ph=PH(phone(cc)), a=A_(addr(cc, "comma")))
    if chance(0.4):
        b.t(" Note: pets are named after their owners' faves, don't comment on the name.")
    return b


def k_clinic_recall_letter_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Format this as a formal recall letter (letterhead style):\n\n")
    b.f("<<n>>\n<<a>>\n\nDear <<t>> <<ln>>,\nYou are due for your annual check with Dr <<doc>>. "
        "Please call reception on <<ph>> or email <<e>>.\n",
        n=nm(p, pick(["full", "caps", "init"])), a=A_(addr(cc, "multi")), t=pick(["Mr", "Ms", "Mrs", "Dr", "Mx"]),
        ln=P_(p.short if p.mono else p.f), doc=P_(pick(["Dr Adaeze Nnamdi", "Dr Ravi Menon", "Dr Sarah-Jane Pike", "Dr Tan Hui Min"]).replace("Dr ", "")),
        ph=PH(phone(cc)), e=EM(pick(["reception", "frontdesk", "bookings"]) + "@" + pick(["harbourmedical.com.au", "parkviewclinic.co.uk", "lifecaremedical.co.za", "sunrisehealth.ca"])))
    return b


def k_address_normalise_ask():
    b = B()
    b.t(pick(["Normalise these addresses to the country's postal format, one per line:\n",
              "Fix casing and abbreviations in these shipping addresses. Don't invent missing parts.\n"]))
    for i in range(rng.randint(2, 4)):
        cc = pick(COUNTRIES)
        src = pick([ADDR[cc], ADDR_MIL, ADDR_RURAL, ADDR_CAMPUS])
        b.t(f"{i + 1}. ").e("STREET_ADDRESS", render_addr(pick(src), pick(["lower", "nocomma", "caps", "mixed"]))).t("\n")
    return b


def k_phone_e164_convert_ask():
    b = B()
    b.t(pick(["Convert each number to E.164. If it isn't a phone number, say so.\n",
              "Standardise to +CC format; leave order/ref numbers alone:\n"]))
    items = []
    for _ in range(rng.randint(3, 5)):
        items.append(("P", phone(pick(COUNTRIES))))
    items.append(("X", pick([order_id(), tracking(), f"Ref {mobile('AU')}".replace(' ', '-', 1)])))
    if chance(0.5):
        items.append(("P", pick(VANITY)))
    rng.shuffle(items)
    for k, v in items:
        b.t("- ")
        if k == "P":
            b.e("PHONE_NUMBER", v)
        else:
            b.t(v)
        b.t("\n")
    return b


def k_dedupe_contacts_judge_ask():
    b = B()
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Are these two CRM contacts the same person? Answer yes/no/unsure and why.\n\n")
    b.f("A: <<n1>> | <<e1>> | <<ph1>> | <<a1>>\nB: <<n2>> | <<e2>> | <<ph2>> | <<a2>>\n",
        n1=nm(p, "full"), e1=EM(email(p)), ph1=PH(phone(cc)), a1=A_(addr(cc, "comma")),
        n2=nm(p, pick(["lastfirst", "caps", "init", "first", "lower"])), e2=EM(email(p)), ph2=PH(phone(cc)),
        a2=A_(addr(cc, pick(["lower", "nocomma"]))))
    return b


def k_plain_english_rewrite_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Rewrite in plain English (reading age 12) for the customer:\n\n")
    b.f("Dear <<n>>, pursuant to clause 7.2 of the Terms, your account (ref. <<r>>) has been placed in "
        "arrears status. Remittance of <<m>> is required by <<d>>. Queries: <<ph>> or "
        "<<e>>. Correspondence address on file: <<a>>.",
        n=nm(p, pick(["full", "caps"])), r=digits(9), m=money(cc), d=date_str(), ph=PH(phone(cc, "toll")),
        e=EM(pick(["accounts", "collections", "billing"]) + "@" + pick(["energy.example.co.uk", "telco.example.com.au", "fibre.co.za"])),
        a=A_(addr(cc, "comma")))
    return b


def k_apology_letter_compose_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc); sender = person(cc)
    b.t("Compose an apology letter with the address block below at the top. Gesture: "
        + money(cc) + " voucher.\n\n")
    b.f("<<n>>\n<<a>>\n\nRe: your visit to our <<c>> branch on <<d>>\n\nSigned: <<s>>, Store Manager",
        n=nm(p, pick(["full", "caps", "init"])), a=A_(addr(cc, "multi")), c=LO(city(cc)), d=date_str(),
        s=nm(sender, "full"))
    return b


def k_pay_on_delivery_rider_msg_ask():
    b = B(); sys_prefix(b)
    cc = pick(["NG", "IN", "ZA"]); p = person(cc)
    b.f("Write a short message to customer <<n>> confirming pay-on-delivery of <<m>> for order <<o>>. "
        "Rider <<r>> (<<rp>>) will arrive <<t>>. Delivery point: <<a>>. Ask them to have exact change.",
        n=nm(p, pick(["first", "full", "caps"])), m=money(cc), o=order_id(), r=P_(person(cc).render("first")),
        rp=PH(phone(cc)), t=pick(["between 2 and 4pm", "tomorrow morning", "today"]), a=A_(addr(cc, pick(["comma", "lower"]))))
    return b


def k_catering_quote_reply_ask():
    b = B(); sys_prefix(b)
    cc = pick(["SG", "IN", "NG", "ZA", "AU"]); p, col = people(cc, 2)
    b.t("Draft a catering quote reply from this enquiry:\n\n")
    b.f("From: <<n>> <<ph>>\nEvent: <<ev>> for 80 pax, <<d>>\nVenue: <<a>>\n"
        "Menu: halal, 2 veg options, no beef. Budget <<m>>.\nPls also cc my colleague <<c>> <<ce>>",
        n=nm(p), ph=PH(phone(cc)), ev=pick(["company D&D", "1st birthday", "naming ceremony", "Diwali lunch", "Eid open house"]),
        d=date_str(), a=A_(addr(cc, pick(["comma", "nocomma"]))), m=money(cc),
        c=nm(col, "full"), ce=EM(email(col)))
    return b


def k_festive_greeting_personalise_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES)
    fest = {"IN": "Diwali", "SG": "Chinese New Year", "NG": "Sallah", "ZA": "Heritage Day"}.get(cc, pick(["Christmas", "Thanksgiving", "Matariki", "St Patrick's Day", "Hanukkah"]))
    b.t(f"Personalise a short {fest} greeting for each VIP below (mention their last purchase):\n")
    for q in people(cc, rng.randint(2, 4)):
        b.t("* ").e("PERSON", q.render(pick(["full", "first", "caps"]))).t(" — ")
        b.t(pick(["Ted Baker blazer", "gold jhumkas", "Peter Alexander PJs", "Kathmandu jacket", "Woolworths hamper",
                  "Hunter wellies", "Jo Malone diffuser"])).t(", ").e("LOCATION", city(cc)).t("\n")
    return b


def k_survey_verbatim_theme_ask():
    b = B()
    cc = pick(COUNTRIES)
    b.t("Group these survey verbatims into themes and give a count per theme:\n")
    for i in range(rng.randint(3, 5)):
        v = pick([0, 3, 5]) if i == 0 else rng.randint(0, 5)
        b.t('- "')
        if v == 0:
            b.f("<<n>> at the <<c>> branch was a legend, sorted my return in 2 mins", n=P_(pick(AGENTS)), c=LO(city(cc)))
        elif v == 1:
            b.t("app keeps logging me out since v" + f"{rng.randint(3, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}")
        elif v == 2:
            b.t("delivery took 9 days, tracking " + tracking() + " never updated")
        elif v == 3:
            b.f("please stop calling me on <<ph>> i said no already", ph=PH(phone(cc)))
        elif v == 4:
            b.t("love the " + pick(BRANDS_LOOKALIKE) + " range but prices up " + money(cc))
        else:
            b.f("tell <<n>> the manager the toilets are disgusting", n=P_(person(cc).render(pick(["first", "full"]))))
        b.t('"\n')
    return b


def k_escalation_handover_email_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc); tl = person()
    b.f("Write an internal handover email to <<tl>> (team lead) about customer <<n>>. Facts: 4 contacts in "
        "10 days, promised callback never happened, now threatening <<where>>. Acct email <<e>>, "
        "best number <<ph>>. Preferred time: after school pick-up.",
        tl=nm(tl, pick(["first", "full"])), n=nm(p), where=pick(["the Ombudsman", "Hellopeter", "Trustpilot", "a chargeback", "the ComReg"]),
        e=EM(email(p)), ph=PH(phone(cc)))
    return b


def k_refund_to_bank_confirm_ask():
    b = B(); sys_prefix(b)
    cc = pick(["GB", "IE"]); p = person(cc); ibv = iban(cc)
    b.f("Confirm to <<n>> that we'll refund <<m>> to the account below (they can't use the card any more). "
        "Keep it short, don't repeat full bank details in the reply.\n\nAccount holder: <<h>>\nIBAN: <<ib>>\n"
        "BIC: <<bic>>\nRef: <<o>>",
        n=nm(p, pick(["first", "full"])), m=money(cc), h=nm(p, pick(["caps", "full", "init"])),
        ib=("IBAN_CODE", ibv), bic=bic_for(ibv), o=order_id())
    return b


def k_card_read_out_on_chat_redact_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Customer pasted their card in chat. Summarise the chat for the case and tell me what to redact:\n\n")
    b.f("<<n>>: hi my payment keeps failing\n<<ag>>: Sorry about that! Which card are you using?\n"
        "<<n>>: <<c>> exp <<ex>> cvv <<cv>>\n<<ag>>: Please don't share full card numbers here. I'll "
        "send a secure link to <<e>>.\n",
        n=P_(p.render(pick(["first", "full"]))), ag=P_(agent()), c=("CREDIT_CARD", card()),
        ex=f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", cv=digits(3), e=EM(email(p)))
    return b


def k_fraud_signal_explain_ask():
    b = B()
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Explain in plain words why this order was flagged, for a store manager:\n\n")
    b.f("order <<o>> | billing name <<n>> | ship-to name <<n2>>\nbilling addr: <<a1>>\nship addr: <<a2>>\n"
        "ip <<ip>> (geo: <<gc>>) | device seen on 7 accounts | email <<e>> created <<d>>\n"
        "card BIN 4539 | AVS: N | score 87",
        o=order_id(), n=nm(p, "full"), n2=nm(person(), pick(["full", "first"])),
        a1=A_(addr(cc, "comma")), a2=A_(addr(pick(COUNTRIES), pick(["comma", "lower"]))),
        ip=("IP_ADDRESS", ip()), gc=LO(city()), e=EM(email(person())), d=date_str())
    return b


def k_login_trouble_reply_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Write a reply to <<n>> who says 'I can't log in'. Our logs show 6 failed attempts from <<ip1>> "
        "and a successful one from <<ip2>> at <<t>>. Account email <<e>>. Suggest password reset; "
        "do not share the IPs with the customer.",
        n=nm(p, pick(["first", "full"])), ip1=("IP_ADDRESS", ip()), ip2=("IP_ADDRESS", ipv6_real() if chance(0.5) else ipv4()),
        t=time_str(), e=EM(email(p)))
    return b


def k_benefits_enrolment_callback_ask():
    b = B(); sys_prefix(b)
    p, spouse = people("US", 2)
    b.f("Summarize this broker CRM note and draft a callback script. Do not read the SSN aloud.\n\n"
        "Client: <<n>>  DOB <<dob>>  SSN <<ssn>>\nSpouse: <<sp>>\nHome: <<a>>\nCell <<ph>>\n"
        "Wants to add newborn to plan before <<d>>. Open enrollment ends <<d2>>.",
        n=nm(p, pick(["full", "lastfirst", "caps"])), dob=date_str(), ssn=("US_SSN", ssn()),
        sp=nm(spouse, "full"), a=A_(addr("US", "comma")), ph=PH(phone("US")), d=date_str(), d2=date_str())
    return b


def k_store_staff_shoutout_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES)
    s1, s2 = people(cc, 2)
    b.f("Write a staff newsletter shout-out: <<a>> and <<b>> from our <<c>> store got 5-star mentions "
        "this week. A customer even named her puppy after <<a2>>! Keep it fun.",
        a=nm(s1, pick(["full", "first"])), b=nm(s2, pick(["full", "first"])), c=LO(city(cc)),
        a2=P_(s1.short))
    return b


def k_vip_preview_invite_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Write an invite to our VIP preview night for <<n>> and guest. Venue: <<v>>, <<a>>. "
        "RSVP to <<host>> on <<ph>> or <<e>>. Dress code: smart casual.",
        n=nm(p, pick(["full", "caps", "nick"])), v=pick(["The Kingsley Rooms", "Hotel Victoria", "Victoria & Albert Wharf Loft", "Ruby Tuesday Lounge"]),
        a=A_(addr(cc, "comma")), host=nm(person(cc), pick(["first", "full"])), ph=PH(phone(cc)),
        e=EM(pick(["events", "vip", "rsvp"]) + "@" + pick(["mrpricegroup.co.za", "countryroad.com.au", "brownthomas.ie", "tatacliq.in"])))
    return b


def k_account_plan_from_notes_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES)
    b.t("Turn these account notes into a 1-page account plan (stakeholders, risks, 90-day actions):\n\n")
    for q in people(cc, rng.randint(2, 4)):
        b.t("• ").e("PERSON", q.render(pick(["full", "init", "first"]))).t(" – ")
        b.t(pick(["Head of CX", "procurement", "CMO, decision maker", "IT, blocker", "champion"]))
        if chance(0.6):
            if chance(0.5):
                b.t(", ").e("EMAIL_ADDRESS", email(q, pick(["spar.co.za", "jbhifi.com.au", "relianceretail.com", "dunnes.ie"])))
            else:
                b.t(", ").e("PHONE_NUMBER", phone(cc))
        b.t("\n")
    b.t(f"Renewal {date_str()}, ARR {CUR[cc]}{rng.randint(40, 900)}k, HQ ")
    b.e("LOCATION", city(cc)).t(".\n")
    return b


def k_chatbot_handoff_summary_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("The bot is handing this chat to a human. Write a 2-line summary for the agent.\n\n")
    b.f("Bot: Hi! What's your name?\nUser: <<n>>\nBot: Thanks <<n2>>! How can I help?\nUser: my parcel "
        "<<tr>> says delivered but its not here. im at <<a>>\nBot: Sorry! Can I get a contact number?\n"
        "User: <<ph>>\nBot: Connecting you to a human…",
        n=P_(p.render(pick(["lower", "first", "full"]))), n2=P_(p.short), tr=tracking(),
        a=A_(addr(cc, pick(["lower", "nocomma"]))), ph=PH(phone(cc)))
    return b


def k_voicemail_to_task_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Convert this voicemail transcript into a task (who, what, callback number):\n\n\"")
    b.f("Hi it's <<n>>, um, calling about the couch that was meant to come <<d>>. Can someone call me "
        "back on <<ph>>, that's my mobile. Or my partner <<pa>>, same surname. Thanks, bye.\"",
        n=P_(p.render(pick(["full", "first"]))), d=pick(["yesterday", "Tuesday", "on the 14th"]),
        ph=PH(split_phone(cc)), pa=P_(person(cc).short))
    return b


def k_abandoned_cart_nudge_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Abandoned cart email for <<n>> (<<e>>). Cart: <<i1>> (<<s1>>), <<i2>>. Total <<m>>. "
        "Mention free shipping to <<c>>.",
        n=nm(p, pick(["first", "full"])), e=EM(email(p)),
        i1=pick(["Hunter Original Short boots", "Ted Baker tote", "Kate Spade purse", "Tommy Hilfiger polo",
                 "Paul Smith wallet", "Summer Fridays lip balm"]), s1=sku(),
        i2=pick(["Mrs. Meyer's hand soap", "Jo Malone candle", "Dr. Martens polish"]), m=money(cc), c=LO(city(cc)))
    return b


def k_warranty_claim_eligibility_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Is this warranty claim in period? Purchase <<d>>, 24-month cover. Reply to customer.\n\n"
        "Name: <<n>>\nModel: <<mod>>\nSerial: <<ser>>\nPurchased at: <<shop>>\nContact: <<ph>> / <<e>>\n"
        "Fault: won't turn on after firmware <<fw>>",
        d=date_str(), n=nm(p), mod=pick(["KX-TG2721", "DW-90210-4471", "SMG-A54", "BRV-870"]), ser=f"SN{digits(10)}",
        shop=pick(["Harvey Norman Auburn", "JB Hi-Fi", "Dick Smith", "Currys PC World", "Croma", "Incredible Connection"]),
        ph=PH(phone(cc)), e=EM(email(p)), fw=f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}")
    return b


def k_moving_house_update_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Customer moved. Write a confirmation email and list what else they should update.\n"
        "Name: <<n>>\nOld: <<a1>>\nNew: <<a2>>\nEffective <<d>>. Landline <<ph>> will be disconnected.",
        n=nm(p), a1=A_(addr(cc, pick(["comma", "nocomma"]))), a2=A_(addr(cc, pick(["comma", "multi", "mixed"]))),
        d=date_str(), ph=PH(phone(cc)))
    return b


def k_military_ship_address_check_ask():
    b = B(); sys_prefix(b)
    ml = pick(ADDR_MIL)
    p = person("GB" if "BFPO" in ml[0] else "US")
    b.f("Can we ship to this address with our standard courier or do we need USPS/BFPO? Explain to the customer.\n\n"
        "<<n>>\n<<a>>\nPhone: <<ph>>",
        n=nm(p, pick(["full", "caps"])), a=A_(render_addr(ml, pick(["multi", "comma"]))), ph=PH(phone(p.cc)))
    return b


def k_campus_mailroom_delivery_ask():
    b = B(); sys_prefix(b)
    al = pick(ADDR_CAMPUS); cc = cc_of_lines(al); p = person() if chance(0.4) else person(cc)
    b.f("Rewrite our shipping instructions for a student. Their address: <<a>>. Name on the box must match "
        "the student ID: <<n>>. Mailroom phone <<ph>>.",
        a=A_(render_addr(al, pick(["comma", "multi", "lower"]))), n=nm(p, pick(["full", "caps"])),
        ph=PH(phone(cc)))
    return b


def k_hospital_flower_delivery_ask():
    b = B(); sys_prefix(b)
    al = pick(ADDR_HOSP); cc = cc_of_lines(al); p, s = people(cc, 2)
    b.f("Flower order to a hospital. Write the driver instructions + card message.\nRecipient: <<n>> (patient)\n"
        "Deliver to: <<a>>\nFrom: <<s>>, <<ph>>\nCard: \"Get well soon, love from all of us at <<sh>>\"",
        n=nm(p), a=A_(render_addr(al, pick(["comma", "multi"]))), s=nm(s, pick(["first", "full"])),
        ph=PH(phone(s.cc)), sh=pick(["Tim Hortons Stittsville", "Woolies Bondi", "Ben & Jerry's Camden", "Jimmy's Killer Prawns"]))
    return b


def k_rural_delivery_directions_ask():
    b = B(); sys_prefix(b)
    al = pick(ADDR_RURAL); p = person(cc_of_lines(al))
    b.f("Turn these rural directions into clear driver notes:\n\n<<a>> — <<dir>>. Ring <<n>> on <<ph>> "
        "when at the cattle grid.",
        a=A_(render_addr(al, pick(["comma", "nocomma", "lower"]))),
        dir=pick(["2nd gate after the church, blue letterbox", "past the dairy shed, turn left at the big gum",
                  "look for the milk can letterbox", "gravel road 3km after the store"]),
        n=nm(p, pick(["first", "full"])), ph=PH(phone(p.cc)))
    return b


def k_po_box_courier_dispute_ask():
    b = B(); sys_prefix(b)
    cc = pick(["US", "AU", "ZA", "NZ", "CA", "NG"])
    lines = [l for l in ADDR[cc] if "Box" in l[0]]
    lines = pick(lines) if lines else pick(ADDR[cc])
    p = person(cc)
    b.f("Customer is upset the courier won't deliver to a PO box. Explain kindly and ask for a street address.\n"
        "Customer: <<n>>\nGiven address: <<a>>\nPhone: <<ph>>",
        n=nm(p), a=A_(render_addr(lines, "comma")), ph=PH(phone(cc)))
    return b


def k_referral_thanks_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p, q = people(cc, 2)
    b.f("Thank <<n>> for referring <<f>> (<<fe>>). They both get <<m>> credit. Short + fun.",
        n=nm(p, pick(["first", "full"])), f=nm(q, pick(["full", "first", "lower"])), fe=EM(email(q)), m=money(cc))
    return b


def k_order_confirm_chat_message_ask():
    b = B(); sys_prefix(b)
    cc = pick(["IN", "NG", "SG", "ZA"]); p = person(cc)
    b.f("Write a chat confirmation message for this order (emoji ok):\nName - <<n>>\nNo - <<ph>>\n"
        "Addr - <<a>>\nItems - <<it>>\nTotal - <<m>> (COD)",
        n=nm(p, pick(["full", "first", "caps"])), ph=PH(phone(cc)), a=A_(addr(cc, pick(["comma", "lower", "nocomma"]))),
        it=pick(["2 x ankara fabric 6yd", "1 kg kaju katli", "bak kwa 500g", "Chicken Licken Soul Box x3"]), m=money(cc))
    return b


def k_agent_coaching_feedback_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); ag = agent(); p = person(cc)
    b.f("Give coaching feedback to <<ag>> based on this call excerpt (empathy, accuracy, compliance):\n\n"
        "<<ag2>>: can I confirm your full name?\nCaller: <<n>>\n<<ag3>>: and the address on the account?\n"
        "Caller: <<a>>\n<<ag4>>: great and I'll just read back your card, <<c>>, yeah?",
        ag=P_(ag), ag2=P_(ag), ag3=P_(ag), ag4=P_(ag), n=P_(p.render(pick(["full", "lower"]))),
        a=A_(addr(cc, pick(["lower", "nocomma"]))), c=("CREDIT_CARD", card()))
    return b


def k_social_mention_reply_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Draft a reply to this public post (move to DMs, no personal info in public):\n\n"
        "<<n>> (@<<h>>): @brand 3rd time my order hasn't come. <<c>> branch says call head office, "
        "head office says call branch. Ring me <<ph>> if anyone actually cares",
        n=nm(p, pick(["full", "first", "caps"])), h=_slug(p.g) + str(rng.randint(1, 99)), c=LO(city(cc)),
        ph=PH(phone(cc)))
    return b


def k_csv_column_mapping_ask():
    b = B()
    cc = pick(COUNTRIES)
    b.t("Map these columns to our schema (first_name,last_name,email,phone,address1,city,postcode). Sample rows:\n\n")
    b.t("Customer,Contact,E-mail,Street,Town,PC\n")
    for q in people(cc, rng.randint(2, 3)):
        lines = addr_lines(cc)
        b.t('"').e("PERSON", q.render("lastfirst") if not (q.mono or q.fam_first) else q.full()).t('",')
        b.e("PHONE_NUMBER", phone(cc).replace(",", "")).t(",").e("EMAIL_ADDRESS", email(q)).t(',"')
        st, cty, pc = split_city_pc(lines)
        b.e("STREET_ADDRESS", ", ".join(st) if st else lines[0]).t('",')
        if cty:
            b.t('"').e("LOCATION", cty).t('"')
        b.t("," + (pc or "") + "\n")
    return b


def k_json_payload_explain_ask():
    b = B()
    cc = pick(COUNTRIES); p = person(cc)
    b.t("Why does this webhook fail validation? Payload:\n```json\n{\n")
    b.f('  "event": "customer.updated",\n  "customer": {\n    "name": "<<n>>",\n    "email": "<<e>>",\n'
        '    "phone": "<<ph>>",\n    "shipping": {"line1": "<<a1>>", "city": "<<c>>", "postal_code": null},\n'
        '    "last_ip": "<<ip>>",\n    "tags": ["vip", "<<br>>"]\n  },\n  "api_version": "2024-06-20"\n}\n```',
        n=nm(p, pick(["full", "caps", "lower"])), e=EM(email(p)), ph=PH(phone(cc)), a1=A_(addr_lines(cc)[0]),
        c=LO(city(cc)), ip=("IP_ADDRESS", ip()), br=pick(["ted-baker", "hunter", "jo-malone"]))
    return b


def k_sms_reply_classify_ask():
    b = B()
    cc = pick(COUNTRIES)
    b.t("Classify each inbound SMS reply as OPT_OUT / INTERESTED / QUESTION / OTHER:\n")
    for _ in range(rng.randint(3, 5)):
        q = person(cc)
        b.e("PHONE_NUMBER", phone(cc)).t(": ")
        b.t(pick(["", "", "", ""]))
        v = rng.randint(0, 4)
        if v == 0:
            b.t(pick(["STOP", "stop pls", "Unsubscribe", "STOP ALL"]))
        elif v == 1:
            b.t("yes interested, this is ").e("PERSON", q.render(pick(["first", "full"])))
        elif v == 2:
            b.t("is the " + pick(BRANDS_LOOKALIKE) + " deal on in ").e("LOCATION", city(cc)).t("?")
        elif v == 3:
            b.t("wrong number, I'm not ").e("PERSON", q.render("first"))
        else:
            b.t("Call me on ").e("PHONE_NUMBER", phone(cc)).t(" instead")
        b.t("\n")
    return b


def k_gift_message_proofread_ask():
    b = B(); sys_prefix(b)
    p, q = people(None, 2)
    b.f("Proofread this gift message (fix spelling only):\n\"Dear <<n>>, happy 40th!! cant beleive its been "
        "20 years since <<pl>>. love always, <<s>> xx\"\nDeliver to: <<a>>",
        n=P_(p.render(pick(["first", "nick", "lower"]))), pl=LO(city()), s=P_(q.render(pick(["first", "first", "lower"]))),
        a=A_(addr(p.cc, pick(["comma", "lower"]))))
    return b


def k_collection_point_reroute_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Customer wants parcel <<tr>> redirected to a pickup point. Draft the reply with the nearest point.\n"
        "Customer: <<n>>, <<ph>>\nHome: <<a>>\nNearest points: <<pp1>>; <<pp2>>",
        tr=tracking(), n=nm(p), ph=PH(phone(cc)), a=A_(addr(cc)),
        pp1=pick(["Pargo @ Clicks Sea Point", "Parcel Lockers – Hope Street", "PUDO Locker Sandton City",
                  "InPost – Morrisons Victoria Rd", "Woolworths Metro Collins St"]),
        pp2=pick(["Post Office Main St", "NZ Post Shop Queen St", "Canada Post in Shoppers", "Evri ParcelShop – Victoria Rd Spar"]))
    return b


def k_outage_callback_list_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES)
    b.f("Write a short outage apology SMS and tell me who to call back first (oldest complaint):\n"
        "Area: <<ar>>. Restored <<t>>.\n", ar=LO(city(cc)), t=time_str())
    for q in people(cc, rng.randint(2, 4)):
        b.t(date_str() + " ").e("PERSON", q.render(pick(["full", "caps", "lastfirst"]))).t(" ")
        b.e("PHONE_NUMBER", phone(cc)).t(" — " + pick(["medical equipment at home", "business customer", "elderly, lives alone", "no TV"]) + "\n")
    return b


def k_viewing_followup_ask():
    b = B(); sys_prefix(b)
    cc = pick(["GB", "AU", "NZ", "IE", "ZA", "CA"]); p = person(cc)
    b.f("Write a follow-up email after a property viewing at <<a>> to <<n>> (<<e>>). Agent: <<ag>>. "
        "Offer deadline <<d>>.",
        a=A_(addr(cc, "comma")), n=nm(p), e=EM(email(p)), ag=P_(person(cc).render("full")), d=date_str())
    return b


def k_vehicle_service_due_nudge_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("SMS + email: <<n>>'s <<car>> (rego <<rego>>) is due for its <<km>> service. Book at our "
        "<<c>> dealership or call <<ph>>.",
        n=P_(p.render(pick(["first", "full"]))), car=pick(["Toyota Hilux", "Ford Ranger", "Mazda CX-5", "VW Polo Vivo", "Maruti Swift"]),
        rego=pick(["1ABC234", "CA 123-456", "KA-03-MN-4421", "FGH 55 GP", "SGX1234A"]), km=pick(["60,000km", "30,000 mile", "15,000 km"]),
        c=LO(city(cc)), ph=PH(phone(cc)))
    return b


def k_insurance_renewal_explain_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Explain why this renewal premium went up, in a friendly email to <<n>>:\nPolicy <<pol>> | Insured "
        "address: <<a>> | Prev <<m1>> -> New <<m2>> | Claims: 1 (storm, <<st>>)",
        n=nm(p, pick(["first", "full"])), pol=f"HOM{digits(8)}", a=A_(addr(cc, "comma")), m1=money(cc), m2=money(cc),
        st=pick(STORMS))
    return b


def k_trial_lesson_followup_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); parent, kid = people(cc, 2)
    b.f("Follow up with <<par>> after <<kid>>'s trial <<what>> lesson. Coach <<co>> said she did great. "
        "Parent mobile <<ph>>.",
        par=nm(parent, pick(["first", "full"])), kid=P_(kid.short), what=pick(["swim", "piano", "maths tutoring", "coding"]),
        co=P_(pick(["Hope", "Summer", "Coach Tane".split()[-1], "Mrs Adeyemi".split()[-1]])), ph=PH(phone(cc)))
    return b


def k_gym_freeze_request_reply_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Reply to this membership freeze request; policy: max 3 months, medical cert needed.\n\n"
        "\"Hi, it's <<n>> (member <<mid>>). I've broken my ankle, can you freeze my membership from <<d>>? "
        "You can call me on <<ph>>. Cheers\"",
        n=nm(p, pick(["full", "first", "lower"])), mid=digits(6), d=date_str(), ph=PH(phone(cc)))
    return b


def k_salon_rebook_nudge_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("It's been 8 weeks since <<n>>'s balayage with <<sty>>. Write a rebook nudge text. Salon: "
        "<<sal>>, <<a>>, <<ph>>.",
        n=P_(p.render(pick(["first", "full"]))), sty=P_(pick(["Jade", "Precious", "Summer", "Tiarna", "Kelechi", "Ciara"])),
        sal=pick(["Toni & Guy", "Rush", "Just Cuts", "Hair by Hope", "Lady Jane Salon"]), a=A_(addr(cc, "comma")),
        ph=PH(phone(cc)))
    return b


def k_brand_ambassador_shortlist_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES)
    b.t("Rank these ambassador applicants for a running-shoe launch and justify:\n")
    for i, q in enumerate(people(cc, rng.randint(2, 4))):
        b.t(f"{i + 1}) ").e("PERSON", q.render(pick(["full", "caps", "nick", "lower"]))).t(", ")
        b.e("LOCATION", city(cc)).t(f", {rng.randint(2, 90)}k followers, ")
        b.e("EMAIL_ADDRESS", email(q)).t("\n")
    return b


def k_complaint_letter_ocr_summarise_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t("This is an OCR of a posted letter (may have errors). Summarise and draft a reply.\n\n")
    b.f("<<n>>\n<<a>>\nTel <<ph>>\n\n<<d>>\n\nTo the Manager,\nI am writing about the fridge deliverd by your "
        "men on the <<d2>>. They scratched my floor. I am <<age>> and live alone. My grandson <<gs>> helped me "
        "write this.\nYours faithfully\n<<sig>>",
        n=nm(p, pick(["full", "caps", "init"])), a=A_(addr(cc, "multi")), ph=PH(phone(cc)), d=date_str(),
        d2=pick(["3rd", "twelth", "21st"]), age=str(rng.randint(72, 91)), gs=P_(person(cc).short), sig=P_(p.render("init")))
    return b


def k_tenant_move_in_welcome_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Write a welcome pack email for the new customer of our broadband service:\n<<n>>, install at "
        "<<a>> on <<d>>. Technician <<t>> will call <<ph>> 30 mins before.",
        n=nm(p), a=A_(addr(cc, pick(["comma", "mixed"]))), d=date_str(), t=P_(person().render("first")), ph=PH(phone(cc)))
    return b


def k_two_customers_same_name_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc); two = rng.sample(ADDR[cc], 2)
    b.f("We have two customers both called <<n>>. One lives at <<a1>>, the other at <<a2>>. Write a note to "
        "the warehouse explaining how to tell the orders apart (ref <<o1>> vs <<o2>>).",
        n=nm(p, "full"), a1=A_(render_addr(two[0], "comma")), a2=A_(render_addr(two[1], pick(["comma", "lower"]))),
        o1=order_id(), o2=order_id())
    return b


def k_surname_first_name_fix_ask():
    b = B()
    p = pick([x for x in PEOPLE if x.fam_first or x.mono] + BY_CC["NG"])
    b.f("Our email says 'Hi <<wrong>>' to this customer. Their full name is <<n>>. What should the greeting "
        "be? Also their address <<a>> got split wrongly.",
        wrong=P_(p.f if p.fam_first else p.f.split()[-1]), n=nm(p, "full"), a=A_(addr(p.cc, "comma")))
    return b


def k_ticket_reply_tone_check_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Check the tone of my draft reply before I send it:\n\n\"Hi <<n>>, as I said in my previous 3 emails, "
        "we cannot deliver to <<a>> because it is outside our zone. Please stop calling <<ph>>, that line is for "
        "new orders. Regards, <<ag>>\"",
        n=P_(p.render(pick(["first", "full"]))), a=A_(addr(cc, "comma")), ph=PH(phone(cc, "toll")), ag=P_(agent()))
    return b


def k_unsubscribe_reason_reply_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Write a short reply acknowledging this unsubscribe and confirm we've removed <<e>> and <<ph>>:\n"
        "\"You keep emailing my late <<rel>> <<h>>. Please remove them from everything. <<n>>\"",
        e=EM(email(p)), ph=PH(phone(cc)), rel=pick(["husband", "wife", "mother", "father", "partner"]),
        h=P_(person(cc).render(pick(["full", "first"]))), n=nm(p, pick(["first", "full"])))
    return b


def k_b2b_invoice_query_reply_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.f("Reply to this accounts-payable query. Invoice <<inv>> for <<m>>, PO <<po>>.\n\n"
        "From: <<n>>, Accounts Payable, <<co>>\n<<e>> | DD <<ph>>\nAddress for invoices: <<a>>",
        inv="INV-" + digits(6), m=money(cc), po="PO" + digits(7), n=nm(p),
        co=pick(["Dick Smith Holdings", "Mr Price Group", "Marks & Spencer plc", "Tim Hortons Franchise 442"]),
        e=EM(email(p, pick(["ap.example.com", "finance.example.co.za", "accounts.example.ie"]))), ph=PH(phone(cc, "ext")),
        a=A_(addr(cc, pick(["comma", "multi"]))))
    return b


def k_event_no_show_followup_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES)
    b.t("These people registered for our in-store masterclass but didn't show. Write one follow-up email template "
        "and personalise the first line for each:\n")
    for q in people(cc, rng.randint(2, 4)):
        b.e("PERSON", q.render(pick(["full", "lastfirst", "caps"]))).t(" <").e("EMAIL_ADDRESS", email(q)).t(">\n")
    b.t("Event: " + pick(["Sourdough 101", "Skincare with Fenty Beauty", "Bunnings DIY deck workshop"]) + ", ")
    b.e("LOCATION", city(cc)).t(", " + date_str())
    return b


def k_driver_dispatch_sms_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc); dr = person(cc)
    b.f("Write the 'driver on the way' SMS: driver <<d>>, ETA <<t>>, to <<n>> at <<a>>. Driver contact "
        "<<ph>> (masked number, fine to share).",
        d=P_(dr.render("first")), t=time_str(), n=P_(p.render("first")), a=A_(addr(cc, pick(["comma", "nocomma"]))),
        ph=PH(phone(cc)))
    return b


def k_dsar_reply_draft_ask():
    b = B(); sys_prefix(b)
    cc = pick(["GB", "IE", "ZA", "AU", "NZ", "SG", "IN", "CA", "NG"]); p = person(cc)
    b.f("Draft an acknowledgement for this data access request (statutory deadline one month):\n\n"
        "\"I, <<n>>, of <<a>>, request a copy of all personal data you hold about me including call recordings "
        "from <<ph>> and emails from <<e>>.\"",
        n=nm(p, pick(["full", "caps"])), a=A_(addr(cc, "comma")), ph=PH(phone(cc)), e=EM(email(p)))
    return b


def k_spoken_number_cleanup_ask():
    b = B(); sys_prefix(b)
    cc = pick(["AU", "GB", "IE", "NZ", "ZA"]); p = person(cc)
    spoken = speak_number(mobile(cc))
    b.f("Transcript from our voice bot, please extract the callback number in digits:\n\"yeah it's <<n>> and the "
        "number is <<sp>> thanks\"",
        n=P_(p.render(pick(["full", "first"]))), sp=PH(spoken))
    return b


def k_moto_payment_note_scrub_ask():
    b = B(); sys_prefix(b)
    cc = pick(COUNTRIES); p = person(cc)
    b.t(pick(["PCI check: the agent typed a card into the order notes. Rewrite the note without card data, keep everything else:\n\n",
              "Scrub payment details from this phone-order note and summarise it:\n\n"]))
    c = card()
    v = rng.randint(0, 2)
    if v == 0:
        b.f("phone order <<o>> taken by <<ag>> <<tm>>. cust <<n>> ph <<ph>>. paid by card <<c>> exp <<ex>> "
            "(said cvv, not written). deliver to <<a>> — ring bell twice",
            o=order_id(), ag=P_(agent()), tm=time_str(), n=nm(p, pick(["full", "caps", "lower"])), ph=PH(phone(cc)),
            c=("CREDIT_CARD", c), ex=f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}", a=A_(addr(cc, pick(["lower", "comma", "nocomma"]))))
    elif v == 1:
        b.f("MOTO | <<n>> | card no. <<c>> | amt <<m>> | auth declined x1, retried ok | email receipt to <<e>>",
            n=nm(p, pick(["lastfirst", "full", "init"])), c=("CREDIT_CARD", c), m=money(cc), e=EM(email(p)))
    else:
        b.f("Mrs <<n>> called to pay her layby balance of <<m>>. Card: <<c>>. She asked us to also update her "
            "mobile to <<ph>>. Pickup at our <<ct>> store Sat.",
            n=P_(p.short if p.mono else p.f), m=money(cc), c=("CREDIT_CARD", c), ph=PH(mobile(cc)), ct=LO(city(cc)))
    return b


def k_gym_sepa_mandate_plain_terms_ask():
    b = B(); sys_prefix(b)
    cc = pick(["IE", "GB"]); p = person(cc); ibv = iban(cc)
    b.f("Explain in plain terms to <<n>> what this direct debit mandate means (first collection, how to cancel). "
        "Don't repeat the IBAN in full.\n\nMandate ref: <<mr>>\nDebtor: <<dn>>\nDebtor address: <<a>>\n"
        "IBAN: <<ib>>\nBIC: <<bic>>\nAmount: <<m>> monthly from <<d>>\nCreditor: <<cr>>",
        n=nm(p, "first"), mr="MND-" + digits(8), dn=nm(p, pick(["full", "caps", "lastfirst"])),
        a=A_(addr(cc, pick(["comma", "mixed"]))), ib=("IBAN_CODE", ibv), bic=bic_for(ibv), m=money(cc), d=date_str(),
        cr=pick(["FlyeFit Ltd", "PureGym Ltd", "Energie Fitness", "The Gym Group", "Ben Dunne Gyms"]))
    return b


def k_rent_to_own_application_digest_ask():
    b = B(); sys_prefix(b)
    p, co = people("US", 2)
    b.f("Summarize this lease-to-own application for the store manager (approve/decline factors only). "
        "Mask the SSNs in your answer.\n\nApplicant: <<n>>\nSSN: <<s1>>\nAddress: <<a>>\nYears at address: 2\n"
        "Phone: <<ph>>  Alt: <<ph2>>\nEmployer: <<emp>>, monthly income <<m>>\nCo-applicant: <<c>> (SSN <<s2>>)\n"
        "Item: <<it>> (<<sk>>), 18-mo agreement",
        n=nm(p, pick(["full", "caps", "lastfirst"])), s1=("US_SSN", ssn()), a=A_(addr("US", pick(["comma", "nocomma"]))),
        ph=PH(phone("US")), ph2=PH(phone("US", "ext") if chance(0.5) else phone("US")),
        emp=pick(["Dollar General DC", "Tyson Foods", "Walmart #2214", "Ben E. Keith Co."]), m=f"${rng.randint(21, 58) * 100:,}",
        c=nm(co, pick(["full", "first"])), s2=("US_SSN", ssn()),
        it=pick(["Ashley sectional", "Samsung 65in TV", "Whirlpool washer/dryer set"]), sk=sku())
    return b


# ---------------------------------------------------------------------------------------------- NO-PII kinds
def k_subject_line_brainstorm_nopii_ask():
    b = B(); sys_prefix(b)
    b.t(pick(["Give me 10 subject lines for our ", "Brainstorm email subject lines: "]))
    b.t(pick(["Summer Sale", "Hope Street Collection drop", "Boxing Day", "Black Friday x Ben & Jerry's collab",
              "Mother's Day gifting (Jo Malone, Kate Spade, Ted Baker)", "EOFY clearance"]))
    b.t(f". Ends {date_str()} {time_str()}. Code {pick(['SUMMER25', 'HOPE10', 'VIP-2025', 'JIMMY15'])} gives "
        f"{rng.randint(10, 40)}% off orders over {money(pick(COUNTRIES))}. Avoid spam words.")
    return b


def k_product_description_rewrite_nopii_ask():
    b = B(); sys_prefix(b)
    b.t("Rewrite this product description for SEO, keep specs exact:\n\n")
    b.t(pick(["The Hunter Original Tall in Olive", "Victoria Street Linen Throw", "Lady Grey Earl Tea Tin",
              "The Ruby Tuesday Sling Bag", "Mr. Sheen Multi-Surface (Jasmine)", "The Harvey Tweed Blazer"]))
    b.t(f" — SKU {sku()}, model code {pick(['ZP-90210-4471', 'HX-30301-2284', 'TB-10001-0042', 'KR-75201-3310'])}. "
        f"RRP {money(pick(COUNTRIES))}. Ships in {rng.randint(2, 9)} days. Fits sizes 4–12. Care: "
        f"cold wash 30°C. Firmware (smart version): v{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 40)}.")
    return b


def k_store_hours_notice_nopii_ask():
    b = B(); sys_prefix(b)
    b.t("Write a store-hours notice for our socials: ")
    b.t(pick(["Sydney Road Cycles", "Hope Street Bakery", "Victoria Street Pharmacy", "King William Books",
              "Elizabeth Street Deli", "Johnston & Murphy outlet", "Queen St Mall kiosk"]))
    b.t(f" closes at {time_str()} on {date_str()} for stocktake, reopens {date_str()} {time_str()}. "
        f"Click & collect orders #{digits(6)}–#{digits(6)} will be held. Gift cards from {money(pick(COUNTRIES))}.")
    return b


def k_promo_code_rules_nopii_ask():
    b = B(); sys_prefix(b)
    c = pick(COUNTRIES)
    b.t(f"Explain these promo rules in simple words for the FAQ:\nCODE: {pick(['BENJERRY2', 'MARTENS-10', 'TIMMIES4U', 'KATE20'])} | "
        f"min spend {money(c)} | excl. SKUs {sku()}, {sku()} | valid {date_str()}–{date_str()} | "
        f"max 1 per account | stack: N | channel: app v{rng.randint(5, 9)}.{rng.randint(0, 9)}+ only")
    return b


def k_shipping_policy_faq_nopii_ask():
    b = B(); sys_prefix(b)
    b.t("Rewrite our shipping FAQ so it's friendlier. Keep the tracking formats as examples:\n"
        f"- Australia Post: e.g. {tracking()}\n- UPS: e.g. 1Z{digits(3)}AA{digits(10)}\n"
        f"- Cut-off {time_str()} AEST; orders over {money('AU')} ship free.\n"
        f"- Oversize items (e.g. {sku()}) incur {money('AU')}.\n- Public holidays: {date_str()}, {date_str()}.")
    return b


def k_campaign_readout_nopii_ask():
    b = B(); sys_prefix(b)
    b.t("Write a 5-bullet exec summary of this campaign readout:\n")
    b.t(f"Campaign: {pick(['Ted Baker Xmas', 'Summer Glow', 'Hope Street Launch', 'Dr. Martens BTS'])} | Sends: {rng.randint(20, 900)}k | "
        f"Open {rng.randint(15, 55)}.{rng.randint(0, 9)}% | CTR {rng.randint(1, 9)}.{rng.randint(0, 9)}% | Rev {money(pick(COUNTRIES))}k | "
        f"AOV {money(pick(COUNTRIES))} | Top SKU {sku()} | Unsubs {rng.randint(100, 2000)} | Window {date_str()}–{date_str()}\n"
        f"Variant B (\"Ask Aunt Bessie\") beat A by {rng.randint(2, 18)}%.")
    return b


def k_storm_closure_notice_nopii_ask():
    b = B(); sys_prefix(b)
    b.t(f"Draft a customer notice: due to {pick(STORMS)}, deliveries to postcodes {pick(['4870-4895', '0800-0832', 'BT1-BT17', 'V0N', '7140, 7130'])} "
        f"are paused until {date_str()}. Orders placed after {time_str()} on {date_str()} will ship when safe. "
        "No action needed; refunds auto-issued for perishables.")
    return b


def k_sku_catalogue_cleanup_nopii_ask():
    b = B()
    b.t("Clean this catalogue extract; flag duplicate codes:\n")
    for _ in range(rng.randint(3, 5)):
        b.t(f"{sku()} | {pick(BRANDS_LOOKALIKE)} {pick(['gift set', 'refill', 'tote', 'candle', 'boot'])} | "
            f"{pick(['ZIP', 'UPC', 'EAN'])} {digits(5)}-{digits(4)} | {money(pick(COUNTRIES))}\n")
    return b


def k_release_notes_for_agents_nopii_ask():
    b = B()
    b.t(f"Turn these release notes into a 3-line update for CX agents:\nv{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} "
        f"({date_str()})\n- Fix: macro '{pick(['Refund processed', 'Where is my order', 'Address change'])}' "
        f"no longer drops merge fields ({ticket_id()})\n- New: tracking links for {pick(['Aramex', 'Pargo', 'Evri', 'Delhivery', 'GIG Logistics'])}\n"
        f"- Known issue: SLA timer off by 1h after DST change {date_str()}")
    return b


def k_persona_writeup_nopii_ask():
    b = B(); sys_prefix(b)
    b.t("Write 3 marketing personas for our loyalty app. Use playful alliterative names like "
        f"'{pick(['Budget Bella', 'Weekend Warrior Will', 'Retiree Ray'])}' or "
        f"'{pick(['Commuter Kat', 'Busy Mum Mel', 'Gadget Gary'])}' (fictional!). Base them on these stats: "
        f"{rng.randint(30, 70)}% shop via app, AOV {money(pick(COUNTRIES))}, peak time {time_str()}, "
        f"top categories: Peter Alexander sleepwear, Bunnings garden, Mr Price kids.")
    return b


# ==============================================================================================
# registry: kind name -> builder
# ==============================================================================================
KINDS = [
    ("winback_email_ask", k_winback_email_ask),
    ("shift_handover_tldr_ask", k_ticket_summarise_ask),
    ("driver_remark_soften_ask", k_delivery_note_polite_rewrite_ask),
    ("profile_fields_offer_ask", k_customer_record_paste_ask),
    ("complaint_triage_json_ask", k_forwarded_complaint_triage_ask),
    ("agent_shorthand_expand_ask", k_callcentre_note_cleanup_ask),
    ("robotic_template_humanise_ask", k_agent_macro_personalise_ask),
    ("tier_drop_risk_analysis_ask", k_loyalty_tier_export_insight_ask),
    ("return_slip_to_json_ask", k_returns_form_extract_ask),
    ("clinic_slot_text_compose_ask", k_appointment_reminder_sms_ask),
    ("public_owner_response_ask", k_review_reply_draft_ask),
    ("creator_gifting_logistics_ask", k_influencer_brief_fill_ask),
    ("discovery_call_crm_digest_ask", k_sales_call_summary_ask),
    ("technician_note_to_customer_ask", k_field_tech_visit_writeup_ask),
    ("script_ready_discreet_text_ask", k_pharmacy_collection_reminder_ask),
    ("pet_booster_nudge_ask", k_vet_vaccination_text_ask),
    ("annual_checkup_letter_format_ask", k_clinic_recall_letter_ask),
    ("postal_format_fixup_ask", k_address_normalise_ask),
    ("phone_e164_convert_ask", k_phone_e164_convert_ask),
    ("same_person_judgement_ask", k_dedupe_contacts_judge_ask),
    ("plain_english_rewrite_ask", k_plain_english_rewrite_ask),
    ("apology_letter_compose_ask", k_apology_letter_compose_ask),
    ("pay_on_delivery_rider_msg_ask", k_pay_on_delivery_rider_msg_ask),
    ("function_menu_quote_ask", k_catering_quote_reply_ask),
    ("holiday_vip_oneliners_ask", k_festive_greeting_personalise_ask),
    ("open_text_theme_coding_ask", k_survey_verbatim_theme_ask),
    ("team_lead_heads_up_ask", k_escalation_handover_email_ask),
    ("card_unusable_bank_payback_ask", k_refund_to_bank_confirm_ask),
    ("card_pasted_in_chat_redact_ask", k_card_read_out_on_chat_redact_ask),
    ("flagged_order_plain_words_ask", k_fraud_signal_explain_ask),
    ("login_trouble_reply_ask", k_login_trouble_reply_ask),
    ("broker_newborn_addition_script_ask", k_benefits_enrolment_callback_ask),
    ("staff_kudos_newsletter_ask", k_store_staff_shoutout_ask),
    ("preview_night_invitation_ask", k_vip_preview_invite_ask),
    ("account_plan_from_notes_ask", k_account_plan_from_notes_ask),
    ("bot_to_human_brief_ask", k_chatbot_handoff_summary_ask),
    ("callback_task_from_audio_ask", k_voicemail_to_task_ask),
    ("abandoned_cart_nudge_ask", k_abandoned_cart_nudge_ask),
    ("cover_period_check_ask", k_warranty_claim_eligibility_ask),
    ("relocation_confirm_email_ask", k_moving_house_update_ask),
    ("military_ship_address_check_ask", k_military_ship_address_check_ask),
    ("campus_mailroom_delivery_ask", k_campus_mailroom_delivery_ask),
    ("hospital_flower_delivery_ask", k_hospital_flower_delivery_ask),
    ("rural_delivery_directions_ask", k_rural_delivery_directions_ask),
    ("po_box_courier_dispute_ask", k_po_box_courier_dispute_ask),
    ("friend_credit_thankyou_ask", k_referral_thanks_ask),
    ("cod_basket_confirmation_ask", k_order_confirm_chat_message_ask),
    ("call_excerpt_coaching_ask", k_agent_coaching_feedback_ask),
    ("public_callout_deescalate_ask", k_social_mention_reply_ask),
    ("import_schema_mapping_ask", k_csv_column_mapping_ask),
    ("webhook_validation_debug_ask", k_json_payload_explain_ask),
    ("inbound_text_intent_label_ask", k_sms_reply_classify_ask),
    ("card_text_spellcheck_ask", k_gift_message_proofread_ask),
    ("pickup_point_switch_ask", k_collection_point_reroute_ask),
    ("restoration_callback_priority_ask", k_outage_callback_list_ask),
    ("post_inspection_offer_nudge_ask", k_viewing_followup_ask),
    ("vehicle_service_due_nudge_ask", k_vehicle_service_due_nudge_ask),
    ("insurance_renewal_explain_ask", k_insurance_renewal_explain_ask),
    ("trial_lesson_followup_ask", k_trial_lesson_followup_ask),
    ("gym_freeze_request_reply_ask", k_gym_freeze_request_reply_ask),
    ("salon_rebook_nudge_ask", k_salon_rebook_nudge_ask),
    ("running_launch_applicant_ranking_ask", k_brand_ambassador_shortlist_ask),
    ("posted_letter_reply_draft_ask", k_complaint_letter_ocr_summarise_ask),
    ("broadband_welcome_pack_ask", k_tenant_move_in_welcome_ask),
    ("two_customers_same_name_ask", k_two_customers_same_name_ask),
    ("greeting_name_order_fix_ask", k_surname_first_name_fix_ask),
    ("draft_tone_audit_ask", k_ticket_reply_tone_check_ask),
    ("deceased_contact_removal_ack_ask", k_unsubscribe_reason_reply_ask),
    ("accounts_payable_query_answer_ask", k_b2b_invoice_query_reply_ask),
    ("masterclass_absentee_followup_ask", k_event_no_show_followup_ask),
    ("driver_en_route_text_ask", k_driver_dispatch_sms_ask),
    ("privacy_request_ack_ask", k_dsar_reply_draft_ask),
    ("voicebot_digit_extraction_ask", k_spoken_number_cleanup_ask),
    ("moto_payment_note_scrub_ask", k_moto_payment_note_scrub_ask),
    ("gym_sepa_mandate_plain_terms_ask", k_gym_sepa_mandate_plain_terms_ask),
    ("rent_to_own_application_digest_ask", k_rent_to_own_application_digest_ask),
]
NOPII_KINDS = [
    ("subject_line_brainstorm_nopii_ask", k_subject_line_brainstorm_nopii_ask),
    ("product_description_rewrite_nopii_ask", k_product_description_rewrite_nopii_ask),
    ("stocktake_closure_post_nopii_ask", k_store_hours_notice_nopii_ask),
    ("discount_terms_faq_nopii_ask", k_promo_code_rules_nopii_ask),
    ("shipping_policy_faq_nopii_ask", k_shipping_policy_faq_nopii_ask),
    ("campaign_readout_nopii_ask", k_campaign_readout_nopii_ask),
    ("storm_closure_notice_nopii_ask", k_storm_closure_notice_nopii_ask),
    ("catalogue_dupe_code_flag_nopii_ask", k_sku_catalogue_cleanup_nopii_ask),
    ("agent_update_from_changelog_nopii_ask", k_release_notes_for_agents_nopii_ask),
    ("alliterative_persona_nopii_ask", k_persona_writeup_nopii_ask),
]

N_TOTAL = 400
N_NOPII = 60

EDGE_BAD = set(" \t\n\r,;:!?\"'")


def check_span(text, sp):
    v = text[sp["start"]:sp["end"]]
    assert v == sp["_v"], (v, sp)
    assert v == v.strip(), repr(v)
    assert v[0] not in EDGE_BAD and v[-1] not in EDGE_BAD, repr(v)
    assert not v.endswith("."), repr(v)
    assert not v.startswith("."), repr(v)
    if v.endswith(")"):
        assert "(" in v, repr(v)
    if v.startswith("("):
        assert ")" in v, repr(v)
    assert not v.endswith("'s"), repr(v)
    t = sp["type"]
    if t == "CREDIT_CARD":
        assert luhn_ok(re.sub(r"\D", "", v)), v
    if t == "IBAN_CODE":
        assert iban_ok(v), v
    if t == "US_SSN":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", v), v
    if t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", v), v


def main():
    out = []
    seen = set()
    # PII samples: round-robin over kinds, shuffled order per round
    order = []
    while len(order) < N_TOTAL - N_NOPII:
        ks = list(KINDS)
        rng.shuffle(ks)
        order.extend(ks)
    order = order[:N_TOTAL - N_NOPII]
    norder = []
    while len(norder) < N_NOPII:
        ks = list(NOPII_KINDS)
        rng.shuffle(ks)
        norder.extend(ks)
    allk = [(k, f, False) for k, f in order] + [(k, f, True) for k, f in norder[:N_NOPII]]
    rng.shuffle(allk)
    for kind, fn, nopii in allk:
        for _try in range(20):
            b = fn()
            text = b.text()
            if text not in seen:
                break
        seen.add(text)
        spans = sorted(b.spans, key=lambda s: s["start"])
        for i, sp in enumerate(spans):
            check_span(text, sp)
            if i:
                assert spans[i - 1]["end"] <= sp["start"], (kind, spans[i - 1], sp)
        if nopii:
            assert not spans, kind
        else:
            assert spans, kind
        out.append({"id": None, "kind": kind, "lang": "en", "text": text,
                    "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in spans]})
    for i, o in enumerate(out):
        o["id"] = f"hard29-{i + 1}"
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard29.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    # re-read and verify independently
    tc, kc = Counter(), Counter()
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(l) for l in fh]
    assert len(rows) == N_TOTAL
    for r in rows:
        kc[r["kind"]] += 1
        prev = 0
        for s in r["spans"]:
            assert s["type"] in TYPES
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
            assert s["start"] >= prev
            prev = s["end"]
            v = r["text"][s["start"]:s["end"]]
            assert v == v.strip() and v[0] not in EDGE_BAD and v[-1] not in EDGE_BAD
            tc[s["type"]] += 1
    print(f"wrote {len(rows)} samples to {path}")
    print(f"no-PII samples: {sum(1 for r in rows if not r['spans'])}")
    print("spans per type:")
    for t, c in tc.most_common():
        print(f"  {t:15s} {c}")
    print(f"kinds: {len(kc)}")
    for k, c in sorted(kc.items()):
        print(f"  {k:40s} {c}")


if __name__ == "__main__":
    main()
