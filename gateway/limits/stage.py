"""The ``limits`` stage: first in request order, so a refused request costs no other work.

``on_request`` estimates the request's tokens and reserves them (or raises the 429, which the
generator records like any refusal); ``on_complete`` charges what was really used: the
provider's ``usage`` when it came, else (a stream the client left early) the prompt estimate
plus the text delivered so far, at about four characters a token.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gateway.context import GenerationContext
from gateway.costs import cost_usd
from gateway.limits.limiter import Limiter, Reservation
from gateway.pipeline.stages import Outcome, Run

CHARS_PER_TOKEN = 4
_TEXT_FIELDS = ("messages", "prompt", "input", "instructions", "tools", "functions")
_ANSWER_FIELDS = ("max_tokens", "max_completion_tokens", "max_output_tokens")


def _chars(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Mapping):
        return sum(_chars(v) for v in value.values())
    if isinstance(value, list):
        return sum(_chars(v) for v in value)
    return 0


def prompt_tokens(request: Mapping[str, Any]) -> int:
    """A quick upper-ish estimate of the prompt's tokens (a tokenizer per request would cost
    more than the check it feeds; the count is corrected with real usage afterwards)."""
    chars = sum(_chars(request.get(f)) for f in _TEXT_FIELDS)
    messages = request.get("messages")
    overhead = 4 * len(messages) if isinstance(messages, list) else 0
    return -(-chars // CHARS_PER_TOKEN) + overhead


def answer_tokens(request: Mapping[str, Any]) -> int:
    for name in _ANSWER_FIELDS:
        value = request.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value * max(int(request.get("n") or 1), 1)
    return 0


class LimitsStage:
    name = "limits"

    def __init__(self, limiter: Limiter) -> None:
        self.limiter = limiter

    def start(self, ctx: GenerationContext) -> Run | None:
        return LimitsRun(self.limiter, ctx)


class LimitsRun(Run):
    def __init__(self, limiter: Limiter, ctx: GenerationContext) -> None:
        self.limiter = limiter
        self.ctx = ctx
        self.prompt = 0
        self.reservation: Reservation | None = None

    async def on_request(self, request: dict[str, Any]) -> None:
        self.prompt = prompt_tokens(request)
        self.reservation = await self.limiter.reserve(
            self.ctx.key, self.ctx.requested_model, self.prompt + answer_tokens(request))
        if self.reservation is not None:
            self.ctx.response_headers.update(self.reservation.headers)

    def spent(self, outcome: Outcome) -> dict[str, int]:
        usage = outcome.usage
        if usage and (usage.get("total_tokens") or usage.get("prompt_tokens")):
            prompt = int(usage.get("prompt_tokens") or 0)
            completion = int(usage.get("completion_tokens") or 0)
            return {"prompt_tokens": prompt, "completion_tokens": completion,
                    "total_tokens": int(usage.get("total_tokens") or prompt + completion)}
        if outcome.status not in ("ok", "aborted") or outcome.local_reply:
            return {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        # no usage from the provider: a stream cut short, or a provider that does not report
        delivered = sum(len(text) for text in outcome.output.values())
        completion = -(-delivered // CHARS_PER_TOKEN)
        return {"prompt_tokens": self.prompt, "completion_tokens": completion,
                "total_tokens": self.prompt + completion}

    async def on_complete(self, outcome: Outcome) -> None:
        if self.reservation is None:
            return
        usage = self.spent(outcome)
        cost = cost_usd(self.ctx.resolved_route or self.ctx.route, usage) or 0.0
        await self.limiter.settle(self.reservation, usage["total_tokens"], cost)
