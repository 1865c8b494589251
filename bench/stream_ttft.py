"""Time to first token and to the last token of a stream: directly from a paced upstream, and
through Candor with five configurations, side by side in one run.

    PYTHONPATH=. python bench/stream_ttft.py [--requests 40] [--chunk-delay-ms 25] \
        [--split tokens|words]

The upstream (bench/fast_upstream.py's server) sends its answer in content chunks
``--chunk-delay-ms`` apart, as a real model does (20-40 ms per token). ``--split tokens`` (the
default) cuts it as a BPE tokenizer does: a word carries its *leading* space (``"Subject"``,
``":"``, ``" Your"``), so every chunk ends in an unfinished word and a hold-back of the last word
shows. ``--split words`` sends ``--chunks`` pieces of whole words with a trailing space (the
upstream's own split).

Each target gets one keep-alive client with TCP_NODELAY and the targets are measured in
interleaved rounds: with a new connection per request, or Nagle's algorithm holding the request
body for the server's delayed ACK (40 ms), the noise was larger than what is measured, and a
machine shared with other jobs drifts between blocks of sequential runs.

Candor runs with PII, marking and audit on: with the policy engine off (what PII restore and
marking alone cost); with a policy whose output rules only flag (tokens flow as they arrive);
the same with the PII output scan leaving e-mail out (see docs/pii.md: with e-mail scanned, a
word at the end of a chunk waits for the next chunk, it may still meet an ``@``; that scan
rewrites, so the hold is allowed); the same with no output rule that can change the text at all
(``output_action: keep``: every chunk should leave as it arrives, and the added TTFT is the
gateway's own path: input stages, the audit's ``stream_opened`` commit, which runs while the
upstream is asked, and relaying); and with the shipped default policy (its manipulation rule
revises and its ghost-writing rule rewrites, so output is checked a sentence at a time before it
leaves). Requests are sequential, so what is measured is the latency a reader sees, not
throughput. Added TTFT = gateway TTFT - direct TTFT (medians; the p25-p75 column is the spread).
``sent / received``: content chunks the upstream sent and content deltas the client got (median):
equal when nothing is held (a chunk of only whitespace rides with the next one: the mark goes
before trailing whitespace; the last delta carries the invisible mark alone), fewer when text
waits for the next chunk or a sentence end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness import free_port, start_gateway, stop, wait_http

FLAG_ONLY = """
policy: default
manipulation: {action: flag, input_action: flag}
sensitive_topics: {health: {action: flag}}
custom_rules:
  - {id: watch-word, pattern: 'unbeatable', where: output, action: flag}
"""
# the same, with the PII output scan left without e-mail: a word at the end of a chunk can no
# longer grow into anything that is masked, so nothing waits for the next chunk
FLAG_ONLY_NO_EMAIL = FLAG_ONLY + """pii:
  output_entities: [PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS]
"""
# no output rule that can change the text: flag-only checks and the PII output scan keeping what
# the model writes (placeholders of the request are still restored, its only hold is a started
# placeholder); every chunk should leave as it arrives
FLAG_ONLY_NO_REWRITE = FLAG_ONLY + """pii:
  output_action: keep
