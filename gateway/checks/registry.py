"""The catalogue of built-in checks: the one list the policy schema, the engine and the
guardrails validators are built from (each check declares its name, section and config model
on its class, see base.py).

Adding a check: write its module (a ``Check`` subclass and its config model), then add the
class to ``CATALOG``. docs/extending.md walks through it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from gateway.checks.base import Check
from gateway.checks.frequency import FrequencyCheck, build_counter
from gateway.checks.frustration import FrustrationCheck
from gateway.checks.ghostwriting import GhostwritingCheck
from gateway.checks.manipulation import ManipulationCheck
from gateway.checks.sensitive import SensitiveTopicsCheck
from gateway.secrets import load_or_create_secret

if TYPE_CHECKING:
    from gateway.settings import Settings

CATALOG: tuple[type[Check], ...] = (
    SensitiveTopicsCheck,
    GhostwritingCheck,
    ManipulationCheck,
    FrequencyCheck,
    FrustrationCheck,
)

# The checks that need nothing but their config, ready to use (tests, benchmarks, validators).
CHECKS: dict[str, Check] = {cls.name: cls() for cls in CATALOG if cls is not FrequencyCheck}


def config_model(name: str) -> type[BaseModel]:
    """The model of the config that check ``name``'s ``scan`` takes."""
    cls = next(c for c in CATALOG if c.name == name)
    return cls.scan_config_model or cls.config_model


def build_checks(settings: "Settings") -> dict[str, Check]:
    """Every built-in check, by name, for a gateway with these settings. The frequency check's
    counter lives where the settings say (``frequency_backend``: SQLite under ``data_dir`` or
    Redis at ``redis_url``); recipient ids are hashed with the deployment's salt."""
    checks: dict[str, Check] = dict(CHECKS)
    counter = build_counter(settings.frequency_backend, settings.data_dir, settings.redis_url,
                            settings.frequency_prefix)
    salt = (settings.frequency_salt.encode() if settings.frequency_salt
            else load_or_create_secret(Path(settings.data_dir) / "frequency.salt"))
    checks[FrequencyCheck.name] = FrequencyCheck(counter, salt=salt)
    return checks
