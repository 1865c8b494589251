#!/usr/bin/env python3
"""Deterministic generator for the blind PII evaluation set "hard16" (round r18).

Writes hard16.jsonl next to this file and prints a self-check.
Offsets are recorded while the text is assembled (never searched afterwards).
"""
import json
import os
import random
import re
import string
from collections import Counter

from faker import Faker

SEED = 1816
rng = random.Random(SEED)
Faker.seed(SEED)

# ---------------------------------------------------------------- countries
# country -> (faker locale, language)
COUNTRY = {
    "US": "en_US", "GB": "en_GB", "IE": "en_IE", "AU": "en_AU", "CA": "en_CA", "IN": "en_IN",
    "NZ": "en_NZ", "DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "FR": "fr_FR", "ES": "es_ES",
    "MX": "es_MX", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "BR": "pt_BR", "PT": "pt_PT",
    "SE": "sv_SE", "TR": "tr_TR", "ID": "id_ID", "VN": "vi_VN", "RO": "ro_RO", "CZ": "cs_CZ",
    "DK": "da_DK", "HU": "hu_HU", "FI": "fi_FI", "NO": "no_NO", "NG": "en_US", "JP": "en_US",
    "BE": "nl_NL",
}
FAKERS = {}
for _c, _l in COUNTRY.items():
    if _l not in FAKERS:
        FAKERS[_l] = Faker(_l)
        FAKERS[_l].seed_instance(SEED + len(FAKERS))

for _l in ["sk_SK", "hr_HR", "sl_SI", "lv_LV", "et_EE", "lt_LT", "fr_CH", "es_AR", "es_CO", "en_PH", "fil_PH", "ga_IE"]:
    try:
        FAKERS[_l] = Faker(_l)
        FAKERS[_l].seed_instance(SEED + len(FAKERS))
    except AttributeError:
        pass

