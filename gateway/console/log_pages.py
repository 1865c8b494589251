"""The generation log (filters, keyset pages), one generation with its proof checked, the
per-person feed and stored policy versions. Queries go through the auditor API's own layer
(``AuditLog.filters``, ``AuditStore.query``, the cursor helpers), and every view is itself
logged as an ``audit.query`` event, as the API's are."""

from __future__ import annotations

import json
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from gateway.api.audit_routes import _logged, make_cursor, parse_cursor
from gateway.audit.entries import STATUSES, Filters
from gateway.audit.export import parse_time
from gateway.audit.service import AuditLog
from gateway.audit.verify_offline import VerificationError, verify_note, verify_record
from gateway.console.web import ROLE_AUDIT, User, console_of, page
from gateway.errors import invalid_request, not_found, unavailable

PAGE = 50
# form field -> Filters / AuditLog.filters keyword
FIELDS = {"app": "app", "status": "status", "rule": "finding", "channel": "channel",
          "campaign": "campaign", "principal": "on_behalf_of", "recipient": "recipient",
          "recipient_hash": "recipient_hash", "model": "model"}


def audit_of(request: Request) -> AuditLog:
    audit = request.app.state.services.audit
    if audit is None:
        raise unavailable("The audit log is disabled on this gateway.", "audit_disabled")
    return audit


def log_filters(request: Request, audit: AuditLog, **fixed: Any) -> tuple[Filters, dict[str, str]]:
    """The page's filters from its query string; the form values echo back as given."""
    q = request.query_params
    values = {name: q.get(name, "").strip() for name in (*FIELDS, "from", "to")}
    kw: dict[str, Any] = {FIELDS[name]: values[name] or None for name in FIELDS}
    for name, key in (("from", "since"), ("to", "until")):
        try:
            kw[key] = parse_time(values[name])
        except ValueError as exc:
            raise invalid_request(f"'{name}': {exc}.", name) from None
    if values["to"] and len(values["to"]) == 10 and kw["until"] is not None:
        kw["until"] += 86400.0  # a date "to" includes that whole day
    if kw["status"] is not None and kw["status"] not in STATUSES:
        raise invalid_request(f"Unknown status {kw['status']!r}.", "status")
    kw.update(fixed)
    return audit.filters(**kw), values


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """What one row of the list shows."""
    output = " ".join(o.get("text") or "" for o in record.get("output") or []
                      if o.get("kind") == "content")
    return {
        "id": record.get("generation_id"), "at": (record.get("received_at") or "")[:19],
        "app": record.get("app"), "status": record.get("status"),
        "model": record.get("model"), "channel": record.get("channel"),
        "campaign": record.get("campaign"), "person": record.get("on_behalf_of"),
        "rules": sorted({f.get("rule_id") or f.get("category") for f in
                         record.get("findings") or [] if isinstance(f, dict)}),
        "actions": record.get("actions") or [],
        "excerpt": output[:140] + ("\u2026" if len(output) > 140 else ""),
    }


async def _page_rows(request: Request, audit: AuditLog, filters: Filters,
                     user: User) -> tuple[list[dict[str, Any]], str | None]:
    raw_cursor = request.query_params.get("cursor") or None
    cursor = parse_cursor(raw_cursor)
    await _logged(request, audit, user.key, filters, limit=PAGE, cursor=raw_cursor,
                  via="console")
    rows = await audit.store.query(filters, PAGE + 1, cursor)
    nxt = make_cursor(rows[PAGE - 1][1], rows[PAGE - 1][0]) if len(rows) > PAGE else None
    return [summary(orjson.loads(r)) for _, _, r in rows[:PAGE]], nxt


@page(ROLE_AUDIT)
async def log_list(request: Request, user: User) -> Response:
    audit = audit_of(request)
    wanted = request.query_params.get("q", "").strip()
    if wanted:  # a generation id pasted into the search box opens it
        if await audit.store.get(wanted) is None:
            raise not_found(f"No generation with id {wanted!r}.")
        return RedirectResponse(f"/console/generations/{wanted}", 303)
    filters, values = log_filters(request, audit)
    rows, nxt = await _page_rows(request, audit, filters, user)
    return console_of(request).render(
        request, "log.html", user=user, rows=rows, next_cursor=nxt, values=values,
        statuses=STATUSES, first_page=not request.query_params.get("cursor"))


def messages(prompt: Any) -> list[dict[str, str]]:
    """The prompt as sent upstream, as (role, text) pairs; anything else as JSON."""
    if isinstance(prompt, dict) and isinstance(prompt.get("messages"), list):
        out = []
        for m in prompt["messages"]:
            if not isinstance(m, dict):
                continue
            content = m.get("content")
            if isinstance(content, list):
                content = "\n".join(str(p.get("text", "")) if isinstance(p, dict) else str(p)
                                    for p in content)
            elif not isinstance(content, str):
                content = json.dumps(content, indent=2, ensure_ascii=False)
            out.append({"role": str(m.get("role", "")), "text": content})
        return out
    if prompt is None:
        return []
    return [{"role": "request", "text": json.dumps(prompt, indent=2, ensure_ascii=False)}]


