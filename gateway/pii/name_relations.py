"""Names that a relation word or a list of names gives away, in the shapes ``name_cues`` leaves:

* an appositive after a role or a relative: "A colleague, Rose, will text you", "my neighbour,
  Summer, took it in" (the commas close the name, so a word-name counts);
* a relative or a role in another language, with a title allowed between: "Mein Nachbar Jürgen",
  "Ihre Kollegin Frau Kühn", "ma voisine Odile", "mi vecina Carmen", "moja sąsiadka Ala";
* a lower-case list of given names: "the others are camille, étienne and madison" (three or more
  items, every one a given name of the lists, two or more of them no English word);
* a Vietnamese kinship pronoun before a capitalised syllable: "chị An đã hứa", "bạn An bên CSKH";
* a name next to an e-mail address that spells it: "destiny wilson · wilson_destiny@…";
* a row's field before its phone number: "Do 14:36 — Tariq — 0152/45162627 — Balayage";
* a desk and the person holding it, in brackets: "Front desk (Joy):", "(Rose, community team)";
* a name spelt out letter by letter on a call: "that's K-O-V-A-C-S", "spelt o k a f o r".
"""

from __future__ import annotations

import re

from gateway.pii.gazetteers import (
    OtherLanguage,
    any_language,
    english_zipf,
    first_names_all,
    last_names_all,
    other_language,
)
from gateway.pii.list_mates import Span
from gateway.pii.name_cues import countries_or_places, low_given
from gateway.pii.names import _MONTHS_DAYS, CONTEXT, ROLES, STOP, _is_first, _is_last, _rare

_NAME = r"[A-ZÀ-ÞĀ-Ž][\w'’\-]+"
_RELATIVES = (r"colleague|co-?worker|neighbou?r|friend|flatmate|roommate|housemate|partner|husband|wife|"
              r"son|daughter|brother|sister|mum|mom|mother|dad|father|cousin|boss|manager|driver|courier|"
              r"technician|engineer|agent|advisor|adviser|assistant|landlord|landlady|tenant|nanny|carer")
_APPOSED = re.compile(rf"(?i)(?<![\w\-])(?:a|an|my|our|your|her|his|their|the)[ \t]+(?:{_RELATIVES}),[ \t]+"
                      rf"(?-i:({_NAME}(?:[ \t]{_NAME})?))[ \t]*,")
_TITLE = (r"Frau|Herr|Fr\.|Hr\.|Mme|M\.|Madame|Monsieur|Sr\.?|Sra\.?|Señor|Señora|Signora|Signor|Sig\.(?:ra)?|"
          r"Dhr\.?|Mevr\.?|Pan|Pani|Sn\.?")
_KIN_ABROAD = (r"Kollege|Kollegin|Nachbar|Nachbarin|Freund|Freundin|Sohn|Tochter|Bruder|Schwester|Ehemann|Ehefrau|"
               r"collègue|voisin|voisine|ami|amie|fils|fille|frère|sœur|mari|conseill[eè]re?|"
               r"colega|vecino|vecina|amigo|amiga|hijo|hija|hermano|hermana|marido|esposa|"
               r"collega|vicino|vicina|figlio|figlia|fratello|sorella|"
               r"buurman|buurvrouw|zoon|dochter|broer|zus|"
               r"sąsiad|sąsiadka|kolega|koleżanka|syn|córka|"
               r"granne|grannen|kollega|kollegan|dotter|nabo|naboen|naapuri|komşu|komşum|"
               r"vizinho|vizinha|filho|filha|irmão|irmã")
_KIN_NAMED = re.compile(rf"(?<![\w\-])(?i:{_KIN_ABROAD})[ \t]+(?:(?:{_TITLE})[ \t]+)?({_NAME})")
_LW = r"[^\W\d_A-Z][\w'’\-]+"
_LOWER_LIST = re.compile(rf"(?<![\w@.'’\-])({_LW}(?:[ \t]*,[ \t]*{_LW}){{1,8}},?[ \t]+(?:and|&|und|et|y|e|en|och|og|i)[ \t]+{_LW})"
                         r"(?![\w@'’\-])")
