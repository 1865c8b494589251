"""Audit log benchmark: writer throughput, durable-write latency at concurrency 64, and filtered
queries on a large store, on SQLite and PostgreSQL.

    PYTHONPATH=. python bench/audit_bench.py                       # both backends, 1M records
    PYTHONPATH=. python bench/audit_bench.py --backend sqlite --records 200000

Throughput: N realistic generation records (~1.5 KB canonical JSON each) submitted at once to
the one batching writer (RFC 8785 + Merkle append + group commit, as in the gateway).
Latency: 64 concurrent "requests", each spending ~think_ms (default 50 ms) "upstream" and then
awaiting its durable write, for 20 s (--latency-seconds); p50/p95/p99 of that wait is what the
audit adds to a response. The same without think time (closed loop at saturation) is printed
too: there latency is just 64 / throughput.
Queries: the store is seeded by a fast bulk insert (valid Merkle tree, records serialised with
orjson sorted keys instead of the writer's per-record path), then the auditor filters are timed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import orjson  # noqa: E402
from sqlalchemy import text  # noqa: E402

from gateway.audit import merkle  # noqa: E402
from gateway.audit.entries import Pending, columns_for, iso  # noqa: E402
from gateway.audit.service import AuditLog  # noqa: E402
from gateway.audit.store import AuditStore  # noqa: E402
from gateway.ids import uuid7_hex  # noqa: E402
from gateway.settings import Settings  # noqa: E402

PG = os.environ.get("CANDOR_BENCH_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
APPS = [f"app-{i}" for i in range(20)]
CAMPAIGNS = [f"campaign-{i}" for i in range(50)]
PEOPLE = ["Dana Whitfield", "Sam Ortiz"] + [f"Person {i}" for i in range(8)]
CATEGORIES = ["false_urgency", "fake_scarcity", "confirmshaming", "health", "pregnancy",
              "ghostwriting", "pii_leak"]
STATUSES = ["ok"] * 95 + ["blocked"] * 3 + ["upstream_error", "aborted"]
MODELS = ["gpt-4o-mini", "gpt-4o", "claude-haiku", "echo"]
DAY = 86400.0


def fake_record(rng: random.Random, ts: float) -> dict[str, Any]:
    status = rng.choice(STATUSES)
    findings = []
    if rng.random() < 0.05:
        cat = rng.choice(CATEGORIES)
        findings.append({"check": "policy", "category": cat, "severity": "high",
                         "message": f"{cat} detected", "action": "flag", "rule_id": cat,
                         "span": None, "where": "output", "enforced": True})
    gid = "chatcmpl-" + uuid7_hex()  # the gateway's time-ordered ids
    return {
        "v": 1, "kind": "generation", "generation_id": gid, "request_id": uuid.uuid4().hex,
        "ts": ts, "received_at": iso(ts), "first_token_at": iso(ts + 0.3),
        "completed_at": iso(ts + 1.2), "latency_ms": {"total": 1200.0, "first_token": 300.0},
        "app": rng.choice(APPS), "key_id": "k" + str(rng.randrange(40)),
        "user": f"user-{rng.randrange(5000)}",
        "recipient_hash": hashlib.sha256(str(rng.randrange(100000)).encode()).hexdigest(),
        "on_behalf_of": rng.choice(PEOPLE) if rng.random() < 0.2 else None,
        "consent": [], "channel": rng.choice(["email", "sms", "chat"]),
        "campaign": rng.choice(CAMPAIGNS), "endpoint": "chat.completions", "stream": True,
        "model": rng.choice(MODELS), "resolved_model": "gpt-4o-mini", "provider": "openai",
        "upstream_model": "openai/gpt-4o-mini",
        "prompt": {"messages": [
            {"role": "system", "content": "You write friendly marketing emails for Acme."},
            {"role": "user", "content": "Write a spring sale email for <PERSON_1> about the "
                                        "Spring Glow Serum, 20% off until Friday."}]},
        "output": [{"choice": 0, "kind": "content", "tool_index": None,
                    "text": "Hi <PERSON_1>, spring is here and so is 20% off our Spring Glow "
                            "Serum. The offer runs until Friday. Enjoy! The Acme Team"}],
        "finish_reasons": ["stop"], "usage": {"prompt_tokens": 52, "completion_tokens": 41,
                                              "total_tokens": 93},
        "cost_usd": 0.0000324, "status": status, "http_status": 200 if status == "ok" else 400,
        "error": None, "policy": {"name": "default", "version": "3f9a1c", "mode": "enforce"},
        "findings": findings, "actions": ["pii:pseudonymize"],
        "pii": {"entities": {"PERSON": 1}, "restored": 1},
        "mark": {"mark_id": uuid.uuid4().hex[:16], "mode": "vs",
                 "fingerprint": f"{rng.getrandbits(64):016x}"},
        "escalation": None,
    }


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def make_log(backend: str, data_dir: Path, schema: str | None,
                   writer: str = "process") -> AuditLog:
    settings = Settings(data_dir=data_dir, audit_url=PG if backend == "postgresql" else None,
                        audit_schema=schema, audit_sqlite_synchronous=SQLITE_SYNC,
                        audit_writer=writer)
    log = AuditLog(settings)
    await log.start()
    gc.freeze()  # as the gateway does once its services have started (gateway/api/app.py)
    return log


async def bench_writer(backend: str, n: int, schema: str | None,
                       writer: str = "process") -> dict[str, Any]:
    rng = random.Random(1)
    log = await make_log(backend, Path(tempfile.mkdtemp(prefix="candor-bench-")), schema, writer)
    now = time.time()
    recs = [Pending(r["generation_id"], r) for r in (fake_record(rng, now) for _ in range(n))]
    size = len(orjson.dumps(recs[0].record))
    t0 = time.perf_counter()
    await asyncio.gather(*[log.append(p) for p in recs])
    throughput = n / (time.perf_counter() - t0)
    batches = log.writer.batches
    del recs  # 20k records: garbage, not a heap the latency runs' collections have to scan
    # the query index is built after the commit: when could an auditor filter all of them?
    await log.store.sync_index()
    indexed = n / (time.perf_counter() - t0)

    # concurrency 64. Closed loop with no think time measures queueing at saturation (latency =
    # 64 / throughput). With a simulated upstream call before each write (each request spends
    # think_ms at the provider, as real generations do) it is the latency the durable write adds.
    async def run_c64(think_ms: float, seconds: float) -> tuple[list[float], float]:
        lat: list[float] = []
        stop_at = time.perf_counter() + seconds

        async def client(k: int) -> None:
            crng = random.Random(f"{think_ms}-{k}")
            while time.perf_counter() < stop_at:
                if think_ms:
                    await asyncio.sleep(crng.uniform(0.5, 1.5) * think_ms / 1000)
                gid = "chatcmpl-" + uuid7_hex()
                rec = {**crng.choice(templates), "generation_id": gid, "ts": time.time()}
                p = Pending(gid, rec)
                t = time.perf_counter()
                await log.append(p)
                lat.append((time.perf_counter() - t) * 1000)

        t1 = time.perf_counter()
        gc_pauses.clear()
        await asyncio.gather(*[client(k) for k in range(64)])
        return lat, len(lat) / (time.perf_counter() - t1)

    # this process's garbage-collector pauses during a run: they stall every request in flight
    gc_pauses: list[float] = []

    def on_gc(phase: str, info: dict[str, int], started: list[float] = [0.0]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            gc_pauses.append((time.perf_counter() - started[0]) * 1000)

    gc.callbacks.append(on_gc)

    templates = [fake_record(rng, now) for _ in range(300)]
    sat, sat_rate = await run_c64(0, 4.0)
    # the saturated run left ~40k records for the background indexer: index them now, so the
    # latency run measures the steady state, not a catch-up after a burst
    await log.store.sync_index()
    lat, conc_rate = await run_c64(THINK_MS, LATENCY_SECONDS)
    gc.callbacks.remove(on_gc)
    await log.stop()
    return {"backend": backend, "writer": writer, "records": n, "record_bytes": size,
            "writer_records_per_s": round(throughput), "batches": batches,
            "indexed_records_per_s": round(indexed),
            "saturated_c64_records_per_s": round(sat_rate),
            "saturated_c64_p50_ms": round(pct(sat, 50), 2),
            "saturated_c64_p99_ms": round(pct(sat, 99), 2),
            "think_ms": THINK_MS,
            "c64_records_per_s": round(conc_rate), "c64_p50_ms": round(pct(lat, 50), 2),
            "c64_p95_ms": round(pct(lat, 95), 2), "c64_p99_ms": round(pct(lat, 99), 2),
            "c64_gc_pauses": len(gc_pauses),
            "c64_gc_max_pause_ms": round(max(gc_pauses, default=0.0), 2)}


# -- seeding a big store -----------------------------------------------------------------------

def _rows(rng: random.Random, n: int, start: int, t_start: float, span: float,
          frontier: merkle.Frontier) -> tuple[list[tuple], list[tuple]]:
    """Log rows and tree nodes only: the query index (findings included) is the indexer's."""
    entries, nodes = [], []
    cols_order = None
    for i in range(n):
        seq = start + i
        ts = t_start + span * seq / max(1, TOTAL)
        rec = fake_record(rng, ts)
        rec["seq"] = seq
        data = orjson.dumps(rec, option=orjson.OPT_SORT_KEYS)
        lh = merkle.leaf_hash(data)
        for level, idx, h in frontier.append(lh):
            nodes.append((level, idx, h))
        cols = columns_for(rec)
        cols_order = cols_order or list(cols)
        entries.append((seq, *[cols[c] for c in cols_order], data.decode(), lh))
    global COLS
    COLS = ["seq", *(cols_order or []), "record", "leaf_hash"]
    return entries, nodes


