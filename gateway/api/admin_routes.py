"""Admin endpoints for keys and usage (role admin): list, create, revoke, rotate keys; what each
key, app and model has used against its limits. Both key stores (file, PostgreSQL) answer."""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from gateway.api.http import authenticate, json_response, read_json
from gateway.durations import parse_duration
from gateway.errors import GatewayError, invalid_request, not_found, unavailable
from gateway.keys import KeyBackend, KeyInfo, KeysError, parse_time
from gateway.limits.limiter import SCOPES
from gateway.limits.usage import usage_rows
from gateway.requests import validate


def _keys(request: Request) -> KeyBackend:
    return request.app.state.services.keys


def _info(store: KeyBackend, key_id: str, last_used: float | None = None) -> dict[str, Any]:
    key = store.get(key_id)
    if key is None:
        raise not_found(f"No key with id {key_id!r}.", "key_not_found")
    return dataclasses.asdict(KeyInfo.of(key, last_used))


def _keys_error(exc: KeysError, key_id: str | None = None) -> GatewayError:
    if key_id is not None and "no key with id" in str(exc):
        return not_found(f"No key with id {key_id!r}.", "key_not_found")
    return invalid_request(str(exc))


class CreateKey(BaseModel):
    model_config = ConfigDict(extra="forbid")

    app: str = Field(min_length=1)
    roles: list[str] = Field(default_factory=lambda: ["generate"])
    policy: str = "default"
    principal: str | None = None
    expires_at: str | None = None  # ISO 8601
    expires_in: str | None = None  # a duration: 30d

    @field_validator("expires_in")
    @classmethod
    def _duration(cls, v: str | None) -> str | None:
        if v is not None:
            parse_duration(v)
        return v


class RotateKey(BaseModel):
    model_config = ConfigDict(extra="forbid")

    overlap: str = "24h"  # how long the old secret keeps working

    @field_validator("overlap")
    @classmethod
    def _duration(cls, v: str) -> str:
        parse_duration(v)
        return v


async def list_keys(request: Request) -> Response:
    authenticate(request, "admin")
    infos = await _keys(request).listing()
    return json_response({"object": "list", "data": [dataclasses.asdict(i) for i in infos]})


async def create_key(request: Request) -> Response:
    import time

    authenticate(request, "admin")
    body = validate(CreateKey, await read_json(request, 64 * 1024))
    assert isinstance(body, CreateKey)
    try:
        expires = (parse_time(body.expires_at, "expires_at") if body.expires_at else
                   time.time() + parse_duration(body.expires_in) if body.expires_in else None)
        token = await _keys(request).create(body.app, body.roles, body.policy, body.principal,
                                            expires)
    except KeysError as exc:
        raise _keys_error(exc) from None
    key_id = token.split("_", 2)[1]
    return json_response({**_info(_keys(request), key_id), "key": token}, 201)


async def revoke_key(request: Request) -> Response:
    authenticate(request, "admin")
    key_id = request.path_params["key_id"]
    try:
        await _keys(request).revoke(key_id)
    except KeysError as exc:
        raise _keys_error(exc, key_id) from None
    return json_response(_info(_keys(request), key_id))


async def rotate_key(request: Request) -> Response:
    authenticate(request, "admin")
    key_id = request.path_params["key_id"]
    raw = await read_json(request, 64 * 1024) if request.headers.get("content-length") not in (
        None, "0") else {}
    body = validate(RotateKey, raw)
    assert isinstance(body, RotateKey)
    try:
        _key, token = await _keys(request).rotate(key_id, parse_duration(body.overlap))
    except KeysError as exc:
        raise _keys_error(exc, key_id) from None
    return json_response({**_info(_keys(request), key_id), "key": token})


async def usage(request: Request) -> Response:
    """Counters of every key, every app with a key or a limit, every model alias (or those
    ``?scope=key|app|model`` and ``?id=`` name)."""
    authenticate(request, "admin")
    services = request.app.state.services
    limiter = services.limiter
    if limiter is None:
        raise unavailable("Usage is not counted: limits.enabled is false.", "limits_disabled")
    scope = request.query_params.get("scope")
    if scope is not None and scope not in SCOPES:
        raise invalid_request(f"'scope' must be one of {', '.join(SCOPES)}.", "scope")
    data = await usage_rows(limiter, _keys(request), services.catalog.routes, scope,
                            request.query_params.get("id"))
    return json_response({"object": "list", "backend": limiter.config.backend, "data": data})


routes = [
    Route("/admin/v1/keys", list_keys, methods=["GET"]),
    Route("/admin/v1/keys", create_key, methods=["POST"]),
    Route("/admin/v1/keys/{key_id}/revoke", revoke_key, methods=["POST"]),
    Route("/admin/v1/keys/{key_id}/rotate", rotate_key, methods=["POST"]),
    Route("/admin/v1/usage", usage, methods=["GET"]),
]
