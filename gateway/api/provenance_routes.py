"""``POST /v1/provenance/verify`` (any valid key), ``GET /v1/provenance/public-key`` (the active
key) and ``GET /v1/provenance/keys`` (the key set, retired keys too; both open).

Audit-role keys also get the audit record of each generation found (when an audit store is
configured): the mark's generation id, else the nearest fingerprint match.
"""

from __future__ import annotations

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from gateway.api.http import authenticate, json_response, read_json
from gateway.errors import GatewayError, invalid_request
from gateway.keys import ROLES, ApiKey
from gateway.marking.verify import DEFAULT_MAX_HAMMING, verify_text


def _any_key(request: Request) -> ApiKey:
    """Any valid key may verify: try the roles in turn (authenticate checks one role)."""
    last: GatewayError | None = None
    for role in ROLES:
        try:
            return authenticate(request, role)
        except GatewayError as err:
            if err.status != 403:
                raise
            last = err
    assert last is not None
    raise last


async def verify(request: Request) -> Response:
    key = _any_key(request)
    services = request.app.state.services
    body = await read_json(request, services.settings.max_body_bytes)
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise invalid_request("Send {\"text\": \"...\"}: the text to verify.", "text")
    max_hamming = body.get("max_hamming", DEFAULT_MAX_HAMMING)
    if not isinstance(max_hamming, int) or not 0 <= max_hamming <= 32:
        raise invalid_request("'max_hamming' must be an integer from 0 to 32.", "max_hamming")
    marking = services.marking
    if marking is None:
        raise GatewayError("Marking is not configured on this gateway.", 503, "api_error",
                           "marking_unavailable")
    report = await anyio.to_thread.run_sync(
        lambda: verify_text(body["text"], marking.public_keys, marking.index(), max_hamming))
    audit = services.audit
    if key.has_role("audit"):
        report["audit_records"] = None
        if audit is not None:
            ids = [m["generation_id"] for m in report["marks"] if m["signature_valid"]]
            ids += [m["generation_id"] for m in report["matches"][:1]]
            records = {}
            for gen in dict.fromkeys(i for i in ids if i):
                record = await audit.get(gen)
                if record is not None:
                    records[gen] = record
            report["audit_records"] = records
    return json_response(report)


async def public_key(request: Request) -> Response:
    marking = request.app.state.services.marking
    if marking is None:
        raise GatewayError("Marking is not configured on this gateway.", 503, "api_error",
                           "marking_unavailable")
    key = marking.key
    return json_response({"algorithm": "Ed25519", "key_id": key.key_id.hex(),
                          "public_key_b64": key.public_b64(), "public_key_pem": key.public_pem()})


async def keys(request: Request) -> Response:
    """Every public key marks and checkpoints were signed with, by key id (gateway/signing.py);
    the same JSON as ``candor signing export-public``, for offline verifiers."""
    services = request.app.state.services
    holder = services.marking or services.audit
    if holder is None:
        raise GatewayError("Neither marking nor the audit log is configured on this gateway.",
                           503, "api_error", "signing_unavailable")
    keyset = holder.keyset if services.marking is not None else holder.keys
    return json_response(keyset.document())


routes = [
    Route("/v1/provenance/verify", verify, methods=["POST"]),
    Route("/v1/provenance/public-key", public_key, methods=["GET"]),
    Route("/v1/provenance/keys", keys, methods=["GET"]),
]
