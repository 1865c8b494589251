"""The limiter: reserve before the upstream call, settle with what was really used after it.

Each request touches three subjects, its key, its app and its model alias, and for each a
handful of counters: requests and tokens in the current minute window (limited), requests and
tokens today (for the usage report), and cost today and this month (budgets, in micro-dollars).
A reservation adds 1 request and the estimated tokens (prompt + ``max_tokens``) to every subject
at once or refuses; a budget is checked (spent < budget) but cost is only known afterwards, so
``settle`` adds it, and replaces the token estimate with the real count.

Refusals are OpenAI's: ``429`` with ``type`` ``requests`` or ``tokens`` and code
``rate_limit_exceeded``, or ``insufficient_quota`` for a spent budget, with ``Retry-After`` and
the ``x-ratelimit-*`` headers, which every answer carries too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import structlog

from gateway.errors import GatewayError, unavailable
from gateway.keys import ApiKey
from gateway.limits.config import Limit, LimitsConfig
from gateway.limits.counters import Counters, Take, Verdict

log = structlog.get_logger("candor.limits")

MINUTE_MS = 60_000
MICRO = 1_000_000  # cost counters hold micro-dollars (integers: INCRBY is exact)
SCOPES = ("key", "app", "model")


@functools.lru_cache(maxsize=8192)
def _base(scope: str, ident: str) -> str:
    return f"{scope}:{quote(ident, safe='')}"


@dataclass(frozen=True)
class Subject:
    scope: str  # key | app | model
    id: str
    limit: Limit

    def counter(self, name: str) -> str:
        return f"{_base(self.scope, self.id)}:{name}"

    def __str__(self) -> str:
        return f"{self.scope} {self.id!r}" if self.scope == "app" else f"{self.scope} {self.id}"


@dataclass(frozen=True)
class Periods:
    """The calendar windows a moment falls in (UTC), with what each has left."""

    day: str
    month: str
    day_ms: int
    month_ms: int

    @classmethod
    def at(cls, now: dt.datetime) -> Periods:
        tomorrow = dt.datetime(now.year, now.month, now.day, tzinfo=dt.UTC) + dt.timedelta(1)
        last = calendar.monthrange(now.year, now.month)[1]
        next_month = dt.datetime(now.year, now.month, last, tzinfo=dt.UTC) + dt.timedelta(1)
        return cls(now.strftime("%Y%m%d"), now.strftime("%Y%m"),
                   max(int((tomorrow - now).total_seconds() * 1000), 1000),
                   max(int((next_month - now).total_seconds() * 1000), 1000))

    @classmethod
    def now(cls) -> Periods:
        return _periods(int(time.time()))


@functools.lru_cache(maxsize=4)
def _periods(second: int) -> Periods:
    """Periods for one whole second (the same for every request in it)."""
    return Periods.at(dt.datetime.fromtimestamp(second, dt.UTC))


@dataclass
class Reservation:
    subjects: list[Subject]
    tokens: int  # the estimate already counted
    headers: dict[str, str]


def reset_text(ms: int) -> str:
    """A duration as OpenAI's reset headers write it: ``20ms``, ``1s``, ``6m0s``, ``1h2m3s``."""
    if ms < 1000:
        return f"{max(ms, 0)}ms"
    seconds = ms / 1000
    hours, rest = divmod(int(seconds), 3600)
    minutes, _ = divmod(rest, 60)
    secs = seconds - hours * 3600 - minutes * 60
    text = f"{secs:.3f}".rstrip("0").rstrip(".") + "s"
    if hours:
        return f"{hours}h{minutes}m{text}"
    return f"{minutes}m{text}" if minutes else text


def _takes(subjects: list[Subject], tokens: int, p: Periods) -> list[Take]:
    takes: list[Take] = []
    for s in subjects:
        lim = s.limit
        takes += [
            Take(s.counter("rpm"), 1, lim.requests_per_minute, MINUTE_MS),
            Take(s.counter("tpm"), tokens, lim.tokens_per_minute, MINUTE_MS),
            Take(s.counter(f"req:d:{p.day}"), 1, None, p.day_ms),
            Take(s.counter(f"tok:d:{p.day}"), tokens, None, p.day_ms),
            Take(s.counter(f"usd:d:{p.day}"), 0, _micro(lim.cost_per_day_usd), p.day_ms),
            Take(s.counter(f"usd:m:{p.month}"), 0, _micro(lim.cost_per_month_usd), p.month_ms),
        ]
    return takes


PER_SUBJECT = 6  # counters per subject, in _takes' order
_KIND = {0: "requests", 1: "tokens", 4: "day", 5: "month"}


def _micro(usd: float | None) -> int | None:
    return None if usd is None else int(round(usd * MICRO))


def _headers(takes: list[Take], verdict: Verdict) -> dict[str, str]:
    """The tightest limited counter of each kind, after this request (as OpenAI reports it)."""
    out: dict[str, str] = {}
    for offset, kind in ((0, "requests"), (1, "tokens")):
        best: tuple[int, int, int] | None = None  # remaining, limit, ttl
        for i in range(offset, len(takes), PER_SUBJECT):
            limit = takes[i].limit
            if limit is None:
                continue
            remaining = max(limit - verdict.values[i], 0)
            ttl = verdict.ttl_ms[i] or takes[i].ttl_ms
            if best is None or remaining < best[0]:
                best = (remaining, limit, ttl)
        if best is not None:
            out[f"x-ratelimit-limit-{kind}"] = str(best[1])
            out[f"x-ratelimit-remaining-{kind}"] = str(best[0])
            out[f"x-ratelimit-reset-{kind}"] = reset_text(best[2])
    return out


