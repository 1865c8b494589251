"""API keys: a YAML file of hashed keys, each bound to an app, roles and a policy.

A key looks like ``ck_<id>_<secret>``. The id finds the entry; the secret's SHA-256 is compared
in constant time. Keys are random (192 bits), so a fast hash is the right one: there is nothing
to brute-force, and a slow KDF would only add latency to every request.
"""

from __future__ import annotations

import difflib
import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

# generate: call the model endpoints; audit: read and verify the log; review: decide held
# generations (only those in the key's own ``principal``'s name when it has one); admin: all.
ROLES = ("generate", "audit", "review", "admin")


@dataclass(frozen=True)
class ApiKey:
    key_id: str
    app: str
    roles: frozenset[str]
    policy: str
    secret_hash: str  # "sha256:<hex>"
    # the registered principal (ghost-writing registry name) this key acts for: a reviewer key
    # with one may review only generations in that person's name
    principal: str | None = None

    def has_role(self, role: str) -> bool:
        return role in self.roles


class KeysError(Exception):
    pass


def _hash(secret: str) -> str:
    return "sha256:" + hashlib.sha256(secret.encode()).hexdigest()


def _parse(raw: object, source: str) -> dict[str, ApiKey]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not isinstance(raw.get("keys", []), list):
        raise KeysError(f"{source}: expected a mapping with a 'keys' list")
    out: dict[str, ApiKey] = {}
    for i, entry in enumerate(raw.get("keys") or []):
        if not isinstance(entry, dict):
            raise KeysError(f"{source}: keys[{i}] must be a mapping")
        missing = {"id", "hash", "app"} - entry.keys()
        if missing:
            raise KeysError(f"{source}: keys[{i}] lacks {', '.join(sorted(missing))}")
        roles = frozenset(entry.get("roles") or ["generate"])
        unknown = roles - set(ROLES)
        if unknown:
            raise KeysError(f"{source}: keys[{i}] has unknown roles {sorted(unknown)}")
        key = ApiKey(
            key_id=str(entry["id"]),
            app=str(entry["app"]),
            roles=roles,
            policy=str(entry.get("policy") or "default"),
            secret_hash=str(entry["hash"]),
            principal=str(entry["principal"]) if entry.get("principal") else None,
        )
        if key.key_id in out:
            raise KeysError(f"{source}: duplicate key id {key.key_id}")
        out[key.key_id] = key
    return out


class KeyStore:
    """Keys from one file; reloaded when the file changes (checked at most once a second)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._keys: dict[str, ApiKey] = {}
        self._mtime: float | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self.reload()

    def reload(self) -> None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._keys, self._mtime = {}, None
            return
        if stat.st_mtime == self._mtime:
            return
        self._keys = _parse(yaml.safe_load(self.path.read_text()), str(self.path))
        self._mtime = stat.st_mtime

    def _maybe_reload(self) -> None:
        import time

        now = time.monotonic()
        if now - self._checked < 1.0:
            return
        with self._lock:
            self._checked = now
            try:
                self.reload()
            except (KeysError, yaml.YAMLError, OSError):
                pass  # keep the last good set; `candor keys check` reports the error

    def authenticate(self, presented: str) -> ApiKey | None:
        self._maybe_reload()
        parts = presented.split("_", 2)
        if len(parts) != 3 or parts[0] != "ck":
            return None
        key = self._keys.get(parts[1])
        # Compare even when the id is unknown, so timing does not reveal which ids exist.
        expected = key.secret_hash if key else "sha256:" + "0" * 64
        ok = hmac.compare_digest(_hash(parts[2]).encode(), expected.encode())
        return key if ok and key else None

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterable[ApiKey]:
        return iter(self._keys.values())


def create_key(path: Path, app: str, roles: Iterable[str], policy: str = "default",
               principal: str | None = None) -> str:
    """Append a new key to the file and return it; only its hash is stored."""
    roles = sorted(set(roles))
    if not roles:
        raise KeysError(f"a key needs at least one role; choose from {', '.join(ROLES)}")
    for role in roles:
        if role not in ROLES:
            close = difflib.get_close_matches(role, ROLES, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise KeysError(f"unknown role {role!r}; {hint}choose from {', '.join(ROLES)}")
    raw = yaml.safe_load(path.read_text()) if path.exists() else None
    existing = _parse(raw, str(path))
    key_id = secrets.token_hex(4)
    while key_id in existing:
        key_id = secrets.token_hex(4)
    secret = secrets.token_urlsafe(24)
    entries = (raw or {}).get("keys") or []
    entry: dict[str, object] = {"id": key_id, "hash": _hash(secret), "app": app, "roles": roles,
                                "policy": policy}
    if principal:
        entry["principal"] = principal
    entries.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    header = "# Candor API keys: only hashes are stored. Create with `candor keys create`.\n"
    tmp.write_text(header + yaml.safe_dump({"keys": entries}, sort_keys=False))
    tmp.chmod(0o600)
    tmp.replace(path)
    return f"ck_{key_id}_{secret}"
