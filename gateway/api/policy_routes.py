"""Admin endpoints for policies: what is active per app, reload, and stored old versions."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from gateway.api.http import authenticate, json_response
from gateway.errors import GatewayError, not_found, unavailable
from gateway.policy.registry import PolicyRegistry
from gateway.policy.service import reload_async


def _registry(request: Request) -> PolicyRegistry:
    registry = request.app.state.services.policies
    if registry is None:
        raise unavailable("Policies are not configured in this gateway.")
    return registry


def _key_bindings(request: Request) -> list[tuple[str, str]]:
    return sorted({(k.app, k.policy) for k in request.app.state.services.keys})


async def list_policies(request: Request) -> Response:
    authenticate(request, "admin")
    return json_response(_registry(request).status(_key_bindings(request)))


async def reload_policies(request: Request) -> Response:
    authenticate(request, "admin")
    registry = _registry(request)
    result = await reload_async(registry, force=True)
    body = registry.status(_key_bindings(request))
    body["reloaded"] = result.ok
    body["note"] = ("This worker reloaded now; other workers pick up file changes within "
                    "policy_poll_interval seconds.")
    return json_response(body, 200 if result.ok else 422)


def _auditor_or_admin(request: Request) -> None:
    """Old rules are evidence: auditors read them as well as admins."""
    try:
        authenticate(request, "audit")
    except GatewayError as err:
        if err.status != 403:
            raise
        authenticate(request, "admin")


async def get_version(request: Request) -> Response:
    _auditor_or_admin(request)
    body = _registry(request).store.get(request.path_params["version"])
    if body is None:
        raise not_found("No policy version with that id has been loaded by this gateway.",
                        "policy_version_not_found")
    return json_response(body)


async def list_versions(request: Request) -> Response:
    _auditor_or_admin(request)
    return json_response({"versions": _registry(request).store.list()})


routes = [
    Route("/admin/v1/policies", list_policies, methods=["GET"]),
    Route("/admin/v1/policies/reload", reload_policies, methods=["POST"]),
    Route("/admin/v1/policies/versions", list_versions, methods=["GET"]),
    Route("/admin/v1/policies/versions/{version}", get_version, methods=["GET"]),
]
