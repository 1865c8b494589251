"""Retention: old records lose their content, the log still verifies, and nothing else can hide
behind pruning (gateway/audit/retention.py)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select, update

from gateway.audit import retention
from gateway.audit.entries import Filters, Pending
from gateway.audit.service import AuditLog
from gateway.audit.store import ENTRIES, INDEX
from gateway.audit.verify import verify_store
from gateway.audit.verify_offline import verify_record
from gateway.settings import Settings
from tests.harness import ROOT
from tests.test_audit_index import run, settings  # noqa: F401 - the store fixture

DAY = 86400.0


def aged(i: int, days_ago: float) -> Pending:
    ts = time.time() - days_ago * DAY
    gid = f"gen-ret-{i}"
    return Pending(gid, {"v": 1, "kind": "generation", "generation_id": gid, "ts": ts,
                         "app": "shop", "status": "ok", "model": "echo", "user": f"u:{i:062d}",
                         "recipient_hash": f"{i:064x}", "campaign": "spring-sale",
                         "on_behalf_of": "Dana CEO", "output": {"0": f"text {i}"},
                         "cost_usd": 0.01,
                         "findings": [{"category": "false_urgency", "action": "flag"}]})


async def _filled(settings: Settings) -> AuditLog:  # noqa: F811
    log = AuditLog(settings)
    await log.start()
    # 6 records from 400 days ago, then 4 from yesterday
    for i in range(6):
        await log.append(aged(i, 400))
    for i in range(6, 10):
        await log.append(aged(i, 1))
    await log.store.sync_index()
    return log


def test_prune_keeps_the_tree_and_removes_what_named_people(settings: Settings) -> None:  # noqa: F811
    async def go() -> None:
        log = await _filled(settings)
        planned = await retention.plan(log, 365)
        assert (planned.start, planned.through) == (0, 6)
        result = await retention.prune(log, 365)
        assert result.pruned == 6 and result.through == 6
        await log.store.sync_index()
        rows = await log.store._rows(select(ENTRIES).order_by(ENTRIES.c.seq))
        for row in rows[:6]:
            assert row.record == '{"kind":"pruned","seq":%d}' % row.seq
            assert row.user is None and row.recipient_hash is None
            assert row.on_behalf_of is None and row.campaign is None
            assert row.app == "shop" and row.status == "ok" and row.cost == 0.01  # stats stay
        assert "text 7" in rows[7].record and rows[7].user is not None
        ix = await log.store._rows(select(INDEX).where(INDEX.c.seq < 6))
        assert ix and all(r.user is None and r.campaign is None for r in ix)
        # the rule's findings of pruned records are gone; the others are still found
        found = await log.store.query(Filters(finding="false_urgency"), limit=50)
        assert sorted(seq for seq, _, _ in found) == [6, 7, 8, 9]
        report = await verify_store(log.store, log.key.public_bytes)
        assert report.ok, report.to_dict()
        assert report.pruned == 6
        # a pruned record still proves its place in the signed tree (not its content)
        proof = await log.proof_for("gen-ret-2")
        assert proof is not None and proof["record"] == {"kind": "pruned", "seq": 2}
        out = verify_record(proof, log.key.public_pem())
        assert out["ok"] and out["pruned"]
        # idempotent: nothing more is due
        again = await retention.prune(log, 365)
        assert again.pruned == 0 and again.through == 6
        await log.stop()

    run(go())


def test_pruning_outside_the_declared_prefix_is_caught(settings: Settings) -> None:  # noqa: F811
    """Whoever edits the database cannot pass off a deletion as retention: content removed in
    the middle, or beyond what a retention_pruned event declared, is reported."""
    async def go() -> None:
        log = await _filled(settings)
        await retention.prune(log, 365)
        # "prune" seq 8 by hand: not a prefix, never declared
        async with log.store.writer_engine.begin() as conn:
            await conn.execute(update(ENTRIES).where(ENTRIES.c.seq == 8)
                               .values(record='{"kind":"pruned","seq":8}'))
        report = await verify_store(log.store, log.key.public_bytes)
        assert ("changed", 8) in {(p.kind, p.seq) for p in report.problems}, report.to_dict()
        await log.stop()

    run(go())


def test_undeclared_prefix_pruning_is_caught(tmp_path: Path) -> None:
    async def go() -> None:
        log = await _filled(Settings(data_dir=tmp_path, audit_writer="thread"))
        await log.checkpoint()
        await log.store.prune_through(0, 3)  # the store rewrite alone, with no declaration
        report = await verify_store(log.store, log.key.public_bytes)
        kinds = {(p.kind, p.seq) for p in report.problems}
        assert {("changed", 0), ("changed", 1), ("changed", 2)} <= kinds, report.to_dict()
        await log.stop()

    run(go())


def test_cli_prune_and_the_retention_setting(tmp_path: Path) -> None:
    log = run(_filled(Settings(data_dir=tmp_path, audit_writer="thread")))
    run(log.stop())
    env = {**os.environ, "CANDOR_DATA_DIR": str(tmp_path), "CANDOR_AUDIT_RETENTION_DAYS": "30"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "gateway.cli", "audit", *args], env=env,
                              capture_output=True, text=True, cwd=ROOT, timeout=120)

    dry = cli("prune", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["due"] == 6
    done = cli("prune")
    assert done.returncode == 0, done.stderr
    assert "pruned 6 record(s) older than 30 days" in done.stdout
    verified = cli("verify", "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["pruned"] == 6


def test_the_retention_loop_prunes_on_its_own(tmp_path: Path) -> None:
    """With audit_retention_days set, each worker runs this loop (idempotent across them)."""
    async def go() -> None:
        log = await _filled(Settings(data_dir=tmp_path, audit_writer="thread"))
        loop = retention.retention_loop(log, 365, interval=3600, first_delay=0)
        await loop.start()
        for _ in range(200):
            if await log.store.pruned_prefix() == 6:
                break
            await asyncio.sleep(0.05)
        assert await log.store.pruned_prefix() == 6
        await loop.stop()
        await log.stop()

    run(go())
