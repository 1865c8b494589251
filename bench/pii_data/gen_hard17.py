#!/usr/bin/env python
"""Deterministic generator for the blind PII evaluation set "hard17".

Offsets are recorded while the text is built (literal parts + labelled parts),
never by searching the finished text.  Run:  python gen_hard17.py
"""
import json, os, random, re, string
from collections import Counter
from faker import Faker

SEED = 1917
rng = random.Random(SEED)
Faker.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hard17.jsonl")

FLOCS = ['en_US', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'es_MX', 'it_IT', 'pt_BR', 'pt_PT', 'nl_NL',
         'pl_PL', 'sv_SE', 'tr_TR', 'id_ID', 'ro_RO', 'cs_CZ', 'da_DK', 'hu_HU', 'fi_FI', 'no_NO',
         'en_IN', 'en_AU', 'en_NZ', 'en_IE', 'de_AT', 'de_CH', 'fr_CA', 'en_CA']
FK = {l: Faker(l) for l in FLOCS}
for _l in FLOCS:
    FK[_l].seed_instance(SEED + FLOCS.index(_l))

def ch(seq):
    return rng.choice(seq)

def digits(n):
    return ''.join(rng.choice(string.digits) for _ in range(n))

# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0
    def t(self, s):
        self.parts.append(s); self.n += len(s); return self
    def e(self, typ, s):
        st = self.n; self.t(s)
        if typ:
            self.spans.append({"type": typ, "start": st, "end": self.n})
        return self
    @property
    def text(self):
        return ''.join(self.parts)

TOK = re.compile(r"\{([A-Za-z0-9_]+)\}")

def fill(b, tpl, vals):
    """tpl with {KEY}; vals[KEY] = (TYPE or None, string)."""
    pos = 0
    for m in TOK.finditer(tpl):
        b.t(tpl[pos:m.start()])
        typ, s = vals[m.group(1)]
        b.e(typ, s)
        pos = m.end()
    b.t(tpl[pos:])
    return b

# ---------------------------------------------------------------- names
HAND = {  # origin: list of (given, family, family_first)
    'nigerian': [('Chukwuemeka', 'Okafor', 0), ('Adaeze', 'Nwosu', 0), ('Oluwaseun', 'Adeyemi', 0),
                 ('Ngozi', 'Eze', 0), ('Babatunde', 'Olawale', 0), ('Funmilayo', 'Bakare', 0),
                 ('Ifeanyi', 'Okonkwo', 0), ('Yetunde', 'Ogunleye', 0), ('Emeka', 'Obi', 0), ('Aisha', 'Bello', 0)],
    'vietnamese': [('Thi Lan', 'Nguyen', 1), ('Van Minh', 'Tran', 1), ('Thu Trang', 'Pham', 1),
                   ('Quoc Bao', 'Le', 1), ('Ngoc Anh', 'Vu', 1), ('Duc Huy', 'Hoang', 1), ('Thị Hương', 'Nguyễn', 1),
                   ('Văn Đức', 'Đặng', 1)],
    'arabic': [('Omar', 'al-Amin', 0), ('Fatima', 'Al-Zahrani', 0), ('Yousef', 'Haddad', 0), ('Layla', 'El-Sayed', 0),
               ('Khalid', 'bin Rashid', 0), ('Noor', 'Abdelrahman', 0), ('Rania', 'Khoury', 0), ('Tariq', 'al-Masri', 0)],
    'malay': [('Ahmad Faizal', 'bin Salleh', 0), ('Nur Aisyah', 'binti Hassan', 0), ('Siti', 'binti Ismail', 0)],
    'chinese': [('Xiaoming', 'Wang', 1), ('Na', 'Li', 1), ('Jiahui', 'Chen', 1), ('Wei', 'Zhang', 1),
                ('Yuxin', 'Liu', 1), ('Haoran', 'Zhao', 1), ('Mei', 'Lin', 0), ('Jun', 'Huang', 0)],
    'korean': [('Min-jun', 'Kim', 1), ('Ji-woo', 'Park', 1), ('Seo-yeon', 'Lee', 1), ('Hyun-woo', 'Choi', 1),
               ('Ha-eun', 'Jung', 0), ('Do-yoon', 'Kang', 0)],
    'indian': [('Priya', 'Raghunathan', 0), ('Arjun', 'Mehta', 0), ('Lakshmi', 'Venkataraman', 0),
               ('Rohan', 'Deshpande', 0), ('Ananya', 'Iyer', 0), ('Sandeep', 'Chatterjee', 0), ('Harpreet', 'Kaur', 0),
               ('Gurpreet', 'Singh Sandhu', 0)],
    'polish': [('Małgorzata', 'Wiśniewska', 0), ('Grzegorz', 'Brzęczyszczykiewicz', 0), ('Katarzyna', 'Kowalczyk', 0),
               ('Wojciech', 'Zieliński', 0), ('Agnieszka', 'Lewandowska', 0)],
    'hungarian': [('Zsófia', 'Nagy', 1), ('Bence', 'Kovács', 1), ('Réka', 'Szabó', 1), ('Gergely', 'Tóth', 1),
                  ('Eszter', 'Horváth', 1), ('Ábel', 'Varga', 1)],
    'icelandic': [('Guðrún', 'Sigurðardóttir', 0), ('Jón', 'Einarsson', 0), ('Björk', 'Ólafsdóttir', 0),
                  ('Sigurður', 'Þórsson', 0), ('Helga', 'Ragnarsdóttir', 0)],
    'hawaiian': [('Keoni', 'Kahananui', 0), ('Leilani', 'Kealoha', 0), ('Kalani', 'Akana', 0), ('Mahina', 'Kamakau', 0),
                 ('Iolana', 'Kaʻahumanu', 0)],
    'maori': [('Aroha', 'Ngata', 0), ('Tāne', 'Parata', 0), ('Wiremu', 'Te Rangi', 0), ('Mereana', 'Tipene', 0),
              ('Hēmi', 'Waititi', 0), ('Kahu', 'Te Whata', 0)],
    'particle': [('Joost', 'van der Berg', 0), ('María José', 'de la Cruz', 0), ('Luca', 'De Luca', 0),
                 ('Anneke', 'van den Heuvel', 0), ('Ludwig', 'von Hohenberg', 0), ('Juan Pablo', 'del Río', 0),
                 ('Sophie', 'de Vries', 0), ('Ana Luísa', 'dos Santos', 0), ('Marc', 'Le Goff', 0)],
    'irish': [('Siobhán', "O'Connor", 0), ('Declan', "O'Sullivan", 0), ('Aoife', 'Ní Bhriain', 0), ('Ciarán', "Mc Donnell", 0),
              ('Niamh', "O'Brien", 0), ('Padraig', "MacCarthy", 0)],
    'hyphen': [('Olivia', 'Smith-Jones', 0), ('Hans-Peter', 'Müller-Lüdenscheidt', 0), ('Jean-Luc', 'Bréhat', 0),
               ('Anna-Lena', 'Schulte-Brinkmann', 0), ('Mary-Kate', 'Ashworth-Hale', 0)],
    'wordname': [('Rose', 'King', 0), ('Hope', 'Young', 0), ('Will', 'Brown', 0), ('Mark', 'Bishop', 0),
                 ('Summer', 'Stone', 0), ('Bill', 'Baker', 0), ('Grace', 'Hill', 0), ('Faith', 'Little', 0),
                 ('Joy', 'Rich', 0), ('Sunny', 'Day', 0), ('Dawn', 'Moody', 0), ('Hunter', 'Green', 0),
                 ('Ivy', 'Black', 0), ('Penny', 'Wise', 0), ('Frank', 'Love', 0), ('April', 'May', 0),
                 ('Autumn', 'Brooks', 0), ('Rob', 'Banks', 0), ('Chase', 'Miller', 0), ('Sky', 'Fields', 0)],
}
NICK = ['Bobby', 'Lexi', 'Kenji', 'Tomek', 'Gabi', 'Chuy', 'Mimi', 'Sasha', 'Zé', 'Pepe', 'Bibi', 'Kiki',
        'Ollie', 'Nacho', 'Jojo', 'Deepu', 'Tunde', 'Bex', 'Fifi', 'Paco']
LANG_LOC = {'en': ['en_US', 'en_GB', 'en_AU', 'en_NZ', 'en_IE', 'en_IN', 'en_CA'], 'es': ['es_ES', 'es_MX'],
            'de': ['de_DE', 'de_AT', 'de_CH'], 'fr': ['fr_FR', 'fr_CA'], 'pt': ['pt_BR', 'pt_PT'], 'it': ['it_IT'],
            'nl': ['nl_NL'], 'pl': ['pl_PL'], 'sv': ['sv_SE'], 'tr': ['tr_TR'], 'id': ['id_ID'], 'ro': ['ro_RO'],
            'cs': ['cs_CZ'], 'da': ['da_DK'], 'hu': ['hu_HU'], 'fi': ['fi_FI'], 'no': ['no_NO'], 'vi': []}

