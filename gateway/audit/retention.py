"""Retention: how long the audit log keeps what each record says.

A Merkle log cannot drop a record without breaking every later root, and an auditor must still
be able to tell a pruned record from a deleted one. So pruning keeps each leaf's hash (the tree
and every signed checkpoint still verify) and replaces only the record's content with a marker,
``{"kind":"pruned","seq":N}``, clearing the filter columns that can point at a person (user,
recipient hash, on-behalf-of, campaign) in the log and its index. Time, app, model, status and
cost stay, so counts and spend per day remain true for the whole history.

Rules that ``candor audit verify`` checks:

- only a prefix of the log is ever pruned (the oldest records, never a hole in the middle);
- the prefix was declared first by a ``retention_pruned`` event in the log itself, naming the
  seq it prunes up to; pruned content beyond every declaration is reported as changed;
- only records covered by a signed checkpoint are pruned, so their leaf hashes are pinned.

``audit_retention_days`` (unset: keep forever) runs ``prune`` hourly on every worker; each run
is idempotent, so replicas racing on it do no harm. ``candor audit prune`` runs it by hand.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import structlog

from gateway.audit.service import AuditLog
from gateway.periodic import Periodic

log = structlog.get_logger("candor.audit")

EVENT = "retention_pruned"
DAY = 86400.0


@dataclass(frozen=True)
class PruneResult:
    cutoff: float  # records received before this (epoch seconds) are due
    start: int  # the pruned prefix before this run
    through: int  # records below this seq are pruned now
    pruned: int  # rewritten by this run

    def to_dict(self) -> dict[str, float | int]:
        return {"cutoff": self.cutoff, "start": self.start, "through": self.through,
                "pruned": self.pruned}


async def plan(audit: AuditLog, days: float, now: float | None = None) -> PruneResult:
    """What a prune would do, without doing it."""
    cutoff = (time.time() if now is None else now) - days * DAY
    store = audit.store
    start = await store.pruned_prefix()
    end = await store.first_seq_since(start, cutoff)
    # a leaf is pruned only once a signed checkpoint pins its hash
    cp = await audit.checkpoint(end)
    signed = cp["tree_size"] if cp else 0
    return PruneResult(cutoff, start, max(start, min(end, signed)), 0)


async def prune(audit: AuditLog, days: float, now: float | None = None) -> PruneResult:
    """Prune every record older than ``days`` (see the module docstring)."""
    p = await plan(audit, days, now)
    if p.through <= p.start:
        return p
    # declared before it is done: a crash in between leaves a declaration ahead of the
    # pruning (harmless), never pruned content without one
    await audit.event(EVENT, data={"through_seq": p.through, "cutoff": p.cutoff,
                                   "retention_days": days})
    n = await audit.store.prune_through(p.start, p.through)
    log.info("audit_pruned", records=n, through_seq=p.through, retention_days=days)
    return PruneResult(p.cutoff, p.start, p.through, n)


def retention_loop(audit: AuditLog, days: float, interval: float = 3600.0,
                   first_delay: float = 5.0) -> Periodic:
    """Prunes shortly after start (out of startup's way), then every ``interval`` seconds."""
    async def once() -> None:
        await prune(audit, days)
    return Periodic(interval, once, "audit-retention", first_delay)
