"""ReviewQueue: the one object the API, the console and the pipeline use.

State lives in the store (shared by every worker and replica); this object only composes the
store, the sealed placeholder values, the audit log (every decision is an event on the
generation), delivery (restore + disclosure + mark) and the webhook notifier.
"""

from __future__ import annotations

import asyncio
import difflib
import hashlib
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import structlog

from gateway.errors import GatewayError, invalid_request, unavailable
from gateway.keys import ApiKey
from gateway.review.model import (
    DECIDED,
    DECISIONS,
    STATUSES,
    ReviewConflict,
    ReviewForbidden,
    ReviewItem,
    ReviewNotFound,
)
from gateway.review.sealing import Sealer
from gateway.review.store import ReviewStore

if TYPE_CHECKING:
    from gateway.audit.service import AuditLog
    from gateway.review.deliver import Delivered, Delivery
    from gateway.review.webhook import Notifier

log = structlog.get_logger("candor.review")

MAX_LIMIT = 200
MAX_TEXT = 100_000  # an edited text
MAX_REASON = 2000


def may_review(key: ApiKey, item: ReviewItem | None = None) -> bool:
    """A ``review`` or ``admin`` key; one bound to a principal only for that person's items."""
    if not (key.has_role("review") or key.has_role("admin")):
        return False
    return item is None or key.principal is None or item.principal == key.principal


MAX_DIFF_LINES = 2000  # difflib is quadratic in lines at worst: longer texts keep hashes only


def edit_diff(before: str, after: str) -> str | None:
    """A unified diff of two pseudonymised texts, for the audit event; None when either is too
    long to diff in bounded time (the event still has both texts' hashes)."""
    a, b = before.splitlines(), after.splitlines()
    if len(a) > MAX_DIFF_LINES or len(b) > MAX_DIFF_LINES:
        return None
    return "\n".join(difflib.unified_diff(a, b, "draft", "approved", lineterm=""))


def _actor(key: ApiKey) -> dict[str, Any]:
    return {"app": key.app, "key_id": key.key_id, "principal": key.principal,
            "roles": sorted(key.roles)}


