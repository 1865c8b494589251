"""What a gateway worker holds while slow readers pull giant streamed answers.

    PYTHONPATH=. python bench/stream_memory.py [--readers 4] [--answer-mb 4] [--read-kbps 400]

An upstream streams an answer of ``--answer-mb`` MB in 5-character tokens (one SSE chunk
each, as models send them) as fast as the gateway takes it; ``--readers`` clients read their
streams concurrently at ``--read-kbps`` KB/s each (slow readers: the gateway must not buffer
ahead of them). The worker's RSS is sampled every 100 ms. Printed: idle RSS, peak RSS, the
peak's growth per stream, and that growth per byte of answer, for Candor with the shipped
default policy, and with ``max_output_chars`` set below the answer size (the runaway answer is
cut: memory per request is bounded by the setting, not by the upstream).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness import start_gateway  # noqa: E402

TOKEN = os.environ.get("BENCH_TOKEN", "word ")


def upstream(answer_bytes: int) -> tuple[ThreadingHTTPServer, int]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            base = {"id": "x", "created": 1, "model": "big", "object": "chat.completion.chunk"}

            def emit(obj: Any) -> None:
                data = b"data: " + (obj.encode() if isinstance(obj, str)
                                    else json.dumps(obj).encode()) + b"\n\n"
                self.wfile.write(b"%x\r\n" % len(data) + data + b"\r\n")

            try:
                batch: list[bytes] = []
                for i in range(answer_bytes // len(TOKEN)):
                    delta = {"content": TOKEN, **({"role": "assistant"} if i == 0 else {})}
                    data = json.dumps({**base, "choices": [{"index": 0, "delta": delta,
                                                            "finish_reason": None}]}).encode()
                    batch.append(b"data: " + data + b"\n\n")
                    if len(batch) == 64:  # one write per 64 tokens; each is its own SSE event
                        blob = b"".join(batch)
                        self.wfile.write(b"%x\r\n" % len(blob) + blob + b"\r\n")
                        batch.clear()
                if batch:
                    blob = b"".join(batch)
                    self.wfile.write(b"%x\r\n" % len(blob) + blob + b"\r\n")
                emit({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                emit("[DONE]")
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worker_pid(gw_pid: int) -> int:
    """The request-serving process: of `candor serve` and its children (uvicorn workers, the
    audit writer and indexer), the largest (it holds spaCy and the checks)."""
    pids = [gw_pid]
    for pid in list(pids):
        for task in Path(f"/proc/{pid}/task").iterdir():
            pids += [int(k) for k in (task / "children").read_text().split()]
    return max(pids, key=rss_mb)


async def slow_read(url: str, key: str, kbps: float) -> tuple[int, str]:
    got = 0
    last = ""
    async with httpx.AsyncClient(timeout=600) as client:
        async with client.stream("POST", url, headers={"Authorization": f"Bearer {key}"},
                                 json={"model": "big", "stream": True, "messages": [
                                     {"role": "user", "content": "Write the long one."}]}) as r:
            async for chunk in r.aiter_bytes(16384):
                got += len(chunk)
                last = chunk[-200:].decode(errors="replace")
                await asyncio.sleep(len(chunk) / (kbps * 1024))
    return got, last


async def measure(gw: Any, readers: int, kbps: float) -> dict[str, float]:
    pid = worker_pid(gw.proc.pid)
    idle = rss_mb(pid)
    peak = idle
    done = False

    async def sample() -> None:
        nonlocal peak
        while not done:
            peak = max(peak, rss_mb(pid))
            await asyncio.sleep(0.1)

    sampler = asyncio.create_task(sample())
    t0 = time.perf_counter()
    results = await asyncio.gather(*[slow_read(f"{gw.v1}/chat/completions", gw.keys["app"],
                                               kbps) for _ in range(readers)])
    done = True
    await sampler
    cut = sum("output_too_large" in last for _, last in results)
    return {"idle": idle, "peak": peak, "seconds": time.perf_counter() - t0, "cut": cut,
            "wire_mb": sum(g for g, _ in results) / readers / 1e6}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--readers", type=int, default=4)
    ap.add_argument("--answer-mb", type=float, default=4.0)
    ap.add_argument("--read-kbps", type=float, default=2000.0)
    args = ap.parse_args()
    answer = int(args.answer_mb * 1e6)
    server, port = upstream(answer)
    models = {"big": {"model": "openai/big", "api_base": f"http://127.0.0.1:{port}/v1",
                      "api_key_env": "BENCH_KEY", "timeout": 600, "retries": 0}}
    tmp = Path(tempfile.mkdtemp(prefix="candor-mem-"))
    rows = {}
    for name, settings in (
            ("candor, default policy", {}),
            ("candor, policies off", {"policies_enabled": False}),
            (f"candor, max_output_chars {answer // 4}", {"max_output_chars": answer // 4})):
        gw = start_gateway(tmp / name.replace(" ", "-").replace(",", ""), models,
                           env={"BENCH_KEY": "sk-bench"}, settings=settings)
        try:
            rows[name] = asyncio.run(measure(gw, args.readers, args.read_kbps))
        finally:
            gw.stop()
    server.shutdown()
    print(f"{args.readers} concurrent readers at {args.read_kbps:g} KB/s, answers of "
          f"{args.answer_mb:g} MB in {len(TOKEN)}-character tokens; worker RSS (MB)")
    print(f"{'target':34} {'idle':>7} {'peak':>7} {'+/stream':>9} {'x answer':>9} {'cut':>4} "
          f"{'wire MB':>8} {'s':>6}")
    for name, r in rows.items():
        per = (r["peak"] - r["idle"]) / args.readers
        print(f"{name:34} {r['idle']:7.0f} {r['peak']:7.0f} {per:9.1f} "
              f"{per / args.answer_mb:9.1f} {r['cut']:4.0f} {r['wire_mb']:8.1f} "
              f"{r['seconds']:6.1f}")


if __name__ == "__main__":
    socket.setdefaulttimeout(600)
    main()
