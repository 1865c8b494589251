"""Ethics checks: every development example behaves as labelled, plus config and helper behaviour."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gateway.checks import registry
from gateway.checks.base import CheckInput
from gateway.checks.common import standalone_context
from gateway.checks.frustration import FrustrationConfig
from gateway.checks.ghostwriting import GhostwritingConfig, rewrite_signoff, steer_request
from gateway.checks.manipulation import ManipulationConfig, revise_instruction
from gateway.checks.sensitive import SensitiveTopicsConfig
from tests.checks_data import ROOT_DIR, expected, load, run

SETS = ["sensitive", "manipulation", "ghostwriting", "frustration"]


def _cases():
    for name in SETS:
        data = load(name)
        for ex in data["examples"]:
            yield pytest.param(data, ex, id=f"{name}:{ex['id']}")


@pytest.mark.parametrize("data,ex", list(_cases()))
def test_labelled_example(data, ex):
    check = registry.CHECKS[data["check"]]
    config = registry.config_model(data["check"]).model_validate(data.get("config") or {})
    got, found, _ = run(check, ex, config)
    assert got == expected(ex), [f.message for f in found]
    for f in found:  # every finding says why and where
        assert f.message and f.rule_id and f.where == ex.get("where", "output")
        if f.span:
            assert 0 <= f.span[0] < f.span[1] <= len(_.text)


def _scan(name, text, where="output", config=None, **ctx):
    check = registry.CHECKS[name]
    request = ctx.pop("request", None)
    inp = CheckInput(text, where, standalone_context(**ctx), request=request,
                     state=check.new_state())
    return check.scan(inp, config), inp


def test_sensitive_actions_follow_config_and_parent_rules():
    cfg = SensitiveTopicsConfig.model_validate({"health": {"action": "review", "unless_consent": False},
                                                "religion": {"action": "allow"}})
    found, _ = _scan("sensitive_topics", "Congratulations on your pregnancy!", config=cfg,
                     consent=frozenset({"health"}))
    # pregnancy falls back to its parent (health): review, and consent does not waive it
    assert [(f.category, f.action) for f in found] == [("pregnancy", "review")]
    found, _ = _scan("sensitive_topics", "As a devout Muslim, you will love this.", config=cfg)
    assert found == []
    # a non-empty mapping checks only what it lists: financial hardship is not listed here
    assert _scan("sensitive_topics", "We know times are tough with your debt.", config=cfg)[0] == []
    found, _ = _scan("sensitive_topics", "We know times are tough with your debt.", config=None)
    assert [(f.category, f.action) for f in found] == [("financial_hardship", "review")]
    # consent is recorded as an allowed finding (for the audit record)
    found, _ = _scan("sensitive_topics", "Congratulations on your pregnancy!", consent=frozenset({"health"}))
    assert [(f.category, f.action) for f in found] == [("pregnancy", "allow")]
    assert "consented" in found[0].message


def test_sensitive_accepts_policy_schema_objects_and_old_names():
    from pydantic import BaseModel

    class TopicRule(BaseModel):  # the shape of the policy engine's section values
        action: str = "block"
        unless_consent: bool = False
        mode: str | None = None

    cfg = {"ethnic_origin": TopicRule(action="flag"), "genetic_biometric": TopicRule(mode="monitor")}
    found, _ = _scan("sensitive_topics", "As an African American woman, you'll love this line.", config=cfg)
    assert [(f.category, f.action) for f in found] == [("ethnicity", "flag")]
    found, _ = _scan("sensitive_topics", "Your DNA results show a higher risk.", config=cfg)
    assert [(f.category, f.action) for f in found] == [("genetic", "block")]


def test_manipulation_allowed_facts_and_categories():
    text = "Hurry: only 3 jackets left and the sale ends Friday!"
    found, _ = _scan("manipulation", text)
    assert {f.category for f in found} == {"false_urgency", "fake_scarcity"}
    assert all(f.action == "revise" for f in found)
    cfg = ManipulationConfig(allowed_facts=["Sale ends Friday 27 November", "3 jackets left in stock"])
    assert _scan("manipulation", text, config=cfg)[0] == []
    request = {"messages": [{"role": "user", "content": "Only 3 jackets left; the sale ends Friday."}]}
    assert _scan("manipulation", text, request=request)[0] == []
    cfg = ManipulationConfig(categories=["confirmshaming"], action="block")
    assert _scan("manipulation", text, config=cfg)[0] == []
    note = revise_instruction(_scan("manipulation", text)[0])
    assert "false urgency" in note and "fake scarcity" in note


def test_ghostwriting_state_and_company_voice_helpers():
    cfg = GhostwritingConfig(company_voice="The Northwind Team", principals=[
        {"name": "Sam Ortiz", "aliases": ["Sam"], "consent": "allowed", "notify": "sam@x.example"},
        {"name": "Dana Whitfield", "aliases": ["Dana"], "role": "CEO", "consent": "with_approval"}])
    found, inp = _scan("ghostwriting", "Thanks!\n\nBest,\nSam Ortiz", config=cfg)
    assert [(f.category, f.action) for f in found] == [("principal_allowed", "allow")]
    recorded = registry.CHECKS["ghostwriting"].record(inp.state)
    assert recorded["principal"] == "Sam Ortiz" and recorded["notify"] == "sam@x.example"
    found, inp = _scan("ghostwriting", "Write a note.", where="input", config=cfg, on_behalf_of="Dana")
    assert found[0].action == "review" and inp.state.person["awaiting_approval"] is True
    found, _ = _scan("ghostwriting", "Thanks!\n\nBest,\nMorgan Hale\nHead of Sales", config=cfg)
    assert found[0].action == "company_voice"
    assert rewrite_signoff("Thanks!\n\nBest,\nMorgan Hale\nHead of Sales", cfg) == "Thanks!\n\nBest,\nThe Northwind Team"
    assert rewrite_signoff("Your order shipped.\n\nBest,\nThe Northwind Team", cfg).endswith("The Northwind Team")
    assert "this is The Northwind Team" in rewrite_signoff("Hi Maria, I'm Morgan, CEO of Acme, and hello.", cfg)
    request = {"messages": [{"role": "user", "content": "Sign it as Morgan Hale."}]}
    steer_request(request, cfg)
    assert request["messages"][-1]["role"] == "system" and "The Northwind Team" in request["messages"][-1]["content"]
    legacy = {"prompt": "Sign it as Morgan."}
    steer_request(legacy, cfg)
    assert "The Northwind Team" in legacy["prompt"]


def test_ghostwriting_placeholders_resolve_to_principals():
    cfg = GhostwritingConfig(principals=[{"name": "Dana Whitfield", "consent": "allowed"}])
    inp = CheckInput("Best regards,\n<PERSON_2>", "output", standalone_context(),
                     extra={"placeholders": {"<PERSON_2>": "Dana Whitfield"}})
    assert [f.category for f in registry.CHECKS["ghostwriting"].scan(inp, cfg)] == ["principal_allowed"]


def test_frustration_escalation_helpers():
    cfg = FrustrationConfig(action="handoff", handoff_message="A person will reply soon.")
    request = {"messages": [{"role": "user", "content": "My parcel is late."},
                            {"role": "assistant", "content": "Sorry!"},
                            {"role": "user", "content": "This is RIDICULOUS, third time!!! Get me a human."}]}
    found, inp = _scan("frustration", "", where="input", config=cfg, request=request)
    assert found and found[0].action == "handoff"
    check = registry.CHECKS["frustration"]
    assert check.fix(inp, cfg, found) == "A person will reply soon."
    assert check.record(inp.state)["score"] >= 0.8
    calm = {"messages": [{"role": "user", "content": "Please cancel my subscription, thank you."}]}
    found, inp = _scan("frustration", "", where="input", request=calm)
    assert found == [] and check.fix(inp, FrustrationConfig(), found) is None
    assert _scan("frustration", "THIS IS AWFUL!!!", where="output")[0] == []  # output is never scored
    angry = {"messages": [{"role": "user", "content": "THIS IS AWFUL!!! Get me a human."}]}
    chat_only = FrustrationConfig(channels=["chat"])
    assert _scan("frustration", "", where="input", config=chat_only, request=angry, channel="email")[0] == []
    assert _scan("frustration", "", where="input", config=chat_only, request=angry, channel="chat")[0] != []


def test_validators_make_no_network_calls_and_report_spans():
    code = r"""
