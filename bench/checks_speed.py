"""Cost of all ethics checks together per request, on the standard marketing workload.

    PYTHONPATH=. python bench/checks_speed.py [--passes 20] [--redis] [--cold]

--cold clears the manipulation classifier's per-sentence cache before every request: the
workload sends the same system prompt each time, which the cache scores once.

Per request: input side = sensitive topics, manipulation asks, ghost-writing, contact frequency
(SQLite counter in a temp dir, or Redis with --redis), frustration over the request's prompt
text; output side = sensitive topics, manipulation, ghost-writing over a ~130-word marketing
email (the workload has no outputs, so one is composed per request). Prints p50/p99 in ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from gateway.checks.base import CheckInput
from gateway.checks.common import request_text, standalone_context
from gateway.checks.frequency import FrequencyCheck, FrequencyConfig, RedisCounter, SQLiteCounter
from gateway.checks.frustration import CHECK as FRUSTRATION, FrustrationConfig
from gateway.checks.ghostwriting import CHECK as GHOST, GhostwritingConfig
from gateway.checks.manipulation import _CACHE as MANIP_CACHE, CHECK as MANIP, ManipulationConfig
from gateway.checks.sensitive import CHECK as SENSITIVE, SensitiveTopicsConfig

WORKLOAD = Path(__file__).resolve().parent / "data" / "marketing_requests.jsonl"

OUTPUT = """Subject: {subject}

Hi {first},

It has been a while since your last trip with us, and we wanted to say hello. The {product} has
been a favourite with hikers in the Pacific Northwest this season: it is light, it packs small, and
our lifetime repair program covers it for as long as you own it.

If you are planning a weekend on the trail, take a look at the new colours online or drop by our
Portland store. Returns are free within 60 days, and Trailhead members earn one point per dollar.

Not interested in these emails any more? You can unsubscribe with one click below.

Warmly,
The Northwind Team"""


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=20)
    ap.add_argument("--redis", action="store_true")
    ap.add_argument("--cpu", action="store_true",
                    help="measure this thread's CPU time (time.thread_time) instead of wall time: "
                         "comparable on a busy shared box, where wall time includes waiting for a core")
    ap.add_argument("--cold", action="store_true",
                    help="clear the manipulation classifier's sentence cache before every request "
                         "(no repeated system prompt or output sentence is free)")
    args = ap.parse_args()
    rows = [json.loads(line) for line in WORKLOAD.read_text().splitlines() if line.strip()]
    clock = time.thread_time if args.cpu else time.perf_counter
    tmp = tempfile.mkdtemp()
    counter = (RedisCounter(prefix=f"candor-bench-{uuid.uuid4().hex[:8]}:") if args.redis
               else SQLiteCounter(Path(tmp) / "frequency.sqlite3"))
    freq = FrequencyCheck(counter, salt=b"bench")
    cfgs = {
        "sensitive": SensitiveTopicsConfig(), "manipulation": ManipulationConfig(),
        "ghostwriting": GhostwritingConfig(company_voice="The Northwind Team",
                                           company_names=["Northwind Outfitters"],
                                           principals=[{"name": "Dana Whitfield", "consent": "with_approval"}]),
        "frequency": FrequencyConfig(max=10**9, per="7d"), "frustration": FrustrationConfig(),
    }
    products = ["Ridgeline rain jacket", "Cascade fleece", "Switchback hiking pant", "Basecamp duffel"]
    totals: list[float] = []
    per: dict[str, list[float]] = {k: [] for k in cfgs}
    words = []
    for p in range(args.passes + 1):  # pass 0 warms caches and lazy loads
        for i, row in enumerate(rows):
            meta = row.get("metadata") or {}
            ctx = standalone_context(recipient_id=meta.get("recipient_id"), channel=meta.get("channel"),
                                     campaign=meta.get("campaign"))
            prompt = request_text(row)
            out = OUTPUT.format(subject="Back on the trail?", first="Maria", product=products[i % 4])
            if p == 1:
                words.append(len(prompt.split()) + len(out.split()))
            if args.cold:
                MANIP_CACHE.clear()
            t0 = clock()
            spans = {}
            a = clock()
            SENSITIVE.scan(CheckInput(prompt, "input", ctx, request=row), cfgs["sensitive"])
            SENSITIVE.scan(CheckInput(out, "output", ctx, request=row), cfgs["sensitive"])
            spans["sensitive"] = clock() - a
            a = clock()
            MANIP.scan(CheckInput(prompt, "input", ctx, request=row), cfgs["manipulation"])
            MANIP.scan(CheckInput(out, "output", ctx, request=row), cfgs["manipulation"])
            spans["manipulation"] = clock() - a
            a = clock()
            GHOST.scan(CheckInput(prompt, "input", ctx, request=row), cfgs["ghostwriting"])
            GHOST.scan(CheckInput(out, "output", ctx, request=row), cfgs["ghostwriting"])
            spans["ghostwriting"] = clock() - a
            a = clock()
            freq.scan(CheckInput(prompt, "input", ctx, request=row), cfgs["frequency"])
            spans["frequency"] = clock() - a
            a = clock()
            FRUSTRATION.scan(CheckInput(prompt, "input", ctx, request=row), cfgs["frustration"])
            spans["frustration"] = clock() - a
            total = clock() - t0
            if p:
                totals.append(total * 1000)
                for k, v in spans.items():
                    per[k].append(v * 1000)
    counter.close()
    print(f"workload: {len(rows)} requests x {args.passes} passes, ~{statistics.mean(words):.0f} words "
          f"per request (prompt + output), frequency backend: {'redis' if args.redis else 'sqlite'}, "
          f"classifier sentence cache: {'cleared before each request' if args.cold else 'warm'}, "
          f"clock: {'thread CPU time' if args.cpu else 'wall'}")
    print(f"{'check':<14} {'p50 ms':>8} {'p99 ms':>8}")
    for k, v in per.items():
        print(f"{k:<14} {percentile(v, .5):>8.3f} {percentile(v, .99):>8.3f}")
    print(f"{'ALL':<14} {percentile(totals, .5):>8.3f} {percentile(totals, .99):>8.3f}   (target p50 <= 3 ms)")


if __name__ == "__main__":
    main()
