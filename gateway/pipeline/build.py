"""The order of stages. Features add their stage here; the HTTP layer never changes for them.

Input:  (normalise) -> PII pseudonymisation -> policy checks
Output: policy checks -> PII restore -> disclosure -> invisible mark
Hooks:  metrics/log line -> audit record (last: it records what the others decided)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from gateway.pipeline.observe import ObserveHook
from gateway.pipeline.stages import CompletionHook, InputStage, OutputStage, Pipeline

if TYPE_CHECKING:
    from gateway.services import Services


def build_pipeline(services: "Services") -> Pipeline:
    inputs: list[InputStage] = []
    outputs: list[OutputStage] = []
    hooks: list[CompletionHook] = []
    resolve = None
    if services.policies is not None:
        # Bind first: later stages read the pinned policy's sections (pii, disclosure...).
        # The hook gives stateful checks (the contact-frequency counter) their slot back when
        # nothing was delivered.
        from gateway.policy.stages import (
            PolicyBindStage,
            PolicyCompletionHook,
            PolicyInputStage,
            PolicyOutputStage,
            UpstreamReviser,
            config_for,
        )

        resolve = config_for
        inputs.append(PolicyBindStage(services.policies))
        # Output checks run first, before placeholders are restored and marks are added.
        outputs.append(PolicyOutputStage(UpstreamReviser(lambda: services.generator.upstream)))
        hooks.append(PolicyCompletionHook())
    from gateway.audit.recipients import load_or_create_salt
    from gateway.pipeline.identity import UserIdStage

    settings = services.settings
    inputs.append(UserIdStage(load_or_create_salt(settings.data_dir / "recipient.salt",
                                                  settings.audit_recipient_salt)))
    if services.pii is not None:
        # PII first on input (nothing after it sees originals); restore after the output checks.
        from gateway.pii.stage import PIIInputStage, PIIOutputStage, config_for_settings

        # An operator's settings.pii_config forces one config for the whole deployment;
        # otherwise each request gets its pinned policy's `pii:` section.
        pii_config = config_for_settings(services.settings)
        if resolve is not None and not services.settings.pii_config:
            pii_config = _policy_or(resolve("pii", None), pii_config)
        inputs.append(PIIInputStage(services.pii, pii_config))
        outputs.append(PIIOutputStage(pii_config))
    hooks.append(ObserveHook(services.settings.log_prompts))
    if services.marking is not None:  # headers (input), disclosure + mark (last output), index
        from gateway.marking.config import DEFAULT_MARKING
        from gateway.marking.stage import MarkingStage

        marking = (MarkingStage(services, resolve("disclosure", DEFAULT_MARKING)) if resolve
                   else MarkingStage(services))
        inputs.append(marking)
        outputs.append(marking)
        hooks.append(marking)
    if services.policies is not None:
        inputs.append(PolicyInputStage(services.policies))  # sees placeholders, never originals
    if services.audit is not None:  # last: it records what every other stage decided
        from gateway.audit.hook import AuditHook

        hooks.append(AuditHook(services.audit))
    return Pipeline(inputs, outputs, hooks)


def _policy_or(from_policy: Callable[[Any], Any], fallback: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The pinned policy's section when it has one, else the settings-wide default."""

    def resolve(ctx: Any) -> Any:
        value = from_policy(ctx)
        return fallback(ctx) if value is None else value

    return resolve
