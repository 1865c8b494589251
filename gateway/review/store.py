"""The review store: SQLAlchemy async over SQLite (``<data_dir>/review.db``) or the audit log's
PostgreSQL database. Every worker and replica reads and writes the same rows, so there is no
process-local queue state; a decision is one conditional UPDATE (``status = 'pending'``), so two
reviewers racing on one item cannot both win."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson
from sqlalchemy import and_, delete, event, func, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from gateway.review.model import ReviewItem
from gateway.review.schema import DELIVERIES, ITEMS, METADATA, SECRETS

_PG_LOCK = 0x7265766965  # "review": serialises table creation across workers and replicas
_JSON = ("rule_ids", "findings", "prompt", "decided_by")


def _row_to_item(row: Any) -> ReviewItem:
    data = dict(row._mapping)
    for name in _JSON:
        if data.get(name) is not None:
            data[name] = orjson.loads(data[name])
    data["waive_disclosure"] = bool(data["waive_disclosure"])
    return ReviewItem(**data)


def _item_to_row(item: ReviewItem) -> dict[str, Any]:
    row = {k: v for k, v in item.__dict__.items() if k != "extra"}
    for name in _JSON:
        if row.get(name) is not None:
            row[name] = orjson.dumps(row[name]).decode()
    return row


def build_engine(url: str, schema: str | None = None) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_async_engine(parsed, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi: Any, _record: Any) -> None:  # WAL: readers never wait on a writer
            cur = dbapi.cursor()
            cur.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL takes a lock
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        return engine
    args: dict[str, Any] = {"timeout": 5.0, "command_timeout": 30.0}
    if schema:
        args["server_settings"] = {"search_path": schema}
    return create_async_engine(parsed, connect_args=args, pool_size=2, max_overflow=4)


class ReviewStore:
    def __init__(self, url: str, schema: str | None = None) -> None:
        self.engine = build_engine(url, schema)
        self.dialect = self.engine.dialect.name
        self.schema = schema
        self._ready = False

    async def create(self) -> None:
        """The tables, if missing. Workers start together: on SQLite (no advisory lock) the
        loser of a race sees "already exists" and checks again."""
        for attempt in range(3):
            try:
                await self._create()
                self._ready = True
                return
            except DBAPIError as exc:
                if "already exists" not in str(exc) or attempt == 2:
                    raise

    async def _create(self) -> None:
        async with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                await conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK})"))
                if self.schema:
                    await conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
            await conn.run_sync(METADATA.create_all)

    async def _ensure(self) -> None:
        """The tables, once: a store unreachable at start (the gateway still starts and fails
        closed per request, as the audit log does) is set up by the first call that reaches it."""
        if not self._ready:
            await self.create()
            self._ready = True

    @contextlib.asynccontextmanager
    async def _begin(self) -> AsyncIterator[AsyncConnection]:
        await self._ensure()
        async with self.engine.begin() as conn:
            yield conn

    @contextlib.asynccontextmanager
    async def _connect(self) -> AsyncIterator[AsyncConnection]:
        await self._ensure()
        async with self.engine.connect() as conn:
            yield conn

    async def close(self) -> None:
        await self.engine.dispose()

    # -- items -----------------------------------------------------------------------------

    async def add(self, item: ReviewItem, sealed: bytes | None) -> None:
        async with self._begin() as conn:
            await conn.execute(insert(ITEMS).values(**_item_to_row(item)))
            if sealed is not None:
                await conn.execute(insert(SECRETS).values(
                    review_id=item.id, sealed=sealed, created_at=item.created_at))

    async def get(self, review_id: str) -> ReviewItem | None:
        async with self._connect() as conn:
            row = (await conn.execute(select(ITEMS).where(ITEMS.c.id == review_id))).first()
        return _row_to_item(row) if row is not None else None

    async def by_generation(self, generation_id: str) -> ReviewItem | None:
        async with self._connect() as conn:
            row = (await conn.execute(select(ITEMS).where(
                ITEMS.c.generation_id == generation_id))).first()
        return _row_to_item(row) if row is not None else None

    async def list(self, status: str | None = None, principal: str | None = None,
                   app: str | None = None, limit: int = 50,
                   before: str | None = None) -> list[ReviewItem]:
        """Newest first; ``before``: an item id, for the next page (ids sort by time)."""
        conds = []
        if status is not None:
            conds.append(ITEMS.c.status == status)
        if principal is not None:
            conds.append(ITEMS.c.principal == principal)
        if app is not None:
            conds.append(ITEMS.c.app == app)
        if before is not None:
            conds.append(ITEMS.c.id < before)
        q = select(ITEMS).where(and_(*conds)).order_by(ITEMS.c.id.desc()).limit(limit)
        async with self._connect() as conn:
            rows = (await conn.execute(q)).all()
        return [_row_to_item(r) for r in rows]

    async def counts(self, principal: str | None = None) -> dict[str, int]:
        q = select(ITEMS.c.status, func.count()).group_by(ITEMS.c.status)
        if principal is not None:
            q = q.where(ITEMS.c.principal == principal)
        async with self._connect() as conn:
            rows = (await conn.execute(q)).all()
        return {str(s): int(n) for s, n in rows}

    async def settle(self, review_id: str, values: dict[str, Any], now: float) -> bool:
        """Move a pending item to its outcome; False when it was no longer pending (someone
        else decided it, or it expired)."""
        async with self._begin() as conn:
            done = await conn.execute(update(ITEMS).where(and_(
                ITEMS.c.id == review_id, ITEMS.c.status == "pending",
                ITEMS.c.expires_at > now)).values(**_encode(values)))
        return done.rowcount == 1

    async def drop_secret(self, review_id: str) -> None:
        async with self._begin() as conn:
            await conn.execute(delete(SECRETS).where(SECRETS.c.review_id == review_id))

    async def expire_due(self, now: float, limit: int = 500) -> list[str]:
        """Mark pending items past their expiry (one conditional UPDATE each, so of several
        workers sweeping at once exactly one expires an item); their placeholder values are
        deleted. Returns the ids this call expired."""
        async with self._begin() as conn:
            due = [r[0] for r in (await conn.execute(
                select(ITEMS.c.id).where(and_(ITEMS.c.status == "pending",
                                              ITEMS.c.expires_at <= now))
                .order_by(ITEMS.c.expires_at).limit(limit))).all()]
        expired = []
        for review_id in due:
            async with self._begin() as conn:
                done = await conn.execute(update(ITEMS).where(and_(
                    ITEMS.c.id == review_id, ITEMS.c.status == "pending")).values(
                        status="expired", decided_at=now))
                if done.rowcount == 1:
                    await conn.execute(delete(SECRETS).where(SECRETS.c.review_id == review_id))
                    expired.append(review_id)
        return expired

    async def reopen(self, review_id: str) -> None:
        """Undo a decision whose audit event could not be written (no decision without it)."""
        async with self._begin() as conn:
            await conn.execute(update(ITEMS).where(ITEMS.c.id == review_id).values(
                status="pending", decided_by=None, decided_at=None, decision=None, reason=None,
                final_text=None))

    async def mark_delivered(self, review_id: str, now: float) -> bool:
        """The first delivery of an approved text to its app; True only for the first."""
        async with self._begin() as conn:
            done = await conn.execute(update(ITEMS).where(and_(
                ITEMS.c.id == review_id, ITEMS.c.delivered_at.is_(None))).values(
                    delivered_at=now))
        return done.rowcount == 1

    # -- sealed placeholder values -------------------------------------------------------------

    async def sealed(self, review_id: str) -> bytes | None:
        async with self._connect() as conn:
            row = (await conn.execute(select(SECRETS.c.sealed).where(
                SECRETS.c.review_id == review_id))).first()
        return bytes(row[0]) if row is not None else None

    async def drop_delivered_secrets(self, delivered_before: float) -> int:
        """Placeholder values of approved items delivered before this time (the redelivery
        window is over)."""
        async with self._begin() as conn:
            done = await conn.execute(delete(SECRETS).where(SECRETS.c.review_id.in_(
                select(ITEMS.c.id).where(and_(ITEMS.c.delivered_at.is_not(None),
                                              ITEMS.c.delivered_at < delivered_before)))))
        return int(done.rowcount or 0)

    # -- webhook delivery log ------------------------------------------------------------------

    async def log_delivery(self, review_id: str, url: str, event_name: str, attempt: int,
                           status_code: int | None, ok: bool, error: str | None) -> None:
        async with self._begin() as conn:
            await conn.execute(insert(DELIVERIES).values(
                review_id=review_id, url=url, event=event_name, attempt=attempt,
                at=time.time(), status_code=status_code, ok=ok, error=error))

    async def deliveries(self, review_id: str) -> list[dict[str, Any]]:
        async with self._connect() as conn:
            rows = (await conn.execute(select(DELIVERIES).where(
                DELIVERIES.c.review_id == review_id).order_by(DELIVERIES.c.id))).all()
        # str(): the keys are quoted_name, a str subclass JSON encoders refuse as keys
        return [{**{str(k): v for k, v in r._mapping.items()}, "ok": bool(r.ok)} for r in rows]


def _encode(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (orjson.dumps(v).decode() if k in _JSON and v is not None else v)
            for k, v in values.items()}
