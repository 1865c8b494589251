"""The console's plumbing: templates, the signed-in user, role guards, CSRF, security headers.

Every page handler is wrapped by ``page(...)``: it resolves the session (no session: to the
sign-in page), checks the roles the page needs (else a 403 page), checks the CSRF token of a
POST (else 403), and turns a ``GatewayError`` or an unreachable store into an HTML error page,
so the console never answers with a traceback or JSON.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import jinja2
import structlog
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.audit.store import StoreUnavailable
from gateway.console.rollup import DailyCounts
from gateway.console.session import LOGIN_COOKIE, SESSION_COOKIE, Session, SessionCodec
from gateway.errors import GatewayError, invalid_request, too_large
from gateway.keys import ApiKey

log = structlog.get_logger("candor.console")
HERE = Path(__file__).parent
FORM_LIMIT = 256 * 1024  # a pasted text to verify, an edited draft: plenty

# self only: no inline script or style, no framing, forms post only here
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"cache-control", b"no-store"),
]

ROLE_AUDIT, ROLE_REVIEW = "audit", "review"


@dataclass(frozen=True)
class User:
    key: ApiKey
    session: Session
    csrf: str

    def can(self, role: str) -> bool:
        return self.key.has_role("admin") or self.key.has_role(role)

    @property
    def can_audit(self) -> bool:
        return self.can(ROLE_AUDIT)

    @property
    def can_review(self) -> bool:
        return self.can(ROLE_REVIEW)


class Console:
    """What every console request shares: the session codec and the template environment."""

    def __init__(self, secret: bytes, ttl: float) -> None:
        self.codec = SessionCodec(secret, ttl)
        self.daily = DailyCounts()  # the charts' per-day counts (this worker's)
        self._warming: asyncio.Task[None] | None = None
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,  # model output and prompts are untrusted: everything is escaped
            undefined=jinja2.ChainableUndefined, trim_blocks=True, lstrip_blocks=True)
        self.env.filters["qs"] = _qs
        self.env.filters["ts"] = _ts
        self.env.globals["review_enabled"] = False  # set by routes.py when the queue is there

    def warm(self, store: Any) -> None:
        """Start bringing the per-day counts up to date in the background (at an auditor's
        sign-in: the first build on a big log takes seconds, better before the charts view)."""
        if self._warming is None or self._warming.done():
            self._warming = asyncio.get_running_loop().create_task(self._refresh(store))

    async def _refresh(self, store: Any) -> None:
        try:
            await self.daily.refresh(store)
        except Exception:  # a warm-up only: the charts view retries and reports
            log.warning("console_counts_warmup_failed", exc_info=True)

    def user(self, request: Request) -> User | None:
        session = self.codec.read(request.cookies.get(SESSION_COOKIE))
        if session is None:
            return None
        keys = request.app.state.services.keys
        keys.authenticate("")  # gives the store its chance to pick up an edited key file
        key = next((k for k in keys if k.key_id == session.key_id), None)
        if key is None or not (key.has_role("admin") or key.has_role(ROLE_AUDIT)
                               or key.has_role(ROLE_REVIEW)):
            return None  # the key was removed or lost its roles: the session ends with it
        return User(key, session, self.codec.csrf(session.nonce))

    def render(self, request: Request, template: str, status: int = 200,
               user: User | None = None, **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(
            user=user, path=request.url.path, csrf=user.csrf if user else "", **context)
        return HTMLResponse(html, status)


def console_of(request: Request) -> Console:
    return request.scope["candor_console"]


class ConsoleApp:
    """ASGI wrapper: hands the handlers the ``Console`` and adds the security headers."""

    def __init__(self, app: ASGIApp, console: Console) -> None:
        self.app = app
        self.console = console

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope["candor_console"] = self.console

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, with_headers)


async def read_form(request: Request) -> dict[str, str]:
    """An urlencoded form (the console's only kind), first value of each field."""
    size, chunks = 0, []
    async for chunk in request.stream():
        size += len(chunk)
        if size > FORM_LIMIT:
            raise too_large(FORM_LIMIT)
        chunks.append(chunk)
    try:
        parsed = parse_qs(b"".join(chunks).decode("utf-8"), keep_blank_values=True,
                          max_num_fields=64)
    except (UnicodeDecodeError, ValueError):
        raise invalid_request("The form could not be read.") from None
    return {name: values[0] for name, values in parsed.items()}


Handler = Callable[..., Awaitable[Response]]


def page(*roles: str) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """Guard a handler ``(request, user[, form])``: a session, one of ``roles`` (any signed-in
    user when none), and for a POST a valid CSRF token (the form is passed on)."""

    def wrap(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        @functools.wraps(handler)
        async def guarded(request: Request) -> Response:
            console = console_of(request)
            user = console.user(request)
            if user is None:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse("/console/login?" + urlencode({"next": target}), 303)
            if roles and not any(user.can(r) for r in roles):
                return console.render(request, "error.html", 403, user, title="Not allowed",
                                      message="Your key's roles do not include this page.")
            try:
                if request.method == "POST":
                    form = await read_form(request)
                    if not console.codec.csrf_ok(user.session.nonce, form.get("csrf")):
                        return console.render(
                            request, "error.html", 403, user, title="Form expired",
                            message="The form's security token is missing or wrong: reload the "
                                    "page and try again.")
                    return await handler(request, user, form)
                return await handler(request, user)
            except GatewayError as err:
                return console.render(request, "error.html", err.status, user,
                                      title="Cannot show this", message=err.message)
            except StoreUnavailable:
                return console.render(request, "error.html", 503, user,
                                      title="Audit log unavailable",
                                      message="The audit store cannot be reached right now.")

        return guarded

    return wrap


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str,
               max_age: int | None) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/console", httponly=True,
                        samesite="strict", secure=secure(request))


def clear_cookies(response: Response, request: Request) -> None:
    for name in (SESSION_COOKIE, LOGIN_COOKIE):
        response.delete_cookie(name, path="/console", httponly=True, samesite="strict",
                               secure=secure(request))


def _ts(epoch: float | None) -> str:
    if epoch is None:
        return "–"
    return datetime.fromtimestamp(float(epoch), UTC).strftime("%Y-%m-%d %H:%M:%S")


def _qs(params: dict[str, Any], **changes: Any) -> str:
    """The page's query string with some parameters changed (None drops one)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})
