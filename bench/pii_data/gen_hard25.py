#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for hard25 (author A) - "the marketing desk".

Deterministic (seed 2526), stdlib only. Writes hard25.jsonl next to this file.
Every text is assembled by a builder that records span offsets while joining
pieces; nothing is searched for afterwards.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 2526
N_SAMPLES = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hard25.jsonl")
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
         "US_SSN", "IP_ADDRESS", "STREET_ADDRESS", "LOCATION"}


# ----------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            if s:
                self.parts.append(s)
                self.pos += len(s)
        return self

    def e(self, typ, val):
        assert typ in TYPES, typ
        assert val and val == val.strip(), repr(val)
        st = self.pos
        self.parts.append(val)
        self.pos += len(val)
        self.spans.append({"type": typ, "start": st, "end": self.pos, "_v": val})
        return self

    def put(self, v):
        if v is None:
            return self
        if isinstance(v, str):
            return self.t(v)
        if isinstance(v, tuple):
            return self.e(v[0], v[1])
        if isinstance(v, list):
            for x in v:
                self.put(x)
            return self
        raise TypeError(type(v))

    _PH = re.compile(r"\{(\w+)\}")

    def f(self, tpl, **kw):
        """append template; {key} placeholders take str / (TYPE,val) / list"""
        i = 0
        for m in self._PH.finditer(tpl):
            self.t(tpl[i:m.start()])
            self.put(kw[m.group(1)])
            i = m.end()
        self.t(tpl[i:])
        return self

    def l(self, tpl="", **kw):
        self.f(tpl, **kw)
        return self.t("\n")

    def text(self):
        return "".join(self.parts)


def P(v): return ("PERSON", v)
def E(v): return ("EMAIL_ADDRESS", v)
def PH(v): return ("PHONE_NUMBER", v)
def CC(v): return ("CREDIT_CARD", v)
def IB(v): return ("IBAN_CODE", v)
def SSN(v): return ("US_SSN", v)
def IP(v): return ("IP_ADDRESS", v)
def AD(v): return ("STREET_ADDRESS", v)
def LOC(v): return ("LOCATION", v)


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def nz_digits(r, n):
    return str(r.randint(1, 9)) + digits(r, n - 1)


_TRANS = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O",
                        "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ð": "d", "þ": "th"})


def ascii_fold(s):
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def slug(s):
    s = ascii_fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


