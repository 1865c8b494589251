"""What one log entry is before it gets its sequence number, and the filter columns it implies.

The record dict is what gets signed (RFC 8785 bytes, with ``seq`` added by the writer). The table
columns are *copies* for indexes, always derived from the record by ``columns_for`` so the
verifier can check that nobody edited a copy.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from gateway.ids import uuid7_hex


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@lru_cache(maxsize=64)
def _day(number: int) -> str:
    return datetime.fromtimestamp(number * 86400, timezone.utc).strftime("%Y-%m-%d")


def day_of(ts: float) -> str:
    """UTC calendar day of a Unix time (Unix days are exactly 86,400 s: no leap seconds)."""
    return _day(int(ts // 86400))


@dataclass
class Pending:
    """A record waiting for the writer. ``record`` has no ``seq`` yet.

    ``prepare`` (run outside the writer's lock) computes the canonical bytes around the ``seq``
    member and the column copies, so the writer only splices the seq in. Findings are not
    needed here: the query index reads them from the stored record.
    """

    entry_id: str
    record: dict[str, Any]
    parts: tuple[bytes, bytes] | None = field(default=None, repr=False)
    columns: dict[str, Any] | None = field(default=None, repr=False)

    def prepare(self) -> "Pending":
        if self.parts is None:
            from gateway.audit.canonical import split_on

            self.parts = split_on(self.record, "seq")
            self.columns = columns_for(self.record)
        return self

    def to_json(self) -> dict[str, Any]:
        return {"entry_id": self.entry_id, "record": self.record}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> "Pending":
        return cls(raw["entry_id"], raw["record"])


def event_record(event_type: str, generation_id: str | None, actor: dict[str, Any] | None,
                 data: dict[str, Any] | None, ts: float | None = None) -> Pending:
    ts = time.time() if ts is None else ts
    event_id = "evt-" + uuid7_hex()
    return Pending(event_id, {
        "v": 1, "kind": "event", "event_id": event_id, "type": event_type,
        "generation_id": generation_id, "ts": ts, "at": iso(ts), "actor": actor or {},
        "data": data or {},
    })


def columns_for(record: dict[str, Any]) -> dict[str, Any]:
    """The indexed copies of a record's fields (everything but seq, record and leaf_hash)."""
    if record.get("kind") == "event":
        actor = record.get("actor") or {}
        return {
            "entry_id": record["event_id"], "kind": "event", "event_type": record.get("type"),
            "generation_id": record.get("generation_id"), "at": float(record["ts"]),
            "day": day_of(float(record["ts"])), "app": actor.get("app"),
            "key_id": actor.get("key_id"), "user": None, "recipient_hash": None,
            "on_behalf_of": None, "channel": None, "campaign": None, "endpoint": None,
            "model": None, "resolved_model": None, "status": None, "http_status": None,
            "stream": None, "cost": None,
        }
    ts = float(record["ts"])
    return {
        # generation_id is the entry_id here; the column is kept for events (which point at a
        # generation), so its index only grows with events rather than a random page per record
        "entry_id": record["generation_id"], "kind": "generation", "event_type": None,
        "generation_id": None, "at": ts, "day": day_of(ts),
        "app": record.get("app"), "key_id": record.get("key_id"), "user": record.get("user"),
        "recipient_hash": record.get("recipient_hash"), "on_behalf_of": _person(record),
        "channel": record.get("channel"), "campaign": record.get("campaign"),
        "endpoint": record.get("endpoint"), "model": record.get("model"),
        "resolved_model": record.get("resolved_model"), "status": record.get("status"),
        "http_status": record.get("http_status"), "stream": record.get("stream"),
        "cost": record.get("cost_usd"),
    }


def _person(record: dict[str, Any]) -> str | None:
    """Whose name the content carries, for the per-person feed: the request's ``on_behalf_of``,
    else the registered principal the ghost-writing check found (a sign-off, "write as ...")."""
    if record.get("on_behalf_of"):
        return record["on_behalf_of"]
    ghost = record.get("ghostwriting")
    if isinstance(ghost, dict) and ghost.get("registered") and ghost.get("principal"):
        return str(ghost["principal"])[:256]
    return None


def findings_for(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    """One (category, action) per distinct finding category of the record (first action)."""
    out: dict[str, str | None] = {}
    for f in record.get("findings") or []:
        if isinstance(f, dict) and f.get("category"):
            out.setdefault(str(f["category"])[:64],
                           str(f["action"])[:32] if f.get("action") else None)
    return list(out.items())


# Every status a record can have: a generation's outcome (``ok``, ``blocked`` by a policy,
# ``upstream_error``, ``aborted`` when the client hung up, ``held`` for a person's review:
# docs/review.md), or ``rejected``: refused before it started (bad body, unknown model, missing
# role).
STATUSES = ("ok", "held", "blocked", "upstream_error", "aborted", "rejected")


@dataclass
class Filters:
    """Auditor filters; ``recipient_hash`` is already hashed (raw ids never reach a query)."""

    since: float | None = None
    until: float | None = None
    app: str | None = None
    user: str | None = None
    recipient_hash: str | None = None
    on_behalf_of: str | None = None
    model: str | None = None
    status: str | None = None
    campaign: str | None = None
    finding: str | None = None  # a finding's category or its rule id
    channel: str | None = None
    kind: str | None = "generation"
    event_type: str | None = None
    generation_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, {}) and k != "extra"}
