"""Who used what: the counters of every key, app and model alias, for the admin API
(``GET /admin/v1/usage``), ``candor usage`` and the console's usage page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from gateway.keys import ApiKey
from gateway.limits.config import Limit
from gateway.limits.limiter import SCOPES, Limiter, Subject


async def usage_rows(limiter: Limiter, keys: Iterable[ApiKey], models: Iterable[str],
                     scope: str | None = None, wanted: str | None = None) -> list[dict[str, Any]]:
    """Every key, every app with a key or a limit, every model alias (or those ``scope`` and
    ``wanted`` name), each with its counters and limits; key rows name their app."""
    config = limiter.config
    keys = list(keys)
    ids = {
        "key": [k.key_id for k in keys],
        "app": sorted({k.app for k in keys} | set(config.apps)),
        "model": sorted(set(models) | set(config.models)),
    }
    subjects = []
    for kind in SCOPES:
        if scope not in (None, kind):
            continue
        for ident in ids[kind]:
            if wanted is not None and ident != wanted:
                continue
            limit = (config.for_key(ident) if kind == "key" else
                     (config.apps if kind == "app" else config.models).get(ident))
            subjects.append(Subject(kind, ident, limit or Limit()))
    data = await limiter.usage(subjects)
    apps = {k.key_id: k.app for k in keys}
    for row in data:
        if row["scope"] == "key":
            row["app"] = apps.get(row["id"])
    return data
