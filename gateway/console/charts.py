"""The charts page: SQL aggregates over the query index, drawn as server-side SVG.

Counts by day/status/app/campaign come from ``AuditStore.stats`` (the auditor API's
``/audit/v1/stats``); blocks and flags by rule from the findings index; PII by type from the
records' ``pii.entities`` counts, summed by the database (``json_each`` / ``jsonb_each_text``)
over the rows the index selects, so no record is loaded into Python.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Integer, and_, cast, func, select, true
from sqlalchemy.dialects.postgresql import JSONB
from starlette.requests import Request
from starlette.responses import Response

from gateway.api.audit_routes import _logged
from gateway.audit.entries import Filters
from gateway.audit.store import ENTRIES, FINDINGS, INDEX, AuditStore
from gateway.console import svg
from gateway.console.log_pages import audit_of, log_filters
from gateway.console.web import ROLE_AUDIT, User, console_of, page

TOP = 10
DEFAULT_WINDOW = "30d"


async def findings_by_rule(store: AuditStore, f: Filters) -> list[dict[str, Any]]:
    """(category, action, count) over the findings of the selected generations."""
    await store.sync_index()
    q = (select(FINDINGS.c.category, FINDINGS.c.action, func.count().label("count"))
         .select_from(INDEX.join(FINDINGS, FINDINGS.c.seq == INDEX.c.seq))
         .where(and_(true(), *store._where(f)))
         .group_by(FINDINGS.c.category, FINDINGS.c.action))
    return [dict(r._mapping) for r in await store._rows(q)]


async def pii_by_type(store: AuditStore, f: Filters) -> list[dict[str, Any]]:
    """Entity type -> placeholders made, summed in SQL from each record's ``pii.entities``."""
    await store.sync_index()
    if store.dialect == "postgresql":
        doc = cast(ENTRIES.c.record, JSONB)["pii"]["entities"]
        each = func.jsonb_each_text(doc).table_valued("key", "value").alias("e")
        amount = cast(each.c.value, BigInteger)
    else:
        each = func.json_each(ENTRIES.c.record, "$.pii.entities").table_valued(
            "key", "value").alias("e")
        amount = cast(each.c.value, Integer)
    q = (select(each.c.key.label("type"), func.sum(amount).label("count"))
         .select_from(INDEX.join(ENTRIES, ENTRIES.c.seq == INDEX.c.seq).join(each, true()))
         .where(and_(true(), *store._where(f)))
         .group_by(each.c.key))
    return [dict(r._mapping) for r in await store._rows(q)]


def _top(rows: list[dict[str, Any]], name: str) -> list[svg.Bar]:
    ranked = sorted((r for r in rows if r[name]), key=lambda r: -r["count"])[:TOP]
    return [svg.Bar(str(r[name]), r["count"]) for r in ranked]


async def chart_data(store: AuditStore, f: Filters) -> dict[str, Any]:
    by_day = await store.stats(f, ["day", "status"])
    days = sorted({r["day"] for r in by_day})
    series: dict[str, dict[str, float]] = {}
    for r in by_day:
        series.setdefault(r["status"] or "unknown", {})[r["day"]] = r["count"]
    rules = await findings_by_rule(store, f)
    blocks = [svg.Bar(r["category"], r["count"]) for r in
              sorted((r for r in rules if r["action"] == "block"), key=lambda r: -r["count"])]
    flags = [svg.Bar(f"{r['category']} ({r['action'] or 'none'})", r["count"]) for r in
             sorted((r for r in rules if r["action"] != "block"), key=lambda r: -r["count"])]
    pii = sorted(await pii_by_type(store, f), key=lambda r: -(r["count"] or 0))
    return {
        "days": days, "series": series, "blocks": blocks[:TOP], "flags": flags[:TOP],
        "pii": [svg.Bar(r["type"], r["count"] or 0) for r in pii[:TOP]],
        "apps": _top(await store.stats(f, ["app"]), "app"),
        "campaigns": _top(await store.stats(f, ["campaign"]), "campaign"),
        "total": sum(r["count"] for r in by_day),
    }


@page(ROLE_AUDIT)
async def charts(request: Request, user: User) -> Response:
    audit = audit_of(request)
    windowed = (request if "from" in request.query_params
                else _with(request, {"from": DEFAULT_WINDOW}))
    filters, values = log_filters(windowed, audit)
    await _logged(request, audit, user.key, filters, via="console", view="charts")
    data = await chart_data(audit.store, filters)
    figures = [
        ("Generations per day by status", svg.stacked_columns(
            "Generations per day by status", data["days"], data["series"], svg.STATUS_COLOURS)),
        ("Blocks by rule", svg.bar_chart("Blocks by rule", data["blocks"])),
        ("Flags and other actions by rule", svg.bar_chart("Flags by rule", data["flags"])),
        ("Personal data pseudonymised, by type", svg.bar_chart("PII by type", data["pii"])),
        ("Top apps", svg.bar_chart("Top apps", data["apps"])),
        ("Top campaigns", svg.bar_chart("Top campaigns", data["campaigns"])),
    ]
    figures += await extra_figures(request, filters)
    return console_of(request).render(request, "charts.html", user=user, figures=figures,
                                      values=values, total=data["total"])


async def extra_figures(request: Request, filters: Filters) -> list[tuple[str, Any]]:
    """Figures from other parts of the gateway (the review queue's turnaround)."""
    return []


def _with(request: Request, params: dict[str, str]) -> Request:
    """The request with default query parameters added (the charts' default window)."""
    from urllib.parse import urlencode

    scope = dict(request.scope)
    query = request.url.query
    scope["query_string"] = ((query + "&" if query else "") + urlencode(params)).encode()
    return Request(scope)
