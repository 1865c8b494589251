"""Wiring for one worker: the registry, its 1-second mtime poll and the SIGHUP handler."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import TYPE_CHECKING

import anyio
import structlog

from gateway.policy.engine import default_checks
from gateway.policy.registry import PolicyRegistry, ReloadResult

if TYPE_CHECKING:
    from gateway.services import Services

log = structlog.get_logger("candor.policy")


async def reload_async(registry: PolicyRegistry, force: bool = False) -> ReloadResult:
    # Loading may import guardrails validators (seconds): keep it off the event loop.
    return await anyio.to_thread.run_sync(registry.reload, force)


def attach(services: "Services") -> PolicyRegistry:
    settings = services.settings
    registry = PolicyRegistry(settings.policies_dir, settings.data_dir, default_checks(settings))
    services.policies = registry
    tasks: list[asyncio.Task] = []

    async def poll() -> None:
        while True:
            await asyncio.sleep(settings.policy_poll_interval)
            try:
                if registry.fingerprint() != registry._fingerprint:
                    await reload_async(registry)
            except Exception:  # noqa: BLE001 - the poll must outlive any surprise
                log.exception("policy_poll_failed")

    async def start() -> None:
        if settings.policy_poll_interval > 0:
            tasks.append(asyncio.create_task(poll()))
        with contextlib.suppress(ValueError, NotImplementedError, RuntimeError):
            asyncio.get_running_loop().add_signal_handler(
                signal.SIGHUP, lambda: tasks.append(asyncio.create_task(
                    reload_async(registry, force=True))))

    async def stop() -> None:
        for task in tasks:
            task.cancel()
        with contextlib.suppress(ValueError, NotImplementedError, RuntimeError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)

    services.startup.append(start)
    services.shutdown.append(stop)
    return registry
