"""Windowed counters with an atomic check-and-add over several keys at once.

``reserve`` looks at every counter a request touches (its key's, its app's, its model's) and
either adds to all of them or to none: one Lua script in Redis (so replicas cannot overshoot
each other), one critical section in process. A counter made by ``reserve`` lives ``ttl_ms``
from its first use (a minute window starts with its first request, so a limit of N allows
exactly N per window wherever the window falls on the clock); calendar budgets put the day or
month in the key's name and expire at its end.

``settle`` corrects a reservation with what was really used (``ttl_ms == 0``: only while the
window that took the reservation still exists; a new window is not charged for an old request).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Take:
    key: str
    amount: int
    limit: int | None  # None: count only
    ttl_ms: int


@dataclass(frozen=True)
class Verdict:
    refused: int | None  # index of the first take over its limit; None: all were added
    values: list[int]  # each counter after the add (or as found, when refused)
    ttl_ms: list[int]  # time each counter has left


class Counters(Protocol):
    async def reserve(self, takes: list[Take]) -> Verdict: ...

    async def settle(self, adds: list[tuple[str, int, int]]) -> None: ...

    async def read(self, keys: list[str]) -> list[tuple[int, int]]: ...

    async def aclose(self) -> None: ...


def _over(value: int, amount: int, limit: int | None) -> bool:
    # max(amount, 1): a check-only take (amount 0, a budget) refuses once the budget is spent
    return limit is not None and value + max(amount, 1) > limit


class LocalCounters:
    """In-process counters: one node, one worker (each worker process counts on its own)."""

    def __init__(self) -> None:
        self._values: dict[str, tuple[int, float]] = {}  # key -> (value, expires at)
        self._lock = asyncio.Lock()
        self._ops = 0

    def _get(self, key: str, now: float) -> tuple[int, float] | None:
        found = self._values.get(key)
        if found is not None and found[1] <= now:
            del self._values[key]
            return None
        return found

    def _ttl(self, found: tuple[int, float] | None, now: float) -> int:
        return int((found[1] - now) * 1000) if found else 0

    async def reserve(self, takes: list[Take]) -> Verdict:
        now = time.time()
        async with self._lock:
            self._ops += 1
            if self._ops % 10000 == 0:
                self._values = {k: v for k, v in self._values.items() if v[1] > now}
            found = [self._get(t.key, now) for t in takes]
            for i, (take, cur) in enumerate(zip(takes, found, strict=True)):
                if _over(cur[0] if cur else 0, take.amount, take.limit):
                    return Verdict(i, [c[0] if c else 0 for c in found],
                                   [self._ttl(c, now) for c in found])
            values, ttls = [], []
            for take, cur in zip(takes, found, strict=True):
                value, expires = cur if cur else (0, now + take.ttl_ms / 1000)
                self._values[take.key] = (value + take.amount, expires)
                values.append(value + take.amount)
                ttls.append(int((expires - now) * 1000))
            return Verdict(None, values, ttls)

    async def settle(self, adds: list[tuple[str, int, int]]) -> None:
        now = time.time()
        async with self._lock:
            for key, amount, ttl_ms in adds:
                cur = self._get(key, now)
                if cur is None and ttl_ms == 0:
                    continue
                value, expires = cur if cur else (0, now + ttl_ms / 1000)
                self._values[key] = (value + amount, expires)

    async def read(self, keys: list[str]) -> list[tuple[int, int]]:
        now = time.time()
        out = []
        for key in keys:
            cur = self._get(key, now)
            out.append((cur[0], self._ttl(cur, now)) if cur else (0, 0))
        return out

    async def aclose(self) -> None:
        return None


_RESERVE = """
local n = #KEYS
local cur = {}
for i = 1, n do
  local limit = tonumber(ARGV[3 * i - 2])
  local amount = tonumber(ARGV[3 * i - 1])
  cur[i] = tonumber(redis.call('GET', KEYS[i]) or '0')
  if limit >= 0 and cur[i] + math.max(amount, 1) > limit then
    local out = {i}
    for j = 1, n do
      out[#out + 1] = tonumber(redis.call('GET', KEYS[j]) or '0')
      out[#out + 1] = redis.call('PTTL', KEYS[j])
    end
    return out
  end
end
local out = {0}
for i = 1, n do
  local amount = tonumber(ARGV[3 * i - 1])
  local ttl = tonumber(ARGV[3 * i])
  local v = redis.call('INCRBY', KEYS[i], amount)
  local left = redis.call('PTTL', KEYS[i])
  if left < 0 then
    redis.call('PEXPIRE', KEYS[i], ttl)
    left = ttl
  end
  out[#out + 1] = v
  out[#out + 1] = left
end
return out
"""

_SETTLE = """
for i = 1, #KEYS do
  local amount = tonumber(ARGV[2 * i - 1])
  local ttl = tonumber(ARGV[2 * i])
  if ttl == 0 then
    if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('INCRBY', KEYS[i], amount) end
  else
    redis.call('INCRBY', KEYS[i], amount)
    if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIRE', KEYS[i], ttl) end
  end
end
return 0
"""


class RedisCounters:
    """Counters every replica shares: one Lua script per reservation, one per settlement (a
    round trip each). The client is made in the worker's event loop, on first use."""

    def __init__(self, url: str, prefix: str) -> None:
        self.url = url
        self.prefix = prefix
        self._client: Any = None
        self._reserve: Any = None
        self._settle: Any = None

    def _redis(self) -> Any:
        if self._client is None:
            import redis.asyncio

            self._client = redis.asyncio.Redis.from_url(self.url, socket_timeout=2.0,
                                                        socket_connect_timeout=2.0)
            self._reserve = self._client.register_script(_RESERVE)
            self._settle = self._client.register_script(_SETTLE)
        return self._client

    async def reserve(self, takes: list[Take]) -> Verdict:
        self._redis()
        args: list[int] = []
        for t in takes:
            args += [-1 if t.limit is None else t.limit, t.amount, t.ttl_ms]
        out = await self._reserve(keys=[self.prefix + t.key for t in takes], args=args)
        refused = int(out[0]) - 1 if int(out[0]) else None
        values = [int(v) for v in out[1::2]]
        ttls = [max(int(v), 0) for v in out[2::2]]
        return Verdict(refused, values, ttls)

    async def settle(self, adds: list[tuple[str, int, int]]) -> None:
        adds = [a for a in adds if a[1] != 0]
        if not adds:
            return
        self._redis()
        args: list[int] = []
        for _key, amount, ttl in adds:
            args += [amount, ttl]
        await self._settle(keys=[self.prefix + a[0] for a in adds], args=args)

    async def read(self, keys: list[str]) -> list[tuple[int, int]]:
        client = self._redis()
        async with client.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.get(self.prefix + key)
                pipe.pttl(self.prefix + key)
            out = await pipe.execute()
        return [(int(out[i] or 0), max(int(out[i + 1]), 0)) for i in range(0, len(out), 2)]

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