def _refusal(subject: Subject, kind: str, take: Take, used: int, ttl_ms: int,
             headers: dict[str, str]) -> GatewayError:
    wait = reset_text(ttl_ms)
    retry = {"Retry-After": str(max(1, math.ceil(ttl_ms / 1000))), "retry-after-ms": str(ttl_ms)}
    if kind in ("requests", "tokens"):
        unit = "requests per min (RPM)" if kind == "requests" else "tokens per min (TPM)"
        message = (f"Rate limit reached for {subject} on {unit}: Limit {take.limit}, Used {used}, "
                   f"Requested {max(take.amount, 1)}. Please try again in {wait}.")
        return GatewayError(message, 429, kind, "rate_limit_exceeded", None,
                            {**headers, **retry})
    budget = (take.limit or 0) / MICRO
    period = "today (UTC)" if kind == "day" else "this month (UTC)"
    message = (f"You exceeded your current quota: {subject} has spent ${used / MICRO:.4f} of its "
               f"${budget:g} budget for {period}; it resets in {wait}.")
    # retrying within the client's usual backoff cannot help: tell the openai SDK so
    return GatewayError(message, 429, "insufficient_quota", "insufficient_quota", None,
                        {**headers, **retry, "x-should-retry": "false"})


class Limiter:
    def __init__(self, config: LimitsConfig, counters: Counters) -> None:
        self.config = config
        self.counters = counters

    def subjects(self, key: ApiKey, model: str) -> list[Subject]:
        return [Subject("key", key.key_id, self.config.for_key(key.key_id)),
                Subject("app", key.app, self.config.apps.get(key.app) or Limit()),
                Subject("model", model, self.config.models.get(model) or Limit())]

    async def reserve(self, key: ApiKey, model: str, tokens: int) -> Reservation | None:
        """Count this request or refuse it (a GatewayError). ``None``: the counters could not
        be reached and ``on_unavailable`` is ``allow``."""
        subjects = self.subjects(key, model)
        takes = _takes(subjects, tokens, Periods.now())
        try:
            verdict = await self.counters.reserve(takes)
        except Exception as exc:  # noqa: BLE001 - Redis down, timeout: the setting decides
            log.warning("limits_unavailable", error=f"{type(exc).__name__}: {exc}")
            if self.config.on_unavailable == "refuse":
                raise unavailable("Rate-limit counters are unavailable; retry later.",
                                  "limits_unavailable") from None
            return None
        headers = _headers(takes, verdict)
        if verdict.refused is not None:
            i = verdict.refused
            take = takes[i]
            ttl = verdict.ttl_ms[i] or take.ttl_ms
            raise _refusal(subjects[i // PER_SUBJECT], _KIND[i % PER_SUBJECT], take,
                           verdict.values[i], ttl, headers)
        return Reservation(subjects, tokens, headers)

    async def settle(self, reservation: Reservation, tokens: int, cost_usd: float) -> None:
        """Replace the token estimate with the real count; add the cost."""
        p = Periods.now()
        delta = tokens - reservation.tokens
        micro = int(round(cost_usd * MICRO))
        adds: list[tuple[str, int, int]] = []
        for s in reservation.subjects:
            adds += [(s.counter("tpm"), delta, 0), (s.counter(f"tok:d:{p.day}"), delta, p.day_ms),
                     (s.counter(f"usd:d:{p.day}"), micro, p.day_ms),
                     (s.counter(f"usd:m:{p.month}"), micro, p.month_ms)]
        try:
            await self.counters.settle(adds)
        except Exception as exc:  # noqa: BLE001 - the answer is out; usage is best effort now
            log.warning("limits_settle_failed", error=f"{type(exc).__name__}: {exc}")

    async def usage(self, subjects: list[Subject]) -> list[dict[str, Any]]:
        """Each subject's counters now, with its limits (``GET /admin/v1/usage``)."""
        p = Periods.now()
        names = ["rpm", "tpm", f"req:d:{p.day}", f"tok:d:{p.day}", f"usd:d:{p.day}",
                 f"usd:m:{p.month}"]
        values = await self.counters.read([s.counter(n) for s in subjects for n in names])
        out = []
        for n, s in enumerate(subjects):
            (rpm, rpm_ttl), (tpm, tpm_ttl), (req, _), (tok, _), (day, _), (month, _) = \
                values[n * PER_SUBJECT:(n + 1) * PER_SUBJECT]
            lim = s.limit
            out.append({
                "scope": s.scope, "id": s.id,
                "requests_this_minute": {"used": rpm, "limit": lim.requests_per_minute,
                                         "resets_in": reset_text(rpm_ttl) if rpm_ttl else None},
                "tokens_this_minute": {"used": tpm, "limit": lim.tokens_per_minute,
                                       "resets_in": reset_text(tpm_ttl) if tpm_ttl else None},
                "requests_today": req, "tokens_today": tok,
                "cost_today_usd": {"used": day / MICRO, "limit": lim.cost_per_day_usd},
                "cost_this_month_usd": {"used": month / MICRO, "limit": lim.cost_per_month_usd},
            })
        return out

    async def aclose(self) -> None:
        await self.counters.aclose()
