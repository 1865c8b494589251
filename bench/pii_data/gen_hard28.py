#!/usr/bin/env python3
"""Generator for blind evaluation set hard28 (author B).

Theme: personal data in machine shapes (payloads, dumps, logs, fixtures) and
text in non-Latin scripts.  Deterministic (seed 2828).  Writes hard28.jsonl
next to this file.

Conventions used on top of the common brief:
- A postal address written in one string is one STREET_ADDRESS span.
- When a machine record splits an address over separate fields, the
  street-line field(s) are STREET_ADDRESS and a city / country field
  standing in its own field is LOCATION; a bare postcode field is not labelled.
- Values are labelled exactly as written (JSON escapes, '+' for spaces in
  url-encoded bodies, native digits, full-width digits).
"""
import json
import os
import random

try:
    from faker import Faker
except Exception:  # Faker is optional
    Faker = None

SEED = 2828
R = random.Random(SEED)
N_SAMPLES = 400
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hard28.jsonl")


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, typ, s):
        if s == "":
            return self
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "piece": s})
        return self.t(s)

    # convenience for (type, value) tuples; type None = plain
    def v(self, tv):
        typ, s = tv
        return self.e(typ, s) if typ else self.t(s)

    def build(self):
        text = "".join(self.parts)
        spans = []
        for sp in self.spans:
            assert text[sp["start"]:sp["end"]] == sp["piece"], sp
            spans.append({"type": sp["type"], "start": sp["start"], "end": sp["end"]})
        spans.sort(key=lambda x: (x["start"], x["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b, text)
        return text, spans


def P(s):
    return ("PERSON", s)


def A(s):
    return ("STREET_ADDRESS", s)


def L(s):
    return ("LOCATION", s)


def PH(s):
    return ("PHONE_NUMBER", s)


def EM(s):
    return ("EMAIL_ADDRESS", s)


def IP(s):
    return ("IP_ADDRESS", s)


def CC(s):
    return ("CREDIT_CARD", s)


def IB(s):
    return ("IBAN_CODE", s)


def SSN(s):
    return ("US_SSN", s)


def T(s):
    return (None, s)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- faker (one extra source)
FK = {}
if Faker is not None:
    for loc in ["de_DE", "pt_BR", "es_MX", "fr_FR", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN",
                "id_ID", "sv_SE", "en_IN", "en_US", "ja_JP", "ko_KR", "zh_CN", "th_TH", "el_GR",
                "he_IL", "uk_UA", "ru_RU", "hi_IN", "bn_BD", "ta_IN", "zh_TW"]:
        try:
            f = Faker(loc)
            f.seed_instance(SEED)
            FK[loc] = f
        except Exception:
            pass


def fk_name(loc):
    f = FK.get(loc)
    if not f:
        return None
    fn, ln = f.first_name(), f.last_name()
    if loc in ("ja_JP",):
        return ln + " " + fn
    if loc in ("ko_KR", "zh_CN", "zh_TW"):
        return ln + fn
    if loc == "ru_RU" or loc == "uk_UA":
        return fn + " " + ln
    return fn + " " + ln


# ---------------------------------------------------------------- hand-written name pools
# (native full, romanised full, native given, native family)
NAMES = {
    "ja": [("佐藤 美咲", "Sato Misaki", "美咲", "佐藤"), ("高橋 健太", "Takahashi Kenta", "健太", "高橋"),
           ("渡辺 由美", "Watanabe Yumi", "由美", "渡辺"), ("伊藤 翔", "Ito Sho", "翔", "伊藤"),
           ("山本 彩花", "Yamamoto Ayaka", "彩花", "山本"), ("中村 大輔", "Nakamura Daisuke", "大輔", "中村"),
           ("小林 真由美", "Kobayashi Mayumi", "真由美", "小林"), ("加藤 悠真", "Kato Yuma", "悠真", "加藤"),
           ("吉田 さくら", "Yoshida Sakura", "さくら", "吉田"), ("松本 蓮", "Matsumoto Ren", "蓮", "松本"),
           ("井上 千尋", "Inoue Chihiro", "千尋", "井上"), ("木下 陽菜", "Kinoshita Hina", "陽菜", "木下")],
    "ko": [("김민준", "Kim Min-jun", "민준", "김"), ("이서연", "Lee Seo-yeon", "서연", "이"),
           ("박지훈", "Park Ji-hoon", "지훈", "박"), ("최유진", "Choi Yu-jin", "유진", "최"),
           ("정하은", "Jung Ha-eun", "하은", "정"), ("강도윤", "Kang Do-yoon", "도윤", "강"),
           ("윤서아", "Yoon Seo-a", "서아", "윤"), ("임재현", "Lim Jae-hyun", "재현", "임"),
           ("한지민", "Han Ji-min", "지민", "한"), ("오세준", "Oh Se-jun", "세준", "오"),
           ("남궁민아", "Namgung Min-a", "민아", "남궁"), ("황보준서", "Hwangbo Jun-seo", "준서", "황보")],
    "zh": [("王芳", "Wang Fang", "芳", "王"), ("李伟", "Li Wei", "伟", "李"), ("张敏", "Zhang Min", "敏", "张"),
           ("刘洋", "Liu Yang", "洋", "刘"), ("陈静", "Chen Jing", "静", "陈"), ("杨磊", "Yang Lei", "磊", "杨"),
           ("黄丽娟", "Huang Lijuan", "丽娟", "黄"), ("赵子轩", "Zhao Zixuan", "子轩", "赵"),
           ("周婷", "Zhou Ting", "婷", "周"), ("吴建国", "Wu Jianguo", "建国", "吴"),
           ("欧阳雪", "Ouyang Xue", "雪", "欧阳"), ("司马晓峰", "Sima Xiaofeng", "晓峰", "司马")],
    "zh_tw": [("林志明", "Lin Chih-ming", "志明", "林"), ("陳怡君", "Chen Yi-chun", "怡君", "陳"),
              ("黃冠宇", "Huang Kuan-yu", "冠宇", "黃"), ("張雅婷", "Chang Ya-ting", "雅婷", "張"),
              ("陳嘉欣", "Chan Ka-yan", "嘉欣", "陳"), ("李志強", "Lee Chi-keung", "志強", "李"),
              ("何詠詩", "Ho Wing-sze", "詠詩", "何"), ("蔡承翰", "Tsai Cheng-han", "承翰", "蔡")],
    "th": [("สมชาย ใจดี", "Somchai Jaidee", "สมชาย", "ใจดี"), ("นภัสสร วงศ์สวัสดิ์", "Napatsorn Wongsawat", "นภัสสร", "วงศ์สวัสดิ์"),
           ("กิตติพงษ์ ศรีสุข", "Kittipong Srisuk", "กิตติพงษ์", "ศรีสุข"), ("ปิยะนุช แก้วมณี", "Piyanuch Kaewmanee", "ปิยะนุช", "แก้วมณี"),
           ("ธนากร บุญมา", "Thanakorn Boonma", "ธนากร", "บุญมา"), ("อรุณี พรหมมา", "Arunee Promma", "อรุณี", "พรหมมา"),
           ("วรวุฒิ ทองดี", "Worawut Thongdee", "วรวุฒิ", "ทองดี"), ("ศิริพร จันทร์เพ็ญ", "Siriporn Chanpen", "ศิริพร", "จันทร์เพ็ญ"),
           ("ณัฐวุฒิ เพชรรัตน์", "Nattawut Petcharat", "ณัฐวุฒิ", "เพชรรัตน์")],
    "el": [("Γιώργος Παπαδόπουλος", "Giorgos Papadopoulos", "Γιώργος", "Παπαδόπουλος"),
           ("Μαρία Κωνσταντίνου", "Maria Konstantinou", "Μαρία", "Κωνσταντίνου"),
           ("Δημήτρης Οικονόμου", "Dimitris Oikonomou", "Δημήτρης", "Οικονόμου"),
           ("Ελένη Γεωργίου", "Eleni Georgiou", "Ελένη", "Γεωργίου"),
           ("Νίκος Αντωνίου", "Nikos Antoniou", "Νίκος", "Αντωνίου"),
           ("Κατερίνα Βλάχου", "Katerina Vlachou", "Κατερίνα", "Βλάχου"),
           ("Σοφία Μαυρίδη", "Sofia Mavridi", "Σοφία", "Μαυρίδη"),
           ("Αλέξανδρος Καραγιάννης", "Alexandros Karagiannis", "Αλέξανδρος", "Καραγιάννης"),
           ("Βασιλική Τσακίρη", "Vasiliki Tsakiri", "Βασιλική", "Τσακίρη")],
    "he": [("נועה כהן", "Noa Cohen", "נועה", "כהן"), ("יוסי לוי", "Yossi Levi", "יוסי", "לוי"),
           ("מיכל אברהם", "Michal Avraham", "מיכל", "אברהם"), ("אבי מזרחי", "Avi Mizrahi", "אבי", "מזרחי"),
           ("תמר פרץ", "Tamar Peretz", "תמר", "פרץ"), ("דניאל ביטון", "Daniel Biton", "דניאל", "ביטון"),
           ("שירה דהן", "Shira Dahan", "שירה", "דהן"), ("איתי פרידמן", "Itai Friedman", "איתי", "פרידמן"),
           ("רוני בן-דוד", "Roni Ben-David", "רוני", "בן-דוד")],
    "uk": [("Олена Коваленко", "Olena Kovalenko", "Олена", "Коваленко"), ("Андрій Шевчук", "Andrii Shevchuk", "Андрій", "Шевчук"),
           ("Ірина Бондаренко", "Iryna Bondarenko", "Ірина", "Бондаренко"), ("Тарас Мельник", "Taras Melnyk", "Тарас", "Мельник"),
           ("Оксана Ткаченко", "Oksana Tkachenko", "Оксана", "Ткаченко"), ("Богдан Кравчук", "Bohdan Kravchuk", "Богдан", "Кравчук"),
           ("Юлія Олійник", "Yuliia Oliinyk", "Юлія", "Олійник"), ("Дмитро Поліщук", "Dmytro Polishchuk", "Дмитро", "Поліщук"),
           ("Соломія Гнатюк", "Solomiia Hnatiuk", "Соломія", "Гнатюк")],
    "ru": [("Анна Смирнова", "Anna Smirnova", "Анна", "Смирнова"), ("Сергей Иванов", "Sergey Ivanov", "Сергей", "Иванов"),
           ("Екатерина Кузнецова", "Ekaterina Kuznetsova", "Екатерина", "Кузнецова"), ("Дмитрий Попов", "Dmitry Popov", "Дмитрий", "Попов"),
           ("Ольга Соколова", "Olga Sokolova", "Ольга", "Соколова"), ("Алексей Волков", "Alexey Volkov", "Алексей", "Волков"),
           ("Наталья Морозова", "Natalya Morozova", "Наталья", "Морозова"), ("Игорь Лебедев", "Igor Lebedev", "Игорь", "Лебедев"),
           ("Гульнара Ахметова", "Gulnara Akhmetova", "Гульнара", "Ахметова"), ("Тимур Сейткали", "Timur Seitkali", "Тимур", "Сейткали")],
    "ar": [("محمد العتيبي", "Mohammed Al-Otaibi", "محمد", "العتيبي"), ("فاطمة الزهراء بنعلي", "Fatima Zahra Benali", "فاطمة الزهراء", "بنعلي"),
           ("أحمد حسن", "Ahmed Hassan", "أحمد", "حسن"), ("نور الهدى الخطيب", "Nour El Houda El Khatib", "نور الهدى", "الخطيب"),
           ("خالد المنصوري", "Khalid Al Mansoori", "خالد", "المنصوري"), ("ريم الحربي", "Reem Al-Harbi", "ريم", "الحربي"),
           ("يوسف بن سالم", "Youssef Ben Salem", "يوسف", "بن سالم"), ("ليلى عبد الله", "Layla Abdullah", "ليلى", "عبد الله"),
           ("سارة القحطاني", "Sara Al-Qahtani", "سارة", "القحطاني"), ("عمر الزعبي", "Omar Al-Zoubi", "عمر", "الزعبي"),
           ("هالة منصور", "Hala Mansour", "هالة", "منصور")],
    "hi": [("राहुल शर्मा", "Rahul Sharma", "राहुल", "शर्मा"), ("प्रिया वर्मा", "Priya Verma", "प्रिया", "वर्मा"),
           ("अमित कुमार सिंह", "Amit Kumar Singh", "अमित", "सिंह"), ("सुनीता यादव", "Sunita Yadav", "सुनीता", "यादव"),
           ("विकास गुप्ता", "Vikas Gupta", "विकास", "गुप्ता"), ("नेहा अग्रवाल", "Neha Agarwal", "नेहा", "अग्रवाल"),
           ("अंकित मिश्रा", "Ankit Mishra", "अंकित", "मिश्रा"), ("पूजा चौहान", "Pooja Chauhan", "पूजा", "चौहान"),
           ("मोहम्मद इरफ़ान", "Mohammad Irfan", "इरफ़ान", "इरफ़ान")],
    "bn": [("রহিম উদ্দিন", "Rahim Uddin", "রহিম", "উদ্দিন"), ("তানজিলা আক্তার", "Tanzila Akter", "তানজিলা", "আক্তার"),
           ("সৌমিত্র বন্দ্যোপাধ্যায়", "Soumitra Bandyopadhyay", "সৌমিত্র", "বন্দ্যোপাধ্যায়"),
           ("ফারহানা ইসলাম", "Farhana Islam", "ফারহানা", "ইসলাম"), ("অর্পিতা সেন", "Arpita Sen", "অর্পিতা", "সেন"),
           ("মেহেদী হাসান", "Mehedi Hasan", "মেহেদী", "হাসান"), ("শুভজিৎ দাস", "Subhajit Das", "শুভজিৎ", "দাস"),
           ("নুসরাত জাহান", "Nusrat Jahan", "নুসরাত", "জাহান")],
    "ta": [("கார்த்திக் சுப்பிரமணியன்", "Karthik Subramanian", "கார்த்திக்", "சுப்பிரமணியன்"),
           ("பிரியா ராஜேந்திரன்", "Priya Rajendran", "பிரியா", "ராஜேந்திரன்"),
           ("முருகன் வேலு", "Murugan Velu", "முருகன்", "வேலு"), ("லக்ஷ்மி நாராயணன்", "Lakshmi Narayanan", "லக்ஷ்மி", "நாராயணன்"),
           ("செந்தில் குமார்", "Senthil Kumar", "செந்தில்", "குமார்"),
           ("திவ்யா பாலசுப்ரமணியம்", "Divya Balasubramaniam", "திவ்யா", "பாலசுப்ரமணியம்"),
           ("அருண் பிரகாஷ்", "Arun Prakash", "அருண்", "பிரகாஷ்"), ("கவிதா சேகர்", "Kavitha Sekar", "கவிதா", "சேகர்")],
}
FK_NATIVE = {"ja": "ja_JP", "ko": "ko_KR", "zh": "zh_CN", "zh_tw": "zh_TW", "th": "th_TH", "el": "el_GR",
             "he": "he_IL", "uk": "uk_UA", "ru": "ru_RU", "hi": "hi_IN", "bn": "bn_BD", "ta": "ta_IN"}


def nname(lang):
    """native person: returns dict(native, roman|None, given, family)"""
    if lang in FK_NATIVE and FK.get(FK_NATIVE[lang]) and chance(0.25):
        f = FK[FK_NATIVE[lang]]
        fn, ln = f.first_name(), f.last_name()
        if lang == "ja":
            full = ln + " " + fn
        elif lang in ("ko", "zh", "zh_tw"):
            full = ln + fn
        else:
            full = fn + " " + ln
        return {"native": full, "roman": None, "given": fn, "family": ln}
    n = ch(NAMES[lang])
    return {"native": n[0], "roman": n[1], "given": n[2], "family": n[3]}


LATIN_NAMES = [
    "Nguyễn Thị Lan", "Ana Souza", "José Martínez-Ortega", "Siobhán O'Connor", "Jan van der Berg",
    "Aisha al-Hashimi", "Oluwaseun Adeyemi", "Chidinma Okafor", "Mehmet Yılmaz", "Zoltán Kovács",
    "Kwame Mensah", "Priyanka Iyer", "Björn Lindqvist", "Małgorzata Wiśniewska", "Dương Minh Tuấn",
    "Hamid Rezaei", "Fatma Demir", "Tiago Ferreira", "Camille Lefèvre", "Matteo Rossi", "Léa Dubois",
    "Sven-Erik Halvorsen", "Renée Dupont", "Joaquín de la Cruz", "Amara Nwosu", "Kofi Boateng",
    "Dilnoza Karimova", "Ngozi Eze", "Raúl Peña", "Ines García Müller", "Marek Dvořák", "Ayşe Kaya",
    "Thandiwe Dlamini", "Wanjiru Kamau", "Lukas Schröder", "Maëlle Le Goff", "Pedro Alves", "Sanjay Menon",
    "Yusuf Ademola", "Elif Şahin", "Miguel Ángel Torres", "Hana Novák", "Rafael dos Santos",
    "Bui Thanh Hương", "Gabriela Ionescu", "Farid Haddad", "Lucía Fernández", "Tomasz Zieliński",
    "Emeka Obi", "Mariam Diallo", "Sean McAllister", "Katarzyna Nowak-Lis", "Henrik Østergaard",
]
LATIN_FK = ["de_DE", "pt_BR", "es_MX", "fr_FR", "it_IT", "nl_NL", "pl_PL", "tr_TR", "id_ID", "sv_SE", "en_IN", "en_US"]


def lname():
    if FK and chance(0.3):
        loc = ch(LATIN_FK)
        if loc in FK:
            f = FK[loc]
            return f.first_name() + " " + f.last_name()
    return ch(LATIN_NAMES)


def split_name(full):
    parts = full.split(" ")
    return parts[0], " ".join(parts[1:]) if len(parts) > 1 else ""


TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "á": "a",
                          "à": "a", "ã": "a", "â": "a", "í": "i", "ó": "o", "õ": "o", "ô": "o", "ú": "u", "ç": "c",
                          "ñ": "n", "ł": "l", "ś": "s", "ż": "z", "ź": "z", "ą": "a", "ę": "e", "ń": "n", "ı": "i",
                          "ş": "s", "ğ": "g", "ø": "o", "å": "a", "æ": "ae", "č": "c", "ř": "r", "š": "s", "ž": "z",
                          "ý": "y", "ě": "e", "ű": "u", "ő": "o", "ë": "e", "ï": "i", "î": "i", "ễ": "e",
                          "ị": "i", "ư": "u", "ơ": "o", "ấ": "a", "ạ": "a", "ồ": "o", "ộ": "o", "ố": "o",
                          "đ": "d", "ă": "a", "ầ": "a", "ế": "e", "ệ": "e", "ứ": "u", "ừ": "u",
                          "ữ": "u", "ự": "u", "ở": "o", "ợ": "o", "ọ": "o", "ũ": "u", "ụ": "u", "ỳ": "y",
                          "ý": "y", "ẩ": "a", "ậ": "a", "ắ": "a", "ằ": "a", "ặ": "a", "ẫ": "a", "ờ": "o",
                          "'": "", "ş": "s", "ţ": "t", "ș": "s", "ț": "t", "ø": "o"})
DOMAINS = ["gmail.com", "yahoo.co.jp", "naver.com", "daum.net", "qq.com", "163.com", "hotmail.com", "outlook.com",
           "mail.ru", "yandex.ru", "ukr.net", "walla.co.il", "gmail.co.il", "rediffmail.com", "yahoo.in",
           "icloud.com", "proton.me", "gmx.de", "web.de", "orange.fr", "libero.it", "wp.pl", "uol.com.br",
           "hanmail.net", "docomo.ne.jp", "ezweb.ne.jp", "otenet.gr", "windowslive.com", "live.com",
           "kakao.com", "126.com", "i.ua", "bk.ru", "yahoo.com.tw", "netvigator.com", "gmail.com", "gmail.com"]


def email_for(roman, domain=None):
    roman = roman or ch(["user", "kh", "mn", "star", "sky"]) + dig(3)
    s = roman.lower().translate(TRANSLIT)
    s = "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -"))
    ps = [p for p in s.replace("-", " ").split() if p]
    if not ps:
        ps = ["mail" + dig(3)]
    style = R.randint(0, 5)
    if style == 0:
        loc = ".".join(ps)
    elif style == 1:
        loc = ps[0][0] + ps[-1]
    elif style == 2:
        loc = ps[-1] + "_" + ps[0] + dig(2)
    elif style == 3:
        loc = ps[0] + dig(R.randint(2, 4))
    elif style == 4:
        loc = ps[0] + "." + ps[-1][0] + dig(2)
    else:
        loc = "".join(ps) + ch(["", "", "+promo", "+shop"])
    return loc + "@" + (domain or ch(DOMAINS))