_VI_PRONOUN = re.compile(r"(?<![\w])(?:chị|anh|em|bạn|cô|chú|bác|ông|bà)[ \t]+([A-ZÀ-ÞĐẠ-Ỹ][\wạ-ỹ]*)(?![\w])")
_VI_CHARS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ")


# a desk or a role, then the person who holds it in brackets: "Front desk (Joy): of course",
# "Reply (Rose, community team): thanks", "Stylist (Kev)" (the brackets close the name, so a
# word-name counts)
_DESKS = (r"front[ \t]desk|desk|reception|receptionist|support|agent|concierge|host|staff|store|shop|"
          r"manager|moderator|mod|admin|rep|advisor|adviser|stylist|barber|therapist|driver|courier|"
          r"reply|response|answer|cs|csr|customer[ \t]care|care|service|helpdesk|operator|dispatch|"
          r"dispatcher|nurse|vet|trainer|coach|teacher|tutor|guide|instructor|cashier|team|community")
_ROLE_PAREN = re.compile(rf"(?<![\w\-])(?i:{_DESKS})[ \t]*\((?-i:({_NAME}(?:[ \t]{_NAME})?))"
                         r"(?:[ \t]*,[ \t]*[^()\n]{1,30})?\)")
_PAREN_ROLE = re.compile(rf"\((?-i:({_NAME}(?:[ \t]{_NAME})?))[ \t]*,[ \t]*(?:[\w'’\-]+[ \t]+){{0,3}}"
                         rf"(?i:{_DESKS}|team|lead|coordinator|manager)\)")


# a name spelt out on a call, after a spelling cue: "that's K-O-V-A-C-S", "spelled o-k-a-f-o-r",
# "es con B-E-R-G", "c'est D.U.P.O.N.T"; or five letters and more joined by hyphens anywhere
_SPELL_CUE = (r"spelt|spelled|spelling|spell(?:s|ing)?(?:[ \t]+it)?|that'?s|thats|it'?s|its|as in|"
              r"buchstabiert|c'est|ça s'écrit|se escribe|si scrive|es con|mit|with|con|avec")
_LETTERS = r"[^\W\d_](?:[ \t]*[-–.][ \t]*[^\W\d_]|[ \t][^\W\d_](?![^\W\d_])){2,24}"
_SPELT = re.compile(rf"(?i)(?<![\w'])(?:{_SPELL_CUE})[ \t,:]+({_LETTERS})(?![\w\-])")
_HYPHEN_LETTERS = re.compile(r"(?<![\w\-])([A-ZÀ-ÞĀ-Ž](?:-[A-ZÀ-ÞĀ-Ž]){4,24}|[a-zà-ÿ](?:-[a-zà-ÿ]){4,24})(?![\w\-])")


# letters spelt out one by one, in capitals or not, joined by hyphens or single blanks: "H-A-N",
# "T K A C H U K", "m-i-r-a-m-o-n-t-e-s"
_SPELLING = re.compile(r"(?<![\w\-])([A-Za-zÀ-ÿ](?:(?:-| )[A-Za-zÀ-ÿ]){2,24})(?![\w\-])")


def _spelt_echoes(text: str) -> list[Span]:
    """A word the call spells out letter by letter is a name: the spelling and every mention of
    the word ("caller: it s tkachuk … no tkachuk T-K-A-C-H-U-K … agent: T K A C H U K")."""
    out: list[Span] = []
    for m in _SPELLING.finditer(text):
        letters = m.group(1).replace("-", "").replace(" ", "")
        if len(letters) < 3 or not (letters.isupper() or letters.islower()):
            continue
        word = re.compile(rf"(?i)(?<![\w\-]){re.escape(letters)}(?![\w\-])")
        mentions = [w for w in word.finditer(text) if not (m.start(1) <= w.start() < m.end(1))]
        if not mentions:
            continue
        out.append((m.start(1), m.end(1), CONTEXT))
        out += [(w.start(), w.end(), CONTEXT) for w in mentions]
    return out


