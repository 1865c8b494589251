"""API keys: hashed keys, each bound to an app, roles and a policy, with a lifecycle.

A key looks like ``ck_<id>_<secret>``. The id finds the entry; the secret's SHA-256 is compared
in constant time. Keys are random (192 bits), so a fast hash is the right one: there is nothing
to brute-force, and a slow KDF would only add latency to every request.

Lifecycle: a key may expire (``expires_at``), be revoked (``revoked_at``) or be rotated: a new
secret replaces the hash, and the previous hash keeps working until ``previous_until`` (the
overlap window), so the applications holding it can switch without downtime. The id, and so the
key's usage and limits, stays the same.

Two stores with one interface: ``KeyStore`` (a YAML file, a single node) and
``gateway.keys_db.PgKeyStore`` (PostgreSQL, a fleet). Both answer from memory: the file is
re-read when it changes, the table every second, so auth costs no I/O per request, and a change
made anywhere applies everywhere within ``keys_refresh_interval``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import fcntl
import hashlib
import hmac
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import yaml

from gateway.periodic import Periodic

# generate: call the model endpoints; audit: read and verify the log; review: decide held
# generations (only those in the key's own ``principal``'s name when it has one); admin: all.
ROLES = ("generate", "audit", "review", "admin")
USED_FLUSH_SECONDS = 5.0  # last-used times reach the store in batches this often

Status = Literal["active", "expired", "revoked"]


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
    expires_at: float | None = None  # epoch seconds
    revoked_at: float | None = None
    previous_hash: str | None = None  # the secret before the last rotation...
    previous_until: float | None = None  # ...accepted until then (the overlap window)
    created_at: float | None = None

    def has_role(self, role: str) -> bool:
        return role in self.roles

    def status(self, now: float | None = None) -> Status:
        now = time.time() if now is None else now
        if self.revoked_at is not None and self.revoked_at <= now:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"


@dataclass(frozen=True)
class KeyInfo:
    """What ``candor keys list`` and ``GET /admin/v1/keys`` show: never a secret or a hash."""

    id: str
    app: str
    roles: list[str]
    policy: str
    principal: str | None
    status: Status
    created_at: str | None
    expires_at: str | None
    revoked_at: str | None
    previous_secret_until: str | None  # a rotation's overlap window, while it lasts
    last_used_at: str | None

    @classmethod
    def of(cls, key: ApiKey, last_used: float | None, now: float | None = None) -> KeyInfo:
        now = time.time() if now is None else now
        overlap = key.previous_until if key.previous_until and key.previous_until > now else None
        return cls(key.key_id, key.app, sorted(key.roles), key.policy, key.principal,
                   key.status(now), _iso(key.created_at), _iso(key.expires_at),
                   _iso(key.revoked_at), _iso(overlap), _iso(last_used))


class KeysError(Exception):
    pass


class KeyBackend(Protocol):
    """What the gateway, ``candor keys`` and the admin API need from a key store."""

    backend: str

    def check(self, presented: str, now: float | None = None
              ) -> tuple[ApiKey | None, str | None]: ...

    def authenticate(self, presented: str) -> ApiKey | None: ...

    def get(self, key_id: str) -> ApiKey | None: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[ApiKey]: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def create(self, app: str, roles: Iterable[str], policy: str = "default",
                     principal: str | None = None, expires_at: float | None = None) -> str: ...

    async def revoke(self, key_id: str, now: float | None = None) -> ApiKey: ...

    async def rotate(self, key_id: str, overlap: float, now: float | None = None
                     ) -> tuple[ApiKey, str]: ...

    async def listing(self) -> list[KeyInfo]: ...


def _hash(secret: str) -> str:
    return "sha256:" + hashlib.sha256(secret.encode()).hexdigest()


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")


def parse_time(value: object, where: str = "time") -> float | None:
    """Epoch seconds from an ISO 8601 time (UTC when it names no zone) or a number."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, dt.datetime):
        moment = value
    else:
        try:
            moment = dt.datetime.fromisoformat(str(value))
        except ValueError:
            raise KeysError(f"{where}: {value!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def check_roles(roles: Iterable[str]) -> list[str]:
    out = sorted(set(roles))
    if not out:
        raise KeysError(f"a key needs at least one role; choose from {', '.join(ROLES)}")
    for role in out:
        if role not in ROLES:
            close = difflib.get_close_matches(role, ROLES, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise KeysError(f"unknown role {role!r}; {hint}choose from {', '.join(ROLES)}")
    return out


def new_secret() -> tuple[str, str]:
    """A fresh secret and its stored hash."""
    secret = secrets.token_urlsafe(24)
    return secret, _hash(secret)


_NO_KEY = "sha256:" + "0" * 64


def check_token(keys: dict[str, ApiKey], presented: str, used: LastUsed | None = None,
                now: float | None = None) -> tuple[ApiKey | None, str | None]:
    """The key a token names, and why it may not be used (``None``: it may). Whether a key is
    expired or revoked is said only to a caller who holds its secret."""
    parts = presented.split("_", 2)
    if len(parts) != 3 or parts[0] != "ck":
        return None, "invalid"
    key = keys.get(parts[1])
    # Compare even when the id is unknown, so timing does not reveal which ids exist.
    digest = _hash(parts[2]).encode()
    ok = hmac.compare_digest(digest, (key.secret_hash if key else _NO_KEY).encode())
    now = time.time() if now is None else now
    if not ok and key is not None and key.previous_hash:
        old = hmac.compare_digest(digest, key.previous_hash.encode())
        if old and (key.previous_until or 0) > now:
            ok = True
        elif old:
            return None, "rotated"
    if not ok or key is None:
        return None, "invalid"
    status = key.status(now)
    if status != "active":
        return key, status
    if used is not None:
        used.touch(key.key_id, now)
    return key, None


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
        where = f"{source}: keys[{i}]"
        key = ApiKey(
            key_id=str(entry["id"]),
            app=str(entry["app"]),
            roles=roles,
            policy=str(entry.get("policy") or "default"),
            secret_hash=str(entry["hash"]),
            principal=str(entry["principal"]) if entry.get("principal") else None,
            expires_at=parse_time(entry.get("expires_at"), f"{where}.expires_at"),
            revoked_at=parse_time(entry.get("revoked_at"), f"{where}.revoked_at"),
            previous_hash=str(entry["previous_hash"]) if entry.get("previous_hash") else None,
            previous_until=parse_time(entry.get("previous_until"), f"{where}.previous_until"),
            created_at=parse_time(entry.get("created_at"), f"{where}.created_at"),
        )
        if key.key_id in out:
            raise KeysError(f"{source}: duplicate key id {key.key_id}")
        out[key.key_id] = key
    return out


class LastUsed:
    """Last-used times since the last flush: a dict write per request, a batch per flush."""

    def __init__(self) -> None:
        self._pending: dict[str, float] = {}

    def touch(self, key_id: str, now: float) -> None:
        self._pending[key_id] = now

    def peek(self) -> dict[str, float]:
        return dict(self._pending)

    def take(self) -> dict[str, float]:
        batch, self._pending = self._pending, {}
        return batch


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Serialise read-modify-write of the keys file across processes (CLI, workers)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_entries(path: Path, entries: list[Any]) -> None:
    tmp = path.with_suffix(".tmp")
    header = "# Candor API keys: only hashes are stored. Create with `candor keys create`.\n"
    tmp.write_text(header + yaml.safe_dump({"keys": entries}, sort_keys=False))
    tmp.chmod(0o600)
    tmp.replace(path)


def _used_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), timeout=10.0, isolation_level=None)
    db.execute("CREATE TABLE IF NOT EXISTS last_used (id TEXT PRIMARY KEY, ts REAL NOT NULL)")
    return db


