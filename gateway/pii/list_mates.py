"""Names in a list of names: the items that sit between found names on one line.

A seating plan, a guest list or an obituary names people one after another ("Table 1: Will Brown
& Ana Ruiz, Zhang Wei & Mr Okafor"); the rules and the model find most of them, and an item no
rule covers is, by its company, a name too ("Will Brown" is two ordinary words). An item counts
only if it reads like a name (capitalised words, initials, particles, no digits), and only in a
list where at least two other items are found names (or, in a pair "Rose and Ana", if it is a
known name itself).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from gateway.pii.gazetteers import OtherLanguage
from gateway.pii.names import _any_name as _known_name
from gateway.pii.names import drop_guess
from gateway.pii.names import _CLOSING_ONLY as _CLOSING

# what joins the items of a list; "e", "y", "i" only lower-case and spaced ("Ana e Luís")
_CONJUNCTION = re.compile(r"[ \t]*(?:&|\+|and|und|et|y|e|en|og|och|i|és|ve|dan|và)[ \t]*")
# (tried only where a run of blanks starts, and possessive: a long run of spaces costs one pass)
_SEPARATOR = re.compile(r"(?<![ \t])(?:[ \t]*+[,;&+]|[ \t]++(?:and|und|et|y|e|en|og|och|i|ou|oder|or|o|ja|és|ve|dan|và)(?=[ \t]))"
                        r"[ \t]*+")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|M|Herr|Frau|Sr|Sra|Srta|Sig|Sig\.ra|Dott|"
                    r"Hr|Fr|Pan|Pani|Dhr|Mevr|Rev|Sir|Dame|Lady|Lord)\.?$")
_PARTICLES = frozenset("van der den de da das do dos di du del della la le von zu bin binti bint al el "
                       "ibn ter ten af av".split())
# an item that starts with one names a thing ("The Jack & Jill range", "Our Ember")
_DETERMINERS = frozenset("the a an our your their this these that my his her its le la les el los "
                         "las il lo gli der die das ein eine het een ons onze".split())
_CAP_WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?$")
_INITIAL = re.compile(r"[^\W\d_]\.$")

Span = tuple[int, int]


class SpanIndex:
    """Spans sorted by start, to ask which of them overlap a range in O(log n) (a pasted sheet of
    thousands of rows holds thousands of names)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)
        self.reach = list(accumulate((b for _, b in self.spans), max))  # furthest end so far

    def overlapping(self, a: int, b: int) -> list[Span]:
        lo = bisect_left(self.starts, a - self.longest)
        hi = bisect_left(self.starts, b)
        return [sp for sp in self.spans[lo:hi] if sp[1] > a]

    def touches(self, a: int, b: int) -> bool:
        # O(log n) however long a span is (an address or a cell among the others)
        hi = bisect_left(self.starts, b)
        return hi > 0 and self.reach[hi - 1] > a


