"""Usage against limits (admins): requests, tokens and cost per key, app and model, from the
same counters the limits stage enforces (``gateway/limits/usage.py``, as ``GET
/admin/v1/usage``)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from gateway.console.web import User, console_of, page
from gateway.limits.usage import usage_rows


@page("admin")
async def usage(request: Request, user: User) -> Response:
    services = request.app.state.services
    rows = None
    if services.limiter is not None:
        rows = await usage_rows(services.limiter, services.keys, services.catalog.routes)
    backend = services.limiter.config.backend if services.limiter is not None else None
    return console_of(request).render(request, "usage.html", user=user, rows=rows,
                                      backend=backend)
