"""Pass-through overhead of Candor vs LiteLLM's own proxy, against the same upstream, in one run.

    PYTHONPATH=. python bench/gateway_overhead.py [--requests 200] [--levels 1,16,64]
        [--candor-workers 1] [--litellm-workers N] [--client aiohttp|httpx] [--upstream fast|llmock]

Everything runs on loopback: an OpenAI-compatible upstream (bench/fast_upstream.py by default;
llmock with ``--upstream llmock``), Candor (``python -m gateway serve``) and LiteLLM's proxy
(``litellm --config``), both routing the alias ``bench`` to that upstream. The workload
(bench/data/marketing_requests.jsonl: 48 chat requests, half streamed) is replayed at each
concurrency against the upstream directly, then through each gateway. Added latency is a gateway's
percentile minus the direct percentile at the same concurrency. Results: a table on stdout and a
JSON file in bench/results/. See docs/benchmarks.md for the method.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import psutil  # noqa: E402
import yaml  # noqa: E402

from load import RunResult, Sample, Target, prepare, run_load  # noqa: E402
from tests.harness import free_port, start_gateway, stop, wait_http  # noqa: E402

# The standard workload ships with the repository (bench/data/README.md).
WORKLOAD = ROOT / "bench" / "data" / "marketing_requests.jsonl"
DEFAULT_WORKLOAD = Path(os.environ.get("CANDOR_BENCH_WORKLOAD") or WORKLOAD)
ALIAS = "bench"
UPSTREAM_MODEL = "gpt-4o-mini"
PROVIDER_KEY = "sk-bench-provider-key"
LITELLM_MASTER_KEY = "sk-bench-litellm-master"
PROXY_VENV = ROOT / "bench" / ".litellm-proxy-venv"

# Quiet, offline children: no cost-map fetch, no telemetry, no .env loading, no database.
OFFLINE_ENV = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_TELEMETRY": "False",
    "LITELLM_MODE": "PRODUCTION",
    "DISABLE_ADMIN_UI": "True",
    "BENCH_PROVIDER_KEY": PROVIDER_KEY,
}


# -- processes -----------------------------------------------------------------------------------

@dataclass
class Proc:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    def tree(self) -> list[psutil.Process]:
        try:
            root = psutil.Process(self.proc.pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "PROMETHEUS_MULTIPROC_DIR")}
    env.update(OFFLINE_ENV)
    return env


def start_upstream(kind: str, tmp: Path, args: argparse.Namespace) -> tuple[Proc, str]:
    port = free_port()
    log = tmp / f"upstream-{kind}.log"
    if kind == "fast":
        cmd = [sys.executable, str(ROOT / "bench" / "fast_upstream.py"), "--port", str(port),
               "--latency-ms", str(args.upstream_latency_ms), "--chunks", str(args.chunks),
               "--chunk-delay-ms", str(args.chunk_delay_ms)]
    else:
        exe = shutil.which("llmock", path=str(Path(sys.executable).parent)) or "llmock"
        cmd = [exe, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
               "--latency-ms", str(int(args.upstream_latency_ms)),
               "--stream-chunk-delay-ms", str(int(args.chunk_delay_ms))]
    proc = subprocess.Popen(cmd, stdout=log.open("wb"), stderr=subprocess.STDOUT, env=child_env())
    wait_http(f"http://127.0.0.1:{port}/v1/models", proc, log)
    return Proc(f"upstream:{kind}", proc, log), f"http://127.0.0.1:{port}/v1"


def _bench_policies(tmp: Path) -> Path:
    """The shipped policies with the contact-frequency cap lifted: the workload replays 48
    requests to the same recipients hundreds of times, which the real cap (3 a week) would
    rightly block, and a blocked request measures nothing."""
    out = tmp / "policies"
    shutil.copytree(ROOT / "policies", out, dirs_exist_ok=True)
    text = (out / "default.yaml").read_text()
    text = re.sub(r"(contact_frequency:\n  max: )\d+", r"\g<1>1000000", text)
    text = text.replace("sms: {max: 1, per: 7d}", "sms: {max: 1000000, per: 7d}")
    (out / "default.yaml").write_text(text)
    return out


def start_candor(tmp: Path, upstream: str, workers: int,
                 name: str = "candor") -> tuple[Proc, Target]:
    """Candor with one route, ``bench`` -> the upstream. ``candor-litellm`` is the same gateway
    with ``upstream_direct_openai: false``: the route goes through litellm.acompletion."""
    route = {"model": f"openai/{UPSTREAM_MODEL}", "api_base": upstream,
             "api_key_env": "BENCH_PROVIDER_KEY", "timeout": 60, "retries": 0}
    # Pass-through core (the comparison with LiteLLM proxy, which only forwards): every
    # stage off. `candor-full` is Candor as shipped: PII, policies + checks, marking, audit log.
    passthrough = {"pii_enabled": False, "policies_enabled": False, "marking_enabled": False,
                   "audit_enabled": False, "limits": {"enabled": False}}
    settings = {"candor": passthrough,
                "candor-litellm": {**passthrough, "upstream_direct_openai": False},
                "candor-full": {"policies_dir": str(_bench_policies(tmp))}}[name]
    gw = start_gateway(tmp / name, {ALIAS: route}, env=OFFLINE_ENV, workers=workers,
                       settings=settings)
    return Proc(name, gw.proc, gw.log), Target(name, gw.v1, ALIAS, gw.keys["app"])


def litellm_executable(explicit: str | None) -> Path | None:
    """The ``litellm`` CLI of an environment with ``litellm[proxy]``.

    By default bench/.litellm-proxy-venv (``make bench`` creates it): litellm[proxy] pins
    cryptography>=49 while presidio-anonymizer pins <49, so the proxy cannot share Candor's env.
    """
    candidates = [Path(explicit)] if explicit else [PROXY_VENV / "bin" / "litellm"]
    if not explicit:
        found = shutil.which("litellm", path=str(Path(sys.executable).parent))
        if found:
            candidates.append(Path(found))
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            probe = subprocess.run([str(path.parent / "python"), "-c",
                                    "import litellm.proxy.proxy_server"],
                                   capture_output=True, env=child_env(), timeout=120)
            if probe.returncode == 0:
                return path
    return None


def litellm_config(upstream: str, **extra: Any) -> dict[str, Any]:
    """LiteLLM proxy config: the bench alias -> the upstream, no database, no telemetry."""
    return {
        "model_list": [{"model_name": ALIAS, "litellm_params": {
            "model": f"openai/{UPSTREAM_MODEL}", "api_base": upstream,
            "api_key": "os.environ/BENCH_PROVIDER_KEY", "timeout": 60, "max_retries": 0}}],
        **extra,
        "litellm_settings": {"drop_params": True, "telemetry": False, "num_retries": 0,
                             "request_timeout": 60},
        "general_settings": {"master_key": LITELLM_MASTER_KEY},
    }


def start_litellm(tmp: Path, upstream: str, workers: int, exe: Path,
                  config_body: dict[str, Any] | None = None,
                  name: str = "litellm") -> tuple[Proc, Target]:
    home = tmp / name
    home.mkdir(parents=True, exist_ok=True)
    config = home / "config.yaml"
    config.write_text(yaml.safe_dump(config_body or litellm_config(upstream)))
    port = free_port()
    log = home / f"litellm-{port}.log"
    proc = subprocess.Popen(
        [str(exe), "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
         "--num_workers", str(workers)],
        stdout=log.open("wb"), stderr=subprocess.STDOUT, env=child_env(), cwd=str(home),
    )
    wait_http(f"http://127.0.0.1:{port}/health/liveliness", proc, log, timeout=180)
    return (Proc("litellm", proc, log),
            Target(name, f"http://127.0.0.1:{port}/v1", ALIAS, LITELLM_MASTER_KEY))


class TreeSampler(threading.Thread):
    """Peak RSS (sum over the process tree: all workers) and CPU seconds used, while running."""

    def __init__(self, proc: Proc | None, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.proc = proc
        self.interval = interval
        self.peak_rss = 0
        self._halt = threading.Event()
        self.cpu0 = self._cpu()
        self.cpu_seconds = 0.0

    def _cpu(self) -> float:
        total = 0.0
        for p in self.proc.tree() if self.proc else []:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
        return total

    def sample(self) -> None:
        rss = 0
        for p in self.proc.tree() if self.proc else []:
            try:
                rss += p.memory_info().rss
            except psutil.Error:
                pass
        self.peak_rss = max(self.peak_rss, rss)

    def run(self) -> None:
        while not self._halt.wait(self.interval):
            self.sample()

    def finish(self) -> None:
        self._halt.set()
        self.join()
        self.sample()
        self.cpu_seconds = self._cpu() - self.cpu0


# -- statistics ----------------------------------------------------------------------------------

def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


PCTS = (50, 95, 99)
TARGETS = ("direct", "candor", "candor-litellm", "candor-full", "litellm")


@dataclass
class Summary:
    target: str
    concurrency: int
    n: int
    errors: int
    rps: float
    total_ms: dict[str, float | None]
    ttft_ms: dict[str, float | None]
    stream_total_ms: dict[str, float | None]
    nonstream_total_ms: dict[str, float | None]
    peak_rss_mb: float | None
    cpu_ms_per_req: float | None
    capped: bool
    error_examples: list[str] = field(default_factory=list)
    added_total_ms: dict[str, float | None] = field(default_factory=dict)
    added_nonstream_ms: dict[str, float | None] = field(default_factory=dict)
    added_stream_ms: dict[str, float | None] = field(default_factory=dict)
    added_ttft_ms: dict[str, float | None] = field(default_factory=dict)


def _ms(values: list[float]) -> dict[str, float | None]:
    return {f"p{p}": (round(x * 1000, 3) if (x := pct(values, p)) is not None else None)
            for p in PCTS}


def summarise(target: str, concurrency: int, results: list[RunResult],
              samplers: list[TreeSampler]) -> Summary:
    samples: list[Sample] = [s for r in results for s in r.samples]
    ok = [s for s in samples if s.ok]
    elapsed = sum(r.elapsed for r in results)
    errors = [s.error or "?" for s in samples if not s.ok]
    has_proc = any(s.proc for s in samplers)
    cpu = sum(s.cpu_seconds for s in samplers)
    return Summary(
        target=target, concurrency=concurrency, n=len(samples), errors=len(errors),
        rps=round(len(ok) / elapsed, 1) if elapsed else 0.0,
        total_ms=_ms([s.total for s in ok]),
        ttft_ms=_ms([s.ttft for s in ok if s.stream and s.ttft is not None]),
        stream_total_ms=_ms([s.total for s in ok if s.stream]),
        nonstream_total_ms=_ms([s.total for s in ok if not s.stream]),
        peak_rss_mb=round(max(s.peak_rss for s in samplers) / 2**20, 1) if has_proc else None,
        cpu_ms_per_req=round(cpu * 1000 / len(samples), 3) if has_proc and samples else None,
        capped=any(r.capped for r in results),
        error_examples=sorted(set(errors))[:3],
    )


def _diff(a: dict[str, float | None], b: dict[str, float | None]) -> dict[str, float | None]:
    return {k: (round(a[k] - b[k], 3) if a.get(k) is not None and b.get(k) is not None else None)
            for k in a}


# -- report --------------------------------------------------------------------------------------

def _f(x: float | None, width: int = 7, digits: int = 1, sign: bool = False) -> str:
    if x is None:
        return " " * (width - 1) + "-"
    return f"{x:+{width}.{digits}f}" if sign else f"{x:{width}.{digits}f}"


GROUPS = (("non-stream total", "nonstream_total_ms", "added_nonstream_ms"),
          ("stream total", "stream_total_ms", "added_stream_ms"),
          ("stream ttft", "ttft_ms", "added_ttft_ms"))


def table(summaries: list[Summary], levels: list[int]) -> str:
    """Direct rows: the baseline in absolute ms. Gateway rows: ms added over that baseline."""
    head = (f"{'conc':>4} {'target':<14} {'n':>4} {'err':>3} {'req/s':>7} | "
            + " | ".join(f"{title + ' p50':>21} {'p95':>8} {'p99':>8}" for title, _, _ in GROUPS)
            + f" | {'RSS MB':>7} {'cpu ms/req':>10}")
    lines = [head, "-" * len(head)]
    by = {(s.concurrency, s.target): s for s in summaries}
    for level in levels:
        for name in TARGETS:
            s = by.get((level, name))
            if s is None:
                continue
            cells = []
            for _, absolute, added in GROUPS:
                base = name == "direct"
                v = getattr(s, absolute if base else added)
                cells.append(" ".join(_f(v.get(p), w, 2, not base)
                                      for p, w in (("p50", 21), ("p95", 8), ("p99", 8))))
            lines.append(
                f"{level:>4} {name:<14} {s.n:>4} {s.errors:>3} {_f(s.rps)} | "
                + " | ".join(cells)
                + f" | {_f(s.peak_rss_mb)} {_f(s.cpu_ms_per_req, 10, 2)}"
                + ("  (time-capped)" if s.capped else "")
            )
        lines.append("")
    return "\n".join(lines)


def ratios(summaries: list[Summary], levels: list[int]) -> tuple[str, dict[str, Any]]:
    by = {(s.concurrency, s.target): s for s in summaries}
    out: dict[str, Any] = {}
    lines = ["Candor added latency / LiteLLM proxy added latency (target <= 0.50 for every "
             "total percentile):"]
    for level in levels:
        c, l_ = by.get((level, "candor")), by.get((level, "litellm"))
        if c is None or l_ is None:
            continue
        row: dict[str, float | None] = {}
        for kind, attr in (("nonstream", "added_nonstream_ms"), ("stream", "added_stream_ms"),
                           ("ttft", "added_ttft_ms")):
            for p in ("p50", "p95", "p99"):
                cv, lv = getattr(c, attr).get(p), getattr(l_, attr).get(p)
                row[f"{kind}_{p}"] = round(cv / lv, 3) if cv is not None and lv else None
        row["cpu_per_req"] = (round(c.cpu_ms_per_req / l_.cpu_ms_per_req, 3)
                              if c.cpu_ms_per_req and l_.cpu_ms_per_req else None)
        out[str(level)] = row
        totals = [row[f"{k}_{p}"] for k in ("nonstream", "stream") for p in ("p50", "p95", "p99")]
        verdict = "MET" if all(v is not None and v <= 0.5 for v in totals) else "not met"
        parts = [f"{kind} " + " ".join(f"{p} {_f(row[f'{kind}_{p}'], 5, 2)}"
                                       for p in ("p50", "p95", "p99"))
                 for kind in ("nonstream", "stream", "ttft")]
        lines.append(f"  conc {level:>3}: " + " | ".join(parts)
                     + f" | cpu/req {_f(row['cpu_per_req'], 5, 2)}  -> {verdict}")
    return "\n".join(lines), out


# -- main ----------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Candor vs LiteLLM proxy pass-through overhead")
    p.add_argument("--workload", type=Path, default=DEFAULT_WORKLOAD)
    p.add_argument("--levels", default="1,16,64", help="concurrency levels, comma separated")
    p.add_argument("--requests", type=int, default=200, help="measured requests per target/level")
    p.add_argument("--warmup", type=int, default=48,
                   help="unmeasured requests per target/level before measuring (at least 2x conc)")
    p.add_argument("--rounds", type=int, default=1,
                   help="repeat each level's target rotation; samples are pooled")
    p.add_argument("--time-cap", type=float, default=60.0,
                   help="seconds per target/level/round; unsent requests are dropped after it")
    p.add_argument("--timeout", type=float, default=60.0, help="per-request timeout (s)")
    p.add_argument("--candor-workers", type=int, default=1)
    p.add_argument("--litellm-workers", type=int, default=None,
                   help="LiteLLM proxy workers (default: same as --candor-workers)")
    p.add_argument("--targets", default="direct,candor,candor-full,litellm",
                   help="any of " + ",".join(TARGETS) + " (candor-litellm: Candor with "
                   "upstream_direct_openai off, i.e. through litellm.acompletion)")
    p.add_argument("--client", choices=("aiohttp", "httpx"), default="aiohttp")
    p.add_argument("--upstream", choices=("fast", "llmock"), default="fast")
    p.add_argument("--upstream-latency-ms", type=float, default=5.0)
    p.add_argument("--chunks", type=int, default=24, help="content chunks per streamed answer")
    p.add_argument("--chunk-delay-ms", type=float, default=1.0)
    p.add_argument("--litellm",
                   help="path of the `litellm` CLI (default: bench/.litellm-proxy-venv)")
    p.add_argument("--out", type=Path, help="JSON results file (default: bench/results/...)")
    p.add_argument("--keep", action="store_true", help="keep the temp dir with the servers' logs")
    p.add_argument("--report", type=Path, metavar="RESULTS_JSON",
                   help="print the table of an earlier run's JSON file; run nothing")
    return p.parse_args(argv)


async def verify(target: Target, bodies: list[tuple[bytes, bool]]) -> None:
    """One streamed and one non-streamed request must succeed before we measure anything."""
    picks = [next(b for b in bodies if not b[1]), next(b for b in bodies if b[1])]
    result = await run_load(target, picks, 1, 2, 30.0)
    bad = [s.error for s in result.samples if not s.ok]
    if bad:
        raise RuntimeError(f"{target.name} does not answer correctly: {bad}")


async def measure(args: argparse.Namespace, targets: list[Target], procs: dict[str, Proc],
                  workload: list[dict[str, Any]], levels: list[int]) -> list[Summary]:
    bodies = {t.name: prepare(workload, t) for t in targets}
    for t in targets:
        await verify(t, bodies[t.name])
        # a first warm-up pass over the whole workload (imports, caches, connection pools)
        await run_load(t, bodies[t.name], 4, len(workload), args.time_cap, args.client)
    summaries: list[Summary] = []
    for level in levels:
        runs: dict[str, list[RunResult]] = {t.name: [] for t in targets}
        samplers: dict[str, list[TreeSampler]] = {t.name: [] for t in targets}
        for rnd in range(args.rounds):
            for t in targets:  # same order each round; every target sees the same requests
                await run_load(t, bodies[t.name], level, max(args.warmup, 2 * level),
                               args.time_cap, args.client, args.timeout, offset=7)
                sampler = TreeSampler(procs.get(t.name))
                sampler.start()
                try:
                    res = await run_load(t, bodies[t.name], level, args.requests, args.time_cap,
                                         args.client, args.timeout)
                finally:
                    sampler.finish()
                runs[t.name].append(res)
                samplers[t.name].append(sampler)
                print(f"  conc {level:>3} round {rnd + 1} {t.name:<14} {len(res.samples):>4} req "
                      f"in {res.elapsed:6.2f}s, errors {sum(not s.ok for s in res.samples)}",
                      flush=True)
        level_summaries = [summarise(t.name, level, runs[t.name], samplers[t.name])
                           for t in targets]
        direct = next((s for s in level_summaries if s.target == "direct"), None)
        for s in level_summaries:
            if direct is not None:
                s.added_total_ms = _diff(s.total_ms, direct.total_ms)
                s.added_nonstream_ms = _diff(s.nonstream_total_ms, direct.nonstream_total_ms)
                s.added_stream_ms = _diff(s.stream_total_ms, direct.stream_total_ms)
                s.added_ttft_ms = _diff(s.ttft_ms, direct.ttft_ms)
        summaries.extend(level_summaries)
    return summaries


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.report:
        return report_file(args.report)
    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    wanted = [x.strip() for x in args.targets.split(",") if x.strip()]
    workload = [json.loads(line) for line in args.workload.read_text().splitlines() if line.strip()]
    litellm_workers = args.litellm_workers or args.candor_workers
    tmp = Path(tempfile.mkdtemp(prefix="candor-bench-"))
    started: list[Proc] = []
    notes: list[str] = []
    t_start = time.time()
    load_before = os.getloadavg()
    try:
        up, upstream_url = start_upstream(args.upstream, tmp, args)
        started.append(up)
        targets: list[Target] = []
        procs: dict[str, Proc] = {"direct": up}
        if "direct" in wanted:
            targets.append(Target("direct", upstream_url, UPSTREAM_MODEL, PROVIDER_KEY))
        for name in ("candor", "candor-litellm", "candor-full"):
            if name in wanted:
                proc, target = start_candor(tmp, upstream_url, args.candor_workers, name)
                started.append(proc)
                procs[name] = proc
                targets.append(target)
        if "litellm" in wanted:
            exe = litellm_executable(args.litellm)
            if exe is None:
                notes.append("LiteLLM proxy not found: run `make bench` (creates "
                             "bench/.litellm-proxy-venv) or pass --litellm PATH; skipped.")
                print("WARNING: " + notes[-1], file=sys.stderr)
            else:
                proc, target = start_litellm(tmp, upstream_url, litellm_workers, exe)
                started.append(proc)
                procs["litellm"] = proc
                targets.append(target)
        print(f"upstream={args.upstream} ({upstream_url}), client={args.client}, "
              f"candor workers={args.candor_workers}, litellm workers={litellm_workers}, "
              f"requests/level={args.requests}, rounds={args.rounds}, levels={levels}", flush=True)
        summaries = asyncio.run(measure(args, targets, procs, workload, levels))
    finally:
        for p in reversed(started):
            stop(p.proc)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"logs kept in {tmp}")

    print()
    print_report(summaries, levels, notes)
    save_results("gateway_overhead", args, t_start, load_before,
                 {"litellm_workers": litellm_workers},
                 {"summaries": [asdict(s) for s in summaries],
                  "ratios": ratios(summaries, levels)[1],
                  "table": table(summaries, levels), "notes": notes})
    return 0


def save_results(prefix: str, args: argparse.Namespace, t_start: float,
                 load_before: tuple[float, float, float], environment: dict[str, Any],
                 body: dict[str, Any]) -> Path:
    """Write a run's figures as JSON under bench/results/ (or --out) and say where."""
    out = args.out or ROOT / "bench" / "results" / (
        f"{prefix}-" + dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + ".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "environment": {
            "cpus": os.cpu_count(), "python": platform.python_version(),
            "loadavg_before": load_before, "loadavg_after": os.getloadavg(),
            "started": dt.datetime.fromtimestamp(t_start, dt.timezone.utc).isoformat(),
            "duration_s": round(time.time() - t_start, 1), **environment,
        },
        **body,
    }, indent=2))
    print(f"\nresults: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return out


def print_report(summaries: list[Summary], levels: list[int], notes: list[str]) -> None:
    print("Latencies in ms. Direct rows: the upstream's own latency (the baseline). Gateway rows "
          "(+): the gateway's\npercentile minus the direct one at the same concurrency. "
          "Non-stream and stream requests are reported\napart (their latencies differ, so a mixed "
          "median is unstable). ttft = first SSE data line with content.\nRSS = peak over the "
          "process tree (all workers); cpu = CPU time of that tree per request.")
    print(table(summaries, levels))
    print(ratios(summaries, levels)[0])
    for s in summaries:
        if s.error_examples:
            print(f"errors {s.target}@{s.concurrency}: {s.error_examples}")
    for note in notes:
        print("NOTE: " + note)


def report_file(path: Path) -> int:
    """Re-print an earlier run (added latencies recomputed from its absolute percentiles)."""
    data = json.loads(path.read_text())
    summaries = [Summary(**row) for row in data["summaries"]]
    levels = sorted({s.concurrency for s in summaries})
    for s in summaries:
        direct = next((d for d in summaries
                       if d.concurrency == s.concurrency and d.target == "direct"), None)
        if direct is not None:
            s.added_total_ms = _diff(s.total_ms, direct.total_ms)
            s.added_nonstream_ms = _diff(s.nonstream_total_ms, direct.nonstream_total_ms)
            s.added_stream_ms = _diff(s.stream_total_ms, direct.stream_total_ms)
            s.added_ttft_ms = _diff(s.ttft_ms, direct.ttft_ms)
    env = data.get("environment", {})
    print(f"{path}: started {env.get('started')}, {env.get('duration_s')} s, "
          f"load {env.get('loadavg_before')} -> {env.get('loadavg_after')}")
    print_report(summaries, levels, data.get("notes", []))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
