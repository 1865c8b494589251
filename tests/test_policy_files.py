"""Policy files without a gateway: validation (every error kind, with lines), extends and
versions, the JSON Schema, the engine's modes, guardrails validators, and `candor policy test`."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gateway.context import Finding, GenerationContext
from gateway.keys import ApiKey
from gateway.models_config import ModelRoute
from gateway.pipeline.stages import Channel, ContentFiltered
from gateway.checks.base import Check
from gateway.checks.registry import CATALOG, CHECKS
from gateway.policy.engine import PolicyRuntime
from gateway.policy.loader import PolicyLoadError, check_path, load_policy_set
from gateway.policy.registry import PolicyRegistry
from gateway.pipeline.stages import LocalReply
from gateway.policy.stages import PolicyRun
from gateway.errors import GatewayError
from tests.conftest import ROOT


def write(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.write_text(textwrap.dedent(text).lstrip())
    return p


def errors_of(d: Path) -> list[tuple[str, int | None, str]]:
    return [(Path(e.file).name, e.line, e.message) for e in check_path(d, check_validators=True)]


def has(errors, file: str, line: int, *words: str) -> bool:
    return any(f == file and ln == line and all(w in m for w in words) for f, ln, m in errors)


def test_every_error_kind_reported_at_once_with_lines(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", """
        policy: a
        extends: c
        mode: enfroce
        pii:
          entities: [PERSON, EMAIL_ADRESS, LOYALTY]
          treshold: 0.5
          custom_recognizers:
            - {name: LOYALTY, pattern: '([a-z'}
        sensitive_topics:
          helth: {action: block}
          religion: {action: maybe, unless_consent: "perhaps"}
        ghostwriting:
          principals:
            - {name: Dana Whitfield, consent: allowed}
            - {name: "dana  whitfield", consent: never}
            - {name: Sam Ortiz, aliases: [Dana Whitfield]}
        manipulation:
          categories: [false_urgncy]
        contact_frequency: {max: three, per: 7days}
        custom_rules:
          - {id: r1, pattern: '(unclosed'}
          - {id: r1, pattern: 'ok'}
        apps:
          tool: nope
        """)
    write(tmp_path, "b.yaml", "policy: b\nextends: b2\n")
    write(tmp_path, "b2.yaml", "policy: b2\nextends: b\nescalation: {threshold: 2}\n")
    errs = errors_of(tmp_path)
    assert has(errs, "a.yaml", 2, "extends unknown policy 'c'")
    assert has(errs, "a.yaml", 3, "'enfroce'", "did you mean 'enforce'")
    assert has(errs, "a.yaml", 5, "unknown PII entity 'EMAIL_ADRESS'", "EMAIL_ADDRESS")
    assert not any("'LOYALTY'" in m and "unknown PII" in m for _, _, m in errs)  # custom entity
    assert has(errs, "a.yaml", 6, "unknown key 'treshold'", "did you mean 'score_threshold'")
    assert has(errs, "a.yaml", 8, "regular expression")
    assert has(errs, "a.yaml", 10, "unknown category 'helth'", "did you mean 'health'")
    assert has(errs, "a.yaml", 11, "'maybe'", "flag, review, revise, block")
    assert has(errs, "a.yaml", 11, "unless_consent must be true or false")
    assert has(errs, "a.yaml", 15, "duplicate principal")
    assert has(errs, "a.yaml", 16, "duplicate principal 'Dana Whitfield'")
    assert has(errs, "a.yaml", 18, "unknown category 'false_urgncy'", "false_urgency")
    assert has(errs, "a.yaml", 19, "max must be a whole number")
    assert has(errs, "a.yaml", 19, "'7days'")
    assert has(errs, "a.yaml", 21, "bad regular expression in rule 'r1'")
    assert has(errs, "a.yaml", 22, "duplicate rule id 'r1'")
    assert has(errs, "a.yaml", 24, "unknown policy 'nope'")
    assert has(errs, "b.yaml", 2, "cycle", "b -> b2 -> b")
    assert has(errs, "b2.yaml", 3, "less than or equal to 1")


def test_unknown_top_level_key_yaml_error_and_duplicate_key(tmp_path: Path) -> None:
    write(tmp_path, "x.yaml", "policy: x\nmanipulaton: {action: block}\nmode: enforce\nmode: monitor\n")
    write(tmp_path, "y.yaml", "policy: y\ncustom_rules:\n  - {id: a, pattern: 'x'\n")
    errs = errors_of(tmp_path)
    assert has(errs, "x.yaml", 2, "unknown key 'manipulaton'", "did you mean 'manipulation'")
    assert has(errs, "x.yaml", 4, "duplicate key 'mode'")
    assert any(f == "y.yaml" and "not valid YAML" in m and ln for f, ln, m in errs)


def test_check_cli_exit_codes(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "gateway", "policy", "check"]
    ok = subprocess.run(cmd + [str(ROOT / "policies")], capture_output=True, text=True,
                        cwd=ROOT)
    assert ok.returncode == 0, ok.stderr
    assert "default" in ok.stdout and "strict" in ok.stdout
    write(tmp_path, "p.yaml", "policy: p\nmode: sometimes\n")
    bad = subprocess.run(cmd + [str(tmp_path / "p.yaml")], capture_output=True, text=True,
                         cwd=ROOT)
    assert bad.returncode == 1
    assert f"{tmp_path / 'p.yaml'}:2:" in bad.stderr


def test_schema_command_matches_published_file() -> None:
    out = subprocess.run([sys.executable, "-m", "gateway", "policy", "schema"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    schema = json.loads(out)
    assert schema["title"] == "Candor policy"
    assert {"sensitive_topics", "ghostwriting", "manipulation", "contact_frequency",
            "escalation", "disclosure", "custom_rules", "validators", "apps",
            "pii"} <= set(schema["properties"])
    # The published file is regenerated with `candor policy schema --out docs/policy-schema.json`
    # (feature modules embed their own section models, so details follow them).
    published = json.loads((ROOT / "docs" / "policy-schema.json").read_text())
    assert set(published["properties"]) == set(schema["properties"])


def test_extends_merges_and_versions_are_canonical(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", """
        policy: base
        mode: enforce
        manipulation: {action: revise, allowed_facts: ["Sale ends 31 March"]}
        custom_rules: [{id: a, pattern: 'x'}]
        """)
    write(tmp_path, "child.yaml", """
        policy: child
        extends: base
        manipulation: {action: block}
        """)
    pset = load_policy_set(tmp_path)
    child = pset.policies["child"]
    assert child.model.manipulation.action == "block"
    assert child.model.manipulation.allowed_facts == ["Sale ends 31 March"]  # merged
    assert [r.id for r in child.model.custom_rules] == ["a"]  # inherited
    v1 = pset.policies["base"].version
    # Comments, key order and quoting do not change the version; content does.
    write(tmp_path, "base.yaml", """
        # a comment
        custom_rules: [{pattern: "x", id: "a"}]
        manipulation: {allowed_facts: ['Sale ends 31 March'], action: revise}
        mode: enforce
        policy: base
        """)
    assert load_policy_set(tmp_path).policies["base"].version == v1
    write(tmp_path, "base.yaml", "policy: base\nmode: monitor\n")
    again = load_policy_set(tmp_path)
    assert again.policies["base"].version != v1
    assert again.policies["child"].mode == "monitor"  # inherited mode


def default_checks() -> dict[str, Check]:
    return dict(CHECKS)


_RUNS: dict[int, PolicyRun] = {}


def run_of(ctx: GenerationContext, reviser=None) -> PolicyRun:
    """The request's policy run (one per context, as the pipeline makes it)."""
    run = _RUNS.get(id(ctx))
    if run is None or run.ctx is not ctx:
        run = _RUNS[id(ctx)] = PolicyRun(ctx, ctx.policy, reviser)
    if reviser is not None:
        run.reviser = reviser
    return run


