"""Static sentence vectors: the mean of word-piece vectors distilled from all-MiniLM-L6-v2.

A transformer reads "Only a handful remain" and "Just 2 left" as alike; an n-gram model that never
saw "handful" cannot. Running MiniLM per sentence costs 5-20 ms in numpy on this hardware, over
the checks' budget (3 ms for all of them), so ``build_sentence_vectors.py`` ran the model once on
every word piece of its vocabulary alone ("[CLS] piece [SEP]", mean of the outputs, as Model2Vec
does) and stored the 30,522 vectors, each scaled by a smooth inverse frequency weight
(a / (a + p), p = the piece's share of the training corpus's pieces, a = 1e-3) so that "the" and
"your" weigh little. A sentence's vector is the mean of its pieces' vectors, L2-normalised: word
pieces from a per-chunk cache, one gather and one small matrix product, ~0.015 ms a sentence.

Stored in ``sentence_vectors.npz``: the word-piece vocabulary (newline-joined UTF-8), the vectors
as int8 with one float scale per dimension (11.7 MB; the rounding moves a cosine by < 0.01).
The tokenizer is the model's own (BERT uncased word pieces) rebuilt from that vocabulary with the
``tokenizers`` package, so nothing is fetched at run time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

VECTORS_PATH = Path(__file__).with_name("sentence_vectors.npz")
_BATCH = 64  # texts averaged at once
_CHUNK_CACHE = 50_000  # space-separated chunks whose word pieces are remembered (cleared when full)
_CHUNK_MAX = 64  # longer chunks are not remembered: the cache holds at most ~3 MB of text


class SentenceVectors:
    def __init__(self, vocab: list[str], vectors: np.ndarray, scale: np.ndarray | None = None) -> None:
        """``vectors``: one row per word piece; int8 rows take a per-dimension ``scale`` (kept as
        int8 in memory, 11.7 MB instead of 47 MB as float32: the scale applies after the mean)."""
        from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

        tok = Tokenizer(models.WordPiece({w: i for i, w in enumerate(vocab)}, unk_token="[UNK]",
                                         max_input_chars_per_word=100))
        tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True,
                                                    strip_accents=None, lowercase=True)
        tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
        self._tok = tok
        self._chunks: dict[str, tuple[int, ...]] = {}
        self.vectors = vectors if vectors.dtype == np.int8 else vectors.astype(np.float32)
        self.scale = (np.ones(vectors.shape[1]) if scale is None else scale).astype(np.float32)
        self.dim = self.vectors.shape[1]

    @classmethod
    def load(cls, path: Path = VECTORS_PATH) -> "SentenceVectors":
        data = np.load(path, allow_pickle=False)
        vocab = bytes(data["vocab"]).decode("utf-8").split("\n")
        return cls(vocab, data["vectors"], data["scale"])

    def ids(self, texts: list[str]) -> list[list[int]]:
        """Word pieces of each text. The model's pre-tokenizer splits at white space first, so the
        pieces of a text are the pieces of its space-separated chunks: each chunk is cut once
        and remembered (the tokenizer's own call costs ~40 us a sentence; most chunks recur)."""
        cache = self._chunks
        out = []
        for text in texts:
            pieces: list[int] = []
            for chunk in text.split():
                got = cache.get(chunk)
                if got is None:
                    got = tuple(self._tok.encode(chunk, add_special_tokens=False).ids)
                    if len(chunk) <= _CHUNK_MAX:  # a huge chunk is cut but never kept
                        if len(cache) >= _CHUNK_CACHE:
                            cache.clear()
                        cache[chunk] = got
                pieces.extend(got)
            out.append(pieces)
        return out

    def encode(self, texts: list[str]) -> np.ndarray:
        """One L2-normalised vector per text (zeros for a text with no word piece)."""
        if len(texts) > _BATCH:  # the averaging matrix grows as texts x pieces: keep it small
            return np.concatenate([self.encode(texts[i:i + _BATCH]) for i in range(0, len(texts), _BATCH)])
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        pieces = self.ids(texts)
        flat = [i for p in pieces for i in p]
        if not flat:
            return out
        sizes = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
        # the means as one small matrix product (np.add.reduceat over rows is ~10x slower here)
        rows = np.repeat(np.arange(len(pieces)), sizes)
        avg = np.zeros((len(pieces), len(flat)), dtype=np.float32)
        avg[rows, np.arange(len(flat))] = 1.0 / sizes[rows]
        out = (avg @ self.vectors[np.asarray(flat)].astype(np.float32)) * self.scale
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


@lru_cache(maxsize=1)
def sentence_vectors() -> SentenceVectors:
    return SentenceVectors.load()
