"""Flat rows for CSV exports and CLI tables, and time parsing for filters."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from datetime import datetime, timezone
from typing import Any

from gateway.durations import parse_duration

CSV_COLUMNS = [
    "seq", "generation_id", "received_at", "app", "key_id", "user", "recipient_hash",
    "on_behalf_of", "channel", "campaign", "endpoint", "stream", "model", "resolved_model",
    "provider", "status", "http_status", "finish_reasons", "prompt_tokens", "completion_tokens",
    "cost_usd", "latency_ms", "first_token_ms", "policy", "findings", "actions", "pii",
    "mark_id", "fingerprint", "error", "prompt", "output",
]


def flat(rec: dict[str, Any]) -> dict[str, Any]:
    usage = rec.get("usage") or {}
    lat = rec.get("latency_ms") or {}
    mark = rec.get("mark") or {}
    policy = rec.get("policy") or {}
    return {
        "seq": rec.get("seq"), "generation_id": rec.get("generation_id"),
        "received_at": rec.get("received_at"), "app": rec.get("app"),
        "key_id": rec.get("key_id"), "user": rec.get("user"),
        "recipient_hash": rec.get("recipient_hash"), "on_behalf_of": rec.get("on_behalf_of"),
        "channel": rec.get("channel"), "campaign": rec.get("campaign"),
        "endpoint": rec.get("endpoint"), "stream": rec.get("stream"), "model": rec.get("model"),
        "resolved_model": rec.get("resolved_model"), "provider": rec.get("provider"),
        "status": rec.get("status"), "http_status": rec.get("http_status"),
        "finish_reasons": ",".join(str(f) for f in rec.get("finish_reasons") or []),
        "prompt_tokens": usage.get("prompt_tokens"),
        "completion_tokens": usage.get("completion_tokens"), "cost_usd": rec.get("cost_usd"),
        "latency_ms": lat.get("total"), "first_token_ms": lat.get("first_token"),
        "policy": ":".join(str(policy[k]) for k in ("name", "version") if policy.get(k)),
        "findings": ",".join(sorted({f.get("category", "") for f in rec.get("findings") or []})),
        "actions": ",".join(rec.get("actions") or []),
        "pii": json.dumps((rec.get("pii") or {}).get("entities") or {}, sort_keys=True)
        if rec.get("pii") else "",
        "mark_id": mark.get("mark_id"), "fingerprint": mark.get("fingerprint"),
        "error": ((rec.get("error") or {}).get("code") or "") if rec.get("error") else "",
        "prompt": json.dumps(rec.get("prompt"), ensure_ascii=False),
        "output": "\n".join(o.get("text", "") for o in rec.get("output") or []),
    }


def csv_line(row: dict[str, Any] | None) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS if row is None else ["" if row.get(c) is None else row.get(c)
                                                     for c in CSV_COLUMNS])
    return buf.getvalue()


TIME_FORMS = ("ISO 8601 (2026-05-01 or 2026-05-01T09:00:00Z), epoch seconds, now, today, "
              "yesterday, or a duration ago (24h, 7d)")


def parse_time(value: str | None, now: float | None = None) -> float | None:
    """Epoch seconds; ISO 8601 (a date or a datetime; naive means UTC); ``now``, ``today`` and
    ``yesterday`` (UTC midnights); or a duration ago: ``24h``, ``7d``, ``30m ago``."""
    if value is None or value.strip() == "":
        return None
    text = value.strip()
    try:
        return float(text)
    except ValueError:
        pass
    now = time.time() if now is None else now
    low = text.lower()
    if low == "now":
        return now
    if low in ("today", "yesterday"):
        midnight = datetime.fromtimestamp(now, timezone.utc).replace(
            hour=0, minute=0, second=0, microsecond=0).timestamp()
        return midnight - (86400.0 if low == "yesterday" else 0.0)
    ago = re.fullmatch(r"(\d+(?:\.\d+)?\s*[smhdw])(?:\s+ago)?", low)
    if ago:
        return now - parse_duration(ago.group(1).replace(" ", ""))
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not a time; use {TIME_FORMS}") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()
