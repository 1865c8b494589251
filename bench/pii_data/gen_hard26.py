#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind evaluation set hard26 (author B): the helpdesk and the speech/scan pipeline.

Deterministic generator (seed 2626).  Writes hard26.jsonl next to this file.
Every text is assembled from pieces; entity pieces carry their type and the
offsets are computed while joining (never by searching afterwards).
Faker (if importable) is used only as an extra source of person names.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 2626
N_SAMPLES = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hard26.jsonl")

TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
         "US_SSN", "IP_ADDRESS", "STREET_ADDRESS", "LOCATION"}

R = random.Random(SEED)

try:
    from faker import Faker  # optional, names only
    _FK = {}
    for _i, _loc in enumerate(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT",
                               "pt_BR", "nl_NL", "pl_PL", "sv_SE", "es_MX", "tr_TR"]):
        _f = Faker(_loc)
        _f.seed_instance(SEED + _i)
        _FK[_loc] = _f
except Exception:  # pragma: no cover - Faker missing
    _FK = {}


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
class Ent(object):
    __slots__ = ("typ", "text")

    def __init__(self, typ, text):
        assert typ in TYPES, typ
        assert text and text == text.strip(), repr(text)
        self.typ = typ
        self.text = text


def P(x): return Ent("PERSON", x)
def E(x): return Ent("EMAIL_ADDRESS", x)
def PH(x): return Ent("PHONE_NUMBER", x)
def CC(x): return Ent("CREDIT_CARD", x)
def IB(x): return Ent("IBAN_CODE", x)
def SSN(x): return Ent("US_SSN", x)
def IP(x): return Ent("IP_ADDRESS", x)
def AD(x): return Ent("STREET_ADDRESS", x)
def LOC(x): return Ent("LOCATION", x)


_PH_RE = re.compile(r"\{\{|\}\}|\{(\w+)\}")


class Doc(object):
    """A list of (text, type-or-None) pieces."""

    def __init__(self, pieces=None):
        self.pieces = list(pieces or [])

    def add(self, text, typ=None):
        if isinstance(text, Ent):
            typ, text = text.typ, text.text
        if isinstance(text, Doc):
            self.pieces.extend(text.pieces)
            return self
        if text == "" or text is None:
            return self
        if typ is not None:
            assert typ in TYPES and text == text.strip() and text, (typ, text)
        self.pieces.append((text, typ))
        return self

    def f(self, tmpl, **kw):
        pos = 0
        for m in _PH_RE.finditer(tmpl):
            self.add(tmpl[pos:m.start()])
            g = m.group(0)
            if g == "{{":
                self.add("{")
            elif g == "}}":
                self.add("}")
            else:
                v = kw[m.group(1)]
                if isinstance(v, (Ent, Doc)):
                    self.add(v)
                else:
                    self.add(str(v))
            pos = m.end()
        self.add(tmpl[pos:])
        return self

    def __iadd__(self, other):
        self.add(other)
        return self

    def build(self):
        text_parts, spans, pos = [], [], 0
        for t, typ in self.pieces:
            if typ is not None:
                spans.append({"type": typ, "start": pos, "end": pos + len(t), "_v": t})
            text_parts.append(t)
            pos += len(t)
        text = "".join(text_parts)
        out = []
        last_end = -1
        for s in spans:
            v = s.pop("_v")
            assert text[s["start"]:s["end"]] == v
            assert v == v.strip() and v
            assert s["start"] >= last_end, "overlap"
            last_end = s["end"]
            out.append(s)
        return text, out


def D(tmpl="", **kw):
    return Doc().f(tmpl, **kw)


def quoted(doc, prefix="> "):
    """Prefix every line with an e-mail quote marker.  Entities must be single-line."""
    out = Doc()
    out.add(prefix)
    bare = prefix.rstrip()
    for t, typ in doc.pieces:
        if typ is not None:
            assert "\n" not in t, "multi-line entity inside quote"
            out.add(t, typ)
        else:
            lines = t.split("\n")
            for i, ln in enumerate(lines):
                if i > 0:
                    out.add("\n")
                    out.add(prefix)
                out.add(ln)
    # tidy: "> \n" -> ">\n"
    fixed = []
    for t, typ in out.pieces:
        if typ is None:
            t = t.replace(prefix + "\n", bare + "\n")
        fixed.append((t, typ))
    return Doc(fixed)


def mapcase(doc, fn, only_plain=False):
    out = Doc()
    for t, typ in doc.pieces:
        if typ is None or not only_plain:
            t = fn(t)
        out.add(t, typ)
    return out


def wrap(doc, width):
    """Greedy hard-wrap at plain spaces; entity pieces are never broken."""
    atoms = []  # [text, typ, is_space]
    for t, typ in doc.pieces:
        if typ is not None:
            atoms.append([t, typ, False])
        else:
            for tok in re.split(r"( |\n)", t):
                if tok == "":
                    continue
                atoms.append([tok, None, tok == " "])
    col = 0
    last_space = None
    since = 0
    for i, a in enumerate(atoms):
        t = a[0]
        if t == "\n":
            col, last_space = 0, None
            continue
        if a[2]:
            last_space = i
            since = 0
            col += 1
            continue
        seg = t.split("\n")
        if col + len(seg[0]) > width and last_space is not None:
            atoms[last_space][0] = "\n"
            atoms[last_space][2] = False
            col = since
            last_space = None
        if len(seg) > 1:
            col = len(seg[-1])
            last_space = None
        else:
            col += len(t)
        since += len(t)
    out = Doc()
    for t, typ, _ in atoms:
        out.add(t, typ)
    return out


def excerpt(doc, lo=4, hi=9, keep_head=1, marker="[...]"):
    """Keep the first `keep_head` lines plus a window of lo..hi consecutive lines.
    Windows are widened so that no entity is cut."""
    text, spans = doc.build()
    lines = text.split("\n")
    if len(lines) <= hi + keep_head:
        return doc
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)

    def line_of(pos):
        k = 0
        while k + 1 < len(starts) and starts[k + 1] <= pos:
            k += 1
        return k

    n = RI(lo, hi)
    a = RI(keep_head, len(lines) - n)
    b = a + n  # exclusive line index
    changed = True
    while changed:
        changed = False
        for s in spans:
            la, lb = line_of(s["start"]), line_of(max(s["start"], s["end"] - 1))
            if la < a <= lb:
                a = la
                changed = True
            if la < b <= lb:
                b = lb + 1
                changed = True
    if a <= keep_head:
        a = keep_head
    windows = [(0, keep_head), (a, b)] if keep_head else [(a, b)]
    out = Doc()
    for wi, (x, y) in enumerate(windows):
        if y <= x:
            continue
        c0 = starts[x]
        c1 = starts[y - 1] + len(lines[y - 1])
        if wi > 0 and marker:
            out.add(marker + "\n")
        pos = 0
        for t, typ in doc.pieces:
            p0, p1 = pos, pos + len(t)
            pos = p1
            if p1 <= c0 or p0 >= c1:
                continue
            if typ is not None:
                assert c0 <= p0 and p1 <= c1, "entity cut by excerpt"
                out.add(t, typ)
            else:
                out.add(t[max(0, c0 - p0):min(len(t), c1 - p0)])
        if wi == 0:
            out.add("\n")
    return out


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
def C(seq):
    return R.choice(seq)


def RI(a, b):
    return R.randint(a, b)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fill(pat):
    """'#' any digit, 'N' non-zero digit, '@' upper letter, 'a' lower letter."""
    out = []
    esc = False
    for ch in pat:
        if esc:
            out.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
            continue
        if ch == "#":
            out.append(str(R.randint(0, 9)))
        elif ch == "N":
            out.append(str(R.randint(1, 9)))
        elif ch == "M":
            out.append(str(R.randint(2, 9)))
        elif ch == "@":
            out.append(C("ABDEFGHJLNPQRSTUWXYZ"))
        elif ch == "a":
            out.append(C("abcdefghjkmnpqrstuvwxyz"))
        else:
            out.append(ch)
    return "".join(out)


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = s.replace("æ", "ae").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
LAT = {
    "us": (["Tyler", "Brittany", "Keisha", "Darnell", "Megan", "Cody", "Shauna", "Travis", "Latoya", "Dwayne",
            "Kayleigh", "Hope", "Grace", "Will", "Bill", "Mark", "Rose", "Summer", "Joy", "Faith", "Amber",
            "Chase", "Hunter", "Dawn", "Penny", "Holly", "June", "April", "Jaxon", "Destiny", "Marisol", "DeShawn"],
           ["Brennan", "Whitaker", "Castillo", "Baker", "Bishop", "Cook", "Church", "Rich", "Young", "Wise", "Hill",
            "Lamb", "Fox", "Moody", "Goodman", "Banks", "Price", "Cash", "Stone", "Marsh", "Washington", "Jefferson",
            "Delgado", "Kowalski", "Pham", "Oyelaran", "Hollis", "Rivers", "Sweet", "Story"]),
    "gb": (["Siobhan", "Callum", "Gethin", "Rhys", "Niamh", "Ffion", "Declan", "Aoife", "Bethan", "Imogen",
            "Harriet", "Alfie", "Kieran", "Mhairi", "Ruaridh", "Sinead", "Poppy", "Lewis", "Ellis", "Tegan"],
           ["Pritchard", "Llewellyn", "McAllister", "Fairbairn", "O'Driscoll", "Featherstone", "Ashworth", "Hughes",
            "MacKenzie", "Cartwright", "Fairweather", "Gallagher", "Sutcliffe", "Barraclough", "Thistlethwaite",
            "Butcher", "Fletcher", "Shepherd", "Mason", "Hardcastle"]),
    "de": (["Jürgen", "Anneliese", "Katrin", "Torsten", "Dörte", "Malte", "Svenja", "Björn", "Ute", "Heike",
            "Frauke", "Hannes", "Wiebke", "Kai-Uwe", "Günther", "Lea-Marie", "Detlef", "Sibylle"],
           ["Schäfer", "Nußbaum", "Wöhrle", "Brandstätter", "Kühn", "Oberhuber", "Zimmermann", "Hoffmann",
            "Jaworski", "Yıldırım", "Großkopf", "Bäcker", "Weiß", "Lehmann", "Pfeiffer", "Kowalewski", "Engel",
            "Vogel", "Sommer", "Winter"]),
    "fr": (["Gaëlle", "Anne-Sophie", "Jean-Baptiste", "Thibault", "Maëlys", "Clémence", "Yannick", "Ségolène",
            "Loïc", "Océane", "Benoît", "Solène", "Aurélien", "Françoise", "Noémie", "Hervé"],
           ["Lefèvre", "Desrochers", "Garnier", "Bouchard", "Benali", "Diallo", "Le Goff", "Dufresne", "Rousseau",
            "Lemoine", "Perrin", "Boulanger", "Charpentier", "Mercier", "Fontaine", "Kerhervé"]),
    "es": (["María José", "Xiomara", "Yesenia", "Joaquín", "Iñaki", "Ainhoa", "Guadalupe", "Ximena", "Rodrigo",
            "Nahuel", "Consuelo", "Jesús", "Maite", "Rocío", "Álvaro", "Milagros", "Dolores", "Amparo"],
           ["Etxeberria", "Quispe", "Villalobos", "Hernández Ruiz", "Gutiérrez", "Mamani", "Zúñiga", "Ocampo",
            "Fernández", "Sánchez", "Iglesias", "Del Río", "Peña", "Montoya", "Cardona", "Salazar"]),
    "pt": (["João Pedro", "Thaís", "Luana", "Mateus", "Conceição", "Gonçalo", "Rayssa", "Wellington", "Inês",
            "Tiago", "Glória", "Cleide", "Ana Beatriz", "Rui", "Jéssica", "Graça"],
           ["Nascimento", "Albuquerque", "Gonçalves", "Carvalho", "Magalhães", "dos Santos", "Figueiredo",
            "Pereira", "Rocha", "Moreira", "Cunha", "Batista", "Sampaio", "Loureiro"]),
    "it": (["Gianluca", "Chiara", "Salvatore", "Ilaria", "Donatella", "Ottavio", "Benedetta", "Pasquale",
            "Giuseppina", "Lorenzo", "Rosaria", "Domenico", "Nunzia", "Vittoria"],
           ["Esposito", "Lo Presti", "D'Ambrosio", "Bianchi", "Ferraro", "Caruso", "Santoro", "De Luca",
            "Russo", "Marchetti", "Colombo", "Gallo", "Fontana", "Pellegrino"]),
    "nl": (["Sanne", "Joost", "Maartje", "Bram", "Femke", "Wouter", "Anouk", "Gerrit", "Ilse", "Sjoerd", "Lieke",
            "Thijs", "Marloes", "Hendrik"],
           ["van der Berg", "de Vries", "Bakker", "Jansen", "van Dijk", "Visser", "Smit", "de Groot", "Mulder",
            "van Leeuwen", "Kuipers", "Dekker", "Verhoeven", "Brouwer"]),
    "pl": (["Grzegorz", "Małgorzata", "Krzysztof", "Agnieszka", "Wojciech", "Zofia", "Bartosz", "Jadwiga",
            "Łukasz", "Ewelina", "Przemysław", "Katarzyna"],
           ["Wiśniewski", "Kowalczyk", "Szymańska", "Brzęczyszczykiewicz", "Wróbel", "Zając", "Dąbrowski",
            "Lewandowska", "Kamińska", "Nowicki", "Pawlak", "Grabowska"]),
    "cz": (["Petra", "Jiří", "Lenka", "Tomáš", "Zdeňka", "Ondřej", "Zsófia", "Balázs", "Eszter", "Gábor",
            "Marek", "Jana"],
           ["Novák", "Dvořák", "Kovács", "Szabó", "Horváth", "Procházková", "Černý", "Nagy", "Tóth", "Veselá",
            "Kučera", "Farkas"]),
    "nordic": (["Sven", "Ingrid", "Astrid", "Håkon", "Sigrid", "Mikael", "Elin", "Johanna", "Aino", "Juha",
                "Tuomas", "Satu", "Bjørn", "Freja", "Kasper", "Maja", "Eero", "Solveig"],
               ["Lindqvist", "Halvorsen", "Kristiansen", "Mäkinen", "Virtanen", "Nieminen", "Sjöberg", "Bergström",
                "Østergaard", "Jørgensen", "Korhonen", "Haugland", "Nyström", "Laaksonen", "Thorsen", "Eriksson"]),
    "tr": (["Ayşe", "Mehmet", "Emre", "Zeynep", "Gökhan", "Elif", "Burak", "Şükrü", "Gülşen", "Oğuz", "Hülya",
            "Çağla"],
           ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Kaya", "Doğan", "Arslan", "Koç", "Kurt", "Özdemir",
            "Erdoğmuş"]),
    "sa": (["Priya", "Venkatesh", "Harpreet", "Ananya", "Sandeep", "Lakshmi", "Arjun", "Deepika", "Rohit",
            "Imran", "Kavya", "Gurpreet", "Nandini", "Siddharth", "Meenakshi", "Sunil"],
           ["Raghunathan", "Iyer", "Kaur", "Bhattacharya", "Kulkarni", "Narayanan", "Mehta", "Chatterjee", "Reddy",
            "Siddiqui", "Gill", "Pillai", "Deshpande", "Banerjee", "Qureshi", "Sandhu"]),
    "wa": (["Chukwuemeka", "Adaeze", "Oluwaseun", "Kwame", "Ama", "Fatoumata", "Aminata", "Babajide", "Ngozi",
            "Kofi", "Yaw", "Folake", "Emeka", "Abena", "Ousmane", "Chiamaka", "Tunde", "Efua"],
           ["Okafor", "Nwosu", "Adeyemi", "Mensah", "Owusu", "Diallo", "Traoré", "Ogunleye", "Eze", "Boateng",
            "Asante", "Okonkwo", "Balogun", "Ndiaye", "Oyelaran", "Achebe", "Danso", "Coulibaly"]),
    "ea": (["Wanjiru", "Baraka", "Achieng", "Kipchoge", "Neema", "Otieno", "Zawadi", "Juma"],
           ["Kamau", "Odhiambo", "Mwangi", "Wambui", "Njoroge", "Mutua", "Chebet", "Omondi"]),
    "vi": (["Lan", "Minh", "Thu Hà", "Hoàng Nam", "Ngọc Anh", "Quang Huy", "Thảo", "Đức"],
           ["Nguyễn Thị", "Trần Văn", "Phạm", "Lê", "Hoàng", "Vũ", "Đặng", "Bùi"]),
    "id": (["Siti", "Budi", "Dewi", "Agus", "Rizky", "Putri", "Wahyu", "Ratna", "Eko", "Fitri"],
           ["Rahmawati", "Santoso", "Lestari", "Wibowo", "Pratama", "Hidayat", "Saputra", "Kusuma", "Nugroho",
            "Siregar"]),
    "latam": (["Yuridia", "Brayan", "Luz Marina", "Wilmer", "Dayana", "Jhon Fredy", "Guadalupe", "Esteban",
               "Itzel", "Maricruz", "Neymar", "Kevin Andrés"],
              ["Quispe", "Mamani", "Huamán", "Cárdenas", "Ramírez", "Ospina", "Chávez", "Londoño", "Galeano",
               "Tapia", "Benítez", "Restrepo"]),
}

# native script pools: (native given, native family, latin given, latin family)
NAT = {
    "ja": [("宏", "田中", "Hiroshi", "Tanaka"), ("由紀", "佐藤", "Yuki", "Sato"), ("美咲", "鈴木", "Misaki", "Suzuki"),
           ("健太", "高橋", "Kenta", "Takahashi"), ("陽子", "渡辺", "Yoko", "Watanabe"), ("翔", "伊藤", "Sho", "Ito"),
           ("直樹", "山本", "Naoki", "Yamamoto"), ("恵", "中村", "Megumi", "Nakamura"), ("大輔", "小林", "Daisuke", "Kobayashi"),
           ("彩", "加藤", "Aya", "Kato"), ("真一", "吉田", "Shinichi", "Yoshida"), ("千尋", "松本", "Chihiro", "Matsumoto")],
    "zh": [("芳", "王", "Fang", "Wang"), ("伟", "李", "Wei", "Li"), ("晓玲", "张", "Xiaoling", "Zhang"),
           ("洋", "刘", "Yang", "Liu"), ("家豪", "陈", "Jiahao", "Chen"), ("静", "杨", "Jing", "Yang"),
           ("子涵", "黄", "Zihan", "Huang"), ("浩然", "赵", "Haoran", "Zhao"), ("梓萱", "周", "Zixuan", "Zhou"),
           ("建国", "吴", "Jianguo", "Wu"), ("美华", "徐", "Meihua", "Xu"), ("志强", "孙", "Zhiqiang", "Sun")],
    "ko": [("민준", "김", "Min-jun", "Kim"), ("서연", "이", "Seo-yeon", "Lee"), ("지우", "박", "Ji-woo", "Park"),
           ("하은", "최", "Ha-eun", "Choi"), ("도윤", "정", "Do-yoon", "Jung"), ("수빈", "강", "Su-bin", "Kang"),
           ("예준", "조", "Ye-jun", "Cho"), ("지민", "윤", "Ji-min", "Yoon"), ("은지", "임", "Eun-ji", "Lim"),
           ("현우", "한", "Hyun-woo", "Han")],
    "ru": [("Дмитрий", "Соколов", "Dmitry", "Sokolov"), ("Юлия", "Иванова", "Yulia", "Ivanova"),
           ("Сергей", "Кузнецов", "Sergey", "Kuznetsov"), ("Анна", "Смирнова", "Anna", "Smirnova"),
           ("Алексей", "Волков", "Alexey", "Volkov"), ("Екатерина", "Морозова", "Ekaterina", "Morozova"),
           ("Игорь", "Лебедев", "Igor", "Lebedev"), ("Наталья", "Козлова", "Natalya", "Kozlova"),
           ("Роман", "Белов", "Roman", "Belov"), ("Ольга", "Зайцева", "Olga", "Zaitseva")],
    "uk": [("Оксана", "Мельник", "Oksana", "Melnyk"), ("Тарас", "Гнатюк", "Taras", "Hnatiuk"),
           ("Олена", "Петренко", "Olena", "Petrenko"), ("Богдан", "Коваленко", "Bohdan", "Kovalenko"),
           ("Ірина", "Бондаренко", "Iryna", "Bondarenko"), ("Андрій", "Ткачук", "Andrii", "Tkachuk"),
           ("Наталія", "Савчук", "Nataliia", "Savchuk"), ("Василь", "Кравець", "Vasyl", "Kravets"),
           ("Соломія", "Левчук", "Solomiia", "Levchuk"), ("Юрій", "Дячук", "Yurii", "Diachuk")],
    "ar": [("محمد", "الحربي", "Mohammed", "Al-Harbi"), ("فاطمة", "بن علي", "Fatima", "Benali"),
           ("يوسف", "العمراني", "Youssef", "El Amrani"), ("نور", "حداد", "Nour", "Haddad"),
           ("ليلى", "منصور", "Layla", "Mansour"), ("خالد", "المزروعي", "Khalid", "Al Mazrouei"),
           ("عمر", "فاروق", "Omar", "Farouk"), ("سارة", "القحطاني", "Sara", "Al-Qahtani"),
           ("أحمد", "الشامسي", "Ahmed", "Al Shamsi"), ("مريم", "الكعبي", "Mariam", "Al Kaabi"),
           ("هشام", "بنعيسى", "Hicham", "Benaissa"), ("رنا", "الخطيب", "Rana", "Al-Khatib")],
    "hi": [("प्रिया", "शर्मा", "Priya", "Sharma"), ("अर्जुन", "मेहता", "Arjun", "Mehta"),
           ("सुनीता", "देवी", "Sunita", "Devi"), ("राहुल", "वर्मा", "Rahul", "Verma"),
           ("अनीता", "यादव", "Anita", "Yadav"), ("विकास", "गुप्ता", "Vikas", "Gupta"),
           ("पूजा", "सिंह", "Pooja", "Singh"), ("मनोज", "तिवारी", "Manoj", "Tiwari")],
}

FAKER_FOR = {"us": "en_US", "gb": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT",
             "pt": "pt_BR", "nl": "nl_NL", "pl": "pl_PL", "nordic": "sv_SE", "latam": "es_MX", "tr": "tr_TR"}


class Person(object):
    def __init__(self, given, family, east=False, sep=" ", lat_given=None, lat_family=None, culture=""):
        self.given, self.family, self.east, self.sep = given, family, east, sep
        self.lat_given = lat_given or given
        self.lat_family = lat_family or family
        self.culture = culture

    @property
    def full(self):
        return (self.family + self.sep + self.given) if self.east else (self.given + self.sep + self.family)

    @property
    def latin(self):
        return self.lat_given + " " + self.lat_family

    @property
    def formal(self):
        return self.family + ", " + self.given

    @property
    def initial(self):
        return self.given[0] + ". " + self.family

    @property
    def first(self):
        return self.given.split(" ")[0]


def person(culture=None):
    if culture is None:
        culture = C(list(LAT.keys()) + ["ja_l", "zh_l", "ko_l", "ru_l", "uk_l", "ar_l", "hi_l"])
    if culture.endswith("_l"):
        g, f, lg, lf = C(NAT[culture[:-2]])
        if culture[:-2] in ("ja", "zh", "ko") and chance(0.5):
            return Person(lg, lf, east=True, culture=culture)
        return Person(lg, lf, culture=culture)
    if culture in NAT:
        g, f, lg, lf = C(NAT[culture])
        if culture == "ja":
            return Person(g, f, east=True, sep=C([" ", "", "\u3000"]), lat_given=lg, lat_family=lf, culture=culture)
        if culture in ("zh", "ko"):
            return Person(g, f, east=True, sep="", lat_given=lg, lat_family=lf, culture=culture)
        return Person(g, f, lat_given=lg, lat_family=lf, culture=culture)
    gl, fl = LAT[culture]
    if culture in FAKER_FOR and FAKER_FOR[culture] in _FK and chance(0.25):
        fk = _FK[FAKER_FOR[culture]]
        g, f = fk.first_name(), fk.last_name()
    else:
        g, f = C(gl), C(fl)
    if culture == "vi":
        return Person(g, f, east=True, culture=culture)
    return Person(g, f, culture=culture)


def mixed_person():
    return person(C(["us", "gb", "wa", "sa", "latam", "pl", "cz", "nordic", "ar_l", "zh_l", "ko_l", "ja_l",
                     "de", "fr", "tr", "ea", "uk_l", "ru_l", "es", "pt", "it", "nl", "id", "vi"]))