LANG_COUNTRIES = {
    "en": ["US", "GB", "IE", "AU", "CA", "IN", "NZ", "NG", "US", "GB", "US", "JP"],
    "es": ["ES", "MX"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE"], "pt": ["BR", "PT"],
    "it": ["IT"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE"], "tr": ["TR"], "id": ["ID"],
    "vi": ["VN"], "ro": ["RO"], "cs": ["CZ"], "da": ["DK"], "hu": ["HU"], "fi": ["FI"], "no": ["NO"],
}

# ---------------------------------------------------------------- hand-written names
CUSTOM_NAMES = {
    "NG": [("Chiamaka", "Okonkwo"), ("Oluwaseun", "Adeyemi"), ("Ifeoma", "Eze"), ("Babatunde", "Fashola"),
           ("Ngozi", "Obi"), ("Emeka", "Nwosu"), ("Aisha", "Bello"), ("Tobiloba", "Ogunleye"), ("Chukwudi", "Anyanwu"),
           ("Folake", "Adebayo-Coker"), ("Yakubu", "Danjuma"), ("Temitope", "Afolabi"), ("Kelechi", "Iheanacho")],
    "VN": [("Thi Lan", "Nguyen"), ("Van Minh", "Tran"), ("Hoang Anh", "Pham"), ("Thu Trang", "Le"),
           ("Duc Huy", "Vo"), ("Ngoc Mai", "Dang"), ("Quang", "Bui")],
    "AR": [("Layla", "al-Amin"), ("Omar", "Haddad"), ("Yousef", "bin Salleh"), ("Fatima", "El-Sayed"),
           ("Khalid", "Al Mansouri"), ("Noor", "Abu-Ghazaleh"), ("Rania", "Khoury")],
    "CN": [("Wei", "Zhang"), ("Xiaoling", "Chen"), ("Jianhong", "Liu"), ("Mingyu", "Huang"),
           ("Yanping", "Zhou"), ("Hao", "Lin")],
    "KR": [("Ji-woo", "Park"), ("Min-seo", "Kim"), ("Seung-hoon", "Lee"), ("Ha-eun", "Choi"),
           ("Dong-hyun", "Jung")],
    "IN": [("Priyanka", "Venkataraman"), ("Arjun", "Mehta"), ("Lakshmi", "Iyer"), ("Rohit", "Chatterjee"),
           ("Sneha", "Kulkarni"), ("Harpreet", "Sandhu")],
    "PL": [("Grzegorz", "Brzęczyszczykiewicz"), ("Małgorzata", "Wójcik"), ("Krzysztof", "Kowalski"),
           ("Agnieszka", "Szczepańska")],
    "HU": [("Zsófia", "Kovács"), ("Bence", "Szabó"), ("Réka", "Tóth"), ("Levente", "Horváth")],
    "IS": [("Guðrún", "Sigurðardóttir"), ("Einar", "Jónsson"), ("Hildur", "Guðmundsdóttir"),
           ("Þórir", "Ólafsson")],
    "HI": [("Keoni", "Kahananui"), ("Leilani", "Akana"), ("Makoa", "Kealoha"), ("Noelani", "Kapule")],
    "MI": [("Aroha", "Te Rangi"), ("Wiremu", "Ngata"), ("Mereana", "Tawhiri"), ("Tāne", "Parata")],
    "PART": [("Pieter", "van der Berg"), ("Lucía", "de la Cruz"), ("Ludwig", "von Stein"),
             ("Isabelle", "d'Arcy"), ("Seán", "O'Connor"), ("Hannah", "Smith-Jones"),
             ("Marco", "De Luca"), ("Saoirse", "Mac Giolla"), ("Ana Paula", "dos Santos")],
    "JP": [("Haruka", "Takahashi"), ("Kenji", "Watanabe"), ("Yui", "Morimoto"), ("Sho", "Fujita"), ("Aiko", "Nakamura"),
           ("Ren", "Ishikawa"), ("Mei", "Kobayashi"), ("Daisuke", "Yamaguchi"), ("Sakura", "Inoue")],
}
WORD_FIRST = ["Rose", "Hope", "Will", "Mark", "Summer", "Bill", "Grace", "Faith", "Joy", "Sunny",
              "Angel", "Dawn", "Hunter", "Victory", "Ivy", "Jack", "Pearl", "Autumn", "Rich", "Chase"]
WORD_LAST = ["King", "Young", "Brown", "Baker", "Rich", "Green", "Hill", "Wood", "Little", "Fox",
             "Bell", "Price", "Winter", "Church", "Cook", "Best"]
NICKS = ["Bobby", "Mags", "Deb", "Jonno", "Gaz", "Lexi", "Manu", "Tomek", "Kiki", "Pepe", "Sanne"]


class Person:
    def __init__(self, first, last, hu=False):
        self.first, self.last, self.hu = first, last, hu

    def full(self):
        return f"{self.last} {self.first}" if self.hu else f"{self.first} {self.last}"


def make_person(country):
    r = rng.random()
    if country == "HU" or (r < 0.03):
        if rng.random() < 0.25:
            f, l = rng.choice(CUSTOM_NAMES["HU"])
        else:
            f, l = FAKERS["hu_HU"].first_name(), FAKERS["hu_HU"].last_name()
        return Person(f, l, hu=True)
    if r < 0.22:
        key = rng.choice(list(CUSTOM_NAMES))
        if country in CUSTOM_NAMES and rng.random() < 0.6:
            key = country
        f, l = rng.choice(CUSTOM_NAMES[key])
        return Person(f, l, hu=(key == "HU"))
    if r < 0.31:
        fk = FAKERS[COUNTRY.get(country, "en_US")]
        return Person(rng.choice(WORD_FIRST), fk.last_name() if rng.random() < 0.6 else rng.choice(WORD_LAST))
    if r < 0.35:
        return Person(FAKERS["en_US"].first_name(), rng.choice(WORD_LAST))
    if country in ("NG", "JP") and rng.random() < 0.6:
        f, l = rng.choice(CUSTOM_NAMES[country])
        return Person(f, l)
    fk = FAKERS[COUNTRY.get(country, "en_US")]
    if rng.random() < 0.25:  # random other locale to spread coverage
        fk = FAKERS[rng.choice(list(FAKERS))]
    return Person(fk.first_name(), fk.last_name())


def person_form(p, form):
    if form == "full":
        r = rng.random()
        if r < 0.08 and not p.hu:
            return f"{p.first[0]}. {p.last}"
        if r < 0.12 and not p.hu:
            mid = rng.choice("ABCDEJKLMRST")
            return f"{p.first} {mid}. {p.last}"
        return p.full()
    if form == "first":
        return p.first
    if form == "last":
        return p.last
    if form == "rev":  # SURNAME, First
        return f"{p.last.upper()}, {p.first}" if rng.random() < 0.6 else f"{p.last}, {p.first}"
    if form == "init":
        return f"{p.first[0]}. {p.last}"
    if form == "nick":
        return rng.choice(NICKS)
    raise ValueError(form)


def ascii_fold(s):
    tbl = str.maketrans("áàâäãåāçčćéèêëěęíìîïłñńóòôöõøőúùûüůűýÿžźżšśřťďňğışæþðÁÉÍÓÖÜŁŚŻĐđ",
                        "aaaaaaacccéeeeeeiiiilnnooooooouuuuuuyyzzzssrtdngisatdAEIOOULSZDd")
    s = s.translate(tbl)
    s = s.replace("é", "e").replace("ß", "ss").replace("œ", "oe")
    return re.sub(r"[^A-Za-z0-9]", "", s)


EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.net", "orange.fr",
                 "libero.it", "wp.pl", "uol.com.br", "hotmail.es", "icloud.com", "proton.me",
                 "seznam.cz", "telia.se", "yandex.com", "mail.vn", "ziggo.nl", "bluewin.ch"]
BIZ_DOMAINS = ["northwind-retail.com", "brightpath.io", "kaleo-studio.co", "fjordline-media.no",
               "agencia-lumen.es", "hausundgarten.de", "petitecave.fr", "mercato-verde.it",
               "tulpenhuis.nl", "lojafeliz.com.br", "ankara-tekstil.com.tr", "rumahkopi.id"]


def make_email(p=None, biz=False):
    if p is None:
        p = make_person("US")
    f, l = ascii_fold(p.first).lower() or "x", ascii_fold(p.last).lower() or "y"
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{n}", "{fi}.{l}"])
    local = pat.format(f=f, l=l, fi=f[0], n=rng.randint(1, 99))
    dom = rng.choice(BIZ_DOMAINS if biz else EMAIL_DOMAINS)
    return f"{local}@{dom}"


# ---------------------------------------------------------------- phones
def d(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def nz(n):
    return str(rng.randint(2, 9)) + d(n - 1)


PHONE_FMT = {
    "US": [lambda: f"({nz(3)}) 555-01{d(2)}", lambda: f"+1 {nz(3)}-555-01{d(2)}", lambda: f"{nz(3)}.555.01{d(2)}",
           lambda: f"1-800-{rng.choice(['FLOWERS', 'GO-BIKES', 'MY-PIZZA', 'CALL-ZOE'])}"],
    "CA": [lambda: f"+1 (416) {nz(3)}-{d(4)}", lambda: f"604-{nz(3)}-{d(4)}"],
    "GB": [lambda: f"+44 20 7946 0{d(3)}", lambda: f"07700 900{d(3)}", lambda: f"+44 (0)7700 900{d(3)}",
           lambda: f"0161 496 0{d(3)}"],
    "IE": [lambda: f"+353 87 {nz(3)} {d(4)}", lambda: f"(01) {nz(3)} {d(4)}"],
    "AU": [lambda: f"+61 4{d(2)} {d(3)} {d(3)}", lambda: f"(02) 9{d(3)} {d(4)}", lambda: f"04{d(2)} {d(3)} {d(3)}"],
    "NZ": [lambda: f"+64 21 {d(3)} {d(4)}", lambda: f"(09) {nz(3)} {d(4)}"],
    "IN": [lambda: f"+91 98{d(3)} {d(5)}", lambda: f"080-{nz(4)}-{d(4)}"],
    "NG": [lambda: f"+234 803 {d(3)} {d(4)}", lambda: f"0812 {d(3)} {d(4)}"],
    "JP": [lambda: f"+81 3-{nz(4)}-{d(4)}", lambda: f"090-{nz(4)}-{d(4)}"],
    "DE": [lambda: f"+49 30 {nz(8)}", lambda: f"030 / {nz(4)} {d(4)}", lambda: f"0151-{nz(8)}",
           lambda: f"+49 (0)89 {nz(3)} {d(3)}-0"],
    "AT": [lambda: f"+43 1 {nz(3)} {d(4)}", lambda: f"0664 {nz(3)} {d(4)}"],
    "CH": [lambda: f"+41 44 {nz(3)} {d(2)} {d(2)}", lambda: f"079 {nz(3)} {d(2)} {d(2)}"],
    "FR": [lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
           lambda: f"01 {d(2)} {d(2)} {d(2)} {d(2)}"],
    "BE": [lambda: f"+32 470 {d(2)} {d(2)} {d(2)}", lambda: f"02 {nz(3)} {d(2)} {d(2)}"],
    "ES": [lambda: f"+34 6{d(2)} {d(3)} {d(3)}", lambda: f"91 {nz(3)} {d(2)} {d(2)}"],
    "MX": [lambda: f"+52 55 {nz(4)} {d(4)}", lambda: f"(33) {nz(4)}-{d(4)}"],
    "IT": [lambda: f"+39 02 {nz(4)} {d(4)}", lambda: f"347 {nz(3)} {d(4)}"],
    "NL": [lambda: f"+31 6 {nz(8)}", lambda: f"020-{nz(7)}", lambda: f"06-{nz(4)} {d(4)}"],
    "PL": [lambda: f"+48 5{d(2)} {d(3)} {d(3)}", lambda: f"22 {nz(3)} {d(2)} {d(2)}"],
    "BR": [lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) 9{d(4)}-{d(4)}"],
    "PT": [lambda: f"+351 91{d(1)} {d(3)} {d(3)}", lambda: f"21 {nz(3)} {d(4)}"],
    "SE": [lambda: f"+46 70 {d(3)} {d(2)} {d(2)}", lambda: f"08-{nz(3)} {d(3)} {d(2)}"],
    "TR": [lambda: f"+90 532 {d(3)} {d(2)} {d(2)}", lambda: f"0 (212) {nz(3)} {d(2)} {d(2)}"],
    "ID": [lambda: f"+62 812-{d(4)}-{d(4)}", lambda: f"0813 {d(4)} {d(4)}"],
    "VN": [lambda: f"+84 912 {d(3)} {d(3)}", lambda: f"0903.{d(3)}.{d(3)}"],
    "RO": [lambda: f"+40 721 {d(3)} {d(3)}", lambda: f"0745 {d(3)} {d(3)}"],
    "CZ": [lambda: f"+420 601 {d(3)} {d(3)}", lambda: f"737 {d(3)} {d(3)}"],
    "DK": [lambda: f"+45 {nz(2)} {d(2)} {d(2)} {d(2)}", lambda: f"{nz(2)}{d(2)}{d(2)}{d(2)}"],
    "HU": [lambda: f"+36 30 {nz(3)} {d(4)}", lambda: f"06 1 {nz(3)} {d(4)}"],
    "FI": [lambda: f"+358 40 {nz(3)} {d(4)}", lambda: f"09 {nz(3)} {d(4)}"],
    "NO": [lambda: f"+47 9{d(2)} {d(2)} {d(3)}", lambda: f"22 {d(2)} {d(2)} {d(2)}"],
}
EXT_WORD = {"en": ["ext. ", "x", "extension "], "de": ["Durchwahl ", "DW "], "fr": ["poste "], "es": ["ext. "],
            "pt": ["ramal "], "it": ["int. "], "nl": ["toestel "], "pl": ["wew. "], "sv": ["ankn. "]}
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def make_phone(country, lang="en", allow_ext=True):
    ph = rng.choice(PHONE_FMT[country])()
    if allow_ext and rng.random() < 0.1 and "800" not in ph:
        ph += " " + rng.choice(EXT_WORD.get(lang, ["ext. "])) + str(rng.randint(2, 499))
    return ph


def phone_words(country):
    digits = re.sub(r"\D", "", rng.choice(PHONE_FMT["GB" if country not in ("US", "CA") else "US"][:2])())
    return " ".join(DIGIT_WORDS[int(c)] if c != "0" or rng.random() < 0.7 else "zero" for c in digits)


# ---------------------------------------------------------------- addresses
STREETS = {
    "US": ["Maple Avenue", "W 34th Street", "Lakeshore Drive", "Pine Ridge Road", "Elm St", "Sunset Blvd"],
    "CA": ["Queen Street West", "Rue Saint-Denis", "Kingsway", "Bloor St E"],
    "GB": ["Acacia Road", "Victoria Street", "Mill Lane", "Church Walk", "Station Road"],
    "IE": ["Grafton Street", "Main Street", "Strand Road", "Patrick Street"],
    "AU": ["George Street", "Brunswick St", "Beach Road", "Oxford Street"],
    "NZ": ["Ponsonby Road", "Cuba Street", "Karangahape Road"],
    "IN": ["MG Road", "Linking Road", "100 Feet Road", "Nehru Marg"],
    "NG": ["Admiralty Way", "Awolowo Road", "Adeola Odeku Street"],
    "DE": ["Hauptstraße", "Lindenallee", "Schillerstr.", "Am Mühlbach", "Bahnhofstraße"],
    "AT": ["Mariahilfer Straße", "Linzer Gasse", "Herrengasse"],
    "CH": ["Bahnhofstrasse", "Seefeldstrasse", "Rue du Rhône"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Lilas"],
    "BE": ["Rue Royale", "Meir", "Chaussée de Waterloo", "Kerkstraat"],
    "ES": ["Gran Vía", "Mayor", "Alcalá", "Sierpes", "Pintor Sorolla"],
    "MX": ["Av. Insurgentes Sur", "Calle Durango", "Av. Vallarta"],
    "IT": ["Via Roma", "Corso Buenos Aires", "Via Garibaldi", "Viale dei Mille"],
    "NL": ["Prinsengracht", "Dorpsstraat", "Kerkstraat", "Oudegracht"],
    "PL": ["Marszałkowska", "Piotrkowska", "Długa", "Kwiatowa"],
    "BR": ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua XV de Novembro"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"],
    "SE": ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan"],
    "TR": ["Bağdat Caddesi", "Atatürk Bulvarı", "Gül Sokak", "Cumhuriyet Caddesi"],
    "ID": ["Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Malioboro", "Jl. Kemang Raya"],
    "VN": ["Lê Lợi", "Nguyễn Huệ", "Hàng Bông", "Trần Hưng Đạo"],
    "RO": ["Str. Victoriei", "Bd. Unirii", "Str. Memorandumului"],
    "CZ": ["Vinohradská", "Na Příkopě", "Husova", "Masarykova"],
    "DK": ["Nørrebrogade", "Strøget", "Vesterbrogade", "Algade"],
    "HU": ["Andrássy út", "Váci utca", "Király utca", "Petőfi Sándor utca"],
    "FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"],
    "NO": ["Karl Johans gate", "Bogstadveien", "Storgata"],
    "JP": ["Jingumae", "Nishi-Shinjuku", "Minami-Aoyama", "Umeda"],
}
CITIES = {
    "US": [("Denver", "CO", "802"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Buffalo", "NY", "142"),
           ("Columbus", "OH", "432"), ("Tampa", "FL", "336")],
    "CA": [("Toronto", "ON"), ("Vancouver", "BC"), ("Montréal", "QC"), ("Halifax", "NS")],
    "GB": ["Leeds", "Bristol", "Manchester", "Norwich", "Cardiff", "Edinburgh"],
    "IE": [("Galway", "Galway"), ("Cork", "Cork"), ("Kilkenny", "Kilkenny"), ("Dundalk", "Louth")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Surry Hills", "NSW", "2010"), ("Fremantle", "WA", "6160"),
           ("New Farm", "QLD", "4005")],
    "NZ": [("Auckland", "1011"), ("Wellington", "6011"), ("Christchurch", "8013")],
    "IN": [("Bengaluru", "Karnataka", "5600"), ("Mumbai", "Maharashtra", "4000"), ("Pune", "Maharashtra", "4110"),
           ("Chennai", "Tamil Nadu", "6000")],
    "NG": ["Lagos", "Abuja", "Ibadan"],
    "DE": ["Berlin", "Köln", "Leipzig", "Freiburg im Breisgau", "Hamburg", "Münster"],
    "AT": ["Wien", "Graz", "Salzburg", "Innsbruck"],
    "CH": ["Zürich", "Basel", "Genève", "Luzern"],
    "FR": ["Lyon", "Nantes", "Bordeaux", "Lille", "Montpellier", "Rennes"],
    "BE": ["Bruxelles", "Antwerpen", "Gent", "Liège"],
    "ES": [("Madrid", "Madrid"), ("Sevilla", "Sevilla"), ("Valencia", "Valencia"), ("Bilbao", "Bizkaia"),
           ("Zaragoza", "Zaragoza")],
    "MX": [("Ciudad de México", "CDMX"), ("Guadalajara", "Jal."), ("Monterrey", "N.L.")],
    "IT": [("Milano", "MI"), ("Bologna", "BO"), ("Napoli", "NA"), ("Torino", "TO"), ("Firenze", "FI")],
    "NL": ["Amsterdam", "Utrecht", "Groningen", "Eindhoven", "Haarlem"],
    "PL": ["Warszawa", "Łódź", "Kraków", "Gdańsk", "Poznań"],
    "BR": [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Curitiba", "PR"), ("Belo Horizonte", "MG")],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
    "SE": ["Stockholm", "Göteborg", "Malmö", "Uppsala"],
    "TR": [("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Konak", "İzmir")],
    "ID": [("Jakarta Selatan", "DKI Jakarta"), ("Yogyakarta", "DI Yogyakarta"), ("Bandung", "Jawa Barat")],
    "VN": [("Quận 1", "TP. Hồ Chí Minh"), ("Quận Hoàn Kiếm", "Hà Nội"), ("Quận Hải Châu", "Đà Nẵng")],
    "RO": ["București", "Cluj-Napoca", "Iași", "Timișoara"],
    "CZ": ["Praha 2", "Brno", "Ostrava", "Olomouc"],
    "DK": ["København N", "Aarhus C", "Odense", "Aalborg"],
    "HU": ["Budapest", "Debrecen", "Szeged", "Pécs"],
    "FI": ["Helsinki", "Tampere", "Turku", "Oulu"],
    "NO": ["Oslo", "Bergen", "Trondheim", "Stavanger"],
    "JP": [("Shibuya-ku", "Tokyo"), ("Shinjuku-ku", "Tokyo"), ("Kita-ku", "Osaka")],
}
COUNTRY_NAME = {"US": "USA", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "AU": "Australia",
                "NZ": "New Zealand", "IN": "India", "NG": "Nigeria", "DE": "Deutschland", "AT": "Österreich",
                "CH": "Schweiz", "FR": "France", "BE": "Belgique", "ES": "España", "MX": "México", "IT": "Italia",
                "NL": "Nederland", "PL": "Polska", "BR": "Brasil", "PT": "Portugal", "SE": "Sverige",
                "TR": "Türkiye", "ID": "Indonesia", "VN": "Việt Nam", "RO": "România", "CZ": "Česko",
                "DK": "Danmark", "HU": "Magyarország", "FI": "Suomi", "NO": "Norge", "JP": "Japan"}
BUILDINGS = ["Harbour View", "Kingfisher House", "The Maltings", "Residencial Sol", "Tower B", "Crescent Court"]
UKL = "ABCDEFGHJKLMNPRSTUWXY"


def city_name(country):
    c = rng.choice(CITIES[country])
    return c[0] if isinstance(c, tuple) else c


def make_address(country, multiline=None):
    """Return list of lines of a postal address in local format."""
    if multiline is None:
        multiline = rng.random() < 0.5
    S = rng.choice(STREETS[country])
    C = rng.choice(CITIES[country])
    n = rng.randint(1, 240)
    L = []
    if country == "US":
        r = rng.random()
        if r < 0.12:
            L = [f"PO Box {rng.randint(100, 9999)}"]
        elif r < 0.2:
            L = [f"RR {rng.randint(1, 9)} Box {rng.randint(10, 300)}"]
        else:
            unit = rng.choice(["", "", f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f", Suite {rng.randint(100, 950)}",
                               f" Unit {rng.randint(1, 40)}"])
            L = [f"{n * 7 + 3} {S}{unit}"]
        L.append(f"{C[0]}, {C[1]} {C[2]}{d(2)}")
    elif country == "CA":
        pc = f"{rng.choice('KLMNPTV')}{rng.randint(1, 9)}{rng.choice(UKL)} {rng.randint(1, 9)}{rng.choice(UKL)}{rng.randint(1, 9)}"
        L = [f"{rng.choice(['', f'{rng.randint(2, 1800)}-'])}{n * 3} {S}", f"{C[0]} {C[1]} {pc}"]
    elif country == "GB":
        pc = f"{rng.choice(['LS', 'BS', 'M', 'NR', 'CF', 'EH'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(UKL)}{rng.choice(UKL)}"
        L = []
        if rng.random() < 0.4:
            L.append(f"Flat {rng.randint(1, 24)}, {rng.choice(BUILDINGS)}")
        L += [f"{n} {S}", C, pc]
    elif country == "IE":
        ek = f"{rng.choice(['H91', 'T12', 'R95', 'A91', 'D02'])} {rng.choice(UKL)}{d(1)}{rng.choice(UKL)}{d(1)}"
        L = [f"{n} {S}", C[0], f"Co. {C[1]}", ek]
    elif country == "AU":
        L = [f"{rng.choice(['', f'Unit {rng.randint(1, 20)}/', f'{rng.randint(1, 9)}/'])}{n} {S}", f"{C[0].upper()} {C[1]} {C[2]}"]
    elif country == "NZ":
        L = [f"{n} {S}", f"{rng.choice(['Grey Lynn', 'Te Aro', 'Sydenham'])}", f"{C[0]} {C[1]}"]
    elif country == "IN":
        L = [f"Flat {rng.randint(1, 20)}{rng.choice('ABC')}, {rng.choice(['Prestige Lakeside', 'Sai Krupa Apts', 'Green Glen Layout'])}",
             f"{n}, {S}, {rng.choice(['Koramangala', 'Bandra West', 'Kothrud', 'Adyar'])}",
             f"{C[0]} - {C[2]}{d(2)}, {C[1]}"]
    elif country == "NG":
        L = [f"Plot {n}, {S}", rng.choice(["Lekki Phase 1", "Victoria Island", "Wuse II"]), f"{C} {rng.choice(['', '10' + d(4)])}".strip()]
    elif country in ("DE", "AT", "CH"):
        plz = {"DE": d(1) + d(4), "AT": str(rng.randint(1, 9)) + d(3), "CH": str(rng.randint(1, 9)) + d(3)}[country]
        L = []
        if rng.random() < 0.2:
            L.append(f"c/o {rng.choice(['Regus Business Centre', 'Hotel Adler', 'Coworking Nord', 'Packstation 114'])}")
        L += [f"{S} {n}{rng.choice(['', '', 'a', ' / 3. OG'])}", f"{plz} {C}"]
    elif country == "FR":
        L = [f"{n}{rng.choice(['', '', ' bis'])} {S}", f"{d(5)} {C.upper() if rng.random() < 0.5 else C}"]
        if rng.random() < 0.3:
            L.insert(0, f"Bât. {rng.choice('ABC')}, {rng.randint(1, 6)}e étage")
    elif country == "BE":
        L = [f"{S} {n}{rng.choice(['', ' bus 3', ' boîte 12'])}", f"{rng.randint(1000, 9999)} {C}"]
    elif country == "ES":
        L = [f"C/ {S}, {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}", f"{d(5)} {C[0]} ({C[1]})"]
    elif country == "MX":
        L = [f"{S} {n * 11} Int. {rng.randint(1, 30)}", f"Col. {rng.choice(['Roma Norte', 'Americana', 'Del Valle'])}",
             f"{d(5)} {C[0]}, {C[1]}"]
    elif country == "IT":
        L = [f"{S} {n}{rng.choice(['', '/B', ', scala C, int. 7'])}", f"{d(5)} {C[0]} ({C[1]})"]
    elif country == "NL":
        L = [f"{S} {n}{rng.choice(['', '-II', ' hs', 'A'])}", f"{rng.randint(1000, 9999)} {rng.choice(UKL)}{rng.choice(UKL)} {C}"]
    elif country == "PL":
        L = [f"ul. {S} {n}{rng.choice(['', f'/{rng.randint(1, 80)}'])}", f"{d(2)}-{d(3)} {C}"]
    elif country == "BR":
        L = [f"{S}, {n * 5}, apto {rng.randint(11, 190)} - {rng.choice(['Pinheiros', 'Botafogo', 'Batel', 'Savassi'])}",
             f"{C[0]} - {C[1]}, {d(5)}-{d(3)}"]
    elif country == "PT":
        L = [f"{S}, {n}, {rng.randint(1, 6)}º {rng.choice(['Esq.', 'Dto.'])}", f"{rng.randint(1000, 4999)}-{d(3)} {C}"]
    elif country == "SE":
        L = [f"{S} {n}{rng.choice(['', ' lgh 1102', 'B'])}", f"{rng.randint(100, 999)} {d(2)} {C.upper() if rng.random() < 0.4 else C}"]
    elif country == "TR":
        L = [f"{rng.choice(['Moda', 'Kızılay', 'Alsancak'])} Mah. {S} No:{n} D:{rng.randint(1, 20)}", f"{d(5)} {C[0]}/{C[1]}"]
    elif country == "ID":
        L = [f"{S} No. {n}, RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}", f"{C[0]}, {C[1]} {d(5)}"]
    elif country == "VN":
        L = [f"Số {n} {S}, Phường {rng.choice(['Bến Nghé', 'Hàng Trống', 'Thạch Thang'])}", f"{C[0]}, {C[1]}"]
    elif country == "RO":
        L = [f"{S} nr. {n}, bl. {rng.choice('ABCM')}{rng.randint(1, 9)}, sc. {rng.randint(1, 3)}, ap. {rng.randint(1, 60)}",
             f"{d(6)} {C}"]
    elif country == "CZ":
        L = [f"{S} {rng.randint(100, 2999)}/{n}", f"{rng.randint(100, 799)} {d(2)} {C}"]
    elif country == "DK":
        L = [f"{S} {n}, {rng.randint(1, 5)}. {rng.choice(['th.', 'tv.', 'mf.'])}", f"{rng.randint(1000, 9990)} {C}"]
    elif country == "HU":
        L = [f"{rng.randint(1000, 9999)} {C}", f"{S} {n}. {rng.randint(1, 6)}/{rng.randint(1, 20)}."]
    elif country == "FI":
        L = [f"{S} {n} {rng.choice(['', 'B 14', 'A 3'])}".strip(), f"{d(5)} {C.upper()}"]
    elif country == "NO":
        L = [f"{S} {n}{rng.choice(['', 'B', ' H0302'])}", f"{d(4)} {C.upper()}"]
    elif country == "JP":
        L = [f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {S}", f"{C[0]}, {C[1]} {d(3)}-{d(4)}"]
    if rng.random() < 0.3:
        L.append(COUNTRY_NAME[country] if country not in ("US",) else rng.choice(["USA", "United States"]))
    return L


def address_text(country, multiline=None, sep=None):
    if multiline is None:
        multiline = rng.random() < 0.45
    L = make_address(country)
    if multiline:
        return "\n".join(L)
    return (sep or ", ").join(L)


# ---------------------------------------------------------------- numbers
def luhn_complete(prefix, length):
    num = prefix + d(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return num + str((10 - total % 10) % 10)


def make_card():
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4" + d(1), 16)
    elif kind == "mc":
        n = luhn_complete(str(rng.randint(51, 55)), 16)
    elif kind == "disc":
        n = luhn_complete("6011", 16)
    else:
        n = luhn_complete(rng.choice(["34", "37"]), 15)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_LEN = {"DE": 18, "FR": 23, "ES": 20, "IT": 23, "NL": 14, "BE": 12, "PL": 24, "PT": 21, "AT": 16, "CH": 17,
            "GB": 18, "IE": 18, "SE": 20, "DK": 14, "FI": 14, "NO": 11, "CZ": 20, "RO": 20, "HU": 24, "TR": 22}


def make_iban(country):
    if country not in IBAN_LEN:
        country = rng.choice(list(IBAN_LEN))
    n = IBAN_LEN[country]
    if country in ("NL", "GB", "IE"):
        bank = {"NL": rng.choice(["ABNA", "RABO", "INGB"]), "GB": rng.choice(["NWBK", "BARC"]), "IE": "AIBK"}[country]
        bban = bank + d(n - 4)
    elif country == "RO":
        bban = rng.choice(["BTRL", "RNCB"]) + d(n - 4)
    else:
        bban = d(n)
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    iban = f"{country}{chk:02d}{bban}"
    if rng.random() < 0.6:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def make_ssn():
    a = rng.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}" if rng.random() < 0.85 else \
        f"{a:03d} {rng.randint(1, 99):02d} {rng.randint(1, 9999):04d}"


def make_ipv4():
    r = rng.random()
    if r < 0.3:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if r < 0.45:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_ipv6():
    if rng.random() < 0.5:
        return f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))


# ---------------------------------------------------------------- hard negatives
def neg(kind):
    if kind == "ORD":
        return rng.choice([f"#{d(3)}-{d(3)}-{d(4)}", f"ORD-{d(4)}-{d(4)}-{d(2)}", f"{nz(3)} {d(3)} {d(4)}",
                           f"SO{d(8)}", f"WEB-{d(2)}-{d(6)}"])
    if kind == "TRK":
        return rng.choice([f"1Z {d(3)} {rng.choice(UKL)}{rng.choice(UKL)}{d(1)} {d(4)} {d(4)} {d(2)}",
                           f"JD0{d(3)} {d(4)} {d(4)} {d(4)}", f"{d(4)} {d(4)} {d(4)} {d(2)}",
                           f"LX{d(9)}DE", f"00 3400 {d(4)} {d(4)} {d(4)}"])
    if kind == "SKU":
        return rng.choice([f"SKU {d(3)}-{d(2)}-{d(3)}", f"MX-{d(4)}/{rng.choice(['BLK', 'WHT', 'RED'])}",
                           f"art. {d(3)}.{d(3)}.{d(2)}", f"EAN {d(13)}"])
    if kind == "MODEL":
        return rng.choice([f"WM-{d(4)}X", f"KX-TG{d(4)}", f"Model {d(3)}.{d(2)}.{d(3)}", f"SM-A{d(3)}F",
                           f"HD 4{d(3)}/{d(2)}"])
    if kind == "INV":
        return rng.choice([f"INV-2024-{d(5)}", f"F{d(2)}/{d(6)}", f"RE-{d(4)}-{d(4)}", f"Nr. {d(3)} {d(3)} {d(3)}"])
    if kind == "DATE":
        return rng.choice([f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024", f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                           f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2025", f"March {rng.randint(1, 28)}"])
    if kind == "PRICE":
        return rng.choice([f"${rng.randint(5, 900)}.{d(2)}", f"€{rng.randint(5, 2000)},{d(2)}", f"{rng.randint(5, 900)} zł",
                           f"R$ {rng.randint(10, 999)},{d(2)}", f"£{rng.randint(5, 500)}"])
    if kind == "VER":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}", f"build {d(4)}.{d(3)}",
                           f"fw {rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{d(3)}"])
    if kind == "TIME":
        return rng.choice([f"{rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45'])}", f"{rng.randint(1, 11)}.30 pm",
                           f"{rng.randint(8, 18)}h{rng.choice(['00', '30'])}"])
    if kind == "QTY":
        return rng.choice([f"{rng.randint(2, 40)} pcs", f"{rng.randint(1, 9)} x", f"{rng.randint(100, 5000)} pts",
                           f"{rng.randint(2, 12)} pax"])
    if kind == "PC":  # postcode alone
        return rng.choice([d(5), f"{rng.randint(1000, 9999)} {rng.choice(UKL)}{rng.choice(UKL)}", f"{d(2)}-{d(3)}",
                           f"SW{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(UKL)}{rng.choice(UKL)}"])
    if kind == "CODE":  # hotline-like promo / product code
        return rng.choice([f"0800-{rng.choice(['SUMMER', 'GLOW', 'FREESHIP'])}", f"PROMO {d(3)} {d(3)} {d(4)}",
                           f"VIP-{d(3)}-{d(4)}", f"REF{d(3)}-{d(3)}"])
    if kind == "MEM":
        return rng.choice([f"M-{d(6)}", f"{d(4)} {d(4)} {d(4)}", f"CL{d(7)}", f"#{d(5)}"])
    raise ValueError(kind)


