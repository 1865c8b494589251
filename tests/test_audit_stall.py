"""A stalled audit database (issue 13, item 5): requests fail fast with a clear 503 instead of
hanging for a minute, /readyz says not ready while it lasts, and both recover by themselves.
Through a real gateway, a real PostgreSQL and a TCP relay that can freeze the traffic
(tests/test_audit.py's ``Forwarder``)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx
import openai

from tests.conftest import PROVIDER_KEY, need_service
from tests.harness import Llmock, free_port, mock_models, start_gateway
from tests.test_audit import Forwarder, _pg_reachable, pg_schemas  # noqa: F401 - fixture


def test_stalled_database_fails_fast_and_readiness_follows(tmp_path: Path, llmock: Llmock,
                                                           pg_schemas: list[str]) -> None:
    if not _pg_reachable():
        need_service("PostgreSQL")
    schema = f"candor_audit_{uuid.uuid4().hex[:10]}"
    pg_schemas.append(schema)
    relay = Forwarder(free_port())
    relay.start()
    gw = start_gateway(tmp_path, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings={"audit_url": f"postgresql+asyncpg://postgres@127.0.0.1:"
                                              f"{relay.port}/test",
                                 "audit_schema": schema, "audit_commit_timeout": 2})
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0, timeout=60)
    ask = [{"role": "user", "content": "A short spring greeting."}]
    try:
        client.chat.completions.create(model="echo", messages=ask)
        assert httpx.get(f"{gw.base_url}/readyz").status_code == 200
        # a stream's opening is durable before its first byte: a normal stream has it ...
        raw = client.chat.completions.with_raw_response.create(model="echo", messages=ask,
                                                               stream=True)
        assert "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices)
        proof = httpx.get(f"{gw.base_url}/audit/v1/generations/"
                          f"{raw.headers['x-candor-generation-id']}", timeout=30,
                          headers={"Authorization": f"Bearer {gw.keys['auditor']}"}).json()
        assert [e["type"] for e in proof["events"]] == ["stream_opened"]
        relay.freeze()
        # ... and with the store stalled no stream starts: a 503, no content at all
        try:
            client.chat.completions.create(model="echo", messages=ask, stream=True)
            raise AssertionError("a stream started although nothing could be recorded")
        except openai.APIStatusError as exc:
            assert exc.status_code == 503
        t0 = time.monotonic()
        try:
            client.chat.completions.create(model="echo", messages=ask)
            raise AssertionError("a request answered although its record could not be written")
        except openai.APIStatusError as exc:
            assert exc.status_code == 503 and exc.body["code"] == "audit_unavailable"
        took = time.monotonic() - t0
        assert took < 20, took  # the commit timeout (2 s), not asyncpg's minute
        ready = httpx.get(f"{gw.base_url}/readyz", timeout=10)
        assert ready.status_code == 503 and ready.json()["checks"]["audit_store"] is False
        relay.thaw()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the writer's probe brings readiness back
            if httpx.get(f"{gw.base_url}/readyz", timeout=10).status_code == 200:
                break
            time.sleep(0.5)
        assert httpx.get(f"{gw.base_url}/readyz", timeout=10).status_code == 200
        out = client.chat.completions.create(model="echo", messages=ask)
        assert out.choices[0].message.content
    finally:
        gw.stop()
        relay.stop()
