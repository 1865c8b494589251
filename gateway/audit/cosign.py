"""Witness cosignatures on checkpoints (c2sp.org/tlog-cosignature, Ed25519 "cosignature/v1").

A cosignature is a note signature line by a witness over

    cosignature/v1\\n
    time <unix seconds>\\n
    <the checkpoint body: origin, size, root hash lines>

whose blob is ``key id (4) || timestamp (8, big-endian) || Ed25519 signature (64)``, the key id
being ``SHA-256(name || "\\n" || 0x04 || public key)[:4]``. It says: as of that time, this is the
largest tree the witness has seen for the log, and it is consistent with everything it saw
before.
"""

from __future__ import annotations

import base64
import hashlib
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from gateway.audit.note import DASH


class CosignatureError(Exception):
    pass


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n\x04" + public).digest()[:4]


def message(checkpoint_body: str, timestamp: int) -> bytes:
    return f"cosignature/v1\ntime {timestamp}\n{checkpoint_body}".encode()


def cosign(key: Ed25519PrivateKey, name: str, checkpoint_body: str,
           timestamp: int | None = None) -> str:
    """One signature line (no trailing newline)."""
    ts = int(time.time()) if timestamp is None else timestamp
    sig = key.sign(message(checkpoint_body, ts))
    blob = key_id(name, raw_public(key.public_key())) + ts.to_bytes(8, "big") + sig
    return f"{DASH} {name} {base64.b64encode(blob).decode()}"


@dataclass(frozen=True)
class Cosignature:
    name: str
    timestamp: int
    line: str


def verify_cosignatures(lines: str, name: str, public: Ed25519PublicKey,
                        checkpoint_body: str) -> Cosignature:
    """The first valid cosignature by (name, public) among ``lines``; lines by other keys are
    ignored, as the spec asks. Raises when none verifies."""
    kid = key_id(name, raw_public(public))
    for line in lines.splitlines():
        if not line.startswith(DASH + " "):
            continue
        who, _, b64 = line[2:].rpartition(" ")
        if who != name:
            continue
        try:
            blob = base64.b64decode(b64, validate=True)
        except ValueError:
            continue
        if len(blob) != 4 + 8 + 64 or blob[:4] != kid:
            continue
        ts = int.from_bytes(blob[4:12], "big")
        try:
            public.verify(blob[12:], message(checkpoint_body, ts))
        except InvalidSignature:
            raise CosignatureError(f"cosignature by {name} does not verify") from None
        return Cosignature(name, ts, line)
    raise CosignatureError(f"no cosignature by {name}")
