"""Names written in scripts the English model cannot read: Cyrillic, Greek, Hebrew, Arabic, the
Indian scripts and Thai (CJK has its own modules; the cell rule below covers Han and Hangul too).

No list of such names ships with Candor, so a name is found by where it stands, as a person reads
it: after a name label ("नाम:", "ФИО:", "שם:"), after a greeting ("அன்புள்ள", "Уважаемая"), as a
chat line's speaker ("[19:59] נועה כהן:"), or as the one text cell before the e-mail or phone
cell of a delimited row ("4519,অর্পিতা সেন,arpita00@kakao.com,01867984281,চট্টগ্রাম").
"""

from __future__ import annotations

import re

from gateway.pii.chinese_names import SURNAMES
from gateway.pii.list_mates import Span
from gateway.pii.names import CONTEXT, GREETINGS, THAI_AFTER_YOU

# letters of the alphabetic scripts (with their vowel signs and marks), and CJK for cells
_ALPHA = r"\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u0590-\u05ff\u0621-\u065f\u066e-\u06d3\u0900-\u0dff\u0e00-\u0e7f"
_HAN = r"\u4e00-\u9fff"
_WORD = rf"[{_ALPHA}][{_ALPHA}'’\-]{{1,24}}"
_NAME = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}"

# labels that ask for a name ("नाम:", "ФИО:", "שם:"): the value is the name, up to a separator
_NAME_LABELS = (
    "नाम|पूरा नाम|ग्राहक का नाम|प्राप्तकर्ता|संपर्क व्यक्ति|अभिभावक|பெயர்|பெற்றோர்|பெறுநர்|নাম|প্রাপক|প্রেরক|অভিভাবক|"
    "שם|שם מלא|נמען|איש קשר|Имя|ФИО|Ф\\.И\\.О\\.|Получатель|Отправитель|Покупатель|Контактное лицо|Ім'я|ПІБ|"
    "Одержувач|Відправник|Όνομα|Ονοματεπώνυμο|Παραλήπτης|Παραλήπτρια|Αποστολέας|ชื่อ|ชื่อ-นามสกุล|ชื่อลูกค้า|"
    "ผู้รับ|ผู้ส่ง|الاسم|الاسم الكامل|اسم العميل|المستلم|المرسل|الموظف المسؤول|المسؤول|اسم الموظف|المندوب|"
    "الموزع|السائق|姓名|名前|お名前|氏名|이름|성함|"
    # a Russian document's signatories ("Председатель: Ахметова.", "Исполнитель: Волков А.")
    "Председатель|Директор|Генеральный директор|Бухгалтер|Главный бухгалтер|Исполнитель|Ответственный|"
    "Заказчик|Плательщик|Подписант")
# labels that are also a transcript's speaker tags ("ग्राहक: प्रिया वर्मा" on a form, "الموظف: السلام
# عليكم، …" in a call): the value is a name only when it fills the line or a separator ends it
_ROLE_LABELS = ("ग्राहक|एजेंट|வாடிக்கையாளர்|முகவர்|গ্রাহক|এজেন্ট|לקוח|לקוחה|נציג|נציגה|Клиент|Клиентка|Менеджер|"
                "Оператор|Клієнт|Πελάτης|Πελάτισσα|ลูกค้า|เจ้าหน้าที่|العميل|العميلة|الموظف|الزبون|الزبونة")
_LABELLED = re.compile(rf"(?<![{_ALPHA}\w])(?:{_NAME_LABELS})[ \t]*[:：][ \t]*({_NAME})"
                       rf"(?=[ \t]*(?:$|[\n,،/|(（)]|[ \t]-[ \t]|[ \t]+[+\d])|\.(?:[ \t]|$))"
                       rf"|(?<![{_ALPHA}\w])(?:{_ROLE_LABELS})[ \t]*[:：][ \t]*({_NAME})"
                       rf"(?=[ \t]*(?:$|\n|[ \t]/[ \t]|[ \t]*[(（)）|]|[ \t]+[+\d]))", re.M)