TOTAL = 1
THINK_MS = 50.0
SQLITE_SYNC = "FULL"
LATENCY_SECONDS = 20.0
COLS: list[str] = []


async def seed(store: AuditStore, n: int) -> float:
    global TOTAL
    TOTAL = n
    await store.ensure_ready()
    rng = random.Random(7)
    frontier = merkle.Frontier()
    t_start = time.time() - 30 * DAY
    t0 = time.perf_counter()
    chunk = 20000
    seed_conn = await store.writer_engine.connect()
    raw = await seed_conn.get_raw_connection()
    driver = raw.driver_connection
    for start in range(0, n, chunk):
        entries, nodes = _rows(rng, min(chunk, n - start), start, t_start, 30 * DAY, frontier)
        if store.dialect == "postgresql":
            await driver.copy_records_to_table("audit_entries", records=entries, columns=COLS,
                                               schema_name=store.schema)
            if nodes:
                await driver.copy_records_to_table("audit_nodes", records=nodes,
                                                   columns=["level", "idx", "hash"],
                                                   schema_name=store.schema)
        else:
            marks = ",".join("?" * len(COLS))
            await driver.execute("BEGIN")
            await driver.executemany(
                f"INSERT INTO audit_entries ({','.join(COLS)}) VALUES ({marks})", entries)
            await driver.executemany("INSERT INTO audit_nodes VALUES (?,?,?)", nodes)
            await driver.commit()
        print(f"  seeded {start + len(entries):>9,} ({time.perf_counter() - t0:6.1f}s)",
              end="\r", flush=True)
    print()
    async with store.writer_engine.begin() as conn:
        await conn.execute(text("UPDATE audit_tree SET size = :s, frontier = :f, root = :r"),
                           {"s": frontier.size, "f": json.dumps(frontier.dump()),
                            "r": frontier.root()})
    await seed_conn.close()
    seeded = time.perf_counter() - t0
    # the query index, built from the log by the indexer (what a fresh replica or
    # `candor audit reindex` does)
    t1 = time.perf_counter()
    await store.sync_index()
    print(f"  indexed {n:,} log entries in {time.perf_counter() - t1:.1f}s "
          f"({n / (time.perf_counter() - t1):,.0f} entries/s)")
    async with store.writer_engine.begin() as conn:
        await conn.execute(text("ANALYZE"))
    if store.dialect == "sqlite":
        async with store.reader_engine.begin() as conn:
            await conn.execute(text("ANALYZE ix"))
    if store.dialect == "postgresql":  # what autovacuum does in steady state: lets the
        # covering stats index be used index-only (visibility map)
        async with store.writer_engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE audit_entries"))
            await conn.execute(text("VACUUM ANALYZE audit_index"))
            await conn.execute(text("VACUUM ANALYZE audit_findings"))
    return seeded


