"""The policy's pipeline stages.

- ``PolicyBindStage`` (first input stage): picks the app's policy from the active set, pins that
  runtime to the request (in-flight requests keep it across a reload) and sets
  ``ctx.state["policy"] = {"name", "version", "mode"}``. Later stages (PII) read the pinned policy.
- ``PolicyInputStage`` (after PII): runs input checks over every upstream text but the model's
  own earlier turns; block -> HTTP 400 ``content_policy_violation``.
- ``PolicyOutputStage`` (first output stage, so it sees placeholders, never restored PII): on a
  stream it holds text back to a sentence boundary, checks, then releases; block ->
  ``finish_reason: "content_filter"``; revise -> one re-ask of the upstream through ``Reviser``.
"""

from __future__ import annotations

import copy
import hashlib
import re
from typing import TYPE_CHECKING, Any, Awaitable, Callable

import structlog

from gateway.context import Finding, GenerationContext
from gateway.errors import GatewayError, policy_violation
from gateway.pipeline.stages import Channel, ContentFiltered, TextTransform
from gateway.pipeline.texts import text_slots
from gateway.policy.engine import Decision, PolicyRuntime, rule_id, strongest

if TYPE_CHECKING:
    from gateway.policy.registry import PolicyRegistry

log = structlog.get_logger("candor.policy")

STATE = "policy"  # public: {"name", "version", "mode", ...}
RUNTIME = "policy_runtime"  # private: the PolicyRuntime pinned to this request
HANDOFF = "policy_handoff"

# A sentence ends at . ! ? or an ellipsis (with closing quotes/brackets) before whitespace, or at
# a line break. Text with no boundary is released anyway past this many characters.
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+|\n")
MAX_HOLD = 400

# Reviser: (ctx, draft, findings) -> revised text, or None when it could not revise.
Reviser = Callable[[GenerationContext, str, list[Finding]], Awaitable[str | None]]


def pinned(ctx: GenerationContext) -> PolicyRuntime | None:
    return ctx.state.get(RUNTIME)


def policy_section(ctx: GenerationContext, name: str) -> Any:
    """The pinned policy's section (``"pii"``, ``"disclosure"``...) for other stages, or None.

    Stages of other features read their config here, so a reload never changes it mid-request.
    """
    runtime = pinned(ctx)
    return getattr(runtime.policy.model, name, None) if runtime is not None else None


def _record(ctx: GenerationContext, decision: Decision) -> None:
    ctx.findings.extend(decision.findings)
    state = ctx.state.setdefault(STATE, {})
    for f in decision.findings:
        if f.action == "allow":
            continue
        if f.enforced:
            ctx.add_action(f.action)
        else:
            would = state.setdefault("monitored", [])
            if f.action not in would:
                would.append(f.action)
    if ctx.actions:
        ctx.response_headers["X-Candor-Actions"] = ",".join(ctx.actions)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def config_for(section: str, default: Any) -> Callable[[GenerationContext], Any]:
    """A ``ctx -> config`` resolver for a feature stage, e.g.
    ``PIIStage(service, config_for("pii", DEFAULT_PII_CONFIG))``: the pinned policy's section,
    or the feature's default when the policy has none."""

    def resolve(ctx: GenerationContext) -> Any:
        value = policy_section(ctx, section)
        return default if value is None else value

    return resolve


class PolicyBindStage:
    name = "policy_bind"

    def __init__(self, registry: "PolicyRegistry") -> None:
        self.registry = registry

    def bind(self, ctx: GenerationContext) -> PolicyRuntime:
        active = self.registry.active  # one read: the whole request uses this set
        runtime = active.runtime_for(ctx.app, ctx.policy_name)
        if runtime is None:
            name = active.set.binding(ctx.app, ctx.policy_name)
            log.warning("policy_not_loaded", app=ctx.app, policy=name, key_id=ctx.key.key_id)
            raise GatewayError(
                f"This API key (app {ctx.app!r}) is bound to policy {name!r}, which is not "
                "loaded. Ask the gateway administrator to fix the key or the policies.",
                403, "permission_error", "policy_not_found")
        ctx.state[RUNTIME] = runtime
        ctx.state[STATE] = runtime.info()
        ctx.response_headers["X-Candor-Policy-Version"] = runtime.version
        return runtime

    async def on_request(self, ctx: GenerationContext, request: dict[str, Any]) -> None:
        if pinned(ctx) is None:
            self.bind(ctx)


