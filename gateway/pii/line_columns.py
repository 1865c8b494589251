"""Names in a book's column: the same field of the lines of a ledger, a waitlist or a day sheet.

A barber's walk-in board, a heel bar's collection book, a salon's day sheet and a table plan write
one booking a line, with the same fields in the same order ("2 callum - hot towel shave - 07711
826562", "#5630  Thistlewood  heels x2  £45  owes", "T3 18:30 x4 Nguyen – vegan x2"). Where most
lines' field at one place is a found name, that field of the other lines is a name too if it reads
like one (letters, one to three words, no digits), in whatever case the board was written: a
listed name in lower case ("callum"), a surname in capitals ("ABERNETHY"), a name no list holds
("Thistlewood").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from gateway.pii.gazetteers import OtherLanguage, english_zipf, first_names_all
from gateway.pii.list_mates import SpanIndex
from gateway.pii.names import _any_name as _known_name
from gateway.pii.names import drop_guess
from gateway.pii.normalize import Normalized
from gateway.pii.tables import column_type

Span = tuple[int, int]

# what a line may open with before its first field: a number or a bullet, a table, a time, a party
# size, a title ("1 ", "3. ", "#5630 ", "T21 18:30 x8 ", "MR ")
_LEAD = re.compile(r"[ \t]*(?:(?:#?\d{1,6}[.)]?|[-•*▪·]|T\d{1,3})[ \t]+)?(?:\d{1,2}[:.h]\d{2}[ \t]+)?"
                   r"(?:x\d{1,2}[ \t]+)?(?:(?:MR|MRS|MS|DR|Mr|Mrs|Ms|Dr|Sr|Sra|Mme|M)\.?[ \t]+)?")
# the fields' separators: a dash or a bar between spaces, a tab, a run of blanks
_FIELD_GAP = re.compile(r"[ \t]+[–—\-|][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]{2,}")
_NAME_SHAPE = re.compile(r"[^\W\d_][\w'’.\-]*(?:[ ][^\W\d_][\w'’.\-]*){0,2}")
_MAX_LINE = 300


def _fields(text: str, start: int, end: int) -> list[Span]:
    lead = _LEAD.match(text, start, end)
    pos = lead.end() if lead else start
    out: list[Span] = []
    for gap in _FIELD_GAP.finditer(text, pos, end):
        if gap.start() > pos:
            out.append((pos, gap.start()))
        pos = gap.end()
        if len(out) >= 12:
            return out
    if end > pos:
        out.append((pos, end))
    return out


def _blocks(text: str) -> list[list[list[Span]]]:
    """Runs of three or more lines of two or more fields each, line by line their fields."""
    blocks: list[list[list[Span]]] = []
    run: list[list[Span]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        fields = _fields(text, start, start + len(line)) if 0 < len(line) <= _MAX_LINE else []
        if len(fields) >= 2:
            run.append(fields)
            continue
        if len(run) >= 3:
            blocks.append(run)
        run = []
    if len(run) >= 3:
        blocks.append(run)
    return blocks


def _reads_as_name(value: str, language: OtherLanguage) -> bool:
    if not _NAME_SHAPE.fullmatch(value) or column_type(value) is not None:
        return False  # (a header's cell: "Pos", "AWB", "parent")
    words = value.split()
    if value.islower():
        return words[0] in first_names_all() and words[0] not in language.function and \
            all(_known_name(w, language) for w in words)  # "callum", "mercy nguyen"; not "spring drop"
    if all(_known_name(w, language) for w in words):
        return True  # "KWAME", "O'Neill"
    # a name no list holds, written as names are: capitalised or in capitals, no ordinary word
    # ("FEATHERSTONEHAUGH" in a book in capitals; not "TONIGHT FRI", "PAX")
    if value.isupper():
        return all(len(w) >= 4 and english_zipf(w.lower()) < 3.5 and w.lower() not in language.ordinary
                   and w.lower() not in language.function for w in words)
    return all(w[:1].isupper() for w in words) and not drop_guess(value, language)


def _listed(value: str, language: OtherLanguage) -> bool:
    words = value.split()
    return 0 < len(words) <= 3 and all(_known_name(w, language) for w in words)


def column_names(norm: Normalized, persons: list[Span], taken: SpanIndex, language: OtherLanguage) -> list[Span]:
    """The unfound fields of a column whose other fields are mostly found names (offsets in the
    normalised text; the fields are read in the original, whose runs of blanks part them)."""
    text = norm.text
    if text.count("\n") < 2:
        return []
    found = SpanIndex(persons)
    out: list[Span] = []
    for original_block in _blocks(norm.original):
        block = [[(bisect_left(norm.starts, a), bisect_left(norm.starts, b)) for a, b in line]
                 for line in original_block]
        # the lines of the block's own shape: not a title or a header of another width ("PNR
        # UMGNSO  Flight KL8978" over a manifest's rows), nor a header row ("# | AWB | Name")
        widths = Counter(len(f) for f in block)
        usual = widths.most_common(1)[0][0]
        block = [f for f in block if abs(len(f) - usual) <= 1
                 and sum(column_type(text[a:b]) is not None for a, b in f) * 2 < len(f)]
        if len(block) < 3:
            continue
        # a header row among them ("Pos  Player  Gross", "| Zone | Sat | Sun |"): a column's word
        # in a row with no found name
        block = [f for f in block if not (any(column_type(text[a:b]) is not None for a, b in f)
                                          and not any(found.touches(a, b) for a, b in f))]
        if len(block) < 3:
            continue
        width = max(len(f) for f in block)
        for k in range(width):
            cells = [f[k] for f in block if len(f) > k]
            # a found name that fills the cell, or most of it ("Aisha O'Neill" of "Aisha O'Neill")
            named = [c for c in cells if any(a <= c[0] + 1 and c[1] - 1 <= b or (c[0] <= a and b <= c[1] and
                                                                                2 * (b - a) >= c[1] - c[0])
                                             for a, b in found.overlapping(*c))]
            # (a listed name counts toward the column, in any case: a board in capitals and lower
            # case, "RHYS", "kofi", "Chowdhury", where the finders took a name or two)
            found_here = set(named)  # (a set: a pasted book holds thousands of lines)
            listed = [c for c in cells if c not in found_here and _listed(text[c[0]:c[1]], language)]
            if not named or len(named) + len(listed) < max(2, 0.4 * len(cells)):
                continue
            # the column reads as names all down (a first line that does not is its header:
            # "Collection book – heel bar"), so a list of products with a colour found is none
            shaped = [c for c in cells if c in found_here or _reads_as_name(text[c[0]:c[1]], language)]
            body = cells[1:] if cells[0] not in shaped else cells
            if 4 * len(shaped) < 3 * len(body):
                continue
            # (the block's first line is often its title or header, "Reformer Pilates – Saturday –
            # WAITLIST", "St Anne's volunteer rota – Summer": nothing is taken from it)
            first = block[0]
            out += [c for c in shaped if c not in found_here and not taken.touches(*c) and c not in first]
    return out
