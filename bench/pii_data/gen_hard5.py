"""Blind PII hard set 5 for Candor: /work/holdout/hard5.jsonl.

Written independently of the detectors and of earlier sets (new templates, styles, street/city/name
lists). Street names, street types, cities, postcode formats and layouts are hand-written per
country (34 countries); Faker supplies only person names (several locales); phone numbers are random
numbers that `phonenumbers.is_valid_number` accepts; cards are Luhn-valid, IBANs mod-97-valid.

    /work/main/.venv/bin/python /work/holdout/gen_hard5.py

Span conventions
* PERSON: the name only; titles (Dr., Mrs., Herr, Sayın, ...), honorific suffixes (Hanım, Bey, -san)
  and a possessive 's stay outside.
* STREET_ADDRESS: the WHOLE postal address (house no., street, unit/floor, building, PO box,
  postcode, district, city, region, and country when written as part of it). Multi-line addresses
  are one span including the newlines; inside JSON strings the newline is the two characters "\\n"
  and is inside the span. A recipient name line is a separate PERSON span.
* LOCATION: a place named on its own (not part of a postal address).
* PHONE_NUMBER includes an extension ("ext. 21") but not a "Tel:" label.
* CREDIT_CARD only for full card numbers; "ending in 4821" (last 4) is not labelled.
* US_SSN in several writings (123-45-6789, 123 45 6789, 123456789).
* IP_ADDRESS: the address only, not ":port" or the surrounding [brackets].
* Brand names, product names, campaign names, job titles, weekdays, months: never labelled.
"""

from __future__ import annotations

import json
import random
import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 5_2026_1203
OUT = Path(__file__).resolve().parent / "hard5.jsonl"
R = random.Random(SEED)


# ----------------------------------------------------------------------------------------------
# Document builder
# ----------------------------------------------------------------------------------------------
@dataclass
class Doc:
    case: str | None = None  # "upper" for OCR, "lower" for sloppy DMs
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    pos: int = 0

    def _c(self, s: str) -> str:
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
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
    last = 0
    for sp in sorted(spans, key=lambda x: x["start"]):
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), sp
        assert s >= last, ("overlap", sp, text)
        assert text[s:e] == sp["value"], (text[s:e], sp)
        assert text[s:e].strip() == text[s:e], sp
        assert sp["type"] in TYPES, sp
        last = e


TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "IBAN_CODE", "CREDIT_CARD",
         "US_SSN", "IP_ADDRESS", "LOCATION"}


def d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def up(rng, n, pool=string.ascii_uppercase):
    return "".join(rng.choice(pool) for _ in range(n))


def hn(rng, lo=1, hi=200):
    return str(rng.randint(lo, hi))


# ----------------------------------------------------------------------------------------------
# Names (hand-written, many cultures; 'order' = "sf" means surname first)
# ----------------------------------------------------------------------------------------------
NAMES = {
    "en": (["Pearl", "Amber", "Storm", "Ruby", "Clay", "Forrest", "Heath", "Rocky", "Sunny", "Cliff", "Drew",
            "Lane", "Miles", "Penny", "Holly", "Crystal", "Destiny", "Ernest", "Honor", "Gale", "Brandy",
            "Colby", "Dusty", "Misty", "Reggie", "Shannon", "Tallulah", "Cormac", "Oisín", "Eilidh", "Beckett",
            "Marigold", "Jolene", "Lou-Ellen", "Billy-Ray", "Kaydence", "Tobias", "Winnie"],
           ["Cook", "Carpenter", "Mason", "Gold", "Silver", "Swift", "Bell", "Brook", "Field", "Best", "Small",
            "Long", "Friend", "Love", "Lamb", "Hill", "Wood", "Armstrong", "Thistlewood", "Pemberton-Hale",
            "McCracken", "O'Donoghue", "Ní Bhriain", "St. Clair", "Vandermeer", "LaRue", "DeShields",
            "Underwood", "Winslow", "Goodnight", "Crumb", "Honeycutt"]),
    "de": (["Gisela", "Rüdiger", "Henrike", "Jannik", "Wiebke", "Ottmar", "Elfriede", "Torsten", "Frauke",
            "Bernd", "Inge", "Kai-Uwe", "Lisa-Marie", "Volker", "Carola", "Moritz", "Hedwig", "Ansgar"],
           ["Engel", "Fuchs", "Vogt", "Herbst", "Sonntag", "Frühling", "Brandt", "Scholz", "Kühn", "Ostermann",
            "von Bülow", "zu Stolberg", "Haas", "Stöckl", "Brunner", "Gruber", "Meier-Böhme", "Lindner", "Pfeiffer"]),
    "fr": (["Gaëlle", "Ludovic", "Apolline", "Quentin", "Maëlys", "Ghislain", "Bérénice", "Florent", "Mireille",
            "Jean-Marc", "Anne-Sophie", "Corentin", "Ségolène", "Honoré", "Josiane", "Timothée"],
           ["Lacroix", "Deschamps", "Carpentier", "Fournier", "Leclerc", "de Villiers", "Du Pont", "Boucher",
            "Poirier", "Michaud", "Berthelot", "Le Bihan", "Aubert-Lemoine", "Vidal", "Ménard", "Pichon"]),
    "es": (["Macarena", "Ignacio", "Amparo", "Fermín", "Montserrat", "Gonzalo", "Itziar", "Remedios", "Álvaro",
            "Juan Camilo", "María Paz", "Catalina", "Milagros", "Sebastián", "Yesenia", "Wilmer", "Luz Marina"],
           ["Muñoz Rojas", "Restrepo", "Quispe Mamani", "Cárdenas", "Zapata", "Vargas Llosa", "Huamán",
            "Pizarro", "Echeverría", "de los Santos", "Bustamante", "Cifuentes", "Ospina", "Salazar", "Urrutia"]),
    "it": (["Ludovica", "Tommaso", "Gaia", "Ettore", "Nicoletta", "Cosimo", "Ornella", "Massimiliano", "Rebecca",
            "Gianmarco", "Maria Grazia", "Biagio", "Serena", "Leonardo"],
           ["Bianchi", "Marchetti", "Dal Monte", "Lombardi", "Testa", "Barbieri", "De Santis", "Pellegrini",
            "La Rosa", "Cattaneo", "Sorrentino", "Vitale", "Fabbri", "Dell'Acqua"]),
    "nl": (["Jelle", "Floor", "Ruud", "Marieke", "Daan", "Sterre", "Jeroen", "Mirjam", "Stijn", "Ilse", "Wim",
            "Fenna", "Teun", "Annelies"],
           ["van Houten", "Bos", "de Graaf", "Verhoeven", "van der Linden", "Schouten", "Dijkstra", "Brouwer",
            "ter Horst", "Prins", "Wouters", "Maes", "van Rijn", "Molenaar"]),
    "pt": (["Francisca", "Duarte", "Matilde", "Afonso", "Yasmin", "Wellington", "Letícia", "Rodrigo",
            "Ana Clara", "Luís Miguel", "Benedita", "Heitor", "Graça"],
           ["Teixeira", "Moreira", "Fonseca", "Cardoso", "Pinto", "Rocha", "Mendes", "do Carmo", "Figueiredo",
            "Vasconcelos", "Brandão", "Azevedo", "da Cunha"]),
    "pl": (["Dorota", "Bartosz", "Halina", "Zbigniew", "Aleksandra", "Mirosław", "Iwona", "Kacper", "Jadwiga",
            "Maciej", "Beata", "Radosław"],
           ["Zając", "Wróbel", "Sikora", "Baran", "Kaczmarek", "Piotrowska", "Grabowski", "Nowicka", "Sadowski",
            "Jabłońska", "Kwiatkowski", "Górecka", "Lis"]),
    "sv": (["Ebba", "Gustav", "Wilma", "Lennart", "Agneta", "Olle", "Tove", "Pontus", "Birgitta", "Viktor"],
           ["Wikström", "Forsberg", "Engström", "Sandberg", "Hedlund", "Ek", "Dahl", "Björklund", "Lind", "Berg"]),
    "da": (["Mette", "Rasmus", "Signe", "Jesper", "Trine", "Kasper", "Birthe", "Mikkel", "Lærke", "Søren"],
           ["Kristensen", "Rasmussen", "Jørgensen", "Madsen", "Thomsen", "Poulsen", "Østergaard", "Kjær", "Bech", "Skov"]),
    "no": (["Ingvild", "Håkon", "Sunniva", "Eivind", "Ragnhild", "Trygve", "Marit", "Sindre", "Hege", "Øystein"],
           ["Haugen", "Bakken", "Solberg", "Strand", "Lie", "Dahle", "Myhre", "Aasen", "Nygård", "Fjeld"]),
    "fi": (["Aino", "Juhani", "Kaisa", "Teemu", "Riikka", "Veikko", "Satu", "Jarmo", "Henna", "Lauri"],
           ["Lehtonen", "Heikkinen", "Laaksonen", "Salminen", "Järvinen", "Koskinen", "Niemi", "Hämäläinen",
            "Rantanen", "Kallio"]),
    "cs": (["Jiří", "Lenka", "Ondřej", "Markéta", "Vojtěch", "Zdeňka", "Radek", "Šárka", "Tomáš", "Hana"],
           ["Dvořák", "Černá", "Procházka", "Kučerová", "Svoboda", "Novotná", "Veselý", "Horáková", "Pokorný", "Říha"]),
    "tr": (["Mehmet", "Ayşe", "Burak", "Elif", "Cem", "Gülşen", "Oğuz", "Şebnem", "Tuğba", "Kerem", "Deniz", "Umut"],
           ["Çelik", "Demir", "Aydın", "Kaya", "Şahin", "Yıldız", "Doğan", "Arslan", "Korkmaz", "Özdemir", "Kılıç"]),
    "el": (["Dimitris", "Eleni", "Giorgos", "Katerina", "Nikos", "Sofia", "Vasilis", "Despina", "Stavros"],
           ["Papadopoulos", "Georgiou", "Konstantinidis", "Alexiou", "Papadaki", "Nikolaidis", "Vlachou"]),
    "hu": (["Zsófia", "Bence", "Ildikó", "Gergely", "Réka", "Tamás", "Erzsébet", "Levente"],
           ["Nagy", "Szabó", "Tóth", "Kovács", "Horváth", "Varga", "Molnár", "Farkas"]),
    "ro": (["Andreea", "Ionuț", "Mihaela", "Bogdan", "Ioana", "Răzvan", "Oana", "Cristian"],
           ["Popescu", "Dumitrescu", "Stan", "Ionescu", "Munteanu", "Constantin", "Gheorghiu", "Stoica"]),
    "he": (["Noa", "Yael", "Itai", "Avi", "Tamar", "Eitan", "Shira", "Moshe", "Maayan"],
           ["Ben-David", "Mizrahi", "Peretz", "Biton", "Friedman", "Shapira", "Avraham", "Katz"]),
    "ar": (["Mariam", "Khalid", "Fatima", "Hamdan", "Noura", "Saeed", "Rashid", "Aisha"],
           ["Al Mansoori", "Al Falasi", "Al-Suwaidi", "bin Zayed", "El-Amin", "Haddad", "Al Nuaimi"]),
    "ko": (["Min-jun", "Ji-woo", "Seo-yeon", "Do-hyun", "Ha-eun", "Jae-won", "Su-bin", "Hyun-woo"],
           ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    "zh": (["Wei Ling", "Ka Yan", "Chi-keung", "Mei Xin", "Jun Jie", "Siu Ming", "Hui Min", "Tai Man"],
           ["Tan", "Wong", "Chan", "Lim", "Ho", "Leung", "Ng", "Cheung"]),
    "ng": (["Adaeze", "Babatunde", "Zainab", "Chinonso", "Oluwakemi", "Emeka", "Folake", "Ibrahim", "Ngozi"],
           ["Nwosu", "Alabi", "Bello", "Eze", "Adebayo", "Okoro", "Abubakar", "Onyekachi"]),
    "ke": (["Wanjiru", "Otieno", "Achieng", "Kipchoge", "Njeri", "Mwangi", "Akinyi", "Kamau"],
           ["Kamau", "Odhiambo", "Owino", "Mutua", "Wafula", "Chebet", "Kariuki", "Njoroge"]),
    "ph": (["Maria Cristina", "Rodel", "Jhoanna", "Jericho", "Luzviminda", "Marites", "Arnel", "Kristine Joy"],
           ["Dela Cruz", "Macaraeg", "Villanueva", "Bautista", "Santos", "Mercado", "Del Rosario", "Pangilinan"]),
}
SURNAME_FIRST = {"ko", "zh"}
FAKER_LOCALES = ["es_CL", "es_CO", "tr_TR", "hu_HU", "ro_RO", "da_DK", "no_NO", "fi_FI", "cs_CZ", "en_IN",
                 "de_CH", "sk_SK", "nl_BE", "fr_CA", "pt_PT", "yo_NG", "sw", "en_PH"]
FAKERS = {loc: Faker(loc) for loc in FAKER_LOCALES}
for _i, _f in enumerate(FAKERS.values()):
    _f.seed_instance(SEED + _i)

TITLES = {"en": ["Dr. ", "Mrs. ", "Mr. ", "Ms. ", "Prof. ", "Dr ", "Miss ", "Capt. ", "Rev. "],
          "de": ["Herr ", "Frau ", "Dr. ", "Herrn "], "fr": ["M. ", "Mme ", "Dr ", "Me "],
          "es": ["Sr. ", "Sra. ", "Dña. ", "Lic. "], "it": ["Sig. ", "Sig.ra ", "Dott.ssa ", "Ing. "],
          "nl": ["dhr. ", "mevr. ", "mr. "], "pt": ["Sr. ", "Sra. ", "Dra. "], "pl": ["Pan ", "Pani ", "dr "],
          "cs": ["pan ", "paní ", "Ing. ", "MUDr. "], "tr": ["Sayın ", "Dr. ", "Av. "],
          "sv": ["", "Dr. "], "da": ["", "Dr. "], "no": ["", "Dr. "], "fi": ["", "Dr. "]}


@dataclass
class Person:
    first: str
    last: str
    culture: str

    def full(self) -> str:
        return f"{self.last} {self.first}" if self.culture in SURNAME_FIRST else f"{self.first} {self.last}"

    def styled(self, rng: random.Random, inverted_ok: bool = False) -> str:
        if self.culture in SURNAME_FIRST:
            return self.full() if rng.random() < 0.7 else f"{self.first} {self.last}"
        r = rng.random()
        if r < 0.55:
            return self.full()
        if r < 0.63:
            return f"{self.first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {self.last}"
        if r < 0.71:
            parts = re.split(r"([ -])", self.first)
            return "".join(p[0] + "." if p not in (" ", "-") else p for p in parts).replace(". ", ".") + " " + self.last
        if r < 0.79 and inverted_ok:
            return f"{self.last}, {self.first}"
        if r < 0.88:
            return f"{self.first} {self.last.upper()}"
        return self.full()


def make_person(rng: random.Random, culture: str) -> Person:
    if rng.random() < 0.25:
        loc = rng.choice(FAKER_LOCALES)
        f = FAKERS[loc]
        return Person(f.first_name(), f.last_name(), "faker")
    if rng.random() < 0.12:
        culture = rng.choice(list(NAMES))
    firsts, lasts = NAMES[culture]
    return Person(rng.choice(firsts), rng.choice(lasts), culture)


def fold(s: str) -> str:
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", s)


MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "proton.me", "aol.com",
                "gmx.net", "web.de", "free.fr", "libero.it", "ziggo.nl", "seznam.cz", "wp.pl", "yandex.com.tr",
                "windowslive.com", "yahoo.gr", "freemail.hu", "walla.co.il", "naver.com", "singnet.com.sg",
                "netvigator.com", "yahoo.com.ph", "mail.ru", "kolumbus.fi", "telenor.no", "jubii.dk", "tiscali.cz"]
