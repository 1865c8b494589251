#!/usr/bin/env python3
"""Deterministic generator for the hard23 blind PII evaluation set (round 25, author A).

Front-office text: support chats, call-centre transcripts, DMs, review replies, loyalty/referral,
guest lists, store handovers, group chats, prose e-mails, complaint letters, voice-note transcripts.

stdlib + Faker only; fixed seed.  Run:  python3 gen_hard23.py  -> hard23.jsonl next to this file.
All name/street/city lists below are hand-written for this set; Faker is only an extra name/company source.
"""
import json
import os
import random
import sys
import unicodedata

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    Faker = None

SEED = 2325
N_SAMPLES = 400
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard23.jsonl")

PER, PHONE, ADDR, EMAIL, CARD, IBAN, SSN, IP, LOC = (
    "PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION")
NO_OVERLAP = {PER, ADDR, PHONE}


# ----------------------------------------------------------------------------------------------
# text builder: items are plain strings or (type, value) tuples; offsets are computed while joining
# ----------------------------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                typ, val = it
                assert val and val == val.strip(), (typ, val)
                self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val)})
                self.parts.append(val)
                self.n += len(val)
            else:
                self.parts.append(it)
                self.n += len(it)
        return self

    def line(self, *items):
        self(*items)
        self("\n")
        return self

    def text(self):
        return "".join(self.parts)


def P(x): return (PER, x)
def T(x): return (PHONE, x)
def A(x): return (ADDR, x)
def E(x): return (EMAIL, x)
def C(x): return (CARD, x)
def I(x): return (IBAN, x)
def S(x): return (SSN, x)
def IPA(x): return (IP, x)
def L(x): return (LOC, x)


# ----------------------------------------------------------------------------------------------
# names (hand-written pools per culture; Faker adds extra variety for a few locales)
# ----------------------------------------------------------------------------------------------
def _w(s):
    return [x.replace("_", " ") for x in s.split()]

