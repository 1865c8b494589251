"""Sign-in with an API key (review, audit or admin role), sign-out, and the home page."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from gateway.console.session import LOGIN_COOKIE, LOGIN_TTL, SESSION_COOKIE
from gateway.console.web import (
    ROLE_AUDIT,
    ROLE_REVIEW,
    User,
    clear_cookies,
    console_of,
    page,
    read_form,
    set_cookie,
)
from gateway.errors import GatewayError

CONSOLE_ROLES = ("admin", ROLE_AUDIT, ROLE_REVIEW)


def _safe_next(target: str | None) -> str:
    """Only a console path: never an open redirect to another site."""
    if target and target.startswith("/console") and not target.startswith("//") \
            and "\\" not in target:
        return target
    return "/console/"


async def login_form(request: Request, error: str | None = None, status: int = 200) -> Response:
    console = console_of(request)
    cookie, nonce = console.codec.login_nonce()
    response = console.render(request, "login.html", status, None, error=error,
                              next=_safe_next(request.query_params.get("next")),
                              login_csrf=console.codec.csrf(nonce))
    set_cookie(response, request, LOGIN_COOKIE, cookie, int(LOGIN_TTL))
    return response


async def login(request: Request) -> Response:
    if request.method == "GET":
        return await login_form(request)
    console = console_of(request)
    try:
        form = await read_form(request)
    except GatewayError as err:
        return await login_form(request, err.message, err.status)
    nonce = console.codec.read_login(request.cookies.get(LOGIN_COOKIE))
    if nonce is None or not console.codec.csrf_ok(nonce, form.get("csrf")):
        return console.render(request, "error.html", 403, None, title="Form expired",
                              message="The sign-in form expired or came from elsewhere: "
                                      "reload the sign-in page.")
    key = request.app.state.services.keys.authenticate(form.get("key", "").strip())
    if key is None:
        return await login_form(request, "That key is not valid.", 401)
    if not any(key.has_role(r) for r in CONSOLE_ROLES):
        return await login_form(
            request, f"This key (app {key.app!r}) has none of the roles the console needs "
                     "(review, audit or admin).", 403)
    cookie, _ = console.codec.issue(key.key_id)
    audit = request.app.state.services.audit
    if audit is not None and (key.has_role("audit") or key.has_role("admin")):
        console.warm(audit.store)
    response = RedirectResponse(_safe_next(form.get("next")), 303)
    set_cookie(response, request, SESSION_COOKIE, cookie, int(console.codec.ttl))
    response.delete_cookie(LOGIN_COOKIE, path="/console")
    return response


@page()
async def logout(request: Request, user: User, form: dict[str, str]) -> Response:
    response = RedirectResponse("/console/login", 303)
    clear_cookies(response, request)
    return response


@page()
async def home(request: Request, user: User) -> Response:
    if user.can_audit:
        return RedirectResponse("/console/log", 303)
    review = user.can_review and console_of(request).env.globals["review_enabled"]
    return RedirectResponse("/console/reviews" if review else "/console/verify", 303)


@page()
async def not_found(request: Request, user: User) -> Response:
    return console_of(request).render(request, "error.html", 404, user, title="Not found",
                                      message=f"There is no console page at {request.url.path}.")
