#!/usr/bin/env python3
"""gen_hard38.py - blind PII evaluation set "hard38": stores, salons and the phone.

Clienteling notes, appointment books, reminder texts, shift handovers, reservation books and
speech-to-text transcripts of store / salon / contact-centre calls, in many languages.
Standard library only; deterministic (seed 38038). Writes hard38.jsonl next to this script.

Labelling decisions beyond the common rules (applied every time):
 1. Spelled-out names ("k a t r i n a", "K-O-W-A-L-S-K-A") are PERSON; one span from the first to the
    last letter, including the spaces/dashes between letters. When a transcript gives both the spoken
    name and its spelling, both are separate PERSON spans.
 2. Spoken phone numbers ("oh seven seven double nine ...") and spoken e-mails ("anna dot k at gmail
    dot com") are PHONE_NUMBER / EMAIL_ADDRESS; the span runs from the first to the last spoken token
    of the value, commas between digit groups included. Filler words before/after are outside.
 3. Misheard or misspelt names in transcripts ("catrina", "mister koval ski") are PERSON as heard.
 4. Speaker labels that are generic (Agent:, Caller:, SPEAKER_01, Staff, Client) are not labelled;
    speaker labels that are a person's name (WhatsApp/Kakao/LINE exports "Maria:") are PERSON.
 5. Staff first names (stylists, barbers, agents, managers, mystery-shop staff) are PERSON.
 6. Honorifics/kinship terms are outside the span in every language: Mr/Mrs/Ms/Dr, Mme/M./Mlle,
    Sig.ra/Dott., Sra./Sr./Dña., Frau/Herr, mevr./dhr., pani/pan, Bey/Hanim/Hanım, -san/様/さん/先生/女士/
    小姐/님/씨/고객님, คุณ/พี่/น้อง, السيد/السيدة/الأستاذة, ji/Bhaiya/Didi, Ate/Kuya/Tita/Ma'am/Sir,
    Bi./Bw./Mama/Dada, chị/anh/cô/em. Japanese/Chinese/Korean names written fused with the honorific
    (佐藤様, 王女士, 김민지님) have only the name part labelled.
 7. Polish/other case endings and German fused genitives stay inside the span ("Kowalskiej", "Annas").
 8. A town written as the place of a branch ("our store in Lyon", "the Leeds branch", "Filiale Koeln")
    is LOCATION. A town inside a brand, shop, mall, product or event name ("Maison Biarritz",
    "Florence tote", "Westgate Oxford mall"-type proper names) is not labelled.
 9. Product lines, shades, colourways, menu items, rooms and chairs named like people ("the Harper
    tote", "shade Nadia", "Sala Giulietta") are not PERSON.
10. The store's/salon's own hotline, landline and WhatsApp number are PHONE_NUMBER; a phone extension
    is inside the span only when written attached to the number ("020 7946 0321 ext 204");
    "ask for extension 204" or a bracketed "(ext 12 for stock)" instruction is not part of the span.
11. Partial / masked values are not labelled: last four of a card or SSN, "ends 4471", "****1234",
    "07*** ***112", "j***@x.com".
12. All IPv4/IPv6 addresses are labelled, including private (10.x, 192.168.x) POS / Wi-Fi addresses.
    Version strings, SKUs and receipt numbers that look like dotted numbers are not.
13. Shop/company postal addresses are STREET_ADDRESS, including mall units ("Unit 14, Level 2, ...")
    when a street or town is part of the written address. A mall or building name alone, or a
    "Level 2, near the fountain" direction, is not an address and not labelled.
14. Country or town names in a nationality, language, dish or style ("French braid", "Thai massage",
    "Milanese") are not LOCATION. Countries/regions/towns standing alone are LOCATION.
15. A person's name inside an e-mail address is part of the EMAIL_ADDRESS span only (no nested PERSON).
16. Social handles (@anna.k) and IG/TikTok names are not labelled, even when they look like names.
17. Greeting words, months and weekdays that look like names (April, June, Grace as "say grace") are
    not labelled unless they denote a person.
18. A full name written as adjacent given + family name is ONE PERSON span (also CJK names written without a
    space, 中村拓海). Inverted "SURNAME, Given" in a form field or list is also one span ("OKAFOR, Ruby").
    Different people separated by "&", "and" or commas are separate spans.
19. Lang code: ISO 639-1; code-mixed records use "xx-en" with the non-English language first
    (hi-en Hinglish, tl-en Taglish, es-en Spanglish). Mixed records count as non-English.
"""
import json, os, random, re, sys
from collections import Counter

SEED = 38038
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []

    def a(self, s):
        self.text += s
        return self

    def l(self, lab, s):
        # adjacent PERSON pieces ("Ana" + " " + "Silva", "佐藤" + "花子") form one full-name span
        if lab == "PERSON" and self.spans and self.spans[-1]["type"] == "PERSON" and \
                self.text[self.spans[-1]["end"]:] in ("", " "):
            self.text += s
            self.spans[-1]["end"] = len(self.text)
            return self
        st = len(self.text)
        self.text += s
        self.spans.append({"type": lab, "start": st, "end": len(self.text)})
        return self

    def put(self, v):
        if isinstance(v, tuple):
            self.l(v[0], v[1])
        elif isinstance(v, list):
            for x in v:
                self.put(x)
        else:
            self.a(str(v))
        return self

    def f(self, tpl, **kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            self.a(tpl[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.a(tpl[pos:])
        return self


def P(x): return ("PERSON", x)
def E(x): return ("EMAIL_ADDRESS", x)
def PH(x): return ("PHONE_NUMBER", x)
def CC(x): return ("CREDIT_CARD", x)
def IB(x): return ("IBAN_CODE", x)
def SS(x): return ("US_SSN", x)
def IP(x): return ("IP_ADDRESS", x)
def AD(x): return ("STREET_ADDRESS", x)
def LO(x): return ("LOCATION", x)


def ch(seq): return R.choice(seq)
def dg(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
def nz(n): return str(R.randint(1, 9)) + dg(n - 1)
def pick(seq, k): return R.sample(seq, k)

# ---------------------------------------------------------------- names (hand-written lists)
EN_F = ["Olivia", "Priya", "Siobhan", "Grace", "Aisha", "Bethany", "Ruby", "Hazel", "Jade", "Amber",
        "Nkechi", "Zainab", "Ffion", "Dawn", "Mercy", "Harriet", "Keeley", "Tamsin", "Marguerite",
        "Destiny", "Precious", "Lorna", "Yetunde", "Saoirse", "Imogen", "Shanice", "Farah", "Rosalind"]
EN_M = ["Marcus", "Tom", "Chidi", "Declan", "Kwame", "Rhys", "Callum", "Wei", "Mohammed", "Dev",
        "Ollie", "Lennox", "Barnaby", "Tariq", "Cormac", "Ezekiel", "Rowan", "Joel", "Ade", "Stanley",
        "Hamish", "Kofi", "Archie", "Fergus"]
EN_L = ["Okafor", "Patel", "Hughes", "Baker", "Taylor", "Fletcher", "Gill", "Whitlock", "Nguyen",
        "Murphy", "O'Neill", "McAllister", "Farrow", "Bell", "Frost", "Rivers", "Stone", "Wood", "King",
        "Khan", "Begum", "Adeyemi", "Mensah", "Kaur", "Abernethy", "Thistlewood", "Pennington",
        "Featherstonehaugh", "Chowdhury", "Oyelaran", "Kowalczyk", "Marsh", "Sharp", "Winter", "Small"]
US_F = ["Kayla", "Brianna", "Madison", "Latoya", "Guadalupe", "Shelby", "Autumn", "Ashley", "Mackenzie"]
US_M = ["Tyler", "DeShawn", "Cody", "Brandon", "Hunter", "Javier", "Travis", "Darnell", "Wyatt"]
US_L = ["Johnson", "Ramirez", "Washington", "O'Brien", "Kowalski", "Hernandez", "Lee", "Brooks",
        "Whitfield", "Castellanos", "Yazzie", "Nakamura", "Pruitt"]
FR_F = ["Camille", "Amélie", "Margaux", "Océane", "Hélène", "Soraya", "Inès", "Clémence", "Ghislaine",
        "Maëlys", "Bérénice", "Fatou"]
FR_M = ["Thibault", "Étienne", "Yannick", "Mathis", "Gaëtan", "Loïc", "Karim", "Hervé", "Aurélien"]
FR_L = ["Laurent", "Moreau", "Lefèvre", "Garnier", "Dubois-Ferrand", "Benali", "N'Diaye", "Rousseau",
        "Marchand", "Delacroix", "Chevalier", "Fontaine", "Le Goff", "Bonnet", "Vasseur"]
IT_F = ["Giulia", "Chiara", "Francesca", "Beatrice", "Ginevra", "Carmela", "Rosaria", "Ilaria", "Noemi"]
IT_M = ["Alessandro", "Lorenzo", "Matteo", "Salvatore", "Gennaro", "Pierluigi", "Davide", "Tommaso"]
IT_L = ["Rossi", "Esposito", "Bianchi", "Colombo", "Ferrara", "De Luca", "Russo", "Greco", "Marchetti",
        "Lombardi", "Santoro", "Cattaneo", "D'Amico"]
ES_F = ["Lucía", "Carmen", "Valentina", "Ximena", "Nerea", "Guadalupe", "Pilar", "Rocío", "Itziar",
        "Milagros", "Consuelo", "Azucena"]
ES_M = ["Alejandro", "Javier", "Iñaki", "Rodrigo", "Jesús", "Álvaro", "Fermín", "Santiago", "Aitor"]
ES_L = ["García", "Fernández", "López-Ibarra", "Martínez", "Ruiz", "Sánchez", "Etxeberria", "Navarro",
        "Olmedo", "Castillo", "Villaseñor", "Prieto", "Gallardo", "Cordero"]
PT_F = ["Ana", "Beatriz", "Larissa", "Gabriela", "Conceição", "Thaís", "Juliana", "Graça", "Raquel"]
PT_M = ["João", "Thiago", "Raimundo", "Rafael", "Caio", "Vitor", "Nuno", "Tiago", "Edson"]
PT_L = ["Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Pereira", "Carvalho", "Azevedo",
        "Gonçalves", "Rodrigues", "Magalhães", "Cunha", "Teixeira"]
DE_F = ["Anna", "Katrin", "Svenja", "Dörte", "Sabine", "Heike", "Jana", "Ursula", "Friederike", "Merve"]
DE_M = ["Jürgen", "Lukas", "Maximilian", "Mehmet", "Torsten", "Henning", "Kai", "Wolfgang", "Ole"]
DE_L = ["Müller", "Schmidt", "Schneider", "Weißenborn", "Hoffmann", "Krause", "Becker", "Yılmaz",
        "Zimmermann", "Fuchs", "Vogel", "Brandt", "Kühn", "Schulze-Wendt", "Nowicki"]
NL_F = ["Sanne", "Femke", "Anouk", "Maartje", "Noor", "Lieke", "Ilse", "Fenna", "Wendy"]
NL_M = ["Daan", "Joris", "Bram", "Sem", "Ruud", "Thijs", "Gijs", "Mohamed", "Koen"]
NL_L = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "Mulder",
        "van Dijk", "Meijer", "Kuipers", "El Amrani", "Hoekstra"]
JA_FAM = ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "森"]
JA_GIV = ["花子", "美咲", "陽菜", "結衣", "翔太", "大輔", "健一", "真由美", "恵", "拓海", "さくら", "蓮"]
JA_ROMA = [("Sato", "Hanako"), ("Suzuki", "Misaki"), ("Takahashi", "Daisuke"), ("Nakamura", "Yui"),
           ("Kobayashi", "Ren"), ("Mori", "Megumi")]
KO_FULL = ["김민지", "이서연", "박지훈", "최유진", "정하은", "강도윤", "윤서아", "장민수", "임지현", "한예린",
           "오세훈", "신보람"]
KO_FAM = ["김", "이", "박", "최", "정", "강", "윤", "장"]
ZH_FULL = ["王丽娜", "李伟", "张敏", "刘洋", "陈静", "杨帆", "赵雪", "黄晓明", "周婷", "吴建国", "林美玲",
           "郭子豪"]
ZH_FAM = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "林", "郭"]
AR_F = ["فاطمة", "نورة", "مريم", "ريم", "سارة", "هند", "لطيفة", "جود"]
AR_M = ["أحمد", "خالد", "عبدالله", "يوسف", "فهد", "سلطان", "ماجد", "عمر"]
AR_L = ["الزهراني", "القحطاني", "العتيبي", "الحربي", "الشمري", "المنصوري", "النعيمي", "الكعبي"]
TR_F = ["Ayşe", "Elif", "Zeynep", "Büşra", "Gül", "Deniz", "Şeyma", "Hatice", "Melis"]
TR_M = ["Mehmet", "Mustafa", "Emre", "Hakan", "Oğuz", "Barış", "Serkan", "Ümit"]
TR_L = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"]
# Polish: (nominative, genitive, dative, instrumental)
PL_FG = [("Agnieszka", "Agnieszki", "Agnieszce", "Agnieszką"), ("Katarzyna", "Katarzyny", "Katarzynie", "Katarzyną"),
         ("Zofia", "Zofii", "Zofii", "Zofią"), ("Magda", "Magdy", "Magdzie", "Magdą"),
         ("Joanna", "Joanny", "Joannie", "Joanną"), ("Kasia", "Kasi", "Kasi", "Kasią"),
         ("Ewelina", "Eweliny", "Ewelinie", "Eweliną")]
PL_FL = [("Kowalska", "Kowalskiej", "Kowalskiej", "Kowalską"), ("Wiśniewska", "Wiśniewskiej", "Wiśniewskiej", "Wiśniewską"),
         ("Zielińska", "Zielińskiej", "Zielińskiej", "Zielińską"), ("Nowak", "Nowak", "Nowak", "Nowak"),
         ("Wójcik", "Wójcik", "Wójcik", "Wójcik"), ("Lewandowska", "Lewandowskiej", "Lewandowskiej", "Lewandowską"),
         ("Dąbrowska", "Dąbrowskiej", "Dąbrowskiej", "Dąbrowską")]
PL_MG = [("Piotr", "Piotra", "Piotrowi", "Piotrem"), ("Tomasz", "Tomasza", "Tomaszowi", "Tomaszem"),
         ("Łukasz", "Łukasza", "Łukaszowi", "Łukaszem"), ("Krzysztof", "Krzysztofa", "Krzysztofowi", "Krzysztofem")]
PL_ML = [("Wiśniewski", "Wiśniewskiego", "Wiśniewskiemu", "Wiśniewskim"), ("Mazur", "Mazura", "Mazurowi", "Mazurem"),
         ("Kamiński", "Kamińskiego", "Kamińskiemu", "Kamińskim"), ("Kaczmarek", "Kaczmarka", "Kaczmarkowi", "Kaczmarkiem")]
TH_GIV = ["สมศรี", "มาลี", "ปิยะนุช", "วิภาวดี", "ธนพล", "ณัฐวุฒิ", "กมลชนก", "พิมพ์ชนก", "อรอุมา"]
TH_NICK = ["ฝน", "แนน", "บีม", "ปุ้ย", "เมย์", "ต้น", "แพร"]
TH_LAST = ["ศรีสุข", "วงศ์ไทย", "แก้วมณี", "บุญมา", "จันทร์เพ็ญ", "สุขประเสริฐ"]
HI_DEV = ["प्रिया शर्मा", "राहुल वर्मा", "अनीता गुप्ता", "सुनील यादव", "नेहा सिंह", "पूजा मेहता", "आरती जोशी",
          "विकास चौहान"]
HI_DEV_G = ["सीमा", "रेखा", "मनोज", "दीपक", "कविता", "सुरेश"]
IN_F = ["Priya", "Neha", "Pooja", "Anjali", "Deepika", "Sunita", "Kavya", "Ritu", "Shalini"]
IN_M = ["Rahul", "Sunil", "Vikram", "Arjun", "Manish", "Rohit", "Imran", "Sandeep"]
IN_L = ["Sharma", "Verma", "Gupta", "Iyer", "Reddy", "Chatterjee", "Malhotra", "Nair", "Khurana"]
TL_F = ["Maricel", "Joy", "Rowena", "Princess", "Lovely", "Jennilyn", "Kristine", "Marites", "Angelica"]
TL_M = ["Jerome", "Marvin", "Bong", "Jun", "Mark Anthony", "Rodel", "Jayson", "Paolo", "Nonoy"]
TL_L = ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Manalo", "Pangilinan", "Macaraeg",
        "Dimaculangan"]
SW_F = ["Amina", "Wanjiku", "Achieng", "Zawadi", "Neema", "Imani", "Mwanaisha", "Halima", "Nyambura"]
SW_M = ["Baraka", "Juma", "Otieno", "Kamau", "Omari", "Kiprono", "Hamisi", "Mwita"]
SW_L = ["Mwangi", "Odhiambo", "Kariuki", "Njoroge", "Wambui", "Mutua", "Chebet", "Omondi", "Salim"]
VI_FULL = [("Nguyễn Thị Lan", "Lan"), ("Trần Văn Hùng", "Hùng"), ("Lê Thu Hà", "Hà"),
           ("Phạm Minh Tuấn", "Tuấn"), ("Hoàng Mai Anh", "Mai Anh"), ("Võ Thanh Tâm", "Tâm"),
           ("Đặng Ngọc Trâm", "Trâm"), ("Bùi Quốc Bảo", "Bảo")]

def en_first(): return ch(EN_F + EN_M)
def en_full(): return en_first() + " " + ch(EN_L)
def us_full(): return ch(US_F + US_M) + " " + ch(US_L)

# ---------------------------------------------------------------- phones
def ph_uk(style=None):
    s = style or R.randint(0, 4)
    m = "7" + str(R.choice([4, 5, 7, 8, 9])) + dg(8)
    if s == 0: return "0" + m[:4] + " " + m[4:]
    if s == 1: return "+44 " + m[:4] + " " + m[4:7] + " " + m[7:]
    if s == 2: return "020 " + str(R.choice([7, 8, 3])) + dg(3) + " " + dg(4)
    if s == 3: return "0" + m
    return "+44 (0)" + m[:4] + " " + m[4:]
