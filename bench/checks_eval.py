"""Precision and recall of each ethics detector on the labelled examples in tests/data/checks/.

    PYTHONPATH=. python bench/checks_eval.py [-v]

Two sets per detector: the development examples (tests/data/checks/<name>.yaml, written with
the detector and tuned on, so they read ~1.0) and held-out ones (holdout_<name>.yaml, written
after the detector and never tuned on): the held-out line is the honest estimate.
Counting is per (example, category): a found category that was not expected is a false positive,
an expected one not found is a false negative. -v lists every miss.

Then the larger sets in bench/checks_data/ (bench/checks_shop.py): shop-copy lines for the
manipulation check (precision/recall, recall per shop kind, confirmshaming F1) and rated user
turns for the frustration score (AUC), each as a development set (tuned on) and a hard set
(written after the detector was frozen). The manipulation hard sets are tuned on since round 6
(classifier v7); their first-run figures, the honest ones, are in bench/checks_data/README.md.
"""

from __future__ import annotations

import sys

from gateway.checks import registry
from bench.checks_shop import main as shop_main
from tests.checks_data import expected, load, run

FILES = ["sensitive", "manipulation", "ghostwriting", "frustration"]


def evaluate(name: str, verbose: bool) -> tuple[int, int, int, int]:
    data = load(name)
    check = registry.CHECKS[data["check"]]
    config = registry.config_model(data["check"]).model_validate(data.get("config") or {})
    tp = fp = fn = 0
    for ex in data["examples"]:
        got, found, _ = run(check, ex, config)
        want = expected(ex)
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if verbose and got != want:
            print(f"  MISS {name}:{ex['id']}: want {sorted(want)} got {sorted(got)} :: {found and found[0].message}")
    return len(data["examples"]), tp, fp, fn


def main() -> None:
    verbose = "-v" in sys.argv
    print(f"{'detector':<14} {'examples':>8} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for title, prefix in (("development set (used while writing the detectors)", ""),
                          ("held-out set (written afterwards, never tuned on)", "holdout_"),
                          ("all", None)):
        print(f"-- {title}")
        for name in FILES:
            if prefix is None:
                parts = [evaluate(name, False), evaluate("holdout_" + name, False)]
                n, tp, fp, fn = (sum(x) for x in zip(*parts))
            else:
                n, tp, fp, fn = evaluate(prefix + name, verbose)
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            print(f"{name:<14} {n:>8} {tp:>4} {fp:>4} {fn:>4} {p:>9.3f} {r:>7.3f}")
    print("-- shop copy and rated turns (bench/checks_data/: manip_* tuned on since round 6 and trained on "
          "since v17, left out in bench/checks_loso.py; frustration_hard never; first runs in its README.md)")
    shop_main()


if __name__ == "__main__":
    main()
