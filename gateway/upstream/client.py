"""Calls to providers through litellm: routes, fallbacks, retries, and error mapping.

Provider errors become OpenAI-shaped GatewayErrors with the right status: 429 keeps Retry-After,
timeouts are 504, unreachable upstreams 502, provider 5xx 502 (or 503 when the provider said so).
"""

from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator

import litellm
import structlog

from gateway.errors import GatewayError, invalid_request, upstream_error
from gateway.models_config import ModelCatalog, ModelRoute
from gateway.upstream import echo, openai_compat

log = structlog.get_logger("candor.upstream")

litellm.suppress_debug_info = True
litellm.telemetry = False
litellm.drop_params = True  # a provider that lacks a param should not fail the request
echo.register()

# Errors the next route in a fallback chain may fix; client errors (400, 404...) are not.
_FALLBACK_STATUSES = {408, 429, 500, 502, 503, 504}


def _headers_of(exc: Exception) -> dict[str, str]:
    headers: dict[str, str] = {}
    raw = getattr(exc, "litellm_response_headers", None)
    if raw is None:
        response = getattr(exc, "response", None)
        raw = getattr(response, "headers", None)
    if raw is not None:
        for name in ("retry-after", "retry-after-ms"):
            value = raw.get(name) if hasattr(raw, "get") else None
            if value is not None:
                headers[name.title()] = str(value)
    return headers


# Python's own errors raised by the gateway's (or litellm's request-building) code, e.g. a
# RecursionError copying a request: a gateway failure, never reported as the upstream's.
_INTERNAL = (TypeError, RecursionError, AttributeError, KeyError, IndexError, NameError,
             UnicodeError, AssertionError, MemoryError)


def map_error(exc: BaseException, route: ModelRoute) -> GatewayError:
    """A provider (or litellm) failure as the error the client should see."""
    if isinstance(exc, GatewayError):
        return exc
    if isinstance(exc, _INTERNAL) and not isinstance(exc, litellm.exceptions.APIError):
        return openai_compat.internal_error(exc)
    where = f"upstream model {route.alias!r}"
    transport = _transport_failure(exc)
    if transport == "timeout":
        return upstream_error(f"{where} timed out after {route.timeout:g}s.", 504, "upstream_timeout")
    if transport == "connect":
        return upstream_error(f"{where} could not be reached.", 502, "upstream_unreachable")
    if isinstance(exc, (asyncio.TimeoutError, litellm.Timeout)):
        return upstream_error(f"{where} timed out after {route.timeout:g}s.", 504, "upstream_timeout")
    if isinstance(exc, litellm.RateLimitError):
        return upstream_error(f"{where} is rate limited; retry later.", 429, "rate_limit_exceeded",
                              _headers_of(exc))
    if isinstance(exc, litellm.ContextWindowExceededError):
        return invalid_request(f"{where}: the prompt is too long for the model's context window.",
                               "messages", "context_length_exceeded")
    if isinstance(exc, litellm.ContentPolicyViolationError):
        return invalid_request(f"{where} refused the request under its content policy.",
                               None, "upstream_content_policy")
    if isinstance(exc, litellm.AuthenticationError):
        return upstream_error(f"{where} rejected the gateway's provider credentials.", 502,
                              "upstream_auth_error")
    if isinstance(exc, litellm.BadRequestError):
        return invalid_request(f"{where} rejected the request: {_short(exc)}", None,
                               "upstream_bad_request")
    if isinstance(exc, litellm.NotFoundError):
        return upstream_error(f"{where} does not exist at the provider.", 502, "upstream_not_found")
    if isinstance(exc, litellm.ServiceUnavailableError):
        return upstream_error(f"{where} is unavailable.", 503, "upstream_unavailable",
                              _headers_of(exc))
    if isinstance(exc, litellm.APIConnectionError):
        if "timeout" in str(exc).lower() or "timed out" in str(exc).lower():
            return upstream_error(f"{where} timed out after {route.timeout:g}s.", 504,
                                  "upstream_timeout")
        return upstream_error(f"{where} could not be reached.", 502, "upstream_unreachable")
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and status >= 500:
        return upstream_error(f"{where} failed with status {status}.", 502, "upstream_error")
    if isinstance(status, int) and status == 429:
        return upstream_error(f"{where} is rate limited; retry later.", 429, "rate_limit_exceeded",
                              _headers_of(exc))
    return upstream_error(f"{where} failed: {type(exc).__name__}.", 502, "upstream_error")