# ---------------------------------------------------------------------------
# e-mail addresses
# ---------------------------------------------------------------------------
MAILDOM = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "aol.com", "btinternet.com",
           "comcast.net", "proton.me"],
    "de": ["web.de", "gmx.net", "t-online.de", "gmx.at", "posteo.de", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["sapo.pt", "uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
    "cs": ["seznam.cz", "centrum.cz", "email.cz"],
    "nordic": ["telia.com", "online.no", "gmail.com", "hotmail.se", "kolumbus.fi"],
    "tr": ["yandex.com.tr", "hotmail.com", "gmail.com"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "ukr.net", "i.ua"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net"],
    "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "ar": ["hotmail.com", "gmail.com", "outlook.sa", "yahoo.com"],
}


def email_for(p, region="en", style=None):
    g = re.sub(r"[^a-z]", "", fold(p.lat_given).lower()) or "user"
    f = re.sub(r"[^a-z]", "", fold(p.lat_family).lower()) or "mail"
    style = style if style is not None else RI(0, 7)
    if style == 0:
        local = g + "." + f
    elif style == 1:
        local = g[0] + f + str(RI(70, 99))
    elif style == 2:
        local = f + "_" + g
    elif style == 3:
        local = g + f[0] + str(RI(1, 999))
    elif style == 4:
        local = g + "-" + f
    elif style == 5:
        local = f + g[0] + str(RI(2000, 2011))
    elif style == 6:
        local = g + "." + f + "." + str(RI(1, 99))
    else:
        local = g[:3] + f[:4] + str(RI(10, 99))
    if region == "zh" and chance(0.5):
        return digits(RI(8, 10)).lstrip("0") + "@qq.com"
    return local + "@" + C(MAILDOM.get(region, MAILDOM["en"]))


# ---------------------------------------------------------------------------
# phones: national / international patterns per country
# ---------------------------------------------------------------------------
PHONES = {
    "US": (["(MN#) M##-####", "MN#-M##-####", "MN#.M##.####", "1-MN#-M##-####"], ["+1 MN# M##-####", "+1 (MN#) M##-####"]),
    "CA": (["(MN#) M##-####", "MN#-M##-####"], ["+1 MN# M##-####"]),
    "GB": (["07### ######", "07### ### ###", "020 7### ####", "0161 ### ####", "0113 ### ####", "029 20## ####"],
           ["+44 7### ######", "+44 (0)20 7### ####", "+44 113 ### ####"]),
    "IE": (["08N ### ####", "01 ### ####", "021 ### ####"], ["+353 8N ### ####"]),
    "DE": (["0151 ########", "0176 #######", "030 / ### ### ##", "0341 ######", "089 ########", "0221-#######"],
           ["+49 151 ########", "+49 30 ########", "+49 (0)40 #######"]),
    "AT": (["0664 ### ## ##", "01 ### ## ##", "0316 ######"], ["+43 664 #######", "+43 1 ### ####"]),
    "CH": (["079 ### ## ##", "044 ### ## ##", "022 ### ## ##"], ["+41 79 ### ## ##", "+41 44 ### ## ##"]),
    "FR": (["06 ## ## ## ##", "07 ## ## ## ##", "01.##.##.##.##", "04 7# ## ## ##", "0N########"],
           ["+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##"]),
    "BE": (["047# ## ## ##", "02 ### ## ##"], ["+32 47# ## ## ##"]),
    "NL": (["06-########", "06 ## ## ## ##", "020 - ### ####", "010-#######"], ["+31 6 ########", "+31 20 ### ####"]),
    "ES": (["6## ## ## ##", "6## ### ###", "91 ### ## ##", "93 ### ## ##"], ["+34 6## ### ###", "+34 91 ### ## ##"]),
    "PT": (["91# ### ###", "96# ### ###", "21# ### ###"], ["+351 91# ### ###"]),
    "IT": (["3## ### ####", "3##/#######", "02 #### ####", "06 ########", "081 ### ####"], ["+39 3## ### ####", "+39 02 #### ####"]),
    "PL": (["5## ### ###", "6## ### ###", "22 ### ## ##", "(42) ### ## ##"], ["+48 5## ### ###", "+48 22 ### ## ##"]),
    "CZ": (["6## ### ###", "7## ### ###"], ["+420 6## ### ###", "+420 2## ### ###"]),
    "HU": (["06 30 ### ####", "06 20 ### ####", "06 1 ### ####"], ["+36 30 ### ####", "+36 1 ### ####"]),
    "SE": (["07#-### ## ##", "08-### ### ##", "031-## ## ##"], ["+46 7# ### ## ##", "+46 8 ### ### ##"]),
    "NO": (["9## ## ###", "4## ## ###", "22 ## ## ##"], ["+47 9## ## ###", "+47 22 ## ## ##"]),
    "DK": (["2# ## ## ##", "3# ## ## ##", "5# ## ## ##"], ["+45 2# ## ## ##", "+45 33 ## ## ##"]),
    "FI": (["040 ### ####", "050 ### ####", "09 ### ####"], ["+358 40 ### ####", "+358 9 ### ####"]),
    "TR": (["05## ### ## ##", "0 (5##) ### ## ##", "0212 ### ## ##"], ["+90 5## ### ## ##", "+90 (212) ### ## ##"]),
    "RU": (["8 (9##) ###-##-##", "8-9##-###-##-##", "8 (495) ###-##-##"], ["+7 9## ###-##-##", "+7 (812) ###-##-##"]),
    "UA": (["06# ### ## ##", "09# ### ## ##", "(044) ### ## ##"], ["+380 6# ### ## ##", "+380 44 ### ####"]),
    "JP": (["090-####-####", "080-####-####", "03-####-####", "06-####-####", "092-###-####"], ["+81 90-####-####", "+81 3-####-####"]),
    "CN": (["13# #### ####", "18#########", "021-6###-####", "010-8#######"], ["+86 13# #### ####", "+86 21 6### ####"]),
    "KR": (["010-####-####", "02-###-####", "051-###-####"], ["+82 10-####-####", "+82 2-###-####"]),
    "IN": (["9#### #####", "8#########", "080-2### ####", "022 2### ####"], ["+91 9#### #####", "+91-8#########"]),
    "AE": (["05# ### ####", "04 ### ####"], ["+971 5# ### ####", "+971 4 ### ####"]),
    "SA": (["05# ### ####", "011 ### ####"], ["+966 5# ### ####"]),
    "EG": (["010 #### ####", "012########"], ["+20 10 #### ####"]),
    "NG": (["080# ### ####", "070# ### ####", "081########"], ["+234 80# ### ####", "+234 (0)81 #### ####"]),
    "KE": (["07## ######", "07## ### ###"], ["+254 7## ######", "+254 7## ### ###"]),
    "GH": (["024 ### ####", "055 ### ####"], ["+233 24 ### ####"]),
    "ZA": (["08# ### ####", "021 ### ####", "011 ### ####"], ["+27 8# ### ####", "+27 21 ### ####"]),
    "BR": (["(11) 9####-####", "(21) 9####-####", "(31) 3###-####", "11 9####-####"], ["+55 11 9####-####", "+55 (21) 9####-####"]),
    "MX": (["55 #### ####", "33 #### ####", "(81) ####-####"], ["+52 55 #### ####", "+52 1 33 #### ####"]),
    "AR": (["11 15-####-####", "(011) 4###-####", "0341 15-###-####"], ["+54 9 11 ####-####"]),
    "CO": (["3## ### ####", "(601) ### ####"], ["+57 3## ### ####"]),
    "AU": (["04## ### ###", "(02) #### ####", "(03) 9### ####"], ["+61 4## ### ###", "+61 2 #### ####"]),
    "VN": (["09## ### ###", "03## ### ###", "028 3### ####"], ["+84 9## ### ###"]),
    "ID": (["08##-####-####", "08## #### ####", "(021) ####-####"], ["+62 8## #### ####", "+62 21 ####-####"]),
}


def e164(ph):
    return re.sub(r"[^\d+]", "", ph.replace("(0)", ""))


def phone(cc, intl=None):
    nat, itl = PHONES[cc]
    if intl is None:
        intl = chance(0.3)
    s = fill(C(itl if intl else nat))
    return s


EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGWORDS = {
    "en": EN_DIG,
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
SPOKEN_PHONES = [0]


def spoken(num, lang="en"):
    """Render a digit string the way a speech-to-text engine would write it."""
    SPOKEN_PHONES[0] += 1
    ds = [c for c in num if c.isdigit()]
    words = DIGWORDS[lang]
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        w = words[int(d)]
        if lang == "en" and d == "0" and chance(0.7):
            w = "oh"
        if lang == "en" and run >= 2 and chance(0.8):
            if run == 3 and chance(0.5):
                out.append("triple " + w)
                i += 3
                continue
            out.append("double " + w)
            i += 2
            continue
        if lang == "de" and d == "2" and chance(0.5):
            w = "zwo"
        out.append(w)
        i += 1
    return " ".join(out)


# ---------------------------------------------------------------------------
# cards, IBAN, SSN, IP
# ---------------------------------------------------------------------------
def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card_number(brand=None):
    brand = brand or C(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "mc2"])
    if brand == "visa":
        return luhn_complete("4" + digits(3), 16), brand
    if brand == "mc":
        return luhn_complete(str(RI(51, 55)), 16), brand
    if brand == "mc2":
        return luhn_complete(str(RI(2221, 2720)), 16), brand
    if brand == "amex":
        return luhn_complete(C(["34", "37"]), 15), brand
    if brand == "disc":
        return luhn_complete("6011", 16), brand
    return luhn_complete("35" + str(RI(28, 89)), 16), brand


def card_fmt(num, style=None):
    style = style if style is not None else C(["sp", "sp", "dash", "plain", "sp"])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "sp":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "plain":
        return num
    if style == "line":  # split across a line break
        k = len(groups) // 2
        return " ".join(groups[:k]) + "\n" + " ".join(groups[k:])
    if style == "dbl":
        return "  ".join(groups)
    raise ValueError(style)


def card(brand=None, style=None):
    return card_fmt(card_number(brand)[0], style)


IBAN_BBAN = {
    "DE": "##################", "AT": "################", "CH": "#####@@@@########", "FR": "#######################",
    "BE": "############", "NL": "@@@@##########", "ES": "####################", "PT": "#####################",
    "IT": "@######################", "PL": "########################", "CZ": "####################",
    "HU": "########################", "SE": "####################", "NO": "###########", "DK": "##############",
    "FI": "##############", "GB": "@@@@##############", "IE": "@@@@##############", "TR": "#####0################",
    "AE": "###################", "SA": "######################", "UA": "###########################",
    "LU": "################", "HR": "#################", "RO": "@@@@################",
}
NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]


def iban_raw(cc):
    pat = IBAN_BBAN[cc]
    if cc == "NL":
        bban = C(NL_BANKS) + fill("##########")
    elif cc == "GB":
        bban = C(GB_BANKS) + fill("##############")
    elif cc == "IE":
        bban = C(IE_BANKS) + fill("##############")
    elif cc == "IT":
        bban = C("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + fill("######################")
    else:
        bban = fill(pat)
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_fmt(raw, style=None):
    style = style if style is not None else C(["sp", "sp", "plain", "sp"])
    groups = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    if style == "sp":
        return " ".join(groups)
    if style == "plain":
        return raw
    if style == "line":
        k = len(groups) // 2
        return " ".join(groups[:k]) + "\n" + " ".join(groups[k:])
    if style == "lower":
        return " ".join(groups).lower()
    raise ValueError(style)


def iban(cc, style=None):
    return iban_fmt(iban_raw(cc), style)


def ssn(style=None):
    while True:
        a = RI(1, 899)
        if a != 666:
            break
    g, s = RI(1, 99), RI(1, 9999)
    style = style or C(["dash", "dash", "dash", "space", "plain"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (a, g, s)
    if style == "wide":
        return "%03d - %02d - %04d" % (a, g, s)
    raise ValueError(style)


def ipv4(private=None):
    if private is None:
        private = chance(0.2)
    if private:
        return C(["10.%d.%d.%d" % (RI(0, 255), RI(0, 255), RI(2, 254)),
                  "192.168.%d.%d" % (RI(0, 20), RI(2, 254)),
                  "172.%d.%d.%d" % (RI(16, 31), RI(0, 255), RI(2, 254))])
    while True:
        a = C([31, 37, 46, 62, 77, 78, 79, 81, 82, 84, 86, 88, 89, 91, 93, 94, 95, 101, 103, 109, 110, 112, 116,
               119, 121, 154, 176, 178, 181, 185, 186, 188, 195, 197, 201, 203, 212, 213, 217, 223])
        return "%d.%d.%d.%d" % (a, RI(0, 255), RI(0, 255), RI(1, 254))


def ipv6():
    pre = C(["2a02:8108", "2a01:cb1d", "2600:1700", "2601:0646", "2001:4860", "2a00:23c5", "2406:da14",
             "2804:14c", "2a0e:1c80", "2405:201", "240e:3b7"])
    rest = ["%x" % RI(0, 0xffff) for _ in range(RI(2, 6))]
    if chance(0.5):
        return pre + ":" + ":".join(rest[:2]) + "::" + ":".join(rest[2:] or ["1"])
    while len(rest) < 6:
        rest.append("%x" % RI(0, 0xffff))
    return pre + ":" + ":".join(rest[:6])


# ---------------------------------------------------------------------------
# distractors
# ---------------------------------------------------------------------------
def order_no():
    return fill(C(["#10####", "ORD-#####-##", "SO-20##-######", "A#########", "WEB#######", "PO #####/##",
                   "R\\MA-####-####", "CS-######", "I\\NC0######", "TKT-######"]))


def tracking():
    return fill(C(["1Z###@##########", "JD0000########", "JJD00########## ", "RR######N##GB", "LX###########DE",
                   "9400 1### #### #### #### ##", "00340434#########", "CP#########FR", "7720 ####### ", "SF##########"])).strip()


def case_id():
    return fill(C(["#######", "CAS-######-@@##", "SR-##-#####", "T########", "I\\NC-#####", "HD#######",
                   "ESC-####", "C-####-##-####"]))


def amount(cur="EUR"):
    v = "%d.%02d" % (RI(3, 1800), RI(0, 99))
    if cur == "EUR":
        return C(["€" + v, v + " €", v.replace(".", ",") + " €", "EUR " + v])
    if cur == "GBP":
        return "£" + v
    if cur == "USD":
        return "$" + v
    return v + " " + cur


def date_en():
    m = C(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    return C(["%02d/%02d/20%d" % (RI(1, 12), RI(1, 28), RI(23, 26)), "%d %s 20%d" % (RI(1, 28), m, RI(23, 26)),
              "20%d-%02d-%02d" % (RI(23, 26), RI(1, 12), RI(1, 28)), "%s %d" % (m, RI(1, 28))])


def date_num():
    return "%02d.%02d.20%d" % (RI(1, 28), RI(1, 12), RI(23, 26))


def iso_ts():
    return "20%d-%02d-%02dT%02d:%02d:%02dZ" % (RI(24, 26), RI(1, 12), RI(1, 28), RI(0, 23), RI(0, 59), RI(0, 59))


def hhmm():
    return "%02d:%02d" % (RI(7, 21), RI(0, 59))


def hhmmss():
    return "%02d:%02d:%02d" % (RI(7, 21), RI(0, 59), RI(0, 59))


def sku():
    return fill(C(["SKU-@@-####", "@@####-##", "##-####-@", "ART. ######", "EAN 40######## ##", "@###-@@"])).strip()


AGENT_BRANDS = ["Nimbus Mobile", "Harbourline Energy", "Parcelo", "Kestrel Broadband", "Brightwell Insurance",
                "Vantora Bank", "Loop & Thread", "Marlowe Home", "Quickfit Tyres", "Sunny Day Travel",
                "Orla Kitchens", "HomeHero Appliances", "Jasper Pet Supplies", "Victoria Plumbing Supplies"]
LOOKALIKE_BRANDS = ["Tommy Hilfiger", "Ted Baker", "Calvin Klein", "Ralph Lauren", "Hugo Boss", "Kate Spade",
                    "Dr. Martens", "Ben & Jerry's", "Marc O'Polo", "Jack Wolfskin", "Tory Burch", "Paul Smith",
                    "Carhartt", "Levi's", "Wendy's", "Dyson", "Miele", "Dr. Oetker", "Victoria's Secret",
                    "Jack Daniel's", "Mrs. Meyer's", "Sebastian Professional", "Aesop", "Ferragamo"]


# ---------------------------------------------------------------------------
# addresses, local order.  Each returns (lines, city, country_word)
# ---------------------------------------------------------------------------
def _a_us():
    city, st, z = C([("Chicago", "IL", "606"), ("Houston", "TX", "770"), ("Phoenix", "AZ", "850"),
                     ("Columbus", "OH", "432"), ("Charlotte", "NC", "282"), ("Denver", "CO", "802"),
                     ("Portland", "OR", "972"), ("Albuquerque", "NM", "871"), ("Tulsa", "OK", "741"),
                     ("Raleigh", "NC", "276"), ("Sacramento", "CA", "958"), ("Milwaukee", "WI", "532"),
                     ("Newark", "NJ", "071"), ("Baton Rouge", "LA", "708"), ("Boise", "ID", "837"),
                     ("Spokane", "WA", "992"), ("Queens", "NY", "113")])
    street = "%d %s %s" % (RI(12, 9870), C(["Maple", "Oak Ridge", "W Fullerton", "Sycamore", "N Wolcott", "Magnolia",
                                           "E 14th", "Pinecrest", "Lakeview", "Old Mill", "Willow Bend", "S Congress",
                                           "Juniper", "Harmony", "Cedar Hollow", "Briarwood", "MLK Jr"]),
                           C(["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Pkwy", "Way"]))
    unit = C(["Apt 2R", "Unit 114", "#3B", "Apt 7", "Ste 210", "", "", "", "Apt %d" % RI(1, 40)])
    l1 = street + (" " + unit if unit else "")
    return [l1, "%s, %s %s%s" % (city, st, z, digits(2))], city, C(["USA", "US", "United States"])


def _uk_pc(area):
    return area + str(RI(1, 19)) + " " + str(RI(1, 9)) + C("ABDEFGHJLNPQRSTUWXYZ") + C("ABDEFGHJLNPQRSTUWXYZ")


def _a_gb():
    city, area = C([("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"),
                    ("Norwich", "NR"), ("Sheffield", "S"), ("Leicester", "LE"), ("Brighton", "BN"), ("Coventry", "CV"),
                    ("Swansea", "SA"), ("Aberdeen", "AB")])
    street = "%d %s" % (RI(1, 240), C(["Mafeking Road", "Harehills Lane", "Victoria Terrace", "Albion Street",
                                      "Cowley Road", "Chapel Walk", "Station Approach", "Kingsway", "Brunswick Place",
                                      "Clarendon Grove", "Meadow View", "St Mark's Close", "Jubilee Crescent"]))
    unit = C(["Flat %d" % RI(1, 12), "Flat %dB" % RI(1, 6), "Ground Floor Flat", "", "", ""])
    lines = ([unit + ", " + street] if unit else [street])
    if chance(0.3):
        lines.append(C(["Roath", "Headingley", "Gorseinon", "Hyde Park", "Easton", "Kelvinside", "Fallowfield"]))
    lines += [city.upper() if chance(0.4) else city, _uk_pc(area)]
    return lines, city, C(["UK", "United Kingdom", "England"]) if city not in ("Cardiff", "Swansea", "Glasgow", "Aberdeen") else C(["UK", "United Kingdom"])


def _a_ie():
    city, county, ek = C([("Ballincollig", "Co. Cork", "P31"), ("Salthill", "Co. Galway", "H91"),
                          ("Dublin 8", "", "D08"), ("Castletroy", "Co. Limerick", "V94"), ("Bray", "Co. Wicklow", "A98")])
    l1 = "%d %s" % (RI(1, 120), C(["Ashgrove Park", "Church Road", "Bóthar na Trá", "The Paddocks", "Main Street"]))
    last = (county + " " if county else "") + ek + " " + fill("@#@#").upper()
    return [l1, city, last], city.replace(" 8", ""), "Ireland"


def _a_de():
    city, pc = C([("Berlin", "109"), ("Leipzig", "041"), ("Köln", "506"), ("Freiburg im Breisgau", "790"),
                  ("Hamburg", "227"), ("München", "804"), ("Bremen", "281"), ("Dresden", "010"), ("Mainz", "551"),
                  ("Kiel", "241"), ("Nürnberg", "904"), ("Münster", "481"), ("Bochum", "447")])
    st = C(["Lindenstraße", "Hauptstr.", "Am Mühlbach", "Schönhauser Allee", "Bergmannstraße", "Kastanienweg",
            "Friedrich-Ebert-Str.", "Goethestraße", "Zur Alten Ziegelei", "Im Winkel", "Sonnenstraße", "Nordring",
            "Karl-Heine-Straße", "Wilhelmstr."])
    l1 = "%s %d%s" % (st, RI(1, 160), C(["", "", "a", " b", "-3"]))
    lines = [l1]
    if chance(0.3):
        lines.append(C(["Hinterhaus, 3. OG", "2. OG links", "Whg. 14", "Seitenflügel", "c/o Werkstatt"]))
    lines.append(pc + digits(2) + " " + city)
    return lines, city, "Deutschland"


def _a_at():
    city, pc = C([("Wien", "1070"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020")])
    st = C(["Mariahilfer Straße", "Neubaugasse", "Annenstraße", "Landstraßer Hauptstraße", "Herrengasse"])
    return ["%s %d/%d/%d" % (st, RI(1, 130), RI(1, 4), RI(1, 22)), pc + " " + city], city, "Österreich"


def _a_ch():
    city, pc, st = C([("Zürich", "8004", "Langstrasse"), ("Genève", "1201", "Rue de Lausanne"), ("Bern", "3011", "Kramgasse"),
                      ("Basel", "4051", "Spalenberg"), ("Lausanne", "1004", "Avenue de France")])
    return ["%s %d" % (st, RI(1, 90)), pc + " " + city], city, C(["Schweiz", "Suisse"])


def _a_fr():
    city, pc = C([("Strasbourg", "67000"), ("Lyon", "69008"), ("Marseille", "13006"), ("Nantes", "44000"),
                  ("Toulouse", "31000"), ("Lille", "59000"), ("Rennes", "35000"), ("Montpellier", "34000"),
                  ("Bordeaux", "33000"), ("Grenoble", "38000"), ("Roubaix", "59100")])
    st = C(["rue des Tanneurs", "avenue Jean Jaurès", "boulevard de la Liberté", "allée des Tilleuls",
            "rue du Faubourg Saint-Antoine", "impasse des Lilas", "place du Marché", "chemin des Vignes",
            "rue Nationale", "quai de la Fosse"])
    l1 = "%d%s %s" % (RI(1, 180), C(["", "", " bis", " ter"]), st)
    lines = []
    if chance(0.4):
        lines.append(C(["Bât. C", "Résidence Les Cèdres", "Apt 14", "3e étage porte gauche", "Esc. B"]))
    lines += [l1, pc + " " + (city.upper() if chance(0.6) else city)]
    return lines, city, "France"


def _a_be():
    city, pc, st = C([("Bruxelles", "1000", "Rue Haute"), ("Liège", "4000", "Rue Saint-Gilles"), ("Gent", "9000", "Veldstraat"),
                      ("Antwerpen", "2000", "Meir"), ("Namur", "5000", "Chaussée de Louvain")])
    return ["%s %d%s" % (st, RI(1, 200), C(["", " bte 3", " bus 2"])), pc + " " + city], city, C(["Belgique", "België"])


def _a_nl():
    city = C(["Amsterdam", "Utrecht", "Rotterdam", "Groningen", "Eindhoven", "Haarlem", "Den Haag", "Nijmegen", "Zwolle"])
    st = C(["Van Woustraat", "Oudegracht", "Witte de Withstraat", "Herestraat", "Stratumseind", "Kruisweg",
            "Prinsegracht", "Molenstraat", "Burgemeester de Raadtsingel"])
    nr = C(["%d-2" % RI(1, 300), "%dA" % RI(1, 90), "%d hs" % RI(1, 90), "%d-III" % RI(1, 90), str(RI(1, 250))])
    pc = "%d %s" % (RI(1011, 9999), fill("@@"))
    return [st + " " + nr, pc + " " + (city.upper() if chance(0.3) else city)], city, "Nederland"


def _a_es():
    city, pc = C([("Barcelona", "080"), ("Madrid", "280"), ("Sevilla", "410"), ("Valencia", "460"), ("Bilbao", "480"),
                  ("Zaragoza", "500"), ("Málaga", "290"), ("Granada", "180"), ("Vigo", "362")])
    st = C(["C/ de Sants", "Avda. de la Constitución", "Calle Mayor", "Paseo de las Delicias", "C/ Alcalá",
            "Ronda de Sant Pere", "Calle San Vicente Mártir", "Travesía del Arenal", "C/ Urzáiz"])
    fl = C(["%dº %dª" % (RI(1, 8), RI(1, 4)), "Bajo B", "%dº Izq." % RI(1, 9), "%dº Dcha." % RI(1, 9), "esc. 2, %dº C" % RI(1, 7)])
    l1 = "%s, %d, %s" % (st, RI(1, 320), fl)
    last = pc + digits(2) + " " + city
    if chance(0.3):
        last += " (" + {"Bilbao": "Bizkaia", "Vigo": "Pontevedra"}.get(city, city) + ")"
    return [l1, last], city, "España"


def _a_pt():
    city, pc, st = C([("Porto", "4050", "Rua da Boavista"), ("Lisboa", "1250", "Av. da Liberdade"), ("Braga", "4700", "Rua Direita"),
                      ("Coimbra", "3000", "Rua Ferreira Borges"), ("Faro", "8000", "Rua de Santo António")])
    return ["%s %d, %d.º %s" % (st, RI(1, 900), RI(1, 6), C(["Esq.", "Dto.", "Frente"])), "%s-%03d %s" % (pc, RI(1, 999), city)], city, "Portugal"


def _a_it():
    city, pc, pr = C([("Torino", "101", "TO"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Bologna", "401", "BO"),
                      ("Palermo", "901", "PA"), ("Bari", "701", "BA"), ("Firenze", "501", "FI"), ("Verona", "371", "VR")])
    st = C(["Via Giuseppe Garibaldi", "Corso Buenos Aires", "Via dei Tribunali", "Via Zamboni", "Piazza Castelnuovo",
            "Via Roma", "Vicolo del Pozzo", "Viale Monza", "Via Sparano da Bari"])
    l1 = "%s %d%s" % (st, RI(1, 220), C(["", "", "/B", ", scala B, int. 7", ", int. 3"]))
    last = "%s%02d %s %s" % (pc, RI(0, 99), city, C(["(%s)" % pr, pr]))
    return [l1, last], city, "Italia"


def _a_pl():
    city, pc = C([("Łódź", "90"), ("Kraków", "31"), ("Warszawa", "00"), ("Wrocław", "50"), ("Gdańsk", "80"), ("Poznań", "61")])
    st = C(["ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie", "ul. Świętokrzyska", "ul. Mickiewicza", "os. Bohaterów Września"])
    nr = C(["%d m. %d" % (RI(1, 200), RI(1, 60)), "%d/%d" % (RI(1, 200), RI(1, 60)), "%d%s" % (RI(1, 99), C(["A", "B", ""]))])
    return [st + " " + nr, "%s-%03d %s" % (pc, RI(1, 999), city)], city, "Polska"


def _a_cz():
    city, pc, dist = C([("Praha", "1%d0 00" % RI(0, 9), "Praha %d" % RI(2, 10)), ("Brno", "602 00", "Brno"),
                        ("Ostrava", "702 00", "Ostrava"), ("Plzeň", "301 00", "Plzeň")])
    st = C(["Vinohradská", "Husova", "Masarykova", "Nádražní", "Palackého"])
    return ["%s %d/%d" % (st, RI(100, 2900), RI(1, 240)), pc + " " + dist], city, "Česká republika"


def _a_hu():
    city, pc = C([("Budapest", "1065"), ("Debrecen", "4024"), ("Szeged", "6720"), ("Pécs", "7621")])
    st = C(["Bajcsy-Zsilinszky út", "Kossuth Lajos utca", "Petőfi tér", "Rákóczi út", "Váci út"])
    l = "%s %d. %s/%d." % (st, RI(1, 120), C(["II", "III", "fsz", "IV"]), RI(1, 12))
    if chance(0.5):
        return [city, l, pc], city, "Magyarország"
    return [pc + " " + city + ", " + l], city, "Magyarország"


def _a_se():
    city, pc = C([("Stockholm", "118 2"), ("Göteborg", "413 0"), ("Malmö", "211 2"), ("Uppsala", "753 2"), ("Umeå", "903 2")])
    st = C(["Götgatan", "Linnégatan", "Storgatan", "Södra Förstadsgatan", "Kungsgatan", "Västra Hamngatan"])
    l1 = "%s %d%s" % (st, RI(1, 120), C(["", ", lgh %d" % RI(1001, 1704), " lgh %d" % RI(1001, 1704)]))
    return [l1, pc + str(RI(0, 9)) + " " + (city.upper() if chance(0.6) else city)], city, "Sverige"


def _a_no():
    city, pc = C([("Oslo", "0552"), ("Bergen", "5003"), ("Trondheim", "7011"), ("Tromsø", "9008"), ("Stavanger", "4006")])
    st = C(["Thorvald Meyers gate", "Kongens gate", "Storgata", "Pedersgata", "Møllergata"])
    l1 = "%s %d%s" % (st, RI(1, 90), C(["", "B", ", H0%d0%d" % (RI(1, 5), RI(1, 4))]))
    return [l1, pc + " " + city.upper()], city, "Norge"


def _a_dk():
    city, pc = C([("København N", "2200"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Frederiksberg", "2000")])
    st = C(["Nørrebrogade", "Jægergårdsgade", "Vestergade", "Borgergade", "Gammel Kongevej"])
    return ["%s %d, %d. %s" % (st, RI(1, 220), RI(1, 5), C(["th.", "tv.", "mf."])), pc + " " + city], city.split(" ")[0], "Danmark"


def _a_fi():
    city, pc = C([("Helsinki", "00500"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100"), ("Jyväskylä", "40100")])
    st = C(["Hämeentie", "Hämeenkatu", "Aurakatu", "Kirkkokatu", "Kauppakatu"])
    return ["%s %d %s %d" % (st, RI(1, 80), C("ABC"), RI(1, 40)), pc + " " + city.upper()], city, "Suomi"


def _a_tr():
    city, ilce, pc, mah, cad = C([("İstanbul", "Kadıköy", "34710", "Caferağa Mah.", "Moda Cad."),
                                  ("Ankara", "Çankaya", "06690", "Kızılay Mah.", "Atatürk Blv."),
                                  ("İzmir", "Karşıyaka", "35560", "Bostanlı Mah.", "Cemal Gürsel Cad."),
                                  ("Bursa", "Nilüfer", "16110", "Ataevler Mah.", "Sakarya Sk."),
                                  ("İstanbul", "Beşiktaş", "34353", "Sinanpaşa Mah.", "Ihlamurdere Cad.")])
    l1 = "%s %s No: %d D: %d" % (mah, cad, RI(1, 200), RI(1, 30))
    return [l1, "%s %s/%s" % (pc, ilce, city)], city, "Türkiye"


def _a_ru():
    city, pc, st = C([("Москва", "1173", "ул. Профсоюзная"), ("Санкт-Петербург", "1910", "Невский пр."),
                      ("Казань", "4201", "ул. Баумана"), ("Новосибирск", "6300", "Красный пр."),
                      ("Екатеринбург", "6200", "ул. Малышева")])
    pcx = pc + digits(2)
    if chance(0.5):
        return ["%s, д. %d, кв. %d" % (st, RI(1, 140), RI(1, 300)), "г. %s" % city, pcx], city, "Россия"
    return ["%s, г. %s, %s, д. %d, корп. %d, кв. %d" % (pcx, city, st, RI(1, 140), RI(1, 4), RI(1, 300))], city, "Россия"


def _a_ua():
    city, pc, st = C([("Київ", "01001", "вул. Хрещатик"), ("Львів", "79008", "вул. Городоцька"),
                      ("Харків", "61002", "вул. Сумська"), ("Одеса", "65014", "вул. Дерибасівська"),
                      ("Дніпро", "49000", "просп. Яворницького")])
    return ["%s, %d, кв. %d" % (st, RI(1, 150), RI(1, 120)), "м. %s, %s" % (city, pc)], city, "Україна"


def _a_ua_lat():
    city, pc, st = C([("Kyiv", "01001", "vul. Khreshchatyk"), ("Lviv", "79008", "vul. Horodotska"),
                      ("Kharkiv", "61002", "vul. Sumska"), ("Odesa", "65014", "vul. Derybasivska")])
    return ["%s %d, kv. %d" % (st, RI(1, 150), RI(1, 120)), "%s %s" % (city, pc)], city, "Ukraine"


JA_PLACES = [("東京都", "渋谷区", "神宮前", "150-00", "東京", "Jingumae", "Shibuya-ku", "Tokyo"),
             ("大阪府", "大阪市北区", "梅田", "530-00", "大阪", "Umeda", "Kita-ku, Osaka", "Osaka"),
             ("神奈川県", "横浜市中区", "山下町", "231-00", "横浜", "Yamashitacho", "Naka-ku, Yokohama", "Yokohama"),
             ("福岡県", "福岡市中央区", "天神", "810-00", "福岡", "Tenjin", "Chuo-ku, Fukuoka", "Fukuoka"),
             ("北海道", "札幌市中央区", "北一条西", "060-00", "札幌", "Kita 1-jo Nishi", "Chuo-ku, Sapporo", "Sapporo"),
             ("愛知県", "名古屋市中村区", "名駅", "450-00", "名古屋", "Meieki", "Nakamura-ku, Nagoya", "Nagoya")]


def _a_jp():
    pref, ward, town, pc, city, *_ = C(JA_PLACES)
    pcx = pc + digits(2)
    bld = C(["ハイツ青山201号室", "メゾン桜 305", "グランドール天神 1102", "", "コーポ山田 2F", "サンハイム 4-B"])
    s = "%s%s%s%d丁目%d-%d" % (pref, ward, town, RI(1, 5), RI(1, 20), RI(1, 30))
    s = s + ((" " + bld) if bld else "")
    if chance(0.5):
        return ["〒" + pcx + " " + s], city, "日本"
    return ["〒" + pcx, s], city, "日本"


def _a_jp_lat():
    pref, ward, town, pc, city, rt, rw, rc = C(JA_PLACES)
    return ["%d-%d-%d %s" % (RI(1, 5), RI(1, 20), RI(1, 30), rt), "%s %s%s" % (rw, pc, digits(2))], rc, "Japan"


def _a_cn():
    city, dist, road, pc, short = C([("上海市", "浦东新区", "张杨路", "200122", "上海"), ("北京市", "朝阳区", "建国路", "100022", "北京"),
                                     ("广东省广州市", "天河区", "天河北路", "510620", "广州"), ("广东省深圳市", "南山区", "科技园南路", "518057", "深圳"),
                                     ("四川省成都市", "武侯区", "人民南路四段", "610041", "成都"), ("浙江省杭州市", "西湖区", "文三路", "310012", "杭州")])
    s = "%s%s%s%d号%d号楼%d室" % (city, dist, road, RI(1, 2000), RI(1, 12), RI(101, 2806))
    if chance(0.4):
        return [s + " " + pc], short, "中国"
    return [s], short, "中国"


def _a_kr():
    city, gu, ro, pc, short = C([("서울특별시", "마포구", "월드컵북로", "03925", "서울"), ("부산광역시", "해운대구", "해운대로", "48094", "부산"),
                                 ("서울특별시", "강남구", "테헤란로", "06236", "서울"), ("대구광역시", "중구", "동성로", "41940", "대구"),
                                 ("경기도 성남시", "분당구", "판교역로", "13529", "성남")])
    s = "%s %s %s %d, %d동 %d호" % (city, gu, ro, RI(1, 500), RI(101, 115), RI(101, 2304))
    return [s + " (" + pc + ")"], short, "대한민국"


def _a_in():
    city, state, pc, areas = C([("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Koramangala 5th Block", "HSR Layout", "Jayanagar 4th Block"]),
                                ("Mumbai", "Maharashtra", "4000", ["Andheri West", "Dadar East", "Powai"]),
                                ("Chennai", "Tamil Nadu", "6000", ["Adyar", "T. Nagar", "Anna Nagar"]),
                                ("Hyderabad", "Telangana", "5000", ["Banjara Hills", "Madhapur", "Kukatpally"]),
                                ("Pune", "Maharashtra", "4110", ["Kothrud", "Baner", "Viman Nagar"]),
                                ("Kolkata", "West Bengal", "7000", ["Salt Lake Sector V", "Ballygunge", "Behala"])])
    l1 = C(["Flat %d, %s" % (RI(101, 904), C(["Sai Krupa Apartments", "Prestige Lakeside", "Green Valley CHS", "Shanti Niwas"])),
            "No. %d, %s" % (RI(1, 400), C(["14th Cross", "2nd Main Road", "Gandhi Street", "MG Road"])),
            "H.No. %d-%d" % (RI(1, 12), RI(1, 400))])
    lines = [l1]
    if chance(0.4):
        lines.append(C(["Near Shiv Mandir", "Opp. HDFC Bank", "Behind Big Bazaar", "Landmark: water tank"]))
    lines += [C(areas), "%s, %s %s%02d" % (city, state, pc, RI(1, 99))]
    return lines, city, "India"


def _a_ae():
    city, areas = C([("Dubai", ["Al Barsha 2", "Jumeirah Village Circle", "Dubai Marina", "Al Nahda 1"]),
                     ("Abu Dhabi", ["Al Khalidiyah", "Al Reem Island"]), ("Sharjah", ["Al Majaz 3", "Al Taawun"])])
    l1 = C(["Villa %d, Street %d%s" % (RI(1, 80), RI(1, 40), C(["", "b", "a"])),
            "Apt %d, %s" % (RI(101, 3204), C(["Marina Crown Tower", "Al Zahia Building", "Sky Gardens", "Burj Views B"]))])
    return [l1, C(areas), city], city, C(["UAE", "United Arab Emirates"])


def _a_sa():
    return ["%d %s, %s" % (RI(1000, 9999), C(["Imam Ali St", "Prince Sultan St", "Olaya St"]), C(["Al Malaz", "Al Narjis", "Al Olaya"])),
            "Riyadh %d - %d" % (RI(11000, 13999), RI(1000, 9999))], "Riyadh", "Saudi Arabia"


def _a_ae_ar():
    return ["فيلا %d، شارع %d، %s" % (RI(1, 80), RI(1, 40), C(["البرشاء 2", "الورقاء 3", "النهدة 1"])), "دبي"], "دبي", "الإمارات"


def _a_eg_ar():
    return ["%d شارع %s، %s، %s" % (RI(1, 90), C(["التحرير", "مصدق", "جامعة الدول العربية"]), C(["الدقي", "المهندسين", "مدينة نصر"]),
                                     C(["الجيزة", "القاهرة"]))], C(["الجيزة", "القاهرة"]), "مصر"


def _a_ng():
    city, areas, pc = C([("Lagos", ["Victoria Island", "Ikeja GRA", "Lekki Phase 1", "Yaba", "Surulere"], "1012"),
                         ("Abuja", ["Wuse 2", "Garki", "Maitama"], "9000"), ("Ibadan", ["Bodija", "Ring Road"], "2001")])
    st = C(["Adeola Odeku Street", "Admiralty Way", "Herbert Macaulay Way", "Aminu Kano Crescent", "Awolowo Road", "Bode Thomas Street"])
    l1 = C(["Plot %d, %s" % (RI(1, 90), st), "No. %d %s" % (RI(1, 90), st), "%d %s" % (RI(1, 90), st)])
    last = "%s %s%02d" % (city, pc, RI(1, 99)) if chance(0.6) else city + (" State" if city == "Lagos" else "")
    return [l1, C(areas), last], city, "Nigeria"


def _a_ke():
    if chance(0.5):
        return ["P.O. Box %d-00%d00" % (RI(100, 9999), RI(1, 5)), "Nairobi"], "Nairobi", "Kenya"
    return ["Hse No. %d, %s" % (RI(1, 60), C(["Ngong Road", "Kindaruma Road", "Argwings Kodhek Rd"])), C(["Kilimani", "Westlands", "Lavington"]), "Nairobi"], "Nairobi", "Kenya"


def _a_gh():
    return ["House No. %d, %s" % (RI(1, 60), C(["Oxford Street", "Ring Road East", "Cantonments Road"])), C(["Osu", "Labone", "Dzorwulu"]),
            "Accra " + fill("GA-###-####")], "Accra", "Ghana"


def _a_za():
    city, pc, subs, sts = C([("Cape Town", "8001", ["Gardens", "Observatory"], ["Long Street", "Kloof Street"]),
                             ("Johannesburg", "2196", ["Rosebank", "Melville"], ["Jan Smuts Avenue", "7th Street"]),
                             ("Durban", "4001", ["Morningside", "Berea"], ["Florida Road", "Musgrave Road"])])
    return ["%d %s" % (RI(1, 300), C(sts)), C(subs), "%s, %s" % (city, pc)], city, "South Africa"


def _a_br():
    city, uf, pc, bairros, sts = C([("São Paulo", "SP", "013", ["Consolação", "Pinheiros", "Vila Mariana"], ["Rua Augusta", "Alameda Santos", "Rua dos Pinheiros"]),
                                    ("Rio de Janeiro", "RJ", "220", ["Copacabana", "Botafogo", "Tijuca"], ["Av. Nossa Senhora de Copacabana", "Rua Voluntários da Pátria"]),
                                    ("Belo Horizonte", "MG", "301", ["Savassi", "Funcionários"], ["Rua dos Inconfidentes", "Av. Getúlio Vargas"]),
                                    ("Recife", "PE", "510", ["Boa Viagem"], ["Rua Padre Carapuceiro"]),
                                    ("Curitiba", "PR", "800", ["Batel"], ["Rua Marechal Deodoro"]),
                                    ("Salvador", "BA", "401", ["Barra"], ["Av. Sete de Setembro"])])
    l1 = "%s, %d%s" % (C(sts), RI(10, 3000), C(["", ", apto %d" % RI(11, 184), " - casa 2", ", bloco B apto %d" % RI(11, 99)]))
    cep = "%s%02d-%03d" % (pc, RI(0, 99), RI(0, 999))
    return [l1 + " - " + C(bairros), "%s - %s, %s" % (city, uf, cep)], city, "Brasil"


def _a_mx():
    city, est, pc, cols, sts = C([("Ciudad de México", "CDMX", "06700", ["Roma Norte", "Narvarte Poniente", "Del Carmen"], ["Calle Durango", "Av. Insurgentes Sur", "Calle Tabasco"]),
                                  ("Guadalajara", "Jal.", "44160", ["Americana", "Chapalita"], ["Calle López Cotilla", "Av. Chapultepec"]),
                                  ("Monterrey", "N.L.", "64000", ["Centro", "Del Valle"], ["Av. Juárez", "Calle Padre Mier"]),
                                  ("Puebla", "Pue.", "72160", ["La Paz"], ["Calle 21 Sur"])])
    l1 = "%s %d%s" % (C(sts), RI(10, 2999), C(["", ", Int. %d" % RI(1, 20), " Depto. %d" % RI(101, 504)]))
    return [l1, "Col. " + C(cols), "%s %s, %s" % (pc, city, est)], city, "México"


def _a_ar():
    if chance(0.5):
        return ["Av. Corrientes %d, piso %d dpto %s" % (RI(100, 6000), RI(1, 12), C("ABCD")), "C1%03d%s CABA" % (RI(0, 999), fill("@@@"))], "Buenos Aires", "Argentina"
    return ["Bv. Oroño %d" % RI(100, 3000), "S2000 Rosario, Santa Fe"], "Rosario", "Argentina"


def _a_co():
    if chance(0.5):
        return ["Carrera %d # %d-%d, Apto %d" % (RI(1, 80), RI(1, 140), RI(1, 99), RI(101, 1204)), "Bogotá"], "Bogotá", "Colombia"
    return ["Calle %d # %d%s-%d" % (RI(1, 80), RI(1, 90), C(["", "E", "A"]), RI(1, 99)), "El Poblado, Medellín"], "Medellín", "Colombia"


def _a_au():
    sub, st, pc, street, city = C([("Glebe", "NSW", "2037", "Glebe Point Rd", "Sydney"), ("Fitzroy", "VIC", "3065", "Brunswick St", "Melbourne"),
                                   ("West End", "QLD", "4101", "Boundary St", "Brisbane"), ("Fremantle", "WA", "6160", "South Tce", "Perth"),
                                   ("Norwood", "SA", "5067", "The Parade", "Adelaide")])
    l1 = C(["Unit %d, %d %s" % (RI(1, 20), RI(1, 300), street), "%d/%d %s" % (RI(1, 20), RI(1, 300), street), "%d %s" % (RI(1, 300), street)])
    return [l1, "%s %s %s" % (sub.upper() if chance(0.5) else sub, st, pc)], city, "Australia"


def _a_ca():
    city, prov, fsa, st = C([("Montréal", "QC", "H2X", "rue Saint-Denis"), ("Toronto", "ON", "M5V", "Spadina Ave"),
                             ("Vancouver", "BC", "V6B", "Homer St"), ("Calgary", "AB", "T2P", "8 Ave SW"), ("Halifax", "NS", "B3H", "Spring Garden Rd")])
    l1 = "%d %s%s" % (RI(10, 3000), st, C([", app. %d" % RI(1, 30), " Unit %d" % RI(100, 2500), ""]))
    return [l1, "%s %s  %s %s" % (city, prov, fsa, fill("#@#"))], city, "Canada"


def _a_vn():
    if chance(0.5):
        return ["Số %d ngõ %d Phố Huế, P. Ngô Thì Nhậm" % (RI(1, 90), RI(1, 120)), "Q. Hai Bà Trưng, Hà Nội"], "Hà Nội", "Việt Nam"
    return ["%d/%d Nguyễn Đình Chiểu, Phường %d" % (RI(10, 400), RI(1, 30), RI(1, 14)), "Quận 3, TP. Hồ Chí Minh"], "TP. Hồ Chí Minh", "Việt Nam"


def _a_id():
    if chance(0.5):
        return ["Jl. Kemang Raya No. %d, RT 0%d/RW 0%d" % (RI(1, 120), RI(1, 9), RI(1, 9)), "Bangka, Mampang Prapatan", "Jakarta Selatan 12730"], "Jakarta", "Indonesia"
    return ["Jl. Kaliurang KM %d No. %d" % (RI(4, 14), RI(1, 90)), "Sleman, Yogyakarta 55281"], "Yogyakarta", "Indonesia"


ADDR = {"US": _a_us, "GB": _a_gb, "IE": _a_ie, "DE": _a_de, "AT": _a_at, "CH": _a_ch, "FR": _a_fr, "BE": _a_be,
        "NL": _a_nl, "ES": _a_es, "PT": _a_pt, "IT": _a_it, "PL": _a_pl, "CZ": _a_cz, "HU": _a_hu, "SE": _a_se,
        "NO": _a_no, "DK": _a_dk, "FI": _a_fi, "TR": _a_tr, "RU": _a_ru, "UA": _a_ua, "UA_L": _a_ua_lat,
        "JP": _a_jp, "JP_L": _a_jp_lat, "CN": _a_cn, "KR": _a_kr, "IN": _a_in, "AE": _a_ae, "AE_AR": _a_ae_ar,
        "SA": _a_sa, "EG_AR": _a_eg_ar, "NG": _a_ng, "KE": _a_ke, "GH": _a_gh, "ZA": _a_za, "BR": _a_br,
        "MX": _a_mx, "AR": _a_ar, "CO": _a_co, "AU": _a_au, "CA": _a_ca, "VN": _a_vn, "ID": _a_id}
ADDR_COUNTRIES_USED = set()

OCR_MAP = {"0": "O", "O": "0", "1": "l", "l": "1", "I": "l", "5": "S", "S": "5", "8": "B", "rn": "m", "m": "rn",
           "e": "c", "a": "o", ",": ".", "i": "í"}


def ocr_garble(s, rate=0.06):
    """OCR noise: character confusions, doubled spaces, dropped commas."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        r = R.random()
        if ch == "," and r < rate * 3:
            i += 1
            continue
        if ch == " " and r < rate * 2:
            out.append("  ")
            i += 1
            continue
        if ch in OCR_MAP and r < rate:
            out.append(OCR_MAP[ch])
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def addr_parts(cc):
    ADDR_COUNTRIES_USED.add(cc.split("_")[0])
    return ADDR[cc]()


def render_addr(lines, style="one", country=None):
    ls = list(lines)
    if country:
        ls.append(country)
    if style == "one":
        s = ("، " if re.search("[\u0600-\u06ff]", ls[0]) else (" " if ls[0].startswith("〒") else ", ")).join(ls)
    elif style == "multi":
        s = "\n".join(ls)
    elif style == "space":
        s = " ".join(ls)
    elif style == "caps":
        s = " ".join(ls).upper()
    elif style == "capsmulti":
        s = "\n".join(ls).upper()
    elif style == "ocr":
        s = ocr_garble(" ".join(ls), 0.08)
    elif style == "ocrmulti":
        s = "\n".join(ocr_garble(l, 0.07) for l in ls)
    elif style == "lower":
        s = " ".join(ls).lower().replace(",", "")
    else:
        raise ValueError(style)
    s = "\n".join(x.strip() for x in s.split("\n"))
    return s.strip()


def addr(cc, style="one", with_country=None):
    lines, city, ctry = addr_parts(cc)
    if with_country is None:
        with_country = cc not in ("JP", "CN", "KR", "AE_AR", "EG_AR", "RU", "UA") and chance(0.12)
    return render_addr(lines, style, ctry if with_country else None)


def addr_city(cc, style="one", with_country=False):
    lines, city, ctry = addr_parts(cc)
    return render_addr(lines, style, ctry if with_country else None), city, ctry


CITIES = {
    "US": ["Chicago", "Houston", "Phoenix", "Denver", "Tulsa", "Sacramento", "Boise", "Ohio", "Texas", "New Jersey"],
    "GB": ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Sheffield", "Wales", "Scotland", "Yorkshire"],
    "DE": ["Berlin", "Leipzig", "Köln", "Hamburg", "München", "Dresden", "Bayern", "Sachsen", "Ruhrgebiet"],
    "FR": ["Lyon", "Marseille", "Nantes", "Lille", "Toulouse", "Bretagne", "Normandie", "Île-de-France"],
    "ES": ["Madrid", "Sevilla", "Bilbao", "Valencia", "Zaragoza", "Galicia", "Andalucía", "Canarias"],
    "IT": ["Torino", "Milano", "Napoli", "Bologna", "Palermo", "Sicilia", "Puglia", "Lombardia"],
    "NL": ["Utrecht", "Rotterdam", "Groningen", "Eindhoven", "Zeeland", "Friesland"],
    "PL": ["Łódź", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Śląsk"],
    "BR": ["São Paulo", "Recife", "Curitiba", "Manaus", "Bahia", "Minas Gerais"],
    "PT": ["Porto", "Braga", "Coimbra", "Algarve", "Açores"],
    "SE": ["Göteborg", "Malmö", "Uppsala", "Norrland", "Skåne"],
    "NO": ["Bergen", "Trondheim", "Tromsø", "Finnmark"],
    "DK": ["Aarhus", "Odense", "Aalborg", "Jylland"],
    "FI": ["Tampere", "Turku", "Oulu", "Lappi"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "RU": ["Москва", "Казань", "Новосибирск", "Екатеринбург"],
    "UA": ["Київ", "Львів", "Харків", "Одеса", "Дніпро"],
    "JP": ["東京", "大阪", "横浜", "福岡", "札幌", "名古屋", "沖縄"],
    "CN": ["上海", "北京", "广州", "深圳", "成都", "杭州"],
    "KR": ["서울", "부산", "대구", "인천", "제주"],
    "IN": ["Bengaluru", "Pune", "Hyderabad", "Chennai", "Kolkata", "Lucknow", "Kerala", "Punjab"],
    "AE": ["Dubai", "Sharjah", "Abu Dhabi", "Ajman"],
    "AR": ["الرياض", "جدة", "دبي", "القاهرة", "عمّان", "الدار البيضاء"],
    "NG": ["Lagos", "Abuja", "Ibadan", "Port Harcourt", "Kano"],
    "KE": ["Nairobi", "Mombasa", "Kisumu"],
    "ZA": ["Cape Town", "Durban", "Johannesburg"],
    "MX": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca"],
    "VN": ["Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ"],
    "ID": ["Jakarta", "Surabaya", "Bandung", "Medan", "Bali"],
    "CZ": ["Praha", "Brno", "Ostrava", "Olomouc"],
}


# ---------------------------------------------------------------------------
# shared template helpers
# ---------------------------------------------------------------------------
EN_REGIONS = [
    dict(cc="GB", addr="GB", cult=["gb", "gb", "sa", "wa", "pl", "ar_l", "zh_l", "uk_l", "cz"], cur="GBP"),
    dict(cc="US", addr="US", cult=["us", "us", "latam", "wa", "ko_l", "sa", "ar_l", "vi"], cur="USD"),
    dict(cc="IE", addr="IE", cult=["gb", "pl", "wa", "pt"], cur="EUR"),
    dict(cc="AU", addr="AU", cult=["gb", "us", "zh_l", "vi", "sa"], cur="AUD"),
    dict(cc="CA", addr="CA", cult=["us", "fr", "sa", "zh_l", "uk_l"], cur="CAD"),
    dict(cc="NG", addr="NG", cult=["wa"], cur="NGN"),
    dict(cc="IN", addr="IN", cult=["sa"], cur="INR"),
    dict(cc="ZA", addr="ZA", cult=["us", "wa", "gb", "nl"], cur="ZAR"),
    dict(cc="KE", addr="KE", cult=["ea"], cur="KES"),
    dict(cc="GH", addr="GH", cult=["wa"], cur="GHS"),
    dict(cc="AE", addr="AE", cult=["ar_l", "sa", "gb"], cur="AED"),
]
EN_W = [6, 5, 1, 2, 1, 2, 2, 1, 1, 1, 1]


def en_region(ccs=None):
    if ccs:
        return C([r for r in EN_REGIONS if r["cc"] in ccs])
    return R.choices(EN_REGIONS, weights=EN_W)[0]


def asr_name(p, full=True):
    s = p.full if full else p.first
    if not re.match(r"^[\x00-\u024f' .-]+$", s):
        s = p.latin if full else p.lat_given
    if chance(0.6):
        s = fold(s)
    s = s.lower().replace("'", " ").replace("-", " ")
    if chance(0.6):
        s = re.sub(r"\b(mc|mac|van|de|le|al|el|o)(?=[a-z]{3})", r"\1 ", s)
    return re.sub(" +", " ", s).strip()


def spell(name, style=None):
    letters = [c for c in fold(name).upper() if c.isalpha()]
    style = style or C(["dash", "dash", "space", "lowspace"])
    if style == "dash":
        return "-".join(letters)
    if style == "space":
        return " ".join(letters)
    return " ".join(letters).lower()


def digits_only(ph):
    s = re.sub(r"[^\d+ ]", " ", ph)
    return re.sub(" +", " ", s).strip()


def asr_phone(cc, allow_spoken=True, p_spoken=0.3, lang="en"):
    ph = phone(cc, intl=False)
    if allow_spoken and chance(min(0.9, p_spoken * 1.5)):
        return spoken(ph, lang)
    if chance(0.5):
        return re.sub(r"\D", "", ph)
    return digits_only(ph)


STREETS_BARE = {
    "GB": ["Harehills Lane", "Kingsway", "Station Approach", "Cowley Road", "the Ring Road", "Albion Street"],
    "US": ["W Fullerton Ave", "Route 9", "Magnolia Drive", "S Congress Ave", "Old Mill Road"],
    "IE": ["Main Street", "the N71", "Church Road"],
    "AU": ["Parramatta Road", "Brunswick St"], "CA": ["rue Saint-Denis", "Spadina Ave"],
    "NG": ["Admiralty Way", "Herbert Macaulay Way"], "IN": ["Outer Ring Road", "MG Road"],
    "ZA": ["Jan Smuts Avenue", "Long Street"], "KE": ["Ngong Road", "Thika Road"], "GH": ["Oxford Street"],
    "AE": ["Sheikh Zayed Road", "Al Wasl Road"],
}
CITY_EN = {"GB": CITIES["GB"], "US": CITIES["US"], "IE": ["Cork", "Galway", "Limerick", "Dublin"],
           "AU": ["Sydney", "Melbourne", "Brisbane", "Perth"], "CA": ["Toronto", "Montréal", "Calgary", "Halifax"],
           "NG": CITIES["NG"], "IN": CITIES["IN"], "ZA": CITIES["ZA"], "KE": CITIES["KE"], "GH": ["Accra", "Kumasi", "Tamale"],
           "AE": CITIES["AE"]}


class Ticker(object):
    """monotonic clock for chat logs"""

    def __init__(self, start=None):
        self.m = start if start is not None else RI(7 * 60, 19 * 60)
        self.s = RI(0, 59)

    def step(self, lo=1, hi=25):
        self.m += RI(lo, hi)
        self.s = RI(0, 59)

    def hm(self, lo=1, hi=25):
        self.step(lo, hi)
        return "%02d:%02d" % ((self.m // 60) % 24, self.m % 60)

    def hms(self, lo=1, hi=25):
        self.step(lo, hi)
        return "%02d:%02d:%02d" % ((self.m // 60) % 24, self.m % 60, self.s)

    def ampm(self, lo=1, hi=25):
        self.step(lo, hi)
        h = (self.m // 60) % 24
        return "%d:%02d %s" % ((h - 1) % 12 + 1, self.m % 60, "am" if h < 12 else "pm")

    def ko(self, lo=1, hi=25):
        self.step(lo, hi)
        h = (self.m // 60) % 24
        return "%s %d:%02d" % ("오전" if h < 12 else "오후", (h - 1) % 12 + 1, self.m % 60)


def distinct_people(cults, n):
    out, seen = [], set()
    while len(out) < n:
        p = person(C(cults))
        if p.first in seen or p.family in seen:
            continue
        seen.add(p.first)
        seen.add(p.family)
        out.append(p)
    return out


def date_seq(n, fmt=None):
    d0 = datetime.date(2023 + RI(0, 2), RI(1, 12), RI(1, 28))
    fmt = fmt or C(["%d %b %Y", "%m/%d/%Y", "%b %d", "%Y-%m-%d", "%d/%m/%Y"])
    out = []
    for _ in range(n):
        out.append(d0.strftime(fmt))
        d0 += datetime.timedelta(days=RI(1, 9))
    return out


def tl(lines):
    """join list of (tmpl, kwargs) into a Doc with newlines"""
    d = Doc()
    for i, item in enumerate(lines):
        if i:
            d.add("\n")
        if isinstance(item, Doc):
            d.add(item)
        elif isinstance(item, tuple):
            d.f(item[0], **item[1])
        else:
            d.f(item)
    return d


# ---------------------------------------------------------------------------
# KINDS -- speech / ASR, English
# ---------------------------------------------------------------------------
def k_asr_diarized_billing_call():
    rg = en_region()
    cust = person(C(rg["cult"]))
    agent = person(C(["gb", "us", "sa", "wa", "pl", "latam", "ea"]))
    lead = person(C(["gb", "us", "sa", "wa"]))
    brand = C(["nimbus mobile", "nimbus mow bile", "harbour line energy", "kestrel broadband", "vantora bank", "kestrel broad band"])
    d = Doc()
    t = [RI(1, 5)]

    def line(spk, tmpl, **kw):
        t[0] += RI(2, 11)
        d.add("spk_%d %02d:%02d  " % (spk, t[0] // 60, t[0] % 60))
        d.f(tmpl, **kw)
        d.add("\n")

    d.add("[call_id=%s | queue=%s | asr=%s | conf=0.%d | redaction=OFF]\n" % (
        digits(8), C(["BILLING_L1", "BILL_DISPUTE", "COLLECTIONS_SOFT", "MOVES_HOME"]), C(["v3.2", "wlg-2", "nova2-phonecall"]), RI(55, 93)))
    line(0, "thank you for calling {b} you re speaking with {a} how can i help", b=brand, a=P(asr_name(agent, False)))
    line(1, C(["hi yeah um i got charged twice on my bill this month", "hello yes so there s a charge on my account i don t recognise",
               "hiya it s about the bill again it s gone up by like twenty quid", "yeah hi i m moving house next week and need to sort the account"]))
    line(0, "oh sorry to hear that can i take your full name please")
    line(1, "yeah it s {n}", n=P(asr_name(cust)))
    if chance(0.45):
        line(0, "and how do you spell the surname")
        line(1, "{s}", s=P(spell(cust.lat_family)))
    line(0, "thank you and what s the best contact number for you")
    line(1, C(["um it s {ph}", "{ph}", "it s my mobile {ph}", "yeah {ph} that s the mobile"]), ph=PH(asr_phone(rg["cc"], p_spoken=0.3)))
    line(0, "lovely and can you confirm the first line of the address and the postcode")
    line(1, "{ad}", ad=AD(addr(rg["addr"], "lower")))
    if chance(0.5):
        line(1, "well i m actually staying in {c} at the moment with my sister", c=LOC(C(CITY_EN[rg["cc"]]).lower()))
    line(0, C(["ok i can see two payments on the %s one of them should have been reversed" % C(["third", "fifth", "twelfth", "twenty first"]),
               "right so the price change went through in %s that s the annual rise" % C(["april", "march", "may"]),
               "ok i ve updated that for you and the final bill will be generated on %s" % C(["monday", "friday", "the first"])]))
    line(1, C(["right ok", "mm hmm", "that s not what i was told last time", "ok and how long will that take"]))
    if chance(0.35):
        line(0, "i can take a payment for the balance now if you like")
        line(1, "yeah go on then it s {c}", c=CC(re.sub(r"\D", "", card()) if chance(0.5) else card(None, "sp")))
        line(0, "and the expiry and the three digits on the back")
        line(1, C(["oh nine twenty seven and four one two", "twelve twenty eight seven seven one", "oh three twenty six and the code is five oh nine"]))
    line(0, "i ll put a note on and pass it to my team leader {l} so you ll get a call back within forty eight hours your reference is {r}",
         l=P(asr_name(lead, chance(0.5))), r=" ".join(digits(7)))
    line(1, C(["ok thanks {a}", "cheers bye", "ok thank you bye bye", "great thanks for your help {a}"]), a=P(asr_name(agent, False)))
    d.add("[end of transcript | silence_ratio=0.%02d | overtalk=%d]" % (RI(5, 40), RI(0, 6)))
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "en"


def k_asr_surname_spelling_verification():
    rg = en_region()
    cust = person(C(["cz", "pl", "wa", "sa", "tr", "nordic", "uk_l", "ar_l", "ko_l", "de", "vi", "ea", "latam"]))
    fam = cust.lat_family if re.match(r"^[\x00-\u024f' .-]+$", cust.family) else cust.lat_family
    misheard = C([fam[:-1] + "h", fam[:-2] + "ich", fam[:-1], fam.replace("k", "c") + "e", fam[:-1] + "s"]).lower()
    if misheard == fam.lower():
        misheard = fam.lower() + "s"
    agent = person(C(["gb", "us", "sa", "wa"]))
    d = Doc()
    d.f("CALL EXCERPT  ref {r}  (auto-transcribed, not reviewed)  {dt}\n", r=case_id(), dt=date_en())
    d.f("agent: ok and can i take the surname on the account\n")
    d.f("caller: it s {f}\n", f=P(fold(fam).lower()))
    d.f("agent: sorry was that {m}\n", m=P(misheard))
    sp = spell(fam, "dash" if chance(0.6) else "space")
    d.f("caller: no {f} {s}\n", f=P(fold(fam).lower()), s=P(sp))
    if chance(0.5):
        d.f("agent: {s} lovely\n", s=P(spell(fam, "space")))
    d.f("agent: and your first name\n")
    g = cust.lat_given.split(" ")[0]
    d.f("caller: {g}\n", g=P(fold(g).lower()))
    if chance(0.7):
        d.f("agent: how are you spelling that\n")
        d.f("caller: {s} {x}\n", s=P(spell(g, "dash")), x=C(["", "no h", "with a z at the start", "one n", ""]))
    d.f("agent: perfect thank you {g} and is the mobile still ending {l}\n", g=P(fold(g).lower()), l=" ".join(digits(3)))
    d.f("caller: {x}\n", x=C(["yes", "no i changed it", "yeah", "i think so"]))
    d.f("agent: and the postcode please\n")
    d.f("caller: {x}\n", x=C(["hang on", "um", "it s on the letter"]))
    d.add("--- agent wrap-up ---\n")
    d.f("Name corrected in CRM from '{m}' to '{full}'. Caller verified 2/3 (DOB, postcode). Mobile on file {ph}. "
        "Email {e}. Handled by {a}.",
        m=P(misheard.title()), full=P(fam + ", " + cust.lat_given), ph=PH(phone(rg["cc"], intl=chance(0.5))),
        e=E(email_for(cust)), a=P(agent.initial))
    if chance(0.35):
        d = excerpt(d, 5, 8, 1, '...')
    return d, "en"


def k_ivr_dtmf_session_trace():
    rg = en_region(["GB", "US", "IE", "AU", "ZA", "IN"])
    cust = person(C(rg["cult"]))
    agent = person(C(["gb", "us", "sa", "wa", "pl"]))
    ani = e164(phone(rg["cc"], intl=True))
    day = "2025-%02d-%02d" % (RI(1, 12), RI(1, 28))
    sec = [RI(8, 20) * 3600 + RI(0, 3599)]

    def ts():
        sec[0] += RI(1, 9)
        s = sec[0]
        return "%s %02d:%02d:%02d.%03d" % (day, s // 3600, (s // 60) % 60, s % 60, RI(0, 999))

    d = Doc()
    d.f("{t} INFO  call.start uuid={u} ani={a} dnis={n} trunk=sip-gw-0{g} src_ip={ip}\n",
        t=ts(), u=fill("########-####-####"), a=PH(ani), n=PH(phone(rg["cc"], intl=False)), g=RI(1, 4), ip=IP(ipv4(False)))
    d.f("{t} INFO  prompt.play id=WELCOME_V{v} lang=en barge_in=true\n", t=ts(), v=RI(2, 7))
    d.f("{t} INFO  dtmf.collect node=MAIN_MENU digits={x}\n", t=ts(), x=RI(1, 4))
    d.f("{t} INFO  asr.result node=INTENT text=\"{x}\" conf=0.{c} intent={i}\n", t=ts(),
        x=C(["cancel my broadband", "speak to someone", "i want to complain", "my bill", "a gent", "moving home"]),
        c=RI(30, 95), i=C(["CANCEL", "AGENT", "COMPLAINT", "BILLING", "UNKNOWN"]))
    name = cust.family.upper() + " " + cust.given.upper() if chance(0.5) else cust.full
    if not re.match(r"^[\x00-\u024f' .-]+$", name):
        name = cust.latin.upper()
    d.f("{t} INFO  crm.lookup by=ani result=MATCH contact_id={c} name=\"{n}\" segment={s}\n", t=ts(), c=digits(9),
        n=P(name), s=C(["CONSUMER", "SOHO", "VULNERABLE_FLAG", "GOLD"]))
    d.f("{t} INFO  dtmf.collect node=ACCOUNT_NO digits={x} valid=true\n", t=ts(), x=digits(8))
    d.f("{t} INFO  dtmf.collect node=DOB digits=[MASKED] valid={v}\n", t=ts(), v=C(["true", "false", "true"]))
    if chance(0.6):
        cb = phone(rg["cc"], intl=False)
        d.f("{t} INFO  ivr.callback_offer accepted=1 callback_number={c} source=dtmf\n", t=ts(), c=PH(re.sub(r"\D", "", cb)))
    if chance(0.45):
        d.f("{t} INFO  ivr.route node=PAY_BY_PHONE reason=ARREARS\n", t=ts())
        d.f("{t} INFO  dtmf.collect node=PAY_CARD_PAN digits={c} valid=true mask=FAILED\n", t=ts(), c=CC(card(C(["visa", "mc", "mc2", "amex"]), "plain")))
        d.f("{t} INFO  dtmf.collect node=PAY_CARD_EXP digits={e} valid=true\n", t=ts(), e="%02d%d" % (RI(1, 12), RI(26, 31)))
        d.f("{t} ERROR psp.authorise result=DECLINED code=05 amount={a}\n", t=ts(), a="%d.%02d" % (RI(10, 400), RI(0, 99)))
    d.f("{t} WARN  queue.enqueue queue={q} est_wait=00:{m:02}:{s:02} position={p}\n".replace("{m:02}", "%02d" % RI(1, 40)).replace("{s:02}", "%02d" % RI(0, 59)),
        t=ts(), q=C(["RETENTIONS", "BILLING_L2", "TECH_FIBRE", "COMPLAINTS"]) + "_" + rg["cc"], p=RI(1, 60))
    d.f("{t} INFO  call.transfer agent_ext={e} agent=\"{a}\" skill={s}\n", t=ts(), e=RI(2000, 7999), a=P(agent.full),
        s=C(["ret_save", "bill_l2", "fibre_t2"]))
    d.f("{t} INFO  call.end cause={c} dur=00:{m}:{s}",
        t=ts(), c=C(["NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY"]), m="%02d" % RI(1, 30), s="%02d" % RI(0, 59))
    if chance(0.5):
        d = excerpt(d, 4, 8, 0, '')
    return d, "en"


def k_voicemail_asr_inbox_digest():
    de = chance(0.45)
    d = Doc()
    n = RI(1, 4)
    if de:
        d.f("Sprachnachrichten-Digest · Postfach \"{m}\" · {n} neu\n", m=C(["Retouren", "Kundenservice Süd", "Reklamationen"]), n=n)
    else:
        d.f("Voicemail digest - shared mailbox \"{m}\" - {n} new\n", m=C(["Returns Desk", "Escalations", "Field Service"]), n=n)
    for i in range(n):
        d.add("-" * RI(20, 32) + "\n")
        if de:
            cust = person(C(["de", "de", "tr", "pl", "uk_l", "ar_l"]))
            ph = phone(C(["DE", "DE", "AT", "CH"]), intl=True)
            d.f("#{i}  eingegangen {w} {t}  von {ph}  Dauer 0:{s}\n", i=i + 1, w=C(["Mo", "Di", "Mi", "Do", "Fr"]), t=hhmm(),
                ph=PH(ph) if chance(0.85) else "unbekannt", s="%02d" % RI(12, 59))
            body = Doc()
            body.f("Transkript ({c}%): ", c=RI(48, 91))
            opt = RI(0, 2)
            if opt == 0:
                body.f("ja hallo hier ist {n} ich ruf an wegen der retoure die ist immer noch nicht gutgeschrieben "
                       "bitte rufen sie mich zurück unter {cb} danke", n=P(asr_name(cust)),
                       cb=PH(spoken(phone("DE", False), "de")) if chance(0.3) else PH(re.sub(r"\D", "", phone("DE", False))))
            elif opt == 1:
                body.f("guten tag {n} mein name der techniker war heute nicht da ich hab extra frei genommen "
                       "adresse ist {ad} ich erwarte einen rückruf", n=P(asr_name(cust)), ad=AD(addr("DE", "lower")))
            else:
                body.f("äh ja hallo es geht um die bestellung {o} die ist bei der nachbarin {nb} abgegeben worden "
                       "aber die ist im urlaub bis {w} können sie das klären tschüss", o=" ".join(digits(6)),
                       nb=P(asr_name(person("de"), chance(0.5))), w=C(["sonntag", "ende august", "nächste woche", "pfingsten"]))
            d.add(body)
            d.add("\n")
        else:
            rg = en_region()
            cust = person(C(rg["cult"]))
            ph = phone(rg["cc"], intl=True)
            d.f("#{i}  received {w} {t}  from {ph}  duration 0:{s}\n", i=i + 1, w=C(["Mon", "Tue", "Wed", "Thu", "Fri"]), t=hhmm(),
                ph=PH(ph) if chance(0.85) else "Withheld", s="%02d" % RI(12, 59))
            opt = RI(0, 2)
            d.f("transcript ({c}%): ", c=RI(48, 91))
            if opt == 0:
                d.f("hi this is {n} calling about the return i sent back like three weeks ago still no refund "
                    "can someone call me back on {cb} thanks", n=P(asr_name(cust)), cb=PH(asr_phone(rg["cc"], p_spoken=0.25)))
            elif opt == 1:
                d.f("hello it s {n} the engineer was supposed to come today between eight and twelve nobody turned up "
                    "the address is {ad} please call me", n=P(asr_name(cust)), ad=AD(addr(rg["addr"], "lower")))
            else:
                d.f("yeah hi um message for {a} it s {n} from {co} about the invoice we spoke tuesday "
                    "can you email it to {e} cheers", a=P(asr_name(person(C(["gb", "us", "sa"])), False)), n=P(asr_name(cust, False)),
                    co=C(["the dental practice", "the garage", "flat three", "the school office"]), e=E(email_for(cust)))
            d.add("\n")
    if de:
        d.add("— automatisch erzeugt, Transkription kann Fehler enthalten —")
        return d, "de"
    d.add("-- auto-generated, transcription may contain errors --")
    return d, "en"


def k_qa_scorecard_with_call_quotes():
    rg = en_region(["GB", "US", "IE", "AU", "ZA"])
    agent = person(C(rg["cult"]))
    ev = person(C(["gb", "us", "sa", "wa", "nordic"]))
    cust = person(C(rg["cult"]))
    brand = C(AGENT_BRANDS)
    d = Doc()
    d.f("QA SCORECARD  |  call {c}  |  {dt}\nAgent: {a}    Evaluator: {e}    Form: CX-QA v{v}\n",
        c=fill("####-##"), dt=date_en(), a=P(agent.full), e=P(ev.full), v=RI(3, 9))
    d.add("=" * 58 + "\n")
    d.f("1. Greeting & brand          {s}/5   \"good morning you re through to {b} it s {af}\"\n", s=RI(3, 5),
        b=brand.lower(), af=P(agent.first.lower()))
    breach = chance(0.6)
    if breach:
        cn = card()
        d.f("2. ID&V                      0/10  AUTO-FAIL: agent read back full card number on recorded line\n"
            "                                   quote: \"so that s {cc} expiry {ex} yeah\"\n", cc=CC(cn), ex="%02d/%d" % (RI(1, 12), RI(26, 31)))
    else:
        d.f("2. ID&V                      {s}/10  confirmed name + DOB, did not confirm address (\"is it still {ad}\")\n",
            s=RI(5, 8), ad=AD(addr(rg["addr"], "one")))
    d.f("3. Empathy / ownership       {s}/10  \"i m really sorry {cf} i can hear how frustrating this is\"\n", s=RI(4, 10),
        cf=P(cust.first.lower()))
    d.f("4. Resolution                {s}/20  offered {x}\n", s=RI(8, 20),
        x=C(["goodwill credit of %s" % amount(rg["cur"]), "engineer visit %s AM" % C(["Mon", "Thu", "Sat"]), "price match vs Brand X", "nothing - see notes"]))
    d.f("5. Hold / transfer etiquette {s}/5   cold transfer to {t} without intro\n", s=RI(0, 4),
        t=C(["Retentions", "Tech L2", "the Complaints team"]))
    d.f("6. Close & recap             {s}/5\n", s=RI(1, 5))
    d.add("-" * 58 + "\n")
    d.f("TOTAL: {t}%   {r}\n", t=RI(31, 96), r="FAIL (compliance)" if breach else C(["PASS", "PASS", "DEVELOPMENT NEEDED"]))
    d.f("Coaching note: {x}\n", x=C(["", "Ask before reading back details. ", "Good rapport. "]))
    if chance(0.5):
        d.f("Customer called back later from {ph} asking for {a} by name.\n", ph=PH(phone(rg["cc"])), a=P(agent.first))
    d.f("Calibrated with {m} on {w}.", m=P(person(C(["gb", "us", "sa"])).first), w=C(["Monday", "Tuesday", "Thursday", "Friday"]))
    return d, "en"


SA_CATS = {
    "Vulnerability / Bereavement": ["my husband {n} passed away in {m} and the account s still in his name",
                                    "i need to close my mum s account she died last {m}",
                                    "the funeral is on {w} so can you call my son {n} on {ph}"],
    "Churn risk": ["i want to cancel honestly i ve been with you since i lived in {c}",
                   "{n} at the shop said i could leave without a fee",
                   "i m switching to the {b} deal"],
    "Complaint / Ombudsman": ["if this isn t sorted i m going to the ombudsman",
                              "my solicitor {n} will be in touch",
                              "i ve complained three times you can reach me on {ph}"],
    "Payment difficulty": ["i can t afford the payment plan at the moment",
                           "the food bank on {s} gave me your number",
                           "my support worker {n} can call you on {ph}"],
}


def k_speech_analytics_phrase_hits():
    cat = C(sorted(SA_CATS))
    d = Doc()
    d.f("Speech Analytics export - category: \"{c}\" - week {w} - {n} hits (showing top {k})\n", c=cat, w=RI(1, 52), n=RI(40, 900), k=6)
    d.add("call_id   | agent              | ts    | snippet\n")
    d.add("----------+--------------------+-------+-----------------------------------------\n")
    for _ in range(RI(4, 7)):
        rg = en_region(["GB", "US", "IE", "AU"])
        ag = person(C(rg["cult"]))
        cust = person(C(rg["cult"]))
        d.f("{c}  | {a} | {t} | ", c=digits(8), a=P(ag.full), t="%02d:%02d" % (RI(0, 25), RI(0, 59)))
        if chance(0.2):
            tmpl = "i spoke to {a} last week she said it was {p}"
        else:
            tmpl = C(SA_CATS[cat])
        d.add("\"...")
        d.f(tmpl, n=P(asr_name(cust, chance(0.5))), m=C(["june", "march", "the spring", "may", "august"]), w=C(["friday", "monday", "the ninth"]),
            ph=PH(asr_phone(rg["cc"], p_spoken=0.25)), c=LOC(C(CITY_EN[rg["cc"]]).lower()), b=C(["jordan", "mercedes", "ted baker", "samsung", "sky"]),
            s=LOC(C(STREETS_BARE[rg["cc"]]).lower()), a=P(asr_name(person(C(rg["cult"])), False)), p=C(["sorted", "fixed", "escalated"]))
        d.add("...\"\n")
    d.add("(snippets auto-transcribed; PII redaction pending)")
    return d, "en"


def k_fnol_claim_call_transcript():
    rg = en_region(["GB", "US", "IE", "AU", "ZA", "CA"])
    ph_ = person(C(rg["cult"]))
    tp = person(C(rg["cult"]))
    h = person(C(["gb", "us", "sa", "wa"]))
    d = Doc()
    d.f("FNOL - Motor - claim {c} - STT transcript (auto, unpunctuated)\nHandler: {h}\n\n", c=fill("BW-####-####"), h=P(h.full))
    d.f("handler: brightwell claims {hf} speaking\n", hf=P(asr_name(h, False)))
    d.f("caller: hi yeah i ve had an accident this morning someone went into the back of me\n")
    d.f("handler: oh no are you ok is anyone hurt\n")
    d.f("caller: no no just shaken\n")
    d.f("handler: can i take the policyholder name\n")
    d.f("caller: {n} it s my policy\n", n=P(asr_name(ph_)))
    d.f("handler: and where did it happen\n")
    rd = C(STREETS_BARE[rg["cc"]])
    d.f("caller: at the lights on {s} near the big {b} in {c}\n", s=LOC(rd.lower()), b=C(["tesco", "asda", "homebase", "walmart", "retail park"]),
        c=LOC(C(CITY_EN[rg["cc"]]).lower()))
    d.f("handler: did you get the other driver s details\n")
    d.f("caller: yeah his name s {t} and his number is {p}\n", t=P(asr_name(tp)), p=PH(asr_phone(rg["cc"], p_spoken=0.35)))
    d.f("handler: and his registration\n")
    d.f("caller: {r}\n", r=C(["lima kilo one nine x ray hotel november", "l k 19 x h n", "it was a white ford something", "k o 7 1 b double f"]))
    d.f("handler: is the car driveable or do you need recovery\n")
    if chance(0.6):
        d.f("caller: it s driveable i m home now at {ad}\n", ad=AD(addr(rg["addr"], "lower")))
    else:
        d.f("caller: i need recovery it s still at the scene\n")
    d.f("handler: ok i ve logged that your claim reference is {r} i ll text it to the number we have\n", r=" ".join(fill("BW####")))
    d.add("\n[handler notes] TP admitted liability at scene (per PH). Dashcam: ")
    d.f("{x}. Hire car req. Docs to {e}", x=C(["yes", "no", "unknown"]), e=E(email_for(ph_)))
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "en"


def k_agent_whisper_coaching_notes():
    rg = en_region(["GB", "US", "IE", "AU", "NG", "IN"])
    ag = person(C(rg["cult"]))
    cust = person(C(rg["cult"]))
    tm = person(C(rg["cult"]))
    mgr = person(C(rg["cult"]))
    d = Doc()
    d.f("whisper log {t} - listening to {a} (ext {e})\n", t=hhmm(), a=P(ag.first), e=RI(2000, 7999))
    d.f("- cust is {ti} {n}, {x}\n", ti=C(["mrs", "Mr", "ms", "Dr"]), n=P(cust.family.lower() if chance(0.4) else cust.family),
        x=C(["3rd contact re boiler install", "angry, says we hung up twice", "calm but wants it in writing", "vulnerable flag - hard of hearing"]))
    if chance(0.6):
        d.f("- {a} pls dont promise callback from {t}, hes on leave till {w}\n", a=P(ag.first.lower()), t=P(tm.family),
            w=C(["Mon", "Weds", "the 14th", "after Easter"]))
    d.f("- she gave new mob {p} - update CRM before wrap\n", p=PH(phone(rg["cc"], intl=chance(0.3))))
    if chance(0.5):
        d.f("- old address still showing ({ad}) - moved {m}\n", ad=AD(addr(rg["addr"], "one")), m=C(["in March", "last yr", "2 wks ago"]))
    d.f("- escalate to {m} if she asks for mgr\n", m=P(mgr.first))
    d.f("- score later: empathy ok, ID&V {x}", x=C(["skipped DOB", "fine", "read out full postcode - remind"]))
    return d, "en"


# ---------------------------------------------------------------------------
# KINDS -- speech / ASR, other languages
# ---------------------------------------------------------------------------
class Clock(object):
    def __init__(self, start=None):
        self.s = start if start is not None else RI(0, 6)

    def __call__(self, fmt="[%02d:%02d:%02d]"):
        self.s += RI(2, 12)
        if fmt.count("%") == 3:
            return fmt % (self.s // 3600, (self.s // 60) % 60, self.s % 60)
        return fmt % ((self.s // 60) % 60, self.s % 60)


def k_transcripcion_llamada_reclamacion_es():
    cc, cult = C([("ES", "es"), ("ES", "es"), ("MX", "latam"), ("CO", "latam"), ("AR", "latam")])
    cli = person(cult)
    ag = person(cult)
    sup = person(cult)
    ck = Clock()
    d = Doc()
    d.f("Transcripción automática · llamada entrante · cola RECLAMACIONES · {dt} · conf. media 0,{c}\n",
        dt=date_num(), c=RI(60, 92))
    d.f("{t} AGENTE: buenas tardes le atiende {a} en qué puedo ayudarle\n", t=ck(), a=P(asr_name(ag, chance(0.4))))
    d.f("{t} CLIENTE: {x}\n", t=ck(), x=C(["hola mire llamo porque el pedido no me ha llegado y ya van dos semanas",
                                            "sí buenas es que me han cobrado la cuota dos veces este mes",
                                            "hola eh llamo por lo del técnico que no vino el martes"]))
    d.f("{t} AGENTE: vale me puede decir su nombre completo por favor\n", t=ck())
    d.f("{t} CLIENTE: sí {n}\n", t=ck(), n=P(asr_name(cli)))
    if chance(0.4):
        d.f("{t} AGENTE: el segundo apellido cómo se escribe\n{t2} CLIENTE: {s} con {l}\n", t=ck(), t2=ck(),
            s=P(spell(cli.family.split(" ")[-1], "space").lower()), l=C(["zeta", "uve", "be de burro", "hache"]))
    if chance(0.4):
        d.f("{t} CLIENTE: pero ahora estoy en {c} hasta el viernes\n", t=ck(), c=LOC(C(CITIES["ES"] if cc == "ES" else CITIES["MX"]).lower()))
    d.f("{t} AGENTE: y un teléfono de contacto\n", t=ck())
    d.f("{t} CLIENTE: el {p}\n", t=ck(), p=PH(asr_phone(cc, p_spoken=0.3, lang="es")))
    d.f("{t} AGENTE: la dirección de entrega que me aparece es {ad}\n", t=ck(), ad=AD(addr(cc, "lower")))
    d.f("{t} CLIENTE: {x}\n", t=ck(), x=C(["sí eso es pero el portal es el de al lado", "sí correcto", "no ahora vivo en otro sitio"]))
    if chance(0.4):
        d.f("{t} CLIENTE: y el repartidor dejó el aviso a nombre de {o} que no sé quién es\n", t=ck(), o=P(asr_name(person(cult))))
    d.f("{t} AGENTE: vale le abro una reclamación con número {n} y le llamará mi compañera {s} en un plazo de cuarenta y ocho horas\n",
        t=ck(), n=" ".join(digits(6)), s=P(asr_name(sup, False)))
    d.f("{t} CLIENTE: vale gracias", t=ck())
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "es"


def k_verbale_chiamata_asr_it():
    cli = person("it") if chance(0.8) else person(C(["ar_l", "uk_l", "wa"]))
    op = person("it")
    col = person("it")
    d = Doc()
    d.f("VERBALE CHIAMATA (trascrizione ASR, non revisionata) - pratica n. {n} - {dt}\n\n", n=fill("##/####/@"), dt=date_num())
    d.f("operatore: buongiorno sono {o} del servizio clienti come posso aiutarla\n", o=P(asr_name(op, False)))
    d.f("cliente: buongiorno chiamo per la bolletta di {m} che mi è arrivata doppia\n",
        m=C(["marzo", "gennaio", "agosto", "novembre"]))
    d.f("operatore: mi dice nome e cognome dell intestatario\n")
    d.f("cliente: {n}\n", n=P(asr_name(cli)))
    d.f("operatore: e l indirizzo di fornitura\n")
    d.f("cliente: {a}\n", a=AD(addr("IT", "lower")))
    if chance(0.4):
        d.f("cliente: però fino a venerdì sono fuori per lavoro a {c}\n", c=LOC(C(CITIES["IT"]).lower()))
    d.f("operatore: un recapito telefonico\n")
    d.f("cliente: {p}\n", p=PH(asr_phone("IT", p_spoken=0.3, lang="it")))
    if chance(0.5):
        d.f("operatore: l iban per il rimborso è sempre {i}\n", i=IB(iban("IT", "lower")))
        d.f("cliente: sì\n")
    d.f("operatore: perfetto apro un reclamo e la ricontatta la collega {c} entro dieci giorni lavorativi\n", c=P(asr_name(col)))
    d.f("cliente: grazie arrivederci\n")
    d.add("--\nesito: RECLAMO APERTO / categoria FATT-DOPPIA")
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "it"


def k_gespraechsprotokoll_stt_de():
    cc = C(["DE", "DE", "DE", "AT", "CH"])
    kd = person(C(["de", "de", "tr", "pl", "it"]))
    ma = person("de")
    kol = person("de")
    ck = Clock()
    d = Doc()
    d.f("Gesprächsprotokoll (automatische Transkription) – Vorgang {n} – Hotline {h}\n", n=fill("VG-######"),
        h=C(["Energie", "Mobilfunk", "Versand", "Versicherung"]))
    d.f("{t} MA: {b} kundenservice mein name ist {m} was kann ich für sie tun\n", t=ck(), b=C(["harbourline", "stadtwerke", "nimbus"]),
        m=P(asr_name(ma)))
    d.f("{t} KD: ja guten tag {k} hier es geht um {x}\n", t=ck(), k=P(asr_name(kd, chance(0.5))),
        x=C(["meinen abschlag der ist viel zu hoch", "die kündigung die ich im mai geschickt hab", "das paket das nie angekommen ist"]))
    d.f("{t} MA: darf ich noch ihre kundennummer haben\n", t=ck())
    d.f("{t} KD: {n}\n", t=ck(), n=" ".join(digits(RI(7, 9))))
    if chance(0.4):
        d.f("{t} KD: ich bin aber bis freitag bei meiner mutter in {c}\n", t=ck(), c=LOC(C(CITIES["DE"]).lower()))
    d.f("{t} MA: und zur sicherheit die adresse\n", t=ck())
    d.f("{t} KD: {a}\n", t=ck(), a=AD(addr(cc, "lower")))
    d.f("{t} MA: und unter welcher nummer erreichen wir sie\n", t=ck())
    d.f("{t} KD: {p}\n", t=ck(), p=PH(asr_phone(cc, p_spoken=0.35, lang="de")))
    if chance(0.55):
        d.f("{t} MA: die erstattung geht dann auf die iban {i} richtig\n", t=ck(),
            i=IB(iban(cc, "lower") if chance(0.6) else iban(cc, "sp")))
        d.f("{t} KD: ja genau\n", t=ck())
    d.f("{t} MA: gut ich gebe das an meinen kollegen {k} weiter der meldet sich bis {w}\n", t=ck(), k=P(asr_name(kol, chance(0.5))),
        w=C(["freitag", "ende der woche", "montag", "mittwoch"]))
    d.f("{t} KD: danke tschüss", t=ck())
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "de"


def k_compte_rendu_appel_stt_fr():
    cc = C(["FR", "FR", "FR", "BE", "CH"])
    cl = person(C(["fr", "fr", "wa", "ar_l"]))
    cs = person("fr")
    d = Doc()
    d.f("Compte rendu d'appel - transcription automatique - dossier {n}\n", n=fill("FR-###-####"))
    d.f("conseiller : bonjour {b} {c} à votre écoute\n", b=C(["harbourline énergie", "nimbus mobile", "parcelo"]), c=P(asr_name(cs, False)))
    d.f("client : oui bonjour c est {n} je vous appelle pour {x}\n", n=P(asr_name(cl)),
        x=C(["la résiliation", "le colis qui est marqué livré", "la facture de février", "le remboursement"]))
    d.f("conseiller : très bien je vais avoir besoin d un numéro de téléphone\n")
    ph = phone(cc, intl=False)
    d.f("client : c est le {p}\n", p=PH(ph if chance(0.5) else re.sub(r"\D", " ", ph).strip()))
    if chance(0.4):
        d.f("client : mais là je suis à {v} jusqu à vendredi\n", v=LOC(C(CITIES["FR"]).lower()))
    d.f("conseiller : et l adresse postale\n")
    d.f("client : {a}\n", a=AD(addr(cc, "lower")))
    if chance(0.4):
        d.f("client : et sinon vous pouvez écrire à {e}\n", e=E(email_for(cl, "fr")))
    d.f("conseiller : d accord je transmets au service {s} et ma collègue {c} vous rappellera {q}\n",
        s=C(["recouvrement", "litiges", "expédition"]), c=P(asr_name(person("fr"), False)), q=C(["jeudi", "sous quarante huit heures", "lundi matin"]))
    d.add("client : merci au revoir\n---\nmotif : " + C(["RESIL", "LITIGE_LIVRAISON", "FACT_CONTESTEE"]))
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "fr"


def k_ligacao_sac_transcrita_br():
    cl = person("pt")
    at = person("pt")
    d = Doc()
    d.f("PROTOCOLO {n} - transcrição automática da ligação - SAC {b}\n", n=digits(14), b=C(["Parcelo", "Nimbus", "Loop&Thread"]))
    d.f("atendente: {b} boa tarde meu nome é {a} com quem eu falo\n", b=C(["parcelo", "nimbus"]), a=P(asr_name(at, False)))
    d.f("cliente: oi é {n}\n", n=P(asr_name(cl)))
    d.f("atendente: {n} pode me confirmar o cpf só os três primeiros dígitos\n", n=P(asr_name(cl, False)))
    d.f("cliente: {x}\n", x=" ".join(digits(3)))
    d.f("atendente: obrigada e um telefone pra contato\n")
    d.f("cliente: {p}\n", p=PH(asr_phone("BR", p_spoken=0.3, lang="pt")))
    d.f("atendente: o endereço de entrega é {a}\n", a=AD(addr("BR", "lower")))
    d.f("cliente: isso mas {x}\n", x=C(["o interfone tá quebrado", "deixa na portaria", "o número mudou"]))
    if chance(0.4):
        d.f("cliente: minha vizinha {v} recebeu uma caixa que não era dela\n", v=P(asr_name(person("pt"), False)))
    d.f("atendente: certo vou abrir uma reclamação e o prazo é de {x} dias úteis\n", x=C(["cinco", "sete", "dez"]))
    d.add("cliente: tá bom obrigada\n[fim]")
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "pt"


def k_ja_callcenter_stt_log():
    cl = person("ja")
    op = person("ja")
    col = person("ja")
    pref, ward, town, pc, city, rt, rw, rc = C(JA_PLACES)
    d = Doc()
    d.f("【通話記録】自動文字起こし　受付番号 {n}　{dt}\n", n=digits(10), dt="20%d/%02d/%02d" % (RI(24, 26), RI(1, 12), RI(1, 28)))
    d.f("オペレーター：お電話ありがとうございます。{b}カスタマーセンターの{o}でございます。\n", b=C(["パーセロ", "ニンバスモバイル", "ハーバーライン電力"]),
        o=P(op.family))
    d.f("お客様：あ、すみません、{x}\n", x=C(["先週注文した商品がまだ届いてなくて…", "請求が二重になってるみたいで", "解約の手続きをしたいんですけど"]))
    d.f("オペレーター：ご迷惑をおかけしております。ご契約者様のお名前をお願いできますか。\n")
    d.f("お客様：{n}です。\n", n=P(cl.full))
    d.f("オペレーター：{f}様ですね。ご登録のお電話番号をお願いします。\n", f=P(cl.family))
    ph = phone("JP", intl=False)
    if chance(0.25):
        SPOKEN_PHONES[0] += 1
        pt = ph.replace("-", "の")
    else:
        pt = ph if chance(0.5) else ph.replace("-", "")
    d.f("お客様：{p}です。\n", p=PH(pt))
    d.f("オペレーター：お届け先のご住所は{a}でお間違いないでしょうか。\n", a=AD(addr("JP", "one")))
    d.f("お客様：はい。あ、{c}の実家に送ってもらうことってできますか。\n" if chance(0.4) else "お客様：はい、そうです。\n", c=LOC(C(CITIES["JP"])))
    d.f("オペレーター：確認のうえ、担当の{c}より折り返しご連絡いたします。\n", c=P(col.family))
    d.add("（通話時間 %d分%02d秒／信頼度 0.%d）" % (RI(2, 14), RI(0, 59), RI(60, 95)))
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "ja"


KO_DIG = ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]


def k_ko_consult_call_stt():
    cl = person("ko")
    op = person("ko")
    d = Doc()
    d.f("[상담 통화 STT] 접수번호 {n} / {dt}\n", n=digits(12), dt="20%d.%02d.%02d" % (RI(24, 26), RI(1, 12), RI(1, 28)))
    d.f("상담원: 네 감사합니다 {b} 고객센터 상담원 {o}입니다\n", b=C(["파셀로", "님버스모바일", "케스트렐"]), o=P(op.full))
    d.f("고객: 네 안녕하세요 {x}\n", x=C(["택배가 아직 안 와서요", "요금이 두 번 나갔어요", "해지하려고 전화했어요"]))
    d.f("상담원: 불편을 드려 죄송합니다 주문자 성함 말씀해 주시겠어요\n")
    d.f("고객: {n}이요\n", n=P(cl.full))
    ph = phone("KR", intl=False)
    if chance(0.3):
        SPOKEN_PHONES[0] += 1
        pt = " ".join("".join(KO_DIG[int(c)] for c in grp) for grp in ph.split("-"))
    else:
        pt = ph
    d.f("상담원: {n} 고객님 연락처 확인 부탁드립니다\n", n=P(cl.full))
    d.f("고객: {p}이요\n", p=PH(pt))
    d.f("상담원: 배송지 주소가 {a} 맞으실까요\n", a=AD(addr("KR", "one")))
    d.f("고객: 네 맞아요 {x}\n", x=C(["근데 경비실에 맡겨 주세요", "문 앞에 두시면 돼요", ""]))
    d.f("상담원: 네 확인 후 {c} 매니저가 다시 연락드리겠습니다\n", c=P(person("ko").full))
    d.add("[통화종료] 신뢰도 0.%d" % RI(60, 95))
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "ko"


RU_PATR_M = ["Игоревич", "Сергеевич", "Александрович", "Викторович", "Олегович"]
RU_PATR_F = ["Игоревна", "Сергеевна", "Александровна", "Викторовна", "Олеговна"]


def ru_fio(p):
    fem = p.family.endswith("а")
    return p.family + " " + p.given + " " + C(RU_PATR_F if fem else RU_PATR_M)


def k_ru_callcenter_asr_dump():
    cl = person("ru")
    op = person("ru")
    col = person("ru")
    d = Doc()
    d.f("Расшифровка звонка (ASR) · обращение № {n} · {dt}\n", n=digits(9), dt=date_num())
    d.f("оператор: здравствуйте компания {b} меня зовут {o} чем могу помочь\n", b=C(["парсело", "нимбус мобайл"]), o=P(op.given.lower()))
    d.f("клиент: здравствуйте я по поводу {x}\n", x=C(["возврата денег", "заказа который не пришёл", "списания с карты"]))
    d.f("оператор: назовите пожалуйста фамилию имя отчество\n")
    d.f("клиент: {n}\n", n=P(ru_fio(cl).lower()))
    d.f("оператор: номер телефона\n")
    d.f("клиент: {p}\n", p=PH(phone("RU", intl=False) if chance(0.5) else re.sub(r"\D", " ", phone("RU", intl=False)).strip().replace("  ", " ")))
    d.f("оператор: адрес доставки\n")
    d.f("клиент: {a}\n", a=AD(addr("RU", "lower")))
    if chance(0.5):
        d.f("клиент: а карта была {c}\n", c=CC(card(C(["visa", "mc"]), "sp")))
    d.f("оператор: передам вопрос коллеге {c} она перезвонит в течение двух дней\n", c=P(col.given.lower() + " " + col.family.lower()))
    d.add("клиент: спасибо до свидания\n— конец —")
    if chance(0.6):
        d = excerpt(d, 4, 9, 1, '[...]')
    return d, "ru"


def ocr_doc(doc, rate=0.04, types=("STREET_ADDRESS", "PERSON", "LOCATION")):
    out = Doc()
    for t, typ in doc.pieces:
        if typ is None or typ in types:
            g = ocr_garble(t, rate)
            if typ is not None:
                g = g.strip()
                if not g:
                    g = t
            out.add(g, typ)
        else:
            out.add(t, typ)
    return out


# ---------------------------------------------------------------------------
# KINDS -- scans, faxes, OCR, ICR
# ---------------------------------------------------------------------------
def k_fax_cover_sheet_ocr():
    de = chance(0.4)
    d = Doc()
    if de:
        cc = C(["DE", "DE", "AT"])
        snd = person("de")
        rcv = person("de")
        pat = person(C(["de", "tr", "pl"]))
        d.add(C(["T E L E F A X", "Telefax-Deckblatt", "FAX-MITTEILUNG"]) + "\n\n")
        d.f("An: Kundenservice / Beschwerdestelle\nz. Hd. {r}\nFax: {f}\n\n", r=P(rcv.full),
            f=PH(phone(cc)))
        d.f("Von: {s}\nPraxis/Firma: {p}\nTel.: {t}   Fax: {fx}\n\n", s=P(snd.full), p=C(["Hausarztpraxis am Markt", "Kanzlei am Stadtgraben", "Pflegedienst Sonnenschein"]),
            t=PH(phone(cc)), fx=PH(phone(cc)))
        d.f("Datum: {dt}     Seiten (inkl. Deckblatt): {n}\nBetreff: {b}\n\n", dt=date_num(), n=RI(2, 7), b=C(["Widerspruch Kündigung", "Vollmacht / Ihr Zeichen %s" % fill("##/###"), "Schadensmeldung"]))
        d.f("Sehr geehrte Damen und Herren,\nanbei die Vollmacht für {pt}, wohnhaft {a}. Bitte richten Sie alle Rückfragen an uns, "
            "nicht an die Mandantin.\n\nMit freundlichen Grüßen\n{s}\n\n", pt=P(pat.full), a=AD(addr(cc, "one")), s=P(snd.initial))
        d.add("VERTRAULICH: Diese Faxnachricht ist ausschließlich für den Empfänger bestimmt.")
        return ocr_doc(d, 0.03), "de"
    rg = en_region(["GB", "US", "IE", "AU", "CA"])
    snd = person(C(rg["cult"]))
    rcv = person(C(rg["cult"]))
    pat = person(C(rg["cult"]))
    d.add(C(["F A X   C O V E R   S H E E T", "FAX TRANSMITTAL", "fax cover"]) + "\n\n")
    d.f("Date: {dt}          Pages (incl. cover): {n}\n", dt=date_en(), n=RI(2, 9))
    d.f("To: Claims Dept / Attn: {r}\nFax: {f}\n", r=P(rcv.full), f=PH(phone(rg["cc"])))
    d.f("From: Dr {s}\nPhone: {p}      Fax: {fx}\n", s=P(snd.full), p=PH(phone(rg["cc"])), fx=PH(phone(rg["cc"])))
    d.f("RE: claim {c} - supporting documents\n[ ] Urgent  [x] For Review  [ ] Please Reply\n\n", c=fill("BW-####-####"))
    d.f("Message:\nPlease find attached the invoice and photos for the above claim. Our patient {pt} of\n{a}\n"
        "has asked that correspondence go to {e}.\n\n", pt=P(pat.full), a=AD(addr(rg["addr"], "multi")), e=E(email_for(pat)))
    d.add("CONFIDENTIALITY NOTICE: the documents accompanying this transmission contain confidential information. "
          "If you received this fax in error please notify us immediately by telephone.")
    return ocr_doc(d, 0.035), "en"


def k_scanned_complaint_letter_ocr():
    rg = en_region(["GB", "GB", "IE", "US", "AU", "NG", "ZA"])
    me = person(C(rg["cult"]))
    nb = person(C(rg["cult"]))
    brand = C(AGENT_BRANDS)
    d = Doc()
    d.f("[scan {a} of {b} - OCR confidence {c}%]\n\n", a=1, b=RI(1, 3), c=RI(62, 94))
    d.f("{n}\n{ad}\n{dt}\n\n", n=P(me.full), ad=AD(addr(rg["addr"], "multi")), dt=date_en())
    d.f("Customer Relations\n{b}\n{co}\n\n", b=brand, co=AD(C(["Freepost RTKX-%s, PO Box %d, Leeds LS1 9ZZ" % (fill("@@@@"), RI(100, 9999)),
                                                       "PO Box %d, %s" % (RI(100, 9999), C(["Bristol BS99 7QX", "Glasgow G2 1AA", "Cardiff CF10 9XB"]))])))
    d.f("Dear Sir/Madam,\n\nRe: Account no. {ac}\n\n", ac=" ".join([digits(4), digits(4), digits(2)]))
    d.f("I am writing to complain about {x}. On {dt} your driver left the parcel with my neighbour Mrs {nb} "
        "without my permission and it has not been seen since. I have phoned {k} times and was promised a call back "
        "by a {ag} which never came.\n\n", x=C(["the handling of my order %s" % order_no(), "the service I have received", "a missing delivery"]),
        dt=date_en(), nb=P(nb.family), k=C(["four", "5", "six", "several"]), ag=C(["supervisor", "manager", "team leader"]))
    d.f("Please contact me on {ph} or in writing at the above address. If I do not hear back within 14 days I will "
        "refer the matter to the Ombudsman.\n\nYours faithfully,\n\n{sig}\n{n}", ph=PH(phone(rg["cc"])),
        sig=C(["~~~~~", "(signed)", "/s/"]), n=P(me.full.upper() if chance(0.4) else me.full))
    return ocr_doc(d, 0.05), "en"


def k_handwritten_claim_form_icr():
    cust = person(C(["us", "us", "latam", "wa", "ko_l", "sa", "vi", "ar_l"]))
    emp = C(["Summit Roofing Co", "Desert Sun Dental", "Magnolia Home Health", "Redline Tire Pros", "self-employed"])
    d = Doc()
    d.f("CLAIM FORM - ICR EXTRACT (handwriting recognition)  batch {b}  page {p}\n", b=digits(6), p=RI(1, 4))
    d.add("FIELD                 VALUE                                        CONF\n")
    rows = []

    def row(f, v, conf=None):
        rows.append((f, v, conf if conf is not None else "0.%02d" % RI(40, 99)))

    up = chance(0.7)
    fam = cust.family.upper() if up else cust.family
    giv = cust.given.upper() if up else cust.given
    row("claimant_last", P(fam))
    row("claimant_first", P(giv))
    row("ssn", SSN(ssn(C(["dash", "dash", "plain", "space", "wide"]))))
    row("dob", "%02d/%02d/19%d" % (RI(1, 12), RI(1, 28), RI(50, 99)))
    a = addr("US", "caps" if up else "one")
    row("home_address", AD(a))
    row("phone_day", PH(phone("US", intl=False)))
    if chance(0.5):
        row("phone_eve", PH(phone("US", intl=False)))
    em = email_for(cust)
    row("email", E(em.upper() if up else em), "0.%02d" % RI(30, 70))
    row("employer", emp)
    if chance(0.5):
        sp = person(C(["us", "latam"]))
        row("spouse_name", P(sp.full.upper() if up else sp.full))
        row("spouse_ssn", SSN(ssn()))
    if chance(0.4):
        dep = person(C(["us", "latam"]))
        dn = dep.given + " " + cust.family
        row("dependent_1", P(dn.upper() if up else dn))
        row("dependent_1_ssn", SSN(ssn(C(["dash", "plain"]))))
    row("date_of_loss", date_en())
    row("signature_present", "Y")
    for f, v, conf in rows:
        d.add(f.ljust(22))
        d.add(v)
        vl = len(v.text) if isinstance(v, Ent) else len(v)
        d.add(" " * max(2, 45 - vl) + conf + "\n")
    d.add("low-confidence fields routed to manual keying queue MK-%d" % RI(1, 9))
    if chance(0.3):
        d = excerpt(d, 5, 8, 2, '')
    return d, "en"


def k_courier_exception_report_scan():
    rg = en_region(["GB", "GB", "US", "IE", "AU", "NG", "KE", "IN"])
    drv = person(C(rg["cult"]))
    d = Doc()
    d.f("PARCELO - DELIVERY EXCEPTION REPORT (scanned)   Depot: D{dp}   Route {r}   Driver: {dr}\n", dp=RI(10, 99),
        r=fill("##@"), dr=P(drv.full))
    d.f("Date {dt}   Van {v}   Stops {s}   Exceptions {e}\n", dt=date_en(), v=fill("@@## @@@"), s=RI(60, 140), e=RI(3, 6))
    d.add("#  Consignment        Consignee / Address                                    Exc  Notes\n")
    for i in range(RI(3, 6)):
        c = person(C(rg["cult"]))
        d.f("{i}  {t}  ", i=i + 1, t=tracking().ljust(18))
        code = C(["NH", "RF", "AD", "DMG", "NH", "LF"])
        if code == "AD":
            d.f("{n}, {a}  AD   cust on phone says new addr {b}\n", n=P(c.full), a=AD(addr(rg["addr"], "one")), b=AD(addr(rg["addr"], "one")))
        elif code == "NH":
            d.f("{n}, {a}  NH   card left, rang {p} no ans\n", n=P(c.full.upper()), a=AD(addr(rg["addr"], "one")),
                p=PH(phone(rg["cc"], intl=False)))
        elif code == "RF":
            d.f("{n}  RF   refused - says ordered {b} not this\n", n=P(c.full), b=C(LOOKALIKE_BRANDS))
        elif code == "DMG":
            d.f("{n}, {a}  DMG  box crushed, photo taken\n", n=P(c.initial), a=AD(addr(rg["addr"], "one")))
        else:
            d.f("{n}  LF   locker full at {l} - return to depot\n", n=P(c.full), l=C(["Co-op locker", "InPost 0412", "Esso garage"]))
    d.f("Driver signature: ______ ({i})   Checked by: {s}", i=drv.given[0] + drv.family[0], s=P(person(C(rg["cult"])).first))
    return ocr_doc(d, 0.03), "en"


def k_lettre_scannee_resiliation_fr():
    cc = C(["FR", "FR", "FR", "BE"])
    me = person(C(["fr", "fr", "ar_l", "wa", "pt"]))
    ville = C(CITIES["FR"][:5]) if cc == "FR" else C(["Liège", "Namur", "Bruxelles"])
    d = Doc()
    d.f("{n}\n{a}\nTél. : {t}\n{e}\n\n", n=P(me.full), a=AD(addr(cc, "multi")), t=PH(phone(cc)), e=E(email_for(me, "fr")))
    d.f("                                  {b} - Service Résiliation\n                                  {ad}\n\n",
        b=C(["NIMBUS MOBILE", "HARBOURLINE ÉNERGIE", "KESTREL BOX"]), ad=AD(C(["TSA %d, 92894 NANTERRE CEDEX 9" % RI(10000, 99999),
                                                                           "CS %d, 59071 ROUBAIX CEDEX 1" % RI(10000, 99999)])))
    d.f("                                  À {v}, le {j} {m} 20{y}\n\n", v=LOC(ville), j=RI(1, 28),
        m=C(["janvier", "mars", "avril", "juin", "septembre", "décembre"]), y=RI(24, 26))
    d.f("Objet : Résiliation de mon abonnement - n° client {c}\nLettre recommandée avec AR n° {r}\n\n", c=digits(8),
        r=fill("1A ### ### #### #"))
    d.f("Madame, Monsieur,\n\nPar la présente, je vous informe de ma volonté de résilier mon contrat à compter de la "
        "réception de ce courrier, conformément à la loi {l}. Je vous prie de bien vouloir rembourser le trop-perçu de "
        "{x} sur mon compte {i}.\n\n", l=C(["Chatel", "Hamon"]), x=amount("EUR"), i=IB(iban(cc if cc != "BE" else "BE", C(["sp", "sp", "line"]))))
    d.f("Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{s}", s=P(me.full))
    return ocr_doc(d, 0.04), "fr"


def k_hoja_reclamaciones_escaneada_es():
    me = person("es")
    d = Doc()
    d.f("HOJA DE RECLAMACIONES / FULL DE RECLAMACIÓ - Nº {n} - Ejemplar para la Administración\n[documento escaneado]\n\n", n=digits(8))
    d.add("DATOS DEL RECLAMANTE\n")
    d.f("Nombre y apellidos: {n}\nDNI/NIE/Pasaporte: {d}\nDomicilio: {a}\nTeléfono: {t}     Correo electrónico: {e}\n\n",
        n=P(me.full.upper() if chance(0.5) else me.full), d=fill("########@"), a=AD(addr("ES", "one")), t=PH(phone("ES")),
        e=E(email_for(me, "es")))
    d.add("DATOS DEL RECLAMADO\n")
    d.f("Razón social: {r}\nDomicilio: {a}\n\n", r=C(["PARCELO IBERIA S.L.", "NIMBUS MÓVIL S.A.", "MUEBLES MARLOWE S.L."]),
        a=AD(addr("ES", "one")))
    d.f("HECHOS: {h}\n\n", h=C(["El día %s compré un sofá modelo Aurora (ref. %s) y a día de hoy no se ha entregado. El repartidor dice que la dirección no existe." % (date_num(), sku()),
                                   "Me cobran una permanencia que no firmé. La comercial que me atendió en tienda se llamaba %s.",
                                   "El técnico no se presentó en la cita del martes de 9 a 14 h."]).replace("%s.", "[NOMBRE]."))
    d.f("PRETENSIÓN: devolución del importe ({i}) en la cuenta {ib}\n\nFirma del reclamante: ____  Fecha: {f}",
        i=amount("EUR"), ib=IB(iban("ES", C(["sp", "plain"]))), f=date_num())
    dd = d
    # put the saleswoman's name in if that variant was chosen
    out = Doc()
    for t, typ in dd.pieces:
        if typ is None and "[NOMBRE]" in t:
            a, b = t.split("[NOMBRE]", 1)
            out.add(a)
            out.add(person("es").first, "PERSON")
            out.add(b)
        else:
            out.add(t, typ)
    return ocr_doc(out, 0.035), "es"


def k_zgloszenie_reklamacyjne_skan_pl():
    me = person("pl")
    d = Doc()
    d.f("FORMULARZ REKLAMACYJNY (skan, OCR)\nNr zgłoszenia: {n}\n\n", n=fill("RK/####/##/20##"))
    d.f("Imię i nazwisko: {n}\nAdres: {a}\nTelefon: {t}   e-mail: {e}\n\n", n=P(me.full), a=AD(addr("PL", C(["one", "multi"]))),
        t=PH(phone("PL")), e=E(email_for(me, "pl")))
    d.f("Nr zamówienia: {o}   Data zakupu: {dt}\nTowar: {t}\n", o=order_no(), dt=date_num(), t=C(["buty Dr. Martens 1460 r. 41", "odkurzacz Dyson V8", "kurtka Jack Wolfskin"]))
    d.f("Opis wady: {x}\n", x=C(["odklejona podeszwa po 3 tyg.", "nie ładuje się bateria", "rozpruty szew przy kieszeni"]))
    d.f("Żądanie: zwrot pieniędzy na rachunek {i}\n\n", i=IB(iban("PL", C(["sp", "plain", "line"]))))
    d.f("Podpis klienta: ........   Przyjął(a): {p}", p=P(person("pl").initial))
    return ocr_doc(d, 0.035), "pl"


def k_ja_fax_soufujo_ocr():
    me = person("ja")
    op = person("ja")
    d = Doc()
    d.add("ＦＡＸ送付状\n\n")
    d.f("送信日：20{y}年{m}月{dd}日\n宛先：株式会社{b}　お客様相談室　御中\nFAX：{f}\n\n", y=RI(24, 26), m=RI(1, 12), dd=RI(1, 28),
        b=C(["パーセロ", "マーロウホーム", "ニンバス"]), f=PH(phone("JP", intl=False)))
    d.f("送信者：{n}\n住所：{a}\nTEL：{t}\n\n", n=P(me.full), a=AD(addr("JP", "one")), t=PH(phone("JP", intl=False)))
    d.f("送信枚数：{k}枚（本紙含む）\n件名：{s}\n\n", k=RI(2, 5), s=C(["返品について", "請求書の件", "修理品の返送先変更"]))
    d.f("いつもお世話になっております。先日お電話でお話しした{o}様宛てにお送りします。\n"
        "注文番号{no}の商品を同封の返品票にて返送いたします。ご確認のほどよろしくお願いいたします。\n", o=P(op.family), no=digits(10))
    return ocr_doc(d, 0.02), "ja"


def k_repair_intake_tag_photo_ocr():
    rg = en_region(["GB", "US", "IE", "AU", "IN"])
    c = person(C(rg["cult"]))
    d = Doc()
    d.f("[photo OCR: repair tag, front + back]\n{b} REPAIR CENTRE   job# {j}\n", b=C(["HOMEHERO", "QUICKFIX", "VOLTA"]), j=digits(5))
    d.f("Item: {i}   S/N: {s}\n", i=C(["Dyson V11", "Miele S8", "Nespresso Vertuo", "Sony WH-1000XM4", "Kenwood Chef"]), s=fill("@@#-@@-#######"))
    d.f("Fault (cust words): \"{f}\"\n", f=C(["cuts out after 2 min", "makes a grinding noise", "wont turn on since Tues", "leaks from base"]))
    d.f("Cust: {n}   Tel: {t}\n", n=P(c.full if chance(0.5) else c.initial), t=PH(phone(rg["cc"], intl=False)))
    if chance(0.6):
        d.f("Return to: {a}\n", a=AD(addr(rg["addr"], "one")))
    else:
        d.add("Return to: collect in store\n")
    d.f("Taken in by: {i}  {dt}\n-- back --\n", i=P(person(C(rg["cult"])).first), dt=date_en())
    d.f("Parts: {p}   Labour 0.5h\nQuote approved by phone Y/N: {y}", p=C(["battery pack SV15 89.99", "brush bar 24.50", "seal kit 12.00"]), y=C(["Y", "N", "Y (spoke to wife)"]))
    return ocr_doc(d, 0.04), "en"


def k_ueberweisungstraeger_ocr_de():
    payer = person(C(["de", "de", "tr", "pl"]))
    city = C(CITIES["DE"][:6])
    d = Doc()
    d.add("SEPA-Überweisung/Zahlschein — OCR-Ergebnis (Belegleser %d)\n" % RI(1, 9))
    d.f("Angaben zum Zahlungsempfänger: Name, Vorname/Firma\n  {e}\nIBAN\n  {i}\nBIC des Kreditinstituts/Zahlungsdienstleisters\n  {b}\n",
        e=C(["HARBOURLINE ENERGIE GMBH", "STADTWERKE MUSTERTAL", "PARCELO DEUTSCHLAND GMBH"]), i=IB(iban("DE", "sp")),
        b=C(["COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX", "GENODEF1S04"]))
    d.f("Betrag: Euro, Cent\n  {a}\n", a="%d,%02d" % (RI(10, 900), RI(0, 99)))
    d.f("Kunden-Referenznummer - Verwendungszweck, ggf. Name und Anschrift des Zahlers\n  KD-NR {k} {v}\n",
        k=digits(8), v=C(["ABSCHLAG MAERZ", "RG %s" % digits(7), "MAHNUNG 2"]))
    d.f("Angaben zum Kontoinhaber/Zahler: Name, Vorname/Firma, Ort (max. 27 Stellen, keine Straßen- oder Postfachangaben)\n  {n}, {c}\n",
        n=P((payer.given + " " + payer.family).upper() if chance(0.6) else payer.full), c=LOC(city.upper()))
    d.f("IBAN\n  {i}\nDatum  {dt}   Unterschrift(en) [vorhanden]", i=IB(iban("DE", C(["sp", "plain"]))), dt=date_num())
    return ocr_doc(d, 0.03), "de"


def k_tech_visit_sheet_handwritten():
    nl = chance(0.45)
    d = Doc()
    tk = Ticker(RI(8 * 60, 15 * 60))
    if nl:
        eng = person("nl")
        c = person(C(["nl", "nl", "tr", "ar_l", "sa"]))
        d.f("WERKBON MONTEUR (handgeschreven, ICR)   Opdracht {o}\n", o=digits(6))
        d.f("Monteur: {m}    Bus: {b}\n", m=P(eng.full), b=fill("V-###-@@"))
        d.f("Klant: {k}    Tel: {t}\n", k=P(c.full), t=PH(phone("NL", intl=False)))
        d.f("Adres: {a}\n", a=AD(addr("NL", "one")))
        d.f("Aankomst {a}  Vertrek {v}\n", a=tk.hm(), v=tk.hm(30, 150))
        d.f("Uitgevoerd: {x}\n", x=C(["ketel Nefit EcomLine ontlucht, druk 1,6 bar", "glasvezel ONT vervangen, signaal ok", "afvoer wasmachine ontstopt"]))
        d.f("Handtekening klant: ✓   Naam (blokletters): {n}\n", n=P(c.full.upper()))
        d.f("Vervolgafspraak: {w}", w=C(["donderdag", "n.v.t.", "maandag ochtend"]))
        return ocr_doc(d, 0.03), "nl"
    rg = en_region(["GB", "IE", "US", "AU", "ZA"])
    eng = person(C(rg["cult"]))
    c = person(C(rg["cult"]))
    d.f("FIELD VISIT SHEET (handwritten, transcribed by ICR)   Job {j}\n", j=digits(5))
    d.f("Engineer: {e}    Van: {v}\n", e=P(eng.full), v=fill("@@## @@@"))
    d.f("Customer: {k}    Tel: {t}\n", k=P(c.full), t=PH(phone(rg["cc"], intl=False)))
    d.f("Site: {a}\n", a=AD(addr(rg["addr"], C(["one", "multi"]))))
    d.f("Arrived {a}  Left {l}\n", a=tk.hm(), l=tk.hm(30, 150))
    d.f("Work done: {x}\n", x=C(["replaced PCB on Worcester Bosch 30i, pressure 1.2 bar", "fitted new ONT + router, speed test 910/110",
                                  "isolator swapped, tested RCD ok"]))
    d.f("Cust sig: Y   Cust name (print): {n}\n", n=P(c.full.upper()))
    d.f("Next visit: {w}", w=C(["Thursday", "n/a", "TBC w/ office", "Mon AM"]))
    return ocr_doc(d, 0.03), "en"


def k_reklamace_sken_cs():
    me = person("cz")
    d = Doc()
    d.f("REKLAMAČNÍ PROTOKOL (sken)\nČíslo reklamace: {n}\n\n", n=fill("R\\MA-##/####"))
    d.f("Zákazník: {z}\nAdresa: {a}\nTel.: {t}\nE-mail: {e}\n\n", z=P(me.full), a=AD(addr("CZ", "one")), t=PH(phone("CZ")),
        e=E(email_for(me, "cs")))
    d.f("Číslo objednávky: {o}   Datum nákupu: {dt}\nPopis vady: {x}\n", o=order_no(), dt=date_num(),
        x=C(["praskla podrážka", "nefunguje displej", "chybí šroubky v balení"]))
    d.f("Požadované řešení: vrácení peněz na účet {i}\n\nPřevzal(a): {p}   Podpis: ____", i=IB(iban("CZ", C(["sp", "plain"]))),
        p=P(person("cz").full))
    return ocr_doc(d, 0.03), "cs"


def k_delivery_note_carbon_copy_ocr():
    tr = chance(0.45)
    d = Doc()
    if tr:
        c = person("tr")
        drv = person("tr")
        d.f("İRSALİYE - müşteri nüshası (karbon kopya, soluk)\nİrsaliye No: {n}   Tarih: {dt}\n\n", n=fill("@@@20##########"), dt=date_num())
        d.f("Alıcı: {a}\nAdres: {ad}\nTel: {t}\n\n", a=P(c.full.upper()), ad=AD(addr("TR", "one")), t=PH(phone("TR", intl=False)))
        d.add("Ürün                         Adet\n")
        for _ in range(RI(2, 4)):
            d.f("{u}   {k}\n", u=C(["Koltuk takımı Aurora 3+2", "Yemek masası Nordic", "Çalışma sandalyesi", "Halı 160x230"]).ljust(26), k=RI(1, 4))
        d.f("\nTeslim eden: {s}   Teslim alan: {r}   İmza: ___", s=P(drv.full), r=P(c.given))
        return ocr_doc(d, 0.04), "tr"
    rg = en_region(["GB", "IE", "AU", "ZA", "NG"])
    c = person(C(rg["cult"]))
    d.f("DELIVERY NOTE - customer copy (carbon, faint)\nNote no. {n}   Date {dt}\n\n", n=digits(7), dt=date_en())
    d.f("Deliver to: {n}\n{a}\nTel {t}\n\n", n=P(c.full), a=AD(addr(rg["addr"], "multi")), t=PH(phone(rg["cc"])))
    d.add("Qty  Description\n")
    for _ in range(RI(2, 4)):
        d.f("{q}    {x}\n", q=RI(1, 6), x=C(["Sofa 'Aurora' 3-seat, slate", "Oak dining table 180", "Mattress Kingsize Ortho", "Bedside cabinet x2 (Ted Baker range)"]))
    d.f("\nReceived in good condition: ____ print name: {p}", p=P(c.family.upper()))
    return ocr_doc(d, 0.045), "en"


# ---------------------------------------------------------------------------
# KINDS -- forwarded e-mail threads, letters, summaries
# ---------------------------------------------------------------------------
BRAND_DOM = {"Nimbus Mobile": "nimbusmobile.com", "Harbourline Energy": "harbourline-energy.co.uk", "Parcelo": "parcelo.eu",
             "Kestrel Broadband": "kestrelbb.net", "Brightwell Insurance": "brightwell.ie", "Vantora Bank": "vantora.com",
             "Loop & Thread": "loopandthread.shop", "Marlowe Home": "marlowehome.com", "Quickfit Tyres": "quickfit-tyres.com",
             "Sunny Day Travel": "sunnydaytravel.com", "Orla Kitchens": "orlakitchens.ie", "HomeHero Appliances": "homehero.co",
             "Jasper Pet Supplies": "jasperpets.com", "Victoria Plumbing Supplies": "vps-trade.co.uk"}


_STAFF_MAIL = {}


def staff_email(p, brand):
    key = (p.full, brand)
    if key in _STAFF_MAIL:
        return _STAFF_MAIL[key]
    dom = BRAND_DOM.get(brand, "support.example-shop.com")
    g = re.sub(r"[^a-z]", "", fold(p.lat_given).lower())
    f = re.sub(r"[^a-z]", "", fold(p.lat_family).lower())
    m = C([g + "." + f, g[0] + "." + f, g + f[0], f + "." + g[0]]) + "@" + dom
    _STAFF_MAIL[key] = m
    return m


FWD = {
    "en": dict(h=("From", "Sent", "To", "Cc", "Subject"), fw="FW:", re="RE:", sep="-----Original Message-----",
               subj=["complaint - order {o}", "Still no refund!!", "URGENT: missing parcel {o}", "double charge on my account"],
               cust=["Hi,\n\nI am writing AGAIN about order {o}. It was marked as delivered on {dt} but nothing arrived at {ad}. "
                     "Your driver apparently handed it to someone called {nb} but nobody of that name lives in our building. "
                     "I have been on hold for over an hour twice. Please call me on {ph} (after 5pm) or just refund me.\n\nRegards\n{n}",
                     "Hello,\n\nYou have taken {amt} from my account twice this month. I want the duplicate payment refunded to "
                     "{ib} which is the account I gave your colleague {nb} on the phone. My number is {ph} if you need it.\n\nThanks\n{n}"],
               note=["Hi {tl},\n\ncan you pick this up pls, it's the 3rd time she's written in. I've spoken to {col} in the warehouse "
                     "and they have no scan after the depot.\n\nThanks\n{ag}",
                     "Looping in {col} from finance - customer's alt number is {ph2}.\n\n{ag}",
                     "{tl} - escalating per policy (over 14 days). Passed to {col} yesterday but no update.\n\n{ag}"],
               lang="en"),
    "de": dict(h=("Von", "Gesendet", "An", "Cc", "Betreff"), fw="WG:", re="AW:", sep="-----Ursprüngliche Nachricht-----",
               subj=["Beschwerde Bestellung {o}", "Erstattung fehlt immer noch", "Paket nicht erhalten {o}", "doppelte Abbuchung"],
               cust=["Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen nun zum dritten Mal wegen der Bestellung {o}. Laut "
                     "Sendungsverfolgung wurde das Paket am {dt} zugestellt, bei mir ({ad}) ist aber nichts angekommen. Angeblich "
                     "hat es ein/e {nb} angenommen - diese Person wohnt nicht in unserem Haus. Bitte rufen Sie mich unter {ph} "
                     "zurück oder erstatten Sie den Betrag.\n\nMit freundlichen Grüßen\n{n}",
                     "Guten Tag,\n\nSie haben diesen Monat zweimal {amt} abgebucht. Bitte erstatten Sie die doppelte Zahlung auf "
                     "{ib}, das Konto habe ich Ihrer Kollegin {nb} schon telefonisch genannt. Erreichbar bin ich unter {ph}.\n\nGruß\n{n}"],
               note=["Hallo {tl},\n\nkannst du das bitte übernehmen? Kundin hat jetzt dreimal geschrieben. Habe mit {col} im Lager "
                     "gesprochen, kein Scan nach dem Depot.\n\nDanke\n{ag}",
                     "{col} aus der Buchhaltung in Kopie - Zweitnummer der Kundin: {ph2}\n\nVG {ag}",
                     "@{tl}: Eskalation gem. Prozess (> 14 Tage). Liegt seit gestern bei {col}, keine Rückmeldung.\n\n{ag}"],
               lang="de"),
    "nl": dict(h=("Van", "Verzonden", "Aan", "CC", "Onderwerp"), fw="FW:", re="RE:", sep="-----Oorspronkelijk bericht-----",
               subj=["klacht bestelling {o}", "nog steeds geen terugbetaling", "pakket niet ontvangen {o}", "dubbel afgeschreven"],
               cust=["Beste klantenservice,\n\nVoor de derde keer mail ik over bestelling {o}. Volgens de track & trace is het pakket "
                     "op {dt} bezorgd, maar op mijn adres ({ad}) is niets aangekomen. Het zou zijn afgegeven bij {nb}, maar die "
                     "woont hier niet. Bel mij aub terug op {ph} of stort het bedrag terug.\n\nMet vriendelijke groet,\n{n}",
                     "Hallo,\n\nJullie hebben deze maand twee keer {amt} afgeschreven. Graag het dubbele bedrag terugstorten op {ib}, "
                     "dat rekeningnummer heb ik al aan jullie collega {nb} doorgegeven. Mijn nummer: {ph}\n\nGroet,\n{n}"],
               note=["Hoi {tl},\n\nKun jij dit oppakken? Klant heeft nu drie keer gemaild. Ik heb {col} van het magazijn gesproken, "
                     "geen scan na het depot.\n\nGroet,\n{ag}",
                     "{col} van finance in de cc - tweede nummer klant: {ph2}\n\n{ag}",
                     "{tl}, escalatie volgens proces (> 14 dagen). Ligt sinds gisteren bij {col}.\n\n{ag}"],
               lang="nl"),
    "no": dict(h=("Fra", "Sendt", "Til", "Kopi", "Emne"), fw="VS:", re="SV:", sep="-----Opprinnelig melding-----",
               subj=["klage ordre {o}", "fortsatt ingen refusjon", "pakke ikke mottatt {o}", "trukket to ganger"],
               cust=["Hei,\n\nJeg skriver for tredje gang angående ordre {o}. Ifølge sporingen ble pakken levert {dt}, men ingenting "
                     "har kommet til meg ({ad}). Den skal visstnok være levert til {nb}, men det bor ingen med det navnet her. "
                     "Ring meg på {ph} eller refunder beløpet.\n\nMvh\n{n}",
                     "Hei,\n\nDere har trukket {amt} to ganger denne måneden. Refunder det dobbelte beløpet til {ib}, kontoen har jeg "
                     "allerede oppgitt til {nb} på telefon. Nummeret mitt er {ph}.\n\nMvh\n{n}"],
               note=["Hei {tl},\n\nkan du ta denne? Kunden har skrevet tre ganger nå. Har snakket med {col} på lageret, ingen "
                     "skanning etter terminalen.\n\nTakk\n{ag}",
                     "Setter {col} fra økonomi på kopi - kundens andre nummer: {ph2}\n\n{ag}",
                     "{tl}: eskalerer iht. rutine (over 14 dager). Ligger hos {col} siden i går.\n\n{ag}"],
               lang="no"),
    "sv": dict(h=("Från", "Skickat", "Till", "Kopia", "Ämne"), fw="VB:", re="SV:", sep="-----Ursprungligt meddelande-----",
               subj=["reklamation order {o}", "fortfarande ingen återbetalning", "paket ej mottaget {o}", "dragit dubbelt"],
               cust=["Hej,\n\nJag skriver för tredje gången angående order {o}. Enligt spårningen levererades paketet {dt}, men "
                     "ingenting har kommit till mig ({ad}). Det ska ha lämnats till {nb}, men ingen med det namnet bor här. "
                     "Ring mig på {ph} eller återbetala beloppet.\n\nMvh\n{n}",
                     "Hej,\n\nNi har dragit {amt} två gånger den här månaden. Återbetala det dubbla beloppet till {ib}, kontot har jag "
                     "redan lämnat till er kollega {nb} i telefon. Mitt nummer är {ph}.\n\nMvh\n{n}"],
               note=["Hej {tl},\n\nkan du ta den här? Kunden har mejlat tre gånger nu. Pratade med {col} på lagret, ingen "
                     "skanning efter terminalen.\n\nTack\n{ag}",
                     "Lägger till {col} från ekonomi - kundens andra nummer: {ph2}\n\n{ag}",
                     "{tl}: eskalerar enligt rutin (över 14 dagar). Ligger hos {col} sedan igår.\n\n{ag}"],
               lang="sv"),
}
FWD_LOCAL = {"en": ("GB", ["gb", "sa", "wa", "pl"], "en"), "de": ("DE", ["de", "de", "tr", "pl"], "de"),
             "nl": ("NL", ["nl", "nl", "tr", "ar_l"], "nl"), "no": ("NO", ["nordic"], "nordic"),
             "sv": ("SE", ["nordic", "nordic", "ar_l"], "nordic")}


def fwd_chain(lang, hops=None, width=None):
    cfg = FWD[lang]
    cc, cults, mreg = FWD_LOCAL[lang]
    if lang == "en":
        rg = en_region(["GB", "US", "IE", "AU"])
        cc, cults = rg["cc"], rg["cult"]
    cust = person(C(cults))
    brand = C(AGENT_BRANDS)
    staff = distinct_people(cults, 4)
    h = cfg["h"]
    o = order_no()
    variant = RI(0, 1)
    iban_cc = {"GB": "GB", "US": "GB", "IE": "IE", "AU": "GB", "DE": "DE", "NL": "NL", "NO": "NO", "SE": "SE"}[cc]
    body = D(cfg["cust"][variant], o=o, dt=date_num() if lang != "en" else date_en(), ad=AD(addr(cc, "one")),
             nb=P(person(C(cults)).full), ph=PH(phone(cc)), n=P(cust.first if chance(0.5) else cust.full),
             amt=amount("EUR" if lang != "en" else "GBP"), ib=IB(iban(iban_cc, C(["sp", "plain"]))))
    body = wrap(body, width or C([68, 72, 76]))
    subj = cfg["subj"][C([0, 2]) if variant == 0 else C([1, 3])].replace("{o}", o)
    cemail = email_for(cust, {"en": "en", "de": "de", "nl": "nl", "no": "nordic", "sv": "nordic"}[lang])

    clock = [datetime.datetime(2023 + RI(0, 2), RI(1, 12), RI(1, 28), RI(7, 21), RI(0, 59))]
    en_fmt = C(["%d %b %Y %H:%M", "%A, %B %d, %Y %I:%M %p", "%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M"])

    def hdr(frm_name, frm_mail, to_txt, subject, with_cc=None):
        dd = Doc()
        dd.f("{a}: {n} <{m}>\n", a=h[0], n=P(frm_name), m=E(frm_mail))
        ds = clock[0].strftime(en_fmt if lang == "en" else "%d.%m.%Y %H:%M")
        clock[0] += datetime.timedelta(hours=RI(1, 70), minutes=RI(0, 59))
        dd.f("{a}: {d}\n", a=h[1], d=ds)
        dd.f("{a}: ", a=h[2])
        dd.add(to_txt)
        dd.add("\n")
        if with_cc:
            dd.f("{a}: ", a=h[3])
            dd.add(with_cc)
            dd.add("\n")
        dd.f("{a}: {s}\n\n", a=h[4], s=subject)
        return dd

    support = Doc().add("support@" + BRAND_DOM[brand], "EMAIL_ADDRESS")
    msg = hdr(cust.full, cemail, support, subj)
    msg.add(body)
    hops = hops or RI(2, 3)
    subject = subj
    for i in range(hops):
        sender = staff[i]
        to_p = staff[i + 1]
        subject = (cfg["fw"] if i != 0 else cfg["re"]) + " " + subject
        note = D(C(cfg["note"]), tl=P(to_p.first), col=P(C([staff[(i + 2) % 4].first, staff[(i + 2) % 4].full])),
                 ag=P(sender.first if chance(0.6) else sender.full), ph2=PH(phone(cc)))
        to_txt = Doc().f("{n} <{m}>", n=P(to_p.full), m=E(staff_email(to_p, brand)))
        cc_txt = None
        if chance(0.3):
            cc_txt = Doc().f("{n}", n=E(staff_email(staff[(i + 2) % 4], brand)))
        new = hdr(sender.full if chance(0.6) else sender.family + ", " + sender.given, staff_email(sender, brand), to_txt,
                  subject, cc_txt)
        new.add(note)
        if chance(0.4):
            new.f("\n--\n{n} | {t} | {b}\nT: {p} | E: {e}", n=P(sender.full), t=C(["Customer Care Team Leader", "Complaints Handler",
                                                                                        "Head of Customer Experience", "Senior Advisor"]),
                  b=brand, p=PH(phone(cc, intl=True)), e=E(staff_email(sender, brand)))
        new.add("\n\n" + cfg["sep"] + "\n")
        if i == 0 or chance(0.5):
            q = quoted(msg, ">" if chance(0.5) else "> ")
            if chance(0.3):
                q = wrap(q, C([74, 76, 78]))  # client re-wraps quoted text: broken '>' lines
            new.add(q)
        else:
            new.add(msg)
        msg = new
    return msg, cfg["lang"]


def k_triple_forwarded_escalation_thread():
    return fwd_chain("en", hops=3)


def k_weitergeleitete_beschwerde_kette_de():
    return fwd_chain("de")


def k_doorgestuurde_klacht_nl():
    return fwd_chain("nl")


def k_kundeservice_videresendt_no():
    return fwd_chain("no", hops=2)


def k_vidarebefordrad_reklamation_sv():
    return fwd_chain("sv", hops=2)


def k_refund_iban_forward_chain():
    lang = C(["de", "nl", "fr", "en"])
    cc = {"de": C(["DE", "AT"]), "nl": C(["NL", "BE"]), "fr": C(["FR", "BE", "LU"]), "en": C(["IE", "GB"])}[lang]
    cult = {"de": "de", "nl": "nl", "fr": "fr", "en": "gb"}[lang]
    cust = person(cult)
    a1, a2, fin = person(cult), person(cult), person(cult)
    brand = C(AGENT_BRANDS)
    raw = iban_raw(cc)
    txt = {"de": ("Bitte Erstattung über {amt} an folgende Bankverbindung veranlassen:", "Kontoinhaber", "Grund", "Danke, {a}"),
           "nl": ("Graag terugbetaling van {amt} naar onderstaande rekening:", "Rekeninghouder", "Reden", "Dank, {a}"),
           "fr": ("Merci de procéder au remboursement de {amt} sur le compte suivant :", "Titulaire", "Motif", "Merci, {a}"),
           "en": ("Please process a refund of {amt} to the account below:", "Account holder", "Reason", "Thanks, {a}")}[lang]
    inner = Doc()
    inner.f(txt[0] + "\n\n", amt=amount("EUR"))
    inner.f("IBAN: {i}\n", i=IB(iban_fmt(raw, C(["sp", "plain"]))))
    reason = {"de": ["Retoure %s" % order_no(), "doppelte Abbuchung", "Kulanz"], "nl": ["retour %s" % order_no(), "dubbele afschrijving", "coulance"],
              "fr": ["retour %s" % order_no(), "double prélèvement", "geste commercial"], "en": ["return %s" % order_no(), "double charge", "goodwill"]}[lang]
    inner.f("BIC: {b}\n{h}: {n}\n{r}: {x}\n\n", b=fill("@@@@") + cc + fill("@@"), h=txt[1], n=P(cust.full), r=txt[2], x=C(reason))
    inner.f(txt[3], a=P(a1.first))
    wrapped_note = Doc()
    wrapped_note.f({"de": "Hallo {f},\nkannst du das freigeben? Kunde hat die IBAN selbst per Mail geschickt, siehe unten (Zeilenumbruch von Outlook, bitte prüfen):\n",
                    "nl": "Hoi {f},\nkun je dit goedkeuren? Klant heeft het IBAN zelf gemaild, zie onder (regel is afgebroken, even checken):\n",
                    "fr": "Bonjour {f},\npeux-tu valider ? Le client a envoyé son IBAN par mail, voir ci-dessous (coupé à la ligne, à vérifier) :\n",
                    "en": "Hi {f},\ncan you approve? Customer emailed the IBAN himself, see below (it got split over two lines, pls double check):\n"}[lang],
                   f=P(fin.first))
    wrapped_note.f("> {i}\n", i=IB(iban_fmt(raw, "sp")))
    d = Doc()
    d.f("From: {n} <{m}>\nTo: {fn} <{fm}>\nSubject: FW: {s}\n\n", n=P(a2.full), m=E(staff_email(a2, brand)), fn=P(fin.full),
        fm=E(staff_email(fin, brand)), s={"en": "Refund request", "de": "Erstattung", "nl": "Terugbetaling", "fr": "Remboursement"}[lang])
    d.add(wrapped_note)
    d.add("\n")
    d.add(quoted(inner, "> "))
    d.add("\n\n")
    cust_mail = Doc()
    cust_mail.f("-- customer e-mail ({e}) --\n", e=E(email_for(cust, lang if lang in MAILDOM else "en")))
    cust_mail.f("{x}\n", x={"de": "meine IBAN lautet", "nl": "mijn IBAN is", "fr": "mon IBAN est", "en": "my IBAN is"}[lang])
    cust_mail.f("{i}\n", i=IB(iban_fmt(raw, "line")))
    cust_mail.f("{n}", n=P(cust.first))
    d.add(cust_mail)
    return d, lang


def k_art15_access_response_letter():
    de = chance(0.45)
    d = Doc()
    if de:
        cc = C(["DE", "DE", "AT"])
        me = person(C(["de", "de", "tr", "pl"]))
        dpo = person("de")
        a1, a2 = person("de"), person("de")
        d.f("Ihre Anfrage nach Art. 15 DSGVO - unser Zeichen {z}\n\nSehr geehrte/r {n},\n\n", z=fill("DSGVO-20##-####"), n=P(me.full))
        d.f("wir bestätigen den Eingang Ihrer Anfrage vom {dt}. Folgende personenbezogene Daten sind bei uns gespeichert:\n\n", dt=date_num())
        d.f("  Name:                 {n}\n  Anschrift:            {a}\n  frühere Anschrift:    {b}\n  E-Mail:               {e}\n  Telefon:              {t}\n",
            n=P(me.full), a=AD(addr(cc, "one")), b=AD(addr(cc, "one")), e=E(email_for(me, "de")), t=PH(phone(cc)))
        d.f("  Zahlungsmittel:       {z}\n  Login-IP-Adressen:    {i1}, {i2}\n", z=C(["SEPA-Lastschrift, IBAN endet auf %s" % digits(4), "Visa •••• %s" % digits(4)]),
            i1=IP(ipv4()), i2=IP(C([ipv4(), ipv6()])))
        d.f("  Gesprächsaufzeichnungen: {k} (bearbeitet von {a1} und {a2})\n\n", k=RI(1, 5), a1=P(a1.full), a2=P(a2.first))
        d.add("Die Daten stammen von Ihnen selbst sowie von unserem Versanddienstleister. Speicherdauer: 10 Jahre (HGB).\n\n")
        d.f("Mit freundlichen Grüßen\n{d}\nDatenschutzbeauftragte/r", d=P(dpo.full))
        return d, "de"
    rg = en_region(["GB", "IE", "US", "AU"])
    me = person(C(rg["cult"]))
    dpo, a1, a2 = person(C(rg["cult"])), person(C(rg["cult"])), person(C(rg["cult"]))
    d.f("Subject access request - our ref {z}\n\nDear {n},\n\n", z=fill("DSAR-20##-####"), n=P(me.first if chance(0.3) else me.full))
    d.f("Thank you for your request received on {dt}. Below is a summary of the personal data we hold about you; the full export is attached.\n\n", dt=date_en())
    d.f("  Name:                 {n}\n  Postal address:       {a}\n  Previous address:     {b}\n  Email:                {e}\n  Phone:                {t}\n",
        n=P(me.full), a=AD(addr(rg["addr"], "one")), b=AD(addr(rg["addr"], "one")), e=E(email_for(me)), t=PH(phone(rg["cc"])))
    d.f("  Payment method:       {z}\n  Sign-in IP addresses: {i1}, {i2}\n", z=C(["Visa ending %s" % digits(4), "Direct Debit, sort code ending %s" % digits(2)]),
        i1=IP(ipv4()), i2=IP(C([ipv4(), ipv6()])))
    d.f("  Call recordings:      {k} (handled by {a1} and {a2})\n  Marketing preferences: email OFF, SMS ON\n\n", k=RI(1, 5), a1=P(a1.full), a2=P(a2.first))
    d.add("Sources: you, our delivery partner, and a credit reference agency. Retention: 6 years after account closure.\n\n")
    d.f("Yours sincerely\n{d}\nData Protection Officer", d=P(dpo.full))
    return d, "en"


def k_tier2_escalation_summary():
    rg = en_region()
    c = person(C(rg["cult"]))
    a1, a2, a3, own = distinct_people(rg["cult"], 4)
    ds = date_seq(6)
    idt = rg["cc"] == "US" and chance(0.6)
    d = Doc()
    d.f("ESCALATION SUMMARY - T2 - case {c} - priority P{p}\n", c=case_id(), p=RI(1, 3))
    d.f("Customer: {n} ({s})\nContact: {t} / {e}\nAddress on file: {a}\n", n=P(c.full), s=C(["consumer", "SOHO", "vulnerable", "VIP"]),
        t=PH(phone(rg["cc"])), e=E(email_for(c)), a=AD(addr(rg["addr"], "one")))
    if idt:
        d.f("Issue: identity theft - new lines opened in cust's name; cust supplied SSN {s} for the fraud affidavit\n\nTimeline:\n",
            s=SSN(ssn()))
    else:
        d.f("Issue: {x}\n\nTimeline:\n", x=C(["no service since engineer visit; 4 missed appts", "refund promised x3 not issued",
                                               "account taken over - password reset from unknown IP", "wrong meter on account, 14 months back-billed"]))
    d.f(" - {d1}: first contact via chat, agent {a}\n", d1=ds[0], a=P(a1.first))
    d.f(" - {d2}: callback missed (note from {a})\n", d2=ds[1], a=P(a2.full))
    if idt or chance(0.5):
        d.f(" - {d3}: login from {ip} (not cust's usual); MFA reset\n", d3=ds[2], ip=IP(C([ipv4(False), ipv6()])))
    if idt:
        d.f(" - {d3}: fraudulent card added to account: {cc}\n", d3=ds[3], cc=CC(card(None, C(["sp", "plain", "dash"]))))
    d.f(" - {d4}: customer posted on social tagging the CEO; social team ({a}) replied with DM\n", d4=ds[4], a=P(a3.first))
    d.f(" - {d5}: cust says she now lives in {l} part of the week - wants visits there\n" if chance(0.4) else " - {d5}: no further contact\n",
        d5=ds[5], l=LOC(C(CITY_EN[rg["cc"]])))
    d.f("\nRoot cause (suspected): {r}\nAsk: {k}\nOwner: {o}", r=C(["fault code not passed to field team", "refund stuck in finance queue", "duplicate account merge"]),
        k=C(["goodwill + named contact", "approve refund today", "senior engineer visit"]), o=P(own.full))
    return d, "en"


def k_chargeback_rebuttal_packet():
    rg = en_region(["US", "US", "GB", "CA", "AU", "IE"])
    c = person(C(rg["cult"]))
    signer = person(C(rg["cult"]))
    pan = card_number()[0]
    d = Doc()
    d.f("CHARGEBACK REPRESENTMENT - evidence packet\nMerchant: {m}   MID {mid}   Case {cs}   Reason code {r}\n\n",
        m=C(["Loop & Thread Ltd", "Marlowe Home LLC", "Jasper Pet Supplies"]), mid=digits(15), cs=digits(10),
        r=C(["13.1 (Merchandise/Services Not Received)", "10.4 (Other Fraud - Card Absent)", "4853 (Cardholder Dispute)"]))
    d.f("Cardholder: {n}\nCard: {mk}  (full PAN withheld)\nTransaction: {dt}  {amt}  order {o}\n\n", n=P(c.full.upper()),
        mk=pan[:6] + "******" + pan[-4:], dt=date_en(), amt=amount(rg["cur"] if rg["cur"] in ("USD", "GBP") else "USD"), o=order_no())
    d.add("EXHIBIT A - order record\n")
    d.f("  billing address:  {b}\n  shipping address: {s}\n  email: {e}   phone: {p}\n  IP at checkout: {ip}   AVS: {avs}   CVV: M\n\n",
        b=AD(addr(rg["addr"], "one")), s=AD(addr(rg["addr"], "one")), e=E(email_for(c)), p=PH(phone(rg["cc"])), ip=IP(C([ipv4(), ipv6()])),
        avs=C(["Y (full match)", "A (street only)", "Z (zip only)"]))
    d.f("EXHIBIT B - carrier proof of delivery\n  {t}  DELIVERED {dt} {tm}  signed: \"{sg}\"\n\n", t=tracking(), dt=date_en(), tm=hhmm(),
        sg=P(signer.family.upper()))
    d.add("EXHIBIT C - customer correspondence (excerpt)\n")
    d.add(quoted(wrap(D("hi, the parcel came but the box was empty, my partner {h} signed for it. please refund to the card. {n}",
                        h=P(signer.first), n=P(c.first)), 70), "> "))
    d.add("\n\n")
    if chance(0.7):
        d.f("EXHIBIT D - terminal receipt (OCR)\n  CARD {pan}  EXP {ex}  AUTH {au}\n\n", pan=CC(card_fmt(pan, C(["sp", "plain", "dbl", "line"]))),
            ex="%02d/%d" % (RI(1, 12), RI(26, 30)), au=fill("######"))
    d.f("Prepared by {p}, disputes analyst", p=P(person(C(rg["cult"])).initial))
    return d, "en"


# ---------------------------------------------------------------------------
# KINDS -- chat widgets and social inboxes
# ---------------------------------------------------------------------------
def k_chat_widget_transcript_with_macros():
    rg = en_region(["GB", "US", "IE", "AU", "CA", "IN", "NG", "ZA"])
    c = person(C(rg["cult"]))
    ag = person(C(["gb", "us", "sa", "wa", "pl", "latam", "nordic"]))
    brand = C(AGENT_BRANDS)
    o = order_no()
    t = [RI(8, 20) * 3600 + RI(0, 3599)]

    def ts():
        t[0] += RI(5, 70)
        return "[%02d:%02d:%02d]" % (t[0] // 3600, (t[0] // 60) % 60, t[0] % 60)

    cf = c.first
    af = ag.first
    d = Doc()
    d.f("Chat transcript - conversation {i} - channel: web widget (help.{dom}/orders)\n", i=fill("##@#@##@-####"), dom=BRAND_DOM[brand])
    d.f("Visitor: {n} ({e})  IP {ip}  {ua}\n", n=P(c.full), e=E(email_for(c)), ip=IP(C([ipv4(), ipv4(), ipv6()])),
        ua=C(["Chrome 121 / Android 14", "Safari / iOS 17.3", "Edge 120 / Windows"]))
    d.f("{t} System: visitor joined. Pre-chat form: name=\"{n}\", order=\"{o}\"\n", t=ts(), n=P(cf.lower() if chance(0.4) else cf), o=o)
    d.f("{t} Bot (Ava): Hi! I'm Ava 🤖 the {b} virtual assistant. What can I help with today?\n", t=ts(), b=brand)
    d.f("{t} {c}: {x}\n", t=ts(), c=P(cf), x=C(["where is my order its been 9 days", "wheres my parcel??", "i need to change my delivery adress",
                                                 "refund not recieved"]))
    d.f("{t} Bot (Ava): I can help with that! Please type your order number.\n", t=ts())
    d.f("{t} {c}: {x}\n", t=ts(), c=P(cf), x=C(["agent", "AGENT", "human pls", "speak to a person"]))
    d.f("{t} System: transferred to queue ORDERS_{cc}. {a} joined the chat.\n", t=ts(), cc=rg["cc"], a=P(ag.full))
    d.f("{t} {a}: [macro: GREET_01] Hi {c}, thanks for your patience! My name is {a2} and I'll be looking after you today 😊\n",
        t=ts(), a=P(af), c=P(cf), a2=P(af))
    d.f("{t} {c}: hi {a2} tracking says delivered to reception but its my home address lol\n", t=ts(), c=P(cf), a2=P(af.lower()))
    if chance(0.3):
        d.f("{t} {c}: btw im in {l} till friday so no rush\n", t=ts(), c=P(cf), l=LOC(C(CITY_EN[rg["cc"]])))
    d.f("{t} {a}: [macro: ADDR_VERIFY] I'm sorry to hear that. Could you please confirm the full delivery address and a contact number?\n",
        t=ts(), a=P(af))
    d.f("{t} {c}: {ad} and {ph}\n", t=ts(), c=P(cf), ad=AD(addr(rg["addr"], C(["one", "lower", "space"]))), ph=PH(phone(rg["cc"])))
    r = R.random()
    if r < 0.35:
        d.f("{t} {c}: can u just take the payment now my card is {cc} exp {ex}\n", t=ts(), c=P(cf), cc=CC(card(None, C(["sp", "plain", "dash", "line"]))),
            ex="%02d/%d" % (RI(1, 12), RI(26, 31)))
        d.f("{t} {a}: [macro: PCI_WARN] For your security please don't share card details in chat. I've flagged the message for redaction.\n", t=ts(), a=P(af))
    elif r < 0.6 and rg["cc"] == "US":
        d.f("{t} {c}: do u need my social? its {s}\n", t=ts(), c=P(cf), s=SSN(ssn(C(["dash", "plain", "space"]))))
        d.f("{t} {a}: [macro: PII_WARN] Please don't share your Social Security number here - we will never ask for it in chat.\n", t=ts(), a=P(af))
    long = chance(0.5)
    if long:
        extra = [("{t} {a}: Thank you. I can see the driver marked it as left with a neighbour at no. {n}.\n", dict(n=RI(1, 90))),
                 ("{t} {c}: which neighbour?? i dont know anyone called {nb}\n", dict(nb=P(person(C(rg["cult"])).full))),
                 ("{t} {a}: I completely understand. Let me check with the depot 🙏\n", {}),
                 ("{t} System: agent is typing...\n", {}),
                 ("{t} {a}: [macro: HOLD_2MIN] I'm just checking this for you, it may take up to 2 minutes.\n", {}),
                 ("{t} {c}: ok\n", {}),
                 ("{t} {c}: also can u send confirmation to my work email {e2}\n", dict(e2=E(email_for(c, style=RI(0, 7)).split("@")[0] + "@" + C(["nhs.net", "company.co", "work-mail.com", "acme-corp.com"])))),
                 ("{t} {a}: Of course. The depot confirmed the photo shows a different door, so I've raised a lost parcel claim {o}.\n", dict(o=case_id())),
                 ("{t} {a}: [macro: REFUND_5DAY] Your refund of {amt} will be processed within 5 working days to your original payment method.\n",
                  dict(amt=amount(rg["cur"]))),
                 ("{t} {c}: finally 🙄 thanks {a2}\n", dict(a2=P(af))),
                 ("{t} {a}: [macro: CLOSE_CSAT] Is there anything else I can help with today?\n", {}),
                 ("{t} {c}: no thats all\n", {}),
                 ("{t} System: {c} left the chat. CSAT survey sent.\n", {}),
                 ("{t} System: chat ended by agent. Duration 00:{m}:{s}. Tags: WISMO, LOST_PARCEL, {tag}\n",
                  dict(m="%02d" % RI(8, 40), s="%02d" % RI(0, 59), tag=C(["REFUND", "GOODWILL", "VULNERABLE"])))]
        for tmpl, kw in extra:
            d.f(tmpl, t=ts(), a=P(af), c=P(cf), **kw)
        d.f("\nInternal note ({a}): cust verified via email + postcode. Driver id {dr} - 3rd misdelivery this week.", a=P(af), dr=digits(5))
    else:
        d.f("{t} {a}: [macro: CLOSE_CSAT] Thanks {c}, I've updated that for you. Anything else?\n", t=ts(), a=P(af), c=P(cf))
        d.f("{t} System: chat ended. Tags: ADDRESS_CHANGE", t=ts())
    if chance(0.35):
        d = excerpt(d, 5, 9, 2, '[...]')
    return d, "en"


IG_MSGS = {
    "en": ["hiii my order never came 😭 name is {n} and address {a}", "u charged me twice?? call me {p}", "ok thanks!!",
           "pls send to my sisters instead: {n2}, {a}", "still waiting... 3 weeks now. email {e}"],
    "es": ["holaa mi pedido nunca llegó 😭 me llamo {n} y vivo en {a}", "me habéis cobrado dos veces, llamadme al {p}", "vale gracias!!",
           "mejor envíalo a mi hermana: {n2}, {a}", "sigo esperando... ya van 3 semanas. mi correo {e}"],
    "pt": ["oiii meu pedido nunca chegou 😭 meu nome é {n} e endereço {a}", "vcs cobraram duas vezes?? me liga {p}", "ok obg!!",
           "manda pra minha irmã: {n2}, {a}", "ainda esperando... 3 semanas já. email {e}"],
}


IG_BRANDS = [("Loop & Thread", "@loopandthread"), ("Jasper Pets", "@jasperpets"), ("Marlowe Home", "@marlowehome")]
IG_REPLY = {"en": "Hi! We've passed this to our team 💛", "es": "¡Hola! Ya lo hemos pasado al equipo 💛", "pt": "Oi! Já passamos pro time 💛"}


def k_instagram_inbox_csv_export():
    lang = C(["en", "es", "es", "pt", "pt"])
    cc, mreg = {"en": (C(["US", "GB"]), "en"), "es": (C(["ES", "MX", "CO"]), "es"), "pt": ("BR", "pt")}[lang]
    bname, bhandle = C(IG_BRANDS)
    d = Doc()
    d.add("thread_id,timestamp,sender_display,sender_handle,message\n")
    for _ in range(RI(2, 3)):
        if lang == "en":
            p = person(C(["us", "gb", "latam", "wa", "sa"]))
        elif lang == "es":
            p = person("es" if cc == "ES" else "latam")
        else:
            p = person("pt")
        handle = "@" + re.sub(r"[^a-z0-9._]", "", fold(p.first).lower()) + C(["_", ".", "", "x"]) + C(["", str(RI(1, 99)), "oficial", "_art"])
        th = digits(16)
        t0 = datetime.datetime(2024 + RI(0, 2), RI(1, 12), RI(1, 28), RI(0, 23), RI(0, 59), RI(0, 59))
        msgs = list(IG_MSGS[lang])
        R.shuffle(msgs)
        for m in msgs[:RI(2, 4)]:
            t0 += datetime.timedelta(minutes=RI(1, 300), seconds=RI(0, 59))
            d.f("{th},{ts},\"{n}\",{h},\"", th=th, ts=t0.strftime("%Y-%m-%dT%H:%M:%SZ"), n=P(p.full), h=handle)
            d.f(m, n=P(p.full if chance(0.5) else p.first), a=AD(addr(cc, "one")), p=PH(phone(cc)), n2=P(person(p.culture).full),
                e=E(email_for(p, mreg)))
            d.add("\"\n")
        t0 += datetime.timedelta(minutes=RI(5, 600))
        d.f("{th},{ts},\"{b}\",{h},\"{r}\"\n", th=th, ts=t0.strftime("%Y-%m-%dT%H:%M:%SZ"), b=bname, h=bhandle, r=IG_REPLY[lang])
    return d, lang


AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def k_wa_business_inbox_export_ar():
    p = person("ar")
    shop = C(["متجر العطور", "عطور الورد", "خدمة العملاء - بارسيلو"])
    dstr = "%02d/%02d/20%d" % (RI(1, 28), RI(1, 12), RI(24, 26))
    t = [RI(9, 20) * 60 + RI(0, 59)]

    def ts():
        t[0] += RI(1, 7)
        return "[%s, %02d:%02d:%02d]" % (dstr, t[0] // 60 % 24, t[0] % 60, RI(0, 59))

    cc_addr = C(["AE_AR", "AE_AR", "EG_AR"])
    cc_ph = "AE" if cc_addr == "AE_AR" else "EG"
    ph = phone(cc_ph, intl=chance(0.4))
    if chance(0.35):
        ph = ph.translate(AR_DIG)
    d = Doc()
    d.f("{t} {s}: مرحباً بك في {s2} 🌹 كيف نقدر نساعدك؟\n", t=ts(), s=shop, s2=shop)
    d.f("{t} {n}: السلام عليكم، طلبي رقم {o} ما وصل لحد الحين\n", t=ts(), n=P(p.full), o=digits(5))
    d.f("{t} {s}: وعليكم السلام، ممكن الاسم الكامل والعنوان ورقم الجوال؟\n", t=ts(), s=shop)
    d.f("{t} {n}: {n2}، {a}، {ph}\n", t=ts(), n=P(p.full), n2=P(p.full), a=AD(addr(cc_addr, "one")), ph=PH(ph))
    d.f("{t} {n}: ‎<مرفق: {f}-PHOTO-20{y}-{m:02}.jpg>\n".replace("{m:02}", "%02d" % RI(1, 12)), t=ts(), n=P(p.full), f=digits(8), y=RI(24, 26))
    d.f("{t} {s}: شكراً {g}، المندوب {dr} بيتواصل معك اليوم إن شاء الله\n", t=ts(), s=shop, g=P(p.given), dr=P(C(["عمر", "خالد", "يوسف", "أحمد", "هشام"])))
    if chance(0.5):
        d.f("{t} {n}: تمام، وإذا ما رديت كلم أخوي {b} على {ph2}\n", t=ts(), n=P(p.full), b=P(person("ar").given),
            ph2=PH(phone(cc_ph, intl=False)))
    d.f("{t} {s}: ✅", t=ts(), s=shop)
    return d, "ar"


def k_line_inbox_export_ja():
    p = person("ja")
    st = person("ja")
    d = Doc()
    d.add("[LINE] %sとのトーク履歴\n保存日時：20%d/%02d/%02d %s\n\n" % (C(["パーセロ公式", "マーロウホーム", "ニンバスモバイル公式"]), RI(24, 26), RI(1, 12), RI(1, 28), hhmm()))
    d.add("20%d/%02d/%02d(%s)\n" % (RI(24, 26), RI(1, 12), RI(1, 28), C("月火水木金土日")))
    shop = "ショップ公式"
    tk = Ticker()
    if chance(0.4):
        d.f("表示名: {a} {b}\n", a=P(p.lat_given + " " + p.lat_family), b=P(p.full.replace(" ", "").replace("\u3000", "")))
    d.f("{t}\t{n}\t{x}\n", t=tk.hm(1, 40), n=P(p.full), x=C(["すみません、注文した商品がまだ届きません", "返品したいです", "住所変更お願いします🙇‍♀️"]))
    d.f("{t}\t{s}\tご不便をおかけして申し訳ございません。ご注文番号、お名前、ご住所を教えていただけますか？\n", t=tk.hm(1, 40), s=shop)
    d.f("{t}\t{n}\t注文番号{o}です。{n2}、{a}\n", t=tk.hm(1, 40), n=P(p.full), o=digits(7), n2=P(p.full.replace(" ", "").replace("\u3000", "")), a=AD(addr("JP", "one")))
    if chance(0.6):
        d.f("{t}\t{n}\t日中は{ph}に連絡ください\n", t=tk.hm(1, 40), n=P(p.full), ph=PH(phone("JP", intl=False)))
    d.f("{t}\t{s}\tありがとうございます。担当の{x}が確認いたします。\n", t=tk.hm(1, 40), s=shop, x=P(st.family))
    d.f("{t}\t{n}\tよろしくお願いします🙏", t=tk.hm(1, 40), n=P(p.full))
    return d, "ja"


def k_zh_wechat_kefu_session():
    p = person("zh")
    ag = person("zh")
    cour = person("zh")
    d = Doc()
    d.f("客服会话记录  会话ID: {i}  渠道: 微信公众号\n", i=fill("wx########@@"))
    day = "20%d-%02d-%02d" % (RI(24, 26), RI(1, 12), RI(1, 28))
    tk = Ticker()
    ts = lambda: "[%s %s]" % (day, tk.hms(0, 4))
    d.f("{t} 用户({n}): 你好，{x}\n", t=ts(), n=P(p.full), x=C(["我的快递显示已签收但是我没收到", "退款怎么还没到账", "我想改一下收货地址"]))
    d.f("{t} 客服-{a}: 您好，请提供一下订单号和收货信息哦\n", t=ts(), a=P(ag.full))
    ph = phone("CN", intl=False)
    d.f("{t} 用户({n}): 订单号{o}，收货人{n2}，电话{ph}，地址{ad}\n", t=ts(), n=P(p.full), o=digits(16), n2=P(p.full), ph=PH(ph), ad=AD(addr("CN", "one")))
    d.f("{t} 客服-{a}: 好的，已为您登记，稍后快递员{c}会联系您（{cp}）\n", t=ts(), a=P(ag.full), c=P(cour.full), cp=PH(phone("CN", intl=False)))
    if chance(0.5):
        d.f("{t} 用户({n}): 我下周在{c}出差，可以寄到公司吗\n", t=ts(), n=P(p.full), c=LOC(C(CITIES["CN"])))
    d.f("{t} 客服-{a}: 亲，还有其他问题吗？😊", t=ts(), a=P(ag.full))
    return d, "zh"


def k_ko_kakao_consult_log():
    p = person("ko")
    ag = person("ko")
    d = Doc()
    tk = Ticker(RI(12 * 60, 18 * 60))
    d.f("카카오톡 상담 내역 | {b} | 상담번호 {n}\n", b=C(["파셀로 고객센터", "님버스모바일", "마로우홈"]), n=digits(10))
    d.f("--------------- 20{y}년 {m}월 {dd}일 ---------------\n", y=RI(24, 26), m=RI(1, 12), dd=RI(1, 28))
    d.f("[{n}] [{t}] {x}\n", n=P(p.full), t=tk.ko(), x=C(["배송이 너무 늦어요ㅠㅠ", "환불 언제 되나요?", "주소 변경하고 싶어요"]))
    d.f("[상담원 {a}] [{t}] 안녕하세요 고객님, 주문자 성함과 연락처 부탁드립니다.\n", a=P(ag.given), t=tk.ko())
    d.f("[{n}] [{t}] {n2} / {ph}\n", n=P(p.full), t=tk.ko(), n2=P(p.full), ph=PH(phone("KR", intl=False)))
    d.f("[{n}] [{t}] 주소는 {a}입니다\n", n=P(p.full), t=tk.ko(), a=AD(addr("KR", "one")))
    d.f("[상담원 {a}] [{t}] {g}님 확인 감사합니다. 처리 후 알림톡 드릴게요🙂", a=P(ag.given), t=tk.ko(), g=P(p.full))
    return d, "ko"


def k_uk_viber_courier_thread():
    p = person("uk")
    cr = person("uk")
    d = Doc()
    tk = Ticker()
    d.f("Viber · {b} · чат з кур'єром\n", b=C(["Нова Пошта", "Meest", "Укрпошта"]))
    d.f("[{t}] Кур'єр {c}: Доброго дня, це кур'єр, буду у вас з {a} до {b}. Адреса {ad} вірна?\n", t=tk.hm(), c=P(cr.given),
        a=RI(10, 15), b=RI(16, 19), ad=AD(addr("UA", "one")))
    d.f("[{t}] {n}: Так, але домофон не працює, наберіть {ph}\n", t=tk.hm(), n=P(p.full), ph=PH(phone("UA", intl=chance(0.3))))
    if chance(0.5):
        d.f("[{t}] {n}: Якщо мене не буде, залиште сусідці {s}, кв. {k}\n", t=tk.hm(), n=P(p.full), s=P(person("uk").given), k=RI(1, 120))
    d.f("[{t}] Кур'єр {c}: Добре 👍 накладна {ttn}, оплата при отриманні {s} грн\n", t=tk.hm(), c=P(cr.given), ttn=fill("20450#########"), s=RI(200, 4000))
    d.f("[{t}] {n}: Дякую!", t=tk.hm(), n=P(p.given))
    return d, "uk"


def k_ru_telegram_helpdesk_topic():
    p = person("ru")
    ag = person("ru")
    d = Doc()
    tk = Ticker()
    topic = C(["Возврат средств", "Не пришли деньги за возврат"])
    d.f("Тема: #{n} {t} — открыто\n\n", n=RI(1000, 9999), t=topic)
    dt = date_num()
    d.f("{n}, [{d} {t}]\nЗдравствуйте! Оформила возврат {w} назад, деньги так и не пришли. Карта {c}\n\n", n=P(p.full), d=dt, t=tk.hm(5, 120),
        w=C(["две недели", "10 дней", "месяц"]), c=CC(card(C(["visa", "mc", "mc2"]), C(["sp", "plain"]))) if chance(0.5) else "заканчивается на %s" % digits(4))
    d.f("Поддержка | {a}, [{d} {t}]\nДобрый день, {g}! Уточните, пожалуйста, номер заказа и телефон.\n\n", a=P(ag.given), d=dt, t=tk.hm(5, 120), g=P(p.given))
    d.f("{n}, [{d} {t}]\nЗаказ {o}, телефон {ph}. Адрес был {a}\n\n", n=P(p.full), d=dt, t=tk.hm(5, 120), o=digits(9),
        ph=PH(phone("RU", intl=chance(0.5))), a=AD(addr("RU", "one")))
    d.f("Поддержка | {a}, [{d} {t}]\nПередала в финотдел, ответ в течение 3 рабочих дней.", a=P(ag.given), d=dt, t=tk.hm(5, 120))
    return d, "ru"


def k_in_whatsapp_service_center_hinglish():
    p = person("sa")
    tech = person("sa")
    dstr = "%02d/%02d/%02d" % (RI(1, 28), RI(1, 12), RI(24, 26))
    shop = C(["Sai Service Centre", "Shree Ganesh Electronics", "CoolAir Care"])
    d = Doc()
    tk = Ticker()
    tt = lambda: "[%s, %s]" % (dstr, tk.ampm(1, 40))
    d.f("{t} {s}: Namaste 🙏 {s} mein aapka swagat hai\n", t=tt(), s=shop)
    d.f("{t} {n}: bhai mera {x} ka repair kab hoga? 3 din ho gaye\n", t=tt(), n=P(p.full), x=C(["washing machine", "AC", "fridge", "geyser"]))
    d.f("{t} {s}: Sir complaint no. bata do aur address confirm karo\n", t=tt(), s=shop)
    d.f("{t} {n}: complaint {c}, address {a}\n", t=tt(), n=P(p.full), c=digits(5), a=AD(addr("IN", "one")))
    d.f("{t} {n}: technician {tn} ko bolo mujhe call kare {ph}\n", t=tt(), n=P(p.full), tn=P(tech.first), ph=PH(phone("IN", intl=chance(0.4))))
    d.f("{t} {s}: ok sir {tn} aaj shaam 5 baje tak aa jayega. Visiting charge Rs 350 (warranty mein free)\n", t=tt(), s=shop, tn=P(tech.first))
    d.f("{t} {n}: 👍", t=tt(), n=P(p.first))
    return d, "hi"


def k_hi_sms_callback_devanagari():
    p = person("hi")
    t = person("hi")
    d = Doc()
    opt = RI(0, 2)
    if opt == 0:
        d.f("प्रिय ग्राहक {n}, आपकी शिकायत संख्या {c} दर्ज कर ली गई है। हमारे तकनीशियन {t} आपसे {ph} पर संपर्क करेंगे। -{b}",
            n=P(p.full), c=digits(6), t=P(t.full), ph=PH(phone("IN", intl=False)), b=C(["CoolAir", "HomeHero", "NimbusMob"]))
    elif opt == 1:
        d.f("नमस्ते {n} जी, आपका पार्सल {tr} कल डिलीवर होगा। पता: {a}। डिलीवरी एजेंट: {t} ({ph})",
            n=P(p.given), tr=fill("@@#########I\\N"), a=AD(addr("IN", "one")), t=P(t.given), ph=PH(phone("IN", intl=False)))
    else:
        d.f("{n} जी, कॉल बैक अनुरोध प्राप्त हुआ। {dd} को {hh} बजे {t} कॉल करेंगे। संदर्भ: {r}",
            n=P(p.full), dd=date_num(), hh=RI(10, 18), t=P(t.full), r=fill("CB-######"))
    return d, "hi"


def k_id_laporan_kurir_gagal():
    kur = person("id")
    d = Doc()
    d.f("LAPORAN PENGIRIMAN GAGAL - Kurir: {k} - Rute {r} - {dt}\n", k=P(kur.full), r=fill("JKT-@-##"), dt=date_num())
    d.add("No | Resi | Penerima | Alamat | Alasan | Ket.\n")
    for i in range(RI(3, 5)):
        p = person("id")
        d.f("{i} | {r} | {n} | ", i=i + 1, r=fill("JX##########"), n=P(p.full.upper() if chance(0.3) else p.full))
        d.f("{a} | ", a=AD(addr("ID", "one")))
        rs = C(["Penerima tidak di tempat", "Alamat tidak ditemukan", "Ditolak", "Rumah kosong"])
        d.add(rs + " | ")
        d.f(C(["telp {ph} tidak aktif", "dititipkan ke tetangga ({t})", "COD Rp {x} belum siap", "-"]), ph=PH(phone("ID", intl=False)),
            t=P(person("id").first), x="%d.000" % RI(50, 900))
        d.add("\n")
    d.f("Diperiksa: {s}", s=P(person("id").first))
    return d, "id"


def k_vi_tong_dai_ghi_chu():
    d = Doc()
    tk = Ticker(RI(7 * 60, 9 * 60))
    d.f("GHI CHÚ TỔNG ĐÀI - Ca {c} {dt}\n", c=C(["sáng", "chiều", "tối"]), dt=date_num())
    for _ in range(RI(3, 5)):
        p = person("vi")
        d.f("- {t} KH {n} ({ph}) ", t=tk.hm(5, 50), n=P(p.full), ph=PH(phone("VN", intl=False)))
        opt = RI(0, 2)
        if opt == 0:
            d.f("gọi hỏi đơn #{o} chưa giao, địa chỉ: {a}\n", o=digits(8), a=AD(addr("VN", "one")))
        elif opt == 1:
            d.f("phản ánh shipper {s} thái độ không tốt, yêu cầu gọi lại\n", s=P(person("vi").given))
        else:
            d.f("muốn đổi size áo, chuyển cho bạn {s} xử lý\n", s=P(person("vi").given))
    d.f("Người trực: {n}", n=P(person("vi").full))
    return d, "vi"


def k_tr_cagri_merkezi_notu():
    p = person("tr")
    ag = person("tr")
    d = Doc()
    d.f("Çağrı notu - Kayıt no: {k} - Temsilci: {t}\n", k=digits(9), t=P(ag.full))
    d.f("Müşteri: {n}, tel: {ph}\nAdres: {a}\n", n=P(p.full), ph=PH(phone("TR", intl=chance(0.3))), a=AD(addr("TR", C(["one", "multi"]))))
    d.f("Konu: {x}\n", x=C(["kargo 5 gündür dağıtım şubesinde bekliyor", "iade bedeli kartına yansımamış", "fatura adresi hatalı"]))
    if chance(0.5):
        d.f("İade IBAN: {i}\n", i=IB(iban("TR", C(["sp", "plain"]))))
    if chance(0.4):
        d.f("Not: müşteri {c} şubesinden teslim almak istiyor.\n", c=LOC(C(CITIES["TR"])))
    d.f("Sonuç: {s} birimine aktarıldı, {g} geri dönüş yapacak.", s=C(["Lojistik", "Finans", "Şikayet"]), g=P(person("tr").given))
    return d, "tr"


def k_fi_asiakaspalvelu_puhelumuistio():
    p = person("nordic")
    ag = person("nordic")
    d = Doc()
    d.f("Puhelumuistio - asiakaspalvelu - {dt}\n", dt=date_num())
    d.f("Soittaja: {n}, p. {ph}\nOsoite: {a}\n", n=P(p.full), ph=PH(phone("FI", intl=chance(0.3))), a=AD(addr("FI", "one")))
    d.f("Asia: {x}\n", x=C(["paketti ei ole saapunut noutopisteeseen", "lasku väärällä summalla", "haluaa perua tilauksen"]))
    d.f("Jatkotoimet: {a} soittaa takaisin {w}.", a=P(ag.first), w=C(["torstaina", "huomenna", "maanantaina"]))
    return d, "fi"


def k_dk_kundeservice_chatlog():
    p = person("nordic")
    ag = person("nordic")
    d = Doc()
    tk = Ticker()
    d.f("Chatlog - kundeservice - {dt}\n", dt=date_num())
    d.f("[{t}] Kunde ({n}): hej, min pakke er ikke kommet 😕 ordre {o}\n", t=tk.hm(1, 4), n=P(p.full), o=order_no())
    d.f("[{t}] Agent {a}: Hej {g}! Det beklager jeg. Kan du bekræfte adresse og telefonnummer?\n", t=tk.hm(1, 4), a=P(ag.first), g=P(p.first))
    d.f("[{t}] Kunde ({n}): {ad}, tlf {ph}\n", t=tk.hm(1, 4), n=P(p.full), ad=AD(addr("DK", C(["one", "space"]))), ph=PH(phone("DK", intl=chance(0.3))))
    if chance(0.4):
        d.f("[{t}] Kunde ({n}): jeg er i {c} til fredag btw\n", t=tk.hm(1, 4), n=P(p.full), c=LOC(C(CITIES["DK"])))
    d.f("[{t}] Agent {a}: Tak! Pakken ligger i pakkeshoppen, den sendes retur til os i morgen. Jeg bestiller genlevering.", t=tk.hm(1, 4), a=P(ag.first))
    return d, "da"


# ---------------------------------------------------------------------------
# KINDS -- CRM / systems exports
# ---------------------------------------------------------------------------
NICK = {"Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Babajide": "Jide", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
        "Krzysztof": "Krzysiek", "Aleksandr": "Sasha", "Venkatesh": "Venky", "Jean-Baptiste": "JB", "Gianluca": "Luca",
        "Joaquín": "Quino", "Guadalupe": "Lupe", "Xiomara": "Xio", "Thibault": "Thib", "Wojciech": "Wojtek"}


def k_ticket_merge_audit_trail():
    rg = en_region()
    ag, ag2 = person(C(rg["cult"])), person(C(rg["cult"]))
    if chance(0.4):
        c = person(C(["ru", "uk", "ar", "zh", "ja", "ko", "hi"]))
        kept, variant = c.latin, c.full
    else:
        c = person(C(rg["cult"]))
        nickname = NICK.get(c.given)
        kept = c.full
        variant = ((nickname + " " + c.family) if nickname else c.full).lower() if chance(0.6) else c.initial
    a, b = RI(40000, 99999), 0
    b = a - RI(3, 200)
    d = Doc()
    d.f("Ticket merge audit\n#{a} merged into #{b} by {ag} at {ts}\nReason: duplicate - same requester ({r})\n\n", a=a, b=b, ag=P(ag.full), ts=iso_ts(),
        r=C(["email match", "phone match", "manual"]))
    d.f("Requester (kept):      {n} <{e}>\nRequester (discarded): {v} <{e2}>\n\nFields changed:\n", n=P(kept), e=E(email_for(c)), v=P(variant),
        e2=E(email_for(c)))
    d.f("  phone:    \"{p1}\" -> \"{p2}\"\n", p1=PH(phone(rg["cc"])), p2=PH(phone(rg["cc"])))
    d.f("  address:  \"\" -> \"{a}\"\n", a=AD(addr(rg["addr"], "one")))
    d.f("  tags:     +{t} +merged\n  priority: normal -> high\n\n", t=C(["wismo", "refund", "complaint", "engineer"]))
    d.f("Comments carried over: {k} ({p} public, {i} internal)\n", k=4, p=2, i=2)
    d.f("  [internal] {a2}: customer also called from {ph}, asked for {a1}\n", a2=P(ag2.first), ph=PH(phone(rg["cc"])), a1=P(ag.first))
    d.f("  [internal] {a2}: do not send to old address, she moved to {l}", a2=P(ag2.first), l=LOC(C(CITY_EN[rg["cc"]])))
    if chance(0.4):
        d = excerpt(d, 4, 8, 2, '...')
    return d, "en"


def k_contact_merge_conflict_report():
    lang = C(["en", "de", "fr"])
    cc, cult, mreg, ibc = {"en": (C(["GB", "IE"]), "gb", "en", "GB"), "de": ("DE", "de", "de", "DE"), "fr": ("FR", "fr", "fr", "FR")}[lang]
    hdr = {"en": "CRM DUPLICATE MERGE - conflict report - run {r}\nmaster_id | dup_id | field | master_value | dup_value | resolution\n",
           "de": "CRM-DUBLETTENBEREINIGUNG - Konfliktbericht - Lauf {r}\nmaster_id | dup_id | Feld | Wert Master | Wert Dublette | Entscheidung\n",
           "fr": "FUSION DES DOUBLONS CRM - rapport de conflits - exécution {r}\nid_maître | id_doublon | champ | valeur maître | valeur doublon | résolution\n"}[lang]
    res = {"en": ["KEEP_MASTER", "TAKE_DUP", "MANUAL"], "de": ["MASTER_BEHALTEN", "DUBLETTE_ÜBERNEHMEN", "MANUELL"],
           "fr": ["GARDER_MAITRE", "PRENDRE_DOUBLON", "MANUEL"]}[lang]
    d = Doc()
    d.f(hdr, r=fill("####-##-##/#"))
    for _ in range(RI(1, 3)):
        p = person(C([cult, cult, "wa", "ar_l", "tr"]))
        m, u = digits(7), digits(7)
        fields = [("name", P(p.full), P(p.full.upper() if chance(0.5) else (p.initial))),
                  ("email", E(email_for(p, mreg)), E(email_for(p, mreg))),
                  ("phone", PH(phone(cc)), PH(phone(cc, intl=True))),
                  ("address", AD(addr(cc, "one")), AD(addr(cc, "one")))]
        if chance(0.5):
            fields.append(("iban", IB(iban(ibc, "plain")), IB(iban(ibc, "sp"))))
        for f, a, b in fields:
            d.f("{m} | {u} | {f} | {a} | {b} | {r}\n", m=m, u=u, f=f, a=a, b=b, r=C(res))
    d.add({"en": "rows needing MANUAL review routed to data-quality queue", "de": "MANUELL-Fälle an Datenqualität übergeben",
           "fr": "cas MANUEL transmis à l'équipe qualité des données"}[lang])
    return d, lang


def k_callback_queue_csv_dump():
    d = Doc()
    d.add("queue,cb_id,requested_at,name,number,reason,attempts,last_agent,notes\n")
    n = RI(5, 34)
    for _ in range(n):
        rg = en_region()
        p = person(C(rg["cult"]))
        ag = person(C(["gb", "sa", "wa", "pl", "us"]))
        d.f("{q},{i},{t},", q=C(["CB_BILLING", "CB_TECH", "CB_RET", "CB_VULN"]), i=digits(6), t=iso_ts())
        nm = C([p.full, p.full.upper(), p.formal, p.first, p.initial])
        if "," in nm:
            d.f("\"{n}\",", n=P(nm))
        else:
            d.f("{n},", n=P(nm))
        d.f("{p},", p=PH(phone(rg["cc"], intl=chance(0.6))))
        d.add(C(["bill query", "no dial tone", "cancel", "price rise", "engineer no-show", "bereavement"]) + ",")
        d.add(str(RI(0, 4)) + ",")
        if chance(0.7):
            d.f("{a},", a=P(ag.first))
        else:
            d.add(",")
        opt = RI(0, 5)
        if opt == 0:
            d.f("\"asked for {a} specifically\"", a=P(person(C(rg["cult"])).first))
        elif opt == 1:
            d.f("\"after 6pm only, wife {w} may answer\"", w=P(person(C(rg["cult"])).first))
        elif opt == 2:
            d.add("\"vm left x2\"")
        elif opt == 3:
            d.f("\"calling from {l} timezone - check\"", l=LOC(C(CITY_EN[rg["cc"]])))
        else:
            d.add("")
        d.add("\n")
    d.add("# %d rows exported by wfm-export v2.%d" % (n, RI(0, 9)))
    return d, "en"


def k_complaint_register_monthly():
    it = chance(0.4)
    d = Doc()
    if it:
        d.f("REGISTRO RECLAMI - mese di {m} - filiale {f}\nrif. | data | cliente | canale | categoria | sintesi | responsabile | stato\n",
            m=C(["marzo", "aprile", "ottobre"]), f=fill("##"))
        for _ in range(RI(4, 16)):
            p = person(C(["it", "it", "it", "ar_l", "wa", "uk_l"]))
            own = person("it")
            d.f("R-{r} | {dt} | {n} | {c} | {k} | ", r=digits(4), dt=date_num(), n=P(p.full), c=C(["tel.", "email", "PEC", "negozio", "social"]),
                k=C(["consegna", "fattura", "rimborso", "cortesia"]))
            opt = RI(0, 3)
            if opt == 0:
                d.f("pacco consegnato a {a} invece che a casa | ", a=AD(addr("IT", "one")))
            elif opt == 1:
                d.f("richiede richiamata al {ph} | ", ph=PH(phone("IT")))
            elif opt == 2:
                d.f("lamenta comportamento operatore {o} | ", o=P(person("it").first))
            else:
                d.add("doppio addebito, attende storno | ")
            d.f("{o} | {s}\n", o=P(own.initial), s=C(["APERTO", "CHIUSO", "IN LAVORAZIONE"]))
        d.add("Totale reclami: vedi cruscotto. Documento ad uso interno.")
        return d, "it"
    rg = en_region(["GB", "IE", "AU", "US"])
    d.f("COMPLAINT REGISTER - {m} - business unit {b}\nref | date | customer | channel | category | summary | owner | status\n",
        m=C(["March", "April", "October", "November"]), b=C(["Retail", "Energy", "Broadband"]))
    for _ in range(RI(4, 18)):
        p = person(C(rg["cult"]))
        own = person(C(rg["cult"]))
        d.f("C-{r} | {dt} | {n} | {c} | {k} | ", r=digits(5), dt=date_en(), n=P(p.full), c=C(["phone", "email", "letter", "social", "branch"]),
            k=C(["delivery", "billing", "staff conduct", "vulnerability", "product"]))
        opt = RI(0, 4)
        if opt == 0:
            d.f("parcel left at {a} not home | ", a=AD(addr(rg["addr"], "one")))
        elif opt == 1:
            d.f("wants call back on {ph} | ", ph=PH(phone(rg["cc"])))
        elif opt == 2:
            d.f("rude agent ({o}) on {w} | ", o=P(person(C(rg["cult"])).first), w=C(["Monday", "Saturday", "the 3rd"]))
        elif opt == 3:
            d.add("price rise not notified | ")
        else:
            d.f("store in {l} refused refund | ", l=LOC(C(CITY_EN[rg["cc"]])))
        d.f("{o} | {s}\n", o=P(own.initial), s=C(["OPEN", "CLOSED", "FOS", "CLOSED-UPHELD"]))
    d.add("FOS = referred to ombudsman. Internal use only.")
    return d, "en"


SMS_BODIES = {
    "en": "Hi {n}, your {b} parcel {t} is out for delivery today 10:00-12:00. Reply STOP to opt out",
    "de": "Hallo {n}, Ihr Paket {t} kommt heute zwischen 10 und 12 Uhr. Stopp mit STOP",
    "fr": "Bonjour {n}, votre colis {t} sera livré aujourd'hui entre 10h et 12h. STOP au 36111",
    "es": "Hola {n}, tu pedido {t} se entrega hoy de 10 a 12 h. Baja: BAJA",
    "it": "Ciao {n}, il tuo pacco {t} arriva oggi 10-12. Per disattivare rispondi STOP",
    "nl": "Hoi {n}, je pakket {t} wordt vandaag tussen 10 en 12 bezorgd. STOP = afmelden",
    "pl": "Cześć {n}, Twoja paczka {t} będzie dziś 10-12. STOP aby zrezygnować",
    "pt": "Olá {n}, a sua encomenda {t} será entregue hoje 10-12h. STOP para cancelar",
}
SMS_CC = {"en": (["GB", "IE", "US", "AU", "NG", "ZA", "KE"], None), "de": (["DE", "AT", "CH"], "de"), "fr": (["FR", "BE"], "fr"),
          "es": (["ES", "MX", "CO", "AR"], "es"), "it": (["IT"], "it"), "nl": (["NL", "BE"], "nl"), "pl": (["PL"], "pl"), "pt": (["PT", "BR"], "pt")}


def k_sms_mt_receipt_csv():
    d = Doc()
    d.add("msg_id,to,from,status,err,submitted,delivered,body_preview\n")
    for _ in range(RI(3, 9)):
        lg = C(list(SMS_BODIES))
        ccs, cult = SMS_CC[lg]
        cc = C(ccs)
        if cult is None:
            cult = C(en_region([cc])["cult"])
        p = person(cult)
        num = e164(phone(cc, intl=True))
        st = C(["DELIVRD", "DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED", "REJECTD"])
        t0 = datetime.datetime(2025, RI(1, 12), RI(1, 28), RI(6, 20), RI(0, 59), RI(0, 59))
        t1 = t0 + datetime.timedelta(seconds=RI(2, 400))
        d.f("{m},{to},{fr},{st},{er},{s},{dl},\"", m=fill("@@##########"), to=PH(num), fr=C(["PARCELO", "NIMBUS", "60777", "Kestrel"]),
            st=st, er="000" if st == "DELIVRD" else C(["001", "00b", "0fe"]), s=t0.strftime("%Y-%m-%dT%H:%M:%SZ"),
            dl=t1.strftime("%Y-%m-%dT%H:%M:%SZ") if st == "DELIVRD" else "")
        d.f(SMS_BODIES[lg], n=P(p.first), b=C(["Parcelo", "Jasper", "Marlowe"]), t=tracking())
        d.add("\"\n")
    d.add("-- end of DLR batch --")
    return d, "en"


def k_ticket_subject_lines_export():
    d = Doc()
    d.add("subject\n")
    for _ in range(RI(3, 13)):
        rg = en_region(["GB", "US", "IE", "AU", "IN"])
        p = person(C(rg["cult"]))
        opt = RI(0, 10)
        pre = C(["", "RE: ", "RE: RE: ", "Fwd: ", "FW: ", "[EXT] ", "AW: "])
        d.add(pre)
        if opt == 0:
            d.f("order {o} - still waiting ({n})", o=order_no(), n=P(p.full))
        elif opt == 1:
            d.f("refund to {i} pls", i=IB(iban(C(["DE", "NL", "IE", "GB", "FR"]), "sp")))
        elif opt == 2:
            d.f("Callback req {ph} re broken boiler", ph=PH(phone(rg["cc"])))
        elif opt == 3:
            d.f("Complaint about driver {n}", n=P(p.first))
        elif opt == 4:
            d.f("New address: {a}", a=AD(addr(rg["addr"], "one")))
        elif opt == 5:
            d.add("Your Ted Baker order has shipped!")
        elif opt == 6:
            d.f("URGENT - account locked, login from {ip} not me", ip=IP(C([ipv4(), ipv6()])))
        elif opt == 7:
            d.add("Re: invoice INV-%s overdue (Friday)" % digits(6))
        elif opt == 8:
            d.f("for {n} - spoke to {a} yesterday", n=P(p.full.lower()), a=P(person(C(rg["cult"])).first))
        elif opt == 9:
            d.add(C(["Out of office: back Monday", "Automatic reply: Jordan 4 Retro restock?", "Undeliverable: your ticket #%s" % digits(6)]))
        else:
            d.f("{e} wants to unsubscribe", e=E(email_for(p)))
        d.add("\n")
    return d, "en"


def k_returns_desk_counter_log():
    rg = en_region(["GB", "IE", "AU", "US", "ZA"])
    d = Doc()
    tk = Ticker(RI(9 * 60, 11 * 60))
    d.f("RETURNS DESK - counter log - store #{s} - {dt}\ntime  | customer | item | reason | refund | staff | notes\n", s=RI(100, 999), dt=date_en())
    for _ in range(RI(5, 11)):
        p = person(C(rg["cult"]))
        st = person(C(rg["cult"]))
        d.add(tk.hm(3, 45) + " | ")
        d.f(C(["{t} {f} ({g}) | ", "{n} | ", "{f} | "]), t=C(["Mrs", "Mr", "Ms"]), f=P(p.family), g=P(p.first), n=P(p.full))
        d.add(C(["Ted Baker dress", "Dr. Martens 1460 size 6", "Calvin Klein jeans", "kettle (own brand)", "Tommy Hilfiger polo", "Levi's 501"]) + " | ")
        d.add(C(["too small", "faulty", "changed mind", "gift - no receipt", "wrong colour"]) + " | ")
        d.add(C(["card (..%s)" % digits(4), "gift card", "exchange", "cash", "refused"]) + " | ")
        d.f("{s} | ", s=P(st.first))
        opt = RI(0, 3)
        if opt == 0:
            d.f("no receipt - took phone {ph}", ph=PH(phone(rg["cc"])))
        elif opt == 1:
            d.f("home collection booked to {a}", a=AD(addr(rg["addr"], "one")))
        elif opt == 2:
            d.add("receipt ok")
        else:
            d.f("e-receipt sent to {e}", e=E(email_for(p)))
        d.add("\n")
    d.add("Till float checked. Manager sign-off: ____")
    return d, "en"


def k_social_inbox_unified_export():
    d = Doc()
    d.add("platform | received | from (display) | message | assigned\n")
    plats = [("Instagram", "en"), ("Facebook", "en"), ("X", "en"), ("TikTok", "es"), ("WhatsApp", "pt"), ("LINE", "ja"),
             ("Telegram", "ru"), ("Viber", "uk"), ("KakaoTalk", "ko"), ("WeChat", "zh"), ("Messenger", "fr"), ("WhatsApp", "de")]
    for _ in range(RI(3, 12)):
        plat, lg = C(plats)
        ag = person(C(["gb", "sa", "pl", "wa"]))
        d.f("{p} | {t} | ", p=plat, t=iso_ts())
        if lg == "en":
            rg = en_region(["GB", "US", "IE", "NG", "IN"])
            p = person(C(rg["cult"]))
            d.f("{n} | ", n=P(p.full))
            d.f(C(["where is my order?? ph {ph}", "ur driver threw my parcel over the fence at {a}", "love the new Kate Spade range 😍", "dm me back pls"]),
                ph=PH(phone(rg["cc"])), a=AD(addr(rg["addr"], "one")))
        elif lg == "es":
            p = person("latam")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["mi pedido no llega, mi cel {ph}", "hola!! dónde está mi paquete", "me llegó roto 😡 dirección {a}"]), ph=PH(phone("MX")), a=AD(addr("MX", "one")))
        elif lg == "pt":
            p = person("pt")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["meu pedido não chegou, zap {ph}", "oi, cadê minha encomenda?", "chegou errado, endereço {a}"]), ph=PH(phone("BR")), a=AD(addr("BR", "one")))
        elif lg == "ja":
            p = person("ja")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["届かないです。{ph}まで連絡ください", "住所変更：{a}"]), ph=PH(phone("JP", intl=False)), a=AD(addr("JP", "one")))
        elif lg == "ru":
            p = person("ru")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["где мой заказ? тел {ph}", "посылка пришла пустая"]), ph=PH(phone("RU")))
        elif lg == "uk":
            p = person("uk")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["доставте на {a}", "передзвоніть {ph}"]), a=AD(addr("UA", "one")), ph=PH(phone("UA")))
        elif lg == "ko":
            p = person("ko")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["배송 언제 와요? {ph}", "교환 요청합니다"]), ph=PH(phone("KR", intl=False)))
        elif lg == "zh":
            p = person("zh")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["快递还没到，电话{ph}", "地址改成{a}"]), ph=PH(phone("CN", intl=False)), a=AD(addr("CN", "one")))
        elif lg == "fr":
            p = person("fr")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["colis jamais reçu, rappelez-moi au {ph}", "bonjour, livraison possible à {a} ?"]), ph=PH(phone("FR")), a=AD(addr("FR", "one")))
        else:
            p = person("de")
            d.f("{n} | ", n=P(p.full))
            d.f(C(["Paket nicht da, bitte Rückruf {ph}", "neue Adresse: {a}"]), ph=PH(phone("DE")), a=AD(addr("DE", "one")))
        d.f(" | {a}\n", a=P(ag.first) if chance(0.7) else "unassigned")
    return d, "en"


def k_crm_timeline_activity_feed():
    rg = en_region()
    c = person(C(rg["cult"]))
    a1, a2 = person(C(rg["cult"])), person(C(rg["cult"]))
    d = Doc()
    ds = iter(date_seq(8))
    d.f("Activity timeline - contact: {n} (ID {i})\n", n=P(c.full), i=digits(9))
    d.f("• {d} {t}  Email received from {e}: \"{s}\"\n", d=next(ds), t=hhmm(), e=E(email_for(c)), s=C(["where is my refund", "cancel my contract", "RE: your engineer visit"]))
    d.f("• {d} {t}  Call outbound by {a} to {ph} - no answer, VM left\n", d=next(ds), t=hhmm(), a=P(a1.full), ph=PH(phone(rg["cc"])))
    d.f("• {d} {t}  Address updated: {o} → {n}\n", d=next(ds), t=hhmm(), o=AD(addr(rg["addr"], "one")), n=AD(addr(rg["addr"], "one")))
    d.f("• {d} {t}  Payment method added: {x}\n", d=next(ds), t=hhmm(), x=C(["card ending %s" % digits(4), "Direct Debit", "PayPal"]))
    d.f("• {d} {t}  Login from {ip} ({b})\n", d=next(ds), t=hhmm(), ip=IP(C([ipv4(), ipv6()])), b=C(["Safari, iOS", "Chrome, Windows", "app 5.2.1"]))
    d.f("• {d} {t}  Note by {a}: {x}\n", d=next(ds), t=hhmm(), a=P(a2.first),
        x=C(["cust prefers WhatsApp", "Power of attorney held by son", "do not call before 10am"]))
    if chance(0.5):
        d.f("• {d} {t}  Case {c} closed - resolved", d=next(ds), t=hhmm(), c=case_id())
    return d, "en"


def k_passagem_turno_apoio_cliente_pt():
    d = Doc()
    d.f("Passagem de turno - Apoio ao Cliente - {dt} (turno da {t})\nPendentes:\n", dt=date_num(), t=C(["manhã", "tarde", "noite"]))
    for _ in range(RI(3, 5)):
        p = person("pt")
        col = person("pt")
        opt = RI(0, 3)
        if opt == 0:
            d.f("- Sra. {n} (tel. {ph}) - encomenda {o} extraviada; prometi ligar até às 18h. Falar com {c} do armazém.\n",
                n=P(p.full), ph=PH(phone("PT")), o=order_no(), c=P(col.first))
        elif opt == 1:
            d.f("- Sr. {n} - alteração de morada para {a}. Já atualizado no SAP?\n", n=P(p.family), a=AD(addr("PT", "one")))
        elif opt == 2:
            d.f("- {n} quer reembolso por transferência: {i}\n", n=P(p.full), i=IB(iban("PT", "sp")))
        else:
            d.f("- reclamação no Livro de Reclamações (folha {f}) - cliente de {l}, aguarda resposta do {c}\n", f=digits(6),
                l=LOC(C(CITIES["PT"])), c=P(col.first))
    d.add("Notas: sistema de faturação em baixo entre as 14h e as 15h. Bom turno!")
    return d, "pt"


def k_modulo_reso_scansionato_it():
    p = person(C(["it", "it", "ar_l", "wa"]))
    d = Doc()
    d.f("MODULO DI RESO (scansione)   N. pratica {n}\n\n", n=fill("RS-#####"))
    d.f("Nome e cognome: {n}\nIndirizzo: {a}\nTelefono: {t}\nEmail: {e}\n", n=P(p.full), a=AD(addr("IT", C(["one", "multi"]))),
        t=PH(phone("IT")), e=E(email_for(p, "it")))
    d.f("N. ordine: {o}   Data consegna: {dt}\nArticolo: {x}\nMotivo del reso: {m}\n", o=order_no(), dt=date_num(),
        x=C(["giacca Marc O'Polo tg. M", "scarpe Ferragamo 38", "borsa Tory Burch"]), m=C(["taglia errata", "difettoso", "non conforme"]))
    d.f("Rimborso su IBAN: {i}\nIntestatario: {n}\n\nFirma: ______", i=IB(iban("IT", C(["sp", "plain", "line"]))), n=P(p.full.upper()))
    return ocr_doc(d, 0.03), "it"


def k_sms_one_liner_callback():
    lg = C(["en", "en", "de", "es", "fr", "it", "pl", "nl", "pt", "sv"])
    if lg == "en":
        rg = en_region()
        p = person(C(rg["cult"]))
        return D(C(["Missed call from {ph} - pls call back re boiler - {s}", "{n} rang, call back on {ph} before 3",
                    "cb {n} {ph} re: refund"]), ph=PH(phone(rg["cc"])), s=P(person(C(rg["cult"])).first), n=P(p.full if chance(0.5) else p.first)), "en"
    cfg = {"de": ("DE", "de", "Rückruf bitte: Frau {f} {ph}"), "es": ("ES", "es", "Llamar a {g} al {ph} antes de las 14h"),
           "fr": ("FR", "fr", "Rappeler M. {f} au {ph} svp"), "it": ("IT", "it", "Richiamare sig.ra {f} {ph} urgente"),
           "pl": ("PL", "pl", "Oddzwonić: p. {f} {ph}"), "nl": ("NL", "nl", "Graag terugbellen: {n}, {ph}"),
           "pt": ("BR", "pt", "Retornar ligação p/ {g} no {ph}"), "sv": ("SE", "nordic", "Ring tillbaka {g} på {ph}")}[lg]
    p = person(cfg[1])
    return D(cfg[2], f=P(p.family), g=P(p.first), n=P(p.full), ph=PH(phone(cfg[0]))), lg


# ---------------------------------------------------------------------------
# KINDS -- no PII, full of look-alikes
# ---------------------------------------------------------------------------
def k_ivr_prompt_misrecognition_report():
    d = Doc()
    d.f("IVR misrecognition report - week {w} - build {b}\n", w=RI(1, 52), b=fill("#.##.#"))
    d.add("node         | expected       | heard (ASR)                    | count | action\n")
    rows = [("MAIN_MENU", "BILLING", "\"billy\", \"billing mate\"", "add synonym"),
            ("MAIN_MENU", "AGENT", "\"a gent\", \"asian\", \"age end\"", "retune"),
            ("ACCOUNT_NO", "8 digits", "\"oh seven seven\" (3 only)", "reprompt"),
            ("INTENT", "CANCEL", "\"can sell\", \"council\"", "add synonym"),
            ("INTENT", "MOVING", "\"moving home\", \"movie\"", "none"),
            ("INTENT", "ROAMING", "\"roman\", \"roaming in may\"", "add synonym"),
            ("PRODUCT", "JORDAN_4", "\"jordan four\", \"joe dan\"", "brand list"),
            ("DOB", "date", "\"june the first\", \"april fools\"", "grammar fix"),
            ("CONFIRM", "YES", "\"yeah nah\"", "treat as NO"),
            ("PAYMENT", "CARD", "\"car\", \"cod\"", "retune")]
    R.shuffle(rows)
    for r in rows[:RI(5, 9)]:
        d.add("%-12s | %-14s | %-30s | %5d | %s\n" % (r[0], r[1], r[2], RI(12, 900), r[3]))
    d.f("Overall containment {c}% (prev {p}%). Next review {w}.", c=RI(30, 70), p=RI(30, 70), w=C(["Tuesday", "Thursday", "Monday"]))
    return d, "en"


def k_macro_library_snippet_export():
    de = chance(0.35)
    d = Doc()
    d.add("macro_id,title,body\n")
    if de:
        rows = [("BEGR_01", "Begrüßung", "Hallo {{vorname}}, danke für Ihre Geduld! Mein Name ist {{agent_name}}."),
                ("ADR_PRUEF", "Adresse prüfen", "Bitte bestätigen Sie Ihre vollständige Lieferadresse und eine Telefonnummer."),
                ("ERST_5T", "Erstattung 5 Tage", "Ihre Erstattung über {{betrag}} wird innerhalb von 5 Werktagen veranlasst."),
                ("SCHLUSS", "Abschluss", "Kann ich sonst noch helfen? Ihr Team von {{marke}}"),
                ("BOT_UEBERG", "Bot-Übergabe", "Sie haben mit Ava, unserer virtuellen Assistentin, gesprochen.")]
    else:
        rows = [("GREET_01", "Greeting", "Hi {{first_name}}, thanks for your patience! My name is {{agent_name}} and I'll be looking after you today."),
                ("ADDR_VERIFY", "Address verify", "Could you please confirm the full delivery address and a contact number?"),
                ("REFUND_5DAY", "Refund 5 day", "Your refund of {{amount}} will be processed within 5 working days to your original payment method."),
                ("HOLD_2MIN", "Hold", "I'm just checking this for you, it may take up to 2 minutes."),
                ("CLOSE_CSAT", "Close", "Is there anything else I can help with today? - The {{brand}} team"),
                ("BOT_HANDOFF", "Bot handoff", "You've been chatting with Ava, our virtual assistant. A human will join shortly."),
                ("BRAND_TB", "Ted Baker range", "The Ted Baker and Calvin Klein ranges are restocked every Monday in June."),
                ("IDV_FAIL", "ID&V fail", "For security I can't discuss the account until we've verified the account holder.")]
    R.shuffle(rows)
    for r in rows[:RI(4, len(rows))]:
        d.add("%s,\"%s\",\"%s\"\n" % r)
    d.add("# exported %s by macro-sync" % iso_ts())
    return d, "de" if de else "en"


def k_asr_wer_benchmark_notes():
    d = Doc()
    d.f("ASR eval - call-centre test set v{v} - WER by segment\n", v=RI(2, 9))
    segs = [("digits / phone", "\"double oh\" vs \"00\" normalisation"), ("names (non-Anglo)", "most errors on surnames; spelled-out letters merged"),
            ("addresses", "house numbers dropped after \"flat\""), ("card / account no.", "4-digit groups split across turns"),
            ("brand names", "\"Dr. Martens\" -> \"doctor martins\", \"Miele\" -> \"mealy\""), ("dates", "\"the fifth of May\" -> \"5th may\"")]
    d.add("segment               WER     notes\n")
    for s, n in segs[:RI(4, 6)]:
        d.add("%-21s %4.1f%%   %s\n" % (s, R.uniform(6, 35), n))
    d.add("Normalisation rules: \"oh\" -> 0 only inside digit runs; \"double X\" -> XX; \"triple X\" -> XXX;\n"
          "letters separated by dashes are joined before scoring. Speaker labels spk_0/spk_1 ignored.\n")
    d.f("Redaction recall on synthetic calls: {r}% (target 98%). Owner: speech team. Next run {w}.", r=RI(85, 99),
        w=C(["Friday", "end of sprint 14", "after the Easter freeze"]))
    return d, "en"


def k_courier_hub_scan_summary():
    d = Doc()
    tk = Ticker(RI(0, 120))
    d.f("Hub scan summary - shift {s} - {dt}\n", s=C("ABC"), dt=date_en())
    d.f("Inbound trailers: {t}   Parcels scanned: {p:}   Missorts: {m} ({r}%)\n".replace("{p:}", "{:,}".format(RI(20000, 90000))), t=RI(10, 40),
        m=RI(50, 800), r="%.2f" % R.uniform(0.1, 1.5))
    d.f("Top exception codes: NH {a} | AD {b} | DMG {c} | RF {e}\n", a=RI(500, 5000), b=RI(50, 500), c=RI(10, 200), e=RI(10, 200))
    for _ in range(RI(2, 4)):
        s_ = tk.hm(10, 60)
        d.f("Trailer TR-{t} arrived {a} (sched {s}) - seal {se} intact\n", t=digits(4), a=tk.hm(-20, 60), s=s_, se=digits(7))
    d.f("Sorter belt {b} down {a}-{c}; manual sort lane 4 opened\n", b=RI(1, 6), a=tk.hm(10, 60), c=tk.hm(15, 50))
    d.f("Safety: near miss reported at dock {d} (forklift). H&S walk Thursday.\n", d=RI(1, 30))
    d.add("Volumes forecast +%d%% for Black Friday week; agency staff requested for nights." % RI(10, 60))
    return d, "en"


def k_qa_calibration_rubric():
    d = Doc()
    d.add("QA calibration - criterion 2 (ID&V)\n")
    d.add("PASS: agent verifies 2 of 3 (DOB, postcode, last 4 digits of card) without reading them back.\n")
    d.add("FAIL (auto): agent reads back a full card number, sort code + account number, or full DOB on a recorded line.\n")
    d.add("Examples from calibration (redacted):\n")
    d.add("  \"so that's [CARD] expiry [DATE] yeah\"          -> FAIL\n")
    d.add("  \"can you confirm the last four on the card\"    -> PASS\n")
    d.add("  \"is it still [ADDRESS]\"                        -> PARTIAL (leading question)\n")
    d.f("Agreement this round: {a}% across {n} evaluators. Disputed: call {c} (Monday), call {c2} (Friday).\n", a=RI(60, 95), n=RI(4, 12),
        c=fill("####-##"), c2=fill("####-##"))
    d.add("Reminder: the bot persona \"Ava\" is not an agent - don't score bot turns.")
    return d, "en"


# ---------------------------------------------------------------------------
# KINDS -- a few more channels
# ---------------------------------------------------------------------------
def k_courier_driver_voice_memo_stt():
    lg = C(["en", "en", "es", "pl"])
    d = Doc()
    if lg == "en":
        rg = en_region(["GB", "IE", "AU", "US", "NG"])
        c = person(C(rg["cult"]))
        nb = person(C(rg["cult"]))
        d.f("voice memo {t} route {r} stop {s} (auto transcript)\n", t=hhmm(), r=RI(1, 40), s=RI(1, 140))
        d.f("um dropped at {a} nobody home left it with the neighbour at number {n} {ti} {nb} she said she s the sister in law "
            "rang the customer {c} on {ph} no answer so i left a card", a=AD(addr(rg["addr"], "lower")), n=RI(1, 99),
            ti=C(["mrs", "mr", "a lady called"]), nb=P(asr_name(nb, chance(0.5))), c=P(asr_name(c, False)),
            ph=PH(asr_phone(rg["cc"], p_spoken=0.3)))
        d.add(C(["\n[flag: SAFE_PLACE_NEIGHBOUR]", "\n[flag: CARD_LEFT]", ""]))
        return d, "en"
    if lg == "es":
        c = person("es")
        d.f("nota de voz {t} ruta {r} parada {s} (transcripción automática)\n", t=hhmm(), r=RI(1, 40), s=RI(1, 140))
        d.f("vale entregado en {a} no había nadie lo he dejado en conserjería con {cj} el cliente {c} no coge el teléfono {ph}",
            a=AD(addr("ES", "lower")), cj=P(asr_name(person("es"), False)), c=P(asr_name(c)), ph=PH(asr_phone("ES", p_spoken=0.3, lang="es")))
        return d, "es"
    c = person("pl")
    d.f("notatka głosowa {t} trasa {r} (transkrypcja)\n", t=hhmm(), r=RI(1, 40))
    d.f("paczka dla {c} zostawiona u sąsiadki pani {s} adres {a} telefon klienta {ph} nie odbiera",
        c=P(asr_name(c)), s=P(asr_name(person("pl"), False)), a=AD(addr("PL", "lower")), ph=PH(re.sub(r"\D", " ", phone("PL", intl=False)).strip()))
    return d, "pl"


def k_infolinia_notatka_oddzwonienia_pl():
    p = person("pl")
    col = person("pl")
    d = Doc()
    d.f("Notatka z infolinii {dt} {t}\n", dt=date_num(), t=hhmm())
    d.f("Oddzwonić do p. {n}, tel. {ph}, w sprawie {x}.\n", n=P(p.full if chance(0.6) else p.family), ph=PH(phone("PL", intl=chance(0.3))),
        x=C(["reklamacji nr %s" % fill("RK/####/##"), "zwrotu środków", "zmiany terminu dostawy"]))
    if chance(0.6):
        d.f("Adres dostawy: {a}\n", a=AD(addr("PL", "one")))
    if chance(0.4):
        d.f("Klientka prosi o zwrot na konto {i}\n", i=IB(iban("PL", "sp")))
    d.f("Przekazano do: {c}. Priorytet: {p}", c=P(col.full), p=C(["wysoki", "normalny"]))
    return d, "pl"


def k_be_bilingual_ticket():
    c = person(C(["nl", "fr", "ar_l", "tr"]))
    ag = person(C(["nl", "fr"]))
    d = Doc()
    d.f("Ticket {n} | Taal/Langue: NL-FR | Kanaal/Canal: tel.\n", n=digits(7))
    d.f("Klant/Client: {n}\nAdres/Adresse: {a}\nTel: {t}\nE-mail: {e}\n", n=P(c.full), a=AD(addr("BE", "one")), t=PH(phone("BE")),
        e=E(email_for(c, C(["nl", "fr"]))))
    d.f("Opmerking/Remarque: {x}\n", x=C(["pakket beschadigd / colis endommagé", "levering gemist, nieuwe afspraak / livraison manquée, nouveau rdv",
                                          "factuur dubbel / facture en double"]))
    if chance(0.5):
        d.f("Terugbetaling/Remboursement: {i}\n", i=IB(iban("BE", "sp")))
    d.f("Agent: {a}", a=P(ag.first))
    return d, "fr"


def k_cn_express_waybill_ocr():
    s, r = person("zh"), person("zh")
    d = Doc()
    d.f("【面单OCR】{c} 运单号 {n}\n", c=C(["顺丰速运", "中通快递", "京东物流"]), n=fill("SF#############"))
    sp = phone("CN", intl=False).replace(" ", "")
    d.f("寄件人：{s}  电话：{m}\n寄件地址：{a}\n", s=P(s.full), m=sp[:3] + "****" + sp[-4:], a=AD(addr("CN", "one")))
    d.f("收件人：{r}  电话：{p}\n收件地址：{a}\n", r=P(r.full), p=PH(phone("CN", intl=False)), a=AD(addr("CN", "one")))
    d.f("托寄物：{x}  重量：{w}kg  件数：{k}\n备注：{b}", x=C(["衣物", "文件", "电子产品", "食品"]), w="%.1f" % R.uniform(0.2, 9), k=RI(1, 3),
        b=C(["放门卫", "送货前电话联系", "周末不收件", "无"]))
    return ocr_doc(d, 0.02), "zh"


def k_ar_formal_complaint_letter_scan():
    p = person("ar")
    d = Doc()
    d.add("بسم الله الرحمن الرحيم\n\n")
    d.f("السادة / {b} المحترمين\n\nالموضوع: شكوى بخصوص {x} رقم {o}\n\nتحية طيبة وبعد،\n\n", b=C(["شركة بارسيلو للشحن", "متجر العطور", "شركة نيمبس للاتصالات"]),
        x=C(["تأخر توصيل الطلب", "خصم مبلغ مرتين", "سوء معاملة المندوب"]), o=digits(6))
    cc_a = C(["AE_AR", "EG_AR"])
    d.f("أنا الموقع أدناه {n}، المقيم في {a}، أتقدم بهذه الشكوى بعد أن تواصلت مع خدمة العملاء ثلاث مرات دون حل. "
        "وقد وعدني الموظف {e} بالرد خلال يومين ولم يحدث ذلك.\n\n", n=P(p.full), a=AD(addr(cc_a, "one")), e=P(person("ar").given))
    ph = phone("AE" if cc_a == "AE_AR" else "EG", intl=chance(0.4))
    d.f("رقم الجوال: {ph}\nالبريد الإلكتروني: {m}\n\nوتفضلوا بقبول فائق الاحترام،\n{n}\nالتاريخ: {dt}",
        ph=PH(ph.translate(AR_DIG) if chance(0.4) else ph), m=E(email_for(p, "ar")), n=P(p.full),
        dt=("%d/%d/20%d" % (RI(1, 28), RI(1, 12), RI(24, 26))).translate(AR_DIG))
    return ocr_doc(d, 0.02), "ar"


def k_idtheft_affidavit_scan_us():
    v = person(C(["us", "us", "latam", "wa", "ko_l", "sa", "vi", "ar_l"]))
    sus = person(C(["us", "latam", "wa"]))
    mi = C("ABCDEFGHJKLMRSTW")
    d = Doc()
    d.f("IDENTITY THEFT AFFIDAVIT (scanned, OCR)   Page 1 of {n}\n\nSection 1 - About you (the victim)\n", n=RI(2, 4))
    d.f("(1) My full legal name: {n}\n", n=P("%s %s. %s" % (v.given, mi, v.family)))
    if chance(0.6):
        d.f("(2) Other names used: {o}\n", o=P(v.given + " " + C(LAT["us"][1])))
    else:
        d.add("(2) Other names used: N/A\n")
    d.f("(3) Date of birth: {b}\n(4) Social Security number: {s}\n", b="%02d/%02d/19%d" % (RI(1, 12), RI(1, 28), RI(50, 99)),
        s=SSN(ssn(C(["dash", "dash", "space", "wide"]))))
    if chance(0.5):
        j = person(C(["us", "latam"]))
        d.f("(4a) Joint account holder: {j}   SSN: {s}\n", j=P(j.full), s=SSN(ssn(C(["dash", "space"]))))
    d.f("(5) Current address: {a}\n(6) Address at time of fraud: {b}\n", a=AD(addr("US", "one")), b=AD(addr("US", C(["one", "caps"]))))
    d.f("(7) Phone: {p}    Email: {e}\n\n", p=PH(phone("US", intl=False)), e=E(email_for(v)))
    d.add("Section 2 - Fraudulent accounts\nCompany            | Account no.              | Opened     | Amount\n")
    for i_ in range(RI(1, 3)):
        co = C(["Vantora Bank Visa", "Marlowe Home store card"]) if i_ == 0 else C(["Vantora Bank Visa", "Marlowe Home store card", "Nimbus Mobile", "Kestrel Broadband", "Sunny Day Travel"])
        if "Visa" in co or "card" in co:
            d.f("{co} | {c} | {dt} | ${a}\n", co=co.ljust(18), c=CC(card(C(["visa", "mc", "disc"]), C(["sp", "plain", "dash", "dbl"]))), dt=date_en(), a=RI(200, 9000))
        else:
            d.f("{co} | acct {n}           | {dt} | ${a}\n", co=co.ljust(18), n=fill("####-####"), dt=date_en(), a=RI(50, 900))
    d.add("\nSection 3 - Suspect (if known)\n")
    if chance(0.6):
        d.f("Name: {s}   Relationship: {r}\nLast known address: {a}\n", s=P(sus.full), r=C(["ex-roommate", "former partner", "cousin"]),
            a=AD(addr("US", "one")))
    else:
        d.add("Name: unknown\n")
    d.add("\nI certify that the above is true. Signature: ______  Date: %s" % date_en())
    return ocr_doc(d, 0.03), "en"


def k_w2_correction_support_ticket():
    emp = person(C(["us", "us", "latam", "wa", "vi", "sa", "ko_l"]))
    agent = person(C(["us", "latam"]))
    co = C(["Desert Sun Dental LLC", "Magnolia Home Health Inc", "Redline Tire Pros", "Summit Roofing Co"])
    d = Doc()
    d.f("Ticket #{n}  [Payroll Support]  status: pending employer\nRequester: {r} <{e}>\nEmployer: {co} (EIN {ein})\n\n",
        n=digits(7), r=P(emp.full), e=E(email_for(emp)), co=co, ein=fill("##-#######"))
    d.f("{r} wrote:\n", r=P(emp.first))
    body = D("hi my W-2 for 20{y} has the wrong social on it. it shows {bad} but my SSN is {good}. i need this fixed before i file. "
             "also the address is old, i moved to {a}. best number is {p}", y=RI(23, 25), bad=SSN(ssn("dash")), good=SSN(ssn(C(["dash", "space", "plain"]))),
             a=AD(addr("US", "one", False)), p=PH(phone("US", intl=False)))
    d.add(quoted(wrap(body, 72), "> "))
    d.f("\n\n{a} (agent) - internal note:\nverified identity via last 4 + DOB. W-2c requested from employer. Do NOT email full SSN back to requester. "
        "Employer contact: {hr}, {hp}", a=P(agent.full), hr=P(person(C(["us", "latam"])).full), hp=PH(phone("US", intl=False)))
    return d, "en"


def k_status_page_incident_update():
    d = Doc()
    tk = Ticker()
    d.f("[Resolved] Delayed SMS notifications - {dt}\n\n", dt=date_en())
    d.f("Update {t} - We're investigating reports that delivery SMS and one-time passcodes are arriving late.\n", t=tk.hm(20, 140))
    d.f("Update {t} - The issue has been traced to our messaging provider. Email notifications are unaffected.\n", t=tk.hm(20, 140))
    d.f("Update {t} - A fix has been deployed and queued messages are being sent. Some customers may receive duplicates.\n", t=tk.hm(20, 140))
    d.f("Affected: notifications for orders placed between {a} and {b} (about {p}% of customers). No personal data was exposed.\n",
        a=tk.hm(-600, -500), b=tk.hm(100, 150), p=RI(1, 9))
    d.add("Next steps: post-incident review on %s. Ref %s." % (C(["Monday", "Wednesday", "Friday"]), fill("I\\NC-#####")))
    return d, "en"


# ---------------------------------------------------------------------------
# plan, validation, output
# ---------------------------------------------------------------------------
KINDS = [
    ("asr_diarized_billing_call", k_asr_diarized_billing_call, 9),
    ("asr_surname_spelling_verification", k_asr_surname_spelling_verification, 7),
    ("ivr_dtmf_session_trace", k_ivr_dtmf_session_trace, 6),
    ("voicemail_asr_inbox_digest", k_voicemail_asr_inbox_digest, 7),
    ("qa_scorecard_with_call_quotes", k_qa_scorecard_with_call_quotes, 6),
    ("speech_analytics_phrase_hits", k_speech_analytics_phrase_hits, 5),
    ("fnol_claim_call_transcript", k_fnol_claim_call_transcript, 5),
    ("agent_whisper_coaching_notes", k_agent_whisper_coaching_notes, 6),
    ("transcripcion_llamada_reclamacion_es", k_transcripcion_llamada_reclamacion_es, 7),
    ("verbale_chiamata_asr_it", k_verbale_chiamata_asr_it, 5),
    ("gespraechsprotokoll_stt_de", k_gespraechsprotokoll_stt_de, 6),
    ("compte_rendu_appel_stt_fr", k_compte_rendu_appel_stt_fr, 6),
    ("ligacao_sac_transcrita_br", k_ligacao_sac_transcrita_br, 5),
    ("ja_callcenter_stt_log", k_ja_callcenter_stt_log, 5),
    ("ko_consult_call_stt", k_ko_consult_call_stt, 4),
    ("ru_callcenter_asr_dump", k_ru_callcenter_asr_dump, 4),
    ("fax_cover_sheet_ocr", k_fax_cover_sheet_ocr, 6),
    ("scanned_complaint_letter_ocr", k_scanned_complaint_letter_ocr, 4),
    ("handwritten_claim_form_icr", k_handwritten_claim_form_icr, 6),
    ("courier_exception_report_scan", k_courier_exception_report_scan, 6),
    ("lettre_scannee_resiliation_fr", k_lettre_scannee_resiliation_fr, 4),
    ("hoja_reclamaciones_escaneada_es", k_hoja_reclamaciones_escaneada_es, 4),
    ("zgloszenie_reklamacyjne_skan_pl", k_zgloszenie_reklamacyjne_skan_pl, 5),
    ("ja_fax_soufujo_ocr", k_ja_fax_soufujo_ocr, 4),
    ("repair_intake_tag_photo_ocr", k_repair_intake_tag_photo_ocr, 5),
    ("ueberweisungstraeger_ocr_de", k_ueberweisungstraeger_ocr_de, 4),
    ("tech_visit_sheet_handwritten", k_tech_visit_sheet_handwritten, 6),
    ("reklamace_sken_cs", k_reklamace_sken_cs, 4),
    ("delivery_note_carbon_copy_ocr", k_delivery_note_carbon_copy_ocr, 5),
    ("triple_forwarded_escalation_thread", k_triple_forwarded_escalation_thread, 5),
    ("weitergeleitete_beschwerde_kette_de", k_weitergeleitete_beschwerde_kette_de, 5),
    ("doorgestuurde_klacht_nl", k_doorgestuurde_klacht_nl, 5),
    ("kundeservice_videresendt_no", k_kundeservice_videresendt_no, 3),
    ("vidarebefordrad_reklamation_sv", k_vidarebefordrad_reklamation_sv, 4),
    ("refund_iban_forward_chain", k_refund_iban_forward_chain, 5),
    ("art15_access_response_letter", k_art15_access_response_letter, 4),
    ("tier2_escalation_summary", k_tier2_escalation_summary, 5),
    ("chargeback_rebuttal_packet", k_chargeback_rebuttal_packet, 5),
    ("chat_widget_transcript_with_macros", k_chat_widget_transcript_with_macros, 8),
    ("instagram_inbox_csv_export", k_instagram_inbox_csv_export, 5),
    ("wa_business_inbox_export_ar", k_wa_business_inbox_export_ar, 6),
    ("line_inbox_export_ja", k_line_inbox_export_ja, 4),
    ("zh_wechat_kefu_session", k_zh_wechat_kefu_session, 6),
    ("ko_kakao_consult_log", k_ko_kakao_consult_log, 4),
    ("uk_viber_courier_thread", k_uk_viber_courier_thread, 6),
    ("ru_telegram_helpdesk_topic", k_ru_telegram_helpdesk_topic, 4),
    ("in_whatsapp_service_center_hinglish", k_in_whatsapp_service_center_hinglish, 4),
    ("hi_sms_callback_devanagari", k_hi_sms_callback_devanagari, 4),
    ("id_laporan_kurir_gagal", k_id_laporan_kurir_gagal, 5),
    ("vi_tong_dai_ghi_chu", k_vi_tong_dai_ghi_chu, 5),
    ("tr_cagri_merkezi_notu", k_tr_cagri_merkezi_notu, 6),
    ("fi_asiakaspalvelu_puhelumuistio", k_fi_asiakaspalvelu_puhelumuistio, 5),
    ("dk_kundeservice_chatlog", k_dk_kundeservice_chatlog, 5),
    ("ticket_merge_audit_trail", k_ticket_merge_audit_trail, 5),
    ("contact_merge_conflict_report", k_contact_merge_conflict_report, 6),
    ("callback_queue_csv_dump", k_callback_queue_csv_dump, 4),
    ("complaint_register_monthly", k_complaint_register_monthly, 4),
    ("sms_mt_receipt_csv", k_sms_mt_receipt_csv, 5),
    ("ticket_subject_lines_export", k_ticket_subject_lines_export, 3),
    ("returns_desk_counter_log", k_returns_desk_counter_log, 5),
    ("social_inbox_unified_export", k_social_inbox_unified_export, 4),
    ("crm_timeline_activity_feed", k_crm_timeline_activity_feed, 5),
    ("passagem_turno_apoio_cliente_pt", k_passagem_turno_apoio_cliente_pt, 4),
    ("modulo_reso_scansionato_it", k_modulo_reso_scansionato_it, 4),
    ("sms_one_liner_callback", k_sms_one_liner_callback, 9),
    ("courier_driver_voice_memo_stt", k_courier_driver_voice_memo_stt, 7),
    ("infolinia_notatka_oddzwonienia_pl", k_infolinia_notatka_oddzwonienia_pl, 5),
    ("be_bilingual_ticket", k_be_bilingual_ticket, 4),
    ("cn_express_waybill_ocr", k_cn_express_waybill_ocr, 5),
    ("ar_formal_complaint_letter_scan", k_ar_formal_complaint_letter_scan, 4),
    ("ivr_prompt_misrecognition_report", k_ivr_prompt_misrecognition_report, 6),
    ("macro_library_snippet_export", k_macro_library_snippet_export, 6),
    ("asr_wer_benchmark_notes", k_asr_wer_benchmark_notes, 6),
    ("courier_hub_scan_summary", k_courier_hub_scan_summary, 6),
    ("qa_calibration_rubric", k_qa_calibration_rubric, 5),
    ("status_page_incident_update", k_status_page_incident_update, 4),
    ("idtheft_affidavit_scan_us", k_idtheft_affidavit_scan_us, 5),
    ("w2_correction_support_ticket", k_w2_correction_support_ticket, 5),
]

_LEFTOVER = re.compile(r"(?<!\{)\{[a-z_0-9]+\}(?!\})|%[sd]\b|%0\dd")


def validate(rec):
    text, spans = rec["text"], rec["spans"]
    assert text and text == text, rec["id"]
    last = 0
    for s in spans:
        assert s["type"] in TYPES
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rec["id"], v)
        assert s["start"] >= last, (rec["id"], "overlap")
        last = s["end"]
    m = _LEFTOVER.search(text)
    assert m is None, (rec["id"], rec["kind"], m.group(0))


def main():
    plan = []
    for name, fn, n in KINDS:
        plan.extend([(name, fn)] * n)
    assert len(plan) == N_SAMPLES, len(plan)
    assert len(set(k for k, _, _ in KINDS)) == len(KINDS)
    R.shuffle(plan)
    recs = []
    for i, (name, fn) in enumerate(plan):
        doc, lang = fn()
        text, spans = doc.build()
        rec = {"id": "hard26-%d" % (i + 1), "kind": name, "lang": lang, "text": text, "spans": spans}
        validate(rec)
        recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    tc = Counter(s["type"] for r in recs for s in r["spans"])
    lc = Counter(r["lang"] for r in recs)
    nopii = sum(1 for r in recs if not r["spans"])
    nonen = sum(1 for r in recs if r["lang"] != "en")
    nph = tc["PHONE_NUMBER"]
    sys.stderr.write("samples=%d kinds=%d nopii=%d non_en=%d (%.1f%%)\n" % (len(recs), len(KINDS), nopii, nonen, 100.0 * nonen / len(recs)))
    sys.stderr.write("spans=%s\n" % dict(sorted(tc.items())))
    sys.stderr.write("langs=%s\n" % dict(sorted(lc.items())))
    spk = sum(1 for r in recs for s in r["spans"] if s["type"] == "PHONE_NUMBER"
              and re.search(r"[a-zà-ü]{2}|の|[공일이삼사오육칠팔구]", r["text"][s["start"]:s["end"]]))
    sys.stderr.write("spoken_phones=%d of %d phones (%.1f%%)\n" % (spk, nph, 100.0 * spk / max(1, nph)))
    sys.stderr.write("address_countries=%d %s\n" % (len(ADDR_COUNTRIES_USED), sorted(ADDR_COUNTRIES_USED)))


if __name__ == "__main__":
    main()
