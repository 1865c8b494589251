"""Names that their own shape gives away, with no cue word before them.

``names`` starts from a known first name in Title case and ``name_cues`` from a context word;
these find what neither does:
* a lower-case full name whose two words are a given name and a surname of the lists and rare in
  English ("paddle 283 – meera sharma", "oluwaseun balogun", "watanabe sakura");
* an initial and a surname ("- I. Weißenborn | 7 Mar", "flowers – S. de Vries");
* a name corrected in a note, in many languages ("Sie heißt Hoffmann, nicht Lukas", "Namanya
  Siti, bukan Agus", "Hän on Lehtonen, ei Ville"): both sides are names;
* a name after an honorific of Indonesian, Malay, Vietnamese or Filipino ("Bu Dewi", "chị Mai");
* the person a parcel is left with ("déjalo con nuria", "leave it with tom");
* a nickname ("regular 'Robbo' (real name …)", "aka Tash");
* a surname in capitals alone on a tag or an envelope, over a phone number or a town
  ("REPAIR TAG #90131\nÇELIK\n24 28 09 42", "I POPESCU\nBudapest");
* CJK names by their place: a chat line's speaker, a form's label, an agent's "…입니다"/"担当の…です";
* an HL7 message's "SURNAME^GIVEN" fields, an audit trail's actor and a name field's old and new
  values ('by=Leonie McWalter', 'field=last_name old="Hồ" new="Đỗ"');
* an @-mention of a known given name ("@Will"), a Vietnamese "chào anh Thảo", "em là Vy".
Each rule still wants the words to be names of the lists or rare in every language the text is
written in, so that "lana merino", "J. Crew" or "Paris, not London" stay words.
"""

from __future__ import annotations

import re

from gateway.pii.gazetteers import (
    COMMON_WORDS,
    ORG_ENDS,
    PLACE_ENDS,
    OtherLanguage,
    any_language,
    english_first_names,
    english_zipf,
    first_names_all,
    last_names,
    last_names_all,
    other_language,
    street_words,
)
from gateway.pii.name_cues import countries_or_places
from gateway.pii.names import (
    _MONTHS_DAYS,
    CONTEXT,
    ORG_WORDS_AFTER,
    PARTICLES,
    ROLES,
    STOP,
    _is_first,
    _rare,
    double_given,
)

Span = tuple[int, int, float]


def find_shaped_names(text: str) -> list[Span]:
    """(start, end, score) of the names these shape rules find."""
    ol = other_language(text)
    return _lower_pairs(text, ol) + _initial_surnames(text, ol) + _surname_initials(text, ol) + _corrected(text, ol) + \
        _honorifics(text, ol) + _left_with(text, ol) + _nicknames(text, ol) + _caps_over_number(text, ol) + \
        (_cjk_names(text) if any(ord(c) >= 0x3040 for c in text) else []) + \
        (_caret_names(text, ol) if "^" in text else []) + (_audit_names(text, ol) if "=" in text else []) + \
        _mentions_and_vietnamese(text, ol)


def _plain(low: str, ol: OtherLanguage) -> bool:
    """A word of the text's language(s) or a stop word: never a name on its shape alone."""
    return low in ol.function or low in ol.ordinary or low in STOP or low in ROLES or low in _MONTHS_DAYS


def _plain_name(low: str, ol: OtherLanguage, strong: bool = False) -> bool:
    """Plain, unless a name list knows it: German word lists hold "lukas" and "hoffmann". After a
    strong cue (an honorific, "X, not Y") a known name may be a function word elsewhere ("Mai")."""
    known = low in first_names_all() or low in last_names_all()
    if low in STOP or low in ROLES or (low in _MONTHS_DAYS and not (strong and known)):
        return True
    if low in ol.function:
        return not (strong and known)
    return low in ol.ordinary and not known


# Two lower-case words, a particle allowed between them: "ana dos santos", "hoai an le"
_LOWER_PAIR = re.compile(
    r"(?<![\w@.=/+\-'’])([^\W\d_A-Z]{2,})[ \t]+(?:((?:dos|das|da|de|del|van|von|der|le|la|al|el|bin|binti)[ \t]+))?"
    r"([^\W\d_A-Z]{2,})(?![\w@'’\-]|\.\w)")