NEG_KINDS = {"ORD", "TRK", "SKU", "MODEL", "INV", "DATE", "PRICE", "VER", "TIME", "QTY", "PC", "CODE", "MEM"}


# ---------------------------------------------------------------- builder / renderer
class Builder:
    def __init__(self, mode=None):
        self.text = ""
        self.spans = []
        self.mode = mode  # None | "upper" | "lower"

    def _t(self, s):
        if self.mode == "upper":
            s = s.upper()
        elif self.mode == "lower":
            s = s.lower()
        elif self.mode == "stt":
            s = re.sub(r"[,.;:()/!?]", "", s.lower()).replace("\n", " ")
            s = re.sub(r" {2,}", " ", s)
        return s

    def add(self, s, typ=None):
        s = self._t(s)
        if typ and s:
            self.spans.append({"type": typ, "start": len(self.text), "end": len(self.text) + len(s)})
        self.text += s


TOK = re.compile(r"<<([\^_]?)([A-Z0-9]+)(?::(\w+))?>>")


class Ctx:
    def __init__(self, country, lang):
        self.country, self.lang = country, lang
        self.people, self.vals, self.used = {}, {}, set()

    def _new(self):
        for _ in range(8):
            p = make_person(self.country if rng.random() < 0.8 else rng.choice(list(COUNTRY)))
            if p.first not in self.used and p.last not in self.used:
                break
        self.used.update([p.first, p.last])
        return p

    def person(self, key):
        if key is None:
            return self._new()
        if key not in self.people:
            self.people[key] = self._new()
        return self.people[key]


