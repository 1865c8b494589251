"""Checkpoints published to an HTTP witness (c2sp.org/tlog-witness), a real server process:
it cosigns a log that only grows, and refuses a rolled-back or forked one, even when the
forger holds the log's signing key."""

from __future__ import annotations

import asyncio
import base64
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from gateway.audit.cosign import verify_cosignatures
from gateway.audit.note import parse
from gateway.audit.service import AuditLog
from gateway.audit.verify_offline import _public
from gateway.audit.witness_http import Target, WitnessPublisher
from gateway.settings import Settings, WitnessTarget
from tests.harness import ROOT, free_port, stop, wait_http
from tests.test_audit_index import record

NAME = "witness.test/w1"


def run(coro: Any) -> Any:
    return asyncio.new_event_loop().run_until_complete(coro)


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    """A gateway data dir whose signing key exists, and its public key as a PEM file."""
    d = tmp_path / "gw"
    AuditLog(Settings(data_dir=d, audit_writer="thread"))  # creates signing.key
    return d


@pytest.fixture
def witness(tmp_path: Path, log_dir: Path) -> Iterator[tuple[str, str, Path]]:
    """A witness-serve process following the log; (url, its public key, its dir)."""
    log = AuditLog(Settings(data_dir=log_dir, audit_writer="thread"))
    pem = tmp_path / "log.pub"
    pem.write_text(log.key.public_pem())
    wdir = tmp_path / "witness"
    port = free_port()
    out = tmp_path / "witness.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway.cli", "audit", "witness-serve", "--dir", str(wdir),
         "--name", NAME, "--log", f"{log.origin}={pem}", "--port", str(port)],
        cwd=ROOT, stdout=out.open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    # any answer means it is up (GET on a POST route: 405)
    wait_http(url + "/add-checkpoint", proc, out)
    line = out.read_text()
    public = line.split("(public key ", 1)[1].split(")", 1)[0]
    yield url, public, wdir
    stop(proc)


async def _grow(log: AuditLog, n: int, offset: int = 0) -> None:
    for i in range(n):
        await log.append(record(offset + i))
    await log.checkpoint()


def test_witness_cosigns_a_growing_log_and_the_log_records_it(
        log_dir: Path, witness: tuple[str, str, Path]) -> None:
    url, public, _ = witness

    async def go() -> None:
        log = AuditLog(Settings(data_dir=log_dir, audit_writer="thread"))
        await log.start()
        pub = WitnessPublisher(log, [Target(NAME, url, public)])
        await _grow(log, 5)
        assert (await pub.publish()) == {NAME: "cosigned"}
        await _grow(log, 7, 100)
        assert (await pub.publish()) == {NAME: "cosigned"}  # with a consistency proof
        # a second publisher (another worker) learns the witness's size from its 409
        other = WitnessPublisher(log, [Target(NAME, url, public)])
        assert (await other.publish())[NAME] == "up to date"
        await _grow(log, 3, 200)
        assert (await other.publish())[NAME] == "cosigned"
        # the cosignatures are in the log itself, and verify
        events = [e for e in await _events(log) if e["type"] == "checkpoint_cosigned"]
        assert len(events) == 3
        cp = await log.store.latest_checkpoint()
        for e in events:
            size = e["data"]["tree_size"]
            signed = await log.store.checkpoint_at(size)
            assert signed is not None
            cos = verify_cosignatures(e["data"]["cosignature"], NAME, _public(public),
                                      parse(signed["note"]).text)
            assert cos.name == NAME
        assert cp is not None
        await pub.stop()
        await other.stop()
        await log.stop()

    run(go())


