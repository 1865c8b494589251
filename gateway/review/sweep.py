"""The expiry sweep: every worker marks overdue items expired now and then (a conditional
update each, so workers never expire an item twice); a poll of an overdue item does it too."""

from __future__ import annotations

import structlog

from gateway.periodic import Periodic
from gateway.review.queue import ReviewQueue

log = structlog.get_logger("candor.review")


def expiry_sweep(queue: ReviewQueue, interval: float) -> Periodic:
    """``interval`` 0: no sweep (polls still expire what they find overdue)."""
    async def once() -> None:
        expired = await queue.expire_due()
        if expired:
            log.info("review_expired", count=len(expired))
    return Periodic(interval, once, "review-expiry", first_delay=0)
