"""``candor policy test``: policy test cases run through the engine, no model called.

Test files live in ``<policies>/tests/*.yaml``::

    policy: default                  # the policy under test (or per case: policy:)
    cases:
      - name: blocks a loyalty number pasted into a prompt
        app: newsletter-tool         # optional: the app (apps bindings apply), default: policy name
        request:                     # an OpenAI chat request: messages, metadata
          messages: [{role: user, content: "..."}]
          metadata: {consent: "health", channel: email}
        output: "..."                # optional: a model reply to run the output checks on
        revised: "..."               # optional: what the model answers when asked to revise
        requires: [sensitive_topics] # optional: skip unless these checks are installed
        expect:
          decision: block            # allow | flag | review | fix | company_voice | revise | handoff | block
          findings: [no-loyalty-ids] # rule ids, categories or check.category that must be found
          absent: [pregnancy]        # ... and ones that must not
          monitored: block           # the strongest action monitor mode recorded but did not take
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from gateway.checks.frequency import FrequencyCheck
from gateway.checks.registry import CHECKS
from gateway.context import GenerationContext, read_metadata
from gateway.errors import GatewayError
from gateway.keys import ApiKey
from gateway.models_config import ModelRoute
from gateway.pii.stage import PIIService, PIIStage
from gateway.pipeline.stages import Channel, ContentFiltered, LocalReply
from gateway.policy.engine import ACTION_RANK, PolicyRuntime, rule_id, strongest
from gateway.policy.loader import PolicyLoadError, load_policy_set
from gateway.policy.stages import PolicyRun


@dataclass
class CaseResult:
    file: str
    name: str
    passed: bool
    problems: list[str] = field(default_factory=list)
    decision: str = ""
    skipped: str = ""  # why the case did not run (a check it needs is not installed)


def _matches(expected: str, findings: list[Any]) -> bool:
    return any(expected in (f.rule_id, f.category, f.check, f"{f.check}.{f.category}",
                            rule_id(f)) for f in findings)


async def run_case(runtimes: dict[str, PolicyRuntime], apps: dict[str, str],
                   default_policy: str | None, case: dict[str, Any], file: str,
                   pii: PIIStage | None = None) -> CaseResult:
    """One case through the stages the live gateway runs before and after the model: the PII
    stage (names become placeholders the checks must see through), then the policy's checks;
    the case's ``output`` is what the model would answer, so it is pseudonymised the same way."""
    name = str(case.get("name") or "(unnamed)")
    policy = case.get("policy") or default_policy
    app = str(case.get("app") or policy or "policy-test")
    policy = apps.get(app, policy)
    if policy not in runtimes:
        return CaseResult(file, name, False, [f"unknown policy {policy!r}"])
    runtime = runtimes[policy]
    missing = [c for c in case.get("requires") or [] if c not in runtime.checks]
    if missing:
        return CaseResult(file, name, True, skipped=f"needs check {', '.join(missing)}")
    request = dict(case.get("request") or {})
    key = ApiKey("policy-test", app, frozenset({"generate"}), policy, "")
    ctx = GenerationContext(endpoint="chat.completions", key=key, requested_model="policy-test",
                            route=ModelRoute(alias="policy-test", model="candor/echo"),
                            stream=bool(case.get("stream")),
                            **read_metadata(request, {}))
    ctx.policy = runtime
    upstream = {k: v for k, v in request.items() if k not in ("metadata", "model", "stream")}
    blocked = False

    async def reviser(ctx: GenerationContext, draft: str, findings: list[Any]) -> str | None:
        revised = case.get("revised")
        return revised if isinstance(revised, str) else None

    run = PolicyRun(ctx, runtime, reviser)
    pii_run = pii.start(ctx) if pii is not None else None
    handed_off = False
    try:
        if pii_run is not None:
            await pii_run.on_request(upstream)
        await run.on_request(upstream)
    except GatewayError as err:
        if err.code != "content_policy_violation":
            return CaseResult(file, name, False, [f"error: {err.message}"])
        blocked = True
    except LocalReply:  # a person answers: the model (and the output checks) never run
        handed_off = True
    ctx.upstream_request = upstream
    if not blocked and not handed_off and isinstance(case.get("output"), str):
        transform = run.open(Channel())
        if transform is not None:
            try:
                text = case["output"]
                if pii_run is not None:  # the model sees, and so writes, placeholders
                    text = pii_run.for_storage(text)
                if ctx.stream:  # feed word by word, like a stream
                    for word in text.split(" "):
                        await transform.feed(word + " ")
                else:
                    await transform.feed(text)
                await transform.finish()
            except ContentFiltered:
                blocked = strongest(a for a in ctx.actions if a in ACTION_RANK) == "block"
    # the policy's own actions (the PII stage adds pii.* actions of its own)
    decision = "block" if blocked else strongest(a for a in ctx.actions if a in ACTION_RANK)
    expect = case.get("expect") or {}
    problems = []
    want = expect.get("decision")
    if want is not None and want != decision:
        problems.append(f"expected decision {want}, got {decision}")
    for e in expect.get("findings") or []:
        if not _matches(str(e), ctx.findings):
            problems.append(f"missing finding {e!r}")
    for e in expect.get("absent") or []:
        if _matches(str(e), ctx.findings):
            problems.append(f"unexpected finding {e!r}")
    if "monitored" in expect:
        got = strongest(run.monitored)
        if got != expect["monitored"]:
            problems.append(f"expected monitored {expect['monitored']}, got {got}")
    if problems:
        seen = ", ".join(sorted({rule_id(f) + ("" if f.enforced else "(monitor)")
                                 for f in ctx.findings})) or "none"
        problems.append(f"findings: {seen}")
    return CaseResult(file, name, not problems, problems, decision)


