"""Postal addresses in the scripts and layouts the Latin street finder cannot read.

Each pattern below is one country family's own order of parts, anchored on the words every such
address carries (a street word, a house or flat word, a postcode of the country's length), so a
run of prose in the same script does not read as an address. Every repeat is bounded: an unspaced
run of thousands of letters must not make each start position scan it.
"""

from __future__ import annotations

import re

Span = tuple[int, int, float]

# Japanese and Korean, written without spaces between their parts: prefecture or province first,
# the block numbers, then the building ("〒154-0024 東京都世田谷区三軒茶屋3-23-2 メゾン青山273",
# "서울특별시 송파구 올림픽로35길 36, 110동 2070호 (05510)")
_CJK = r"\u3040-\u30ff\u4e00-\u9fff"
_JAPANESE = re.compile(
    rf"(?:(?:〒\s?)?\d{{3}}-\d{{4}}[,、]?[ \u3000]*\n?[ \u3000]*)?(?:東京都|北海道|大阪府|京都府|[{_CJK}]{{2,3}}県)"
    rf"[{_CJK}0-9０-９\-－ー]{{1,40}}[0-9０-９]"
    # the building and its flat: "メゾン青山273", "サンハイム 4-B", "ハイツ桜 201号室"
    rf"(?:[ \u3000][{_CJK}A-Za-z]{{1,20}}[ \u3000]?[0-9０-９]{{1,6}}(?:[\-－][0-9A-Za-z]{{1,3}}(?![0-9A-Za-z]))?(?:号室|号)?)?"
    r"(?:[ \u3000]?\d{1,3}(?:F|階)(?![\w]))?")  # the floor: "… 1-14 3F"
_KOREAN = re.compile(
    r"(?:\(?\d{5}\)?\s*)?[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|도)\s+[가-힣]{1,8}(?:구|군|시)"
    r"(?:\s+[가-힣]{1,8}(?:구|동|읍|면))?\s+[가-힣0-9]{1,12}(?:로|길)\s?\d{1,5}(?:-\d{1,5})?"
    r"(?:,?\s*(?:\d{1,5}동\s*)?\d{1,5}호)?(?:,?\s*\d{1,3}층)?"
    r"(?:,?\s*\([가-힣]{1,8}(?:동|가|읍|면|리)\))?(?:,?\s*\(?\d{5}\)?(?!\d))?")  # "… 245호 (삼덕동), 41940"
# the same in romaji: "〒533-0309, Tokyo-to Kita-ku Umeda 2-19-19", "Kyoto-shi Kita-ku Umeda 5-17-4,
# Sakura Mansion 808"
_JAPANESE_ROMAN = re.compile(
    r"(?:〒[ \t]?\d{3}-\d{4}[,、]?[ \t]*\n?[ \t]*)?(?:[A-Z][a-z]{2,12}-(?:to|fu|ken|do)[ \t]+)?"
    r"[A-Z][a-z]{2,12}-(?:shi|ku|gun)(?:[ \t]+[A-Z][a-z]{2,12}-(?:ku|cho|machi|mura))?(?:[ \t]+[A-Z][a-z]{2,14})?"
    r"[ \t]+\d{1,2}(?:-\d{1,4}){1,2}(?![\w\-])(?:,?[ \t]+[A-Z][a-z]{2,14}(?:[ \t][A-Z][a-z]{2,14})?[ \t]\d{1,4})?")
# Chinese, province (or municipality) down to the room and the postcode: "浙江省杭州市西湖区文三路
# 188 号 3 幢 502 室", "四川省成都市武侯区人民南路四段958号3号楼222室 610041"
_HANZI = r"\u4e00-\u9fff"
_CHINESE = re.compile(
    rf"(?:[{_HANZI}]{{2,3}}(?:省|自治区)[ \t]?)?[{_HANZI}]{{2,3}}市[ \t]?(?:[{_HANZI}]{{1,4}}(?:区|县|市)[ \t]?)?"
    rf"[{_HANZI}0-9]{{1,16}}(?:路|街|道|大道|巷|弄|胡同)(?:[一二三四五六七八九十]{{1,2}}段)?[ \t]?\d{{1,5}}[ \t]?号"
    rf"(?:[{_HANZI}]{{1,8}}?(?:小区|花园|大厦|公寓|苑|村|广场|中心))?"  # the compound: "锦绣小区"
    rf"(?:[ \t]?\d{{1,4}}[ \t]?(?:幢|栋|号楼|单元|座))*(?:[ \t]?\d{{1,5}}(?:[ \t]?(?:室|房))?)?"
    rf"(?:(?:[ \t]{{1,2}}|[，,][ \t]?)(?:邮编[：:]?[ \t]?)?\d{{6}}(?!\d))?")