_GREETINGS = ("அன்புள்ள|வணக்கம்|प्रिय|नमस्ते|প্রিয়|Уважаемый|Уважаемая|Дорогой|Дорогая|Здравствуйте|"
              "Добрый день|Шановний|Шановна|Вітаю|Αγαπητέ|Αγαπητή|Κύριε|Κυρία|היי|שלום|เรียน|สวัสดี|"
              # Arabic and Hindi greetings in a courier's or a bank's SMS: "السلام عليكم يوسف، طردكم …"
              "السلام عليكم|السلام عليكم ورحمة الله|مرحبا|مرحباً|أهلا|أهلاً|عزيزي|عزيزتي|صباح الخير|مساء الخير|नमस्कार")
_GREETED = re.compile(rf"(?<![{_ALPHA}])(?:{_GREETINGS})[ \t,]+(?:คุณ[ \t]?)?({_WORD}(?:[ \t]{_WORD})?)"
                      rf"(?=[ \t]*[,،!！.:\n])")
# the writer naming themself: "मैं पूजा चौहान,", "שמי איתי פרידמן", "ดิฉัน/กระผม นภัสสร วงศ์สวัสดิ์",
# "Меня зовут Анна Смирнова", "আমার নাম রুমানা"
_SELF = ("मैं|मेरा नाम|मेरा नाम है|שמי|קוראים לי|ดิฉัน/กระผม|ดิฉัน|กระผม|ผมชื่อ|ฉันชื่อ|Меня зовут|Мене звати|"
         "Με λένε|Ονομάζομαι|আমি|আমার নাম|என் பெயர்|நான்|اسمي|أنا")
_INTRO = re.compile(rf"(?<![{_ALPHA}])(?:{_SELF})[ \t:،,]+({_WORD}(?:[ \t]{_WORD})?)(?=[ \t]*(?:[,،.!\n(।]|$|[ \t]+(?:और|ו|และ|и|και|এবং)))")
# Thai runs its words together and spaces its phrases: the given name and the family name are the
# two space-separated runs after "I" ("ดิฉัน/กระผม นภัสสร วงศ์สวัสดิ์ ขอคืนเงิน")
_THAI_INTRO = re.compile(r"(?:ดิฉัน/กระผม|ดิฉัน|กระผม|ผมชื่อ|ฉันชื่อ|ชื่อ|ลค\.|ลูกค้า)[ \t:]*(?:นาย|นางสาว|นาง|คุณ)?"
                         r"([\u0e00-\u0e7f]{2,20}[ \t][\u0e00-\u0e7f]{2,25})(?=[ \t\n,.]|$)")
# a display name before its address: "[MERGE?] A: วรวุฒิ ทองดี <worawut@…>", "From: איתי כהן <…>"
_DISPLAY = re.compile(rf"({_NAME})[ \t]*<[^<>@\s]+@")
# a chat line's speaker: "[19:59] נועה כהן:", "19:59 - Иван Петров:", "Игорь Лебедев, [28.08.2026 18:57]"
_HEAD = re.compile(
    rf"(?m)^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*[-–]?[ \t]*({_NAME})[ \t]*[:：]"
    rf"|({_NAME}),?[ \t]*\[\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}},?[ \t]+\d{{1,2}}:\d{{2}}\])")
# speakers and label values that are roles: support, operator, bot, manager, system
_ROLES = frozenset("""Поддержка Оператор Бот Система Менеджер Администратор Магазин Курьер Клиент Служба
Підтримка Оператор Бот Система Менеджер Адміністратор Магазин Кур'єр
Υποστήριξη Σύστημα Πελάτης Χειριστής
الزبون الزبونة
תמיכה נציג נציגה מערכת בוט שירות לקוח לקוחה
الدعم النظام العميل الموظف المتجر خدمة المسؤول المسؤولة المندوب الموزع السائق الإدارة
सहायता सिस्टम एजेंट ग्राहक
ஆதரவு முகவர்
সহায়তা এজেন্ট
ระบบ เจ้าหน้าที่ ลูกค้า แอดมิน สปา ร้าน ทางร้าน คลินิก ซาลอน""".split())

