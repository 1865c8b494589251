"""The policy's pipeline stages.

- ``PolicyBindStage`` (first stage): picks the app's policy from the active set and pins that
  runtime to the request as ``ctx.policy`` (in-flight requests keep it across a reload). Later
  stages (PII, marking) read their sections of the pinned policy. It has no run of its own.
- ``PolicyStage`` (last stage, so its input checks see placeholders and its output checks run
  first, before placeholders are restored and marks added): its ``PolicyRun`` holds the
  request's check states and decisions:
  - input: runs the checks over every upstream text but the model's own earlier turns; block ->
    HTTP 400 ``content_policy_violation``; company voice and revise steer the model; escalation
    marks the request for a human (hand-off replaces the answer);
  - output: on a stream, text is held back to a sentence boundary, checked, then released;
    block -> ``finish_reason: "content_filter"``; revise -> one re-ask of the upstream
    (``UpstreamReviser``); company voice -> the check's own rewrite of the text;
  - completion: a generation that was not delivered gives back what checks took (the
    recipient's contact-frequency slot);
  - record: ``policy`` (name, version, mode, what monitor mode would have done, a revision),
    ``escalation``, and each check's own state under its name.
"""

from __future__ import annotations

import copy
import hashlib
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping

import structlog

from gateway.checks.ghostwriting import steer_request
from gateway.checks.manipulation import revise_instruction
from gateway.context import Finding, GenerationContext
from gateway.errors import GatewayError, policy_violation
from gateway.pipeline.stages import (
    Channel,
    ContentFiltered,
    LocalReply,
    Outcome,
    Run,
    TextTransform,
)
from gateway.pipeline.texts import text_slots
from gateway.policy.engine import Decision, PolicyRuntime, rule_id, strongest
from gateway.review.hold import HeldForReview, ReviewHold
from gateway.text import SentenceHold

if TYPE_CHECKING:
    from gateway.policy.registry import PolicyRegistry
    from gateway.upstream.client import Upstream

log = structlog.get_logger("candor.policy")

# How much already-released text the output checks see before each new piece.
RELEASED_TAIL = 400

# Reviser: (ctx, draft, findings) -> revised text, or None when it could not revise.
Reviser = Callable[[GenerationContext, str, list[Finding]], Awaitable[str | None]]


def bind(registry: "PolicyRegistry", ctx: GenerationContext) -> PolicyRuntime:
    """Pin the app's policy to the request, or refuse it (403) when that policy is not loaded."""
    active = registry.active  # one read: the whole request uses this set
    runtime = active.runtime_for(ctx.app, ctx.policy_name)
    if runtime is None:
        name = active.set.binding(ctx.app, ctx.policy_name)
        log.warning("policy_not_loaded", app=ctx.app, policy=name, key_id=ctx.key.key_id)
        raise GatewayError(
            f"This API key (app {ctx.app!r}) is bound to policy {name!r}, which is not "
            "loaded. Ask the gateway administrator to fix the key or the policies.",
            403, "permission_error", "policy_not_found")
    ctx.policy = runtime
    ctx.response_headers["X-Candor-Policy-Version"] = runtime.version
    return runtime


class PolicyBindStage:
    name = "policy_bind"

    def __init__(self, registry: "PolicyRegistry") -> None:
        self.registry = registry

    def start(self, ctx: GenerationContext) -> None:
        if ctx.policy is None:
            bind(self.registry, ctx)
        return None


