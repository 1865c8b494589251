"""PII stage cost and gateway throughput on the standard workload.

1. Stage cost: the PII input stage (scan every slot, pseudonymise) per request of
   bench/data/marketing_requests.jsonl, in process, cold (empty cache) and warm
   (repeated passes; the brand system prompt and repeated prompts hit the segment cache),
   p50/p99; plus the output restore of an echo-sized answer.
2. Throughput: real gateway processes (echo model, no network), PII on vs off, N concurrent
   clients for a fixed time.

    PYTHONPATH=. python bench/pii_speed.py [--seconds 10] [--concurrency 8] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import AsyncIterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway.context import GenerationContext  # noqa: E402
from gateway.keys import ApiKey  # noqa: E402
from gateway.models_config import ModelRoute  # noqa: E402
from gateway.pii.stage import PIIService, PIIStage  # noqa: E402
from gateway.pipeline.stages import Channel  # noqa: E402

WORKLOAD = Path(__file__).resolve().parent / "data" / "marketing_requests.jsonl"


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def ctx() -> GenerationContext:
    key = ApiKey("k1", "bench", frozenset({"generate"}), "default", "sha256:x")
    return GenerationContext("chat.completions", key, "echo", ModelRoute(alias="echo",
                                                                         model="candor/echo"))


async def stage_cost(bodies: list[dict], passes: int) -> None:
    svc = PIIService()
    await svc.start()
    stage = PIIStage(svc)
    import random

    rnd = random.Random(1)

    def fresh_user(messages: list[dict]) -> list[dict]:
        """Same system prompt, a user prompt never seen before (new digits)."""
        msgs = copy.deepcopy(messages)
        msgs[-1]["content"] += f" Ref {rnd.randint(10**6, 10**7)}."
        return msgs

    for label, n, mutate in (("cold (first pass, empty cache)", 1, False),
                             ("warm (all segments repeat)", passes, False),
                             ("system cached, user prompt new", 2, True)):
        times: list[float] = []
        restore: list[float] = []
        for _ in range(n):
            for body in bodies:
                msgs = fresh_user(body["messages"]) if mutate else body["messages"]
                req = {"messages": copy.deepcopy(msgs)}
                c = ctx()
                t0 = time.perf_counter()
                run = stage.start(c)
                assert run is not None
                await run.on_request(req)
                times.append((time.perf_counter() - t0) * 1000)
                answer = "\n".join(json.dumps(m) for m in req["messages"])  # what echo returns
                t0 = time.perf_counter()
                tr = run.open(Channel())
                if tr is not None:
                    for i in range(0, len(answer), 16):  # a stream of 16-char deltas
                        await tr.feed(answer[i:i + 16])
                    await tr.finish()
                restore.append((time.perf_counter() - t0) * 1000)
        print(f"input stage {label:<32} n={len(times):4d}  p50 {statistics.median(times):7.2f} ms"
              f"  p99 {pct(times, 99):7.2f} ms  mean {statistics.mean(times):7.2f} ms")
        print(f"output restore+scan (stream)  {label:<32} p50 {statistics.median(restore):7.2f} ms"
              f"  p99 {pct(restore, 99):7.2f} ms")
    # Never-seen 100-word prompts: new words in a new order each time (nothing can hit the
    # cache), with a name, a phone number, an e-mail and an address in them.
    words = ("please write a warm follow up note for our loyal customer who bought the serum "
             "last spring and asked about refills shipping times gift wrapping and the new "
             "autumn collection mention the loyalty points balance keep it short friendly and "
             "on brand avoid discounts unless they ask thank them for the review they left "
             "about the night cream").split()
    fresh: list[float] = []
    system = bodies[0]["messages"][0]
    for i in range(60):
        rnd.shuffle(words)
        body = " ".join(words[:86]) + (f" Customer Maria Jensen-{i} ({rnd.randint(10**6, 10**7)}), "
                                       f"phone 0{rnd.randint(10**8, 10**9)}, maria{i}@example.com, "
                                       f"lives at {rnd.randint(1, 999)} Elm Street, Denver, CO 80203.")
        req = {"messages": [copy.deepcopy(system), {"role": "user", "content": body}]}
        t0 = time.perf_counter()
        run = stage.start(ctx())
        assert run is not None
        await run.on_request(req)
        fresh.append((time.perf_counter() - t0) * 1000)
    print(f"input stage {'never-seen 100-word user prompt':<32} n={len(fresh):4d}  p50 "
          f"{statistics.median(fresh):7.2f} ms  p99 {pct(fresh, 99):7.2f} ms  mean "
          f"{statistics.mean(fresh):7.2f} ms")
    a = svc.analyzer
    print(f"segment cache: {a.hits} hits, {a.misses} misses")
    await svc.stop()


@contextlib.asynccontextmanager
async def loop_lag_ms() -> AsyncIterator[list[float]]:
    """While the block runs, how late a 1 ms timer fires on the event loop (ms, per tick)."""
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            t0 = time.perf_counter()
            await asyncio.sleep(0.001)
            lags.append((time.perf_counter() - t0) * 1000 - 1)

    tick = asyncio.create_task(ticker())
    try:
        yield lags
    finally:
        done.set()
        await tick


async def loop_lag(bodies: list[dict]) -> None:
    """How much one long uncached scan (~6,000 words) delays the event loop."""
    svc = PIIService(cache_size=0)
    await svc.start()
    long_text = " ".join(b["messages"][-1]["content"] for b in bodies) * 5
    from gateway.pii.config import DEFAULT_PII_CONFIG
    async with loop_lag_ms() as lags:
        t0 = time.perf_counter()
        await svc.analyze([long_text], DEFAULT_PII_CONFIG)
        scan_ms = (time.perf_counter() - t0) * 1000
    print(f"long scan {len(long_text.split())} words: {scan_ms:.0f} ms in the PII thread; "
          f"event loop lag meanwhile p50 {statistics.median(lags):.2f} ms, "
          f"max {max(lags):.2f} ms ({len(lags)} ticks)")
    await svc.stop()


async def pool_compare(bodies: list[dict], concurrency: int = 8) -> None:
    """Uncached user prompts, `concurrency` requests in flight: the analysis thread vs a
    process pool of os.cpu_count() analyzers (settings.pii_processes). Wall rate, loop lag."""
    import os

    from gateway.pii.config import DEFAULT_PII_CONFIG

    texts = [b["messages"][-1]["content"] + f" Ref {i}." for i, b in enumerate(bodies * 2)]
    cores = os.cpu_count() or 1
    for name, svc in (("thread (1)", PIIService(cache_size=0)),
                      (f"process pool ({cores})", PIIService(cache_size=0, processes=cores))):
        await svc.start()
        sem = asyncio.Semaphore(concurrency)
        lat: list[float] = []

        async def one(t: str) -> None:
            async with sem:
                t0 = time.perf_counter()
                await svc.analyze([t], DEFAULT_PII_CONFIG)
                lat.append((time.perf_counter() - t0) * 1000)

        async with loop_lag_ms() as lags:
            t0 = time.perf_counter()
            await asyncio.gather(*(one(t) for t in texts))
            wall = time.perf_counter() - t0
        print(f"{name:<18} {len(texts) / wall:6.1f} analyses/s, latency p50 "
              f"{statistics.median(lat):6.1f} ms, loop lag p50 {statistics.median(lags):.2f} ms "
              f"max {max(lags):.1f} ms")
        await svc.stop()


async def throughput(bodies: list[dict], seconds: float, concurrency: int, workers: int,
                     pii_processes: int = 0) -> None:
    import httpx

    from tests.harness import start_gateway

    results = {}
    for label, pii in (("PII off", False), ("PII on", True)):
        home = Path(tempfile.mkdtemp(prefix=f"pii-speed-{int(pii)}-"))
        gw = start_gateway(home, {"echo": {"model": "candor/echo"}}, workers=workers,
                           settings={"pii_enabled": pii, "log_level": "warning",
                                     "pii_processes": pii_processes})
        try:
            headers = {"Authorization": f"Bearer {gw.keys['app']}"}
            done = 0
            lat: list[float] = []
            stop_at = time.monotonic() + seconds

            async def client(i: int) -> None:
                nonlocal done
                async with httpx.AsyncClient(base_url=gw.v1, headers=headers, timeout=30) as c:
                    k = i
                    while time.monotonic() < stop_at:
                        body = {**bodies[k % len(bodies)], "model": "echo", "stream": False}
                        # one recipient per request: the default policy's contact-frequency cap
                        # would (rightly) block the same recipient's 4th message in a day
                        body["metadata"] = {**body.get("metadata", {}), "recipient_id": f"bench-{i}-{k}"}
                        t0 = time.perf_counter()
                        r = await c.post("/chat/completions", json=body)
                        if r.status_code != 200:
                            raise RuntimeError(f"{label}: {r.status_code} {r.text[:300]} for "
                                               f"{json.dumps(body)[:300]}")
                        lat.append((time.perf_counter() - t0) * 1000)
                        done += 1
                        k += concurrency

            # warm-up pass so both runs start with loaded models / caches
            async with httpx.AsyncClient(base_url=gw.v1, headers=headers, timeout=60) as c:
                for b in bodies[:6]:
                    (await c.post("/chat/completions", json={**b, "model": "echo",
                                                              "stream": False})).raise_for_status()
            t0 = time.monotonic()
            await asyncio.gather(*(client(i) for i in range(concurrency)))
            rps = done / (time.monotonic() - t0)
            results[label] = rps
            print(f"throughput {label:<8} {rps:7.1f} req/s  latency p50 "
                  f"{statistics.median(lat):6.1f} ms p99 {pct(lat, 99):6.1f} ms "
                  f"({done} requests, {concurrency} clients, {workers} worker(s), "
                  f"pii_processes={pii_processes})")
        finally:
            gw.stop()
    print(f"PII on / off: {results['PII on'] / results['PII off']:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--pii-processes", type=int, default=0)
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--pool-compare", action="store_true",
                    help="also compare the analysis thread with a process pool")
    args = ap.parse_args()
    bodies = [json.loads(line) for line in WORKLOAD.read_text().splitlines() if line.strip()]
    asyncio.run(stage_cost(bodies, args.passes))
    asyncio.run(loop_lag(bodies))
    if args.pool_compare:
        asyncio.run(pool_compare(bodies))
    if not args.skip_throughput:
        asyncio.run(throughput(bodies, args.seconds, args.concurrency, args.workers,
                               args.pii_processes))


if __name__ == "__main__":
    main()
