"""Blind PII hard set 4 for Candor: /work/holdout/hard4.jsonl.

Written independently of the detectors and of earlier sets. All street names, cities, postcode
formats and address layouts are hand-written here; Faker is used only for person names from
uncommon locales; phone numbers are random numbers that `phonenumbers` accepts as valid.

    /work/main/.venv/bin/python /work/holdout/gen_hard4.py

Span conventions: a PERSON span is the name only (titles "Dr.", "Herr", "Mme" and a possessive
"'s" stay outside); a STREET_ADDRESS span is the whole postal address (house number, street,
unit, building name, PO box, postcode, city, region, and country when it is written as part of
the address), multi-line addresses are one span; a recipient name line or "c/o <name>" line is a
separate PERSON span; LOCATION is a place named on its own; a phone span includes an extension
("ext. 12") but not a leading "Tel:" / "tel:" label.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 20261203
OUT = Path(__file__).resolve().parent / "hard4.jsonl"
R = random.Random(SEED)


# ----------------------------------------------------------------------------------------------
# Document builder: plain text and planted entities, offsets tracked as we go.
# ----------------------------------------------------------------------------------------------
@dataclass
class Doc:
    case: str | None = None  # None, "lower" or "upper": applied to every piece as it is added
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    pos: int = 0

    def _c(self, s: str) -> str:
        if self.case == "lower":
            return s.lower()
        if self.case == "upper":
            return s.upper()
        return s

    def t(self, s: str) -> None:
        s = self._c(s)
        self.parts.append(s)
        self.pos += len(s)

    def e(self, typ: str, s: str) -> None:
        s = self._c(s)
        assert s and s == s.strip(), (typ, s)
        self.spans.append({"type": typ, "start": self.pos, "end": self.pos + len(s), "value": s})
        self.parts.append(s)
        self.pos += len(s)

    def text(self) -> str:
        return "".join(self.parts)


def check(text: str, spans: list[dict]) -> None:
    last = -1
    for sp in sorted(spans, key=lambda x: x["start"]):
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), sp
        assert s >= last, ("overlap", sp, text)
        assert text[s:e] == sp["value"], (text[s:e], sp)
        assert text[s:e].strip() == text[s:e], sp
        last = e


# ----------------------------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------------------------
FIRST = {
    "en": ["Rose", "Hope", "Will", "Bill", "Mark", "April", "Grant", "Sky", "Dawn", "Faith", "Summer",
           "Hunter", "Chase", "Hazel", "Ivy", "Autumn", "Victor", "Joy", "Sandy", "Ray", "Eleanor",
           "Siobhan", "Declan", "Tamsin", "Callum", "Priya", "Nkechi", "Jasper", "Maeve", "Rhys",
           "Bronwyn", "Tyrone", "Keisha", "Wes", "Darnell", "Imogen", "Harriet", "Lachlan", "Mia",
           "Anne-Marie", "Mary-Kate", "Jean-Luc", "Ngaio", "Aroha", "Tane", "Thabo", "Lindiwe"],
    "de": ["Jürgen", "Anneliese", "Klaus", "Heike", "Sören", "Friederike", "Malte", "Uwe", "Birgit",
           "Karl-Heinz", "Hannelore", "Jörg", "Svenja", "Till", "Lea", "Mats", "Gudrun", "Wolfgang",
           "Ulrike", "Detlef", "Annika", "Lukas", "Marlene", "Florian", "Veronika", "Hans-Peter"],
    "fr": ["Élodie", "Benoît", "Margaux", "Thibault", "Anaïs", "Grégoire", "Solène", "Jean-Baptiste",
           "Marie-Claire", "Aurélien", "Clémence", "Yannick", "Océane", "Loïc", "Mathilde", "Hervé",
           "Sandrine", "Rémi", "Capucine", "Amandine", "Baptiste", "Noémie"],
    "es": ["Inmaculada", "Iñaki", "Begoña", "Jesús", "Rocío", "Xavier", "Nuria", "Íñigo", "Pilar",
           "José Luis", "María José", "Ximena", "Guadalupe", "Santiago", "Valentina", "Rodrigo",
           "Agustina", "Facundo", "Consuelo", "Alejandro", "Lucía", "Dolores"],
    "it": ["Gianluca", "Chiara", "Federica", "Salvatore", "Ilaria", "Pierluigi", "Benedetta",
           "Raffaele", "Giuseppina", "Matteo", "Alessandra", "Vincenzo", "Rosaria", "Lorenzo",
           "Annalisa", "Domenico", "Carmela", "Edoardo"],
    "nl": ["Sanne", "Joost", "Marloes", "Pieter", "Femke", "Bram", "Wouter", "Lieke", "Thijs", "Anouk",
           "Hendrik", "Maartje", "Sjoerd", "Ineke", "Gert-Jan", "Eline", "Koen", "Roos"],
    "pt": ["João", "Conceição", "Gonçalo", "Inês", "Thiago", "Luíza", "Rafaela", "Sebastião",
           "Maria Fernanda", "Caio", "Leonor", "Tiago", "Joana", "Vitória", "Rui", "Beatriz", "Raimundo"],
    "pl": ["Małgorzata", "Krzysztof", "Agnieszka", "Wojciech", "Grzegorz", "Katarzyna", "Jędrzej",
           "Zofia", "Łukasz", "Bożena", "Przemysław", "Joanna", "Tomasz", "Urszula", "Michał", "Ewa"],
    "sv": ["Björn", "Åsa", "Linnéa", "Göran", "Ingrid", "Sven", "Maja", "Henrik", "Elin", "Örjan",
           "Karin", "Oskar", "Sigrid", "Mattias", "Solveig", "Anders", "Frida", "Torbjørn", "Aino", "Mikko"],
    "world": ["Oluwaseun", "Chidi", "Amara", "Kwame", "Abena", "Ngozi", "Tendai", "Aarav", "Ananya",
              "Rohan", "Lakshmi", "Venkatesh", "Haruto", "Yui", "Sakura", "Kenji", "Mei", "Wei",
              "Thanh", "Minh", "Farida", "Omar", "Layla", "Yusuf", "Zeynep", "Emre", "Dmitri",
              "Oksana", "Ravshan", "Nodira", "Kiri", "Mahina"],
}
LAST = {
    "en": ["Whitaker", "O'Brien", "McAllister", "Fitzgerald", "Baker", "Young", "Rich", "Hunter",
           "Church", "Fox", "Winter", "Bishop", "Page", "Moss", "Reed", "Sterling", "Lockwood",
           "Ashworth-Blake", "MacLeod", "O'Sullivan", "D'Souza", "Nguyen-Hall", "Featherstonehaugh",
           "Okonkwo", "Patel", "Brennan", "Costa", "Price", "Hope", "Wise", "Stone", "Marsh", "Fairweather",
           "Te Whata", "Ngata", "Mokoena", "van Wyk", "Pillay"],
    "de": ["Winter", "Sommer", "Koch", "Schuster", "Fischer", "Wolf", "Vogel", "Braun", "Klein",
           "Schäfer", "Müller-Lüdenscheidt", "von Ahlen", "von der Heide", "Großmann", "Becker",
           "Zimmermann", "Krüger", "Hoffmann", "Jäger", "Neumann", "Weiß", "Bauer", "Lange", "Kaiser"],
    "fr": ["Lefèvre", "Boulanger", "de la Croix", "Dubois", "Martin-Gauthier", "Rousseau", "Chevalier",
           "Fontaine", "Lemaire", "Mercier", "Giraud", "d'Arcy", "Benoît", "Lambert", "Marchand", "Roux",
           "Faure", "Blanchard", "Le Goff", "Vasseur"],
    "es": ["García Márquez", "Flores", "Iglesias", "Delgado", "de la Fuente", "Fernández", "Ruiz Zafón",
           "Etxeberria", "Castro", "Navarro", "Ortega", "Prieto", "Domínguez", "del Río", "Paredes",
           "Quiroga", "Villalobos", "Sánchez-Vidal", "Aguirre", "Montoya"],
    "it": ["Esposito", "Russo", "De Luca", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
           "Gallo", "D'Angelo", "Lo Bianco", "Santoro", "Fontana", "Caruso", "Mancini", "Di Stefano", "Rinaldi"],
    "nl": ["van der Berg", "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
           "Mulder", "van Dijk", "Hendriks", "van den Broek", "Dekker", "Kuipers", "Peeters", "Claes",
           "Vermeulen", "De Smet", "van Leeuwen"],
    "pt": ["da Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Carvalho",
           "Gonçalves", "Sousa", "dos Santos", "Almeida", "Nascimento", "Barbosa", "Lima", "de Souza", "Araújo"],
    "pl": ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
           "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk",
           "Grabowska", "Pawłowski", "Michalska"],
    "sv": ["Lindqvist", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Bergström",
           "Lundgren", "Sjöberg", "Holm", "Åberg", "Strand", "Lindahl", "Hansen", "Johansen", "Nielsen",
           "Virtanen", "Korhonen", "Mäkinen", "Bakke"],
    "world": ["Adeyemi", "Okafor", "Mensah", "Boateng", "Chukwu", "Moyo", "Sharma", "Iyer",
              "Venkataraman", "Chatterjee", "Nakamura", "Tanaka", "Watanabe", "Chen", "Zhang", "Tran",
              "Nguyen", "Haddad", "Al-Rashid", "Yılmaz", "Öztürk", "Ivanova", "Kovalenko",
              "Karimov", "Kealoha", "Tuilagi"],
}
FAKER_LOCALES = ["fi_FI", "hu_HU", "tr_TR", "yo_NG", "ga_IE", "is_IS", "lv_LV", "lt_LT", "sl_SI",
                 "hr_HR", "ro_RO", "zu_ZA", "tw_GH", "et_EE", "sw", "id_ID", "ig_NG", "mt_MT",
                 "sq_AL", "az_AZ", "cs_CZ", "ha_NG"]
FAKERS = {loc: Faker(loc) for loc in FAKER_LOCALES}
for i, f in enumerate(FAKERS.values()):
    f.seed_instance(SEED + i)

TITLES = {"en": ["Dr. ", "Mrs. ", "Mr. ", "Ms. ", "Prof. ", "Dr ", "Mx. ", "Miss "],
          "de": ["Herr ", "Frau ", "Dr. ", "Herrn ", "Prof. Dr. "],
          "fr": ["M. ", "Mme ", "Mlle ", "Dr ", "Maître "],
          "es": ["Sr. ", "Sra. ", "D. ", "Dña. ", "Dr. "],
          "it": ["Sig. ", "Sig.ra ", "Dott. ", "Dott.ssa ", "Avv. "],
          "nl": ["dhr. ", "mevr. ", "Dr. "],
          "pt": ["Sr. ", "Sra. ", "Dr. ", "Dra. "],
          "pl": ["Pan ", "Pani ", "dr ", "mgr "],
          "sv": ["", ""]}


@dataclass
class Person:
    first: str
    last: str
    culture: str

    def styled(self, rng: random.Random, allow_inverted: bool = False) -> str:
        r = rng.random()
        if r < 0.55:
            return f"{self.first} {self.last}"
        if r < 0.65:
            return f"{self.first} {rng.choice(string.ascii_uppercase)}. {self.last}"
        if r < 0.75:
            initials = "".join(p[0] + "." for p in self.first.replace("-", " ").split())
            if "-" in self.first:
                initials = "-".join(p[0] + "." for p in self.first.split("-"))
            return f"{initials} {self.last}"
        if r < 0.82 and allow_inverted:
            return f"{self.last}, {self.first}"
        if r < 0.9 and " " not in self.last:
            return f"{self.first} {self.last.upper()}" if rng.random() < 0.5 else f"{self.first[0]}. {self.last}"
        return f"{self.first} {self.last}"


def make_person(rng: random.Random, culture: str) -> Person:
    if culture == "en" and rng.random() < 0.35:
        loc = rng.choice(FAKER_LOCALES)
        f = FAKERS[loc]
        return Person(f.first_name(), f.last_name(), "faker:" + loc)
    if culture == "en" and rng.random() < 0.35:
        culture = "world"
    if rng.random() < 0.1:  # names cross borders
        culture = rng.choice(list(FIRST))
    return Person(rng.choice(FIRST[culture]), rng.choice(LAST[culture]), culture)


def ascii_fold(s: str) -> str:
    import unicodedata
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", s)


MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "protonmail.com",
           "btinternet.com", "bigpond.com", "xtra.co.nz", "eircom.net", "shaw.ca", "fastmail.fm"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "laposte.net", "free.fr", "sfr.fr", "wanadoo.fr", "skynet.be"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.com.mx", "fibertel.com.ar"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "telenet.be", "planet.nl"],
    "pt": ["sapo.pt", "uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "sv": ["telia.com", "bredband.net", "live.se", "online.no", "suomi24.fi", "gmail.com"],
}
COMPANY_DOMAINS = ["lumenandoak.com", "kestrel-outdoor.co.uk", "brightwaterlabs.io", "fennick.co",
                   "norvale.de", "halcyonthreads.com.au", "tidepool.coffee", "copperleaf-home.nl",
                   "velomar.es", "quillstone.fr", "bramblekitchen.ie", "pinecrest.audio", "fjallvind.se",
                   "lesnapolana.pl", "casaazulejo.pt", "granidoro.it", "maisonclairval.fr"]


def make_email(rng: random.Random, p: Person | None, lang: str) -> str:
    if p is None or rng.random() < 0.15:
        local = rng.choice(["info", "hello", "support", "returns", "billing", "kontakt", "service",
                            "orders", "team", "contact", "hr", "events"])
        return f"{local}@{rng.choice(COMPANY_DOMAINS)}"
    f = ascii_fold(p.first.split()[0]).replace("-", "")
    l_ = ascii_fold(p.last).replace("-", "")
    local = rng.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{rng.randint(1, 99)}", f"{f}_{l_}",
                        f"{l_}.{f}", f"{f}{rng.randint(70, 99)}", f"{f[0]}.{l_}"])
    dom = rng.choice(MAIL_DOMAINS.get(lang, MAIL_DOMAINS["en"]) + COMPANY_DOMAINS[:4])
    return f"{local}@{dom}"


# ----------------------------------------------------------------------------------------------
# Phones: random valid numbers per region, many written forms.
# ----------------------------------------------------------------------------------------------
PHONE_REGIONS = ["US", "GB", "IE", "CA", "AU", "NZ", "DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES",
                 "PT", "BR", "MX", "AR", "PL", "CZ", "SE", "NO", "DK", "FI", "JP", "IN", "ZA"]


def build_phone_pool(rng: random.Random) -> dict[str, dict[str, list]]:
    pool: dict[str, dict[str, list]] = {}
    for reg in PHONE_REGIONS:
        pool[reg] = {}
        for kind, typ in (("mobile", PNT.MOBILE), ("fixed", PNT.FIXED_LINE)):
            ex = phonenumbers.example_number_for_type(reg, typ)
            nsn = phonenumbers.national_significant_number(ex)
            got, tries = [], 0
            while len(got) < 40 and tries < 6000:
                tries += 1
                k = rng.randint(min(6, len(nsn) - 2), len(nsn) - 1)  # keep at least the leading digit
                cand = nsn[:-k] + "".join(rng.choice(string.digits) for _ in range(k))
                num = phonenumbers.parse("+" + str(ex.country_code) + cand)
                if phonenumbers.is_valid_number(num) and num not in got:
                    got.append(num)
            assert len(got) >= 10, (reg, kind)
            pool[reg][kind] = got
    return pool


PHONES = build_phone_pool(R)


def fmt_phone(rng: random.Random, num, ext_ok: bool = True) -> str:
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    cc = str(num.country_code)
    rest = intl[len(cc) + 2:]
    opts = [nat, nat, intl, intl, e164]
    opts.append("00" + cc + " " + rest)
    opts.append("+" + cc + "-" + re.sub(r"[ ]", "-", rest))
    dotted = re.sub(r"[()]", "", nat).strip()
    opts.append(re.sub(r"[ \-]+", ".", dotted))
    opts.append(re.sub(r"\D", "", nat) if nat.startswith(("0", "(")) or cc == "1" else nat)
    if nat.startswith("0") and cc not in ("39",):
        opts.append(f"+{cc} (0){re.sub(r'^0', '', nat)}")
    if cc == "1":
        d = str(num.national_number)
        opts += [f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
                 f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"]
    s = rng.choice(opts)
    if ext_ok and rng.random() < 0.07:
        s += rng.choice([f" ext. {rng.randint(10, 99)}", f" x{rng.randint(100, 999)}",
                         f" ext {rng.randint(2, 9)}", f" Ext. {rng.randint(100, 4999)}"])
    return s


def phone(rng: random.Random, region: str, kind: str | None = None) -> str:
    kind = kind or rng.choice(["mobile", "fixed"])
    return fmt_phone(rng, rng.choice(PHONES[region][kind]))


# ----------------------------------------------------------------------------------------------
# Addresses: hand-written per country.
# ----------------------------------------------------------------------------------------------
def d(rng, n):  # n random digits
    return "".join(rng.choice(string.digits) for _ in range(n))


def up(rng, n, pool=string.ascii_uppercase):
    return "".join(rng.choice(pool) for _ in range(n))


def hn(rng, lo=1, hi=240):
    return str(rng.randint(lo, hi))


US_STREETS = ["Maple Ridge", "Cedar Hollow", "Pine Knoll", "Juniper", "Sycamore", "Old Mill", "Lakeview",
              "Chestnut Hill", "Magnolia", "Whitfield", "Prospect", "Harrison", "Kettle Creek", "Briarwood",
              "Martin Luther King Jr", "Bayberry", "Cottonwood", "Foxglove", "Tamarack", "Quail Run"]
US_TYPES = ["St", "Street", "Ave", "Avenue", "Dr", "Drive", "Rd", "Road", "Ln", "Lane", "Blvd", "Ct",
            "Way", "Pl", "Ter", "Pkwy", "Cir"]
US_CITIES = [("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
             ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
             ("Albany", "NY", "122"), ("Savannah", "GA", "314"), ("Spokane", "WA", "992"),
             ("Des Moines", "IA", "503"), ("Burlington", "VT", "054"), ("Ann Arbor", "MI", "481"),
             ("Santa Fe", "NM", "875"), ("Chattanooga", "TN", "374"), ("Lexington", "KY", "405")]


def addr_us(rng):
    city, st, z = rng.choice(US_CITIES)
    zipc = z + d(rng, 2) + (("-" + d(rng, 4)) if rng.random() < 0.2 else "")
    cityline = rng.choice([f"{city}, {st} {zipc}", f"{city} {st} {zipc}", f"{city}, {st}  {zipc}"])
    r = rng.random()
    if r < 0.12:
        return [rng.choice(["PO Box ", "P.O. Box ", "POB "]) + hn(rng, 10, 9999), cityline]
    if r < 0.2:
        return [f"RR {rng.randint(1, 6)} Box {hn(rng, 1, 400)}", cityline]
    street = f"{hn(rng, 1, 19999)} {rng.choice(['', '', 'N ', 'S ', 'E ', 'W '])}{rng.choice(US_STREETS)} {rng.choice(US_TYPES)}"
    unit = rng.choice(["", "", "", f"Apt {rng.randint(1, 9)}{rng.choice('ABCD')}", f"Apt. {hn(rng, 1, 40)}",
                       f"Suite {hn(rng, 100, 990)}", f"Unit {hn(rng, 1, 30)}", f"#{hn(rng, 1, 500)}"])
    lines = [street + (", " + unit if unit and rng.random() < 0.6 else ""), cityline]
    if unit and ", " not in lines[0]:
        lines.insert(1, unit)
    if rng.random() < 0.15:
        lines.append(rng.choice(["USA", "United States", "U.S.A."]))
    return lines


UK_STREETS = ["Hartley Road", "Church Lane", "Victoria Terrace", "Mill Close", "Station Approach",
              "Albion Street", "Kingsway", "Ravenscroft Avenue", "The Crescent", "Bramble Walk",
              "Ferndale Gardens", "Cromwell Mews", "Harcourt Drive", "Orchard Rise", "Gloucester Place",
              "Wellington Row", "Beech Grove", "Queen's Parade"]
UK_CITIES = [("London", ["N", "E", "SE", "SW", "NW", "W"], ""), ("Manchester", ["M"], ""),
             ("Leeds", ["LS"], "West Yorkshire"), ("Bristol", ["BS"], ""), ("Glasgow", ["G"], ""),
             ("Edinburgh", ["EH"], ""), ("Cardiff", ["CF"], ""), ("Norwich", ["NR"], "Norfolk"),
             ("York", ["YO"], "North Yorkshire"), ("Brighton", ["BN"], "East Sussex"),
             ("Belfast", ["BT"], ""), ("Sheffield", ["S"], "South Yorkshire")]
BUILDINGS = ["Harbour View House", "Albany Court", "The Old Rectory", "Rose Cottage", "Kestrel House",
             "Waterside Lofts", "Meridian Point", "Ivy Lodge", "St Anne's Court"]


def uk_postcode(rng, areas):
    return f"{rng.choice(areas)}{rng.randint(1, 28)} {rng.randint(1, 9)}{up(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def addr_gb(rng):
    city, areas, county = rng.choice(UK_CITIES)
    pc = uk_postcode(rng, areas)
    r = rng.random()
    street = f"{hn(rng, 1, 180)} {rng.choice(UK_STREETS)}"
    if r < 0.25:
        lines = [f"Flat {rng.randint(1, 24)}", street] if rng.random() < 0.5 else [f"Flat {rng.randint(1, 9)}, {street}"]
    elif r < 0.4:
        lines = [rng.choice(BUILDINGS), street.split(" ", 1)[1] if rng.random() < 0.4 else street]
        if rng.random() < 0.5:
            lines.insert(2, rng.choice(["Little Whitfield", "Upper Hambleton", "Nether Stowey", "Kirkby Overblow"]))
    elif r < 0.48:
        lines = [f"PO Box {hn(rng, 10, 999)}"]
    else:
        lines = [street]
    if rng.random() < 0.5:
        lines += [city.upper() if rng.random() < 0.4 else city, pc]
    else:
        lines += [f"{city} {pc}"]
    if county and rng.random() < 0.3:
        lines.insert(-1, county)
    if rng.random() < 0.12:
        lines.append(rng.choice(["UK", "United Kingdom", "England"] if city not in ("Glasgow", "Edinburgh")
                                else ["UK", "Scotland"]))
    return lines


IE_TOWNS = [("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 6W", "D6W"), ("Dublin 8", "D08"),
            ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"),
            ("Kilkenny", "R95")]
IE_STREETS = ["Seafield Road", "Harcourt Street", "Leeson Park", "Mary Street", "Shandon Street",
              "Quay Street", "O'Connell Avenue", "Patrick Street", "Grange Road", "Sráid an Mhuilinn"]
EIR = "ACDEFHKNPRTVWXY0123456789"


def addr_ie(rng):
    town, key = rng.choice(IE_TOWNS)
    eir = f"{key} {up(rng, 1, 'ACDEFHKNPRTVWXY')}{up(rng, 3, EIR)}"
    if rng.random() < 0.25:
        townland = rng.choice(["Ballyglass", "Knockmore", "Drumcliff", "Carrowkeel", "Lisheen"])
        cty = rng.choice([("Co. Mayo", "F12"), ("Co. Sligo", "F91"), ("Co. Kerry", "V93"), ("Co. Clare", "V95")])
        return [townland, rng.choice(["Claremorris", "Ballina", "Killarney", "Ennis"]), cty[0],
                f"{cty[1]} {up(rng, 1, 'ACDEFHKNPRTVWXY')}{up(rng, 3, EIR)}"]
    lines = [f"{hn(rng, 1, 120)} {rng.choice(IE_STREETS)}"]
    if rng.random() < 0.3:
        lines.insert(0, f"Apartment {rng.randint(1, 60)}, {rng.choice(BUILDINGS)}")
    lines += [town, eir] if rng.random() < 0.6 else [f"{town} {eir}"]
    if rng.random() < 0.15:
        lines.append("Ireland")
    return lines


CA_CITIES = [("Toronto", "ON", "M"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
             ("Halifax", "NS", "B"), ("Ottawa", "ON", "K"), ("Winnipeg", "MB", "R"), ("Québec", "QC", "G"),
             ("Saskatoon", "SK", "S")]
CA_STREETS = ["Harbour St", "Rue Saint-Denis", "Maple Grove Cres", "Boulevard René-Lévesque O",
              "Jasper Ave", "Spring Garden Rd", "Bank St", "Portage Ave", "Chemin Sainte-Foy", "Robson St",
              "Dufferin St"]


def ca_pc(rng, first):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{first}{rng.randint(0, 9)}{rng.choice(L)} {rng.randint(0, 9)}{rng.choice(L)}{rng.randint(0, 9)}"


def addr_ca(rng):
    city, prov, f = rng.choice(CA_CITIES)
    pc = ca_pc(rng, f)
    r = rng.random()
    st = rng.choice(CA_STREETS)
    if r < 0.3:
        first = f"{hn(rng, 101, 2809)}-{hn(rng, 1, 3000)} {st}" if rng.random() < 0.5 else f"Unit {hn(rng, 1, 2800)} - {hn(rng, 1, 300)} {st}"
    elif r < 0.4:
        first = f"RR {rng.randint(1, 5)}, Site {rng.randint(1, 20)}, Box {rng.randint(1, 90)}"
    elif r < 0.5 and ("Rue" in st or "Chemin" in st):
        first = f"{hn(rng, 1, 4000)}, {st}, app. {rng.randint(1, 30)}"
    else:
        first = f"{hn(rng, 1, 9000)} {st}"
    lines = [first, rng.choice([f"{city} {prov}  {pc}", f"{city}, {prov} {pc}", f"{city.upper()} {prov}  {pc}"])]
    if rng.random() < 0.2:
        lines.append("Canada")
    return lines


AU_PLACES = [("Newtown", "NSW", "2042"), ("Fitzroy", "VIC", "3065"), ("Paddington", "QLD", "4064"),
             ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
             ("Braddon", "ACT", "2612"), ("Parap", "NT", "0820"), ("Surry Hills", "NSW", "2010"),
             ("Brunswick East", "VIC", "3057")]
AU_STREETS = ["Banksia St", "Wattle Ave", "King St", "Brunswick St", "Latrobe Tce", "Jacaranda Cres",
              "Ocean Pde", "Bottlebrush Cl", "Macquarie Hwy", "Kurrajong Rd", "Lorikeet Way"]


def addr_au(rng):
    sub, st, pc = rng.choice(AU_PLACES)
    r = rng.random()
    street = f"{hn(rng, 1, 400)} {rng.choice(AU_STREETS)}"
    if r < 0.3:
        street = f"{rng.randint(1, 40)}/{street}"
    elif r < 0.4:
        street = f"Unit {rng.randint(1, 30)}, {street}"
    elif r < 0.48:
        street = f"PO Box {hn(rng, 1, 3999)}"
    elif r < 0.53:
        street = f"Lot {rng.randint(1, 90)} {rng.choice(['Kurrajong Rd', 'Old Coach Rd'])}"
    lines = [street, rng.choice([f"{sub.upper()} {st} {pc}", f"{sub} {st} {pc}", f"{sub}, {st} {pc}"])]
    if rng.random() < 0.12:
        lines.append("Australia")
    return lines


NZ_PLACES = [("Ponsonby", "Auckland", "1011"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8041"),
             ("North East Valley", "Dunedin", "9010"), ("Hillcrest", "Hamilton", "3216"), ("Mount Maunganui", "Tauranga", "3116")]
NZ_STREETS = ["Pōhutukawa Drive", "Ponsonby Road", "Karaka Street", "Totara Avenue", "Kowhai Lane",
              "Rata Street", "Te Awa Road", "Marine Parade"]


def addr_nz(rng):
    sub, city, pc = rng.choice(NZ_PLACES)
    if rng.random() < 0.15:
        return [f"PO Box {hn(rng, 1, 9999)}", f"{city} {pc}"]
    if rng.random() < 0.12:
        return [f"{hn(rng, 100, 999)} {rng.choice(NZ_STREETS)}", f"RD {rng.randint(1, 9)}", f"{city} {pc}"]
    street = f"{hn(rng, 1, 300)}{rng.choice(['', '', 'A', 'B'])} {rng.choice(NZ_STREETS)}"
    if rng.random() < 0.25:
        street = f"Flat {rng.randint(1, 9)}, {street}" if rng.random() < 0.5 else f"{rng.randint(1, 9)}/{street}"
    lines = [street, sub, f"{city} {pc}"]
    if rng.random() < 0.12:
        lines.append("New Zealand")
    return lines


DE_STREETS = ["Lindenstraße", "Hauptstr.", "Am Mühlbach", "Schillerstraße", "Goethestr.", "Kastanienallee",
              "Bahnhofstraße", "Friedrich-Ebert-Str.", "Auf der Höhe", "Kirchweg", "Rosenthaler Straße",
              "Zum Sportplatz", "Bergmannstraße", "Im Winkel", "Königsallee", "Ringstraße"]
DE_CITIES = [("Berlin", "10"), ("Berlin", "12"), ("Hamburg", "20"), ("Hamburg", "22"), ("München", "80"),
             ("München", "81"), ("Köln", "50"), ("Leipzig", "04"), ("Freiburg im Breisgau", "79"),
             ("Münster", "48"), ("Dresden", "01"), ("Bad Tölz", "83"), ("Frankfurt am Main", "60"),
             ("Halle (Saale)", "06")]


def addr_de(rng):
    city, p = rng.choice(DE_CITIES)
    pc = p + d(rng, 3)
    if rng.random() < 0.1:
        return [f"Postfach {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}", f"{pc} {city}"]
    street = f"{rng.choice(DE_STREETS)} {hn(rng, 1, 140)}{rng.choice(['', '', '', 'a', 'b', '-3'])}"
    lines = [street]
    r = rng.random()
    if r < 0.15:
        lines[0] += f", Whg. {rng.randint(1, 30)}"
    elif r < 0.25:
        lines.insert(0, rng.choice(["Hinterhaus, 3. OG", "Seitenflügel links", "2. Etage", "Vorderhaus"]))
    elif r < 0.3:
        lines[0] += f" // {rng.randint(1, 5)}. OG"
    lines.append(f"{pc} {city}")
    if rng.random() < 0.12:
        lines.append(rng.choice(["Deutschland", "Germany"]))
    if rng.random() < 0.08:
        lines[-1] = "D-" + lines[-1] if lines[-1].startswith(pc) else lines[-1]
    return lines


AT_CITIES = [("Wien", None), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020"),
             ("Klagenfurt am Wörthersee", "9020")]
AT_STREETS = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse",
              "Maria-Theresien-Straße", "Wiedner Gürtel", "Annenstraße", "Schmiedgasse"]


def addr_at(rng):
    city, pc = rng.choice(AT_CITIES)
    if pc is None:
        pc = f"1{rng.randint(1, 23):02d}0"
    num = f"{hn(rng, 1, 150)}"
    tail = rng.choice(["", f"/{rng.randint(1, 9)}/{rng.randint(1, 30)}", f"/Top {rng.randint(1, 40)}",
                       f"/Stiege {rng.randint(1, 4)}/Tür {rng.randint(1, 20)}", f"/{rng.randint(1, 20)}"])
    lines = [f"{rng.choice(AT_STREETS)} {num}{tail}", f"{pc} {city}"]
    if rng.random() < 0.15:
        lines[-1] = "A-" + lines[-1] if rng.random() < 0.5 else lines[-1]
        lines.append(rng.choice(["Österreich", "Austria"]))
    return lines


CH_CITIES = [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Genève", "12"), ("Lausanne", "10"),
             ("Luzern", "60"), ("St. Gallen", "90"), ("Winterthur", "84"), ("Lugano", "69")]
CH_STREETS = ["Bahnhofstrasse", "Seefeldstrasse", "Rue du Rhône", "Avenue de la Gare", "Spalenberg",
              "Marktgasse", "Via Nassa", "Chemin des Vignes", "Weinbergstrasse"]


def addr_ch(rng):
    city, p = rng.choice(CH_CITIES)
    pc = p + d(rng, 2)
    st = rng.choice(CH_STREETS)
    street = f"{hn(rng, 1, 90)} {st}" if st.startswith(("Rue", "Avenue", "Chemin")) else f"{st} {hn(rng, 1, 90)}"
    lines = [street, rng.choice([f"{pc} {city}", f"CH-{pc} {city}"])]
    if rng.random() < 0.2:
        lines.insert(0, f"Postfach {d(rng, 3)}")
    if rng.random() < 0.15:
        lines.append(rng.choice(["Schweiz", "Suisse", "Switzerland"]))
    return lines


FR_STREETS = ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "place du Marché", "impasse des Tilleuls",
              "rue de la République", "chemin des Vignes", "allée des Peupliers", "quai de la Loire",
              "rue Sainte-Catherine", "cours Mirabeau", "rue du Faubourg Saint-Antoine"]
FR_CITIES = [("Paris", None), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "31000"), ("Nantes", "44000"),
             ("Lille", "59000"), ("Bordeaux", "33000"), ("Strasbourg", "67000"), ("Aix-en-Provence", "13100"),
             ("Saint-Étienne", "42000"), ("Rennes", "35000")]


def addr_fr(rng):
    city, p = rng.choice(FR_CITIES)
    if p is None:
        pc = f"750{rng.randint(1, 20):02d}"
    elif len(p) < 5:
        pc = p + d(rng, 5 - len(p))
    else:
        pc = p
    num = hn(rng, 1, 180) + rng.choice(["", "", "", " bis", " ter"])
    sep = rng.choice([" ", ", "])
    lines = [f"{num}{sep}{rng.choice(FR_STREETS)}"]
    r = rng.random()
    if r < 0.15:
        lines.insert(0, rng.choice([f"Bât. {rng.choice('ABCD')}, {rng.randint(1, 8)}e étage",
                                    f"Appt {rng.randint(1, 60)}", f"Résidence Les Tilleuls, esc. {rng.randint(1, 4)}"]))
    elif r < 0.25:
        lines[0] += f", appt {rng.randint(1, 60)}"
    elif r < 0.3:
        lines = [f"BP {rng.randint(10, 999)}"]
    cityline = f"{pc} {city.upper() if rng.random() < 0.4 else city}"
    if rng.random() < 0.06:
        cityline += " CEDEX"
    lines.append(cityline)
    if rng.random() < 0.12:
        lines.append("France")
    return lines


BE_CITIES = [("Bruxelles", "1000"), ("Etterbeek", "1040"), ("Gent", "9000"), ("Leuven", "3000"), ("Liège", "4000"),
             ("Namur", "5000"), ("Brugge", "8000"), ("Antwerpen", "2000"), ("Ixelles", "1050")]
BE_STREETS = ["Rue de la Loi", "Kerkstraat", "Chaussée de Wavre", "Veldstraat", "Avenue Louise", "Meir",
              "Rue Saint-Gilles", "Tiensestraat", "Lange Nieuwstraat"]


def addr_be(rng):
    city, pc = rng.choice(BE_CITIES)
    street = f"{rng.choice(BE_STREETS)} {hn(rng, 1, 200)}"
    r = rng.random()
    if r < 0.35:
        street += rng.choice([f" bus {rng.randint(1, 30)}", f" bte {rng.randint(1, 30)}", f"/{rng.randint(1, 12)}",
                              f" boîte {rng.randint(1, 9)}"])
    lines = [street, rng.choice([f"{pc} {city}", f"B-{pc} {city}"])]
    if rng.random() < 0.15:
        lines.append(rng.choice(["Belgique", "België", "Belgium"]))
    return lines


NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
             ("Eindhoven", "56"), ("Groningen", "97"), ("Haarlem", "20"), ("'s-Hertogenbosch", "52"), ("Zwolle", "80")]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Oudegracht", "Laan van Meerdervoort", "Stationsweg", "Dorpsstraat",
              "Herengracht", "Vismarkt", "Kanaalweg", "Wilhelminalaan", "Burgemeester de Raadtsingel"]


def addr_nl(rng):
    city, p = rng.choice(NL_CITIES)
    pc = f"{p}{d(rng, 2)} {up(rng, 2, 'ABCDEGHJKLMNPRTVWXZ')}"
    if rng.random() < 0.2:
        pc = pc.replace(" ", "")
    num = hn(rng, 1, 400) + rng.choice(["", "", "", "-II", " hs", "A", "-3", " bis"])
    if rng.random() < 0.08:
        lines = [f"Postbus {hn(rng, 10, 9999)}"]
    else:
        lines = [f"{rng.choice(NL_STREETS)} {num}"]
    lines.append(rng.choice([f"{pc} {city}", f"{pc}  {city.upper()}"]))
    if rng.random() < 0.12:
        lines.append(rng.choice(["Nederland", "the Netherlands", "NL"]))
    return lines


IT_CITIES = [("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Napoli", "801", "NA"), ("Bologna", "401", "BO"),
             ("Firenze", "501", "FI"), ("Palermo", "901", "PA"), ("Torino", "101", "TO"), ("Verona", "371", "VR"),
             ("Bari", "701", "BA")]
IT_STREETS = ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza della Repubblica",
              "Viale Monte Grappa", "Via Roma", "Vicolo del Pozzo", "Via San Francesco d'Assisi", "Lungarno Corsini",
              "Via Nazionale"]


def addr_it(rng):
    city, p, prov = rng.choice(IT_CITIES)
    cap = p + d(rng, 2)
    num = hn(rng, 1, 220) + rng.choice(["", "", "/A", "/b", " bis"])
    street = rng.choice([f"{rng.choice(IT_STREETS)} {num}", f"{rng.choice(IT_STREETS)}, {num}"])
    if rng.random() < 0.25:
        street += rng.choice([f", int. {rng.randint(1, 20)}", f" scala {rng.choice('ABC')}", f", piano {rng.randint(1, 6)}"])
    lines = [street, rng.choice([f"{cap} {city} {prov}", f"{cap} {city} ({prov})", f"{cap} - {city}"])]
    if rng.random() < 0.08:
        lines = [f"Casella Postale {rng.randint(1, 999)}", lines[1]]
    if rng.random() < 0.12:
        lines.append(rng.choice(["Italia", "Italy"]))
    return lines


ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480"),
             ("Zaragoza", "500"), ("Málaga", "290"), ("Granada", "180"), ("A Coruña", "150")]
ES_STREETS = ["Calle de Alcalá", "C/ Mayor", "Avda. de la Constitución", "Paseo de Gracia", "Calle Sierpes",
              "Plaza del Pilar", "Gran Vía", "Calle San Vicente Mártir", "Rúa do Franco", "Carrer de Sants",
              "Calle Larios", "Camino de Ronda"]


def addr_es(rng):
    city, p = rng.choice(ES_CITIES)
    pc = p + d(rng, 2)
    piso = rng.choice(["", "", f", {rng.randint(1, 9)}º {rng.choice(['izq.', 'dcha.', 'A', 'B', 'C'])}",
                       f", {rng.randint(1, 8)}º{rng.choice('ABCD')}", f", bajo", f", {rng.randint(1, 6)}-{rng.randint(1, 4)}",
                       f", esc. {rng.randint(1, 3)}, {rng.randint(1, 7)}º {rng.randint(1, 4)}ª"])
    lines = [f"{rng.choice(ES_STREETS)}, {hn(rng, 1, 250)}{piso}" if rng.random() < 0.7 else
             f"{rng.choice(ES_STREETS)} {hn(rng, 1, 250)}{piso}"]
    if rng.random() < 0.07:
        lines = [f"Apartado de Correos {rng.randint(1, 2000)}"]
    lines.append(f"{pc} {city}")
    if rng.random() < 0.12:
        lines.append(rng.choice(["España", "Spain"]))
    return lines


PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Coimbra", "3"), ("Braga", "47"), ("Faro", "80"), ("Aveiro", "38")]
PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Largo do Rato",
              "Rua Ferreira Borges", "Avenida dos Aliados", "Rua do Brasil"]


def addr_pt(rng):
    city, p = rng.choice(PT_CITIES)
    pc = (p + d(rng, 4 - len(p))) + "-" + d(rng, 3)
    andar = rng.choice(["", "", f", {rng.randint(1, 8)}.º Esq.", f", {rng.randint(1, 8)}.º Dto.", f" {rng.randint(1, 5)}º D",
                        f", r/c", f", {rng.randint(1, 6)}.º andar"])
    lines = [f"{rng.choice(PT_STREETS)}, {hn(rng, 1, 300)}{andar}", f"{pc} {city}"]
    if rng.random() < 0.12:
        lines.append("Portugal")
    return lines


BR_CITIES = [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "30"),
             ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50"), ("Salvador", "BA", "40"), ("Curitiba", "PR", "80"),
             ("Florianópolis", "SC", "88")]
BR_STREETS = ["Rua das Flores", "Av. Paulista", "Rua XV de Novembro", "Avenida Atlântica", "Rua Augusta",
              "Rua da Consolação", "Av. Sete de Setembro", "Travessa São José", "Rua Padre Chagas"]
BR_BAIRROS = ["Centro", "Bela Vista", "Copacabana", "Moinhos de Vento", "Boa Viagem", "Savassi", "Batel", "Pinheiros"]


def addr_br(rng):
    city, uf, p = rng.choice(BR_CITIES)
    cep = p + d(rng, 5 - len(p)) + "-" + d(rng, 3)
    comp = rng.choice(["", "", f", apto {rng.randint(11, 1804)}", f", ap. {rng.randint(1, 300)}", f", casa {rng.randint(1, 4)}",
                       f", bloco {rng.choice('ABC')}, apto {rng.randint(101, 904)}", f", sala {rng.randint(1, 1200)}"])
    bairro = rng.choice(BR_BAIRROS)
    r = rng.random()
    if r < 0.5:
        lines = [f"{rng.choice(BR_STREETS)}, {hn(rng, 1, 3000)}{comp} - {bairro}", f"{city} - {uf}, {cep}"]
    elif r < 0.8:
        lines = [f"{rng.choice(BR_STREETS)}, {hn(rng, 1, 3000)}{comp}", bairro, f"{city}/{uf}", f"CEP {cep}"]
    else:
        lines = [f"{rng.choice(BR_STREETS)} {hn(rng, 1, 3000)}{comp}", f"{bairro}, {city} {uf} {cep}"]
    if rng.random() < 0.1:
        lines.append("Brasil")
    return lines


MX_CITIES = [("Ciudad de México", "CDMX", ["03", "06", "11"]), ("Guadalajara", "Jal.", ["44"]),
             ("Monterrey", "N.L.", ["64"]), ("Puebla", "Pue.", ["72"]), ("Mérida", "Yuc.", ["97"]), ("Oaxaca de Juárez", "Oax.", ["68"])]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec", "Calle 60", "Av. Revolución",
              "Calle Hidalgo", "Calz. de Tlalpan", "Av. Benito Juárez"]
MX_COLS = ["Col. Del Valle", "Col. Roma Norte", "Col. Americana", "Col. Centro", "Col. Condesa", "Col. San Benito"]


def addr_mx(rng):
    city, st, ps = rng.choice(MX_CITIES)
    cp = rng.choice(ps) + d(rng, 3)
    num = f"{hn(rng, 1, 3000)}" + rng.choice(["", "", f", Int. {rng.randint(1, 20)}", f" Depto. {rng.randint(1, 40)}",
                                              f" int. {rng.randint(1, 9)}{rng.choice('AB')}"])
    col = rng.choice(MX_COLS)
    r = rng.random()
    if r < 0.6:
        lines = [f"{rng.choice(MX_STREETS)} {num}", f"{col}", f"C.P. {cp} {city}, {st}"]
    else:
        lines = [f"{rng.choice(MX_STREETS)} {num}, {col}, {cp} {city}, {st}"]
    if rng.random() < 0.1:
        lines.append("México")
    return lines


AR_CITIES = [("CABA", "C", "1"), ("Córdoba", "X", "5"), ("Rosario", "S", "2"), ("Mendoza", "M", "55"), ("La Plata", "B", "19")]
AR_STREETS = ["Av. Corrientes", "Av. Santa Fe", "Calle Florida", "Bv. Oroño", "Av. Colón", "Calle 7", "Av. San Martín"]


def addr_ar(rng):
    city, L, p = rng.choice(AR_CITIES)
    code4 = p + d(rng, 4 - len(p))
    cp = rng.choice([f"{L}{code4}{up(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}", code4, f"{L}{code4}"])
    num = f"{hn(rng, 100, 5000)}" + rng.choice(["", f", piso {rng.randint(1, 20)}, dto. {rng.choice('ABCDEF')}",
                                                f" {rng.randint(1, 12)}º {rng.choice('ABCD')}", f", PB"])
    lines = [f"{rng.choice(AR_STREETS)} {num}", f"{cp} {city}" + (", Buenos Aires" if city == "La Plata" else "")]
    if rng.random() < 0.12:
        lines.append("Argentina")
    return lines


PL_CITIES = [("Warszawa", ["00", "01", "02"]), ("Kraków", ["30", "31"]), ("Gdańsk", ["80"]), ("Wrocław", ["50", "51"]),
             ("Poznań", ["60", "61"]), ("Łódź", ["90", "91"]), ("Lublin", ["20"])]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Floriańska",
              "os. Tysiąclecia", "pl. Grunwaldzki", "ul. Świętego Marcina", "ul. Kościuszki", "ul. Mickiewicza"]


def addr_pl(rng):
    city, ps = rng.choice(PL_CITIES)
    pc = rng.choice(ps) + "-" + d(rng, 3)
    num = hn(rng, 1, 200) + rng.choice(["", "", f"/{rng.randint(1, 120)}", f" m. {rng.randint(1, 90)}", f"{rng.choice('ABC')}/{rng.randint(1, 40)}", f" lok. {rng.randint(1, 30)}"])
    st = rng.choice(PL_STREETS)
    if rng.random() < 0.2:
        st = st.split(" ", 1)[1]
    lines = [f"{st} {num}", f"{pc} {city}"]
    if rng.random() < 0.12:
        lines.append(rng.choice(["Polska", "Poland"]))
    return lines


CZ_CITIES = [("Praha", "1", lambda rng: f"1{rng.randint(0, 9)}{rng.choice('0')} 00"), ("Brno", "", lambda rng: f"6{rng.randint(0, 4)}{rng.randint(0, 9)} 00"),
             ("Ostrava", "", lambda rng: f"70{rng.randint(0, 9)} 00"), ("Plzeň", "", lambda rng: f"30{rng.randint(1, 9)} 00"),
             ("Olomouc", "", lambda rng: f"779 00")]
CZ_STREETS = ["Vinohradská", "Národní", "Masarykova", "Husova", "Palackého", "Na Příkopě", "Komenského", "Údolní"]


def addr_cz(rng):
    city, _, pcf = rng.choice(CZ_CITIES)
    pc = pcf(rng)
    if city == "Praha":
        city = f"Praha {rng.randint(1, 10)}"
    num = f"{hn(rng, 100, 3000)}/{hn(rng, 1, 120)}" if rng.random() < 0.6 else hn(rng, 1, 200)
    lines = [f"{rng.choice(CZ_STREETS)} {num}", f"{pc} {city}"]
    if rng.random() < 0.15:
        lines.append(rng.choice(["Česká republika", "Czech Republic", "Czechia"]))
    return lines


SE_CITIES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Umeå", "90"), ("Lund", "22")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Linnégatan", "Skolvägen", "Björkvägen", "Järntorget"]


def addr_se(rng):
    city, p = rng.choice(SE_CITIES)
    pc = f"{p}{rng.randint(1, 9)} {d(rng, 2)}"
    street = f"{rng.choice(SE_STREETS)} {hn(rng, 1, 120)}{rng.choice(['', '', 'A', 'B'])}"
    if rng.random() < 0.35:
        street += f", lgh {rng.randint(10, 16)}{rng.randint(0, 1)}{rng.randint(1, 9)}"
    lines = [street, f"{pc} {city.upper() if rng.random() < 0.3 else city}"]
    if rng.random() < 0.1:
        lines.insert(0, f"Box {rng.randint(1, 9999)}")
        lines.pop(1)
    if rng.random() < 0.12:
        lines.append(rng.choice(["Sverige", "Sweden"]))
    return lines


NO_CITIES = [("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Tromsø", "90"), ("Stavanger", "40")]
NO_STREETS = ["Storgata", "Karl Johans gate", "Bryggen", "Thorvald Meyers gate", "Kongens gate", "Markveien", "Strandgaten"]


def addr_no(rng):
    city, p = rng.choice(NO_CITIES)
    pc = p + d(rng, 4 - len(p))
    street = f"{rng.choice(NO_STREETS)} {hn(rng, 1, 90)}{rng.choice(['', '', 'B'])}"
    if rng.random() < 0.3:
        street += f", H{rng.randint(1, 4)}0{rng.randint(1, 9)}"
    lines = [street, f"{pc} {city.upper() if rng.random() < 0.4 else city}"]
    if rng.random() < 0.12:
        lines.append(rng.choice(["Norge", "Norway"]))
    return lines


DK_CITIES = [("København N", "2200"), ("København K", "1120"), ("Aarhus C", "8000"), ("Odense C", "5000"),
             ("Aalborg", "9000"), ("Frederiksberg C", "1850")]
DK_STREETS = ["Nørrebrogade", "Vesterbrogade", "Strøget", "Jægersborggade", "Søndergade", "Åboulevarden", "Istedgade"]


def addr_dk(rng):
    city, pc = rng.choice(DK_CITIES)
    street = f"{rng.choice(DK_STREETS)} {hn(rng, 1, 200)}" + rng.choice(["", f", {rng.randint(1, 5)}. th.", f", {rng.randint(1, 5)}. tv.",
                                                                           f", st.", f" {rng.randint(1, 4)}. mf."])
    lines = [street, f"{pc} {city}"]
    if rng.random() < 0.12:
        lines.append(rng.choice(["Danmark", "Denmark"]))
    return lines


FI_CITIES = [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Jyväskylä", "40"), ("Espoo", "02")]
FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Koivukuja", "Rantatie", "Puistokatu"]


def addr_fi(rng):
    city, p = rng.choice(FI_CITIES)
    pc = p + d(rng, 1) + rng.choice(["00", "10", "20", "50"])
    street = f"{rng.choice(FI_STREETS)} {hn(rng, 1, 90)}" + rng.choice(["", f" {rng.choice('ABC')} {rng.randint(1, 60)}", f" as. {rng.randint(1, 40)}"])
    lines = [street, f"{pc} {city.upper() if rng.random() < 0.4 else city}"]
    if rng.random() < 0.12:
        lines.append(rng.choice(["Suomi", "Finland"]))
    return lines


JP_PLACES = [("Jingumae", "Shibuya-ku", "Tokyo", "150"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160"),
             ("Umeda", "Kita-ku", "Osaka", "530"), ("Shimogyo-ku", "", "Kyoto", "600"),
             ("Kita 3-jo Nishi", "Chuo-ku", "Sapporo, Hokkaido", "060"), ("Tenjin", "Chuo-ku", "Fukuoka", "810"),
             ("Sakae", "Naka-ku", "Nagoya, Aichi", "460")]
JP_BLDG = ["Sunny Heights", "Maison Aoyama", "Grand Palace Tenjin", "Kawai Bldg.", "Park Court", "Lions Mansion"]


def addr_jp(rng):
    area, ward, city, p = rng.choice(JP_PLACES)
    pc = f"{p}-{d(rng, 4)}"
    block = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    room = rng.choice(["", "", f"{rng.choice(JP_BLDG)} {rng.randint(1, 12)}0{rng.randint(1, 9)}", f"Room {rng.randint(101, 1205)}"])
    parts = [p_ for p_ in (area, ward) if p_]
    r = rng.random()
    if r < 0.5:
        lines = ([room] if room else []) + [f"{block} {parts[0]}", ", ".join(parts[1:] + [f"{city} {pc}"])]
    elif r < 0.75:
        lines = [f"〒{pc}", f"{city}, {', '.join(reversed(parts))} {block}" + (f" {room}" if room else "")]
    else:
        lines = [f"{block} {', '.join(parts)}, {city} {pc}"]
    lines = [l_.replace(", , ", ", ").strip(", ") for l_ in lines]
    if rng.random() < 0.2:
        lines.append("Japan")
    return lines


IN_CITIES = [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"),
             ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"),
             ("New Delhi", "Delhi", "110"), ("Kochi", "Kerala", "682")]
IN_LOCAL = ["Indiranagar", "Koramangala 5th Block", "Bandra West", "Kothrud", "Adyar", "Banjara Hills", "Salt Lake Sector V",
            "Vasant Kunj", "Panampilly Nagar"]
IN_BLDG = ["Sai Krupa Apartments", "Prestige Lakeside Habitat", "Sea Breeze CHS", "Green Park Residency", "Shanti Niketan"]


def addr_in(rng):
    city, state, p = rng.choice(IN_CITIES)
    pin = p + d(rng, 3)
    if rng.random() < 0.5:
        pin = rng.choice([pin, f"{pin[:3]} {pin[3:]}"])
    r = rng.random()
    if r < 0.5:
        lines = [f"Flat {rng.randint(1, 20)}0{rng.randint(1, 9)}, {rng.choice(IN_BLDG)}",
                 f"{rng.randint(1, 30)}th Cross, {rng.choice(IN_LOCAL)}" if rng.random() < 0.5 else f"Plot No. {rng.randint(1, 400)}, {rng.choice(IN_LOCAL)}",
                 f"{city}, {state} {pin}" if rng.random() < 0.5 else f"{city} - {pin}, {state}"]
    else:
        lines = [f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 300)}/{rng.randint(1, 9)}, {rng.choice(['MG Road', 'Near Hanuman Temple', 'Opp. City Mall'])}",
                 rng.choice(IN_LOCAL), f"{city} {pin}"]
    if rng.random() < 0.15:
        lines.append("India")
    return lines


ZA_PLACES = [("Gardens", "Cape Town", "8001"), ("Sandton", "Johannesburg", "2196"), ("Berea", "Durban", "4001"),
             ("Hatfield", "Pretoria", "0083"), ("Observatory", "Cape Town", "7925"), ("Summerstrand", "Gqeberha", "6001")]
ZA_STREETS = ["Kloof Street", "Rivonia Road", "Florida Road", "Jan Smuts Avenue", "Long Street", "Main Road", "Vilakazi Street"]


def addr_za(rng):
    sub, city, pc = rng.choice(ZA_PLACES)
    if rng.random() < 0.12:
        return [f"PO Box {rng.randint(1, 9999)}", sub, f"{city}, {pc}"]
    street = f"{hn(rng, 1, 300)} {rng.choice(ZA_STREETS)}"
    if rng.random() < 0.3:
        street = f"Unit {rng.randint(1, 40)}, {rng.choice(['The Palms', 'Oakridge Estate', 'Harbour Heights'])}, {street}"
    lines = [street, sub, f"{city}, {pc}" if rng.random() < 0.5 else f"{city} {pc}"]
    if rng.random() < 0.12:
        lines.append("South Africa")
    return lines


ADDR = {"US": addr_us, "GB": addr_gb, "IE": addr_ie, "CA": addr_ca, "AU": addr_au, "NZ": addr_nz, "DE": addr_de,
        "AT": addr_at, "CH": addr_ch, "FR": addr_fr, "BE": addr_be, "NL": addr_nl, "IT": addr_it, "ES": addr_es,
        "PT": addr_pt, "BR": addr_br, "MX": addr_mx, "AR": addr_ar, "PL": addr_pl, "CZ": addr_cz, "SE": addr_se,
        "NO": addr_no, "DK": addr_dk, "FI": addr_fi, "JP": addr_jp, "IN": addr_in, "ZA": addr_za}
CITIES_ALONE = {
    "US": ["Denver", "Portland", "Austin", "Chicago", "Boston", "Nashville", "Seattle", "San Diego"],
    "GB": ["Manchester", "Leeds", "Glasgow", "Bristol", "Cardiff", "London", "Edinburgh"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"], "CA": ["Toronto", "Montréal", "Calgary", "Vancouver"],
    "AU": ["Melbourne", "Brisbane", "Perth", "Hobart", "Sydney"], "NZ": ["Auckland", "Wellington", "Christchurch"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Stuttgart", "Nürnberg"], "AT": ["Wien", "Graz", "Salzburg"],
    "CH": ["Zürich", "Basel", "Genf", "Bern"], "FR": ["Lyon", "Marseille", "Bordeaux", "Nantes", "Lille", "Paris"],
    "BE": ["Bruxelles", "Liège", "Gand", "Anvers"], "NL": ["Amsterdam", "Utrecht", "Rotterdam", "Groningen", "Eindhoven"],
    "IT": ["Milano", "Torino", "Napoli", "Bologna", "Firenze"], "ES": ["Madrid", "Sevilla", "Bilbao", "Valencia", "Zaragoza"],
    "PT": ["Lisboa", "Porto", "Coimbra", "Braga"], "BR": ["São Paulo", "Recife", "Curitiba", "Belo Horizonte"],
    "MX": ["Guadalajara", "Monterrey", "Puebla"], "AR": ["Córdoba", "Rosario", "Mendoza"],
    "PL": ["Kraków", "Gdańsk", "Wrocław", "Poznań", "Warszawa"], "CZ": ["Praha", "Brno"], "SE": ["Göteborg", "Malmö", "Uppsala"],
    "NO": ["Oslo", "Bergen"], "DK": ["Aarhus", "Odense", "København"], "FI": ["Tampere", "Turku"],
    "JP": ["Osaka", "Kyoto", "Sapporo"], "IN": ["Pune", "Chennai", "Hyderabad"], "ZA": ["Durban", "Cape Town"],
}
COUNTRY_NAMES = {"en": ["Germany", "Portugal", "Canada", "Japan", "Ireland", "Mexico", "Norway", "Scotland"],
                 "de": ["Österreich", "Italien", "Frankreich", "Spanien", "Bayern", "Tirol", "Liechtenstein"],
                 "fr": ["Belgique", "Espagne", "Bretagne", "Italie", "Provence", "Allemagne"],
                 "es": ["Francia", "Andalucía", "Galicia", "Chile", "Portugal", "Asturias"],
                 "it": ["Toscana", "Sicilia", "Francia", "Germania", "Puglia", "Sardegna"],
                 "nl": ["Frankrijk", "België", "Duitsland", "Zeeland", "Friesland"],
                 "pt": ["Espanha", "Algarve", "Minas Gerais", "Bahia", "Alentejo", "Madeira"],
                 "pl": ["Niemcy", "Mazury", "Czechy", "Pomorze", "Podhale"],
                 "sv": ["Norge", "Gotland", "Danmark", "Lappland", "Skåne", "Åland"]}
LANG_COUNTRIES = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH", "CA"], "es": ["ES", "ES", "MX", "AR"],
                  "it": ["IT", "IT", "CH"], "nl": ["NL", "NL", "BE"], "pt": ["PT", "BR", "BR"], "pl": ["PL"],
                  "sv": ["SE", "SE", "FI", "NO", "DK"],
                  "en": ["US", "US", "US", "GB", "GB", "GB", "IE", "CA", "AU", "NZ", "IN", "ZA", "JP", "DE", "FR",
                         "NL", "ES", "IT", "CZ", "PL", "SE", "NO", "DK", "FI", "BR", "MX", "AR", "PT", "AT", "CH", "BE"]}


def address_text(rng: random.Random, country: str, mode: str) -> str:
    lines = ADDR[country](rng)
    if mode == "multi":
        return "\n".join(lines)
    if mode == "one":
        return ", ".join(lines)
    if mode == "sloppy":  # missing commas, doubled spaces
        return rng.choice([" ", "  ", ", "]).join(l_.replace(", ", " ") for l_ in lines)
    return rng.choice(["\n", ", "]).join(lines)


# ----------------------------------------------------------------------------------------------
# IBAN, cards, SSN, IP
# ----------------------------------------------------------------------------------------------
IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "BE": "n12",
             "AT": "n16", "CH": "n17", "PL": "n24", "PT": "n21", "SE": "n20", "IE": "a4n14", "DK": "n14",
             "NO": "n11", "FI": "n14", "CZ": "n20"}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ", "SNSB"],
         "IE": ["AIBK", "BOFI", "IPBS"]}


def iban(rng: random.Random, cc: str) -> str:
    spec = IBAN_SPEC[cc]
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", spec):
        if kind == "a":
            bban += rng.choice(BANKS[cc]) if cc in BANKS and int(n) == 4 else up(rng, int(n))
        else:
            bban += d(rng, int(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check_ = 98 - int(num) % 97
    s = f"{cc}{check_:02d}{bban}"
    num2 = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    assert int(num2) % 97 == 1
    if rng.random() < 0.6:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + d(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        n = luhn_complete("4", 16, rng)
    elif brand == "mc":
        n = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif brand == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif brand == "disc":
        n = luhn_complete("6011", 16, rng)
    else:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ip(rng: random.Random, v6: bool = False) -> str:
    if v6:
        groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8)]
        s = "2001:db8:" + ":".join(groups[2:]) if rng.random() < 0.3 else "2a02:" + ":".join(groups[1:])
        if rng.random() < 0.4:
            parts = s.split(":")
            s = ":".join(parts[:3]) + "::" + parts[-1]
        return s
    first = rng.choice([rng.randint(1, 223), 10, 172, 192, 81, 203, 86, 145])
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 127:
        first = 128
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ----------------------------------------------------------------------------------------------
# Non-PII filler (brands, products, jobs, dates)
# ----------------------------------------------------------------------------------------------
BRANDS = ["Lumen & Oak", "Kestrel Outdoor", "Brightwater Labs", "Fennick & Co", "Norvale", "Halcyon Threads",
          "Tidepool Coffee", "Copperleaf Home", "Velomar", "Quillstone", "Marlow Grey", "Saltmarsh Studio",
          "Bramble Kitchen", "Hearth & Loom", "Pinecrest Audio", "Nimbus Fit", "Otterly Pets", "Glint Optics",
          "Waldkauz Naturkosmetik", "Maison Clairval", "Casa Azulejo", "Grani d'Oro", "Fietsfabriek Noord",
          "Leśna Polana", "Fjällvind", "Harper & Vale", "Rowan Supply Co."]
PRODUCTS = ["CloudStep Runner 3", "Rose Gold Edition watch", "Sky Blue linen shirt", "Hope tote", "Grant lounge chair",
            "April Blossom candle", "Willow throw", "Mark II espresso grinder", "Aurora desk lamp", "Summit 40L pack",
            "Ivy trailing planter", "Victoria sponge mix", "Harbour raincoat", "Juniper gin gift box", "Sterling cutlery set",
            "Hunter wellies", "Nova Pro earbuds", "Baker's Dozen bread tin", "Maverick duffel", "Autumn Ember throw"]
JOBS = {"en": ["Head of Growth", "Senior Buyer", "Customer Success Manager", "Store Manager", "Operations Lead",
               "Paralegal", "Registered Nurse", "Marketing Director", "Logistics Coordinator", "Data Analyst"],
        "de": ["Leiterin Kundenservice", "Geschäftsführer", "Einkäuferin", "Vertriebsleiter", "Projektmanagerin", "Filialleiter"],
        "fr": ["Directrice commerciale", "Responsable logistique", "Chargé de clientèle", "Chef de projet"],
        "es": ["Jefa de Marketing", "Director Comercial", "Responsable de Atención al Cliente", "Gerente de Tienda"],
        "it": ["Responsabile Acquisti", "Direttore Vendite", "Addetta Clienti", "Project Manager"],
        "nl": ["Teamleider Klantenservice", "Inkoper", "Accountmanager", "Bedrijfsleider"],
        "pt": ["Gerente de Vendas", "Coordenadora de Logística", "Diretor Comercial", "Analista de Compras"],
        "pl": ["Kierownik Projektu", "Specjalistka ds. Sprzedaży", "Dyrektor Handlowy", "Koordynator Logistyki"],
        "sv": ["Försäljningschef", "Kundtjänstansvarig", "Inköpare", "Projektledare"]}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
            "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
            "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
            "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
            "pl": ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"],
            "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
          "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
          "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]}


# ----------------------------------------------------------------------------------------------
# Template rendering
# ----------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{([A-Z_0-9]+)\}")


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    country: str
    persons: dict[int, Person] = field(default_factory=dict)

    def person(self, i: int) -> Person:
        if i not in self.persons:
            culture = self.lang if self.lang in FIRST and self.rng.random() < 0.8 else "en"
            self.persons[i] = make_person(self.rng, culture)
        return self.persons[i]

    def other_country(self) -> str:
        return self.rng.choice(LANG_COUNTRIES["en"])


def fill(doc: Doc, ctx: Ctx, template: str) -> None:
    pos = 0
    for m in SLOT.finditer(template):
        doc.t(template[pos:m.start()])
        slot(doc, ctx, m.group(1))
        pos = m.end()
    doc.t(template[pos:])


def slot(doc: Doc, ctx: Ctx, name: str) -> None:
    rng = ctx.rng
    idx = int(name[-1]) if name[-1].isdigit() else 1
    base = name.rstrip("0123456789")
    if base == "NAME":
        doc.e("PERSON", ctx.person(idx).styled(rng))
    elif base == "INAME":  # may be "Last, First" (lists, CRM)
        doc.e("PERSON", ctx.person(idx).styled(rng, allow_inverted=True))
    elif base == "FIRST":
        doc.e("PERSON", ctx.person(idx).first)
    elif base == "LAST":
        doc.e("PERSON", ctx.person(idx).last)
    elif base == "TNAME":
        p = ctx.person(idx)
        titles = TITLES.get(ctx.lang, TITLES["en"])
        doc.t(rng.choice(titles))
        doc.e("PERSON", p.last if rng.random() < 0.4 else f"{p.first} {p.last}")
    elif base == "EMAIL":
        doc.e("EMAIL_ADDRESS", make_email(rng, ctx.person(idx), ctx.lang))
    elif base == "GEMAIL":
        doc.e("EMAIL_ADDRESS", make_email(rng, None, ctx.lang))
    elif base in ("PHONE", "MOBILE", "FIXED"):
        kind = {"PHONE": None, "MOBILE": "mobile", "FIXED": "fixed"}[base]
        region = ctx.country if idx == 1 else ctx.other_country()
        doc.e("PHONE_NUMBER", phone(rng, region, kind))
    elif base in ("ADDR", "ADDRM", "ADDRO", "ADDRS"):
        mode = {"ADDR": "any", "ADDRM": "multi", "ADDRO": "one", "ADDRS": "sloppy"}[base]
        country = ctx.country if idx == 1 else ctx.other_country()
        doc.e("STREET_ADDRESS", address_text(rng, country, mode))
    elif base == "CITY":
        country = ctx.country if idx == 1 else ctx.other_country()
        doc.e("LOCATION", rng.choice(CITIES_ALONE[country]))
    elif base == "COUNTRY":
        doc.e("LOCATION", rng.choice(COUNTRY_NAMES.get(ctx.lang, COUNTRY_NAMES["en"])))
    elif base == "IBAN":
        cc = ctx.country if ctx.country in IBAN_SPEC else rng.choice(list(IBAN_SPEC))
        doc.e("IBAN_CODE", iban(rng, cc))
    elif base == "CARD":
        doc.e("CREDIT_CARD", card(rng))
    elif base == "SSN":
        doc.e("US_SSN", ssn(rng))
    elif base == "IP":
        doc.e("IP_ADDRESS", ip(rng))
    elif base == "IPSIX":
        doc.e("IP_ADDRESS", ip(rng, v6=True))
    # ---- not PII
    elif base == "BRAND":
        doc.t(rng.choice(BRANDS))
    elif base == "PRODUCT":
        doc.t(rng.choice(PRODUCTS))
    elif base == "JOB":
        doc.t(rng.choice(JOBS.get(ctx.lang, JOBS["en"])))
    elif base == "WD":
        doc.t(rng.choice(WEEKDAYS[ctx.lang]))
    elif base == "MON":
        doc.t(rng.choice(MONTHS[ctx.lang]))
    elif base == "N":
        doc.t(str(rng.randint(2, 28)))
    elif base == "ORD":
        doc.t(rng.choice(["#", "", "ORD-", "SO", "A-"]) + d(rng, rng.choice([5, 6, 7, 8])))
    elif base == "SKU":
        doc.t(f"{up(rng, 3)}-{d(rng, 4)}-{up(rng, 2)}")
    elif base == "PRICE":
        doc.t(f"{rng.randint(5, 400)}.{rng.choice(['00', '99', '50', '95'])}")
    elif base == "TIME":
        doc.t(f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}")
    elif base == "DATE":
        doc.t(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/202{rng.randint(4, 6)}")
    elif base == "PCT":
        doc.t(str(rng.choice([10, 15, 20, 25, 30, 40, 50])))
    elif base == "DIG":
        doc.t(str(rng.randint(0, 9)))
    elif base == "YEAR":
        doc.t(str(rng.randint(2009, 2025)))
    elif base == "TICKET":
        doc.t(f"{up(rng, 2)}-{d(rng, 5)}")
    else:
        raise KeyError(name)


# ----------------------------------------------------------------------------------------------
# English templates per style. {NAME}=full name, {TNAME}=title+name, {FIRST}, {LAST}, {EMAIL},
# {PHONE}/{MOBILE}/{FIXED}, {ADDR}/{ADDRM}/{ADDRO}/{ADDRS}, {CITY}, {IBAN}, {CARD}, {SSN}, {IP};
# a digit suffix 2 picks a second person / another country.
# ----------------------------------------------------------------------------------------------
EN = {
    "email_signature": [
        "Hi team,\n\nPlease find the revised quote attached. Will confirm the delivery slot by {WD}.\n\nBest regards,\n{NAME}\n{JOB} | {BRAND}\n{ADDRM}\nT: {FIXED} | M: {MOBILE}\n{EMAIL}",
        "Thanks so much!\n{FIRST}\n\n--\n{NAME}, {JOB}\n{BRAND} · {ADDRO}\nDirect: {PHONE}\n",
        "Kind regards\n\n{TNAME}\n{JOB}, {BRAND}\ntel: {PHONE}\nemail: {EMAIL}\n\nThis email and any attachments are confidential. If you are not the intended recipient, please delete it.",
        "Cheers,\n{FIRST}\n\nSent from my iPhone",
        "Warm wishes,\n{NAME} (she/her)\n{JOB}\nMobile {MOBILE}\nOffice hours Mon–Thu. Our {CITY} studio is closed on Fridays.",
        "Mark the invoice as paid please, April's batch is done.\n\nRegards,\n{NAME}\nAccounts, {BRAND}\nPh: {PHONE}\n{GEMAIL}",
    ],
    "crm_note": [
        "Called {NAME} on {WD} re renewal. Prefers email ({EMAIL}). Moved to {ADDRO}. Will follow up in {MON}.",
        "Account owner: {INAME}\nLast contact: {DATE}\nNotes: wants the Grant chair in Sky Blue, asked if we ship to {CITY2}. Spoke to her assistant {FIRST2} on {PHONE}.",
        "{TNAME} rang about order {ORD} — parcel left at wrong door. Correct delivery addr: {ADDRS}. Mark as priority.",
        "Lead: {NAME} | {JOB} @ {BRAND} | {EMAIL} | {PHONE} | source: webinar ({MON})",
        "Customer {FIRST}'s card {CARD} declined twice; asked to pay by bank transfer instead, IBAN on file {IBAN}.",
        "HR onboarding: {NAME}, SSN {SSN}, start date {DATE}, home address {ADDRO}. Emergency contact {NAME2} {PHONE}.",
        "Identity check for {NAME}: asked for last 4 of SSN only, but caller read out the full number {SSN}. Please redact. Policy no. PL-{N}0{N}-77 (not sensitive).",
        "Chargeback on card {CARD} ({NAME}). Tracking 1Z{N}9A{N}0{N}4 shows delivered to {ADDRO} on {WD}.",
        "Hope {FIRST} got the replacement. Will check Monday. Rose Gold variant still backordered until {MON}.",
    ],
    "support_chat": [
        "customer: hi my name is {NAME} and my parcel never came?? adress is {ADDRS}\nagent: Sorry to hear that! Can you confirm a phone number?\ncustomer: {PHONE}",
        "user: hey, i ordered the {PRODUCT} on {WD} but got the wrong colour. can u send it to my work adress instead: {ADDRO}\nbot: Sure, I can update that.",
        "customer: pls cancel my sub, the email on the acount is {EMAIL}\nagent: Done — you'll get a confirmation shortly.\ncustomer: thx. also my wife {FIRST2} has an account, same adress",
        "visitor: cant log in, it says blocked from ip {IP}?? im in {CITY} on holiday\nagent: Let me check the security log.",
        "me: hi, {FIRST} here, will the delivery to {ADDRS} be before {TIME}?\nsupport: Your courier window is {TIME}–{TIME}.",
        "customer: the tax form wants my ssn, is {SSN} ok to type here?? order {ORD}\nagent: Please don't share it in chat, I'll send a secure link to {EMAIL}.",
        "customer: charged twice on my card {CARD}!! refund pls. order {ORD}, version 4.12.0 of the app\nagent: Sorry {FIRST}, I've raised it.",
        "agent: Can I take the long card number to verify?\ncustomer: its {CARD} exp 09/27\nagent: Thanks, please never share the CVV here.",
    ],
    "shipping": [
        "RETURN LABEL — order {ORD}\n\nFrom:\n{NAME}\n{ADDRM}\n\nTo:\n{BRAND} Returns Centre\n{ADDRM2}\n\nPlease drop the parcel at any post office before {DATE}.",
        "Your order {ORD} is on its way! Delivering to {NAME}, {ADDRO}. Questions? Call {FIXED2}.",
        "Delivery attempted {WD} {TIME}: nobody home at {ADDRO}. Parcel is held at the depot in {CITY}. Contact recipient {NAME} on {MOBILE}.",
        "Ship to: {NAME}\nc/o {NAME2}\n{ADDRM}\nPhone: {PHONE}\nInstructions: leave with neighbour at no. {N} if out.",
        "Exchange request: {FIRST} wants size M instead of L. Send new item to {ADDRS} and email the label to {EMAIL}.",
    ],
    "invoice": [
        "INVOICE {ORD}\nDate: {DATE}\n\nBill to:\n{NAME}\n{ADDRM}\n\n1 × {PRODUCT}  {PRICE}\nShipping  4.95\n\nPlease pay within 14 days to IBAN {IBAN} (ref. {ORD}).\n{BRAND} · VAT GB{N}4 5678 90",
        "Receipt — {BRAND}\nCustomer: {INAME}\nPaid with Visa ending 4{N}1 on {DATE}\nTotal: {PRICE}\nQuestions: {GEMAIL}",
        "Pro-forma invoice\nSupplier: {BRAND}, {ADDRO2}\nBuyer: {NAME}, {ADDRO}\nAccount holder {NAME} — IBAN: {IBAN}\nPayment terms: net 30",
        "W-9 details received from contractor {NAME}: TIN/SSN {SSN}, mailing address {ADDRM}. Pay by ACH, invoice {ORD}.",
        "Payment details\nCardholder: {NAME}\nCard number: {CARD}\nExpiry: 0{DIG}/2{DIG}\nBilling: {ADDRO}",
        "Card payment captured: {CARD}, holder {NAME}, billing address {ADDRO}. Amount {PRICE} EUR.",
    ],
    "marketing_brief": [
        "Write a birthday email to {NAME} ({EMAIL}) offering 20% off the {PRODUCT}. She lives in {CITY} so mention our {CITY} pop-up on {WD}.",
        "Draft a friendly win-back SMS for {FIRST} — last order was the {PRODUCT} in {MON}. Keep it under 160 chars. Send to {MOBILE}.",
        "Create three subject lines for the {BRAND} spring campaign 'Bloom Again'. Audience: loyalty members in {CITY} and {CITY2}. No names please.",
        "Personalise this for {TNAME} at {BRAND}: thank them for hosting the {MON} workshop, and offer a sample of the Hope tote. Their office: {ADDRO}.",
        "Rewrite the product page for the {PRODUCT}. Tone: playful, like {BRAND}. Mention free returns and that it ships from {CITY}.",
        "Write a thank-you note from our founder {NAME} to {NAME2}, who reviewed the Mark II grinder. Sign off with the founder's direct line {PHONE}.",
    ],
    "cv": [
        "{NAME}\n{ADDRO} · {PHONE} · {EMAIL}\n\nPROFILE\n{JOB} with 8 years in retail operations.\n\nEXPERIENCE\n{JOB}, {BRAND}, {CITY} ({YEAR}–present)\n{JOB}, {BRAND}, {CITY2} ({YEAR}–{YEAR})\n\nREFERENCES\n{TNAME2}, {EMAIL2}",
        "Curriculum Vitae — {NAME}\nAddress: {ADDRM}\nMobile: {MOBILE}\nLinkedIn: linkedin.com/in/{N}x{N}\nSkills: Excel, Salesforce, Mandarin (fluent), Spanish (B2)",
        "CANDIDATE SUMMARY\nName: {NAME}\nEmail: {EMAIL}\nCurrently based in {CITY}; open to relocating to {CITY2}.\nNotice period: 1 month. Salary expectation discussed with {FIRST2} (recruiter).",
    ],
    "survey": [
        "Q: What could we do better?\nA: honestly the delivery to {CITY} took ages. my neighbour {FIRST} had the same problem with her Willow throw",
        "Any other comments?\n> Loved the Summer Sale but the app keeps crashing. You can reach me at {EMAIL} if you want details. - {FIRST}",
        "How did you hear about us? A friend ({NAME}) recommended {BRAND} at a market in {CITY}.",
        "Comments: Staff at the {CITY} branch were great, esp. {FIRST}! Will definitely come back in {MON}.",
        "Feedback: The courier left the box outside {ADDRO} in the rain. Not happy. Phone me: {PHONE}",
    ],
    "whatsapp": [
        "[{DATE}, {TIME}] {FIRST}: running late 🙈 meet at {ADDRO}?\n[{DATE}, {TIME}] {FIRST2}: ok! ring me on {MOBILE} when ur outside",
        "{FIRST}: Mum says the spare key is with {NAME3} at no. {N}\n{FIRST2}: 👍 whats her number\n{FIRST}: {MOBILE2}",
        "[{TIME}] {FIRST}: can u send me ur address for the wedding invite\n[{TIME}] {FIRST2}: {ADDRS} 💌",
        "{FIRST}: grant came through!!! 🎉 drinks in {CITY} friday?\n{FIRST2}: yesss. will bring {FIRST3}",
    ],
    "caps_label": [
        "SHIP TO: {NAME}\n{ADDRM}\nTEL {PHONE}\nFRAGILE - HANDLE WITH CARE\nREF {ORD}",
        "DELIVER TO\n{NAME}\n{ADDRM}\nIF UNDELIVERABLE RETURN TO {BRAND}, {ADDRO2}",
        "URGENT - PATIENT: {NAME} - DOB 04/{N}/1961 - CONTACT {PHONE} - WARD 7",
        "CARD {CARD} / AUTH 0{N}1 / APPROVED / CARDHOLDER {NAME}",
        "EMPLOYEE: {NAME} / SSN {SSN} / DEPT 4{N} / BADGE B-{N}{N}",
        "ATTN: {TNAME} / {BRAND} / ORDER {ORD} / 2 OF 3 BOXES / KEEP DRY",
    ],
    "it_log": [
        "2025-03-1{DIG}T10:41:0{DIG}Z WARN login failed user={EMAIL} src={IP} attempts=5",
        "Ticket {TICKET}: VPN drops for {NAME} since update v10.4.2. Client IP {IP}, gateway {IP2}. Laptop asset tag LT-{N}{N}.",
        "Firewall alert: {IPSIX} hit /admin 40 times. Owner of the session: {FIRST} ({EMAIL}).",
    ],
}
EN_CASE = {"support_chat": "lower", "whatsapp": None, "caps_label": "upper"}

NOPII_EN = [
    "{BRAND} Rewards: earn {N} points per £1 on the Hunter wellies and Harbour raincoat. Points expire after 12 months. Terms apply.",
    "Flash Sale: {PCT}% off the {PRODUCT} today only. Use code SPRING{N} at checkout. Excludes Gift Cards.",
    "Meet the Makers: this {MON}, {BRAND} opens its workshop doors every {WD}. Book a slot on our website.",
    "Card ending 4{N}2 will be charged on the 1st of each month. Manage your plan in Account > Billing.",
    "Track order #{N}{N}{N}{N}: Out for delivery. Expected between {TIME} and {TIME}. Tracking 1Z{N}{N}A{N}{N}0{N}.",
    "ISBN 978-1-{N}{N}-55{N}-0 · Paperback · 320 pages · Published by Brightwater Labs Press in {MON} {YEAR}.",
    "App update v{DIG}.{N}.{DIG}: new Dark Mode, faster Checkout and a redesigned Wishlist. Thanks for the feedback!",
    "Customer Service is open Monday to Friday, 8am–8pm, and Saturday 9am–5pm. Closed on Bank Holidays.",
    "The {PRODUCT} is back in stock in Sage, Sand and Slate. Ships within {N} working days.",
    "Autumn/Winter {YEAR}: Chase the light with the Ember Collection — knitwear, boots and the Maverick duffel.",
    "Gift Cards from £10 to £500. Delivered by email in minutes. No expiry date.",
    "Our Sustainability Report {YEAR}: {PCT}% recycled packaging, carbon-neutral shipping via Kestrel Outdoor Logistics.",
    "Join Team {BRAND}: we're hiring a Senior Buyer, a Store Manager and two Customer Success Managers. Apply by {MON} {N}.",
    "WEEKEND ONLY: BUY ONE GET ONE HALF PRICE ON ALL CANDLES. APRIL BLOSSOM, WILLOW AND EMBER INCLUDED.",
    "Wellness Week at {BRAND}: yoga mats, the Nova Pro earbuds and Ivy planters from £{N}. Offer ends {WD}.",
    "Introducing the {PRODUCT} from {BRAND}: lighter, warmer and made to last. Available in Rose, Sky Blue and Forest. Free delivery over £50 until Sunday.",
    "Spring Edit is here. Shop Hope, Grant and Willow — our new homeware capsule by {BRAND}, designed in collaboration with Saltmarsh Studio.",
    "{BRAND} x {BRAND}: the Summit Collection drops Friday at 9am. Members get early access Thursday. Limited colourways: Ember, Frost, Moss.",
    "Will it fit? Our Size Finder compares your favourite brands so you get it right first time. Mark your wishlist and we'll do the rest.",
    "New this week: April Blossom candles, the Victoria sponge mix and the Mark II espresso grinder. Gift wrapping is free through December.",
    "Black Friday at {BRAND}: up to 40% off Outdoor, Kitchen and Kids. Prices as marked. Offer ends Monday at midnight GMT.",
    "Meet Nova Pro — noise cancelling, 30-hour battery, USB-C. Pair it with the Aurora desk lamp for the ultimate study setup.",
    "The Harvest Table campaign celebrates local growers. Recipes by our Head Chef, photography by the {BRAND} Creative team.",
    "Returns are free within 30 days. Items must be unworn with tags attached. See our Returns Policy for exceptions (Swimwear, Earrings).",
    "HOLIDAY GIFT GUIDE: For Him, For Her, For the Home. Bestsellers include the Sterling cutlery set and the Juniper gin gift box.",
    "Our {CITY} flagship reopens on Saturday with a new Repair Bar. Bring any {BRAND} jacket and we'll patch it for free.",
    "Now shipping to {CITY} and {CITY2}! Same-day delivery for orders placed before 2pm.",
    "Pop-up tour: {CITY} (May), {CITY2} (June), {CITY3} (July). Come try the CloudStep Runner 3 in person.",
    "Product: Harbour raincoat | Colour: Sky | Sizes: XS–XXL | Fabric: recycled nylon | Care: machine wash 30°",
    "Grant applications for the Makers Fund close in March. Hope to see your entry! Winners announced at the Summer Showcase.",
]


# Foreign-language templates. Keys: kind -> list of templates.
FOREIGN = {
    "de": {
        "de_shipping": [
            "Guten Tag {TNAME},\n\nIhre Bestellung {ORD} wurde am {WD} versandt. Die Lieferung erfolgt an folgende Adresse:\n\n{NAME}\n{ADDRM}\n\nBei Fragen erreichen Sie unseren Kundenservice unter {FIXED}.\n\nMit freundlichen Grüßen\nIhr {BRAND} Team",
            "Paket für {NAME}\nc/o {NAME2}\n{ADDRM}\nBitte beim Nachbarn abgeben, falls niemand öffnet. Zustellung bis {WD}.",
            "Retourenschein – Auftrag {ORD}\nAbsender: {NAME}, {ADDRO}\nGrund der Rücksendung: Artikel passt nicht (Größe 38 statt 40)\nRückerstattung bitte auf IBAN {IBAN}",
        ],
        "de_crm": [
            "Rückruf von {TNAME} ({PHONE}) wegen Rechnung {ORD}. Kundin ist umgezogen, neue Anschrift: {ADDRO}. Lastschrift auf IBAN {IBAN} umstellen. Termin im {MON} vereinbart.",
            "Notiz: Herr {LAST} möchte den Newsletter abbestellen. E-Mail {EMAIL}. Kein weiterer Kontakt per Telefon gewünscht.",
        ],
        "de_chat": [
            "Meine Kreditkarte {CARD} wurde zweimal belastet (Bestellung {ORD}). Bitte um Rückerstattung! Grüße, {NAME}",
            "hallo, ich hab am {WD} eine Jacke bestellt (Größe M) und die Sendung hängt seit Tagen in {CITY} fest. meine Nummer ist {MOBILE}, mail {EMAIL}",
            "Kunde: Guten Tag, mein Name ist {NAME}. Die Lieferadresse stimmt nicht, richtig ist {ADDRS}.\nMitarbeiterin: Vielen Dank, ich habe die Adresse geändert.",
        ],
        "de_signature": [
            "Viele Grüße\n{NAME}\n{JOB}\n{BRAND} GmbH\n{ADDRO}\nTel. {FIXED}\nE-Mail: {EMAIL}\nGeschäftsführer: {NAME2} · Sitz der Gesellschaft: {CITY}",
            "Einladung zur Vernissage am {WD}, {N}. {MON}, im Atelier von {BRAND}. Anmeldung bei {NAME} unter {EMAIL} oder telefonisch unter {PHONE}.",
        ],
        "de_marketing": [
            "Neu im Sortiment: die Winterkollektion von {BRAND}. Mäntel, Schals und Handschuhe – jetzt im Onlineshop. Der Newsletter erscheint jeden {WD}.",
            "Frühlingsgefühle bei {BRAND}: Gartenmöbel, Pflanzkübel und Sonnenschirme bis Sonntag {PCT} % günstiger. Versandkostenfrei ab 50 €.",
            "Unsere Filiale in {CITY} hat am Samstag bis 20 Uhr geöffnet. Kommen Sie vorbei und testen Sie den neuen Kaffeevollautomaten!",
            "Die Geschäftsführung, der Betriebsrat und alle Mitarbeiterinnen und Mitarbeiter wünschen Frohe Weihnachten. Im Januar geht es weiter mit dem Großen Inventurverkauf.",
            "Sommer, Sonne, Wanderschuhe: Die Kestrel Trailrunner gibt es jetzt in Blau, Grau und Moosgrün. Lieferzeit 2–3 Werktage.",
            "Hinweis zum Datenschutz: Wir speichern Ihre Bestelldaten nur so lange, wie es das Handelsgesetzbuch vorschreibt. Weitere Informationen in unserer Datenschutzerklärung.",
            "Ab {MON} liefern wir auch nach {COUNTRY}! Bestellungen aus {CITY} erreichen unser Lager in der Regel innerhalb von zwei Tagen.",
        ],
    },
    "fr": {
        "fr_shipping": [
            "Bonjour {TNAME},\n\nVotre commande {ORD} a été expédiée ce {WD}. Adresse de livraison :\n{NAME}\n{ADDRM}\n\nPour toute question, contactez notre service client au {FIXED}.\n\nCordialement,\nL'équipe {BRAND}",
            "Bon de retour – commande {ORD}\nExpéditeur : {NAME}, {ADDRO}\nMotif : taille trop petite. Remboursement sur le compte {IBAN}.",
        ],
        "fr_crm": [
            "Appel de {TNAME} le {WD} concernant la facture {ORD}. Nouvelle adresse : {ADDRO}. Rappeler au {PHONE} avant fin {MON}.",
            "Fiche client : {INAME} — {EMAIL} — {MOBILE}. Préfère être contactée par courriel. Cliente fidèle depuis {YEAR}.",
        ],
        "fr_chat": [
            "Bonjour, ma carte {CARD} a été débitée deux fois pour la commande {ORD}. Merci de me rembourser. {NAME}",
            "bonjour, je m'appelle {NAME}, mon colis est bloqué à {CITY} depuis mardi. vous pouvez me joindre au {MOBILE}",
            "Client : Bonjour, l'adresse de livraison est fausse. La bonne adresse : {ADDRS}\nConseillère : Merci, c'est corrigé !",
        ],
        "fr_signature": [
            "Bien à vous,\n{NAME}\n{JOB}\n{BRAND}\n{ADDRM}\nTél. : {FIXED}\nMail : {EMAIL}",
            "Invitation : vernissage le {WD} {N} {MON} à la galerie {BRAND}. Réponse souhaitée auprès de {NAME} ({EMAIL}).",
        ],
        "fr_marketing": [
            "Nouveauté : la collection Printemps de {BRAND} est arrivée ! Robes, Sandales et Accessoires à découvrir dès maintenant. Livraison offerte dès 60 €.",
            "Les Soldes d'Hiver commencent mercredi. Jusqu'à -{PCT} % sur la Maison, la Mode et la Beauté. Offre valable jusqu'au 4 février.",
            "Notre boutique de {CITY} vous accueille du lundi au samedi de 10h à 19h. Retrait en magasin gratuit.",
            "Le Directeur Artistique de {BRAND} présente la capsule Lumière : bougies, lampes et linge de maison, fabriqués en {COUNTRY}.",
            "Conditions Générales de Vente : les retours sont acceptés sous 30 jours. Les articles Soldés ne sont ni repris ni échangés.",
            "Cap sur l'été ! Nos Espadrilles Riviera et le Canotier Classique sont de retour en stock. Dernières tailles disponibles en ligne.",
        ],
    },
    "es": {
        "es_shipping": [
            "Hola {FIRST}:\n\nTu pedido {ORD} ya está en camino. Lo entregaremos el {WD} en:\n{NAME}\n{ADDRM}\n\nSi tienes dudas, llámanos al {FIXED}.\n\nUn saludo,\nEl equipo de {BRAND}",
            "Solicitud de devolución {ORD}\nRemitente: {NAME}, {ADDRO}\nMotivo: talla incorrecta. Reembolso a la cuenta {IBAN}.",
        ],
        "es_crm": [
            "Llamada de {TNAME} el {WD} por la factura {ORD}. Se ha mudado a {ADDRO}. Volver a llamar al {PHONE} antes de {MON}.",
            "Cliente: {INAME} | {EMAIL} | {MOBILE} | Prefiere WhatsApp. Cliente desde {YEAR}.",
        ],
        "es_chat": [
            "me cobraron dos veces en la tarjeta {CARD}, pedido {ORD}. soy {NAME}",
            "hola soy {NAME}, mi paquete lleva tres días parado en {CITY}, mi móvil es {MOBILE}",
            "Cliente: Buenas, la dirección está mal, la correcta es {ADDRS}\nAgente: ¡Gracias! Ya está cambiada.",
        ],
        "es_signature": [
            "Saludos cordiales,\n{NAME}\n{JOB}\n{BRAND}\n{ADDRM}\nTel.: {FIXED}\nCorreo: {EMAIL}",
            "Invitación: cena de gala el {WD} {N} de {MON}. Confirmar asistencia con {NAME} en {EMAIL} o al {PHONE}.",
        ],
        "es_marketing": [
            "¡Llegan las Rebajas de Verano! Hasta un {PCT} % en Moda, Hogar y Deporte. Solo hasta el domingo en {BRAND}.",
            "Nueva colección Otoño: Chaquetas, Botines y Jerséis de lana merino. Envío gratis en pedidos superiores a 50 €.",
            "Nuestra tienda de {CITY} abre de lunes a sábado de 10:00 a 21:00. Recogida en tienda gratuita.",
            "El Director Creativo de {BRAND} presenta la línea Esencia, inspirada en los paisajes de {COUNTRY}.",
            "Política de Devoluciones: dispones de 30 días naturales. Los artículos de Baño y Ropa Interior no admiten cambios.",
            "Martes de Descuento: el Café Tueste Natural y el Té Verde Sencha al 2x1. Oferta válida solo en la tienda online.",
        ],
    },
    "it": {
        "it_shipping": [
            "Gentile {TNAME},\n\nil suo ordine {ORD} è stato spedito {WD}. Indirizzo di consegna:\n{NAME}\n{ADDRM}\n\nPer informazioni chiami il {FIXED}.\n\nCordiali saluti,\nIl team {BRAND}",
            "Modulo di reso {ORD}\nMittente: {NAME}, {ADDRO}\nMotivo: taglia sbagliata. Rimborso sull'IBAN {IBAN}.",
        ],
        "it_crm": [
            "Chiamata di {TNAME} {WD} per la fattura {ORD}. Nuovo indirizzo: {ADDRO}. Richiamare al {PHONE} entro {MON}.",
            "Scheda cliente: {INAME} — {EMAIL} — {MOBILE}. Preferisce essere contattata via email.",
            "Addebito SEPA respinto per {NAME}: IBAN {IBAN}. Inviato sollecito a {EMAIL} {WD}.",
        ],
        "it_chat": [
            "ciao sono {NAME}, il pacco è fermo a {CITY} da martedì. il mio numero è {MOBILE}",
            "Cliente: Buongiorno, l'indirizzo è sbagliato, quello giusto è {ADDRS}\nOperatore: Grazie, l'ho aggiornato.",
        ],
        "it_signature": [
            "Cordiali saluti\n{NAME}\n{JOB}\n{BRAND} S.r.l.\n{ADDRO}\nTel. {FIXED}\nEmail: {EMAIL}",
        ],
        "it_marketing": [
            "Saldi Estivi da {BRAND}: fino al {PCT}% su Abbigliamento, Casa e Accessori. Solo fino a domenica!",
            "Nuova Collezione Autunno: Cappotti, Stivali e Maglioni in cashmere. Spedizione gratuita sopra i 49 €.",
            "Il nostro negozio di {CITY} è aperto dal lunedì al sabato, 9:30–19:30. Ritiro in negozio gratuito.",
            "La Direttrice Creativa presenta la linea Terra, ispirata ai colori della {COUNTRY}. Disponibile da {MON}.",
            "Ricetta della settimana: Risotto allo Zafferano con il Parmigiano Reggiano DOP di {BRAND}.",
        ],
    },
    "nl": {
        "nl_shipping": [
            "Beste {FIRST},\n\nJe bestelling {ORD} is {WD} verzonden naar:\n{NAME}\n{ADDRM}\n\nVragen? Bel onze klantenservice op {FIXED}.\n\nGroeten,\nTeam {BRAND}",
            "Retourformulier {ORD}\nAfzender: {NAME}, {ADDRO}\nReden: verkeerde maat. Terugbetaling op rekening {IBAN}.",
        ],
        "nl_crm": [
            "Telefoongesprek met {TNAME} op {WD} over factuur {ORD}. Nieuw adres: {ADDRO}. Terugbellen op {PHONE} voor eind {MON}.",
            "Klant: {INAME} | {EMAIL} | {MOBILE} | wil geen nieuwsbrief meer ontvangen.",
            "Incasso mislukt voor {NAME}, rekening {IBAN}. Herinnering gestuurd naar {EMAIL}. Volgende poging op {WD}.",
        ],
        "nl_chat": [
            "hoi, ik ben {NAME} en mijn pakketje ligt al dagen in {CITY}. mijn nummer is {MOBILE}",
            "Klant: Goedemiddag, het bezorgadres klopt niet. Het moet zijn: {ADDRS}\nMedewerker: Dank je, aangepast!",
        ],
        "nl_signature": [
            "Met vriendelijke groet,\n{NAME}\n{JOB}\n{BRAND} B.V.\n{ADDRM}\nT {FIXED}\nE {EMAIL}",
        ],
        "nl_marketing": [
            "De Zomersale is begonnen bij {BRAND}! Tot {PCT}% korting op Tuinmeubelen, Parasols en Buitenverlichting. Alleen tot zondag.",
            "Nieuw binnen: de Herfstcollectie met Jassen, Laarzen en Truien van merinowol. Gratis verzending vanaf € 40.",
            "Onze winkel in {CITY} is open van maandag t/m zaterdag. Koopavond op donderdag tot 21:00 uur.",
            "Koningsdag aanbieding: oranje Tompouce en Stroopwafels met {PCT}% korting. Op = op.",
            "Voorwaarden: retourneren kan binnen 14 dagen. Artikelen uit de Outlet kunnen niet worden geruild.",
        ],
    },
    "pt": {
        "pt_shipping": [
            "Olá {FIRST},\n\nA sua encomenda {ORD} foi enviada em {DATE}. Morada de entrega:\n{NAME}\n{ADDRM}\n\nDúvidas? Ligue para {FIXED}.\n\nCumprimentos,\nEquipa {BRAND}",
            "Pedido de devolução {ORD}\nRemetente: {NAME}, {ADDRO}\nMotivo: tamanho errado. Reembolso para o IBAN {IBAN}.",
        ],
        "pt_crm": [
            "Ligação de {TNAME} na {WD} sobre a fatura {ORD}. Mudou-se para {ADDRO}. Retornar para {PHONE} até {MON}.",
            "Cliente: {INAME} | {EMAIL} | {MOBILE} | prefere contato por WhatsApp.",
            "Reembolso de {NAME} para o IBAN {IBAN}, confirmado por e-mail ({EMAIL}).",
        ],
        "pt_chat": [
            "oi, sou {NAME}, meu pedido tá parado em {CITY} faz 3 dias. meu celular é {MOBILE}",
            "Cliente: Boa tarde, o endereço está errado, o certo é {ADDRS}\nAtendente: Obrigada, já atualizei!",
        ],
        "pt_signature": [
            "Atenciosamente,\n{NAME}\n{JOB}\n{BRAND}\n{ADDRM}\nTel.: {FIXED}\nE-mail: {EMAIL}",
        ],
        "pt_marketing": [
            "Chegou a Liquidação de Verão da {BRAND}! Até {PCT}% em Moda, Casa e Esporte. Só até domingo.",
            "Nova Coleção Outono: Casacos, Botas e Malhas. Frete grátis acima de R$ 199.",
            "A nossa loja em {CITY} está aberta de segunda a sábado, das 10h às 20h. Levantamento em loja gratuito.",
            "Black Friday antecipada: Smartphones, Televisores e Eletrodomésticos com desconto. Confira o Regulamento.",
            "O Diretor Criativo da {BRAND} apresenta a linha Mar, inspirada no litoral do {COUNTRY}.",
        ],
    },
    "pl": {
        "pl_shipping": [
            "Dzień dobry {TNAME},\n\nTwoje zamówienie {ORD} zostało wysłane w {WD}. Adres dostawy:\n{NAME}\n{ADDRM}\n\nW razie pytań zadzwoń: {FIXED}.\n\nPozdrawiamy,\nZespół {BRAND}",
            "Formularz zwrotu {ORD}\nNadawca: {NAME}, {ADDRO}\nPowód: zły rozmiar. Zwrot środków na konto {IBAN}.",
        ],
        "pl_crm": [
            "Telefon od {TNAME} w {WD} w sprawie faktury {ORD}. Nowy adres: {ADDRO}. Oddzwonić pod {PHONE} do {N} {MON}.",
            "Klient: {INAME} | {EMAIL} | {MOBILE} | prosi o kontakt mailowy.",
            "Zwrot za zamówienie {ORD} dla {NAME} na rachunek {IBAN}. Klient prosi o potwierdzenie na {EMAIL}.",
        ],
        "pl_chat": [
            "dzien dobry, nazywam sie {NAME}, paczka stoi w {CITY} od wtorku. moj numer {MOBILE}",
            "Klient: Adres jest zły, poprawny to {ADDRS}\nKonsultantka: Dziękuję, zmienione!",
        ],
        "pl_signature": [
            "Z poważaniem\n{NAME}\n{JOB}\n{BRAND} Sp. z o.o.\n{ADDRM}\ntel. {FIXED}\ne-mail: {EMAIL}",
        ],
        "pl_marketing": [
            "Wielka Wyprzedaż w {BRAND}! Do -{PCT}% na Odzież, Dom i Ogród. Tylko do niedzieli.",
            "Nowa kolekcja Jesień: Kurtki, Botki i Swetry z wełny merino. Darmowa dostawa od 199 zł.",
            "Nasz sklep w {CITY} jest czynny od poniedziałku do soboty w godz. 10–20.",
            "Regulamin Promocji: rabat nie łączy się z innymi ofertami. Szczegóły w Biurze Obsługi Klienta.",
            "Dyrektor Kreatywna {BRAND} przedstawia linię Bursztyn, inspirowaną kolorami jesieni.",
        ],
    },
    "sv": {
        "sv_shipping": [
            "Hej {FIRST}!\n\nDin beställning {ORD} skickades {DATE}. Leveransadress:\n{NAME}\n{ADDRM}\n\nFrågor? Ring kundtjänst på {FIXED}.\n\nHälsningar,\n{BRAND}",
            "Returformulär {ORD}\nAvsändare: {NAME}, {ADDRO}\nOrsak: fel storlek. Återbetalning till {IBAN}.",
        ],
        "sv_crm": [
            "Samtal från {NAME} i {WD} om faktura {ORD}. Ny adress: {ADDRO}. Ring tillbaka på {PHONE} före {MON}.",
            "Kund: {INAME} | {EMAIL} | {MOBILE} | vill bli kontaktad via mejl.",
            "Återbetalning till {NAME}, konto {IBAN}. Bekräftelse skickas till {EMAIL} på {WD}.",
        ],
        "sv_chat": [
            "hej jag heter {NAME}, paketet har stått i {CITY} sen tisdag. mitt nummer är {MOBILE}",
            "Kund: Hej, adressen är fel, rätt adress är {ADDRS}\nHandläggare: Tack, ändrat!",
        ],
        "sv_signature": [
            "Vänliga hälsningar\n{NAME}\n{JOB}\n{BRAND} AB\n{ADDRM}\nTel: {FIXED}\nE-post: {EMAIL}",
        ],
        "sv_marketing": [
            "Sommarrea hos {BRAND}! Upp till {PCT} % på Trädgårdsmöbler, Parasoller och Belysning. Gäller till söndag.",
            "Nyheter i höst: Jackor, Kängor och Tröjor i merinoull. Fri frakt över 499 kr.",
            "Vår butik i {CITY} har öppet måndag–lördag 10–19. Hämta i butik utan kostnad.",
            "Midsommarkampanj: Jordgubbstårta och Sill i tre smaker. Beställ senast torsdag.",
            "Köpvillkor: Öppet köp i 30 dagar. Varor från Outlet kan inte bytas.",
        ],
    },
}


# ----------------------------------------------------------------------------------------------
# Programmatic styles: guest lists, CSV / markdown tables
# ----------------------------------------------------------------------------------------------
def guest_list(doc: Doc, ctx: Ctx) -> None:
    rng = ctx.rng
    doc.t(rng.choice(["Guest list – Summer Garden Party\n", "RSVPs for the launch dinner (Friday)\n",
                      "Wedding seating plan\n", "Workshop attendees:\n"]))
    for i in range(rng.randint(3, 6)):
        p = make_person(rng, rng.choice(["en", "en", "world", "de", "fr", "es", "it"]))
        doc.t(rng.choice([f"{i + 1}. ", "- ", "• ", ""]))
        if rng.random() < 0.25:
            doc.t(rng.choice(TITLES["en"]))
        doc.e("PERSON", p.styled(rng))
        r = rng.random()
        if r < 0.3:
            doc.t(" (")
            doc.e("PHONE_NUMBER", phone(rng, ctx.other_country()))
            doc.t(")")
        elif r < 0.55:
            doc.t(" – ")
            doc.e("EMAIL_ADDRESS", make_email(rng, p, "en"))
        elif r < 0.65:
            doc.t(" + ")
            doc.e("PERSON", make_person(rng, "en").first)
        doc.t(rng.choice([" — table 4, vegetarian", " — plus one", ", arriving from ", "", " (allergy: nuts)", " — Hope to confirm"]))
        if doc.parts[-1].endswith("from "):
            doc.e("LOCATION", rng.choice(CITIES_ALONE[ctx.other_country()]))
        doc.t("\n")


def table(doc: Doc, ctx: Ctx, md: bool) -> None:
    rng = ctx.rng
    cols = rng.choice([["Name", "Email", "Phone", "City"], ["Customer", "Address", "Order", "Total"],
                       ["name", "email", "plan", "country_code"], ["Kunde", "E-Mail", "Telefon", "Stadt"],
                       ["Name", "IBAN", "Amount", "Status"]])
    doc.t(rng.choice(["Clean up this table and fix the phone formats:\n", "Here's our export, dedupe it please:\n",
                      "Summarise churn risk for these accounts:\n", ""]))
    if md:
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    else:
        doc.t(",".join(cols) + "\n")
    for _ in range(rng.randint(2, 5)):
        country = ctx.other_country()
        p = make_person(rng, rng.choice(["en", "world", "de", "fr", "nl", "pl"]))
        cells = []
        for c in cols:
            c = c.lower()
            if c in ("name", "customer", "kunde"):
                cells.append(("PERSON", p.styled(rng)))
            elif c in ("email", "e-mail"):
                cells.append(("EMAIL_ADDRESS", make_email(rng, p, "en")))
            elif c in ("phone", "telefon"):
                cells.append(("PHONE_NUMBER", phone(rng, country)))
            elif c in ("city", "stadt"):
                cells.append(("LOCATION", rng.choice(CITIES_ALONE[country])))
            elif c == "address":
                cells.append(("STREET_ADDRESS", address_text(rng, country, "one")))
            elif c == "iban":
                cells.append(("IBAN_CODE", iban(rng, rng.choice(list(IBAN_SPEC)))))
            elif c == "order":
                cells.append((None, f"#{d(rng, 6)}"))
            elif c in ("total", "amount"):
                cells.append((None, f"{rng.randint(10, 999)}.{d(rng, 2)}"))
            elif c == "plan":
                cells.append((None, rng.choice(["Pro", "Starter", "Team", "Enterprise"])))
            elif c == "country_code":
                cells.append((None, country))
            else:
                cells.append((None, rng.choice(["paid", "overdue", "pending"])))
        if md:
            doc.t("| ")
        for j, (typ, val) in enumerate(cells):
            if j:
                doc.t(" | " if md else ",")
            quote = (not md) and "," in val
            if quote:
                doc.t('"')
            if typ:
                doc.e(typ, val)
            else:
                doc.t(val)
            if quote:
                doc.t('"')
        doc.t(" |\n" if md else "\n")


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------
def render(kind: str, lang: str, template: str | None, case: str | None = None) -> dict:
    rng = R
    country = rng.choice(LANG_COUNTRIES[lang])
    ctx = Ctx(rng, lang, country)
    doc = Doc(case=case)
    if kind == "guest_list":
        guest_list(doc, ctx)
    elif kind in ("table_csv", "table_md"):
        table(doc, ctx, md=kind == "table_md")
    else:
        fill(doc, ctx, template)
    text = doc.text()
    check(text, doc.spans)
    return {"kind": kind, "text": text, "spans": doc.spans}


def main() -> None:
    samples: list[dict] = []
    # English PII styles
    seen: set[str] = set()

    def add(kind: str, lang: str, temps: list[str] | None, n: int, case_of=lambda: None) -> None:
        """n samples of a kind, cycling through its templates; exact duplicate texts are skipped."""
        got = tries = 0
        while got < n and tries < n * 6:
            t = temps[tries % len(temps)] if temps else None
            tries += 1
            s = render(kind, lang, t, case_of())
            if s["text"] in seen:
                continue
            seen.add(s["text"])
            samples.append(s)
            got += 1

    for kind, temps in EN.items():
        n = {"crm_note": 36, "support_chat": 34, "shipping": 34, "invoice": 26, "marketing_brief": 32,
             "email_signature": 30, "cv": 18, "survey": 26, "whatsapp": 24, "caps_label": 22, "it_log": 14}[kind]
        add(kind, "en", temps, n, lambda k=kind: EN_CASE.get(k))
    for kind, n in (("guest_list", 18), ("table_csv", 16), ("table_md", 14)):
        add(kind, "en", None, n)
    # English marketing without PII (some with a city used alone)
    add("marketing_nopii", "en", NOPII_EN, 80)
    # Other languages
    for lang, kinds in FOREIGN.items():
        for kind, temps in kinds.items():
            n = 16 if kind.endswith("marketing") else 8
            if lang in ("de", "fr", "es") and not kind.endswith("marketing"):
                n = 9
            add(kind, lang, temps, n, (lambda: "lower" if R.random() < 0.3 else None) if kind.endswith("_chat")
                else (lambda: None))
    R.shuffle(samples)
    with OUT.open("w") as fh:
        for i, s in enumerate(samples):
            check(s["text"], s["spans"])
            spans = [{"type": sp["type"], "start": sp["start"], "end": sp["end"]} for sp in s["spans"]]
            fh.write(json.dumps({"id": f"hard4-{i + 1}", "kind": s["kind"], "text": s["text"], "spans": spans},
                                ensure_ascii=False) + "\n")
    # report
    types = Counter(sp["type"] for s in samples for sp in s["spans"])
    kinds = Counter(s["kind"] for s in samples)
    foreign = sum(1 for s in samples if s["kind"][:3] in {f"{l}_" for l in FOREIGN})
    empty = sum(1 for s in samples if not s["spans"])
    loc_only = sum(1 for s in samples if s["spans"] and all(sp["type"] == "LOCATION" for sp in s["spans"]))
    print(f"{len(samples)} samples -> {OUT}")
    print(f"other-language samples: {foreign} ({foreign / len(samples):.1%}); no spans at all: {empty} "
          f"({empty / len(samples):.1%}); LOCATION only: {loc_only}")
    print("spans per type:")
    for t, c in types.most_common():
        print(f"  {t:<15}{c}")
    print("samples per kind:")
    for k, c in sorted(kinds.items()):
        print(f"  {k:<18}{c}")


if __name__ == "__main__":
    main()