def _lower_pairs(text: str, ol: OtherLanguage) -> list[Span]:
    """A given name and a surname (either order), both in the name lists and rare in English:
    "meera sharma", "watanabe sakura". On the sets of bench/pii_data this shape was a name 104
    times in 117 (most others a name read in the wrong order, "byrne niamh")."""
    if not any(c.islower() for c in text):
        return []
    out: list[Span] = []
    pos = 0
    while True:
        m = _LOWER_PAIR.search(text, pos)
        if m is None:
            break
        a, b = m.group(1), m.group(3)
        la, lb = a.casefold(), b.casefold()
        za, zb = english_zipf(la), english_zipf(lb)
        if not (a.islower() and b.islower()):
            pos = m.start(3)
            continue
        named = (_is_first(a, ol) and lb in last_names_all()) or (la in last_names_all() and _is_first(b, ol))
        rare = named and max(za, zb) < 4.0 and min(za, zb) < 3.0
        # an English given name and a surname of the strict list, neither a word: "cheryl martin"
        english = la in english_first_names() and la not in COMMON_WORDS and lb in last_names() and \
            lb not in COMMON_WORDS and zb < 5.0 and m.group(2) is None
        if (rare or english) and not _plain(la, ol) and not _plain(lb, ol) \
                and lb not in street_words() and lb not in PLACE_ENDS and lb not in ORG_ENDS:
            out.append((m.start(1), m.end(3), CONTEXT))
            pos = m.end(3)
        else:
            pos = m.start(3) if m.group(2) is None else m.start(2)  # the second word may open a pair
    return out


# "I. Weißenborn", "S. de Vries", "T. Te Whata", "E. Gaup"; not "U.S. Army" nor "J.R.R."
_INITIAL_SURNAME = re.compile(
    r"(?<![\w.&'’\-])([A-Z])\.[ \t]?"
    r"((?:(?:de|van|von|der|den|da|di|du|dos|del|le|la|te|al|el|ó|ní|mac|mc|bin)[ \t]+){0,2}"
    r"(?:[A-ZÀ-ÞĀ-Ž][\w'’]*(?:-[\w'’]+)?)(?:[ \t]+(?-i:[A-Z][a-zà-ÿ]{1,12})(?=[ \t]*[|;,\n(–—-]|$))?)"
    r"(?![\w'’\-]|\.\w)", re.I)