def value(tok, key, ctx):
    """Return (string, type or None)."""
    c = ctx.country
    pforms = {"P": "full", "PF": "first", "PL": "last", "PR": "rev", "PI": "init", "PN": "nick"}
    if tok == "WN":
        if key is not None and ("WN", key) in ctx.vals:
            return ctx.vals[("WN", key)]
        ctx.vals[("WN", key)] = (rng.choice(WORD_FIRST), "PERSON")
        return ctx.vals[("WN", key)]
    if tok == "WP":
        return f"{rng.choice(WORD_FIRST)} {rng.choice(WORD_LAST + [FAKERS['en_GB'].last_name()])}", "PERSON"
    if tok in pforms:
        p = ctx.person(key)
        return person_form(p, pforms[tok]), "PERSON"
    # non-person values with key are memoised
    if key is not None and (tok, key) in ctx.vals and tok not in ("E", "EB"):
        return ctx.vals[(tok, key)]
    out = None
    if tok == "E":
        out = (make_email(ctx.person(key) if key else None), "EMAIL_ADDRESS")
    elif tok == "EB":
        out = (make_email(ctx.person(key) if key else None, biz=True), "EMAIL_ADDRESS")
    elif tok == "PH":
        out = (make_phone(c, ctx.lang), "PHONE_NUMBER")
    elif tok == "PHN":  # no extension
        out = (make_phone(c, ctx.lang, allow_ext=False), "PHONE_NUMBER")
    elif tok == "PHI":
        out = (make_phone(rng.choice(list(PHONE_FMT)), ctx.lang), "PHONE_NUMBER")
    elif tok == "PHW":
        out = (phone_words(c), "PHONE_NUMBER")
    elif tok == "A":
        out = (address_text(c, multiline=False), "STREET_ADDRESS")
    elif tok == "AM":
        out = (address_text(c, multiline=True), "STREET_ADDRESS")
    elif tok == "AX":
        out = (address_text(c), "STREET_ADDRESS")
    elif tok == "AF":
        out = (address_text(rng.choice(list(STREETS))), "STREET_ADDRESS")
    elif tok == "A1":  # one line, " - " separated (for csv cells) no commas
        out = (" ".join(make_address(c)).replace(",", ""), "STREET_ADDRESS")
    elif tok == "CITY":
        out = (city_name(c), "LOCATION")
    elif tok == "CITYX":
        out = (city_name(rng.choice(list(CITIES))), "LOCATION")
    elif tok == "CTRY":
        out = (COUNTRY_NAME[rng.choice(list(COUNTRY_NAME))], "LOCATION")
    elif tok == "CC":
        out = (make_card(), "CREDIT_CARD")
    elif tok == "IBAN":
        out = (make_iban(c), "IBAN_CODE")
    elif tok == "SSN":
        out = (make_ssn(), "US_SSN")
    elif tok == "IP":
        out = (make_ipv4(), "IP_ADDRESS")
    elif tok == "IP6":
        out = (make_ipv6(), "IP_ADDRESS")
    elif tok in NEG_KINDS:
        out = (neg(tok), None)
    else:
        raise KeyError(tok)
    if key is not None:
        ctx.vals[(tok, key)] = out
    return out


def render(tpl, ctx, b=None, mode=None):
    b = b or Builder(mode)
    pos = 0
    for m in TOK.finditer(tpl):
        b.add(tpl[pos:m.start()])
        case, tok, key = m.groups()
        if tok == "AM" and rng.random() < 0.12:
            b.add("c/o ")
            b.add(person_form(ctx.person(None), "full"), "PERSON")
            b.add("\n")
        s, typ = value(tok, key, ctx)
        if case == "^":
            s = s.upper()
        elif case == "_":
            s = s.lower()
        b.add(s, typ)
        pos = m.end()
    b.add(tpl[pos:])
    return b


def pick(x):
    return rng.choice(x) if isinstance(x, (list, tuple)) else x


# ---------------------------------------------------------------- text kinds
# Each kind: dict lang -> list of templates (strings or callables returning a template).
FIELD = {
    "en": dict(name="Name", phone="Phone", email="Email", addr="Address", city="City", note="Notes", mob="Mobile"),
    "es": dict(name="Nombre", phone="Teléfono", email="Correo", addr="Dirección", city="Ciudad", note="Observaciones", mob="Móvil"),
    "de": dict(name="Name", phone="Telefon", email="E-Mail", addr="Anschrift", city="Ort", note="Bemerkung", mob="Handy"),
    "fr": dict(name="Nom", phone="Tél.", email="Courriel", addr="Adresse", city="Ville", note="Remarques", mob="Portable"),
    "pt": dict(name="Nome", phone="Telefone", email="E-mail", addr="Endereço", city="Cidade", note="Obs.", mob="Celular"),
    "it": dict(name="Nominativo", phone="Tel.", email="Email", addr="Indirizzo", city="Città", note="Note", mob="Cell."),
    "nl": dict(name="Naam", phone="Telefoon", email="E-mail", addr="Adres", city="Plaats", note="Opmerking", mob="Mobiel"),
    "pl": dict(name="Imię i nazwisko", phone="Telefon", email="E-mail", addr="Adres", city="Miasto", note="Uwagi", mob="Komórka"),
    "sv": dict(name="Namn", phone="Telefon", email="E-post", addr="Adress", city="Ort", note="Anteckning", mob="Mobil"),
    "tr": dict(name="Ad Soyad", phone="Telefon", email="E-posta", addr="Adres", city="Şehir", note="Not", mob="Cep"),
    "id": dict(name="Nama", phone="Telepon", email="Surel", addr="Alamat", city="Kota", note="Catatan", mob="HP"),
    "vi": dict(name="Họ tên", phone="Điện thoại", email="Email", addr="Địa chỉ", city="Thành phố", note="Ghi chú", mob="Di động"),
    "ro": dict(name="Nume", phone="Telefon", email="E-mail", addr="Adresă", city="Oraș", note="Observații", mob="Mobil"),
    "cs": dict(name="Jméno", phone="Telefon", email="E-mail", addr="Adresa", city="Město", note="Poznámka", mob="Mobil"),
    "da": dict(name="Navn", phone="Telefon", email="E-mail", addr="Adresse", city="By", note="Note", mob="Mobil"),
    "hu": dict(name="Név", phone="Telefon", email="E-mail", addr="Cím", city="Város", note="Megjegyzés", mob="Mobil"),
    "fi": dict(name="Nimi", phone="Puhelin", email="Sähköposti", addr="Osoite", city="Kaupunki", note="Huom", mob="Matkapuhelin"),
    "no": dict(name="Navn", phone="Telefon", email="E-post", addr="Adresse", city="Sted", note="Merknad", mob="Mobil"),
}
ALL_LANGS = list(FIELD)