def _log_failure(route: ModelRoute, err: GatewayError, exc: BaseException) -> None:
    # The provider's own message helps operators; prompts are already pseudonymised upstream.
    log.warning("upstream_error", model=route.alias, status=err.status, code=err.code,
                exception=type(exc).__name__, detail=_short(exc))


def _transport_failure(exc: BaseException) -> str | None:
    """litellm wraps transport errors in provider-specific classes (a refused connection can
    surface as InternalServerError); look down the cause chain for what really happened."""
    import httpx

    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, (httpx.TimeoutException, asyncio.TimeoutError)):
            return "timeout"
        if isinstance(cur, (httpx.ConnectError, ConnectionRefusedError)):
            return "connect"
        name = type(cur).__name__
        if name == "APITimeoutError":
            return "timeout"
        if name == "APIConnectionError" and "Connection error" in str(cur):
            return "connect"
        cur = cur.__cause__ or cur.__context__
    if str(exc).rstrip().endswith("Connection error."):
        return "connect"
    return None


def _short(exc: BaseException) -> str:
    text = str(exc).split("\n", 1)[0]
    return text[:300]


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

    def __init__(self, catalog: ModelCatalog, direct_openai: bool = True) -> None:
        self.catalog = catalog
        self.direct = openai_compat.OpenAICompatible() if direct_openai else None

    def _direct(self, route: ModelRoute) -> openai_compat.OpenAICompatible | None:
        return self.direct if self.direct is not None and openai_compat.supports(route) else None

    async def aclose(self) -> None:
        if self.direct is not None:
            await self.direct.aclose()

    async def _call(self, fn: Any, route: ModelRoute, request: dict[str, Any]) -> Any:
        kwargs = dict(request)
        kwargs.update(route.call_kwargs())
        kwargs["num_retries"] = route.retries
        return await fn(**kwargs)

    async def _with_fallbacks(self, fn: Any, alias: str, request: dict[str, Any]) -> tuple[Any, ModelRoute]:
        """``fn(route, request)`` along the fallback chain."""
        chain = self.catalog.chain(alias)
        last: GatewayError | None = None
        for route in chain:
            try:
                return await fn(route, request), route
            except Exception as exc:  # noqa: BLE001 - every provider failure is mapped
                last = map_error(exc, route)
                _log_failure(route, last, exc)
                if last.status not in _FALLBACK_STATUSES or last.code == "internal_error":
                    raise last from None
        assert last is not None
        raise last

    async def _chat_once(self, route: ModelRoute, request: dict[str, Any]) -> dict[str, Any]:
        direct = self._direct(route)
        if direct is not None:
            return await direct.chat(route, request)
        out = _dump(await self._call(litellm.acompletion, route, request))
        if not out.get("choices"):
            raise openai_compat.empty_response(route)
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
        chain = self.catalog.chain(alias)
        last: GatewayError | None = None
        for route in chain:
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
                    return _rest_direct(head, iterator), route
                stream = await self._call(litellm.acompletion, route, {**request, "stream": True})
                iterator = stream.__aiter__()
                async with asyncio.timeout(route.timeout):
                    first = await iterator.__anext__()
            except StopAsyncIteration:  # a stream with no chunk at all: an empty answer
                last = openai_compat.empty_response(route)
                log.warning("upstream_error", model=route.alias, status=last.status,
                            code=last.code, exception="StopAsyncIteration",
                            detail="empty stream")
                continue  # a fallback route may answer
            except Exception as exc:  # noqa: BLE001
                last = map_error(exc, route)
                if "Stream ended before a finish_reason" in str(exc):
                    # litellm: the stream ended before its first chunk with a choice
                    last = openai_compat.empty_response(route)
                _log_failure(route, last, exc)
                if last.status not in _FALLBACK_STATUSES or last.code == "internal_error":
                    raise last from None
                continue
            if _synthesized_finish(stream, _dump(first)) and not _has_output(_dump(first)):
                # litellm's invented finish on a stream that sent nothing: an empty answer
                last = openai_compat.empty_response(route)
                log.warning("upstream_error", model=route.alias, status=last.status,
                            code=last.code, exception="-", detail="empty stream")
                continue
            return _rest(first, iterator, stream, route), route
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
                raise openai_compat.empty_response(route) from None
            return
        except Exception as exc:  # noqa: BLE001 - a cut stream becomes an error event
            raise map_error(exc, route) from None
        chunk = _dump(raw)
