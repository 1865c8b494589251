"""Restoring placeholders in model output, chunk by chunk, and catching new PII on the way.

Streaming rule: release everything except the shortest suffix that could still turn into
something we must rewrite (released text is final, and it is scanned on its own, so no entity may
straddle the cut):
  * a placeholder that has started (``<PERS``, ``<EMAIL_ADDRESS_1``, ``&lt;PERSON``, ``[PERSON``)
    or a bare one (``PERSON_1``, the model dropped the brackets) of a type the vault holds (a
    word such as ``person`` or ``email`` at the end of a chunk waits one chunk for its ``_1``
    only when the request had a person or an e-mail address);
  * when new-PII scanning is on, per scanned entity, only what that entity could still grow
    from: e-mail, the trailing run of address characters (``maria.lopez`` may meet its ``@`` in
    the next chunk; ``Subject:`` cannot, so it leaves at once); numbers (phone, card, SSN, IP),
    the unfinished digit token and the digit groups before it (``(212) 555-`` + ``0198``);
    IBAN, an open ``DE89 3704`` group run (letter groups included) or a lone country code; IPv6,
    a trailing hex group.
The hold-back is bounded (``MAX_HOLD``). With e-mail scanned, a word at the very end of a chunk
still waits for the next chunk (the model may add ``@``): about one token of time to first token
on tokenizers that put the space before a word; see docs/pii.md.

Mangled placeholders are restored when unambiguous: any case, spaces for underscores, spaces
inside the brackets, other brackets, HTML-escaped brackets, no brackets. The type must be one we
issue and the index must be in the vault: ``<PERSON_9>`` with no 9th person stays as written and
is never resolved to a neighbour's value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from gateway.pii.output_scan import scan
from gateway.pii.vault import Vault

MAX_HOLD = 64
_WS = re.compile(r"\s")
# "\u003c" is how some JSON encoders write "<" inside tool-call arguments.
_OPENERS = ("&lt;", "\\u003c", "\\u003C", "<", "[[", "[", "{{", "{")
_CLOSERS = r"(?:>|&gt;|\\u003[eE]|\]\]?|\}\}?)"
_BRACKETED = re.compile(
    r"(?:<|&lt;|\\u003[cC]|\[\[?|\{\{?)\s*(?P<t>[A-Za-z]+(?:[_ ]+[A-Za-z]+)*)[_ ]*(?P<n>\d{1,4})\s*"
    + _CLOSERS + r"?"
)


# What a scanned entity could still grow from, at the end of the buffer:
# an e-mail's run of address characters (local part, "@", domain);
_EMAIL_TAIL = re.compile(r"[\w.+\-@]+$")
# an IBAN: a country code alone ("DE"), or its check digits and the groups after them, letter
# groups included ("GB29 NWBK 6016");
_IBAN_TAIL = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}(?:\d{1,2}(?: ?[A-Z0-9]{1,4}){0,8})? ?$")
# an IPv6 address: hex groups and colons ("fe80:12" or a word such as "cafe" before its ":").
_HEX_TAIL = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*[0-9A-Fa-f]{1,4}:?$|(?<![\w:])[0-9A-Fa-f]{0,4}:$")
_NUMERIC = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS"})
# a token that may be (the start of) a number: a digit, or an opening "(" / "+"
_NUMBERISH = re.compile(r"\d|[(+]$")


def _number_cut(buf: str, base: int, word: int) -> int:
    """The unfinished last token if it may be (part of) a number, and the digit groups before
    it that a phone or card number may continue across spaces: ``(212) 555-`` + ``0198``.
    ``word``: where the last token starts, or earlier."""
    n = len(buf)
    if word < n and not _NUMBERISH.search(buf, word):
        return n  # a word with no digit: no number grows from it
    ws = [m.start() for m in _WS.finditer(buf, base)]
    start = ws[-1] + 1 if ws else base
    if start < n and not _NUMBERISH.search(buf, start):
        return n
    k = len(ws) - 1
    while k >= 0 and n - start < MAX_HOLD:
        prev_end = ws[k]
        prev_start = ws[k - 1] + 1 if k > 0 else base
        token = buf[prev_start:prev_end]
        nxt = buf[start:n] if start < n else ""
        joins = token and (token[-1].isdigit() or token[-1] in ")-.") and (
            not nxt or nxt[0].isdigit() or nxt[0] in "(+-")
        if not joins:
            break
        start = prev_start
        k -= 1
    return start


def _norm_type(t: str) -> str:
    return re.sub(r"[_ ]+", "_", t.strip()).upper()


@dataclass
class RestoreStats:
    restored: int = 0
    unresolved: int = 0
    redacted: dict[str, int] = field(default_factory=dict)
    blocked: list[str] = field(default_factory=list)


class Restorer:
    """Streaming restore + new-PII scan for one output channel."""

    def __init__(self, vault: Vault, types: Iterable[str], *, json_mode: bool = False,
                 scan_entities: Iterable[str] = (), output_action: str = "redact",
                 stats: RestoreStats | None = None) -> None:
        self.vault = vault
        self.types = sorted({t.upper() for t in types}, key=len, reverse=True)
        self._type_set = set(self.types)
        self.json_mode = json_mode
        self.scan_entities = tuple(scan_entities) if output_action != "keep" else ()
        self.output_action = output_action
        self.stats = stats or RestoreStats()
        self.buf = ""
        alt = "|".join(re.escape(t) for t in self.types) or r"(?!x)x"
        self._bare = re.compile(rf"(?<![A-Za-z0-9_<\[{{])(?P<t>{alt})_(?P<n>\d{{1,4}})(?![A-Za-z0-9_])",
                                re.IGNORECASE)
        self._max_type = max((len(t) for t in self.types), default=0)
        # a bare placeholder only ever resolves to a value of a type the vault holds, so only
        # a word that may still become one of those waits ("contact us" does not wait for a
        # "US_SSN_1" when the request had no SSN)
        issued = vault.counts()
        self._bare_types = [t for t in self.types if t in issued]
        self._scan_set = frozenset(self.scan_entities)

    # -- streaming ------------------------------------------------------------------------------

    def feed(self, text: str) -> str:
        self.buf += text
        cut = self._safe_cut(self.buf)
        out, self.buf = self.buf[:cut], self.buf[cut:]
        return self.process(out) if out else ""

    def finish(self) -> str:
        out, self.buf = self.buf, ""
        return self.process(out) if out else ""

    def _safe_cut(self, buf: str) -> int:
        n = len(buf)
        cut = n
        for _ in range(4):  # each rule may move the cut left into the other's territory
            before = cut
            if self.scan_entities:
                cut = self._token_cut(buf[:cut])
            if self.types:
                cut = self._placeholder_cut(buf[:cut])
            if cut == before:
                break
        return max(cut, n - MAX_HOLD)

    def _placeholder_cut(self, buf: str) -> int:
        n = cut = len(buf)
        lo = max(0, n - (self._max_type + 12))
        for i in range(n - 1, lo - 1, -1):
            if buf[i] in "<[{&\\" and self._could_be_placeholder(buf[i:]):
                cut = i
                break
        m = re.search(r"[A-Za-z0-9_]+$", buf[:cut])
        if m and self._could_be_bare(m.group()):
            cut = m.start()
        return cut

    def _could_be_placeholder(self, s: str) -> bool:
        for op in _OPENERS:
            if s.startswith(op):
                rest = s[len(op):]
                break
            if op.startswith(s):  # "&", "&l", "\\u00": could still become "&lt;" / "\\u003c"
                return True
        else:
            return False
        m = re.fullmatch(r"\s*([A-Za-z_ ]*?)[_ ]*(\d*)\s*", rest)
        if not m:
            return False
        letters, digits = _norm_type(m.group(1)), m.group(2)
        if digits:
            return letters in self._type_set
        return any(t.startswith(letters) or (t + "_").startswith(letters) for t in self.types) \
            if letters else True

    def _could_be_bare(self, word: str) -> bool:
        if not self._bare_types:
            return False
        up = word.upper()
        m = re.fullmatch(r"([A-Z_]+?)_?(\d*)", up)
        if m and m.group(2):
            return m.group(1) in self._bare_types
        return any((t + "_").startswith(up) for t in self._bare_types)

    def _token_cut(self, buf: str) -> int:
        """Start of the shortest suffix a scanned entity could still grow from."""
        n = len(buf)
        base = max(0, n - MAX_HOLD - 1)  # only the tail can be held
        # the last token starts after the last space: e-mail and hex runs hold no whitespace, so
        # their searches start there (this runs on every chunk of every stream)
        word = max(buf.rfind(" ", base), buf.rfind("\n", base), buf.rfind("\t", base), base - 1) + 1
        cut = n
        wanted = self._scan_set
        if "EMAIL_ADDRESS" in wanted and word < n:
            m = _EMAIL_TAIL.search(buf, word)
            if m:
                cut = m.start()
        if wanted & _NUMERIC:
            cut = min(cut, _number_cut(buf, base, word))
        if "IBAN_CODE" in wanted:
            m = _IBAN_TAIL.search(buf, max(base, n - 48))  # "GB29 NWBK 6016 1331 9268 19 "
            if m:
                cut = min(cut, m.start())
        if "IP_ADDRESS" in wanted and word < n:
            m = _HEX_TAIL.search(buf, word)
            if m:
                cut = min(cut, m.start())
        return cut

    # -- rewriting ------------------------------------------------------------------------------

    def process(self, text: str) -> str:
        if self.scan_entities:
            text = self._scan_new(text)
        if not self.types:
            return text
        text = _BRACKETED.sub(self._bracketed, text)
        return self._bare.sub(self._bare_sub, text)

    def _value(self, match: re.Match[str]) -> str:
        t = _norm_type(match.group("t"))
        if t not in self._type_set:
            return match.group(0)
        value = self.vault.lookup(t, int(match.group("n")))
        if value is None:
            self.stats.unresolved += 1
            return match.group(0)
        self.stats.restored += 1
        return json.dumps(value, ensure_ascii=False)[1:-1] if self.json_mode else value

    _bracketed = _value
    _bare_sub = _value

    def _scan_new(self, text: str) -> str:
        hits = scan(text, self.scan_entities)
        if not hits:
            return text
        out, pos = [], 0
        for h in hits:
            value = text[h.start:h.end]
            if self.vault.knows(value):
                continue
            if self.output_action == "block":
                self.stats.blocked.append(h.entity)
                continue
            self.stats.redacted[h.entity] = self.stats.redacted.get(h.entity, 0) + 1
            out.append(text[pos:h.start])
            out.append(f"<{h.entity}>")
            pos = h.end
        out.append(text[pos:])
        return "".join(out)