class Name:
    def __init__(self, given, family, ff=False):
        self.g, self.f, self.ff = given, family, ff
    def full(self):
        return f"{self.f} {self.g}" if self.ff else f"{self.g} {self.f}"
    def initials(self):
        gi = '. '.join(p[0] for p in self.g.replace('-', ' ').split()) + '.'
        if rng.random() < 0.5:
            gi += ' ' + ch(string.ascii_uppercase.replace('Q', '').replace('X', '')) + '.'
        return f"{gi} {self.f}"
    def comma(self):
        return f"{self.f.upper()}, {self.g}"
    def render(self, style):
        return {'full': self.full, 'first': lambda: self.g.split()[0] if not self.ff else self.g,
                'last': lambda: self.f, 'init': self.initials, 'upper': lambda: self.full().upper(),
                'lower': lambda: self.full().lower(), 'comma': self.comma,
                'lowfirst': lambda: self.g.split()[0].lower()}[style]()
    def email_local(self):
        g = strip_acc(self.g.split()[0].lower()); f = strip_acc(self.f.replace(' ', '').replace("'", '').lower())
        return ch([f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f[:1]}", f"{f}.{g}", f"{g}_{f}{rng.randint(1, 99)}", f"{g}{rng.randint(70, 99)}"])

ACC = str.maketrans('áàâäãåāéèêëēíìîïīóòôöõøōúùûüūçñßłśźżćńęąőűðþæœčřšžýůěňťďğışşșțăâđ', 'aaaaaaaeeeeeiiiiiooooooouuuuucnslszzcneaouxxxxcrszyuentdgissstaad')
def strip_acc(s):
    s = s.replace('ß', 'ss').replace('ð', 'd').replace('þ', 'th').replace('æ', 'ae').replace('œ', 'oe').replace('ʻ', '')
    s = s.translate(ACC)
    return re.sub(r'[^a-z0-9.\-]', '', s)

def person(lang=None, origin=None):
    r = rng.random()
    if origin is None and (r < 0.40):
        origin = ch(list(HAND))
    if origin:
        g, f, ff = ch(HAND[origin])
        return Name(g, f, bool(ff))
    if lang and LANG_LOC.get(lang) and rng.random() < 0.75:
        loc = ch(LANG_LOC[lang])
    else:
        loc = ch(FLOCS)
    fk = FK[loc]
    return Name(fk.first_name(), fk.last_name(), loc == 'hu_HU')

def nstyle(weights=None):
    opts = ['full', 'first', 'last', 'init', 'upper', 'lower', 'comma']
    w = weights or [40, 22, 12, 6, 5, 5, 4]
    return rng.choices(opts, w)[0]

# ---------------------------------------------------------------- phones
def _g(*ns):
    return [digits(n) for n in ns]

def phone(cc=None, allow_words=True):
    cc = cc or ch(list(PHONE_FMT))
    s = PHONE_FMT[cc]()
    r = rng.random()
    if r < 0.07:
        s += ch([' ext. ', ' ext ', ' x', ' Ext. ', ' extension ']) + digits(rng.randint(2, 4))
    return s

def _p_us():
    a, b, c = str(rng.randint(201, 989)), digits(3), digits(4)
    b = str(rng.randint(2, 9)) + b[1:]
    return ch([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}"])
def _p_uk():
    return ch([f"+44 20 7946 0{digits(3)}", f"020 7946 0{digits(3)}", f"07700 900{digits(3)}", f"+44 7700 900{digits(3)}",
               f"+44 (0)161 496 0{digits(3)}", f"0113 496 0{digits(3)}", f"(0131) 496 0{digits(3)}"])
def _p_de():
    return ch([f"+49 30 {digits(8)}", f"030 {digits(4)} {digits(4)}", f"0171 {digits(7)}", f"+49 (0)89 {digits(3)} {digits(4)}",
               f"0221/{digits(6)}", f"+49 151 {digits(4)} {digits(4)}", f"06221 {digits(2)} {digits(2)} {digits(2)}"])
def _p_fr():
    a = ch(['1', '6', '7', '4', '9'])
    d = [digits(2) for _ in range(4)]
    return ch([f"+33 {a} {' '.join(d)}", f"0{a} {' '.join(d)}", f"0{a}.{'.'.join(d)}", f"+33 (0){a} {' '.join(d)}", f"0{a}{''.join(d)}"])
def _p_es():
    return ch([f"+34 6{digits(2)} {digits(3)} {digits(3)}", f"6{digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"91 {digits(3)} {digits(2)} {digits(2)}",
               f"(+34) 93 {digits(3)} {digits(4)}", f"0034 6{digits(8)}"])
def _p_it():
    return ch([f"+39 02 {digits(4)} {digits(4)}", f"347 {digits(3)} {digits(4)}", f"06-{digits(8)}", f"+39 333 {digits(7)}", f"0039 055 {digits(6)}"])
def _p_nl():
    return ch([f"+31 6 {digits(8)}", f"06-{digits(8)}", f"020-{digits(3)} {digits(4)}", f"+31 (0)20 {digits(3)} {digits(4)}", f"010 {digits(7)}"])
def _p_pl():
    return ch([f"+48 5{digits(2)} {digits(3)} {digits(3)}", f"6{digits(2)}-{digits(3)}-{digits(3)}", f"(22) {digits(3)} {digits(2)} {digits(2)}", f"+48 22 {digits(3)} {digits(2)} {digits(2)}"])
def _p_se():
    return ch([f"070-{digits(3)} {digits(2)} {digits(2)}", f"+46 70 {digits(3)} {digits(2)} {digits(2)}", f"08-{digits(3)} {digits(3)} {digits(2)}", f"+46 (0)8 {digits(7)}"])
def _p_br():
    return ch([f"+55 11 9{digits(4)}-{digits(4)}", f"(11) 9{digits(4)}-{digits(4)}", f"(21) {digits(4)}-{digits(4)}", f"+55 (31) 9 {digits(4)} {digits(4)}"])
def _p_mx():
    return ch([f"+52 55 {digits(4)} {digits(4)}", f"55 {digits(4)} {digits(4)}", f"(33) {digits(4)}-{digits(4)}", f"+52 1 81 {digits(4)} {digits(4)}"])
def _p_in():
    return ch([f"+91 9{digits(4)} {digits(5)}", f"09{digits(9)}", f"+91-80-{digits(4)}-{digits(4)}", f"98{digits(3)} {digits(5)}", f"(022) {digits(4)} {digits(4)}"])
def _p_au():
    return ch([f"+61 4{digits(2)} {digits(3)} {digits(3)}", f"04{digits(2)} {digits(3)} {digits(3)}", f"(02) 9{digits(3)} {digits(4)}", f"+61 3 {digits(4)} {digits(4)}", f"1300 {digits(3)} {digits(3)}"])
def _p_jp():
    return ch([f"+81 3-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}", f"03-{digits(4)}-{digits(4)}", f"+81 80 {digits(4)} {digits(4)}"])
def _p_tr():
    return ch([f"+90 532 {digits(3)} {digits(2)} {digits(2)}", f"0 (212) {digits(3)} {digits(2)} {digits(2)}", f"0545 {digits(3)} {digits(4)}", f"+90 (216) {digits(7)}"])
def _p_id():
    return ch([f"+62 812-{digits(4)}-{digits(4)}", f"0812 {digits(4)} {digits(4)}", f"(021) {digits(4)}-{digits(4)}", f"+62 21 {digits(8)}", f"0857{digits(8)}"])
def _p_vn():
    return ch([f"+84 91 {digits(3)} {digits(4)}", f"091 {digits(3)} {digits(4)}", f"(028) {digits(4)} {digits(4)}", f"+84 (0)90 {digits(7)}", f"0903.{digits(3)}.{digits(3)}"])
def _p_ro():
    return ch([f"+40 721 {digits(3)} {digits(3)}", f"0721 {digits(3)} {digits(3)}", f"021 {digits(3)} {digits(4)}", f"+40 (0)264 {digits(6)}"])
def _p_cz():
    return ch([f"+420 601 {digits(3)} {digits(3)}", f"603 {digits(3)} {digits(3)}", f"00420 2 {digits(4)} {digits(4)}", f"+420 777{digits(6)}"])
def _p_dk():
    return ch([f"+45 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"{digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+45 {digits(8)}", f"(+45) {digits(4)} {digits(4)}"])
def _p_ie():
    return ch([f"+353 87 {digits(3)} {digits(4)}", f"087 {digits(3)} {digits(4)}", f"(01) {digits(3)} {digits(4)}", f"+353 (0)1 {digits(7)}"])
def _p_nz():
    return ch([f"+64 21 {digits(3)} {digits(4)}", f"021 {digits(3)} {digits(4)}", f"(09) {digits(3)} {digits(4)}", f"+64 9 {digits(3)} {digits(4)}"])
def _p_hu():
    return ch([f"+36 30 {digits(3)} {digits(4)}", f"06 30 {digits(3)} {digits(4)}", f"06-1/{digits(3)}-{digits(4)}", f"+36 (1) {digits(3)} {digits(4)}"])
def _p_ng():
    return ch([f"+234 803 {digits(3)} {digits(4)}", f"0803 {digits(3)} {digits(4)}", f"+234 (0)1 {digits(3)} {digits(4)}", f"0809{digits(7)}"])
def _p_kr():
    return ch([f"+82 10-{digits(4)}-{digits(4)}", f"010-{digits(4)}-{digits(4)}", f"02-{digits(3)}-{digits(4)}", f"+82 (0)2 {digits(4)} {digits(4)}"])
def _p_cn():
    return ch([f"+86 138 {digits(4)} {digits(4)}", f"139{digits(8)}", f"(010) {digits(4)} {digits(4)}", f"+86 21 {digits(4)} {digits(4)}"])
def _p_za():
    return ch([f"+27 82 {digits(3)} {digits(4)}", f"082 {digits(3)} {digits(4)}", f"(021) {digits(3)} {digits(4)}", f"+27 (0)11 {digits(3)} {digits(4)}"])
def _p_pt():
    return ch([f"+351 91{digits(1)} {digits(3)} {digits(3)}", f"91{digits(1)} {digits(3)} {digits(3)}", f"21 {digits(3)} {digits(4)}", f"(+351) 22 {digits(3)} {digits(4)}"])
def _p_ca():
    a = ch(['416', '604', '514', '613', '403', '902'])
    return ch([f"({a}) {rng.randint(200, 989)}-{digits(4)}", f"+1 {a}-{rng.randint(200, 989)}-{digits(4)}", f"{a}.{rng.randint(200, 989)}.{digits(4)}"])
def _p_ch():
    return ch([f"+41 44 {digits(3)} {digits(2)} {digits(2)}", f"079 {digits(3)} {digits(2)} {digits(2)}", f"+41 (0)79 {digits(3)} {digits(2)} {digits(2)}"])
def _p_at():
    return ch([f"+43 1 {digits(7)}", f"0664 {digits(7)}", f"+43 (0)664 {digits(3)} {digits(4)}", f"01/{digits(3)} {digits(2)} {digits(2)}"])
def _p_fi():
    return ch([f"+358 40 {digits(3)} {digits(4)}", f"040 {digits(3)} {digits(4)}", f"09 {digits(4)} {digits(3)}"])
def _p_no():
    return ch([f"+47 {digits(3)} {digits(2)} {digits(3)}", f"{digits(3)} {digits(2)} {digits(3)}", f"+47 {digits(8)}"])

PHONE_FMT = {'us': _p_us, 'uk': _p_uk, 'de': _p_de, 'fr': _p_fr, 'es': _p_es, 'it': _p_it, 'nl': _p_nl, 'pl': _p_pl,
             'se': _p_se, 'br': _p_br, 'mx': _p_mx, 'in': _p_in, 'au': _p_au, 'jp': _p_jp, 'tr': _p_tr, 'id': _p_id,
             'vn': _p_vn, 'ro': _p_ro, 'cz': _p_cz, 'dk': _p_dk, 'ie': _p_ie, 'nz': _p_nz, 'hu': _p_hu, 'ng': _p_ng,
             'kr': _p_kr, 'cn': _p_cn, 'za': _p_za, 'pt': _p_pt, 'ca': _p_ca, 'ch': _p_ch, 'at': _p_at, 'fi': _p_fi, 'no': _p_no}
WORDS = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
def phone_words():
    ds = '07' + digits(9)
    out, i = [], 0
    while i < len(ds):
        if i + 1 < len(ds) and ds[i] == ds[i + 1] and rng.random() < 0.6:
            out.append('double ' + WORDS[int(ds[i])]); i += 2
        else:
            out.append(WORDS[int(ds[i])]); i += 1
    return ' '.join(out)
def phone_vanity():
    return ch(['1-800-', '1 (888) ', '+1 877-', '1-866-']) + ch(['FLOWERS', 'GET-CAKE', 'PET-CARE', 'MY-BIKES', 'CALL-NOW', 'TAXI-NOW', 'SHOE-FIX'])

LANG_CC = {'en': ['us', 'uk', 'au', 'ie', 'nz', 'ca', 'in', 'za', 'ng'], 'es': ['es', 'mx'], 'de': ['de', 'at', 'ch'],
           'fr': ['fr', 'ch', 'ca'], 'pt': ['br', 'pt'], 'it': ['it'], 'nl': ['nl'], 'pl': ['pl'], 'sv': ['se'],
           'tr': ['tr'], 'id': ['id'], 'vi': ['vn'], 'ro': ['ro'], 'cs': ['cz'], 'da': ['dk'], 'hu': ['hu'],
           'fi': ['fi'], 'no': ['no']}

# ---------------------------------------------------------------- addresses
def _fk(loc, m):
    return str(getattr(FK[loc], m)())

US_STATES = [('Denver', 'CO', '802'), ('Austin', 'TX', '787'), ('Portland', 'OR', '972'), ('Columbus', 'OH', '432'),
             ('Tampa', 'FL', '336'), ('Madison', 'WI', '537'), ('Boise', 'ID', '837'), ('Raleigh', 'NC', '276'),
             ('Honolulu', 'HI', '968'), ('Brooklyn', 'NY', '112')]

def addr_lines(cc):
    """Return list of address lines in local format."""
    if cc == 'us':
        city, st, z = ch(US_STATES)
        l1 = f"{rng.randint(10, 9899)} {ch(['Maple', 'Cedar', 'Elm', 'Lakeview', 'Sunset', 'Kalakaua', 'Pine Ridge', 'W 3rd', 'Oak Hollow'])} {ch(['St', 'Ave', 'Blvd', 'Dr', 'Rd', 'Lane', 'Street', 'Court'])}"
        unit = ch(['', '', f"Apt {rng.randint(1, 40)}{ch('ABCD')}", f"Suite {rng.randint(100, 950)}", f"Unit {rng.randint(1, 30)}"])
        if rng.random() < 0.12:
            l1 = f"PO Box {rng.randint(100, 99999)}"; unit = ''
        if rng.random() < 0.08:
            l1 = f"RR {rng.randint(1, 9)} Box {rng.randint(10, 999)}"; unit = ''
        lines = [l1 + (', ' + unit if unit and rng.random() < 0.5 else '')] + ([unit] if unit and not l1.endswith(unit) else [])
        lines.append(f"{city}, {st} {z}{digits(2)}" + (f"-{digits(4)}" if rng.random() < 0.2 else ''))
        if rng.random() < 0.2: lines.append(ch(['USA', 'United States']))
        return [l for l in lines if l]
    if cc == 'uk':
        lines = [f"Flat {rng.randint(1, 40)}, {ch(['Rosebery House', 'Victoria Court', 'The Maltings', 'Albion Works'])}"] if rng.random() < 0.35 else []
        lines += [f"{rng.randint(1, 220)} {_fk('en_GB', 'street_name').title()}", ch(['Leeds', 'Bristol', 'Manchester', 'London', 'Cardiff', 'Norwich', 'York']),
                  ch(['LS6 2QT', 'BS1 4DJ', 'M14 5RB', 'SW1A 1AA', 'CF10 3NB', 'NR2 4PQ', 'YO1 7HH', 'E8 3RL'])]
        if rng.random() < 0.2: lines.append(ch(['United Kingdom', 'UK']))
        return lines
    if cc == 'de':
        lines = [f"{_fk('de_DE', 'street_name')} {rng.randint(1, 180)}{ch(['', '', 'a', 'b'])}", f"{digits(5)} {_fk('de_DE', 'city')}"]
        if rng.random() < 0.25: lines.insert(1, ch(['3. OG links', 'Hinterhaus', 'Whg. 12', '2. Stock']))
        if rng.random() < 0.2: lines.append(ch(['Deutschland', 'Germany']))
        return lines
    if cc == 'at':
        return [f"{_fk('de_AT', 'street_name')} {rng.randint(1, 90)}/{rng.randint(1, 20)}/{rng.randint(1, 15)}", f"{ch(['1070', '8010', '4020', '5020'])} {ch(['Wien', 'Graz', 'Linz', 'Salzburg'])}"] + (['Österreich'] if rng.random() < 0.3 else [])
    if cc == 'ch':
        return [f"{_fk('de_CH', 'street_name')} {rng.randint(1, 90)}", f"CH-{ch(['8004 Zürich', '3011 Bern', '4051 Basel', '1201 Genève'])}"]
    if cc == 'fr':
        lines = [f"{rng.randint(1, 150)}{ch(['', '', ' bis', ' ter'])} {_fk('fr_FR', 'street_name')}", f"{ch(['75011 Paris', '69003 Lyon', '13006 Marseille', '33000 Bordeaux', '44000 Nantes', '31000 Toulouse'])}"]
        if rng.random() < 0.3: lines.insert(0, ch(['Bâtiment B, escalier 2', 'Résidence Les Tilleuls', 'Appt 34, 3e étage']))
        if rng.random() < 0.2: lines.append('France')
        return lines
    if cc == 'es':
        return [f"{_fk('es_ES', 'street_name')}, {rng.randint(1, 120)}, {ch(['3º B', '1º izq.', 'bajo', '5º 2ª', 'ático'])}", f"{ch(['28013 Madrid', '08012 Barcelona', '41004 Sevilla', '46002 Valencia', '48001 Bilbao'])}"] + (['España'] if rng.random() < 0.3 else [])
    if cc == 'mx':
        return [f"{ch(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Morelos'])} {rng.randint(10, 2500)}, Int. {rng.randint(1, 40)}",
                f"Col. {ch(['Roma Norte', 'Condesa', 'Del Valle', 'Centro'])}", f"{digits(5)} {ch(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}"] + (['México'] if rng.random() < 0.3 else [])
    if cc == 'it':
        return [f"{ch(['Via', 'Viale', 'Corso', 'Piazza'])} {ch(['Garibaldi', 'Roma', 'dei Mille', 'Vittorio Emanuele II', 'San Vitale', 'Mazzini'])} {rng.randint(1, 200)}",
                f"{ch(['20121 Milano MI', '00184 Roma RM', '40125 Bologna BO', '50122 Firenze FI', '80134 Napoli NA'])}"] + (['Italia'] if rng.random() < 0.2 else [])
    if cc == 'nl':
        return [f"{_fk('nl_NL', 'street_name')} {rng.randint(1, 300)}{ch(['', '', '-II', ' A', 'bis'])}", f"{digits(4)} {ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)} {ch(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Groningen'])}"] + (['Nederland'] if rng.random() < 0.25 else [])
    if cc == 'pl':
        return [f"ul. {_fk('pl_PL', 'street_name')} {rng.randint(1, 120)}" + (f"/{rng.randint(1, 80)}" if rng.random() < 0.6 else ''), f"{digits(2)}-{digits(3)} {ch(['Warszawa', 'Kraków', 'Gdańsk', 'Wrocław', 'Poznań'])}"] + (['Polska'] if rng.random() < 0.25 else [])
    if cc == 'se':
        return [f"{_fk('sv_SE', 'street_name')} {rng.randint(1, 90)}" + (f", lgh {rng.randint(1001, 1604)}" if rng.random() < 0.4 else ''), f"{digits(3)} {digits(2)} {ch(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'])}"] + (['Sverige'] if rng.random() < 0.25 else [])
    if cc == 'br':
        return [f"{ch(['Rua', 'Av.', 'Avenida', 'Travessa'])} {ch(['das Flores', 'Paulista', 'Sete de Setembro', 'Augusta', 'Oscar Freire'])}, {rng.randint(10, 3000)}" + (f", apto {rng.randint(11, 1504)}" if rng.random() < 0.5 else ''),
                f"{ch(['Bela Vista', 'Pinheiros', 'Copacabana', 'Savassi'])}", f"{ch(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG'])}", f"CEP {digits(5)}-{digits(3)}"]
    if cc == 'pt':
        return [f"{ch(['Rua', 'Avenida', 'Travessa'])} {ch(['Augusta', 'da Liberdade', 'de Santa Catarina', 'do Carmo'])} {rng.randint(1, 250)}, {rng.randint(1, 8)}º {ch(['Esq.', 'Dto.'])}", f"{digits(4)}-{digits(3)} {ch(['Lisboa', 'Porto', 'Coimbra', 'Braga'])}"] + (['Portugal'] if rng.random() < 0.2 else [])
    if cc == 'ca':
        return [f"{rng.randint(10, 9000)} {ch(['Rue Saint-Denis', 'Queen St W', 'Robson Street', 'Boul. René-Lévesque'])}" + (f", {ch(['Apt', 'Unit', 'Suite'])} {rng.randint(101, 2405)}" if rng.random() < 0.5 else ''),
                f"{ch(['Montréal QC H2X 3K4', 'Toronto ON M5V 2T6', 'Vancouver BC V6E 1B5', 'Halifax NS B3H 4R2'])}"] + (['Canada'] if rng.random() < 0.3 else [])
    if cc == 'au':
        return [(f"Unit {rng.randint(1, 30)}/" if rng.random() < 0.4 else '') + f"{rng.randint(1, 300)} {ch(['George St', 'Chapel Street', 'Brunswick Rd', 'Oxford St', 'Beach Rd'])}", f"{ch(['Surry Hills NSW 2010', 'South Yarra VIC 3141', 'Fortitude Valley QLD 4006', 'Fremantle WA 6160'])}"] + (['Australia'] if rng.random() < 0.3 else [])
    if cc == 'nz':
        return [f"{rng.randint(1, 200)} {ch(['Ponsonby Road', 'Cuba Street', 'Karangahape Rd', 'Te Awe Awe St'])}", f"{ch(['Grey Lynn', 'Te Aro', 'Riccarton', 'Hokowhitu'])}", f"{ch(['Auckland 1021', 'Wellington 6011', 'Christchurch 8011', 'Palmerston North 4410'])}"]
    if cc == 'ie':
        return [f"{rng.randint(1, 120)} {ch(['Griffith Avenue', 'Main Street', 'Sráid an Mhuilinn', 'Clontarf Road'])}", f"{ch(['Drumcondra, Dublin 9', 'Ennis, Co. Clare', 'Dingle, Co. Kerry', 'Clontarf, Dublin 3'])}", ch(['D09 K2X4', 'V95 T8P2', 'V92 R6C1', 'D03 E5F7'])]
    if cc == 'in':
        return [f"Flat {rng.randint(101, 1204)}, {ch(['Sai Krupa Apartments', 'Prestige Shantiniketan', 'Green Park Towers'])}", f"{ch(['12th Main Road, Indiranagar', 'MG Road, Near City Mall', 'Linking Road, Bandra West', 'Sector 18'])}",
                f"{ch(['Bengaluru, Karnataka 560038', 'Mumbai, Maharashtra 400050', 'Noida, Uttar Pradesh 201301', 'Chennai, Tamil Nadu 600018'])}"]
    if cc == 'jp':
        return [f"{ch(['Sakura Mansion', 'Grand Heights', 'Maison Ebisu'])} {rng.randint(101, 905)}", f"{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} {ch(['Jingumae', 'Ebisu-nishi', 'Nishi-Shinjuku', 'Umeda'])}",
                f"{ch(['Shibuya-ku, Tokyo 150-0001', 'Shinjuku-ku, Tokyo 160-0023', 'Kita-ku, Osaka 530-0001'])}"] + (['Japan'] if rng.random() < 0.4 else [])
    if cc == 'tr':
        return [f"{ch(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Bulvarı', 'Cumhuriyet Mah. Gül Sok.'])} No: {rng.randint(1, 200)} Daire: {rng.randint(1, 30)}", f"{ch(['34710 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}"] + (['Türkiye'] if rng.random() < 0.3 else [])
    if cc == 'id':
        return [f"Jl. {ch(['Kemang Raya', 'Sudirman', 'Malioboro', 'Dago'])} No. {rng.randint(1, 150)}, RT {rng.randint(1, 9):02d}/RW {rng.randint(1, 12):02d}", f"Kel. {ch(['Bangka', 'Menteng', 'Sosromenduran', 'Lebakgede'])}, Kec. {ch(['Mampang Prapatan', 'Menteng', 'Gedong Tengen', 'Coblong'])}",
                f"{ch(['Jakarta Selatan 12730', 'Jakarta Pusat 10310', 'Yogyakarta 55271', 'Bandung 40132'])}"]
    if cc == 'vn':
        return [f"Số {rng.randint(1, 300)} {ch(['Nguyễn Huệ', 'Lê Lợi', 'Hai Bà Trưng', 'Trần Hưng Đạo'])}", f"{ch(['Phường Bến Nghé, Quận 1', 'Phường Hàng Trống, Quận Hoàn Kiếm', 'Phường 6, Quận 3'])}", f"{ch(['TP. Hồ Chí Minh', 'Hà Nội'])}"] + (['Việt Nam'] if rng.random() < 0.3 else [])
    if cc == 'ro':
        return [f"Str. {ch(['Mihai Eminescu', 'Lipscani', 'Memorandumului', 'Republicii'])} nr. {rng.randint(1, 120)}, bl. {rng.randint(1, 30)}, sc. {ch('ABC')}, ap. {rng.randint(1, 80)}", f"{ch(['Sector 2, 020331 București', '400114 Cluj-Napoca', '300011 Timișoara'])}"] + (['România'] if rng.random() < 0.3 else [])
    if cc == 'cz':
        return [f"{_fk('cs_CZ', 'street_name')} {rng.randint(100, 2900)}/{rng.randint(1, 60)}", f"{ch(['110 00 Praha 1', '602 00 Brno', '301 00 Plzeň', '120 00 Praha 2'])}"] + (['Česká republika'] if rng.random() < 0.3 else [])
    if cc == 'dk':
        return [f"{_fk('da_DK', 'street_name')} {rng.randint(1, 150)}, {rng.randint(1, 5)}. {ch(['th.', 'tv.', 'mf.'])}", f"{ch(['2200 København N', '8000 Aarhus C', '5000 Odense C', '1620 København V'])}"] + (['Danmark'] if rng.random() < 0.3 else [])
    if cc == 'hu':
        return [f"{ch(['Budapest', 'Debrecen', 'Szeged', 'Pécs'])}", f"{ch(['Váci utca', 'Andrássy út', 'Kossuth Lajos tér', 'Király utca'])} {rng.randint(1, 120)}. {rng.randint(1, 6)}. em. {rng.randint(1, 12)}.", f"{rng.randint(1011, 9999)}"]
    if cc == 'ng':
        return [f"{rng.randint(1, 80)} {ch(['Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue', 'Aminu Kano Crescent'])}", f"{ch(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Ikeja, Lagos', 'Wuse II, Abuja'])}", ch(['101241', '106104', '100271', '904101'])] + (['Nigeria'] if rng.random() < 0.4 else [])
    if cc == 'kr':
        return [f"{ch(['Seoul', 'Busan'])} {ch(['Gangnam-gu Teheran-ro', 'Mapo-gu Yanghwa-ro', 'Haeundae-gu Marine City 2-ro'])} {rng.randint(1, 500)}, {rng.randint(101, 1505)}-ho", f"{digits(5)}"] + (['South Korea'] if rng.random() < 0.4 else [])
    if cc == 'za':
        return [f"{rng.randint(1, 99)} {ch(['Long Street', 'Jan Smuts Ave', 'Florida Road'])}", f"{ch(['Gardens, Cape Town', 'Parktown North, Johannesburg', 'Morningside, Durban'])}", ch(['8001', '2193', '4001'])] + (['South Africa'] if rng.random() < 0.3 else [])
    if cc == 'fi':
        return [f"{_fk('fi_FI', 'street_name')} {rng.randint(1, 60)} {ch('ABC')} {rng.randint(1, 40)}", f"{ch(['00100 Helsinki', '33100 Tampere', '20100 Turku'])}"]
    if cc == 'no':
        return [f"{_fk('no_NO', 'street_name')} {rng.randint(1, 90)}{ch(['', 'B', ''])}", f"{ch(['0562 Oslo', '5003 Bergen', '7011 Trondheim'])}"] + (['Norge'] if rng.random() < 0.3 else [])
    raise KeyError(cc)

ADDR_CC = ['us', 'uk', 'de', 'at', 'ch', 'fr', 'es', 'mx', 'it', 'nl', 'pl', 'se', 'br', 'pt', 'ca', 'au', 'nz', 'ie', 'in',
           'jp', 'tr', 'id', 'vn', 'ro', 'cz', 'dk', 'hu', 'ng', 'kr', 'za', 'fi', 'no']

def address(cc=None, multi=None, sep=None):
    cc = cc or ch(ADDR_CC)
    lines = addr_lines(cc)
    if multi is None:
        multi = rng.random() < 0.4
    if multi:
        return (sep or '\n').join(lines)
    return (sep or ', ').join(lines)

# ---------------------------------------------------------------- other ids
def luhn_complete(prefix, length):
    nums = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, d in enumerate(reversed(nums)):
        x = int(d)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return nums + str((10 - tot % 10) % 10)

def card():
    kind = ch(['visa', 'mc', 'amex', 'visa', 'mc', 'disc'])
    if kind == 'amex':
        n = luhn_complete(ch(['34', '37']), 15)
        return ch([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    pre = {'visa': '4', 'mc': ch(['51', '53', '55', '2221', '2720']), 'disc': '6011'}[kind]
    n = luhn_complete(pre, 16)
    return ch([' '.join(n[i:i + 4] for i in range(0, 16, 4)), '-'.join(n[i:i + 4] for i in range(0, 16, 4)), n])

IBAN_SPEC = {'DE': 'n8n10', 'GB': 'a4n6n8', 'FR': 'n10n11n2', 'ES': 'n20', 'NL': 'a4n10', 'IT': 'a1n10n12', 'PL': 'n24',
             'BE': 'n12', 'CH': 'n17', 'AT': 'n16', 'PT': 'n21', 'RO': 'a4n16', 'CZ': 'n20', 'DK': 'n14', 'SE': 'n20',
             'IE': 'a4n14', 'FI': 'n14', 'NO': 'n11', 'HU': 'n24', 'TR': 'n22'}
BANKS = {'GB': ['NWBK', 'BARC', 'LOYD', 'MIDL'], 'NL': ['INGB', 'ABNA', 'RABO', 'BUNQ'], 'RO': ['RNCB', 'BTRL', 'INGB'], 'IE': ['AIBK', 'BOFI']}
def iban(cc=None):
    cc = cc or ch(list(IBAN_SPEC))
    bban = ''
    for typ, n in re.findall(r'([an])(\d+)', IBAN_SPEC[cc]):
        n = int(n)
        if typ == 'a':
            bban += ch(BANKS.get(cc, ['X' * n])) if n == 4 else ''.join(ch(string.ascii_uppercase) for _ in range(n))
        else:
            bban += digits(n)
    rearr = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    if rng.random() < 0.65:
        return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib

def ssn():
    a = rng.randint(1, 899)
    while a == 666: a = rng.randint(1, 899)
    s = f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return ch(['-'.join(s), '-'.join(s), ' '.join(s), ''.join(s)])

def ipv4():
    return f"{ch([23, 31, 45, 62, 81, 85, 91, 104, 142, 151, 176, 185, 192, 203, 212, 217])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
def ipv6():
    h = lambda: f"{rng.randint(0, 0xffff):x}"
    return ch([f"2001:db8:{h()}:{h()}::{h()}", f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"fe80::{h()}:{h()}:{h()}:{h()}", f"2606:4700:{h()}::{h()}"])
def ip():
    return ipv6() if rng.random() < 0.3 else ipv4()

DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'hotmail.es', 'uol.com.br',
           'wp.pl', 'seznam.cz', 'icloud.com', 'proton.me', 'mail.ru', 'yandex.com', 'bluewin.ch', 'telia.se', 'ziggo.nl']
CO_DOMAINS = ['northwind-retail.com', 'brightleaf.co', 'acmeshop.eu', 'lumacosmetics.com', 'velo-nord.de', 'casaverde.es',
              'harbourhotels.co.uk', 'pixelpress.io', 'maisonclaire.fr', 'tandemtravel.nl']
def email(nm=None, company=False):
    nm = nm or person()
    return f"{nm.email_local()}@{ch(CO_DOMAINS if company else DOMAINS)}"

CITIES = {'en': ['Denver', 'Manchester', 'Toronto', 'Sydney', 'Auckland', 'Dublin', 'Chicago', 'Bristol', 'Austin', 'Lagos', 'Mumbai', 'Cape Town'],
          'es': ['Sevilla', 'Bilbao', 'Valencia', 'Guadalajara', 'Madrid', 'Monterrey'], 'de': ['Leipzig', 'Köln', 'Graz', 'Zürich', 'Hamburg', 'Freiburg'],
          'fr': ['Lyon', 'Nantes', 'Lille', 'Montréal', 'Bordeaux'], 'pt': ['Porto', 'Recife', 'Curitiba', 'Lisboa'], 'it': ['Torino', 'Bologna', 'Palermo'],
          'nl': ['Utrecht', 'Eindhoven', 'Groningen'], 'pl': ['Gdańsk', 'Łódź', 'Wrocław'], 'sv': ['Malmö', 'Göteborg', 'Umeå'], 'tr': ['İzmir', 'Antalya', 'Bursa'],
          'id': ['Surabaya', 'Medan', 'Denpasar'], 'vi': ['Đà Nẵng', 'Hải Phòng', 'Huế'], 'ro': ['Iași', 'Brașov', 'Constanța'], 'cs': ['Brno', 'Ostrava', 'Olomouc'],
          'da': ['Aalborg', 'Odense', 'Esbjerg'], 'hu': ['Győr', 'Szeged'], 'fi': ['Oulu'], 'no': ['Bergen']}
COUNTRIES = ['Spain', 'Portugal', 'Germany', 'Japan', 'Mexico', 'Canada', 'Brazil', 'the Netherlands', 'Poland', 'Vietnam', 'Kenya', 'Iceland']
def city(lang='en'):
    return ch(CITIES.get(lang, CITIES['en']))

# ---------------------------------------------------------------- hard negatives
def order_id():
    return ch([f"ORD-{digits(3)}-{digits(3)}-{digits(4)}", f"#{digits(3)}-{digits(3)}-{digits(4)}", f"{digits(4)} {digits(4)} {digits(4)}",
               f"NW{digits(9)}", f"A{digits(2)}-{digits(6)}", f"{digits(3)}.{digits(3)}.{digits(4)}", f"+{digits(2)} {digits(3)} {digits(4)} (batch)"[:0] or f"PO-{digits(6)}"])
def tracking():
    return ch([f"1Z {digits(3)} {ch(['AA1', 'E1X', 'W45'])} {digits(2)} {digits(4)} {digits(3)}", f"JD{digits(16)}", f"LX{digits(9)}DE", f"{digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}", f"RR{digits(9)}GB"])
def invoice_no():
    return ch([f"INV-{rng.randint(2019, 2025)}-{digits(5)}", f"FAC/{digits(4)}/{rng.randint(2020, 2025)}", f"RE {digits(3)} {digits(3)} {digits(4)}", f"{digits(2)}-{digits(4)}-{digits(4)}"])
def sku():
    return ch([f"SKU {digits(4)}-{digits(2)}-{digits(3)}", f"{ch(['WX', 'KT', 'BR', 'ZN'])}-{rng.randint(100, 9900)} {ch(['Pro', 'Max', 'Lite', 'S'])}", f"model {digits(3)}-{digits(3)}-{digits(4)}", f"EAN {digits(13)}", f"art. {digits(3)}.{digits(3)}.{digits(2)}"])
def price(cur='€'):
    return ch([f"{cur}{rng.randint(5, 999)}.{digits(2)}", f"{rng.randint(5, 999)},{digits(2)} {cur}", f"{cur}{rng.randint(1, 9)},{digits(3)}"])
def date():
    return ch([f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2022, 2025)}", f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               f"{rng.randint(1, 28)} {ch(['Jan', 'March', 'Sept', 'Nov'])} {rng.randint(2022, 2025)}", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2022, 2025)}"])
def time_():
    return ch([f"{rng.randint(7, 20)}:{ch(['00', '15', '30', '45'])}", f"{rng.randint(1, 12)}:{ch(['00', '30'])} {ch(['am', 'pm', 'PM'])}"])
def version():
    return ch([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", f"build {digits(4)}.{digits(3)}", f"firmware {rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{digits(4)}"])
def promo():
    return ch([f"SAVE-{digits(4)}-{digits(3)}", f"1-800-SALE-{digits(2)} collection"[:0] or f"GIFT{digits(2)}-{digits(4)}", f"VIP {digits(3)} {digits(3)} {digits(3)}"])
BRANDS = ['Ben & Jerry\'s', 'Tim Hortons', 'Dr. Martens', 'Jack Daniel\'s', 'Calvin Klein', 'Tommy Hilfiger', 'Ralph Lauren', 'Marie Claire',
          'Hello Kitty', 'Peppa Pig', 'Captain Morgan', 'Mrs. Meyer\'s', 'Paul Smith', 'Hugo Boss', 'Kate Spade', 'Willy Wonka Bars', 'Aunt Jemima']
def negs():
    return {'ORD': (None, order_id()), 'TRK': (None, tracking()), 'INV': (None, invoice_no()), 'SKU': (None, sku()), 'PRICE': (None, price(ch(['€', '$', '£']))),
            'DATE': (None, date()), 'TIME': (None, time_()), 'VER': (None, version()), 'PROMO': (None, promo()), 'BRAND': (None, ch(BRANDS)),
            'QTY': (None, f"{rng.randint(2, 40)} {ch(['units', 'pcs', 'boxes', 'x 500ml'])}"), 'PC': (None, ch(['10115', 'SW1A', '75011', '2000', '560038', '1012 AB']))}

SAMPLES = []
def add(kind, lang, b):
    SAMPLES.append({'kind': kind, 'lang': lang, 'b': b})

# ================================================================ kinds
def P(nm, style=None):
    return ('PERSON', nm.render(style or nstyle()))
def V(**kw):
    d = negs()
    d.update(kw)
    return d
def lang_pick(p_other=0.3, langs=None):
    if rng.random() < min(0.8, p_other * 1.45):
        return ch(langs or ['es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'sv', 'tr', 'id', 'vi', 'ro', 'cs', 'da'])
    return 'en'
def cc_of(lang):
    return ch(LANG_CC.get(lang, ['us']))
def acc_of(lang):
    m = {'hu': 'hu', 'vi': 'vn', 'id': 'id', 'tr': 'tr', 'ro': 'ro', 'cs': 'cz', 'da': 'dk', 'sv': 'se', 'pl': 'pl', 'nl': 'nl',
         'it': 'it', 'fi': 'fi', 'no': 'no'}
    if lang in m: return m[lang]
    return ch({'en': ['us', 'uk', 'au', 'ie', 'nz', 'ca', 'in', 'za', 'ng', 'jp', 'kr'], 'es': ['es', 'mx'], 'de': ['de', 'at', 'ch'],
               'fr': ['fr', 'ca'], 'pt': ['br', 'pt']}[lang])

# ---- (a) CX text --------------------------------------------------
TICKET = {
 'en': ["Ticket {ORD} — customer {N1} called from {PH1} about a parcel ({TRK}) that never reached {A1}. {N1b} says the courier left it with a neighbour. Please call back before {TIME}.",
        "hi team, {N1} here. my order {ORD} was meant to go to {A1} but the label shows my old flat. can someone ring me on {PH1}? thx",
        "Customer: {N1}\nIssue: charged twice ({PRICE}) for {SKU}\nCallback: {PH1}\nNotes: spoke to {N2} in billing, refund pending. Ship-to: {A1}"],
 'es': ["Ticket {ORD}: la clienta {N1} llamó desde el {PH1} porque el paquete {TRK} no llegó a {A1}. Dice que {N2} de logística le prometió una solución.",
        "Hola, soy {N1}. Mi pedido {ORD} tenía que llegar a {A1}. Por favor llamadme al {PH1}, gracias."],
 'de': ["Ticket {ORD}: Frau {N1} hat von {PH1} angerufen, Paket {TRK} kam nie an ({A1}). Rückruf bitte vor {TIME}, laut {N2} ist der Fall dringend.",
        "Hallo, hier ist {N1}. Meine Bestellung {ORD} sollte an {A1} gehen. Bitte unter {PH1} zurückrufen."],
 'fr': ["Ticket {ORD} : Mme {N1} a appelé depuis le {PH1}, le colis {TRK} n'est jamais arrivé au {A1}. {N2} du service client a promis un rappel.",
        "Bonjour, c'est {N1}. Ma commande {ORD} devait être livrée au {A1}. Rappelez-moi au {PH1} svp."],
 'pt': ["Chamado {ORD}: a cliente {N1} ligou do {PH1}, a encomenda {TRK} não chegou em {A1}. {N2} da logística vai verificar.",
        "Oi, aqui é {N1}. Meu pedido {ORD} era pra chegar em {A1}. Me liga no {PH1}, por favor."],
 'it': ["Ticket {ORD}: la signora {N1} ha chiamato dal {PH1}, il pacco {TRK} non è mai arrivato in {A1}. {N2} richiamerà entro le {TIME}."],
 'nl': ["Ticket {ORD}: mevrouw {N1} belde vanaf {PH1}, pakket {TRK} is nooit aangekomen op {A1}. {N2} belt terug."],
 'pl': ["Zgłoszenie {ORD}: pani {N1} dzwoniła z numeru {PH1}, paczka {TRK} nie dotarła na adres {A1}. {N2} oddzwoni."],
 'sv': ["Ärende {ORD}: {N1} ringde från {PH1}, paketet {TRK} kom aldrig fram till {A1}. {N2} ringer tillbaka."],
 'tr': ["Talep {ORD}: {N1} Hanım {PH1} numarasından aradı, {TRK} numaralı kargo {A1} adresine ulaşmadı. {N2} geri dönecek."],
 'id': ["Tiket {ORD}: Ibu {N1} menelepon dari {PH1}, paket {TRK} belum sampai ke {A1}. {N2} akan menghubungi kembali."],
 'vi': ["Phiếu {ORD}: chị {N1} gọi từ số {PH1}, kiện hàng {TRK} chưa đến {A1}. Anh {N2} sẽ gọi lại."],
 'ro': ["Tichet {ORD}: doamna {N1} a sunat de la {PH1}, coletul {TRK} nu a ajuns la {A1}. {N2} revine cu un telefon."],
 'cs': ["Požadavek {ORD}: paní {N1} volala z čísla {PH1}, balík {TRK} nedorazil na adresu {A1}. {N2} zavolá zpět."],
 'da': ["Sag {ORD}: {N1} ringede fra {PH1}, pakken {TRK} kom aldrig frem til {A1}. {N2} ringer tilbage."],
}
def k_support_ticket():
    lang = lang_pick(0.55)
    n1, n2 = person(lang), person(lang)
    tpl = ch(TICKET[lang])
    b = fill(B(), tpl, V(N1=P(n1, nstyle([50, 20, 10, 8, 4, 4, 4])), N1b=P(n1, 'first'), N2=P(n2, ch(['full', 'first'])),
                       PH1=('PHONE_NUMBER', phone(cc_of(lang))), A1=('STREET_ADDRESS', address(acc_of(lang), multi=False))))
    add('support_ticket', lang, b)

def k_email_thread():
    lang = lang_pick(0.3, ['es', 'de', 'fr', 'nl', 'pt'])
    a, c, d = person(lang), person(), person(lang)
    hdr = {'en': ("On {DAY}, {A} <{AE}> wrote:", "-----Original Message-----\nFrom: {C} <{CE}>\nSent: {DATE}\nTo: {A}\nSubject: RE: order {ORD}"),
           'es': ("El {DAY}, {A} <{AE}> escribió:", "-----Mensaje original-----\nDe: {C} <{CE}>\nEnviado: {DATE}\nPara: {A}\nAsunto: RE: pedido {ORD}"),
           'de': ("Am {DAY} schrieb {A} <{AE}>:", "-----Ursprüngliche Nachricht-----\nVon: {C} <{CE}>\nGesendet: {DATE}\nAn: {A}\nBetreff: AW: Bestellung {ORD}"),
           'fr': ("Le {DAY}, {A} <{AE}> a écrit :", "-----Message d'origine-----\nDe : {C} <{CE}>\nEnvoyé : {DATE}\nÀ : {A}\nObjet : RE: commande {ORD}"),
           'nl': ("Op {DAY} schreef {A} <{AE}>:", "-----Oorspronkelijk bericht-----\nVan: {C} <{CE}>\nVerzonden: {DATE}\nAan: {A}\nOnderwerp: RE: bestelling {ORD}"),
           'pt': ("Em {DAY}, {A} <{AE}> escreveu:", "-----Mensagem original-----\nDe: {C} <{CE}>\nEnviada: {DATE}\nPara: {A}\nAssunto: RE: pedido {ORD}")}[lang]
    body1 = {'en': "Hi {Cf},\n\nThanks for the quick reply. I've asked {Df} to resend the invoice {INV}. You can reach me directly on {PH}.\n\nBest,\n{Af}\n\n",
             'es': "Hola {Cf}:\n\nGracias por la respuesta. He pedido a {Df} que reenvíe la factura {INV}. Mi móvil es {PH}.\n\nSaludos,\n{Af}\n\n",
             'de': "Hallo {Cf},\n\ndanke für die schnelle Antwort. {Df} schickt die Rechnung {INV} nochmal. Erreichbar bin ich unter {PH}.\n\nViele Grüße\n{Af}\n\n",
             'fr': "Bonjour {Cf},\n\nMerci pour votre retour. J'ai demandé à {Df} de renvoyer la facture {INV}. Mon portable : {PH}.\n\nCordialement,\n{Af}\n\n",
             'nl': "Hoi {Cf},\n\nBedankt voor je snelle reactie. {Df} stuurt factuur {INV} opnieuw. Bel me gerust op {PH}.\n\nGroet,\n{Af}\n\n",
             'pt': "Olá {Cf},\n\nObrigada pelo retorno. Pedi à {Df} para reenviar a fatura {INV}. Meu celular: {PH}.\n\nAbraços,\n{Af}\n\n"}[lang]
    body2 = "\n> {Cf2}, the package {TRK} is still showing at the depot.\n> Regards, {A}\n"
    tpl = body1 + hdr[0] + body2 + "\n" + hdr[1] + "\n\n" + ("Dear {A2},\nyour replacement will ship to {ADDR}.\n" if rng.random() < 0.6 else "Hello,\nwe have escalated this to {Df2}.\n")
    vals = V(A=P(a, 'full'), AE=('EMAIL_ADDRESS', email(a)), C=P(c, 'full'), CE=('EMAIL_ADDRESS', email(c, True)), Cf=P(c, 'first'), Cf2=P(c, ch(['first', 'lowfirst'])),
             Df=P(d, ch(['first', 'full'])), Df2=P(d, 'full'), Af=P(a, ch(['first', 'full'])), A2=P(a, ch(['last', 'full', 'first'])),
             PH=('PHONE_NUMBER', phone(cc_of(lang))), ADDR=('STREET_ADDRESS', address(acc_of(lang))),
             DAY=(None, ch(['Tue, 4 Mar 2025 at 09:12', 'Mon, Jun 2, 2025, 4:51 PM', '12.05.2025 um 10:03', '3 avr. 2025 à 14:20'])))
    add('email_thread', lang, fill(B(), tpl, vals))

def k_email_signature():
    lang = lang_pick(0.3, ['de', 'fr', 'es', 'it', 'nl', 'sv', 'pl'])
    a = person(lang)
    role = ch(['Customer Success Manager', 'Head of Partnerships', 'Brand Manager', 'CX Lead', 'Key Account Manager'])
    tpl = ch(["{GREET}\n\n{BODY}\n\n--\n{A}\n" + role + " | Northwind Retail\nM: {PH}\nT: {PH2}\n{EM}\n{ADDR}\n",
              "{GREET}\n\n{BODY}\n\n{Af}\n\n{AU}\n" + role + "\nDirect {PH} · {EM}\nVisit us: {ADDR}\n"])
    greet = {'en': 'Hi all,', 'de': 'Hallo zusammen,', 'fr': 'Bonjour à tous,', 'es': 'Hola a todos:', 'it': 'Ciao a tutti,', 'nl': 'Hoi allemaal,', 'sv': 'Hej alla,', 'pl': 'Cześć,'}[lang]
    body = {'en': 'Attached is the Q3 deck ({VER}). Kick-off is on {DATE} at {TIME}; {B} will present the {BRAND} collab.',
            'de': 'Anbei das Deck ({VER}). Kick-off am {DATE} um {TIME}, {B} stellt die Kooperation mit {BRAND} vor.',
            'fr': 'Ci-joint le deck ({VER}). Lancement le {DATE} à {TIME} ; {B} présentera la collab {BRAND}.',
            'es': 'Adjunto la presentación ({VER}). Arrancamos el {DATE} a las {TIME}; {B} presentará la colaboración con {BRAND}.',
            'it': 'In allegato la presentazione ({VER}). Kick-off il {DATE} alle {TIME}; {B} presenterà la collaborazione con {BRAND}.',
            'nl': 'Bijgaand de deck ({VER}). Kick-off op {DATE} om {TIME}; {B} presenteert de samenwerking met {BRAND}.',
            'sv': 'Bifogar presentationen ({VER}). Start {DATE} kl. {TIME}; {B} presenterar samarbetet med {BRAND}.',
            'pl': 'W załączniku prezentacja ({VER}). Start {DATE} o {TIME}; {B} przedstawi współpracę z {BRAND}.'}[lang]
    tpl = tpl.replace('{GREET}', greet).replace('{BODY}', body)
    bb = person(lang)
    vals = V(A=P(a, 'full'), Af=P(a, 'first'), AU=P(a, 'upper'), B=P(bb, ch(['first', 'full', 'last'])), PH=('PHONE_NUMBER', phone(cc_of(lang))),
             PH2=('PHONE_NUMBER', phone(cc_of(lang))), EM=('EMAIL_ADDRESS', email(a, True)), ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=False)))
    add('email_signature', lang, fill(B(), tpl, vals))

TYPO = {'your': 'ur', 'please': 'pls', 'thanks': 'thx', 'address': 'adress', 'received': 'recieved', 'because': 'bc', 'you': 'u', 'number': 'nr'}
def typo(s):
    for k, v in TYPO.items():
        if rng.random() < 0.5: s = s.replace(k, v)
    return s
def k_chat_log():
    lang = lang_pick(0.35, ['es', 'pt', 'id', 'tr', 'it', 'nl'])
    cust, agent = person(lang), person()
    lines = {'en': ["[{TIME}] {AG}: hi {CUf}! how can i help today?", "[{TIME}] {CU}: hey, my order {ORD} still not recieved", "[{TIME}] {AG}: sorry about that. can u confirm the delivery address?",
                    "[{TIME}] {CU}: {ADDR}", "[{TIME}] {CU}: and my number is {PH} if the driver needs it", "[{TIME}] {AG}: thanks {CUf2}, i've flagged it with {OTHER} in logistics",
                    "[{TIME}] {CU}: ok. also my sister {SIS} ordered the same {SKU}, same problem lol", "[{TIME}] {AG}: got it. email for updates?", "[{TIME}] {CU}: {EM}"],
             'es': ["[{TIME}] {AG}: hola {CUf}, ¿en qué te ayudo?", "[{TIME}] {CU}: hola, mi pedido {ORD} no llega", "[{TIME}] {AG}: ¿me confirmas la dirección?", "[{TIME}] {CU}: {ADDR}",
                    "[{TIME}] {CU}: mi cel es {PH}", "[{TIME}] {AG}: gracias {CUf2}, lo paso a {OTHER}", "[{TIME}] {CU}: mi hermana {SIS} pidió lo mismo ({SKU}) jaja", "[{TIME}] {AG}: ¿correo?", "[{TIME}] {CU}: {EM}"],
             'pt': ["[{TIME}] {AG}: oi {CUf}, tudo bem?", "[{TIME}] {CU}: oi, meu pedido {ORD} nao chegou", "[{TIME}] {AG}: confirma o endereço?", "[{TIME}] {CU}: {ADDR}",
                    "[{TIME}] {CU}: meu zap {PH}", "[{TIME}] {AG}: valeu {CUf2}, passei pro {OTHER}", "[{TIME}] {CU}: minha irmã {SIS} comprou o mesmo {SKU} kkk", "[{TIME}] {AG}: e-mail?", "[{TIME}] {CU}: {EM}"],
             'id': ["[{TIME}] {AG}: halo kak {CUf}, ada yang bisa dibantu?", "[{TIME}] {CU}: pesanan {ORD} blm sampe", "[{TIME}] {AG}: boleh konfirmasi alamatnya kak?", "[{TIME}] {CU}: {ADDR}",
                    "[{TIME}] {CU}: no hp {PH}", "[{TIME}] {AG}: makasih kak {CUf2}, sudah diteruskan ke {OTHER}", "[{TIME}] {CU}: adik saya {SIS} juga pesen {SKU}", "[{TIME}] {AG}: emailnya kak?", "[{TIME}] {CU}: {EM}"],
             'tr': ["[{TIME}] {AG}: merhaba {CUf}, nasıl yardımcı olabilirim?", "[{TIME}] {CU}: {ORD} nolu siparişim gelmedi", "[{TIME}] {AG}: adresi teyit eder misiniz?", "[{TIME}] {CU}: {ADDR}",
                    "[{TIME}] {CU}: tel {PH}", "[{TIME}] {AG}: teşekkürler {CUf2}, {OTHER} ile paylaştım", "[{TIME}] {CU}: kardeşim {SIS} de {SKU} almıştı", "[{TIME}] {AG}: e-posta?", "[{TIME}] {CU}: {EM}"],
             'it': ["[{TIME}] {AG}: ciao {CUf}, come posso aiutarti?", "[{TIME}] {CU}: il mio ordine {ORD} non è arrivato", "[{TIME}] {AG}: mi confermi l'indirizzo?", "[{TIME}] {CU}: {ADDR}",
                    "[{TIME}] {CU}: cell {PH}", "[{TIME}] {AG}: grazie {CUf2}, ho girato a {OTHER}", "[{TIME}] {CU}: anche mia sorella {SIS} ha preso {SKU}", "[{TIME}] {AG}: email?", "[{TIME}] {CU}: {EM}"],
             'nl': ["[{TIME}] {AG}: hoi {CUf}, waarmee kan ik helpen?", "[{TIME}] {CU}: mijn bestelling {ORD} is er nog niet", "[{TIME}] {AG}: klopt het adres?", "[{TIME}] {CU}: {ADDR}",
                    "[{TIME}] {CU}: mijn nummer {PH}", "[{TIME}] {AG}: dank je {CUf2}, doorgezet naar {OTHER}", "[{TIME}] {CU}: mijn zus {SIS} had ook {SKU} besteld", "[{TIME}] {AG}: e-mail?", "[{TIME}] {CU}: {EM}"]}[lang]
    keep = lines[:4] + [l for l in lines[4:] if rng.random() < 0.75]
    tpl = '\n'.join(keep)
    sis = person(lang, ch([None, 'wordname']))
    lowc = rng.random() < 0.4
    vals = V(AG=('PERSON', agent.g.split()[0]), CU=P(cust, 'lowfirst' if lowc else ch(['first', 'full'])), CUf=P(cust, 'lowfirst' if lowc else 'first'),
             CUf2=P(cust, ch(['first', 'lowfirst'])), OTHER=P(person(), ch(['first', 'full'])), SIS=P(sis, ch(['first', 'lowfirst', 'full'])),
             ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=False).lower() if lowc else address(acc_of(lang), multi=False)),
             PH=('PHONE_NUMBER', phone(cc_of(lang))), EM=('EMAIL_ADDRESS', email(cust)))
    add('chat_log', lang, fill(B(), tpl, vals))

def k_review_reply():
    lang = lang_pick(0.4, ['es', 'de', 'fr', 'it', 'pt', 'pl', 'sv', 'da', 'ro', 'cs'])
    cu, st = person(lang), person(lang)
    tpl = {'en': ch(["★★☆☆☆ \"{CUq}\" — Ordered the {SKU} for {PRICE}, arrived broken. Staff at the {CITY} store were lovely though, esp. {ST}.\n\nReply from owner: Dear {CU}, we're so sorry! {ST2} will call you on {PH} to arrange a replacement.",
                     "Review by {CU} ({CITY}): Great service from {ST}!!\nOur reply: Thank you {CUf}! We'll pass it on to {ST2}. Ref {ORD}."]),
           'es': "★★☆☆☆ {CUq}: el {SKU} llegó roto. La tienda de {CITY} bien, sobre todo {ST}.\nRespuesta: Estimada {CU}, lo sentimos. {ST2} le llamará al {PH}.",
           'de': "★★☆☆☆ {CUq}: Der {SKU} kam kaputt an. Filiale {CITY} war nett, v.a. {ST}.\nAntwort: Liebe/r {CU}, das tut uns leid. {ST2} ruft Sie unter {PH} an.",
           'fr': "★★☆☆☆ {CUq} : le {SKU} est arrivé cassé. Magasin de {CITY} top, surtout {ST}.\nRéponse : Chère {CU}, désolés ! {ST2} vous rappellera au {PH}.",
           'it': "★★☆☆☆ {CUq}: il {SKU} è arrivato rotto. Negozio di {CITY} gentile, soprattutto {ST}.\nRisposta: Gentile {CU}, ci dispiace. {ST2} la chiamerà al {PH}.",
           'pt': "★★☆☆☆ {CUq}: o {SKU} chegou quebrado. Loja de {CITY} ótima, principalmente {ST}.\nResposta: Olá {CU}, sentimos muito! {ST2} vai ligar no {PH}.",
           'pl': "★★☆☆☆ {CUq}: {SKU} przyszedł uszkodzony. Sklep w {CITY} super, zwłaszcza {ST}.\nOdpowiedź: Pani {CU}, przepraszamy. {ST2} zadzwoni pod {PH}.",
           'sv': "★★☆☆☆ {CUq}: {SKU} kom trasig. Butiken i {CITY} var bra, särskilt {ST}.\nSvar: Hej {CU}, vi beklagar! {ST2} ringer dig på {PH}.",
           'da': "★★☆☆☆ {CUq}: {SKU} kom i stykker. Butikken i {CITY} var god, især {ST}.\nSvar: Kære {CU}, det beklager vi. {ST2} ringer på {PH}.",
           'ro': "★★☆☆☆ {CUq}: {SKU} a venit spart. Magazinul din {CITY} ok, mai ales {ST}.\nRăspuns: Dragă {CU}, ne pare rău. {ST2} vă sună la {PH}.",
           'cs': "★★☆☆☆ {CUq}: {SKU} dorazil rozbitý. Prodejna v {CITY} fajn, hlavně {ST}.\nOdpověď: Milá {CU}, omlouváme se. {ST2} vám zavolá na {PH}.",
           }[lang]
    vals = V(CUq=P(cu, ch(['first', 'init', 'full'])), CU=P(cu, ch(['full', 'first'])), CUf=P(cu, 'first'), ST=P(st, 'first'), ST2=P(st, 'first'),
             CITY=('LOCATION', city(lang)), PH=('PHONE_NUMBER', phone(cc_of(lang))))
    add('review_reply', lang, fill(B(), tpl, vals))

def k_campaign_brief():
    lang = lang_pick(0.25, ['de', 'fr', 'es', 'nl'])
    cr = [person(None, ch([None, 'nigerian', 'korean', 'indian', 'wordname', 'hawaiian', 'maori'])) for _ in range(3)]
    tpl = {'en': "CAMPAIGN BRIEF — {BRAND} x Northwind spring drop ({DATE})\nCreators: {C1} (@{H1}), {C2}, and {C3}.\nHero customer story: {CU} from {CITY}, who bought {QTY}.\n{C2b}'s manager: {MG}, {MGE}, {MGP}.\nSamples ship from {CTRY} to {C1b}'s studio: {ADDR}.\nBudget {PRICE}; promo code {PROMO} (not a phone number).",
           'de': "KAMPAGNEN-BRIEFING — {BRAND} ({DATE})\nCreator: {C1} (@{H1}), {C2} und {C3}.\nKundengeschichte: {CU} aus {CITY}.\nManagement von {C2b}: {MG}, {MGE}, {MGP}.\nMuster gehen aus {CTRY} an {C1b}: {ADDR}.\nBudget {PRICE}; Code {PROMO}.",
           'fr': "BRIEF CAMPAGNE — {BRAND} ({DATE})\nCréateurs : {C1} (@{H1}), {C2} et {C3}.\nHistoire client : {CU}, de {CITY}.\nAgent de {C2b} : {MG}, {MGE}, {MGP}.\nÉchantillons expédiés depuis {CTRY} chez {C1b} : {ADDR}.\nBudget {PRICE} ; code {PROMO}.",
           'es': "BRIEF DE CAMPAÑA — {BRAND} ({DATE})\nCreadores: {C1} (@{H1}), {C2} y {C3}.\nHistoria de cliente: {CU}, de {CITY}.\nMánager de {C2b}: {MG}, {MGE}, {MGP}.\nMuestras desde {CTRY} al estudio de {C1b}: {ADDR}.\nPresupuesto {PRICE}; código {PROMO}.",
           'nl': "CAMPAGNEBRIEF — {BRAND} ({DATE})\nCreators: {C1} (@{H1}), {C2} en {C3}.\nKlantverhaal: {CU} uit {CITY}.\nManager van {C2b}: {MG}, {MGE}, {MGP}.\nSamples vanuit {CTRY} naar {C1b}: {ADDR}.\nBudget {PRICE}; code {PROMO}."}[lang]
    mg = person()
    vals = V(C1=P(cr[0], 'full'), H1=(None, strip_acc(cr[0].g.lower()) + ch(['.creates', '_official', 'vibes', '.eats'])), C2=P(cr[1], ch(['full', 'first'])), C3=P(cr[2], ch(['full', 'init'])),
             C2b=P(cr[1], ch(['first', 'last'])), C1b=P(cr[0], 'first'), CU=P(person(lang), ch(['full', 'first'])), CITY=('LOCATION', city(lang)),
             MG=P(mg, 'full'), MGE=('EMAIL_ADDRESS', email(mg, True)), MGP=('PHONE_NUMBER', phone()), CTRY=('LOCATION', ch(COUNTRIES)),
             ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=False)))
    add('campaign_brief', lang, fill(B(), tpl, vals))

def k_crm_note():
    lang = lang_pick(0.3, ['de', 'es', 'fr', 'pt', 'nl', 'sv', 'hu', 'pl'])
    cu = person(lang)
    tpl = ch(["CRM note {DATE}: spoke with {CU}. Prefers SMS on {PH}. Moved from {CITY} to {ADDR}. Wife {SP} also on the account. VIP since {DATE}. Do not confuse with order {ORD}.",
              "{CUc} — churn risk. Last call {DATE}, complained about {SKU}. Offered {PROMO}. Alt contact: {EM} / {PH}.",
              "met {CUl} yesterday at the pop-up in {CITY}; wants samples for her daughter {SP}. send to {ADDR}",
              "Account owner {OW} handed over to {OW2}. Key contact {CU} ({EM}); billing IBAN {IBAN}; login seen from {IP}."])
    ow, ow2 = person(), person()
    vals = V(CU=P(cu, ch(['full', 'full', 'last', 'init'])), CUc=P(cu, 'comma'), CUl=P(cu, ch(['last', 'lower', 'first'])),
             SP=P(person(lang, ch([None, 'wordname'])), ch(['first', 'full'])), PH=('PHONE_NUMBER', phone(cc_of(lang))),
             CITY=('LOCATION', city(lang)), ADDR=('STREET_ADDRESS', address(acc_of(lang))), EM=('EMAIL_ADDRESS', email(cu)),
             OW=P(ow, ch(['first', 'full'])), OW2=P(ow2, ch(['first', 'full'])), IBAN=('IBAN_CODE', iban()), IP=('IP_ADDRESS', ip()))
    lead = {'en': '', 'de': '[DE-Team] ', 'es': '[ES] ', 'fr': '[FR] ', 'pt': '[PT] ', 'nl': '[NL] ', 'sv': '[SE] ', 'hu': '[HU] ', 'pl': '[PL] '}[lang]
    if lang != 'en':
        tpl = {'de': "Notiz {DATE}: Gespräch mit {CU}. Bevorzugt SMS an {PH}. Umgezogen von {CITY} nach {ADDR}. Partnerin {SP} ist mit im Konto.",
               'es': "Nota {DATE}: hablé con {CU}. Prefiere WhatsApp al {PH}. Se mudó de {CITY} a {ADDR}. Su hija {SP} también compra.",
               'fr': "Note {DATE} : échange avec {CU}. Préfère les SMS au {PH}. A déménagé de {CITY} au {ADDR}. Son conjoint {SP} est aussi client.",
               'pt': "Nota {DATE}: falei com {CU}. Prefere WhatsApp {PH}. Mudou de {CITY} para {ADDR}. A filha {SP} também compra.",
               'nl': "Notitie {DATE}: gesproken met {CU}. Liever sms op {PH}. Verhuisd van {CITY} naar {ADDR}. Partner {SP} staat ook op het account.",
               'sv': "Anteckning {DATE}: pratade med {CU}. Vill ha sms på {PH}. Flyttat från {CITY} till {ADDR}. Sambo {SP} finns också på kontot.",
               'hu': "Jegyzet {DATE}: beszéltem {CU} ügyféllel. SMS-t kér a {PH} számra. {CITY} városból költözött ide: {ADDR}. Lánya, {SP} is vásárol.",
               'pl': "Notatka {DATE}: rozmowa z {CU}. Woli SMS na {PH}. Przeprowadziła się z {CITY} na {ADDR}. Córka {SP} też kupuje."}[lang]
    add('crm_note', lang, fill(B().t(lead), tpl, vals))

NUMW = {'0': 'zero', '1': 'one', '2': 'two', '3': 'three', '4': 'four', '5': 'five', '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine'}
def k_stt_transcript():
    lang = 'en' if rng.random() < 0.75 else ch(['es', 'de'])
    cu, ag = person(lang), person()
    ph = phone_words() if rng.random() < 0.4 else phone(cc_of(lang)).replace('(', '').replace(')', '').replace('+', 'plus ')
    addr = address(ch(['us', 'uk', 'au', 'ie']) if lang == 'en' else acc_of(lang), multi=False).lower().replace(',', '')
    tpl = {'en': ch(["agent thank you for calling this is {AG} how can i help customer hi yeah my name is {CU} i'm calling about order {ORDW} agent okay can i get a callback number customer sure it's {PH} agent and the address customer {ADDR} agent great and is {SP} still the second contact customer yes that's my husband",
                     "customer um hi its {CUf} again i spoke to {AG} yesterday agent hi {CUf2} yes i see the note customer so the number is {PH} and my email is {EMW} agent perfect thank you"]),
           'es': "agente gracias por llamar le atiende {AG} cliente hola soy {CU} llamo por el pedido {ORDW} agente me da un teléfono cliente sí es el {PH} agente y la dirección cliente {ADDR}",
           'de': "agent guten tag sie sprechen mit {AG} kunde ja hallo hier ist {CU} es geht um bestellung {ORDW} agent ihre rückrufnummer kunde {PH} agent und die adresse kunde {ADDR}"}[lang]
    em = email(cu)
    emw = em.replace('@', ' at ').replace('.', ' dot ')
    vals = V(AG=P(ag, 'lowfirst'), CU=P(cu, 'lower'), CUf=P(cu, 'lowfirst'), CUf2=P(cu, 'lowfirst'), SP=P(person(lang, 'wordname'), 'lowfirst'),
             PH=('PHONE_NUMBER', ph), ADDR=('STREET_ADDRESS', addr), EMW=('EMAIL_ADDRESS', emw),
             ORDW=(None, ' '.join(NUMW[c] for c in digits(rng.randint(6, 9)))))
    add('stt_transcript', lang, fill(B(), tpl, vals))

def k_survey_answer():
    lang = lang_pick(0.35, ['es', 'fr', 'de', 'it', 'pt', 'nl', 'id', 'vi', 'tr', 'ro'])
    tpl = {'en': ch(["Q7: Anything else? — A: honestly {N1} at the {CITY} branch was amazing, tell her boss. If you need more feedback my cell is {PH}.",
                     "Q3 (free text): my neighbour {N1} recommended you. delivery to {ADDR} took {QTY} days?? also please stop emailing {EM}",
                     "What could we improve? {N1} and {N2} were rude on the phone. I'm {N3}, reach me at {EM}."]),
           'es': "P7: ¿Algo más? — R: {N1} de la tienda de {CITY} fue un amor. Si quieren, mi celular es {PH}.",
           'fr': "Q7 : Autre chose ? — R : {N1} au magasin de {CITY} était adorable. Mon portable : {PH}.",
           'de': "F7: Sonstiges? — A: {N1} in der Filiale {CITY} war super. Meine Nummer: {PH}.",
           'it': "D7: Altro? — R: {N1} del negozio di {CITY} è stata gentilissima. Il mio cell: {PH}.",
           'pt': "P7: Mais alguma coisa? — R: a {N1} da loja de {CITY} foi ótima. Meu celular: {PH}.",
           'nl': "V7: Nog iets? — A: {N1} in de winkel in {CITY} was top. Mijn nummer: {PH}.",
           'id': "P7: Ada masukan lain? — J: mbak {N1} di toko {CITY} ramah banget. No saya {PH}.",
           'vi': "Câu 7: Góp ý khác? — Trả lời: chị {N1} ở cửa hàng {CITY} rất nhiệt tình. Số của tôi: {PH}.",
           'tr': "S7: Başka? — C: {CITY} mağazasındaki {N1} çok ilgiliydi. Numaram: {PH}.",
           'ro': "Î7: Altceva? — R: {N1} de la magazinul din {CITY} a fost minunată. Telefonul meu: {PH}."}[lang]
    vals = V(N1=P(person(lang, ch([None, None, 'wordname'])), ch(['first', 'first', 'full', 'lowfirst'])), N2=P(person(lang), 'first'), N3=P(person(lang), 'full'),
             CITY=('LOCATION', city(lang)), PH=('PHONE_NUMBER', phone(cc_of(lang))), ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=False)), EM=('EMAIL_ADDRESS', email()))
    add('survey_answer', lang, fill(B(), tpl, vals))

# ---- more CX text ---------------------------------------------------
def k_influencer_contract():
    cr, ag = person(None, ch([None, 'nigerian', 'particle', 'irish', 'hyphen', 'arabic'])), person()
    tpl = ("INFLUENCER AGREEMENT\nThis agreement is made on {DATE} between Northwind Retail Ltd (\"Brand\") and {CR} (\"Creator\"), "
           "professionally known as \"{HANDLE}\", residing at {ADDR}.\nCreator's agent: {AG}, {AGE}, tel. {PH}.\n"
           "Fee: {PRICE}, payable to IBAN {IBAN}. Deliverables: 3 Reels featuring {BRAND} products ({SKU}).\nSigned: ________ {CR2}")
    vals = V(CR=P(cr, ch(['full', 'init'])), HANDLE=(None, ch(['GlowWithMe', 'TheDailyCrumb', 'RunFast Club', 'PlantMama'])), ADDR=('STREET_ADDRESS', address()),
             AG=P(ag, 'full'), AGE=('EMAIL_ADDRESS', email(ag, True)), PH=('PHONE_NUMBER', phone()), IBAN=('IBAN_CODE', iban()), CR2=P(cr, ch(['upper', 'full'])))
    add('influencer_contract', 'en', fill(B(), tpl, vals))

def k_warranty_claim():
    lang = lang_pick(0.3, ['de', 'it', 'es', 'pl', 'cs'])
    cu = person(lang)
    tpl = {'en': "WARRANTY CLAIM\nProduct: {SKU} (serial {INV})\nPurchased: {DATE}, {PRICE}\nClaimant: {CU}\nPhone: {PH}\nReturn address:\n{ADDR}\nCard used: {CC}\nDescription: stopped charging after {VER} update. Technician {TE} confirmed fault.",
           'de': "GARANTIEANTRAG\nProdukt: {SKU} (Seriennr. {INV})\nKaufdatum: {DATE}, {PRICE}\nAntragsteller: {CU}\nTelefon: {PH}\nRücksendeadresse:\n{ADDR}\nBeschreibung: lädt nicht mehr seit {VER}. Techniker {TE} hat den Defekt bestätigt.",
           'it': "RICHIESTA GARANZIA\nProdotto: {SKU} (matricola {INV})\nAcquisto: {DATE}, {PRICE}\nRichiedente: {CU}\nTel.: {PH}\nIndirizzo di reso:\n{ADDR}\nDescrizione: non si carica dopo {VER}. Il tecnico {TE} ha confermato il guasto.",
           'es': "RECLAMACIÓN DE GARANTÍA\nProducto: {SKU} (n.º serie {INV})\nCompra: {DATE}, {PRICE}\nTitular: {CU}\nTeléfono: {PH}\nDirección de devolución:\n{ADDR}\nDescripción: no carga desde {VER}. El técnico {TE} confirmó la avería.",
           'pl': "REKLAMACJA GWARANCYJNA\nProdukt: {SKU} (nr seryjny {INV})\nZakup: {DATE}, {PRICE}\nZgłaszający: {CU}\nTelefon: {PH}\nAdres zwrotny:\n{ADDR}\nOpis: nie ładuje się po {VER}. Serwisant {TE} potwierdził usterkę.",
           'cs': "REKLAMACE\nVýrobek: {SKU} (v. č. {INV})\nNákup: {DATE}, {PRICE}\nReklamující: {CU}\nTelefon: {PH}\nAdresa pro vrácení:\n{ADDR}\nPopis: nenabíjí se po {VER}. Technik {TE} potvrdil vadu."}[lang]
    vals = V(CU=P(cu, ch(['full', 'comma'])), PH=('PHONE_NUMBER', phone(cc_of(lang))), ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=True)),
             CC=('CREDIT_CARD', card()), TE=P(person(lang), ch(['full', 'last', 'first'])))
    add('warranty_claim', lang, fill(B(), tpl, vals))