class PolicyStage:
    name = "policy"

    def __init__(self, reviser: Reviser | None = None, holds: bool = False) -> None:
        self.reviser = reviser
        self.holds = holds  # a review queue takes held answers (else review only flags)

    def start(self, ctx: GenerationContext) -> "PolicyRun | None":
        if ctx.policy is None:
            return None
        return PolicyRun(ctx, ctx.policy, self.reviser, self.holds)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class PolicyRun(Run):
    def __init__(self, ctx: GenerationContext, runtime: PolicyRuntime,
                 reviser: Reviser | None = None, holds: bool = False) -> None:
        self.ctx = ctx
        self.runtime = runtime
        self.reviser = reviser
        self.holds = holds
        self.states: dict[str, Any] = runtime.new_states()
        self.monitored: list[str] = []  # what monitor-mode findings would have done
        self.revised: dict[str, Any] | None = None
        self.escalation: dict[str, Any] | None = None

    async def scan(self, text: str, where: str, request: dict[str, Any] | None,
                   extra: Mapping[str, Any]) -> Decision:
        # the request's people behind their placeholders: ghost-writing sees "Dana Whitfield"
        # where the model (and this text) see <PERSON_1>
        extra = {**extra, "placeholders": self.ctx.person_names}
        return await self.runtime.scan(text, where, self.ctx, request, extra, self.states)

    def note(self, decision: Decision) -> None:
        """Findings to the context; actions taken to ``X-Candor-Actions``."""
        ctx = self.ctx
        ctx.findings.extend(decision.findings)
        for f in decision.findings:
            if f.action == "allow":
                continue
            if f.enforced:
                ctx.add_action(f.action)
            elif f.action not in self.monitored:
                self.monitored.append(f.action)
        if ctx.actions:
            ctx.response_headers["X-Candor-Actions"] = ",".join(ctx.actions)

    # -- input ------------------------------------------------------------------------------

    async def on_request(self, request: dict[str, Any]) -> None:
        runtime = self.runtime
        decision = Decision()
        slots = [s for s in text_slots(request) if s.role != "assistant" and not s.auxiliary]
        last_user = max((i for i, s in enumerate(slots) if s.role == "user"), default=-1)
        for i, slot in enumerate(slots):
            d = await self.scan(slot.text, "input", request,
                                {"role": slot.role, "path": slot.path,
                                 "last_user": i == last_user})
            decision.findings.extend(d.findings)
            if d.fixes:
                slot.set(d.fixes[-1])
        decision.findings = _dedupe(decision.findings)
        self.note(decision)
        if decision.action == "block":
            ids = decision.rule_ids(["block"])
            # Rule ids and categories only: never the text that matched.
            err = policy_violation(
                f"The request was blocked by policy {runtime.name!r} "
                f"(rules: {', '.join(ids)}).", ids)
            err.headers["X-Candor-Actions"] = ",".join(self.ctx.actions)
            err.headers["X-Candor-Policy-Version"] = runtime.version
            raise err
        enforced = {f.action for f in decision.enforced}
        model = runtime.policy.model
        if "company_voice" in enforced and model.ghostwriting is not None:
            steer_request(request, model.ghostwriting)
        escalate = [f for f in decision.enforced if f.check == "frustration"]
        if escalate:
            self.ctx.response_headers["X-Candor-Escalate"] = "human"
            self.escalation = {"to": "human", "reason": "frustration",
                               "action": strongest(f.action for f in escalate),
                               "rule_ids": list(dict.fromkeys(rule_id(f) for f in escalate))}
        review = [f for f in decision.enforced if f.action == "review"]
        if not self.holds:  # no review queue on this gateway: review findings only flag
            review = []
        elif runtime.review_policy.always and runtime.mode == "enforce":
            review.append(Finding(check="review", category="policy", severity="medium",
                                  message=f"policy {runtime.name!r} holds every generation "
                                  "for review", action="review", rule_id="review.always"))
            self.note(Decision(review[-1:]))
        if review or (self.holds and self.ctx.stream and runtime.output_can_review
                      and runtime.review_policy.hold_streams):
            # held for a person (docs/review.md): nothing of the answer leaves before the end
            self.review_hold().findings.extend(review)
        if "handoff" in enforced:
            # A person takes over: the model is not asked; the client gets the policy's fixed
            # text (not AI-generated, so neither labelled nor marked).
            raise LocalReply(model.escalation.handoff_message if model.escalation else "",
                             "handoff")
        if "revise" in enforced:
            # A request that asks for manipulative copy: steer the model away up front; the
            # output check still verifies the answer.
            cats = sorted({f.category.replace("_", " ") for f in decision.enforced
                           if f.action == "revise"})
            _steer(request, "Do not use manipulative persuasion in this copy ("
                            + ", ".join(cats) + "). State only true facts given in the request.")

    def review_hold(self) -> ReviewHold:
        """The request's hold (made on first use), with the policy's review settings."""
        if self.ctx.review is None:
            cfg = self.runtime.review_policy
            self.ctx.review = ReviewHold.new(cfg.expiry_seconds, cfg.waive_disclosure_when_approved,
                                             cfg.webhook_url)
        return self.ctx.review

    # -- output -----------------------------------------------------------------------------

    def open(self, channel: Channel) -> TextTransform | None:
        if channel.kind != "content":
            return None  # tool-call arguments are JSON for programs, not copy for people
        if not self.runtime.sections and not self.runtime.validators and self.ctx.review is None:
            return None
        return _OutputCheck(self, channel)

    # -- completion and record ----------------------------------------------------------------

    async def on_complete(self, outcome: Outcome) -> None:
        if outcome.delivered or outcome.status == "held":  # held: it may still go out
            return
        for _section, check, _cfg, _raw in self.runtime.sections:
            state = self.states.get(check.name)
            if state is None:
                continue
            try:
                await check.release(self.ctx, state)
            except Exception:  # noqa: BLE001 - a counter outage must not lose the record
                log.exception("policy_release_failed", check=check.name)

    def record(self) -> dict[str, Any]:
        policy: dict[str, Any] = self.runtime.info()
        if self.monitored:
            policy["monitored"] = list(self.monitored)
        if self.revised is not None:
            policy["revised"] = self.revised
        out: dict[str, Any] = {"policy": policy}
        if self.ctx.review is not None and self.ctx.review.held:
            out["review"] = self.ctx.review.record()
        if self.escalation is not None:
            state = self.states.get("frustration")
            out["escalation"] = {**self.escalation,
                                 **({"score": state.score, "cues": state.cues}
                                    if state is not None and state.score is not None else {})}
        for _section, check, _cfg, _raw in self.runtime.sections:
            state = self.states.get(check.name)
            rec = check.record(state) if state is not None else None
            if rec is not None:
                out[check.name] = rec
        return out


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


