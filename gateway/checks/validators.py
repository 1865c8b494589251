"""Each Candor check as a guardrails-ai Validator (``candor/<check>``), for teams' own guards.

Call ``validator.validate(text, metadata)`` directly: never ``Guard.validate`` (it builds a
telemetry-sending Guard and runner). Importing this module switches guardrails' hub telemetry
and remote inference off *before* any Validator is built (the default .guardrailsrc-less RC has
``enable_metrics=True``, which makes every Validator create an OTLP exporter to the hub).

metadata keys (all optional): ``where`` ("input" | "output", default "output"), ``ctx`` (a
GenerationContext; else one is built from ``consent``, ``on_behalf_of``, ``recipient_id``,
``channel``, ``policy``), ``request`` (the OpenAI request, for allowed facts / conversation turns),
``placeholders`` (PII placeholder -> name, for ghost-writing).

Importing guardrails takes seconds (it pulls in its LLM-provider stack); the gateway's own engine
calls the checks directly and does not import this module on the request path.
"""

from __future__ import annotations

from typing import Any, Callable

from guardrails import settings as _gr_settings

_gr_settings.rc.enable_metrics = False  # no hub telemetry spans
_gr_settings.rc.use_remote_inferencing = False  # no remote validator inference
_gr_settings.disable_tracing = True

from guardrails.validators import (  # noqa: E402  (after the settings above, on purpose)
    ErrorSpan,
    FailResult,
    PassResult,
    ValidationResult,
    Validator,
    register_validator,
)

from gateway.checks import frequency as _frequency  # noqa: E402
from gateway.checks import frustration as _frustration  # noqa: E402
from gateway.checks import ghostwriting as _ghost  # noqa: E402
from gateway.checks import manipulation as _manip  # noqa: E402
from gateway.checks import sensitive as _sensitive  # noqa: E402
from gateway.checks.base import CheckInput  # noqa: E402
from gateway.checks.common import standalone_context  # noqa: E402
from gateway.context import Finding  # noqa: E402


def _input(value: Any, metadata: dict[str, Any]) -> CheckInput:
    ctx = metadata.get("ctx") or standalone_context(
        consent=frozenset(metadata.get("consent") or ()), on_behalf_of=metadata.get("on_behalf_of"),
        recipient_id=metadata.get("recipient_id"), channel=metadata.get("channel"),
        policy=metadata.get("policy", "default"))
    extra = {"placeholders": metadata["placeholders"]} if metadata.get("placeholders") else {}
    return CheckInput(text=str(value or ""), where=metadata.get("where", "output"), ctx=ctx,
                      request=metadata.get("request"), extra=extra)


def _result(text: str, findings: list[Finding], fix: Callable[[], str | None] | None = None) -> ValidationResult:
    failing = [f for f in findings if f.action != "allow"]
    meta = {"findings": [f.to_dict() for f in findings]}
    if not failing:
        return PassResult(metadata=meta)
    spans = [ErrorSpan(start=f.span[0], end=f.span[1], reason=f.message) if f.span
             else ErrorSpan(start=0, end=len(text), reason=f.message) for f in failing]
    return FailResult(error_message="; ".join(f.message for f in failing), error_spans=spans,
                      fix_value=fix() if fix else None, metadata=meta)


class _CandorValidator(Validator):
    check: Any
    config_model: Any

    def __init__(self, config: dict[str, Any] | None = None, on_fail: Any = None, **kwargs: Any) -> None:
        super().__init__(on_fail=on_fail, config=config, **kwargs)
        self.config = self.config_model.model_validate(config or {})

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        inp = _input(value, metadata or {})
        return _result(inp.text, self.check.scan(inp, self.config))


@register_validator(name="candor/sensitive_topics", data_type="string")
class SensitiveTopics(_CandorValidator):
    check = _sensitive.CHECK
    config_model = _sensitive.SensitiveTopicsConfig


@register_validator(name="candor/manipulation", data_type="string")
class Manipulation(_CandorValidator):
    check = _manip.CHECK
    config_model = _manip.ManipulationConfig


@register_validator(name="candor/ghostwriting", data_type="string")
class Ghostwriting(_CandorValidator):
    check = _ghost.CHECK
    config_model = _ghost.GhostwritingConfig

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        inp = _input(value, metadata or {})
        findings = self.check.scan(inp, self.config)
        fix = None
        if inp.where == "output" and any(f.action == "company_voice" for f in findings):
            fix = lambda: _ghost.rewrite_signoff(inp.text, self.config, inp.extra.get("placeholders"))  # noqa: E731
        return _result(inp.text, findings, fix)


@register_validator(name="candor/frustration", data_type="string")
class Frustration(_CandorValidator):
    check = _frustration.CHECK
    config_model = _frustration.FrustrationConfig

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        metadata = {"where": "input", **(metadata or {})}
        inp = _input(value, metadata)
        findings = self.check.scan(inp, self.config)
        fix = (lambda: self.config.handoff_message) if self.config.action == "handoff" else None
        return _result(inp.text, findings, fix)


@register_validator(name="candor/contact_frequency", data_type="string")
class ContactFrequency(_CandorValidator):
    """Counts a generation per call (it is a rate limit): pass ``recipient_id`` in metadata."""

    config_model = _frequency.FrequencyConfig

    def __init__(self, config: dict[str, Any] | None = None, on_fail: Any = None, *,
                 backend: str = "sqlite", data_dir: str = "var",
                 redis_url: str = "redis://127.0.0.1:6379/0", prefix: str = "candor:freq:",
                 **kwargs: Any) -> None:
        super().__init__(config=config, on_fail=on_fail, backend=backend, data_dir=data_dir,
                         redis_url=redis_url, prefix=prefix, **kwargs)
        self.check = _frequency.FrequencyCheck(_frequency.build_counter(backend, data_dir, redis_url, prefix))

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        inp = _input(value, {"where": "input", **(metadata or {})})
        return _result(inp.text, self.check.scan(inp, self.config))


VALIDATORS: dict[str, type[Validator]] = {
    "sensitive_topics": SensitiveTopics, "manipulation": Manipulation, "ghostwriting": Ghostwriting,
    "frustration": Frustration, "contact_frequency": ContactFrequency,
}
