"""What the limits stage adds to a request: one reservation before the upstream call and one
settlement after it, with the in-process counters and with Redis, against no limiter at all,
in one run.

    PYTHONPATH=. python bench/limits_bench.py [--requests 5000] [--concurrency 50]

Each "request" reserves in its key's, app's and model's buckets (18 counters, one atomic step)
and settles (12 counter updates), as the stage does. Sequential: the latency a request pays.
Concurrent: throughput of one worker's event loop with that many requests in flight.
``2x PING`` is the floor of the Redis row: two bare round trips with the same client.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid

from gateway.keys import ApiKey
from gateway.limits.config import Limit, LimitsConfig
from gateway.limits.counters import LocalCounters, RedisCounters
from gateway.limits.limiter import Limiter

KEY = ApiKey("bench0001", "bench-app", frozenset({"generate"}), "default", "")
CONFIG = LimitsConfig(default=Limit(requests_per_minute=10**9, tokens_per_minute=10**12,
                                    cost_per_day_usd=10**6, cost_per_month_usd=10**7))


class TwoPings:
    """The floor for the Redis row: two bare round trips (reserve and settle are one each)."""

    def __init__(self, url: str) -> None:
        import redis.asyncio

        self.client = redis.asyncio.Redis.from_url(url)

    async def run(self) -> None:
        await self.client.ping()
        await self.client.ping()


async def one(limiter: Limiter | TwoPings | None) -> None:
    if limiter is None:
        return
    if isinstance(limiter, TwoPings):
        await limiter.run()
        return
    reservation = await limiter.reserve(KEY, "bench-model", 300)
    assert reservation is not None
    await limiter.settle(reservation, 280, 0.0001)


async def measure(limiter: Limiter | TwoPings | None, n: int,
                  concurrency: int) -> tuple[float, float, float]:
    for _ in range(100):  # warm-up: connections, script load
        await one(limiter)
    lat = []
    for _ in range(n):
        t = time.perf_counter()
        await one(limiter)
        lat.append((time.perf_counter() - t) * 1e6)
    lat.sort()
    sem = asyncio.Semaphore(concurrency)

    async def bounded() -> None:
        async with sem:
            await one(limiter)

    t = time.perf_counter()
    await asyncio.gather(*(bounded() for _ in range(n)))
    rate = n / (time.perf_counter() - t)
    return statistics.median(lat), lat[int(len(lat) * 0.99)], rate


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    prefix = f"candor-bench:{uuid.uuid4().hex}:"
    rows: list[tuple[str, Limiter | TwoPings | None]] = [
        ("none", None), ("local", Limiter(CONFIG, LocalCounters())),
        ("redis", Limiter(CONFIG, RedisCounters(args.redis, prefix))),
        ("2x PING", TwoPings(args.redis))]
    print(f"{'counters':<10} {'p50 us':>9} {'p99 us':>9} {'req/s @' + str(args.concurrency):>12}")
    for name, limiter in rows:
        try:
            p50, p99, rate = await measure(limiter, args.requests, args.concurrency)
        except OSError as exc:
            print(f"{name:<10} unavailable: {exc}")
            continue
        print(f"{name:<10} {p50:>9.1f} {p99:>9.1f} {rate:>12.0f}")
        if isinstance(limiter, Limiter):
            await limiter.aclose()
    import redis

    r = redis.Redis.from_url(args.redis)
    for key in r.scan_iter(f"{prefix}*"):
        r.delete(key)


if __name__ == "__main__":
    asyncio.run(main())
