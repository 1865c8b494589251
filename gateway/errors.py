"""Errors in OpenAI's shape: ``{"error": {"message", "type", "param", "code"}}``.

Every failure a client can see is a ``GatewayError``; the HTTP layer turns it into a JSON
response (or an SSE error event once a stream has started). Nothing else escapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class GatewayError(Exception):
    message: str
    status: int = 400
    type: str = "invalid_request_error"
    code: str | None = None
    param: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:  # dataclass + Exception: keep a readable message
        return self.message

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


def invalid_request(message: str, param: str | None = None, code: str | None = None) -> GatewayError:
    return GatewayError(message, 400, "invalid_request_error", code, param)


def authentication_error(message: str) -> GatewayError:
    return GatewayError(message, 401, "authentication_error", "invalid_api_key")


def permission_error(message: str) -> GatewayError:
    return GatewayError(message, 403, "permission_error", "insufficient_permissions")


def not_found(message: str, code: str = "not_found", param: str | None = None) -> GatewayError:
    return GatewayError(message, 404, "invalid_request_error", code, param)


def too_large(limit: int) -> GatewayError:
    return GatewayError(
        f"Request body is larger than the limit of {limit} bytes.",
        413,
        "invalid_request_error",
        "request_too_large",
    )


def upstream_error(
    message: str,
    status: int = 502,
    code: str = "upstream_error",
    headers: dict[str, str] | None = None,
) -> GatewayError:
    kind = "rate_limit_error" if status == 429 else "api_error"
    return GatewayError(message, status, kind, code, None, dict(headers or {}))


def policy_violation(message: str, rule_ids: list[str]) -> GatewayError:
    err = GatewayError(message, 400, "invalid_request_error", "content_policy_violation")
    err.param = ",".join(rule_ids) or None
    return err


def unavailable(message: str, code: str = "service_unavailable") -> GatewayError:
    return GatewayError(message, 503, "api_error", code)


def audit_unavailable() -> GatewayError:
    """No durable audit record, so no answer (fail closed)."""
    return unavailable("The audit log is unavailable, so the response was withheld. Retry later.",
                       "audit_unavailable")
