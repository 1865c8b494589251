"""The charts page: SQL aggregates over the query index, drawn as server-side SVG.

A window (the default: the last 30 days), optionally one app, reads the per-day counts
(``rollup.py``). With another filter (campaign, status...) the figures are grouped live over the rows it selects: counts by
day/status/app/campaign by ``AuditStore.stats`` (the auditor API's ``/audit/v1/stats``), blocks
and flags by rule from the findings index, PII by type from the records' ``pii.entities``
counts summed by the database (``json_each`` / ``jsonb_each_text``). No record is loaded into
Python either way.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from sqlalchemy import and_, case, func, select, true
from starlette.requests import Request
from starlette.responses import Response

from gateway.api.audit_routes import _logged
from gateway.audit.entries import Filters, day_of
from gateway.audit.store import ENTRIES, FINDINGS, INDEX, AuditStore
from gateway.console import rollup, svg
from gateway.console.log_pages import audit_of, log_filters
from gateway.console.rollup import DailyCounts
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
    each, amount = rollup.pii_each(store)
    q = (select(each.c.key.label("type"), func.sum(amount).label("count"))
         .select_from(INDEX.join(ENTRIES, ENTRIES.c.seq == INDEX.c.seq).join(each, true()))
         .where(and_(true(), *store._where(f)))
         .group_by(each.c.key))
    return [dict(r._mapping) for r in await store._rows(q)]


def _day_range(f: Filters) -> list[str]:
    """Every day of the window, quiet ones too."""
    if f.since is None:
        return []
    first = int(f.since // 86400)
    last = int((f.until if f.until is not None else time.time()) // 86400)
    if not 0 <= last - first <= 400:
        return []
    return [day_of(d * 86400.0) for d in range(first, last + 1)]


def _bars(counts: dict[Any, float], top: int = TOP) -> list[svg.Bar]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
    return [svg.Bar(str(k), v) for k, v in ranked if v]


def _rules(rows: list[tuple[str, str | None, int]]) -> tuple[list[svg.Bar], list[svg.Bar]]:
    blocks: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    for category, action, n in rows:
        if action == "block":
            blocks[category] += n
        else:
            flags[f"{category} ({action or 'none'})"] += n
    return _bars(blocks), _bars(flags)


async def chart_data(store: AuditStore, f: Filters, daily: DailyCounts | None) -> dict[str, Any]:
    """The figures' numbers: from the per-day counts for a window (and an app), else grouped
    live over the filtered rows (a filter narrows them through its index)."""
    series: dict[str, dict[str, float]] = {}
    if daily is not None and f.since is not None and rollup_covers(f):
        await daily.refresh(store)
        first = day_of(f.since)
        last = day_of(f.until if f.until is not None else time.time())
        for (day, app, status), n in daily.by_status.items():
            if first <= day <= last and (f.app is None or app == f.app):
                per_day = series.setdefault(status, {})
                per_day[day] = per_day.get(day, 0) + n
        rules = [(cat, action, n) for (cat, action), n in
                 rollup.within(daily.by_rule, first, last, f.app).items()]
        pii = rollup.within(daily.by_pii, first, last, f.app)
        apps = {k: v for k, v in
                rollup.within(daily.by_status, first, last, f.app, keep_app=True).items() if k}
        campaigns = rollup.within(daily.by_campaign, first, last, f.app)
    else:
        for r in await store.stats(f, ["day", "status"]):
            series.setdefault(r["status"] or "unknown", {})[r["day"]] = r["count"]
        rules = [(r["category"], r["action"], r["count"]) for r in await findings_by_rule(store, f)]
        pii = {r["type"]: r["count"] or 0 for r in await pii_by_type(store, f)}
        apps = {r["app"]: r["count"] for r in await store.stats(f, ["app"]) if r["app"]}
        campaigns = {r["campaign"]: r["count"] for r in await store.stats(f, ["campaign"])
                     if r["campaign"]}
    days = sorted({d for per_day in series.values() for d in per_day} | set(_day_range(f)))
    blocks, flags = _rules(rules)
    return {"days": days, "series": series, "blocks": blocks, "flags": flags,
            "pii": _bars(pii), "apps": _bars(apps), "campaigns": _bars(campaigns),
            "total": sum(sum(per_day.values()) for per_day in series.values())}


def rollup_covers(f: Filters) -> bool:
    """The per-day counts answer a window, optionally narrowed to one app (no other filter)."""
    return not any(v is not None for k, v in f.describe().items()
                   if k not in ("since", "until", "kind", "app"))


@page(ROLE_AUDIT)
async def charts(request: Request, user: User) -> Response:
    audit = audit_of(request)
    windowed = (request if "from" in request.query_params
                else _with(request, {"from": DEFAULT_WINDOW}))
    filters, values = log_filters(windowed, audit)
    await _logged(request, audit, user.key, filters, via="console", view="charts")
    data = await chart_data(audit.store, filters, console_of(request).daily)
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


TURNAROUND = ((3600.0, "under 1 h"), (4 * 3600.0, "1-4 h"), (86400.0, "4-24 h"),
              (3 * 86400.0, "1-3 days"))


async def review_turnaround(store: AuditStore, f: Filters) -> list[svg.Bar]:
    """Decisions (review.approved / review.rejected events) in the window by the time from
    the held generation's record to the decision. The events come from the index (kind, at);
    each one's generation is found by the log's unique entry id."""
    await store.sync_index()
    ev = INDEX.alias("ev")
    waited = ev.c.at - ENTRIES.c.at
    bucket = case(*[(waited < limit, label) for limit, label in TURNAROUND],
                  else_="over 3 days")
    conds = [ev.c.kind == "event", ev.c.event_type.in_(("review.approved", "review.rejected"))]
    if f.since is not None:
        conds.append(ev.c.at >= f.since)
    if f.until is not None:
        conds.append(ev.c.at < f.until)
    if f.app is not None:
        conds.append(ENTRIES.c.app == f.app)
    q = (select(bucket.label("bucket"), func.count().label("count"))
         .select_from(ev.join(ENTRIES, ENTRIES.c.entry_id == ev.c.generation_id))
         .where(*conds).group_by(bucket))
    counts = {r.bucket: r.count for r in await store._rows(q)}
    order = [label for _, label in TURNAROUND] + ["over 3 days"]
    return [svg.Bar(label, counts[label]) for label in order if counts.get(label)]


async def extra_figures(request: Request, filters: Filters) -> list[tuple[str, Any]]:
    """The review queue's figures, when it is on."""
    queue = request.app.state.services.reviews
    if queue is None:
        return []
    bars = await review_turnaround(audit_of(request).store, filters)
    pending = (await queue.counts()).get("pending", 0)
    return [(f"Review turnaround (decisions in this period; {pending} pending now)",
             svg.bar_chart("Review turnaround", bars))]


def _with(request: Request, params: dict[str, str]) -> Request:
    """The request with default query parameters added (the charts' default window)."""
    from urllib.parse import urlencode

    scope = dict(request.scope)
    query = request.url.query
    scope["query_string"] = ((query + "&" if query else "") + urlencode(params)).encode()
    return Request(scope)
