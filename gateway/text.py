"""Sentence boundaries, in one place: the checks' sentence pieces and the output hold-back.

No tokenizer: marketing copy and chat turns end sentences with . ! ? or an ellipsis (maybe
followed by closing quotes or brackets) before whitespace, or with a line break (list items,
sign-offs). The PII analyzer's cache segments use a stricter end (``SEGMENT_END``): it must
never split inside a name such as "Prof. Ada Byron".
"""

from __future__ import annotations

import re
from typing import Iterator

# A sentence ends at . ! ? or an ellipsis (with closing quotes/brackets) before whitespace, or
# at a line break.
SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+|\n+")
# Where the PII analyzer may cut a long text into cached segments: a stricter end (three
# lower-case letters before the stop), so "Dr. Smith", "J. Doe" or "Prof. Ada Byron" stay whole.
SEGMENT_END = re.compile(r"(?<=[a-z]{3}[.!?])(?<!Prof\.)(?<!Capt\.)(?<!Sgt\.)\s+|\n+")
# Text with no boundary is released anyway past this many characters (one very long sentence
# must not hold a stream back forever).
MAX_HOLD = 400


# The checks' sentence pieces: . ! ? followed by space or a line break; closing quotes and
# brackets stay outside the piece (the trained classifiers were measured on pieces cut so).
_PIECE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence-ish piece of ``text``, without the separators."""
    pos = 0
    for m in _PIECE_END.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


class SentenceHold:
    """Streamed text in, whole sentences out: ``feed`` returns what may be released now (up to
    the last sentence end, or up to a space once ``MAX_HOLD`` characters wait); ``flush`` the
    rest."""

    def __init__(self, max_hold: int = MAX_HOLD) -> None:
        self.buffer = ""
        self.max_hold = max_hold
        self._scanned = 0  # boundaries before this offset were already looked for

    def add(self, text: str) -> None:
        self.buffer += text

    def feed(self, text: str) -> str:
        self.buffer += text
        cut = 0
        # only the new text (and a few characters before it) can hold a new boundary: scanning
        # the whole buffer on every token would be quadratic in a long sentence
        for m in SENTENCE_END.finditer(self.buffer, max(0, self._scanned - 4)):
            cut = m.end()
        self._scanned = len(self.buffer)
        if not cut and len(self.buffer) > self.max_hold:
            cut = self.buffer.rfind(" ") + 1 or len(self.buffer)
        if not cut:
            return ""
        part, self.buffer = self.buffer[:cut], self.buffer[cut:]
        self._scanned = len(self.buffer)
        return part

    def flush(self) -> str:
        part, self.buffer, self._scanned = self.buffer, "", 0
        return part


class TextBuffer:
    """A growing text made of many small pieces (stream tokens), kept compact.

    A list of one ``str`` per token costs ~55 bytes a token on top of the text (object header,
    list slot): a 20 MB answer in 4-character tokens held three times over (delivered, marked,
    restored) was most of a gigabyte. Pieces are joined ``GROUP`` at a time, so the overhead is a
    few bytes per group, and each byte is copied once more than it would be anyway (not
    quadratic: only the newest group is joined)."""

    GROUP = 256
    __slots__ = ("_groups", "_pending", "size")

    def __init__(self) -> None:
        self._groups: list[str] = []
        self._pending: list[str] = []
        self.size = 0  # characters

    def append(self, text: str) -> None:
        if not text:
            return
        self._pending.append(text)
        self.size += len(text)
        if len(self._pending) >= self.GROUP:
            self._groups.append("".join(self._pending))
            self._pending.clear()

    def text(self) -> str:
        return "".join(self._groups) + "".join(self._pending)

    def __len__(self) -> int:
        return self.size
