"""Structured identifiers Presidio's recognizers miss (no Presidio here).

* e-mail addresses written to dodge scrapers: "oscar.wilde [at] example [dot] com";
* IBANs in lower case or with odd spacing ("de89 3704 0044 0532 0130 00"), mod-97 checked;
* US SSNs without dashes ("SSN 078051120") or with spaces, only after an SSN word in the same
  sentence; the dashed 3-2-4 shape anywhere;
* IPv6 addresses cut short in logs ("2a02:8108:a28:f107:5205").
"""

from __future__ import annotations

import re

from gateway.pii.checksums import iban_ok

_TLD = (r"(?:com|org|net|edu|gov|info|biz|io|co|eu|uk|de|fr|it|es|nl|be|at|ch|pl|cz|sk|se|dk|no|"
        r"fi|is|ie|pt|br|au|nz|in|jp|ca|us|mx|ar|ru|ua|hu|ro|gr|lt|lv|ee|si|hr|bg|tr|za|sg|hk)")
_AT = r"(?:\s*[\[\(\{<]\s*(?:at|@)\s*[\]\)\}>]\s*|\s+(?:at|AT)\s+|\s*\(@\)\s*)"
_DOT = r"(?:\s*[\[\(\{<]\s*(?:dot|\.)\s*[\]\)\}>]\s*|\s+(?:dot|DOT)\s+|\.)"
_PLAIN_AT = re.compile(r"\s+(?:at|AT)\s+")
_DOT_WORD = re.compile(r"(?i)[\[\(\{<\s](?:dot)[\]\)\}>\s]")
_LOWER_DOMAIN = re.compile(r"[a-z0-9-]{2,}(?:\.[a-z0-9-]+)+")
OBF_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]+(?:{_DOT}[\w+-]+)*{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*"
    rf"{_DOT}(?i:{_TLD})(?![\w-])")
# (also right after an MT940 sub-field tag: "?31FR4411058397…", ":25:AE16…")
IBAN_ANY = re.compile(r"(?:(?<![\w-])|(?<=\?\d\d))[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,3})?"
                      r"(?![\w-])")
SSN_LOOSE = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}([ .\-]?)(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])")
# an SSN word earlier in the same sentence: "my ssn, is 621246793", "SSN only, but the caller read
# out the full number 025404086"
# (a key's part too: "spouse_ssn", "dependent_1_ssn")
_SSN_CUE = re.compile(r"(?i)(?<![^\W_])(?:ssn|ss#|social\s+security|soc\.?\s*sec\.?|tax\s+id|tin)(?![^\W_])"
                      r"(?:[^.!?\n]|(?<=no)\.)*$")  # "social security no.: 895429873"


# a plain address wherever it sits, also inside a URL's query string ("?email=a.b@proton.me
# HTTP/1.1"), where Presidio's pattern takes the path as the local part and its check fails
PLAIN_EMAIL = re.compile(r"(?<![\w.+\-%])[\w.+\-%]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
                         r"(?![\w\-])")


# an address percent-encoded in a URL or a form post ("em=tamika_w61%40btinternet.com",
# "email=jos%C3%A9%40mail.es"): the same address the provider would decode
ENCODED_EMAIL = re.compile(r"(?<![\w.+\-%])[\w.+\-]*(?:%[0-9A-Fa-f]{2}[\w.+\-]*)*[\w.+\-]%40[A-Za-z0-9\-]+"
                           r"(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![\w\-])")
# an address a form or a list import rejected, still someone's: "nakamura.sota@@yahoo.co.jp",
# "wei32@163..com", "kayau@t-online.d", "a.hill81@proton", "declan.frost @ yahoo.com"
BROKEN_EMAIL = re.compile(r"(?<![\w.+\-%@])([\w.+\-]{2,64})(@@?| @ )([A-Za-z0-9\-]{2,63}(?:\.{1,2}[A-Za-z0-9\-]+)*)"
                          r"(?![\w\-@]|\.[\w\-]|/|:\d)")


