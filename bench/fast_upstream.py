"""A minimal, fast OpenAI-compatible upstream for the overhead benchmark.

Why not llmock: it is a FastAPI app; on this 2-core box it tops out near 400 req/s (non-stream)
and 200 req/s (stream) and its own p50 at concurrency 16 is 26 ms / 64 ms with a long tail. The
upstream would then eat the CPU the gateways need and its jitter would swamp the overhead we
measure. This server is a raw asyncio protocol (uvloop + httptools, the parser uvicorn uses) that
answers from pre-rendered bytes, so nearly all the CPU goes to the process under test.

It answers ``POST /v1/chat/completions`` (non-stream and SSE stream, honouring
``stream_options.include_usage``) and ``GET /v1/models``. Latency is fixed and deterministic:
``--latency-ms`` before the answer (before the first chunk of a stream), then ``--chunks`` content
chunks ``--chunk-delay-ms`` apart, each written separately so a stream really arrives as a stream.
``GET /_journal`` returns the last 32 request bodies received (a JSON list), so a benchmark can
check what a gateway really sent upstream.

    python bench/fast_upstream.py --port 9100 --latency-ms 5 --chunks 24 --chunk-delay-ms 1
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import time
import uuid

import httptools
import orjson

ANSWER = (
    "Subject: Your next trail is waiting\n\nHi there, it has been a while since we last saw you "
    "at Northwind. The Ridgeline rain jacket is built for the wet months ahead, and every jacket "
    "comes with our lifetime repair program. If you want to come back, free returns within "
    "60 days make it easy to try. As a Trailhead member you still earn one point per dollar on "
    "every order. If you would rather not hear from us, you can unsubscribe with one click at "
    "the bottom of this email.\n\nThe Northwind Team"
)


def split_answer(text: str, parts: int) -> list[str]:
    """``parts`` pieces of whole words (fewer only if there are fewer words)."""
    words = text.split(" ")
    parts = max(1, min(parts, len(words)))
    bounds = [len(words) * i // parts for i in range(parts + 1)]
    pieces = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]
    return [p + " " for p in pieces[:-1]] + pieces[-1:]


class Upstream:
    def __init__(self, latency_ms: float, chunks: int, chunk_delay_ms: float) -> None:
        self.latency = latency_ms / 1000
        self.chunk_delay = chunk_delay_ms / 1000
        self.pieces = split_answer(ANSWER, chunks)
        self.completion_tokens = len(ANSWER.split())
        # the last request bodies received, for `GET /_journal` (a benchmark can check what a
        # gateway actually sent upstream, e.g. that PII was masked); a bounded deque append
        self.journal: collections.deque[bytes] = collections.deque(maxlen=32)


def _head(status: str, ctype: bytes, length: int | None) -> bytes:
    framing = (b"content-length: %d\r\n" % length) if length is not None \
        else b"transfer-encoding: chunked\r\n"
    return (b"HTTP/1.1 " + status.encode() + b"\r\ncontent-type: " + ctype + b"\r\n" + framing
            + b"connection: keep-alive\r\n\r\n")


def _chunked(data: bytes) -> bytes:
    return b"%x\r\n" % len(data) + data + b"\r\n"


class Protocol(asyncio.Protocol):
    def __init__(self, server: Upstream) -> None:
        self.server = server
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.url = b""
        self.body: list[bytes] = []
        self.queue: asyncio.Queue[tuple[bytes, bytes, bytes]] = asyncio.Queue()
        self.worker: asyncio.Task[None] | None = None

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.worker = asyncio.get_running_loop().create_task(self._serve())

    def connection_lost(self, exc: Exception | None) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            assert self.transport is not None
            self.transport.write(_head("400 Bad Request", b"text/plain", 0))
            self.transport.close()

    # httptools callbacks
    def on_message_begin(self) -> None:
        self.url = b""
        self.body = []

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        method = self.parser.get_method()
        self.queue.put_nowait((method, self.url, b"".join(self.body)))

    # requests are answered in order (HTTP/1.1 pipelining safe)
    async def _serve(self) -> None:
        while True:
            method, url, body = await self.queue.get()
            try:
                await self._answer(method, url.split(b"?", 1)[0], body)
            except (ConnectionError, RuntimeError):
                return

    def _json(self, status: str, obj: object) -> None:
        data = orjson.dumps(obj)
        assert self.transport is not None
        self.transport.write(_head(status, b"application/json", len(data)) + data)

    async def _answer(self, method: bytes, path: bytes, body: bytes) -> None:
        if method == b"GET" and path.rstrip(b"/") == b"/v1/models":
            self._json("200 OK", {"object": "list", "data": [
                {"id": "gpt-4o-mini", "object": "model", "created": 0, "owned_by": "bench"}]})
            return
        if method == b"GET" and path.rstrip(b"/") == b"/_journal":
            data = b"[" + b",".join(self.server.journal) + b"]"
            assert self.transport is not None
            self.transport.write(_head("200 OK", b"application/json", len(data)) + data)
            return
        if method != b"POST" or path.rstrip(b"/") != b"/v1/chat/completions":
            self._json("404 Not Found", {"error": {"message": "not found", "type":
                                                   "invalid_request_error", "code": None,
                                                   "param": None}})
            return
        try:
            req = orjson.loads(body)
        except orjson.JSONDecodeError:
            self._json("400 Bad Request", {"error": {"message": "bad json", "type":
                                                     "invalid_request_error", "code": None,
                                                     "param": None}})
            return
        srv = self.server
        srv.journal.append(body)
        model = req.get("model") or "gpt-4o-mini"
        cid = "chatcmpl-" + uuid.uuid4().hex
        created = int(time.time())
        usage = {"prompt_tokens": len(body) // 4, "completion_tokens": srv.completion_tokens,
                 "total_tokens": len(body) // 4 + srv.completion_tokens}
        if srv.latency:
            await asyncio.sleep(srv.latency)
        if not req.get("stream"):
            self._json("200 OK", {
                "id": cid, "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER},
                             "finish_reason": "stop", "logprobs": None}],
                "usage": usage,
            })
            return
        transport = self.transport
        assert transport is not None

        def event(choices: list[dict[str, object]], **extra: object) -> bytes:
            return _chunked(b"data: " + orjson.dumps({
                "id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": choices, **extra}) + b"\n\n")

        transport.write(_head("200 OK", b"text/event-stream", None) + event(
            [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]))
        for piece in srv.pieces:
            if transport.is_closing():
                return
            transport.write(event([{"index": 0, "delta": {"content": piece},
                                    "finish_reason": None}]))
            if srv.chunk_delay:
                await asyncio.sleep(srv.chunk_delay)
        tail = event([{"index": 0, "delta": {}, "finish_reason": "stop"}])
        if (req.get("stream_options") or {}).get("include_usage"):
            tail += event([], usage=usage)
        transport.write(tail + _chunked(b"data: [DONE]\n\n") + b"0\r\n\r\n")


async def serve(host: str, port: int, upstream: Upstream) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Protocol(upstream), host, port, backlog=1024)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    parser.add_argument("--chunks", type=int, default=24)
    parser.add_argument("--chunk-delay-ms", type=float, default=1.0)
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(args.host, args.port,
                      Upstream(args.latency_ms, args.chunks, args.chunk_delay_ms)))


if __name__ == "__main__":
    main()
