#!/usr/bin/env python3
"""Blind PII evaluation set, round 15 ("hard13").

Deterministic generator (fixed seed).  All word lists, templates and formats are hand-written
for this file.  Text is assembled with a builder: literal parts and labelled parts are appended
in order and span offsets are recorded while appending.  Spans are never located by searching
the finished text.

Usage:  python3 gen_hard13.py            -> writes hard13.jsonl and prints the self-check
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 131513
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard13.jsonl")

PER, EM, PH, CC, IB, SSN, IP, ADR, LOC = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD",
                                          "IBAN_CODE", "US_SSN", "IP_ADDRESS", "STREET_ADDRESS",
                                          "LOCATION")


# ----------------------------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, typ, s):
        if typ is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append({"type": typ, "start": st, "end": self.n})
        return self

    def segs(self, segs):
        for s, typ in segs:
            self.p(typ, s)
        return self

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def fill(r, pat):
    """'#' any digit, 'X' digit 2-9, '@' capital letter, '%' lower-case letter, backslash escapes the next char."""
    out = []
    esc = False
    for ch_ in pat:
        if esc:
            out.append(ch_)
            esc = False
        elif ch_ == "\\":
            esc = True
        elif ch_ == "#":
            out.append(r.choice("0123456789"))
        elif ch_ == "X":
            out.append(r.choice("23456789"))
        elif ch_ == "@":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch_ == "%":
            out.append(r.choice("abcdefghjkmnpqrstuvwxyz"))
        else:
            out.append(ch_)
    return "".join(out)


SPECIAL_ASCII = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "Ð": "D", "þ": "th",
                 "Þ": "Th", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "œ": "oe", "’": "", "'": ""}


def ascii_fold(s):
    s = "".join(SPECIAL_ASCII.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def luhn_complete(prefix, length, r):
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CARD_TYPES = [  # prefix choices, length, grouping
    (["4"], 16, (4, 4, 4, 4)),
    (["51", "52", "53", "54", "55", "2221", "2320", "2499", "2710"], 16, (4, 4, 4, 4)),
    (["34", "37"], 15, (4, 6, 5)),
    (["6011", "65"], 16, (4, 4, 4, 4)),
    (["3528", "3566", "3589"], 16, (4, 4, 4, 4)),
    (["36", "38"], 14, (4, 6, 4)),
]


def gen_card(r, style=None):
    pre, ln, grp = r.choice(CARD_TYPES[:3] * 3 + CARD_TYPES[3:])
    num = luhn_complete(r.choice(pre), ln, r)
    assert luhn_ok(num)
    style = style or r.choice(["space", "space", "dash", "plain"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    out, i = [], 0
    for g in grp:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


IBAN_SPEC = {  # country: list of (count, kind) with kind n=digit, a=letter, c=alnum, or literal
    "DE": [(18, "n")], "AT": [(16, "n")], "CH": [(5, "n"), (12, "c")], "FR": [(10, "n"), (11, "c"), (2, "n")],
    "BE": [(12, "n")], "LU": [(3, "n"), (13, "c")], "NL": [(4, "bank"), (10, "n")], "ES": [(20, "n")],
    "PT": [(21, "n")], "IT": [(1, "a"), (10, "n"), (12, "c")], "PL": [(24, "n")], "UA": [(6, "n"), (19, "c")],
    "BG": [(4, "bank"), (6, "n"), (8, "c")], "TR": [(5, "n"), (1, "0"), (16, "c")], "IS": [(22, "n")],
    "IE": [(4, "bank"), (14, "n")], "GB": [(4, "bank"), (14, "n")], "AE": [(19, "n")], "SA": [(2, "n"), (18, "c")],
    "EG": [(25, "n")], "IL": [(19, "n")], "BR": [(23, "n"), (1, "a"), (1, "c")],
}
IBAN_BANKS = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"], "BG": ["UNCR", "STSA", "FINV", "BPBI"],
              "IE": ["AIBK", "BOFI", "IPBS"], "GB": ["NWBK", "BARC", "LOYD", "MIDL", "MONZ"]}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "LU": 20, "NL": 18, "ES": 24, "PT": 25, "IT": 27,
            "PL": 28, "UA": 29, "BG": 22, "TR": 26, "IS": 26, "IE": 22, "GB": 22, "AE": 23, "SA": 24, "EG": 29,
            "IL": 23, "BR": 29}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban(r, country, style=None):
    bban = ""
    for cnt, kind in IBAN_SPEC[country]:
        if kind == "n":
            bban += "".join(r.choice("0123456789") for _ in range(cnt))
        elif kind == "a":
            bban += "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(cnt))
        elif kind == "c":
            # mostly digits, sometimes letters, as in real account numbers
            pool = "0123456789" * 4 + "ABCDEFGHKLMNPRSTXYZ"
            bban += "".join(r.choice(pool) for _ in range(cnt))
        elif kind == "bank":
            bban += r.choice(IBAN_BANKS[country])
        else:
            bban += kind * cnt
    if country == "BE":  # national check: last 2 digits = first 10 mod 97
        m = int(bban[:10]) % 97
        bban = bban[:10] + "%02d" % (m if m else 97)
    iban = country + iban_check(country, bban) + bban
    assert len(iban) == IBAN_LEN[country], (country, iban)
    assert iban_valid(iban)
    style = style or r.choice(["space", "space", "plain"])
    if style == "plain":
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def gen_ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dash"] * 4 + ["space", "plain"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def gen_ip4(r):
    kind = r.random()
    if kind < 0.15:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if kind < 0.3:
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    first = r.choice([31, 37, 41, 46, 62, 77, 78, 81, 83, 85, 88, 89, 91, 94, 103, 105, 109, 118, 141, 151,
                      176, 178, 185, 186, 188, 190, 196, 197, 201, 203, 212, 213, 217])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def gen_ip6(r):
    pre = r.choice(["2a02:8108", "2a01:cb08", "2001:4ca0", "2804:14c", "2406:da18", "2c0f:fe38", "2a00:23c7",
                    "2600:1700", "2405:201", "2a03:2880", "240d:1a", "2001:ee0"])
    groups = ["%x" % r.randint(0, 0xffff) for _ in range(6)]
    if r.random() < 0.45:
        tail = ["%x" % r.randint(1, 0xfff) for _ in range(r.randint(1, 2))]
        return pre + ":" + ":".join(groups[:r.randint(1, 2)]) + "::" + ":".join(tail)
    return pre + ":" + ":".join(groups)


DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
}


def spoken_digits(r, s, lang="en"):
    """Read out a digit run the way speech-to-text writes it (lower case, words)."""
    words = DIGIT_WORDS[lang]
    groups = re.split(r"[\s\-./()]+", s.strip())
    out_groups = []
    for g in groups:
        if not g:
            continue
        toks = []
        i = 0
        if g.startswith("+"):
            toks.append({"en": "plus", "es": "más", "pt": "mais", "de": "plus", "fr": "plus", "it": "più"}[lang])
            g = g[1:]
        while i < len(g):
            d = g[i]
            if lang == "en" and i + 1 < len(g) and g[i + 1] == d and r.random() < 0.6:
                toks.append("double " + ("oh" if d == "0" else words[int(d)]))
                i += 2
                continue
            if lang == "en" and d == "0" and r.random() < 0.6:
                toks.append("oh")
            else:
                toks.append(words[int(d)])
            i += 1
        out_groups.append(" ".join(toks))
    return r.choice([" ", ", ", " ... "]).join(out_groups)


def spoken_email(e):
    loc, dom = e.split("@")
    rep = lambda s: s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    return rep(loc) + " at " + rep(dom)


# ----------------------------------------------------------------------------------------------
# locales: hand-written names, streets, cities, postcodes, phone formats
# name entries: "native" or "native|roman"; optional gender prefix "f:" / "m:"
# ----------------------------------------------------------------------------------------------
def J(lines, ml):
    return ("\n" if ml else ", ").join(l for l in lines if l)


def ch(r, xs):
    return r.choice(xs)


def a_US(r, ml, roman, po=False):
    city, st, zp = ch(r, [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
                          ("Spokane", "WA", "992"), ("Baton Rouge", "LA", "708"), ("Des Moines", "IA", "503"),
                          ("Bridgeport", "CT", "066"), ("El Paso", "TX", "799"), ("Boise", "ID", "837"),
                          ("Savannah", "GA", "314"), ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946")])
    z = zp + fill(r, "##") + (fill(r, "-####") if r.random() < 0.25 else "")
    last = "%s, %s %s" % (city, st, z)
    if po:
        return J(["PO Box %d" % r.randint(100, 98000), last], ml), city
    street = "%d %s" % (r.randint(3, 9899), ch(r, ["Maple Ridge Dr", "W 14th St", "Martin Luther King Jr Blvd",
                                                    "Old Post Rd", "Sycamore Ln", "N Halsted Ave", "Bayou View Ct",
                                                    "Cedar Hollow Way", "E Camelback Rd", "Willow Creek Pkwy",
                                                    "Prospect Pl", "Harmony Hill Rd"]))
    unit = ch(r, ["", "", "", "Apt 3B", "Unit 12", "Suite 410", "#7", "Apt. 2F", "Fl 2"])
    extra = ["USA"] if r.random() < 0.2 else []
    if ml:
        return J([street, unit, last] + extra, True), city
    return J([street + (" " + unit if unit.startswith("#") else ""), unit if not unit.startswith("#") else "",
              last] + extra, False), city


def a_UK(r, ml, roman, po=False):
    city, pc, dist = ch(r, [("Leeds", "LS6 #@@", "Headingley"), ("Bristol", "BS3 #@@", "Southville"),
                            ("Manchester", "M14 #@@", "Fallowfield"), ("London", "N16 #@@", "Stoke Newington"),
                            ("London", "SE15 #@@", "Peckham"), ("Glasgow", "G12 #@@", "Hillhead"), ("Cardiff", "CF24 #@@", "Roath"),
                            ("Norwich", "NR2 #@@", "Golden Triangle"), ("Belfast", "BT7 #@@", "Stranmillis"), ("Brighton", "BN1 #@@", "Kemptown")])
    pc = fill(r, pc).replace("I", "D").replace("O", "Q")
    street = "%d %s" % (r.randint(1, 240), ch(r, ["Alder Road", "Stokes Croft", "Wilmslow Road", "Church Street",
                                                   "Rye Lane", "Byres Road", "Albany Road", "Unthank Road",
                                                   "Lisburn Road", "Queen's Park Terrace", "Mill Lane"]))
    flat = ch(r, ["", "", "Flat 2", "Flat 4B", "Ground Floor Flat", "Apartment 12, Weaver House", "Top Flat"])
    dist = dist if r.random() < 0.4 else ""
    tail = ["United Kingdom"] if r.random() < 0.15 else []
    if ml:
        return J([flat, street, dist, city.upper() if r.random() < 0.3 else city, pc] + tail, True), city
    return J([flat, street, dist, city + " " + pc] + tail, False), city


def a_IE(r, ml, roman, po=False):
    city, rk = ch(r, [("Dublin 4", "D04"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"),
                      ("Limerick", "V94"), ("Kilkenny", "R95"), ("Sligo", "F91")])
    code = rk + " " + fill(r, "@#@#").replace("I", "K").replace("O", "W")
    street = ch(r, ["%d Strand Road" % r.randint(1, 90), "%d Clanbrassil Street Lower" % r.randint(1, 70),
                    "%d Grand Parade" % r.randint(1, 40), "Apartment %d, The Maltings, Bishop Street" % r.randint(1, 60),
                    "%d Shop Street" % r.randint(1, 40), "Rose Cottage, Ballyvaughan Road"])
    extra = ch(r, ["", "Sandymount", "Portobello", "Salthill", "Ballsbridge", ""])
    cityname = city.split(" ")[0]
    return J([street, extra, city, code] + (["Ireland"] if r.random() < 0.25 else []), ml), cityname


def a_NZ(r, ml, roman, po=False):
    sub, city, pc = ch(r, [("Grey Lynn", "Auckland", "1021"), ("Ponsonby", "Auckland", "1011"),
                           ("Te Aro", "Wellington", "6011"), ("Riccarton", "Christchurch", "8011"),
                           ("Frankton", "Hamilton", "3204"), ("Mount Maunganui", "Tauranga", "3116")])
    street = ch(r, ["Flat 3, %d Ponsonby Road", "%d Cuba Street", "%dB Riccarton Road", "%d Marine Parade",
                    "Unit %d, 22 Maunganui Road"]) % r.randint(1, 200)
    if po:
        return J(["PO Box %d" % r.randint(100, 9999), sub, city + " " + pc], ml), city
    return J([street, sub, city + " " + pc] + (["New Zealand"] if r.random() < 0.3 else []), ml), city


def a_AU(r, ml, roman, po=False):
    sub, st, pc = ch(r, [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fortitude Valley", "QLD", "4006"),
                         ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")])
    street = ch(r, ["%d/22 Smith St", "Unit %d, 4 King St", "%d Marine Pde", "%d Brunswick St"]) % r.randint(1, 60)
    return J([street, "%s %s %s" % (sub, st, pc)], ml), sub


def a_CA(r, ml, roman, po=False):
    city, pr, pc = ch(r, [("Vancouver", "BC", "V6E #@#"), ("Toronto", "ON", "M5V #@#"), ("Halifax", "NS", "B3H #@#"),
                          ("Calgary", "AB", "T2R #@#"), ("Winnipeg", "MB", "R3C #@#")])
    street = ch(r, ["%d-1155 Robson St", "%d Queen St W, Unit 5", "%d Spring Garden Rd", "%d 17 Ave SW"]) % r.randint(2, 2400)
    return J([street, "%s %s  %s" % (city, pr, fill(r, pc))] if ml else [street, city, "%s %s" % (pr, fill(r, pc))], ml), city


def a_KE(r, ml, roman, po=False):
    area, city = ch(r, [("Kileleshwa", "Nairobi"), ("Westlands", "Nairobi"), ("South B", "Nairobi"),
                        ("Nyali", "Mombasa"), ("Milimani", "Kisumu"), ("Section 58", "Nakuru")])
    box = "P.O. Box %d-%s" % (r.randint(100, 99999), ch(r, ["00100", "00800", "80100", "40100", "20100"]))
    if po:
        return J([box, city], ml), city
    lines = [ch(r, ["House No. %d, Othaya Road" % r.randint(1, 60), "Apt B%d, Riverside Gardens, Riverside Drive" % r.randint(1, 30),
                    "%d Links Road" % r.randint(1, 90), "Flat %d, Mamba Court, Ngong Road" % r.randint(1, 40)]),
             ch(r, ["", "opposite the Total petrol station", "next to Naivas supermarket", ""]), area, box if r.random() < 0.4 else "", city]
    return J(lines, ml), city


def a_GH(r, ml, roman, po=False):
    area, city = ch(r, [("East Legon", "Accra"), ("Osu", "Accra"), ("Adum", "Kumasi"), ("Tema Community 11", "Tema"),
                        ("Dansoman", "Accra")])
    gps = fill(r, ch(r, ["GA-###-####", "AK-###-####", "GT-###-####"]))
    lines = [ch(r, ["House No. %d, Ablade Road", "Hse %d, 4th Norla Street", "Plot %d, Harper Road", "%d Oxford Street"]) % r.randint(1, 80),
             ch(r, ["", "behind the Shell filling station", "near Osu Presby church", ""]), area, city, gps if r.random() < 0.6 else ""]
    return J(lines, ml), city


def a_NG(r, ml, roman, po=False):
    area, city, state = ch(r, [("Lekki Phase 1", "Lagos", "Lagos State"), ("Wuse 2", "Abuja", "FCT"),
                               ("GRA", "Port Harcourt", "Rivers State"), ("Bodija", "Ibadan", "Oyo State")])
    lines = ["%d %s" % (r.randint(1, 60), ch(r, ["Admiralty Way", "Aminu Kano Crescent", "Ajose Adeogun Street", "Awolowo Avenue"])),
             area, city, state]
    return J(lines, ml), city


def a_PH(r, ml, roman, po=False):
    brgy, city, pc, reg = ch(r, [("Bonifacio Global City", "Taguig City", "1634", "Metro Manila"),
                                 ("Brgy. Poblacion", "Makati City", "1210", "Metro Manila"),
                                 ("Brgy. Lahug", "Cebu City", "6000", "Cebu"),
                                 ("Brgy. Kapitolyo", "Pasig City", "1603", "Metro Manila"),
                                 ("Brgy. Buhangin", "Davao City", "8000", "Davao del Sur")])
    street = ch(r, ["Unit %d, One Serendra, 11th Ave" % r.randint(201, 3500), "Blk %d Lot 7, Mahogany St" % r.randint(1, 40),
                    "%d J.P. Rizal Ave" % r.randint(1, 900), "Rm %d, Gorordo Residences, Gorordo Ave" % r.randint(101, 900)])
    return J([street, brgy, "%s %s" % (city, pc), reg], ml), city.replace(" City", "")


def a_AE(r, ml, roman, po=False):
    area, city = ch(r, [("Al Barsha 2", "Dubai"), ("Dubai Marina", "Dubai"), ("Al Khalidiyah", "Abu Dhabi"),
                        ("Al Majaz 3", "Sharjah"), ("Jumeirah Village Circle", "Dubai")])
    lines = [ch(r, ["Villa %d, Street 23" % r.randint(1, 90), "Flat %d, Marina Heights Tower" % r.randint(101, 4400),
                    "Apt %d, Al Reem Building, Khalifa Street" % r.randint(101, 1900), "Office %d, Bay Square Building 5" % r.randint(101, 800)]),
             area, ("PO Box %d" % r.randint(1000, 99999)) if r.random() < 0.4 else "", city, "UAE" if r.random() < 0.5 else ""]
    return J(lines, ml), city


def a_SA(r, ml, roman, po=False):
    dist, city, pc = ch(r, [("Al Olaya Dist.", "Riyadh", "12214"), ("Al Rawdah Dist.", "Jeddah", "23435"),
                            ("Al Khobar Al Shamalia", "Al Khobar", "34428"), ("Al Malqa Dist.", "Riyadh", "13521")])
    bld, add = r.randint(1000, 9999), r.randint(1000, 9999)
    st = ch(r, ["King Fahd Road", "Prince Sultan St", "Al Takhassusi St", "Anas Ibn Malik Rd"])
    return J(["%d %s" % (bld, st), dist, "%s %s-%d" % (city, pc, add), "Saudi Arabia" if r.random() < 0.4 else ""], ml), city


def a_EG(r, ml, roman, po=False):
    area, city, pc = ch(r, [("Zamalek", "Cairo", "11211"), ("Heliopolis", "Cairo", "11341"), ("Dokki", "Giza", "12311"),
                            ("Smouha", "Alexandria", "21615"), ("Maadi", "Cairo", "11431")])
    lines = [ch(r, ["Apt %d, 4th floor" % r.randint(1, 30), "Flat %d" % r.randint(1, 20), ""]),
             "%d %s" % (r.randint(1, 120), ch(r, ["Shagaret El Dor St", "Baghdad St", "Mossadak St", "Road 9", "Fawzi Moaz St"])),
             ch(r, ["", "near the Al Nour mosque", ""]), area, "%s %s" % (city, pc) if r.random() < 0.6 else city]
    return J(lines, ml), city


def a_MY(r, ml, roman, po=False):
    city, pc, state = ch(r, [("Petaling Jaya", "47300", "Selangor"), ("Kuala Lumpur", "50450", "Wilayah Persekutuan"),
                             ("Georgetown", "10200", "Pulau Pinang"), ("Johor Bahru", "80300", "Johor"),
                             ("Shah Alam", "40150", "Selangor")])
    street = ch(r, ["No. %d, Jalan SS 2/24", "Lot %d, Jalan Ampang", "%d-3-2, Jalan Burma", "No. %d, Jalan Harmonium 35/4",
                    "Unit %d, Menara Binjai, Jalan Binjai"]) % r.randint(1, 180)
    return J([street, "%s %s" % (pc, city), state], ml), city


def a_SG(r, ml, roman, po=False):
    street = ch(r, ["Blk %d Ang Mo Kio Ave 6", "Blk %d Tampines St 21", "%d Tanjong Pagar Road", "Blk %d Toa Payoh Lor 1"]) % r.randint(1, 700)
    unit = "#%02d-%02d" % (r.randint(2, 30), r.randint(1, 120))
    return J([street, unit, "Singapore %s" % fill(r, "5#####")], ml), "Singapore"


def a_IN(r, ml, roman, po=False):
    city, pc, st = ch(r, [("Bengaluru", "560038", "Karnataka"), ("Pune", "411001", "Maharashtra"),
                          ("Chennai", "600017", "Tamil Nadu"), ("Kochi", "682016", "Kerala")])
    return J(["Flat %d, %s" % (r.randint(101, 904), ch(r, ["Prestige Shantiniketan", "Sai Residency", "Lakeview Apartments"])),
              ch(r, ["12th Main, Indiranagar", "Koregaon Park", "T. Nagar", "MG Road"]), "%s %s" % (city, pc), st], ml), city


def a_IL(r, ml, roman, po=False):
    city, pc = ch(r, [("Tel Aviv-Yafo", "64332##"), ("Haifa", "34##1##"), ("Jerusalem", "94###2#"), ("Be'er Sheva", "84###1#")])
    st = ch(r, ["Rehov Dizengoff %d", "Sderot Rothschild %d", "Rehov Herzl %d", "Derech HaShalom %d"]) % r.randint(1, 240)
    return J([st + ch(r, ["", ", Apt %d" % r.randint(1, 40), ", Dira %d" % r.randint(1, 20)]), "%s %s" % (city, fill(r, pc))] +
             (["Israel"] if r.random() < 0.3 else []), ml), city


def a_ZA(r, ml, roman, po=False):
    sub, city, pc = ch(r, [("Sea Point", "Cape Town", "8005"), ("Melville", "Johannesburg", "2092"), ("Umhlanga", "Durban", "4319")])
    return J(["%d %s" % (r.randint(1, 99), ch(r, ["Main Road", "4th Avenue", "Lagoon Drive"])), sub, city, pc], ml), city


def a_DE(r, ml, roman, po=False):
    city, pcs = ch(r, [("Berlin", ["10969", "12047", "10437"]), ("Hamburg", ["20357", "22765"]), ("München", ["80469", "81667"]),
                       ("Köln", ["50667", "50733"]), ("Leipzig", ["04277", "04109"]), ("Freiburg im Breisgau", ["79098"]),
                       ("Bochum", ["44787"]), ("Frankfurt am Main", ["60316", "60594"])])
    if po:
        return J(["Postfach %d %02d" % (r.randint(10, 99), r.randint(1, 99)), "%s %s" % (ch(r, pcs), city)], ml), city
    street = "%s %d%s" % (ch(r, ["Lindenstraße", "Schanzenstr.", "Karl-Liebknecht-Straße", "Am Weidendamm", "Sonnenallee",
                                  "Zülpicher Str.", "Auf dem Hügel", "Oranienstraße", "Gutenbergplatz"]),
                          r.randint(1, 180), ch(r, ["", "", "a", "b"]))
    extra = ch(r, ["", "", "", "Hinterhaus, 3. OG", "Seitenflügel links", "App. 14", "bei Schulze"])
    return J([street, extra, "%s %s" % (ch(r, pcs), city)] + (["Deutschland"] if r.random() < 0.15 else []), ml), city


def a_AT(r, ml, roman, po=False):
    city, pc = ch(r, [("Wien", "1070"), ("Wien", "1020"), ("Graz", "8010"), ("Linz", "4020"), ("Innsbruck", "6020"),
                      ("Salzburg", "5020")])
    street = "%s %d/%d/%d" % (ch(r, ["Mariahilfer Straße", "Praterstraße", "Annenstraße", "Landstraßer Hauptstraße",
                                      "Maria-Theresien-Straße"]), r.randint(1, 140), r.randint(1, 4), r.randint(1, 30))
    return J([street, "%s %s" % (pc, city)] + (["Österreich"] if r.random() < 0.2 else []), ml), city


def a_CH(r, ml, roman, po=False):
    city, pc = ch(r, [("Zürich", "8008"), ("Bern", "3011"), ("Basel", "4056"), ("Luzern", "6003"), ("Genève", "1205"),
                      ("Lausanne", "1003"), ("St. Gallen", "9000")])
    if po:
        return J(["Postfach %d" % r.randint(100, 9999), "%s %s" % (pc, city)], ml), city
    street = "%s %d" % (ch(r, ["Seefeldstrasse", "Kramgasse", "Feldbergstrasse", "Rue de Carouge", "Avenue de Cour",
                                "Hirschmattstrasse", "Multergasse"]), r.randint(1, 120))
    return J([street, "%s %s" % (("CH-" if r.random() < 0.2 else "") + pc, city)] + (["Schweiz"] if r.random() < 0.15 else []), ml), city


def a_FR(r, ml, roman, po=False):
    city, pc = ch(r, [("Lyon", "69003"), ("Paris", "75011"), ("Paris", "75018"), ("Marseille", "13006"), ("Nantes", "44000"),
                      ("Lille", "59800"), ("Bordeaux", "33000"), ("Rennes", "35000"), ("Saint-Étienne", "42000")])
    street = "%d%s %s" % (r.randint(1, 140), ch(r, ["", "", " bis", " ter"]),
                          ch(r, ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "rue Paradis", "quai de la Fosse",
                                 "rue Nationale", "cours de l'Intendance", "rue de la Soif", "allée des Tilleuls"]))
    extra = ch(r, ["", "", "Bât. B, 3e étage", "Appt 42", "Résidence Les Érables, esc. 2", "chez Mme Garnier"])
    cedex = " CEDEX" if r.random() < 0.05 else ""
    return J([extra, street, "%s %s%s" % (pc, city.upper() if ml and r.random() < 0.5 else city, cedex)] +
             (["France"] if r.random() < 0.15 else []), ml), city


def a_BE(r, ml, roman, po=False):
    city, pc, nl = ch(r, [("Antwerpen", "2000", 1), ("Gent", "9000", 1), ("Leuven", "3000", 1), ("Bruxelles", "1050", 0),
                          ("Liège", "4000", 0), ("Namur", "5000", 0), ("Etterbeek", "1040", 0)])
    if nl:
        street = "%s %d%s" % (ch(r, ["Kerkstraat", "Meir", "Veldstraat", "Bondgenotenlaan"]), r.randint(1, 200),
                              ch(r, ["", " bus %d" % r.randint(1, 12)]))
    else:
        street = "%s %d%s" % (ch(r, ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue Saint-Gilles"]),
                              r.randint(1, 300), ch(r, ["", " bte %d" % r.randint(1, 12)]))
    return J([street, "%s %s" % (pc, city)] + (["Belgique" if not nl else "België"] if r.random() < 0.2 else []), ml), city


def a_LU(r, ml, roman, po=False):
    city, pc = ch(r, [("Luxembourg", "L-1611"), ("Esch-sur-Alzette", "L-4001"), ("Differdange", "L-4510"),
                      ("Ettelbruck", "L-9051"), ("Strassen", "L-8010")])
    if po:
        return J(["B.P. %d" % r.randint(100, 9999), "%s %s" % (pc, city)], ml), city
    street = "%d, %s" % (r.randint(1, 120), ch(r, ["rue de la Gare", "avenue de la Liberté", "boulevard Royal", "rue de l'Alzette",
                                                    "Grand-Rue", "route d'Arlon"]))
    return J([street, "%s %s" % (pc, city)] + (["Luxembourg"] if r.random() < 0.2 and city != "Luxembourg" else []), ml), city


def a_NL(r, ml, roman, po=False):
    city, pc = ch(r, [("Amsterdam", "1016 ##"), ("Rotterdam", "3012 ##"), ("Utrecht", "3511 ##"), ("Groningen", "9711 ##"),
                      ("Den Haag", "2514 ##"), ("Eindhoven", "5611 ##")])
    pc = pc.replace("##", fill(r, "@@"))
    street = "%s %d%s" % (ch(r, ["Prinsengracht", "Witte de Withstraat", "Oudegracht", "Herestraat", "Lange Voorhout",
                                  "Stratumseind", "Van Woustraat"]), r.randint(1, 400), ch(r, ["", "", "-1", " hs", "-III", "A"]))
    return J([street, "%s %s" % (pc if r.random() < 0.8 else pc.replace(" ", ""), city.upper() if ml and r.random() < 0.4 else city)] +
             (["Nederland"] if r.random() < 0.15 else []), ml), city


def a_ES(r, ml, roman, po=False):
    city, pc, prov = ch(r, [("Madrid", "28014", "Madrid"), ("Barcelona", "08012", "Barcelona"), ("Bilbao", "48001", "Bizkaia"),
                            ("Sevilla", "41003", "Sevilla"), ("Valencia", "46004", "Valencia"), ("Zaragoza", "50001", "Zaragoza"),
                            ("A Coruña", "15003", "A Coruña")])
    street = "%s %d" % (ch(r, ["Calle de Alcalá", "C/ Verdi", "Gran Vía", "Avda. de la Constitución", "Calle San Fernando",
                                "Rúa Real", "Carrer de Sants"]), r.randint(1, 250))
    piso = ch(r, ["", "3º izq.", "2º B", "bajo dcha.", "5º 2ª", "Esc. A, 4º C"])
    return J([street + (", " + piso if piso else ""), "%s %s" % (pc, city) + (" (%s)" % prov if prov != city and r.random() < 0.5 else "")] +
             (["España"] if r.random() < 0.15 else []), ml), city


def a_MX(r, ml, roman, po=False):
    col, mun, city, pc, st = ch(r, [("Col. Roma Norte", "Cuauhtémoc", "Ciudad de México", "06700", "CDMX"),
                                    ("Col. Del Valle", "Benito Juárez", "Ciudad de México", "03100", "CDMX"),
                                    ("Col. Americana", "", "Guadalajara", "44160", "Jal."),
                                    ("Col. Centro", "", "Monterrey", "64000", "N.L."),
                                    ("Fracc. Las Ánimas", "", "Xalapa", "91190", "Ver.")])
    street = "%s %d%s" % (ch(r, ["Av. Insurgentes Sur", "Calle Colima", "Av. Chapultepec", "Calle Morelos", "Av. Juárez"]),
                          r.randint(1, 1900), ch(r, ["", ", Int. %d" % r.randint(1, 30), " Depto. %d" % r.randint(101, 804)]))
    return J([street, col, mun, "C.P. %s, %s, %s" % (pc, city, st) if r.random() < 0.5 else "%s %s, %s" % (pc, city, st)], ml), city


def a_AR(r, ml, roman, po=False):
    city, pc, prov = ch(r, [("CABA", "C1043AAZ", ""), ("CABA", "C1414DGM", ""), ("Córdoba", "X5000", "Córdoba"),
                            ("Rosario", "S2000", "Santa Fe"), ("Mendoza", "M5500", "Mendoza")])
    street = "%s %d, Piso %d Depto %s" % (ch(r, ["Av. Corrientes", "Thames", "Bv. San Juan", "Av. Pellegrini", "Calle Gurruchaga"]),
                                         r.randint(100, 4800), r.randint(1, 14), ch(r, "ABCDEF"))
    cname = "Buenos Aires" if city == "CABA" else city
    return J([street, "%s %s" % (pc, city) + (", " + prov if prov and prov != city else "")], ml), cname


def a_CL(r, ml, roman, po=False):
    com, city = ch(r, [("Providencia", "Santiago"), ("Ñuñoa", "Santiago"), ("Las Condes", "Santiago"), ("Cerro Alegre", "Valparaíso"),
                       ("Centro", "Concepción")])
    street = "%s %d, Depto %d" % (ch(r, ["Av. Providencia", "Av. Irarrázaval", "Calle Almirante Montt", "Av. Apoquindo"]),
                                 r.randint(100, 6000), r.randint(101, 2204))
    return J([street, com, city] + (["Región Metropolitana"] if city == "Santiago" and r.random() < 0.4 else []), ml), city


def a_CO(r, ml, roman, po=False):
    city, extra = ch(r, [("Bogotá", "Chapinero"), ("Medellín", "El Poblado"), ("Cali", "Granada"), ("Barranquilla", "Alto Prado"),
                         ("Bogotá D.C.", "Usaquén")])
    street = "%s %d%s # %d-%d" % (ch(r, ["Calle", "Carrera", "Cra.", "Cl.", "Av. Calle", "Transversal"]), r.randint(1, 140),
                                  ch(r, ["", "A", "B", " Bis"]), r.randint(1, 90), r.randint(1, 99))
    apt = ch(r, ["", "Apto %d" % r.randint(101, 1804), "Torre 2 Apto %d" % r.randint(101, 1804), "Casa %d" % r.randint(1, 40)])
    return J([street + (" " + apt if apt else ""), extra, city], ml), city.replace(" D.C.", "")


def a_PT(r, ml, roman, po=False):
    city, pc = ch(r, [("Lisboa", "1100-###"), ("Porto", "4000-###"), ("Braga", "4700-###"), ("Coimbra", "3000-###"),
                      ("Faro", "8000-###"), ("Funchal", "9000-###")])
    street = "%s %d" % (ch(r, ["Rua Augusta", "Rua de Santa Catarina", "Av. da Liberdade", "Travessa do Carmo", "Rua do Souto"]),
                        r.randint(1, 300))
    andar = ch(r, ["", ", 2.º Esq.", ", 3.º Dto.", ", R/C", ", 1.º andar"])
    return J([street + andar, "%s %s" % (fill(r, pc), city)] + (["Portugal"] if r.random() < 0.15 else []), ml), city


def a_BR(r, ml, roman, po=False):
    city, uf, bairro, cep = ch(r, [("São Paulo", "SP", "Jardins", "01426-###"), ("São Paulo", "SP", "Pinheiros", "05422-###"),
                                   ("Rio de Janeiro", "RJ", "Botafogo", "22250-###"), ("Belo Horizonte", "MG", "Savassi", "30140-###"),
                                   ("Recife", "PE", "Boa Viagem", "51020-###"), ("Porto Alegre", "RS", "Moinhos de Vento", "90570-###"),
                                   ("Salvador", "BA", "Rio Vermelho", "41950-###")])
    street = "%s, %d" % (ch(r, ["Rua Oscar Freire", "Av. Paulista", "Rua Voluntários da Pátria", "Rua dos Navegantes",
                                 "Av. Boa Viagem", "Rua Padre Chagas"]), r.randint(10, 3000))
    comp = ch(r, ["", " - Apto %d" % r.randint(11, 204), ", Bloco B, Ap. %d" % r.randint(11, 204), " - Casa 2"])
    cepv = fill(r, cep)
    if ml:
        return J([street + comp, bairro, "%s - %s" % (city, uf), "CEP %s" % cepv], True), city
    return "%s%s - %s, %s - %s, %s" % (street, comp, bairro, city, uf, cepv), city


def a_IT(r, ml, roman, po=False):
    city, pc, pr = ch(r, [("Milano", "20121", "MI"), ("Roma", "00184", "RM"), ("Napoli", "80134", "NA"), ("Torino", "10123", "TO"),
                          ("Bologna", "40126", "BO"), ("Bari", "70122", "BA"), ("Firenze", "50125", "FI")])
    street = "%s %d" % (ch(r, ["Via Roma", "Corso Buenos Aires", "Via dei Tribunali", "Piazza Castello", "Via Zamboni",
                                "Via Sparano da Bari", "Borgo San Frediano"]), r.randint(1, 200))
    extra = ch(r, ["", "", "int. 7", "scala B", "c/o Studio Ferraresi", "piano 3"])
    return J([street + (", " + extra if extra and not ml else ""), extra if ml else "", "%s %s %s" % (pc, city, pr)], ml), city


def a_PL(r, ml, roman, po=False):
    city, pc = ch(r, [("Warszawa", "00-5##"), ("Kraków", "31-0##"), ("Gdańsk", "80-8##"), ("Wrocław", "50-0##"),
                      ("Poznań", "61-8##"), ("Łódź", "90-1##")])
    street = "ul. %s %d%s" % (ch(r, ["Marszałkowska", "Floriańska", "Długa", "Świdnicka", "Półwiejska", "Piotrkowska"]),
                              r.randint(1, 160), ch(r, ["", "/%d" % r.randint(1, 60), " m. %d" % r.randint(1, 40), " lok. %d" % r.randint(1, 9)]))
    return J([street, "%s %s" % (fill(r, pc), city)] + (["Polska"] if r.random() < 0.1 else []), ml), city


def a_UA(r, ml, roman, po=False):
    c = ch(r, [("Київ", "Kyiv", "01001"), ("Львів", "Lviv", "79008"), ("Одеса", "Odesa", "65014"), ("Харків", "Kharkiv", "61002"),
               ("Дніпро", "Dnipro", "49000")])
    if roman:
        st = ch(r, ["vul. Khreshchatyk", "vul. Shevchenka", "prosp. Nauky", "vul. Deribasivska", "vul. Horodotska"])
        lines = ["%s, %d, kv. %d" % (st, r.randint(1, 120), r.randint(1, 90)), "%s %s" % (c[1], c[2])] + (["Ukraine"] if r.random() < 0.4 else [])
        return J(lines, ml), c[1]
    st = ch(r, ["вул. Хрещатик", "вул. Шевченка", "просп. Науки", "вул. Дерибасівська", "вул. Городоцька", "бульв. Лесі Українки"])
    lines = ["%s, %d, кв. %d" % (st, r.randint(1, 120), r.randint(1, 90)), "м. %s" % c[0], c[2]]
    if not ml and r.random() < 0.5:
        lines = ["%s, %d, кв. %d" % (st, r.randint(1, 120), r.randint(1, 90)), "м. %s, %s" % (c[0], c[2])]
    return J(lines, ml), c[0]


def a_BG(r, ml, roman, po=False):
    c = ch(r, [("София", "Sofia", "1000"), ("Пловдив", "Plovdiv", "4000"), ("Варна", "Varna", "9000"), ("Бургас", "Burgas", "8000")])
    if roman:
        return J(["%s %d, et. %d, ap. %d" % (ch(r, ["bul. Vitosha", "ul. Graf Ignatiev", "bul. Knyaz Boris I"]), r.randint(1, 90),
                                              r.randint(1, 8), r.randint(1, 30)), "%s %s" % (c[2], c[1])], ml), c[1]
    st = ch(r, ["ул. „Граф Игнатиев“", "бул. „Витоша“", "ул. „Цар Симеон“", "бул. „Княз Борис I“", "ж.к."])
    if st == "ж.к.":
        line = "ж.к. %s, бл. %d, вх. %s, ет. %d, ап. %d" % (ch(r, ["Младост 1", "Люлин 5", "Тракия", "Чайка"]), r.randint(1, 320),
                                                        ch(r, "АБВГ"), r.randint(1, 14), r.randint(1, 90))
    else:
        line = "%s %d, ет. %d, ап. %d" % (st, r.randint(1, 90), r.randint(1, 8), r.randint(1, 30))
    return J([line, "%s %s" % (c[2], c[0])], ml), c[0]


def a_TR(r, ml, roman, po=False):
    mah, ilce, il, pc = ch(r, [("Caddebostan Mah.", "Kadıköy", "İstanbul", "34728"), ("Moda Mah.", "Kadıköy", "İstanbul", "34710"),
                               ("Kızılay Mah.", "Çankaya", "Ankara", "06420"), ("Alsancak Mah.", "Konak", "İzmir", "35220"),
                               ("Konyaaltı Mah.", "Muratpaşa", "Antalya", "07050")])
    street = "%s No: %d D: %d" % (ch(r, ["Bağdat Cad.", "Atatürk Bulvarı", "Kıbrıs Şehitleri Cad.", "1453. Sok.", "Işıklar Cad."]),
                                  r.randint(1, 400), r.randint(1, 24))
    return J([mah + " " + street if not ml else mah, "" if not ml else street, "%s %s/%s" % (pc, ilce, il)], ml), il


def a_IS(r, ml, roman, po=False):
    city, pc = ch(r, [("Reykjavík", "101"), ("Reykjavík", "105"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"),
                      ("Akureyri", "600"), ("Selfoss", "800")])
    street = "%s %d" % (ch(r, ["Laugavegur", "Skólavörðustígur", "Hamraborg", "Strandgata", "Hafnarstræti", "Austurvegur"]),
                        r.randint(1, 120))
    return J([street, "%s %s" % (pc, city)] + (["Ísland"] if r.random() < 0.2 else []), ml), city


def a_JP(r, ml, roman, po=False):
    c = ch(r, [("Tokyo", "Shibuya-ku", "Jingumae", "150-0001", "東京都", "渋谷区", "神宮前"),
               ("Tokyo", "Setagaya-ku", "Sangenjaya", "154-0024", "東京都", "世田谷区", "三軒茶屋"),
               ("Osaka", "Kita-ku", "Umeda", "530-0001", "大阪府大阪市", "北区", "梅田"),
               ("Fukuoka", "Chuo-ku", "Tenjin", "810-0001", "福岡県福岡市", "中央区", "天神"),
               ("Sapporo", "Chuo-ku", "Minami 3-jo Nishi", "060-0063", "北海道札幌市", "中央区", "南三条西")])
    a, b_, d = r.randint(1, 6), r.randint(1, 28), r.randint(1, 20)
    bld = ch(r, ["", "Sakura Heights %d" % r.randint(101, 905), "Maison Aoyama %d" % r.randint(101, 905), "Room %d" % r.randint(101, 905)])
    if roman:
        if c[2].startswith("Minami"):
            line = "%s %d-%d" % (c[2], b_, d)
        else:
            line = "%d-%d-%d %s" % (a, b_, d, c[2])
        lines = [bld, line, c[1], "%s %s" % (c[0], c[3])]
        if not ml:
            return J([bld, line, c[1], "%s %s" % (c[0], c[3])] + (["Japan"] if r.random() < 0.3 else []), False), c[0]
        return J(lines + (["JAPAN"] if r.random() < 0.4 else []), True), c[0]
    jbld = ch(r, ["", " さくらハイツ%d号室" % r.randint(101, 905), " メゾン青山%d" % r.randint(101, 905)])
    txt = "〒%s %s%s%s%d-%d-%d%s" % (c[3], c[4], c[5], c[6], a, b_, d, jbld)
    if ml:
        txt = "〒%s\n%s%s%s%d-%d-%d%s" % (c[3], c[4], c[5], c[6], a, b_, d, jbld)
    return txt, {"東京都": "東京", "大阪府大阪市": "大阪", "福岡県福岡市": "福岡", "北海道札幌市": "札幌"}[c[4]]


def a_KR(r, ml, roman, po=False):
    c = ch(r, [("Seoul", "Songpa-gu", "Olympic-ro 35-gil", "05510", "서울특별시 송파구 올림픽로35길"),
               ("Seoul", "Mapo-gu", "World Cup buk-ro 6-gil", "03991", "서울특별시 마포구 월드컵북로6길"),
               ("Busan", "Haeundae-gu", "Marine city 2-ro", "48120", "부산광역시 해운대구 마린시티2로"),
               ("Seongnam-si", "Bundang-gu", "Pangyoyeok-ro", "13529", "경기도 성남시 분당구 판교역로")])
    n, dong, ho = r.randint(1, 240), r.randint(101, 115), r.randint(101, 2504)
    if roman:
        city = c[0]
        lines = ["Apt %d, Bldg %d" % (ho, dong) if r.random() < 0.7 else "", "%d %s" % (n, c[2]), "%s, %s" % (c[1], city), c[3]]
        if not ml:
            lines = ["%d %s" % (n, c[2]) + (" %d-dong %d-ho" % (dong, ho) if r.random() < 0.6 else ""), c[1], "%s %s" % (city, c[3])]
        return J(lines + (["Republic of Korea"] if r.random() < 0.3 else []), ml), city.replace("-si", "")
    txt = "%s %d, %d동 %d호" % (c[4], n, dong, ho)
    if ml:
        txt = "(%s)\n%s %d\n%d동 %d호" % (c[3], c[4], n, dong, ho)
    return txt, {"Seoul": "서울", "Busan": "부산", "Seongnam-si": "성남"}[c[0]]


def a_ID(r, ml, roman, po=False):
    kel, kec, city, pc = ch(r, [("Bangka", "Mampang Prapatan", "Jakarta Selatan", "12730"), ("Menteng", "Menteng", "Jakarta Pusat", "10310"),
                                ("Dago", "Coblong", "Bandung", "40135"), ("Kuta", "Kuta", "Badung, Bali", "80361"),
                                ("Gubeng", "Gubeng", "Surabaya", "60281")])
    street = "%s No. %d" % (ch(r, ["Jl. Kemang Raya", "Jl. Teuku Umar", "Jl. Ir. H. Juanda", "Jl. Legian", "Jl. Raya Darmo",
                                    "Gg. Melati III"]), r.randint(1, 220))
    rt = "RT %03d/RW %02d" % (r.randint(1, 15), r.randint(1, 12))
    return J([street + (", " + rt if r.random() < 0.6 else ""), "Kel. %s, Kec. %s" % (kel, kec), "%s %s" % (city, pc)], ml), city.split(",")[0]


def a_VN(r, ml, roman, po=False):
    c = ch(r, [("Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh", "Hồ Chí Minh"), ("Phường Thảo Điền", "TP. Thủ Đức", "TP. Hồ Chí Minh", "Hồ Chí Minh"),
               ("Phường Ngô Thì Nhậm", "Quận Hai Bà Trưng", "Hà Nội", "Hà Nội"), ("Phường Hải Châu 1", "Quận Hải Châu", "Đà Nẵng", "Đà Nẵng")])
    street = ch(r, ["Số %d Ngõ %d Phố Huế" % (r.randint(1, 90), r.randint(2, 80)), "%d Nguyễn Huệ" % r.randint(1, 200),
                    "%d/%d Lê Lợi" % (r.randint(1, 200), r.randint(1, 30)), "Căn hộ %d, Tòa B, %d Bạch Đằng" % (r.randint(101, 2400), r.randint(1, 300))])
    return J([street, c[0], c[1], c[2]], ml), c[3]


def a_TH(r, ml, roman, po=False):
    sub, dist, prov, pc = ch(r, [("Khlong Toei Nuea", "Watthana", "Bangkok", "10110"), ("Si Phum", "Mueang Chiang Mai", "Chiang Mai", "50200"),
                                 ("Patong", "Kathu", "Phuket", "83150"), ("Lat Yao", "Chatuchak", "Bangkok", "10900")])
    street = ch(r, ["%d/%d Moo 4, Soi Sukhumvit 31" % (r.randint(1, 200), r.randint(1, 40)), "%d Thanon Ratchadamnoen" % r.randint(1, 300),
                    "Condo Lumpini Place, Room %d, %d Phahonyothin Rd" % (r.randint(101, 3200), r.randint(1, 900))])
    return J([street, sub, dist, "%s %s" % (prov, pc)], ml), prov


def a_ARAB(r, ml, roman, po=False):
    if roman:
        return ch(r, [a_AE, a_SA, a_EG])(r, ml, True)
    k = r.randint(0, 2)
    if k == 0:
        return J(["فيلا %d، شارع %d" % (r.randint(1, 90), r.randint(1, 40)), "البرشاء 2", "دبي"], ml), "دبي"
    if k == 1:
        return J(["شقة %d، الدور الرابع" % r.randint(1, 30), "%d شارع شجرة الدر، الزمالك" % r.randint(1, 60), "القاهرة"], ml), "القاهرة"
    return J(["%d طريق الملك فهد، حي العليا" % r.randint(1000, 9999), "الرياض %d" % r.randint(11000, 13999)], ml), "الرياض"


GEN_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"]


def L(lang, given, sur, nat, intl, addr, regions, country, native_country, domains, cur, fmt="fl", sex=None):
    return dict(lang=lang, given=given.split(";"), sur=sur.split(";"), nat=nat, intl=intl, addr=addr, regions=regions,
                country=country, native_country=native_country, domains=domains, cur=cur, fmt=fmt, sex=sex)


LOCALES = {
    "US": L("en", "Hope;Summer;Will;Aiyana;Marcus;Tanya;DeShawn;Brittany;Kevin;Maria;Jordan;Skyler;Dakota;Grace;Faith;June;Hunter;Chase;Brooke;Mason;Olivia;Sunny;Rusty",
            "Price;Young;Hill;Rivera;Washington;Nguyen;O'Brien;McAllister;Castillo;Whitfield;Brooks;Love;Church;Banks;Wolfe;Armstrong;King;Baker;Little;Sterling;Lindqvist;Delgado",
            ["(X##) X##-####", "X##-X##-####", "X##.X##.####", "1-X##-X##-####", "X## X## ####"], ["+1 X## X## ####", "+1 (X##) X##-####", "+1-X##-X##-####"],
            a_US, ["Ohio", "Texas", "the Pacific Northwest", "New England", "Georgia", "California"], "United States", "United States",
            ["comcast.net", "att.net", "sbcglobal.net"], "$"),
    "UK": L("en", "Oliver;Hope;Imogen;Harriet;Rhys;Callum;Priya;Amara;Tom;Will;Poppy;Freddie;Isla;Summer;Bethan;Kwame",
            "Price;Young;Hughes;Fairbairn;Ashworth;Patel;Okonkwo;Khan;Thornton;Baker-Clarke;Wood;Cook;Hart;Bird;Lamb;Lord;Featherstonehaugh",
            ["01### ######", "07### ######", "020 7### ####", "0161 ### ####", "0113 ### ####", "(0117) ### ####"],
            ["+44 7### ######", "+44 (0)20 7### ####", "+44 113 ### ####", "+447#########"], a_UK,
            ["Yorkshire", "Cornwall", "the Midlands", "Wales", "Scotland", "Kent"], "United Kingdom", "UK",
            ["btinternet.com", "sky.com", "yahoo.co.uk", "hotmail.co.uk"], "£"),
    "IE": L("en", "Aoife;Siobhán;Niamh;Cian;Oisín;Pádraig;Róisín;Seán;Caoimhe;Eoin;Saoirse",
            "O'Sullivan;Ní Bhriain;Fitzgerald;Ó Conaill;Kavanagh;Byrne;McCarthy;Doyle;Mac Giolla Phádraig;Nic Amhlaoibh",
            ["08# ### ####", "(01) ### ####", "021 ### ####", "087-###-####"], ["+353 8# ### ####", "+353 (0)1 ### ####", "00353 8# #######"],
            a_IE, ["Connemara", "Co. Kerry", "Co. Donegal", "the Burren"], "Ireland", "Éire", ["eircom.net", "gmail.com"], "€"),
    "NZ": L("en", "Aroha;Tama;Mere;Hemi;Ngaio;Liam;Ruby;Manaia;Kiri;Hine", "Te Whare;Ngata;Walker;Parata;Tapsell;Henare;Bennett;Ruawai;Te Kanawa",
            ["021 ### ####", "027 ### ####", "(09) ### ####", "04-### ####"], ["+64 21 ### ####", "+64 9 ### ####", "+64 (0)27 ### ####"],
            a_NZ, ["Otago", "Northland", "the Bay of Plenty", "Canterbury"], "New Zealand", "Aotearoa", ["xtra.co.nz", "gmail.com"], "NZ$"),
    "AU": L("en", "Lachlan;Matilda;Kirra;Jarrah;Chloe;Mitchell", "Nguyen;Papadopoulos;Fletcher;Kelly;Tran;O'Loughlin",
            ["04## ### ###", "(02) #### ####", "03 #### ####"], ["+61 4## ### ###", "+61 (0)4## ### ###"], a_AU,
            ["Queensland", "Tasmania", "the Gold Coast"], "Australia", "Australia", ["bigpond.com", "gmail.com"], "A$"),
    "CA": L("en", "Gabriel;Avery;Harjit;Mei;Brody;Chantal", "Tremblay;Sandhu;Chen;MacLeod;Gagnon;Bouchard",
            ["(X##) X##-####", "X##-X##-####"], ["+1 X## X## ####", "1 (X##) X##-####"], a_CA, ["Ontario", "Nova Scotia", "Alberta"],
            "Canada", "Canada", ["rogers.com", "shaw.ca"], "C$"),
    "KE": L("en", "Wanjiru;Achieng;Njeri;Brian;Faith;Kevin;Mercy;Otieno;Cheruiyot;Wambui", "Kamau;Mwangi;Otieno;Odhiambo;Wekesa;Chebet;Njoroge;Kiprono;Mutua",
            ["07## ######", "07## ### ###", "0110 ######", "020 #######"], ["+254 7## ### ###", "+2547########", "+254 (0) 7## ######"],
            a_KE, ["Kiambu", "the Rift Valley", "Mombasa County"], "Kenya", "Kenya", ["safaricom.co.ke", "gmail.com"], "KSh "),
    "GH": L("en", "Kwame;Ama;Akosua;Kofi;Yaw;Efua;Abena;Kwabena;Adwoa;Nana", "Mensah;Boateng;Asante;Owusu;Appiah;Ofori-Atta;Amoako;Darko;Quaye",
            ["024 ### ####", "020-###-####", "055 ### ####", "030 ### ####"], ["+233 24 ### ####", "+233 (0)55 ### ####", "+23320#######"],
            a_GH, ["Ashanti Region", "the Volta Region", "Greater Accra"], "Ghana", "Ghana", ["gmail.com", "yahoo.com"], "GH₵"),
    "NG": L("en", "Chiamaka;Emeka;Ngozi;Tunde;Oluwaseun;Funmilayo;Ifeanyi;Aisha", "Okonkwo;Adeyemi;Okafor;Balogun;Eze;Nwosu;Abubakar;Olatunji",
            ["0803 ### ####", "0812-###-####", "0906 ### ####"], ["+234 803 ### ####", "+234 (0)812 ### ####"], a_NG,
            ["Lagos State", "Enugu", "Kano"], "Nigeria", "Nigeria", ["gmail.com", "yahoo.com"], "₦"),
    "PH": L("en", "Jhun;Maricel;Rowena;Arnel;Princess;Jerome;Kristine;Lourdes;Rodel;Joy", "dela Cruz;Santos;Reyes;Bautista;Villanueva;Macaraeg;Dimaculangan;Tolentino;de Guzman",
            ["0917 ### ####", "0998-###-####", "(02) 8### ####", "09##-###-####"], ["+63 917 ### ####", "+63 (2) 8### ####", "+639#########"],
            a_PH, ["Pampanga", "Bicol", "Mindanao", "Batangas"], "Philippines", "Pilipinas", ["gmail.com", "yahoo.com.ph"], "₱"),
    "AE": L("en", "Mohammed;Fatima;Ahmed;Noura;Khalid;Mariam;Omar;Layla;Hessa;Rashid", "Al Mansoori;Al Shamsi;Al Falasi;Al Hammadi;Al Ketbi;Haddad;Karam",
            ["050 ### ####", "055-###-####", "04 ### ####", "02 ### ####"], ["+971 50 ### ####", "+971-55-###-####", "00971 4 ### ####"],
            a_AE, ["Ras Al Khaimah", "Fujairah", "Al Ain"], "UAE", "الإمارات", ["emirates.net.ae", "gmail.com"], "AED "),
    "SA": L("en", "Abdulrahman;Reem;Faisal;Nouf;Turki;Sara;Majed;Lama", "Al-Qahtani;Al-Harbi;Al-Otaibi;Al-Ghamdi;Al-Zahrani;Al-Dosari",
            ["05# ### ####", "011 ### ####", "0555######"], ["+966 5# ### ####", "+966-11-###-####"], a_SA,
            ["Eastern Province", "Al Qassim", "Asir"], "Saudi Arabia", "السعودية", ["gmail.com", "hotmail.com"], "SAR "),
    "EG": L("en", "Youssef;Mariam;Ahmed;Nourhan;Karim;Salma;Mostafa;Habiba", "El-Sayed;Abdel Rahman;Hassan;Mostafa;Farouk;Soliman;Ghaly;Abou Zeid",
            ["010 #### ####", "012-####-####", "(02) 2### ####", "011########"], ["+20 10 #### ####", "+20 (0)12 #### ####", "+20 2 2### ####"],
            a_EG, ["Upper Egypt", "the Red Sea coast", "Sinai"], "Egypt", "مصر", ["gmail.com", "yahoo.com"], "EGP "),
    "MY": L("en", "Nur Aisyah;Muhammad Haziq;Siti Hajar;Kavitha;Arjun;Farah;Wei Ling;Jun Hao", "Rahman;Ismail;Subramaniam;Abdullah;Tan;Lim;Othman",
            ["012-### ####", "019-#######", "03-2### ####", "011-#### ####"], ["+60 12-### ####", "+6012 ### ####", "+60 3-2### ####"],
            a_MY, ["Sabah", "Sarawak", "Penang", "Johor"], "Malaysia", "Malaysia", ["gmail.com", "yahoo.com.my"], "RM"),
    "SG": L("en", "Wei Jie;Hui Min;Siddharth;Nurul;Jia Hui;Marcus", "Tan;Lim;Ng;Koh;Rajaratnam;Goh",
            ["9### ####", "8###-####", "6### ####"], ["+65 9### ####", "+65-8###-####", "(+65) 6### ####"], a_SG,
            ["Jurong", "Sentosa"], "Singapore", "Singapore", ["singnet.com.sg", "gmail.com"], "S$"),
    "IN": L("en", "Priya;Rohan;Ananya;Vikram;Sneha;Karthik", "Iyer;Sharma;Chatterjee;Reddy;Menon;Banerjee",
            ["098### #####", "0##-####-####"], ["+91 98### #####", "+91-9#########", "+91 80 #### ####"], a_IN,
            ["Kerala", "Goa", "Rajasthan"], "India", "India", ["gmail.com", "rediffmail.com"], "₹"),
    "IL": L("en", "Noa;Yael;Itai;Omer;Tamar;Eitan;Shira;Avi", "Ben-David;Mizrahi;Peretz;Friedman;Levi;Shapiro;Azoulay;Katz",
            ["05#-###-####", "03-###-####", "054#######"], ["+972 5#-###-####", "+972-3-###-####", "+972 5# ### ####"], a_IL,
            ["the Galilee", "the Negev"], "Israel", "Israel", ["walla.co.il", "gmail.com"], "₪"),
    "ZA": L("en", "Thandiwe;Sipho;Lerato;Pieter;Anri;Zanele", "Dlamini;Nkosi;van der Merwe;Botha;Naidoo;Mokoena",
            ["08# ### ####", "021 ### ####"], ["+27 8# ### ####", "+27 (0)21 ### ####"], a_ZA, ["Gauteng", "the Western Cape"],
            "South Africa", "South Africa", ["webmail.co.za", "gmail.com"], "R"),
    "DE": L("de", "Jonas;Lea;Jürgen;Anneliese;Mehmet;Svenja;Till;Hannelore;Lukas;Friederike;Kai-Uwe;Ömer;Maren;Finn",
            "Müller;Schmidt-Röhl;von Stetten;Weiß;Becker;Yılmaz;Krüger;Hoffmann;Zimmermann;Brandt;Kowalczyk;zur Linde;Engel;Fuchs;Vogel",
            ["030 ########", "0151 ########", "0151/########", "0176-#######", "(089) ######", "0221 / ### ## ##", "040 - ### ### ##"],
            ["+49 30 ########", "+49 (0)151 #### ####", "+49 176 #######", "0049 89 #######", "+49-221-######"], a_DE,
            ["Bayern", "Sachsen", "das Ruhrgebiet", "Schleswig-Holstein", "NRW"], "Germany", "Deutschland", ["web.de", "gmx.de", "t-online.de", "posteo.de"], "€"),
    "AT": L("de", "Valentina;Florian;Magdalena;Leopold;Katharina;Vinzenz;Theresa", "Gruber;Huber;Pichler;Steinbauer;Moser;Wallner;Eder",
            ["0664 #######", "0676/#######", "01 ### ## ##", "0316 ######"], ["+43 664 #######", "+43 1 ### ## ##", "+43 (0)676 ### ####"],
            a_AT, ["Tirol", "Steiermark", "Kärnten", "Vorarlberg"], "Austria", "Österreich", ["gmx.at", "aon.at", "chello.at"], "€"),
    "CH": L("de", "Reto;Nadja;Urs;Seraina;Beat;Corinne;Loïc;Léonie", "Brunner;Meier;Keller;Baumgartner;Zürcher;Caflisch;Favre;Rochat",
            ["079 ### ## ##", "044 ### ## ##", "031/### ## ##", "078.###.##.##"], ["+41 79 ### ## ##", "+41 (0)44 ### ## ##", "0041 31 ### ## ##"],
            a_CH, ["Graubünden", "Wallis", "das Tessin", "Appenzell"], "Switzerland", "Schweiz", ["bluewin.ch", "gmx.ch", "sunrise.ch"], "CHF "),
    "FR": L("fr", "Camille;Théo;Maëlle;Jean-Baptiste;Inès;Mathis;Clémence;Yannick;Océane;Benoît;Héloïse;Aïcha",
            "Lefèvre;Dubois;de La Salle;Moreau;N'Diaye;Girard;Le Goff;Benali;Rousseau;Delacroix-Martin;Faure;Guérin",
            ["06 ## ## ## ##", "07.##.##.##.##", "01 ## ## ## ##", "04-##-##-##-##", "06########"],
            ["+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "0033 7 ## ## ## ##", "+33 4.##.##.##.##"], a_FR,
            ["la Bretagne", "l'Occitanie", "la Provence", "l'Alsace", "la Normandie"], "France", "France", ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "€"),
    "BE": L("fr", "Lotte;Wout;Amélie;Arnaud;Nore;Sien;Jef;Manon", "Vermeulen;Peeters;Janssens;Van den Broeck;De Smet;Claes;Dumont;Lambert",
            ["0470 ## ## ##", "0485/##.##.##", "02 ### ## ##", "09 ### ## ##"], ["+32 470 ## ## ##", "+32 (0)2 ### ## ##", "0032 485 ## ## ##"],
            a_BE, ["la Wallonie", "les Ardennes", "Vlaanderen", "Limburg"], "Belgium", "Belgique", ["skynet.be", "telenet.be", "proximus.be"], "€"),
    "LU": L("fr", "Gilles;Tessy;Mandy;Jang;Pol;Cathy;Marc", "Schmit;Weber;Hoffmann;Kieffer;Wagner;Reuter;Thill;Muller",
            ["621 ### ###", "691 ### ###", "26 ## ## ##", "4# ## ##"], ["+352 621 ### ###", "+352 691 ## ## ##", "00352 26 ## ## ##"],
            a_LU, ["l'Oesling", "la Moselle"], "Luxembourg", "Luxembourg", ["pt.lu", "internet.lu"], "€"),
    "ES": L("es", "Lucía;Álvaro;Nerea;Íñigo;Pilar;Jorge;Maite;Rocío;Xavier;Begoña;Alejandro;Mª José",
            "García Lorente;Fernández;Etxeberria;Ruiz de Velasco;Sánchez Mora;Navarro;Iglesias;Ortega;Domínguez;de la Fuente",
            ["6## ## ## ##", "6## ### ###", "91 ### ## ##", "93-###-##-##", "6########"], ["+34 6## ## ## ##", "+34 91 ### ## ##", "0034 6## ### ###"],
            a_ES, ["Andalucía", "Galicia", "Cataluña", "el País Vasco", "Asturias"], "Spain", "España", ["telefonica.net", "hotmail.es", "yahoo.es"], "€"),
    "MX": L("es", "Guadalupe;José Luis;Ximena;Itzel;Rodrigo;Valeria;Juan Pablo;Citlali", "Hernández Ríos;López;Martínez;Ramírez;Cárdenas;Villaseñor;Gutiérrez;Torres",
            ["55 #### ####", "(33) ####-####", "81-####-####", "044 55 #### ####"], ["+52 55 #### ####", "+52 1 33 #### ####", "+52 (81) ####-####"],
            a_MX, ["Jalisco", "Oaxaca", "Yucatán", "Nuevo León"], "Mexico", "México", ["prodigy.net.mx", "hotmail.com"], "MXN $"),
    "AR": L("es", "Florencia;Matías;Agustina;Santiago;Milagros;Facundo", "Fernández;Rossi;Gómez;Paz;Sosa;Benítez;Acosta;Kowalczuk",
            ["11 4###-####", "011 15-####-####", "(0351) 15 ###-####", "15-####-####"], ["+54 9 11 ####-####", "+54 9 351 ### ####", "+54911########"],
            a_AR, ["la Patagonia", "Córdoba", "Mendoza"], "Argentina", "Argentina", ["fibertel.com.ar", "gmail.com"], "ARS $"),
    "CL": L("es", "Josefa;Benjamín;Catalina;Vicente;Constanza;Ignacio", "Muñoz;Rojas;Contreras;Soto;Silva;Fuentealba",
            ["9 #### ####", "(2) 2### ####", "09-#######"], ["+56 9 #### ####", "+56 2 2### ####", "+569########"], a_CL,
            ["la Araucanía", "Atacama", "Valparaíso"], "Chile", "Chile", ["vtr.net", "gmail.com"], "CLP $"),
    "CO": L("es", "Valentina;Juan Camilo;Daniela;Andrés Felipe;Mariana;Sebastián", "Restrepo;Gómez;Cardona;Ospina;Rendón;Castaño",
            ["310 ### ####", "300-###-####", "(601) ### ####", "(604) ### ## ##"], ["+57 310 ### ####", "+57 300 #######", "+57 (601) ### ####"],
            a_CO, ["Antioquia", "el Eje Cafetero", "Santander"], "Colombia", "Colombia", ["une.net.co", "hotmail.com"], "COP $"),
    "PT": L("pt", "João;Inês;Tiago;Mariana;Rui;Beatriz;Gonçalo;Leonor", "Ferreira;Sousa;Gonçalves;Carvalho;Rodrigues;Azevedo;Magalhães;Nóbrega",
            ["912 ### ###", "96#######", "21 ### ####", "22-###-####"], ["+351 912 ### ###", "+351 21 ### ####", "00351 93# ### ###"],
            a_PT, ["o Algarve", "o Alentejo", "os Açores", "o Minho"], "Portugal", "Portugal", ["sapo.pt", "gmail.com", "netcabo.pt"], "€"),
    "BR": L("pt", "Thiago;Ana Clara;Luana;Gustavo;Raíssa;Caio;Bruna;Wellington;Joana;Lívia", "da Silva;Santos;Oliveira;Albuquerque;Nascimento;Souza;Pereira;Cavalcanti;dos Reis",
            ["(11) 9####-####", "(21) 2###-####", "11 9 ####-####", "(0xx31) 9####-####", "(81)9####.####"],
            ["+55 11 9####-####", "+55 (21) 9####-####", "+55 51 3###-####", "+5531#########"], a_BR,
            ["o Nordeste", "Minas Gerais", "a Bahia", "o Sul"], "Brazil", "Brasil", ["uol.com.br", "terra.com.br", "bol.com.br", "gmail.com"], "R$ "),
    "IT": L("it", "Giulia;Matteo;Chiara;Lorenzo;Francesca;Alessio;Beatrice;Gianluca;Rosalba", "Rossi;Esposito;Bianchi;De Luca;Colombo;Russo;Lo Bianco;D'Angelo;Marchetti",
            ["333 ### ####", "347/#######", "02 #### ####", "06-########", "081 ######"], ["+39 333 ### ####", "+39 02 #### ####", "0039 347 #######"],
            a_IT, ["la Puglia", "la Toscana", "la Sicilia", "il Trentino"], "Italy", "Italia", ["libero.it", "tiscali.it", "virgilio.it"], "€"),
    "NL": L("nl", "Sanne;Daan;Femke;Joost;Noor;Thijs;Anouk;Bram", "de Vries;van den Berg;Jansen;Bakker;Visser;van der Linden;Smit;Meijer;de Jong",
            ["06-########", "06 ## ## ## ##", "020-#######", "010 ### ####", "(030) ### ## ##"], ["+31 6 ########", "+31 (0)20 ### ####", "0031 6 ## ## ## ##"],
            a_NL, ["Friesland", "Zeeland", "Limburg", "de Veluwe"], "Netherlands", "Nederland", ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "€"),
    "BEnl": L("nl", "Lotte;Wout;Nore;Sien;Jef;Lieven", "Vermeulen;Peeters;Janssens;Van den Broeck;De Smet;Claes",
              ["0470 ## ## ##", "0485/## ## ##", "09 ### ## ##"], ["+32 470 ## ## ##", "+32 (0)9 ### ## ##"], a_BE,
              ["Limburg", "West-Vlaanderen", "de Kempen"], "Belgium", "België", ["telenet.be", "skynet.be"], "€"),
    "PL": L("pl", "Katarzyna;Michał;Agnieszka;Paweł;Zofia;Grzegorz;Małgorzata;Łukasz;Jadwiga", "Nowak;Kowalczyk;Wójcik;Mazur;Krawczyk;Kaczmarek;Zając;Wróbel;Sikora;Błaszczyk",
            ["5## ### ###", "6##-###-###", "(22) ### ## ##", "12 ### ## ##", "7########"], ["+48 5## ### ###", "+48 (22) ### ## ##", "0048 6##-###-###", "+48 7## ### ###"],
            a_PL, ["Mazury", "Podhale", "Pomorze", "Śląsk"], "Poland", "Polska", ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "zł"),
    "UA": L("uk", "f:Олена|Olena;m:Андрій|Andrii;f:Оксана|Oksana;m:Тарас|Taras;f:Ірина|Iryna;m:Богдан|Bohdan;f:Марія|Mariia;m:Дмитро|Dmytro",
            "Шевчук|Shevchuk;Коваленко|Kovalenko;Бондаренко|Bondarenko;Ткаченко|Tkachenko;Мельник|Melnyk;Кравчук|Kravchuk;Олійник|Oliinyk;Поліщук|Polishchuk",
            ["067 ### ## ##", "(050) ###-##-##", "093-###-####", "044 ### ## ##"], ["+380 67 ### ####", "+38 (067) ###-##-##", "+380-50-###-##-##", "+38093#######"],
            a_UA, ["Закарпаття", "Полтавщина", "Карпати", "Буковина"], "Ukraine", "Україна", ["ukr.net", "i.ua", "meta.ua", "gmail.com"], "₴"),
    "BG": L("bg", "m:Иван|Ivan;f:Мария|Maria;m:Георги|Georgi;f:Десислава|Desislava;m:Николай|Nikolay;f:Цветелина|Tsvetelina;m:Стоян|Stoyan;f:Радостина|Radostina",
            "Петров|Petrov;Иванов|Ivanov;Георгиев|Georgiev;Димитров|Dimitrov;Стоянов|Stoyanov;Колев|Kolev;Тодоров|Todorov;Христов|Hristov",
            ["088 ### ####", "0898 ######", "02 ### ####", "0887/###-###"], ["+359 88 ### ####", "+359 (0)898 ######", "00359 2 ### ####"],
            a_BG, ["Родопите", "Черноморието", "Пирин"], "Bulgaria", "България", ["abv.bg", "mail.bg", "dir.bg"], "лв.", sex="bg"),
    "TR": L("tr", "Elif;Mehmet;Zeynep;Emre;Ayşe;Burak;Şule;Oğuz;Gülşen;Çağrı", "Yılmaz;Demir;Şahin;Çelik;Öztürk;Aydın;Kılıç;Arslan;Doğan;Kaya",
            ["0532 ### ## ##", "0 (212) ### ## ##", "0555-###-####", "(0216) ### ## ##", "05#########"], ["+90 532 ### ## ##", "+90 (505) ### ####", "0090 216 ### ## ##"],
            a_TR, ["Karadeniz", "Ege", "Kapadokya", "Trakya"], "Turkey", "Türkiye", ["hotmail.com.tr", "mynet.com", "gmail.com"], "₺"),
    "IS": L("is", "f:Guðrún;m:Sigurður;f:Hildur;m:Jón;f:Ragnheiður;m:Þórir;f:Katrín;m:Ólafur;f:Sólveig", "Jóns;Sigurðs;Gunnars;Einars;Þórs;Magnús;Helga;Ólafs",
            ["X## ####", "X##-####", "8## ####", "6##-####"], ["+354 X## ####", "+354-8##-####", "00354 5## ####"], a_IS,
            ["Vestfirðir", "Suðurland", "Austurland", "Snæfellsnes"], "Iceland", "Ísland", ["simnet.is", "internet.is", "gmail.com"], "kr.", sex="is"),
    "JP": L("ja", "翔太|Shota;美咲|Misaki;健一|Kenichi;陽子|Yoko;大輔|Daisuke;さくら|Sakura;拓海|Takumi;由美|Yumi",
            "田中|Tanaka;佐藤|Sato;鈴木|Suzuki;高橋|Takahashi;渡辺|Watanabe;伊藤|Ito;山本|Yamamoto;中村|Nakamura",
            ["03-####-####", "090-####-####", "080 #### ####", "06(####)####", "070########"], ["+81 90-####-####", "+81 3 #### ####", "+81-80-####-####"],
            a_JP, ["北海道", "九州", "沖縄", "関西"], "Japan", "日本", ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"], "¥", fmt="lf"),
    "KR": L("ko", "민준|Min-jun;서연|Seo-yeon;지훈|Ji-hoon;수빈|Su-bin;현우|Hyun-woo;지은|Ji-eun;도윤|Do-yoon",
            "김|Kim;이|Lee;박|Park;최|Choi;정|Jung;강|Kang;윤|Yoon;한|Han",
            ["010-####-####", "010 #### ####", "02-###-####", "031-###-####", "010.####.####"], ["+82 10-####-####", "+82 2 ### ####", "+82-10-####-####"],
            a_KR, ["제주도", "강원도", "경기도"], "South Korea", "한국", ["naver.com", "daum.net", "kakao.com", "gmail.com"], "₩", fmt="lf0"),
    "ID": L("id", "Putri;Budi;Siti;Agus;Dewi;Rizky;Ayu;Wahyu;Indah;Yohanes", "Santoso;Wijaya;Rahmawati;Hidayat;Saputra;Kusuma;Nugroho;Pratama;Sitompul;Simanjuntak",
            ["0812-####-####", "0813 #### ####", "(021) #######", "08#########", "0274-######"], ["+62 812 #### ####", "+62-813-####-####", "+62 21 #######"],
            a_ID, ["Bali", "Jawa Tengah", "Sumatera Utara", "Lombok"], "Indonesia", "Indonesia", ["yahoo.co.id", "gmail.com"], "Rp"),
    "VN": L("vi", "Anh;Minh;Thảo;Hùng;Linh;Tuấn;Ngọc;Trang;Phương", "Nguyễn;Trần;Lê;Phạm;Hoàng;Huỳnh;Võ;Đặng",
            ["090 ### ## ##", "0912.###.###", "0903-###-###", "(028) #### ####", "09########"], ["+84 90 ### ####", "+84 (0)912 ### ###", "+8490#######"],
            a_VN, ["Đà Lạt", "Phú Quốc", "Sa Pa", "miền Tây"], "Vietnam", "Việt Nam", ["gmail.com", "yahoo.com.vn"], "₫", fmt="vn"),
    "TH": L("th", "สมชาย|Somchai;นภา|Napha;ธนพล|Thanaphon;สุภาพร|Supaporn;กิตติ|Kitti;พิมพ์ชนก|Pimchanok;อารีรัตน์|Areerat",
            "ศรีสุข|Srisuk;วงศ์ใหญ่|Wongyai;แก้วมณี|Kaewmanee;ทองดี|Thongdee;จันทร์เพ็ญ|Chanphen;สุวรรณรัตน์|Suwannarat",
            ["081 ### ####", "08#-###-####", "02-###-####", "053 ### ###"], ["+66 81 ### ####", "+66 (0)2 ### ####", "+66-9#-###-####"],
            a_TH, ["ภูเก็ต", "เชียงใหม่", "หัวหิน", "อีสาน"], "Thailand", "ประเทศไทย", ["hotmail.com", "gmail.com"], "฿"),
    "MYms": L("ms", "Nur Aisyah;Muhammad Haziq;Siti Hajar;Ahmad Faiz;Nurul Izzah;Amirul;Farah", "Rahman;Ismail;Abdullah;Othman;Yusof;Hassan;Zakaria",
              ["012-### ####", "019-#######", "03-2### ####", "013 ### ####"], ["+60 12-### ####", "+6019 ### ####", "+60 3-2### ####"],
              a_MY, ["Sabah", "Sarawak", "Pulau Pinang", "Langkawi"], "Malaysia", "Malaysia", ["gmail.com", "yahoo.com.my"], "RM"),
    "ARAB": L("ar", "محمد|Mohammed;فاطمة|Fatima;أحمد|Ahmed;نورة|Noura;خالد|Khalid;مريم|Mariam;عمر|Omar;ريم|Reem",
              "الشمري|Al-Shammari;القحطاني|Al-Qahtani;المنصوري|Al Mansoori;السيد|El-Sayed;الحربي|Al-Harbi;الفلاسي|Al Falasi;عبد الرحمن|Abdel Rahman",
              ["050 ### ####", "055-###-####", "010 #### ####", "05# ### ####"], ["+971 50 ### ####", "+966 5# ### ####", "+20 10 #### ####"],
              a_ARAB, ["الشارقة", "جدة", "الإسكندرية", "العين"], "UAE", "الإمارات", ["gmail.com", "hotmail.com"], "AED ", fmt="fl"),
}

# IBAN country for each locale (None: no IBAN in that market)
IBAN_OF = {"UK": "GB", "IE": "IE", "DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "BEnl": "BE", "LU": "LU", "NL": "NL",
           "ES": "ES", "PT": "PT", "IT": "IT", "PL": "PL", "UA": "UA", "BG": "BG", "TR": "TR", "IS": "IS", "AE": "AE", "SA": "SA",
           "EG": "EG", "IL": "IL", "BR": "BR", "ARAB": "AE"}

VN_MIDDLE = ["Thị", "Văn", "Minh", "Ngọc", "Đức", "Thanh", "Hoài"]


def parse_name(entry):
    sex = None
    if entry[:2] in ("f:", "m:"):
        sex, entry = entry[0], entry[2:]
    if "|" in entry:
        nat, rom = entry.split("|")
    else:
        nat = rom = entry
    return sex, nat, rom


def make_persona(r, code):
    Lc = LOCALES[code]
    sex, fn, fr = parse_name(ch(r, Lc["given"]))
    _, ln, lr = parse_name(ch(r, Lc["sur"]))
    if Lc["sex"] == "bg" and sex == "f":
        ln, lr = ln + "а", lr + "a"
    if Lc["sex"] == "is":
        ln = lr = ln + ("dóttir" if sex == "f" else "son")
    mid = ""
    fmt = Lc["fmt"]
    if fmt == "fl":
        full, fullr = fn + " " + ln, fr + " " + lr
    elif fmt == "lf":
        full, fullr = ln + " " + fn, fr + " " + lr
    elif fmt == "lf0":
        full, fullr = ln + fn, lr + " " + fr
    else:  # vn
        mid = ch(r, VN_MIDDLE)
        full = fullr = "%s %s %s" % (ln, mid, fn)
    roman = ascii_fold(fr).lower().replace(" ", ""), ascii_fold(lr).lower().replace(" ", "").replace("-", "")
    return dict(code=code, first=fn, last=ln, full=full, firstr=fr, lastr=lr, fullr=fullr, mid=mid, sex=sex, rom=roman)


def make_email(r, P, code, work=None):
    f, l = P["rom"]
    f = f.replace("-", "")
    style = r.randint(0, 7)
    if style == 0:
        loc = f + "." + l
    elif style == 1:
        loc = f[0] + l
    elif style == 2:
        loc = f + "_" + l + str(r.randint(70, 99))
    elif style == 3:
        loc = l + "." + f[0]
    elif style == 4:
        loc = f + l + str(r.randint(1, 2005))
    elif style == 5:
        loc = f + "." + l[0]
    elif style == 6:
        loc = f + "-" + l
    else:
        loc = f + "+" + ch(r, ["shop", "promo", "news", "orders"])
    if work:
        return (f + "." + l) + "@" + work
    dom = ch(r, LOCALES[code]["domains"] + GEN_DOMAINS[:3])
    return loc + "@" + dom


# ----------------------------------------------------------------------------------------------
# unlabelled filler values (brands that look like names, order numbers, tracking numbers ...)
# ----------------------------------------------------------------------------------------------
BRANDS = ["Rosa Linda", "Mabel & Finch", "Felix Bloom", "Ottilie Rose", "Bruno Castell", "Juniper Hale", "Ingrid Moss",
          "Luca Ferri", "Hugo & Ida", "Clara Voss", "Marlowe Kent", "Stella Marin", "Arlo Beck", "Elsie May"]
PRODUCTS = ["Velvet Lip Tint", "cold brew concentrate", "linen duvet set", "trail runner 2", "overnight repair serum",
            "ceramic pour-over kit", "merino base layer", "wireless earbuds", "bamboo sheet set", "SPF 50 fluid",
            "weekender bag", "stoneware mug set", "gift box", "hydrating mist"]
COMPANIES = [("Kestrel Home", "kestrelhome.co.uk"), ("Vantar Outdoor", "vantaroutdoor.com"), ("Tidewater Beauty", "tidewaterbeauty.com"),
             ("Orbisport", "orbisport.de"), ("Marelle", "marelle-paris.fr"), ("Nordlys Living", "nordlys.is"),
             ("Casa Brisa", "casabrisa.mx"), ("Pao de Mel Cosmeticos", "paodemel.com.br"), ("Lumo Labs", "lumolabs.io"),
             ("Bright Harbour Media", "brightharbour.co.nz"), ("Savanna Mobile", "savannamobile.co.ke"), ("Sakura Denki", "sakuradenki.jp")]
WORDNAMES = ["Hope", "Summer", "Will", "June", "Faith", "Grace", "Autumn", "Sunny", "Rusty", "Pearl", "Ivy", "Joy", "Chase", "Hunter",
             "Dawn", "Wren", "Rose", "Sky", "Bill", "Frank", "Mercy", "Patience", "Precious"]
WORDSURNAMES = ["Price", "Young", "Hill", "Love", "Banks", "Wolfe", "Little", "Church", "Rich", "Stone", "Bird", "Lamb", "Cook",
                "Brown", "Moody", "Best", "Swift", "Gay", "Hope", "Mann", "Savage", "Fox"]
HANDLES = ["@glowwithgabi", "@the.weekend.pantry", "@runs_on_coffee", "@mila.makes.things", "@urban_fern", "@tastykitchen_ph",
           "@dubai.eats.daily", "@sunsetsandsneakers", "@hanaroom", "@nordic.nest"]


def gen_order(r):
    return fill(r, ch(r, ["ORD-2024-######", "#10####", "SO-###-####", "@#######", "WEB######", "R-##-#####", "PO ####/24"]))


def gen_track(r):
    return fill(r, ch(r, ["1Z 9@@ 9## ## #### ###", "JD0146########", "L\\X#########DE", "RR#########CN", "CP#########PT",
                          "9400 1## #### #### #### ##", "00340434########", "EE#########IS", "JNTP#########"]))


def gen_sku(r):
    return fill(r, ch(r, ["RL-####-BLK", "MS-######", "FB-CB-###", "MF/####/L", "H\\X-##-@@", "####-###-##"]))


def gen_date(r, lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), ch(r, [2024, 2025])
    if lang == "en":
        return ch(r, ["%02d/%02d/%d" % (m, d, y), "%d %s" % (d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]),
                      "%d-%02d-%02d" % (y, m, d)])
    if lang in ("ja", "ko"):
        return "%d/%d/%d" % (y, m, d)
    return ch(r, ["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])


# ----------------------------------------------------------------------------------------------
# record context: lazily generated, cached slot values so a template may reuse a slot
# ----------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, code, lang, codes=None):
        self.r, self.code, self.lang = r, code, lang
        self.codes = codes or {}
        self.cache = {}
        self.personas = {}
        self.addrs = {}
        self.company = ch(r, COMPANIES)
        self.roman = lang == "en" or LOCALES[code]["lang"] != lang

    def loc_of(self, k):
        return self.codes.get(k, self.code)

    def persona(self, k):
        if k not in self.personas:
            for _ in range(20):
                P = make_persona(self.r, self.loc_of(k))
                if all(P["full"] != Q["full"] and P["first"] != Q["first"] for Q in self.personas.values()):
                    break
            self.personas[k] = P
        return self.personas[k]

    def address(self, k, ml=False, roman=None, po=False):
        key = (k, ml, roman, po)
        if key not in self.addrs:
            rom = self.roman if roman is None else roman
            txt, city = LOCALES[self.loc_of(k)]["addr"](self.r, ml, rom, po)
            self.addrs[key] = (txt, city)
            self.addrs.setdefault(("city", k), city)
        return self.addrs[key]

    def city(self, k):
        if ("city", k) not in self.addrs:
            self.address(k)
        return self.addrs[("city", k)]

    def phone(self, k, kind):
        Lc = LOCALES[self.loc_of(k)]
        if kind == "i":
            pat = ch(self.r, Lc["intl"])
        elif kind == "n":
            pat = ch(self.r, Lc["nat"])
        else:
            pat = ch(self.r, Lc["nat"] + Lc["intl"])
        return fill(self.r, pat)

    def get(self, slot):
        if slot not in self.cache:
            self.cache[slot] = self._make(slot)
        return self.cache[slot]

    def _make(self, slot):
        r = self.r
        mod = None
        if "|" in slot:
            base, mod = slot.split("|")
            segs = self.get(base)
            f = {"U": str.upper, "L": str.lower, "T": str.title,
                 "S": lambda s: re.sub(r"[,.]", "", s.lower()).replace("\n", " ")}[mod]
            return [(f(t), ty) for t, ty in segs]
        m = re.match(r"^([a-z_]+?)(\d?)$", slot)
        base, k = m.group(1), int(m.group(2) or 1)
        P = self.persona(k) if base in PERSON_SLOTS or base in ("email", "wemail", "emailsp") else None
        rom = self.roman
        if base == "first":
            return [(P["firstr"] if rom else P["first"], PER)]
        if base == "last":
            return [(P["lastr"] if rom else P["last"], PER)]
        if base == "full":
            return [(P["fullr"] if rom else P["full"], PER)]
        if base == "firstr":
            return [(P["firstr"], PER)]
        if base == "lastr":
            return [(P["lastr"], PER)]
        if base == "fullr":
            return [(P["fullr"], PER)]
        if base == "lastfirst":
            if self.loc_of(k) in ("JP", "KR"):
                return [(P["lastr"].upper() + " " + P["firstr"], PER)]
            return [((P["lastr"] if rom else P["last"]) + ", " + (P["firstr"] if rom else P["first"]), PER)]
        if base == "init":
            f = P["firstr"] if rom else P["first"]
            extra = (ch(r, "ABCDEFGHJKLMRST") + ". ") if r.random() < 0.5 else ""
            return [(f[0] + ". " + extra + (P["lastr"] if rom else P["last"]), PER)]
        if base == "finit":
            return [((P["firstr"] if rom else P["first"]) + " " + (P["lastr"] if rom else P["last"])[0] + ".", PER)]
        if base == "word":
            return [(ch(r, WORDNAMES), PER)]
        if base == "wordlast":
            return [(ch(r, WORDSURNAMES), PER)]
        if base == "wordfull":
            return [(ch(r, WORDNAMES) + " " + ch(r, WORDSURNAMES), PER)]
        if base == "email":
            return [(make_email(r, P, self.loc_of(k)), EM)]
        if base == "wemail":
            return [(make_email(r, P, self.loc_of(k), work=self.company[1]), EM)]
        if base == "emailsp":
            return [(spoken_email(self.get("email%d" % k)[0][0]), EM)]
        if base == "phone":
            return [(self.phone(k, ""), PH)]
        if base == "phonei":
            return [(self.phone(k, "i"), PH)]
        if base == "phonen":
            return [(self.phone(k, "n"), PH)]
        if base == "phonex":
            ext = {"de": [" Durchwahl ", " App. "], "fr": [" poste "], "it": [" int. "], "es": [" ext. "], "pt": [" ramal "],
                   "nl": [" toestel "], "ja": [" 内線"], "ko": [" 내선 "]}.get(self.lang, [" ext. ", " ext ", " x", " Ext "])
            return [(self.phone(k, ""), PH), (ch(r, ext) + str(r.randint(10, 4999)), None)]
        if base == "phoneg":
            return [(self.phone(k, "n") + ch(r, ["x", "#", "-"]) + str(r.randint(10, 499)), PH)]
        if base == "phones":
            lg = self.lang if self.lang in DIGIT_WORDS else "en"
            return [(spoken_digits(r, self.phone(k, "n"), lg), PH)]
        if base == "addr":
            return [(self.address(k)[0], ADR)]
        if base == "addrml":
            return [(self.address(k, ml=True)[0], ADR)]
        if base == "addrr":
            return [(self.address(k, roman=True)[0], ADR)]
        if base == "addrmlr":
            return [(self.address(k, ml=True, roman=True)[0], ADR)]
        if base == "pobox":
            return [(self.address(k, po=True)[0], ADR)]
        if base == "city":
            return [(self.city(k), LOC)]
        if base == "cityr":
            self.address(k, roman=True)
            return [(self.addrs[(k, False, True, False)][1], LOC)]
        if base == "cityo":  # another city of the same market
            mine = self.city(k)
            for _ in range(30):
                c = LOCALES[self.loc_of(k)]["addr"](r, False, self.roman)[1]
                if c != mine:
                    return [(c, LOC)]
            return [(mine, LOC)]
        if base == "region":
            return [(ch(r, LOCALES[self.loc_of(k)]["regions"]), LOC)]
        if base == "country":
            Lc = LOCALES[self.loc_of(k)]
            return [(Lc["native_country"] if Lc["lang"] == self.lang else Lc["country"], LOC)]
        if base == "cc":
            return [(gen_card(r), CC)]
        if base == "ccp":
            return [(gen_card(r, "plain"), CC)]
        if base == "ccsp":
            num = gen_card(r, "plain")
            lg = self.lang if self.lang in DIGIT_WORDS else "en"
            return [(spoken_digits(r, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), lg), CC)]
        if base == "iban":
            return [(gen_iban(r, IBAN_OF.get(self.loc_of(k), "DE")), IB)]
        if base == "ibanp":
            return [(gen_iban(r, IBAN_OF.get(self.loc_of(k), "DE"), "plain"), IB)]
        if base == "ssn":
            return [(gen_ssn(r), SSN)]
        if base == "ssnd":
            return [(gen_ssn(r, "dash"), SSN)]
        if base == "ip":
            return [(gen_ip4(r), IP)]
        if base == "ipv":
            return [(gen_ip6(r), IP)]
        # ---- unlabelled
        if base == "order":
            return [(gen_order(r), None)]
        if base == "track":
            return [(gen_track(r), None)]
        if base == "sku":
            return [(gen_sku(r), None)]
        if base == "price":
            cur = LOCALES[self.loc_of(k)]["cur"]
            self.pbase = getattr(self, "pbase", 0) + r.randint(5, 240)  # later prices in a record are higher
            v = "%d.%02d" % (self.pbase, ch(r, [0, 99, 95, 50]))
            if self.lang not in ("en", "ja", "ko", "th", "ms", "ar"):
                v = v.replace(".", ",")
            if cur in ("¥", "₩", "₫", "Rp"):
                v = "{:,}".format(self.pbase * (100 if cur == "¥" else 1000))
                if cur in ("₫", "Rp"):
                    v = v.replace(",", ".")
            if cur in ("€", "zł", "kr.", "лв.", "₴", "₫", "₺"):
                return [(v + " " + cur, None)]
            return [(cur + v, None)]
        if base == "date":
            return [(gen_date(r, self.lang), None)]
        if base == "time":
            return [(ch(r, ["%d:%02d" % (r.randint(8, 19), ch(r, [0, 15, 30, 45]))]), None)]
        if base == "brand":
            return [(ch(r, BRANDS), None)]
        if base == "product":
            return [(ch(r, PRODUCTS), None)]
        if base == "handle":
            return [(ch(r, HANDLES), None)]
        if base == "company":
            return [(self.company[0], None)]
        if base == "promo":
            return [(fill(r, ch(r, ["SPRING##", "WELCOME##", "VIP-@@@#", "FREESHIP", "BLACKFRI##"])), None)]
        if base == "ticket":
            return [(fill(r, ch(r, ["#######", "C\\X-######", "INC0######", "ZD-#####"])), None)]
        if base == "n":
            return [(str(r.randint(2, 9)), None)]
        if base == "pct":
            return [(str(ch(r, [10, 15, 20, 25, 30, 40])) + "%", None)]
        raise KeyError(slot)


PERSON_SLOTS = {"first", "last", "full", "firstr", "lastr", "fullr", "lastfirst", "init", "finit"}
SLOT_RE = re.compile(r"\{(=[A-Z_]+:[^}]*|[A-Za-z0-9_|]+)\}")


def segs_of(ctx, tpl):
    """Template -> list of (text, type).  {slot} draws a value, {=TYPE:literal} is a labelled literal."""
    out, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None))
        g = m.group(1)
        if g.startswith("="):
            typ, lit = g[1:].split(":", 1)
            out.append((lit, typ))
        else:
            out.extend(ctx.get(g))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None))
    return out


def put(b, segs, esc=None):
    for t, ty in segs:
        b.p(ty, esc(t) if esc else t)
    return b


def render(b, ctx, tpl, esc=None):
    return put(b, segs_of(ctx, tpl), esc)


# ----------------------------------------------------------------------------------------------
# English narrative templates: (kind, locales or None, template)
# ----------------------------------------------------------------------------------------------
USL = ["US"]
IBANL = ["UK", "IE", "AE", "SA", "EG", "IL", "DE", "NL", "ES", "PT", "BR", "TR"]
EN = [
    # --- CRM notes typed in a hurry
    ("crm_note", None, "called {first|L} re missing parcel {order} she says left at wrong door, new addr {addr|L} cb on {phonen} after 5"),
    ("crm_note", None, "cust {full|L} wants refund not store credit. email {email} . spoke to {last2} in warehouse, they will check cctv"),
    ("crm_note", None, "vip - {full} (prefers {first}) bday next wk send {brand} sample to {addr}. do NOT call {phone}, sms only"),
    ("crm_note", USL, "acct verify: {full|U} dob on file ok, ssn {ssn} matches, updated mobile to {phonen} per cust request"),
    ("crm_note", None, "pls merge dupes: {full} / {init} both at {email}. keep older profile. {first}'s loyalty pts carry over"),
    ("crm_note", None, "2nd complaint this month from {last}. {brand} serum gave rash. offered {pct} + free return. escalate if calls again {phone}"),
    # --- review replies
    ("review_reply", None, "Hi {first}, thank you so much for the 5 stars! We're thrilled the {brand} {product} made it to {city} in time for the party. See you soon!"),
    ("review_reply", None, "Dear {word}, we're sorry the {product} arrived damaged. I've asked our team to send a replacement to the address on your order. If anything's off, reply here or call me on {phonex}. - {first2}, Customer Care"),
    ("review_reply", None, "Thanks for the honest review, {init}. We hope {=PERSON:Hope}, our new store lead in {city}, gets a chance to make it right. Price wasn't the issue, we know - it was the wait."),
    ("review_reply", None, "{handle} we hear you. Our {city} team has flagged this with {brand}. Could you DM us your order number (not your card details!) so {first2} can follow up?"),
    # --- returns labels
    ("returns_label", None, "RETURN AUTHORISATION {order}\nFROM:\n{full}\n{addrml}\n\nTO:\n{company} Returns Centre\nUnit 4, Brookfield Trade Park\nDC-RTN-2\n\nReason: wrong size   Items: {n}"),
    ("returns_label", None, "RMA {ticket} | Sender: {lastfirst} | Tel {phone} | Pickup at: {addr} | Carrier ref {track}"),
    # --- marketplace seller messages
    ("marketplace_msg", None, "Hello {first}! Thanks for buying the {product} from our shop. Quick q before I post it: is {addr} still right? The marketplace shows an older address. Cheers, {first2} ({handle})"),
    ("marketplace_msg", None, "Buyer message: hi, I'm {full}, ordered 2x {sku}. Can you send via courier instead, my building has no mailbox. Use my cell {phone}. Thx"),
    ("marketplace_msg", None, "Seller reply to {first}: so sorry, Royal Mail lost it. I've reposted today with tracking {track}. If it still doesn't show I'll refund to the card ending 4417 - no need to send the full number!"),
    # --- courier driver notes
    ("courier_note", None, "DRIVER NOTE: gate code 4471, leave w/ neighbour at no. 12 if {first} not home. ph {phonen}. dog friendly"),
    ("courier_note", ["KE", "GH", "EG", "AE", "PH", "NG"], "Rider note: customer {full} says {addrml}\nCall before arriving {phone}, the building has no number plate"),
    ("courier_note", None, "Failed delivery x2 at {addr}. Recipient {full|U} unreachable on {phonei}. Returning to {cityo} depot"),
    # --- appointment reminders
    ("appt_reminder", None, "Hi {first}, reminder: your skin consultation at {brand} {city} is on {date} at {time}. Reply C to confirm or call {phone} to reschedule."),
    ("appt_reminder", None, "{company}: {word}, your fitting is booked for {date} {time} with {first2}. Address: {addr}. Running late? Text {phonen}."),
    ("appt_reminder", None, "Reminder for {init}: home survey {date} between 8-12. Our engineer {full2} will call from {phonei} on the way."),
    # --- email threads with quoted replies
    ("email_thread", None, "Hi {first2},\n\nSee below - can we get this sorted today?\n\nThanks,\n{first3}\n\n> From: {full} <{email}>\n> Sent: {date}\n> Subject: Still no refund\n>\n> I returned the {product} three weeks ago. My number is {phone} if\n> that's easier. Ship-to was {addr}.\n> {first}"),
    ("email_thread", None, "On {date}, {full} <{email}> wrote:\n> > Can you confirm the delivery address?\n> Yes: {addr}. Please leave it with reception.\n\nThanks {first}, updated. {first2} from {company} will ship it Monday."),
    ("email_thread", None, "-----Original Message-----\nFrom: {wemail2}\nTo: {email}\nCc: {wemail3}\n\nHi {last} family,\nyour order {order} is ready. {first3} in our {city} store will hold it till Saturday.\n\n> hi, it's {full}, can my partner {first4} pick it up?"),
    # --- signatures
    ("email_signature", None, "Best,\n{full} (she/her)\nSenior CRM Manager, {company}\nM: {phonei} | {wemail}\n{addr}"),
    ("email_signature", None, "--\n{full|U}\nHead of Partnerships | they/them\n{company} - {city}\nDirect {phonex}\nWhatsApp {phonen}"),
    ("email_signature", None, "Kind regards,\nDr {full}, PhD\nConsumer Insights Lead\nt. {phone}   e. {wemail}\nSent from my phone, please excuse typos"),
    # --- tickets & escalations
    ("ticket_escalation", None, "ESCALATION P2 - {ticket}\nCustomer: {full} ({email})\nIssue: charged twice for {order}, card {cc}\nAgent notes: {first2} confirmed dup auth. Cust very upset, threatening chargeback. Needs TL callback on {phone} before 4pm."),
    ("ticket_escalation", USL, "Tier 2 handoff: {full} locked out after identity check. Provided SSN {ssn} and ZIP from {addr}. Login attempts from {ip} and {ipv} flagged. Please review."),
    ("ticket_escalation", None, "Escalated by {first2} -> {first3}: {last} says our courier left the parcel at {addr2} (neighbour) instead of {addr}. Wants compensation. Phone {phone}."),
    # --- call-centre speech-to-text
    ("stt_transcript", None, "agent: thanks for calling {company|L} this is {first2|L} can i take your name\ncaller: yeah it's {full|L}\nagent: and a number we can reach you on\ncaller: {phones}\nagent: lovely and the email\ncaller: {emailsp}"),
    ("stt_transcript", None, "[00:01:12] customer: the address is {addr|S} i moved in last month\n[00:01:20] agent: okay so {addr|S} got it\n[00:01:25] customer: and my mobile is {phones}"),
    ("stt_transcript", USL, "caller: my social is {ssn} sorry do you need all of it\nagent: just the last four is fine mr {last|L}\ncaller: oh okay and the card i used was {ccsp}"),
    ("stt_transcript", None, "speaker 1: hi yes im calling about an order for my mum {full|L}\nspeaker 2: is she the account holder\nspeaker 1: yes she lives at {addr|S} but its going to me in {cityo|L}"),
    # --- gift notes
    ("gift_note", None, "Gift message: Happy 40th {first}! Love from {first2}, {first3} & the kids xx (please deliver to {addr}, not the billing address)"),
    ("gift_note", None, "Gift note - to: {wordfull}\nCongrats on the new job! {brand} candle so your office finally smells nice. Love, {=PERSON:Summer} & {word}\nRecipient phone for courier: {phonen}"),
    # --- payment disputes / refunds
    ("payment_dispute", None, "Dispute form\nCardholder: {full}\nCard number: {cc}\nDisputed amount: {price} on {date}\nMerchant: {brand} online\nContact: {email} / {phone}"),
    ("refund_bank", IBANL, "Hi, could you refund to my bank instead please, the card was cancelled. Account name {full}, IBAN {iban}. Thanks, {first}"),
    ("refund_bank", IBANL, "Refund request #{ticket}: customer {init} supplied IBAN {ibanp} (checked by {first2}). Amount {price}. Billing address {addr}."),
    # --- survey verbatims
    ("survey_verbatim", None, "Q: Anything else you'd like to tell us?\nA: {first2} at the {city} branch was amazing, please tell her manager. I'm {full} if you need to follow up: {email}"),
    ("survey_verbatim", None, "NPS 3 - delivery took 9 days to {city}. nobody answered {phone} (your number!). Would not recommend {brand} to friends in {region}."),
    # --- live chat
    ("live_chat", None, "[Bot] Hi! What's your order number?\n[Visitor] {order}\n[Bot] Thanks. What name is it under?\n[Visitor] {lastfirst}\n[Agent {first2}] Hi {first}, I can see it's going to {addr}. Is that right?\n[Visitor] no! i moved. new one is {addr3}"),
    ("live_chat", None, "Visitor: hey can u change the phone on my acct to {phone}\nAgent ({first2}): Sure, and can I confirm the email we have? It's {email}\nVisitor: yep thats me, {first}"),
    # --- social DMs
    ("social_dm", None, "{handle}: hi!! is the {brand} collab still happening? my manager is {full}, reach her at {email} or {phonei}"),
    ("social_dm", None, "DM from {handle}: i'm {first} - won your giveaway!! send to {addr} pls 🙏"),
    # --- sms opt-outs
    ("sms_optout", None, "Inbound SMS log\n{phonei}: STOP\n{phonei2}: stop pls this is {first2}'s number not {first}'s\n{phonei3}: UNSUBSCRIBE"),
    # --- lead forms
    ("lead_form", None, "New webinar registration\nFirst name: {first}\nLast name: {last}\nCompany: {company}\nWork email: {wemail}\nPhone: {phone}\nCountry: {country}\nHow did you hear about us: LinkedIn"),
    ("lead_form", None, "Demo request from {full}, {company}. Wants a call Thursday, {phonex}. Based in {city}, expanding into {region}."),
    # --- privacy / DSAR
    ("dsar_request", None, "Subject: Data access request\n\nUnder GDPR I request a copy of all data you hold on me. Name: {full}. Previous address: {addr2}. Current address: {addr}. Email: {email}. Phone: {phone}.\n{full}"),
    ("dsar_request", None, "Please delete my account and stop emailing {email}. I never signed up - my ex, {full2}, used my address ({addr}). {first}"),
    # --- fraud / security
    ("fraud_alert", None, "RISK ALERT order {order}: billing {city} vs shipping {addrr2}; card {cc} used from {ip} (proxy) and {ip2}; account email {email} created 2 hrs ago."),
    ("fraud_alert", None, "Security notice for {first}: new sign-in to your {company} account from {ipv} near {cityo}. If this wasn't you call {phonei}."),
    # --- location mentions
    ("store_mention", None, "Pop-up schedule: {cityo} (Fri), {city} (Sat), then we head to {region} for the festival. Ask for {first} at the till for your goodie bag."),
    ("store_mention", None, "Our {city} store is closing early on {date}. {full2} from the {cityo} team will cover online orders. Customers from {country} can still collect."),
    # --- voicemail
    ("voicemail", None, "Voicemail transcript ({date} {time}): hi this is {full} calling about the sofa delivery, i'm at {addr} and nobody turned up, call me back on {phones}, thanks bye"),
    ("voicemail", None, "Voicemail from {phonei}: \"Hello, {full} here, I'm {last2}'s assistant, ringing to confirm the press samples. Please send to my office instead.\""),
    # --- prompts marketers send to the LLM
    ("llm_prompt", None, "Write a warm apology email to {full} ({email}) whose {product} arrived late to {city}. Offer {pct} off with code {promo}. Sign it from {first2} at {company}."),
    ("llm_prompt", None, "Summarise this complaint for the weekly report but keep the customer anonymous: '{full} from {city} says {brand} never replied to her calls on {phone}'"),
    ("llm_prompt", None, "Translate to Spanish and keep the formatting:\nDear {first},\nYour parcel will be delivered to {addrml}\nQuestions? Call {phone}"),
    ("llm_prompt", None, "Rewrite this influencer outreach in a friendlier tone: 'Hi {word}, we love your feed ({handle}). {brand} would like to send PR to {addr}. Contact our PR lead {full2} at {wemail2}.'"),
    # --- invoices
    ("invoice", None, "INVOICE {order}\nBill to: {full}\n{addrml}\nVAT no: GB 123 4567 89\nItem: {product} x{n}   {price}\nPaid by card ****-4417 on {date}"),
    ("invoice", IBANL, "Pro-forma {ticket}\nClient: {full}, {addr}\nPlease transfer {price} to {company}, IBAN {iban}. Remittance to {wemail2}."),
    # --- influencer briefs / press sheets
    ("influencer_brief", None, "INFLUENCER BRIEF - {brand} summer drop\nCreator: {full} ({handle})\nAgent: {full2}, {email2}, {phone2}\nShip kit to: {addrml}\nDeliverables: 2 reels, 3 stories. Must tag {brand} and mention {city} launch."),
    ("press_contacts", None, "PRESS CONTACTS\n{full} - Beauty Editor - {email} - {phonei}\n{full2} - Freelance, covers {region} - {email2}\n{init3} - Picture desk - {phone3}"),
    # --- shipping labels in caps
    ("shipping_label_caps", None, "SHIP TO:\n{full|U}\n{addrml|U}\nTEL {phone}\nREF {order}  WT 1.2KG"),
    ("shipping_label_caps", None, "DELIVER TO: {full|U} C/O {full2|U}, {addr|U}  PH: {phonei}"),
    ("shipping_label_caps", ["KE", "GH", "PH", "NG", "MY", "SG", "AE", "EG", "IN"], "CONSIGNEE: {full|U}\nADDRESS: {addrml|U}\nMOBILE: {phone}\nCOD AMOUNT: {price}"),
    # --- address with c/o, po box, one line, multi-line
    ("address_verification", None, "Please verify this address before dispatch: {addr} (c/o {full2}). Customer {full} says the postcode on our system is wrong."),
    ("address_verification", ["US", "NZ", "KE", "UK", "DE", "CH", "LU"], "Customer {full} wants everything sent to the PO box: {pobox}. Home address on file: {addr}."),
    ("delivery_instructions", None, "Delivery instructions for {first}:\n{addrml}\nRing twice, the bell for {last} is broken. Alternative contact: {first2} {phonen2}"),
    ("delivery_instructions", ["KE", "GH", "EG", "AE", "PH", "NG", "IN", "SA"], "{full}\n{addrml}\nLandmark: big mango tree by the gate. Call {phone} when you reach."),
    # --- loyalty / forms
    ("loyalty_form", None, "LOYALTY CARD APPLICATION\nName: {full}\nPreferred name: {first}\nDate of birth: 14/03/1990\nAddress: {addr}\nMobile: {phone}\nEmail: {email}\nFavourite store: {city}\nMarketing consent: yes"),
    ("loyalty_form", ["US"], "Rewards sign-up\nFull name: {full}\nSSN (for tax on prizes over $600): {ssn}\nHome: {addr}\nPhone: {phone}"),
    # --- chat exports
    ("whatsapp_export", None, "[{date}, 09:41:07] {full}: hi is this {company}?\n[{date}, 09:42:15] {company}: Hi {first}! Yes, how can we help?\n[{date}, 09:43:02] {full}: my order {order} says delivered but it's not here. I'm at {addr}\n[{date}, 09:45:30] {company}: Sorry! {first2} will call you on {phone} shortly."),
    ("telegram_export", None, "{full2}, [{date} 14:03]\nCan you resend the invoice to {email}?\n\n{full}, [{date} 14:05]\nAlso my new address is {addrml}\n\n{full2}, [{date} 14:07]\nDone ✅"),
    # --- hard: names that are ordinary words, brands that look like names, possessives, single surnames
    ("crm_note", None, "spoke to {wordlast} - will call back. {word}'s package went to the {brand} store by mistake, hope to have it back by friday"),
    ("review_reply", ["US", "UK"], "Loved the Rosa Linda palette! Shout-out to {first} at the till. - review by {=PERSON:Rosa Lindqvist}\n\nReply: Thanks {=PERSON:Rosa}, we'll pass it on to {first}! Rosa Linda restocks on Friday."),
    ("crm_note", None, "note: {full} is not the same person as our designer {brand} (brand name). customer keeps getting tagged wrongly in the CRM. correct email {email}"),
    ("ticket_escalation", None, "Spoke to {last}. Then {last2} took over. Neither could find {first3}'s order. {init4} in finance has the refund log."),
    ("survey_verbatim", None, "{=PERSON:Will} is the best! He sorted my return in 5 min. Summer sale prices were great too. (Name: {full}, {city})"),
    # --- more payment identifiers
    ("affiliate_payout", USL, "Affiliate payout setup\nPayee: {full}\nTax ID (SSN): {ssn}\nMailing address:\n{addrml}\nPayPal email: {email}\nW-9 received {date}"),
    ("affiliate_payout", IBANL, "Creator payout details - {full} ({handle})\nBank: IBAN {iban}\nAddress for invoice: {addr}\nQuestions: {email}"),
    ("live_chat", None, "Customer: can you just charge this card instead {cc} exp 09/27\nAgent ({first2}): Please don't share full card numbers in chat, {first}! I've masked it on our side. Could you use the secure payment link sent to {email}?"),
    ("crm_note", USL, "phone order taken by {first2|L}: {full|L} paid w/ card {ccp} exp 11/26, ship to {addr}. cust read out ssn {ssnd} even tho we never ask for it - pls purge from call recording"),
    ("ticket_escalation", USL, "Identity theft claim: {full} says someone opened a store card using her SSN {ssn} and her address {addr}. Fraudster email {email2}, phone {phone2}. Logins from {ip} / {ipv}."),
    ("fraud_alert", None, "Chargeback {ticket}: card {cc} - cardholder {full}, billing {addr}. Device IP {ip}, shipping-page IP {ip2}."),
    ("refund_bank", IBANL, "Hi team, the refund for {order} bounced. {first} sent a new IBAN: {iban} (old one was {iban2}). Please retry today."),
    ("payment_dispute", None, "{full} called: two charges of {price} on card {cc}. Her second card {cc2} was also billed by mistake. Call back {phone}."),
    ("affiliate_payout", USL, "1099 prep - contractors still missing paperwork:\n- {full} (SSN on file {ssn}, W-9 unsigned)\n- {full2} (SSN {ssn2}, address changed to {addr2})\n- {full3}: TIN pending, chase via {email3}"),
    ("shipping_label_caps", None, "SHIP TO:\n{full|U}\nC/O {full2|U}\n{addrml|U}\nTEL {phonei}\n*** FRAGILE ***  REF {order}"),
    ("marketplace_msg", None, "Hi {first} - the {brand} dress you asked about is sold out in {city} but our {cityo} shop has one. Want us to hold it? Ask for {word}."),
]

# ----------------------------------------------------------------------------------------------
# no-PII English records (brands that look like names, prices, codes, tracking numbers)
# ----------------------------------------------------------------------------------------------
EN_NOPII = [
    ("no_pii_marketing", "Meet the new {brand} {product} - now {price} (was {price2}). Free shipping over $50 with code {promo}. Limited to 2 per order."),
    ("no_pii_marketing", "Subject: {brand} x {brand2}: the collab you asked for\nPreheader: Drops Friday 10am. Sizes XS-3XL, SKU {sku}."),
    ("no_pii_marketing", "A/B test brief: variant A headline 'Summer is here', variant B 'Will you be ready?'. Hope to see +{pct} CTR. Audience: lapsed buyers, 90 days."),
    ("no_pii_ops", "Order {order} shipped via DHL, tracking {track}. Estimated delivery {date}. Items: {product} (SKU {sku}) x{n}."),
    ("no_pii_ops", "Daily export done: 1,284 orders, 37 returns, avg basket {price}. Top product: {brand} {product}. Next run 02:00 UTC."),
    ("no_pii_marketing", "Copy options for the {brand} launch:\n1. 'Grace under pressure.'\n2. 'Faith in every stitch.'\n3. 'Young at heart, {brand} at home.'"),
    ("no_pii_ops", "Ticket {ticket} closed - duplicate of {ticket2}. Root cause: warehouse scanner v3.2 timeout. SKU {sku} restocked."),
    ("no_pii_marketing", "Instagram caption: Golden hour with {brand} 🌅 Tap to shop the {product}. #shopsmall #summerdrop #ad"),
    ("no_pii_ops", "Promo calendar: {promo} runs {date} to {date2}; {promo2} replaces it. Budget cap {price}. Owner: CRM team."),
    ("no_pii_marketing", "Product review summary: 4.6/5 across 812 reviews. Customers love the {product} and the {brand} packaging; main complaint is delivery time."),
    ("no_pii_ops", "Carrier update: parcel {track} is at the sorting hub. Next scan expected {date}. Reference {order}."),
]


# ----------------------------------------------------------------------------------------------
# non-English narrative templates: lang -> [(kind, locales or None, template)]
# ----------------------------------------------------------------------------------------------
NT = {
    "de": [
        ("crm_note", None, "kd. {full|L} ruft wg. retoure {order} an, paket liegt bei nachbarn {last2}. neue tel {phonen} rückruf nach 17 uhr"),
        ("review_reply", None, "Liebe*r {first}, danke für Ihre Bewertung! Schade, dass die Lieferung nach {city} so lange gedauert hat. Frau {last2} aus unserem Kundenservice meldet sich unter {phonex}."),
        ("email_thread", None, "Hallo {first2},\n\nkannst du das bitte prüfen?\n\nGruß {first3}\n\n> Von: {full} <{email}>\n> Gesendet: {date}\n> Betreff: Falsche Lieferadresse\n>\n> Die Bestellung {order} sollte an {addr} gehen, nicht an meine alte Adresse.\n> Mit freundlichen Grüßen\n> {full}"),
        ("email_signature", None, "Mit freundlichen Grüßen\n\n{full}\nTeamleitung Kundenservice\n{company} GmbH\n{addrml}\nTel.: {phonex}\nMobil: {phonei}\nE-Mail: {wemail}"),
        ("refund_bank", None, "Bitte erstatten Sie den Betrag von {price} auf mein Konto: Kontoinhaber {full}, IBAN {iban}. Die Karte {cc} ist gesperrt. Danke, {first}"),
        ("courier_note", None, "Zustellhinweis: bitte bei {lastfirst} klingeln, Hinterhof links. Falls niemand da: Paket bei Familie {last2}, gleiche Adresse. Tel. {phone}"),
        ("appt_reminder", None, "Hallo {first}, Ihr Beratungstermin im {brand} Store {city} ist am {date} um {time} Uhr. Absage bitte unter {phonen}."),
        ("stt_transcript", None, "agent: guten tag sie sprechen mit {first2|L} was kann ich für sie tun\nkunde: ja hallo {full|L} hier ich wohne in der {addr|S} und mein paket ist nicht angekommen\nagent: können sie mir ihre nummer sagen\nkunde: {phones}"),
        ("gift_note", None, "Geschenknachricht: Alles Gute zum Geburtstag, {first}! Von {first2} und {first3}. (Lieferung an: {addrml})"),
        ("dsar_request", None, "Betreff: Auskunft nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\nbitte teilen Sie mir mit, welche Daten Sie über mich speichern. Name: {full}, Anschrift: {addr}, E-Mail: {email}.\n\n{full}"),
        ("live_chat", None, "Besucher: hi, ich hab meine handynummer geändert, neu ist {phone}\nAgent ({first2}): Danke! Ich sehe die Adresse {addr} - stimmt die noch?\nBesucher: ja passt, danke {first2}!"),
        ("store_mention", None, "Unser Pop-up zieht von {city} nach {cityo} um. Ab {date} finden Sie uns auch in {region}. Fragen? {first} aus dem Team hilft gern."),
        ("address_verification", ["DE", "CH"], "Bitte Adresse prüfen: {full} möchte ans Postfach liefern lassen ({pobox}), Rechnungsadresse bleibt {addr}."),
    ],
    "fr": [
        ("crm_note", None, "client(e) {full|L} rappelle pour colis {order} jamais reçu, nouvelle adresse {addr|L}, joignable au {phonen} après 18h"),
        ("review_reply", None, "Bonjour {first}, merci pour votre avis ! Nous sommes désolés pour le retard de livraison à {city}. {first2}, de notre service client, vous contactera au {phone}."),
        ("email_thread", None, "Bonjour {first2},\n\nPeux-tu regarder ce message ?\n\nMerci,\n{first3}\n\n> De : {full} <{email}>\n> Envoyé : {date}\n> Objet : Remboursement\n>\n> Je n'ai toujours pas reçu le remboursement pour la commande {order}.\n> Mon adresse : {addr}\n> {full}"),
        ("email_signature", None, "Cordialement,\n\n{full}\nResponsable relation client\n{company}\n{addrml}\nTél. : {phonei}\n{wemail}"),
        ("refund_bank", None, "Merci de me rembourser par virement : titulaire {full}, IBAN {iban}. Ma carte bancaire {cc} a été mise en opposition. {first}"),
        ("courier_note", None, "Note livreur : digicode 4B21, 3e étage gauche. Si absente, laisser chez la gardienne, Mme {last2}. Tél. {phone}"),
        ("appt_reminder", None, "{company} : Bonjour {first}, votre rendez-vous beauté chez {brand} {city} est confirmé le {date} à {time}. Pour annuler : {phonen}."),
        ("stt_transcript", None, "conseiller: bonjour vous êtes bien chez {company|L} je m'appelle {first2|L}\nclient: oui bonjour c'est {full|L} j'appelle pour ma commande\nconseiller: votre numéro de téléphone s'il vous plaît\nclient: {phones}"),
        ("gift_note", None, "Message cadeau : Joyeux anniversaire {first} ! Gros bisous de {first2} et {first3}. Livraison : {addrml}"),
        ("dsar_request", None, "Objet : Droit d'accès RGPD\n\nMadame, Monsieur,\nJe souhaite obtenir la copie de mes données. Nom : {full}. Adresse : {addr}. Courriel : {email}. Téléphone : {phone}."),
        ("whatsapp_export", None, "[{date} 10:12] {full}: bonjour, mon colis {order} est bloqué à {cityo}\n[{date} 10:15] {company}: Bonjour {first} ! Nous vérifions. L'adresse de livraison est bien {addr} ?\n[{date} 10:16] {full}: oui c'est ça"),
        ("store_mention", None, "Notre boutique de {city} ferme pour travaux. Les clients de {region} peuvent retirer leurs commandes à {cityo}. Demandez {first} à l'accueil."),
        ("shipping_label_caps", ["LU", "BE", "CH"], "DESTINATAIRE : {full|U}\n{addrml|U}\nTÉL. {phone}\nCOLIS {track}"),
    ],
    "es": [
        ("crm_note", None, "cliente {full|L} llama x pedido {order} no llegó, dice q el repartidor lo dejó en {addr|L} cel {phonen}"),
        ("review_reply", None, "¡Hola {first}! Gracias por tu reseña. Sentimos mucho que el envío a {city} tardara tanto. {first2} de atención al cliente te llamará al {phone}."),
        ("whatsapp_export", None, "[{date}, 11:02] {full}: hola, quiero cambiar la dirección de entrega\n[{date}, 11:03] {company}: ¡Hola {first}! ¿Cuál es la nueva?\n[{date}, 11:05] {full}: {addr}\n[{date}, 11:06] {company}: Listo ✅ El repartidor te escribirá al {phone}"),
        ("email_signature", None, "Saludos cordiales,\n\n{full}\nGerente de Marketing\n{company}\n{addrml}\nTel. {phonei} | {wemail}"),
        ("refund_bank", ["ES"], "Por favor, devolvedme el importe a mi cuenta: titular {full}, IBAN {iban}. Gracias, {first}"),
        ("courier_note", None, "Nota del repartidor: el cliente {full} pide entregar en portería, {addr}. Si no contesta, llamar a su hermano {first2} al {phone2}."),
        ("appt_reminder", None, "Hola {first}, te recordamos tu cita en {brand} {city} el {date} a las {time}. Para cambiarla escribe al {phonen}."),
        ("stt_transcript", None, "agente: buenas tardes le atiende {first2|L} en qué le puedo ayudar\ncliente: hola soy {full|L} llamo porque no me llegó el pedido\nagente: me confirma su teléfono\ncliente: {phones}\nagente: y su correo\ncliente: {email}"),
        ("payment_dispute", None, "Reclamación: me cobraron dos veces el pedido {order}. Tarjeta {cc}. Titular: {full}. Contacto: {email}"),
        ("gift_note", None, "Mensaje de regalo: ¡Feliz cumple, {first}! Con cariño, {first2}. Entregar en: {addrml}"),
        ("store_mention", None, "Este sábado abrimos tienda en {city}. Si eres de {region} o vienes desde {cityo}, pregunta por {first} en caja y llévate un regalo."),
        ("marketplace_msg", None, "Hola {first}, soy {first2}, el vendedor. Antes de enviar el {product} confirmo: ¿sigue siendo {addr}? Mi WhatsApp es {phonei2}."),
        ("dsar_request", ["ES"], "Asunto: Derecho de acceso (RGPD)\nSolicito una copia de mis datos personales. Nombre: {full}. Domicilio: {addr}. Correo: {email}."),
        ("crm_note", ["MX", "CO", "AR", "CL"], "Se comunicó {init}, dice que {full2} (su esposo) recibirá el paquete en {addrml}. Tel. fijo {phonen}, cel. {phonei}"),
    ],
    "pt": [
        ("crm_note", None, "cliente {full|L} ligou sobre pedido {order} entregue no endereço errado, correto é {addr|L} zap {phonen}"),
        ("review_reply", None, "Olá {first}, obrigado pela avaliação! Lamentamos a demora na entrega para {city}. A {first2}, da nossa equipe, vai entrar em contato pelo {phone}."),
        ("whatsapp_export", None, "[{date} 08:15] {full}: bom dia, meu pedido {order} ainda não chegou\n[{date} 08:20] {company}: Bom dia, {first}! O endereço é {addr}?\n[{date} 08:21] {full}: isso mesmo, qualquer coisa me liga {phone}"),
        ("email_signature", None, "Atenciosamente,\n{full}\nCoordenadora de CRM\n{company}\nCel.: {phonei}\n{wemail}"),
        ("refund_bank", None, "Peço o reembolso por transferência. Titular: {full}. IBAN: {iban}. Obrigado, {first}"),
        ("courier_note", None, "Obs. entregador: deixar com o porteiro, {addr}. Se não houver ninguém, falar com a vizinha {first2} ({phone2})."),
        ("stt_transcript", None, "atendente: boa tarde aqui é a {first2|L} com quem eu falo\ncliente: {full|L}\natendente: qual o telefone para contato\ncliente: {phones}"),
        ("gift_note", None, "Mensagem do presente: Parabéns, {first}! Com amor, {first2}. Entregar em: {addrml}"),
        ("appt_reminder", None, "Olá {first}! Lembrete: sua consulta na {brand} {city} é dia {date} às {time}. Para remarcar: {phonen}."),
        ("store_mention", None, "A loja de {city} entra em reforma; clientes de {region} podem retirar pedidos em {cityo}. Procurem o {first} no balcão."),
        ("shipping_label_caps", ["BR"], "DESTINATÁRIO: {full|U}\n{addrml|U}\nTEL: {phone}\nNF {order}"),
    ],
    "it": [
        ("crm_note", None, "cliente {full|L} chiama per reso {order} corriere non passato, indirizzo {addr|L} cell {phonen}"),
        ("review_reply", None, "Ciao {first}, grazie per la recensione! Ci dispiace per il ritardo della consegna a {city}. {first2} del servizio clienti ti contatterà al {phone}."),
        ("email_thread", None, "Ciao {first2},\npuoi verificare?\n{first3}\n\n> Da: {full} <{email}>\n> Inviato: {date}\n> Oggetto: Ordine {order}\n>\n> Il pacco doveva arrivare in {addr}, ma risulta consegnato altrove."),
        ("email_signature", None, "Cordiali saluti\n{full}\nResponsabile Customer Care\n{company}\nTel. {phonex}\n{wemail}"),
        ("refund_bank", None, "Vi chiedo il rimborso tramite bonifico: intestatario {full}, IBAN {iban}. Grazie, {first}"),
        ("courier_note", None, "Nota per il corriere: citofonare {last|U}, scala B. Se assente lasciare al bar sotto casa. Tel. {phone}"),
        ("appt_reminder", None, "Gentile {first}, le ricordiamo l'appuntamento presso {brand} {city} il {date} alle {time}. Per disdire: {phonen}."),
        ("gift_note", None, "Biglietto: Buon compleanno {first}! Un abbraccio da {first2} e {first3}. Consegna: {addrml}"),
    ],
    "nl": [
        ("crm_note", None, "klant {full|L} belt over pakket {order}, bezorger zegt afgeleverd bij {addr|L}, terugbellen op {phonen}"),
        ("review_reply", None, "Hoi {first}, bedankt voor je review! Sorry dat de levering naar {city} zo lang duurde. {first2} van de klantenservice belt je op {phone}."),
        ("email_thread", None, "Hoi {first2},\n\nKun jij hier even naar kijken?\n\nGroet,\n{first3}\n\n> Van: {full} <{email}>\n> Verzonden: {date}\n> Onderwerp: Verkeerd adres\n>\n> Mijn nieuwe adres is {addr}. Graag aanpassen voor bestelling {order}."),
        ("email_signature", None, "Met vriendelijke groet,\n\n{full} (zij/haar)\nCRM-specialist | {company}\nT {phonei}\nE {wemail}"),
        ("refund_bank", None, "Graag het bedrag terugstorten op rekening {iban} t.n.v. {full}. Dank je, {first}"),
        ("courier_note", None, "Bezorgnotitie: bel aan bij {last}, 3-hoog. Niet thuis? Afgeven bij de buren op nr. 14 ({first2}). Tel {phone}"),
        ("appt_reminder", None, "Hoi {first}, herinnering: je afspraak bij {brand} {city} is op {date} om {time}. Verzetten? Bel {phonen}."),
        ("gift_note", None, "Cadeaubericht: Gefeliciteerd {first}! Liefs van {first2}. Bezorgen op: {addrml}"),
    ],
    "pl": [
        ("crm_note", None, "klient/ka {full|L} dzwoni ws. zwrotu {order}, kurier nie przyjechał, adres {addr|L}, tel {phonen}"),
        ("review_reply", None, "Dzień dobry, {first}! Dziękujemy za opinię. Przepraszamy za opóźnienie dostawy do miasta {city}. {first2} z obsługi klienta oddzwoni pod numer {phone}."),
        ("email_thread", None, "Cześć {first2},\nzerkniesz na to?\n{first3}\n\n> Od: {full} <{email}>\n> Wysłano: {date}\n> Temat: Zmiana adresu\n>\n> Proszę wysłać zamówienie {order} na adres {addr}."),
        ("email_signature", None, "Pozdrawiam serdecznie\n{full}\nKierownik ds. marketingu\n{company}\ntel. {phonei}\n{wemail}"),
        ("refund_bank", None, "Proszę o zwrot {price} na konto {iban}, właściciel: {full}. Dziękuję, {first}"),
        ("courier_note", None, "Uwagi dla kuriera: domofon {last}, klatka C. W razie nieobecności zostawić u sąsiadki ({full2}). Tel. {phone}"),
        ("appt_reminder", None, "{first}, przypominamy o wizycie w salonie {brand} ({city}) dnia {date} o {time}. Zmiana terminu: {phonen}."),
        ("gift_note", None, "Bilecik: Wszystkiego najlepszego, {first}! Buziaki, {first2}. Dostawa: {addrml}"),
    ],
    "uk": [
        ("crm_note", None, "клієнт(ка) {full} дзвонив(ла) щодо замовлення {order}, кур'єр не приїхав, адреса {addr}, тел {phonen}"),
        ("review_reply", None, "Вітаємо, {first}! Дякуємо за відгук. Перепрошуємо за затримку доставки до міста {city}. {first2} з нашої підтримки зателефонує вам за номером {phone}."),
        ("telegram_export", None, "{full2}, [{date} 12:40]\nНадішліть, будь ласка, накладну на {email}\n\n{full}, [{date} 12:42]\nІ нова адреса:\n{addrml}"),
        ("email_signature", None, "З повагою,\n{full}\nменеджерка з маркетингу\n{company}\nтел. {phonei}\n{wemail}"),
        ("refund_bank", None, "Прошу повернути кошти на рахунок IBAN {iban}, отримувач {full}. Дякую, {first}"),
        ("courier_note", None, "Prymitka dlia kuriera: {fullr}, {addrr}, tel. {phone}. Podzvonyty pered pryizdom, domofon ne pratsiuie."),
        ("appt_reminder", None, "{first}, нагадуємо про ваш запис у {brand} ({city}) {date} о {time}. Перенести запис: {phonen}."),
        ("gift_note", None, "Листівка: З днем народження, {first}! Обіймаю, {first2}. Доставка: {addrml}"),
        ("crm_note", None, "Клієнт {full} ({fullr}) просить доставку за кордон не робити, лише на {addrr}; e-mail {email}, Viber {phonei}"),
    ],
    "bg": [
        ("crm_note", None, "клиент {full} се обади за поръчка {order}, куриерът не е дошъл, адрес {addr}, тел. {phonen}"),
        ("review_reply", None, "Здравейте, {first}! Благодарим за отзива. Съжаляваме за забавянето на доставката до {city}. {first2} от обслужване на клиенти ще ви се обади на {phone}."),
        ("email_signature", None, "Поздрави,\n{full}\nМаркетинг мениджър\n{company}\nтел.: {phonei}\n{wemail}"),
        ("refund_bank", None, "Моля, възстановете сумата по сметка {iban}, титуляр {full}. Благодаря, {first}"),
        ("courier_note", None, "Бележка за куриера: {full}, {addr}. Звънец {lastr|U}. Ако няма никой, оставете при съседката {first2}. {phone}"),
        ("courier_note", None, "Dostavka za {fullr}: {addrr}, tel. {phonei}. Molya, obadete se predi tova."),
        ("gift_note", None, "Картичка: Честит рожден ден, {first}! С обич, {first2}. Адрес за доставка: {addrml}"),
    ],
    "tr": [
        ("crm_note", None, "müşteri {full} sipariş {order} için aradı, kargo yanlış adrese gitmiş, doğru adres {addr} tel {phonen}"),
        ("review_reply", None, "Merhaba {first}, değerlendirmeniz için teşekkürler! {city} teslimatındaki gecikme için özür dileriz. Müşteri hizmetlerinden {first2} sizi {phone} numarasından arayacak."),
        ("whatsapp_export", None, "[{date} 19:20] {full}: merhaba siparişim {order} hâlâ gelmedi\n[{date} 19:22] {company}: Merhaba {first}, adresiniz {addr} doğru mu?\n[{date} 19:23] {full}: evet, kurye {phone} numarasından arasın lütfen"),
        ("email_signature", None, "Saygılarımla,\n{full}\nPazarlama Müdürü\n{company}\nTel: {phonei}\nE-posta: {wemail}"),
        ("refund_bank", None, "Ücret iadesini şu hesaba yapabilir misiniz: {full}, IBAN {iban}. Teşekkürler, {first}"),
        ("courier_note", None, "Kurye notu: {full}, {addr}. Zile basınca açılmazsa kapıcı {first2} Bey'e bırakın. Tel: {phone}"),
        ("appt_reminder", None, "Sayın {full}, {brand} {city} mağazasındaki randevunuz {date} saat {time}. İptal için: {phonen}"),
        ("gift_note", None, "Hediye notu: Doğum günün kutlu olsun {first}! Sevgilerle, {first2}. Teslimat: {addrml}"),
    ],
    "ja": [
        ("crm_note", None, "{full}様より問い合わせ。注文{order}が未着。配送先：{addr}　連絡先：{phonen}"),
        ("review_reply", None, "{last}様、レビューありがとうございます。{city}へのお届けが遅れ、申し訳ございません。担当の{last2}より{phone}にご連絡いたします。"),
        ("email_thread", None, "{first}さん\n\n海外発送の件です。宛先は以下の通りです：\n{addrmlr}\nTel: {phonei}\nEmail: {email}\n\n{full2}"),
        ("email_signature", None, "――――――――――\n{full}（{fullr}）\nマーケティング部 マネージャー\n{company}\nTEL: {phonex}\nMail: {wemail}"),
        ("appt_reminder", None, "【{brand}】{last}様、{date} {time}のご予約を承りました。変更は{phonen}までご連絡ください。"),
        ("gift_note", None, "ギフトメッセージ：{first}さん、お誕生日おめでとう！ {first2}より\nお届け先：{addrml}"),
        ("courier_note", None, "配達メモ：{full}様 {addr} 不在の場合は宅配ボックスへ。TEL {phone}"),
        ("payment_dispute", None, "カード{cc}で二重請求されています。名義：{lastfirst}。連絡先：{email}"),
        ("store_mention", None, "{city}店は改装のため休業します。{region}のお客様は{cityo}店をご利用ください。店長の{last}がご案内します。"),
    ],
    "ko": [
        ("crm_note", None, "고객 {full}님 주문 {order} 미배송 문의. 주소: {addr} 연락처: {phonen}"),
        ("review_reply", None, "{first}님, 소중한 리뷰 감사합니다! {city} 배송이 늦어져 죄송합니다. 고객센터 {full2} 매니저가 {phone}로 연락드리겠습니다."),
        ("email_thread", None, "안녕하세요 {fullr}님,\n해외 배송지 확인 부탁드립니다:\n{addrmlr}\n연락처: {phonei}\n이메일: {email}"),
        ("email_signature", None, "감사합니다.\n{full} ({fullr}) 드림\n마케팅팀 과장\n{company}\nT. {phonex}\nE. {wemail}"),
        ("appt_reminder", None, "[{brand}] {full}님, {date} {time} 예약이 확정되었습니다. 변경 문의: {phonen}"),
        ("gift_note", None, "선물 메시지: {first}님, 생일 축하드려요! - {first2}\n배송지: {addrml}"),
        ("courier_note", None, "배송 메모: {full} 고객님, {addr}. 부재 시 경비실에 맡겨주세요. {phone}"),
        ("payment_dispute", None, "카드 {cc} 이중 결제 건. 명의자: {lastfirst}, 이메일 {email}"),
    ],
    "id": [
        ("crm_note", None, "cust {full|L} komplain paket {order} belum sampai, alamat {addr|L}, wa {phonen}"),
        ("review_reply", None, "Halo Kak {first}, terima kasih atas ulasannya! Mohon maaf pengiriman ke {city} terlambat. Tim kami, {first2}, akan menghubungi Kakak di {phone}."),
        ("whatsapp_export", None, "[{date} 13:05] {full}: min, paket saya {order} kok belum datang ya\n[{date} 13:07] {company}: Halo Kak {first}, alamatnya {addr} sudah benar?\n[{date} 13:08] {full}: betul kak, kurirnya bisa telp ke {phone}"),
        ("email_signature", None, "Salam,\n{full}\nBrand Manager\n{company}\nHP: {phonei}\nEmail: {wemail}"),
        ("courier_note", None, "Catatan kurir: rumah pagar hijau dekat masjid. {full}, {addr}. Telp {phone}"),
        ("appt_reminder", None, "Halo {first}, jadwal konsultasi Anda di {brand} {city} pada {date} pukul {time}. Ubah jadwal: {phonen}"),
        ("gift_note", None, "Kartu ucapan: Selamat ulang tahun {first}! Dari {first2}. Kirim ke: {addrml}"),
    ],
    "vi": [
        ("crm_note", None, "khách {full} gọi hỏi đơn {order} chưa nhận được, địa chỉ {addr}, sđt {phonen}"),
        ("review_reply", None, "Chào chị {first}, cảm ơn chị đã đánh giá! Shop xin lỗi vì giao hàng đến {city} bị chậm. Bạn {first2} bên CSKH sẽ gọi chị qua số {phone}."),
        ("whatsapp_export", None, "[{date} 20:11] {full}: shop ơi đơn {order} giao chưa vậy\n[{date} 20:13] {company}: Dạ chào anh {first}, địa chỉ nhận là {addr} đúng không ạ?\n[{date} 20:14] {full}: đúng rồi, shipper gọi {phone} nhé"),
        ("email_signature", None, "Trân trọng,\n{full}\nTrưởng phòng Marketing\n{company}\nĐT: {phonei}\nEmail: {wemail}"),
        ("courier_note", None, "Ghi chú giao hàng: {full}, {addrml}\nGọi trước khi giao: {phone}"),
        ("appt_reminder", None, "Chào {first}, lịch hẹn của bạn tại {brand} {city} vào {date} lúc {time}. Đổi lịch: {phonen}"),
        ("gift_note", None, "Lời nhắn quà tặng: Chúc mừng sinh nhật {first}! Thương, {first2}. Giao đến: {addr}"),
    ],
    "is": [
        ("crm_note", None, "viðskiptavinur {full|L} hringdi vegna pöntunar {order}, pakkinn kom ekki, heimilisfang {addr|L}, sími {phonen}"),
        ("review_reply", None, "Sæl/l {first}, takk fyrir umsögnina! Okkur þykir leitt að sendingin til {city} tafðist. {first2} hjá þjónustuverinu hringir í þig í síma {phone}."),
        ("email_signature", None, "Kær kveðja,\n{full}\nMarkaðsstjóri\n{company}\nSími: {phonei}\nNetfang: {wemail}"),
        ("refund_bank", None, "Vinsamlegast endurgreiðið inn á reikning {iban}, eigandi {full}. Takk, {first}"),
        ("gift_note", None, "Kveðja: Til hamingju með afmælið, {first}! Knús frá {first2}. Senda á: {addrml}"),
        ("courier_note", None, "Athugasemd til bílstjóra: {full}, {addr}. Hringið í {phone} ef enginn svarar."),
    ],
    "th": [
        ("crm_note", None, "ลูกค้าคุณ{full} โทรมาเรื่องออเดอร์ {order} ยังไม่ได้รับของ ที่อยู่ {addr} เบอร์ {phonen}"),
        ("review_reply", None, "สวัสดีค่ะคุณ{first} ขอบคุณสำหรับรีวิวนะคะ ขออภัยที่การจัดส่งไป {city} ล่าช้า เจ้าหน้าที่{first2}จะติดต่อกลับที่เบอร์ {phone} ค่ะ"),
        ("whatsapp_export", None, "[{date} 18:02] {full}: สวัสดีค่ะ ของยังไม่มาเลย ออเดอร์ {order}\n[{date} 18:05] {company}: ขออภัยค่ะคุณ{first} ที่อยู่จัดส่งคือ {addr} ใช่ไหมคะ\n[{date} 18:06] {full}: ใช่ค่ะ ให้คนส่งโทร {phone}"),
        ("email_signature", None, "ขอแสดงความนับถือ\n{full} ({fullr})\nผู้จัดการฝ่ายการตลาด\n{company}\nโทร {phonei}\nอีเมล {wemail}"),
        ("courier_note", None, "หมายเหตุคนส่ง: {fullr}\n{addrml}\nโทรก่อนส่ง {phone}"),
        ("gift_note", None, "การ์ดอวยพร: สุขสันต์วันเกิดนะ{first}! จาก{first2}\nส่งที่: {addr}"),
    ],
    "ms": [
        ("crm_note", None, "pelanggan {full|L} call psl parcel {order} tak sampai lagi, alamat {addr|L}, tel {phonen}"),
        ("review_reply", None, "Hai {first}, terima kasih atas ulasan anda! Maaf penghantaran ke {city} lewat. {first2} dari khidmat pelanggan akan menghubungi anda di {phone}."),
        ("whatsapp_export", None, "[{date}, 10:30] {full}: salam, boleh tukar alamat penghantaran?\n[{date}, 10:32] {company}: Waalaikumsalam {first}, alamat baru?\n[{date}, 10:35] {full}: {addr}\n[{date}, 10:36] {company}: Baik, rider akan call {phone}"),
        ("email_signature", None, "Sekian, terima kasih.\n{full}\nPengurus Pemasaran\n{company}\nTel: {phonei}\nE-mel: {wemail}"),
        ("courier_note", None, "Nota rider: {full}\n{addrml}\nDekat surau, rumah pagar biru. Call {phone}"),
        ("gift_note", None, "Kad ucapan: Selamat hari jadi {first}! Daripada {first2}. Hantar ke: {addr}"),
    ],
    "ar": [
        ("crm_note", None, "العميل {full} اتصل بخصوص الطلب {order}، لم يصل الطرد. العنوان: {addr}، الجوال: {phonen}"),
        ("review_reply", None, "مرحباً {first}، شكراً على تقييمك! نعتذر عن تأخر التوصيل إلى {city}. سيتواصل معك {first2} من خدمة العملاء على الرقم {phone}."),
        ("whatsapp_export", None, "[{date} 21:10] {full}: السلام عليكم، طلبي {order} لم يصل\n[{date} 21:12] {company}: وعليكم السلام {first}، هل العنوان {addr} صحيح؟\n[{date} 21:13] {full}: نعم، المندوب يتصل على {phone}"),
        ("email_signature", None, "مع التحية،\n{full} ({fullr})\nمديرة التسويق\n{company}\nهاتف: {phonei}\nبريد: {wemail}"),
        ("courier_note", None, "ملاحظة للمندوب: {full}، {addr}، بجانب المسجد. اتصل على {phone} قبل الوصول."),
        ("refund_bank", None, "أرجو إعادة المبلغ إلى حسابي: {full}، IBAN {iban}. شكراً، {first}"),
        ("gift_note", None, "بطاقة إهداء: كل عام وأنت بخير يا {first}! من {first2}. التوصيل إلى: {addr}"),
        ("courier_note", None, "Delivery note (EN/AR): {fullr} - {addrr} - {phonei} / الرجاء الاتصال قبل التوصيل"),
    ],
}

NOPII = {
    "de": ["Nur diese Woche: {brand} {product} für {price} statt {price2}. Gratis Versand ab 49 € mit Code {promo}. Artikelnummer {sku}.",
           "Ihre Bestellung {order} wurde versandt. Sendungsnummer {track}, voraussichtliche Zustellung {date}."],
    "fr": ["Nouveau : {brand} {product} à {price} au lieu de {price2}. Livraison offerte avec le code {promo}. Réf. {sku}.",
           "Votre commande {order} a été expédiée. Numéro de suivi {track}. Livraison estimée le {date}."],
    "es": ["¡Solo hoy! {brand} {product} a {price} (antes {price2}). Envío gratis con el código {promo}. Ref. {sku}.",
           "Tu pedido {order} ya salió del almacén. Número de seguimiento {track}. Entrega estimada: {date}."],
    "pt": ["Só esta semana: {brand} {product} por {price} (antes {price2}). Frete grátis com o cupom {promo}. Cód. {sku}."],
    "it": ["Novità {brand}: {product} a {price} invece di {price2}. Spedizione gratuita con il codice {promo}. Cod. art. {sku}."],
    "nl": ["Deze week: {brand} {product} voor {price} (was {price2}). Gratis verzending met code {promo}. Art.nr. {sku}."],
    "pl": ["Tylko teraz: {brand} {product} za {price} zamiast {price2}. Darmowa dostawa z kodem {promo}. Nr art. {sku}."],
    "uk": ["Лише цього тижня: {brand} {product} за {price} замість {price2}. Безкоштовна доставка з кодом {promo}. Артикул {sku}."],
    "bg": ["Само тази седмица: {brand} {product} за {price} вместо {price2}. Безплатна доставка с код {promo}. Арт. {sku}."],
    "tr": ["Bu haftaya özel: {brand} {product} {price2} yerine {price}. {promo} koduyla ücretsiz kargo. Ürün kodu {sku}."],
    "ja": ["今週限定：{brand}の{product}が{price}（通常{price2}）。クーポンコード{promo}で送料無料。品番{sku}。"],
    "ko": ["이번 주 한정! {brand} {product} {price} (정가 {price2}). 쿠폰 {promo} 입력 시 무료배송. 상품코드 {sku}."],
    "id": ["Promo minggu ini: {brand} {product} cuma {price} (normal {price2}). Gratis ongkir pakai kode {promo}. SKU {sku}."],
    "vi": ["Chỉ tuần này: {brand} {product} giá {price} (giá gốc {price2}). Miễn phí vận chuyển với mã {promo}. Mã SP {sku}."],
    "is": ["Aðeins þessa viku: {brand} {product} á {price} (áður {price2}). Frí heimsending með kóðanum {promo}. Vörunúmer {sku}."],
    "th": ["โปรสัปดาห์นี้: {brand} {product} ราคา {price} (ปกติ {price2}) ใช้โค้ด {promo} ส่งฟรี รหัสสินค้า {sku}"],
    "ms": ["Promosi minggu ini: {brand} {product} hanya {price} (asal {price2}). Penghantaran percuma dengan kod {promo}. SKU {sku}."],
    "ar": ["عرض هذا الأسبوع: {brand} {product} بسعر {price} بدلاً من {price2}. شحن مجاني مع الكود {promo}. رمز المنتج {sku}."],
}


# ----------------------------------------------------------------------------------------------
# structured layouts (CSV/TSV/JSON/YAML/URL/logs/Markdown/HTML/XML/vCard/ICS/SQL/check-in lists)
# ----------------------------------------------------------------------------------------------
LBLK = ["name", "first", "last", "email", "phone", "addr", "city", "note", "order", "date", "country", "company", "checked"]
LBL = {k: dict(zip(LBLK, v.split(";"))) for k, v in {
    "en": "Name;First name;Last name;Email;Phone;Address;City;Notes;Order;Date;Country;Company;Checked in",
    "de": "Name;Vorname;Nachname;E-Mail;Telefon;Adresse;Ort;Notiz;Bestellung;Datum;Land;Firma;Eingecheckt",
    "fr": "Nom complet;Prénom;Nom;E-mail;Téléphone;Adresse;Ville;Remarques;Commande;Date;Pays;Société;Présent",
    "es": "Nombre completo;Nombre;Apellidos;Correo;Teléfono;Dirección;Ciudad;Notas;Pedido;Fecha;País;Empresa;Registrado",
    "pt": "Nome completo;Nome;Sobrenome;E-mail;Telefone;Endereço;Cidade;Observações;Pedido;Data;País;Empresa;Check-in",
    "it": "Nome e cognome;Nome;Cognome;Email;Telefono;Indirizzo;Città;Note;Ordine;Data;Paese;Azienda;Presente",
    "nl": "Naam;Voornaam;Achternaam;E-mail;Telefoon;Adres;Plaats;Opmerking;Bestelling;Datum;Land;Bedrijf;Ingecheckt",
    "pl": "Imię i nazwisko;Imię;Nazwisko;E-mail;Telefon;Adres;Miasto;Uwagi;Zamówienie;Data;Kraj;Firma;Obecność",
    "uk": "ПІБ;Ім'я;Прізвище;Ел. пошта;Телефон;Адреса;Місто;Примітка;Замовлення;Дата;Країна;Компанія;Присутність",
    "bg": "Име и фамилия;Име;Фамилия;Имейл;Телефон;Адрес;Град;Бележка;Поръчка;Дата;Държава;Фирма;Присъства",
    "tr": "Ad Soyad;Ad;Soyad;E-posta;Telefon;Adres;Şehir;Not;Sipariş;Tarih;Ülke;Şirket;Giriş",
    "ja": "氏名;名;姓;メール;電話番号;住所;都市;備考;注文番号;日付;国;会社;受付",
    "ko": "성명;이름;성;이메일;전화번호;주소;도시;메모;주문번호;날짜;국가;회사;체크인",
    "id": "Nama lengkap;Nama depan;Nama belakang;Email;Telepon;Alamat;Kota;Catatan;Pesanan;Tanggal;Negara;Perusahaan;Hadir",
    "vi": "Họ tên;Tên;Họ;Email;Điện thoại;Địa chỉ;Thành phố;Ghi chú;Đơn hàng;Ngày;Quốc gia;Công ty;Check-in",
    "is": "Nafn;Fornafn;Eftirnafn;Netfang;Sími;Heimilisfang;Staður;Athugasemd;Pöntun;Dagsetning;Land;Fyrirtæki;Mætt",
    "th": "ชื่อ-นามสกุล;ชื่อ;นามสกุล;อีเมล;โทรศัพท์;ที่อยู่;เมือง;หมายเหตุ;คำสั่งซื้อ;วันที่;ประเทศ;บริษัท;เช็คอิน",
    "ms": "Nama penuh;Nama pertama;Nama akhir;E-mel;Telefon;Alamat;Bandar;Catatan;Pesanan;Tarikh;Negara;Syarikat;Hadir",
    "ar": "الاسم الكامل;الاسم الأول;اسم العائلة;البريد الإلكتروني;الهاتف;العنوان;المدينة;ملاحظات;الطلب;التاريخ;الدولة;الشركة;الحضور",
}.items()}

NOTES = {
    "en": ["call back on {phonenK} after 6pm", "VIP - ships to {cityoK} office", "prefers SMS", "goes by {firstK}", "paid via invoice {orderK}",
           "2nd address: {addrK}"],
    "de": ["Rückruf unter {phonenK} ab 17 Uhr", "Lieferung ins Büro in {cityoK}", "bevorzugt E-Mail", "Stammkundin"],
    "fr": ["rappeler au {phonenK} après 18h", "livrer au bureau à {cityoK}", "préfère les SMS", "cliente fidèle"],
    "es": ["llamar al {phonenK} por la tarde", "enviar a la oficina en {cityoK}", "prefiere WhatsApp", "cliente VIP"],
    "pt": ["ligar no {phonenK} depois das 18h", "entregar no escritório em {cityoK}", "prefere WhatsApp", "cliente VIP"],
    "it": ["richiamare al {phonenK} dopo le 18", "consegna in ufficio a {cityoK}", "preferisce email", "cliente fedele"],
    "nl": ["terugbellen op {phonenK} na 18u", "bezorgen op kantoor in {cityoK}", "wil liever mail", "vaste klant"],
    "pl": ["oddzwonić {phonenK} po 17", "dostawa do biura: {cityoK}", "woli SMS", "stała klientka"],
    "uk": ["передзвонити {phonenK} після 18:00", "доставка в офіс, {cityoK}", "надає перевагу Viber", "VIP-клієнт"],
    "bg": ["да се обадим на {phonenK} след 18 ч.", "доставка до офиса, {cityoK}", "предпочита Viber", "редовен клиент"],
    "tr": ["{phonenK} numarasından 18:00 sonrası aransın", "teslimat ofise: {cityoK}", "WhatsApp tercih ediyor", "sadık müşteri"],
    "ja": ["{phonenK}へ18時以降に折り返し", "{cityoK}の事務所へ配送", "メール希望", "常連様"],
    "ko": ["{phonenK}로 오후 6시 이후 연락", "{cityoK} 사무실로 배송", "카톡 선호", "VIP 고객"],
    "id": ["telp balik ke {phonenK} setelah jam 6", "kirim ke kantor di {cityoK}", "lebih suka WA", "pelanggan setia"],
    "vi": ["gọi lại {phonenK} sau 18h", "giao đến văn phòng ở {cityoK}", "thích nhắn Zalo", "khách quen"],
    "is": ["hringja í {phonenK} eftir kl. 18", "senda á skrifstofuna: {cityoK}", "vill frekar tölvupóst", "fastur viðskiptavinur"],
    "th": ["โทรกลับ {phonenK} หลัง 6 โมงเย็น", "ส่งที่ออฟฟิศ {cityoK}", "สะดวกทางไลน์", "ลูกค้าประจำ"],
    "ms": ["call balik {phonenK} lepas 6 ptg", "hantar ke pejabat di {cityoK}", "lebih suka WhatsApp", "pelanggan tetap"],
    "ar": ["الاتصال على {phonenK} بعد السادسة", "التوصيل إلى المكتب في {cityoK}", "يفضّل واتساب", "عميل دائم"],
}

HTML_WORDS = {
    "en": ("Hi", "Your order is on its way to:", "Questions? Call us on", "Best wishes"),
    "de": ("Hallo", "Ihre Bestellung ist unterwegs an:", "Fragen? Rufen Sie uns an:", "Viele Grüße"),
    "fr": ("Bonjour", "Votre commande est en route vers :", "Une question ? Appelez le", "À bientôt"),
    "es": ("Hola", "Tu pedido va de camino a:", "¿Dudas? Llámanos al", "Un saludo"),
    "pt": ("Olá", "Seu pedido está a caminho de:", "Dúvidas? Ligue para", "Abraços"),
    "it": ("Ciao", "Il tuo ordine è in viaggio verso:", "Domande? Chiamaci al", "A presto"),
    "nl": ("Hoi", "Je bestelling is onderweg naar:", "Vragen? Bel ons op", "Groetjes"),
    "pl": ("Cześć", "Twoje zamówienie jest w drodze na adres:", "Pytania? Zadzwoń:", "Pozdrawiamy"),
    "uk": ("Вітаємо", "Ваше замовлення прямує на адресу:", "Питання? Телефонуйте:", "З повагою"),
    "bg": ("Здравейте", "Поръчката ви пътува към:", "Въпроси? Обадете се на", "Поздрави"),
    "tr": ("Merhaba", "Siparişiniz yolda, teslimat adresi:", "Sorularınız için:", "Sevgiler"),
    "ja": ("こんにちは", "ご注文の商品は以下へ発送されました：", "お問い合わせ：", "よろしくお願いいたします"),
    "ko": ("안녕하세요", "주문하신 상품이 다음 주소로 배송 중입니다:", "문의:", "감사합니다"),
    "id": ("Halo", "Pesanan Anda sedang dikirim ke:", "Pertanyaan? Hubungi", "Salam"),
    "vi": ("Xin chào", "Đơn hàng của bạn đang được giao đến:", "Thắc mắc? Gọi", "Thân mến"),
    "is": ("Hæ", "Pöntunin þín er á leiðinni til:", "Spurningar? Hringdu í", "Kveðja"),
    "th": ("สวัสดี", "คำสั่งซื้อของคุณกำลังจัดส่งไปที่:", "สอบถาม โทร", "ขอบคุณ"),
    "ms": ("Hai", "Pesanan anda dalam perjalanan ke:", "Soalan? Hubungi", "Salam mesra"),
    "ar": ("مرحباً", "طلبك في الطريق إلى:", "للاستفسار اتصل على", "مع التحية"),
}

KIDX = re.compile(r"\{([a-z]+)K(\|[A-Z])?\}")


def note_segs(ctx, k, lang):
    tpl = ch(ctx.r, NOTES[lang])
    tpl = KIDX.sub(lambda m: "{%s%d%s}" % (m.group(1), k, m.group(2) or ""), tpl)
    return segs_of(ctx, tpl)


def cell(ctx, col, k, lang):
    m = {"name": "full", "first": "first", "last": "last", "email": "email", "phone": "phone", "addr": "addr", "city": "city",
         "country": "country", "order": "order", "date": "date"}
    if col in m:
        return ctx.get("%s%d" % (m[col], k))
    if col == "id":
        return [(str(ctx.r.randint(100000, 999999)), None)]
    if col == "note":
        return note_segs(ctx, k, lang)
    raise KeyError(col)


def stext(segs):
    return "".join(t for t, _ in segs)


def fam_csv(ctx, b, lang, sep=","):
    r = ctx.r
    cols = ch(r, [["id", "name", "email", "phone", "city"], ["id", "first", "last", "email", "addr", "note"],
                  ["order", "name", "phone", "addr", "date"], ["email", "first", "city", "note"]])
    lab = LBL[lang]
    if r.random() < 0.5 and lang == "en":
        hdr = [c if c in ("id",) else {"name": "full_name", "first": "first_name", "last": "last_name", "addr": "ship_address"}.get(c, c) for c in cols]
    else:
        hdr = ["ID" if c == "id" else lab[c] for c in cols]
    b.t(sep.join(hdr) + "\n")
    n = r.randint(3, 5)
    for k in range(1, n + 1):
        for j, c in enumerate(cols):
            if j:
                b.t(sep)
            segs = cell(ctx, c, k, lang)
            txt = stext(segs)
            if sep in txt or "\n" in txt or '"' in txt:
                b.t('"')
                put(b, segs, lambda s: s.replace('"', '""'))
                b.t('"')
            else:
                put(b, segs)
        if k < n:
            b.t("\n")
    return "tsv_export" if sep == "\t" else "csv_export"


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(b, node, ind, lvl):
    kind, val = node
    pad = " " * (ind * (lvl + 1)) if ind else ""
    nl = "\n" if ind else ""
    if kind == "str":
        b.t('"')
        put(b, val, jesc)
        b.t('"')
    elif kind == "raw":
        b.t(val)
    elif kind == "obj":
        b.t("{" + nl)
        for i, (key, v) in enumerate(val):
            b.t(pad + '"' + key + '":' + (" " if ind else ""))
            emit_json(b, v, ind, lvl + 1)
            b.t(("," if i < len(val) - 1 else "") + nl)
        b.t((" " * (ind * lvl) if ind else "") + "}")
    elif kind == "arr":
        b.t("[" + nl)
        for i, v in enumerate(val):
            b.t(pad)
            emit_json(b, v, ind, lvl + 1)
            b.t(("," if i < len(val) - 1 else "") + nl)
        b.t((" " * (ind * lvl) if ind else "") + "]")


def S(segs):
    return ("str", segs)


def R(x):
    return ("raw", x)


def payload_tree(ctx, lang):
    r, g = ctx.r, ctx.get
    shape = r.randint(0, 3)
    if shape == 0:  # order webhook
        return ("obj", [("event", S([("order.created", None)])), ("order_id", S(g("order"))),
                        ("customer", ("obj", [("first_name", S(g("first"))), ("last_name", S(g("last"))),
                                              ("contact", ("obj", [("email", S(g("email"))), ("phone", S(g("phone")))]))])),
                        ("shipping", ("obj", [("address", S(g(ch(r, ["addr", "addrml"])))), ("method", S([("express", None)]))])),
                        ("payment", ("obj", [("card_last4", S([("4417", None)])), ("amount", R(str(r.randint(20, 400)) + ".00"))])),
                        ("client_ip", S(g(ch(r, ["ip", "ipv"])))), ("gift_note", S(note_segs(ctx, 1, lang)))])
    if shape == 1:  # CDP profile with consent array
        return ("obj", [("profile", ("obj", [("id", S([(fill(r, "cdp_##########"), None)])), ("display_name", S(g("full"))),
                                             ("emails", ("arr", [S(g("email")), S(g("wemail"))])),
                                             ("phones", ("arr", [("obj", [("type", S([("mobile", None)])), ("value", S(g("phonei")))])])),
                                             ("home_city", S(g("city"))), ("ltv", R(str(r.randint(40, 3000))))])),
                        ("consents", ("arr", [("obj", [("channel", S([("email", None)])), ("granted", R("true"))]),
                                              ("obj", [("channel", S([("sms", None)])), ("granted", R("false"))])])),
                        ("last_seen_ip", S(g("ip")))])
    if shape == 2:  # chat transcript export
        return ("obj", [("conversation_id", S([(fill(r, "conv-####-%%%%"), None)])), ("channel", S([("whatsapp", None)])),
                        ("participants", ("arr", [S(g("full")), S(g("first2"))])),
                        ("messages", ("arr", [("obj", [("from", S(g("phonei"))), ("text", S(note_segs(ctx, 1, lang)))]),
                                              ("obj", [("from", S([("agent", None)])), ("text", S([("ok, ", None)] + g("first") + [("!", None)]))]),
                                              ("obj", [("from", S(g("phonei"))), ("text", S(g("addr")))])]))])
    # support ticket with nested requester
    return ("obj", [("ticket", ("obj", [("id", R(str(r.randint(100000, 999999)))), ("subject", S([("refund", None)])),
                                        ("requester", ("obj", [("name", S(g("full"))), ("email", S(g("email")))])),
                                        ("assignee", S(g("full2"))),
                                        ("custom_fields", ("obj", [("iban" if IBAN_OF.get(ctx.code) else "card", S(g("iban" if IBAN_OF.get(ctx.code) else "cc"))),
                                                                   ("callback", S(g("phone"))), ("note", S(note_segs(ctx, 1, lang)))]))]))])


def fam_json(ctx, b, lang):
    emit_json(b, payload_tree(ctx, lang), ch(ctx.r, [0, 2, 2, 4]), 0)
    return "json_payload"


def yq(s):
    if s == "" or any(c in s for c in ":#\n\"'{}[],&*!|>%@`") or s.strip() != s:
        return True
    return False


def emit_yaml(b, node, lvl):
    kind, val = node
    pad = "  " * lvl
    if kind == "obj":
        for i, (key, v) in enumerate(val):
            if i or lvl:
                b.t(pad)
            b.t(key + ":")
            if v[0] in ("obj", "arr"):
                b.t("\n")
                emit_yaml(b, v, lvl + 1)
            else:
                b.t(" ")
                emit_yaml(b, v, lvl + 1)
                b.t("\n")
    elif kind == "arr":
        for v in val:
            b.t(pad + "- ")
            if v[0] == "obj":
                first = True
                for key, vv in v[1]:
                    if not first:
                        b.t(pad + "  ")
                    first = False
                    b.t(key + ": ")
                    emit_yaml(b, vv, lvl + 2)
                    b.t("\n")
            else:
                emit_yaml(b, v, lvl + 1)
                b.t("\n")
    elif kind == "str":
        if yq(stext(val)):
            b.t('"')
            put(b, val, jesc)
            b.t('"')
        else:
            put(b, val)
    else:
        b.t(val)


def fam_yaml(ctx, b, lang):
    r, g = ctx.r, ctx.get
    if r.random() < 0.5:
        tree = ("obj", [("campaign", ("obj", [("name", S([(ch(r, ["spring_winback", "vip_preview", "cart_reminder_v3"]), None)])),
                                             ("brand", S(g("brand"))), ("send_at", S([("2025-04-02T09:00:00Z", None)]))])),
                        ("seed_list", ("arr", [("obj", [("name", S(g("full%d" % k))), ("email", S(g("email%d" % k))), ("sms", S(g("phonei%d" % k)))])
                                               for k in range(1, r.randint(2, 4))])),
                        ("owner", S(g("wemail4")))])
    else:
        tree = payload_tree(ctx, lang)
    emit_yaml(b, tree, 0)
    # strip the trailing newline the emitter leaves
    if b.parts and b.parts[-1] == "\n":
        b.parts.pop()
        b.n -= 1
    return "yaml_payload"


def urlv(s):
    return s.replace(" ", "%20")


def fam_url(ctx, b, lang):
    r, g = ctx.r, ctx.get
    host = ch(r, ["https://shop.%s/checkout/confirm" % ctx.company[1], "https://links.%s/c/" % ctx.company[1] + fill(r, "%%%%####"),
                  "https://www.%s/account/update" % ctx.company[1]])
    b.t(ch(r, ["", "GET ", "Referer: ", "clicked: "]) + host + "?")
    params = [("fname", g("first")), ("lname", g("last")), ("email", g("email")),
              ("tel", [(re.sub(r"[\s().\-/]", "", stext(g("phone"))), PH)]), ("city", g("city")),
              ("utm_source", [("newsletter", None)]), ("utm_campaign", [(ch(r, ["spring25", "vip_drop", "winback_q2"]), None)])]
    if r.random() < 0.4:
        params.append(("ip", g("ip")))
    r.shuffle(params)
    for i, (k, segs) in enumerate(params):
        if i:
            b.t("&")
        b.t(k + "=")
        put(b, segs, urlv)
    return "query_string"


def fam_log(ctx, b, lang):
    r, g = ctx.r, ctx.get
    ts = "2025-0%d-%02dT%02d:%02d:" % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    lines = [
        lambda: render(b, ctx, ts + "%02d.%03dZ INFO  [checkout] order={order} email={email} ip={ip} status=200" % (r.randint(0, 59), r.randint(0, 999))),
        lambda: render(b, ctx, ts + "%02d,%03d WARN auth - failed login for user '{email}' from {ipv} (attempt 3)" % (r.randint(0, 59), r.randint(0, 999))),
        lambda: render(b, ctx, "{ip2} - - [02/Mar/2025:11:04:21 +0000] \"GET /account/orders HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0\""),
        lambda: render(b, ctx, ts + "%02dZ DEBUG sms-gateway delivered to={phonei} template=order_shipped msg_id=" % r.randint(0, 59) + fill(r, "%%%%####")),
        lambda: render(b, ctx, ts + "%02dZ ERROR crm-sync geocode failed address=\"{addr}\" customer_id=" % r.randint(0, 59) + fill(r, "######")),
        lambda: (render(b, ctx, ts + "%02dZ INFO  chat inbound from={phonen} text=\"" % r.randint(0, 59)), put(b, note_segs(ctx, 1, lang)), b.t('"')),
        lambda: render(b, ctx, ts + "%02dZ INFO  profile.update name=\"{full}\" fields=[email,phone] by=agent:{first3|L}" % r.randint(0, 59)),
    ]
    idx = r.sample(range(len(lines)), r.randint(3, 5))
    if lang != "en" and 5 not in idx:
        idx[-1] = 5
    for j, i in enumerate(sorted(idx)):
        if j:
            b.t("\n")
        lines[i]()
    return "log_lines"


def fam_md(ctx, b, lang):
    r = ctx.r
    lab = LBL[lang]
    cols = ch(r, [["name", "email", "phone", "city"], ["name", "addr", "phone"], ["first", "last", "email", "note"]])
    b.t("| # | " + " | ".join(lab[c] for c in cols) + " |\n")
    b.t("|---|" + "|".join("---" for _ in cols) + "|\n")
    n = r.randint(2, 4)
    for k in range(1, n + 1):
        b.t("| %d | " % k)
        for j, c in enumerate(cols):
            if j:
                b.t(" | ")
            put(b, cell(ctx, c, k, lang), lambda s: s.replace("|", "/"))
        b.t(" |" + ("\n" if k < n else ""))
    return "markdown_table"


def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fam_html(ctx, b, lang):
    r = ctx.r
    hi, ship, q, bye = HTML_WORDS[lang]
    br = "<br>" if r.random() < 0.5 else "<br/>\n"
    b.t('<table role="presentation" width="100%"><tr><td style="font-family:Arial">\n<p>' + hi + " <strong>")
    put(b, ctx.get("first"), hesc)
    b.t("</strong>,</p>\n<p>" + ship + "<br>\n")
    put(b, [(hesc(t).replace("\n", br), ty) for t, ty in ctx.get(ch(r, ["addrml", "addrml", "addr"]))])
    b.t("</p>\n<p>" + q + ' <a href="tel:')
    ph = ctx.get("phonei")
    put(b, [(re.sub(r"[\s().\-]", "", stext(ph)), PH)])
    b.t('">')
    put(b, ph, hesc)
    b.t('</a> / <a href="mailto:')
    put(b, ctx.get("wemail2"))
    b.t('">')
    put(b, ctx.get("wemail2"))
    b.t("</a></p>\n<p>" + bye + ",<br>")
    put(b, ctx.get("full2"), hesc)
    b.t("</p>\n</td></tr></table>")
    return "html_email"


def fam_xml(ctx, b, lang):
    r, g = ctx.r, ctx.get
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<customer id="%d">\n  <name>' % r.randint(10000, 99999))
    put(b, g("full"), hesc)
    b.t("</name>\n  <email>")
    put(b, g("email"))
    b.t('</email>\n  <phone type="mobile">')
    put(b, g("phone"))
    b.t("</phone>\n  <address>")
    put(b, g("addr"), hesc)
    b.t("</address>\n  <note>")
    put(b, note_segs(ctx, 1, lang), hesc)
    b.t("</note>\n</customer>")
    return "xml_payload"


def fam_vcard(ctx, b, lang):
    g = ctx.get
    b.t("BEGIN:VCARD\nVERSION:3.0\nN:")
    put(b, g("last"))
    b.t(";")
    put(b, g("first"))
    b.t(";;;\nFN:")
    put(b, g("full"))
    b.t("\nORG:" + ctx.company[0] + "\nTEL;TYPE=CELL:")
    put(b, g("phonei"))
    b.t("\nTEL;TYPE=WORK:")
    put(b, g("phonen"))
    b.t("\nEMAIL;TYPE=INTERNET:")
    put(b, g("wemail"))
    b.t("\nLABEL;TYPE=WORK:")
    put(b, g("addr"))
    b.t("\nNOTE:")
    put(b, note_segs(ctx, 1, lang))
    b.t("\nEND:VCARD")
    return "vcard"


def icsesc(s):
    return s.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fam_ics(ctx, b, lang):
    g, r = ctx.get, ctx.r
    b.t("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:%s@%s\nDTSTART:2025%02d%02dT%02d0000\nSUMMARY:" % (
        fill(r, "%%%%####"), ctx.company[1], r.randint(1, 12), r.randint(1, 28), r.randint(8, 17)))
    put(b, g("brand"))
    b.t(" - fitting / ")
    put(b, g("full"))
    b.t("\nLOCATION:")
    put(b, g("addr"), icsesc)
    b.t("\nORGANIZER;CN=")
    put(b, g("full2"))
    b.t(":mailto:")
    put(b, g("wemail2"))
    b.t("\nATTENDEE;CN=")
    put(b, g("full"))
    b.t(";RSVP=TRUE:mailto:")
    put(b, g("email"))
    b.t("\nDESCRIPTION:")
    put(b, note_segs(ctx, 1, lang), icsesc)
    b.t("\nEND:VEVENT\nEND:VCALENDAR")
    return "ics_invite"


def fam_sql(ctx, b, lang):
    r = ctx.r
    b.t("INSERT INTO crm.customers (first_name, last_name, email, phone, city, note) VALUES\n")
    n = r.randint(2, 4)
    q = lambda s: s.replace("'", "''")
    for k in range(1, n + 1):
        b.t("  (")
        for j, c in enumerate(["first", "last", "email", "phone", "city", "note"]):
            if j:
                b.t(", ")
            b.t("'")
            put(b, cell(ctx, c, k, lang), q)
            b.t("'")
        b.t(")" + (",\n" if k < n else ";"))
    return "sql_insert"


CHECKIN_TITLE = {"en": "Guest list", "de": "Gästeliste", "fr": "Liste des invités", "es": "Lista de invitados", "pt": "Lista de convidados",
                 "it": "Lista ospiti", "nl": "Gastenlijst", "pl": "Lista gości", "uk": "Список гостей", "bg": "Списък с гости",
                 "tr": "Davetli listesi", "ja": "来場者リスト", "ko": "게스트 명단", "id": "Daftar tamu", "vi": "Danh sách khách mời",
                 "is": "Gestalisti", "th": "รายชื่อแขก", "ms": "Senarai tetamu", "ar": "قائمة الضيوف"}
MEDIA = ["Glow Weekly", "The Daily Brief", "Style Hub", "Urban Notes", "Metro Lifestyle", "Beauty Desk"]


def fam_checkin(ctx, b, lang):
    r, g = ctx.r, ctx.get
    b.t(CHECKIN_TITLE[lang] + " - " + stext(g("brand")) + " ")
    put(b, g("city"))
    b.t(", " + stext(g("date")) + "\n" + LBL[lang]["checked"] + ": ")
    n = r.randint(3, 6)
    b.t("%d/%d\n" % (r.randint(1, n), n))
    for k in range(1, n + 1):
        mark = ch(r, ["[x]", "[ ]", "✔", "✘"])
        b.t(mark + " ")
        if r.random() < 0.3:
            put(b, g("lastfirst%d" % k))
        else:
            put(b, g("full%d" % k))
        b.t(" — " + ch(r, MEDIA) + " — ")
        put(b, g(ch(r, ["phone%d" % k, "email%d" % k])))
        if r.random() < 0.25:
            b.t(" (+1: ")
            put(b, g("first%d" % (k + 4) if k + 4 <= 9 else "word"))
            b.t(")")
        if k < n:
            b.t("\n")
    return "event_checkin"


STRUCTURED = [fam_csv, lambda c, b, l: fam_csv(c, b, l, "\t"), fam_json, fam_yaml, fam_url, fam_log, fam_md, fam_html,
              fam_xml, fam_vcard, fam_ics, fam_sql, fam_checkin]


# ----------------------------------------------------------------------------------------------
# plan, generation, self-check
# ----------------------------------------------------------------------------------------------
EN_LOCS = (["US"] * 6 + ["UK"] * 5 + ["IE"] * 2 + ["NZ"] * 2 + ["AU", "CA", "ZA", "IN", "SG", "NG", "SA", "EG", "IL"] +
           ["KE"] * 2 + ["GH"] * 2 + ["PH"] * 2 + ["AE"] * 2 + ["MY"] +
           ["JP", "KR", "TR", "BR", "MX", "DE", "PL", "UA", "BG", "TH", "VN", "ID", "IS", "CO", "AR", "CL", "LU", "CH", "AT", "BE", "PT"])
LANG_LOCS = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU", "CH"], "es": ["ES", "ES", "MX", "AR", "CL", "CO"],
             "pt": ["PT", "BR", "BR"], "it": ["IT"], "nl": ["NL", "NL", "BEnl"], "pl": ["PL"], "uk": ["UA"], "bg": ["BG"], "tr": ["TR"],
             "ja": ["JP"], "ko": ["KR"], "id": ["ID"], "vi": ["VN"], "is": ["IS"], "th": ["TH"], "ms": ["MYms"], "ar": ["ARAB"]}
LANG_N = {"de": 22, "fr": 22, "es": 26, "pt": 20, "it": 14, "nl": 14, "pl": 14, "uk": 14, "bg": 10, "tr": 14, "ja": 14, "ko": 12,
          "id": 10, "vi": 10, "is": 8, "th": 8, "ms": 8, "ar": 10}
N_EN = 250


def build_plan(r):
    plan = []
    # English: 22 no-PII, 6 of each structured layout, the rest narrative templates
    for _ in range(2):
        for t in EN_NOPII:
            plan.append(("en", "nopii", t))
    for f in STRUCTURED:
        for _ in range(6):
            plan.append(("en", "struct", f))
    narr = N_EN - len(plan)
    pool = []
    while len(pool) < narr:
        lst = list(EN)
        r.shuffle(lst)
        pool.extend(lst)
    for t in pool[:narr]:
        plan.append(("en", "narr", t))
    # other languages
    sidx = 0
    order = list(range(len(STRUCTURED)))
    r.shuffle(order)
    for lang, n in LANG_N.items():
        nop = NOPII[lang]
        k_nop = min(len(nop), 2 if n >= 20 else 1)
        for t in nop[:k_nop]:
            plan.append((lang, "nopii", (None, t)))
        k_struct = round(n * 0.4)
        for _ in range(k_struct):
            plan.append((lang, "struct", STRUCTURED[order[sidx % len(order)]]))
            sidx += 1
        k_narr = n - k_nop - k_struct
        pool = []
        while len(pool) < k_narr:
            lst = list(NT[lang])
            r.shuffle(lst)
            pool.extend(lst)
        for t in pool[:k_narr]:
            plan.append((lang, "narr", t))
    r.shuffle(plan)
    return plan


def make_record(r, i, lang, mode, item):
    b = B()
    if mode == "struct":
        code = ch(r, EN_LOCS if lang == "en" else LANG_LOCS[lang])
        codes = {}
        for k in range(2, 10):
            if lang == "en" and r.random() < 0.5:
                codes[k] = ch(r, EN_LOCS)
            elif lang != "en" and r.random() < 0.3:
                codes[k] = ch(r, LANG_LOCS[lang])
        ctx = Ctx(r, code, lang, codes)
        kind = item(ctx, b, lang)
    elif mode == "nopii":
        kind, tpl = item
        code = ch(r, ["US", "UK"]) if lang == "en" else LANG_LOCS[lang][0]
        ctx = Ctx(r, code, lang)
        render(b, ctx, tpl)
        kind = kind or "no_pii_marketing"
    else:
        kind, locs, tpl = item
        code = ch(r, locs) if locs else ch(r, EN_LOCS if lang == "en" else LANG_LOCS[lang])
        ctx = Ctx(r, code, lang)
        render(b, ctx, tpl)
    return {"id": "hard13-%d" % i, "kind": kind, "lang": lang, "text": b.text(), "spans": b.spans}


def check(recs):
    seen_text = set()
    for rec in recs:
        t = rec["text"]
        assert t and t == t.strip(), rec["id"]
        assert t not in seen_text, ("duplicate text", rec["id"])
        seen_text.add(t)
        prev_end = 0
        for sp in sorted(rec["spans"], key=lambda s: s["start"]):
            s, e = sp["start"], sp["end"]
            assert 0 <= s < e <= len(t), (rec["id"], sp)
            v = t[s:e]
            assert v == v.strip(), (rec["id"], sp, repr(v))
            assert s >= prev_end, ("overlap", rec["id"], sp)
            prev_end = e
            if sp["type"] == CC and any(c.isdigit() for c in v):
                assert luhn_ok(v), (rec["id"], v)
            if sp["type"] == IB:
                assert iban_valid(v), (rec["id"], v)
            if sp["type"] == SSN:
                d = re.sub(r"\D", "", v)
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
            if sp["type"] == IP:
                if ":" in v:
                    assert re.fullmatch(r"[0-9a-f:]+", v) and v.count("::") <= 1, v
                else:
                    parts = v.split(".")
                    assert len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts), v
            if sp["type"] == EM and "@" in v:
                assert re.fullmatch(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,}", v), v


def main():
    r = random.Random(SEED)
    plan = build_plan(r)
    recs = []
    for i, (lang, mode, item) in enumerate(plan):
        for attempt in range(10):  # re-draw on the rare exact-duplicate text
            rec = make_record(r, i, lang, mode, item)
            if rec["text"] not in {x["text"] for x in recs}:
                break
        recs.append(rec)
    check(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # ---- counts
    tc, kc, lc = Counter(), Counter(), Counter()
    nopii = 0
    for rec in recs:
        kc[rec["kind"]] += 1
        lc[rec["lang"]] += 1
        if not rec["spans"]:
            nopii += 1
        for sp in rec["spans"]:
            tc[sp["type"]] += 1
    print("records:", len(recs), " spans:", sum(tc.values()), " no-PII records: %d (%.1f%%)" % (nopii, 100.0 * nopii / len(recs)))
    print("\nper type:")
    for k, v in tc.most_common():
        print("  %-16s %d" % (k, v))
    print("\nper language (%d):" % len(lc))
    for k, v in lc.most_common():
        print("  %-4s %d" % (k, v))
    print("\nper kind (%d):" % len(kc))
    for k, v in sorted(kc.items()):
        print("  %-22s %d" % (k, v))


if __name__ == "__main__":
    main()