class ReviewQueue:
    def __init__(self, store: ReviewStore, sealer: Sealer, audit: AuditLog | None = None,
                 delivery: Delivery | None = None, notifier: Notifier | None = None,
                 redelivery_window: float = 3600.0) -> None:
        self.store = store
        self.sealer = sealer
        self.audit = audit
        self.delivery = delivery
        self.notifier = notifier
        self.redelivery_window = redelivery_window

    async def start(self) -> None:
        try:
            await self.store.create()
        except Exception as exc:  # noqa: BLE001 - the first call that reaches it creates them
            log.warning("review_store_unavailable_at_start", error=str(exc)[:300])

    async def stop(self) -> None:
        if self.notifier is not None:
            await self.notifier.close()
        await self.store.close()

    # -- holding (the pipeline's review sink) -------------------------------------------------

    async def hold(self, item: ReviewItem, values: Mapping[str, str]) -> None:
        """Keep a held generation: its pseudonymised texts, its placeholder values sealed."""
        sealed = self.sealer.seal(item.id, values) if values else None
        await self.store.add(item, sealed)

    # -- reading -----------------------------------------------------------------------------

    async def get(self, review_id: str) -> ReviewItem | None:
        item = await self.store.get(review_id)
        if item is not None and item.status == "pending" and item.expires_at <= time.time():
            await self.expire_due()  # the sweep has not come by yet: say it as it is
            item = await self.store.get(review_id)
        return item

    async def list(self, status: str | None = None, principal: str | None = None,
                   limit: int = 50, before: str | None = None,
                   app: str | None = None) -> list[ReviewItem]:
        if status is not None and status not in STATUSES:
            raise invalid_request(f"Unknown status {status!r}; one of {', '.join(STATUSES)}.",
                                  "status", "unsupported_value")
        if not 1 <= limit <= MAX_LIMIT:
            raise invalid_request(f"'limit' must be from 1 to {MAX_LIMIT}.", "limit")
        return await self.store.list(status, principal, app, limit, before)

    async def counts(self, principal: str | None = None) -> dict[str, int]:
        found = await self.store.counts(principal)
        return {s: found.get(s, 0) for s in STATUSES}

    async def deliveries(self, review_id: str) -> list[dict[str, Any]]:
        return await self.store.deliveries(review_id)

    # -- deciding ----------------------------------------------------------------------------

    async def decide(self, review_id: str, reviewer: ApiKey, decision: str,
                     text: str | None = None, reason: str | None = None) -> ReviewItem:
        if decision not in DECISIONS:
            raise invalid_request(f"Unknown decision {decision!r}; one of "
                                  f"{', '.join(DECISIONS)}.", "decision", "unsupported_value")
        if decision == "edit" and (not isinstance(text, str) or not text.strip()):
            raise invalid_request("'text' is required to edit: the text to approve.", "text")
        if isinstance(text, str) and len(text) > MAX_TEXT:
            raise invalid_request(f"'text' is longer than {MAX_TEXT} characters.", "text")
        if decision == "reject" and (not isinstance(reason, str) or not reason.strip()):
            raise invalid_request("'reason' is required to reject.", "reason")
        if reason is not None and (not isinstance(reason, str) or len(reason) > MAX_REASON):
            raise invalid_request(f"'reason' must be a string of at most {MAX_REASON} "
                                  "characters.", "reason")
        item = await self.get(review_id)
        if item is None:
            raise ReviewNotFound(review_id)
        if not may_review(reviewer):
            raise ReviewForbidden("This key lacks the 'review' role.")
        if not may_review(reviewer, item):
            raise ReviewForbidden(f"This key reviews only items in the name of "
                                  f"{reviewer.principal!r}.")
        if item.status != "pending":
            raise ReviewConflict(item)
        final = item.draft
        if decision == "edit":
            assert text is not None
            final = await self._pseudonymise(item, text)
        now = time.time()
        values: dict[str, Any] = {
            "status": DECIDED[decision], "decision": decision, "decided_at": now,
            "decided_by": _actor(reviewer), "reason": reason,
            "final_text": final if decision != "reject" else None}
        if not await self.store.settle(item.id, values, now):
            raise ReviewConflict(await self.get(item.id) or item)
        data: dict[str, Any] = {"review_id": item.id, "decision": decision,
                                "status": values["status"], "reason": reason,
                                "draft_sha256": _sha(item.draft)}
        if decision != "reject":
            data["final_sha256"] = _sha(final)
        if decision == "edit":
            # off the event loop: a diff of long texts takes a while
            data["diff"] = await asyncio.to_thread(edit_diff, item.draft, final)
        try:
            await self._event(f"review.{values['status']}", item, _actor(reviewer), data)
        except GatewayError:
            await self.store.reopen(item.id)  # no decision without its audit event
            raise
        if decision == "reject":
            await self.store.drop_secret(item.id)
        for k, v in values.items():
            setattr(item, k, v)
        log.info("review_decided", review_id=item.id, decision=decision,
                 reviewer=reviewer.key_id)
        self._notify(item)
        return item

    async def expire_due(self, now: float | None = None) -> list[str]:
        """Expire pending items past their time: an audit event each, the app notified."""
        now = time.time() if now is None else now
        ids = await self.store.expire_due(now)
        for review_id in ids:
            item = await self.store.get(review_id)
            if item is None:
                continue
            try:
                await self._event("review.expired", item, {"system": "review_sweep"},
                                  {"review_id": item.id, "status": "expired",
                                   "expires_at": item.expires_at})
            except GatewayError:  # the status is already expired; the next audit write is
                log.warning("review_expiry_event_failed", review_id=item.id)  # the log's
            self._notify(item)
        if self.redelivery_window >= 0:
            await self.store.drop_delivered_secrets(now - self.redelivery_window)
        return ids

    # -- delivery to the app -----------------------------------------------------------------

    async def deliver(self, item: ReviewItem) -> Delivered | None:
        """The approved text restored, disclosed and marked, or None once its placeholder
        values are gone (delivered long ago). The first delivery is an audit event."""
        if item.status != "approved" or item.final_text is None or self.delivery is None:
            return None
        sealed = await self.store.sealed(item.id)
        if sealed is None and item.delivered_at is not None:
            return None
        values = self.sealer.open(item.id, sealed) if sealed is not None else {}
        out = await self.delivery.render(item, values)
        if await self.store.mark_delivered(item.id, time.time()):
            await self.delivery.index(item, out)
            try:
                await self._event("review.delivered", item, {"app": item.app},
                                  {"review_id": item.id, "mark": out.mark,
                                   "disclosure_waived": out.disclosure_waived})
            except GatewayError:
                log.warning("review_delivery_event_failed", review_id=item.id)
        return out

    # -- helpers -----------------------------------------------------------------------------

    async def _pseudonymise(self, item: ReviewItem, text: str) -> str:
        """A reviewer's edit with the request's personal data back behind its placeholders
        (a name typed out in full is stored as ``<PERSON_1>``, restored on delivery)."""
        from gateway.pii.vault import Vault

        sealed = await self.store.sealed(item.id)
        if sealed is None:
            return text
        return Vault.from_values(self.sealer.open(item.id, sealed)).pseudonymize(text)

    async def _event(self, kind: str, item: ReviewItem, actor: dict[str, Any],
                     data: dict[str, Any]) -> None:
        if self.audit is None:
            return
        from gateway.audit.store import StoreUnavailable

        try:
            await self.audit.event(kind, item.generation_id, actor=actor, data=data)
        except StoreUnavailable:
            raise unavailable("The audit log is unavailable, so the decision was not taken. "
                              "Retry later.", "audit_unavailable") from None

    def _notify(self, item: ReviewItem) -> None:
        if self.notifier is not None and item.webhook_url:
            self.notifier.notify(item)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