def ph_us(style=None):
    s = style or R.randint(0, 3)
    a, b, c = nz(3), str(R.randint(2, 9)) + dg(2), dg(4)
    if s == 0: return "(%s) %s-%s" % (a, b, c)
    if s == 1: return "+1 %s-%s-%s" % (a, b, c)
    if s == 2: return "%s.%s.%s" % (a, b, c)
    return "%s-%s-%s" % (a, b, c)
def ph_fr(style=None):
    d = "0" + str(R.choice([6, 7, 1, 4])) + dg(8)
    s = style if style is not None else R.randint(0, 2)
    if s == 0: return " ".join(d[i:i + 2] for i in range(0, 10, 2))
    if s == 1: return "+33 " + d[1] + " " + " ".join(d[i:i + 2] for i in range(2, 10, 2))
    return ".".join(d[i:i + 2] for i in range(0, 10, 2))
def ph_it():
    s = R.randint(0, 2)
    if s == 0: return "3" + str(R.choice([2, 3, 4, 8, 9])) + dg(1) + " " + dg(3) + " " + dg(4)
    if s == 1: return "+39 3" + dg(2) + " " + dg(7)
    return "02 " + dg(4) + " " + dg(4)
def ph_es():
    s = R.randint(0, 2)
    m = str(R.choice([6, 7])) + dg(8)
    if s == 0: return m[:3] + " " + m[3:6] + " " + m[6:]
    if s == 1: return "+34 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:]
    return "91 " + dg(3) + " " + dg(2) + " " + dg(2)
def ph_pt(): return ch(["9" + str(R.choice([1, 2, 3, 6])) + dg(1) + " " + dg(3) + " " + dg(3),
                        "+351 9" + dg(2) + " " + dg(3) + " " + dg(3)])
def ph_br():
    dd = ch(["11", "21", "31", "71", "81", "51"])
    return ch(["(%s) 9%s-%s" % (dd, dg(4), dg(4)), "+55 %s 9%s-%s" % (dd, dg(4), dg(4)),
               "%s 9%s%s" % (dd, dg(4), dg(4))])
def ph_de():
    s = R.randint(0, 3)
    if s == 0: return "01" + ch(["51", "52", "57", "60", "70", "71", "76"]) + " " + dg(7)
    if s == 1: return "+49 1" + ch(["51", "60", "71", "76"]) + " " + dg(8)
    if s == 2: return "030 " + dg(3) + " " + dg(2) + " " + dg(2)
    return "(0221) " + dg(6) + "-" + dg(2)
def ph_nl(): return ch(["06-" + dg(8), "+31 6 " + dg(4) + " " + dg(4), "020 " + dg(3) + " " + dg(4)])
def ph_jp(): return ch(["090-" + dg(4) + "-" + dg(4), "080-" + dg(4) + "-" + dg(4), "03-" + dg(4) + "-" + dg(4),
                        "+81 90 " + dg(4) + " " + dg(4)])
def ph_kr(): return ch(["010-" + dg(4) + "-" + dg(4), "02-" + dg(3) + "-" + dg(4), "+82 10-" + dg(4) + "-" + dg(4)])
def ph_cn(): return ch(["1" + ch(["38", "39", "59", "86", "77"]) + " " + dg(4) + " " + dg(4),
                        "+86 1" + ch(["38", "52", "86"]) + dg(8), "021-" + dg(8)])
def ph_sa(): return ch(["05" + dg(1) + " " + dg(3) + " " + dg(4), "+966 5" + dg(1) + " " + dg(3) + " " + dg(4)])
def ph_ae(): return ch(["050 " + dg(3) + " " + dg(4), "+971 5" + ch(["0", "2", "5", "6"]) + " " + dg(3) + " " + dg(4),
                        "04 " + dg(3) + " " + dg(4)])
def ph_tr(): return ch(["05" + ch(["32", "33", "42", "55", "05"]) + " " + dg(3) + " " + dg(2) + " " + dg(2),
                        "+90 5" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2), "0216 " + dg(3) + " " + dg(2) + " " + dg(2)])
def ph_pl(): return ch([str(R.choice([5, 6, 7, 8])) + dg(2) + " " + dg(3) + " " + dg(3),
                        "+48 " + str(R.choice([5, 6, 7])) + dg(2) + " " + dg(3) + " " + dg(3),
                        "+48 " + str(R.choice([5, 6, 7])) + dg(2) + "-" + dg(3) + "-" + dg(3)])
def ph_th(): return ch(["08" + dg(1) + "-" + dg(3) + "-" + dg(4), "09" + dg(1) + " " + dg(3) + " " + dg(4),
                        "02-" + dg(3) + "-" + dg(4), "+66 8" + dg(1) + " " + dg(3) + " " + dg(4)])
def ph_in(): return ch(["+91 9" + dg(4) + " " + dg(5), "9" + dg(4) + "-" + dg(5), "09" + dg(9), "+91-8" + dg(9)])
def ph_ph(): return ch(["09" + dg(2) + " " + dg(3) + " " + dg(4), "+63 9" + dg(2) + " " + dg(3) + " " + dg(4),
                        "09" + dg(9)])
def ph_ke(): return ch(["07" + dg(2) + " " + dg(3) + " " + dg(3), "+254 7" + dg(2) + " " + dg(6),
                        "+254 1" + dg(2) + " " + dg(3) + " " + dg(3)])
def ph_vn(): return ch(["09" + dg(2) + " " + dg(3) + " " + dg(3), "+84 9" + dg(1) + " " + dg(3) + " " + dg(4),
                        "028 " + dg(4) + " " + dg(4)])

EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGW = {
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "meia", "sete", "oito", "nove"],
    "tr": ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"],
    "pl": ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
}
def speak_en(digits, groups=None):
    """'07700 900123' -> 'oh seven seven double oh nine ...' (doubles collapsed sometimes)"""
    ds = [c for c in digits if c.isdigit()]
    out, i = [], 0
    while i < len(ds):
        w = "oh" if ds[i] == "0" and R.random() < 0.7 else EN_DIG[int(ds[i])]
        if i + 1 < len(ds) and ds[i + 1] == ds[i] and R.random() < 0.8:
            if i + 2 < len(ds) and ds[i + 2] == ds[i] and R.random() < 0.5:
                out.append("triple " + w); i += 3; continue
            out.append("double " + w); i += 2; continue
        out.append(w); i += 1
    return " ".join(out)
def speak(digits, lang):
    ds = [c for c in digits if c.isdigit()]
    return " ".join(DIGW[lang][int(c)] for c in ds)
def spell(name, sep=" "):
    return sep.join(c for c in name.lower() if c.isalpha())

# ---------------------------------------------------------------- cards / ibans / ssn / ip
def luhn_ok(num):
    s, alt = 0, False
    for c in reversed(num):
        d = int(c)
        if alt:
            d *= 2
            if d > 9: d -= 9
        s += d; alt = not alt
    return s % 10 == 0
