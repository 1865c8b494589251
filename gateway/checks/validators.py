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
from gateway.checks.base import Check, CheckInput  # noqa: E402
from gateway.checks.common import standalone_context  # noqa: E402
from gateway.checks.registry import CATALOG, CHECKS  # noqa: E402
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
    check: Check
    default_where: str = "output"

    def __init__(self, config: dict[str, Any] | None = None, on_fail: Any = None, **kwargs: Any) -> None:
        super().__init__(on_fail=on_fail, config=config, **kwargs)
        self.config = type(self.check).parse_config(config)

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        inp = _input(value, {"where": self.default_where, **(metadata or {})})
        findings = self.check.scan(inp, self.config)
        return _result(inp.text, findings, lambda: self.check.fix(inp, self.config, findings))


def _validator_for(check: Check) -> type[Validator]:
    """``candor/<check>``, made from the check's declaration (registry.CATALOG)."""
    cls = type(check)
    attrs = {"check": check, "default_where": cls.where[0] if len(cls.where) == 1 else "output",
             "__doc__": f"Candor's {cls.name} check as a guardrails Validator: {cls.description}."}
    made = type(cls.__name__.removesuffix("Check") + "Validator", (_CandorValidator,), attrs)
    return register_validator(name=f"candor/{cls.name}", data_type="string")(made)


@register_validator(name="candor/contact_frequency", data_type="string")
class ContactFrequency(_CandorValidator):
    """Counts a generation per call (it is a rate limit): pass ``recipient_id`` in metadata."""

    default_where = "input"

    def __init__(self, config: dict[str, Any] | None = None, on_fail: Any = None, *,
                 backend: str = "sqlite", data_dir: str = "var",
                 redis_url: str = "redis://127.0.0.1:6379/0", prefix: str = "candor:freq:",
                 **kwargs: Any) -> None:
        self.check = _frequency.FrequencyCheck(
            _frequency.build_counter(backend, data_dir, redis_url, prefix))
        super().__init__(config=config, on_fail=on_fail, backend=backend, data_dir=data_dir,
                         redis_url=redis_url, prefix=prefix, **kwargs)


VALIDATORS: dict[str, type[Validator]] = {
    cls.name: _validator_for(CHECKS[cls.name]) if cls.name in CHECKS else ContactFrequency
    for cls in CATALOG
}
