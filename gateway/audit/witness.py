"""Checks that do not trust the gateway's own key file or database (issue 13, item 6).

Whoever controls the database and the key file can truncate the log and rebuild a consistent
tree (a rollback), or edit records, recompute the tree and re-sign every checkpoint with a new
key: ``candor audit verify`` with the local key then says OK. Two things defeat that, both kept
outside the gateway's control:

- a **pinned public key** (``--public-key FILE``, PEM or base64): checkpoints must be signed by
  it, not by whatever key file sits next to the database;
- a **trusted checkpoint** the verifier kept from earlier (``--trusted-checkpoint FILE``, a
  signed note): the recomputed tree must have the same root at that size, so nothing before it
  was changed, and must not be smaller, so nothing was cut off.

``candor audit witness --dir DIR --public-key FILE`` is a minimal witness in the C2SP
tlog-witness spirit: it keeps the latest checkpoint it accepted in ``DIR/checkpoint``, and
accepts a new one only if it is signed by the pinned key, no smaller, and provably consistent
with the kept one (an RFC 9162 consistency proof between the two signed roots). Run it from
cron or after deploys on a machine the gateway's operators do not control; point ``verify`` at
its kept checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.audit import note
from gateway.secrets import write_atomic
from gateway.audit.verify_offline import (
    VerificationError,
    _publics,
    verify_consistency,
    verify_note,
)

CHECKPOINT_FILE = "checkpoint"


def load_public_key(path: str | Path) -> list[bytes]:
    """Raw Ed25519 public keys from a PEM file, a file holding its base64, or a key set file
    (``candor signing export-public``: every key, retired ones too)."""
    raw = Path(path).read_bytes().strip()
    return [pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            for pub in _publics(raw)]


def _keys(public_key: bytes | list[bytes]) -> list[Ed25519PublicKey]:
    return [Ed25519PublicKey.from_public_bytes(k)
            for k in ([public_key] if isinstance(public_key, bytes) else public_key)]


@dataclass(frozen=True)
class Trusted:
    size: int
    root: bytes
    origin: str


def read_trusted(path: str | Path, public_key: bytes | list[bytes],
                 key_name: str = "candor") -> Trusted:
    """A checkpoint note the verifier kept; its signature must verify under the pinned key."""
    text = Path(path).read_text()
    origin, size, root = verify_note(text, list(_keys(public_key)), key_name)
    return Trusted(size, root, origin)


async def witness(store: object, directory: Path, public_key: bytes | list[bytes],
                  key_name: str = "candor") -> tuple[bool, str]:
    """Check the store's latest checkpoint against the one kept in ``directory``; keep it if
    it is consistent. Returns (ok, message)."""
    from gateway.audit.store import AuditStore

    assert isinstance(store, AuditStore)
    latest = await store.latest_checkpoint()
    if latest is None:
        return False, "the log has no checkpoint yet"
    try:
        _, size, root = verify_note(latest["note"], list(_keys(public_key)), key_name)
    except VerificationError as exc:
        return False, f"latest checkpoint (size {latest['tree_size']}): {exc} (pinned key)"
    directory.mkdir(parents=True, exist_ok=True)
    kept_path = directory / CHECKPOINT_FILE
    if not kept_path.exists():
        write_atomic(kept_path, latest["note"])
        return True, f"first checkpoint kept: size {size} (trust on first use)"
    try:
        old = read_trusted(kept_path, public_key, key_name)
    except (VerificationError, ValueError, OSError) as exc:
        return False, f"the kept checkpoint {kept_path} does not verify: {exc}"
    if size < old.size:
        return False, (f"ROLLBACK: the log's latest checkpoint covers {size} records, the "
                       f"witness already saw {old.size}")
    try:
        proof = await store.consistency_proof(old.size, size) if size > old.size else []
        verify_consistency(old.size, size, old.root, root, proof)
    except (VerificationError, ValueError) as exc:
        return False, (f"FORK: checkpoint of size {size} is not consistent with the kept "
                       f"checkpoint of size {old.size}: {exc}")
    if size > old.size:
        write_atomic(kept_path, latest["note"])
        return True, f"consistent: size {old.size} -> {size}; kept the new checkpoint"
    return True, f"consistent: size {size} unchanged"


__all__ = ["Trusted", "load_public_key", "read_trusted", "witness", "note"]
