"""The contract between the policy engine (gateway/policy) and the checks (gateway/checks).

A check looks at text and says what it found; it never decides the outcome. The policy engine
runs the checks a policy enables, with that policy's config for each, and turns findings into
actions (flag, block, revise, rewrite, handoff...) according to the policy's mode.

Each built-in check is also a guardrails-ai ``Validator`` (see ``gateway/checks/validators.py``),
so teams can use it in their own guards, and a policy can add third-party guardrails validators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from gateway.context import Finding, GenerationContext


@dataclass
class CheckInput:
    text: str  # pseudonymised text (placeholders, never raw PII)
    where: Literal["input", "output"]
    ctx: GenerationContext
    request: dict[str, Any] | None = None  # the upstream request, for context (allowed facts...)
    extra: dict[str, Any] = field(default_factory=dict)


class Check(Protocol):
    name: str  # e.g. "sensitive_topics", "manipulation", "ghostwriting", "frustration"

    def scan(self, inp: CheckInput, config: Any) -> list[Finding]: ...
