"""Wiring for one worker: the registry, its 1-second mtime poll and the SIGHUP handler."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import Any

import anyio
import structlog

from gateway.policy.registry import PolicyRegistry, ReloadResult

log = structlog.get_logger("candor.policy")


async def reload_async(registry: PolicyRegistry, force: bool = False) -> ReloadResult:
    # Loading may import guardrails validators (seconds): keep it off the event loop.
    return await anyio.to_thread.run_sync(registry.reload, force)


class PolicyWatch:
    """A worker's reloads: the 1-second mtime poll and SIGHUP."""

    def __init__(self, registry: PolicyRegistry, poll_interval: float) -> None:
        self.registry = registry
        self.poll_interval = poll_interval
        self._tasks: list[asyncio.Task[Any]] = []

    async def _poll(self) -> None:
        registry = self.registry
        while True:
            await asyncio.sleep(self.poll_interval)
            try:
                if registry.fingerprint() != registry._fingerprint:
                    await reload_async(registry)
            except Exception:  # noqa: BLE001 - the poll must outlive any surprise
                log.exception("policy_poll_failed")

    async def start(self) -> None:
        if self.poll_interval > 0:
            self._tasks.append(asyncio.create_task(self._poll()))
        with contextlib.suppress(ValueError, NotImplementedError, RuntimeError):
            asyncio.get_running_loop().add_signal_handler(
                signal.SIGHUP, lambda: self._tasks.append(asyncio.create_task(
                    reload_async(self.registry, force=True))))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        with contextlib.suppress(ValueError, NotImplementedError, RuntimeError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
