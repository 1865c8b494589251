"""The built-in checks by name, with their config models (for the policy engine to embed)."""

from __future__ import annotations

import importlib
from typing import Any

from pydantic import BaseModel

# checks without state; contact_frequency needs a counter: see gateway.checks.CHECKS(settings)
STATELESS = ("sensitive_topics", "manipulation", "ghostwriting", "frustration")

_MODULES = {
    "sensitive_topics": ("gateway.checks.sensitive", "SensitiveTopicsConfig"),
    "manipulation": ("gateway.checks.manipulation", "ManipulationConfig"),
    "ghostwriting": ("gateway.checks.ghostwriting", "GhostwritingConfig"),
    "frustration": ("gateway.checks.frustration", "FrustrationConfig"),
    "contact_frequency": ("gateway.checks.frequency", "FrequencyConfig"),
}


class _Lazy(dict):
    def __missing__(self, name: str) -> Any:
        if name not in STATELESS:
            raise KeyError(name)
        module = importlib.import_module(_MODULES[name][0])
        self[name] = module.CHECK
        return module.CHECK


CHECKS: dict[str, Any] = _Lazy()


def config_model(name: str) -> type[BaseModel]:
    module, attr = _MODULES[name]
    return getattr(importlib.import_module(module), attr)
