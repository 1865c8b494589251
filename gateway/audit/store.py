"""The audit store over SQLAlchemy 2 (async): SQLite (aiosqlite, WAL) or PostgreSQL (asyncpg).

Appends are serialised across processes and replicas by the transaction that assigns sequence
numbers: SQLite ``BEGIN IMMEDIATE`` (one writer at a time), PostgreSQL ``SELECT ... FOR UPDATE`` on
the one ``audit_tree`` row. Inside that transaction the writer reads the running tree state, gives
each record the next seq, computes its leaf hash, stores the leaves, the completed subtree nodes
and the new tree state, and optionally a signed checkpoint. One commit, so no gap and no fork.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Iterable

import orjson
from sqlalchemy import (
    Connection, and_, bindparam, create_engine, event, func, insert, or_, select, text, true, update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from gateway.audit import merkle
from gateway.audit.canonical import splice
from gateway.audit.entries import Filters, Pending, day_of
from gateway.audit.schema import CheckpointRow, Entry, FindingRow, Node, Tree

ENTRIES = Entry.__table__
FINDINGS = FindingRow.__table__
NODES = Node.__table__
TREE = Tree.__table__
CHECKPOINTS = CheckpointRow.__table__
MIGRATIONS = Path(__file__).parent / "migrations"
_PG_LOCK = 0x63616E646F72  # "candor": serialises migrations across workers and replicas

Signer = Callable[[int, bytes], str]


class _Compiled:
    """The append transaction's statements, compiled once for the dialect by SQLAlchemy.

    Executing a Core construct costs ~0.1 ms of Python per statement (coercion, cache key,
    parameter processing); the hot append runs five of them per batch while requests wait. The
    SQL text still comes from the table definitions, so both backends share one source.
    """

    def __init__(self, dialect: Any) -> None:
        def positional(stmt: Any) -> tuple[str, tuple[str, ...]]:
            compiled = stmt.compile(dialect=dialect)
            return str(compiled), tuple(compiled.positiontup or ())

        self.entries, self.entry_cols = positional(insert(ENTRIES))
        self.nodes, self.node_cols = positional(insert(NODES))
        self.findings, self.finding_cols = positional(insert(FINDINGS))
        self.tree, self.tree_cols = positional(
            update(TREE).where(TREE.c.id == bindparam("tree_id")).values(
                size=bindparam("size"), frontier=bindparam("frontier"), root=bindparam("root"),
                updated_at=bindparam("updated_at")))


class StoreUnavailable(Exception):
    """The store could not be reached or the write failed; nothing was committed."""


class AuditStore:
    def __init__(self, url: str, schema: str | None = None, connect_timeout: float = 5.0,
                 sqlite_synchronous: str = "FULL") -> None:
        self.url = make_url(url)
        self.dialect = self.url.get_backend_name()
        self.schema = schema
        self._ready = False
        self._ready_lock = asyncio.Lock()
        self._wal_task: asyncio.Task | None = None
        if self.dialect == "sqlite":
            if self.url.database and self.url.database != ":memory:":
                Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
            self.writer_engine = self._sqlite_engine(immediate=True, sync=sqlite_synchronous)
            self._sync_writer = self._sqlite_engine(immediate=True, sync=sqlite_synchronous,
                                                    asynchronous=False)
            self.reader_engine = self._sqlite_engine(immediate=False, sync=sqlite_synchronous)
        elif self.dialect == "postgresql":
            args: dict[str, Any] = {"timeout": connect_timeout, "command_timeout": 60}
            if schema:
                args["server_settings"] = {"search_path": schema}
            self.writer_engine = create_async_engine(
                self.url, connect_args=args, pool_size=4, max_overflow=4)
            self.reader_engine = self.writer_engine
        else:
            raise ValueError(f"unsupported audit store {self.url.drivername!r}: "
                             "use sqlite+aiosqlite:// or postgresql+asyncpg://")
        self._sql = _Compiled(self.writer_engine.dialect)

    def _sqlite_engine(self, immediate: bool, sync: str, asynchronous: bool = True) -> Any:
        if asynchronous:
            engine = create_async_engine(self.url, connect_args={"timeout": 30})
            target = engine.sync_engine
        else:
            engine = create_engine(self.url.set(drivername="sqlite"),
                                   connect_args={"timeout": 30, "check_same_thread": False})
            target = engine

        @event.listens_for(target, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={sync}")
            cur.execute("PRAGMA busy_timeout=30000")
            # WAL checkpoints run in the background (``_wal_loop``), not inside a request's commit
            cur.execute("PRAGMA wal_autocheckpoint=0")
            cur.close()

        @event.listens_for(target, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    # -- lifecycle ---------------------------------------------------------------------------

    async def ensure_ready(self) -> None:
        """Create the schema (PostgreSQL) and run migrations, once; retried after failures."""
        if self._ready:
            return
        async with self._ready_lock:
            if self._ready:
                return
            try:
                async with self.writer_engine.begin() as conn:
                    if self.dialect == "postgresql":
                        await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                           {"k": _PG_LOCK})
                        if self.schema:
                            await conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
                    await conn.run_sync(_upgrade)
            except Exception as exc:  # noqa: BLE001 - any driver error means "not available"
                raise StoreUnavailable(f"audit store not ready: {exc}") from exc
            self._ready = True

    def _start_wal_loop(self) -> None:
        if self.dialect == "sqlite" and self._wal_task is None:
            self._wal_task = asyncio.get_running_loop().create_task(self._wal_loop())

    async def _wal_loop(self) -> None:
        """Copy the WAL back into the database once a second (PASSIVE: never blocks writers),
        so no commit pays for a checkpoint; autocheckpoint is off on our connections."""
        while True:
            await asyncio.sleep(1.0)
            # The thread owns its connection from open to close: cancelling this task (on
            # shutdown) must never close a connection another thread is still using.
            await asyncio.shield(asyncio.to_thread(_checkpoint_wal, str(self.url.database)))

    async def close(self) -> None:
        if self._wal_task is not None:
            self._wal_task.cancel()
            try:
                await self._wal_task
            except (asyncio.CancelledError, Exception):  # noqa: BLE001
                pass
            self._wal_task = None
        if self.dialect == "sqlite":
            self._sync_writer.dispose()
        await self.writer_engine.dispose()
        if self.reader_engine is not self.writer_engine:
            await self.reader_engine.dispose()

    # -- appends -----------------------------------------------------------------------------

    async def append(self, batch: list[Pending], signer: Signer | None = None,
                     dedupe: bool = False) -> list[int | None]:
        """Append records in one transaction; return their sequence numbers (None: duplicate)."""
        await self.ensure_ready()
        for attempt in (1, 2):
            try:
                if self.dialect == "sqlite":  # the whole transaction in one thread hop
                    self._start_wal_loop()
                    return await asyncio.to_thread(self._sqlite_append, batch, signer, dedupe)
                async with self.writer_engine.begin() as conn:
                    return await conn.run_sync(self._append, batch, signer, dedupe)
            except DBAPIError as exc:
                # A pooled connection that died (database restarted): retry once on a fresh one.
                # Nothing was committed, so the retry cannot duplicate (entry ids are unique too).
                if attempt == 1 and exc.connection_invalidated:
                    continue
                raise StoreUnavailable(f"audit write failed: {type(exc).__name__}: {exc}") from exc
            except Exception as exc:  # noqa: BLE001
                raise StoreUnavailable(f"audit write failed: {type(exc).__name__}: {exc}") from exc
        raise AssertionError("unreachable")

    def _append(self, conn: Connection, batch: list[Pending], signer: Signer | None,
                dedupe: bool) -> list[int | None]:
        """The append transaction's body, written once against a sync Connection: run in one
        thread hop on SQLite, or through ``run_sync`` on an asyncpg connection."""
        q = select(TREE.c.size, TREE.c.frontier).where(TREE.c.id == 1)
        if self.dialect == "postgresql":
            q = q.with_for_update()
        row = conn.execute(q).one()
        frontier = merkle.Frontier.load(row.size, json.loads(row.frontier))
        skip: set[str] = set()
        if dedupe:
            ids = [p.entry_id for p in batch]
            for i in range(0, len(ids), 500):
                res = conn.execute(select(ENTRIES.c.entry_id)
                                         .where(ENTRIES.c.entry_id.in_(ids[i:i + 500])))
                skip.update(r[0] for r in res)
        sql = self._sql
        entries: list[tuple[Any, ...]] = []
        nodes: list[tuple[Any, ...]] = []
        findings: list[tuple[Any, ...]] = []
        seqs: list[int | None] = []
        for p in batch:
            if p.entry_id in skip:
                seqs.append(None)
                continue
            skip.add(p.entry_id)
            seq = frontier.size
            p.prepare()
            assert p.parts is not None and p.columns is not None and p.findings is not None
            data = splice(p.parts, "seq", seq)
            lh = merkle.leaf_hash(data)
            for level, idx, h in frontier.append(lh):
                nodes.append(_row(sql.node_cols, {"level": level, "idx": idx, "hash": h}))
            row = {**p.columns, "seq": seq, "record": data.decode(), "leaf_hash": lh}
            entries.append(_row(sql.entry_cols, row))
            for category, action in p.findings:
                findings.append(_row(sql.finding_cols, {
                    "seq": seq, "category": category, "action": action, "at": p.columns["at"]}))
            seqs.append(seq)
        if entries:
            conn.exec_driver_sql(sql.entries, entries)
            if nodes:
                conn.exec_driver_sql(sql.nodes, nodes)
            if findings:
                conn.exec_driver_sql(sql.findings, findings)
            root = frontier.root()
            conn.exec_driver_sql(sql.tree, _row(sql.tree_cols, {
                "tree_id": 1, "size": frontier.size, "frontier": json.dumps(frontier.dump()),
                "root": root, "updated_at": time.time()}))
            if signer is not None:
                self._insert_checkpoint_sync(conn, frontier.size, root, signer)
        return seqs

    async def _insert_checkpoint(self, conn: AsyncConnection, size: int, root: bytes,
                                 signer: Signer) -> dict[str, Any]:
        note = signer(size, root)
        now = time.time()
        await conn.execute(insert(CHECKPOINTS).values(tree_size=size, root_hash=root, note=note,
                                                      created_at=now))
        return {"tree_size": size, "root_hash": root, "note": note, "created_at": now}

    def _insert_checkpoint_sync(self, conn: Connection, size: int, root: bytes,
                                signer: Signer) -> dict[str, Any]:
        note = signer(size, root)
        now = time.time()
        conn.execute(insert(CHECKPOINTS).values(tree_size=size, root_hash=root, note=note,
                                                created_at=now))
        return {"tree_size": size, "root_hash": root, "note": note, "created_at": now}

    def _sqlite_append(self, batch: list[Pending], signer: Signer | None,
                       dedupe: bool) -> list[int | None]:
        with self._sync_writer.begin() as conn:
            return self._append(conn, batch, signer, dedupe)

    async def checkpoint(self, signer: Signer, min_size: int = 0) -> dict[str, Any] | None:
        """The latest checkpoint if it covers ``min_size`` and the current head, else a new one."""
        await self.ensure_ready()
        latest = await self.latest_checkpoint()
        size, _ = await self.tree_head()
        if latest and latest["tree_size"] >= max(min_size, size):
            return latest
        if size == 0:
            return latest
        try:
            async with self.writer_engine.begin() as conn:
                row = (await conn.execute(select(TREE.c.size, TREE.c.root)
                                          .where(TREE.c.id == 1))).one()
                return await self._insert_checkpoint(conn, row.size, row.root, signer)
        except Exception as exc:  # noqa: BLE001
            raise StoreUnavailable(f"checkpoint failed: {exc}") from exc

    # -- reads -------------------------------------------------------------------------------

    async def tree_head(self) -> tuple[int, bytes]:
        await self.ensure_ready()
        async with self.reader_engine.connect() as conn:
            row = (await conn.execute(select(TREE.c.size, TREE.c.root)
                                      .where(TREE.c.id == 1))).one()
            return int(row.size), bytes(row.root)

    async def latest_checkpoint(self) -> dict[str, Any] | None:
        await self.ensure_ready()
        async with self.reader_engine.connect() as conn:
            row = (await conn.execute(select(CHECKPOINTS).order_by(
                CHECKPOINTS.c.tree_size.desc(), CHECKPOINTS.c.id.desc()).limit(1))).first()
        return _checkpoint(row) if row else None

    async def checkpoints(self) -> list[dict[str, Any]]:
        await self.ensure_ready()
        async with self.reader_engine.connect() as conn:
            rows = (await conn.execute(select(CHECKPOINTS).order_by(CHECKPOINTS.c.id))).all()
        return [_checkpoint(r) for r in rows]

    async def checkpoint_at(self, size: int) -> dict[str, Any] | None:
        await self.ensure_ready()
        async with self.reader_engine.connect() as conn:
            row = (await conn.execute(select(CHECKPOINTS).where(CHECKPOINTS.c.tree_size == size)
                                      .order_by(CHECKPOINTS.c.id.desc()).limit(1))).first()
        return _checkpoint(row) if row else None

    async def get(self, generation_id: str | None = None, seq: int | None = None,
                  entry_id: str | None = None) -> dict[str, Any] | None:
        await self.ensure_ready()
        q = select(ENTRIES.c.seq, ENTRIES.c.record, ENTRIES.c.leaf_hash)
        if seq is not None:
            q = q.where(ENTRIES.c.seq == seq)
        elif entry_id is not None:
            q = q.where(ENTRIES.c.entry_id == entry_id)
        else:
            q = q.where(ENTRIES.c.entry_id == generation_id, ENTRIES.c.kind == "generation")
        async with self.reader_engine.connect() as conn:
            row = (await conn.execute(q)).first()
        if row is None:
            return None
        return {"seq": row.seq, "record": orjson.loads(row.record), "leaf_hash": bytes(row.leaf_hash)}

    async def events_for(self, generation_id: str) -> list[dict[str, Any]]:
        await self.ensure_ready()
        q = (select(ENTRIES.c.record).where(ENTRIES.c.generation_id == generation_id,
                                            ENTRIES.c.kind == "event").order_by(ENTRIES.c.seq))
        async with self.reader_engine.connect() as conn:
            return [orjson.loads(r.record) for r in await conn.execute(q)]

    def _where(self, f: Filters, finding: bool = True) -> list[Any]:
        c = ENTRIES.c
        conds: list[Any] = []
        if f.kind:
            conds.append(c.kind == f.kind)
        for name in ("app", "user", "recipient_hash", "on_behalf_of", "status", "campaign",
                     "event_type"):
            value = getattr(f, name)
            if value is not None:
                conds.append(c[name] == value)
        if f.generation_id is not None:  # a generation's own row has it as entry_id
            gid = f.generation_id
            conds.append(c.generation_id == gid if f.kind == "event"
                         else c.entry_id == gid if f.kind == "generation"
                         else or_(c.entry_id == gid, c.generation_id == gid))
        if f.model is not None:
            conds.append(or_(c.model == f.model, c.resolved_model == f.model))
        if f.since is not None:  # day bounds are redundant but let stats use their index
            conds += [c.at >= f.since, c.day >= day_of(f.since)]
        if f.until is not None:
            conds += [c.at < f.until, c.day <= day_of(f.until)]
        if f.finding is not None and finding:
            conds.append(c.seq.in_(select(FINDINGS.c.seq)
                                   .where(FINDINGS.c.category == f.finding)))
        return conds

    async def query(self, f: Filters, limit: int = 50, cursor: tuple[float, int] | None = None,
                    ascending: bool = False) -> list[tuple[int, float, str]]:
        """(seq, at, canonical record text), newest first (or oldest first). ``cursor`` is the
        (at, seq) of the last row of the previous page (keyset paging; no OFFSET scans)."""
        await self.ensure_ready()
        c = ENTRIES.c
        conds = self._where(f, finding=False)
        source: Any = ENTRIES
        key = c  # the columns that order the page: the finding index drives finding queries
        if f.finding is not None:
            source = ENTRIES.join(FINDINGS, and_(FINDINGS.c.seq == c.seq,
                                                 FINDINGS.c.category == f.finding))
            key = FINDINGS.c
        if cursor is not None:
            at, seq = cursor
            if ascending:
                conds += [key.at >= at, or_(key.at > at, key.seq > seq)]
            else:
                conds += [key.at <= at, or_(key.at < at, key.seq < seq)]
        order = ([key.at.asc(), key.seq.asc()] if ascending
                 else [key.at.desc(), key.seq.desc()])
        q = (select(c.seq, c.at, c.record).select_from(source).where(and_(true(), *conds))
             .order_by(*order).limit(limit))
        async with self.reader_engine.connect() as conn:
            return [(r.seq, r.at, r.record) for r in await conn.execute(q)]

    async def iterate(self, f: Filters, page: int = 1000) -> AsyncIterator[tuple[int, str]]:
        """Every matching record, oldest first, in keyset pages (never the whole set in memory)."""
        cursor: tuple[float, int] | None = None
        while True:
            rows = await self.query(f, page, cursor, ascending=True)
            for seq, _, record in rows:
                yield seq, record
            if len(rows) < page:
                return
            cursor = (rows[-1][1], rows[-1][0])

    async def stats(self, f: Filters, group_by: Iterable[str]) -> list[dict[str, Any]]:
        await self.ensure_ready()
        cols = []
        join_findings = False
        for g in group_by:
            if g == "finding":
                cols.append(FINDINGS.c.category.label("finding"))
                join_findings = True
            elif g in ("day", "app", "status", "model", "campaign", "on_behalf_of", "channel",
                       "endpoint", "user"):
                cols.append(ENTRIES.c[g].label(g))
            else:
                raise ValueError(f"cannot group by {g!r}")
        source = ENTRIES.join(FINDINGS, FINDINGS.c.seq == ENTRIES.c.seq) if join_findings \
            else ENTRIES
        q = (select(*cols, func.count().label("count"), func.sum(ENTRIES.c.cost).label("cost"))
             .select_from(source).where(and_(true(), *self._where(f)))
             .group_by(*cols).order_by(*cols))
        async with self.reader_engine.connect() as conn:
            rows = (await conn.execute(q)).all()
        return [dict(r._mapping) for r in rows]

    # -- proofs ------------------------------------------------------------------------------

    async def _hashes(self, conn: AsyncConnection, ranges: list[tuple[int, int]]) -> list[bytes]:
        need = {b for lo, hi in ranges for b in merkle.blocks(lo, hi)}
        got: dict[tuple[int, int], bytes] = {}
        leaves = [idx for level, idx in need if level == 0]
        if leaves:
            res = await conn.execute(select(ENTRIES.c.seq, ENTRIES.c.leaf_hash)
                                     .where(ENTRIES.c.seq.in_(leaves)))
            got.update({(0, r.seq): bytes(r.leaf_hash) for r in res})
        by_level: dict[int, list[int]] = {}
        for level, idx in need:
            if level:
                by_level.setdefault(level, []).append(idx)
        for level, idxs in by_level.items():
            res = await conn.execute(select(NODES.c.idx, NODES.c.hash)
                                     .where(NODES.c.level == level, NODES.c.idx.in_(idxs)))
            got.update({(level, r.idx): bytes(r.hash) for r in res})
        missing = need - got.keys()
        if missing:
            raise LookupError(f"tree nodes missing from the store: {sorted(missing)[:5]}")
        return [merkle.range_hash(lo, hi, lambda lv, i: got[(lv, i)]) for lo, hi in ranges]

    async def inclusion_proof(self, seq: int, size: int) -> list[bytes]:
        await self.ensure_ready()
        async with self.reader_engine.connect() as conn:
            return await self._hashes(conn, merkle.inclusion_ranges(seq, size))

    async def consistency_proof(self, first: int, second: int) -> list[bytes]:
        await self.ensure_ready()
        async with self.reader_engine.connect() as conn:
            return await self._hashes(conn, merkle.consistency_ranges(first, second))

    async def root_at(self, size: int) -> bytes:
        if size == 0:
            return merkle.EMPTY_ROOT
        async with self.reader_engine.connect() as conn:
            return (await self._hashes(conn, [(0, size)]))[0]


def _checkpoint(row: Any) -> dict[str, Any]:
    return {"tree_size": int(row.tree_size), "root_hash": bytes(row.root_hash), "note": row.note,
            "created_at": row.created_at, "id": row.id}


def _upgrade(sync_conn: Any) -> None:
    import logging

    from alembic import command
    from alembic.config import Config

    logging.getLogger("alembic").setLevel(logging.WARNING)  # no per-start migration chatter

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = sync_conn
    command.upgrade(cfg, "head")


def _row(cols: tuple[str, ...], values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(values[c] for c in cols)


def _checkpoint_wal(path: str) -> None:
    import sqlite3

    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=1)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # busy or gone: the next second tries again