WORK_DOMAINS = ["quarrylight.com", "mossgate.io", "tinderbox-studio.co", "harrowfield.co.uk", "alderwick.de",
                "saltcellar.fr", "brisaclara.es", "ventoaureo.it", "duinhuis.nl", "pedraviva.pt", "zielnik.pl",
                "hjortron.se", "bjerkely.no", "kuusimetsa.fi", "lipovka.cz", "zeytindali.com.tr", "riverjade.sg",
                "kopjehill.co.ke", "ekosolar.ng", "bahaykubo.ph"]


def make_email(rng, p: Person | None) -> str:
    if p is None:
        return f"{rng.choice(['bookings', 'frontdesk', 'noreply-ops', 'people', 'dispatch', 'care', 'reservas', 'empfang', 'accueil', 'hr-team'])}@{rng.choice(WORK_DOMAINS)}"
    f = fold(p.first.split()[0]) or "x"
    l_ = fold(p.last) or "y"
    local = rng.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{l_}{f[0]}", f"{f}{rng.randint(1, 999)}", f"{f}-{l_}",
                        f"{f}_{l_[:4]}{rng.randint(0, 99)}", f"{l_}.{f}", f"{f}+orders"])
    return f"{local}@{rng.choice(MAIL_DOMAINS + WORK_DOMAINS[:6])}"


# ----------------------------------------------------------------------------------------------
# Phones
# ----------------------------------------------------------------------------------------------
PHONE_REGIONS = ["US", "CA", "GB", "IE", "AU", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "PL",
                 "CZ", "SE", "DK", "NO", "FI", "TR", "GR", "HU", "RO", "IL", "AE", "SG", "HK", "KR", "CL", "CO",
                 "PE", "NG", "KE", "PH", "MX"]


def build_pool(rng):
    pool = {}
    for reg in PHONE_REGIONS:
        pool[reg] = {}
        for kind, typ in (("mobile", PNT.MOBILE), ("fixed", PNT.FIXED_LINE)):
            ex = phonenumbers.example_number_for_type(reg, typ)
            nsn = phonenumbers.national_significant_number(ex)
            got, tries = [], 0
            while len(got) < 30 and tries < 8000:
                tries += 1
                k = rng.randint(min(5, len(nsn) - 2), len(nsn) - 2)
                cand = nsn[:-k] + d(rng, k)
                num = phonenumbers.parse("+" + str(ex.country_code) + cand)
                if phonenumbers.is_valid_number(num) and num not in got:
                    got.append(num)
            assert len(got) >= 8, (reg, kind, len(got))
            pool[reg][kind] = got
    return pool


PHONES = build_pool(R)


def fmt_phone(rng, num, ext_ok=True) -> str:
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    cc = str(num.country_code)
    rest = intl[len(cc) + 2:]
    opts = [nat, nat, intl, intl, e164, "00" + cc + " " + rest, "+" + cc + "." + re.sub(r"[ \-]", ".", rest)]
    plain = re.sub(r"[()]", "", nat).strip()
    opts.append(re.sub(r"[ \-]+", ".", plain))
    if nat.startswith("0") and " " in nat:  # slash style 030/1234567
        a, b = nat.split(" ", 1)
        opts.append(a + "/" + re.sub(r"[ \-]", "", b))
        opts.append("(" + a + ") " + b)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(phonenumbers.region_code_for_number(num))
    if nat.startswith("0") and meta.national_prefix == "0" and cc not in ("39",):
        opts.append(f"+{cc} (0) {nat[1:]}")
    if cc == "1":
        n = str(num.national_number)
        opts += [f"{n[:3]}-{n[3:6]}-{n[6:]}", f"({n[:3]}){n[3:6]}-{n[6:]}", f"+1.{n[:3]}.{n[3:6]}.{n[6:]}",
                 f"1 {n[:3]} {n[3:6]} {n[6:]}"]
    s = rng.choice(opts)
    reg = phonenumbers.region_code_for_number(num)
    back = phonenumbers.parse(s, "GB" if s.startswith("00") else reg)  # the written form still means this number
    assert (back.country_code, back.national_number) == (num.country_code, num.national_number), (s, reg)
    if ext_ok and rng.random() < 0.08:
        s += rng.choice([f" ext. {rng.randint(10, 99)}", f" ext {rng.randint(100, 999)}", f" x{rng.randint(2, 60)}",
                         f" Ext. {rng.randint(200, 299)}"])
    return s


def phone(rng, region, kind=None, ext_ok=True) -> str:
    kind = kind or rng.choice(["mobile", "mobile", "fixed"])
    return fmt_phone(rng, rng.choice(PHONES[region][kind]), ext_ok)


# ----------------------------------------------------------------------------------------------
# Addresses: hand-written per country. Each returns a list of lines.
# ----------------------------------------------------------------------------------------------
def ch(rng, xs):
    return rng.choice(xs)


def addr_us(rng):
    city, st, z = ch(rng, [("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Knoxville", "TN", "379"),
                           ("Provo", "UT", "846"), ("Duluth", "MN", "558"), ("Bangor", "ME", "044"),
                           ("Amarillo", "TX", "791"), ("Asheville", "NC", "288"), ("Eugene", "OR", "974"),
                           ("Wichita", "KS", "672"), ("Scranton", "PA", "185"), ("Billings", "MT", "591")])
    street = f"{hn(rng, 2, 18999)} {ch(rng, ['', '', 'NE ', 'SW ', 'West '])}{ch(rng, ['Larkspur', 'Hollyhock', 'Indian Creek', 'Fenwick', 'Osage', 'Buckeye', 'Copper Kettle', 'Twin Oaks', 'Ridgecrest', 'Poplar Bluff', 'Old Stage'])} {ch(rng, ['Trl', 'Trail', 'Pike', 'Hwy', 'Loop', 'Row', 'Xing', 'Ave', 'St', 'Rd', 'Ct', 'Blvd'])}"
    unit = ch(rng, ["", "", f"Unit {hn(rng, 1, 40)}", f"Apt {rng.randint(1, 30)}{ch(rng, 'ABC')}", f"Ste {hn(rng, 100, 900)}", f"# {hn(rng, 2, 300)}"])
    zipc = z + d(rng, 2) + (f"-{d(rng, 4)}" if rng.random() < 0.25 else "")
    lines = [street + (f" {unit}" if unit else ""), f"{city}, {st} {zipc}" if rng.random() < 0.7 else f"{city} {st} {zipc}"]
    if rng.random() < 0.15:
        lines.append(ch(rng, ["USA", "United States"]))
    return lines


def addr_ca(rng):
    city, prov, fl = ch(rng, [("Kelowna", "BC", "V"), ("Sudbury", "ON", "P"), ("Gatineau", "QC", "J"),
                              ("Moncton", "NB", "E"), ("Regina", "SK", "S"), ("Red Deer", "AB", "T"),
                              ("Sherbrooke", "QC", "J"), ("Kingston", "ON", "K")])
    pc = f"{fl}{rng.randint(0, 9)}{up(rng, 1, 'ABCEGHJKLMNPRSTVWXYZ')} {rng.randint(0, 9)}{up(rng, 1, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    if prov == "QC":
        st = f"{hn(rng, 10, 3999)}, {ch(rng, ['rue des Érables', 'boul. Saint-Joseph', 'chemin du Lac-Noir', 'rue King Ouest'])}"
        if rng.random() < 0.4:
            st = f"{hn(rng, 1, 12)}-" + st
    else:
        st = f"{hn(rng, 10, 3999)} {ch(rng, ['Birchmount Rd', 'Lakeshore Dr', 'Tamarack Cres', 'Elm Grove Ave', 'Glenmore Trail SW'])}"
    lines = [st, f"{city} {prov}  {pc}" if rng.random() < 0.5 else f"{city}, {prov} {pc}"]
    if rng.random() < 0.2:
        lines.append("Canada")
    return lines


def addr_gb(rng):
    city, pc0 = ch(rng, [("Hexham", "NE46"), ("Truro", "TR1"), ("Bath", "BA2"), ("Stirling", "FK8"),
                         ("Swansea", "SA1"), ("Lincoln", "LN2"), ("Derby", "DE22"), ("Exeter", "EX4"),
                         ("Inverness", "IV2"), ("Colchester", "CO3")])
    pc = f"{pc0} {rng.randint(1, 9)}{up(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    st = f"{hn(rng, 1, 140)} {ch(rng, ['Tanners Row', 'Cobbler Lane', 'Gasworks Rd', 'Bishopsgate Walk', 'Heron Wharf', 'Wheatsheaf Close', 'Lady Margaret Road', 'Pump Street', 'Abbots Way'])}"
    r = rng.random()
    if r < 0.3:
        lines = [f"Flat {rng.randint(1, 30)}{ch(rng, ['', 'a', 'b'])}", st]
    elif r < 0.45:
        lines = [ch(rng, ["Honeysuckle Cottage", "2 The Maltings", "Unit 7 Riverside Business Park", "Foxholes Farm"]), st.split(" ", 1)[1]]
    else:
        lines = [st]
    lines += [city, pc] if rng.random() < 0.5 else [f"{city.upper()} {pc}"]
    if rng.random() < 0.1:
        lines.append("United Kingdom")
    return lines


def addr_ie(rng):
    town, key, cty = ch(rng, [("Athlone", "N37", "Co. Westmeath"), ("Drogheda", "A92", "Co. Louth"), ("Tralee", "V92", "Co. Kerry"),
                              ("Dublin 7", "D07", "Dublin"), ("Sligo", "F91", "Co. Sligo")])
    eir = f"{key} {up(rng, 1, 'ACDEFHKNPRTVWXY')}{up(rng, 3, 'ACDEFHKNPRTVWXY0123456789')}"
    return [f"{hn(rng, 1, 90)} {ch(rng, ['Bridge Street', 'Cnoc na Gréine', 'Manor Villas', 'Church View'])}", f"{town}, {cty}" if cty != "Dublin" else town, eir]


