"""A generation held for a person: what the policy run decided, for the generator (the answer's
shape) and the review sink (the queue item)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from gateway.context import Finding
from gateway.ids import uuid7_hex
from gateway.pipeline.stages import ContentFiltered


@dataclass
class ReviewHold:
    """Set on ``ctx.review`` by the policy run when the answer may be held: ``whole`` output is
    held back until the end (a stream is buffered); it is held when ``findings`` (enforced
    ``review`` findings) exist, and ``drafts`` then keeps each held choice's checked,
    pseudonymised text."""

    review_id: str
    expires_at: float
    waive_disclosure: bool = False
    webhook_url: str | None = None
    findings: list[Finding] = field(default_factory=list)
    drafts: dict[int, str] = field(default_factory=dict)

    @classmethod
    def new(cls, expiry_seconds: float, waive_disclosure: bool = False,
            webhook_url: str | None = None) -> ReviewHold:
        return cls("rev_" + uuid7_hex(), time.time() + expiry_seconds, waive_disclosure,
                   webhook_url)

    @property
    def held(self) -> bool:
        return bool(self.drafts)

    @property
    def poll(self) -> str:
        return f"/v1/reviews/{self.review_id}"

    def rule_ids(self) -> list[str]:
        return list(dict.fromkeys(f.rule_id or f"{f.check}.{f.category}" for f in self.findings))

    def notice(self) -> str:
        return (f"[Held for human review: {self.review_id}. Poll {self.poll} for the approved "
                "text.]")

    def info(self) -> dict[str, Any]:
        """The answer's ``candor_review`` object."""
        return {"id": self.review_id, "status": "pending", "poll": self.poll,
                "expires_at": round(self.expires_at, 3)}

    def record(self) -> dict[str, Any]:
        """The generation record's ``review`` section."""
        return {**self.info(), "rule_ids": self.rule_ids()}

    def headers(self) -> dict[str, str]:
        return {"X-Candor-Review": "pending", "X-Candor-Review-Id": self.review_id}


class HeldForReview(ContentFiltered):
    """A choice held for review: it ends with ``content_filter`` and the notice as content."""
