"""Issue 13, item 2 (defence in depth) and item 3, at the writer: one record that cannot be
encoded fails only its own request, never the batch it shares with other tenants' records; a
record far larger than the worker<->child pipe's buffer goes through the child writer."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from gateway.audit.entries import Pending, event_record
from gateway.audit.service import AuditLog
from gateway.audit.spool import Spool
from gateway.audit.store import RecordInvalid
from gateway.audit.verify import verify_store
from gateway.settings import Settings
from tests.test_audit import all_records, backend_settings, pg_schemas, run  # noqa: F401


def _bad() -> Pending:
    return event_record("review.decision", "gen-bad", {"app": "tenant-a"},
                        {"campaign": "\ud800"})  # a lone surrogate: not encodable as UTF-8


def _good(i: int, size: int = 10) -> Pending:
    return event_record("review.decision", f"gen-{i}", {"app": "tenant-b"}, {"i": i,
                                                                              "pad": "x" * size})


@pytest.mark.parametrize("backend,writer", [("sqlite", "process"), ("sqlite", "thread"),
                                            ("postgresql", "thread"),
                                            ("postgresql", "process")])
def test_one_bad_record_fails_only_itself(backend: str, writer: str, tmp_path: Path,
                                          pg_schemas: list[str]) -> None:  # noqa: F811
    settings = Settings(data_dir=tmp_path, audit_writer=writer,
                        **backend_settings(backend, pg_schemas))

    async def go() -> tuple[list[Any], AuditLog]:
        log = AuditLog(settings)
        await log.start()
        items = [_good(0), _bad(), _good(1), _good(2)]
        results = await asyncio.gather(*[log.append(p) for p in items],
                                       return_exceptions=True)
        later = await log.append(_good(3))  # the writer carries on
        await log.stop()
        return [*results, later], log

    results, log = run(go())
    assert isinstance(results[1], RecordInvalid), results
    goods = [results[i] for i in (0, 2, 3, 4)]
    assert all(isinstance(s, int) for s in goods), results
    assert goods == sorted(goods) and len(set(goods)) == 4
    if writer == "process":
        assert log.writer.batches <= 2  # the bad record shared a commit with good ones
    rows = run(all_records(log.store))
    stored = [json.loads(r[2])["generation_id"] for r in rows]
    assert stored == ["gen-0", "gen-1", "gen-2", "gen-3"]
    report = run(verify_store(log.store, log.key.public_bytes))
    assert report.ok, report.problems
    run(log.store.close())


def test_spool_leaves_out_only_the_bad_record(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    invalid = spool.write([_good(0), _bad(), _good(1)])
    assert list(invalid) == [1]
    spool.close()
    lines = (tmp_path / "spool").glob("*.jsonl")
    text = "".join(p.read_text() for p in lines)
    assert [json.loads(line)["entry_id"].startswith("evt-") for line in text.splitlines()] == \
        [True, True]


@pytest.mark.parametrize("size", [40_000, 3_000_000])
def test_large_records_through_the_writer_child(size: int, tmp_path: Path) -> None:
    """On uvloop, as the gateway runs: it makes the watched pipe non-blocking, so a record
    larger than the pipe's buffer used to fail with BlockingIOError and kill the child."""
    import uvloop

    settings = Settings(data_dir=tmp_path, audit_writer="process")

    async def go() -> list[Any]:
        log = AuditLog(settings)
        await log.start()
        seqs = await asyncio.gather(*[log.append(_good(i, size)) for i in range(3)])
        seqs.append(await log.append(_good(9)))
        await log.stop()
        await log.store.close()
        return seqs

    loop = uvloop.new_event_loop()
    try:
        assert loop.run_until_complete(go()) == [0, 1, 2, 3]
    finally:
        loop.close()