def k_dating_profile():
    lang = lang_pick(0.3, ['es', 'pt', 'it', 'fr', 'sv', 'tr'])
    me = person(lang, ch([None, 'wordname', 'hawaiian', 'maori', 'icelandic', 'korean']))
    tpl = {'en': "{ME}, 31, {CITY}. Dog mum to a beagle called Biscuit. My best friend {BF} says I'm 'too into board games'. Looking for someone to hike {CTRY} with. (Mods: reported user {RP} for posting my number {PH}.)",
           'es': "{ME}, 29, {CITY}. Mi mejor amiga {BF} dice que soy muy friki. Busco alguien para viajar por {CTRY}.",
           'pt': "{ME}, 27, {CITY}. Minha melhor amiga {BF} diz que sou viciada em café. Bora viajar pra {CTRY}?",
           'it': "{ME}, 33, {CITY}. La mia amica {BF} dice che cucino troppo. Cerco qualcuno per girare la {CTRY}.",
           'fr': "{ME}, 30 ans, {CITY}. Mon meilleur ami {BF} dit que je parle trop. Envie de voyager en {CTRY}.",
           'sv': "{ME}, 35, {CITY}. Min bästa vän {BF} säger att jag är för tävlingsinriktad. Vill resa till {CTRY}.",
           'tr': "{ME}, 28, {CITY}. En yakın arkadaşım {BF} çok konuştuğumu söylüyor. {CTRY} gezisi için birini arıyorum."}[lang]
    vals = V(ME=P(me, 'first'), CITY=('LOCATION', city(lang)), BF=P(person(lang, ch([None, 'wordname'])), 'first'), CTRY=('LOCATION', ch(COUNTRIES)),
             RP=P(person(), ch(['full', 'first'])), PH=('PHONE_NUMBER', phone(cc_of(lang))))
    add('dating_profile', lang, fill(B(), tpl, vals))

