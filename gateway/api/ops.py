"""Operational endpoints: liveness, readiness, Prometheus metrics, the OpenAPI document."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from gateway import metrics
from gateway.api.http import json_response
from gateway.api.openapi import document


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
    for name, check in getattr(request.app.state, "readiness_checks", {}).items():
        checks[name] = bool(check())
    ready = all(checks.values())
    body = {"status": "ready" if ready else "not_ready", "checks": checks}
    if unconfigured:
        body["models_missing_keys"] = unconfigured
    if svc.catalog.error:  # the last edit of the models file did not take effect
        body["models_file_error"] = svc.catalog.error
    return json_response(body, 200 if ready else 503)


async def prometheus(request: Request) -> Response:
    payload, content_type = metrics.render()
    return Response(payload, media_type=content_type)


async def openapi(request: Request) -> Response:
    return json_response(document())
