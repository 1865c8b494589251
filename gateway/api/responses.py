"""The Responses API (``POST /v1/responses``), served through the chat pipeline.

The request is translated to a chat request, so every stage (PII, policies, marking, audit)
applies unchanged, and the answer is translated back: a response object, or the Responses event
stream (``response.created`` ... ``response.completed``) that the openai SDK and the Vercel ai
SDK consume. The gateway is stateless: ``previous_response_id`` is refused with a clear error.
"""

from __future__ import annotations

import time
import uuid
from typing import Any, AsyncIterator

from starlette.requests import Request
from starlette.responses import Response

from gateway.api.generation_routes import make_context, response_headers, services
from gateway.api.http import authenticate, json_response, read_json, sse, sse_event
from gateway.api.rejections import audited
from gateway.context import GenerationContext
from gateway.errors import invalid_request
from gateway.generation import upstream_request
from gateway.requests import ResponsesRequest, validate

_PASS = ("temperature", "top_p", "user", "parallel_tool_calls", "seed")


def _text_of(content: Any, param: str) -> Any:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise invalid_request("Message content must be a string or a list of parts.", param)
    parts: list[dict[str, Any]] = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind in ("input_text", "output_text", "text"):
            parts.append({"type": "text", "text": str(part.get("text", ""))})
        elif kind == "input_image":
            url = part.get("image_url") or part.get("file_id")
            parts.append({"type": "image_url", "image_url": {"url": url}})
        elif kind == "refusal":
            parts.append({"type": "text", "text": str(part.get("refusal", ""))})
        else:
            raise invalid_request(f"Unsupported content part type {kind!r}.", f"{param}[{j}].type",
                                  "unsupported_value")
    if all(p["type"] == "text" for p in parts):
        return "".join(p["text"] for p in parts)
    return parts


def to_chat(body: dict[str, Any]) -> dict[str, Any]:
    if body.get("previous_response_id"):
        raise invalid_request("previous_response_id is not supported: the gateway stores no "
                              "conversation state; send the full input.", "previous_response_id",
                              "unsupported_parameter")
    messages: list[dict[str, Any]] = []
    if body.get("instructions"):
        messages.append({"role": "system", "content": body["instructions"]})
    items = body["input"]
    if isinstance(items, str):
        items = [{"role": "user", "content": items}]
    for i, item in enumerate(items):
        kind = item.get("type", "message")
        param = f"input[{i}]"
        if kind == "message":
            role = item.get("role")
            if role not in ("user", "system", "developer", "assistant"):
                raise invalid_request(f"Invalid role {role!r}.", f"{param}.role", "invalid_value")
            messages.append({"role": role, "content": _text_of(item.get("content"), param)})
        elif kind == "function_call":
            call = {"id": item.get("call_id") or item.get("id"), "type": "function",
                    "function": {"name": item.get("name"), "arguments": item.get("arguments", "")}}
            last = messages[-1] if messages else None
            if last and last["role"] == "assistant" and "tool_calls" in last:
                last["tool_calls"].append(call)
            else:
                messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = item.get("output")
            messages.append({"role": "tool", "tool_call_id": item.get("call_id"),
                             "content": output if isinstance(output, str) else str(output)})
        elif kind == "reasoning":
            continue
        else:
            raise invalid_request(f"Unsupported input item type {kind!r}.", f"{param}.type",
                                  "unsupported_value")
    if not messages:
        raise invalid_request("'input' must not be empty.", "input")
    req: dict[str, Any] = {"messages": messages}
    for name in _PASS:
        if body.get(name) is not None:
            req[name] = body[name]
    if body.get("max_output_tokens"):
        req["max_tokens"] = body["max_output_tokens"]
    tools = []
    for j, tool in enumerate(body.get("tools") or []):
        if tool.get("type") != "function":
            raise invalid_request(f"Tool type {tool.get('type')!r} is not supported by the gateway.",
                                  f"tools[{j}].type", "unsupported_value")
        fn = {k: tool[k] for k in ("name", "description", "parameters", "strict") if k in tool}
        tools.append({"type": "function", "function": fn})
    if tools:
        req["tools"] = tools
    choice = body.get("tool_choice")
    if isinstance(choice, str):
        req["tool_choice"] = choice
    elif isinstance(choice, dict) and choice.get("type") == "function":
        req["tool_choice"] = {"type": "function", "function": {"name": choice.get("name")}}
    fmt = (body.get("text") or {}).get("format") if isinstance(body.get("text"), dict) else None
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        req["response_format"] = {"type": "json_schema", "json_schema": {
            k: fmt[k] for k in ("name", "schema", "strict", "description") if k in fmt}}
    elif isinstance(fmt, dict) and fmt.get("type") == "json_object":
        req["response_format"] = {"type": "json_object"}
    return req


