"""Console list pages on a big log: p50/p95 of each page, next to the auditor JSON API it wraps.

    PYTHONPATH=. python bench/console_list.py                 # 100k generations, 20 runs a page
    PYTHONPATH=. python bench/console_list.py --records 20000 --runs 10

The store is filled the way the writer leaves it: every record is a realistic generation record
(prompt, output, findings, PII counts, people, campaigns over 30 days) as RFC 8785 bytes with
its seq, its leaf hash, the completed Merkle nodes and the tree state, in large transactions;
then the real indexer builds the query index from the log (what ``candor audit reindex`` does),
and the count is checked against the tree and the index. A real gateway (one worker) then
serves it, and each page is fetched over HTTP with a signed-in session. Every console view
(like every API call) first appends its own ``audit.query`` event, a durable commit, so the
numbers include that write. Target: every page under 300 ms at p95.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import func, select, text

from gateway.api.audit_routes import make_cursor
from gateway.audit import merkle
from gateway.audit.canonical import canonical
from gateway.audit.entries import columns_for, iso
from gateway.audit.store import INDEX, AuditStore
from gateway.ids import uuid7_hex
from tests.harness import start_gateway

DAY = 86400.0
APPS = [f"app-{i}" for i in range(20)]
CAMPAIGNS = [f"campaign-{i}" for i in range(60)]
PEOPLE = ["Dana Whitfield", "Sam Ortiz"] + [f"Person {i}" for i in range(8)]
FINDINGS = [("manipulation", "false_urgency", "flag"), ("manipulation", "fake_scarcity", "revise"),
            ("sensitive_topics", "health", "flag"), ("sensitive_topics", "financial_hardship",
                                                     "review"),
            ("ghostwriting", "principal_needs_approval", "review"),
            ("pii", "personal_data_leak", "block"), ("policy", "banned_phrase", "block")]
STATUSES = ["ok"] * 90 + ["blocked"] * 5 + ["upstream_error"] * 3 + ["aborted", "rejected"]
PII = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "IBAN_CODE"]


def fake_record(rng: random.Random, ts: float, seq: int) -> dict[str, Any]:
    status = rng.choice(STATUSES)
    findings = []
    for _ in range(rng.choice([0] * 8 + [1, 2])):
        check, cat, action = rng.choice(FINDINGS)
        if status == "blocked":
            action = "block"
        findings.append({"check": check, "category": cat, "severity": "medium",
                         "message": f"{cat.replace('_', ' ')} detected", "action": action,
                         "rule_id": f"{check}.{cat}", "span": [10, 40], "where": "output",
                         "enforced": True})
    entities = {t: rng.randint(1, 3) for t in rng.sample(PII, rng.randint(0, 3))}
    body = ("Hi <PERSON_1>, spring is here and so is our sale: 20% off everything in the "
            "garden range until Sunday. Reply to <EMAIL_ADDRESS_1> with questions. " * 3)
    return {
        "v": 1, "kind": "generation", "generation_id": "chatcmpl-" + uuid7_hex(),
        "request_id": uuid7_hex(), "ts": ts, "received_at": iso(ts),
        "first_token_at": iso(ts + 0.3), "completed_at": iso(ts + 1.1),
        "latency_ms": {"total": 1100.0, "first_token": 300.0},
        "app": rng.choice(APPS), "key_id": f"k{rng.randrange(40):02d}",
        "user": "u:" + hashlib.sha256(str(rng.randrange(5000)).encode()).hexdigest()[:62],
        "recipient_hash": hashlib.sha256(str(rng.randrange(50000)).encode()).hexdigest(),
        "on_behalf_of": rng.choice(PEOPLE) if rng.random() < 0.15 else None,
        "consent": [], "channel": rng.choice(["email", "sms", "push", "linkedin"]),
        "campaign": rng.choice(CAMPAIGNS), "endpoint": "chat.completions",
        "stream": rng.random() < 0.5, "model": "gpt-4o-mini", "resolved_model": "gpt-4o-mini",
        "provider": "openai", "upstream_model": "openai/gpt-4o-mini",
        "prompt": {"model": "gpt-4o-mini", "messages": [
            {"role": "system", "content": "You write friendly marketing copy for Acme."},
            {"role": "user", "content": "Write a spring sale email for <PERSON_1> "
                                        f"(variant {seq}); they bought garden tools."}]},
        "output": [] if status in ("blocked", "rejected") else
        [{"choice": 0, "kind": "content", "tool_index": None, "text": body}],
        "finish_reasons": ["stop"], "usage": {"prompt_tokens": 60, "completion_tokens": 120,
                                              "total_tokens": 180},
        "cost_usd": 0.0000810, "status": status,
        "http_status": {"ok": 200, "blocked": 400, "upstream_error": 502, "aborted": 499,
                        "rejected": 400}[status],
        "error": None, "findings": findings,
        "actions": sorted({f["rule_id"] for f in findings}),
        "policy": {"name": "default", "version": "0" * 64, "mode": "enforce"},
        "pii": {"entities": entities, "restored": sum(entities.values()),
                "pseudonymized": entities, "redacted": {}},
        "mark": {"mark_id": uuid7_hex()[:16], "mode": "compact", "fingerprint": None,
                 "reason": None},
        "escalation": None, "seq": seq,
    }


COLS: list[str] = []


async def fill(db: Path, n: int) -> AuditStore:
    """Log rows, Merkle nodes and tree state as the writer's transactions leave them."""
    global COLS
    store = AuditStore(f"sqlite+aiosqlite:///{db}", sqlite_wal_prealloc_mb=0)
    await store.ensure_ready()
    rng = random.Random(17)
    frontier = merkle.Frontier()
    t_start = time.time() - 30 * DAY
    t0 = time.perf_counter()
    chunk = 10000
    conn = await store.writer_engine.connect()
    driver = (await conn.get_raw_connection()).driver_connection
    for start in range(0, n, chunk):
        entries, nodes = [], []
        for seq in range(start, min(n, start + chunk)):
            rec = fake_record(rng, t_start + 30 * DAY * seq / n, seq)
            data = canonical(rec)  # the leaf bytes the verifier recomputes
            lh = merkle.leaf_hash(data)
            nodes += frontier.append(lh)
            cols = columns_for(rec)
            COLS = COLS or ["seq", *cols, "record", "leaf_hash"]
            entries.append((seq, *cols.values(), data.decode(), lh))
        marks = ",".join("?" * len(COLS))
        await driver.execute("BEGIN IMMEDIATE")
        await driver.executemany(
            f"INSERT INTO audit_entries ({','.join(COLS)}) VALUES ({marks})", entries)
        await driver.executemany("INSERT INTO audit_nodes VALUES (?,?,?)", nodes)
        await driver.commit()
        print(f"  filled {start + len(entries):>8,} ({time.perf_counter() - t0:5.1f}s)",
              end="\r", flush=True)
    print()
    async with store.writer_engine.begin() as c:
        await c.execute(text("UPDATE audit_tree SET size = :s, frontier = :f, root = :r, "
                             "updated_at = :t"),
                        {"s": frontier.size, "f": json.dumps(frontier.dump()),
                         "r": frontier.root(), "t": time.time()})
    await conn.close()
    t1 = time.perf_counter()
    await store.sync_index()  # the real indexer, from the log
    print(f"  indexed {n:,} entries in {time.perf_counter() - t1:.1f}s")
    size, _ = await store.tree_head()
    indexed = (await store._rows(select(func.count()).select_from(INDEX)
                                 .where(INDEX.c.kind == "generation")))[0][0]
    assert size == n and indexed == n, (size, indexed)
    print(f"  verified: tree size {size:,}, index rows {indexed:,}")
    async with store.reader_engine.begin() as c:
        await c.execute(text("ANALYZE"))
        await c.execute(text("ANALYZE ix"))
    return store


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def timed(client: httpx.Client, url: str, runs: int, headers: dict[str, str] | None = None
          ) -> tuple[float, float, int]:
    times = []
    status = 0
    for _ in range(runs):
        t = time.perf_counter()
        r = client.get(url, headers=headers)
        times.append((time.perf_counter() - t) * 1000)
        status = r.status_code
        assert status == 200, (url, status, r.text[:300])
    return statistics.median(times), pct(times, 95), status