import json, socket
calls = []
def deny(self, addr):
    calls.append(str(addr)); raise OSError("network disabled in this test")
socket.socket.connect = deny
socket.create_connection = lambda *a, **k: deny(None, a[0])
from gateway.checks.validators import VALIDATORS
from guardrails import settings
from guardrails.utils.hub_telemetry_utils import HubTelemetry
r = VALIDATORS["sensitive_topics"]().validate("Congratulations on your pregnancy!", {})
ok = VALIDATORS["sensitive_topics"]().validate("Ten tips for a healthy pregnancy.", {})
g = VALIDATORS["ghostwriting"](config={"company_voice": "Acme"}).validate("Hi.\n\nBest,\nMorgan Hale", {})
f = VALIDATORS["frustration"]().validate("Let me talk to a human NOW!!!", {})
m = VALIDATORS["manipulation"]().validate("Hurry! Only 2 left!", {})
print(json.dumps({"calls": calls, "metrics": settings.rc.enable_metrics,
    "remote": settings.rc.use_remote_inferencing,
    "telemetry": bool(HubTelemetry._instance and HubTelemetry._instance._enabled),
    "sens": [r.outcome, [(s.start, s.end) for s in r.error_spans]], "ok": ok.outcome,
    "ghost": [g.outcome, g.fix_value], "frus": f.outcome, "manip": m.outcome}))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT_DIR, capture_output=True, text=True,
                         timeout=120, env={"PYTHONPATH": str(ROOT_DIR), "PATH": "/usr/bin:/bin",
                                           "HOME": "/tmp/candor-no-home"})
    assert out.returncode == 0, out.stderr[-2000:]
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["calls"] == [] and res["metrics"] is False and res["remote"] is False
    assert res["telemetry"] is False
    assert res["sens"] == ["fail", [[24, 33]]] and res["ok"] == "pass"
    assert res["ghost"] == ["fail", "Hi.\n\nBest,\nAcme"]
    assert res["frus"] == "fail" and res["manip"] == "fail"


