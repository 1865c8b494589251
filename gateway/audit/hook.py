"""The audit sink: last in the pipeline, it writes what the runs decided.

It runs before the response is released (non-stream: before the body; stream: before the final
chunks), and awaits the group commit. If the record cannot be made durable, the request fails
closed with 503 (or, in spool mode, the record is fsync'ed to the local spool instead).
"""

from __future__ import annotations

from gateway.audit.service import AuditLog
from gateway.audit.store import RecordInvalid, StoreUnavailable
from gateway.errors import GatewayError, audit_unavailable
from gateway.pipeline.stages import Report


class AuditSink:
    name = "audit"

    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit

    async def write(self, report: Report) -> None:
        try:
            await self.audit.record(report)
        except StoreUnavailable:
            raise audit_unavailable() from None
        except RecordInvalid:  # this request's record alone; the door should have refused it
            raise GatewayError("The gateway could not encode this request's audit record, so "
                               "the response was withheld.", 500, "api_error",
                               "audit_record_invalid") from None
