"""The audit CompletionHook: last in the pipeline, it writes what the others decided.

It runs before the response is released (non-stream: before the body; stream: before the final
chunks), and awaits the group commit. If the record cannot be made durable, the request fails
closed with 503 (or, in spool mode, the record is fsync'ed to the local spool instead).
"""

from __future__ import annotations

from gateway.audit.service import AuditLog
from gateway.audit.store import RecordInvalid, StoreUnavailable
from gateway.context import GenerationContext
from gateway.errors import GatewayError, audit_unavailable
from gateway.pipeline.stages import Outcome


class AuditHook:
    name = "audit"

    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit

    async def on_complete(self, ctx: GenerationContext, outcome: Outcome) -> None:
        try:
            seq = await self.audit.record(ctx, outcome)
        except StoreUnavailable:
            raise audit_unavailable() from None
        except RecordInvalid:  # this request's record alone; the door should have refused it
            raise GatewayError("The gateway could not encode this request's audit record, so "
                               "the response was withheld.", 500, "api_error",
                               "audit_record_invalid") from None
        ctx.state["audit"] = {"seq": seq}
