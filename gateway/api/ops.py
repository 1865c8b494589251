"""Operational endpoints: liveness, readiness, Prometheus metrics, the OpenAPI document."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from gateway import metrics
from gateway.api.http import authenticate, json_response
from gateway.api.openapi import document
from gateway.errors import GatewayError


async def healthz(request: Request) -> Response:
    return json_response({"status": "ok"})


async def readyz(request: Request) -> Response:
    svc = request.app.state.services
    unconfigured = [a for a, r in svc.catalog.routes.items() if not r.is_configured()]
    checks = {
        "models_loaded": bool(svc.catalog.routes),
        "keys_loaded": len(svc.keys) > 0,
        "upstreams_configured": len(unconfigured) < len(svc.catalog.routes),
    }
    if svc.audit is not None:  # not ready while the audit store is unreachable or stalled
        checks["audit_store"] = svc.audit.ready()
    ready = all(checks.values())
    body = {"status": "ready" if ready else "not_ready", "checks": checks}
    if unconfigured:
        body["models_missing_keys"] = unconfigured
    if svc.catalog.error:  # the last edit of the models file did not take effect
        body["models_file_error"] = svc.catalog.error
    return json_response(body, 200 if ready else 503)


async def prometheus(request: Request) -> Response:
    if request.app.state.services.settings.metrics_require_key:
        # app and model names and volumes are business data: an admin or audit key sees them
        try:
            authenticate(request, "admin")
        except GatewayError as err:
            if err.status != 403:
                raise
            authenticate(request, "audit")
    payload, content_type = metrics.render()
    return Response(payload, media_type=content_type)


async def openapi(request: Request) -> Response:
    return json_response(document())