# ---------------------------------------------------------------- phones
def _ph(cc, fmt_nat, fmt_int):
    """fmt strings use # for random digits"""
    f = ch([fmt_nat, fmt_int]) if fmt_int else fmt_nat
    return "".join(str(R.randint(0, 9)) if c == "#" else c for c in f)


PHONE_FMTS = {
    "jp": [("090-####-####", "+81 90-####-####"), ("080-####-####", "+81 80 #### ####"), ("03-####-####", "+81-3-####-####"),
           ("06(####)####", "+81 6 #### ####"), ("070########", "+8170########")],
    "kr": [("010-####-####", "+82 10-####-####"), ("02-###-####", "+82 2 ### ####"), ("010 #### ####", "+82-10-####-####"),
           ("031-###-####", "+82 31-###-####")],
    "cn": [("138 #### ####", "+86 138 #### ####"), ("139########", "+86 139-####-####"), ("021-#### ####", "+86 21 #### ####"),
           ("0755-########", "+86 755 ########")],
    "tw": [("0912-###-###", "+886 912 ### ###"), ("(02)2###-####", "+886-2-2###-####"), ("0933######", "+886933######")],
    "hk": [("9### ####", "+852 9### ####"), ("6#######", "+852-6###-####"), ("2### ####", "(852) 2### ####")],
    "th": [("081-###-####", "+66 81 ### ####"), ("02-###-####", "+66 2 ### ####"), ("089 ### ####", "+6689#######"),
           ("06-####-####", "+66 6 #### ####")],
    "gr": [("694 ### ####", "+30 694 ### ####"), ("210 ### ####", "+30 210 ### ####"), ("697#######", "0030 697 #######"),
           ("2310 ######", "+30 2310 ######")],
    "il": [("052-###-####", "+972-52-###-####"), ("03-###-####", "+972 3 ###-####"), ("054#######", "+972 54 ### ####"),
           ("02-#######", "+972-2-#######")],
    "ua": [("067 ### ## ##", "+380 67 ### ####"), ("(044) ###-##-##", "+38 044 ### ## ##"), ("093#######", "+380 93 ### ## ##"),
           ("050-###-##-##", "+380(50)###-##-##")],
    "ru": [("8 (916) ###-##-##", "+7 916 ###-##-##"), ("8-495-###-##-##", "+7 (495) ### ## ##"), ("89#########", "+7 9## ### ## ##")],
    "kz": [("8 701 ### ####", "+7 701 ### ## ##"), ("8 (727) ### ## ##", "+7 727 ### ####")],
    "sa": [("050 ### ####", "+966 50 ### ####"), ("055#######", "+966-55-###-####"), ("011 ### ####", "+966 11 ### ####")],
    "ae": [("050 ### ####", "+971 50 ### ####"), ("04 ### ####", "+971 4 ### ####"), ("056-#######", "+971-56-###-####")],
    "eg": [("010 #### ####", "+20 10 #### ####"), ("012########", "+20 12 ########"), ("02 #### ####", "+20 2 #### ####")],
    "jo": [("079 ### ####", "+962 7 9### ####"), ("07########", "+962 7########")],
    "ma": [("06 ## ## ## ##", "+212 6 ## ## ## ##"), ("0661-######", "+212 661 ######"), ("05 22 ## ## ##", "+212 5 22 ## ## ##")],
    "in": [("98### #####", "+91 98### #####"), ("080-#### ####", "+91 80 #### ####"), ("9#########", "+91-9#########"),
           ("011-2###-####", "+91 11 2### ####"), ("0 98### #####", "+91 (0) 98### #####")],
    "bd": [("01712-######", "+880 1712-######"), ("018########", "+880 18## ######"), ("01911 ######", "+8801911######")],
    "lk": [("077 ### ####", "+94 77 ### ####")],
    "de": [("0151 ########", "+49 151 ########"), ("030 ########", "+49 30 ########"), ("089/#######", "+49 (0)89 #######")],
    "fr": [("06 ## ## ## ##", "+33 6 ## ## ## ##"), ("01.##.##.##.##", "+33 (0)1 ## ## ## ##")],
    "br": [("(11) 9####-####", "+55 11 9####-####"), ("(21) ####-####", "+55 21 ####-####")],
    "us": [("(###) ###-####", "+1 ###-###-####"), ("###.###.####", "+1 (###) ###-####")],
    "uk": [("07### ######", "+44 7### ######"), ("020 #### ####", "+44 20 #### ####")],
    "nl": [("06-########", "+31 6 ########"), ("020-#######", "+31 20 ### ####")],
    "pl": [("5## ### ###", "+48 5## ### ###"), ("22 ### ## ##", "+48 22 ### ## ##")],
    "es": [("6## ## ## ##", "+34 6## ### ###")],
    "it": [("34# ### ####", "+39 34# ### ####"), ("02 ########", "+39 02 ########")],
    "mx": [("55 #### ####", "+52 55 #### ####"), ("33 #### ####", "+52 1 33 #### ####")],
    "ng": [("0803 ### ####", "+234 803 ### ####"), ("0816#######", "+234 816 ### ####")],
    "tr": [("0532 ### ## ##", "+90 532 ### ## ##"), ("(0212) ### ## ##", "+90 212 ### ## ##")],
    "vn": [("0912 ### ###", "+84 912 ### ###"), ("028 #### ####", "+84 28 #### ####")],
    "id": [("0812-####-####", "+62 812-####-####"), ("(021) ###-####", "+62 21 ###-####")],
    "se": [("070-### ## ##", "+46 70 ### ## ##")],
    "za": [("082 ### ####", "+27 82 ### ####")],
}
LANG_CC = {"ja": "jp", "ko": "kr", "zh": "cn", "zh_tw": "tw", "th": "th", "el": "gr", "he": "il", "uk": "ua",
           "ru": "ru", "ar": "sa", "hi": "in", "bn": "bd", "ta": "in"}


def phone(cc, style=None):
    nat, intl = ch(PHONE_FMTS[cc])
    f = nat if style == "nat" else intl if style == "int" else ch([nat, intl])
    return "".join(str(R.randint(0, 9)) if c == "#" else c for c in f)


NATIVE_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९",
                 "fw": "０１２３４５６７８９", "th": "๐๑๒๓๔๕๖๗๘๙"}


def nd(s, script):
    tab = NATIVE_DIGITS[script]
    out = []
    for c in s:
        if c.isdigit() and c.isascii():
            out.append(tab[int(c)])
        elif script == "fw" and c == "-":
            out.append("－")
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- IBAN / cards / SSN / IP
IBAN_SPEC = {  # country: BBAN pattern (n digit, a upper letter, c alnum)
    "DE": "18n", "FR": "23n", "GB": "4a14n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12n", "PL": "24n",
    "GR": "23n", "IL": "19n", "UA": "6n19n", "SA": "2n18n", "AE": "19n", "JO": "4a4n18n", "TR": "5n1n16n",
    "PT": "21n", "BE": "12n", "CH": "5n12n", "AT": "16n", "KZ": "3n13n", "EG": "25n", "QA": "4a21n",
    "KW": "4a22n", "PK": "4a16n", "RO": "4a16n", "SE": "20n", "NO": "11n", "BH": "4a14n", "CY": "8n16n",
    "HU": "24n", "LB": "4n20n", "AZ": "4a20n", "GE": "2a16n", "IE": "4a14n", "DK": "14n", "FI": "14n",
}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "HBUK", "MIDL", "LOYD"], "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"],
                "IE": ["AIBK", "BOFI"], "JO": ["CBJO", "ARAB", "HBHO"], "QA": ["QNBA", "DOHB"], "KW": ["NBOK", "CBKU"],
                "PK": ["HABB", "MEZN", "UNIL"], "RO": ["BTRL", "RNCB", "BRDE"], "BH": ["NBOB", "BBKU"],
                "AZ": ["NABZ", "IBAZ"], "GE": ["TB", "BG"]}


