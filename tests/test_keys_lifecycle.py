"""Key lifecycle: expiry, revocation, rotation with an overlap window, last use; through the
admin API and `candor keys` on a running gateway (file store), and on the PostgreSQL store."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from gateway.keys import ApiKey, KeysError, KeyStore, _hash, check_token, create_key
from tests.conftest import need_service
from tests.harness import ROOT, Gateway

HELLO = {"model": "echo", "messages": [{"role": "user", "content": "hello"}]}


def admin(gw: Gateway) -> httpx.Client:
    return httpx.Client(base_url=gw.base_url, timeout=30,
                        headers={"Authorization": f"Bearer {gw.keys['admin']}"})


def chat(gw: Gateway, key: str) -> httpx.Response:
    return httpx.post(f"{gw.v1}/chat/completions", json=HELLO, timeout=30,
                      headers={"Authorization": f"Bearer {key}"})


def refused(r: httpx.Response) -> str:
    assert r.status_code == 401, r.text
    err = r.json()["error"]
    assert err["type"] == "authentication_error" and err["code"] == "invalid_api_key"
    return err["message"]


def wait_refused(gw: Gateway, key: str, timeout: float = 5.0) -> tuple[str, float]:
    started = time.monotonic()
    while True:
        r = chat(gw, key)
        if r.status_code == 401 or time.monotonic() - started > timeout:
            return refused(r), time.monotonic() - started
        time.sleep(0.05)


def test_admin_api_expiry_rotation_revocation(gateway: Gateway) -> None:
    with admin(gateway) as a:
        made = a.post("/admin/v1/keys", json={"app": "lifecycle", "expires_in": "2s"})
        assert made.status_code == 201, made.text
        short = made.json()
        assert short["status"] == "active" and short["expires_at"] and short["key"]
        assert chat(gateway, short["key"]).status_code == 200
        time.sleep(2.2)
        assert "expired" in refused(chat(gateway, short["key"]))

        made = a.post("/admin/v1/keys", json={"app": "lifecycle", "roles": ["generate"]}).json()
        old, key_id = made["key"], made["id"]
        client = openai.OpenAI(base_url=gateway.v1, api_key=old, max_retries=0)
        client.chat.completions.create(**HELLO)
        rotated = a.post(f"/admin/v1/keys/{key_id}/rotate", json={"overlap": "2s"})
        assert rotated.status_code == 200, rotated.text
        new = rotated.json()["key"]
        assert new != old and new.startswith(f"ck_{key_id}_")
        assert rotated.json()["previous_secret_until"]
        # both secrets work during the overlap window, only the new one after it
        assert chat(gateway, old).status_code == 200 and chat(gateway, new).status_code == 200
        time.sleep(2.2)
        with pytest.raises(openai.AuthenticationError) as caught:
            client.chat.completions.create(**HELLO)
        assert "rotated" in caught.value.message
        assert chat(gateway, new).status_code == 200
        wrong = f"ck_{key_id}_{'x' * 32}"
        assert refused(chat(gateway, wrong)) == "Incorrect API key provided."

        listed = {k["id"]: k for k in a.get("/admin/v1/keys").json()["data"]}
        assert listed[short["id"]]["status"] == "expired"
        assert listed[key_id]["status"] == "active" and listed[key_id]["last_used_at"]
        assert "hash" not in str(listed) and new.split("_", 2)[2] not in str(listed)

        revoked = a.post(f"/admin/v1/keys/{key_id}/revoke")
        assert revoked.json()["status"] == "revoked"
        assert "revoked" in refused(chat(gateway, new))
        # a revoked key cannot be brought back by rotating it
        again = a.post(f"/admin/v1/keys/{key_id}/rotate", json={"overlap": "1h"})
        assert again.status_code == 400 and "revoked" in again.json()["error"]["message"]

        missing = a.post("/admin/v1/keys/nosuchid/revoke")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "key_not_found"
        bad = a.post("/admin/v1/keys", json={"app": "x", "roles": ["root"]})
        assert bad.status_code == 400 and "unknown role 'root'" in bad.json()["error"]["message"]
        bad = a.post(f"/admin/v1/keys/{key_id}/rotate", json={"overlap": "soon"})
        assert bad.status_code == 400 and bad.json()["error"]["param"] == "overlap"
    app_key = httpx.get(f"{gateway.base_url}/admin/v1/keys",
                        headers={"Authorization": f"Bearer {gateway.keys['app']}"})
    assert app_key.status_code == 403


def candor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway", *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_cli_revoke_and_rotate_reach_the_running_gateway(gateway: Gateway) -> None:
    keys_file = gateway.home / "keys.yaml"
    key = create_key(keys_file, "cli-lifecycle", ["generate"])
    key_id = key.split("_", 2)[1]
    deadline = time.monotonic() + 5
    while chat(gateway, key).status_code != 200:  # the gateway re-reads the file within 1 s
        assert time.monotonic() < deadline
        time.sleep(0.1)

    done = candor("keys", "rotate", key_id, "--overlap", "0", "--file", str(keys_file))
    assert done.returncode == 0, done.stderr
    new = done.stdout.strip()
    assert new.startswith(f"ck_{key_id}_") and "no overlap" in done.stderr
    message, took = wait_refused(gateway, key)
    assert "rotated" in message and took < 5
    assert chat(gateway, new).status_code == 200

    done = candor("keys", "revoke", key_id, "--file", str(keys_file))
    assert done.returncode == 0 and f"revoked {key_id}" in done.stdout, done.stderr
    message, took = wait_refused(gateway, new)
    assert "revoked" in message and took < 5

    time.sleep(0.1)
    listing = candor("keys", "list", "--file", str(keys_file))
    assert listing.returncode == 0, listing.stderr
    header, *rows = listing.stdout.splitlines()
    assert header.split()[:7] == ["ID", "APP", "POLICY", "ROLES", "STATUS", "EXPIRES", "LAST"]
    row = next(r for r in rows if r.startswith(key_id)).split()
    assert row[1] == "cli-lifecycle" and row[4] == "revoked"
    assert new.split("_", 2)[2] not in listing.stdout

    missing = candor("keys", "revoke", "nosuchid", "--file", str(keys_file))
    assert missing.returncode == 2 and "no key with id 'nosuchid'" in missing.stderr


def test_cli_create_with_expiry_and_last_used_flush(tmp_path: Path) -> None:
    keys_file = tmp_path / "keys.yaml"
    done = candor("keys", "create", "--app", "temp", "--expires-in", "1h", "--force",
                  "--file", str(keys_file))
    assert done.returncode == 0, done.stderr
    key = done.stdout.strip()
    store = KeyStore(keys_file)
    found = store.authenticate(key)
    assert found is not None and 3500 < (found.expires_at or 0) - time.time() <= 3600
    store.flush_used()  # what a worker does every few seconds
    listing = candor("keys", "list", "--json", "--file", str(keys_file))
    (info,) = json.loads(listing.stdout)
    assert info["status"] == "active" and info["last_used_at"] and info["expires_at"]
    past = candor("keys", "create", "--app", "x", "--expires-at", "yesterday", "--force",
                  "--file", str(keys_file))
    assert past.returncode == 2 and "not an ISO 8601 time" in past.stderr


def test_overlap_and_expiry_are_judged_at_the_moment_of_use() -> None:
    old_hash, new_hash = _hash("old-secret"), _hash("new-secret")
    key = ApiKey("k1", "app", frozenset({"generate"}), "default", new_hash,
                 previous_hash=old_hash, previous_until=1000.0, expires_at=2000.0)
    keys = {"k1": key}
    assert check_token(keys, "ck_k1_old-secret", now=999.0) == (key, None)
    assert check_token(keys, "ck_k1_old-secret", now=1000.0) == (None, "rotated")
    assert check_token(keys, "ck_k1_new-secret", now=1999.0) == (key, None)
    assert check_token(keys, "ck_k1_new-secret", now=2000.0) == (key, "expired")
    assert check_token(keys, "ck_k2_new-secret", now=0.0) == (None, "invalid")
    assert check_token(keys, "sk-not-ours", now=0.0) == (None, "invalid")


def pg_url() -> str:
    return os.environ.get("CANDOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


async def _drop(schema: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(pg_url())
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


def pg_available() -> bool:
    import asyncpg

    async def ping() -> bool:
        try:
            conn = await asyncpg.connect(pg_url(), timeout=2)
        except (OSError, asyncpg.PostgresError):
            return False
        await conn.close()
        return True

    return asyncio.run(ping())


def test_postgres_store_lifecycle_seen_by_another_replica() -> None:
    from gateway.keys_db import PgKeyStore

    if not pg_available():
        need_service("PostgreSQL")
    schema = f"keys_{uuid.uuid4().hex[:12]}"

    async def scenario() -> dict[str, Any]:
        a = PgKeyStore(pg_url().replace("postgresql://", "postgresql+asyncpg://"), schema, 0.2)
        b = PgKeyStore(pg_url(), schema, 0.2)
        await a.open()
        await b.start()  # b refreshes on its own, as a replica does
        try:
            token = await a.create("crm", ["generate"], expires_at=time.time() + 3600)
            key_id = token.split("_", 2)[1]
            await asyncio.sleep(0.5)
            seen = b.authenticate(token)
            assert seen is not None and seen.app == "crm" and seen.expires_at
            _key, new = await a.rotate(key_id, overlap=3600)
            await asyncio.sleep(0.5)
            assert b.authenticate(token) is not None and b.authenticate(new) is not None
            await b.flush_used()
            await a.revoke(key_id)
            await asyncio.sleep(0.5)
            assert b.check(new)[1] == "revoked" and b.check(token)[1] == "revoked"
            with pytest.raises(KeysError, match="revoked"):
                await a.rotate(key_id, 60)
            with pytest.raises(KeysError, match="no key with id"):
                await a.revoke("nosuchid")
            (info,) = await a.listing()
            return info.__dict__
        finally:
            await b.stop()
            await a.close()

    try:
        info = asyncio.run(scenario())
    finally:
        asyncio.run(_drop(schema))
    assert info["status"] == "revoked" and info["last_used_at"] and info["expires_at"]


def test_cli_on_the_postgres_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from gateway.cli import _count, _first_keys, _with_store
    from gateway.settings import load_settings

    if not pg_available():
        need_service("PostgreSQL")
    schema = f"keys_{uuid.uuid4().hex[:12]}"
    url = pg_url().replace("postgresql://", "postgresql+asyncpg://")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CANDOR_KEYS_SCHEMA": schema,
           "CANDOR_KEYS_URL": url}
    # what `candor serve` does on first start: the two first keys go to the table, not a file
    settings = load_settings(keys_url=url, keys_schema=schema, data_dir=tmp_path)
    assert _with_store(settings, None, _count) == 0
    _first_keys(settings)
    assert _with_store(settings, None, _count) == 2
    assert "only hashes are kept in the keys table" in capsys.readouterr().err
    assert not (tmp_path / "keys.yaml").exists()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "gateway", "keys", *args],
                              capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)

    try:
        made = run("create", "--app", "crm", "--expires-in", "30d", "--force")
        assert made.returncode == 0, made.stderr
        key_id = made.stdout.strip().split("_", 2)[1]
        rotated = run("rotate", key_id, "--overlap", "1h")
        assert rotated.returncode == 0 and rotated.stdout.startswith(f"ck_{key_id}_")
        assert run("revoke", key_id).returncode == 0
        info = next(i for i in json.loads(run("list", "--json").stdout) if i["app"] == "crm")
        assert info["id"] == key_id and info["status"] == "revoked" and info["expires_at"]
        assert info["previous_secret_until"]  # the overlap window is shown while it lasts
    finally:
        asyncio.run(_drop(schema))
