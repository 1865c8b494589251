"""Shared helpers of the PII eval-set generators: build a text piece by piece, recording spans.

A sample is ``{"id", "text", "spans": [{"type", "start", "end"}], "kind"}``; spans are
character offsets into ``text``. Types: PERSON, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD,
IBAN_CODE, US_SSN, IP_ADDRESS, STREET_ADDRESS (the whole postal address: number, street, unit,
postcode, city line and country when part of the address), LOCATION (a place on its own).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path
from typing import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType


class Text:
    """``t.lit("Hi ").ent("PERSON", "Ann")``: the text and its labelled spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def lit(self, s: str) -> Text:
        self.parts.append(s)
        self.n += len(s)
        return self

    def ent(self, label: str, value: str) -> Text:
        value = value.strip()
        if label:
            self.spans.append({"type": label, "start": self.n, "end": self.n + len(value)})
        return self.lit(value)

    def sample(self, kind: str, ident: str) -> dict:
        text = "".join(self.parts)
        for sp in self.spans:  # no span may start/end on whitespace
            assert text[sp["start"]:sp["end"]].strip() == text[sp["start"]:sp["end"]], sp
        return {"id": ident, "kind": kind, "text": text, "spans": self.spans}


def valid_phone(region: str, rnd: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number valid for the region: its example number with random trailing digits."""
    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(200):
        keep = max(2, len(nsn) - rnd.randint(4, 6))
        cand = nsn[:keep] + "".join(rnd.choice("0123456789") for _ in nsn[keep:])
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num):
            return num
    return ex


def format_phone(num: phonenumbers.PhoneNumber, style: str) -> str:
    if style == "intl":
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style == "00":
        return "00" + phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)[1:]
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if style == "dots":
        return nat.replace(" ", ".").replace("-", ".")
    if style == "dashes":
        return nat.replace(" ", "-")
    if style == "compact":
        return "".join(c for c in nat if c.isdigit())
    return nat


def write_jsonl(path: Path, samples: list[dict]) -> None:
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in samples))


def fixed_hash_seed() -> None:
    """Re-run this process with PYTHONHASHSEED=0: some Faker locales pick from sets, whose order
    depends on string hashing, so without it the same seed gives another file."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})


def generator_cli(generate: "Callable[[int, int], list[dict]]", n: int, seed: int,
                  out_name: str) -> None:
    """The command line every generator shares: --n samples from --seed into --out."""
    fixed_hash_seed()
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=n)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--out", default=str(Path(__file__).with_name(out_name)))
    args = ap.parse_args()
    samples = generate(args.n, args.seed)
    write_jsonl(Path(args.out), samples)
    print(f"{len(samples)} samples -> {args.out}")