def _bban(cc):
    spec = IBAN_SPEC[cc]
    out = []
    i = 0
    num = ""
    letters_used = False
    while i < len(spec):
        if spec[i].isdigit():
            num += spec[i]
        else:
            n = int(num)
            num = ""
            if spec[i] == "a":
                if cc in BANK_LETTERS and not letters_used and len(ch(BANK_LETTERS[cc])) == n:
                    cand = [b for b in BANK_LETTERS[cc] if len(b) == n]
                    out.append(ch(cand))
                else:
                    out.append("".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(n)))
                letters_used = True
            else:
                out.append(dig(n))
        i += 1
    return "".join(out)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(cc=None, fmt=None):
    cc = cc or ch(list(IBAN_SPEC))
    bban = _bban(cc)
    r = bban + cc + "00"
    m = int("".join(str(int(c, 36)) for c in r)) % 97
    raw = cc + "%02d" % (98 - m) + bban
    assert iban_valid(raw)
    fmt = fmt or ch(["group", "group", "plain", "plain", "lower"])
    if fmt == "group":
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if fmt == "lower":
        return ch([raw.lower(), " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()])
    return raw


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(kind=None, fmt=None):
    kind = kind or ch(["visa", "visa", "mc", "mc2", "amex", "jcb", "unionpay", "discover", "diners", "rupay"])
    pre, ln = {"visa": (ch(["4"]), 16), "mc": (str(R.randint(51, 55)), 16), "mc2": (str(R.randint(2221, 2720)), 16),
               "amex": (ch(["34", "37"]), 15), "jcb": (str(R.randint(3528, 3589)), 16),
               "unionpay": ("62" + str(R.randint(2126, 2925))[:2], ch([16, 16, 19])), "discover": ("6011", 16),
               "diners": ("36", 14), "rupay": (ch(["6522", "6080", "8172"]), 16)}[kind]
    body = pre + dig(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    fmt = fmt or ch(["space", "space", "plain", "dash"])
    if kind == "amex" and fmt != "plain":
        sep = " " if fmt == "space" else "-"
        return sep.join([num[:4], num[4:10], num[10:]])
    if kind == "diners" and fmt != "plain":
        sep = " " if fmt == "space" else "-"
        return sep.join([num[:4], num[4:10], num[10:]])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def masked_card(style=None):
    num = card(fmt="plain")
    st = style or R.randint(0, 4)
    if st == 0:
        return num[:4] + " **** **** " + num[-4:]
    if st == 1:
        return "*" * (len(num) - 4) + num[-4:]
    if st == 2:
        return num[:6] + "XXXXXX" + num[-4:]
    if st == 3:
        return "xxxx-xxxx-xxxx-" + num[-4:]
    return num[:6] + "******" + num[-4:]


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return s if chance(0.8) else s.replace("-", ch(["", " "]))


def ipv4():
    first = ch([5, 23, 31, 37, 41, 45, 49, 58, 62, 77, 78, 81, 85, 91, 94, 101, 103, 110, 112, 118, 121, 125, 175,
                177, 180, 182, 185, 186, 188, 190, 194, 197, 200, 203, 210, 213, 217, 220, 222])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    g = ["%x" % R.randint(0, 0xffff) for _ in range(8)]
    g[0] = ch(["2001", "2a02", "2405", "2600", "2a01", "240e", "2409", "2c0f", "2a00", "2804"])
    st = R.randint(0, 2)
    if st == 0:
        return ":".join(g)
    if st == 1:
        return ":".join(g[:4]) + "::" + ":".join(g[6:])
    return ":".join(g[:3]) + "::" + g[7]


# ---------------------------------------------------------------- addresses (hand-written pools)
JP_PLACES = [("東京都", "渋谷区", "神南", "150-0041"), ("東京都", "世田谷区", "三軒茶屋", "154-0024"),
             ("大阪府", "大阪市北区", "梅田", "530-0001"), ("神奈川県", "横浜市中区", "山下町", "231-0023"),
             ("愛知県", "名古屋市中村区", "名駅", "450-0002"), ("福岡県", "福岡市博多区", "博多駅前", "812-0011"),
             ("北海道", "札幌市中央区", "南一条西", "060-0061"), ("京都府", "京都市左京区", "下鴨", "606-0801"),
             ("宮城県", "仙台市青葉区", "一番町", "980-0811"), ("兵庫県", "神戸市中央区", "三宮町", "650-0021"),
             ("沖縄県", "那覇市", "久茂地", "900-0015"), ("埼玉県", "さいたま市浦和区", "高砂", "330-0063")]
JP_BLDG = ["パークハイツ", "メゾン桜", "グランドメゾン", "コーポ緑", "サンハイツ", "ライオンズマンション", "エステート青葉"]


def addr_jp():
    pref, city, town, pc = ch(JP_PLACES)
    num = "%d丁目%d-%d" % (R.randint(1, 5), R.randint(1, 30), R.randint(1, 20)) if chance(0.6) else \
        "%d-%d-%d" % (R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    bldg = (" " + ch(JP_BLDG) + str(R.randint(101, 905)) + ch(["号室", "", "号"])) if chance(0.6) else ""
    line = town + num + bldg
    full = ch(["〒", "〒", ""]) + pc + ch([" ", "　", "\n"]) + pref + city + line
    return {"full": full, "line": town + num + bldg, "city": city, "region": pref, "postcode": pc, "country": "日本"}


KR_PLACES = [("서울특별시", "강남구", "테헤란로", "06236", "역삼동"), ("서울특별시", "마포구", "월드컵북로", "03925", "상암동"),
             ("부산광역시", "해운대구", "센텀중앙로", "48059", "우동"), ("경기도", "성남시 분당구", "판교역로", "13494", "삼평동"),
             ("인천광역시", "연수구", "컨벤시아대로", "21998", "송도동"), ("대구광역시", "수성구", "달구벌대로", "42108", "범어동"),
             ("광주광역시", "서구", "상무대로", "61949", "치평동"), ("대전광역시", "유성구", "대학로", "34134", "궁동"),
             ("제주특별자치도", "제주시", "연동로", "63125", "연동")]


def addr_kr():
    si, gu, ro, pc, dong = ch(KR_PLACES)
    num = "%d" % R.randint(1, 400) + (("-%d" % R.randint(1, 30)) if chance(0.2) else "")
    unit = ch(["", ", %d동 %d호" % (R.randint(101, 112), R.randint(101, 2304)), ", %d호" % R.randint(101, 1502),
               " %d층" % R.randint(2, 20)])
    line = "%s %s%s (%s)" % (ro, num, unit, dong) if chance(0.6) else "%s %s%s" % (ro, num, unit)
    full = ch(["(%s) " % pc, "[%s] " % pc, "", pc + " "]) + "%s %s %s" % (si, gu, line)
    return {"full": full, "line": line, "city": si, "region": gu, "postcode": pc, "country": "대한민국"}


CN_PLACES = [("广东省", "深圳市", "南山区", "科技园南区高新南一道", "518057"), ("上海市", "", "浦东新区", "世纪大道", "200120"),
             ("北京市", "", "朝阳区", "建国路", "100022"), ("浙江省", "杭州市", "西湖区", "文三路", "310012"),
             ("四川省", "成都市", "武侯区", "人民南路四段", "610041"), ("江苏省", "南京市", "鼓楼区", "中山北路", "210008"),
             ("湖北省", "武汉市", "洪山区", "珞喻路", "430074"), ("广东省", "广州市", "天河区", "天河路", "510620")]


def addr_cn():
    prov, city, dist, road, pc = ch(CN_PLACES)
    line = "%s%d号" % (road, R.randint(1, 999)) + ch(["", "%d栋%d室" % (R.randint(1, 12), R.randint(101, 2808)),
                                                       "%s小区%d单元%d" % (ch(["阳光", "金地", "万科城", "锦绣"]), R.randint(1, 6), R.randint(101, 1802))])
    full = prov + city + dist + line + (ch([" 邮编", "，邮编：", " "]) + pc if chance(0.5) else "")
    return {"full": full, "line": line, "city": city or prov, "region": prov, "postcode": pc, "country": "中国"}


TW_PLACES = [("106", "台北市", "大安區", "忠孝東路四段"), ("110", "臺北市", "信義區", "松仁路"), ("220", "新北市", "板橋區", "文化路一段"),
             ("403", "台中市", "西區", "公益路"), ("802", "高雄市", "苓雅區", "四維三路"), ("701", "台南市", "東區", "大學路")]
HK_PLACES = [("九龍", "旺角", "彌敦道"), ("香港島", "銅鑼灣", "軒尼詩道"), ("新界", "沙田", "沙田正街"), ("九龍", "觀塘", "開源道")]


def addr_tw():
    if chance(0.3):
        reg, dist, road = ch(HK_PLACES)
        full = "香港%s%s%s%d號%s%d樓%s室" % (reg, dist, road, R.randint(1, 700), ch(["", "金輝大廈", "海景花園第2座"]),
                                          R.randint(2, 38), ch("ABCDEFGH"))
        return {"full": full, "line": full, "city": "香港", "region": dist, "postcode": "", "country": "香港"}
    pc, city, dist, road = ch(TW_PLACES)
    line = "%s%s%d號%s" % (road, ch(["", "%d巷" % R.randint(1, 300)]), R.randint(1, 200), ch(["", "%d樓" % R.randint(2, 15),
                                                                                          "%d樓之%d" % (R.randint(2, 15), R.randint(1, 5))]))
    full = pc + ch(["", " "]) + city + dist + line
    return {"full": full, "line": line, "city": city, "region": dist, "postcode": pc, "country": "台灣"}


TH_PLACES = [("แขวงพระโขนงเหนือ", "เขตวัฒนา", "กรุงเทพมหานคร", "10110", "ซอยสุขุมวิท 71"),
             ("แขวงลาดยาว", "เขตจตุจักร", "กรุงเทพฯ", "10900", "ถนนพหลโยธิน"),
             ("ตำบลสุเทพ", "อำเภอเมืองเชียงใหม่", "จังหวัดเชียงใหม่", "50200", "ถนนห้วยแก้ว"),
             ("ตำบลหนองปรือ", "อำเภอบางละมุง", "จังหวัดชลบุรี", "20150", "ซอยพัทยากลาง"),
             ("ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "จ.ขอนแก่น", "40000", "ถนนมิตรภาพ"),
             ("ตำบลตลาดใหญ่", "อำเภอเมืองภูเก็ต", "ภูเก็ต", "83000", "ถนนเยาวราช"),
             ("แขวงบางรัก", "เขตบางรัก", "กทม.", "10500", "ถนนสีลม")]


def addr_th():
    sub, dist, prov, pc, road = ch(TH_PLACES)
    house = "%d/%d" % (R.randint(1, 999), R.randint(1, 99)) if chance(0.6) else str(R.randint(1, 999))
    extra = ch(["", " หมู่ %d" % R.randint(1, 12), " คอนโด%s ห้อง %d" % (ch(["ลุมพินี", "ศุภาลัย", "เดอะไลน์"]), R.randint(101, 3505))])
    sep = ch([" ", " ", "\n"])
    full = "%s%s %s%s%s %s%s%s %s" % (house, extra, road, sep, sub, dist, sep, prov, pc)
    return {"full": full, "line": "%s%s %s" % (house, extra, road), "city": prov, "region": dist, "postcode": pc, "country": "ประเทศไทย"}


GR_PLACES = [("Λεωφόρος Κηφισίας", "115 26", "Αθήνα"), ("Εγνατίας", "546 30", "Θεσσαλονίκη"), ("Ερμού", "105 63", "Αθήνα"),
             ("Αγίου Νικολάου", "262 21", "Πάτρα"), ("25ης Αυγούστου", "712 02", "Ηράκλειο"), ("Λεωφόρος Συγγρού", "117 45", "Αθήνα"),
             ("Τσιμισκή", "546 22", "Θεσσαλονίκη"), ("Κανάρη", "185 37", "Πειραιάς"), ("Ελευθερίου Βενιζέλου", "491 00", "Κέρκυρα")]


def addr_gr():
    road, pc, city = ch(GR_PLACES)
    line = "%s %d" % (road, R.randint(1, 320)) + ch(["", ", %dος όροφος" % R.randint(1, 6), ", διαμ. %d" % R.randint(1, 20)])
    full = line + ch([", ", "\n", " - "]) + ch(["", "Τ.Κ. ", "ΤΚ "]) + pc + " " + ch([city, city.upper()])
    return {"full": full, "line": line, "city": city, "region": "", "postcode": pc, "country": "Ελλάδα"}


IL_PLACES = [("הרצל", "תל אביב-יפו", "65785"), ("רוטשילד", "תל אביב", "66881"), ("יפו", "ירושלים", "94383"),
             ("ז'בוטינסקי", "רמת גן", "52520"), ("העצמאות", "חיפה", "33033"), ("ויצמן", "כפר סבא", "44224"),
             ("הנשיא", "באר שבע", "84894"), ("אחד העם", "פתח תקווה", "49202")]


def addr_il():
    st, city, pc5 = ch(IL_PLACES)
    pc = pc5 + dig(2)
    line = ch(["רחוב ", "רח' ", "שד' ", ""]) + st + " " + str(R.randint(1, 140)) + ch(["", ", דירה %d" % R.randint(1, 40),
                                                                                    " דירה %d קומה %d" % (R.randint(1, 40), R.randint(1, 12))])
    full = line + ", " + city + ch([" ", ", "]) + pc
    return {"full": full, "line": line, "city": city, "region": "", "postcode": pc, "country": "ישראל"}


UA_PLACES = [("вул. Хрещатик", "м. Київ", "01001"), ("вул. Сумська", "м. Харків", "61002"), ("просп. Шевченка", "м. Одеса", "65044"),
             ("вул. Городоцька", "м. Львів", "79007"), ("вул. Соборна", "м. Рівне", "33028"), ("просп. Миру", "м. Черкаси", "18000"),
             ("вул. Європейська", "м. Полтава", "36011")]
RU_PLACES = [("ул. Тверская", "г. Москва", "125009"), ("Невский пр-т", "г. Санкт-Петербург", "191025"),
             ("ул. Ленина", "г. Екатеринбург", "620014"), ("ул. Баумана", "г. Казань", "420111"),
             ("Красный пр-т", "г. Новосибирск", "630099"), ("ул. Абая", "г. Алматы", "050010")]


def addr_ua():
    st, city, pc = ch(UA_PLACES)
    b = "%s, %d" % (st, R.randint(1, 120)) + ch(["", ", кв. %d" % R.randint(1, 150), ", під'їзд 2, кв. %d" % R.randint(1, 150)])
    full = ch(["%s, %s, %s" % (b, city, pc), "%s, %s, %s" % (pc, city, b)]) + ch(["", ", Україна"])
    return {"full": full, "line": b, "city": city, "region": "", "postcode": pc, "country": "Україна"}


def addr_ru():
    st, city, pc = ch(RU_PLACES)
    b = "%s, д. %d" % (st, R.randint(1, 140)) + ch(["", ", кв. %d" % R.randint(1, 300), ", корп. 2, кв. %d" % R.randint(1, 300),
                                                    ", стр. 1, офис %d" % R.randint(100, 900)])
    full = "%s, %s, %s" % (pc, city, b) if chance(0.7) else "%s, %s, %s" % (b, city, pc)
    return {"full": full, "line": b, "city": city, "region": "", "postcode": pc, "country": "Россия"}


AR_PLACES = {
    "sa": [("طريق الملك فهد", "حي العليا", "الرياض", "12211"), ("شارع التحلية", "حي الروضة", "جدة", "23435"),
           ("طريق الأمير محمد بن فهد", "حي الفيصلية", "الدمام", "32272")],
    "ae": [("شارع الشيخ زايد", "برج الأمل", "دبي", ""), ("شارع الكورنيش", "بناية النخيل", "أبوظبي", ""),
           ("شارع الوحدة", "بناية الريم", "الشارقة", "")],
    "eg": [("شارع التحرير", "الدقي", "الجيزة", "12311"), ("شارع مصطفى النحاس", "مدينة نصر", "القاهرة", "11762"),
           ("طريق الحرية", "سيدي جابر", "الإسكندرية", "21523")],
    "jo": [("شارع مكة", "أم أذينة", "عمّان", "11183"), ("شارع الجامعة", "الجبيهة", "عمّان", "11941")],
    "ma": [("شارع محمد الخامس", "حي المعاريف", "الدار البيضاء", "20330"), ("زنقة فاس", "أكدال", "الرباط", "10090")],
}


def addr_ar(cc=None):
    cc = cc or ch(list(AR_PLACES))
    st, dist, city, pc = ch(AR_PLACES[cc])
    n = str(R.randint(1, 250))
    if cc == "ae":
        line = "شقة %d، %s، %s" % (R.randint(101, 3208), dist, st)
        full = line + "، " + city
    elif cc == "sa":
        line = "%s %s، %s" % (n, st, dist)
        full = line + "، " + city + " " + pc + ch(["", " - %s" % dig(4)])
    else:
        line = "%s %s، %s" % (n, st, dist) + ch(["", "، الدور %d، شقة %d" % (R.randint(1, 9), R.randint(1, 30))])
        full = line + "، " + city + (" " + pc if chance(0.5) else "")
    if chance(0.25):
        full = nd(full, "ar")
    return {"full": full, "line": line, "city": city, "region": dist, "postcode": pc, "country": {"sa": "السعودية", "ae": "الإمارات", "eg": "مصر", "jo": "الأردن", "ma": "المغرب"}[cc], "cc": cc}


IN_PLACES = [("इंदिरानगर", "लखनऊ", "उत्तर प्रदेश", "226016"), ("सेक्टर 15", "नोएडा", "उत्तर प्रदेश", "201301"),
             ("मालवीय नगर", "जयपुर", "राजस्थान", "302017"), ("कोथरूड", "पुणे", "महाराष्ट्र", "411038"),
             ("अरेरा कॉलोनी", "भोपाल", "मध्य प्रदेश", "462016"), ("कंकड़बाग", "पटना", "बिहार", "800020")]
IN_PLACES_EN = [("Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Andheri West", "Mumbai", "Maharashtra", "400053"),
                ("Salt Lake Sector V", "Kolkata", "West Bengal", "700091"), ("Banjara Hills", "Hyderabad", "Telangana", "500034"),
                ("Anna Nagar", "Chennai", "Tamil Nadu", "600040"), ("Vasant Kunj", "New Delhi", "Delhi", "110070")]


def addr_hi():
    loc, city, state, pin = ch(IN_PLACES)
    line = ch(["मकान नं. %d, %s" % (R.randint(1, 900), loc), "फ्लैट %d, %s अपार्टमेंट, %s" % (R.randint(101, 1204), ch(["साईं", "गंगा", "शिवम"]), loc),
               "%s/%d, %s" % (ch("ABCDE"), R.randint(1, 300), loc)])
    full = "%s, %s, %s - %s" % (line, city, state, pin) if chance(0.7) else "%s, %s (%s) %s" % (line, city, state, pin)
    if chance(0.2):
        full = nd(full, "hi")
    return {"full": full, "line": line, "city": city, "region": state, "postcode": pin, "country": "भारत"}


def addr_in_en():
    loc, city, state, pin = ch(IN_PLACES_EN)
    line = ch(["Flat %d, %s Residency, %d%s Cross, %s" % (R.randint(101, 1204), ch(["Sai", "Prestige", "Lakshmi"]), R.randint(1, 18), "th", loc),
               "No. %d, %s Main Road, %s" % (R.randint(1, 300), ch(["2nd", "80 Feet", "Old"]), loc),
               "H.No %d-%d, %s" % (R.randint(1, 12), R.randint(1, 400), loc)])
    full = "%s, %s, %s %s" % (line, city, state, pin) if chance(0.6) else "%s, %s - %s, %s" % (line, city, pin, state)
    return {"full": full, "line": line, "city": city, "region": state, "postcode": pin, "country": "India"}


BD_PLACES = [("ধানমন্ডি", "ঢাকা", "১২০৫"), ("মিরপুর ১০", "ঢাকা", "১২১৬"), ("আগ্রাবাদ", "চট্টগ্রাম", "৪১০০"),
             ("গড়িয়াহাট রোড", "কলকাতা", "৭০০০১৯"), ("সল্টলেক সেক্টর ২", "কলকাতা", "৭০০০৯১"), ("জিন্দাবাজার", "সিলেট", "৩১০০")]


def addr_bn():
    area, city, pc = ch(BD_PLACES)
    line = ch(["বাড়ি %s, রোড %s, %s" % (nd(str(R.randint(1, 99)), "bn"), nd(str(R.randint(1, 30)), "bn"), area),
               "%s/%s %s" % (nd(str(R.randint(1, 99)), "bn"), nd(str(R.randint(1, 9)), "bn"), area),
               "ফ্ল্যাট %s, %s" % (ch(["এ-৩", "বি-২", "৫সি"]), area)])
    full = "%s, %s %s" % (line, city, pc) if chance(0.6) else "%s, %s-%s" % (line, city, pc)
    return {"full": full, "line": line, "city": city, "region": "", "postcode": pc, "country": "বাংলাদেশ"}


TA_PLACES = [("காந்தி தெரு", "தி. நகர்", "சென்னை", "600017"), ("பெரியார் சாலை", "அண்ணா நகர்", "சென்னை", "600040"),
             ("மேல மாசி வீதி", "", "மதுரை", "625001"), ("அவினாசி சாலை", "பீளமேடு", "கோயம்புத்தூர்", "641004"),
             ("நேரு தெரு", "", "திருச்சிராப்பள்ளி", "620001")]


def addr_ta():
    st, area, city, pin = ch(TA_PLACES)
    line = "%d, %s" % (R.randint(1, 200), st) + (", " + area if area else "")
    full = "%s, %s - %s" % (line, city, pin) if chance(0.6) else "%s, %s %s" % (line, city, pin)
    return {"full": full, "line": line, "city": city, "region": "தமிழ்நாடு", "postcode": pin, "country": "இந்தியா"}


LATIN_ADDR = [
    lambda: ("%s %d" % (ch(["Hauptstraße", "Bergmannstraße", "Lindenallee", "Schillerstr."]), R.randint(1, 120)), "%05d" % R.randint(10115, 99998), ch(["Berlin", "Köln", "Leipzig", "München"]), "DE", "Germany"),
    lambda: ("Rua %s, %d%s" % (ch(["Augusta", "das Flores", "Haddock Lobo", "Oscar Freire"]), R.randint(10, 2500), ch(["", " ap 52", ", bloco B"])), "%05d-%03d" % (R.randint(1000, 99999), R.randint(0, 999)), ch(["São Paulo", "Curitiba", "Belo Horizonte"]), "BR", "Brazil"),
    lambda: ("%d %s" % (R.randint(1, 80), ch(["rue de la République", "avenue Jean Jaurès", "rue des Lilas"])), "%05d" % R.randint(13001, 75020), ch(["Lyon", "Marseille", "Paris", "Nantes"]), "FR", "France"),
    lambda: ("%s %d%s" % (ch(["Keizersgracht", "Binnenweg", "Oudegracht"]), R.randint(1, 400), ch(["", "-II", " A"])), "%04d %s" % (R.randint(1011, 9999), ch(["AB", "KL", "XR"])), ch(["Amsterdam", "Rotterdam", "Utrecht"]), "NL", "Netherlands"),
    lambda: ("ul. %s %d/%d" % (ch(["Marszałkowska", "Długa", "Piotrkowska"]), R.randint(1, 150), R.randint(1, 40)), "%02d-%03d" % (R.randint(0, 99), R.randint(0, 999)), ch(["Warszawa", "Łódź", "Gdańsk"]), "PL", "Poland"),
    lambda: ("%d %s" % (R.randint(100, 9999), ch(["Oak Ridge Dr", "Mission St Apt 4B", "W 45th St", "Peachtree Rd NE"])), "%05d" % R.randint(10001, 98199), ch(["San Francisco, CA", "Atlanta, GA", "Austin, TX"]), "US", "USA"),
    lambda: (lambda t: ("%d %s" % (R.randint(1, 200), t[0]), t[1], t[2], "GB", "United Kingdom"))(ch([("Hackney Road", "E2 7QL", "London"), ("Deansgate", "M3 4LZ", "Manchester"), ("Leith Walk", "EH6 8RG", "Edinburgh")])),
    lambda: ("Số %d %s" % (R.randint(1, 300), ch(["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo"])), "", ch(["Quận 1, TP. Hồ Chí Minh", "Hoàn Kiếm, Hà Nội"]), "VN", "Vietnam"),
    lambda: ("%s Cd. No:%d D:%d" % (ch(["Bağdat", "Atatürk", "İstiklal"]), R.randint(1, 300), R.randint(1, 20)), "%05d" % R.randint(34000, 34999), ch(["Kadıköy/İstanbul", "Beyoğlu/İstanbul"]), "TR", "Türkiye"),
    lambda: ("Calle %s %d, %dº %s" % (ch(["Mayor", "de Alcalá", "Gran Vía"]), R.randint(1, 200), R.randint(1, 8), ch("ABCD")), "%05d" % R.randint(28001, 28080), "Madrid", "ES", "Spain"),
    lambda: ("%d %s" % (R.randint(1, 90), ch(["Adeola Odeku Street", "Awolowo Road", "Admiralty Way"])), "", ch(["Victoria Island, Lagos", "Ikoyi, Lagos", "Lekki Phase 1, Lagos"]), "NG", "Nigeria"),
]


def addr_latin():
    line, pc, city, cc, country = ch(LATIN_ADDR)()
    if cc in ("US",):
        full = "%s, %s %s" % (line, city, pc)
    elif cc in ("GB",):
        full = "%s, %s %s" % (line, city, pc)
    elif cc in ("VN", "NG"):
        full = "%s, %s" % (line, city)
    elif cc == "BR":
        full = "%s - %s, %s" % (line, city, pc)
    else:
        full = "%s, %s %s" % (line, pc, city)
    if chance(0.3):
        full += ", " + country
    return {"full": full, "line": line, "city": city, "region": "", "postcode": pc, "country": country, "cc": cc}


ADDR = {"ja": addr_jp, "ko": addr_kr, "zh": addr_cn, "zh_tw": addr_tw, "th": addr_th, "el": addr_gr, "he": addr_il,
        "uk": addr_ua, "ru": addr_ru, "ar": addr_ar, "hi": addr_hi, "bn": addr_bn, "ta": addr_ta}
LANG_IBAN = {"el": ["GR", "CY"], "he": ["IL"], "uk": ["UA"], "ru": ["KZ", "AZ", "GE"], "ar": ["SA", "AE", "JO", "EG", "QA", "KW", "BH", "LB"],
             "hi": ["AE", "GB"], "bn": ["GB", "DE"], "ta": ["GB", "AE"], "ja": ["DE", "GB"], "ko": ["DE", "FR"], "zh": ["DE", "NL"],
             "zh_tw": ["GB"], "th": ["DE", "CH"]}
LANG_CITIES = {
    "ja": ["東京", "大阪", "札幌", "福岡", "名古屋", "横浜"], "ko": ["서울", "부산", "인천", "대구", "제주"],
    "zh": ["上海", "北京", "深圳", "成都", "杭州"], "zh_tw": ["台北", "高雄", "台中", "香港"], "th": ["กรุงเทพฯ", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น"],
    "el": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"], "he": ["תל אביב", "ירושלים", "חיפה", "באר שבע"],
    "uk": ["Київ", "Львів", "Харків", "Одеса", "Дніпро"], "ru": ["Москва", "Казань", "Новосибирск", "Алматы"],
    "ar": ["الرياض", "دبي", "القاهرة", "عمّان", "الدار البيضاء", "جدة"], "hi": ["दिल्ली", "मुंबई", "लखनऊ", "जयपुर", "पटना"],
    "bn": ["ঢাকা", "কলকাতা", "চট্টগ্রাম", "সিলেট"], "ta": ["சென்னை", "மதுரை", "கோயம்புத்தூர்", "யாழ்ப்பாணம்"],
}


SCRIPT_LANGS = ["ja", "ko", "zh", "zh_tw", "th", "el", "he", "uk", "ru", "ar", "hi", "bn", "ta"]


def person(lang=None):
    """A customer record. lang None -> Latin-script person."""
    if lang is None or lang == "latin":
        full = lname()
        a = addr_latin()
        cc = a["cc"].lower()
        cc = {"gb": "uk"}.get(cc, cc)
        return {"lang": "latin", "name": full, "roman": full, "given": split_name(full)[0], "family": split_name(full)[1],
                "email": email_for(full), "phone": phone(cc if cc in PHONE_FMTS else "de"), "addr": a,
                "iban": iban(ch(["DE", "FR", "NL", "ES", "IT", "PL", "PT", "BE", "AT", "TR", "GB", "RO", "SE", "NO", "IE", "HU", "CH"])),
                "city": a["city"]}
    n = nname(lang)
    a = ADDR[lang]()
    if lang == "ar":
        cc = a.get("cc", "sa")
    else:
        cc = LANG_CC[lang]
    if lang == "zh_tw" and a["country"] == "香港":
        cc = "hk"
    return {"lang": lang, "name": n["native"], "roman": n["roman"], "given": n["given"], "family": n["family"],
            "email": email_for(n["roman"]), "phone": phone(cc), "addr": a,
            "iban": iban(ch(LANG_IBAN[lang])), "city": ch(LANG_CITIES[lang]), "cc": cc}


def any_person(p_script=0.5):
    return person(ch(SCRIPT_LANGS)) if chance(p_script) else person(None)


def jesc(s, ascii_=None):
    """JSON string body as written (without quotes); sometimes \\u-escaped."""
    if ascii_ is None:
        ascii_ = chance(0.3)
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def iso_ts():
    return "2024-%02d-%02dT%02d:%02d:%02d%s" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
                                               R.randint(0, 59), ch(["Z", ".%03dZ" % R.randint(0, 999), "+09:00", "+03:00"]))


def uid():
    return "%s-%s-4%s-%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab") + hexs(3), hexs(12))


def order_no():
    return ch(["ORD-", "#", "SO", "A", ""]) + dig(R.randint(7, 11))


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 Chrome/123.0 Mobile Safari/537.36",
       "okhttp/4.12.0", "Outlook-iOS/709.2226530.prod.iphone (4.2415.0)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15"]


def lcode(p):
    l = p["lang"]
    return "en" if l == "latin" else ("zh" if l == "zh_tw" else l)


KINDS = []


def kind(name, group):
    def deco(f):
        KINDS.append((name, group, f))
        return f
    return deco


# ================================================================ MACHINE SHAPES
@kind("esp_event_webhook_batch", "machine")
def k_esp_webhook():
    b = B()
    ps = [any_person(0.5) for _ in range(R.randint(2, 4))]
    b.t("POST /hooks/esp-events  (retry 2/5)\n[\n")
    for i, p in enumerate(ps):
        ev = ch(["delivered", "open", "click", "bounce", "spamreport", "unsubscribe"])
        b.t('  {"event":"%s","sg_message_id":"%s.filter%s","timestamp":%d,\n   "email":"' % (ev, hexs(22), dig(4), 1710000000 + R.randint(0, 9999999)))
        b.e("EMAIL_ADDRESS", p["email"]).t('",\n')
        if ev in ("open", "click", "unsubscribe"):
            b.t('   "ip":"').e("IP_ADDRESS", ipv4() if chance(0.7) else ipv6()).t('","useragent":"%s",\n' % ch(UAS))
        if ev == "click":
            b.t('   "url":"https://shop.example/p/%s?utm_source=esp&utm_campaign=%s",\n' % (dig(6), ch(["spring_drop", "vip_early", "winback30"])))
        if ev == "bounce":
            b.t('   "reason":"550 5.1.1 <').e("EMAIL_ADDRESS", p["email"]).t('>: Recipient address rejected",\n')
        b.t('   "unique_args":{"first_name":"').e("PERSON", jesc(p["given"])).t('","crm_id":"%s","tier":"%s"}' % (dig(8), ch(["gold", "silver", "none"])))
        b.t("}" + ("," if i < len(ps) - 1 else "") + "\n")
    b.t("]")
    return lcode(ps[0]), b


@kind("cdp_identify_traits_json", "machine")
def k_cdp_identify():
    p = any_person(0.6)
    b = B()
    a = p["addr"]
    ascii_ = chance(0.5)
    b.t('analytics.identify("%s", ' % uid()[:18]).t("{\n")
    b.t('  "name": "').e("PERSON", jesc(p["name"], ascii_)).t('",\n')
    if p["roman"] and p["roman"] != p["name"] and chance(0.7):
        b.t('  "name_latin": "').e("PERSON", p["roman"]).t('",\n')
    b.t('  "email": "').e("EMAIL_ADDRESS", p["email"]).t('",\n')
    b.t('  "phone": "').e("PHONE_NUMBER", p["phone"]).t('",\n')
    b.t('  "address": {\n    "street": "').e("STREET_ADDRESS", jesc(a["line"], ascii_)).t('",\n')
    b.t('    "city": "').e("LOCATION", jesc(a["city"], ascii_)).t('",\n')
    if a["postcode"]:
        b.t('    "postalCode": "%s",\n' % a["postcode"])
    b.t('    "country": "').e("LOCATION", jesc(a["country"], ascii_)).t('"\n  },\n')
    b.t('  "createdAt": "%s",\n  "plan": "%s",\n  "consent": {"email": %s, "sms": %s}\n})' % (
        iso_ts(), ch(["free", "plus", "family"]), ch(["true", "false"]), ch(["true", "false"])))
    return lcode(p), b


@kind("coupon_redemption_csv_noheader", "machine")
def k_coupon_csv():
    b = B()
    n = R.randint(3, 7)
    lang = "en"
    for i in range(n):
        p = any_person(0.4)
        if i == 0:
            lang = lcode(p)
        code = ch(["WELCOME10", "SUMMER-24", "VIP" + dig(3), "FREESHIP", "BDAY15"])
        b.t("%s,%s," % (dig(9), code))
        b.e("EMAIL_ADDRESS", p["email"]).t(",")
        q = chance(0.4)
        b.t('"' if q else "").e("PERSON", p["name"]).t('"' if q else "").t(",")
        b.t("%s,%s.%02d,%s" % ("2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), R.randint(5, 300), R.randint(0, 99),
                               ch(["POS", "WEB", "APP"])))
        if chance(0.5):
            b.t(",").e("IP_ADDRESS", ipv4())
        else:
            b.t(",")
        b.t("\n" if i < n - 1 else ch(["", "\n"]))
    return lang, b


@kind("sample_request_tsv_noheader", "machine")
def k_sample_tsv():
    b = B()
    n = R.randint(2, 5)
    lang = "en"
    for i in range(n):
        p = any_person(0.6)
        if i == 0:
            lang = lcode(p)
        b.t("%s\t" % ("SR" + dig(6)))
        b.e("PERSON", p["name"]).t("\t")
        if p["roman"] and p["roman"] != p["name"]:
            b.e("PERSON", p["roman"])
        b.t("\t").e("PHONE_NUMBER", p["phone"]).t("\t")
        b.e("STREET_ADDRESS", p["addr"]["full"].replace("\n", " ")).t("\t")
        b.t(ch(["travel kit", "serum 5ml", "サンプル", "샘플 3종", "試用裝"]) + "\t" + ch(["pending", "shipped", "dup?", ""]))
        b.t("\n")
    return lang, b


@kind("mysql_upsert_newsletter_sync", "machine")
def k_mysql_upsert():
    b = B()
    b.t("INSERT INTO `nl_subscribers` (`email`,`full_name`,`phone`,`city`,`source`,`ip_signup`) VALUES\n")
    n = R.randint(2, 5)
    lang = "en"
    for i in range(n):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        nm = p["name"].replace("'", "\\'")
        b.t("('").e("EMAIL_ADDRESS", p["email"]).t("','").e("PERSON", nm).t("',")
        if chance(0.7):
            b.t("'").e("PHONE_NUMBER", p["phone"]).t("'")
        else:
            b.t("NULL")
        b.t(",'").e("LOCATION", p["city"]).t("','%s','" % ch(["popup", "checkout", "footer", "quiz"]))
        b.e("IP_ADDRESS", ipv4() if chance(0.75) else ipv6()).t("')")
        b.t(",\n" if i < n - 1 else "\n")
    b.t("ON DUPLICATE KEY UPDATE `full_name`=VALUES(`full_name`), `phone`=VALUES(`phone`), `updated_at`=NOW();")
    return lang, b


@kind("logfmt_crm_sync_worker", "machine")
def k_logfmt():
    b = B()
    n = R.randint(3, 6)
    lang = "en"
    for i in range(n):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        lvl = ch(["info", "info", "warn", "error", "debug"])
        b.t('ts=%s level=%s svc=crm-sync job=%s ' % (iso_ts(), lvl, hexs(8)))
        st = R.randint(0, 3)
        if st == 0:
            b.t("msg=\"contact upserted\" contact_email=").e("EMAIL_ADDRESS", p["email"]).t(" name=\"").e("PERSON", p["name"]).t('"')
        elif st == 1:
            b.t("msg=\"phone normalisation failed\" raw_phone=\"").e("PHONE_NUMBER", p["phone"]).t("\" region=%s" % ch(["JP", "KR", "IN", "IL", "GR", "TH", "ZZ"]))
        elif st == 2:
            b.t("msg=\"login\" client_ip=").e("IP_ADDRESS", ipv4() if chance(0.6) else ipv6()).t(" user=").e("EMAIL_ADDRESS", p["email"])
        else:
            b.t("msg=\"address geocode miss\" addr=\"").e("STREET_ADDRESS", p["addr"]["full"].replace("\n", ", ")).t("\" score=0.%02d" % R.randint(0, 60))
        b.t(" dur_ms=%d\n" % R.randint(2, 900))
    return lang, b


@kind("e2e_seed_users_fixture_yaml", "machine")
def k_seed_yaml():
    b = B()
    b.t("# fixtures/customers.yml  -- copied from prod snapshot?? (check w/ data-gov before merging)\n")
    n = R.randint(2, 3)
    lang = "en"
    for i in range(n):
        p = any_person(0.6)
        if i == 0:
            lang = lcode(p)
        key = ch(["customer", "member", "vip"]) + "_" + str(i + 1)
        b.t("%s:\n  id: %d\n  display_name: " % (key, R.randint(1000, 99999)))
        q = chance(0.5)
        b.t('"' if q else "").e("PERSON", p["name"]).t('"' if q else "").t("\n")
        b.t("  email: ").e("EMAIL_ADDRESS", p["email"]).t("\n")
        b.t("  mobile: \"").e("PHONE_NUMBER", p["phone"]).t("\"\n")
        if chance(0.6):
            b.t("  shipping_address: |\n    ")
            full = p["addr"]["full"].replace("\n", "\n    ")
            b.e("STREET_ADDRESS", full).t("\n")
        else:
            b.t("  shipping_address:\n    line1: ").e("STREET_ADDRESS", p["addr"]["line"]).t("\n    city: ").e("LOCATION", p["addr"]["city"]).t("\n")
        if chance(0.3):
            b.t("  card_on_file: \"").t(masked_card()).t("\"\n")
        b.t("  locale: %s\n" % ch(["ja-JP", "ko-KR", "he-IL", "el-GR", "en-US", "th-TH", "uk-UA"]))
    return "en", b


def urlenc_as_written(s):
    """url-encoded look: spaces -> '+', keep unicode as is (browser paste)"""
    return s.replace(" ", "+")


@kind("http_post_raw_capture", "machine")
def k_http_post():
    p = any_person(0.4)
    b = B()
    host = ch(["forms.brand-cx.io", "lp.promo-site.jp", "join.loyalty.co.kr", "api.retail-hub.in"])
    b.t("POST /v1/lead/submit HTTP/1.1\nHost: %s\nContent-Type: application/x-www-form-urlencoded; charset=UTF-8\n" % host)
    b.t("X-Forwarded-For: ").e("IP_ADDRESS", ipv4()).t(", ").e("IP_ADDRESS", ch(["10.0.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), ipv4()])).t("\n")
    b.t("User-Agent: %s\nContent-Length: %d\n\n" % (ch(UAS), R.randint(120, 480)))
    fn, ln = p["given"], p["family"]
    if p["lang"] != "latin" and chance(0.5):
        b.t("full_name=").e("PERSON", urlenc_as_written(p["name"]))
    else:
        b.t("first_name=").e("PERSON", urlenc_as_written(fn)).t("&last_name=").e("PERSON", urlenc_as_written(ln))
    b.t("&email=").e("EMAIL_ADDRESS", p["email"]).t("&tel=").e("PHONE_NUMBER", urlenc_as_written(p["phone"]))
    b.t("&addr=").e("STREET_ADDRESS", urlenc_as_written(p["addr"]["full"].replace("\n", " ")))
    b.t("&optin=1&utm_source=%s&gclid=%s" % (ch(["ig", "line", "naver", "google"]), hexs(20)))
    return lcode(p), b


@kind("arf_abuse_complaint_report", "machine")
def k_arf():
    p = any_person(0.5)
    b = B()
    prov = ch(["mail.ru", "yahoo.co.jp", "naver.com", "outlook.com"])
    b.t("From: ").e("EMAIL_ADDRESS", "staff@fbl." + prov).t("\nTo: ").e("EMAIL_ADDRESS", "fbl-reports@esp-mail.net")
    b.t("\nSubject: complaint about message from ").e("IP_ADDRESS", "203.0.113." + str(R.randint(2, 200)))
    b.t("\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report;\n\tboundary=\"x\"\n\n--x\n"
        "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: %s-FBL/1.0\nVersion: 1\nOriginal-Mail-From: <" % ch(["Yahoo", "MailRu", "Naver"]))
    b.e("EMAIL_ADDRESS", "bounce-%s@mail.brand.example" % dig(6)).t(">\nOriginal-Rcpt-To: <")
    b.e("EMAIL_ADDRESS", p["email"]).t(">\nArrival-Date: Tue, %d Apr 2024 0%d:%02d:11 +0000\nSource-IP: " % (R.randint(1, 28), R.randint(1, 9), R.randint(0, 59)))
    b.e("IP_ADDRESS", ipv4()).t("\nReported-Domain: brand.example\n\n--x\nContent-Type: text/rfc822-headers\n\n")
    b.t("From: \"Brand Club\" <").e("EMAIL_ADDRESS", "news@mail.brand.example").t(">\nTo: ")
    if chance(0.7):
        b.t('"').e("PERSON", p["name"]).t('" <').e("EMAIL_ADDRESS", p["email"]).t(">\n")
    else:
        b.e("EMAIL_ADDRESS", p["email"]).t("\n")
    b.t("Subject: =?UTF-8?B?%s?=\nList-Unsubscribe: <https://brand.example/u/%s>\nX-Campaign: %s\n--x--" % (
        hexs(24), hexs(16), ch(["spring_vip", "cart_abandon_2", "bday_month"])))
    return lcode(p), b


@kind("vcard_qr_decoded_payload", "machine")
def k_vcard_qr():
    p = any_person(0.7)
    b = B()
    b.t(ch(["QR scan result (booth tablet #3):\n", "decoded:\n", "scanner raw >>\n"]))
    b.t("BEGIN:VCARD\nVERSION:3.0\nN:").e("PERSON", p["family"]).t(";").e("PERSON", p["given"]).t(";;;\nFN:").e("PERSON", p["name"]).t("\n")
    if p["roman"] and p["roman"] != p["name"]:
        b.t("X-PHONETIC-FIRST-NAME:").e("PERSON", p["roman"].split(" ")[-1] if p["lang"] in ("ja",) else p["roman"].split(" ")[0]).t("\n")
    b.t("ORG:%s\nTEL;TYPE=CELL:" % ch(["Lumière Cosmetics KK", "한빛유통", "Kite & Co.", "Ευ Ζην ΑΕ", "Sunrise Retail Pvt Ltd"]))
    b.e("PHONE_NUMBER", p["phone"]).t("\nEMAIL;TYPE=WORK:").e("EMAIL_ADDRESS", p["email"]).t("\n")
    a = p["addr"]
    b.t("ADR;TYPE=WORK:;;").e("STREET_ADDRESS", a["line"]).t(";").e("LOCATION", a["city"]).t(";")
    if a["region"] and a["region"] != a["city"]:
        b.e("LOCATION", a["region"])
    b.t(";%s;" % a["postcode"]).e("LOCATION", a["country"]).t("\nEND:VCARD")
    if chance(0.4):
        b.t("\n-> lead score: %d  badge: %s" % (R.randint(1, 100), dig(6)))
    return lcode(p), b


@kind("ical_showroom_appointment_feed", "machine")
def k_ical_feed():
    b = B()
    b.t("BEGIN:VCALENDAR\nPRODID:-//BookingDesk//Showroom Feed 2.1//EN\nX-WR-CALNAME:Flagship fittings\n")
    n = R.randint(1, 3)
    lang = "en"
    for i in range(n):
        p = any_person(0.6)
        stf = any_person(0.3)
        if i == 0:
            lang = lcode(p)
        b.t("BEGIN:VEVENT\nUID:%s@bookingdesk\nDTSTART;TZID=%s:2024%02d%02dT%02d0000\n" % (hexs(12), ch(["Asia/Tokyo", "Asia/Seoul", "Europe/Athens", "Asia/Jerusalem"]), R.randint(1, 12), R.randint(1, 28), R.randint(10, 19)))
        b.t("SUMMARY:Fitting - ").e("PERSON", p["name"]).t("\n")
        b.t("ORGANIZER;CN=\"").e("PERSON", stf["name"]).t("\":mailto:").e("EMAIL_ADDRESS", stf["email"]).t("\n")
        b.t("ATTENDEE;CN=\"").e("PERSON", p["name"]).t("\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:").e("EMAIL_ADDRESS", p["email"]).t("\n")
        b.t("DESCRIPTION:tel ").e("PHONE_NUMBER", p["phone"]).t("\\nsize note: %s\\npay at store\n" % ch(["M/L", "27.5cm", "EU 38", "slim fit"]))
        b.t("LOCATION:%s\nEND:VEVENT\n" % ch(["Showroom 2F", "Room B", "VIP lounge"]))
    b.t("END:VCALENDAR")
    return lang, b


@kind("github_issue_repro_table_md", "machine")
def k_gh_issue():
    b = B()
    b.t("### Bug: %s\n\n**Steps to reproduce**\n1. import the file below via Admin > Customers > Import\n2. names in %s get mangled (mojibake)\n\n" % (
        ch(["CSV import drops RTL names", "phone normaliser strips leading 0", "address line 2 lost on sync"]), ch(["Hebrew/Arabic", "Thai", "Korean", "Greek"])))
    b.t("| id | name | phone | city | note |\n|---|---|---|---|---|\n")
    lang = "en"
    for i in range(R.randint(2, 4)):
        p = any_person(0.8)
        b.t("| %d | " % R.randint(100, 9999)).e("PERSON", p["name"]).t(" | ").e("PHONE_NUMBER", p["phone"]).t(" | ").e("LOCATION", p["city"]).t(" | %s |\n" % ch(["ok", "broken", "ï»¿ BOM?", "dup", ""]))
    b.t("\n**Expected** names rendered as typed.\n**Actual** `%s`\n\nenv: v%d.%d.%d, %s\n" % (ch(["Ã¤Â½Â", "????", "×©×"]), R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), ch(["Chrome 124", "Safari 17"])))
    if chance(0.5):
        b.t("\n> reported by ").e("PERSON", lname()).t(" on the CX side, cc @%s" % ch(["platform-oncall", "i18n-team"]))
    return lang, b


@kind("graphql_customer_query_response", "machine")
def k_graphql():
    p = any_person(0.6)
    b = B()
    b.t('{\n  "data": {\n    "customer": {\n      "id": "gid://shop/Customer/%s",\n      "displayName": "' % dig(13))
    b.e("PERSON", jesc(p["name"])).t('",\n      "email": "').e("EMAIL_ADDRESS", p["email"]).t('",\n')
    b.t('      "phone": ').t('"').e("PHONE_NUMBER", p["phone"]).t('",\n') if chance(0.8) else b.t('      "phone": null,\n')
    b.t('      "defaultAddress": {\n        "formatted": [')
    a = p["addr"]
    if chance(0.5):
        b.t('"').e("STREET_ADDRESS", jesc(a["full"].replace("\n", " "))).t('"')
    else:
        b.t('"').e("STREET_ADDRESS", jesc(a["line"])).t('", "').e("LOCATION", jesc(a["city"])).t('", "').e("LOCATION", jesc(a["country"])).t('"')
    b.t('],\n        "zip": "%s"\n      },\n      "orders": {"edges": [{"node": {"name": "#%s", "totalPrice": "%d.00"}}]},\n' % (a["postcode"], dig(5), R.randint(10, 900)))
    b.t('      "tags": ["%s", "%s"]\n    }\n  },\n  "extensions": {"cost": {"requestedQueryCost": %d}}\n}' % (ch(["vip", "wholesale", "kol"]), ch(["jp", "intl", "b2c"]), R.randint(5, 60)))
    return lcode(p), b


@kind("urlencoded_lead_body_paste", "machine")
def k_urlenc():
    p = any_person(0.4)
    b = B()
    b.t(ch(["why does this fail validation?? body:\n", "payload from the landing page:\n", ""]))
    first = True
    fields = [("name", "PERSON", urlenc_as_written(p["name"])), ("email", "EMAIL_ADDRESS", p["email"]),
              ("mobile", "PHONE_NUMBER", urlenc_as_written(p["phone"])), ("city", "LOCATION", urlenc_as_written(p["city"]))]
    R.shuffle(fields)
    fields.insert(R.randint(0, 3), ("campaign", None, ch(["diwali_24", "songkran", "black_friday", "chuseok_gift"])))
    for k, t, v in fields:
        b.t("" if first else "&").t(k + "=")
        first = False
        b.e(t, v) if t else b.t(v)
    b.t("&consent=on&ref=%s" % ch(["ig_story", "line_oa", "qr_poster", ""]))
    return lcode(p), b


@kind("sqs_receive_message_dump", "machine")
def k_sqs():
    b = B()
    b.t("$ aws sqs receive-message --queue-url https://sqs.ap-northeast-1.amazonaws.com/%s/cx-callbacks --max-number-of-messages 2\n{\n    \"Messages\": [\n" % dig(12))
    n = R.randint(1, 2)
    lang = "en"
    for i in range(n):
        p = any_person(0.6)
        if i == 0:
            lang = lcode(p)
        b.t('        {\n            "MessageId": "%s",\n            "ReceiptHandle": "AQEB%s...",\n            "Body": "{\\"type\\":\\"callback_request\\",\\"customer\\":\\"' % (uid(), hexs(30)))
        b.e("PERSON", jesc(p["name"], True)).t('\\",\\"phone\\":\\"').e("PHONE_NUMBER", p["phone"]).t('\\",\\"preferred_time\\":\\"%02d:00\\",\\"lang\\":\\"%s\\"}",\n' % (R.randint(9, 20), lcode(p)))
        b.t('            "Attributes": {"ApproximateReceiveCount": "%d", "SentTimestamp": "%d"}\n        }%s\n' % (R.randint(1, 9), 1710000000000 + R.randint(0, 9999999999), "," if i < n - 1 else ""))
    b.t("    ]\n}")
    return lang, b


@kind("sheet_cells_tab_paste", "machine")
def k_sheet_paste():
    b = B()
    b.t(ch(["pasting from the shortlist tab, cols B:G\n", "", "copy of rows 14-19 ↓\n"]))
    lang = "en"
    for i in range(R.randint(3, 6)):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        if chance(0.15):
            b.t("\t\t\t\t\n")
            continue
        b.e("PERSON", p["name"]).t("\t")
        b.e("EMAIL_ADDRESS", p["email"]) if chance(0.8) else b.t("")
        b.t("\t").e("PHONE_NUMBER", p["phone"]).t("\t")
        if chance(0.5):
            b.t('"').e("STREET_ADDRESS", p["addr"]["full"]).t('"')
        else:
            b.e("LOCATION", p["city"])
        b.t("\t%s\t%s\n" % (ch(["TRUE", "FALSE", "#N/A", "✔"]), ch(["", "=VLOOKUP(B%d,Tiers!A:C,3,0)" % R.randint(2, 400), "follow-up"])))
    return lang, b


@kind("textproto_customer_record", "machine")
def k_textproto():
    p = any_person(0.6)
    b = B()
    b.t("# proto-file: cx/v2/customer.proto\n# proto-message: cx.v2.CustomerSnapshot\ncustomer {\n  customer_id: %d\n  full_name: \"" % R.randint(10 ** 8, 10 ** 9))
    esc = p["name"] if chance(0.6) else "".join("\\%03o" % x for x in p["name"].encode("utf-8")) if False else p["name"]
    b.e("PERSON", esc).t("\"\n")
    if p["roman"] and p["roman"] != p["name"]:
        b.t("  latin_name: \"").e("PERSON", p["roman"]).t("\"\n")
    b.t("  contacts {\n    kind: EMAIL\n    value: \"").e("EMAIL_ADDRESS", p["email"]).t("\"\n    verified: true\n  }\n")
    b.t("  contacts {\n    kind: PHONE\n    value: \"").e("PHONE_NUMBER", p["phone"]).t("\"\n  }\n")
    b.t("  postal {\n    lines: \"").e("STREET_ADDRESS", p["addr"]["line"]).t("\"\n    locality: \"").e("LOCATION", p["addr"]["city"]).t("\"\n")
    b.t("    postal_code: \"%s\"\n  }\n" % p["addr"]["postcode"])
    if chance(0.4):
        b.t("  payout_iban: \"").e("IBAN_CODE", p["iban"]).t("\"\n")
    b.t("  segment: %s\n}\n" % ch(["SEGMENT_VIP", "SEGMENT_LAPSED", "SEGMENT_NEW"]))
    return lcode(p), b


@kind("git_diff_customer_seed_csv", "machine")
def k_git_diff():
    b = B()
    b.t("diff --git a/data/seed/customers_%s.csv b/data/seed/customers_%s.csv\nindex %s..%s 100644\n--- a/data/seed/customers_%s.csv\n+++ b/data/seed/customers_%s.csv\n@@ -%d,4 +%d,5 @@\n" % (
        *(["apac"] * 2), hexs(7), hexs(7), *(["apac"] * 2), R.randint(10, 300), R.randint(10, 300)))
    lang = "en"
    def row(prefix, p, phone_=None):
        b.t(prefix + "%d," % R.randint(1000, 9999)).e("PERSON", p["name"]).t(",").e("EMAIL_ADDRESS", p["email"]).t(",")
        b.e("PHONE_NUMBER", phone_ or p["phone"]).t(",").e("LOCATION", p["city"]).t("\n")
    ctx = any_person(0.7)
    lang = lcode(ctx)
    row(" ", ctx)
    chg = any_person(0.7)
    row("-", chg)
    newp = dict(chg)
    newp["phone"] = phone(chg.get("cc", "de") if chg["lang"] != "latin" else "de")
    row("+", newp, newp["phone"])
    row("+", any_person(0.7))
    row(" ", any_person(0.7))
    b.t("\\ No newline at end of file")
    return lang, b


def mt940_name_lines(b, name, ib):
    pass


@kind("mt940_statement_lines", "machine")
def k_mt940():
    b = B()
    b.t(":20:STMT%s\n:25:" % dig(8))
    own = iban(ch(["DE", "GR", "CY", "AE", "SA", "IL"]), "plain")
    b.e("IBAN_CODE", own).t("\n:28C:%05d/001\n:60F:C2404%02dEUR%d,%02d\n" % (R.randint(1, 300), R.randint(1, 28), R.randint(1000, 90000), R.randint(0, 99)))
    lang = "en"
    for i in range(R.randint(2, 3)):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        b.t(":61:2404%02d%s%d,%02dNTRFNONREF//%s\n:86:166?00SEPA-GUTSCHRIFT?20EREF+%s?21" % (
            R.randint(1, 28), ch(["C", "D"]), R.randint(5, 3000), R.randint(0, 99), dig(10), dig(12)))
        b.t("SVWZ+RETURN REFUND %s?30%s?31" % (order_no(), ch(["COBADEFFXXX", "ETHNGRAAXXX", "NBADAEAAXXX", "RJHISARIXXX"])))
        ib = iban(ch(["DE", "FR", "GR", "AE", "SA", "NL", "PT", "IT"]), "plain")
        # IBAN in ?31 may be split at the field boundary: keep whole here, the name split over ?32/?33
        b.e("IBAN_CODE", ib).t("?32")
        nm = (p["roman"] or p["name"]).upper()
        if len(nm) > 14 and chance(0.6):
            cut = nm.rfind(" ", 0, 20)
            if cut > 0:
                b.e("PERSON", nm[:cut]).t("?33").e("PERSON", nm[cut + 1:])
            else:
                b.e("PERSON", nm)
        else:
            b.e("PERSON", nm)
        b.t("\n")
    b.t(":62F:C2404%02dEUR%d,%02d\n-" % (R.randint(1, 28), R.randint(1000, 90000), R.randint(0, 99)))
    return lang, b


@kind("dlp_scan_findings_report", "machine")
def k_dlp():
    b = B()
    b.t("DLP scan  bucket=s3://cx-exports-%s  rules=PCI,PII  started=%s\n\n" % (ch(["apac", "mena", "eu"]), iso_ts()))
    b.t("%-6s %-44s %-10s %s\n" % ("sev", "object:line", "rule", "match (as found)"))
    for i in range(R.randint(4, 7)):
        obj = "%s/%s.%s:%d" % (ch(["zendesk", "crm_dump", "line_oa", "kakao_export"]), ch(["tickets_0412", "contacts", "chat_2024w15", "orders"]), ch(["csv", "json", "txt"]), R.randint(2, 9000))
        r = R.randint(0, 6)
        if r <= 1:
            b.t("%-6s %-44s %-10s " % ("HIGH", obj, "PAN")).e("CREDIT_CARD", card()).t("\n")
        elif r == 2:
            b.t("%-6s %-44s %-10s %s   (masked, ignore)\n" % ("info", obj, "PAN_MASK", masked_card()))
        elif r == 3:
            b.t("%-6s %-44s %-10s " % ("MED", obj, "IBAN")).e("IBAN_CODE", iban()).t("\n")
        elif r == 4:
            b.t("%-6s %-44s %-10s " % ("MED", obj, "EMAIL")).e("EMAIL_ADDRESS", any_person(0.5)["email"]).t("\n")
        elif r == 5:
            n = card(fmt="plain")
            bad = n[:-1] + str((int(n[-1]) + 3) % 10)
            b.t("%-6s %-44s %-10s %s   (luhn fail -> order ref?)\n" % ("low", obj, "PAN?", bad))
        else:
            b.t("%-6s %-44s %-10s " % ("MED", obj, "US_SSN")).e("US_SSN", ssn()).t("\n")
    b.t("\n%d findings, %d suppressed by allowlist (test PANs)\n" % (R.randint(5, 40), R.randint(0, 9)))
    return "en", b


@kind("idp_signin_event_export", "machine")
def k_idp():
    b = B()
    b.t("timestamp,event,user,src_ip,geo,result,mfa\n" if chance(0.3) else "")
    lang = "en"
    for i in range(R.randint(3, 7)):
        p = any_person(0.4)
        if i == 0:
            lang = lcode(p)
        ip = ipv4() if chance(0.6) else ipv6()
        b.t("%s,%s," % (iso_ts(), ch(["signin", "signin_failed", "password_reset", "mfa_challenge"])))
        b.e("EMAIL_ADDRESS", p["email"]).t(",").e("IP_ADDRESS", ip).t(",")
        if chance(0.6):
            b.e("LOCATION", ch(["Tokyo", "Seoul", "Tel Aviv", "Athens", "Kyiv", "Bangkok", "Dhaka", "Chennai", "Riyadh", "Almaty", "Lagos", "São Paulo"]))
        else:
            b.t(ch(["JP", "KR", "IL", "GR", "UA", "TH", "??"]))
        b.t(",%s,%s\n" % (ch(["success", "failure", "blocked"]), ch(["totp", "sms", "none", "push"])))
    return "en", b


@kind("python_traceback_locals_paste", "machine")
def k_traceback():
    p = any_person(0.6)
    b = B()
    b.t("anyone seen this? started after the address-normaliser deploy\n```\nTraceback (most recent call last):\n  File \"/srv/app/cx/sync.py\", line %d, in push_contact\n    resp = client.upsert(payload)\n" % R.randint(40, 400))
    b.t("  File \"/srv/app/cx/client.py\", line %d, in upsert\n    raise ValidationError(f\"bad field {k}: {v!r}\")\ncx.errors.ValidationError: bad field postal_code: '%s'\n\nLocals at frame push_contact:\n" % (R.randint(40, 400), ch(["", "〒", "N/A", "0000"])))
    b.t("    payload = {'name': '").e("PERSON", p["name"]).t("', 'email': '").e("EMAIL_ADDRESS", p["email"]).t("', 'phone': '").e("PHONE_NUMBER", p["phone"]).t("',\n")
    b.t("               'address': '").e("STREET_ADDRESS", p["addr"]["full"].replace("\n", "\\n")).t("', 'tier': %d}\n" % R.randint(0, 4))
    b.t("    retries = %d\n```" % R.randint(0, 3))
    return "en", b


@kind("sentry_event_breadcrumbs_json", "machine")
def k_sentry():
    p = any_person(0.5)
    b = B()
    b.t('{\n  "event_id": "%s",\n  "level": "error",\n  "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading \'postcode\')"}]},\n' % hexs(32))
    b.t('  "user": {"id": "%s", "email": "' % dig(7)).e("EMAIL_ADDRESS", p["email"]).t('", "ip_address": "').e("IP_ADDRESS", ipv4() if chance(0.7) else ipv6()).t('", "username": "%s"},\n' % ("u" + dig(6)))
    b.t('  "breadcrumbs": [\n    {"category": "ui.input", "message": "input[name=fullName] = ').e("PERSON", jesc(p["name"])).t('"},\n')
    b.t('    {"category": "ui.input", "message": "input[name=tel] = ').e("PHONE_NUMBER", p["phone"]).t('"},\n')
    if chance(0.5):
        b.t('    {"category": "ui.input", "message": "input[name=cardNumber] = ').e("CREDIT_CARD", card()).t('"},\n')
    else:
        b.t('    {"category": "ui.input", "message": "input[name=cardNumber] = [Filtered]"},\n')
    b.t('    {"category": "xhr", "data": {"method": "POST", "url": "/api/checkout/address", "status_code": 422}}\n  ],\n')
    b.t('  "tags": {"browser": "%s", "release": "web@%d.%d.%d"}\n}' % (ch(["Chrome 124", "Samsung Internet 24", "Safari 17.4"]), R.randint(1, 9), R.randint(0, 40), R.randint(0, 9)))
    return "en", b


@kind("elasticsearch_hits_response", "machine")
def k_es_hits():
    b = B()
    n = R.randint(2, 3)
    b.t('GET cx-tickets-2024.04/_search?q=phone:*%s*\n{\n  "took": %d,\n  "hits": {\n    "total": {"value": %d, "relation": "eq"},\n    "hits": [\n' % (dig(4), R.randint(2, 90), n))
    lang = "en"
    for i in range(n):
        p = any_person(0.6)
        if i == 0:
            lang = lcode(p)
        b.t('      {"_index": "cx-tickets-2024.04", "_id": "%s", "_score": %.3f,\n       "_source": {"requester": {"name": "' % (hexs(20), R.uniform(1, 12)))
        b.e("PERSON", jesc(p["name"])).t('", "phone": "').e("PHONE_NUMBER", p["phone"]).t('"}, "subject": "%s", "channel": "%s"}}%s\n' % (
            ch(["배송 지연", "返品について", "הזמנה לא הגיעה", "Αλλαγή διεύθυνσης", "refund pls", "ยกเลิกคำสั่งซื้อ"]), ch(["email", "chat", "kakao", "line"]), "," if i < n - 1 else ""))
    b.t("    ]\n  }\n}")
    return lang, b


@kind("mongo_shell_find_output", "machine")
def k_mongo():
    b = B()
    b.t("rs0:PRIMARY> db.members.find({tier: \"%s\"}).limit(%d).pretty()\n" % (ch(["gold", "black"]), 2))
    lang = "en"
    for i in range(R.randint(1, 2)):
        p = any_person(0.6)
        if i == 0:
            lang = lcode(p)
        b.t("{\n\t\"_id\" : ObjectId(\"%s\"),\n\t\"name\" : {\n\t\t\"given\" : \"" % hexs(24))
        b.e("PERSON", p["given"]).t("\",\n\t\t\"family\" : \"").e("PERSON", p["family"]).t("\"\n\t},\n\t\"contact\" : {\n\t\t\"email\" : \"")
        b.e("EMAIL_ADDRESS", p["email"]).t("\",\n\t\t\"mobile\" : \"").e("PHONE_NUMBER", p["phone"]).t("\"\n\t},\n\t\"addr\" : \"")
        b.e("STREET_ADDRESS", p["addr"]["full"].replace("\n", " ")).t("\",\n\t\"points\" : NumberLong(%d),\n\t\"joined\" : ISODate(\"%s\")\n}\n" % (R.randint(0, 90000), iso_ts()))
    return lang, b


@kind("redis_hgetall_session_dump", "machine")
def k_redis():
    p = any_person(0.5)
    b = B()
    b.t("cache-prod-2:6379> HGETALL sess:%s\n" % hexs(16))
    items = [("uid", None, dig(8)), ("email", "EMAIL_ADDRESS", p["email"]), ("ip", "IP_ADDRESS", ipv4() if chance(0.6) else ipv6()),
             ("cart_items", None, str(R.randint(0, 9))), ("ship_name", "PERSON", p["name"]), ("ship_phone", "PHONE_NUMBER", p["phone"]),
             ("locale", None, ch(["th_TH", "ja_JP", "he_IL", "bn_BD", "en_IN"]))]
    i = 1
    for k, t, v in items:
        b.t("%2d) \"%s\"\n%2d) \"" % (i, k, i + 1))
        b.e(t, v) if t else b.t(v)
        b.t("\"\n")
        i += 2
    b.t("cache-prod-2:6379> TTL sess:%s\n(integer) %d" % (hexs(6), R.randint(100, 86400)))
    return lcode(p), b


@kind("soap_customer_lookup_envelope", "machine")
def k_soap():
    p = any_person(0.5)
    b = B()
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n <soap:Body>\n  <GetCustomerResponse xmlns="urn:loyalty:v3">\n   <Customer id="%s">\n' % dig(9))
    b.t("    <FullName>").e("PERSON", p["name"].replace("&", "&amp;").replace("'", "&apos;")).t("</FullName>\n")
    if p["roman"] and p["roman"] != p["name"]:
        b.t("    <FullNameLatin>").e("PERSON", p["roman"].replace("'", "&apos;")).t("</FullNameLatin>\n")
    b.t("    <Email>").e("EMAIL_ADDRESS", p["email"]).t("</Email>\n    <Mobile>").e("PHONE_NUMBER", p["phone"]).t("</Mobile>\n")
    b.t("    <Address type=\"home\">").e("STREET_ADDRESS", p["addr"]["full"].replace("\n", " ")).t("</Address>\n")
    b.t("    <Points>%d</Points>\n    <MemberNo>%s</MemberNo>\n   </Customer>\n  </GetCustomerResponse>\n </soap:Body>\n</soap:Envelope>" % (R.randint(0, 50000), dig(12)))
    return lcode(p), b


@kind("jwt_claims_decoded_paste", "machine")
def k_jwt():
    p = any_person(0.5)
    b = B()
    b.t(ch(["decoded the id_token from the widget, see claims:\n", "jwt.io output (header/payload):\n"]))
    b.t('{"alg":"RS256","kid":"%s","typ":"JWT"}\n{\n  "iss": "https://id.brand.example/",\n  "sub": "auth0|%s",\n' % (hexs(8), hexs(24)))
    b.t('  "name": "').e("PERSON", jesc(p["name"])).t('",\n  "given_name": "').e("PERSON", jesc(p["given"])).t('",\n')
    b.t('  "email": "').e("EMAIL_ADDRESS", p["email"]).t('",\n  "email_verified": %s,\n' % ch(["true", "false"]))
    if chance(0.6):
        b.t('  "phone_number": "').e("PHONE_NUMBER", p["phone"]).t('",\n')
    b.t('  "https://brand.example/loyalty_tier": "%s",\n  "iat": %d,\n  "exp": %d\n}' % (ch(["gold", "silver"]), 1712000000 + R.randint(0, 99999), 1712090000 + R.randint(0, 99999)))
    return lcode(p), b


@kind("curl_verbose_repro_paste", "machine")
def k_curl():
    p = any_person(0.5)
    b = B()
    b.t("$ curl -v -X POST https://api.cx-platform.example/v2/profiles \\\n  -H 'Authorization: Bearer ****' -H 'Content-Type: application/json' \\\n  -d '{\"name\":\"")
    b.e("PERSON", p["name"].replace("'", "'\\''")).t("\",\"email\":\"").e("EMAIL_ADDRESS", p["email"]).t("\",\"phone\":\"").e("PHONE_NUMBER", p["phone"]).t("\"}'\n")
    ip = ipv4()
    b.t("*   Trying ").e("IP_ADDRESS", ip).t(":443...\n* Connected to api.cx-platform.example (").e("IP_ADDRESS", ip).t(") port 443\n")
    b.t("> POST /v2/profiles HTTP/2\n> user-agent: curl/8.5.0\n>\n< HTTP/2 409\n< x-request-id: %s\n<\n{\"error\":\"duplicate\",\"existing_profile\":\"%s\"}" % (uid(), dig(10)))
    return lcode(p), b


@kind("analytics_people_jsonl_export", "machine")
def k_people_jsonl():
    b = B()
    lang = "en"
    for i in range(R.randint(3, 5)):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        b.t('{"$distinct_id":"%s","$properties":{"$name":"' % hexs(14)).e("PERSON", jesc(p["name"])).t('","$email":"').e("EMAIL_ADDRESS", p["email"]).t('"')
        if chance(0.5):
            b.t(',"$phone":"').e("PHONE_NUMBER", p["phone"]).t('"')
        b.t(',"$city":"').e("LOCATION", jesc(p["city"])).t('","$last_seen":"%s","ltv":%d.%02d}}\n' % (iso_ts(), R.randint(0, 4000), R.randint(0, 99)))
    return lang, b


@kind("k8s_pod_stdout_json_lines", "machine")
def k_k8s():
    b = B()
    b.t("$ kubectl logs deploy/notify-worker -n cx --since=5m | head\n")
    lang = "en"
    for i in range(R.randint(3, 5)):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        r = R.randint(0, 2)
        b.t('{"level":"%s","ts":%d.%03d,"caller":"sender/%s.go:%d",' % (ch(["info", "warn", "error"]), 1712000000 + R.randint(0, 99999), R.randint(0, 999), ch(["sms", "email", "push"]), R.randint(10, 300)))
        if r == 0:
            b.t('"msg":"sms queued","to":"').e("PHONE_NUMBER", p["phone"]).t('","template":"%s"}\n' % ch(["otp_ja", "delivery_eta_th", "promo_ko"]))
        elif r == 1:
            b.t('"msg":"email bounced","rcpt":"').e("EMAIL_ADDRESS", p["email"]).t('","smtp":"550 mailbox unavailable"}\n')
        else:
            b.t('"msg":"push token refreshed","remote":"').e("IP_ADDRESS", ipv6() if chance(0.5) else ipv4()).t('","user":"%s"}\n' % dig(8))
    return lang, b


@kind("psp_customer_object_json", "machine")
def k_psp():
    p = any_person(0.5)
    b = B()
    a = p["addr"]
    b.t('{\n  "id": "cus_%s",\n  "object": "customer",\n  "name": "' % hexs(14)).e("PERSON", jesc(p["name"])).t('",\n  "email": "').e("EMAIL_ADDRESS", p["email"]).t('",\n')
    b.t('  "phone": "').e("PHONE_NUMBER", p["phone"]).t('",\n  "address": {\n    "line1": "').e("STREET_ADDRESS", jesc(a["line"])).t('",\n    "line2": null,\n    "city": "').e("LOCATION", jesc(a["city"])).t('",\n')
    b.t('    "postal_code": "%s",\n    "country": "%s"\n  },\n' % (a["postcode"], ch(["JP", "KR", "TH", "GR", "IL", "IN", "AE"])))
    b.t('  "invoice_settings": {"default_payment_method": "pm_%s"},\n  "sources": {"data": [{"brand": "%s", "last4": "%s", "exp_month": %d, "exp_year": %d}]},\n' % (
        hexs(14), ch(["Visa", "JCB", "Mastercard", "UnionPay"]), dig(4), R.randint(1, 12), R.randint(2025, 2031)))
    if chance(0.5):
        b.t('  "metadata": {"legacy_card": "').e("CREDIT_CARD", card()).t('", "note": "migrated from old POS, delete!"}\n}')
    else:
        b.t('  "metadata": {"legacy_card": "%s", "crm_id": "%s"}\n}' % (masked_card(), dig(9)))
    return lcode(p), b


@kind("template_render_context_dump", "machine")
def k_tpl_ctx():
    p = any_person(0.6)
    b = B()
    b.t("[mailer] render failed: template 'order_shipped_%s.liquid' line %d: undefined variable 'customer.kana'\ncontext = {\n" % (ch(["ja", "ko", "th", "he"]), R.randint(5, 80)))
    b.t("  'customer': {'first_name': '").e("PERSON", p["given"]).t("', 'last_name': '").e("PERSON", p["family"]).t("', 'email': '").e("EMAIL_ADDRESS", p["email"]).t("'},\n")
    b.t("  'shipping': {'address': '").e("STREET_ADDRESS", p["addr"]["full"].replace("\n", "\\n")).t("', 'phone': '").e("PHONE_NUMBER", p["phone"]).t("'},\n")
    b.t("  'order': {'number': '%s', 'tracking': '%s', 'total': '%s'},\n  'shop': {'name': 'Maison Rose Gold', 'support': '" % (order_no(), ch(["JP", "TH", "EE"]) + dig(9) + ch(["JP", "TH", "KR"]), ch(["¥12,800", "₩59,000", "฿1,290", "₪340"])))
    b.e("EMAIL_ADDRESS", "care@maison-rosegold.example").t("'}\n}")
    return lcode(p), b


@kind("cookie_consent_receipt_json", "machine")
def k_consent():
    p = any_person(0.5)
    b = B()
    b.t('{"receipt_id":"%s","collected_at":"%s","subject":{"email":"' % (uid(), iso_ts())).e("EMAIL_ADDRESS", p["email"]).t('","ip":"').e("IP_ADDRESS", ipv4() if chance(0.6) else ipv6()).t('"},')
    b.t('"purposes":{"analytics":%s,"ads":%s,"personalisation":%s},"banner_version":"%d.%d","lang":"%s","geo":"' % (
        ch(["true", "false"]), ch(["true", "false"]), ch(["true", "false"]), R.randint(1, 5), R.randint(0, 9), lcode(p)))
    b.e("LOCATION", ch(["Tel Aviv", "Athens", "Kyiv", "Osaka", "Busan", "Bangkok", "Dubai", "Mumbai", "Dhaka"])).t('"}')
    return lcode(p), b


@kind("sms_inbound_webhook_form", "machine")
def k_sms_inbound():
    p = any_person(0.6)
    b = B()
    b.t("POST /sms/inbound  body=\n")
    b.t("ToCountry=%s&SmsSid=SM%s&From=" % (ch(["JP", "IL", "GR", "IN", "TH"]), hexs(32))).e("PHONE_NUMBER", p["phone"].replace(" ", "")).t("&To=").e("PHONE_NUMBER", ch(["+815012345678", "+97233760000", "+302111989000", "+9118002700"]))
    body = ch(["STOP", "YES", "wrong+address+pls+call", "ok+thanks", "配達日変更したい", "לא+הזמנתי+את+זה"])
    b.t("&Body=" + body + "&FromCity=")
    if chance(0.6):
        b.e("LOCATION", urlenc_as_written(ch(["TEL AVIV", "TOKYO", "ATHENS", "MUMBAI", "BANGKOK", "SEOUL"])))
    b.t("&NumMedia=0&ApiVersion=2010-04-01")
    return lcode(p), b


@kind("payout_batch_fixed_width_wrapped", "machine")
def k_payout_fw():
    b = B()
    b.t("PAYOUT BATCH %s   CREATOR REWARDS   PAGE 1\n%-28s%-36s%10s\n" % (dig(6), "PAYEE", "ACCOUNT", "AMOUNT"))
    lang = "en"
    for i in range(R.randint(2, 4)):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        nm = (p["roman"] or p["name"]).upper()[:26]
        raw = iban(ch(["GR", "IL", "UA", "SA", "AE", "JO", "TR", "KZ", "EG", "QA", "DE", "PT", "CY", "LB"]), "plain")
        amt = "%d.%02d" % (R.randint(20, 4000), R.randint(0, 99))
        if len(raw) > 24 and chance(0.5):
            cut = 24
            b.e("PERSON", nm).t(" " * (28 - len(nm))).e("IBAN_CODE", raw[:cut] + "\n" + " " * 28 + raw[cut:])
            b.t(" " * max(1, 36 - len(raw[cut:]))).t("%10s\n" % amt)
        else:
            b.e("PERSON", nm).t(" " * (28 - len(nm))).e("IBAN_CODE", raw).t(" " * max(1, 36 - len(raw))).t("%10s\n" % amt)
    b.t("TOTAL ITEMS %d      CONTROL SUM OK\n" % R.randint(2, 4))
    return "en", b


@kind("name_romanisation_dedupe_queue", "machine")
def k_romanisation():
    b = B()
    b.t("dedupe queue  rule=translit_match  threshold=0.82\n")
    lang = "en"
    for i in range(R.randint(2, 4)):
        lg = ch(SCRIPT_LANGS)
        n = ch(NAMES[lg])
        if i == 0:
            lang = lg if lg != "zh_tw" else "zh"
        p = person(lg)
        b.t("[%s] A: " % ch(["OPEN", "MERGE?", "HOLD"])).e("PERSON", n[0]).t(" <").e("EMAIL_ADDRESS", email_for(n[1])).t(">  B: ")
        rom = n[1] if chance(0.6) else n[1].upper()
        b.e("PERSON", rom).t(" / ").e("PHONE_NUMBER", p["phone"]).t("  score=0.%d\n" % R.randint(82, 99))
    b.t("(brand look-alikes auto-skipped: 'Yves Rocher', 'Ralph Lauren', 'Ted Baker')\n" if chance(0.5) else "")
    return lang, b


@kind("api_schema_examples_nopii", "machine")
def k_schema_nopii():
    b = B()
    b.t('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "title": "LeadSubmit",\n  "type": "object",\n  "properties": {\n')
    b.t('    "name": {"type": "string", "maxLength": 120, "examples": ["<full name>"]},\n')
    b.t('    "email": {"type": "string", "format": "email", "examples": ["user@example"]},\n')
    b.t('    "phone": {"type": "string", "pattern": "^\\\\+?[0-9 ()-]{7,20}$", "examples": ["+00 000 000 0000"]},\n')
    b.t('    "order_ref": {"type": "string", "examples": ["%s-%s-%s"]},\n' % (dig(3), dig(3), dig(4)))
    b.t('    "ip": {"type": "string", "format": "ipv4", "examples": ["x.x.x.x"]},\n')
    b.t('    "shade": {"enum": ["Rose Gold", "Victoria Blue", "Grace Kelly Red", "Marilyn Nude"]}\n  },\n  "required": ["name", "email"]\n}')
    return "en", b


@kind("grafana_alert_payload_nopii", "machine")
def k_grafana_nopii():
    b = B()
    b.t('{"receiver":"cx-oncall","status":"firing","alerts":[{"labels":{"alertname":"CheckoutLatencyHigh","region":"%s","service":"payments"},' % ch(["ap-northeast-1", "me-central-1", "eu-south-1"]))
    b.t('"annotations":{"summary":"p95 %d ms for 10m","runbook":"https://wiki.internal/rb/checkout-latency"},"startsAt":"%s",' % (R.randint(800, 4000), iso_ts()))
    b.t('"values":{"p95":%d.%d,"errors":%d,"orders_per_min":%d}}],"version":"4","groupKey":"%s","truncatedAlerts":0}\n' % (R.randint(800, 4000), R.randint(0, 9), R.randint(0, 300), R.randint(10, 900), hexs(16)))
    b.t("build %d.%d.%d  batch %s-%s-%s  sku TH-%s  ticket #%s" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99), dig(3), dig(3), dig(4), dig(5), dig(7)))
    return "en", b



@kind("card_vault_migration_csv", "machine")
def k_card_vault():
    b = B()
    b.t("# legacy_pos -> vault migration, rejected rows (tokenizer v%d)\n" % R.randint(2, 5))
    lang = "en"
    for i in range(R.randint(3, 6)):
        p = any_person(0.5)
        if i == 0:
            lang = lcode(p)
        b.t("tok_%s," % hexs(16))
        r = R.randint(0, 3)
        if r <= 1:
            b.e("CREDIT_CARD", card(fmt=ch(["plain", "plain", "space", "dash"])))
        elif r == 2:
            b.t(masked_card())
        else:
            n = card(fmt="plain")
            b.t(n[:-1] + str((int(n[-1]) + 5) % 10))
        b.t(",%02d/%02d," % (R.randint(1, 12), R.randint(25, 31)))
        b.e("PERSON", (p["roman"] or p["name"]).upper() if chance(0.6) else p["name"])
        b.t(",%s\n" % ch(["ERR_LUHN" if r == 3 else "ERR_EXPIRED", "ERR_DUP", "ERR_BIN_UNKNOWN", "OK_MASKED_ONLY" if r == 2 else "ERR_CVV_STORED"]))
    return "en", b


@kind("affiliate_kyc_webhook_json", "machine")
def k_aff_kyc():
    p = person(None)
    b = B()
    b.t('{"type":"payee.verification.%s","data":{"payee":{"legal_name":"' % ch(["completed", "failed", "needs_review"])).e("PERSON", jesc(p["name"])).t('",')
    b.t('"email":"').e("EMAIL_ADDRESS", p["email"]).t('","tax_country":"US",')
    if chance(0.6):
        b.t('"tax_id":"').e("US_SSN", ssn()).t('",')
    b.t('"tax_id_last4":"%s","address":"' % dig(4)).e("STREET_ADDRESS", "%d %s, %s %05d" % (R.randint(10, 9999), ch(["Maple Ave Apt 3", "E Colfax Ave", "Ocean Dr #12", "Elm St"]), ch(["Denver, CO", "Miami, FL", "Columbus, OH", "Portland, OR"]), R.randint(10000, 99999)))
    b.t('","payout":{"method":"%s"}},"risk":{"ip":"' % ch(["ach", "paypal", "wire"])).e("IP_ADDRESS", ipv4()).t('","score":%d}}}' % R.randint(0, 99))
    return "en", b


# ================================================================ NON-LATIN SCRIPT TEXT
def nm_or_roman(p, both_p=0.35):
    """returns list of pieces: native name, optionally romanised in brackets"""
    out = [P(p["name"])]
    if p["roman"] and chance(both_p):
        out += [T(ch([" (", "（", " / "])), P(p["roman"]), T(")" if True else "")]
        if out[1][1] == " / ":
            out[-1] = T("")
        elif out[1][1] == "（":
            out[-1] = T("）")
    return out


def put(b, items):
    for it in items:
        b.v(it)
    return b


@kind("ja_subscription_address_change_form", "script")
def k_ja_addr_change():
    p = person("ja")
    b = B()
    b.t("【定期便 お届け先変更フォーム】\n会員番号：%s\nお名前：" % dig(8))
    put(b, nm_or_roman(p, 0.2))
    b.t(" 様\nフリガナ：%s\n" % ch(["サトウ ミサキ", "タカハシ ケンタ", "ヤマモト アヤカ", "（未入力）"]) if False else " 様\n")
    b.t("旧住所：").e("STREET_ADDRESS", addr_jp()["full"].replace("\n", " ")).t("\n新住所：")
    b.e("STREET_ADDRESS", p["addr"]["full"]).t("\n電話番号：")
    ph = p["phone"]
    if chance(0.3):
        ph = nd(phone("jp", "nat"), "fw")
    b.e("PHONE_NUMBER", ph).t("\nメール：").e("EMAIL_ADDRESS", p["email"]).t("\n")
    b.t("変更希望日：次回（%d月%d日）お届け分から\n備考：%s" % (R.randint(1, 12), R.randint(1, 28), ch(["置き配希望。宅配ボックスあり", "平日昼間は不在です", "マンション名変わりました🙇", ""])))
    return "ja", b


@kind("ja_ec_order_confirm_mail", "script")
def k_ja_order():
    p = person("ja")
    b = B()
    b.e("PERSON", p["name"]).t(" 様\n\nこの度は「%s」オンラインストアをご利用いただき、誠にありがとうございます。\nご注文内容を以下の通り承りました。\n\n" % ch(["ミモザ雑貨店", "Rose Gold Kitchen", "北欧インテリア HYGGE"]))
    b.t("■ご注文番号：%s\n■お支払い方法：%s\n" % (dig(4) + "-" + dig(4) + "-" + dig(4), ch(["クレジットカード（**** **** **** %s）" % dig(4), "代金引換", "コンビニ払い"])))
    b.t("■お届け先\n　").e("STREET_ADDRESS", p["addr"]["full"].replace("\n", "\n　")).t("\n　")
    b.e("PERSON", p["name"]).t(" 様\n　TEL ").e("PHONE_NUMBER", phone("jp", "nat")).t("\n")
    b.t("■商品\n　%s × %d\n　小計 ¥%s\n\nお問い合わせ：" % (ch(["ステンレスボトル 500ml（ローズゴールド）", "リネンエプロン", "ハンドクリーム 3本セット"]), R.randint(1, 3), "{:,}".format(R.randint(1000, 30000))))
    b.e("EMAIL_ADDRESS", ch(["support@mimoza-zakka.example", "info@hygge-store.example"])).t("\n（受付時間 平日10:00〜17:00）")
    return "ja", b


@kind("ja_furusato_gift_shipping_list", "script")
def k_ja_furusato():
    b = B()
    b.t("お歳暮 発送リスト（営業部 %s分）\n" % ch(["12月", "7月"]))
    for i in range(R.randint(3, 5)):
        p = person("ja")
        b.t("%d. " % (i + 1)).e("PERSON", p["name"]).t(ch([" 様", "様", " 殿"]) + "　")
        b.e("STREET_ADDRESS", p["addr"]["full"].replace("\n", " ")).t("　☎").e("PHONE_NUMBER", phone("jp")).t("\n")
    b.t("※ %s様分は先方ご不在のため %d/%d に再送\n" % ("", R.randint(1, 12), R.randint(1, 28)) if False else "")
    b.t("品名：%s　のし：%s" % (ch(["銘菓詰め合わせ", "今治タオル", "果物ギフト"]), ch(["御歳暮", "御中元", "なし"])))
    return "ja", b


@kind("ko_smartstore_order_inquiry", "script")
def k_ko_smartstore():
    p = person("ko")
    b = B()
    b.t("[스마트스토어 문의] 상품: %s\n작성자: " % ch(["로즈골드 텀블러", "비건 립밤 3종", "캠핑 의자"]))
    b.e("PERSON", p["name"][0] + "**" if False else p["name"]).t("\n\n")
    b.t("안녕하세요 주문번호 %s 건인데요 배송지를 잘못 입력했어요ㅠㅠ\n" % ("2024" + dig(12)))
    b.t("바뀐 주소: ").e("STREET_ADDRESS", p["addr"]["full"]).t("\n")
    b.t("연락처는 ").e("PHONE_NUMBER", phone("kr", "nat")).t(" 이고 ")
    b.t(ch(["문 앞에 놔주세요", "경비실에 맡겨주세요", "부재시 연락 부탁드려요"]) + "\n")
    if chance(0.5):
        b.t("그리고 남편 이름으로 받을게요 (").e("PERSON", person("ko")["name"]).t(")\n")
    b.t("\n└ 판매자 답변: 안녕하세요 고객님, 배송지 변경 처리해드렸습니다. 감사합니다 :)")
    return "ko", b


@kind("ko_membership_point_transfer_request", "script")
def k_ko_points():
    a, c = person("ko"), person("ko")
    b = B()
    b.t("멤버십 포인트 양도 신청서\n\n1. 양도인\n  성명: ")
    put(b, nm_or_roman(a, 0.4))
    b.t("\n  휴대폰: ").e("PHONE_NUMBER", a["phone"]).t("\n  이메일: ").e("EMAIL_ADDRESS", a["email"]).t("\n\n2. 양수인\n  성명: ").e("PERSON", c["name"])
    b.t("\n  휴대폰: ").e("PHONE_NUMBER", c["phone"]).t("\n  주소: ").e("STREET_ADDRESS", c["addr"]["full"]).t("\n\n")
    b.t("양도 포인트: %s P\n사유: %s\n※ 본인 확인 후 영업일 기준 3일 내 처리됩니다." % ("{:,}".format(R.randint(1000, 90000)), ch(["해외 이주", "가족 간 양도", "계정 정리"])))
    return "ko", b


@kind("ko_apartment_notice_brands_nopii", "script")
def k_ko_nopii():
    b = B()
    b.t("[관리사무소 안내]\n%d동 주민 여러분께 알려드립니다.\n\n" % R.randint(101, 112))
    b.t("1. %d월 %d일(화) 오전 10시~12시 승강기 정기점검이 있습니다.\n2. 택배 보관함 %d번~%d번 고장으로 사용이 불가합니다.\n" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 20), R.randint(21, 40)))
    b.t("3. 단지 내 '%s' 팝업 행사는 주차장 B2에서 진행됩니다. (문의: 관리사무소 내선 %d)\n" % (ch(["샤넬 넘버5", "루이 까또즈", "폴 스미스", "로즈골드 에디션"]), R.randint(100, 400)))
    b.t("\n감사합니다. 관리소장 드림")
    return "ko", b


