"""The gateway's own OpenAPI 3.1 document, built from the same pydantic models that validate."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from gateway import __version__
from gateway.requests import ChatRequest, CompletionRequest, EmbeddingRequest, ResponsesRequest

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["message", "type"], "properties": {
        "message": {"type": "string"}, "type": {"type": "string"},
        "param": {"type": ["string", "null"]}, "code": {"type": ["string", "null"]}}}},
}


def _errors(*codes: int) -> dict[str, Any]:
    return {str(c): {"description": "OpenAI-shaped error", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Error"}}}} for c in codes}


def _op(summary: str, schema: str | None, ok: str, stream: bool = False) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": {"type": "object"}}}
    if stream:
        content["text/event-stream"] = {"schema": {"type": "string"}}
    op: dict[str, Any] = {
        "summary": summary,
        "security": [{"bearer": []}],
        "responses": {"200": {"description": ok, "content": content},
                      **_errors(400, 401, 403, 404, 413, 429, 502, 503, 504)},
    }
    if schema:
        op["requestBody"] = {"required": True, "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema}"}}}}
    return op


@lru_cache(maxsize=1)
def document() -> dict[str, Any]:
    schemas: dict[str, Any] = {"Error": _ERROR}
    for model in (ChatRequest, CompletionRequest, EmbeddingRequest, ResponsesRequest):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in schema.pop("$defs", {}).items():
            schemas[name] = sub
        schemas[model.__name__] = schema
    plain = {"200": {"description": "OK", "content": {"application/json": {"schema": {
        "type": "object"}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Candor gateway", "version": __version__,
                 "description": "OpenAI-compatible gateway with PII stripping, policies, "
                                "AI-output marking and an audit log."},
        "servers": [{"url": "/"}],
        "components": {"schemas": schemas, "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"}}},
        "paths": {
            "/v1/chat/completions": {"post": _op("Chat completion", "ChatRequest",
                                                 "A chat completion or an SSE stream", True)},
            "/v1/completions": {"post": _op("Legacy completion", "CompletionRequest",
                                            "A text completion or an SSE stream", True)},
            "/v1/embeddings": {"post": _op("Embeddings", "EmbeddingRequest", "Embeddings")},
            "/v1/responses": {"post": _op("Responses API", "ResponsesRequest",
                                          "A response or an SSE event stream", True)},
            "/v1/models": {"get": _op("List models", None, "The model list")},
            "/v1/models/{model}": {"get": {**_op("One model", None, "A model"), "parameters": [
                {"name": "model", "in": "path", "required": True, "schema": {"type": "string"}}]}},
            "/v1/provenance/verify": {"post": {**_op(
                "Verify a text's AI-generation mark and find its generation", None,
                "Verification report"), "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"type": "object", "required": ["text"],
                                                    "properties": {"text": {"type": "string"},
                                                                   "max_hamming": {
                                                                       "type": "integer"}}}}}}}},
            "/v1/provenance/public-key": {"get": {"summary": "The Ed25519 key marks are signed "
                                                             "with", "responses": plain}},
            **_auditor_and_admin_paths(),
            **_review_paths(),
            "/healthz": {"get": {"summary": "Liveness", "responses": plain}},
            "/readyz": {"get": {"summary": "Readiness", "responses": {
                **plain, "503": {"description": "Not ready"}}}},
            "/metrics": {"get": {"summary": "Prometheus metrics", "responses": {"200": {
                "description": "OK", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
        },
    }


def _path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def _query(*names: str) -> list[dict[str, Any]]:
    return [{"name": n, "in": "query", "required": False, "schema": {"type": "string"}}
            for n in names]


def _auditor_and_admin_paths() -> dict[str, Any]:
    """The audit API (audit role) and policy administration (admin role)."""
    filters = _query("from", "to", "app", "user", "recipient", "on_behalf_of", "model", "status",
                     "campaign", "finding", "cursor", "limit")
    get = lambda summary, params=(): {"get": {**_op(summary, None, summary),  # noqa: E731
                                              "parameters": list(params)}}
    return {
        "/audit/v1/generations": get("List audit records (filters, cursor paging)", filters),
        "/audit/v1/generations/{generation_id}": get(
            "One record with its inclusion proof", [_path_param("generation_id")]),
        "/audit/v1/people/{name}/generations": get(
            "Everything generated in a person's name", [_path_param("name"), *filters]),
        "/audit/v1/events": get("Later events (reviews, auditor queries)", _query("cursor",
                                                                                 "limit")),
        "/audit/v1/checkpoint": get("The latest signed checkpoint"),
        "/audit/v1/public-key": get("The Ed25519 key checkpoints are signed with"),
        "/audit/v1/consistency": get("Consistency proof between two tree sizes",
                                     _query("first", "second")),
        "/audit/v1/export": get("Export a filtered set as JSONL or CSV (streamed)",
                                [*filters, *_query("format")]),
        "/audit/v1/stats": get("Counts grouped by day, app, status or finding",
                               [*filters, *_query("group_by")]),
        "/admin/v1/policies": get("Active policies per app, versions and load errors"),
        "/admin/v1/policies/reload": {"post": _op("Reload policy files now", None, "Reload")},
        "/admin/v1/policies/versions": get("Every policy version ever loaded"),
        "/admin/v1/policies/versions/{version}": get("The exact rules of one version",
                                                     [_path_param("version")]),
    }


def _review_paths() -> dict[str, Any]:
    """Human review (docs/review.md): apps poll, reviewers decide."""
    rid = [_path_param("review_id")]
    body = lambda *fields: {"required": False, "content": {  # noqa: E731
        "application/json": {"schema": {"type": "object", "additionalProperties": False,
                                        "properties": {f: {"type": "string"} for f in fields}}}}}
    decide = lambda summary, *fields: {"post": {  # noqa: E731
        **_op(summary, None, "The decided item"), "parameters": rid,
        "requestBody": body(*fields)}}
    return {
        "/v1/reviews": {"get": {**_op("Held generations, newest first (reviewers)", None,
                                      "A page of review items"),
                                "parameters": _query("status", "limit", "before", "app",
                                                     "principal")}},
        "/v1/reviews/counts": {"get": _op("Items per status (reviewers)", None, "Counts")},
        "/v1/reviews/{review_id}": {"get": {**_op(
            "A review: its app polls for the outcome (approved: the text restored, labelled "
            "and marked); reviewers see the pseudonymised draft", None, "The review"),
            "parameters": rid}},
        "/v1/reviews/{review_id}/deliveries": {"get": {**_op(
            "Webhook delivery attempts (reviewers)", None, "The delivery log"),
            "parameters": rid}},
        "/v1/reviews/{review_id}/approve": decide("Approve the draft", "reason"),
        "/v1/reviews/{review_id}/edit": decide("Approve an edited text", "text", "reason"),
        "/v1/reviews/{review_id}/reject": decide("Reject, with a reason", "reason"),
    }
