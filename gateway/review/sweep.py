"""The expiry sweep: every worker marks overdue items expired now and then (a conditional
update each, so workers never expire an item twice); a poll of an overdue item does it too."""

from __future__ import annotations

import asyncio

import structlog

from gateway.review.queue import ReviewQueue

log = structlog.get_logger("candor.review")


class ExpirySweep:
    def __init__(self, queue: ReviewQueue, interval: float) -> None:
        self.queue = queue
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.interval > 0:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            try:
                expired = await self.queue.expire_due()
                if expired:
                    log.info("review_expired", count=len(expired))
            except asyncio.CancelledError:
                raise
            except Exception:  # the next round tries again; nothing is lost
                log.exception("review_sweep_failed")
            await asyncio.sleep(self.interval)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
