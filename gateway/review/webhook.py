"""Signed outcome webhooks with retries and a delivery log.

The body names the outcome, never the text (no personal data in transit to a webhook or in the
log); the app fetches the restored text over its authenticated poll. The signature is the
Stripe scheme: ``X-Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256("<t>." + body)>``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from typing import Any

import httpx
import orjson
import structlog
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from gateway.review.model import ReviewItem
from gateway.review.store import ReviewStore

log = structlog.get_logger("candor.review")


def sign(secret: bytes, body: bytes, ts: int | None = None) -> str:
    ts = int(time.time()) if ts is None else ts
    mac = hmac.new(secret, str(ts).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def verify(secret: bytes, body: bytes, header: str, tolerance: float = 300.0) -> bool:
    """What a receiver does: a recent timestamp and a matching HMAC (constant time)."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        ts = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - ts) > tolerance:
        return False
    expected = sign(secret, body, ts).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


def payload(item: ReviewItem) -> dict[str, Any]:
    return {"type": f"review.{item.status}",
            "review": {"id": item.id, "generation_id": item.generation_id,
                       "status": item.status, "app": item.app, "decided_at": item.decided_at,
                       "reason": item.reason, "poll": item.poll}}


class _Failed(Exception):
    pass


class Notifier:
    def __init__(self, store: ReviewStore, secret: bytes, attempts: int = 5,
                 base_delay: float = 0.5, max_delay: float = 60.0, timeout: float = 10.0) -> None:
        self.store = store
        self.secret = secret
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.timeout = timeout
        self._tasks: set[asyncio.Task[None]] = set()
        self._client: httpx.AsyncClient | None = None

    def notify(self, item: ReviewItem) -> None:
        """Send in the background: a decision never waits on the app's endpoint."""
        task = asyncio.get_running_loop().create_task(self.send(item))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def send(self, item: ReviewItem) -> bool:
        url = item.webhook_url
        if not url:
            return False
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout)
        body = orjson.dumps(payload(item))
        attempt = 0
        try:
            async for attempt_ctx in AsyncRetrying(
                    stop=stop_after_attempt(self.attempts), reraise=True,
                    wait=wait_exponential(multiplier=self.base_delay, max=self.max_delay),
                    retry=retry_if_exception_type(_Failed)):
                with attempt_ctx:
                    attempt += 1
                    await self._attempt(item, url, body, attempt)
        except _Failed:
            log.warning("review_webhook_gave_up", review_id=item.id, attempts=attempt)
            return False
        return True

    async def _attempt(self, item: ReviewItem, url: str, body: bytes, attempt: int) -> None:
        headers = {"Content-Type": "application/json", "X-Candor-Review-Id": item.id,
                   "X-Candor-Signature": sign(self.secret, body),
                   "User-Agent": "candor-review-webhook/1"}
        assert self._client is not None
        status: int | None = None
        error: str | None = None
        try:
            r = await self._client.post(url, content=body, headers=headers)
            status = r.status_code
            if not 200 <= status < 300:
                error = f"HTTP {status}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {str(exc)[:200]}"
        ok = error is None
        try:
            await self.store.log_delivery(item.id, url, f"review.{item.status}", attempt,
                                          status, ok, error)
        except Exception:  # the log is an aid; the delivery is what matters
            log.exception("review_webhook_log_failed", review_id=item.id)
        if not ok:
            raise _Failed(error)

    async def close(self) -> None:
        """Give deliveries in flight a moment, then stop them (their log says how far)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=2.0)
        for task in list(self._tasks):
            task.cancel()
        if self._client is not None:
            await self._client.aclose()