class PolicyInputStage:
    name = "policy"

    def __init__(self, registry: "PolicyRegistry") -> None:
        self.binder = PolicyBindStage(registry)

    async def on_request(self, ctx: GenerationContext, request: dict[str, Any]) -> None:
        runtime = pinned(ctx) or self.binder.bind(ctx)
        decision = Decision()
        slots = [s for s in text_slots(request) if s.role != "assistant"]
        last_user = max((i for i, s in enumerate(slots) if s.role == "user"), default=-1)
        for i, slot in enumerate(slots):
            d = runtime.scan(slot.text, "input", ctx, request,
                             {"role": slot.role, "path": slot.path, "last_user": i == last_user})
            decision.findings.extend(d.findings)
            if d.fixes:
                slot.set(d.fixes[-1])
        decision.findings = _dedupe(decision.findings)
        _record(ctx, decision)
        action = decision.action
        if action == "block":
            ids = decision.rule_ids(["block"])
            # Rule ids and categories only: never the text that matched.
            err = policy_violation(
                f"The request was blocked by policy {runtime.name!r} "
                f"(rules: {', '.join(ids)}).", ids)
            err.headers["X-Candor-Actions"] = ",".join(ctx.actions)
            err.headers["X-Candor-Policy-Version"] = runtime.version
            raise err
        enforced = {f.action for f in decision.enforced}
        if "company_voice" in enforced:
            voice = (runtime.policy.model.ghostwriting.company_voice
                     if runtime.policy.model.ghostwriting else None) or "the company"
            _steer(request, f"Write this message in the voice of {voice} and sign it as {voice}. "
                            "Do not sign it in any individual person's name.")
        if "handoff" in enforced:
            esc = runtime.policy.model.escalation
            ctx.state[HANDOFF] = esc.handoff_message if esc else ""
        if "revise" in enforced:
            # A request that asks for manipulative copy: steer the model away up front; the
            # output check still verifies the answer.
            cats = sorted({f.category.replace("_", " ") for f in decision.enforced
                           if f.action == "revise"})
            _steer(request, "Do not use manipulative persuasion in this copy ("
                            + ", ".join(cats) + "). State only true facts given in the request.")
        escalate = [f for f in decision.enforced
                    if f.check == "frustration" or f.category == "frustration"]
        if escalate:
            ctx.response_headers["X-Candor-Escalate"] = "human"
            ctx.state.setdefault("escalation", {}).update(
                {"action": strongest(f.action for f in escalate),
                 "rule_ids": list(dict.fromkeys(rule_id(f) for f in escalate))})


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """A finding about the request as a whole (no span: metadata such as on_behalf_of) can come
    back once per scanned text; keep one."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for f in findings:
        if f.span is None:
            key = (f.check, f.category, f.rule_id, f.message)
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def _steer(request: dict[str, Any], instruction: str) -> None:
    messages = request.get("messages")
    if isinstance(messages, list):
        messages.insert(0, {"role": "system", "content": instruction})


class PolicyOutputStage:
    name = "policy"

    def __init__(self, reviser: Reviser | None = None) -> None:
        self.reviser = reviser

    def open(self, ctx: GenerationContext, channel: Channel) -> TextTransform | None:
        runtime = pinned(ctx)
        if runtime is None or channel.kind != "content":
            return None  # tool-call arguments are JSON for programs, not copy for people
        if HANDOFF in ctx.state:
            return _Handoff(ctx.state[HANDOFF])
        if not runtime.sections and not runtime.validators:
            return None
        return _OutputCheck(ctx, runtime, self.reviser)


class _Handoff:
    """The customer is handed to a human: the model's answer is replaced by the policy's text."""

    def __init__(self, message: str) -> None:
        self.message = message

    async def feed(self, text: str) -> str:
        return ""

    async def finish(self) -> str:
        return self.message


class _OutputCheck:
    def __init__(self, ctx: GenerationContext, runtime: PolicyRuntime,
                 reviser: Reviser | None) -> None:
        self.ctx = ctx
        self.runtime = runtime
        self.reviser = reviser
        self.buffer = ""
        self.released = ""
        self.whole = not ctx.stream  # a non-streamed answer is checked (and revised) whole

    async def feed(self, text: str) -> str:
        self.buffer += text
        if self.whole:
            return ""
        cut = 0
        for m in _BOUNDARY.finditer(self.buffer):
            cut = m.end()
        if not cut and len(self.buffer) > MAX_HOLD:
            cut = self.buffer.rfind(" ") + 1 or len(self.buffer)
        if not cut:
            return ""
        part, self.buffer = self.buffer[:cut], self.buffer[cut:]
        return await self._check(part, final=False)

    async def finish(self) -> str:
        part, self.buffer = self.buffer, ""
        return await self._check(part, final=True) if part else ""

    def _scan(self, text: str, final: bool) -> Decision:
        return self.runtime.scan(text, "output", self.ctx, self.ctx.upstream_request,
                                 {"before": self.released, "final": final})

    async def _check(self, part: str, final: bool) -> str:
        decision = self._scan(part, final)
        _record(self.ctx, decision)
        action = decision.action
        if action == "revise":
            part = await self._revise(part, decision, final)
        elif action == "block":
            raise ContentFiltered(decision.enforced)
        elif decision.fixes:
            part = decision.fixes[-1]
        self.released += part
        return part

    async def _revise(self, draft: str, decision: Decision, final: bool) -> str:
        """One re-ask of the upstream with the findings; the answer must pass, else block.

        Only a whole answer can be revised: on a stream, earlier sentences have already left,
        so a sentence that needs revision ends the stream with content_filter instead.
        """
        findings = decision.enforced
        if not self.whole or self.reviser is None or self.ctx.state.get(STATE, {}).get("revised"):
            raise ContentFiltered(findings)
        revised = await self.reviser(self.ctx, draft, findings)
        state = self.ctx.state.setdefault(STATE, {})
        state["revised"] = {"draft_sha256": _sha(draft),
                            "revised_sha256": _sha(revised) if revised else None,
                            "rules": decision.rule_ids(["revise"])}
        if not revised:
            raise ContentFiltered(findings)
        again = self._scan(revised, final)
        for f in again.findings:
            f.message = f"after revision: {f.message}"
        _record(self.ctx, again)
        if again.action in ("block", "revise"):
            raise ContentFiltered(again.enforced)
        return again.fixes[-1] if again.fixes else revised


class PolicyCompletionHook:
    """Tells stateful checks a generation was not delivered (blocked, filtered, failed), so
    e.g. the frequency check gives the recipient's slot back: only delivered messages count."""

    name = "policy"

    async def on_complete(self, ctx: GenerationContext, outcome: Any) -> None:
        runtime = pinned(ctx)
        if runtime is None:
            return
        delivered = outcome.status == "ok" and (
            not outcome.finish_reasons
            or any(r != "content_filter" for r in outcome.finish_reasons))
        if delivered:
            return
        for section, check, _cfg, _raw in runtime.sections:
            release = getattr(check, "release", None)
            if callable(release):
                try:
                    release(ctx)
                except Exception:  # noqa: BLE001
                    log.exception("policy_release_failed", check=section)


