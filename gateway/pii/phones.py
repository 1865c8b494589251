"""Phone-number candidates scored with ``phonenumbers`` and region hints; no Presidio.

Shared by the input recognizer (``recognizers.IntlPhoneRecognizer``) and the microsecond output
scan (``output_scan``), which must not import Presidio (that import used to be a cycle).

A candidate is a run of digit groups. International ones (``+``/``00``) must be possible numbers.
National ones must be *valid* for one of ``NATIONAL_REGIONS``; how sure we are depends on the
shape: a trunk prefix (``0…``/``(…)``) or 10+ digits is phone-like on its own, separated digit
groups of a number without trunk prefix (``699 956 915``, ``9472 7916``: Spain, the Nordics,
Poland, Czechia have none) are phone-like unless a word nearby says it is something else
(``SKU``, ``order``, a price), and a bare 7-9 digit run or a 7-digit local number (``781 1704``)
needs a phone word nearby (``call``, ``tel``, ``office``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

# Regions whose national formats we accept (valid numbers only), most common first.
NATIONAL_REGIONS = ("US", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "PL", "CZ", "SK",
                    "SE", "DK", "NO", "FI", "IE", "PT", "BR", "MX", "AR", "AU", "NZ", "IN", "JP",
                    "CA", "ZA", "SG", "LT", "HU", "GR", "RO", "NG", "TR", "KR", "KE", "PH", "AE",
                    "IL", "CO", "CL")

SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:[ T]\d{1,2})?$")
# "/" between the area code and the number: "0151/23428519" (German, Austrian), "06-30/123 4567"
# (Hungarian), "(34)/607-1232"
# after a comma (a CSV cell) only a number that is no thousands group starts: an international one
# ("…@gmx.de,+49 151 …"), a trunk "0" or a bracket ("…,0161 993 4969", "…,(312) 460-5091"), a
# North American "1-416-…" or "312-016-8947", digits grouped by spaces ("…,91 085 95 54"); never
# the "234" of "1,234,567"; after a colon only when a word precedes it ("TEL;TYPE=CELL:92 17 64 28",
# not the "30" of "12:30")
CANDIDATE = re.compile(r"(?:(?<=,)(?=\+|\(?0\d|\(\d|1-\d{3}-|\d{3}[-.]\d{3}[-.]\d{4}(?!\d)|\d{2,4} \d{2,4} \d)"
                       r"|(?<=[^\W\d_]:)|(?<![\w+\-.:/,]))(?:\+|00)?\(?\d(?:[\d ().\-]|(?<=[\d)])/(?=\d)){4,22}\d"
                       r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w\-/]|:(?!\s)|[.,]\d)"
                       # a Korean or Japanese particle right after it: "010-8082-6458로", "…へ"
                       r"|(?<![\w+\-.:/,])(?:\+|00)?\(?\d(?:[\d ().\-]){4,22}\d(?=[\u3040-\u30ff\uac00-\ud7a3])")
_EXT = re.compile(r"(?:x|ext\.?)\s?\d+$")
# an extension written out after the number, in brackets or not: "extension 2665", "(ext. 3473)",
# "toestel 1286", "ramal 4935", "mellék 914", "Durchwahl 1368", "wew. 2261", "máy lẻ 4028"
_EXT_WORD = (r"(?:x|ext|extn|extension|poste|ramal|toestel|tst|mellék|durchwahl|dw|int|interno|wew|"
             r"linka|máy lẻ|anexo|lokal|nebenstelle|ekstensi)")
EXTENSION = re.compile(rf"(?i)[ \t]*\([ \t]*{_EXT_WORD}\.?[ \t]*[:#]?[ \t]*\d{{1,6}}[ \t]*\)"
                       rf"|[ \t]*,?[ \t]*{_EXT_WORD}\.?[ \t]*[:#]?[ \t]*\d{{1,6}}(?![\w])")
# a toll-free number spelt with letters: "1-800-NEW-SOFA", "1 (866) PET-CARE", "0800 PET-CARE"
VANITY = re.compile(r"(?<![\w+])(?:(?:\+?1[ \-.]?)?\(?8(?:00|33|44|55|66|77|88)\)?|0800|0808|1300|1800)[ \-.]?"
                    r"(?=[A-Z0-9\-]{0,5}[A-Z]{3})[A-Z0-9]{2,4}[ \-.]?[A-Z0-9]{3,4}(?![\w\-])")
# Words just before/after a number that make it a phone number (also as a JSON/YAML key or an XML
# tag: '"phone": "', '<tel type="mobile">') ...
PHONE_WORDS = re.compile(
    r"(?i)(?:\b(?:phone|telephone|tel|tlf|ph|cell|mobile|mob|handy|call|calls|text|sms|"
    r"whatsapp|fax|ring|dial|reach|landline|office|direct|switchboard|hotline|"
    r"number|no|nr|contact|t|m|p|f|"
    # the same words in the languages of the sets: "Ring gerne på 26233257", "Handynummer ist"
    r"ringe|mobil|mobilní|telefon|telefone|telefono|teléfono|téléphone|handynummer|nummer|numer|"
    r"numero|número|číslo|puhelin|tlf\.?nr|cellulare|celular|móvil|portable|escribe|escríbenos|"
    r"llama|llámanos|updated mobile|new number|new mobile|"
    # Indonesian, Malay, Turkish, Vietnamese, Russian: "nomor suami saya", "no hp", "numaram", "sđt"
    r"nomor|nomer|hp|wa|numara|numaram|sđt|số|номер|телефон)\b\.?:?|[☎📞])"
    r"[\s:.\-\"'=>]*(?:(?:me|mig|meg|mich|mij|gerne|gjerne|gärna|venligst|bitte|gern|is|ist|er|es|"
    r"est|è|é|je|jest)\s+){0,2}(?:on|at|is|to|på|unter|au|al|op|na|pod|:)?\s*$")
_AFTER_WORDS = re.compile(r"(?i)^[ \t]*\(?(?:office|mobile|cell|landline|home|work|direct|tel|"
                          r"phone|whatsapp|ext)\b")
# ... and words that make it something else.
NOT_PHONE = re.compile(
    r"(?i)(?:\b(?:sku|order|orders|order_id|orderid|invoice|ref|reference|batch|lot|id|code|item|"
    r"units?|qty|account|acct|iban|card|ssn|zip|postcode|postal|plz|price|total|eur|usd|gbp|pln|"
    r"sek|nok|dkk|czk|kr|serial|tracking|track|parcel|ticket|case|version|isbn|ean|upc|"
    # the same ids in the other languages of order mails: "bestelling 1476-4462-499",
    # "fatura 5328934534", "ART.-Nr. 688 046 34"
    r"bestelling|bestellung|bestellnummer|commande|pedido|ordine|encomenda|zam[óo]wienie|"
    r"best[äa]llning|ordre|factura|fatura|facture|factuur|faktura|fattura|rechnung|paquete|"
    r"paket|colis|pacco|envío|spårning|suivi|trace|art|artikel|artikelnummer|rif|nº|"
    r"sz[áa]mla|factur[ăa]|réf|vat|vat no|vat reg|objedn[áa]vka|pesanan|sipariş|siparis|"
    # a member, ticket, claim, serial or meeting number ("Member no.: 8025 2468 1514",
    # "TKT 555-8440199344", "claim no. 847 803 171", "S/N 5092-8757-2738", "Meeting ID: 373 6952 2314")
    r"member|membership|mitgliedsnummer|tkt|claim|s/n|sn|respondent|receipt|beleg|pin|meeting|"
    # a log's ids: "session=1171-7329-9116", "request_id: 5521 8830 1175", "txn 4417-2290-118"
    r"session|session_id|sessionid|sid|request_id|req_id|trace|trace_id|txn|transaction_id|"
    # a bank's routing number, a part or model number, a build, a company's registration
    r"routing|aba|p/n|pn|part|model|build|firmware|fw|company|reg|registration|box|pob|postfach|apartado|"
    r"registered in (?:england|wales|scotland|england and wales)|"
    # order, booking and voucher words of other scripts' mails: "заказ", "παραγγελία", "बुकिंग"
    r"voucher|booking[ \t]+(?:no|ref|id|number)|заказ|заказа|номер заказа|замовлення|παραγγελία|παραγγελίας|κωδικός|"
    r"הזמנה|מספר הזמנה|الطلب|رقم الطلب|बुकिंग नं|ऑर्डर|অর্ডার|คำสั่งซื้อ|เลขที่คำสั่งซื้อ)\b(?:[\s:.]*(?-i:[A-Z]{2})(?=\s))?"
    r"[\s:#.\-\"'=]*(?:no\.?|number|nr\.?|#)?[\s\"':=]*|[€$£¥#]"
    # (CJK order and waybill numbers: no word boundary before them: "ご注文番号：0993-8330-7147")
    r"|(?:注文番号|订单号|订单编号|운송장번호|주문번호|송장번호|運単号|运单号)[\s:：#]*)$")
_NOT_AFTER = re.compile(r"(?i)^\s*(?:units|pcs|pieces|items|eur|usd|gbp|€|\$|%|kg|km|ml|"
                        r"orders|customers|views|sold)\b")


# other numbers with a phone's digits: an id with a letter prefix ("PL-22027-77", "SO3670335"),
# a year range ("(2011–2025"), a Brazilian CEP or a US ZIP+4 ("80165-083", "37498-2336"), and
# any number after an SSN word in the same sentence (the SSN reading wins)
_ID_PREFIX = re.compile(r"(?<![^\W\d_])[A-Za-z]{1,5}[-#_]?\Z")  # "SO3670335", "cdp_2466540150"
_YEAR_RANGE = re.compile(r"\(?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\)?")
_POSTCODE_SHAPE = re.compile(r"\d{5}-\d{3,4}")
_YEAR_ID = re.compile(r"(?:19|20)\d\d[-/]\d{4,6}")  # "SZÁMLA 2025-37809": a year and a serial
_SSN_SENTENCE = re.compile(r"(?i)(?<!\w)(?:ssn|ss#|social\s+security|tin)(?!\w)(?:[^.!?\n]|(?<=no)\.)*$")
# an IPv4 address ("172.25.228.61") and an HTTP log's status and size ('HTTP/1.1" 403 5408')
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"  # no leading zero: "021.235.01.53" is a phone
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
_HTTP_STATUS = re.compile(r"HTTP/\d(?:\.\d)?\"?\s*$")
# a software build's four dotted numbers ("build 3.26.8.698"): no country writes a phone so
# ("1.800.555.0199" has three digits after its first dot)
_VERSION = re.compile(r"[1-9]\.\d{1,2}\.\d{1,3}\.\d{1,4}")


# a number as a chat export's speaker ("[14:33] 303 853 5522: hi", "\n772461903: Dobrý den")
_SPEAKER_BEFORE = re.compile(r"(?:^|\n|\]|\s[-–])[ \t]*$")


# a US employer id ("15-6604882"), a furniture shop's article number ("095.003.71"), and columns
# of a fixed-width extract run together ("5685 2566         9    22.9"; the analyzer cuts there too)
_EIN = re.compile(r"[1-9]\d-\d{7}")
_ARTICLE = re.compile(r"\d{3}\.\d{3}\.\d{2}")
COLUMN_GAP = re.compile(r"\d[ \t]{3,}\d")


# a Unix time: ten bare digits from 1 (no national number starts so without its trunk or country
# code), or any number under a time key ("iat": 1712076513, "ts=1716023331")
_EPOCH = re.compile(r"1\d{9}(?:\.\d{1,6})?")
_TIME_KEY = re.compile(r"(?i)(?:iat|exp|nbf|ts|time|timestamp|created(?:_at)?|updated(?:_at)?|epoch|sent_at|"
                       r"date|at)[\"']?[ \t]*[:=][ \t]*[\"']?$")
# a bank statement's reference after "//" ("NONREF//1408785858"), a Japanese postcode in Japanese text
_REF_SLASHES = re.compile(r"//$")
_JP_POSTCODE = re.compile(r"\d{3}-\d{4}")
_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def other_number(raw: str, before: str, cue: bool) -> bool:
    """``raw`` (after ``before``) reads as something other than a phone number."""
    if _TIME_KEY.search(before) or (_EPOCH.fullmatch(raw) and not cue) or _REF_SLASHES.search(before) \
            or DATE_SHAPE.match(raw.lstrip("[(")) or (_JP_POSTCODE.fullmatch(raw) and _KANA_KANJI.search(before[-60:])
                                         and not cue):
        return True
    return bool(_ID_PREFIX.search(before) or _YEAR_RANGE.fullmatch(raw) or _SSN_SENTENCE.search(before)
                or _IPV4.fullmatch(raw) or _VERSION.fullmatch(raw) or _HTTP_STATUS.search(before)
                or COLUMN_GAP.search(raw) or ((_EIN.fullmatch(raw) or _ARTICLE.fullmatch(raw)) and not cue)
                or ((_POSTCODE_SHAPE.fullmatch(raw) or _YEAR_ID.fullmatch(raw)) and not cue))


def id_heading(raw: str, after: str) -> bool:
    """"Preview for contact 4249272:": a bare number before a colon heads what follows (an id)."""
    return raw.isdigit() and raw[0] != "0" and after.startswith(":")


def _digits(raw: str) -> int:
    return sum(c.isdigit() for c in _EXT.sub("", raw))


@lru_cache(maxsize=4096)
def _valid_in(raw: str) -> str | None:
    """The first region in which the number is valid, else None."""
    for region in NATIONAL_REGIONS:
        try:
            num = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, region):
            return region
    return None


_MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@lru_cache(maxsize=4096)
def _msisdn(raw: str, cue: bool) -> bool:
    """Digits that are a valid number once read with a "+": a mobile's, or any with a phone word."""
    try:
        num = phonenumbers.parse("+" + raw, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and (cue or phonenumbers.number_type(num) in _MOBILE_TYPES)


def national_score(raw: str, before: str = "", after: str = "") -> float:
    """How sure we are that ``raw`` (a CANDIDATE match) is a phone number; 0: it is not.
    ``before``/``after``: up to ~30 characters of text around it (context words)."""
    if SSN_SHAPE.fullmatch(raw) or DATE_SHAPE.match(raw):
        return 0
    if raw.count("/") > 1 and not (raw[0] == "0" and before and PHONE_WORDS.search(before)):
        return 0  # two slashes: a path or a date, unless a phone word says "Telefon: 06/20/7806149"
    digits = _digits(raw)
    if not 7 <= digits <= 15:
        return 0
    if (before and NOT_PHONE.search(before)) or (after and _NOT_AFTER.match(after)):
        return 0
    cue = bool((before and PHONE_WORDS.search(before)) or (after and _AFTER_WORDS.match(after))
               or (after.startswith(": ") and _SPEAKER_BEFORE.search(before)))
    if other_number(raw, before, cue):
        return 0
    if "/" in raw:
        # "34/443907" may be a ratio or a reference without a trunk prefix or a phone word
        if raw[0] not in "0(" and not cue:
            return 0
        raw = raw.replace("/", " ")
    if raw.startswith(("+", "00")):  # international: +CC... / 00CC...
        try:
            num = phonenumbers.parse("+" + raw.lstrip("+")[2 if raw.startswith("00") else 0:]
                                     .lstrip(" -."), None)
        except phonenumbers.NumberParseException:
            return 0
        if phonenumbers.is_valid_number(num):
            return 0.75
        return 0.6 if phonenumbers.is_possible_number(num) else (0.5 if cue else 0)
    plain = raw.isdigit()
    if id_heading(raw, after):
        return 0
    # a mobile written with its country code and no "+" (an MSISDN): "254731959436", "2348081709635",
    # "628788729472", as SMS gateways, mobile money and WhatsApp logs write them
    if plain and 11 <= digits <= 13 and raw[0] not in "01" and _msisdn(raw, cue):
        return 0.6 if cue else 0.5
    # a bare 12+ digit run is a card/account number's shape, unless a phone word says a trunk-prefixed
    # mobile of 12 or 13 digits ("nomor suami saya 081367052999": Indonesia's)
    long_mobile = plain and raw[0] == "0" and cue and digits <= 13
    if plain and digits >= 12 and not long_mobile:
        return 0
    if plain and not cue and digits < 10 and raw[0] != "0":
        return 0  # a bare 7-9 digit run needs a phone word (skip the region loop)
    region = _valid_in(raw)
    if region is None:
        # Local numbers without area code ("781 1704") are not "valid" anywhere: a word must say.
        return 0.55 if cue and (not plain or digits <= 11 or long_mobile) else 0
    if raw[0] in "0(" or digits >= 10:
        return 0.6 if cue else 0.55
    if not plain and len(re.findall(r"\d+", raw)) >= 2:
        return 0.6 if cue else 0.5  # grouped national number without trunk prefix
    return 0.55 if cue else 0  # a bare 7-9 digit run: a phone only when a word says so


_PLUS_WORD = re.compile(r"(?i)(?<![^\W\d_])plus[ \t]+$")
# a number read out in a call transcript: "call me on five oh three two seven nine eight three"
_DIGIT_WORD = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|"
               # German, Dutch, French, Spanish, Italian, Portuguese: "null eins zwei", "nul zes"
               r"null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|"
               r"nul|een|twee|drie|vijf|zes|zeven|negen|"
               r"zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|"
               r"cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
               r"due|tre|quattro|cinque|sei|sette|otto|nove|um|dois|três|quatro|sete|oito)")
