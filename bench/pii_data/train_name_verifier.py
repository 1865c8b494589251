"""Train gateway/pii/name_verifier.npz: the character "looks like a name" model and the
PERSON-guess verifier. Deterministic; about two minutes on two cores.

1. Character n-grams (2-5) of a word -> name or ordinary word. Names: Faker's first and last
   names of every locale (cleaned of common words). Words: every word with Zipf >= 3 in 17
   languages (wordfreq's bundled lists), minus anything that is also a name. Logistic regression,
   n-grams seen at least 3 times.
2. The verifier: every PERSON candidate the rules and the spaCy model leave on the project's
   labelled sets (bench/pii_data/*.jsonl), labelled by whether it overlaps a gold PERSON span,
   described by name_verifier.FEATURES; L2 logistic regression (IRLS).

Honesty: ``--cv`` trains on all sets but one and scores the one left out, for each set; those
are the figures to quote (docs/pii.md). The shipped model is then trained on every set, and
only a set written after it (hard6, blind) says how it does on new text.

    PYTHONPATH=. python bench/pii_data/train_name_verifier.py [--cv] [--sets dev,dev2,...] [--keep-chars]

``--keep-chars`` retrains the verifier only, on the shipped character model (round 19's trial on
all 34 sets; not shipped, docs/pii.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
warnings.filterwarnings("ignore")

from gateway.pii import name_verifier  # noqa: E402
from gateway.pii.gazetteers import (first_names, first_names_all, last_names,  # noqa: E402
                                    last_names_all)

DATA = Path(__file__).resolve().parent
# (hard11-hard15 tried in round 12: recall on the older sets fell at the same thresholds, e.g. hard2
# 0.987 -> 0.968, hard7 0.924 -> 0.913; not shipped until a threshold sweep says where to stand)
SETS = ("dev", "dev2", "hard", "hard2", "hard3", "hard4", "hard5", "hard6", "hard7", "hard8", "hard9",
        "hard10")
WORD_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "da", "nb", "fi", "hu",
              "ro", "tr", "ca")
# Chosen on the leave-one-set-out sweep (docs/pii.md), after hard6's first run at 0.3 cost 0.4
# points of verbatim leak: at 0.2 the sets written blind keep all but ~0.5% of name recall and
# lose a quarter of the false names; a privacy gateway leans towards masking.
THRESHOLD = 0.2


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def train_chars(seed: int = 7) -> tuple[list[str], np.ndarray, float]:
    from wordfreq import get_frequency_dict

    names = {n for n in first_names() | last_names() if n.isalpha() and len(n) > 2}
    all_names = first_names_all() | last_names_all() | names
    words: set[str] = set()
    for lang in WORD_LANGS:
        freq = get_frequency_dict(lang, wordlist="best")
        for w, f in freq.items():
            if f < 1e-6:  # Zipf 3
                break
            if w.isalpha() and len(w) > 2 and w not in all_names:
                words.add(w)
    samples = [(w, 1.0) for w in sorted(names)] + [(w, 0.0) for w in sorted(words)]
    counts: Counter[str] = Counter(g for w, _ in samples for g in set(name_verifier.char_grams(w)))
    grams = sorted(g for g, c in counts.items() if c >= 5)
    index = {g: i for i, g in enumerate(grams)}
    rows = [np.array([index[g] for g in set(name_verifier.char_grams(w)) if g in index], dtype=np.int64)
            for w, _ in samples]
    y = np.array([lab for _, lab in samples])
    # balance the classes: there are more words than names
    cw = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w = np.zeros(len(grams))
    b = 0.0
    rng = np.random.default_rng(seed)
    lr, l2 = 0.1, 3e-4  # strong shrinkage: a calibrated score, not a confident one
    print(f"char model: {len(names)} names, {len(words)} words, {len(grams)} n-grams", flush=True)
    for epoch in range(6):
        order = rng.permutation(len(samples))
        for start in range(0, len(order), 256):
            batch = order[start:start + 256]
            ids = np.concatenate([rows[i] for i in batch])
            owners = np.concatenate([np.full(len(rows[i]), k) for k, i in enumerate(batch)])
            z = np.bincount(owners, weights=w[ids], minlength=len(batch)) + b
            g = (_sigmoid(z) - y[batch]) * cw[batch]
            np.add.at(w, ids, -lr * g[owners])
            b -= lr * g.mean()
            w *= (1 - lr * l2)
        z = np.array([w[r].sum() for r in rows]) + b
        acc = ((z > 0) == (y == 1)).mean()
        print(f"  epoch {epoch}: accuracy {acc:.3f}", flush=True)
    return grams, w.astype(np.float16), float(b)


def _save(grams: list[str], gw: np.ndarray, gb: float, weights: np.ndarray, threshold: float) -> None:
    np.savez_compressed(name_verifier.MODEL_PATH, features="\n".join(name_verifier.FEATURES),
                        weights=weights.astype(np.float32), threshold=np.float32(threshold),
                        grams="\n".join(grams), gram_weights=gw, gram_bias=np.float32(gb))
    name_verifier._model.cache_clear()
    name_verifier.looks_like_name.cache_clear()


def candidates(name: str) -> tuple[np.ndarray, np.ndarray, list[list[int]], np.ndarray]:
    """Features and labels of every PERSON candidate of a set, and per sample which candidates
    overlap each gold PERSON (for recall at the gold level)."""
    from gateway.pii.analyzer import PIIAnalyzer, person_guesses, resolve
    from gateway.pii.config import DEFAULT_PII_CONFIG
    from gateway.pii.normalize import normalize
    from gateway.pii.offline import offline_tldextract

    offline_tldextract()
    analyzer = _analyzer(PIIAnalyzer)
    cfg = DEFAULT_PII_CONFIG
    engine = analyzer.engine(cfg)
    samples = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines() if line]
    norms = [normalize(s["text"]) for s in samples]
    arts = [a for _, a in analyzer.nlp_engine.process_batch([n.text for n in norms], "en", batch_size=32)]
    X: list[np.ndarray] = []
    y: list[float] = []
    golds: list[list[int]] = []
    fixed: list[float] = []  # labels of the guesses the verifier does not judge
    for s, norm, art in zip(samples, norms, arts):
        results = engine.analyze(norm.text, language="en", entities=cfg.all_entities,
                                 score_threshold=cfg.score_threshold, nlp_artifacts=art)
        resolved, language = resolve(norm, results, cfg)
        gold = [(g["start"], g["end"]) for g in s["spans"] if g["type"] == "PERSON"]
        spans: list[tuple[int, int, int]] = []  # original offsets, row in X
        for c, guess in zip(*person_guesses(norm.text, resolved)):
            a, b = norm.span(c.start, c.end)
            if not name_verifier.judged(guess):  # kept whatever the model says
                spans.append((a, b, -1))
                fixed.append(float(any(a < gb and ga < b for ga, gb in gold)))
                continue
            spans.append((a, b, len(X)))
            X.append(name_verifier.features(norm.text, guess, language))
            y.append(float(any(a < gb and ga < b for ga, gb in gold)))
        golds += [[i for a, b, i in spans if a < gb and ga < b] for ga, gb in gold]
    return np.array(X), np.array(y), golds, np.array(fixed)


_ANALYZER = None


def _analyzer(cls):  # type: ignore[no-untyped-def]
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = cls()
    return _ANALYZER


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6  # no penalty on the bias
    for _ in range(30):
        p = _sigmoid(X @ w)
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def gold_pr(keep: np.ndarray, y: np.ndarray, golds: list[list[int]], fixed: np.ndarray
            ) -> tuple[float, float]:
    """PERSON precision and recall of the whole pipeline: judged guesses the verifier keeps plus
    the context finds it does not judge."""
    kept = keep.sum() + len(fixed)
    precision = float(((keep & (y == 1)).sum() + fixed.sum()) / kept) if kept else 0.0
    recall = sum(any(i < 0 or keep[i] for i in hits) for hits in golds) / max(1, len(golds))
    return precision, recall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out figures")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--keep-chars", action="store_true",
                    help="retrain the verifier only, on the shipped character model")
    args = ap.parse_args()
    sets = args.sets.split(",")
    if args.keep_chars:
        shipped = np.load(name_verifier.MODEL_PATH)
        grams, gw, gb = str(shipped["grams"]).split("\n"), shipped["gram_weights"], float(shipped["gram_bias"])
    else:
        grams, gw, gb = train_chars()
    _save(grams, gw, gb, np.zeros(len(name_verifier.FEATURES)), 0.0)
    data = {}
    for name in sets:
        data[name] = candidates(name)
        X, y, golds, fixed = data[name]
        print(f"{name}: {len(y)} judged PERSON guesses, {int(y.sum())} true; {len(fixed)} not judged, "
              f"{int(fixed.sum())} true; "
              f"{len(golds)} gold names", flush=True)
    if args.cv:
        print(f"\nleave-one-set-out (threshold {args.threshold}):")
        print(f"{'set':<8}{'P before':>9}{'R before':>9}{'P after':>9}{'R after':>9}{'thr':>7}")
        for held in sets:
            train = [k for k in sets if k != held]
            Xt = np.vstack([data[k][0] for k in train])
            yt = np.concatenate([data[k][1] for k in train])
            w = fit(Xt, yt, args.l2)
            thr = args.threshold
            X, y, golds, fixed = data[held]
            before = gold_pr(np.ones(len(y), dtype=bool), y, golds, fixed)
            after = gold_pr(_sigmoid(X @ w) >= thr, y, golds, fixed)
            print(f"{held:<8}{before[0]:9.3f}{before[1]:9.3f}{after[0]:9.3f}{after[1]:9.3f}{thr:7.3f}"
                  + "   sweep " + "  ".join(
                      "{:.1f}:{:.3f}/{:.3f}".format(t, *gold_pr(_sigmoid(X @ w) >= t, y, golds, fixed))
                      for t in (0.2, 0.3, 0.4, 0.5, 0.6)))
    X = np.vstack([data[k][0] for k in sets])
    y = np.concatenate([data[k][1] for k in sets])
    w = fit(X, y, args.l2)
    thr = args.threshold
    print("\nweights:")
    for name, v in sorted(zip(name_verifier.FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:<20}{v:+.2f}")
    print(f"threshold {thr:.3f}")
    _save(grams, gw, gb, w, thr)
    print(f"wrote {name_verifier.MODEL_PATH} ({name_verifier.MODEL_PATH.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
