"""Issue 13: hostile input and faults, through the real gateway.

- invalid Unicode (lone surrogates) anywhere in a body is a 400 at the door, and one record that
  cannot be encoded never fails the batch it shares with other requests (item 2);
- records larger than the worker<->writer-child pipe's buffer are stored (item 3);
- deep nesting and huge texts are 400s or succeed, never 5xx (item 8);
- empty upstream answers are 502 ``upstream_empty_response`` on every path (item 9).
"""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import httpx
import pytest

from tests.conftest import PROVIDER_KEY
from tests.harness import Gateway, Llmock, start_gateway

MSG = [{"role": "user", "content": "Write a short thank-you note."}]


def post(gw: Gateway, body: bytes | dict, path: str = "/v1/chat/completions",
         headers: dict | None = None, timeout: float = 120) -> httpx.Response:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(gw.base_url + path, content=raw, timeout=timeout, headers={
        "Authorization": f"Bearer {gw.keys['app']}", "Content-Type": "application/json",
        **(headers or {})})


def record(gw: Gateway, generation_id: str) -> dict[str, Any]:
    r = httpx.get(f"{gw.base_url}/audit/v1/generations/{generation_id}", timeout=60,
                  headers={"Authorization": f"Bearer {gw.keys['auditor']}"})
    assert r.status_code == 200, r.text
    return r.json()["record"]


