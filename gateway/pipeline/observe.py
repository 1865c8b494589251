"""The per-generation log line and metrics. No prompt or completion text unless log_prompts."""

from __future__ import annotations

import structlog

from gateway import metrics
from gateway.context import GenerationContext
from gateway.pipeline.stages import Report

log = structlog.get_logger("candor.generation")


class ObserveSink:
    name = "observe"

    def __init__(self, log_prompts: bool = False) -> None:
        self.log_prompts = log_prompts

    async def stream_opened(self, ctx: GenerationContext) -> None:
        return None

    async def write(self, report: Report) -> None:
        ctx, outcome = report.ctx, report.outcome
        end = ctx.completed_at or ctx.received_at
        model = ctx.requested_model
        metrics.REQUESTS.labels(ctx.endpoint, ctx.app, model, outcome.status).inc()
        metrics.LATENCY.labels(ctx.endpoint, ctx.app, model).observe(end - ctx.received_at)
        if ctx.stream and ctx.first_token_at:
            metrics.TTFT.labels(ctx.app, model).observe(ctx.first_token_at - ctx.received_at)
        if outcome.status == "upstream_error" and outcome.error:
            metrics.UPSTREAM_ERRORS.labels(model, outcome.error["error"].get("code") or "").inc()
        fields = dict(
            request_id=ctx.request_id, generation_id=ctx.generation_id, app=ctx.app,
            key_id=ctx.key.key_id, endpoint=ctx.endpoint, model=model,
            resolved_model=ctx.resolved_model, stream=ctx.stream, status=outcome.status,
            http_status=outcome.http_status,
            latency_ms=round((end - ctx.received_at) * 1000, 2),
            ttft_ms=round((ctx.first_token_at - ctx.received_at) * 1000, 2)
            if ctx.first_token_at else None,
            finish_reasons=outcome.finish_reasons or None,
            actions=ctx.actions or None,
            error_code=(outcome.error or {}).get("error", {}).get("code"),
        )
        if self.log_prompts:  # pseudonymised prompt; output with placeholders put back
            fields["prompt"] = ctx.upstream_request
            fields["output"] = {f"{c.choice}:{c.kind}": t
                                for c, t in report.stored_output.items()}
        log.info("generation", **fields)
