"""The policy engine: runs the checks a policy enables and turns findings into a decision.

Checks (gateway/checks) only report findings; the engine applies the policy's mode. A finding's
``action`` is what the policy asks for (a check fills it from its config; when it does not, the
engine uses the section's default). The effective mode is the check's (or the sensitive-topic
category's) own ``mode`` if set, else the policy's. In ``monitor`` the finding is recorded with
``enforced=False`` and nothing is blocked or changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Mapping

import anyio
import structlog

from gateway.checks.base import Check, CheckInput
from gateway.context import Finding, GenerationContext
from gateway.policy.loader import ResolvedPolicy
from gateway.policy.safe_regex import Matcher, compile_rule
from gateway.policy.schema import CustomRule

# Sub-categories take their parent's rule when the policy does not name them.
TOPIC_PARENT = {"mental_health": "health", "pregnancy": "health", "bereavement": "life_events",
                "divorce": "life_events"}

log = structlog.get_logger("candor.policy")

# Stronger actions win when several findings ask for different things.
ACTION_RANK = {"allow": 0, "flag": 1, "review": 2, "fix": 3, "company_voice": 4, "revise": 5,
               "handoff": 6, "block": 7}
# Texts longer than this are scanned in a worker thread (the event loop keeps serving others);
# shorter ones inline, where a thread hop would cost more than the scan.
OFF_LOOP_CHARS = 4096
# Actions a check carries out by rewriting the output itself (``Check.fix``).
REWRITES = frozenset({"company_voice"})
# Actions that change (or stop) an answer: output checks must see a sentence before it leaves.
CHANGES_OUTPUT = frozenset({"block", "revise", "company_voice", "fix", "handoff"})
SEVERITY = {"block": "high", "handoff": "medium", "revise": "medium", "company_voice": "medium",
            "review": "medium", "fix": "low", "flag": "low"}


def strongest(actions: Iterable[str]) -> str:
    return max(actions, key=lambda a: ACTION_RANK.get(a, 1), default="allow")


def _compile(pattern: str, case_sensitive: bool) -> Matcher:
    return compile_rule(pattern, case_sensitive)  # linear time: see safe_regex.py (cached)


class KeywordCheck(Check):
    """The ``custom_rules`` of a policy: regular expressions with an id, a place and an action."""

    name: ClassVar[str] = "keyword"
    section: ClassVar[str] = "custom_rules"

    def scan(self, inp: CheckInput, config: list[CustomRule]) -> list[Finding]:
        out = []
        for rule in config:
            if rule.where not in (inp.where, "both"):
                continue
            m = _compile(rule.pattern, rule.case_sensitive).search(inp.text)
            if m:
                out.append(Finding(
                    check="keyword", category=rule.category,
                    severity=SEVERITY.get(rule.action, "low"),
                    message=rule.message or f"matched rule {rule.id}",
                    action=rule.action, rule_id=rule.id, span=(m.start(), m.end()),
                    where=inp.where,
                ))
        return out


KEYWORD = KeywordCheck()


@dataclass
class Decision:
    findings: list[Finding] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)  # replacement text from validators (on_fail fix)

    @property
    def enforced(self) -> list[Finding]:
        return [f for f in self.findings if f.enforced]

    @property
    def action(self) -> str:
        return strongest(f.action for f in self.enforced)

    @property
    def would(self) -> str:
        """What monitor-mode findings would have done."""
        return strongest(f.action for f in self.findings if not f.enforced)

    def rule_ids(self, actions: Iterable[str] | None = None) -> list[str]:
        wanted = set(actions) if actions else None
        ids = [rule_id(f) for f in self.enforced if wanted is None or f.action in wanted]
        return list(dict.fromkeys(ids))


def rule_id(f: Finding) -> str:
    return f.rule_id or f"{f.check}.{f.category}"


class PolicyRuntime:
    """One resolved policy, compiled: the checks to run and each one's config."""

    def __init__(self, policy: ResolvedPolicy, checks: Mapping[str, Check]) -> None:
        """``checks``: check name -> check (gateway/checks/registry.py ``build_checks``); the
        engine's own ``custom_rules`` check is always there."""
        self.policy = policy
        self.checks = {**checks, KEYWORD.name: checks.get(KEYWORD.name, KEYWORD)}
        checks = self.checks
        model = policy.model
        # (section, check, the check's config, the section as written: modes live there)
        self.sections: list[tuple[str, Check, Any, Any]] = []
        for check in checks.values():
            cfg = getattr(model, check.section, None)
            if cfg is not None:
                self.sections.append((check.section, check, check.runtime_config(cfg), cfg))
        self.validators: list[tuple[Any, Any]] = []
        if model.validators:
            from gateway.policy.guardrails_bridge import build_validator

            for spec in model.validators:
                self.validators.append((spec, build_validator(spec.validator, spec.params)))

        self.output_can_change = self._output_can_change()
        # an enforced output rule may hold the answer for a person: streams are held whole
        self.output_can_review = self._output_can_change(frozenset({"review"}))

    @property
    def review_policy(self) -> Any:
        """The policy's ``review:`` section (gateway/review/config.py), or the defaults."""
        from gateway.review.config import DEFAULT_REVIEW

        return self.policy.model.review or DEFAULT_REVIEW

    def _output_can_change(self, actions: frozenset[str] = CHANGES_OUTPUT) -> bool:
        """Can any enforced output rule of this policy change an answer (block it, revise it,
        rewrite it; or, asked with ``{"review"}``, hold it)? If not, a stream's tokens are
        released as they arrive and checked in passing: flag and monitor rules never hold text
        back."""

        model = self.policy.model
        for _section, check, _cfg, raw in self.sections:
            if "output" not in check.where:
                continue
            if isinstance(raw, list):  # custom_rules: each rule has its place and mode
                if any(r.where in ("output", "both") and (r.mode or self.mode) == "enforce"
                       and r.action in actions for r in raw):
                    return True
                continue
            if isinstance(raw, dict):  # sensitive_topics: a mode per category
                if any((rule.mode or self.mode) == "enforce" and rule.action in actions
                       for rule in raw.values()):
                    return True
                continue
            if (raw.mode or self.mode) == "enforce" and check.output_actions(raw) & actions:
                return True
        return any(spec.where in ("output", "both") and (spec.mode or self.mode) == "enforce"
                   and spec.on_fail in actions for spec in model.validators or [])

    @property
    def name(self) -> str:
        return self.policy.name

    @property
    def version(self) -> str:
        return self.policy.version

    @property
    def mode(self) -> str:
        return self.policy.model.mode

    def info(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "mode": self.mode}

    # -- modes and default actions --------------------------------------------------------------

    def _mode_and_action(self, section: str, cfg: Any, f: Finding) -> tuple[str, str]:
        mode = None
        action = f.action
        if isinstance(cfg, dict):  # sensitive_topics: per category, else its parent's rule
            rule = cfg.get(f.category) or cfg.get(TOPIC_PARENT.get(f.category, ""))
            if rule is not None:
                mode = getattr(rule, "mode", None)
                action = action or rule.action
        elif isinstance(cfg, list):  # custom_rules
            rule = next((r for r in cfg if r.id == f.rule_id), None)
            mode = getattr(rule, "mode", None)
        else:
            mode = getattr(cfg, "mode", None)
            action = action or getattr(cfg, "action", None) or ""
            if not action and section == "escalation":
                action = getattr(cfg, "frustration", "") or ""
        return mode or self.mode, action or "flag"

    @staticmethod
    def _consented(cfg: Any, f: Finding, ctx: GenerationContext | None) -> bool:
        """unless_consent: the request's consent list names the category (or 'health' for
        mental_health and pregnancy, which are health data under GDPR Art. 9)."""
        if not isinstance(cfg, dict) or ctx is None:
            return False
        parent = TOPIC_PARENT.get(f.category, "")
        rule = cfg.get(f.category) or cfg.get(parent)
        if rule is None or not rule.unless_consent:
            return False
        return bool({f.category, parent} & ctx.consent)

    # -- scanning ---------------------------------------------------------------------------------

    def new_states(self) -> dict[str, Any]:
        """Per-request state of every check of this policy that keeps one."""
        return {check.name: state for _s, check, _c, _r in self.sections
                if (state := check.new_state()) is not None}

    async def scan(self, text: str, where: str, ctx: GenerationContext,
                   request: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
                   states: Mapping[str, Any] | None = None) -> Decision:
        decision = Decision()
        if not text:
            return decision
        extra = dict(extra or {})
        for section, check, check_cfg, cfg in self.sections:
            if where not in check.where:
                continue
            # scope "request": once per request (input: the latest user message; output: the
            # final piece), e.g. contact frequency; scope "text": every text.
            if check.scope == "request" and not (
                    extra.get("last_user", True) if where == "input"
                    else extra.get("final", True)):
                continue
            inp = CheckInput(text=text, where=where, ctx=ctx, request=request,  # type: ignore[arg-type]
                             extra=extra, state=(states or {}).get(check.name))
            try:
                if check.cpu_bound and len(text) > OFF_LOOP_CHARS:
                    found = await anyio.to_thread.run_sync(check.scan, inp, check_cfg) or []
                else:
                    found = await check.ascan(inp, check_cfg) or []
            except Exception:  # noqa: BLE001 - a broken check must not take requests down
                log.exception("policy_check_failed", check=check.name, policy=self.name)
                continue
            for f in found:
                mode, action = self._mode_and_action(section, cfg, f)
                if section == "sensitive_topics" and self._consented(cfg, f, ctx):
                    action = "allow"
                    f.message = f"{f.message} (allowed: the recipient consented to {f.category})"
                f.action = action
                f.where = where
                f.enforced = mode == "enforce"
                decision.findings.append(f)
            if where == "output" and any(f.enforced and f.action in REWRITES for f in found):
                fixed = check.fix(inp, check_cfg, found)  # e.g. the company voice's sign-off
                if fixed is not None and fixed != text:
                    decision.fixes.append(fixed)
        for spec, validator in self.validators:
            if spec.where not in (where, "both"):
                continue
            from gateway.policy.guardrails_bridge import run_validator

            try:
                if len(text) > OFF_LOOP_CHARS:
                    ok, message, fix = await anyio.to_thread.run_sync(
                        run_validator, validator, text, {"where": where})
                else:
                    ok, message, fix = run_validator(validator, text, {"where": where})
            except Exception:  # noqa: BLE001
                log.exception("policy_validator_failed", validator=spec.id, policy=self.name)
                continue
            if ok:
                continue
            action = spec.on_fail
            if action == "fix" and fix is None:
                action = "flag"
            mode = spec.mode or self.mode
            decision.findings.append(Finding(
                check=f"guardrails:{spec.id}", category=spec.category,
                severity=SEVERITY.get(action, "low"), message=message, action=action,
                rule_id=spec.id, where=where, enforced=mode == "enforce"))
            if action == "fix" and mode == "enforce" and fix is not None:
                decision.fixes.append(fix)
        return decision
