"""The official openai SDK against a real gateway process and a real llmock upstream."""

from __future__ import annotations

import openai
import pytest

from gateway.marking import strip_marks
from tests.conftest import PROVIDER_KEY
from tests.harness import Gateway, Llmock


def client(gw: Gateway, key: str = "app", **kw) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0, **kw)


def test_chat_non_stream_echo(gateway: Gateway) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="echo", messages=[{"role": "user", "content": "Hello there"}])
    resp = raw.parse()
    assert resp.object == "chat.completion"
    assert resp.model == "echo"
    assert raw.headers["x-candor-generation-id"] == resp.id
    # echo: what the provider received, in plain text, marked like any answer
    content = resp.choices[0].message.content
    assert content != strip_marks(content)
    assert strip_marks(content) == "user: Hello there"
    assert resp.usage and resp.usage.total_tokens > 0


def test_chat_through_llmock_reaches_upstream(gateway: Gateway, mock: Llmock) -> None:
    resp = client(gateway).chat.completions.create(
        model="mock", messages=[{"role": "system", "content": "Be brief."},
                                {"role": "user", "content": "Write a subject line"}],
        max_tokens=50, metadata={"campaign": "spring", "recipient_id": "r-1"})
    assert resp.choices[0].message.content
    assert resp.id.startswith("chatcmpl-")
    seen = mock.requests()
    assert len(seen) == 1
    body = seen[0]["body"]
    assert body["model"] == "gpt-4o-mini"
    assert body["messages"][-1]["content"] == "Write a subject line"
    assert "metadata" not in body  # Candor's metadata (recipient ids) never goes upstream
    assert PROVIDER_KEY not in gateway.logs()


def test_chat_stream_with_usage(gateway: Gateway) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="echo", stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "one two three four five six seven"}],
    )
    gen_id = raw.headers["x-candor-generation-id"]
    chunks = list(raw.parse())
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert strip_marks(text) == "user: one two three four five six seven"
    assert all(c.id == gen_id for c in chunks)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage is not None and chunks[-1].choices == []


def test_errors_are_openai_shaped(gateway: Gateway) -> None:
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=gateway.v1, api_key="ck_nope_nope", max_retries=0).models.list()
    with pytest.raises(openai.NotFoundError) as exc:
        client(gateway).chat.completions.create(model="nope", messages=[{"role": "user",
                                                                          "content": "x"}])
    assert exc.value.code == "model_not_found"
    with pytest.raises(openai.PermissionDeniedError):
        client(gateway, "auditor").chat.completions.create(
            model="echo", messages=[{"role": "user", "content": "x"}])


def test_models_list(gateway: Gateway) -> None:
    ids = {m.id for m in client(gateway).models.list()}
    assert {"echo", "mock"} <= ids