@kind("zh_tw_einvoice_carrier_request", "script")
def k_zh_tw_inv():
    p = person("zh_tw")
    b = B()
    b.t("您好，我想補登電子發票載具\n訂單編號：%s\n訂購人：" % ("TW" + dig(10)))
    put(b, nm_or_roman(p, 0.3))
    b.t("\n手機條碼：/%s\n" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789.+-") for _ in range(7)))
    b.t("統一編號：%s（公司報帳用）\n聯絡電話：" % dig(8)).e("PHONE_NUMBER", phone("tw")).t("\n")
    b.t("Email：").e("EMAIL_ADDRESS", p["email"]).t("\n寄送地址：").e("STREET_ADDRESS", addr_tw()["full"]).t("\n")
    b.t(ch(["謝謝🙏", "麻煩了，感恩", "上次客服說可以補，拜託"]))
    return "zh", b


@kind("zh_hk_viewing_chat_log", "script")
def k_zh_hk():
    agent, cli = person("zh_tw"), person("zh_tw")
    b = B()
    b.t("[%s] " % hm(True)).e("PERSON", agent["roman"] or agent["name"]).t(" (地產): ")
    b.t("你好！我係%s地產嘅" % ch(["美聯", "中原", "利嘉閣"]) if False else "你好！我係地產經紀").e("PERSON", agent["name"][0] + ch(["生", "小姐"]) if False else agent["name"]).t("，想約你睇樓\n")
    b.t("[%s] " % hm()).e("PERSON", cli["name"]).t(": 好呀，星期六下晝得唔得？\n")
    b.t("[%s] 經紀: 得！地址係 " % hm()).e("STREET_ADDRESS", "香港%s%s%d號%s%d樓%s室" % (*ch(HK_PLACES)[1:], R.randint(1, 600), ch(["", "御峯", "海濱花園2座"]), R.randint(2, 40), ch("ABCDEF")))
    b.t("，到咗大堂打 ").e("PHONE_NUMBER", phone("hk")).t(" 搵我\n")
    b.t("[%s] 客: 收到👍 我太太都會嚟" % hm())
    return "zh", b


@kind("zh_membership_merge_email", "script")
def k_zh_merge():
    p = person("zh")
    b = B()
    b.t("主题：会员账号合并申请\n\n客服您好：\n\n我叫").e("PERSON", p["name"]).t(ch(["，", "（", "，拼音 "]))
    if p["roman"]:
        b.e("PERSON", p["roman"])
    b.t("，之前用手机号 ").e("PHONE_NUMBER", phone("cn", "nat")).t(" 注册过一个账号，后来换号又用 ").e("PHONE_NUMBER", phone("cn")).t(" 注册了一个。\n")
    b.t("两个账号的积分（%d + %d）能不能合并到新账号？邮箱是 " % (R.randint(100, 9000), R.randint(100, 9000))).e("EMAIL_ADDRESS", p["email"]).t("。\n")
    b.t("收货地址用新的：").e("STREET_ADDRESS", p["addr"]["full"]).t("\n\n谢谢！\n").e("PERSON", p["given"] if len(p["given"]) > 1 else p["name"]).t("\n%d年%d月%d日" % (2024, R.randint(1, 12), R.randint(1, 28)))
    return "zh", b


@kind("zh_sku_mapping_table_nopii", "script")
def k_zh_sku_nopii():
    b = B()
    b.t("SKU对照表（天猫→自营仓）\n")
    for i in range(R.randint(4, 6)):
        b.t("%s\t%s\t%s\t¥%d\n" % ("TM" + dig(11), ch(["玫瑰金保温杯", "李宁运动袜", "王老吉凉茶 24罐", "周大福吊坠", "张小泉剪刀"]), "WH-" + dig(3) + "-" + dig(4), R.randint(9, 2999)))
    b.t("注：品牌名含人名的（李宁、张小泉、周大福）不是个人信息，不要打码。")
    return "zh", b


_CLOCK = [0]


def hm(reset=False):
    if reset or _CLOCK[0] == 0 or _CLOCK[0] > 22 * 60:
        _CLOCK[0] = R.randint(8 * 60, 20 * 60)
    _CLOCK[0] += R.randint(1, 25)
    return "%02d:%02d" % divmod(_CLOCK[0], 60)


@kind("th_marketplace_seller_chat", "script")
def k_th_seller():
    p = person("th")
    b = B()
    b.t("ลูกค้า: สวัสดีค่ะ สั่งไปเมื่อวาน เลขออเดอร์ %s ค่ะ\n" % (dig(6) + ch(["TH", "LZ"]) + dig(6)))
    b.t("ร้าน: สวัสดีค่ะ ขอชื่อและที่อยู่จัดส่งอีกครั้งนะคะ\nลูกค้า: ").e("PERSON", p["name"]).t(" ค่ะ\n")
    b.e("STREET_ADDRESS", p["addr"]["full"]).t("\nเบอร์ ").e("PHONE_NUMBER", phone("th", "nat") if chance(0.7) else nd(phone("th", "nat"), "th")).t("\n")
    b.t("ร้าน: รับทราบค่ะคุณ").e("PERSON", p["given"]).t(" จะส่ง%sให้ภายในวันพรุ่งนี้นะคะ 🙏\n" % ch(["Kerry", "Flash", "ไปรษณีย์ไทย"]))
    if chance(0.5):
        b.t("ลูกค้า: ถ้าไม่อยู่ฝากไว้กับป้อมยามได้เลยค่ะ หรือโทรหาแฟน ").e("PHONE_NUMBER", phone("th")).t(" ก็ได้")
    return "th", b


@kind("th_promptpay_refund_request", "script")
def k_th_promptpay():
    p = person("th")
    b = B()
    b.t("เรื่อง: ขอคืนเงินค่าสินค้า (คืนผ่านพร้อมเพย์)\n\nเรียนฝ่ายบริการลูกค้า\n\nดิฉัน/กระผม ").e("PERSON", p["name"])
    if p["roman"] and chance(0.4):
        b.t(" (").e("PERSON", p["roman"]).t(")")
    b.t(" ได้คืนสินค้า%sเมื่อวันที่ %d/%d/2567 ขอให้โอนเงินคืน %d บาท เข้าพร้อมเพย์เบอร์ " % (ch(["หูฟัง", "รองเท้า", "ครีมกันแดด"]), R.randint(1, 28), R.randint(1, 12), R.randint(200, 9000)))
    b.e("PHONE_NUMBER", phone("th", "nat")).t("\nหากติดต่อไม่ได้ ส่งอีเมลมาที่ ").e("EMAIL_ADDRESS", p["email"]).t(" ได้ค่ะ\n\nขอบคุณค่ะ\n").e("PERSON", p["name"])
    return "th", b


@kind("th_condo_juristic_parcel_notice", "script")
def k_th_condo():
    b = B()
    b.t("📦 นิติบุคคลอาคารชุด%s แจ้งพัสดุตกค้าง\n" % ch(["ศุภาลัย ปาร์ค", "ลุมพินี วิลล์", "เดอะ ไลน์ สุขุมวิท"]))
    for i in range(R.randint(3, 5)):
        p = person("th")
        b.t("ห้อง %d/%d  คุณ" % (R.randint(1, 40), R.randint(100, 3999))).e("PERSON", p["name"] if chance(0.6) else p["given"]).t("  (%s)\n" % ch(["Kerry", "Shopee Xpress", "J&T", "EMS"]))
    b.t("กรุณารับภายใน 7 วัน ติดต่อสำนักงาน ").e("PHONE_NUMBER", phone("th", "nat")).t(" (%s)" % ch(["08:00-20:00", "ทุกวัน"]))
    return "th", b


@kind("el_courier_voucher_email", "script")
def k_el_courier():
    p = person("el")
    b = B()
    b.t("Θέμα: Η παραγγελία σας #%s απεστάλη\n\nΑγαπητέ/ή " % dig(6)).e("PERSON", p["given"]).t(",\n\n")
    b.t("η παραγγελία σας παραδόθηκε στην %s με αριθμό voucher %s.\n\nΣτοιχεία αποστολής:\n" % (ch(["ACS", "ΕΛΤΑ Courier", "Γενική Ταχυδρομική", "BOX NOW"]), dig(10)))
    b.e("PERSON", p["name"] if chance(0.6) else p["name"].upper()).t("\n").e("STREET_ADDRESS", p["addr"]["full"]).t("\nΤηλ.: ").e("PHONE_NUMBER", p["phone"]).t("\n\n")
    b.t("Για οποιαδήποτε αλλαγή επικοινωνήστε στο ").e("EMAIL_ADDRESS", "support@" + ch(["kalokairi-shop.example", "eshop-mati.example"])).t(".\n\nΜε εκτίμηση,\nΗ ομάδα εξυπηρέτησης")
    return "el", b


@kind("el_villa_booking_inquiry", "script")
def k_el_villa():
    p = person("el")
    b = B()
    b.t("Καλησπέρα σας,\n\nθα θέλαμε να κλείσουμε τη βίλα για %d άτομα από %d έως %d Αυγούστου. " % (R.randint(2, 8), R.randint(1, 10), R.randint(11, 25)))
    b.t("Ερχόμαστε από ").e("LOCATION", ch(["Θεσσαλονίκη", "Λάρισα", "Κύπρο", "Βόλο", "Ιωάννινα"])).t(" με αυτοκίνητο.\n")
    b.t("Η προκαταβολή θα γίνει από τον λογαριασμό μου: ").e("IBAN_CODE", iban(ch(["GR", "GR", "CY"]))).t(" (δικαιούχος ").e("PERSON", p["name"].upper() if chance(0.5) else p["name"]).t(").\n")
    b.t("Το κινητό μου είναι ").e("PHONE_NUMBER", phone("gr")).t(".\n\nΕυχαριστώ,\n").e("PERSON", p["given"]).t(ch(["", " 🙂", "\n\nΑπεστάλη από το iPhone μου"]))
    return "el", b


@kind("el_eshop_iban_refund_request", "script")
def k_el_refund():
    p = person("el")
    b = B()
    b.t("ΑΙΤΗΣΗ ΕΠΙΣΤΡΟΦΗΣ ΧΡΗΜΑΤΩΝ\nΟνοματεπώνυμο: ").e("PERSON", p["name"]).t("\nΔιεύθυνση: ").e("STREET_ADDRESS", p["addr"]["full"].replace("\n", ", ")).t("\n")
    b.t("Αρ. παραγγελίας: %s   Ποσό: %d,%02d €\nIBAN: " % (dig(7), R.randint(10, 300), R.randint(0, 99)))
    ib = iban("GR", "group")
    if chance(0.3):
        ib = ib.lower()
    b.e("IBAN_CODE", ib).t("\nΤράπεζα: %s\nΚάρτα αγοράς: %s (δεν χρεώθηκε σωστά)\nΥπογραφή: " % (ch(["Πειραιώς", "Εθνική", "Alpha Bank", "Eurobank"]), masked_card()))
    b.e("PERSON", p["family"])
    return "el", b


@kind("he_bank_transfer_dispute_email", "script")
def k_he_dispute():
    p = person("he")
    b = B()
    b.t("שלום רב,\n\nשמי ").e("PERSON", p["name"]).t(" ואני פונה בעניין הזמנה מס' %s.\n" % dig(7))
    b.t("ביצעתי העברה בנקאית מחשבון ").e("IBAN_CODE", iban("IL")).t(" ביום %d.%d אך ההזמנה בוטלה ולא קיבלתי החזר.\n" % (R.randint(1, 28), R.randint(1, 12)))
    b.t("אשמח שתחזרו אליי לנייד ").e("PHONE_NUMBER", p["phone"]).t(" או במייל ").e("EMAIL_ADDRESS", p["email"]).t(".\n")
    if chance(0.5):
        b.t("כתובת למשלוח חשבונית: ").e("STREET_ADDRESS", p["addr"]["full"]).t("\n")
    b.t("\nבתודה,\n").e("PERSON", p["given"])
    return "he", b


@kind("he_apartment_deposit_whatsapp", "script")
def k_he_deposit():
    a, c = person("he"), person("he")
    b = B()
    b.t("[%s] " % hm(True)).e("PERSON", a["given"]).t(": היי, לגבי הדירה ב").e("STREET_ADDRESS", a["addr"]["full"]).t(" - הפיקדון ₪%s עדיין אצלכם?\n" % "{:,}".format(R.randint(3000, 15000)))
    b.t("[%s] " % hm()).e("PERSON", c["name"]).t(": כן, נחזיר אחרי בדיקת מונה. תשלחי מספר חשבון\n")
    b.t("[%s] " % hm()).e("PERSON", a["given"]).t(": ").e("IBAN_CODE", iban("IL", ch(["plain", "group"]))).t(" ע\"ש ").e("PERSON", a["name"]).t("\n")
    b.t("[%s] " % hm()).e("PERSON", c["name"]).t(": 👍 אם יש בעיה אני בטלפון ").e("PHONE_NUMBER", c["phone"])
    return "he", b


@kind("he_event_waitlist_sheet", "script")
def k_he_waitlist():
    b = B()
    b.t("רשימת המתנה – השקת קולקציה (%d.%d)\n" % (R.randint(1, 28), R.randint(1, 12)))
    for i in range(R.randint(3, 5)):
        p = person("he")
        b.t("%d | " % (i + 1)).e("PERSON", p["name"]).t(" | ").e("PHONE_NUMBER", p["phone"]).t(" | ")
        if chance(0.6):
            b.e("EMAIL_ADDRESS", p["email"])
        else:
            b.t("—")
        b.t(" | %s\n" % ch(["+1", "+2", "VIP", "לבדוק", ""]))
    b.t("סניף: ").e("LOCATION", ch(["תל אביב", "חיפה", "ירושלים"])).t(" · דיסקונט לחברות מועדון 'מרילין' בלבד")
    return "he", b


@kind("uk_humanitarian_parcel_list", "script")
def k_uk_parcel():
    b = B()
    b.t("Список отримувачів гуманітарних наборів (волонтерський штаб, %s)\n" % ch(["Дніпро", "Запоріжжя", "Харків"]))
    for i in range(R.randint(3, 5)):
        p = person("uk")
        nm = p["family"] + " " + p["given"] if chance(0.5) else p["name"]
        b.t("%d) " % (i + 1)).e("PERSON", nm).t(", ").e("PHONE_NUMBER", p["phone"]).t(", ")
        if chance(0.6):
            b.e("STREET_ADDRESS", p["addr"]["full"])
        else:
            b.t("НП відд. №%d, " % R.randint(1, 300)).e("LOCATION", p["addr"]["city"])
        b.t(" — %s\n" % ch(["сім'я 4 ос.", "пенсіонерка", "ВПО", "2 дітей"]))
    b.t("Відповідальна: ").e("PERSON", person("uk")["name"])
    return "uk", b


@kind("uk_prom_seller_message", "script")
def k_uk_prom():
    p = person("uk")
    b = B()
    b.t("Добрий день! Замовлення №%s оформлено.\nОтримувач: " % dig(9)).e("PERSON", p["name"]).t("\nТел.: ").e("PHONE_NUMBER", p["phone"]).t("\n")
    b.t("Доставка: Укрпошта, ").e("STREET_ADDRESS", p["addr"]["full"]).t("\n")
    b.t("Оплата на рахунок ФОП ").e("PERSON", person("uk")["name"]).t(": ").e("IBAN_CODE", iban("UA", ch(["plain", "group"]))).t("\nПризначення: оплата за товар, без ПДВ 🙏")
    return "uk", b


@kind("ru_marketplace_pickup_complaint_email", "script")
def k_ru_pvz():
    p = person("ru")
    b = B()
    b.t("Здравствуйте!\n\nМеня зовут ").e("PERSON", p["name"]).t(". Заказ %s должен был прийти в пункт выдачи по адресу " % (dig(8) + "-" + dig(4)))
    b.e("STREET_ADDRESS", addr_ru()["full"]).t(", но в приложении пишет «вручен», хотя я его не получала.\n")
    b.t("Прошу проверить видео с камер. Мой телефон ").e("PHONE_NUMBER", p["phone"]).t(", почта ").e("EMAIL_ADDRESS", p["email"]).t(".\n")
    b.t("Сотрудник ПВЗ (бейдж «").e("PERSON", ch(["Алина", "Руслан", "Вика", "Тимур"])).t("») сказал обращаться к вам.\n\nС уважением,\n").e("PERSON", p["family"] + " " + p["given"][0] + ".")
    return "ru", b


@kind("ru_kz_invoice_requisites", "script")
def k_ru_kz():
    p = person("ru")
    b = B()
    b.t("Реквизиты для оплаты (ИП ").e("PERSON", p["family"] + " " + p["given"][0] + ".").t(")\n")
    b.t("БИН/ИИН: %s\nБанк: %s\nБИК: %s\nIBAN (KZT): " % (dig(12), ch(["АО «Kaspi Bank»", "АО «Халык Банк»", "АО «ForteBank»"]), ch(["CASPKZKA", "HSBKKZKX", "IRTYKZKA"])))
    b.e("IBAN_CODE", iban("KZ", ch(["plain", "group"]))).t("\nЮр. адрес: ").e("STREET_ADDRESS", "%s, г. Алматы, %s, д. %d, оф. %d" % (ch(["050010", "050040", "050059"]), ch(["пр. Абая", "ул. Толе би", "ул. Жибек Жолы"]), R.randint(1, 200), R.randint(1, 500)))
    b.t("\nКонтакт: ").e("PHONE_NUMBER", phone("kz")).t(", ").e("EMAIL_ADDRESS", p["email"])
    b.t("\nКбе 19, КНП 710")
    return "ru", b


@kind("ru_dacha_coop_member_register", "script")
def k_ru_dacha():
    b = B()
    b.t("СНТ «%s» — реестр членов (выписка для взносов)\n№ уч. | ФИО | телефон | долг\n" % ch(["Рассвет", "Берёзка", "Ромашка"]))
    for i in range(R.randint(3, 5)):
        p = person("ru")
        fio = "%s %s %s" % (p["family"], p["given"], ch(["Петрович", "Ивановна", "Сергеевич", "Николаевна", "Алексеевич"])) if chance(0.6) else p["name"]
        b.t("%d | " % R.randint(1, 250)).e("PERSON", fio).t(" | ").e("PHONE_NUMBER", phone("ru")).t(" | %d р.\n" % R.randint(0, 12000))
    b.t("Председатель: ").e("PERSON", person("ru")["family"]).t(". Оплата до 1 июля, взносы %d р./сотка." % R.randint(300, 900))
    return "ru", b


@kind("ar_uae_real_estate_lead_note", "script")
def k_ar_uae():
    p = person("ar")
    b = B()
    b.t("عميل جديد من حملة %s\nالاسم: " % ch(["إنستغرام", "بيوت", "سناب شات"])).e("PERSON", p["name"])
    if chance(0.5):
        b.t(" / ").e("PERSON", p["roman"] or p["name"])
    b.t("\nالجوال: ").e("PHONE_NUMBER", phone("ae") if chance(0.7) else nd(phone("ae", "nat"), "ar")).t("\nالبريد: ").e("EMAIL_ADDRESS", p["email"]).t("\n")
    b.t("يبحث عن شقة غرفتين في ").e("LOCATION", ch(["دبي مارينا", "جميرا", "الخليج التجاري", "أبوظبي"])).t("، الميزانية %s درهم\n" % "{:,}".format(R.randint(60, 250) * 1000))
    b.t("العنوان الحالي: ").e("STREET_ADDRESS", addr_ar("ae")["full"]).t("\nملاحظة: يفضّل التواصل واتساب بعد المغرب")
    return "ar", b


@kind("ar_jo_salary_iban_update", "script")
def k_ar_jo():
    p = person("ar")
    b = B()
    b.t("إلى: قسم الموارد البشرية\nالموضوع: تحديث رقم الحساب البنكي لتحويل الراتب\n\nأرجو تحديث بيانات الحساب الخاص بي:\n")
    b.t("الاسم الكامل: ").e("PERSON", p["name"]).t("\nالرقم الوظيفي: %s\nالآيبان الجديد: " % dig(5))
    b.e("IBAN_CODE", iban(ch(["JO", "JO", "SA", "EG", "BH", "KW", "QA", "LB"]), ch(["plain", "group", "group"]))).t("\n")
    b.t("رقم الهاتف: ").e("PHONE_NUMBER", phone(ch(["jo", "sa", "eg"]))).t("\n\nوشكراً،\n").e("PERSON", p["given"])
    return "ar", b


@kind("ar_ma_delivery_call_transcript", "script")
def k_ar_ma():
    p = person("ar")
    b = B()
    b.t("[تفريغ آلي للمكالمة]\nالموظف: السلام عليكم، معاك خدمة التوصيل، واش نتا السيد ").e("PERSON", p["family"]).t("؟\n")
    b.t("الزبون: آه نعم، ").e("PERSON", p["name"]).t(".\nالموظف: الكوليّة ديالك وصلت، فين نجيبوها؟\n")
    b.t("الزبون: ").e("STREET_ADDRESS", addr_ar("ma")["full"]).t("، قدام الحانوت.\n")
    b.t("الزبون: ولا عيط لي على ").e("PHONE_NUMBER", ch(["زيرو ستة واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية", phone("ma", "nat")])).t("\n")
    b.t("الموظف: مزيان، غدا إن شاء الله بين العشرة و الثانية عشر.")
    return "ar", b


@kind("ar_store_hours_notice_nopii", "script")
def k_ar_nopii():
    b = B()
    b.t("🌙 مواعيد العمل خلال شهر رمضان المبارك\n")
    b.t("جميع فروعنا في %s تعمل من %d مساءً حتى %d صباحاً.\n" % (ch(["المملكة", "الإمارات", "مصر"]), R.randint(7, 9), R.randint(1, 3)))
    b.t("عروض خاصة على مجموعة «%s» وعطر «%s».\n" % (ch(["روز جولد", "ليالي دبي"]), ch(["عود الأمير", "مسك سلطان", "ياسمين الشام"])))
    b.t("رقم الطلب المرجعي للحملة: %s-%s — لا تردّ على رسائل تطلب بياناتك البنكية." % (dig(4), dig(6)))
    return "ar", b


@kind("hi_gas_cylinder_booking_complaint", "script")
def k_hi_gas():
    p = person("hi")
    b = B()
    b.t("सेवा में,\nवितरक, %s गैस एजेंसी\n\nविषय: सिलेंडर बुकिंग के बाद डिलीवरी न होना\n\nमहोदय,\nमैं " % ch(["श्री गणेश", "अन्नपूर्णा", "जय माता दी"]))
    b.e("PERSON", p["name"]).t(", उपभोक्ता संख्या %s, " % dig(9)).e("STREET_ADDRESS", p["addr"]["full"]).t(" में रहता/रहती हूँ।\n")
    b.t("मैंने %d तारीख को बुकिंग की थी (बुकिंग नं. %s) पर अब तक सिलेंडर नहीं आया। " % (R.randint(1, 28), dig(10)))
    b.t("कृपया मेरे मोबाइल ").e("PHONE_NUMBER", phone("in", "nat") if chance(0.7) else nd(phone("in", "nat"), "hi")).t(" पर संपर्क करें।\n\nधन्यवाद\n").e("PERSON", p["name"])
    return "hi", b


@kind("hi_insurance_renewal_call_summary", "script")
def k_hi_ins():
    p = person("hi")
    ag = person("hi")
    b = B()
    b.t("कॉल सारांश (एजेंट: ").e("PERSON", ag["given"]).t(")\nग्राहक: ").e("PERSON", p["name"])
    if p["roman"]:
        b.t(" / ").e("PERSON", p["roman"])
    b.t("\nपॉलिसी नं: %s  | नवीनीकरण राशि ₹%s\n" % (dig(12), "{:,}".format(R.randint(4000, 60000))))
    b.t("- ग्राहक ने ईमेल बदलने को कहा: नया ईमेल ").e("EMAIL_ADDRESS", p["email"]).t("\n")
    b.t("- भुगतान कार्ड से करना चाहते हैं, कार्ड नंबर कॉल पर बताया: ").e("CREDIT_CARD", card(ch(["rupay", "visa", "mc"]))).t(" (मास्क करना भूल गए ⚠️)\n")
    b.t("- वैकल्पिक नंबर ").e("PHONE_NUMBER", phone("in")).t(", शाम 6 बजे के बाद कॉल करें")
    return "hi", b


@kind("hi_festive_offer_template_nopii", "script")
def k_hi_nopii():
    b = B()
    b.t("दिवाली धमाका 🎆 {{first_name}} जी, आपके लिए खास ऑफर!\n")
    b.t("'%s' ज्वेलरी पर %d%% छूट, कोड DIWALI%d। ऑर्डर आईडी %s से ट्रैक करें।\n" % (ch(["लक्ष्मी गोल्ड", "राधा कृष्ण कलेक्शन", "रोज़ गोल्ड"]), R.randint(10, 40), R.randint(10, 99), dig(10)))
    b.t("हेल्पलाइन: {{support_phone}} | अनसब्सक्राइब के लिए STOP लिखें")
    return "hi", b


@kind("bn_mobile_wallet_refund_complaint", "script")
def k_bn_wallet():
    p = person("bn")
    b = B()
    b.t("আসসালামু আলাইকুম,\nআমি ").e("PERSON", p["name"]).t("। গত সপ্তাহে অর্ডার %s বাতিল হয়েছে কিন্তু টাকা ফেরত পাইনি।\n" % dig(8))
    ph = phone("bd", "nat")
    b.t("যে নম্বর থেকে বিকাশে পেমেন্ট করেছিলাম: ").e("PHONE_NUMBER", ph if chance(0.5) else nd(ph, "bn")).t("\n")
    b.t("ঠিকানা: ").e("STREET_ADDRESS", p["addr"]["full"]).t("\n")
    b.t("ইমেইল: ").e("EMAIL_ADDRESS", p["email"]).t("\nদয়া করে দ্রুত ব্যবস্থা নিন। ধন্যবাদ।")
    return "bn", b


@kind("bn_sweet_shop_festival_order", "script")
def k_bn_sweet():
    p = person("bn")
    b = B()
    b.t("অর্ডার স্লিপ — %s মিষ্টান্ন ভাণ্ডার\n" % ch(["গাঙ্গুরাম", "নবকৃষ্ণ", "মা কালী"]))
    b.t("নাম: ").e("PERSON", p["name"]).t("\nফোন: ").e("PHONE_NUMBER", ch([phone("in", "nat"), phone("bd", "nat")])).t("\n")
    b.t("ডেলিভারি: ").e("STREET_ADDRESS", p["addr"]["full"]).t("\n")
    b.t("রসগোল্লা %s পিস, সন্দেশ %s কেজি — বিজয়া দশমী\nঅগ্রিম: ৳/₹ %s" % (nd(str(R.randint(10, 100)), "bn"), nd(str(R.randint(1, 5)), "bn"), nd(str(R.randint(100, 900)), "bn")))
    return "bn", b


@kind("ta_tuition_centre_enquiry", "script")
def k_ta_tuition():
    p = person("ta")
    kid = person("ta")
    b = B()
    b.t("வணக்கம் சார்,\nஎன் மகள் ").e("PERSON", kid["given"]).t(" 10ஆம் வகுப்பு படிக்கிறாள். கணிதம் டியூஷனுக்கு சேர்க்க விரும்புகிறேன்.\n")
    b.t("பெற்றோர்: ").e("PERSON", p["name"]).t("\nதொலைபேசி: ").e("PHONE_NUMBER", phone("in")).t("\nமுகவரி: ").e("STREET_ADDRESS", p["addr"]["full"]).t("\n")
    b.t("கட்டண விவரம் ").e("EMAIL_ADDRESS", p["email"]).t(" க்கு அனுப்பவும். நன்றி 🙏")
    return "ta", b


@kind("ta_jewellery_savings_scheme_sms", "script")
def k_ta_jewel():
    b = B()
    for i in range(R.randint(2, 4)):
        p = person("ta")
        b.t("%s: அன்புள்ள " % ch(["VM-GOLDSH", "AD-JWLRYS", "JM-SVRNAM"])).e("PERSON", p["name"] if chance(0.6) else p["given"])
        b.t(", உங்கள் தங்க சேமிப்பு திட்டம் எண் %s க்கு ₹%s தவணை பெறப்பட்டது (%d/11). " % (dig(8), "{:,}".format(R.randint(1, 20) * 1000), R.randint(1, 11)))
        b.t("விவரங்களுக்கு ").e("PHONE_NUMBER", phone("in", "nat")).t(" அழைக்கவும்.\n")
    return "ta", b


def b_extend(dst, src):
    base = dst.n
    for sp in src.spans:
        dst.spans.append({"type": sp["type"], "start": sp["start"] + base, "end": sp["end"] + base, "piece": sp["piece"]})
    for part in src.parts:
        dst.parts.append(part)
        dst.n += len(part)
    return dst


@kind("escalation_digest_multiscript", "script")
def k_digest():
    b = B()
    b.t("=== Tier-2 escalation digest (auto-generated, %d items) ===\n" % 0 if False else "=== Tier-2 escalation digest (auto-generated) ===\n")
    pool = [k for k in KINDS if k[1] == "script" and not k[0].endswith("nopii") and k[0] != "escalation_digest_multiscript"]
    total = 0
    i = 0
    while total < 2600:
        name, _, f = ch(pool)
        lang, sub = f()
        i += 1
        b.t("\n--- #%d  queue=%s  lang=%s  sla=%dh ---\n" % (i, name.split("_")[0], lang, R.randint(2, 48)))
        b_extend(b, sub)
        b.t("\n")
        total = b.n
    b.t("\n=== end of digest ===")
    return "mul", b


NOPII = {k[0] for k in KINDS if k[0].endswith("nopii")}


def main():
    counts = {}
    for name, grp, f in KINDS:
        counts[name] = 7 if name in NOPII else (6 if name == "escalation_digest_multiscript" else 5)
    rest = N_SAMPLES - sum(counts.values())
    pickable = [k[0] for k in KINDS if k[0] not in NOPII and k[0] != "escalation_digest_multiscript"]
    for name in R.sample(pickable, rest):
        counts[name] += 1
    plan = []
    for name, grp, f in KINDS:
        plan += [(name, f)] * counts[name]
    R.shuffle(plan)
    rows = []
    for i, (name, f) in enumerate(plan):
        lang, b = f()
        text, spans = b.build()
        rows.append({"id": "hard28-%d" % (i + 1), "kind": name, "lang": lang, "text": text, "spans": spans})
    assert len(rows) == N_SAMPLES
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "samples to", OUT)


if __name__ == "__main__":
    main()
