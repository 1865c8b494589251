"""Upstream failures as the errors clients see: one mapping for both paths (litellm and the
direct OpenAI-compatible client).

A provider's HTTP status decides the answer: 429 keeps Retry-After, timeouts are 504, an
unreachable upstream or a provider 5xx 502 (503 when the provider said so), bad credentials a
502 (the client's key is fine; the gateway's is not), a rejected request a 400 with the
provider's reason. Failures below HTTP (timeouts, refused connections, cut streams) are
classified by what really happened, looking down litellm's wrapped exception chains.
"""

from __future__ import annotations

import asyncio
from typing import Any, Mapping

import orjson

from gateway.errors import GatewayError, invalid_request, upstream_error
from gateway.models_config import ModelRoute

# Errors worth another attempt on the same route (gateway/upstream/retry.py) ...
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# ... and errors the next route in a fallback chain may fix; client errors (400...) are not,
# nor the gateway's own failures (code internal_error).
FALLBACK_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def falls_back(err: GatewayError) -> bool:
    return err.status in FALLBACK_STATUSES and err.code != "internal_error"


def _where(route: ModelRoute) -> str:
    return f"upstream model {route.alias!r}"


def retry_headers(headers: Mapping[str, Any] | None) -> dict[str, str]:
    out = {}
    for name in ("Retry-After", "Retry-After-Ms"):
        value = headers.get(name) or headers.get(name.lower()) if headers is not None else None
        if value is not None:
            out[name] = str(value)
    return out


def status_error(route: ModelRoute, status: int, message: str = "", code: str = "",
                 headers: Mapping[str, Any] | None = None) -> GatewayError:
    """An upstream HTTP error as the error the client should see."""
    where = _where(route)
    message = message.split("\n", 1)[0][:300]
    if status == 429:
        return upstream_error(f"{where} is rate limited; retry later.", 429, "rate_limit_exceeded",
                              retry_headers(headers))
    if status in (408, 504):
        return upstream_error(f"{where} timed out after {route.timeout:g}s.", 504,
                              "upstream_timeout")
    if status == 503:
        return upstream_error(f"{where} is unavailable.", 503, "upstream_unavailable",
                              retry_headers(headers))
    if status >= 500:
        return upstream_error(f"{where} failed with status {status}.", 502, "upstream_error")
    if status in (401, 403):
        return upstream_error(f"{where} rejected the gateway's provider credentials.", 502,
                              "upstream_auth_error")
    if status == 404:
        return upstream_error(f"{where} does not exist at the provider.", 502,
                              "upstream_not_found")
    if code == "context_length_exceeded" or "context length" in message.lower() \
            or "context window" in message.lower():
        return invalid_request(f"{where}: the prompt is too long for the model's context window.",
                               "messages", "context_length_exceeded")
    if code in ("content_policy_violation", "content_filter"):
        return invalid_request(f"{where} refused the request under its content policy.",
                               None, "upstream_content_policy")
    if 400 <= status < 500:
        return invalid_request(f"{where} rejected the request: {message}", None,
                               "upstream_bad_request")
    return upstream_error(f"{where} failed: {message or status}.", 502, "upstream_error")


def body_error(route: ModelRoute, status: int, raw: bytes,
               headers: Mapping[str, Any] | None) -> GatewayError:
    """``status_error`` from an OpenAI-shaped error body."""
    try:
        err = orjson.loads(raw).get("error") or {}
        if not isinstance(err, dict):
            err = {"message": str(err)}
    except (orjson.JSONDecodeError, AttributeError):
        err = {}
    message = str(err.get("message") or raw[:300].decode(errors="replace"))
    return status_error(route, status, message, str(err.get("code") or ""), headers)


def transport_failure(exc: BaseException) -> str | None:
    """"timeout", "connect" or None: litellm wraps transport errors in provider-specific classes
    (a refused connection can surface as InternalServerError); look down the cause chain."""
    import aiohttp
    import httpx

    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, (httpx.TimeoutException, asyncio.TimeoutError,
                            aiohttp.ServerTimeoutError)):
            return "timeout"
        if isinstance(cur, (httpx.ConnectError, ConnectionRefusedError,
                            aiohttp.ClientConnectionError)):
            return "connect"
        name = type(cur).__name__
        if name in ("APITimeoutError", "Timeout"):
            return "timeout"
        if name == "APIConnectionError":
            text = str(cur).lower()
            return "timeout" if "timeout" in text or "timed out" in text else "connect"
        cur = cur.__cause__ or cur.__context__
    if str(exc).rstrip().endswith("Connection error."):
        return "connect"
    return None


def transport_error(route: ModelRoute, exc: BaseException, started: bool = False) -> GatewayError:
    """A failure below HTTP: timeout, refused connection, or a stream cut mid-way."""
    where = _where(route)
    if transport_failure(exc) == "timeout":
        return upstream_error(f"{where} timed out after {route.timeout:g}s.", 504,
                              "upstream_timeout")
    if started:
        return upstream_error(f"{where} broke off the stream before the answer was complete.",
                              502, "upstream_stream_truncated")
    return upstream_error(f"{where} could not be reached.", 502, "upstream_unreachable")


def empty_response(route: ModelRoute) -> GatewayError:
    """An answer with no choice at all (a 200 with no data, only ``[DONE]``, ``"choices": []``):
    never passed off as a successful, empty generation."""
    return upstream_error(f"{_where(route)} sent an empty answer (no choices).", 502,
                          "upstream_empty_response")


def internal_error(exc: BaseException) -> GatewayError:
    """A failure of the gateway's own code on the way upstream: not the provider's fault, never
    retried or sent down the fallback chain."""
    return GatewayError(f"The gateway failed to prepare the upstream request "
                        f"({type(exc).__name__}); it has been logged.", 500, "api_error",
                        "internal_error")


# Python's own errors raised by the gateway's (or litellm's request-building) code, e.g. a
# RecursionError copying a request: a gateway failure, never reported as the upstream's.
_INTERNAL = (TypeError, RecursionError, AttributeError, KeyError, IndexError, NameError,
             UnicodeError, AssertionError, MemoryError)


def _litellm_headers(exc: BaseException) -> Mapping[str, Any] | None:
    raw = getattr(exc, "litellm_response_headers", None)
    if raw is None:
        raw = getattr(getattr(exc, "response", None), "headers", None)
    return raw if isinstance(raw, Mapping) or hasattr(raw, "get") else None


def map_error(exc: BaseException, route: ModelRoute) -> GatewayError:
    """Any failure of an upstream call (litellm's exceptions included) as the client's error."""
    import litellm

    if isinstance(exc, GatewayError):
        return exc
    if isinstance(exc, _INTERNAL) and not isinstance(exc, litellm.exceptions.APIError):
        return internal_error(exc)
    if "Stream ended before a finish_reason" in str(exc):
        return empty_response(route)  # litellm: no chunk with a choice before the end
    if transport_failure(exc) is not None:
        return transport_error(route, exc)
    message = str(exc)
    if isinstance(exc, litellm.ContextWindowExceededError):
        return status_error(route, 400, message, "context_length_exceeded")
    if isinstance(exc, litellm.ContentPolicyViolationError):
        return status_error(route, 400, message, "content_policy_violation")
    status = getattr(exc, "status_code", None)
    if isinstance(exc, litellm.Timeout):
        status = 408
    if isinstance(status, int):
        return status_error(route, status, message, "", _litellm_headers(exc))
    return upstream_error(f"{_where(route)} failed: {type(exc).__name__}.", 502, "upstream_error")
