"""Build the audit record of one generation from its context and outcome.

The prompt is ``ctx.upstream_request`` (what the provider received: pseudonymised by the PII
stage). The output is what was delivered, with the request's personal data put back into its
placeholders (``Report.stored_output``, made by the runs' ``for_storage``) so raw personal data
never reaches the store. Each stage's run adds its own sections (``Report.sections``: ``policy``,
``pii``, ``mark``, ``escalation``, the checks' states...).
"""

from __future__ import annotations

from typing import Any, Mapping

from gateway.audit.canonical import jsonable
from gateway.audit.entries import Pending, iso
from gateway.costs import cost_usd
from gateway.models_config import ModelRoute
from gateway.pipeline.stages import Report


def _ms(a: float | None, b: float | None) -> float | None:
    return round((b - a) * 1000, 3) if a is not None and b is not None else None


def generation_record(report: Report, route: ModelRoute | None,
                      recipient_hash: str | None, user_hash: str | None = None) -> Pending:
    ctx, outcome = report.ctx, report.outcome
    output = [
        {"choice": ch.choice, "kind": ch.kind, "tool_index": ch.tool_index, "text": text}
        for ch, text in sorted(report.stored_output.items(),
                               key=lambda kv: (kv[0].choice, kv[0].kind, kv[0].tool_index or 0))
    ]
    requested = ctx.route
    completed = ctx.completed_at
    record: dict[str, Any] = {
        "v": 1,
        "kind": "generation",
        "generation_id": ctx.generation_id,
        "request_id": ctx.request_id,
        "ts": ctx.received_at,
        "received_at": iso(ctx.received_at),
        "first_token_at": iso(ctx.first_token_at),
        "completed_at": iso(completed),
        "latency_ms": {"total": _ms(ctx.received_at, completed),
                       "first_token": _ms(ctx.received_at, ctx.first_token_at)},
        "app": ctx.app,
        "key_id": ctx.key.key_id,
        "user": user_hash,  # salted hash: the raw value may be an email
        "recipient_hash": recipient_hash,
        "on_behalf_of": ctx.on_behalf_of,
        "consent": sorted(ctx.consent),
        "channel": ctx.channel,
        "campaign": ctx.campaign,
        "endpoint": ctx.endpoint,
        "stream": ctx.stream,
        "model": ctx.requested_model,
        "resolved_model": ctx.resolved_model,
        "provider": (route or requested).provider,
        "upstream_model": (route or requested).model,
        "prompt": ctx.upstream_request,
        "output": output,
        "finish_reasons": outcome.finish_reasons,
        "usage": outcome.usage,
        "cost_usd": cost_usd(route, outcome.usage),
        "status": outcome.status,
        "http_status": outcome.http_status,
        "error": (outcome.error or {}).get("error") if outcome.error else None,
        "findings": [f.to_dict() for f in ctx.findings],
        "actions": list(ctx.actions),
        # sections the stages own; these three are always present (null when not run)
        "policy": {"name": ctx.policy_name},
        "pii": None,
        "mark": None,
        "escalation": None,
        **report.sections,
    }
    return Pending(ctx.generation_id, jsonable(record))


def rejection_record(generation_id: str, request_id: str, received_at: float, completed_at: float,
                     app: str, key_id: str, endpoint: str, model: str | None, stream: bool | None,
                     http_status: int, error: Mapping[str, Any]) -> Pending:
    """A request that reached a generation endpoint with a valid key but was refused before a
    generation started (invalid body, unknown model, a key without the generate role). Nothing
    went upstream, so there is no prompt; the body itself is never stored (it may hold personal
    data the PII stage never saw)."""
    record: dict[str, Any] = {
        "v": 1,
        "kind": "generation",
        "generation_id": generation_id,
        "request_id": request_id,
        "ts": received_at,
        "received_at": iso(received_at),
        "first_token_at": None,
        "completed_at": iso(completed_at),
        "latency_ms": {"total": _ms(received_at, completed_at), "first_token": None},
        "app": app,
        "key_id": key_id,
        "endpoint": endpoint,
        "stream": stream,
        "model": model,
        "prompt": None,
        "output": [],
        "status": "rejected",
        "http_status": http_status,
        "error": {k: error.get(k) for k in ("type", "code", "param", "message")},
        "findings": [],
        "actions": [],
    }
    return Pending(generation_id, jsonable(record))
