"""Checksums shared by the input recognizers and the output scan (pure Python, no imports)."""

from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum of card numbers."""
    total, alt = 0, False
    for d in reversed(digits):
        n = int(d)
        if alt:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
        alt = not alt
    return total % 10 == 0


def iban_ok(raw: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN (spaces allowed, any case)."""
    s = raw.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