class DisjointSpans:
    """Spans that never overlap one another, added one at a time (the resolver's kept detections):
    which of them overlap a range, in O(log n) plus the answer, however many a pasted sheet holds."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []  # sorted too: the spans are disjoint

    def overlapping(self, a: int, b: int) -> list[Span]:
        out: list[Span] = []
        i = bisect_left(self.starts, b) - 1
        while i >= 0 and self.ends[i] > a:
            out.append((self.starts[i], self.ends[i]))
            i -= 1
        return out

    def add(self, a: int, b: int) -> None:
        k = bisect_left(self.starts, a)
        self.starts.insert(k, a)
        self.ends.insert(k, b)


# a sentence ends after a word of two letters or more ("Minh. Service", not "H. w. Choi")
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])[ \t]+")


def _items(line: str, base: int) -> list[list[Span]]:
    """The list items of each sentence of a line (absolute offsets), after any "Label:" head."""
    head = line.rfind(": ")
    start = head + 2 if head >= 0 else 0
    lists: list[list[Span]] = []
    for sentence in _SENTENCE_END.split(line[start:]):
        at = line.index(sentence, start)
        start = at + len(sentence)
        items, pos = [], at
        for m in _SEPARATOR.finditer(line, at, at + len(sentence)):
            items.append((base + pos, base + m.start()))
            pos = m.end()
        items.append((base + pos, base + at + len(sentence.rstrip())))
        lists.append([(a, b) for a, b in items if b > a])
    return lists


def _name_part(text: str, a: int, b: int, last: bool) -> tuple[Span, bool] | None:
    """The stretch of an item that reads as a name, titles dropped, and whether lower-case words
    led into it ("mother of Frank"); the last item may run on ("Ana were rude")."""
    words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]

    def capital(k: int) -> bool:
        w = text[words[k][0]:words[k][1]]
        return w[0].isupper() or bool(_INITIAL.match(w)) or w in _PARTICLES

    i = len(words)  # the capitalised run at the end
    while i > 0 and capital(i - 1):
        i -= 1
    led = 0 < i < len(words)
    if led:
        words = words[i:]
    elif last:  # the capitalised run at the start
        j = 0
        while j < len(words) and capital(j):
            j += 1
        if 0 < j < len(words):
            words = words[:j]
    while words and _TITLE.match(text[words[0][0]:words[0][1]]):
        words = words[1:]
    if not words or len(words) > 5:
        return None
    toks = [text[s:e] for s, e in words]
    if any(c.isdigit() or c in "@<>#/()[]{}=_|" for t in toks for c in t):
        return None
    if not all(_CAP_WORD.match(t) for t in toks) or \
            not any(len(t.rstrip(".")) > 1 and t[0].isupper() for t in toks):
        return None
    s, e = words[0][0], words[-1][1]
    if text[e - 1] in ".,;:!?" and not _INITIAL.match(toks[-1]):
        e -= 1
    return (s, e), led


def list_mates(text: str, person_spans: list[Span], other_spans: list[Span],
               language: OtherLanguage) -> list[Span]:
    """Items of name lists that nothing found, and found items that were found only in part
    ("Will <Brown>"): their whole spans, to replace what lies inside them."""
    persons, others = SpanIndex(person_spans), SpanIndex(other_spans)
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        base, pos = pos, pos + len(line) + 1
        if not persons.touches(base, base + len(line)):
            continue
        for items in _items(line, base):
            if len(items) >= 2:
                out += _mates(text, items, persons, others, language)
    return out


def _mates(text: str, items: list[Span], persons: SpanIndex, others: SpanIndex,
           language: OtherLanguage) -> list[Span]:
    hit = [persons.touches(a, b) for a, b in items]
    other = [others.touches(a, b) for a, b in items]
    found = sum(hit)
    out: list[Span] = []
    for k, (a, b) in enumerate(items):
        got = None if other[k] else _name_part(text, a, b, k == len(items) - 1)
        if got is None:
            continue
        part, led = got
        span = text[part[0]:part[1]]
        if span.split()[0].rstrip(".").lower() in _DETERMINERS or _CLOSING.match(span):
            continue  # "The Jack & Jill range", "Love, Ciarán & Seo-yeon"
        named = _named(span)
        known = _reads_as_name(span, language, strict=True)
        if hit[k]:
            # "Will <Brown>": the whole item, if the find lies inside it and each word around
            # it is a name too
            inside = persons.overlapping(a, b)
            if found >= 2 and not led and known and part != inside[0] and \
                    all(part[0] <= ps and pe <= part[1] for ps, pe in inside):
                out.append(part)
        elif found >= 2 and len(items) >= 3:
            # a lone word must be a known name ("Frank", not "Sonnenschirme"), and so must a
            # name after lower-case words ("mother of Frank")
            if known or (not led and len(named) > 1 and not drop_guess(span, language)):
                out.append(part)
        elif len(items) == 2 and found == 1 and known and _CONJUNCTION.fullmatch(text, items[0][1], items[1][0]):
            out.append(part)  # a pair joined by "and"/"&" ("Rose and Ana were rude")
    return out


# the cells of a pasted sheet or a printed list: tabs, two or more spaces, pipes, semicolons
_BULLET = re.compile(r"[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+(?=\S)")
_CELL_SPLIT = re.compile(r"\t|[ ]{2,}+|[ \t]*+[|;·][ \t]*+")


def column_mates(text: str, person_spans: list[Span], other_spans: list[Span],
                 language: OtherLanguage) -> list[Span]:
    """Cells of a column of names that nothing found: rows of the same shape (three or more) whose
    column holds found names in at least two rows and in two of five of its name-like cells
    ("CHAVEZ\\tTonya\\tband red-296" above "SUTRISNO\\t\\tband black-840")."""
    persons, others = SpanIndex(person_spans), SpanIndex(other_spans)
    rows: list[list[Span]] = []
    out: list[Span] = []
    pos = 0
    for line in text.split("\n") + [""]:
        base, pos = pos, pos + len(line) + 1
        bullet = _BULLET.match(line)  # "- Dmitri | 8 Apr | tier Gold": the name cell is "Dmitri"
        cells, at = [], bullet.end() if bullet else 0
        for m in _CELL_SPLIT.finditer(line, at):
            cells.append((base + at, base + m.start()))
            at = m.end()
        cells.append((base + at, base + len(line.rstrip())))
        if rows and (len(cells) != len(rows[-1]) or len(cells) < 2):
            out += _column_names(text, rows, persons, others, language)
            rows = []
        if len(cells) >= 2:
            rows.append(cells)
    return out


def _column_names(text: str, rows: list[list[Span]], persons: SpanIndex, others: SpanIndex,
                  language: OtherLanguage) -> list[Span]:
    if len(rows) < 3:
        return []
    columns = []  # per column: (found in how many cells, the unfound cells' name parts)
    for col in range(len(rows[0])):
        cells = [r[col] for r in rows if r[col][1] > r[col][0]]
        hit = [persons.touches(a, b) for a, b in cells]
        parts = [None if h or others.touches(a, b) else _name_part(text, a, b, False)
                 for (a, b), h in zip(cells, hit)]
        columns.append((sum(hit), [p for p, h in zip(parts, hit) if not h], len(cells)))
    names = [found >= 2 and 5 * found >= 2 * (found + sum(p is not None for p in parts))
             for found, parts, _ in columns]
    out: list[Span] = []
    for col, (found, parts, n) in enumerate(columns):
        spans = [p[0] for p in parts if p is not None and not p[1]]
        if names[col]:
            out += [sp for sp in spans if _reads_as_name(text[sp[0]:sp[1]], language, strict=False)]
        elif (col > 0 and names[col - 1]) or (col + 1 < len(columns) and names[col + 1]):
            # beside a column of names, a column of nothing but name-like words, most of them
            # known names, is the other half of each name ("SUTRISNO\tAgus", "HADDAD\tOmar")
            known = [sp for sp in spans if _reads_as_name(text[sp[0]:sp[1]], language, strict=True)]
            if found == 0 and len(spans) == n >= 3 and 2 * len(known) >= n:
                out += spans
    return out


def _named(span: str) -> list[str]:
    """The words of a name that can be looked up: no initials, no particles."""
    return [w.rstrip(".") for w in span.split() if len(w.rstrip(".")) > 1 and w.lower() not in _PARTICLES]


def _reads_as_name(span: str, language: OtherLanguage, strict: bool) -> bool:
    named = _named(span)
    if not named:
        return False
    known = all(_known_name(w, language) for w in named)
    return known if strict else known or not drop_guess(span, language)