# what follows a greeting without being anyone: "שלום רב" (greetings), "Здравствуйте, коллеги"
_NOT_NAMES = frozenset("""السلام مرحبا أهلا شكرا شكراً نعم لا آه تمام حاضر طيب спасибо да нет хорошо ок
дякую так ні ευχαριστώ ναι όχι εντάξει תודה כן לא בסדר धन्यवाद हाँ नहीं ठीक நன்றி ஆம் இல்லை ধন্যবাদ হ্যাঁ না רב לכם לך עליכם כולם צוות всем все друзья коллеги команда друзі колеги команда
σε σας όλους सभी टीम दोस्तों அனைவருக்கும் সবাই ทุกคน ค่ะ ครับ சார் மேடம் सर जी मैडम স্যার ম্যাডাম""".split())

# a Russian surname with its initials, either order: "ИП Кулагин Е.", "Волков А. В.", "И. И. Петрова"
_INITIALED = re.compile(r"(?<![\w.])(?:([А-ЯЁ][а-яё]{1,20}(?:-[А-ЯЁ][а-яё]{1,20})?[ \t]+[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?)"
                        r"|([А-ЯЁ]\.[ \t]?(?:[А-ЯЁ]\.[ \t]?)?[А-ЯЁ][а-яё]{1,20}(?:-[А-ЯЁ][а-яё]{1,20})?))(?![\w])")
# the writer's name on its own line under a closing ("धन्यवाद\nअंकित मिश्रा", "ขอบคุณค่ะ\nนภัสสร วงศ์สวัสดิ์",
# "谢谢！\n李伟", "С уважением,\nСоколова Ольга")
_CLOSINGS = ("धन्यवाद|सादर|आपका|आपकी|ধন্যবাদ|শুভেচ্ছান্তে|বিনীত|நன்றி|அன்புடன்|ขอบคุณ|ด้วยความเคารพ|"
             "С уважением|Спасибо|Благодарю|С наилучшими пожеланиями|З повагою|Дякую|Με εκτίμηση|Ευχαριστώ|"
             "Φιλικά|תודה|בברכה|شكرا|شكراً|مع التحية|مع خالص التحية|تحياتي|با تشکر|با سپاس|ممنون|"
             "谢谢|謝謝|此致|敬上|祝好|感谢|感謝|多谢|多謝|감사합니다|고맙습니다")
_SIGNED = re.compile(rf"(?m)^[ \t]*(?:{_CLOSINGS})[^\n]{{0,25}}\n[ \t]*({_NAME}|[{_HAN}]{{2,4}}|[가-힣]{{2,4}})[ \t]*$")
_NOT_SIGNER = re.compile(r"(?:部|团队|團隊|客服|公司|店|中心|组|組|팀|센터|고객센터)$")

# a title or a relative before a name: "السيد بن سالم؟", "آقای رضایی", "מר כהן", "என் மகள் பிரியா 10ஆம்"
_TITLES = ("السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|المهندس|المهندسة|الحاج|الحاجة|آقای|خانم|دکتر|"
           "מר|גב'|גברת|ד\"ר|господин|госпожа|Господин|Госпожа|κύριος|κυρία|श्री|श्रीमती|सुश्री|ডাঃ|শ্রী|শ্রীমতী|திரு|திருமதி")
_KIN = ("என் மகள்|என் மகன்|மகள்|மகன்|मेरी बेटी|मेरा बेटा|बेटी|बेटा|আমার মেয়ে|আমার ছেলে|моя дочь|мой сын|"
        "ابني|ابنتي|بنتي|بنته|ابنه|بنتها|ابنها|جارتي|جاري|لجارتي|لجاري|زوجتي|زوجي|أختي|أخي|أخته|أخوه|"
        "בתי|בני|הבת שלי|הבן שלי|پسرم|دخترم")
