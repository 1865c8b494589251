"""Leave-one-set-out figures for the manipulation classifiers (v17 trains on the seen shop sets)
and the dissatisfaction classifier of the frustration score (trained on the seen turn sets since
round 24; a ``frustration_*.tsv`` name retrains it without that set, in seconds).

Since v17 both classifiers learn from every shop set that has had its blind first run
(``gateway/checks/manipulation_training.py``), so scoring them with the shipped model reads a set
the model was trained on. This retrains the n-gram model and the semantic head on everything but
one set and scores that set through the check, for each set named: what the model does on an
author it has not read. (The phrase rules were still tuned on these sets over the rounds; only a
set written after the model is wholly new to it.) About five minutes a set on one core.

    PYTHONPATH=. python bench/checks_loso.py [--sets manip_hard15.tsv,manip_hard16.tsv] [-v]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.checks_shop import frustration_report, manipulation_report  # noqa: E402
from gateway.checks import frustration_model, manipulation, manipulation_model, manipulation_semantic  # noqa: E402
from gateway.checks.manipulation import ManipulationConfig  # noqa: E402
from gateway.checks.manipulation_training import SEEN_SETS  # noqa: E402


def left_out_reports(name: str, thresholds: list[float], verbose: bool = False) -> list[dict]:
    """One report per classifier threshold, with both classifiers trained without ``name``."""
    ngram = manipulation_model.train(manipulation_model.training_data(leave_out=(name,)))
    head = manipulation_semantic.train(manipulation_semantic.training_data(leave_out=(name,)))
    shipped_ngram, shipped_head = manipulation._model, manipulation_semantic.head
    manipulation._model = ngram
    manipulation_semantic.head = lambda: head  # type: ignore[assignment]
    try:
        return [manipulation_report(name, verbose and t == thresholds[0],
                                    ManipulationConfig(classifier_threshold=t)) for t in thresholds]
    finally:
        manipulation._model, manipulation_semantic.head = shipped_ngram, shipped_head


def left_out_frustration(name: str) -> tuple[dict, dict]:
    """The set's report with the shipped dissatisfaction model and with one trained without it."""
    shipped = frustration_report(name)
    saved = frustration_model._model
    frustration_model._model = manipulation_model.train(frustration_model.training_data(exclude=(name,)),
                                                        labels=frustration_model.LABELS)
    try:
        return shipped, frustration_report(name)
    finally:
        frustration_model._model = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="manip_hard14.tsv,manip_hard15.tsv,manip_hard16.tsv",
                    help="comma-separated seen sets to leave out one at a time ('all' for every seen set)")
    ap.add_argument("--thresholds", default="0.5",
                    help="comma-separated classifier thresholds to score each left-out set at (0.5 ships)")
    ap.add_argument("-v", action="store_true", help="print each miss and false positive (first threshold)")
    args = ap.parse_args()
    names = list(SEEN_SETS) if args.sets == "all" else args.sets.split(",")
    for name in names:
        t0 = time.perf_counter()
        if name.startswith("frustration_"):
            shipped, left = left_out_frustration(name)
            print(f"left out {name}: AUC {left['auc']:.3f} (shipped model, trained on it: {shipped['auc']:.3f}; "
                  f"{time.perf_counter() - t0:.0f} s)", flush=True)
            continue
        thresholds = [float(t) for t in args.thresholds.split(",")]
        for t, r in zip(thresholds, left_out_reports(name, thresholds, args.v)):
            kinds = ", ".join(f"{k} {v[0]:.2f}" for k, v in r["kinds"].items() if v[1])
            print(f"left out {name} at {t:.2f}: {r['n']} lines  precision {r['precision']:.3f}  recall "
                  f"{r['recall']:.3f}  confirmshaming F1 {r['confirmshaming_f1']:.3f}  "
                  f"({time.perf_counter() - t0:.0f} s)\n   recall by kind: {kinds}", flush=True)


if __name__ == "__main__":
    main()