def _revise_note(findings: list[Finding]) -> str:
    """The manipulation check's own instruction when it asked for the revision, else generic."""
    notes = []
    if any(f.check == "manipulation" for f in findings):
        try:
            from gateway.checks.manipulation import revise_instruction

            notes.append(revise_instruction([f for f in findings if f.check == "manipulation"]))
        except (ImportError, AttributeError):
            pass
    others = [f for f in findings if f.check != "manipulation" or not notes]
    if others:
        reasons = "; ".join(f"{rule_id(f)}: {f.message}" for f in others)
        notes.append("Your draft breaks our marketing ethics policy (" + reasons + "). Rewrite "
                     "it so it no longer does, keeping everything else the same.")
    return "\n\n".join(notes) + "\nReply with the rewritten text only."


class UpstreamReviser:
    """The revise hook: re-ask the same model once, with the draft and the rules it broke.

    ``upstream`` is looked up at call time (``services.generator.upstream``) so the hook can be
    built before the generator exists. The re-ask carries placeholders, never raw PII.
    """

    def __init__(self, get_upstream: Callable[[], Any]) -> None:
        self.get_upstream = get_upstream

    async def __call__(self, ctx: GenerationContext, draft: str,
                       findings: list[Finding]) -> str | None:
        base = copy.deepcopy(ctx.upstream_request or {})
        messages = list(base.get("messages") or [])
        if not messages:
            return None
        messages += [{"role": "assistant", "content": draft},
                     {"role": "user", "content": _revise_note(findings)}]
        base["messages"] = messages
        base.pop("n", None)
        try:
            raw, _route = await self.get_upstream().chat(ctx.requested_model, base)
        except GatewayError as err:
            log.warning("policy_revise_failed", error=err.code)
            return None
        choices = raw.get("choices") or []
        content = (choices[0].get("message") or {}).get("content") if choices else None
        return content if isinstance(content, str) and content.strip() else None