class _Flagger(Check):
    """A deterministic stand-in for an ethics check: reports the word 'pushy'."""

    name = "manipulation"
    section = "manipulation"

    def scan(self, inp, config) -> list[Finding]:
        i = inp.text.find("pushy")
        if i < 0:
            return []
        return [Finding("manipulation", "pressured_upsell", "medium", "pushy copy", "",
                        span=(i, i + 5))]


def _ctx(runtime: PolicyRuntime, stream: bool = False) -> GenerationContext:
    key = ApiKey("k1", "app", frozenset({"generate"}), runtime.name, "")
    ctx = GenerationContext("chat.completions", key, "m", ModelRoute(model="candor/echo"),
                            stream=stream)
    ctx.policy = runtime
    return ctx


def test_monitor_records_and_enforce_acts(tmp_path: Path) -> None:
    write(tmp_path, "enf.yaml", """
        policy: enf
        manipulation: {action: block}
        custom_rules:
          - {id: trial, pattern: 'maybe', action: block, mode: monitor}
        """)
    write(tmp_path, "mon.yaml", "policy: mon\nextends: enf\nmode: monitor\n")
    pset = load_policy_set(tmp_path)
    checks = {**default_checks(), "manipulation": _Flagger()}
    enf = PolicyRuntime(pset.policies["enf"], checks)
    mon = PolicyRuntime(pset.policies["mon"], checks)

    async def out(rt: PolicyRuntime, text: str) -> tuple[str | None, GenerationContext]:
        ctx = _ctx(rt)
        t = run_of(ctx).open(Channel())
        try:
            return await t.feed(text) + await t.finish(), ctx
        except ContentFiltered:
            return None, ctx

    text, ctx = asyncio.run(out(enf, "A pushy line."))
    assert text is None and ctx.actions == ["block"]
    assert ctx.findings[0].enforced and ctx.findings[0].span == (2, 7)
    text, ctx = asyncio.run(out(mon, "A pushy line."))
    assert text == "A pushy line." and ctx.actions == []
    assert ctx.findings[0].enforced is False and ctx.findings[0].action == "block"
    assert run_of(ctx).record()["policy"]["monitored"] == ["block"]
    # Per-check monitor inside an enforcing policy: recorded, not enforced.
    text, ctx = asyncio.run(out(enf, "It may be, maybe."))
    assert text == "It may be, maybe." and not ctx.findings[0].enforced


