"""Durations as people write them in config: ``30m``, ``24h``, ``7d``, ``2w``, or seconds."""

from __future__ import annotations

import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*")


def parse_duration(value: str | int | float) -> float:
    """Seconds in ``value``: '7d', '24h', '30m', '90s', '2w' or a number of seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = _DURATION.fullmatch(str(value).lower())
    if not m:
        raise ValueError(f"{value!r} is not a duration like 30m, 24h, 7d or 2w")
    return float(m.group(1)) * _UNITS[m.group(2) or "s"]
