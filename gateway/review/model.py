"""The review queue's public types: what the console and the API see."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from gateway.errors import GatewayError

Status = Literal["pending", "approved", "rejected", "expired"]
Decision = Literal["approve", "edit", "reject"]
STATUSES: tuple[str, ...] = ("pending", "approved", "rejected", "expired")
DECISIONS: tuple[str, ...] = ("approve", "edit", "reject")
DECIDED = {"approve": "approved", "edit": "approved", "reject": "rejected"}


@dataclass
class ReviewItem:
    """One held generation. Texts are pseudonymised (``<PERSON_1>``): the queue never holds
    raw personal data; the placeholder values live encrypted beside it until delivery."""

    id: str
    generation_id: str
    status: Status
    created_at: float
    expires_at: float
    app: str
    key_id: str
    principal: str | None  # the registered person the copy is in the name of, if any
    rule_ids: list[str]
    findings: list[dict[str, Any]]
    policy_name: str
    policy_version: str
    endpoint: str
    model: str
    channel: str | None
    prompt: Any  # the upstream request as the provider got it (pseudonymised)
    draft: str  # the held answer, pseudonymised
    decided_by: dict[str, Any] | None = None  # {key_id, app, principal}
    decided_at: float | None = None
    decision: Decision | None = None
    reason: str | None = None
    final_text: str | None = None  # what goes out (pseudonymised): the draft or the edit
    delivered_at: float | None = None
    waive_disclosure: bool = False
    webhook_url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def poll(self) -> str:
        return f"/v1/reviews/{self.id}"

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("extra")
        out.pop("webhook_url")
        out["object"] = "review"
        out["poll"] = self.poll
        return out


class ReviewNotFound(GatewayError):
    def __init__(self, review_id: str) -> None:
        super().__init__(f"No review {review_id!r}.", 404, "invalid_request_error",
                         "review_not_found", "review_id")


class ReviewForbidden(GatewayError):
    def __init__(self, message: str) -> None:
        super().__init__(message, 403, "permission_error", "review_forbidden")


class ReviewConflict(GatewayError):
    def __init__(self, item: ReviewItem) -> None:
        super().__init__(f"Review {item.id!r} is already {item.status}; only pending items can "
                         "be decided.", 409, "invalid_request_error", "review_not_pending")
