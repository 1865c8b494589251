"""Text normalisation for scanning, with a map back to the original offsets.

Obfuscation must not hide an email or a name from the recognizers: zero-width characters inside a
word, bidi controls, fullwidth or mathematical letters, Cyrillic/Greek look-alikes inside a Latin
word and odd spaces.
The scan runs on the normalised text; replacements are applied to the *original* text through
``Normalized.span`` so nothing else in the prompt changes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Zero-width, joiners, word joiner, BOM, soft hyphen, bidi embeddings/overrides/isolates, marks.
_DROP = set(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
)
# Common confusables that NFKC keeps (Cyrillic, Greek, Latin extensions) -> ASCII.
_HOMOGLYPHS = {
    # Cyrillic lower / upper
    "а": "a", "в": "b", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ү": "y", "ɡ": "g", "ℓ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ү": "Y",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
# Punctuation look-alikes used in emails / numbers: folded wherever they are
_PUNCT_GLYPHS = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2024": ".", "\u3002": ".", "\uff0e": ".", "\u2219": ".", "\u00b7": ".",
}


@dataclass
class Normalized:
    text: str
    starts: list[int]  # original index of each normalised char
    ends: list[int]  # original end index (exclusive) of each normalised char
    original: str

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised [start, end)."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _is_space(ch: str) -> bool:
    return ch != "\n" and (ch.isspace() or unicodedata.category(ch) == "Zs")


_WORD = re.compile(r"[^\W_]+")
_U_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_ZPL_FIELD = re.compile(r"\^FS|\^FO\d{1,5},\d{1,5}(?:\^A\w{0,3}(?:,\d{1,4}){0,2})?\^FD|\^FD")


def _spoofed(text: str) -> bytearray | None:
    """Where a Cyrillic or Greek look-alike sits inside a word that also has Latin letters
    ("mаria" with a Cyrillic "а"): a spoof, folded to ASCII. A word wholly in Cyrillic or Greek
    ("Дмитро", "Κατερίνα") is left as written: folding it gave "Дmиtpo", which no detector reads."""
    if not any(c in _HOMOGLYPHS for c in text):
        return None
    marks = bytearray(len(text))
    for m in _WORD.finditer(text):
        w = m.group()
        if any(c in _HOMOGLYPHS for c in w) and any("a" <= c <= "z" or "A" <= c <= "Z" for c in w):
            marks[m.start():m.end()] = b"\1" * len(w)
    return marks


def _column_gap(text: str, i: int, j: int) -> bool:
    """A run of plain blanks, three or more, between two characters of one line."""
    return j - i >= 3 and j < len(text) and text[j] not in "\r\n" and text[i:j].strip(" ") == ""


# a URL's or a form post's percent-encoded UTF-8 ("first_name=Jos%C3%A9", "%D9%81%D8%A7…"): the
# letters, each mapped back to its bytes (a "+" stays: a query value's parser reads the value whole,
# "address=Unit+3809%2C+Tower+A%2C+…")
_PERCENT_PAIR = re.compile(r"%[0-9A-Fa-f]{2}%[0-9A-Fa-f]{2}")  # (a letter beyond ASCII is two bytes or more)


_HEX_BYTE = re.compile(r"%([0-9A-Fa-f]{2})")


def _percent_letters(text: str, i: int) -> list[tuple[str, int, int]] | None:
    """The letters a run of %XX bytes at i spells (each with its original span), or None if the
    run is not UTF-8 for letters beyond ASCII (an encoded "@", "/" or space stays as written).
    Read letter by letter, so a long run of other bytes costs one look at each."""
    out: list[tuple[str, int, int]] = []
    pos = i
    while len(out) < 256:
        first = _HEX_BYTE.match(text, pos)
        if first is None:
            break
        b = int(first.group(1), 16)
        size = 2 if b >> 5 == 6 else 3 if b >> 4 == 14 else 4 if b >> 3 == 30 else 0
        if not size:
            break  # ASCII or a stray continuation byte
        raw = bytearray([b])
        end = first.end()
        for _ in range(size - 1):
            nxt = _HEX_BYTE.match(text, end)
            if nxt is None:
                break
            raw.append(int(nxt.group(1), 16))
            end = nxt.end()
        try:
            ch = raw.decode("utf-8")
        except UnicodeDecodeError:
            break
        if len(ch) != 1 or unicodedata.category(ch)[0] not in "LM":
            break
        out.append((ch, pos, end))
        pos = end
    return out or None


def normalize(text: str) -> Normalized:
    if text.isascii() and "  " not in text and "\t" not in text and "\\" not in text and "___" not in text \
            and "<br" not in text and "<BR" not in text and "^F" not in text \
            and not ("%" in text and _PERCENT_PAIR.search(text)):
        n = len(text)  # fast path: nothing to do (most prompts)
        return Normalized(text, list(range(n)), list(range(1, n + 1)), text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    spoofed = _spoofed(text)
    percent = "%" in text and _PERCENT_PAIR.search(text) is not None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        j = i + 1
        if ch in _DROP or unicodedata.category(ch) == "Cf":
            i = j
            continue
        if ch == "\\" and j < n and text[j] == "u" and (esc := _U_ESCAPE.match(text, i)):
            # a JSON payload's escaped letters ("Let\\u00edcia", "\\u0ba4\\u0bbf…") are the letters
            # to the detectors, each mapped back to its six characters
            cp, end = int(esc.group(1), 16), esc.end()
            low = _U_ESCAPE.match(text, end) if 0xD800 <= cp < 0xDC00 else None
            if low and 0xDC00 <= int(low.group(1), 16) < 0xE000:
                cp, end = 0x10000 + ((cp - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00), low.end()
            if cp >= 0x80 and not 0xD800 <= cp < 0xE000 and unicodedata.category(chr(cp))[0] in "LMNPS":
                out.append(chr(cp))
                starts.append(i)
                ends.append(end)
                i = end
                continue
        if ch == "%" and percent and (letters := _percent_letters(text, i)):
            for letter, a, b in letters:
                out.append(letter)
                starts.append(a)
                ends.append(b)
            i = letters[-1][2]
            continue
        if ch == "\\" and j < n and text[j] in "ntr":
            # A JSON/escaped newline ("Dear Maria,\\nThanks" in tool-call arguments) separates
            # words like a real one; without this "nThanks" hides the name before it. It is a line
            # break to the detectors ("Björkbacken 52 B\\n722 12 VÄSTERÅS" is two address lines).
            out.append("\n" if text[j] == "n" else " ")
            starts.append(i)
            ends.append(j + 1)
            i = j + 1
            continue
        if ch == "^" and (zpl := _ZPL_FIELD.match(text, i)):
            # a ZPL label's field commands ("^FO50,120^FDVASAVÄGEN 47^FS"): the field's text is a
            # line of its own, so the address and the name read as they print
            if zpl.group() != "^FS" or not text.startswith(("\n", "\r\n"), zpl.end()):
                out.append("\n" if zpl.group() == "^FS" else " ")
                starts.append(i)
                ends.append(zpl.end())
            i = zpl.end()
            continue
        if ch == "<" and text.startswith(("<br>", "<br/>", "<br />", "<BR>"), i):
            # an HTML line break inside an address or a signature ("Flat 12<br>South B<br>Nairobi")
            # is a line break to the detectors
            j = text.index(">", i) + 1
            while j < n and text[j] in " \r\n":  # "<br/>\n" is one line break, not two
                j += 1
            out.append("\n")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        if ch == "\\" and j < n and text[j] in ",;":
            # a calendar invite escapes its commas ("LOCATION:Flat 6\\, 126 Bramble Way\\, Glasgow"):
            # to the detectors it is the comma it stands for
            out.append(text[j])
            starts.append(i)
            ends.append(j + 1)
            i = j + 1
            continue
        if ch == "_" and text.startswith("___", i):
            # a form's blank line ("SIGNATURE: ____KOWALSKI____") is space around the words
            # written on it; one or two underscores stay (snake_case keys, e-mail addresses)
            while j < n and text[j] == "_":
                j += 1
            if out and out[-1] == " ":
                ends[-1] = j
            else:
                out.append(" ")
                starts.append(i)
                ends.append(j)
            i = j
            continue
        if ch == "\t":
            # a tab stays a tab, one for one: it separates the cells of a pasted TSV row (an
            # empty cell is two tabs), which the table, address and phone detectors must not
            # read as one line of words
            out.append("\t")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        if _is_space(ch):
            while j < n and text[j] != "\t" and (_is_space(text[j]) or text[j] in _DROP):
                j += 1
            if out and out[-1] == " ":  # collapse with a preceding space
                ends[-1] = j
            elif _column_gap(text, i, j) and out and out[-1] not in "\n\t":
                # three blanks or more inside a line part the columns of a fixed-width report or
                # an OCR'd form ("BRANNIGAN, Niamh           336   4"): a cell border, as a tab is
                out.append("\t")
                starts.append(i)
                ends.append(j)
            else:
                out.append(" ")
                starts.append(i)
                ends.append(j)
            i = j
            continue
        # A base character with its combining marks normalises as one unit.
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j])
        if spoofed is not None and spoofed[i]:
            piece = "".join(_HOMOGLYPHS.get(c, c) for c in piece)
        piece = "".join(_PUNCT_GLYPHS.get(c, c) for c in piece)
        for c in piece:
            if _is_space(c):
                c = " "
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalized("".join(out), starts, ends, text)
