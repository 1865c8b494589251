"""The audit log against real gateway processes, on SQLite and on PostgreSQL.

Covers: a record per allowed / blocked-upstream / aborted request, nothing raw in the store, the
auditor API (403 for app keys, filters, paging, proofs checked offline with only the public key,
consistency, export, stats, people feed, queries logged), fail-closed 503, spool + replay, two
workers writing one gap-free log, tamper detection, and the CLI.
"""

from __future__ import annotations

import asyncio
import base64
import csv
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator

import httpx
import openai
import pytest
from sqlalchemy import text

from gateway.audit.entries import event_record
from gateway.audit.service import AuditLog
from gateway.audit.store import AuditStore
from gateway.audit.verify import verify_store
from gateway.audit.verify_offline import verify_consistency, verify_note, verify_record
from gateway.settings import Settings
from tests.conftest import PROVIDER_KEY, need_service
from tests.harness import ROOT, Gateway, Llmock, free_port, mock_models, start_gateway, start_llmock

PG_BASE = os.environ.get("CANDOR_TEST_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
RAW_RECIPIENT = "recipient-raw-7d41c0"


_LOOP = asyncio.new_event_loop()  # one loop for the module: pooled connections stay on it


def run(coro: Any) -> Any:
    return _LOOP.run_until_complete(coro)


def _pg_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def pg_schemas() -> Iterator[list[str]]:
    """PostgreSQL schemas made by this module's tests, dropped at the end."""
    made: list[str] = []
    yield made
    if made and _pg_reachable():
        async def drop() -> None:
            store = AuditStore(PG_BASE)
            async with store.writer_engine.begin() as conn:
                for schema in made:
                    await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            await store.close()
        run(drop())


def backend_settings(backend: str, schemas: list[str]) -> dict[str, Any]:
    if backend == "sqlite":
        return {}
    if not _pg_reachable():
        need_service("PostgreSQL")
    schema = f"candor_audit_{uuid.uuid4().hex[:10]}"
    schemas.append(schema)
    return {"audit_url": PG_BASE, "audit_schema": schema}


def store_for(gw_settings: dict[str, Any], home: Path) -> AuditStore:
    url = gw_settings.get("audit_url") or f"sqlite+aiosqlite:///{home / 'data' / 'audit.db'}"
    return AuditStore(url, gw_settings.get("audit_schema"))


async def all_records(store: AuditStore) -> list[tuple[int, str, str]]:
    async with store.reader_engine.connect() as conn:
        rows = await conn.execute(text("SELECT seq, kind, record FROM audit_entries ORDER BY seq"))
        return [(r.seq, r.kind, r.record) for r in rows]


def client(gw: Gateway, key: str = "app") -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)


def auditor(gw: Gateway, key: str = "auditor") -> httpx.Client:
    return httpx.Client(base_url=gw.base_url, timeout=30,
                        headers={"Authorization": f"Bearer {gw.keys[key]}"})


@pytest.fixture(scope="module")
def slow_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Llmock]:
    mock = start_llmock(tmp_path_factory.mktemp("llmock-slow"), "--stream-chunk-delay-ms", "150")
    yield mock
    mock.proc.terminate()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def audited(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
            llmock: Llmock, slow_mock: Llmock, pg_schemas: list[str]
            ) -> Iterator[tuple[Gateway, dict[str, Any]]]:
    settings = backend_settings(request.param, pg_schemas)
    models = mock_models(llmock)
    models["slow"] = {**models["mock"], "api_base": f"{slow_mock.base_url}/v1"}
    home = tmp_path_factory.mktemp(f"audit-{request.param}")
    gw = start_gateway(home, models, env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings={**settings, "audit_checkpoint_interval": 0.2})
    yield gw, settings
    gw.stop()


def _abort_stream(gw: Gateway) -> str:
    """Open a slow stream, read two chunks and hang up; return its generation id."""
    stream = client(gw).chat.completions.with_raw_response.create(
        model="slow", stream=True, max_tokens=400,
        messages=[{"role": "user", "content": "Write a long essay about spring flowers."}])
    gen_id = stream.headers["x-candor-generation-id"]
    it = iter(stream.parse())
    next(it)
    next(it)
    stream.http_response.close()
    return gen_id