def test_stream_output_is_checked_per_sentence(tmp_path: Path) -> None:
    write(tmp_path, "p.yaml", "policy: p\ncustom_rules: [{id: bad, pattern: 'bad\\s+word', "
                              "where: output, action: block}]\n")
    rt = PolicyRuntime(load_policy_set(tmp_path).policies["p"], default_checks())

    async def run() -> tuple[list[str], bool]:
        ctx = _ctx(rt, stream=True)
        t = run_of(ctx).open(Channel())
        released = []
        try:
            for piece in ["Fine ", "start. Then a ", "bad ", "word here", ". End."]:
                released.append(await t.feed(piece))
            released.append(await t.finish())
        except ContentFiltered:
            return released, True
        return released, False

    released, filtered = asyncio.run(run())
    assert filtered
    # The pattern spans two chunks; the check saw the whole sentence before any of it left.
    assert "".join(released) == "Fine start. "


def test_input_block_names_rules_not_values(tmp_path: Path) -> None:
    write(tmp_path, "p.yaml", "policy: p\ncustom_rules: [{id: no-ssn, pattern: "
                              "'\\d{3}-\\d{2}-\\d{4}', where: input, action: block}]\n")
    rt = PolicyRuntime(load_policy_set(tmp_path).policies["p"], default_checks())
    ctx = _ctx(rt)
    req = {"messages": [{"role": "user", "content": "SSN 123-45-6789 please"}]}
    with pytest.raises(GatewayError) as exc:
        asyncio.run(run_of(ctx).on_request(req))
    body = exc.value.body()["error"]
    assert body["code"] == "content_policy_violation" and body["param"] == "no-ssn"
    assert "123-45" not in json.dumps(body)


