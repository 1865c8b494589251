"""Calls to providers: routes, fallbacks, retries (retry.py) and error mapping (errors.py).

Provider errors become OpenAI-shaped GatewayErrors with the right status: 429 keeps Retry-After,
timeouts are 504, unreachable upstreams 502, provider 5xx 502 (or 503 when the provider said so).
"""

from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator

import litellm
import structlog

from gateway import otel
from gateway.errors import GatewayError, upstream_error
from gateway.models_config import ModelCatalog, ModelRoute
from gateway.upstream import echo, openai_compat
from gateway.upstream.errors import empty_response, falls_back, map_error
from gateway.upstream.retry import attempts

log = structlog.get_logger("candor.upstream")

litellm.suppress_debug_info = True
litellm.telemetry = False
litellm.drop_params = True  # a provider that lacks a param should not fail the request
echo.register()

def _log_failure(route: ModelRoute, err: GatewayError, exc: BaseException) -> None:
    # The provider's own message helps operators; prompts are already pseudonymised upstream.
    log.warning("upstream_error", model=route.alias, status=err.status, code=err.code,
                exception=type(exc).__name__, detail=str(exc).split("\n", 1)[0][:300])


def _dump(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    return obj.model_dump(exclude_none=True)


class Upstream:
    """One shared client for all routes. Each call walks the route's fallback chain.

    Chat calls on ``openai/<model>`` routes go straight to the OpenAI-compatible endpoint
    (openai_compat.py: litellm's per-call work was most of the gateway's overhead); everything
    else goes through litellm. ``direct_openai=False`` sends everything through litellm.
    """

    def __init__(self, catalog: ModelCatalog, direct_openai: bool = True,
                 max_response_bytes: int = 64 << 20) -> None:
        self.catalog = catalog
        self.direct = (openai_compat.OpenAICompatible(max_response_bytes) if direct_openai
                       else None)

    def _direct(self, route: ModelRoute) -> openai_compat.OpenAICompatible | None:
        return self.direct if self.direct is not None and openai_compat.supports(route) else None

    async def aclose(self) -> None:
        if self.direct is not None:
            await self.direct.aclose()

    async def _call(self, fn: Any, route: ModelRoute, request: dict[str, Any]) -> Any:
        kwargs = dict(request)
        kwargs.update(route.call_kwargs())
        kwargs["num_retries"] = 0  # retries are retry.py's, once, for every path
        return await fn(**kwargs)

    @staticmethod
    async def _mapped(route: ModelRoute, call: Any) -> Any:
        """One attempt; any failure as the GatewayError the client would see. Traced (a
        stream's span covers opening it, up to its first chunk)."""
        with otel.span(f"upstream {route.alias}", {"candor.model": route.alias,
                                                   "candor.upstream.model": route.model}):
            try:
                return await call()
            except Exception as exc:  # noqa: BLE001 - every provider failure is mapped
                err = map_error(exc, route)
                _log_failure(route, err, exc)
                raise err from None

    async def _with_fallbacks(self, fn: Any, alias: str, request: dict[str, Any]) -> tuple[Any, ModelRoute]:
        """``fn(route, request)`` along the fallback chain, each route with its retries."""
        last: GatewayError | None = None
        for route in self.catalog.chain(alias):
            try:
                return await attempts(route, lambda: self._mapped(
                    route, lambda: fn(route, request))), route  # noqa: B023 - awaited here
            except GatewayError as err:
                last = err
                if not falls_back(err):
                    raise
        assert last is not None
        raise last

    async def _chat_once(self, route: ModelRoute, request: dict[str, Any]) -> dict[str, Any]:
        direct = self._direct(route)
        if direct is not None:
            return await direct.chat(route, request)
        out = _dump(await self._call(litellm.acompletion, route, request))
        if not out.get("choices"):
            raise empty_response(route)
        return out

    async def chat(self, alias: str, request: dict[str, Any]) -> tuple[dict[str, Any], ModelRoute]:
        return await self._with_fallbacks(self._chat_once, alias, request)

    async def text_completion(self, alias: str, request: dict[str, Any]) -> tuple[dict[str, Any], ModelRoute]:
        async def once(route: ModelRoute, req: dict[str, Any]) -> dict[str, Any]:
            return _dump(await self._call(litellm.atext_completion, route, req))

        return await self._with_fallbacks(once, alias, request)

    async def embedding(self, alias: str, request: dict[str, Any]) -> tuple[dict[str, Any], ModelRoute]:
        async def once(route: ModelRoute, req: dict[str, Any]) -> dict[str, Any]:
            return _dump(await self._call(litellm.aembedding, route, req))

        return await self._with_fallbacks(once, alias, request)

    async def chat_stream(
        self, alias: str, request: dict[str, Any], first_chunk_timeout: float
    ) -> tuple[AsyncIterator[dict[str, Any]], ModelRoute]:
        """Open a stream and wait for its first chunk, so that failures before any output
        (and fallbacks) still happen while an HTTP error status can be sent."""
        async def open_one(route: ModelRoute) -> AsyncIterator[dict[str, Any]]:
            direct = self._direct(route)
            try:
                if direct is not None:
                    # timeouts are the session's (connect and per-read): no wait_for per chunk
                    iterator = direct.chat_stream(route, request).__aiter__()
                    head = [await iterator.__anext__()]
                    while not head[-1].get("choices") and len(head) < 16:
                        # choice-less chunks first (usage, filter results): wait for a choice,
                        # so a stream of nothing else is still an HTTP 502, not a 200
                        head.append(await iterator.__anext__())
                    return _rest_direct(head, iterator)
                stream = await self._call(litellm.acompletion, route, {**request, "stream": True})
                iterator = stream.__aiter__()
                async with asyncio.timeout(route.timeout):
                    first = await iterator.__anext__()
            except StopAsyncIteration:  # a stream with no chunk at all: an empty answer
                raise empty_response(route) from None
            if _synthesized_finish(stream, _dump(first)) and not _has_output(_dump(first)):
                # litellm's invented finish on a stream that sent nothing: an empty answer
                raise empty_response(route)
            return _rest(first, iterator, stream, route)

        last: GatewayError | None = None
        for route in self.catalog.chain(alias):
            try:
                chunks = await attempts(route, lambda: self._mapped(
                    route, lambda: open_one(route)))  # noqa: B023 - awaited here
                return chunks, route
            except GatewayError as err:
                last = err
                if not falls_back(err):
                    raise
        assert last is not None
        raise last


def _has_output(chunk: dict[str, Any]) -> bool:
    for choice in chunk.get("choices") or []:
        delta = choice.get("delta") or {}
        if delta.get("content") or delta.get("tool_calls") or delta.get("function_call"):
            return True
    return False


async def _rest_direct(head: list[dict[str, Any]], iterator: Any) -> AsyncIterator[dict[str, Any]]:
    for chunk in head:
        yield chunk
    async for chunk in iterator:
        yield chunk


def _synthesized_finish(stream: Any, chunk: dict[str, Any]) -> bool:
    """litellm invents ``finish_reason="stop"`` when a provider stream simply stops. A stream
    that ended without the provider's own finish reason was cut short: never pass it off as
    complete."""
    if not any(c.get("finish_reason") for c in chunk.get("choices") or []):
        return False
    if not hasattr(stream, "received_finish_reason"):
        return False
    return stream.received_finish_reason is None and not getattr(
        stream, "intermittent_finish_reason", None)


async def _rest(first: Any, iterator: Any, stream: Any, route: ModelRoute) -> AsyncIterator[dict[str, Any]]:
    chunk = _dump(first)
    chosen = False  # a chunk carried at least one choice
    while True:
        if _synthesized_finish(stream, chunk):
            raise upstream_error(f"upstream model {route.alias!r} ended the stream before the "
                                 "answer was complete.", 502, "upstream_stream_truncated")
        chosen = chosen or bool(chunk.get("choices"))
        yield chunk
        try:
            # asyncio.timeout, not wait_for: wait_for wraps every chunk in a new Task
            async with asyncio.timeout(route.timeout):
                raw = await iterator.__anext__()
        except StopAsyncIteration:
            if not chosen:
                raise empty_response(route) from None
            return
        except Exception as exc:  # noqa: BLE001 - a cut stream becomes an error event
            raise map_error(exc, route) from None
        chunk = _dump(raw)