NAMES = {
    "en": (_w("Olivia James Amelia Harry Sophie Callum Megan Liam Chloe Ryan Grace Owen Hope Summer Will Rose "
              "Grant Faith Dawn Bill Mark Jack Ivy Joy Amber Poppy Declan Bethany Kieran Shannon Nathan Abigail "
              "Tyler Madison Brandon Kayla Dwayne Latoya Cody Brittany Hunter Chase Sunny Iris"),
          _w("Thompson Walsh Hughes Brennan Fletcher Whitaker Doyle Marsh Pritchard Bennett Holloway Fitzgerald "
             "O'Neill O'Connor McAllister Grant Baker Carter Dawson Ellis Foster Gallagher Hendricks Jenkins "
             "Lawson Maddox Norris Parker Quinn Radcliffe Sinclair Townsend Underwood Vaughan Wainwright "
             "Young Ashworth Bradshaw Cartwright Pennington-Smythe Hope Summers Rose Will")),
    "de": (_w("Lukas Anna Jonas Lea Felix Marie Maximilian Sophie Jürgen Ute Dieter Heike Sven Katrin Björn Anke "
              "Karl-Heinz Hannelore Mats Greta Emil Frieda Torben Sabine"),
           _w("Müller Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf Schröder "
              "Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Meier Lehmann Schmitz "
              "von_Bülow Groß-Bölting Özkan-Weiß Brandt Kühn")),
    "fr": (_w("Camille Louis Chloé Hugo Léa Mathis Manon Théo Inès Nathan Océane Yanis Margaux Gaël Solène Anaïs "
              "Jean-Baptiste Marie-Claire Aurélien Maëlle Loïc Gwenaëlle"),
           _w("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre "
              "Le_Goff Le_Gall Fontaine Chevalier Rousseau de_la_Tour Giraud Morel Lemaire Béranger Kerjean "
              "Nicolas Vasseur d'Almeida")),
    "es": (_w("Lucía Hugo Martina Mateo Sofía Pablo Carmen Alejandro Paula Javier Nerea Íñigo Rocío Álvaro "
              "Ainhoa Jordi Montserrat Iker"),
           _w("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández "
              "Díaz Moreno Muñoz Álvarez Romero de_la_Cruz Iglesias Ortega Castillo Núñez Sáez Puig Etxeberria")),
    "mx": (_w("José Guadalupe María_Fernanda Luis Ximena Diego Itzel Juan_Carlos Valentina Santiago Camila "
              "Citlali Emiliano Renata Jesús"),
           _w("Hernández García Martínez López González Ramírez Cruz Flores Morales Vázquez Reyes Torres "
              "Gutiérrez Mendoza Aguilar Ortiz Chávez Xochitl Villaseñor de_la_Garza")),
    "br": (_w("João Maria Ana Pedro Lucas Gabriela Rafael Beatriz Thiago Larissa Fernanda Matheus Luana Caio "
              "Vitória Kauã Raimunda"),
           _w("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins "
              "Carvalho Almeida Barbosa Nascimento dos_Santos da_Silva Albuquerque")),
    "pt": (_w("Tiago Inês Duarte Leonor Rodrigo Matilde Francisco Beatriz Gonçalo Mariana"),
           _w("Ferreira Sousa Pinto Marques Teixeira Fonseca Magalhães Cardoso Vieira Nunes")),
    "it": (_w("Giulia Lorenzo Francesca Alessandro Chiara Matteo Sara Davide Federica Giuseppe Martina Riccardo "
              "Alessia Gianluca Nunzia Salvatore Carmela Ettore"),
           _w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
              "Mancini Giordano Rizzo Lombardi Moretti D'Angelo Di_Stefano Lo_Bianco")),
    "nl": (_w("Daan Emma Sem Julia Lucas Tess Bram Sanne Thijs Fleur Joost Femke Niels Anouk Wouter Ilse"),
           _w("de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder "
              "de_Groot Bos Vos Hendriks van_Leeuwen Dekker van_der_Meer van_der_Berg Verhoeven")),
    "pl": (_w("Anna Piotr Katarzyna Krzysztof Małgorzata Tomasz Agnieszka Paweł Joanna Michał Zofia Wojciech "
              "Grażyna Jędrzej"),
           _w("Nowak Kowalski Wiśniewska Wójcik Kowalczyk Kamińska Lewandowski Zielińska Szymański Woźniak "
              "Dąbrowski Kozłowska Jankowski Mazur Krawczyk Grzybowski")),
    "slav": (_w("Olena Dmytro Iryna Oleksandr Natalia Sergei Yulia Andriy Svetlana Mikhail Petra Jiří Bogdan "
                "Milena Goran Vesna"),
             _w("Shevchenko Kovalenko Bondarenko Tkachenko Ivanova Petrov Smirnova Kuznetsov Popova Novák "
                "Svoboda Dvořáková Horvat Petrović Jovanović Marković")),
    "sv": (_w("Elsa Oskar Maja William Alva Hugo Astrid Lars Ingrid Björn Linnea Nils Saga Åsa"),
           _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
              "Lindqvist Bergström Åberg Sjöberg")),
    "tr": (_w("Ayşe Mehmet Fatma Mustafa Emine Ahmet Zeynep Emre Elif Burak Merve Hakan Şeyma Çağrı Gökhan "
              "Özlem İbrahim Gülşen"),
           _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
              "Çetin Kara Koç Kurt Özkan Şimşek")),
    "ar": (_w("Mohammed Fatima Ahmed Aisha Omar Layla Youssef Mariam Khalid Noor Said Hassan Rania Tariq Yasmin "
              "Karim Salma Hamza"),
           _w("Al-Mansouri El-Sayed Haddad Khoury Nasser Al-Hashimi Abdullah Farouk Mansour Saleh Bensaïd "
              "El_Amrani Bouazza Al_Zahrani Qureshi Said")),
    "in": (_w("Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Deepika Suresh Lakshmi Harpreet "
              "Gurpreet Aditi Sanjay Meenakshi Venkatesh"),
           _w("Sharma Patel Reddy Iyer Nair Gupta Singh Kumar Mehta Chatterjee Banerjee Desai Joshi Pillai Rao "
              "Krishnan Agarwal Menon Sandhu Mukherjee")),
    "zh": (_w("Wei Fang Na Hao Jing Yan Lei Xiaoming Mei Jun Ting Zhiwei Yuxuan"),
           _w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He")),
    "ja": (_w("Haruto Yui Sota Hina Ren Aoi Yuto Sakura Kenji Yuki Takashi Naoko"),
           _w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada")),
    "ko": (_w("Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Hyun-woo Soo-ah Jae-won Eun-ji"),
           _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin")),
    "vi": (_w("An Lan Minh Hoa Tuấn Hùng Linh Mai Thảo Dũng Phương Trang Huy Nam Vy Long Hà"),
           _w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")),
    "id": (_w("Budi Siti Agus Dewi Rina Andi Putri Wahyu Sri Eko Indah Rizky Ayu Fajar"),
           _w("Santoso Wijaya Pratama Saputra Hidayat Kusuma Lestari Nugroho Setiawan Halim Siregar "
              "Simanjuntak")),
    "ng": (_w("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Babajide Chiamaka Tunde Ibrahim Yetunde Obinna "
              "Amaka Zainab"),
           _w("Okafor Adeyemi Okonkwo Balogun Eze Nwosu Abubakar Ogunleye Adebayo Chukwu Obi Bello Danjuma Ige")),
    "za": (_w("Thandiwe Sipho Nomvula Themba Lerato Kagiso Zanele Bongani Pieter Annelie Wanjiru Otieno"),
           _w("Dlamini Nkosi Ndlovu Khumalo Mokoena van_der_Merwe Botha Naidoo Mwangi Odhiambo")),
    "ph": (_w("Maria_Cristina Jose Angelica Mark_Anthony Rowena Jericho Lovely Princess Jun-Jun"),
           _w("dela_Cruz Santos Reyes Bautista Ocampo Villanueva Mendoza Aquino Macaraeg")),
    "ie": (_w("Siobhán Niamh Cian Aoife Oisín Ciarán Saoirse Pádraig Gráinne Eoin"),
           _w("O'Neill O'Brien Ó_Súilleabháin Murphy Kelly Byrne O'Sullivan MacCarthy Fitzpatrick Nic_Giolla")),
}
# names written in native script
NATIVE = {
    "zh": (_w("伟 娜 静 洋 杰 敏 磊 丽 婷 涛 晓明 雨轩"), _w("王 李 张 刘 陈 杨 黄 赵 吴 周 林 欧阳")),
    "ja": (_w("花子 健太 陽菜 翔 美咲 大輔 由美 直樹 蓮 さくら"),
           _w("佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤")),
    "ko": (_w("민준 서연 지호 하은 도윤 지우 현우 수아 재원 은지"), _w("김 이 박 최 정 강 조 윤 장 임")),
    "ar": (_w("محمد أحمد فاطمة عمر ليلى يوسف مريم خالد نور سعيد"),
           _w("الحربي العتيبي الشمري حداد المنصوري السيد الزهراني")),
}
FEMALE = set(_w(
    "Olivia Amelia Sophie Megan Chloe Grace Hope Summer Rose Faith Dawn Ivy Joy Amber Poppy Bethany Shannon Abigail "
    "Madison Kayla Latoya Brittany Sunny Iris Anna Lea Marie Ute Heike Katrin Anke Hannelore Greta Frieda Sabine "
    "Camille Chloé Léa Manon Inès Océane Margaux Solène Anaïs Marie-Claire Maëlle Gwenaëlle Lucía Martina Sofía Carmen "
    "Paula Nerea Rocío Ainhoa Montserrat Guadalupe María_Fernanda Ximena Itzel Valentina Camila Citlali Renata Maria Ana "
    "Gabriela Beatriz Larissa Fernanda Luana Vitória Raimunda Leonor Matilde Mariana Giulia Francesca Chiara Sara "
    "Federica Alessia Nunzia Carmela Emma Julia Tess Sanne Fleur Femke Anouk Ilse Katarzyna Małgorzata Agnieszka Joanna "
    "Zofia Grażyna Olena Iryna Natalia Yulia Svetlana Petra Milena Vesna Elsa Maja Alva Astrid Ingrid Linnea Saga Åsa "
    "Ayşe Fatma Emine Zeynep Elif Merve Şeyma Özlem Gülşen Fatima Aisha Layla Mariam Noor Rania Yasmin Salma Priya "
    "Ananya Sneha Kavya Deepika Lakshmi Aditi Meenakshi Harpreet Fang Na Jing Yan Mei Ting Yui Hina Aoi Sakura Yuki "
    "Naoko Seo-yeon Ha-eun Ji-woo Soo-ah Eun-ji Lan Hoa Linh Mai Thảo Phương Trang Vy Hà Siti Dewi Rina Putri Sri Indah "
    "Ayu Ngozi Adaeze Funmilayo Chiamaka Yetunde Amaka Zainab Thandiwe Nomvula Lerato Zanele Annelie Wanjiru "
    "Maria_Cristina Angelica Rowena Lovely Princess Siobhán Niamh Aoife Saoirse Gráinne "
    "花子 陽菜 美咲 由美 さくら 娜 静 敏 丽 婷 雨轩 서연 하은 지우 수아 은지 فاطمة ليلى مريم نور"))
FAKER_LOC = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
             "pl": "pl_PL", "br": "pt_BR", "tr": "tr_TR", "sv": "sv_SE", "mx": "es_MX", "in": "en_IN"}
_FAKERS = {}


def faker_for(cult):
    if Faker is None or cult not in FAKER_LOC:
        return None
    if cult not in _FAKERS:
        f = Faker(FAKER_LOC[cult])
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[cult] = f
    return _FAKERS[cult]


SURNAME_FIRST = {"zh", "ja", "ko", "vi"}


class Person:
    def __init__(self, given, surname, cult, middle=""):
        self.given, self.surname, self.cult, self.middle = given, surname, cult, middle

    @property
    def full(self):
        if self.cult in SURNAME_FIRST:
            return " ".join(x for x in (self.surname, self.middle, self.given) if x)
        return " ".join(x for x in (self.given, self.middle, self.surname) if x)

    @property
    def western(self):
        return " ".join(x for x in (self.given, self.surname) if x)

    def initial_first(self):
        return f"{self.given[0]}. {self.surname}"

    def caller(self, rng):
        s, g = self.surname, self.given
        return rng.choice([f"{s.upper()} {g[0]}", f"{s} {g[0]}.", f"{s.upper()}, {g[0]}.", f"{s.upper()} {g}"])


def _gpool(names, g):
    if g == "f":
        return [x for x in names if x in FEMALE] or names
    if g == "m":
        return [x for x in names if x not in FEMALE] or names
    return names


def person(rng, cult, use_faker=True, g=None):
    gs, ss = NAMES[cult]
    gs = _gpool(gs, g)
    fk = faker_for(cult) if use_faker else None
    if fk is not None and rng.random() < 0.25:
        gv = {"f": fk.first_name_female, "m": fk.first_name_male}.get(g, fk.first_name)()
        s = fk.last_name()
        if " " in gv or not gv.strip():
            gv = rng.choice(gs)
        g_ = gv
    else:
        g_, s = rng.choice(gs), rng.choice(ss)
    g = g_
    if cult == "pl":
        fem = g.endswith("a")
        for a, b_ in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if fem and s.endswith(a):
                s = s[:-len(a)] + b_
            elif not fem and s.endswith(b_):
                s = s[:-len(b_)] + a
    middle = ""
    if cult == "vi":
        middle = rng.choice(["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh", "Quang", "Hoài"])
    if cult == "br" and rng.random() < 0.3:
        s = s + " " + rng.choice(["Nascimento", "Lima", "Ribeiro"])
    if cult in ("es", "mx") and rng.random() < 0.4:
        s = s + " " + rng.choice(NAMES[cult][1])
    return Person(g, s, cult, middle)


def native(rng, cult, g=None):
    gs, ss = NATIVE[cult]
    g, s = rng.choice(_gpool(gs, g)), rng.choice(ss)
    return Person(g, s, cult)


def native_full(p):
    if p.cult == "ar":
        return p.given + " " + p.surname
    return p.surname + p.given


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("'", "").replace("’", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "gmx.de", "web.de",
                "orange.fr", "free.fr", "libero.it", "wp.pl", "o2.pl", "telia.com", "yandex.ru", "naver.com",
                "qq.com", "163.com", "yahoo.co.jp", "uol.com.br", "bol.com.br", "rediffmail.com", "protonmail.com",
                "ziggo.nl", "kpnmail.nl", "telenet.be", "sapo.pt", "btinternet.com", "eircom.net", "bigpond.com",
                "mweb.co.za", "yahoo.com", "hotmail.fr", "gmail.com", "gmail.com"]


def email_for(rng, p, domain=None):
    g = fold(p.given).lower().replace(" ", "").replace("-", "")
    s = fold(p.surname).lower().replace(" ", "").replace("-", "")
    d = domain or rng.choice(MAIL_DOMAINS)
    pat = rng.choice(["{g}.{s}", "{g}{s}", "{g0}{s}", "{g}_{s}{n}", "{s}.{g}", "{g}{n}", "{g}.{s}{y}",
                      "{s}{g0}"])
    return pat.format(g=g, s=s, g0=g[:1], n=rng.randint(1, 99), y=rng.choice(["84", "91", "1979", "2002", "77"])) + "@" + d


def work_email(p, dom):
    g = fold(p.given).lower().replace(" ", "")
    s = fold(p.surname).lower().replace(" ", "").replace("'", "")
    return f"{g}.{s}@{dom}"


# ----------------------------------------------------------------------------------------------
# phone numbers per country (national and international formats as people type them)
# ----------------------------------------------------------------------------------------------
def D(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def D1(rng, n):
    return str(rng.randint(1, 9)) + D(rng, n - 1)


def phone(rng, cc, intl=None):
    if intl is None:
        intl = rng.random() < 0.45
    r = rng
    if cc in ("US", "CA"):
        area = r.choice(["312", "415", "646", "213", "617", "404", "512", "720", "206", "305"] if cc == "US"
                        else ["604", "416", "514", "403", "613", "902"])
        a, b = D1(r, 3), D(r, 4)
        if intl:
            return r.choice([f"+1 {area} {a} {b}", f"+1 ({area}) {a}-{b}", f"+1-{area}-{a}-{b}"])
        return r.choice([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"1-{area}-{a}-{b}"])
    if cc == "GB":
        if r.random() < 0.6:
            m = "7" + r.choice(["700", "911", "825", "412", "538", "984"]) + " " + D(r, 6)
            return f"+44 {m}" if intl else r.choice(["0" + m, "0" + m[:4] + " " + m[5:8] + " " + m[8:]])
        ar, rest = r.choice([("20", "7946 " + D(r, 4)), ("161", "496 " + D(r, 4)), ("131", "496 " + D(r, 4)),
                             ("117", "496 " + D(r, 4))])
        return r.choice([f"+44 {ar} {rest}", f"+44 (0){ar} {rest}"]) if intl else f"0{ar} {rest}"
    if cc == "IE":
        m = r.choice(["83", "85", "86", "87", "89"])
        return f"+353 {m} {D(r, 3)} {D(r, 4)}" if intl else r.choice([f"0{m} {D(r, 3)} {D(r, 4)}", f"0{m}-{D(r, 7)}"])
    if cc == "DE":
        if r.random() < 0.6:
            m = r.choice(["151", "160", "170", "171", "176", "157", "152"])
            n = D(r, 8 if m != "176" else 8)
            return r.choice([f"+49 {m} {n}", f"+49 (0){m} {n[:4]} {n[4:]}"]) if intl else r.choice(
                [f"0{m} {n}", f"0{m}/{n}", f"0{m}-{n[:4]} {n[4:]}"])
        ar = r.choice(["30", "40", "89", "221", "69", "711"])
        n = D(r, 7 if len(ar) == 2 else 6)
        return f"+49 {ar} {n}" if intl else r.choice([f"0{ar} {n}", f"(0{ar}) {n}", f"0{ar}/{n}"])
    if cc == "AT":
        return f"+43 664 {D(r, 7)}" if intl else f"0664 {D(r, 3)} {D(r, 4)}"
    if cc == "CH":
        m = r.choice(["79", "78", "76", "44", "22"])
        g = f"{D(r, 3)} {D(r, 2)} {D(r, 2)}"
        return f"+41 {m} {g}" if intl else f"0{m} {g}"
    if cc == "FR":
        m = r.choice(["6", "7", "1", "4", "2"])
        pairs = [D(r, 2) for _ in range(4)]
        if intl:
            return r.choice([f"+33 {m} " + " ".join(pairs), f"+33 (0){m} " + " ".join(pairs), f"+33{m}" + "".join(pairs)])
        return r.choice([f"0{m} " + " ".join(pairs), f"0{m}." + ".".join(pairs), f"0{m}" + "".join(pairs)])
    if cc == "BE":
        m = r.choice(["470", "475", "486", "496"])
        g = f"{D(r, 2)} {D(r, 2)} {D(r, 2)}"
        return f"+32 {m} {g}" if intl else f"0{m} {g}"
    if cc == "NL":
        if r.random() < 0.7:
            n = D(r, 8)
            return r.choice([f"+31 6 {n}", f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}", f"0031 6 {n}"]) if intl else r.choice(
                [f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06{n}"])
        ar = r.choice(["20", "10", "30", "70"])
        return f"+31 {ar} {D(r, 3)} {D(r, 4)}" if intl else f"0{ar}-{D(r, 3)} {D(r, 4)}"
    if cc == "ES":
        f = r.choice(["6", "7", "91", "93", "95"])
        n = f + D(r, 9 - len(f))
        if intl:
            return r.choice([f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"0034{n}"])
        return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n])
    if cc == "PT":
        n = r.choice(["91", "92", "93", "96", "21"]) + D(r, 7)
        return f"+351 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "IT":
        if r.random() < 0.65:
            m = r.choice(["333", "347", "320", "339", "388", "366"])
            n = D(r, 7)
            return r.choice([f"+39 {m} {n}", f"+39 {m} {n[:3]} {n[3:]}"]) if intl else r.choice(
                [f"{m} {n}", f"{m} {n[:3]} {n[3:]}", f"{m}/{n}", f"{m}{n}"])
        ar = r.choice(["02", "06", "011", "081", "055"])
        n = D(r, 8 - len(ar) + 2)
        return f"+39 {ar} {n[:4]} {n[4:]}" if intl else f"{ar} {n[:4]} {n[4:]}"
    if cc == "PL":
        if r.random() < 0.7:
            n = r.choice(["5", "6", "7", "8"]) + D(r, 8)
            return f"+48 {n[:3]} {n[3:6]} {n[6:]}" if intl else r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
        return f"+48 22 {D(r, 3)} {D(r, 2)} {D(r, 2)}" if intl else f"(22) {D(r, 3)} {D(r, 2)} {D(r, 2)}"
    if cc == "SE":
        m = r.choice(["70", "72", "73", "76"])
        g = f"{D(r, 3)} {D(r, 2)} {D(r, 2)}"
        return f"+46 {m} {g}" if intl else r.choice([f"0{m}-{g}", f"0{m} {g}"])
    if cc == "TR":
        m = r.choice(["532", "533", "542", "505", "555", "212", "216"])
        g = f"{D1(r, 3)} {D(r, 2)} {D(r, 2)}"
        if intl:
            return r.choice([f"+90 {m} {g}", f"+90 ({m}) {g}"])
        return r.choice([f"0{m} {g}", f"0 ({m}) {g}", f"0{m}{g.replace(' ', '')}"])
    if cc == "BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "71", "85"])
        if r.random() < 0.75:
            n = "9" + D1(r, 4) + "-" + D(r, 4)
        else:
            n = r.choice(["3", "2"]) + D(r, 3) + "-" + D(r, 4)
        return r.choice([f"+55 {ddd} {n}", f"+55 ({ddd}) {n}"]) if intl else r.choice([f"({ddd}) {n}", f"{ddd} {n}", f"0{ddd} {n}"])
    if cc == "MX":
        ar = r.choice(["55", "33", "81"])
        n = f"{D1(r, 4)} {D(r, 4)}"
        return r.choice([f"+52 {ar} {n}", f"+52 1 {ar} {n}"]) if intl else r.choice([f"{ar} {n}", f"({ar}) {n}"])
    if cc == "AR":
        n = f"{D1(r, 4)}-{D(r, 4)}"
        return f"+54 9 11 {n}" if intl else f"11 {n}"
    if cc == "IN":
        n = r.choice(["98", "99", "97", "88", "70", "63"]) + D(r, 8)
        if intl:
            return r.choice([f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"+91 {n}"])
        return r.choice([f"{n[:5]} {n[5:]}", f"0{n}", n, f"022 {D1(r, 4)} {D(r, 4)}"])
    if cc == "JP":
        if r.random() < 0.7:
            m = r.choice(["90", "80", "70"])
            a, b = D(r, 4), D(r, 4)
            return f"+81 {m}-{a}-{b}" if intl else f"0{m}-{a}-{b}"
        return f"+81 3-{D(r, 4)}-{D(r, 4)}" if intl else f"03-{D(r, 4)}-{D(r, 4)}"
    if cc == "KR":
        a, b = D(r, 4), D(r, 4)
        return f"+82 10-{a}-{b}" if intl else r.choice([f"010-{a}-{b}", f"010 {a} {b}", f"02-{D1(r, 3)}-{b}"])
    if cc == "CN":
        n = r.choice(["138", "139", "186", "135", "152"]) + D(r, 8)
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}" if intl else r.choice([f"{n[:3]} {n[3:7]} {n[7:]}", n, f"021-{D1(r, 4)} {D(r, 4)}"])
    if cc == "VN":
        n = r.choice(["90", "91", "98", "97", "93", "88"]) + D(r, 7)
        return f"+84 {n[:2]} {n[2:5]} {n[5:]}" if intl else r.choice([f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", "0" + n])
    if cc == "ID":
        n = "8" + r.choice(["12", "13", "21", "52", "77"]) + D(r, 8)
        return r.choice([f"+62 {n[:3]} {n[3:7]} {n[7:]}", f"+62{n}"]) if intl else r.choice([f"0{n[:3]}-{n[3:7]}-{n[7:]}", "0" + n])
    if cc == "PH":
        n = "9" + r.choice(["17", "18", "27", "55"]) + D(r, 7)
        return f"+63 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "AU":
        if r.random() < 0.7:
            n = "4" + D(r, 8)
            return f"+61 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[:3]} {n[3:6]} {n[6:]}"
        ar = r.choice(["2", "3", "7", "8"])
        return f"+61 {ar} {D1(r, 4)} {D(r, 4)}" if intl else f"(0{ar}) {D1(r, 4)} {D(r, 4)}"
    if cc == "NZ":
        return f"+64 21 {D(r, 3)} {D(r, 4)}" if intl else f"021 {D(r, 3)} {D(r, 4)}"
    if cc == "ZA":
        m = r.choice(["82", "83", "72", "71", "11", "21"])
        return f"+27 {m} {D(r, 3)} {D(r, 4)}" if intl else f"0{m} {D(r, 3)} {D(r, 4)}"
    if cc == "NG":
        m = r.choice(["803", "805", "806", "813", "703", "816"])
        return f"+234 {m} {D(r, 3)} {D(r, 4)}" if intl else r.choice([f"0{m} {D(r, 3)} {D(r, 4)}", f"0{m}{D(r, 7)}"])
    if cc == "KE":
        return f"+254 7{D(r, 2)} {D(r, 6)}" if intl else f"07{D(r, 2)} {D(r, 6)}"
    if cc == "AE":
        m = r.choice(["50", "52", "55", "56"])
        return f"+971 {m} {D(r, 3)} {D(r, 4)}" if intl else f"0{m} {D(r, 3)} {D(r, 4)}"
    if cc == "SA":
        return f"+966 5{D(r, 1)} {D(r, 3)} {D(r, 4)}" if intl else f"05{D(r, 1)} {D(r, 3)} {D(r, 4)}"
    if cc == "EG":
        m = r.choice(["10", "11", "12"])
        return f"+20 {m} {D(r, 4)} {D(r, 4)}" if intl else f"0{m} {D(r, 4)} {D(r, 4)}"
    if cc == "MA":
        return f"+212 6 {D(r, 2)} {D(r, 2)} {D(r, 2)} {D(r, 2)}" if intl else f"06 {D(r, 2)} {D(r, 2)} {D(r, 2)} {D(r, 2)}"
    raise KeyError(cc)


# ----------------------------------------------------------------------------------------------
# postal addresses per country, written the way people write them (block = multi-line)
# ----------------------------------------------------------------------------------------------
def addr(rng, cc, block=False):
    r = rng
    sep = "\n" if block else ", "
    if cc == "US":
        st = r.choice(["Maple Ridge Dr", "W Fulton St", "Oak Hollow Ln", "E 14th St", "Peachtree Rd NE",
                       "Sunset Blvd", "Elm Street", "N Lamar Blvd", "Bayview Ave", "Martin Luther King Jr Way"])
        city = r.choice([("Columbus", "OH", "43215"), ("Chicago", "IL", "60661"), ("Atlanta", "GA", "30309"),
                         ("Austin", "TX", "78756"), ("Tacoma", "WA", "98405"), ("Brooklyn", "NY", "11215"),
                         ("Tampa", "FL", "33606"), ("Denver", "CO", "80205")])
        unit = r.choice(["", "", f"Apt {r.randint(1, 30)}{r.choice('ABCD')}", f"Unit {r.randint(100, 999)}", f"#{r.randint(2, 40)}"])
        l1 = f"{r.randint(12, 9800)} {st}" + (f" {unit}" if unit and r.random() < 0.5 else (f", {unit}" if unit else ""))
        return l1 + sep + f"{city[0]}, {city[1]} {city[2]}"
    if cc == "CA":
        if r.random() < 0.5:
            return f"{r.randint(100, 4800)} rue Saint-Denis, app. {r.randint(1, 12)}" + sep + f"Montréal (Québec) H2J {r.randint(1, 9)}K{r.randint(1, 9)}"
        return f"{r.randint(2, 2400)}-{r.randint(100, 1600)} Burrard St" + sep + f"Vancouver, BC V6Z {r.randint(1, 9)}C{r.randint(1, 9)}"
    if cc == "GB":
        st = r.choice(["Ashgrove Road", "Victoria Street", "Mill Lane", "Kingsway", "Chapel Close", "Abbey Rd",
                       "Station Approach", "Hawthorn Crescent", "Queen's Drive"])
        city = r.choice([("Bristol", "BS6 5LP"), ("Leeds", "LS6 2QD"), ("Manchester", "M14 6JR"),
                         ("Cardiff", "CF24 4HY"), ("Glasgow", "G12 8QQ"), ("Norwich", "NR2 3AB"),
                         ("London", "SE15 4TW"), ("Brighton", "BN2 1RE")])
        pre = r.choice(["", "", f"Flat {r.randint(1, 9)}", f"Flat {r.randint(1, 5)}{r.choice('ABC')}", "The Old Forge"])
        parts = ([pre] if pre else []) + [f"{r.randint(1, 220)} {st}"] if pre != "The Old Forge" else [pre, st]
        if block:
            return "\n".join(parts + [city[0], city[1]])
        return ", ".join(parts + [f"{city[0]} {city[1]}"])
    if cc == "IE":
        a = r.choice([(f"{r.randint(1, 80)} Glasthule Road", "Sandycove, Co. Dublin", "A96 K2P3"),
                      (f"Apt {r.randint(1, 40)}, The Maltings", "Bridge Street, Westport, Co. Mayo", "F28 X2D7"),
                      (f"{r.randint(1, 60)} Oliver Plunkett Street", "Cork", "T12 E3N2")])
        return sep.join(a)
    if cc == "DE":
        st = r.choice(["Lindenstraße", "Hauptstr.", "Bergmannstraße", "Am Sandtorkai", "Schillerplatz",
                       "Kastanienallee", "Goethestr.", "Bahnhofstraße", "Friedrich-Ebert-Str."])
        city = r.choice([("10969", "Berlin"), ("20457", "Hamburg"), ("80331", "München"), ("50667", "Köln"),
                         ("60311", "Frankfurt am Main"), ("04109", "Leipzig"), ("70173", "Stuttgart")])
        extra = r.choice(["", "", f"c/o {r.choice(NAMES['de'][1])}", f"{r.randint(1, 4)}. OG", "Hinterhaus"])
        l1 = f"{st} {r.randint(1, 140)}{r.choice(['', '', 'a', 'b'])}"
        if extra.startswith("c/o"):
            extra = ""
        parts = [l1] + ([extra] if extra else []) + [f"{city[0]} {city[1]}"]
        return sep.join(parts)
    if cc == "AT":
        return f"Mariahilfer Straße {r.randint(1, 180)}/{r.randint(1, 30)}" + sep + f"1070 Wien"
    if cc == "CH":
        c = r.choice([("Bahnhofstrasse", "8001 Zürich"), ("Rue du Rhône", "1204 Genève"), ("Kramgasse", "3011 Bern")])
        return f"{c[0]} {r.randint(1, 90)}" + sep + c[1]
    if cc == "FR":
        st = r.choice(["rue des Lilas", "avenue Jean Jaurès", "bd Voltaire", "allée des Tilleuls",
                       "rue de la République", "place du Marché", "chemin des Vignes", "rue Victor Hugo"])
        city = r.choice([("69003", "Lyon"), ("33000", "Bordeaux"), ("75011", "Paris"), ("13006", "Marseille"),
                         ("29200", "Brest"), ("59000", "Lille"), ("31000", "Toulouse"), ("44000", "Nantes")])
        pre = r.choice(["", "", f"Bât. {r.choice('ABC')}", f"Appt {r.randint(1, 60)}", "Résidence Les Mimosas"])
        num = f"{r.randint(1, 120)}{r.choice(['', '', ' bis', ' ter'])}"
        parts = ([pre] if pre else []) + [f"{num} {st}", f"{city[0]} {city[1] if r.random() < 0.7 else city[1].upper()}"]
        return sep.join(parts)
    if cc == "BE":
        return r.choice([f"Rue de la Loi {r.randint(1, 200)} bte {r.randint(1, 9)}" + sep + "1040 Bruxelles",
                         f"Meir {r.randint(1, 99)}" + sep + "2000 Antwerpen",
                         f"Overpoortstraat {r.randint(1, 120)}" + sep + "9000 Gent"])
    if cc == "NL":
        st = r.choice(["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Laan van Meerdervoort", "Dorpsstraat",
                       "Zeestraat", "Burgemeester de Raadtsingel"])
        city = r.choice([("1015 CJ", "Amsterdam"), ("3511 AL", "Utrecht"), ("3014 BK", "Rotterdam"),
                         ("2517 HT", "Den Haag"), ("5611 EM", "Eindhoven"), ("9711 LV", "Groningen")])
        num = f"{r.randint(1, 400)}{r.choice(['', '', '-2', ' A', '-huis', ' bis'])}"
        return f"{st} {num}" + sep + (f"{city[0]} {city[1]}" if block else f"{city[0]} {city[1]}")
    if cc == "ES":
        st = r.choice(["C/ Mayor", "Calle de Alcalá", "Avda. de la Constitución", "Carrer de Mallorca",
                       "Paseo de Gracia", "C/ San Vicente Mártir", "Plaza del Pilar"])
        city = r.choice([("28013", "Madrid"), ("41004", "Sevilla"), ("08037", "Barcelona"), ("46001", "Valencia"),
                         ("50003", "Zaragoza"), ("48001", "Bilbao")])
        fl = r.choice(["", f", {r.randint(1, 8)}º {r.choice('ABCD')}", f", {r.randint(1, 6)}º {r.choice(['izq.', 'dcha.'])}", f", bajo"])
        return f"{st}, {r.randint(1, 180)}{fl}" + sep + f"{city[0]} {city[1]}"
    if cc == "PT":
        st = r.choice(["Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"])
        city = r.choice([("1100-053", "Lisboa"), ("4000-443", "Porto"), ("3000-141", "Coimbra")])
        return f"{st}, {r.randint(1, 300)}, {r.randint(1, 6)}º {r.choice(['Esq.', 'Dto.'])}" + sep + f"{city[0]} {city[1]}"
    if cc == "IT":
        st = r.choice(["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza",
                       "Piazza San Carlo", "Via Roma", "Vicolo del Cinque"])
        city = r.choice([("20121", "Milano", "MI"), ("10121", "Torino", "TO"), ("80132", "Napoli", "NA"),
                         ("00153", "Roma", "RM"), ("40126", "Bologna", "BO"), ("90133", "Palermo", "PA")])
        sc = r.choice(["", "", f", scala {r.choice('ABC')}", f", int. {r.randint(1, 20)}"])
        prov = r.choice([f" {city[2]}", f" ({city[2]})", ""])
        return f"{st} {r.randint(1, 200)}{sc}" + sep + f"{city[0]} {city[1]}{prov}"
    if cc == "PL":
        st = r.choice(["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "os. Tysiąclecia",
                       "ul. Świętojańska"])
        city = r.choice([("00-514", "Warszawa"), ("80-831", "Gdańsk"), ("90-102", "Łódź"), ("31-422", "Kraków"),
                         ("81-388", "Gdynia")])
        return f"{st} {r.randint(1, 150)}/{r.randint(1, 60)}" + sep + f"{city[0]} {city[1]}"
    if cc == "SE":
        st = r.choice(["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Björkvägen"])
        city = r.choice([("114 51", "Stockholm"), ("411 18", "Göteborg"), ("211 22", "Malmö"), ("753 20", "Uppsala")])
        lgh = r.choice(["", f" lgh {r.randint(1001, 1704)}"])
        return f"{st} {r.randint(1, 80)}{lgh}" + sep + f"{city[0]} {city[1]}" + (f"{sep}Sverige" if r.random() < 0.2 else "")
    if cc == "TR":
        c = r.choice([("Bağdat Cad.", "Caddebostan", "34728 Kadıköy/İstanbul"),
                      ("Atatürk Bulvarı", "Kızılay", "06420 Çankaya/Ankara"),
                      ("Kıbrıs Şehitleri Cad.", "Alsancak", "35220 Konak/İzmir"),
                      ("Gül Sok.", "Moda Mah.", "34710 Kadıköy/İstanbul")])
        return f"{c[1]}, {c[0]} No: {r.randint(1, 300)} D: {r.randint(1, 20)}" + sep + c[2]
    if cc == "BR":
        c = r.choice([("Rua das Laranjeiras", "Laranjeiras", "Rio de Janeiro - RJ", "22240-003"),
                      ("Av. Paulista", "Bela Vista", "São Paulo - SP", "01310-100"),
                      ("Rua da Bahia", "Centro", "Belo Horizonte - MG", "30160-011"),
                      ("Rua Padre Chagas", "Moinhos de Vento", "Porto Alegre - RS", "90570-080")])
        comp = r.choice(["", f", apto {r.randint(11, 1204)}", f", bloco {r.choice('AB')} ap. {r.randint(11, 804)}", ", casa 2"])
        if block:
            return f"{c[0]}, {r.randint(10, 2500)}{comp}\n{c[1]}, {c[2]}\nCEP {c[3]}"
        return f"{c[0]}, {r.randint(10, 2500)}{comp} - {c[1]}, {c[2]}, {c[3]}"
    if cc == "MX":
        c = r.choice([("Av. Insurgentes Sur", "Col. Crédito Constructor", "03940 Ciudad de México, CDMX"),
                      ("Calle Morelos", "Col. Centro", "44100 Guadalajara, Jal."),
                      ("Av. Constitución", "Col. Centro", "64000 Monterrey, N.L.")])
        inter = r.choice(["", f" Int. {r.randint(1, 12)}", f", Depto. {r.randint(101, 504)}"])
        return f"{c[0]} {r.randint(10, 1800)}{inter}" + sep + f"{c[1]}" + sep + c[2]
    if cc == "AR":
        return f"Av. Corrientes {r.randint(100, 5000)}, Piso {r.randint(1, 12)} Depto {r.choice('ABCD')}" + sep + "C1043AAZ CABA"
    if cc == "IN":
        c = r.choice([("Sai Krupa Apartments", "14th Cross, Indiranagar", "Bengaluru, Karnataka 560038"),
                      ("Sea Breeze CHS", "Carter Road, Bandra West", "Mumbai 400050"),
                      ("Lotus Residency", "Anna Nagar East", "Chennai - 600102"),
                      ("Sector 22", "Near Gurudwara", "Chandigarh 160022")])
        return f"Flat {r.randint(101, 1204)}, {c[0]}" + sep + c[1] + sep + c[2]
    if cc == "JP":
        if r.random() < 0.6:
            c = r.choice([("150-0001", "東京都渋谷区神宮前"), ("530-0001", "大阪府大阪市北区梅田"),
                          ("604-8005", "京都府京都市中京区恵比須町"), ("060-0042", "北海道札幌市中央区大通西")])
            bld = r.choice(["", f" ハイツ原宿{r.randint(101, 503)}", f" グランドメゾン{r.randint(2, 9)}階"])
            return f"〒{c[0]} {c[1]}{r.randint(1, 6)}-{r.randint(1, 20)}-{r.randint(1, 15)}{bld}"
        return f"{r.randint(1, 6)}-{r.randint(1, 20)}-{r.randint(1, 15)} Jingumae, Shibuya-ku" + sep + "Tokyo 150-0001"
    if cc == "KR":
        if r.random() < 0.6:
            c = r.choice(["서울특별시 마포구 월드컵북로", "서울특별시 강남구 테헤란로", "부산광역시 해운대구 센텀중앙로"])
            return f"{c} {r.randint(1, 400)}, {r.randint(101, 112)}동 {r.randint(101, 2304)}호"
        return f"{r.randint(1, 400)} Teheran-ro, Gangnam-gu" + sep + f"Seoul 06{r.randint(100, 299)}"
    if cc == "CN":
        c = r.choice(["上海市徐汇区漕溪北路", "北京市朝阳区建国路", "广州市天河区体育西路", "杭州市西湖区文三路"])
        return f"{c}{r.randint(1, 300)}号{r.randint(1, 12)}号楼{r.randint(101, 2802)}室"
    if cc == "VN":
        if r.random() < 0.5:
            return f"Số {r.randint(1, 99)} Ngõ {r.randint(10, 300)} Tạ Quang Bửu, Hai Bà Trưng, Hà Nội"
        return f"{r.randint(1, 400)} Nguyễn Trãi, Phường {r.randint(1, 14)}, Quận {r.randint(1, 11)}, TP. Hồ Chí Minh"
    if cc == "ID":
        return (f"Jl. Kemang Raya No. {r.randint(1, 90)}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}" + sep +
                r.choice(["Bangka, Mampang Prapatan, Jakarta Selatan 12730", "Kel. Lebak Bulus, Cilandak, Jakarta Selatan 12440"]))
    if cc == "PH":
        return f"Unit {r.randint(101, 3505)}, Tower {r.randint(1, 3)}, {r.randint(1, 99)} Jupiter St., Bel-Air" + sep + "Makati City 1209"
    if cc == "AU":
        c = r.choice([("Beach Rd", "Bondi NSW 2026"), ("Smith St", "Fitzroy VIC 3065"), ("Boundary St", "West End QLD 4101"),
                      ("Hay St", "Subiaco WA 6008")])
        u = r.choice(["", f"Unit {r.randint(1, 20)}, ", f"{r.randint(1, 20)}/"])
        return f"{u}{r.randint(1, 300)} {c[0]}" + sep + c[1]
    if cc == "NZ":
        return f"{r.randint(1, 200)} Ponsonby Road, Grey Lynn" + sep + "Auckland 1021"
    if cc == "ZA":
        c = r.choice([("Jan Smuts Ave", "Parktown", "Johannesburg", "2193"), ("Long St", "City Centre", "Cape Town", "8001"),
                      ("Florida Rd", "Morningside", "Durban", "4001")])
        return f"{r.randint(1, 200)} {c[0]}" + sep + c[1] + sep + f"{c[2]}, {c[3]}"
    if cc == "NG":
        c = r.choice([("Admiralty Way", "Lekki Phase 1", "Lagos"), ("Aminu Kano Crescent", "Wuse 2", "Abuja"),
                      ("Awolowo Road", "Ikoyi", "Lagos")])
        return f"Plot {r.randint(1, 90)}, {c[0]}" + sep + c[1] + sep + c[2]
    if cc == "KE":
        return f"Apt {r.randint(1, 30)}B, Riverside Drive" + sep + "Westlands, Nairobi 00100"
    if cc == "AE":
        return (f"Apt {r.randint(101, 4405)}, {r.choice(['Marina Heights Tower', 'Al Noor Building', 'Sky Gardens'])}" + sep +
                r.choice(["Dubai Marina, Dubai", "Al Nahda 2, Dubai", "Al Khalidiyah, Abu Dhabi"]))
    if cc == "EG":
        return f"{r.randint(1, 60)} Mohy El Din Abu El Ezz St, Dokki" + sep + "Giza 12611"
    if cc == "MA":
        return f"{r.randint(1, 99)} Rue Moulay Youssef, Appt {r.randint(1, 12)}" + sep + "20000 Casablanca"
    raise KeyError(cc)


CITIES = {
    "US": ["Chicago", "Austin", "Denver", "Tampa", "Seattle", "Boston"], "GB": ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff"],
    "IE": ["Cork", "Galway", "Dublin"], "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"],
    "FR": ["Lyon", "Bordeaux", "Marseille", "Nantes", "Lille"], "ES": ["Sevilla", "Valencia", "Bilbao", "Zaragoza"],
    "IT": ["Milano", "Torino", "Napoli", "Bologna", "Palermo"], "NL": ["Utrecht", "Rotterdam", "Groningen", "Eindhoven"],
    "PL": ["Gdańsk", "Kraków", "Łódź", "Wrocław"], "SE": ["Göteborg", "Malmö", "Uppsala"], "TR": ["İzmir", "Ankara", "Bursa", "Antalya"],
    "BR": ["Campinas", "Recife", "Curitiba", "Salvador"], "MX": ["Guadalajara", "Monterrey", "Puebla", "Mérida"],
    "IN": ["Pune", "Hyderabad", "Kochi", "Jaipur"], "JP": ["Osaka", "Fukuoka", "Sapporo"], "KR": ["Busan", "Incheon", "Daegu"],
    "VN": ["Đà Nẵng", "Hải Phòng", "Huế"], "ID": ["Surabaya", "Bandung", "Yogyakarta"], "AU": ["Brisbane", "Perth", "Adelaide"],
    "ZA": ["Pretoria", "Durban", "Gqeberha"], "NG": ["Ibadan", "Port Harcourt", "Enugu"], "AE": ["Sharjah", "Al Ain"],
    "CA": ["Calgary", "Halifax", "Ottawa"], "PT": ["Porto", "Braga", "Faro"], "CN": ["Shenzhen", "Chengdu", "Hangzhou"],
}
COUNTRY_NAMES = {"en": ["Portugal", "Morocco", "Canada", "Ireland", "Vietnam", "Nigeria", "Poland", "Spain", "Japan"],
                 "de": ["Österreich", "Spanien", "der Türkei", "Polen", "Italien"], "fr": ["Belgique", "Espagne", "Maroc", "Suisse"],
                 "es": ["México", "Portugal", "Francia", "Colombia"], "it": ["Svizzera", "Spagna", "Germania"]}
CULT_OF = {"US": "en", "GB": "en", "IE": "ie", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "NL": "nl",
           "ES": "es", "PT": "pt", "IT": "it", "PL": "pl", "SE": "sv", "TR": "tr", "BR": "br", "MX": "mx", "AR": "mx",
           "IN": "in", "JP": "ja", "KR": "ko", "CN": "zh", "VN": "vi", "ID": "id", "PH": "ph", "AU": "en", "NZ": "en",
           "ZA": "za", "NG": "ng", "KE": "za", "AE": "ar", "SA": "ar", "EG": "ar", "MA": "ar", "CA": "en"}
COUNTRIES_USED = set()
PHONE_CC = set()
ADDR_CC = set()


def cty(rng, cc):
    COUNTRIES_USED.add(cc)
    return rng.choice(CITIES[cc])


def ph(rng, cc, intl=None):
    COUNTRIES_USED.add(cc)
    PHONE_CC.add(cc)
    return phone(rng, cc, intl)


def ad(rng, cc, block=False):
    COUNTRIES_USED.add(cc)
    ADDR_CC.add(cc)
    return addr(rng, cc, block)


# ----------------------------------------------------------------------------------------------
# cards, IBANs, SSNs, IPs
# ----------------------------------------------------------------------------------------------
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


def card(rng, brand=None, fmt=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if brand == "visa":
        pre, n = "4" + D(rng, 5), 16
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)) + D(rng, 4), 16
    elif brand == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + D(rng, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + D(rng, 4), 15
    elif brand == "disc":
        pre, n = "6011" + D(rng, 2), 16
    else:
        pre, n = str(rng.randint(3528, 3589)) + D(rng, 2), 16
    body = pre + D(rng, n - 1 - len(pre))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    fmt = fmt or rng.choice(["space", "space", "dash", "plain"])
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(g), "dash": "-".join(g), "plain": num}[fmt]


IBAN_SPEC = {  # country: list of (kind, length) ; n=digits, a=upper letters
    "DE": [("n", 18)], "FR": None, "ES": None, "IT": [("a", 1), ("n", 10), ("n", 12)], "NL": [("a", 4), ("n", 10)],
    "GB": [("a", 4), ("n", 14)], "IE": [("a", 4), ("n", 14)], "BE": None, "PL": [("n", 24)], "PT": [("n", 21)],
    "TR": [("n", 5), ("z", 1), ("n", 16)], "SE": [("n", 20)], "AT": [("n", 16)], "CH": [("n", 17)],
    "AE": [("n", 19)], "SA": [("n", 2), ("n", 18)], "DK": [("n", 14)], "FI": [("n", 14)], "NO": [("n", 11)],
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(rng, cc, fmt=None):
    if cc == "FR":
        bank, br, acct = D(rng, 5), D(rng, 5), D(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
        bban = bank + br + acct + f"{key:02d}"
    elif cc == "ES":
        bank, br, acct = D(rng, 4), D(rng, 4), D(rng, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def dc(x):
            v = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        bban = bank + br + str(dc("00" + bank + br)) + str(dc(acct)) + acct
    elif cc == "BE":
        b = D(rng, 10)
        k = int(b) % 97 or 97
        bban = b + f"{k:02d}"
    else:
        bban = ""
        for kind, ln in IBAN_SPEC[cc]:
            if kind == "n":
                bban += D(rng, ln)
            elif kind == "z":
                bban += "0" * ln
            else:
                bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(ln))
        if cc == "GB":
            bban = rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + bban[4:]
        if cc == "IE":
            bban = rng.choice(["AIBK", "BOFI"]) + bban[4:]
        if cc == "NL":
            bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB"]) + bban[4:]
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert _iban_num(s[4:] + s[:4]) % 97 == 1
    fmt = fmt or rng.choice(["group", "group", "plain"])
    if fmt == "group":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(rng, fmt=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = fmt or rng.choice(["dash", "dash", "dash", "space", "plain"])
    if fmt == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def ipv4(rng):
    first = rng.choice([31, 37, 46, 62, 77, 81, 85, 88, 91, 95, 102, 105, 109, 141, 154, 176, 178, 185, 188, 195, 197, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pre = rng.choice(["2a02:810d", "2001:4860", "2a01:cb00", "2603:7000", "2406:3003", "2800:3f0"])
    groups = [format(rng.randint(0, 0xffff), "x") for _ in range(4)]
    if rng.random() < 0.5:
        return pre + "::" + ":".join(groups)
    return pre + ":" + groups[0] + ":" + groups[1] + "::" + groups[3]


def ip(rng):
    return ipv6(rng) if rng.random() < 0.3 else ipv4(rng)


# look-alike (unlabelled) identifiers
def order_no(rng):
    return rng.choice([f"#{rng.randint(100000, 999999)}", f"ORD-{rng.randint(2023, 2025)}-{D(rng, 6)}",
                       f"SO{D(rng, 8)}", f"WEB-{D(rng, 5)}-{rng.choice('ABCDEFGH')}"])


def tracking(rng):
    return rng.choice([f"1Z{D(rng, 3)}X{D(rng, 2)}{D(rng, 10)}", f"JJD{D(rng, 15)}", f"3S{''.join(rng.choice('ABCDEFGHKLMNPQRSTUVWXYZ') for _ in range(4))}{D(rng, 9)}",
                       f"RR{D(rng, 9)}GB", f"LX{D(rng, 9)}PL"])


def ticket(rng):
    return rng.choice([f"CS-{D(rng, 6)}", f"INC{D(rng, 7)}", f"#{D(rng, 5)}", f"TKT-{D(rng, 4)}-{D(rng, 3)}"])


def price(rng, cur="£"):
    v = f"{rng.randint(3, 480)}.{rng.choice(['00', '50', '99', '95', '49'])}"
    return {"£": f"£{v}", "$": f"${v}", "€": f"{v.replace('.', ',')} €", "R$": f"R$ {v.replace('.', ',')}",
            "zł": f"{v.replace('.', ',')} zł", "₺": f"{v.replace('.', ',')} TL", "¥": f"¥{rng.randint(800, 48000):,}",
            "₩": f"{rng.randint(5, 300) * 1000:,}원", "₫": f"{rng.randint(50, 3000) * 1000:,}đ", "₹": f"₹{rng.randint(200, 90000):,}",
            "AED": f"AED {rng.randint(40, 2000)}", "R": f"R{rng.randint(90, 9000)}", "₦": f"₦{rng.randint(5, 400) * 1000:,}",
            "kr": f"{rng.randint(90, 4000)} kr", "MX$": f"${rng.randint(150, 9000)} MXN", "Rp": f"Rp{rng.randint(20, 900) * 1000:,}".replace(",", ".")}[cur]


_CLOCK = [None]


def reset_clock():
    _CLOCK[0] = None


def hhmm(rng):
    """Clock that moves forward within one sample, so chat timestamps are increasing."""
    if _CLOCK[0] is None:
        _CLOCK[0] = rng.randint(7 * 60, 17 * 60)
    else:
        _CLOCK[0] = min(_CLOCK[0] + rng.choice([0, 1, 1, 2, 3, 4, 7, 12, 25]), 23 * 60 + 59)
    t = _CLOCK[0]
    return f"{t // 60:02d}:{t % 60:02d}"


def date_s(rng, style="dmy"):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
    return {"dmy": f"{d:02d}/{m:02d}/{y}", "mdy": f"{m}/{d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}",
            "dot": f"{d:02d}.{m:02d}.{y}", "short": f"{d}/{m}"}[style]


def dob(rng, style="dmy"):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1948, 2006)
    return {"dmy": f"{d:02d}/{m:02d}/{y}", "mdy": f"{m}/{d}/{y}", "dot": f"{d:02d}.{m:02d}.{y}"}[style]


def ordn(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ts(rng):
    return f"{rng.randint(0, 0)}{rng.randint(0, 0)}:{rng.randint(0, 14):02d}:{rng.randint(0, 59):02d}"


DIGIT_WORDS = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
               "8": "eight", "9": "nine"}


def spoken_en(rng, digits):
    """Render a digit string as a speech-to-text transcript would: words, doubles, some digits left."""
    digits = "".join(c for c in digits if c.isdigit())
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.6:
            out.append(("double " if rng.random() < 0.85 else "two ") + DIGIT_WORDS[d] if d != "0" or rng.random() < 0.5 else "double oh")
            i += 2
        else:
            out.append(DIGIT_WORDS[d] if rng.random() < 0.8 else d)
            i += 1
    # group with commas like an STT engine pausing
    res, cnt = [], 0
    for w in out:
        res.append(w)
        cnt += 1
        if cnt in (3, 6) and rng.random() < 0.5:
            res[-1] += ","
    return " ".join(res)


# ----------------------------------------------------------------------------------------------
# sample kinds
# ----------------------------------------------------------------------------------------------
KINDS = []


def kind(name):
    def deco(fn):
        KINDS.append((name, fn))
        return fn
    return deco


AGENTS_EN = ["Kerry", "Dom", "Priya", "Tasha", "Marcus", "Ellie", "Jamal", "Bex", "Nikhil", "Sian"]
BRANDS_LOOK = ["Ted Baker", "Tommy Hilfiger", "Marc Jacobs", "Hugo Boss", "Calvin Klein", "Dr. Martens",
               "Ben & Jerry's", "Tim Hortons", "Wendy's", "Jimmy Choo", "Kate Spade", "Ralph Lauren",
               "Jack Daniel's", "Johnnie Walker", "Mrs Fields", "Hope & Ivy", "Joe Browns", "Charlotte Tilbury",
               "Paul Smith", "Karl Lagerfeld", "Bobbi Brown", "Michael Kors", "Sam Edelman"]


@kind("telco_retention_call_transcript")
def k_telco(r):
    cc = r.choice(["GB", "IE", "AU", "US", "CA", "NZ"])
    cu = person(r, CULT_OF[cc] if CULT_OF[cc] in NAMES else "en")
    ag = r.choice(AGENTS_EN)
    b = B()
    b.line(f"Call ID {D(r, 9)} | queue: RETENTIONS | dur 00:{r.randint(6, 19):02d}:{r.randint(0, 59):02d}")
    t0 = r.randint(1, 9)
    b(f"[00:00:0{t0}] AGENT (", P(ag), "): thanks for calling, you're through to ", P(ag), ", who am I speaking with?\n")
    b(f"[00:00:1{t0}] CUSTOMER: hi yeah it's ", P(cu.western), f", I wanna cancel, the contract's up on the {ordn(r.randint(1, 28))}\n")
    b(f"[00:00:2{t0}] AGENT (", P(ag), "): no worries ", P(cu.given), ", can I just confirm the number on the account?\n")
    b(f"[00:00:3{t0}] CUSTOMER: ", T(ph(r, cc, False)), r.choice(["", " — or it might be under my partner's mobile"]), "\n")
    if r.random() < 0.6:
        b(f"[00:00:4{t0}] AGENT (", P(ag), "): and the first line of the address and postcode?\n")
        b(f"[00:00:5{t0}] CUSTOMER: ", A(ad(r, cc)), "\n")
    b(f"[00:01:0{t0}] AGENT (", P(ag), f"): lovely. I can see you're paying {price(r, '£' if cc in ('GB',) else '$')} a month, I can do the Unlimited Lite for less\n")
    b(f"[00:01:2{t0}] CUSTOMER: ", r.choice(["my neighbour ", "my brother-in-law "]), P(person(r, "en", g="m").given),
      f" got it for half that with {r.choice(['Vodafone', 'Three', 'Optus', 'T-Mobile'])} tbh")
    return "en", b


@kind("voice_note_callback_spoken_digits")
def k_voicenote_en(r):
    cc = r.choice(["GB", "IE", "AU"])
    p = person(r, r.choice(["en", "ie", "ng", "in"]))
    num = ph(r, cc, False).replace(" ", "").replace("-", "")
    b = B()
    b.line(f"Voice note {r.randint(0, 1)}:{r.randint(10, 59)} — auto-transcribed (confidence {r.randint(71, 93)}%)")
    nick = r.choice(["it's " + p.given, "it's " + p.given + " " + p.surname, "yeah hi it's " + p.given.lower()])
    pre, nm = nick.split("it's ")
    b(pre + "it's ", P(nm), r.choice([" from the flat upstairs", " from number 9", " from the book club", ""]),
      ", erm, the parcel you left with me, I'm out till Thursday so ring me on ", T(spoken_en(r, num)),
      r.choice([" yeah", ", cheers", ". ta"]), ". or text ", P(r.choice(NAMES["en"][0])),
      r.choice([" she's got a key", ", he's got my spare", " she'll let you in"]), ".")
    return "en", b


@kind("nota_de_voz_transcrita_cliente")
def k_voicenote_es(r):
    p = person(r, r.choice(["es", "mx"]))
    cc = "ES" if p.cult == "es" else "MX"
    words = {"0": "cero", "1": "uno", "2": "dos", "3": "tres", "4": "cuatro", "5": "cinco", "6": "seis", "7": "siete",
             "8": "ocho", "9": "nueve"}
    raw = ph(r, cc, False).replace(" ", "").replace("(", "").replace(")", "")
    sp = " ".join(words[d] for d in raw[:3]) + ", " + " ".join(words[d] for d in raw[3:6]) + ", " + raw[6:]
    b = B()
    b.line(f"🎤 Nota de voz ({r.randint(0, 1)}:{r.randint(10, 59)}) · transcripción automática")
    b("hola buenas, soy ", P(p.given), r.choice([" ", " la de la talla M, "]), "que pedí la chaqueta hace dos semanas y todavía nada, eh, ",
      "me podéis llamar al ", T(sp), ", bueno si no contesto pregunten por mi hermana ", P(person(r, p.cult, g="f").given),
      ", que vive conmigo en ", A(ad(r, cc)), ". el pedido es el ", order_no(r), ", gracias, chao")
    return "es", b


@kind("letterhead_complaint_water_company")
def k_letter_en(r):
    cc = r.choice(["GB", "IE", "US", "AU", "ZA", "NZ"])
    p = person(r, CULT_OF[cc] if CULT_OF[cc] != "en" else r.choice(["en", "en", "in", "ng", "ar"]))
    b = B()
    b.line(P(p.full))
    b.line(A(ad(r, cc, True)))
    if r.random() < 0.6:
        b.line("Tel: ", T(ph(r, cc)))
    if r.random() < 0.5:
        b.line(E(email_for(r, p)))
    b.line("")
    b.line(f"{r.randint(1, 28)} {r.choice(['March', 'April', 'October', 'November'])} 2025")
    b.line(f"Customer Relations, {r.choice(['Severn Vale Water', 'Riverbend Utilities', 'Aquaflow Services'])}")
    b.line(f"Account ref: {r.choice(['WV', 'AQ', 'RB'])}{D(r, 8)}")
    b.line("")
    eng = person(r, "en", g="m")
    nb = person(r, r.choice(["en", "pl", "in"]))
    b.line("Dear Sir or Madam,")
    b("I am writing for the third time about the leak outside my property. On the ", ordn(r.randint(2, 27)),
      " your engineer, who introduced himself as ", P(eng.given), ", told me the job had been 'passed to networks', and "
      "my neighbour Mrs ", P(nb.surname), " has since had brown water for four days. ")
    b(r.choice(["I was promised a call back by ", "Your colleague "]), P(person(r, "en").western),
      " and nobody has rung. I would also like compensation under the Guaranteed Standards Scheme.\n")
    b.line("")
    b.line("Yours faithfully,")
    b(P(p.given[0] + ". " + p.surname if r.random() < 0.5 else p.full))
    return "en", b


@kind("reklamacja_pismo_z_naglowkiem")
def k_letter_pl(r):
    p = person(r, "pl", g="m")
    b = B()
    b.line(P(p.full))
    b.line(A(ad(r, "PL", True)))
    b.line("tel. ", T(ph(r, "PL")))
    b.line(f"{cty(r, 'PL')}, dn. {date_s(r, 'dot')}")
    b.line("")
    b.line(r.choice(["Sklep Meblowy KOMFORT Sp. z o.o.", "Dział Reklamacji – Elektro-Dom S.A."]))
    b.line("")
    b.line(f"Dotyczy: reklamacja zamówienia nr {D(r, 7)}/{r.choice(['2024', '2025'])}")
    kur = person(r, "pl", g="m")
    b("Szanowni Państwo, dnia ", date_s(r, "dot"), " kurier (pan ", P(kur.given), ") dostarczył uszkodzoną szafę. "
      "Protokół szkody podpisała moja żona, ", P(person(r, "pl", g="f").given + " " + p.surname.replace("ski", "ska").replace("cki", "cka")), ". Proszę o zwrot ",
      price(r, "zł"), " na rachunek ", I(iban(r, "PL")), ".\n")
    b.line("")
    b("Z poważaniem\n", P(p.full))
    return "pl", b


@kind("lettre_reclamation_mutuelle")
def k_letter_fr(r):
    p = person(r, "fr")
    cc = r.choice(["FR", "FR", "BE"])
    b = B()
    b.line(P(r.choice([p.full, p.given + " " + p.surname.upper()])))
    a = ad(r, cc, True)
    b.line(A(a))
    b.line("Tél. : ", T(ph(r, cc)))
    b.line("Courriel : ", E(email_for(r, p, r.choice(["orange.fr", "free.fr", "laposte.net", "telenet.be"]))))
    b.line("")
    b.line(f"À l'attention du service adhérents — n° adhérent {D(r, 9)}")
    b.line(f"Objet : remboursement soins dentaires du {date_s(r)}")
    b.line("")
    dent = person(r, "fr")
    b("Madame, Monsieur,\nsuite à mon appel du ", date_s(r), " avec votre conseillère ", P(r.choice(NAMES["fr"][0])),
      ", je conteste le refus de prise en charge. Le devis du Dr ", P(dent.surname), " vous a pourtant été transmis. "
      "Merci de verser le complément sur le compte ", I(iban(r, r.choice(["FR", "BE"]))), ".\n")
    b("Je vous prie d'agréer mes salutations distinguées.\n", P(p.given + " " + p.surname))
    return "fr", b


@kind("callback_board_surnames_shift")
def k_caller_board(r):
    b = B()
    fr = r.random() < 0.5
    b.line("RAPPELS À FAIRE — équipe après-vente" if fr else "CALLBACK BOARD — front desk, late shift")
    b.line("NOM | TEL | MOTIF | QUI" if fr else "NAME | NUMBER | RE | OWNER")
    for _ in range(r.randint(4, 7)):
        cult = r.choice(["fr", "vi", "ie", "nl", "tr", "en", "ar", "ko", "in"] if fr else ["en", "vi", "ie", "ng", "pl", "ko", "in", "fr"])
        p = person(r, cult, use_faker=False)
        cc = r.choice(["FR", "BE", "FR"]) if fr else r.choice(["GB", "GB", "IE"])
        reason = r.choice(["devis cuisine", "SAV lave-linge", "rdv pose", "remboursement"] if fr else
                          ["refund query", "re-delivery", "warranty", "noise complaint", "price match"])
        own = r.choice(["JB", "MC", "SL", "—", "AM"])
        b.line(P(p.caller(r)), " | ", T(ph(r, cc, False)), f" | {reason} | {own}")
    if fr:
        b("NB : pas de rappel avant 10h pour ", P(p.caller(r)), " (travaille de nuit)")
    else:
        b("NB: don't call ", P(p.caller(r)), " before 10 (night shifts)")
    return ("fr" if fr else "en"), b


@kind("giveaway_comment_moderation_log")
def k_giveaway(r):
    b = B()
    b.line(f"Giveaway: {r.choice(['Summer Glow bundle', 'Hope Candle trio', 'Rose Gold kettle', 'Will & Grace boxset'])} — comments export (mod notes in [ ])")
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(["en", "en", "ng", "in", "es", "ar"]))
        fr = person(r, r.choice(["en", "ie", "ph"]))
        handle = "@" + fold(p.given).lower() + r.choice(["_", ".", ""]) + r.choice(["xo", "b", str(r.randint(7, 99)), "official"])
        b.line(f"{handle}: ", r.choice(["tagging ", "omg ", "entering for "]), P(fr.given), r.choice([" 💕", " and my mum!!", " lol", " pls pick me"]),
               "")
        if r.random() < 0.35:
            b.line(f"  [mod: {handle} is ", P(p.full), ", already won in March, exclude]")
    w = person(r, r.choice(["en", "ie", "ng"]))
    b("WINNER → ", P(w.full), " — DM sent, ship to ", A(ad(r, r.choice(["GB", "IE"]))), r.choice([". Hope it arrives before Friday", ". Will post Monday"]))
    return "en", b


@kind("tiktok_shop_dm_wrong_size")
def k_tiktok(r):
    es = r.random() < 0.4
    cc = r.choice(["ES", "MX"]) if es else r.choice(["GB", "US"])
    p = person(r, CULT_OF[cc])
    b = B()
    if es:
        b.line(f"{fold(p.given).lower()}.{r.randint(90, 2009)}: hola!! me llegó la falda en talla L y pedí S 😭")
        b.line("Tienda: ay perdona! nos pasas nombre completo y dirección para el cambio?")
        b.line(f"{fold(p.given).lower()}.{r.randint(90, 2009)}: ", P(p.full.lower() if r.random() < 0.4 else p.full), " — ", A(ad(r, cc)))
        b.line(f"{fold(p.given).lower()}.{r.randint(90, 2009)}: y el tel es ", T(ph(r, cc)), ", el repartidor no encuentra el portal nunca")
        b("Tienda: listo ", P(p.given), ", te mandamos etiqueta. Pedido ", order_no(r))
        return "es", b
    hn = fold(p.given).lower() + r.choice(["_", "x", ""]) + str(r.randint(1, 99))
    b.line(f"{hn}: hiya got the cargo pants but they're a size 8 not 12 ??")
    b.line("Shop: so sorry about that! could you send your full name + address and we'll swap them")
    b.line(f"{hn}: ", P(p.full.upper() if r.random() < 0.3 else p.full))
    b.line(f"{hn}: ", A(ad(r, cc, r.random() < 0.5)))
    b(f"{hn}: it was a gift from my aunt ", P(person(r, 'en').given), r.choice([" so pls dont email her lol", " so keep it quiet x"]))
    return "en", b


@kind("dental_practice_google_review_reply")
def k_dental_review(r):
    p = person(r, r.choice(["en", "in", "ar", "ng", "pl"]))
    dr = person(r, r.choice(["en", "in", "ie", "ko"]))
    nurse = person(r, "en")
    b = B()
    b.line("★★☆☆☆ ", P(f"{p.given} {p.surname[0]}."), f" · {r.randint(2, 11)} weeks ago")
    b.line(r.choice(["Waited 40 min past my appointment and then the hygienist rushed.",
                     "Charged for a scale and polish I never had. Front desk unhelpful."]))
    b.line("")
    b.line("Response from the owner:")
    b("Hi ", P(p.given), ", we're sorry your visit fell short. Dr ", P(dr.surname), r.choice([" was covering two surgeries that morning", " has reviewed your notes"]),
      " and our practice manager ", P(nurse.western), " would like to talk it through — please call us on ",
      T(ph(r, r.choice(["GB", "IE", "AU"]), False)))
    if r.random() < 0.5:
        b(" and ask for ", P("Summer"), ".")
    else:
        b(" rather than sharing details here.")
    return "en", b


@kind("courier_delay_review_reply")
def k_courier_reply(r):
    cc = r.choice(["GB", "IE", "ZA", "AU", "NG"])
    p = person(r, CULT_OF[cc] if CULT_OF[cc] != "en" else "en")
    drv = person(r, r.choice(["pl", "in", "en", "ng", "slav"]))
    b = B()
    b.line(f"Review #{D(r, 7)} — 1/5 — \"{r.choice(['parcel left in the bin', 'driver never came', 'lied about attempted delivery'])}\"")
    b("Reply: Hi ", P(p.given.upper() if r.random() < 0.2 else p.given), ", thanks for flagging. We've checked the GPS for driver ",
      P(drv.given), r.choice([" and", ","]), " the van was on ", L(r.choice(["Baker Street", "Long Street", "Admiralty Way", "Mill Lane"])),
      f" at {hhmm(r)}, not at your door. Your parcel {tracking(r)} is back at our ", L(cty(r, cc)),
      " depot. Reply with a good time and we'll redeliver — no need to post your phone number publicly. — ",
      P(r.choice(AGENTS_EN)), ", Customer Care")
    return "en", b


@kind("recensione_risposta_hotel_staff")
def k_review_it(r):
    p = person(r, "it")
    staff = [person(r, "it"), person(r, r.choice(["it", "ar", "ph"]))]
    b = B()
    b.line("Recensione di ", P(f"{p.given} {p.surname[0]}."), f" — soggiorno {r.choice(['giugno', 'luglio', 'settembre'])} 2025 — 6,0/10")
    b.line("\"Camera rumorosa, colazione scarsa. Unica nota positiva il ragazzo della reception.\"")
    b.line("")
    b("Risposta della struttura: Gentile sig. ", P(p.surname), ", la ringraziamo. Riferiremo i complimenti a ",
      P(staff[0].given), " della reception, e la nostra governante ", P(staff[1].given + " " + staff[1].surname),
      " ha già verificato la camera 214. Per un rimborso parziale ci scriva a ", E(r.choice(["info", "booking", "direzione"]) + "@" + r.choice(["hotelbelvedere-", "albergo"]) + r.choice(["como.it", "sorrento.it", "lido.it"])),
      " indicando il numero di prenotazione ", D(r, 10), ".")
    return "it", b


@kind("loyalty_account_merge_chat")
def k_loyalty_merge(r):
    de = r.random() < 0.4
    cc = r.choice(["DE", "AT", "CH"]) if de else r.choice(["GB", "US", "IE", "CA"])
    p = person(r, "de" if de else r.choice(["en", "ie", "in", "ng"]))
    e1, e2 = email_for(r, p), email_for(r, p)
    b = B()
    if de:
        b.line(f"Chat {D(r, 6)} · Kundenkarte")
        b.line("Kundin: hallo, ich habe zwei Punktekonten, eins mit ", E(e1), " und eins mit ", E(e2), ", kann man die zusammenlegen?")
        b.line("Bot: Gerne! Bitte nenne mir Vor- und Nachname und die Handynummer zu einem der Konten.")
        b.line("Kundin: ", P(p.full), ", ", T(ph(r, cc)))
        b.line("Bot: Danke. Die Karte ", D(r, 4), " ", D(r, 4), " ", D(r, 4), " (Status: Silber) wird übernommen.")
        b("Kundin: super, und mein Mann ", P(person(r, "de").given), " hat auch noch eine, der meldet sich selbst")
        return "de", b
    b.line(f"Live chat · Rewards · {date_s(r, 'iso')}")
    b.line("Customer: I've got 2 rewards accounts, ", E(e1), " and an old one ", E(e2), ", can you merge the points?")
    b.line("Agent ", P(r.choice(AGENTS_EN)), ": sure, what's the name on the older one?")
    b.line("Customer: prob my maiden name, ", P(p.given + " " + person(r, p.cult).surname))
    b.line("Customer: mobile was ", T(ph(r, cc)))
    b(f"Agent: found it — {r.randint(1200, 9000)} pts, card ending {D(r, 4)}. merged into the {r.choice(['Gold', 'Summer Club', 'Hope Rewards'])} tier")
    return "en", b


@kind("referral_bonus_dispute_email")
def k_referral(r):
    cc = r.choice(["GB", "US", "IE", "AU", "CA"])
    p = person(r, r.choice(["en", "in", "ng", "ar", "ko", "vi"]))
    f1 = person(r, r.choice(["en", "ie", "ng", "es"]), g="f")
    b = B()
    b.line("From: ", P(p.western), " <", E(email_for(r, p)), ">")
    b.line("To: ", E("refer@" + r.choice(["brightbank.example", "greenbox-meals.com", "fibrenet.co.uk"])))
    b.line("Subject: referral bonus missing (again)")
    b.line("")
    b("Hi there,\n\nback in ", r.choice(["March", "May", "August"]), " I referred my friend ", P(f1.western),
      " using my code ", f"{fold(p.given).upper()[:4]}{D(r, 4)}", ". She signed up the same evening and even rang your team on ",
      T(ph(r, cc)), " because the code box was greyed out. The agent, I think ", P(r.choice(["Will", "Grant", "Hope", "Rose"])),
      ", said the £50 would land within 30 days. It hasn't. ", P(f1.given), " got her welcome credit, I got nothing.\n\n")
    b("I also referred my cousin ", P(person(r, p.cult).given), " in ", L(r.choice(COUNTRY_NAMES["en"])),
      " but I understand that one doesn't count.\n\nThanks,\n", P(p.given))
    return "en", b


@kind("product_launch_door_list")
def k_door(r):
    b = B()
    b.line(f"LAUNCH NIGHT — {r.choice(['Marc Jacobs Perfume pop-up', 'Tommy Hilfiger x Rose Studio', 'Hope & Ivy SS26'])} — DOOR LIST v{r.randint(2, 6)}")
    b.line("name\t+1\tmobile\tnotes")
    for _ in range(r.randint(4, 7)):
        cult = r.choice(["en", "en", "ng", "ko", "ja", "in", "fr", "ar", "it", "za"])
        p = person(r, cult)
        plus = r.choice(["", "", person(r, r.choice(["en", "it", "fr"])).given, "yes"])
        nm = r.choice([p.full, p.full.upper(), p.given + " " + p.surname[0] + "."])
        b(P(nm), "\t")
        if plus and plus != "yes":
            b(P(plus), "\t")
        else:
            b(plus + "\t")
        b(T(ph(r, r.choice(["GB", "GB", "FR", "NG", "KR"]))) if r.random() < 0.7 else "", "\t")
        b.line(r.choice(["press", "VIP", "influencer – check handle", "", "allergic to nuts", "photographer"]))
    b("NOT on list: anyone asking for 'Karl Lagerfeld' (it's the brand rep lanyard), send to ", P(r.choice(["Summer", "Amber", "Will"])), " at the desk")
    return "en", b


@kind("filiale_schichtuebergabe_notiz")
def k_handover_de(r):
    cc = r.choice(["DE", "DE", "AT", "CH"])
    b = B()
    b.line(f"Übergabe Frühschicht → Spätschicht, {date_s(r, 'dot')}, Filiale {cty(r, 'DE') if cc == 'DE' else ('Wien' if cc == 'AT' else 'Zürich')}")
    p1 = person(r, r.choice(["tr", "de", "vi", "pl"]), g="f")
    b("- Frau ", P(p1.surname), " hat 2x angerufen wg. Abholung Bestellung ", order_no(r), ", Rückruf bitte unter ", T(ph(r, cc)), "\n")
    p2 = person(r, "vi", g="m")
    b("- Abholschein für Herrn ", P(p2.surname + " " + p2.given[0] + "."), " liegt im Fach 3, Ausweis zeigen lassen!\n")
    p3 = person(r, "de")
    b("- ", P(p3.given), r.choice([" (Azubi) ", " "]), "krank bis Mi, ", P(person(r, 'de').given), " springt ein\n")
    b("- Retoure Kaffeevollautomat von Kundin ", P(person(r, 'de', g="f").western), ", Lieferadresse war ", A(ad(r, cc)), "\n")
    if r.random() < 0.5:
        b("- Hugo-Boss-Ständer umgestellt, bitte nicht wieder verschieben")
    else:
        b("- ", L("Karl-Marx-Allee"), ": Baustelle, Lieferung kommt später")
    return "de", b


@kind("bakery_preorder_group_chat")
def k_bakery(r):
    nl = r.random() < 0.5
    cc = "NL" if nl else r.choice(["GB", "NG", "ZA"])
    b = B()
    day = r.randint(1, 28)
    if nl:
        b.line(f"Bakkerij De Zoete Inval – bestellingen kerst 🎄 (groep, {r.randint(40, 140)} leden)")
        for _ in range(r.randint(3, 5)):
            p = person(r, r.choice(["nl", "nl", "tr", "ar", "pl"]))
            b(f"[{day:02d}-12 {hhmm(r)}] ", P(p.western if r.random() < 0.6 else p.given), ": ")
            v = r.randint(0, 2)
            if v == 0:
                b.line("2 kerststollen graag, ophalen 24e")
            elif v == 1:
                b.line("1 taart 24p, naam op taart: ", P(person(r, "nl").given), " 🎂")
            else:
                b.line("3x appeltaart, bezorgen op ", A(ad(r, "NL")), " (bel aan bij ", P(person(r, "nl").surname), ")")
        b("Bakkerij: allemaal genoteerd! vragen? bel ", T(ph(r, "NL")), " (niet appen na 18u)")
        return "nl", b
    b.line("Mama Put Bakes 🍞 pre-orders (group)")
    for _ in range(r.randint(3, 5)):
        hon = r.choice(["", "Auntie ", "Mummy ", "Bro "])
        p = person(r, r.choice(["ng", "ng", "en", "za"]), g={"Auntie ": "f", "Mummy ": "f", "Bro ": "m"}.get(hon))
        b(f"[{day:02d}/12, {hhmm(r)}] ")
        if hon:
            b(hon, P(p.given))
        else:
            b(P(p.full))
        v = r.randint(0, 2)
        if v == 0:
            b(": 2 loaves agege bread + chin chin for Sat pls")
        elif v == 1:
            b(": meat pie x12, I'll send my driver ", P(person(r, "ng").given))
        else:
            b(": abeg 1 big cake, deliver to ", A(ad(r, cc)))
        b("\n")
    b("Admin: noted all. pay on pickup or call ", T(ph(r, cc)))
    return "en", b


@kind("kids_football_carpool_group_chat")
def k_carpool(r):
    de = r.random() < 0.4
    cc = "DE" if de else r.choice(["GB", "US", "AU"])
    cult = "de" if de else "en"
    kids = [person(r, r.choice([cult, cult, "tr", "pl", "ng", "in"])) for _ in range(3)]
    parents = [person(r, cult, g="f"), person(r, cult, g="f"), person(r, cult)]
    b = B()
    if de:
        b.line("F-Jugend Fahrgemeinschaft ⚽")
        b.line(f"{hhmm(r)} ", P(parents[0].given), ": wer fährt Samstag nach ", L(r.choice(["Bochum", "Hagen", "Witten"])), "? Ich hab Platz für 3")
        b.line(f"{hhmm(r)} ", P(parents[1].given), " (Mama von ", P(kids[0].given), "): ", P(kids[0].given), " und ", P(kids[1].given), " können mit dir")
        b.line(f"{hhmm(r)} ", P(parents[2].western), ": Treffpunkt bei uns, ", A(ad(r, "DE")), ", 8:15")
        b(f"{hhmm(r)} ", P(parents[0].given), ": ok, notfalls ", T(ph(r, "DE", False)), " anrufen")
        return "de", b
    b.line("U9 Tigers carpool 🐯")
    b.line(f"{hhmm(r)} - ", P(parents[0].given), ": who's driving Sat? I can take ", P(kids[0].given), " + ", P(kids[1].given))
    b.line(f"{hhmm(r)} - ", P(parents[1].western), ": thx! ", P(r.choice(["Will", "Grant", "Hunter", "Chase"])), "'s mum said she can do the way back")
    b.line(f"{hhmm(r)} - ", P(parents[2].given), ": pick up from ours, ", A(ad(r, cc)), ", 8:15 sharp")
    b(f"{hhmm(r)} - ", P(parents[0].given), ": if I'm late ring ", T(ph(r, cc, False)), " x")
    return "en", b


@kind("parcel_swap_neighbour_group")
def k_parcel_swap(r):
    nl = r.random() < 0.6
    cc = "NL" if nl else "BE"
    b = B()
    b.line("Buurtapp " + r.choice(["Oosterpark-Noord", "Wijk Lombok", "Zuidpolder"]) + " 📦")
    p1, p2, p3 = person(r, "nl"), person(r, r.choice(["nl", "tr", "ar", "slav"])), person(r, "nl")
    b.line(f"{hhmm(r)} ", P(p1.given), ": heeft iemand een pakket van PostNL voor ", P(p2.surname.upper()), "? track & trace ", tracking(r))
    b.line(f"{hhmm(r)} ", P(p3.western), ": ja ligt bij mij! ", A(ad(r, cc)), ", bel maar aan")
    b.line(f"{hhmm(r)} ", P(p2.given), ": top dank je ", P(p3.given), "!! kom vanavond, anders mijn zoon ", P(person(r, p2.cult).given))
    b(f"{hhmm(r)} ", P(p1.given), ": ps die van ", r.choice(["Bol", "Coolblue", "Zalando"]), " voor huisnr 12 staat nog bij de Albert Heijn balie")
    return "nl", b


@kind("subscription_cancel_save_chat")
def k_cancel(r):
    cc = r.choice(["US", "GB", "CA", "AU"])
    p = person(r, r.choice(["en", "in", "mx", "ko", "vi"]))
    ag = r.choice(AGENTS_EN)
    b = B()
    b.line(f"Transcript — {r.choice(['MealBox', 'StreamPlus', 'GlowCrate', 'PawPack'])} support — {date_s(r, 'iso')}")
    b.line(f"{hhmm(r)} ", P(ag), " (agent): Hi! I see you'd like to cancel. Can I grab the email on the account?")
    b.line(f"{hhmm(r)} Visitor: ", E(email_for(r, p)))
    b.line(f"{hhmm(r)} ", P(ag), " (agent): thanks ", P(p.given), "! before you go I can offer 50% off for 3 months?")
    b.line(f"{hhmm(r)} Visitor: no. and why did you charge my card ", C(card(r)), " twice this month")
    b.line(f"{hhmm(r)} ", P(ag), f" (agent): please don't post full card numbers here, I've masked it on our side. refund of {price(r, '$')} is on its way")
    b(f"{hhmm(r)} Visitor: ok. cancel the one for my mom too, ", P(person(r, p.cult, g="f").western), r.choice([", same address", ""]))
    return "en", b


@kind("card_block_hotline_transcript")
def k_cardblock(r):
    es = r.random() < 0.4
    cc = r.choice(["ES", "MX"]) if es else r.choice(["US", "GB", "IE"])
    p = person(r, CULT_OF[cc])
    b = B()
    if es:
        b.line(f"Grabación {D(r, 8)} · Línea de bloqueo de tarjetas · {hhmm(r)}")
        b.line("[00:00:04] Agente: Banco, le atiende ", P(person(r, "es").given), ", ¿en qué puedo ayudarle?")
        b.line("[00:00:09] Cliente: me han robado la cartera en el metro, quiero bloquear la tarjeta")
        b.line("[00:00:15] Agente: ¿me indica su nombre completo?")
        b.line("[00:00:19] Cliente: ", P(p.full), ", con ", r.choice(["be", "uve", "zeta"]), " de ", r.choice(["Barcelona", "Valencia", "Zaragoza"]))
        b.line("[00:00:31] Cliente: el número es ", C(card(r, fmt="space")))
        b.line("[00:00:44] Agente: bloqueada. Le enviamos SMS al ", T(ph(r, cc)), ". La nueva llega a su domicilio en 5 días")
        b("[00:00:52] Cliente: mejor a casa de mi madre, ", A(ad(r, cc)))
        return "es", b
    b.line(f"Recording {D(r, 8)} · Lost & stolen line · {hhmm(r)}")
    b.line("[00:00:03] Agent: card services, you're speaking to ", P(r.choice(AGENTS_EN)))
    b.line("[00:00:08] Caller: hi I think my card got skimmed at a petrol station in ", L(r.choice(["Leeds", "Tampa", "Galway", "Denver"])))
    b.line("[00:00:14] Agent: sorry to hear that. full name please?")
    b.line("[00:00:17] Caller: ", P(p.full), r.choice(["", " — that's the account holder, I'm his wife"]))
    b.line("[00:00:29] Caller: card is ", C(card(r)), ", expiry ", f"{r.randint(1, 12):02d}/{r.randint(26, 30)}")
    if cc == "US" and r.random() < 0.6:
        b.line("[00:00:41] Agent: for verification, your social?")
        b.line("[00:00:44] Caller: ", S(ssn(r)))
    b("[00:00:58] Agent: blocked. replacement goes to the address on file, ", A(ad(r, cc)), ", in 3–5 working days")
    return "en", b


@kind("open_house_visitor_sign_in")
def k_openhouse(r):
    cc = r.choice(["AU", "NZ", "CA", "US"])
    b = B()
    listing = ad(r, cc)
    b.line("OPEN HOME SIGN-IN — ", A(listing), f" — Sat {r.randint(1, 28)}")
    b.line("Name | Phone | Email | Buying/Selling | Agent notes")
    for _ in range(r.randint(3, 6)):
        p = person(r, r.choice(["en", "en", "zh", "in", "ko", "vi", "ph"]))
        nm = r.choice([p.western, p.western.lower(), p.given + " & " + person(r, p.cult).given])
        if " & " in nm:
            a1, a2 = nm.split(" & ")
            b(P(a1), " & ", P(a2), " | ")
        else:
            b(P(nm), " | ")
        b(T(ph(r, cc, False)) if r.random() < 0.8 else "-", " | ")
        b(E(email_for(r, p)) if r.random() < 0.6 else "", " | ")
        b.line(r.choice(["buying, pre-approved", "just looking", "selling in spring", "investor", "FHB"]))
    b(r.choice(["Neighbour from no. 12 (", "Lady who came twice ("]), P(person(r, "en", g="f").given), ") asked for the strata report")
    return "en", b


@kind("vet_reception_handover_note")
def k_vet(r):
    cc = r.choice(["GB", "IE", "AU", "US"])
    b = B()
    b.line(f"Reception handover — {date_s(r)} — {r.choice(['Willow Vets', 'Oakfield Animal Hospital', 'Paws & Claws Clinic'])}")
    pets = ["Bella", "Max", "Luna", "Alfie", "Biscuit", "Milo", "Rosie", "Hope", "Bailey", "Mr Whiskers"]
    for _ in range(r.randint(3, 5)):
        o = person(r, r.choice(["en", "en", "ie", "in", "pl", "za"]))
        pet = r.choice(pets)
        v = r.randint(0, 3)
        if v == 0:
            b.line(f"• {pet} (lab, 9y) — owner ", P(o.western), " wants call re bloods, ", T(ph(r, cc, False)))
        elif v == 1:
            b.line(f"• {pet} — dropped off by ", P(o.given), "'s dad, collect after 4. bill to ", P(o.surname.upper()))
        elif v == 2:
            b.line(f"• {pet} the cat: ", P(o.western), " moving to ", A(ad(r, cc)), ", update record pls")
        else:
            b.line(f"• Ms ", P(o.surname), f" paid {price(r)} on account for {pet}, receipt emailed to ", E(email_for(r, o)))
    b("Vet on call tonight: Dr ", P(person(r, r.choice(["en", "in", "ie"])).surname),
      " — NOT Dr Dolittle, whatever ", P(r.choice(["Tyler", "Bex", "Hunter"])), " says 🙄")
    return "en", b


@kind("florist_wedding_order_phone_note")
def k_florist(r):
    fr = r.random() < 0.5
    cc = r.choice(["FR", "BE"]) if fr else r.choice(["GB", "IE"])
    cult = "fr" if fr else r.choice(["en", "ie"])
    bride, groom, planner = person(r, cult, g="f"), person(r, r.choice([cult, "ar", "in", "pt"]), g="m"), person(r, cult, g="f")
    b = B()
    if fr:
        b.line(f"Prise de commande tél. — {date_s(r)} — noté par ", P(r.choice(NAMES["fr"][0])))
        b.line("Mariage ", P(bride.given), " & ", P(groom.given), f" le {date_s(r)}, église Saint-{r.choice(['Michel', 'Louis', 'Pierre'])}")
        b.line("- 12 boutonnières, bouquet pivoines + roses David Austin (variété, pas une personne 😄)")
        b.line("- livraison salle : ", A(ad(r, cc)), " avant 10h")
        b.line("- contact jour J : la wedding planner ", P(planner.full), ", ", T(ph(r, cc)))
        b(f"- acompte {price(r, '€')} réglé, solde par virement (RIB de la mère de la mariée, Mme ", P(person(r, "fr").surname), ")")
        return "fr", b
    b.line(f"Phone order {date_s(r)} — taken by ", P(r.choice(AGENTS_EN)))
    b.line("Wedding: ", P(bride.western), " + ", P(groom.western), f", {date_s(r)}")
    b.line("- bridal bouquet: white Rose, Ivy trailing, 'Summer Snow' gypsophila")
    b.line("- venue drop: ", A(ad(r, cc, r.random() < 0.4)))
    b.line("- day-of contact: best man ", P(person(r, cult, g="m").given), " ", T(ph(r, cc)))
    b(f"- deposit {price(r)} paid by card over phone (don't write numbers here!)")
    return "en", b


@kind("bridal_fitting_appointment_notes")
def k_bridal(r):
    it = r.random() < 0.5
    cc = "IT" if it else "ES"
    cult = "it" if it else "es"
    b = B()
    p = person(r, cult, g="f")
    m = person(r, cult, g="f")
    if it:
        b.line(f"Atelier Sposa — prova abito n.{r.randint(1, 3)} — {date_s(r)}")
        b("Sposa: ", P(p.full), " (accompagnata da mamma ", P(m.given), " e testimone ", P(person(r, cult).given), ")\n")
        b.line(f"Modello: Pronovias 'Hope' tg 42 — orlo -4 cm, stringere corpetto")
        b.line("Cell: ", T(ph(r, cc)), " | mail: ", E(email_for(r, p)))
        b(f"Consegna a domicilio: ", A(ad(r, cc)), " — citofono ", P(p.surname.upper()))
        return "it", b
    b.line(f"Pruebas novia — cita {hhmm(r)} — {date_s(r)}")
    b("Novia: ", P(p.full), "; viene con su suegra ", P(m.western), " y su hermana ", P(person(r, cult, g="f").given), "\n")
    b.line("Vestido: Rosa Clará modelo 'Grace', talla 38, subir bajo 3 cm")
    b.line("Tlf: ", T(ph(r, cc)))
    b("Pago pendiente: ", price(r, "€"), r.choice([" en tienda", ", transferencia desde "]))
    if b.parts[-1].endswith("desde "):
        b(I(iban(r, "ES")))
    return "es", b


@kind("language_school_placement_chat")
def k_langschool(r):
    cc = r.choice(["ES", "MX", "BR", "TR", "KR", "JP"])
    p = person(r, CULT_OF[cc], g="f")
    b = B()
    lang = "en"
    b.line(f"WhatsApp Business · {r.choice(['Lingua Viva', 'Open Door English', 'Speakeasy Academy'])}")
    b.line(f"{hhmm(r)} Cliente: hi, I want placement test for my son, he is 14")
    b.line(f"{hhmm(r)} Escuela: Of course! Name of the student and your phone?")
    kid = person(r, p.cult, g="m")
    b.line(f"{hhmm(r)} Cliente: ", P(kid.given + " " + p.surname), ". my phone ", T(ph(r, cc, True)))
    b.line(f"{hhmm(r)} Cliente: ", r.choice(["sorry my english", "perdón, my english is not good", "desculpa o inglês"]),
           ", I am his mother ", P(p.given))
    b.line(f"{hhmm(r)} Escuela: No problem at all! Test is Saturday. Teacher is ", P(r.choice(["Grant", "Will", "Rose", "Summer"])), ", she/he will email ", E(email_for(r, p)))
    b(f"{hhmm(r)} Cliente: ok perfect, we live near ", L(cty(r, cc)), " centre")
    return lang, b


@kind("ticket_name_change_request")
def k_ticketname(r):
    de = r.random() < 0.5
    b = B()
    o, n = person(r, "de" if de else "en"), person(r, "de" if de else r.choice(["en", "ie", "ng"]), g="m")
    if de:
        b.line(f"Betreff: Namensänderung Ticket {D(r, 10)} – {r.choice(['Rammstein', 'Helene Fischer', 'Die Ärzte'])} {cty(r, 'DE')}")
        b.line("")
        b("Hallo liebes Ticketteam,\nich (", P(o.full), ") kann leider nicht zum Konzert. Bitte schreibt das Ticket auf meinen Kollegen ",
          P(n.full), " um, geb. ", dob(r, "dot"), ", E-Mail ", E(email_for(r, n)), ".\nDie Gebühr von 5 € könnt ihr von ", I(iban(r, "DE")),
          " abbuchen.\n\nViele Grüße\n", P(o.given))
        return "de", b
    b.line(f"Subject: name change on booking {D(r, 8)} ({r.choice(['Taylor Swift | The Eras Tour', 'Coldplay', 'Harry Styles'])})")
    b("Hi,\n\nI can't make it anymore. Could you transfer ticket 2 of 2 from me (", P(o.western), ") to ", P(n.western),
      "? Their email is ", E(email_for(r, n)), " and mobile ", T(ph(r, r.choice(["GB", "IE"]))),
      ".\n\nThanks, ", P(o.given))
    return "en", b


@kind("shopping_centre_lost_property_log")
def k_lostprop(r):
    ar = r.random() < 0.35
    cc = "AE" if ar else r.choice(["GB", "AU", "ZA"])
    b = B()
    mall = {"AE": "Mall of the Emirates", "GB": "Westgate Centre", "AU": "Westfield Chermside", "ZA": "Sandton City"}[cc]
    b.line(f"LOST PROPERTY — {mall} — info desk")
    b.line("REF | ITEM | FOUND AT | CLAIMANT | CONTACT")
    for _ in range(r.randint(3, 5)):
        item = r.choice(["black wallet", "kid's scooter", "iPhone 13 (pink case)", "Ray-Ban sunnies", "house keys on Minnie Mouse ring", "abaya bag"])
        where = r.choice(["food court", "Level 2 toilets", "Carrefour trolley bay", "Woolworths", "car park B"])
        b(f"LP{D(r, 4)} | {item} | {where} | ")
        if r.random() < 0.7:
            p = person(r, r.choice(["ar", "in", "ph", "en", "za"]) if ar else r.choice(["en", "za", "in", "ng"]))
            b(P(r.choice([p.full, p.full.upper(), p.given])), " | ", T(ph(r, cc)))
        else:
            b("— | —")
        b("\n")
    b("Wallet ID card says ", P(person(r, "ar" if ar else "en").full), ", not the same as claimant — escalate to security")
    return "en", b


@kind("ski_school_group_allocation")
def k_skischool(r):
    fr = r.random() < 0.5
    b = B()
    if fr:
        b.line(f"ESF — répartition groupes semaine {r.randint(1, 52)} — Piou-Piou / Ourson")
        for _ in range(r.randint(3, 5)):
            k = person(r, r.choice(["fr", "fr", "en", "nl", "it"]))
            par = person(r, k.cult)
            b.line(f"{r.choice(['Ourson', 'Flocon', '1ère étoile'])} | ", P(k.given + " " + k.surname.upper()), f" | {r.randint(4, 9)} ans | parent : ",
                   P(par.given), " ", T(ph(r, r.choice(["FR", "BE", "NL", "GB"]))))
        b("Moniteur : ", P(person(r, "fr").given), " — rdv front de neige 9h, pas devant l'hôtel Le Mont Blanc")
        return "fr", b
    b.line(f"Skischule — Gruppeneinteilung KW {r.randint(1, 52)}")
    for _ in range(r.randint(3, 5)):
        k = person(r, r.choice(["de", "de", "nl", "pl", "en"]))
        par = person(r, k.cult)
        b.line(f"Gr. {r.randint(1, 6)} | ", P(k.given), f" ({r.randint(4, 11)} J.) | Eltern: ", P(par.western), " | ", T(ph(r, r.choice(["DE", "AT", "NL"]))))
    b("Skilehrer: ", P(person(r, "de").given), ", Treffpunkt Talstation, nicht beim Hotel Kaiser Franz Josef")
    return "de", b


@kind("cooking_class_guest_list")
def k_cooking(r):
    cc = r.choice(["GB", "US", "IE"])
    b = B()
    b.line(f"{r.choice(['Pasta Night', 'Dim Sum Masterclass', 'Thai Street Food', 'Sourdough 101'])} — {date_s(r)} — {r.randint(8, 14)} seats")
    for i in range(r.randint(4, 7)):
        p = person(r, r.choice(["en", "en", "it", "zh", "in", "ie", "ng", "ko"]))
        b(f"{i + 1}. ", P(r.choice([p.western, p.western.upper(), p.surname + ", " + p.given])))
        b(r.choice(["", " (veggie)", " — coeliac!", " +1 ", " — gift voucher from "]))
        if b.parts[-1] == " +1 ":
            b("(", P(person(r, "en").given), ")")
        elif b.parts[-1] == " — gift voucher from ":
            b(P(person(r, "en").western))
        b("\n")
    b("Chef: ", P(r.choice(["Gordon", "Nigella", "Marco"])), r.choice([" (yes really, not that one)", " (our Gordon, not Ramsay)"]),
      ". Late arrivals call ", T(ph(r, cc)))
    return "en", b


@kind("telehealth_front_desk_chat")
def k_telehealth(r):
    cc = "US"
    p = person(r, r.choice(["en", "mx", "in", "vi", "ng", "ar"]))
    b = B()
    b.line(f"Portal chat · Front desk · {date_s(r, 'mdy')} {hhmm(r)}")
    b.line("Patient: hi i need to reschedule my video visit with dr ", P(person(r, r.choice(["in", "en", "ko"])).surname.lower()))
    b.line("Front desk (", P(r.choice(["Kayla", "Latoya", "Brittany", "Dwayne"])), "): Sure! Can you verify your full name and DOB?")
    b.line("Patient: ", P(p.western), ", ", dob(r, "mdy"))
    b.line("Front desk: thanks. we also need to update insurance — the subscriber is?")
    sub = person(r, p.cult, g="m")
    b.line("Patient: my husband ", P(sub.western), ", his SSN is ", S(ssn(r)), r.choice(["", " i think"]))
    b.line("Front desk: please don't share SSNs in chat, I'll call you. Best number?")
    b("Patient: ", T(ph(r, cc)), r.choice([" after 3pm", "", " (cell)"]))
    return "en", b


@kind("self_storage_enquiry_call_note")
def k_storage(r):
    cc = r.choice(["GB", "AU", "US", "NL"])
    p = person(r, CULT_OF[cc] if cc != "GB" else r.choice(["en", "pl", "in"]))
    b = B()
    b.line(f"Enquiry {D(r, 6)} — inbound call — {hhmm(r)}")
    b("Caller ", P(p.western), " moving out of ", A(ad(r, cc)), " end of month, needs 50 sq ft for ~3 months. ")
    b("Partner ", P(person(r, p.cult).given), " will sign the contract. Quoted ", price(r, "£" if cc == "GB" else "$"), "/wk, "
      "first 4 weeks half price. Callback ", T(ph(r, cc)), ". Unit ", f"B{r.randint(1, 40):02d}", " held till Fri.")
    return "en", b


@kind("bike_repair_ready_sms_batch")
def k_bikesms(r):
    nl = r.random() < 0.5
    cc = "NL" if nl else "DE"
    b = B()
    b.line("SMS-batch fietsenmaker — klaar voor ophalen" if nl else "SMS-Versand Radwerkstatt — Abholung bereit")
    for _ in range(r.randint(3, 6)):
        p = person(r, "nl" if nl else "de")
        b(T(ph(r, cc, r.random() < 0.5)), " | ")
        if nl:
            b.line("Hoi ", P(p.given), f", je {r.choice(['Gazelle', 'Batavus', 'VanMoof', 'Cortina'])} is klaar. Kosten {price(r, '€')}. Groet, ", P(r.choice(["Joost", "Femke", "Bram"])))
        else:
            b.line("Hallo ", r.choice(["Herr ", "Frau ", ""]), P(p.surname), f", Ihr {r.choice(['Cube', 'Riese & Müller', 'Gudereit'])} ist fertig. {price(r, '€')}, Auftrag {D(r, 5)}")
    b("-- 1 bericht niet afgeleverd (nummer onbekend)" if nl else "-- 1 Nachricht nicht zugestellt")
    return ("nl" if nl else "de"), b


@kind("pizzeria_phone_order_log")
def k_pizza(r):
    it = r.random() < 0.6
    cc = "IT" if it else r.choice(["GB", "US"])
    b = B()
    b.line("Ordini telefonici — turno sera" if it else "Phone orders — Fri night")
    for _ in range(r.randint(3, 5)):
        p = person(r, "it" if it else r.choice(["en", "it", "in"]))
        if it:
            b(f"{hhmm(r)} ", P(p.surname.upper()), " ", T(ph(r, cc, False)), " — 2 margherite, 1 diavola — ")
            if r.random() < 0.7:
                b(A(ad(r, cc)), ", citofono ", P(r.choice([p.surname, person(r, 'it').surname])))
            else:
                b("ritiro")
            b("\n")
        else:
            b(f"{hhmm(r)} ", P(p.western), " ", T(ph(r, cc, False)), " — lg pepperoni, garlic knots — ")
            b(A(ad(r, cc)) if r.random() < 0.7 else "pickup", "\n")
    b("Fattorino stasera: " if it else "Driver tonight: ", P(person(r, r.choice(["it", "ar", "in"])).given))
    return ("it" if it else "en"), b


@kind("grocery_substitution_chat")
def k_grocery(r):
    cc = r.choice(["GB", "IE", "AU"])
    p = person(r, r.choice(["en", "ie", "in", "pl"]))
    sh = person(r, r.choice(["en", "pl", "in", "ng"]))
    b = B()
    b.line(f"Order {order_no(r)} · substitutions chat")
    b.line("Picker ", P(sh.given), ": hi! no Ben & Jerry's Cookie Dough, ok to swap for Häagen-Dazs?")
    b.line("Customer: yes fine. also can the driver leave it with ", P(person(r, "en").given), " at number ", str(r.randint(2, 40)), " if im not in")
    b.line("Picker: I'll add a note. Address still ", A(ad(r, cc)), "?")
    b("Customer: yep. and ring ", T(ph(r, cc)), " not the landline pls. thx ", P(sh.given.lower()))
    return "en", b


@kind("personal_shopper_client_notes")
def k_pshopper(r):
    fr = r.random() < 0.5
    b = B()
    p = person(r, r.choice(["fr", "ar", "zh", "en", "slav"]))
    cc = "FR" if fr else "GB"
    brands = r.sample(["Christian Louboutin", "Jimmy Choo", "Tom Ford", "Stella McCartney", "Alexander McQueen", "Jean Paul Gaultier", "Yves Saint Laurent"], 3)
    if fr:
        b.line("Fiche cliente — personal shopping — ", P(p.full.upper()))
        b.line(f"Préférences : {', '.join(brands)} ; taille 38 ; n'aime pas le beige")
        b.line("Tél. direct : ", T(ph(r, cc)), " — WhatsApp seulement après 11h")
        b.line("Assistante : ", P(person(r, "fr").given), " (joindre avant tout RDV)")
        b(f"Dernier achat : {price(r, '€')} — livraison hôtel, suite 512, réservée au nom de ", P(person(r, p.cult).surname))
        return "fr", b
    b.line("Client notes — personal styling — ", P(p.western))
    b.line(f"Likes: {', '.join(brands)}. Hates anything 'Kate Spade pink'.")
    b.line("Direct line ", T(ph(r, cc)), ", PA is ", P(person(r, "en").western), " (", E(email_for(r, p, "privateoffice.co.uk")), ")")
    b("Next visit: bring Summer edit rails; husband ", P(person(r, p.cult).given), " may join")
    return "en", b


@kind("watch_boutique_waitlist")
def k_watch(r):
    de = r.random() < 0.5
    cc = r.choice(["DE", "CH", "AT"]) if de else r.choice(["GB", "AE"])
    b = B()
    b.line("Warteliste Boutique — Stahlmodelle" if de else "Boutique waitlist — steel sports models")
    for i in range(r.randint(3, 6)):
        p = person(r, r.choice(["de", "de", "tr", "ar", "zh", "slav"]) if de else r.choice(["en", "ar", "in", "zh", "ng"]))
        model = r.choice(["Submariner 126610LN", "Nautilus 5811/1G", "Royal Oak 15510ST", "Speedmaster 310.30.42", "Santos WSSA0018"])
        b(f"{i + 1}) {model} — ")
        b(P(r.choice([p.full, p.surname.upper() + " " + p.given, p.initial_first()])), " — ", T(ph(r, cc)))
        b(r.choice(["", " — VIP", " — Anzahlung erhalten" if de else " — deposit paid", " — empfohlen von " if de else " — referred by "]))
        if b.parts[-1].endswith("von ") or b.parts[-1].endswith("by "):
            b(P(person(r, p.cult).western))
        b("\n")
    b("Modelle nicht mit Kundennamen verwechseln: 'Daytona', 'Jackie Kennedy'-Tasche ist Gucci." if de else
      "Reminder: 'Jackie' and 'Grace Kelly' are bag models, not clients.")
    return ("de" if de else "en"), b


@kind("brand_ambassador_application_dm")
def k_ambassador(r):
    p = person(r, r.choice(["en", "ng", "in", "br", "ph"]))
    cc = {"en": "US", "ng": "NG", "in": "IN", "br": "BR", "ph": "PH"}[p.cult]
    b = B()
    h = "@" + fold(p.given).lower() + "." + r.choice(["fits", "eats", "glow", "travels"])
    b.line(f"DM from {h} ({r.randint(2, 90)}.{r.randint(1, 9)}k followers)")
    b.line("hey!! i'd love to join your ambassador programme 🥹 i've been using the Hope serum for a year")
    b.line("my real name is ", P(p.full), " and you can reach my manager ", P(person(r, p.cult).given), " on ", T(ph(r, cc, True)))
    b.line("send PR to ", A(ad(r, cc)))
    b("Reply (", P(r.choice(["Amber", "Rose", "Dawn"])), ", community team): thanks lovely! please fill the form, don't send bank info here")
    return "en", b


@kind("conference_walkin_desk_notes")
def k_walkin(r):
    b = B()
    b.line(f"REG DESK — walk-ins — {r.choice(['MarTech Summit', 'CX Live', 'Retail Week Expo'])} day {r.randint(1, 2)}")
    for _ in range(r.randint(4, 6)):
        p = person(r, r.choice(["en", "de", "nl", "in", "zh", "ja", "fr", "ng", "sv"]))
        comp = (faker_for("en").company() if r.random() < 0.5 else r.choice(["Acme Retail", "Northwind", "Lindqvist & Co", "Sato Trading"]))
        b(P(r.choice([p.western, p.full, p.western.upper()])), f" / {comp} / ")
        b(E(work_email(p, fold(comp.split()[0]).lower().strip(",.") + ".com")), " / ")
        b.line(r.choice(["paid at desk", "speaker guest", "lost badge, reprinted", "press"]))
    b("Badge for 'Mr Sherlock Holmes' is a joke from the booth team — ignore")
    return "en", b


@kind("speaker_dinner_seating_email")
def k_dinner(r):
    ps = [person(r, c, g=gg) for c, gg in zip(r.sample(["en", "de", "ja", "ng", "in", "fr", "br", "ko", "ar", "sv"], 6), [None, None, None, "f", "m", None])]
    b = B()
    b.line("From: ", E("events@" + r.choice(["cxforum.example", "brandsummit.example"])))
    b.line("Subject: RE: speaker dinner — seating + dietary")
    b.line("")
    b("Hi ", P(ps[0].given), ",\n\nquick update before I send the final plan to the restaurant. I've put ", P(ps[1].western),
      " next to ", P(ps[2].full), " since they're both on the loyalty panel, and moved ", P(ps[3].given),
      " away from the window (she asked). ", P(ps[4].western), "'s assistant rang from ", T(ph(r, r.choice(["IN", "FR", "DE", "JP"]))),
      " to say he's halal and arrives from ", L(r.choice(["Frankfurt", "Mumbai", "Osaka", "Lagos"])), " at 19:40, so keep his seat.\n\n")
    b("The venue is ", A(ad(r, r.choice(["GB", "DE", "NL"]))), "; taxis booked under ", P(ps[5].surname), ".\n\nCheers,\n",
      P(r.choice(["Hope", "Will", "Grant"])))
    return "en", b


@kind("okul_mezunlari_bulusma_grubu")
def k_reunion_tr(r):
    b = B()
    b.line(f"💬 {r.choice(['Kadıköy Anadolu Lisesi', 'İzmir Fen Lisesi', 'Bursa Erkek Lisesi'])} 2005 mezunları")
    ps = [person(r, "tr") for _ in range(4)]
    b.line(f"[{hhmm(r)}] ", P(ps[0].given), ": arkadaşlar buluşma ", date_s(r, "dot"), " cumartesi, yer ", A(ad(r, "TR")))
    b.line(f"[{hhmm(r)}] ", P(ps[1].western), ": ", P(ps[2].given), " hoca da gelecekmiş!! numarası olan var mı")
    b.line(f"[{hhmm(r)}] ", P(ps[3].given), ": bende var ", T(ph(r, "TR")), " ama eski olabilir")
    b(f"[{hhmm(r)}] ", P(ps[0].given), ": katılım ", price(r, "₺"), ", IBAN: ", I(iban(r, "TR")), " (", P(ps[0].full), ")")
    return "tr", b


@kind("ojol_barang_tertinggal_chat")
def k_ojol(r):
    p, d = person(r, "id", g="f"), person(r, "id", g="m")
    b = B()
    b.line(f"Chat bantuan · Perjalanan {D(r, 9)} · {hhmm(r)}")
    b.line("Pelanggan: halo kak, HP saya ketinggalan di mobil, driver atas nama ", P(d.given))
    b.line("CS (", P(r.choice(["Rina", "Ayu", "Fajar"])), "): baik kak, mohon info nama lengkap dan nomor yang bisa dihubungi")
    b.line("Pelanggan: ", P(p.full), ", nomor suami saya ", T(ph(r, "ID")))
    b.line("CS: terima kasih. Driver Pak ", P(d.given), " akan antar ke alamat kakak")
    b("Pelanggan: ", A(ad(r, "ID")), " ya kak, titip ke satpam ", P(person(r, "id", g="m").given), " kalau saya belum pulang")
    return "id", b


@kind("kiralik_daire_gorusme_dm")
def k_kiralik(r):
    p, o = person(r, "tr", g="f"), person(r, "tr", g="m")
    b = B()
    b.line(f"Mesajlar — ilan no {D(r, 10)} (3+1 kiralık, {cty(r, 'TR')})")
    b.line("Kiracı adayı: merhaba daire hala müsait mi? ben ", P(p.full))
    b.line("Emlakçı: müsait ", P(p.given), " Hanım, yarın 14:00 gösterebilirim. adres ", A(ad(r, "TR")))
    b.line("Kiracı adayı: eşim ", P(person(r, "tr", g="m").given), " de gelecek. numaram ", T(ph(r, "TR", False)))
    b(f"Emlakçı: tamam. ev sahibi ", P(o.given), " Bey ", r.choice(["depozito 2 kira istiyor", "kedi istemiyor 🙈"]))
    return "tr", b


@kind("hausverwaltung_mieterbeschwerde_brief")
def k_hv(r):
    p = person(r, r.choice(["de", "de", "tr", "pl", "slav"]))
    b = B()
    b.line(P(p.full))
    a = ad(r, "DE", True)
    b.line(A(a))
    b.line("")
    b.line("Hausverwaltung " + r.choice(["Krämer & Söhne GmbH", "Immobilien Lindenhof KG"]))
    b.line(f"{cty(r, 'DE')}, {date_s(r, 'dot')}")
    b.line("")
    b.line("Betreff: Schimmel im Bad / Mängelanzeige")
    nb = person(r, "de")
    hm = person(r, "de")
    b("Sehr geehrte Damen und Herren,\nseit ", r.choice(["Oktober", "Januar", "dem Frühjahr"]), " tritt in meiner Wohnung Schimmel auf. Ihr Hausmeister, Herr ",
      P(hm.surname), ", war am ", date_s(r, "dot"), " da und meinte, das liege am Lüften. Meine Nachbarin, Frau ", P(nb.western),
      " (2. OG links), hat dasselbe Problem. Ich bitte um Rückruf unter ", T(ph(r, "DE")), " und behalte mir eine Mietminderung vor.\n\n")
    b("Mit freundlichen Grüßen\n", P(p.full))
    return "de", b


@kind("mutuelle_rappel_conseiller_notes")
def k_mutuelle(r):
    b = B()
    b.line(f"Notes de rappel — conseiller ", P(r.choice(NAMES["fr"][0])), f" — {date_s(r)}")
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(["fr", "fr", "ar", "vi", "pt"]))
        b(f"{hhmm(r)} ", P(r.choice([p.caller(r), p.western, p.surname.upper()])), " — ", T(ph(r, "FR", False)), " — ")
        b.line(r.choice(["devis optique, rappeler jeudi", "NRP x2", "veut résilier (Loi Hamon)", "litige dentiste, transmis au service gestion"]))
    b("Mme ", P(person(r, "fr", g="f").surname), " a changé d'adresse : ", A(ad(r, "FR")), " — MAJ faite")
    return "fr", b


@kind("amministratore_condominio_risposta")
def k_condominio(r):
    p = person(r, "it", g="f")
    b = B()
    b.line(f"Da: Studio Amministrazioni {r.choice(['Ferretti', 'Colombo & Gatti'])}")
    b.line("A: ", E(email_for(r, p, r.choice(["libero.it", "gmail.com", "alice.it"]))))
    b.line(f"Oggetto: Re: infiltrazione box auto – Condominio {r.choice(['Le Betulle', 'Via Roma 12', 'Villa Serena'])}")
    b.line("")
    b("Gentile sig.ra ", P(p.surname), ",\ncome anticipato al telefono, l'idraulico ", P(person(r, "it").western), " passerà giovedì. "
      "Il condomino del piano di sopra, sig. ", P(person(r, "it").surname), ", ha dato disponibilità. Per urgenze il custode ",
      P(person(r, r.choice(["it", "ar", "ph"])).given), " risponde al ", T(ph(r, "IT")), ".\n\n")
    b.line("> Il giorno ", date_s(r), ", ", P(p.western), " ha scritto:")
    b("> c'è di nuovo acqua nel box, abito in ", A(ad(r, "IT")), ", per favore fate qualcosa")
    return "it", b


@kind("clinica_estetica_whatsapp_cita")
def k_estetica(r):
    cc = r.choice(["ES", "MX"])
    p = person(r, CULT_OF[cc], g="f")
    b = B()
    b.line(f"WhatsApp · Clínica {r.choice(['Bella Piel', 'Dermaluz', 'Estética Rocío'])} ")
    b.line(f"[{hhmm(r)}] Clínica: hola ", P(p.given), "! te recordamos tu cita de láser mañana a las ", hhmm(r), " con la doctora ", P(person(r, p.cult, g="f").surname))
    b.line(f"[{hhmm(r)}] ", P(p.given), ": holaa, puedo cambiarla? le paso el turno a mi prima ", P(person(r, p.cult, g="f").western))
    b.line(f"[{hhmm(r)}] Clínica: claro, pásanos su móvil")
    b.line(f"[{hhmm(r)}] ", P(p.given), ": ", T(ph(r, cc)))
    b(f"[{hhmm(r)}] Clínica: listo ✨ la señal de {price(r, '€')} se queda a su nombre")
    return "es", b


@kind("thuiszorg_overdrachtsnotitie")
def k_thuiszorg(r):
    b = B()
    b.line(f"Overdracht avond → nacht, wijkteam {r.choice(['Noord', 'Centrum', 'Kanaleneiland'])}, {date_s(r, 'dot').replace('.', '-')}")
    for _ in range(r.randint(2, 4)):
        c = person(r, r.choice(["nl", "nl", "tr", "ar", "id"]))
        b("- mevr. ", P(c.surname), " (", A(ad(r, "NL")), "): ")
        v = r.randint(0, 2)
        if v == 0:
            b.line("insuline gegeven, suiker 9,4")
        elif v == 1:
            b.line("gevallen, dochter ", P(person(r, c.cult, g="f").given), " gebeld, bereikbaar op ", T(ph(r, "NL")))
        else:
            b.line("sleutelkastje code gewijzigd, zie dossier")
    b("Collega ", P(person(r, "nl").given), " neemt morgen de route over van ", P(person(r, "nl").given))
    return "nl", b


@kind("brf_styrelse_mejl_klagomal")
def k_brf(r):
    p = person(r, "sv")
    n = person(r, r.choice(["sv", "slav", "ar"]))
    b = B()
    b.line("Från: ", E(email_for(r, p, r.choice(["telia.com", "gmail.com", "bredband2.com"]))))
    b.line("Till: ", E(f"styrelsen@brf{r.choice(['linden', 'eken', 'sjoutsikten'])}.se"))
    b.line("Ämne: störande grannar lgh 1203")
    b.line("")
    b("Hej styrelsen,\njag heter ", P(p.full), " och bor på ", A(ad(r, "SE")), ". Sedan ", r.choice(["september", "midsommar", "jul"]),
      " spelar grannen ", P(n.western), " hög musik varje natt. Jag har pratat med vicevärden ", P(person(r, "sv").given),
      " men inget händer. Ring mig gärna på ", T(ph(r, "SE")), ".\n\nMvh\n", P(p.given))
    return "sv", b


@kind("ja_customer_center_call_memo")
def k_ja_memo(r):
    p = native(r, "ja")
    b = B()
    b.line(f"【お客様センター 応対メモ】受付番号 {D(r, 8)}  {date_s(r, 'iso')} {hhmm(r)}")
    b.line("対応者：", P(r.choice(NATIVE["ja"][1])))
    b.line("お客様：", P(p.surname + " " + p.given), " 様（", r.choice(["ご本人", "ご家族"]), "）")
    b.line("連絡先：", T(ph(r, "JP", False)))
    b.line("ご住所：", A(ad(r, "JP")))
    b(r.choice(["内容：冷蔵庫の配送日変更のご依頼。", "内容：定期便の解約希望。"]), "配達員の", P(r.choice(NATIVE["ja"][1])),
      "さんが不在票を入れていないとのこと。", P(p.surname), "様へ折り返し予定（夕方以降希望）。")
    return "ja", b


@kind("ko_delivery_app_review_reply")
def k_ko_review(r):
    p = native(r, "ko")
    b = B()
    b.line(f"★★★☆☆ {r.choice(['떡볶이러버', '배고픈곰', 'mint_choco'])}님 · {r.randint(1, 20)}일 전")
    b.line("리뷰: 떡볶이 맛있는데 배달이 너무 늦었어요. 기사님이 전화도 안 받으시고요.")
    b.line("")
    b("사장님 답글: ", P(p.given), " 님 죄송합니다 🙏 오늘 배달 기사 ", P(native(r, "ko").surname + native(r, "ko").given),
      " 씨가 길을 잘못 들었다고 합니다. 다음 주문 시 요청사항에 적어주시면 서비스 드릴게요. 문의는 매장 ", T(ph(r, "KR", False)), " 로 주세요.")
    return "ko", b


@kind("zh_after_sales_call_record")
def k_zh_call(r):
    p = native(r, "zh")
    b = B()
    b.line(f"售后来电记录 工单号：{D(r, 12)}")
    b.line("客户姓名：", P(p.surname + p.given))
    b.line("联系电话：", T(ph(r, "CN")))
    b.line("收货地址：", A(ad(r, "CN")))
    b.line(f"问题描述：空气净化器 型号 KJ{r.randint(200, 900)}F-{r.choice(['A', 'S'])} 开机异响，客户要求上门维修。")
    b(r.choice(["备注：客户称之前联系过客服", "备注：师傅"]), P(native(r, "zh").surname + native(r, "zh").given),
      r.choice(["，未解决。", "预计周六上门。"]), "其儿子", P(native(r, "zh", g="m").given), "可代为签收。")
    return "zh", b


@kind("vi_spa_messenger_booking")
def k_vi_spa(r):
    p = person(r, "vi", g="f")
    b = B()
    b.line(f"Messenger · {r.choice(['Lotus Spa & Nail', 'Hoa Sen Beauty', 'Mây Spa'])}")
    b.line(f"{hhmm(r)} Khách: chị ơi em muốn đặt gội đầu dưỡng sinh chiều mai ạ")
    b.line(f"{hhmm(r)} Spa: dạ chị cho em xin tên với sđt ạ")
    b.line(f"{hhmm(r)} Khách: ", P(p.full), " ", T(ph(r, "VN")), ", em đi với bạn là ", P(r.choice(NAMES["vi"][0])))
    b.line(f"{hhmm(r)} Spa: dạ em ghi rồi ạ, chị ", P(p.given), " hẹn 3h nha. kỹ thuật viên là chị ", P(person(r, "vi", g="f").given))
    b(f"{hhmm(r)} Khách: ok em, spa ở ", A(ad(r, "VN")), " đúng ko ạ")
    return "vi", b


@kind("ar_clinic_appointment_whatsapp")
def k_ar_clinic(r):
    p = native(r, "ar", g="m")
    cc = r.choice(["AE", "SA", "EG"])
    b = B()
    b.line(f"واتساب · عيادة {r.choice(['الشفاء', 'النور لطب الأسنان', 'ابتسامة'])}")
    b.line(f"{hhmm(r)} العيادة: مرحباً ", P(p.given), "، نذكرك بموعدك غداً الساعة ", hhmm(r), " مع د. ", P(r.choice(NATIVE["ar"][1])))
    b.line(f"{hhmm(r)} المريض: شكراً، ممكن أخي ", P(native(r, "ar", g="m").given), " يحضر بدلاً مني؟ رقمه ", T(ph(r, cc)))
    b(f"{hhmm(r)} العيادة: نعم، نحتاج الاسم الكامل: ", P(p.given + " " + p.surname))
    return "ar", b


@kind("hinglish_coaching_centre_enquiry")
def k_hinglish(r):
    p = person(r, "in")
    b = B()
    b.line(f"WhatsApp enquiry · {r.choice(['Pioneer IIT-JEE Classes', 'Sharma Tutorials', 'Bright Future NEET Academy'])}")
    b.line(f"{hhmm(r)} Parent: namaste sir, mere bete ", P(person(r, 'in', g="m").given), " ke liye NEET batch ka fees bataiye")
    b.line(f"{hhmm(r)} Centre: Namaste ji 🙏 aapka naam aur number?")
    b.line(f"{hhmm(r)} Parent: ", P(p.full), ", ", T(ph(r, "IN")))
    b.line(f"{hhmm(r)} Centre: Fees {price(r, '₹')} hai, demo class ", P(r.choice(["Suresh", "Lakshmi", "Venkatesh"])), " sir lenge")
    b(f"{hhmm(r)} Parent: theek hai, ghar ", A(ad(r, "IN")), " ke paas hi hai aapka centre?")
    return "hi", b


@kind("portaria_recado_condominio")
def k_portaria(r):
    b = B()
    b.line(f"Livro da portaria — {r.choice(['Cond. Jardim das Acácias', 'Edifício Solar do Leme'])} — {date_s(r)}")
    for _ in range(r.randint(3, 5)):
        v = r.randint(0, 3)
        p = person(r, "br", g={1: "f", 2: "f", 3: "m"}.get(v))
        if v == 0:
            b.line(f"{hhmm(r)} Encomenda Mercado Livre p/ apto {r.randint(101, 1204)} (", P(p.western), "), recebida por ", P(person(r, "br").given))
        elif v == 1:
            b.line(f"{hhmm(r)} Visitante ", P(p.full), " autorizada pelo apto ", str(r.randint(101, 1204)), ", tel ", T(ph(r, "BR")))
        elif v == 2:
            b.line(f"{hhmm(r)} Dona ", P(p.given), " pediu p/ avisar o síndico sobre vazamento")
        else:
            b.line(f"{hhmm(r)} Seu ", P(p.given), " (entregador iFood) esperou 20 min, moto placa anotada")
    b("Correspondência devolvida: destinatário ", P(person(r, "br").full), ", endereço ", A(ad(r, "BR")))
    return "pt", b


@kind("troca_produto_chat_loja_online")
def k_troca(r):
    p = person(r, "br")
    b = B()
    b.line(f"Atendimento · pedido {order_no(r)}")
    b.line(f"{hhmm(r)} Cliente: oi, o tênis veio numeração errada, quero trocar")
    b.line(f"{hhmm(r)} Atendente ", P(r.choice(NAMES["br"][0])), ": claro! me confirma nome completo e CEP?")
    b.line(f"{hhmm(r)} Cliente: ", P(p.full.lower() if r.random() < 0.5 else p.full))
    b.line(f"{hhmm(r)} Cliente: ", A(ad(r, "BR", r.random() < 0.5)))
    b.line(f"{hhmm(r)} Atendente: a coleta será feita pelos Correios. algum telefone?")
    b(f"{hhmm(r)} Cliente: ", T(ph(r, "BR")), r.choice(["", " é o zap", " (do meu marido, ", ]))
    if b.parts[-1].startswith(" (do"):
        b(P(person(r, "br").given), ")")
    return "pt", b


@kind("reservacion_restaurante_llamada")
def k_mx_resto(r):
    p = person(r, "mx", g="f")
    b = B()
    b.line(f"Transcripción llamada — {r.choice(['Restaurante La Casona', 'Cantina El Farolito', 'Pujol-ish Bistro'])} — {hhmm(r)}")
    b.line("Host: buenas noches, ¿para cuántas personas?")
    b.line("Cliente: para ocho, el sábado, es el cumple de mi suegra, doña ", P(person(r, "mx", g="f").given))
    b.line("Host: perfecto, ¿a nombre de quién?")
    b.line("Cliente: ", P(p.full), r.choice([", con hache", ", con zeta al final", ""]))
    b.line("Host: ¿un teléfono?")
    if r.random() < 0.5:
        b.line("Cliente: ", T(ph(r, "MX")))
    else:
        b.line("Cliente: ", T(ph(r, "MX")), ", o el de mi esposo ", P(person(r, "mx", g="m").given), ", ", T(ph(r, "MX", False)))
    b("Host: listo, mesa en terraza. Pedimos anticipo de ", price(r, "MX$"), ". Por favor no use la calle ", L("Álvaro Obregón"), ", está cerrada.")
    return "es", b


@kind("fashion_store_order_dm_lagos")
def k_ng_dm(r):
    p = person(r, "ng")
    b = B()
    b.line(f"IG DM · {r.choice(['@adireclosetng', '@lagosthreads', '@ankarabyzee'])}")
    b.line("Customer: good evening ma, is the ankara two-piece still available in size 12?")
    b.line("Store: yes dear 😍 ₦" + f"{r.randint(18, 65)},000" + ". send name, address and phone for dispatch")
    b.line("Customer: ", P(p.full))
    b.line("Customer: ", A(ad(r, "NG")))
    if r.random() < 0.5:
        b.line("Customer: ", T(ph(r, "NG")), r.choice(["", " (WhatsApp)"]))
    else:
        b.line("Customer: ", T(ph(r, "NG")), " or call my sister ", P(person(r, "ng", g="f").given), " ", T(ph(r, "NG")))
    b(r.choice(["Store: noted ", "Store: thank you "]), P(p.given), r.choice(["! rider goes out tomorrow", ", dispatch Friday. God bless"]))
    return "en", b


@kind("furniture_delivery_rebook_call")
def k_za_call(r):
    p = person(r, "za")
    b = B()
    b.line(f"Outbound call {D(r, 7)} — delivery rebook — agent ", P(r.choice(["Thandiwe", "Pieter", "Kagiso"])))
    b.line(f"[{ts(r)}] Agent: Good morning, may I speak to ", r.choice(["Mrs ", "Ms "]), P(p.surname), "?")
    b.line(f"[{ts(r)}] Customer: speaking")
    b.line(f"[{ts(r)}] Agent: your couch from order {order_no(r)} couldn't be delivered, the guard at the complex said nobody was home")
    b.line(f"[{ts(r)}] Customer: eish, my husband ", P(person(r, "za", g="m").given), " was there! the address is ", A(ad(r, "ZA")))
    b.line(f"[{ts(r)}] Agent: noted, Tuesday between 8 and 12. driver will call from ", T(ph(r, "ZA")))
    b(f"[{ts(r)}] Customer: fine, but load-shedding is 10 till 12 so the gate won't open")
    return "en", b


@kind("wedding_caterer_whatsapp_india")
def k_caterer(r):
    p = person(r, "in", g="f")
    b = B()
    dd = date_s(r, "short")
    b.line(f"WhatsApp · {r.choice(['Shree Krishna Caterers', 'Anand Bhoj Caterers', 'Royal Rasoi Events'])}")
    b.line(f"[{dd}, {hhmm(r)}] ", P(p.full), ": Sangeet on 14th, 350 pax, pure veg, Jain food for 40")
    b.line(f"[{dd}, {hhmm(r)}] Caterer: Noted ji. Venue?")
    b.line(f"[{dd}, {hhmm(r)}] ", P(p.given), ": ", A(ad(r, "IN")), " (lawn), coordinate with my brother-in-law ",
           P(person(r, "in", g="m").given), " ", T(ph(r, "IN")))
    groom = person(r, "in", g="m")
    b(f"[{dd}, {hhmm(r)}] Caterer: Advance {price(r, '₹')} via UPI please. Menu card will say '", P(p.given), " weds ",
      P(groom.given), "' right?")
    return "en", b


@kind("perfume_store_instagram_dm_dubai")
def k_ae_dm(r):
    p = person(r, "ar", g="m")
    b = B()
    b.line(f"Instagram DM · {r.choice(['@oudhouse.dxb', '@amberandmusk', '@layalifragrances'])}")
    b.line("Customer: salam, is Layali Rose 100ml in stock? want it as gift")
    b.line("Store: wa alaikum salam! yes AED " + str(r.randint(190, 890)) + ". name and delivery address?")
    b.line("Customer: ", P(p.western), ", ", A(ad(r, "AE")))
    w = r.choice(["Noor", "Layla", "Mariam", "Salma"])
    b.line("Customer: pls write on card 'for my ", P(w), " 🌹' — she is my wife")
    b("Customer: courier can call ", T(ph(r, "AE")), r.choice(["", " after isha", " not before 11"]))
    return "en", b


@kind("dostawa_mebli_rozmowa_telefoniczna")
def k_pl_call(r):
    p = person(r, "pl")
    b = B()
    b.line(f"Nagranie rozmowy {D(r, 8)} — infolinia — {hhmm(r)}")
    b.line("Konsultant: dzień dobry, ", P(r.choice(NAMES["pl"][0])), ", w czym mogę pomóc?")
    b.line("Klient: dzień dobry, ", P(p.full), ", dzwonię w sprawie dostawy narożnika, zamówienie ", D(r, 8))
    b.line("Konsultant: proszę potwierdzić adres dostawy")
    b.line("Klient: ", A(ad(r, "PL")), ", domofon nie działa, proszę dzwonić na ", T(ph(r, "PL")))
    b(r.choice(["Konsultant: dostawa w czwartek, kierowca pan ", "Konsultant: przekażę kierowcy, panu "]), P(person(r, "pl", g="m").given))
    return "pl", b


@kind("car_dealer_followup_prose_email")
def k_dealer(r):
    p = person(r, r.choice(["en", "mx", "ko", "vi", "ar", "in"]))
    sp = person(r, "en")
    b = B()
    b.line("From: ", P(sp.western), " <", E(work_email(sp, r.choice(["sunsetmotors.example", "lakeviewhonda.example"]))), ">")
    b.line("To: ", E(email_for(r, p)))
    b.line("Subject: Following up on your test drive")
    b.line("")
    b("Hi ", P(p.given), ",\n\nit was great to meet you and ", P(person(r, p.cult).given),
      " on Saturday. As promised I spoke with our finance manager, ", P(person(r, 'en').western),
      ", about the pre-approval; with the SSN you gave on the credit form (", S(ssn(r)), ") we got a tier-1 rate, so the "
      "monthly on the CR-V would be ", price(r, "$"), ". I can hold the Summer Blue one until Thursday.\n\n")
    b("If it's easier, text me on ", T(ph(r, "US")), ". We can also deliver it to ", A(ad(r, "US")), ".\n\nBest,\n", P(sp.given))
    return "en", b


@kind("wedding_venue_enquiry_quoted_thread")
def k_venue(r):
    cc = r.choice(["GB", "IE", "IT", "PT"])
    p = person(r, r.choice(["en", "ie", "in", "ng"]))
    pa = person(r, r.choice(["en", "it", "pt", "pl"]))
    co = person(r, "en")
    b = B()
    b.line("Subject: Re: Re: availability June 2026")
    b.line("")
    b("Hi ", P(p.given), " and ", P(pa.given), ",\n\nthe 13th is yours! I've pencilled you in and ", P(co.given),
      " from our kitchen will send the tasting menu. Deposit details attached.\n\n", P(r.choice(["Rose", "Hope", "Faith"])), "\nEvents Coordinator\n\n")
    b.line("> On ", date_s(r), ", ", P(p.western), " <", E(email_for(r, p)), "> wrote:")
    b.line("> Hi! We're looking at the 13th or 20th, ~110 guests. My fiancé's parents live nearby at")
    b.line("> ", A(ad(r, cc)), " so we'd love a room for them.")
    b("> You can call me on ", T(ph(r, r.choice(["GB", "IE"]))), ". Thanks so much, ", P(p.given))
    return "en", b


@kind("airport_lounge_desk_handover")
def k_lounge(r):
    b = B()
    b.line(f"LOUNGE DESK HANDOVER {hhmm(r)} — T{r.randint(1, 5)}")
    for _ in range(r.randint(3, 5)):
        p = person(r, r.choice(["en", "ja", "ar", "de", "zh", "in", "fr", "ko"]))
        v = r.randint(0, 3)
        if v == 0:
            b.line("- ", P(p.surname.upper() + "/" + p.given.upper()), f" (flight {r.choice(['BA', 'EK', 'LH', 'JL'])}{r.randint(10, 999)}) left passport at seat 24, holding at desk")
        elif v == 1:
            b.line("- guest ", P(p.western), " complained re shower wait, gave voucher, contact ", E(email_for(r, p)))
        elif v == 2:
            b.line("- ", P(p.given), " from ops says gate change for ", f"{r.choice(['QR', 'AF', 'SQ'])}{r.randint(10, 999)}")
        else:
            b.line("- wheelchair for ", P(p.full), f" at {hhmm(r)}, daughter's mobile ", T(ph(r, r.choice(["GB", "FR", "JP", "AE"]))))
    b("- Wi-Fi guest code rotated: summer2025 (not a person!)")
    return "en", b


@kind("outbound_survey_dialer_sheet")
def k_dialer(r):
    de = r.random() < 0.5
    b = B()
    b.line("Kundenzufriedenheit — Wählliste Kampagne Q3" if de else "CSAT outbound — dialer sheet, batch " + str(r.randint(3, 40)))
    b.line("Nr;Name;Telefon;Ergebnis" if de else "#,name,phone,outcome")
    for i in range(r.randint(4, 7)):
        p = person(r, r.choice(["de", "de", "tr", "pl", "it"]) if de else r.choice(["en", "en", "in", "ie", "ng", "vi"]))
        cc = r.choice(["DE", "AT"]) if de else r.choice(["GB", "IE", "US"])
        sep = ";" if de else ","
        nm = p.surname + " " + p.given if de else p.caller(r)
        if not de and "," in nm:
            nm = f'"{nm}"'
            b(f"{i + 1}{sep}\"", P(nm[1:-1]), "\"" + sep)
        else:
            b(f"{i + 1}{sep}", P(nm), sep)
        b(T(ph(r, cc, False)), sep)
        b.line(r.choice(["erreicht, 9/10", "AB", "kein Interesse", "Rückruf Di"] if de else ["reached, 8/10", "VM", "wrong number", "call back Tue", "DNC"]))
    if de:
        b("Hinweis: Kunde ", P(person(r, "de").surname), " will nicht mehr angerufen werden (Sperrliste)")
    else:
        b("Note: ", P(person(r, "en").western), " asked to be removed — add to DNC")
    return ("de" if de else "en"), b


@kind("car_wash_membership_dispute_email")
def k_carwash(r):
    p = person(r, r.choice(["en", "mx", "vi", "ko"]))
    b = B()
    b.line("To: ", E("support@" + r.choice(["sparklewash.example", "tidalwave-carwash.example"])))
    b.line("From: ", E(email_for(r, p)))
    b.line("Subject: charged after cancelling unlimited wash club!!!")
    b.line("")
    b("I cancelled in person at the ", L(r.choice(["Tampa", "Austin", "Denver"])), " location on ", date_s(r, "mdy"),
      " with a manager named ", P(r.choice(["Chase", "Hunter", "Cody", "Brandon"])), ". You still charged my card ending ", D(r, 4),
      " AND my wife's card ", C(card(r)), ". My plate is on file. Refund both or I'm disputing with the bank.\n\n")
    b(P(p.western), "\n", T(ph(r, "US")), "\n", A(ad(r, "US", True)))
    return "en", b


@kind("optician_collection_call_log")
def k_optician(r):
    cc = r.choice(["GB", "IE", "AU"])
    b = B()
    b.line(f"Collections — glasses ready — called {date_s(r)}")
    for _ in range(r.randint(3, 6)):
        p = person(r, r.choice(["en", "ie", "in", "pl", "za", "zh"]))
        b(P(r.choice([p.caller(r), p.western, p.initial_first()])), f" — {r.choice(['varifocals', 'Ray-Ban RB2140', 'Oakley frames', 'contact lenses x6'])} — ")
        b(T(ph(r, cc, False)), " — ")
        b.line(r.choice(["LM", "no answer", "coming Sat", "wants delivery"]))
    b("Mr ", P(person(r, "en").surname), "'s glasses were collected by his son ", P(person(r, "en", g="m").given))
    return "en", b


@kind("street_fundraiser_tablet_sync_notes")
def k_fundraiser(r):
    de = r.random() < 0.5
    cc = "DE" if de else "GB"
    b = B()
    b.line("Standaktion Fußgängerzone — Tagesbericht" if de else "F2F fundraising — shift notes")
    for _ in range(r.randint(2, 4)):
        p = person(r, "de" if de else r.choice(["en", "in", "pl"]))
        b(P(p.full), ", ", T(ph(r, cc)), ", ")
        if r.random() < 0.6:
            b(I(iban(r, cc)), ", ")
        b.line(f"{r.randint(5, 25)} €/Monat" if de else f"£{r.randint(5, 25)}/month")
    b("Tablet sync failed for " if not de else "Tablet-Sync fehlgeschlagen bei ", P(person(r, "de" if de else "en").given),
      " — morgen nachtragen" if de else " — re-enter tomorrow")
    return ("de" if de else "en"), b


@kind("cinema_private_hire_enquiry")
def k_cinema(r):
    p = person(r, r.choice(["en", "ie", "ng", "in"]))
    b = B()
    b.line(f"Web enquiry {D(r, 6)} — private hire")
    b.line("Name: ", P(p.western))
    b.line("Phone: ", T(ph(r, r.choice(["GB", "IE"]))))
    b.line("Email: ", E(email_for(r, p)))
    b("Message: hi, we'd like Screen 3 for my son ", P(person(r, p.cult, g="m").given), "'s 10th, showing Harry Potter and the Philosopher's Stone. "
      "About 20 kids + parents. My friend ", P(person(r, "en").given), " did one last year and said to ask for ", P(r.choice(["Will", "Joy", "Dawn"])), ".")
    return "en", b


@kind("yoga_studio_class_swap_chat")
def k_yoga(r):
    sv = r.random() < 0.5
    cc = "SE" if sv else r.choice(["GB", "AU"])
    b = B()
    ps = [person(r, "sv" if sv else "en") for _ in range(3)]
    if sv:
        b.line("Yin & Flow — medlemschatt 🧘")
        b.line(f"{hhmm(r)} ", P(ps[0].given), ": någon som vill byta min plats på tisdag kl 18 mot torsdag?")
        b.line(f"{hhmm(r)} ", P(ps[1].western), ": jag tar den! sms:a mig ", T(ph(r, cc)))
        b(f"{hhmm(r)} Studio: bra, vi flyttar bokningen. OBS ", P(ps[2].given), " vikarierar för ", P(person(r, "sv").given), " i veckan")
        return "sv", b
    b.line("Sunrise Yoga members 🧘")
    b.line(f"{hhmm(r)} ", P(ps[0].given), ": anyone want my Tues 6pm spot for a Thurs?")
    b.line(f"{hhmm(r)} ", P(ps[1].western), ": me!! text me on ", T(ph(r, cc)))
    b(f"{hhmm(r)} Studio: done 🙏 heads up ", P(ps[2].given), " is covering for ", P(r.choice(["Hope", "Summer", "Iris"])), " this week")
    return "en", b


@kind("store_pickup_authorisation_letter")
def k_pickup(r):
    fr = r.random() < 0.5
    cc = "FR" if fr else r.choice(["GB", "IE", "CA"])
    p, q = person(r, "fr" if fr else "en"), person(r, "fr" if fr else r.choice(["en", "pl", "ng"]))
    b = B()
    if fr:
        b.line("PROCURATION — retrait de commande")
        b("Je soussigné(e) ", P(p.full), ", demeurant ", A(ad(r, cc)), ", autorise ", P(q.full),
          " à retirer en mon nom la commande n° ", D(r, 9), " au magasin de ", L(cty(r, "FR")), ".\n")
        b(f"Fait le {date_s(r)}. Tél. : ", T(ph(r, cc)), "\nSignature : ", P(p.given[0] + ". " + p.surname))
        return "fr", b
    b.line("LETTER OF AUTHORITY")
    b("I, ", P(p.western), ", of ", A(ad(r, cc)), ", authorise ", P(q.western), " to collect order ", order_no(r),
      " on my behalf. Contact me on ", T(ph(r, cc)), " if you need to verify.\nSigned ", P(p.given[0] + " " + p.surname))
    return "en", b


@kind("brand_lookalike_campaign_recap")
def k_brand_recap(r):
    b = B()
    b.line(f"Campaign recap — {r.choice(['Q2', 'Summer', 'Back to School'])} — no customer data")
    b.line(f"- '{r.choice(['Hope', 'Grace', 'Joy'])} & Co' candle line outsold Jo Malone dupes {r.randint(2, 5)}:1")
    b.line(f"- Ted Baker and Tommy Hilfiger co-op ads: CTR {r.randint(1, 9)}.{r.randint(0, 9)}%")
    b.line(f"- 'Will it blend?' reel reached {r.randint(10, 900)}k, promo code ROSE{r.randint(10, 40)}")
    if r.random() < 0.5:
        b.line("- Ben & Jerry's sampling in ", L(r.choice(["Manchester", "Leeds", "Dublin"])), " and ", L(r.choice(["Glasgow", "Cork", "Bristol"])))
    else:
        b.line(f"- Ben & Jerry's sampling: {r.randint(3, 12)} stores, {r.randint(2, 9)}k scoops, SKU BJ-{D(r, 5)}")
    b(f"- next: Dr. Martens x Paul Smith drop, order ref {order_no(r)}, build v{r.randint(2, 9)}.{r.randint(10, 40)}.{r.randint(0, 9)}.{r.randint(300, 999)}")
    return "en", b


@kind("store_locator_update_ticket")
def k_locator(r):
    de = r.random() < 0.5
    b = B()
    if de:
        b.line(f"Ticket {ticket(r)} — Filialfinder aktualisieren")
        b("Filiale ", L(cty(r, "DE")), " zieht um von der ", L(r.choice(["Goethestraße", "Karl-Marx-Straße", "Schillerplatz"])), " nach ",
          A(ad(r, "DE")), ". Neue Telefonnummer der Filiale: ", T(ph(r, "DE", False)),
          ". Öffnungszeiten bleiben. Filialleitung: ", P(person(r, "de").western), ".")
        return "de", b
    b.line(f"Ticket {ticket(r)} — store locator update")
    cc, city, st = r.choice([("US", "Boston", "Martin Luther King Jr Blvd"), ("GB", "Bristol", "Abbey Road"), ("AU", "Sydney", "Queen Street")])
    b("Our ", L(city), " store on ", L(st), " closes; new site ", A(ad(r, cc)),
      ". Store manager ", P(person(r, "en").western), ", direct line ", T(ph(r, cc)), ". (The 'Paris Baguette' franchise next door is not ours.)")
    return "en", b


@kind("product_review_brand_names_moderation")
def k_review_brands(r):
    b = B()
    b.line(f"Review queue — {r.randint(3, 9)} pending — moderator notes")
    p = person(r, r.choice(["en", "de", "ng"]))
    b.line(f"1) \"The Marc Jacobs Daisy smells nothing like my old one. Calvin Klein Eternity lasts longer.\" — OK, no PII")
    b.line(f"2) \"Bought the Alexa speaker for my mum, Siri on my phone keeps waking up lol\" — OK")
    b.line("3) \"", P(r.choice(["Grant", "Will", "Rose"])), " at the till was so rude, gave me a Jack Daniel's gift set I didn't ask for\" — staff name, remove before publishing")
    b.line("4) \"Order went to ", A(ad(r, r.choice(["GB", "US"]))), " instead of my flat, call me ", T(ph(r, r.choice(["GB", "US"]))), "\" — reject, contains contact details")
    b("5) \"Hugo Boss jacket fits like a dream — thanks ", P(p.given), "!\" — staff first name only, ok per policy?")
    return "en", b


@kind("social_comment_escalation_log")
def k_social_esc(r):
    b = B()
    b.line(f"Escalation — Facebook comments on post {D(r, 15)}")
    p = person(r, r.choice(["en", "en", "ng", "ar", "in"]))
    b.line(f"Commenter profile: ", P(p.western), " (", r.choice(["public", "locked"]), " profile)")
    b.line("Comment: \"been waiting 3 weeks for my refund. your agent ", P(r.choice(["Hope", "Will", "Grant", "Amber"])),
           " promised a callback on ", T(ph(r, "GB", False)), " and nothing\"")
    b.line("Reply posted: \"So sorry ", P(p.given), ", we've DM'd you 💬\"")
    b.line("Security: same user also posted from ", IPA(ip(r)), " with a different account name ", P(person(r, "en").western))
    b(f"Assigned to: social tier 2 · SLA {r.randint(2, 24)}h · case {ticket(r)}")
    return "en", b


@kind("spanglish_support_chat_us")
def k_spanglish(r):
    p = person(r, "mx")
    b = B()
    b.line(f"Chat · {r.choice(['WirelessNow', 'CasaMueble USA', 'ElectroMax'])} · {date_s(r, 'mdy')}")
    b.line("Customer: hola, my phone bill salió muy alto this month, $" + str(r.randint(120, 400)))
    b.line("Agent ", P(r.choice(["Jesús", "Ximena", "Tyler"])), ": Hi! Claro que sí, can I get the account holder name?")
    b.line("Customer: ", P(p.full), ", pero the line is for my hija ", P(person(r, "mx", g="f").given))
    b.line("Agent: gracias. And the number?")
    b.line("Customer: ", T(ph(r, "US")))
    b(r.choice(["Customer: también cambié de casa, ahora vivo en ", "Customer: new address btw "]), A(ad(r, "US")))
    return "es", b


@kind("hairdresser_noshow_callback_log")
def k_hair(r):
    de = r.random() < 0.5
    cc = "DE" if de else r.choice(["GB", "IE"])
    b = B()
    b.line("No-Shows diese Woche — bitte anrufen" if de else "No-shows this week — call & rebook")
    for _ in range(r.randint(3, 6)):
        p = person(r, r.choice(["de", "tr", "pl", "ar"]) if de else r.choice(["en", "ie", "pl", "ng"]))
        b(f"{r.choice(['Mo', 'Di', 'Mi', 'Do', 'Fr'] if de else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {hhmm(r)} — ")
        b(P(r.choice([p.western, p.given, p.surname.upper()])), " — ", T(ph(r, cc, False)), " — ")
        b.line(r.choice(["Balayage", "Herrenschnitt", "Färben"] if de else ["balayage", "gents cut", "root touch-up"]), " bei " if de else " w/ ", P(r.choice(["Jessy", "Mandy", "Kev", "Summer", "Rose"])))
    if de:
        b("Stammkundin ", P(person(r, "de", g="f").given), " nicht berechnen, war im Krankenhaus")
    else:
        b("Regular ", P(person(r, "en").given), " — don't charge, was in hospital")
    return ("de" if de else "en"), b


@kind("cafe_stamp_card_kakao_dm")
def k_ko_cafe(r):
    p = native(r, "ko")
    b = B()
    b.line(f"채널 상담 · {r.choice(['카페 오늘', '브루잉랩', '소소한 커피'])}")
    b.line(f"{hhmm(r)} 고객: 안녕하세요 스탬프 10개 다 모았는데 적립이 안 돼요")
    b.line(f"{hhmm(r)} 매장: 안녕하세요! 가입하신 휴대폰 번호 알려주시겠어요?")
    b.line(f"{hhmm(r)} 고객: ", T(ph(r, "KR")), " 이고 이름은 ", P(p.surname + p.given), "입니다")
    b(f"{hhmm(r)} 매장: 확인했습니다 ", P(p.given), " 님! 어제 근무한 ", P(native(r, "ko").given), " 씨가 누락했네요. 아메리카노 쿠폰 발급해 드렸어요 ☕")
    return "ko", b


@kind("tea_shop_wechat_order")
def k_zh_tea(r):
    p = native(r, "zh")
    b = B()
    b.line(f"微信 · {r.choice(['茗香茶庄', '云南普洱专卖', '老李茶铺'])}")
    b.line(f"{hhmm(r)} 客户：老板，明前龙井还有吗？要两斤送人")
    b.line(f"{hhmm(r)} 店家：有的，{price(r, '¥')}。收件人信息发我一下")
    b.line(f"{hhmm(r)} 客户：", P(p.surname + p.given), " ", T(ph(r, "CN")), " ", A(ad(r, "CN")))
    b(f"{hhmm(r)} 客户：帮我写张卡片“祝", P(native(r, "zh").surname), "老师生日快乐”，谢谢")
    return "zh", b


@kind("ryokan_inquiry_email_en_ja")
def k_ryokan(r):
    p = person(r, r.choice(["en", "de", "fr", "ko"]))
    host = person(r, "ja")
    b = B()
    b.line("Subject: Re: 2 nights in November — dietary + pick-up")
    b.line("")
    b("Dear ", P(p.western), " sama,\n\nthank you for your reply. ", P(host.surname), "-san (our okami) will meet you at ",
      L(r.choice(["Kinosaki Onsen", "Hakone-Yumoto", "Kanazawa"])), " station. Please tell us if your son ", P(person(r, p.cult, g="m").given),
      " can eat raw fish.\n\nFor emergencies call ", T(ph(r, "JP")), ".\n\n", P(native(r, "ja").surname), " / 予約係\n\n")
    b("> Our address while in Tokyo: ", A(ad(r, "JP")))
    return "en", b


@kind("vat_invoice_request_chat")
def k_vat(r):
    fr = r.random() < 0.5
    b = B()
    p = person(r, "fr" if fr else "de")
    comp = faker_for("fr" if fr else "de").company()
    cc = "FR" if fr else "DE"
    if fr:
        b.line("Chat — demande de facture")
        b.line("Client : bonjour, j'ai besoin d'une facture au nom de la société ", comp, " pour la commande ", order_no(r))
        b.line("Agent ", P(r.choice(NAMES["fr"][0])), " : bien sûr, adresse de facturation ?")
        b.line("Client : ", A(ad(r, cc)), ", à l'attention de ", P(p.full))
        b("Client : et envoyez-la à ", E(work_email(p, fold(comp.split()[0]).lower().strip(",.") + ".fr")), ", merci")
        return "fr", b
    b.line("Chat — Rechnung auf Firma")
    b.line("Kunde: hallo, bitte Rechnung auf ", comp, " ausstellen, Bestellung ", order_no(r))
    b.line("Agentin ", P(r.choice(NAMES["de"][0])), ": gern, Rechnungsadresse?")
    b.line("Kunde: ", A(ad(r, cc)), ", z. Hd. ", P(p.western))
    b("Kunde: USt-IdNr DE", D(r, 9), ", PDF an ", E(work_email(p, fold(comp.split()[0]).lower().strip(",.") + ".de")))
    return "de", b


@kind("account_lockout_ip_support_chat")
def k_lockout(r):
    cc = r.choice(["US", "GB", "DE", "BR"])
    p = person(r, CULT_OF[cc])
    b = B()
    b.line(f"Support chat {ticket(r)} · account locked")
    b.line("Customer: i cant log in, says too many attempts?? i'm ", P(p.western), ", ", E(email_for(r, p)))
    b.line("Agent: I see failed logins from ", IPA(ipv4(r)), " and ", IPA(ip(r)), ". Is either you?")
    b.line("Customer: the first one maybe, i was at my sister ", P(person(r, p.cult).given), "'s in ", L(cty(r, cc)))
    b(f"Agent: ok, resetting. Our app v{r.randint(3, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)} had a bug with saved passwords; update and you're good.")
    return "en", b


@kind("sprachnachricht_lieferfahrer_transkript")
def k_voice_de(r):
    words = {"0": "null", "1": "eins", "2": "zwo", "3": "drei", "4": "vier", "5": "fünf", "6": "sechs", "7": "sieben", "8": "acht", "9": "neun"}
    raw = "".join(c for c in ph(r, "DE", False) if c.isdigit())
    sp = " ".join(words[d] for d in raw[:4]) + ", " + " ".join(raw[4:7]) + " " + " ".join(words[d] for d in raw[7:])
    d = person(r, r.choice(["de", "tr", "pl", "ar", "slav"]), g="m")
    b = B()
    b.line(f"Sprachnachricht ({r.randint(0, 1)}:{r.randint(10, 59)}) – automatisch transkribiert")
    b("ja hallo hier ist der ", P(d.given), " vom Lieferdienst, ich steh vor ", A(ad(r, "DE")),
      " aber da ist kein Name ", P(person(r, "de").surname), " an der Klingel, ähm, rufen Sie mich bitte zurück unter ", T(sp),
      ", sonst geb ich's beim Nachbarn ab, bei ", P(person(r, "de").surname), " im Erdgeschoss, tschüss")
    return "de", b


@kind("expat_tenant_welcome_prose_email")
def k_expat(r):
    ko = native(r, "ko")
    b = B()
    kos = r.choice(["Oh", "Han", "Yoon", "Park", "Lim"])
    vi1, vi2 = r.choice(["Lan", "Minh", "Hoa", "Vy", "Nam"]), r.choice(["Tuấn", "An", "Linh", "Huy"])
    b.line("Subject: welcome pack + who's who")
    b.line("")
    b("Hi all,\n\nwelcome to the new building! Quick who's who: Mr ", P(kos), " on the 4th floor runs the residents' WhatsApp, ",
      P(vi1), " and ", P(vi2), " at reception speak Vietnamese and English, and ", P(r.choice(["Said", "Hope", "Grant"])),
      " is our night concierge (say hi!). If the lift breaks, ", P(ko.surname + ko.given) if r.random() < 0.3 else P(r.choice(["Ji-ho", "Min-jun", "Soo-ah"])),
      " from maintenance is on ", T(ph(r, r.choice(["KR", "VN", "GB"]))), ".\n\n")
    b("Parcels go to the locker at ", A(ad(r, "GB")), "; please don't give couriers your flat number.\n\nHope that helps,\nBuilding management")
    return "en", b


@kind("hotel_late_checkout_whatsapp")
def k_late(r):
    it = r.random() < 0.5
    b = B()
    p = person(r, r.choice(["en", "de", "fr", "nl"]))
    if it:
        b.line(f"WhatsApp · Hotel {r.choice(['Belvedere', 'Due Torri', 'La Pergola'])} reception")
        b.line(f"{hhmm(r)} Ospite: hi, room 312, can we have late checkout? flight at 6pm")
        b.line(f"{hhmm(r)} Reception (", P(r.choice(NAMES["it"][0])), "): certo! fino alle 14 gratis. nome della prenotazione?")
        b.line(f"{hhmm(r)} Ospite: ", P(p.western), ", also my friend ", P(person(r, p.cult).given), " in 214")
        b(f"{hhmm(r)} Reception: perfetto, se serve un taxi chiamate ", T(ph(r, "IT")), ". Buon viaggio!")
        return "it", b
    b.line("WhatsApp · Seaview Hotel front desk")
    b.line(f"{hhmm(r)} Guest: late checkout possible? ", P(p.western), ", room 508")
    b.line(f"{hhmm(r)} Front desk (", P(r.choice(["Amber", "Will", "Joy"])), "): of course till 1pm. Shall we bill the card on file?")
    b(f"{hhmm(r)} Guest: no, use this one ", C(card(r)), " — the other is my company's")
    return "en", b


@kind("reclamation_declassement_fidelite")
def k_loyalty_fr(r):
    p = person(r, r.choice(["fr", "fr", "ar"]))
    b = B()
    b.line("De : ", P(p.full), " <", E(email_for(r, p, r.choice(["orange.fr", "gmail.com", "sfr.fr"]))), ">")
    b.line("Objet : passage de Gold à Silver ??")
    b.line("")
    b("Bonjour,\nje suis client depuis 2014 et je découvre que mon statut est rétrogradé. Pourtant j'ai voyagé avec ma fille ",
      P(person(r, p.cult, g="f").given), " à ", L(r.choice(["Lisbonne", "Marrakech", "Montréal"])), " en mars, réservé par votre conseiller ",
      P(person(r, "fr").western), ". Merci de me rappeler au ", T(ph(r, "FR")), ".\n", P(p.given[0] + ". " + p.surname.upper()))
    return "fr", b


@kind("newsletter_unsubscribe_angry_reply")
def k_unsub(r):
    de = r.random() < 0.4
    p = person(r, "de" if de else r.choice(["en", "ie", "in"]), g="f" if de else None)
    b = B()
    if de:
        b.line("AW: Ihr Wochenangebot 🔥 -30% auf Sommerdüfte")
        b("Ich habe mich dreimal abgemeldet!!! Nehmen Sie ", E(email_for(r, p)), " SOFORT aus dem Verteiler, sonst melde ich das "
          "dem Datenschutzbeauftragten. Und schreiben Sie nicht mehr an meinen verstorbenen Mann ", P(person(r, "de", g="m").western), ".\n", P(p.full), "\n\n")
        b("> Hallo ", P(p.given), ", unsere Sommer-Highlights sind da …")
        return "de", b
    b.line("RE: Your Weekly Picks 🔥 30% off Summer scents")
    b("STOP EMAILING ME. I have unsubscribed ", E(email_for(r, p)), " three times. Also stop sending post to ", A(ad(r, r.choice(["GB", "IE"]))),
      ", that's my ex's flat.\n", P(p.western), "\n\n")
    b("> Hi ", P(p.given), ", Summer is here and so are our best picks…")
    return "en", b


@kind("promo_sms_copy_review_no_pii")
def k_promo_neg(r):
    b = B()
    de = r.random() < 0.4
    if de:
        b.line(f"SMS-Texte zur Freigabe — Kampagne {r.choice(['Sommerfest', 'Black Week', 'Muttertag'])} (KEINE Kundendaten)")
        b.line(f"1) Hallo {{VORNAME}}, nur heute -20% auf Hugo Boss & Tommy Hilfiger! Code ROSE{r.randint(10, 99)}. Abmelden: STOP an 8{D(r, 4)}")
        b.line(f"2) Ihre Bestellung {order_no(r)} ist unterwegs: Sendung {tracking(r)}")
        b.line(f"3) Gutschein 9{D(r, 3)}-{D(r, 4)}-{D(r, 4)} (PIN {D(r, 4)}) gültig bis {date_s(r, 'dot')}")
        b(f"4) App-Version {r.randint(4, 9)}.{r.randint(10, 60)}.{r.randint(0, 9)}.{r.randint(300, 999)}, Hotline-Ticket {ticket(r)}")
        return "de", b
    b.line(f"SMS copy for sign-off — {r.choice(['Summer Sale', 'Mother’s Day', 'Hope Week'])} (template only, no customer data)")
    b.line(f"1) Hi {{first_name}}, Will you be ready for Summer? 25% off Ted Baker today only. Reply STOP to {r.randint(60000, 89999)}")
    b.line(f"2) Your order {order_no(r)} is on its way — track {tracking(r)}")
    b.line(f"3) Gift card 77{D(r, 2)} {D(r, 4)} {D(r, 4)} {D(r, 3)}, PIN {D(r, 4)}, expires {date_s(r, 'mdy')}")
    b.line(f"4) Case ref {r.choice(['000', '666', '912'])}-{D(r, 2)}-{D(r, 4)} (internal format, not an SSN)")
    b(f"5) Build {r.randint(10, 30)}.{r.randint(300, 999)}.{r.randint(0, 9)}.{r.randint(256, 999)} · meeting ID {D(r, 3)} {D(r, 4)} {D(r, 4)}")
    return "en", b


@kind("gift_card_balance_dispute_chat")
def k_giftcard(r):
    cc = r.choice(["US", "CA", "GB"])
    p = person(r, r.choice(["en", "mx", "in", "ko"]))
    b = B()
    b.line(f"Chat {ticket(r)} · gift cards")
    b.line(f"Customer: my gift card 7{D(r, 3)}-{D(r, 4)}-{D(r, 4)}-{D(r, 4)} shows $0 but I never used it!")
    b.line("Agent ", P(r.choice(["Cody", "Madison", "Latoya"])), ": sorry! who purchased it?")
    b.line("Customer: my aunt ", P(person(r, p.cult, g="f").western), ", she paid with her Visa I think")
    b.line("Agent: I can see a redemption online. The card used for the top-up was ", C(card(r, "visa", "space")), " — is that yours?")
    b.line("Customer: no!! mine is ", C(card(r)), ". so someone stole it")
    b(f"Agent: I'll open a claim. We'll reply to the email on file for ", P(p.western), f" within {r.randint(2, 5)} business days.")
    return "en", b


@kind("refund_to_bank_account_chat_eu")
def k_refund_iban(r):
    cc = r.choice(["NL", "BE", "IT", "ES", "PT", "IE", "AT", "FR", "DE", "PL", "SE"])
    lang = {"NL": "nl", "BE": "nl", "IT": "it", "ES": "es", "PT": "pt", "IE": "en", "AT": "de", "FR": "fr", "DE": "de", "PL": "pl", "SE": "sv"}[cc]
    cult = {"NL": "nl", "BE": "nl", "IT": "it", "ES": "es", "PT": "pt", "IE": "ie", "AT": "de", "FR": "fr", "DE": "de", "PL": "pl", "SE": "sv"}[cc]
    p = person(r, cult)
    T_ = {
        "nl": ("Klant: ik wil mijn geld terug op mijn rekening ", ", op naam van ", "Medewerker: dank je, we storten binnen 5 werkdagen. Bij vragen bellen we ", "Klant: ok, of bel mijn vriendin "),
        "it": ("Cliente: vorrei il rimborso sul conto ", ", intestato a ", "Operatore: grazie, accredito entro 5 giorni. La richiamiamo al ", "Cliente: ok, oppure chiamate mia sorella "),
        "es": ("Cliente: quiero el reembolso en la cuenta ", ", a nombre de ", "Agente: gracias, en 5 días hábiles. Le llamamos al ", "Cliente: vale, o llamen a mi pareja "),
        "pt": ("Cliente: quero o reembolso na conta ", ", em nome de ", "Agente: obrigado, em 5 dias úteis. Ligamos para o ", "Cliente: ok, ou liguem à minha mãe "),
        "en": ("Customer: please refund to ", ", account name ", "Agent: thanks, allow 5 working days. We'll call you on ", "Customer: grand, or ring my partner "),
        "de": ("Kunde: bitte zurück auf ", ", Kontoinhaber ", "Agent: danke, Gutschrift in 5 Werktagen. Wir rufen an unter ", "Kunde: ok, oder ruft meine Frau an, "),
        "fr": ("Client : remboursez sur ", ", titulaire ", "Agent : merci, sous 5 jours ouvrés. On vous rappelle au ", "Client : ok, ou appelez ma femme, "),
        "pl": ("Klient: proszę o zwrot na konto ", ", właściciel ", "Konsultant: dziękuję, 5 dni roboczych. Oddzwonimy na ", "Klient: ok, albo proszę dzwonić do żony, "),
        "sv": ("Kund: återbetala till ", ", kontoinnehavare ", "Agent: tack, inom 5 bankdagar. Vi ringer ", "Kund: ok, eller ring min sambo "),
    }[lang]
    b = B()
    b.line(f"Chat {ticket(r)} · {order_no(r)} · refund")
    b.line(T_[0], I(iban(r, cc)), T_[1], P(p.full))
    b.line(T_[2], T(ph(r, cc)))
    b(T_[3], P(person(r, cult).given))
    return lang, b


@kind("self_referral_ip_check_note")
def k_selfref(r):
    b = B()
    p = person(r, r.choice(["en", "in", "ng", "br", "de"]))
    q = person(r, p.cult)
    b.line(f"Referral review {ticket(r)} — possible self-referral")
    b.line("Referrer: ", P(p.western), " / ", E(email_for(r, p)), " / signup IP ", IPA(ipv4(r)))
    b.line("Referee: ", P(q.western), " / ", E(email_for(r, q)), " / signup IP ", IPA(ip(r)))
    b.line(f"Both used device fingerprint fp_{D(r, 6)}{r.choice('abcdef')}{D(r, 3)}; same delivery address ", A(ad(r, r.choice(["GB", "US", "IN", "NG", "BR", "DE"]))))
    b(r.choice(["Decision: hold bonus, ask ", "Decision: approve — "]), P(p.given), r.choice([" for proof of separate household", " confirmed referee is her flatmate"]))
    return "en", b


@kind("layaway_plan_signup_phone_call")
def k_layaway(r):
    p = person(r, r.choice(["en", "mx", "vi", "ng"]))
    b = B()
    b.line(f"Call notes — layaway / rent-to-own signup — store #{r.randint(100, 999)}")
    b.line("Customer: ", P(p.western), ", DOB ", dob(r, "mdy"))
    b.line("SSN given verbally: ", S(ssn(r)), r.choice(["", " (read back ok)"]))
    b.line("Cell: ", T(ph(r, "US")), " / work: ", T(ph(r, "US")))
    b.line("Address: ", A(ad(r, "US")))
    b(f"Item: Samsung 65\" QLED, plan 12 wks x {price(r, '$')}. Co-signer: ", P(person(r, p.cult).western))
    return "en", b


# ----------------------------------------------------------------------------------------------
# validation + main
# ----------------------------------------------------------------------------------------------
ALLOWED = {PER, PHONE, ADDR, EMAIL, CARD, IBAN, SSN, IP, LOC}


def check_sample(text, spans):
    for sp in spans:
        assert sp["type"] in ALLOWED, sp
        v = text[sp["start"]:sp["end"]]
        assert v, sp
        assert v == v.strip(), (sp, v)
        if sp["type"] == CARD:
            digits = "".join(c for c in v if c.isdigit())
            assert luhn_ok(digits) and len(digits) in (15, 16), v
            assert digits[0] in "3456" or digits[:2] in ("22", "23", "24", "25", "26", "27"), v
        if sp["type"] == IBAN:
            c = v.replace(" ", "")
            assert _iban_num(c[4:] + c[:4]) % 97 == 1, v
        if sp["type"] == SSN:
            d = "".join(c for c in v if c.isdigit())
            a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
            assert len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and s > 0, v
        if sp["type"] == EMAIL:
            assert "@" in v and " " not in v, v
    ss = sorted(spans, key=lambda x: (x["start"], x["end"]))
    for x, y in zip(ss, ss[1:]):
        # no span overlaps at all (covers PERSON / address / phone)
        assert x["end"] <= y["start"], (x, y, text[x["start"]:x["end"]], text[y["start"]:y["end"]])
    nlines = text.count("\n") + 1
    assert 1 <= nlines <= 25, nlines


def main():
    rng = random.Random(SEED)
    random.seed(SEED)
    k = len(KINDS)
    base, extra = divmod(N_SAMPLES, k)
    bonus = set(rng.sample(range(k), extra))
    plan = []
    for i, (name, fn) in enumerate(KINDS):
        plan += [(name, fn)] * (base + (1 if i in bonus else 0))
    rng.shuffle(plan)
    out, seen = [], set()
    for idx, (name, fn) in enumerate(plan):
        for attempt in range(20):
            r = random.Random(f"{SEED}-{idx}-{attempt}")
            reset_clock()
            lang, b = fn(r)
            text = b.text()
            if text not in seen:
                break
        seen.add(text)
        spans = sorted(b.spans, key=lambda x: (x["start"], x["end"]))
        check_sample(text, spans)
        out.append({"id": f"hard23-{idx + 1}", "kind": name, "lang": lang, "text": text, "spans": spans})
    assert len(out) == N_SAMPLES
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    from collections import Counter
    res = main()
    print(f"wrote {len(res)} samples to {OUT}")
    print("kinds:", len({o['kind'] for o in res}))
    print("langs:", dict(Counter(o["lang"] for o in res).most_common()))
    print("non-English share: %.1f%%" % (100 * sum(o["lang"] != "en" for o in res) / len(res)))
    print("types:", dict(Counter(s["type"] for o in res for s in o["spans"]).most_common()))
    print("phone countries (%d):" % len(PHONE_CC), " ".join(sorted(PHONE_CC)))
    print("address countries (%d):" % len(ADDR_CC), " ".join(sorted(ADDR_CC)))
    print("all countries (%d):" % len(COUNTRIES_USED), " ".join(sorted(COUNTRIES_USED)))
    print("samples without spans:", sum(1 for o in res if not o["spans"]))
