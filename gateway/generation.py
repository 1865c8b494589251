"""One chat generation through the pipeline: input stages, upstream, output stages, hooks.

This is the only place that knows the order of things. The HTTP handlers (chat, legacy
completions, Responses API) translate to and from the chat shape and call ``complete`` or
``stream``; every other feature is a stage.

Nothing leaves without its hooks having run: non-streamed bodies are returned after
``Pipeline.complete``; a stream holds back its tail (flushed text, finish chunks, usage) until the
hooks have run, so the audit record is durable before the client sees the end of the answer.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, AsyncIterator

import anyio
import structlog

from gateway.context import GenerationContext
from gateway.errors import GatewayError
from gateway.pipeline import Channel, Flow, LocalReply, Outcome, OutputSession, Pipeline
from gateway.review.hold import HeldForReview
from gateway.upstream.client import Upstream

log = structlog.get_logger("candor.generation")

# Request keys that are Candor's, not the provider's.
_GATEWAY_KEYS = {"model", "metadata", "stream"}


def upstream_request(body: dict[str, Any]) -> dict[str, Any]:
    """A deep-enough copy of the body for input stages to rewrite."""
    import copy

    return {k: copy.deepcopy(v) for k, v in body.items() if k not in _GATEWAY_KEYS}


async def _close(chunks: AsyncIterator[dict[str, Any]]) -> None:
    aclose = getattr(chunks, "aclose", None)  # an async generator: release its connection
    if aclose is not None:
        await aclose()


async def _settled(task: "asyncio.Future[None]") -> None:
    """Wait for a sink hook that ran alongside a call that failed: the failure is what gets
    reported (a store that cannot take the event fails the record's write too)."""
    try:
        await task
    except GatewayError:
        pass


def _drop(task: "asyncio.Future[None]") -> None:
    task.cancel()
    if task.done() and not task.cancelled():
        task.exception()  # retrieved: asyncio would log it as never retrieved


def _status_of(err: GatewayError) -> str:
    """A failed upstream call's record status: the gateway's own failures are not upstream
    errors."""
    return "error" if err.code == "internal_error" else "upstream_error"


async def _replay_list(chunks: list[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
    for chunk in chunks:
        yield chunk


class StreamState:
    """Collects what a stream delivered, for the hooks."""

    def __init__(self) -> None:
        self.finish_reasons: dict[int, str | None] = {}
        self.usage: dict[str, Any] | None = None


def resolved(ctx: GenerationContext, route: Any) -> None:
    """The route that really answered (a fallback, perhaps): the response's ``model`` and the
    ``X-Candor-Resolved-Model`` header name it, so a fallback answer never passes for the
    requested model's."""
    ctx.resolved_model, ctx.resolved_route = route.alias, route
    ctx.response_headers["X-Candor-Resolved-Model"] = route.alias
    if route.alias != ctx.requested_model:
        ctx.response_headers["X-Candor-Fallback-From"] = ctx.requested_model


def answered_by(ctx: GenerationContext) -> str:
    return ctx.resolved_model or ctx.requested_model


def completed_status(ctx: GenerationContext) -> str:
    """``held`` when a person must review the answer first (gateway/review), else ``ok``."""
    if ctx.review is not None and ctx.review.held:
        ctx.response_headers.update(ctx.review.headers())
        return "held"
    return "ok"


class Generator:
    def __init__(self, pipeline: Pipeline, upstream: Upstream, first_chunk_timeout: float = 600.0,
                 max_output_chars: int = 8 * 1024 * 1024):
        self.pipeline = pipeline
        self.upstream = upstream
        self.first_chunk_timeout = first_chunk_timeout
        self.max_output_chars = max_output_chars

    def _check_size(self, session: OutputSession, incoming: int = 0) -> None:
        if session.delivered_chars() + incoming > self.max_output_chars:
            raise GatewayError(
                f"The answer exceeded the gateway's limit of {self.max_output_chars} characters "
                "(max_output_chars); the rest was not relayed.", 502, "api_error",
                "output_too_large")

    async def _input(self, ctx: GenerationContext,
                     request: dict[str, Any]) -> tuple[Flow, LocalReply | None]:
        flow = self.pipeline.start(ctx)
        reply = None
        try:
            await flow.run_input(request)
        except GatewayError as err:
            ctx.upstream_request = request
            raise await self._fail(flow, err, "blocked") from None
        except LocalReply as local:
            reply = local
        ctx.upstream_request = request
        return flow, reply

    async def _local(self, flow: Flow, reply: LocalReply) -> dict[str, Any]:
        """The gateway's own answer (a hand-off to a person): no upstream call, recorded before
        it is released, like any answer."""
        ctx = flow.ctx
        ctx.first_token_at = time.time()
        ctx.resolved_model = None
        body = {"id": ctx.generation_id, "object": "chat.completion",
                "created": int(ctx.received_at), "model": ctx.requested_model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text},
                             "finish_reason": "stop", "logprobs": None}],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}
        await self._finish(flow, Outcome("ok", 200, finish_reasons=["stop"], usage=body["usage"],
                                         output={Channel(0): reply.text}, response=body,
                                         local_reply=reply.reason))
        return body

    async def _finish(self, flow: Flow, outcome: Outcome) -> None:
        flow.ctx.completed_at = time.time()
        await flow.complete(outcome)

    async def _fail(self, flow: Flow, err: GatewayError, status: str) -> GatewayError:
        """Record a failed generation; the error names it so a client can quote it to support."""
        await self._finish(flow, Outcome(status, err.status, err.body()))  # type: ignore[arg-type]
        err.headers.setdefault("X-Candor-Generation-Id", flow.ctx.generation_id)
        for name, value in flow.ctx.response_headers.items():  # the limits' state, refused or not
            if name.startswith("x-ratelimit-"):
                err.headers.setdefault(name, value)
        err.headers.setdefault("X-Request-Id", flow.ctx.request_id)
        return err

    # -- non-streaming -------------------------------------------------------------------------

    async def complete(self, ctx: GenerationContext, request: dict[str, Any]) -> dict[str, Any]:
        flow, reply = await self._input(ctx, request)
        if reply is not None:
            return await self._local(flow, reply)
        try:
            raw, route = await self.upstream.chat(ctx.requested_model, request)
        except GatewayError as err:
            raise await self._fail(flow, err, _status_of(err)) from None
        ctx.first_token_at = time.time()
        resolved(ctx, route)
        session = flow.open_output()
        choices = []
        for choice in raw.get("choices") or []:
            choices.append(await self._process_choice(session, choice))
        try:
            self._check_size(session)
        except GatewayError as err:
            raise await self._fail(flow, err, "upstream_error") from None
        body = {
            "id": ctx.generation_id,
            "object": "chat.completion",
            "created": int(ctx.received_at),
            "model": answered_by(ctx),
            "choices": choices,
            "usage": raw.get("usage"),
        }
        if raw.get("system_fingerprint"):
            body["system_fingerprint"] = raw["system_fingerprint"]
        status = completed_status(ctx)
        if status == "held":
            assert ctx.review is not None
            body["candor_review"] = ctx.review.info()
        await self._finish(flow, Outcome(
            status, 200,  # type: ignore[arg-type]
            finish_reasons=[c["finish_reason"] for c in choices],
            usage=raw.get("usage"), output=session.output(), response=body,
        ))
        return body

    async def _process_choice(self, session: OutputSession, choice: dict[str, Any]) -> dict[str, Any]:
        index = choice.get("index", 0)
        message = choice.get("message") or {}
        out_msg: dict[str, Any] = {"role": "assistant", "content": None}
        content = message.get("content")
        if isinstance(content, str):
            out_msg["content"] = await session.transform_whole(Channel(index), content)
        tool_calls = []
        for t_index, call in enumerate(message.get("tool_calls") or []):
            fn = dict(call.get("function") or {})
            if isinstance(fn.get("arguments"), str):
                fn["arguments"] = await session.transform_whole(
                    Channel(index, "tool_arguments", t_index), fn["arguments"]
                )
            tool_calls.append({"id": call.get("id"), "type": call.get("type", "function"),
                               "function": fn})
        if tool_calls:
            out_msg["tool_calls"] = tool_calls
        if message.get("refusal"):
            out_msg["refusal"] = message["refusal"]
        finish_reason = choice.get("finish_reason")
        filtered = session.filtered.get(index)
        if filtered is not None:
            out_msg = {"role": "assistant", "content": filtered.replacement or None}
            finish_reason = "content_filter"
        return {"index": index, "message": out_msg, "finish_reason": finish_reason,
                "logprobs": choice.get("logprobs")}

    async def embed(self, ctx: GenerationContext, request: dict[str, Any]) -> dict[str, Any]:
        flow, reply = await self._input(ctx, request)
        if reply is not None:
            raise await self._fail(flow, GatewayError(
                "This request was handed to a person; there is no embedding for it.", 400,
                "invalid_request_error", "handed_off"), "blocked")
        try:
            raw, route = await self.upstream.embedding(ctx.requested_model, request)
        except GatewayError as err:
            raise await self._fail(flow, err, _status_of(err)) from None
        resolved(ctx, route)
        body = {"object": "list", "model": answered_by(ctx),
                "data": [{"object": "embedding", "index": d.get("index", i),
                          "embedding": d["embedding"]}
                         for i, d in enumerate(raw.get("data") or [])],
                "usage": raw.get("usage")}
        await self._finish(flow, Outcome("ok", 200, usage=raw.get("usage")))
        return body

    # -- streaming -----------------------------------------------------------------------------

    async def open_stream(
        self, ctx: GenerationContext, request: dict[str, Any], include_usage: bool
    ) -> AsyncIterator[dict[str, Any]]:
        """Run input stages and open the upstream stream; errors up to the first chunk raise
        here (so the caller can still answer with an HTTP error). Returns processed chunks."""
        flow, reply = await self._input(ctx, request)
        if reply is not None:
            body = await self._local(flow, reply)
            return self._replay(ctx, body, include_usage)
        wire = dict(request)
        wire["stream_options"] = {"include_usage": True}  # the audit record wants usage
        # The opening event is committed while the upstream is asked: its commit (a round trip
        # to the audit writer and a sync, ~4 ms) then costs no time to first token, and it is
        # still durable before the first byte leaves (awaited below).
        opening = asyncio.ensure_future(flow.stream_opened())
        try:
            chunks, route = await self.upstream.chat_stream(
                ctx.requested_model, wire, self.first_chunk_timeout
            )
        except GatewayError as err:
            await _settled(opening)  # the opening event comes before the failure's record
            raise await self._fail(flow, err, _status_of(err)) from None
        except BaseException:
            _drop(opening)  # cancelled (the client went away): the commit is not waited for
            raise
        resolved(ctx, route)
        try:
            await opening  # durable before the first byte leaves
        except GatewayError as err:
            await _close(chunks)
            raise await self._fail(flow, err, "error") from None
        except BaseException:
            await _close(chunks)
            raise
        if ctx.review is not None:
            # the answer may be held for review: nothing leaves before the end anyway, so run
            # it to the end first and the response headers can say whether it was held
            return await self._held_stream(ctx, self._stream(flow, chunks, include_usage))
        return self._stream(flow, chunks, include_usage)

    async def _held_stream(self, ctx: GenerationContext, stream: AsyncIterator[dict[str, Any]]
                           ) -> AsyncIterator[dict[str, Any]]:
        return _replay_list([chunk async for chunk in stream])

    async def _replay(self, ctx: GenerationContext, body: dict[str, Any],
                      include_usage: bool) -> AsyncIterator[dict[str, Any]]:
        """A recorded local answer as a stream."""
        text = body["choices"][0]["message"]["content"]
        yield self._chunk(ctx, [{"index": 0, "delta": {"role": "assistant", "content": text},
                                 "finish_reason": None}])
        yield self._chunk(ctx, [{"index": 0, "delta": {}, "finish_reason": "stop"}])
        if include_usage:
            yield self._chunk(ctx, [], usage=body["usage"])

    def _chunk(self, ctx: GenerationContext, choices: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return {"id": ctx.generation_id, "object": "chat.completion.chunk",
                "created": int(ctx.received_at), "model": answered_by(ctx),
                "choices": choices, **extra}

    async def _stream(
        self, flow: Flow, chunks: AsyncIterator[dict[str, Any]], include_usage: bool
    ) -> AsyncIterator[dict[str, Any]]:
        ctx = flow.ctx
        session = flow.open_output()
        state = StreamState()
        open_channels: dict[int, set[Channel]] = {}
        outcome: Outcome | None = None
        tail: list[dict[str, Any]] = []
        try:
            async for raw in chunks:
                if raw.get("usage"):
                    state.usage = raw["usage"]
                out_choices = []
                for choice in raw.get("choices") or []:
                    index = choice.get("index", 0)
                    open_channels.setdefault(index, set())
                    if index in state.finish_reasons:
                        continue
                    delta = choice.get("delta") or {}
                    out_delta: dict[str, Any] = {}
                    if delta.get("role"):
                        out_delta["role"] = delta["role"]
                    content = delta.get("content")
                    if content:
                        # checked before it is fed: the record holds only what the client got
                        self._check_size(session, len(content))
                        ch = Channel(index)
                        open_channels.setdefault(index, set()).add(ch)
                        text = await session.feed(ch, content)
                        if text:
                            out_delta["content"] = text
                    for tc in delta.get("tool_calls") or []:
                        t_index = tc.get("index", 0)
                        fn = dict(tc.get("function") or {})
                        if fn.get("arguments"):
                            ch = Channel(index, "tool_arguments", t_index)
                            open_channels.setdefault(index, set()).add(ch)
                            fn["arguments"] = await session.feed(ch, fn["arguments"])
                        item = {"index": t_index, **{k: tc[k] for k in ("id", "type") if tc.get(k)}}
                        item["function"] = {k: v for k, v in fn.items() if v is not None}
                        out_delta.setdefault("tool_calls", []).append(item)
                    if delta.get("refusal"):
                        out_delta["refusal"] = delta["refusal"]
                    finish = choice.get("finish_reason")
                    if finish:
                        state.finish_reasons[index] = finish
                        tail.extend(await self._close_choice(ctx, session, index, finish,
                                                             open_channels.get(index, set())))
                        if out_delta:
                            out_choices.append({"index": index, "delta": out_delta,
                                                "finish_reason": None})
                        continue
                    if index in session.filtered:
                        if out_delta:  # what was checked before the stop (flushed)
                            out_choices.append({"index": index, "delta": out_delta,
                                                "finish_reason": None})
                        state.finish_reasons[index] = "content_filter"
                        tail.extend(await self._close_choice(ctx, session, index, "content_filter",
                                                             set()))
                        continue
                    if out_delta:
                        out_choices.append({"index": index, "delta": out_delta,
                                            "finish_reason": None})
                if out_choices:
                    if ctx.first_token_at is None:
                        ctx.first_token_at = time.time()
                    yield self._chunk(ctx, out_choices)
            # Upstream ended. A stream with no finish_reason for a choice was cut short.
            for index in sorted(open_channels):
                if index not in state.finish_reasons:
                    raise GatewayError("The upstream stream ended before the answer was complete.",
                                       502, "api_error", "upstream_stream_truncated")
            if include_usage and state.usage:
                tail.append(self._chunk(ctx, [], usage=state.usage))
            outcome = Outcome(completed_status(ctx), 200,  # type: ignore[arg-type]
                              finish_reasons=[state.finish_reasons.get(i) for i in
                                              sorted(state.finish_reasons)],
                              usage=state.usage, output=session.output())
            await self._finish(flow, outcome)
            for chunk in tail:
                yield chunk
        except GatewayError as err:
            if outcome is None:  # else the hooks themselves failed (e.g. audit store down)
                outcome = Outcome("upstream_error", err.status, err.body(), usage=state.usage,
                                  output=session.output())
                with anyio.CancelScope(shield=True):
                    try:
                        await self._finish(flow, outcome)
                    except GatewayError as hook_err:
                        err = hook_err
            yield {"error": err.body()["error"]}
        finally:
            if outcome is None:  # the client went away (or we were cancelled) mid-stream
                with anyio.CancelScope(shield=True):
                    await self._finish(flow, Outcome("aborted", 499, usage=state.usage,
                                                    output=session.output()))

    async def _close_choice(
        self, ctx: GenerationContext, session: OutputSession, index: int, finish: str,
        channels: set[Channel],
    ) -> list[dict[str, Any]]:
        """Flush a finished choice's channels: the held-back text (and anything a stage appends,
        such as a disclosure or mark) rides in the last content chunk before the finish chunk."""
        out: list[dict[str, Any]] = []
        for ch in sorted(channels, key=lambda c: (c.kind != "content", c.tool_index or 0)):
            text = await session.finish(ch)
            if not text:
                continue
            if ch.kind == "content":
                delta: dict[str, Any] = {"content": text}
            else:
                delta = {"tool_calls": [{"index": ch.tool_index, "function": {"arguments": text}}]}
            out.append(self._chunk(ctx, [{"index": index, "delta": delta, "finish_reason": None}]))
        if index in session.filtered:
            filtered = session.filtered[index]
            finish = "content_filter"
            if filtered.replacement:
                out.append(self._chunk(ctx, [{"index": index, "delta": {
                    "content": filtered.replacement}, "finish_reason": None}]))
        last = self._chunk(ctx, [{"index": index, "delta": {}, "finish_reason": finish}])
        if ctx.review is not None and isinstance(session.filtered.get(index), HeldForReview):
            last["candor_review"] = ctx.review.info()  # where to poll for the reviewed text
        out.append(last)
        return out
