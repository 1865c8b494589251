"""Bad input gets a clear OpenAI-shaped error and the right status; nothing crashes a worker."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.harness import Gateway


def post(gw: Gateway, path: str, content: bytes | str, key: str = "app",
         headers: dict | None = None) -> httpx.Response:
    return httpx.post(gw.base_url + path, content=content, timeout=30, headers={
        "Authorization": f"Bearer {gw.keys[key]}", "Content-Type": "application/json",
        **(headers or {})})


def assert_openai_error(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert "Traceback" not in r.text
    return err


@pytest.mark.parametrize("content,param", [
    (b"{not json", None),
    (b"", None),
    (b"[]", None),
    (json.dumps({"model": "echo"}), "messages"),
    (json.dumps({"model": "echo", "messages": []}), "messages"),
    (json.dumps({"model": "echo", "messages": "hello"}), "messages"),
    (json.dumps({"model": 5, "messages": [{"role": "user", "content": "x"}]}), "model"),
    (json.dumps({"model": "echo", "messages": [{"role": "wizard", "content": "x"}]}),
     "messages[0].role"),
    (json.dumps({"model": "echo", "messages": [{"role": "user", "content": 3}]}),
     "messages[0].content"),
    (json.dumps({"model": "echo", "stream": "yes", "messages": [{"role": "user",
                                                                 "content": "x"}]}), "stream"),
    (json.dumps({"model": "echo", "n": 0, "messages": [{"role": "user", "content": "x"}]}), "n"),
    (json.dumps({"model": "echo", "temperature": "hot",
                 "messages": [{"role": "user", "content": "x"}]}), "temperature"),
])
def test_malformed_chat_bodies(gateway: Gateway, content: bytes | str, param: str | None) -> None:
    err = assert_openai_error(post(gateway, "/v1/chat/completions", content), 400)
    assert err["type"] == "invalid_request_error"
    if param:
        assert err["param"] == param


def test_body_over_limit_is_413(gateway: Gateway) -> None:
    big = json.dumps({"model": "echo", "messages": [{"role": "user", "content": "x" * (5 << 20)}]})
    err = assert_openai_error(post(gateway, "/v1/chat/completions", big), 413)
    assert err["code"] == "request_too_large"


def test_unknown_endpoint_and_method(gateway: Gateway) -> None:
    assert_openai_error(post(gateway, "/v1/images/generations", "{}"), 404)
    r = httpx.get(gateway.base_url + "/v1/chat/completions",
                  headers={"Authorization": f"Bearer {gateway.keys['app']}"})
    assert_openai_error(r, 405)


def test_missing_key_is_401(gateway: Gateway) -> None:
    r = httpx.post(gateway.v1 + "/chat/completions", json={})
    assert_openai_error(r, 401)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
chat_like = st.fixed_dictionaries({}, optional={
    "model": st.sampled_from(["echo", "nope", ""]) | json_values,
    "messages": st.lists(st.fixed_dictionaries({}, optional={
        "role": st.sampled_from(["user", "system", "assistant", "tool", "x"]) | json_values,
        "content": st.text(max_size=40) | json_values,
        "tool_calls": json_values,
    }), max_size=3) | json_values,
    "stream": st.booleans() | json_values,
    "n": st.integers(-2, 3) | json_values,
    "max_tokens": st.integers(-5, 50) | json_values,
    "tools": json_values,
    "response_format": json_values,
    "metadata": json_values,
})


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=chat_like, path=st.sampled_from(["/v1/chat/completions", "/v1/completions",
                                              "/v1/responses", "/v1/embeddings"]))
def test_fuzzed_bodies_never_500(gateway: Gateway, body: dict, path: str) -> None:
    if path != "/v1/chat/completions":
        body = {**body, "prompt": body.get("messages"), "input": body.get("messages")}
    r = post(gateway, path, json.dumps(body))
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        assert set(r.json()["error"]) == {"message", "type", "param", "code"}
    elif "text/event-stream" not in r.headers.get("content-type", ""):
        assert "id" in r.json() or "data" in r.json()


def test_still_healthy_after_fuzzing(gateway: Gateway) -> None:
    assert httpx.get(gateway.base_url + "/healthz").json() == {"status": "ok"}
