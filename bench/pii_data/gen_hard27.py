#!/usr/bin/env python3
"""Deterministic generator for blind PII eval set hard27 (author A).

Theme: free text ordinary people / front-line staff write in English (about 75%),
the rest mixed with or in other languages. Names, addresses and phones sit inside
sentences. All templates and word lists are hand-written; Faker is one extra
name source only. Offsets are computed while assembling pieces.
Run:  python gen_hard27.py   -> writes hard27.jsonl next to this file.
"""
import json, os, random, re, textwrap, unicodedata

SEED = 2727
R = random.Random(SEED)
pick = R.choice

try:
    from faker import Faker
    Faker.seed(SEED)
    _FLOC = {'uk': 'en_GB', 'us': 'en_US', 'in': 'en_IN', 'ph': 'en_PH', 'pl': 'pl_PL', 'br': 'pt_BR',
             'mx': 'es_MX', 'nl': 'nl_NL', 'kr': 'ko_KR', 'ir': 'fa_IR', 'vn': 'vi_VN', 'cn': 'zh_CN'}
    FK = {}
    for _i, (_k, _l) in enumerate(sorted(_FLOC.items())):
        try:
            FK[_k] = Faker(_l)
            FK[_k].seed_instance(SEED + _i)
        except Exception:
            pass
except Exception:  # Faker is optional
    FK = {}

# ---------------------------------------------------------------- pieces
TOK = re.compile(r'\{([A-Za-z_][A-Za-z0-9_]*)\}')


def flat(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, tuple):
        return [v]
    out = []
    for x in v:
        out.extend(flat(x))
    return out


def T(tpl, **kw):
    """Fill a template; values may be str, (TYPE, value) span tuples, or lists of those."""
    tpl = textwrap.dedent(tpl).strip('\n')
    out, pos = [], 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            out.append(tpl[pos:m.start()])
        out.extend(flat(kw[m.group(1)]))
        pos = m.end()
    if pos < len(tpl):
        out.append(tpl[pos:])
    return out


def build(pieces):
    text, spans = '', []
    for p in flat(pieces):
        if isinstance(p, str):
            text += p
        else:
            t, v = p
            assert v and v == v.strip(), (t, v)
            s = len(text)
            text += v
            assert text[s:] == v
            spans.append({'type': t, 'start': s, 'end': len(text)})
    return text, spans


def lowerp(pieces):
    return [p.lower() if isinstance(p, str) else (p[0], p[1].lower()) for p in flat(pieces)]