# (speech-to-text writes some digits as figures: "null vier null neun, 7 7 3 fünf null drei", "oh
# eight six, oh nine oh 2 four oh oh"; a token is a digit word or up to four figures)
_SPOKEN_TOKEN = rf"(?:(?:double|triple|doppel|doble)[ \t]+)?(?:{_DIGIT_WORD}|\d{{1,4}})"
SPOKEN = re.compile(rf"(?i)(?<![^\W\d_+\-/.])(?:plus[ \t]+)?{_SPOKEN_TOKEN}"
                    rf"(?:(?:[ \t,\-]|\.\.\.|…)+{_SPOKEN_TOKEN}){{2,14}}(?![^\W_])")
_SPOKEN_WORD = re.compile(rf"(?i)(?<![^\W\d_])(?:(double|triple|doppel|doble)[ \t]+)?({_DIGIT_WORD}|\d{{1,4}})(?![^\W\d_])")


def _spoken_digits(phrase: str) -> tuple[int, int]:
    """How many digits a spoken number says, and how many of its tokens are words."""
    digits = words = 0
    for m in _SPOKEN_WORD.finditer(phrase):
        times = {"double": 2, "doppel": 2, "doble": 2, "triple": 3}.get((m.group(1) or "").lower(), 1)
        tok = m.group(2)
        if tok.isdigit():
            digits += len(tok) * times
        else:
            digits += times
            words += 1
    return digits, words


