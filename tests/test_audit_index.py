"""The audit store's write path and its derived query index, on SQLite and PostgreSQL.

The durable write touches the log only; the auditor filters read an index built from it after
the commit. These tests hold the index to its promises: a query sees every record committed
before it, the index is rebuilt when it is missing or of another layout, an edit to it is
reported by ``verify`` and repaired by ``reindex``; and the write path's own: writers racing on
one PostgreSQL log leave no gap and no fork, and SQLite's WAL stays preallocated and reused.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
from sqlalchemy import text

from gateway.audit.entries import Filters, Pending
from gateway.audit.service import AuditLog
from gateway.audit.store import AuditStore
from gateway.audit.verify import verify_store
from gateway.settings import Settings
from tests.conftest import need_service
from tests.test_audit import PG_BASE, _pg_reachable

_LOOP = asyncio.new_event_loop()


def run(coro: Any) -> Any:
    return _LOOP.run_until_complete(coro)


@pytest.fixture(params=[("sqlite", "process"), ("sqlite", "thread"),
                        ("postgresql", "thread"), ("postgresql", "process")],
                ids=lambda p: "-".join(p))
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    backend, writer = request.param
    schema = None
    extra: dict[str, Any] = {}
    if backend == "postgresql":
        if not _pg_reachable():
            need_service("PostgreSQL")
        schema = f"candor_ix_{uuid.uuid4().hex[:10]}"
        extra = {"audit_url": PG_BASE, "audit_schema": schema}
    yield Settings(data_dir=tmp_path, audit_writer=writer, **extra)
    if schema:
        async def drop() -> None:
            store = AuditStore(PG_BASE)
            async with store.writer_engine.begin() as conn:
                await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            await store.close()
        run(drop())


def record(i: int, t0: float = 1_790_000_000.0) -> Pending:
    # the whole uuid: 32 random bits collided about once in a few hundred runs of the WAL test's
    # ~10^4 records (a UNIQUE failure on entry_id)
    gid = f"gen-{uuid.uuid4().hex}-{i}"
    findings = [{"category": "false_urgency", "action": "flag"}] if i % 4 == 0 else []
    return Pending(gid, {"v": 1, "kind": "generation", "generation_id": gid, "ts": t0 + i,
                         "app": f"app-{i % 3}", "status": "ok", "model": "echo",
                         "latency_ms": {"total": 1200.0}, "cost_usd": 0.0, "findings": findings})


async def _fill(settings: Settings, n: int) -> AuditLog:
    log = AuditLog(settings)
    await log.start()
    for i in range(0, n, 5):
        await asyncio.gather(*[log.append(record(j)) for j in range(i, min(n, i + 5))])
    return log


def _problems(log: AuditLog) -> set[tuple[str, int | None]]:
    report = run(verify_store(log.store, log.key.public_bytes))
    return {(p.kind, p.seq) for p in report.problems}


def test_a_query_sees_every_record_committed_before_it(settings: Settings) -> None:
    async def go() -> None:
        log = await _fill(settings, 12)
        # a store with no background indexer at all (another process's view of the same log)
        other = AuditStore(log.store.url.render_as_string(hide_password=False),
                           settings.audit_schema)
        try:
            for i in range(12, 15):  # appended straight to the log: nobody indexed these
                await other.append([record(i).prepare()])
            rows = await other.query(Filters(app="app-0"), 50)
            assert len(rows) == 5  # i = 0, 3, 6, 9, 12
            stats = await other.stats(Filters(), ["finding"])
            assert {s["finding"]: s["count"] for s in stats} == {"false_urgency": 4}  # 0,4,8,12
        finally:
            await other.close()
            await log.stop()

    run(go())


def test_the_index_is_rebuilt_when_missing_or_of_another_layout(settings: Settings) -> None:
    async def go() -> None:
        log = await _fill(settings, 10)
        assert len(await log.store.query(Filters(), 50)) == 10
        await log.stop()
        store = log.store
        if store.dialect == "sqlite":
            for suffix in ("", "-wal", "-shm"):  # the whole derived file, gone
                Path(store.index_path + suffix).unlink(missing_ok=True)
        else:
            async with store.writer_engine.begin() as conn:
                await conn.execute(text("UPDATE audit_index_state SET layout = 0"))
        again = AuditLog(settings)
        await again.start()
        try:
            assert [seq for seq, _, _ in await again.store.query(Filters(), 50)] == \
                list(range(9, -1, -1))
            assert len(await again.store.query(Filters(finding="false_urgency"), 50)) == 3
        finally:
            await again.stop()

    run(go())


def test_an_edited_index_is_reported_by_verify_and_repaired_by_reindex(
        settings: Settings) -> None:
    log = run(_fill(settings, 12))
    run(log.store.sync_index())
    assert _problems(log) == set()
    ix = "ix." if log.store.dialect == "sqlite" else ""

    async def tamper() -> None:
        engine = log.store.reader_engine
        async with engine.begin() as conn:
            await conn.execute(text(f"UPDATE {ix}audit_index SET app = 'app-x' WHERE seq = 3"))
            await conn.execute(text(f"DELETE FROM {ix}audit_index WHERE seq = 5"))
            await conn.execute(text(f"DELETE FROM {ix}audit_findings WHERE seq = 8"))

    run(tamper())
    assert {("index", 3), ("index", 5), ("index", 8)} <= _problems(log)
    assert len(run(log.store.query(Filters(app="app-2"), 50))) == 3  # seq 5 hidden by the edit
    assert run(log.store.reindex()) == 12
    assert _problems(log) == set()
    assert len(run(log.store.query(Filters(app="app-2"), 50))) == 4
    run(log.stop())


def test_writers_racing_on_one_postgresql_log_leave_no_gap(tmp_path: Path) -> None:
    """Two stores (two workers or replicas) append at once: the compare-and-swap on the tree
    row makes the loser re-read the head and plan again; no seq is lost or given twice."""
    if not _pg_reachable():
        need_service("PostgreSQL")
    schema = f"candor_race_{uuid.uuid4().hex[:10]}"
    settings = Settings(data_dir=tmp_path, audit_url=PG_BASE, audit_schema=schema,
                        audit_writer="thread")

    async def go() -> None:
        a, b = AuditLog(settings), AuditLog(settings)
        await a.start()
        await b.start()

        async def writer(log: AuditLog, offset: int) -> list[int | None]:
            seqs: list[int | None] = []
            for i in range(60):
                got = await log.store.append([record(offset + 3 * i + k).prepare()
                                              for k in range(3)], log.sign if i % 10 == 0
                                             else None)
                seqs += got
            return seqs

        seqs_a, seqs_b = await asyncio.gather(writer(a, 0), writer(b, 1000))
        assert sorted(seqs_a + seqs_b) == list(range(360))
        report = await verify_store(a.store, a.key.public_bytes)
        assert report.ok and report.records == 360 and report.checkpoints_ok >= 2, report.to_dict()
        await a.stop()
        await b.stop()
        async with a.store.writer_engine.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await a.store.close()

    run(go())


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_sqlite_wal_is_preallocated_and_restarted_under_load(tmp_path: Path, writer: str) -> None:
    """Commits must overwrite the WAL's blocks, not append to it (an appending fdatasync also
    journals the new size: ~10 ms p99 here instead of ~2). Under a steady stream of commits the
    background checkpoints alone never let SQLite restart the WAL; the writer's own reset does
    (in the writer child too, which resets once a second)."""
    import time

    mb = 4
    settings = Settings(data_dir=tmp_path, audit_writer=writer, audit_sqlite_wal_prealloc_mb=mb)

    async def go() -> None:
        log = AuditLog(settings)
        await log.start()
        wal = Path(log.store.wal.path)
        assert wal.stat().st_size == mb << 20
        log.store.wal.reset_interval = 0.1  # this process's; the child keeps its 1 s
        big = "x" * 3000
        written = 0
        settled = None  # the WAL's size once as much as it holds was written
        started = time.monotonic()
        restarts_at_start = _wal_restarts(wal)
        # commits as fast as they go, no pause: 8 WALs' worth, and (child: 1 s resets) until it
        # has restarted the WAL three times -- 5 s on a quiet machine; a busy one (a whole suite
        # on the other core) delays the child's resets, so wait up to 30 s rather than a fixed 5
        while written < 8 * (mb << 20) or (writer == "process" and (
                time.monotonic() - started < 5.0 or _wal_restarts(wal) - restarts_at_start < 3)
                and time.monotonic() - started < 30.0):
            batch = [record(i) for i in range(10)]
            for p in batch:
                p.record["output"] = big
            await log.append(batch[0])
            await asyncio.gather(*[log.append(p) for p in batch[1:]])
            written += 10 * len(big)
            if settled is None and written > mb << 20:
                settled = wal.stat().st_size
        size = wal.stat().st_size
        # every restart bumps the checkpoint sequence number in the WAL's header
        assert _wal_restarts(wal) - restarts_at_start >= 3
        if writer == "thread":
            # it may grow by what a few reset intervals write (several WALs' worth when a busy
            # machine delays resets: CI once saw 18.7 MB of 33.5 MB), never with what is
            # written: without a restart it would hold every frame, more than `written`
            assert settled is not None and size < written, (settled, size, written)
        report = await verify_store(log.store, log.key.public_bytes)
        assert report.ok, report.to_dict()
        await log.stop()

    run(go())


def _wal_restarts(wal: Path) -> int:
    """The WAL header's checkpoint sequence number: +1 each time SQLite restarts the log."""
    with open(wal, "rb") as f:
        header = f.read(16)
    return int.from_bytes(header[12:16], "big")