def k_obituary():
    lang = lang_pick(0.3, ['de', 'nl', 'da', 'sv', 'fr', 'pl'])
    d = person(lang, ch([None, 'irish', 'particle', 'wordname', 'polish', 'icelandic']))
    kids = [person(lang) for _ in range(3)]
    if rng.random() < 0.5:
        tpl = {'en': "{DU} ({DATE} – {DATE})\n{DF} passed away peacefully in {CITY}. Beloved wife of the late {SP}, mother of {K1}, {K2} and {K3}. Service at St Mary's, {ADDR}. Flowers c/o {K1b}, {PH}. 'Grandma {DF2}' will be missed by all at Brown's Bakery.",
               'de': "{DU}\n* {DATE}  † {DATE}\nIn Liebe nehmen wir Abschied. {SP}, {K1}, {K2} und {K3}. Trauerfeier in {CITY}, {ADDR}.",
               'nl': "{DU}\n{DATE} – {DATE}\nMet verdriet nemen wij afscheid. {SP}, {K1}, {K2} en {K3}. Condoleanceadres: {ADDR}.",
               'da': "{DU}\n{DATE} – {DATE}\nVores kære mor er sovet ind. {SP}, {K1}, {K2} og {K3}. Bisættelse i {CITY}, {ADDR}.",
               'sv': "{DU}\n{DATE} – {DATE}\nVår älskade mamma har somnat in. {SP}, {K1}, {K2} och {K3}. Begravning i {CITY}, {ADDR}.",
               'fr': "{DU}\n{DATE} – {DATE}\nNous avons la tristesse de vous annoncer le décès de {DF}. {SP}, {K1}, {K2} et {K3}. Obsèques à {CITY}, {ADDR}.",
               'pl': "{DU}\n{DATE} – {DATE}\nZ głębokim żalem zawiadamiamy o śmierci {DF}. {SP}, {K1}, {K2} i {K3}. Pogrzeb w {CITY}, {ADDR}."}[lang]
        kind = 'obituary'
    else:
        tpl = {'en': "Happy 50th anniversary to {DF} and {SP}! Married in {CITY} on {DATE}. Love from {K1}, {K2} & little {K3}. Cards to {ADDR}.",
               'de': "Goldene Hochzeit! {DF} und {SP} feiern am {DATE} in {CITY}. Es gratulieren {K1}, {K2} und {K3}. Karten an {ADDR}.",
               'nl': "Gefeliciteerd {DF} en {SP} met jullie 50-jarig huwelijk! Liefs, {K1}, {K2} en {K3}. Kaartjes naar {ADDR}.",
               'da': "Tillykke med guldbrylluppet, {DF} og {SP}! Kærlig hilsen {K1}, {K2} og {K3}. Kort til {ADDR}.",
               'sv': "Grattis {DF} och {SP} på guldbröllopet! Kramar från {K1}, {K2} och {K3}. Kort till {ADDR}.",
               'fr': "Joyeuses noces d'or à {DF} et {SP} ! Bisous de {K1}, {K2} et {K3}. Cartes au {ADDR}.",
               'pl': "Wszystkiego najlepszego z okazji złotych godów, {DF} i {SP}! {K1}, {K2} i {K3}. Kartki na adres {ADDR}."}[lang]
        kind = 'anniversary_note'
    vals = V(DU=P(d, 'upper'), DF=P(d, 'first'), DF2=P(d, 'first'), SP=P(person(lang), ch(['full', 'first'])), K1=P(kids[0], 'first'), K1b=P(kids[0], 'full'),
             K2=P(kids[1], ch(['first', 'full'])), K3=P(kids[2], 'first'), CITY=('LOCATION', city(lang)), ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=False)),
             PH=('PHONE_NUMBER', phone(cc_of(lang))))
    add(kind, lang, fill(B(), tpl, vals))