# a phone word shortly before: "call me on", "my number is", "a callback on", "mobile"
_SPOKEN_CUE = re.compile(r"(?i)\b(?:call\w*|phone|mobile|cell|number|ring|reach|text|whatsapp|tel|"
                         r"contact|landline|dial|nummer|telefone|teléfono|téléphone|"
                         r"\w*rufen|anrufen|unter|nummer|telefon\w*|téléphone|rappel\w*|appel\w*|"
                         r"llam\w*|número|numero|chiam\w*|\w*bellen|bel|ligue\w*|liga\w*)\b"
                         # the agent's question on the line before the caller's answer counts
                         # (50 characters: a transcript has no full stops, "…the phone number on the
                         # account customer yeah it's four oh nine…")
                         r"(?:[^.\n]{0,40}\n)?[^.\n]{0,50}$")


def spoken(text: str) -> list[tuple[int, int, float]]:
    """Phone numbers read out digit by digit (7 to 15 digit words), as speech-to-text writes them,
    after a phone word or with a spoken "plus" ("one two three four five six seven" counts)."""
    low = text.lower()
    if not any(w in low for w in ("oh", "zero", "one", "two", "five", "null", "nul", "zéro", "cero",
                                  "uno", "due", "dois", "drei", "deux", "dos", "zwei", "twee")):
        return []
    out = []
    for m in SPOKEN.finditer(text):
        digits, words = _spoken_digits(m.group())
        if not (7 <= digits <= 15 and words >= 3):
            continue  # "one 2 3" is no number; a written number is the other recognizers'
        if (m.group().lower().startswith("plus") or _SPOKEN_CUE.search(text, max(0, m.start() - 80), m.start())) \
                and not _SPOKEN_ID.search(text, max(0, m.start() - 40), m.start()):
            out.append((m.start(), m.end(), 0.6))
    return out


