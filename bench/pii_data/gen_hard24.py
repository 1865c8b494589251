#!/usr/bin/env python3
"""hard24 generator (author B, round 25): back-office / data-export PII samples.

Deterministic: fixed seed, stdlib + Faker only.  Run:  python3 gen_hard24.py
Writes hard24.jsonl next to this file (400 samples).

Labelling notes (in addition to the brief):
 * When an address is split over separate columns/fields (CSV, XML tags, fixed width),
   the street cell (number+street+unit) is STREET_ADDRESS; an address *line* that carries a
   postcode ("10115 Berlin", "DAYTON*OH*45402") is STREET_ADDRESS too; a bare city / country cell
   is LOCATION; a bare postcode cell is not labelled.
 * Masked cards (**** 4417), invalid IBANs, gift/loyalty/fuel-card numbers, tracking numbers,
   VINs, EINs, VAT ids, MAC addresses and version strings are deliberately left unlabelled.
"""
import json
import os
import random
import sys
import unicodedata

from faker import Faker

SEED = 252402
N_SAMPLES = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hard24.jsonl")

R = random.Random(SEED)
Faker.seed(SEED)
FK = {loc: Faker(loc) for loc in ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL",
                                   "sv_SE", "no_NO", "da_DK", "fi_FI", "hu_HU", "tr_TR", "pt_PT", "pt_BR",
                                   "es_MX", "en_IN", "cs_CZ"]}
for _i, _f in enumerate(FK.values()):
    _f.seed_instance(SEED + _i)

COUNTRIES_USED = set()

# ----------------------------------------------------------------------------------------------
# builder


class B:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, x):
        self.parts.append(x)
        self.n += len(x)
        return self

    def e(self, typ, x):
        assert x, typ
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(x)})
        return self.t(x)

    def item(self, it):
        if it is None:
            return self
        if isinstance(it, tuple):
            return self.e(*it)
        return self.t(it)

    def seq(self, *items):
        for it in items:
            self.item(it)
        return self

    def row(self, cells, sep, end="\n"):
        for i, c in enumerate(cells):
            if i:
                self.t(sep)
            self.item(c)
        return self.t(end)

    def lines(self, typ, lines, sep="\n"):
        return self.e(typ, sep.join(lines))

    def text(self):
        return "".join(self.parts)


def pad(it, w):
    """fixed-width cell: returns list of items (entity + padding)"""
    v = it[1] if isinstance(it, tuple) else it
    v2 = v[:w].rstrip()
    if isinstance(it, tuple):
        return [(it[0], v2), " " * (w - len(v2) + 1)]
    return [v2 + " " * (w - len(v2) + 1)]


def fold(s):
    for a, b in [("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"),
                 ("đ", "d"), ("Đ", "D"), ("ı", "i"), ("İ", "I"), ("'", ""), ("’", "")]:
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def dg(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def nz(r):
    return str(r.randint(2, 9))


# ----------------------------------------------------------------------------------------------
# names (own lists; Faker is an extra source for some cultures)

NAMES = {
    "en": ("Olivia Liam Harper Declan Siobhan Marcus Tamsin Gareth Bethany Kieran Delroy Priscilla Wendell "
           "Courtney Rhiannon Travis Imogen Desmond Shauna Clive Ruairi Niamh",
           "O'Neill|Whitcombe|Ashworth|Fairbanks|McAllister|Pemberton|Okafor-Hughes|Greaves|Hollis|Kettering|"
           "Thistlewood|Brannigan|Dunleavy|Marsh|Fitzgerald|Ramsbottom|Oyelaran|D'Souza|MacLeod|Penhaligon"),
    "de": ("Jürgen Annegret Maximilian Friederike Lutz Hannelore Timo Svenja Wolfgang Ilse Kai-Uwe Mareike Detlef Gesine",
           "Schäfer|von Bredow|Großmann|Küppers|Hoffmeister|Wieczorek|Brandstätter|Lüdtke|Oberhuber|zu Solms|"
           "Pfeiffer|Dreßler|Yıldırım|Kowalski"),
    "fr": ("Amélie Jean-Baptiste Ségolène Thibault Maëlle Gaëtan Brigitte Océane Benoît Hélène Loïc Éloïse Yasmina",
           "Lefèvre|de la Roche|Dubois-Martin|Chevalier|N'Diaye|Fournier|Lemaire|Gauthier|d'Argenson|Boucher|"
           "Benali|Le Goff"),
    "es": ("Guadalupe Íñigo Rocío Joaquín Begoña Álvaro Nerea Xabier Macarena Fermín Maite Sergi",
           "García Ortega|de la Cruz|Fernández-Villa|Etxeberria|Núñez|Ruiz de Alda|Sepúlveda|Castillo|"
           "Iglesias Pardo|Montero|Puigdemont Serra|Quintana"),
    "mx": ("Ximena Itzel Cuauhtémoc Fernanda Rodrigo Citlali Yahir Lupita Maricela Brayan",
           "Hernández López|Téllez|Zamora|Ocampo|Villaseñor|Gutiérrez Rangel|Xicoténcatl|Barragán"),
    "it": ("Giuseppina Alessandro Chiara Gianluca Ornella Pierpaolo Federica Salvatore Benedetta Ettore Mariagrazia",
           "Esposito|De Luca|D'Amico|Lo Russo|Santoro|Colombo|Di Stefano|Ferraro|Della Rocca|Cannavò"),
    "nl": ("Sanne Joost Femke Maarten Ilse Bram Wouter Anouk Geert Lieke Thijs Marloes",
           "van der Berg|de Vries|Bakker|van Dijk|Jansen|Visser|van 't Hof|de Boer|Smits|van Leeuwen|Mulder|Brouwer"),
    "pl": ("Małgorzata Krzysztof Agnieszka Grzegorz Zofia Bartłomiej Jadwiga Przemysław Wiktoria Łukasz",
           "Kowalczyk|Nowak|Wójcik|Zieliński|Szymańska|Dąbrowski|Lewandowska|Kaczmarek|Wróbel|Jabłońska|Grzybowski"),
    "cz": ("Jiří Kateřina Tomáš Lenka Vojtěch Zuzana Radek Markéta",
           "Dvořák|Nováková|Procházka|Černý|Kučerová|Svoboda|Horáková|Růžička"),
    "ua": ("Oleksandr Nataliya Dmytro Yevheniya Bohdan Svitlana Taras Oksana",
           "Kovalenko|Shevchuk|Ivanova|Petrenko|Moroz|Hrytsenko|Bondarenko|Tkachuk"),
    "sv": ("Ebba Linnea Björn Sixten Agneta Oskar Märta Henrik Saga Lennart",
           "Lindqvist|Åberg|Nordström|Sjöberg|Ekström|Bergkvist|Holmgren|Wallin"),
    "no": ("Solveig Eirik Ingrid Håkon Sigrid Torbjørn Kari Vegard", "Haugland|Bjørnstad|Solheim|Eide|Fjeld|Røed|Nygård|Aasen"),
    "da": ("Mette Søren Freja Rasmus Birgitte Mads Signe Jesper", "Kjærgaard|Østergaard|Mikkelsen|Lauridsen|Bækgaard|Thygesen|Holm"),
    "fi": ("Aino Juha Satu Pekka Kaisa Ville Tuulikki Jarmo", "Virtanen|Mäkelä|Häkkinen|Koskinen|Järvinen|Nieminen|Leppänen"),
    "hu": ("László Erzsébet Zsófia Gábor Ildikó Bence Réka Ferenc Csilla", "Kovács|Szabó|Tóth|Nagy|Horváth|Varga|Fekete|Molnár|Szűcs"),
    "tr": ("Ayşe Mehmet Şükrü Gülşen Emre Özlem Çağan İrem Burak Elif Hüseyin Zeynep",
           "Yılmaz|Öztürk|Çelik|Kaya|Şahin|Aydın|Doğan|Kılıç|Arslan|Güneş|Karaağaç"),
    "pt": ("João Inês Gonçalo Leonor Rui Mariana Afonso Beatriz", "Carvalho|Gonçalves|Sousa Pereira|Magalhães|da Costa|Figueiredo|Antunes"),
    "br": ("Thiago Luana Gabriela Anderson Jéssica Wellington Raimunda Caio Francisca Diego Kauã",
           "Silva Santos|Oliveira|Nascimento|Souza|dos Anjos|Ferreira Lima|Rodrigues|Cavalcanti|Barbosa|Araújo"),
    "in": ("Priya Arjun Lakshmi Venkatesh Ananya Rohit Sunita Harpreet Karthik Deepika Sneha Mohammed",
           "Ramanathan|Sharma|Iyer|Chatterjee|Reddy|Nair|Gupta|Singh|Deshpande|Banerjee|Patel|Krishnamurthy"),
    "ar": ("Ahmed Fatima Youssef Mariam Khalid Noura Omar Layla Abdulrahman Huda Tariq Reem",
           "Al-Mansouri|El-Sayed|Haddad|Al-Qahtani|Abdel-Fattah|Nasser|Al-Harbi|Khoury|Saleh|Al Nuaimi|Bin Hamdan"),
    "ng": ("Chidinma Oluwaseun Emeka Ngozi Abubakar Funmilayo Tunde Aisha Chukwudi Yetunde",
           "Okonkwo|Adeyemi|Eze|Balogun|Okafor|Ibrahim|Adebayo|Nwosu|Olawale"),
    "za": ("Thandiwe Sipho Lerato Pieter Nomvula Johan Zanele Kagiso", "Dlamini|Nkosi|van der Merwe|Mokoena|Botha|Khumalo|Naidoo"),
}
AR_NATIVE = [("Ahmed", "Al-Mansouri", "أحمد المنصوري"), ("Fatima", "Al-Zahrani", "فاطمة الزهراني"), ("Youssef", "Haddad", "يوسف حداد"),
             ("Mariam", "El-Sayed", "مريم السيد"), ("Khalid", "Al-Qahtani", "خالد القحطاني"), ("Noura", "Al-Harbi", "نورة الحربي"),
             ("Omar", "Abdel-Fattah", "عمر عبد الفتاح"), ("Layla", "Khoury", "ليلى خوري")]
UA_NATIVE = [("Olena", "Kovalenko", "Олена Коваленко"), ("Dmytro", "Shevchuk", "Дмитро Шевчук"), ("Iryna", "Bondarenko", "Ірина Бондаренко"),
             ("Serhiy", "Tkachuk", "Сергій Ткачук"), ("Anna", "Ivanova", "Анна Іванова")]
VI = [("Nguyễn", "Thị Lan"), ("Trần", "Văn Hùng"), ("Lê", "Minh Châu"), ("Phạm", "Quốc Bảo"), ("Hoàng", "Thu Trang"),
      ("Võ", "Thanh Tâm"), ("Đặng", "Hải Yến"), ("Bùi", "Đức Anh"), ("Huỳnh", "Ngọc Hân"), ("Phan", "Thị Thu Hà"),
      ("Đỗ", "Mạnh Cường"), ("Ngô", "Bảo Ngọc"), ("Dương", "Văn Khoa"), ("Lý", "Thị Mai"), ("Trịnh", "Quang Huy"), ("Vũ", "Hoài Nam")]
JA_F = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("渡辺", "Watanabe"), ("伊藤", "Ito"),
        ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("森田", "Morita")]
JA_G = [("健太", "Kenta"), ("美咲", "Misaki"), ("大輔", "Daisuke"), ("陽菜", "Hina"), ("翔", "Sho"), ("由美子", "Yumiko"),
        ("拓也", "Takuya"), ("恵", "Megumi"), ("蓮", "Ren")]
KO_F = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"), ("윤", "Yoon"), ("한", "Han")]
KO_G = [("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("하은", "Ha-eun"), ("도윤", "Do-yoon"),
        ("수빈", "Su-bin"), ("영호", "Young-ho"), ("은지", "Eun-ji")]
ZH_F = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
        ("周", "Zhou"), ("欧阳", "Ouyang")]
ZH_G = [("伟", "Wei"), ("秀英", "Xiuying"), ("建国", "Jianguo"), ("丽娜", "Lina"), ("子涵", "Zihan"), ("浩然", "Haoran"),
        ("静", "Jing"), ("志强", "Zhiqiang"), ("梓萱", "Zixuan")]

FAKER_LOC = {"en": "en_GB", "us": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
             "pl": "pl_PL", "sv": "sv_SE", "no": "no_NO", "da": "da_DK", "fi": "fi_FI", "hu": "hu_HU", "tr": "tr_TR",
             "pt": "pt_PT", "br": "pt_BR", "mx": "es_MX", "in": "en_IN", "cz": "cs_CZ"}

CC_CULT = {"US": ["en", "en", "mx", "in", "ng", "ko", "zh", "vi"], "GB": ["en", "en", "in", "ng", "pl"],
           "DE": ["de", "de", "tr", "pl"], "FR": ["fr", "fr", "ar"], "ES": ["es", "es", "mx"], "IT": ["it"],
           "NL": ["nl", "nl", "tr"], "PL": ["pl"], "SE": ["sv"], "NO": ["no"], "DK": ["da"], "FI": ["fi"],
           "HU": ["hu"], "TR": ["tr"], "PT": ["pt"], "BR": ["br"], "MX": ["mx"], "IN": ["in"], "JP": ["ja"],
           "KR": ["ko"], "CN": ["zh"], "AE": ["ar", "in"], "SA": ["ar"], "EG": ["ar"], "VN": ["vi"], "NG": ["ng"],
           "ZA": ["za"], "CZ": ["cz"], "UA": ["ua"]}


class P:
    def __init__(self, given, family, cult, native=None, eastern=False):
        self.given, self.family, self.cult, self.native, self.eastern = given, family, cult, native, eastern
        self.nfam = self.ngiv = None

    @property
    def full(self):
        return f"{self.family} {self.given}" if self.eastern else f"{self.given} {self.family}"

    @property
    def western(self):
        return f"{self.given} {self.family}"

    @property
    def rev(self):
        return f"{self.family}, {self.given}"

    @property
    def disp(self):
        return self.native or self.full

    @property
    def caps(self):
        return self.full.upper()

    @property
    def ascii_given(self):
        return fold(self.given).replace(" ", "")

    @property
    def ascii_family(self):
        return fold(self.family).replace(" ", "")


def person(r, cult=None, cc=None):
    if cult is None:
        cult = r.choice(CC_CULT.get(cc, ["en"])) if cc else r.choice(list(NAMES) + ["ja", "ko", "zh", "vi"])
    if cult == "ja":
        f, g = r.choice(JA_F), r.choice(JA_G)
        p = P(g[1], f[1], cult, native=f[0] + g[0], eastern=r.random() < 0.5)
        p.nfam, p.ngiv = f[0], g[0]
        return p
    if cult == "ko":
        f, g = r.choice(KO_F), r.choice(KO_G)
        p = P(g[1], f[1], cult, native=f[0] + g[0], eastern=r.random() < 0.5)
        p.nfam, p.ngiv = f[0], g[0]
        return p
    if cult == "zh":
        f, g = r.choice(ZH_F), r.choice(ZH_G)
        p = P(g[1], f[1], cult, native=f[0] + g[0], eastern=True)
        p.nfam, p.ngiv = f[0], g[0]
        return p
    if cult == "vi":
        f, g = r.choice(VI)
        return P(g, f, cult, eastern=True)
    gl, fl = NAMES[cult]
    given = r.choice(gl.split())
    family = r.choice(fl.split("|"))
    loc = FAKER_LOC.get(cult)
    if loc and r.random() < 0.3:
        fk = FK[loc]
        given, family = fk.first_name().strip(), fk.last_name().strip()
    p = P(given, family, cult, eastern=(cult == "hu"))
    if cult in ("ar", "ua") and r.random() < 0.3:
        g, f, nat = r.choice(AR_NATIVE if cult == "ar" else UA_NATIVE)
        p = P(g, f, cult, native=nat)
    return p


MAILDOM = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
           "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"], "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
           "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "ES": ["gmail.com", "telefonica.net", "hotmail.es"],
           "IT": ["libero.it", "virgilio.it", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
           "PL": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"], "SE": ["telia.com", "gmail.com"], "NO": ["online.no", "gmail.com"],
           "DK": ["mail.dk", "gmail.com"], "FI": ["elisanet.fi", "gmail.com"], "HU": ["freemail.hu", "citromail.hu"],
           "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "MX": ["prodigy.net.mx", "hotmail.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
           "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "kakao.com"],
           "CN": ["qq.com", "163.com", "126.com"], "AE": ["eim.ae", "gmail.com"], "SA": ["gmail.com", "hotmail.com"],
           "EG": ["yahoo.com", "gmail.com"], "VN": ["gmail.com", "yahoo.com.vn"], "NG": ["yahoo.com", "gmail.com"],
           "ZA": ["mweb.co.za", "telkomsa.net"], "CZ": ["seznam.cz", "centrum.cz"], "UA": ["ukr.net", "i.ua"]}


def email(r, p, cc="US", dom=None):
    g, f = p.ascii_given.lower(), p.ascii_family.lower()
    dom = dom or r.choice(MAILDOM.get(cc, ["gmail.com"]))
    local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}", f"{g}_{f}{r.randint(1, 99)}", f"{g}{r.randint(70, 99)}",
                      f"{g}.{f[0]}", f"{f}{g[0]}"])
    return f"{local}@{dom}"


def work_email(r, p, dom):
    return r.choice([f"{p.ascii_given.lower()}.{p.ascii_family.lower()}", f"{p.ascii_given[0].lower()}{p.ascii_family.lower()}"]) + "@" + dom


# ----------------------------------------------------------------------------------------------
# phones: national and international formats per country

