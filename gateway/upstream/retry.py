"""The one retry layer: a route is tried ``retries + 1`` times (models.yaml), then the next
route of its fallback chain. Nothing below it retries: litellm is called with
``num_retries=0`` and the direct client sends each request once.

Retried: rate limits (429), provider outages (502, 503), timeouts (504) and unreachable
upstreams. Waits back off exponentially (0.25 s, 0.5 s, 1 s... at most 4 s), or as long as the
provider's ``Retry-After`` asks (at most 10 s). A stream is retried only until its first chunk:
after that the client has content and a retry would duplicate it.
"""

from __future__ import annotations

from typing import Awaitable, Callable, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from gateway.errors import GatewayError
from gateway.models_config import ModelRoute
from gateway.upstream.errors import RETRY_STATUSES

T = TypeVar("T")


def _retryable(exc: BaseException) -> bool:
    # an oversized answer would be oversized again: not worth asking the same route twice
    return (isinstance(exc, GatewayError) and exc.status in RETRY_STATUSES
            and exc.code != "output_too_large")


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome is not None else None
    retry_after = exc.headers.get("Retry-After") if isinstance(exc, GatewayError) else None
    if retry_after is not None:
        try:
            return min(float(retry_after), 10.0)
        except ValueError:
            pass
    return min(0.25 * 2 ** (state.attempt_number - 1), 4.0)


async def attempts(route: ModelRoute, call: Callable[[], Awaitable[T]]) -> T:
    """``call()`` up to ``route.retries + 1`` times; it raises GatewayErrors only."""
    if route.retries == 0:  # the common case: no retry machinery on the hot path
        return await call()
    retrying = AsyncRetrying(stop=stop_after_attempt(route.retries + 1), wait=_wait,
                             retry=retry_if_exception(_retryable), reraise=True)

    async def once() -> T:  # a coroutine function: tenacity runs anything else synchronously
        return await call()

    return await retrying(once)
