"""Policy engine cost per request, offline: load + version, input stage, output stage
(non-stream whole answer, and streamed in 4-character deltas with sentence hold-back).

    PYTHONPATH=. python bench/policy_engine.py [--n 2000]

Only the checks installed in gateway.checks (and the keyword rules) run; numbers cover the
engine's own overhead plus whatever checks are registered at the time.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

from gateway.context import GenerationContext
from gateway.keys import ApiKey
from gateway.models_config import ModelRoute
from gateway.pipeline.stages import Channel
from gateway.checks.registry import CHECKS
from gateway.policy.engine import PolicyRuntime
from gateway.policy.loader import load_policy_set
from gateway.policy.stages import PolicyRun

ROOT = Path(__file__).resolve().parent.parent
PROMPT = ("You are Acme's email writer. Write a friendly spring newsletter for <PERSON_1> about "
          "the new Spring Glow Serum, mention the 20% discount that ends on 31 March, and keep "
          "it under 120 words.")
ANSWER = ("Hi <PERSON_1>, spring is here and so is our new Spring Glow Serum. Light, fresh and "
          "made for brighter mornings, it is 20% off until 31 March. Try it with your usual "
          "routine and let us know what you think. Warm wishes, The Acme Customer Team. ") * 2


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()

    t0 = time.perf_counter()
    pset = load_policy_set(ROOT / "policies")
    load_ms = (time.perf_counter() - t0) * 1000
    checks = dict(CHECKS)
    rt = PolicyRuntime(pset.policies["default"], checks)
    print(f"checks registered: {', '.join(sorted(checks))}")
    print(f"load+validate+version policies/ ({len(pset.policies)} policies): {load_ms:.1f} ms")

    def ctx(stream: bool) -> GenerationContext:
        c = GenerationContext("chat.completions", ApiKey("k", "app", frozenset(), "default", ""),
                              "m", ModelRoute(model="candor/echo"), stream=stream)
        c.policy = rt
        return c

    async def one(stream: bool) -> tuple[float, float]:
        c = ctx(stream)
        req = {"messages": [{"role": "system", "content": "Be brief."},
                            {"role": "user", "content": PROMPT}]}
        a = time.perf_counter()
        run = PolicyRun(c, rt)
        await run.on_request(req)
        b = time.perf_counter()
        t = run.open(Channel())
        if stream:
            for i in range(0, len(ANSWER), 4):
                await t.feed(ANSWER[i:i + 4])
        else:
            await t.feed(ANSWER)
        await t.finish()
        return (b - a) * 1000, (time.perf_counter() - b) * 1000

    async def run() -> None:
        for stream in (False, True):
            ins, outs = [], []
            for _ in range(args.n):
                i, o = await one(stream)
                ins.append(i)
                outs.append(o)
            label = f"stream ({len(ANSWER) // 4} deltas)" if stream else "non-stream"
            print(f"{label:<22} input p50 {statistics.median(ins):.3f} ms p99 {pct(ins, .99):.3f}"
                  f" | output p50 {statistics.median(outs):.3f} ms p99 {pct(outs, .99):.3f}")

    asyncio.run(run())


if __name__ == "__main__":
    main()