def k_school_newsletter():
    kids = [person(None, ch([None, 'wordname', 'vietnamese', 'indian', 'maori', 'hawaiian', 'chinese', 'arabic'])) for _ in range(4)]
    t1 = person()
    tpl = ("GREENFIELD PRIMARY — Newsletter, week of {DATE}\nWell done to {K1} and {K2} (Year 4) for the spelling bee! Congratulations also to {K3}, who ran for the {CITY} under-11s. "
           "{T1} replaces {T2} as Year 6 teacher. Lost property: a coat labelled '{K4}'. Questions? Call the office on {PH} or email {EM}. PTA meeting at {TIME}.")
    vals = V(K1=P(kids[0], ch(['full', 'first'])), K2=P(kids[1], ch(['full', 'first'])), K3=P(kids[2], 'full'), K4=P(kids[3], ch(['upper', 'full'])),
             T1=P(t1, ch(['last', 'full'])), T2=P(person(), ch(['last', 'full'])), CITY=('LOCATION', city()), PH=('PHONE_NUMBER', phone(ch(['uk', 'au', 'nz', 'ie']))),
             EM=('EMAIL_ADDRESS', email(t1, True)))
    if vals['T1'][1] == t1.f: vals['T1'] = ('PERSON', t1.f)
    b = B()
    # titles are outside the spans
    tpl = tpl.replace('{T1} replaces {T2}', ch(['Mrs {T1} replaces Mr {T2}', 'Ms {T1} replaces Dr {T2}', '{T1} replaces {T2}']))
    add('school_newsletter', 'en', fill(b, tpl, vals))

