"""Shop-copy sets for the manipulation check and rated turns for the frustration score.

    PYTHONPATH=. python bench/checks_shop.py [-v]

Files in bench/checks_data/ (all written for Candor):
  manip_dev.tsv     shop-copy lines, development set (written with the classifier, tuned on)
  manip_hard.tsv    shop-copy lines in other voices / shop types, written after the round-4
                    detector was frozen (seen since: v5.1 and round 5 were measured on it)
  manip_hard5.tsv   round 5: written after the round-5 retrain, scored once (first run in
                    README.md); seen since: round 6 (v7) was tuned on it
  manip_probe6.tsv  88 lines written after the round-6 retrain (v7) by its author, scored once
  manip_hard6.tsv   353 lines written blind by another author (who never saw the detector, its
                    training text or these sets), scored once on v7 (first run in README.md);
                    seen since: round 7 (v8) studied its misses (no line copied into the corpus)
  manip_hard7.tsv   405 lines written blind by a second separate author after v8, scored once
                    (first run in README.md); seen since: round 8 (v9) studied its misses (no
                    line copied into the corpus)
  manip_hard8.tsv   449 lines written blind by a third separate author after v9, scored once
                    (first run in README.md); seen since: round 9 (v10) studied its misses (no
                    line copied into the corpus)
  manip_hard9.tsv   413 lines written blind by a fourth separate author after v9, scored once on
                    v10 (first run in README.md); seen since: round 10 (v11) studied its misses
                    (no line copied into the corpus)
  frustration_dev.tsv, frustration_hard.tsv   user turns rated dissatisfied (1) or not (0)
  frustration_hard4.tsv  102 turns written blind by that other author, scored once
Each line is scanned as generated output with the default manipulation config and no request
(nothing can back a claim), as a shop's own interface text would be.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gateway.checks.base import CheckInput
from gateway.checks.common import standalone_context
from gateway.checks.frustration import score as frustration_score
from gateway.checks.manipulation import CHECK as MANIP, ManipulationConfig

DATA = Path(__file__).resolve().parent / "checks_data"
KINDS = ["scarcity", "urgency", "misdirection", "social proof", "obstruction", "sneaking", "forced action",
         "confirmshaming"]


def load_tsv(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / name).read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        rows.append((label.strip(), text.strip()))
    return rows


def manipulation_report(name: str, verbose: bool = False, config: ManipulationConfig | None = None) -> dict:
    cfg = config or ManipulationConfig()
    rows = load_tsv(name)
    per_kind: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
    tp = fp = fn = tn = 0
    cs = [0, 0, 0]  # confirmshaming tp, fp, fn: confirmshaming lines vs ordinary lines
    for kind, text in rows:
        found = MANIP.scan(CheckInput(text, "output", standalone_context()), cfg)
        hit = bool(found)
        if kind == "none":
            fp += hit
            tn += not hit
            cs[1] += hit and any(f.category == "confirmshaming" for f in found)
            if verbose and hit:
                print(f"  FP  {text!r} -> {[f.rule_id for f in found]}")
        else:
            tp += hit
            fn += not hit
            per_kind.setdefault(kind, [0, 0])
            per_kind[kind][0] += hit
            per_kind[kind][1] += 1
            if kind == "confirmshaming":
                cs[0] += hit
                cs[2] += not hit
            if verbose and not hit:
                print(f"  FN  [{kind}] {text!r}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    cp = cs[0] / (cs[0] + cs[1]) if cs[0] + cs[1] else 1.0
    cr = cs[0] / (cs[0] + cs[2]) if cs[0] + cs[2] else 1.0
    return {"n": len(rows), "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
            "kinds": {k: (v[0] / v[1] if v[1] else float("nan"), v[1]) for k, v in per_kind.items()},
            "confirmshaming_f1": 2 * cp * cr / (cp + cr) if cp + cr else 0.0}


def auc(scores: list[float], labels: list[int]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def frustration_report(name: str, verbose: bool = False, threshold: float = 0.4) -> dict:
    rows = [(int(label), text.replace("\\n", "\n")) for label, text in load_tsv(name)]
    scores, labels = [], []
    tp = fp = fn = 0
    for y, text in rows:
        turns = [t.strip() for t in text.split(" || ")]
        s, cues = frustration_score(turns[-1], turns[:-1])
        scores.append(s)
        labels.append(y)
        tp += y and s >= threshold
        fp += (not y) and s >= threshold
        fn += y and s < threshold
        if verbose and ((y and s < threshold) or (not y and s >= threshold)):
            print(f"  {'FN' if y else 'FP'} {s:.2f} {turns[-1]!r} {cues}")
    return {"n": len(rows), "auc": auc(scores, labels), "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}


def main() -> None:
    verbose = "-v" in sys.argv
    for name in ("manip_dev.tsv", "manip_hard.tsv", "manip_hard5.tsv", "manip_probe6.tsv",
                 "manip_hard6.tsv", "manip_hard7.tsv", "manip_hard8.tsv", "manip_hard9.tsv",
                 "manip_hard10.tsv", "manip_hard11.tsv", "manip_hard12.tsv", "manip_hard13.tsv",
                 "manip_hard14.tsv", "manip_hard15.tsv", "manip_hard16.tsv", "manip_hard17.tsv",
                 "manip_hard18.tsv", "manip_hard19.tsv", "manip_hard20.tsv", "manip_hard21.tsv",
                 "manip_hard22.tsv", "manip_hard23.tsv"):
        if not (DATA / name).exists():
            continue
        r = manipulation_report(name, verbose)
        print(f"manipulation {name}: {r['n']} lines  precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
              f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})  confirmshaming F1 {r['confirmshaming_f1']:.3f}")
        print("   recall by kind: " + ", ".join(f"{k} {v[0]:.2f} ({v[1]})" for k, v in r["kinds"].items() if v[1]))
    for name in ("frustration_dev.tsv", "frustration_hard.tsv", "frustration_hard4.tsv",
                 "frustration_hard5.tsv", "frustration_hard6.tsv", "frustration_hard7.tsv",
                 "frustration_hard8.tsv", "frustration_hard9.tsv",
                 "frustration_hard10.tsv", "frustration_hard11.tsv", "frustration_hard12.tsv",
                 "frustration_hard13.tsv", "frustration_hard14.tsv", "frustration_hard15.tsv",
                 "frustration_hard16.tsv", "frustration_hard17.tsv", "frustration_hard18.tsv",
                 "frustration_hard19.tsv"):
        if not (DATA / name).exists():
            continue
        r = frustration_report(name, verbose)
        # 0.4 is the shipped threshold; 0.35 (= MILD_CAP, mild cues alone escalate) the sensitive setting
        s = frustration_report(name, threshold=0.35)
        print(f"frustration {name}: {r['n']} turns  AUC {r['auc']:.3f}  at threshold 0.4: precision "
              f"{r['precision']:.3f} recall {r['recall']:.3f}; at 0.35: precision {s['precision']:.3f} "
              f"recall {s['recall']:.3f}")


if __name__ == "__main__":
    main()
