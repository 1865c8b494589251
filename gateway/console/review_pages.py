"""The review queue: held generations, one item with its draft, findings, rule and prompt, and
the three decisions (approve, edit then approve, reject with a reason). Everything goes through
``ReviewQueue`` (gateway/review/queue.py), the same object as the ``/v1/reviews`` API, so a
decision here is the same audit event and the same webhook as one made there."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from gateway.console.log_pages import messages
from gateway.console.web import ROLE_REVIEW, User, console_of, page
from gateway.errors import unavailable
from gateway.review.model import STATUSES, ReviewForbidden, ReviewNotFound
from gateway.review.queue import ReviewQueue, may_review

PAGE = 50


def queue_of(request: Request) -> ReviewQueue:
    queue = request.app.state.services.reviews
    if queue is None:
        raise unavailable("The review queue is off on this gateway (it needs the audit log).",
                          "review_disabled")
    return queue


@page(ROLE_REVIEW)
async def review_list(request: Request, user: User) -> Response:
    queue = queue_of(request)
    status = request.query_params.get("status", "pending") or None
    if status == "all":
        status = None
    before = request.query_params.get("before") or None
    app = request.query_params.get("app") or None
    principal = user.key.principal  # a principal's key sees only items in their name
    items = await queue.list(status=status, principal=principal, limit=PAGE + 1, before=before,
                             app=app)
    more = len(items) > PAGE
    items = items[:PAGE]
    return console_of(request).render(
        request, "reviews.html", user=user, items=items, counts=await queue.counts(principal),
        current=status or "all", statuses=STATUSES, app=app or "",
        next_before=items[-1].id if more and items else None)


async def _item(request: Request, user: User) -> Any:
    item = await queue_of(request).get(request.path_params["review_id"])
    if item is None:
        raise ReviewNotFound(request.path_params["review_id"])
    if not may_review(user.key, item):
        raise ReviewForbidden(f"This key reviews only items in the name of "
                              f"{user.key.principal!r}.")
    return item


@page(ROLE_REVIEW)
async def review_item(request: Request, user: User) -> Response:
    item = await _item(request, user)
    return console_of(request).render(
        request, "review.html", user=user, item=item, messages=messages(item.prompt))


@page(ROLE_REVIEW)
async def review_decide(request: Request, user: User, form: dict[str, str]) -> Response:
    item = await _item(request, user)
    decision = form.get("decision", "")
    reason = form.get("reason", "").strip() or None
    text = form.get("text") if decision == "edit" else None
    await queue_of(request).decide(item.id, user.key, decision, text=text, reason=reason)
    return RedirectResponse(f"/console/reviews/{quote(item.id)}", 303)
