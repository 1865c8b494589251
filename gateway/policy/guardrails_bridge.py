"""guardrails-ai, offline: telemetry off, no remote inference, validators called directly.

``Validator.__init__`` reads ``settings.rc.enable_metrics`` to decide whether to post hub
telemetry, so the settings must be fixed before any validator is built: ``configure()`` does
that, and ``build_validator`` calls it. We call ``Validator.validate`` ourselves (no Guard), which
skips guardrails' call tracing and history as well.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

_configured = False


def configure() -> None:
    """Idempotent: no metrics, no remote inferencing, no tracing, no guard history."""
    global _configured
    if _configured:
        return
    os.environ.setdefault("GUARD_HISTORY_ENABLED", "false")
    from guardrails.classes.rc import RC
    from guardrails.settings import settings

    rc = settings.rc or RC()
    rc.enable_metrics = False
    rc.use_remote_inferencing = False
    settings.rc = rc
    settings.disable_tracing = True
    _configured = True


def import_object(path: str) -> Any:
    """``pkg.mod:Name`` or ``pkg.mod.Name``."""
    if ":" in path:
        module, _, attr = path.partition(":")
    else:
        module, _, attr = path.rpartition(".")
    if not module or not attr:
        raise ValueError(f"{path!r} is not an import path like 'package.module:ValidatorClass'")
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise ValueError(f"cannot import {module!r}: {exc}") from None
    try:
        return getattr(mod, attr)
    except AttributeError:
        raise ValueError(f"module {module!r} has no {attr!r}") from None


def build_validator(path: str, params: dict[str, Any], on_fail: str | None = None) -> Any:
    configure()
    from guardrails.validator_base import Validator

    cls = import_object(path)
    if not (isinstance(cls, type) and issubclass(cls, Validator)):
        raise ValueError(f"{path!r} is not a guardrails Validator class")
    # Our engine decides what a failure does; guardrails' own on_fail stays 'noop'.
    try:
        return cls(on_fail="noop", **params)
    except TypeError as exc:
        raise ValueError(f"bad params for {path}: {exc}") from None


def run_validator(validator: Any, text: str, metadata: dict[str, Any]) -> tuple[bool, str, str | None]:
    """(passed, error message, fix value) from ``Validator.validate``."""
    result = validator.validate(text, metadata)
    # guardrails has two FailResult classes (guardrails_ai.types and guardrails.classes): read
    # the outcome instead of testing the type.
    outcome = getattr(result, "outcome", None)
    if str(getattr(outcome, "value", outcome)).lower() == "fail":
        fix = getattr(result, "fix_value", None)
        fix = fix if isinstance(fix, str) else None
        return False, getattr(result, "error_message", None) or "validator failed", fix
    return True, "", None