# Hong Kong, Macau and Taiwan, in traditional letters, and mainland ones the pattern above misses:
# "香港觀塘開源道38號御峯25樓F室", "802高雄市苓雅區四維三路63號", "香港新界沙田沙田正街327號海景花園第2座15樓H室"
_CHINESE_TRAD = re.compile(
    rf"(?<![{_HANZI}\d])(?:\d{{3,6}}[ \t]?)?(?:[{_HANZI}]{{2,3}}(?:省|市|縣|县)|香港|九龍|九龙|新界|澳門|澳门){{1,3}}"
    rf"[{_HANZI}]{{0,10}}?[{_HANZI}0-9]{{1,14}}?(?:路|街|道|大道|巷|弄|里)(?:[一二三四五六七八九十]{{1,2}}段)?"
    rf"[ \t]?\d{{1,5}}[ \t]?[號号](?:[{_HANZI}]{{1,8}}?(?:第?\d{{1,3}}[座棟栋]))?(?:[{_HANZI}]{{1,8}}?\d{{1,3}}[樓楼])?"
    rf"(?:\d{{1,3}}[樓楼](?:之\d{{1,3}})?)?(?:[A-Z0-9]{{1,4}}室)?(?:[，,][ \t]?邮编[：:]?[ \t]?\d{{6}})?")

# Arabic and Persian. With a postcode: the street word, the building, the town ("شارع الملك فهد،
# مبنى 1234، الرياض 12345"). Without one, the run must end in a town the list knows: "فيلا 59،
# شارع 24، البرشاء 2، دبي", "10 شارع جامعة الدول العربية، الدقي، الجيزة"
_ARABIC = re.compile(r"(?:شارع|طريق|حي|ش\.)(?=[^\n]{0,150}?\d{5})[ \t][\u0600-\u06ff \t]{2,40}(?:[،,][ \t]*(?:(?:مبنى|عمارة|رقم|شقة)[ \t]*)?"
                     r"[\u0600-\u06ff0-9 \t]{1,30}){0,4}[ \t]\d{5}(?!\d)")
_ARABIC_TOWNS = ("دبي|أبوظبي|أبو ظبي|الشارقة|عجمان|العين|رأس الخيمة|الفجيرة|الرياض|جدة|مكة المكرمة|مكة|"
                 "المدينة المنورة|الدمام|الخبر|الدوحة|الكويت|المنامة|مسقط|عمان|عمّان|القاهرة|الجيزة|"
                 "الإسكندرية|بيروت|دمشق|بغداد|الدار البيضاء|الرباط|مراكش|تونس|الجزائر|طرابلس|"
                 "تهران|مشهد|اصفهان|شیراز|تبریز|کرج")