async def bench_queries(store: AuditStore, n: int) -> list[dict[str, Any]]:
    from gateway.audit.entries import Filters

    now = time.time()
    some_recipient = hashlib.sha256(b"4242").hexdigest()
    cases: list[tuple[str, Any]] = [
        ("newest 50 (no filter)", Filters()),
        ("app", Filters(app="app-7")),
        ("status=upstream_error", Filters(status="upstream_error")),
        ("recipient", Filters(recipient_hash=some_recipient)),
        ("on_behalf_of (people feed)", Filters(on_behalf_of="Dana Whitfield")),
        ("campaign + last 7 days", Filters(campaign="campaign-3", since=now - 7 * DAY)),
        ("model", Filters(model="claude-haiku")),
        ("finding=pregnancy", Filters(finding="pregnancy")),
        ("one day, app", Filters(since=now - 20 * DAY, until=now - 19 * DAY, app="app-3")),
        ("user", Filters(user="user-123")),
    ]
    out = []
    for name, f in cases:
        times = []
        rows: list = []
        for _ in range(5):
            t = time.perf_counter()
            rows = await store.query(f, 50)
            times.append((time.perf_counter() - t) * 1000)
        # page 2 via cursor
        if rows:
            t = time.perf_counter()
            await store.query(f, 50, (rows[-1][1], rows[-1][0]))
            times.append((time.perf_counter() - t) * 1000)
        out.append({"query": name, "rows": len(rows), "median_ms": round(statistics.median(times), 1),
                    "max_ms": round(max(times), 1)})
    for name, f, g in [("stats by day, 7 days", Filters(since=now - 7 * DAY), ["day"]),
                       ("stats by app,status, 1 day",
                        Filters(since=now - 2 * DAY, until=now - DAY), ["app", "status"]),
                       ("stats by finding (all)", Filters(), ["finding"]),
                       ("stats by day (all 30 days)", Filters(), ["day"])]:
        t = time.perf_counter()
        rows = await store.stats(f, g)
        out.append({"query": name, "rows": len(rows),
                    "median_ms": round((time.perf_counter() - t) * 1000, 1), "max_ms": None})
    return out