class Clock:
    """monotonic hh:mm for chat exports"""
    def __init__(self, r, h0=None):
        self.r = r
        self.m = (h0 if h0 is not None else r.randint(8, 19)) * 60 + r.randint(0, 59)

    def next(self, lo=0, hi=25):
        self.m += self.r.randint(lo, hi)
        return "%02d:%02d" % ((self.m // 60) % 24, self.m % 60)


# ----------------------------------------------------------------------------
# names (hand written)
# ----------------------------------------------------------------------------
NAMES = {
    "us": ("James Olivia Tyler Brianna Marcus Kayla Dustin Megan Jordan Ashley Trevor Hannah Caleb "
           "Destiny Logan Courtney Derek Amber Brandon Lindsey DeShawn Latoya Colton Jenna Maddie Travis",
           "Whitaker Reyes Thompson Patterson Delgado Brooks Sullivan Hayes Castillo Jenkins Fitzgerald "
           "O'Connor McAllister Washington Hendricks Gallagher Foster Morales Beaumont Abernathy Trujillo "
           "Kowalczyk Dunleavy Ramirez"),
    "gb": ("Oliver Amelia Harry Isla George Poppy Alfie Freya Callum Imogen Rhys Niamh Declan Siobhan "
           "Eilidh Hamish Georgina Rory Tamsin Ffion",
           "Pemberton Ashworth Hughes Fletcher Davies Llewellyn Cartwright MacLeod Brennan Whitfield "
           "Hargreaves Ramsbottom Thistlethwaite Okonedo Blackwood Featherstone Quigley"),
    "word": ("Hope Summer Sunny Chance Mercedes Grace Joy Faith April June May Autumn Sky Precious "
             "Blessing Goodluck Bill Will Mark Hunter Rose Destiny Patience Justice Honor Sterling Brooke",
             "Dior Baker Fox Price Rich Black Young Winter Frost Bird Hill Lamb Fortune Sterling Church "
             "Rivers Cash Summers Gold"),
    "yo": ("Oluwaseun Adebayo Folake Temitope Olamide Yetunde Babatunde Adeola Funmilayo Kayode Damilola "
           "Ayomide Tolulope Bukola",
           "Adeyemi Ogunleye Balogun Olawale Adebisi Akinola Oyelaran Fashola Adewale Ogunbiyi Oyewole"),
    "ig": ("Chiamaka Obinna Ngozi Chukwuemeka Adaeze Ifeanyi Chinonso Uchenna Nkechi Ebuka Chidinma Kelechi",
           "Okafor Eze Nwosu Okeke Obi Nnamdi Chukwu Onyekachi Anyanwu Okoro Ezeh Nwachukwu"),
    "ha": ("Aisha Musa Abubakar Zainab Hauwa Ibrahim Fatima Sani Halima Yusuf Amina Bashir",
           "Bello Abdullahi Danjuma Garba Usman Lawal Shehu Aliyu Maikano Tanko"),
    "ke": ("Wanjiru Otieno Akinyi Kamau Njeri Kiprop Chebet Mwangi Atieno Wafula Nyambura Wanjala Achieng",
           "Mwangi Ochieng Kariuki Odhiambo Wambui Kiptoo Njoroge Omondi Mutua Cheruiyot Gitau Onyango"),
    "za": ("Thabo Nomvula Sipho Lerato Bongani Zanele Pieter Annelie Sibusiso Naledi Riaan Thandiwe Kagiso",
           "Nkosi Dlamini|van der Merwe|Botha Mokoena Khumalo Naidoo Pillay Ndlovu|du Plessis|Mahlangu Venter"),
    "in": ("Priya Rahul Ananya Vikram Sneha Arjun Kavya Rohan Aditi Nikhil Pooja Siddharth Ishaan Meera "
           "Harpreet Gurpreet Karthik Lakshmi Divya Senthil Revathi Anjali Varun",
           "Sharma Iyer Reddy Patel Nair Chatterjee Bhattacharya Mehta Kulkarni Agarwal Menon Deshpande "
           "Banerjee Singh Gill Chowdhury Krishnamurthy Subramanian Raghavan Venkatesan Kapoor Joshi"),
    "pk": ("Ayesha Bilal Hira Usman Farhan Nusrat Tanvir Sadia Zara Hamza Mahnoor Imran",
           "Qureshi Siddiqui Rahman Chaudhry Malik Hossain Butt Akhtar Sheikh Mirza"),
    "cn": ("Wei Fang Xiuying Jing Lei Yang Min Hao Xin Yuting Zihan Jiahui Haoran Mengyao",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Guo Lin"),
    "jp": ("Yuki Haruto Sakura Ren Aoi Daiki Mei Sota Hinata Kenji Naoko Takumi Yui Riko Kaito",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
           "Matsumoto Inoue Shimizu"),
    "kr": ("Minji Seoyeon Jihoon Hyunwoo Subin Yerin Doyun Haeun Junseo Jimin Yuna Sungmin Dahye",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin"),
    "vn": ("Linh Minh Trang Huy Thao Duc Phuong Khanh Ngoc Tuan Lan Quang Hanh",
           "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong"),
    "id": ("Putri Budi Siti Agus Dewi Rizky Ayu Fajar Indah Wahyu Intan Dimas Nadia Bagus",
           "Santoso Wijaya Pratama Hidayat Saputra Kusuma Lestari Nugroho Siregar Simanjuntak Rahmawati "
           "Halim Setiawan"),
    "ph": ("Joshua Kristine|Mark Anthony|Princess Jericho Angelica Jhun Rowena Carlo Bea Jomar Lovely "
           "Mylene Jerome",
           "|dela Cruz|Santos Reyes Bautista Mendoza Villanueva Garcia Aquino Manalo Pascual Soriano "
           "Tolentino Macaraeg Dimaculangan"),
    "th": ("Somchai Suda Piya Napat Kanya Thanawat Ploy Nattapong Siriporn Anan",
           "Jaidee Srisuk Wongthai Kaewmanee Boonma Thongdee Charoenkul Rattanakorn"),
    "ar": ("Mohammed Ahmed Fatima Layla Youssef Noor Omar Sara Khalid Mariam Hind Tariq Rania Karim Amal",
           "Al-Otaibi Al-Shammari Haddad El-Masry Mansour Khoury Saleh Nasser|Al Mazrouei||Al Suwaidi|"
           "Farouk Darwish Abdelrahman Bakri"),
    "tr": ("Aylin Emre Elif Burak Zeynep Mert Selin Can Ece Onur Deniz Büşra Oğuz Gizem Hakan Tuğba",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Koç Erdem Polat Aksoy"),
    "de": ("Jonas Lena Lukas Felix Johanna Maximilian Katharina Tobias Svenja Jürgen Birgit Mehmet Anke "
           "Till Franziska Henrik",
           "Müller Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf Schröder "
           "Neumann Zimmermann Krüger Hartmann Brandt"),
    "fr": ("Camille Louis Chloé Hugo Manon Théo Léa Mathis Inès Julien Élodie Mathieu Amandine Yanis "
           "Clémence Aurélien",
           "Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Lefèvre Fontaine Chevalier "
           "Girard Mercier Blanchard Benali Diallo Rousseau"),
    "es": ("Lucía Alejandro Sofía Javier Carmen Pablo Elena Diego Ximena Santiago Valentina Mateo "
           "Guadalupe Itzel Rocío Iker Nerea Fernando",
           "García Fernández López Martínez Sánchez Pérez Gómez Ruiz Hernández Jiménez Ortega Castro Vargas "
           "Romero Navarro Herrera Domínguez Cervantes Quintero Villaseñor Arriaga Zubiri"),
    "br": ("Gabriel Beatriz Thiago Mariana Lucas Larissa Rafael Camila Felipe Juliana Bruno Letícia Caio "
           "Isadora João Thaís",
           "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro Carvalho Almeida "
           "Nascimento Araújo Barbosa"),
    "it": ("Giulia Marco Francesca Alessandro Chiara Matteo Federica Lorenzo Martina Davide Sara Simone "
           "Ilaria Gianluca",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti|De Luca|"
           "Mancini Lombardi Barbieri"),
    "nl": ("Daan Sanne Bram Fleur Joris Lotte Thijs Anouk Sem Femke Ruben Noor Jeroen Marloes",
           "|de Jong|Jansen|de Vries||van den Berg||van Dijk|Bakker Visser Smit Meijer|de Boer|Mulder "
           "Vermeulen Dekker"),
    "nordic": ("Astrid Erik Ingrid Lars Sigrid Magnus Freja Anders Linnea Oskar Maja Nils Saga Björn Elin",
               "Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Berg Hansen Johansen Nielsen "
               "Jensen Virtanen Korhonen Halvorsen Sjöberg"),
    "pl": ("Agnieszka:f Piotr:m Katarzyna:f Tomasz:m Małgorzata:f Krzysztof:m Magdalena:f Paweł:m Zofia:f "
           "Michał:m Joanna:f Wojciech:m Aleksandra:f Bartosz:m",
           "Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska "
           "Zieliński/Zielińska Szymański/Szymańska Dąbrowski/Dąbrowska Kaczmarek Mazur Grabowski/Grabowska"),
    "ru": ("Anastasia:f Dmitri:m Olga:f Sergei:m Ekaterina:f Alexei:m Irina:f Nikolai:m Ksenia:f Pavel:m",
           "Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Volkov/Volkova Sokolov/Sokolova "
           "Morozov/Morozova Lebedev/Lebedeva Orlov/Orlova"),
    "gr": ("Giorgos:m Maria:f Nikos:m Eleni:f Dimitris:m Katerina:f Sofia:f Kostas:m Anastasia:f Yannis:m",
           "Papadopoulos/Papadopoulou Georgiou Nikolaidis/Nikolaidou Konstantinou Vlachos/Vlachou "
           "Alexiou Oikonomou Karagiannis/Karagianni"),
}


def _split_names(s):
    # '|' delimits multiword entries: "a b|multi word|c d" ; whitespace elsewhere
    out = []
    for i, chunk in enumerate(s.split("|")):
        if i % 2 == 1:
            out.append(chunk.strip())
        else:
            out.extend(chunk.split())
    return [x for x in out if x]


NAME_POOL = {}
for _k, (_g, _f) in NAMES.items():
    NAME_POOL[_k] = (_split_names(_g), _split_names(_f))

# native script pools: (native, latin)
NATIVE = {
    "zh_n": ([("芳", "Fang"), ("伟", "Wei"), ("秀英", "Xiuying"), ("静", "Jing"), ("磊", "Lei"),
            ("洋", "Yang"), ("敏", "Min"), ("浩然", "Haoran"), ("欣怡", "Xinyi"), ("雨婷", "Yuting"),
            ("子涵", "Zihan"), ("佳慧", "Jiahui"), ("梦瑶", "Mengyao"), ("志强", "Zhiqiang")],
           [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
            ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
            ("林", "Lin"), ("欧阳", "Ouyang")]),
    "ja_n": ([("花子", "Hanako"), ("陽菜", "Hina"), ("結衣", "Yui"), ("美咲", "Misaki"), ("翔太", "Shota"),
            ("大輝", "Daiki"), ("蓮", "Ren"), ("健一", "Kenichi"), ("直樹", "Naoki"), ("由美", "Yumi"),
            ("さくら", "Sakura"), ("恵", "Megumi"), ("拓海", "Takumi"), ("優子", "Yuko")],
           [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("伊藤", "Ito"),
            ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"),
            ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"), ("佐々木", "Sasaki"), ("松本", "Matsumoto")]),
    "ko_n": ([("민지", "Minji"), ("서연", "Seoyeon"), ("지훈", "Jihoon"), ("현우", "Hyunwoo"), ("수빈", "Subin"),
            ("예린", "Yerin"), ("도윤", "Doyun"), ("하은", "Haeun"), ("준서", "Junseo"), ("지민", "Jimin"),
            ("유나", "Yuna"), ("성민", "Sungmin"), ("다혜", "Dahye")],
           [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
            ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
            ("서", "Seo"), ("신", "Shin")]),
    "ar_n": ([("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("فاطمة", "Fatima"), ("ليلى", "Layla"),
            ("يوسف", "Youssef"), ("نور", "Noor"), ("عمر", "Omar"), ("سارة", "Sara"), ("خالد", "Khalid"),
            ("مريم", "Mariam"), ("هند", "Hind"), ("طارق", "Tariq"), ("رانيا", "Rania"), ("عبدالله", "Abdullah")],
           [("العتيبي", "Alotaibi"), ("الشمري", "Alshammari"), ("الحربي", "Alharbi"), ("القحطاني", "Alqahtani"),
            ("المصري", "Elmasry"), ("حداد", "Haddad"), ("الخطيب", "Alkhatib"), ("منصور", "Mansour"),
            ("النعيمي", "Alnuaimi"), ("السويدي", "Alsuwaidi"), ("درويش", "Darwish")]),
    "hi_n": ([("प्रिया", "Priya"), ("राहुल", "Rahul"), ("अनीता", "Anita"), ("विकास", "Vikas"),
            ("सुनीता", "Sunita"), ("अमित", "Amit"), ("पूजा", "Pooja"), ("रोहन", "Rohan"), ("नेहा", "Neha"),
            ("अर्जुन", "Arjun"), ("कविता", "Kavita"), ("सौरभ", "Saurabh")],
           [("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("गुप्ता", "Gupta"), ("सिंह", "Singh"), ("पटेल", "Patel"),
            ("मिश्रा", "Mishra"), ("यादव", "Yadav"), ("जोशी", "Joshi"), ("अग्रवाल", "Agarwal"),
            ("चौहान", "Chauhan")]),
    "th_n": ([("สมชาย", "Somchai"), ("สุดารัตน์", "Sudarat"), ("ปิยะพงษ์", "Piyapong"), ("นภัสสร", "Napatsorn"),
            ("วิชัย", "Wichai"), ("กมลชนก", "Kamonchanok"), ("อรุณี", "Arunee"), ("ธนพล", "Thanapol"),
            ("ศิริพร", "Siriporn"), ("ณัฐวุฒิ", "Nattawut")],
           [("ใจดี", "Jaidee"), ("ศรีสุข", "Srisuk"), ("วงศ์ไทย", "Wongthai"), ("แก้วมณี", "Kaewmanee"),
            ("บุญมา", "Boonma"), ("ทองดี", "Thongdee"), ("เจริญกุล", "Charoenkul"), ("รัตนากร", "Rattanakorn")]),
    "ru_n": ([("Анна", "Anna", "f"), ("Дмитрий", "Dmitry", "m"), ("Ольга", "Olga", "f"), ("Сергей", "Sergey", "m"),
            ("Екатерина", "Ekaterina", "f"), ("Алексей", "Alexey", "m"), ("Мария", "Maria", "f"),
            ("Иван", "Ivan", "m"), ("Наталья", "Natalya", "f"), ("Павел", "Pavel", "m"), ("Ксения", "Ksenia", "f"),
            ("Артём", "Artem", "m")],
           [("Иванов", "Иванова", "Ivanov"), ("Смирнов", "Смирнова", "Smirnov"), ("Кузнецов", "Кузнецова", "Kuznetsov"),
            ("Попов", "Попова", "Popov"), ("Волков", "Волкова", "Volkov"), ("Соколов", "Соколова", "Sokolov"),
            ("Лебедев", "Лебедева", "Lebedev"), ("Морозов", "Морозова", "Morozov"), ("Козлов", "Козлова", "Kozlov"),
            ("Белов", "Белова", "Belov")]),
    "el_n": ([("Γιώργος", "Giorgos", "m"), ("Μαρία", "Maria", "f"), ("Νίκος", "Nikos", "m"), ("Ελένη", "Eleni", "f"),
            ("Δημήτρης", "Dimitris", "m"), ("Κατερίνα", "Katerina", "f"), ("Σοφία", "Sofia", "f"),
            ("Κώστας", "Kostas", "m"), ("Αναστασία", "Anastasia", "f"), ("Γιάννης", "Giannis", "m")],
           [("Παπαδόπουλος", "Παπαδοπούλου", "Papadopoulos"), ("Νικολαΐδης", "Νικολαΐδου", "Nikolaidis"),
            ("Γεωργίου", "Γεωργίου", "Georgiou"), ("Κωνσταντίνου", "Κωνσταντίνου", "Konstantinou"),
            ("Βλάχος", "Βλάχου", "Vlachos"), ("Αλεξίου", "Αλεξίου", "Alexiou"), ("Οικονόμου", "Οικονόμου", "Oikonomou"),
            ("Καραγιάννης", "Καραγιάννη", "Karagiannis")]),
}

RU_PATRO = {"m": [("Сергеевич", "Сергеевна"), ("Андреевич", "Андреевна"), ("Игоревич", "Игоревна"),
                  ("Викторович", "Викторовна"), ("Олегович", "Олеговна")]}

LATIN_CULTS = list(NAME_POOL.keys())
GLOBAL_MIX = ["us", "gb", "word", "yo", "ig", "ha", "ke", "za", "in", "pk", "cn", "jp", "kr", "vn", "id",
              "ph", "th", "ar", "tr", "de", "fr", "es", "br", "it", "nl", "nordic", "pl", "ru", "gr"]


def _gendered(name_token):
    if ":" in name_token:
        n, g = name_token.split(":")
        return n, g
    return name_token, None


def person(r, cult=None):
    """returns dict with g, f, full (display) + latin forms lg, lf, lfull"""
    if cult is None:
        cult = pick(r, GLOBAL_MIX)
    if cult not in NAME_POOL and cult not in NATIVE:  # a country code was given
        cult = pick(r, [c for c in CC_CULTS[cult] if not c.endswith("_n")])
    if cult in NATIVE:
        gs, fs = NATIVE[cult]
        if cult in ("ru_n", "el_n"):
            g = pick(r, gs)
            fam = pick(r, fs)
            sex = g[2]
            fn = fam[0] if sex == "m" else fam[1]
            fl = fam[2] if sex == "m" or cult == "el_n" else fam[2] + "a"
            if cult == "el_n" and sex == "f":
                fl = ascii_fold(fam[2])
                if fl.endswith("os"):
                    fl = fl[:-2] + "ou"
                elif fl.endswith("is"):
                    fl = fl[:-2] + "ou" if fl.endswith("idis") else fl[:-1]
            full = g[0] + " " + fn
            if cult == "ru_n" and chance(r, 0.3):
                pat = pick(r, RU_PATRO["m"])
                full = fn + " " + g[0] + " " + (pat[0] if sex == "m" else pat[1])
            return dict(cult=cult, g=g[0], f=fn, full=full, lg=g[1], lf=fl, lfull=g[1] + " " + fl,
                        native=True, sex=sex)
        g = pick(r, gs)
        fam = pick(r, fs)
        if cult in ("zh_n", "ko_n"):
            full = fam[0] + g[0]
        elif cult == "ja_n":
            full = fam[0] + (" " if chance(r, 0.4) else "") + g[0]
        else:
            full = g[0] + " " + fam[0]
        return dict(cult=cult, g=g[0], f=fam[0], full=full, lg=g[1], lf=fam[1],
                    lfull=g[1] + " " + fam[1], native=True, sex=None)
    gs, fs = NAME_POOL[cult]
    g, sex = _gendered(pick(r, gs))
    fam = pick(r, fs)
    if "/" in fam:
        m, w = fam.split("/")
        fam = w if sex == "f" else m
    if cult == "word":
        if chance(r, 0.5):
            fam = pick(r, NAME_POOL[pick(r, ["us", "gb", "yo", "in", "es", "de", "ke"])][1])
            if "/" in fam:
                fam = fam.split("/")[0]
    full = g + " " + fam
    if cult in ("cn", "kr", "vn") and chance(r, 0.5):
        full = fam + " " + g
    if cult == "es" and chance(r, 0.35):
        fam2 = pick(r, fs)
        if fam2 != fam:
            fam = fam + " " + fam2
            full = g + " " + fam
    if cult == "br" and chance(r, 0.3):
        mid = pick(r, fs)
        if mid != fam:
            full = g + " " + mid + " " + fam
    return dict(cult=cult, g=g, f=fam, full=full, lg=g, lf=fam, lfull=full, native=False, sex=sex)


def people(r, n, cults=None):
    out, seen = [], set()
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        p = person(r, pick(r, cults) if cults else None)
        if p["full"] in seen:
            continue
        seen.add(p["full"])
        out.append(p)
    return out


def nform(r, p, w=None):
    """name form as it would be written; returns the string (always a valid PERSON span)"""
    if p["native"]:
        opts = ["full", "full", "full", "f" if p["cult"] in ("ja_n", "zh_n", "ko_n") else "g"]
    else:
        opts = w or ["full", "full", "full", "full", "g", "lower", "upper", "init", "f"]
    o = pick(r, opts)
    if o == "full":
        return p["full"]
    if o == "g":
        return p["g"]
    if o == "f":
        return p["f"]
    if o == "lower":
        return p["full"].lower()
    if o == "upper":
        return p["full"].upper()
    if o == "init":
        return p["g"][0] + ". " + p["f"]
    return p["full"]


def initial_last(p):
    return p["lg"][0] + ". " + p["lf"]


def first_last_init(p):
    return p["lg"] + " " + p["lf"][0] + "."


# ----------------------------------------------------------------------------
# e-mail
# ----------------------------------------------------------------------------
FREEMAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
    "de": ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "gmail.com"],
    "jp": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com"],
    "kr": ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net"],
    "cn": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "ke": ["gmail.com", "yahoo.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "id": ["gmail.com", "yahoo.co.id"],
    "ph": ["gmail.com", "yahoo.com.ph"],
    "th": ["gmail.com", "hotmail.co.th"],
    "vn": ["gmail.com", "yahoo.com.vn"],
    "ae": ["gmail.com", "hotmail.com", "eim.ae"],
    "gr": ["gmail.com", "otenet.gr", "yahoo.gr"],
    "se": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
}
CULT_MAIL = {"us": "us", "gb": "gb", "word": "us", "yo": "ng", "ig": "ng", "ha": "ng", "ke": "ke", "za": "za",
             "in": "in", "pk": "in", "cn": "cn", "jp": "jp", "kr": "kr", "vn": "vn", "id": "id", "ph": "ph",
             "th": "th", "ar": "ae", "tr": "tr", "de": "de", "fr": "fr", "es": "es", "br": "br", "it": "it",
             "nl": "nl", "nordic": "se", "pl": "pl", "ru": "ru", "gr": "gr", "zh_n": "cn", "ja_n": "jp", "ko_n": "kr",
             "hi_n": "in", "el_n": "gr", "ar_n": "ae", "th_n": "th", "ru_n": "ru"}


def email_for(r, p, domain=None, corporate=False):
    g = slug(p["lg"].split()[0]) or "info"
    f = slug(p["lf"].replace(" ", "")) or "mail"
    if domain is None:
        domain = pick(r, FREEMAIL[CULT_MAIL.get(p["cult"], "us")])
    if corporate:
        local = pick(r, [g + "." + f, g[0] + f, g, g + "_" + f, f + "." + g[0], g + "." + f[0]])
    else:
        yy = str(r.randint(70, 99)) if chance(r, 0.5) else str(r.randint(1, 2024) % 100).zfill(2)
        local = pick(r, [g + "." + f, g + f + yy, g[0] + "." + f, g + "_" + f[:4] + yy, f + g[0] + yy,
                         g + "." + f + str(r.randint(1, 9)), g + yy, "the" + g + f[:3]])
    return local + "@" + domain


COMPANIES = ["Lumenfield Skincare", "Marigold & Finch", "Northpeak Outdoor", "Velour Lab", "Oakline Coffee",
             "Brisa Swimwear", "Kaiyo Tea Co.", "Solenne Parfums", "Copperleaf Home", "Halden Audio",
             "Nimbu Snacks", "Tidewell Bottles", "Saffron Lane Foods", "Quillhaus Stationery", "Pelt & Pine",
             "Orchard Row Cider", "Bellweather Candles", "Fennik Sneakers", "Loomis Knitwear", "Arbor Kids"]
AGENCIES = ["Ardent PR", "Fieldnote Media", "Suncrest Events", "Gullwing Agency", "Paperplane Comms",
            "Stackhouse Creative", "Brightline Talent", "Koi & Kite Studio", "Meridian Social", "Hollow Oak PR"]
OUTLETS = ["The Morning Ledger", "Glow Weekly", "Trailhead Magazine", "Retail Pulse", "Beauty Insider Daily",
           "Foodie Forward", "The Gadget Desk", "Modern Parent", "Urban Eats Review", "Style Current"]
DOMAINS = {"Lumenfield Skincare": "lumenfield.com", "Marigold & Finch": "marigoldfinch.co",
           "Northpeak Outdoor": "northpeak.com", "Velour Lab": "velourlab.io", "Oakline Coffee": "oaklinecoffee.com",
           "Brisa Swimwear": "brisaswim.com", "Kaiyo Tea Co.": "kaiyotea.co", "Solenne Parfums": "solenne.fr",
           "Copperleaf Home": "copperleafhome.com", "Halden Audio": "haldenaudio.com", "Nimbu Snacks": "nimbu.in",
           "Tidewell Bottles": "tidewell.co.uk", "Saffron Lane Foods": "saffronlane.com",
           "Quillhaus Stationery": "quillhaus.de", "Pelt & Pine": "peltandpine.com",
           "Orchard Row Cider": "orchardrow.co.uk", "Bellweather Candles": "bellweather.com",
           "Fennik Sneakers": "fennik.nl", "Loomis Knitwear": "loomisknit.com", "Arbor Kids": "arborkids.com",
           "Ardent PR": "ardentpr.com", "Fieldnote Media": "fieldnote.media", "Suncrest Events": "suncrestevents.com",
           "Gullwing Agency": "gullwing.agency", "Paperplane Comms": "paperplanecomms.com",
           "Stackhouse Creative": "stackhouse.studio", "Brightline Talent": "brightlinetalent.com",
           "Koi & Kite Studio": "koikite.studio", "Meridian Social": "meridiansocial.co",
           "Hollow Oak PR": "hollowoakpr.com", "The Morning Ledger": "morningledger.com",
           "Glow Weekly": "glowweekly.com", "Trailhead Magazine": "trailheadmag.com", "Retail Pulse": "retailpulse.news",
           "Beauty Insider Daily": "beautyinsiderdaily.com", "Foodie Forward": "foodieforward.net",
           "The Gadget Desk": "gadgetdesk.tech", "Modern Parent": "modernparent.com",
           "Urban Eats Review": "urbaneats.review", "Style Current": "stylecurrent.com"}

# look-alike words that are NOT persons (brands, products, shades, mascots...)
LOOKALIKE_PRODUCTS = ["Hope Serum", "Grace Collection", "the Summer Drop", "Sunny Side granola", "Mercedes-Benz",
                      "Dior", "Chance Eau Tendre", "the Victoria tote", "Amelia lamp", "Jasper side table",
                      "Naomi 04 lipstick", "the Aurora line", "June Bloom candle", "Chloé", "Ben & Jerry's",
                      "Tommy Hilfiger", "Georgia font", "the Harper backpack", "Marley the Otter (our mascot)",
                      "Captain Crisp mascot", "the Florence dress", "Sterling silver range", "Hunter boots",
                      "May Day bundle", "April Showers kit", "the Jackson chair", "Rosie Rosé spritz",
                      "Max Factor", "Estée Lauder", "Calvin Klein"]
JOB_TITLES = ["Head of Brand", "Social Media Lead", "Community Manager", "PR Director", "Brand Partnerships Manager",
              "Senior Copywriter", "CX Team Lead", "Growth Marketer", "Events Coordinator", "Influencer Manager",
              "Content Strategist", "Creative Director", "Retail Marketing Exec", "VP Marketing", "Talent Manager",
              "Account Director", "Trade Marketing Manager", "Loyalty Programme Manager"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# ----------------------------------------------------------------------------
# addresses (local order, hand written street lists). addr() -> (text, city)
# ----------------------------------------------------------------------------
def _uk_inward(r):
    return str(r.randint(1, 9)) + pick(r, "ABDEFGHJLNPQRSTUWXYZ") + pick(r, "ABDEFGHJLNPQRSTUWXYZ")


def _join(lines, multi):
    return ("\n" if multi else ", ").join(x.strip() for x in lines)


def a_us(r, multi, country):
    c = pick(r, [("Denver", "CO", "802", ["Maple Ave", "E Colfax Ave", "Larkspur Dr", "S Pearl St"]),
                 ("Austin", "TX", "787", ["S Congress Ave", "Cedar Ln", "Barton Springs Rd", "Manor Rd"]),
                 ("Chicago", "IL", "606", ["N Milwaukee Ave", "W Armitage Ave", "S Halsted St", "N Damen Ave"]),
                 ("Portland", "OR", "972", ["SE Hawthorne Blvd", "NE Alberta St", "NW 23rd Ave"]),
                 ("Brooklyn", "NY", "112", ["Bedford Ave", "Atlantic Ave", "5th Ave", "Nostrand Ave"]),
                 ("Atlanta", "GA", "303", ["Peachtree St NE", "Edgewood Ave SE", "Highland Ave NE"]),
                 ("Columbus", "OH", "432", ["N High St", "E Main St", "Parsons Ave"]),
                 ("Burbank", "CA", "915", ["W Magnolia Blvd", "N Hollywood Way", "W Olive Ave"]),
                 ("Raleigh", "NC", "276", ["Glenwood Ave", "Hillsborough St", "Person St"]),
                 ("Minneapolis", "MN", "554", ["Lyndale Ave S", "Hennepin Ave", "E Lake St"]),
                 ("Scottsdale", "AZ", "852", ["N Scottsdale Rd", "E Camelback Rd"]),
                 ("Nashville", "TN", "372", ["Broadway", "Music Sq E", "8th Ave S"])])
    city, st, z3, streets = c
    line1 = "%d %s" % (r.randint(12, 9890), pick(r, streets))
    unit = pick(r, ["", "", "Apt %d%s" % (r.randint(1, 40), pick(r, "ABCD")), "Unit %d" % r.randint(100, 420),
                    "Ste %d" % r.randint(100, 900), "#%d" % r.randint(2, 30)])
    z = z3 + digits(r, 2)
    if chance(r, 0.15):
        z += "-" + digits(r, 4)
    if multi:
        lines = [line1 + (" " + unit if unit else ""), "%s, %s %s" % (city, st, z)]
    else:
        lines = [line1 + (" " + unit if unit else ""), city, "%s %s" % (st, z)]
    if country:
        lines.append(pick(r, ["USA", "United States", "US"]))
    return _join(lines, multi), city


def a_uk(r, multi, country):
    city, pc = pick(r, [("London", pick(r, ["SE15", "E8", "N16", "SW9", "NW5", "W12"])), ("Manchester", "M20"),
                        ("Leeds", "LS6"), ("Bristol", "BS6"), ("Glasgow", "G12"), ("Cardiff", "CF24"),
                        ("Brighton", "BN1"), ("Edinburgh", "EH9"), ("Sheffield", "S11"), ("Norwich", "NR2")])
    street = pick(r, ["Wellington Road", "Albert Terrace", "Chatsworth Gardens", "Mill Lane", "Victoria Street",
                      "Rye Lane", "Church Walk", "Kingsley Avenue", "Harcourt Close", "Beech Grove", "Station Road"])
    lines = []
    if chance(r, 0.45):
        lines.append("Flat %d, %d %s" % (r.randint(1, 12), r.randint(1, 240), street))
    else:
        lines.append("%d %s" % (r.randint(1, 240), street))
    pcode = pc + " " + _uk_inward(r)
    if multi and chance(r, 0.6):
        lines += [city, pcode]
    else:
        lines.append(city + " " + pcode)
    if country:
        lines.append(pick(r, ["United Kingdom", "UK"]))
    return _join(lines, multi), city


def a_de(r, multi, country):
    pc, city = pick(r, [("10969", "Berlin"), ("10437", "Berlin"), ("80331", "München"), ("50667", "Köln"),
                        ("20357", "Hamburg"), ("04109", "Leipzig"), ("60311", "Frankfurt am Main"),
                        ("70173", "Stuttgart"), ("28195", "Bremen"), ("90402", "Nürnberg")])
    street = pick(r, ["Lindenstraße", "Bergmannstr.", "Schillerweg", "Am Kanal", "Hauptstraße", "Kastanienallee",
                      "Brunnenstraße", "Goethestr.", "Sonnenallee", "Wilhelmstraße", "Am Sandtorkai"])
    lines = ["%s %d%s" % (street, r.randint(1, 180), pick(r, ["", "", "", "a", "b"]))]
    if chance(r, 0.25):
        lines.append(pick(r, ["Hinterhaus, 3. OG", "2. OG links", "Aufgang B", "c/o Studio Nord"]))
    lines.append(pc + " " + city)
    if country:
        lines.append(pick(r, ["Deutschland", "Germany", "DE"]))
    return _join(lines, multi), city


def a_fr(r, multi, country):
    pc, city = pick(r, [("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"),
                        ("31000", "Toulouse"), ("33000", "Bordeaux"), ("59800", "Lille"), ("44000", "Nantes"),
                        ("67000", "Strasbourg")])
    street = pick(r, ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
                      "rue Oberkampf", "quai des Chartrons", "rue Sainte-Catherine", "impasse des Tilleuls"])
    lines = ["%d%s %s" % (r.randint(1, 150), pick(r, ["", "", "", " bis", " ter"]), street)]
    if chance(r, 0.3):
        lines.insert(0, pick(r, ["Bâtiment B, 3e étage", "Résidence Les Pins, apt 12", "Esc. A, porte 21"]))
    lines.append(pc + " " + (city.upper() if chance(r, 0.3) else city))
    if country:
        lines.append("France")
    return _join(lines, multi), city


def a_es(r, multi, country):
    pc, city = pick(r, [("28013", "Madrid"), ("28004", "Madrid"), ("08012", "Barcelona"), ("41001", "Sevilla"),
                        ("46002", "Valencia"), ("48001", "Bilbao"), ("29015", "Málaga"), ("50001", "Zaragoza")])
    street = pick(r, ["C/ Mayor", "Calle de Fuencarral", "Carrer de Verdi", "Avda. de la Constitución",
                      "C/ San Vicente", "Paseo de Gracia", "Calle Larios", "Gran Vía"])
    piso = pick(r, ["", ", %dº %s" % (r.randint(1, 8), pick(r, "ABCD")), ", bajo", ", %dº-%d" % (r.randint(1, 6), r.randint(1, 4))])
    lines = ["%s, %d%s" % (street, r.randint(1, 140), piso), pc + " " + city]
    if country:
        lines.append(pick(r, ["España", "Spain"]))
    return _join(lines, multi), city


def a_it(r, multi, country):
    pc, city, pr = pick(r, [("20121", "Milano", "MI"), ("00185", "Roma", "RM"), ("10121", "Torino", "TO"),
                            ("80134", "Napoli", "NA"), ("50122", "Firenze", "FI"), ("40126", "Bologna", "BO"),
                            ("90133", "Palermo", "PA"), ("37121", "Verona", "VR")])
    street = pick(r, ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza",
                      "Via Roma", "Piazza Santo Spirito", "Via Toledo", "Via Indipendenza"])
    lines = ["%s %d%s" % (street, r.randint(1, 200), pick(r, ["", "", "/B", " int. 4", ", scala C"])),
             "%s %s %s" % (pc, city, pick(r, [pr, "(" + pr + ")"]))]
    if country:
        lines.append(pick(r, ["Italia", "Italy"]))
    return _join(lines, multi), city


def a_nl(r, multi, country):
    pc4, city = pick(r, [("1016", "Amsterdam"), ("1072", "Amsterdam"), ("3511", "Utrecht"), ("3011", "Rotterdam"),
                         ("2511", "Den Haag"), ("5611", "Eindhoven"), ("9711", "Groningen"), ("2312", "Leiden")])
    street = pick(r, ["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Ferdinand Bolstraat", "Nobelstraat",
                      "Stratumseind", "Herestraat", "Breestraat"])
    lines = ["%s %d%s" % (street, r.randint(1, 400), pick(r, ["", "", "-H", "-2", " bis", "A"])),
             "%s %s%s %s" % (pc4, pick(r, "ABCDEGHJKLMNPRSTVWXZ"), pick(r, "ABCDEGHJKLMNPRSTVWXZ"),
                            city.upper() if chance(r, 0.25) else city)]
    if country:
        lines.append(pick(r, ["Nederland", "Netherlands"]))
    return _join(lines, multi), city


def a_pl(r, multi, country):
    pc, city = pick(r, [("00-238", "Warszawa"), ("02-516", "Warszawa"), ("31-019", "Kraków"), ("80-244", "Gdańsk"),
                        ("50-077", "Wrocław"), ("61-772", "Poznań"), ("90-001", "Łódź"), ("20-002", "Lublin")])
    street = pick(r, ["ul. Długa", "ul. Floriańska", "al. Grunwaldzka", "ul. Piotrkowska", "ul. Marszałkowska",
                      "ul. Świętojańska", "ul. Ruska", "os. Kalinowe"])
    nr = "%d" % r.randint(1, 120)
    if chance(r, 0.6):
        nr += pick(r, ["/%d" % r.randint(1, 60), " m. %d" % r.randint(1, 60), " lok. %d" % r.randint(1, 20)])
    lines = ["%s %s" % (street, nr), pc + " " + city]
    if country:
        lines.append(pick(r, ["Polska", "Poland"]))
    return _join(lines, multi), city


def a_tr(r, multi, country):
    pc, ilce, il = pick(r, [("34710", "Kadıköy", "İstanbul"), ("34367", "Şişli", "İstanbul"),
                            ("34433", "Beyoğlu", "İstanbul"), ("06420", "Çankaya", "Ankara"),
                            ("35220", "Konak", "İzmir"), ("16110", "Nilüfer", "Bursa"), ("07100", "Muratpaşa", "Antalya")])
    mah = pick(r, ["Caferağa Mah.", "Moda Mah.", "Kızılay Mah.", "Alsancak Mah.", "Cihangir Mah.", "Teşvikiye Mah."])
    cad = pick(r, ["Moda Cad.", "Atatürk Blv.", "Kıbrıs Şehitleri Cad.", "Bağdat Cad.", "Akarsu Sok.", "Valikonağı Cad."])
    no = pick(r, ["No:%d D:%d" % (r.randint(1, 150), r.randint(1, 20)), "No: %d Kat: %d" % (r.randint(1, 150), r.randint(1, 9)),
                  "No:%d/%d" % (r.randint(1, 150), r.randint(1, 20))])
    lines = ["%s %s %s" % (mah, cad, no), "%s %s/%s" % (pc, ilce, il)]
    if country:
        lines.append(pick(r, ["Türkiye", "Turkey"]))
    return _join(lines, multi), il


def a_jp(r, multi, country, latin=False):
    z, pref, city, town, bld = pick(r, [
        ("150-0001", "東京都", "渋谷区", "神宮前", "原宿ハイツ"), ("530-0001", "大阪府", "大阪市北区", "梅田", "ブリーゼ梅田"),
        ("460-0008", "愛知県", "名古屋市中区", "栄", "栄第一ビル"), ("810-0001", "福岡県", "福岡市中央区", "天神", "天神ビル"),
        ("060-0042", "北海道", "札幌市中央区", "大通西", "大通ハイム"), ("220-0012", "神奈川県", "横浜市西区", "みなとみらい", "MMタワーズ"),
        ("604-8005", "京都府", "京都市中京区", "恵比須町", "河原町レジデンス")])
    latin_map = {"東京都": ("Shibuya-ku", "Tokyo", "Jingumae"), "大阪府": ("Kita-ku", "Osaka", "Umeda"),
                 "愛知県": ("Naka-ku", "Nagoya", "Sakae"), "福岡県": ("Chuo-ku", "Fukuoka", "Tenjin"),
                 "北海道": ("Chuo-ku", "Sapporo", "Odori-nishi"), "神奈川県": ("Nishi-ku", "Yokohama", "Minatomirai"),
                 "京都府": ("Nakagyo-ku", "Kyoto", "Ebisucho")}
    n = "%d-%d-%d" % (r.randint(1, 6), r.randint(1, 30), r.randint(1, 25))
    room = r.randint(1, 12) * 100 + r.randint(1, 9)
    if latin:
        ward, cityl, townl = latin_map[pref]
        s = "%s %d, %s %s, %s, %s %s" % (ascii_fold(bld) if bld.isascii() else "Heights", room, n, townl, ward, cityl, z)
        if bld[0].isascii():
            s = "%s %d, %s %s, %s, %s %s" % (bld, room, n, townl, ward, cityl, z)
        else:
            s = "Room %d, %s %s, %s, %s %s" % (room, n, townl, ward, cityl, z)
        if country:
            s += ", Japan"
        return s, cityl
    short = {"東京都": "渋谷", "大阪府": "梅田", "愛知県": "名古屋", "福岡県": "天神", "北海道": "札幌", "神奈川県": "横浜",
             "京都府": "京都"}[pref]
    zz = pick(r, ["〒" + z, "〒" + z, z])
    body = "%s%s%s%s %s%d号室" % (pref, city, town, n, bld, room) if chance(r, 0.6) else "%s%s%s%s" % (pref, city, town, n)
    s = zz + ("\n" if multi else " ") + body
    if country:
        s = "日本 " + s
    return s, short


def a_kr(r, multi, country, latin=False):
    z, si, gu, ro, dong = pick(r, [("04036", "서울특별시", "마포구", "양화로", "서교동"), ("06236", "서울특별시", "강남구", "테헤란로", "역삼동"),
                                   ("48094", "부산광역시", "해운대구", "해운대해변로", "우동"), ("03187", "서울특별시", "종로구", "종로", "종로1가"),
                                   ("13529", "경기도", "성남시 분당구", "판교역로", "백현동"), ("61475", "광주광역시", "동구", "금남로", "금남로4가")])
    lat = {"양화로": ("Yanghwa-ro", "Mapo-gu", "Seoul"), "테헤란로": ("Teheran-ro", "Gangnam-gu", "Seoul"),
           "해운대해변로": ("Haeundaehaebyeon-ro", "Haeundae-gu", "Busan"), "종로": ("Jong-ro", "Jongno-gu", "Seoul"),
           "판교역로": ("Pangyoyeok-ro", "Bundang-gu, Seongnam-si", "Gyeonggi-do"), "금남로": ("Geumnam-ro", "Dong-gu", "Gwangju")}
    no = r.randint(1, 300)
    if latin:
        rl, gl, cl = lat[ro]
        s = "%s%d, %d %s, %s, %s %s" % (pick(r, ["", "Apt "]), r.randint(101, 1504), no, rl, gl, cl, z)
        if country:
            s += pick(r, [", Republic of Korea", ", South Korea", ", KOREA"])
        return s, cl
    extra = pick(r, ["", " %d층" % r.randint(2, 15), " %d호" % r.randint(101, 1504), " %d동 %d호" % (r.randint(101, 112), r.randint(101, 1504))])
    if chance(r, 0.5):
        s = "%s %s %s %d%s (%s)" % (si, gu, ro, no, extra, dong)
        s = s + ("\n" if multi else " ") + z
    else:
        s = "(%s) %s %s %s %d%s" % (z, si.replace("특별시", "").replace("광역시", ""), gu, ro, no, extra)
    return s, si


def a_cn(r, multi, country, latin=False):
    z, prov, city, dist, road = pick(r, [("200030", "", "上海市", "徐汇区", "漕溪北路"), ("100027", "", "北京市", "朝阳区", "三里屯路"),
                                         ("518057", "广东省", "深圳市", "南山区", "高新南七道"), ("310012", "浙江省", "杭州市", "西湖区", "文三路"),
                                         ("610021", "四川省", "成都市", "锦江区", "春熙路"), ("510623", "广东省", "广州市", "天河区", "天河路")])
    lat = {"漕溪北路": ("Caoxi North Road", "Xuhui District", "Shanghai"), "三里屯路": ("Sanlitun Road", "Chaoyang District", "Beijing"),
           "高新南七道": ("Gaoxin South 7th Road", "Nanshan District", "Shenzhen"), "文三路": ("Wensan Road", "Xihu District", "Hangzhou"),
           "春熙路": ("Chunxi Road", "Jinjiang District", "Chengdu"), "天河路": ("Tianhe Road", "Tianhe District", "Guangzhou")}
    no = r.randint(1, 600)
    if latin:
        rl, dl, cl = lat[road]
        s = "Room %d, No. %d %s, %s, %s %s" % (r.randint(101, 2805), no, rl, dl, cl, z)
        if country:
            s += ", China"
        return s, cl
    unit = pick(r, ["", "%d号楼%d室" % (r.randint(1, 12), r.randint(101, 2802)), "%d室" % r.randint(101, 2802),
                    "A座%d楼" % r.randint(2, 30)])
    s = "%s%s%s%s%d号%s" % (prov, city, dist, road, no, unit)
    if chance(r, 0.5):
        s += pick(r, [" 邮编" + z, " " + z, "（" + z + "）"])
    if country:
        s = "中国" + s
    return s, city


def a_in(r, multi, country):
    opts = [
        (lambda: ["Flat %d, %s" % (r.randint(101, 1204), pick(r, ["Sai Krupa Apartments", "Prestige Shantiniketan", "Sobha Lotus"])),
                  "%dth Cross, Indiranagar" % r.randint(2, 16), "Bengaluru, Karnataka %s" % pick(r, ["560038", "560008"])], "Bengaluru"),
        (lambda: ["%s-%d, Lajpat Nagar %s" % (pick(r, "ABCD"), r.randint(1, 90), pick(r, ["II", "IV"])), "New Delhi - 1100%s" % pick(r, ["24", "14"])], "New Delhi"),
        (lambda: ["%d/%d, %s Floor, Linking Road" % (r.randint(1, 40), r.randint(1, 9), pick(r, ["1st", "2nd", "3rd"])),
                  "Bandra West, Mumbai, Maharashtra 400050"], "Mumbai"),
        (lambda: ["Plot No. %d, Road No. %d, Jubilee Hills" % (r.randint(1, 400), r.randint(1, 45)), "Hyderabad, Telangana 500033"], "Hyderabad"),
        (lambda: ["Old No. %d, New No. %d, Kasturi Ranga Road" % (r.randint(1, 30), r.randint(31, 90)), "Alwarpet, Chennai 600018"], "Chennai"),
        (lambda: ["House %d, Sector %d-%s" % (r.randint(100, 3000), r.randint(7, 44), pick(r, "ABCD")), "Chandigarh 1600%s" % digits(r, 2)], "Chandigarh"),
        (lambda: ["%d, Park Street, 3rd Floor" % r.randint(1, 80), "Kolkata, West Bengal 700016"], "Kolkata"),
    ]
    f, city = pick(r, opts)
    lines = f()
    if country:
        lines.append("India")
    return _join(lines, multi), city


def a_in_hi(r, multi, country):
    city, s = pick(r, [("पटना", "मकान नं. %d, गली नं. %d, राजेंद्र नगर, पटना, बिहार 800016"),
                       ("जयपुर", "प्लॉट नं. %d, सेक्टर %d, मानसरोवर, जयपुर, राजस्थान 302020"),
                       ("लखनऊ", "%d/%d, गोमती नगर, लखनऊ, उत्तर प्रदेश 226010"),
                       ("भोपाल", "फ्लैट %d, ब्लॉक %d, अरेरा कॉलोनी, भोपाल 462016")])
    return s % (r.randint(1, 300), r.randint(1, 40)), city


def a_id(r, multi, country):
    opts = [("Jl. Kemang Raya No. %d, RT.%d/RW.%d, Bangka, Kec. Mampang Prapatan", "Jakarta Selatan 12730", "Jakarta Selatan"),
            ("Jl. Ir. H. Juanda No. %d, RT.%d/RW.%d, Dago, Kec. Coblong", "Bandung, Jawa Barat 40135", "Bandung"),
            ("Perum Griya Asri Blok C%d No. %d, RT.%d", "Sidoarjo 61252, Jawa Timur", "Sidoarjo"),
            ("Jl. Malioboro No. %d, RT.%d/RW.%d, Sosromenduran", "Yogyakarta 55271", "Yogyakarta"),
            ("Jl. Sunset Road No. %d, RT.%d/RW.%d, Kuta, Kab. Badung", "Bali 80361", "Kuta"),
            ("Jl. Gatot Subroto No. %d, RT.%d/RW.%d, Petisah Tengah", "Medan, Sumatera Utara 20112", "Medan")]
    l1, l2, city = pick(r, opts)
    lines = [l1 % (r.randint(1, 200), r.randint(1, 12), r.randint(1, 9)), l2]
    if country:
        lines.append("Indonesia")
    return _join(lines, multi), city


def a_ph(r, multi, country):
    opts = [(["Unit %d%s, The Residences, %d Legaspi St." % (r.randint(2, 38), pick(r, "ABCDE"), r.randint(100, 140)),
              "Legaspi Village, Makati City 1229", "Metro Manila"], "Makati City"),
            (["Blk %d Lot %d, Phase 2, Camella Homes" % (r.randint(1, 30), r.randint(1, 40)),
              "Brgy. Molino III, Bacoor, Cavite 4102"], "Bacoor"),
            (["%d Mabini St., Brgy. San Roque" % r.randint(1, 300), "Cebu City 6000"], "Cebu City"),
            (["Rm %d Tower 2, 32nd St. cor. 5th Ave." % r.randint(201, 2903), "BGC, Taguig City 1634"], "Taguig City"),
            (["%d P. Noval St., Sampaloc" % r.randint(1, 900), "Manila 1008"], "Manila"),
            (["Door %d, Ecoland Subd. Phase %d" % (r.randint(1, 20), r.randint(1, 4)), "Matina, Davao City 8000"], "Davao City")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if country:
        lines.append("Philippines")
    return _join(lines, multi), city


def a_ng(r, multi, country):
    opts = [(["Plot %d, Admiralty Way" % r.randint(1, 90), "Lekki Phase 1, Lagos %s" % pick(r, ["106104", ""]).strip()], "Lagos"),
            (["%d%s Awolowo Road" % (r.randint(1, 120), pick(r, ["", "B", "A"])), "Ikoyi, Lagos"], "Lagos"),
            (["No. %d Aminu Kano Crescent" % r.randint(1, 80), "Wuse II, Abuja 904101"], "Abuja"),
            (["%d Ogui Road" % r.randint(1, 90), "Enugu, Enugu State"], "Enugu"),
            (["Flat %d, Block %s, Bodija Estate" % (r.randint(1, 12), pick(r, "ABCDEF")), "Ibadan, Oyo State"], "Ibadan"),
            (["%d Allen Avenue, off Opebi Road" % r.randint(1, 60), "Ikeja, Lagos 100271"], "Lagos"),
            (["%d Trans-Amadi Road" % r.randint(1, 200), "Port Harcourt, Rivers State 500272"], "Port Harcourt")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if country:
        lines.append("Nigeria")
    return _join(lines, multi), city


def a_ke(r, multi, country):
    opts = [(["Plot %d, Ngong Lane, Kilimani" % r.randint(1, 99), "Nairobi"], "Nairobi"),
            (["P.O. Box %d-00100" % r.randint(10000, 79999), "Nairobi"], "Nairobi"),
            (["Kenya Cinema Plaza, 3rd Floor, Moi Avenue", "P.O. Box %d-00100, Nairobi" % r.randint(10000, 79999)], "Nairobi"),
            (["House No. %d, Nyali Road" % r.randint(1, 80), "Mombasa 80100"], "Mombasa"),
            (["%d Oginga Odinga Street" % r.randint(1, 80), "Kisumu 40100"], "Kisumu"),
            (["Apartment %s%d, Riverside Drive %d" % (pick(r, "ABC"), r.randint(1, 20), r.randint(1, 60)), "Westlands, Nairobi 00800"], "Nairobi")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if country:
        lines.append("Kenya")
    return _join(lines, multi), city


def a_za(r, multi, country):
    opts = [(["%d Kloof Street" % r.randint(1, 200), "Gardens", "Cape Town", "8001"], "Cape Town"),
            (["Unit %d, %d Jan Smuts Avenue" % (r.randint(1, 30), r.randint(1, 200)), "Rosebank", "Johannesburg", "2196"], "Johannesburg"),
            (["%d Florida Road" % r.randint(1, 400), "Morningside", "Durban", "4001"], "Durban"),
            (["%d Church Street" % r.randint(1, 90), "Stellenbosch", "7600"], "Stellenbosch"),
            (["PO Box %d" % r.randint(100, 9999), "Pretoria", "0001"], "Pretoria"),
            (["%d Main Road" % r.randint(1, 300), "Walmer", "Gqeberha", "6070"], "Gqeberha")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if not multi:
        lines = [", ".join(lines[:-1]) + ", " + lines[-1]]
    if country:
        lines.append("South Africa")
    return _join(lines, multi), city


def a_mx(r, multi, country):
    opts = [(["Av. Álvaro Obregón %d, Int. %d" % (r.randint(10, 300), r.randint(1, 12)), "Col. Roma Norte, Cuauhtémoc",
              "06700 Ciudad de México, CDMX"], "Ciudad de México"),
            (["Calle Colonias %d" % r.randint(10, 500), "Col. Americana", "44160 Guadalajara, Jal."], "Guadalajara"),
            (["Av. Constitución %d Pte." % r.randint(100, 2000), "Centro", "64000 Monterrey, N.L."], "Monterrey"),
            (["Calle 60 No. %d x 57" % r.randint(300, 600), "Centro", "97000 Mérida, Yuc."], "Mérida"),
            (["Calle Ámsterdam %d, Depto. %d" % (r.randint(10, 300), r.randint(101, 604)), "Col. Hipódromo Condesa",
              "06100 CDMX"], "Ciudad de México"),
            (["Blvd. Agua Caliente %d" % r.randint(1000, 11000), "Col. Aviación", "22014 Tijuana, B.C."], "Tijuana")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if country:
        lines.append(pick(r, ["México", "Mexico"]))
    return _join(lines, multi), city


def a_br(r, multi, country):
    opts = [(["Rua Augusta, %d, apto %d" % (r.randint(100, 2900), r.randint(11, 184)), "Consolação",
              "São Paulo - SP", "01304-%s" % digits(r, 3)], "São Paulo"),
            (["Av. Atlântica, %d, bloco B, ap. %d" % (r.randint(100, 4200), r.randint(101, 1204)), "Copacabana",
              "Rio de Janeiro - RJ", "22070-%s" % digits(r, 3)], "Rio de Janeiro"),
            (["Rua da Bahia, %d" % r.randint(100, 2000), "Centro", "Belo Horizonte - MG", "30160-%s" % digits(r, 3)], "Belo Horizonte"),
            (["SQN 308 Bloco %s, apto %d" % (pick(r, "ABCDEFGH"), r.randint(101, 606)), "Asa Norte", "Brasília - DF", "70747-030"], "Brasília"),
            (["Rua Padre Chagas, %d, sala %d" % (r.randint(10, 400), r.randint(1, 30)), "Moinhos de Vento",
              "Porto Alegre - RS", "90570-%s" % digits(r, 3)], "Porto Alegre"),
            (["Rua do Bom Jesus, %d" % r.randint(10, 300), "Recife Antigo", "Recife - PE", "50030-%s" % digits(r, 3)], "Recife")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if multi:
        lines = [lines[0], lines[1] + ", " + lines[2], "CEP " + lines[3]] if chance(r, 0.5) else \
            [lines[0] + " - " + lines[1], lines[2] + ", " + lines[3]]
    else:
        lines = [lines[0] + " - " + lines[1], lines[2], lines[3]]
    if country:
        lines.append("Brasil")
    return _join(lines, multi), city


def a_au(r, multi, country):
    opts = [(["Unit %d, %d Oxford St" % (r.randint(1, 30), r.randint(1, 300)), "Darlinghurst NSW 2010"], "Darlinghurst"),
            (["%d/%d Brunswick St" % (r.randint(1, 40), r.randint(1, 400)), "Fitzroy VIC 3065"], "Fitzroy"),
            (["%d Boundary St" % r.randint(1, 300), "West End QLD 4101"], "West End"),
            (["PO Box %d" % r.randint(100, 9999), "Fremantle WA 6959"], "Fremantle"),
            (["%d King William Rd" % r.randint(1, 200), "Hyde Park SA 5061"], "Hyde Park")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if country:
        lines.append("Australia")
    return _join(lines, multi), city


def a_se(r, multi, country):
    pc, city = pick(r, [("118 26", "Stockholm"), ("113 51", "Stockholm"), ("413 04", "Göteborg"), ("211 45", "Malmö"),
                        ("753 20", "Uppsala")])
    street = pick(r, ["Götgatan", "Linnégatan", "Davidshallsgatan", "Odengatan", "Kungsgatan", "Drottninggatan"])
    lines = ["%s %d%s" % (street, r.randint(1, 120), pick(r, ["", " B", ", lgh %d" % r.randint(1001, 1504)])), pc + " " + city]
    if country:
        lines.append(pick(r, ["Sverige", "Sweden"]))
    return _join(lines, multi), city


def a_ae(r, multi, country, arabic=False):
    if arabic:
        s, city = pick(r, [("فيلا %d، شارع %d، الصفا 2، دبي", "دبي"), ("شقة %d، برج السماء، جزيرة الريم، أبوظبي", "أبوظبي"),
                           ("مكتب %d، برج الفتان، دبي مارينا، ص.ب. 11234، دبي", "دبي")])
        s = s % ((r.randint(1, 90), r.randint(1, 40)) if s.count("%d") == 2 else (r.randint(101, 2404),))
        if country:
            s += "، الإمارات العربية المتحدة"
        return s, city
    opts = [(["Office %d, Al Fattan Tower" % r.randint(101, 3204), "Dubai Marina, PO Box %d" % r.randint(10000, 99999), "Dubai"], "Dubai"),
            (["Villa %d, Street %d%s" % (r.randint(1, 90), r.randint(1, 40), pick(r, ["", "b"])), "Al Safa 2", "Dubai"], "Dubai"),
            (["Apartment %d, Sky Tower" % r.randint(101, 3204), "Al Reem Island", "Abu Dhabi"], "Abu Dhabi"),
            (["Flat %d, Al Majaz 3, Corniche St" % r.randint(101, 2204), "Sharjah"], "Sharjah")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if country:
        lines.append(pick(r, ["UAE", "United Arab Emirates"]))
    return _join(lines, multi), city


def a_sa_ar(r, multi, country):
    s = pick(r, ["حي النخيل، شارع الأمير سلطان، مبنى %d، الرياض %d", "حي الروضة، طريق المدينة، مبنى %d، جدة %d",
                 "حي الفيصلية، شارع الملك فهد، مبنى %d، الدمام %d"])
    city = "الرياض" if "الرياض" in s else ("جدة" if "جدة" in s else "الدمام")
    s = s % (r.randint(1000, 9999), r.randint(12000, 32999))
    if country:
        s += "، المملكة العربية السعودية"
    return s, city


def a_ru(r, multi, country):
    opts = [("Москва", "125009", "ул. Тверская"), ("Москва", "119034", "ул. Пречистенка"), ("Санкт-Петербург", "191025", "Невский пр."),
            ("Екатеринбург", "620014", "ул. Малышева"), ("Казань", "420111", "ул. Баумана"), ("Новосибирск", "630099", "Красный пр.")]
    city, z, st = pick(r, opts)
    house = "д. %d" % r.randint(1, 120)
    flat = pick(r, ["кв. %d" % r.randint(1, 300), "офис %d" % r.randint(100, 1500), "стр. %d, кв. %d" % (r.randint(1, 4), r.randint(1, 90))])
    if chance(r, 0.5):
        s = "%s, %s%s, %s, %s, %s" % (z, "г. " if chance(r, 0.6) else "", city, st, house, flat)
    else:
        s = "%s, %s, %s, %s, %s" % (st, house, flat, city, z)
    if country:
        s += ", Россия"
    return s, city


def a_gr(r, multi, country, latin=False):
    if latin:
        s, city = pick(r, [("Ermou %d, 105 63 Athens", "Athens"), ("Tsimiski %d, 546 23 Thessaloniki", "Thessaloniki"),
                           ("Kolokotroni %d, 262 21 Patra", "Patra")])
        s = s % r.randint(1, 140)
        if country:
            s += ", Greece"
        return s, city
    st, pc, city = pick(r, [("Ερμού", "105 63", "Αθήνα"), ("Τσιμισκή", "546 23", "Θεσσαλονίκη"), ("Σκουφά", "106 73", "Αθήνα"),
                            ("Κολοκοτρώνη", "262 21", "Πάτρα"), ("Αγίου Δημητρίου", "546 33", "Θεσσαλονίκη")])
    lines = ["%s %d" % (st, r.randint(1, 140)), "%s %s" % (pc, city)]
    if country:
        lines.append("Ελλάδα")
    return _join(lines, multi), city


def a_th(r, multi, country, latin=False):
    if latin:
        s, city = pick(r, [("%d/%d Sukhumvit Soi 24, Khlong Tan, Khlong Toei, Bangkok 10110", "Bangkok"),
                           ("%d/%d Nimmanhaemin Rd, Suthep, Mueang, Chiang Mai 50200", "Chiang Mai")])
        return s % (r.randint(1, 200), r.randint(1, 60)), city
    s, city = pick(r, [("%d/%d ซอยสุขุมวิท 24 แขวงคลองตัน เขตคลองเตย กรุงเทพฯ 10110", "กรุงเทพฯ"),
                       ("%d/%d ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200", "เชียงใหม่"),
                       ("%d/%d ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310", "กรุงเทพมหานคร"),
                       ("%d/%d หมู่ %d ตำบลป่าตอง อำเภอกะทู้ ภูเก็ต 83150", "ภูเก็ต")])
    vals = tuple(r.randint(1, 120) for _ in range(s.count("%d")))
    return s % vals, city


def a_vn(r, multi, country):
    s, city = pick(r, [("%d Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
                       ("Số %d ngõ %d Hoàng Quốc Việt, Nghĩa Đô, Cầu Giấy, Hà Nội", "Hà Nội"),
                       ("%d Bạch Đằng, Hải Châu, Đà Nẵng", "Đà Nẵng"),
                       ("%d/%d Lê Văn Sỹ, Phường 13, Quận 3, TP.HCM", "TP.HCM")])
    vals = tuple(r.randint(1, 200) for _ in range(s.count("%d")))
    s = s % vals
    if country:
        s += ", Việt Nam"
    return s, city


def a_ca(r, multi, country):
    opts = [(["%d rue Saint-Paul O" % r.randint(1, 500), "Montréal QC H2Y 1Z%d" % r.randint(1, 9)], "Montréal"),
            (["%d-%d Queens Quay W" % (r.randint(101, 2804), r.randint(100, 600)), "Toronto ON M5V 3A%d" % r.randint(1, 9)], "Toronto"),
            (["%d W 4th Ave" % r.randint(1000, 3500), "Vancouver BC V6K 1N%d" % r.randint(1, 9)], "Vancouver"),
            (["%d 17 Ave SW" % r.randint(100, 1800), "Calgary AB T2S 0A%d" % r.randint(1, 9)], "Calgary")]
    lines, city = pick(r, opts)
    lines = list(lines)
    if country:
        lines.append("Canada")
    return _join(lines, multi), city


ADDR_FN = {"us": a_us, "gb": a_uk, "de": a_de, "fr": a_fr, "es": a_es, "it": a_it, "nl": a_nl, "pl": a_pl,
           "tr": a_tr, "jp": a_jp, "kr": a_kr, "cn": a_cn, "in": a_in, "id": a_id, "ph": a_ph, "ng": a_ng,
           "ke": a_ke, "za": a_za, "mx": a_mx, "br": a_br, "au": a_au, "se": a_se, "ae": a_ae, "ru": a_ru,
           "gr": a_gr, "th": a_th, "vn": a_vn, "ca": a_ca}
ADDR_LATIN_OK = ["us", "gb", "de", "fr", "es", "it", "nl", "pl", "tr", "in", "id", "ph", "ng", "ke", "za", "mx",
                 "br", "au", "se", "ae", "ca"]


def addr(r, cc, multi=None, country=None, **kw):
    if multi is None:
        multi = chance(r, 0.5)
    if country is None:
        country = chance(r, 0.25)
    return ADDR_FN[cc](r, multi, country, **kw)


# ----------------------------------------------------------------------------
# phones (local formats people type)
# ----------------------------------------------------------------------------
def ph_us(r, intl=None):
    a = pick(r, ["303", "512", "312", "503", "718", "404", "614", "818", "919", "612", "480", "615", "646", "213"])
    x, y = str(r.randint(201, 989)), digits(r, 4)
    if intl is None:
        intl = chance(r, 0.25)
    if intl:
        s = pick(r, ["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "+1.%s.%s.%s"]) % (a, x, y)
    else:
        s = pick(r, ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "1-%s-%s-%s", "(%s)%s-%s"]) % (a, x, y)
    if chance(r, 0.1):
        s += pick(r, [" ext. %d", " x%d", " ext %d"]) % r.randint(10, 899)
    return s


def ph_us_vanity(r):
    return pick(r, ["1-800-GLOW-NOW", "1-888-SIP-OAKS", "(855) 4-LUMENS", "1-877-PINE-TEE", "+1 800 KIDS-ARB",
                    "1-866-CANDLE-9", "888-FENNIK-1"])


def ph_uk(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.6):
        n = "7" + str(r.randint(400, 999)) + digits(r, 6)
        if intl:
            return pick(r, ["+44 %s %s", "+44 (0)%s %s", "+44%s%s", "0044 %s %s"]) % (n[:4], n[4:])
        if chance(r, 0.7):
            return pick(r, ["0%s %s", "0%s-%s", "0%s%s"]) % (n[:4], n[4:])
        return "0%s %s %s" % (n[:4], n[4:7], n[7:])
    area, rest = pick(r, [("20", 8), ("161", 7), ("113", 7), ("117", 7), ("141", 7), ("29", 8), ("131", 7)])
    d = nz_digits(r, rest)
    loc = "%s %s" % (d[:4], d[4:]) if len(area) == 2 else "%s %s" % (d[:3], d[3:])
    if intl:
        return pick(r, ["+44 %s %s", "+44 (0)%s %s"]) % (area, loc)
    return "0%s %s" % (area, loc) if chance(r, 0.7) else "(0%s) %s" % (area, loc)


def ph_de(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.55):
        pre = pick(r, ["151", "152", "157", "160", "170", "171", "172", "176", "177", "179"])
        n = digits(r, 7) + ("" if chance(r, 0.5) else digits(r, 1))
        if intl:
            return pick(r, ["+49 %s %s", "+49 (0)%s %s", "+49-%s-%s", "0049 %s %s"]) % (pre, n)
        if chance(r, 0.8):
            return pick(r, ["0%s %s", "0%s/%s", "0%s-%s", "0%s / %s"]) % (pre, n)
        return "0%s %s %s" % (pre, n[:3], n[3:])
    area = pick(r, ["30", "40", "89", "221", "69", "711", "341", "421", "911"])
    n = nz_digits(r, 8 - len(area) + 2)
    if intl:
        return pick(r, ["+49 %s %s", "+49 (0)%s %s", "+49-%s-%s"]) % (area, n)
    s = pick(r, ["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (area, n)
    if chance(r, 0.15):
        s += "-" + str(r.randint(10, 99))
    return s


def ph_fr(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    first = pick(r, ["6", "7", "1", "4", "9", "6", "6"])
    d = [digits(r, 2) for _ in range(4)]
    if intl:
        return pick(r, ["+33 %s %s %s %s %s", "+33 (0)%s %s %s %s %s", "+33%s%s%s%s%s", "0033 %s %s %s %s %s"]) % (first, *d)
    return pick(r, ["0%s %s %s %s %s", "0%s.%s.%s.%s.%s", "0%s%s%s%s%s", "0%s-%s-%s-%s-%s"]) % (first, *d)


def ph_es(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    mob = chance(r, 0.7)
    if mob:
        n = pick(r, ["6", "7"]) + digits(r, 8)
        loc = pick(r, ["%s %s %s", "%s%s%s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    else:
        n = pick(r, ["91", "93", "95", "96"]) + digits(r, 7)
        loc = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    return ("+34 " + loc) if intl else loc


def ph_it(r, intl=None):
    if intl is None:
        intl = chance(r, 0.3)
    if chance(r, 0.65):
        n = "3" + str(r.randint(20, 93)) + digits(r, 7)
        loc = pick(r, ["%s %s %s", "%s %s%s", "%s.%s.%s", "%s-%s%s"]) % (n[:3], n[3:6], n[6:])
    else:
        a = pick(r, ["02", "06", "011", "055", "081", "051"])
        loc = "%s %s" % (a, digits(r, 10 - len(a)))
    return ("+39 " + loc) if intl else loc


def ph_nl(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.65):
        n = digits(r, 8)
        if intl:
            return pick(r, ["+31 6 %s %s", "+31 (0)6 %s%s", "+316%s%s"]) % (n[:4], n[4:])
        if chance(r, 0.75):
            return pick(r, ["06-%s", "06 %s", "06%s"]) % n
        return "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])
    a = pick(r, ["20", "10", "30", "70", "40", "50"])
    n = digits(r, 7)
    if intl:
        return "+31 %s %s" % (a, n)
    if chance(r, 0.7):
        return pick(r, ["0%s-%s", "0%s %s"]) % (a, n)
    return "0%s %s %s" % (a, n[:3], n[3:])


def ph_pl(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.7):
        n = pick(r, ["5", "6", "7", "8"]) + digits(r, 8)
        loc = pick(r, ["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    else:
        a = pick(r, ["22", "12", "58", "71", "61", "42"])
        n = digits(r, 7)
        loc = pick(r, ["(%s) %s %s %s", "%s %s %s %s"]) % (a, n[:3], n[3:5], n[5:])
    return pick(r, ["+48 ", "+48 ", "0048 ", "(+48) "]) + loc if intl else loc


def ph_tr(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.7):
        a = "5" + pick(r, ["32", "33", "35", "05", "06", "42", "44", "52", "55", "30"])
    else:
        a = pick(r, ["212", "216", "312", "232", "224"])
    n = digits(r, 7)
    if intl:
        return pick(r, ["+90 %s %s %s %s", "+90 (%s) %s %s %s", "+90%s%s%s%s"]) % (a, n[:3], n[3:5], n[5:])
    return pick(r, ["0%s %s %s %s", "0 (%s) %s %s %s", "0%s-%s-%s-%s", "0%s%s%s%s"]) % (a, n[:3], n[3:5], n[5:])


def ph_jp(r, intl=None):
    if intl is None:
        intl = chance(r, 0.25)
    if chance(r, 0.6):
        p = pick(r, ["090", "080", "070"])
        a, b = digits(r, 4), digits(r, 4)
        if intl:
            return pick(r, ["+81 %s-%s-%s", "+81 %s %s %s", "+81-%s-%s-%s"]) % (p[1:], a, b)
        return pick(r, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s（%s）%s"]) % (p, a, b)
    a = pick(r, [("03", 4), ("06", 4), ("052", 3), ("092", 3), ("011", 3), ("045", 3), ("075", 3)])
    m = digits(r, a[1])
    l4 = digits(r, 4)
    if intl:
        return "+81 %s-%s-%s" % (a[0][1:], m, l4)
    return pick(r, ["%s-%s-%s", "%s(%s)%s"]) % (a[0], m, l4)


def ph_jp_free(r):
    return "0120-%s-%s" % (digits(r, 3), digits(r, 3))


def ph_kr(r, intl=None):
    if intl is None:
        intl = chance(r, 0.25)
    if chance(r, 0.75):
        a, b = digits(r, 4), digits(r, 4)
        if intl:
            return pick(r, ["+82 10-%s-%s", "+82 10 %s %s", "+82-10-%s-%s"]) % (a, b)
        return pick(r, ["010-%s-%s", "010 %s %s", "010%s%s", "010.%s.%s"]) % (a, b)
    a = pick(r, ["02", "031", "051", "062"])
    return ("+82 %s-%s-%s" % (a[1:], digits(r, 4 if a == "02" else 3), digits(r, 4))) if intl else \
        "%s-%s-%s" % (a, digits(r, 4 if a == "02" else 3), digits(r, 4))


def ph_cn_mobile(r):
    n = "1" + pick(r, ["38", "39", "58", "86", "35", "59", "77", "88", "36", "50"]) + digits(r, 8)
    return pick(r, ["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:7], n[7:])


def ph_cn(r, intl=None):
    if intl is None:
        intl = chance(r, 0.25)
    if chance(r, 0.75):
        n = "1" + pick(r, ["38", "39", "58", "86", "35", "59", "77", "88", "36", "50"]) + digits(r, 8)
        loc = pick(r, ["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:7], n[7:])
        return (pick(r, ["+86 ", "+86-", "0086 ", "(+86) "]) + loc) if intl else loc
    a = pick(r, ["021", "010", "0755", "0571", "028", "020"])
    n = digits(r, 8)
    return ("+86 %s %s %s" % (a[1:], n[:4], n[4:])) if intl else pick(r, ["%s-%s %s", "%s-%s%s", "(%s) %s %s"]) % (a, n[:4], n[4:])


def ph_in(r, intl=None):
    if intl is None:
        intl = chance(r, 0.45)
    if chance(r, 0.8):
        n = pick(r, ["9", "8", "7", "6"]) + digits(r, 9)
        if intl:
            return pick(r, ["+91 %s %s", "+91-%s-%s", "+91%s%s", "+91 %s%s", "(+91) %s %s"]) % (n[:5], n[5:])
        return pick(r, ["%s %s", "%s%s", "0%s %s", "0%s-%s"]) % (n[:5], n[5:])
    a = pick(r, ["80", "22", "11", "44", "40", "33"])
    n = digits(r, 8)
    return ("+91 %s %s %s" % (a, n[:4], n[4:])) if intl else pick(r, ["0%s-%s %s", "0%s %s %s", "0%s-%s%s"]) % (a, n[:4], n[4:])


def ph_id(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.8):
        n = "8" + pick(r, ["11", "12", "13", "21", "22", "52", "53", "56", "57", "77", "78", "95", "96"]) + digits(r, 7 + r.randint(0, 1))
        if intl:
            return pick(r, ["+62 %s-%s-%s", "+62 %s %s %s", "+62%s%s%s", "62%s%s%s"]) % (n[:3], n[3:7], n[7:])
        return pick(r, ["0%s-%s-%s", "0%s %s %s", "0%s%s%s", "0%s.%s.%s"]) % (n[:3], n[3:7], n[7:])
    a = pick(r, ["21", "22", "31", "274", "361"])
    return ("+62 %s %s" % (a, digits(r, 7))) if intl else "(0%s) %s" % (a, digits(r, 7))


def ph_ph(r, intl=None):
    if intl is None:
        intl = chance(r, 0.4)
    if chance(r, 0.8):
        n = "9" + pick(r, ["17", "18", "05", "15", "27", "99", "77", "66", "20"]) + digits(r, 7)
        if intl:
            return pick(r, ["+63 %s %s %s", "+63%s%s%s", "(+63) %s-%s-%s", "+63-%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
        return pick(r, ["0%s %s %s", "0%s-%s-%s", "0%s%s%s"]) % (n[:3], n[3:6], n[6:])
    n = digits(r, 8)
    return ("+63 2 %s %s" % (n[:4], n[4:])) if intl else "(02) %s %s" % (n[:4], n[4:])


def ph_ng(r, intl=None):
    if intl is None:
        intl = chance(r, 0.45)
    n = pick(r, ["803", "806", "813", "816", "703", "706", "802", "808", "812", "805", "807", "815", "905", "909"]) + digits(r, 7)
    if intl:
        return pick(r, ["+234 %s %s %s", "+234%s%s%s", "+234-%s-%s-%s", "234 %s %s %s", "+234 (0)%s %s %s"]) % (n[:3], n[3:6], n[6:])
    return pick(r, ["0%s %s %s", "0%s%s%s", "0%s-%s-%s", "0%s/%s/%s"]) % (n[:3], n[3:6], n[6:])


def ph_ke(r, intl=None):
    if intl is None:
        intl = chance(r, 0.45)
    n = pick(r, ["7", "7", "1"]) + digits(r, 8)
    if intl:
        return pick(r, ["+254 %s %s", "+254%s%s", "254 %s %s", "+254-%s-%s"]) % (n[:3], n[3:])
    return pick(r, ["0%s %s %s", "0%s%s%s", "0%s-%s-%s"]) % (n[:3], n[3:6], n[6:])


def ph_za(r, intl=None):
    if intl is None:
        intl = chance(r, 0.4)
    if chance(r, 0.7):
        p = pick(r, ["82", "83", "84", "72", "73", "76", "79", "61", "71"])
    else:
        p = pick(r, ["21", "11", "31", "12"])
    n = digits(r, 7)
    if intl:
        return pick(r, ["+27 %s %s %s", "+27%s%s%s", "+27 (0)%s %s %s"]) % (p, n[:3], n[3:])
    return pick(r, ["0%s %s %s", "0%s-%s-%s", "0%s%s%s", "(0%s) %s %s"]) % (p, n[:3], n[3:])


def ph_mx(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    a = pick(r, ["55", "33", "81", "999", "664"])
    n = digits(r, 10 - len(a))
    if len(a) == 2:
        loc = pick(r, ["%s %s %s", "(%s) %s-%s", "%s-%s-%s", "%s%s%s"]) % (a, n[:4], n[4:])
    else:
        loc = pick(r, ["%s %s %s", "(%s) %s-%s"]) % (a, n[:3], n[3:])
    return pick(r, ["+52 ", "+52 1 ", "+52-"]) + loc if intl else loc


def ph_br(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    a = pick(r, ["11", "21", "31", "61", "51", "81", "71", "41"])
    if chance(r, 0.8):
        n = "9" + digits(r, 8)
        loc = pick(r, ["(%s) %s-%s", "%s %s-%s", "(%s)%s-%s", "%s %s %s", "%s%s%s"]) % (a, n[:5], n[5:])
    else:
        n = str(r.randint(2, 5)) + digits(r, 7)
        loc = pick(r, ["(%s) %s-%s", "%s %s-%s"]) % (a, n[:4], n[4:])
    return ("+55 " + loc) if intl else loc


def ph_au(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.65):
        n = "4" + digits(r, 8)
        return ("+61 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else pick(r, ["0%s %s %s", "0%s%s%s", "0%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if chance(r, 0.2):
        return "1300 %s %s" % (digits(r, 3), digits(r, 3))
    a = pick(r, ["2", "3", "7", "8"])
    n = digits(r, 8)
    return ("+61 %s %s %s" % (a, n[:4], n[4:])) if intl else "(0%s) %s %s" % (a, n[:4], n[4:])


def ph_se(r, intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if chance(r, 0.7):
        p = pick(r, ["70", "72", "73", "76", "79"])
        n = digits(r, 7)
        if intl:
            return "+46 %s %s %s %s" % (p, n[:3], n[3:5], n[5:])
        return pick(r, ["0%s-%s %s %s", "0%s %s %s %s", "0%s-%s%s%s"]) % (p, n[:3], n[3:5], n[5:])
    n = digits(r, 8)
    return ("+46 8 %s %s" % (n[:4], n[4:])) if intl else "08-%s %s %s" % (n[:3], n[3:6], n[6:])


def ph_ae(r, intl=None):
    if intl is None:
        intl = chance(r, 0.5)
    if chance(r, 0.75):
        p = pick(r, ["50", "52", "54", "55", "56", "58"])
        n = digits(r, 7)
        return ("+971 %s %s %s" % (p, n[:3], n[3:])) if intl else pick(r, ["0%s %s %s", "0%s-%s%s", "0%s%s%s"]) % (p, n[:3], n[3:])
    p = pick(r, ["4", "2", "6"])
    n = digits(r, 7)
    return ("+971 %s %s %s" % (p, n[:3], n[3:])) if intl else "0%s %s %s" % (p, n[:3], n[3:])


def ph_sa(r, intl=None):
    if intl is None:
        intl = chance(r, 0.5)
    n = "5" + pick(r, "0345689") + digits(r, 7)
    return ("+966 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])


def ph_ru(r, intl=None):
    if intl is None:
        intl = chance(r, 0.55)
    a = pick(r, ["916", "903", "925", "985", "977", "495", "812", "921", "343"])
    n = digits(r, 7)
    if intl:
        return pick(r, ["+7 (%s) %s-%s-%s", "+7 %s %s-%s-%s", "+7%s%s%s%s", "+7-%s-%s-%s-%s"]) % (a, n[:3], n[3:5], n[5:])
    return pick(r, ["8 (%s) %s-%s-%s", "8 %s %s-%s-%s", "8%s%s%s%s", "8-%s-%s-%s-%s"]) % (a, n[:3], n[3:5], n[5:])


def ph_gr(r, intl=None):
    if intl is None:
        intl = chance(r, 0.4)
    if chance(r, 0.65):
        n = "69" + str(r.randint(0, 9)) + digits(r, 7)
        loc = pick(r, ["%s %s %s", "%s%s%s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    else:
        n = pick(r, ["210", "2310", "2610"])
        rest = digits(r, 10 - len(n))
        loc = "%s %s" % (n, rest)
    return ("+30 " + loc) if intl else loc


def ph_th(r, intl=None):
    if intl is None:
        intl = chance(r, 0.3)
    if chance(r, 0.75):
        p = pick(r, ["81", "82", "86", "89", "91", "92", "95", "98", "61", "62", "63"])
        n = digits(r, 7)
        return ("+66 %s %s %s" % (p, n[:3], n[3:])) if intl else pick(r, ["0%s-%s-%s", "0%s %s %s", "0%s%s%s"]) % (p, n[:3], n[3:])
    n = digits(r, 7)
    return ("+66 2 %s %s" % (n[:3], n[3:])) if intl else "02-%s-%s" % (n[:3], n[3:])


def ph_vn(r, intl=None):
    if intl is None:
        intl = chance(r, 0.3)
    p = pick(r, ["90", "91", "93", "94", "96", "97", "98", "86", "88", "70", "77", "32", "35", "38"])
    n = digits(r, 7)
    if intl:
        return pick(r, ["+84 %s %s %s", "+84%s%s%s", "(+84) %s-%s-%s"]) % (p, n[:3], n[3:])
    return pick(r, ["0%s %s %s", "0%s.%s.%s", "0%s%s%s", "0%s-%s-%s"]) % (p, n[:3], n[3:])


def ph_ca(r, intl=None):
    a = pick(r, ["416", "647", "514", "438", "604", "778", "403"])
    x, y = str(r.randint(201, 989)), digits(r, 4)
    if intl or (intl is None and chance(r, 0.3)):
        return "+1 %s %s %s" % (a, x, y)
    return pick(r, ["(%s) %s-%s", "%s-%s-%s", "%s %s-%s"]) % (a, x, y)


PHONE_FN = {"us": ph_us, "gb": ph_uk, "de": ph_de, "fr": ph_fr, "es": ph_es, "it": ph_it, "nl": ph_nl, "pl": ph_pl,
            "tr": ph_tr, "jp": ph_jp, "kr": ph_kr, "cn": ph_cn, "in": ph_in, "id": ph_id, "ph": ph_ph, "ng": ph_ng,
            "ke": ph_ke, "za": ph_za, "mx": ph_mx, "br": ph_br, "au": ph_au, "se": ph_se, "ae": ph_ae, "sa": ph_sa,
            "ru": ph_ru, "gr": ph_gr, "th": ph_th, "vn": ph_vn, "ca": ph_ca}


def phone(r, cc, intl=None):
    return PHONE_FN[cc](r, intl)


# country code lookups for cultures
CULT_CC = {"us": "us", "gb": "gb", "word": "us", "yo": "ng", "ig": "ng", "ha": "ng", "ke": "ke", "za": "za",
           "in": "in", "pk": "in", "cn": "cn", "jp": "jp", "kr": "kr", "vn": "vn", "id": "id", "ph": "ph",
           "th": "th", "ar": "ae", "tr": "tr", "de": "de", "fr": "fr", "es": "es", "br": "br", "it": "it",
           "nl": "nl", "nordic": "se", "pl": "pl", "ru": "ru", "gr": "gr", "zh_n": "cn", "ja_n": "jp", "ko_n": "kr",
           "hi_n": "in", "el_n": "gr", "ar_n": "ae", "th_n": "th", "ru_n": "ru"}
CC_CULTS = {}
for _c, _cc in CULT_CC.items():
    CC_CULTS.setdefault(_cc, []).append(_c)
CC_CULTS["mx"] = ["es"]
CC_CULTS["au"] = ["gb", "us", "word", "cn", "in"]
CC_CULTS["ca"] = ["us", "fr", "in", "cn"]

COUNTRY_EN = {"us": "USA", "gb": "UK", "de": "Germany", "fr": "France", "es": "Spain", "it": "Italy",
              "nl": "Netherlands", "pl": "Poland", "tr": "Turkey", "jp": "Japan", "kr": "South Korea", "cn": "China",
              "in": "India", "id": "Indonesia", "ph": "Philippines", "ng": "Nigeria", "ke": "Kenya",
              "za": "South Africa", "mx": "Mexico", "br": "Brazil", "au": "Australia", "se": "Sweden",
              "ae": "UAE", "ru": "Russia", "gr": "Greece", "th": "Thailand", "vn": "Vietnam", "ca": "Canada"}
CITIES = {"us": ["Denver", "Austin", "Chicago", "Portland", "Atlanta", "Nashville", "Phoenix", "Seattle", "Boston"],
          "gb": ["Leeds", "Manchester", "Bristol", "Glasgow", "London", "Cardiff", "Belfast"],
          "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"], "fr": ["Lyon", "Paris", "Marseille", "Lille", "Nantes"],
          "es": ["Madrid", "Valencia", "Sevilla", "Bilbao"], "it": ["Milano", "Roma", "Torino", "Bologna"],
          "nl": ["Utrecht", "Rotterdam", "Amsterdam", "Eindhoven"], "pl": ["Kraków", "Gdańsk", "Wrocław", "Poznań"],
          "tr": ["İstanbul", "İzmir", "Ankara", "Bursa"], "jp": ["Osaka", "Fukuoka", "Sapporo", "Nagoya"],
          "kr": ["Busan", "Seoul", "Incheon"], "cn": ["Shenzhen", "Chengdu", "Hangzhou"],
          "in": ["Pune", "Bengaluru", "Jaipur", "Kochi", "Hyderabad"], "id": ["Surabaya", "Bandung", "Medan"],
          "ph": ["Cebu", "Davao", "Quezon City"], "ng": ["Lagos", "Abuja", "Ibadan", "Port Harcourt"],
          "ke": ["Nairobi", "Mombasa", "Kisumu"], "za": ["Durban", "Cape Town", "Johannesburg"],
          "mx": ["Guadalajara", "Monterrey", "Puebla"], "br": ["Curitiba", "Salvador", "Recife", "São Paulo"],
          "au": ["Melbourne", "Brisbane", "Perth"], "se": ["Göteborg", "Malmö", "Uppsala"],
          "ae": ["Dubai", "Abu Dhabi", "Sharjah"], "ru": ["Kazan", "Novosibirsk"], "gr": ["Thessaloniki", "Athens"],
          "th": ["Chiang Mai", "Bangkok", "Phuket"], "vn": ["Da Nang", "Hanoi"], "ca": ["Toronto", "Montréal", "Vancouver"]}


# ----------------------------------------------------------------------------
# cards, IBANs, SSNs, IPs
# ----------------------------------------------------------------------------
def luhn_check_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
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


def card(r, brand=None, style=None):
    brand = brand or pick(r, ["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, ln = "4" + digits(r, 5), 16
    elif brand == "mc":
        pre, ln = pick(r, [str(r.randint(51, 55)), str(r.randint(2221, 2720))]), 16
    elif brand == "amex":
        pre, ln = pick(r, ["34", "37"]), 15
    else:
        pre, ln = pick(r, ["6011", "65"]), 16
    payload = pre + digits(r, ln - 1 - len(pre))
    num = payload + luhn_check_digit(payload)
    assert luhn_ok(num)
    style = style or pick(r, ["space", "space", "plain", "dash", "space"])
    if ln == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "plain":
        return num
    return (" " if style == "space" else "-").join(groups)


IBAN_SPEC = {  # cc: (length of BBAN, generator)
    "DE": lambda r: pick(r, ["10010010", "37040044", "50010517", "20050550", "70150000"]) + digits(r, 10),
    "FR": lambda r: pick(r, ["30004", "20041", "30003", "10278"]) + digits(r, 5) + digits(r, 11) + digits(r, 2),
    "ES": lambda r: pick(r, ["2100", "0049", "0182", "2038"]) + digits(r, 4) + digits(r, 2) + digits(r, 10),
    "IT": lambda r: pick(r, "XKLMV") + pick(r, ["03069", "02008", "05034"]) + digits(r, 5) + digits(r, 12),
    "NL": lambda r: pick(r, ["INGB", "RABO", "ABNA", "TRIO", "SNSB"]) + digits(r, 10),
    "GB": lambda r: pick(r, ["NWBK", "BARC", "MIDL", "LOYD", "MONZ"]) + digits(r, 6) + digits(r, 8),
    "IE": lambda r: pick(r, ["AIBK", "BOFI"]) + digits(r, 6) + digits(r, 8),
    "PL": lambda r: digits(r, 24),
    "TR": lambda r: digits(r, 5) + "0" + digits(r, 16),
    "BE": lambda r: digits(r, 12),
    "AT": lambda r: digits(r, 16),
    "CH": lambda r: digits(r, 17),
    "SE": lambda r: digits(r, 20),
    "PT": lambda r: digits(r, 21),
    "AE": lambda r: digits(r, 19),
    "SA": lambda r: digits(r, 2) + digits(r, 18),
    "GR": lambda r: digits(r, 23),
    "BR": lambda r: digits(r, 8) + digits(r, 5) + digits(r, 10) + "C" + "1",
    "DK": lambda r: digits(r, 14),
    "NO": lambda r: digits(r, 11),
}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(ib):
    ib = ib.replace(" ", "")
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(r, cc, spaced=None):
    bban = IBAN_SPEC[cc](r)
    ib = cc + iban_check(cc, bban) + bban
    assert iban_valid(ib)
    if spaced is None:
        spaced = chance(r, 0.6)
    if spaced:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def ssn(r, style=None):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or pick(r, ["dash", "dash", "dash", "space", "plain"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def ipv4(r, private=False):
    if private:
        return pick(r, ["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                        "192.168.%d.%d" % (r.randint(0, 10), r.randint(2, 254)),
                        "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    first = pick(r, [23, 31, 37, 41, 45, 49, 62, 66, 73, 77, 81, 85, 89, 95, 102, 105, 110, 115, 122, 141, 152, 154,
                     177, 181, 186, 188, 190, 196, 197, 201, 203, 212, 213, 217])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    pre = pick(r, ["2a02:8108", "2600:1700", "2001:4860", "2a01:cb00", "2406:da18", "2804:14c", "2c0f:f4c0",
                   "2409:4060", "2a00:23c6", "2605:a601"])
    hs = ["%x" % r.randint(0, 0xffff) for _ in range(6)]
    if chance(r, 0.4):
        return pre + "::" + ":".join(hs[3:])
    return pre + ":" + ":".join(hs)


def ip_any(r):
    return ipv6(r) if chance(r, 0.3) else ipv4(r, private=chance(r, 0.1))


# ----------------------------------------------------------------------------
# distractors
# ----------------------------------------------------------------------------
def order_no(r):
    return pick(r, ["#%d" % r.randint(100000, 999999), "SO-%d" % r.randint(100000, 999999),
                    "ORD-%s-%s" % (digits(r, 4), digits(r, 4)), "PO %s" % ("45" + digits(r, 8)),
                    "%s-%s-%s" % (digits(r, 3), digits(r, 7), digits(r, 7)), "INV-2025-%s" % digits(r, 5)])


def sku(r):
    return pick(r, ["SKU %s-%s" % (pick(r, ["LMF", "MGF", "NPK", "VLB", "OAK", "BRS", "KYT"]), digits(r, 4)),
                    "%s%s-%s" % (pick(r, ["HS", "CL", "TW", "FN"]), digits(r, 3), pick(r, ["BLK", "SND", "OLV", "RSE"])),
                    "EAN %s" % ("40" + digits(r, 11)), "UPC %s" % ("8" + digits(r, 11))])


def tracking(r):
    return pick(r, ["1Z%s%s" % (pick(r, ["999AA1", "A1B2C3", "W45F72"]), digits(r, 10)),
                    "JD0146000%s" % digits(r, 11), "LX%sDE" % digits(r, 9), "RR%sCN" % digits(r, 9),
                    "9400 1%s %s %s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 2)),
                    "TBA%s" % digits(r, 12), "%s" % ("00340434" + digits(r, 12))])


def price(r, cur=None):
    cur = cur or pick(r, ["$", "€", "£"])
    v = r.randint(5, 4000)
    c = r.randint(0, 99)
    if cur == "€":
        return pick(r, ["%d,%02d €" % (v, c), "€%d.%02d" % (v, c), "EUR %d" % v])
    if cur == "£":
        return "£%d.%02d" % (v, c)
    return "$%s.%02d" % ("{:,}".format(v), c)


def date_str(r, style=None):
    d, m, y = r.randint(1, 28), r.randint(1, 12), pick(r, [2024, 2025, 2025, 2026])
    style = style or pick(r, ["iso", "us", "eu", "long", "short"])
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "us":
        return "%d/%d/%d" % (m, d, y)
    if style == "eu":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "long":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    return "%s %d" % (MONTHS[m - 1][:3], d)


def time_str(r):
    return "%02d:%02d" % (r.randint(7, 21), pick(r, [0, 15, 30, 45, 10, 50]))


def promo(r):
    return pick(r, ["SUMMER25", "HOPE10", "GRACE-VIP", "JUNEJOY", "MAYDAY15", "WELCOME-20", "SUNNY5", "AUTUMN30",
                    "CHANCE2WIN", "FRIDAYDROP", "BF-2025-XL", "APRIL-GLOW", "MERCI15", "GRATIS-ENVIO"])


def camp_code(r):
    return "%s_%s_%s" % (pick(r, ["Q1", "Q2", "Q3", "Q4", "FY26", "H2"]),
                         pick(r, ["SPRING", "SUMMER", "BTS", "HOLIDAY", "LAUNCH", "LOYALTY", "PR"]), digits(r, 3))


def ticket_no(r):
    return pick(r, ["CS-%d" % r.randint(10000, 99999), "ZD#%d" % r.randint(1000000, 9999999),
                    "INC%s" % digits(r, 7), "CX-2025-%s" % digits(r, 5)])


# ----------------------------------------------------------------------------
# kind registry
# ----------------------------------------------------------------------------
KINDS = []


def kind(n):
    def deco(fn):
        KINDS.append((fn.__name__[2:], n, fn))
        return fn
    return deco


ALL_CC = ["us", "gb", "de", "fr", "es", "it", "nl", "pl", "tr", "jp", "kr", "cn", "in", "id", "ph", "ng", "ke",
          "za", "mx", "br", "au", "se", "ae", "ru", "gr", "th", "vn", "ca"]
LATIN_ADDR_CC = ["us", "gb", "de", "fr", "es", "it", "nl", "pl", "tr", "in", "id", "ph", "ng", "ke", "za", "mx",
                 "br", "au", "se", "ae", "ca"]


def pcc(r, cc=None, native_ok=True):
    cc = cc or pick(r, ALL_CC)
    cults = CC_CULTS[cc]
    if not native_ok:
        cults = [c for c in cults if not c.endswith("_n")] or cults
    return person(r, pick(r, cults)), cc


def city_of(r, cc):
    return pick(r, CITIES[cc])


def handle_for(r, p):
    g = slug(p["lg"].split()[0])
    f = slug(p["lf"])
    return pick(r, ["@%s.%s" % (g, f), "@%s%s" % (g, pick(r, ["glows", "eats", "runs", "_styles", ".travels", "bakes", "lifts"])),
                    "@by%s" % g, "@%s_%s" % (g, f[:3]), "@the%scloset" % g, "@%s.%s%d" % (g, f[:1], r.randint(1, 99))])


def corp_email(r, p, company):
    dom = DOMAINS.get(company, slug(company) + ".com")
    return email_for(r, p, domain=dom, corporate=True)


# ----------------------------------------------------------------------------
# English kinds
# ----------------------------------------------------------------------------
@kind(6)
def k_creator_outreach_dm_thread(r):
    b = B()
    brand = pick(r, COMPANIES)
    acct = slug(brand)[:12]
    cc = pick(r, ["us", "gb", "ng", "ke", "za", "in", "ph", "au", "ca", "ae", "id"])
    p, _ = pcc(r, cc, native_ok=False)
    rep = person(r)
    spk = pick(r, [p["g"].lower(), p["g"], p["g"].lower()])
    day = pick(r, ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"])
    clk = Clock(r)
    b.l("[IG DM export {b} <-> {h}]", b=("@" + acct), h=handle_for(r, p))
    b.l("{d} {t}  {a}: hiii {n}! {rep} here from the {br} social team 🫶 we've been loving your {topic} posts",
        d=day, t=clk.next(), a=acct, n=P(p["g"]), rep=P(rep["g"]), br=brand,
        topic=pick(r, ["skincare", "hiking", "mum-life", "coffee", "desk setup", "thrift", "gym", "street style"]))
    b.l("{d} {t}  {a}: would u be up for a PR box from the {prod} launch? no strings attached x", d=day,
        t=clk.next(0, 3), a=acct, prod=pick(r, ["Hope Serum", "Grace Collection", "Summer Drop", "Aurora line", "June Bloom"]))
    b.l("{d} {t}  {s}: omg yesss 😭 i literally ran out last week", d=day, t=clk.next(5, 90), s=P(spk))
    b.l("{d} {t}  {a}: amazing!! whats the best address + a number for the courier?", d=day, t=clk.next(1, 20), a=acct)
    a, city = addr(r, cc, multi=chance(r, 0.5))
    b.l("{d} {t}  {s}: {ad}", d=day, t=clk.next(2, 40), s=P(spk), ad=AD(a))
    b.l("{d} {t}  {s}: {ph} (whatsapp is fine too)", d=day, t=clk.next(0, 2), s=P(spk), ph=PH(phone(r, cc)))
    if chance(r, 0.6):
        m = person(r)
        b.l("{d} {t}  {s}: oh and cc my manager {m} for anything paid pls → {e}", d=day, t=clk.next(0, 5), s=P(spk),
            m=P(m["full"]), e=E(corp_email(r, m, pick(r, AGENCIES))))
    if chance(r, 0.5):
        b.l("{d} {t}  {a}: noted! ships {wd} from our {c} warehouse, tracking to follow 📦", d=day, t=clk.next(3, 30), a=acct,
            wd=pick(r, WEEKDAYS), c=LOC(city_of(r, pick(r, ["us", "gb", "nl", "de"]))))
    else:
        b.l("{d} {t}  {a}: perfect ty!! {e}", d=day, t=clk.next(3, 30), a=acct, e=pick(r, ["🙌", "💛", "✨"]))
    return b, "en"


@kind(6)
def k_creator_agreement_party_clause(r):
    b = B()
    brand = pick(r, COMPANIES)
    us = chance(r, 0.4)
    bcc = pick(r, ["gb", "us", "de", "nl"])
    bad, _ = addr(r, bcc, multi=False, country=True)
    ccc = "us" if us else pick(r, ["gb", "de", "fr", "es", "it", "nl", "pl", "tr", "ae", "br", "ng"])
    p, _ = pcc(r, ccc, native_ok=False)
    pad, _ = addr(r, ccc, multi=False, country=chance(r, 0.6))
    ag = pick(r, AGENCIES)
    m = person(r, pick(r, ["us", "gb", "word", "in", "nl"]))
    b.l("CREATOR SERVICES AGREEMENT — SCHEDULE A (PARTIES & PAYMENT)")
    b.l("Ref: {ref}   Campaign: {c}", ref="CSA-%s-%s" % (digits(r, 4), pick(r, "ABCDEF")), c=camp_code(r))
    b.l()
    b.l("This Agreement is made on {d} between:", d=date_str(r, "long"))
    b.l()
    b.l("(1) {br} Ltd, company no. {no}, whose registered office is at {ad} (the \"Brand\"); and",
        br=brand, no=nz_digits(r, 8), ad=AD(bad))
    b.l()
    b.l("(2) {n}, professionally known as \"{h}\", of {ad} (the \"Creator\"), acting through {ag} "
        "(attn. {m}, {me}).", n=P(p["full"].upper() if chance(r, 0.3) else p["full"]), h=handle_for(r, p), ad=AD(pad),
        ag=ag, m=P(m["full"]), me=E(corp_email(r, m, ag)))
    b.l()
    b.l("3. FEES. The Brand shall pay the Fee of {pr} within thirty (30) days of receipt of a valid invoice.", pr=price(r))
    if us:
        b.l("3.1 Payee: {n}. Tax ID (SSN): {s}. ACH routing no. {rt}, account no. {acct}.", n=P(p["full"]),
            s=SSN(ssn(r)), rt="0" + digits(r, 8), acct=digits(r, 10))
    else:
        icc = {"gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "tr": "TR",
               "ae": "AE", "br": "BR", "ng": "GB"}[ccc]
        b.l("3.1 Payee account: {n}, IBAN {ib}, BIC {bic}.", n=P(p["full"]), ib=IB(iban(r, icc)),
            bic=pick(r, BIC_BY_CC[icc]))
    b.l("4. NOTICES. Notices to the Creator shall be sent to {e} (tel. {ph}) and to the Brand at legal@{dom}.",
        e=E(email_for(r, p)), ph=PH(phone(r, ccc)), dom=DOMAINS.get(brand, "brand.com"))
    return b, "en"


@kind(5)
def k_ugc_moderation_queue_dump(r):
    b = B()
    tag = pick(r, ["#GlowWithLumen", "#PeltAndPineOutside", "#OaklineMornings", "#BrisaSummer", "#FennikFits", "#KaiyoCalm"])
    b.l("UGC QUEUE {t} — exported {d} {tm} UTC — moderator view", t=tag, d=date_str(r, "iso"), tm=time_str(r))
    b.l("item_id | handle | ip | flag | excerpt | decision")
    n = r.randint(4, 9)
    mods = people(r, 2)
    for i in range(n):
        p = person(r)
        iid = "ugc_%s" % digits(r, 7)
        kind_ = pick(r, ["mention", "mention", "spam_phone", "clean", "brand", "spam_email", "clean"])
        b.f("{i} | {h} | {ip} | ", i=iid, h=handle_for(r, p), ip=IP(ip_any(r)))
        if kind_ == "mention":
            q = person(r)
            b.f("none | \"{x}\"", x=pick(r, [
                ["tagged my sister ", P(q["g"]), " in this lol she needs it"],
                ["my mum ", P(q["full"]), " swears by the ", pick(r, ["Hope Serum", "Grace Collection", "Sunny Side granola"])],
                ["shoutout to ", P(q["g"]), " at the ", LOC(city_of(r, pick(r, ["us", "gb", "au", "ca"]))), " store for the tip!!"],
                ["bought this w/ ", P(q["g"].lower()), " on ", pick(r, WEEKDAYS), ", zero regrets"]]))
            b.l(" | APPROVE")
        elif kind_ == "spam_phone":
            cc = pick(r, ["ng", "in", "ph", "id", "ke", "us"])
            b.l("spam | \"cheap Dior + Chanel wholesale!! whatsapp {ph} 🔥🔥\" | REJECT", ph=PH(phone(r, cc, intl=True)))
        elif kind_ == "spam_email":
            q = person(r)
            b.l("spam | \"earn $500/day, email {e}\" | REJECT", e=E(email_for(r, q)))
        elif kind_ == "brand":
            b.l("off-brand | \"{x}\" | HOLD", x=pick(r, ["Mercedes ad in background, blur pls", "shows Ben & Jerry's tub, licensing?",
                                                         "features Tommy Hilfiger jacket logo", "Marley the Otter mascot used in meme"]))
        else:
            b.l("none | \"{x}\" | APPROVE", x=pick(r, ["obsessed w the June Bloom candle", "10/10 would buy again",
                                                       "the Summer Drop sold out in an hour??", "packaging 🤌"]))
    b.l("-- reviewed by {a}, 2nd pass {c}", a=P(mods[0]["g"]), c=P(initial_last(mods[1])))
    return b, "en"


@kind(4)
def k_badge_print_batch_export(r):
    b = B()
    ev = pick(r, ["BrandLab Summit", "Retail Futures Expo", "CX Live", "Creator Economy Forum", "Loyalty Week"])
    b.l("# BADGE PRINT BATCH {n} — {e} — printer ZC300-{p} — stock 4x3 PVC", n=str(r.randint(2, 9)), e=ev, p=digits(r, 2))
    b.l("# printed {d} {t} by ops; reprints marked *", d=date_str(r, "iso"), t=time_str(r))
    b.l("FIRST,LAST,COMPANY,TITLE,TYPE,QR")
    n = r.randint(28, 40)
    for p in people(r, n):
        comp = pick(r, COMPANIES + AGENCIES + OUTLETS)
        first, last = p["g"], p["f"]
        style = r.random()
        if style < 0.12:
            first, last = first.upper(), last.upper()
        elif style < 0.2:
            first, last = first.lower(), last.lower()
        star = "*" if chance(r, 0.08) else ""
        c = '"%s"' % comp if "," in comp or "&" in comp else comp
        b.l("{st}{f},{l},{c},{t},{ty},QR-{q}", st=star, f=P(first), l=P(last), c=c, t=pick(r, JOB_TITLES),
            ty=pick(r, ["DELEGATE", "DELEGATE", "SPEAKER", "VIP", "EXPO", "PRESS", "STAFF"]),
            q=("".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))))
    b.l("# total rows: {n}", n=str(n))
    return b, "en"


@kind(5)
def k_webinar_qa_export_log(r):
    b = B()
    title = pick(r, ["Loyalty that doesn't feel like a punch card", "UGC rights 101", "Retail media for small brands",
                     "Building a creator pipeline", "Post-purchase emails that don't suck"])
    host = person(r)
    b.l("Webinar: \"{t}\" — Q&A export — {d}", t=title, d=date_str(r, "long"))
    b.l("Host: {h} | panelists: {p1}, {p2}", h=P(host["full"]), p1=P(person(r)["full"]), p2=P(person(r)["full"]))
    b.l()
    n = r.randint(4, 12) if chance(r, 0.7) else r.randint(14, 22)
    for i in range(n):
        a = person(r)
        anon = chance(r, 0.15)
        ts = "%02d:%02d:%02d" % (0, r.randint(5, 58), r.randint(0, 59))
        if anon:
            b.f("[{ts}] Anonymous Attendee: ", ts=ts)
        else:
            b.f("[{ts}] {n} ({e}): ", ts=ts, n=P(nform(r, a, ["full", "full", "g", "lower", "init"])),
                e=E(email_for(r, a, corporate=chance(r, 0.5), domain=(DOMAINS[pick(r, COMPANIES)] if chance(r, 0.5) else None))))
        q = person(r)
        cc = pick(r, ALL_CC)
        b.l("{x}", x=pick(r, [
            ["is ", P(q["g"]), " still running the ", LOC(city_of(r, cc)), " pop-up? would love an intro"],
            ["can you send the slides to my colleague ", P(q["full"]), "? she couldn't join"],
            ["how do you handle consent when a creator reposts a customer's photo?"],
            ["do you see better results from Summer campaigns or Q4?"],
            ["question for ", P(q["g"]), ": what's a good open rate for a win-back flow?"],
            ["our agency contact is ", P(q["full"]), ", ok if I forward this recording to them?"],
            ["any benchmarks for ", LOC(COUNTRY_EN[cc]), " specifically?"],
            ["is the Grace Collection case study public?"],
            ["can someone call me after, ", PH(phone(r, pick(r, ["us", "gb", "ca", "au"]))), ", re: enterprise pricing"],
            ["thanks ", P(host["g"]), "!! super useful"]]))
        if chance(r, 0.35):
            b.l("    ↳ answered live by {a}", a=P(pick(r, [host["g"], host["full"]])))
    b.l()
    b.l("{n} questions · {u} upvotes · export id {x}", n=str(n), u=str(r.randint(10, 300)), x=digits(r, 9))
    return b, "en"


@kind(6)
def k_prize_claim_tax_packet(r):
    b = B()
    p, _ = pcc(r, "us")
    sweep = pick(r, ["Summer Road Trip", "Win a Year of Coffee", "Hope Serum Glow-Up", "Backyard Makeover",
                     "May Day Mega", "Sunny Side Breakfast for Life"])
    a, city = addr(r, "us", multi=True, country=False)
    if chance(r, 0.5):
        b.l("AFFIDAVIT OF ELIGIBILITY / LIABILITY & PUBLICITY RELEASE")
        b.l("Promotion: \"{s}\" Sweepstakes (Official Rules v{v})", s=sweep, v="%d.%d" % (r.randint(1, 3), r.randint(0, 9)))
        b.l()
        b.l("Winner full legal name: {n}", n=P(p["full"]))
        b.l("Residence address:")
        b.l("{a}", a=AD(a))
        b.l("Daytime phone: {ph}        Email: {e}", ph=PH(phone(r, "us")), e=E(email_for(r, p)))
        b.l("Date of birth: {d}", d=date_str(r, "us"))
        b.l("Social Security Number: {s}", s=SSN(ssn(r, pick(r, ["dash", "space"]))))
        b.l("Prize: {pz}  ARV: ${v}", pz=pick(r, ["$5,000 travel voucher", "12 months of product", "Weber grill + install"]),
            v="{:,}".format(r.randint(500, 15000)))
        b.l()
        b.l("Sworn before me this {d}. Notary: {n}, commission no. {c}, exp. {e}", d=date_str(r, "long"),
            n=P(person(r, "us")["full"]), c=digits(r, 8), e=date_str(r, "us"))
        b.l("Internal: previous W-9 on file showed ***-**-{l4}, mismatch, re-requested.", l4=digits(r, 4))
    else:
        cx = person(r)
        b.l("Subject: RE: {s} winner paperwork — {n}", s=sweep, n=P(p["full"]))
        b.l()
        b.l("hey {c}, winner sent the affidavit back (scan attached, page 2 is upside down lol).", c=P(cx["g"]))
        b.l("typing the bits legal asked for so we can issue the 1099:")
        b.l("- name: {n}", n=P(p["full"]))
        b.l("- SSN {s}", s=SSN(ssn(r)))
        b.l("- mail to: {a}", a=AD(addr(r, "us", multi=False)[0]))
        b.l("- cell {ph}", ph=PH(phone(r, "us")))
        b.l("prize fulfilment PO {po}, ship via {t}. please don't paste the SSN into the Asana card again 🙏", po=order_no(r), t=tracking(r))
        b.l("— {m}", m=P(person(r)["g"]))
    return b, "en"


@kind(5)
def k_newsroom_boilerplate_media_desk(r):
    b = B()
    brand = pick(r, COMPANIES)
    lang = pick(r, ["en", "en", "de", "fr"])
    contact = person(r, {"en": pick(r, ["us", "gb", "in", "word", "ng"]), "de": "de", "fr": "fr"}[lang])
    hq_cc = {"en": pick(r, ["gb", "us", "ca", "au"]), "de": "de", "fr": "fr"}[lang]
    a, city = addr(r, hq_cc, multi=True, country=chance(r, 0.4))
    founded = str(r.randint(1998, 2021))
    if lang == "en":
        b.l("###")
        b.l()
        b.l("About {br}", br=brand)
        b.l("Founded in {y} in {c}, {br} makes {w} for people who {x}. Products are stocked in {n} countries, including "
            "{c1} and {c2}.", y=founded, c=LOC(city), br=brand, w=pick(r, ["everyday essentials", "small-batch goods", "gear"]),
            x=pick(r, ["actually read labels", "like being outside", "care about mornings"]), n=str(r.randint(5, 40)),
            c1=LOC(COUNTRY_EN[pick(r, ALL_CC)]), c2=LOC(COUNTRY_EN[pick(r, ALL_CC)]))
        b.l()
        b.l("Media contact")
        b.l("{n}, {t}", n=P(contact["full"]), t=pick(r, JOB_TITLES))
        b.l("{ph} | {e}", ph=PH(phone(r, hq_cc)), e=E(corp_email(r, contact, brand)))
        b.l("{a}", a=AD(a))
        if chance(r, 0.5):
            b.l("Images: press.{d}/kit (password: {pw})", d=DOMAINS.get(brand, "brand.com"), pw=pick(r, ["Summer2025", "hope-launch", "JUNE"]))
    elif lang == "de":
        b.l("Über {br}", br=brand)
        b.l("{br} wurde {y} in {c} gegründet und ist heute in {n} Ländern erhältlich, darunter {c1}.", br=brand, y=founded,
            c=LOC(city), n=str(r.randint(5, 30)), c1=pick(r, [LOC("Österreich"), ["der ", LOC("Schweiz")], LOC("Polen"), LOC("Frankreich")]))
        b.l()
        b.l("Pressekontakt:")
        b.l("{n}", n=P(contact["full"]))
        b.l("{t}", t=pick(r, ["Leitung Kommunikation", "PR & Social Media", "Pressestelle"]))
        b.l("{a}", a=AD(a))
        b.l("Tel.: {ph}", ph=PH(phone(r, "de")))
        b.l("E-Mail: {e}", e=E(corp_email(r, contact, brand)))
    else:
        b.l("À propos de {br}", br=brand)
        b.l("Créée en {y} à {c}, {br} conçoit des produits {x}. La marque est distribuée dans {n} pays.", y=founded, c=LOC(city),
            br=brand, x=pick(r, ["durables", "made in France", "éco-conçus"]), n=str(r.randint(5, 30)))
        b.l()
        b.l("Contact presse : {n} — {ph} — {e}", n=P(contact["full"]), ph=PH(phone(r, "fr")), e=E(corp_email(r, contact, brand)))
        b.l("Siège : {a}", a=AD(a))
    return b, lang


@kind(4)
def k_journalist_pitch_tracker_paste(r):
    b = B()
    b.l("Name\tOutlet\tBeat\tEmail\tPhone\tStatus\tNotes")
    n = r.randint(6, 12) if chance(r, 0.6) else r.randint(30, 36)
    owner = people(r, 3)
    for i in range(n):
        p = person(r)
        out = pick(r, OUTLETS)
        st = pick(r, ["pitched", "no reply", "interested", "declined", "sample sent", "OOO", "bounced"])
        note = pick(r, [
            ["f/u ", pick(r, WEEKDAYS)],
            ["prefers embargoed stats, ask ", P(owner[0]["g"])],
            ["covered Hope Serum last year"],
            ["moved to ", pick(r, OUTLETS), " per LinkedIn"],
            ["based in ", LOC(city_of(r, pick(r, ALL_CC)))],
            ["freelance, pitch via ", P(owner[1]["g"])],
            [""],
            ["do NOT call before 10"],
            ["wants ", pick(r, ["Summer", "May", "June"]), " timing"]])
        phv = PH(phone(r, pick(r, ["us", "gb", "au", "ca", "de", "in"]))) if chance(r, 0.6) else "—"
        b.l("{n}\t{o}\t{be}\t{e}\t{ph}\t{st}\t{no}", n=P(p["full"]), o=out,
            be=pick(r, ["beauty", "retail", "food & drink", "tech", "outdoors", "parenting", "business"]),
            e=E(corp_email(r, p, out)), ph=phv, st=st, no=note)
    b.l("\t\t\t\t\towner: {o}\tlast sync {d}", o=P(owner[2]["full"]), d=date_str(r, "iso"))
    return b, "en"


@kind(4)
def k_podcast_guest_intake_form(r):
    b = B()
    cc = pick(r, ["us", "gb", "ng", "in", "ke", "za", "ca", "au", "ph"])
    p, _ = pcc(r, cc, native_ok=False)
    show = pick(r, ["Shelf Life", "The Retention Room", "Brand New Ears", "Unboxed", "Loyal-ish"])
    b.l("{s} — guest intake (Typeform export)", s=show)
    b.l("Full name: {n}", n=P(p["full"]))
    if chance(r, 0.7):
        b.l("How do we pronounce it?: {x}", x=pick(r, ["like it's spelled", "stress on the second syllable", "the J is soft",
                                                       "just call me by my first name"]))
    b.l("Preferred name on air: {n}", n=P(p["g"]))
    b.l("Role / company: {t}, {c}", t=pick(r, JOB_TITLES), c=pick(r, COMPANIES))
    b.l("Best email: {e}", e=E(email_for(r, p, corporate=chance(r, 0.4))))
    b.l("Mobile (for day-of issues only): {ph}", ph=PH(phone(r, cc)))
    b.l("Time zone: {tz}", tz=pick(r, ["GMT", "EST", "WAT", "EAT", "IST", "PST", "SAST", "AEST"]))
    b.l("Where should we send the mic + thank-you box?: {a}", a=AD(addr(r, cc, multi=False, country=True)[0]))
    if chance(r, 0.5):
        q = person(r)
        b.l("Anyone we should thank / mention?: my old boss {q} and the team at {c}", q=P(q["full"]), c=pick(r, COMPANIES))
    b.l("Topics to avoid: {x}", x=pick(r, ["funding", "my previous employer", "none", "the Mercedes campaign (NDA)"]))
    b.l("Recording slot: {d} {t} — ep #{e}", d=date_str(r, "short"), t=time_str(r), e=str(r.randint(40, 260)))
    return b, "en"


@kind(4)
def k_gbp_listing_nap_fix_request(r):
    b = B()
    brand = pick(r, COMPANIES)
    req = person(r)
    b.l("Local listings — NAP corrections batch {x} ({br})", x=digits(r, 3), br=brand)
    b.l("requested by {n}, {t}", n=P(req["full"]), t=pick(r, ["Retail Marketing Exec", "Local SEO", "Store Ops"]))
    b.l()
    for i in range(r.randint(2, 5)):
        cc = pick(r, ["us", "gb", "ca", "au", "nl", "de", "za", "in"])
        a_old, city = addr(r, cc, multi=False, country=False)
        b.l("Store #{n} ({c})", n=digits(r, 4), c=LOC(city))
        if chance(r, 0.5):
            b.l("  phone: {o} → {n}", o=PH(phone(r, cc)), n=PH(phone(r, cc)))
        else:
            b.l("  phone OK ({p})", p=PH(phone(r, cc)))
        if chance(r, 0.6):
            b.l("  address on listing: {o}", o=AD(a_old))
            b.l("  correct address:    {n}", n=AD(addr(r, cc, multi=False, country=False)[0]))
        b.l("  hours: {x}", x=pick(r, ["Mon–Sat 9–6, Sun closed", "7 days 10–8", "Thu late till 9"]))
        if chance(r, 0.4):
            m = person(r)
            b.l("  store manager {m} confirmed by phone {d}", m=P(m["full"]), d=date_str(r, "short"))
    b.l("Ticket {t}", t=ticket_no(r))
    return b, "en"


@kind(4)
def k_product_registration_postcard_ocr(r):
    b = B()
    cc = pick(r, ["us", "gb", "ca", "au", "in", "za", "ng"])
    p, _ = pcc(r, cc, native_ok=False)
    brand = pick(r, ["Halden Audio", "Copperleaf Home", "Northpeak Outdoor", "Tidewell Bottles"])
    b.l("[scan 0{n}.tif — OCR conf 0.{c}]", n=digits(r, 3), c=str(r.randint(61, 93)))
    b.l("{br} PRODUCT REGISTRAT1ON CARD", br=brand.upper())
    b.l("Model: {m}   Serial: {s}", m=pick(r, ["HX-20", "Aurora 2", "Jasper Pro", "Harper 30L"]), s=digits(r, 4) + "-" + digits(r, 6))
    nm = p["full"].upper() if chance(r, 0.6) else p["full"]
    b.l("Name (pls print):  {n}", n=P(nm))
    a, _ = addr(r, cc, multi=True, country=False)
    b.l("Adress: {a}", a=AD(a.upper() if chance(r, 0.5) else a))
    b.l("Ph0ne: {ph}    E-mai1: {e}", ph=PH(phone(r, cc)), e=E(email_for(r, p)))
    b.l("Date of purchase: {d}    Store: {s} ({c})", d=date_str(r, "us" if cc == "us" else "eu"),
        s=pick(r, ["Target", "John Lewis", "Best Buy", "Croma", "Takealot", "Canadian Tire"]), c=LOC(city_of(r, cc)))
    b.l("[ ] Yes send me news & offers   [x] no thanks")
    b.l("_ _ _ _ _ fold here _ _ _ _ _  POSTAGE PAID  {z}", z=digits(r, 6))
    return b, "en"


@kind(5)
def k_review_moderation_reviewer_panel(r):
    b = B()
    lang = "de" if chance(r, 0.35) else "en"
    cc = "de" if lang == "de" else pick(r, ["us", "gb", "au", "ca", "in"])
    p, _ = pcc(r, cc, native_ok=False)
    stars = r.randint(1, 5)
    if lang == "en":
        b.l("REVIEW #{id}  ★{s}  status: pending  (product: {pr})", id=digits(r, 7), s=str(stars),
            pr=pick(r, ["Hope Serum 30ml", "Victoria tote", "Amelia lamp", "Chance Eau Tendre dupe", "Jasper side table"]))
        b.l("Title: {t}", t=pick(r, ["not worth it", "LOVE", "arrived broken", "better than Dior tbh", "ok but pricey"]))
        q = pcc(r, cc, native_ok=False)[0]
        b.l("Body: {x}", x=pick(r, [
            ["bought for my partner ", P(q["g"]), " and they returned it the same day. customer service guy ", P(person(r)["g"]), " was lovely tho"],
            ["delivery driver left it at no. ", str(r.randint(2, 90)), " instead, neighbour brought it round"],
            ["the ", LOC(city_of(r, cc)), " store didn't have my shade so ordered online"],
            ["5 stars. if anyone wants to swap shades text me ", PH(phone(r, cc))]]))
        b.l("— reviewer panel —")
        b.l("display name: {d}", d=P(first_last_init(p)))
        b.l("account email: {e}", e=E(email_for(r, p)))
        b.l("ip: {ip}  geo: {c}", ip=IP(ip_any(r)), c=LOC(city_of(r, cc)))
        b.l("verified purchase: {v} ({o})", v=pick(r, ["yes", "no"]), o=order_no(r))
        b.l("prior reviews: {n}  flags: {f}", n=str(r.randint(0, 30)), f=pick(r, ["none", "contains phone", "competitor mention"]))
    else:
        b.l("BEWERTUNG #{id}  ★{s}  Status: in Prüfung", id=digits(r, 7), s=str(stars))
        b.l("Produkt: {pr}", pr=pick(r, ["Hope Serum", "Aurora Leuchte", "Harper Rucksack 30L"]))
        q = person(r, "de")
        b.l("Text: {x}", x=pick(r, [
            ["Hab es für meine Schwester ", P(q["g"]), " gekauft, sie ist begeistert. Danke an Frau ", P(person(r, "de")["f"]), " aus der Filiale!"],
            ["Paket lag beim Nachbarn, ", LOC(pick(r, ["Lindenstraße", "Sonnenallee", "Goethestraße"])), ", ohne Benachrichtigung."],
            ["Besser als das Zeug von Dior. Bei Fragen gern anrufen: ", PH(phone(r, "de"))]]))
        b.l("— Rezensent —")
        b.l("Anzeigename: {d}", d=P(first_last_init(p)))
        b.l("E-Mail: {e} | IP: {ip}", e=E(email_for(r, p)), ip=IP(ip_any(r)))
        b.l("Ort laut Profil: {c}", c=LOC(city_of(r, "de")))
    b.l("moderator: {m}", m=P(pick(r, [person(r)["g"], person(r)["full"]])))
    return b, lang


@kind(4)
def k_nps_verbatim_account_owner_sheet(r):
    b = B()
    b.l("score,segment,verbatim,account,account_owner,follow_up")
    owners = people(r, 4)
    for i in range(r.randint(5, 12)):
        sc = r.randint(0, 10)
        q = person(r)
        verb = pick(r, [
            ["\"", P(q["g"]), " on your team sorted it in one call\""],
            ["\"delivery to ", LOC(city_of(r, pick(r, ALL_CC))), " took 3 weeks\""],
            ["\"love the Summer Drop, hate the new app\""],
            ["\"please stop calling me, ", PH(phone(r, pick(r, ["us", "gb", "ca"]))), " is a work line\""],
            ["\"grace period on renewals is too short\""],
            ["\"thanks to ", P(q["full"]), " for the refund\""],
            ["\"meh\""],
            ["\"April invoice was wrong AGAIN\""]])
        o = pick(r, owners)
        b.l("{s},{seg},{v},{a},{o},{f}", s=str(sc), seg=pick(r, ["SMB", "Mid", "Ent", "Retail"]), v=verb,
            a=pick(r, COMPANIES), o=P(o["full"]), f=pick(r, ["call", "email", "none", "CSM QBR"]))
    return b, "en"


@kind(5)
def k_sms_keyword_optin_audit(r):
    b = B()
    sc = pick(r, ["47982", "88022", "22395", "65161"])
    b.l("# SMS consent audit — short code {s} — keywords JOIN/STOP/HELP — generated {d}", s=sc, d=date_str(r, "iso"))
    b.l("ts_utc|msisdn|keyword|source|src_ip|campaign|carrier_msg_id")
    n = r.randint(6, 12) if chance(r, 0.6) else r.randint(30, 40)
    for i in range(n):
        cc = pick(r, ["us", "us", "us", "ca", "gb", "au", "ng", "in", "ph", "mx", "br"])
        ts = "%s %02d:%02d:%02d" % (date_str(r, "iso"), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        kw = pick(r, ["JOIN", "JOIN", "STOP", "HELP", "UNSTOP", "join ", "Stop"])
        src = pick(r, ["web_form", "keyword", "checkout", "popup", "keyword"])
        ipv = IP(ip_any(r)) if src != "keyword" else "-"
        b.l("{ts}|{m}|{k}|{s}|{ip}|{c}|{id}", ts=ts, m=PH(phone(r, cc, intl=chance(r, 0.7))), k=kw.strip(), s=src, ip=ipv,
            c=camp_code(r), id="SM" + "".join(pick(r, "0123456789abcdef") for _ in range(16)))
    b.l("# rows={n}; disputes: see {t}", n=str(n), t=ticket_no(r))
    return b, "en"


@kind(5)
def k_lettershop_merge_proof(r):
    b = B()
    lang = pick(r, ["en", "en", "de"])
    b.l("%%BEGIN PROOF job {j}  stock 120gsm  {x}", j=digits(r, 6), x=pick(r, ["4/4 CMYK", "1/1 K", "4/0"]))
    b.l("[CROP]-------------------------------------------------[CROP]")
    n = r.randint(2, 5)
    for i in range(n):
        if lang == "en":
            cc = pick(r, ["gb", "us", "au", "ca"])
        else:
            cc = "de"
        p, _ = pcc(r, cc, native_ok=False)
        a, _ = addr(r, cc, multi=True, country=False)
        seq = "%06d" % r.randint(1, 60000)
        b.l("@@SEQ {s}  TRAY {t}  MAILSORT {m}", s=seq, t=str(r.randint(1, 12)), m=pick(r, ["A1", "B3", "DPS", "R2"]))
        if lang == "en":
            sal = pick(r, ["", "", "Dr", "Mx"])
            b.l("{s}{n}", s=(sal + " ") if sal else "", n=P(p["full"].upper() if chance(r, 0.4) else p["full"]))
        else:
            if chance(r, 0.3):
                b.l("Familie {n}", n=P(p["f"]))
            else:
                b.l("{n}", n=P(p["full"]))
        b.l("{a}", a=AD(a))
        b.l("||| {bc} |||", bc=pick(r, ["IMB " + digits(r, 20), "4-STATE " + "".join(pick(r, "ADFT") for _ in range(34)),
                                         "DPAG " + digits(r, 12)]))
        if lang == "en":
            b.l("Dear {g}, your {t} tier is waiting — use {c} before {d}.", g=P(p["g"]),
                t=pick(r, ["Gold", "Sterling", "Summer VIP"]), c=promo(r), d=date_str(r, "long"))
        else:
            b.l("Liebe/r {g}, Ihr Gutschein {c} gilt bis {d}.", g=P(p["g"]), c=promo(r), d=date_str(r, "eu"))
        b.l("[CROP]-------------------------------------------------[CROP]")
    b.l("%%END PROOF  records {n}/{t}  operator {o}", n=str(n), t=str(r.randint(4000, 90000)), o=P(initial_last(person(r))))
    return b, lang


@kind(5)
def k_freepost_return_label_block(r):
    b = B()
    lang = pick(r, ["en", "en", "fr"])
    if lang == "en":
        p, _ = pcc(r, pick(r, ["gb", "in", "ng", "pl"]), native_ok=False)
        b.l("✂ - - - - - - - - - - - - - - - - - - - - - - - -")
        b.l("RETURNS — no stamp needed")
        b.l("FREEPOST RT{a}-{b}-{c}", a=pick(r, ["KX", "LZ", "BH", "GG"]), b=pick(r, ["ZRTY", "HJUB", "SSZU"]), c=pick(r, ["CLTA", "ABYY", "RRXE"]))
        b.l("{br} Returns", br=pick(r, COMPANIES))
        b.l("{a}", a=AD(addr(r, "gb", multi=True)[0]))
        b.l()
        b.l("FROM (please complete):")
        b.l("{n}", n=P(p["full"]))
        b.l("{a}", a=AD(addr(r, "gb", multi=True, country=False)[0]))
        b.l("Order no: {o}   Reason code: {c}", o=order_no(r), c=pick(r, ["03 too small", "07 changed mind", "11 faulty"]))
        if chance(r, 0.5):
            b.l("Daytime tel: {ph}", ph=PH(phone(r, "gb")))
        b.l("Catalogue ref {x} / spring {y}", x=digits(r, 5), y=str(r.randint(2024, 2026)))
    else:
        p, _ = pcc(r, "fr", native_ok=False)
        b.l("✂ ------------------------------------------------")
        b.l("ÉTIQUETTE RETOUR — Colissimo prépayé")
        b.l("Destinataire : Service Retours {br}", br=pick(r, COMPANIES))
        b.l("{a}", a=AD(addr(r, "fr", multi=True)[0]))
        b.l("Expéditeur : {c} {n}", c=pick(r, ["M.", "Mme", ""]), n=P(p["full"]))
        b.l("{a}", a=AD(addr(r, "fr", multi=True, country=False)[0]))
        b.l("Tél. : {ph}", ph=PH(phone(r, "fr")))
        b.l("N° de commande : {o} — n° de colis {t}", o=order_no(r), t="6A" + digits(r, 11))
    return b, lang


@kind(4)
def k_customer_story_signoff_thread(r):
    b = B()
    brand = pick(r, COMPANIES)
    cust_co = pick(r, ["Harbour Lane Gym", "Pip & Pebble Toys", "Nordvik Cycles", "Casa Ximena Bakery", "Tulsi Wellness"])
    c = person(r)
    m = person(r)
    cc = pick(r, ["us", "gb", "in", "ng", "ke", "za", "au", "ca"])
    b.l("From: {n} <{e}>", n=P(c["full"]), e=E(email_for(r, c, domain=slug(cust_co) + ".com", corporate=True)))
    b.l("To: {n} <{e}>", n=P(m["full"]), e=E(corp_email(r, m, brand)))
    b.l("Subject: Re: case study draft v3 — approval")
    b.l()
    b.l("Hi {g},", g=P(m["g"]))
    b.l("Approved with two tweaks: please use my title as \"{t}\" and drop the line about the {c} location, we haven't announced it.",
        t=pick(r, JOB_TITLES), c=LOC(city_of(r, cc)))
    b.l("Also {x} asked to be credited for the photos.", x=P(person(r)["full"]))
    b.l()
    b.l("Best,")
    b.l("{n}", n=P(c["g"]))
    b.l("{co} | {ph}", co=cust_co, ph=PH(phone(r, cc)))
    b.l()
    b.l("> On {d}, {n} wrote:", d=date_str(r, "short"), n=P(m["full"]))
    b.l("> Hi {g}, attaching v3. Pull quote is:", g=P(c["g"]))
    b.l("> \"Switching to {br} cut our returns by {x}%\" — {n}, {co}", br=brand, x=str(r.randint(10, 40)), n=P(c["full"]), co=cust_co)
    b.l("> Could you confirm by {w}? Our {s} campaign goes live on the 14th.", w=pick(r, WEEKDAYS), s=pick(r, ["Summer", "Autumn", "May"]))
    b.l("> {n} | {t} | {ph}", n=P(m["full"]), t=pick(r, JOB_TITLES), ph=PH(phone(r, pick(r, ["us", "gb"]))))
    return b, "en"


@kind(5)
def k_testimonial_quote_attribution(r):
    b = B()
    n = pick(r, [1, 1, 2, 3, 4])
    for i in range(n):
        cc = pick(r, ALL_CC)
        p, _ = pcc(r, cc, native_ok=chance(r, 0.3))
        q = pick(r, ["Honestly the only candle that doesn't give me a headache.", "My kids fight over the Sunny Side granola.",
                     "Customer service called ME back. Who does that?", "Wore the Florence dress to three weddings.",
                     "Better than my old Hunter boots, and half the price.", "Ten out of ten, would gift again.",
                     "The Hope Serum actually did something."])
        style = r.randint(0, 3)
        if style == 0:
            b.l("“{q}” — {n}, {c}", q=q, n=P(first_last_init(p) if not p["native"] else p["full"]), c=LOC(city_of(r, cc)))
        elif style == 1:
            b.l("\"{q}\" -{n} ({c})", q=q, n=P(p["g"]), c=LOC(COUNTRY_EN[cc]))
        elif style == 2:
            b.l("{q} ~ {n}, verified buyer", q=q, n=P(initial_last(p)))
        else:
            b.l("> {q}\n> — {n}, {t} at {co}", q=q, n=P(p["full"]), t=pick(r, JOB_TITLES), co=pick(r, COMPANIES))
    return b, "en"


@kind(4)
def k_hardbounce_digest_report(r):
    b = B()
    b.l("Newsletter bounce digest — list \"{l}\" — send {s} ({d})", l=pick(r, ["VIP-EU", "Loyalty-All", "Press-Q3", "Creators-2025"]),
        s="#" + digits(r, 5), d=date_str(r, "iso"))
    b.l("{n} delivered · {h} hard · {so} soft · {c} complaints", n="{:,}".format(r.randint(10000, 250000)),
        h=str(r.randint(12, 400)), so=str(r.randint(40, 900)), c=str(r.randint(0, 40)))
    b.l()
    b.l("TYPE  EMAIL                                   CODE    DIAG")
    n = r.randint(8, 14) if chance(r, 0.5) else r.randint(30, 38)
    for i in range(n):
        p = person(r)
        t = pick(r, ["HARD", "HARD", "SOFT", "CMPL"])
        code = {"HARD": pick(r, ["550 5.1.1", "550 5.1.10", "553 5.1.3"]), "SOFT": pick(r, ["452 4.2.2", "421 4.7.0"]),
                "CMPL": "FBL"}[t]
        diag = {"HARD": pick(r, ["user unknown", "mailbox disabled", "no such user"]),
                "SOFT": pick(r, ["mailbox full", "rate limited", "greylisted"]), "CMPL": pick(r, ["abuse report via FBL", "spam button"])}[t]
        em = email_for(r, p)
        b.l("{t}  {e}{pad}{c}  {d}", t=t.ljust(4), e=E(em), pad=" " * max(1, 40 - len(em)), c=code.ljust(7), d=diag)
    b.l()
    b.l("suppressed automatically; re-permission campaign owner: {o}", o=P(person(r)["full"]))
    return b, "en"


@kind(4)
def k_comarketing_partner_brief_doc(r):
    b = B()
    b1, b2 = r.sample(COMPANIES, 2)
    b.l("CO-MARKETING BRIEF — {a} x {c}", a=b1, c=b2)
    b.l("Working title: \"{t}\"", t=pick(r, ["Mornings, Sorted", "Summer Sessions", "The Grace Edit", "Hope & Hops"]))
    b.l("Launch: {d} (soft) / {d2} (national)", d=date_str(r, "long"), d2=date_str(r, "long"))
    mk = r.sample(ALL_CC, 3)
    b.l("Markets: {a}, {c}, {e} — hero city {h}", a=LOC(COUNTRY_EN[mk[0]]), c=LOC(COUNTRY_EN[mk[1]]), e=LOC(COUNTRY_EN[mk[2]]),
        h=LOC(city_of(r, mk[0])))
    b.l()
    b.l("Roles")
    for co in (b1, b2):
        p = person(r)
        b.l("- {co}: {n} ({t}) {e} / {ph}", co=co, n=P(p["full"]), t=pick(r, JOB_TITLES), e=E(corp_email(r, p, co)),
            ph=PH(phone(r, pick(r, ["us", "gb", "de", "nl", "in", "au"]))))
    b.l()
    b.l("Deliverables: bundle SKU {s}, co-branded email (list split 60/40), 2 creator posts, in-store POS in {n} doors.",
        s=sku(r), n=str(r.randint(10, 300)))
    q = person(r)
    b.l("Creator shortlist owned by {g}; legal review with {l} before anything goes out.", g=P(q["g"]), l=P(person(r)["full"]))
    b.l("Budget: {p} split 50/50. Reporting every {w}.", p=price(r), w=pick(r, WEEKDAYS))
    return b, "en"


@kind(4)
def k_leadscan_export_rows(r):
    b = B()
    ev = pick(r, ["NRF Retail Big Show", "Shoptalk", "Web Summit", "ProWein", "Natural Products Expo"])
    b.l("\"Lead Retrieval Export\",\"{e}\",\"Booth {bo}\",\"{d}\"", e=ev, bo=str(r.randint(100, 4999)), d=date_str(r, "iso"))
    b.l("badge_id,first_name,last_name,email,phone,company,country,rating,notes,scanned_by")
    reps = people(r, 3)
    n = r.randint(30, 40) if chance(r, 0.6) else r.randint(8, 14)
    for i in range(n):
        cc = pick(r, ALL_CC)
        p, _ = pcc(r, cc)
        co = pick(r, COMPANIES + AGENCIES + ["Hope Foods", "Summer Lane Retail", "Sunny Days Toys"])
        note = pick(r, ["wants samples", "follow up Q3", "", "ask for Dior contact?", "met at party", "hot", "distributor", "",
                        "send deck"])
        phv = PH(phone(r, cc, intl=True)) if chance(r, 0.8) else ""
        b.l("{id},{f},{l},{e},{ph},\"{co}\",{c},{ra},{no},{by}", id=digits(r, 8), f=P(p["g"]), l=P(p["f"]),
            e=E(email_for(r, p, corporate=True, domain=slug(co) + pick(r, [".com", ".co", ".io"]))), ph=phv, co=co,
            c=LOC(COUNTRY_EN[cc]), ra=pick(r, ["A", "B", "C", ""]), no=note, by=P(pick(r, reps)["g"].lower()))
    return b, "en"


@kind(6)
def k_giftcard_abuse_case_note(r):
    b = B()
    inv = person(r)
    sus = person(r)
    b.l("Case {t} — gift card abuse — opened by {n}", t=ticket_no(r), n=P(inv["full"]))
    b.l("Summary: {c} eGift cards (${v} each) bought in {m} min from 3 accounts, all redeemed in {city}.", c=str(r.randint(5, 40)),
        v=pick(r, ["50", "100", "250"]), m=str(r.randint(2, 20)), city=LOC(city_of(r, pick(r, ["us", "gb", "ca"]))))
    b.l("Accounts:")
    for i in range(r.randint(2, 4)):
        p = person(r)
        b.l("  - {e} (name on acct: {n}) last login {ip}", e=E(email_for(r, p)), n=P(p["full"]), ip=IP(ip_any(r)))
    b.l("Payment cards used:")
    for i in range(r.randint(1, 3)):
        b.l("  - {c}  exp {m}/{y}  BIN country {ct}", c=CC(card(r)), m="%02d" % r.randint(1, 12), y=str(r.randint(26, 31)),
            ct=LOC(COUNTRY_EN[pick(r, ALL_CC)]))
    b.l("Gift card nos (NOT payment cards): {g1}, {g2}", g1="6006 " + " ".join(digits(r, 4) for _ in range(3)) + " " + digits(r, 3),
        g2="6006" + digits(r, 15))
    b.l("Cardholder {n} called in from {ph} saying she never made these. Chargeback likely.", n=P(sus["full"]),
        ph=PH(phone(r, pick(r, ["us", "gb", "ca"]))))
    b.l("Action: block cards, void unredeemed balances, escalate to {n} in Risk. PIN ref {pin}, auth codes {a1}/{a2}.",
        n=P(person(r)["g"]), pin=digits(r, 4), a1=digits(r, 6), a2=digits(r, 6))
    return b, "en"


@kind(4)
def k_speaker_travel_grid(r):
    b = B()
    ev = pick(r, ["BrandLab Summit", "CX Live", "Loyalty Week"])
    city_cc = pick(r, ["gb", "de", "es", "nl", "us", "ae", "za", "in"])
    b.l("{e} — speaker travel grid (v{v}) — host city {c}", e=ev, v=str(r.randint(2, 9)), c=LOC(city_of(r, city_cc)))
    b.l("Speaker | From | Flight | Arr | Hotel conf | Mobile | Notes")
    for i in range(r.randint(4, 9)):
        cc = pick(r, ALL_CC)
        p, _ = pcc(r, cc)
        fl = pick(r, ["BA", "LH", "EK", "QR", "KL", "UA", "TK", "ET", "AI"]) + str(r.randint(10, 999))
        b.l("{n} | {c} | {f} | {d} {t} | {h} | {ph} | {no}", n=P(p["full"]), c=LOC(city_of(r, cc)), f=fl,
            d=date_str(r, "short"), t=time_str(r), h="HX" + digits(r, 7), ph=PH(phone(r, cc, intl=True)),
            no=pick(r, ["vegan", "needs visa letter", "plus-one", "", "arrives via Eurostar", "wheelchair access", "PNR " +
                        "".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))]))
    b.l("ground transport: {co}, dispatcher {n} {ph}", co=pick(r, ["Blacklane", "local taxi co-op", "Addison Lee"]),
        n=P(person(r)["g"]), ph=PH(phone(r, city_cc)))
    return b, "en"


@kind(4)
def k_rate_card_reply_from_talent_mgr(r):
    b = B()
    ag = pick(r, AGENCIES)
    m = person(r)
    c = person(r)
    brand = pick(r, COMPANIES)
    cc = pick(r, ["us", "gb", "ng", "za", "in", "au", "ae"])
    b.l("Hi {g},", g=P(person(r)["g"]))
    b.l()
    b.l("Thanks for thinking of {c} for the {br} {s} campaign! Rates below are for organic + 30-day paid usage:",
        c=P(c["g"]), br=brand, s=pick(r, ["Summer", "Holiday", "back to school", "May Day"]))
    b.l("  • 1 x IG Reel — {p}", p=price(r, "$"))
    b.l("  • 3 x Stories w/ link — {p}", p=price(r, "$"))
    b.l("  • TikTok — {p}", p=price(r, "$"))
    b.l("  • whitelisting 30d — +{x}%", x=str(r.randint(15, 40)))
    b.l("Exclusivity in category for {n} days adds 25%. No competitor conflicts except {x}.", n=str(r.randint(30, 90)),
        x=pick(r, ["a past Dior gifting", "Mercedes-Benz (auto, not relevant)", "none"]))
    b.l()
    b.l("{g} is shooting in {l} until {d} so product should go to our office:", g=P(c["g"]), l=LOC(city_of(r, pick(r, ALL_CC))),
        d=date_str(r, "short"))
    b.l("{a}", a=AD(addr(r, cc, multi=True, country=True)[0]))
    b.l()
    b.l("Cheers,")
    b.l("{n}", n=P(m["full"]))
    b.l("{t}, {ag}", t="Talent Manager", ag=ag)
    b.l("{ph} | {e}", ph=PH(phone(r, cc)), e=E(corp_email(r, m, ag)))
    return b, "en"


@kind(5)
def k_sweep_entry_dedupe_review(r):
    b = B()
    b.l("Sweeps entry dedupe — rule set v{v} — flagged clusters", v="%d.%d" % (r.randint(1, 4), r.randint(0, 9)))
    for cl in range(r.randint(2, 4)):
        shared_ip = ip_any(r)
        b.l("cluster C{n} (shared ip {ip}, {k} entries):", n=digits(r, 3), ip=IP(shared_ip), k=str(r.randint(2, 5)))
        base = person(r, pick(r, ["us", "word", "gb"]))
        for j in range(r.randint(2, 4)):
            v = dict(base)
            nm = pick(r, [base["full"], base["full"].lower(), base["g"] + " " + base["f"][0] + ".", base["full"].upper()])
            b.l("   {e} | {n} | {ph} | {z} | entered {d}", e=E(email_for(r, base)), n=P(nm),
                ph=PH(phone(r, "us")), z="ZIP " + digits(r, 5), d=date_str(r, "iso") + " " + time_str(r))
        b.l("   → decision: {d}", d=pick(r, ["keep first entry only", "disqualify all", "manual review"]))
    b.l("reviewer {n} · {d}", n=P(person(r)["g"]), d=date_str(r, "iso"))
    return b, "en"


@kind(4)
def k_focus_group_screener_results(r):
    b = B()
    cc = pick(r, ["us", "gb", "ca", "au", "in", "za"])
    city = city_of(r, cc)
    b.l("Focus group recruit — {c} — {d} — screener S{v}", c=LOC(city), d=date_str(r, "long"), v=str(r.randint(1, 4)))
    b.l("Resp | Name | Age | Q3 brand used | Q7 | Phone | Status")
    for i in range(r.randint(5, 11)):
        p, _ = pcc(r, cc, native_ok=False)
        b.l("{i} | {n} | {a} | {br} | {q7} | {ph} | {st}", i="R%03d" % r.randint(1, 400), n=P(nform(r, p, ["full", "full", "init", "g"])),
            a=str(r.randint(18, 64)), br=pick(r, ["Dior", "Estée Lauder", "own-label", "Chloé", "Max Factor", "none"]),
            q7=pick(r, ["yes", "no", "DK"]), ph=PH(phone(r, cc)), st=pick(r, ["CONFIRMED", "standby", "screened out", "no-show risk"]))
    cur = {"us": "$", "ca": "C$", "au": "A$", "gb": "£", "in": "₹", "za": "R"}[cc]
    amt = r.randint(5, 20) * (10 if cc not in ("in", "za") else 100)
    b.l("Incentive {p} each, paid on the night. Venue: {a}", p="%s%d" % (cur, amt), a=AD(addr(r, cc, multi=False)[0]))
    b.l("Moderator {m}; client observers behind glass: {o1}, {o2}", m=P(person(r)["full"]), o1=P(person(r)["g"]), o2=P(person(r)["g"]))
    return b, "en"


@kind(4)
def k_street_team_shift_roster(r):
    b = B()
    cc = pick(r, ["gb", "us", "ng", "ke", "za", "in", "au"])
    city = city_of(r, cc)
    b.l("STREET TEAM — {x} sampling — {c} — {d}", x=pick(r, ["Nimbu Snacks", "Oakline Coffee", "Tidewell Bottles"]), c=LOC(city),
        d=date_str(r, "short"))
    b.l("Meet 07:30 at the van, corner of {s} (look for the big yellow umbrella).",
        s=LOC(pick(r, ["Oxford Street", "Market Street", "Broad Street", "Kimathi Street", "Allen Avenue", "Long Street",
                        "Brigade Road", "George Street"])))
    b.l()
    for i in range(r.randint(4, 9)):
        p, _ = pcc(r, cc, native_ok=False)
        b.l("{t}  {n}  {ph}  {sp}", t=pick(r, ["08:00-12:00", "12:00-16:00", "16:00-20:00"]), n=P(nform(r, p, ["full", "g", "full"])),
            ph=PH(phone(r, cc)), sp=pick(r, ["station exit", "uni gates", "mall atrium", "park entrance", "cold box + 400 units"]))
    lead = pcc(r, cc, native_ok=False)[0]
    b.l()
    b.l("Team lead: {n} — if you're late call, don't text. Samples count sheet ref {x}.", n=P(lead["full"]), x=digits(r, 6))
    return b, "en"


@kind(4)
def k_talent_voiceover_release(r):
    b = B()
    p, _ = pcc(r, "us", native_ok=False)
    b.l("TALENT RELEASE — VOICE-OVER ({br} \"{c}\" radio :30 / :15)", br=pick(r, COMPANIES), c=pick(r, ["Hope Springs", "Sunny Side Up", "June Glow"]))
    b.l("Talent: {n}   Agent: {a} ({ag})", n=P(p["full"]), a=P(person(r, "us")["full"]), ag=pick(r, AGENCIES))
    b.l("Address: {ad}", ad=AD(addr(r, "us", multi=False)[0]))
    b.l("Phone: {ph}   Email: {e}", ph=PH(phone(r, "us")), e=E(email_for(r, p)))
    b.l("SAG-AFTRA member #: {m}   SSN (for payroll/W-4): {s}", m=digits(r, 7), s=SSN(ssn(r)))
    b.l("Session: {d}, Studio B, 2 hrs @ scale; usage 13 wks regional.", d=date_str(r, "us"))
    b.l("Signed ______________________   Date {d}", d=date_str(r, "us"))
    return b, "en"


@kind(4)
def k_customer_advisory_board_roster(r):
    b = B()
    b.l("Customer Advisory Board {y} — roster (CONFIDENTIAL)", y=str(r.randint(2025, 2026)))
    b.l("| # | Member | Title | Company | Region | Exec sponsor |")
    b.l("|---|---|---|---|---|---|")
    sponsors = people(r, 3)
    for i in range(r.randint(5, 10)):
        cc = pick(r, ALL_CC)
        p, _ = pcc(r, cc)
        b.l("| {i} | {n} | {t} | {c} | {rg} | {s} |", i=str(i + 1), n=P(p["full"]), t=pick(r, JOB_TITLES),
            c=pick(r, ["Summer Lane Retail", "Hope Foods", "Ridgeview Pharmacy", "Kasa Home", "Bayside Outfitters", "Metro Grocers"]),
            rg=LOC(COUNTRY_EN[cc]), s=P(pick(r, sponsors)["f"]))
    b.l()
    b.l("Next session {d}, hosted at {a}.", d=date_str(r, "long"), a=AD(addr(r, pick(r, ["us", "gb", "nl"]), multi=False)[0]))
    return b, "en"


@kind(5)
def k_pr_agency_standup_paste(r):
    b = B()
    lines = r.randint(1, 6)
    for i in range(lines):
        p = person(r)
        q = person(r)
        who = pick(r, [p["g"].lower(), p["g"]])
        x = pick(r, [
            ["ping ", P(q["g"]), " before ", pick(r, WEEKDAYS), " re the ", LOC(city_of(r, pick(r, ALL_CC))), " launch"],
            [P(q["g"]), " from ", pick(r, OUTLETS), " wants an exclusive, holding till ", pick(r, MONTHS)],
            ["samples to ", P(q["full"]), " went to the old address again 🙃"],
            ["sync w ", P(q["g"]), " + ", P(person(r)["g"]), " on the Hope Serum embargo"],
            ["blocked: waiting on legal for the Mercedes tie-in"],
            ["thanks to ", P(q["g"]), " for covering the 9am"],
            ["call ", P(q["g"]), " back on ", PH(phone(r, pick(r, ALL_CC))), " she's in a different tz"],
            ["nothing new, still chasing the Chance Eau Tendre shoot permits"],
            [P(q["g"]), "'s out sick, ", P(person(r)["g"]), " covering"]])
        b.f("{w}: ", w=P(who))
        b.l("{x}", x=x)
    return b, "en"


@kind(4)
def k_crisis_holding_statement_draft(r):
    b = B()
    brand = pick(r, COMPANIES)
    cc = pick(r, ["gb", "us", "au", "in", "za"])
    sp = person(r)
    b.l("HOLDING STATEMENT — DRAFT 2 — NOT FOR DISTRIBUTION")
    b.l("Issue: {x}", x=pick(r, ["product recall rumour (batch {b})".format(b="L" + digits(r, 5)), "delayed deliveries",
                                  "influencer post about packaging"]))
    b.l()
    b.l("\"We are aware of reports circulating about {br} products sold in {c}. Customer safety is our priority and we are looking "
        "into this urgently. Customers with questions can call our care team on {ph}.\"", br=brand, c=LOC(COUNTRY_EN[cc]),
        ph=PH(pick(r, [phone(r, cc), ph_us_vanity(r)]) if cc == "us" else phone(r, cc)))
    b.l()
    b.l("Spokesperson: {n} ({t}). Backup: {b}.", n=P(sp["full"]), t=pick(r, JOB_TITLES), b=P(person(r)["full"]))
    b.l("Do NOT name the retailer or {x}. Approvals: legal ({l}), CEO office.", x=pick(r, ["the creator", "Hunter (the brand)", "the warehouse"]),
        l=P(person(r)["g"]))
    b.l("Out-of-hours press line: {ph} / {e}", ph=PH(phone(r, cc)), e=E("press@" + DOMAINS.get(brand, "brand.com")))
    return b, "en"


@kind(4)
def k_hospitality_box_allocation(r):
    b = B()
    b.l("Hospitality allocation — {v} — {d}", v=pick(r, ["Box 14, Centre Court", "Suite 3, Stadium East", "Paddock Club"]),
        d=date_str(r, "long"))
    b.l("Host: {h}   Capacity {c}", h=P(person(r)["full"]), c=str(r.randint(8, 16)))
    for i in range(r.randint(5, 10)):
        p = person(r)
        g = person(r)
        b.l("{i}. {n} ({co}) + {pl}   dietary: {dt}", i=str(i + 1), n=P(p["full"]), co=pick(r, COMPANIES + AGENCIES),
            pl=pick(r, [[P(g["g"])], ["guest tbc"], ["no plus-one"], [P(g["full"])]]), dt=pick(r, ["none", "halal", "veg", "GF", "no nuts"]))
    pa = person(r)
    b.l("Parking passes sent to PA {n} ({e}).", n=P(pa["g"]), e=E(email_for(r, pa, corporate=True, domain=DOMAINS[pick(r, COMPANIES)])))
    return b, "en"


@kind(6)
def k_creator_payout_remittance_query(r):
    b = B()
    cc = pick(r, ["de", "fr", "es", "it", "nl", "pl", "tr", "gb", "ae", "gr", "se"])
    icc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "tr": "TR", "gb": "GB", "ae": "AE",
           "gr": "GR", "se": "SE"}[cc]
    p, _ = pcc(r, cc, native_ok=False)
    fin = person(r)
    b.l("Subject: payment for invoice {i} still not received??", i="INV-%s" % digits(r, 4))
    b.l()
    b.l("hi {g},", g=P(fin["g"].lower() if chance(r, 0.3) else fin["g"]))
    b.l("the {br} campaign posts went live on {d} and I still havent been paid ({p}). your portal says \"remitted\" but nothing arrived.",
        br=pick(r, COMPANIES), d=date_str(r, "long"), p=price(r, "€"))
    b.l("my details again:")
    b.l("Account holder: {n}", n=P(p["full"]))
    b.l("IBAN: {ib}", ib=IB(iban(r, icc)))
    if chance(r, 0.4):
        b.l("(old one was {ib} — closed in {m}, pls update!!)", ib=IB(iban(r, icc)), m=pick(r, MONTHS))
    b.l("Address for the invoice: {a}", a=AD(addr(r, cc, multi=False, country=True)[0]))
    b.l("thanks, {g}", g=P(p["g"]))
    b.l()
    b.l("> Remittance advice {x}: amount {p}, value date {d}, ref {ref}", x=digits(r, 8), p=price(r, "€"), d=date_str(r, "iso"),
        ref="RF" + digits(r, 2) + " " + digits(r, 4) + " " + digits(r, 4))
    return b, "en"


@kind(5)
def k_unboxing_kit_packlist(r):
    b = B()
    b.l("PR KIT PACK LIST — {k} — wave {w}", k=pick(r, ["Hope Serum launch", "Summer Drop", "Aurora line", "June Bloom"]),
        w=str(r.randint(1, 4)))
    b.l("contents: 1x {a}, 1x {c}, handwritten card, tissue (blush), crinkle fill".format(a=sku(r), c=sku(r)))
    b.l()
    for i in range(r.randint(3, 6)):
        cc = pick(r, ALL_CC)
        p, _ = pcc(r, cc)
        a, _ = addr(r, cc, multi=True, country=True)
        b.l("[{i}] {n} ({h})", i=str(i + 1), n=P(p["full"]), h=handle_for(r, p))
        b.l("{a}", a=AD(a))
        b.l("tel {ph} · courier {c} · card msg: \"{m}\"", ph=PH(phone(r, cc, intl=True)), c=pick(r, ["DHL", "FedEx", "Aramex", "UPS"]),
            m=pick(r, ["made for you, x", "from the whole team 💛", "enjoy!", "thank you for being you"]))
        b.l()
    b.l("packed by {a} / QC {c}", a=P(person(r)["g"]), c=P(person(r)["g"]))
    return b, "en"


@kind(5)
def k_popup_tablet_signup_sync(r):
    b = B()
    cc = pick(r, ["us", "gb", "au", "ca", "ae", "in", "za", "ng"])
    b.l("// kiosk-sync {k} store={c} batch={n}", k="t" + digits(r, 3), c=city_of(r, cc).lower().replace(" ", "_"), n=digits(r, 5))
    for i in range(r.randint(3, 7)):
        p, _ = pcc(r, cc, native_ok=False)
        b.t("{\"ts\":\"%s\",\"first\":\"" % (date_str(r, "iso") + "T" + time_str(r) + ":00Z"))
        b.e("PERSON", p["g"])
        b.t("\",\"last\":\"")
        b.e("PERSON", p["f"])
        b.t("\",\"email\":\"")
        b.e("EMAIL_ADDRESS", email_for(r, p))
        b.t("\",\"mobile\":\"")
        b.e("PHONE_NUMBER", phone(r, cc))
        b.t("\",\"optin_sms\":%s,\"optin_email\":%s,\"device_ip\":\"" % (pick(r, ["true", "false"]), pick(r, ["true", "false"])))
        b.e("IP_ADDRESS", ipv4(r, private=chance(r, 0.5)))
        b.t("\",\"fav\":\"%s\"}\n" % pick(r, ["Hope Serum", "Grace Collection", "June Bloom", "Victoria tote", "none"]))
    b.l("// synced ok, {n} dupes skipped", n=str(r.randint(0, 3)))
    return b, "en"


@kind(4)
def k_award_entry_credits_sheet(r):
    b = B()
    brand = pick(r, COMPANIES)
    ag = pick(r, AGENCIES)
    b.l("AWARD ENTRY — category {c} — entry {e}", c=pick(r, ["Best Use of Creators", "Retail Activation", "Small Budget"]), e=digits(r, 5))
    b.l("Campaign: {br} \"{t}\"", br=brand, t=pick(r, ["Hope Is A Habit", "Summer, Uncancelled", "Chance Encounters"]))
    b.l("Credits:")
    for role in r.sample(["Client Lead", "Creative Director", "Copywriter", "Art Director", "Producer", "Strategist",
                          "Social Lead", "Photographer"], r.randint(4, 7)):
        b.l("  {ro}: {n}", ro=role, n=P(person(r)["full"]))
    b.l("Entrant contact: {n}, {e}, {ph}", n=P(person(r)["full"]), e=E(corp_email(r, person(r), ag)), ph=PH(phone(r, pick(r, ["gb", "us"]))))
    b.l("Agency address: {a}", a=AD(addr(r, pick(r, ["gb", "us", "nl", "de"]), multi=False)[0]))
    return b, "en"


@kind(4)
def k_vox_pop_street_interview_release(r):
    b = B()
    cc = pick(r, ["gb", "us", "ng", "ke", "za", "in", "ph"])
    b.l("Vox pop log — shoot day {d} — location {c}", d=date_str(r, "eu"), c=LOC(city_of(r, cc)))
    for i in range(r.randint(3, 6)):
        p, _ = pcc(r, cc, native_ok=False)
        b.l("Clip {c}: {n}, {a}, release signed {y} — contact {ph}", c="A%03d" % r.randint(1, 300), n=P(p["full"]), a=str(r.randint(18, 80)),
            y=pick(r, ["Y", "Y", "N (blur)"]), ph=PH(phone(r, cc)))
        if chance(r, 0.4):
            b.l("   quote: \"my mate {g} put me onto it\"", g=P(person(r, pick(r, CC_CULTS[cc]))["g"]))
    b.l("DP {a}, sound {b}", a=P(person(r)["full"]), b=P(person(r)["g"]))
    return b, "en"


@kind(4)
def k_influencer_kit_address_confirm_sms(r):
    b = B()
    cc = pick(r, ["us", "gb", "au", "ca", "in", "za", "ng", "ph"])
    p, _ = pcc(r, cc, native_ok=False)
    a, _ = addr(r, cc, multi=False, country=False)
    style = r.randint(0, 2)
    if style == 0:
        b.l("{br}: Hi {g}! Confirming your PR kit ships to {a}. Reply Y to confirm or text the new address. Track: {t}",
            br=pick(r, COMPANIES), g=P(p["g"]), a=AD(a), t=tracking(r))
    elif style == 1:
        b.l("{g}: its {a} not the old one!! and call {ph} if the buzzer doesnt work", g=P(p["g"].lower()), a=AD(a), ph=PH(phone(r, cc)))
    else:
        b.l("[SMS to {ph}] Hey {g}, your {k} kit is out for delivery today 📦", ph=PH(phone(r, cc, intl=True)), g=P(p["g"]),
            k=pick(r, ["Summer Drop", "Hope Serum", "June Bloom"]))
    return b, "en"


@kind(5)
def k_ng_pidgin_vendor_dm(r):
    b = B()
    p, _ = pcc(r, "ng", native_ok=False)
    brand_p = person(r, pick(r, ["yo", "ig", "ha"]))
    a, city = a_ng(r, chance(r, 0.4), False)
    sp = p["g"].lower() if chance(r, 0.5) else p["g"]
    bs = brand_p["g"]
    b.l("{s}: Good afternoon ma, abeg una still dey do the ambassador thing for {br}?", s=P(sp), br=pick(r, ["Nimbu Snacks", "Brisa Swimwear", "Velour Lab"]))
    b.l("{s}: Yes o! Na me {n} dey handle am. Send your full name, address and number make I put you for list", s=P(bs), n=P(brand_p["full"]))
    b.l("{s}: {n}", s=P(sp), n=P(p["full"]))
    b.l("{s}: {a}", s=P(sp), a=AD(a))
    b.l("{s}: {ph} na my WhatsApp, the other one na {ph2}", s=P(sp), ph=PH(phone(r, "ng")), ph2=PH(phone(r, "ng")))
    if chance(r, 0.5):
        b.l("{s}: Oya noted. Dispatch rider go reach you {d}, e go call before. Na {c} we dey ship from", s=P(bs), d=pick(r, ["tomorrow", "Monday", "Friday"]),
            c=LOC(pick(r, ["Yaba", "Ikeja", "Surulere", "Abuja", "Ibadan"])))
    else:
        b.l("{s}: Correct. No vex, payment for the content na through {e}, send invoice there", s=P(bs), e=E(email_for(r, brand_p, corporate=True, domain="nimbu.ng")))
    b.l("{s}: Thank you ma 🙏🏾 God bless", s=P(sp))
    return b, "pcm"


BIC_BY_CC = {"DE": ["COBADEFFXXX", "DEUTDEBBXXX", "SOLADEST600"], "FR": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP"],
             "ES": ["CAIXESBB", "BBVAESMM"], "IT": ["UNCRITMM", "BCITITMM"], "NL": ["INGBNL2A", "RABONL2U", "ABNANL2A"],
             "GB": ["NWBKGB2L", "BARCGB22", "MONZGB2L"], "PL": ["BPKOPLPW", "PKOPPLPW"], "TR": ["TGBATRIS", "AKBKTRIS"],
             "AE": ["EBILAEAD", "NBADAEAA"], "BE": ["GEBABEBB", "KREDBEBB"], "SE": ["SWEDSESS", "NDEASESS"],
             "GR": ["ETHNGRAA", "PIRBGRAA"], "PT": ["BCOMPTPL", "CGDIPTPL"], "AT": ["BKAUATWW", "RZBAATWW"],
             "CH": ["UBSWCHZH80A", "POFICHBEXXX"], "IE": ["AIBKIE2D", "BOFIIE2D"], "BR": ["BRASBRRJ"], "SA": ["NCBKSAJE"]}


@kind(5)
def k_ads_account_billing_swap_note(r):
    b = B()
    who = person(r)
    fin = person(r)
    brand = pick(r, COMPANIES)
    plat = pick(r, ["Meta Ads", "TikTok Ads", "Google Ads", "Pinterest Ads", "Snap Ads"])
    b.l("[{p}] ad account {a} ({br}) — billing change log", p=plat, a="act_" + digits(r, 15), br=brand)
    d = date_str(r, "iso")
    clk = Clock(r)
    b.l("{d} {t}  {n} removed card ending {l4} (declined x3, spend paused on {c})", d=d, t=clk.next(), n=P(who["full"]),
        l4=digits(r, 4), c=camp_code(r))
    b.l("{d} {t}  {n} added card {cc} exp {m}/{y}, CVV given verbally", d=d, t=clk.next(1, 9), n=P(who["g"]),
        cc=CC(card(r, pick(r, ["visa", "mc", "amex"]))), m="%02d" % r.randint(1, 12), y=str(r.randint(26, 31)))
    cc_ = pick(r, ["us", "gb", "au", "ca", "nl", "de"])
    b.l("{d} {t}  billing address set to {a}", d=d, t=clk.next(0, 3), a=AD(addr(r, cc_, multi=False, country=True)[0]))
    b.l("{d} {t}  billing contact → {e} / {ph}", d=d, t=clk.next(0, 3), e=E(corp_email(r, fin, brand)), ph=PH(phone(r, cc_)))
    if chance(r, 0.6):
        b.l("note from {f} (finance): pls stop pasting full card numbers in #paid-social — {cc} is still sitting in the thread "
            "from {w}. use the vault.", f=P(fin["g"]), cc=CC(card(r)), w=pick(r, WEEKDAYS))
    b.l("threshold {p} · daily cap {q} · invoice ref {i} · tax id on file {t}", p=price(r, "$"), q=price(r, "$"),
        i="INV-" + digits(r, 7), t=pick(r, ["GB" + digits(r, 9), "DE" + digits(r, 9), "NL" + digits(r, 9) + "B01"]))
    return b, "en"


@kind(4)
def k_event_ticket_refund_escalation(r):
    b = B()
    cc = pick(r, ["us", "gb", "ca", "au"])
    p, _ = pcc(r, cc, native_ok=False)
    ag = person(r)
    lead = person(r)
    ev = pick(r, ["Summer Sessions Live", "Hope Fest", "Retail After Dark", "June Bloom Garden Party"])
    b.l("Subject: REFUND for moved \"{e}\" tickets!!! order {o}", e=ev, o=order_no(r))
    b.l()
    b.l("hi,, i bought {n} tickets for {e} in {c} on {d} using my card {cc} and now youve moved it to a {w}?? i cant go.",
        n=str(r.randint(2, 6)), e=ev, c=LOC(city_of(r, cc)), d=date_str(r, "long"), cc=CC(card(r, style=pick(r, ["space", "plain", "dash"]))),
        w=pick(r, WEEKDAYS))
    b.l("also theres a 2nd charge on my other card ending {l4}. name on both cards is {nm}.", l4=digits(r, 4), nm=P(p["full"].upper()))
    b.l("call me {ph} or just refund. {g}", ph=PH(phone(r, cc)), g=P(p["g"]))
    b.l()
    b.l("--- internal note ({a}, CX) ---", a=P(ag["full"]))
    b.l("verified via last4, both txns {t1} / {t2}. full PAN is in the customer's email body above — redaction rule didn't fire, "
        "raising with {l}. refund to original payment method, ticket {tk}.", t1="TX" + digits(r, 9), t2="TX" + digits(r, 9),
        l=P(lead["g"]), tk=ticket_no(r))
    return b, "en"


@kind(5)
def k_ambassador_1099_onboarding_chat(r):
    b = B()
    p, _ = pcc(r, "us", native_ok=False)
    ag = person(r, pick(r, ["us", "word", "in", "ph"]))
    clk = Clock(r)
    b.l("Intercom · conversation #{n} · Ambassador onboarding · {br}", n=digits(r, 9), br=pick(r, ["Fennik", "Velour Lab", "Arbor Kids"]))
    b.l("[{t}] {a}: Hi {g}! Congrats on making the ambassador program 🎉 before we can pay commissions over $600 we need a W-9. "
        "can you fill in the secure form?", t=clk.next(), a=P(ag["g"]), g=P(p["g"]))
    b.l("[{t}] {s}: the link wont open on my phone ugh, can i just type it here", t=clk.next(2, 40), s=P(p["g"].lower() if chance(r, 0.4) else p["g"]))
    b.l("[{t}] {s}: {n}", t=clk.next(0, 2), s=P(p["g"]), n=P(p["full"]))
    b.l("[{t}] {s}: ssn {x}", t=clk.next(0, 2), s=P(p["g"]), x=SSN(ssn(r)))
    b.l("[{t}] {s}: {a}", t=clk.next(0, 3), s=P(p["g"]), a=AD(addr(r, "us", multi=False)[0]))
    b.l("[{t}] {a}: Thank you — I've entered it and will delete these messages. Next time please use the form 🙏", t=clk.next(1, 10), a=P(ag["g"]))
    if chance(r, 0.6):
        q = person(r, pick(r, ["us", "word", "es"]))
        b.l("[{t}] {s}: np! my cousin {q} wants to join too, her cell is {ph}", t=clk.next(0, 30), s=P(p["g"]), q=P(q["g"]), ph=PH(phone(r, "us")))
    b.l("[{t}] system: conversation tagged W9, PII; assigned to {a}", t=clk.next(0, 2), a=P(ag["full"]))
    return b, "en"


@kind(5)
def k_speaker_honorarium_bank_form(r):
    b = B()
    lang = pick(r, ["en", "de", "fr", "es", "it", "nl"])
    cc = {"en": pick(r, ["gb", "ae", "tr", "gr", "se"]), "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl"}[lang]
    icc = {"gb": "GB", "ae": "AE", "tr": "TR", "gr": "GR", "se": "SE", "de": pick(r, ["DE", "AT"]), "fr": "FR",
           "es": "ES", "it": "IT", "nl": pick(r, ["NL", "BE"])}[cc]
    p, _ = pcc(r, cc, native_ok=False)
    a, _ = addr(r, cc, multi=False, country=True)
    L = {"en": ("SPEAKER HONORARIUM — PAYMENT DETAILS", "Event", "Speaker", "Postal address", "Phone", "Email",
                "Account holder", "IBAN", "BIC/SWIFT", "Amount"),
         "de": ("HONORARFORMULAR – BANKVERBINDUNG", "Veranstaltung", "Referent/in", "Anschrift", "Telefon", "E-Mail",
                "Kontoinhaber/in", "IBAN", "BIC", "Betrag"),
         "fr": ("FICHE DE PAIEMENT – HONORAIRES INTERVENANT", "Événement", "Intervenant(e)", "Adresse postale", "Téléphone",
                "Courriel", "Titulaire du compte", "IBAN", "BIC", "Montant"),
         "es": ("FICHA DE PAGO – HONORARIOS PONENTE", "Evento", "Ponente", "Dirección postal", "Teléfono", "Correo",
                "Titular de la cuenta", "IBAN", "BIC", "Importe"),
         "it": ("MODULO COMPENSO RELATORE", "Evento", "Relatore/Relatrice", "Indirizzo", "Telefono", "Email",
                "Intestatario conto", "IBAN", "BIC", "Importo"),
         "nl": ("FORMULIER SPREKERSVERGOEDING", "Evenement", "Spreker", "Adres", "Telefoon", "E-mail",
                "Rekeninghouder", "IBAN", "BIC", "Bedrag")}[lang]
    b.l("{x}", x=L[0])
    b.l("{k}: {v}", k=L[1], v=pick(r, ["BrandLab Summit", "CX Live", "Loyalty Week", "Creator Economy Forum"]) + " " + str(r.randint(2025, 2026)))
    b.l("{k}: {v}", k=L[2], v=P(p["full"]))
    b.l("{k}: {v}", k=L[3], v=AD(a))
    b.l("{k}: {v}", k=L[4], v=PH(phone(r, cc)))
    b.l("{k}: {v}", k=L[5], v=E(email_for(r, p)))
    holder = p["full"] if chance(r, 0.7) else p["full"].upper()
    b.l("{k}: {v}", k=L[6], v=P(holder))
    b.l("{k}: {v}", k=L[7], v=IB(iban(r, icc)))
    b.l("{k}: {v}", k=L[8], v=pick(r, BIC_BY_CC.get(icc, ["XXXXXXXX"])))
    b.l("{k}: {v}", k=L[9], v=price(r, "€") if icc != "GB" else price(r, "£"))
    b.l("PO {po} / cost centre {c}", po="45" + digits(r, 8), c=digits(r, 4))
    return b, lang


@kind(3)
def k_contest_winner_tax_callback_note(r):
    b = B()
    p, _ = pcc(r, "us", native_ok=False)
    ag = person(r)
    b.l("Call log {d} — winner verification — \"{s}\"", d=date_str(r, "us"), s=pick(r, ["May Day Mega", "Summer Road Trip", "Backyard Makeover"]))
    b.l("Agent {a}. Outbound to {ph}, {m} min.", a=P(ag["full"]), ph=PH(phone(r, "us")), m=str(r.randint(3, 25)))
    b.l("- spoke w/ {n} (confirmed spelling: {u})", n=P(p["full"]), u=P(p["f"].upper()))
    b.l("- mailing addr: {a}", a=AD(addr(r, "us", multi=False)[0]))
    b.l("- SSN read back {s}, matches W-9 rec'd {d}", s=SSN(ssn(r, pick(r, ["dash", "space"]))), d=date_str(r, "short"))
    sp = person(r, "us")
    while sp["g"] == p["g"]:
        sp = person(r, "us")
    b.l("- prize ARV ${v}, 1099-MISC will go out in January; winner asked if {q} (spouse) can sign instead → no.",
        v="{:,}".format(r.randint(600, 20000)), q=P(sp["g"]))
    b.l("- callback requested {w} after 5pm CT", w=pick(r, WEEKDAYS))
    return b, "en"


# ----------------------------------------------------------------------------
# non-English kinds
# ----------------------------------------------------------------------------
ZH_BRANDS = ["澜朵护肤", "栖木家居", "小满茶铺", "Velour Lab", "Kaiyo Tea Co."]
JA_BRANDS = ["ルメンフィールド", "Kaiyo Tea Co.", "オークライン珈琲", "Solenne Parfums"]


@kind(6)
def k_kol_seeding_tracker_zh(r):
    b = B()
    brand = pick(r, ZH_BRANDS)
    b.l("【KOL寄样登记表】{br} {p} 第{n}批（{d}）", br=brand, p=pick(r, ["夏日限定礼盒", "修护精华新品", "中秋礼盒", "618大促"]),
        n=str(r.randint(1, 6)), d=date_str(r, "iso"))
    b.l("序号 | 达人昵称 | 平台 | 粉丝 | 收件人 | 手机 | 收件地址 | 备注")
    n = r.randint(4, 9) if chance(r, 0.7) else r.randint(28, 34)
    for i in range(n):
        p = person(r, "zh_n")
        nick = pick(r, ["小鱼干酱", "芒果不吃香菜", "阿七的日常", "是周周呀", "Lily爱测评", "胖虎今天瘦了吗", "一只小饼干", "Momo在上海"])
        if "上海" in nick:
            nick = "Momo的衣橱"
        a, _ = a_cn(r, False, False)
        b.l("{i} | {nk} | {pf} | {fs} | {n} | {ph} | {a} | {no}", i=str(i + 1), nk=nick,
            pf=pick(r, ["小红书", "抖音", "B站", "微博", "视频号"]), fs="%.1fw" % (r.randint(10, 900) / 10),
            n=P(p["full"]), ph=PH(ph_cn_mobile(r) if chance(r, 0.85) else ph_cn(r, intl=True)), a=AD(a),
            no=pick(r, ["敏感肌，别寄香味款", "已寄出 顺丰SF" + digits(r, 12), "要发票", "", "周末不收件", "先问档期", "合作费¥" + str(r.randint(2, 30)) + "000"]))
    pm = person(r, "zh_n")
    b.l("对接人：{n}（微信同手机号 {ph}）", n=P(pm["full"]), ph=PH(ph_cn_mobile(r)))
    b.l("注意：{x}负责的达人统一走{c}仓发货", x=P(person(r, "zh_n")["full"]), c=LOC(pick(r, ["杭州", "广州", "上海", "成都"])))
    return b, "zh"


@kind(5)
def k_zh_livestream_lucky_draw_shiplist(r):
    b = B()
    host = person(r, "zh_n")
    b.l("{d} 直播间抽奖中奖名单（主播：{h}）", d=date_str(r, "iso"), h=P(host["full"]))
    b.l("说明：手机号已脱敏的请运营补全，补全后再导出给仓库")
    for i in range(r.randint(3, 7)):
        p = person(r, "zh_n")
        masked = chance(r, 0.3)
        a, _ = a_cn(r, False, False)
        if masked:
            ph = "1%s****%s" % (digits(r, 2), digits(r, 4))
            b.l("{i}. 用户“{nk}” 奖品：{pz} 收货人：{n} 电话：{ph}（待补全）", i=str(i + 1), nk=pick(r, ["甜甜圈", "木木", "风一样的女子", "小王同学"]),
                pz=pick(r, ["精华小样×3", "定制帆布包", "¥50无门槛券"]), n=P(p["full"]), ph=ph)
        else:
            b.l("{i}. 用户“{nk}” 奖品：{pz} 收货人：{n} 电话：{ph} 地址：{a}", i=str(i + 1), nk=pick(r, ["甜甜圈", "木木", "风一样的女子", "小王同学", "Coco"]),
                pz=pick(r, ["精华正装1瓶", "定制帆布包", "¥50无门槛券", "联名保温杯"]), n=P(p["full"]), ph=PH(ph_cn(r)), a=AD(a))
    b.l("订单批次 {x}，预计{d}前发出。有问题找{n}。", x="DY" + digits(r, 10), d=date_str(r, "short"), n=P(person(r, "zh_n")["full"]))
    return b, "zh"


@kind(5)
def k_ja_sampling_monitor_applicants(r):
    b = B()
    brand = pick(r, JA_BRANDS)
    b.l("【モニター当選者リスト】{br} {p} 第{n}期", br=brand, p=pick(r, ["新作美容液", "水出し煎茶セット", "ハンドクリーム"]), n=str(r.randint(1, 12)))
    b.l("No.\t氏名\t郵便番号・住所\t電話番号\tメール\t備考")
    for i in range(r.randint(4, 10)):
        p = person(r, "ja_n")
        a, _ = a_jp(r, False, False)
        b.l("{i}\t{n} 様\t{a}\t{ph}\t{e}\t{no}", i=str(i + 1), n=P(p["full"]), a=AD(a), ph=PH(ph_jp(r, intl=False)),
            e=E(email_for(r, p)), no=pick(r, ["敏感肌", "平日午前指定", "", "インスタ投稿OK", "再送", "前回も当選"]))
    pm = person(r, "ja_n")
    b.l("発送担当：{n}（内線 {x}）／発送予定日 {d}", n=P(pm["f"]), x=digits(r, 3), d="%d月%d日" % (r.randint(1, 12), r.randint(1, 28)))
    return b, "ja"


@kind(4)
def k_ja_store_opening_invitation(r):
    b = B()
    p = person(r, "ja_n")
    brand = pick(r, JA_BRANDS)
    a, city = a_jp(r, False, False)
    staff = person(r, "ja_n")
    b.l("{n} 様", n=P(p["full"] if chance(r, 0.5) else p["f"]))
    b.l()
    b.l("拝啓 時下ますますご清祥のこととお慶び申し上げます。")
    b.l("このたび「{br}」は、{c}に新店舗をオープンする運びとなりました。", br=brand, c=LOC(city))
    b.l("つきましては、一般公開に先立ちまして内覧会を下記のとおり開催いたします。")
    b.l("ご多用中とは存じますが、ぜひご来場賜りますようお願い申し上げます。")
    b.l("敬具")
    b.l("記")
    b.l("日時：{m}月{d}日（{w}）{t}〜", m=str(r.randint(1, 12)), d=str(r.randint(1, 28)), w=pick(r, ["月", "火", "水", "木", "金", "土"]), t=time_str(r))
    b.l("会場：{a}", a=AD(a))
    b.l("お問い合わせ：広報担当 {n}（{ph}／{e}）", n=P(staff["full"]), ph=PH(pick(r, [ph_jp(r, intl=False), ph_jp_free(r)])),
        e=E(email_for(r, staff, corporate=True, domain="lumenfield.jp")))
    b.l("※ご来場の際は本状をご持参ください。招待コード {c}", c="INV-" + digits(r, 5))
    b.l("以上")
    return b, "ja"


@kind(5)
def k_ko_creator_seeding_dm(r):
    b = B()
    p = person(r, "ko_n")
    rep = person(r, "ko_n")
    a, _ = a_kr(r, False, False)
    sp = p["g"] if chance(r, 0.6) else p["full"]
    b.l("[{br} 공식계정] 안녕하세요 {n}님! {br} 마케팅팀 {rp}입니다 😊", br=pick(r, ["벨루어랩", "Velour Lab", "카이요티"]), n=P(p["g"]), rp=P(rep["full"]))
    b.l("[{br} 공식계정] 이번 여름 신제품 협찬 제안드리고 싶어서 연락드렸어요. 혹시 관심 있으실까요?", br=pick(r, ["벨루어랩", "Velour Lab"]))
    b.l("{s}: 헉 감사합니다!! 좋아요 ㅎㅎ", s=P(sp))
    b.l("[담당자] 그럼 받으실 주소랑 연락처 부탁드려요~ 택배 기사님이 연락드릴 수 있게요!")
    b.l("{s}: {a}", s=P(sp), a=AD(a))
    b.l("{s}: 연락처는 {ph} 이에요", s=P(sp), ph=PH(ph_kr(r)))
    if chance(r, 0.5):
        q = person(r, "ko_n")
        b.l("{s}: 아 그리고 광고 건은 매니저 {m} 실장님께 같이 보내주세요 {e}", s=P(sp), m=P(q["full"]),
            e=E(email_for(r, q, domain=pick(r, ["naver.com", "daum.net"]))))
    b.l("[담당자] 확인했습니다! {d} 발송 예정이고 운송장 번호는 {t} 입니다 📦", d="%d월 %d일" % (r.randint(1, 12), r.randint(1, 28)), t=digits(r, 12))
    return b, "ko"


@kind(4)
def k_ko_popup_rsvp_sheet(r):
    b = B()
    b.l("■ {br} {c} 팝업스토어 사전예약 명단 ({d})", br=pick(r, ["벨루어랩", "오크라인 커피", "피넥 스니커즈"]), c=LOC("성수"), d=date_str(r, "iso"))
    b.l("번호 | 이름 | 연락처 | 방문시간 | 인원 | 비고")
    for i in range(r.randint(5, 12)):
        p = person(r, "ko_n")
        b.l("{i} | {n} | {ph} | {t} | {c}명 | {no}", i=str(i + 1), n=P(p["full"]), ph=PH(ph_kr(r, intl=False)), t=time_str(r),
            c=str(r.randint(1, 4)), no=pick(r, ["", "인플루언서", "VIP", "노쇼 이력", "주차 필요", "기자"]))
    b.l("현장 담당: {n} 매니저 / 문의 {ph}", n=P(person(r, "ko_n")["full"]), ph=PH(ph_kr(r, intl=False)))
    b.l("장소: {a}", a=AD("서울 성동구 연무장길 %d %d층" % (r.randint(1, 120), r.randint(1, 4))))
    return b, "ko"


@kind(5)
def k_ar_gifting_dm_gulf(r):
    b = B()
    p = person(r, "ar_n")
    rep = person(r, "ar_n")
    gulf = pick(r, ["ae", "sa"])
    if gulf == "ae":
        a, city = a_ae(r, False, False, arabic=True)
        ph = ph_ae(r)
    else:
        a, city = a_sa_ar(r, False, False)
        ph = ph_sa(r)
    brand = pick(r, ["سولين للعطور", "Solenne Parfums", "فيلور لاب"])
    sp = p["g"]
    b.l("{br}: مرحبا {n} 🌸 معك {rp} من فريق التسويق. حابين نرسل لك صندوق الإطلاق الجديد بمناسبة رمضان", br=brand, n=P(p["g"]), rp=P(rep["g"]))
    b.l("{s}: يا هلا! أكيد يسعدني", s=P(sp))
    b.l("{br}: ممكن الاسم الكامل والعنوان ورقم الجوال للمندوب؟", br=brand)
    b.l("{s}: {n}", s=P(sp), n=P(p["full"]))
    b.l("{s}: {a}", s=P(sp), a=AD(a))
    b.l("{s}: الجوال {ph}", s=P(sp), ph=PH(ph))
    if chance(r, 0.5):
        b.l("{br}: تم ✅ التوصيل خلال ٣-٥ أيام عمل داخل {c}. رقم الشحنة {t}", br=brand, c=LOC(city), t="AWB " + digits(r, 10))
    else:
        b.l("{br}: شكراً {n}! للتعاون المدفوع تواصلي مع {m} على {e}", br=brand, n=P(p["g"]), m=P(rep["full"]),
            e=E(email_for(r, rep, corporate=True, domain="solenne.ae")))
    return b, "ar"


@kind(5)
def k_hi_influencer_barter_whatsapp(r):
    b = B()
    p = person(r, "hi_n")
    rep = person(r, pick(r, ["hi_n", "in"]))
    a, city = (a_in_hi(r, False, False) if chance(r, 0.6) else a_in(r, False, False))
    sp = p["g"]
    d = date_str(r, "eu")
    clk = Clock(r)
    b.l("[{d}, {t}] {rp}: नमस्ते {n} जी, मैं {br} की तरफ से बात कर रही हूँ। हमारे नए {pr} के लिए barter collab करना चाहेंगे?",
        d=d, t=clk.next(), rp=P(rep["g"]), n=P(p["g"]), br=pick(r, ["Nimbu Snacks", "निम्बू स्नैक्स"]),
        pr=pick(r, ["मसाला मखाना", "आम पन्ना", "Summer Drop हैम्पर"]))
    b.l("[{d}, {t}] {s}: जी ज़रूर 😊 पर reel के लिए कम से कम 2 हफ्ते चाहिए", d=d, t=clk.next(5, 120), s=P(sp))
    b.l("[{d}, {t}] {rp}: कोई बात नहीं। अपना पूरा पता और फ़ोन नंबर भेज दीजिए", d=d, t=clk.next(1, 30), rp=P(rep["g"]))
    b.l("[{d}, {t}] {s}: {n}", d=d, t=clk.next(1, 60), s=P(sp), n=P(p["full"]))
    b.l("{a}", a=AD(a))
    b.l("मोबाइल: {ph}", ph=PH(ph_in(r)))
    if chance(r, 0.5):
        b.l("[{d}, {t}] {s}: और हाँ, मेरी बहन {q} भी food blogger है, उसे भी भेज सकते हैं?", d=d, t=clk.next(0, 5), s=P(sp),
            q=P(person(r, "hi_n")["g"]))
    b.l("[{d}, {t}] {rp}: noted 👍 {c} warehouse से dispatch होगा, AWB {x}", d=d, t=clk.next(2, 60), rp=P(rep["g"]),
        c=LOC(pick(r, ["गुड़गांव", "भिवंडी", "बेंगलुरु", "Gurugram"])), x=digits(r, 11))
    return b, "hi"


@kind(4)
def k_th_line_kol_booking(r):
    b = B()
    p = person(r, "th_n")
    rep = person(r, "th_n")
    a, _ = a_th(r, False, False)
    b.l("[LINE] {br} x {n}", br=pick(r, ["Brisa Swimwear", "Kaiyo Tea Co."]), n=P(p["g"]))
    b.l("{rp}: สวัสดีค่ะคุณ{n} ทางแบรนด์อยากเชิญรีวิวคอลเลกชันซัมเมอร์ค่ะ 🙏", rp=P(rep["g"]), n=P(p["g"]))
    b.l("{s}: ได้เลยค่ะ เรทรีล 1 ตัว {pr} บาทนะคะ", s=P(p["g"]), pr="{:,}".format(r.randint(5, 80) * 1000))
    b.l("{rp}: โอเคค่ะ ขอที่อยู่จัดส่งกับเบอร์โทรด้วยนะคะ", rp=P(rep["g"]))
    b.l("{s}: {n}", s=P(p["g"]), n=P(p["full"]))
    b.l("{a}", a=AD(a))
    b.l("โทร {ph}", ph=PH(ph_th(r)))
    b.l("{rp}: รับทราบค่ะ ส่ง Kerry เลขพัสดุ {t} นะคะ", rp=P(rep["g"]), t="KEX" + digits(r, 10))
    return b, "th"


@kind(6)
def k_ru_blogger_barter_chat(r):
    b = B()
    p = person(r, "ru_n")
    rep = person(r, "ru_n")
    a, city = a_ru(r, False, False)
    sp = p["g"]
    b.l("{rp}: Здравствуйте, {n}! Я {rf} из команды {br}. Хотим предложить бартер: набор новинок в обмен на 2 сторис и 1 пост.",
        rp=P(rep["g"]), n=P(p["g"]), rf=P(rep["g"]), br=pick(r, ["Velour Lab", "Solenne Parfums", "Halden Audio"]))
    b.l("{s}: Добрый день! Интересно 🙂 Охваты сторис ~{x} тыс.", s=P(sp), x=str(r.randint(5, 90)))
    b.l("{rp}: Отлично. Пришлите ФИО, адрес доставки и телефон для курьера СДЭК.", rp=P(rep["g"]))
    b.l("{s}: {n}", s=P(sp), n=P(p["full"]))
    b.l("{s}: {a}", s=P(sp), a=AD(a))
    b.l("{s}: {ph}", s=P(sp), ph=PH(ph_ru(r)))
    if chance(r, 0.5):
        b.l("{rp}: Принято! Трек-номер пришлю в пятницу. Если будут вопросы — пишите {e}", rp=P(rep["g"]),
            e=E(email_for(r, rep, corporate=True, domain="velourlab.ru")))
    else:
        b.l("{rp}: Спасибо! Отправка из {c}, срок 3–5 дней. Заказ № {o}", rp=P(rep["g"]), c=LOC(pick(r, ["Подольска", "Москвы", "Казани"])),
            o=digits(r, 9))
    return b, "ru"


@kind(4)
def k_el_press_event_guestlist(r):
    b = B()
    b.l("ΛΙΣΤΑ ΚΑΛΕΣΜΕΝΩΝ — Παρουσίαση {br} — {d}", br=pick(r, ["Solenne Parfums", "Brisa Swimwear", "Kaiyo Tea"]), d=date_str(r, "eu"))
    b.l("Χώρος: {a}", a=AD(a_gr(r, False, False)[0]))
    b.l()
    b.l("Όνομα | Μέσο | Τηλέφωνο | Email | RSVP")
    for i in range(r.randint(4, 9)):
        p = person(r, "el_n")
        b.l("{n} | {m} | {ph} | {e} | {x}", n=P(p["full"]), m=pick(r, ["Glamour", "Glow Weekly", "ΕΡΤ", "Instagram", "Kathimerini"]),
            ph=PH(ph_gr(r)), e=E(email_for(r, p)), x=pick(r, ["ΝΑΙ", "ΟΧΙ", "ίσως", "+1"]))
    q = person(r, "el_n")
    b.l()
    b.l("Υπεύθυνη επικοινωνίας: {n}, {ph}", n=P(q["full"]), ph=PH(ph_gr(r)))
    b.l("Σημ.: οι καλεσμένοι από {c} θα έχουν μεταφορά.", c=LOC(pick(r, ["Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"])))
    return b, "el"


@kind(5)
def k_id_endorse_selebgram_chat(r):
    b = B()
    p, _ = pcc(r, "id", native_ok=False)
    rep, _ = pcc(r, "id", native_ok=False)
    a, city = a_id(r, chance(r, 0.3), False)
    sp = p["g"].lower() if chance(r, 0.4) else p["g"]
    b.l("{rp}: Halo kak {n}! Aku {rp2} dari tim {br} 😊 mau nawarin endorse paket Ramadan, kakak minat?", rp=P(rep["g"]), n=P(p["g"]),
        rp2=P(rep["g"]), br=pick(r, ["Nimbu Snacks", "Velour Lab", "Brisa Swimwear"]))
    b.l("{s}: Halo kak, boleh banget. Ratecard aku {x}rb utk 1 feed + 3 story ya", s=P(sp), x=str(r.randint(3, 40) * 100))
    b.l("{rp}: Siap kak. Boleh minta nama lengkap, alamat, sama no HP buat kurir?", rp=P(rep["g"]))
    b.l("{s}: {n}", s=P(sp), n=P(p["full"]))
    b.l("{s}: {a}", s=P(sp), a=AD(a))
    b.l("{s}: {ph} (WA aja ya)", s=P(sp), ph=PH(ph_id(r)))
    if chance(r, 0.6):
        b.l("{rp}: Oke kak, dikirim dari gudang {c} pakai JNE, resi {t}", rp=P(rep["g"]), c=LOC(pick(r, ["Cikarang", "Surabaya", "Tangerang"])),
            t="JNE" + digits(r, 12))
    b.l("{rp}: Untuk invoice transfer ke rekening BCA a.n. {n}? No rek {x}", rp=P(rep["g"]), n=P(p["full"]), x=digits(r, 10))
    return b, "id"


@kind(5)
def k_tl_ambassador_gc_taglish(r):
    b = B()
    ppl = people(r, 4, cults=["ph"])
    lead = ppl[0]
    b.l("📢 {br} Ambassadors Batch {n} (GC)", br=pick(r, ["Brisa Swimwear", "Nimbu Snacks", "Fennik Sneakers"]), n=str(r.randint(2, 9)))
    b.l("{s}: Hi guys! Reminder na ipapadala na natin yung welcome kits this {w} 🎉 pa-confirm ng address and number please",
        s=P(lead["g"]), w=pick(r, WEEKDAYS))
    for p in ppl[1:3]:
        a, _ = a_ph(r, False, False)
        b.l("{s}: {n}", s=P(p["g"]), n=P(p["full"]))
        b.l("{a}", a=AD(a))
        b.l("{ph}", ph=PH(ph_ph(r)))
    q = ppl[3]
    b.l("{s}: ate {l} si {q} po wala pa sa GC, pwede pakiadd? eto number nya {ph}", s=P(ppl[1]["g"]), l=P(lead["g"]), q=P(q["g"]),
        ph=PH(ph_ph(r)))
    b.l("{s}: sige sige, thank you! Kits will come from our {c} hub via LBC 📦", s=P(lead["g"]), c=LOC(pick(r, ["Pasig", "Cebu", "Makati"])))
    return b, "tl"


@kind(4)
def k_vi_livestream_host_booking(r):
    b = B()
    vn_native = [("Nguyễn", "Thị Thu Trang"), ("Trần", "Văn Minh"), ("Lê", "Hoàng Anh"), ("Phạm", "Ngọc Lan"), ("Hoàng", "Minh Đức"),
                 ("Vũ", "Thị Hạnh"), ("Đặng", "Quốc Huy"), ("Bùi", "Phương Thảo")]
    f, g = pick(r, vn_native)
    full = f + " " + g
    short = g.split()[-1]
    rep_f, rep_g = pick(r, vn_native)
    a, city = a_vn(r, False, False)
    b.l("Chốt lịch livestream {br} – {d}", br=pick(r, ["Brisa Swimwear", "Velour Lab"]), d=date_str(r, "eu"))
    b.l("Host: {n} (chị {s})", n=P(full), s=P(short))
    b.l("Khung giờ: {t} – 2 tiếng, phí {x}đ (chưa VAT)", t=time_str(r), x="{:,}".format(r.randint(5, 60) * 1000000).replace(",", "."))
    b.l("Gửi hàng mẫu tới: {a}", a=AD(a))
    b.l("SĐT nhận hàng: {ph}", ph=PH(ph_vn(r)))
    b.l("Email xuất hóa đơn: {e}", e=E(slug(short) + "." + slug(f) + pick(r, ["@gmail.com", "@yahoo.com.vn"])))
    b.l("Người phụ trách bên mình: {n} – nhắn Zalo giúp em nhé", n=P(rep_f + " " + rep_g))
    return b, "vi"


@kind(4)
def k_sw_promo_winner_sms_batch(r):
    b = B()
    b.l("# SMS batch — {br} Shinda Kila Siku — {d}", br=pick(r, ["Nimbu", "Tidewell", "Oakline"]), d=date_str(r, "iso"))
    for i in range(r.randint(3, 7)):
        p = pcc(r, "ke", native_ok=False)[0]
        b.l("TO {ph}: Hongera {n}! Umeshinda {pz}. Chukua zawadi yako duka letu la {c} ukiwa na kitambulisho. Kodi: {k}",
            ph=PH(ph_ke(r, intl=True)), n=P(p["g"] if chance(r, 0.5) else p["full"]),
            pz=pick(r, ["KSh 5,000 za M-Pesa", "kikapu cha bidhaa", "simu janja", "vocha ya KSh 2,000"]),
            c=LOC(pick(r, ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"])), k=pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 5))
    b.l("# M-Pesa ref za malipo: {a}, {c} — usijibu namba ya 22{x}", a="".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
        c="".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)), x=digits(r, 3))
    b.l("# msimamizi: {n}", n=P(pcc(r, "ke", native_ok=False)[0]["full"]))
    return b, "sw"


@kind(5)
def k_de_gewinnspiel_gewinnerprotokoll(r):
    b = B()
    b.l("Protokoll der Gewinnerziehung – Gewinnspiel „{g}“", g=pick(r, ["Sommer-Glück", "Hope Serum Adventskalender", "Mai-Verlosung", "Juni-Glow"]))
    b.l("Ziehung am {d} um {t} Uhr, anwesend: {a} (Marketing), {c} (Rechtsabteilung)", d=date_str(r, "eu"), t=time_str(r),
        a=P(person(r, "de")["full"]), c=P(person(r, "de")["full"]))
    b.l("Teilnahmen gesamt: {n} (davon {x} ungültig, u. a. Mehrfachteilnahmen von IP {ip})", n="{:,}".format(r.randint(800, 40000)).replace(",", "."),
        x=str(r.randint(3, 300)), ip=IP(ip_any(r)))
    b.l()
    for i in range(r.randint(2, 5)):
        cc = pick(r, ["de", "de", "de", "de"])  # (unused, kept for a stable random stream)
        p = person(r, pick(r, ["de", "de", "tr", "pl", "it"]))
        a, _ = a_de(r, chance(r, 0.5), False)
        b.l("{i}. Preis: {pz}", i=str(i + 1), pz=pick(r, ["Wellness-Wochenende", "Gutschein 250 €", "E-Bike", "Jahresvorrat Kaffee"]))
        b.l("   Gewinner/in: {n}", n=P(p["full"]))
        b.l("   {a}", a=AD(a))
        b.l("   Tel. {ph} · {e}", ph=PH(ph_de(r)), e=E(email_for(r, p, domain=pick(r, FREEMAIL["de"]))))
        if chance(r, 0.35):
            b.l("   Barauszahlung gewünscht, IBAN {ib}", ib=IB(iban(r, "DE")))
    b.l()
    b.l("Benachrichtigung per E-Mail bis {d}. Unterschrift: ____________ ({n})", d=date_str(r, "eu"), n=P(initial_last(person(r, "de"))))
    return b, "de"


@kind(4)
def k_de_markenbotschafter_bewerbung(r):
    b = B()
    p = person(r, pick(r, ["de", "de", "tr", "pl", "ru"]))
    a, city = a_de(r, False, False)
    b.l("Bewerbung Markenbotschafter:in – {br}", br=pick(r, ["Fennik Sneakers", "Velour Lab", "Quillhaus Stationery"]))
    b.l("Vorname: {v}", v=P(p["g"]))
    b.l("Nachname: {n}", n=P(p["f"]))
    b.l("Anschrift: {a}", a=AD(a))
    b.l("Handy: {ph}", ph=PH(ph_de(r)))
    b.l("E-Mail: {e}", e=E(email_for(r, p, domain=pick(r, FREEMAIL["de"]))))
    b.l("Instagram: {h} ({f} Follower)", h=handle_for(r, p), f="{:,}".format(r.randint(800, 90000)).replace(",", "."))
    b.l("Warum passt du zu uns?: {x}", x=pick(r, [
        ["Ich trage eure Sneaker seit 2019 und mein Freund ", P(person(r, "de")["g"]), " sagt, ich rede über nichts anderes 😅"],
        ["Ich organisiere Laufgruppen in ", LOC(city), " und bin jeden Samstag am See."],
        ["Meine Kollegin ", P(person(r, "de")["full"]), " ist schon Botschafterin und hat mich empfohlen."]]))
    b.l("Verfügbarkeit: {x}", x=pick(r, ["ab Juni", "Wochenenden", "Mo–Mi nachmittags"]))
    return b, "de"


@kind(5)
def k_fr_fichier_relations_presse(r):
    b = B()
    b.l("Fichier RP – lancement {br} – MAJ {d}", br=pick(r, ["Solenne Parfums", "Marigold & Finch", "Kaiyo Tea Co."]), d=date_str(r, "eu"))
    b.l("Nom;Prénom;Média;Rubrique;Email;Tél;Statut")
    for i in range(r.randint(5, 12)):
        p = person(r, pick(r, ["fr", "fr", "fr", "ar", "ig", "es"]))
        last = p["f"].upper() if chance(r, 0.6) else p["f"]
        b.l("{l};{f};{m};{ru};{e};{ph};{s}", l=P(last), f=P(p["g"]), m=pick(r, ["Elle", "Le Parisien", "Marie Claire", "Madame Figaro", "blog", "Konbini"]),
            ru=pick(r, ["beauté", "lifestyle", "conso", "food", "mode"]), e=E(email_for(r, p, corporate=True, domain=pick(r, ["lagardere.fr", "leparisien.fr", "figaro.fr", "gmail.com"]))),
            ph=PH(ph_fr(r)) if chance(r, 0.7) else "", s=pick(r, ["relancé", "OK échantillon", "pas intéressé", "à rappeler lundi", "absente jusqu'au 15"]))
    b.l("Responsable fichier : {n} ({ph})", n=P(person(r, "fr")["full"]), ph=PH(ph_fr(r)))
    return b, "fr"


@kind(4)
def k_fr_lettre_passage_palier_fidelite(r):
    b = B()
    p = person(r, pick(r, ["fr", "fr", "ar", "ig", "br"]))
    a, city = a_fr(r, True, False)
    b.l("{c} {n}", c=pick(r, ["Madame", "Monsieur", "M.", "Mme"]), n=P(p["full"]))
    b.l("{a}", a=AD(a))
    b.l()
    b.l("{v}, le {d}", v=LOC(pick(r, ["Paris", "Lyon", "Lille"])), d=date_str(r, "eu"))
    b.l()
    tier = pick(r, ["Or", "Platine", "Ambre"])
    b.l("Objet : Bienvenue au palier {t}", t=tier)
    b.l()
    b.l("Chère cliente, cher client,")
    b.l("Grâce à vos {x} points cumulés, vous accédez dès aujourd'hui au palier {t} de notre programme Les Initiés.", x=str(r.randint(1500, 9000)),
        t=tier)
    b.l("Votre conseillère dédiée, {n}, vous contactera prochainement ; vous pouvez aussi la joindre au {ph}.", n=P(person(r, "fr")["full"]),
        ph=PH(ph_fr(r)))
    b.l("Votre carte n° {c} (à ne pas confondre avec une carte bancaire) sera envoyée sous 10 jours.", c=" ".join(digits(r, 4) for _ in range(4)))
    b.l()
    b.l("Le service Relation Client")
    return b, "fr"


@kind(5)
def k_es_mx_activacion_pdv_reporte(r):
    b = B()
    a, city = a_mx(r, False, False)
    sup = person(r, "es")
    b.l("REPORTE DE ACTIVACIÓN PDV – {br} – {d}", br=pick(r, ["Nimbu Snacks", "Oakline Coffee", "Tidewell"]), d=date_str(r, "eu"))
    b.l("Tienda: {t} #{n} – {a}", t=pick(r, ["Soriana", "Chedraui", "La Comer", "Walmart"]), n=digits(r, 4), a=AD(a))
    b.l("Supervisora: {n} ({ph})", n=P(sup["full"]), ph=PH(ph_mx(r)))
    b.l()
    b.l("Promotoras en turno:")
    for i in range(r.randint(2, 5)):
        p = person(r, "es")
        b.l("- {n} · cel {ph} · degustaciones: {x}", n=P(nform(r, p, ["full", "g", "full"])), ph=PH(ph_mx(r, intl=False)), x=str(r.randint(40, 400)))
    b.l()
    b.l("Observaciones: {x}", x=pick(r, [
        ["el gerente ", P(person(r, "es")["g"]), " pidió mover el exhibidor junto a Ben & Jerry's"],
        ["se acabaron las muestras a las ", time_str(r), ", faltaron 2 cajas del SKU ", sku(r)],
        ["clienta preguntó por la promo de Mayo, le dimos el código ", promo(r)],
        ["mucha gente de ", LOC(pick(r, ["Zapopan", "Tlaquepaque", "Coyoacán", "San Pedro"])), " preguntando por envíos"]]))
    return b, "es"


@kind(4)
def k_es_formulario_muestras_gratis(r):
    b = B()
    p = person(r, "es")
    a, city = a_es(r, False, False)
    b.l("Nueva solicitud de muestra gratuita – formulario web #{n}", n=digits(r, 6))
    b.l("Nombre y apellidos: {n}", n=P(p["full"]))
    b.l("Dirección de envío: {a}", a=AD(a))
    b.l("Teléfono: {ph}", ph=PH(ph_es(r)))
    b.l("Correo: {e}", e=E(email_for(r, p)))
    b.l("Producto: {x}", x=pick(r, ["Hope Serum 5 ml", "Té Kaiyo matcha", "vela June Bloom"]))
    b.l("¿Cómo nos conociste?: {x}", x=pick(r, [["por mi prima ", P(person(r, "es")["g"])], ["Instagram"], ["en la tienda de ", LOC(city)], ["un anuncio en el metro"]]))
    b.l("IP: {ip} · acepta_privacidad=1 · acepta_ofertas={o}", ip=IP(ip_any(r)), o=pick(r, ["0", "1"]))
    return b, "es"


@kind(4)
def k_es_encuesta_nps_verbatims(r):
    b = B()
    b.l("Encuesta NPS T{q} – verbatims para revisar con ventas", q=str(r.randint(1, 4)))
    for i in range(r.randint(4, 8)):
        p = person(r, "es")
        own = person(r, "es")
        b.l("{s} | \"{v}\" | cuenta: {c} | responsable: {o}", s=str(r.randint(0, 10)), v=pick(r, [
            ["muy contentos con ", P(p["g"]), ", siempre responde rápido"],
            ["hablamos con ", P(p["full"]), " y nadie nos devolvió la llamada"],
            ["el pedido a ", LOC(pick(r, ["Valencia", "Sevilla", "Monterrey", "Bogotá"])), " llegó roto"],
            ["todo bien, salvo la factura de Abril"],
            ["con ", P(p["g"]), " todo fue facilito, gracias"]]),
            c=pick(r, ["Farmacias Sol", "Grupo Hope Retail", "Tiendas Mercedes", "Café Chance"]), o=P(own["full"]))
    return b, "es"


@kind(5)
def k_pt_br_contrato_influenciador_partes(r):
    b = B()
    p = person(r, "br")
    a, city = a_br(r, False, False)
    brand = pick(r, COMPANIES)
    b.l("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE DIVULGAÇÃO – QUALIFICAÇÃO DAS PARTES")
    b.l()
    b.l("CONTRATANTE: {br} Comércio Ltda., inscrita no CNPJ sob o nº {cnpj}, com sede na {a}, neste ato representada por {rep}.",
        br=brand, cnpj="%s.%s.%s/0001-%s" % (digits(r, 2), digits(r, 3), digits(r, 3), digits(r, 2)),
        a=AD(a_br(r, False, False)[0]), rep=P(person(r, "br")["full"]))
    b.l()
    b.l("CONTRATADA: {n}, brasileira, influenciadora digital, residente e domiciliada na {a}, e-mail {e}, telefone {ph}.",
        n=P(p["full"]), a=AD(a), e=E(email_for(r, p)), ph=PH(ph_br(r)))
    b.l()
    pix = pick(r, ["email", "phone", "iban"])
    if pix == "email":
        b.l("CLÁUSULA 4ª – O pagamento será feito via PIX, chave e-mail {e}.", e=E(email_for(r, p)))
    elif pix == "phone":
        b.l("CLÁUSULA 4ª – O pagamento será feito via PIX, chave celular {ph}.", ph=PH(ph_br(r, intl=True)))
    else:
        b.l("CLÁUSULA 4ª – Pagamento internacional para a conta IBAN {ib}, titular {n}.", ib=IB(iban(r, "BR")), n=P(p["full"]))
    b.l("Valor total: R$ {v},00, em duas parcelas, mediante nota fiscal nº {nf}.", v="{:,}".format(r.randint(2, 80) * 1000).replace(",", "."), nf=digits(r, 6))
    b.l("Foro da comarca de {c}.", c=LOC(city))
    return b, "pt"


@kind(4)
def k_pt_br_cadastro_embaixadora(r):
    b = B()
    p = person(r, "br")
    a, city = a_br(r, True, False)
    b.l("Cadastro Embaixadoras {br} – resposta #{n}", br=pick(r, ["Brisa", "Velour Lab", "Fennik"]), n=digits(r, 5))
    b.l("Nome completo: {n}", n=P(p["full"]))
    b.l("Como prefere ser chamada: {n}", n=P(p["g"]))
    b.l("Endereço:")
    b.l("{a}", a=AD(a))
    b.l("WhatsApp: {ph}", ph=PH(ph_br(r)))
    b.l("E-mail: {e}", e=E(email_for(r, p)))
    b.l("Indicada por: {x}", x=pick(r, [[P(person(r, "br")["full"])], ["ninguém"], ["story da ", P(person(r, "br")["g"])]]))
    b.l("Tamanho: {t} · Instagram {h}", t=pick(r, ["P", "M", "G", "GG"]), h=handle_for(r, p))
    return b, "pt"


@kind(4)
def k_it_accrediti_stampa_evento(r):
    b = B()
    b.l("ACCREDITI STAMPA – {e} – {d}", e=pick(r, ["Design Week, presentazione Copperleaf", "Lancio Solenne", "Aperitivo Kaiyo"]), d=date_str(r, "eu"))
    b.l("Testata | Giornalista | Cellulare | Email | Note")
    for i in range(r.randint(4, 9)):
        p = person(r, pick(r, ["it", "it", "it", "ar", "es"]))
        b.l("{t} | {n} | {ph} | {e} | {no}", t=pick(r, ["Corriere", "Vanity Fair", "Grazia", "freelance", "Io Donna", "blog"]),
            n=P(p["full"]), ph=PH(ph_it(r)), e=E(email_for(r, p)), no=pick(r, ["+1 fotografo", "solo mattina", "", "chiede intervista"]))
    b.l("Location: {a}", a=AD(a_it(r, False, False)[0]))
    b.l("Referente ufficio stampa: {n} – {ph}", n=P(person(r, "it")["full"]), ph=PH(ph_it(r)))
    return b, "it"


@kind(4)
def k_it_lettera_upgrade_tier(r):
    b = B()
    p = person(r, "it")
    a, city = a_it(r, True, False)
    b.l("Gentile {t} {n}", t=pick(r, ["Sig.ra", "Sig.", "Dott.ssa", "Dott."]), n=P(p["full"]))
    b.l("{a}", a=AD(a))
    b.l()
    b.l("siamo felici di comunicarLe che dal {d} il Suo profilo passa al livello {l} del programma Amici di Casa.", d=date_str(r, "eu"),
        l=pick(r, ["Oro", "Platino", "Sterling"]))
    b.l("Potrà usufruire della consegna gratuita e di un invito riservato all'apertura del nostro negozio di {c}.", c=LOC(pick(r, ["Verona", "Bari", "Torino", "Bologna"])))
    b.l("Per qualsiasi necessità la Sua personal shopper {n} è raggiungibile al {ph}.", n=P(person(r, "it")["full"]), ph=PH(ph_it(r)))
    b.l("Codice cliente {c} – tessera {t}", c=digits(r, 8), t=digits(r, 13))
    b.l("Cordiali saluti")
    return b, "it"


@kind(4)
def k_nl_klantverhaal_akkoord_mail(r):
    b = B()
    c = person(r, pick(r, ["nl", "nl", "tr", "ar", "id"]))
    m = person(r, "nl")
    b.l("Van: {n} <{e}>", n=P(c["full"]), e=E(email_for(r, c, corporate=True, domain=pick(r, ["fietsenbijdaan.nl", "bakkerijnoor.nl", "kapsalonfleur.nl"]))))
    b.l("Aan: {n}", n=P(m["full"]))
    b.l("Onderwerp: RE: klantverhaal – akkoord?")
    b.l()
    b.l("Hoi {g},", g=P(m["g"]))
    b.l("Akkoord met de tekst! Alleen graag mijn achternaam weglaten, dus gewoon \"{x}, eigenaar\". En de foto van de winkel in {c} niet gebruiken aub.",
        x=P(c["g"]), c=LOC(pick(r, ["Utrecht", "Zwolle", "Haarlem", "Breda"])))
    b.l("Factuuradres voor het bedankpakket: {a}", a=AD(a_nl(r, False, False)[0]))
    b.l()
    b.l("Groet,")
    b.l("{g}", g=P(c["g"]))
    b.l("{ph}", ph=PH(ph_nl(r)))
    b.l()
    b.l("> Op {d} schreef {n}:", d=date_str(r, "eu"), n=P(m["full"]))
    b.l("> Bijgevoegd de conceptversie. Publicatie gepland voor {w} {d}.", w=pick(r, ["maandag", "dinsdag", "donderdag"]), d=date_str(r, "eu"))
    return b, "nl"


@kind(4)
def k_pl_protokol_konkursu_laureaci(r):
    b = B()
    b.l("PROTOKÓŁ Z POSIEDZENIA KOMISJI KONKURSOWEJ – konkurs „{k}”", k=pick(r, ["Letnie Kadry", "Twoja Historia z Kaiyo", "Majówka z Fennik"]))
    b.l("Skład komisji: {a}, {c}, {e}", a=P(person(r, "pl")["full"]), c=P(person(r, "pl")["full"]), e=P(person(r, "pl")["full"]))
    b.l("Data: {d}, miejsce: {c}", d=date_str(r, "eu"), c=LOC(pick(r, ["Warszawa", "Kraków", "Wrocław"])))
    b.l()
    for i in range(r.randint(2, 4)):
        p = person(r, "pl")
        a, _ = a_pl(r, False, False)
        b.l("{i}. miejsce: {n}, {a}, tel. {ph}, e-mail {e}", i=str(i + 1), n=P(p["full"]), a=AD(a), ph=PH(ph_pl(r)),
            e=E(email_for(r, p, domain=pick(r, FREEMAIL["pl"]))))
        if chance(r, 0.4):
            b.l("   nagroda pieniężna – przelew na rachunek {ib}", ib=IB(iban(r, "PL")))
    b.l()
    b.l("Zgłoszenia odrzucone: {n} (m.in. powielone adresy IP {ip}).", n=str(r.randint(2, 60)), ip=IP(ip_any(r)))
    return b, "pl"


@kind(4)
def k_tr_magaza_acilis_davetli_listesi(r):
    b = B()
    a, city = a_tr(r, False, False)
    b.l("{br} {c} Mağaza Açılışı – Davetli Listesi", br=pick(r, ["Fennik", "Velour Lab", "Copperleaf Home"]), c=LOC(pick(r, ["Nişantaşı", "Kadıköy", "Alsancak", "Bağdat Caddesi"])))
    b.l("Adres: {a}", a=AD(a))
    b.l("Tarih: {d} {t}", d=date_str(r, "eu"), t=time_str(r))
    b.l()
    b.l("Ad Soyad | Telefon | E-posta | Kategori | LCV")
    for i in range(r.randint(5, 10)):
        p = person(r, "tr")
        b.l("{n} | {ph} | {e} | {k} | {l}", n=P(p["full"] if chance(r, 0.8) else p["full"].upper()), ph=PH(ph_tr(r)),
            e=E(email_for(r, p)), k=pick(r, ["influencer", "basın", "VIP müşteri", "iş ortağı"]), l=pick(r, ["Evet", "Hayır", "+1", "?"]))
    b.l("Sorumlu: {n} – {ph}", n=P(person(r, "tr")["full"]), ph=PH(ph_tr(r)))
    return b, "tr"


@kind(3)
def k_sv_samarbetsavtal_parter(r):
    b = B()
    p = person(r, "nordic")
    a, city = a_se(r, False, False)
    b.l("SAMARBETSAVTAL – INFLUENCERUPPDRAG")
    b.l()
    b.l("1. Parter")
    b.l("1.1 {br} AB, org.nr {o}, {a} (\"Bolaget\")", br=pick(r, ["Loomis Knitwear", "Northpeak Outdoor", "Halden Audio"]),
        o="556" + digits(r, 3) + "-" + digits(r, 4), a=AD(a_se(r, False, False)[0]))
    b.l("1.2 {n}, {a}, tel {ph}, e-post {e} (\"Kreatören\")", n=P(p["full"]), a=AD(a), ph=PH(ph_se(r)), e=E(email_for(r, p)))
    b.l()
    b.l("2. Ersättning utbetalas till konto {ib} inom 30 dagar efter fakturadatum.", ib=IB(iban(r, "SE")))
    b.l("3. Kontaktperson hos Bolaget: {n}.", n=P(person(r, "nordic")["full"]))
    return b, "sv"


# --- extra non-English kinds ---
@kind(4)
def k_ja_kol_gift_thankyou_mail(r):
    b = B()
    p = person(r, "ja_n")
    s = person(r, "ja_n")
    jb = pick(r, JA_BRANDS)
    b.l("件名：【{br}】ギフトお届けのご確認", br=jb)
    b.l()
    b.l("{n}様", n=P(p["full"]))
    b.l()
    b.l("いつもお世話になっております。{br} PR担当の{s}です。", br=jb, s=P(s["f"]))
    b.l("先日お送りした新作セットは無事届きましたでしょうか。")
    b.l("配送先を念のため再確認させてください。")
    b.l("　{a}", a=AD(a_jp(r, False, False)[0]))
    b.l("　TEL：{ph}", ph=PH(ph_jp(r)))
    b.l("もし変更がございましたら、{d}までにご返信いただけますと幸いです。", d="%d月%d日" % (r.randint(1, 12), r.randint(1, 28)))
    b.l()
    b.l("――――――――――")
    b.l("{n}", n=P(s["full"]))
    b.l("{e}｜{ph}", e=E(email_for(r, s, corporate=True, domain="kaiyotea.jp")), ph=PH(ph_jp(r, intl=False)))
    return b, "ja"


@kind(4)
def k_ko_review_event_winner_notice(r):
    b = B()
    b.l("[공지] {br} 포토리뷰 이벤트 당첨자 안내", br=pick(r, ["벨루어랩", "오크라인 커피", "피넥"]))
    b.l("안녕하세요, 고객님들의 소중한 리뷰 감사드립니다 💛 당첨자는 아래와 같습니다.")
    for i in range(r.randint(3, 7)):
        p = person(r, "ko_n")
        full = p["full"]
        masked = full[0] + "*" + full[2:] if len(full) >= 3 else full[0] + "*"
        if chance(r, 0.5):
            b.l("- {m} 님 (010-****-{x})", m=masked, x=digits(r, 4))
        else:
            b.l("- {n} 님 ({ph}) — 배송지 확인 필요", n=P(full), ph=PH(ph_kr(r, intl=False)))
    b.l("경품은 {d}까지 순차 발송됩니다. 문의: 고객센터 {ph} / 담당 {n}", d="%d월 %d일" % (r.randint(1, 12), r.randint(1, 28)),
        ph=PH(pick(r, ["1588-", "1577-", "1544-"]) + digits(r, 4)), n=P(person(r, "ko_n")["full"]))
    return b, "ko"


@kind(4)
def k_de_messe_leads_notizen(r):
    b = B()
    b.l("Messe-Leads {m} – Stand {s} – Notizen {n}", m=pick(r, ["Ambiente", "ISPO", "INTERNORGA", "BEAUTY Messe"]), s=pick(r, ["B12", "4.1 C20", "Halle 3 A07"]),
        n=P(person(r, "de")["g"]))
    for i in range(r.randint(3, 7)):
        cc = pick(r, ["de", "de", "nl", "pl", "it", "fr", "tr"])
        p = pcc(r, cc, native_ok=False)[0]
        b.l("• {n} ({co}, {c}) – {ph} – {e} – {x}", n=P(p["full"]), co=pick(r, ["Drogerie Hoffmann", "Concept Store Lena", "Biomarkt Sonnenschein", "Kaufhaus Mercedes-Platz"]),
            c=LOC(city_of(r, cc)), ph=PH(phone(r, cc)), e=E(email_for(r, p, corporate=True, domain={"de": "handel.de", "nl": "winkel.nl", "pl": "sklep.pl", "it": "negozio.it", "fr": "boutique.fr", "tr": "magaza.com.tr"}[cc])),
            x=pick(r, ["will Muster bis KW 32", "Rückruf Do.", "Preisliste geschickt", "Listung ab Herbst"]))
    b.l("Nachfassen übernimmt {n}, Visitenkarten im Ordner {o}.", n=P(person(r, "de")["full"]), o="MES-" + digits(r, 3))
    return b, "de"


@kind(4)
def k_fr_ugc_droits_image_demande(r):
    b = B()
    p = person(r, pick(r, ["fr", "fr", "ar", "ig", "ha"]))
    cm = person(r, "fr")
    fb = pick(r, ["Solenne Parfums", "Marigold & Finch"])
    b.l("DM Instagram — demande de droits UGC")
    b.l("{br} : Bonjour {n} ! Votre photo avec le {pr} est superbe 😍 Pourrions-nous la reposter sur notre compte et notre site ?",
        br=fb, n=P(p["g"]), pr=pick(r, ["coffret Chance", "sac Victoria", "Hope Serum"]))
    b.l("{s} : Oui avec plaisir, tant que vous me créditez 🙂", s=P(p["g"].lower() if chance(r, 0.4) else p["g"]))
    b.l("{br} : Merci ! Pour le contrat de cession, pouvez-vous nous envoyer nom complet + email ?", br=fb)
    b.l("{s} : {n}, {e}", s=P(p["g"]), n=P(p["full"]), e=E(email_for(r, p)))
    b.l("{br} : Parfait, {c} de notre équipe vous envoie le lien de signature aujourd'hui.", br=fb, c=P(cm["g"]))
    return b, "fr"


@kind(4)
def k_tr_influencer_kargo_dm(r):
    b = B()
    p = person(r, "tr")
    rep = person(r, "tr")
    a, _ = a_tr(r, chance(r, 0.4), False)
    sp = p["g"]
    tb = pick(r, ["Velour Lab TR", "Fennik TR"])
    b.l("{br}: Merhaba {n}, yeni sezon ürünlerimizi göndermek isteriz 🌿 adres ve telefon paylaşabilir misiniz?",
        br=tb, n=P(p["g"]))
    b.l("{s}: Merhabaa çok sevindim! Adresim:", s=P(sp))
    b.l("{a}", a=AD(a))
    b.l("{s}: Tel {ph}, kurye arasın lütfen kapıcı yok", s=P(sp), ph=PH(ph_tr(r)))
    if chance(r, 0.6):
        b.l("{s}: bu arada ücretli iş birliği olursa IBAN'ım {ib} ({n} adına)", s=P(sp), ib=IB(iban(r, "TR")), n=P(p["full"]))
    b.l("{br}: Teşekkürler! Yurtiçi Kargo takip no {t}. İşbirliği detayları için {n} size e-posta atacak: {e}",
        br=tb, t=digits(r, 12), n=P(rep["full"]), e=E(email_for(r, rep, corporate=True, domain="velourlab.com.tr")))
    return b, "tr"


@kind(4)
def k_pl_ambasador_zgloszenie(r):
    b = B()
    p = person(r, "pl")
    a, city = a_pl(r, chance(r, 0.5), False)
    b.l("Nowe zgłoszenie: Program Ambasadorski {br}", br=pick(r, ["Fennik", "Kaiyo Tea", "Northpeak"]))
    b.l("Imię i nazwisko: {n}", n=P(p["full"]))
    b.l("Adres do wysyłki: {a}", a=AD(a))
    b.l("Telefon: {ph}", ph=PH(ph_pl(r)))
    b.l("E-mail: {e}", e=E(email_for(r, p, domain=pick(r, FREEMAIL["pl"]))))
    b.l("Dlaczego Ty?: {x}", x=pick(r, [["Biegam z grupą w ", LOC(city), " i wszyscy pytają o moje buty"],
                                        ["Polecił mnie ", P(person(r, "pl")["full"]), ", wasz ambasador z zeszłego roku"],
                                        ["Lubię herbatę bardziej niż kawę 🙂"]]))
    b.l("IP zgłoszenia: {ip} | źródło: {s}", ip=IP(ip_any(r)), s=pick(r, ["newsletter", "instagram", "sklep"]))
    return b, "pl"


@kind(4)
def k_nl_winactie_winnaars_mail(r):
    b = B()
    b.l("Onderwerp: winnaars winactie \"{w}\" — graag vandaag versturen", w=pick(r, ["Zomer in een doosje", "Juni Glow", "Koningsdag"]))
    b.l()
    b.l("Hoi {n},", n=P(person(r, "nl")["g"]))
    b.l("Hieronder de winnaars, check even of de adressen kloppen voordat het naar het fulfilmentcenter gaat:")
    for i in range(r.randint(2, 5)):
        p = person(r, pick(r, ["nl", "nl", "tr", "ar", "id"]))
        b.l("{i}) {n} — {a} — {ph}", i=str(i + 1), n=P(p["full"]), a=AD(a_nl(r, False, False)[0]), ph=PH(ph_nl(r)))
        if chance(r, 0.3):
            b.l("   (kiest geldprijs, overmaken naar {ib} t.n.v. {n})", ib=IB(iban(r, "NL")), n=P(initial_last(p)))
    b.l("Mail met voorwaarden gaat via {e}. Kortingscode voor de rest: {c}", e=E("winactie@" + pick(r, ["fennik.nl", "kaiyotea.nl"])), c=promo(r))
    b.l("Groetjes, {n}", n=P(person(r, "nl")["g"]))
    return b, "nl"


@kind(4)
def k_ar_eg_ramadan_campaign_winners(r):
    b = B()
    b.l("نتائج مسابقة رمضان — {br}", br=pick(r, ["نيمبو سناكس", "Oakline Coffee", "فيلور لاب"]))
    b.l("تم السحب بحضور {a} و{c} بتاريخ {d}", a=P(person(r, "ar_n")["full"]), c=P(person(r, "ar_n")["full"]), d=date_str(r, "eu"))
    for i in range(r.randint(3, 6)):
        p = person(r, "ar_n")
        b.l("{i}- {n} — {ph} — {c}", i=str(i + 1), n=P(p["full"]), ph=PH(pick(r, ["+20 1%s %s %s" % (pick(r, "0125"), digits(r, 4), digits(r, 4)),
                                                                              "01%s%s" % (pick(r, "0125"), digits(r, 8)),
                                                                              "01%s-%s-%s" % (pick(r, "0125"), digits(r, 4), digits(r, 4))])),
            c=LOC(pick(r, ["القاهرة", "الإسكندرية", "الجيزة", "المنصورة", "أسيوط"])))
    b.l("كود الجائزة يُرسل برسالة نصية. للاستفسار: {e}", e=E("promo@" + pick(r, ["nimbu.com.eg", "oakline.eg"])))
    return b, "ar"


# ----------------------------------------------------------------------------
# no-PII kinds (look-alikes only: brands, products, shades, months, codes...)
# ----------------------------------------------------------------------------
NOPII = set()


def nopii(fn):
    NOPII.add(fn.__name__[2:])
    return fn


@kind(5)
@nopii
def k_brand_voice_guide_excerpt_nopii(r):
    b = B()
    b.l("Brand voice — section {n}: naming things", n="%d.%d" % (r.randint(2, 6), r.randint(1, 9)))
    b.l("• Always write Hope Serum in full. Never \"Hope\" on its own in a headline (legal flagged it in {m}).", m=pick(r, MONTHS))
    b.l("• Our mascot is Marley the Otter. Marley is \"it\", not \"he\" or \"she\".")
    b.l("• Shades are proper nouns: Grace, June, Summer, Mercedes Red. Capitalise them, don't pluralise them.")
    b.l("• Don't compare us to Dior, Chanel or Estée Lauder by name in paid social.")
    b.l("• Job titles in bylines: {a}, {c} — lower case in body copy.", a=pick(r, JOB_TITLES), c=pick(r, JOB_TITLES))
    if chance(r, 0.6):
        b.l("• Dates: \"{d}\" not \"{u}\". Weekdays spelled out: {w}.", d=date_str(r, "long"), u=date_str(r, "us"), w=pick(r, WEEKDAYS))
        b.l("• Numbers: order refs look like {o}; SKUs like {s}; never put them in a subject line.", o=order_no(r), s=sku(r))
    b.l("• Sign-off for CX emails: \"— the Lumenfield team\" (no first names until the rollout in {m}).", m=pick(r, MONTHS))
    return b, "en"


@kind(5)
@nopii
def k_campaign_flighting_calendar_nopii(r):
    b = B()
    b.l("FLIGHTING {c} — draft {v}", c=camp_code(r), v=str(r.randint(2, 7)))
    b.l("wk | dates | channel | asset | budget | KPI")
    for i in range(r.randint(6, 14)):
        b.l("W{w} | {a}–{e} | {ch} | {as_} | {p} | {k}", w=str(r.randint(1, 52)), a=date_str(r, "short"), e=date_str(r, "short"),
            ch=pick(r, ["Meta", "TikTok", "CRM email", "OOH", "Retail media", "Podcast read", "YouTube pre-roll"]),
            as_=pick(r, ["Hope Serum 15s", "Summer Drop carousel", "June Bloom static", "Grace Collection UGC cut", "Chance promo end-card"]),
            p=price(r), k=pick(r, ["CPM < 6.50", "CTR 1.2%", "ROAS 3.1", "reach 2.4M", "CPA 18.00"]))
    b.l("Holdout: 10% geo split by store cluster (C1–C4). Freq cap 3/7d. Version 4.12.0.{x} of the tracking template.", x=digits(r, 3))
    return b, "en"


@kind(4)
@nopii
def k_promo_code_matrix_nopii(r):
    b = B()
    b.l("code,discount,min_spend,valid_from,valid_to,max_uses,channel")
    for i in range(r.randint(6, 12)):
        b.l("{c},{d}%,{m},{a},{e},{u},{ch}", c=promo(r), d=str(pick(r, [5, 10, 15, 20, 25, 30])), m=price(r), a=date_str(r, "iso"),
            e=date_str(r, "iso"), u=str(r.randint(100, 50000)), ch=pick(r, ["email", "sms", "affiliate", "influencer", "in-store"]))
    b.l("# codes with names (HOPE10, GRACE-VIP, JUNEJOY) are product-line codes, not people")
    return b, "en"


@kind(4)
@nopii
def k_retail_planogram_walk_notes_nopii(r):
    b = B()
    b.l("Store walk — store #{n} — {d}", n=digits(r, 4), d=date_str(r, "eu"))
    for i in range(r.randint(4, 9)):
        b.l("- bay {b} shelf {s}: {x}", b=str(r.randint(1, 40)), s=str(r.randint(1, 6)), x=pick(r, [
            "Hope Serum facings 3 → 5, move Grace Collection down one",
            "missing price label for " + sku(r),
            "June Bloom candle tester broken, reorder " + sku(r),
            "Mercedes Red shade sold out since " + pick(r, WEEKDAYS),
            "end cap still shows April promo, swap to May Day bundle",
            "competitor Dior gondola moved next to ours",
            "Sunny Side granola POS wobbling, needs cable tie",
            "Sterling silver range locked cabinet key missing"]))
    b.l("Compliance {p}%  |  photos {x}  |  next walk {w}", p=str(r.randint(60, 99)), x=str(r.randint(5, 40)), w=pick(r, WEEKDAYS))
    return b, "en"


@kind(4)
@nopii
def k_hashtag_perf_paste_nopii(r):
    b = B()
    b.l("Rendimiento hashtags – {m}", m=pick(r, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio"]))
    b.l("hashtag\timpresiones\tinteracciones\tER")
    for i in range(r.randint(5, 10)):
        imp = r.randint(10000, 3000000)
        it = r.randint(100, imp // 20)
        b.l("{h}\t{i}\t{t}\t{e}%", h=pick(r, ["#VeranoBrisa", "#HopeSerum", "#MayoDeOfertas", "#GraceCollection", "#SunnySide", "#ChanceDeGanar",
                                            "#JuneBloom", "#MercedesRed"]), i="{:,}".format(imp).replace(",", "."),
            t="{:,}".format(it).replace(",", "."), e="%.2f" % (100.0 * it / imp))
    b.l("Nota: #ChanceDeGanar es el sorteo, no una persona. Datos a {d}.", d=date_str(r, "eu"))
    return b, "es"


@kind(4)
@nopii
def k_shade_name_launch_sheet_nopii(r):
    b = B()
    b.l("SHADE NAMING — lip range relaunch — round {n}", n=str(r.randint(1, 4)))
    shades = ["Hope", "Grace", "June", "Summer", "Mercedes Red", "Chance", "Sunny", "Autumn Rose", "Joy Ride", "Precious Plum",
              "April", "Faith Nude", "Sky Blush"]
    for s in r.sample(shades, r.randint(5, 9)):
        b.l("{s:} | hex #{h} | EAN {e} | status: {st}".replace("{s:}", "{s}"), s=s, h="".join(pick(r, "0123456789ABCDEF") for _ in range(6)),
            e="50" + digits(r, 11), st=pick(r, ["approved", "legal check", "clashes with existing TM", "rename"]))
    b.l("Reminder: shade names are not people. Trademark search ref TM-{x}.", x=digits(r, 6))
    return b, "en"


@kind(4)
@nopii
def k_de_produktnamen_freigabe_nopii(r):
    b = B()
    b.l("Freigabe Produktnamen – Kollektion {j}", j=pick(r, ["Frühling", "Sommer", "Herbst/Winter"]))
    for i in range(r.randint(4, 8)):
        b.l("• Modell „{n}“ – Art.-Nr. {a} – {p} – {s}", n=pick(r, ["Emma", "Hoffnung", "Sonnenschein", "Frieda", "Luise", "Anton", "Mercedes",
                                                                   "Glück", "Juni", "Mai"]), a=digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 2),
            p=price(r, "€"), s=pick(r, ["freigegeben", "Rechtsprüfung", "abgelehnt (Markenkonflikt)", "offen"]))
    b.l("Hinweis: Modellnamen sind Produktbezeichnungen, keine Personen. Druckfreigabe bis KW {k}.", k=str(r.randint(1, 52)))
    return b, "de"


@kind(3)
@nopii
def k_ja_copy_check_nopii(r):
    b = B()
    b.l("【コピーチェック】{p} 店頭POP 第{n}稿", p=pick(r, ["ホープセラム", "サマードロップ", "ジューンブルーム"]), n=str(r.randint(1, 5)))
    b.l("・価格表記：税込{x}円（本体{y}円）", x="{:,}".format(r.randint(1000, 9000)), y="{:,}".format(r.randint(900, 8000)))
    b.l("・発売日：{m}月{d}日（{w}）", m=str(r.randint(1, 12)), d=str(r.randint(1, 28)), w=pick(r, ["月", "火", "水", "木", "金"]))
    b.l("・JANコード {j} の桁数OK", j="49" + digits(r, 11))
    b.l("・「Dior級」などの比較表現はNG（法務）")
    b.l("・キャッチコピー案：「希望（Hope）を、毎朝に。」→ 商品名のためOK")
    return b, "ja"


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def build():
    r = random.Random(SEED)
    sched = []
    for name, n, fn in KINDS:
        sched += [(name, fn)] * n
    assert len(sched) == N_SAMPLES, len(sched)
    names = [k[0] for k in KINDS]
    assert len(names) == len(set(names))
    r.shuffle(sched)
    out = []
    for i, (name, fn) in enumerate(sched):
        b, lang = fn(r)
        text = b.text().rstrip("\n")
        spans = sorted(b.spans, key=lambda s: (s["start"], s["end"]))
        prev_end = -1
        for s in spans:
            v = text[s["start"]:s["end"]]
            assert v == s["_v"], (name, v, s)
            assert v == v.strip() and v, (name, repr(v))
            assert s["start"] >= prev_end, ("overlap", name, s)
            prev_end = s["end"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            if s["type"] == "IBAN_CODE":
                assert iban_valid(v), v
        if name in NOPII:
            assert not spans, name
        else:
            assert spans, name
        out.append({"id": "hard25-%d" % (i + 1), "kind": name, "lang": lang, "text": text,
                    "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in spans]})
    return out


def main():
    out = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d samples to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
