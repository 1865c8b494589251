"""The console's routes, mounted at ``/console`` by ``gateway/api/app.py``."""

from __future__ import annotations

from pathlib import Path

from starlette.routing import Mount, Route, Router
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from gateway.console import auth_pages, charts, log_pages, review_pages, usage_page, verify_page
from gateway.console.web import HERE, Console, ConsoleApp
from gateway.secrets import load_or_create_secret
from gateway.settings import Settings


def console_app(settings: Settings) -> ASGIApp:
    # the session key lives in the data dir: every worker (and a restart) shares it
    secret = load_or_create_secret(Path(settings.data_dir) / "console.secret")
    routes = [
        Route("/", auth_pages.home, methods=["GET"]),
        Route("/login", auth_pages.login, methods=["GET", "POST"]),
        Route("/logout", auth_pages.logout, methods=["POST"]),
        Route("/log", log_pages.log_list, methods=["GET"]),
        Route("/generations/{generation_id}", log_pages.generation, methods=["GET"]),
        Route("/people", log_pages.people, methods=["GET"]),
        Route("/people/{name}", log_pages.person, methods=["GET"]),
        Route("/policies/{version}", log_pages.policy_version, methods=["GET"]),
        Route("/charts", charts.charts, methods=["GET"]),
        Route("/usage", usage_page.usage, methods=["GET"]),
        Route("/verify", verify_page.verify_form, methods=["GET"]),
        Route("/verify", verify_page.verify_submit, methods=["POST"]),
        Route("/reviews", review_pages.review_list, methods=["GET"]),
        Route("/reviews/{review_id}", review_pages.review_item, methods=["GET"]),
        Route("/reviews/{review_id}/decide", review_pages.review_decide, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
        Route("/{rest:path}", auth_pages.not_found, methods=["GET"]),  # last: an HTML 404
    ]
    console = Console(secret, settings.console_session_ttl)
    console.env.globals["review_enabled"] = settings.review_enabled and settings.audit_enabled
    return ConsoleApp(Router(routes), console)
