"""The stage contract and its seams (issue 12): each defect found in review, through the real
gateway where a user can see it."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Iterator

import httpx
import openai
import pytest

from gateway.checks.frequency import SQLiteCounter
from tests.conftest import PROVIDER_KEY
from tests.harness import ROOT, Gateway, Llmock, mock_models, start_gateway

POLICY = """
policy: default
ghostwriting:
  company_voice: The Northwind Team
  unregistered_person: company_voice
  consent_never: block
  principals:
    - {name: Dana Whitfield, consent: with_approval}
    - {name: Morgan Hale, consent: never}
contact_frequency: {max: 5, per: 1d}
escalation: {frustration: handoff, handoff_message: "A member of our team will reply to you today."}
"""

KEYS = {
    "app": ("marketing-app", ["generate"], "default"),
    "auditor": ("audit-team", ["audit"], "default"),
}


@pytest.fixture(scope="module")
def sgw(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    home = tmp_path_factory.mktemp("stage-gw")
    pol = home / "policies"
    pol.mkdir()
    (pol / "default.yaml").write_text(textwrap.dedent(POLICY).lstrip())
    models = mock_models(llmock, **{"mock-retry": {
        "model": "openai/gpt-4o-mini", "api_base": f"{llmock.base_url}/v1",
        "api_key_env": "MOCK_PROVIDER_KEY", "timeout": 10, "retries": 2}})
    gw = start_gateway(home, models, env={"MOCK_PROVIDER_KEY": PROVIDER_KEY}, keys=KEYS,
                       settings={"policies_dir": str(pol), "policy_poll_interval": 0})
    yield gw
    gw.stop()


def client(gw: Gateway, key: str = "app") -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)


def record(gw: Gateway, generation_id: str) -> dict:
    r = httpx.get(f"{gw.base_url}/audit/v1/generations/{generation_id}",
                  headers={"Authorization": f"Bearer {gw.keys['auditor']}"}, timeout=30)
    assert r.status_code == 200, r.text
    body = r.json()
    return body.get("record", body)


def test_provenance_verify_returns_the_audit_record(sgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Your spring order ships on Monday."})
    resp = client(sgw).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "shipping note"}])
    r = httpx.post(f"{sgw.v1}/provenance/verify", json={"text": resp.choices[0].message.content},
                   headers={"Authorization": f"Bearer {sgw.keys['auditor']}"}, timeout=30)
    report = r.json()
    assert report["verdict"] == "verified" and report["generation_id"] == resp.id
    stored = report["audit_records"][resp.id]
    assert stored["generation_id"] == resp.id and stored["status"] == "ok"
    assert stored["model"] == "mock"


@pytest.mark.parametrize("stream", [False, True])
def test_output_company_voice_rewrites_the_signoff(sgw: Gateway, mock: Llmock,
                                                   stream: bool) -> None:
    mock.scenario({"type": "reply", "text": "Thanks for your order.\n\nWarm regards,\nJohn Carter"})
    messages = [{"role": "user", "content": "Write a thank-you note."}]
    raw = client(sgw).chat.completions.with_raw_response.create(
        model="mock", messages=messages, stream=stream)
    if stream:
        text = "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices)
    else:
        text = raw.parse().choices[0].message.content
    headers = raw.headers
    from gateway.marking import strip_marks

    visible = strip_marks(text)
    assert "John Carter" not in visible
    assert "Warm regards,\nThe Northwind Team" in visible
    rec = record(sgw, raw.headers["x-candor-generation-id"])
    assert "company_voice" in rec["actions"]
    if not stream:  # a stream's headers leave before its sentences are checked
        assert "company_voice" in headers["x-candor-actions"]


def test_consent_never_with_block_blocks(sgw: Gateway, mock: Llmock) -> None:
    with pytest.raises(openai.BadRequestError) as exc:
        client(sgw).chat.completions.create(
            model="mock", messages=[{"role": "user", "content": "Write the memo."}],
            extra_headers={"X-Candor-On-Behalf-Of": "Morgan Hale"})
    assert exc.value.body["code"] == "content_policy_violation"
    assert mock.requests() == []  # nothing went upstream


def test_ghostwriting_sees_principals_behind_placeholders(sgw: Gateway, mock: Llmock) -> None:
    """Names are pseudonymised before the checks run; the checks still know who is who, and
    nobody's name goes upstream or into the record unless it is a registered principal's."""
    with pytest.raises(openai.BadRequestError) as exc:  # consent: never -> block
        client(sgw).chat.completions.create(model="mock", messages=[
            {"role": "user", "content": "Write the price update, signed by Morgan Hale."}])
    assert "ghostwriting.no_consent" in exc.value.body["message"]
    assert mock.requests() == []
    mock.scenario({"type": "reply", "text": "Spring is here.\n\nBest,\n<PERSON_1>"})
    raw = client(sgw).chat.completions.with_raw_response.create(model="mock", messages=[
        {"role": "user", "content": "Write the spring note, signed by Dana Whitfield."}])
    assert "review" in raw.headers["x-candor-actions"]  # consent: with_approval
    assert raw.headers["x-candor-review"] == "pending"  # held for Dana (tests/test_review_queue.py)
    sent = str(mock.requests()[-1])
    assert "Dana Whitfield" not in sent and "<PERSON_1>" in sent
    assert raw.parse().choices[0].finish_reason == "content_filter"
    rec = record(sgw, raw.headers["x-candor-generation-id"])
    assert rec["ghostwriting"]["principal"] == "Dana Whitfield"
    # the person's feed holds it, although no on_behalf_of was sent
    feed = httpx.get(f"{sgw.base_url}/audit/v1/people/Dana Whitfield/generations", timeout=30,
                     headers={"Authorization": f"Bearer {sgw.keys['auditor']}"}).json()
    ids = [g.get("generation_id") for g in feed.get("data", feed.get("items", []))]
    assert raw.headers["x-candor-generation-id"] in ids, feed
    mock.scenario({"type": "reply", "text": "Spring is here.\n\nBest,\n<PERSON_1>"})
    raw = client(sgw).chat.completions.with_raw_response.create(model="mock", messages=[
        {"role": "user", "content": "Write the spring note, signed by John Carter."}])
    text = raw.parse().choices[0].message.content
    assert "John Carter" not in text and "The Northwind Team" in text  # company voice
    rec = record(sgw, raw.headers["x-candor-generation-id"])
    assert rec["ghostwriting"]["principal"] == "<PERSON_1>" and "John Carter" not in str(rec)


def test_ghostwriting_and_frequency_state_reach_the_record(sgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Our spring range is in."})
    resp = client(sgw).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "A note about spring."}],
        metadata={"recipient_id": "cust-42", "channel": "email", "on_behalf_of": "Dana Whitfield"})
    rec = record(sgw, resp.id)
    assert rec["ghostwriting"]["principal"] == "Dana Whitfield"
    assert rec["ghostwriting"]["awaiting_approval"] is True
    assert rec["contact_frequency"]["count"] >= 1 and rec["contact_frequency"]["max"] == 5
    assert rec["policy"]["name"] == "default"
    # awaiting approval: held for review (docs/review.md), so nothing was marked yet
    assert rec["status"] == "held" and rec["review"]["id"] and rec["mark"]["mark_id"] is None


ANGRY = "This is RIDICULOUS, the third time I write!!! Get me a human NOW."


@pytest.mark.parametrize("stream", [False, True])
def test_handoff_answers_without_the_model_and_without_ai_marks(sgw: Gateway, mock: Llmock,
                                                                stream: bool) -> None:
    from gateway.marking import find_marks

    raw = client(sgw).chat.completions.with_raw_response.create(
        model="mock", messages=[{"role": "user", "content": ANGRY}], stream=stream)
    if stream:
        text = "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices)
    else:
        text = raw.parse().choices[0].message.content
    assert text == "A member of our team will reply to you today."  # no label, no mark
    assert find_marks(text) == []
    assert mock.requests() == []  # the model was never asked
    assert raw.headers["x-ai-generated"] == "false" and "x-candor-mark" not in raw.headers
    assert raw.headers["x-candor-escalate"] == "human"
    rec = record(sgw, raw.headers["x-candor-generation-id"])
    assert rec["status"] == "ok" and rec["output"][0]["text"] == text
    assert rec["escalation"]["action"] == "handoff" and rec["mark"]["reason"] == "handoff"
    assert rec["frustration"]["score"] >= 0.4


def test_one_retry_layer(sgw: Gateway, mock: Llmock) -> None:
    """retries: 2 means three attempts in all, not (2+1)^2 on the direct path."""
    mock.scenario({"type": "fail", "status": 503, "times": 10})
    with pytest.raises(openai.APIStatusError) as exc:
        client(sgw).chat.completions.create(
            model="mock-retry", messages=[{"role": "user", "content": "hello"}])
    assert exc.value.status_code == 503
    assert len(mock.requests()) == 3


def test_pii_config_from_the_environment(tmp_path: Path, llmock: Llmock) -> None:
    llmock.reset()
    gw = start_gateway(tmp_path, mock_models(llmock),
                       env={"MOCK_PROVIDER_KEY": PROVIDER_KEY,
                            "CANDOR_PII_CONFIG": '{"entities": ["EMAIL_ADDRESS"]}'})
    try:
        llmock.scenario({"type": "reply", "text": "Done."})
        client(gw).chat.completions.create(model="mock", messages=[{
            "role": "user", "content": "Email Maria Gonzalez at maria.gonzalez@example.com"}])
        sent = str(llmock.requests()[-1])
        assert "maria.gonzalez@example.com" not in sent and "<EMAIL_ADDRESS_1>" in sent
        assert "Maria Gonzalez" in sent  # only e-mail addresses are in this deployment's config
    finally:
        gw.stop()
        llmock.reset()


def test_settings_data_dir_is_where_state_goes(tmp_path: Path) -> None:
    """create_app(Settings(data_dir=...)) keeps the counter and its salt there, not in ./var."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    script = textwrap.dedent(f"""
        from gateway.api.app import create_app
        from gateway.settings import Settings
        create_app(Settings(data_dir={str(tmp_path / 'data')!r}, policies_dir={str(ROOT / 'policies')!r}))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert not (cwd / "var").exists()
    assert (tmp_path / "data" / "frequency.salt").exists()