def _read_used(path: Path) -> dict[str, float]:
    if not path.exists():
        return {}
    db = _used_db(path)
    try:
        return {k: float(ts) for k, ts in db.execute("SELECT id, ts FROM last_used")}
    finally:
        db.close()


def _write_used(path: Path, batch: dict[str, float]) -> None:
    db = _used_db(path)
    try:
        db.executemany("INSERT INTO last_used (id, ts) VALUES (?, ?) ON CONFLICT (id) DO UPDATE "
                       "SET ts = max(ts, excluded.ts)", list(batch.items()))
    finally:
        db.close()


class KeyStore:
    """Keys from one file (a single node); reloaded when the file changes, checked at most every
    ``refresh`` seconds, so a revocation or rotation written by any process applies within it.
    Last-used times are kept in memory and written in batches to a SQLite file beside the keys
    (``flush_used``), never per request."""

    backend = "file"

    def __init__(self, path: Path, refresh: float = 1.0) -> None:
        self.path = path
        self.refresh = refresh
        self._keys: dict[str, ApiKey] = {}
        self._stamp: tuple[int, int, int] | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self.used = LastUsed()
        self._flusher = Periodic(USED_FLUSH_SECONDS, self._aflush, "keys-last-used")
        self.reload()

    def reload(self) -> None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._keys, self._stamp = {}, None
            return
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if stamp == self._stamp:
            return
        self._keys = _parse(yaml.safe_load(self.path.read_text()), str(self.path))
        self._stamp = stamp

    def _maybe_reload(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.refresh:
            return
        with self._lock:
            self._checked = now
            try:
                self.reload()
            except (KeysError, yaml.YAMLError, OSError):
                pass  # keep the last good set; `candor keys check` reports the error

    def check(self, presented: str, now: float | None = None) -> tuple[ApiKey | None, str | None]:
        self._maybe_reload()
        return check_token(self._keys, presented, self.used, now)

    def authenticate(self, presented: str) -> ApiKey | None:
        key, problem = self.check(presented)
        return key if problem is None else None

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[ApiKey]:
        return iter(self._keys.values())

    def get(self, key_id: str) -> ApiKey | None:
        self._maybe_reload()
        return self._keys.get(key_id)

    # -- lifecycle (also used by `candor keys` and the admin API) ------------------------------

    @property
    def _used_db(self) -> Path:
        return self.path.with_name(self.path.name + ".last-used.sqlite3")

    def last_used(self) -> dict[str, float]:
        stored = _read_used(self._used_db)
        for key_id, ts in self.used.peek().items():
            stored[key_id] = max(ts, stored.get(key_id, 0.0))
        return stored

    def flush_used(self) -> None:
        batch = self.used.take()
        if batch:
            _write_used(self._used_db, batch)

    async def start(self) -> None:
        await self._flusher.start()

    async def stop(self) -> None:
        await self._flusher.stop()
        await self._aflush()

    async def _aflush(self) -> None:
        import anyio

        await anyio.to_thread.run_sync(self.flush_used)

    async def create(self, app: str, roles: Iterable[str], policy: str = "default",
                     principal: str | None = None, expires_at: float | None = None) -> str:
        token = create_key(self.path, app, roles, policy, principal, expires_at)
        self._force_reload()
        return token

    async def revoke(self, key_id: str, now: float | None = None) -> ApiKey:
        def change(entry: dict[str, Any]) -> None:
            entry.setdefault("revoked_at", _iso(now if now is not None else time.time()))

        return self._edit(key_id, change)

    async def rotate(self, key_id: str, overlap: float, now: float | None = None
                     ) -> tuple[ApiKey, str]:
        secret = secrets.token_urlsafe(24)
        now = time.time() if now is None else now

        def change(entry: dict[str, Any]) -> None:
            if entry.get("revoked_at"):
                raise KeysError(f"key {key_id} is revoked; create a new one")
            entry["previous_hash"] = entry["hash"]
            entry["previous_until"] = _iso(now + overlap)
            entry["hash"] = _hash(secret)

        key = self._edit(key_id, change)
        return key, f"ck_{key_id}_{secret}"

    async def listing(self) -> list[KeyInfo]:
        used = self.last_used()
        return [KeyInfo.of(k, used.get(k.key_id)) for k in self]

    def _edit(self, key_id: str, change: Callable[[dict[str, Any]], None]) -> ApiKey:
        with _file_lock(self.path):
            raw = yaml.safe_load(self.path.read_text()) if self.path.exists() else None
            _parse(raw, str(self.path))
            entries = (raw or {}).get("keys") or []
            for entry in entries:
                if str(entry.get("id")) == key_id:
                    change(entry)
                    break
            else:
                raise KeysError(f"no key with id {key_id!r}")
            _write_entries(self.path, entries)
        self._force_reload()
        key = self._keys.get(key_id)
        assert key is not None
        return key

    def _force_reload(self) -> None:
        with self._lock:
            self._stamp = None
            self.reload()
            self._checked = time.monotonic()


def create_key(path: Path, app: str, roles: Iterable[str], policy: str = "default",
               principal: str | None = None, expires_at: float | None = None) -> str:
    """Append a new key to the file and return it; only its hash is stored."""
    checked = check_roles(roles)
    with _file_lock(path):
        raw = yaml.safe_load(path.read_text()) if path.exists() else None
        existing = _parse(raw, str(path))
        key_id = secrets.token_hex(4)
        while key_id in existing:
            key_id = secrets.token_hex(4)
        secret, hashed = new_secret()
        entries = (raw or {}).get("keys") or []
        entry: dict[str, object] = {"id": key_id, "hash": hashed, "app": app, "roles": checked,
                                    "policy": policy}
        if principal:
            entry["principal"] = principal
        entry["created_at"] = _iso(time.time())
        if expires_at is not None:
            entry["expires_at"] = _iso(expires_at)
        entries.append(entry)
        _write_entries(path, entries)
    return f"ck_{key_id}_{secret}"