def check_proof(proof: dict[str, Any], public_key: str) -> dict[str, Any]:
    """Verify on the server what an auditor would verify offline: the checkpoint's signature,
    then the record's inclusion under that checkpoint's root."""
    out: dict[str, Any] = {"signature_ok": False, "inclusion_ok": False, "error": None,
                           "root": proof["checkpoint"]["root_hash"],
                           "tree_size": proof["checkpoint"]["tree_size"],
                           "note": proof["checkpoint"]["note"],
                           "leaf_index": proof["proof"]["leaf_index"],
                           "path_len": len(proof["proof"]["hashes"])}
    try:
        verify_note(proof["checkpoint"]["note"], public_key)
        out["signature_ok"] = True
        verify_record(proof, public_key)
        out["inclusion_ok"] = True
    except (VerificationError, KeyError, ValueError) as exc:
        out["error"] = str(exc)
    return out


@page(ROLE_AUDIT)
async def generation(request: Request, user: User) -> Response:
    audit = audit_of(request)
    gid = request.path_params["generation_id"]
    await _logged(request, audit, user.key, generation_id=gid, via="console")
    proof = await audit.proof_for(gid)
    if proof is None:
        raise not_found(f"No audit record for generation {gid!r}.")
    record = proof["record"]
    policy = record.get("policy") or {}
    return console_of(request).render(
        request, "generation.html", user=user, r=record, s=summary(record),
        messages=messages(record.get("prompt")), proof=check_proof(proof, audit.public_key()["pem"]),
        events=proof["events"], policy=policy,
        leaf_hash=proof["leaf_hash"],
        pretty=lambda v: json.dumps(v, indent=2, ensure_ascii=False, sort_keys=True))


def registered_principals(request: Request) -> dict[str, list[str]]:
    """Registered principals (the ghost-writing registries of the active policies) -> the
    policies that list them."""
    registry = request.app.state.services.policies
    out: dict[str, list[str]] = {}
    if registry is None:
        return out
    for name, rp in registry.active.set.policies.items():
        ghost = rp.content.get("ghostwriting") if isinstance(rp.content, dict) else None
        for p in (ghost or {}).get("principals") or []:
            if isinstance(p, dict) and p.get("name"):
                out.setdefault(str(p["name"]), []).append(name)
    return out


def _may_see_person(user: User, name: str) -> bool:
    """Auditors see every feed; a reviewer bound to a principal sees that person's own."""
    return user.can_audit or (user.can_review and user.key.principal == name)


@page()
async def people(request: Request, user: User) -> Response:
    if not user.can_audit:
        if user.key.principal:
            return RedirectResponse(f"/console/people/{user.key.principal}", 303)
        return console_of(request).render(request, "error.html", 403, user, title="Not allowed",
                                          message="Your key's roles do not include this page.")
    audit = audit_of(request)
    filters = audit.filters()
    await _logged(request, audit, user.key, filters, via="console", group_by=["on_behalf_of"])
    daily = console_of(request).daily  # all-time counts per person, kept up to date
    await daily.refresh(audit.store)
    counts = dict(daily.by_person)
    registered = registered_principals(request)
    rows = [{"name": n, "count": counts.get(n, 0), "policies": registered.get(n, [])}
            for n in sorted(set(counts) | set(registered))]
    return console_of(request).render(request, "people.html", user=user, rows=rows)


@page()
async def person(request: Request, user: User) -> Response:
    name = request.path_params["name"]
    if not _may_see_person(user, name):
        return console_of(request).render(request, "error.html", 403, user, title="Not allowed",
                                          message="You may see only your own feed.")
    audit = audit_of(request)
    filters, values = log_filters(request, audit, on_behalf_of=name)
    rows, nxt = await _page_rows(request, audit, filters, user)
    return console_of(request).render(
        request, "person.html", user=user, name=name, rows=rows, next_cursor=nxt,
        values=values, registered=registered_principals(request).get(name, []),
        first_page=not request.query_params.get("cursor"))


@page(ROLE_AUDIT)
async def policy_version(request: Request, user: User) -> Response:
    registry = request.app.state.services.policies
    if registry is None:
        raise unavailable("Policies are not configured in this gateway.")
    version = request.path_params["version"]
    body = registry.store.get(version)
    if body is None:
        raise not_found("No policy version with that id has been loaded by this gateway.")
    return console_of(request).render(
        request, "policy.html", user=user, body=body,
        text=json.dumps(body.get("content"), indent=2, ensure_ascii=False, sort_keys=True))
