"""A policy's ``review:`` section: how long an item waits, whether approval waives the label,
where the outcome is posted."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gateway.durations import parse_duration

DEFAULT_EXPIRY = 72 * 3600.0


class ReviewPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    always: bool = Field(
        False, description="Hold every generation of this policy for review (copy that must "
        "never go out unseen), besides the rules whose action is review.")
    hold_streams: bool = Field(
        False, description="Hold every stream whole when an output rule may ask for review "
        "(nothing leaves before the decision; costs the time to first token). Else a stream is "
        "held whole only when the hold is decided on the request, and an output rule's hold "
        "stops the stream at the sentence that asks for it.")
    expires_after: str = Field(
        "72h", description="A pending item expires after this long (30m, 24h, 3d...).")
    waive_disclosure_when_approved: bool = Field(
        False, description="EU AI Act Art. 50(4): copy a person approved (editorial "
        "responsibility) goes out without the visible AI label; the invisible mark and the "
        "record stay. Needs disclosure.visible.waive_if_human_approved too.")
    webhook_url: str | None = Field(
        None, description="POST each outcome here (signed); else the gateway's "
        "review_webhook_url setting.")

    @field_validator("expires_after")
    @classmethod
    def _duration(cls, v: str) -> str:
        seconds = parse_duration(v)
        if seconds <= 0:
            raise ValueError("expires_after must be positive")
        return v

    @field_validator("webhook_url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("http://", "https://")):
            raise ValueError("webhook_url must be an http(s) URL")
        return v

    @property
    def expiry_seconds(self) -> float:
        return parse_duration(self.expires_after)


DEFAULT_REVIEW = ReviewPolicy()
