"""Contact-frequency cap on both counter backends (SQLite file, Redis)."""

from __future__ import annotations

import asyncio

import multiprocessing
import uuid
from pathlib import Path

import pytest

from gateway.checks.base import CheckInput
from gateway.checks.common import standalone_context
from gateway.checks.frequency import (FrequencyCheck, FrequencyConfig, RedisCounter, SQLiteCounter,
                                      parse_window)
from tests.conftest import need_service

PREFIX = f"candor-test-{uuid.uuid4().hex[:10]}:"


@pytest.fixture(params=["sqlite", "redis"])
def counter(request, tmp_path: Path):
    if request.param == "sqlite":
        c = SQLiteCounter(tmp_path / "freq.sqlite3")
    else:
        import redis
        try:
            redis.Redis(socket_connect_timeout=1).ping()
        except Exception:
            need_service("Redis")
        c = RedisCounter(prefix=PREFIX + uuid.uuid4().hex[:6] + ":")
    yield c
    if isinstance(c, RedisCounter):
        for k in c._redis.scan_iter(c.prefix + "*"):
            c._redis.delete(k)
    c.close()


def _gen(check: FrequencyCheck, cfg: FrequencyConfig, now: float, recipient: str | None = "cust-1",
         channel: str | None = "email", policy: str = "default"):
    ctx = standalone_context(recipient_id=recipient, channel=channel, policy=policy)
    state = check.new_state()
    found = check.scan(CheckInput("Write a promo", "input", ctx, state=state), cfg, now=now)
    ctx.frequency_state = state  # type: ignore[attr-defined] - for the tests below
    return ctx, found


def test_parse_window():
    assert parse_window("7d") == 7 * 86400 and parse_window("24h") == 86400
    assert parse_window("30m") == 1800 and parse_window(90) == 90
    with pytest.raises(ValueError):
        parse_window("7 fortnights")


def test_cap_sliding_window(counter):
    check = FrequencyCheck(counter)
    cfg = FrequencyConfig(max=3, per="1h")
    t0 = 1_000_000.0
    for i in range(3):
        _, found = _gen(check, cfg, t0 + i)
        assert found == []
    ctx, found = _gen(check, cfg, t0 + 10)
    assert [f.category for f in found] == ["contact_frequency"] and found[0].action == "block"
    assert ctx.frequency_state.counted is False
    # other channel, other policy, other recipient: separate counters
    assert _gen(check, cfg, t0 + 11, channel="sms")[1] == []
    assert _gen(check, cfg, t0 + 11, policy="strict")[1] == []
    assert _gen(check, cfg, t0 + 11, recipient="cust-2")[1] == []
    # the first message slides out of the window
    assert _gen(check, cfg, t0 + 3600.5)[1] == []
    assert _gen(check, cfg, t0 + 3600.6)[1] != []


def test_release_gives_slot_back(counter):
    check = FrequencyCheck(counter)
    cfg = FrequencyConfig(max=1, per="1d")
    ctx, found = _gen(check, cfg, 5000.0)
    assert found == []
    assert _gen(check, cfg, 5001.0)[1] != []
    # e.g. another check blocked that generation: it was never delivered
    asyncio.run(check.release(ctx, ctx.frequency_state))
    assert _gen(check, cfg, 5002.0)[1] == []


def test_no_recipient_not_counted_and_channel_caps(counter):
    check = FrequencyCheck(counter)
    cfg = FrequencyConfig(max=5, per="7d", channels={"sms": {"max": 1, "per": "7d"}})
    for i in range(10):
        assert _gen(check, cfg, 100.0 + i, recipient=None)[1] == []
    assert _gen(check, cfg, 200.0, channel="sms")[1] == []
    assert _gen(check, cfg, 201.0, channel="sms")[1] != []


def test_raw_recipient_never_stored(tmp_path: Path):
    c = SQLiteCounter(tmp_path / "f.sqlite3")
    check = FrequencyCheck(c, salt=b"s3cret")
    _gen(check, FrequencyConfig(), 1.0, recipient="maria.gonzalez@example.com")
    c.close()
    assert b"maria" not in (tmp_path / "f.sqlite3").read_bytes()
    wal = tmp_path / "f.sqlite3-wal"
    assert not wal.exists() or b"maria" not in wal.read_bytes()


def _worker(path: str, n: int, out) -> None:
    c = SQLiteCounter(path)
    ok = sum(c.acquire("k", 15, 3600, uuid.uuid4().hex, now=10.0)[0] for _ in range(n))
    c.close()
    out.put(ok)


def test_sqlite_cap_holds_across_processes(tmp_path: Path):
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(str(tmp_path / "mp.sqlite3"), 10, out)) for _ in range(4)]
    for p in procs:
        p.start()
    total = sum(out.get(timeout=60) for _ in procs)
    for p in procs:
        p.join(timeout=30)
    assert total == 15


def test_policy_schema_section_and_checks_publisher(tmp_path: Path):
    from gateway.checks.registry import build_checks
    from gateway.settings import Settings

    settings = Settings(data_dir=tmp_path, frequency_backend="sqlite")
    checks = build_checks(settings)
    assert set(checks) == {"sensitive_topics", "manipulation", "ghostwriting", "frustration",
                           "contact_frequency"}
    freq = checks["contact_frequency"]
    assert freq.scope == "request" and freq.where == ("input",)
    assert (tmp_path / "frequency.salt").exists()
    assert build_checks(settings)["contact_frequency"].salt == freq.salt
    section = {"max": 1, "per": "7d", "backend": "auto", "mode": "monitor", "channels": {}}
    ctx, found = _gen(freq, section, 10.0)
    assert found == []
    assert _gen(freq, section, 11.0)[1] != []
    asyncio.run(freq.release(ctx, ctx.frequency_state))  # what the policy run does when undelivered
    assert _gen(freq, section, 12.0)[1] == []
    freq.counter.close()