def t_webinar_reg(lang):
    F = FIELD[lang]
    head = {"en": "New registration – Webinar \"Q3 Loyalty Playbook\"", "es": "Nueva inscripción – Webinar «Fidelización 360»",
            "de": "Neue Anmeldung – Webinar „Kundenbindung 2025“", "fr": "Nouvelle inscription – Webinaire « CRM & fidélité »",
            "pt": "Nova inscrição – Webinar \"Clube de Vantagens\"", "it": "Nuova iscrizione – Webinar \"Clienti fedeli\"",
            "nl": "Nieuwe aanmelding – Webinar 'Klantreis in kaart'", "pl": "Nowa rejestracja – Webinar „Lojalność klienta”"}.get(lang, "Webinar registration")
    order = [f"{F['name']}: <<P:a>>", f"{F['email']}: <<E:a>>", f"{F['phone']}: <<PH>>",
             f"Company: <<NEG>>", f"{F['city']}: <<CITY>>", "Ticket: <<ORD>>", "Registered: <<DATE>> <<TIME>>",
             "IP: <<IP>>", "Source: utm_campaign=<<CODE>>"]
    rows = [order[0], order[1]] + rng.sample(order[2:], 5)
    return head + "\n" + "\n".join(r.replace("Company: <<NEG>>", "Company: " + rng.choice(["Lumen Brands GmbH", "Acme Foods", "Koala Ventures", "Tulip & Co"])) for r in rows)


def t_crm_csv(lang):
    F = FIELD[lang]
    sep = rng.choice([",", ";", "\t", " | "])
    with_addr = sep != "," and rng.random() < 0.6
    cols = [F["name"], F["email"], F["mob"], "segment", "last_order", "ltv", F["addr"] if with_addr else F["city"]]
    lines = [sep.join(cols)]
    for i in range(rng.randint(2, 4)):
        nm = rng.choice(["<<P:p%d>>" % i, "<<PR:p%d>>" % i]) if sep != "," else "<<P:p%d>>" % i
        if sep == "," and rng.random() < 0.5:
            nm = '"<<PR:p%d>>"' % i
        lines.append(sep.join([nm, "<<E:p%d>>" % i, "<<PHN>>", rng.choice(["VIP", "lapsed", "new", "gold"]),
                               "<<ORD>>", "<<PRICE>>", "<<A>>" if with_addr else "<<CITY>>"]))
    return "\n".join(lines)


def t_loyalty_json(lang):
    keys = rng.choice([("fullName", "email", "phone", "address"), ("member_name", "mail", "tel", "postal_address")])
    tier = rng.choice(["Silver", "Gold", "Platinum", "Bronze"])
    return ("{\n  \"member_id\": \"<<MEM>>\",\n  \"%s\": \"<<P:a>>\",\n  \"%s\": \"<<E:a>>\",\n  \"%s\": \"<<PHN>>\",\n"
            "  \"%s\": \"<<A>>\",\n  \"tier\": \"%s\",\n  \"points\": \"<<QTY>>\",\n  \"referred_by\": \"<<P>>\",\n"
            "  \"card_on_file\": \"<<CC>>\",\n  \"last_login_ip\": \"<<IP>>\"\n}") % (keys + (tier,))


def t_referral(lang):
    T = {
        "en": ["Referral approved: <<P:a>> (<<E:a>>) referred <<P:b>>, who placed order <<ORD>> on <<DATE>>. Credit <<PRICE>> to <<PF:a>>'s account; code <<CODE>>.",
               "Referrer <<PR:a>> | friend <<P:b>> | friend phone <<PH>> | reward sent to <<E:a>> | status: pending (<<MEM>>)"],
        "es": ["Referido aprobado: <<P:a>> recomendó a <<P:b>> (<<E:b>>). Pedido <<ORD>> del <<DATE>>; abonar <<PRICE>> a <<PF:a>>."],
        "de": ["Empfehlung: <<P:a>> hat <<P:b>> geworben. Prämie <<PRICE>> geht an <<E:a>>, Bestellnr. <<ORD>>. Rückfragen unter <<PH>>."],
        "pt": ["Indicação: <<P:a>> indicou <<P:b>> (<<PH>>). Pedido <<ORD>>, bônus de <<PRICE>> para <<E:a>>."],
        "nl": ["Aanbreng-actie: <<P:a>> bracht <<P:b>> aan (<<E:b>>). Beloning <<PRICE>>, bestelling <<ORD>>."],
    }
    return T.get(lang, T["en"])


def t_review_staff(lang):
    T = {
        "en": ["★★★★★ \"Huge thanks to <<PF>> at the <<CITY>> branch – she sorted my return in five minutes. Order <<ORD>>, no fuss.\" – <<PI>>",
               "2/5. Waited <<QTY>> minutes. <<PF>> on the till was lovely but the manager (<<P>>?) just shrugged. Model <<MODEL>> still broken.",
               "Ask for <<P>>!! best salesperson ever, got me the <<SKU>> for <<PRICE>> and called me back on <<PH>> the next day",
               "<<WN:w>> <<PL>> from delivery was rude. Hope someone reads this. <<WN:g>> at the front desk was the opposite, thanks <<WN:g>>!"],
        "es": ["★★★★☆ Muy buena atención de <<PF>> en la tienda de <<CITY>>. Me ayudó con el pedido <<ORD>>. Gracias también a <<P>>.",
               "Pésimo servicio, <<P>> me colgó dos veces. Pedido <<ORD>>, <<PRICE>>, y nadie responde."],
        "de": ["5 Sterne für <<P>> aus der Filiale <<CITY>>! Hat mir den <<MODEL>> super erklärt.",
               "Leider unfreundlich: Herr <<PL>> an der Kasse. Bon-Nr. <<INV>>, <<DATE>>."],
        "fr": ["Merci à <<PF>> du magasin de <<CITY>>, très pro ! Commande <<ORD>> reçue en 48h.",
               "Déçue. Mme <<PL>> n'a pas voulu reprendre l'article <<SKU>>."],
        "it": ["Grazie a <<P>> del punto vendita di <<CITY>>, gentilissima. Ordine <<ORD>>."],
        "pt": ["Atendimento nota 10 da <<PF>>! Loja de <<CITY>>, pedido <<ORD>>."],
        "tr": ["<<P>> Bey çok yardımcı oldu, <<CITY>> mağazasına teşekkürler. Sipariş <<ORD>>."],
        "sv": ["Tack till <<PF>> i butiken i <<CITY>> som hjälpte mig med ordern <<ORD>>!"],
    }
    return T.get(lang, T["en"])


def t_social(lang):
    T = {
        "en": ["@brand_support it's <<P>> again, please update my address to <<A>>, moved on <<DATE>>",
               "@brand_support hey it's <<P>> again, still no refund for <<ORD>>. dm me or call <<PH>> pls",
               "lol <<_PF>> and <<_PF>> from the pop-up in <<CITY>> were so fun 😂 tagging @sunny_side_up22",
               "DM from <<P:a>>: hi! I ordered the <<SKU>> to <<A>> but it went to my old place?? my email is <<E:a>>",
               "replying to <<PF>>: same here, ordered <<DATE>>, tracking <<TRK>> hasn't moved"],
        "es": ["@soporte soy <<P>>, el pedido <<ORD>> sigue sin llegar a <<A>>. Mi cel <<PH>>",
               "jajaja <<PF>> eres lo máximo 🙌 nos vemos en <<CITY>>"],
        "pt": ["oi, aqui é a <<P>>! meu pedido <<ORD>> não chegou, meu whats é <<PH>>"],
        "id": ["Min, aku <<P>> mau tanya pesanan <<ORD>> kok belum sampai ke <<A>> ya? WA <<PH>>"],
        "tr": ["Merhaba ben <<P>>, <<ORD>> numaralı siparişim hâlâ gelmedi. Tel: <<PH>>"],
        "de": ["Hallo, hier <<P>>. Paket <<TRK>> hängt seit <<DATE>> fest, bitte Rückruf unter <<PH>>."],
    }
    return T.get(lang, T["en"])


def t_influencer(lang):
    sep = "\t"
    lines = [sep.join(["handle", "creator", "email", "phone", "ship_to", "fee", "status"])]
    for i in range(rng.randint(2, 3)):
        lines.append(sep.join(["@" + rng.choice(["glow", "cozy", "trail", "matcha", "thrift", "lift"]) + rng.choice(["_diaries", ".daily", "withme", "_club"]) + str(rng.randint(1, 99)), "<<P:c%d>>" % i, "<<E:c%d>>" % i, "<<PHI>>",
                               "<<A1>>", "<<PRICE>>", rng.choice(["signed", "negotiating", "ghosted", "sent brief"])]))
    return "Creator outreach – spring drop\n" + "\n".join(lines)


def t_survey(lang):
    T = {
        "en": ["Q7 (open): The lady who helped me, I think her name was <<PF>>, deserves a raise. Also please stop texting <<PH>>, that's my dad's number.",
               "Q12 verbatim: \"Delivery to <<A>> took ages. Driver <<PF>> was nice tho.\"",
               "Survey #<<MEM>> – Anything else? \"no\" – Contact permission: yes – <<E>>",
               "What could we improve? honestly just hire more people like <<P>>. the rest, meh. (respondent from <<CITY>>)"],
        "es": ["P7 (abierta): La chica que me atendió, creo que se llamaba <<PF>>, fue un encanto. Envío a <<A>> tardó mucho."],
        "de": ["F7 (offen): Frau <<PL>> hat mich super beraten. Bitte nicht mehr unter <<PH>> anrufen."],
        "fr": ["Q7 (libre) : <<P>> m'a très bien conseillé. Livraison à <<A>> impeccable."],
        "nl": ["V7 (open): <<PF>> van de klantenservice was top! Bezorging naar <<A>> ging mis."],
        "pl": ["P7: Pani <<P>> była bardzo pomocna. Dostawa na adres <<A>> trwała <<QTY>> dni."],
        "ro": ["Î7: Mulțumesc doamnei <<P>> pentru ajutor. Livrarea la <<A>> a întârziat."],
        "cs": ["Otázka 7: Paní <<PL>> byla moc ochotná, díky! Doručení na <<A>> proběhlo v pořádku."],
        "da": ["Spm 7: <<PF>> i butikken var super hjælpsom. Levering til <<A>> gik fint."],
        "fi": ["K7: Kiitos <<PF>> avusta! Toimitus osoitteeseen <<A>> oli nopea."],
        "hu": ["7. kérdés: <<P>> nagyon kedves volt. A szállítás a <<A>> címre késett."],
    }
    return T.get(lang, T["en"])