def phone(r, cc, style=None):
    COUNTRIES_USED.add(cc)
    intl = (style == "intl") if style else r.random() < 0.45
    d = lambda n: dg(r, n)
    if cc == "US":
        a, x, l = nz(r) + d(2), nz(r) + d(2), d(4)
        return r.choice([f"+1 {a} {x} {l}", f"+1-{a}-{x}-{l}", f"+1 ({a}) {x}-{l}"]) if intl else \
            r.choice([f"({a}) {x}-{l}", f"{a}-{x}-{l}", f"{a}.{x}.{l}"])
    if cc == "GB":
        m = "7" + r.choice(["700", "711", "824", "956", "403"]) + " " + d(6)
        if intl:
            return r.choice([f"+44 {m}", f"+44 (0){m}", f"+44 20 {nz(r)}{d(3)} {d(4)}"])
        return r.choice([f"0{m}", f"020 {nz(r)}{d(3)} {d(4)}", f"0113 {nz(r)}{d(2)} {d(4)}", f"(0161) {nz(r)}{d(2)} {d(4)}"])
    if cc == "DE":
        if intl:
            return r.choice([f"+49 {r.choice(['151', '160', '176', '1520'])} {d(8)}", f"+49 (0)30 {nz(r)}{d(6)}",
                             f"+49 89 {nz(r)}{d(3)} {d(3)}", f"0049 {r.choice(['172', '157'])} {d(7)}"])
        return r.choice([f"0{r.choice(['151', '160', '176', '171'])} {d(4)} {d(4)}", f"030 {nz(r)}{d(7)}", f"(0221) {nz(r)}{d(5)}",
                         f"0{r.choice(['172', '179'])}/{d(7)}", f"089 / {nz(r)}{d(2)} {d(2)} {d(2)}"])
    if cc == "FR":
        p = [r.choice(["6", "7", "1", "4", "9"])] + [d(2) for _ in range(4)]
        return (r.choice(["+33 ", "+33 (0)", "0033 "]) + " ".join(p)) if intl else \
            r.choice(["0" + " ".join(p), "0" + ".".join(p), "0" + "".join(p)])
    if cc == "ES":
        m = r.choice(["6", "7", "9"]) + d(8)
        return (r.choice(["+34 ", "0034 "]) + f"{m[:3]} {m[3:6]} {m[6:]}") if intl else \
            r.choice([f"{m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", m])
    if cc == "IT":
        if intl:
            return r.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"+39 02 {d(4)} {d(4)}", f"0039 3{d(2)} {d(7)}"])
        return r.choice([f"3{d(2)} {d(3)} {d(4)}", f"3{d(2)}-{d(7)}", f"02 {d(4)} {d(4)}", f"06 {d(8)}", f"081 {d(7)}"])
    if cc == "NL":
        return r.choice([f"+31 6 {d(8)}", f"+31 (0)20 {d(3)} {d(4)}", f"+316{d(8)}"]) if intl else \
            r.choice([f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"020-{d(3)} {d(4)}", f"010 {d(3)} {d(2)} {d(2)}"])
    if cc == "PL":
        m = r.choice(["5", "6", "7", "8"]) + d(8)
        return (r.choice(["+48 ", "0048 ", "+48"]) + f"{m[:3]} {m[3:6]} {m[6:]}") if intl else \
            r.choice([f"{m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}", f"22 {d(3)} {d(2)} {d(2)}", f"(12) {d(3)} {d(2)} {d(2)}"])
    if cc == "SE":
        return r.choice([f"+46 7{r.choice('0236')} {d(3)} {d(2)} {d(2)}", f"+46 8 {d(3)} {d(3)} {d(2)}"]) if intl else \
            r.choice([f"07{r.choice('0236')}-{d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}", f"031-{d(2)} {d(2)} {d(2)}"])
    if cc == "NO":
        return r.choice([f"+47 {r.choice('49')}{d(2)} {d(2)} {d(3)}", f"+47 22 {d(2)} {d(2)} {d(2)}", f"0047 {r.choice('49')}{d(7)}"]) if intl else \
            r.choice([f"{r.choice('49')}{d(2)} {d(2)} {d(3)}", f"22 {d(2)} {d(2)} {d(2)}", f"{r.choice('49')}{d(7)}"])
    if cc == "DK":
        return r.choice([f"+45 {nz(r)}{d(1)} {d(2)} {d(2)} {d(2)}", f"+45{nz(r)}{d(7)}"]) if intl else \
            r.choice([f"{nz(r)}{d(1)} {d(2)} {d(2)} {d(2)}", f"{nz(r)}{d(3)} {d(4)}"])
    if cc == "FI":
        return r.choice([f"+358 4{r.choice('0456')} {d(7)}", f"+358 9 {d(3)} {d(4)}", f"+358 (0)50 {d(3)} {d(4)}"]) if intl else \
            r.choice([f"04{r.choice('0456')} {d(3)} {d(4)}", f"050-{d(7)}", f"09 {d(3)} {d(4)}"])
    if cc == "HU":
        return r.choice([f"+36 {r.choice(['20', '30', '70'])} {d(3)} {d(4)}", f"+36 1 {d(3)} {d(4)}", f"+36-{r.choice(['20', '30'])}-{d(3)}-{d(4)}"]) if intl else \
            r.choice([f"06 {r.choice(['20', '30', '70'])} {d(3)} {d(4)}", f"06-1-{d(3)}-{d(4)}", f"06/{r.choice(['20', '30'])}/{d(7)}"])
    if cc == "TR":
        m = "5" + r.choice(["32", "33", "42", "05", "55"])
        return r.choice([f"+90 {m} {d(3)} {d(2)} {d(2)}", f"+90 ({m}) {d(3)} {d(4)}", f"0090{m}{d(7)}"]) if intl else \
            r.choice([f"0{m} {d(3)} {d(2)} {d(2)}", f"0 ({m}) {d(3)} {d(2)} {d(2)}", f"0{m}{d(7)}", f"0212 {d(3)} {d(2)} {d(2)}"])
    if cc == "PT":
        m = r.choice(["91", "93", "96", "21", "22"]) + d(7)
        return (r.choice(["+351 ", "00351 "]) + f"{m[:3]} {m[3:6]} {m[6:]}") if intl else r.choice([f"{m[:3]} {m[3:6]} {m[6:]}", m])
    if cc == "BR":
        ddd = r.choice(["11", "21", "31", "51", "71", "81", "41"])
        return r.choice([f"+55 {ddd} 9{d(4)}-{d(4)}", f"+55 ({ddd}) 9{d(4)}-{d(4)}", f"+55{ddd}9{d(8)}"]) if intl else \
            r.choice([f"({ddd}) 9{d(4)}-{d(4)}", f"{ddd} 9{d(4)}-{d(4)}", f"({ddd}) {nz(r)}{d(3)}-{d(4)}", f"0{ddd} 9{d(4)} {d(4)}"])
    if cc == "MX":
        a = r.choice(["55", "33", "81"])
        return r.choice([f"+52 {a} {d(4)} {d(4)}", f"+52 1 {a} {d(4)} {d(4)}"]) if intl else \
            r.choice([f"{a} {d(4)} {d(4)}", f"({a}) {d(4)}-{d(4)}", f"{a}-{d(4)}-{d(4)}"])
    if cc == "IN":
        m = r.choice(["98", "99", "97", "88", "70", "63"]) + d(8)
        return r.choice([f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"+91 {m}"]) if intl else \
            r.choice([f"{m[:5]} {m[5:]}", f"0{m}", m, f"022-{d(4)} {d(4)}", f"080 {d(4)} {d(4)}"])
    if cc == "JP":
        return r.choice([f"+81 {r.choice(['90', '80', '70'])}-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}", f"+81 (0)6 {d(4)} {d(4)}"]) if intl else \
            r.choice([f"0{r.choice(['90', '80', '70'])}-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"06({d(4)}){d(4)}", f"0{r.choice(['90', '80'])}{d(8)}"])
    if cc == "KR":
        return r.choice([f"+82 10-{d(4)}-{d(4)}", f"+82 10 {d(4)} {d(4)}", f"+82 2-{d(3)}-{d(4)}"]) if intl else \
            r.choice([f"010-{d(4)}-{d(4)}", f"010 {d(4)} {d(4)}", f"02-{d(3)}-{d(4)}", f"031-{d(3)}-{d(4)}", f"010{d(8)}"])
    if cc == "CN":
        m = "1" + r.choice(["38", "39", "58", "86", "37"]) + d(8)
        return r.choice([f"+86 {m[:3]} {m[3:7]} {m[7:]}", f"+86-{m}", f"0086 {m}"]) if intl else \
            r.choice([f"{m[:3]} {m[3:7]} {m[7:]}", m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"021-{d(4)} {d(4)}", f"(010) {d(8)}"])
    if cc == "AE":
        m = "5" + r.choice("0256") + d(7)
        return r.choice([f"+971 {m[:2]} {m[2:5]} {m[5:]}", f"+971-{m[:2]}-{m[2:]}", f"00971 {m}"]) if intl else \
            r.choice([f"0{m[:2]} {m[2:5]} {m[5:]}", f"0{m}", f"04 {d(3)} {d(4)}"])
    if cc == "SA":
        m = "5" + r.choice("03459") + d(7)
        return r.choice([f"+966 {m[:2]} {m[2:5]} {m[5:]}", f"+966{m}"]) if intl else r.choice([f"0{m[:2]} {m[2:5]} {m[5:]}", f"0{m}", f"011 {d(3)} {d(4)}"])
    if cc == "EG":
        m = "1" + r.choice("0125") + d(8)
        return r.choice([f"+20 {m[:2]} {m[2:6]} {m[6:]}", f"+20{m}"]) if intl else r.choice([f"0{m[:2]} {m[2:6]} {m[6:]}", f"0{m}", f"02 {d(4)} {d(4)}"])
    if cc == "VN":
        m = r.choice(["90", "91", "98", "97", "38"]) + d(7)
        return r.choice([f"+84 {m[:2]} {m[2:5]} {m[5:]}", f"+84{m}"]) if intl else r.choice([f"0{m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"0{m[:3]} {m[3:6]} {m[6:]}", f"0{m}"])
    if cc == "NG":
        m = r.choice(["803", "805", "806", "813", "907", "703"]) + d(7)
        return r.choice([f"+234 {m[:3]} {m[3:6]} {m[6:]}", f"+234{m}", f"+234 (0){m[:3]} {m[3:]}"]) if intl else r.choice([f"0{m[:3]} {m[3:6]} {m[6:]}", f"0{m}"])
    if cc == "ZA":
        m = r.choice(["82", "83", "72", "84", "61"]) + d(7)
        return r.choice([f"+27 {m[:2]} {m[2:5]} {m[5:]}", f"+27{m}"]) if intl else r.choice([f"0{m[:2]} {m[2:5]} {m[5:]}", f"0{m}", f"011 {d(3)} {d(4)}"])
    if cc == "CZ":
        m = r.choice(["60", "72", "77", "73"]) + d(7)
        return r.choice([f"+420 {m[:3]} {m[3:6]} {m[6:]}", f"00420 {m}"]) if intl else r.choice([f"{m[:3]} {m[3:6]} {m[6:]}", m])
    if cc == "UA":
        m = r.choice(["67", "50", "93", "97"]) + d(7)
        return r.choice([f"+380 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"+380{m}"]) if intl else f"0{m[:2]} {m[2:5]} {m[5:7]} {m[7:]}"
    raise KeyError(cc)


def e164(r, cc):
    """digits-only international form as used by SMS/WhatsApp gateways"""
    s = phone(r, cc, "intl")
    digits = "".join(ch for ch in s.replace("(0)", "") if ch.isdigit())
    if digits.startswith("00"):
        digits = digits[2:]
    return digits


# ----------------------------------------------------------------------------------------------
# addresses written per country, in the local order


class A:
    def __init__(self, cc, lines, street, pc, city, country, region=""):
        self.cc, self.lines, self.street, self.pc, self.city, self.country, self.region = cc, lines, street, pc, city, country, region

    def inline(self, sep=", "):
        return sep.join(self.lines)

    def block(self):
        return "\n".join(self.lines)


COUNTRY_NAME = {"US": "USA", "GB": "United Kingdom", "DE": "Deutschland", "FR": "France", "ES": "España", "IT": "Italia",
                "NL": "Nederland", "PL": "Polska", "SE": "Sverige", "NO": "Norge", "DK": "Danmark", "FI": "Suomi",
                "HU": "Magyarország", "TR": "Türkiye", "PT": "Portugal", "BR": "Brasil", "MX": "México", "IN": "India",
                "JP": "Japan", "KR": "Korea", "CN": "China", "AE": "UAE", "SA": "Saudi Arabia", "EG": "Egypt",
                "VN": "Việt Nam", "NG": "Nigeria", "ZA": "South Africa", "CZ": "Česko", "UA": "Україна"}

CITIES = {"US": ["Chicago", "Denver", "Savannah", "Portland", "Tucson"], "GB": ["Leeds", "Manchester", "Bristol", "Glasgow"],
          "DE": ["Hamburg", "Köln", "Leipzig", "Nürnberg", "Bayern"], "FR": ["Lyon", "Lille", "Bretagne", "Marseille"],
          "ES": ["Sevilla", "Bilbao", "Valencia", "Galicia"], "IT": ["Torino", "Napoli", "Sardegna", "Bologna"],
          "NL": ["Utrecht", "Groningen", "Eindhoven"], "PL": ["Kraków", "Gdańsk", "Wrocław"], "SE": ["Göteborg", "Malmö"],
          "NO": ["Bergen", "Tromsø"], "DK": ["Aarhus", "Odense"], "FI": ["Tampere", "Oulu"], "HU": ["Debrecen", "Szeged"],
          "TR": ["İzmir", "Ankara", "Antalya"], "PT": ["Porto", "Coimbra"], "BR": ["Recife", "Curitiba", "Manaus"],
          "MX": ["Guadalajara", "Monterrey", "Puebla"], "IN": ["Pune", "Chennai", "Jaipur"], "JP": ["大阪", "名古屋", "Osaka"],
          "KR": ["부산", "Incheon"], "CN": ["深圳", "Chengdu"], "AE": ["Sharjah", "Abu Dhabi"], "SA": ["Jeddah", "الرياض"],
          "EG": ["Alexandria", "القاهرة"], "VN": ["Đà Nẵng", "Hải Phòng"], "NG": ["Ibadan", "Port Harcourt"],
          "ZA": ["Durban", "Pretoria"], "CZ": ["Brno", "Ostrava"], "UA": ["Lviv", "Одеса"]}


def addr(r, cc, variant=None):
    COUNTRIES_USED.add(cc)
    n = r.randint(1, 240)
    cn = COUNTRY_NAME[cc]
    withc = r.random() < 0.3
    if cc == "US":
        street = f"{r.randint(12, 9870)} {r.choice(['Elm Grove Rd', 'W 34th St', 'Maple Ave', 'Sycamore Ln', 'N Lincoln Blvd', 'Old Post Rd', 'Cedar Hollow Dr', 'E Washington St'])}"
        if r.random() < 0.4:
            street += r.choice([f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" Unit {r.randint(100, 999)}", f", Ste {r.randint(100, 450)}", f" #{r.randint(2, 40)}"])
        city, st, z = r.choice([("Springfield", "IL", "62704"), ("Tacoma", "WA", "98403"), ("Boise", "ID", "83702"), ("Dayton", "OH", "45402"),
                                ("Savannah", "GA", "31401"), ("Tempe", "AZ", "85281"), ("Burlington", "VT", "05401"), ("El Paso", "TX", "79901")])
        if r.random() < 0.3:
            z += "-" + dg(r, 4)
        lines = [street, f"{city}, {st} {z}"] + (["USA"] if withc else [])
        return A(cc, lines, street, z, city, "USA", st)
    if cc == "GB":
        street = f"{n} {r.choice(['Marlowe Road', 'Cavendish Close', 'Hawthorn Terrace', 'Old Mill Lane', 'Chapel Street', 'Albert Crescent', 'Station Approach'])}"
        pre = r.choice(["", "", f"Flat {r.randint(1, 12)}", f"{r.choice(['Rose', 'Ivy', 'Orchard'])} Cottage"])
        city, pc = r.choice([("Leeds", "LS6 2QX"), ("Bristol", "BS3 4HG"), ("Norwich", "NR2 1SJ"), ("Cardiff", "CF24 3AA"), ("Glasgow", "G12 8QQ"),
                             ("Brighton", "BN1 4GH"), ("Belfast", "BT9 6AD")])
        lines = ([pre] if pre else []) + [street] + ([city, pc] if r.random() < 0.5 else [f"{city} {pc}"]) + (["United Kingdom"] if withc else [])
        return A(cc, lines, (pre + ", " if pre else "") + street, pc, city, "United Kingdom")
    if cc == "DE":
        street = f"{r.choice(['Lindenstraße', 'Am Kirchberg', 'Hauptstr.', 'Schillerplatz', 'Bergmannstraße', 'Kastanienallee', 'Goethestr.', 'Zur Alten Mühle'])} {n}{r.choice(['', '', 'a', 'b'])}"
        pc, city = r.choice([("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("04109", "Leipzig"),
                             ("70173", "Stuttgart"), ("28195", "Bremen"), ("01067", "Dresden")])
        extra = [r.choice(["Hinterhaus, 3. OG", "2. Etage links", "App. 14", "c/o Hausverwaltung Kramer"])] if r.random() < 0.2 else []
        lines = [street] + extra + [f"{pc} {city}"] + (["Deutschland"] if withc else [])
        return A(cc, lines, street, pc, city, "Deutschland")
    if cc == "FR":
        street = f"{n}{r.choice(['', '', ' bis', ' ter'])} {r.choice(['rue des Acacias', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'rue de la République', 'allée des Tilleuls', 'place Bellecour'])}"
        pc, city = r.choice([("69003", "Lyon"), ("75011", "Paris"), ("13006", "Marseille"), ("31000", "Toulouse"), ("44000", "Nantes"),
                             ("67000", "Strasbourg"), ("33800", "Bordeaux")])
        extra = [r.choice([f"Résidence Les Tilleuls, Bât. {r.choice('ABC')}", f"Appt {r.randint(2, 60)}, {r.randint(1, 8)}e étage", "Chez M. et Mme Roux"])] if r.random() < 0.3 else []
        cityl = f"{pc} {city.upper() if r.random() < 0.6 else city}" + (r.choice([" CEDEX", " Cedex 02"]) if r.random() < 0.1 else "")
        lines = extra + [street, cityl] + (["France"] if withc else [])
        return A(cc, lines, street, pc, city, "France")
    if cc == "ES":
        floor = r.choice([f", {r.randint(1, 9)}º {r.choice('ABCD')}", f", {r.randint(1, 9)}º izda.", f", {r.randint(1, 6)}º {r.randint(1, 4)}ª", ", bajo", ""])
        street = r.choice([f"C/ Mayor, {n}", f"Calle de Toledo {n}", f"Alcalá {n}", f"Avda. Diagonal {n}", f"Pº de Gràcia {n}",
                           f"Gran Vía {n}", f"Serrano {n}", f"Sierpes {n}", f"Colón {n}"]) + floor
        pc, city, prov = r.choice([("28013", "Madrid", "Madrid"), ("08008", "Barcelona", "Barcelona"), ("41004", "Sevilla", "Sevilla"),
                                   ("46002", "Valencia", "Valencia"), ("48001", "Bilbao", "Bizkaia"), ("29015", "Málaga", "Málaga")])
        lines = [street, f"{pc} {city}" + (f" ({prov})" if r.random() < 0.3 else "")] + (["España"] if withc else [])
        return A(cc, lines, street, pc, city, "España", prov)
    if cc == "IT":
        street = r.choice([f"Via Garibaldi {n}", f"Corso Vittorio Emanuele II, {n}", f"Viale dei Mille {n}/B", f"Piazza San Marco {n}",
                           f"Via Roma {n} int. {r.randint(1, 20)}", f"Via dei Fiori Chiari {n}", f"Vicolo Stretto {n}"])
        pc, city, pv = r.choice([("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("80134", "Napoli", "NA"), ("10123", "Torino", "TO"),
                                 ("40126", "Bologna", "BO"), ("50122", "Firenze", "FI"), ("90133", "Palermo", "PA")])
        lines = [street, r.choice([f"{pc} {city} ({pv})", f"{pc} {city} {pv}", f"{pc} - {city.upper()} ({pv})"])] + (["Italia"] if withc else [])
        return A(cc, lines, street, pc, city, "Italia", pv)
    if cc == "NL":
        street = r.choice([f"Keizersgracht {n}-II", f"Dorpsstraat {n}", f"Van Woustraat {n} hs", f"Oudegracht {n}-bis", f"Burg. de Withstraat {n}",
                           f"Jan van Galenstraat {n}A", f"Achter de Dom {n}"])
        pc, city = r.choice([("1016 DV", "Amsterdam"), ("3511 AK", "Utrecht"), ("2511 BT", "Den Haag"), ("3011 AD", "Rotterdam"),
                             ("9711 LM", "Groningen"), ("5611 EM", "Eindhoven")])
        lines = [street, f"{pc} {city.upper() if r.random() < 0.5 else city}"] + (["Nederland"] if withc else [])
        return A(cc, lines, street, pc, city, "Nederland")
    if cc == "PL":
        street = r.choice([f"ul. Długa {n}/{r.randint(1, 60)}", f"al. Jerozolimskie {n}A m. {r.randint(1, 90)}", f"ul. Piotrkowska {n} lok. {r.randint(1, 9)}",
                           f"os. Słoneczne {n}/{r.randint(1, 40)}", f"pl. Grunwaldzki {n}/{r.randint(1, 9)}", f"ul. Kościuszki {n}"])
        pc, city = r.choice([("00-238", "Warszawa"), ("90-368", "Łódź"), ("31-042", "Kraków"), ("50-106", "Wrocław"), ("80-831", "Gdańsk"), ("61-772", "Poznań")])
        lines = [street, f"{pc} {city}"] + (["Polska"] if withc else [])
        return A(cc, lines, street, pc, city, "Polska")
    if cc == "SE":
        street = r.choice([f"Storgatan {n} B", f"Sveavägen {n}, lgh {r.randint(1001, 1504)}", f"Kungsgatan {n}, {r.randint(1, 5)} tr", f"Drottninggatan {n}", f"Vasavägen {n}"])
        pc, city = r.choice([("114 51", "Stockholm"), ("411 19", "Göteborg"), ("211 22", "Malmö"), ("753 10", "Uppsala"), ("903 26", "Umeå")])
        extra = [f"c/o {r.choice(['Lindgren', 'Ek', 'Sandberg'])}"] if r.random() < 0.15 else []
        lines = extra + [street, f"{pc} {city.upper() if r.random() < 0.5 else city}"] + (["Sverige"] if withc else [])
        return A(cc, lines, street, pc, city, "Sverige")
    if cc == "NO":
        street = r.choice([f"Thorvald Meyers gate {n}", f"Storgata {n} B", f"Kongens gate {n}, H0{r.randint(1, 4)}0{r.randint(1, 4)}", f"Fjellveien {n}", f"Bryggen {n}"])
        pc, city = r.choice([("0555", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("4006", "Stavanger"), ("9008", "Tromsø")])
        lines = [street, f"{pc} {city.upper() if r.random() < 0.5 else city}"] + (["Norge"] if withc else [])
        return A(cc, lines, street, pc, city, "Norge")
    if cc == "DK":
        street = r.choice([f"Nørrebrogade {n}, 2. th.", f"Vesterbrogade {n}, st. tv.", f"Algade {n}, 1. sal", f"Jægersborggade {n}, 3. mf.", f"Strandvejen {n}"])
        pc, city = r.choice([("2200", "København N"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("1620", "København V")])
        lines = [street, f"{pc} {city}"] + (["Danmark"] if withc else [])
        return A(cc, lines, street, pc, city, "Danmark")
    if cc == "FI":
        street = r.choice([f"Mannerheimintie {n} A {r.randint(1, 40)}", f"Hämeenkatu {n} B {r.randint(1, 40)}", f"Kauppakatu {n} as. {r.randint(1, 12)}",
                           f"Rantatie {n}", f"Koulukatu {n} C"])
        pc, city = r.choice([("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu"), ("40100", "Jyväskylä")])
        lines = [street, f"{pc} {city.upper() if r.random() < 0.5 else city}"] + (["Finland"] if withc else [])
        return A(cc, lines, street, pc, city, "Suomi")
    if cc == "HU":
        street = r.choice([f"Kossuth Lajos u. {n}. {r.choice(['III. em. 4.', '2/7', 'fsz. 1.', ''])}".strip(), f"Váci út {n}. {r.randint(1, 8)}/{r.randint(1, 20)}",
                           f"Petőfi Sándor utca {n}.", f"Rákóczi út {n}. fsz. 1.", f"Deák Ferenc tér {n}."])
        city, pc = r.choice([("Budapest", "1055"), ("Debrecen", "4024"), ("Szeged", "6720"), ("Pécs", "7621"), ("Győr", "9021")])
        style = variant or r.choice(["cityfirst", "cityfirst", "inline"])
        if style == "cityfirst":
            lines = [city, street, pc] + (["Magyarország"] if withc else [])
        else:
            lines = [f"{pc} {city}", street]
        return A(cc, lines, street, pc, city, "Magyarország")
    if cc == "TR":
        street = r.choice([f"Bağdat Cad. No: {n} D: {r.randint(1, 20)}", f"Atatürk Bulvarı No:{n} Kat:{r.randint(1, 9)} Daire:{r.randint(1, 30)}",
                           f"Gül Sok. No: {n}/{r.randint(1, 9)}", f"İnönü Cd. No:{n} Daire {r.randint(1, 15)}"])
        mah = r.choice(["Caddebostan Mah.", "Kızılay Mah.", "Alsancak Mah.", "Moda Mh.", "Bahçelievler Mah."])
        pc, dist, city = r.choice([("34728", "Kadıköy", "İstanbul"), ("06420", "Çankaya", "Ankara"), ("35220", "Konak", "İzmir"),
                                   ("16050", "Osmangazi", "Bursa"), ("07100", "Muratpaşa", "Antalya")])
        lines = [f"{mah} {street}", f"{pc} {dist}/{city.upper() if r.random() < 0.4 else city}"] + (["Türkiye"] if withc else [])
        return A(cc, lines, f"{mah} {street}", pc, city, "Türkiye", dist)
    if cc == "PT":
        street = r.choice([f"Rua da Prata {n}, {r.randint(1, 6)}.º Esq.", f"Av. da Boavista {n}, {r.randint(1, 9)}.º Dto", f"Rua Ferreira Borges {n}",
                           f"Travessa do Carmo {n}, r/c", f"Largo do Chafariz {n}"])
        pc, city = r.choice([("1100-420", "Lisboa"), ("4100-130", "Porto"), ("3000-180", "Coimbra"), ("8000-329", "Faro"), ("4700-424", "Braga")])
        lines = [street, f"{pc} {city}"] + (["Portugal"] if withc else [])
        return A(cc, lines, street, pc, city, "Portugal")
    if cc == "BR":
        street = r.choice([f"Rua Augusta, {n}, apto {r.randint(11, 154)}", f"Av. Sete de Setembro, {n}, casa {r.randint(1, 4)}",
                           f"Rua das Laranjeiras {n} bl B ap {r.randint(101, 904)}", f"Travessa São José, {n}", f"Rua Marechal Deodoro {n}, sala {r.randint(1, 30)}"])
        bairro, city, uf, cep = r.choice([("Consolação", "São Paulo", "SP", "01304-001"), ("Boa Viagem", "Recife", "PE", "51020-180"),
                                          ("Savassi", "Belo Horizonte", "MG", "30140-061"), ("Moinhos de Vento", "Porto Alegre", "RS", "90570-040"),
                                          ("Barra", "Salvador", "BA", "40140-110"), ("Batel", "Curitiba", "PR", "80420-090")])
        lines = r.choice([[street, f"{bairro} - {city}/{uf}", f"CEP {cep}"], [f"{street} - {bairro}", f"{city} - {uf}, {cep}"],
                          [f"{street}, {bairro}", f"{cep} {city} {uf}"]]) + (["Brasil"] if withc else [])
        return A(cc, lines, street, cep, city, "Brasil", uf)
    if cc == "MX":
        street = r.choice([f"Av. Insurgentes Sur {n}, Int. {r.randint(1, 12)}", f"Calle Morelos {n}", f"Privada de los Pinos {n}", f"Calz. de Tlalpan {n} Depto. {r.randint(1, 30)}"])
        col = r.choice(["Col. Roma Norte", "Col. Crédito Constructor", "Col. Centro", "Col. Del Valle", "Fracc. Las Águilas"])
        pc, city = r.choice([("06700", "Cuauhtémoc, CDMX"), ("03940", "Benito Juárez, Ciudad de México"), ("44100", "Guadalajara, Jal."), ("64000", "Monterrey, N.L.")])
        lines = [street, col, f"C.P. {pc}, {city}"] + (["México"] if withc else [])
        return A(cc, lines, street, pc, city.split(",")[0], "México")
    if cc == "IN":
        city, loc, pin, st = r.choice([("mumbai", "andheri east", "400069", "Maharashtra"), ("bengaluru", "indiranagar", "560038", "Karnataka"),
                                       ("hyderabad", "ameerpet", "500016", "Telangana"), ("chennai", "t nagar", "600017", "Tamil Nadu"),
                                       ("pune", "kothrud", "411038", "Maharashtra"), ("kolkata", "salt lake sector v", "700091", "West Bengal"),
                                       ("delhi", "lajpat nagar ii", "110024", "Delhi")])
        house = r.choice([f"flat {r.randint(101, 904)}, sai krupa apts", f"h.no {r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(10, 99)}/{r.randint(1, 9)}",
                          f"no. {n}, {r.choice(['2nd', '3rd', '4th', '7th'])} cross, {r.choice(['1st', '5th', '11th', '12th'])} main", f"b-{n}, shanti niketan society", f"plot {n}, gali no {r.randint(1, 9)}"])
        lm = r.choice(["near hanuman mandir", "opp. city hospital", "behind d-mart", "beside axis bank atm", "near railway crossing", "opp gurudwara"])
        if variant == "proper" or r.random() < 0.3:
            lines = [house.title().replace("H.No", "H.No.").replace("B-", "B-"), lm.capitalize(), f"{loc.title()}, {city.title()}", f"{st} {pin}"]
        else:
            lines = [house, lm, loc, f"{city} - {pin}"]
        return A(cc, lines, ", ".join(lines[:2]), pin, city, "India", st)
    if cc == "JP":
        pc, kan, rom = r.choice([("150-0001", "東京都渋谷区神宮前", "Jingumae, Shibuya-ku, Tokyo"), ("530-0001", "大阪府大阪市北区梅田", "Umeda, Kita-ku, Osaka"),
                                 ("460-0008", "愛知県名古屋市中区栄", "Sakae, Naka-ku, Nagoya, Aichi"), ("060-0042", "北海道札幌市中央区大通西", "Odori-nishi, Chuo-ku, Sapporo, Hokkaido"),
                                 ("604-8005", "京都府京都市中京区恵比須町", "Ebisucho, Nakagyo-ku, Kyoto"), ("812-0011", "福岡県福岡市博多区博多駅前", "Hakataekimae, Hakata-ku, Fukuoka")])
        a, b2, c = r.randint(1, 6), r.randint(1, 30), r.randint(1, 20)
        bk, br = r.choice([("パークハイツ", "Park Heights"), ("メゾン桜", "Maison Sakura"), ("グランドール栄", "Grandor Sakae"), ("コーポ青葉", "Corpo Aoba")])
        room = r.randint(101, 905)
        if (variant or r.choice(["native", "native", "roman"])) == "native":
            blk = r.choice([f"{a}-{b2}-{c}", f"{a}丁目{b2}-{c}", f"{a}丁目{b2}番{c}号"])
            lines = [f"〒{pc}", f"{kan}{blk}", f"{bk}{room}" + r.choice(["", "号室"])]
            return A(cc, lines, lines[1], pc, kan[:3], "日本")
        lines = [f"{br} {room}", f"{a}-{b2}-{c} {rom} {pc}"] + (["Japan"] if withc else [])
        return A(cc, lines, f"{br} {room}, {a}-{b2}-{c}", pc, rom.split(", ")[-1], "Japan")
    if cc == "KR":
        pc, kor, rom = r.choice([("06236", "서울특별시 강남구 테헤란로", "Teheran-ro, Gangnam-gu, Seoul"), ("04524", "서울특별시 중구 세종대로", "Sejong-daero, Jung-gu, Seoul"),
                                 ("48058", "부산광역시 해운대구 해운대로", "Haeundae-ro, Haeundae-gu, Busan"), ("13494", "경기도 성남시 분당구 판교역로", "Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do"),
                                 ("41940", "대구광역시 중구 동성로", "Dongseong-ro, Jung-gu, Daegu")])
        dong, ho = r.randint(101, 115), r.randint(101, 2304)
        if (variant or r.choice(["native", "native", "roman"])) == "native":
            lines = [f"{kor} {n}", f"{dong}동 {ho}호 ({pc})" if r.random() < 0.5 else f"{r.randint(2, 20)}층 {ho}호"]
            if r.random() < 0.4:
                lines = [f"({pc}) " + lines[0], lines[1].split(" (")[0]]
            return A(cc, lines, lines[0], pc, kor.split()[0], "대한민국")
        lines = [f"Apt {dong}-{ho}, {n} {rom} {pc}"] + (["Republic of Korea"] if withc else [])
        return A(cc, lines, f"Apt {dong}-{ho}, {n} {rom.split(',')[0]}", pc, rom.split(", ")[-1], "Korea")
    if cc == "CN":
        pc, zh, en = r.choice([("200120", "上海市浦东新区世纪大道", "Century Avenue, Pudong New District, Shanghai"), ("100020", "北京市朝阳区建国路", "Jianguo Road, Chaoyang District, Beijing"),
                               ("510623", "广东省广州市天河区天河路", "Tianhe Road, Tianhe District, Guangzhou, Guangdong"),
                               ("518057", "广东省深圳市南山区科技园南路", "Keyuan South Road, Nanshan District, Shenzhen, Guangdong"),
                               ("610041", "四川省成都市武侯区人民南路", "Renmin South Road, Wuhou District, Chengdu, Sichuan")])
        bld, rm = r.randint(1, 12), r.randint(101, 2808)
        if (variant or r.choice(["native", "native", "roman"])) == "native":
            one = f"{zh}{n}号{bld}号楼{rm}室"
            lines = [one] if r.random() < 0.6 else [one, f"邮编 {pc}"]
            return A(cc, lines, one, pc, zh[:3], "中国")
        lines = [f"Room {rm}, Building {bld}, No. {n} {en} {pc}"] + (["China"] if withc else [])
        ccity = [x for x in en.split(", ") if not x.endswith(("District", "Road", "Avenue"))][0]
        return A(cc, lines, f"Room {rm}, Building {bld}, No. {n} {en.split(',')[0]}", pc, ccity, "China")
    if cc == "AE":
        if variant == "native":
            lines = [f"فيلا {n}، شارع {r.randint(1, 40)}", r.choice(["البرشاء 2، دبي", "الخالدية، أبوظبي", "النهدة، الشارقة"])]
            return A(cc, lines, lines[0], "", lines[1].split("، ")[-1], "الإمارات")
        lines = r.choice([[f"Villa {n}, Street {r.randint(1, 40)}", "Al Barsha 2, Dubai"], [f"Flat {r.randint(101, 3204)}, Marina Heights Tower", "Dubai Marina, Dubai"],
                          [f"Office {r.randint(101, 905)}, Al Reem Tower", "Al Maryah Island, Abu Dhabi"], [f"Apt {r.randint(1, 40)}, Bldg {n}, Al Nahda 1", f"P.O. Box {dg(r, 5)}, Sharjah"]]) + (["UAE"] if withc else [])
        return A(cc, lines, lines[0], "", lines[1].split(", ")[-1], "UAE")
    if cc == "SA":
        b, pc, add = dg(r, 4), r.choice(["12214", "12611", "23431", "34217"]), dg(r, 4)
        if variant == "native":
            lines = [f"{b} طريق الملك فهد، حي العليا", f"الرياض {pc} - {add}"]
            return A(cc, lines, lines[0], pc, "الرياض", "السعودية")
        lines = [f"{b} {r.choice(['King Fahd Rd', 'Prince Sultan St', 'Al Tahlia St'])}, {r.choice(['Al Olaya Dist.', 'Al Rawdah', 'Al Khobar Al Shamalia'])}",
                 f"{r.choice(['Riyadh', 'Jeddah', 'Al Khobar'])} {pc} - {add}"] + (["Saudi Arabia"] if withc else [])
        return A(cc, lines, lines[0], pc, lines[1].split()[0], "Saudi Arabia")
    if cc == "EG":
        if variant == "native":
            lines = [f"{n} شارع التحرير، الدقي", "الجيزة"]
            return A(cc, lines, lines[0], "", "الجيزة", "مصر")
        lines = [r.choice([f"{n} El Tahrir St., Dokki", f"Apt {r.randint(1, 30)}, {n} Mohamed Mahmoud St., Bab El Louk", f"{n} Abbas El Akkad St., Nasr City"]),
                 r.choice(["Giza 12611", "Cairo", "Cairo 11371"])] + (["Egypt"] if withc else [])
        return A(cc, lines, lines[0], "", lines[1].split()[0], "Egypt")
    if cc == "VN":
        lines = r.choice([[f"Số {n} ngõ {r.randint(2, 200)} phố Huế", "phường Phố Huế, quận Hai Bà Trưng, Hà Nội"],
                          [f"{n}/{r.randint(1, 30)} Nguyễn Thị Minh Khai", "Phường 6, Quận 3, TP. Hồ Chí Minh"],
                          [f"Tổ {r.randint(1, 20)}, khu phố {r.randint(1, 9)}", "phường Linh Trung, TP. Thủ Đức, TP.HCM"],
                          [f"{n} Trần Phú", "phường Hải Châu 1, quận Hải Châu, Đà Nẵng"]])
        return A(cc, lines, lines[0], "", lines[1].split(", ")[-1], "Việt Nam")
    if cc == "NG":
        lines = r.choice([[f"Plot {n}, Admiralty Way", "Lekki Phase 1, Lagos"], [f"No. {n} Aminu Kano Crescent", "Wuse 2, Abuja"],
                          [f"{n} Ogui Road", "Enugu, Enugu State"], [f"{n}B Awolowo Road", "Ikoyi, Lagos"]]) + (["Nigeria"] if withc else [])
        return A(cc, lines, lines[0], "", lines[1].split(", ")[-1 if "State" not in lines[1] else 0], "Nigeria")
    if cc == "ZA":
        lines = r.choice([[f"{n} Jan Smuts Ave", "Parktown", "Johannesburg", "2193"], [f"Unit {r.randint(1, 40)}, Seapoint Mansions", f"{n} Beach Rd, Sea Point", "Cape Town, 8005"],
                          [f"{n} Florida Rd", "Morningside, Durban 4001"]])
        return A(cc, lines, lines[0], "", "Johannesburg", "South Africa")
    if cc == "CZ":
        street = r.choice([f"Vinohradská {r.randint(100, 2500)}/{n}", f"Masarykova {n}", f"Dlouhá {n}/{r.randint(1, 30)}", f"Náměstí Míru {n}"])
        pc, city = r.choice([("120 00", "Praha 2"), ("602 00", "Brno"), ("779 00", "Olomouc"), ("702 00", "Ostrava")])
        lines = [street, f"{pc} {city}"] + (["Česká republika"] if withc else [])
        return A(cc, lines, street, pc, city, "Česko")
    if cc == "UA":
        lines = [f"вул. Хрещатик, {n}, кв. {r.randint(1, 120)}", f"м. Київ, {r.choice(['01001', '01004'])}"]
        return A(cc, lines, lines[0], "", "Київ", "Україна")
    raise KeyError(cc)


# ----------------------------------------------------------------------------------------------
# cards, IBANs, SSNs, IPs


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card(r, brand=None, sep=None):
    opts = {"Visa": lambda: ("4", 16), "Mastercard": lambda: (str(r.choice([r.randint(51, 55), r.randint(2221, 2720)])), 16),
            "Amex": lambda: (r.choice(["34", "37"]), 15), "Discover": lambda: (r.choice(["6011", "65"]), 16),
            "JCB": lambda: (str(r.randint(3528, 3589)), 16), "Diners": lambda: ("36", 14), "UnionPay": lambda: ("62" + str(r.randint(2126, 2925))[1:], 16)}
    brand = brand or r.choice(["Visa", "Visa", "Visa", "Mastercard", "Mastercard", "Amex", "Discover", "JCB", "Diners", "UnionPay"])
    pre, ln = opts[brand]()
    body = pre + dg(r, ln - len(pre) - 1)
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    if ln == 16:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    elif ln == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[:4], num[4:10], num[10:]]
    return brand, sep.join(groups)


IBAN_BBAN = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "B4n10", "PL": "n24", "GB": "G4n14", "SE": "n20", "NO": "n11",
             "DK": "n14", "FI": "n14", "HU": "n24", "TR": "n5z1n16", "PT": "n21", "BE": "n12", "AT": "n16", "CH": "n17", "CZ": "n20",
             "SA": "n20", "AE": "n19", "EG": "n25", "BR": "n23C1", "IE": "I4n14"}
BANKS = {"B": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"], "G": ["NWBK", "BARC", "MIDL", "LOYD"], "I": ["AIBK", "BOFI"]}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban(r, cc, grouped=None):
    spec = IBAN_BBAN[cc]
    out, i = "", 0
    while i < len(spec):
        k = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        cnt = int(spec[i + 1:j])
        if k == "n":
            out += dg(r, cnt)
        elif k == "a":
            out += "".join(r.choice("ABCDEFGHLMNPRSTUVXZ") for _ in range(cnt))
        elif k == "z":
            out += "0"
        elif k in BANKS:
            out += r.choice(BANKS[k])
        else:  # literal, e.g. BR account type + owner "C1"
            out += k + spec[i + 1:j]
        i = j
    code = cc + iban_check(cc, out) + out
    assert iban_valid(code), code
    grouped = r.random() < 0.6 if grouped is None else grouped
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4)) if grouped else code


def bad_iban(r, cc):
    s = iban(r, cc, grouped=False)
    ck = int(s[2:4])
    s = s[:2] + f"{(ck + r.randint(1, 9)) % 97 + 2:02d}" + s[4:]
    if iban_valid(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    assert not iban_valid(s)
    return s


def ssn(r, fmt=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    fmt = fmt or r.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"


def ipv4(r, private=False):
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    a = r.choice([23, 31, 37, 46, 62, 77, 81, 85, 89, 91, 95, 103, 109, 141, 152, 176, 178, 185, 188, 195, 203, 212, 217])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    hx = lambda: f"{r.randint(0, 0xffff):x}"
    return r.choice([f"2a02:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}", f"2001:{hx()}:{hx()}::{hx()}", f"2a01:e0a:{hx()}:{hx()}::{hx()}"])


def ip(r):
    return ipv6(r) if r.random() < 0.2 else ipv4(r, private=r.random() < 0.15)


# ----------------------------------------------------------------------------------------------
# look-alikes (never labelled)

def order_no(r):
    return r.choice([f"ORD-{r.randint(2022, 2025)}-{dg(r, 6)}", f"#{r.randint(100000, 999999)}", f"SO{dg(r, 8)}", f"{dg(r, 3)}-{dg(r, 7)}-{dg(r, 7)}",
                     f"WEB{dg(r, 7)}", f"A{dg(r, 9)}"])


def tracking(r):
    return r.choice([f"1Z{dg(r, 3)}AA1{dg(r, 10)}", f"JD01{dg(r, 16)}", f"00340434{dg(r, 12)}", f"{r.choice(['RR', 'LX', 'CP'])}{dg(r, 9)}{r.choice(['DE', 'PL', 'CN', 'BR', 'TR'])}",
                     f"{dg(r, 12)}", f"SF{dg(r, 13)}", f"3S{r.choice(['PFT', 'DHL', 'GLS'])}{dg(r, 8)}"])


def sku(r):
    return r.choice([f"SKU-{dg(r, 5)}-{r.choice(['BLK', 'WHT', 'RED', 'NVY'])}-{r.choice(['S', 'M', 'L', 'XL', '38', '42'])}", f"{dg(r, 13)}", f"ART {dg(r, 3)}.{dg(r, 3)}.{dg(r, 2)}",
                     f"{r.choice('ABCDEFGHKLMN')}{r.choice('ABCDEFGHKLMN')}-{dg(r, 4)}"])


def inv_no(r):
    return r.choice([f"INV-{r.randint(2023, 2025)}-{dg(r, 5)}", f"RE{dg(r, 8)}", f"FA{r.randint(2023, 2025)}/{dg(r, 5)}", f"{r.randint(2023, 2025)}/{dg(r, 4)}/FV",
                     f"F-{dg(r, 6)}", f"NF {dg(r, 3)}.{dg(r, 3)}.{dg(r, 3)}"])


def date(r, fmt="iso"):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "eu": f"{d:02d}.{m:02d}.{y}", "sl": f"{d:02d}/{m:02d}/{y}", "us": f"{m:02d}/{d:02d}/{y}",
            "jp": f"{y}年{m}月{d}日", "ts": f"{y}-{m:02d}-{d:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"}[fmt]


def ts(r):
    return f"{r.randint(2024, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


class Clock:
    def __init__(self, r):
        import datetime
        self.r = r
        self.t = datetime.datetime(r.randint(2024, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

    def next(self, maxs=600, fmt="%Y-%m-%d %H:%M:%S"):
        import datetime
        self.t += datetime.timedelta(seconds=self.r.randint(1, maxs))
        return self.t.strftime(fmt)


def money(r, cur="EUR"):
    v = r.randint(300, 250000) / 100
    if cur in ("EUR_de",):
        return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{cur} {v:,.2f}"


def hexid(r, n=12):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r):
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def masked(r):
    return r.choice([f"**** **** **** {dg(r, 4)}", f"XXXX-XXXX-XXXX-{dg(r, 4)}", f"{r.choice(['4', '5'])}{dg(r, 5)}******{dg(r, 4)}", f"•••• {dg(r, 4)}"])


COMPANIES = ["Nordlicht Logistik GmbH", "Brasserie du Quai SARL", "Kaffeerösterei Hansen", "Vela Verde S.L.", "Tavola & Co. S.r.l.",
             "Bakkerij De Korenschoof", "Polmark Sp. z o.o.", "Fjordkraft Handel AS", "Saippua Oy", "Anatolia Tekstil A.Ş.",
             "Casa Bonita Comércio Ltda", "Sakura Trading 株式会社", "Hanbit Cosmetics Co.", "Desert Rose Perfumes LLC",
             "Lagos Fabrics Ltd", "Blue Ridge Outfitters Inc.", "Thames Valley Print Ltd", "Kraków Ceramika", "Orchid Lane Florists"]
# brands / products that look like names (never PERSON)
BRANDS = ["Ben & Jerry's", "Tommy Hilfiger", "Marks & Spencer", "Dr. Martens", "Tim Hortons", "Hugo Boss", "Calvin Klein",
          "Jack Daniel's", "Ralph Lauren", "Johnnie Walker", "Louis Vuitton", "Paul Smith", "Mrs. Baird's", "Aunt Bessie's",
          "Uncle Ben's", "Kinder Bueno", "Milka", "Ferrero Rocher", "Martha Stewart Living", "Giorgio Armani", "Victoria's Secret",
          "Wendy's", "Hermès", "Ted Baker", "Arthur Price", "Joseph Joseph", "Emma Bridgewater", "Lola Casademunt"]


# ----------------------------------------------------------------------------------------------
# sample kinds

KINDS = []


def kind(name):
    def deco(f):
        KINDS.append((name, f))
        return f
    return deco


def ocr_break(r, s):
    """simulate an OCR line break inside a value (keeps no edge whitespace)"""
    sp = [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]
    if sp and r.random() < 0.6:
        i = r.choice(sp)
        return s[:i] + "\n" + s[i + 1:]
    return s


EU_CC = ["DE", "PL", "HU", "NL", "DK", "FR", "ES", "CZ", "IT", "SE", "FI", "NO", "PT"]


@kind("linehaul_manifest_pipe")
def k_linehaul(r):
    b = B()
    lang = r.choice(["en", "de"])
    b.t(f"# linehaul {r.choice(['DUS-WAW', 'FRA-BUD', 'AMS-CPH', 'LYS-MAD', 'VIE-PRG'])} trailer {r.choice('ABCDEFGH')}{dg(r, 6)} {date(r)}\n")
    b.t("CONSIGNMENT|CONSIGNEE|STREET|PC|CITY|CTRY|TEL|PCS|KG\n" if lang == "en" else "SENDUNG|EMPFAENGER|STRASSE|PLZ|ORT|LAND|TEL|COLLI|KG\n")
    for _ in range(r.randint(3, 6)):
        cc = r.choice(EU_CC)
        a = addr(r, cc)
        if r.random() < 0.3:
            cons = r.choice(COMPANIES).upper()
        else:
            p = person(r, cc=cc)
            cons = ("PERSON", p.caps if r.random() < 0.6 else p.full)
        b.row([tracking(r), cons, ("STREET_ADDRESS", a.street.upper()), a.pc, ("LOCATION", a.city.upper()), cc,
               ("PHONE_NUMBER", phone(r, cc)) if r.random() < 0.8 else "", str(r.randint(1, 9)), f"{r.randint(5, 900) / 10:.1f}"], "|")
    b.t(f"# total pcs {r.randint(20, 90)}  seal {dg(r, 7)}  driver id D-{dg(r, 4)}")
    return lang, b


@kind("remittance_advice_ocr")
def k_remit(r):
    b = B()
    cc = r.choice(["DE", "FR", "GB", "NL", "IT"])
    lang = {"DE": "de", "FR": "fr", "GB": "en", "NL": "nl", "IT": "it"}[cc]
    L = {"de": ("ZAHLUNGSAVIS", "Ansprechpartner", "Zahlungsempfänger", "Rechnung", "Betrag"), "fr": ("AVIS DE PAIEMENT", "Contact", "Bénéficiaire", "Facture", "Montant"),
         "en": ("REMITTANCE ADVICE", "Contact", "Payee", "Invoice", "Amount"), "nl": ("BETALINGSADVIES", "Contactpersoon", "Begunstigde", "Factuur", "Bedrag"),
         "it": ("AVVISO DI PAGAMENTO", "Referente", "Beneficiario", "Fattura", "Importo")}[lang]
    payer = r.choice(COMPANIES)
    p = person(r, cc=cc)
    a = addr(r, cc)
    b.t(f"{L[0]}  Nr. {dg(r, 8)}\n{payer}\n")
    b.e("STREET_ADDRESS", ocr_break(r, a.inline(" ")) if r.random() < 0.5 else a.block()).t("\n")
    b.t(f"{L[1]}: ").e("PERSON", p.full).t("  Tel. ").e("PHONE_NUMBER", phone(r, cc)).t("\n")
    b.t(f"{L[2]}: {r.choice(COMPANIES)}\n").t(r.choice(["IBAN: ", "lBAN ", "IBAN/ "])).e("IBAN_CODE", iban(r, cc, grouped=True)).t(f"   BIC {r.choice(['COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'BCITITMM', 'NWBKGB2L'])}\n")
    b.t(f"{L[3]:<12}{L[4]:>14}\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"{inv_no(r):<16}{r.randint(100, 9000)},{dg(r, 2)} EUR\n")
    b.t(r.choice(["S0MME / TOTAL", "Summe", "T0TAL"]) + f" {r.randint(1000, 30000)},{dg(r, 2)}")
    return lang, b


@kind("address_book_vcf_merge")
def k_vcf(r):
    b = B()
    b.t(r.choice(["merged.vcf (2 duplicates found):\n", "export from phone, please dedupe\n", ""]))
    lang = "en"
    for _ in range(2):
        cc = r.choice(["JP", "KR", "DE", "US", "BR", "TR", "SE", "CN", "FR"])
        p = person(r, cc=cc)
        a = addr(r, cc)
        b.t("BEGIN:VCARD\nVERSION:3.0\nN:")
        if p.native and p.cult in ("ja", "ko", "zh"):
            fam_n, giv_n = p.nfam, p.ngiv
            b.e("PERSON", fam_n).t(";").e("PERSON", giv_n).t(";;;\nFN:").e("PERSON", p.native).t("\n")
            b.t("X-PHONETIC-FIRST-NAME:").e("PERSON", p.given).t("\nX-PHONETIC-LAST-NAME:").e("PERSON", p.family).t("\n")
            lang = {"ja": "ja", "ko": "ko", "zh": "zh"}[p.cult]
        else:
            b.e("PERSON", p.family).t(";").e("PERSON", p.given).t(";;;\nFN:").e("PERSON", p.western).t("\n")
        if r.random() < 0.5:
            b.t(f"ORG:{r.choice(COMPANIES)}\n")
        lines = a.lines
        b.t("ADR;TYPE=HOME:;;").e("STREET_ADDRESS", f"{a.street};{a.city};{a.region};{a.pc};{a.country}" if len(lines) > 1 else lines[0]).t("\n")
        b.t("TEL;TYPE=CELL:").e("PHONE_NUMBER", phone(r, cc, "intl")).t("\n")
        if r.random() < 0.7:
            b.t("EMAIL;TYPE=INTERNET:").e("EMAIL_ADDRESS", email(r, p, cc)).t("\n")
        b.t((f"REV:{date(r, 'ts')}\n" if not p.nfam else "") + "END:VCARD\n")
    return lang, b


@kind("sfdc_record_field_dump")
def k_sfdc(r):
    b = B()
    cc = r.choice(["US", "GB", "IN", "ZA", "NG", "AE"])
    p, owner, mod = person(r, cc=cc), person(r, "en"), person(r, r.choice(["in", "pl", "en"]))
    a = addr(r, cc)
    b.t(f"Lead {r.choice(['00Q', '003'])}{hexid(r, 12).upper()}  (copied from record page)\n")
    rows = [("First Name", ("PERSON", p.given)), ("Last Name", ("PERSON", p.family)), ("Company", r.choice(COMPANIES)),
            ("Title", r.choice(["Procurement Lead", "Owner", "Head of CX", "Store Manager"])),
            ("Mailing Street", ("STREET_ADDRESS", a.street)), ("Mailing City", ("LOCATION", a.city)), ("Mailing Zip/Postal Code", a.pc or "—"),
            ("Mailing Country", ("LOCATION", a.country)), ("Phone", ("PHONE_NUMBER", phone(r, cc))), ("Mobile", ("PHONE_NUMBER", phone(r, cc, "intl"))),
            ("Email", ("EMAIL_ADDRESS", email(r, p, cc))), ("Lead Source", r.choice(["Trade Show", "Web", "Partner Referral"])),
            ("Lead Owner", ("PERSON", owner.full)), ("Annual Revenue", money(r, "USD")), ("Last Modified By", ("PERSON", mod.full)),
            ("Last Modified Date", date(r, "us"))]
    r.shuffle(rows[9:13])
    for k, v in rows:
        if r.random() < 0.12 and k not in ("Last Name", "First Name"):
            continue
        b.t(k + "\t").item(v).t("\n")
    return "en", b


@kind("sql_update_migration_script")
def k_sqlupd(r):
    b = B()
    b.t(f"-- fix bad contact data, ticket DATA-{r.randint(100, 999)} ({date(r)})\nBEGIN;\n")
    lang = "en"
    for _ in range(r.randint(2, 4)):
        cc = r.choice(["DE", "TR", "NL", "PL", "FR", "BR", "VN"])
        p = person(r, cc=cc)
        cid = r.randint(10000, 999999)
        what = r.choice(["email", "phone", "addr", "name"])
        b.t("UPDATE customers SET ")
        if what == "email":
            b.t("email = '").e("EMAIL_ADDRESS", email(r, p, cc)).t("'")
        elif what == "phone":
            b.t("phone_e164 = '").e("PHONE_NUMBER", "+" + e164(r, cc)).t("'")
        elif what == "addr":
            a = addr(r, cc)
            b.t("address_line1 = '").e("STREET_ADDRESS", a.street).t("', city = '").e("LOCATION", a.city).t(f"', postcode = '{a.pc}'")
        else:
            b.t("first_name = '").e("PERSON", p.given).t("', last_name = '").e("PERSON", p.family).t("'")
        b.t(f", updated_at = now() WHERE customer_id = {cid};")
        if r.random() < 0.5:
            q = person(r, cc=cc)
            b.t("  -- requested by ").e("PERSON", q.given.lower() if r.random() < 0.5 else q.given)
        b.t("\n")
    b.t(f"-- expected rows: {r.randint(2, 4)}\nCOMMIT;")
    return lang, b


@kind("postgres_copy_block")
def k_copy(r):
    b = B()
    b.t("COPY public.members (member_id, full_name, email, phone, postal_address, signup_ip, tier) FROM stdin;\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["GB", "ZA", "IN", "NG", "US", "PT", "NO"])
        p = person(r, cc=cc)
        a = addr(r, cc)
        b.row([str(r.randint(100000, 999999)), ("PERSON", p.full), ("EMAIL_ADDRESS", email(r, p, cc)) if r.random() < 0.85 else "\\N",
               ("PHONE_NUMBER", phone(r, cc)) if r.random() < 0.8 else "\\N", ("STREET_ADDRESS", a.inline()), ("IP_ADDRESS", ip(r)),
               r.choice(["gold", "silver", "bronze", "staff"])], "\t")
    b.t("\\.")
    return "en", b


@kind("order_api_response_json")
def k_orderjson(r):
    b = B()
    cc = r.choice(["MX", "BR", "ES", "IT", "JP", "KR", "PL"])
    lang = {"MX": "es", "BR": "pt", "ES": "es", "IT": "it", "JP": "ja", "KR": "ko", "PL": "pl"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc)
    nm = p.native or p.full
    b.t('{\n  "order_id": "').t(order_no(r)).t('",\n  "status": "').t(r.choice(["fulfilled", "on_hold", "partially_refunded"])).t('",\n')
    b.t(f'  "created_at": "{date(r, "ts")}",\n  "customer": {{\n    "id": {r.randint(1000000, 9999999)},\n    "name": "').e("PERSON", nm).t('",\n')
    b.t('    "email": "').e("EMAIL_ADDRESS", email(r, p, cc)).t('",\n    "phone": "').e("PHONE_NUMBER", phone(r, cc, "intl")).t('"\n  },\n')
    b.t('  "shipping_address": {\n    "recipient": "').e("PERSON", nm).t('",\n')
    if r.random() < 0.5:
        b.t('    "formatted": "').e("STREET_ADDRESS", a.inline()).t('",\n')
    else:
        b.t('    "line1": "').e("STREET_ADDRESS", a.street).t('",\n    "city": "').e("LOCATION", a.city).t(f'",\n    "postal_code": "{a.pc}",\n')
    b.t(f'    "country_code": "{cc}"\n  }},\n  "line_items": [{{"sku": "{sku(r)}", "qty": {r.randint(1, 4)}, "title": "{r.choice(BRANDS)} gift set"}}],\n')
    b.t(f'  "payment": {{"method": "card", "last4": "{dg(r, 4)}", "auth_code": "{dg(r, 6)}"}},\n  "client_ip": "').e("IP_ADDRESS", ip(r)).t('"\n}')
    return lang, b


@kind("checkout_webhook_retry_log")
def k_webhook(r):
    b = B()
    cc = r.choice(["US", "GB", "DE", "NL", "SE"])
    p = person(r, cc=cc)
    ev = f"evt_{hexid(r, 20)}"
    ck = Clock(r)
    for i in range(r.randint(2, 3)):
        b.t(f"{ck.next()} WARN webhook.deliver id={ev} attempt={i + 1} status={r.choice([500, 502, 504, 429])} latency_ms={r.randint(900, 30000)}\n")
    b.t(f"{ck.next(5)} ERROR webhook.payload_dump id={ev} body={{\"email\":\"").e("EMAIL_ADDRESS", email(r, p, cc)).t('","name":"').e("PERSON", p.full.lower() if r.random() < 0.4 else p.full)
    b.t('","ip":"').e("IP_ADDRESS", ip(r)).t(f'","amount":{r.randint(500, 40000)},"currency":"{r.choice(["USD", "EUR", "GBP", "SEK"])}"')
    if r.random() < 0.6:
        br, c = card(r, sep="")
        b.t(',"pan":"').e("CREDIT_CARD", c).t(f'","brand":"{br.lower()}"')
    else:
        b.t(f',"card":"{masked(r)}"')
    b.t("}\n")
    b.t(f"{ck.next(5)} INFO pci.scrubber rule=PAN_RAW action=alert build=4.18.{r.randint(0, 9)} host=ip-{r.randint(10, 99)}-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}")
    return "en", b


@kind("ubl_invoice_xml_fragment")
def k_ubl(r):
    b = B()
    cc = r.choice(["DE", "NL", "IT", "FR", "PL", "DK", "NO", "SE", "FI"])
    lang = {"DE": "de", "NL": "nl", "IT": "it", "FR": "fr", "PL": "pl", "DK": "da", "NO": "no", "SE": "sv", "FI": "fi"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc)
    b.t(f"<cbc:ID>{inv_no(r)}</cbc:ID>\n<cbc:IssueDate>{date(r)}</cbc:IssueDate>\n<cac:AccountingCustomerParty><cac:Party>\n")
    b.t("  <cac:PartyName><cbc:Name>").e("PERSON", p.full).t("</cbc:Name></cac:PartyName>\n  <cac:PostalAddress>\n")
    b.t("    <cbc:StreetName>").e("STREET_ADDRESS", a.street).t("</cbc:StreetName>\n    <cbc:CityName>").e("LOCATION", a.city).t("</cbc:CityName>\n")
    b.t(f"    <cbc:PostalZone>{a.pc}</cbc:PostalZone>\n    <cac:Country><cbc:IdentificationCode>{cc}</cbc:IdentificationCode></cac:Country>\n  </cac:PostalAddress>\n")
    b.t("  <cac:Contact><cbc:Telephone>").e("PHONE_NUMBER", phone(r, cc)).t("</cbc:Telephone><cbc:ElectronicMail>").e("EMAIL_ADDRESS", email(r, p, cc)).t("</cbc:ElectronicMail></cac:Contact>\n")
    b.t("</cac:Party></cac:AccountingCustomerParty>\n<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n  <cac:PayeeFinancialAccount><cbc:ID>")
    b.e("IBAN_CODE", iban(r, cc, grouped=False)).t("</cbc:ID></cac:PayeeFinancialAccount>\n</cac:PaymentMeans>\n")
    b.t(f"<cbc:PayableAmount currencyID=\"EUR\">{r.randint(10, 5000)}.{dg(r, 2)}</cbc:PayableAmount>")
    return lang, b


@kind("customs_xml_cn23")
def k_cn23(r):
    b = B()
    cc = r.choice(["CN", "KR", "JP", "CN"])
    lang = {"CN": "zh", "KR": "ko", "JP": "ja"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc, "native")
    snd = person(r, cc="DE")
    sa = addr(r, r.choice(["DE", "NL", "FR"]))
    b.t(f'<CN23 ref="{tracking(r)}" category="{r.choice(["SALE", "GIFT", "RETURN"])}">\n  <Sender>\n    <Name>').e("PERSON", snd.full).t("</Name>\n    <Address>")
    b.e("STREET_ADDRESS", sa.inline()).t("</Address>\n  </Sender>\n  <Addressee>\n    <Name>").e("PERSON", p.native).t("</Name>\n")
    b.t("    <NameLatin>").e("PERSON", p.caps).t("</NameLatin>\n    <Address>").e("STREET_ADDRESS", a.inline(" ")).t("</Address>\n")
    b.t("    <Tel>").e("PHONE_NUMBER", phone(r, cc)).t("</Tel>\n  </Addressee>\n")
    for _ in range(r.randint(1, 3)):
        b.t(f'  <Item hs="{dg(r, 6)}" qty="{r.randint(1, 5)}" value="{r.randint(5, 300)}.00" origin="{r.choice(["DE", "FR", "IT"])}">{r.choice(["Kinder Bueno 12x", "skin care set", "Milka chocolate", "wool socks", "Lego bricks"])}</Item>\n')
    b.t("</CN23>")
    return lang, b


@kind("kafka_dead_letter_record")
def k_kafka(r):
    b = B()
    cc = r.choice(["TR", "PL", "HU", "CZ", "UA", "DE"])
    p = person(r, cc=cc)
    a = addr(r, cc)
    b.t(f"topic=crm.contact-updated.DLQ partition={r.randint(0, 11)} offset={r.randint(100000, 9999999)}\n")
    b.t(f"headers: x-error=SchemaValidationException(field=birthDate) x-origin=shop-{r.choice(['tr', 'pl', 'hu', 'cz'])} x-trace={hexid(r, 16)}\n")
    b.t(f"key: {uuid(r)}\nvalue: {{\"contactId\":{r.randint(10 ** 6, 10 ** 7)},\"givenName\":\"").e("PERSON", p.given).t('","familyName":"').e("PERSON", p.family)
    b.t('","mobile":"').e("PHONE_NUMBER", phone(r, cc)).t('","addr":"').e("STREET_ADDRESS", a.inline()).t('","birthDate":"31.02.19')
    b.t(f'{r.randint(60, 99)}","consent":{{"sms":{r.choice(["true", "false"])},"ts":{r.randint(1700000000, 1760000000)}}}}}\n')
    b.t(f"-- replay with: dlq-replay --offset {r.randint(1000, 9999)} --fix-date (v2.3.1)")
    return "en", b


@kind("auth_lockout_audit")
def k_lockout(r):
    b = B()
    ck = Clock(r)
    cc = r.choice(["US", "GB", "DE", "IN", "BR"])
    p = person(r, cc=cc)
    em = email(r, p, cc)
    src = ip(r)
    for i in range(r.randint(3, 5)):
        b.t(f"{ck.next(40)} auth[{r.randint(1000, 9999)}]: login failed user=").e("EMAIL_ADDRESS", em).t(" src=").e("IP_ADDRESS", src if r.random() < 0.8 else ip(r))
        b.t(f" reason={r.choice(['bad_password', 'bad_password', 'mfa_timeout'])} ua=\"Mozilla/5.0 (Windows NT 10.0) Chrome/12{r.randint(0, 9)}.0.0.0\"\n")
    b.t(f"{ck.next(2)} auth[{r.randint(1000, 9999)}]: account locked uid={r.randint(10000, 99999)} display_name=\"").e("PERSON", p.full).t("\" policy=5-in-15m\n")
    agent = person(r, r.choice(["en", "in", "pl"]))
    b.t(f"{ck.next(900)} helpdesk: unlock requested by ").e("PERSON", agent.given.lower()).t(" (ticket HD-").t(dg(r, 6)).t(f"), callback to ").e("PHONE_NUMBER", phone(r, cc)).t(" verified")
    return "en", b


@kind("pallet_label_zpl")
def k_zpl(r):
    b = B()
    cc = r.choice(["DE", "FR", "NL", "PL", "GB", "SE", "IT", "ES"])
    lang = "en"
    p = person(r, cc=cc)
    a = addr(r, cc)
    b.t("^XA\n^CF0,30\n^FO50,40^FDSHIP TO:^FS\n^FO50,80^FD").e("PERSON", p.caps).t("^FS\n")
    y = 120
    for ln in a.lines:
        b.t(f"^FO50,{y}^FD").e("STREET_ADDRESS", ln.upper()).t("^FS\n")
        y += 40
    b.t(f"^FO50,{y}^FDTEL ").e("PHONE_NUMBER", phone(r, cc)).t("^FS\n")
    b.t(f"^FO50,{y + 60}^BY3^BCN,120,Y,N,N^FD{dg(r, 18)}^FS\n^FO500,40^FDSSCC (00){dg(r, 18)}^FS\n^FO500,80^FDPO {dg(r, 10)}^FS\n^XZ")
    return lang, b


@kind("air_waybill_ocr")
def k_awb(r):
    b = B()
    sc, dc = r.choice([("CN", "DE"), ("KR", "US"), ("JP", "GB"), ("IN", "AE"), ("VN", "FR"), ("TR", "NL")])
    sp, dp = person(r, cc=sc), person(r, cc=dc)
    sa, da = addr(r, sc, "roman") if sc in ("CN", "KR", "JP") else addr(r, sc), addr(r, dc)
    awb = f"{r.choice(['176', '157', '180', '235'])}-{dg(r, 8)}"
    b.t(f"AIR WAYBILL  {awb}   NOT NEGOTIABLE\nShipper's Name and Address       Shipper's Account Number\n")
    b.e("PERSON", sp.caps).t(" / " + r.choice(COMPANIES).upper() + "\n")
    b.e("STREET_ADDRESS", ocr_break(r, sa.inline(" ").upper())).t("\nTEL ").e("PHONE_NUMBER", phone(r, sc, "intl")).t("\n")
    b.t("Consignee's Name and Address     Consignee's Account Number\n").e("PERSON", dp.caps).t("\n")
    b.e("STREET_ADDRESS", da.block().upper()).t("\nTe1 ").e("PHONE_NUMBER", phone(r, dc)).t("\n")
    b.t(f"Airport of Departure {r.choice(['PVG', 'ICN', 'NRT', 'BOM', 'SGN', 'IST'])}   Airport of Destination {r.choice(['FRA', 'JFK', 'LHR', 'DXB', 'CDG', 'AMS'])}\n")
    b.t(f"No of Pieces {r.randint(1, 20)}  Gross Weight {r.randint(10, 800)},{dg(r, 1)} K  Rate Class Q  Chargeable {r.randint(10, 800)}\n")
    b.t(f"Handling Information: NOTIFY ALSO ").e("PERSON", person(r, cc=dc).full.upper()).t(" ON ARRIVAL")
    return "en", b


@kind("proforma_invoice_export")
def k_proforma(r):
    b = B()
    cc = r.choice(["DE", "AT" if False else "DE", "GB", "NL"])
    lang = {"DE": "de", "GB": "en", "NL": "nl"}[cc]
    dcc = r.choice(["NO", "TR", "CH" if False else "NO", "AE", "GB", "US"])
    p = person(r, cc=dcc)
    a = addr(r, dcc)
    hd = {"de": ("PROFORMA-RECHNUNG", "Rechnungsempfänger", "Lieferanschrift wie oben", "Bankverbindung"),
          "en": ("PROFORMA INVOICE", "Bill to", "Ship to: same as bill-to", "Bank details"),
          "nl": ("PROFORMA FACTUUR", "Factuuradres", "Afleveradres: idem", "Bankgegevens")}[lang]
    b.t(f"{hd[0]} {inv_no(r)}   {date(r, 'eu')}\n{hd[1]}:\n").e("PERSON", p.full).t("\n").e("STREET_ADDRESS", a.block()).t("\n")
    b.t("Tel: ").e("PHONE_NUMBER", phone(r, dcc, "intl")).t(f"\n{hd[2]}\n\n")
    b.t(f"Pos  Art.-Nr.        Menge  Preis\n1    {sku(r):<16}{r.randint(1, 9):>3}  {r.randint(20, 900)},00\n2    {sku(r):<16}{r.randint(1, 9):>3}  {r.randint(20, 900)},00\n")
    b.t(f"USt-IdNr. DE{dg(r, 9)}   EORI DE{dg(r, 12)}\n{hd[3]}: {r.choice(COMPANIES)}, IBAN ").e("IBAN_CODE", iban(r, cc)).t("\n")
    b.t(f"Sachbearbeiter: ").e("PERSON", person(r, cc=cc).full).t(", Durchwahl -").t(str(r.randint(10, 499)))
    return lang, b


@kind("credit_note_header")
def k_credit(r):
    b = B()
    cc = r.choice(["FR", "IT", "ES", "PT"])
    lang = {"FR": "fr", "IT": "it", "ES": "es", "PT": "pt"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc)
    T = {"fr": ("AVOIR N°", "Client", "Remboursement par virement sur", "Motif : retour colis", "Réf. commande"),
         "it": ("NOTA DI CREDITO N.", "Cliente", "Rimborso tramite bonifico su", "Causale: reso merce", "Rif. ordine"),
         "es": ("FACTURA RECTIFICATIVA N.º", "Cliente", "Reembolso por transferencia a", "Motivo: devolución", "Ref. pedido"),
         "pt": ("NOTA DE CRÉDITO N.º", "Cliente", "Reembolso por transferência para", "Motivo: devolução", "Ref. encomenda")}[lang]
    tit = {"fr": "Mme ", "it": "Sig.ra ", "es": "Sra. ", "pt": "Sr. "}[lang]
    b.t(f"{T[0]} {inv_no(r)}   {date(r, 'sl')}\n{T[1]} : {tit}").e("PERSON", p.full).t(f" (n° client {dg(r, 7)})\n")
    b.e("STREET_ADDRESS", a.inline() if r.random() < 0.5 else a.block()).t("\n")
    b.t(f"{T[4]} {order_no(r)}\n{T[3]} – {r.choice(BRANDS)} {r.choice(['sac', 'borsa', 'bolso', 'mala'])} x{r.randint(1, 3)}\n")
    b.t(f"{T[2]} ").e("IBAN_CODE", iban(r, cc)).t(f"  ({p.family.upper()} {p.given[0]}.)\n" if False else "\n")
    b.t(f"Total TTC : -{r.randint(20, 400)},{dg(r, 2)} €")
    return lang, b


@kind("warranty_card_scan_ocr")
def k_warranty_ocr(r):
    b = B()
    cc = r.choice(["ES", "BR", "MX", "US", "PT"])
    lang = {"ES": "es", "BR": "pt", "MX": "es", "US": "en", "PT": "pt"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc)
    lab = {"es": ("TARJETA DE GARANTÍA", "Nombre", "Domicilio", "Teléfono", "Correo", "Fecha de compra", "N/S"),
           "pt": ("CERTIFICADO DE GARANTIA", "Nome", "Endereço", "Telefone", "E-mail", "Data da compra", "N/S"),
           "en": ("WARRANTY REGISTRATION CARD", "Name", "Address", "Phone", "Email", "Date of purchase", "Serial")}[lang]
    b.t(f"{lab[0]}  [scan p.1/1]\nMode1: {r.choice(['AX-200', 'TurboBlend 3', 'ProClean S9'])}   {lab[6]}: {r.choice('ABCDEFGH')}{dg(r, 10)}\n")
    b.t(f"{lab[1]}: ").e("PERSON", p.full if r.random() < 0.5 else p.caps).t("\n")
    b.t(f"{lab[2]}: ").e("STREET_ADDRESS", ocr_break(r, a.inline())).t("\n")
    b.t(f"{lab[3]}: ").e("PHONE_NUMBER", phone(r, cc)).t(f"   {lab[4]}: ").e("EMAIL_ADDRESS", email(r, p, cc)).t("\n")
    b.t(f"{lab[5]}: {date(r, 'sl')}   Loja/Tienda: {r.choice(['Casa Bahia', 'El Corte Inglés', 'Liverpool', 'Best Buy', 'Worten'])} ").e("LOCATION", r.choice(CITIES[cc])).t("\n")
    b.t("[signature] ________  " + r.choice(["", "ilegible", "|||"]))
    return lang, b


@kind("customs_form_ocr_broken")
def k_cn22ocr(r):
    b = B()
    sc = r.choice(["GB", "DE", "FR", "US"])
    dc = r.choice(["NG", "ZA", "IN", "AE", "EG", "VN", "SA"])
    sp, dp = person(r, cc=sc), person(r, cc=dc)
    sa, da = addr(r, sc), addr(r, dc)
    b.t("CUSTOMS DECLARATION CN 22   May be opened officially\n")
    b.t("From: ").e("PERSON", sp.full).t(" ").e("STREET_ADDRESS", ocr_break(r, sa.inline(" "))).t("\n")
    b.t("To: ").e("PERSON", dp.full.upper()).t("\n").e("STREET_ADDRESS", da.block()).t("\n")
    b.t("Ph: ").e("PHONE_NUMBER", phone(r, dc, "intl")).t("\n")
    b.t(f"[X] Gift  [ ] Commercial sample  [ ] Documents\nDetailed description | Qty | Weight | Value\n{r.choice(['Clothing', 'Books', 'Hair products', 'Phone case'])} | {r.randint(1, 6)} | 0.{r.randint(1, 9)}kg | GBP {r.randint(5, 90)}.00\n")
    b.t(f"HS tariff no. {dg(r, 4)}.{dg(r, 2)}   Country of origin: ").e("LOCATION", r.choice(["United Kingdom", "Germany", "China"])).t("\n")
    b.t(f"Date and sender's signature {date(r, 'sl')} ").e("PERSON", sp.family)
    return "en", b


@kind("delivery_slip_fax_ocr")
def k_faxocr(r):
    b = B()
    cc = r.choice(["DE", "NL", "PL", "CZ"])
    lang = {"DE": "de", "NL": "nl", "PL": "pl", "CZ": "cs"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc)
    T = {"de": ("LIEFERSCHEIN", "Empfänger", "Ansprechpartner vor Ort", "Anlieferung nur nach tel. Avis"),
         "nl": ("PAKBON", "Ontvanger", "Contact ter plaatse", "Levering alleen na telefonische afspraak"),
         "pl": ("DOWÓD DOSTAWY", "Odbiorca", "Osoba kontaktowa", "Dostawa tylko po awizacji telefonicznej"),
         "cs": ("DODACÍ LIST", "Příjemce", "Kontaktní osoba", "Doručení pouze po telefonickém avízu")}[lang]
    b.t(f"FAX  {date(r, 'eu')} {r.randint(7, 18)}:{dg(r, 2)}  S.1/1   -- {r.choice(COMPANIES)}\n{T[0]} {dg(r, 8)}\n{T[1]}:\n")
    b.e("PERSON", p.full).t("\n").e("STREET_ADDRESS", a.block()).t("\n")
    q = person(r, cc=cc)
    b.t(f"{T[2]}: ").e("PERSON", q.family).t(" ").e("PHONE_NUMBER", phone(r, cc)).t(f"\n{T[3]}\n")
    b.t(f"Pos. 1 {sku(r)}  {r.randint(1, 40)} Stk\nPos. 2 {sku(r)}  {r.randint(1, 40)} Stk\nTour {r.randint(100, 999)} / Fzg. {r.choice(['B', 'M', 'HH'])}-{r.choice(['XY', 'KL', 'TR'])} {r.randint(100, 9999)}")
    return lang, b


@kind("mailing_list_xlsx_paste")
def k_xlsx(r):
    b = B()
    cc = r.choice(["DE", "AT" if False else "DE", "FR", "IT", "SE", "DK"])
    lang = {"DE": "de", "FR": "fr", "IT": "it", "SE": "sv", "DK": "da"}[cc]
    hdr = {"de": "Anrede\tVorname\tNachname\tStraße\tPLZ\tOrt\tLand\tKatalog", "fr": "Civilité\tPrénom\tNom\tAdresse\tCP\tVille\tPays\tCatalogue",
           "it": "Titolo\tNome\tCognome\tIndirizzo\tCAP\tCittà\tPaese\tCatalogo", "sv": "Titel\tFörnamn\tEfternamn\tAdress\tPostnr\tOrt\tLand\tKatalog",
           "da": "Titel\tFornavn\tEfternavn\tAdresse\tPostnr\tBy\tLand\tKatalog"}[lang]
    b.t(hdr + "\n")
    for _ in range(r.randint(3, 6)):
        p = person(r, cc=cc)
        a = addr(r, cc)
        tit = r.choice({"de": ["Herr", "Frau", "Divers", ""], "fr": ["M.", "Mme", ""], "it": ["Sig.", "Sig.ra", ""], "sv": ["", ""], "da": ["", ""]}[lang])
        b.row([tit, ("PERSON", p.given), ("PERSON", p.family), ("STREET_ADDRESS", a.street), a.pc, ("LOCATION", a.city),
               ("LOCATION", a.country) if r.random() < 0.6 else "", r.choice(["HW24", "FS25", "x", ""])], "\t")
    b.t(f"\t\t\t\t\t\t{r.choice(['=ANZAHL2(B2:B7)', '=NB.SI(A:A)', '=CONTA.VALORI(B:B)', '=ANTAL(B:B)'])}\t")
    return lang, b


@kind("bank_statement_fixed_width")
def k_bankfw(r):
    b = B()
    cc = r.choice(["DE", "NL", "FI", "DK"])
    lang = "de" if cc == "DE" else "en"
    b.t(f"{'BUCHUNG':<11}{'VALUTA':<11}{'GEGENKONTO':<35}{'NAME':<26}{'BETRAG':>12}  VERWENDUNGSZWECK\n" if lang == "de" else
        f"{'BOOKED':<11}{'VALUE':<11}{'COUNTERPARTY IBAN':<35}{'NAME':<26}{'AMOUNT':>12}  REFERENCE\n")
    for _ in range(r.randint(3, 6)):
        ccp = r.choice([cc, cc, "DE", "NL", "FR", "ES", "IT", "PL"])
        d = date(r, "eu")
        ib = iban(r, ccp, grouped=False)
        if r.random() < 0.3:
            nm, it = r.choice(COMPANIES).upper(), None
        else:
            p = person(r, cc=ccp)
            nm, it = (p.rev.upper() if r.random() < 0.5 else p.full.upper()), "PERSON"
        cells = [d + " ", d + " "] + pad(("IBAN_CODE", ib), 34) + (pad(("PERSON", nm), 25) if it else pad(nm, 25))
        for c in cells:
            b.item(c)
        b.t(f"{r.choice(['-', ''])}{r.randint(5, 3000)},{dg(r, 2):>0}".rjust(12) + f"  {r.choice(['RE ' + inv_no(r), 'Miete ' + str(r.randint(1, 12)) + '/2025', 'EREF ' + dg(r, 10), 'KD-NR ' + dg(r, 6), 'SVWZ+Erstattung ' + order_no(r)])}\n")
    return lang, b


@kind("direct_mail_print_file_fixed")
def k_printfile(r):
    b = B()
    cc = r.choice(["GB", "US", "FR"])
    lang = {"GB": "en", "US": "en", "FR": "fr"}[cc]
    b.t(f"*JOB DM-{r.randint(1000, 9999)} {r.choice(['SPRING', 'XMAS', 'WINBACK'])} CELL {r.choice('ABC')} PRINTVENDOR=Thames Valley Print Ltd\n")
    b.t(f"{'URN':<9}{'SALUTATION':<22}{'ADDR1':<36}{'TOWN':<16}{'POSTCODE':<10}OFFER\n")
    for _ in range(r.randint(3, 6)):
        p = person(r, cc=cc)
        a = addr(r, cc)
        tit = {"en": r.choice(["Mr", "Mrs", "Ms", "Dr", "Mx"]), "fr": r.choice(["M.", "Mme"])}[lang]
        b.t(f"{dg(r, 8)} " + tit + " ")
        name = r.choice([p.full, f"{p.given[0]} {p.family}", p.family]).upper()
        for c in pad(("PERSON", name), 20 - len(tit)):
            b.item(c)
        for c in pad(("STREET_ADDRESS", a.street.upper()), 35) + pad(("LOCATION", a.city.upper()), 15):
            b.item(c)
        b.t(f"{a.pc:<10}{r.choice(['10OFF', 'FREEDEL', 'BOGOF', '2FOR15'])}\n")
    b.t(f"*EOF RECORDS={r.randint(1000, 50000)} CHECKSUM={hexid(r, 8).upper()}")
    return lang, b


@kind("jp_takkyubin_slip_csv")
def k_jpcsv(r):
    b = B()
    b.t("お届け予定日,お届け先名,敬称,郵便番号,住所,電話番号,品名,送り状番号\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, "ja")
        a = addr(r, "JP", "native")
        b.row([date(r).replace("-", "/"), ("PERSON", p.native if r.random() < 0.7 else f"{p.family} {p.given}"), "様", a.pc,
               ("STREET_ADDRESS", (a.lines[1] + " " + a.lines[2])), ("PHONE_NUMBER", phone(r, "JP", "nat")),
               r.choice(["ふるさと納税返礼品 牛肉", "ご進物 ゴディバ", "冷凍 ケーキ", "タオルセット"]), f"{dg(r, 4)}-{dg(r, 4)}-{dg(r, 4)}"], ",")
    b.t(f"# 出荷元: 札幌DC  担当: ").e("PERSON", r.choice(JA_F)[0]).t("  作成 " + date(r, "jp"))
    return "ja", b


@kind("kr_parcel_return_pickup_sheet")
def k_krret(r):
    b = B()
    b.t("반품 회수 요청 목록 (" + date(r) + ")\n주문번호\t고객명\t연락처\t회수지 주소\t사유\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, "ko")
        a = addr(r, "KR", "native")
        nm = p.native if r.random() < 0.8 else p.native[0] + "*" + p.native[2:]
        cell = ("PERSON", nm) if "*" not in nm else nm
        b.row([f"{r.randint(2024, 2025)}{dg(r, 10)}", cell, ("PHONE_NUMBER", phone(r, "KR", "nat")), ("STREET_ADDRESS", a.inline(" ")),
               r.choice(["단순변심", "상품불량", "오배송", "사이즈 교환"])], "\t")
    b.t("※ 경비실 맡김 요청 고객: ").e("PERSON", person(r, "ko").native).t(" 님")
    return "ko", b


@kind("cn_crossborder_consignee_list")
def k_cnlist(r):
    b = B()
    b.t("收件人 | 拼音 | 手机 | 地址 | 运单号 | 申报价值\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, "zh")
        a = addr(r, "CN", "native")
        b.row([("PERSON", p.native), ("PERSON", f"{p.family} {p.given}" if r.random() < 0.5 else f"{p.family.upper()} {p.given}"),
               ("PHONE_NUMBER", phone(r, "CN")), ("STREET_ADDRESS", a.lines[0]), tracking(r), f"¥{r.randint(50, 2000)}"], " | ")
    b.t("备注：" + r.choice(["身份证号已脱敏", "收件人电话空号已联系客服", "地址含“小区”字样请核对"]) + f"  批次 CB{dg(r, 8)}")
    return "zh", b


@kind("hu_szamla_export")
def k_hu(r):
    b = B()
    p = person(r, "hu")
    a = addr(r, "HU", "cityfirst")
    b.t(f"SZÁMLA  Sorszám: {r.choice(['KSZ', 'E-SZLA'])}-{r.randint(2024, 2025)}/{dg(r, 5)}\nTeljesítés: {date(r).replace('-', '.')}.\nVevő neve: ").e("PERSON", p.full).t("\nVevő címe:\n")
    b.e("STREET_ADDRESS", a.block()).t("\nTelefon: ").e("PHONE_NUMBER", phone(r, "HU")).t("\nE-mail: ").e("EMAIL_ADDRESS", email(r, p, "HU")).t("\n")
    b.t(f"Adószám: {dg(r, 8)}-{r.randint(1, 5)}-{dg(r, 2)}\nTétel: {r.choice(['Túró Rudi 20 db', 'Fisherman kabát', 'Herendi bögre'])}  Nettó {r.randint(1000, 90000)} Ft  ÁFA 27%\n")
    b.t("Fizetés: átutalás, IBAN ").e("IBAN_CODE", iban(r, "HU")).t("\nKiállító: ").e("PERSON", person(r, "hu").full)
    return "hu", b


@kind("es_recogida_csv")
def k_esrec(r):
    b = B()
    b.t("fecha_recogida;nombre;apellidos;direccion;cp;poblacion;telefono;bultos;observaciones\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["ES", "ES", "ES", "PT"])
        p = person(r, cc=cc)
        a = addr(r, cc)
        obs = r.choice(["", "llamar antes", "portero automático roto", "dejar en el bar de abajo", f"preguntar por {{}}"])
        b.t(date(r, "sl") + ";").e("PERSON", p.given).t(";").e("PERSON", p.family).t(";").e("STREET_ADDRESS", a.street).t(f";{a.pc};").e("LOCATION", a.city)
        b.t(";").e("PHONE_NUMBER", phone(r, cc)).t(f";{r.randint(1, 4)};")
        if "{}" in obs:
            b.t("preguntar por ").e("PERSON", person(r, cc=cc).given)
        else:
            b.t(obs)
        b.t("\n")
    return "es", b


@kind("in_cod_delivery_exceptions")
def k_incod(r):
    b = B()
    b.t(f"COD NDR report {date(r, 'sl')} hub: {r.choice(['BOM-ANDHERI', 'BLR-HSR', 'HYD-KPHB', 'DEL-OKHLA'])}\nawb | consignee | mobile | address | remarks\n")
    for _ in range(r.randint(3, 4)):
        p = person(r, "in")
        a = addr(r, "IN")
        nm = r.choice([p.full.lower(), p.full, p.given.lower(), p.caps])
        b.row([dg(r, 13), ("PERSON", nm), ("PHONE_NUMBER", phone(r, "IN", "nat")), ("STREET_ADDRESS", a.inline()),
               r.choice(["cust not reachable, phone switched off", "cust asked to deliver tmrw", "addr incomplete - landmark not found", "refused, says not ordered", "cash not ready"])], " | ")
    rd = person(r, "in")
    b.t("rider: ").e("PERSON", rd.given.lower()).t(" / alt no ").e("PHONE_NUMBER", phone(r, "IN", "nat")).t(f"   cod amt ₹{r.randint(199, 8999)}")
    return "en", b


@kind("br_nfe_destinatario_block")
def k_nfe(r):
    b = B()
    p = person(r, "br")
    a = addr(r, "BR")
    b.t(f"DANFE  NF-e Nº {dg(r, 3)}.{dg(r, 3)}.{dg(r, 3)} Série {r.randint(1, 3)}\nCHAVE DE ACESSO {' '.join(dg(r, 4) for _ in range(11))}\n")
    b.t("DESTINATÁRIO / REMETENTE\nNOME / RAZÃO SOCIAL: ").e("PERSON", p.caps).t(f"   CPF: ***.{dg(r, 3)}.{dg(r, 3)}-**\n")
    b.t("ENDEREÇO: ").e("STREET_ADDRESS", a.street.upper()).t(f"   CEP: {a.pc}\nMUNICÍPIO: ").e("LOCATION", a.city.upper()).t(f"   UF: {a.region}   FONE/FAX: ").e("PHONE_NUMBER", phone(r, "BR", "nat")).t("\n")
    b.t(f"DATA DA EMISSÃO {date(r, 'sl')}   VALOR TOTAL DA NOTA R$ {r.randint(50, 3000)},{dg(r, 2)}\nTRANSPORTADOR: {r.choice(['JADLOG', 'CORREIOS SEDEX', 'LOGGI'])}  PLACA {r.choice(['FGH', 'RTX', 'QPA'])}{r.randint(1, 9)}{r.choice('ABCDE')}{dg(r, 2)}")
    return "pt", b


@kind("tr_kargo_teslimat_log")
def k_trkargo(r):
    b = B()
    ck = Clock(r)
    p = person(r, "tr")
    a = addr(r, "TR")
    takip = dg(r, 12)
    b.t(f"Gönderi {takip} hareketleri\n")
    b.t(f"{ck.next(9000, '%d.%m.%Y %H:%M')}  Kabul edildi  {r.choice(['Gebze Aktarma', 'Esenyurt Şube'])}\n")
    b.t(f"{ck.next(40000, '%d.%m.%Y %H:%M')}  Dağıtıma çıktı  kurye: ").e("PERSON", person(r, "tr").given).t("\n")
    b.t(f"{ck.next(9000, '%d.%m.%Y %H:%M')}  Teslim edilemedi - alıcı adreste yok\n  Alıcı: ").e("PERSON", p.caps if r.random() < 0.5 else p.full).t(" Hanım/Bey\n  Adres: ")
    b.e("STREET_ADDRESS", a.inline(" ")).t("\n  Tel: ").e("PHONE_NUMBER", phone(r, "TR")).t("\n")
    b.t(f"{ck.next(90000, '%d.%m.%Y %H:%M')}  Teslim edildi  teslim alan: ").e("PERSON", person(r, "tr").given.upper()).t(r.choice([" (komşu)", " (kapıcı)", " (iş yeri)"]))
    return "tr", b


@kind("pl_paczkomat_reroute_log")
def k_plpaczk(r):
    b = B()
    ck = Clock(r)
    p = person(r, "pl")
    b.t(f"[{ck.next()}] przesyłka {dg(r, 24)} status=awizo maszyna={r.choice(['WAW', 'KRA', 'POZ', 'GDA'])}{dg(r, 2)}{r.choice(['M', 'A', 'N'])}\n")
    b.t(f"[{ck.next()}] odbiorca tel=").e("PHONE_NUMBER", phone(r, "PL")).t(" email=").e("EMAIL_ADDRESS", email(r, p, "PL")).t("\n")
    a = addr(r, "PL")
    b.t(f"[{ck.next(4000)}] zmiana na doręczenie kurierskie: ").e("PERSON", p.full).t(", ").e("STREET_ADDRESS", a.inline()).t("\n")
    b.t(f"[{ck.next()}] kod odbioru {dg(r, 6)} unieważniony; dopłata {r.randint(5, 15)},99 zł; operator ").e("PERSON", person(r, "pl").given.lower())
    return "pl", b


@kind("nordic_pakkeshop_pickup_export")
def k_pakke(r):
    b = B()
    cc = r.choice(["DK", "NO", "SE", "FI"])
    lang = {"DK": "da", "NO": "no", "SE": "sv", "FI": "fi"}[cc]
    hdr = {"da": "Pakkenr;Modtager;Mobil;Leveringsadresse;Pakkeshop;Frist", "no": "Sendingsnr;Mottaker;Mobil;Adresse;Hentested;Frist",
           "sv": "Kolli-id;Mottagare;Mobil;Adress;Ombud;Sista dag", "fi": "Lähetystunnus;Vastaanottaja;Puhelin;Osoite;Noutopiste;Viimeinen päivä"}[lang]
    shops = {"DK": ["Netto Nørrebro", "Føtex Aarhus C"], "NO": ["Kiwi Grünerløkka", "Coop Extra Bergen"], "SE": ["ICA Nära Södermalm", "Pressbyrån Malmö C"], "FI": ["K-Market Kallio", "R-kioski Tampere"]}[cc]
    b.t(hdr + "\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, cc=cc)
        a = addr(r, cc)
        b.row([f"{r.choice(['00370', '70', 'JJFI'])}{dg(r, 12)}", ("PERSON", p.full), ("PHONE_NUMBER", phone(r, cc)), ("STREET_ADDRESS", a.inline()),
               r.choice(shops), date(r, "eu")], ";")
    return lang, b


@kind("fi_posti_address_update")
def k_fiaddr(r):
    b = B()
    p = person(r, "fi")
    a1, a2 = addr(r, "FI"), addr(r, "FI")
    b.t(f"Osoitteenmuutos vastaanotettu {date(r, 'eu')} (lähde: Posti/DVV-ilmoitus)\nAsiakasnro {dg(r, 8)}\nNimi: ").e("PERSON", p.full).t("\n")
    b.t("Vanha osoite: ").e("STREET_ADDRESS", a1.inline()).t("\nUusi osoite:\n").e("STREET_ADDRESS", a2.block()).t("\n")
    b.t(f"Voimassa alkaen {date(r, 'eu')}\nPuhelin ennallaan ").e("PHONE_NUMBER", phone(r, "FI")).t("\nKäsittelijä: ").e("PERSON", person(r, "fi").given).t(f" / tiketti FI-{dg(r, 5)}")
    return "fi", b


@kind("ae_cod_courier_runsheet")
def k_aerun(r):
    b = B()
    b.t(f"RUN SHEET {r.choice(['DXB', 'SHJ', 'AUH'])}-{dg(r, 4)}  Driver: ").e("PERSON", person(r, r.choice(["in", "ar"])).full).t(f"  Van {r.choice(['D', 'E', 'K'])} {dg(r, 5)}\n")
    b.t("# | Customer | Mobile | Address | COD AED | Note\n")
    for i in range(r.randint(3, 5)):
        cc = "AE"
        p = person(r, cc=cc)
        native = r.random() < 0.25
        a = addr(r, cc, "native" if native else None)
        b.row([str(i + 1), ("PERSON", p.native or p.full), ("PHONE_NUMBER", phone(r, cc)), ("STREET_ADDRESS", a.inline("، " if native else ", ")),
               str(r.randint(0, 900)), r.choice(["call before", "gate code 4411#", "leave w/ security", "لا تتصل بعد 9", "villa behind Spinneys"])], " | ")
    return "en", b


@kind("sa_national_address_form")
def k_sanat(r):
    b = B()
    p = person(r, "ar")
    native = r.random() < 0.5
    a = addr(r, "SA", "native" if native else None)
    if native:
        b.t("نموذج تحديث العنوان الوطني\nالاسم: ").e("PERSON", p.native or p.full).t("\nالعنوان: ").e("STREET_ADDRESS", a.inline("، ")).t("\nالجوال: ").e("PHONE_NUMBER", phone(r, "SA"))
        b.t(f"\nرقم الطلب: {dg(r, 9)}\nالآيبان للاسترداد: ").e("IBAN_CODE", iban(r, "SA")).t(f"\nتاريخ: {date(r)}")
        return "ar", b
    b.t("NATIONAL ADDRESS UPDATE (customer portal)\nFull name: ").e("PERSON", p.full).t("\nShort address: ").t(f"{r.choice('RJKD')}{r.choice('AHJB')}{r.choice('AHJB')}{r.choice('AHJB')}{dg(r, 4)}\n")
    b.t("Address: ").e("STREET_ADDRESS", a.inline()).t("\nMobile: ").e("PHONE_NUMBER", phone(r, "SA")).t("\nEmail: ").e("EMAIL_ADDRESS", email(r, p, "SA"))
    b.t(f"\nRefund IBAN: ").e("IBAN_CODE", iban(r, "SA")).t(f"\nRequest #{dg(r, 9)} submitted {date(r, 'ts')}")
    return "en", b


@kind("eg_wallet_refund_ticket")
def k_egref(r):
    b = B()
    p = person(r, "ar")
    native = r.random() < 0.5
    a = addr(r, "EG", "native" if native else None)
    if native:
        b.t(f"تذكرة رقم {dg(r, 7)} - استرداد مبلغ\nاسم العميل: ").e("PERSON", p.native or p.full).t("\nرقم الموبايل: ").e("PHONE_NUMBER", phone(r, "EG"))
        b.t("\nالعنوان: ").e("STREET_ADDRESS", a.inline("، ")).t("\nالحساب البنكي (IBAN): ").e("IBAN_CODE", iban(r, "EG")).t(f"\nالمبلغ: {r.randint(100, 5000)} جنيه\nالموظف: ").e("PERSON", person(r, "ar").given)
        return "ar", b
    b.t(f"Ticket #{dg(r, 7)} refund to bank\nCustomer: ").e("PERSON", p.full).t(" | mobile ").e("PHONE_NUMBER", phone(r, "EG")).t(" | wallet 01").t(dg(r, 9) + " (Vodafone Cash, not the contact no.)\n")
    b.t("Delivery address: ").e("STREET_ADDRESS", a.inline()).t("\nIBAN: ").e("IBAN_CODE", iban(r, "EG")).t(f"\nAmount EGP {r.randint(100, 5000)}.00 | agent ").e("PERSON", person(r, "ar").given)
    return "en", b


@kind("telephony_cdr_export")
def k_cdr(r):
    b = B()
    ck = Clock(r)
    b.t("start_time,direction,caller,callee,agent,queue,duration_s,disposition,trunk\n")
    for _ in range(r.randint(4, 7)):
        cc = r.choice(list(COUNTRY_NAME))
        cust = ("PHONE_NUMBER", phone(r, cc, "intl") if r.random() < 0.5 else "+" + e164(r, cc))
        if r.random() < 0.15:
            cust = r.choice(["anonymous", "unknown", "+00000000000" if False else "withheld"])
        ag = person(r, r.choice(["en", "in", "pl", "pt", "za"]))
        ext = f"ext {r.randint(200, 499)}"
        dirn = r.choice(["in", "out"])
        cells = [ck.next(300), dirn] + ([cust, ext] if dirn == "in" else [ext, cust]) + [("PERSON", ag.full), r.choice(["billing_en", "returns_de", "vip", "kr_cs"]),
                                                                                        str(r.randint(0, 1900)), r.choice(["ANSWERED", "NO ANSWER", "BUSY", "VOICEMAIL"]), f"SIP/{r.choice(['tw', 'bt', 'dt'])}-{dg(r, 3)}"]
        b.row(cells, ",")
    return "en", b


@kind("order_reconciliation_numbers")
def k_recon(r):
    b = B()
    b.t(f"Recon {date(r)} — PSP vs OMS mismatch (no customer data, ids only)\n")
    b.t("oms_order | psp_ref | amount | tracking | invoice | note\n")
    for _ in range(r.randint(4, 7)):
        b.row([order_no(r), f"pi_{hexid(r, 24)}" if r.random() < 0.5 else "9" + dg(r, 15), money(r, r.choice(["EUR", "GBP", "USD"])), tracking(r), inv_no(r),
               r.choice(["double capture", "refund not in OMS", f"FX diff {r.randint(1, 99)}c", "chargeback won", f"ref 9{dg(r, 2)}-{dg(r, 2)}-{dg(r, 4)} (case id)", "ok"])], " | ")
    if r.random() < 0.5:
        b.t("escalated to ").e("PERSON", person(r, r.choice(["de", "nl", "en"])).given).t(" in finance")
    else:
        b.t(f"build 3.14.{r.randint(0, 99)} / batch {uuid(r)}")
    return "en", b


@kind("warehouse_sku_barcode_list")
def k_skulist(r):
    b = B()
    lang = r.choice(["en", "de", "fr"])
    b.t({"en": "Bin | SKU | EAN | Description | Qty\n", "de": "Lagerplatz | Artikel | EAN | Bezeichnung | Menge\n", "fr": "Emplacement | Réf | EAN | Désignation | Qté\n"}[lang])
    for _ in range(r.randint(4, 7)):
        brand = r.choice(BRANDS)
        b.row([f"{r.choice('ABCDEFG')}{r.randint(1, 40):02d}-{r.randint(1, 9)}-{r.choice('ABCD')}", sku(r), dg(r, 13),
               f"{brand} {r.choice(['Cookie Dough 465ml', 'boots 1460 UK8', 'Eau de Toilette 50ml', 'hoodie M', 'gift tin 400g', 'mug 350ml'])}", str(r.randint(0, 400))], " | ")
    b.t(r.choice(["counted by team B", "Nachzählung Gang C", "inventaire tournant semaine " + str(r.randint(1, 52))]))
    return lang, b


@kind("active_directory_csv_export")
def k_adcsv(r):
    b = B()
    dom = r.choice(["contoso-retail.com", "nordlicht-log.de", "velaverde.es"])
    b.t("sAMAccountName,displayName,mail,telephoneNumber,physicalDeliveryOfficeName,manager,lastLogonIP\n")
    mgr = person(r, r.choice(["en", "de", "es"]))
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["GB", "DE", "ES", "PL", "IN", "US"])
        p = person(r, cc=cc)
        sam = (p.ascii_given[0] + p.ascii_family).lower()[:12]
        b.row([sam, ("PERSON", f"{p.family}, {p.given}" if r.random() < 0.5 else p.full), ("EMAIL_ADDRESS", work_email(r, p, dom)), ("PHONE_NUMBER", phone(r, cc, "intl")),
               ("LOCATION", r.choice(CITIES[cc])), f"\"CN=" if False else "", ("IP_ADDRESS", ipv4(r, private=True))], ",", end="")
        b.t("\n")
    b.t("# manager column stripped by export tool; escalate to ").e("PERSON", mgr.full)
    return "en", b


@kind("vendor_master_data_change_log")
def k_vendorchg(r):
    b = B()
    cc = r.choice(["DE", "NL", "IT", "PL"])
    lang = "de" if cc == "DE" else "en"
    ck = Clock(r)
    ch, ap = person(r, cc=cc), person(r, cc=cc)
    b.t(f"Änderungsbelege Lieferant {dg(r, 7)} ({r.choice(COMPANIES)})\n" if lang == "de" else f"Change documents vendor {dg(r, 7)} ({r.choice(COMPANIES)})\n")
    b.t("Datum/Zeit          Tabelle Feld        Alt                              Neu                              Benutzer\n")
    old, new = iban(r, cc, grouped=False), iban(r, r.choice([cc, "LT" if False else "GB"]), grouped=False)
    b.t(f"{ck.next()} LFBK    IBAN        ").e("IBAN_CODE", old).t(" " * (33 - len(old))).e("IBAN_CODE", new).t(" " * (33 - len(new))).t(f"{(ch.ascii_given[0] + ch.ascii_family).upper()[:8]}\n")
    b.t(f"{ck.next()} LFA1    TELF1       ").e("PHONE_NUMBER", phone(r, cc)).t("  ->  ").e("PHONE_NUMBER", phone(r, "GB", "intl")).t("\n")
    b.t(f"{ck.next()} KNVK    NAME1       ").e("PERSON", ap.full).t("  ->  ").e("PERSON", person(r, "en").full).t("\n")
    b.t("Hinweis: Rückruf an bekannte Nummer nicht erfolgt – Freigabe durch " if lang == "de" else "Note: call-back to known number not done – approved by ").e("PERSON", ch.full)
    return lang, b


@kind("sepa_pain001_xml_snippet")
def k_pain(r):
    b = B()
    cc = r.choice(["DE", "FR", "ES", "IT", "NL", "AT" if False else "PT"])
    p = person(r, cc=cc)
    a = addr(r, cc)
    b.t(f"<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-{dg(r, 10)}</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">{r.randint(10, 2000)}.{dg(r, 2)}</InstdAmt></Amt>\n")
    b.t("  <Cdtr>\n    <Nm>").e("PERSON", p.full.upper() if r.random() < 0.5 else p.full).t("</Nm>\n    <PstlAdr>\n")
    for ln in a.lines[:2]:
        b.t("      <AdrLine>").e("STREET_ADDRESS", ln).t("</AdrLine>\n")
    b.t(f"      <Ctry>{cc}</Ctry>\n    </PstlAdr>\n  </Cdtr>\n  <CdtrAcct><Id><IBAN>").e("IBAN_CODE", iban(r, cc, grouped=False)).t("</IBAN></Id></CdtrAcct>\n")
    b.t(f"  <RmtInf><Ustrd>Erstattung {order_no(r)} / Kd {dg(r, 6)}</Ustrd></RmtInf>\n</CdtTrfTxInf>")
    return "en", b


@kind("card_dispute_evidence_packet")
def k_cdisp(r):
    b = B()
    cc = r.choice(["US", "GB", "CA" if False else "US"])
    p = person(r, cc=cc)
    a = addr(r, cc)
    br, c = card(r)
    b.t(f"DISPUTE EVIDENCE — case {r.choice(['CB', 'DP'])}-{dg(r, 8)}  reason code {r.choice(['10.4', '13.1', '4837', '4853'])}\n")
    b.t("Cardholder: ").e("PERSON", p.full).t(f"\nCard ({br}): ").e("CREDIT_CARD", c).t(f"  exp {r.randint(1, 12):02d}/{r.randint(26, 30)}\n")
    b.t("Billing address: ").e("STREET_ADDRESS", a.inline()).t(f"  AVS: {r.choice(['Y', 'Z', 'N'])}  CVV: M\n")
    b.t("Shipping address: same\nOrder placed from IP ").e("IP_ADDRESS", ip(r)).t(" (geo: ").e("LOCATION", r.choice(CITIES[cc])).t(f"), device fp {hexid(r, 16)}\n")
    b.t("Delivered: ").t(tracking(r)).t(f" signed by \"").e("PERSON", p.family.upper()).t("\"\nCustomer contact log: email from ").e("EMAIL_ADDRESS", email(r, p, cc)).t(f" on {date(r, 'us')} asking for tracking")
    return "en", b


@kind("psp_settlement_report_csv")
def k_psp(r):
    b = B()
    b.t("settlement_id,txn_id,created,card,brand,amount,currency,customer_email,status\n")
    for i in range(r.randint(4, 6)):
        cc = r.choice(["US", "GB", "DE", "FR", "JP", "BR"])
        p = person(r, cc=cc)
        br, c = card(r, sep="")
        leak = r.random() < 0.25
        b.row([f"st_{hexid(r, 10)}", f"ch_{hexid(r, 14)}", date(r, "ts"), ("CREDIT_CARD", c) if leak else masked(r).replace(" ", ""), br.lower(),
               f"{r.randint(100, 90000) / 100:.2f}", r.choice(["EUR", "USD", "GBP", "JPY"]), ("EMAIL_ADDRESS", email(r, p, cc)) if r.random() < 0.8 else "",
               r.choice(["settled", "refunded", "disputed"])], ",")
    b.t(f"# totals: gross {r.randint(1000, 9000)}.00 fees {r.randint(10, 90)}.{dg(r, 2)} payout po_{hexid(r, 12)}")
    return "en", b


@kind("risk_rules_hit_export")
def k_risk(r):
    b = B()
    b.t("rule_id\tscore\torder\temail\tip\tip_country\tbin_country\tcard\tdecision\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["NG", "VN", "BR", "US", "GB", "IN", "TR"])
        p = person(r, cc=cc)
        br, c = card(r)
        b.row([r.choice(["R-017 velocity", "R-101 ip_bin_mismatch", "R-204 disposable_email", "R-330 shipping≠billing"]), str(r.randint(40, 99)), order_no(r),
               ("EMAIL_ADDRESS", email(r, p, cc, r.choice([None, "mailinator.com", "guerrillamail.com"]))), ("IP_ADDRESS", ip(r)), r.choice(["NG", "VN", "US", "NL", "RU"]),
               r.choice(["US", "GB", "BR"]), ("CREDIT_CARD", c) if r.random() < 0.4 else masked(r), r.choice(["REVIEW", "DECLINE", "ACCEPT"])], "\t")
    b.t("reviewer notes: ").e("PERSON", person(r, "en").given).t(" -> call cardholder before release")
    return "en", b


@kind("contractor_1099_export")
def k_1099(r):
    b = B()
    b.t(f"1099-NEC batch TY{r.randint(2023, 2024)} (payer EIN {dg(r, 2)}-{dg(r, 7)})\nRecipient|TIN|TIN type|Street|City|ST|ZIP|Box1\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, cc="US")
        a = addr(r, "US")
        biz = r.random() < 0.25
        tin = f"{dg(r, 2)}-{dg(r, 7)}" if biz else None
        cells = [("PERSON", p.full.upper()) if not biz else f"{p.family.upper()} {r.choice(['LLC', 'STUDIO LLC', 'CONSULTING INC'])}",
                 ("US_SSN", ssn(r)) if not biz else tin, "SSN" if not biz else "EIN", ("STREET_ADDRESS", a.street.upper()), ("LOCATION", a.city.upper()), a.region, a.pc,
                 f"{r.randint(600, 40000)}.00"]
        b.row(cells, "|")
    b.t("Prepared by ").e("PERSON", person(r, "en").full).t(" — do not email this file unencrypted")
    return "en", b


@kind("payroll_new_hire_csv")
def k_newhire(r):
    b = B()
    b.t("emp_id,first,last,ssn,home_address,mobile,personal_email,start_date,store\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, cc="US")
        a = addr(r, "US")
        b.row([f"E{dg(r, 6)}", ("PERSON", p.given), ("PERSON", p.family), ("US_SSN", ssn(r, r.choice(["-", "", "-"]))), "\"", ], ",", end="")
        b.e("STREET_ADDRESS", a.inline()).t("\",").e("PHONE_NUMBER", phone(r, "US")).t(",").e("EMAIL_ADDRESS", email(r, p, "US")).t(f",{date(r, 'us')},")
        b.t(r.choice(["Store #214 ", "DC ", "Store #88 "])).e("LOCATION", r.choice(CITIES["US"])).t("\n")
    return "en", b


@kind("cobra_notice_mailing_list")
def k_cobra(r):
    b = B()
    b.t(f"COBRA election notices — mail by {date(r, 'us')} (qualifying event: termination)\n")
    for i in range(r.randint(2, 4)):
        p = person(r, cc="US")
        a = addr(r, "US")
        b.t(f"{i + 1}. ").e("PERSON", p.caps).t("\n   ").e("STREET_ADDRESS", a.block().upper().replace("\n", "\n   ")).t("\n   SSN last 4: ")
        if r.random() < 0.3:
            b.t("(full on file) ").e("US_SSN", ssn(r, "-"))
        else:
            b.t(dg(r, 4) if r.random() < 0.7 else "n/a").t(f"   dependents: {r.randint(0, 3)}\n")
    b.t("Questions: benefits desk ").e("PHONE_NUMBER", phone(r, "US")).t(" / ").e("EMAIL_ADDRESS", "benefits.desk@blueridge-outfitters.com")
    return "en", b


@kind("subject_access_data_package")
def k_dsar(r):
    b = B()
    cc = r.choice(["DE", "FR", "NL", "GB", "SE"])
    p = person(r, cc=cc)
    a = addr(r, cc)
    b.t(f"# data_subject_export.yaml  request SAR-{dg(r, 6)}  generated {date(r, 'ts')}\nprofile:\n  name: ").e("PERSON", p.full).t("\n  email: ").e("EMAIL_ADDRESS", email(r, p, cc))
    b.t("\n  phone: ").e("PHONE_NUMBER", phone(r, cc, "intl")).t(f"\n  customer_since: {date(r)}\naddresses:\n  - type: billing\n    value: ").e("STREET_ADDRESS", a.inline()).t("\n")
    if r.random() < 0.6:
        a2 = addr(r, cc)
        b.t("  - type: gift_recipient\n    recipient: ").e("PERSON", person(r, cc=cc).full).t("\n    value: ").e("STREET_ADDRESS", a2.inline()).t("\n")
    b.t("logins:\n")
    for _ in range(r.randint(2, 3)):
        b.t(f"  - {{ts: {date(r, 'ts')}, ip: ").e("IP_ADDRESS", ip(r)).t(f", ua: \"{r.choice(['iOS 17.4', 'Android 14', 'Firefox 125'])}\"}}\n")
    b.t(f"payment_methods:\n  - {{type: sepa, iban: ").e("IBAN_CODE", iban(r, cc if cc != "GB" else "IE", grouped=False)).t(f"}}\n  - {{type: card, display: \"{masked(r)}\"}}\nsegments: [{r.choice(['lapsed_vip', 'newsletter_de', 'high_return_rate'])}]")
    return "en", b


@kind("erasure_job_audit_log")
def k_erase(r):
    b = B()
    ck = Clock(r)
    cc = r.choice(["DE", "FR", "IT", "ES", "NL"])
    p = person(r, cc=cc)
    em = email(r, p, cc)
    job = f"ERJ-{dg(r, 6)}"
    b.t(f"{ck.next()} [{job}] start subject=").e("EMAIL_ADDRESS", em).t(f" hash=sha256:{hexid(r, 16)}…\n")
    for sysn in r.sample(["crm", "newsletter", "loyalty", "helpdesk", "dwh", "backup"], 4):
        st = r.choice(["deleted 3 rows", "anonymised", "not found", "SKIPPED legal hold (invoice retention 10y)", "queued"])
        b.t(f"{ck.next(60)} [{job}] {sysn:<10} {st}\n")
    b.t(f"{ck.next(60)} [{job}] WARN helpdesk ticket body still contains \"").e("PERSON", p.given).t(" ").e("PHONE_NUMBER", phone(r, cc)).t("\" (free text not scanned)\n")
    b.t(f"{ck.next(60)} [{job}] done by ").e("PERSON", person(r, cc=cc).full).t(" status=PARTIAL")
    return "en", b


@kind("email_unsubscribe_suppression_csv")
def k_suppr(r):
    b = B()
    b.t("email,reason,source,timestamp,list\n")
    for _ in range(r.randint(4, 7)):
        cc = r.choice(list(MAILDOM))
        p = person(r, cc=cc)
        b.row([("EMAIL_ADDRESS", email(r, p, cc)), r.choice(["unsubscribe", "hard_bounce", "spam_complaint", "gdpr_erasure"]), r.choice(["footer_link", "list-unsubscribe", "fbl", "cs_agent"]),
               date(r, "ts"), r.choice(["nl_weekly_de", "promo_fr", "vip_jp", "abandoned_cart"])], ",")
    b.t(f"role@, info@ and noreply@ domains excluded by rule SUP-{r.randint(1, 9)}")
    return "en", b


@kind("smtp_delivery_queue_dump")
def k_postq(r):
    b = B()
    b.t("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n")
    for _ in range(r.randint(2, 3)):
        cc = r.choice(["DE", "FR", "GB", "US", "BR", "PL"])
        p = person(r, cc=cc)
        b.t(f"{hexid(r, 10).upper()}*  {r.randint(2000, 90000):>7} {r.choice(['Mon', 'Tue', 'Fri'])} {r.choice(['Mar', 'Jun', 'Oct'])} {r.randint(1, 28):>2} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}  bounce@mail.shop-example.com\n")
        b.t(f"  (host {r.choice(['mx00', 'mx1', 'gmail-smtp-in'])}.{r.choice(['web.de', 'orange.fr', 'l.google.com'])}[").e("IP_ADDRESS", ipv4(r)).t(f"] said: 45{r.randint(0, 2)} 4.7.{r.randint(0, 28)} try again later)\n")
        b.t("                                         ").e("EMAIL_ADDRESS", email(r, p, cc)).t("\n\n")
    b.t(f"-- {r.randint(1, 80)} Kbytes in {r.randint(2, 9)} Requests.")
    return "en", b


@kind("vpn_session_report")
def k_vpn(r):
    b = B()
    b.t("User                    | Public IP          | Assigned   | Connected           | Bytes in/out  | Client\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["DE", "PL", "IN", "GB", "PT", "VN"])
        p = person(r, cc=cc)
        nm = p.full if r.random() < 0.6 else f"{p.ascii_given[0].lower()}{p.ascii_family.lower()}"
        cells = pad(("PERSON", nm), 23) if nm == p.full else pad(nm, 23)
        for c in cells:
            b.item(c)
        b.t("| ")
        for c in pad(("IP_ADDRESS", ipv4(r)), 18):
            b.item(c)
        b.t("| ")
        for c in pad(("IP_ADDRESS", f"10.8.{r.randint(0, 3)}.{r.randint(2, 254)}"), 10):
            b.item(c)
        b.t(f"| {ts(r)} | {r.randint(1, 900)}M/{r.randint(1, 90)}M | {r.choice(['WireGuard 1.0.20210914', 'OpenVPN 2.6.8', 'GlobalProtect 6.1.3'])}\n")
    b.t("flag: two sessions same user from ").e("LOCATION", r.choice(["Lisbon", "Hanoi", "Warsaw", "Pune"])).t(" and ").e("LOCATION", r.choice(["Berlin", "London", "Manchester"]))
    return "en", b


@kind("cdn_edge_log_with_query")
def k_cdn(r):
    b = B()
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["DE", "FR", "US", "GB", "NL", "ES"])
        p = person(r, cc=cc)
        b.e("IP_ADDRESS", ip(r)).t(f" - - [{r.randint(1, 28):02d}/{r.choice(['Mar', 'Apr', 'Nov'])}/2025:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] \"GET ")
        kind_ = r.choice(["lp", "track", "static"])
        if kind_ == "lp":
            b.t(f"/lp/spring?utm_source=newsletter&utm_campaign=SS25_{r.choice(['DE', 'FR'])}&email=").e("EMAIL_ADDRESS", email(r, p, cc)).t("&fname=").e("PERSON", p.ascii_given)
        elif kind_ == "track":
            b.t("/api/track?order=").t(order_no(r).replace("#", "")).t("&zip=").t(addr(r, cc).pc.replace(" ", "+")).t("&tel=").e("PHONE_NUMBER", "".join(ch for ch in phone(r, cc, "nat") if ch.isdigit()))
        else:
            b.t(f"/static/app.{hexid(r, 8)}.js?v=2.{r.randint(0, 30)}.{r.randint(0, 9)}")
        b.t(f" HTTP/2\" {r.choice([200, 200, 304, 404])} {r.randint(200, 90000)} \"-\" \"Mozilla/5.0\" edge={r.choice(['FRA', 'CDG', 'IAD', 'LHR'])}{r.randint(50, 60)}\n")
    return "en", b


@kind("household_matching_candidates")
def k_household(r):
    b = B()
    cc = r.choice(["GB", "NL", "DE", "US", "SE"])
    lang = {"GB": "en", "NL": "nl", "DE": "de", "US": "en", "SE": "sv"}[cc]
    b.t("pair | rec_a | rec_b | score | rule\n" if lang == "en" else "paar | rec_a | rec_b | score | regel\n")
    for i in range(r.randint(2, 4)):
        p = person(r, cc=cc)
        q = P(r.choice(NAMES[p.cult][0].split()) if p.cult in NAMES else p.given, p.family, p.cult)
        a = addr(r, cc)
        v1 = a.inline()
        v2 = v1.replace("Road", "Rd").replace("straat", "str.").replace("Straße", "Str.").replace(", ", " ", 1)
        b.t(f"{i + 1} | ").e("PERSON", p.full).t(", ").e("STREET_ADDRESS", v1).t(" | ").e("PERSON", f"{q.given[0]}. {q.family}" if r.random() < 0.5 else q.full.upper()).t(", ")
        b.e("STREET_ADDRESS", v2).t(f" | 0.{r.randint(71, 99)} | {r.choice(['same_surname+address', 'fuzzy_addr', 'phone_match'])}\n")
    b.t(r.choice(["merge threshold 0.85", "review before mailing the catalogue", "do not merge if different first names"]))
    return lang, b


@kind("x12_856_asn_segments")
def k_x12(r):
    b = B()
    p = person(r, cc="US")
    a = addr(r, "US")
    b.t(f"ISA*00*          *00*          *ZZ*{r.choice(['BLUERIDGE', 'THAMESVP'])}      *ZZ*3PLWHSE        *{dg(r, 6)}*{dg(r, 4)}*U*00401*{dg(r, 9)}*0*P*>~\n")
    b.t(f"ST*856*{dg(r, 4)}~\nBSN*00*{dg(r, 8)}*{date(r).replace('-', '')}*{dg(r, 4)}~\nHL*1**S~\nTD5**2*{r.choice(['UPSN', 'FDEG', 'USPS'])}~\nREF*BM*{tracking(r)}~\n")
    b.t("N1*ST*").e("PERSON", p.caps).t("~\nN3*").e("STREET_ADDRESS", a.street.upper()).t("~\nN4*").e("STREET_ADDRESS", f"{a.city.upper()}*{a.region}*{a.pc.split('-')[0]}*US").t("~\n")
    b.t("PER*IC*").e("PERSON", p.given.upper()).t("*TE*").e("PHONE_NUMBER", "".join(ch for ch in phone(r, "US", "nat") if ch.isdigit())).t("~\n")
    b.t(f"HL*2*1*O~\nPRF*PO{dg(r, 8)}~\nLIN**UP*{dg(r, 12)}~\nSN1**{r.randint(1, 12)}*EA~\nCTT*1~\nSE*14*{dg(r, 4)}~")
    return "en", b


@kind("gift_card_activation_log")
def k_giftcard(r):
    b = B()
    ck = Clock(r)
    cc = r.choice(["GB", "US", "DE", "FR"])
    lang = {"GB": "en", "US": "en", "DE": "de", "FR": "fr"}[cc]
    for _ in range(r.randint(3, 5)):
        p = person(r, cc=cc)
        b.t(f"{ck.next(900)} POS{r.randint(1, 9)} store={r.choice(['0142', '0388', '0021'])} ").t(r.choice(["ACTIVATE", "RELOAD", "BALANCE"]))
        b.t(f" gc={'6036' + dg(r, 15)} pin=**** amt={r.randint(10, 200)}.00")
        if r.random() < 0.6:
            b.t(" purchaser=").e("EMAIL_ADDRESS", email(r, p, cc))
        if r.random() < 0.3:
            b.t(" to=\"").e("PERSON", p.given).t("\" msg=\"" + r.choice(["Happy birthday!", "Alles Gute", "Joyeux Noël", "thanks for everything"]) + "\"")
        b.t("\n")
    b.t(f"{ck.next()} FRAUD_RULE gc-velocity: {r.randint(6, 20)} activations in 10 min at store ").t("0142 (").e("LOCATION", r.choice(CITIES[cc])).t(")")
    return lang, b


@kind("commercial_invoice_export_docs")
def k_commerc(r):
    b = B()
    sc = r.choice(["GB", "DE", "IT"])
    dc = r.choice(["US", "JP", "KR", "AE", "ZA", "MX", "NO"])
    sp, dp = person(r, cc=sc), person(r, cc=dc)
    sa, da = addr(r, sc), addr(r, dc, "roman") if dc in ("JP", "KR") else addr(r, dc)
    b.t(f"COMMERCIAL INVOICE No. {inv_no(r)}   Date {date(r, 'sl')}   Incoterms DAP\nEXPORTER: {r.choice(COMPANIES)}\n").e("STREET_ADDRESS", sa.inline()).t(f"\nEORI {sc}{dg(r, 12)}  Contact ").e("PERSON", sp.full).t(" ").e("PHONE_NUMBER", phone(r, sc, "intl")).t("\n")
    b.t("IMPORTER / CONSIGNEE:\n").e("PERSON", dp.western).t("\n").e("STREET_ADDRESS", da.block()).t("\nTel ").e("PHONE_NUMBER", phone(r, dc, "intl")).t("  Email ").e("EMAIL_ADDRESS", email(r, dp, dc)).t("\n")
    b.t(f"Description | HS | Origin | Qty | Unit | Total\n{r.choice(['Wool scarf', 'Olive oil 5L', 'Leather wallet'])} | {dg(r, 8)} | {sc} | {r.randint(1, 50)} | {r.randint(5, 90)}.00 | {r.randint(100, 4000)}.00\n")
    b.t("I declare the above information is true and correct. Signed: ").e("PERSON", sp.family.upper())
    return "en", b


@kind("returns_consolidation_manifest")
def k_retcons(r):
    b = B()
    cc = r.choice(["DE", "NL", "FR", "ES", "IT", "PL"])
    lang = {"DE": "de", "NL": "nl", "FR": "fr", "ES": "es", "IT": "it", "PL": "pl"}[cc]
    b.t(f"Retourensammelladung {r.choice(['VENLO', 'ERFURT', 'POZNAN'])} -> HUB {date(r, 'eu')}\n" if lang == "de" else f"Returns consolidation {r.choice(['VENLO', 'ERFURT', 'POZNAN'])} -> HUB {date(r, 'eu')}\n")
    b.t("RMA        | Kunde / customer           | Absender-Adresse / sender address                | Grund\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, cc=cc)
        a = addr(r, cc)
        b.row([f"RMA{dg(r, 7)}", ("PERSON", p.full if r.random() < 0.7 else p.rev), ("STREET_ADDRESS", a.inline()),
               r.choice(["zu klein", "trop grand", "defecto", "difettoso", "nie pasuje", "niet zoals verwacht", "Farbe"])], " | ")
    b.t(f"Plomben {dg(r, 7)} / {dg(r, 7)}   Fahrer ").e("PERSON", person(r, cc=cc).given)
    return lang, b


@kind("wave_pick_exception_report")
def k_wave(r):
    b = B()
    b.t(f"WAVE {dg(r, 5)} exceptions  shift {r.choice(['A', 'B', 'N'])}  {date(r)}\nloc        sku               exp  found  action\n")
    for _ in range(r.randint(3, 6)):
        b.t(f"{r.choice('ABCDEF')}{r.randint(1, 40):02d}-{r.randint(1, 9)}-{r.choice('ABCD')}   {sku(r):<17} {r.randint(1, 9):>3}  {r.randint(0, 8):>5}  {r.choice(['short-pick', 'relocate', 'damaged', 'recount'])}\n")
    if r.random() < 0.6:
        b.t("note: order ").t(order_no(r)).t(" is for ").e("PERSON", person(r, r.choice(["en", "de", "nl"])).full).t(f" (VIP) - substitute {r.choice(BRANDS)} item only with approval")
    else:
        b.t(f"picker ids: P{dg(r, 3)}, P{dg(r, 3)}; scanner fw 7.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}")
    return "en", b


@kind("failed_delivery_card_ocr")
def k_failcard(r):
    b = B()
    cc = r.choice(["GB", "DE", "FR", "NL"])
    lang = {"GB": "en", "DE": "de", "FR": "fr", "NL": "nl"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc)
    T = {"en": ("Sorry we missed you", "For", "Your item is at", "Ref"), "de": ("Benachrichtigungskarte", "Für", "Ihre Sendung liegt bei", "Ref"),
         "fr": ("Avis de passage", "Pour", "Votre colis est chez", "Réf"), "nl": ("Wij hebben u gemist", "Voor", "Uw pakket ligt bij", "Ref")}[lang]
    nb = person(r, cc=cc)
    b.t(f"{T[0]}  [{r.choice(['photo', 'scan'])} of card]\n{T[1]}: ").e("PERSON", p.full).t("\n").e("STREET_ADDRESS", ocr_break(r, a.inline(" "))).t("\n")
    b.t(f"{T[2]}: ")
    if r.random() < 0.6:
        na = addr(r, cc)
        b.e("PERSON", nb.family).t(", ").e("STREET_ADDRESS", na.street).t(" (neighbour)\n" if lang == "en" else "\n")
    else:
        b.t(r.choice(["Post Office " , "Packstation ", "Relais Pickup ", "PostNL-punt "]) + f"{r.randint(100, 999)}\n")
    b.t(f"{T[3]} {tracking(r)}  {date(r, 'sl')}  {r.randint(8, 18)}:{r.randint(0, 59):02d}\ncourier: ").e("PERSON", person(r, cc=cc).given).t(" " + r.choice(["☎ ", "tel "])).e("PHONE_NUMBER", phone(r, cc))
    return lang, b


@kind("proof_of_delivery_export")
def k_pod(r):
    b = B()
    cc = r.choice(["US", "GB", "ZA", "NG", "IN"])
    b.t("stop,tracking,delivered_at,signed_by,relationship,lat,lon,address\n")
    for i in range(r.randint(3, 5)):
        p = person(r, cc=cc)
        a = addr(r, cc)
        sig = r.choice([p.family.upper(), p.given, p.full, "LEFT AT DOOR", "SAFE PLACE - PORCH"])
        b.row([str(i + 1), tracking(r), date(r, "ts"), ("PERSON", sig) if sig not in ("LEFT AT DOOR", "SAFE PLACE - PORCH") else sig, r.choice(["self", "neighbour", "reception", "family", ""]),
               f"{r.uniform(-34, 52):.5f}", f"{r.uniform(-3, 80):.5f}", "\""], ",", end="")
        b.e("STREET_ADDRESS", a.inline()).t("\"\n")
    return "en", b


@kind("last_mile_route_sheet")
def k_route(r):
    b = B()
    cc = r.choice(["DE", "NL", "GB", "BR", "MX", "VN", "NG", "CZ"])
    lang = {"DE": "de", "NL": "nl", "GB": "en", "BR": "pt", "MX": "es", "VN": "vi", "NG": "en", "CZ": "cs"}[cc]
    b.t(f"ROUTE {r.choice(['R', 'T'])}{dg(r, 3)}  {date(r, 'sl')}  van {r.choice(['B-KL 214', 'HX19 ABC', 'QPA-4E21'])}\n")
    for i in range(r.randint(3, 5)):
        p = person(r, cc=cc)
        a = addr(r, cc)
        b.t(f"{i + 1:02d}  {r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])}  ").e("PERSON", p.full).t(" — ").e("STREET_ADDRESS", a.inline()).t(" — ").e("PHONE_NUMBER", phone(r, cc)).t("\n")
        if r.random() < 0.4:
            tip = {"de": "    Hund im Garten, bei ", "nl": "    hond in tuin, bellen bij ", "en": "    dog in garden, ask for ", "pt": "    cachorro bravo, chamar ",
                   "es": "    perro en el patio, preguntar por ", "vi": "    chó dữ, gọi chị ", "cs": "    pes na zahradě, zeptat se na "}[lang]
            b.t(tip).e("PERSON", person(r, cc=cc).given).t({"de": " nebenan klingeln\n", "vi": " nhà bên cạnh\n"}.get(lang, " next door\n" if lang == "en" else "\n"))
    return lang, b


@kind("transit_damage_claim_form")
def k_damage(r):
    b = B()
    cc = r.choice(["IT", "ES", "FR", "PT", "GB"])
    lang = {"IT": "it", "ES": "es", "FR": "fr", "PT": "pt", "GB": "en"}[cc]
    p = person(r, cc=cc)
    a = addr(r, cc)
    T = {"it": ("Denuncia danno da trasporto", "Richiedente", "Indirizzo", "Tel.", "IBAN per rimborso", "Descrizione"),
         "es": ("Reclamación por daños en transporte", "Reclamante", "Dirección", "Tel.", "IBAN para reembolso", "Descripción"),
         "fr": ("Déclaration de dommage transport", "Demandeur", "Adresse", "Tél.", "IBAN pour remboursement", "Description"),
         "pt": ("Reclamação de dano no transporte", "Requerente", "Morada", "Tel.", "IBAN para reembolso", "Descrição"),
         "en": ("Transit damage claim", "Claimant", "Address", "Tel", "IBAN for refund", "Description")}[lang]
    b.t(f"{T[0]} #{dg(r, 6)}\n{T[1]}: ").e("PERSON", p.full).t(f"\n{T[2]}: ").e("STREET_ADDRESS", a.inline()).t(f"\n{T[3]}: ").e("PHONE_NUMBER", phone(r, cc)).t("\nEmail: ").e("EMAIL_ADDRESS", email(r, p, cc)).t("\n")
    b.t(f"{T[5]}: {r.choice(['vetrinetta', 'lámpara', 'miroir', 'espelho', 'mirror'])} {r.choice(BRANDS)}, {r.choice(['vetro rotto', 'cristal roto', 'verre cassé', 'vidro partido', 'glass shattered'])}; sped. {tracking(r)}\n")
    b.t(f"{T[4]}: ").e("IBAN_CODE", iban(r, cc if cc != "GB" else "GB")).t(f"\nValore / value: {r.randint(40, 900)},00 EUR")
    return lang, b


@kind("subscription_dunning_export")
def k_dunning(r):
    b = B()
    cc = r.choice(["DE", "NL", "FR", "ES", "IT"])
    b.t("sub_id;kunde;email;methode;konto;letzte_zahlung;versuche;status\n")
    for _ in range(r.randint(3, 5)):
        c2 = r.choice([cc, cc, "DE", "AT" if False else "NL"])
        p = person(r, cc=c2)
        sepa = r.random() < 0.6
        b.row([f"sub_{hexid(r, 10)}", ("PERSON", p.full), ("EMAIL_ADDRESS", email(r, p, c2)), "sepa_debit" if sepa else "card",
               ("IBAN_CODE", iban(r, c2, grouped=False)) if sepa else masked(r), date(r), str(r.randint(1, 4)), r.choice(["past_due", "unpaid", "canceled"])], ";")
    b.t(f"# Mahnlauf {date(r, 'eu')} Stufe {r.randint(1, 3)}")
    return "de", b


@kind("direct_debit_return_report")
def k_rtrn(r):
    b = B()
    cc = r.choice(["DE", "NL", "FR", "ES", "BE" if False else "IT"])
    lang = {"DE": "de", "NL": "nl", "FR": "fr", "ES": "es", "IT": "it"}[cc]
    b.t(f"SEPA R-Transaktionen {date(r, 'eu')}  Gläubiger-ID {cc}{dg(r, 2)}ZZZ{dg(r, 11)}\n")
    b.t("Mandatsref.     Schuldner                     IBAN                               Betrag   Code\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, cc=cc)
        ib = iban(r, cc)
        for c in [f"MD-{dg(r, 8)}     "] + pad(("PERSON", p.full.upper() if r.random() < 0.5 else p.rev), 29) + pad(("IBAN_CODE", ib), 34):
            b.item(c)
        b.t(f"{r.randint(5, 300)},{dg(r, 2):>6}  {r.choice(['AC04 Konto erloschen', 'MD06 Rückgabe', 'AM04 Deckung', 'MS03'])}\n")
    return lang, b


@kind("ncoa_change_of_address_match")
def k_ncoa(r):
    b = B()
    b.t("NCOALink results — file SPRINGCAT, 48-month\nNAME | OLD ADDRESS | NEW ADDRESS | MOVE DATE | TYPE\n")
    for _ in range(r.randint(3, 4)):
        p = person(r, cc="US")
        a1, a2 = addr(r, "US"), addr(r, "US")
        b.row([("PERSON", p.caps), ("STREET_ADDRESS", a1.inline().upper()), ("STREET_ADDRESS", a2.inline().upper()) if r.random() < 0.8 else "MOVED LEFT NO ADDRESS",
               f"{r.randint(2022, 2025)}{r.randint(1, 12):02d}", r.choice(["I", "F", "B"])], " | ")
    b.t(f"ZIP+4 coded {r.randint(85, 99)}.{dg(r, 1)}%  DPV confirmed")
    return "en", b


@kind("geocoder_batch_results")
def k_geocode(r):
    b = B()
    b.t("input_id,input_address,match,lat,lng,precision\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(list(COUNTRY_NAME))
        a = addr(r, cc, "roman" if cc in ("JP", "KR", "CN") else None)
        b.t(f"{dg(r, 6)},\"").e("STREET_ADDRESS", a.inline()).t(f"\",{r.choice(['ROOFTOP', 'RANGE_INTERPOLATED', 'APPROXIMATE'])},{r.uniform(-35, 60):.6f},{r.uniform(-100, 140):.6f},{r.choice(['house', 'street', 'postcode'])}\n")
    b.t(f"{dg(r, 6)},\"near the Starbucks opposite ").e("LOCATION", r.choice(["Union Square", "Alexanderplatz", "Plaza Mayor"])).t("\",NO_MATCH,,,")
    return "en", b


@kind("marketplace_order_export_tsv")
def k_mkt(r):
    b = B()
    b.t("order-id\tpurchase-date\tbuyer-name\tbuyer-phone-number\tship-address-1\tship-city\tship-postal-code\tship-country\tsku\n")
    for _ in range(r.randint(3, 5)):
        cc = r.choice(["DE", "FR", "IT", "ES", "GB", "PL", "SE", "NL", "TR"])
        p = person(r, cc=cc)
        a = addr(r, cc)
        b.row([f"{dg(r, 3)}-{dg(r, 7)}-{dg(r, 7)}", date(r, "ts"), ("PERSON", p.full), ("PHONE_NUMBER", phone(r, cc)) if r.random() < 0.7 else "",
               ("STREET_ADDRESS", a.street), ("LOCATION", a.city), a.pc, cc, sku(r)], "\t")
    return "en", b


@kind("pms_arrivals_report")
def k_pms(r):
    b = B()
    b.t(f"ARRIVALS {date(r, 'eu')}  Hotel {r.choice(['Grand Hotel Europa', 'Ryokan Hanaya', 'Hotel Paris Opéra'])}\nConf#      Guest                       Room  Nts  Rate  Notes\n")
    for _ in range(r.randint(3, 6)):
        cult = r.choice(["ja", "ko", "zh", "de", "en", "fr", "ar", "it", "br"])
        p = person(r, cult)
        nm = r.choice([f"{p.family.upper()}, {p.given}", p.full, p.native or p.full])
        b.t(f"{dg(r, 9)}  ")
        for c in pad(("PERSON", nm), 26):
            b.item(c)
        b.t(f"{r.randint(101, 905):<5} {r.randint(1, 7):<4} {r.choice(['BAR', 'CORP', 'OTA', 'PKG'])}  ")
        b.t(r.choice(["", "VIP2 - fruit basket", "late arrival", "allergy: nuts", "anniversary", "" ]))
        if r.random() < 0.3:
            b.t(" cb ").e("PHONE_NUMBER", phone(r, r.choice(["JP", "KR", "DE", "FR", "US"]), "intl"))
        b.t("\n")
    b.t("Prepared by night audit: ").e("PERSON", person(r, r.choice(["de", "fr", "it"])).given)
    return "en", b


@kind("pnr_record_dump")
def k_pnr(r):
    b = B()
    cc = r.choice(["PL", "DE", "TR", "FR", "IN", "BR"])
    ps = [person(r, cc=cc) for _ in range(r.randint(1, 3))]
    b.t(f"RP/{r.choice(['WAW', 'FRA', 'IST', 'PAR'])}1A0980/{r.choice(['WAW', 'FRA'])}1A0980            AA/SU  {r.randint(1, 28)}{r.choice(['MAR', 'JUN', 'OCT'])}25/{r.randint(1000, 2359)}Z   {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}\n")
    for i, p in enumerate(ps):
        b.t(f"  {i + 1}.").e("PERSON", fold(p.family).upper().replace(" ", "")).t("/").e("PERSON", fold(p.given).upper().replace(" ", "")).t(f" {r.choice(['MRS', 'MR', 'MS', 'MSTR'])}\n")
    b.t(f"  {len(ps) + 1}  {r.choice(['LO', 'LH', 'TK', 'AF'])} {r.randint(100, 999)} Y {r.randint(1, 28)}{r.choice(['MAR', 'JUN', 'OCT'])} 2 {r.choice(['WAWFRA', 'FRAIST', 'ISTGRU'])} HK{len(ps)}  {r.randint(600, 2200)} {r.randint(600, 2200)}   E\n")
    b.t(f"  {len(ps) + 2} AP ").e("PHONE_NUMBER", phone(r, cc, "intl")).t(" - M\n")
    b.t(f"  {len(ps) + 3} APE ").e("EMAIL_ADDRESS", email(r, ps[0], cc)).t("\n")
    b.t(f"  {len(ps) + 4} TK OK{r.randint(1, 28)}{r.choice(['FEB', 'MAY'])}/{r.choice(['WAW', 'FRA'])}1A0980\n  {len(ps) + 5} FA PAX 0{dg(r, 12)}/ETLO/PLN{r.randint(400, 4000)}.00")
    return "en", b


@kind("fleet_fuel_card_statement")
def k_fuel(r):
    b = B()
    cc = r.choice(["DE", "PL", "NL", "GB"])
    lang = "de" if cc == "DE" else "en"
    if lang == "de":
        b.t(f"Tankkarten-Abrechnung {r.choice(['01', '02', '03'])}/{r.randint(2024, 2025)}  Kunde {r.choice(COMPANIES)}\n")
        b.t("Karte                 Fahrer                 Datum       Station                Liter   Betrag\n")
    else:
        b.t(f"Fuel card statement {r.choice(['01', '02', '03'])}/{r.randint(2024, 2025)}  customer {r.choice(COMPANIES)}\n")
        b.t("Card                  Driver                 Date        Station                Litres  Amount\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, cc=cc)
        b.t(f"7077 {dg(r, 4)} {dg(r, 4)} {dg(r, 3)}  ")
        for c in pad(("PERSON", p.full), 22):
            b.item(c)
        b.t(f"{date(r, 'eu')}  {r.choice(['Shell', 'Aral', 'Orlen', 'BP'])} ").e("LOCATION", r.choice(CITIES[cc])).t(f"   {r.randint(20, 90)},{dg(r, 2)}  {r.randint(40, 180)},{dg(r, 2)}\n")
    br, c = card(r, "Mastercard")
    b.t("Ausgleich per Firmenkreditkarte " if lang == "de" else "Settled with corporate card ").e("CREDIT_CARD", c).t(" (Inhaber: " if lang == "de" else " (holder: ").e("PERSON", person(r, cc=cc).full).t(")")
    return lang, b


@kind("whatsapp_template_send_report")
def k_watpl(r):
    b = B()
    b.t("wa_id,template,lang,status,error,sent_at\n")
    for _ in range(r.randint(4, 7)):
        cc = r.choice(["BR", "MX", "IN", "ID" if False else "TR", "NG", "ZA", "DE", "ES", "VN", "EG"])
        b.row([("PHONE_NUMBER", e164(r, cc)), r.choice(["order_shipped_v3", "cart_reminder", "otp_login", "delivery_slot"]), r.choice(["pt_BR", "es_MX", "en", "tr", "de", "vi"]),
               r.choice(["delivered", "read", "failed", "sent"]), r.choice(["", "", "131026 receiver incapable", "131047 re-engagement"]), date(r, "ts")], ",")
    b.t(f"# template quality: {r.choice(['GREEN', 'YELLOW'])}, phone_number_id {dg(r, 15)}")
    return "en", b


@kind("env_file_leak_snippet")
def k_env(r):
    b = B()
    ow = person(r, r.choice(["de", "en", "pl", "in"]))
    b.t("# .env.production (pasted from ticket, please tell me what's wrong with SMTP)\n# owner: ").e("PERSON", ow.full).t("\n")
    b.t(f"APP_VERSION=5.{r.randint(0, 9)}.{r.randint(0, 30)}\nDB_HOST=").e("IP_ADDRESS", ipv4(r, private=True)).t(f"\nDB_PORT=5432\nREDIS_URL=redis://").e("IP_ADDRESS", ipv4(r, private=True)).t(":6379/0\n")
    b.t("SMTP_RELAY=").e("IP_ADDRESS", ipv4(r)).t(f"\nSMTP_USER=apikey\nSMTP_PASS=***redacted***\nSUPPORT_EMAIL=support@velaverde.es\nALERT_EMAIL=").e("EMAIL_ADDRESS", work_email(r, ow, "velaverde.es")).t("\n")
    b.t("ONCALL_PHONE=").e("PHONE_NUMBER", phone(r, r.choice(["ES", "DE", "GB"]), "intl")).t(f"\nALLOWED_IPS=").e("IP_ADDRESS", ipv4(r)).t(",").e("IP_ADDRESS", ipv4(r)).t(f"\nSENTRY_RELEASE={hexid(r, 12)}\nFEATURE_FLAGS=checkout_v2,klarna")
    return "en", b


@kind("lab_requisition_hl7_segment")
def k_hl7(r):
    b = B()
    p = person(r, cc="US")
    a = addr(r, "US")
    nk = person(r, cc="US")
    doc = person(r, "en")
    b.t(f"MSH|^~\\&|LIS|{r.choice(['NORTHLAB', 'QLAB'])}|EHR|CLINIC|{date(r).replace('-', '')}{dg(r, 4)}||ORM^O01|{dg(r, 9)}|P|2.3\n")
    b.t(f"PID|1||{dg(r, 8)}^^^MRN||").e("PERSON", p.family.upper()).t("^").e("PERSON", p.given.upper()).t(f"^{r.choice('ABCDEJKLM')}||19{r.randint(40, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}|{r.choice('MF')}|||")
    b.e("STREET_ADDRESS", f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.pc}^USA").t("||").e("PHONE_NUMBER", phone(r, "US", "nat")).t("|||||||").e("US_SSN", ssn(r, "-")).t("\n")
    b.t("NK1|1|").e("PERSON", nk.family.upper()).t("^").e("PERSON", nk.given.upper()).t("|SPO|||").e("PHONE_NUMBER", phone(r, "US", "nat")).t("\n")
    b.t(f"ORC|NW|{dg(r, 10)}|||||||{date(r).replace('-', '')}|||{dg(r, 10)}^").e("PERSON", doc.family.upper()).t("^").e("PERSON", doc.given.upper()).t("^^^DR\n")
    b.t(f"OBR|1|{dg(r, 10)}||{r.choice(['80053^CMP', '85025^CBC', '83036^HBA1C'])}|||{date(r).replace('-', '')}")
    return "en", b


@kind("iban_validation_batch_results")
def k_ibanval(r):
    b = B()
    b.t("row;account_holder;iban_input;result;bic_derived\n")
    for i in range(r.randint(4, 6)):
        cc = r.choice(["DE", "FR", "ES", "IT", "NL", "PL", "PT", "BE", "AT", "FI"])
        p = person(r, cc=cc if cc in ("DE", "FR", "ES", "IT", "NL", "PL", "PT", "FI") else "DE")
        ok = r.random() < 0.6
        b.t(f"{i + 2};").e("PERSON", p.full).t(";")
        if ok:
            b.e("IBAN_CODE", iban(r, cc)).t(f";VALID;{r.choice(['COBADEFFXXX', 'BNPAFRPP', 'CAIXESBB', 'INGBNL2A', 'PKOPPLPW', 'CGDIPTPL'])}\n")
        else:
            b.t(bad_iban(r, cc)).t(f";INVALID_CHECKSUM;\n")
    b.t("invalid rows returned to customer service for re-entry")
    return "en", b


@kind("mdm_device_inventory")
def k_mdm(r):
    b = B()
    b.t("Device name             | Serial        | OS        | Last IP         | Wi-Fi MAC         | Assigned to\n")
    for _ in range(r.randint(3, 5)):
        cult = r.choice(["en", "de", "ja", "in", "fr", "br", "ko"])
        p = person(r, cult)
        dev = r.choice(["iPhone", "MacBook Pro", "Galaxy S23", "iPad"])
        b.e("PERSON", p.given).t(f"'s {dev}".ljust(24 - len(p.given)) + f"| {''.join(r.choice('CDFGHJKLMNPQRTVWXY0123456789') for _ in range(12))}  | {r.choice(['iOS 17.5.1', 'macOS 14.4', 'Android 14'])} | ")
        b.e("IP_ADDRESS", ipv4(r, private=r.random() < 0.5)).t(f" | {':'.join(hexid(r, 2) for _ in range(6))} | ").e("PERSON", p.full).t("\n")
    b.t(f"Store iPads (\"Till 1 - Covent Garden\", \"Till 2 - Covent Garden\") excluded, profile v{r.randint(2, 9)}.{r.randint(0, 9)}")
    return "en", b


@kind("vn_cod_order_export")
def k_vncod(r):
    b = B()
    b.t("Mã đơn | Người nhận | SĐT | Địa chỉ | Tiền thu hộ | Ghi chú\n")
    for _ in range(r.randint(3, 5)):
        p = person(r, "vi")
        a = addr(r, "VN")
        b.row([f"DH{dg(r, 9)}", ("PERSON", p.full if r.random() < 0.7 else "chị " + p.given.split()[-1]) if False else ("PERSON", p.full),
               ("PHONE_NUMBER", phone(r, "VN")), ("STREET_ADDRESS", a.inline()), f"{r.randint(50, 2000)}.000đ",
               r.choice(["giao giờ hành chính", "gọi trước 30p", "để ở bảo vệ", "khách hẹn thứ 7"])], " | ")
    b.t("Shipper: anh ").e("PERSON", r.choice(VI)[1].split()[-1]).t(" - ").e("PHONE_NUMBER", phone(r, "VN", "nat"))
    return "vi", b


@kind("mx_cfdi_receptor_block")
def k_cfdi(r):
    b = B()
    p = person(r, "mx")
    a = addr(r, "MX")
    b.t(f"CFDI 4.0  Folio {r.choice('ABF')}-{dg(r, 5)}  UUID {uuid(r).upper()}\nReceptor\n  Nombre: ").e("PERSON", p.caps).t(f"\n  RFC: XAXX010101000 (público en general)\n  Uso CFDI: {r.choice(['G03', 'S01'])}\n")
    b.t("  Domicilio: ").e("STREET_ADDRESS", a.inline()).t("\n  Tel: ").e("PHONE_NUMBER", phone(r, "MX")).t("  Correo: ").e("EMAIL_ADDRESS", email(r, p, "MX")).t("\n")
    b.t(f"Concepto: {r.choice(['Tenis', 'Licuadora', 'Colchón'])} {r.choice(BRANDS)}  Importe ${r.randint(300, 20000)}.00 MXN\nForma de pago 04 Tarjeta de crédito {masked(r)}")
    return "es", b


@kind("ua_nova_poshta_ttn_export")
def k_uattn(r):
    b = B()
    b.t("ТТН;Отримувач;Телефон;Адреса / відділення;Оголошена вартість\n")
    for _ in range(r.randint(3, 4)):
        p = person(r, "ua")
        if r.random() < 0.5:
            a = addr(r, "UA")
            dest = ("STREET_ADDRESS", a.inline())
        else:
            dest = f"Відділення №{r.randint(1, 300)}, м. "
        b.t(f"20{dg(r, 12)};").e("PERSON", p.native or p.full).t(";").e("PHONE_NUMBER", phone(r, "UA")).t(";")
        if isinstance(dest, tuple):
            b.item(dest)
        else:
            b.t(dest).e("LOCATION", r.choice(["Львів", "Одеса", "Харків", "Дніпро"]))
        b.t(f";{r.randint(200, 9000)} грн\n")
    return "uk", b


# ----------------------------------------------------------------------------------------------
# main

NONOVERLAP = {"PERSON", "STREET_ADDRESS", "PHONE_NUMBER"}
TYPES = {"PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION"}


def check(sample):
    text, spans = sample["text"], sample["spans"]
    assert 1 <= text.count("\n") + 1 <= 25, (sample["id"], text.count("\n") + 1)
    for s in spans:
        assert s["type"] in TYPES, s
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (sample["id"], s, repr(v))
        if s["type"] == "CREDIT_CARD":
            assert luhn_ok("".join(ch for ch in v if ch.isdigit())), v
        if s["type"] == "IBAN_CODE":
            assert iban_valid(v), v
        if s["type"] == "US_SSN":
            d = "".join(ch for ch in v if ch.isdigit())
            assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
    ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, c in zip(ss, ss[1:]):
        if a["type"] in NONOVERLAP or c["type"] in NONOVERLAP:
            assert a["end"] <= c["start"], (sample["id"], a, c)


def main():
    names = [k for k, _ in KINDS]
    assert len(set(names)) == len(names), "duplicate kind"
    used_path = "/work/briefs/used_kinds25.txt"
    if os.path.exists(used_path):
        used = {x.strip() for x in open(used_path).read().split(",")}
        clash = [k for k in names if k in used]
        assert not clash, clash
    out = []
    order = []
    while len(order) < N_SAMPLES:
        batch = list(KINDS)
        R.shuffle(batch)
        order.extend(batch)
    order = order[:N_SAMPLES]
    for i, (name, fn) in enumerate(order):
        lang, b = fn(R)
        text = b.text().rstrip()
        assert all(sp["end"] <= len(text) for sp in b.spans)
        sample = {"id": f"hard24-{i + 1}", "kind": name, "lang": lang, "text": text, "spans": b.spans}
        check(sample)
        out.append(sample)
    with open(OUT, "w", encoding="utf-8") as fh:
        for s in out:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    from collections import Counter
    tc = Counter(s["type"] for x in out for s in x["spans"])
    lc = Counter(x["lang"] for x in out)
    print(f"wrote {len(out)} samples to {OUT}")
    print("kinds:", len(set(x["kind"] for x in out)))
    print("langs:", dict(lc.most_common()), "non-en share: %.1f%%" % (100 * (1 - lc["en"] / len(out))))
    print("types:", dict(tc.most_common()))
    print("countries:", len(COUNTRIES_USED), sorted(COUNTRIES_USED))


if __name__ == "__main__":
    main()
