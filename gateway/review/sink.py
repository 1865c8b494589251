"""The review sink: a held generation becomes a queue item before its answer is released.

It runs after the audit sink (the generation record, status ``held``, is durable first) and
before the response leaves; if the queue cannot take the item, the client gets a 503 instead
of a notice pointing at a review that does not exist.
"""

from __future__ import annotations

import time
from typing import Any

import structlog

from gateway.context import GenerationContext
from gateway.errors import unavailable
from gateway.pipeline.stages import Report
from gateway.review.model import ReviewItem
from gateway.review.queue import ReviewQueue

log = structlog.get_logger("candor.review")


def principal_of(ctx: GenerationContext, sections: dict[str, Any]) -> str | None:
    """The registered person the copy is in the name of: the ghost-writing check's finding,
    else the request's on_behalf_of."""
    ghost = sections.get("ghostwriting")
    if isinstance(ghost, dict) and ghost.get("principal"):
        return str(ghost["principal"])
    return ctx.on_behalf_of


class ReviewSink:
    name = "review"

    def __init__(self, queue: ReviewQueue, default_webhook: str | None = None) -> None:
        self.queue = queue
        self.default_webhook = default_webhook

    async def stream_opened(self, ctx: GenerationContext) -> None:
        return None

    def item(self, report: Report) -> ReviewItem | None:
        ctx = report.ctx
        hold = ctx.review
        if hold is None or not hold.held or report.outcome.status != "held":
            return None
        policy = ctx.policy
        draft = hold.drafts[min(hold.drafts)]
        return ReviewItem(
            id=hold.review_id, generation_id=ctx.generation_id, status="pending",
            created_at=time.time(), expires_at=hold.expires_at, app=ctx.app,
            key_id=ctx.key.key_id, principal=principal_of(ctx, report.sections),
            rule_ids=hold.rule_ids(), findings=[f.to_dict() for f in ctx.findings],
            policy_name=policy.name if policy else ctx.policy_name,
            policy_version=policy.version if policy else "",
            endpoint=ctx.endpoint, model=ctx.requested_model, channel=ctx.channel,
            prompt=ctx.upstream_request or {}, draft=draft,
            waive_disclosure=hold.waive_disclosure,
            webhook_url=hold.webhook_url or self.default_webhook)

    async def write(self, report: Report) -> None:
        item = self.item(report)
        if item is None:
            return
        try:
            await self.queue.hold(item, dict(report.ctx.placeholder_values))
        except Exception:  # any store failure: no notice without its item
            log.exception("review_hold_failed", generation_id=item.generation_id)
            raise unavailable("The review queue is unavailable, so the held answer could not "
                              "be queued. Retry later.", "review_unavailable") from None