# -- the floor: what the disk and the database round trip cost alone, in the same run ----------

def disk_floor(directory: Path, n: int = 2000) -> dict[str, float]:
    """fdatasync after overwriting 3 pages of a preallocated file (what a WAL commit costs at
    best) and after appending 3 pages (what it costs when the WAL grows)."""
    out: dict[str, float] = {}
    path = directory / "floor.bin"
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        page = os.urandom(3 * 4096)
        for mode in ("append", "overwrite"):
            lat = []
            for i in range(n):
                os.pwrite(fd, page, i * len(page))
                t = time.perf_counter()
                os.fdatasync(fd)
                lat.append((time.perf_counter() - t) * 1000)
            out[f"fdatasync_{mode}_p50_ms"] = round(pct(lat, 50), 3)
            out[f"fdatasync_{mode}_p99_ms"] = round(pct(lat, 99), 3)
    finally:
        os.close(fd)
        path.unlink()
    return out


async def pg_floor(n: int = 2000) -> dict[str, float]:
    """A `SELECT 1` round trip and a one-row autocommit INSERT (with its WAL flush)."""
    import asyncpg

    conn = await asyncpg.connect(PG.replace("postgresql+asyncpg", "postgresql"))
    try:
        await conn.execute("CREATE TEMP TABLE floor (x int)")
        out: dict[str, float] = {}
        for name, sql in (("select1", "SELECT 1"), ("insert_commit", None)):
            if sql is None:
                await conn.execute("CREATE TABLE IF NOT EXISTS candor_bench_floor (x int)")
                sql = "INSERT INTO candor_bench_floor VALUES (1)"
            lat = []
            for _ in range(n):
                t = time.perf_counter()
                await conn.execute(sql)
                lat.append((time.perf_counter() - t) * 1000)
            out[f"{name}_p50_ms"] = round(pct(lat, 50), 3)
            out[f"{name}_p99_ms"] = round(pct(lat, 99), 3)
        await conn.execute("DROP TABLE candor_bench_floor")
        return out
    finally:
        await conn.close()


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--records", type=int, default=1_000_000, help="records to seed for queries")
    ap.add_argument("--writer-records", type=int, default=20_000)
    ap.add_argument("--keep", action="store_true", help="keep the PostgreSQL schemas")
    ap.add_argument("--think-ms", type=float, default=50.0,
                    help="simulated upstream time per request in the c64 latency run")
    ap.add_argument("--latency-seconds", type=float, default=20.0,
                    help="length of the c64 latency run (its p99 rests on ~1 %% of the samples:"
                         " a short run's p99 is one stall more or less)")
    ap.add_argument("--skip-queries", action="store_true")
    ap.add_argument("--sqlite-synchronous", choices=["FULL", "NORMAL"], default="FULL")
    ap.add_argument("--writer", default="thread,process",
                    help="where the append runs: thread, process, or both (comma-separated)")
    args = ap.parse_args()
    global THINK_MS, SQLITE_SYNC, LATENCY_SECONDS
    THINK_MS = args.think_ms
    LATENCY_SECONDS = args.latency_seconds
    SQLITE_SYNC = args.sqlite_synchronous
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    floor: dict[str, Any] = {"disk": disk_floor(Path(tempfile.mkdtemp(prefix="candor-floor-")))}
    if "postgresql" in backends:
        floor["postgresql"] = await pg_floor()
    print("== floor (same machine, same run):", json.dumps(floor))
    schemas: list[str] = []
    results: dict[str, Any] = {}
    for backend in backends:
        schema = f"candor_bench_{uuid.uuid4().hex[:8]}" if backend == "postgresql" else None
        if schema:
            schemas.append(schema)
        w = []
        for writer in args.writer.split(","):  # side by side, same run
            if backend == "postgresql":
                schema = f"candor_bench_{uuid.uuid4().hex[:8]}"
                schemas.append(schema)
            print(f"== {backend}: {writer} writer" + (f" (synchronous={SQLITE_SYNC})"
                                                      if backend == "sqlite" else ""))
            w.append(await bench_writer(backend, args.writer_records, schema, writer))
            print(json.dumps(w[-1]))
        if args.skip_queries:
            results[backend] = {"writer": w}
            continue
        schema2 = f"candor_bench_{uuid.uuid4().hex[:8]}" if backend == "postgresql" else None
        if schema2:
            schemas.append(schema2)
        d = Path(tempfile.mkdtemp(prefix="candor-bench-q-"))
        url = PG if backend == "postgresql" else f"sqlite+aiosqlite:///{d / 'audit.db'}"
        store = AuditStore(url, schema2)
        print(f"== {backend}: seeding {args.records:,} records")
        took = await seed(store, args.records)
        print(f"seeding took {took:.1f}s ({args.records / took:,.0f} records/s)")
        q = await bench_queries(store, args.records)
        for row in q:
            print(f"  {row['query']:<30} rows={row['rows']:<4} median={row['median_ms']:>8} ms"
                  f"  max={row['max_ms']} ms")
        results[backend] = {"writer": w, "seed_seconds": round(took, 1), "queries": q}
        await store.close()
    if not args.keep and schemas:
        store = AuditStore(PG)
        async with store.writer_engine.begin() as conn:
            for s in schemas:
                await conn.execute(text(f'DROP SCHEMA IF EXISTS "{s}" CASCADE'))
        await store.close()
    results["floor"] = floor
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