class _OutputCheck:
    """Output checks on one channel. A stream is held back to sentence ends only when an
    enforced rule could change the text; with flag and monitor rules only, tokens leave as they
    arrive and whole sentences are checked in passing (findings and actions are recorded)."""

    def __init__(self, run: PolicyRun, channel: Channel) -> None:
        self.run = run
        self.ctx = run.ctx
        self.channel = channel
        self.hold = SentenceHold()
        self.released = ""
        # a non-streamed answer is checked (and revised) whole; so is a stream that may be held
        # for review (no sentence may leave before the decision to hold)
        self.whole = not run.ctx.stream or run.ctx.review is not None
        runtime = run.runtime
        self.passthrough = (run.ctx.stream and not runtime.output_can_change
                            and not (run.holds and runtime.output_can_review)
                            and run.ctx.review is None)
        # a stream checked sentence by sentence that an output rule may hold: what was
        # released is kept for the draft; once held, the rest is kept back (``rest``)
        self.kept: list[str] | None = (
            [] if run.holds and run.ctx.stream and not self.whole and runtime.output_can_review
            else None)
        self.rest: list[str] | None = None
        self.held_part = ""  # the checked sentence that asked for review

    async def feed(self, text: str) -> str:
        if self.whole:
            self.hold.add(text)
            return ""
        if self.rest is not None:  # held for review mid-stream: nothing more leaves
            self.rest.append(text)
            return ""
        part = self.hold.feed(text)
        if self.passthrough:
            if part:
                await self._check(part, final=False)
            return text
        return await self._check(part, final=False) if part else ""

    async def finish(self) -> str:
        if self.rest is not None:
            await self._hold_rest()
        part = self.hold.flush()
        if not part:
            return ""
        checked = await self._check(part, final=True)
        if self.rest is not None:
            await self._hold_rest()
        hold = self.ctx.review
        if hold is not None and hold.findings and self.whole:
            # held: the checked draft (placeholders, not values) goes to the review queue;
            # the client gets the notice instead
            hold.drafts[self.channel.choice] = checked
            raise HeldForReview(hold.findings, hold.notice())
        return "" if self.passthrough else checked

    async def _hold_rest(self) -> None:
        """End a stream held mid-way: the rest is still checked (a block wins over review),
        then the whole draft goes to the review queue and the client gets the notice."""
        assert self.rest is not None and self.kept is not None
        rest = "".join(self.rest)
        decision = await self._scan(rest, True) if rest else Decision()
        self.run.note(decision)
        if decision.action == "block":
            raise ContentFiltered(decision.enforced)
        hold = self.run.review_hold()
        hold.drafts[self.channel.choice] = "".join(self.kept) + self.held_part + rest
        raise HeldForReview(hold.findings, hold.notice())

    async def _scan(self, text: str, final: bool) -> Decision:
        return await self.run.scan(text, "output", self.ctx.upstream_request,
                                   {"before": self.released, "final": final})

    async def _check(self, part: str, final: bool) -> str:
        decision = await self._scan(part, final)
        self.run.note(decision)
        action = decision.action
        if action == "revise":
            part = await self._revise(part, decision, final)
        elif action == "block":
            raise ContentFiltered(decision.enforced)
        elif decision.fixes:
            part = decision.fixes[-1]
        review = [f for f in decision.enforced if f.action == "review"] if self.run.holds else []
        if review and (self.whole or self.kept is not None or self.ctx.review is not None):
            hold = self.run.review_hold()
            hold.findings.extend(f for f in review if f not in hold.findings)
            if not self.whole and self.kept is not None and self.rest is None:
                # mid-stream: this sentence and everything after it wait for the reviewer
                self.held_part, self.rest = part, [self.hold.flush()]
                return ""
        if self.kept is not None:
            self.kept.append(part)
        # only the tail is read (a sign-off split across pieces); keeping all of it would copy
        # the whole answer on every sentence of a long stream
        self.released = (self.released + part)[-RELEASED_TAIL:]
        return part

    async def _revise(self, draft: str, decision: Decision, final: bool) -> str:
        """One re-ask of the upstream with the findings; the answer must pass, else block.

        Only a whole answer can be revised: on a stream, earlier sentences have already left,
        so a sentence that needs revision ends the stream with content_filter instead.
        """
        findings = decision.enforced
        run = self.run
        if not self.whole or run.reviser is None or run.revised is not None:
            raise ContentFiltered(findings)
        revised = await run.reviser(self.ctx, draft, findings)
        run.revised = {"draft_sha256": _sha(draft),
                       "revised_sha256": _sha(revised) if revised else None,
                       "rules": decision.rule_ids(["revise"])}
        if not revised:
            raise ContentFiltered(findings)
        again = await self._scan(revised, final)
        for f in again.findings:
            f.message = f"after revision: {f.message}"
        run.note(again)
        if again.action in ("block", "revise"):
            raise ContentFiltered(again.enforced)
        return again.fixes[-1] if again.fixes else revised


def _revise_note(findings: list[Finding]) -> str:
    """The manipulation check's own instruction when it asked for the revision, else generic."""
    notes = []
    if any(f.check == "manipulation" for f in findings):
        notes.append(revise_instruction([f for f in findings if f.check == "manipulation"]))
    others = [f for f in findings if f.check != "manipulation" or not notes]
    if others:
        reasons = "; ".join(f"{rule_id(f)}: {f.message}" for f in others)
        notes.append("Your draft breaks our marketing ethics policy (" + reasons + "). Rewrite "
                     "it so it no longer does, keeping everything else the same.")
    return "\n\n".join(notes) + "\nReply with the rewritten text only."


class UpstreamReviser:
    """The revise hook: re-ask the same model once, with the draft and the rules it broke.
    The re-ask carries placeholders, never raw PII."""

    def __init__(self, upstream: "Upstream") -> None:
        self.upstream = upstream

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
            raw, _route = await self.upstream.chat(ctx.requested_model, base)
        except GatewayError as err:
            log.warning("policy_revise_failed", error=err.code)
            return None
        choices = raw.get("choices") or []
        content = (choices[0].get("message") or {}).get("content") if choices else None
        return content if isinstance(content, str) and content.strip() else None