_AR_LETTER = r"[\u0621-\u065f\u066e-\u06d3]"  # letters and marks, not the Arabic comma
_AR_WORD = rf"{_AR_LETTER}{{1,30}}"
_AR_PART = rf"(?:{_AR_WORD}|\d{{1,4}})(?:[ \t]+(?:{_AR_WORD}|\d{{1,4}})){{0,4}}"
_AR_BUILDING = r"(?:فيلا|شقة|مبنى|عمارة|بناية|منزل|برج|بيت|پلاک|واحد)"
_AR_STREET = r"(?:شارع|طريق|ش\.|زنقة|درب|خیابان|کوچه|بلوار)"  # (زنقة, درب: Morocco's street and lane)
_ARABIC_TOWNED = re.compile(
    rf"(?<!{_AR_LETTER})(?<!\d)(?:{_AR_BUILDING}[ \t]*\d{{1,5}}(?:[ \t]*[،,][ \t]*{_AR_BUILDING}[ \t]+{_AR_PART})?"
    rf"[ \t]*[،,][ \t]*{_AR_STREET}[ \t]+{_AR_PART}"
    rf"|\d{{1,5}}[ \t]+{_AR_STREET}[ \t]+{_AR_PART}|{_AR_STREET}[ \t]+{_AR_PART}[ \t]*[،,][ \t]*{_AR_BUILDING}[ \t]*\d{{1,5}})"
    rf"(?:[ \t]*[،,][ \t]*{_AR_PART}){{0,3}}?[ \t]*[،,][ \t]*(?:{_ARABIC_TOWNS})(?!{_AR_LETTER})"
    r"(?:[ \t]*[،,]?[ \t]*\d{5}(?!\d))?"
    # the town first, as Iranian addresses are written: "تهران، خیابان ولیعصر، پلاک ۱۲۰۰، واحد ۴"
    rf"|(?<!{_AR_LETTER})(?:{_ARABIC_TOWNS})[ \t]*[،,][ \t]*{_AR_STREET}[ \t]+{_AR_PART}"
    rf"(?:[ \t]*[،,][ \t]*(?:{_AR_STREET}[ \t]+{_AR_PART}))?(?:[ \t]*[،,][ \t]*{_AR_BUILDING}[ \t]*\d{{1,5}}){{1,3}}")

# Hebrew: the street (with or without its word), the number, the flat, the town and its 7-digit
# postcode ("רחוב הרצל 12 דירה 4, תל אביב 6100101", "שד' רוטשילד 45, תל אביב-יפו")
_HE = r"[\u05d0-\u05ea]"
_HE_TOWNS = ("תל אביב-יפו|תל אביב|ירושלים|חיפה|באר שבע|רמת גן|פתח תקווה|ראשון לציון|נתניה|חולון|אשדוד|"
             "הרצליה|רעננה|כפר סבא|מודיעין|בני ברק|רחובות|אשקלון|בת ים|גבעתיים|הוד השרון|נהריה|עכו|"
             "אילת|טבריה|נצרת|קריית שמונה|רמת השרון|יהוד|אור יהודה|קריית גת")
_HEBREW = re.compile(
    rf"(?<![\u05d0-\u05ea])(?:(?:רחוב|רח'|שדרות|שד'|דרך|סמטת|כיכר)[ \t]+{_HE}[{_HE[1:-1]}\"'\- ]{{1,25}}?"
    rf"|{_HE}[{_HE[1:-1]}\"'\- ]{{1,25}}?(?=[ \t]\d{{1,4}}[ \t]*(?:,|דירה|ד'|קומה)[^\n]{{0,40}}?(?:{_HE_TOWNS})))"
    r"[ \t]\d{1,4}[א-ת]?(?:[ \t]*,?[ \t]*(?:דירה|ד'|קומה)[ \t]*\d{1,3}){0,2}"
    rf"(?:[ \t]*,[ \t]*(?:{_HE_TOWNS}|{_HE}[{_HE[1:-1]}\- ]{{1,18}}?(?=[ \t]*\d{{5,7}}(?!\d))))?"
    r"(?:[ \t]*,?[ \t]*\d{5}(?:\d{2})?(?!\d))?")

