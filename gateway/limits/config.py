"""The ``limits:`` settings: what each key, app and model may use.

```yaml
limits:
  backend: redis            # counters shared by replicas; "local": in this process only
  default:                  # every key that `keys` does not name
    requests_per_minute: 600
  keys:
    4f2a9c1e: {requests_per_minute: 60, tokens_per_minute: 40000, cost_per_day_usd: 5}
  apps:
    newsletter: {cost_per_month_usd: 200}    # one budget for all the app's keys
  models:
    gpt-4o: {tokens_per_minute: 200000}     # one bucket for everybody calling the alias
```
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Limit(BaseModel):
    """Unset fields do not limit. Minute windows start at a scope's first request in them."""

    model_config = ConfigDict(extra="forbid")

    requests_per_minute: int | None = Field(default=None, ge=0)
    tokens_per_minute: int | None = Field(default=None, ge=0)
    cost_per_day_usd: float | None = Field(default=None, ge=0)  # UTC calendar day
    cost_per_month_usd: float | None = Field(default=None, ge=0)  # UTC calendar month


class LimitsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # usage is counted (GET /admin/v1/usage) whenever this is on, limits or not
    enabled: bool = True
    # redis: one set of counters for every replica (settings' redis_url); local: per process
    backend: Literal["local", "redis"] = "local"
    redis_prefix: str = "candor:limits:"
    # counters unreachable: allow the request (logged) or refuse it with a 503
    on_unavailable: Literal["allow", "refuse"] = "allow"
    default: Limit = Field(default_factory=Limit)  # every key that `keys` does not name
    keys: dict[str, Limit] = Field(default_factory=dict)  # by key id
    apps: dict[str, Limit] = Field(default_factory=dict)  # one bucket per app (all its keys)
    models: dict[str, Limit] = Field(default_factory=dict)  # per requested model alias

    def for_key(self, key_id: str) -> Limit:
        return self.keys.get(key_id, self.default)