def test_an_in_memory_sqlite_store_is_refused() -> None:
    # the log and its index are two files, and a record must survive the process
    with pytest.raises(ValueError, match="needs a file"):
        AuditStore("sqlite+aiosqlite://")


def test_a_dead_writer_process_is_replaced_without_a_gap(tmp_path: Path) -> None:
    """The append runs in a child process; if it dies between batches, the next batch starts a
    new one on the same store, and the log continues at the next seq."""
    settings = Settings(data_dir=tmp_path, audit_writer="process")

    async def go() -> None:
        log = AuditLog(settings)
        await log.start()
        first = [await log.append(record(i)) for i in range(3)]
        child = log.writer.appender._proc  # type: ignore[union-attr]
        child.kill()
        child.join(10)
        later = [await log.append(record(i)) for i in range(3, 6)]
        assert first + later == list(range(6))
        assert log.writer.appender._proc.pid != child.pid  # type: ignore[union-attr]
        report = await verify_store(log.store, log.key.public_bytes)
        assert report.ok and report.records == 6, report.to_dict()
        await log.stop()

    run(go())


def _indexed_upto(store: AuditStore) -> int:
    """The index's high-water mark, read straight from its state table (no catching up)."""
    async def read() -> int:
        if store.dialect == "sqlite":
            import sqlite3

            conn = sqlite3.connect(store.index_path)
            try:
                return conn.execute("SELECT next_seq FROM audit_index_state").fetchone()[0]
            finally:
                conn.close()
        async with store.writer_engine.connect() as conn:
            return (await conn.execute(text("SELECT next_seq FROM audit_index_state"))).scalar()
    return run(read())