def _usage(usage: dict[str, Any] | None) -> dict[str, Any] | None:
    if not usage:
        return None
    return {"input_tokens": usage.get("prompt_tokens", 0),
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": usage.get("completion_tokens", 0),
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": usage.get("total_tokens", 0)}


def _envelope(ctx: GenerationContext, body: dict[str, Any], status: str,
              output: list[dict[str, Any]], usage: dict[str, Any] | None,
              incomplete: str | None = None) -> dict[str, Any]:
    return {
        "id": ctx.generation_id, "object": "response", "created_at": int(ctx.received_at),
        "status": status, "model": ctx.resolved_model or ctx.requested_model, "output": output,
        "usage": _usage(usage), "error": None,
        "incomplete_details": {"reason": incomplete} if incomplete else None,
        "instructions": body.get("instructions"), "metadata": body.get("metadata") or {},
        "max_output_tokens": body.get("max_output_tokens"),
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "previous_response_id": None, "reasoning": None, "store": False,
        "temperature": body.get("temperature"), "top_p": body.get("top_p"),
        "tool_choice": body.get("tool_choice", "auto"), "tools": body.get("tools") or [],
        "text": body.get("text") or {"format": {"type": "text"}}, "truncation": "disabled",
        "user": body.get("user"),
    }


def _message_item(item_id: str, text: str, status: str = "completed") -> dict[str, Any]:
    return {"type": "message", "id": item_id, "status": status, "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}]}


def _incomplete(finish: str | None) -> str | None:
    return {"length": "max_output_tokens", "content_filter": "content_filter"}.get(finish or "")


@audited("responses")
async def responses(request: Request) -> Response:
    key = authenticate(request, "generate")
    svc = services(request)
    body = await read_json(request, svc.settings.max_body_bytes)
    parsed = validate(ResponsesRequest, body)
    chat = to_chat(body)
    stream = bool(parsed.stream)
    ctx = make_context(request, key, "responses", body, stream)
    req = upstream_request(chat)
    if not stream:
        out = await svc.generator.complete(ctx, req)
        choice = out["choices"][0]
        msg = choice["message"]
        items: list[dict[str, Any]] = []
        if msg.get("content"):
            items.append(_message_item("msg_" + uuid.uuid4().hex, msg["content"]))
        for call in msg.get("tool_calls") or []:
            items.append({"type": "function_call", "id": "fc_" + uuid.uuid4().hex,
                          "call_id": call["id"], "name": call["function"]["name"],
                          "arguments": call["function"].get("arguments", ""),
                          "status": "completed"})
        reason = _incomplete(choice.get("finish_reason"))
        resp = _envelope(ctx, body, "incomplete" if reason else "completed", items,
                         out.get("usage"), reason)
        return json_response(resp, headers=response_headers(ctx))
    chunks = await svc.generator.open_stream(ctx, req, include_usage=True)
    return sse(_events(ctx, body, chunks), response_headers(ctx))


async def _events(ctx: GenerationContext, body: dict[str, Any],
                  chunks: AsyncIterator[dict[str, Any]]) -> AsyncIterator[bytes]:
    seq = 0

    def event(kind: str, **data: Any) -> bytes:
        nonlocal seq
        payload = {"type": kind, "sequence_number": seq, **data}
        seq += 1
        return sse_event(kind, payload)

    yield event("response.created", response=_envelope(ctx, body, "in_progress", [], None))
    yield event("response.in_progress", response=_envelope(ctx, body, "in_progress", [], None))
    output: list[dict[str, Any]] = []
    text_item: dict[str, Any] | None = None
    text_parts: list[str] = []
    calls: dict[int, dict[str, Any]] = {}  # tool index -> item
    finish: str | None = None
    usage: dict[str, Any] | None = None

    def close_text() -> list[bytes]:
        nonlocal text_item
        if text_item is None:
            return []
        idx = output.index(text_item)
        text = "".join(text_parts)
        done = _message_item(text_item["id"], text)
        output[idx] = done
        text_item = None
        part = done["content"][0]
        return [
            event("response.output_text.done", item_id=done["id"], output_index=idx,
                  content_index=0, text=text, logprobs=[]),
            event("response.content_part.done", item_id=done["id"], output_index=idx,
                  content_index=0, part=part),
            event("response.output_item.done", output_index=idx, item=done),
        ]

    async for chunk in chunks:
        if "error" in chunk:
            err = chunk["error"]
            yield event("error", code=err.get("code"), message=err.get("message"),
                        param=err.get("param"))
            failed = _envelope(ctx, body, "failed", output, usage)
            failed["error"] = {"code": err.get("code") or "server_error",
                               "message": err.get("message")}
            yield event("response.failed", response=failed)
            return
        if chunk.get("usage"):
            usage = chunk["usage"]
        for choice in chunk.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if delta.get("content"):
                if text_item is None:
                    text_item = _message_item("msg_" + uuid.uuid4().hex, "", "in_progress")
                    text_item["content"] = []
                    output.append(text_item)
                    text_parts = []
                    idx = len(output) - 1
                    yield event("response.output_item.added", output_index=idx, item=text_item)
                    yield event("response.content_part.added", item_id=text_item["id"],
                                output_index=idx, content_index=0,
                                part={"type": "output_text", "text": "", "annotations": []})
                text_parts.append(delta["content"])
                yield event("response.output_text.delta", item_id=text_item["id"],
                            output_index=output.index(text_item), content_index=0,
                            delta=delta["content"], logprobs=[])
            for tc in delta.get("tool_calls") or []:
                t_index = tc.get("index", 0)
                fn = tc.get("function") or {}
                item = calls.get(t_index)
                if item is None:
                    for b in close_text():
                        yield b
                    item = {"type": "function_call", "id": "fc_" + uuid.uuid4().hex,
                            "call_id": tc.get("id") or "call_" + uuid.uuid4().hex[:24],
                            "name": fn.get("name") or "", "arguments": "",
                            "status": "in_progress"}
                    calls[t_index] = item
                    output.append(item)
                    yield event("response.output_item.added", output_index=len(output) - 1,
                                item=dict(item))
                if fn.get("arguments"):
                    item["arguments"] += fn["arguments"]
                    yield event("response.function_call_arguments.delta", item_id=item["id"],
                                output_index=output.index(item), delta=fn["arguments"])
            if choice.get("finish_reason"):
                finish = choice["finish_reason"]
    for b in close_text():
        yield b
    for item in calls.values():
        idx = output.index(item)
        item["status"] = "completed"
        yield event("response.function_call_arguments.done", item_id=item["id"],
                    output_index=idx, arguments=item["arguments"])
        yield event("response.output_item.done", output_index=idx, item=item)
    reason = _incomplete(finish)
    final = _envelope(ctx, body, "incomplete" if reason else "completed", output, usage, reason)
    yield event("response.incomplete" if reason else "response.completed", response=final)


__all__ = ["responses", "to_chat", "time"]
