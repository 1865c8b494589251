"""Pure functions of the audit log: RFC 9162 proofs, RFC 8785 bytes, signed-note checkpoints."""

from __future__ import annotations

import math

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.audit import merkle, note
from gateway.audit.canonical import canonical, es_number, split_on, splice
from gateway.audit.verify_offline import (
    VerificationError, verify_consistency, verify_inclusion, verify_note,
)
from gateway.signing import SigningKey

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def _mth(hs: list[bytes]) -> bytes:
    if not hs:
        return merkle.EMPTY_ROOT
    if len(hs) == 1:
        return hs[0]
    k = merkle.split(len(hs))
    return merkle.node_hash(_mth(hs[:k]), _mth(hs[k:]))


def test_frontier_nodes_and_proofs_match_the_rfc_definitions() -> None:
    leaves = [merkle.leaf_hash(str(i).encode()) for i in range(40)]
    nodes: dict[tuple[int, int], bytes] = {}
    f = merkle.Frontier()
    for i, h in enumerate(leaves):
        nodes[(0, i)] = h
        for level, idx, nh in f.append(h):
            nodes[(level, idx)] = nh
        assert f.root() == _mth(leaves[: i + 1])
    lookup = lambda lv, i: nodes[(lv, i)]  # noqa: E731
    roots = [_mth(leaves[:n]) for n in range(41)]
    for n in range(1, 41):
        root = roots[n]
        for i in range(n):
            path = [merkle.range_hash(a, b, lookup) for a, b in merkle.inclusion_ranges(i, n)]
            verify_inclusion(leaves[i], i, n, path, root)
            if path:
                with pytest.raises(VerificationError):
                    verify_inclusion(leaves[(i + 1) % n], i, n, path, root)
        for m in range(1, n + 1):
            path = [merkle.range_hash(a, b, lookup) for a, b in merkle.consistency_ranges(m, n)]
            verify_consistency(m, n, roots[m], root, path)
            if m < n:
                with pytest.raises(VerificationError):
                    verify_consistency(m, n, roots[m], roots[n - 1], path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_canonical_equals_the_reference_rfc8785(value: object) -> None:
    assert canonical(value) == rfc8785.dumps(value)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(max_size=5), json_values, max_size=6), st.integers(0, 2**40))
def test_splicing_the_seq_equals_encoding_it(record: dict, seq: int) -> None:
    record.pop("seq", None)
    assert splice(split_on(record, "seq"), "seq", seq) == rfc8785.dumps({**record, "seq": seq})


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_numbers_are_ecmascript(f: float) -> None:
    assert es_number(f) == rfc8785.dumps(f).decode()


@settings(max_examples=500, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False), st.integers(-(2**53) + 1, 2**53 - 1))
def test_the_orjson_fast_path_never_lets_a_non_canonical_number_through(f: float, i: int) -> None:
    # in every position a number can take; the scan of orjson's output must send each float
    # that ECMAScript prints differently to the exact path
    for g in (f, -f, f * 1e16, f / 1e7, float(round(f)), float(i)):
        if not math.isfinite(g):
            continue
        for value in (g, [g], {"a": g, "b": 1}, [i, g, i], {"x": [g], "s": "a:1.0,"}):
            assert canonical(value) == rfc8785.dumps(value)


def test_key_order_is_utf16_where_it_differs_from_code_points() -> None:
    # U+FF5E sorts after U+1F600 by code point but before it by UTF-16 unit (D83D DE00)
    for record in ({"\uff5e": 1, "\U0001f600": 2}, {"a\ue000": 1, "a\U00010000": 2, "a": 3},
                   {"k": {"\uffff": 0, "\U0010ffff": 1}}, {"\U0001f600": 1, "z": 2}):
        assert canonical(record) == rfc8785.dumps(record)
    for text in ("plain", "emoji \U0001f600 in a value", "\u2028\u2029", "ctl \x00\x1f \x7f",
                 "quote \" back \\ slash /"):
        assert canonical({"t": text, "n": 1200.0}) == rfc8785.dumps({"t": text, "n": 1200.0})


def test_checkpoint_note_round_trip() -> None:
    key = SigningKey(Ed25519PrivateKey.generate())
    root = merkle.leaf_hash(b"x")
    text = note.sign_checkpoint(key, "candor/audit", 7, root)
    assert text.startswith("candor/audit\n7\n") and "\n\n\u2014 candor " in text
    parsed = note.parse(text)
    assert (parsed.size, parsed.root) == (7, root)
    assert verify_note(text, key.public_pem()) == ("candor/audit", 7, root)
    with pytest.raises(VerificationError):
        verify_note(text.replace("\n7\n", "\n8\n"), key.public_pem())
    other = SigningKey(Ed25519PrivateKey.generate())
    with pytest.raises(VerificationError):
        verify_note(text, other.public_pem())
