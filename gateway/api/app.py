"""The ASGI application: routes, OpenAI-shaped errors for everything, lifespan of services."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from typing import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from gateway.api import generation_routes as gen
from gateway.api import admin_routes, ops, policy_routes
from gateway.api.audit_routes import routes as audit_routes
from gateway.api.http import LastResort, error_response, gateway_error_handler
from gateway.api.provenance_routes import routes as provenance_routes
from gateway.api.review_routes import routes as review_routes
from gateway.api.responses import responses
from gateway.errors import GatewayError
from gateway.logs import configure as configure_logs
from gateway.otel import TraceMiddleware
from gateway.services import Services, build_services
from gateway.settings import Settings, load_settings


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        err = GatewayError(f"Unknown endpoint: {request.method} {request.url.path}.", 404,
                           "invalid_request_error", "unknown_url")
    elif exc.status_code == 405:
        err = GatewayError(f"Method {request.method} is not allowed on {request.url.path}.", 405,
                           "invalid_request_error", "method_not_allowed")
    else:
        err = GatewayError(str(exc.detail), exc.status_code, "invalid_request_error")
    return error_response(err, dict(exc.headers or {}))


def make_url_safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def startup_facts(settings: Settings, services: Services) -> list[str]:
    """What a newcomer needs to know once the gateway is up, one fact a line."""
    routes = services.catalog.routes
    facts = [f"models: {', '.join(routes) or 'none'} (from {services.catalog.source})"]
    if services.policies is not None:
        active = services.policies.active
        versions = ", ".join(f"{name} {rt.version[:12]}" for name, rt in active.runtimes.items())
        where = (f"from {settings.policies_dir}" if active.source == "files" else
                 f"built in: no policy files in {settings.policies_dir}"
                 if active.source == "builtin" else f"last good snapshot; {settings.policies_dir}"
                 " does not load: GET /admin/v1/policies shows why")
        facts.append(f"policies: {versions} ({where})")
    else:
        facts.append("policies: off (policies_enabled: false)")
    if services.audit is not None:
        from sqlalchemy.engine import make_url

        from gateway.audit.service import store_url

        url = make_url(store_url(settings))
        store = (f"SQLite {url.database}" if url.get_backend_name() == "sqlite"
                 else url.render_as_string(hide_password=True))
        facts.append(f"audit store: {store}")
    else:
        facts.append("audit store: off (audit_enabled: false)")
    where = (make_url_safe(settings.keys_url) if settings.keys_url
             else str(settings.resolved_keys_file))
    facts.append(f"API keys: {where} ({len(services.keys)} keys)")
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    workers = f"{settings.workers} worker{'s' if settings.workers != 1 else ''}"
    facts.append(f"listening on http://{host}:{settings.port} ({workers})")
    return facts


def _print_banner(settings: Settings, services: Services) -> None:
    """Only the first worker of a `candor serve` prints (``CANDOR_BANNER_DIR`` is set there)."""
    directory = os.environ.get("CANDOR_BANNER_DIR")
    if not directory:
        return
    try:
        os.close(os.open(os.path.join(directory, "printed"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except OSError:
        return
    print("\n".join(f"candor: {fact}" for fact in startup_facts(settings, services)),
          file=sys.stderr, flush=True)


def create_app(settings: Settings | None = None, services: Services | None = None) -> Starlette:
    settings = settings or load_settings()
    configure_logs(settings.log_level)
    services = services or build_services(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        for start in services.startup:
            await start()
        _print_banner(settings, services)
        # Everything loaded so far (litellm, the spaCy model, policies) lives as long as the
        # process: out of the collector's way, a full collection scans only what requests
        # allocate instead of pausing every request for the whole startup heap.
        gc.freeze()
        try:
            yield
        finally:
            for stop in reversed(services.shutdown):
                await stop()

    routes = [
        Route("/v1/chat/completions", gen.chat_completions, methods=["POST"]),
        Route("/v1/completions", gen.completions, methods=["POST"]),
        Route("/v1/embeddings", gen.embeddings, methods=["POST"]),
        Route("/v1/responses", responses, methods=["POST"]),
        Route("/v1/models", gen.list_models, methods=["GET"]),
        Route("/v1/models/{model:path}", gen.get_model, methods=["GET"]),
        Route("/healthz", ops.healthz, methods=["GET"]),
        Route("/readyz", ops.readyz, methods=["GET"]),
        Route("/metrics", ops.prometheus, methods=["GET"]),
        Route("/openapi.json", ops.openapi, methods=["GET"]),
        *provenance_routes,
        *policy_routes.routes,
        *admin_routes.routes,
        *audit_routes,
        *review_routes,
    ]
    if settings.console_enabled:
        from gateway.console.routes import console_app

        routes.append(Mount("/console", app=console_app(settings)))
    app = Starlette(
        routes=routes, lifespan=lifespan,
        # the trace span outermost: its status is the one the client got
        middleware=[*([Middleware(TraceMiddleware)] if settings.otel_endpoint else []),
                    Middleware(LastResort)],
        exception_handlers={HTTPException: _http_error, GatewayError: gateway_error_handler},
    )
    app.state.services = services
    app.state.started_at = time.time()
    return app


def app_factory() -> Starlette:
    """Entry point for uvicorn workers (``--factory``): settings come from the environment."""
    return create_app()
