"""The audit store over SQLAlchemy 2 (async): SQLite (aiosqlite, WAL) or PostgreSQL (asyncpg).

Appends (``append.py``) are serialised across processes and replicas on the one ``audit_tree``
row: SQLite ``BEGIN IMMEDIATE`` (one writer at a time), PostgreSQL a compare-and-swap on it. From
the running tree state the writer gives each record the next seq, computes its leaf hash, and
stores the leaves, the completed subtree nodes, the new tree state and optionally a signed
checkpoint in one commit, so there is no gap and no fork.

The auditor filters read the query index (``indexer.py``), built from the log after the commit:
in the background by an indexer process per worker (``index_process.py``), and by every query
up to the head it sees first.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, AsyncIterator, Iterable

import orjson
import structlog
from sqlalchemy import (
    String,
    and_,
    cast,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from gateway.audit import append, indexer, merkle, sqlite_wal
from gateway.audit.append import Signer
from gateway.audit.entries import Filters, Pending, day_of
from gateway.audit.schema import (
    INDEX_SCHEMA,
    CheckpointRow,
    Entry,
    FindingRow,
    IndexRow,
    IndexState,
    Node,
    Tree,
)

ENTRIES = Entry.__table__
INDEX = IndexRow.__table__
STATE = IndexState.__table__
FINDINGS = FindingRow.__table__
NODES = Node.__table__
TREE = Tree.__table__
CHECKPOINTS = CheckpointRow.__table__
MIGRATIONS = Path(__file__).parent / "migrations"
log = structlog.get_logger("candor.audit")
_PG_LOCK = 0x63616E646F72  # "candor": serialises migrations across workers and replicas
_ON_SELF = {INDEX_SCHEMA: None}  # the index tables in the connection's own schema / main file


def _finding_matches(value: str) -> Any:
    """A record with a finding of this category (the findings index) or this rule id (the
    record's canonical JSON holds ``"rule_id":"<id>"``)."""
    needle = '"rule_id":' + orjson.dumps(value).decode()
    return or_(INDEX.c.seq.in_(select(FINDINGS.c.seq).where(FINDINGS.c.category == value)),
               INDEX.c.seq.in_(select(ENTRIES.c.seq).where(
                   ENTRIES.c.record.contains(needle, autoescape=True))))


class StoreUnavailable(Exception):
    """The store could not be reached or the write failed; nothing was committed."""


class RecordInvalid(Exception):
    """This one record cannot be encoded (e.g. a lone surrogate the door should have refused).
    It fails only the request it belongs to; the records batched with it are committed."""

    @staticmethod
    def describe(exc: BaseException) -> str:
        return f"the audit record cannot be encoded: {type(exc).__name__}: {str(exc)[:200]}"


class _Retry(Exception):
    """The pooled connection was gone before anything was sent: try a fresh one."""


def _connection_lost(exc: BaseException) -> bool:
    import asyncpg

    return isinstance(exc, (OSError, ConnectionError, asyncpg.PostgresConnectionError,
                            asyncpg.InterfaceError)) or "connection" in type(exc).__name__.lower()


class AuditStore:
    def __init__(self, url: str, schema: str | None = None, connect_timeout: float = 5.0,
                 sqlite_synchronous: str = "FULL", sqlite_wal_prealloc_mb: int = 64,
                 inline_writes: bool = False, command_timeout: float = 60.0) -> None:
        self.url = make_url(url)
        self.inline_writes = inline_writes  # run the SQLite append on the caller's thread
        self.dialect = self.url.get_backend_name()
        self.schema = schema
        self._ready = False
        self._ready_lock = asyncio.Lock()
        self._wal_task: asyncio.Task | None = None
        self._index_lock: asyncio.Lock | None = None
        self._engines: list[Any] = []
        self._held_writer: Any = None  # see _sqlite_append
        if self.dialect == "sqlite":
            db = self.url.database
            if not db or db == ":memory:":
                raise ValueError("the SQLite audit store needs a file (sqlite+aiosqlite:///path)")
            Path(db).parent.mkdir(parents=True, exist_ok=True)
            self.index_path = str(Path(db).with_name(Path(db).stem + ".index.db"))
            self.wal = sqlite_wal.Wal(db, sqlite_wal_prealloc_mb << 20)
            self.writer_engine = self._sqlite_engine(immediate=True, sync=sqlite_synchronous)
            self._sync_writer = self._sqlite_engine(immediate=True, sync=sqlite_synchronous,
                                                    asynchronous=False)
            self.reader_engine = self._sqlite_engine(immediate=False, sync=sqlite_synchronous,
                                                     attach_index=True)
            self._sync_reader = self._sqlite_engine(immediate=False, sync=sqlite_synchronous,
                                                    asynchronous=False, attach_index=True)
            # the indexer: main file the index (its own write lock, so indexing never blocks
            # the durable write; NORMAL: a power loss may cost the last index batches, which
            # are indexed again), the log attached read-side
            self._sync_index = self._sqlite_engine(immediate=False, sync="NORMAL",
                                                   asynchronous=False, path=self.index_path)
        elif self.dialect == "postgresql":
            # a statement the server does not finish in time is cancelled (asyncpg cancels it
            # server-side: its transaction rolls back, so a timed-out commit leaves no record)
            args: dict[str, Any] = {"timeout": connect_timeout, "command_timeout": command_timeout}
            args["server_settings"] = {"statement_timeout": str(int(command_timeout * 1000))}
            if schema:
                args["server_settings"]["search_path"] = schema
            base = create_async_engine(self.url, connect_args=args, pool_size=4, max_overflow=4)
            self._engines.append(base)
            # the index beside the log; named, since the schema may not exist at first connect
            self.writer_engine = base.execution_options(
                schema_translate_map={INDEX_SCHEMA: schema} if schema else _ON_SELF)
            self.reader_engine = self.writer_engine
        else:
            raise ValueError(f"unsupported audit store {self.url.drivername!r}: "
                             "use sqlite+aiosqlite:// or postgresql+asyncpg://")
        self._sql = append.Statements(self.writer_engine.dialect)
        if self.dialect == "postgresql":
            self._pg_write = append.PgWrite(self.writer_engine.dialect, self._sql)
            self._pg_head: list[Any] = [None, None]  # the tree head after our last append

    def _sqlite_engine(self, immediate: bool, sync: str, asynchronous: bool = True,
                       attach_index: bool = False, path: str | None = None) -> Any:
        url = self.url if path is None else self.url.set(database=path)
        if asynchronous:
            engine = create_async_engine(url, connect_args={"timeout": 30})
            target = engine.sync_engine
        else:
            engine = create_engine(url.set(drivername="sqlite"),
                                   connect_args={"timeout": 30, "check_same_thread": False})
            target = engine
        self._engines.append(engine)
        if path is not None:  # main file the index, the log attached as "log"
            engine = engine.execution_options(
                schema_translate_map={INDEX_SCHEMA: "main", None: "log"})
        index_path, log_path = self.index_path, str(self.url.database)

        @event.listens_for(target, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={sync}")
            cur.execute("PRAGMA busy_timeout=30000")
            # the log's WAL checkpoints run in the background (``_wal_loop``), not inside a
            # request's commit; the index file's in the indexer's own commits
            cur.execute("PRAGMA wal_autocheckpoint=" + ("1000" if path is not None else "0"))
            if attach_index:
                cur.execute("ATTACH DATABASE ? AS " + INDEX_SCHEMA, (index_path,))
            if path is not None:
                cur.execute("ATTACH DATABASE ? AS log", (log_path,))
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
                # Migrating takes the log's write lock (BEGIN IMMEDIATE on SQLite) for as long as
                # alembic runs; a process that starts beside a live writer (a second worker, the
                # indexer, the CLI) checks the revision without it and only migrates if behind.
                if not await self._at_head():
                    async with self.writer_engine.begin() as conn:
                        if self.dialect == "postgresql":
                            await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                               {"k": _PG_LOCK})
                            if self.schema:
                                await conn.execute(
                                    text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
                        await conn.run_sync(_upgrade)
                if self.dialect == "postgresql":
                    async with self.writer_engine.begin() as conn:
                        await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                           {"k": _PG_LOCK})
                        await conn.run_sync(indexer.ensure_index)
                else:
                    await asyncio.to_thread(self._sqlite_ensure_index)
                    if self.wal.prealloc_bytes > 0:
                        await asyncio.to_thread(self._sqlite_preallocate)  # not in a request
            except Exception as exc:  # noqa: BLE001 - any driver error means "not available"
                raise StoreUnavailable(f"audit store not ready: {exc}") from exc
            self._ready = True

    def _start_wal_loop(self) -> None:
        if self.dialect == "sqlite" and self._wal_task is None:
            self._wal_task = asyncio.get_running_loop().create_task(self._wal_loop())

    async def _wal_loop(self) -> None:
        """Copy the WAL back into the database every 0.2 s (PASSIVE: never blocks writers),
        so no commit pays for a checkpoint; autocheckpoint is off on our connections."""
        while True:
            await asyncio.sleep(0.2)  # often: each one copies little (see sqlite_wal.py)
            # The thread owns its connection from open to close: cancelling this task (on
            # shutdown) must never close a connection another thread is still using.
            await asyncio.shield(asyncio.to_thread(sqlite_wal.checkpoint, str(self.url.database)))

    async def close(self) -> None:
        if self._wal_task is not None:
            self._wal_task.cancel()
            try:
                await self._wal_task
            except (asyncio.CancelledError, Exception):  # noqa: BLE001
                pass
            self._wal_task = None
        if self._held_writer is not None:
            self._held_writer.close()  # back to its pool, disposed below
            self._held_writer = None
        for engine in self._engines:
            if hasattr(engine, "sync_engine"):
                await engine.dispose()
            else:
                engine.dispose()

    # -- appends -----------------------------------------------------------------------------

    async def append(self, batch: list[Pending], signer: Signer | None = None,
                     dedupe: bool = False) -> list[int | None]:
        """Append records in one transaction; return their sequence numbers (None: duplicate)."""
        await self.ensure_ready()
        for attempt in (1, 2):
            try:
                if self.dialect == "sqlite":  # the whole transaction in one thread hop
                    self._start_wal_loop()
                    seqs = (self._sqlite_append(batch, signer, dedupe) if self.inline_writes
                            else await asyncio.to_thread(self._sqlite_append, batch, signer,
                                                         dedupe))
                else:
                    seqs = await self._pg_append(batch, signer, dedupe)
                return seqs
            except _Retry as exc:
                # A pooled connection that died (database restarted): retry once on a fresh one.
                # Nothing was committed, so the retry cannot duplicate (entry ids are unique too).
                if attempt == 1:
                    continue
                cause = exc.__cause__ or exc
                raise StoreUnavailable(f"audit write failed: {type(cause).__name__}: {cause}") \
                    from cause
            except Exception as exc:  # noqa: BLE001
                raise StoreUnavailable(f"audit write failed: {type(exc).__name__}: {exc}") from exc
        raise AssertionError("unreachable")

    def _sqlite_append(self, batch: list[Pending], signer: Signer | None,
                       dedupe: bool) -> list[int | None]:
        if self.inline_writes:
            # the writer child appends nothing but this: it keeps one connection checked out
            # (a pool checkout and its reset on return cost ~0.1 ms per commit, measured)
            if self._held_writer is None:
                self._held_writer = self._sync_writer.raw_connection()
            try:
                return self._sqlite_append_on(self._held_writer.dbapi_connection, batch,
                                              signer, dedupe)
            except Exception:
                self._held_writer.invalidate()  # whatever broke, the next append starts afresh
                self._held_writer = None
                raise
        with self._sync_writer.connect() as conn:  # a pooled connection, used raw
            return self._sqlite_append_on(conn.connection.dbapi_connection, batch, signer,
                                          dedupe)

    def _sqlite_append_on(self, db: Any, batch: list[Pending], signer: Signer | None,
                          dedupe: bool) -> list[int | None]:
        seqs = append.sqlite_append(db, self._sql, batch, signer, dedupe,
                                    locked=self.wal.preallocate)
        self.wal.after_commit(db)
        return seqs

    async def _pg_append(self, batch: list[Pending], signer: Signer | None,
                         dedupe: bool) -> list[int | None]:
        async with self.writer_engine.connect() as conn:  # a pooled connection, used raw
            raw = await conn.get_raw_connection()
            try:
                return await append.pg_append(raw.driver_connection, self._sql, self._pg_write,
                                              self._pg_head, batch, signer, dedupe)
            except Exception as exc:
                self._pg_head[:] = [None, None]  # read it again under whatever comes next
                if _connection_lost(exc):
                    await conn.invalidate()  # the pool must not hand it out again
                    raise _Retry() from exc
                raise

    async def _insert_checkpoint(self, conn: AsyncConnection, size: int, root: bytes,
                                 signer: Signer) -> dict[str, Any]:
        note = signer(size, root)
        now = time.time()
        await conn.execute(insert(CHECKPOINTS).values(tree_size=size, root_hash=root, note=note,
                                                      created_at=now))
        return {"tree_size": size, "root_hash": root, "note": note, "created_at": now}

    # -- the query index ---------------------------------------------------------------------

    async def _at_head(self) -> bool:
        """Whether the log's schema is at the latest migration (read-only; False when the
        database or schema does not exist yet)."""
        try:
            async with self.reader_engine.connect() as conn:
                return await conn.run_sync(_revision_is_head)
        except Exception:  # noqa: BLE001 - a fresh database: the migration path decides
            return False

    def _sqlite_preallocate(self) -> None:
        with self._sync_writer.connect() as conn:
            db = conn.connection.dbapi_connection
            db.execute("BEGIN IMMEDIATE")  # no other writer may be appending frames meanwhile
            try:
                self.wal.preallocate()
            finally:
                db.execute("ROLLBACK")

    def _sqlite_ensure_index(self) -> None:
        with self._sync_index.begin() as conn:
            indexer.ensure_index(conn)

    async def sync_index(self) -> int:
        """Index every log entry committed before this call; returns how many were indexed."""
        await self.ensure_ready()
        if self._index_lock is None:
            self._index_lock = asyncio.Lock()
        head, upto = (await self._rows(  # both single-row tables at once
            select(TREE.c.size, STATE.c.next_seq)
            .select_from(TREE.join(STATE, true())).where(TREE.c.id == 1, STATE.c.id == 1)))[0]
        if upto >= head:
            return 0
        done = 0
        async with self._index_lock:
            while True:
                if self.dialect == "sqlite":
                    n, upto = await asyncio.to_thread(self._sqlite_index_step)
                else:
                    async with self.writer_engine.begin() as conn:
                        # derived data, its high-water mark in the same transaction: a crash
                        # may lose the last steps (indexed again), never make the index wrong,
                        # so its commit need not wait for the WAL flush the appends wait for
                        await conn.execute(text("SET LOCAL synchronous_commit TO OFF"))
                        n, upto = await conn.run_sync(indexer.index_step)
                done += n
                if n == 0 or upto >= head:
                    return done

    def _sqlite_index_step(self) -> tuple[int, int]:
        with self._sync_index.begin() as conn:
            return indexer.index_step(conn)

    async def reindex(self) -> int:
        """Drop the query index and rebuild it from the log (``candor audit reindex``)."""
        await self.ensure_ready()
        if self.dialect == "sqlite":
            def wipe() -> None:
                with self._sync_index.begin() as ix:
                    indexer.reset(ix)
            await asyncio.to_thread(wipe)
        else:
            async with self.writer_engine.begin() as conn:
                await conn.run_sync(indexer.reset)
        return await self.sync_index()

    # -- retention (retention.py decides what; this only rewrites) ---------------------------

    async def pruned_prefix(self) -> int:
        """How many leading records are pruned: a binary search, since pruning only ever
        covers a prefix (``candor audit verify`` checks that it does)."""
        await self.ensure_ready()
        size, _ = await self.tree_head()
        lo, hi = 0, size  # records < lo are pruned; records >= hi are not
        while lo < hi:
            mid = (lo + hi) // 2
            rows = await self._rows(select(ENTRIES.c.record).where(ENTRIES.c.seq == mid))
            if rows and is_pruned(rows[0].record):
                lo = mid + 1
            else:
                hi = mid
        return lo

    async def first_seq_since(self, start: int, cutoff: float, page: int = 2000) -> int:
        """The first seq >= ``start`` whose record is from ``cutoff`` or later (the tree size
        when all are older). Walks forward from ``start`` in seq order, so a regular run only
        reads what expired since the last one."""
        size, _ = await self.tree_head()
        seq = start
        while seq < size:
            rows = await self._rows(select(ENTRIES.c.seq, ENTRIES.c.at)
                                    .where(ENTRIES.c.seq >= seq).order_by(ENTRIES.c.seq)
                                    .limit(page))
            if not rows:
                break
            for row in rows:
                if row.at >= cutoff:
                    return int(row.seq)
            seq = int(rows[-1].seq) + 1
        return size

    async def prune_through(self, start: int, end: int, batch: int = 500) -> int:
        """Replace the content of records ``start <= seq < end`` with a pruned marker and clear
        the filter columns that can point at a person (their index rows too; their findings
        go). The leaf hashes stay, so the tree and every checkpoint still verify. Small
        batches: each holds the log's write lock only briefly."""
        await self.ensure_ready()
        marker = literal(PRUNED_PREFIX + ',"seq":') + cast(ENTRIES.c.seq, String) + literal("}")
        cleared = {c: None for c in PERSONAL_COLUMNS}
        done = 0
        for lo in range(start, end, batch):
            hi = min(end, lo + batch)
            async with self.writer_engine.begin() as conn:
                n = (await conn.execute(
                    update(ENTRIES).where(ENTRIES.c.seq >= lo, ENTRIES.c.seq < hi,
                                          ENTRIES.c.record.not_like(PRUNED_PREFIX + "%"))
                    .values(record=marker, **cleared))).rowcount
                if self.dialect == "postgresql":
                    await conn.run_sync(_prune_index, lo, hi)
            if self.dialect == "sqlite":
                def step(lo: int = lo, hi: int = hi) -> None:
                    with self._sync_index.begin() as ix:
                        _prune_index(ix, lo, hi)
                await asyncio.to_thread(step)
            done += max(n, 0)
        return done

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

    async def _rows(self, q: Any) -> list[Any]:
        """Run a read. SQLite: on a plain sqlite3 connection in one thread hop (aiosqlite made
        each statement and fetch a hop of its own: ~3 ms for a page of 50 records)."""
        if self.dialect == "sqlite":
            return await asyncio.to_thread(self._sqlite_rows, q)
        async with self.reader_engine.connect() as conn:
            return list((await conn.execute(q)).all())

    def _sqlite_rows(self, q: Any) -> list[Any]:
        with self._sync_reader.connect() as conn:
            return list(conn.execute(q).all())

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
        rows = await self._rows(q)
        if not rows:
            return None
        row = rows[0]
        return {"seq": row.seq, "record": orjson.loads(row.record), "leaf_hash": bytes(row.leaf_hash)}

    async def events_for(self, generation_id: str) -> list[dict[str, Any]]:
        await self.sync_index()
        q = (select(ENTRIES.c.record)
             .select_from(INDEX.join(ENTRIES, ENTRIES.c.seq == INDEX.c.seq))
             .where(INDEX.c.generation_id == generation_id, INDEX.c.kind == "event")
             .order_by(INDEX.c.seq))
        return [orjson.loads(r.record) for r in await self._rows(q)]

    def _where(self, f: Filters, finding: bool = True) -> list[Any]:
        c = INDEX.c
        conds: list[Any] = []
        if f.kind:
            conds.append(c.kind == f.kind)
        for name in ("app", "user", "recipient_hash", "on_behalf_of", "status", "campaign",
                     "channel", "event_type"):
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
            conds.append(_finding_matches(f.finding))
        return conds

    async def query(self, f: Filters, limit: int = 50, cursor: tuple[float, int] | None = None,
                    ascending: bool = False) -> list[tuple[int, float, str]]:
        """(seq, at, canonical record text), newest first (or oldest first). ``cursor`` is the
        (at, seq) of the last row of the previous page (keyset paging; no OFFSET scans)."""
        await self.sync_index()
        c = INDEX.c
        conds = self._where(f, finding=False)
        source: Any = INDEX
        key = c  # the columns that order the page: the finding index drives category queries
        if f.finding is not None and "." not in f.finding:
            # a category (they have no dots); a rule id without a dot is matched too
            source = INDEX.join(FINDINGS, and_(FINDINGS.c.seq == c.seq,
                                               FINDINGS.c.category == f.finding))
            key = FINDINGS.c
            if not await self._has_category(f.finding):
                source, key = INDEX, c
                conds.append(_finding_matches(f.finding))
        elif f.finding is not None:
            conds.append(_finding_matches(f.finding))
        source = source.join(ENTRIES, ENTRIES.c.seq == c.seq)
        if cursor is not None:
            at, seq = cursor
            if ascending:
                conds += [key.at >= at, or_(key.at > at, key.seq > seq)]
            else:
                conds += [key.at <= at, or_(key.at < at, key.seq < seq)]
        order = ([key.at.asc(), key.seq.asc()] if ascending
                 else [key.at.desc(), key.seq.desc()])
        q = (select(c.seq, c.at, ENTRIES.c.record).select_from(source).where(and_(true(), *conds))
             .order_by(*order).limit(limit))
        return [(r.seq, r.at, r.record) for r in await self._rows(q)]

    async def _has_category(self, category: str) -> bool:
        q = select(FINDINGS.c.seq).where(FINDINGS.c.category == category).limit(1)
        return bool(await self._rows(q))

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
        await self.sync_index()
        cols = []
        join_findings = False
        for g in group_by:
            if g == "finding":
                cols.append(FINDINGS.c.category.label("finding"))
                join_findings = True
            elif g in ("day", "app", "status", "model", "campaign", "on_behalf_of", "channel",
                       "endpoint", "user"):
                cols.append(INDEX.c[g].label(g))
            else:
                raise ValueError(f"cannot group by {g!r}")
        source = INDEX.join(FINDINGS, FINDINGS.c.seq == INDEX.c.seq) if join_findings \
            else INDEX
        q = (select(*cols, func.count().label("count"), func.sum(INDEX.c.cost).label("cost"))
             .select_from(source).where(and_(true(), *self._where(f)))
             .group_by(*cols).order_by(*cols))
        return [dict(r._mapping) for r in await self._rows(q)]

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


def _revision_is_head(sync_conn: Any) -> bool:
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    heads = set(ScriptDirectory(str(MIGRATIONS)).get_heads())
    return set(MigrationContext.configure(sync_conn).get_current_heads()) == heads


def _upgrade(sync_conn: Any) -> None:
    import logging

    from alembic import command
    from alembic.config import Config

    logging.getLogger("alembic").setLevel(logging.WARNING)  # no per-start migration chatter

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = sync_conn
    command.upgrade(cfg, "head")



# Pruned records keep their place in the tree (the leaf hash) and lose their content; see
# retention.py. Canonical JSON: "kind" sorts before "seq".
PRUNED_PREFIX = '{"kind":"pruned"'
PERSONAL_COLUMNS = ("user", "recipient_hash", "on_behalf_of", "campaign")


def is_pruned(record: str) -> bool:
    return record.startswith(PRUNED_PREFIX)


def _prune_index(conn: Any, lo: int, hi: int) -> None:
    conn.execute(update(INDEX).where(INDEX.c.seq >= lo, INDEX.c.seq < hi)
                 .values(**{c: None for c in PERSONAL_COLUMNS}))
    conn.execute(delete(FINDINGS).where(FINDINGS.c.seq >= lo, FINDINGS.c.seq < hi))
