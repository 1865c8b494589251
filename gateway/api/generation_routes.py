"""OpenAI endpoints: chat completions, legacy completions, embeddings, the model list."""

from __future__ import annotations

import time
from typing import Any, AsyncIterator

from starlette.requests import Request
from starlette.responses import Response

from gateway.api.http import (
    authenticate, client_request_id, json_response, read_json, sse, sse_data,
)
from gateway.api.rejections import audited
from gateway.context import GenerationContext, read_metadata
from gateway.errors import invalid_request, not_found
from gateway.generation import upstream_request
from gateway.keys import ApiKey
from gateway.requests import ChatRequest, CompletionRequest, EmbeddingRequest, validate
from gateway.services import Services


def services(request: Request) -> Services:
    return request.app.state.services


def make_context(
    request: Request, key: ApiKey, endpoint: str, body: dict[str, Any], stream: bool
) -> GenerationContext:
    svc = services(request)
    alias = body["model"]
    route = svc.catalog.get(alias)
    if route is None:
        raise not_found(f"The model '{alias}' does not exist; GET /v1/models lists them.",
                        "model_not_found", "model")
    meta = read_metadata(body, request.headers)
    fmt = body.get("response_format") or (body.get("text") or {}).get("format") or {}
    ctx = GenerationContext(
        endpoint=endpoint, key=key, requested_model=alias, route=route, stream=stream,
        user=body.get("user") if isinstance(body.get("user"), str) else None,
        structured_output=isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema"),
        **meta,
    )
    rid = client_request_id(request)
    if rid:
        ctx.request_id = rid
    request.state.candor_ctx = ctx  # from here on the pipeline's audit hook records it
    return ctx


def response_headers(ctx: GenerationContext) -> dict[str, str]:
    return {"X-Candor-Generation-Id": ctx.generation_id, "X-Request-Id": ctx.request_id,
            **ctx.response_headers}


async def _sse_chunks(ctx: GenerationContext, chunks: AsyncIterator[dict[str, Any]]) -> AsyncIterator[bytes]:
    async for chunk in chunks:
        yield sse_data(chunk)
        if "error" in chunk:
            return
    yield b"data: [DONE]\n\n"


@audited("chat.completions")
async def chat_completions(request: Request) -> Response:
    key = authenticate(request, "generate")
    body = await read_json(request, services(request).settings.max_body_bytes)
    parsed = validate(ChatRequest, body)
    stream = bool(parsed.stream)
    ctx = make_context(request, key, "chat.completions", body, stream)
    gen = services(request).generator
    req = upstream_request(body)
    if not stream:
        out = await gen.complete(ctx, req)
        return json_response(out, headers=response_headers(ctx))
    include_usage = bool(parsed.stream_options and parsed.stream_options.include_usage)
    chunks = await gen.open_stream(ctx, req, include_usage)
    return sse(_sse_chunks(ctx, chunks), response_headers(ctx))


# -- legacy completions: served through the chat path so every stage applies -----------------

def _prompt_to_chat(body: dict[str, Any], prompt: str) -> dict[str, Any]:
    req = upstream_request(body)
    req.pop("prompt", None)
    for legacy in ("echo", "best_of", "suffix", "logprobs"):
        req.pop(legacy, None)
    req["messages"] = [{"role": "user", "content": prompt}]
    return req


def _text_choice(choice: dict[str, Any], index: int) -> dict[str, Any]:
    return {"index": index, "text": (choice.get("message") or {}).get("content") or "",
            "finish_reason": choice.get("finish_reason"), "logprobs": None}


@audited("completions")
async def completions(request: Request) -> Response:
    key = authenticate(request, "generate")
    body = await read_json(request, services(request).settings.max_body_bytes)
    parsed = validate(CompletionRequest, body)
    prompts = [parsed.prompt] if isinstance(parsed.prompt, str) else list(parsed.prompt)
    if not prompts:
        raise invalid_request("'prompt' must not be empty.", "prompt")
    stream = bool(parsed.stream)
    if stream and len(prompts) > 1:
        raise invalid_request("Streaming supports a single prompt.", "prompt")
    ctx = make_context(request, key, "completions", body, stream)
    gen = services(request).generator
    if not stream:
        if len(prompts) > 1:
            raise invalid_request("Send one prompt per request (batch prompts are not supported).",
                                  "prompt", "unsupported_value")
        out = await gen.complete(ctx, _prompt_to_chat(body, prompts[0]))
        return json_response({
            "id": ctx.generation_id, "object": "text_completion", "created": out["created"],
            "model": out["model"], "usage": out.get("usage"),
            "choices": [_text_choice(c, c["index"]) for c in out["choices"]],
            **({"candor_review": out["candor_review"]} if "candor_review" in out else {}),
        }, headers=response_headers(ctx))
    include_usage = bool(parsed.stream_options and parsed.stream_options.include_usage)
    chunks = await gen.open_stream(ctx, _prompt_to_chat(body, prompts[0]), include_usage)

    async def legacy() -> AsyncIterator[bytes]:
        async for chunk in chunks:
            if "error" in chunk:
                yield sse_data(chunk)
                return
            yield sse_data({
                "id": chunk["id"], "object": "text_completion", "created": chunk["created"],
                "model": chunk["model"],
                "choices": [{"index": c["index"], "text": c["delta"].get("content") or "",
                             "finish_reason": c.get("finish_reason"), "logprobs": None}
                            for c in chunk["choices"]],
                **({"usage": chunk["usage"]} if chunk.get("usage") else {}),
            })
        yield b"data: [DONE]\n\n"

    return sse(legacy(), response_headers(ctx))


@audited("embeddings")
async def embeddings(request: Request) -> Response:
    key = authenticate(request, "generate")
    svc = services(request)
    body = await read_json(request, svc.settings.max_body_bytes)
    validate(EmbeddingRequest, body)
    ctx = make_context(request, key, "embeddings", body, False)
    out = await svc.generator.embed(ctx, upstream_request(body))
    return json_response(out, headers=response_headers(ctx))


async def list_models(request: Request) -> Response:
    authenticate(request, "generate")
    created = int(request.app.state.started_at)
    data = [{"id": alias, "object": "model", "created": created, "owned_by": route.provider}
            for alias, route in services(request).catalog.routes.items()]
    return json_response({"object": "list", "data": data})


async def get_model(request: Request) -> Response:
    authenticate(request, "generate")
    alias = request.path_params["model"]
    route = services(request).catalog.get(alias)
    if route is None:
        raise not_found(f"The model '{alias}' does not exist.", "model_not_found", "model")
    return json_response({"id": alias, "object": "model", "created":
                          int(request.app.state.started_at), "owned_by": route.provider})


__all__ = ["chat_completions", "completions", "embeddings", "list_models", "get_model", "time"]