def test_records_api_and_offline_proof(audited: tuple[Gateway, dict[str, Any]],
                                       slow_mock: Llmock) -> None:
    gw, settings = audited
    # A long answer in many short sentences: the policy output check releases sentence by
    # sentence, so the client sees chunks long before the (150 ms per chunk) upstream is done.
    slow_mock.reset()
    slow_mock.scenario({"type": "reply", "text": " ".join(["Spring is here."] * 40)})
    ok = client(gw).chat.completions.create(
        model="echo", messages=[{"role": "user", "content": "Spring sale subject line"}],
        user="crm-user-0042", metadata={"recipient_id": RAW_RECIPIENT, "on_behalf_of": "Sam Ortiz",
                               "campaign": "spring", "channel": "email"})
    with pytest.raises(openai.APIError):
        client(gw).chat.completions.create(model="dead",
                                           messages=[{"role": "user", "content": "hi"}])
    aborted_id = _abort_stream(gw)
    streamed = client(gw).chat.completions.create(
        model="echo", stream=True, messages=[{"role": "user", "content": "one two three"}])
    stream_id = [c.id for c in streamed][-1]

    with auditor(gw) as a:
        # app keys may not read the log
        r = httpx.get(f"{gw.base_url}/audit/v1/generations",
                      headers={"Authorization": f"Bearer {gw.keys['app']}"})
        assert r.status_code == 403
        deadline = time.time() + 10
        while True:  # the aborted stream's record lands when the gateway notices the hang-up
            page = a.get("/audit/v1/generations", params={"limit": 50}).json()
            by_id = {rec["generation_id"]: rec for rec in page["data"]}
            if aborted_id in by_id or time.time() > deadline:
                break
            time.sleep(0.2)
        rec = by_id[ok.id]
        assert rec["status"] == "ok" and rec["app"] == "marketing-app"
        assert rec["on_behalf_of"] == "Sam Ortiz" and rec["campaign"] == "spring"
        assert rec["recipient_hash"] and rec["recipient_hash"] != RAW_RECIPIENT
        assert rec["user"] and rec["user"] != "crm-user-0042" and "crm-user-0042" not in str(rec)
        assert rec["prompt"]["messages"][0]["content"] == "Spring sale subject line"
        assert "Spring sale subject line" in rec["output"][0]["text"]
        assert rec["usage"]["total_tokens"] > 0 and rec["cost_usd"] == 0.0
        assert rec["provider"] == "candor" and rec["key_id"]
        failed = [r for r in page["data"] if r["model"] == "dead"]
        assert failed and failed[0]["status"] == "upstream_error" and failed[0]["http_status"] >= 500
        assert by_id[aborted_id]["status"] == "aborted" and by_id[aborted_id]["stream"] is True
        assert by_id[stream_id]["status"] == "ok" and by_id[stream_id]["finish_reasons"] == ["stop"]
        times = [(r["ts"], r["seq"]) for r in page["data"]]
        assert times == sorted(times, reverse=True)  # newest first

        # filters: recipient is hashed on the way in; findings; paging by cursor
        by_recipient = a.get("/audit/v1/generations", params={"recipient": RAW_RECIPIENT}).json()
        assert [r["generation_id"] for r in by_recipient["data"]] == [ok.id]
        assert a.get("/audit/v1/generations", params={"status": "aborted"}).json()["data"][0][
            "generation_id"] == aborted_id
        assert a.get("/audit/v1/generations", params={"finding": "nope"}).json()["data"] == []
        first = a.get("/audit/v1/generations", params={"limit": 2}).json()
        second = a.get("/audit/v1/generations",
                       params={"limit": 2, "cursor": first["next_cursor"]}).json()
        assert max(r["ts"] for r in second["data"]) <= min(r["ts"] for r in first["data"])
        assert not {r["seq"] for r in second["data"]} & {r["seq"] for r in first["data"]}
        people = a.get("/audit/v1/people/Sam Ortiz/generations").json()
        assert [r["generation_id"] for r in people["data"]] == [ok.id]

        # one record + inclusion proof, checked with nothing but the public key
        proof = a.get(f"/audit/v1/generations/{ok.id}").json()
        pem = a.get("/audit/v1/public-key").json()["pem"]
        assert verify_record(proof, pem)["seq"] == rec["seq"]
        forged = json.loads(json.dumps(proof))
        forged["record"]["campaign"] = "autumn"
        with pytest.raises(Exception):
            verify_record(forged, pem)

        # consistency between the record's checkpoint and a later one
        old = proof["checkpoint"]
        client(gw).chat.completions.create(model="echo",
                                           messages=[{"role": "user", "content": "later"}])
        latest = a.get("/audit/v1/checkpoint").json()["checkpoint"]
        _, size2, root2 = verify_note(latest["note"], pem)
        _, size1, root1 = verify_note(old["note"], pem)
        cons = a.get("/audit/v1/consistency", params={"first": size1, "second": size2}).json()
        verify_consistency(size1, size2, root1, root2,
                           [base64.b64decode(h) for h in cons["hashes"]])

        # exports stream JSONL and CSV; stats; every query above was logged as an event
        jl = a.get("/audit/v1/export", params={"format": "jsonl", "campaign": "spring"})
        assert [json.loads(line)["generation_id"] for line in jl.text.splitlines()] == [ok.id]
        rows = list(csv.DictReader(io.StringIO(a.get("/audit/v1/export",
                                                      params={"format": "csv"}).text)))
        assert {r["generation_id"] for r in rows} >= {ok.id, aborted_id}
        stats = a.get("/audit/v1/stats", params={"group_by": "app,status"}).json()["data"]
        assert {(s["app"], s["status"]) for s in stats} >= {("marketing-app", "ok"),
                                                            ("marketing-app", "aborted")}
        events = a.get("/audit/v1/events", params={"type": "audit.query", "limit": 500}).json()
        paths = [e["data"]["path"] for e in events["data"]]
        assert "/audit/v1/export" in paths and "/audit/v1/stats" in paths
        logged = [e for e in events["data"] if e["data"].get("filters", {}).get("recipient_hash")]
        assert logged and logged[0]["actor"]["app"] == "audit-team"

    # nothing raw in the store: no provider key, no raw recipient id, no API key secret
    store = store_for(settings, gw.home)
    dump = "\n".join(r for _, _, r in run(all_records(store)))
    run(store.close())
    assert PROVIDER_KEY not in dump and RAW_RECIPIENT not in dump
    for secret in gw.keys.values():
        # ck_<id>_<secret>: the secret part (which may itself contain "_") must never be stored
        assert secret not in dump and secret.split("_", 2)[2] not in dump

    # the CLI reads the same store
    env = {**os.environ, "CANDOR_CONFIG": str(gw.home / "candor.yaml"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "gateway", "audit", "query", "--json",
                          "--campaign", "spring"], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["generation_id"] for line in out.stdout.splitlines()] == [ok.id]
    table = subprocess.run([sys.executable, "-m", "gateway", "audit", "stats", "--group-by",
                            "status"], capture_output=True, text=True, env=env, timeout=60)
    assert "aborted" in table.stdout and "COUNT" in table.stdout
    shown = subprocess.run([sys.executable, "-m", "gateway", "audit", "show", ok.id, "--json"],
                           capture_output=True, text=True, env=env, timeout=60)
    assert shown.returncode == 0, shown.stderr
    shown_json = json.loads(shown.stdout)
    assert verify_record(shown_json, shown_json["public_key"]["pem"])["generation_id"] == ok.id
    exported = subprocess.run([sys.executable, "-m", "gateway", "audit", "export", "--format",
                               "csv", "--status", "aborted"], capture_output=True, text=True,
                              env=env, timeout=60)
    assert [r["generation_id"] for r in csv.DictReader(io.StringIO(exported.stdout))] == [
        aborted_id]
    ver = subprocess.run([sys.executable, "-m", "gateway", "audit", "verify", "--json"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert ver.returncode == 0, ver.stdout + ver.stderr
    assert json.loads(ver.stdout)["ok"] is True


def test_fail_closed_when_store_unreachable(tmp_path: Path, llmock: Llmock) -> None:
    closed = free_port()
    gw = start_gateway(tmp_path, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings={"audit_url": f"postgresql+asyncpg://postgres@127.0.0.1:{closed}/x"})
    try:
        with pytest.raises(openai.InternalServerError) as exc:
            client(gw).chat.completions.create(model="echo",
                                               messages=[{"role": "user", "content": "hi"}])
        assert exc.value.status_code == 503
        assert exc.value.code == "audit_unavailable"
        assert "hi" not in exc.value.response.text  # no generated body released
        # a stream ends with an in-band error instead of its final chunks
        with pytest.raises(openai.APIError) as sexc:
            list(client(gw).chat.completions.create(
                model="echo", stream=True, messages=[{"role": "user", "content": "hi"}]))
        assert "audit log is unavailable" in str(sexc.value)
        r = auditor(gw).get("/audit/v1/generations")
        assert r.status_code == 503
    finally:
        gw.stop()


class Forwarder:
    """A TCP relay to PostgreSQL that can be switched on later: "the store comes back", and
    frozen (every byte held: a stalled server) and thawed."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock: socket.socket | None = None
        self.flowing = threading.Event()
        self.flowing.set()

    def freeze(self) -> None:
        self.flowing.clear()

    def thaw(self) -> None:
        self.flowing.set()

    def start(self) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", self.port))
        self.sock.listen(16)
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        assert self.sock is not None
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            u = socket.create_connection(("127.0.0.1", 5432))
            for a, b in ((c, u), (u, c)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                self.flowing.wait()
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        self.flowing.set()
        if self.sock is not None:
            self.sock.close()


@pytest.mark.parametrize("writer", ["auto", "process"])  # auto: in the worker, on PostgreSQL
def test_spool_and_replay(writer: str, tmp_path: Path, llmock: Llmock,
                          pg_schemas: list[str]) -> None:
    if not _pg_reachable():
        need_service("PostgreSQL")
    schema = f"candor_audit_{uuid.uuid4().hex[:10]}"
    pg_schemas.append(schema)
    relay = Forwarder(free_port())
    settings = {"audit_url": f"postgresql+asyncpg://postgres@127.0.0.1:{relay.port}/test",
                "audit_schema": schema, "audit_on_unavailable": "spool", "audit_writer": writer}
    gw = start_gateway(tmp_path, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings=settings)
    try:
        ids = [client(gw).chat.completions.create(
            model="echo", messages=[{"role": "user", "content": f"spooled {i}"}]).id
            for i in range(3)]
        spooled = list((tmp_path / "data" / "audit-spool").glob("*.jsonl"))
        assert spooled and sum(len(p.read_text().splitlines()) for p in spooled) == 3
        relay.start()  # the store is back: the writer replays within its retry interval
        store = AuditStore(PG_BASE, schema)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                got = [json.loads(r)["generation_id"] for _, _, r in run(all_records(store))]
            except Exception:  # noqa: BLE001 - tables appear once the gateway migrates
                got = []
            if set(ids) <= set(got):
                break
            time.sleep(0.3)
        assert got[:3] == ids
        assert run(verify_store(store, _public(tmp_path))).ok
        run(store.close())
    finally:
        gw.stop()
        relay.stop()


def _public(home: Path) -> bytes:
    from gateway.signing import load_or_create

    return load_or_create(home / "data" / "signing.key").public_bytes


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_workers_write_one_gap_free_log(backend: str, tmp_path: Path, llmock: Llmock,
                                            pg_schemas: list[str]) -> None:
    settings = backend_settings(backend, pg_schemas)
    gw = start_gateway(tmp_path, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings=settings, workers=2)
    n = 80
    shared = client(gw)
    try:
        def one(i: int) -> str:
            return shared.chat.completions.create(
                model="echo", messages=[{"role": "user", "content": f"m{i}"}]).id
        with ThreadPoolExecutor(16) as pool:
            ids = list(pool.map(one, range(n)))
    finally:
        gw.stop()  # SIGTERM: both workers flush and sign a final checkpoint
    store = store_for(settings, tmp_path)
    rows = run(all_records(store))
    assert [s for s, _, _ in rows] == list(range(len(rows)))
    assert {json.loads(r)["generation_id"] for _, k, r in rows if k == "generation"} == set(ids)
    report = run(verify_store(store, _public(tmp_path)))
    run(store.close())
    assert report.ok, report.to_dict()
    assert report.unsigned_tail == 0 and report.tree_size == len(rows)


# -- tampering, straight in the database ---------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path: Path, pg_schemas: list[str]
           ) -> Iterator[tuple[AuditLog, bytes]]:
    settings = Settings(data_dir=tmp_path, **backend_settings(request.param, pg_schemas))

    async def fill() -> AuditLog:
        log = AuditLog(settings)
        await log.start()
        await asyncio.gather(*[log.append(event_record("review.decision", f"gen-{i}",
                                                       {"app": "x"}, {"i": i}))
                               for i in range(20)])
        await log.stop()
        return AuditLog(settings)

    log = run(fill())
    yield log, log.key.public_bytes
    run(log.store.close())


async def _tamper(store: AuditStore, *sql: str, **params: Any) -> None:
    async with store.writer_engine.begin() as conn:
        for stmt in sql:
            await conn.execute(text(stmt), params)


def _problems(log: AuditLog, pub: bytes) -> set[tuple[str, int | None]]:
    report = run(verify_store(log.store, pub))
    return {(p.kind, p.seq) for p in report.problems}


def test_clean_log_verifies(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled
    report = run(verify_store(log.store, pub))
    assert report.ok and report.records == 20 and report.checkpoints_ok >= 1


def test_changed_record_is_caught(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled
    run(_tamper(log.store, "UPDATE audit_entries SET record = replace(record, :a, :b) "
                           "WHERE seq = 7", a='"i":7', b='"i":8'))
    assert ("changed", 7) in _problems(log, pub)


def test_changed_record_with_rewritten_hashes_is_caught(filled: tuple[AuditLog, bytes]) -> None:
    """A forger who also rewrites leaf hashes and tree state still fails the signed roots."""
    log, pub = filled
    import hashlib

    async def forge() -> None:
        async with log.store.writer_engine.begin() as conn:
            rec = (await conn.execute(text("SELECT record FROM audit_entries WHERE seq = 3"))
                   ).scalar_one()
            new = rec.replace('"i":3', '"i":9')
            lh = hashlib.sha256(b"\x00" + new.encode()).digest()
            await conn.execute(text("UPDATE audit_entries SET record = :r, leaf_hash = :h "
                                    "WHERE seq = 3"), {"r": new, "h": lh})
    run(forge())
    problems = _problems(log, pub)
    assert any(kind == "checkpoint" for kind, _ in problems)


def test_deleted_record_is_caught(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled
    run(_tamper(log.store, "DELETE FROM audit_entries WHERE seq = 5"))
    assert ("deleted", 5) in _problems(log, pub)


def test_deleted_and_renumbered_is_caught(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled
    run(_tamper(log.store, "DELETE FROM audit_entries WHERE seq = 12",
                *[f"UPDATE audit_entries SET seq = {s - 1} WHERE seq = {s}"
                  for s in range(13, 20)]))
    # (12 dropped, 13..19 moved down: the log looks gap-free)
    assert ("deleted", 12) in _problems(log, pub)


def test_reordered_records_are_caught(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled
    run(_tamper(log.store, "UPDATE audit_entries SET seq = 1000 WHERE seq = 4",
                "UPDATE audit_entries SET seq = 4 WHERE seq = 6",
                "UPDATE audit_entries SET seq = 6 WHERE seq = 1000"))
    problems = _problems(log, pub)
    assert {("reordered", 4), ("reordered", 6)} <= problems


def test_inserted_record_is_caught(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled

    async def insert_at(k: int) -> None:
        from gateway.audit.canonical import canonical
        from gateway.audit.merkle import leaf_hash

        async with log.store.writer_engine.begin() as conn:
            for s in range(19, k - 1, -1):
                await conn.execute(text(f"UPDATE audit_entries SET seq = {s + 1} "
                                        f"WHERE seq = {s}"))
            forged = event_record("review.decision", "gen-x", {"app": "x"}, {"i": "forged"})
            rec = {**forged.record, "seq": k}
            data = canonical(rec)
            await conn.execute(text(
                "INSERT INTO audit_entries (seq, entry_id, kind, event_type, generation_id, at, "
                "day, app, record, leaf_hash) VALUES (:seq, :eid, 'event', 'review.decision', "
                "'gen-x', :at, :day, 'x', :rec, :lh)"),
                {"seq": k, "eid": forged.entry_id, "at": rec["ts"],
                 "day": rec["at"][:10], "rec": data.decode(), "lh": leaf_hash(data)})
    run(insert_at(9))
    assert ("inserted", 9) in _problems(log, pub)


def test_tail_insert_beyond_tree_is_caught(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled

    async def append_row() -> None:
        from gateway.audit.canonical import canonical
        from gateway.audit.merkle import leaf_hash

        forged = event_record("review.decision", "gen-x", {"app": "x"}, {})
        rec = {**forged.record, "seq": 20}
        data = canonical(rec)
        async with log.store.writer_engine.begin() as conn:
            await conn.execute(text(
                "INSERT INTO audit_entries (seq, entry_id, kind, event_type, generation_id, at, "
                "day, app, record, leaf_hash) VALUES (20, :eid, 'event', 'review.decision', "
                "'gen-x', :at, :day, 'x', :rec, :lh)"),
                {"eid": forged.entry_id, "at": rec["ts"], "day": rec["at"][:10],
                 "rec": data.decode(), "lh": leaf_hash(data)})
    run(append_row())
    assert ("inserted", 20) in _problems(log, pub)


def test_forged_checkpoint_is_caught(filled: tuple[AuditLog, bytes]) -> None:
    log, pub = filled
    run(_tamper(log.store, "UPDATE audit_checkpoints SET note = replace(note, :a, :b)",
                a="candor/audit", b="candor/evil"))
    assert any(kind == "checkpoint" for kind, _ in _problems(log, pub))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_store_filters_paging_and_stats(backend: str, tmp_path: Path,
                                        pg_schemas: list[str]) -> None:
    """Finding filter, cursor paging across equal times, stats by finding/day/app."""
    from gateway.audit.entries import Pending

    settings = Settings(data_dir=tmp_path, **backend_settings(backend, pg_schemas))
    t0 = 1_790_000_000.0

    def rec(i: int) -> Pending:
        cats = [["false_urgency"], ["health", "health"], []][i % 3]
        return Pending(f"gen-{i}", {
            "v": 1, "kind": "generation", "generation_id": f"gen-{i}", "ts": t0 + i // 2,
            "app": f"app-{i % 2}", "status": "ok", "model": "echo", "cost_usd": 0.0,
            "channel": ["email", "sms"][i % 2],
            "findings": [{"category": c, "action": "flag",
                          "rule_id": "manipulation.false_urgency" if c == "false_urgency"
                          else "house_rule_7"} for c in cats]})

    async def go() -> None:
        log = AuditLog(settings)
        await log.start()
        for i in range(30):  # sequential: distinct seqs, pairs of records share a time
            await log.append(rec(i))
        f = log.filters(finding="health")
        seen: list[int] = []
        cursor = None
        while True:
            rows = await log.store.query(f, 4, cursor)
            seen += [seq for seq, _, _ in rows]
            if len(rows) < 4:
                break
            cursor = (rows[-1][1], rows[-1][0])
        assert seen == sorted([i for i in range(30) if i % 3 == 1], reverse=True)
        # finding matches rule ids too (with or without a dot), everywhere filters apply
        by_rule = await log.store.query(log.filters(finding="manipulation.false_urgency"), 50)
        assert sorted(seq for seq, _, _ in by_rule) == [i for i in range(30) if i % 3 == 0]
        house = await log.store.query(log.filters(finding="house_rule_7"), 50)
        assert sorted(seq for seq, _, _ in house) == [i for i in range(30) if i % 3 == 1]
        rule_stats = await log.store.stats(log.filters(finding="house_rule_7"), ["app"])
        assert sum(s["count"] for s in rule_stats) == 10
        assert await log.store.query(log.filters(finding="manipulation"), 50) == []
        sms = await log.store.query(log.filters(channel="sms", finding="false_urgency"), 50)
        assert sorted(seq for seq, _, _ in sms) == [i for i in range(30) if i % 6 == 3]
        stats = await log.store.stats(log.filters(), ["finding"])
        assert {s["finding"]: s["count"] for s in stats} == {"false_urgency": 10, "health": 10}
        by_app = await log.store.stats(log.filters(since=t0, until=t0 + 5), ["app"])
        assert {s["app"]: s["count"] for s in by_app} == {"app-0": 5, "app-1": 5}
        exported = [seq async for seq, _ in log.store.iterate(log.filters(app="app-1"), page=4)]
        assert exported == list(range(1, 30, 2))
        await log.stop()

    run(go())


def test_rejected_requests_are_recorded(audited: tuple[Gateway, dict[str, Any]]) -> None:
    """A valid key refused before a generation starts still leaves a record (status rejected);
    the refused body itself never reaches the store; a request without a valid key leaves none."""
    gw, settings = audited
    secret_email = f"jo.{uuid.uuid4().hex[:8]}@example.org"
    app = {"Authorization": f"Bearer {gw.keys['app']}", "X-Request-Id": "rej-1"}
    url = f"{gw.v1}/chat/completions"
    bad_json = httpx.post(url, headers=app, content=f'{{"model": "echo", "x": "{secret_email}"')
    assert bad_json.status_code == 400 and bad_json.json()["error"]["code"] == "invalid_json"
    unknown = httpx.post(url, headers=app, json={
        "model": "no-such-model", "stream": True,
        "messages": [{"role": "user", "content": f"Email {secret_email}"}]})
    assert unknown.status_code == 404
    no_role = httpx.post(f"{gw.v1}/embeddings", json={"model": "echo", "input": "hi"},
                         headers={"Authorization": f"Bearer {gw.keys['auditor']}"})
    assert no_role.status_code == 403
    assert httpx.post(url, json={"model": "echo"}, headers={
        "Authorization": "Bearer ck_nope_nope"}).status_code == 401

    with auditor(gw) as a:
        rows = a.get("/audit/v1/generations", params={"status": "rejected"}).json()["data"]
    assert sorted(r["error"]["code"] for r in rows) == [
        "insufficient_permissions", "invalid_json", "model_not_found"], rows
    nf = next(r for r in rows if r["http_status"] == 404)
    assert nf["model"] == "no-such-model" and nf["stream"] is True and nf["prompt"] is None
    assert nf["endpoint"] == "chat.completions" and nf["app"] == "marketing-app"
    bj = next(r for r in rows if r["error"]["code"] == "invalid_json")
    assert bj["request_id"] == "rej-1" and bj["generation_id"].startswith("chatcmpl-")
    forbidden = next(r for r in rows if r["http_status"] == 403)
    assert forbidden["endpoint"] == "embeddings" and forbidden["generation_id"].startswith("emb-")

    store = store_for(settings, gw.home)
    dump = "\n".join(r for _, _, r in run(all_records(store)))
    report = run(verify_store(store, _public(gw.home)))
    run(store.close())
    assert secret_email not in dump and "ck_nope" not in dump
    assert report.ok, report.to_dict()