def _spelt_names(text: str) -> list[Span]:
    out: list[Span] = _spelt_echoes(text)
    for m in _SPELT.finditer(text):
        letters = [c for c in m.group(1) if c.isalpha()]
        if len(letters) >= 3:
            out.append((m.start(1), m.end(1), CONTEXT))
    taken = [(a, b) for a, b, _ in out]
    for m in _HYPHEN_LETTERS.finditer(text):
        if not any(a < m.end(1) and m.start(1) < b for a, b in taken):
            out.append((m.start(1), m.end(1), CONTEXT))
    return out


_EMAIL = re.compile(r"(?<![\w.+\-])([\w.+\-]{2,64})@[\w\-]+(?:\.[\w\-]+)+")
# (blanks, not tabs: "Lorenzo\tColombo" are two cells, each found under its own column)
_PAIR = re.compile(r"(?<![\w@.'’\-])([^\W\d_]{2,}[’']?[^\W\d_]*) +(?:(?:dos|das|da|de|del|van|von|der|le|la|al|el|bin|binti) +)?"
                   r"([^\W\d_]{2,}[’']?[^\W\d_]*)(?![\w@'’\-])")
_LOCAL_SPLIT = re.compile(r"[._+\-\d]+")
_NO_ONE = frozenset("""info sales support team help hello contact admin office orders order billing accounts news
service services customer care enquiries reply noreply booking bookings events press marketing hr jobs""".split())


def _email_echoes(text: str) -> list[Span]:
    """A name next to an e-mail address that spells it: "destiny wilson · wilson_destiny@…",
    'owner = "victoria smith"\nowner_email = vsmith@…' (any case; within 160 characters)."""
    out: list[Span] = []
    known = first_names_all()
    for em in _EMAIL.finditer(text):
        local = em.group(1).lower()
        parts = {p for p in _LOCAL_SPLIT.split(local) if p}
        joined = _LOCAL_SPLIT.sub("", local)
        lo, hi = max(0, em.start() - 160), min(len(text), em.end() + 160)
        for m in _PAIR.finditer(text, lo, hi):
            a, b = m.group(1).lower(), m.group(2).lower()
            if a in _NO_ONE or b in _NO_ONE or a in STOP or b in STOP or a in ROLES or b in ROLES:
                continue
            if not (a in known or b in last_names_all() or b in known):
                continue
            spelt = ({a, b} <= parts or joined in (a + b, b + a, a[0] + b, b + a[0], a + b[0])
                     or (len(b) > 3 and a[0] + b in parts))
            if spelt:
                out.append((m.start(1), m.end(2), CONTEXT))
    return out


# a note's lower-case name before what they said or did: "comment: glenn says the address is wrong"
_SAYS = re.compile(r"(?:^|(?<=[:\-–—>])|(?<=[:\-–—>] )|(?<=\band )|(?<=\bbut ))([a-zà-ÿ][a-zà-ÿ'’\-]{2,20})[ \t]+"
                   r"(?:says|said|asked|asks|wants|wanted|called|rang|mentioned|confirmed|reported|thinks|"
                   r"promised|agreed|emailed|texted)\b", re.M)


# a row of dash- or bar-separated fields whose field before the phone number is a name:
# "Do 14:36 — Tariq — 0152/45162627 — Balayage", "15:00 — LEWANDOWSKA — 0711/322628"
# (the normaliser has folded the dashes to "-" by then)
_ROW_NAME = re.compile(r"(?:^|(?<=[—–|-] )|(?<=[—–|]))[ \t]*([A-ZÀ-ÞĀ-Ž][\w'’]+(?:[ \t][A-ZÀ-ÞĀ-Ž][\w'’]+){0,2})"
                       r"[ \t]+[—–|-][ \t]+(?=\+?\(?\d[\d ()/.\-]{6,18}\d(?![\d\w]))", re.M)


# a log line's caller in capitals between its time and the phone number: "07:14 LO BIANCO 011 2856
# 270 — 2 margherite", "15:22 CONTI 347 392 7430"
_TIMED_CAPS = re.compile(r"(?m)^[ \t]*\[?\d{1,2}[:.h]\d{2}\]?[ \t]+"
                         r"([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+(?:[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+){0,2})"
                         r"[ \t]+(?=\+?\(?\d[\d ()/.\-]{6,18}\d(?![\d\w]))")