# Greek: the street and its number, a flat or floor, then the 5-digit code (often after "Τ.Κ.") and
# the town: "Λεωφόρος Κηφισίας 244, διαμ. 17, Τ.Κ. 115 26 ΑΘΗΝΑ", "Κανάρη 216\nΤΚ 185 37 Πειραιάς"
_GR = r"[\u0386-\u03ce\u1f00-\u1ffc]"
_GREEK = re.compile(
    rf"(?<!{_GR})(?:(?:Λεωφόρος|Λεωφ\.|Οδός|Οδ\.|Πλατεία|Πλ\.)[ \t]+)?{_GR}{{3,20}}(?:[ \t]{_GR}{{2,20}}){{0,2}}[ \t]\d{{1,4}}{_GR}?"
    rf"(?:[ \t]*,[ \t]*(?:διαμ\.?|Διαμ\.?|διαμέρισμα|\d{{1,2}}ος[ \t]+όροφος|όροφος)[ \t]*\d{{0,3}})*"
    rf"(?:[ \t]*[,\n][ \t]*|[ \t]+-[ \t]+)(?:Τ\.?[ \t]?Κ\.?[ \t]*)?\d{{3}}[ \t]?\d{{2}}(?!\d)"
    rf"(?:[ \t,]+{_GR}{{3,20}}(?:[ \t]{_GR}{{3,20}})?)?")

# Thai: house number (and village), then soi, road, sub-district, district, province, and the
# 5-digit postcode ("99/12 หมู่ 4 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110")
_THAI = re.compile(
    r"(?<![\d/])(?:(?:บ้านเลขที่|เลขที่)[ \t]?)?\d{1,4}(?:/\d{1,4})?(?:[ \t]+(?:หมู่(?:ที่)?|ม\.)[ \t]?\d{1,2})?"
    r"[ \t,]+(?=[^\n]{0,40}?(?:ถนน|ถ\.|ซอย|ซ\.|แขวง|ตำบล|ต\.|เขต|อำเภอ|อ\.|จังหวัด|จ\.))"
    r"[\u0e00-\u0e7f][\u0e00-\u0e7f0-9/.,\- \t]{3,160}?[ \t]\d{5}(?!\d)")

# India's scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam): a
# house number and comma-separated parts down to the 6-digit PIN ("मकान नं. 12, गांधी नगर, जयपुर,
# राजस्थान 302015")
_INDIC = r"\u0900-\u0d7f"
_INDIC_ADDRESS = re.compile(
    rf"(?<![\w/\-])(?:[{_INDIC}]{{2,12}}[ \t]?(?:[{_INDIC}]{{1,6}}\.?[ \t]?[\-/]?)?)?\d{{1,4}}(?:[\-/][0-9A-Za-z\d]{{1,4}}){{0,2}}"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+)[{_INDIC}][{_INDIC}\d. \t\-]{{1,35}}?){{1,6}}[ \t]*[,\-–]?[ \t]*"
    rf"(?:\d{{3}}[ \t]?\d{{3}}|\d{{4}})(?!\d)")

# an Indian address typed in lower case around its landmark, to the PIN code: "h.no 12-3-45, near
# hanuman temple, ameerpet, hyderabad, telangana 500016"
_INDIAN = re.compile(r"(?i)(?<![\w\-/])(?:(?:h\.?[ \t]?no\.?|house[ \t]+no\.?|flat[ \t]+no\.?|d\.?[ \t]?no\.?|"
                     r"door[ \t]+no\.?|plot[ \t]+no\.?)[ \t]*[\w\-/]{1,12}"
                     # a block and house ("b-67, lajpat nagar ii, …"), a number on a road ("1/2 gandhi road, …")
                     r"|[a-z]{1,2}-\d{1,4}[a-z]?|\d{1,4}(?:/\d{1,4})?[ \t]+[a-z][a-z. ]{1,30}?"
                     r"(?:road|rd|street|st|marg|salai|nagar|lane|cross|main|colony|layout|enclave))"
                     r",(?:[ \t]*[^,\n]{2,40}?,){0,6}"
                     r"[ \t]*[^,\n\d]{2,30}?[ \t\-–]*\d{3}[ \t]?\d{3}(?!\d)(?:[ \t]*,[ \t]*india(?![\w]))?")
# a Ghana Post digital address and the area and town after it: "GA-406-7446, Abelemkpe, Accra"
# (the area must follow: a bare "WH-704-0191" is a warehouse SKU)
_GHANA = re.compile(r"(?<![\w\-])[ABCEGNUVW][A-Z]-\d{3,4}-\d{4}(?![\w\-])(?:[ \t]*,[ \t]*[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?){1,3}")

