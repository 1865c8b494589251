"""The per-request vault: original value <-> placeholder, stable within one request.

Placeholders are ``<TYPE_N>`` with a counter per type; the same value (compared case- and
spacing-insensitively, digits-only for numbers) gets the same placeholder in every message. The
vault lives only in memory for the request; its repr shows counts, never values.
"""

from __future__ import annotations

import re
from typing import Mapping

_NUMERIC = {"PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE"}
# what restore (restore.py) would read as a placeholder: TYPE_N in any case, bracketed (spaces
# allowed inside) or bare
_LOOKALIKE = re.compile(
    r"(?:<|&lt;|\\u003[cC]|\[\[?|\{\{?)\s*([A-Za-z]+(?:[_ ]+[A-Za-z]+)*)[_ ]*(\d{1,4})"
    r"|(?<![A-Za-z0-9_])([A-Za-z]+(?:_[A-Za-z]+)*)_(\d{1,4})(?![A-Za-z0-9_])")


def _key(entity: str, value: str) -> str:
    if entity in _NUMERIC:
        return re.sub(r"[^0-9A-Za-z]", "", value).upper()
    return " ".join(value.split()).casefold()


class Vault:
    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], int] = {}  # (entity, key) -> placeholder number
        self._values: dict[tuple[str, int], str] = {}
        self._counters: dict[str, int] = {}
        self._reserved: set[tuple[str, int]] = set()
        self.seen_lower = ""  # the request's texts, to tell request data from new data
        self.seen_digits = ""

    def reserve(self, text: str) -> None:
        """Placeholder look-alikes the client typed itself (``<PERSON_1>``, ``PERSON 2``) are
        never issued, so restore cannot turn the client's own token into someone's value."""
        for m in _LOOKALIKE.finditer(text):
            kind, n = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            self._reserved.add((re.sub(r"[_ ]+", "_", kind).upper(), int(n)))

    def placeholder(self, entity: str, value: str) -> str:
        key = (entity, _key(entity, value))
        n = self._by_value.get(key)
        if n is None:
            n = self._counters.get(entity, 0) + 1
            while (entity, n) in self._reserved:
                n += 1
            self._counters[entity] = n
            self._values[(entity, n)] = value
            self._by_value[key] = n
        elif value[:1].isupper() and self._values[(entity, n)].islower():
            # one person written "bartek" and "Bartek": restore puts back the capitalised form
            self._values[(entity, n)] = value
        return f"<{entity}_{n}>"

    def lookup(self, entity: str, index: int) -> str | None:
        return self._values.get((entity, index))

    def names(self, entity: str = "PERSON") -> dict[str, str]:
        """Placeholder -> value for one entity type (the request's people, for checks)."""
        return {f"<{e}_{n}>": v for (e, n), v in self._values.items() if e == entity}

    def values(self) -> dict[str, str]:
        """Every placeholder -> its value (a held review keeps them sealed for delivery)."""
        return {f"<{e}_{n}>": v for (e, n), v in self._values.items()}

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> "Vault":
        """A vault rebuilt from ``values()``: restores a held review's approved text later."""
        vault = cls()
        for ph, value in values.items():
            m = re.fullmatch(r"<([A-Z][A-Z0-9_]*?)_(\d+)>", ph)
            if m is None:
                continue
            entity, n = m.group(1), int(m.group(2))
            vault._values[(entity, n)] = value
            vault._by_value[(entity, _key(entity, value))] = n
            vault._counters[entity] = max(vault._counters.get(entity, 0), n)
        return vault

    def counts(self) -> dict[str, int]:
        return dict(self._counters)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:  # never the values
        return f"Vault({self._counters})"

    __str__ = __repr__

    def pseudonymize(self, text: str) -> str:
        """Put placeholders back into restored text (for logs and the audit store)."""
        if not self._values or not text:
            return text
        pairs = sorted(((v, f"<{e}_{n}>") for (e, n), v in self._values.items()),
                       key=lambda p: len(p[0]), reverse=True)
        rx = re.compile("|".join(re.escape(v) for v, _ in pairs if v), re.IGNORECASE)
        lookup = {v.casefold(): ph for v, ph in pairs}
        return rx.sub(lambda m: lookup.get(m.group(0).casefold(), m.group(0)), text)

    def knows(self, value: str) -> bool:
        """Was this value in the request (restored values and data the scan let through)?"""
        low = " ".join(value.split()).casefold()
        if low and low in self.seen_lower:
            return True
        digits = re.sub(r"\D", "", value)
        return len(digits) >= 6 and digits in self.seen_digits
