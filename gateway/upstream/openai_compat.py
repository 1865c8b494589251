"""Chat completions straight to an OpenAI-compatible endpoint, without litellm in the hot path.

Why: the benchmark (bench/gateway_overhead.py, docs/benchmarks.md) showed litellm's per-call work
(``acompletion`` hopping to a thread to build the call, a pydantic object per streamed chunk,
cost calculation and a rebuilt response for logging after every stream) is most of the gateway's
CPU per request. For routes whose litellm model is ``openai/<name>`` (OpenAI itself, or any server
speaking its wire format: vLLM, Azure's OpenAI-compatible endpoint, llmock...) the request is
already in the provider's format, so it goes out as-is over one pooled aiohttp session and the
answer comes back as plain dicts. Every other provider, and any route with extra litellm
``params``, still goes through litellm. ``upstream_direct_openai: false`` turns this off.

Errors map to the same GatewayErrors as the litellm path (see client.map_error).
"""

from __future__ import annotations

import asyncio
import os
import ssl
import urllib.request
from typing import Any, AsyncIterator
from urllib.parse import urlsplit

import aiohttp
import certifi
import orjson
import structlog

from gateway.errors import GatewayError, invalid_request, upstream_error
from gateway.models_config import ModelRoute

log = structlog.get_logger("candor.upstream")

DEFAULT_BASE = "https://api.openai.com/v1"
_RETRY_STATUSES = {429, 502, 503, 504}


def supports(route: ModelRoute) -> bool:
    """``openai/<model>`` routes with no extra litellm params speak the OpenAI wire format."""
    return route.model.startswith("openai/") and not route.params


def _where(route: ModelRoute) -> str:
    return f"upstream model {route.alias!r}"


def _retry_headers(headers: Any) -> dict[str, str]:
    out = {}
    for name in ("Retry-After", "Retry-After-Ms"):
        value = headers.get(name) if headers is not None else None
        if value is not None:
            out[name] = str(value)
    return out


def status_error(route: ModelRoute, status: int, raw: bytes, headers: Any) -> GatewayError:
    """An upstream HTTP error as the error the client should see (as client.map_error does)."""
    where = _where(route)
    try:
        err = orjson.loads(raw).get("error") or {}
        if not isinstance(err, dict):
            err = {"message": str(err)}
    except (orjson.JSONDecodeError, AttributeError):
        err = {}
    message = str(err.get("message") or raw[:300].decode(errors="replace")).split("\n", 1)[0][:300]
    code = str(err.get("code") or "")
    if status == 429:
        return upstream_error(f"{where} is rate limited; retry later.", 429, "rate_limit_exceeded",
                              _retry_headers(headers))
    if status in (408, 504):
        return upstream_error(f"{where} timed out after {route.timeout:g}s.", 504,
                              "upstream_timeout")
    if status == 503:
        return upstream_error(f"{where} is unavailable.", 503, "upstream_unavailable",
                              _retry_headers(headers))
    if status >= 500:
        return upstream_error(f"{where} failed with status {status}.", 502, "upstream_error")
    if status in (401, 403):
        return upstream_error(f"{where} rejected the gateway's provider credentials.", 502,
                              "upstream_auth_error")
    if status == 404:
        return upstream_error(f"{where} does not exist at the provider.", 502,
                              "upstream_not_found")
    if code == "context_length_exceeded" or "context length" in message.lower():
        return invalid_request(f"{where}: the prompt is too long for the model's context window.",
                               "messages", "context_length_exceeded")
    if code in ("content_policy_violation", "content_filter"):
        return invalid_request(f"{where} refused the request under its content policy.",
                               None, "upstream_content_policy")
    return invalid_request(f"{where} rejected the request: {message}", None,
                           "upstream_bad_request")


def empty_response(route: ModelRoute) -> GatewayError:
    """An answer with no choice at all (a 200 with no data, only ``[DONE]``, ``"choices": []``):
    never passed off as a successful, empty generation."""
    return upstream_error(f"{_where(route)} sent an empty answer (no choices).", 502,
                          "upstream_empty_response")


def internal_error(exc: BaseException) -> GatewayError:
    """A failure of the gateway's own code on the way upstream: not the provider's fault."""
    return GatewayError(f"The gateway failed to prepare the upstream request "
                        f"({type(exc).__name__}); it has been logged.", 500, "api_error",
                        "internal_error")


def transport_error(route: ModelRoute, exc: BaseException, started: bool) -> GatewayError:
    """A failure below HTTP: timeout, refused connection, or a stream cut mid-way."""
    where = _where(route)
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
        return upstream_error(f"{where} timed out after {route.timeout:g}s.", 504,
                              "upstream_timeout")
    if started:
        return upstream_error(f"{where} broke off the stream before the answer was complete.",
                              502, "upstream_stream_truncated")
    return upstream_error(f"{where} could not be reached.", 502, "upstream_unreachable")


