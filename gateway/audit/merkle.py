"""RFC 9162 (Certificate Transparency v2) Merkle tree: hashes, an O(log n) append frontier,
and the inclusion / consistency proof algorithms expressed over leaf ranges.

The store keeps every leaf hash and every completed perfect subtree ("node"), so any range hash a
proof needs is a handful of lookups (``blocks``), never a rescan of the log.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Iterable

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(leaf: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def split(n: int) -> int:
    """The largest power of two strictly smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class Frontier:
    """The roots of the perfect subtrees of the tree so far, largest (leftmost) first.

    Appending a leaf merges equal-sized roots; each merge completes a node that the store keeps
    as (level, index) so proofs can look it up later.
    """

    def __init__(self, size: int = 0, roots: list[tuple[int, bytes]] | None = None) -> None:
        self.size = size
        self.roots = list(roots or [])

    def append(self, lhash: bytes) -> list[tuple[int, int, bytes]]:
        """Add one leaf hash; return the completed nodes as (level, index, hash)."""
        made: list[tuple[int, int, bytes]] = []
        self.roots.append((0, lhash))
        self.size += 1
        while len(self.roots) >= 2 and self.roots[-1][0] == self.roots[-2][0]:
            (level, right), (_, left) = self.roots.pop(), self.roots.pop()
            h = node_hash(left, right)
            self.roots.append((level + 1, h))
            made.append((level + 1, (self.size >> (level + 1)) - 1, h))
        return made

    def root(self) -> bytes:
        if not self.roots:
            return EMPTY_ROOT
        r = self.roots[-1][1]
        for _, h in reversed(self.roots[:-1]):
            r = node_hash(h, r)
        return r

    def dump(self) -> list[list]:
        return [[level, h.hex()] for level, h in self.roots]

    @classmethod
    def load(cls, size: int, raw: Iterable[list]) -> "Frontier":
        return cls(size, [(int(level), bytes.fromhex(h)) for level, h in raw])


def root_of(leaf_hashes: list[bytes]) -> bytes:
    """MTH over a list of leaf hashes (reference implementation, for tests and verify)."""
    f = Frontier()
    for h in leaf_hashes:
        f.append(h)
    return f.root()


# -- proofs as lists of ranges [lo, hi) whose hashes make up the proof ---------------------------

def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """RFC 9162 2.1.3.1 PATH(m, D[n]), leaf-side first."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of size {size}")
    out: list[tuple[int, int]] = []
    lo, hi = 0, size
    while hi - lo > 1:
        k = split(hi - lo)
        if index - lo < k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo = lo + k
    out.reverse()
    return out


def consistency_ranges(first: int, second: int) -> list[tuple[int, int]]:
    """RFC 9162 2.1.4.1 PROOF(m, D[n])."""
    if not 0 < first <= second:
        raise ValueError(f"no consistency proof from size {first} to {second}")
    out: list[tuple[int, int]] = []

    def sub(m: int, lo: int, hi: int, complete: bool) -> None:
        n = hi - lo
        if m == n:
            if not complete:
                out.append((lo, hi))
            return
        k = split(n)
        if m <= k:
            sub(m, lo, lo + k, complete)
            out.append((lo + k, hi))
        else:
            sub(m - k, lo + k, hi, False)
            out.append((lo, lo + k))

    sub(first, 0, second, True)
    return out


def blocks(lo: int, hi: int) -> list[tuple[int, int]]:
    """The perfect aligned subtrees (level, index) whose hashes build MTH(D[lo:hi])."""
    out: list[tuple[int, int]] = []
    while hi > lo:
        n = hi - lo
        if n & (n - 1) == 0:
            level = n.bit_length() - 1
            out.append((level, lo >> level))
            break
        k = split(n)
        level = k.bit_length() - 1
        out.append((level, lo >> level))
        lo += k
    return out


def range_hash(lo: int, hi: int, lookup: Callable[[int, int], bytes]) -> bytes:
    """MTH(D[lo:hi]) from perfect-subtree hashes (lookup(level, index))."""
    parts = [lookup(level, idx) for level, idx in blocks(lo, hi)]
    r = parts[-1]
    for h in reversed(parts[:-1]):
        r = node_hash(h, r)
    return r
