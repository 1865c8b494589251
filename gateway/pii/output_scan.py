"""Cheap detectors for personal data the model *produced* (not restored from the request).

The output is scanned as it streams, so this must cost microseconds per chunk: regexes with
checksums (Luhn, IBAN mod-97, ipaddress) and phonenumbers, no NER. Names and places in generated
copy are not redacted: invented names are usual in marketing copy ("Sam from the Northwind
team"), and NER on a stream needs whole sentences held back. See docs/pii.md.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers

from gateway.pii.checksums import card_shape_ok, iban_ok, luhn_ok
from gateway.pii.phones import SSN_SHAPE, national_score

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")
CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])")


_DIGIT = re.compile(r"\d")
_PHONE_CAND = re.compile(r"(?<![\w+\-.:/])\+?\(?\d[\d ().\-]{5,22}\d(?:\s?(?:x|ext\.?)\s?\d{1,6})?"
                         r"(?![\w\-:/]|\.\d)")


def _is_phone(raw: str) -> bool:
    """Phone candidates are parsed one by one: much cheaper than PhoneNumberMatcher scans of a
    whole answer, which is what dominated the output stage's cost."""
    if SSN_SHAPE.fullmatch(raw):
        return False
    try:
        if raw.startswith("+"):
            return phonenumbers.is_possible_number(phonenumbers.parse(raw, None))
        if sum(c.isdigit() for c in raw) == 10 and raw[0] != "0":
            num = phonenumbers.parse(raw, "US")
            return phonenumbers.is_possible_number(num)
    except phonenumbers.NumberParseException:
        return False
    # Without context only numbers with a trunk prefix or 10+ digits (score >= 0.55): invented
    # prose numbers ("1 500 000") must not be redacted from generated copy.
    return national_score(raw) >= 0.55


_PHONE_LIKE = re.compile(r"\d(?:[\s().-]{0,3}\d){6}")  # 7+ digits close together


@dataclass(frozen=True)
class Hit:
    entity: str
    start: int
    end: int


def _iban_ok(raw: str) -> bool:
    return iban_ok(raw)


def scan(text: str, entities: Iterable[str]) -> list[Hit]:
    wanted = set(entities)
    has_digit = _DIGIT.search(text) is not None
    hits: list[Hit] = []
    if "EMAIL_ADDRESS" in wanted and "@" in text:
        hits += [Hit("EMAIL_ADDRESS", m.start(), m.end()) for m in EMAIL.finditer(text)]
    if not has_digit:
        return hits
    if "CREDIT_CARD" in wanted:
        for m in CARD.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19 and luhn_ok(digits) and card_shape_ok(m.group()):
                hits.append(Hit("CREDIT_CARD", m.start(), m.end()))
    if "IBAN_CODE" in wanted:
        hits += [Hit("IBAN_CODE", m.start(), m.end()) for m in IBAN.finditer(text)
                 if _iban_ok(m.group())]
    if "US_SSN" in wanted:
        hits += [Hit("US_SSN", m.start(), m.end()) for m in SSN.finditer(text)]
    if "IP_ADDRESS" in wanted:
        for rx in (IPV4, IPV6):
            for m in rx.finditer(text):
                try:
                    ipaddress.ip_address(m.group())
                except ValueError:
                    continue
                hits.append(Hit("IP_ADDRESS", m.start(), m.end()))
    if "PHONE_NUMBER" in wanted and _PHONE_LIKE.search(text):
        hits += [Hit("PHONE_NUMBER", m.start(), m.end()) for m in _PHONE_CAND.finditer(text)
                 if _is_phone(m.group())]
    # Overlaps: keep the first-found (more specific detectors ran first), drop the rest.
    out: list[Hit] = []
    for h in hits:
        if not any(h.start < o.end and o.start < h.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


__all__ = ["Hit", "digits_of", "luhn_ok", "phonenumbers", "scan"]
