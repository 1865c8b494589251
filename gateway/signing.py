"""The gateway's Ed25519 signing keys: one active private key, and every public key it had.

Audit checkpoints and invisible output marks are signed with the active key and name its key
id (C2SP signed notes: ``SHA-256(name \\n 0x01 pub)[:4]``; a mark carries the same 4 bytes), so
anyone holding the public key set verifies both offline, also after a rotation.

The private key lives in ``<data_dir>/signing.key`` (PEM, mode 0600) unless ``signing_key_file``
(``CANDOR_SIGNING_KEY_FILE``) names another file; workers and replicas share it by sharing that
file. Beside it, ``signing-keys.json`` lists the public keys with their created/retired times
(the same JSON as ``GET /v1/provenance/keys`` and ``candor signing export-public``).
``candor signing rotate`` makes a new active key and keeps the old one's public key there;
the old private key is gone. A fleet member (``fleet: true``) never creates a key: all
replicas must sign with the same one, so it refuses to start without the shared file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from gateway.secrets import create_once, write_atomic

KEYSET_FILE = "signing-keys.json"
ALGORITHM = "Ed25519"


def key_id_for(name: str, public: bytes) -> bytes:
    """4-byte id of a public key (as in C2SP signed notes: SHA-256(name \\n 0x01 pub)[:4])."""
    return hashlib.sha256(name.encode() + b"\n\x01" + public).digest()[:4]


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    name: str = "candor"

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def public_bytes(self) -> bytes:
        return self.public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def key_id(self) -> bytes:
        return key_id_for(self.name, self.public_bytes)

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)

    def public_pem(self) -> str:
        return self.public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()

    def public_b64(self) -> str:
        return base64.b64encode(self.public_bytes).decode()


def verify(public: Ed25519PublicKey | bytes, signature: bytes, message: bytes) -> bool:
    if isinstance(public, bytes):
        public = Ed25519PublicKey.from_public_bytes(public)
    try:
        public.verify(signature, message)
        return True
    except InvalidSignature:
        return False


def load_public_pem(pem: str | bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def _new_private_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())


def _load_private(pem: bytes, path: Path, name: str) -> SigningKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except ValueError as exc:
        raise SigningKeyError(f"{path} is not a PEM private key: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path} is not an Ed25519 private key")
    return SigningKey(key, name)


def load_or_create(path: Path, name: str = "candor") -> SigningKey:
    """Load the key, or create it atomically (several workers may race on first start)."""
    path = Path(path)
    return _load_private(create_once(path, _new_private_pem), path, name)


def load_existing(path: Path, name: str = "candor") -> SigningKey:
    try:
        pem = Path(path).read_bytes()
    except OSError as exc:
        raise SigningKeyError(f"cannot read the signing key {path}: {exc.strerror}") from None
    return _load_private(pem, Path(path), name)


class SigningKeyError(Exception):
    """The signing key is missing where it must exist, or unreadable: a one-line message."""


# -- the key set ------------------------------------------------------------------------------


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ts(value: Any) -> float | None:
    if value in (None, ""):
        return None
    return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=timezone.utc).timestamp()


@dataclass(frozen=True)
class PublicKeyInfo:
    """One public key of the set: the active one (``retired_at`` None) or a retired one."""

    name: str
    public: bytes  # raw 32 bytes
    created_at: float | None
    retired_at: float | None

    @property
    def key_id(self) -> bytes:
        return key_id_for(self.name, self.public)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public)

    def to_json(self) -> dict[str, Any]:
        pem = self.public_key.public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
        return {"key_id": self.key_id.hex(), "name": self.name, "algorithm": ALGORITHM,
                "status": "retired" if self.retired_at is not None else "active",
                "created_at": _iso(self.created_at), "retired_at": _iso(self.retired_at),
                "public_key_b64": base64.b64encode(self.public).decode(),
                "public_key_pem": pem.decode()}

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> "PublicKeyInfo":
        if item.get("algorithm", ALGORITHM) != ALGORITHM:
            raise ValueError(f"unsupported algorithm {item.get('algorithm')!r}")
        if item.get("public_key_b64"):
            raw = base64.b64decode(item["public_key_b64"], validate=True)
        else:
            raw = load_public_pem(item["public_key_pem"]).public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        info = cls(str(item.get("name") or "candor"), raw, _ts(item.get("created_at")),
                   _ts(item.get("retired_at")))
        if item.get("key_id") and item["key_id"] != info.key_id.hex():
            raise ValueError(f"key id {item['key_id']} does not match its public key")
        return info


def parse_public_keys(data: bytes | str) -> list[PublicKeyInfo]:
    """A key set file (``{"keys": [...]}``), a PEM public key, or a base64 raw key."""
    raw = data.encode() if isinstance(data, str) else data
    stripped = raw.strip()
    if stripped.startswith(b"{"):
        doc = json.loads(stripped)
        if not isinstance(doc, dict) or not isinstance(doc.get("keys"), list):
            raise ValueError('a key set is {"keys": [...]}')
        return [PublicKeyInfo.from_json(item) for item in doc["keys"]]
    if stripped.startswith(b"-----BEGIN"):
        pub = load_public_pem(stripped)
    else:
        pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(stripped, validate=True))
    raw_pub = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return [PublicKeyInfo("candor", raw_pub, None, None)]


def keyset_document(keys: list[PublicKeyInfo]) -> dict[str, Any]:
    return {"algorithm": ALGORITHM, "keys": [k.to_json() for k in keys]}


class KeySet:
    """The active private key and the public keys of the set (active first).

    The public list is re-read when ``signing-keys.json`` changes, so a replica that has not
    restarted yet after a rotation elsewhere still verifies the new key's marks.
    """

    def __init__(self, key_file: Path, active: SigningKey) -> None:
        self.key_file = Path(key_file)
        self.active = active
        self.list_file = self.key_file.parent / KEYSET_FILE
        self._stamp: tuple[int, int] | None = None
        self._keys: list[PublicKeyInfo] = []
        self._refresh()

    def _refresh(self) -> None:
        try:
            st = self.list_file.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp == self._stamp and self._keys:
            return
        try:
            listed = read_list(self.list_file) if stamp is not None else []
        except SigningKeyError:
            if not self._keys:
                raise  # at start: refuse, one line (candor serve checks before it forks)
            # a broken edit while running: keep verifying with the list in force
            import structlog

            structlog.get_logger("candor.signing").error("signing_keys_unreadable",
                                                         file=str(self.list_file))
            self._stamp = stamp
            return
        self._stamp = stamp
        self._keys = _with_active(listed, self.active, self.key_file)

    def keys(self) -> list[PublicKeyInfo]:
        self._refresh()
        return list(self._keys)

    def public_keys(self) -> dict[bytes, Ed25519PublicKey]:
        """Key id -> public key, for verification (the active key and every retired one)."""
        return {k.key_id: k.public_key for k in self.keys()}

    def raw_public_keys(self) -> list[bytes]:
        return [k.public for k in self.keys()]

    def document(self) -> dict[str, Any]:
        """The public set, and which key this process signs with (until it restarts after a
        rotation, that is the retired one)."""
        return {**keyset_document(self.keys()), "signing_key_id": self.active.key_id.hex()}


def read_list(path: Path) -> list[PublicKeyInfo]:
    try:
        return parse_public_keys(Path(path).read_bytes())
    except (OSError, ValueError, KeyError) as exc:
        raise SigningKeyError(f"{path}: not a readable key set: {exc}") from None


def _with_active(listed: list[PublicKeyInfo], active: SigningKey,
                 key_file: Path) -> list[PublicKeyInfo]:
    """The listed keys as the file says (a replica not restarted since a rotation signs with a
    key the file already calls retired: its marks still verify); the process's own key first
    as active when the file does not know it yet (no rotation so far)."""
    if any(k.public == active.public_bytes for k in listed):
        return list(listed)
    try:
        created: float | None = key_file.stat().st_mtime
    except OSError:
        created = None
    return [PublicKeyInfo(active.name, active.public_bytes, created, None), *listed]


def key_file_of(settings: Any) -> Path:
    return Path(settings.signing_key_file or Path(settings.data_dir) / "signing.key")


def check_fleet(settings: Any) -> None:
    """A fleet member must not invent its own key: it needs the shared one, named explicitly."""
    if not settings.fleet:
        return
    if settings.signing_key_file is None:
        raise SigningKeyError(
            "fleet: true needs the shared signing key: set signing_key_file "
            "(CANDOR_SIGNING_KEY_FILE) to the file every replica mounts (`candor signing init "
            "--key-file PATH` makes one)")
    if not Path(settings.signing_key_file).is_file():
        raise SigningKeyError(
            f"fleet: true but the shared signing key {settings.signing_key_file} does not "
            "exist; a replica will not make its own (`candor signing init --key-file PATH`)")


def check_start(settings: Any) -> None:
    """Before workers start: the fleet rule, and a key set list that parses."""
    check_fleet(settings)
    listed = key_file_of(settings).parent / KEYSET_FILE
    if listed.exists():
        read_list(listed)


def load_keyset(settings: Any) -> KeySet:
    """The process's key set: created on first start, except in a fleet (see check_fleet)."""
    check_fleet(settings)
    path = key_file_of(settings)
    active = load_existing(path) if settings.fleet else load_or_create(path)
    return KeySet(path, active)


def rotate(key_file: Path) -> tuple[PublicKeyInfo, PublicKeyInfo]:
    """Make a new active key; the old one's public key stays in the list as retired.

    The list is written first (it then holds both keys), then the key file is replaced: a
    crash in between leaves the old key active and the new one listed, which verifies all.
    Returns (retired, new).
    """
    key_file = Path(key_file)
    old = load_existing(key_file)
    keyset = KeySet(key_file, old)
    now = time.time()
    new = _load_private(_new_private_pem(), key_file, old.name)
    current = keyset.keys()
    mine = next(k for k in current if k.public == old.public_bytes)
    retired = replace(mine, retired_at=now)
    others = [k if k.retired_at is not None else replace(k, retired_at=now)
              for k in current if k is not mine]
    fresh = PublicKeyInfo(new.name, new.public_bytes, now, None)
    doc = keyset_document([fresh, retired, *others])
    write_atomic(keyset.list_file, (json.dumps(doc, indent=2) + "\n").encode(), 0o644)
    write_atomic(key_file, new.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()), 0o600)
    return retired, fresh