# Russian, Ukrainian, Belarusian: comma-separated parts in either order, index first or last
# ("117334, г. Москва, ул. Профсоюзная, д. 26, корп. 1, кв. 184", "вул. Хрещатик, буд. 22, кв. 5,
# м. Київ, 01001", typed in lower case too: "москва ул ленина д 5 кв 12")
_CY = r"[А-ЯЁЇІЄҐа-яёїієґ]"
_CY_WORD = rf"{_CY}[{_CY[1:-1]}'’\-]{{0,30}}"  # (bounded: an unspaced run costs each start one word)
_RU_STREET = (r"(?:ул|улица|вул|вулиця|пр-т|просп|проспект|пр|пер|переулок|пров|провулок|наб|набережная|"
              r"ш|шоссе|б-р|бульв|бульвар|пл|площадь|площа|мкр|микрорайон|туп|тупик|проезд|аллея|линия)")
_RU_HOUSE = r"(?:д|дом|буд|будинок)"
# the types written after the street's name, and words a name before them never is
_RU_STREET_AFTER = (r"(?:пр-т|проспект|просп|переулок|пер|шоссе|ш|б-р|бульвар|набережная|наб|проезд|тупик|"
                    r"площадь|улица|вулиця|провулок)")
_RU_NOT_NAME = r"(?:адрес|адреса|был|была|было|на|по|в|и|живу|доставка|доставки|это|мой|моя|наш)\b"
_RU_PART = (
    rf"(?:\d{{5,6}}"  # the index (Ukraine's has five digits)
    rf"|(?:г|м|гор|город|місто|пос|пгт|с|село|смт)(?:\.[ \t]?|[ \t])(?!{_RU_NOT_NAME}){_CY_WORD}(?:[ \t\-]{_CY_WORD})?"  # the town
    rf"|{_CY_WORD}(?:[ \t]{_CY_WORD})?[ \t](?:обл|область|край|р-н|район|респ)\.?"  # the region
    rf"|(?:обл|р-н)\.[ \t]?{_CY_WORD}"
    rf"|{_RU_STREET}(?:\.[ \t]?|[ \t])(?:\d{{1,2}}-?(?:я|й|а|го)?[ \t])?{_CY_WORD}(?:[ \t\-]{_CY_WORD}){{0,2}}"  # the street
    rf"(?:,?[ \t]+(?:{_RU_HOUSE}\.?[ \t]?)?\d{{1,4}}[а-яА-Я]?(?:/\d{{1,3}})?(?![\w.]))?"
    rf"|(?!{_RU_NOT_NAME}){_CY_WORD}(?:[ \t]{_CY_WORD})?[ \t]{_RU_STREET_AFTER}\.?"  # "Ленинский пр-т 5"
    rf"(?:,?[ \t]+(?:{_RU_HOUSE}\.?[ \t]?)?\d{{1,4}}[а-яА-Я]?)?"
    rf"|{_RU_HOUSE}\.?[ \t]?\d{{1,4}}[а-яА-Я]?(?:/\d{{1,3}})?"  # the house, its block, the flat
    rf"|(?:корп|корпус|к|стр|строение|лит)\.?[ \t]?\d{{1,3}}[а-яА-Я]?"
    rf"|(?:кв|квартира|оф|офис|пом)\.?[ \t]?\d{{1,4}}"
    rf"|(?:под|подъезд|під'їзд|під’їзд|эт|этаж|поверх)\.?[ \t]?\d{{1,3}}"
    rf"|(?:Россия|Российская Федерация|Украина|Україна|Беларусь|Казахстан|Кыргызстан)(?![\w\-]))")
_RUSSIAN = re.compile(rf"(?i)(?<![\w\-])(?:{_RU_PART})(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:{_RU_PART})){{1,8}}(?![\w\-])")
_RU_STREET_RX = re.compile(rf"(?i)(?<![\w\-]){_RU_STREET}\.?[ \t]|[ \t]{_RU_STREET_AFTER}\.?(?:,|[ \t]|$)")
_RU_NUMBERED = re.compile(rf"(?i)(?:{_RU_HOUSE}\.?[ \t]?|[ \t,])\d{{1,4}}|\d{{5,6}}")


