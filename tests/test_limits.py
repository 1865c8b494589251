"""Rate limits and budgets against a real gateway (local counters) and the Redis counters.

The gateway runs docs/limits.md's example configuration: a default of 3 requests and 2000
tokens a minute per key, a daily budget for the app ``newsletter``; the ``priced`` route has
its own prices in the catalogue.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest
import yaml

from gateway.limits.config import Limit, LimitsConfig
from gateway.limits.counters import LocalCounters, RedisCounters, Take
from gateway.limits.limiter import Periods, reset_text
from tests.conftest import need_service
from tests.harness import ROOT, Gateway, Llmock, mock_models, start_gateway, start_llmock

PRICE_IN, PRICE_OUT = 0.0001, 0.0002  # USD per token: one request spends the day's 0.001


def docs_example() -> dict[str, Any]:
    text = (ROOT / "docs" / "limits.md").read_text()
    block = re.search(r"^```yaml\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    assert block, "docs/limits.md lost its configuration example"
    return yaml.safe_load(block.group(1))


@pytest.fixture(scope="module")
def slow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Llmock]:
    mock = start_llmock(tmp_path_factory.mktemp("llmock-slow"), "--stream-chunk-delay-ms", "150")
    yield mock
    mock.proc.terminate()


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock, slow: Llmock
            ) -> Iterator[Gateway]:
    priced = {"model": "openai/gpt-4o-mini", "api_base": f"{llmock.base_url}/v1",
              "api_key_env": "MOCK_PROVIDER_KEY", "timeout": 10,
              "input_cost_per_token": PRICE_IN, "output_cost_per_token": PRICE_OUT}
    models = mock_models(llmock, priced=priced, **{
        "slow-priced": {**priced, "api_base": f"{slow.base_url}/v1"}})
    keys = {"rpm": ("marketing-app", ["generate"], "default"),
            "tpm": ("marketing-app", ["generate"], "default"),
            "news": ("newsletter", ["generate"], "default"),
            "streamer": ("streams", ["generate"], "default"),
            "admin": ("ops", ["admin", "audit"], "default"),
            "auditor": ("audit-team", ["audit"], "default")}
    gw = start_gateway(tmp_path_factory.mktemp("limited"), models, keys=keys,
                       env={"MOCK_PROVIDER_KEY": "sk-test"}, settings=docs_example())
    yield gw
    gw.stop()


def client(gw: Gateway, key: str) -> openai.OpenAI:
    # max_retries=0: the SDK would otherwise retry each 429 after its Retry-After
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)


def key_id(gw: Gateway, name: str) -> str:
    return gw.keys[name].split("_", 2)[1]


def admin(gw: Gateway) -> httpx.Client:
    return httpx.Client(base_url=gw.base_url, timeout=30,
                        headers={"Authorization": f"Bearer {gw.keys['admin']}"})


def usage_of(gw: Gateway, scope: str, ident: str) -> dict[str, Any]:
    with admin(gw) as a:
        r = a.get("/admin/v1/usage", params={"scope": scope, "id": ident})
    assert r.status_code == 200, r.text
    (row,) = r.json()["data"]
    return row


HELLO = [{"role": "user", "content": "A subject line for the spring sale"}]


def test_requests_per_minute_openai_shape_and_headers(limited: Gateway) -> None:
    c = client(limited, "rpm")
    remaining = []
    for _ in range(3):
        raw = c.chat.completions.with_raw_response.create(model="echo", messages=HELLO)
        assert raw.headers["x-ratelimit-limit-requests"] == "3"
        assert raw.headers["x-ratelimit-limit-tokens"] == "2000"
        assert re.fullmatch(r"(1m0s|\d+(\.\d+)?s|\d+ms)", raw.headers["x-ratelimit-reset-requests"])
        remaining.append(int(raw.headers["x-ratelimit-remaining-requests"]))
        assert 0 < int(raw.headers["x-ratelimit-remaining-tokens"]) < 2000
    assert remaining == [2, 1, 0]
    with pytest.raises(openai.RateLimitError) as caught:
        c.chat.completions.create(model="echo", messages=HELLO)
    err = caught.value
    assert err.status_code == 429
    body = err.response.json()["error"]
    assert body["type"] == "requests" and body["code"] == "rate_limit_exceeded"
    assert body["message"].startswith(f"Rate limit reached for key {key_id(limited, 'rpm')} on "
                                      "requests per min (RPM): Limit 3, Used 3, Requested 1.")
    headers = err.response.headers
    assert 1 <= int(headers["retry-after"]) <= 60 and int(headers["retry-after-ms"]) > 0
    assert headers["x-ratelimit-remaining-requests"] == "0"

    # the refusal is in the audit log, like any answer
    gen_id = headers["x-candor-generation-id"]
    auditor = httpx.Client(base_url=limited.base_url, timeout=30,
                           headers={"Authorization": f"Bearer {limited.keys['auditor']}"})
    rec = auditor.get(f"/audit/v1/generations/{gen_id}").json()["record"]
    assert rec["status"] == "blocked" and rec["http_status"] == 429
    assert rec["error"]["code"] == "rate_limit_exceeded"

    # streams are counted the same way, and refused before the stream starts
    with pytest.raises(openai.RateLimitError):
        c.chat.completions.create(model="echo", messages=HELLO, stream=True)
    row = usage_of(limited, "key", key_id(limited, "rpm"))
    assert row["requests_this_minute"] == {"used": 3, "limit": 3,
                                           "resets_in": row["requests_this_minute"]["resets_in"]}
    assert row["app"] == "marketing-app"


def test_tokens_per_minute_counts_max_tokens_up_front(limited: Gateway) -> None:
    c = client(limited, "tpm")
    with pytest.raises(openai.RateLimitError) as caught:
        c.chat.completions.create(model="echo", messages=HELLO, max_tokens=5000)
    body = caught.value.response.json()["error"]
    assert body["type"] == "tokens" and body["code"] == "rate_limit_exceeded"
    assert "tokens per min (TPM): Limit 2000" in body["message"]
    # a request that fits is counted with its real usage afterwards, not its estimate
    raw = c.chat.completions.with_raw_response.create(model="echo", messages=HELLO,
                                                      max_tokens=1500)
    usage = raw.parse().usage
    assert int(raw.headers["x-ratelimit-remaining-tokens"]) <= 2000 - 1500
    row = usage_of(limited, "key", key_id(limited, "tpm"))
    assert row["tokens_this_minute"]["used"] == usage.total_tokens
    assert row["tokens_today"] == usage.total_tokens
    assert row["requests_today"] == 1  # a refused request is counted in no bucket
    # an upstream failure's answer carries the headers too
    dead = httpx.post(f"{limited.v1}/chat/completions", json={"model": "dead", "messages": HELLO},
                      headers={"Authorization": f"Bearer {limited.keys['tpm']}"}, timeout=30)
    assert dead.status_code >= 500 and dead.headers["x-ratelimit-remaining-requests"] == "1"


def test_daily_budget_uses_catalogue_prices(limited: Gateway) -> None:
    c = client(limited, "news")
    first = c.chat.completions.create(model="priced", messages=HELLO)
    spent = (first.usage.prompt_tokens * PRICE_IN + first.usage.completion_tokens * PRICE_OUT)
    assert spent > 0.001  # the route's own prices, not the cost map's gpt-4o-mini prices
    with pytest.raises(openai.RateLimitError) as caught:
        c.chat.completions.create(model="priced", messages=HELLO)
    err = caught.value
    body = err.response.json()["error"]
    assert body["type"] == "insufficient_quota" and body["code"] == "insufficient_quota"
    assert "app 'newsletter'" in body["message"] and "$0.001 budget for today" in body["message"]
    assert err.response.headers["x-should-retry"] == "false"
    assert int(err.response.headers["retry-after"]) <= 86400
    # the SDK's default (2 retries on a 429) does not apply: x-should-retry says false
    sent: list[httpx.Request] = []
    retrying = openai.OpenAI(base_url=limited.v1, api_key=limited.keys["news"],
                             http_client=httpx.Client(event_hooks={"request": [sent.append]}))
    with pytest.raises(openai.RateLimitError):
        retrying.chat.completions.create(model="priced", messages=HELLO)
    assert len(sent) == 1
    row = usage_of(limited, "app", "newsletter")
    assert row["cost_today_usd"] == {"used": pytest.approx(spent, abs=1e-6), "limit": 0.001}
    assert row["cost_this_month_usd"]["used"] == pytest.approx(spent, abs=1e-6)
    # the audit record's cost is the same number
    auditor = httpx.Client(base_url=limited.base_url, timeout=30,
                           headers={"Authorization": f"Bearer {limited.keys['auditor']}"})
    rec = auditor.get(f"/audit/v1/generations/{first.id}").json()["record"]
    assert rec["cost_usd"] == pytest.approx(spent, abs=1e-9)


def test_a_stream_the_client_leaves_is_charged_for_what_it_used(limited: Gateway,
                                                                slow: Llmock) -> None:
    slow.reset()
    slow.scenario({"type": "reply", "text": " ".join(["Spring is here."] * 40)})
    c = client(limited, "streamer")
    stream = c.chat.completions.with_raw_response.create(
        model="slow-priced", stream=True, max_tokens=400,
        messages=[{"role": "user", "content": "Write a long essay about spring flowers."}])
    it = iter(stream.parse())
    next(it)
    next(it)
    stream.http_response.close()
    ident = key_id(limited, "streamer")
    deadline = time.time() + 15
    while True:  # settled when the gateway notices the hang-up
        row = usage_of(limited, "key", ident)
        if row["cost_today_usd"]["used"] > 0 or time.time() > deadline:
            break
        time.sleep(0.2)
    assert row["requests_today"] == 1
    # charged: the prompt and the delivered part, not the 400 reserved for the answer
    assert 0 < row["tokens_today"] < 400
    # the prompt at the input price, the delivered text at the output price
    tokens, cost = row["tokens_today"], row["cost_today_usd"]["used"]
    assert tokens * PRICE_IN < cost < tokens * PRICE_OUT


def test_usage_api_and_cli(limited: Gateway) -> None:
    with admin(limited) as a:
        body = a.get("/admin/v1/usage").json()
        assert body["backend"] == "local"
        scopes = {(r["scope"], r["id"]) for r in body["data"]}
        assert ("app", "newsletter") in scopes and ("model", "priced") in scopes
        assert ("key", key_id(limited, "news")) in scopes
        assert a.get("/admin/v1/usage", params={"scope": "org"}).status_code == 400
    app_key = httpx.get(f"{limited.base_url}/admin/v1/usage",
                        headers={"Authorization": f"Bearer {limited.keys['news']}"})
    assert app_key.status_code == 403
    done = subprocess.run(
        [sys.executable, "-m", "gateway", "usage", "--url", limited.base_url, "--scope", "app"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "CANDOR_ADMIN_KEY": limited.keys["admin"]})
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split()[:3] == ["SCOPE", "ID", "REQ/MIN"]
    news = next(line for line in rows if " newsletter " in line).split()
    assert news[0] == "app" and "/0.001" in news[6]


def test_reset_text_is_openai_duration() -> None:
    assert reset_text(20) == "20ms"
    assert reset_text(1000) == "1s"
    assert reset_text(41_200) == "41.2s"
    assert reset_text(360_000) == "6m0s"
    assert reset_text(3_723_000) == "1h2m3s"


def test_calendar_windows_end_at_utc_midnight_and_month_end() -> None:
    import datetime as dt

    p = Periods.at(dt.datetime(2026, 2, 28, 23, 59, 30, tzinfo=dt.UTC))
    assert (p.day, p.month) == ("20260228", "202602")
    assert p.day_ms == 30_000 and p.month_ms == 30_000


async def _race(counters: Any, n: int, limit: int) -> list[bool]:
    takes = [Take("k:rpm", 1, limit, 60_000), Take("k:req:d", 1, None, 60_000)]
    verdicts = await asyncio.gather(*(counters.reserve(takes) for _ in range(n)))
    return [v.refused is None for v in verdicts]


def test_local_counters_allow_exactly_the_limit() -> None:
    assert sum(asyncio.run(_race(LocalCounters(), 20, 7))) == 7


def test_redis_counters_allow_exactly_the_limit_and_settle() -> None:
    import redis

    try:
        redis.Redis(socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        need_service("Redis")
    prefix = f"candor-test:{uuid.uuid4().hex}:"

    async def scenario() -> None:
        # two clients: two replicas sharing one Redis
        a, b = RedisCounters("redis://127.0.0.1:6379/0", prefix), \
            RedisCounters("redis://127.0.0.1:6379/0", prefix)
        try:
            got = await asyncio.gather(_race(a, 10, 7), _race(b, 10, 7))
            assert sum(got[0]) + sum(got[1]) == 7
            (count, ttl), (day, _) = await a.read(["k:rpm", "k:req:d"])
            assert count == 7 and day == 7 and 0 < ttl <= 60_000
            await b.settle([("k:rpm", -2, 0), ("gone:tpm", 5, 0), ("k:usd", 30, 1000)])
            (count, _), (gone, _), (usd, usd_ttl) = await a.read(["k:rpm", "gone:tpm", "k:usd"])
            assert (count, gone, usd) == (5, 0, 30) and 0 < usd_ttl <= 1000
        finally:
            await a.aclose()
            await b.aclose()
            r = redis.Redis()
            for key in r.scan_iter(f"{prefix}*"):
                r.delete(key)

    asyncio.run(scenario())


def test_limits_settings_refuse_unknown_fields() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        LimitsConfig.model_validate({"default": {"requests_per_min": 3}})
    config = LimitsConfig.model_validate(docs_example()["limits"])
    assert config.for_key("anything") == Limit(requests_per_minute=3, tokens_per_minute=2000)


def test_limits_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.settings import load_settings

    monkeypatch.setenv("CANDOR_LIMITS",
                       '{"backend": "redis", "apps": {"crm": {"cost_per_month_usd": 50}}}')
    monkeypatch.setenv("CANDOR_LIMITS__ON_UNAVAILABLE", "refuse")
    settings = load_settings()
    assert settings.limits.backend == "redis"
    assert settings.limits.apps["crm"].cost_per_month_usd == 50
    assert settings.limits.on_unavailable == "refuse"


def test_every_bucket_a_request_falls_in_must_fit() -> None:
    from gateway.errors import GatewayError
    from gateway.keys import ApiKey
    from gateway.limits.limiter import Limiter

    config = LimitsConfig.model_validate({
        "default": {"requests_per_minute": 100},
        "keys": {"k1": {"requests_per_minute": 2}},
        "models": {"gpt": {"requests_per_minute": 3}}})
    limiter = Limiter(config, LocalCounters())
    k1 = ApiKey("k1", "crm", frozenset({"generate"}), "default", "")
    k2 = ApiKey("k2", "crm", frozenset({"generate"}), "default", "")

    async def scenario() -> list[str]:
        out = []
        for key in (k1, k1, k1, k2, k2):
            try:
                res = await limiter.reserve(key, "gpt", 10)
                assert res is not None
                out.append(res.headers["x-ratelimit-remaining-requests"])
            except GatewayError as err:
                out.append(err.message.split(" on ")[0])
        return out

    assert asyncio.run(scenario()) == [
        "1",  # the tightest bucket: k1's own 2, not the model's 3
        "0", "Rate limit reached for key k1",
        "0",  # k2 has 99 left, the model 0
        "Rate limit reached for model gpt"]