def test_registry_keeps_old_version_on_broken_file_and_snapshot(tmp_path: Path) -> None:
    pol = tmp_path / "policies"
    pol.mkdir()
    write(pol, "default.yaml", "policy: default\ncustom_rules: [{id: a, pattern: 'x'}]\n")
    reg = PolicyRegistry(pol, tmp_path / "data", default_checks())
    v1 = reg.active.runtimes["default"].version
    write(pol, "default.yaml", "policy: default\nmode: bogus\n")
    result = reg.reload(force=True)
    assert not result.ok and result.errors[0].line == 2
    assert reg.active.runtimes["default"].version == v1  # old stays in force
    assert reg.status([])["errors"][0]["line"] == 2
    # A new worker starting while the file is broken serves the last good set.
    reg2 = PolicyRegistry(pol, tmp_path / "data", default_checks())
    assert reg2.active.source == "snapshot" and reg2.active.runtimes["default"].version == v1
    assert reg2.store.get(v1)["content"]["custom_rules"][0]["id"] == "a"
    write(pol, "default.yaml", "policy: default\n")
    assert reg.reload().ok and reg.active.runtimes["default"].version != v1
    assert reg.store.get(v1) is not None  # old versions stay readable


def test_guardrails_validator_by_import_path_offline(tmp_path: Path) -> None:
    """A third-party guardrails validator, configured in a policy, with sockets forbidden."""
    write(tmp_path / "p.yaml" if False else tmp_path, "p.yaml", """
        policy: p
        validators:
          - id: no-shouting
            validator: tests.guardrails_fixture:NoShouting
            params: {max_caps_words: 1}
            on_fail: fix
            where: output
          - id: no-shouting-block
            validator: tests.guardrails_fixture:NoShouting
            params: {max_caps_words: 3}
            on_fail: block
        """)
    script = textwrap.dedent(f"""
        import asyncio, socket, sys
        def deny(*a, **k): raise RuntimeError("network access attempted")
        socket.socket.connect = deny
        socket.create_connection = deny
        from pathlib import Path
        from gateway.policy.loader import load_policy_set
        from gateway.checks.registry import CHECKS
        from gateway.policy.engine import PolicyRuntime
        from guardrails.settings import settings
        rt = PolicyRuntime(load_policy_set(Path({str(tmp_path)!r})).policies["p"], dict(CHECKS))
        assert settings.rc.enable_metrics is False and settings.rc.use_remote_inferencing is False
        d = asyncio.run(rt.scan("BUY THIS NOW please", "output", None))
        print(sorted((f.rule_id, f.action, f.enforced) for f in d.findings), d.fixes)
        d = asyncio.run(rt.scan("BUY THIS NOW TODAY please", "output", None))
        print(d.action)
        """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "[('no-shouting', 'fix', True)] ['buy this now please']"
    assert lines[1] == "block"


def test_bad_validator_path_is_a_policy_error(tmp_path: Path) -> None:
    write(tmp_path, "p.yaml", """
        policy: p
        validators:
          - {id: v, validator: tests.guardrails_fixture:Nope}
        """)
    errs = errors_of(tmp_path)
    assert has(errs, "p.yaml", 3, "validator 'v'", "has no 'Nope'")


def test_shipped_policies_pass_their_tests() -> None:
    """CI runs `candor policy test policies/` through this test."""
    out = subprocess.run([sys.executable, "-m", "gateway", "policy", "test",
                          str(ROOT / "policies")], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert " 0 failed" in out.stdout
    assert "skip" not in out.stdout.lower()  # every check the shipped tests need is installed


def test_policy_test_reports_failures(tmp_path: Path) -> None:
    write(tmp_path, "p.yaml", "policy: p\ncustom_rules: [{id: r, pattern: 'bad', action: block}]\n")
    (tmp_path / "tests").mkdir()
    write(tmp_path / "tests", "t.yaml", """
        policy: p
        cases:
          - name: passes
            request: {messages: [{role: user, content: "bad idea"}]}
            expect: {decision: block, findings: [r]}
          - name: fails
            request: {messages: [{role: user, content: "good idea"}]}
            expect: {decision: block}
        """)
    out = subprocess.run([sys.executable, "-m", "gateway", "policy", "test", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1
    assert "PASS  passes" in out.stdout and "FAIL  fails" in out.stdout
    assert "expected decision block, got allow" in out.stdout


class _Scripted(Check):
    """A check that reports the categories its text names, e.g. 'sensitive_topics:pregnancy'."""

    def __init__(self, name: str, scope: str = "text") -> None:
        real = next(c for c in CATALOG if c.name == name)
        self.name = name  # type: ignore[misc]
        self.section = real.section  # type: ignore[misc]
        self.runtime_config = real.runtime_config  # type: ignore[method-assign]
        self.scope = scope  # type: ignore[assignment]
        self.calls = 0

    def scan(self, inp, config) -> list[Finding]:
        self.calls += 1
        prefix = self.name + ":"
        return [Finding(self.name, word[len(prefix):], "high", "scripted", "")
                for word in inp.text.split() if word.startswith(prefix)]


def test_consent_handoff_company_voice_and_request_scope(tmp_path: Path) -> None:
    write(tmp_path, "p.yaml", """
        policy: p
        sensitive_topics:
          pregnancy: {action: block, unless_consent: true}
          religion: {action: block, unless_consent: false}
        ghostwriting: {company_voice: The Acme Team, unregistered_person: company_voice}
        escalation: {frustration: handoff, handoff_message: "A person will call you."}
        contact_frequency: {max: 1, per: 1d}
        """)
    freq = _Scripted("contact_frequency", scope="request")
    checks = {**default_checks(), "sensitive_topics": _Scripted("sensitive_topics"),
              "frustration": _Scripted("frustration"), "contact_frequency": freq}

    class Ghost(_Scripted):
        def scan(self, inp, config):
            return [Finding("ghostwriting", "unregistered_person", "medium", "x",
                            config.unregistered_person)] if "as Bob" in inp.text else []

    checks["ghostwriting"] = Ghost("ghostwriting")
    rt = PolicyRuntime(load_policy_set(tmp_path).policies["p"], checks)

    def run(text: str, consent: frozenset = frozenset(), output: str = "Hello there."):
        ctx = _ctx(rt)
        ctx.consent = consent
        req = {"messages": [{"role": "system", "content": "sys"},
                            {"role": "user", "content": text}]}
        try:
            asyncio.run(run_of(ctx).on_request(req))
        except GatewayError:
            return "blocked", ctx, req
        except LocalReply as reply:  # handed to a person: the model is never asked
            return reply.text, ctx, req

        async def out() -> str:
            t = run_of(ctx).open(Channel())
            return await t.feed(output) + await t.finish()

        return asyncio.run(out()), ctx, req

    assert run("sensitive_topics:pregnancy offer")[0] == "blocked"
    text, ctx, _ = run("sensitive_topics:pregnancy offer", frozenset({"health"}))
    assert text == "Hello there." and ctx.actions == []
    assert ctx.findings[0].action == "allow" and "consented" in ctx.findings[0].message
    assert run("sensitive_topics:religion", frozenset({"religion"}))[0] == "blocked"  # no unless_consent
    text, ctx, _ = run("I am furious frustration:frustration")
    assert text == "A person will call you." and "handoff" in ctx.actions
    assert ctx.response_headers["X-Candor-Escalate"] == "human"
    assert run_of(ctx).record()["escalation"]["action"] == "handoff"
    text, ctx, req = run("Sign it as Bob")
    assert ctx.actions == ["company_voice"]
    assert any(m["role"] == "system" and "The Acme Team" in m["content"]
               for m in req["messages"])
    freq.calls = 0
    run("one")
    assert freq.calls == 2  # once on input (latest user message), once on the final output


def test_bind_stage_pins_policy_and_refuses_unknown(tmp_path: Path) -> None:
    from gateway.policy.stages import PolicyBindStage

    pol = tmp_path / "p"
    pol.mkdir()
    write(pol, "default.yaml", "policy: default\nmode: monitor\napps: {news: default}\n")
    (pol / ".#default.yaml").write_text("not: [a policy")  # an editor lock file is ignored
    reg = PolicyRegistry(pol, tmp_path / "data", default_checks())
    rt = reg.active.runtimes["default"]
    ctx = _ctx(rt)
    ctx.policy = None
    assert PolicyBindStage(reg).start(ctx) is None  # pins; the checks are PolicyStage's run
    assert ctx.policy.info() == {"name": "default", "version": rt.version, "mode": "monitor"}
    assert ctx.response_headers["X-Candor-Policy-Version"] == rt.version
    key = ApiKey("k2", "other", frozenset({"generate"}), "nope", "")
    stray = GenerationContext("chat.completions", key, "m", ModelRoute(model="candor/echo"))
    with pytest.raises(GatewayError) as exc:
        PolicyBindStage(reg).start(stray)
    assert exc.value.status == 403 and exc.value.code == "policy_not_found"
    # The apps map wins over the key's policy name.
    bound = GenerationContext("chat.completions", ApiKey("k3", "news", frozenset(), "nope", ""),
                              "m", ModelRoute(model="candor/echo"))
    PolicyBindStage(reg).start(bound)
    assert bound.policy.name == "default"
    # No policy files at all: a built-in empty default keeps the gateway usable.
    empty = PolicyRegistry(tmp_path / "missing", tmp_path / "data2", default_checks())
    assert empty.active.source == "builtin" and list(empty.active.runtimes) == ["default"]


def test_completion_releases_undelivered(tmp_path: Path) -> None:
    from gateway.pipeline.stages import Outcome

    class Counting(_Scripted):
        released = 0

        def new_state(self) -> dict:
            return {}

        async def release(self, ctx, state) -> None:
            Counting.released += 1

    write(tmp_path, "p.yaml", "policy: p\ncontact_frequency: {max: 1, per: 1d}\n")
    rt = PolicyRuntime(load_policy_set(tmp_path).policies["p"],
                       {"contact_frequency": Counting("contact_frequency", "request")})
    asyncio.run(PolicyRun(_ctx(rt), rt).on_complete(Outcome("ok", finish_reasons=["stop"])))
    assert Counting.released == 0
    asyncio.run(PolicyRun(_ctx(rt), rt).on_complete(
        Outcome("ok", finish_reasons=["content_filter"])))
    asyncio.run(PolicyRun(_ctx(rt), rt).on_complete(Outcome("blocked", 400)))
    assert Counting.released == 2


def test_error_messages_name_the_key_written_and_explain_yaml_booleans(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", """
        policy: default
        escalation: {frustration: handof}
        ghostwriting:
          principals:
            - {name: Ann Lee, consent: yes}
        """)
    with pytest.raises(PolicyLoadError) as exc:
        load_policy_set(tmp_path)
    text = "\n".join(str(e) for e in exc.value.errors)
    assert "default.yaml:2: unknown value 'handof' at escalation.frustration" in text
    assert "did you mean 'handoff'" in text
    assert "default.yaml:5: unknown value True at ghostwriting.principals[0].consent" in text
    assert "yes/no/on/off" in text