def k_recruiting_note():
    lang = lang_pick(0.3, ['de', 'nl', 'pl', 'fr', 'es'])
    c, r = person(lang, ch([None, 'nigerian', 'indian', 'korean', 'vietnamese', 'hungarian'])), person()
    tpl = {'en': "Candidate: {CC}\nRole: CX Analyst ({INV})\nScreen by {R} on {DATE}: strong on SQL, ex-{BRAND}. Referred by {REF}. Lives in {CITY}, open to relocating to {CTRY}. Phone {PH}, email {EM}. Next: panel with {R2} and {P2}.",
           'de': "Kandidat/in: {CC}\nStelle: CX-Analyst ({INV})\nErstgespräch mit {R} am {DATE}. Empfohlen von {REF}. Wohnort {CITY}, Umzug nach {CTRY} möglich. Tel. {PH}, E-Mail {EM}.",
           'nl': "Kandidaat: {CC}\nFunctie: CX-analist ({INV})\nGesprek met {R} op {DATE}. Aangedragen door {REF}. Woont in {CITY}. Tel. {PH}, e-mail {EM}.",
           'pl': "Kandydat: {CC}\nStanowisko: analityk CX ({INV})\nRozmowa z {R} {DATE}. Polecenie: {REF}. Mieszka w {CITY}. Tel. {PH}, e-mail {EM}.",
           'fr': "Candidat : {CC}\nPoste : analyste CX ({INV})\nEntretien avec {R} le {DATE}. Recommandé par {REF}. Habite à {CITY}. Tél. {PH}, e-mail {EM}.",
           'es': "Candidato: {CC}\nPuesto: analista CX ({INV})\nEntrevista con {R} el {DATE}. Recomendado por {REF}. Vive en {CITY}. Tel. {PH}, correo {EM}."}[lang]
    vals = V(CC=P(c, ch(['comma', 'full', 'upper'])), R=P(r, 'first'), R2=P(r, 'first'), REF=P(person(), ch(['full', 'last'])), P2=P(person(), 'first'),
             CITY=('LOCATION', city(lang)), CTRY=('LOCATION', ch(COUNTRIES)), PH=('PHONE_NUMBER', phone(cc_of(lang))), EM=('EMAIL_ADDRESS', email(c)))
    add('recruiting_note', lang, fill(B(), tpl, vals))