def _initial_surnames(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    anyl = any_language()
    for m in _INITIAL_SURNAME.finditer(text):
        if not text[m.start(1)].isupper():
            continue
        words = m.group(2).split()
        sur = words[-1] if words[-1][:1].isupper() else words[0]
        low = sur.casefold()
        if not sur[:1].isupper() or _plain_name(low, ol) or low in street_words() or low in PLACE_ENDS \
                or low in ORG_ENDS or low in ORG_WORDS_AFTER or low in countries_or_places():
            continue  # "J. Crew" is a shop, "St. Louis" a town, "P. Street" no one
        if not (low in last_names_all() or _rare(sur, anyl) or double_given(sur)) or \
                low in COMMON_WORDS or english_zipf(low) >= 5.0:
            continue  # "size is M. She said"
        after = text[m.end():m.end() + 12]
        if re.match(r"[ \t]+(?:street|st\b|road|rd\b|avenue|ave\b|lane|str\.|straße|strasse|gate|gatan|vej)",
                    after, re.I):
            continue
        out.append((m.start(1), m.end(2), CONTEXT))
    return out


# A caller or rota column's surname and initial: "LE GOFF N", "BOOTH K" in capitals, "Nguyen T."
# with its full stop; the cell ends at a column gap, a tab, a bar, a comma or the line's end
_SURNAME_INITIAL = re.compile(
    r"(?:^|(?<=[\t|,;])|(?<=  )|(?<=[|,;] )|(?<=\d ))[ \t]*"
    r"((?:(?:LE|LA|DE|DU|DA|DI|VAN|VON|MC|MAC|O')[ \t]?)?[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]{1,24}[ \t][A-Z]\.?"
    r"|[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’\-]{1,24},?[ \t][A-Z]\.)"
    # (a fixed-width extract's column gaps are folded to one blank: the next column's number)
    r"(?=[ \t]*(?:$|[\t|,;]|  |[ \t][-–—][ \t])|[ \t]\d)", re.M)


def _surname_initials(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    anyl = any_language()
    for m in _SURNAME_INITIAL.finditer(text):
        words = re.findall(r"[^\W\d_][\w'’\-]+", m.group(1))
        sur = words[-1]
        low = sur.casefold()
        if low in STOP or low in ROLES or low in street_words() or low in countries_or_places() or \
                low in _MONTHS_DAYS or low in ORG_ENDS:
            continue  # "PLAN B", "GATE A", "MAY J"
        if low in last_names() or (low in last_names_all() and english_zipf(low) < 4.0) or _rare(sur, anyl):
            out.append((m.start(1), m.end(1), CONTEXT))
    return out


_NAME_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’\-]+"
# "Sie heißt Hoffmann, nicht Lukas", "Namanya Siti, bukan Agus", "Si chiama Alessandro Colombo,
# non Lorenzo", "Hun hedder Jesper Poulsen, ikke Mads", "Hän on Lehtonen, ei Ville"
_CORRECTED = re.compile(
    rf"(?<![\w\-])({_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|der|da|di|dos|del|zu|te)[ \t]+)?{_NAME_WORD}){{0,2}}),[ \t]+"
    r"(?:not|nicht|ikke|inte|niet|non|no|pas|nie|ne|ei|bukan|không|değil|nem|nu|όχι)[ \t]+"
    rf"({_NAME_WORD})(?![\w'’\-])")
_NAMED_AS = re.compile(
    r"(?i)(?:\b(?:hei(?:ß|ss)t|hedder|heter|heet|se llama|si chiama|s'appelle|nazywa si[ęe]|jmenuje se|"
    r"namanya|nama(?:nya)? (?:beliau|dia)|tên là|tên|ad[ıi]|is called|real name|echter name|vrai nom|"
    r"nombre real|nome vero|hän on|han er|hun er|hon är|han är)[ \t]+)$")

_CUE_WORD = re.compile(r"(?i)(?:namanya|nama|heißt|heisst|tên|called|name)[ \t]+")


def _corrected(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    places = countries_or_places()
    for m in _CORRECTED.finditer(text):
        start, first, other = m.start(1), m.group(1), m.group(2)
        lead = _CUE_WORD.match(first)  # "Namanya Siti, bukan Agus": the cue opens the sentence
        if lead:
            start, first = start + lead.end(), first[lead.end():]
            if not first:
                continue
        head = first.split()[0].casefold()
        lows = [w.casefold() for w in first.split()] + [other.casefold()]
        if any(_plain_name(w, ol, strong=True) and w not in PARTICLES for w in lows) or any(w in places for w in lows):
            continue  # "Paris, not London", "Monday, not Tuesday"
        known = [w for w in lows if w in first_names_all() or w in last_names_all()]
        cued = lead is not None or _NAMED_AS.search(text, max(0, m.start() - 24), m.start()) is not None
        if len(known) < 2 and not (cued and known):
            continue
        if head in ORG_WORDS_AFTER:
            continue
        out.append((start, m.end(1), CONTEXT))
        out.append((m.start(2), m.end(2), CONTEXT))
    return out


# Indonesian/Malay "Bu", "Pak", "Mbak", "Kak"; Vietnamese "chị", "anh", "cô", "ông", "bà";
# Filipino "Ate", "Kuya", "Tita": a person's name follows
_HONORIFIC = re.compile(
    r"(?<![\w\-])(?:Bu|Ibu|Pak|Bapak|Mbak|Mas|Kak|Bang|Cik|Encik|Puan|[Cc]hị|[Aa]nh|[Cc]ô|[Cc]hú|[Bb]ác|"
    r"[Ôô]ng|[Bb]à|Ate|Kuya|Tita|Tito|Lola|Lolo)[ \t]+"
    r"([A-ZÀ-ÞĀ-ŽẠ-Ỹ][\w'’\-]*(?:[ \t]+[A-ZÀ-ÞĀ-ŽẠ-Ỹ][\w'’\-]*){0,2})")


def _honorifics(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    anyl = any_language()
    for m in _HONORIFIC.finditer(text):
        words = m.group(1).split()
        keep = []
        for w in words:
            low = w.casefold()
            if _plain_name(low, ol, strong=True) or low in ORG_WORDS_AFTER or low in countries_or_places() or \
                    not (low in first_names_all() or low in last_names_all() or _rare(w, anyl)):
                break
            keep.append(w)
        if keep:
            out.append((m.start(1), m.start(1) + len(" ".join(keep)), CONTEXT))
    return out


# a delivery note's neighbour: "déjalo con nuria en el bajo", "leave it with Tom at no. 5",
# "deixa com a joana", "laissez-le à Inès", "lascialo a Marco", "bei Jonas abgeben"
_LEFT_WITH = re.compile(
    r"(?i)\b(?:leave (?:it|them|the (?:parcel|package|box))|give (?:it|them) to|hand (?:it|them) to|"
    r"déjalo|déjala|dejarlo|dejarla|déjelo|entrégalo|deixa(?:r)?|deixe|laisse[sz]?-le|lascialo|lasciatelo|"
    r"geef het aan|afgeven bij|abgeben bei|lämna (?:det )?hos|lever (?:den )?til|zostaw u)[ \t]+"
    r"(?:(?:with|con|com|à|a|al|aan|bei|hos|til|u)[ \t]+)?(?:(?:a|o|la|el|le)[ \t]+)?"
    r"([^\W\d_][\w'’\-]*)(?:[ \t]+([A-ZÀ-ÞĀ-Ž][\w'’\-]*))?")


_CAPITALISED_NOUNS = re.compile(r"(?i)geef|afgeven|abgeben|lämna|lever|zostaw")


def _left_with(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    for m in _LEFT_WITH.finditer(text):
        w = m.group(1)
        low = w.casefold()
        if _plain_name(low, ol) or low in ORG_WORDS_AFTER or not (
                low in first_names_all() or (w[:1].isupper() and _rare(w, any_language()))):
            continue  # "leave it with reception", "déjalo con el portero"
        if w.islower() and (english_zipf(low) >= 4.0 or _plain(low, ol) or not _is_first(w, ol)
                            or _CAPITALISED_NOUNS.match(m.group(0))):
            continue  # "afgeven bij buren": the neighbours (Dutch and German write names capitalised)
        end = m.end(1)
        w2 = m.group(2)
        if w2 and w2.casefold() in last_names_all() and not _plain_name(w2.casefold(), ol):
            end = m.end(2)
        out.append((m.start(1), end, CONTEXT))
    return out


# "regular 'Robbo' (real name Priya Lambert)", "aka Tash", "goes by Jimbo"
_NICKNAME = re.compile(
    r"['‘\"“]([A-Z][a-z]{2,14})['’\"”][ \t]*\((?:real name|aka|a\.k\.a\.|n[ée]e|born|i\.e\.)"
    r"|(?<![\w\-])(?:aka|a\.k\.a\.|goes by|known as|nicknamed|alias)[ \t]+['‘\"“]?([A-Z][a-z'’\-]{2,14})(?![\w\-])")


def _nicknames(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    for m in _NICKNAME.finditer(text):
        g = 1 if m.group(1) else 2
        low = m.group(g).casefold()
        if _plain_name(low, ol, strong=True) or low in ORG_WORDS_AFTER or low in countries_or_places():
            continue
        if g == 2 and not (low in first_names_all() or low in last_names_all() or _rare(m.group(g), any_language())):
            continue  # "known as Express Checkout"
        out.append((m.start(g), m.end(g), CONTEXT))
    return out


_CAPS_LINE = re.compile(r"(?m)^[ \t]*((?:[A-Z]\.?[ \t])?[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+"
                        r"(?:[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+)?)[ \t]*\n[ \t]*"
                        r"(?:(?P<phone>\+?[\d(][\d ()./\-]{6,20}\d)[ \t]*(?:\n|$)|(?P<town>[A-ZÀ-ÞĀ-Ž][\w'’\-]+)[ \t]*\n)")


def _caps_over_number(text: str, ol: OtherLanguage) -> list[Span]:
    """A line of one or two capitalised words (an initial allowed) right over a phone number or a
    known town: the name on a repair tag, a parcel or an envelope."""
    out: list[Span] = []
    anyl = any_language()
    for m in _CAPS_LINE.finditer(text):
        if m.group("phone") and sum(c.isdigit() for c in m.group("phone")) < 7:
            continue
        if m.group("town") and m.group("town").casefold() not in countries_or_places():
            continue
        words = [w for w in m.group(1).split() if len(w.rstrip(".")) > 1]
        lows = [w.casefold() for w in words]
        if not words or any(_plain_name(w, anyl) or w in ORG_ENDS or w in ORG_WORDS_AFTER or w in street_words()
                            or w in countries_or_places() or w in PLACE_ENDS for w in lows):
            continue  # "URGENT\n+44…", "FRAGILE\nLondon", "BERLIN\n030 …"
        if not all(w in last_names_all() or w in first_names_all() or _rare(v, anyl) for w, v in zip(lows, words)):
            continue
        out.append((m.start(1), m.end(1), CONTEXT))
    return out


# CJK names by where they stand (no honorific after them): a chat line's speaker ("[김성수]
# [20:30] …", "09:00 西村 真綾：…"), a form's label ("고객: 김영숙", "購買担当：近藤 香織"), an
# agent introducing themself ("상담원 정영호입니다", "担当の高橋です")
_HAN = r"\u4e00-\u9fff\u3005"
_KANA = r"\u3040-\u30ff"
_CJK_NAME = rf"(?:[{_HAN}]{{1,4}}(?:[ \u3000][{_HAN}{_KANA}]{{1,4}})?|[{_HAN}][{_HAN}{_KANA}]{{1,3}}|[가-힣]{{2,4}})"
_CJK_HEAD = re.compile(  # (a bare "아티스트:" at a line's start is a form's label: the time says a chat)
    rf"(?m)^[ \t]*(?:\[({_CJK_NAME})\][ \t]*\[\d{{1,2}}:\d{{2}}\]|\[?\d{{1,2}}:\d{{2}}\]?[ \t]+({_CJK_NAME})"
    rf"(?:[ \t]*[（(][^)）\n]{{1,10}}[)）])?[ \t]*[：:])")  # (a role in brackets: "胡柏翰 (地產):")
_CJK_LABEL = re.compile(
    rf"(?:고객|아티스트|담당자|예약자|성함|이름|받는[ \t]?분|보내는[ \t]?분|수령인|주문자|신청자|보호자|"
    rf"購買担当|担当者|担当|受付|対応者|お名前|氏名|名前|ご依頼主|依頼主|お届け先|受取人|依頼者|申込者|姓名|联系人|收件人|客户|"
    rf"顾客|寄件人|师傅|维修师傅)[ \t]*[：:][ \t]*({_CJK_NAME})(?=[ \t]*(?:$|[\n（(、,，/。]|様|님)|[ \t]+[+\d])", re.M)
_CJK_SELF = re.compile(rf"(?:상담원|담당자|저는|이름은)[ \t]+([가-힣]{{2,4}})(?:입니다|이에요|예요)|"
                       rf"担当の({_CJK_NAME})(?:です|と申します|がご案内)|({_CJK_NAME})と申します")
# speakers that are roles, not people: "[상담원]", "ショップ：", "客服："
_CJK_ROLES = frozenset("""상담원 고객 고객님 시스템 관리자 매니저 직원 사장님 봇 챗봇 안내 알림 공지 배송 주문
ショップ 店舗 スタッフ 担当 担当者 お客様 管理者 システム 運営 事務局 サポート 受付 店長 お知らせ 配送 注文 住所
客服 店铺 商家 系统 管理员 顾客 客户 快递 地址 經紀 经纪 地產 地产 客 業主 业主""".split())


def _cjk_names(text: str) -> list[Span]:
    out: list[Span] = []
    for rx in (_CJK_HEAD, _CJK_LABEL, _CJK_SELF):
        for m in rx.finditer(text):
            g = next(k for k in range(1, (rx.groups or 0) + 1) if m.group(k))
            name = m.group(g)
            if name in _CJK_ROLES or name.replace("\u3000", " ").split(" ")[0] in _CJK_ROLES:
                continue
            out.append((m.start(g), m.end(g), CONTEXT))
    return out


# an HL7 message's person fields: "PID|1||4897094^^^MRN||DAVIS^JOSEPH^^^MR||…", "NK1|1|LIU^RUBY|SON"
_CARET_NAME = re.compile(r"(?<=[|^])([A-Z][A-Za-z'’\-]{1,30})\^([A-Z][A-Za-z'’\-]{1,30})(?=\^|\|)")


def _caret_names(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    anyl = any_language()
    for m in _CARET_NAME.finditer(text):
        lows = [g.casefold() for g in m.group(1, 2)]
        if any(_plain(w, anyl) and w not in first_names_all() and w not in last_names_all() for w in lows):
            continue  # "RECEPTION^HARBOUR"
        if not any(w in first_names_all() or w in last_names_all() for w in lows):
            continue
        out.append((m.start(1), m.end(2), CONTEXT))
    return out


# an audit trail's actor and a name field's old and new values: 'by=Leonie McWalter',
# 'field=last_name  old="Hồ"  new="Đỗ"'
_ACTOR = re.compile(r"(?<![\w.])(?:by|changed_by|updated_by|editor|actor)=[\"']?"
                    r"((?:[A-Z]\.[ \t]?)?[A-ZÀ-ÞĀ-Ž][\w'’\-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][\w'’\-]+){0,2})")
_NAME_FIELD_CHANGE = re.compile(
    r"(?i)\bfield=[\"']?(?:first_?name|last_?name|given_?name|surname|family_?name|full_?name|display_?name|"
    r"name|contact_?name)[\"']?[ \t]+old=\"([^\"\n]{1,60})\"[ \t]+new=\"([^\"\n]{1,60})\"")


def _audit_names(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    for m in _ACTOR.finditer(text):
        low = m.group(1).split()[-1].casefold().rstrip(".")
        if _plain(low, ol) and low not in first_names_all() or low in ORG_WORDS_AFTER or low in ROLES:
            continue  # "by=System", "by=Support"
        out.append((m.start(1), m.end(1), CONTEXT))
    for m in _NAME_FIELD_CHANGE.finditer(text):
        out += [(m.start(g), m.end(g), CONTEXT) for g in (1, 2) if any(c.isalpha() for c in m.group(g))]
    return out


# "@Will" in a card or a thread: a mention of a known given name, capitalised (not "@home")
_NOT_MENTIONED = frozenset("here channel everyone all home team support sales admin me you".split())
_MENTION = re.compile(r"(?<![\w.@])@([A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’\-]{1,20})(?![\w.@\-])")
# Vietnamese: a kinship pronoun then a capitalised word is how a name is said ("chào anh Thảo",
# "em là Vy bên shop"), whatever the name lists know
_VI_NAMED = re.compile(r"(?<![\w])(?:(?:chào|gửi|cảm ơn|cám ơn)[ \t]+(?:anh|chị|em|cô|chú|bác|ông|bà)|"
                       r"(?:em|anh|chị|tôi|mình)[ \t]+là)[ \t]+([A-ZÀ-ÞĐẠ-Ỹ][\wạ-ỹ]*(?:[ \t][A-ZÀ-ÞĐẠ-Ỹ][\wạ-ỹ]*){0,2})")


def _mentions_and_vietnamese(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    if "@" in text:
        for m in _MENTION.finditer(text):
            low = m.group(1).casefold()
            if low in first_names_all() and low not in _NOT_MENTIONED and low not in ROLES and low not in ORG_WORDS_AFTER:
                out.append((m.start(1), m.end(1), CONTEXT))
    if any("\u1ea0" <= c <= "\u1ef9" or c in "đĐ" for c in text):
        for m in _VI_NAMED.finditer(text):
            if m.group(1).casefold() not in countries_or_places():
                out.append((m.start(1), m.end(1), CONTEXT))
    return out
