"""Throughput and latency with PII protection on: Candor vs LiteLLM proxy + its Presidio guardrail.

    PYTHONPATH=. python bench/pii_vs_litellm.py [--requests 300] [--levels 16,1]
        [--prompts repeat,unique] [--candor-workers 1] [--litellm-workers 1]
        [--presidio-workers 2] [--litellm-scope input|both]

One bounded run, all on loopback, same upstream (bench/fast_upstream.py: 5 ms, 24 stream chunks
1 ms apart), same workload (bench/data/marketing_requests.jsonl, 48 requests, half
streamed), same client (closed loop, aiohttp, bench/load.py). Targets:

* ``candor-pii``: Candor as shipped: the PII stage on (default), the shipped policies/ (policy
  checks, marking, audit) -- the whole pipeline, not just PII.
* ``candor-nopii``: the same with ``pii_enabled: false``, to show what the PII stage itself costs.
* ``litellm-presidio``: LiteLLM's proxy (same litellm version, bench/.litellm-proxy-venv) with its
  ``presidio`` guardrail (``mode: pre_call``, ``default_on``, ``output_parse_pii: true``: masked
  input, placeholders unmasked in the output), calling bench/presidio_http.py (a faithful
  stand-in for the official Presidio analyzer/anonymizer servers, with the same offline spaCy
  model Candor uses) over HTTP. Both sides scan the same entity types at score >= 0.5.

Prompt variants (``--prompts``): ``repeat`` is the standard workload replayed as-is (48 distinct
requests, so after warm-up Candor's per-segment cache answers every scan); ``unique`` gives every
request a user prompt never seen before (a request number appended), so only the brand system
prompt repeats, as in a real app. LiteLLM+Presidio has no cache and does the same work either way.

Before measuring, each target must answer one streamed and one non-streamed request, and one request
with a name and an email is sent through each PII target and the upstream's journal
(``GET /_journal``) must show the placeholders, not the originals (and the originals for
``candor-nopii``). A table goes to stdout and JSON to bench/results/. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import psutil  # noqa: E402

from gateway_overhead import (  # noqa: E402
    ALIAS, DEFAULT_WORKLOAD, OFFLINE_ENV, UPSTREAM_MODEL, Proc, TreeSampler,
    child_env, litellm_config, litellm_executable, pct, save_results, start_litellm,
    start_upstream, verify,
)
from load import RunResult, Target, run_load  # noqa: E402
from tests.harness import free_port, start_gateway, stop, wait_http  # noqa: E402

TARGETS = ("candor-pii", "candor-nopii", "litellm-presidio")
# Candor's shipped policy (policies/default.yaml) scans these; STREET_ADDRESS and the custom
# ORDER_NUMBER/LOYALTY_ID recognizers have no Presidio built-in, so LiteLLM gets the rest.
PRESIDIO_ENTITIES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
                     "US_SSN", "IP_ADDRESS", "LOCATION"]
PROBE_NAME, PROBE_EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"
PROBE = (f"Write a two-line thank-you note to {PROBE_NAME} ({PROBE_EMAIL}) for her order of a "
         "Cascade fleece.")


class Group:
    """Several processes measured as one (LiteLLM proxy + the Presidio server)."""

    def __init__(self, *procs: Proc) -> None:
        self.procs = procs

    def tree(self) -> list[psutil.Process]:
        return [p for proc in self.procs for p in proc.tree()]


# -- processes -----------------------------------------------------------------------------------

def start_presidio(tmp: Path, workers: int) -> tuple[Proc, str]:
    port = free_port()
    log = tmp / "presidio.log"
    env = {**child_env(), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "presidio_http.py"),
                             "--port", str(port), "--workers", str(workers)],
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env)
    wait_http(f"http://127.0.0.1:{port}/health", proc, log, timeout=180)
    # /health answers once one worker is up; make sure every worker has loaded its model
    time.sleep(2.0)
    return Proc("presidio", proc, log), f"http://127.0.0.1:{port}/"


def presidio_guardrail(presidio: str, scope: str) -> dict[str, Any]:
    return {"guardrails": [{"guardrail_name": "presidio-pii", "litellm_params": {
        "guardrail": "presidio", "mode": "pre_call", "default_on": True,
        "output_parse_pii": True, "presidio_filter_scope": scope,
        "presidio_analyzer_api_base": presidio, "presidio_anonymizer_api_base": presidio,
        "presidio_language": "en",
        "pii_entities_config": {e: "MASK" for e in PRESIDIO_ENTITIES},
        "presidio_score_thresholds": {"ALL": 0.5},
    }}]}


def start_litellm_presidio(tmp: Path, upstream: str, presidio: str, workers: int, exe: Path,
                           scope: str) -> tuple[Proc, Target]:
    return start_litellm(tmp, upstream, workers, exe,
                         litellm_config(upstream, **presidio_guardrail(presidio, scope)),
                         name="litellm-presidio")


def start_candor(tmp: Path, upstream: str, workers: int, name: str,
                 pii_processes: int = 0) -> tuple[Proc, Target]:
    route = {"model": f"openai/{UPSTREAM_MODEL}", "api_base": upstream,
             "api_key_env": "BENCH_PROVIDER_KEY", "timeout": 60, "retries": 0}
    settings: dict[str, Any] | None = None
    if name == "candor-nopii":
        settings = {"pii_enabled": False}
    elif pii_processes:
        settings = {"pii_processes": pii_processes}
    gw = start_gateway(tmp / name, {ALIAS: route}, env=OFFLINE_ENV, workers=workers,
                       settings=settings)
    return Proc(name, gw.proc, gw.log), Target(name, gw.v1, ALIAS, gw.keys["app"])


# -- checks --------------------------------------------------------------------------------------

def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())


async def check_masking(target: Target, upstream: str) -> dict[str, Any]:
    """Send one request with a name and an email; return what the upstream received."""
    body = {"model": target.model, "stream": False, "max_tokens": 50, "messages": [
        {"role": "system", "content": "You write short customer notes."},
        {"role": "user", "content": PROBE}]}
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.post(target.base_url + "/chat/completions", json=body,
                                headers={"Authorization": f"Bearer {target.api_key}"}) as resp:
            status = resp.status
            await resp.read()
    journal = _get_json(upstream.rsplit("/v1", 1)[0] + "/_journal")
    sent = next((m["content"] for m in journal[-1]["messages"] if m["role"] == "user"), "")
    leaked = [v for v in (PROBE_NAME, PROBE_EMAIL) if v in sent]
    return {"status": status, "upstream_saw": sent, "originals_upstream": leaked}


# -- workload ------------------------------------------------------------------------------------

def bodies_for(workload: list[dict[str, Any]], target: Target, n: int, variant: str,
               tag: str) -> list[tuple[bytes, bool]]:
    """``n`` bodies cycling through the workload (``model`` rewritten). ``repeat``: prompts as-is.
    ``unique``: the last user message ends with a request number never used before (``tag`` keeps
    phases and levels apart). In both, ``metadata.recipient_id`` is made unique per request: the
    shipped policy allows 3 messages per recipient per 7 days (``contact_frequency``), so replaying
    48 recipients 300 times would measure refusals; with one message per recipient the frequency
    check still runs (a counter read and write per request) and passes."""
    import orjson

    out = []
    for i in range(max(n, len(workload))):
        row = workload[i % len(workload)]
        body = dict(row, model=target.model)
        meta = dict(body.get("metadata") or {})
        meta["recipient_id"] = f"{meta.get('recipient_id', 'r')}-{tag}{i}"
        body["metadata"] = meta
        if variant == "unique":
            msgs = [dict(m) for m in body["messages"]]
            last = max(j for j, m in enumerate(msgs) if m.get("role") == "user")
            msgs[last]["content"] = f"{msgs[last]['content']} (Request {tag}{i}.)"
            body["messages"] = msgs
        out.append((orjson.dumps(body), bool(body.get("stream"))))
    return out


# -- statistics ----------------------------------------------------------------------------------

@dataclass
class Row:
    variant: str
    concurrency: int
    target: str
    n: int
    errors: int
    rps: float
    total_p50: float | None
    total_p95: float | None
    nonstream_p50: float | None
    nonstream_p95: float | None
    stream_p50: float | None
    stream_p95: float | None
    ttft_p50: float | None
    ttft_p95: float | None
    cpu_ms_per_req: float | None
    peak_rss_mb: float | None
    capped: bool
    error_examples: list[str]


def _ms(values: list[float], p: float) -> float | None:
    x = pct(values, p)
    return round(x * 1000, 2) if x is not None else None


def summarise(variant: str, level: int, target: str, res: RunResult,
              sampler: TreeSampler) -> Row:
    ok = [s for s in res.samples if s.ok]
    tot = [s.total for s in ok]
    ns = [s.total for s in ok if not s.stream]
    st = [s.total for s in ok if s.stream]
    tt = [s.ttft for s in ok if s.stream and s.ttft is not None]
    errors = [s.error or "?" for s in res.samples if not s.ok]
    return Row(variant, level, target, len(res.samples), len(errors),
               round(len(ok) / res.elapsed, 1) if res.elapsed else 0.0,
               _ms(tot, 50), _ms(tot, 95), _ms(ns, 50), _ms(ns, 95), _ms(st, 50), _ms(st, 95),
               _ms(tt, 50), _ms(tt, 95),
               round(sampler.cpu_seconds * 1000 / len(res.samples), 2) if res.samples else None,
               round(sampler.peak_rss / 2**20, 1), res.capped, sorted(set(errors))[:3])


def _f(x: float | None, width: int, digits: int = 1) -> str:
    return f"{'-':>{width}}" if x is None else f"{x:{width}.{digits}f}"


def table(rows: list[Row]) -> str:
    head = (f"{'prompts':<7} {'conc':>4} {'target':<17} {'n':>4} {'err':>3} {'req/s':>7} | "
            f"{'all p50':>8} {'p95':>8} | {'non-str p50':>11} {'p95':>8} | "
            f"{'stream p50':>10} {'p95':>8} | {'ttft p50':>8} {'p95':>8} | "
            f"{'cpu ms/req':>10} {'RSS MB':>7}")
    lines = [head, "-" * len(head)]
    last = None
    for r in rows:
        if last is not None and (r.variant, r.concurrency) != last:
            lines.append("")
        last = (r.variant, r.concurrency)
        lines.append(
            f"{r.variant:<7} {r.concurrency:>4} {r.target:<17} {r.n:>4} {r.errors:>3} "
            f"{_f(r.rps, 7)} | {_f(r.total_p50, 8)} {_f(r.total_p95, 8)} | "
            f"{_f(r.nonstream_p50, 11)} {_f(r.nonstream_p95, 8)} | "
            f"{_f(r.stream_p50, 10)} {_f(r.stream_p95, 8)} | "
            f"{_f(r.ttft_p50, 8)} {_f(r.ttft_p95, 8)} | "
            f"{_f(r.cpu_ms_per_req, 10, 2)} {_f(r.peak_rss_mb, 7)}"
            + ("  (time-capped)" if r.capped else ""))
    return "\n".join(lines)


def ratios(rows: list[Row]) -> tuple[str, list[dict[str, Any]]]:
    by = {(r.variant, r.concurrency, r.target): r for r in rows}
    out: list[dict[str, Any]] = []
    lines = ["Throughput ratio Candor(PII on) / LiteLLM+Presidio (target >= 5x); PII's own cost "
             "in Candor (PII off -> on):"]
    for variant, level in dict.fromkeys((r.variant, r.concurrency) for r in rows):
        c, n, lp = (by.get((variant, level, t)) for t in TARGETS)
        item: dict[str, Any] = {"prompts": variant, "concurrency": level}
        parts = []
        if c and lp and lp.rps:
            item["rps_ratio"] = round(c.rps / lp.rps, 2)
            item["p50_ratio_litellm_over_candor"] = (
                round(lp.total_p50 / c.total_p50, 2) if c.total_p50 and lp.total_p50 else None)
            parts.append(f"candor-pii {c.rps:.1f} / litellm-presidio {lp.rps:.1f} req/s = "
                         f"{item['rps_ratio']:.1f}x "
                         f"({'MET' if item['rps_ratio'] >= 5 else 'not met'})")
        if c and n and n.rps:
            item["pii_rps_cost_pct"] = round(100 * (1 - c.rps / n.rps), 1)
            item["pii_added_p50_ms"] = (round(c.total_p50 - n.total_p50, 2)
                                        if c.total_p50 is not None and n.total_p50 is not None
                                        else None)
            item["pii_added_cpu_ms_per_req"] = (
                round(c.cpu_ms_per_req - n.cpu_ms_per_req, 2)
                if c.cpu_ms_per_req is not None and n.cpu_ms_per_req is not None else None)
            parts.append(f"PII on costs {item['pii_rps_cost_pct']:.1f}% req/s, "
                         f"{_f(item['pii_added_p50_ms'], 0, 2).strip()} ms p50, "
                         f"{_f(item['pii_added_cpu_ms_per_req'], 0, 2).strip()} ms CPU/req")
        lines.append(f"  {variant:<7} conc {level:>3}: " + "; ".join(parts))
        out.append(item)
    return "\n".join(lines), out


# -- main ----------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Candor (PII on/off) vs LiteLLM proxy + Presidio")
    p.add_argument("--workload", type=Path, default=DEFAULT_WORKLOAD)
    p.add_argument("--levels", default="16,1", help="concurrency levels, comma separated")
    p.add_argument("--prompts", default="repeat,unique", help="repeat and/or unique")
    p.add_argument("--targets", default=",".join(TARGETS))
    p.add_argument("--requests", type=int, default=300, help="measured requests per run")
    p.add_argument("--warmup", type=int, default=48, help="unmeasured requests before each run "
                   "(at least 2x concurrency)")
    p.add_argument("--time-cap", type=float, default=60.0,
                   help="seconds per measured run; unsent requests are dropped after it")
    p.add_argument("--timeout", type=float, default=60.0, help="per-request timeout (s)")
    p.add_argument("--candor-workers", type=int, default=1)
    p.add_argument("--candor-pii-processes", type=int, default=0,
                   help="candor-pii's settings.pii_processes (0, the default: the analysis "
                   "thread of each worker; N: a pool of N analyzer processes)")
    p.add_argument("--litellm-workers", type=int, default=1)
    p.add_argument("--presidio-workers", type=int, default=2,
                   help="uvicorn workers of the Presidio server (one analysis at a time each)")
    p.add_argument("--litellm-scope", choices=("input", "both"), default="input",
                   help="presidio_filter_scope: input = mask the prompt, unmask the answer "
                   "(default); both = also run Presidio on the answer (LiteLLM's default)")
    p.add_argument("--litellm", help="path of the `litellm` CLI (default: "
                   "bench/.litellm-proxy-venv)")
    p.add_argument("--upstream-latency-ms", type=float, default=5.0)
    p.add_argument("--chunks", type=int, default=24)
    p.add_argument("--chunk-delay-ms", type=float, default=1.0)
    p.add_argument("--out", type=Path)
    p.add_argument("--keep", action="store_true", help="keep the temp dir with the servers' logs")
    return p.parse_args(argv)


async def measure(args: argparse.Namespace, targets: list[Target], groups: dict[str, Any],
                  workload: list[dict[str, Any]], upstream: str, levels: list[int],
                  variants: list[str], checks: dict[str, Any]) -> list[Row]:
    for t in targets:
        await verify(t, bodies_for(workload, t, 0, "repeat", "v-"))
        checks[t.name] = seen = await check_masking(t, upstream)
        want_masked = t.name != "candor-nopii"
        if seen["status"] != 200 or (want_masked == bool(seen["originals_upstream"])):
            raise RuntimeError(f"{t.name}: masking check failed: {seen}")
        print(f"  check {t.name:<17} upstream saw: {seen['upstream_saw'][:110]!r}", flush=True)
        await run_load(t, bodies_for(workload, t, 0, "repeat", "w0-"), 4, len(workload),
                       args.time_cap)
    rows: list[Row] = []
    for variant in variants:
        for level in levels:
            for t in targets:
                n_warm = max(args.warmup, 2 * level)
                warm = bodies_for(workload, t, n_warm, variant, f"w{variant[0]}{level}-")
                await run_load(t, warm, level, n_warm, args.time_cap, "aiohttp", args.timeout,
                               offset=7)
                bodies = bodies_for(workload, t, args.requests, variant, f"m{variant[0]}{level}-")
                sampler = TreeSampler(groups[t.name])
                sampler.start()
                try:
                    res = await run_load(t, bodies, level, args.requests, args.time_cap,
                                         "aiohttp", args.timeout)
                finally:
                    sampler.finish()
                row = summarise(variant, level, t.name, res, sampler)
                rows.append(row)
                print(f"  {variant:<7} conc {level:>3} {t.name:<17} {row.n:>4} req in "
                      f"{res.elapsed:6.2f}s, {row.rps:7.1f} req/s, errors {row.errors}",
                      flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    variants = [x.strip() for x in args.prompts.split(",") if x.strip()]
    wanted = [x.strip() for x in args.targets.split(",") if x.strip()]
    workload = [json.loads(line) for line in args.workload.read_text().splitlines()
                if line.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="candor-piibench-"))
    started: list[Proc] = []
    checks: dict[str, Any] = {}
    t_start = time.time()
    load_before = os.getloadavg()
    try:
        up, upstream = start_upstream("fast", tmp, args)
        started.append(up)
        targets: list[Target] = []
        groups: dict[str, Any] = {}
        for name in ("candor-pii", "candor-nopii"):
            if name in wanted:
                proc, target = start_candor(tmp, upstream, args.candor_workers, name,
                                            args.candor_pii_processes)
                started.append(proc)
                groups[name] = proc
                targets.append(target)
        if "litellm-presidio" in wanted:
            exe = litellm_executable(args.litellm)
            if exe is None:
                raise SystemExit("LiteLLM proxy not found: run `make bench` (creates "
                                 "bench/.litellm-proxy-venv) or pass --litellm PATH")
            pres, pres_url = start_presidio(tmp, args.presidio_workers)
            started.append(pres)
            proc, target = start_litellm_presidio(tmp, upstream, pres_url, args.litellm_workers,
                                                  exe, args.litellm_scope)
            started.append(proc)
            groups["litellm-presidio"] = Group(proc, pres)
            targets.append(target)
        print(f"upstream {upstream}; candor workers {args.candor_workers} (pii_processes "
              f"{args.candor_pii_processes}); litellm workers "
              f"{args.litellm_workers} + presidio workers {args.presidio_workers} "
              f"(scope {args.litellm_scope}); {args.requests} requests per run; levels {levels}; "
              f"prompts {variants}; {os.cpu_count()} CPUs", flush=True)
        rows = asyncio.run(measure(args, targets, groups, workload, upstream, levels, variants,
                                   checks))
    finally:
        for p in reversed(started):
            stop(p.proc)
        if args.keep:
            print(f"logs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    text_table = table(rows)
    ratio_text, ratio_data = ratios(rows)
    print()
    print("Latencies in ms (client side, until the last byte; ttft = first SSE data line with "
          "content).\ncpu = CPU time of the target's process tree per request (litellm-presidio: "
          "proxy + Presidio server);\nRSS = peak of the summed tree.")
    print(text_table)
    print()
    print(ratio_text)
    for r in rows:
        if r.error_examples:
            print(f"errors {r.variant}/{r.concurrency}/{r.target}: {r.error_examples}")
    save_results("pii_vs_litellm", args, t_start, load_before, {},
                 {"masking_checks": checks,
                  "rows": [asdict(r) for r in rows],
                  "ratios": ratio_data,
                  "table": text_table})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
