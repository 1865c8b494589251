"""Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint).

    <origin>\\n<tree size>\\n<base64 root hash>\\n
    \\n
    — <key name> <base64(4-byte key id || Ed25519 signature)>\\n

The key id names which key of the set signed (gateway/signing.py): after a rotation old
checkpoints keep their old key's id and verify against the retired public key.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from gateway.signing import SigningKey, key_id_for

DASH = "\u2014"


def key_id(name: str, public: bytes) -> bytes:
    return key_id_for(name, public)


def body(origin: str, size: int, root: bytes) -> str:
    return f"{origin}\n{size}\n{base64.b64encode(root).decode()}\n"


def sign_checkpoint(key: SigningKey, origin: str, size: int, root: bytes) -> str:
    text = body(origin, size, root)
    sig = key.sign(text.encode())
    return f"{text}\n{DASH} {key.name} {base64.b64encode(key.key_id + sig).decode()}\n"


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    text: str  # the signed body
    signatures: tuple[tuple[str, bytes, bytes], ...]  # (name, key id, signature)


def parse(note: str) -> Checkpoint:
    text, sep, sigs = note.partition("\n\n")
    if not sep:
        raise ValueError("not a signed note: no blank line before the signatures")
    lines = text.split("\n")
    if len(lines) < 3:
        raise ValueError("checkpoint body needs origin, size and root hash lines")
    origin, size, root = lines[0], int(lines[1]), base64.b64decode(lines[2], validate=True)
    out = []
    for line in sigs.splitlines():
        if not line.startswith(DASH + " "):
            raise ValueError(f"bad signature line {line!r}")
        name, _, b64 = line[2:].rpartition(" ")
        raw = base64.b64decode(b64, validate=True)
        out.append((name, raw[:4], raw[4:]))
    return Checkpoint(origin, size, root, text + "\n", tuple(out))