def test_sqlite_counter_waits_off_the_event_loop(tmp_path: Path) -> None:
    """Another worker's transaction makes BEGIN IMMEDIATE wait; the loop keeps serving."""
    counter = SQLiteCounter(tmp_path / "freq.sqlite3")
    counter.count("warm-up", 60)  # creates the file and tables
    holder = sqlite3.connect(str(tmp_path / "freq.sqlite3"), isolation_level=None,
                             check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()

    async def main() -> tuple[int, tuple[bool, int]]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        task = asyncio.create_task(ticker())
        result = await counter.aacquire("k", 3, 60.0, "gen-1")
        task.cancel()
        return ticks, result

    ticks, result = asyncio.run(main())
    assert result == (True, 1)
    assert ticks >= 10  # the loop ran while the acquire waited for the lock (0.5 s)
    counter.close()


def test_no_import_cycles() -> None:
    """No module of gateway/ imports one that (directly or not) imports it back, counting
    imports inside functions and package __init__ files, but not TYPE_CHECKING blocks."""
    from tests.import_graph import cycles

    assert cycles(ROOT / "gateway") == []


def test_streams_flow_when_no_output_rule_can_change_them(tmp_path: Path) -> None:
    """Flag and monitor rules never hold a stream back; a block rule holds it to sentence ends."""
    from gateway.checks.common import standalone_context
    from gateway.checks.registry import CHECKS
    from gateway.pipeline.stages import Channel
    from gateway.policy.engine import PolicyRuntime
    from gateway.policy.loader import load_policy_set
    from gateway.policy.stages import PolicyRun

    def released(policy: str) -> tuple[list[str], list[str]]:
        (tmp_path / "default.yaml").write_text(textwrap.dedent(policy).lstrip())
        rt = PolicyRuntime(load_policy_set(tmp_path).policies["default"], dict(CHECKS))
        ctx = standalone_context()
        ctx.stream, ctx.policy = True, rt

        async def go() -> list[str]:
            t = PolicyRun(ctx, rt).open(Channel())
            out = [await t.feed(p) for p in ["Our ", "unbeatable ", "boots ", "are ", "in. ",
                                             "More ", "soon."]]
            return out + [await t.finish()]

        return asyncio.run(go()), [f.rule_id for f in ctx.findings]

    out, found = released("""
        policy: default
        manipulation: {action: flag}
        custom_rules: [{id: watch, pattern: unbeatable, where: output, action: flag}]
        """)
    assert out == ["Our ", "unbeatable ", "boots ", "are ", "in. ", "More ", "soon.", ""]
    assert "watch" in found  # checked in passing, recorded
    out, found = released("""
        policy: default
        custom_rules: [{id: watch, pattern: unbeatable, where: output, action: flag},
                       {id: stop, pattern: 'miracle cure', where: output, action: block}]
        """)
    assert out == ["", "", "", "", "Our unbeatable boots are in. ", "", "", "More soon."]
    assert found == ["watch"]  # no manipulation section in this policy