# a number said in pieces, a filler between them: "call me back on 072 666, uh, 8161", "on 98370,
# then 96870"; and one parted by slashes: "0803/118/3471"
_FILLED = re.compile(r"(?<![\w+\-/.])(\+?\d{2,5}(?:[ ]\d{2,5})?)(?:[ \t]*,?[ \t]+(?:uh|um|er|erm|ehm|then|and|ah)[ \t]*,?"
                     r"|[ \t]*(?:\.\.\.|…))[ \t]+(\d{2,5}(?:[ ]\d{2,5})?)(?![\w\-/])")
_SLASHED = re.compile(r"(?<![\w/.\-])(?:\+\d{1,3}/)?0\d{2,4}/\d{3,4}/\d{3,4}(?![\w/])")


# Brazil's trunk and carrier written out: "0xx71 92590-0969", "0xx(11) 3456-7890"
_BR_XX = re.compile(r"(?<![\w+\-])0[xX]{2}[ \t]?\(?\d{2}\)?[ \t]?9?\d{4}[ \-.]?\d{4}(?![\w\-])")
# a number a form, a fax or a two-column scan wrapped onto the next line after its label:
# "Cell: 081-415-\n0843", "Tel: +234703\n7347235", "Cell: +27 (0)73\n623 7125"
_WRAPPED = re.compile(r"(?im)(?:\b(?:cell|tel|tel\.|phone|mobile|mob|ph|cel|hp|wa|whatsapp|fax|contact|no)\b\.?[ \t]*[:#]?[ \t]*)"
                      r"(\+?[\d(][\d ()\-.]{1,16})[ \t]*\n[ \t]*(\d[\d \-]{2,10}\d)(?![\w\-/])")