# a booking row's last field, the person who serves it: "… — Balayage bei Summer", "… — root
# touch-up w/ Rose", "… — corte con Ximena" (the row has a time or a phone number)
_SERVED_BY = re.compile(r"(?m)(?:^|[ \t])(?:w/|with|bei|con|avec|chez|met|mit)[ \t]+"
                        r"([A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’\-]+)[ \t]*$")
_ROW_CUE = re.compile(r"\d{1,2}:\d{2}|\d[\d /\-]{6,}\d")


def _row_names(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    anyl = any_language()
    for m in list(_ROW_NAME.finditer(text)) + list(_TIMED_CAPS.finditer(text)):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        if any(w in STOP or w in ROLES or w in _MONTHS_DAYS or english_zipf(w) >= 4.3 for w in lows):
            continue  # "| Sales | 0800 …", "Office — 0207 …": a desk, not a person
        # a time, capitals, a phone number: the caller, even "KOÇ"
        caps = m.re is _TIMED_CAPS or (m.group(1).isupper() and len(m.group(1)) >= 3)
        if caps or all(_is_first(v, ol) or _is_last(v, ol) or _rare(v, anyl) for v in words):
            out.append((m.start(1), m.end(1), CONTEXT))
    places = countries_or_places()
    for m in _SERVED_BY.finditer(text):
        w = m.group(1)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _ROW_CUE.search(text, line_start, m.start()):
            continue
        if w.lower() in STOP or w.lower() in ROLES or w.lower() in _MONTHS_DAYS or w.casefold() in places:
            continue
        if w.lower() in first_names_all() or _rare(w, anyl):
            out.append((m.start(1), m.end(1), CONTEXT))
    return out


def find_related_names(text: str) -> list[Span]:
    ol = other_language(text)
    out: list[Span] = []
    if "@" in text:
        out += _email_echoes(text)
    if "," in text:
        for m in _APPOSED.finditer(text):
            if m.group(1).lower() not in STOP and m.group(1).lower() not in ROLES:
                out.append((m.start(1), m.end(1), CONTEXT))
        out += _lower_lists(text, ol)
    for m in _KIN_NAMED.finditer(text):
        w = m.group(1)
        if w.lower() not in STOP and (_is_first(w, ol) or _is_last(w, ol) or w.lower() in last_names_all()
                                      or _rare(w, ol)):
            out.append((m.start(1), m.end(1), CONTEXT))
    if " - " in text or "—" in text or "–" in text or "|" in text or ":" in text:
        out += _row_names(text, ol)
    if "-" in text or "." in text or " " in text:
        out += _spelt_names(text)
    if "(" in text:
        for rx in (_ROLE_PAREN, _PAREN_ROLE):
            for m in rx.finditer(text):
                w = m.group(1)
                if w.lower() not in STOP and w.lower() not in ROLES and w.lower() not in _MONTHS_DAYS \
                        and w.casefold() not in countries_or_places():
                    out.append((m.start(1), m.end(1), CONTEXT))
    for m in _SAYS.finditer(text):
        if low_given(m.group(1)):
            out.append((m.start(1), m.end(1), CONTEXT))
    if any(c in _VI_CHARS for c in text):
        places = countries_or_places()
        for m in _VI_PRONOUN.finditer(text):
            if m.group(1).casefold() not in places and m.group(1).lower() not in STOP:
                out.append((m.start(1), m.end(1), CONTEXT))
    return out


_LIST_ITEM = re.compile(_LW)
_CONJUNCTIONS = frozenset("and & und et y e en och og i".split())


def _lower_lists(text: str, ol: OtherLanguage) -> list[Span]:
    out: list[Span] = []
    given = first_names_all()
    for m in _LOWER_LIST.finditer(text):
        items = [w for w in _LIST_ITEM.finditer(m.group(1)) if w.group() not in _CONJUNCTIONS]
        lows = [w.group().lower() for w in items]
        if len(items) < 3 or not all(w in given and w not in STOP and w not in ol.function for w in lows):
            continue
        if sum(english_zipf(w) < 3.5 for w in lows) < 2:
            continue  # "rose, grace and hope" of a florist's note: words first
        out += [(m.start(1) + w.start(), m.start(1) + w.end(), CONTEXT) for w in items]
    return out
