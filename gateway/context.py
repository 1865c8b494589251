"""The per-request GenerationContext that flows through every stage.

Metadata comes from the OpenAI ``metadata`` object or from ``X-Candor-*`` headers (header wins).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from gateway.ids import uuid7_hex
from gateway.keys import ApiKey
from gateway.models_config import ModelRoute

if TYPE_CHECKING:
    from gateway.policy.engine import PolicyRuntime
    from gateway.review.hold import ReviewHold

# metadata field -> header
METADATA_HEADERS = {
    "recipient_id": "x-candor-recipient",
    "on_behalf_of": "x-candor-on-behalf-of",
    "consent": "x-candor-consent",
    "channel": "x-candor-channel",
    "campaign": "x-candor-campaign",
}

ENDPOINT_PREFIX = {
    "chat.completions": "chatcmpl-",
    "completions": "cmpl-",
    "embeddings": "emb-",
    "responses": "resp_",
}


def new_generation_id(endpoint: str) -> str:
    return ENDPOINT_PREFIX.get(endpoint, "gen-") + uuid7_hex()


@dataclass
class Finding:
    """One thing a check noticed. ``action`` is what was done (or, in monitor mode, would be)."""

    check: str
    category: str
    severity: str
    message: str
    action: str
    rule_id: str = ""
    span: tuple[int, int] | None = None
    where: str = "input"  # input | output
    enforced: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "action": self.action,
            "rule_id": self.rule_id,
            "span": list(self.span) if self.span else None,
            "where": self.where,
            "enforced": self.enforced,
        }


class PersonNames(Mapping[str, str]):
    """Placeholder -> the person's name it stands for (``<PERSON_1>`` -> "Dana Whitfield"), set
    by the PII run so checks can recognise registered people without names going upstream.
    Kept in memory for the request only; its repr never shows a name."""

    def __init__(self, names: Mapping[str, str] | None = None) -> None:
        self._names = dict(names or {})

    def __getitem__(self, key: str) -> str:
        return self._names[key]

    def __iter__(self) -> Any:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return f"PersonNames({len(self._names)} names)"

    __str__ = __repr__


@dataclass
class GenerationContext:
    endpoint: str
    key: ApiKey
    requested_model: str
    route: ModelRoute
    stream: bool = False
    user: str | None = None
    recipient_id: str | None = None
    on_behalf_of: str | None = None
    consent: frozenset[str] = frozenset()
    channel: str | None = None
    campaign: str | None = None
    structured_output: bool = False  # json_object / json_schema: no inline marks
    generation_id: str = ""
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    received_at: float = field(default_factory=time.time)
    first_token_at: float | None = None
    completed_at: float | None = None
    resolved_model: str | None = None  # the route that answered (after fallbacks)
    resolved_route: ModelRoute | None = None
    upstream_request: dict[str, Any] | None = None  # what was sent upstream, after input stages
    findings: list[Finding] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    response_headers: dict[str, str] = field(default_factory=dict)
    # The policy pinned for this whole request (gateway/policy/stages.py binds it before any
    # other stage starts): in-flight requests keep it across hot reloads.
    policy: "PolicyRuntime | None" = None
    # Set by a human review that approved this text (EU AI Act Art. 50(4) editorial
    # responsibility); a policy may then waive the visible disclosure, never the mark.
    human_approved: bool = False
    person_names: PersonNames = field(default_factory=PersonNames)
    # every placeholder's value (set by the PII run): a held review keeps them sealed to
    # restore the approved text later; like person_names, never shown by repr
    placeholder_values: PersonNames = field(default_factory=PersonNames)
    # set by the policy run when the answer may be held for a person (gateway/review/hold.py)
    review: "ReviewHold | None" = None

    def __post_init__(self) -> None:
        if not self.generation_id:
            self.generation_id = new_generation_id(self.endpoint)

    @property
    def app(self) -> str:
        return self.key.app

    @property
    def policy_name(self) -> str:
        return self.key.policy

    def policy_section(self, name: str) -> Any:
        """The pinned policy's section (``"pii"``, ``"disclosure"``...), or None."""
        return getattr(self.policy.policy.model, name, None) if self.policy is not None else None

    def add_action(self, action: str) -> None:
        if action not in self.actions:
            self.actions.append(action)


def read_metadata(body: Mapping[str, Any], headers: Mapping[str, str]) -> dict[str, Any]:
    """Candor's fields from ``metadata`` (string values) and headers; headers win."""
    meta = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
    out: dict[str, Any] = {}
    for name, header in METADATA_HEADERS.items():
        value = headers.get(header)
        if value is None:
            value = meta.get(name)
        if value is not None and not isinstance(value, str):
            value = str(value)
        out[name] = value or None
    consent = out.pop("consent")
    out["consent"] = frozenset(
        part.strip().lower() for part in (consent or "").split(",") if part.strip()
    )
    return out
