"""Check one audit record with nothing but the gateway's public key and the API's JSON.

Independent of the store and of the rest of Candor on purpose (stdlib, ``cryptography``,
``rfc8785``): an auditor can copy this file, fetch ``GET /audit/v1/generations/{id}`` and run

    python verify_offline.py record.json public.pem    # or keys.json: the whole key set

It checks (1) the checkpoint's Ed25519 signature (C2SP signed note), (2) that the record's RFC 8785
bytes hash to the leaf, and (3) the RFC 9162 inclusion proof of that leaf in the signed root.
``verify_consistency`` checks that a later checkpoint extends an earlier one.

The key may be one public key (PEM or base64) or the key set (``GET /v1/provenance/keys``,
``candor signing export-public``): after a rotation, each checkpoint is checked with the key
its signature line names by id.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


class VerificationError(Exception):
    pass


def _h(*parts: bytes) -> bytes:
    return hashlib.sha256(b"".join(parts)).digest()


def _public(key: str | bytes | Ed25519PublicKey) -> Ed25519PublicKey:
    if isinstance(key, Ed25519PublicKey):
        return key
    raw = key.encode() if isinstance(key, str) else key
    if raw.lstrip().startswith(b"-----BEGIN"):
        loaded = serialization.load_pem_public_key(raw)
        if not isinstance(loaded, Ed25519PublicKey):
            raise VerificationError("not an Ed25519 public key")
        return loaded
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(raw))


Key = str | bytes | Ed25519PublicKey


def _publics(key: Key | list[Key]) -> list[Ed25519PublicKey]:
    """One key, a list of keys, or a key set document ({"keys": [{"public_key_b64": ...}]})."""
    if isinstance(key, list):
        return [k for item in key for k in _publics(item)]
    if isinstance(key, (str, bytes)):
        raw = key.encode() if isinstance(key, str) else key
        if raw.lstrip().startswith(b"{"):
            try:
                doc = json.loads(raw)
                return [Ed25519PublicKey.from_public_bytes(base64.b64decode(k["public_key_b64"]))
                        for k in doc["keys"]]
            except (ValueError, KeyError, TypeError) as exc:
                raise VerificationError(f"not a key set: {exc}") from None
    return [_public(key)]


def verify_note(note: str, public_key: Key | list[Key],
                key_name: str | None = None) -> tuple[str, int, bytes]:
    """Verify a checkpoint note signed by ``public_key`` (or one key of a key set); return
    (origin, size, root)."""
    publics = _publics(public_key)
    text, sep, sigs = note.partition("\n\n")
    if not sep:
        raise VerificationError("malformed note")
    signed = (text + "\n").encode()
    for line in sigs.splitlines():
        if not line.startswith("\u2014 "):
            continue
        name, _, b64 = line[2:].rpartition(" ")
        if key_name is not None and name != key_name:
            continue
        blob = base64.b64decode(b64)
        pub = next((p for p in publics if blob[:4] == _h(
            name.encode(), b"\n\x01",
            p.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))[:4]),
            None)
        if pub is None:
            continue
        try:
            pub.verify(blob[4:], signed)
        except InvalidSignature:
            raise VerificationError("checkpoint signature is invalid") from None
        lines = text.split("\n")
        return lines[0], int(lines[1]), base64.b64decode(lines[2])
    raise VerificationError("no signature by this key on the checkpoint")


def verify_inclusion(leaf_hash: bytes, index: int, size: int, path: list[bytes],
                     root: bytes) -> None:
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        raise VerificationError("leaf index beyond tree size")
    fn, sn, r = index, size - 1, leaf_hash
    for p in path:
        if sn == 0:
            raise VerificationError("inclusion proof too long")
        if fn & 1 or fn == sn:
            r = _h(b"\x01", p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = _h(b"\x01", r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0 or r != root:
        raise VerificationError("inclusion proof does not lead to the signed root")


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       path: list[bytes]) -> None:
    """RFC 9162 section 2.1.4.2."""
    if first > second:
        raise VerificationError("first tree is larger than the second")
    if first == second:
        if path or first_root != second_root:
            raise VerificationError("equal sizes need equal roots and an empty proof")
        return
    if first == 0:
        return
    if not path:
        raise VerificationError("empty consistency proof")
    if first & (first - 1) == 0:
        path = [first_root, *path]
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise VerificationError("consistency proof too long")
        if fn & 1 or fn == sn:
            fr = _h(b"\x01", c, fr)
            sr = _h(b"\x01", c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = _h(b"\x01", sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0 or fr != first_root or sr != second_root:
        raise VerificationError("consistency proof does not match the roots")


def verify_record(response: dict[str, Any], public_key: Key | list[Key]) -> dict:
    """Verify ``GET /audit/v1/generations/{id}`` output. Returns a small summary or raises."""
    record = response["record"]
    proof = response["proof"]
    origin, size, root = verify_note(response["checkpoint"]["note"], public_key)
    if int(proof["tree_size"]) != size:
        raise VerificationError("proof is for another tree size than the checkpoint")
    if record.get("seq") != proof["leaf_index"]:
        raise VerificationError("record sequence number differs from the proof's leaf index")
    pruned = record.get("kind") == "pruned"
    if pruned:
        # retention removed the content and kept the leaf hash: this proves the record existed
        # at this position and was not changed before it was pruned, not what it said
        leaf = base64.b64decode(response["leaf_hash"])
    else:
        leaf = _h(b"\x00", rfc8785.dumps(record))
    verify_inclusion(leaf, int(proof["leaf_index"]), size,
                     [base64.b64decode(p) for p in proof["hashes"]], root)
    return {"ok": True, "origin": origin, "tree_size": size, "seq": record["seq"],
            "generation_id": record.get("generation_id"), "pruned": pruned}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: verify_offline.py RECORD.json PUBLIC_KEY.pem|KEYS.json", file=sys.stderr)
        return 2
    with open(argv[0]) as f:
        response = json.load(f)
    with open(argv[1], "rb") as f:
        key = f.read()
    try:
        print(json.dumps(verify_record(response, key)))
    except (VerificationError, KeyError, ValueError) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
