"""Manipulation figures for every manip_*.tsv set, plus recall/false positives on the non-English
lines of a set (default manip_hard10.tsv).

    PYTHONPATH=. python bench/manip_languages.py [set.tsv]

How a line is picked as non-English: it holds a letter outside ASCII (ä ö ü ß é è à ç ñ ...)
or at least two different words from a short list of common German, French, Spanish, Dutch, Italian and
Portuguese function/shop words (``_MARKERS``), or one of the markers no English line uses; accented
English loanwords (café, rosé, ...) do not count. Lines are printed
with -v so the pick can be checked by eye.
"""

from __future__ import annotations

import re
import sys

from bench.checks_shop import DATA, load_tsv, manipulation_report
from gateway.checks.base import CheckInput
from gateway.checks.common import standalone_context
from gateway.checks.manipulation import CHECK as MANIP, ManipulationConfig

_MARKERS = set("""
und der die das nicht jetzt nur noch mit für ihr ihre sie wir ich kein keine nein danke bitte heute
bestellen kaufen zum zur den dem des auf bis uns unser
et le la les des est pas avec pour vous votre nous non merci maintenant seulement encore plus aujourd'hui commander ce cette du une au aux
el los las del con por para usted ahora solo sólo quedan gracias hoy comprar su sus tu una es y pero
het een niet nog maar voor je jouw wij ons nee bedankt nu alleen vandaag bestel kopen van zijn
il lo gli della delle non ora solo grazie oggi acquista ordina tuo tua sono che ancora
de en il le el di da je ik zu ein eine op te ohne sans sin senza
você não obrigado agora apenas hoje comprar seu sua
""".split())
# accented words English shop copy borrows
_LOANWORDS = {"café", "cafés", "crème", "brûlée", "rosé", "résumé", "naïve", "jalapeño", "jalapeños", "piñata",
              "déjà", "entrée", "entrées", "fiancé", "fiancée", "purée", "sauté", "protégé", "touché", "über"}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def non_english(text: str) -> bool:
    words = _WORD.findall(text.lower())
    if any(ord(c) > 127 and c.isalpha() for w in words if w not in _LOANWORDS for c in w):
        return True
    hits = {w for w in words if w in _MARKERS}
    # two marker words (one can be an English homograph like "die", "den", "son") or a marker word
    # that no English sentence uses
    strong = {"und", "nicht", "jetzt", "nur", "noch", "für", "nein", "danke", "bitte", "heute", "merci", "avec",
              "pour", "vous", "votre", "maintenant", "seulement", "gracias", "ahora", "quedan", "hoy", "niet", "nog",
              "bedankt", "vandaag", "jouw", "grazie", "oggi", "ancora", "della", "acquista", "ordina", "você",
              "obrigado", "agora", "nee", "alleen", "je", "ja", "kunt", "voeg", "toe", "geef", "verder", "besteld",
              "esta", "deseas", "nuestras", "nuestros", "tus", "sí", "proseguire", "rifiutare", "alla", "dei", "oui", "bestel", "kaufen", "bestellen", "commander", "comprar"}
    return len(hits) >= 2 or any(w in strong for w in hits)


def subset(name: str, verbose: bool = False) -> dict:
    cfg = ManipulationConfig()
    rows = [(k, t) for k, t in load_tsv(name) if non_english(t)]
    tp = fn = fp = tn = 0
    for kind, text in rows:
        hit = bool(MANIP.scan(CheckInput(text, "output", standalone_context()), cfg))
        if kind == "none":
            fp += hit
            tn += not hit
        else:
            tp += hit
            fn += not hit
        if verbose:
            print(f"  {'hit ' if hit else 'miss'} [{kind}] {text}")
    return {"lines": len(rows), "positives": tp + fn, "tp": tp, "fn": fn, "fp": fp, "tn": tn,
            "recall": tp / (tp + fn) if tp + fn else float("nan")}


def main() -> None:
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    target = args[0] if args else "manip_hard10.tsv"
    for path in sorted(DATA.glob("manip_*.tsv")):
        r = manipulation_report(path.name)
        print(f"{path.name}: {r['n']} lines  P {r['precision']:.3f}  R {r['recall']:.3f}  (tp {r['tp']} fp {r['fp']} "
              f"fn {r['fn']})  CS-F1 {r['confirmshaming_f1']:.3f}")
        print("   " + ", ".join(f"{k} {v[0]:.2f}" for k, v in r["kinds"].items() if v[1]))
    s = subset(target, verbose)
    print(f"{target} non-English lines: {s['lines']} ({s['positives']} manipulative, {s['fp'] + s['tn']} none)  "
          f"recall {s['recall']:.3f} ({s['tp']}/{s['positives']})  false positives {s['fp']}/{s['fp'] + s['tn']}")


if __name__ == "__main__":
    main()
