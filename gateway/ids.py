"""Identifiers for generations and audit events.

UUIDv7 layout (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids stay unguessable
(74 random bits) but sort by time, so the audit store's unique index on them grows at its right
edge: one hot page per commit instead of one random page per record.
"""

from __future__ import annotations

import os
import time


def uuid7_hex() -> str:
    ms = time.time_ns() // 1_000_000 & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    value = ms << 80 | rand
    value = value & ~(0xF << 76) | 0x7 << 76  # version 7
    value = value & ~(0x3 << 62) | 0x2 << 62  # RFC 4122 variant
    return f"{value:032x}"