def wrapped(text: str) -> list[tuple[int, int, float]]:
    """Numbers wrapped onto the next line after their label (they replace the pieces found)."""
    out: list[tuple[int, int, float]] = []
    if "\n" in text:
        for m in _WRAPPED.finditer(text):
            if NOT_PHONE.search(text, max(0, m.start(1) - 80), m.start(1)):
                continue  # "Account no: 12345\n6789": an id's label
            joined = (m.group(1).rstrip(" -") + " " + m.group(2)).strip()
            digits = sum(c.isdigit() for c in joined)
            if 8 <= digits <= 15 and (national_score(joined, "tel: ") or (
                    joined.isdigit() is False and joined.replace(" ", "").isdigit()
                    and national_score(joined.replace(" ", ""), "tel: "))):
                out.append((m.start(1), m.end(2), 0.6))
    return out


def broken(text: str) -> list[tuple[int, int, float]]:
    """Phone numbers said in pieces after a phone word, numbers parted by slashes, and Brazil's
    "0xx" numbers."""
    out = []
    if "xx" in text.lower():
        out += [(m.start(), m.end(), 0.6) for m in _BR_XX.finditer(text)]
    if "/" in text:
        out += [(m.start(), m.end(), 0.6) for m in _SLASHED.finditer(text)
                if 9 <= sum(c.isdigit() for c in m.group()) <= 13]
    for m in _FILLED.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if 8 <= digits <= 13 and _SPOKEN_CUE.search(text, max(0, m.start() - 80), m.start()) \
                and not _SPOKEN_ID.search(text, max(0, m.start() - 40), m.start()):
            out.append((m.start(), m.end(), 0.6))
    return out


