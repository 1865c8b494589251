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


def card_shape_ok(raw: str) -> bool:
    """A number a card network issues, written as cards are: "8975-4533-…" (no network starts
    with 7-9), a 13-digit EAN barcode, an order number grouped 3-7-7 are no cards. Lengths and
    prefixes of ISO/IEC 7812 as the networks use them: UATP/JCB "1800…" 15 digits, Mastercard
    2-series, Amex/Diners/JCB "3…", Visa "4…" (13 digits only Visa), Mastercard/Maestro "5…",
    Discover/UnionPay/Maestro "6…"."""
    digits = "".join(c for c in raw if c.isdigit())
    n, first = len(digits), digits[:1]
    if first in ("7", "8", "9", "0") or not 12 <= n <= 19:
        return False
    if (first == "1" and not (n == 15 and digits.startswith("1800"))) or (n == 13 and first != "4"):
        return False
    groups = [len(g) for g in raw.replace("-", " ").split()]
    return len(groups) == 1 or (groups[0] == 4 and max(groups) <= 6)


def iban_ok(raw: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN (spaces allowed, any case)."""
    s = raw.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