def broken_emails(text: str) -> list[tuple[int, int]]:
    """Encoded and malformed addresses that a plain address pattern does not take."""
    out = [m.span() for m in ENCODED_EMAIL.finditer(text)] if "%40" in text else []
    for m in BROKEN_EMAIL.finditer(text):
        local, at, domain = m.groups()
        if PLAIN_EMAIL.fullmatch(m.group()):
            continue  # a well-formed address: Presidio's and plain_emails'
        spaced = at == " @ "
        broken = at == "@@" or ".." in domain or re.search(r"\.[A-Za-z]$", domain) is not None
        if not re.search(r"[A-Za-z]", local) or not (domain[:1].isalpha() or broken):
            continue  # "react@18" is a version, "12@3" no address
        # an address with no domain ending only as a quoted value: "data": "a.hill81@proton"
        # (not "lodash@latest" in a command line)
        quoted = m.start() > 0 and text[m.start() - 1] in "'\"=" and text[m.end():m.end() + 1] in ("'", '"', "")
        bare = "." not in domain and len(local) >= 3 and domain.isalpha() and len(domain) >= 4 and quoted
        if (spaced and re.search(r"\.[A-Za-z]{2,}$", domain)) or (not spaced and (broken or bare)):
            out.append(m.span())
    return out


# IPv6 addresses shortened in logs and notes ("2a02:8108:a28:f107:5205", a prefix without its
# "::"): 4-7 hex groups, the first a global-unicast or link-local 4-digit group. Presidio's IP
# recognizer takes only complete addresses; a clock ("12:30:45") has no such first group.
PARTIAL_IPV6 = re.compile(r"(?<![\w:./])(?i:(?:[23][0-9a-f]{3}|fe80):(?:[0-9a-f]{1,4}:){2,6}[0-9a-f]{1,4})"
                          r"(?![\w:])")


def partial_ipv6(text: str) -> list[tuple[int, int]]:
    """Only with a hex letter or two 3-4 digit groups: "2024:03:59:36" (a log's timestamp) is none."""
    out = []
    for m in PARTIAL_IPV6.finditer(text):
        groups = m.group().split(":")[1:]
        if re.search(r"(?i)[a-f]", m.group()) or sum(len(g) >= 3 for g in groups) >= 2:
            out.append(m.span())
    return out


def plain_emails(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PLAIN_EMAIL.finditer(text)]


def obfuscated_emails(text: str) -> list[tuple[int, int]]:
    """Only spellings with an [at]/(at)/ at ... dot ... form; a plain "a@b.com" is Presidio's."""
    out = []
    for m in OBF_EMAIL.finditer(text):
        if "@" in m.group() and not re.search(r"[\[\(\{<]\s*@", m.group()):
            continue
        plain = _PLAIN_AT.search(m.group())
        if plain and not _DOT_WORD.search(m.group()) and not _LOWER_DOMAIN.fullmatch(m.group()[plain.end():]):
            continue  # "lives at H.No. 12": a sentence, where "anna at gmail.com" is an address
        out.append((m.start(), m.end()))
    return out


# the rest of an IBAN a fixed-width export wrapped onto the next line, under its column
_WRAPPED_REST = re.compile(r"[ \t]*\n[ \t]*([A-Za-z0-9]{1,10})(?![\w-])")


def ibans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in IBAN_ANY.finditer(text):
        raw = re.sub(r"[ -]", "", m.group()).upper()
        if iban_ok(raw):
            out.append((m.start(), m.end()))
            continue
        rest = _WRAPPED_REST.match(text, m.end())
        if rest and iban_ok(raw + rest.group(1).upper()):
            out.append((m.start(), rest.end(1)))
    return out


def presidio_ssn_ok(text: str, start: int, end: int) -> bool:
    """Presidio's SSN patterns take "ORD-600-03-0385" and any "122 24 9675" of a meter number:
    keep a dashed 3-2-4 that no id prefix joins, and any other grouping after an SSN word only."""
    if start > 0 and text[start - 1] in "-/_" or end < len(text) and text[end] in "-/_":
        return False
    dashed = SSN_LOOSE.fullmatch(text, start, end) is not None and text[start + 3:start + 4] == "-"
    return dashed or _SSN_CUE.search(text[max(0, start - 80):start]) is not None


def loose_ssns(text: str) -> list[tuple[int, int]]:
    """SSNs in any grouping after an SSN word in the same sentence, and the dashed 3-2-4 shape
    (valid area and group) anywhere: no phone or date is written that way."""
    return [(m.start(), m.end()) for m in SSN_LOOSE.finditer(text)
            if m.group(1) == "-" or _SSN_CUE.search(text[max(0, m.start() - 80):m.start()])]