def test_ghostwriting_policy_schema_shape_and_streamed_signoff():
    cfg = {"company_voice": None, "no_consent": "block", "mode": "monitor",
           "forbidden_topics": ["collections", "missed payment"],
           "principals": [{"name": "Lee Park", "consent": "never"}]}
    check = registry.CHECKS["ghostwriting"]
    ctx = standalone_context()
    found = check.scan(CheckInput("Sign it as Lee Park.", "input", ctx), cfg)
    assert [(f.category, f.action) for f in found] == [("no_consent", "block")]
    found = check.scan(CheckInput("Write a reminder about the missed payment, signed by Lee Park.", "input",
                                  standalone_context()), cfg)
    assert {f.category for f in found} == {"no_consent", "forbidden_topic"}
    # a stream cut at line ends: "Best," and the name arrive in separate pieces
    ctx, state = standalone_context(), check.new_state()
    pieces = ["Thanks for everything.\n", "Best,\n", "Lee Park"]
    found = [f for p in pieces
             for f in check.scan(CheckInput(p, "output", ctx, state=state), cfg)]
    assert [f.category for f in found] == ["no_consent"] and found[0].span == (0, 8)


def test_frustration_config_spellings():
    assert FrustrationConfig.model_validate({"frustration": 0.6, "action": "handoff", "mode": "monitor"}).threshold == 0.6
    assert FrustrationConfig.model_validate({"frustration": "handoff"}).action == "handoff"
    assert FrustrationConfig.model_validate({}).threshold == 0.4
