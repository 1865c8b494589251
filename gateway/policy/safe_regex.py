"""Policy regular expressions that cannot freeze a worker (issue 13, item 1).

A custom rule such as ``(a+)+$`` compiled with Python's backtracking ``re`` takes time doubling
with every character of a text that almost matches (27 x "a" + "!" blocked a worker 12 s). So:

- ``custom_rules`` are compiled with RE2 (the ``google-re2`` package): matching is linear in the
  text, whatever the pattern. RE2 has no lookaround and no backreferences; a rule that needs
  them is accepted only if :func:`backtracking_risk` finds nothing, and then runs on ``re``.
- PII ``custom_recognizers`` run inside Presidio (its ``regex`` engine, not ours to replace), so
  their patterns must pass :func:`backtracking_risk` too.

``candor policy check`` and every load (startup, hot reload) report a rejected pattern with its
file:line (gateway/policy/loader.py). RE2's ``\\w``, ``\\d`` and ``\\b`` are ASCII-only; case-
insensitive matching (``case_sensitive: false``) folds Unicode case.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Protocol

try:  # pragma: no branch
    import re2 as _re2
except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
    _re2 = None

try:
    from re import _constants as _C  # Python 3.11+
    from re import _parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

# A bounded repeat above this many rounds around an unbounded one behaves like an unbounded one.
_BIG_REPEAT = 10


class Matcher(Protocol):
    def search(self, text: str) -> Any: ...


class UnsafePattern(ValueError):
    """A pattern that could backtrack catastrophically (or does not compile)."""


def _re2_options(case_sensitive: bool) -> Any:
    opts = _re2.Options()
    opts.case_sensitive = case_sensitive
    opts.log_errors = False  # RE2 would print parse errors to stderr
    return opts


def _re2_compile(pattern: str, case_sensitive: bool) -> Any | None:
    if _re2 is None:
        return None
    try:
        return _re2.compile(pattern, _re2_options(case_sensitive))
    except Exception:  # noqa: BLE001 - re2.error: lookaround, backreference, ...
        return None


def backtracking_risk(pattern: str) -> str | None:
    """Why ``pattern`` could take exponential time on a backtracking engine, or None.

    Flags the shapes behind catastrophic backtracking: a repeated part that itself contains an
    unbounded repeat (``(a+)+``, ``(\\w+\\s?)*``, ``(.*x){20}``), and an unbounded repeat of
    alternatives that can start with the same character (``(a|ab)*``, ``(\\w|\\d)+``).
    Conservative: it may reject a pattern that is in fact fine; never accepts ``(a+)+``.
    Polynomial cases (``.*a.*a.*a``) are not flagged.
    """
    try:
        tree = _P.parse(pattern)
    except re.error as exc:
        return f"does not compile: {exc}"
    return _scan(list(tree), outer_repeat=False)


def _is_repeat(op: Any) -> bool:
    return op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None))


def _children(op: Any, av: Any) -> list[list[Any]]:
    """Sub-sequences of one node."""
    if op is _C.SUBPATTERN:
        return [list(av[-1])]
    if _is_repeat(op):
        return [list(av[2])]
    if op is _C.BRANCH:
        return [list(b) for b in av[1]]
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return [list(av[1])]
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return [list(av)]
    if op is _C.GROUPREF_EXISTS:
        return [list(b) for b in av[1:] if b is not None]
    return []


def _has_unbounded(seq: list[Any]) -> bool:
    for op, av in seq:
        if _is_repeat(op) and av[1] == _C.MAXREPEAT and op is not getattr(
                _C, "POSSESSIVE_REPEAT", None):
            return True
        if any(_has_unbounded(child) for child in _children(op, av)):
            return True
    return False


def _first(seq: list[Any]) -> set[Any] | None:
    """Characters a sequence can start with; None means "could be many / unknown"."""
    for op, av in seq:
        if op is _C.LITERAL:
            return {av}
        if op is _C.AT:
            continue  # an anchor takes no character
        if op is _C.SUBPATTERN:
            return _first(list(av[-1]))
        if op is _C.IN:
            out = set()
            for iop, iav in av:
                if iop is _C.LITERAL:
                    out.add(iav)
                elif iop is _C.RANGE and iav[1] - iav[0] < 256:
                    out.update(range(iav[0], iav[1] + 1))
                else:
                    return None  # a category (\w, \d), a negation: treat as overlapping
            return out
        return None
    return set()


def _scan(seq: list[Any], outer_repeat: bool) -> str | None:
    for op, av in seq:
        if _is_repeat(op):
            hi, body = av[1], list(av[2])
            possessive = op is getattr(_C, "POSSESSIVE_REPEAT", None)
            repeating = not possessive and (hi == _C.MAXREPEAT or hi > _BIG_REPEAT)
            if repeating and _has_unbounded(body):
                return "a repeated group contains an unbounded repeat (nested quantifiers, " \
                       "e.g. (a+)+), which can backtrack exponentially"
            if repeating and hi == _C.MAXREPEAT:
                for branches in _branches(body):
                    if _overlap(branches):
                        return "an unbounded repeat of alternatives that can match the same " \
                               "text (e.g. (a|a)*), which can backtrack exponentially"
            problem = _scan(body, outer_repeat or repeating)
            if problem:
                return problem
            continue
        for child in _children(op, av):
            problem = _scan(child, outer_repeat)
            if problem:
                return problem
    return None


def _branches(seq: list[Any]) -> list[list[list[Any]]]:
    """The alternations in a sequence (not those under a repeat of their own)."""
    out = []
    for op, av in seq:
        if _is_repeat(op):
            continue
        if op is _C.BRANCH:
            out.append([list(b) for b in av[1]])
        for child in _children(op, av):
            out.extend(_branches(child))
    return out


def _literal_prefix(seq: list[Any]) -> list[int]:
    out = []
    for op, av in seq:
        if op is not _C.LITERAL:
            break
        out.append(av)
    return out


def _overlap(branches: list[list[Any]]) -> bool:
    """Could two alternatives match the same text? Literal prefixes that differ somewhere
    (``foo|bar|baz``) cannot; otherwise compare the characters they can start with."""
    for i, a in enumerate(branches):
        for b in branches[i + 1:]:
            pa, pb = _literal_prefix(a), _literal_prefix(b)
            n = min(len(pa), len(pb))
            if n and pa[:n] != pb[:n]:
                continue  # they part on a literal character
            if n and (len(pa) > n or len(pb) > n or len(pa) == len(a) or len(pb) == len(b)):
                return True  # one is a prefix of the other (a|ab)
            fa, fb = _first(a), _first(b)
            if fa is None or fb is None or not fa or not fb or fa & fb:
                return True
    return False


def check(pattern: str, *, engine: str = "rule") -> str | None:
    """Why ``pattern`` is refused, or None. ``engine``: ``rule`` (custom_rules: RE2 when it
    can, else ``re`` if the pattern is safe) or ``backtracking`` (custom recognizers)."""
    if not isinstance(pattern, str):
        return None
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"bad regular expression: {exc}"
    if engine == "rule" and _re2_compile(pattern, True) is not None:
        return None
    risk = backtracking_risk(pattern)
    if risk is None:
        return None
    if engine == "rule":
        return (f"unsafe regular expression: {risk}; the linear-time engine (RE2) cannot run "
                "it either (it uses lookaround or a backreference)")
    return f"unsafe regular expression: {risk}"


@functools.lru_cache(maxsize=1024)
def compile_rule(pattern: str, case_sensitive: bool) -> Matcher:
    """A custom rule's matcher: RE2 (linear time) when it can, else ``re`` for a pattern
    :func:`backtracking_risk` accepts. Raises UnsafePattern otherwise (load refuses such a
    policy first, so this is defence in depth)."""
    compiled = _re2_compile(pattern, case_sensitive)
    if compiled is not None:
        return compiled
    risk = backtracking_risk(pattern)
    if risk is not None:
        raise UnsafePattern(risk)
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
