"""Every OpenAI surface a marketing tool uses, through the real SDKs."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from tests.harness import Gateway, Llmock


def client(gw: Gateway, key: str = "app") -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)


MSG = [{"role": "user", "content": "Write a one-line welcome for the spring sale."}]


def test_tools_and_tool_calls_non_stream(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "tool_calls": [
        {"name": "lookup_order", "arguments": {"order": "A-1001"}}]})
    tools = [{"type": "function", "function": {
        "name": "lookup_order", "description": "Find an order",
        "parameters": {"type": "object", "properties": {"order": {"type": "string"}}}}}]
    resp = client(gateway).chat.completions.create(model="mock", messages=MSG, tools=tools)
    call = resp.choices[0].message.tool_calls[0]
    assert call.function.name == "lookup_order"
    assert json.loads(call.function.arguments) == {"order": "A-1001"}
    assert resp.choices[0].finish_reason == "tool_calls"
    assert mock.requests()[0]["body"]["tools"][0]["function"]["name"] == "lookup_order"


def test_tool_calls_stream_and_tool_results(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "tool_calls": [
        {"name": "lookup_order", "arguments": {"order": "A-1001"}}]})
    tools = [{"type": "function", "function": {
        "name": "lookup_order", "parameters": {"type": "object", "properties": {
            "order": {"type": "string"}}}}}]
    stream = client(gateway).chat.completions.create(model="mock", messages=MSG, tools=tools,
                                                     stream=True)
    args, name, finish = "", None, None
    for chunk in stream:
        for choice in chunk.choices:
            for tc in choice.delta.tool_calls or []:
                name = tc.function.name or name
                args += tc.function.arguments or ""
            finish = choice.finish_reason or finish
    assert name == "lookup_order" and json.loads(args) == {"order": "A-1001"}
    assert finish == "tool_calls"
    # The tool result goes back up unchanged (and scanned by input stages).
    follow = MSG + [
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
         "function": {"name": "lookup_order", "arguments": args}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "Order A-1001 shipped."},
    ]
    resp = client(gateway).chat.completions.create(model="mock", messages=follow, tools=tools)
    assert resp.choices[0].message.content
    sent = mock.requests()[-1]["body"]["messages"]
    assert sent[-1] == {"role": "tool", "tool_call_id": "call_1", "content": "Order A-1001 shipped."}


def test_response_format_json_object_and_schema(gateway: Gateway) -> None:
    c = client(gateway)
    resp = c.chat.completions.create(model="echo", messages=MSG,
                                     response_format={"type": "json_object"})
    assert json.loads(resp.choices[0].message.content)["messages"][0]["role"] == "user"
    schema = {"type": "json_schema", "json_schema": {"name": "copy", "schema": {
        "type": "object", "properties": {"messages": {"type": "array"}}}}}
    resp = c.chat.completions.create(model="echo", messages=MSG, response_format=schema)
    assert "messages" in json.loads(resp.choices[0].message.content)


def test_n_and_token_limits(gateway: Gateway, mock: Llmock) -> None:
    c = client(gateway)
    resp = c.chat.completions.create(model="echo", messages=MSG, n=2, max_tokens=20)
    assert [ch.index for ch in resp.choices] == [0, 1]
    c.chat.completions.create(model="mock", messages=MSG, max_completion_tokens=33)
    c.chat.completions.create(model="mock", messages=MSG, max_tokens=21)
    bodies = [r["body"] for r in mock.requests()]
    assert bodies[0].get("max_completion_tokens") == 33 or bodies[0].get("max_tokens") == 33
    assert bodies[1].get("max_tokens") == 21


def test_legacy_completions(gateway: Gateway) -> None:
    c = client(gateway)
    resp = c.completions.create(model="echo", prompt="Say hello to the team", max_tokens=30)
    assert resp.object == "text_completion"
    assert "Say hello to the team" in resp.choices[0].text
    parts = [ch.choices[0].text for ch in c.completions.create(
        model="echo", prompt="Say hello to the whole team today", stream=True) if ch.choices]
    assert "Say hello to the whole team today" in "".join(parts)


def test_embeddings(gateway: Gateway, mock: Llmock) -> None:
    c = client(gateway)
    resp = c.embeddings.create(model="echo", input=["spring sale", "winter coats"])
    assert len(resp.data) == 2 and len(resp.data[0].embedding) == 64
    resp = c.embeddings.create(model="mock", input="spring sale")
    assert resp.data[0].embedding
    assert mock.requests()[0]["body"]["input"] in ("spring sale", ["spring sale"])


def test_responses_api_non_stream_and_stream(gateway: Gateway) -> None:
    c = client(gateway)
    resp = c.responses.create(model="echo", input="Draft a tagline", instructions="Be short.")
    assert resp.status == "completed"
    assert resp.id.startswith("resp_")
    text = resp.output_text
    assert "system: Be short." in text and "user: Draft a tagline" in text
    assert resp.usage.input_tokens > 0
    events = list(c.responses.create(model="echo", input="Draft a tagline", stream=True))
    kinds = [e.type for e in events]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert "response.output_text.delta" in kinds
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert "Draft a tagline" in deltas
    assert events[-1].response.output[0].content[0].text == deltas


def test_responses_api_tools(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "tool_calls": [
        {"name": "get_offer", "arguments": {"sku": "RJ-1"}}]})
    resp = client(gateway).responses.create(
        model="mock", input=[{"role": "user", "content": [{"type": "input_text",
                                                           "text": "Find the offer"}]}],
        tools=[{"type": "function", "name": "get_offer", "parameters": {
            "type": "object", "properties": {"sku": {"type": "string"}}}}])
    call = [o for o in resp.output if o.type == "function_call"][0]
    assert call.name == "get_offer" and json.loads(call.arguments) == {"sku": "RJ-1"}
    body = mock.requests()[0]["body"]
    assert body["tools"][0]["function"]["name"] == "get_offer"


def test_langchain_chat_openai(gateway: Gateway) -> None:
    from langchain_openai import ChatOpenAI

    llm = ChatOpenAI(model="echo", base_url=gateway.v1, api_key=gateway.keys["app"],
                     max_retries=0)
    out = llm.invoke("Write a haiku about rain jackets")
    assert "Write a haiku about rain jackets" in out.content
    streamed = "".join(chunk.content for chunk in llm.stream("Name three colours"))
    assert "Name three colours" in streamed


def test_metadata_from_headers_and_body(gateway: Gateway) -> None:
    r = httpx.post(f"{gateway.v1}/chat/completions", headers={
        "Authorization": f"Bearer {gateway.keys['app']}", "X-Candor-Channel": "sms"},
        json={"model": "echo", "messages": MSG, "metadata": {"channel": "email",
                                                            "campaign": "spring"}})
    assert r.status_code == 200
    assert r.headers["x-candor-generation-id"] == r.json()["id"]


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/completions", "/v1/responses"])
def test_generation_id_header_matches_body(gateway: Gateway, path: str) -> None:
    body = {"model": "echo", "messages": MSG, "prompt": "hi", "input": "hi"}
    r = httpx.post(gateway.base_url + path, json=body,
                   headers={"Authorization": f"Bearer {gateway.keys['app']}"})
    assert r.status_code == 200, r.text
    assert r.headers["x-candor-generation-id"] == r.json()["id"]
