"""Closed-loop load: N workers replay a workload against one OpenAI-compatible endpoint.

Each request records total latency (until the last byte) and, for streams, time to first token
(TTFT: the first SSE ``data:`` line whose delta carries non-empty content). A request is an error
unless it returns 200 and a complete answer (non-stream: content; stream: content, no error event,
and ``data: [DONE]``).

Two clients: aiohttp (default) and httpx. httpx's shared connection pool is itself the bottleneck
at concurrency 64 on this box (measured directly against the fast upstream: 176 req/s, p95 1.3 s,
against 2,800 req/s, p95 27 ms with aiohttp), which would hide the gateways' overhead behind the
client's. ``--client httpx`` gives each worker its own single-connection httpx client, the least
slow way to drive httpx, for comparison.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import orjson


@dataclass
class Sample:
    stream: bool
    ok: bool
    total: float  # seconds
    ttft: float | None = None
    error: str | None = None


@dataclass
class RunResult:
    samples: list[Sample] = field(default_factory=list)
    elapsed: float = 0.0
    capped: bool = False  # stopped by the time cap before all requests were sent


def _has_content(line: bytes) -> bool:
    try:
        obj = orjson.loads(line[6:])
    except orjson.JSONDecodeError:
        return False
    for choice in obj.get("choices") or []:
        if (choice.get("delta") or {}).get("content"):
            return True
    return False


class _Stream:
    """Per-request SSE bookkeeping shared by both clients."""

    def __init__(self, t0: float) -> None:
        self.t0 = t0
        self.ttft: float | None = None
        self.done = False
        self.error: str | None = None

    def line(self, line: bytes) -> None:
        if not line.startswith(b"data: "):
            return
        if line.startswith(b"data: [DONE]"):
            self.done = True
        elif line.startswith(b'data: {"error"'):
            self.error = "error event: " + line[6:206].decode(errors="replace")
        elif self.ttft is None and _has_content(line):
            self.ttft = time.perf_counter() - self.t0

    def sample(self) -> Sample:
        total = time.perf_counter() - self.t0
        error = self.error or (None if self.done and self.ttft is not None
                               else "stream ended without content or [DONE]")
        return Sample(True, error is None, total, self.ttft, error)


def _check_body(raw: bytes) -> str | None:
    try:
        body = orjson.loads(raw)
        if body["choices"][0]["message"]["content"]:
            return None
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError):
        pass
    return "bad body: " + raw[:200].decode(errors="replace")


class AiohttpClient:
    def __init__(self, concurrency: int, timeout: float) -> None:
        import aiohttp

        self._aiohttp = aiohttp
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=concurrency + 8, force_close=False),
            timeout=aiohttp.ClientTimeout(total=timeout),
        )

    def for_worker(self) -> "AiohttpClient":
        return self

    async def request(self, url: str, headers: dict[str, str], body: bytes, stream: bool) -> Sample:
        t0 = time.perf_counter()
        try:
            async with self.session.post(url, data=body, headers=headers) as resp:
                if resp.status != 200:
                    text = (await resp.read())[:200].decode(errors="replace")
                    return Sample(stream, False, time.perf_counter() - t0, None,
                                  f"HTTP {resp.status}: {text}")
                if not stream:
                    error = _check_body(await resp.read())
                    return Sample(False, error is None, time.perf_counter() - t0, None, error)
                state = _Stream(t0)
                async for line in resp.content:
                    state.line(line)
                return state.sample()
        except (self._aiohttp.ClientError, asyncio.TimeoutError) as exc:
            return Sample(stream, False, time.perf_counter() - t0, None,
                          f"{type(exc).__name__}: {exc}"[:200])

    async def close(self) -> None:
        await self.session.close()


class HttpxClient:
    def __init__(self, concurrency: int, timeout: float) -> None:
        self.timeout = timeout
        self.clients: list[Any] = []

    def for_worker(self) -> "_HttpxWorker":
        import httpx

        client = httpx.AsyncClient(limits=httpx.Limits(max_connections=1),
                                   timeout=httpx.Timeout(self.timeout))
        self.clients.append(client)
        return _HttpxWorker(client)

    async def close(self) -> None:
        for client in self.clients:
            await client.aclose()


class _HttpxWorker:
    def __init__(self, client: Any) -> None:
        self.client = client

    async def request(self, url: str, headers: dict[str, str], body: bytes, stream: bool) -> Sample:
        import httpx

        t0 = time.perf_counter()
        try:
            async with self.client.stream("POST", url, content=body, headers=headers) as resp:
                if resp.status_code != 200:
                    text = (await resp.aread())[:200].decode(errors="replace")
                    return Sample(stream, False, time.perf_counter() - t0, None,
                                  f"HTTP {resp.status_code}: {text}")
                if not stream:
                    error = _check_body(await resp.aread())
                    return Sample(False, error is None, time.perf_counter() - t0, None, error)
                state = _Stream(t0)
                async for line in resp.aiter_lines():
                    state.line(line.encode())
                return state.sample()
        except httpx.HTTPError as exc:
            return Sample(stream, False, time.perf_counter() - t0, None,
                          f"{type(exc).__name__}: {exc}"[:200])


CLIENTS = {"aiohttp": AiohttpClient, "httpx": HttpxClient}


@dataclass
class Target:
    name: str
    base_url: str  # .../v1
    model: str
    api_key: str


def prepare(workload: list[dict[str, Any]], target: Target) -> list[tuple[bytes, bool]]:
    """The workload's bodies for one target: ``model`` rewritten, serialised once."""
    out = []
    for row in workload:
        body = dict(row, model=target.model)
        out.append((orjson.dumps(body), bool(body.get("stream"))))
    return out


async def run_load(
    target: Target, bodies: list[tuple[bytes, bool]], concurrency: int, requests: int,
    time_cap: float, client_kind: str = "aiohttp", timeout: float = 60.0, offset: int = 0,
) -> RunResult:
    """``requests`` requests at ``concurrency`` (closed loop), stopping early at ``time_cap``."""
    url = target.base_url.rstrip("/") + "/chat/completions"
    headers = {"Authorization": f"Bearer {target.api_key}", "Content-Type": "application/json"}
    client = CLIENTS[client_kind](concurrency, timeout)
    result = RunResult()
    counter = iter(range(requests))
    t0 = time.perf_counter()
    deadline = t0 + time_cap

    async def worker() -> None:
        conn = client.for_worker()
        for i in counter:
            if time.perf_counter() > deadline:
                result.capped = True
                return
            body, stream = bodies[(offset + i) % len(bodies)]
            result.samples.append(await conn.request(url, headers, body, stream))

    try:
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    finally:
        result.elapsed = time.perf_counter() - t0
        await client.close()
    return result