class OpenAICompatible:
    """One pooled aiohttp session per worker process (per event loop)."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._proxies: dict[str, str | None] = {}

    def _client(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            # CA bundle as httpx (so litellm) uses it: SSL_CERT_FILE, else certifi's
            tls = ssl.create_default_context(
                cafile=os.environ.get("SSL_CERT_FILE") or certifi.where())
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=30,
                                               ttl_dns_cache=300, ssl=tls),
                read_bufsize=2**20,  # a streamed chunk (SSE line) may be large: tool arguments
                max_line_size=2**20,
                max_field_size=2**16,
                skip_auto_headers=("User-Agent",),
            )
            self._loop = loop
        return self._session

    def _proxy(self, url: str) -> str | None:
        """HTTP(S)_PROXY / NO_PROXY as httpx honours them; looked up once per upstream URL
        (aiohttp's trust_env would re-read the environment on every request)."""
        if url not in self._proxies:
            parts = urlsplit(url)
            proxy = urllib.request.getproxies().get(parts.scheme)
            if proxy and urllib.request.proxy_bypass(parts.hostname or ""):
                proxy = None
            self._proxies[url] = proxy
        return self._proxies[url]

    async def aclose(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    @staticmethod
    def _target(route: ModelRoute) -> tuple[str, dict[str, str]]:
        base = (route.api_base or os.environ.get("OPENAI_BASE_URL")
                or os.environ.get("OPENAI_API_BASE") or DEFAULT_BASE)
        key = (os.environ.get(route.api_key_env, "") if route.api_key_env
               else os.environ.get("OPENAI_API_KEY", ""))
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return base.rstrip("/") + "/chat/completions", headers

    async def _open(self, route: ModelRoute, request: dict[str, Any],
                    stream: bool) -> aiohttp.ClientResponse:
        """Send the request (with the route's retries); a 200 response, or a GatewayError."""
        url, headers = self._target(route)
        try:
            body = orjson.dumps({**request, "model": route.model.split("/", 1)[1],
                                 "stream": stream})
        except (TypeError, ValueError, RecursionError) as exc:  # orjson.JSONEncodeError too
            log.error("upstream_request_not_serialisable", model=route.alias, error=str(exc))
            raise internal_error(exc) from None
        timeout = (aiohttp.ClientTimeout(total=None, connect=route.timeout,
                                         sock_read=route.timeout) if stream
                   else aiohttp.ClientTimeout(total=route.timeout))
        session = self._client()
        proxy = self._proxy(url)
        attempt = 0
        while True:
            try:
                resp = await session.post(url, data=body, headers=headers, timeout=timeout,
                                          proxy=proxy)
                if resp.status == 200:
                    return resp
                try:
                    raw = await resp.read()
                finally:
                    resp.release()
                err = status_error(route, resp.status, raw, resp.headers)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                err = transport_error(route, exc, started=False)
            if attempt >= route.retries or err.status not in _RETRY_STATUSES:
                raise err
            attempt += 1
            await asyncio.sleep(_backoff(err, attempt))

    async def chat(self, route: ModelRoute, request: dict[str, Any]) -> dict[str, Any]:
        request = {k: v for k, v in request.items() if k != "stream_options"}
        attempt = 0
        while True:
            resp = await self._open(route, request, stream=False)
            try:
                raw = await resp.read()
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                err = transport_error(route, exc, started=False)
                if attempt >= route.retries or err.status not in _RETRY_STATUSES:
                    raise err from None
                attempt += 1
                await asyncio.sleep(_backoff(err, attempt))
                continue
            finally:
                resp.release()
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                raise upstream_error(f"{_where(route)} sent a response that is not JSON.", 502,
                                     "upstream_bad_response") from None
            if not isinstance(body, dict) or not isinstance(body.get("choices"), list):
                raise upstream_error(f"{_where(route)} sent a response without choices.", 502,
                                     "upstream_bad_response")
            if not body["choices"]:
                raise empty_response(route)
            return body

    async def chat_stream(self, route: ModelRoute,
                          request: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        """The stream's chunks as dicts. Raises GatewayError for failures, also mid-stream."""
        resp = await self._open(route, request, stream=True)
        started = done = False
        chosen = False  # a chunk carried at least one choice
        try:
            async for line in resp.content:
                if done or not line.startswith(b"data:"):
                    continue  # blank separators, ": keep-alive" comments, "event:" lines
                data = line[5:].strip()
                if data == b"[DONE]":
                    done = True  # read on to the end, so the connection can be reused
                    continue
                try:
                    chunk = orjson.loads(data)
                except orjson.JSONDecodeError:
                    raise upstream_error(f"{_where(route)} sent a malformed stream chunk.", 502,
                                         "upstream_bad_response") from None
                if not isinstance(chunk, dict):
                    raise upstream_error(f"{_where(route)} sent a malformed stream chunk.", 502,
                                         "upstream_bad_response")
                if "error" in chunk and not chunk.get("choices"):
                    err = chunk["error"] if isinstance(chunk["error"], dict) else {}
                    status = err.get("status") or err.get("code")
                    raise status_error(route, status if isinstance(status, int) else 500,
                                       orjson.dumps(chunk), None)
                started = True
                chosen = chosen or bool(chunk.get("choices"))
                yield chunk
            if not chosen:  # no data, only [DONE], or only choice-less (usage) chunks
                raise empty_response(route)
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            if not done:
                raise transport_error(route, exc, started) from None
        except ValueError:  # a line longer than the read buffer
            raise upstream_error(f"{_where(route)} sent a stream chunk that is too large.", 502,
                                 "upstream_bad_response") from None
        finally:
            if resp.content.at_eof():
                resp.release()  # back to the pool
            else:
                resp.close()  # abandoned or broken mid-way: never reuse this connection


def _backoff(err: GatewayError, attempt: int) -> float:
    retry_after = err.headers.get("Retry-After")
    try:
        if retry_after is not None:
            return min(float(retry_after), 10.0)
    except ValueError:
        pass
    return min(0.25 * 2 ** (attempt - 1), 4.0)