def typo_word(w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = R.randrange(1, len(w) - 2)
    op = R.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def noisy(pieces, rate=0.03):
    """Typos / double spaces in plain text only."""
    out = []
    for p in flat(pieces):
        if isinstance(p, str):
            parts = re.split(r'(\s+)', p)
            for j, w in enumerate(parts):
                if w and not w.isspace() and R.random() < rate:
                    parts[j] = typo_word(w)
                elif w == ' ' and R.random() < rate / 2:
                    parts[j] = '  '
            out.append(''.join(parts))
        else:
            out.append(p)
    return out


def maybe(x, p=0.5):
    return x if R.random() < p else ''


def PER(s): return ('PERSON', s)
def LOC(s): return ('LOCATION', s)
def ADR(s): return ('STREET_ADDRESS', s)
def PH(s): return ('PHONE_NUMBER', s)
def EM(s): return ('EMAIL_ADDRESS', s)
def IPA(s): return ('IP_ADDRESS', s)
def CCN(s): return ('CREDIT_CARD', s)
def IBN(s): return ('IBAN_CODE', s)
def SSN(s): return ('US_SSN', s)


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def digits(n):
    return ''.join(str(R.randrange(10)) for _ in range(n))

# ---------------------------------------------------------------- names (hand-written)
NAMES = {
    'ng': (['Adaeze', 'Chinedu', 'Oluwaseun', 'Tunde', 'Ngozi', 'Emeka', 'Funmilayo', 'Ifeoma', 'Babatunde', 'Aminu',
            'Zainab', 'Chiamaka', 'Obinna', 'Yetunde', 'Kelechi', 'Temitope', 'Uchenna', 'Bukola', 'Nnamdi', 'Halima'],
           ['Okafor', 'Okonkwo', 'Adeyemi', 'Balogun', 'Eze', 'Nwosu', 'Abubakar', 'Olawale', 'Ogunleye', 'Chukwu',
            'Ibrahim', 'Adebayo', 'Onyekachi', 'Obi', 'Nwachukwu', 'Adesanya', 'Uzor', 'Bello', 'Oyelaran', 'Anyanwu']),
    'gh': (['Kwame', 'Akosua', 'Kofi', 'Ama', 'Yaw', 'Efua', 'Kwabena', 'Abena', 'Kojo', 'Adwoa', 'Nana', 'Esi', 'Kwesi', 'Afia'],
           ['Mensah', 'Asante', 'Boateng', 'Owusu', 'Appiah', 'Agyeman', 'Ofori', 'Darko', 'Osei', 'Amoako', 'Antwi',
            'Frimpong', 'Quaye', 'Addo']),
    'in': (['Priya', 'Arjun', 'Ananya', 'Rohan', 'Lakshmi', 'Sanjay', 'Deepika', 'Vikram', 'Harpreet', 'Meenakshi', 'Aditya',
            'Kavya', 'Siddharth', 'Pooja', 'Ravi', 'Nandini', 'Gurpreet', 'Venkatesh', 'Shreya', 'Imran'],
           ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Banerjee', 'Nair', 'Gupta', 'Singh', 'Chatterjee', 'Menon', 'Krishnamurthy',
            'Desai', 'Kulkarni', 'Mukherjee', 'Pillai', 'Bhattacharya', 'Joshi', 'Rao', 'Ahluwalia', 'Qureshi']),
    'vn': (['Linh', 'Minh', 'Huong', 'Tuan', 'Thao', 'Quang', 'Bao', 'Ngoc', 'Duc', 'Trang', 'Phuong', 'Hieu', 'Thanh', 'Khanh'],
           ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo', 'Duong', 'Ly']),
    'ph': (['Maricel', 'Jun-Jun', 'Rowena', 'Ramil', 'Liezl', 'Jericho', 'Aileen', 'Bong', 'Marites', 'Rodel', 'Kristine',
            'Jomar', 'Princess', 'Analyn', 'Dindo'],
           ['dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Macapagal', 'Dimaculangan', 'Soriano', 'Mercado',
            'Gonzaga', 'Panganiban', 'Manalo', 'Tolentino', 'de Guzman']),
    'pl': (['Agnieszka', 'Łukasz', 'Małgorzata', 'Krzysztof', 'Wojciech', 'Zofia', 'Paweł', 'Katarzyna', 'Tomasz', 'Joanna',
            'Grzegorz', 'Magdalena', 'Bartosz', 'Ewa'],
           ['Kowalski', 'Wiśniewska', 'Nowak', 'Wójcik', 'Zieliński', 'Grzybowski', 'Szymańska', 'Lewandowski', 'Kamińska',
            'Dąbrowski', 'Mazur', 'Jabłońska', 'Pietrzak', 'Kaczmarek']),
    'br': (['João', 'Thiago', 'Fernanda', 'Luana', 'Rafael', 'Gabriela', 'Caio', 'Beatriz', 'Leandro', 'Juliana', 'Marcelo',
            'Camila', 'Anderson', 'Letícia'],
           ['Silva', 'Souza', 'Oliveira', 'Pereira', 'Carvalho', 'dos Santos', 'Albuquerque', 'Ferreira', 'Rodrigues', 'Costa',
            'Nascimento', 'Araújo', 'Gonçalves', 'de Lima']),
    'ir': (['Dariush', 'Shirin', 'Parisa', 'Reza', 'Farhad', 'Niloufar', 'Arash', 'Mahsa', 'Kourosh', 'Leila', 'Behnaz',
            'Mehdi', 'Roya', 'Kaveh'],
           ['Hosseini', 'Rahimi', 'Tehrani', 'Karimi', 'Mohammadi', 'Ahmadi', 'Farahani', 'Jafari', 'Moradi', 'Sadeghi',
            'Shirazi', 'Ebrahimi', 'Rostami', 'Najafi']),
    'cn': (['Wei', 'Xiaoming', 'Na', 'Mei', 'Jing', 'Hao', 'Yifan', 'Xue', 'Lei', 'Yan', 'Jun', 'Ting', 'Zihan', 'Qiang'],
           ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Guo']),
    'kr': (['Ji-woo', 'Min-jun', 'Seo-yeon', 'Hyun-woo', 'Eun-ji', 'Ji-hoon', 'Soo-ah', 'Dong-hyun', 'Ha-eun', 'Jae-sung',
            'Yoon-seo', 'Sung-min'],
           ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin']),
    'et': (['Abebe', 'Tigist', 'Selam', 'Dawit', 'Hana', 'Yonas', 'Meron', 'Bereket', 'Liya', 'Tewodros', 'Mekdes', 'Solomon',
            'Hirut', 'Kidus'],
           ['Bekele', 'Tesfaye', 'Haile', 'Girma', 'Alemu', 'Woldemariam', 'Gebremedhin', 'Tadesse', 'Kebede', 'Mengistu',
            'Assefa', 'Desta']),
    'mx': (['Guadalupe', 'Alejandro', 'Ximena', 'José Luis', 'María Fernanda', 'Jesús', 'Itzel', 'Rodrigo', 'Citlali',
            'Emiliano', 'Paola', 'Armando', 'Yesenia'],
           ['Hernández', 'García', 'Martínez', 'López', 'Ramírez', 'de la Rosa', 'Villaseñor', 'Cruz', 'Gutiérrez', 'Mendoza',
            'Ortega', 'Zúñiga', 'Castañeda']),
    'uk': (['Siobhan', 'Niamh', 'Callum', 'Gareth', 'Fiona', 'Rhys', 'Eleanor', 'Declan', 'Harriet', 'Alistair', 'Bethan',
            'Connor', 'Moira', 'Jamie', 'Lorraine', 'Trevor', 'Kirsty', 'Dougie'],
           ["O'Connor", 'McAllister', 'Fitzgerald', 'Thompson', 'Whitaker', 'Pryce', 'Hughes', 'Campbell', 'Ashworth',
            'Llewellyn', 'Fairbairn', 'Doherty', "O'Sullivan", 'Baxter-Hale', 'Pennington', 'MacLeod', 'Greaves', 'Entwistle']),
    'us': (['Tyler', 'Brianna', 'Deshawn', 'Kayla', 'Marcus', 'Jasmine', 'Cody', 'Latoya', 'Brandon', 'Megan', 'Trevon',
            'Ashley', 'Dustin', 'Keisha'],
           ['Johnson', 'Washington', 'Miller', 'Kowalczyk', 'Robinson', 'Jefferson', 'Reyes-Martin', 'Sullivan', 'Brooks',
            'Hawkins', 'Delgado', 'Whitfield', 'Carver', 'Jenkins']),
    'ar': (['Fatima', 'Omar', 'Youssef', 'Layla', 'Khalid', 'Nour', 'Samir', 'Rania', 'Tariq', 'Amira', 'Hassan', 'Yasmin'],
           ['al-Hashimi', 'El-Amin', 'Haddad', 'Nasser', 'Abdullah', 'Khoury', 'Mansour', 'al-Farsi', 'Saleh', 'Bakr', 'Aziz',
            'Darwish']),
    'nl': (['Sanne', 'Joris', 'Femke', 'Bram', 'Jürgen', 'Anke', 'Lotte', 'Maarten', 'Heike', 'Stefan'],
           ['van der Berg', 'de Vries', 'Schneider', 'Müller', 'Jansen', 'van Dijk', 'Bakker', 'Hoffmann', 'de Jong', 'Vogel']),
    'jp': (['Haruka', 'Kenji', 'Yuki', 'Sota', 'Aiko', 'Takumi', 'Naoko', 'Ren'],
           ['Tanaka', 'Watanabe', 'Kobayashi', 'Yamamoto', 'Sato', 'Nakamura', 'Ito', 'Fujita']),
}
VN_MID = ['Thi', 'Van', 'Minh', 'Hoang', 'Ngoc', 'Thanh', 'Duc']
WORDNAMES = ['Hope', 'Joy', 'Faith', 'Grace', 'Summer', 'Will', 'Bill', 'Rose', 'Ivy', 'Hunter', 'Mason', 'Sunny', 'Dawn',
             'Autumn', 'Pearl', 'Chance', 'Destiny', 'Patience', 'Precious', 'Blessing', 'Godswill', 'Sunday', 'Penny',
             'Mercy', 'Honey', 'Brook', 'Chase', 'Justice', 'Goodluck', 'Gift']
NICKS = {'Babatunde': 'Tunde', 'Oluwaseun': 'Seun', 'Temitope': 'Tope', 'Krzysztof': 'Krzysiek', 'Małgorzata': 'Gosia',
         'Katarzyna': 'Kasia', 'Alejandro': 'Alex', 'Guadalupe': 'Lupe', 'Venkatesh': 'Venky', 'Siddharth': 'Sid',
         'Kwabena': 'Kobby', 'Jesús': 'Chuy', 'Gabriela': 'Gabi', 'Fernanda': 'Nanda', 'Alistair': 'Ali', 'Tewodros': 'Teddy'}
CULTS = list(NAMES)
CULT_W = {'ng': 3, 'in': 3, 'uk': 3, 'us': 2, 'ph': 2, 'pl': 2, 'br': 2, 'vn': 2, 'gh': 2, 'ir': 2, 'cn': 2, 'kr': 2,
          'et': 2, 'mx': 2, 'ar': 1, 'nl': 1, 'jp': 1}


class Pn:
    def __init__(self, first, last, cult):
        self.first, self.last, self.cult = first, last, cult
        self.mid = pick(VN_MID) if cult == 'vn' else ''
        self.east = cult in ('vn', 'cn', 'kr') and R.random() < 0.5

    @property
    def full(self):
        if self.cult == 'vn' and self.east:
            return f'{self.last} {self.mid} {self.first}'
        if self.east:
            return f'{self.last} {self.first}'
        return f'{self.first} {self.last}'

    def form(self, style=None):
        style = style or R.choices(['full', 'first', 'last', 'ini_last', 'first_ini', 'nick'], [50, 25, 8, 7, 6, 4])[0]
        if style == 'full':
            return self.full
        if style == 'first':
            return self.first
        if style == 'last':
            return self.last
        if style == 'ini_last':
            return f'{self.first[0]}. {self.last}'
        if style == 'first_ini':
            return f'{self.first} {self.last.replace("de ", "").replace("dela ", "").replace("van der ", "")[0].upper()}.'
        if style == 'nick':
            return NICKS.get(self.first, self.first)
        raise ValueError(style)


def person(cult=None, word=None):
    cult = cult or R.choices(CULTS, [CULT_W[c] for c in CULTS])[0]
    firsts, lasts = NAMES[cult]
    first, last = pick(firsts), pick(lasts)
    if cult in FK and R.random() < 0.18:  # Faker as one extra source
        try:
            f = FK[cult]
            ff, ll = f.first_name(), f.last_name()
            if ff.strip() and ll.strip() and cult not in ('cn', 'kr', 'ir'):
                first, last = ff.strip(), ll.strip()
        except Exception:
            pass
    if word or (word is None and R.random() < 0.1):
        first = pick(WORDNAMES)
    return Pn(first, last, cult)


def people(n, **kw):
    out, seen = [], set()
    while len(out) < n:
        p = person(**kw)
        if p.first in seen or p.last in seen:
            continue
        seen.update([p.first, p.last])
        out.append(p)
    return out


def N(p, style=None):
    return PER(p.form(style))


# ---------------------------------------------------------------- e-mail
MAILDOM = ['gmail.com', 'yahoo.co.uk', 'hotmail.com', 'outlook.com', 'icloud.com', 'btinternet.com', 'yahoo.com.ph',
           'rediffmail.com', 'gmx.de', 'wp.pl', 'uol.com.br', 'hotmail.co.uk', 'proton.me', 'yahoo.com', 'live.ca',
           'naver.com', 'qq.com', 'bigpond.com', 'orange.fr', 'aol.com', 'sky.com', 'ymail.com']


def email_of(p, dom=None):
    f = re.sub(r"[^a-z]", '', ascii_fold(p.first).lower())
    l = re.sub(r"[^a-z]", '', ascii_fold(p.last).lower())
    d = dom or pick(MAILDOM)
    loc = pick([f'{f}.{l}', f'{f}{l}', f'{f[0]}{l}', f'{l}.{f}', f'{f}_{l}{R.randrange(70, 99)}', f'{f}{R.randrange(1, 2005)}',
                f'{f}.{l}{R.randrange(1, 30)}', f'{l}{f[0]}', f'{f[0]}.{l}'])
    return loc + '@' + d


def E(p, dom=None):
    return EM(email_of(p, dom))

# ---------------------------------------------------------------- locations
CITIES = ['Lagos', 'Abuja', 'Port Harcourt', 'Enugu', 'Ibadan', 'Accra', 'Kumasi', 'Tamale', 'Nairobi', 'Mombasa', 'Kampala',
          'Addis Ababa', 'Bahir Dar', 'Johannesburg', 'Durban', 'Mumbai', 'Pune', 'Chennai', 'Kochi', 'Hyderabad',
          'Bengaluru', 'Amritsar', 'Lucknow', 'Manila', 'Cebu', 'Davao', 'Iloilo', 'Hanoi', 'Da Nang', 'Hue', 'Saigon',
          'Kraków', 'Gdańsk', 'Wrocław', 'Łódź', 'São Paulo', 'Recife', 'Belo Horizonte', 'Curitiba', 'Tehran', 'Shiraz',
          'Isfahan', 'Tabriz', 'Chengdu', 'Shenzhen', 'Guangzhou', 'Busan', 'Incheon', 'Daegu', 'Guadalajara', 'Oaxaca',
          'Monterrey', 'Puebla', 'Leicester', 'Croydon', 'Peckham', 'Salford', 'Swansea', 'Aberdeen', 'Coventry',
          'Luton', 'Slough', 'Houston', 'Atlanta', 'Newark', 'Minneapolis', 'Columbus', 'Fresno', 'Toronto', 'Brampton',
          'Winnipeg', 'Dublin', 'Galway', 'Melbourne', 'Perth', 'Auckland', 'Dubai', 'Sharjah', 'Doha', 'Rotterdam',
          'Hamburg', 'Lyon', 'Marseille', 'Osaka', 'Singapore']
REGIONS = ['Kerala', 'Punjab', 'Tamil Nadu', 'Mindanao', 'Visayas', 'Yorkshire', 'Cornwall', 'the Midlands', 'Ontario',
           'Texas', 'New Jersey', 'Bavaria', 'Silesia', 'Minas Gerais', 'Jalisco', 'Oromia', 'Tigray', 'Ashanti Region',
           'Lagos State', 'Enugu State', 'Gyeonggi', 'Sichuan', 'Mazandaran', 'Kent', 'County Kerry', 'Queensland']
COUNTRIES = ['Nigeria', 'Ghana', 'India', 'Vietnam', 'the Philippines', 'Poland', 'Brazil', 'Iran', 'China', 'South Korea',
             'Ethiopia', 'Mexico', 'Kenya', 'Canada', 'Ireland', 'Australia', 'Germany', 'Portugal', 'Jamaica',
             'the UAE', 'Pakistan', 'Sri Lanka', 'New Zealand', 'Scotland', 'Wales']


def city(): return LOC(pick(CITIES))
def region(): return LOC(pick(REGIONS))
def country(): return LOC(pick(COUNTRIES))
def anyloc(): return pick([city, city, region, country])()


# ---------------------------------------------------------------- addresses (country-specific, hand-written parts)
def _n(a, b): return str(R.randint(a, b))
def _L(k=1): return ''.join(pick('ABDEFGHJLNPQRSTUWXYZ') for _ in range(k))


UK_ST = ['Milton Grove', 'Kettering Road', 'Cowley Road', 'Albert Street', 'Victoria Terrace', 'Station Road', 'Church Lane',
         'Kingsley Avenue', 'Beechwood Close', 'Hawthorn Drive', 'Moorland Road', 'Granby Street', 'Abbey Walk',
         'Chapel Street', 'Mill Lane', 'Clarence Crescent', 'Ladysmith Road', 'Wellington Mews', 'Tudor Gardens',
         'Brook Street', 'Harrow Lane', 'Wycliffe Place']
UK_PC = [('London', ['N16', 'SE15', 'E8', 'NW6', 'SW9', 'E17', 'N4']), ('Manchester', ['M14', 'M20', 'M13']),
         ('Birmingham', ['B29', 'B11', 'B13']), ('Leeds', ['LS6', 'LS8']), ('Edinburgh', ['EH7', 'EH11']),
         ('Cardiff', ['CF24', 'CF5']), ('Glasgow', ['G12', 'G42']), ('Bristol', ['BS3', 'BS5']), ('Leicester', ['LE2', 'LE5']),
         ('Oxford', ['OX4']), ('Sheffield', ['S11', 'S7']), ('Belfast', ['BT9', 'BT7']), ('Nottingham', ['NG7']),
         ('Norwich', ['NR2']), ('Reading', ['RG1']), ('Luton', ['LU1'])]
UK_BLD = ['Flat 3', 'flat 2B', 'Flat 14', 'Apartment 6', 'Basement Flat', 'Top floor flat', 'Flat C']


def addr_uk(multi=False):
    c, outs = pick(UK_PC)
    pc = f'{pick(outs)} {R.randint(1, 9)}{_L(2)}'
    st = f'{_n(1, 212)} {pick(UK_ST)}'
    bld = pick(UK_BLD) if R.random() < 0.4 else ''
    if multi:
        lines = ([bld] if bld else []) + [st, c, pc]
        return '\n'.join(lines)
    parts = ([bld] if bld else []) + [st] + pick([[c + ' ' + pc], [pc, c], [c, pc]])
    if R.random() < 0.15:
        parts.append(pick(['UK', 'United Kingdom', 'England']))
    return ', '.join(parts)


US_ST = ['Maple Ave', 'Oak Street', 'W 34th St', 'Peachtree Rd NE', 'Elm Dr', 'Lincoln Blvd', 'Cedar Ln', 'Sycamore Ct',
         'N Main St', 'Jefferson Ave', 'Magnolia Way', 'E 5th Street', 'Pleasant Valley Rd', 'Dogwood Trail', 'Lakeshore Dr']
US_C = [('Columbus', 'OH', '432'), ('Houston', 'TX', '770'), ('Atlanta', 'GA', '303'), ('Brooklyn', 'NY', '112'),
        ('Chicago', 'IL', '606'), ('Phoenix', 'AZ', '850'), ('Denver', 'CO', '802'), ('Sacramento', 'CA', '958'),
        ('Minneapolis', 'MN', '554'), ('Raleigh', 'NC', '276'), ('Seattle', 'WA', '981'), ('Tampa', 'FL', '336'),
        ('Newark', 'NJ', '071'), ('Dearborn', 'MI', '481')]


def addr_us(multi=False):
    c, s, z = pick(US_C)
    st = f'{_n(12, 9870)} {pick(US_ST)}'
    unit = pick(['Apt 3B', 'Unit 12', '#204', 'Apt. 7', 'Suite 110', '']) if R.random() < 0.5 else ''
    zz = z + digits(2)
    if multi:
        return f'{st}{" " + unit if unit else ""}\n{c}, {s} {zz}'
    out = f'{st}{", " + unit if unit else ""}, {c}, {s} {zz}'
    return out + (', USA' if R.random() < 0.1 else '')


def addr_ca(multi=False):
    c, p, fsa = pick([('Toronto', 'ON', 'M5T'), ('Vancouver', 'BC', 'V6B'), ('Calgary', 'AB', 'T2P'),
                      ('Montréal', 'QC', 'H2X'), ('Halifax', 'NS', 'B3H'), ('Winnipeg', 'MB', 'R3C'), ('Brampton', 'ON', 'L6Y')])
    st = f'{_n(5, 3400)} {pick(["Bathurst St", "Rue Saint-Denis", "Jasper Ave", "Portage Ave", "Queen St W", "Kingsway", "Robie Street"])}'
    pc = f'{fsa} {R.randint(1, 9)}{_L()}{R.randint(1, 9)}'
    unit = pick(['', '', 'Unit 1407, ', 'apt 3, '])
    sep = '\n' if multi else ', '
    return f'{unit}{st}{sep}{c}{pick([", ", " "])}{p} {pc}' + (f'{sep}Canada' if R.random() < 0.3 else '')


def addr_ie(multi=False):
    opts = [(f'{_n(1, 60)} Seaview Terrace', 'Clontarf', 'Dublin 3', f'D03 {_L()}{_n(1, 9)}{_L()}{_n(1, 9)}'),
            ('Apartment ' + _n(1, 40) + ', The Maltings', 'Douglas', 'Cork', f'T12 {_L()}{_n(10, 99)}{_L()}'),
            (f'{_n(1, 90)} Main Street', 'Ennis', 'Co. Clare', f'V95 {_L()}{_n(100, 999)}'),
            (f'{_n(1, 30)} Father Griffin Road', 'Galway', '', f'H91 {_L()}{_n(1, 9)}{_L()}{_n(1, 9)}')]
    parts = [x for x in pick(opts) if x]
    return ('\n' if multi else ', ').join(parts) + (', Ireland' if not multi and R.random() < 0.3 else '')


def addr_au(multi=False):
    st, sub = pick([(f'Unit {_n(1, 9)}/{_n(2, 80)} Bondi Rd', 'Bondi NSW 2026'), (f'{_n(1, 99)} Wattle St', 'Fitzroy VIC 3065'),
                    (f'{_n(2, 150)} Boundary St', 'West End QLD 4101'), (f'{_n(2, 300)} Hay St', 'Perth WA 6000'),
                    (f'{_n(2, 60)} Currie St', 'Adelaide SA 5000')])
    return st + ('\n' if multi else ', ') + sub


def addr_nz(multi=False):
    return pick([f'{_n(2, 300)} Karangahape Road{", " if not multi else chr(10)}Auckland {pick(["1010", "1021"])}',
                 f'Flat {_n(1, 6)}, {_n(2, 90)} Cuba Street{", " if not multi else chr(10)}Te Aro, Wellington 6011',
                 f'{_n(2, 99)} Riccarton Road, Christchurch 8041'])


def addr_in(multi=False):
    opts = [[f'Flat {_n(101, 904)}, Sai Residency', f'{_n(1, 18)}th Cross, Indiranagar', f'Bengaluru 5600{_n(10, 99)}'],
            [f'B-{_n(1, 90)}, Lajpat Nagar II', f'New Delhi 1100{_n(10, 99)}'],
            [f'{_n(1, 40)}/{_n(1, 9)} Gandhi Road, T. Nagar', f'Chennai - 6000{_n(10, 99)}'],
            [f'Plot {_n(1, 200)}, Sector {_n(4, 56)}', 'Gurugram, Haryana 1220' + _n(10, 99)],
            [f'House No {_n(10, 400)}, Ward {_n(1, 20)}', 'Kakkanad, Kochi', 'Kerala 6820' + _n(10, 40)],
            [f'{_n(2, 30)}, Shivaji Nagar', f'Pune, Maharashtra 4110{_n(10, 60)}']]
    parts = pick(opts)
    return ('\n' if multi else ', ').join(parts) + (', India' if R.random() < 0.2 else '')


def addr_ng(multi=False):
    opts = [[f'{_n(1, 40)} Adeola Odeku Street', 'Victoria Island', 'Lagos'],
            [f'Plot {_n(10, 400)}, Aminu Kano Crescent', 'Wuse 2', 'Abuja'],
            [f'No. {_n(1, 60)} Ogui Road', 'Enugu'],
            [f'{_n(2, 40)}B Bode Thomas St', 'Surulere', 'Lagos 101283'],
            [f'{_n(1, 30)} Awolowo Avenue', 'Bodija', 'Ibadan', 'Oyo State'],
            [f'House {_n(1, 20)}, Road {_n(1, 12)}', 'Trans-Amadi', 'Port Harcourt']]
    return ('\n' if multi else ', ').join(pick(opts)) + (', Nigeria' if R.random() < 0.35 else '')


def addr_gh(multi=False):
    opts = [[f'House No. {_n(1, 50)}, Osu Badu Street', 'Dzorwulu', 'Accra'],
            [f'GA-{_n(100, 599)}-{_n(1000, 9999)}', 'Abelemkpe', 'Accra'],
            [f'Plot {_n(1, 30)} Block C', 'Ahodwo', 'Kumasi'],
            [f'{_n(1, 20)} Lagos Avenue', 'East Legon', 'Accra']]
    return ('\n' if multi else ', ').join(pick(opts)) + (', Ghana' if R.random() < 0.4 else '')


def addr_ke(multi=False):
    return pick([f'Apartment {_n(1, 9)}{pick("ABCD")}, Riverside Drive, Westlands, Nairobi',
                 f'P.O. Box {_n(1000, 90000)}-00100, Nairobi', f'House {_n(1, 99)}, Ngong Road, Kilimani, Nairobi 00100',
                 f'{_n(1, 90)} Moi Avenue, Mombasa'])


def addr_za(multi=False):
    return pick([f'{_n(1, 200)} Long Street{chr(10) if multi else ", "}Cape Town{chr(10) if multi else ", "}8001',
                 f'{_n(1, 90)} Jan Smuts Ave, Parktown North, Johannesburg 2193',
                 f'{_n(1, 40)} Florida Road, Morningside, Durban 4001'])


def addr_ph(multi=False):
    opts = [[f'Blk {_n(1, 30)} Lot {_n(1, 40)}, Mabuhay St.', 'Brgy. San Isidro', 'Quezon City 1100'],
            [f'Unit {_n(101, 2400)} Avida Towers, Sucat Road', 'Parañaque City 1700'],
            [f'Purok {_n(1, 7)}, Brgy. Poblacion', 'Tagum City, Davao del Norte 8100'],
            [f'{_n(1, 200)} P. Burgos St.', 'Brgy. {0}'.format(_n(1, 80)), 'Cebu City 6000']]
    return ('\n' if multi else ', ').join(pick(opts)) + (', Philippines' if R.random() < 0.3 else '')


def addr_vn(multi=False):
    return pick([f'{_n(1, 200)} Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
                 f'Số {_n(1, 90)} Ngõ {_n(10, 200)} Cầu Giấy, Hà Nội',
                 f'{_n(1, 300)}/{_n(1, 30)} Le Van Sy, Ward 13, District 3, Ho Chi Minh City',
                 f'{_n(1, 99)} Tran Phu Street, Hai Chau District, Da Nang'])


def addr_de(multi=False):
    st, c = pick([('Lindenstraße', '10969 Berlin'), ('Hauptstr.', '80331 München'), ('Am Rosengarten', '50667 Köln'),
                  ('Schillerstraße', '60313 Frankfurt am Main'), ('Bahnhofstr.', '04109 Leipzig')])
    return f'{st} {_n(1, 90)}{pick(["", "", "a", "b"])}' + ('\n' if multi else ', ') + c + (', Germany' if R.random() < 0.3 else '')


def addr_fr(multi=False):
    st, c = pick([('rue des Lilas', '69003 Lyon'), ('avenue Jean Jaurès', '75019 Paris'), ('bd de la Liberté', '13001 Marseille'),
                  ('rue Nationale', '59800 Lille')])
    pre = pick(['', '', f'Appt {_n(1, 40)}, ', f'Bât. B, '])
    return f'{pre}{_n(1, 120)} {st}' + ('\n' if multi else ', ') + c + (', France' if R.random() < 0.3 else '')


def addr_pl(multi=False):
    st, c = pick([('ul. Długa', '80-831 Gdańsk'), ('ul. Marszałkowska', '00-514 Warszawa'), ('os. Tysiąclecia', '31-609 Kraków'),
                  ('ul. Piotrkowska', '90-006 Łódź'), ('ul. Świdnicka', '50-066 Wrocław')])
    return f'{st} {_n(1, 140)}/{_n(1, 40)}' + ('\n' if multi else ', ') + c + (', Poland' if R.random() < 0.3 else '')


def addr_br(multi=False):
    return pick([f'Rua das Flores, {_n(10, 900)}, apto {_n(11, 99)}, Pinheiros, São Paulo - SP, 05422-{_n(100, 999)}',
                 f'Av. Atlântica {_n(100, 3900)}, Copacabana, Rio de Janeiro/RJ, CEP 22021-001',
                 f'Rua da Aurora, {_n(10, 600)}, Boa Vista, Recife - PE, 50050-000'])


def addr_mx(multi=False):
    return pick([f'Av. Insurgentes Sur {_n(100, 3000)}, Col. Crédito Constructor, 03940 Ciudad de México, CDMX',
                 f'Calle Hidalgo {_n(1, 300)}, Centro, 44100 Guadalajara, Jal.',
                 f'Calz. Porfirio Díaz {_n(100, 900)}, Col. Reforma, 68050 Oaxaca de Juárez, Oax.'])


def addr_es(multi=False):
    return pick([f'Calle Mayor {_n(1, 90)}, {_n(1, 6)}º {pick("ABCD")}, 28013 Madrid',
                 f'Carrer de Mallorca {_n(10, 500)}, 08036 Barcelona'])


def addr_it(multi=False):
    return pick([f'Via Garibaldi {_n(1, 90)}, 40124 Bologna BO', f'Corso Buenos Aires {_n(1, 90)}, 20124 Milano'])


def addr_nl(multi=False):
    return pick([f'Prinsengracht {_n(100, 900)}-{_n(1, 3)}, 1016 GV Amsterdam', f'Witte de Withstraat {_n(1, 120)}, 3012 BR Rotterdam'])


def addr_jp(multi=False):
    return pick([f'{_n(1, 5)}-{_n(1, 20)}-{_n(1, 9)} Nishi-Azabu, Minato-ku, Tokyo 106-0031',
                 f'〒530-0001 大阪府大阪市北区梅田{_n(1, 3)}-{_n(1, 9)}-{_n(1, 20)}'])


def addr_kr(multi=False):
    return pick([f'Apt {_n(101, 120)}-{_n(101, 2504)}, {_n(1, 300)} Olympic-ro, Songpa-gu, Seoul {_n(5500, 5599):0>5}',
                 f'서울특별시 마포구 월드컵로 {_n(1, 200)}, {_n(101, 1505)}호'])


def addr_cn(multi=False):
    return pick([f'Room {_n(101, 2505)}, Building {_n(1, 12)}, {_n(1, 300)} Zhongshan Road, Xuhui District, Shanghai 200030',
                 f'北京市朝阳区建国路{_n(1, 99)}号 {_n(1, 9)}号楼 {_n(101, 1805)}室',
                 f'No. {_n(1, 99)} Renmin South Road, Wuhou District, Chengdu, Sichuan 610041'])


def addr_ir(multi=False):
    return pick([f'No. {_n(1, 80)}, Golestan Alley, Vali Asr St, Tehran {_n(1000000, 1999999)}',
                 f'Unit {_n(1, 20)}, No. {_n(1, 60)}, Zand Blvd, Shiraz'])


def addr_et(multi=False):
    return pick([f'House No. {_n(100, 999)}, Woreda 03, Bole Sub-City, Addis Ababa',
                 f'Kebele {_n(1, 18)}, House {_n(10, 400)}, Bahir Dar'])


def addr_ae(multi=False):
    return pick([f'Villa {_n(1, 60)}, Street {_n(1, 40)}, Al Barsha 2, Dubai', f'Flat {_n(101, 1404)}, Al Nahda Tower 2, Al Nahda, Sharjah'])


def addr_sg(multi=False):
    b = _n(100, 699)
    return f'Blk {b} Ang Mo Kio Ave {_n(1, 10)}, #{_n(2, 15):0>2}-{_n(100, 1500)}, Singapore 560{b}'


ADDR = {'uk': addr_uk, 'us': addr_us, 'ca': addr_ca, 'ie': addr_ie, 'au': addr_au, 'nz': addr_nz, 'in': addr_in,
        'ng': addr_ng, 'gh': addr_gh, 'ke': addr_ke, 'za': addr_za, 'ph': addr_ph, 'vn': addr_vn, 'de': addr_de,
        'fr': addr_fr, 'pl': addr_pl, 'br': addr_br, 'mx': addr_mx, 'es': addr_es, 'it': addr_it, 'nl': addr_nl,
        'jp': addr_jp, 'kr': addr_kr, 'cn': addr_cn, 'ir': addr_ir, 'et': addr_et, 'ae': addr_ae, 'sg': addr_sg}
ADDR_W = {k: (6 if k in ('uk', 'us') else 2 if k in ('in', 'ng', 'ca', 'au', 'ie', 'gh', 'ph') else 1) for k in ADDR}


def A(cc=None, multi=False, low=False):
    cc = cc or R.choices(list(ADDR), [ADDR_W[k] for k in ADDR])[0]
    s = ADDR[cc](multi)
    if low:
        s = s.lower()
    return ADDR_T(s)


def ADDR_T(s): return ('STREET_ADDRESS', s)


# ---------------------------------------------------------------- phones (# digit, N 2-9)
PHONES = {
    'uk': ['07### ######', '+44 7### ######', '+44 (0)7### ######', '020 7### ####', '0161 ### ####', '07N########', '0113 ### ####'],
    'us': ['(N##) N##-####', 'N##-N##-####', 'N##.N##.####', '+1 N## N## ####', '1-N##-N##-####', '(N##)N##-####'],
    'ca': ['(416) N##-####', '604-N##-####', '+1 514 N## ####'],
    'ie': ['087 ### ####', '+353 86 ### ####', '(01) ### ####', '085-###-####'],
    'au': ['04## ### ###', '+61 4## ### ###', '(02) 9### ####', '+61 (0)4## ### ###'],
    'nz': ['021 ### ####', '+64 21 ### ####', '027-###-####'],
    'in': ['+91 98### #####', '098### #####', '+91-9###-######', '9#########', '+91 70## ### ###'],
    'ng': ['0803 ### ####', '+234 803 ### ####', '08#########', '+2348#########', '0706-###-####', '+234 (0) 812 ### ####'],
    'gh': ['024 ### ####', '+233 24 ### ####', '020-###-####', '+233 (0)55 ### ####'],
    'ke': ['07## ######', '+254 7## ######', '+254-712-###-###'],
    'za': ['082 ### ####', '+27 82 ### ####', '071-###-####'],
    'ph': ['0917 ### ####', '+63 917 ### ####', '0998-###-####', '09#########', '(02) 8### ####'],
    'vn': ['090 ### ####', '+84 90 ### ####', '0912.###.###', '+84 98#######'],
    'de': ['0151 ########', '+49 151 ########', '030 ########', '+49 (0)176 ########', '0171/#######'],
    'fr': ['06 ## ## ## ##', '+33 6 ## ## ## ##', '07.##.##.##.##', '+33 (0)1 ## ## ## ##'],
    'pl': ['5## ### ###', '+48 5## ### ###', '+48 6##-###-###', '22 ### ## ##'],
    'br': ['(11) 9####-####', '+55 11 9####-####', '+55 (21) 9####-####', '11 9#### ####'],
    'mx': ['55 #### ####', '+52 1 55 #### ####', '+52 33 #### ####', '(55) ####-####'],
    'es': ['6## ## ## ##', '+34 6## ### ###', '91 ### ## ##'],
    'it': ['34# ### ####', '+39 34# #######', '+39 06 ########'],
    'nl': ['06-########', '+31 6 ########', '06 ## ## ## ##', '020 ### ####'],
    'jp': ['090-####-####', '+81 90-####-####', '03-####-####', '080 #### ####'],
    'kr': ['010-####-####', '+82 10-####-####', '010 #### ####', '02-###-####'],
    'cn': ['138 #### ####', '+86 138 #### ####', '139########', '+86 (21) ########'],
    'ir': ['0912 ### ####', '+98 912 ### ####', '0935-###-####'],
    'et': ['091 ### ####', '+251 91 ### ####', '+251 (0)92 ### ####'],
    'ae': ['050 ### ####', '+971 50 ### ####', '+971-55-###-####'],
    'sg': ['9### ####', '+65 9### ####', '+65 8###-####'],
}
PH_W = {k: (5 if k in ('uk', 'us') else 3 if k in ('ng', 'in', 'ph', 'gh', 'ca', 'au', 'ie') else 1) for k in PHONES}


def phone_str(cc=None):
    cc = cc or R.choices(list(PHONES), [PH_W[k] for k in PHONES])[0]
    pat = pick(PHONES[cc])
    return ''.join(str(R.randrange(10)) if ch == '#' else str(R.randint(2, 9)) if ch == 'N' else ch for ch in pat)


def P_(cc=None): return PH(phone_str(cc))


DW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def spoken(num, oh=True):
    ds = [c for c in num if c.isdigit() or c == '+']
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        if c == '+':
            out.append('plus'); i += 1; continue
        w = 'oh' if (c == '0' and oh and R.random() < 0.8) else DW[int(c)]
        if i + 1 < len(ds) and ds[i + 1] == c and R.random() < 0.5:
            out.append('double ' + w); i += 2; continue
        out.append(w); i += 1
    return ' '.join(out)


# ---------------------------------------------------------------- finance / net
def luhn_ok(num):
    s, alt = 0, False
    for d in reversed(num):
        d = int(d)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def card_str():
    kind = pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc'])
    pre, ln = {'visa': ('4', 16), 'mc': (str(R.randint(51, 55)), 16), 'mc2': (str(R.randint(2221, 2720)), 16),
               'amex': (pick(['34', '37']), 15), 'disc': ('6011', 16)}[kind]
    body = pre + digits(ln - len(pre) - 1)
    for c in '0123456789':
        if luhn_ok(body + c):
            num = body + c
            break
    sep = pick([' ', ' ', '-', '', ' '])
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_FMT = {'GB': lambda: pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + digits(14), 'DE': lambda: digits(18),
            'FR': lambda: digits(10) + 'A' + digits(10) + digits(2), 'NL': lambda: pick(['ABNA', 'INGB', 'RABO']) + digits(10),
            'ES': lambda: digits(20), 'IT': lambda: 'X' + digits(10) + digits(12), 'PL': lambda: digits(24),
            'IE': lambda: pick(['AIBK', 'BOFI']) + digits(14), 'BE': lambda: digits(12), 'PT': lambda: digits(21),
            'LT': lambda: digits(16), 'RO': lambda: 'RNCB' + digits(16), 'AE': lambda: digits(19),
            'BR': lambda: digits(23) + 'C1', 'TR': lambda: digits(22)}


def iban_str(cc=None, spaced=None):
    cc = cc or pick(list(IBAN_FMT))
    bban = IBAN_FMT[cc]()
    conv = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
    chk = 98 - int(conv) % 97
    ib = f'{cc}{chk:02d}{bban}'
    if spaced is None:
        spaced = R.random() < 0.6
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib


def iban_valid(s):
    s = s.replace(' ', '')
    x = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in x)) % 97 == 1


def ssn_str():
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    s = f'{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}'
    return pick([s, s, s, s.replace('-', ' '), s.replace('-', '')])


def ipv4():
    return pick([f'{R.randint(81, 213)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}',
                 f'192.168.{R.randint(0, 2)}.{R.randint(1, 254)}', f'10.0.{R.randint(0, 9)}.{R.randint(1, 254)}',
                 f'{R.randint(24, 99)}.{R.randint(10, 250)}.{R.randint(0, 255)}.{R.randint(1, 254)}'])


def ipv6():
    return pick([f'2a02:c7f:{R.randint(0x1000, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xfff):x}',
                 f'2001:db8:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(1, 0xffff):x}',
                 f'fe80::{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(1, 0xffff):x}'])


# ---------------------------------------------------------------- look-alikes (never labelled)
BRANDS = ['Ben & Jerry\'s', 'Dr. Martens', 'Ted Baker', 'Jack Wills', 'Tim Hortons', 'Harvey Nichols', 'John Lewis',
          'Marks & Spencer', 'Wendy\'s', 'Jo Malone', 'Charlotte Tilbury', 'Kate Spade', 'Tommy Hilfiger', 'Calvin Klein',
          'Paul Smith', 'Sainsbury\'s', 'Trader Joe\'s', 'Martha Stewart', 'Ralph Lauren', 'Mrs Crimble\'s', 'Uncle Ben\'s',
          'Sara Lee', 'Little Debbie', 'Aunt Bessie\'s', 'Jimmy Choo', 'Hugo Boss', 'Sally Hansen', 'Sam\'s Club']
PRODUCTS = ['Rose Gold', 'Hunter Green', 'Summer Breeze', 'Ivy League tote', 'Sunny Side granola', 'Joy dish soap',
            'Grace Cole gift set', 'Mason jar set', 'Faith in Nature shampoo', 'Dawn Powerwash', 'Pearl White',
            'Honey Glow', 'Autumn Blush', 'Victoria sponge', 'Earl Grey', 'Bill Payer plan', 'Will Writing Service',
            'Penny Black stamp set', 'Chance card game', 'Justice Pro speakers']
FICTION = ['Peppa Pig', 'Elsa', 'Paddington', 'Sherlock Holmes', 'Spider-Man', 'Bluey', 'Harry Potter', 'Moana',
           'Mr Bean', 'Winnie the Pooh', 'Gandalf', 'Hermione', 'Bob the Builder']


def orderno():
    return pick([f'#{digits(3)}-{digits(7)}-{digits(7)}', f'ORD-{digits(6)}', f'0{digits(3)} {digits(3)} {digits(4)}',
                 f'{digits(10)}', f'1Z{digits(3)}AA1{digits(9)}', f'WEB{digits(8)}', f'{digits(4)}-{digits(4)}'])


def date_s():
    return pick([f'{R.randint(1, 28)}/{R.randint(1, 12)}', f'{R.randint(1, 28)} {pick(["March", "April", "June", "Sept", "Oct", "Dec"])}',
                 f'{pick(["Saturday", "Sunday", "Friday", "Tuesday"])} the {R.randint(2, 28)}th', f'{R.randint(1, 12)}/{R.randint(1, 28)}/2024'])


def time_s():
    return pick(['9am', '10:30', '2pm', 'half 6', '7.30pm', 'noon', '4:15', 'around 11'])


def price():
    return pick([f'£{R.randint(5, 400)}', f'${R.randint(5, 900)}.{R.randint(0, 99):02d}', f'€{R.randint(10, 300)}', f'{R.randint(2, 90)} quid',
                 f'₦{R.randint(5, 90)},000', f'₱{R.randint(200, 5000)}'])


# ================================================================ kinds
KINDS = {}


def kind(name, lang='en', weight=1.0):
    def deco(fn):
        KINDS[name] = (fn, lang, weight)
        return fn
    return deco


STAFF_ROLE = ['at the till', 'on the shop floor', 'in the warehouse', 'on the phone', 'at the counter', 'on reception',
              'in customer service', 'from the delivery team']


@kind('furniture_store_review_naming_salesperson')
def k_furn():
    s, s2, me = person(), person(), person()
    v = R.random()
    if v < 0.5:
        return T('''
            {stars} Bought the {prod} sofa from the {shop} branch in {city} and honestly {sp} made the whole thing painless. He/she (sorry not sure lol) measured our doorway on a photo I showed and said it wont fit, ordered the modular one instead. Delivery lads were late but {s2} {role} rang ahead. Would buy again. Ask for {sp2}!!
            - {me}
            ''', stars=pick(['★★★★★', '5/5', '*****', '⭐⭐⭐⭐']), prod=pick(['Hunter Green', 'Rose Gold velvet', 'Autumn Blush', 'Pearl White']),
                 shop=pick(['DFS', 'Furniture Village', 'IKEA', 'Oak Furnitureland']), city=city(), sp=N(s, 'full'), s2=N(s2, 'first'),
                 role=pick(STAFF_ROLE), sp2=N(s, 'first'), me=N(me, pick(['first_ini', 'first', 'full'])))
    return T('''
        Title: avoid unless you get {sp}
        Ordered a dining set on {d} (order {o}), two no-shows. Called {ph} which is the number on the receipt and got cut off twice. Only person who helped was {sp_full} at the {city} store, gave me her own extension and sorted a refund of {pr}. The manager ({mg}) was rude frankly. 2 stars purely for {sp}.
        ''', sp=N(s, 'first'), d=date_s(), o=orderno(), ph=P_('uk'), sp_full=N(s, 'full'), city=city(), pr=price(), mg=N(s2, 'last'))


@kind('nextdoor_lost_cat_post')
def k_cat():
    me = person()
    cat = pick(['Biscuit', 'Mr Whiskers', 'Luna', 'Pickle', 'Simba', 'Oreo'])
    loc_street = LOC(pick(UK_ST + ['Elm Dr', 'Jefferson Ave']))
    if R.random() < 0.5:
        return T('''
            LOST CAT 😿 {cat} (ginger, white socks, very shy) got out last night from ours at {a}. He's chipped. If you're near {st} please check sheds/garages!! Call or text me on {ph} any time, even 3am. Thank you neighbours ❤️ - {me}
            ''', cat=cat, a=A(pick(['uk', 'us', 'ie', 'au'])), st=loc_street, ph=P_(), me=N(me, pick(['first', 'full'])))
    nb = person()
    return T('''
        UPDATE: {cat} is home!!! huge thanks to {nb} from number {n} who spotted her under a car on {st}. {nb2} you are a legend, wine is on its way 🍷
        (for anyone asking the reward still stands, {me} {ph})
        ''', cat=cat, nb=N(nb, 'full'), n=_n(2, 90), st=loc_street, nb2=N(nb, 'first'), me=N(me, 'first'), ph=P_())


@kind('letter_to_editor_local_paper')
def k_editor():
    me, cllr = person(), person()
    t = T('''
        Sir,
        I write once again regarding the state of the pavements on {st}. My late husband and I have lived at {a} for thirty-one years and I have never seen it this bad. Councillor {c} promised at the {month} meeting that repairs would begin "within weeks". That was in the spring.
        Mrs {neighbour_last} next door fell in {month2} and is still using a frame. Perhaps {c2} would like to walk it with me.
        Yours faithfully,
        {me}
        {town}
        ''', st=LOC(pick(UK_ST)), a=A('uk'), c=N(cllr, 'full'), month=pick(['March', 'April', 'May']), neighbour_last=N(person(), 'last'),
        month2=pick(['June', 'August']), c2=N(cllr, 'last'), me=N(me, pick(['full', 'ini_last'])), town=LOC(pick(['Kettering', 'Hove', 'Stockport', 'Harrogate', 'Bangor'])))
    return noisy(t, 0.01)


@kind('wedding_day_timeline_email_to_vendors')
def k_wed():
    b, g, plan, dj, ph_ = person(), person(), person(), person(), person()
    venue_addr = A(pick(['uk', 'us', 'ie', 'in', 'ng']))
    return T('''
        Hi all,
        Final timeline for {bf} & {gf}'s wedding on the {d}! Please reply-all if anything clashes.
        • 11:00 florist ({fl}) arrives at the venue - {va}. Park round the back, the front is for guests.
        • 12:30 {pg} (photographer) meets the bride at her mum's, {ma}
        • 14:00 ceremony. {bf}'s uncle {unc} is doing a reading, he's nervous so please dont rush him
        • 18:30 DJ set - {dj} please call me on {ph} when you're loading in, NOT the venue manager
        • the cake is from {brand} lol, it's a {prod} theme so no the colours are not a mistake
        Dietary: {guest} is coeliac, {guest2} is vegan.
        Thanks so much,
        {plan}
        {plan_email} | {ph2}
        ''', bf=N(b, 'first'), gf=N(g, 'first'), d=date_s(), fl=N(person(), 'full'), va=venue_addr, pg=N(ph_, 'full'),
        ma=A(pick(['uk', 'us', 'ie', 'in', 'ng'])), unc=N(person(), 'full'), dj=N(dj, 'first'), ph=P_(), brand=pick(BRANDS),
        prod=pick(['Rose Gold', 'Summer Breeze', 'Pearl White']), guest=N(person(), 'full'), guest2=N(person(), 'first'),
        plan=N(plan, 'full'), plan_email=E(plan), ph2=P_())


@kind('class_parents_costume_chat')
def k_costume():
    a, b, c, t = people(4)
    lines = [
        T('[{tm}] {a}: does anyone have a spare {fic} costume age 6?? world book day is TOMORROW 😩', tm=time_s(), a=N(a, 'first'), fic=pick(FICTION)),
        T('[{tm}] {b}: we have one, I can drop it at yours if you send me the address', tm=time_s(), b=N(b, 'full')),
        T('[{tm}] {a}: omg thank you!! {ad}, blue door, just leave it in the porch', tm=time_s(), a=N(a, 'first'), ad=A(pick(['uk', 'ie', 'au']))),
        T('[{tm}] {c}: also reminder Mrs {t} said no face paint this year', tm=time_s(), c=N(c, 'first'), t=N(t, 'last')),
        T('[{tm}] {b}: 👍 on my way. if nobody answers ill ring {ph}', tm=time_s(), b=N(b, 'full'), ph=P_(pick(['uk', 'ie', 'au']))),
    ]
    out = []
    for ln in lines[:R.randint(3, 5)]:
        out += ln + ['\n']
    return out[:-1]


@kind('parkrun_volunteer_roster_prose')
def k_parkrun():
    ps = people(7)
    t = T('''
        Volunteers for this Saturday ({d}) - thank you all!! {a} is Run Director, {b} and {c} on timekeeping, {dd} is doing barcode scanning with her son, {e} tail-walker again (legend). {f} is new so can someone buddy him on marshal point 4 near {park}? If you can't make it please text {a2} on {ph} before Friday night, not the email.
        Post-run coffee at {cafe}, the one on {st}.
        ''', d=date_s(), a=N(ps[0], 'full'), b=N(ps[1], 'first'), c=N(ps[2], 'full'), dd=N(ps[3], 'first'), e=N(ps[4], 'full'),
        f=N(ps[5], 'first'), park=pick(['the boathouse', 'the old bandstand', 'the duck pond']),
        a2=N(ps[0], 'first'), ph=P_(pick(['uk', 'ie', 'au', 'nz', 'za'])), cafe=pick(['Costa', 'Pret', 'the Hope & Anchor café', 'Grace\'s Kitchen (the café)']),
        st=LOC(pick(UK_ST)))
    return noisy(t, 0.02)


@kind('landing_page_testimonials_block')
def k_testi():
    out = []
    for i in range(R.randint(2, 4)):
        p = person()
        role = pick(['Small business owner', 'Mum of three', 'Nurse', 'Freelance designer', 'Teacher', 'Retired engineer', 'Student'])
        out += T('''
            “{q}”
            — {n}, {role}, {loc}
            ''', q=pick(['Switched in ten minutes and never looked back.', 'Finally an app my dad can actually use!',
                         'Customer support answered at 11pm on a Sunday. Unreal.', 'Saved us a fortune on transfers home.',
                         'I recommended it to my whole church group.', 'The Rose Gold edition is gorgeous btw']),
                   n=N(p, pick(['full', 'first_ini', 'ini_last'])), role=role, loc=anyloc())
        out.append('\n\n')
    out.append(pick(['', '*Names used with permission. Results may vary.', 'Join 40,000+ happy customers']))
    return out


@kind('sales_rep_scrawled_call_notes')
def k_sales():
    p, gk, ref = person(), person(), person()
    t = T('''
        {d} - called {co}, spoke w/ {pn} (ops mgr?) - gatekeeper {gk} put me thru after 2 tries
        - interested in 50 seats, budget q3, decision maker is {ref} (CFO) - NOT {gk2}
        - wants demo thurs, mobile {ph}, direct email {em}
        - they have a site in {loc} too, ask abt that
        - sent deck. f/u next wk. dont call before 10 he hates it
        ''', d=date_s(), co=pick(['Harbour Logistics', 'Bright Mason Ltd', 'Sunny Day Nurseries', 'Okoro Foods', 'Tran & Co']),
        pn=N(p, pick(['full', 'first'])), gk=N(gk, 'first'), ref=N(ref, 'full'), gk2=N(gk, 'first'), ph=P_(), em=E(p), loc=city())
    return noisy(t, 0.04)


@kind('refer_a_friend_freetext_box')
def k_refer():
    f, me = person(), person()
    v = R.random()
    if v < 0.5:
        return noisy(T('''
            My friend {f} at {a} would love the starter box, she just moved in. Her number is {ph} and email {em}. Please mention it's from {me} so I get the £20 credit lol
            ''', f=N(f, 'full'), a=A(pick(['uk', 'ie', 'us'])), ph=P_(), em=E(f), me=N(me, 'first')), 0.02)
    return T('''
        referring my cousin {f} ({em}) - hes in {loc} so not sure you deliver there? if not then his wife {w} uses {ph2}. thx
        ''', f=N(f, pick(['full', 'first'])), em=E(f), loc=anyloc(), w=N(person(), 'first'), ph2=P_())


@kind('gift_recipient_shipping_plea')
def k_giftship():
    r, me = person(), person()
    return noisy(T('''
        Hi! This is a surprise for my {rel} {r} so PLEASE don't put a price on it. Send it to {a}. If the courier can't get in, the neighbour {nb} at number {n} will take it, or call {r2} on {ph} (don't say what it is 🙈). Thanks, {me}
        ''', rel=pick(['grandma', 'sister', 'best friend', 'nan', 'boyfriend', 'old teacher']), r=N(r, 'full'),
        a=A(low=R.random() < 0.3), nb=N(person(), pick(['full', 'last'])), n=_n(1, 99), r2=N(r, 'first'), ph=P_(), me=N(me, 'first')), 0.02)


@kind('found_wallet_facebook_notice')
def k_wallet():
    owner, me = person(), person()
    return T('''
        FOUND: brown leather wallet outside {shop} on {st} this morning. The bank card says {o} (I've covered the numbers obviously). There's also a library card for {o2} and a photo of a little girl. If this is you or you know {o3}, message me or ring {ph}. Will hand to {loc} police station on Monday if nobody claims.
        ''', shop=pick(['Greggs', 'Lidl', 'the Co-op', 'Sainsbury\'s']), st=LOC(pick(UK_ST)), o=PER(owner.full.upper()),
        o2=N(person(), 'ini_last'), o3=N(owner, 'first'), ph=P_(), loc=city())


@kind('panel_moderator_intro_script')
def k_panel():
    ps = people(4)
    t = T('''
        Good afternoon everyone and welcome to the "Building Across Borders" panel. I'm {m}, and I'll be keeping us on time.
        To my left is Dr {a}, who grew up in {l1} and now runs a maternal-health startup out of {l2}. Next to her, {b} — many of you know him as the person behind the Sunday food market in {l3}. Then we have {c}, who left a banking job in {l4} to build solar co-ops. And joining remotely from {l5}, Professor {d}.
        Questions go through the app, or find {m2} at the break. Please don't email {mail} with questions during the session, it's my personal inbox 😅
        ''', m=N(ps[0], 'full'), a=N(ps[1], 'full'), l1=city(), l2=city(), b=N(ps[2], 'full'), l3=city(), c=N(ps[3], 'full'), l4=city(),
        l5=country(), d=N(person(), 'last'), m2=N(ps[0], 'first'), mail=E(ps[0]))
    return t


@kind('brand_community_memorial_tribute')
def k_tribute():
    p = person()
    return T('''
        It is with great sadness that we share the passing of {p}, one of the very first members of our knitting community. {p2} joined the forum back in 2011 from {loc} and went on to answer over four thousand questions. Many of you received her famous {prod} pattern in the post, hand-written.
        Her daughter {d} has asked that instead of flowers, donations go to the hospice that cared for her. Cards can be sent to the family at {a}.
        Rest well, {p3}. 🧶
        ''', p=N(p, 'full'), p2=N(p, 'first'), loc=anyloc(), prod=pick(['Autumn Blush', 'Ivy League', 'Summer Breeze']), d=N(person(), 'full'),
        a=A(pick(['uk', 'us', 'ca', 'au', 'nz', 'ie']), multi=R.random() < 0.3), p3=N(p, 'nick'))


@kind('elderly_customer_dictated_complaint')
def k_elderly():
    me, son, eng = person(), person(), person()
    t = T('''
        (typed by my grandson as I dictate) To whom it may concern. My name is {me} and I am eighty seven. Your engineer, a young man called {e}, came to {a} on the {d} to fix the boiler and he left the gas cupboard open and mud all up the stairs. I rang the number on the letter, {ph}, nine times. Nine. A lady named {lady} said somebody would call back and nobody did. My son {s} is very cross and he said to put his number too, which is {ph2}. {cardbit}I have been a customer since nineteen seventy-four. I would like an apology in writing, not an email, I do not use the email.
        {me2}
        ''', me=N(me, 'full'), e=N(eng, 'first'), a=A(pick(['uk', 'uk', 'ie', 'us'])), d=date_s(), ph=P_(), lady=N(person(), 'first'),
        s=N(son, 'full'), ph2=P_(), me2=N(me, pick(['full', 'ini_last'])),
        cardbit=(['And you have taken the call-out fee twice from my card, ', CCN(card_str()), ', which I want back. '] if R.random() < 0.5 else ''))
    return noisy(t, 0.01)


@kind('lowercase_no_punct_texts')
def k_lower():
    a, b = person(), person()
    v = R.randrange(3)
    if v == 0:
        t = T('''
            hey its {a} new number btw save it {ph}
            also {b} said the party moved to hers {ad}
            bring {prod} for the cake lol
            ''', a=N(a, 'first'), ph=P_(), b=N(b, 'first'), ad=A(pick(['uk', 'us', 'ng', 'gh', 'in'])), prod=pick(['joy dish soap', 'ben & jerry\'s', 'sara lee']))
    elif v == 1:
        t = T('''
            omw to {b}s now
            u remember {c} from school she lives in {loc} now married to some guy called {d}
            ring me {ph} when ur free
            ''', b=N(b, 'first'), c=N(person(), 'full'), loc=city(), d=N(person(), 'first'), ph=P_())
    else:
        t = T('''
            mum said send grandpa s birthday card to {ad} not the old one
            and his mobile changed its {ph} now
            dont tell {a} i told u
            ''', ad=A(), ph=P_(), a=N(a, 'first'))
    return lowerp(t)


@kind('surname_only_site_foreman_updates')
def k_foreman():
    ps = people(5, word=False)
    t = T('''
        site update {d}
        spoke to {a} again re the scaffold, still no permit. {b} off sick, {c} covering plot 14. skip lorry blocked {st} for an hour, neighbour at {ad} came out shouting - gave her my number {ph} and said {dd} would call about the drive.
        {e} says concrete pour moved to thurs. {a} not happy.
        ''', d=date_s(), a=N(ps[0], 'last'), b=N(ps[1], 'last'), c=N(ps[2], 'last'), st=LOC(pick(UK_ST)), ad=A('uk'), ph=P_('uk'),
        dd=N(ps[3], 'last'), e=N(ps[4], 'last'))
    return noisy(lowerp(t) if R.random() < 0.4 else t, 0.03)


def cc2():
    return R.choices(list(ADDR), [ADDR_W[k] for k in ADDR])[0]


@kind('tenants_association_newsletter_prose')
def k_tenants():
    ps = people(5)
    return T('''
        NEWS FROM THE {blk} TENANTS' ASSOCIATION
        Welcome to our new neighbours {a} and family in flat {n}! {a2} is a trained electrician and has kindly offered to look at the stairwell lights.
        The lift: {b} from the housing office says the part is "on order". If you have mobility needs and are stuck, ring {c} on {ph} and she will organise help with shopping.
        The committee now meets at {cm}'s flat ({ca}) on the first Monday. Minutes are taken by {dd}.
        Congratulations to {e} on becoming a grandmother (twice in one week!!).
        ''', blk=pick(['GRACE HOUSE', 'MASON COURT', 'HUNTER TOWER', 'IVY ESTATE']), a=N(ps[0], 'full'), n=_n(2, 120), a2=N(ps[0], 'first'),
        b=N(ps[1], 'full'), c=N(ps[2], 'first'), ph=P_('uk'), cm=N(ps[3], 'first'), ca=A('uk'), dd=N(ps[4], 'full'), e=N(person(), 'full'))


@kind('church_bulletin_prayer_and_thanks')
def k_church():
    ps = people(5)
    return T('''
        PRAYER REQUESTS this week: for {a}, recovering from surgery at {hosp}; for the {fam} family as they travel back to {loc}; for Brother {b} who is looking for work.
        THANK YOU to Sister {c} and the women's fellowship for the jollof and the puff-puff at Sunday's harvest. Plates can be collected from {c2}'s house, {ad}.
        Youth choir practice moves to Saturdays. Contact Pastor {pastor} ({ph}) or Deacon {dcn}.
        ''', a=N(ps[0], 'full'), hosp=pick(['St Thomas\'', 'King\'s', 'the General']), fam=N(ps[1], 'last'), loc=anyloc(),
        b=N(ps[2], pick(['first', 'full'])), c=N(ps[3], 'full'), c2=N(ps[3], 'first'), ad=A(pick(['uk', 'us', 'ng', 'gh', 'ca'])),
        pastor=N(ps[4], pick(['last', 'full'])), ph=P_(), dcn=N(person(), 'last'))


@kind('relationship_advice_forum_post')
def k_relad():
    bf, mil = person(), person()
    t = T('''
        AITA for refusing to let my MIL stay with us for 3 months?
        Throwaway bc my husband {h} knows my main. His mum ({m}) wants to come from {loc} for the baby and stay the whole summer. We live in a 1-bed in {loc2}. I said 3 weeks max. {h2} says in his culture that's an insult. His sister {s} then texted me from {ph} (new number I guess??) calling me selfish.
        edit: people asking, yes I've met {m2} and I like her, it's not about her
        edit 2: please stop DMing me, I'm not giving out our address lol
        ''', h=N(bf, 'first'), m=N(mil, 'full'), loc=anyloc(), loc2=city(), h2=N(bf, 'first'), s=N(person(), 'first'), ph=P_(), m2=N(mil, 'first'))
    return noisy(t, 0.02)


@kind('reunion_committee_email')
def k_reunion():
    ps = people(8)
    body = T('''
        Hi everyone (class of '04!!),
        Twenty years, can you believe it. Quick update from the committee:
        - Venue is booked: the function room at {ven}, {va}. {a} negotiated a discount bc her cousin owns it.
        - Still can't find {b}, {c} or {dd}. Last we heard {b2} was in {l1} and {c2} married someone from {l2}. If you're in touch with any of them pls forward this.
        - {e} is doing the slideshow. Send old photos to {em}, NOT the group chat, it crashed last time.
        - Payments ({pr} pp) to {f}, details below. If you'd rather pay cash she's happy to collect, just text {ph}.
        Account name {f_full}, IBAN {ib}
        - {g} can't come (she's in {l3}) but sent a video 😭

        In memory of {h}, who we miss every day.

        x {sign}
        ''', ven=pick(['The Red Lion', 'The Mason\'s Arms', 'Grace Hall', 'the old rugby club']), va=A('uk'), a=N(ps[0], 'first'),
        b=N(ps[1], 'full'), c=N(ps[2], 'full'), dd=N(ps[3], 'full'), b2=N(ps[1], 'first'), l1=city(), c2=N(ps[2], 'first'), l2=country(),
        e=N(ps[4], 'first'), em=E(ps[4]), pr=price(), f=N(ps[5], 'first'), ph=P_('uk'), f_full=N(ps[5], 'full'), ib=IBN(iban_str('GB')),
        g=N(ps[6], 'first'), l3=anyloc(), h=N(ps[7], 'full'), sign=N(ps[0], 'first'))
    return body


@kind('baby_shower_invite_message')
def k_baby():
    mom, host = person(), person()
    return T('''
        🍼💛 You're invited to a baby shower for {m}! 💛🍼
        {d} at {tm}, hosted at {h}'s place: {a}
        Theme is {fic} (don't ask 😂). Registry is at {brand}.
        RSVP to {h2} by text: {ph} or {em}
        PS it's a surprise so DON'T tell {m2}!!
        ''', m=N(mom, 'full'), d=date_s(), tm=time_s(), h=N(host, 'first'), a=A(), fic=pick(FICTION), brand=pick(['John Lewis', 'Target', 'Mothercare', 'Amazon']),
        h2=N(host, 'first'), ph=P_(), em=E(host), m2=N(mom, 'first'))


@kind('memorial_service_logistics_text')
def k_memorial():
    dec, sib, cousin = person(), person(), person()
    cc = cc2()
    return T('''
        Hi all, details for Dad's service. It's {d}, {tm}, at {church}, {a}.
        After that, everyone is welcome back to {sib}'s house, {a2}. Please don't bring food, {cousin} has organised the caterers.
        If you're flying in from {loc}, {cousin2} can collect from the airport, his number is {ph}.
        Dad ({dec}) would have hated a fuss so wear colour if you like.
        ''', d=date_s(), tm=time_s(), church=pick(['St Mary\'s', 'the Redeemed Christian Church', 'Holy Cross', 'the crematorium chapel']),
        a=A(cc), sib=N(sib, 'first'), a2=A(cc), cousin=N(cousin, 'full'), loc=anyloc(), cousin2=N(cousin, 'first'), ph=P_(), dec=N(dec, 'full'))


@kind('roommate_wanted_post')
def k_roommate():
    me = person()
    cc = pick(['uk', 'us', 'ca', 'au', 'ie'])
    return noisy(T('''
        Room available from {d} in a 3-bed near {area}. {pr}/month incl bills. We're {me} ({job}) and {other} (PhD student, quiet, plays cello badly). House is at {a} - 5 min from the bus stop on {st}.
        No smokers pls. Message me here or WhatsApp {ph}. Viewings weekday evenings.
        ''', d=date_s(), area=city(), pr=price(), me=N(me, 'first'), job=pick(['nurse', 'junior dev', 'barista', 'paralegal']),
        other=N(person(), 'first'), a=A(cc), st=LOC(pick(UK_ST + US_ST)), ph=P_(cc)), 0.03)


@kind('commuter_rideshare_offer_post')
def k_ride():
    me = person()
    return lowerp(T('''
        Driving {a} -> {b} mon-thurs, leave 7:15 back 5:30. 2 seats. Split fuel {pr}/wk. Can pick up anywhere along the route, I'm on {st}. Text {me} {ph}, no calls during the day pls
        ''', a=city(), b=city(), pr=price(), st=LOC(pick(UK_ST + US_ST)), me=N(me, 'first'), ph=P_())) if R.random() < 0.4 else T('''
        Driving {a} -> {b} mon-thurs, leave 7:15 back 5:30. 2 seats. Split fuel {pr}/wk. Can pick up anywhere along the route, I'm on {st}. Text {me} {ph}, no calls during the day pls
        ''', a=city(), b=city(), pr=price(), st=LOC(pick(UK_ST + US_ST)), me=N(me, 'first'), ph=P_())


@kind('character_reference_letter')
def k_charref():
    subj, me = person(), person()
    cc = cc2()
    return T('''
        To the Court / Whom It May Concern,
        I am writing in support of {s}, whom I have known for nine years through my work as a youth football coach in {loc}. I first met {s2} when he was fourteen and he has since become an assistant coach himself.
        {s3} has always been honest with me. When his mother, {mum}, was unwell, he cared for her while working at {brand}.
        I can be contacted at {a}, on {ph}, or by email at {em} if you require anything further.
        Sincerely,
        {me}
        ''', s=N(subj, 'full'), loc=city(), s2=N(subj, 'first'), s3=N(subj, 'first'), mum=N(person(), 'full'), brand=pick(BRANDS),
        a=A(cc), ph=P_(cc if cc in PHONES else None), em=E(me), me=N(me, 'full'))


@kind('noise_complaint_to_council')
def k_noise():
    me = person()
    return noisy(T('''
        Dear Environmental Health,
        I'm reporting (again) the noise from the flat above me. I live at {a} and the problem flat is directly above. The tenant, I believe his name is {t}, has parties until 4am most weekends. I've spoken to the landlord, {ll}, who said "boys will be boys".
        Case ref from last time: {ref}. Please ring me on {ph} rather than writing, post goes missing in our block.
        {me}
        ''', a=A(pick(['uk', 'uk', 'ie'])), t=N(person(), 'full'), ll=N(person(), pick(['full', 'last'])), ref=f'EH/{digits(5)}/{digits(2)}',
        ph=P_(pick(['uk', 'ie'])), me=N(me, 'full')), 0.02)


@kind('bookclub_hosting_rotation_chat')
def k_bookclub():
    ps = people(5)
    lines = [T('{a}: ok so next month is at {b}s!! {ad}', a=N(ps[0], 'first'), b=N(ps[1], 'first'), ad=A()),
             T('{b}: yes!! parking is awful, come by bus. book is the new one by {au}', b=N(ps[1], 'first'),
               au=N(person(), 'full')),
             T('{c}: is it the {title} one? i couldnt get past chapter 2 tbh', c=N(ps[2], 'first'), title=pick(['Grace', 'Summer', 'Hope Street', 'Ivy'])),
             T('{dd}: I\'ll bring wine. {e} is bringing her sister {sis} from {loc}, hope thats ok', dd=N(ps[3], 'first'), e=N(ps[4], 'first'),
               sis=N(person(), 'first'), loc=city()),
             T('{a}: the more the merrier 🍷', a=N(ps[0], 'first'))]
    out = []
    for ln in lines:
        out += ln + ['\n']
    return out[:-1]


@kind('housewarming_invite_with_directions')
def k_housewarm():
    a, b = person(), person()
    cc = cc2()
    return T('''
        We finally have a house!!! 🏡 Come celebrate on {d} from {tm}.
        New address: {ad}
        It's the one with the {prod} door (yes really). Coming from the station, turn left at {shop} and it's the third on the right. If you get lost call {a1} ({ph1}) or {b1} ({ph2}), {b2} never picks up so try {a1b} first.
        Kids and dogs welcome. BYOB.
        ''', d=date_s(), tm=time_s(), ad=A(cc, multi=R.random() < 0.5), prod=pick(['Hunter Green', 'Rose Gold', 'Pearl White']),
        shop=pick(['the Tesco Express', 'Aldi', 'the chippy']), a1=N(a, 'first'), ph1=P_(cc if cc in PHONES else None), b1=N(b, 'first'),
        ph2=P_(cc if cc in PHONES else None), b2=N(b, 'first'), a1b=N(a, 'first'))


@kind('pet_sitter_handover_note')
def k_petsit():
    own, vet = person(), person()
    return T('''
        Hi {sit}! Thanks so much for doing this.
        - {dog} eats twice a day, half a scoop. NO {brand} treats, they make him sick.
        - Vet is Dr {vet} at the surgery on {st}, {vph}
        - Spare key is with {nb} at number {n}
        - Emergency: me {ph} or my brother {bro} {ph2}
        - We're in {loc} until Sunday
        Love, {own}
        ''', sit=N(person(), 'first'), dog=pick(['Bailey', 'Mango', 'Sir Reginald', 'Pepper']), brand=pick(['Bakers', 'Pedigree', 'Mason\'s']),
        vet=N(vet, 'last'), st=LOC(pick(UK_ST)), vph=P_(), nb=N(person(), 'first'),
        n=_n(2, 60), ph=P_(), bro=N(person(), 'first'), ph2=P_(), loc=anyloc(), own=N(own, 'first'))


@kind('babysitter_fridge_note')
def k_babysit():
    p1, p2 = person(), person()
    return T('''
        {sitter} -
        bedtime 7.30 for {kid}, can watch ONE {fic} episode
        we're at the {rest} on {st}, back by 11
        {p1} mobile {ph1}
        {p2} mobile {ph2}
        if you can't reach us: Nana ({nana}) {ph3}
        our address for 999 is {ad}
        help yourself to the ben & jerry's x
        ''', sitter=N(person(), 'first'), kid=pick(['the kids', 'both of them', 'the little one']),
        fic=pick(FICTION), rest=pick(['Nando\'s', 'Thai place', 'Italian']), st=LOC(pick(UK_ST)), p1=N(p1, 'first'), ph1=P_('uk'), p2=N(p2, 'first'),
        ph2=P_('uk'), nana=N(person(), 'full'), ph3=P_('uk'), ad=A('uk'))


@kind('garage_sale_neighbour_flyer')
def k_garage():
    me = person()
    cc = pick(['us', 'us', 'ca', 'au'])
    return T('''
        *** MOVING SALE ***
        Saturday {d}, 8am-2pm, rain or shine
        {ad}
        Furniture, kids bikes, a {prod} KitchenAid, {brand} jackets (men's L), books, vinyl.
        Early birds: NO. Cash or Venmo.
        Questions? text {me} at {ph}
        ''', d=date_s(), ad=A(cc, multi=R.random() < 0.5), prod=pick(['Rose Gold', 'Pearl White', 'Hunter Green']), brand=pick(BRANDS),
        me=N(me, 'first'), ph=P_(cc))


@kind('bakery_shoutout_caption')
def k_bakery():
    c, staff = person(), person()
    return T('''
        Huge congratulations to {c} & {c2} on their wedding yesterday 🎉 Three tiers of {prod} with passionfruit, delivered all the way to {loc}! Thank you to {s} for driving it with the air con on max 😂 Orders for December are open - DM us or call the shop, {ph}.
        #smallbusiness #weddingcake #{tag}
        ''', c=N(c, 'first'), c2=N(person(), 'first'), prod=pick(['Victoria sponge', 'Earl Grey', 'Honey Glow']), loc=anyloc(), s=N(staff, 'first'),
        ph=P_(), tag=pick(['lagosbakers', 'leedsfood', 'manilacakes', 'brumbakes']))


@kind('freelancer_payment_chase_dm')
def k_freelance():
    me, cl = person(), person()
    cc = pick(['DE', 'FR', 'NL', 'ES', 'PL', 'IE', 'PT', 'LT', 'GB'])
    return noisy(T('''
        hey {cl}, sorry to chase again 🙏 invoice {inv} for the logo work is now 40 days overdue. could you (or whoever does accounts, {acc}?) send it to my account:
        {me_full}
        IBAN {ib}
        if your bank needs my address its {ad}. thanks!! {me}
        ''', cl=N(cl, 'first'), inv=f'INV-{digits(4)}', acc=N(person(), 'first'), me_full=N(me, 'full'), ib=IBN(iban_str(cc)),
        ad=A(), me=N(me, 'first')), 0.02)


@kind('deposit_return_request_email')
def k_deposit():
    me, ll = person(), person()
    return T('''
        Dear {ll},
        I moved out of {old} on {d} and returned both keys to your agent, {ag}. The check-out report shows no damage apart from the scuff you already knew about.
        Please return my deposit of {pr} to:
        Account holder: {me}
        IBAN: {ib}
        My new address for any post is {new}.
        Kind regards,
        {me2}
        {ph}
        ''', ll=PER(ll.form('full')) if R.random() < 0.5 else [('Mr ' if R.random() < 0.5 else 'Ms '), N(ll, 'last')], old=A(), d=date_s(),
        ag=N(person(), 'full'), pr=price(), me=N(me, 'full'), ib=IBN(iban_str(pick(['GB', 'IE', 'DE', 'NL', 'BE', 'FR']))),
        new=A(multi=False), me2=N(me, 'first'), ph=P_())


@kind('medical_fundraiser_update')
def k_fund():
    pt, org = person(), person()
    return T('''
        UPDATE #{n}: {p} is out of surgery!! 🙏 The doctors in {loc} say the next 6 weeks are critical. Thank you to every single one of you, we are at {pct}% of the target.
        Special thanks to {a}, {b} and the whole {c} family, and to {dd} who ran the {town} half marathon in a {fic} costume for this.
        Some of you asked where to send cards: {p2}'s mum's address is {ad}. For anything urgent contact me ({o}) on {ph}.
        ''', n=_n(2, 9), p=N(pt, 'full'), loc=city(), pct=_n(40, 96), a=N(person(), 'full'), b=N(person(), 'first'), c=N(person(), 'last'),
        dd=N(person(), 'first'), town=city(), fic=pick(FICTION), p2=N(pt, 'first'), ad=A(), o=N(org, 'first'), ph=P_())


@kind('engagement_announcement_post')
def k_engage():
    a, b = person(), person()
    return T('''
        SHE SAID YES 💍😭 After 6 years, two countries and one very patient dog, {a} and I are getting married! Proposed on the beach in {loc} where we met. Thank you {c} for hiding the ring in your bag for a week and to {dd} for the photos.
        Mum, Dad ({par}), sorry you found out from Facebook lol
        — {me}
        ''', a=N(a, 'first'), loc=anyloc(), c=N(person(), 'first'), dd=N(person(), 'full'), par=N(person(), 'full'), me=N(b, 'full'))


@kind('graduation_party_invite')
def k_grad():
    g, p = person(), person()
    cc = pick(['us', 'us', 'ph', 'ng', 'in', 'ca'])
    return T('''
        🎓 {g} GRADUATED! 🎓
        Join us to celebrate our {deg} graduate on {d} at {tm}
        📍 {ad}
        Lechon / jollof / cake, you know the drill.
        Please RSVP with {p} at {ph} or {em}
        No gifts needed but if you insist, {g2} wants a {brand} gift card 🙃
        ''', g=PER(g.form('full').upper()), deg=pick(['nursing', 'engineering', 'MBA', 'BSc']), d=date_s(), tm=time_s(), ad=A(cc, multi=R.random() < 0.3),
        p=N(p, 'first'), ph=P_(cc), em=E(p), g2=N(g, 'first'), brand=pick(['Target', 'Trader Joe\'s', 'Sam\'s Club']))


@kind('under11_coach_weekly_email')
def k_coach():
    ps = people(6)
    return noisy(T('''
        Hi parents,
        Great result Saturday! Player of the match: {a} (two saves!!). Well done also to {b} and {c} for playing up a position.
        This week's away game is at {club}, {ad}. Meet 9:15. Car share: {dd} has 3 spaces, {e} has 2.
        Subs: please pay {pr} to the club treasurer {f} - she's doing a chase this week.
        If your child can't make it text me on {ph}, don't message the group.
        Coach {me}
        ''', a=N(ps[0], 'first'), b=N(ps[1], 'first'), c=N(ps[2], 'first_ini'), club=pick(['Grace Road FC', 'Hunter Park Juniors', 'St Joseph\'s']),
        ad=A(pick(['uk', 'uk', 'ie', 'au', 'us'])), dd=N(ps[3], 'first'), e=N(ps[4], 'full'), pr=price(), f=N(ps[5], 'full'), ph=P_('uk'),
        me=N(person(), pick(['first', 'last']))), 0.02)


@kind('hoa_fence_dispute_email')
def k_hoa():
    me, nb, pres = person('us'), person(), person()
    return T('''
        To the HOA Board,
        I am writing about the fence my neighbor {nb} installed between {mine} and {theirs} without approval. It's eight inches onto our side. I've attached the survey. When I raised it, {nb2} told me to "take it up with {pres}", so here I am.
        {pres_t} {pres2}, I left you two voicemails at {ph}. Please add this to the agenda for the {d} meeting.
        {me}
        Lot {lot}
        ''', nb=N(nb, 'full'), mine=A('us'), theirs=A('us'), nb2=N(nb, 'first'), pres=N(pres, 'full'), pres_t=pick(['Mr.', 'Mrs.', 'Ms.']),
        pres2=N(pres, 'last'), ph=P_('us'), d=date_s(), me=N(me, 'full'), lot=_n(10, 300))


@kind('tradesperson_recommendation_replies')
def k_trades():
    asker = person()
    out = T('''
        {a} asked: Can anyone recommend a plumber in {area} who actually turns up?? Kitchen tap has been dripping for 3 weeks 😩
        ''', a=N(asker, 'full'), area=LOC(pick(['Walthamstow', 'Chorlton', 'Headingley', 'Roath', 'Moseley', 'Leith'])))
    for _ in range(R.randint(4, 14)):
        rp, tp = person(), person()
        v = R.randrange(6)
        if v == 0:
            r = T('{r}: {t} is brilliant, did our boiler. {ph}', r=N(rp, 'full'), t=N(tp, 'full'), ph=P_('uk'))
        elif v == 1:
            r = T('{r}: +1 for {t}!! tell him {r2} sent you 😂', r=N(rp, 'full'), t=N(tp, 'first'), r2=N(rp, 'first'))
        elif v == 2:
            r = T('{r}: avoid the guy from {brand} Plumbing, charged us {pr} for nothing', r=N(rp, 'full'), brand=pick(['Mason', 'Hunter', 'Will Power', 'Sunny']), pr=price())
        elif v == 3:
            r = T('{r}: {t}\'s son {s} does taps and small jobs, cheap. his number is {ph} or email {em}', r=N(rp, 'full'), t=N(tp, 'last'),
                  s=N(person(), 'first'), ph=P_('uk'), em=E(tp))
        elif v == 4:
            r = T('{r}: following', r=N(rp, 'full'))
        else:
            r = T('{r}: we used {t} from {loc}, he travels. came same day. lives round the corner from us on {st} actually', r=N(rp, 'full'),
                  t=N(tp, 'full'), loc=city(), st=LOC(pick(UK_ST)))
        out += ['\n\n'] + r
    return out


@kind('travel_blog_host_thanks')
def k_travel():
    h, h2 = person(), person()
    cc = pick(['vn', 'ph', 'in', 'gh', 'et', 'mx', 'br', 'kr', 'ir'])
    return T('''
        Day 14 — {loc}
        I cannot write this post without thanking {h} and her husband {h2}, who hosted us for four nights at their homestay. {hf} cooked breakfast every morning and her son {son} took us on his motorbike to the market. If you're passing through, stay with them: {ad}. They don't have a website, just WhatsApp {ph}. Tell them the two tall Brits sent you!
        ''', loc=city(), h=N(h, 'full'), h2=N(h2, 'first'), hf=N(h, 'first'), son=N(person(cc), 'first'), ad=A(cc), ph=P_(cc))


@kind('language_exchange_partner_post')
def k_langex():
    me = person(pick(['kr', 'jp', 'br', 'pl', 'ir', 'vn', 'cn', 'mx']))
    return noisy(T('''
        Hi! I'm {me}, 28, from {loc}, living in {loc2} for work. I want to practise English (my level is B1 maybe) and I can help you with {lng}. Coffee near {st} on weekends? My friend {fr} did this and found a nice partner. Kakao/WhatsApp {ph} or email {em}. No dating please!!
        ''', me=N(me, pick(['first', 'full'])), loc=city(), loc2=city(), lng=pick(['Korean', 'Portuguese', 'Polish', 'Farsi', 'Vietnamese', 'Spanish', 'Mandarin']),
        st=LOC(pick(UK_ST + US_ST)), fr=N(person(), 'first'), ph=P_(), em=E(me)), 0.04)


@kind('visa_invitation_letter_family')
def k_visa():
    host, guest = person(), person()
    gcc = pick(['ng', 'gh', 'in', 'ph', 'et', 'ir', 'vn', 'br'])
    hcc = pick(['uk', 'us', 'ca', 'ie', 'au'])
    return T('''
        To the Visa Officer,
        I, {h}, of {ha}, hereby invite my {rel} {g}, residing at {ga}, to visit me from {d1} to {d2} for the christening of my daughter.
        I will provide accommodation at my home and cover all expenses. {g2} will return to {c} at the end of the visit as she runs a pharmacy there.
        Telephone: {hph}
        Email: {hem}
        Signed,
        {h2}
        ''', h=N(host, 'full'), ha=A(hcc), rel=pick(['mother', 'sister', 'aunt', 'mother-in-law']), g=N(guest, 'full'), ga=A(gcc),
        d1=date_s(), d2=date_s(), g2=N(guest, 'first'), c=country(), hph=P_(hcc), hem=E(host), h2=N(host, 'full'))


@kind('fender_bender_witness_statement')
def k_witness():
    me, d1, d2 = person(), person(), person()
    return T('''
        I was waiting at the lights at the junction of {s1} and {s2} at about {tm}. The blue Corolla driven by a woman I now know is {a} was stationary. A white van reversed into her. The van driver ({b}) got out and said "it's only a scratch". I gave my details to both drivers. I can be reached on {ph} or at {ad}.
        Signed {me}
        ''', s1=LOC(pick(UK_ST + US_ST)), s2=LOC(pick(UK_ST + US_ST)), tm=time_s(), a=N(d1, 'full'), b=N(d2, pick(['full', 'first'])), ph=P_(), ad=A(),
        me=N(me, 'full'))


@kind('doorbell_camera_incident_post')
def k_doorbell():
    me = person()
    return T('''
        Heads up neighbours - doorbell cam caught someone trying car doors on {st} around 2am. Hoodie, grey trainers. Reported to police, ref {ref}. If anyone on {st2} has footage please send it to me ({me}) at {em} or text {ph}. Also whoever parks the {prod} Mini across our drive every Sunday... please don't 😅
        ''', st=LOC(pick(UK_ST + US_ST)), ref=orderno(), st2=LOC(pick(UK_ST)), me=N(me, 'first'), em=E(me), ph=P_(),
        prod=pick(['Rose Gold', 'Hunter Green', 'Pearl White']))


@kind('holiday_let_host_checkin_message')
def k_hostci():
    g, h = person(), person()
    cc = pick(['uk', 'ie', 'fr', 'it', 'es', 'pl', 'de', 'au', 'nz'])
    return T('''
        Hi {g}! Welcome 😊 Check-in from 3pm. The address is {ad} (satnav sometimes takes you to the farm behind, ignore it).
        Keysafe by the door, code is the year the house was built lol - {code}. WiFi: GraceCottage_5G / pw on the fridge.
        My cleaner {c} might pop by Saturday to drop towels. Any problem at all call me, {h}, on {ph}.
        ''', g=N(g, 'first'), ad=A(cc), code=_n(1850, 1930), c=N(person(), 'first'), h=N(h, 'first'), ph=P_(cc))


@kind('new_address_announcement_to_friends')
def k_moved():
    a, b = person(), person()
    cc = cc2()
    return T('''
        Hello lovely people! We've moved 📦 Please update your address books (and Christmas card lists 😉):
        {a} & {b}
        {ad}
        New landline {ph} (mobiles unchanged). Emails stay the same except {a2}'s work one, which is now {em}.
        Spare room is ready, come visit {loc}!
        ''', a=N(a, 'full'), b=N(b, 'first'), ad=A(cc, multi=True), ph=P_(cc if cc in PHONES else None), a2=N(a, 'first'), em=E(a, pick(['nhs.net', 'wipro.com', 'accenture.com', 'dangote.com'])),
        loc=city())


@kind('holiday_card_address_swap_chat')
def k_cards():
    ps = people(4)
    out = []
    for i, p in enumerate(ps):
        v = R.randrange(3)
        if v == 0:
            l = T('{p}: mine is {ad}', p=N(p, 'first'), ad=A(low=R.random() < 0.4))
        elif v == 1:
            l = T('{p}: same as last year except we\'re now {ad} (moved in june!!)', p=N(p, 'first'), ad=A())
        else:
            l = T('{p}: send to my mum\'s, {ad}, we\'re spending xmas in {loc}', p=N(p, 'first'), ad=A(), loc=anyloc())
        out += l + ['\n']
    out += T('{p}: ok got everyone except {q}, can someone ask her', p=N(ps[0], 'first'), q=N(person(), 'full'))
    return out


@kind('thank_you_letter_to_ward_staff')
def k_ward():
    pt = person()
    ns = people(3)
    return T('''
        To everyone on Ward {w},
        I wanted to say thank you for looking after my dad, {p}, for the two weeks he was with you in {mon}. Nurse {a} sat with him at night when he was confused, {b} the healthcare assistant always remembered he takes two sugars, and Dr {c} explained everything to us in plain English (and in {lng} to dad!).
        He is home now at {ad} and driving my mum mad, which is how we know he's better.
        With love and gratitude,
        {me} & family
        ''', w=pick(['7B', '12', 'Jasmine', 'Ocean', '4']), p=N(pt, 'full'), mon=pick(['March', 'October', 'January']), a=N(ns[0], 'first'),
        b=N(ns[1], 'first'), c=N(ns[2], 'last'), lng=pick(['Yoruba', 'Punjabi', 'Tagalog', 'Polish', 'Amharic', 'Farsi', 'Twi']),
        ad=A(pick(['uk', 'uk', 'ie', 'au', 'ca'])), me=N(person(pt.cult), 'first'))


@kind('scam_caller_warning_post')
def k_scam():
    victim, scam = person(), person()
    return T('''
        ⚠️ WARNING ⚠️ my mum ({v}) got a call today from someone saying they were from her bank, said his name was "{s}" and the number came up as {ph}. He knew her address ({ad}) and her date of birth!! She nearly gave him her card number. If you get a call from {ph2} DO NOT ANSWER. Reported to Action Fraud. Share please.
        ''', v=N(victim, 'first'), s=N(scam, 'full'), ph=P_(), ad=A(), ph2=P_())


@kind('rent_split_message_with_bank')
def k_rentsplit():
    me = person()
    ps = people(2)
    return lowerp(T('''
        ok rent split for {mon}: {a} {p1}, {b} {p2}, me {p3}. send to {me_full} {ib} by the 28th pls!! landlord ({ll}) is already being weird
        ''', mon=pick(['march', 'july', 'sept']), a=N(ps[0], 'first'), p1=price(), b=N(ps[1], 'first'), p2=price(), p3=price(),
        me_full=N(me, 'full'), ib=IBN(iban_str(pick(['GB', 'IE', 'DE', 'NL', 'ES', 'FR']))), ll=N(person(), 'last'))) if R.random() < 0.5 else T('''
        Rent for {mon} - {a}: {p1}, {b}: {p2}. Pay to {me_full}, IBAN {ib}. Bills app split the rest. Ta!
        ''', mon=pick(['March', 'July', 'September']), a=N(ps[0], 'first'), p1=price(), b=N(ps[1], 'first'), p2=price(),
        me_full=N(me, 'full'), ib=IBN(iban_str(pick(['GB', 'IE', 'DE', 'NL', 'ES', 'FR']))))


@kind('secondhand_sale_pickup_arrangement')
def k_secondhand():
    b, s = person(), person()
    lines = [T('{b}: hi is the {item} still available?', b=N(b, 'first'), item=pick(['pram', 'Rose Gold bike', 'bookcase', 'Hunter wellies (size 6)', 'PS4'])),
             T('{s}: yes! collection only from {ad}', s=N(s, 'first'), ad=A()),
             T('{b}: great, my husband {h} can come tomorrow after 6? his number {ph}', b=N(b, 'first'), h=N(person(), 'first'), ph=P_()),
             T('{s}: perfect, ring the bell for flat {n}. cash pls', s=N(s, 'first'), n=_n(1, 30))]
    out = []
    for l in lines:
        out += l + ['\n']
    return out[:-1]


@kind('salon_review_naming_stylist')
def k_salon():
    s, s2 = person(), person()
    return noisy(T('''
        {stars} {s} is a genius with curly hair!!! I came in with a photo of {celeb_like} and left looking better than the photo lol. {s2} did my nails while I waited, {shade} gel, obsessed. Only downside is parking on {st}. Book with {s3} directly on {ph} she's always booked out on the app
        ''', stars=pick(['⭐⭐⭐⭐⭐', '5 stars', '10/10']), s=N(s, 'first'), celeb_like=pick(['a Pinterest pic', 'my cousin\'s wedding hair', 'a TikTok']),
        s2=N(s2, 'first'), shade=pick(['Rose Gold', 'Honey Glow', 'Autumn Blush', 'Pearl White']), st=LOC(pick(UK_ST + US_ST)), s3=N(s, 'first'), ph=P_()), 0.03)


@kind('restaurant_review_naming_server')
def k_rest():
    w, m = person(), person()
    return T('''
        Came for my mum's 70th. Our server {w} was fantastic — knew the whole menu, brought out a candle in the {prod} without us asking. Manager {m} came over to apologise when the mains were slow and took the wine off. The branch on {st} in {c} is still our favourite. Only complaint: a bloke at the next table (I think he said he was "{loud}") was shouting into his phone for 20 minutes.
        ''', w=N(w, pick(['first', 'first', 'full'])), prod=pick(['Victoria sponge', 'sticky toffee', 'Earl Grey panna cotta']), m=N(m, pick(['full', 'first'])),
        st=LOC(pick(UK_ST)), c=city(), loud=N(person(), 'full'))


@kind('hotel_review_thanking_concierge')
def k_hotel():
    c, h = person(), person()
    return T('''
        Stayed 5 nights in {loc} for our honeymoon. {c} at the concierge desk deserves a raise: she booked us a table nobody could get and even rang the restaurant again when they lost it. Housekeeping lady {h} left towel swans every day 🦢 Room was a bit dated. Ask for the sea view, and ask for {c2}!
        ''', loc=city(), c=N(c, pick(['first', 'full'])), h=N(h, 'first'), c2=N(c, 'first'))


@kind('csat_comment_agent_praise')
def k_csat():
    ag, me = person(), person()
    return T('''
        Q: Anything else you'd like to tell us?
        A: {ag} was so patient with my dad who doesnt speak great english, she switched to {lng}!! please tell her manager. Also can someone call him back at {ph} about the second bill, his name is {d} not "{wrong}" like on the letter
        ''', ag=N(ag, 'first'), lng=pick(['Hindi', 'Tagalog', 'Portuguese', 'Polish', 'Yoruba', 'Vietnamese', 'Spanish']), ph=P_(), d=N(me, 'full'),
        wrong=PER(me.last + ' ' + me.first))


@kind('card_details_sent_to_spouse_text', weight=1.8)
def k_cardspouse():
    me, sp = person(), person()
    return lowerp(T('''
        babe can u book the flights to {loc} tonight, use the joint card {cc} exp {m}/{y} cvv on the back ull need to check. name on it is {nm}. my passport is in the drawer
        ''', loc=anyloc(), cc=CCN(card_str()), m=f'{R.randint(1, 12):02d}', y=str(R.randint(26, 31)), nm=N(me, 'full'))) if R.random() < 0.5 else T('''
        {sp} - the gas man needs paying today and I'm at work. Card is {cc}, expiry {m}/{y}, it's in my name ({nm}). Don't give him the code over text!! Love you x
        ''', sp=N(sp, 'first'), cc=CCN(card_str()), m=f'{R.randint(1, 12):02d}', y=str(R.randint(26, 31)), nm=N(me, 'full'))


@kind('tax_season_text_to_accountant_cousin')
def k_taxcousin():
    me, cz, kid = person('us'), person(), person()
    return noisy(T('''
        hey {cz}! thanks again for doing our taxes 🙏 here's what you asked for:
        me: {me} SSN {s1}
        {sp}: {s2}
        {kid} (dependent): {s3}
        our address changed in may to {ad}. W2s are in the shared folder. I'll bring {brand} cookies lol
        ''', cz=N(cz, 'first'), me=N(me, 'full'), s1=SSN(ssn_str()), sp=N(person(), 'first'), s2=SSN(ssn_str()), kid=N(kid, 'first'), s3=SSN(ssn_str()),
        ad=A('us'), brand=pick(['Little Debbie', 'Trader Joe\'s', 'Sara Lee'])), 0.02)


@kind('home_router_help_forum_post')
def k_router():
    me = person()
    v4, v4b, v6 = ipv4(), ipv4(), ipv6()
    return T('''
        Title: port forwarding not working on new router??
        Set up a forward for my Plex server on {a}, external IP shows as {b} on whatsmyip. IPv6 address on the box is {c} if that matters. ISP is useless, tech called {tech} said "try turning it off and on". Anyone? Running {os}.
        — {me}
        ''', a=IPA(v4), b=IPA(v4b), c=IPA(v6), tech=N(person(), 'first'), os=pick(['Ubuntu 22.04', 'Windows 11', 'Unraid']), me=N(me, pick(['first', 'first_ini'])))


@kind('game_server_ban_appeal')
def k_ban():
    me, sib = person(), person()
    return noisy(lowerp(T('''
        ban appeal. ign: {ign}. i got banned for alt accounts but the other account is my brother {sib} we share the same wifi so the ip is the same ({ip}). he is 12. my mum {mum} can email you from {em} if u need proof. please unban i had 400 hours on the server
        ''', ign=pick(['xXshadowfoxXx', 'creeperslayer99', 'notabot_lol', 'sunnyD_gamer']), sib=N(sib, 'first'), ip=IPA(ipv4()), mum=N(person(), 'first'), em=E(person()))), 0.03)


@kind('family_history_forum_query')
def k_genealogy():
    anc, anc2, me = person(pick(['uk', 'pl', 'nl', 'in'])), person(), person()
    return T('''
        Looking for descendants of {a}, born about 1889 in {loc}, emigrated to {loc2} around 1912 with his wife {b} (née {bn}). Last known address in the 1921 census was {ad}. I believe a grandson, {c}, was still alive in the 1980s.
        I'm his great-granddaughter, {me}. Happy to share what I've got — email {em}.
        ''', a=N(anc, 'full'), loc=LOC(pick(['County Cork', 'Galicia', 'Silesia', 'Friesland', 'the Punjab', 'Lancashire'])), loc2=LOC(pick(['Liverpool', 'New York', 'Toronto', 'Melbourne', 'Pittsburgh'])),
        b=N(anc2, 'first'), bn=N(anc2, 'last'), ad=A(pick(['uk', 'us', 'ca', 'au'])), c=N(person(anc.cult), 'full'), me=N(me, 'full'), em=E(me))


@kind('scholarship_donor_thank_you_letter')
def k_scholar():
    me, donor = person(pick(['ng', 'gh', 'et', 'in', 'ph', 'vn', 'mx'])), person()
    return T('''
        Dear {d},
        My name is {me} and I am a first-year nursing student. I am writing to thank you for the {d2} Memorial Scholarship. I grew up in {loc}, where my mother {mum} sells fabric at the market, and without this I could not have left home.
        My teacher Mr {t} told me you also started as a nurse. I hope one day I can do what you did.
        If you would ever like to write back, my address at university is {ad}, or {em}.
        With deep gratitude,
        {me2}
        ''', d=[pick(['Mrs ', 'Dr ', 'Ms ', '']), N(donor, pick(['last', 'full']))], me=N(me, 'full'), d2=N(donor, 'last'), loc=city(), mum=N(person(me.cult), 'full'),
        t=N(person(), 'last'), ad=A(), em=E(me), me2=N(me, 'first'))


@kind('nanny_share_parents_email')
def k_nanny():
    a, b, nn = person(), person(), person()
    return T('''
        Hi {b},
        Lovely to meet you at the playground! As discussed, our nanny {n} (she's been with us 2 years, from {loc}) is happy to do a share from September, 3 days a week at ours ({ad}) and 2 at yours.
        Her number is {ph} if you want to chat to her directly. {n2} charges {pr}/hr gross; we'd split 50/50.
        My husband {h} will do the payroll stuff. Let me know!
        {a}
        ''', b=N(b, 'first'), n=N(nn, 'full'), loc=anyloc(), ad=A(), ph=P_(), n2=N(nn, 'first'), pr=price(), h=N(person(), 'first'), a=N(a, 'first'))


@kind('charity_run_sponsor_message')
def k_charity():
    me = person()
    return T('''
        Thank you SO much {a} for the {pr} 😭 and to {b}, {c} and "anonymous" (I know it was you {dd}). Running the {loc} 10k for the hospice that looked after my grandad {g}. If anyone wants to post a cheque instead, send it to me at {ad}!
        ''', a=N(person(), 'first'), pr=price(), b=N(person(), 'full'), c=N(person(), 'first'), dd=N(person(), 'first'), loc=city(), g=N(person(me.cult), 'full'),
        ad=A())


@kind('expat_group_question_post')
def k_expat():
    me = person()
    cc = pick(['de', 'fr', 'nl', 'es', 'it', 'pl', 'jp', 'kr', 'cn', 'ae', 'sg', 'br', 'mx'])
    return noisy(T('''
        Hi all, newbie here 👋 moved from {home} to {loc} last month. My landlord says my post should go to "{ad}" but nothing ever arrives. Is the format wrong?? Also anyone recommend an English-speaking GP? My colleague {c} suggested Dr {dr} but she's not taking patients. You can reach me on {ph} (local number, still getting used to it 😅)
        ''', home=country(), loc=city(), ad=A(cc), c=N(person(), 'first'), dr=N(person(), 'last'), ph=P_(cc)), 0.02)


@kind('wrong_delivery_neighbour_note')
def k_wrongdel():
    me, them = person(), person()
    return T('''
        Hi! I think this parcel is yours - it came to us at {mine} but it's addressed to {them} at {theirs}. The courier didn't even knock 🙄 Leaving it in your recycling box. If it's not yours, knock on {n} or text {ph}. {me}
        ''', mine=A(), them=N(them, 'full'), theirs=A(), n=_n(1, 99), ph=P_(), me=N(me, 'first'))


@kind('siri_dictated_text_spoken_number')
def k_dictated():
    me, f = person(), person()
    num = phone_str(pick(['uk', 'us', 'ie', 'ng', 'au']))
    return T('''
        Hi {f} it's {me} I'm driving so I'm talking to my phone can you call the plumber his name is {pl} his number is {sp} tell him we're at {ad} thank you love you
        ''', f=N(f, 'first'), me=N(me, 'first'), pl=N(person(), 'full'), sp=PH(spoken(num)), ad=A(low=True))


@kind('neighbourhood_group_weekly_digest_long', weight=1.5)
def k_digest():
    subs = [k_cat, k_doorbell, k_wrongdel, k_secondhand, k_garage, k_scam, k_roommate, k_charity, k_trades, k_allot, k_gw]
    out = T('''
        ===== {area} Neighbours — weekly digest ({d}) =====
        (posts copied from the group, admins: {a} & {b})
        ''', area=LOC(pick(['Walthamstow', 'Chorlton', 'Headingley', 'Roath', 'Moseley', 'Leith', 'Sandyford', 'Brixton'])), d=date_s(),
        a=N(person(), 'first'), b=N(person(), 'first'))
    for fn in R.sample(subs, R.randint(5, 8)):
        out += ['\n\n---\n'] + flat(fn())
    return out


def k_gw():
    return T('''
        Does anyone know if the bins are Tuesday or Wednesday this week with the bank holiday? Council website says one thing, app says another 🙄
        ''')


# ---------------------------------------------------------------- look-alike / no-PII kinds
@kind('lipstick_shade_debate_nopii', weight=2.2)
def k_shade():
    return noisy(T('''
        ok hear me out: {a} is NOT the same as {b}, the undertone is totally different. I wore {a} to my cousin's wedding and everyone asked. The {brand} version is closer to {c} honestly. Also why is every shade called after a girl's name now 😂 "Grace", "Hope", "Ivy"... next it'll be "Sharon".
        ''', a=pick(['Rose Gold', 'Honey Glow', 'Autumn Blush']), b=pick(['Pearl White', 'Summer Breeze', 'Dawn']), brand=pick(['Charlotte Tilbury', 'Jo Malone', 'Sally Hansen', 'Kate Spade']),
        c=pick(['Pillow Talk', 'Ruby Woo', 'Victoria'])), 0.02)


@kind('kids_party_theme_ideas_nopii', weight=2.2)
def k_theme():
    f1, f2 = pick(FICTION), pick(FICTION)
    return T('''
        Need ideas for a 5th birthday!! She's obsessed with {a} but her brother only likes {b}. Thinking a {a} cake from {brand} and {b} balloons? Last year we did {c} and it was chaos. Budget about {pr}. Party is {d}, 20 kids 😬
        ''', a=f1, b=f2, brand=pick(['Marks & Spencer', 'Sainsbury\'s', 'Sara Lee', 'Costco']), c=pick(FICTION), pr=price(), d=date_s())


@kind('order_number_confusion_nopii', weight=2.2)
def k_ordernum():
    return T('''
        Hi, I've got two emails - one says order {a}, the other says {b}. The tracking number is {c}. Are these the same order? I only bought one {prod}. The reference on my bank statement is {dd}. I'd prefer a reply by email please, not a call. Thanks
        ''', a=orderno(), b=orderno(), c=orderno(), prod=pick(PRODUCTS), dd=f'{digits(4)} {digits(3)} {digits(4)}')


@kind('gift_ideas_brand_names_nopii', weight=2.2)
def k_giftideas():
    bs = R.sample(BRANDS, 4)
    return T('''
        Gift ideas for a dad who has everything? So far: {a} socks, a {b} wallet, {c} ice cream vouchers (lol), or the {prod}. He said "don't spend money on me" which means he'll sulk if I don't. Under {pr} ideally. He likes gardening, {f} and cricket.
        ''', a=bs[0], b=bs[1], c=bs[2], prod=pick(PRODUCTS), pr=price(), f=pick(['Sherlock Holmes', 'Mr Bean', 'Gandalf films']))


@kind('allotment_tips_post_nopii', weight=2.2)
def k_allot():
    return T('''
        Tip for anyone new to the plots: the {a} tomatoes did far better than {b} this year, and the {c} beans were useless. Put the netting up BEFORE the pigeons find you. Compost bins by gate 3 are for everyone, not just the {d} lot. Meeting is {date} at the hut, bring a mug.
        ''', a=pick(['Sungold', 'Gardener\'s Delight', 'Sunny Boy']), b=pick(['Moneymaker', 'Alicante']), c=pick(['Cobra', 'Blue Lake', 'Rose Marie']),
        d=pick(['Friday', 'top-field', 'polytunnel']), date=date_s())


# ---------------------------------------------------------------- mixed / other-language kinds
MW = 1.9


@kind('taglish_balikbayan_box_chat', 'tl', MW)
def k_tl():
    a, b = person('ph'), person('ph')
    return T('''
        {a}: ate nasend ko na yung balikbayan box!! ETA daw 6-8 weeks 😭
        {a}: address ni Nanay: {ad}
        {b}: sige sige, tawagan ko si tita {t} para alam niya. number niya {ph} diba?
        {a}: yes pero naka-off yan minsan, try mo din si kuya {k} {ph2}
        {b}: ok noted. ingat ka diyan sa {loc} ❤️
        ''', a=N(a, 'first'), ad=A('ph'), b=N(b, 'first'), t=N(person('ph'), 'first'), ph=P_('ph'), k=N(person('ph'), 'first'), ph2=P_('ph'),
        loc=LOC(pick(['Dubai', 'Riyadh', 'Hong Kong', 'Toronto', 'Milan', 'Singapore'])))


@kind('hinglish_tiffin_service_msg', 'hi', MW)
def k_hi():
    me = person('in')
    return lowerp(T('''
        Namaste {aunty} aunty, main {me} bol rahi hoon, {fr} ki friend. Kal se tiffin start kar sakte hain kya? 2 log, no onion no garlic for my mother-in-law 🙏 Address hai {ad}. Delivery boy ko bolna gate pe guard ko {me2} ka naam bolna. Mera number {ph} hai, payment GPay pe kar dungi.
        ''', aunty=N(person('in'), 'last' if R.random() < 0.5 else 'first'), me=N(me, 'first'), fr=N(person('in'), 'first'), ad=A('in'), me2=N(me, 'full'), ph=P_('in'))) if R.random() < 0.4 else T('''
        Namaste {aunty} aunty, main {me} bol rahi hoon, {fr} ki friend. Kal se tiffin start kar sakte hain kya? 2 log, no onion no garlic for my mother-in-law 🙏 Address hai {ad}. Delivery boy ko bolna gate pe guard ko {me2} ka naam bolna. Mera number {ph} hai, payment GPay pe kar dungi.
        ''', aunty=N(person('in'), 'first'), me=N(me, 'first'), fr=N(person('in'), 'first'), ad=A('in'), me2=N(me, 'full'), ph=P_('in'))


@kind('pidgin_tailor_pickup_chat', 'pcm', MW)
def k_pcm():
    me, tl = person('ng'), person('ng')
    return T('''
        {me}: Good morning {tl} abeg my aso-ebi don ready? Wedding na this Saturday o 😩
        {tl}: Madam e go ready by Thursday, no vex. Na {app} still dey do the beading
        {me}: Ehn ehn. Make una no disappoint me. Send am to my sister house {ad}, her name na {sis}, her number {ph}
        {tl}: Ok ma. Delivery na {pr}
        ''', me=N(me, 'first'), tl=N(tl, pick(['first', 'nick'])), app=N(person('ng'), 'first'), ad=A('ng'), sis=N(person('ng'), 'full'), ph=P_('ng'), pr=price())


@kind('spanglish_quinceanera_planning', 'es', MW)
def k_es():
    q, m = person('mx'), person('mx')
    return T('''
        Hola a todos!! Update de la quinceañera de {q} 💃
        - El salón es {sal}, {ad}. Parking is in the back, NO en la calle porque te dan ticket.
        - Chambelanes: {a}, {b} y el primo {c}. Ensayo el jueves at 7.
        - Los tamales los hace mi tía {t} desde {loc}, she's driving up con {u}.
        Cualquier cosa me marcan al {ph}. Los quiero! — {m}
        ''', q=N(q, 'first'), sal=pick(['Salón Las Rosas', 'Hunter Hall', 'Grace Event Center']), ad=A('us'), a=N(person('mx'), 'first'),
        b=N(person('us'), 'first'), c=N(person('mx'), 'first'), t=N(person('mx'), 'first'), loc=LOC(pick(['Fresno', 'El Paso', 'Guadalajara', 'Tijuana', 'Phoenix'])),
        u=N(person('mx'), 'first'), ph=P_(pick(['us', 'mx'])), m=N(m, pick(['first', 'full'])))


@kind('ptbr_churrasco_invite_mixed', 'pt', MW)
def k_pt():
    h = person('br')
    return T('''
        Galera!! Churrasco de aniversário do {h} no sábado 🔥🥩
        Onde: {ad}
        Hora: a partir das {tm}
        Cada um traz uma bebida. {b} vai trazer a caipirinha, {c} o pão de alho. Kids welcome, tem piscina!
        Qualquer coisa liga pra {w}: {ph}
        ''', h=N(h, 'first'), ad=A(pick(['br', 'br', 'us', 'uk', 'ie'])), tm=pick(['13h', '14h', '12:30']), b=N(person('br'), 'first'), c=N(person('br'), 'first'),
        w=N(person('br'), 'first'), ph=P_(pick(['br', 'br', 'uk', 'us'])))


@kind('polish_english_renovation_chat', 'pl', MW)
def k_pl():
    me, fx = person('pl'), person('pl')
    return T('''
        {me}: Cześć {fx}, the tiles arrived today finally! Kiedy możesz zacząć?
        {fx}: Dzień dobry, od poniedziałku. Mój kolega {k} też przyjdzie, he does the plumbing.
        {me}: Super. Adres to {ad} - parking is terrible, use the {brand} car park.
        {fx}: Ok. Zaliczka {pr} na konto {ib} proszę
        {me}: Done, sent from my husband's account ({h}). 👍
        ''', me=N(me, 'first'), fx=N(fx, pick(['first', 'nick'])), k=N(person('pl'), 'first'), ad=A('uk'), brand=pick(['Sainsbury\'s', 'Lidl', 'B&Q']),
        pr=price(), ib=IBN(iban_str(pick(['PL', 'GB']))), h=N(person(), 'full'))


@kind('vietlish_nail_salon_booking', 'vi', MW)
def k_vi():
    own, tech = person('vn'), person('vn')
    return T('''
        Chị {o} ơi, em book lịch cho khách nha: Ms {cl} - full set, {shade} chrome - Saturday 11am với {t}.
        Khách mới, số điện thoại {ph}, địa chỉ {ad} (để gửi gift card).
        Anh {a} nói thứ 7 tiệm đông lắm, nếu {t2} bận thì chuyển qua chị {b} nha.
        ''', o=N(own, 'first'), cl=N(person('us'), pick(['last', 'full'])), shade=pick(['Rose Gold', 'Pearl White', 'Honey Glow']), t=N(tech, 'first'), ph=P_('us'),
        ad=A('us'), a=N(person('vn'), 'first'), t2=N(tech, 'first'), b=N(person('vn'), 'first'))


@kind('denglisch_exchange_student_host_msg', 'de', MW)
def k_de():
    st, hm = person(pick(['us', 'uk', 'ng'])), person('nl')
    return T('''
        Hallo {st}! Wir freuen uns so sehr auf dich 😊 Wir wohnen in {ad}. Vom Flughafen nimmst du the S-Bahn, ich hole dich am Bahnhof ab. Mein Handy: {ph}. Mein Mann {h} arbeitet bis 18 Uhr, and our daughter {d} is very excited to practice her English!
        Liebe Grüße, {hm}
        ''', st=N(st, 'first'), ad=A('de'), ph=P_('de'), h=N(person('nl'), 'first'), d=N(person('nl'), 'first'), hm=N(hm, pick(['first', 'full'])))


@kind('franglais_coloc_search_post', 'fr', MW)
def k_fr():
    me = person(pick(['uk', 'us', 'ng', 'in', 'br']))
    return noisy(T('''
        Salut! Je cherche une coloc à {loc} à partir de septembre, budget max {pr}. I'm {me}, 24, stagiaire chez une startup. Pour l'instant je suis chez mon amie {f} au {ad} mais c'est temporaire 😅 Contact: {em} ou {ph}. Merci!!
        ''', loc=LOC(pick(['Lyon', 'Paris', 'Lille', 'Marseille', 'Montréal'])), pr=price(), me=N(me, 'first'), f=N(person(), 'first'), ad=A('fr'), em=E(me), ph=P_('fr')), 0.02)


@kind('konglish_hagwon_parent_msg', 'ko', MW)
def k_ko():
    mom, kid, t = person('kr'), person('kr'), person(pick(['us', 'uk', 'ng']))
    return T('''
        {t} 선생님 안녕하세요, {kid} 엄마예요. 오늘 {kid2} 가 감기 때문에 English class 결석할게요 😢 Homework는 내일 보낼게요.
        그리고 이사해서 주소 바뀌었어요: {ad}. 연락처는 {ph} 로 부탁드려요. 감사합니다!
        — {mom}
        ''', t=N(t, pick(['first', 'last'])), kid=N(kid, 'first'), kid2=N(kid, 'first'), ad=A('kr'), ph=P_('kr'), mom=N(mom, 'full'))


@kind('zh_en_daigou_order_chat', 'zh', MW)
def k_zh():
    me, cl = person('cn'), person('cn')
    cn_name = pick(['王芳', '李伟', '张秀英', '刘洋', '陈静', '黄磊', '赵敏'])
    return T('''
        {me}: 亲，你要的 {brand} 面霜和 {prod} 色号的口红都买到了 ✅ 这周五寄出
        {cl}: 太好了！寄到我妈家: {ad}，收件人 {cn}，电话 {ph}
        {me}: OK 收到。total {pr}，transfer to my UK account 或者微信都可以
        {cl}: 微信吧 👍 my cousin {cz} 也想要一个 same one
        ''', me=N(me, 'first'), brand=pick(['Charlotte Tilbury', 'Jo Malone', 'Ted Baker']), prod=pick(['Rose Gold', 'Pillow Talk']), cl=N(cl, 'first'),
        ad=A('cn'), cn=PER(cn_name), ph=P_('cn'), pr=price(), cz=N(person('cn'), 'first'))


@kind('finglish_family_visit_msg', 'fa', MW)
def k_fa():
    me = person('ir')
    return T('''
        Salam {a} joon! Khoobi? Ma inshallah {d} miaym {loc} 😍 Address-e jadid-e {b} ro befrest lotfan, ghabli-e {old} bood na?
        Maman ham mikhad be {aunt} khanum zang bezane, shomarash {ph} hanooz hamoone?
        Boos, {me}
        ''', a=N(person('ir'), 'first'), d=date_s(), loc=LOC(pick(['Toronto', 'London', 'Los Angeles', 'Hamburg', 'Tehran', 'Shiraz'])), b=N(person('ir'), 'first'),
        old=A(pick(['ir', 'ca', 'de', 'uk', 'us'])), aunt=N(person('ir'), 'first'), ph=P_(pick(['ir', 'ca', 'de', 'uk'])), me=N(me, 'first'))


@kind('yoruba_english_owambe_aso_ebi_chat', 'yo', MW)
def k_yo():
    me = person('ng')
    return T('''
        E kaaro o! Aso-ebi for {a}'s 60th is ready 🎉 Ẹ jọ̀ọ́, pay {pr} to {b} before Friday. Collection is at {c}'s shop, {ad}. If you're abroad, send your address to {b2} on WhatsApp {ph} and she will post it. Ẹ ṣé gan! — {me}
        ''', a=N(person('ng'), pick(['full', 'first'])), pr=price(), b=N(person('ng'), 'full'), c=N(person('ng'), pick(['first', 'nick'])), ad=A('ng'),
        b2=N(person('ng'), 'first'), ph=P_('ng'), me=N(me, 'first'))


@kind('amharic_english_church_announcement', 'am', MW)
def k_am():
    return T('''
        ሰላም ለእናንተ ይሁን 🙏 This Sunday after Kidase, coffee ceremony hosted by {a} and {b}. የ{c} ቤተሰብ ልጅ ተወለደ — congratulations! Donations for the {d} family who just arrived from {loc} can be dropped at {ad}. For transport call Deacon {e} {ph}.
        ''', a=N(person('et'), 'first'), b=N(person('et'), 'full'), c=N(person('et'), 'last'), d=N(person('et'), 'last'), loc=LOC(pick(['Addis Ababa', 'Gondar', 'Mekelle', 'Nairobi'])),
        ad=A(pick(['us', 'uk', 'ca'])), e=N(person('et'), 'first'), ph=P_(pick(['us', 'uk', 'ca', 'et'])))


# ================================================================ main
def main():
    used_path = '/work/briefs/used_kinds.txt'
    if os.path.exists(used_path):
        used = set(open(used_path).read().split())
        clash = [k for k in KINDS if k in used]
        assert not clash, clash
    names = list(KINDS)
    total = 400
    weights = [KINDS[k][2] for k in names]
    # deterministic allocation: largest remainder on weights
    sw = sum(weights)
    raw = [w * total / sw for w in weights]
    counts = [int(x) for x in raw]
    rem = total - sum(counts)
    order = sorted(range(len(names)), key=lambda i: -(raw[i] - counts[i]))
    for i in order[:rem]:
        counts[i] += 1
    schedule = [n for n, c in zip(names, counts) for _ in range(c)]
    R.shuffle(schedule)
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'hard27.jsonl')
    rows = []
    for i, k in enumerate(schedule):
        fn, lang, _ = KINDS[k]
        text, spans = build(fn())
        last = -1
        for sp in sorted(spans, key=lambda s: s['start']):
            assert sp['start'] >= last, (k, sp)
            last = sp['end']
        rows.append({'id': f'hard27-{i + 1}', 'kind': k, 'lang': lang, 'text': text, 'spans': spans})
    with open(out_path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(rows)} samples, {len(set(schedule))} kinds -> {out_path}')


if __name__ == '__main__':
    main()
