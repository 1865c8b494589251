"""Two replicas as one gateway: the same PostgreSQL keys table and the same Redis counters,
their own data directories. A rate limit of N allows exactly N across both under concurrent
load; a key revoked through one replica is refused by the other within 5 s."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx
import openai
import pytest

from gateway.keys_db import PgKeyStore
from tests.conftest import need_service
from tests.harness import Gateway, Llmock, mock_models, start_gateway
from tests.test_keys_lifecycle import _drop, pg_available, pg_url

LIMIT = 5


@dataclass
class Fleet:
    replicas: list[Gateway]
    app_key: str
    admin_key: str
    prefix: str


async def _make_keys(schema: str) -> tuple[str, str]:
    store = PgKeyStore(pg_url(), schema)
    await store.open()
    try:
        return (await store.create("fleet-app", ["generate"]),
                await store.create("fleet-ops", ["admin"]))
    finally:
        await store.close()


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Fleet]:
    import redis

    if not pg_available():
        need_service("PostgreSQL")
    try:
        redis.Redis(socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        need_service("Redis")
    schema = f"fleet_{uuid.uuid4().hex[:12]}"
    prefix = f"candor-test:{uuid.uuid4().hex}:"
    app_key, admin_key = asyncio.run(_make_keys(schema))
    shared = {"keys_url": pg_url().replace("postgresql://", "postgresql+asyncpg://"),
              "keys_schema": schema,
              "limits": {"backend": "redis", "redis_prefix": prefix,
                         "default": {"requests_per_minute": LIMIT}},
              "pii_enabled": False}  # not under test here; the replicas start faster
    replicas: list[Gateway] = []
    try:
        for n in range(2):
            replicas.append(start_gateway(tmp_path_factory.mktemp(f"replica{n}"),
                                          mock_models(llmock), settings=shared))
        yield Fleet(replicas, app_key, admin_key, prefix)
    finally:
        for gw in replicas:
            gw.stop()
        asyncio.run(_drop(schema))
        r = redis.Redis()
        for key in r.scan_iter(f"{prefix}*"):
            r.delete(key)


def test_a_limit_of_n_allows_exactly_n_across_replicas(fleet: Fleet) -> None:
    clients = [openai.OpenAI(base_url=gw.v1, api_key=fleet.app_key, max_retries=0)
               for gw in fleet.replicas]

    def one(i: int) -> int:
        try:
            clients[i % 2].chat.completions.create(
                model="echo", messages=[{"role": "user", "content": f"request {i}"}])
            return 200
        except openai.RateLimitError as exc:
            assert exc.response.json()["error"]["code"] == "rate_limit_exceeded"
            return 429

    with ThreadPoolExecutor(12) as pool:
        statuses = list(pool.map(one, range(12)))
    assert statuses.count(200) == LIMIT and statuses.count(429) == 12 - LIMIT
    key_id = fleet.app_key.split("_", 2)[1]
    for gw in fleet.replicas:  # both replicas report the shared counters
        r = httpx.get(f"{gw.base_url}/admin/v1/usage", params={"scope": "key", "id": key_id},
                      headers={"Authorization": f"Bearer {fleet.admin_key}"}, timeout=30)
        (row,) = r.json()["data"]
        assert r.json()["backend"] == "redis"
        assert row["requests_this_minute"]["used"] == LIMIT and row["requests_today"] == LIMIT


def test_a_key_revoked_on_one_replica_is_refused_by_the_other_within_5s(fleet: Fleet) -> None:
    a, b = fleet.replicas
    headers = {"Authorization": f"Bearer {fleet.admin_key}"}
    made = httpx.post(f"{b.base_url}/admin/v1/keys", json={"app": "fleet-temp"},
                      headers=headers, timeout=30)
    assert made.status_code == 201, made.text
    key, key_id = made.json()["key"], made.json()["id"]
    body = {"model": "echo", "messages": [{"role": "user", "content": "hello"}]}

    def status(gw: Gateway) -> int:
        return httpx.post(f"{gw.v1}/chat/completions", json=body, timeout=30,
                          headers={"Authorization": f"Bearer {key}"}).status_code

    started = time.monotonic()
    while status(a) != 200:  # made on b, known to a
        assert time.monotonic() - started < 5
        time.sleep(0.05)
    revoked = httpx.post(f"{a.base_url}/admin/v1/keys/{key_id}/revoke", headers=headers,
                         timeout=30)
    assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
    assert status(a) == 401  # at once on the replica that revoked it
    started = time.monotonic()
    while status(b) != 401:
        assert time.monotonic() - started < 5, "replica b still accepts the revoked key"
        time.sleep(0.05)
    took = time.monotonic() - started
    print(f"revocation reached the other replica in {took:.2f} s")
