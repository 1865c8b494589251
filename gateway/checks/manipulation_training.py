"""What the two manipulation classifiers learn from (build time only; nothing here runs in the gateway).

Two sources:

* the synthetic corpus (``manipulation_corpus.py`` and its rounds), written for Candor;
* since v17, the project's own labelled shop sets that have already had their one blind first run
  (``SEEN_SETS``, ``bench/checks_data/``). Each was written by hand for Candor by a separate author
  who never saw the detector; once scored, a set is development data, and through v16 the project
  only studied their misses by category. Training on them directly brings fifteen authors'
  wordings into the model instead of the corpus writer's paraphrases of them. What a set trained on
  still says is measured by leaving it out (``bench/checks_loso.py``); only a set written after
  the model says how it does on new text.

A blind set joins ``SEEN_SETS`` only after its first run is recorded (bench/checks_data/README.md).
"""

from __future__ import annotations

import re
from pathlib import Path

SETS_DIR = Path(__file__).resolve().parents[2] / "bench" / "checks_data"
SEEN_SETS = ("manip_dev.tsv", "manip_hard.tsv", "manip_hard5.tsv", "manip_probe6.tsv", "manip_hard6.tsv",
             "manip_hard7.tsv", "manip_hard8.tsv", "manip_hard9.tsv", "manip_hard10.tsv", "manip_hard11.tsv",
             "manip_hard12.tsv", "manip_hard13.tsv", "manip_hard14.tsv", "manip_hard15.tsv", "manip_hard16.tsv",
             "manip_hard17.tsv", "manip_hard18.tsv", "manip_hard19.tsv",
             "manip_hard20.tsv", "manip_hard21.tsv")
# a shop set's kind -> the classifier's label (as the corpus maps them, docs/checks.md)
KIND_LABEL = {"scarcity": "fake_scarcity", "urgency": "false_urgency", "social_proof": "fake_social_proof",
              "confirmshaming": "confirmshaming", "obstruction": "hard_to_cancel",
              "sneaking": "hidden_subscription", "forced_action": "hidden_subscription",
              "misdirection": "pressured_upsell", "none": "none"}
# sneaking into the basket is pressured selling; a hidden fee or renewal is a hidden subscription
_BASKET = re.compile(r"(?i)\b(?:basket|cart|bag|trolley|panier|carrito|cesta|carrello|warenkorb|koszyk\w*|"
                     r"sepet\w*|winkelwagen\w*|varukorg\w*|kurv\w*|carrinho)\b|カート")
REPEAT = 3  # a hand-written line counts three times, as each corpus round's lines do (chosen before hard16)


def shop_lines(name: str, root: Path = SETS_DIR) -> list[tuple[str, str]]:
    """``(text, label)`` of one shop set; kinds written "social proof" or "social_proof" alike."""
    rows = []
    for line in (root / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, text = line.split("\t", 1)
        kind = kind.strip().replace(" ", "_")
        label = "pressured_upsell" if kind == "sneaking" and _BASKET.search(text) else KIND_LABEL[kind]
        rows.append((text.strip(), label))
    return rows


def seen_lines(leave_out: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Every seen set's lines, each once, but the sets left out (to measure them)."""
    missing = [n for n in SEEN_SETS if not (SETS_DIR / n).exists()]
    if missing:
        raise SystemExit(f"training needs the shop sets of a source checkout: {missing[0]} is missing")
    return [row for name in SEEN_SETS if name not in leave_out for row in shop_lines(name)]
