"""Small text helpers shared by the checks: sentences with offsets, request text, finding builder.

Everything here is regex/lexicon based on purpose: the checks run on every request and the budget
for all of them together is a few milliseconds (no network; the two small classifiers are numpy
dot products over n-gram features, see manipulation_model.py).
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Literal

from gateway.context import Finding, GenerationContext
from gateway.keys import ApiKey
from gateway.models_config import ModelRoute

Action = Literal["allow", "flag", "review", "revise", "block"]

from gateway.text import sentences  # noqa: E402,F401 - the checks' sentence pieces


SENTENCE_REACH = 300  # a "sentence" reaches at most this far either side of the index


def sentence_at(text: str, index: int) -> tuple[int, int]:
    """Bounds of the sentence holding ``index``, at most SENTENCE_REACH characters either side
    (so that many hits in a huge text without full stops cost linear, not quadratic, time)."""
    lo = max(0, index - SENTENCE_REACH)
    hi = min(len(text), index + SENTENCE_REACH)
    start = max(text.rfind(".", lo, index), text.rfind("!", lo, index), text.rfind("?", lo, index),
                text.rfind("\n", lo, index))
    start = start + 1 if start != -1 else lo
    ends = [i for i in (text.find(c, index, hi) for c in ".!?\n") if i != -1]
    end = min(ends) if ends else hi
    return start, end


def request_text(request: dict[str, Any] | None, roles: tuple[str, ...] = ("system", "user", "developer")) -> str:
    """All prompt text of an OpenAI-shaped request (chat messages, legacy prompt, responses input)."""
    if not request:
        return ""
    parts: list[str] = []
    for msg in request.get("messages") or []:
        if isinstance(msg, dict) and msg.get("role") in roles:
            parts.append(content_text(msg.get("content")))
    for key in ("prompt", "input", "instructions"):
        value = request.get(key)
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    parts.append(item)
                elif isinstance(item, dict) and item.get("role", "user") in roles:
                    parts.append(content_text(item.get("content")))
    return "\n".join(p for p in parts if p)


def content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            part.get("text", "") for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


def user_messages(request: dict[str, Any] | None) -> list[str]:
    """The user turns of a chat request, oldest first."""
    if not request:
        return []
    out = [content_text(m.get("content")) for m in request.get("messages") or []
           if isinstance(m, dict) and m.get("role") == "user"]
    if not out and isinstance(request.get("input"), str):
        out = [request["input"]]
    elif not out and isinstance(request.get("input"), list):
        out = [content_text(m.get("content")) for m in request["input"]
               if isinstance(m, dict) and m.get("role", "user") == "user"]
    return [t for t in out if t]


def finding(check: str, category: str, message: str, action: str, *, where: str,
            span: tuple[int, int] | None, rule_id: str = "", severity: str = "medium") -> Finding:
    return Finding(check=check, category=category, severity=severity, message=message,
                   action=action, rule_id=rule_id or f"{check}.{category}", span=span, where=where)


def words(pattern_list: list[str]) -> str:
    """An alternation of phrases, longest first, with flexible inner whitespace."""
    items = sorted(set(pattern_list), key=len, reverse=True)
    return "|".join(p.replace(" ", r"\s+") for p in items)


def standalone_context(**fields: Any) -> GenerationContext:
    """A GenerationContext for running a check outside a request (validators, tests, benches)."""
    key = fields.pop("key", None) or ApiKey(key_id="local", app="local", roles=frozenset({"generate"}),
                                            policy=fields.pop("policy", "default"), secret_hash="")
    route = fields.pop("route", None) or ModelRoute(alias="local", model="candor/echo")
    consent = fields.pop("consent", frozenset())
    return GenerationContext(endpoint=fields.pop("endpoint", "chat.completions"), key=key,
                             requested_model="local", route=route,
                             consent=frozenset(c.lower() for c in consent), **fields)


# --- a cheap gate in front of big regexes -------------------------------------------------
# Python's re tries every alternative at every position, so a 300-term alternation over a
# 1,500-character prompt costs ~0.3 ms. Most texts contain none of the terms: we derive from
# each pattern the set of word prefixes (up to 4 letters) any match must start with, and run the
# pattern only when the text has a word with one of them (a set intersection, microseconds).

try:  # the regex parser behind re.compile (sre_parse is its deprecated public alias)
    import re._parser as _sp  # noqa: E402
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sp  # type: ignore[no-redef]  # noqa: E402

_K = 4
_DIGITS = set("0123456789")


def _alnum(c: int) -> bool:
    return chr(c).isalnum()


def _prefixes(items: Any, prefix: str, out: set[str], budget: list[int]) -> bool:
    """Add to ``out`` the possible word prefixes of ``items`` after ``prefix``; False = give up."""
    budget[0] -= 1
    if budget[0] < 0:
        return False
    if len(prefix) >= _K:
        out.add(prefix[:_K])
        return True
    if not items:
        if not prefix:
            return False  # the pattern can match without a word start: cannot gate it
        out.add(prefix)
        return True
    (op, av), rest = items[0], items[1:]
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _prefixes(rest, prefix, out, budget)
    if name == "LITERAL":
        c = chr(av).lower()
        if c.isalnum():
            return _prefixes(rest, prefix + c, out, budget)
        return _end(prefix, out)
    if name == "IN":
        chars: set[str] = set()
        for iop, iav in av:
            iname = str(iop)
            if iname == "LITERAL":
                chars.add(chr(iav).lower())
            elif iname == "RANGE":
                chars.update(chr(c).lower() for c in range(iav[0], iav[1] + 1))
            elif iname == "CATEGORY" and str(iav) == "CATEGORY_DIGIT":
                chars.update(_DIGITS)
            else:
                return _end(prefix, out)
        if len(chars) > 40:
            return _end(prefix, out)
        ok = True
        for c in chars:
            ok &= _prefixes(rest, prefix + c, out, budget) if c.isalnum() else _end(prefix, out)
        return ok
    if name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
        return all(_prefixes(rest, prefix + d, out, budget) for d in _DIGITS)
    if name == "BRANCH":
        return all(_prefixes(list(branch) + list(rest), prefix, out, budget) for branch in av[1])
    if name == "SUBPATTERN":
        return _prefixes(list(av[-1]) + list(rest), prefix, out, budget)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, sub = av
        ok = True
        if lo == 0:
            ok &= _prefixes(rest, prefix, out, budget)
        if hi == 1 or (lo >= 1 and hi == lo == 1):
            return ok and _prefixes(list(sub) + list(rest), prefix, out, budget)
        # repeated more than once: stop extending after one occurrence (shorter = safe)
        return ok and _prefixes(list(sub), prefix, out, budget)
    return _end(prefix, out)


def _end(prefix: str, out: set[str]) -> bool:
    if not prefix:
        return False
    out.add(prefix)
    return True


_LEFT = (r"\b", r"(?<![\w-])")


class Gated:
    """One regex, matched on lower-cased text, with the word prefixes any match starts with.

    A leading ``\b`` / ``(?<![\w-])`` is stripped and checked by hand, so that the regex starts
    with a literal and ``re`` can use its fast literal-prefix search.
    """

    __slots__ = ("label", "regex", "prefixes", "boundary")

    def __init__(self, label: str, pattern: str) -> None:
        self.label = label
        self.boundary = ""
        for left in _LEFT:
            if pattern.startswith(left):
                pattern, self.boundary = pattern[len(left):], left
                break
        if re.search(r"\\[SWDB]", pattern):
            raise ValueError(f"upper-case escape in gated pattern {pattern!r}")
        pattern = pattern.lower()  # matched against lower-cased text
        self.regex = re.compile(pattern)
        out: set[str] = set()
        try:
            ok = _prefixes(list(_sp.parse(pattern)), "", out, [20000])
        except Exception:  # pragma: no cover - unusual syntax: no gate
            ok = False
        self.prefixes: frozenset[str] | None = frozenset(out) if ok and out else None

    def finditer(self, lower: str) -> Iterator[re.Match[str]]:
        for m in self.regex.finditer(lower):
            i = m.start()
            if self.boundary and i > 0:
                c = lower[i - 1]
                if c.isalnum() or c == "_" or (c == "-" and self.boundary != "\\b"):
                    continue
            yield m

    def match_at(self, lower: str, offsets: list[int]) -> Iterator[re.Match[str]]:
        """Matches starting at ``offsets`` (ascending word starts), non-overlapping, with the
        left boundary checked as in ``finditer``."""
        match = self.regex.match
        end = 0
        for i in offsets:
            if i < end:
                continue
            m = match(lower, i)
            if m is None:
                continue
            end = max(m.end(), i + 1)
            if i > 0:
                c = lower[i - 1]
                if c.isalnum() or c == "_" or (c == "-" and self.boundary != "\\b"):
                    continue
            yield m


class GatedSet:
    """Many labelled regexes; only those whose word prefixes occur in a text are run on it."""

    _MEMO_SIZE = 50_000  # distinct words remembered (cleared when full)

    def __init__(self, patterns: list[tuple[str, str]]) -> None:
        self.items = [Gated(label, p) for label, p in patterns]
        self.index: dict[str, list[int]] = {}
        self.always: list[int] = []
        for i, g in enumerate(self.items):
            if g.prefixes is None:
                self.always.append(i)
            else:
                for pre in g.prefixes:
                    self.index.setdefault(pre, []).append(i)
        self._always_mask = sum(1 << i for i in self.always)
        # word -> bit mask of the patterns it opens: the four prefix lookups of a word are done
        # once per process, not once per occurrence (the hot spot of the gate)
        self._memo: dict[str, int] = {}

    def _mask(self, tok: str) -> int:
        mask = 0
        index = self.index
        for k in (1, 2, 3, 4):
            for i in index.get(tok[:k], ()):
                mask |= 1 << i
        memo = self._memo
        if len(memo) >= self._MEMO_SIZE:
            memo.clear()
        memo[tok] = mask
        return mask

    def candidates(self, lower: str) -> list[Gated]:
        mask = self._always_mask
        get = self._memo.get
        for tok in set(_TOKEN.findall(lower)):
            m = get(tok)
            mask |= self._mask(tok) if m is None else m
        items = self.items
        out: list[Gated] = []
        while mask:  # set bits, lowest first: declaration order
            low = mask & -mask
            out.append(items[low.bit_length() - 1])
            mask ^= low
        return out

    def finditer(self, lower: str, skip: set[str] | None = None) -> Iterator[tuple[str, re.Match[str]]]:
        """(label, match) for every match, pattern by pattern in declaration order; patterns whose
        label is in ``skip`` (checked before each pattern runs, so the caller may grow it) are
        not run.

        A pattern with a left boundary can only match where a word with one of its prefixes
        starts, so it is tried there alone (``match`` at a few offsets instead of a ``finditer``
        over the whole text, which tries every offset when the pattern opens with an alternation).
        """
        memo = self._memo
        mask = self._always_mask
        at: dict[int, list[int]] = {}  # pattern index -> offsets of the words that open it
        for t in _TOKEN.finditer(lower):
            tok = t.group()
            bits = memo.get(tok)
            if bits is None:
                bits = self._mask(tok)
            if bits:
                mask |= bits
                start = t.start()
                while bits:
                    low = bits & -bits
                    at.setdefault(low.bit_length() - 1, []).append(start)
                    bits ^= low
        items = self.items
        while mask:
            low = mask & -mask
            i = low.bit_length() - 1
            mask ^= low
            g = items[i]
            if skip is not None and g.label in skip:
                continue
            offsets = at.get(i)
            if offsets is None or not g.boundary:
                for m in g.finditer(lower):
                    yield g.label, m
            else:
                for m in g.match_at(lower, offsets):
                    yield g.label, m


_TOKEN = re.compile(r"[^\W_]+")


def lower_same_length(text: str) -> str:
    """``text.lower()`` with offsets preserved (a few characters grow when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def coerce(model_cls: Any, config: Any, renames: dict[str, str] | None = None,
           drop: tuple[str, ...] = ("mode",)) -> Any:
    """A check's config from its own model, a plain dict, or another pydantic model with the
    same fields (the policy schema's section objects): ``mode`` is the engine's business and
    is dropped; ``renames`` maps the policy schema's field names onto the model's."""
    if isinstance(config, model_cls):
        return config
    if config is None:
        return model_cls()
    if hasattr(config, "model_dump"):
        config = config.model_dump(exclude_none=True)
    if not isinstance(config, dict):
        return model_cls.model_validate(config)
    data = {k: v for k, v in config.items() if k not in drop}
    for old, new in (renames or {}).items():
        if old in data and new not in data:
            data[new] = data.pop(old)
    return model_cls.model_validate(data)
