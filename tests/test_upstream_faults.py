"""Upstream failures (injected by the real llmock server) become clear OpenAI-shaped errors."""

from __future__ import annotations

import httpx
import openai
import pytest

from tests.harness import Gateway, Llmock

MSG = [{"role": "user", "content": "Write a short thank-you note."}]


def client(gw: Gateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0, timeout=30)


def post(gw: Gateway, body: dict) -> httpx.Response:
    return httpx.post(f"{gw.v1}/chat/completions", json=body, timeout=30,
                      headers={"Authorization": f"Bearer {gw.keys['app']}"})


def test_429_keeps_retry_after(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "fail", "status": 429, "retry_after": 7})
    r = post(gateway, {"model": "mock", "messages": MSG})
    assert r.status_code == 429
    assert r.headers.get("retry-after") == "7"
    assert r.json()["error"]["code"] == "rate_limit_exceeded"
    assert r.json()["error"]["type"] == "rate_limit_error"


@pytest.mark.parametrize("status", [500, 503])
def test_5xx_is_a_clear_gateway_error(gateway: Gateway, mock: Llmock, status: int) -> None:
    mock.scenario({"type": "fail", "status": status})
    with pytest.raises(openai.APIStatusError) as exc:
        client(gateway).chat.completions.create(model="mock", messages=MSG)
    assert exc.value.status_code in (502, 503)
    assert "upstream model 'mock'" in exc.value.message


def test_connection_refused(gateway: Gateway) -> None:
    r = post(gateway, {"model": "dead", "messages": MSG})
    assert r.status_code == 502
    assert r.json()["error"]["code"] == "upstream_unreachable"


def test_timeout_is_504(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "delay", "seconds": 4})
    r = post(gateway, {"model": "mock-slow", "messages": MSG})
    assert r.status_code == 504
    assert r.json()["error"]["code"] == "upstream_timeout"


def test_fallback_to_next_route(gateway: Gateway, mock: Llmock) -> None:
    # A fallback answer says so: the body's model and a header name the route that answered.
    mock.scenario({"type": "fail", "status": 503})
    raw = client(gateway).chat.completions.with_raw_response.create(model="mock-fallback",
                                                                    messages=MSG)
    resp = raw.parse()
    assert "thank-you note" in resp.choices[0].message.content  # answered by echo
    assert resp.model == "echo"
    assert raw.headers["x-candor-resolved-model"] == "echo"
    assert raw.headers["x-candor-fallback-from"] == "mock-fallback"


def test_fallback_stream_names_the_model_that_answered(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "fail", "status": 503})
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="mock-fallback", messages=MSG, stream=True)
    assert raw.headers["x-candor-resolved-model"] == "echo"
    chunks = [c for c in raw.parse() if c.choices]
    assert chunks and {c.model for c in chunks} == {"echo"}


def test_no_fallback_names_the_requested_model(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Thanks for everything."})
    raw = client(gateway).chat.completions.with_raw_response.create(model="mock-fallback",
                                                                    messages=MSG)
    assert raw.parse().model == "mock-fallback"
    assert raw.headers["x-candor-resolved-model"] == "mock-fallback"
    assert "x-candor-fallback-from" not in raw.headers


def _stream_text_or_error(gw: Gateway) -> tuple[str, Exception | None]:
    text = ""
    try:
        for chunk in client(gw).chat.completions.create(model="mock", messages=MSG, stream=True):
            for c in chunk.choices:
                text += c.delta.content or ""
    except Exception as exc:  # noqa: BLE001
        return text, exc
    return text, None


@pytest.mark.parametrize("kind", ["disconnect", "truncate", "malformed"])
def test_cut_stream_ends_with_an_error_event(gateway: Gateway, mock: Llmock, kind: str) -> None:
    mock.scenario({"type": "stream_fault", "kind": kind, "after_chunks": 2})
    _, error = _stream_text_or_error(gateway)
    assert isinstance(error, openai.APIError), f"{kind}: stream ended silently"


def test_cut_stream_raw_sse_has_error_and_no_done(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "stream_fault", "kind": "disconnect", "after_chunks": 2})
    with httpx.stream("POST", f"{gateway.v1}/chat/completions", timeout=30,
                      headers={"Authorization": f"Bearer {gateway.keys['app']}"},
                      json={"model": "mock", "messages": MSG, "stream": True}) as r:
        body = r.read().decode()
    assert r.status_code == 200
    assert '"error"' in body and "[DONE]" not in body


def test_stall_longer_than_timeout(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "stream_fault", "kind": "stall", "after_chunks": 1,
                   "stall_seconds": 5})
    gw_text = ""
    with httpx.stream("POST", f"{gateway.v1}/chat/completions", timeout=30,
                      headers={"Authorization": f"Bearer {gateway.keys['app']}"},
                      json={"model": "mock-slow", "messages": MSG, "stream": True}) as r:
        gw_text = r.read().decode()
    assert "upstream_timeout" in gw_text


def test_stream_error_before_first_chunk_is_an_http_error(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "fail", "status": 429, "retry_after": 3})
    r = post(gateway, {"model": "mock", "messages": MSG, "stream": True})
    assert r.status_code == 429 and r.headers.get("retry-after") == "3"


def test_gateway_survives_all_of_it(gateway: Gateway) -> None:
    resp = client(gateway).chat.completions.create(model="echo", messages=MSG)
    assert resp.choices[0].message.content
