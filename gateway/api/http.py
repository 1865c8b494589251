"""HTTP plumbing shared by the handlers: JSON bodies with a size limit, auth, errors, SSE."""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Awaitable, Callable

import orjson
import structlog
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse

from gateway.errors import (
    GatewayError,
    authentication_error,
    invalid_request,
    permission_error,
    too_large,
)
from gateway.keys import ApiKey

log = structlog.get_logger("candor.http")


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status, headers=headers, media_type="application/json")


def error_response(err: GatewayError, headers: dict[str, str] | None = None) -> Response:
    return json_response(err.body(), err.status, {**(headers or {}), **err.headers})


def _path(parent: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{parent}[{part}]"
    part = part.encode("utf-8", "backslashreplace").decode("utf-8")[:64]
    return f"{parent}.{part}" if parent else part


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_json(body: Any, max_depth: int, unicode: bool = True) -> None:
    """Refuse at the door what later stages cannot take: nesting deeper than ``max_depth``
    (recursive code further on would hit RecursionError, or orjson's own limit on the way
    upstream) and, with ``unicode``, strings or keys that are not valid Unicode (lone
    surrogates, which JSON's ``\\uXXXX`` escapes can carry and nothing can encode as UTF-8).
    Iterative, one pass over the body; ``param`` names the first offending field."""
    stack: list[tuple[Any, str, int]] = [(body, "", 1)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            if unicode and _has_surrogate(value):
                raise invalid_request(
                    f"Invalid value for '{where or 'body'}': the string is not valid Unicode "
                    "(it contains a lone UTF-16 surrogate).", where or None, "invalid_unicode")
            continue
        if isinstance(value, dict):
            items: Any = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            continue
        if depth > max_depth:
            raise invalid_request(
                f"The request body is nested more than {max_depth} levels deep "
                f"(at '{where}').", where[:200] or None, "nesting_too_deep")
        for key, item in items:
            if unicode and isinstance(key, str) and _has_surrogate(key):
                raise invalid_request(
                    f"Invalid field name in '{where or 'body'}': it is not valid Unicode "
                    "(it contains a lone UTF-16 surrogate).", _path(where, key), "invalid_unicode")
            if isinstance(item, (dict, list)) or (unicode and isinstance(item, str)):
                stack.append((item, _path(where, key), depth + 1))


async def read_json(request: Request, limit: int, max_depth: int | None = None) -> Any:
    if max_depth is None:
        max_depth = getattr(getattr(getattr(request.app.state, "services", None), "settings",
                                    None), "max_json_depth", 64)
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise too_large(limit)
        except ValueError:
            raise invalid_request("Invalid Content-Length header.") from None
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect:
        raise invalid_request("The client disconnected while sending the body.") from None
    raw = b"".join(chunks)
    if not raw.strip():
        raise invalid_request("The request body is empty; expected a JSON object.")
    strict = True
    try:
        body = orjson.loads(raw)  # valid UTF-8 only: no lone surrogates get past it
    except orjson.JSONDecodeError:
        strict = False
        try:  # orjson rejects some valid JSON (e.g. lone surrogates); give json a chance
            body = json.loads(raw)
        except RecursionError:
            raise invalid_request(
                f"The request body is nested more than {max_depth} levels deep.", None,
                "nesting_too_deep") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise invalid_request(f"The request body is not valid JSON: {exc}.",
                                  None, "invalid_json") from None
    check_json(body, max_depth, unicode=not strict)
    request.state.json_body = body  # for the record of a request refused later (rejections.py)
    return body


def client_request_id(request: Request) -> str | None:
    """The caller's X-Request-Id, if it is short enough to keep."""
    rid = request.headers.get("x-request-id")
    return rid if rid and len(rid) <= 128 else None


# why a key that matched is refused (said only to a caller who holds its secret)
_REFUSED = {
    "expired": "This API key has expired; ask an administrator for a new one.",
    "revoked": "This API key has been revoked; ask an administrator for a new one.",
    "rotated": "This API key was rotated and its overlap window has ended; use the new key.",
}


def authenticate(request: Request, role: str) -> ApiKey:
    store = request.app.state.services.keys
    header = request.headers.get("authorization", "")
    token = ""
    if header.lower().startswith("bearer "):
        token = header[7:].strip()
    token = token or request.headers.get("api-key", "").strip()  # Azure-style clients
    if not token:
        raise authentication_error(
            "Missing API key: send 'Authorization: Bearer <key>'. "
            "Create one with `candor keys create --app NAME`."
        )
    key, problem = store.check(token)
    if problem is not None or key is None:
        raise authentication_error(_REFUSED.get(problem or "", "Incorrect API key provided."))
    request.state.candor_key = key
    if not key.has_role(role):
        raise permission_error(f"This key (app {key.app!r}) lacks the {role!r} role.")
    return key


Handler = Callable[[Request], Awaitable[Response]]


async def gateway_error_handler(request: Request, exc: Exception) -> Response:
    """Starlette exception handler: a GatewayError is the client's OpenAI-shaped answer."""
    assert isinstance(exc, GatewayError)
    return error_response(exc)


class LastResort:
    """ASGI middleware: an exception no handler took becomes a logged, OpenAI-shaped 500.

    Starlette's own ``ServerErrorMiddleware`` would answer too, but then re-raises, and the
    server prints a traceback for every such request; one structured log line is enough.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:  # noqa: BLE001 - the last line of defence; the log has the details
            log.exception("unhandled_error", path=scope.get("path"))
            if started:
                raise
            response = error_response(GatewayError(
                "The gateway failed to handle this request; it has been logged.", 500,
                "api_error", "internal_error"))
            await response(scope, receive, send)


def sse(events: AsyncIterator[bytes], headers: dict[str, str]) -> StreamingResponse:
    return StreamingResponse(
        events, media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no", **headers},
    )


def sse_data(obj: Any) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def sse_event(event: str, obj: Any) -> bytes:
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(obj) + b"\n\n"
