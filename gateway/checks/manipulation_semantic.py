"""The manipulation classifier's second opinion: a small network over static sentence vectors.

The n-gram model (``manipulation_model.py``) knows wordings; each new author of shop copy brings
new ones ("a handful remain", "almost gone for good") that it has never seen. This head reads the
sentence's meaning instead: the MiniLM-distilled sentence vector (``sentence_vectors.py``, 384
numbers), one hidden layer of 256 ReLU units, a softmax over the same ten labels. Alone it is a
poor judge (it cannot tell "Only 2 left" from "Only 2 steps left"); as a fifth of the vote it lifts
recall where the n-gram model is unsure. ``manipulation.py`` mixes them in log-odds:
0.8 * n-gram + 0.2 * this head (the weight was chosen on the seen shop sets hard10-14 only);
since v16.1 the head lifts a sentence only by the log-odds beyond 0.9 (it read ordinary text,
a recipe step, a health fact, as pressing), and lowers one by all of its own.

Trained on 30,000 distinct lines of the same synthetic corpus (seeded sample) and, since v16.1,
the distinct ordinary sentences of ``manipulation_corpus_neutral.py`` (recipes, facts, how-tos,
product descriptions, replies: it had read "Add the flour slowly" as pressure), full-batch Adam,
400 steps, class weights as the n-gram model's. Weights in ``manipulation_semantic.npz`` (float16,
~200 KB). Retrain (about a minute, deterministic):

    PYTHONPATH=. python -m gateway.checks.manipulation_semantic --train
"""

from __future__ import annotations

import random
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

from gateway.checks.manipulation_model import LABELS, class_weights
from gateway.checks.sentence_vectors import sentence_vectors

HEAD_PATH = Path(__file__).with_name("manipulation_semantic.npz")
WEIGHT = 0.2  # this head's share of the log-odds vote
SURE = 0.9  # v16.1: the head lifts a sentence only with what its probability holds beyond this
SAMPLE = 30_000
HIDDEN = 256


class Head:
    def __init__(self, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> None:
        self.W1, self.b1 = W1.astype(np.float32), b1.astype(np.float32)
        self.W2, self.b2 = W2.astype(np.float32), b2.astype(np.float32)

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> "Head":
        d = np.load(path, allow_pickle=False)
        return cls(d["W1"], d["b1"], d["W2"], d["b2"])

    def save(self, path: Path = HEAD_PATH) -> None:
        np.savez_compressed(path, W1=self.W1.astype(np.float16), b1=self.b1.astype(np.float16),
                            W2=self.W2.astype(np.float16), b2=self.b2.astype(np.float16))

    def logits(self, X: np.ndarray) -> np.ndarray:
        return np.maximum(X @ self.W1 + self.b1, 0.0) @ self.W2 + self.b2

    def proba(self, X: np.ndarray) -> np.ndarray:
        z = self.logits(X)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def head() -> Head:
    return Head.load()


def proba(texts: list[str]) -> np.ndarray:
    """Label probabilities (rows as ``LABELS``) for raw sentences."""
    return head().proba(sentence_vectors().encode(texts))


def train(data: list[tuple[str, str]], steps: int = 400, lr: float = 0.01, l2: float = 1e-4,
          seed: int = 0) -> Head:
    """Full-batch Adam on cross-entropy with the n-gram model's class weights."""
    X = sentence_vectors().encode([t for t, _ in data])
    K = len(LABELS)
    y = np.array([LABELS.index(label) for _, label in data])
    cw = class_weights(y, K)
    Y = np.eye(K)[y]
    sw = cw[y][:, None]
    rng = np.random.default_rng(seed)
    D = X.shape[1]
    p = {"W1": rng.normal(0, 1 / np.sqrt(D), (D, HIDDEN)), "b1": np.zeros(HIDDEN),
         "W2": rng.normal(0, 1 / np.sqrt(HIDDEN), (HIDDEN, K)), "b2": np.zeros(K)}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v = {k: np.zeros_like(v) for k, v in p.items()}
    for _ in range(steps):
        z = X @ p["W1"] + p["b1"]
        a = np.maximum(z, 0)
        L = a @ p["W2"] + p["b2"]
        L -= L.max(axis=1, keepdims=True)
        P = np.exp(L)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) * sw / len(y)
        ga = G @ p["W2"].T * (z > 0)
        g = {"W2": a.T @ G, "b2": G.sum(0), "W1": X.T @ ga, "b1": ga.sum(0)}
        for k in p:
            gk = g[k] + (l2 * p[k] if k.startswith("W") else 0.0)
            m[k] = 0.9 * m[k] + 0.1 * gk
            v[k] = 0.999 * v[k] + 0.001 * gk * gk
            p[k] -= lr * m[k] / (np.sqrt(v[k]) + 1e-8)
    return Head(p["W1"], p["b1"], p["W2"], p["b2"])


def training_data(leave_out: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """A seeded sample of the corpus, ordinary non-shop sentences and (v17) the seen shop sets."""
    from gateway.checks.manipulation_corpus import generate
    from gateway.checks.manipulation_corpus_neutral import generate as neutral
    from gateway.checks.manipulation_training import REPEAT, seen_lines

    lines = list(dict.fromkeys(generate()))
    random.Random(0).shuffle(lines)
    # v16.1: ordinary text that is no shop copy (recipes, facts, how-tos), "none", for this head only
    return lines[:SAMPLE] + list(dict.fromkeys(neutral())) + list(dict.fromkeys(seen_lines(leave_out))) * REPEAT


def main(argv: list[str]) -> None:
    data = training_data()
    model = train(data)
    model.save()
    pred = model.proba(sentence_vectors().encode([t for t, _ in data])).argmax(axis=1)
    acc = float(np.mean([LABELS[k] == label for k, (_, label) in zip(pred, data)]))
    print(f"trained on {len(data)} lines, training accuracy {acc:.3f}, saved {HEAD_PATH} "
          f"({HEAD_PATH.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1:])
