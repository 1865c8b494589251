"""Auditor API under /audit/v1 (keys with the ``audit`` role only).

Every call is itself appended to the log as an ``audit.query`` event: who asked what, when.
Recipient ids in queries are hashed on the way in; the raw id is never stored or logged.
"""

from __future__ import annotations

import base64
import difflib
import functools
from typing import Any, AsyncIterator

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from gateway.api.http import authenticate, json_response
from gateway.audit.entries import STATUSES, Filters
from gateway.audit.export import csv_line, flat, parse_time
from gateway.audit.service import AuditLog, checkpoint_json
from gateway.audit.store import StoreUnavailable
from gateway.errors import invalid_request, not_found, unavailable
from gateway.keys import ApiKey

_FILTERS = ("app", "user", "recipient", "on_behalf_of", "model", "status", "campaign", "finding",
            "channel")
MAX_LIMIT = 1000
_PAGE = ("limit", "cursor")
_RECORD_FILTERS = (*_FILTERS, "from", "to")


def check_params(request: Request, allowed: tuple[str, ...]) -> None:
    """An unknown query parameter is a mistake (a typo, a filter that does not exist), never
    silently ignored: ignoring it would answer with the whole log."""
    for name in request.query_params:
        if name not in allowed:
            close = difflib.get_close_matches(name, allowed, n=1)
            hint = (f" Did you mean '{close[0]}'?" if close else
                    f" This endpoint takes: {', '.join(allowed)}." if allowed else
                    " This endpoint takes none.")
            raise invalid_request(f"Unknown query parameter '{name}'.{hint}", name,
                                  "unknown_parameter")


def audit_api(handler):  # type: ignore[no-untyped-def]
    """A store that cannot be reached is a 503, not a 500."""

    @functools.wraps(handler)
    async def wrapper(request: Request) -> Response:
        try:
            return await handler(request)
        except StoreUnavailable:
            raise unavailable("The audit log is unavailable.", "audit_unavailable") from None

    return wrapper


def _audit(request: Request) -> AuditLog:
    audit = request.app.state.services.audit
    if audit is None:
        raise unavailable("The audit log is disabled on this gateway.", "audit_disabled")
    return audit


def _filters(request: Request, audit: AuditLog, extra: tuple[str, ...] = (),
             **fixed: Any) -> Filters:
    q = request.query_params
    check_params(request, tuple(n for n in _RECORD_FILTERS if n not in fixed) + extra)
    kw: dict[str, Any] = {name: q.get(name) or None for name in _FILTERS}
    for name, key in (("from", "since"), ("to", "until")):
        try:
            kw[key] = parse_time(q.get(name))
        except ValueError as exc:
            raise invalid_request(f"'{name}': {exc}.", name) from None
    if kw["status"] is not None and kw["status"] not in STATUSES:
        raise invalid_request(f"Unknown status {kw['status']!r}; one of {', '.join(STATUSES)}.",
                              "status", "unsupported_value")
    kw.update(fixed)
    return audit.filters(**kw)


def make_cursor(at: float, seq: int) -> str:
    return f"{at!r}_{seq}"


def parse_cursor(raw: str | None) -> tuple[float, int] | None:
    if not raw:
        return None
    try:
        at, _, seq = raw.partition("_")
        return float(at), int(seq)
    except ValueError:
        raise invalid_request("'cursor' must be a next_cursor value from a previous page.",
                              "cursor") from None