def card(kind=None):
    kind = kind or ch(["visa", "mc", "amex", "visa", "mc"])
    if kind == "visa": pre, n = "4" + dg(5), 16
    elif kind == "mc": pre, n = ch(["51", "53", "55", "2221", "2720"]), 16
    else: pre, n = ch(["34", "37"]), 15
    body = pre + dg(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c; break
    assert luhn_ok(num)
    if n == 15: return num[:4] + " " + num[4:10] + " " + num[10:]
    sep = ch([" ", " ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))
IBAN_SPEC = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "A4n10", "GB": "A4n14",
             "PL": "n24", "TR": "n22", "PT": "n21", "SA": "n22", "AE": "n19", "BE": "n12"}
def iban(cc, spaced=True):
    spec = IBAN_SPEC[cc]
    bban = ""
    for m in re.finditer(r"([anA])(\d+)", spec):
        t, k = m.group(1), int(m.group(2))
        if t == "n": bban += dg(k)
        else: bban += "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(k))
    if cc == "NL": bban = ch(["INGB", "ABNA", "RABO", "TRIO"]) + bban[4:]
    if cc == "GB": bban = ch(["BARC", "NWBK", "LOYD", "MIDL"]) + bban[4:]
    if cc == "TR": bban = bban[:5] + "0" + bban[6:]
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = cc + "%02d" % chk + bban
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
def ip4(private=False):
    if private:
        return ch(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                   "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)),
                   "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])
    a = ch([31, 46, 62, 81, 86, 92, 109, 141, 176, 185, 203, 213, 82, 77])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
def ip6():
    h = lambda: "%x" % R.randint(0, 0xffff)
    return ch(["2a02:%s:%s:%s::%s" % (h(), h(), h(), h()),
               "2001:%s:%s:%s:%s:%s:%s:%s" % tuple(h() for _ in range(7)),
               "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())])

# ---------------------------------------------------------------- e-mails
import unicodedata
def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.fr", "icloud.com", "gmx.de", "web.de",
           "libero.it", "orange.fr", "protonmail.com", "wp.pl", "naver.com", "qq.com", "yahoo.co.jp",
           "uol.com.br", "btinternet.com", "sapo.pt", "telenet.be", "ziggo.nl", "hotmail.com.tr"]
def email(first, last="", dom=None):
    f, l = fold(first), fold(last)
    dom = dom or ch(DOMAINS)
    pat = R.randint(0, 5)
    if not l or pat == 0: loc = f + dg(2)
    elif pat == 1: loc = f + "." + l
    elif pat == 2: loc = f[0] + l
    elif pat == 3: loc = l + "_" + f + str(R.randint(70, 99))
    elif pat == 4: loc = f + "." + l[0]
    else: loc = f + l + dg(1)
    return (loc or "cliente" + dg(3)) + "@" + dom
def email_spoken(first, last=""):
    dom = ch(["gmail", "hotmail", "outlook", "yahoo", "icloud"])
    f, l = fold(first), fold(last)
    if l: loc = ch([f + " dot " + l, f + " underscore " + l, f + " " + l[0], spell(f) + " dot " + l])
    else: loc = f + " " + " ".join(EN_DIG[int(c)] for c in dg(2))
    tld = ch(["dot com", "dot co dot uk", "dot com"])
    return loc + " at " + dom + " " + tld

# ---------------------------------------------------------------- addresses (hand-written)
UK_STREETS = ["Elmfield Road", "Queen's Parade", "Coldharbour Lane", "Wellington Street", "Mill Lane",
              "Albion Terrace", "Church View", "Brunswick Square", "Kiln Close", "Station Approach",
              "Beechwood Avenue", "Sandgate High Street"]
UK_TOWNS = [("Harrogate", "HG1 5QT"), ("Cheltenham", "GL50 1PH"), ("Leeds", "LS6 2AB"), ("Bristol", "BS3 4EJ"),
            ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 3DG"), ("London", "SE5 9NF"), ("Norwich", "NR2 3HJ"),
            ("Belfast", "BT7 1NN"), ("Leicester", "LE2 0QA"), ("Brighton", "BN1 4GH")]
def addr_uk(multi=False, town=None):
    t, pc = ch(UK_TOWNS)
    if town:
        t, pc = town, {"Glasgow": "G12 8QQ", "Bristol": "BS1 3XE", "Belfast": "BT1 5GS", "Norwich": "NR2 1RQ"}.get(town, pc)
    unit = ch(["", "", "Flat %d, " % R.randint(1, 12), "Apartment %d%s, " % (R.randint(1, 40), ch("ABC"))])
    st = "%d %s" % (R.randint(1, 220), ch(UK_STREETS))
    if multi: return (unit.rstrip(", ") + "\n" if unit else "") + st + "\n" + t + "\n" + pc
    return unit + st + ", " + t + " " + pc
US_STREETS = ["Ridgeview Dr", "Maple Ave", "W 34th St", "Pinecrest Blvd", "Old Mill Rd", "Lakeshore Dr",
              "Magnolia Ln", "E Colfax Ave", "Peachtree St NE"]
US_TOWNS = [("Plano", "TX", "75024"), ("Columbus", "OH", "43215"), ("Tucson", "AZ", "85719"),
            ("Raleigh", "NC", "27605"), ("Boise", "ID", "83702"), ("Atlanta", "GA", "30309"), ("Denver", "CO", "80206")]
def addr_us(multi=False):
    t, s, z = ch(US_TOWNS)
    line = "%d %s" % (R.randint(100, 9899), ch(US_STREETS)) + ch(["", ", Apt %d%s" % (R.randint(1, 30), ch("ABCD")), " Unit %d" % R.randint(1, 400)])
    return line + ("\n" if multi else ", ") + "%s, %s %s" % (t, s, z)
FR_STREETS = ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Haussmann", "rue de la République",
              "place du Marché", "rue Sainte-Catherine", "allée des Tilleuls", "quai de la Fosse"]
FR_TOWNS = [("67000", "Strasbourg"), ("69007", "Lyon"), ("75009", "Paris"), ("33000", "Bordeaux"),
            ("44000", "Nantes"), ("13006", "Marseille"), ("59800", "Lille")]
def addr_fr(multi=False):
    cp, v = ch(FR_TOWNS)
    pre = ch(["", "", "Bât. B, ", "Appt %d, " % R.randint(2, 60)])
    st = "%d%s %s" % (R.randint(1, 140), ch(["", "", " bis"]), ch(FR_STREETS))
    return pre + st + ("\n" if multi else ", ") + cp + " " + v
IT_STREETS = ["Via Garibaldi", "Corso Buenos Aires", "Via dei Mille", "Piazza Bra", "Via Toledo",
              "Viale Monza", "Via Roma", "Borgo Pinti"]
IT_TOWNS = [("10122", "Torino", "TO"), ("20124", "Milano", "MI"), ("80134", "Napoli", "NA"),
            ("37121", "Verona", "VR"), ("50121", "Firenze", "FI"), ("40126", "Bologna", "BO")]
def addr_it():
    cap, c, pr = ch(IT_TOWNS)
    return "%s %d%s, %s %s (%s)" % (ch(IT_STREETS), R.randint(1, 200), ch(["", "", "/B", ", int. 5"]), cap, c, pr)
ES_STREETS = ["Calle de Alcalá", "Avenida de la Constitución", "Carrer de Verdi", "Calle Mayor",
              "Paseo de Gracia", "Calle Larios", "Rúa do Franco"]
ES_TOWNS = [("28009", "Madrid"), ("08012", "Barcelona"), ("41001", "Sevilla"), ("29005", "Málaga"),
            ("15705", "Santiago de Compostela"), ("46002", "Valencia"), ("48005", "Bilbao")]
def addr_es():
    cp, c = ch(ES_TOWNS)
    return "%s %d, %dº %s, %s %s" % (ch(ES_STREETS), R.randint(1, 220), R.randint(1, 8), ch("ABCDI"), cp, c)
MX_ADDR = ["Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX",
           "Calle Morelos 88, Centro, 44100 Guadalajara, Jal."]
PT_ADDR = lambda: "%s %d, %s, %s" % (ch(["Rua das Flores", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"]),
                                    R.randint(1, 240), ch(["2º Esq.", "1º Dto.", "r/c", "3º"]),
                                    ch(["4050-262 Porto", "1250-096 Lisboa", "3000-150 Coimbra", "4700-307 Braga"]))
def addr_br():
    return "%s, %d%s - %s, %s, %s" % (ch(["Rua Augusta", "Av. Paulista", "Rua Oscar Freire", "Rua da Bahia", "Av. Sete de Setembro"]),
                                     R.randint(10, 2500), ch(["", ", apto %d" % R.randint(11, 190), ", loja %d" % R.randint(1, 40)]),
                                     ch(["Consolação", "Jardins", "Savassi", "Barra"]),
                                     ch(["São Paulo - SP", "Belo Horizonte - MG", "Salvador - BA", "Rio de Janeiro - RJ"]),
                                     "%05d-%03d" % (R.randint(1000, 99999), R.randint(0, 999)))
DE_STREETS = ["Hauptstraße", "Schillerstr.", "Am Markt", "Bergmannstraße", "Kaiserstraße",
              "Lindenallee", "Ehrenfeldgürtel", "Königsallee"]
DE_TOWNS = [("69117", "Heidelberg"), ("10961", "Berlin"), ("50823", "Köln"), ("80331", "München"),
            ("40212", "Düsseldorf"), ("28195", "Bremen"), ("04109", "Leipzig")]
def addr_de(multi=False):
    plz, o = ch(DE_TOWNS)
    st = "%s %d%s" % (ch(DE_STREETS), R.randint(1, 180), ch(["", "", "a", " / Hinterhaus"]))
    return st + ("\n" if multi else ", ") + plz + " " + o
def addr_nl():
    return "%s %d%s, %s" % (ch(["Prinsengracht", "Oudegracht", "Witte de Withstraat", "Kalverstraat", "Vismarkt"]),
                            R.randint(1, 400), ch(["", "-2", " hs", "A"]),
                            ch(["1016 GV Amsterdam", "3511 AL Utrecht", "3012 BR Rotterdam", "9712 HV Groningen"]))
def addr_jp():
    return ch(["〒150-0001 東京都渋谷区神宮前%d-%d-%d" % (R.randint(1, 6), R.randint(1, 30), R.randint(1, 20)),
               "〒530-0001 大阪府大阪市北区梅田%d-%d-%d" % (R.randint(1, 3), R.randint(1, 20), R.randint(1, 20)),
               "〒460-0008 愛知県名古屋市中区栄%d-%d-%d" % (R.randint(1, 5), R.randint(1, 30), R.randint(1, 15))]) + \
        ch(["", " メゾン栄%d号室" % R.randint(101, 905), " 2F"])
def addr_kr():
    return ch(["서울특별시 강남구 압구정로 %d" % R.randint(100, 400), "서울 마포구 양화로 %d" % R.randint(10, 190),
               "부산광역시 해운대구 센텀남대로 %d" % R.randint(10, 80)]) + ch(["", ", %d층" % R.randint(1, 5), " %d동 %d호" % (R.randint(101, 110), R.randint(101, 1502))])
def addr_cn():
    return ch(["上海市静安区南京西路%d号" % R.randint(100, 1800), "北京市朝阳区三里屯路%d号" % R.randint(1, 99),
               "广州市天河区天河路%d号" % R.randint(100, 600)]) + ch(["", "%d楼" % R.randint(1, 6), "%d室" % R.randint(101, 2208)])
def addr_ar():
    return ch(["شارع التحلية، حي السليمانية، الرياض %d" % R.randint(12000, 12999),
               "شارع الشيخ زايد، برج %d، دبي" % R.randint(1, 30),
               "طريق الكورنيش، مبنى %d، جدة %d" % (R.randint(10, 99), R.randint(21000, 23999))])
def addr_tr():
    return ch(["Bağdat Cad. No:%d D:%d, 34728 Kadıköy/İstanbul" % (R.randint(1, 400), R.randint(1, 12)),
               "Atatürk Bulvarı No:%d, 06420 Çankaya/Ankara" % R.randint(1, 200),
               "Kıbrıs Şehitleri Cd. No:%d, 35220 Alsancak/İzmir" % R.randint(1, 150)])
def addr_pl():
    return "ul. %s %d/%d, %s" % (ch(["Piotrkowska", "Długa", "Świętojańska", "Mickiewicza", "Krakowskie Przedmieście"]),
                                 R.randint(1, 200), R.randint(1, 40),
                                 ch(["90-004 Łódź", "80-830 Gdańsk", "81-389 Gdynia", "31-042 Kraków", "00-071 Warszawa"]))
def addr_th():
    return "%d/%d %s" % (R.randint(1, 300), R.randint(1, 99),
                         ch(["ซอยสุขุมวิท 31 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110",
                             "ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200",
                             "ถนนพระราม 4 แขวงสีลม เขตบางรัก กรุงเทพฯ 10500"]))
def addr_in():
    return ch(["Shop %d, Linking Road, Bandra West, Mumbai 400050" % R.randint(1, 40),
               "B-%d, Lajpat Nagar II, New Delhi 110024" % R.randint(1, 90),
               "%d, 12th Main, Indiranagar, Bengaluru 560038" % R.randint(100, 999),
               "Flat %d, Sai Krupa Apts, Banjara Hills, Hyderabad 500034" % R.randint(101, 504)])
def addr_ph():
    return ch(["Unit %d%s, %d Kalayaan Ave, Diliman, Quezon City 1101" % (R.randint(1, 9), ch("ABC"), R.randint(1, 90)),
               "%d Mabini St, Brgy. San Antonio, Makati City" % R.randint(1, 300),
               "Blk %d Lot %d, Camella Homes, Bacoor, Cavite" % (R.randint(1, 30), R.randint(1, 40))])
def addr_ke():
    return ch(["Biashara Plaza, 2nd Floor, Moi Avenue, Nairobi", "P.O. Box %d-00100, Nairobi" % R.randint(10000, 60000),
               "Nyali Centre, Links Road, Mombasa", "P.O. Box %d, Kisumu" % R.randint(100, 9999)])
def addr_vn():
    return "%d %s" % (R.randint(1, 250), ch(["Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
                                             "Hàng Gai, Phường Hàng Bông, Quận Hoàn Kiếm, Hà Nội",
                                             "Trần Phú, Phường Minh An, Hội An, Quảng Nam"]))

# ---------------------------------------------------------------- kinds registry
KINDS = []
def kind(name, lang):
    def deco(fn):
        for i, k in enumerate(KINDS):
            if k[0] == name:
                KINDS[i] = (name, lang, fn); return fn
        KINDS.append((name, lang, fn)); return fn
    return deco

EN_PRODUCTS = ["the Harper tote", "the Margot sandal", "the Florence crossbody", "the Beatrix trench",
               "the Sloane loafer", "the Audrey frame", "the Winston chelsea boot", "the Esme slip dress",
               "the Hudson weekender", "the Clementine cardigan", "the Ada watch", "the Phoebe mule"]
EN_SHADES = ["shade Nadia", "Ingrid Blue", "Rosie Rust", "colour 7.1 Ash", "Marlowe Green", "Sienna 04",
             "Scarlett Red", "Olive Grey"]
ROLES = ["the duty manager", "our senior stylist", "the keyholder", "the floor lead", "the assistant manager",
         "visual merch", "the cashier on till 3", "the regional manager"]

@kind("stt_voicemail_spelled_surname_boutique", "en")
def k1():
    d = Doc(); f = ch(EN_F); l = ch(["Kowalczyk", "Oyelaran", "Thistlewood", "McAllister", "Abernethy", "Featherstonehaugh"])
    num = ph_uk(0)
    v = R.randint(0, 2)
    if v == 0:
        d.f("[voicemail 00:{s}] hi um yeah this is {f} {l} that's {sp} i was in on saturday about {prod} in the size {sz} "
            "and the girl said you could hold one for me uh can you call me back on {n} thanks bye",
            s=R.randint(20, 59), f=P(f.lower()), l=P(l.lower()), sp=P(spell(l)), prod=ch(EN_PRODUCTS),
            sz=ch(["eight", "ten", "thirty eight", "small"]), n=PH(speak_en(num)))
    elif v == 1:
        d.f("VM transcript (auto, low confidence)\nhello its {f} calling for {staff} i think its {staff2} sorry "
            "about my alteration ticket number {t} its ready {q}? my surname is {l} spelt {sp2} "
            "number is {n} again {n2} cheers",
            f=P(f.lower()), staff=P(ch(["jess", "jasmine", "jazz"])), staff2=P("jaz"), t=" ".join(EN_DIG[int(c)] for c in dg(4)),
            q=ch(["i think", "already"]), l=P(l.lower()), sp2=P(spell(l, "-").upper()), n=PH(speak_en(num)), n2=PH(num))
    else:
        d.f("voicemail from withheld number 09:{m}\n\"hi there its {f} {l} thats {sp}\n i bought {prod} for forty nine ninety nine "
            "and its gone cheaper online so um price match please? my email is {em}\"",
            m=R.randint(10, 59), f=P(f.lower()), l=P(l.lower()), sp=P(spell(l)), prod=ch(EN_PRODUCTS),
            em=E(email_spoken(f, l)))
    return d

@kind("stt_salon_booking_line_spoken_digits", "en")
def k2():
    d = Doc(); f = ch(EN_F); st = ch(["kerry", "dom", "tash", "lee", "bex"]); n = ph_uk(R.choice([0, 3]))
    v = R.randint(0, 2)
    if v == 0:
        d.f("SPEAKER_00: good morning {salon} this is {st} speaking\nSPEAKER_01: hiya can i book a half head of foils with "
            "{st2} for the twenty third\nSPEAKER_00: lovely whats the name\nSPEAKER_01: {f} thats {fs}\nSPEAKER_00: and a mobile\n"
            "SPEAKER_01: {n}\nSPEAKER_00: thats two fifteen on the twenty third with {st2} forty five pound deposit",
            salon=ch(["hollis and wren", "the cutting room", "studio nine"]), st=P(st), st2=P(ch(["kai", "mo", "rosa"])),
            f=P(f.lower()), fs=P(spell(f)), n=PH(speak_en(n)))
    elif v == 1:
        d.f("agent: and can i take a number in case the stylist is off sick\ncaller: yeah its {n} no wait "
            "{n2}\nagent: sorry was that seven or eleven\ncaller: seven\nagent: perfect {f} youre booked in chair four at eleven",
            n=PH(speak_en(n)), n2=PH(speak_en(ph_uk(0))), f=P(f.lower()))
    else:
        d.f("[asr] caller wants to move her gel nails from friday to saturday ten thirty name {f} {l} "
            "callback {n} says she's allergic to the {sh} polish",
            f=P(f.lower()), l=P(ch(EN_L).lower()), n=PH(speak_en(n)), sh=ch(["rosie", "scarlett", "harper"]))
    return d

@kind("warm_transfer_whisper_summary", "en")
def k3():
    d = Doc(); c = en_full(); a = ch(EN_F + EN_M); b = ch(EN_F + EN_M)
    v = R.randint(0, 2)
    if v == 0:
        d.f("Whisper to {b} (Store Ops): Hi {b2}, I've got {c} on the line, she's calling about a click & collect order "
            "CC-{o} that's been sitting at our store in {town} for 9 days. She's been told twice it was ready. "
            "Best number if we drop: {n}. Putting her through now - {a}",
            b=P(b), b2=P(b), c=P(c), o=dg(8), town=LO(ch(["Leeds", "Cheltenham", "Norwich", "Cardiff"])), n=PH(ph_uk()), a=P(a))
    elif v == 1:
        d.f("WARM XFER -> Tier 2 Repairs\nCustomer: {c}\nIssue: watch back came loose after battery swap at the till\n"
            "Receipt: 0{r}  Ext used by store: 4471\nCB: {n}\nNotes: very polite, mentioned {role} {m} promised free reseal. Agent {a}",
            c=P(c), r=dg(9), n=PH(ph_uk(2) + " ext " + str(R.randint(100, 999))), role=ch(ROLES), m=P(ch(EN_F)), a=P(a))
    else:
        d.f("transferring a gentleman, {c}, re. the Audrey frame he ordered in tortoiseshell. wants to speak to a manager about "
            "the 2 week delay. his email {e}. nothing on the account for refund yet. thx {a}",
            c=P(c), e=E(email(c.split()[0], c.split()[1])), a=P(a))
    return d

@kind("ivr_repeat_caller_flag_log", "en")
def k4():
    d = Doc()
    d.a("ts,ani,menu_path,attempts,flag\n")
    for _ in range(R.randint(3, 5)):
        hh, mm = R.randint(8, 20), R.randint(0, 59)
        d.a("2024-%02d-%02d %02d:%02d," % (R.randint(1, 12), R.randint(1, 28), hh, mm))
        if R.random() < 0.25: d.a("anonymous")
        elif R.random() < 0.3: d.a("+44 7*** ***%s" % dg(3))
        else: d.l("PHONE_NUMBER", ch(["+447" + dg(9), "+4420" + dg(8), "+44113" + dg(7)]))
        d.a(",%s,%d,%s\n" % (ch(["1>3>2", "2>0", "1>1>9>0", "4>2"]), R.randint(1, 6), ch(["REPEAT", "", "DTMF_FAIL", "ESCALATE"])))
    if R.random() < 0.5:
        d.f("# note: ANI {n} is the Harrogate store's own line ringing itself after the transfer loop - ignore", n=PH(ph_uk(2)))
    return d

@kind("call_outcome_wrapup_codes_store_line", "en")
def k5():
    d = Doc(); a = ch(EN_F + EN_M)
    rows = R.randint(2, 4)
    d.f("Wrap-up export - agent {a} - shift {s}\n", a=P(a), s=ch(["AM", "PM", "late"]))
    for i in range(rows):
        c = en_full(); code = ch(["RES-01 resolved", "CB-REQ callback", "TRF-STORE transferred", "NOA no answer"])
        d.f("{i}. {code} | {c} | {n} | {x}\n", i=i + 1, code=code, c=P(c), n=PH(ph_uk()),
            x=ch(["order 40" + dg(6), "size swap M->L", "wants the Sloane loafer in tan", "loyalty points query", "table for 6 fri"]))
    if R.random() < 0.4: d.a("Totals: %d calls, AHT 4:%02d, 2 abandoned\n" % (rows + R.randint(10, 30), R.randint(0, 59)))
    return d

@kind("clienteling_client_book_entry_luxury", "en")
def k6():
    d = Doc(); f = ch(EN_F); l = ch(EN_L); sa = ch(EN_F + EN_M)
    v = R.randint(0, 2)
    if v == 0:
        d.f("CLIENT: Mrs {f} {l}\nAdvisor: {sa}\nSizes: shoe 38.5, RTW 10, ring N\nPrefers: muted tones, hates logos, "
            "loved the Beatrix trench in Ingrid Blue\nHusband {h} - buys for anniversary 14 June\nContact: {e} / {n}\n"
            "Ship to: {ad}\nNext: preview the AW capsule, invite to the Marylebone dinner",
            f=P(f), l=P(l), sa=P(sa), h=P(ch(EN_M)), e=E(email(f, l)), n=PH(ph_uk()), ad=AD(addr_uk()))
    elif v == 1:
        d.f("{l2} ({f}) - top-20 client. Visits our store in {town} first Thursday of the month, always asks for {sa}. "
            "Daughter {dgt} starting uni in {uni}, wants the Hudson weekender for her. Don't call before 10am: {n}.",
            l2=P(l), f=P(f), town=LO(ch(["Edinburgh", "Bath", "York"])), sa=P(sa), dgt=P(ch(EN_F)),
            uni=LO(ch(["Durham", "St Andrews", "Exeter"])), n=PH(ph_uk()))
    else:
        d.f("Book note, {sa}: called Ms {l} re: the Ada watch waitlist - position 3. She'll be in {country} until the 20th, "
            "WhatsApp only {n}. Gift-wrap in the cream box, card to read 'for {g}, always'.",
            sa=P(sa), l=P(l), country=LO(ch(["Portugal", "Dubai", "Canada"])), n=PH(ph_uk(1)), g=P(ch(EN_M)))
    return d

@kind("personal_shopper_wa_thread_export", "en")
def k7():
    d = Doc(); ps = ch(EN_F); cl = ch(EN_F); cll = ch(EN_L)
    t = "[%02d/%02d, %02d:%02d] " % (R.randint(1, 28), R.randint(1, 12), R.randint(9, 21), R.randint(0, 59))
    d.a(t).l("PERSON", ps).f(": Morning {c}! The Esme slip dress landed in champagne, size 8 on hold under your name till Sat\n", c=P(cl))
    d.a(t).l("PERSON", cl + " " + cll).a(": omg yes!! can you send to my sister's instead, she's at ").l("STREET_ADDRESS", addr_uk())
    d.a("\n").a(t).l("PERSON", ps).f(": of course - I'll need a number for the courier\n")
    d.a(t).l("PERSON", cl + " " + cll).f(": {n} (that's {s}'s) and {cc}\n", n=PH(ph_uk()), s=P(ch(EN_F)),
        cc=ch(["card on file is fine", ["use this one not the amex: ", CC(card("visa")), " exp %02d/%d" % (R.randint(1, 12), R.randint(26, 30))]]))
    if R.random() < 0.5:
        d.a(t).l("PERSON", ps).a(": Done \u2705 tracking JD0" + dg(15) + " - the Harper tote in Rosie Rust is back too btw")
    return d

@kind("trunk_show_private_invite_letter", "en")
def k8():
    d = Doc(); g = ch(EN_F + EN_M); gl = ch(EN_L); host = ch(EN_F)
    ad = addr_uk(multi=True)
    d.f("Dear {t} {l},\n\n{h} and the team would love to welcome you to a private trunk show of the Clementine & Hudson "
        "collections on Thursday 7 November, 6.30-9pm, at\n\n{ad}\n\nCanapés by Juniper Kitchen. Please RSVP to {h2} on {n} or "
        "{e}. Valet parking available; mention the password 'Sloane'.\n\nWarmly,\n{h3}\nClient Relations",
        t=ch(["Mr", "Mrs", "Ms", "Dr"]), l=P(gl), h=P(host), ad=AD(ad), h2=P(host), n=PH(ph_uk(2)),
        e=E(fold(host) + "@" + ch(["hollisandwren.co.uk", "maisonbiarritz.com", "kettlecrane.com"])), h3=P(host + " " + ch(EN_L)))
    return d

@kind("salon_colour_formula_client_card", "en")
def k9():
    d = Doc(); f = ch(EN_F); l = ch(EN_L)
    v = R.randint(0, 2)
    if v == 0:
        d.f("CLIENT CARD\nName: {f} {l}   Mob: {n}\nStylist: {s}\nFormula: roots 6/0 + 6/1 (30g:10g) 6%, 35 min; "
            "ends gloss {sh} 10 min\nPatch test: 12/03 OK\nNotes: allergic to PPD in the old Marlowe range. Sits in chair 2 (by window)",
            f=P(f), l=P(l), n=PH(ph_uk()), s=P(ch(EN_F)), sh=ch(EN_SHADES))
    elif v == 1:
        d.f("{f} - balayage refresh w/ {s}. Toner: {sh} + clear. Last visit took 3.5h, book a 4h slot. Pays cash. "
            "Rebook reminder to {e}",
            f=P(f + " " + l[0] + "."), s=P(ch(EN_F + EN_M)), sh=ch(EN_SHADES), e=E(email(f, l)))
    else:
        d.a("Colour log (no client details on this sheet)\n")
        for _ in range(3):
            d.a("- %s: %s + 20vol, %d min, chair %d\n" % (ch(["Nadia", "Ingrid", "Sienna", "Olive"]) + " shade",
                                                          ch(["7.1", "8.13", "5.0", "9.21"]), R.randint(20, 45), R.randint(1, 6)))
    return d

@kind("barber_walkin_whiteboard_photo_ocr", "en")
def k10():
    d = Doc()
    d.a("WALK-INS %s  (OCR from whiteboard photo)\n" % ch(["SAT", "FRI", "THURS"]))
    barbers = pick(["DANNY", "MO", "SKIPPER", "LEWIS", "RAZ"], 3)
    for i in range(R.randint(4, 6)):
        nm = ch(EN_M + ["Jayden", "Tyrese", "Filip", "Ahmed"])
        d.a("%d " % (i + 1)).l("PERSON", ch([nm.upper(), nm, nm.lower()]))
        d.a(" - %s - " % ch(["skin fade", "beard trim", "kids cut", "hot towel shave", "line up"]))
        if R.random() < 0.4: d.a("w/ ").l("PERSON", ch(barbers)).a(" ")
        if R.random() < 0.4: d.l("PHONE_NUMBER", ph_uk(ch([0, 3])))
        else: d.a("£%d" % ch([12, 15, 18, 22]))
        d.a("\n")
    d.l("PERSON", ch(barbers)).a("'S chair out of action -> use chair 5")
    return d

@kind("nail_bar_deposit_hold_card", "en")
def k11():
    d = Doc(); f = ch(EN_F); l = ch(EN_L)
    v = R.randint(0, 2)
    if v == 0:
        d.f("Deposit hold - {f} {l} - BIAB infill + art, Sat 11:15 with {t}\nCard: {c} exp {m}/{y}\nTel {n}\n"
            "No-show policy read to client over phone \u2714",
            f=P(f), l=P(l), t=P(ch(["Linh", "Thuy", "Kim", "Hoa"])), c=CC(card()), m="%02d" % R.randint(1, 12),
            y=R.randint(26, 30), n=PH(ph_uk()))
    elif v == 1:
        d.f("pls can someone charge the £15 no-show for {f} from tues, card ending {last4} (full number in the locked book not here) "
            "- she's rebooked for {day} with {t}",
            f=P(f), last4=dg(4), day=ch(["Friday", "June 3rd", "next Weds"]), t=P(ch(["Linh", "Mai", "Trinh"])))
    else:
        d.f("Client texted her card to the salon mobile \U0001F926 - {c} - {f} {l}. Entered as deposit, please delete the text "
            "from {n} now.", c=CC(card()), f=P(f), l=P(l), n=PH(ph_uk(0)))
    return d

@kind("optician_frames_ready_reminder_batch", "en")
def k12():
    d = Doc()
    d.a("SMS batch \u2013 glasses ready for collection\n")
    for _ in range(R.randint(2, 4)):
        f = ch(EN_F + EN_M); n = ph_uk(ch([1, 3]))
        d.l("PHONE_NUMBER", n).a(" | ")
        d.f("Hi {f}, your {fr} glasses are ready at our store in {town}. Bring job no. {j}. Questions? {hot}\n",
            f=P(f), fr=ch(["Audrey frame", "Winston titanium", "varifocal", "prescription sunglasses"]),
            town=LO(ch(["Harrogate", "Leicester", "Brighton"])), j=dg(7), hot=PH("0113 496 " + dg(4)))
    return d

@kind("tailor_alteration_docket", "en")
def k13():
    d = Doc(); f = ch(EN_M + EN_F); l = ch(EN_L)
    d.f("ALTERATIONS DOCKET No. {no}\nCustomer: {lf}\nTel: {n}\nGarment: {g}\nWork: {w}\nFitter: {ft}   Promised: {day}\n"
        "Deposit £{dep} paid (cash)\n{x}",
        no=dg(5), lf=P(l.upper() + ", " + f), n=PH(ch([ph_uk(), ph_us()])), g=ch(["navy 3-pc suit (wedding)", "bridesmaid dress, Sage", "Beatrix trench", "kilt"]),
        w=ch(["shorten sleeves 2cm, taper trousers", "take in side seams 1.5cm, hem to floor in 2in heel", "replace lining, new horn buttons"]),
        ft=P(ch(["Mr Gill", "Stavros", "Bee"]).replace("Mr ", "")), day=ch(["Fri 14th", "before 2 Aug", "Tues pm"]),
        dep=R.randint(10, 60), x=ch(["", "Collect by: his brother " + "|", ""]))
    if d.text.endswith("|"):
        d.text = d.text[:-1]; d.l("PERSON", ch(EN_M))
    return d

@kind("phone_screen_repair_bench_ticket", "en")
def k14():
    d = Doc(); c = en_full()
    d.f("BENCH TICKET #{t}\nDevice: {dev}  IMEI 35{imei}\nFault: {fault}\nCustomer: {c}  {n}\nPasscode given: no\n"
        "Tech: {tech}\nBackup email for repair updates: {e}\nQuote: £{q} (screen + seal). Firmware {fw}",
        t=dg(6), dev=ch(["iPhone 13 mini", "Galaxy A54", "Pixel 7a"]), imei=dg(13), fault=ch(["cracked OLED", "no charge, port corroded", "ghost touch after drop"]),
        c=P(c), n=PH(ph_uk()), tech=P(ch(["Arjun", "Stef", "Ollie"])), e=E(email(*c.split())), q=R.randint(59, 229),
        fw=ch(["17.4.1", "14.2.0.118", "UP1A.231005"]))
    return d

@kind("store_opening_announcement_with_hotline", "en")
def k15():
    d = Doc()
    town = ch(["Glasgow", "Bristol", "Belfast", "Norwich"])
    v = R.randint(0, 1)
    if v == 0:
        d.f("We're opening in {t}! \U0001F389 Our 42nd store opens its doors Saturday 9am at {ad}. First 100 through the door get a "
            "free Juniper candle. Store manager {m} and the team can't wait to meet you. Enquiries: {n}",
            t=LO(town), ad=AD("Unit 14, Level 2, Buchanan Galleries, 220 Buchanan Street, Glasgow G1 2GF" if town == "Glasgow" else addr_uk(town=town)), m=P(en_full()),
            n=PH(ph_uk(2)))
    else:
        d.f("PRESS NOTE - Hollis & Wren {t} (store #{no})\nAddress: {ad}\nOpening hours: Mon-Sat 9-6, Sun 11-5\nHotline: {n}\n"
            "Press contact: {pc}, {pe}\nThe Florence crossbody and Harper tote will be exclusive to the new store for two weeks.",
            t=town, no=R.randint(30, 60), ad=AD(addr_uk(town=town)), n=PH("0800 " + dg(3) + " " + dg(4)),
            pc=P(en_full()), pe=E("press@hollisandwren.co.uk"))
    return d

@kind("locker_click_collect_pick_sheet", "en")
def k16():
    d = Doc()
    d.a("C&C PICK SHEET  store 0%d  wave %d\nlocker | order | customer | mobile | items\n" % (R.randint(100, 999), R.randint(1, 4)))
    for _ in range(R.randint(3, 5)):
        d.a("L%02d | %s | " % (R.randint(1, 48), "CC" + dg(9)))
        d.l("PERSON", ch([en_full(), ch(EN_L).upper() + " " + ch(EN_F)[0]]) if R.random() < 0.5 else ch(EN_L) + ", " + ch(EN_F))
        d.a(" | ")
        if R.random() < 0.3: d.a("07*** ***%s" % dg(3))
        else: d.l("PHONE_NUMBER", ph_uk(ch([0, 3])))
        d.a(" | %s\n" % ch(["2x Juniper candle", "Sloane loafer 41 tan", "gift card £50", "Esme dress 10", "Harper tote"]))
    return d

@kind("ship_from_store_packing_label", "en")
def k17():
    d = Doc(); c = ch([en_full(), us_full()])
    us = R.random() < 0.4
    d.a("SHIP FROM STORE \u2013 ").l("LOCATION", ch(["Leeds", "Bristol", "Leicester"]) if not us else ch(["Denver", "Atlanta"])).a(" branch\n")
    d.a("FROM: Hollis & Wren, ").l("STREET_ADDRESS", addr_uk() if not us else addr_us()).a("\n")
    d.a("TO:\n").l("PERSON", c).a("\n").l("STREET_ADDRESS", addr_us(True) if us else addr_uk(True)).a("\n")
    d.a("Tel: ").l("PHONE_NUMBER", ph_us() if us else ph_uk()).a("\n")
    d.a("Parcel 1/1  %.1fkg  Ref SFS-%s  Service: next day" % (R.uniform(0.3, 4), dg(7)))
    return d

@kind("price_match_desk_request_form", "en")
def k18():
    d = Doc(); c = en_full()
    d.f("PRICE MATCH REQUEST\nItem: {it} SKU {sku}\nOur price £{p}  Competitor £{cp} ({comp})\nCustomer: {c}\nEmail for e-receipt: {e}\n"
        "Approved by: {m} ({role})\nReason code PM-{rc}",
        it=ch(EN_PRODUCTS), sku=dg(3) + "-" + dg(4), p=ch(["89.00", "129.99", "45.00"]), cp=ch(["79.00", "110.00", "39.99"]),
        comp=ch(["online, screenshot on file", "department store on the high st"]), c=P(c), e=E(email(*c.split())),
        m=P(ch(EN_F + EN_M)), role=ch(["ASM", "keyholder", "SM"]), rc=R.randint(1, 9))
    return d

@kind("till_warranty_enrolment_log", "en")
def k19():
    d = Doc()
    d.a("warranty_enrol.log (till tablet)\n")
    for _ in range(R.randint(2, 4)):
        c = en_full()
        d.a("%02d:%02d:%02d INFO enrol ok product=%s serial=%s src=" % (R.randint(9, 18), R.randint(0, 59), R.randint(0, 59),
                                                                     ch(["kettle-KX2", "airfryer-AF5", "hairdryer-HD9"]), "SN" + dg(10)))
        d.l("IP_ADDRESS", ch([ip4(True), ip4(True), ip6()])).a(" name=\"").l("PERSON", c).a("\" email=")
        d.l("EMAIL_ADDRESS", email(*c.split())).a(" pos_ver=4.2.%d\n" % R.randint(0, 30))
    return d

@kind("tip_jar_shoutout_wall", "en")
def k20():
    d = Doc()
    msgs = ["{s} you absolute star, best flat white in town",
            "shout out to {s} for finding my mum's ring under the changing room bench!!",
            "{s} & {s2} made my daughter's birthday - from the table of 8 (the loud one)",
            "Thank you {s} for fixing my fringe after the disaster in {town} \U0001F602",
            "to the lad on till 2 with the green nails (was it {s}?) - legend",
            "Grace was said before dinner and the staff even joined in - lovely"]
    d.a("Tip jar notes, week %d:\n" % R.randint(1, 52))
    for m in pick(msgs, 3):
        d.a("- ").f(m, s=P(ch(EN_F + EN_M)), s2=P(ch(EN_F + EN_M)), town=LO(ch(["Magaluf", "Ibiza", "Newcastle"]))).a("\n")
    return d

@kind("comment_card_handwritten_transcribed", "en")
def k21():
    d = Doc()
    v = R.randint(0, 2)
    if v == 0:
        d.f("Comment card #{n} (transcribed, spelling kept): \"{s} at the cheese counter was so helpfull, knew every thing. "
            "please tell her manager. - {c}, {e}\"", n=dg(3), s=P(ch(["Margret", "Bernadett", "Siobahn"])), c=P(en_full()),
            e=E(email(ch(EN_F), ch(EN_L))))
    elif v == 1:
        d.f("Card: 'waited 25 min for a table of 2, nobody came. Ill be telling everyone in {town}.' No name. Left phone {n}",
            town=LO(ch(["Whitby", "Kendal", "Oban"])), n=PH(ph_uk()))
    else:
        d.a("Card: 'Lovely June evening, the Clementine cocktail was great, the Hudson burger less so. Would come back in April.' "
            "No name or contact left. Table 14.")
    return d

@kind("mystery_shopper_narrative_staff_named", "en")
def k22():
    d = Doc(); a = ch(EN_F); b = ch(EN_M)
    d.f("Visit {v} - {town} branch - 14:{m}\nGreeted within 20s by {a} (name badge), who offered the Ada watch display without prompting. "
        "Asked {b} at the fitting rooms about the Sloane loafer in 42; he checked stock on the handset and offered to ship to home. "
        "At the till, {c} ({role}) did not offer the loyalty scheme. Overall 87%.\nShopper ID MS-{id} (do not pass to store).",
        v=dg(5), town=LO(ch(["Leeds", "Norwich", "Cardiff", "Brighton"])), m=R.randint(10, 59), a=P(a), b=P(b),
        c=P(ch(EN_F + EN_M) + " " + ch(EN_L)[0] + "."), role=ch(["keyholder", "part-time", "new starter"]), id=dg(4))
    return d

@kind("franchisee_monday_bulletin", "en")
def k23():
    d = Doc(); v = ch([0, 0, 1, 2, 2])
    if v == 0:
        d.f("MONDAY BULLETIN\n1. Welcome {f} {l}, new franchisee for the {t1} and {t2} stores.\n2. Hotline for till faults changed to {n}.\n"
            "3. Congratulations to {s} ({t3}) - top NPS in the region.\n4. Price file 24-W{w} goes live Weds.",
            f=P(ch(EN_F + EN_M)), l=P(ch(EN_L)), t1=LO("Stockport"), t2=LO(ch(["Wigan", "Bolton"])), n=PH("0161 " + dg(3) + " " + dg(4)),
            s=P(en_full()), t3=LO(ch(["Salford", "Bury"])), w=R.randint(10, 52))
    elif v == 1:
        d.a("MONDAY BULLETIN\n- Harper tote restock lands Thurs, 6 per store\n- Reminder: no customer phone numbers on the whiteboards\n"
            "- Hotline remains the same; see the back office poster\n- Bank holiday hours 10-4\n")
    else:
        d.f("BULLETIN wk{w}: {f} {l} is leaving us after 11 years at {t} - card in the back office. Cover calls go to {n} (ext 12 for stock).",
            w=R.randint(1, 52), f=P(ch(EN_F)), l=P(ch(EN_L)), t=LO(ch(["Chester", "Preston"])), n=PH(ph_uk(2)))
    return d

@kind("table_plan_allergy_flags_tonight", "en")
def k24():
    d = Doc()
    d.a("TONIGHT %s \u2013 allergy & notes\n" % ch(["FRI", "SAT", "WED"]))
    for _ in range(R.randint(3, 5)):
        d.a("T%d %d:%02d x%d " % (R.randint(1, 24), R.randint(18, 21), ch([0, 15, 30, 45]), R.randint(2, 8)))
        nm = ch(EN_L)
        d.l("PERSON", ch([nm.upper(), nm, ch(EN_F) + " " + nm]))
        d.a(" \u2013 %s" % ch(["SEVERE nut (epi-pen)", "coeliac", "no shellfish", "vegan x2", "anniversary, candle in the Clementine tart",
                               "birthday \u2013 Hazelnut & Honey cake pre-ordered", "pescatarian"]))
        if R.random() < 0.3: d.a(" cb ").l("PHONE_NUMBER", ph_uk())
        d.a("\n")
    return d

@kind("private_dining_party_enquiry_email", "en")
def k25():
    d = Doc(); f = ch(EN_F + EN_M); l = ch(EN_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("Subject: 40th for 22 people - Sala Giulietta?\n\nHi there,\n\nI'm looking to book your private room (the Sala Giulietta one) for "
            "my husband {h}'s 40th on Sat 12 Oct. 22 adults, 3 kids, one guest is coeliac and {g} has a sesame allergy. "
            "Budget about £65pp. Can you send menus to {e}? Or ring me on {n} after 5.\n\nThanks,\n{f} {l}",
            h=P(ch(EN_M)), g=P(ch(EN_F) + " " + ch(EN_L)), e=E(email(f, l)), n=PH(ph_uk()), f=P(f), l=P(l))
    else:
        d.f("Enquiry form\nName: {f} {l}\nCompany: {co}\nGuests: 35\nDate: 28/11\nOccasion: team Christmas do\nPhone: {n}\n"
            "Invoice address: {ad}\nMessage: 'we had the Winston room last year and {s} looked after us brilliantly - is she still there?'",
            f=P(f), l=P(l), co=ch(["Brightwater Logistics Ltd", "Farrow & Sons Accountants"]), n=PH(ph_uk(2)), ad=AD(addr_uk()), s=P(ch(EN_F)))
    return d

@kind("guest_wifi_captive_portal_rows", "en")
def k26():
    d = Doc()
    d.a("captive_portal_signups.csv\nts,client_ip,mac,email,marketing_optin,store\n")
    for _ in range(R.randint(3, 5)):
        d.a("2024-%02d-%02dT%02d:%02d:00Z," % (R.randint(1, 12), R.randint(1, 28), R.randint(8, 21), R.randint(0, 59)))
        d.l("IP_ADDRESS", ch([ip4(True), ip4(), ip6()]))
        d.a(",%s," % ":".join("%02x" % R.randint(0, 255) for _ in range(6)))
        if R.random() < 0.2: d.a("")
        else: d.l("EMAIL_ADDRESS", email(ch(EN_F + EN_M + FR_F), ch(EN_L + FR_L)))
        d.a(",%s,%s\n" % (ch(["Y", "N"]), ch(["BRI-02", "LDS-01", "GLA-04"])))
    return d

@kind("us_store_card_instant_credit_app_note", "en")
def k27():
    d = Doc(); c = us_full()
    v = ch([0, 0, 1, 2, 2])
    if v == 0:
        d.f("Instant credit app - register 4 - declined, customer asked us to retry.\nApplicant: {c}\nSSN: {s}\nDOB 03/{dd}/19{yy}\n"
            "Home: {ad}\nCell: {n}\nAssociate: {a}",
            c=P(c), s=SS(ssn()), dd="%02d" % R.randint(1, 28), yy=R.randint(55, 99), ad=AD(addr_us()), n=PH(ph_us()), a=P(ch(US_F + US_M)))
    elif v == 1:
        d.f("note for {a}: {c} called back re: the store card - verified w/ last 4 of SSN ({l4}) and zip {z}. "
            "Approved $2,500 line. Send welcome pack to {e}.",
            a=P(ch(US_F)), c=P(c), l4=dg(4), z=ch(["75024", "43215", "30309"]), e=E(email(*c.split())))
    else:
        d.f("Fax cover (store 2214 -> credit dept): application for {c}, social {s}, employer Big Sky Feed & Seed, "
            "monthly income $4,100. Call the store, not the customer: {n}",
            c=P(c), s=SS(ssn().replace("-", ch(["-", " "]))), n=PH(ph_us(1) + " ext 3"))
    return d

@kind("no_show_fee_dispute_reply_ask", "en")
def k28():
    d = Doc(); f = ch(EN_F); l = ch(EN_L)
    d.f("Can you help me write a calm reply to this? Salon policy is 50% fee for no-shows with <24h notice.\n\n---\n"
        "\"I am disgusted that {s} charged me £{amt} when I RANG at 8am to cancel. Check your phone log, I called from {n}. "
        "I want a refund to my card today or I'll post in the {town} community group. {f} {l}\"\n---\n"
        "Our log shows a missed call at 08:{m} from that number. Sign off as {me}, salon manager.",
        s=P(ch(["Kerry-Ann", "Dom", "Maddie"])), amt=ch(["32.50", "45", "27"]), n=PH(ph_uk()), town=LO(ch(["Didsbury", "Headingley", "Clifton"])),
        f=P(f), l=P(l), m="%02d" % R.randint(1, 59), me=P(ch(EN_F)))
    return d

@kind("spa_couples_day_confirmation", "en")
def k29():
    d = Doc(); a = en_full(); b = ch(EN_F + EN_M)
    d.f("Booking confirmed \u2728\nGuests: {a} & {b}\nPackage: Couples Serenity (Thai massage + hot stones, 90 min)\nArrival: {t}, "
        "Treatment Room Juniper\nTherapists: {t1} & {t2}\nHealth form flagged: {b2} - pregnancy 2nd trimester (no hot stones)\n"
        "Any changes: {n} or reply to this email. Spa address: {ad}{g}",
        a=P(a), b=P(b), t=ch(["10:30", "13:45", "16:00"]), t1=P(ch(["Niran", "Lottie", "Sofia"])), t2=P(ch(["Bea", "Jonah", "Malee"])), b2=P(b),
        n=PH(ph_uk(2)), ad=AD(addr_uk()),
        g=ch(["", "", ["\nCard guarantee (taken by phone): ", CC(card()), ", CVV not stored"]]))
    return d

@kind("rota_swap_request_group_msgs", "en")
def k30():
    d = Doc(); people = pick(EN_F + EN_M, 3)
    d.l("PERSON", people[0]).a(": can anyone take my sat close? got a wedding in ").l("LOCATION", ch(["Dublin", "Ibiza", "Cornwall"])).a("\n")
    d.l("PERSON", people[1]).a(": I can if you do my sun open\n")
    d.l("PERSON", people[0]).a(": deal \U0001F64F ").l("PERSON", people[2]).a(" can you update the rota\n")
    d.l("PERSON", people[2]).a(": done. reminder nobody covers tills 1-3 alone after 8, and ").l("PERSON", ch(EN_F)).a(
        " is on maternity from the 4th - any q's ring me ").l("PHONE_NUMBER", ph_uk())
    return d

@kind("lost_property_counter_log", "en")
def k31():
    d = Doc()
    d.a("LOST PROPERTY \u2013 front desk\n")
    for _ in range(R.randint(2, 4)):
        d.a("%02d/%02d | %s | " % (R.randint(1, 28), R.randint(1, 12), ch(["black umbrella", "child's Peppa Pig backpack", "AirPods case",
                                                                         "reading glasses (Audrey frame)", "wedding ring, gold", "Harper tote (ours, full of receipts)"])))
        r = R.random()
        if r < 0.35: d.a("unclaimed")
        elif r < 0.7: d.a("claimed by ").l("PERSON", en_full()).a(" tel ").l("PHONE_NUMBER", ph_uk())
        else: d.a("owner thought to be ").l("PERSON", ch(EN_F + EN_M)).a(" (regular, Tues yoga) - left note")
        d.a(" | logged by ").l("PERSON", ch(EN_F)).a("\n")
    return d

@kind("returns_desk_refund_to_bank_note", "en")
def k32():
    d = Doc(); c = en_full()
    v = R.randint(0, 1)
    if v == 0:
        d.f("Refund to bank (card expired) - receipt {r}\nCustomer {c}\nIBAN {i}\nAmount £{a}\nAuthorised {m}. Reminder: shred this after finance key it in.",
            r=dg(4) + "-" + dg(6), c=P(c), i=IB(iban("GB", ch([True, False]))), a=ch(["129.00", "64.50", "310.00"]), m=P(ch(EN_F)))
    else:
        d.f("Tourist refund - {c} from {ctry}, card closed. Bank details she wrote on the back of receipt: {i}. "
            "Phone while in UK: {n}. Sort by end of week, she flies home Sunday.",
            c=P(c), ctry=LO(ch(["Germany", "the Netherlands", "Spain", "Italy"])), i=IB(iban(ch(["DE", "NL", "ES", "IT"]))), n=PH(ph_uk()))
    return d

@kind("bridal_fitting_schedule_boutique", "en")
def k33():
    d = Doc()
    d.a("FITTINGS - %s\n" % ch(["Saturday", "Thursday late"]))
    for _ in range(R.randint(3, 4)):
        b = ch(EN_F + US_F); bl = ch(EN_L + US_L)
        d.a("%d:%02d  " % (R.randint(9, 17), ch([0, 30]))).l("PERSON", b + " " + bl)
        d.a(" (%s) \u2013 %s" % (ch(["1st fitting", "final fitting", "bridesmaids x4", "collection"]), ch(["the Esme gown, ivory", "Phoebe veil", "Harper jumpsuit", "Audrey lace"])))
        if R.random() < 0.5: d.a(", MOB ").l("PERSON", ch(EN_F)).a(" attending")
        if R.random() < 0.4: d.a(", wedding in ").l("LOCATION", ch(["Tuscany", "Lake Como", "Cornwall", "Santorini"]))
        d.a("\n")
    d.a("Seamstress: ").l("PERSON", ch(["Halina", "Bernadette", "Yasmin"]))
    return d

@kind("key_cutting_shoe_repair_collection_book", "en")
def k34():
    d = Doc()
    d.a("Collection book \u2013 heel bar\n")
    for _ in range(R.randint(3, 5)):
        d.a("#%s  " % dg(4))
        nm = ch(EN_L)
        vv = R.randint(0, 2)
        if vv == 1: d.a("MR ").l("PERSON", nm.upper())
        elif vv == 2: d.l("PERSON", ch(EN_F) + " " + nm)
        else: d.l("PERSON", nm)
        d.a("  %s  £%s  " % (ch(["heels x2 Sloane loafer", "resole brogues", "3x yale keys", "watch battery", "engrave 'for Dad'"]),
                           ch(["8.50", "45", "12", "6.99"])))
        d.a(ch(["paid", "owes", "paid card"]))
        if R.random() < 0.5: d.a("  ").l("PHONE_NUMBER", ph_uk(ch([0, 3])))
        d.a("\n")
    return d

@kind("jewellery_engraving_order_slip", "en")
def k35():
    d = Doc(); c = en_full(); p = ch(EN_F + EN_M)
    d.f("ENGRAVING ORDER\nItem: {it}\nText (exact): \"{txt}\"\nFont: script   Side: inner\nOrdered by: {c}  {n}\nCollect: {day}\n",
        it=ch(["Ada watch caseback", "signet ring 9ct", "Juniper locket"]),
        txt=ch([[P(p), " & ", P(ch(EN_F + EN_M)), " 14.06.2025"], ["Forever yours, ", P(p)], ["Happy 60th Dad x"]]),
        c=P(c), n=PH(ph_uk()), day=ch(["Sat", "next Fri", "21st"]))
    return d

# --------------------------------------------------------- no-PII English kinds
@kind("product_shade_names_copy_nopii", "en")
def k36():
    d = Doc()
    picks = pick(["Nadia", "Ingrid", "Harper", "Florence", "Winston", "Audrey", "Margot", "Clementine", "Esme", "Sloane"], 4)
    d.a("Write 4 Instagram captions for our new lip shades: ")
    d.a(", ".join("'%s %s'" % (p, ch(["Nude", "Red", "Berry", "Coral", "Mauve"])) for p in picks))
    d.a(". Tone: playful. Mention they're named after the founders' favourite %s. Max 150 chars each, no emojis." % ch(["film heroines", "streets in Paris", "old cinema stars"]))
    return d

@kind("counter_script_returns_policy_nopii", "en")
def k37():
    d = Doc()
    d.a(ch(["Tidy this up into a script for new till staff: ", "Turn into bullet points for the staff room: "]))
    d.a("returns within twenty eight days with receipt, exchange only after that up to sixty days, sale items final, "
        "gift receipts get store credit, if over two hundred pounds call the duty manager on the internal line, "
        "never write customer numbers on the returns pad, order numbers start with CC then nine digits like CC %s. "
        "Say 'Hi, I'm [name], how can I help' and offer the loyalty card." % " ".join(dg(3) for _ in range(3)))
    return d

@kind("staff_training_roleplay_fictional_nopii", "en")
def k38():
    d = Doc()
    p = ch(["Grumpy Gary", "Busy Beth", "Chatty Charlie", "Indecisive Ingrid"])
    d.a("Roleplay card %d\nPersona: %s - wants to return the Harper tote after 45 days, no receipt, says the manager 'always' lets them.\n"
        "Staff member (you): stay calm, offer exchange or store credit, escalate to the duty manager.\n"
        "Trainer notes: score on empathy (1-5), policy (1-5). Example number to 'call' is the training line, dial 0 from the till phone."
        % (R.randint(1, 12), p))
    return d

@kind("footfall_report_daily_nopii", "en")
def k39():
    d = Doc()
    d.a("Daily footfall \u2013 %s\n" % ch(["Mon 3 June", "Sat 12 Oct", "Thurs 28 Nov"]))
    for h in range(9, 18, 2):
        d.a("%02d:00-%02d:00  in %d  conv %.1f%%  ATV £%.2f\n" % (h, h + 2, R.randint(40, 400), R.uniform(8, 35), R.uniform(20, 90)))
    d.a("Best sellers: Harper tote (%d), Juniper candle (%d). Tills 1-4 ok. Counter 7 closed. Receipt range 0%s-0%s." %
        (R.randint(3, 30), R.randint(3, 30), dg(6), dg(6)))
    return d

# --------------------------------------------------------- code-mixed
@kind("hinglish_mobile_shop_warranty_voice_note", "hi-en")
def m1():
    d = Doc(); f = ch(IN_F + IN_M); l = ch(IN_L)
    v = R.randint(0, 2)
    if v == 0:
        d.f("voice note transcript: haan bhaiya main {f} {l} bol raha hoon, kal aapki shop se Redmi liya tha, warranty card pe "
            "number galat likh diya aapne, sahi number hai {n}, aur email {e} hai, please update kar dena. bill number {b}",
            f=P(f.lower()), l=P(l.lower()), n=PH(ch([" ".join(EN_DIG[int(c)] for c in "9" + dg(9)), ph_in()])),
            e=E(email_spoken(f, l)), b=dg(5))
    elif v == 1:
        d.f("Warranty reg done at counter \u2705 Customer {f} ji, {n}, address {ad}. Product: mixer grinder 750W, serial MG{s}. "
            "{st} ne bola ki extended warranty bhi chahiye, 499 extra.",
            f=P(f), n=PH(ph_in()), ad=AD(addr_in()), s=dg(8), st=P(ch(["Pappu", "Ramesh", "Sonu"])))
    else:
        d.f("Sir, {f} madam ka complaint: AC installation ke time technician {t} ne floor scratch kar diya. Unka number {n}. "
            "Store {loc} wala hai, manager {m} ko CC karna.",
            f=P(f), t=P(ch(IN_M)), n=PH(ph_in()), loc=LO(ch(["Pune", "Noida", "Indore"])), m=P(ch(IN_M) + " " + ch(IN_L)))
    return d

@kind("taglish_barbershop_gc_sked", "tl-en")
def m2():
    d = Doc(); b1 = ch(TL_M); c = ch(TL_M + TL_F)
    d.l("PERSON", b1).a(": Guys sked ko bukas, 10am si ").l("PERSON", c).a(" (fade + beard), 11 walk-in lang\n")
    d.l("PERSON", ch(TL_F)).f(": Kuya {b} paki-text si Sir {x} sa {n}, nag-reschedule daw siya\n", b=P(b1), x=P(ch(TL_L)), n=PH(ph_ph()))
    d.l("PERSON", b1).a(": noted po. Ate ").l("PERSON", ch(TL_F)).a(" pakikuha yung Pomade Ginebra stock sa ")
    d.l("STREET_ADDRESS", addr_ph()).a(" bago mag 9\n")
    if R.random() < 0.5:
        d.a("Admin: reminder walang pangalan ng customer sa FB page, DM lang. Sahod sa 15th.")
    return d

@kind("spanglish_layaway_voicemail_bodega", "es-en")
def m3():
    d = Doc(); f = ch(ES_F + ES_M); l = ch(ES_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("voicemail: hola yes this is {f} {l} calling about el layaway for the quinceañera dress, el ticket es {t}, "
            "quiero pagar the rest on friday, mi número es {n}, call me back porfa after six, gracias",
            f=P(f.lower()), l=P(l.lower()), t=" ".join(EN_DIG[int(c)] for c in dg(5)), n=PH(speak_en(ph_us(3))))
    else:
        d.f("Layaway card #{t}\nCliente: {f} {l}\nDeposit $40 - balance $185\nCel: {n}\nNotes: la hermana {s} picks up if she can't, "
            "ID required. Ask for {a} en el counter.",
            t=dg(5), f=P(f), l=P(l), n=PH(ph_us()), s=P(ch(ES_F)), ss=["\nSSN (store card credit check): ", SS(ssn())], a=P(ch(["Yesenia", "Marco", "Lupe"])))
    return d

# --------------------------------------------------------- French
@kind("fr_carnet_clientele_boutique_luxe", "fr")
def f1():
    d = Doc(); p = ch(FR_F); n = ch(FR_L); cv = ch(FR_F + FR_M)
    v = R.randint(0, 2)
    if v == 0:
        d.f("Fiche cliente \u2013 Mme {n} ({p})\nConseillère : {cv}\nTailles : 38 / pointure 39\nPréfère les tons poudrés, n'aime pas le doré. "
            "A adoré le sac Joséphine en cuir grainé.\nAnniversaire de mariage le 3 mai (mari : {m}).\nTél. {t}\nAdresse de livraison : {ad}",
            n=P(n), p=P(p), cv=P(cv), m=P(ch(FR_M)), t=PH(ph_fr()), ad=AD(addr_fr()))
    elif v == 1:
        d.f("Mme {n} prefère être appelée après 18h au {t}. Elle passe à la boutique de {v} chaque samedi avec sa fille {fi}. "
            "Mettre de côté l'escarpin Colette en 37 et la nouvelle teinte Rouge Louise.",
            n=P(n), t=PH(ph_fr()), v=LO(ch(["Lyon", "Bordeaux", "Nantes"])), fi=P(ch(FR_F)))
    else:
        d.f("Note de {cv} : M. {n} souhaite offrir la montre Ada à son épouse pour Noël. Paiement en 3 fois. "
            "Envoyer le visuel par mail : {e}. Ne pas mentionner le prix au téléphone (ligne partagée).",
            cv=P(cv), n=P(n), e=E(email(ch(FR_M), n)))
    return d

@kind("fr_sms_rappel_rdv_coiffure", "fr")
def f2():
    d = Doc()
    d.a("Envoi groupé \u2013 rappels J-1\n")
    sal = "04 78 " + " ".join(dg(2) for _ in range(3))
    for _ in range(R.randint(2, 4)):
        p = ch(FR_F + FR_M)
        d.l("PHONE_NUMBER", ph_fr(R.choice([0, 1]))).a(" : ")
        d.f("Bonjour {p}, rappel de votre RDV demain à {h} avec {c} ({pr}). En cas d'empêchement, merci de prévenir au {s}. Salon Margaux & Co\n",
            p=P(p), h=ch(["9h30", "14h", "17h15", "11h45"]), c=P(ch(["Léa", "Sandrine", "Jordan", "Noa"])),
            pr=ch(["coupe + brushing", "balayage", "barbe", "couleur teinte Châtain Clair"]), s=PH(sal))
    return d

@kind("fr_messagerie_vocale_transcrite_opticien", "fr")
def f3():
    d = Doc(); p = ch(FR_F + FR_M); n = ch(FR_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("[Transcription automatique] bonjour c'est {p} {n} ça s'écrit {sp} je vous appelle pour mes lunettes commandées le "
            "douze euh la monture Audrey écaille est-ce qu'elles sont arrivées vous pouvez me rappeler au {t} merci bonne journée",
            p=P(p.lower()), n=P(n.lower()), sp=P(spell(n)), t=PH(speak(ph_fr(0), "fr")))
    else:
        d.f("[messagerie 10:{m}] oui bonjour madame {n} à l'appareil j'ai rendez-vous jeudi pour l'examen de vue mais je "
            "serai à {v} donc il faudrait décaler euh mon portable c'est le {t} voilà",
            m=R.randint(10, 59), n=P(n.lower()), v=LO(ch(["marseille", "rennes", "Toulouse"])), t=PH(ph_fr(0)))
    return d

@kind("fr_fiche_retouche_couturier", "fr")
def f4():
    d = Doc(); n = ch(FR_L); p = ch(FR_F + FR_M)
    d.f("BON DE RETOUCHE n° {no}\nClient : {n} {p}\nTél : {t}\nArticle : {a}\nTravail : {w}\nRetoucheur : {r}\nPrêt le : {j}\nAcompte : {ac} € (CB)",
        no=dg(5), n=P(n.upper()), p=P(p), t=PH(ph_fr()), a=ch(["costume Marius bleu nuit", "robe Suzanne", "jean brut"]),
        w=ch(["ourlet 3 cm, revers", "reprendre taille 2 cm", "changer fermeture éclair"]), r=P(ch(["Ahmed", "Mme Ly", "Rosa"]).replace("Mme ", "")),
        j=ch(["mardi 14", "samedi", "18/06"]), ac=R.randint(5, 40))
    return d

# --------------------------------------------------------- Italian
@kind("it_agenda_salone_parrucchiere", "it")
def i1():
    d = Doc()
    d.a("AGENDA %s \u2013 Salone %s\n" % (ch(["martedì", "venerdì", "sabato"]), ch(["Beatrice", "Mirella", "Ottavia"])))
    for _ in range(R.randint(3, 5)):
        d.a("%d:%02d " % (R.randint(9, 18), ch([0, 30]))).l("PERSON", ch(IT_F + IT_M) + " " + ch(IT_L))
        d.a(" \u2013 %s \u2013 " % ch(["piega", "colore + taglio", "meches", "trattamento cheratina", "taglio uomo"]))
        d.l("PERSON", ch(["Gina", "Tiziana", "Roberto", "Sabry"]))
        if R.random() < 0.5: d.a(" \u2013 cell. ").l("PHONE_NUMBER", ph_it())
        d.a("\n")
    d.a("N.B. il nome del salone è quello della nonna, non è una cliente.")
    return d

@kind("it_scheda_cliente_vip_gioielleria", "it")
def i2():
    d = Doc(); n = ch(IT_F); c = ch(IT_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("Scheda cliente VIP\nSig.ra {n} {c}\nMisura anello: 14\nPreferenze: oro rosa, linea Giulietta, niente pietre verdi\n"
            "Marito: Dott. {m}\nRicorrenze: compleanno 9 settembre\n{cc}Cell. {t}\nEmail {e}\nIndirizzo: {ad}\nVenditrice di riferimento: {v}",
            n=P(n), c=P(c), m=P(ch(IT_M) + " " + c), t=PH(ph_it()), cc=ch(["", ["Carta per addebito riparazioni: ", CC(card()), "\n"]]), e=E(email(n, c)), ad=AD(addr_it()), v=P(ch(IT_F)))
    else:
        d.f("Nota di {v}: la signora {c} è passata con l'amica {a} da {city}, ha provato il bracciale Ginevra ma aspetta "
            "il modello Beatrice in arrivo. Richiamarla al {t} appena arriva.",
            v=P(ch(IT_F)), c=P(c), a=P(ch(IT_F)), city=LO(ch(["Bergamo", "Como", "Lugano"])), t=PH(ph_it()))
    return d

@kind("it_trascrizione_chiamata_negozio_scarpe", "it")
def i3():
    d = Doc(); n = ch(IT_F + IT_M); c = ch(IT_L)
    d.f("Operatore: buongiorno calzature {neg} sono {op}\nCliente: salve volevo sapere se avete ancora il mocassino Lorenzo nel trentanove\n"
        "Operatore: controllo subito mi lascia un nome\nCliente: {n} {c} si scrive {sp}\nOperatore: e un numero\nCliente: {t}\n"
        "Operatore: perfetto la richiamo entro le sei\nCliente: grazie ah sono di {city} quindi vengo sabato",
        neg=ch(["Bianchi dal 1962", "Passo Leggero", "Piedi Felici"]), op=P(ch(["Martina", "Fabio"]).lower()), n=P(n.lower()),
        c=P(c.lower()), sp=P(spell(c)), t=PH(speak(ph_it(), "it")), city=LO(ch(["monza", "pavia", "lodi"])))
    return d

# --------------------------------------------------------- Spanish
@kind("es_lista_espera_barberia_mostrador", "es")
def s1():
    d = Doc()
    d.a("LISTA DE ESPERA \u2013 %s\n" % ch(["sábado", "viernes tarde"]))
    for i in range(R.randint(3, 5)):
        d.a("%d. " % (i + 1)).l("PERSON", ch(ES_M + ["Brayan", "Kevin", "Yeray"]) + ch(["", " " + ch(ES_L)]))
        d.a(" \u2013 %s" % ch(["degradado", "barba", "corte niño", "afeitado navaja"]))
        r = R.random()
        if r < 0.4: d.a(" \u2013 tel ").l("PHONE_NUMBER", ph_es())
        elif r < 0.6: d.a(" \u2013 pide a ").l("PERSON", ch(["el Chino", "Rulo", "Manu"]).replace("el ", ""))
        d.a("\n")
    d.a("Sillón 3 reservado para el Sr. ").l("PERSON", ch(ES_L)).a(" a las 19:00")
    return d

@kind("es_reserva_grupo_cumpleanos_restaurante", "es")
def s2():
    d = Doc(); n = ch(ES_F + ES_M); a = ch(ES_L)
    d.f("Reserva grupo\nNombre: {n} {a}\nFecha: sábado {dia}, 21:30\nPersonas: {p} (3 niños)\nMotivo: cumpleaños de su madre, Dña. {m}\n"
        "Alergias: {al}\nMóvil: {t}\nSeñal: {s} € por transferencia a {ib}\nMesa: salón Alhambra, mesas 12-14\nAtendió: {at}",
        n=P(n), a=P(a), dia=R.randint(1, 28), p=R.randint(10, 30), m=P(ch(ES_F)), al=ch(["un celíaco", "frutos secos (grave)", "ninguna"]),
        t=PH(ph_es()), s=ch([50, 100, 150]), ib=IB(iban("ES")), at=P(ch(["Nacho", "Yaiza", "Rocío"])))
    return d

@kind("es_buzon_voz_taller_reparacion_moviles", "es")
def s3():
    d = Doc(); n = ch(ES_F + ES_M); a = ch(ES_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("buzón 12:{m} hola buenas soy {n} {a} dejé un iphone para cambiar la pantalla el martes el resguardo es el {r} "
            "quería saber si ya está me podéis llamar al {t} o escribirme a {e} gracias",
            m=R.randint(10, 59), n=P(n.lower()), a=P(a.lower()), r=" ".join(DIGW["es"][int(c)] for c in dg(4)),
            t=PH(speak(ph_es(), "es")), e=E(email_spoken(n, a)))
    else:
        d.f("buzón: oye soy {n} el del samsung de la tapa rota es que me llamó un chico {c} y no sé si era de vuestra tienda "
            "de {city} o de la de la calle Larios, mi fijo es {t}",
            n=P(n.lower()), c=P(ch(["kike", "rubén", "dani"])), city=LO(ch(["málaga", "Sevilla", "granada"])), t=PH(ph_es()))
    return d

# --------------------------------------------------------- Portuguese
@kind("pt_br_lembrete_manicure_zap", "pt")
def p1():
    d = Doc(); c = ch(PT_F); m = ch(["Jéssica", "Dani", "Kelly", "Rose"])
    v = R.randint(0, 1)
    if v == 0:
        d.f("[{h}] {m}: Oi {c}, tudo bem? Passando pra lembrar do seu horário amanhã às {hr} pé e mão + esmaltação em gel cor Marina \U0001F485\n"
            "[{h}] {c2}: oi amiga confirmado! posso levar minha prima {p}? o zap dela é {t}\n[{h}] {m}: pode sim, encaixo ela com a {m2}",
            h="%02d:%02d" % (R.randint(8, 20), R.randint(0, 59)), m=P(m), c=P(c), hr=ch(["14h", "9h30", "16h"]),
            c2=P(c + " " + ch(PT_L)), p=P(ch(PT_F)), t=PH(ph_br()), m2=P(ch(["Tati", "Bia"])))
    else:
        d.f("Lista de confirmação sábado:\n- {a} {b} {t1} \u2705\n- {c} {t2} \u274c desmarcou\n- {d2} (encaixe) {t3}\nPix do salão: {cnpj} (CNPJ, não é telefone)",
            a=P(ch(PT_F)), b=P(ch(PT_L)), t1=PH(ph_br()), c=P(ch(PT_F)), t2=PH(ph_br()), d2=P(ch(PT_F)), t3=PH(ph_br()),
            cnpj="%s.%s.%s/0001-%s" % (dg(2), dg(3), dg(3), dg(2)))
    return d

@kind("pt_pt_registo_garantia_balcao", "pt")
def p2():
    d = Doc(); n = ch(PT_F + PT_M); a = ch(PT_L) + " " + ch(PT_L)
    d.f("REGISTO DE GARANTIA \u2013 loja de {loja}\nCliente: {n} {a}\nNIF: {nif}\nMorada: {m}\nTelemóvel: {t}\nEmail: {e}\n"
        "Produto: {pr}  N.º série {s}\nFatura FT {f}/{no}\nColaborador: {c}",
        loja=LO(ch(["Braga", "Coimbra", "Faro"])), n=P(n), a=P(a), nif=dg(9), m=AD(PT_ADDR()), t=PH(ph_pt()), e=E(email(n, a.split()[-1])),
        pr=ch(["máquina de café Expresso Duo", "aspirador Vasco 2000", "secador Inês Pro"]), s=dg(10), f=R.randint(2023, 2025), no=dg(5),
        c=P(ch(["Sónia", "Rui", "Filipa"])))
    return d

# --------------------------------------------------------- German
@kind("de_optiker_kundenkartei_notiz", "de")
def g1():
    d = Doc(); vn = ch(DE_F + DE_M); nn = ch(DE_L)
    v = R.randint(0, 1)
    if v == 0:
        vn = ch(DE_F)
        d.f("Kundenkartei\nName: {nnvn}\nTel.: {t}\nRefraktion: R -2,25 / L -2,50 cyl -0,50\nFassung: Modell Greta, havanna\n"
            "Bemerkung: Frau {nn2} möchte Gleitsicht erst nach Rücksprache mit ihrer Tochter {to}. Termin Abholung Do 16 Uhr bei {ber}.",
            nnvn=P(nn + ", " + vn), t=PH(ph_de()), nn2=P(nn), to=P(ch(DE_F)), ber=ch([["Herrn ", P("Vogel")], ["Frau ", P("Kühn")], ["", P("Merve")]]))
    else:
        d.f("Rückruf: {vns} Brille ist fertig, liegt in Fach {f}. Kundin war letzte Woche in unserer Filiale {o} – dorthin liefern? "
            "Handy {t}, E-Mail {e}",
            vns=P(ch(DE_F) + "s"), f=R.randint(1, 40), o=LO(ch(["Leipzig", "Bremen", "Köln"])), t=PH(ph_de()), e=E(email(vn, nn)))
    return d

@kind("de_filiale_schichtuebergabe_notiz", "de")
def g2():
    d = Doc(); a = ch(DE_F + DE_M); b = ch(DE_F + DE_M)
    d.f("Übergabe Spätschicht -> Früh ({a} an {b})\n- Kasse 2 Differenz 4,20 €, Bon 0{bon} liegt im Tresor\n- Frau {k} hat angerufen wegen "
        "der Jacke \"Lotte\" in M, bitte zurückrufen: {t}\n- Abholfach 17: Paket für {p}, Ausweis zeigen lassen\n"
        "- Lieferant kommt 7:30, Hotline Lager {h}\n- Schlüssel hat {s}",
        a=P(a), b=P(b), bon=dg(6), k=P(ch(DE_L)), t=PH(ph_de()), p=P(ch(DE_F + DE_M) + " " + ch(DE_L)), h=PH("0800 " + dg(3) + " " + dg(4)),
        s=P(ch(DE_F + DE_M)))
    return d

@kind("de_rueckruf_notiz_schneiderei", "de")
def g3():
    d = Doc(); vn = ch(DE_M + DE_F); nn = ch(DE_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("Anruf 11:{m}: Herr {nn} (Anzug zum Kürzen, Auftrag {no}) – braucht ihn schon Freitag wegen Hochzeit in {o}. "
            "Rückruf unter {t}. Hat extra buchstabiert: {sp}.",
            m=R.randint(10, 59), nn=P(nn), no=dg(4), o=LO(ch(["Hamburg", "Wien", "Zürich"])), t=PH(ph_de()), sp=P(spell(nn, "-").upper()))
    else:
        d.f("[Transkript Anrufbeantworter] ja hallo hier ist {vn} {nn} ähm ich wollte fragen ob das Kleid fertig ist "
            "meine Nummer ist {t} danke tschüss",
            vn=P(vn.lower()), nn=P(nn.lower()), t=PH(speak(ph_de(), "de")))
    return d

@kind("de_erstattung_iban_kasse", "de")
def g4():
    d = Doc(); vn = ch(DE_F + DE_M); nn = ch(DE_L)
    d.f("Erstattung per Überweisung (Kartenzahlung nicht möglich)\nKunde/in: {vn} {nn}\nIBAN: {ib}\nBetrag: {b} €\nGrund: {g}\n"
        "Kassenbon: {bon}\nGenehmigt: {m} (Filialleitung)\nBitte nach Buchung vernichten.",
        vn=P(vn), nn=P(nn), ib=IB(iban("DE", ch([True, False]))), b=ch(["89,95", "249,00", "34,50"]), g=ch(["Rücknahme Sakko Henri", "Reklamation Kaffeemaschine Bruno", "Preisdifferenz"]),
        bon=dg(4) + "/" + dg(6), m=P(ch(DE_F + DE_M) + " " + ch(DE_L)))
    return d

# --------------------------------------------------------- Dutch
@kind("nl_kapsalon_afsprakenboek_week", "nl")
def n1():
    d = Doc()
    d.a("Afsprakenboek week %d\n" % R.randint(1, 52))
    for _ in range(R.randint(3, 5)):
        d.a("%s %d:%02d  " % (ch(["ma", "di", "wo", "do", "vr", "za"]), R.randint(9, 17), ch([0, 15, 30, 45])))
        if R.random() < 0.5: d.a(ch(["mevr. ", "dhr. ", ""])).l("PERSON", ch(NL_L))
        else: d.l("PERSON", ch(NL_F + NL_M) + " " + ch(NL_L))
        d.a("  %s  bij " % ch(["knippen", "kleuren + föhnen", "highlights", "baard", "permanent"])).l("PERSON", ch(["Ilse", "Kim", "Yusuf", "Demi"]))
        if R.random() < 0.5: d.a("  ").l("PHONE_NUMBER", ph_nl())
        d.a("\n")
    return d

@kind("nl_personal_shopper_klantnotitie", "nl")
def n2():
    d = Doc(); vn = ch(NL_F + NL_M); an = ch(NL_L)
    d.f("Klantnotitie {ps}\n{vn} {an} \u2013 maat 40, houdt van de Fenna-lijn, geen wol (allergie).\nWil het Noor-jasje in oker laten bezorgen op {ad}.\n"
        "Bel {t} of mail {e}. Verjaardag partner ({p}) op {dag}.",
        ps=P(ch(NL_F)), vn=P(vn), an=P(an), ad=AD(addr_nl()), t=PH(ph_nl()), e=E(email(vn, an.split()[-1])), p=P(ch(NL_M + NL_F)),
        dag=ch(["12 maart", "1 oktober", "24 juni"]))
    return d

# --------------------------------------------------------- Japanese
JA_KANA = {"佐藤": "さとう", "鈴木": "すずき", "高橋": "たかはし", "田中": "たなか", "渡辺": "わたなべ", "伊藤": "いとう",
           "山本": "やまもと", "中村": "なかむら", "小林": "こばやし", "加藤": "かとう", "吉田": "よしだ", "森": "もり"}
JA_DIG = ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
def ja_spoken():
    n = ch(["090", "080"]) + dg(8)
    w = lambda s: "".join(JA_DIG[int(c)] for c in s)
    return w(n[:3]) + "の" + w(n[3:7]) + "の" + w(n[7:])
@kind("ja_biyoushitsu_yoyaku_daichou", "ja")
def j1():
    d = Doc()
    d.a("【予約台帳】%d月%d日（%s）\n" % (R.randint(1, 12), R.randint(1, 28), ch(["土", "日", "水"])))
    for _ in range(R.randint(3, 5)):
        d.a("%d:%02d " % (R.randint(10, 19), ch([0, 30])))
        fam = ch(JA_FAM)
        if R.random() < 0.5: d.l("PERSON", fam + " " + ch(JA_GIV)).a(" 様")
        else: d.l("PERSON", fam).a("様")
        d.a("　%s　担当：" % ch(["カット＋カラー", "縮毛矯正", "ヘッドスパ", "前髪カット"])).l("PERSON", ch(["ミキ", "健太", "アヤ", "中島"]))
        if R.random() < 0.5: d.a("　TEL ").l("PHONE_NUMBER", ph_jp())
        d.a("\n")
    d.a("※カラー剤「サクラ」在庫少。指名料550円。")
    return d

@kind("ja_denwa_mojiokoshi_houseki_ten", "ja")
def j2():
    d = Doc(); fam = ch(JA_FAM); giv = ch(JA_GIV)
    v = R.randint(0, 1)
    if v == 0:
        d.f("スタッフ：お電話ありがとうございます、ジュエリー{shop}銀座店の{st}でございます\nお客様：あの先週指輪のサイズ直しをお願いした{fam}{giv}です\n"
            "スタッフ：{fam2}様ですね、お控えの番号をお願いできますか\nお客様：えっと{no}番です\nスタッフ：ご連絡先は\nお客様：{t}です\n"
            "スタッフ：仕上がり次第お電話いたします",
            shop=ch(["ルナ", "エトワール"]), st=P(ch(["田村", "小野"])), fam=P(fam), giv=P(giv), fam2=P(fam), no=dg(4), t=PH(ph_jp()))
    else:
        d.f("（音声書き起こし）もしもし えー {fam}と申します 予約していたネックレスの件で {t}まで折り返しお願いします "
            "あ 名前は{r}です",
            fam=P(fam), t=PH(ja_spoken()), r=["ひらがなで ", P(JA_KANA[fam])])
    return d

@kind("ja_hyakkaten_gaishou_memo", "ja")
def j3():
    d = Doc(); fam = ch(JA_FAM); giv = ch(JA_GIV); rf, rg = ch(JA_ROMA)
    v = R.randint(0, 1)
    if v == 0:
        d.f("外商顧客メモ\n{fam}{giv}様（ご主人：{h}様）\n住所：{ad}\n携帯：{t}\nメール：{e}\n好み：ネイビー、ブランド「ミレーヌ」のバッグ\n"
            "記念日：11月3日　担当：{st}\n次回：お中元カタログを持参",
            fam=P(fam), giv=P(giv), h=P(ch(JA_GIV)), ad=AD(addr_jp()), t=PH(ph_jp()), e=E(email(rg, rf)), st=P(ch(JA_FAM)))
    else:
        d.f("{fam}様より電話。来週{city}からお戻りとのこと。ご友人の{f2}様をご紹介いただける予定。連絡は{t}（夜8時以降）。",
            fam=P(fam), city=LO(ch(["ニューヨーク", "パリ", "札幌"])), f2=P(ch(JA_FAM)), t=PH(ph_jp()))
    return d

# --------------------------------------------------------- Korean
@kind("ko_nail_shop_kakao_yeyak", "ko")
def ko1():
    d = Doc(); c = ch(KO_FULL); w = ch(["지수 원장", "하나 실장", "미래 쌤"])
    wn, wt = w.split()
    d.a("[카카오톡] ").l("PERSON", wn).a(" %s: " % wt).l("PERSON", c).f(
        "님 내일 {h} 젤네일 예약 확인 부탁드려요 \U0001F485 디자인은 '로즈' 컬러로 준비해둘게요\n", h=ch(["오후 2시", "오전 11시", "저녁 7시"]))
    d.a("[카카오톡] ").l("PERSON", c).f(": 네 확인했어요! 혹시 친구 {f}도 같이 가능할까요? 번호 {t} 이에요\n", f=P(ch([x for x in KO_FULL if x != c])), t=PH(ph_kr()))
    d.a("[카카오톡] ").l("PERSON", wn).a(" %s: 가능해요~ 예약금 1만원은 매장 계좌로 부탁드려요. 매장 주소 " % wt).l("STREET_ADDRESS", addr_kr())
    return d

@kind("ko_baekhwajeom_vip_gogaek_memo", "ko")
def ko2():
    d = Doc(); c = ch(KO_FULL); fam = ch(KO_FAM)
    v = R.randint(0, 1)
    if v == 0:
        d.f("VIP 고객 메모\n고객명: {c} 고객님\n연락처: {t}\n선호: 블랙/그레이, '해리엇' 라인 코트, 사이즈 55\n결혼기념일 5월 21일 – 남편 {h}님 선물 상담 예정\n"
            "배송지: {ad}\n담당: {st}",
            c=P(c), t=PH(ph_kr()), h=P(ch(KO_FULL)), ad=AD(addr_kr()), st=P(ch(KO_FULL)))
    else:
        d.f("{fam} 고객님 전화 – {city} 출장 후 다음 주 방문 예정. 이메일 {e} 로 신상 룩북 발송 요청. 통화 시 '{w} 매니저' 찾으심.",
            fam=P(fam), city=LO(ch(["도쿄", "홍콩", "뉴욕"])), e=E(email(ch(["minji", "seoyeon", "jihoon"]), ch(["kim", "lee", "park"]), "naver.com")),
            w=P(ch(["은정", "소라", "태민"])))
    return d

# --------------------------------------------------------- Chinese
@kind("zh_meifa_dian_huiyuan_beizhu", "zh")
def z1():
    d = Doc(); c = ch(ZH_FULL); fam = ch(ZH_FAM)
    v = R.randint(0, 1)
    if v == 0:
        d.f("会员备注\n姓名：{c}\n手机：{t}\n会员卡号：VIP{card}\n发型师：{st}老师\n偏好：不喜欢吹得太蓬，染发用「玫瑰金」色号，对氨水敏感\n"
            "生日：3月8日\n备注：常和闺蜜{f}一起来，{f2}做护理",
            c=P(c), t=PH(ph_cn()), card=dg(8), st=P(ch(["Tony", "凯文", "阿杰"])), f=P(ch(ZH_FULL)), f2=P(ch(ZH_FULL)[1:]))
    else:
        d.f("{fam}女士来电改约：周六下午改到周日上午十点，找{st}老师。回电{t}。她说下个月要去{city}，想先做个烫发。",
            fam=P(fam), st=P(ch(["Tony", "小美", "阿杰"])), t=PH(ph_cn()), city=LO(ch(["成都", "新加坡", "杭州"])))
    return d

@kind("zh_kefu_dianhua_zhuanxie", "zh")
def z2():
    d = Doc(); c = ch(ZH_FULL); fam = c[0]
    d.f("坐席：您好，这里是{store}客服，我是{ag}\n客户：你好我上周在你们{city}的门店买了一台咖啡机，保修卡登记的名字写错了，我叫{c}\n"
        "坐席：好的{fam}先生，请问您的手机号\n客户：{t}\n坐席：收货地址需要更新吗\n客户：要，改成{ad}\n坐席：已经帮您登记，工单号{no}",
        store=ch(["美家电器", "优品生活"]), ag=P(ch(["小周", "李婷", "工号8821的王敏"]).replace("工号8821的", "")), city=LO(ch(["南京", "苏州", "深圳"])),
        c=P(c), fam=P(fam), t=PH(ph_cn()), ad=AD(addr_cn()), no="GD" + dg(10))
    return d

# --------------------------------------------------------- Arabic
@kind("ar_salon_tajmeel_mawaid_list", "ar")
def a1():
    d = Doc()
    d.a("مواعيد صالون %s – يوم %s\n" % (ch(["لمسة جمال", "ليالي", "وردة"]), ch(["الخميس", "السبت"])))
    for _ in range(R.randint(3, 4)):
        d.a("%d:%02d – السيدة " % (R.randint(10, 21), ch([0, 30]))).l("PERSON", ch(AR_F) + " " + ch(AR_L))
        d.a(" – %s – " % ch(["صبغة وقص", "حناء عروس", "بروتين", "مكياج سهرة"]))
        if R.random() < 0.6: d.l("PHONE_NUMBER", ch([ph_sa(), ph_ae()]))
        else: d.a("بدون رقم")
        d.a(" – الموظفة ").l("PERSON", ch(["جميلة", "لانا", "روان"])).a("\n")
    d.a("ملاحظة: صبغة لون «ياسمين» نفدت.")
    return d

@kind("ar_mutajar_ittisal_mulahaza", "ar")
def a2():
    d = Doc(); c = ch(AR_M + AR_F); l = ch(AR_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("ملاحظة مكالمة: اتصل الأستاذ {c} {l} بخصوص طلب الاستلام من الفرع رقم {o}. يريد التوصيل بدلاً من ذلك إلى {ad}. "
            "رقم الجوال {t}، البريد {e}. الموظف: {m}",
            c=P(ch(AR_M)), l=P(l), o=dg(7), ad=AD(addr_ar()), t=PH(ph_sa()), e=E(email(ch(["ahmed", "khalid", "yousef"]), ch(["alharbi", "alotaibi"]))),
            m=P(ch(AR_M)))
    else:
        d.f("تحويل المكالمة: العميلة {c} من {city} تشتكي من تأخر تعديل العباية. رقمها {t}. تطلب التحدث مع مديرة الفرع {m}.",
            c=P(ch(AR_F)), city=LO(ch(["الشارقة", "العين", "الدمام"])), t=PH(ph_ae()), m=P(ch(AR_F) + " " + ch(AR_L)))
    return d

# --------------------------------------------------------- Turkish
@kind("tr_kuafor_randevu_defteri_gunluk", "tr")
def t1():
    d = Doc()
    d.a("RANDEVU DEFTERİ – %s\n" % ch(["Cumartesi", "Perşembe", "Salı"]))
    for _ in range(R.randint(3, 5)):
        d.a("%02d:%02d " % (R.randint(9, 19), ch([0, 30])))
        if R.random() < 0.5: d.l("PERSON", ch(TR_F)).a(" Hanım")
        else: d.l("PERSON", ch(TR_F + TR_M) + " " + ch(TR_L))
        d.a(" – %s – usta: " % ch(["fön", "boya + kesim", "gelin başı", "sakal tıraşı", "keratin"])).l("PERSON", ch(["Cemil", "Nur", "Sevgi", "Rıza"]))
        if R.random() < 0.5: d.a(" – ").l("PHONE_NUMBER", ph_tr())
        d.a("\n")
    return d

@kind("tr_magaza_musteri_geri_arama", "tr")
def t2():
    d = Doc(); a = ch(TR_M + TR_F); s = ch(TR_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("Geri arama notu: {a} {s} aradı, {city} mağazasından aldığı \"Defne\" model ayakkabının numarası küçük gelmiş. "
            "Değişim için {t} numarasından ulaşılmasını istiyor. Fiş no {fis}. Not alan: {n}",
            a=P(a), s=P(s), city=LO(ch(["Ankara", "İzmir", "Bursa"])), t=PH(ph_tr()), fis=dg(8), n=P(ch(TR_F)))
    else:
        d.f("[sesli mesaj] merhaba ben {a} {s} hanım değil bey {s2} yani siparişim hâlâ gelmedi numaram {t} beni arar mısınız",
            a=P(a.lower()), s=P(s.lower()), s2=P(s.lower()), t=PH(speak(ph_tr(), "tr")))
    return d

# --------------------------------------------------------- Polish
@kind("pl_notatka_stylistki_o_klientce", "pl")
def pl1():
    d = Doc(); g = ch(PL_FG); l = ch(PL_FL)
    v = R.randint(0, 2)
    if v == 0:
        d.f("Notatka: pani {ln} robimy zawsze koloryzację 7.1 + tonowanie, pani {gn} {ln2} jest uczulona na amoniak. Następna wizyta z {st} w piątek. Tel. {t}",
            ln=P(l[2]), gn=P(g[0]), ln2=P(l[0]), st=P(ch(["Martą", "Igą", "Olą"])), t=PH(ph_pl()))
    elif v == 1:
        d.f("Dzwoniła pani {g} {l} – prosi o przełożenie wizyty. Proszę oddzwonić do pani {lg} na {t}. Odcień \"Ania\" się skończył.",
            g=P(g[0]), l=P(l[0]), lg=P(l[1]), t=PH(ph_pl()))
    else:
        d.f("Rozmawiałam z panią {gi} {li} o pakiecie ślubnym. Adres do wysyłki voucherów: {ad}. Mail: {e}",
            gi=P(g[3]), li=P(l[3]), ad=AD(addr_pl()), e=E(email(g[0], l[0], "wp.pl")))
    return d

@kind("pl_grafik_zmian_i_przekazanie", "pl")
def pl2():
    d = Doc(); m = ch(PL_MG); g = ch(PL_FG)
    d.f("Grafik sklepu – tydzień {w}\nPon–Śr: {a}, {b}\nCzw–Sob: {c}, {dd}\nPrzekazanie: klucze u {gg}. Reklamacja pana {ml} – oddzwonić, tel. {t}. "
        "Kasa 2 nie drukuje paragonów, serwis {h}.",
        w=R.randint(1, 52), a=P(ch(PL_FG)[0]), b=P(m[0]), c=P(ch(PL_FG)[0]), dd=P(ch(PL_MG)[0]), gg=P(g[1]), ml=P(ch(PL_ML)[1]),
        t=PH(ph_pl()), h=PH("22 " + dg(3) + " " + dg(2) + " " + dg(2)))
    return d

# --------------------------------------------------------- Thai
@kind("th_spa_line_jong_kiw", "th")
def th1():
    d = Doc(); c = ch(TH_NICK); g = ch(TH_GIV) + " " + ch(TH_LAST)
    v = R.randint(0, 1)
    if v == 0:
        d.f("[LINE] คุณ{c}: สวัสดีค่ะ ขอจองนวดไทย 2 ชั่วโมง วันเสาร์ 14:00 ค่ะ\n[LINE] สปา: ได้ค่ะ ขอชื่อเต็มและเบอร์โทรด้วยนะคะ\n"
            "[LINE] คุณ{c2}: {g} ค่ะ เบอร์ {t}\n[LINE] สปา: เรียบร้อยค่ะ หมอนวด พี่{m} ห้องลีลาวดี ค่ะ",
            c=P(c), c2=P(c), g=P(g), t=PH(ph_th()), m=P(ch(["นก", "แดง", "จอย"])))
    else:
        d.f("รายชื่อคิววันนี้: 1) คุณ{a} 10:00 สครับขมิ้น 2) คุณ{b} 11:30 นวดฝ่าเท้า โทร {t} 3) walk-in ไม่มีชื่อ\nที่อยู่ร้าน: {ad}",
            a=P(ch(TH_GIV)), b=P(ch(TH_NICK)), t=PH(ph_th()), ad=AD(addr_th()))
    return d

# --------------------------------------------------------- Hindi (Devanagari)
@kind("hi_saloon_booking_register_devanagari", "hi")
def h1():
    d = Doc()
    d.a("बुकिंग रजिस्टर – %s\n" % ch(["शनिवार", "रविवार", "मंगलवार"]))
    for _ in range(R.randint(3, 4)):
        d.a("%d:%02d – " % (R.randint(10, 20), ch([0, 30]))).l("PERSON", ch(HI_DEV))
        d.a(ch([" जी", "", " (दीदी)"])).a(" – %s – " % ch(["हेयरकट", "फेशियल", "दुल्हन मेकअप", "मेहंदी"]))
        if R.random() < 0.6: d.l("PHONE_NUMBER", ph_in())
        else: d.a("नंबर नहीं दिया")
        d.a(" – स्टाफ ").l("PERSON", ch(HI_DEV_G)).a("\n")
    d.a("नोट: «गुलाबो» शेड का स्टॉक ख़त्म।")
    return d

# --------------------------------------------------------- Swahili
@kind("sw_saluni_ujumbe_miadi", "sw")
def sw1():
    d = Doc(); c = ch(SW_F); l = ch(SW_L)
    v = R.randint(0, 1)
    if v == 0:
        d.f("Habari Bi. {c}, tunakukumbusha miadi yako ya kusuka nywele (rasta) kesho saa {h} na {st}. Tafadhali lipa amana ya Ksh 500 kwa M-Pesa. "
            "Maswali piga {t}. Saluni {sal}, {ad}",
            c=P(c), h=ch(["tatu asubuhi", "nane mchana", "nne"]), st=P(ch(["Mama Zawadi", "Neema"]).replace("Mama ", "")), t=PH(ph_ke()),
            sal=ch(["Urembo Bora", "Malkia"]), ad=AD(addr_ke()))
    else:
        d.f("Orodha ya wateja wa leo:\n- {a} {b} – kusuka – {t1}\n- Bw. {m} – kunyoa\n- {x} (mteja mpya kutoka {city}) – {t2}",
            a=P(c), b=P(l), t1=PH(ph_ke()), m=P(ch(SW_M)), x=P(ch(SW_F) + " " + ch(SW_L)), city=LO(ch(["Nakuru", "Kisumu", "Arusha"])), t2=PH(ph_ke()))
    return d

# --------------------------------------------------------- Vietnamese
@kind("vi_tiem_may_do_lich_hen", "vi")
def v1():
    d = Doc(); full, short = ch(VI_FULL)
    v = R.randint(0, 1)
    if v == 0:
        d.f("Lịch hẹn tiệm may – thứ {t}\n- 9:00 chị {s}: thử áo dài lần 2, vải lụa màu Hồng Hạc\n- 10:30 {full}: lấy số đo vest, SĐT {ph}\n"
            "- 15:00 khách Úc (anh {x}) lấy đồ, giao về {ad}",
            t=ch(["Bảy", "Năm", "Hai"]), s=P(ch(VI_FULL)[1]), full=P(full), ph=PH(ph_vn()), x=P(ch(["Jack", "Liam", "Noah"])), ad=AD(addr_vn()))
    else:
        d.f("Ghi chú: cô {s} gọi lại nhờ sửa eo áo, số {ph}. Em {e} nhận. Email gửi hóa đơn: {em}",
            s=P(short), ph=PH(ph_vn()), e=P(ch(["Vy", "Ngân", "Phúc"])), em=E(email(fold(short) or "khach", fold(full.split()[0]))))
    return d

# ---------------------------------------------------------------- extra variants (override earlier definitions)
@kind("counter_script_returns_policy_nopii", "en")
def x1():
    d = Doc(); v = R.randint(0, 2)
    if v == 0:
        d.a("Tidy this up into a script for new till staff: returns within twenty eight days with receipt, exchange only after that up to "
            "sixty days, sale items final, gift receipts get store credit, if over two hundred pounds call the duty manager on the internal line, "
            "order numbers start with CC then nine digits like CC %s. Say 'Hi, I'm [name], how can I help'." % " ".join(dg(3) for _ in range(3)))
    elif v == 1:
        d.a("Make this sound friendlier for the counter card: NO REFUNDS ON EARRINGS. ENGRAVED ITEMS FINAL. WATCH BATTERIES %d MONTH WARRANTY. "
            "KEEP YOUR RECEIPT No. (starts 0%s...). Staff will never ask for your PIN." % (R.randint(3, 12), dg(2)))
    else:
        d.a("Rewrite as 5 bullets for the phone team: caller says order %s-%s missing -> check tracking, if over %d days raise claim, "
            "never read the card number back, offer callback slot 10-12 or 2-4, close with the survey line 'press 1 for yes'." % (dg(3), dg(4), R.randint(3, 7)))
    return d

@kind("staff_training_roleplay_fictional_nopii", "en")
def x2():
    d = Doc(); v = R.randint(0, 2)
    p = ch(["Grumpy Gary", "Busy Beth", "Chatty Charlie", "Indecisive Ingrid", "Bargain Barbara"])
    if v == 0:
        d.a("Roleplay card %d\nPersona: %s - wants to return the Harper tote after 45 days, no receipt.\nStaff member (you): stay calm, "
            "offer exchange or store credit, escalate to the duty manager. Score empathy 1-5." % (R.randint(1, 12), p))
    elif v == 1:
        d.a("Write a 6-line dialogue for our salon training video. Characters: %s (client) and 'Stylist A'. Scenario: the client "
            "wants shade Nadia but has box dye on. Stylist A suggests a strand test and a 3pm follow-up. Keep it light." % p)
    else:
        d.a("Quiz for new starters (mascot: Winston the Bulldog): 1) A customer named in a roleplay as '%s' asks for a refund on sale "
            "items - what do you say? 2) What's the price-match limit (£%d)? 3) Which till takes gift cards (till %d)?" % (p, R.randint(50, 300), R.randint(1, 4)))
    return d

@kind("footfall_report_daily_nopii", "en")
def x3():
    d = Doc(); v = R.randint(0, 1)
    if v == 0:
        d.a("Daily footfall \u2013 %s\n" % ch(["Mon 3 June", "Sat 12 Oct", "Thurs 28 Nov"]))
        for h in range(9, 18, R.choice([2, 3])):
            d.a("%02d:00  in %d  conv %.1f%%  ATV £%.2f\n" % (h, R.randint(40, 400), R.uniform(8, 35), R.uniform(20, 90)))
        d.a("Best seller: Harper tote (%d). Counter 7 closed. Receipt range 0%s-0%s." % (R.randint(3, 30), dg(6), dg(6)))
    else:
        d.a("Summarise for the area manager: Saturday was %d in, %d out, queue peak 14:10 (11 people at tills), Sloane loafer sold out in "
            "size 39-41, Juniper candles down %d%% vs LY, fitting room 3 light broken, 2 refunds over £200 (receipts 0%s, 0%s)."
            % (R.randint(800, 2400), R.randint(700, 2300), R.randint(3, 20), dg(7), dg(7)))
    return d

@kind("product_shade_names_copy_nopii", "en")
def x4():
    d = Doc(); v = R.randint(0, 1)
    picks = pick(["Nadia", "Ingrid", "Harper", "Florence", "Winston", "Audrey", "Margot", "Clementine", "Esme", "Sloane"], 4)
    if v == 0:
        d.a("Write 4 Instagram captions for our new lip shades: ")
        d.a(", ".join("'%s %s'" % (p, ch(["Nude", "Red", "Berry", "Coral", "Mauve"])) for p in picks))
        d.a(". Tone: playful. Max 150 chars each.")
    else:
        d.a("Name ideas for the AW nail colours, like last year's %s and %s (both sold out). Need 6 names, two-word, feminine, nothing "
            "trademarked. Mood board: rust, plum, moss, sand. Launch %s." % (picks[0], picks[1], ch(["9 Sept", "1 October", "week 38"])))
    return d

@kind("es_guion_ivr_tienda_nopii", "es")
def x5():
    d = Doc(); v = R.randint(0, 1)
    if v == 0:
        d.a("Revisa este guion del IVR de la tienda:\n\"Bienvenido. Para el estado de su pedido, pulse uno. Para citas de óptica, pulse dos. "
            "Para hablar con un asesor, pulse cero. Tenga a mano su número de pedido de %s dígitos.\" ¿Suena natural?" % ch(["diez", "doce"]))
    else:
        d.a("Acorta este mensaje para la pantalla de la caja: 'Estimado cliente, las devoluciones se aceptan en %s días con ticket. "
            "Los artículos de la colección Carmen y Lola no admiten cambio. Pago con tarjeta a partir de %d euros.'" % (ch(["treinta", "quince"]), R.randint(1, 10)))
    return d

@kind("de_aushang_oeffnungszeiten_nopii", "de")
def x6():
    d = Doc(); v = R.randint(0, 1)
    if v == 0:
        d.a("Aushang Eingangstür (bitte freundlicher formulieren):\nAB %d.%d. GEÄNDERTE ÖFFNUNGSZEITEN\nMo-Fr %d-%d Uhr, Sa %d-%d Uhr\n"
            % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 10), R.randint(18, 20), R.randint(9, 10), R.randint(14, 18)))
        d.a("Die Kollektion \"Greta\" und die Tasche \"Lotte\" sind ab %d,95 € reduziert." % R.randint(19, 89))
    else:
        d.a("Schreib eine kurze Info für die Kasse: Abholfächer 1-%d nur mit 6-stelligem Code, Änderungsschneiderei Di + Do, "
            "Gutscheine ab %d €. Keine Kundendaten auf den Zettel!" % (R.randint(20, 60), R.randint(10, 25)))
    return d

@kind("ja_haircolor_menu_rename_nopii", "ja")
def x7():
    d = Doc(); v = R.randint(0, 1)
    cols = pick(["サクラ", "アオイ", "ミサキ", "ヒカリ", "ツバキ", "ナギサ"], 3)
    if v == 0:
        d.a("新カラーメニューの説明文を作ってください。色名：%s。料金：カラー%d円〜。所要時間約%d分。" % ("・".join(cols), R.randint(5, 9) * 1000 + 500, R.randint(60, 120)))
    else:
        d.a("店内POPの文言を考えて。「%s」と「%s」は春限定カラーです。ポイント%d倍キャンペーン、予約番号は当日レシートに記載。" % (cols[0], cols[1], R.randint(2, 5)))
    return d

@kind("fr_vitrine_noms_collection_nopii", "fr")
def x8():
    d = Doc(); v = R.randint(0, 1)
    noms = pick(["la robe Colette", "le sac Joséphine", "l'escarpin Adèle", "la teinte Rouge Louise", "le trench Gaspard",
                 "la bague Églantine", "le parfum Madeleine"], 3)
    if v == 0:
        d.a("Rédige trois accroches pour la vitrine de Noël : " + ", ".join(noms) + ". Prix à partir de %d €." % R.randint(49, 390))
    else:
        d.a("Corrige ce mot pour l'équipe : « Cette semaine on met en avant %s. Objectif %d pièces. Caisse 2 fermée mardi, "
            "inventaire jeudi de 8h à 10h. » Ton plus motivant svp." % (" et ".join(noms[:2]), R.randint(10, 40)))
    return d

@kind("mystery_shopper_narrative_staff_named", "en")
def x9():
    d = Doc(); a = ch(EN_F); b = ch(EN_M); v = R.randint(0, 1)
    town = ch(["Leeds", "Norwich", "Cardiff", "Brighton"])
    if v == 0:
        d.f("Visit {v} - {town} branch - 14:{m}\nGreeted within 20s by {a} (name badge), who offered the Ada watch display. "
            "Asked {b} about the Sloane loafer in 42; he offered to ship to home. At the till, {c} ({role}) did not offer the loyalty scheme.\n"
            "Shopper ID MS-{id}.", v=dg(5), town=LO(town), m=R.randint(10, 59), a=P(a), b=P(b),
            c=P(ch(EN_F + EN_M) + " " + ch(EN_L)[0] + "."), role=ch(["keyholder", "part-time", "new starter"]), id=dg(4))
    else:
        d.f("Scorecard comments ({town}, Sat 11:40): no greeting for 4 min. The girl at the counter (badge said {a}) was on her phone. "
            "Manager {c} stepped in, very apologetic, and gave me her direct line {n}. Fitting room: {b} was excellent. Score 61%.",
            town=LO(town), a=P(a), c=P(en_full()), n=PH(ph_uk(2)), b=P(b))
    return d

@kind("price_match_desk_request_form", "en")
def x10():
    d = Doc(); c = en_full(); v = R.randint(0, 1)
    if v == 0:
        d.f("PRICE MATCH REQUEST\nItem: {it} SKU {sku}\nOur price £{p}  Competitor £{cp}\nCustomer: {c}\nEmail for e-receipt: {e}\n"
            "Approved by: {m} ({role})", it=ch(EN_PRODUCTS), sku=dg(3) + "-" + dg(4), p=ch(["89.00", "129.99"]), cp=ch(["79.00", "110.00"]),
            c=P(c), e=E(email(*c.split())), m=P(ch(EN_F + EN_M)), role=ch(["ASM", "keyholder", "SM"]))
    else:
        d.f("Customer at till 2 ({c}) showing a screenshot: {it} £{cp} online vs our £{p}. She says {m} matched it for her friend last week. "
            "Can I do it? Her receipt 0{r}, she wants the difference back on the card ending {l4}.",
            c=P(c), it=ch(EN_PRODUCTS), cp=ch(["39.99", "64.00"]), p=ch(["45.00", "79.00"]), m=P(ch(EN_F + EN_M)), r=dg(9), l4=dg(4))
    return d

@kind("de_erstattung_iban_kasse", "de")
def x11():
    d = Doc(); vn = ch(DE_F + DE_M); nn = ch(DE_L); v = R.randint(0, 1)
    if v == 0:
        d.f("Erstattung per Überweisung\nKunde/in: {vn} {nn}\nIBAN: {ib}\nBetrag: {b} €\nKassenbon: {bon}\nGenehmigt: {m} (Filialleitung)",
            vn=P(vn), nn=P(nn), ib=IB(iban("DE", ch([True, False]))), b=ch(["89,95", "249,00", "34,50"]), bon=dg(4) + "/" + dg(6),
            m=P(ch(DE_F + DE_M) + " " + ch(DE_L)))
    else:
        d.f("Hi {m}, kannst du bitte die Rückzahlung für Frau {nn} anstoßen? Sie war heute in der Filiale {o}, Karte abgelaufen. "
            "Kontoverbindung laut Formular: {ib} (Kontoinhaber: {kh}). Betrag 129,00 €. Danke, {me}",
            m=P(ch(DE_F)), nn=P(nn), o=LO(ch(["Bremen", "Heidelberg", "Düsseldorf"])), ib=IB(iban(ch(["DE", "DE", "NL", "BE"]))),
            kh=P(ch(DE_M) + " " + nn), me=P(ch(DE_M + DE_F)))
    return d

@kind("es_reserva_grupo_cumpleanos_restaurante", "es")
def x12():
    d = Doc(); n = ch(ES_F + ES_M); a = ch(ES_L); v = R.randint(0, 1)
    if v == 0:
        d.f("Reserva grupo\nNombre: {n} {a}\nFecha: sábado {dia}, 21:30\nPersonas: {p}\nMotivo: cumpleaños de su madre, Dña. {m}\n"
            "Móvil: {t}\nSeñal: {s} € por transferencia a {ib}\nAtendió: {at}",
            n=P(n), a=P(a), dia=R.randint(1, 28), p=R.randint(10, 30), m=P(ch(ES_F)), t=PH(ph_es()), s=ch([50, 100]), ib=IB(iban("ES")),
            at=P(ch(["Nacho", "Yaiza", "Rocío"])))
    else:
        d.f("Llamada 13:{mm}: el Sr. {a} quiere la mesa 7 (terraza) para {p} el viernes, comida de empresa. Uno es vegano y la jefa, {j}, "
            "alérgica al marisco. Factura a nombre de la empresa, enviar a {e}. Confirmar por WhatsApp al {t}.",
            mm=R.randint(10, 59), a=P(a), p=R.randint(8, 16), j=P(ch(ES_F) + " " + ch(ES_L)), e=E(email(n, a)), t=PH(ph_es()))
    return d

@kind("spa_couples_day_confirmation", "en")
def x13():
    d = Doc(); a = en_full(); b = ch(EN_F + EN_M); v = R.randint(0, 1)
    if v == 0:
        d.f("Booking confirmed \u2728\nGuests: {a} & {b}\nPackage: Couples Serenity (Thai massage + hot stones)\nTherapists: {t1} & {t2}\n"
            "Any changes: {n}. Spa address: {ad}{g}",
            a=P(a), b=P(b), t1=P(ch(["Niran", "Lottie", "Sofia"])), t2=P(ch(["Bea", "Jonah", "Malee"])), n=PH(ph_uk(2)),
            ad=AD(addr_uk()), g=ch(["", ["\nCard guarantee (taken by phone): ", CC(card()), ", CVV not stored"]]))
    else:
        d.f("Spa desk note: {a} rang to add a Swedish massage for her mum {m} on the same day. Mum is 74, bad knee, ground-floor room please. "
            "Pay on arrival. Mobile {n}. Booked with {t}.", a=P(a), m=P(ch(EN_F) + " " + ch(EN_L)), n=PH(ph_uk()), t=P(ch(["Niran", "Lottie"])))
    return d

@kind("pt_pt_registo_garantia_balcao", "pt")
def x14():
    d = Doc(); n = ch(PT_F + PT_M); a = ch(PT_L) + " " + ch(PT_L); v = R.randint(0, 1)
    if v == 0:
        d.f("REGISTO DE GARANTIA \u2013 loja de {loja}\nCliente: {n} {a}\nNIF: {nif}\nMorada: {m}\nTelemóvel: {t}\nEmail: {e}\n"
            "N.º série {s}\nColaborador: {c}",
            loja=LO(ch(["Braga", "Coimbra", "Faro"])), n=P(n), a=P(a), nif=dg(9), m=AD(PT_ADDR()), t=PH(ph_pt()), e=E(email(n, a.split()[-1])),
            s=dg(10), c=P(ch(["Sónia", "Rui", "Filipa"])))
    else:
        d.f("Olá {c}, o senhor {a2} ligou: a torradeira Vasco comprada aí no balcão avariou ao fim de 2 meses. Quer troca direta, não reparação. "
            "Contacto {t}. Fatura FT {f}/{no}. Obrigada, {me}",
            c=P(ch(["Rui", "Filipa"])), a2=P(a.split()[-1]), t=PH(ph_pt()), f=R.randint(2023, 2025), no=dg(5), me=P(ch(PT_F)))
    return d

# --------------------------------------------------------- no-PII, non-English
@kind("fr_vitrine_noms_collection_nopii", "fr")
def nf1():
    d = Doc()
    noms = pick(["la robe Colette", "le sac Joséphine", "l'escarpin Adèle", "la teinte Rouge Louise", "le trench Gaspard",
                 "la bague Églantine", "le parfum Madeleine"], 3)
    d.a(ch(["Rédige trois accroches pour la vitrine de Noël : ", "Propose un texte court pour l'affiche en boutique avec : "]))
    d.a(", ".join(noms))
    d.a(". Prix à partir de %d €. Ton chic mais chaleureux, tutoiement interdit, pas plus de %d mots chacune. Le code promo est NOEL%d."
        % (R.randint(49, 390), R.randint(12, 25), R.randint(10, 30)))
    return d

@kind("de_aushang_oeffnungszeiten_nopii", "de")
def nd1():
    d = Doc()
    d.a("Aushang Eingangstür (bitte freundlicher formulieren):\nAB %d.%d. GEÄNDERTE ÖFFNUNGSZEITEN\nMo-Fr %d-%d Uhr, Sa %d-%d Uhr\n"
        % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 10), R.randint(18, 20), R.randint(9, 10), R.randint(14, 18)))
    d.a(ch(["Abholfächer 1-40 nur mit Abholcode (6-stellig).", "Änderungsschneiderei nur Di + Do.", "Kasse 3 nur Kartenzahlung."]))
    d.a(" Die Kollektion \"Greta\" und die Tasche \"Lotte\" sind ab %d,95 € reduziert. Kein Umtausch von Sonderposten." % R.randint(19, 89))
    return d

@kind("ja_haircolor_menu_rename_nopii", "ja")
def nj1():
    d = Doc()
    cols = pick(["サクラ", "アオイ", "ミサキ", "ヒカリ", "ツバキ", "ナギサ"], 3)
    d.a("新カラーメニューの説明文を作ってください。色名：%s。料金：カラー%d円〜、トリートメント込み%d円。所要時間約%d分。"
        "お客様の名前や電話番号は載せないでください。" % ("・".join(cols), R.randint(5, 9) * 1000 + 500, R.randint(9, 14) * 1000, R.randint(60, 120)))
    return d

@kind("es_guion_ivr_tienda_nopii", "es")
def ne1():
    d = Doc()
    d.a("Revisa este guion del IVR de la tienda:\n\"Bienvenido. Para el estado de su pedido, pulse uno. Para citas de óptica, pulse dos. "
        "Para hablar con un asesor, pulse cero. Nuestro horario es de %s a %s. Tenga a mano su número de pedido de %s dígitos, "
        "que empieza por %s.\" ¿Suena natural? Cambia 'asesor' por algo más cercano."
        % (ch(["diez", "nueve y media"]), ch(["nueve de la noche", "ocho y media"]), ch(["diez", "doce"]), ch(["cuatro cero", "siete siete"])))
    return d

# ---------------------------------------------------------------- main
def check(rec):
    t = rec["text"]
    last = 0
    for s in sorted(rec["spans"], key=lambda s: s["start"]):
        assert 0 <= s["start"] < s["end"] <= len(t), rec
        assert s["start"] >= last, ("overlap", rec["id"])
        v = t[s["start"]:s["end"]]
        assert v == v.strip() and v, ("ws", rec["id"], repr(v))
        assert not v.endswith((",", ";", ":")), ("punct", rec["id"], v)
        if s["type"] == "CREDIT_CARD":
            assert luhn_ok(re.sub(r"\D", "", v)), v
        if s["type"] == "IBAN_CODE":
            c = v.replace(" ", "")
            assert int("".join(str(int(x, 36)) for x in c[4:] + c[:4])) % 97 == 1, v
        if s["type"] == "US_SSN":
            a, g, n = re.split(r"[- ]", v)
            assert a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000", v
        last = s["end"]


def main():
    used = set()
    up = "/work/briefs/used_kinds.txt"
    if os.path.exists(up):
        used = {x.strip() for x in open(up, encoding="utf-8") if x.strip()}
    names = [k[0] for k in KINDS]
    assert len(names) == len(set(names)), "duplicate kind"
    clash = [n for n in names if n in used]
    assert not clash, clash
    # allocation: 5 per kind, then trim to 400 by taking one from some kinds (never below 4)
    counts = {n: 5 for n in names}
    excess = 5 * len(names) - 400
    trim = R.sample(names, excess) if excess > 0 else []
    for n in trim: counts[n] -= 1
    slots = [k for k in KINDS for _ in range(counts[k[0]])]
    R.shuffle(slots)
    recs = []
    for i, (name, lang, fn) in enumerate(slots, 1):
        d = fn()
        rec = {"id": "hard38-%d" % i, "kind": name, "lang": lang, "text": d.text.rstrip(),
               "spans": sorted(d.spans, key=lambda s: s["start"])}
        check(rec)
        recs.append(rec)
    assert len(recs) == 400
    out = os.path.join(HERE, "hard38.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    lab = Counter(s["type"] for r in recs for s in r["spans"])
    kc = Counter(r["kind"] for r in recs)
    lc = Counter(r["lang"] for r in recs)
    nopii = sum(1 for r in recs if not r["spans"])
    print("records", len(recs), "kinds", len(kc), "no-PII records", nopii, "(%.1f%%)" % (100.0 * nopii / len(recs)))
    print("non-English share %.1f%%" % (100.0 * sum(v for k, v in lc.items() if k != "en") / len(recs)))
    print("labels:", dict(lab.most_common()))
    print("langs:", dict(lc.most_common()))
    print("kinds:", dict(sorted(kc.items())))
    smp = random.Random(SEED + 1).sample(recs, 15)
    for r in smp:
        print("\n==", r["id"], r["kind"], r["lang"])
        print(r["text"])
        for s in r["spans"]:
            print("   %-15s %r" % (s["type"], r["text"][s["start"]:s["end"]]))


if __name__ == "__main__":
    main()
