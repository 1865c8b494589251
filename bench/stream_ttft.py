"""Time to first token and to the last token of a stream: directly from a paced upstream, and
through Candor with two policies, side by side in one run.

    PYTHONPATH=. python bench/stream_ttft.py [--requests 40] [--chunk-delay-ms 25]

The upstream (bench/fast_upstream.py) sends 60 content chunks ``--chunk-delay-ms`` apart, as a
real model does (20-40 ms per token). Candor runs with PII, marking and audit on, once with a
policy whose output rules only flag (tokens flow as they arrive), once with the policy engine
off (what PII restore and marking alone cost), and once with the shipped
default policy (its manipulation rule revises and its ghost-writing rule rewrites, so output is
checked a sentence at a time before it leaves). Requests are sequential, so what is measured is
the latency a reader sees, not throughput. Added TTFT = gateway TTFT - direct TTFT (medians).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness import free_port, start_gateway, stop, wait_http  # noqa: E402

FLAG_ONLY = """
policy: default
manipulation: {action: flag, input_action: flag}
sensitive_topics: {health: {action: flag}}
custom_rules:
  - {id: watch-word, pattern: 'unbeatable', where: output, action: flag}
"""
PROMPT = [{"role": "user", "content": "Write a win-back email for Maria Lopez, maria@example.com"}]


def one(url: str, key: str | None) -> tuple[float, float, int]:
    """(TTFT, total, content deltas) of one streamed request, in seconds."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    t0 = time.perf_counter()
    first = None
    deltas = 0
    with httpx.stream("POST", url, headers=headers, timeout=60,
                      json={"model": "bench" if key else "gpt-4o-mini", "messages": PROMPT,
                            "stream": True}) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if line.startswith("data: {") and '"content":"' in line.replace(" ", "") \
                    and '"content":""' not in line.replace(" ", ""):
                deltas += 1
                if first is None:
                    first = time.perf_counter() - t0
    return first or float("nan"), time.perf_counter() - t0, deltas


def measure(url: str, key: str | None, n: int) -> dict[str, float]:
    for _ in range(3):  # warm-up: connections, caches
        one(url, key)
    runs = [one(url, key) for _ in range(n)]
    return {"ttft_ms": statistics.median(r[0] for r in runs) * 1000,
            "total_ms": statistics.median(r[1] for r in runs) * 1000,
            "deltas": statistics.median(r[2] for r in runs)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--chunk-delay-ms", type=float, default=25.0)
    ap.add_argument("--chunks", type=int, default=60)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="candor-ttft-"))
    port = free_port()
    log = tmp / "upstream.log"
    upstream = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "fast_upstream.py"), "--port", str(port),
         "--latency-ms", "5", "--chunks", str(args.chunks),
         "--chunk-delay-ms", str(args.chunk_delay_ms)],
        stdout=log.open("wb"), stderr=subprocess.STDOUT)
    wait_http(f"http://127.0.0.1:{port}/v1/models", upstream, log)
    models = {"bench": {"model": "openai/gpt-4o-mini", "api_base": f"http://127.0.0.1:{port}/v1",
                        "api_key_env": "BENCH_KEY", "timeout": 60}}
    flag_dir = tmp / "flag-policies"
    flag_dir.mkdir()
    (flag_dir / "default.yaml").write_text(FLAG_ONLY.lstrip())
    gateways = {
        "candor, policies off": start_gateway(
            tmp / "gw-off", models, env={"BENCH_KEY": "sk-bench"},
            settings={"policies_enabled": False}),
        "candor, flag-only policy": start_gateway(
            tmp / "gw-flag", models, env={"BENCH_KEY": "sk-bench"},
            settings={"policies_dir": str(flag_dir)}),
        "candor, shipped default policy": start_gateway(
            tmp / "gw-default", models, env={"BENCH_KEY": "sk-bench"}),
    }
    try:
        rows = {"direct (upstream)": measure(f"http://127.0.0.1:{port}/v1/chat/completions",
                                             None, args.requests)}
        for name, gw in gateways.items():
            rows[name] = measure(f"{gw.v1}/chat/completions", gw.keys["app"], args.requests)
    finally:
        for gw in gateways.values():
            gw.stop()
        stop(upstream)
    base = rows["direct (upstream)"]
    print(f"stream of {args.chunks} chunks {args.chunk_delay_ms:g} ms apart, "
          f"{args.requests} sequential requests, medians")
    print(f"{'target':34} {'TTFT ms':>9} {'added':>8} {'total ms':>9} {'added':>8} {'deltas':>7}")
    for name, r in rows.items():
        print(f"{name:34} {r['ttft_ms']:9.1f} {r['ttft_ms'] - base['ttft_ms']:8.1f} "
              f"{r['total_ms']:9.1f} {r['total_ms'] - base['total_ms']:8.1f} {r['deltas']:7.0f}")


if __name__ == "__main__":
    main()