"""
PROMPT = [{"role": "user", "content": "Write a win-back email for Maria Lopez, maria@example.com"}]
# a word with its leading space, a run of punctuation, or line breaks: roughly how BPE
# tokenizers cut English text
_TOKEN = re.compile(r" ?[A-Za-z]+| ?\d+| ?[^\sA-Za-z\d]+|\s+")


def token_split(text: str) -> list[str]:
    pieces = _TOKEN.findall(text)
    assert "".join(pieces) == text
    return pieces


def upstream_pieces(split: str, chunks: int, answer: str | None = None) -> list[str]:
    """The content chunks the paced upstream sends, in order."""
    sys.path.insert(0, str(ROOT / "bench"))
    import fast_upstream

    text = fast_upstream.ANSWER if answer is None else answer
    return token_split(text) if split == "tokens" else fast_upstream.split_answer(text, chunks)


def serve_upstream(port: int, delay_ms: float, split: str, chunks: int,
                   answer: str | None = None) -> None:
    """The paced upstream (fast_upstream's server), optionally with BPE-like chunks and another
    answer (tests use it as an upstream that cuts words the way a tokenizer does)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import fast_upstream

    if answer is not None:
        fast_upstream.ANSWER = answer
    upstream = fast_upstream.Upstream(5.0, chunks, delay_ms)
    upstream.pieces = upstream_pieces(split, chunks)
    asyncio.run(fast_upstream.serve("127.0.0.1", port, upstream))


def client() -> httpx.Client:
    nodelay = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    return httpx.Client(transport=httpx.HTTPTransport(socket_options=nodelay), timeout=60)


def one(http: httpx.Client, url: str, key: str | None) -> tuple[float, float, int, str]:
    """(TTFT, total, content deltas, first delta's text) of one streamed request, in seconds."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    t0 = time.perf_counter()
    first = None
    deltas = 0
    head = ""
    with http.stream("POST", url, headers=headers,
                     json={"model": "bench" if key else "gpt-4o-mini", "messages": PROMPT,
                           "stream": True}) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if line.startswith("data: {") and '"content":"' in line.replace(" ", "") \
                    and '"content":""' not in line.replace(" ", ""):
                deltas += 1
                if first is None:
                    first = time.perf_counter() - t0
                    head = json.loads(line[6:])["choices"][0]["delta"]["content"]
    return first or float("nan"), time.perf_counter() - t0, deltas, head


def measure(targets: dict[str, tuple[str, str | None]], n: int) -> dict[str, dict[str, Any]]:
    clients = {name: client() for name in targets}
    runs: dict[str, list[tuple[float, float, int, str]]] = {name: [] for name in targets}
    names = list(targets)
    try:
        for i in range(n + 3):  # 3 warm-up rounds: connections, caches
            for name in names[i % len(names):] + names[:i % len(names)]:
                url, key = targets[name]
                r = one(clients[name], url, key)
                if i >= 3:
                    runs[name].append(r)
    finally:
        for c in clients.values():
            c.close()
    def quartiles(values: list[float]) -> tuple[float, float]:
        q = statistics.quantiles(values, n=4)
        return q[0] * 1000, q[2] * 1000

    return {name: {"ttft_ms": statistics.median(r[0] for r in rs) * 1000,
                   "ttft_p25": quartiles([r[0] for r in rs])[0],
                   "ttft_p75": quartiles([r[0] for r in rs])[1],
                   "total_ms": statistics.median(r[1] for r in rs) * 1000,
                   "deltas": statistics.median(r[2] for r in rs),
                   "first": statistics.mode(r[3] for r in rs)} for name, rs in runs.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--chunk-delay-ms", type=float, default=25.0)
    ap.add_argument("--split", choices=("tokens", "words"), default="tokens")
    ap.add_argument("--chunks", type=int, default=60, help="pieces with --split words")
    ap.add_argument("--serve-upstream", type=int, metavar="PORT",
                    help="only serve the paced upstream on PORT")
    ap.add_argument("--answer", help="with --serve-upstream: the answer to send")
    args = ap.parse_args()
    if args.serve_upstream:
        serve_upstream(args.serve_upstream, args.chunk_delay_ms, args.split, args.chunks,
                       args.answer)
        return

    tmp = Path(tempfile.mkdtemp(prefix="candor-ttft-"))
    port = free_port()
    log = tmp / "upstream.log"
    upstream = subprocess.Popen(
        [sys.executable, __file__, "--serve-upstream", str(port), "--split", args.split,
         "--chunks", str(args.chunks), "--chunk-delay-ms", str(args.chunk_delay_ms)],
        stdout=log.open("wb"), stderr=subprocess.STDOUT)
    wait_http(f"http://127.0.0.1:{port}/v1/models", upstream, log)
    models = {"bench": {"model": "openai/gpt-4o-mini", "api_base": f"http://127.0.0.1:{port}/v1",
                        "api_key_env": "BENCH_KEY", "timeout": 60}}
    flag_dir = tmp / "flag-policies"
    flag_dir.mkdir()
    (flag_dir / "default.yaml").write_text(FLAG_ONLY.lstrip())
    no_email_dir = tmp / "flag-no-email-policies"
    no_email_dir.mkdir()
    (no_email_dir / "default.yaml").write_text(FLAG_ONLY_NO_EMAIL.lstrip())
    no_rewrite_dir = tmp / "flag-no-rewrite-policies"
    no_rewrite_dir.mkdir()
    (no_rewrite_dir / "default.yaml").write_text(FLAG_ONLY_NO_REWRITE.lstrip())
    gateways = {
        "candor, policies off": start_gateway(
            tmp / "gw-off", models, env={"BENCH_KEY": "sk-bench"},
            settings={"policies_enabled": False}),
        "candor, flag-only policy": start_gateway(
            tmp / "gw-flag", models, env={"BENCH_KEY": "sk-bench"},
            settings={"policies_dir": str(flag_dir)}),
        "candor, flag-only, no e-mail scan": start_gateway(
            tmp / "gw-flag-no-email", models, env={"BENCH_KEY": "sk-bench"},
            settings={"policies_dir": str(no_email_dir)}),
        "candor, flag-only, no rewriting rule": start_gateway(
            tmp / "gw-flag-no-rewrite", models, env={"BENCH_KEY": "sk-bench"},
            settings={"policies_dir": str(no_rewrite_dir)}),
        "candor, shipped default policy": start_gateway(
            tmp / "gw-default", models, env={"BENCH_KEY": "sk-bench"}),
    }
    try:
        targets: dict[str, tuple[str, str | None]] = {
            "direct (upstream)": (f"http://127.0.0.1:{port}/v1/chat/completions", None)}
        for name, gw in gateways.items():
            targets[name] = (f"{gw.v1}/chat/completions", gw.keys["app"])
        rows = measure(targets, args.requests)
    finally:
        for gw in gateways.values():
            gw.stop()
        stop(upstream)
    base = rows["direct (upstream)"]
    sent = len(upstream_pieces(args.split, args.chunks))
    print(f"stream split by {args.split}, chunks {args.chunk_delay_ms:g} ms apart, "
          f"{args.requests} interleaved rounds, medians; p25-p75: the TTFT spread")
    print(f"{'target':38} {'TTFT ms':>8} {'p25-p75':>13} {'added':>7} {'total ms':>9} "
          f"{'added':>7} {'sent/received':>14}  first delta (what the first chunk waited for)")
    for name, r in rows.items():
        spread = f"{r['ttft_p25']:.1f}-{r['ttft_p75']:.1f}"
        counts = f"{sent} / {r['deltas']:.0f}"
        print(f"{name:38} {r['ttft_ms']:8.1f} {spread:>13} {r['ttft_ms'] - base['ttft_ms']:7.1f} "
              f"{r['total_ms']:9.1f} {r['total_ms'] - base['total_ms']:7.1f} {counts:>14}  "
              f"{r['first'][:40]!r}")


if __name__ == "__main__":
    main()
