"""Soak: 2 Candor replicas on one PostgreSQL + one Redis, at saturation, for a bounded time.

    PYTHONPATH=. python bench/soak.py [--seconds 180] [--concurrency 24] [--warmup 0.25]

The fleet is tests/fleet.py's (shared audit log, counters, signing key, read-only config), the
upstream bench/fast_upstream.py (5 ms, 24-chunk streams), the workload bench/data/
marketing_requests.jsonl (48 marketing requests, half streamed) sent round robin over the two
replicas by a closed loop of ``--concurrency`` clients. Every process's RSS (each replica with
its children: audit indexer etc., and the upstream as the control) is sampled every 2 s; growth
is the mean of the last 10% of samples against the mean of the first 10% after warm-up.
Prints a table and writes bench/results/soak-<time>.json. Hard limit: 600 s.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

from tests.fleet import reachable, start_fleet  # noqa: E402
from tests.harness import free_port, stop, wait_http  # noqa: E402

WORKLOAD = ROOT / "bench" / "data" / "marketing_requests.jsonl"
MAX_SECONDS = 600
SAMPLE_EVERY = 2.0


def _cpu(proc: psutil.Process) -> float:
    """CPU seconds (user + system) of a process and its children."""
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def _rss(proc: psutil.Process) -> int:
    """RSS of a process and its children (the replica's audit indexer, PII pool)."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


class Sampler(threading.Thread):
    def __init__(self, procs: dict[str, int]) -> None:
        super().__init__(daemon=True)
        self.procs = {name: psutil.Process(pid) for name, pid in procs.items()}
        self.samples: list[tuple[float, dict[str, int]]] = []
        self.done = threading.Event()

    def run(self) -> None:
        start = time.monotonic()
        while not self.done.is_set():
            self.samples.append((time.monotonic() - start,
                                 {n: _rss(p) for n, p in self.procs.items()}))
            self.done.wait(SAMPLE_EVERY)


async def _load(urls: list[str], key: str, bodies: list[dict[str, Any]], seconds: float,
                concurrency: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(limits=limits, timeout=60,
                                 headers={"Authorization": f"Bearer {key}"}) as client:
        async def worker(w: int) -> None:
            nonlocal sent
            i = w
            while time.monotonic() < deadline:
                body = bodies[i % len(bodies)]
                url = urls[i % len(urls)]
                i += concurrency
                t0 = time.perf_counter()
                try:
                    if body.get("stream"):
                        async with client.stream("POST", url, json=body) as r:
                            tail = b""
                            async for chunk in r.aiter_bytes():
                                tail = (tail + chunk)[-64:]
                            ok = r.status_code == 200 and b"[DONE]" in tail
                            status = str(r.status_code) if r.status_code != 200 else "truncated"
                    else:
                        r = await client.post(url, json=body)
                        ok, status = r.status_code == 200, str(r.status_code)
                except httpx.HTTPError as exc:
                    ok, status = False, type(exc).__name__
                latencies.append(time.perf_counter() - t0)
                sent += 1
                if not ok:
                    errors[status] = errors.get(status, 0) + 1

        await asyncio.gather(*(worker(w) for w in range(concurrency)))
    latencies.sort()
    return {"requests": sent, "errors": errors, "error_count": sum(errors.values()),
            "rps": sent / seconds,
            "p50_ms": 1000 * latencies[len(latencies) // 2] if latencies else None,
            "p99_ms": 1000 * latencies[int(len(latencies) * 0.99)] if latencies else None}


def _growth(samples: list[tuple[float, dict[str, int]]], warmup_s: float) -> dict[str, Any]:
    after = [s for t, s in samples if t >= warmup_s]
    if len(after) < 4:
        return {}
    k = max(2, len(after) // 10)
    out = {}
    for name in after[0]:
        first = statistics.mean(s[name] for s in after[:k])
        last = statistics.mean(s[name] for s in after[-k:])
        peak = max(s[name] for s in after)
        out[name] = {"rss_mb_after_warmup": round(first / 2**20, 1),
                     "rss_mb_end": round(last / 2**20, 1), "rss_mb_peak": round(peak / 2**20, 1),
                     "growth_pct": round(100 * (last - first) / first, 2)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=180)
    ap.add_argument("--concurrency", type=int, default=24)
    ap.add_argument("--warmup", type=float, default=0.25, help="fraction of the run")
    args = ap.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)
    if not (reachable(5432) and reachable(6379)):
        print("soak: needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379")
        return 2
    bodies = [json.loads(line) for line in WORKLOAD.read_text().splitlines() if line.strip()]
    for body in bodies:
        body["model"] = "bench"
    tmp = Path(tempfile.mkdtemp(prefix="candor-soak-"))
    port = free_port()
    upstream_log = tmp / "upstream.log"
    upstream = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "fast_upstream.py"), "--port", str(port)],
        stdout=upstream_log.open("wb"), stderr=subprocess.STDOUT)
    wait_http(f"http://127.0.0.1:{port}/v1/models", upstream, upstream_log)
    models = {"bench": {"model": "openai/gpt-4o-mini", "api_base": f"http://127.0.0.1:{port}/v1",
                        "api_key_env": "BENCH_PROVIDER_KEY", "timeout": 30}}
    # the shipped policies with the contact-frequency cap lifted (as bench/gateway_overhead.py
    # does): the workload replays 48 requests to the same recipients thousands of times
    default = (ROOT / "policies" / "default.yaml").read_text()
    default = re.sub(r"(contact_frequency:\n  max: )\d+", r"\g<1>1000000", default)
    default = default.replace("sms: {max: 1, per: 7d}", "sms: {max: 1000000, per: 7d}")
    fleet = start_fleet(tmp, 2, models, policies={"default.yaml": default},
                        env={"BENCH_PROVIDER_KEY": "sk-soak",
                             "LITELLM_LOCAL_MODEL_COST_MAP": "True"})
    try:
        urls = [f"{r.v1}/chat/completions" for r in fleet.replicas]
        procs = {r.name: r.proc.pid for r in fleet.replicas if r.proc is not None}
        procs["upstream (control)"] = upstream.pid
        sampler = Sampler(procs)
        cpu_before = {n: _cpu(p) for n, p in sampler.procs.items()}
        sampler.start()
        started = time.time()
        load = asyncio.run(_load(urls, fleet.keys["app"], bodies, seconds, args.concurrency))
        sampler.done.set()
        sampler.join()
        cpu = {n: _cpu(p) - cpu_before[n] for n, p in sampler.procs.items()}
        replica_cpu = sum(v for n, v in cpu.items() if "control" not in n)
        rows = fleet.audit_rows()
        growth = _growth(sampler.samples, seconds * args.warmup)
        result = {
            "when": dt.datetime.fromtimestamp(started, dt.UTC).isoformat(timespec="seconds"),
            "seconds": seconds, "concurrency": args.concurrency, "replicas": 2,
            "cpus": psutil.cpu_count(), "load": load, "audit_records": len(rows),
            "audit_gap_free": [r[0] for r in rows] == list(range(len(rows))),
            "rss": growth, "samples": len(sampler.samples),
            "cpu_seconds": {n: round(v, 1) for n, v in cpu.items()},
            # what one request costs the fleet (both replicas and their children), in CPU time
            "replica_cpu_ms_per_request": round(1000 * replica_cpu / max(1, load["requests"]), 2),
        }
    finally:
        fleet.close()
        stop(upstream)
    print(f"soak: {seconds:.0f} s, 2 replicas, concurrency {args.concurrency}, "
          f"{psutil.cpu_count()} CPUs")
    print(f"  requests {load['requests']}  ({load['rps']:.1f}/s)  errors {load['error_count']} "
          f"{load['errors'] or ''}  p50 {load['p50_ms']:.0f} ms  p99 {load['p99_ms']:.0f} ms")
    print(f"  audit records {result['audit_records']}  gap-free {result['audit_gap_free']}")
    print(f"  replica CPU per request {result['replica_cpu_ms_per_request']} ms  "
          f"(CPU s: {result['cpu_seconds']})")
    print(f"  {'process':<20} {'RSS after warm-up':>18} {'end':>8} {'peak':>8} {'growth':>8}")
    for name, g in growth.items():
        print(f"  {name:<20} {g['rss_mb_after_warmup']:>15.1f} MB {g['rss_mb_end']:>5.1f} MB "
              f"{g['rss_mb_peak']:>5.1f} MB {g['growth_pct']:>7.2f}%")
    worst = max((g["growth_pct"] for n, g in growth.items() if "control" not in n), default=0)
    verdict = "PASS" if worst < 10 and load["error_count"] == 0 else "FAIL"
    print(f"  {verdict}: worst replica growth {worst:.2f}% (< 10%), errors {load['error_count']}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    path = out / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2))
    print(f"  {path.relative_to(ROOT)}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
