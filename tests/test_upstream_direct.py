"""openai/<model> routes go straight to the OpenAI-compatible upstream (no litellm in the hot path).

Real gateway process, real llmock upstream with its fault injection, the real openai SDK.
The same behaviours must hold as through litellm: what reaches the provider, error statuses,
Retry-After, fallbacks, timeouts, and a stream cut mid-way ending with an error event.
"""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from tests.conftest import PROVIDER_KEY
from tests.harness import Gateway, Llmock, mock_models, start_gateway

MSG = [{"role": "user", "content": "Write a subject line for a spring sale"}]


def client(gw: Gateway, **kw) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0, **kw)


def stream_text(stream) -> tuple[str, list]:  # type: ignore[no-untyped-def]
    chunks = list(stream)
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices), chunks


def test_stream_passes_through_and_asks_upstream_for_usage(gateway: Gateway, mock: Llmock) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="mock", messages=MSG, stream=True, max_tokens=40, temperature=0.2,
        metadata={"recipient_id": "r-9"})
    gen_id = raw.headers["x-candor-generation-id"]
    text, chunks = stream_text(raw.parse())
    assert text
    assert all(c.id == gen_id for c in chunks)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    body = mock.requests()[-1]["body"]
    assert body["model"] == "gpt-4o-mini" and body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["max_tokens"] == 40 and body["temperature"] == 0.2
    assert "metadata" not in body
    assert PROVIDER_KEY not in gateway.logs()


def test_tool_calls_stream_and_non_stream(gateway: Gateway, mock: Llmock) -> None:
    tools = [{"type": "function", "function": {"name": "get_offer", "parameters": {
        "type": "object", "properties": {"sku": {"type": "string"}}}}}]
    mock.scenario({"type": "reply", "tool_calls": [{"name": "get_offer",
                                                    "arguments": {"sku": "RJ-1"}}], "times": 2})
    resp = client(gateway).chat.completions.create(model="mock", messages=MSG, tools=tools)
    call = resp.choices[0].message.tool_calls[0]
    assert call.function.name == "get_offer" and '"RJ-1"' in call.function.arguments
    assert resp.choices[0].finish_reason == "tool_calls"
    _, chunks = stream_text(client(gateway).chat.completions.create(
        model="mock", messages=MSG, tools=tools, stream=True))
    args = "".join(tc.function.arguments or "" for c in chunks if c.choices
                   for tc in (c.choices[0].delta.tool_calls or []))
    assert '"RJ-1"' in args


@pytest.mark.parametrize("status,expected,exc_type", [
    (500, 502, openai.InternalServerError),
    (503, 503, openai.InternalServerError),
    (400, 400, openai.BadRequestError),
])
def test_upstream_status_errors(gateway: Gateway, mock: Llmock, status: int, expected: int,
                                exc_type: type[Exception]) -> None:
    mock.scenario({"type": "fail", "status": status})
    with pytest.raises(exc_type) as exc:
        client(gateway).chat.completions.create(model="mock", messages=MSG)
    assert exc.value.status_code == expected  # type: ignore[attr-defined]


def test_rate_limit_keeps_retry_after(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "fail", "status": 429, "retry_after": 7, "match": {"stream": True}})
    with pytest.raises(openai.RateLimitError) as exc:
        client(gateway).chat.completions.create(model="mock", messages=MSG, stream=True)
    assert exc.value.response.headers["retry-after"] == "7"
    assert exc.value.code == "rate_limit_exceeded"


def test_fallback_after_upstream_failure(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "fail", "status": 500})
    resp = client(gateway).chat.completions.create(model="mock-fallback", messages=MSG)
    assert resp.choices[0].message.content  # answered by the echo fallback


def test_unreachable_and_timeout(gateway: Gateway, mock: Llmock) -> None:
    with pytest.raises(openai.APIStatusError) as exc:
        client(gateway).chat.completions.create(model="dead", messages=MSG)
    assert exc.value.status_code == 502 and exc.value.code == "upstream_unreachable"
    mock.scenario({"type": "delay", "seconds": 3})
    with pytest.raises(openai.APIStatusError) as exc:
        client(gateway).chat.completions.create(model="mock-slow", messages=MSG)
    assert exc.value.status_code == 504 and exc.value.code == "upstream_timeout"


@pytest.mark.parametrize("kind,code", [
    ("disconnect", "upstream_stream_truncated"),
    ("truncate", "upstream_stream_truncated"),
    ("malformed", "upstream_bad_response"),
    ("stall", "upstream_timeout"),
])
def test_broken_stream_ends_with_error_event(gateway: Gateway, mock: Llmock, kind: str,
                                             code: str) -> None:
    mock.scenario({"type": "stream_fault", "kind": kind, "after_chunks": 2, "stall_seconds": 3})
    stream = client(gateway).chat.completions.create(model="mock-slow", messages=MSG, stream=True)
    with pytest.raises(openai.APIError) as exc:
        list(stream)
    assert (exc.value.body or {}).get("code") == code  # type: ignore[union-attr]


def test_same_answers_through_litellm(tmp_path: Path, llmock: Llmock, mock: Llmock) -> None:
    """``upstream_direct_openai: false`` sends the same routes through litellm, same shapes."""
    gw = start_gateway(tmp_path / "gw", mock_models(llmock),
                       env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings={"upstream_direct_openai": False})
    try:
        resp = client(gw).chat.completions.create(model="mock", messages=MSG, max_tokens=30)
        assert resp.choices[0].message.content and resp.model == "mock"
        text, _ = stream_text(client(gw).chat.completions.create(model="mock", messages=MSG,
                                                                  stream=True))
        assert text
        mock.scenario({"type": "fail", "status": 429, "retry_after": 3})
        with pytest.raises(openai.RateLimitError):
            client(gw).chat.completions.create(model="mock", messages=MSG)
        assert mock.requests()[0]["body"]["model"] == "gpt-4o-mini"
    finally:
        gw.stop()