_TITLED = re.compile(rf"(?<![{_ALPHA}])(?:{_TITLES})[ \t.]+({_WORD}(?:[ \t]{_WORD})?)(?=[ \t]*(?:[,،.!?؟\n(।:]|$))")
_KINNED = re.compile(rf"(?<![{_ALPHA}])(?:{_KIN})[ \t]+({_WORD})(?![{_ALPHA}])")
# a courier or an agent named before what they do: "डिलीवरी बॉय सोनू ने फ़ोन नहीं उठाया", "الموزع رشيد
# سيتصل بكم" (the verb or postposition after the name says it is one)
_DOER = re.compile(rf"(?<![{_ALPHA}])(?:डिलीवरी बॉय|डिलीवरी ब्वॉय|ड्राइवर|कूरियर|एजेंट|टेक्नीशियन|मैकेनिक|"
                   rf"الموزع|المندوب|السائق|الكابتن|الفني)[ \t]+({_WORD})[ \t]+"
                   rf"(?:ने|को|से|का|की|के|जी|سيتصل|سيتواصل|هيتصل|هيكلمك|اتصل|وصل|سيصل|هيوصل|جاي)(?![{_ALPHA}])")
# a note's author in brackets before its colon: "आंतरिक नोट (दीपिका):", "ملاحظة (سارة):"
_AUTHOR = re.compile(rf"\(({_NAME})\)[ \t]*[:：]")

# Thai names after the polite and kin prefixes, which Thai writes joined to the name: "คุณปุ้ย:",
# "หมอนวด พี่แดง ห้อง…" (not "ขอบคุณ", thank you, nor "คุณลูกค้า", the customer)
# (a nickname is short, and "คุณ" is also "you": "คุณจะ ได้รับ…", you will receive, is no one)
_THAI_PREFIXED = re.compile(r"(?<![\u0e00-\u0e7f])(?:คุณ|พี่|น้อง)" + THAI_AFTER_YOU +
                            r"([\u0e00-\u0e7f]{2,8})(?=[ \t:：,\n]|$)")
# Hindi: a name whose last word is a common family name ("विकास चौहान", "प्रिया शर्मा"), and the
# staff member named on a salon's book ("स्टाफ सीमा")
_HINDI_SURNAMES = ("शर्मा|वर्मा|गुप्ता|सिंह|यादव|जोशी|मेहता|चौहान|पटेल|कुमार|कुमारी|मिश्रा|तिवारी|पांडे|पाण्डेय|पांडेय|"
                   "श्रीवास्तव|अग्रवाल|जैन|शुक्ला|दुबे|त्रिपाठी|चौधरी|ठाकुर|राठौर|राठौड़|मलिक|खान|अली|सैयद|अंसारी|"
                   "कपूर|खन्ना|मल्होत्रा|भाटिया|सक्सेना|निगम|बंसल|गोयल|मित्तल|सिन्हा|प्रसाद|झा|दास|बोस|"
                   "रेड्डी|नायर|पिल्लई|अय्यर|राव|देसाई|शाह|भट्ट|कुलकर्णी|पाटिल|जाधव|पवार|शिंदे|गायकवाड़|"
                   "नेगी|रावत|बिष्ट|भारद्वाज|सेठी|अरोड़ा|आहूजा|गिल|ढिल्लों|संधू|बत्रा|चोपड़ा|तलवार|सूद")
_HINDI_SURNAMED = re.compile(rf"(?<![\u0900-\u097f])([\u0900-\u097f]{{2,15}}[ \t](?:{_HINDI_SURNAMES}))(?![\u0900-\u097f])")
# who serves at an Arabic salon or shop: "الموظفة روان", "مديرة الفرع مريم القحطاني"
_AR_STAFF = re.compile(r"(?<![\u0621-\u064a])(?:الموظفة|الموظف|مديرة الفرع|مدير الفرع|المصففة|الكوافيرة|الأخصائية|البائعة|البائع)"
                       r"[ \t]+([\u0621-\u064a]{2,15}(?:[ \t]ال[\u0621-\u064a]{2,15})?)(?![\u0621-\u064a])")
_HINDI_STAFF = re.compile(r"(?<![\u0900-\u097f])(?:स्टाफ|स्टाइलिस्ट|ब्यूटीशियन)[ \t:]+([\u0900-\u097f]{2,15})(?![\u0900-\u097f])")

_NON_LATIN = re.compile(r"[^\x00-\u036f]")

