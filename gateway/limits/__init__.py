"""Rate limits and spend budgets per key, app and model (docs/limits.md)."""
