"""Where a gateway spends its CPU under the benchmark workload: py-spy on the live process.

    PYTHONPATH=. python bench/profile_gateway.py [--target candor|litellm] [--concurrency 16]
        [--seconds 20] [--py-spy PATH]

Starts the fast upstream and the gateway as bench/gateway_overhead.py does, keeps the workload
running at the given concurrency, samples the gateway with py-spy (``pip install py-spy``; it is a
standalone binary, any environment will do) and prints the top functions by own and by inclusive
time. The collapsed stacks are kept in bench/results/ for a flame graph (e.g. speedscope).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gateway_overhead import (  # noqa: E402
    DEFAULT_WORKLOAD, PROXY_VENV, ROOT, litellm_executable, start_candor, start_litellm,
    start_upstream, stop,
)
from load import prepare, run_load  # noqa: E402


def summarize(collapsed: Path, top: int) -> str:
    own: collections.Counter[str] = collections.Counter()
    incl: collections.Counter[str] = collections.Counter()
    total = 0
    for line in collapsed.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        total += n
        frames = [f.split(" (")[0] + " (" + f.split(" (")[1].split(":")[0].rsplit("/", 1)[-1] + ")"
                  if " (" in f else f for f in stack.split(";")]
        own[frames[-1]] += n
        for f in set(frames):
            incl[f] += n
    out = [f"{total} samples", "", f"top {top} by own time:"]
    out += [f"  {n * 100 / total:5.1f}%  {f}" for f, n in own.most_common(top)]
    out += ["", f"top {top} by inclusive time:"]
    out += [f"  {n * 100 / total:5.1f}%  {f}" for f, n in incl.most_common(top)]
    return "\n".join(out)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--target", choices=("candor", "litellm"), default="candor")
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--seconds", type=int, default=20)
    p.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--py-spy", dest="py_spy",
                   default=shutil.which("py-spy") or str(PROXY_VENV / "bin" / "py-spy"))
    p.add_argument("--upstream-latency-ms", type=float, default=5.0)
    p.add_argument("--chunks", type=int, default=24)
    p.add_argument("--chunk-delay-ms", type=float, default=1.0)
    p.add_argument("--upstream", default="fast")
    args = p.parse_args()

    workload = [json.loads(x) for x in DEFAULT_WORKLOAD.read_text().splitlines() if x.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="candor-profile-"))
    out = ROOT / "bench" / "results" / f"profile-{args.target}-{int(time.time())}.collapsed"
    out.parent.mkdir(parents=True, exist_ok=True)
    started = []
    try:
        up, url = start_upstream(args.upstream, tmp, args)
        started.append(up)
        if args.target == "candor":
            proc, target = start_candor(tmp, url, 1)
        else:
            exe = litellm_executable(None)
            if exe is None:
                raise SystemExit("LiteLLM proxy not found (see bench/gateway_overhead.py)")
            proc, target = start_litellm(tmp, url, 1, exe)
        started.append(proc)
        bodies = prepare(workload, target)

        async def drive() -> int:
            await run_load(target, bodies, 4, 48, 60)  # warm-up
            spy = subprocess.Popen([args.py_spy, "record", "-p", str(proc.proc.pid), "-d",
                                    str(args.seconds), "-r", str(args.rate), "-f", "raw",
                                    "-o", str(out), "--nonblocking"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            n = 0
            deadline = time.monotonic() + args.seconds + 1
            while time.monotonic() < deadline:
                res = await run_load(target, bodies, args.concurrency, 400, 30)
                n += len(res.samples)
            spy.wait()
            return n

        n = asyncio.run(drive())
    finally:
        for proc_ in reversed(started):
            stop(proc_.proc)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{args.target}: {n} requests at concurrency {args.concurrency} while sampling")
    print(summarize(out, args.top))
    print(f"\ncollapsed stacks: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