def t_qa_notes(lang):
    T = {
        "en": ["QA review – agent <<P:ag>> – call ID <<ORD>> – score 78/100\nCustomer <<P:c>> called from <<PH>> about order <<ORD>>. <<PF:ag>> verified the address (<<A>>) but read out the full card number <<CC>> – coaching required.",
               "QA: agent <<PF:ag>> didn't confirm DOB; caller gave SSN <<SSN>> unprompted. Escalated to <<P>> (team lead). Callback number on file <<PH>>.",
               "Call <<TIME>> <<DATE>>. Agent: <<PI>>. Customer: <<PR>>. Issue: charged twice, <<PRICE>>. Ref <<INV>>."],
        "de": ["QS-Bewertung – Agent <<P:ag>> – Anruf-ID <<ORD>>\nKundin <<P:c>> (<<PH>>) wollte Adresse ändern auf <<A>>. <<PF:ag>> hat IBAN <<IBAN>> korrekt geprüft."],
        "es": ["Calidad – agente <<P:ag>> – llamada <<ORD>>\nCliente <<P>> llamó desde <<PH>>. El agente leyó la tarjeta <<CC>> completa en voz alta."],
        "pt": ["Monitoria – atendente <<P>> – protocolo <<ORD>>. Cliente <<P>> ligou do <<PH>>, endereço <<A>> confirmado."],
    }
    return T.get(lang, T["en"])


def t_driver(lang):
    T = {
        "en": ["DRIVER NOTE: leave with neighbour <<PF>> at no. <<QTY>> if <<P>> not home. Gate code 4471#. Call <<PH>> on arrival.",
               "drop @ <<A>> – side door, dog!! cust <<PF>> says ring <<PHN>>. parcel <<TRK>>",
               "Delivered to reception at <<A>> – signed by <<PL>> (<<TIME>>)."],
        "de": ["Fahrer-Hinweis: Bei Nichtantreffen bei <<P>> im EG abgeben. <<A>>. Tel. <<PH>>."],
        "nl": ["Bezorger: pakket <<TRK>> afgeven bij buren (<<PF>>), <<A>>. Bel <<PH>>."],
        "fr": ["Livreur : code porte 12B45, sonner chez <<P>>, <<A>>. Tél <<PH>>."],
        "pl": ["Kurier: zostawić u sąsiada <<P>>. <<A>>. Tel. <<PH>>."],
        "sv": ["Bud: lämna hos <<P>>, <<A>>. Ring <<PH>> vid ankomst."],
    }
    return T.get(lang, T["en"])


def t_b2b_leads(lang):
    cols = ["Company", "Contact", "Title", "Email", "Direct", "HQ", "Deal"]
    lines = [" | ".join(cols), " | ".join("---" for _ in cols)]
    for i in range(rng.randint(2, 4)):
        lines.append(" | ".join([rng.choice(["Brightpath Ltd", "Nordlicht AG", "Casa Verde SL", "Kaleo Studio", "Tulpenhuis BV", "Orchid Labs"]),
                                 "<<P:l%d>>" % i, rng.choice(["CMO", "Head of CX", "Growth Lead", "Brand Manager"]),
                                 "<<EB:l%d>>" % i, "<<PHI>>", "<<CITYX>>", "<<PRICE>>"]))
    return "Leads export " + "<<DATE>>" + "\n" + "\n".join(lines)


def t_hotel_folio(lang):
    T = {
        "en": ["GUEST FOLIO  No. <<INV>>\nGuest: <<PR:g>>\n<<AM>>\nTel: <<PH>>   Email: <<E:g>>\nRoom 1412  Arr <<DATE>>  Dep <<DATE>>  <<QTY>>\nPayment: <<CC>>\nAccompanying: <<P>>",
               "Folio <<INV>> – <<P:g>> – Suite 7 – Minibar <<PRICE>> – Card <<CC>> – Billing address: <<A>>"],
        "de": ["GASTRECHNUNG Nr. <<INV>>\nGast: <<P:g>>\n<<AM>>\nTelefon: <<PH>>\nZimmer 204, Anreise <<DATE>>\nZahlung: <<CC>>"],
        "fr": ["FACTURE HÔTEL n° <<INV>>\nClient : <<PR>>\n<<AM>>\nTél : <<PH>>\nChambre 31, arrivée <<DATE>>\nCarte : <<CC>>"],
        "it": ["CONTO OSPITE n. <<INV>>\nOspite: <<P>>\n<<AM>>\nTel. <<PH>>\nCamera 18, arrivo <<DATE>>"],
        "es": ["FACTURA HUÉSPED nº <<INV>>\nHuésped: <<PR>>\n<<AM>>\nTel.: <<PH>>\nHabitación 502, llegada <<DATE>>"],
    }
    return T.get(lang, T["en"])


def t_gym_roll(lang):
    F = FIELD[lang]
    head = {"en": "Members – Tuesday 6am bootcamp", "de": "Mitgliederliste – Rückenkurs Di", "sv": "Medlemmar – spinning tisdag",
            "nl": "Ledenlijst – zaterdagzwemmen", "da": "Medlemsliste – crossfit", "no": "Medlemsliste – styrketrening",
            "fi": "Jäsenlista – kuntosali", "cs": "Členové – jóga úterý", "hu": "Tagok – keddi jóga"}.get(lang, "Members")
    lines = [head]
    for i in range(rng.randint(3, 5)):
        lines.append(f"{i + 1}. " + rng.choice(["<<P>>", "<<PR>>", "<<^P>>", "<<PF>> <<PI>>".replace(" <<PI>>", "")]) +
                     rng.choice([" – <<MEM>>", " (<<PHN>>)", " – paid", " – <<E>>", ""]))
    return "\n".join(lines)


def t_clinic_sms(lang):
    T = {
        "en": ["Hi <<PF>>, reminder: your appointment with Dr <<PL>> is on <<DATE>> at <<TIME>>, Riverside Clinic, <<A>>. Reply C to cancel or call <<PH>>.",
               "Pharmacy: <<P>>, your order <<ORD>> is ready for pickup at our <<CITY>> store. Questions? <<PH>>"],
        "es": ["Hola <<PF>>, le recordamos su cita con la Dra. <<PL>> el <<DATE>> a las <<TIME>> en <<A>>. Para anular llame al <<PH>>."],
        "de": ["Hallo <<P>>, Erinnerung: Termin bei Dr. <<PL>> am <<DATE>> um <<TIME>>, Praxis <<A>>. Absage: <<PH>>."],
        "fr": ["Bonjour <<PF>>, rappel : RDV avec le Dr <<PL>> le <<DATE>> à <<TIME>>, <<A>>. Annulation : <<PH>>."],
        "it": ["Gentile <<P>>, promemoria appuntamento con il dott. <<PL>> il <<DATE>> ore <<TIME>>, <<A>>. Disdetta: <<PH>>."],
        "pt": ["Olá <<PF>>, lembrete da consulta com a Dra. <<PL>> em <<DATE>> às <<TIME>>, <<A>>. Para remarcar: <<PH>>."],
        "ro": ["Bună <<PF>>, vă reamintim programarea la dr. <<PL>> pe <<DATE>> ora <<TIME>>, <<A>>. Tel: <<PH>>."],
        "tr": ["Sayın <<P>>, Dr. <<PL>> ile randevunuz <<DATE>> saat <<TIME>>. Adres: <<A>>. İptal: <<PH>>."],
        "vi": ["Chào <<P>>, nhắc lịch hẹn với bác sĩ <<PL>> ngày <<DATE>> lúc <<TIME>> tại <<A>>. Hủy lịch: <<PH>>."],
        "id": ["Halo <<PF>>, pengingat janji temu dengan dr. <<P>> tanggal <<DATE>> pukul <<TIME>> di <<A>>. Info: <<PH>>."],
    }
    return T.get(lang, T["en"])


def t_signup_sheet(lang):
    head = {"en": "U11 football sign-up – autumn term", "es": "Inscripción escuela de fútbol – temporada", "de": "Anmeldung Schwimmkurs Kinder",
            "it": "Iscrizione corso di minibasket", "pl": "Zapisy – sekcja siatkówki", "pt": "Inscrição – escolinha de futsal",
            "fr": "Inscriptions – école de tennis", "nl": "Inschrijving – hockey jeugd"}.get(lang, "Sign-up sheet")
    lines = [head, "child | parent | phone | allergies"]
    for i in range(rng.randint(3, 5)):
        lines.append(" | ".join([rng.choice(["<<PF>>", "<<P>>"]), rng.choice(["<<P>>", "<<PR>>", "<<P>>"]),
                                 rng.choice(["<<PHN>>", "<<PH>>"]), rng.choice(["none", "nuts", "-", "asthma inhaler"])]))
    return "\n".join(lines)


def t_car_service(lang):
    T = {
        "en": ["Service booking <<INV>>\nCustomer: <<P:c>>  Mobile: <<PH>>\nVehicle: <<MODEL>>, reg ends 7KX, odometer 48,210\nAdvisor: <<PF>>\nCourtesy car to <<A>>",
               "Car wash + MOT for <<P>>, pick-up from <<A>> at <<TIME>>. Pay by card <<CC>>. Notes: customer prefers calls on <<PH>>."],
        "de": ["Werkstatttermin <<INV>> – Kunde: <<P>>, Tel. <<PH>>, Fahrzeug <<MODEL>>, Serviceberater: <<PF>>. Hol- und Bringdienst: <<A>>."],
        "it": ["Prenotazione tagliando <<INV>> – Cliente <<P>> – cell. <<PH>> – veicolo <<MODEL>> – ritiro presso <<A>>."],
        "pl": ["Rezerwacja serwisu <<INV>>: klient <<P>>, tel. <<PH>>, auto <<MODEL>>, odbiór: <<A>>."],
        "cs": ["Objednávka servisu <<INV>>: zákazník <<P>>, tel. <<PH>>, vůz <<MODEL>>, adresa <<A>>."],
    }
    return T.get(lang, T["en"])


def t_property_ticket(lang):
    T = {
        "en": ["Ticket <<ORD>> | Unit: <<A>> | Tenant: <<P:t>> (<<PH>>) | Issue: boiler pressure drops | Assigned: <<P>> | Access: key with concierge",
               "Maintenance request from <<P:t>>\nProperty:\n<<AM>>\nLeak under kitchen sink since <<DATE>>. Best number <<PH>>, email <<E:t>>."],
        "nl": ["Melding <<ORD>> – huurder <<P>> – <<A>> – lekkage badkamer – bel <<PH>>."],
        "sv": ["Felanmälan <<ORD>>: hyresgäst <<P>>, <<A>>, element kallt. Tel <<PH>>."],
        "da": ["Fejlmelding <<ORD>>: lejer <<P>>, <<A>>, utæt vandhane. Tlf. <<PH>>."],
        "de": ["Schadensmeldung <<ORD>>: Mieter <<P>>, Wohnung <<A>>, Heizung defekt. Rückruf <<PH>>."],
    }
    return T.get(lang, T["en"])


