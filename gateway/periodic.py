"""A job every N seconds in the worker's event loop: key refreshes, last-used flushes, the
review expiry sweep, audit retention, witness publishing. One home, so each background loop
starts, survives a failing round and stops the same way."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import structlog

log = structlog.get_logger("candor.periodic")


class Periodic:
    """Run ``job`` every ``interval`` seconds (the first run after ``first_delay``, default one
    interval) until stopped; a failing run is logged and retried at the next tick (a store may
    be briefly unreachable). ``interval <= 0`` never starts."""

    def __init__(self, interval: float, job: Callable[[], Awaitable[object]],
                 name: str = "periodic", first_delay: float | None = None) -> None:
        self.interval = interval
        self.job = job
        self.name = name
        self.first_delay = interval if first_delay is None else first_delay
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.interval > 0 and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop(), name=self.name)

    async def _loop(self) -> None:
        await asyncio.sleep(self.first_delay)
        while True:
            try:
                await self.job()
            except Exception as exc:  # noqa: BLE001 - keep the last good state, try again
                log.warning("periodic_job_failed", job=self.name,
                            error=f"{type(exc).__name__}: {str(exc)[:300]}")
            await asyncio.sleep(self.interval)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
