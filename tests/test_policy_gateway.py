"""Policies in a real gateway: decisions through the openai SDK, content_filter on llmock
replies, monitor vs enforce, revise, reload (poll, SIGHUP, admin endpoint) with two workers."""

from __future__ import annotations

import os
import signal
import textwrap
import threading
import time
from pathlib import Path
from typing import Iterator

import httpx
import openai
import pytest

from gateway.marking import strip_marks
from tests.conftest import PROVIDER_KEY
from tests.harness import Gateway, Llmock, mock_models, start_gateway

BASE = """
policy: default
mode: enforce
custom_rules:
  - {id: no-secret-project, pattern: 'project\\s+nightjar', where: input, action: block,
     category: confidential}
  - {id: no-miracle, pattern: 'miracle\\s+cure', where: output, action: block,
     category: health_claim}
  - {id: watch-word, pattern: 'unbeatable', where: output, action: flag}
  - {id: pushy, pattern: 'buy now or regret', where: output, action: revise,
     category: pressured_upsell}
"""
MONITOR = "policy: monitor\nextends: default\nmode: monitor\n"
HUP = "policy: hup\ncustom_rules: [{id: hup-rule, pattern: 'alpha', where: input, action: block}]\n"

KEYS = {
    "app": ("marketing-app", ["generate"], "default"),
    "monitor": ("trial-app", ["generate"], "monitor"),
    "hup": ("hup-app", ["generate"], "hup"),
    "orphan": ("orphan-app", ["generate"], "no-such-policy"),
    "admin": ("ops", ["admin", "generate"], "default"),
    "auditor": ("audit-team", ["audit"], "default"),
}


