"""Personal data in delimited tables (CRM exports pasted into a prompt), found by column header.

``first_name,last_name,phone,city`` followed by rows: every cell of a name column is a PERSON
whatever it looks like ("juhani", "O'Reilly"), every cell of a phone/e-mail/address column is
that type. Cheap: only texts with a header-like first line of 3+ cells are looked at.
"""

from __future__ import annotations

import re

_DELIMS = (",", ";", "\t", "|")
_COLUMN_TYPES = [  # header word -> entity (first match wins)
    (re.compile(r"(?i)e-?mail"), "EMAIL_ADDRESS"),
    (re.compile(r"(?i)phone|mobile|tel|cell|fax|handy|telefon"), "PHONE_NUMBER"),
    (re.compile(r"(?i)iban"), "IBAN_CODE"),
    (re.compile(r"(?i)ssn|social"), "US_SSN"),
    (re.compile(r"(?i)street|address|addr|adresse|anschrift|indirizzo"), "STREET_ADDRESS"),
    (re.compile(r"(?i)(?:^|[_ \-])?(?:first|last|given|family|sur|full|middle|maiden)?[_ \-]?name"
                r"(?!.*(?:company|brand|product|store|shop|file|user))|^(?:vorname|nachname|"
                r"nom|prénom|nombre|apellidos?|cognome|naam|imię|nazwisko|jméno|příjmení|"
                r"fornavn|efternavn|etternavn|förnamn|efternamn|etunimi|sukunimi|contact|"
                r"customer|recipient|owner|person)$"), "PERSON"),
]


def _column_type(header: str) -> str | None:
    h = header.strip().strip('"').strip()
    if not h or len(h) > 40:
        return None
    for rx, ent in _COLUMN_TYPES:
        if rx.search(h):
            return ent
    return None


def find_table_cells(text: str) -> list[tuple[str, int, int, float]]:
    """(entity, start, end, score) for cells under a personal-data column header."""
    if "\n" not in text or not any(d in text for d in _DELIMS):
        return []
    out: list[tuple[str, int, int, float]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        _, head = lines[i]
        delim = max(_DELIMS, key=head.count)
        cols = head.split(delim)
        types = [_column_type(c) for c in cols]
        if len(cols) < 3 or not any(types) or any(len(c) > 40 for c in cols):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j][1].strip():
            roff, row = lines[j]
            cells = _cells(row, delim)
            if len(cells) != len(cols):
                break
            for (a, b), ent in zip(cells, types):
                s, e = roff + a, roff + b
                while s < e and text[s] in ' "\'':
                    s += 1
                while e > s and text[e - 1] in ' "\'':
                    e -= 1
                if ent and e - s >= 2:
                    out.append((ent, s, e, 0.9))
            j += 1
        i = max(i + 1, j)
    return out


def _cells(row: str, delim: str) -> list[tuple[int, int]]:
    """Cell offsets of one row; a double-quoted cell may hold the delimiter (CSV quoting:
    '"4974 W 34th Street, Denver",…')."""
    out: list[tuple[int, int]] = []
    start, quoted, blank = 0, False, True  # blank: nothing but spaces since the cell began
    for k, ch in enumerate(row):
        if ch == '"' and (quoted or blank):
            quoted = not quoted
        elif ch == delim and not quoted:
            out.append((start, k))
            start, blank = k + 1, True
            continue
        if not ch.isspace():
            blank = False
    out.append((start, len(row)))
    return out