_HAN_AT = re.compile(rf"[ \t]*[{_HAN}]")
# a delimited row: cells parted by commas, tabs, bars or semicolons
_ROW_SPLIT = re.compile(r"[,\t|;]")
# (a Han cell only when a family name opens it, a Hangul one of two to four syllables: "小红书",
# "抖音" in a tracker's row are platforms)
_CELL_NAME = re.compile(rf"[ \t]*(?:{_NAME}|[{_HAN}]{{2,3}}|[가-힣]{{2,4}}(?:[ ][가-힣]{{1,3}})?)[ \t]*")
_CONTACT = re.compile(r"[ \t]*(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\+?[\d][\d ()\-.]{6,18}\d|[A-Z]{2}\d\d[A-Z0-9]{10,30})[ \t]*")


def _row_names(text: str) -> list[Span]:
    """In a row of three cells or more that holds an e-mail or a phone, the first script cell
    before that contact cell; the cells after it are towns and notes."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if len(line) > 2000 or not _NON_LATIN.search(line):
            continue
        bounds = [start] + [start + m.end() for m in _ROW_SPLIT.finditer(line)]
        ends = [start + m.start() for m in _ROW_SPLIT.finditer(line)] + [start + len(line)]
        if len(bounds) < 3:
            continue
        cells = list(zip(bounds, ends))
        # (the e-mail cell first: a row's leading id "514178245" reads as a phone)
        contact = next((k for k, (a, b) in enumerate(cells) if "@" in text[a:b] and _CONTACT.fullmatch(text, a, b)),
                       None)
        if contact is None:
            contact = next((k for k, (a, b) in enumerate(cells) if _CONTACT.fullmatch(text, a, b)), None)
        if contact is None:
            continue
        # (no text cell before it: the first within two cells after it, if more cells follow:
        # "514178245,VIP049,roni75@daum.net,רוני בן-דוד,2024-03-28,…", "tok_…,4770…,03/28,সৌমিত্র …,ERR")
        before = [c for c in cells[:contact] if _CELL_NAME.fullmatch(text, *c)]
        after = [] if before else [c for c in cells[contact + 1:contact + 3] if _CELL_NAME.fullmatch(text, *c)
                                   and c != cells[-1] and not _HAN_AT.match(text, c[0])]
        for a, b in before[:1] or after[:1]:
            if _CELL_NAME.fullmatch(text, a, b):
                s = a + len(text[a:b]) - len(text[a:b].lstrip())
                e = b - (len(text[a:b]) - len(text[a:b].rstrip()))
                han = "\u4e00" <= text[s] <= "\u9fff"
                if text[s:e].split()[0] not in _ROLES and (not han or text[s] in SURNAMES):
                    out.append((s, e, CONTEXT))
                break
    return out


def find_script_names(text: str) -> list[Span]:
    if not _NON_LATIN.search(text):
        return []
    out: list[Span] = []
    for rx in (_LABELLED, _GREETED, _HEAD, _INTRO, _THAI_INTRO, _DISPLAY, _INITIALED, _SIGNED, _TITLED, _KINNED,
               _DOER, _AUTHOR, _THAI_PREFIXED, _HINDI_SURNAMED, _HINDI_STAFF, _AR_STAFF):
        for m in rx.finditer(text):
            g = next(k for k in range(1, (rx.groups or 0) + 1) if m.group(k))
            words = m.group(g).split()
            if words[0] in _ROLES or words[0].lower() in _NOT_NAMES or words[0].lower() in GREETINGS \
                    or words[0].startswith(("สวัสดี", "ขอบคุณ")):
                continue  # "ลูกค้า: สวัสดีค่ะ …": the customer says hello
            if rx is _SIGNED and _NOT_SIGNER.search(m.group(g)):
                continue  # "谢谢！\n客服部": a team signs
            end = m.end(g)
            while len(words) > 1 and words[-1] in _NOT_NAMES:  # "วรวุฒิ ทองดี ค่ะ": the particle
                end = m.start(g) + m.group(g).rindex(words[-1])
                words.pop()
            out.append((m.start(g), len(text[:end].rstrip()), CONTEXT))
    taken = out[:]
    out += [r for r in _row_names(text) if not any(s < r[1] and r[0] < e for s, e, _ in taken)]
    return out