def write(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(textwrap.dedent(text).lstrip())
    tmp.replace(path)  # what editors and ConfigMap updates do: an atomic rename


@pytest.fixture(scope="module")
def pgw(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    """One worker, file polling off, so SIGHUP is what reloads."""
    home = tmp_path_factory.mktemp("policy-gw")
    pol = home / "policies"
    pol.mkdir()
    write(pol / "default.yaml", BASE)
    write(pol / "monitor.yaml", MONITOR)
    write(pol / "hup.yaml", HUP)
    gw = start_gateway(home, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       keys=KEYS, settings={"policies_dir": str(pol),
                                            "policy_poll_interval": 0})
    yield gw
    gw.stop()


def client(gw: Gateway, key: str = "app") -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)


def admin(gw: Gateway, method: str = "GET", path: str = "", key: str = "admin") -> httpx.Response:
    return httpx.request(method, f"{gw.base_url}/admin/v1/policies{path}",
                         headers={"Authorization": f"Bearer {gw.keys[key]}"}, timeout=30)


def test_input_block_is_openai_error_without_the_value(pgw: Gateway, mock: Llmock) -> None:
    with pytest.raises(openai.BadRequestError) as exc:
        client(pgw).chat.completions.create(model="mock", messages=[
            {"role": "user", "content": "Tell Jane Roe (card 4111 1111) about Project Nightjar"}])
    err = exc.value
    assert err.code == "content_policy_violation"
    assert err.param == "no-secret-project"
    assert "no-secret-project" in err.message
    assert "Nightjar" not in str(err.body) and "4111" not in str(err.body)
    assert "block" in err.response.headers["x-candor-actions"].split(",")
    assert mock.requests() == []  # nothing went upstream


def test_output_block_is_content_filter(pgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Our tea is a miracle cure for colds."})
    raw = client(pgw).chat.completions.with_raw_response.create(
        model="mock", messages=[{"role": "user", "content": "Write about our tea"}])
    resp = raw.parse()
    assert resp.choices[0].finish_reason == "content_filter"
    assert not resp.choices[0].message.content
    assert "block" in raw.headers["x-candor-actions"].split(",")


def test_stream_holds_sentences_until_checked(pgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply",
                   "text": "Spring is here. Our tea is a miracle cure for colds. Buy some."})
    stream = client(pgw).chat.completions.create(
        model="mock", stream=True, messages=[{"role": "user", "content": "Write about our tea"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    # what was checked before the stop arrives whole (the PII scan's held word is flushed,
    # not dropped), and it is marked like any answer that ends
    assert strip_marks(text).strip() == "Spring is here."
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "content_filter"


def test_a_stop_at_the_last_sentence_keeps_what_was_checked(pgw: Gateway, mock: Llmock) -> None:
    # the blocked sentence is only complete when the stream ends: the stop comes from the
    # policy's finish, and the checked sentence before it must still arrive whole
    mock.scenario({"type": "reply", "text": "Spring is here. Our tea is a miracle cure for colds."})
    stream = client(pgw).chat.completions.create(
        model="mock", stream=True, messages=[{"role": "user", "content": "Write about our tea"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert strip_marks(text).strip() == "Spring is here."
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "content_filter"


def test_a_stop_at_the_first_sentence_sends_no_lone_label(pgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Our tea is a miracle cure for colds. Buy some."})
    stream = client(pgw).chat.completions.create(
        model="mock", stream=True, messages=[{"role": "user", "content": "Write about our tea"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert strip_marks(text).strip() == ""  # nothing left, so no disclosure on its own
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "content_filter"


def test_flag_passes_with_header(pgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "An unbeatable serum."})
    raw = client(pgw).chat.completions.with_raw_response.create(
        model="mock", messages=[{"role": "user", "content": "Tagline please"}])
    assert strip_marks(raw.parse().choices[0].message.content) == "An unbeatable serum."
    assert raw.headers["x-candor-actions"] == "flag"


def test_monitor_mode_never_blocks(pgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Our tea is a miracle cure."})
    raw = client(pgw, "monitor").chat.completions.with_raw_response.create(
        model="mock", messages=[{"role": "user", "content": "About Project Nightjar tea"}])
    resp = raw.parse()
    assert strip_marks(resp.choices[0].message.content) == "Our tea is a miracle cure."
    assert resp.choices[0].finish_reason == "stop"
    assert "x-candor-actions" not in raw.headers
    versions = {p["name"]: p["version"] for p in admin(pgw).json()["policies"]}
    assert raw.headers["x-candor-policy-version"] == versions["monitor"]


def test_revise_reasks_upstream_once(pgw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Buy now or regret it forever!"},
                  {"type": "reply", "text": "Take your time: the offer is here when you are."})
    raw = client(pgw).chat.completions.with_raw_response.create(
        model="mock", messages=[{"role": "user", "content": "Write a closing line"}])
    assert strip_marks(raw.parse().choices[0].message.content) == \
        "Take your time: the offer is here when you are."
    assert raw.headers["x-candor-actions"] == "revise"
    seen = mock.requests()
    assert len(seen) == 2
    second = seen[1]["body"]["messages"]
    assert second[-2] == {"role": "assistant", "content": "Buy now or regret it forever!"}
    assert "pushy" in second[-1]["content"]


def test_key_bound_to_missing_policy_is_refused(pgw: Gateway) -> None:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        client(pgw, "orphan").chat.completions.create(
            model="echo", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.code == "policy_not_found"
    apps = admin(pgw).json()["apps"]
    assert apps["orphan-app"]["problem"].startswith("policy not loaded")
    assert apps["marketing-app"]["policy"] == "default"


def test_admin_endpoints_need_roles_and_serve_versions(pgw: Gateway) -> None:
    assert admin(pgw, key="app").status_code == 403
    status = admin(pgw).json()
    assert status["errors"] == []
    version = next(p["version"] for p in status["policies"] if p["name"] == "default")
    body = admin(pgw, path=f"/versions/{version}", key="auditor").json()
    assert body["name"] == "default" and body["content"]["custom_rules"][0]["id"] == \
        "no-secret-project"
    assert admin(pgw, path="/versions/" + "0" * 64, key="auditor").status_code == 404


def test_sighup_reloads(pgw: Gateway) -> None:
    pol = Path(admin(pgw).json()["policies"][0]["files"][0]).parent
    c = client(pgw, "hup")
    with pytest.raises(openai.BadRequestError):
        c.chat.completions.create(model="echo", messages=[{"role": "user", "content": "alpha"}])
    write(pol / "hup.yaml", HUP.replace("alpha", "omega"))
    time.sleep(1.2)  # polling is off in this gateway: nothing changes yet
    with pytest.raises(openai.BadRequestError):
        c.chat.completions.create(model="echo", messages=[{"role": "user", "content": "alpha"}])
    os.kill(pgw.proc.pid, signal.SIGHUP)
    deadline = time.monotonic() + 15
    while True:
        try:
            c.chat.completions.create(model="echo",
                                      messages=[{"role": "user", "content": "alpha"}])
            break
        except openai.BadRequestError:
            assert time.monotonic() < deadline, "SIGHUP did not reload"
            time.sleep(0.2)
    with pytest.raises(openai.BadRequestError):
        c.chat.completions.create(model="echo", messages=[{"role": "user", "content": "omega"}])


# -- two workers, file polling -------------------------------------------------------------

@pytest.fixture(scope="module")
def multi(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    home = tmp_path_factory.mktemp("policy-gw2")
    pol = home / "policies"
    pol.mkdir()
    write(pol / "default.yaml", BASE)
    gw = start_gateway(home, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       keys=KEYS, workers=2,
                       settings={"policies_dir": str(pol), "policy_poll_interval": 0.25})
    gw.policies = pol  # type: ignore[attr-defined]
    yield gw
    gw.stop()


def blocked(gw: Gateway, text: str) -> bool:
    r = httpx.post(f"{gw.v1}/chat/completions", timeout=30,
                   headers={"Authorization": f"Bearer {gw.keys['app']}"},
                   json={"model": "echo", "messages": [{"role": "user", "content": text}]})
    assert r.status_code in (200, 400), r.text
    return r.status_code == 400


def until(pred, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.2)


def all_of(pred, n: int = 12) -> bool:
    """True when n fresh connections in a row agree (they land on both workers)."""
    return all(pred() for _ in range(n))


def test_edit_broken_fix_across_two_workers(multi: Gateway) -> None:
    pol: Path = multi.policies  # type: ignore[attr-defined]
    assert not blocked(multi, "about project falcon")
    v_old = admin(multi).json()["policies"][0]["version"]

    # 1. An edit applies in every worker, without a restart.
    write(pol / "default.yaml", BASE.replace("nightjar", "falcon"))
    until(lambda: all_of(lambda: blocked(multi, "about project falcon")))
    until(lambda: all_of(lambda: admin(multi).json()["policies"][0]["version"] != v_old, 6))
    v_new = admin(multi).json()["policies"][0]["version"]

    # 2. A broken file never takes effect: the old rules stay, the error is visible.
    write(pol / "default.yaml", BASE.replace("nightjar", "falcon") + "mood: monitor\n")
    until(lambda: all_of(lambda: bool(admin(multi).json()["errors"]), 6))
    status = admin(multi).json()
    err = status["errors"][0]
    assert err["file"].endswith("default.yaml") and err["line"] == 11
    assert "unknown key 'mood'" in err["message"] and "did you mean 'mode'" in err["message"]
    assert status["policies"][0]["version"] == v_new
    assert all_of(lambda: blocked(multi, "about project falcon"))
    r = admin(multi, "POST", "/reload")
    assert r.status_code == 422 and r.json()["errors"] and r.json()["reloaded"] is False

    # 3. Fixed again: the errors clear, and the old version is still readable by auditors.
    write(pol / "default.yaml", BASE)
    until(lambda: all_of(lambda: not blocked(multi, "about project falcon")))
    until(lambda: all_of(lambda: admin(multi).json()["errors"] == [], 6))
    r = admin(multi, "POST", "/reload")
    assert r.status_code == 200 and r.json()["reloaded"] is True
    assert admin(multi, path=f"/versions/{v_new}", key="auditor").json()["version"] == v_new
    listed = {v["version"] for v in admin(multi, path="/versions", key="auditor").json()["versions"]}
    assert {v_old, v_new} <= listed
    assert "Traceback" not in multi.logs()


def test_in_flight_request_finishes_under_old_policy(multi: Gateway, mock: Llmock) -> None:
    pol: Path = multi.policies  # type: ignore[attr-defined]
    v_old = admin(multi).json()["policies"][0]["version"]
    mock.scenario({"type": "delay", "seconds": 2.0},
                  {"type": "reply", "text": "A gentle reminder about spring."})
    result: dict = {}

    def slow() -> None:
        raw = client(multi).chat.completions.with_raw_response.create(
            model="mock", messages=[{"role": "user", "content": "Remind them"}])
        result["resp"], result["headers"] = raw.parse(), raw.headers

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.6)  # the request is waiting upstream, pinned to the old policy
    write(pol / "default.yaml", BASE + "  - {id: no-spring, pattern: 'spring', where: output,"
                                       " action: block}\n")
    t.join(30)
    assert result["resp"].choices[0].finish_reason == "stop"
    assert result["headers"]["x-candor-policy-version"] == v_old
    # New requests get the new rule.
    until(lambda: all_of(lambda: admin(multi).json()["policies"][0]["version"] != v_old, 6))
    mock.scenario({"type": "reply", "text": "A gentle reminder about spring."})
    resp = client(multi).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "Remind them"}])
    assert resp.choices[0].finish_reason == "content_filter"
    write(pol / "default.yaml", BASE)


def test_sighup_restarts_workers_who_keep_last_good_rules(multi: Gateway) -> None:
    """SIGHUP to the parent replaces both workers. New workers that start while the file is
    broken serve the last good set (from the version store) and report the error."""
    pol: Path = multi.policies  # type: ignore[attr-defined]
    write(pol / "default.yaml", BASE)
    until(lambda: all_of(lambda: admin(multi).json()["errors"] == [], 6))
    time.sleep(1.5)  # both workers poll every second: let the slower one pick up BASE too
    versions = {admin(multi).json()["policies"][0]["version"] for _ in range(8)}
    assert len(versions) == 1
    good = versions.pop()
    old_pids = {admin(multi).json()["worker_pid"] for _ in range(8)}
    write(pol / "default.yaml", BASE + "mode: sometimes\n")
    until(lambda: all_of(lambda: bool(admin(multi).json()["errors"]), 6))
    os.kill(multi.proc.pid, signal.SIGHUP)

    def restarted() -> bool:
        try:
            s = admin(multi).json()
        except httpx.HTTPError:
            return False
        return s["worker_pid"] not in old_pids and s["source"] == "snapshot"

    until(lambda: all_of(restarted, 6), timeout=90)
    status = admin(multi).json()
    assert status["policies"][0]["version"] == good
    assert status["errors"] and status["errors"][0]["line"] == 11
    assert all_of(lambda: blocked(multi, "about project nightjar"))
    write(pol / "default.yaml", BASE)
    until(lambda: all_of(lambda: admin(multi).json()["errors"] == [], 6))