def openai_error(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text[:500]
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    return err


def sse_events(r: httpx.Response) -> list[Any]:
    out = []
    for line in r.text.splitlines():
        if line.startswith("data: "):
            data = line[6:]
            out.append(data if data == "[DONE]" else json.loads(data))
    return out


# -- item 2 and 8: invalid Unicode is a 400 at the door ---------------------------------------

SURROGATE = "\\ud800"  # as the JSON escape a client sends


@pytest.mark.parametrize("raw,param", [
    ('{"model":"echo","messages":[{"role":"user","content":"hi"}],'
     '"metadata":{"campaign":"%s"}}' % SURROGATE, "metadata.campaign"),
    ('{"model":"echo","messages":[{"role":"user","content":"hi"}],"x_unknown":"a%sb"}'
     % SURROGATE, "x_unknown"),
    ('{"model":"echo","messages":[{"role":"user","content":"hi %s"}]}' % SURROGATE,
     "messages[0].content"),
    ('{"model":"mock","messages":[{"role":"user","content":[{"type":"text","text":"%s"}]}]}'
     % "\\udc00", "messages[0].content[0].text"),
    ('{"model":"echo","messages":[{"role":"user","content":"hi"}],"user":"u%s"}' % SURROGATE,
     "user"),
])
def test_lone_surrogate_is_a_400_at_the_door(gateway: Gateway, raw: str, param: str) -> None:
    err = openai_error(post(gateway, raw.encode()), 400)
    assert err["type"] == "invalid_request_error"
    assert err["code"] == "invalid_unicode"
    assert err["param"] == param


def test_lone_surrogate_in_a_field_name_is_a_400(gateway: Gateway) -> None:
    raw = '{"model":"echo","messages":[{"role":"user","content":"hi"}],"metadata":{"a%s":"b"}}'
    err = openai_error(post(gateway, (raw % SURROGATE).encode()), 400)
    assert err["code"] == "invalid_unicode"
    assert err["param"].startswith("metadata.a")


@pytest.mark.parametrize("path,body", [
    ("/v1/completions", '{"model":"echo","prompt":"hi %s"}'),
    ("/v1/responses", '{"model":"echo","input":"hi %s"}'),
    ("/v1/embeddings", '{"model":"echo","input":"hi %s"}'),
])
def test_lone_surrogate_on_every_endpoint(gateway: Gateway, path: str, body: str) -> None:
    err = openai_error(post(gateway, (body % SURROGATE).encode(), path), 400)
    assert err["code"] == "invalid_unicode"


def test_valid_astral_characters_still_pass(gateway: Gateway) -> None:
    # a correctly paired surrogate escape is a real character (an emoji), not an error
    raw = '{"model":"echo","messages":[{"role":"user","content":"thanks \\ud83d\\ude00"}]}'
    r = post(gateway, raw.encode())
    assert r.status_code == 200, r.text
    assert "\U0001F600" in r.json()["choices"][0]["message"]["content"]


def test_surrogate_senders_do_not_fail_other_tenants(gateway: Gateway) -> None:
    """Item 2's drill, concurrently: app A's bad requests are refused, app B's all succeed."""
    bad = ('{"model":"echo","messages":[{"role":"user","content":"hi"}],'
           '"metadata":{"campaign":"%s"}}' % SURROGATE).encode()

    async def run() -> list[int]:
        async with httpx.AsyncClient(timeout=60, headers={
                "Authorization": f"Bearer {gateway.keys['app']}",
                "Content-Type": "application/json"}) as c:
            async def one(i: int) -> int:
                if i % 2:
                    return (await c.post(gateway.v1 + "/chat/completions", content=bad)).status_code
                r = await c.post(gateway.v1 + "/chat/completions",
                                 json={"model": "echo", "messages": MSG})
                return 1000 + r.status_code
            return await asyncio.gather(*(one(i) for i in range(40)))

    codes = asyncio.run(run())
    assert sorted(set(codes)) == [400, 1200], codes


# -- item 8: nesting and size ---------------------------------------------------------------

def test_deep_nesting_is_a_400_not_a_500(gateway: Gateway) -> None:
    raw = (b'{"model":"echo","messages":[{"role":"user","content":"hi"}],"x":'
           + b"[" * 600 + b"]" * 600 + b"}")
    err = openai_error(post(gateway, raw), 400)
    assert err["code"] == "nesting_too_deep" and err["param"].startswith("x[0]")


def test_very_deep_nesting_is_a_400(gateway: Gateway) -> None:
    # deeper than orjson parses: the fallback parser's RecursionError is a 400 too
    raw = b'{"model":"echo","messages":[],"x":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    err = openai_error(post(gateway, raw), 400)
    assert err["code"] == "nesting_too_deep"


def test_deep_field_in_a_content_part_is_not_an_upstream_error(gateway: Gateway,
                                                               mock: Llmock) -> None:
    part = {"type": "text", "text": "hi"}
    deep: Any = []
    for _ in range(400):
        deep = [deep]
    part["x"] = deep
    body = {"model": "mock", "messages": [{"role": "user", "content": [part]}]}
    err = openai_error(post(gateway, body), 400)
    assert err["code"] == "nesting_too_deep"
    assert err["param"].startswith("messages[0].content[0].x")
    assert not mock.requests()  # never sent upstream


def test_reasonable_nesting_still_passes(gateway: Gateway) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(12):  # a JSON schema 24 levels deep
        schema = {"type": "object", "properties": {"a": schema}}
    r = post(gateway, {"model": "echo", "messages": MSG, "tools": [
        {"type": "function", "function": {"name": "f", "parameters": schema}}]})
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("model,stream", [("echo", False), ("mock", False), ("mock", True)])
def test_a_million_characters_without_a_sentence_break(gateway: Gateway, mock: Llmock,
                                                       model: str, stream: bool) -> None:
    text = "word " * 200_000  # 1,000,000 characters, no sentence end
    r = post(gateway, {"model": model, "stream": stream,
                       "messages": [{"role": "user", "content": text}]})
    assert r.status_code == 200, r.text[:500]
    gen_id = r.headers["x-candor-generation-id"]
    if stream:
        events = sse_events(r)
        assert events[-1] == "[DONE]" and not any("error" in e for e in events[:-1])
    rec = record(gateway, gen_id)
    assert rec["status"] == "ok"


# -- item 3: large records reach the store ----------------------------------------------------

def test_ten_thousand_messages_are_stored(gateway: Gateway) -> None:
    messages = [{"role": "user", "content": f"line {i}: nothing to see here"}
                for i in range(10_000)]
    r = post(gateway, {"model": "echo", "messages": messages})
    assert r.status_code == 200, r.text[:500]
    rec = record(gateway, r.headers["x-candor-generation-id"])
    assert rec["status"] == "ok"
    assert len(rec["prompt"]["messages"]) == 10_000
    # and the writer child is still there for the next request
    assert post(gateway, {"model": "echo", "messages": MSG}).status_code == 200


def test_a_huge_streamed_answer_is_stored(big_gateway: Gateway) -> None:
    r = post(big_gateway, {"model": "big", "stream": True, "messages": MSG}, timeout=300)
    assert r.status_code == 200
    events = sse_events(r)
    assert events[-1] == "[DONE]", events[-2:]
    assert not any(isinstance(e, dict) and "error" in e for e in events), \
        [e for e in events if isinstance(e, dict) and "error" in e]
    text = "".join(c["delta"].get("content") or "" for e in events[:-1]
                   for c in e.get("choices", []))
    assert len(text) >= BIG_ANSWER
    rec = record(big_gateway, r.headers["x-candor-generation-id"])
    assert rec["status"] == "ok"
    stored = json.dumps(rec["output"])
    assert len(stored) >= BIG_ANSWER


@pytest.fixture(scope="module")
def capped_gateway(tmp_path_factory: pytest.TempPathFactory, fake_upstream: str) -> Iterator[Gateway]:
    gw = start_gateway(tmp_path_factory.mktemp("capped-gw"), _fake_routes(fake_upstream),
                       settings={"max_output_chars": 1_000_000})
    yield gw
    gw.stop()


def test_an_answer_past_max_output_chars_is_cut_and_recorded(capped_gateway: Gateway) -> None:
    """Item 11: what a worker holds for one answer is bounded. Past ``max_output_chars`` the
    stream ends with an in-band 502-shaped error and the record says what the client got."""
    r = post(capped_gateway, {"model": "big", "stream": True, "messages": MSG}, timeout=300)
    assert r.status_code == 200
    events = sse_events(r)
    errors = [e for e in events if isinstance(e, dict) and "error" in e]
    assert errors and errors[-1]["error"]["code"] == "output_too_large", events[-2:]
    text = "".join(c["delta"].get("content") or "" for e in events
                   if isinstance(e, dict) for c in e.get("choices", []))
    assert 1_000_000 - 2 * len(_PIECE) < len(text) <= 1_000_000
    rec = record(capped_gateway, r.headers["x-candor-generation-id"])
    assert rec["status"] == "upstream_error" and rec["http_status"] == 502
    assert rec["error"]["code"] == "output_too_large"
    assert json.dumps(rec["output"]).count("Jack") == text.count("Jack")  # what the client got


def test_a_whole_answer_past_the_limit_is_refused_unread(capped_gateway: Gateway) -> None:
    """The non-stream body is read with a limit (4 x max_output_chars + 1 MiB), not trusted."""
    r = post(capped_gateway, {"model": "big", "messages": MSG}, timeout=300)
    err = openai_error(r, 502)
    assert err["code"] == "output_too_large", err
    rec = record(capped_gateway, r.headers["x-candor-generation-id"])
    assert rec["status"] == "upstream_error" and not rec["output"]


# -- item 9: empty upstream answers -----------------------------------------------------------

BIG_ANSWER = 8_000_000  # well past the pipe buffer (the drill: 21.6 MB, same failure)
_PIECE = "All work and no play makes Jack a dull boy. " * 200  # ~8.8 KB per chunk


class FakeUpstream(BaseHTTPRequestHandler):
    """OpenAI-compatible answers llmock cannot script, chosen by the requested model name."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802
        req = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        model, stream = req["model"], bool(req.get("stream"))
        base = {"id": "x", "created": 1, "model": model}
        if not stream:
            if model == "nochoices":
                body = {**base, "object": "chat.completion", "choices": [],
                        "usage": {"prompt_tokens": 3, "completion_tokens": 0,
                                  "total_tokens": 3}}
            else:
                text = "x" * 6_000_000 if model == "big" else "fine"
                body = {**base, "object": "chat.completion", "choices": [{
                    "index": 0, "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop"}]}
            try:
                self._send(200, json.dumps(body).encode())
            except (BrokenPipeError, ConnectionResetError):
                pass  # the gateway stopped reading an answer too large for it
            return
        chunks: list[Any]
        if model == "nodata":
            chunks = []
        elif model in ("doneonly", "nochoices"):
            chunks = ["[DONE]"]
        elif model == "usageonly":
            chunks = [{**base, "object": "chat.completion.chunk", "choices": [],
                       "usage": {"prompt_tokens": 3, "completion_tokens": 0,
                                 "total_tokens": 3}}, "[DONE]"]
        elif model == "big":
            self._stream_big(base)
            return
        else:
            chunks = [{**base, "object": "chat.completion.chunk", "choices": [{
                "index": 0, "delta": {"role": "assistant", "content": "fine"},
                "finish_reason": "stop"}]}, "[DONE]"]
        data = b"".join(b"data: " + (c.encode() if isinstance(c, str) else json.dumps(c).encode())
                        + b"\n\n" for c in chunks)
        self._send(200, data, "text/event-stream")

    def _stream_big(self, base: dict[str, Any]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def emit(obj: Any) -> None:
            raw = obj.encode() if isinstance(obj, str) else json.dumps(obj).encode()
            data = b"data: " + raw + b"\n\n"
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

        sent = 0
        first = True
        while sent < BIG_ANSWER:
            delta: dict[str, Any] = {"content": _PIECE}
            if first:
                delta["role"], first = "assistant", False
            emit({**base, "object": "chat.completion.chunk",
                  "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
            sent += len(_PIECE)
        emit({**base, "object": "chat.completion.chunk",
              "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        emit("[DONE]")
        self.wfile.write(b"0\r\n\r\n")


@pytest.fixture(scope="module")
def fake_upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeUpstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def _fake_routes(base: str) -> dict[str, Any]:
    routes: dict[str, Any] = {"echo": {"model": "candor/echo"}}
    for name in ("nodata", "doneonly", "usageonly", "nochoices", "fine", "big"):
        route = {"model": f"openai/{name}", "api_base": base, "api_key_env": "MOCK_PROVIDER_KEY",
                 "timeout": 60, "retries": 0}
        routes[name] = route
        # extra litellm params: the same upstream through litellm instead of openai_compat
        routes[f"{name}-litellm"] = {**route, "params": {"extra_headers": {"X-Path": "litellm"}}}
    routes["nochoices-fallback"] = {**routes["nochoices"], "fallbacks": ["echo"]}
    return routes


@pytest.fixture(scope="module")
def empty_gateway(tmp_path_factory: pytest.TempPathFactory, fake_upstream: str,
                  llmock: Llmock) -> Iterator[Gateway]:
    routes = _fake_routes(fake_upstream)
    routes["llmock"] = {"model": "openai/gpt-4o-mini", "api_base": f"{llmock.base_url}/v1",
                        "api_key_env": "MOCK_PROVIDER_KEY", "timeout": 10, "retries": 0}
    routes["llmock-litellm"] = {**routes["llmock"], "params": {"extra_headers": {"X-P": "l"}}}
    gw = start_gateway(tmp_path_factory.mktemp("empty-gw"), routes,
                       env={"MOCK_PROVIDER_KEY": PROVIDER_KEY})
    yield gw
    gw.stop()


@pytest.fixture(scope="module")
def big_gateway(empty_gateway: Gateway) -> Gateway:
    return empty_gateway


def _assert_empty_502(gw: Gateway, r: httpx.Response) -> None:
    err = openai_error(r, 502)
    assert err["code"] == "upstream_empty_response", err
    assert err["type"] == "api_error"
    rec = record(gw, r.headers["x-candor-generation-id"])
    assert rec["status"] == "upstream_error" and rec["http_status"] == 502


@pytest.mark.parametrize("route", ["nodata", "doneonly", "usageonly", "nodata-litellm",
                                   "doneonly-litellm", "usageonly-litellm"])
def test_empty_stream_is_a_502(empty_gateway: Gateway, route: str) -> None:
    # nothing was sent to the client yet (no choice arrived): a real HTTP 502, not a 200
    _assert_empty_502(empty_gateway, post(empty_gateway, {"model": route, "stream": True,
                                                          "messages": MSG}))


@pytest.mark.parametrize("route", ["nochoices", "nochoices-litellm"])
def test_choiceless_answer_is_a_502(empty_gateway: Gateway, route: str) -> None:
    _assert_empty_502(empty_gateway, post(empty_gateway, {"model": route, "messages": MSG}))


@pytest.mark.parametrize("route", ["llmock", "llmock-litellm"])
def test_llmock_stream_with_no_data_is_a_502(empty_gateway: Gateway, mock: Llmock,
                                             route: str) -> None:
    mock.scenario({"type": "stream_fault", "kind": "truncate", "after_chunks": 0})
    r = post(empty_gateway, {"model": route, "stream": True, "messages": MSG})
    if route == "llmock":
        _assert_empty_502(empty_gateway, r)
    else:  # litellm may already call this a cut stream: a 502 either way, never a 200 ok
        assert r.status_code == 502, r.text
        assert r.json()["error"]["code"] in ("upstream_empty_response",
                                             "upstream_stream_truncated")


def test_empty_answer_falls_back(empty_gateway: Gateway) -> None:
    r = post(empty_gateway, {"model": "nochoices-fallback", "messages": MSG})
    assert r.status_code == 200, r.text
    assert "thank-you note" in r.json()["choices"][0]["message"]["content"]


@pytest.mark.parametrize("route", ["fine", "fine-litellm"])
def test_non_empty_answers_still_pass(empty_gateway: Gateway, route: str) -> None:
    r = post(empty_gateway, {"model": route, "messages": MSG})
    assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"]
    r = post(empty_gateway, {"model": route, "stream": True, "messages": MSG})
    assert r.status_code == 200 and sse_events(r)[-1] == "[DONE]"


def test_gateway_failure_building_the_request_is_not_an_upstream_error() -> None:
    """An exception of the gateway's own code (a RecursionError, a TypeError) on the way
    upstream is a 500 internal_error, not a 502 blamed on the provider."""
    from gateway.models_config import ModelRoute
    from gateway.upstream.client import map_error

    route = ModelRoute(alias="m", model="openai/x")
    for exc in (RecursionError("deep"), TypeError("Recursion limit reached")):
        err = map_error(exc, route)
        assert (err.status, err.code) == (500, "internal_error")
    import litellm
    err = map_error(litellm.APIConnectionError("boom", "openai", "x"), route)
    assert err.status == 502