def k_real_estate():
    lang = lang_pick(0.4, ['de', 'es', 'pt', 'it', 'fr', 'nl', 'sv'])
    ag = person(lang)
    tpl = {'en': "FOR SALE — {ADDR}\n3 bed, 2 bath, {QTY}. Guide {PRICE}. Open home {DATE} {TIME}. Contact {AG} on {PH} or {EM}. Close to {CITY} CBD.",
           'de': "ZU VERKAUFEN — {ADDR}\n3 Zimmer, Balkon. Kaufpreis {PRICE}. Besichtigung {DATE} um {TIME}. Ansprechpartner: {AG}, {PH}, {EM}.",
           'es': "SE VENDE — {ADDR}\n3 hab., 2 baños. Precio {PRICE}. Visitas {DATE} a las {TIME}. Contacto: {AG}, {PH}, {EM}.",
           'pt': "VENDE-SE — {ADDR}\n3 quartos. Preço {PRICE}. Visita {DATE} às {TIME}. Contato: {AG}, {PH}, {EM}.",
           'it': "VENDESI — {ADDR}\nTrilocale. Prezzo {PRICE}. Visite {DATE} ore {TIME}. Referente: {AG}, {PH}, {EM}.",
           'fr': "À VENDRE — {ADDR}\nT3 lumineux. Prix {PRICE}. Visite le {DATE} à {TIME}. Contact : {AG}, {PH}, {EM}.",
           'nl': "TE KOOP — {ADDR}\n3 kamers. Vraagprijs {PRICE}. Bezichtiging {DATE} om {TIME}. Makelaar: {AG}, {PH}, {EM}.",
           'sv': "TILL SALU — {ADDR}\n3 rok. Utgångspris {PRICE}. Visning {DATE} kl. {TIME}. Mäklare: {AG}, {PH}, {EM}."}[lang]
    vals = V(ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=False)), AG=P(ag, 'full'), PH=('PHONE_NUMBER', phone(cc_of(lang))),
             EM=('EMAIL_ADDRESS', email(ag, True)), CITY=('LOCATION', city(lang)))
    add('real_estate_listing', lang, fill(B(), tpl, vals))

def k_calendar_invite():
    org = person()
    att = [person(None, ch([None, 'wordname', 'chinese', 'particle'])) for _ in range(3)]
    tpl = ("BEGIN:VEVENT\nSUMMARY:Creator sync – {BRAND} launch\nDTSTART:20250{M}{D}T{HH}0000Z\nORGANIZER;CN={ORG}:mailto:{ORGE}\nATTENDEE;CN={A1}:mailto:{A1E}\n"
           "ATTENDEE;CN={A2}:mailto:{A2E}\nLOCATION:{ADDR}\nDESCRIPTION:Dial-in {PH} PIN {PIN}#. {A3} joins late.\nEND:VEVENT")
    vals = V(M=(None, str(rng.randint(1, 9))), D=(None, f"{rng.randint(10, 28)}"), HH=(None, f"{rng.randint(10, 18)}"), ORG=P(org, 'full'), ORGE=('EMAIL_ADDRESS', email(org, True)),
             A1=P(att[0], 'full'), A1E=('EMAIL_ADDRESS', email(att[0])), A2=P(att[1], 'full'), A2E=('EMAIL_ADDRESS', email(att[1], True)), A3=P(att[2], 'first'),
             ADDR=('STREET_ADDRESS', address(multi=False)), PH=('PHONE_NUMBER', phone()), PIN=(None, digits(6)))
    add('calendar_invite', 'en', fill(B(), tpl, vals))

def k_social_dm():
    lang = lang_pick(0.35, ['es', 'pt', 'id', 'tr', 'vi', 'it'])
    me = person(lang)
    tpl = {'en': ch(["omg {N} ur the best!! can u send the PR box to {ADDR}? my mgr is {MG} ({EM}) x", "hey it's {N}!! @{H} told me {MGf} handles collabs?? text me {PH} 🙏"]),
           'es': "holaa soy {N}!! me mandan el paquete a {ADDR}? mi manager es {MG} ({EM}) 💕",
           'pt': "oii aqui é a {N}!! manda o kit pra {ADDR}? minha empresária é a {MG} ({EM}) 😍",
           'id': "halo kak, aku {N}! kirim PR box ke {ADDR} ya, manager aku {MG} ({EM}) 🙏",
           'tr': "selam ben {N}! kutuyu {ADDR} adresine atar mısınız? menajerim {MG} ({EM})",
           'vi': "chào shop, mình là {N} nè! gửi quà về {ADDR} giúp mình nha, quản lý là {MG} ({EM})",
           'it': "ciaoo sono {N}!! mi mandate il box a {ADDR}? la mia manager è {MG} ({EM}) 💖"}[lang]
    mg = person()
    vals = V(N=P(me, ch(['first', 'lowfirst', 'full'])), ADDR=('STREET_ADDRESS', address(acc_of(lang), multi=False)), MG=P(mg, ch(['full', 'first'])), MGf=P(mg, 'first'),
             EM=('EMAIL_ADDRESS', email(mg, True)), H=(None, ch(['glowbyjess', 'kitchenwitch', 'runwithraf'])), PH=('PHONE_NUMBER', phone(cc_of(lang))))
    add('social_dm', lang, fill(B(), tpl, vals))

def k_fraud_alert():
    cu = person()
    tpl = ch(["Risk flag {DATE}: card {CC} used for {PRICE} from IP {IP} (geo {CTRY}) while cardholder {CU} is in {CITY}. SSN on file {SSN}. Order {ORD} held.",
              "Chargeback case {INV}: cardholder {CU}, card {CC}, login {IP}. Customer says {REL} (her son) used the card. Verified via SSN {SSN}."])
    vals = V(CC=('CREDIT_CARD', card()), IP=('IP_ADDRESS', ip()), CTRY=('LOCATION', ch(COUNTRIES)), CU=P(cu, ch(['full', 'comma', 'init'])), CITY=('LOCATION', city()),
             SSN=('US_SSN', ssn()), REL=P(person(None, 'wordname'), 'first'))
    add('fraud_note', 'en', fill(B(), tpl, vals))

def k_hr_payroll():
    lang = lang_pick(0.4, ['de', 'nl', 'fr', 'es', 'it', 'pl', 'ro'])
    e = person(lang)
    tpl = {'en': "Payroll change: {E} (emp. {INV}) — new IBAN {IBAN}, SSN {SSN}. Approved by {M}.",
           'de': "Gehaltsänderung: {E} (Pers.-Nr. {INV}) — neue IBAN {IBAN}. Freigabe: {M}.",
           'nl': "Salariswijziging: {E} (pers.nr. {INV}) — nieuw IBAN {IBAN}. Akkoord: {M}.",
           'fr': "Changement de paie : {E} (matricule {INV}) — nouvel IBAN {IBAN}. Validé par {M}.",
           'es': "Cambio de nómina: {E} (n.º {INV}) — nuevo IBAN {IBAN}. Aprobado por {M}.",
           'it': "Variazione stipendio: {E} (matr. {INV}) — nuovo IBAN {IBAN}. Approvato da {M}.",
           'pl': "Zmiana wynagrodzenia: {E} (nr {INV}) — nowy IBAN {IBAN}. Zatwierdził: {M}.",
           'ro': "Modificare salariu: {E} (marca {INV}) — IBAN nou {IBAN}. Aprobat de {M}."}[lang]
    ibc = {'de': 'DE', 'nl': 'NL', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'pl': 'PL', 'ro': 'RO'}.get(lang)
    vals = V(E=P(e, ch(['full', 'comma'])), IBAN=('IBAN_CODE', iban(ibc)), SSN=('US_SSN', ssn()), M=P(person(lang), ch(['full', 'first', 'last'])))
    add('hr_note', lang, fill(B(), tpl, vals))

# ---- (b) structured dumps ------------------------------------------
def rowfill(b, cells, sep):
    for i, (typ, s) in enumerate(cells):
        if i: b.t(sep)
        b.e(typ, s)
    b.t('\n')

def k_csv_rows(sep=',', kind='csv_export'):
    lang = lang_pick(0.3, ['de', 'fr', 'es', 'nl', 'pl', 'it'])
    hdr = {'en': ['customer_id', 'name', 'email', 'phone', 'city', 'order_id', 'total'], 'de': ['kunden_nr', 'name', 'e_mail', 'telefon', 'ort', 'bestellung', 'summe'],
           'fr': ['id_client', 'nom', 'courriel', 'tel', 'ville', 'commande', 'total'], 'es': ['id_cliente', 'nombre', 'correo', 'telefono', 'ciudad', 'pedido', 'total'],
           'nl': ['klant_id', 'naam', 'email', 'telefoon', 'plaats', 'bestelling', 'totaal'], 'pl': ['id_klienta', 'imie_nazwisko', 'email', 'telefon', 'miasto', 'zamowienie', 'suma'],
           'it': ['id_cliente', 'nome', 'email', 'telefono', 'citta', 'ordine', 'totale']}[lang]
    b = B().t(sep.join(hdr) + '\n')
    for _ in range(rng.randint(2, 4)):
        nm = person(lang)
        name = nm.render(ch(['full', 'full', 'comma', 'upper']))
        if sep == ',' and ',' in name: name = f'"{name}"'; cells = [(None, digits(6)), ('PERSON', name)]
        else: cells = [(None, digits(6)), ('PERSON', name)]
        if name.startswith('"'):
            # keep quotes out of the span
            b.e(None, cells[0][1]); b.t(sep + '"'); b.e('PERSON', name[1:-1]); b.t('"' + sep)
            rest = [('EMAIL_ADDRESS', email(nm)), ('PHONE_NUMBER', phone(cc_of(lang))), ('LOCATION', city(lang)), (None, order_id()), (None, price())]
            for i, (typ, s) in enumerate(rest):
                if i: b.t(sep)
                b.e(typ, s)
            b.t('\n'); continue
        cells += [('EMAIL_ADDRESS', email(nm)), ('PHONE_NUMBER', phone(cc_of(lang))), ('LOCATION', city(lang)), (None, order_id()), (None, price())]
        rowfill(b, cells, sep)
    add(kind, lang, b)

