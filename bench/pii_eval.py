"""PII detection quality: Candor's configuration vs Presidio out of the box, same spaCy model.

Labelled set = presidio-evaluator's PresidioSentenceFaker (seeded) + marketing-style cases
written here (brand/product names that are not people, phones without context, international
formats, order numbers that are not dates, obfuscated emails). Prints precision, recall and F2 per
entity type, side by side.

Matching: a gold span is found if a prediction of the same type overlaps it; a prediction is a
false positive if no gold span of its type overlaps it. "ALL" counts every prediction of any
Presidio type (DATE_TIME on an order number is a false positive too); Candor's custom types
(ORDER_NUMBER, LOYALTY_ID) are left out, the baseline has no equivalent.
Gold LOCATION = presidio-evaluator's GPE; STREET_ADDRESS is scored on its own (the baseline has
no recognizer for it; gold spans include bare zip codes and suite numbers).

    PYTHONPATH=. python bench/pii_eval.py [--n 1200] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
warnings.filterwarnings("ignore")

from gateway.pii.analyzer import MODEL_NAME, PIIAnalyzer  # noqa: E402
from gateway.pii.config import DEFAULT_PII_CONFIG  # noqa: E402
from gateway.pii.offline import offline_tldextract  # noqa: E402

TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
         "IP_ADDRESS", "LOCATION", "STREET_ADDRESS"]
GOLD_MAP = {"GPE": "LOCATION"}
CUSTOM = {"ORDER_NUMBER", "LOYALTY_ID"}
BRANDS = ["Spring Glow Serum", "Ridgeline", "Luna Bloom", "Cascade", "Switchback", "Basecamp",
          "Velvet Rose", "Aurora Glow", "Trailhead", "Sierra Nova", "Juniper Lane", "Maple & Finch",
          "Golden Hour Mist", "Ivy Park", "Stella Bright"]


@dataclass
class Sample:
    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)


# ---------------------------------------------------------------------------- data ----------

def faker_samples(n: int, seed: int) -> list[Sample]:
    from presidio_evaluator.data_generator import PresidioSentenceFaker

    fk = PresidioSentenceFaker("en_US", lower_case_ratio=0.05, random_seed=seed)
    out = []
    for s in fk.generate_new_fake_sentences(n):
        spans = [(GOLD_MAP.get(sp.entity_type, sp.entity_type), sp.start_position,
                  sp.end_position) for sp in s.spans]
        out.append(Sample(s.full_text, spans))
    return out


MARKETING = [
    "Write a win-back email for {PERSON} ({EMAIL_ADDRESS}) who bought the {BRAND} last spring.",
    "Draft an SMS for {PERSON}: their {BRAND} order #{ORDER} has shipped.",
    "Remind {PERSON} that the {BRAND} sale ends Friday. Reach them at {PHONE_NUMBER}.",
    "{PHONE_NUMBER}",
    "Customer {PERSON} called from {PHONE_NUMBER} about order {ORDER}.",
    "Send the {BRAND} launch note to {EMAIL_ADDRESS} and {EMAIL_ADDRESS}.",
    "Our {BRAND} and {BRAND} bundles are back in stock for {BRAND} members.",
    "Write a product description for {BRAND}; mention {BRAND} once.",
    "Order {ORDER} was placed on 2024-03-14 and order {ORDER} is pending.",
    "Loyalty id {ORDER} belongs to {PERSON}.",
    "Refund card {CREDIT_CARD} for {PERSON}, IBAN {IBAN_CODE}.",
    "Please update the account: SSN {US_SSN}, phone {PHONE_NUMBER}.",
    "Login from {IP_ADDRESS} flagged for {PERSON} in {LOCATION}.",
    "Thank {PERSON} for visiting our {LOCATION} store; they loved {BRAND}.",
    "Text {PERSON} at {PHONE_NUMBER} when the {BRAND} restocks.",
    "Mail {EMAIL_OBF} the {BRAND} coupon.",
    "Ping {PHONE_NUMBER} or {PHONE_NUMBER} before noon.",
    "Hi {PERSON}, your {BRAND} subscription renews soon.",
    "Segment: buyers of {BRAND} in {LOCATION} with more than 3 orders; exclude {EMAIL_ADDRESS}.",
    "Use the SKU {ORDER} and batch 2023-11 for the {BRAND} campaign.",
]
_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e"}


def marketing_samples(n: int, seed: int) -> list[Sample]:
    from faker import Faker

    rnd = random.Random(seed)
    locales = ["en_US", "en_GB", "de_DE", "fr_FR", "en_IN", "en_AU", "es_ES", "it_IT", "nl_NL"]
    fakers = {loc: Faker(loc) for loc in locales}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed + i)
    us = fakers["en_US"]

    def phone() -> str:
        loc = rnd.choice(locales)
        num = fakers[loc].phone_number()
        if rnd.random() < 0.3 and loc != "en_US":  # E.164 style
            import phonenumbers
            region = loc.split("_")[1]
            try:
                num = phonenumbers.format_number(phonenumbers.parse(num, region),
                                                 phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            except phonenumbers.NumberParseException:
                pass
        return num

    fill = {
        "PERSON": lambda: rnd.choice(list(fakers.values())).name(),
        "EMAIL_ADDRESS": us.email,
        "PHONE_NUMBER": phone,
        "CREDIT_CARD": lambda: us.credit_card_number(),
        "IBAN_CODE": lambda: rnd.choice([fakers["de_DE"], fakers["en_GB"], fakers["fr_FR"],
                                         fakers["nl_NL"]]).iban(),
        "US_SSN": us.ssn,
        "IP_ADDRESS": lambda: us.ipv4() if rnd.random() < 0.7 else us.ipv6(),
        "LOCATION": lambda: rnd.choice([us.city(), us.state(), us.country()]),
    }
    out = []
    for _ in range(n):
        tpl = rnd.choice(MARKETING)
        text, spans, pos = "", [], 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            text += tpl[pos:m.start()]
            key = m.group(1)
            if key == "BRAND":
                value, label = rnd.choice(BRANDS), None
            elif key == "ORDER":
                value, label = f"{rnd.choice(['NW', 'TH', 'AC'])}-{rnd.randint(10**7, 10**8 - 1)}", None
            elif key == "EMAIL_OBF":
                value = "".join(_HOMO.get(c, c) if rnd.random() < 0.2 else c for c in us.email())
                value = value.replace("@", rnd.choice(["@", "\uff20", "\u200b@"]))
                label = "EMAIL_ADDRESS"
            else:
                value, label = fill[key](), key
            if label:
                spans.append((label, len(text), len(text) + len(value)))
            text += value
            pos = m.end()
        text += tpl[pos:]
        out.append(Sample(text, spans))
    return out


# ---------------------------------------------------------------------- analyzers ----------

def baseline():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    offline_tldextract()
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL_NAME}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())

    def run(texts: list[str]) -> list[list[tuple[str, int, int]]]:
        return [[(r.entity_type, r.start, r.end) for r in engine.analyze(t, language="en")]
                for t in texts]
    return run


def candor():
    analyzer = PIIAnalyzer(cache_size=0)
    config = DEFAULT_PII_CONFIG.model_copy(update={"allow_list": BRANDS})

    def run(texts: list[str]) -> list[list[tuple[str, int, int]]]:
        res = analyzer.analyze_many(texts, config, use_cache=False)
        return [[(d.entity, d.start, d.end) for d in dets] for dets in res]
    return run


# ---------------------------------------------------------------------------- score ---------

def score(samples: list[Sample], preds: list[list[tuple[str, int, int]]]) -> dict[str, list[int]]:
    """type -> [tp, fn, fp]"""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for s, ps in zip(samples, preds):
        ps = [p for p in ps if p[0] not in CUSTOM]
        for t, a, b in s.spans:
            if t not in TYPES:
                continue
            hit = any(pt == t and pa < b and a < pb for pt, pa, pb in ps)
            tally[t][0 if hit else 1] += 1
            tally["ALL"][0 if hit else 1] += 1
        for pt, pa, pb in ps:
            if not any(gt == pt and pa < gb and ga < pb for gt, ga, gb in s.spans):
                tally["ALL"][2] += 1
                if pt in TYPES:
                    tally[pt][2] += 1
    return tally


def prf(tp: int, fn: int, fp: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
    return p, r, f2


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1200, help="faker sentences")
    ap.add_argument("--marketing", type=int, default=600, help="marketing-style cases")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    samples = faker_samples(args.n, args.seed) + marketing_samples(args.marketing, args.seed)
    texts = [s.text for s in samples]
    results = {}
    for name, factory in (("presidio-oob", baseline), ("candor", candor)):
        run = factory()
        t0 = time.perf_counter()
        preds = run(texts)
        ms = (time.perf_counter() - t0) * 1000 / len(texts)
        results[name] = (score(samples, preds), ms)
    print(f"{len(samples)} samples ({args.n} presidio-evaluator faker + {args.marketing} "
          f"marketing), model {MODEL_NAME}\n")
    head = f"{'entity':<14}{'gold':>6} | {'P':>6}{'R':>6}{'F2':>6}{'FP':>6} (oob) | " \
           f"{'P':>6}{'R':>6}{'F2':>6}{'FP':>6} (candor)"
    print(head)
    print("-" * len(head))
    for t in [*TYPES, "ALL"]:
        row = f"{t:<14}"
        base = results["presidio-oob"][0][t]
        row += f"{base[0] + base[1]:>6} |"
        for name in ("presidio-oob", "candor"):
            tp, fn, fp = results[name][0][t]
            p, r, f2 = prf(tp, fn, fp)
            row += f" {p:6.3f}{r:6.3f}{f2:6.3f}{fp:6d}       |"
        print(row.rstrip("|"))
    print(f"\nms per sample: presidio-oob {results['presidio-oob'][1]:.2f}, "
          f"candor {results['candor'][1]:.2f}")


if __name__ == "__main__":
    main()
