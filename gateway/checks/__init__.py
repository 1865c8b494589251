"""Candor's ethics checks. ``CHECKS(settings)`` is what the policy engine runs.

Each check: ``scan(CheckInput, config) -> list[Finding]`` (see base.py); config models live next
to each check (``registry.config_model(name)``); guardrails-ai wrappers are in validators.py.
"""

from __future__ import annotations

from typing import Any


def CHECKS(settings: Any = None) -> dict[str, Any]:  # noqa: N802 - the name the engine looks up
    """The built-in checks by name. The frequency check gets its counter from ``settings``
    (``frequency_backend``: sqlite under ``data_dir`` | redis at ``redis_url``)."""
    from gateway.checks import frequency, registry

    if settings is None:
        from gateway.settings import load_settings

        settings = load_settings()
    checks: dict[str, Any] = {name: registry.CHECKS[name] for name in registry.STATELESS}
    counter = frequency.build_counter(getattr(settings, "frequency_backend", "sqlite"),
                                      settings.data_dir,
                                      getattr(settings, "redis_url", "redis://127.0.0.1:6379/0"),
                                      getattr(settings, "frequency_prefix", "candor:freq:"))
    checks[frequency.NAME] = frequency.FrequencyCheck(counter, salt=_salt(settings))
    return checks


def _salt(settings: Any) -> bytes:
    """A per-deployment secret for hashing recipient ids: env CANDOR_FREQUENCY_SALT, else a
    random one kept in <data_dir>/frequency.salt (replicas sharing Redis must share the env)."""
    import os
    import secrets
    from pathlib import Path

    env = os.environ.get("CANDOR_FREQUENCY_SALT")
    if env:
        return env.encode()
    path = Path(settings.data_dir) / "frequency.salt"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_hex(16).encode()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another worker won the race
            return path.read_bytes()
        with os.fdopen(fd, "wb") as f:
            f.write(value)
        return value