def sign_in(base: str, key: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/console/login").text)
    r = client.post("/console/login", data={"csrf": token.group(1), "key": key},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return client


async def deep_cursor(store: AuditStore, offset: int) -> str:
    row = (await store._rows(select(INDEX.c.at, INDEX.c.seq).where(INDEX.c.kind == "generation")
                             .order_by(INDEX.c.at.desc(), INDEX.c.seq.desc())
                             .offset(offset).limit(1)))[0]
    return make_cursor(row.at, row.seq)


async def prepare(home: Path, records: int) -> tuple[str, Any]:
    print(f"filling {records:,} generations into {home}/data/audit.db")
    store = await fill(home / "data" / "audit.db", records)
    cursor = await deep_cursor(store, records // 2)
    some = (await store._rows(select(INDEX.c.entry_id, INDEX.c.recipient_hash)
                              .where(INDEX.c.seq == records // 3)))[0]
    await store.close()
    return cursor, some


def screenshots(base: str, key: str, directory: Path, generation: str) -> None:
    """Pages of the big store for the docs (Playwright on the system chromium)."""
    from playwright.sync_api import sync_playwright

    directory.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        page = browser.new_page(base_url=base, viewport={"width": 1400, "height": 900})
        page.goto("/console/login")
        page.fill("#key", key)
        page.click("button[type=submit]")
        page.wait_for_load_state()
        for name, url in (("charts", "/console/charts"), ("log", "/console/log"),
                          ("generation", f"/console/generations/{generation}")):
            page.goto(url)
            page.screenshot(path=str(directory / f"bench-{name}.png"), full_page=True)
        browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--screenshots", type=Path, help="save pages of the big store here")
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="candor-console-bench-"))
    cursor, some = asyncio.run(prepare(home, args.records))

    gw = start_gateway(home, {"echo": {"model": "candor/echo"}},
                       keys={"auditor": ("audit-team", ["audit"], "default")})
    try:
        console = sign_in(gw.base_url, gw.keys["auditor"])
        api = httpx.Client(base_url=gw.base_url, timeout=60,
                           headers={"Authorization": f"Bearer {gw.keys['auditor']}"})
        cases = [
            ("first page", {}),
            ("app", {"app": "app-7"}),
            ("status=blocked", {"status": "blocked"}),
            ("rule (finding category)", {"rule": "false_urgency"}),
            ("campaign + last 7 days", {"campaign": "campaign-3", "from": "7d"}),
            ("principal", {"principal": "Dana Whitfield"}),
            ("channel=sms", {"channel": "sms"}),
            ("recipient hash", {"recipient_hash": some.recipient_hash}),
            (f"deep page (cursor at {args.records // 2:,})", {"cursor": cursor}),
        ]
        api_names = {"rule": "finding", "principal": "on_behalf_of"}
        rows = []
        for name, params in cases:
            c50, c95, _ = timed(console, "/console/log?" + urlencode(params), args.runs)
            q = {api_names.get(k, k): v for k, v in params.items() if k != "recipient_hash"}
            a50 = a95 = None
            if "recipient_hash" not in params:
                a50, a95, _ = timed(api, "/audit/v1/generations?" + urlencode(q), args.runs)
            rows.append((name, c50, c95, a50, a95))
        t = time.perf_counter()
        assert console.get("/console/charts").status_code == 200
        cold = (time.perf_counter() - t) * 1000  # builds this worker's per-day counts
        for name, url, peer in [
            ("charts (30 days)", "/console/charts", "/audit/v1/stats?group_by=day,status"),
            ("charts, one app", "/console/charts?from=30d&app=app-7",
             "/audit/v1/stats?group_by=day,status&app=app-7"),
            ("charts, one campaign (grouped live)", "/console/charts?from=30d&campaign=campaign-3",
             "/audit/v1/stats?group_by=day,status&campaign=campaign-3"),
            ("people", "/console/people", "/audit/v1/stats?group_by=on_behalf_of"),
            ("person feed", "/console/people/" + quote("Dana Whitfield"),
             "/audit/v1/people/" + quote("Dana Whitfield") + "/generations"),
            ("generation + proof", f"/console/generations/{some.entry_id}",
             f"/audit/v1/generations/{some.entry_id}"),
        ]:
            c50, c95, _ = timed(console, url, args.runs)
            a50, a95, _ = timed(api, peer, args.runs)
            rows.append((name, c50, c95, a50, a95))
        if args.screenshots:
            screenshots(gw.base_url, gw.keys["auditor"], args.screenshots, some.entry_id)
    finally:
        gw.stop()
        shutil.rmtree(home, ignore_errors=True)

    def f(v: float | None) -> str:
        return f"{v:8.1f}" if v is not None else "       -"

    print(f"\n{args.records:,} generations, {args.runs} runs a page, one worker, SQLite")
    print(f"{'page':<34} {'console p50':>11} {'p95':>8}   {'JSON API p50':>12} {'p95':>8}  (ms)")
    for name, c50, c95, a50, a95 in rows:
        flag = "" if c95 < 300 else "  <-- over 300 ms"
        print(f"{name:<34} {f(c50):>11} {f(c95):>8}   {f(a50):>12} {f(a95):>8}{flag}")
    print(f"first charts view after the start (builds the per-day counts): {cold:.0f} ms")


if __name__ == "__main__":
    main()