def t_insurance(lang):
    T = {
        "en": ["CLAIM <<INV>>\nPolicyholder: <<P:h>>\nSSN: <<SSN>>\nLoss location: <<A>>\nThird party: <<P>>, tel <<PH>>\nPayout account: <<IBAN>>",
               "First notice of loss – insured <<P>> reports hail damage at <<A>> on <<DATE>>. Adjuster <<P>> will call <<PH>>."],
        "de": ["SCHADENMELDUNG <<INV>>\nVersicherungsnehmer: <<P>>\nSchadenort: <<A>>\nAuszahlung auf IBAN <<IBAN>>\nRückfragen: <<PH>>"],
        "fr": ["DÉCLARATION DE SINISTRE <<INV>>\nAssuré : <<P>>\nLieu : <<A>>\nRIB/IBAN : <<IBAN>>\nTél : <<PH>>"],
        "es": ["PARTE DE SINIESTRO <<INV>>\nAsegurado: <<P>>\nLugar: <<A>>\nIBAN: <<IBAN>>\nTel.: <<PH>>"],
        "it": ["DENUNCIA SINISTRO <<INV>>\nAssicurato: <<P>>\nLuogo: <<A>>\nIBAN: <<IBAN>>"],
        "nl": ["SCHADEMELDING <<INV>>\nVerzekerde: <<P>>\nAdres: <<A>>\nIBAN: <<IBAN>>"],
    }
    return T.get(lang, T["en"])


def t_stt(lang):
    T = {
        "en": ["agent thank you for calling can i get your name please customer yeah it's <<P:c>> agent and the phone number customer <<PHW>> agent and the delivery address customer <<AX>> agent perfect <<PF:c>> let me check that order",
               "um hi this is <<PF>> calling back about the voucher my number is <<PHW>> you can ask for me or my husband <<PF>> thanks bye",
               "customer i spoke to <<PF>> yesterday and she said the refund would go to the card ending in four four one two agent okay can i take the postcode customer it's <<PC>>"],
    }
    return T.get(lang, T["en"])


def t_shipping_label(lang):
    return ["SHIP TO:\n<<P>>\n<<AM>>\nTEL <<PH>>\nREF <<ORD>>  WT 2.4KG  <<TRK>>",
            "DELIVER TO: <<P>>, <<A>> | PH <<PHN>> | ORDER <<ORD>> | 1 OF 2",
            "FROM: RETURNS DEPT, UNIT 9 HAWTHORN IND EST\nTO: <<PR>> C/O <<P>>\n<<AM>>\n<<TRK>>"]


def t_email_chain(lang):
    T = {
        "en": ["Fwd: event list\n\n---------- Forwarded message ---------\nFrom: <<P:a>> <<<E:a>>>\nDate: <<DATE>>\nTo: <<P:b>> <<<E:b>>>\n\nHi <<PF:b>>, can you add <<P>> and <<P>> to the VIP table? Thanks!\n\nOn Tue, <<P:c>> <<<E:c>>> wrote:\n> <<PF:a>>, my mobile is <<PH>> if needed.",
               "RE: RE: partnership\n\n> On <<DATE>>, <<P:a>> <<<EB:a>>> wrote:\n> > Please send the contract to <<PF:a>> at our office, <<A>>.\n\nSure – looping in <<P>> (<<EB>>)."],
        "es": ["RV: lista de invitados\n\nEl <<DATE>>, <<P:a>> <<<E:a>>> escribió:\n> Hola <<PF>>, apunta también a <<P>>. Mi móvil: <<PH>>"],
        "de": ["WG: Gästeliste\n\nAm <<DATE>> schrieb <<P:a>> <<<E:a>>>:\n> Hallo <<PF>>, bitte noch <<P>> eintragen. Erreichbar unter <<PH>>."],
        "fr": ["TR : liste des invités\n\nLe <<DATE>>, <<P:a>> <<<E:a>>> a écrit :\n> Bonjour <<PF>>, ajoute <<P>> stp. Mon portable : <<PH>>"],
        "pt": ["Enc: lista de convidados\n\nEm <<DATE>>, <<P:a>> <<<E:a>>> escreveu:\n> Oi <<PF>>, inclui a <<P>>? Meu cel: <<PH>>"],
    }
    return T.get(lang, T["en"])


def t_calendar(lang):
    return ["BEGIN:VEVENT\nSUMMARY:Brand shoot – call sheet review\nDTSTART:20250514T090000Z\nORGANIZER;CN=<<P:o>>:mailto:<<EB:o>>\nATTENDEE;CN=<<P:x>>:mailto:<<E:x>>\nATTENDEE;CN=<<P:y>>:mailto:<<E:y>>\nLOCATION:<<A>>\nDESCRIPTION:Dial-in <<PH>> PIN 448 219#\nEND:VEVENT",
            "Invitation: Quarterly CX sync @ <<DATE>> <<TIME>>\nOrganizer: <<P>>\nGuests: <<E>>, <<E>>, <<P>>\nWhere: <<A>>\nJoin by phone <<PHI>>"]


def t_invoice_header(lang):
    T = {
        "en": ["INVOICE <<INV>>\nBill to:\n<<P>>\n<<AM>>\nVAT ID GB 123 4567 89\nDue <<DATE>>  Total <<PRICE>>\nPay to <<IBAN>>"],
        "de": ["RECHNUNG <<INV>>\nRechnungsempfänger:\n<<P>>\n<<AM>>\nBetrag <<PRICE>>, zahlbar bis <<DATE>> auf <<IBAN>>"],
        "pl": ["FAKTURA VAT <<INV>>\nNabywca: <<P>>\n<<AM>>\nNIP 527-123-45-67\nDo zapłaty <<PRICE>> na konto <<IBAN>>"],
        "ro": ["FACTURĂ <<INV>>\nClient: <<P>>\n<<AM>>\nTotal <<PRICE>>, IBAN <<IBAN>>"],
        "cs": ["FAKTURA <<INV>>\nOdběratel: <<P>>\n<<AM>>\nČástka <<PRICE>>, IBAN <<IBAN>>"],
    }
    return T.get(lang, T["en"])


def t_obituary(lang):
    return ["<<P:d>>, 84, of <<CITY>>, passed away peacefully on <<DATE>>. Beloved wife of the late <<P>>, mother to <<PF>>, <<PF>> and <<WN>>. Donations may be sent c/o <<P>>, <<A>>.",
            "Happy 50th anniversary to <<PF>> and <<P>>! Love from all the grandkids in <<CITY>> and <<CTRY>>."]


def t_dating(lang):
    T = {"en": ["About me: <<PF>>, 31, <<CITY>>. Dog mum, tacos, bad puns. Not on here much – text <<PHN>> or insta @tacos.and.puns",
                "Community board: Hi neighbours, <<P>> here (flat 3B). Lost cat near <<A>>. Call <<PH>>!"],
         "sv": ["Om mig: <<PF>>, 29, <<CITY>>. Gillar fjällvandring. Sms:a <<PHN>>."],
         "it": ["Ciao, sono <<PF>> di <<CITY>>. Scrivimi a <<E>>."]}
    return T.get(lang, T["en"])


def t_newsletter(lang):
    return ["Class 4B news: congratulations to <<P>> and <<PF>> for the spelling bee! Thanks to <<P>>'s mum for the cakes. Questions to the office on <<PH>>.",
            "Sports day volunteers: <<P>>, <<P>>, <<WP>>, and Mr <<PL>>. Meet at the gate, <<TIME>>. Bring sun cream – we hope for sunny weather!"]


def t_real_estate(lang):
    T = {"en": ["JUST LISTED – <<A>>. 3 bed, 2 bath, <<PRICE>>. Open house <<DATE>>. Agent: <<P>> <<PH>> | <<EB>>"],
         "es": ["SE VENDE piso en <<A>>. 90 m², <<PRICE>>. Contacto: <<P>>, <<PH>>."],
         "pt": ["VENDE-SE apartamento em <<A>>. Corretor <<P>> – <<PH>>."],
         "it": ["VENDESI trilocale in <<A>>, <<PRICE>>. Agente <<P>>, <<PH>>."],
         "tr": ["SATILIK daire: <<A>>. İletişim: <<P>>, <<PH>>."],
         "vi": ["BÁN NHÀ: <<A>>. Liên hệ <<P>> – <<PH>>."]}
    return T.get(lang, T["en"])


def t_passengers(lang):
    lines = ["BOOKING <<ORD>>  <<CITYX>> -> <<CITYX>>  <<DATE>>", "PAX  NAME                 SEAT  PASSPORT"]
    for i in range(rng.randint(2, 4)):
        lines.append(f"{i + 1}    " + rng.choice(["<<^PR>>", "<<PR>>", "<<^P>>"]) + f"   {rng.randint(3, 40)}{rng.choice('ACDF')}   X{d(7)}")
    lines.append("Contact: <<PH>> / <<E>>" + rng.choice(["", "\nBilling: <<A>>"]))
    return "\n".join(lines)


def t_recruiting(lang):
    return ["Screening notes – <<P:c>> (<<E:c>>, <<PH>>). Referred by <<PF>> in Sales. Currently at Orchid Labs, based in <<CITY>>, open to relocating to <<CITYX>>. Next: panel with <<P>> and <<PL>>.",
            "we met <<PL>> yesterday, strong on CRM. <<PF>> thinks <<PF>> is a better fit though.",
            "Offer letter to courier: <<P>>\n<<AM>>\nStart <<DATE>>, salary <<PRICE>>. Hiring manager <<P>> (<<EB>>).",
            "candidate <<_P>> – lives near <<A>>, ok with hybrid. ping <<PF>> re: references (<<PH>>)"]


def t_webform(lang):
    F = FIELD[lang]
    fields = [f"{F['name']}: <<P:a>>", f"{F['phone']}: <<PH>>", f"{F['email']}: <<E:a>>", f"{F['addr']}: <<A>>",
              f"{F['note']}: " + rng.choice(["<<ORD>>", "<<MODEL>> defect", "call after <<TIME>>", "-"])]
    sep = rng.choice(["\n", " / ", " | "])
    return "[form submission]" + ("\n" if sep == "\n" else " ") + sep.join(fields)


def t_seating(lang):
    lines = ["Gala dinner – table plan"]
    for t in range(rng.randint(2, 3)):
        names = ", ".join(rng.choice(["<<P>>", "<<PR>>", "Dr <<P>>", "<<P>> (+1)", "<<WP>>", "Mrs <<PL>>"]) for _ in range(rng.randint(2, 4)))
        lines.append(f"Table {t + 1}: {names}")
    return "\n".join(lines)


def t_warranty(lang):
    T = {"en": ["Warranty claim <<INV>>: product <<MODEL>>, serial <<SKU>>, bought <<DATE>>. Owner <<P>>, <<A>>, <<PH>>."],
         "de": ["Garantieantrag <<INV>>: Gerät <<MODEL>>, gekauft am <<DATE>>. Besitzer: <<P>>, <<A>>, Tel. <<PH>>."],
         "fr": ["Demande de garantie <<INV>> : appareil <<MODEL>>, acheté le <<DATE>>. Client : <<P>>, <<A>>."],
         "es": ["Reclamación de garantía <<INV>>: aparato <<MODEL>>. Cliente: <<P>>, <<A>>, tel. <<PH>>."]}
    return T.get(lang, T["en"])