def k_tsv_addresses():
    lang = lang_pick(0.3, ['de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'cs', 'ro'])
    b = B().t('\t'.join(['recipient', 'address', 'phone', 'sku', 'qty']) + '\n')
    for _ in range(rng.randint(2, 4)):
        nm = person(lang)
        rowfill(b, [('PERSON', nm.render(ch(['full', 'full', 'last', 'init']))), ('STREET_ADDRESS', address(acc_of(lang), multi=False)),
                    ('PHONE_NUMBER', phone(cc_of(lang))), (None, sku()), (None, str(rng.randint(1, 12)))], '\t')
    add('tsv_shipping_export', lang, b)

def k_json():
    lang = lang_pick(0.3, ['de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'tr', 'id', 'vi'])
    nm = person(lang)
    b = B().t('{\n  "ticket": "').e(None, order_id()).t('",\n  "customer": {\n    "first_name": "').e('PERSON', nm.render('first').split()[0] if not nm.ff else nm.g)
    b.t('",\n    "last_name": "').e('PERSON', nm.f).t('",\n    "email": "').e('EMAIL_ADDRESS', email(nm)).t('",\n    "phone": "').e('PHONE_NUMBER', phone(cc_of(lang)))
    b.t('",\n    "shipping_address": "').e('STREET_ADDRESS', address(acc_of(lang), multi=False)).t('"\n  },\n')
    if rng.random() < 0.5:
        b.t('  "payment": {"card": "').e('CREDIT_CARD', card()).t('", "amount": "').e(None, price()).t('"},\n')
    b.t('  "client_ip": "').e('IP_ADDRESS', ip()).t('",\n  "app_version": "').e(None, version()).t('",\n  "assigned_to": "').e('PERSON', person().full()).t('"\n}')
    add('json_snippet', lang, b)

FORM = {'en': ['Name', 'Tel', 'Email', 'Addr', 'Message'], 'de': ['Name', 'Telefon', 'E-Mail', 'Anschrift', 'Nachricht'], 'fr': ['Nom', 'Tél', 'Courriel', 'Adresse', 'Message'],
        'es': ['Nombre', 'Tel', 'Correo', 'Dirección', 'Mensaje'], 'it': ['Nome', 'Tel', 'Email', 'Indirizzo', 'Messaggio'], 'pt': ['Nome', 'Telefone', 'E-mail', 'Endereço', 'Mensagem'],
        'nl': ['Naam', 'Tel', 'E-mail', 'Adres', 'Bericht'], 'pl': ['Imię i nazwisko', 'Tel', 'E-mail', 'Adres', 'Wiadomość'], 'sv': ['Namn', 'Tel', 'E-post', 'Adress', 'Meddelande'],
        'tr': ['Ad Soyad', 'Tel', 'E-posta', 'Adres', 'Mesaj'], 'id': ['Nama', 'No. HP', 'Email', 'Alamat', 'Pesan'], 'vi': ['Họ tên', 'SĐT', 'Email', 'Địa chỉ', 'Lời nhắn'],
        'ro': ['Nume', 'Tel', 'Email', 'Adresă', 'Mesaj'], 'cs': ['Jméno', 'Tel', 'E-mail', 'Adresa', 'Zpráva'], 'da': ['Navn', 'Tlf', 'E-mail', 'Adresse', 'Besked'],
        'hu': ['Név', 'Tel', 'E-mail', 'Cím', 'Üzenet']}
MSG = {'en': 'pls call after {TIME}, order {ORD}', 'de': 'Bitte nach {TIME} anrufen, Bestellung {ORD}', 'fr': 'Rappel après {TIME}, commande {ORD}',
       'es': 'Llamar después de las {TIME}, pedido {ORD}', 'it': 'Chiamare dopo le {TIME}, ordine {ORD}', 'pt': 'Ligar depois das {TIME}, pedido {ORD}',
       'nl': 'Graag bellen na {TIME}, bestelling {ORD}', 'pl': 'Proszę dzwonić po {TIME}, zamówienie {ORD}', 'sv': 'Ring efter {TIME}, order {ORD}',
       'tr': '{TIME} sonrası arayın, sipariş {ORD}', 'id': 'Telp setelah jam {TIME}, pesanan {ORD}', 'vi': 'Gọi sau {TIME}, đơn {ORD}',
       'ro': 'Sunați după {TIME}, comanda {ORD}', 'cs': 'Volejte po {TIME}, objednávka {ORD}', 'da': 'Ring efter {TIME}, ordre {ORD}', 'hu': '{TIME} után hívjanak, rendelés {ORD}'}
def k_web_form():
    lang = lang_pick(0.5, list(k for k in FORM if k != 'en'))
    nm = person(lang)
    L = FORM[lang]
    sep = ch([': ', ':\t', ' = ', ': '])
    joiner = ch(['\n', ' / ', '\n'])
    multi = joiner == '\n' and rng.random() < 0.4
    tpl = joiner.join([f"{L[0]}{sep}{{N}}", f"{L[1]}{sep}{{PH}}", f"{L[2]}{sep}{{EM}}", f"{L[3]}{sep}" + ('\n' if multi else '') + "{A}", f"{L[4]}{sep}" + MSG[lang]])
    if rng.random() < 0.3: tpl = "Form submission #{INV} from {IP}\n" + tpl
    vals = V(N=P(nm, ch(['full', 'full', 'lower', 'upper', 'comma'])), PH=('PHONE_NUMBER', phone(cc_of(lang))), EM=('EMAIL_ADDRESS', email(nm)),
             A=('STREET_ADDRESS', address(acc_of(lang), multi=multi)), IP=('IP_ADDRESS', ip()))
    add('web_form_dump', lang, fill(B(), tpl, vals))

def k_shipping_label():
    lang = lang_pick(0.35, ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'cs', 'ro', 'tr'])
    to, fr = person(lang), person()
    a = address(acc_of(lang), multi=True).upper()
    tpl = ch(["SHIP TO:\n{TO}\n{A}\nTEL {PH}\n\nFROM: {FROM}, NORTHWIND RETAIL\nTRACKING {TRK}\nWEIGHT 2.4 KG  PCS 1/1  REF {ORD}",
              "DELIVER TO / {LBL}\n{TO}\n{CO}{A}\n{PH}\n--\n{TRK}\nORDER {ORD}"])
    co = ''
    if '{CO}' in tpl and rng.random() < 0.5:
        co = 'C/O ' + person(lang).full().upper() + '\n'
    parts = tpl.split('{CO}')
    ph = phone(cc_of(lang))
    if len(parts) == 1:
        b = fill(B(), tpl, V(TO=P(to, 'upper'), A=('STREET_ADDRESS', a), PH=('PHONE_NUMBER', ph), FROM=P(fr, 'upper')))
    else:
        b = B()
        fill(b, parts[0], V(TO=P(to, 'upper'), LBL=(None, {'de': 'LIEFERADRESSE', 'fr': 'DESTINATAIRE', 'es': 'DESTINATARIO', 'it': 'DESTINATARIO'}.get(lang, 'CONSIGNEE'))))
        if co:
            b.t('C/O ').e('PERSON', co[4:-1]).t('\n')
        fill(b, parts[1], V(A=('STREET_ADDRESS', a), PH=('PHONE_NUMBER', ph)))
    add('shipping_label', lang, b)

def k_invoice_header():
    lang = lang_pick(0.35, ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'cs', 'da', 'ro', 'hu'])
    cu = person(lang)
    lab = {'en': ('INVOICE', 'Bill to', 'Invoice no.', 'Date', 'Pay to IBAN', 'Total'), 'de': ('RECHNUNG', 'Rechnungsempfänger', 'Rechnungsnr.', 'Datum', 'Bankverbindung IBAN', 'Gesamt'),
           'fr': ('FACTURE', 'Facturé à', 'N° facture', 'Date', 'IBAN', 'Total TTC'), 'es': ('FACTURA', 'Cliente', 'N.º factura', 'Fecha', 'IBAN', 'Total'),
           'it': ('FATTURA', 'Intestatario', 'N. fattura', 'Data', 'IBAN', 'Totale'), 'nl': ('FACTUUR', 'Factuuradres', 'Factuurnr.', 'Datum', 'IBAN', 'Totaal'),
           'pl': ('FAKTURA', 'Nabywca', 'Nr faktury', 'Data', 'IBAN', 'Razem'), 'pt': ('FATURA', 'Cliente', 'N.º fatura', 'Data', 'IBAN', 'Total'),
           'cs': ('FAKTURA', 'Odběratel', 'Číslo faktury', 'Datum', 'IBAN', 'Celkem'), 'da': ('FAKTURA', 'Kunde', 'Fakturanr.', 'Dato', 'IBAN', 'I alt'),
           'ro': ('FACTURĂ', 'Client', 'Nr. factură', 'Data', 'IBAN', 'Total'), 'hu': ('SZÁMLA', 'Vevő', 'Számlaszám', 'Kelt', 'IBAN', 'Összesen')}[lang]
    tpl = (f"{lab[0]}\n{lab[2]}: {{INV}}   {lab[3]}: {{DATE}}\n\n{lab[1]}:\n{{CU}}\n{{A}}\n{{EM}} · {{PH}}\n\n{lab[4]}: {{IBAN}}\n{lab[5]}: {{PRICE}}  (VAT ID "
           + ch(['DE', 'FR', 'NL', 'IT']) + digits(9) + ")")
    ibc = {'de': 'DE', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'nl': 'NL', 'pl': 'PL', 'pt': 'PT', 'cs': 'CZ', 'da': 'DK', 'ro': 'RO', 'hu': 'HU'}.get(lang)
    vals = V(CU=P(cu, 'full'), A=('STREET_ADDRESS', address(acc_of(lang), multi=True)), EM=('EMAIL_ADDRESS', email(cu)), PH=('PHONE_NUMBER', phone(cc_of(lang))), IBAN=('IBAN_CODE', iban(ibc)))
    add('invoice_header', lang, fill(B(), tpl, vals))

def k_formal_letter():
    lang = lang_pick(0.4, ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'hu'])
    cu, sg = person(lang), person(lang)
    title = {'en': ch(['Mr', 'Ms', 'Dr', 'Mrs']), 'de': ch(['Herr', 'Frau', 'Dr.']), 'fr': ch(['M.', 'Mme']), 'es': ch(['Sr.', 'Sra.', 'D.ª']), 'it': ch(['Sig.', 'Sig.ra', 'Dott.']),
             'nl': ch(['Dhr.', 'Mevr.']), 'pt': ch(['Sr.', 'Sra.']), 'pl': ch(['Pan', 'Pani']), 'hu': ''}[lang]
    open_ = {'en': 'Dear {T} {CUl},', 'de': 'Sehr geehrte/r {T} {CUl},', 'fr': 'Madame, Monsieur {CUl},', 'es': 'Estimado/a {T} {CUl}:', 'it': 'Gentile {T} {CUl},',
             'nl': 'Geachte {T} {CUl},', 'pt': 'Prezado(a) {T} {CUl},', 'pl': 'Szanowna/y {T} {CUl},', 'hu': 'Tisztelt {CUl}!'}[lang]
    body = {'en': 'Further to your call on {DATE}, we confirm the refund of {PRICE} for order {ORD}. If you have questions, please contact {SG2} on {PH}.',
            'de': 'bezugnehmend auf Ihren Anruf vom {DATE} bestätigen wir die Erstattung von {PRICE} für Bestellung {ORD}. Bei Fragen erreichen Sie {SG2} unter {PH}.',
            'fr': 'suite à votre appel du {DATE}, nous confirmons le remboursement de {PRICE} pour la commande {ORD}. Contact : {SG2}, {PH}.',
            'es': 'en relación con su llamada del {DATE}, confirmamos el reembolso de {PRICE} del pedido {ORD}. Contacto: {SG2}, {PH}.',
            'it': 'a seguito della Sua chiamata del {DATE}, confermiamo il rimborso di {PRICE} per l\'ordine {ORD}. Referente: {SG2}, {PH}.',
            'nl': 'naar aanleiding van uw telefoontje van {DATE} bevestigen wij de terugbetaling van {PRICE} voor bestelling {ORD}. Contact: {SG2}, {PH}.',
            'pt': 'na sequência do seu contacto de {DATE}, confirmamos o reembolso de {PRICE} da encomenda {ORD}. Contacto: {SG2}, {PH}.',
            'pl': 'w nawiązaniu do rozmowy z {DATE} potwierdzamy zwrot {PRICE} za zamówienie {ORD}. Kontakt: {SG2}, {PH}.',
            'hu': 'a {DATE} napi hívására hivatkozva megerősítjük a {PRICE} visszatérítését ({ORD}). Kapcsolattartó: {SG2}, {PH}.'}[lang]
    tpl = "Northwind Retail\n{OWN}\n\n{T0}{CU}\n{A}\n\n{CITY}, {DATE}\n\n" + open_ + "\n\n" + body + "\n\n{SG}"
    t0 = (title + ' ') if title and rng.random() < 0.6 else ''
    vals = V(OWN=('STREET_ADDRESS', address(ch(ADDR_CC), multi=False)), T0=(None, t0), CU=P(cu, 'full'), A=('STREET_ADDRESS', address(acc_of(lang), multi=True)),
             CITY=('LOCATION', city(lang)), T=(None, title), CUl=P(cu, 'last' if lang != 'hu' else 'full'), SG=P(sg, 'full'), SG2=P(sg, ch(['full', 'first'])), PH=('PHONE_NUMBER', phone(cc_of(lang))))
    if lang == 'en':
        tpl = tpl.replace('{T} {CUl}', '{T} {CUl}' if title else '{CUl}')
    add('formal_letter', lang, fill(B(), tpl, vals))

def k_passenger_list():
    b = B().t(ch(['BOOKING REF ', 'PNR ', 'Reserva ']) + ''.join(ch(string.ascii_uppercase) for _ in range(6)) + f"  Flight {ch(['LH', 'BA', 'IB', 'KL', 'TK'])}{rng.randint(100, 9999)}\nPAX  NAME                      SEAT  FF#\n")
    for i in range(rng.randint(2, 5)):
        nm = person(None, ch([None, None, 'vietnamese', 'korean', 'arabic', 'hungarian', 'particle', 'irish', 'malay']))
        s = f"{nm.f.upper().replace(' ', '')}/{nm.g.upper().replace(' ', '')} {ch(['MR', 'MRS', 'MS', 'MSTR', 'MISS'])}"
        b.t(f"{i + 1:02d}   ").e('PERSON', s.rsplit(' ', 1)[0]).t(' ' + s.rsplit(' ', 1)[1]).t(f"   {rng.randint(1, 45)}{ch('ABCDEF')}   {digits(9)}\n")
    b.t('Contact: ')
    c = person()
    b.e('PERSON', c.full()).t(', ').e('PHONE_NUMBER', phone()).t(', ').e('EMAIL_ADDRESS', email(c))
    add('passenger_list', 'en', b)

def k_seating_list():
    lang = lang_pick(0.3, ['de', 'fr', 'nl', 'es', 'it'])
    b = B().t({'en': 'Gala dinner — seating plan', 'de': 'Galadinner — Sitzplan', 'fr': 'Dîner de gala — plan de table', 'nl': 'Galadiner — tafelschikking',
               'es': 'Cena de gala — distribución de mesas', 'it': 'Cena di gala — tavoli'}[lang] + '\n')
    for t in range(1, rng.randint(3, 4)):
        b.t(f"Table {t}: ")
        for j in range(rng.randint(3, 5)):
            if j: b.t(', ')
            nm = person(lang, ch([None, None, 'wordname', 'particle', 'hyphen', 'korean', 'hawaiian']))
            if rng.random() < 0.25: b.t(ch(['Dr ', 'Prof. ', 'Mr ', 'Mrs ', 'Herr ', 'Mme ']))
            b.e('PERSON', nm.render(ch(['full', 'full', 'init', 'upper'])))
            if rng.random() < 0.2:
                b.t(' & ').e('PERSON', person(lang).render('first'))
        b.t('\n')
    add('event_seating_list', lang, b)

def k_sports_roster():
    lang = lang_pick(0.3, ['nl', 'de', 'pl', 'sv', 'da', 'hu', 'fi', 'no'])
    b = B().t('#  | Player | Pos | Guardian | Contact\n')
    for i in range(rng.randint(3, 5)):
        nm = person(lang, ch([None, None, 'wordname', 'maori', 'nigerian', 'icelandic']))
        g = person(lang)
        b.t(f"{rng.randint(1, 99):<2} | ").e('PERSON', nm.render(ch(['full', 'comma', 'last']))).t(f" | {ch(['GK', 'DF', 'MF', 'FW', 'C', 'PG'])} | ")
        b.e('PERSON', g.render(ch(['full', 'first']))).t(' | ').e('PHONE_NUMBER', phone(cc_of(lang))).t('\n')
    b.t('Coach: ')
    c = person(lang)
    b.e('PERSON', c.render(ch(['full', 'last']))).t(' — training at ').e(None, time_()).t(', kit sponsor ').e(None, ch(BRANDS))
    add('sports_roster', lang, b)

def k_markdown_table():
    b = B().t('| Creator | Handle | Email | Country | Rate |\n|---|---|---|---|---|\n')
    for _ in range(rng.randint(2, 4)):
        nm = person(None, ch([None, 'nigerian', 'korean', 'indian', 'wordname', 'vietnamese', 'chinese']))
        b.t('| ').e('PERSON', nm.render(ch(['full', 'first']))).t(' | @' + strip_acc(nm.g.split()[0].lower()) + digits(2) + ' | ').e('EMAIL_ADDRESS', email(nm))
        b.t(' | ').e('LOCATION', ch(COUNTRIES)).t(' | ').e(None, price('$')).t(' |\n')
    add('markdown_table', 'en', b)

def k_server_log():
    b = B()
    for _ in range(rng.randint(2, 4)):
        nm = person()
        b.t(f"{date()} {time_()} INFO login ok user=").e('EMAIL_ADDRESS', email(nm)).t(' ip=').e('IP_ADDRESS', ip()).t(f" agent=app/{version()} session={digits(4)}-{digits(4)}-{digits(4)}\n")
    b.t('WARN password reset requested for ').e('PERSON', person().full()).t(' from ').e('IP_ADDRESS', ip())
    add('server_log', 'en', b)

def k_address_labels():
    b = B().t('Mailing list — Q4 catalogue\n\n')
    for _ in range(rng.randint(2, 3)):
        cc = ch(ADDR_CC)
        nm = person()
        if rng.random() < 0.3: b.t(ch(['Mr ', 'Ms ', 'Dr ', 'Herr ', 'Sra. ', 'Mme ']))
        b.e('PERSON', nm.render(ch(['full', 'upper', 'init']))).t('\n').e('STREET_ADDRESS', address(cc, multi=True)).t('\n\n')
    add('address_label_sheet', 'en', b)

KINDS_A = [k_support_ticket, k_email_thread, k_email_signature, k_chat_log, k_review_reply, k_campaign_brief, k_crm_note, k_stt_transcript,
           k_survey_answer, k_influencer_contract, k_warranty_claim, k_dating_profile, k_obituary, k_school_newsletter, k_recruiting_note,
           k_real_estate, k_social_dm, k_fraud_alert, k_hr_payroll, k_support_ticket, k_crm_note, k_real_estate]
KINDS_B = [k_csv_rows, lambda: k_csv_rows(';', 'csv_semicolon_export'), k_tsv_addresses, k_json, k_web_form, k_shipping_label, k_invoice_header,
           k_formal_letter, k_passenger_list, k_seating_list, k_sports_roster, k_markdown_table, k_server_log, k_address_labels, k_calendar_invite, k_address_labels, k_tsv_addresses, k_web_form]

def main(n=500):
    # even mix: alternate A and B families
    for i in range(n):
        fam = KINDS_A if i % 2 == 0 else KINDS_B
        rng.choice(fam)()
    out = []
    for i, s in enumerate(SAMPLES):
        b = s['b']
        text = b.text
        spans = sorted(b.spans, key=lambda x: x['start'])
        out.append({'id': f'hard17-{i + 1}', 'kind': s['kind'], 'lang': s['lang'], 'text': text,
                    'spans': [dict(type=x['type'], start=x['start'], end=x['end'], text=text[x['start']:x['end']]) for x in spans]})
    # self-check
    T, K, L = Counter(), Counter(), Counter()
    for r in out:
        K[r['kind']] += 1; L[r['lang']] += 1
        prev = -1
        for sp in r['spans']:
            assert sp['text'] == r['text'][sp['start']:sp['end']], r['id']
            assert sp['start'] >= prev, ('overlap', r['id'])
            assert sp['end'] > sp['start'] and sp['text'].strip() == sp['text'], ('empty/space', r['id'], sp)
            prev = sp['end']
            T[sp['type']] += 1
    for r in out:
        for sp in r['spans']:
            del sp['text']
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    tot = sum(T.values())
    print(f"samples={len(out)} spans={tot} kinds={len(K)} langs={len(L)}")
    print('per type:', {k: f"{v} ({100 * v / tot:.1f}%)" for k, v in T.most_common()})
    print('per kind:', dict(K.most_common()))
    print('per lang:', dict(L.most_common()))
    print('non-en share: %.1f%%' % (100 * (len(out) - L['en']) / len(out)))
    print('self-check OK: every span text == text[start:end], no overlaps')

if __name__ == '__main__':
    main()
