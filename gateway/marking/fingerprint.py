"""Fingerprints of delivered text, for copies whose mark was stripped or whose words were edited.

A 64-bit SimHash over the words and word 2-shingles of the normalised text (``mark.normalise``
plus casefolding): near-identical texts get fingerprints a few bits apart, unrelated texts about
25-32. Similarity is reported as ``1 - hamming / 64``.

Why words + 2-shingles and not 3-shingles: each edited word changes 3 three-word shingles, so on
a 40-word SMS two edited words move 15% of the features and the fingerprint by ~12 bits, out
of reach of the banded lookup. Measured on ~70-word texts with two words replaced: 3-shingles
mean 8.8 / max 15 bits; words + 2-shingles mean 5.0 / max 13 bits, while unrelated texts stayed
>= 19 bits apart (bench/marking_bench.py prints this comparison).

Lookup is banded: the 64 bits are four 16-bit bands, and a stored fingerprint is a candidate
when one band is equal, or (multi-probe) differs in one bit; candidates are then ranked by
Hamming distance. By pigeonhole every fingerprint within distance 7 is found (3 without the
probes); farther ones often are. Any store with four indexed integer columns can implement
``FingerprintIndex`` (the audit store can); ``SqliteFingerprintIndex`` is the stand-alone one
under ``<data_dir>``.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Protocol, runtime_checkable

import numpy as np

from gateway.marking.mark import normalise

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 2
BANDS = 4
BAND_BITS = 16


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text).casefold())


def shingles(text: str) -> list[str]:
    """The SimHash features (for reading): every word, and every run of ``SHINGLE`` words."""
    words = _words(text)
    if len(words) < SHINGLE:
        return words
    return words + [" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


@functools.lru_cache(maxsize=65536)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")


_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a bijective 64-bit mixer, vectorised."""
    x = (x ^ (x >> np.uint64(30))) * _M1
    x = (x ^ (x >> np.uint64(27))) * _M2
    return x ^ (x >> np.uint64(31))


def feature_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the features: words (blake2b, cached) and word pairs (mixed from the
    two word hashes, so a 2-shingle costs no extra string hashing)."""
    # one word at a time: a list of the words costs ~55 bytes each on a long answer
    h = np.fromiter((_word_hash(m.group()) for m in _WORD.finditer(normalise(text).casefold())),
                    dtype=np.uint64)
    if len(h) < SHINGLE:
        return h
    with np.errstate(over="ignore"):
        pairs = _mix(h[:-1] * _GOLDEN ^ _mix(h[1:] + _GOLDEN))
    return np.concatenate([h, pairs])


_BLOCK = 8192


def simhash(text: str) -> int:
    """64-bit SimHash (unweighted features); 0 for text without words."""
    hashes = feature_hashes(text)
    if not len(hashes):
        return 0
    ones = np.zeros(64, dtype=np.int64)
    # in blocks: unpacking every hash at once costs 64 bytes a feature (25 MB for a 1 MB answer)
    for i in range(0, len(hashes), _BLOCK):
        block = hashes[i:i + _BLOCK].astype(">u8").view(np.uint8).reshape(-1, 8)
        ones += np.unpackbits(block, axis=1).sum(axis=0, dtype=np.int64)
    packed = np.packbits((ones * 2 > len(hashes)).astype(np.uint8))
    return int.from_bytes(packed.tobytes(), "big")


def to_hex(fp: int) -> str:
    return f"{fp:016x}"


def from_hex(value: str) -> int:
    fp = int(value, 16)
    if not 0 <= fp < 1 << 64:
        raise ValueError("fingerprint must be 64 bits")
    return fp


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def similarity(distance: int) -> float:
    return round(1 - distance / 64, 4)


def bands(fp: int) -> tuple[int, int, int, int]:
    mask = (1 << BAND_BITS) - 1
    return tuple((fp >> (BAND_BITS * i)) & mask for i in range(BANDS))  # type: ignore[return-value]


def band_probes(fp: int, probe: bool = True) -> list[list[int]]:
    """Band values to look up: each band as is, and (multi-probe) with each one bit flipped.

    Exact bands find every fingerprint within distance 3 (pigeonhole over 4 bands); with the
    one-bit probes every fingerprint within distance 7 (some band then differs in <= 1 bit),
    which is what a light edit of a short message produces.
    """
    out = []
    for value in bands(fp):
        out.append([value] + ([value ^ (1 << j) for j in range(BAND_BITS)] if probe else []))
    return out


def to_signed(fp: int) -> int:
    """SQL integers are signed 64-bit."""
    return fp - (1 << 64) if fp >= 1 << 63 else fp


def from_signed(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


@runtime_checkable
class FingerprintIndex(Protocol):
    def add(self, generation_id: str, fp: int) -> None: ...

    def query(self, fp: int, max_hamming: int = 10) -> list[tuple[str, int]]:
        """(generation_id, distance) within ``max_hamming``, nearest first."""
        ...


class SqliteFingerprintIndex:
    """Banded SimHash index in one SQLite file (WAL, several workers may share it)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._conn() as db:
            db.executescript("""
                CREATE TABLE IF NOT EXISTS fingerprints (
                    generation_id TEXT NOT NULL, fp INTEGER NOT NULL,
                    b0 INTEGER NOT NULL, b1 INTEGER NOT NULL,
                    b2 INTEGER NOT NULL, b3 INTEGER NOT NULL);
                CREATE INDEX IF NOT EXISTS fp_b0 ON fingerprints(b0);
                CREATE INDEX IF NOT EXISTS fp_b1 ON fingerprints(b1);
                CREATE INDEX IF NOT EXISTS fp_b2 ON fingerprints(b2);
                CREATE INDEX IF NOT EXISTS fp_b3 ON fingerprints(b3);
            """)

    def _conn(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    @staticmethod
    def _row(generation_id: str, fp: int) -> tuple[object, ...]:
        return (generation_id, to_signed(fp), *bands(fp))

    def add(self, generation_id: str, fp: int) -> None:
        self.add_many([(generation_id, fp)])

    def add_many(self, items: Iterable[tuple[str, int]]) -> None:
        db = self._conn()
        db.execute("BEGIN")
        try:
            db.executemany("INSERT INTO fingerprints VALUES (?, ?, ?, ?, ?, ?)",
                           (self._row(g, fp) for g, fp in items))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def query(self, fp: int, max_hamming: int = 10, probe: bool = True) -> list[tuple[str, int]]:
        probes = band_probes(fp, probe)
        marks = ", ".join("?" * len(probes[0]))
        sql = " UNION ".join(f"SELECT generation_id, fp FROM fingerprints WHERE b{i} IN ({marks})"
                             for i in range(BANDS))
        rows = self._conn().execute(sql, [v for values in probes for v in values]).fetchall()
        best: dict[str, int] = {}
        for gen, stored in rows:
            d = hamming(fp, from_signed(stored))
            if d <= max_hamming and d < best.get(gen, 65):
                best[gen] = d
        return sorted(best.items(), key=lambda item: (item[1], item[0]))

    def count(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM fingerprints").fetchone()[0])

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None
