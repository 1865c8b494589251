"""Chat completions straight to an OpenAI-compatible endpoint, without litellm in the hot path.

Why: the benchmark (bench/gateway_overhead.py, docs/benchmarks.md) showed litellm's per-call work
(``acompletion`` hopping to a thread to build the call, a pydantic object per streamed chunk,
cost calculation and a rebuilt response for logging after every stream) is most of the gateway's
CPU per request. For routes whose litellm model is ``openai/<name>`` (OpenAI itself, or any server
speaking its wire format: vLLM, Azure's OpenAI-compatible endpoint, llmock...) the request is
already in the provider's format, so it goes out as-is over one pooled aiohttp session and the
answer comes back as plain dicts. Every other provider, and any route with extra litellm
``params``, still goes through litellm. ``upstream_direct_openai: false`` turns this off.

Errors map to the same GatewayErrors as the litellm path (errors.py); retries are the caller's
(retry.py): each call here is one attempt.
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

from gateway.errors import upstream_error
from gateway.models_config import ModelRoute
from gateway.upstream.errors import body_error, empty_response, internal_error, transport_error

log = structlog.get_logger("candor.upstream")

DEFAULT_BASE = "https://api.openai.com/v1"


def supports(route: ModelRoute) -> bool:
    """``openai/<model>`` routes with no extra litellm params speak the OpenAI wire format."""
    return route.model.startswith("openai/") and not route.params


def _where(route: ModelRoute) -> str:
    return f"upstream model {route.alias!r}"


class OpenAICompatible:
    """One pooled aiohttp session per worker process (per event loop)."""

    def __init__(self, max_response_bytes: int = 64 << 20) -> None:
        # a whole (non-stream) answer is read into memory: past this it is refused unread
        self.max_response_bytes = max_response_bytes
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
        """Send the request once; a 200 response, or a GatewayError."""
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
        try:
            resp = await self._client().post(url, data=body, headers=headers, timeout=timeout,
                                             proxy=self._proxy(url))
            if resp.status == 200:
                return resp
            try:
                raw = await resp.read()
            finally:
                resp.release()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            raise transport_error(route, exc, started=False) from None
        raise body_error(route, resp.status, raw, resp.headers)

    async def chat(self, route: ModelRoute, request: dict[str, Any]) -> dict[str, Any]:
        request = {k: v for k, v in request.items() if k != "stream_options"}
        resp = await self._open(route, request, stream=False)
        try:
            parts, size = [], 0
            async for part in resp.content.iter_chunked(1 << 16):
                size += len(part)
                if size > self.max_response_bytes:
                    raise upstream_error(
                        f"{_where(route)} sent an answer larger than {self.max_response_bytes} "
                        "bytes (4 x max_output_chars); it was not read.", 502, "output_too_large")
                parts.append(part)
            raw = b"".join(parts)
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            raise transport_error(route, exc, started=False) from None
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
                    raise body_error(route, status if isinstance(status, int) else 500,
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
