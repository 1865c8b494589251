"""The audit log's write ceiling on PostgreSQL when several replicas append to one tree.

    PYTHONPATH=. python bench/audit_ceiling.py [--writers 1,2,3] [--seconds 8] [--clients 64]

Each writer is a process of its own with an ``AuditLog`` (the gateway's group-commit writer,
RFC 8785 encoding, Merkle append as one compare-and-swap on the tree row) on the same schema,
driven by ``--clients`` concurrent appenders with no think time (saturation), ~1.5 KB records
(bench/audit_bench.py's). Prints appends/s per writer count; the log is checked gap-free after
each run. The peer in the same run: 1 writer, i.e. one replica.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PG = os.environ.get("CANDOR_BENCH_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


def _writer(schema: str, seconds: float, clients: int, seed: int, start_at: float,
            out: Any) -> None:
    from audit_bench import fake_record

    from gateway.audit.entries import Pending
    from gateway.audit.service import AuditLog
    from gateway.ids import uuid7_hex
    from gateway.settings import Settings

    async def run() -> int:
        settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="candor-ceiling-")),
                            audit_url=PG, audit_schema=schema, audit_writer="thread",
                            signing_key_file=Path(os.environ["CEILING_KEY"]))
        log = AuditLog(settings)
        await log.start()
        rng = random.Random(seed)
        templates = [fake_record(rng, time.time()) for _ in range(200)]
        await asyncio.sleep(max(0.0, start_at - time.time()))  # all writers start together
        stop_at = time.monotonic() + seconds
        done = 0

        async def client(k: int) -> None:
            nonlocal done
            while time.monotonic() < stop_at:
                gid = "chatcmpl-" + uuid7_hex()
                rec = {**templates[(k + done) % len(templates)], "generation_id": gid,
                       "ts": time.time()}
                await log.append(Pending(gid, rec))
                done += 1

        await asyncio.gather(*(client(k) for k in range(clients)))
        await log.stop()
        return done

    out.put(asyncio.run(run()))


async def _rows(schema: str) -> list[int]:
    import asyncpg

    conn = await asyncpg.connect(PG.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        return [r["seq"] for r in await conn.fetch(
            f'SELECT seq FROM "{schema}".audit_entries ORDER BY seq')]
    finally:
        await conn.close()


async def _drop(schema: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--writers", default="1,2,3")
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--clients", type=int, default=64, help="concurrent appenders per writer")
    args = ap.parse_args()
    from gateway.signing import load_or_create

    key = Path(tempfile.mkdtemp(prefix="candor-ceiling-key-")) / "signing.key"
    load_or_create(key)
    os.environ["CEILING_KEY"] = str(key)
    ctx = multiprocessing.get_context("spawn")
    results = []
    print(f"audit write ceiling, PostgreSQL, {args.seconds:.0f} s per run, {args.clients} "
          f"appenders per writer, {os.cpu_count()} CPUs")
    for n in [int(x) for x in args.writers.split(",")]:
        schema = f"candor_ceiling_{uuid.uuid4().hex[:8]}"
        out = ctx.Queue()
        start_at = time.time() + 12  # time to import and migrate before the clock starts
        procs = [ctx.Process(target=_writer, args=(schema, args.seconds, args.clients, i,
                                                   start_at, out)) for i in range(n)]
        for p in procs:
            p.start()
        counts = [out.get(timeout=args.seconds + 120) for _ in procs]
        for p in procs:
            p.join()
        seqs = asyncio.run(_rows(schema))
        gap_free = seqs == list(range(len(seqs)))
        asyncio.run(_drop(schema))
        rate = sum(counts) / args.seconds
        results.append({"writers": n, "appends_per_s": round(rate), "gap_free": gap_free,
                        "records": len(seqs)})
        print(f"  {n} writer(s): {rate:8.0f} appends/s  ({', '.join(str(c) for c in counts)} "
              f"records; log gap-free: {gap_free})")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