class _NoCounter:
    """Policy tests count nothing: every recipient is under its cap."""

    def acquire(self, key: str, limit: int, window: float, member: str,
                now: float | None = None) -> tuple[bool, int]:
        return True, 1

    def release(self, key: str, member: str) -> None:
        return None

    async def aacquire(self, key: str, limit: int, window: float, member: str,
                       now: float | None = None) -> tuple[bool, int]:
        return True, 1

    async def arelease(self, key: str, member: str) -> None:
        return None

    def count(self, key: str, window: float, now: float | None = None) -> int:
        return 0

    def close(self) -> None:
        return None


def _offline_checks() -> dict[str, Any]:
    return {**CHECKS, FrequencyCheck.name: FrequencyCheck(_NoCounter())}


def find_test_files(path: Path) -> tuple[Path, list[Path]]:
    """(policies directory, test files) for a policies dir, a tests dir or one test file."""
    if path.is_file():
        return path.parent.parent, [path]
    if path.name == "tests":
        return path.parent, sorted(path.glob("*.y*ml"))
    return path, sorted((path / "tests").glob("*.y*ml"))


def run_tests(path: Path, with_pii: bool = True) -> tuple[list[CaseResult], list[str]]:
    """All cases under ``path``; the second list holds load errors (policies or test files).
    ``with_pii``: run the PII stage as the gateway does (loads the spaCy model, ~3 s)."""
    policies_dir, files = find_test_files(path)
    try:
        pset = load_policy_set(policies_dir)
    except PolicyLoadError as exc:
        return [], [str(e) for e in exc.errors]
    checks = _offline_checks()
    runtimes = {n: PolicyRuntime(rp, checks) for n, rp in pset.policies.items()}
    results: list[CaseResult] = []
    errors: list[str] = []

    async def run_all() -> None:
        service = PIIService(cache_size=1024) if with_pii else None
        if service is not None:
            await service.start()
        pii = PIIStage(service) if service is not None else None
        for file in files:
            try:
                doc = yaml.safe_load(file.read_text()) or {}
            except (OSError, yaml.YAMLError) as exc:
                errors.append(f"{file}: {exc}")
                continue
            if not isinstance(doc, dict) or not isinstance(doc.get("cases"), list):
                errors.append(f"{file}: expected a mapping with a 'cases' list")
                continue
            for case in doc["cases"]:
                if not isinstance(case, dict):
                    errors.append(f"{file}: each case must be a mapping")
                    continue
                case = {**case, "requires": [*(doc.get("requires") or []),
                                             *(case.get("requires") or [])]}
                results.append(await run_case(runtimes, pset.apps, doc.get("policy"), case,
                                              str(file), pii))
        if service is not None:
            await service.stop()

    asyncio.run(run_all())
    return results, errors