def t_it_log(lang):
    return ["[<<DATE>> <<TIME>>] login ok user=<<E>> ip=<<IP>> agent=Chrome/124 build <<VER>>",
            "Fraud flag: order <<ORD>> placed from <<IP6>> (geo <<CTRY>>) with card <<CC>>, ship-to <<A>>, name on card <<^P>>",
            "Account merge request by <<P>> – old IP <<IP>>, new IP <<IP>>, email <<E>>"]


def t_us_onboarding(lang):
    return ["Affiliate payout form\nLegal name: <<P>>\nSSN: <<SSN>>\nMailing address: <<AM>>\nDeposit to: <<IBAN>>",
            "W-9 received for creator <<P>> (SSN <<SSN>>), payouts of <<PRICE>> starting <<DATE>>."]


def t_gift_order(lang):
    T = {
        "en": ["Gift order <<ORD>>\nFrom: <<P:s>> (<<E:s>>)\nDeliver to:\n<<P:r>>\n<<AM>>\nRecipient phone: <<PH>>\nMessage: \"Happy birthday <<PF:r>>! love, <<PN>>\"",
               "Gift card <<CODE>> sent by <<P>> to <<P:r>> – post to <<A>> before <<DATE>>. Ships from <<CTRY>>."],
        "de": ["Geschenkbestellung <<ORD>>\nAbsender: <<P>>\nEmpfänger:\n<<P:r>>\n<<AM>>\nGrußtext: „Alles Gute, <<PF:r>>!“"],
        "fr": ["Commande cadeau <<ORD>>\nDe : <<P>>\nPour :\n<<P:r>>\n<<AM>>\nMessage : « Joyeux anniversaire <<PF:r>> ! »"],
        "es": ["Pedido regalo <<ORD>>\nDe: <<P>>\nPara:\n<<P:r>>\n<<AM>>\nMensaje: «¡Feliz cumple, <<PF:r>>!»"],
        "it": ["Ordine regalo <<ORD>>\nDa: <<P>>\nA:\n<<P:r>>\n<<AM>>\nBiglietto: \"Auguri <<PF:r>>!\""],
        "nl": ["Cadeaubestelling <<ORD>>\nVan: <<P>>\nAan:\n<<P:r>>\n<<AM>>\nKaartje: 'Gefeliciteerd <<PF:r>>!'"],
        "pl": ["Zamówienie prezentowe <<ORD>>\nOd: <<P>>\nDla:\n<<P:r>>\n<<AM>>\nŻyczenia: „Wszystkiego najlepszego, <<PF:r>>!”"],
        "sv": ["Presentorder <<ORD>>\nFrån: <<P>>\nTill:\n<<P:r>>\n<<AM>>\nHälsning: ”Grattis <<PF:r>>!”"],
        "no": ["Gavebestilling <<ORD>>\nFra: <<P>>\nTil:\n<<P:r>>\n<<AM>>\nHilsen: «Gratulerer, <<PF:r>>!»"],
        "fi": ["Lahjatilaus <<ORD>>\nLähettäjä: <<P>>\nVastaanottaja:\n<<P:r>>\n<<AM>>\nTervehdys: ”Onnea <<PF:r>>!”"],
        "hu": ["Ajándékrendelés <<ORD>>\nFeladó: <<P>>\nCímzett:\n<<P:r>>\n<<AM>>\nÜzenet: „Boldog szülinapot!”"],
        "ro": ["Comandă cadou <<ORD>>\nDe la: <<P>>\nCătre:\n<<P:r>>\n<<AM>>\nMesaj: „La mulți ani, <<PF:r>>!”"],
        "vi": ["Đơn quà tặng <<ORD>>\nNgười gửi: <<P>>\nNgười nhận: <<P:r>>\n<<AM>>\nSĐT: <<PH>>"],
        "id": ["Pesanan hadiah <<ORD>>\nDari: <<P>>\nUntuk: <<P:r>>\n<<AM>>\nHP: <<PH>>"],
        "tr": ["Hediye siparişi <<ORD>>\nGönderen: <<P>>\nAlıcı: <<P:r>>\n<<AM>>\nTel: <<PH>>"],
        "cs": ["Dárková objednávka <<ORD>>\nOd: <<P>>\nPro: <<P:r>>\n<<AM>>\nTel.: <<PH>>"],
        "da": ["Gaveordre <<ORD>>\nFra: <<P>>\nTil: <<P:r>>\n<<AM>>\nTlf.: <<PH>>"],
    }
    return T.get(lang, T["en"])


def t_loyalty_app(lang):
    F = FIELD[lang]
    return (f"Loyalty card application #<<MEM>>\n{F['name']}: <<P:a>>\n{F['addr']}:\n<<AM>>\n{F['mob']}: <<PHN>>\n"
            f"{F['email']}: <<E:a>>\nMarketing opt-in: yes\nStore: <<CITY>>")


def t_order_feed(lang):
    return ["Order status feed <<DATE>>\n<<ORD>> | shipped from <<CTRY>> | <<TRK>> | <<QTY>> | <<PRICE>>\n<<ORD>> | held in customs (<<CITYX>>) | <<SKU>>\n<<ORD>> | return label issued for <<PF>> | <<INV>>",
            "Restock alert: <<SKU>> (<<MODEL>>) back in our <<CITY>> warehouse, <<QTY>>, firmware <<VER>>. Hotline code <<CODE>>. Questions to <<P>>.",
            "Promo calendar: <<CODE>> runs <<DATE>>–<<DATE>> in <<CTRY>> and <<CTRY>>; winners drawn <<TIME>>. Copy by <<PF>>, approval <<PI>>."]


KINDS = {
    "gift_order": (t_gift_order, ["en", "de", "fr", "es", "it", "nl", "pl", "sv", "no", "fi", "hu", "ro", "vi", "id", "tr", "cs", "da"]),
    "loyalty_card_application": (t_loyalty_app, ALL_LANGS),
    "order_status_feed_negatives": (t_order_feed, ["en"]),
    "webinar_registration": (t_webinar_reg, ["en", "es", "de", "fr", "pt", "it", "nl", "pl"]),
    "crm_export_csv": (t_crm_csv, ALL_LANGS),
    "loyalty_record_json": (t_loyalty_json, ["en"]),
    "referral_programme": (t_referral, ["en", "es", "de", "pt", "nl"]),
    "review_quoting_staff": (t_review_staff, ["en", "es", "de", "fr", "it", "pt", "tr", "sv"]),
    "social_comment_dm": (t_social, ["en", "es", "pt", "id", "tr", "de"]),
    "influencer_outreach_tsv": (t_influencer, ["en"]),
    "survey_verbatim": (t_survey, ["en", "es", "de", "fr", "nl", "pl", "ro", "cs", "da", "fi", "hu"]),
    "callcentre_qa_note": (t_qa_notes, ["en", "de", "es", "pt"]),
    "delivery_driver_note": (t_driver, ["en", "de", "nl", "fr", "pl", "sv"]),
    "b2b_lead_list": (t_b2b_leads, ["en"]),
    "hotel_guest_folio": (t_hotel_folio, ["en", "de", "fr", "it", "es"]),
    "gym_membership_roll": (t_gym_roll, ["en", "de", "sv", "nl", "da", "no", "fi", "cs", "hu"]),
    "clinic_pharmacy_reminder": (t_clinic_sms, ["en", "es", "de", "fr", "it", "pt", "ro", "tr", "vi", "id"]),
    "school_sports_signup": (t_signup_sheet, ["en", "es", "de", "it", "pl", "pt", "fr", "nl"]),
    "car_service_booking": (t_car_service, ["en", "de", "it", "pl", "cs"]),
    "property_mgmt_ticket": (t_property_ticket, ["en", "nl", "sv", "da", "de"]),
    "insurance_claim": (t_insurance, ["en", "de", "fr", "es", "it", "nl"]),
    "stt_transcript": (t_stt, ["en"]),
    "shipping_label_caps": (t_shipping_label, ["en"]),
    "forwarded_email_chain": (t_email_chain, ["en", "es", "de", "fr", "pt"]),
    "calendar_invite": (t_calendar, ["en"]),
    "invoice_header": (t_invoice_header, ["en", "de", "pl", "ro", "cs"]),
    "obituary_anniversary": (t_obituary, ["en"]),
    "dating_community_profile": (t_dating, ["en", "sv", "it"]),
    "school_newsletter": (t_newsletter, ["en"]),
    "real_estate_listing": (t_real_estate, ["en", "es", "pt", "it", "tr", "vi"]),
    "travel_passenger_list": (t_passengers, ["en"]),
    "recruiting_note": (t_recruiting, ["en"]),
    "web_form_dump": (t_webform, ALL_LANGS),
    "event_seating_list": (t_seating, ["en"]),
    "warranty_claim": (t_warranty, ["en", "de", "fr", "es"]),
    "security_fraud_log": (t_it_log, ["en"]),
    "affiliate_tax_form": (t_us_onboarding, ["en"]),
}
MODE = {"shipping_label_caps": "upper", "stt_transcript": "stt"}
US_ONLY = {"affiliate_tax_form", "stt_transcript"}


def make_sample(i, kind):
    fn, langs = KINDS[kind]
    en_langs = [l for l in langs if l == "en"]
    other = [l for l in langs if l != "en"]
    if other and (not en_langs or rng.random() < 0.55):
        lang = rng.choice(other)
    else:
        lang = "en"
    country = "US" if kind in US_ONLY else rng.choice(LANG_COUNTRIES[lang])
    if kind == "stt_transcript":
        country = rng.choice(["US", "GB"])
    ctx = Ctx(country, lang)
    tpl = pick(fn(lang))
    b = render(tpl, ctx, mode=MODE.get(kind))
    if kind == "stt_transcript":
        pass
    return {"id": f"hard16-{i}", "kind": kind, "lang": lang, "text": b.text, "spans": b.spans}


def main():
    N = 500
    kinds = list(KINDS)
    seq = []
    while len(seq) < N:
        k = kinds[:]
        rng.shuffle(k)
        seq += k
    seq = seq[:N]
    out = [make_sample(i + 1, k) for i, k in enumerate(seq)]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard16.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for s in out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # ---- self-check
    types, kc, lc = Counter(), Counter(), Counter()
    for s in out:
        kc[s["kind"]] += 1
        lc[s["lang"]] += 1
        last = -1
        for sp in sorted(s["spans"], key=lambda x: x["start"]):
            assert 0 <= sp["start"] < sp["end"] <= len(s["text"]), s["id"]
            assert sp["start"] >= last, f"overlap in {s['id']}"
            seg = s["text"][sp["start"]:sp["end"]]
            assert seg == seg.strip() and seg, (s["id"], seg)
            last = sp["end"]
            types[sp["type"]] += 1
    total = sum(types.values())
    print(f"samples={len(out)} spans={total}")
    for t, c in types.most_common():
        print(f"  {t:15s} {c:5d} {100 * c / total:5.1f}%")
    print(f"kinds={len(kc)}")
    for k, c in sorted(kc.items()):
        print(f"  {k:28s} {c}")
    print("langs:", dict(lc.most_common()), f"non-en={100 * (len(out) - lc['en']) / len(out):.1f}%")
    print("OK: all spans equal text[start:end], non-overlapping")


if __name__ == "__main__":
    main()
