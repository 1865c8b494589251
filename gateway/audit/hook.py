"""The audit sink: last in the pipeline, it writes what the runs decided.

It runs before the response is released (non-stream: before the body; stream: before the final
chunks), and awaits the group commit. If the record cannot be made durable, the request fails
closed with 503 (or, in spool mode, the record is fsync'ed to the local spool instead).
"""

from __future__ import annotations

from gateway.audit.service import AuditLog
from gateway.audit.store import RecordInvalid, StoreUnavailable
from gateway.context import GenerationContext
from gateway.errors import GatewayError, audit_unavailable
from gateway.pipeline.stages import Report


class AuditSink:
    name = "audit"

    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit

    async def stream_opened(self, ctx: GenerationContext) -> None:
        """No content leaves without a durable record: before a stream's first byte, an
        opening event (who, which model, which policy) is committed; the generation record
        follows at its end. If the store cannot take it, the client gets a 503, not a stream."""
        # committed while the upstream is asked (gateway/generation.py), so the model that
        # answers (a fallback, perhaps) is not known yet: the generation record names it
        try:
            await self.audit.event(
                "stream_opened", ctx.generation_id,
                actor={"app": ctx.app, "key_id": ctx.key.key_id},
                data={"request_id": ctx.request_id, "model": ctx.requested_model,
                      "policy_version": ctx.policy.version if ctx.policy else None})
        except StoreUnavailable:
            raise audit_unavailable() from None

    async def write(self, report: Report) -> None:
        try:
            await self.audit.record(report)
        except StoreUnavailable:
            raise audit_unavailable() from None
        except RecordInvalid:  # this request's record alone; the door should have refused it
            raise GatewayError("The gateway could not encode this request's audit record, so "
                               "the response was withheld.", 500, "api_error",
                               "audit_record_invalid") from None
