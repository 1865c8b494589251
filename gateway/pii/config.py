"""PII configuration: one ``PIIConfig`` per policy (``pii:`` in the policy YAML).

The policy engine embeds this model and hands the stage the instance of the request's policy via
``config_for(ctx)``; until then every request uses ``DEFAULT_PII_CONFIG``.
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Action = Literal["pseudonymize", "redact", "block"]
OutputAction = Literal["redact", "keep", "block"]

# Entities found by regex / checksum / phonenumbers; cheap enough to scan streamed output with.
STRUCTURED_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
                       "IP_ADDRESS")
_NAME = re.compile(r"^[A-Z][A-Z0-9_]*[A-Z]$")


class CustomRecognizer(BaseModel):
    """A regex recognizer, e.g. ``{name: LOYALTY_ID, pattern: 'TH-\\d{8}', score: 0.9}``."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="entity type it produces, e.g. ORDER_NUMBER")
    pattern: str
    score: float = Field(default=0.6, ge=0, le=1)
    context: list[str] = Field(default_factory=list, description="words that raise the score")
    action: Action | None = None  # default: the config's action

    @field_validator("name")
    @classmethod
    def _upper_name(cls, v: str) -> str:
        if not _NAME.match(v):
            raise ValueError("name must be UPPER_SNAKE_CASE, e.g. LOYALTY_ID")
        return v

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
        return v


class PIIConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    language: str = "en"
    entities: list[str] = Field(default_factory=lambda: [
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
        "IP_ADDRESS", "LOCATION", "STREET_ADDRESS"])
    score_threshold: float = Field(default=0.5, ge=0, le=1)
    action: Action = "pseudonymize"  # for entities without an entry in `actions`
    actions: dict[str, Action] = Field(default_factory=dict, description="per entity type")
    allow_list: list[str] = Field(default_factory=list,
                                  description="brand/product names never treated as PII")
    custom_recognizers: list[CustomRecognizer] = Field(default_factory=list)
    # Output: personal data the model produced that was not in the request.
    output_action: OutputAction = "redact"
    output_entities: list[str] = Field(default_factory=lambda: list(STRUCTURED_ENTITIES))

    @model_validator(mode="after")
    def _known_names(self) -> "PIIConfig":
        known = set(self.entities) | {c.name for c in self.custom_recognizers}
        unknown = sorted(set(self.actions) - known)
        if unknown:
            raise ValueError(f"actions for entities that are not scanned: {', '.join(unknown)}")
        return self

    def action_for(self, entity: str) -> Action:
        if entity in self.actions:
            return self.actions[entity]
        for rec in self.custom_recognizers:
            if rec.name == entity and rec.action:
                return rec.action
        return self.action

    @property
    def all_entities(self) -> list[str]:
        return list(dict.fromkeys([*self.entities, *(c.name for c in self.custom_recognizers)]))

    @cached_property
    def fingerprint(self) -> str:
        """Stable hash of the settings that change what the analyzer finds (cache key)."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]


DEFAULT_PII_CONFIG = PIIConfig(
    custom_recognizers=[
        # Order numbers such as "Order #NW-19722233"; the letters prefix stops dates matching.
        CustomRecognizer(name="ORDER_NUMBER", pattern=r"\b[A-Z]{2,4}-\d{6,10}\b", score=0.5,
                         context=["order", "orders", "shipment", "tracking", "invoice"]),
        # Loyalty/membership ids such as "TH-30246633" next to "loyalty", "member", "number".
        CustomRecognizer(name="LOYALTY_ID", pattern=r"\b[A-Z]{2,4}-\d{6,10}\b", score=0.45,
                         context=["loyalty", "member", "membership", "trailhead", "rewards",
                                  "points"]),
    ],
)
