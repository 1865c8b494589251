"""The review API under /v1/reviews (docs/review.md).

Apps poll their held generations with their ``generate`` key; reviewers (``review`` or
``admin`` role; a key bound to a principal sees only that person's items) list, read and decide.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from gateway.api.audit_routes import check_params
from gateway.api.http import authenticate, json_response, read_json
from gateway.errors import GatewayError, invalid_request, permission_error, unavailable
from gateway.keys import ApiKey
from gateway.review.model import ReviewItem, ReviewNotFound
from gateway.review.queue import MAX_LIMIT, ReviewQueue, may_review

_DECIDE_FIELDS = {"approve": ("reason",), "edit": ("text", "reason"), "reject": ("reason",)}


def _queue(request: Request) -> ReviewQueue:
    queue = request.app.state.services.reviews
    if queue is None:
        raise unavailable("Human review is off on this gateway (it needs the audit log and "
                          "review_enabled).", "review_disabled")
    return queue


def _caller(request: Request) -> ApiKey:
    """Any valid key (the role decides what it may see, per item)."""
    try:
        return authenticate(request, "review")
    except GatewayError as err:
        if err.status != 403:
            raise
        return request.state.candor_key


def _reviewer(request: Request) -> ApiKey:
    key = _caller(request)
    if not may_review(key):
        raise permission_error(f"This key (app {key.app!r}) lacks the 'review' role.")
    return key


def _app_view(item: ReviewItem) -> dict[str, Any]:
    out: dict[str, Any] = {"object": "review", "id": item.id, "generation_id": item.generation_id,
                           "status": item.status, "created_at": item.created_at,
                           "expires_at": item.expires_at, "decided_at": item.decided_at,
                           "poll": item.poll}
    if item.status == "rejected":
        out["reason"] = item.reason
    return out


async def _item_for(request: Request, queue: ReviewQueue, key: ApiKey) -> ReviewItem:
    review_id = request.path_params["review_id"]
    item = await queue.get(review_id)
    if item is None:
        raise ReviewNotFound(review_id)
    own_app = key.has_role("generate") and key.app == item.app
    if not own_app and not may_review(key, item):
        if may_review(key):
            raise permission_error(f"This key reviews only items in the name of "
                                   f"{key.principal!r}.")
        raise ReviewNotFound(review_id)  # another app's review: not yours to know of
    return item


async def get_review(request: Request) -> Response:
    check_params(request, ())
    queue = _queue(request)
    key = _caller(request)
    item = await _item_for(request, queue, key)
    out = item.to_dict() if may_review(key, item) else _app_view(item)
    if item.status == "approved" and key.has_role("generate") and key.app == item.app:
        delivered = await queue.deliver(item)
        out["text"] = delivered.text if delivered is not None else None
        out["mark"] = delivered.mark if delivered is not None else None
        out["disclosure_waived"] = delivered.disclosure_waived if delivered else None
        if delivered is None:
            out["message"] = ("The approved text was delivered and its personal data has been "
                              "deleted since; it cannot be fetched again.")
    return json_response(out, headers={"X-Candor-Review": item.status,
                                       "X-Candor-Review-Id": item.id})


def _int_param(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise invalid_request(f"'{name}' must be an integer.", name) from None
    if not lo <= value <= hi:
        raise invalid_request(f"'{name}' must be from {lo} to {hi}.", name)
    return value


async def list_reviews(request: Request) -> Response:
    check_params(request, ("status", "limit", "before", "app", "principal"))
    queue = _queue(request)
    key = _reviewer(request)
    q = request.query_params
    principal = q.get("principal") or None
    if key.principal is not None:
        if principal is not None and principal != key.principal:
            raise permission_error(f"This key reviews only items in the name of "
                                   f"{key.principal!r}.")
        principal = key.principal
    limit = _int_param(request, "limit", 50, 1, MAX_LIMIT)
    items = await queue.list(status=q.get("status") or None, principal=principal, limit=limit,
                             before=q.get("before") or None, app=q.get("app") or None)
    return json_response({"object": "list", "data": [i.to_dict() for i in items],
                          "has_more": len(items) == limit,
                          "next_before": items[-1].id if len(items) == limit else None})


async def review_counts(request: Request) -> Response:
    check_params(request, ())
    queue = _queue(request)
    key = _reviewer(request)
    return json_response({"object": "review.counts", **await queue.counts(key.principal)})


async def review_deliveries(request: Request) -> Response:
    check_params(request, ())
    queue = _queue(request)
    key = _reviewer(request)
    item = await _item_for(request, queue, key)
    return json_response({"object": "list", "data": await queue.deliveries(item.id)})


async def _decide(request: Request, decision: str) -> Response:
    check_params(request, ())
    queue = _queue(request)
    key = _reviewer(request)
    body: Any = {}
    if (request.headers.get("content-length") or "0") != "0" or decision != "approve":
        body = await read_json(request, 1 << 20)
    if not isinstance(body, dict):
        raise invalid_request("The body must be a JSON object.")
    allowed = _DECIDE_FIELDS[decision]
    for name in body:
        if name not in allowed:
            raise invalid_request(f"Unknown field '{name}'; {decision} takes "
                                  f"{', '.join(allowed)}.", name, "unknown_parameter")
    for name in allowed:
        if body.get(name) is not None and not isinstance(body[name], str):
            raise invalid_request(f"'{name}' must be a string.", name)
    item = await queue.decide(request.path_params["review_id"], key, decision,
                              text=body.get("text"), reason=body.get("reason"))
    return json_response(item.to_dict())


async def approve(request: Request) -> Response:
    return await _decide(request, "approve")


async def edit(request: Request) -> Response:
    return await _decide(request, "edit")


async def reject(request: Request) -> Response:
    return await _decide(request, "reject")


routes = [
    Route("/v1/reviews", list_reviews, methods=["GET"]),
    Route("/v1/reviews/counts", review_counts, methods=["GET"]),
    Route("/v1/reviews/{review_id}", get_review, methods=["GET"]),
    Route("/v1/reviews/{review_id}/deliveries", review_deliveries, methods=["GET"]),
    Route("/v1/reviews/{review_id}/approve", approve, methods=["POST"]),
    Route("/v1/reviews/{review_id}/edit", edit, methods=["POST"]),
    Route("/v1/reviews/{review_id}/reject", reject, methods=["POST"]),
]