def _int(request: Request, name: str, default: int | None = None, lo: int = 0,
         hi: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise invalid_request(f"'{name}' must be an integer.", name) from None
    if value < lo or (hi is not None and value > hi):
        raise invalid_request(f"'{name}' must be between {lo} and {hi}.", name)
    return value


async def _logged(request: Request, audit: AuditLog, key: ApiKey, filters: Filters | None = None,
                  **extra: Any) -> None:
    """Append the auditor's query to the log before answering (fails closed like generations)."""
    data: dict[str, Any] = {"method": request.method, "path": request.url.path, **extra}
    if filters is not None:
        data["filters"] = filters.describe()
    try:
        await audit.event("audit.query", None, {"app": key.app, "key_id": key.key_id}, data)
    except StoreUnavailable:
        raise unavailable("The audit log is unavailable.", "audit_unavailable") from None


def _auth(request: Request) -> tuple[AuditLog, ApiKey]:
    key = authenticate(request, "audit")
    return _audit(request), key


async def _page(request: Request, audit: AuditLog, key: ApiKey, filters: Filters) -> Response:
    limit = _int(request, "limit", 50, 1, MAX_LIMIT)
    raw_cursor = request.query_params.get("cursor") or None
    cursor = parse_cursor(raw_cursor)
    await _logged(request, audit, key, filters, limit=limit, cursor=raw_cursor)
    rows = await audit.store.query(filters, limit or 50, cursor)
    body = b'{"object":"list","data":[' + b",".join(r.encode() for _, _, r in rows) + b'],'
    nxt = make_cursor(rows[-1][1], rows[-1][0]) if len(rows) == limit else None
    body += b'"next_cursor":' + orjson.dumps(nxt) + b"}"
    return Response(body, media_type="application/json")


@audit_api
async def list_generations(request: Request) -> Response:
    audit, key = _auth(request)
    return await _page(request, audit, key, _filters(request, audit, _PAGE))


@audit_api
async def person_generations(request: Request) -> Response:
    audit, key = _auth(request)
    name = request.path_params["name"]
    return await _page(request, audit, key, _filters(request, audit, _PAGE, on_behalf_of=name))


@audit_api
async def list_events(request: Request) -> Response:
    audit, key = _auth(request)
    check_params(request, ("type", "generation_id", *_PAGE))
    f = audit.filters(kind="event", event_type=request.query_params.get("type") or None,
                      generation_id=request.query_params.get("generation_id") or None)
    return await _page(request, audit, key, f)


@audit_api
async def get_generation(request: Request) -> Response:
    audit, key = _auth(request)
    check_params(request, ())
    gid = request.path_params["generation_id"]
    await _logged(request, audit, key, generation_id=gid)
    out = await audit.proof_for(gid)
    if out is None:
        raise not_found(f"No audit record for generation {gid!r}.", "record_not_found")
    out["public_key"] = audit.public_key()
    return json_response(out)


@audit_api
async def latest_checkpoint(request: Request) -> Response:
    audit, key = _auth(request)
    check_params(request, ())
    await _logged(request, audit, key)
    cp = await audit.checkpoint()
    return json_response({"checkpoint": checkpoint_json(cp) if cp else None,
                          "public_key": audit.public_key()})


@audit_api
async def public_key(request: Request) -> Response:
    audit, _ = _auth(request)
    return json_response(audit.public_key())


@audit_api
async def consistency(request: Request) -> Response:
    audit, key = _auth(request)
    check_params(request, ("first", "second"))
    first = _int(request, "first", None, 1)
    second = _int(request, "second", None, 1)
    await _logged(request, audit, key, first=first, second=second)
    if second is None:
        cp = await audit.checkpoint()
        second = cp["tree_size"] if cp else 0
    if first is None or first > second:
        raise invalid_request("Give 'first' <= 'second' (tree sizes); 'second' defaults to the "
                              "latest checkpoint.", "first")
    size, _ = await audit.store.tree_head()
    if second > size:
        raise invalid_request(f"The tree has only {size} records.", "second")
    hashes = await audit.store.consistency_proof(first, second)
    cps = {}
    for n in (first, second):
        cp = await audit.store.checkpoint_at(n)
        cps[str(n)] = checkpoint_json(cp) if cp else None
    return json_response({
        "first": first, "second": second,
        "first_root": base64.b64encode(await audit.store.root_at(first)).decode(),
        "second_root": base64.b64encode(await audit.store.root_at(second)).decode(),
        "hashes": [base64.b64encode(h).decode() for h in hashes], "checkpoints": cps,
    })


@audit_api
async def export(request: Request) -> Response:
    audit, key = _auth(request)
    fmt = request.query_params.get("format", "jsonl")
    if fmt not in ("jsonl", "csv"):
        raise invalid_request("'format' is jsonl or csv.", "format")
    filters = _filters(request, audit, ("format",))
    await _logged(request, audit, key, filters, format=fmt)

    async def rows() -> AsyncIterator[bytes]:
        if fmt == "csv":
            yield csv_line(None).encode()
        buf: list[bytes] = []
        async for _, rec in audit.store.iterate(filters):
            buf.append((rec + "\n").encode() if fmt == "jsonl"
                       else csv_line(flat(orjson.loads(rec))).encode())
            if len(buf) >= 200:
                yield b"".join(buf)
                buf = []
        if buf:
            yield b"".join(buf)

    media = "application/x-ndjson" if fmt == "jsonl" else "text/csv; charset=utf-8"
    return StreamingResponse(rows(), media_type=media, headers={
        "Content-Disposition": f'attachment; filename="candor-audit.{fmt}"'})


@audit_api
async def stats(request: Request) -> Response:
    audit, key = _auth(request)
    group_by = [g.strip() for g in request.query_params.get("group_by", "day").split(",")
                if g.strip()]
    filters = _filters(request, audit, ("group_by",))
    await _logged(request, audit, key, filters, group_by=group_by)
    try:
        rows = await audit.store.stats(filters, group_by)
    except ValueError as exc:
        raise invalid_request(str(exc), "group_by") from None
    return json_response({"group_by": group_by, "data": rows})


routes = [
    Route("/audit/v1/generations", list_generations, methods=["GET"]),
    Route("/audit/v1/generations/{generation_id}", get_generation, methods=["GET"]),
    Route("/audit/v1/people/{name}/generations", person_generations, methods=["GET"]),
    Route("/audit/v1/events", list_events, methods=["GET"]),
    Route("/audit/v1/checkpoint", latest_checkpoint, methods=["GET"]),
    Route("/audit/v1/public-key", public_key, methods=["GET"]),
    Route("/audit/v1/consistency", consistency, methods=["GET"]),
    Route("/audit/v1/export", export, methods=["GET"]),
    Route("/audit/v1/stats", stats, methods=["GET"]),
]