def test_the_index_is_built_in_its_own_process_and_that_process_is_restarted(
        settings: Settings) -> None:
    """Nobody queries: the indexer child alone brings the index up to the log head. Killed, it
    is started again on a later commit and catches up what it missed."""
    log = run(_fill(settings, 20))
    try:
        indexer = log.indexer
        assert indexer is not None and indexer._proc is not None
        assert indexer._proc.name == "candor-audit-indexer"
        _wait_for(lambda: _indexed_upto(log.store) == 20)
        first = indexer._proc
        first.kill()
        first.join(10)
        indexer._last_start = 0.0  # don't wait out the restart interval
        async def more() -> None:
            await asyncio.gather(*[log.append(record(i)) for i in range(20, 30)])
        run(more())
        assert indexer._proc is not None and indexer._proc.pid != first.pid
        _wait_for(lambda: _indexed_upto(log.store) == 30)
        assert not _problems(log)
    finally:
        run(log.stop())
    assert indexer._proc is None


def _wait_for(condition: Any, timeout: float = 30.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_script_that_never_stops_the_log_still_exits(tmp_path: Path) -> None:
    """Interpreter exit joins daemon children after SIGTERM, which the writer and indexer
    children ignore (the worker decides when they stop): closing their pipes must let them go,
    or a script that forgot ``stop`` (or failed) would hang forever."""
    import os
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import asyncio
        from pathlib import Path
        from gateway.audit.service import AuditLog
        from gateway.settings import Settings
        from tests.test_audit_index import record

        async def main():
            log = AuditLog(Settings(data_dir=Path({str(tmp_path)!r}), audit_writer="process"))
            await log.start()
            for i in range(5):
                await log.append(record(i))
            print("appended", flush=True)  # and exit without log.stop()

        if __name__ == "__main__":
            asyncio.run(main())
    """)
    path = tmp_path / "forgetful.py"
    path.write_text(script)
    root = Path(__file__).parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, str(path)], cwd=root, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "appended" in done.stdout


def test_a_one_shot_user_starts_no_indexer(tmp_path: Path) -> None:
    """The CLI appends one event per command and never calls ``start``: a commit's poke must not
    spawn an indexer it would then wait for (queries catch the index up themselves)."""
    from gateway.audit.index_process import IndexProcess

    indexer = IndexProcess(f"sqlite+aiosqlite:///{tmp_path / 'audit.db'}", None, 1.0)
    indexer.poke()
    assert indexer._proc is None
    run(indexer.close())