def addr_au(rng):
    sub, st, pc = ch(rng, [("Fitzroy", "VIC", "3065"), ("Fremantle", "WA", "6160"), ("Newtown", "NSW", "2042"),
                           ("Sandy Bay", "TAS", "7005"), ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045")])
    s = f"{hn(rng, 1, 300)} {ch(rng, ['Wattle St', 'Banksia Pde', 'Kookaburra Cct', 'Jacaranda Ave', 'Bellbird Cl'])}"
    if rng.random() < 0.4:
        s = f"{rng.randint(1, 20)}/" + s
    return [s, f"{sub.upper() if rng.random() < 0.5 else sub} {st} {pc}"]


def addr_de(rng):
    city, pc0 = ch(rng, [("Bremen", "28"), ("Kiel", "24"), ("Freiburg im Breisgau", "79"), ("Leipzig", "04"),
                         ("Würzburg", "97"), ("Lübeck", "23"), ("Mainz", "55"), ("Rostock", "18"), ("Erfurt", "99")])
    st = ch(rng, ["Lindenhof", "Hafenstr.", "Am Mühlbach", "Kastanienallee", "Schillerplatz", "Zum Wasserturm",
                  "Bergmannstraße", "Hinter der Mauer", "Sankt-Annen-Weg", "Alte Gärtnerei"])
    no = hn(rng, 1, 120) + ch(rng, ["", "", "a", " b", "-14"])
    pc = pc0 + d(rng, 3)
    lines = [f"{st} {no}"]
    if rng.random() < 0.25:
        lines.append(ch(rng, ["Hinterhaus, 3. OG", "Whg. 12", "2. Etage links", "App. 4"]))
    lines.append(f"{ch(rng, ['', '', 'D-'])}{pc} {city}")
    if rng.random() < 0.12:
        lines.append(ch(rng, ["Deutschland", "GERMANY"]))
    return lines


def addr_at(rng):
    city, pc = ch(rng, [("Wien", "1150"), ("Wien", "1070"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020")])
    return [f"{ch(rng, ['Gablenzgasse', 'Zieglergasse', 'Annenstraße', 'Herrengasse', 'Museumstraße'])} {hn(rng, 1, 80)}/{rng.randint(1, 9)}/{rng.randint(1, 30)}", f"{ch(rng, ['', 'A-'])}{pc} {city}"]


def addr_ch(rng):
    city, pc = ch(rng, [("Winterthur", "8400"), ("Vevey", "1800"), ("Lugano", "6900"), ("Luzern", "6003"), ("St. Gallen", "9000")])
    st = ch(rng, ["Rue du Lac", "Bahnhofstrasse", "Via Nassa", "Pilatusstrasse", "Chemin des Vignes"])
    return [f"{st} {hn(rng, 1, 60)}", f"{ch(rng, ['', 'CH-'])}{pc} {city}"]


def addr_fr(rng):
    city, pc = ch(rng, [("Strasbourg", "67000"), ("Pessac", "33600"), ("Rennes", "35000"), ("Annecy", "74000"),
                        ("Tours", "37000"), ("Montpellier", "34000"), ("Lille", "59800"), ("Nancy", "54000")])
    st = f"{hn(rng, 1, 90)}{ch(rng, ['', '', ' bis', ' ter'])}{ch(rng, [', ', ' '])}{ch(rng, ['rue des Tanneurs', 'allée des Peupliers', 'avenue Jean-Jaurès', 'impasse du Moulin', 'quai des Bateliers', 'place du Marché-aux-Herbes', 'chemin de la Croix-Blanche'])}"
    lines = []
    if rng.random() < 0.3:
        lines.append(ch(rng, ["Résidence Les Pins, Bât. B", "Appt 23, 4e étage", "Esc. C", "Lieu-dit La Grange"]))
    lines.append(st)
    lines.append(f"{pc} {city.upper() if rng.random() < 0.4 else city}{ch(rng, ['', '', ' CEDEX'])}")
    if rng.random() < 0.1:
        lines.append("France")
    return lines


def addr_be(rng):
    city, pc = ch(rng, [("Liège", "4000"), ("Gent", "9000"), ("Namur", "5000"), ("Leuven", "3000"), ("Brugge", "8000")])
    st = ch(rng, ["Rue de la Station", "Veldstraat", "Chaussée de Louvain", "Naamsestraat", "Rue Saint-Gilles"])
    return [f"{st} {hn(rng, 1, 200)}{ch(rng, ['', ' bte 3', ' bus 12', '/2'])}", f"{pc} {city}"]


def addr_nl(rng):
    city, pc0 = ch(rng, [("Amsterdam", "10"), ("Utrecht", "35"), ("Groningen", "97"), ("Delft", "26"),
                         ("Zwolle", "80"), ("Maastricht", "62"), ("Haarlem", "20")])
    pc = f"{pc0}{d(rng, 2)}{ch(rng, [' ', ''])}{up(rng, 2, 'ABCEGHJKLMNPRSTVWXZ')}"
    return [f"{ch(rng, ['Kerkstraat', 'Lijnbaansgracht', 'Oude Ebbingestraat', 'Vismarkt', 'Molenweg', 'Zandpad'])} {hn(rng, 1, 300)}{ch(rng, ['', '', '-II', ' hs', 'A', '-3'])}",
            f"{pc} {city.upper() if rng.random() < 0.3 else city}"]


def addr_es(rng):
    city, pc0, prov = ch(rng, [("Valencia", "46", "Valencia"), ("Zaragoza", "50", "Zaragoza"), ("Bilbao", "48", "Bizkaia"),
                               ("Granada", "18", "Granada"), ("Vigo", "36", "Pontevedra"), ("Salamanca", "37", "Salamanca")])
    st = f"{ch(rng, ['C/ de la Mar', 'Calle Mayor', 'Avda. de Madrid', 'Pza. del Pilar', 'Camino Viejo', 'Rúa do Príncipe'])}, {hn(rng, 1, 150)}"
    if rng.random() < 0.5:
        st += ch(rng, [", 3º 2ª", ", 1º izda.", ", bajo B", ", esc. 2, 4ºD"])
    return [st, f"{pc0}{d(rng, 3)} {city}" + (f" ({prov})" if rng.random() < 0.3 else "")]


def addr_it(rng):
    city, pc0, prv = ch(rng, [("Napoli", "801", "NA"), ("Bologna", "401", "BO"), ("Torino", "101", "TO"),
                              ("Bari", "701", "BA"), ("Verona", "371", "VR"), ("Palermo", "901", "PA")])
    st = f"{ch(rng, ['Via dei Mille', 'Corso Garibaldi', 'Viale dei Tigli', 'Piazza San Domenico', 'Vicolo Stretto', 'Largo Marinai'])}{ch(rng, [' ', ', '])}{hn(rng, 1, 120)}{ch(rng, ['', '', '/B', ', int. 6', ', scala A'])}"
    return [st, f"{pc0}{d(rng, 2)} {city} {ch(rng, [prv, '(' + prv + ')'])}"]


def addr_pt(rng):
    city, pc = ch(rng, [("Porto", "4050"), ("Braga", "4700"), ("Coimbra", "3000"), ("Faro", "8000"), ("Lisboa", "1200")])
    return [f"{ch(rng, ['Rua do Almada', 'Travessa da Fábrica', 'Avenida da Boavista', 'Largo do Carmo'])}, {hn(rng, 1, 400)}{ch(rng, ['', ', 2.º Esq.', ', R/C Dto', ', 5.º'])}",
            f"{pc}-{d(rng, 3)} {city}"]


def addr_pl(rng):
    city, pc0 = ch(rng, [("Gdańsk", "80"), ("Wrocław", "50"), ("Poznań", "61"), ("Lublin", "20"), ("Toruń", "87")])
    return [f"{ch(rng, ['ul. Długa', 'ul. Ogarna', 'al. Niepodległości', 'os. Słoneczne', 'pl. Rybaki'])} {hn(rng, 1, 90)}{ch(rng, ['', '/' + hn(rng, 1, 40), ' m. 7'])}",
            f"{pc0}-{d(rng, 3)} {city}"]


def addr_cz(rng):
    city, pc = ch(rng, [("Praha 3", "130 00"), ("Brno", "602 00"), ("Olomouc", "779 00"), ("Plzeň", "301 00")])
    return [f"{ch(rng, ['Vinohradská', 'Masarykova', 'Husova', 'Na Příkopě', 'Údolní'])} {rng.randint(100, 2999)}/{rng.randint(1, 120)}", f"{pc} {city}"]


def addr_se(rng):
    city, pc = ch(rng, [("Umeå", "903 26"), ("Lund", "222 21"), ("Västerås", "722 12"), ("Visby", "621 55")])
    return [f"{ch(rng, ['Storgatan', 'Kyrkvägen', 'Björkbacken', 'Fiskaregatan'])} {hn(rng, 1, 60)}{ch(rng, ['', ' lgh 1203', ' B'])}", f"{ch(rng, ['', 'SE-'])}{pc} {city.upper() if rng.random() < 0.5 else city}"]


def addr_dk(rng):
    city, pc = ch(rng, [("København N", "2200"), ("Aarhus C", "8000"), ("Odense SV", "5250"), ("Aalborg", "9000")])
    return [f"{ch(rng, ['Nørrebrogade', 'Vestergade', 'Åboulevarden', 'Skovvej'])} {hn(rng, 1, 80)}{ch(rng, ['', ', 2. th.', ', st. tv.', ', 4. mf.'])}", f"{ch(rng, ['', 'DK-'])}{pc} {city}"]


def addr_no(rng):
    city, pc = ch(rng, [("Oslo", "0555"), ("Bergen", "5003"), ("Trondheim", "7011"), ("Tromsø", "9008")])
    return [f"{ch(rng, ['Thorvald Meyers gate', 'Nedre Bakklandet', 'Kalfarveien', 'Storgata'])} {hn(rng, 1, 90)}{ch(rng, ['', 'B', ' H0201'])}", f"{pc} {city.upper() if rng.random() < 0.4 else city}"]


def addr_fi(rng):
    city, pc = ch(rng, [("Tampere", "33200"), ("Turku", "20100"), ("Oulu", "90100"), ("Espoo", "02150")])
    return [f"{ch(rng, ['Hämeenkatu', 'Aurakatu', 'Kirkkokatu', 'Otaniementie'])} {hn(rng, 1, 60)}{ch(rng, ['', ' B 14', ' A 3', ' as. 7'])}", f"{ch(rng, ['', 'FI-'])}{pc} {city.upper() if rng.random() < 0.4 else city}"]


def addr_tr(rng):
    dist, city, pc = ch(rng, [("Kadıköy", "İstanbul", "34728"), ("Çankaya", "Ankara", "06680"), ("Konak", "İzmir", "35250"),
                              ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100")])
    r = rng.random()
    if r < 0.5:
        lines = [f"{ch(rng, ['Bağdat Cad.', 'Atatürk Bulvarı', 'Kıbrıs Şehitleri Cd.', 'Fenerbahçe Cad.'])} No: {hn(rng, 1, 400)} D: {rng.randint(1, 20)}", f"{pc} {dist}/{city}"]
    else:
        lines = [f"{ch(rng, ['Cumhuriyet Mah.', 'Bahçelievler Mah.', 'Yenişehir Mh.'])} {ch(rng, ['Gül Sok.', 'Lale Sk.', 'Menekşe Sokağı'])} No:{hn(rng, 1, 60)} Daire:{rng.randint(1, 14)}", f"{pc} {dist} / {city.upper()}"]
    if rng.random() < 0.2:
        lines.append(ch(rng, ["Türkiye", "Turkey"]))
    return lines


def addr_gr(rng):
    city, pc = ch(rng, [("Athina", "105 63"), ("Thessaloniki", "546 23"), ("Patra", "262 21"), ("Irakleio", "712 02"), ("Chania", "731 32")])
    return [f"{ch(rng, ['Ermou', 'Tsimiski', 'Odos Agiou Nikolaou', 'Leof. Kifisias', 'Mitropoleos'])} {hn(rng, 1, 200)}", f"{pc} {city}" + (", Greece" if rng.random() < 0.2 else "")]


def addr_hu(rng):
    st = f"{ch(rng, ['Király u.', 'Andrássy út', 'Rákóczi utca', 'Dob utca', 'Széchenyi tér'])} {hn(rng, 1, 90)}.{ch(rng, ['', ' II/5.', ' fsz. 2.', ' 3. em. 12.'])}"
    city, pc = ch(rng, [("Budapest", "1061"), ("Budapest", "1074"), ("Debrecen", "4025"), ("Szeged", "6720"), ("Pécs", "7621")])
    if rng.random() < 0.5:
        return [city, st, pc]
    return [f"{pc} {city}, {st.rstrip('.')}"]


def addr_ro(rng):
    if rng.random() < 0.5:
        return [f"Str. {ch(rng, ['Mihai Eminescu', 'Doamnei', 'Lipscani', 'Popa Nan'])} nr. {hn(rng, 1, 120)}, bl. {up(rng, 1)}{rng.randint(1, 9)}, sc. {rng.randint(1, 3)}, ap. {rng.randint(1, 60)}",
                f"sector {rng.randint(1, 6)}, {ch(rng, ['', 'cod '])}0{d(rng, 5)} București"]
    city, pc, jud = ch(rng, [("Cluj-Napoca", "400", "Cluj"), ("Iași", "700", "Iași"), ("Timișoara", "300", "Timiș"), ("Brașov", "500", "Brașov")])
    return [f"{ch(rng, ['Bd. Eroilor', 'Calea Dorobanților', 'Str. Memorandumului', 'Piața Unirii'])} {hn(rng, 1, 90)}", f"{pc}{d(rng, 3)} {city}, jud. {jud}"]


def addr_il(rng):
    city = ch(rng, ["Haifa", "Tel Aviv-Yafo", "Be'er Sheva", "Jerusalem", "Ra'anana", "Herzliya"])
    st = ch(rng, ["Herzl", "Dizengoff", "Ben Yehuda", "HaNassi", "Rothschild", "Sderot Ben Gurion"])
    n = hn(rng, 1, 180)
    pc = d(rng, 7)
    if rng.random() < 0.5:
        return [f"Rehov {st} {n}, Apt {rng.randint(1, 40)}", f"{city} {pc}"]
    return [f"{n} {st} St.", f"{city}, {pc}" + (", Israel" if rng.random() < 0.3 else "")]


def addr_ae(rng):
    area = ch(rng, ["Al Barsha 2", "Jumeirah Village Circle", "Dubai Marina", "Al Quoz 4", "Business Bay", "Mirdif"])
    if rng.random() < 0.5:
        return [f"Villa {hn(rng, 1, 90)}, Street {rng.randint(1, 40)}{ch(rng, ['', 'b', 'A'])}", f"{area}, Dubai" + ch(rng, ["", ", UAE", ", United Arab Emirates"])]
    return [f"Apt {rng.randint(1, 60)}{d(rng, 2)}, {ch(rng, ['Marina Heights Tower', 'Al Noor Building', 'Bay Square 7', 'Sunset Residence'])}", area, f"P.O. Box {d(rng, 6)}, Dubai" + ch(rng, ["", ", U.A.E."])]


def addr_sg(rng):
    if rng.random() < 0.5:
        blk = hn(rng, 100, 700)
        return [f"Blk {blk} {ch(rng, ['Ang Mo Kio Ave 10', 'Tampines St 42', 'Jurong West St 61', 'Bedok North Rd'])}", f"#{rng.randint(2, 25):02d}-{rng.randint(10, 999)}", f"Singapore {d(rng, 3)}{blk[-3:]}"]
    return [f"{hn(rng, 1, 80)} {ch(rng, ['Anson Road', 'Keong Saik Road', 'Jalan Besar', 'Upper Thomson Road'])}", f"#{rng.randint(2, 30):02d}-{rng.randint(1, 20):02d} {ch(rng, ['Mapletree Anson', 'Sin Ming Centre', 'The Sail'])}", f"Singapore {d(rng, 6)}"]


def addr_hk(rng):
    return [f"Flat {ch(rng, 'ABCDEFG')}, {rng.randint(2, 40)}/F, {ch(rng, ['Tower 3', 'Block B', 'Wing On Mansion'])}",
            f"{hn(rng, 1, 180)} {ch(rng, ['Tai Hang Road', 'Nathan Road', 'Des Voeux Road West', 'Shau Kei Wan Road', 'Sai Yeung Choi Street South'])}",
            ch(rng, ["Causeway Bay", "Mong Kok", "Sheung Wan", "Tsim Sha Tsui", "Sai Wan Ho"]) + ch(rng, [", Hong Kong", ", Kowloon", "", ", HK"])]


def addr_kr(rng):
    gu, city = ch(rng, [("Gangnam-gu", "Seoul"), ("Jongno-gu", "Seoul"), ("Mapo-gu", "Seoul"), ("Haeundae-gu", "Busan"), ("Yuseong-gu", "Daejeon")])
    road = f"{ch(rng, ['Teheran-ro', 'Jong-ro 3-gil', 'World Cup buk-ro', 'Haeundaehaebyeon-ro', 'Daehak-ro'])} {hn(rng, 1, 400)}"
    if rng.random() < 0.5:
        return [f"{road}, {rng.randint(2, 20)}F", f"{gu}, {city} {d(rng, 5)}"]
    return [f"{city} {gu} {road}, {ch(rng, ['Apt ', 'Unit ', '#'])}{rng.randint(101, 2504)}", f"({d(rng, 5)})"]


def addr_cl(rng):
    if rng.random() < 0.5:
        return [f"Av. {ch(rng, ['Providencia', 'Irarrázaval', 'Vicuña Mackenna', 'Apoquindo'])} {hn(rng, 100, 6999)}, {ch(rng, ['depto', 'dpto.', 'of.'])} {rng.randint(101, 1805)}",
                f"{ch(rng, ['Providencia', 'Ñuñoa', 'Las Condes'])}, Santiago" + ch(rng, ["", ", Región Metropolitana"])]
    return [f"Calle {ch(rng, ['Esmeralda', 'Blanco Encalada', 'Condell'])} {hn(rng, 100, 2000)}", f"{d(rng, 7)} {ch(rng, ['Valparaíso', 'Viña del Mar', 'Concepción'])}" + ch(rng, ["", ", Chile"])]


def addr_co(rng):
    city, pc = ch(rng, [("Bogotá", "1102"), ("Medellín", "0500"), ("Cali", "7600"), ("Barranquilla", "0800")])
    v = ch(rng, ["Calle", "Carrera", "Cra.", "Cl.", "Transversal", "Diagonal"])
    s = f"{v} {rng.randint(1, 120)}{ch(rng, ['', 'A', 'B', ' Sur'])} # {rng.randint(1, 99)}-{rng.randint(1, 99):02d}"
    if rng.random() < 0.5:
        s += f", {ch(rng, ['Apto', 'Apto.', 'Int.', 'Torre 2 Apto'])} {rng.randint(101, 1504)}"
    return [s, f"{city}{ch(rng, [', ', ' '])}{pc}{d(rng, 2)}" if rng.random() < 0.5 else f"{city}, {ch(rng, ['Cundinamarca', 'Antioquia', 'Valle del Cauca', 'Atlántico'])}"]


def addr_pe(rng):
    s = f"{ch(rng, ['Av. José Larco', 'Jr. Ayacucho', 'Calle Schell', 'Av. Arequipa', 'Psje. Los Pinos'])} {hn(rng, 100, 4999)}{ch(rng, ['', ', Of. 301', ', Dpto. 502', ' Int. 4'])}"
    return [s, f"{ch(rng, ['Miraflores', 'San Isidro', 'Barranco', 'Cercado de Lima', 'Surquillo'])}, Lima{ch(rng, ['', ' ' + '15' + d(rng, 3)])}"]


def addr_ng(rng):
    if rng.random() < 0.5:
        return [f"{hn(rng, 1, 80)} {ch(rng, ['Admiralty Way', 'Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue'])}", f"{ch(rng, ['Lekki Phase 1', 'Victoria Island', 'Ikoyi', 'Ikeja'])}, Lagos{ch(rng, ['', ' 1' + d(rng, 5)])}"]
    return [f"Plot {hn(rng, 1, 900)}, {ch(rng, ['Aminu Kano Crescent', 'Ademola Adetokunbo Cres.', 'Gana Street'])}", f"{ch(rng, ['Wuse II', 'Maitama', 'Garki Area 11'])}, Abuja{ch(rng, ['', ', FCT', ' 900' + d(rng, 3)])}"]


def addr_ke(rng):
    if rng.random() < 0.5:
        return [f"{ch(rng, ['Kimathi House', 'Bishop Magua Centre', 'Yaya Centre'])}, {ch(rng, ['3rd Floor', 'Suite 12', 'Wing B'])}", f"{ch(rng, ['Kimathi Street', 'Ngong Road', 'Argwings Kodhek Rd'])}", f"P.O. Box {hn(rng, 100, 99999)}-00{ch(rng, ['100', '200', '606'])}, Nairobi"]
    return [f"House No. {hn(rng, 1, 60)}, {ch(rng, ['Lavington Green', 'Riverside Drive', 'Nyali Road'])}", f"{ch(rng, ['Lavington, Nairobi', 'Westlands, Nairobi', 'Nyali, Mombasa'])}" + ch(rng, ["", ", Kenya"])]


def addr_ph(rng):
    if rng.random() < 0.5:
        return [f"Unit {rng.randint(2, 40)}{rng.randint(1, 20):02d}, {ch(rng, ['The Grove Tower', 'Salcedo Park', 'One Serendra'])}", f"{hn(rng, 1, 200)} {ch(rng, ['Jupiter St.', 'H.V. dela Costa St.', 'McKinley Pkwy'])}, {ch(rng, ['Bel-Air', 'Salcedo Village', 'BGC'])}", f"{ch(rng, ['Makati City', 'Taguig City'])} {ch(rng, ['1209', '1227', '1634'])}{ch(rng, ['', ', Metro Manila'])}"]
    return [f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)}, {ch(rng, ['Sampaguita St.', 'Narra St.', 'Kamagong Ave.'])}", f"Brgy. {ch(rng, ['San Isidro', 'Malanday', 'Talon Dos'])}, {ch(rng, ['Cainta, Rizal 1900', 'Marikina City 1805', 'Las Piñas 1747'])}"]


def addr_mx(rng):
    return [f"{ch(rng, ['Av. Insurgentes Sur', 'Calle Durango', 'Calz. de Tlalpan'])} {hn(rng, 10, 3000)}{ch(rng, ['', ' Int. 5', ', Depto. 302'])}", f"Col. {ch(rng, ['Roma Norte', 'Del Valle', 'Narvarte'])}, {ch(rng, ['C.P. ', 'CP ', ''])}0{d(rng, 4)} {ch(rng, ['Ciudad de México', 'CDMX'])}"]


ADDR = {k[5:].upper(): v for k, v in globals().items() if k.startswith("addr_")}
CITIES = {"US": ["Dayton", "Knoxville", "Boise", "Omaha", "Tulsa", "Savannah"], "CA": ["Halifax", "Kelowna", "Regina"],
          "GB": ["Leeds", "Bath", "Swansea", "Inverness", "Hull"], "IE": ["Galway", "Athlone", "Tralee"],
          "AU": ["Fremantle", "Hobart", "Cairns"], "DE": ["Bremen", "Kiel", "Leipzig", "Würzburg"],
          "AT": ["Graz", "Linz", "Salzburg"], "CH": ["Lugano", "Winterthur", "Basel"], "FR": ["Rennes", "Annecy", "Lille", "Nantes"],
          "BE": ["Gent", "Liège", "Namur"], "NL": ["Utrecht", "Groningen", "Zwolle", "Delft"],
          "ES": ["Bilbao", "Granada", "Zaragoza", "Vigo"], "IT": ["Bologna", "Bari", "Verona", "Torino"],
          "PT": ["Braga", "Coimbra", "Faro"], "PL": ["Gdańsk", "Wrocław", "Toruń"], "CZ": ["Brno", "Olomouc", "Plzeň"],
          "SE": ["Umeå", "Lund", "Visby"], "DK": ["Aarhus", "Odense", "Aalborg"], "NO": ["Bergen", "Tromsø", "Stavanger"],
          "FI": ["Tampere", "Turku", "Oulu"], "TR": ["İzmir", "Bursa", "Antalya", "Eskişehir"], "GR": ["Thessaloniki", "Chania", "Patra"],
          "HU": ["Debrecen", "Szeged", "Pécs"], "RO": ["Cluj-Napoca", "Iași", "Timișoara"], "IL": ["Haifa", "Be'er Sheva", "Eilat"],
          "AE": ["Dubai", "Abu Dhabi", "Sharjah"], "SG": ["Singapore", "Tampines", "Jurong East"], "HK": ["Kowloon", "Sha Tin", "Causeway Bay"],
          "KR": ["Busan", "Incheon", "Daejeon"], "CL": ["Valparaíso", "Temuco", "Antofagasta"], "CO": ["Medellín", "Cali", "Cartagena"],
          "PE": ["Arequipa", "Cusco", "Trujillo"], "NG": ["Lagos", "Ibadan", "Port Harcourt"], "KE": ["Nairobi", "Mombasa", "Kisumu"],
          "PH": ["Cebu City", "Davao", "Quezon City"], "MX": ["Guadalajara", "Puebla", "Mérida"]}
LANG_COUNTRIES = {"en": ["US", "US", "US", "GB", "GB", "CA", "IE", "AU"]
                  + ["SG", "HK", "AE", "IL", "KR", "NG", "KE", "PH", "GR", "TR", "HU", "RO", "CL", "CO", "PE"] * 2
                  + ["DE", "FR", "NL", "ES", "IT", "MX", "IE", "AU"],
                  "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH", "CA"], "es": ["ES", "CL", "CO", "PE", "MX"],
                  "it": ["IT", "IT", "CH"], "nl": ["NL", "NL", "BE"], "pt": ["PT", "PT"], "pl": ["PL"], "sv": ["SE"],
                  "da": ["DK"], "no": ["NO"], "fi": ["FI"], "cs": ["CZ"], "tr": ["TR"]}
NAME_CULTURE = {"US": "en", "CA": "en", "GB": "en", "IE": "en", "AU": "en", "SG": "zh", "HK": "zh", "AE": "ar", "IL": "he",
                "KR": "ko", "NG": "ng", "KE": "ke", "PH": "ph", "GR": "el", "TR": "tr", "HU": "hu", "RO": "ro", "CL": "es",
                "CO": "es", "PE": "es", "MX": "es", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "NL": "nl",
                "ES": "es", "IT": "it", "PT": "pt", "PL": "pl", "CZ": "cs", "SE": "sv", "DK": "da", "NO": "no", "FI": "fi"}


ADDR_COUNT: Counter = Counter()


def address(rng, country, mode="any", json_escape=False) -> str:
    ADDR_COUNT[country] += 1
    lines = ADDR[country](rng)
    if mode == "any":
        mode = rng.choice(["multi", "one", "one", "sloppy"])
    if json_escape:
        sep = "\\n" if rng.random() < 0.75 else ", "
        return sep.join(lines)
    if mode == "multi":
        return "\n".join(lines)
    if mode == "sloppy":
        return rng.choice([" ", "  ", " - ", " ,"]).join(lines)
    return ", ".join(lines)


# ----------------------------------------------------------------------------------------------
# IBAN, cards, SSN, IP
# ----------------------------------------------------------------------------------------------
IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10", "BE": "n12",
             "AT": "n16", "CH": "n5c12", "PL": "n24", "PT": "n21", "SE": "n20", "IE": "a4n14", "DK": "n14",
             "NO": "n11", "FI": "n14", "CZ": "n20", "TR": "n5z1c16", "GR": "n7c16", "HU": "n24", "RO": "a4c16",
             "IL": "n19", "AE": "n19"}
BANKS = {"GB": ["COUT", "NWBK", "TSBS", "SRLG"], "NL": ["ABNA", "KNAB", "ASNB", "RBRB"], "IE": ["BOFI", "AIBK"],
         "RO": ["BTRL", "RNCB", "INGB", "BRDE"]}


def iban(rng, cc) -> str:
    bban = ""
    for kind, n in re.findall(r"([ancz])(\d+)", IBAN_SPEC[cc]):
        n = int(n)
        if kind == "a":
            bban += ch(rng, BANKS[cc]) if cc in BANKS and n == 4 else up(rng, n)
        elif kind == "c":
            bban += "".join(ch(rng, string.digits * 3 + string.ascii_uppercase) for _ in range(n)) if rng.random() < 0.3 else d(rng, n)
        elif kind == "z":
            bban += "0" * n
        else:
            bban += d(rng, n)
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    r = rng.random()
    if r < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif r < 0.6:
        s = "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def luhn(prefix, length, rng) -> str:
    body = prefix + d(rng, length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return body + str((10 - tot % 10) % 10)


def card(rng) -> str:
    b = ch(rng, ["visa", "visa", "mc", "mc2", "amex", "disc", "disc2"])
    if b == "amex":
        n = luhn(ch(rng, ["34", "37"]), 15, rng)
        sep = ch(rng, [" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    n = {"visa": lambda: luhn("4", 16, rng), "mc": lambda: luhn(str(rng.randint(51, 55)), 16, rng),
         "mc2": lambda: luhn(str(rng.randint(2221, 2720)), 16, rng), "disc": lambda: luhn("6011", 16, rng),
         "disc2": lambda: luhn(str(rng.randint(644, 649)), 16, rng)}[b]()
    sep = ch(rng, [" ", " ", "-", "", "  "])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def ssn(rng, sep=None) -> str:
    a = rng.choice([x for x in range(1, 900) if x != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = ch(rng, ["-", "-", " ", ""]) if sep is None else sep
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ipv4(rng) -> str:
    f = ch(rng, [rng.randint(11, 223), 10, 172, 192, 100, 185, 91])
    if f == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if f == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if f == 127:
        f = 126
    return f"{f}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    g = [f"{rng.randint(0, 0xffff):x}" for _ in range(8)]
    pre = ch(rng, ["2a01", "2001:67c", "2600:1700", "2c0f", "2404:6800", "fe80"])
    s = pre + ":" + ":".join(g[len(pre.split(":")):])
    if rng.random() < 0.5:
        p = s.split(":")
        s = ":".join(p[:3]) + "::" + ":".join(p[-2:])
    return s


# ----------------------------------------------------------------------------------------------
# Non-PII vocab
# ----------------------------------------------------------------------------------------------
BRANDS = ["Pebblewick", "Sorrel & Slate", "Ironbark Coffee", "Gullwing Optics", "Marchetti Verde", "Kolibri Kids",
          "Heimwerk Pro", "Noordzee Zeep", "Lumière Douce", "Brisa Atlántica", "Zorza Cosmetics", "Fjordlys",
          "Tammi & Tuli", "Kaffe Kompagniet", "Lipa Design", "Mavi Liman", "Jasper & Wren", "Clementine Row",
          "Bellhaven Spa", "Monroe Tailoring", "Dakota Grill", "Austin & Barnes", "Florence Bakehouse"]
PRODUCTS = ["Merino Drift hoodie", "Harvey desk chair", "Sunny Side toaster", "Ruby Red lipstick", "Milo travel mug",
            "Atlas 2 backpack", "Clementine face oil", "Dakota boots", "Victoria sofa", "Hudson jeans",
            "Nova Lite e-bike", "Poppy duvet set", "Jasper lamp", "Olive & Thyme candle", "Rio espadrilles",
            "Rocky Road ice cream", "Baltic Amber necklace", "Chelsea boots", "Madison tote", "Everest 2 tent"]
CAMPAIGNS = ["Spring Reset", "Golden Week Flash Sale", "Back to Cozy", "Operation Sunflower", "Summer of Salt",
             "Black Friday Early Access", "Winter Wonder Box", "Mother's Day Edit", "Project Lighthouse", "Autumn Harvest"]
JOB_EN = ["Onboarding Specialist", "Night Auditor", "Head Chef", "Fleet Manager", "Dental Hygienist",
          "Payroll Officer", "Senior Stylist", "Service Advisor", "Guest Relations Manager", "Warehouse Supervisor"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ref(rng):
    return ch(rng, [up(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), f"HX-{d(rng, 5)}", f"#{d(rng, 7)}", f"BK{d(rng, 8)}"])


def date_en(rng):
    return ch(rng, [f"{rng.randint(1, 28)} {ch(rng, MONTHS_EN)}", f"{ch(rng, MONTHS_EN)} {rng.randint(1, 28)}",
                    f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2027", f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])


def tm(rng):
    return ch(rng, [f"{rng.randint(7, 20)}:{ch(rng, ['00', '15', '30', '45'])}", f"{rng.randint(1, 11)}:{ch(rng, ['00', '30'])} {ch(rng, ['am', 'pm', 'AM', 'PM'])}"])


# ----------------------------------------------------------------------------------------------
# Context and template slots
# ----------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{([A-Za-z_]+)(\d?)\}")


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    country: str
    persons: dict = field(default_factory=dict)

    def person(self, i: int) -> Person:
        if i not in self.persons:
            r = self.rng.random()
            if self.lang != "en":
                cult = self.lang if r < 0.8 else ch(self.rng, list(NAMES))
            else:
                cult = NAME_CULTURE[self.country] if r < 0.55 else ("en" if r < 0.8 else ch(self.rng, list(NAMES)))
            self.persons[i] = make_person(self.rng, cult)
        return self.persons[i]

    def other(self) -> str:
        return ch(self.rng, list(ADDR))


def fill(doc: Doc, ctx: Ctx, template: str) -> None:
    pos = 0
    for m in SLOT.finditer(template):
        doc.t(template[pos:m.start()])
        slot(doc, ctx, m.group(1), int(m.group(2) or 1))
        pos = m.end()
    doc.t(template[pos:])


def slot(doc: Doc, ctx: Ctx, name: str, i: int) -> None:
    rng = ctx.rng
    c = ctx.country if i == 1 else ctx.other()
    if name == "N":
        doc.e("PERSON", ctx.person(i).styled(rng))
    elif name == "NI":
        doc.e("PERSON", ctx.person(i).styled(rng, inverted_ok=True))
    elif name == "F":
        doc.e("PERSON", ctx.person(i).first if ctx.person(i).culture not in SURNAME_FIRST else ctx.person(i).full())
    elif name == "L":
        doc.e("PERSON", ctx.person(i).last)
    elif name == "T":
        p = ctx.person(i)
        doc.t(ch(rng, TITLES.get(ctx.lang, TITLES["en"])))
        doc.e("PERSON", p.last if rng.random() < 0.5 else p.full())
    elif name == "E":
        doc.e("EMAIL_ADDRESS", make_email(rng, ctx.person(i)))
    elif name == "GE":
        doc.e("EMAIL_ADDRESS", make_email(rng, None))
    elif name == "P":
        doc.e("PHONE_NUMBER", phone(rng, c))
    elif name == "PM":
        doc.e("PHONE_NUMBER", phone(rng, c, "mobile", ext_ok=False))
    elif name == "PF":
        doc.e("PHONE_NUMBER", phone(rng, c, "fixed"))
    elif name == "A":
        doc.e("STREET_ADDRESS", address(rng, c))
    elif name == "AM":
        doc.e("STREET_ADDRESS", address(rng, c, "multi"))
    elif name == "AO":
        doc.e("STREET_ADDRESS", address(rng, c, "one"))
    elif name == "C":
        doc.e("LOCATION", ch(rng, CITIES[c]))
    elif name == "IBAN":
        doc.e("IBAN_CODE", iban(rng, c if c in IBAN_SPEC else ch(rng, list(IBAN_SPEC))))
    elif name == "CARD":
        doc.e("CREDIT_CARD", card(rng))
    elif name == "LF":
        doc.t(d(rng, 4))
    elif name == "SSN":
        doc.e("US_SSN", ssn(rng))
    elif name == "SSND":
        doc.e("US_SSN", ssn(rng, "-"))
    elif name == "SSNS":
        doc.e("US_SSN", ssn(rng, " "))
    elif name == "SSNN":
        doc.e("US_SSN", ssn(rng, ""))
    elif name == "IP":
        doc.e("IP_ADDRESS", ipv4(rng))
    elif name == "IPS":
        doc.e("IP_ADDRESS", ipv6(rng))
    elif name == "BRAND":
        doc.t(ch(rng, BRANDS))
    elif name == "PROD":
        doc.t(ch(rng, PRODUCTS))
    elif name == "CAMP":
        doc.t(ch(rng, CAMPAIGNS))
    elif name == "JOB":
        doc.t(ch(rng, JOBS.get(ctx.lang, JOB_EN)))
    elif name == "REF":
        doc.t(ref(rng))
    elif name == "DATE":
        doc.t(date_loc(rng, ctx.lang))
    elif name == "DAY":
        doc.t(ch(rng, DAYS.get(ctx.lang, DAYS_EN)))
    elif name == "MON":
        doc.t(ch(rng, MONTHS.get(ctx.lang, MONTHS_EN)))
    elif name == "TIME":
        doc.t(tm(rng))
    elif name == "NUM":
        doc.t(str(rng.randint(2, 480)))
    elif name == "AMT":
        doc.t(f"{rng.randint(9, 1900)}.{d(rng, 2)}")
    else:
        raise KeyError(name)


JOBS = {"de": ["Teamleiterin Empfang", "Personalreferent", "Filialleiterin", "Küchenchef", "Werkstattmeister"],
        "fr": ["Responsable RH", "Chef de rang", "Conseillère clientèle", "Directeur d'agence"],
        "es": ["Jefe de Sala", "Responsable de Recursos Humanos", "Asesora Comercial", "Gerente de Flota"],
        "it": ["Responsabile del Personale", "Capo Cameriere", "Consulente Vendite"],
        "nl": ["Teamleider Bezorging", "HR-adviseur", "Vestigingsmanager"], "pt": ["Gerente de Loja", "Técnica de RH", "Chefe de Cozinha"],
        "pl": ["Kierownik Zmiany", "Specjalista ds. Kadr", "Doradca Klienta"], "sv": ["Butikschef", "HR-partner", "Kökschef"],
        "da": ["Butikschef", "HR-konsulent", "Køkkenchef"], "no": ["Daglig leder", "HR-rådgiver", "Butikksjef"],
        "fi": ["Myymäläpäällikkö", "Henkilöstöasiantuntija", "Keittiöpäällikkö"], "cs": ["Vedoucí prodejny", "Personalistka", "Šéfkuchař"],
        "tr": ["Mağaza Müdürü", "İnsan Kaynakları Uzmanı", "Şef Garson"]}
DAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"], "fr": ["lundi", "mardi", "jeudi", "vendredi"],
        "es": ["lunes", "martes", "jueves", "viernes"], "it": ["lunedì", "martedì", "giovedì", "venerdì"],
        "nl": ["maandag", "dinsdag", "donderdag", "vrijdag"], "pt": ["segunda-feira", "terça-feira", "sexta-feira"],
        "pl": ["poniedziałek", "wtorek", "piątek"], "sv": ["måndag", "tisdag", "fredag"], "da": ["mandag", "tirsdag", "fredag"],
        "no": ["mandag", "onsdag", "fredag"], "fi": ["maanantaina", "tiistaina", "perjantaina"], "cs": ["pondělí", "úterý", "pátek"],
        "tr": ["Pazartesi", "Salı", "Cuma"]}
MONTHS = {"de": ["Januar", "März", "Mai", "Juli", "Oktober"], "fr": ["janvier", "mars", "juin", "octobre"],
          "es": ["enero", "abril", "junio", "noviembre"], "it": ["gennaio", "aprile", "luglio", "ottobre"],
          "nl": ["januari", "maart", "juni", "oktober"], "pt": ["janeiro", "abril", "julho", "outubro"],
          "pl": ["stycznia", "marca", "czerwca", "października"], "sv": ["januari", "april", "juli"], "da": ["januar", "april", "juli"],
          "no": ["januar", "april", "juli"], "fi": ["tammikuuta", "huhtikuuta", "heinäkuuta"], "cs": ["ledna", "dubna", "července"],
          "tr": ["Ocak", "Nisan", "Temmuz", "Ekim"]}


def date_loc(rng, lang):
    if lang == "en":
        return date_en(rng)
    if rng.random() < 0.5:
        return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2027"
    sep = {"de": ". ", "fi": ". ", "cs": ". ", "es": " de ", "pt": " de "}.get(lang, " ")
    return f"{rng.randint(1, 28)}{sep}{ch(rng, MONTHS[lang])}"


# ----------------------------------------------------------------------------------------------
# English templates
# ----------------------------------------------------------------------------------------------
EN = {
    "booking": [
        "Reservation confirmed ✔\nGuest: {N}\nHotel: Hotel {BRAND}, {C}\nCheck-in {DATE} from 15:00, 2 nights, Deluxe King\nConfirmation no. {REF}\nContact on file: {E} / {P}\nCan you turn this into a friendly WhatsApp message for the guest?",
        "Flight booking {REF} – passenger {NI}, seat 14C, {C} → {C2}, departs {DAY} {TIME}. Frequent flyer e-mail {E}. Please summarise baggage rules for this fare.",
        "Table for 6 at Dakota Grill on {DAY} at {TIME}, booked under the name {L}. Allergy note: one guest is coeliac. Call-back number {P}. Draft the confirmation SMS.",
        "Booking summary\nLead traveller: {T}\nCo-traveller: {N2}\nBilling address:\n{AM}\nPaid with card {CARD} (exp 09/29)\nTotal: EUR {AMT}",
        "Hi, I have a booking ({REF}) at the Clementine Row guesthouse for {DATE}. Could you change the name on it from {N} to {N2}? My number is {P}, email {E}.",
        "Villa rental – arrival instructions for {F}: the key box is at {AO}. Code 4471. Host {N2} can be reached at {PM2}. Rewrite politely in plain English.",
    ],
    "reminder": [
        "Reminder: {F}, your dental check-up with {T2} is on {DAY} {DATE} at {TIME}. Clinic: {AO}. To reschedule call {PF}.",
        "Hi {F}! Just a reminder of your cut & colour with {F2} at Bellhaven Spa tomorrow at {TIME}. Reply C to confirm. Questions? {P}",
        "SERVICE APPOINTMENT\nCustomer: {NI}\nVehicle: 2019 Hudson estate, reg. withheld\nDrop-off: {DATE} {TIME}\nService Advisor: {F2}\nWorkshop: {A}\nPlease rewrite as a friendly e-mail to {E}.",
        "Write a gentle no-show follow-up for {T}, who missed the physiotherapy session on {DAY}. The patient's mobile is {PM} and they live at {AO}.",
        "Your vaccination appointment: {DATE}, {TIME}, Room 3. Patient: {N}. Bring ID. If you can't make it, email {GE} or call {P}.",
    ],
    "hr": [
        "Onboarding note – new starter {N}, Payroll Officer, starts {DATE}. Home address for contract:\n{AM}\nPersonal email {E}, mobile {PM}. Buddy: {N2}. Draft the welcome e-mail.",
        "Please prepare the laptop request for {F} {L} (Warehouse Supervisor, {C} site). Emergency contact: {N2}, {P2}. Salary account {IBAN}.",
        "HR note: {N} asked to update their address to {AO} and bank details to {IBAN}. Manager {T2} approved on {DAY}. Summarise for the payroll team.",
        "Interview debrief – candidate {N} for the Head Chef role. Strong on costing, weaker on rota planning. Reference: {T2} ({E2}). Write a neutral summary.",
        "Exit checklist for {NI}: return badge, laptop and fuel card; final payslip goes to {E}; forwarding address {A}.",
    ],
    "newsletter": [
        "Write a note to {F} in {C} about our Spring Reset sale — mention the Ruby Red lipstick and keep it under 80 words.",
        "Personalise this newsletter intro for {F} (loyalty tier Gold, last bought the Harvey desk chair). Sign off from the Sorrel & Slate team.",
        "Generate a subject line and opener for {N}, who lives in {C} and opened our Autumn Harvest e-mail three times.",
        "Draft a birthday message for {F}, customer since 2019, favourite store {C}. Include a 15% code BDAY15.",
        "Write a short win-back e-mail for {N} ({E}). They stopped ordering Ironbark Coffee beans in {MON}.",
    ],
    "delivery": [
        "DRIVER NOTE: Leave parcel with neighbour at no. 14 if {F} not home. Deliver to:\n{N}\n{AM}\nTel {PM}",
        "Delivery for {N} — gate code 2290#, dog in the yard, call {P} on arrival. Address: {AO}.",
        "Courier instructions: Recipient {NI}, {A}. Fragile (Jasper lamp). Alt contact {N2} {P2}. Translate into simple English for the driver.",
        "pls drop the box at reception, ask for {F} or {F2}. address {AO}. if closed ring {PM}",
        "Failed delivery report: attempted {DAY} {TIME} at {AO}; no answer at {PF}. Customer email {E}. Write an apology template.",
    ],
    "dm": [
        "hey {F}!! 😍 loved the pics from {C} — are you still at {AO}? I wanna send you the Merino Drift hoodie 🎁",
        "omg {F} 🙈 I gave your number {PM} to {F2}, hope that's ok?? she's organising the trip to {C} ✈️",
        "👋 hi! saw your post about the Baltic Amber necklace. I'm {N}, can you DM me at {E}? 🙏",
        "{F}!!! 🎉🎉 happy bday!! drinks at mine later? new place is {AO} 🏠 text me {PM}",
        "Hi {F} 😊 your order from Kolibri Kids shipped! Tracking went to {E}. Any issues ping me here ✌️ – {F2}",
    ],
    "review": [
        "⭐⭐⭐⭐⭐ {F} at the {C} store was great — patient, funny and found the right Dakota boots in my size.",
        "Two stars. The Victoria sofa arrived damaged and {F} on the phone was rude. Only {F2} from the {C} branch tried to help.",
        "Shout-out to {F} and {F2} at Bellhaven Spa in {C}! Best massage I've had since {MON}.",
        "The service advisor, {F}, explained everything clearly. Waiting room coffee could be better though. {C} location.",
        "Loved the food, the waiter {F} recommended the Rocky Road ice cream. Will be back on {DAY}!",
    ],
    "dispute": [
        "Order #{NUM}-{NUM2}: I was charged twice on my card ending {LF}. Cardholder {N}. Please refund to the same card {CARD}.",
        "Chargeback request\nName: {N}\nCard: {CARD}\nMerchant: Monroe Tailoring\nAmount: USD {AMT}\nReason: item never received at {AO}.\nSummarise for the bank.",
        "Customer {N} ({E}) disputes the charge on the card ending in {LF}. They say the Atlas 2 backpack was returned to {A}. Draft a reply.",
        "Hi, my Amex {CARD} shows a payment to Pebblewick I never made. Please block it. — {N}, {P}",
        "Refund to wrong card? I paid with {CARD} but the refund went to the Visa ending {LF}. Account email {E}.",
    ],
    "us_form": [
        "W-9 details for vendor setup:\nName: {NI}\nAddress: {A}\nSSN: {SSN}\nPhone: {P}\nPlease check the form is complete.",
        "Employee {N} gave social security number {SSNN} on the I-9; the paper copy shows {SSND}. Which one should payroll use?",
        "Loan application – Applicant: {N}; SSN {SSNS}; Co-applicant: {N2}, SSN {SSND}; Residence: {AO}. Summarise eligibility questions.",
        "Patient intake: {NI}, DOB 04/11/1986, SS# {SSN}, address {AO}, insurance member ID HX{NUM}00. Write a plain summary.",
        "Fix the formatting on this form: social security no.: {SSNN} / name: {N} / email: {E} / cell: {PM}",
    ],
}

NOPII_EN = [
    "Write three Instagram captions for {BRAND}'s {CAMP} campaign launching on {DAY}. Feature the {PROD}.",
    "Product description please: the {PROD} by {BRAND}. Tone: warm, witty, max 60 words.",
    "Compare our {CAMP} results with last year's Winter Wonder Box. Open rate 41%, CTR 3.2%, {NUM} orders.",
    "Brainstorm names for a limited-edition colourway of the {PROD}. Avoid anything too close to {BRAND}.",
    "Translate the tagline 'Made for slow Sundays' for {BRAND} into French, Spanish and Italian.",
    "Draft a press release: {BRAND} opens its flagship store in {C} this {MON}, with a pop-up café.",
    "Plan a 3-week content calendar for the {CAMP} push. Channels: TikTok, Pinterest, e-mail.",
    "Our {JOB} wants a checklist for the {MON} stock take. Keep it to 10 bullet points.",
    "Rewrite this: 'The {PROD} is back — in Olive and Sand — and it's better than ever.'",
    "Write FAQ answers for the {CAMP} promo: who is eligible, when it ends ({DAY} at midnight), and how codes stack.",
    "Give me 5 A/B subject lines for the {BRAND} {MON} newsletter featuring the {PROD}.",
    "Summarise store performance: {C} up 12%, {C2} flat, online down 3%. Suggest two actions for {MON}.",
]

# ----------------------------------------------------------------------------------------------
# Foreign templates: (style, template). Capitalised nouns/brands/jobs/days/months are traps.
# ----------------------------------------------------------------------------------------------
FOREIGN = {
    "de": [
        ("dispute", "Reklamation zu Bestellung {REF}: Der Betrag wurde doppelt von meiner Kreditkarte {CARD} abgebucht. Karteninhaber: {N}. Bitte um Erstattung."),
        ("dispute", "Kunde {N} bestreitet die Zahlung mit der Karte mit Endziffern {LF}. Rücksendung ging an {AO}. Antwortentwurf bitte."),
        ("booking", "Buchungsbestätigung {REF}\nGast: {T}\nAnreise: {DAY}, {DATE}, Doppelzimmer mit Frühstück\nRechnungsanschrift:\n{AM}\nBitte formuliere eine freundliche Antwort."),
        ("reminder", "Erinnerung: Ihr Termin in der Zahnarztpraxis am {DAY} um {TIME} Uhr. Bei Verhinderung bitte unter {PF} absagen. Patientin: {N}"),
        ("hr", "Neue Mitarbeiterin {N} ({JOB}) beginnt am {DATE}. Gehaltskonto {IBAN}, Anschrift {AO}, Handy {PM}. Bitte Willkommensmail entwerfen."),
        ("dm", "hey {F} 😄 wohnst du noch in der {AO}? Ich schick dir das Paket von {BRAND} 📦"),
        ("review", "Großes Lob an {F} in der Filiale {C}! Die Beratung zum {PROD} war super, Kaffee gab's auch."),
        ("delivery", "Lieferhinweis: Paket bitte beim Nachbarn abgeben, falls {T} nicht da ist. Adresse: {AO}. Rückfragen: {P}"),
        ("marketing", "Schreibe einen Newsletter-Text für die Aktion {CAMP}: Im {MON} gibt es bei {BRAND} das {PROD} zum Sonderpreis. Jeden {DAY} neue Angebote!"),
        ("marketing", "Formuliere drei Slogans für die Frühjahrskollektion von {BRAND}. Die Zielgruppe: Familien, Pendler und Studierende."),
        ("marketing", "Unsere {JOB} möchte eine Checkliste für die Inventur im {MON}. Bitte maximal zehn Punkte, Sie-Form."),
    ],
    "fr": [
        ("dispute", "Litige commande {REF} : j'ai été débitée deux fois sur ma carte {CARD}. Titulaire : {N}. Merci de rembourser."),
        ("booking", "Confirmation de réservation {REF} : table pour 4 au nom de {T}, {DAY} à {TIME}. Contact : {P}, {E}. Rédige un rappel poli."),
        ("reminder", "Rappel : votre rendez-vous au garage {BRAND} est fixé au {DATE} à {TIME}. Client : {NI}. Adresse de facturation : {AO}."),
        ("hr", "Note RH : {N} rejoint l'équipe comme {JOB} le {DATE}. RIB : {IBAN}. Adresse personnelle :\n{AM}"),
        ("dm", "coucou {F} 😘 tu es toujours au {AO} ? je passe ce week-end avec {F2} 🥐"),
        ("review", "Service impeccable ! {F} de la boutique de {C} m'a conseillé le {PROD}. Je recommande {BRAND}."),
        ("newsletter", "Écris un petit mot personnalisé pour {F} à {C} au sujet de notre opération {CAMP}. Ton chaleureux, 60 mots."),
        ("marketing", "Rédige une fiche produit pour le {PROD} de {BRAND}. Mets en avant la Collection Printemps et la livraison offerte en {MON}."),
        ("marketing", "Propose cinq objets d'e-mail pour {CAMP}. Le Directeur Marketing veut un ton joueur ; lancement prévu {DAY}."),
        ("marketing", "Traduis en anglais : « Chez {BRAND}, chaque Saison commence par une Promesse. »"),
    ],
    "es": [
        ("dispute", "Reclamación: me cobraron dos veces en la tarjeta {CARD}. Titular: {N}, correo {E}. El pedido nunca llegó a {AO}."),
        ("booking", "Reserva confirmada {REF}. Huésped: {T}. Llegada el {DAY} {DATE}. Teléfono: {P}. Dirección de facturación: {AO}. Redacta un mensaje de bienvenida."),
        ("reminder", "Recordatorio de cita: {F}, te esperamos en la peluquería el {DAY} a las {TIME}. Si no puedes venir, escribe a {GE}."),
        ("hr", "Alta de empleado: {N}, {JOB}, incorporación el {DATE}. Cuenta de nómina {IBAN}. Domicilio:\n{AM}"),
        ("dm", "holaa {F} 🥳 ya me mudé!! nueva dirección: {AO} 🏡 escríbeme al {PM}"),
        ("delivery", "Nota para el repartidor: dejar el paquete en portería, preguntar por {F}. Dirección: {AO}. Móvil: {PM}."),
        ("review", "Muy buena atención de {F} en la tienda de {C}. Compré el {PROD} y me lo envolvieron para regalo."),
        ("marketing", "Escribe un texto para la campaña {CAMP} de {BRAND}: descuentos cada {DAY} de {MON} en el {PROD}."),
        ("marketing", "Dame ideas para el lanzamiento de la Colección Otoño. Público: Jóvenes Profesionales. Marca: {BRAND}."),
        ("marketing", "Nuestro {JOB} pide un resumen de ventas de {C}: subieron un 8% en {MON}."),
    ],
    "it": [
        ("dispute", "Contestazione addebito: carta {CARD}, titolare {N}. La carta che termina con {LF} non è mia. Scrivete a {E}."),
        ("booking", "Conferma prenotazione {REF}: camera doppia a nome {T}, arrivo {DATE}. Recapito: {P}. Indirizzo di fatturazione: {AO}."),
        ("reminder", "Promemoria: {F}, il tagliando dell'auto è fissato per {DAY} alle {TIME}. Per spostarlo chiama il {PF}."),
        ("hr", "Scheda onboarding: {N}, {JOB}, inizio {DATE}. IBAN per lo stipendio {IBAN}. Residenza:\n{AM}"),
        ("dm", "ciao {F} 😍 sei ancora in {AO}? ti mando il {PROD} 🎁"),
        ("review", "Grazie a {F} del negozio di {C}: gentilissima! Il {PROD} di {BRAND} è perfetto."),
        ("marketing", "Scrivi un post per la campagna {CAMP} di {BRAND}. Ogni {DAY} di {MON} sconti sul {PROD}."),
        ("marketing", "Il Responsabile del Personale chiede un testo per la Festa d'Estate aziendale. Tono allegro, niente nomi."),
    ],
    "nl": [
        ("dispute", "Klacht over dubbele afschrijving op creditcard {CARD} ten name van {N}. Bestelling {REF}, retour gestuurd naar {AO}."),
        ("booking", "Reserveringsbevestiging {REF}\nGast: {T}\nAankomst: {DAY} {DATE}\nFactuuradres: {AO}\nTelefoon: {P}"),
        ("delivery", "Bezorgnotitie: pakket voor {N}, {AO}. Niet thuis? Afgeven bij nummer 12. Bel {PM}."),
        ("hr", "Nieuwe collega {N} start op {DATE} als {JOB}. Rekeningnummer {IBAN}, privé-mail {E}."),
        ("dm", "hoi {F}! 😊 woon je nog op {AO}? ik stuur je de {PROD} 🚲"),
        ("review", "Top service van {F} in de winkel in {C}. De {PROD} van {BRAND} is precies wat ik zocht."),
        ("marketing", "Schrijf een nieuwsbrief voor {CAMP}: elke {DAY} in {MON} korting op de {PROD} bij {BRAND}."),
        ("marketing", "Bedenk drie slogans voor de Zomercollectie. De Bedrijfsleider wil iets speels."),
    ],
    "pt": [
        ("booking", "Reserva {REF} confirmada. Hóspede: {T}. Entrada: {DATE}. Contacto: {P}. Morada de faturação: {AO}."),
        ("reminder", "Lembrete: {F}, a sua consulta na clínica é {DAY} às {TIME}. Para remarcar ligue {PF}."),
        ("hr", "Ficha de admissão: {N}, {JOB}, início a {DATE}. IBAN {IBAN}. Morada:\n{AM}"),
        ("dm", "olá {F} 🤗 ainda moras na {AO}? vou enviar-te o {PROD} 🎁"),
        ("review", "Excelente atendimento da {F} na loja de {C}. Comprei o {PROD} da {BRAND}."),
        ("marketing", "Escreve um texto para a campanha {CAMP} da {BRAND}: todas as {DAY}s de {MON} há descontos no {PROD}."),
        ("marketing", "A Gerente de Loja quer um cartaz para a Semana do Cliente. Sem nomes, tom alegre."),
    ],
    "pl": [
        ("dispute", "Reklamacja: dwukrotnie obciążono moją kartę {CARD}. Właściciel karty: {N}, tel. {P}."),
        ("booking", "Potwierdzenie rezerwacji {REF}: {T}, przyjazd {DATE}, pokój dwuosobowy. Kontakt: {P}. Adres do faktury: {AO}."),
        ("hr", "Nowy pracownik {N} ({JOB}) zaczyna {DATE}. Konto do wynagrodzenia {IBAN}. Adres zamieszkania:\n{AM}"),
        ("delivery", "Uwaga dla kuriera: paczka dla {N}, {AO}. Domofon nie działa, proszę dzwonić {PM}."),
        ("dm", "hej {F} 😀 dalej mieszkasz na {AO}? wyślę Ci {PROD} 📦"),
        ("review", "Świetna obsługa! {F} ze sklepu w {C} pomogła mi wybrać {PROD}."),
        ("marketing", "Napisz post o akcji {CAMP}: w każdy {DAY} w {MON} rabat na {PROD} w {BRAND}."),
        ("marketing", "Kierownik Zmiany prosi o listę zadań na Inwentaryzację. Maksymalnie 8 punktów."),
    ],
    "sv": [
        ("booking", "Bokningsbekräftelse {REF}: gäst {N}, ankomst {DAY} {DATE}. Telefon {P}. Faktureringsadress: {AO}."),
        ("reminder", "Påminnelse: {F}, din tid hos frisören är {DAY} kl. {TIME}. Avboka på {PF}."),
        ("hr", "Ny medarbetare {N} börjar som {JOB} den {DATE}. Lönekonto {IBAN}. Adress:\n{AM}"),
        ("dm", "hej {F}! 🌸 bor du kvar på {AO}? skickar {PROD} 🎁"),
        ("marketing", "Skriv ett nyhetsbrev för {CAMP}: varje {DAY} i {MON} rabatt på {PROD} hos {BRAND}."),
        ("marketing", "Vår Butikschef vill ha tre förslag på skyltar till Sommarrean. Inga namn."),
    ],
    "da": [
        ("booking", "Bookingbekræftelse {REF}: gæst {N}, ankomst {DATE}. Telefon {P}. Faktureringsadresse: {AO}."),
        ("delivery", "Note til chaufføren: pakken til {N} kan stilles ved døren. Adresse: {AO}. Ring {PM} ved problemer."),
        ("hr", "Ny kollega {N} starter som {JOB} den {DATE}. Lønkonto {IBAN}, privat mail {E}."),
        ("review", "Stor ros til {F} i butikken i {C} – hjalp mig med {PROD} fra {BRAND}."),
        ("marketing", "Skriv et nyhedsbrev til kampagnen {CAMP}: hver {DAY} i {MON} rabat på {PROD} hos {BRAND}."),
        ("marketing", "Vores Køkkenchef ønsker en ny menutekst til Julefrokosten. Ingen navne, tak."),
    ],
    "no": [
        ("booking", "Bestillingsbekreftelse {REF}: gjest {N}, ankomst {DATE}. Telefon {P}. Fakturaadresse:\n{AM}"),
        ("reminder", "Påminnelse: {F}, bilen din har service {DAY} kl. {TIME}. Spørsmål? Ring {PF}."),
        ("hr", "Ny ansatt {N} begynner som {JOB} {DATE}. Lønnskonto {IBAN}. Adresse: {AO}."),
        ("dm", "heisann {F} 😄 bor du fortsatt i {AO}? sender deg {PROD} 🎿"),
        ("marketing", "Skriv en kampanjetekst for {CAMP}: hver {DAY} i {MON} får du rabatt på {PROD} hos {BRAND}."),
        ("marketing", "Vår Daglig leder vil ha en plakat til Vårslippet. Ingen navn, kort og god."),
    ],
    "fi": [
        ("booking", "Varausvahvistus {REF}: asiakas {N}, saapuminen {DATE}. Puhelin {P}. Laskutusosoite: {AO}."),
        ("reminder", "Muistutus: {F}, hammaslääkäriaikasi on {DAY} klo {TIME}. Peruutukset numeroon {PF}."),
        ("hr", "Uusi työntekijä {N} aloittaa tehtävässä {JOB} {DATE}. Palkkatili {IBAN}. Osoite:\n{AM}"),
        ("review", "Kiitos {F}, myymälässä ({C}) sain loistavaa palvelua! {PROD} on täydellinen."),
        ("marketing", "Kirjoita uutiskirje kampanjaan {CAMP}: joka {DAY} {BRAND} tarjoaa alennusta tuotteesta {PROD}."),
        ("marketing", "Myymäläpäällikkö pyytää mainostekstin Kesäalennukseen. Ei nimiä."),
    ],
    "cs": [
        ("booking", "Potvrzení rezervace {REF}: host {T}, příjezd {DATE}. Telefon {P}. Fakturační adresa: {AO}."),
        ("delivery", "Poznámka pro kurýra: balík pro {N}, {AO}. Zvonek nefunguje, volejte {PM}."),
        ("hr", "Nový zaměstnanec {N} nastupuje jako {JOB} dne {DATE}. Účet pro mzdu {IBAN}. Adresa:\n{AM}"),
        ("review", "Skvělá obsluha od {F} v prodejně v {C}. {PROD} od {BRAND} doporučuji."),
        ("marketing", "Napiš newsletter ke kampani {CAMP}: každé {DAY} v měsíci {MON} sleva na {PROD} v {BRAND}."),
        ("marketing", "Vedoucí prodejny chce plakát na Letní výprodej. Bez jmen, krátce."),
    ],
    "tr": [
        ("booking", "Rezervasyon onayı {REF}: misafir {T}, giriş {DATE}. Telefon: {P}. Fatura adresi:\n{AM}"),
        ("reminder", "Hatırlatma: {F} Hanım, kuaför randevunuz {DAY} saat {TIME}. İptal için {PF} numarasını arayın."),
        ("hr", "Yeni çalışan {N} ({JOB}) {DATE} tarihinde başlıyor. Maaş hesabı {IBAN}. Adres: {AO}."),
        ("dm", "selam {F} 😊 hâlâ {AO} adresinde misin? sana {PROD} göndereceğim 🎁"),
        ("review", "{C} mağazasındaki {F} Bey çok yardımcı oldu. {BRAND} ürünlerini tavsiye ederim."),
        ("marketing", "{CAMP} kampanyası için bülten yaz: {MON} ayı boyunca her {DAY} {BRAND} mağazalarında {PROD} indirimli."),
        ("marketing", "Mağaza Müdürü Yaz İndirimi için kısa bir afiş metni istiyor. İsim kullanma."),
    ],
}


# ----------------------------------------------------------------------------------------------
# Programmatic styles
# ----------------------------------------------------------------------------------------------
def jstr(doc: Doc, typ: str | None, val: str) -> None:
    """A JSON string value (already JSON-safe: no quotes; a literal backslash-n is allowed)."""
    assert '"' not in val
    doc.t('"')
    if typ:
        doc.e(typ, val)
    else:
        doc.t(val)
    doc.t('"')


JSON_INTRO = {
    "de": ["Hier ist der Webhook-Payload. Warum lehnt unser CRM ihn ab?\n```json\n", "Bitte prüfe dieses JSON auf fehlende Felder:\n"],
    "fr": ["Voici le JSON renvoyé par l'API de paiement. Explique l'erreur :\n```json\n", "Convertis cette fiche client en ligne CSV :\n"],
    "es": ["Este es el JSON del pedido. ¿Qué campos faltan?\n```json\n", "Convierte este registro de cliente a CSV:\n"],
    "nl": ["Dit is de payload van de webhook. Waarom faalt de validatie?\n```json\n", "Zet dit klantrecord om naar CSV:\n"],
    "pt": ["Este é o JSON do cliente. Que campos estão em falta?\n```json\n", "Converte este registo para CSV:\n"],
    "tr": ["Webhook'tan gelen JSON bu. CRM neden reddediyor?\n```json\n", "Bu müşteri kaydını CSV satırına çevir:\n"],
}
OCR_INTRO = {
    "de": ["Das hat der Scanner ausgegeben, bitte bereinigen:\n\n", "OCR-Ergebnis, Seite 1 von 2. Felder als Tabelle ausgeben:\n"],
    "fr": ["Voici le résultat de l'OCR, extrais les champs :\n\n", "Page scannée 1/2 :\n"],
    "es": ["Texto del escáner, extrae los campos en JSON:\n\n", "Página escaneada 1/2:\n"],
    "it": ["Ecco il testo OCR del modulo, estrai i campi:\n\n", "Pagina scansionata 1/2:\n"],
    "pl": ["Wynik OCR ze skanu, wyciągnij pola:\n\n", "Zeskanowana strona 1/2:\n"],
    "tr": ["Tarayıcıdan gelen metin, alanları JSON olarak çıkar:\n\n", "Taranmış sayfa 1/2:\n"],
    "nl": ["OCR-uitvoer van het formulier, haal de velden eruit:\n\n", "Gescande pagina 1/2:\n"],
}


def json_payload(doc: Doc, ctx: Ctx) -> None:
    rng = ctx.rng
    pretty = rng.random() < 0.6
    nl, ind = ("\n", "  ") if pretty else ("", "")
    sp = " " if pretty or rng.random() < 0.5 else ""
    if ctx.lang in JSON_INTRO:
        doc.t(ch(rng, JSON_INTRO[ctx.lang]))
    else:
        doc.t(ch(rng, ["Here's the webhook payload, why does our CRM reject it?\n```json\n",
                   "Validate this JSON and tell me which fields are missing:\n",
                   "Convert this customer record to a CSV row:\n```\n",
                   "The checkout API returned this body. Explain the error.\n",
                   "Map these fields to our Salesforce schema:\n```json\n", ""]))
    opened_fence = doc.parts[-1].endswith("```json\n") or doc.parts[-1].endswith("```\n")
    n = 1 if rng.random() < 0.7 else rng.randint(2, 3)
    wrap = n > 1 or rng.random() < 0.4
    if wrap:
        key = ch(rng, ["customers", "recipients", "contacts", "data"])
        doc.t("{" + nl + ind + f'"{key}":{sp}[' + nl)
    for k in range(n):
        c = ctx.country if k == 0 else ctx.other()
        p = make_person(rng, NAME_CULTURE[c]) if k else ctx.person(1)
        base = ind * (2 if wrap else 0)
        inner = base + ind
        doc.t(base + "{" + nl)
        fields = [("id", None, str(rng.randint(10000, 99999)))]
        fields.append((ch(rng, ["name", "full_name", "customerName", "display_name"]), "PERSON", p.styled(rng)))
        if rng.random() < 0.85:
            fields.append((ch(rng, ["email", "e_mail", "contactEmail"]), "EMAIL_ADDRESS", make_email(rng, p)))
        if rng.random() < 0.85:
            fields.append((ch(rng, ["phone", "mobile", "tel", "phoneNumber"]), "PHONE_NUMBER", phone(rng, c, ext_ok=False)))
        if rng.random() < 0.85:
            fields.append((ch(rng, ["address", "shipping_address", "billingAddress", "addr"]), "STREET_ADDRESS", address(rng, c, json_escape=True)))
        if rng.random() < 0.3:
            fields.append(("preferred_store", "LOCATION", ch(rng, CITIES[c])))
        if rng.random() < 0.25:
            fields.append(("card_last4", None, d(rng, 4)))
        if rng.random() < 0.15:
            fields.append(("card_number", "CREDIT_CARD", card(rng)))
        if rng.random() < 0.2 and c in IBAN_SPEC:
            fields.append(("iban", "IBAN_CODE", iban(rng, c)))
        if rng.random() < 0.2:
            fields.append(("last_login_ip", "IP_ADDRESS", ipv4(rng)))
        fields.append((ch(rng, ["tier", "segment", "plan"]), None, ch(rng, ["Gold", "Silver", "Premium", "Basic", "VIP"])))
        if rng.random() < 0.4:
            fields.append(("product", None, ch(rng, PRODUCTS)))
        if rng.random() < 0.3:
            fields.append(("marketing_opt_in", "BOOL", ch(rng, ["true", "false"])))
        for j, (key, typ, val) in enumerate(fields):
            doc.t(inner + f'"{key}":{sp}')
            if key == "id" or typ == "BOOL":
                doc.t(val)
            else:
                jstr(doc, typ, val)
            doc.t(("," if j < len(fields) - 1 else "") + nl)
        doc.t(base + "}" + ("," if k < n - 1 else "") + nl)
    if wrap:
        doc.t(ind + "]" + nl + "}")
    if opened_fence:
        doc.t("\n```")


def yaml_block(doc: Doc, ctx: Ctx) -> None:
    rng = ctx.rng
    c = ctx.country
    p = ctx.person(1)
    style = ch(rng, ["yaml", "yaml", "ini", "env"])
    doc.t(ch(rng, ["Fix the indentation in this config:\n", "Is this YAML valid?\n", "Turn this into a JSON object:\n",
                   "Our onboarding bot stores contacts like this — suggest a schema:\n", ""]))
    if style == "yaml":
        doc.t(ch(rng, ["contact:\n", "guest:\n", "employee:\n", "shipment:\n  recipient:\n"]))
        ind = "    " if doc.parts[-1].endswith("recipient:\n") else "  "
        doc.t(f"{ind}name: ")
        doc.e("PERSON", p.styled(rng))
        doc.t(f"\n{ind}role: {ch(rng, JOB_EN)}\n" if rng.random() < 0.4 else "\n")
        if rng.random() < 0.8:
            q = ch(rng, ['"', "'", ""])
            doc.t(f"{ind}phone: {q}")
            doc.e("PHONE_NUMBER", phone(rng, c))
            doc.t(f"{q}\n")
        if rng.random() < 0.7:
            doc.t(f"{ind}email: ")
            doc.e("EMAIL_ADDRESS", make_email(rng, p))
            doc.t("\n")
        r = rng.random()
        if r < 0.45:
            doc.t(f"{ind}address: |\n{ind}  ")
            ADDR_COUNT[c] += 1
            doc.e("STREET_ADDRESS", f"\n{ind}  ".join(ADDR[c](rng)))
            doc.t("\n")
        elif r < 0.9:
            doc.t(f"{ind}address: ")
            doc.e("STREET_ADDRESS", address(rng, c, "one"))
            doc.t("\n")
        if rng.random() < 0.3:
            doc.t(f"{ind}home_city: ")
            doc.e("LOCATION", ch(rng, CITIES[c]))
            doc.t("\n")
        doc.t(f"{ind}newsletter: {ch(rng, ['true', 'false'])}\n{ind}campaign: {ch(rng, CAMPAIGNS)}\n")
    elif style == "ini":
        doc.t(ch(rng, ["[customer]\n", "[billing]\n", "[profile]\n"]))
        doc.t(ch(rng, ["name = ", "full_name=", "Name: "]))
        doc.e("PERSON", p.styled(rng))
        doc.t("\n" + ch(rng, ["tel = ", "phone=", "Phone: "]))
        doc.e("PHONE_NUMBER", phone(rng, c))
        doc.t("\n" + ch(rng, ["street_address = ", "address=", "Address: "]))
        doc.e("STREET_ADDRESS", address(rng, c, "one"))
        if c in IBAN_SPEC and rng.random() < 0.5:
            doc.t("\niban = ")
            doc.e("IBAN_CODE", iban(rng, c))
        doc.t(f"\nplan = {ch(rng, ['Pro', 'Starter', 'Family'])}\n")
    else:
        first = fold(p.first)[:8] or "user"
        doc.t("# .env for the staging mailer\nSMTP_HOST=smtp.internal\nADMIN_NAME=\"")
        doc.e("PERSON", p.full())
        doc.t("\"\nADMIN_EMAIL=")
        doc.e("EMAIL_ADDRESS", make_email(rng, p))
        doc.t("\nALERT_SMS=")
        doc.e("PHONE_NUMBER", phonenumbers.format_number(ch(rng, PHONES[c]["mobile"]), PNF.E164))
        doc.t(f"\nDB_HOST=")
        doc.e("IP_ADDRESS", ipv4(rng))
        doc.t(f"\nDB_USER={first}_ro\nFEATURE_FLAGS=checkout_v2,{ch(rng, ['dark_mode', 'gift_cards'])}\n")


def badges(doc: Doc, ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        doc.t(ch(rng, ["Print-ready badges for the Bellhaven partner summit:\n\n", "Badge proofs — check spelling:\n\n"]))
        for _ in range(rng.randint(2, 4)):
            c = ctx.other()
            p = make_person(rng, NAME_CULTURE[c])
            doc.t(ch(rng, ["┌────────────────┐\n", "-----\n", "[BADGE]\n"]))
            doc.t(ch(rng, ["HELLO, my name is\n", "", "SPEAKER\n", "VISITOR\n"]))
            doc.e("PERSON", p.first if rng.random() < 0.3 and p.culture not in SURNAME_FIRST else p.full())
            doc.t("\n" + ch(rng, JOB_EN) + " · " + ch(rng, BRANDS) + "\n")
            if rng.random() < 0.6:
                doc.e("LOCATION", ch(rng, CITIES[c]))
                doc.t("\n")
            if rng.random() < 0.2:
                doc.t("@")
                doc.e("EMAIL_ADDRESS", make_email(rng, p))
                doc.t("\n")
        doc.t("\n")
    else:
        doc.t(ch(rng, ["Seating chart – gala dinner, {d}\n".format(d=date_en(rng)),
                       "Wedding seating (final!!)\n", "Board dinner seating, please balance the tables:\n"]))
        for tno in range(1, rng.randint(3, 5)):
            doc.t(ch(rng, [f"Table {tno}: ", f"T{tno} – ", f"Table {ch(rng, ['Oak', 'Willow', 'Juniper', 'Aspen'])}: "]))
            for k in range(rng.randint(2, 4)):
                if k:
                    doc.t(ch(rng, [", ", " / ", "; "]))
                p = make_person(rng, ch(rng, list(NAMES)))
                if rng.random() < 0.2:
                    doc.t(ch(rng, TITLES["en"]))
                doc.e("PERSON", p.styled(rng))
                if rng.random() < 0.15:
                    doc.t(ch(rng, [" (vegan)", " (+1)", " (wheelchair)", " (kids menu)"]))
            doc.t("\n")
        doc.t(ch(rng, ["Head table: bride & groom, both mothers.\n", "Seat the Marketing Director next to the Head Chef.\n", ""]))


OCR_LABELS = {
    "en": ("REGISTRATION FORM", "NAME", "ADDRESS", "TEL", "E-MAIL", "SIGNATURE"),
    "de": ("ANMELDEFORMULAR", "NAME, VORNAME", "ANSCHRIFT", "TELEFON", "E-MAIL", "UNTERSCHRIFT"),
    "fr": ("FORMULAIRE D'INSCRIPTION", "NOM PRÉNOM", "ADRESSE", "TÉL", "COURRIEL", "SIGNATURE"),
    "es": ("FORMULARIO DE ALTA", "NOMBRE Y APELLIDOS", "DOMICILIO", "TELÉFONO", "CORREO", "FIRMA"),
    "it": ("MODULO DI ISCRIZIONE", "COGNOME E NOME", "INDIRIZZO", "TEL", "EMAIL", "FIRMA"),
    "pl": ("FORMULARZ ZGŁOSZENIOWY", "IMIĘ I NAZWISKO", "ADRES", "TEL", "E-MAIL", "PODPIS"),
    "tr": ("KAYIT FORMU", "ADI SOYADI", "ADRES", "TELEFON", "E-POSTA", "İMZA"),
    "nl": ("INSCHRIJFFORMULIER", "NAAM", "ADRES", "TELEFOON", "E-MAIL", "HANDTEKENING"),
}


def ocr_form(doc: Doc, ctx: Ctx) -> None:
    rng = ctx.rng
    title, ln, la, lt, le, ls = OCR_LABELS[ctx.lang]
    if rng.random() < 0.3:  # letter-spaced labels, as OCR of wide fonts often gives
        ln, la, lt = (" ".join(x) if " " not in x else x for x in (ln, la, lt))
    c = ctx.country
    p = ctx.person(1)
    doc.t(ch(rng, OCR_INTRO.get(ctx.lang, ["OCR output from scanned form, extract the fields as JSON:\n\n", "Scanned page 1/2:\n", "The scanner gave me this, clean it up:\n\n"])))
    doc.case = "upper"
    sep = lambda: ch(rng, [" : ", ": ", " :  ", " . ", ":   "])
    doc.t(f"{title}   {ch(rng, ['REF', 'NO', 'Nº'])} {d(rng, 6)}\n{ch(rng, ['_' * 20, '=' * 24, ''])}\n")
    doc.t(ln + sep())
    doc.e("PERSON", f"{p.last}, {p.first}" if ctx.lang in ("de", "it", "tr") or rng.random() < 0.3 else p.full())
    doc.t(ch(rng, ["   ", "\n", "    |  "]) + f"DOB{sep()}{rng.randint(1, 28):02d} / {rng.randint(1, 12):02d} / 19{rng.randint(50, 99)}\n")
    doc.t(la + sep() + ch(rng, ["", "\n"]))
    ADDR_COUNT[c] += 1
    lines = ADDR[c](rng)
    doc.e("STREET_ADDRESS", ch(rng, ["\n", "  ", " , "]).join(lines))
    doc.t("\n" + lt + sep())
    doc.e("PHONE_NUMBER", phone(rng, c, ext_ok=False))
    if rng.random() < 0.7:
        doc.t(ch(rng, ["     ", "\n"]) + le + sep())
        doc.e("EMAIL_ADDRESS", make_email(rng, p))
    if c == "US" and rng.random() < 0.6:
        doc.t("\nSSN" + sep())
        doc.e("US_SSN", ssn(rng))
    elif c in IBAN_SPEC and rng.random() < 0.4:
        doc.t("\nIBAN" + sep())
        doc.e("IBAN_CODE", iban(rng, c))
    doc.t(f"\n{ls}{sep()}_____________   {ch(rng, ['[X] AGREE', '[ ] NEWSLETTER', '☑'])}\n")
    doc.case = None


def server_log(doc: Doc, ctx: Ctx) -> None:
    rng = ctx.rng
    doc.t(ch(rng, ["Why are these logins failing?\n```\n", "Summarise the incident from these logs:\n", "Find the brute-force source:\n```\n", ""]))
    fenced = doc.parts[-1].endswith("```\n")
    h, m = rng.randint(0, 22), rng.randint(0, 50)
    users = [make_person(rng, ch(rng, list(NAMES))) for _ in range(rng.randint(1, 3))]
    for k in range(rng.randint(3, 7)):
        ts = f"2027-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{h:02d}:{m + k:02d}:{rng.randint(10, 59)}Z"
        fmt = rng.random()
        u = ch(rng, users)
        if fmt < 0.35:
            doc.t(f"{ts} {ch(rng, ['INFO', 'WARN', 'ERROR'])} auth: {ch(rng, ['login failed', 'login ok', 'mfa challenge', 'password reset requested'])} user=")
            doc.e("EMAIL_ADDRESS", make_email(rng, u))
            doc.t(" src=")
            doc.e("IP_ADDRESS", ipv4(rng))
            doc.t(f" ua=\"Mozilla/5.0\" req_id={up(rng, 8, string.ascii_lowercase + string.digits)}\n")
        elif fmt < 0.6:
            ip = ipv4(rng) if rng.random() < 0.6 else ipv6(rng)
            doc.e("IP_ADDRESS", ip)
            doc.t(f" - - [{rng.randint(10, 28)}/Mar/2027:{h:02d}:{m + k:02d}:07 +0000] \"{ch(rng, ['GET', 'POST'])} /api/v3/{ch(rng, ['orders', 'login', 'cart/items', 'health'])} HTTP/1.1\" {ch(rng, ['200', '401', '403', '502'])} {rng.randint(120, 9000)}\n")
        elif fmt < 0.8:
            doc.t(f"[{ts}] conn from [")
            doc.e("IP_ADDRESS", ipv6(rng))
            doc.t(f"]:{rng.randint(1024, 65000)} account=")
            doc.e("EMAIL_ADDRESS", make_email(rng, u))
            doc.t(f" tls=1.3 build=4.{rng.randint(1, 20)}.{rng.randint(0, 9)}\n")
        else:
            doc.t(f"{ts} DEBUG profile.update display_name=\"")
            doc.e("PERSON", u.full())
            doc.t("\" from ")
            doc.e("IP_ADDRESS", ipv4(rng))
            doc.t(f":{rng.randint(1024, 65000)} fields=[phone,address]\n")
    if fenced:
        doc.t("```")


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------
PROGRAMMATIC = {"json_payload": json_payload, "yaml_block": yaml_block, "badge_seating": badges,
                "ocr_form": ocr_form, "server_log": server_log}


def render(kind: str, lang: str, template: str | None, case: str | None = None) -> dict:
    rng = R
    country = ch(rng, LANG_COUNTRIES[lang])
    style = kind.split("_", 1)[1] if lang != "en" else kind
    if style in ("us_form",):
        country = "US"
    ctx = Ctx(rng, lang, country)
    doc = Doc(case=case)
    if style in PROGRAMMATIC:
        PROGRAMMATIC[style](doc, ctx)
    else:
        fill(doc, ctx, template)
    text = doc.text()
    check(text, doc.spans)
    return {"kind": kind, "text": text, "spans": doc.spans}


def main() -> None:
    samples: list[dict] = []
    seen: set[str] = set()

    def add(kind, lang, temps, n, case_of=lambda: None):
        got = tries = 0
        while got < n and tries < n * 8:
            t = temps[tries % len(temps)] if temps else None
            tries += 1
            s = render(kind, lang, t, case_of())
            if s["text"] in seen:
                continue
            seen.add(s["text"])
            samples.append(s)
            got += 1

    counts = {"booking": 30, "reminder": 28, "hr": 28, "newsletter": 24, "delivery": 26, "dm": 26, "review": 26,
              "dispute": 26, "us_form": 30}
    for kind, temps in EN.items():
        add(kind, "en", temps, counts[kind], (lambda: "lower" if R.random() < 0.3 else None) if kind == "dm" else (lambda: None))
    for kind, n in (("json_payload", 34), ("yaml_block", 26), ("badge_seating", 24), ("ocr_form", 20), ("server_log", 24)):
        add(kind, "en", None, n)
    add("marketing_nopii", "en", NOPII_EN, 72)
    for lang, items in FOREIGN.items():
        by_style: dict[str, list[str]] = {}
        for style, t in items:
            by_style.setdefault(style, []).append(t)
        for style, temps in by_style.items():
            n = 3 * len(temps) if style == "marketing" else 3
            if lang in ("de", "fr", "es") and style != "marketing":
                n = 4
            add(f"{lang}_{style}", lang, temps, n,
                (lambda: "lower" if R.random() < 0.3 else None) if style == "dm" else (lambda: None))
    for lang in ("de", "fr", "es", "it", "pl", "tr", "nl"):
        add(f"{lang}_ocr_form", lang, None, 3)
    for lang in ("de", "fr", "es", "nl", "pt", "tr"):
        add(f"{lang}_json_payload", lang, None, 2)
    R.shuffle(samples)
    with OUT.open("w") as fh:
        for i, s in enumerate(samples):
            check(s["text"], s["spans"])
            spans = [{"type": sp["type"], "start": sp["start"], "end": sp["end"]} for sp in sorted(s["spans"], key=lambda x: x["start"])]
            fh.write(json.dumps({"id": f"hard5-{i + 1}", "kind": s["kind"], "text": s["text"], "spans": spans},
                                ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    for line in OUT.read_text().splitlines():
        o = json.loads(line)
        last = 0
        for sp in o["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(o["text"]) and sp["start"] >= last
            last = sp["end"]
    types = Counter(sp["type"] for s in samples for sp in s["spans"])
    kinds = Counter(s["kind"] for s in samples)
    langs = set(FOREIGN)
    foreign = sum(1 for s in samples if s["kind"].split("_")[0] in langs)
    empty = sum(1 for s in samples if not s["spans"])
    loc_only = sum(1 for s in samples if s["spans"] and all(sp["type"] == "LOCATION" for sp in s["spans"]))
    print(f"{len(samples)} samples -> {OUT}")
    print(f"other-language samples: {foreign} ({foreign / len(samples):.1%}); no spans at all: {empty} "
          f"({empty / len(samples):.1%}); LOCATION only: {loc_only}")
    print("address countries:", len(ADDR), "phone regions:", len(PHONE_REGIONS))
    print("addresses generated per country (incl. discarded duplicates):", dict(sorted(ADDR_COUNT.items())))
    print("spans per type:")
    for t, c in types.most_common():
        print(f"  {t:<15}{c}")
    print("samples per kind:")
    for k, c in sorted(kinds.items()):
        print(f"  {k:<22}{c}")


if __name__ == "__main__":
    main()