def _russian(text: str) -> list[Span]:
    """Runs with a street and a house (or index): a town and a region alone are LOCATION's."""
    out: list[Span] = []
    for m in _RUSSIAN.finditer(text):
        run = m.group()
        if _RU_STREET_RX.search(run) and _RU_NUMBERED.search(run):
            out.append((m.start(), m.end(), 0.85))
    return out


_CN_LEAD = re.compile(r"(?:地址|住址|收货地址|址|为|是|在|到|寄到|送到)[：:]?[ \t]?")
_CN_PROVINCE_OR_CITY = re.compile(rf"[{_HANZI}]{{2,3}}(?:省|自治区|市)")


def _chinese(text: str) -> list[Span]:
    """The regex's leading town may have taken the label's last letter ("地址四川省…" reads 址四川省):
    a label's letters are dropped while a province or town still starts what remains."""
    out: list[Span] = []
    for m in _CHINESE.finditer(text):
        s = m.start()
        lead = _CN_LEAD.match(text, s)
        while lead and lead.end() > s and _CN_PROVINCE_OR_CITY.match(text, lead.end()):
            s = lead.end()
            lead = _CN_LEAD.match(text, s)
        out.append((s, m.end(), 0.85))
    return out


_SCRIPTS = {name: re.compile(rx) for name, rx in (
    ("cjk", "[\u3040-\ud7a3]"), ("arabic", "[\u0600-\u06ff]"), ("hebrew", "[\u05d0-\u05ea]"),
    ("thai", "[\u0e00-\u0e7f]"), ("greek", "[\u0386-\u03ce]"), ("indic", "[\u0900-\u0d7f]"), ("cyrillic", "[\u0400-\u04ff]"))}
_DIGIT = re.compile(r"\d")


def native_addresses(text: str) -> list[Span]:
    """Addresses written in a script other than Latin (and Japanese romaji, Indian lower case)."""
    if not _DIGIT.search(text):
        return []
    out: list[Span] = []
    if _SCRIPTS["cjk"].search(text):
        out += [(m.start(), m.end(), 0.85) for rx in (_JAPANESE, _KOREAN) for m in rx.finditer(text)]
        if "市" in text:
            out += _chinese(text)
        if "號" in text or "号" in text:
            out += [(m.start(), m.end(), 0.85) for m in _CHINESE_TRAD.finditer(text)]
    if "-ku " in text or "-shi " in text:
        out += [(m.start(), m.end(), 0.85) for m in _JAPANESE_ROMAN.finditer(text)]
    if _SCRIPTS["arabic"].search(text):
        out += [(m.start(), m.end(), 0.8) for rx in (_ARABIC, _ARABIC_TOWNED) for m in rx.finditer(text)]
    if _SCRIPTS["hebrew"].search(text):
        out += [(m.start(), m.end(), 0.8) for m in _HEBREW.finditer(text)]
    if _SCRIPTS["greek"].search(text):
        out += [(m.start(), m.end(), 0.8) for m in _GREEK.finditer(text)]
    if _SCRIPTS["thai"].search(text):
        out += [(m.start(), m.end(), 0.8) for m in _THAI.finditer(text)]
    if _SCRIPTS["indic"].search(text):
        out += [(m.start(), m.end(), 0.8) for m in _INDIC_ADDRESS.finditer(text)]
    if _SCRIPTS["cyrillic"].search(text):
        out += _russian(text)
    out += [(m.start(), m.end(), 0.8) for m in _INDIAN.finditer(text)]
    if "-" in text:
        out += [(m.start(), m.end(), 0.8) for m in _GHANA.finditer(text)]
    return _merge(out)


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping finds (the Arabic patterns, with and without a postcode) become one span."""
    out: list[Span] = []
    for s, e, sc in sorted(spans):
        if out and s < out[-1][1]:
            ps, pe, psc = out[-1]
            out[-1] = (ps, max(pe, e), max(psc, sc))
        else:
            out.append((s, e, sc))
    return out
