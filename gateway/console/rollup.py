"""Per-day counts for the charts, kept up to date from the query index's seq order.

Grouping the whole window on every chart view costs seconds on a big log (100k records: ~4 s,
most of it summing the records' ``pii.entities`` in SQL). The log only grows, and the indexer
indexes it in seq order, so the counts per day are kept per worker and only the entries indexed
since the last view are grouped (SQL ``GROUP BY`` over a seq range of the index's primary key):
the first view after a start pays for the whole log once, later views for what is new. The
counts are derived data, like the index itself; a restart rebuilds them from the log.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BigInteger, Integer, and_, cast, func, select, true
from sqlalchemy.dialects.postgresql import JSONB

from gateway.audit.store import ENTRIES, FINDINGS, INDEX, AuditStore

GENERATION = INDEX.c.kind == "generation"


def pii_each(store: AuditStore) -> tuple[Any, Any]:
    """A table-valued ``(key, value)`` over a record's ``pii.entities`` and its integer value."""
    if store.dialect == "postgresql":
        doc = cast(ENTRIES.c.record, JSONB)["pii"]["entities"]
        each = func.jsonb_each_text(doc).table_valued("key", "value").alias("e")
        return each, cast(each.c.value, BigInteger)
    each = func.json_each(ENTRIES.c.record, "$.pii.entities").table_valued(
        "key", "value").alias("e")
    return each, cast(each.c.value, Integer)


@dataclass
class DailyCounts:
    upto: int = 0  # every indexed entry with seq < upto is counted
    # keyed (day, app, ...): the window and the app filter read these; other filters group live
    by_status: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    by_campaign: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    by_rule: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)  # rule, action
    by_pii: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    by_person: Counter[str] = field(default_factory=Counter)  # all time
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def refresh(self, store: AuditStore) -> None:
        await store.sync_index()
        async with self.lock:
            head = (await store._rows(select(func.max(INDEX.c.seq))))[0][0]
            if head is None or head < self.upto:
                return
            # counted apart and merged only when every query succeeded: a failure half way
            # leaves the counts as they were, never counts a range twice
            new = DailyCounts()
            await new._count(store, self.upto, head + 1)
            for name in ("by_status", "by_campaign", "by_rule", "by_pii", "by_person"):
                getattr(self, name).update(getattr(new, name))
            self.upto = head + 1

    async def _count(self, store: AuditStore, lo: int, hi: int) -> None:
        rng = and_(INDEX.c.seq >= lo, INDEX.c.seq < hi, GENERATION)
        c = INDEX.c
        for counter, column in ((self.by_status, c.status), (self.by_campaign, c.campaign)):
            for day, app, value, n in await store._rows(
                    select(c.day, c.app, column, func.count()).where(rng)
                    .group_by(c.day, c.app, column)):
                if value is not None:
                    counter[(day, app or "", value)] += n
        for person, n in await store._rows(
                select(c.on_behalf_of, func.count()).where(rng, c.on_behalf_of.is_not(None))
                .group_by(c.on_behalf_of)):
            self.by_person[person] += n
        for day, app, category, action, n in await store._rows(
                select(c.day, c.app, FINDINGS.c.category, FINDINGS.c.action, func.count())
                .select_from(INDEX.join(FINDINGS, FINDINGS.c.seq == c.seq)).where(rng)
                .group_by(c.day, c.app, FINDINGS.c.category, FINDINGS.c.action)):
            self.by_rule[(day, app or "", category, action or "none")] += n
        each, amount = pii_each(store)
        for day, app, kind, n in await store._rows(
                select(ENTRIES.c.day, ENTRIES.c.app, each.c.key, func.sum(amount))
                .select_from(ENTRIES.join(each, true()))
                .where(ENTRIES.c.seq >= lo, ENTRIES.c.seq < hi, ENTRIES.c.kind == "generation")
                .group_by(ENTRIES.c.day, ENTRIES.c.app, each.c.key)):
            self.by_pii[(day, app or "", kind)] += int(n or 0)


def within(counter: Counter[Any], first: str, last: str, app: str | None = None,
           keep_app: bool = False) -> Counter[Any]:
    """Sum a (day, app, ...) counter over the days first..last (ISO dates compare as strings)
    and, given one, a single app; the key that remains is what follows the app (or the app)."""
    out: Counter[Any] = Counter()
    for key, n in counter.items():
        if first <= key[0] <= last and (app is None or key[1] == app):
            rest = key[1:2] if keep_app else key[2:]
            out[rest if len(rest) > 1 else rest[0]] += n
    return out