def test_witness_refuses_a_rollback_and_a_fork_signed_with_the_real_key(
        tmp_path: Path, log_dir: Path, witness: tuple[str, str, Path]) -> None:
    url, public, wdir = witness

    async def go() -> None:
        log = AuditLog(Settings(data_dir=log_dir, audit_writer="thread"))
        await log.start()
        pub = WitnessPublisher(log, [Target(NAME, url, public)])
        await _grow(log, 10)
        assert (await pub.publish()) == {NAME: "cosigned"}
        await pub.stop()
        await log.stop()

        # the operator (who has the key file) rebuilds a shorter log: a rollback
        short_dir = tmp_path / "rolled-back"
        short_dir.mkdir()
        shutil.copy(log_dir / "signing.key", short_dir / "signing.key")
        short = AuditLog(Settings(data_dir=short_dir, audit_writer="thread"))
        await short.start()
        await _grow(short, 4)
        p2 = WitnessPublisher(short, [Target(NAME, url, public)])
        said = await p2.publish()
        assert said[NAME].startswith("refused:") and "rollback" in said[NAME], said
        assert p2.refusals[NAME] == 1
        # ... and a longer log with other records: a fork the consistency proof exposes
        await _grow(short, 20, 500)
        said = await p2.publish()
        assert said[NAME].startswith("refused:") and "consistent" in said[NAME], said
        await p2.stop()
        await short.stop()

    run(go())
    # the witness kept the honest log's checkpoint across all this
    kept = list(wdir.glob("*.checkpoint"))
    assert len(kept) == 1 and parse(kept[0].read_text()).size == 10


def test_witness_refuses_a_checkpoint_by_another_key(
        tmp_path: Path, witness: tuple[str, str, Path]) -> None:
    url, _, _ = witness
    stranger = AuditLog(Settings(data_dir=tmp_path / "stranger", audit_writer="thread"))

    async def go() -> int:
        await stranger.start()
        await _grow(stranger, 2)
        cp = await stranger.store.latest_checkpoint()
        await stranger.stop()
        assert cp is not None
        async with httpx.AsyncClient() as c:
            r = await c.post(url + "/add-checkpoint", content=("old 0\n\n" + cp["note"]).encode())
            # hostile bodies: a clear 4xx, never a 500 or an unbounded read
            huge = await c.post(url + "/add-checkpoint", content=b"old 0\n" + b"A" * 200_000)
            assert huge.status_code == 413
            bad = await c.post(url + "/add-checkpoint", content=b"old 0\n\n\xff\xfe")
            assert bad.status_code == 400
        return r.status_code

    assert run(go()) == 403


def test_the_gateway_publishes_on_its_own_and_settings_validate(
        log_dir: Path, witness: tuple[str, str, Path], tmp_path: Path) -> None:
    url, public, wdir = witness
    with pytest.raises(ValueError, match="public_key"):
        WitnessTarget(name="w", url=url)
    drop = tmp_path / "drop"
    settings = Settings(data_dir=log_dir, audit_writer="thread", audit_witness_interval=0.1,
                        audit_witnesses=[WitnessTarget(name=NAME, url=url, public_key=public),
                                         WitnessTarget(name="cold-storage", dir=drop)])
    from gateway.services import build_services

    async def go() -> None:
        services = build_services(settings)
        for start in services.startup:
            await start()
        assert services.audit is not None
        await _grow(services.audit, 6)
        for _ in range(600):  # up to 60 s on a loaded machine
            kept = list(wdir.glob("*.checkpoint"))
            if kept and parse(kept[0].read_text()).size >= 6 and \
                    list(drop.glob("checkpoint.*")):
                break
            await asyncio.sleep(0.1)
        for stop_ in reversed(services.shutdown):
            await stop_()

    run(go())
    kept = list(wdir.glob("*.checkpoint"))
    assert kept and parse(kept[0].read_text()).size >= 6
    notes = sorted(drop.glob("checkpoint.*"))
    assert notes and base64.b64decode(parse(notes[-1].read_text()).text.split("\n")[2])


async def _events(log: AuditLog) -> list[dict[str, Any]]:
    from gateway.audit.entries import Filters

    await log.store.sync_index()
    rows = await log.store.query(Filters(kind="event"), limit=200)
    import orjson

    return [orjson.loads(r) for _, _, r in rows]
