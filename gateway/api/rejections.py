"""Audit records for requests refused before their generation started.

Once a request has a GenerationContext, the pipeline's audit hook records it whatever happens
(allowed, blocked, failed upstream, aborted). Before that point a request can still be refused:
a body that is not valid JSON or fails validation, an unknown model, a body over the size limit,
a key without the generate role. Those get a ``status: rejected`` record too, so an auditor sees
every attempt an app made. Requests without a valid key are not recorded (anyone could fill the
log); they are in the logs and metrics.
"""

from __future__ import annotations

import functools
import time
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from gateway.api.http import Handler, client_request_id
from gateway.audit.store import RecordInvalid, StoreUnavailable
from gateway.context import new_generation_id
from gateway.errors import GatewayError, audit_unavailable


def audited(endpoint: str) -> Any:
    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def wrapper(request: Request) -> Response:
            received = time.time()
            try:
                return await handler(request)
            except GatewayError as err:
                if err.status < 500:
                    await _record(request, endpoint, received, err)
                raise

        return wrapper

    return decorate


async def _record(request: Request, endpoint: str, received: float, err: GatewayError) -> None:
    key = getattr(request.state, "candor_key", None)
    audit = request.app.state.services.audit
    if key is None or audit is None or getattr(request.state, "candor_ctx", None) is not None:
        return  # no valid key, audit off, or the pipeline recorded it already
    body = getattr(request.state, "json_body", None)
    body = body if isinstance(body, dict) else {}
    model = body.get("model") if isinstance(body.get("model"), str) else None
    stream = body.get("stream") if isinstance(body.get("stream"), bool) else None
    try:
        await audit.rejected(
            generation_id=new_generation_id(endpoint),
            request_id=client_request_id(request) or uuid.uuid4().hex,
            received_at=received, completed_at=time.time(), app=key.app, key_id=key.key_id,
            endpoint=endpoint, model=model[:128] if model else None, stream=stream,
            http_status=err.status,
            error={"type": err.type, "code": err.code, "param": err.param,
                   "message": err.message[:300]})
    except StoreUnavailable:
        raise audit_unavailable() from None
    except RecordInvalid:
        pass  # the refusal stands; the log has the reason (writer.py)