# "the order number is nine five nine nine…": an id read out, not a phone
_SPOKEN_ID = re.compile(r"(?i)\b(?:order|reference|ref|ticket|case|tracking|account|booking|confirmation|claim|"
                        r"invoice|member|membership)\s+(?:number|no\.?|#|id|code)?\s*(?:is|was|:)?\s*$")


_LONGER_RUN = re.compile(r"[\dA-Z] \Z")
_LONGER_RUN_AFTER = re.compile(r" \d")


def candidates(text: str):  # type: ignore[no-untyped-def]
    """(start, end, score) of the phone numbers in text (left to right, no overlaps)."""
    out: list[tuple[int, int, float]] = []
    for m in CANDIDATE.finditer(text):
        raw = m.group()
        if NOT_PHONE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "order 3637 5083 3813": an id word before the whole run; no part of it is a phone
        # "plus 43 664 8055619": the plus read out in a transcript
        plus = _PLUS_WORD.search(text, max(0, m.start() - 8), m.start())
        if plus and raw[0].isdigit() and national_score("+" + raw, "", text[m.end():m.end() + 15]):
            out.append((plus.start(), m.end(), 0.75))
            continue
        # "81788 079 8700 6807": a zip code or an id ran into the number; try later starts too.
        starts = [0] + [i + 1 for i, c in enumerate(raw) if c == " "]
        for off in starts[:4]:
            a, b = m.start() + off, m.end()
            if _LONGER_RUN_AFTER.match(text, b) and (off or _LONGER_RUN.search(text, max(0, a - 8), a)):
                break  # "tracking 9400 170 2980 0921 9898 82": a piece of a longer number
            sub = text[a:b]
            score = national_score(sub, text[max(0, a - 80):a], text[b:b + 15])
            if score:
                out.append((a, b, score))
                break
    return out
