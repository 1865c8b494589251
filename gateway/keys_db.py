"""API keys in PostgreSQL, for a fleet: every replica answers from its own copy of the table,
refreshed every ``refresh`` seconds (one small SELECT), so auth never waits on the database and
a revocation made through any replica (or ``candor keys``) applies everywhere within that time.

Last-used times are batched: a dict write per request, one UPDATE per flush.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from gateway.keys import (
    USED_FLUSH_SECONDS,
    ApiKey,
    KeyBackend,
    KeyInfo,
    KeysError,
    LastUsed,
    check_roles,
    check_token,
    new_secret,
)
from gateway.periodic import Periodic

TABLE = "candor_api_keys"
_COLUMNS = ("id, app, roles, policy, principal, hash, expires_at, revoked_at, previous_hash, "
            "previous_until, created_at, last_used_at")
_DDL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    id text PRIMARY KEY,
    app text NOT NULL,
    roles text[] NOT NULL,
    policy text NOT NULL DEFAULT 'default',
    principal text,
    hash text NOT NULL,
    expires_at double precision,
    revoked_at double precision,
    previous_hash text,
    previous_until double precision,
    created_at double precision NOT NULL,
    last_used_at double precision
)"""


def asyncpg_dsn(url: str) -> str:
    """``postgresql+asyncpg://...`` (SQLAlchemy's spelling, as in ``audit_url``) for asyncpg."""
    for prefix in ("postgresql+asyncpg://", "postgres+asyncpg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    if not url.startswith("postgresql://"):
        raise KeysError(f"keys_url must be a PostgreSQL URL (postgresql://...), not {url!r}")
    return url


def _key(row: Any) -> ApiKey:
    return ApiKey(key_id=row["id"], app=row["app"], roles=frozenset(row["roles"]),
                  policy=row["policy"], secret_hash=row["hash"], principal=row["principal"],
                  expires_at=row["expires_at"], revoked_at=row["revoked_at"],
                  previous_hash=row["previous_hash"], previous_until=row["previous_until"],
                  created_at=row["created_at"])


class PgKeyStore:
    backend = "postgresql"

    def __init__(self, url: str, schema: str | None = None, refresh: float = 1.0) -> None:
        self.dsn = asyncpg_dsn(url)
        self.schema = schema
        self.refresh = refresh
        self._keys: dict[str, ApiKey] = {}
        self._last_used: dict[str, float] = {}
        self.used = LastUsed()
        self._pool: Any = None
        self._jobs = [Periodic(refresh, self.load, "keys-refresh"),
                      Periodic(USED_FLUSH_SECONDS, self.flush_used, "keys-last-used")]

    # -- connection ----------------------------------------------------------------------------

    async def _connect(self) -> Any:
        import asyncpg

        settings = {"search_path": self.schema} if self.schema else {}
        return await asyncpg.create_pool(self.dsn, min_size=1, max_size=2, timeout=5,
                                         command_timeout=5, server_settings=settings)

    async def open(self) -> None:
        """Connect, create the table when missing (one replica at a time), load the keys."""
        if self._pool is None:
            self._pool = await self._connect()
            async with self._pool.acquire() as conn, conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock(hashtext('candor_api_keys'))")
                if self.schema:
                    await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
                await conn.execute(_DDL)
        await self.load()

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def start(self) -> None:
        await self.open()
        for job in self._jobs:
            await job.start()

    async def stop(self) -> None:
        for job in self._jobs:
            await job.stop()
        try:
            await self.flush_used()
        finally:
            await self.close()

    async def load(self) -> None:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(f"SELECT {_COLUMNS} FROM {TABLE}")
        self._keys = {row["id"]: _key(row) for row in rows}
        self._last_used = {row["id"]: row["last_used_at"] for row in rows
                           if row["last_used_at"] is not None}

    async def flush_used(self) -> None:
        batch = self.used.take()
        if not batch or self._pool is None:
            return
        try:
            async with self._pool.acquire() as conn:
                await conn.execute(
                    f"UPDATE {TABLE} AS k SET last_used_at = GREATEST(k.last_used_at, v.ts) "
                    "FROM unnest($1::text[], $2::float8[]) AS v(id, ts) WHERE k.id = v.id",
                    list(batch), list(batch.values()))
        except Exception:
            for key_id, ts in batch.items():  # kept for the next flush
                self.used.touch(key_id, max(ts, self.used.peek().get(key_id, 0.0)))
            raise

    # -- the request path: memory only ---------------------------------------------------------

    def check(self, presented: str, now: float | None = None) -> tuple[ApiKey | None, str | None]:
        return check_token(self._keys, presented, self.used, now)

    def authenticate(self, presented: str) -> ApiKey | None:
        key, problem = self.check(presented)
        return key if problem is None else None

    def get(self, key_id: str) -> ApiKey | None:
        return self._keys.get(key_id)

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[ApiKey]:
        return iter(self._keys.values())

    # -- lifecycle -----------------------------------------------------------------------------

    async def create(self, app: str, roles: Iterable[str], policy: str = "default",
                     principal: str | None = None, expires_at: float | None = None) -> str:
        import secrets

        checked = check_roles(roles)
        secret, hashed = new_secret()
        async with self._pool.acquire() as conn:
            while True:
                key_id = secrets.token_hex(4)
                done = await conn.execute(
                    f"INSERT INTO {TABLE} (id, app, roles, policy, principal, hash, expires_at, "
                    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                    "ON CONFLICT (id) DO NOTHING",
                    key_id, app, checked, policy, principal, hashed, expires_at, time.time())
                if done.endswith(" 1"):
                    break
        await self.load()
        return f"ck_{key_id}_{secret}"

    async def _update(self, key_id: str, sql: str, *args: Any) -> ApiKey:
        async with self._pool.acquire() as conn:
            row = await conn.fetchrow(sql, key_id, *args)
        if row is None:
            if self.get(key_id) is None:
                await self.load()
            if key_id not in self._keys:
                raise KeysError(f"no key with id {key_id!r}")
            raise KeysError(f"key {key_id} is revoked; create a new one")
        await self.load()
        return _key(row)

    async def revoke(self, key_id: str, now: float | None = None) -> ApiKey:
        return await self._update(
            key_id, f"UPDATE {TABLE} SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 "
            f"RETURNING {_COLUMNS}", time.time() if now is None else now)

    async def rotate(self, key_id: str, overlap: float, now: float | None = None
                     ) -> tuple[ApiKey, str]:
        now = time.time() if now is None else now
        secret, hashed = new_secret()
        key = await self._update(
            key_id, f"UPDATE {TABLE} SET previous_hash = hash, previous_until = $2, hash = $3 "
            f"WHERE id = $1 AND revoked_at IS NULL RETURNING {_COLUMNS}", now + overlap, hashed)
        return key, f"ck_{key_id}_{secret}"

    async def listing(self) -> list[KeyInfo]:
        await self.load()
        pending = self.used.peek()
        return [KeyInfo.of(k, max(filter(None, (self._last_used.get(k.key_id),
                                                pending.get(k.key_id))), default=None))
                for k in self]


def build_key_store(url: str | None, keys_file: Path, schema: str | None = None,
                    refresh: float = 1.0) -> KeyBackend:
    """The settings' key store: PostgreSQL when ``keys_url`` is set, else the YAML file."""
    from gateway.keys import KeyStore

    if url:
        return PgKeyStore(url, schema, refresh)
    return KeyStore(keys_file, refresh)
