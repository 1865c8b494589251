"""The review queue end to end: a real gateway, the real openai SDK, llmock upstream, a real
webhook receiver process. A held generation answers with a notice; reviewers decide; the app's
poll returns the approved text restored, disclosed and marked; decisions are audit events."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml

from gateway.keys import create_key
from gateway.review.webhook import verify
from tests.conftest import PROVIDER_KEY
from tests.harness import ROOT, Gateway, Llmock, free_port, mock_models, start_gateway, wait_http

EMAIL = {"X-Candor-Channel": "email"}
DISCLOSURE = "This message was written with the help of AI."
SECRET = "whsec-test-0123456789abcdef"
PROMPT = "Write the spring note for Jane Doe (jane.doe@example.com), signed by Dana Whitfield."
REPLY = "Dear <PERSON_1>, spring is here. We will write to <EMAIL_ADDRESS_1>.\n\nBest,\n<PERSON_2>"

# A webhook receiver: records every POST; on /flaky it fails the first 2 attempts per review.
RECEIVER = textwrap.dedent("""
    import json, sys
    from http.server import BaseHTTPRequestHandler, HTTPServer
    log = open(sys.argv[2], "a")
    seen = {}
    class H(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200); self.end_headers()
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length") or 0)).decode()
            rid = self.headers.get("x-candor-review-id")
            seen[(self.path, rid)] = seen.get((self.path, rid), 0) + 1
            status = 503 if self.path == "/flaky" and seen[(self.path, rid)] <= 2 else 200
            log.write(json.dumps({"path": self.path, "body": body, "status": status,
                                  "signature": self.headers.get("x-candor-signature"),
                                  "review_id": rid}) + "\\n")
            log.flush()
            self.send_response(status); self.end_headers()
        def log_message(self, *a):
            pass
    HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
""")


class Receiver:
    def __init__(self, tmp: Path) -> None:
        self.port = free_port()
        self.log = tmp / "webhooks.jsonl"
        self.log.touch()
        self.proc = subprocess.Popen([sys.executable, "-c", RECEIVER, str(self.port),
                                      str(self.log)], stderr=subprocess.DEVNULL)
        wait_http(f"http://127.0.0.1:{self.port}/", self.proc, self.log)  # type: ignore[arg-type]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def got(self, review_id: str) -> list[dict[str, Any]]:
        lines = self.log.read_text().splitlines()
        return [r for r in map(json.loads, lines) if r["review_id"] == review_id]


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    r = Receiver(tmp_path_factory.mktemp("receiver"))
    yield r
    r.proc.terminate()
    r.proc.wait(10)


@pytest.fixture(scope="module")
def rgw(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock,
        receiver: Receiver) -> Iterator[Gateway]:
    home = tmp_path_factory.mktemp("review-gw")
    policies = home / "policies"
    policies.mkdir()
    (policies / "default.yaml").write_text((ROOT / "policies" / "default.yaml").read_text())
    for name, extra in (("quick", {"expires_after": "1s", "webhook_url": receiver.url("/quick")}),
                        ("flaky", {"webhook_url": receiver.url("/flaky")}),
                        ("editorial", {"waive_disclosure_when_approved": True})):
        (policies / f"{name}.yaml").write_text(yaml.safe_dump(
            {"policy": name, "disclosure": {"invisible": "compact"},
             "review": {"always": True, **extra}}))
    gw = start_gateway(home, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       keys={"app": ("marketing-app", ["generate"], "default"),
                             "other": ("other-app", ["generate"], "default"),
                             "quick": ("quick-app", ["generate"], "quick"),
                             "flaky": ("flaky-app", ["generate"], "flaky"),
                             "editor": ("editor-app", ["generate"], "editorial"),
                             "reviewer": ("review-desk", ["review"], "default"),
                             "auditor": ("audit-team", ["audit"], "default")},
                       settings={"policies_dir": str(policies), "review_sweep_interval": 0.3,
                                 "review_webhook_url": receiver.url("/hook"),
                                 "review_webhook_secret": SECRET,
                                 "review_webhook_backoff": 0.05})
    keys_file = home / "keys.yaml"
    gw.keys["dana"] = create_key(keys_file, "dana-desk", ["review"], principal="Dana Whitfield")
    gw.keys["sam"] = create_key(keys_file, "sam-desk", ["review"], principal="Sam Ortiz")
    time.sleep(1.2)  # the key file is re-read at most once a second
    yield gw
    gw.stop()


def sdk(gw: Gateway, who: str = "app") -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[who], max_retries=0)


def api(gw: Gateway, who: str, method: str, path: str, **kw: Any) -> httpx.Response:
    return httpx.request(method, f"{gw.base_url}{path}", timeout=30,
                         headers={"Authorization": f"Bearer {gw.keys[who]}"}, **kw)


def hold(gw: Gateway, mock: Llmock, who: str = "app", stream: bool = False) -> tuple[str, str]:
    """A generation the default policy holds (a with_approval principal signs it)."""
    mock.scenario({"type": "reply", "text": REPLY})
    client = sdk(gw, who)
    if stream:
        with client.chat.completions.with_streaming_response.create(
                model="mock", messages=[{"role": "user", "content": PROMPT}],
                stream=True, extra_headers=EMAIL) as raw:
            assert raw.headers["x-candor-review"] == "pending"
            chunks = list(raw.parse())
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        finish = [c.choices[0].finish_reason for c in chunks if c.choices][-1]
        info = next(c.model_extra["candor_review"] for c in chunks
                    if (c.model_extra or {}).get("candor_review"))
        gen = chunks[0].id
    else:
        raw = client.chat.completions.with_raw_response.create(
            model="mock", messages=[{"role": "user", "content": PROMPT}], extra_headers=EMAIL)
        assert raw.headers["x-candor-review"] == "pending"
        done = raw.parse()
        text, finish = done.choices[0].message.content, done.choices[0].finish_reason
        info = done.model_extra["candor_review"]
        gen = done.id
        assert raw.headers["x-candor-review-id"] == info["id"]
    assert finish == "content_filter"
    assert info["status"] == "pending" and info["poll"] == f"/v1/reviews/{info['id']}"
    assert info["id"] in text and "Dana" not in text and "spring is here" not in text
    return info["id"], gen


def record(gw: Gateway, gen: str) -> dict[str, Any]:
    r = api(gw, "auditor", "GET", f"/audit/v1/generations/{gen}")
    assert r.status_code == 200, r.text
    return r.json()


def test_held_then_approved_poll_is_restored_and_marked(rgw: Gateway, mock: Llmock) -> None:
    rid, gen = hold(rgw, mock)
    sent = json.dumps(mock.requests()[-1])
    assert "<PERSON_1>" in sent and "jane.doe@example.com" not in sent
    poll = api(rgw, "app", "GET", f"/v1/reviews/{rid}").json()
    assert poll["status"] == "pending" and "text" not in poll and "draft" not in poll
    # the reviewer sees the pseudonymised draft, its findings and policy
    item = api(rgw, "reviewer", "GET", f"/v1/reviews/{rid}").json()
    assert item["draft"] == REPLY and item["principal"] == "Dana Whitfield"
    assert "ghostwriting.awaiting_approval" in item["rule_ids"] and item["policy_name"] == "default"
    assert "<PERSON_1>" in json.dumps(item["prompt"])
    # the record is there, held, with nothing delivered
    rec = record(rgw, gen)["record"]
    assert rec["status"] == "held" and rec["review"]["id"] == rid
    assert all(not o["text"] for o in rec["output"])
    listed = api(rgw, "auditor", "GET", "/audit/v1/generations", params={"status": "held"})
    assert gen in [g["generation_id"] for g in listed.json()["data"]]
    ok = api(rgw, "dana", "POST", f"/v1/reviews/{rid}/approve", json={"reason": "fine"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["status"] == "approved" and ok.json()["decided_by"]["key_id"]
    poll = api(rgw, "app", "GET", f"/v1/reviews/{rid}").json()
    assert poll["status"] == "approved", poll
    text = poll["text"]
    assert "Dear Jane Doe" in text and "jane.doe@example.com" in text and "Dana Whitfield" in text
    assert DISCLOSURE in text and poll["mark"]["mark_id"]  # disclosed and marked like any answer
    assert poll["disclosure_waived"] is False
    again = api(rgw, "app", "GET", f"/v1/reviews/{rid}").json()
    assert again["text"] == text  # the redelivery window
    check = api(rgw, "app", "POST", "/v1/provenance/verify", json={"text": text}).json()
    marks = [m for m in check["marks"] if m["signature_valid"]]
    assert marks and marks[0]["generation_id"] == gen and marks[0]["text_changed"] is False
    events = {e["type"]: e for e in record(rgw, gen)["events"]}
    assert events["review.approved"]["data"]["reason"] == "fine"
    assert events["review.approved"]["actor"]["principal"] == "Dana Whitfield"
    assert events["review.delivered"]["data"]["mark"]["mark_id"] == poll["mark"]["mark_id"]
    # another app's generate key does not learn the review exists
    assert api(rgw, "other", "GET", f"/v1/reviews/{rid}").status_code == 404


def test_stream_is_held_whole(rgw: Gateway, mock: Llmock) -> None:
    rid, gen = hold(rgw, mock, stream=True)
    assert api(rgw, "reviewer", "GET", f"/v1/reviews/{rid}").json()["draft"] == REPLY
    assert record(rgw, gen)["record"]["status"] == "held"


def test_stream_held_by_an_output_rule_stops_where_it_asks(rgw: Gateway, mock: Llmock) -> None:
    """Nothing on the request asks for review, so the stream flows sentence by sentence until
    the model signs in Dana's name: from there on nothing leaves; the whole draft is queued."""
    reply = "Spring is here. The garden centre opens at nine.\n\nBest,\nDana Whitfield"
    mock.scenario({"type": "reply", "text": reply})
    chunks = list(sdk(rgw).chat.completions.create(
        model="mock", stream=True, extra_headers=EMAIL,
        messages=[{"role": "user", "content": "Write a short spring note."}]))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Dana" not in text and [c.choices[0].finish_reason for c in chunks
                                   if c.choices][-1] == "content_filter"
    info = next(c.model_extra["candor_review"] for c in chunks
                if (c.model_extra or {}).get("candor_review"))
    assert info["id"] in text
    item = api(rgw, "reviewer", "GET", f"/v1/reviews/{info['id']}").json()
    assert item["draft"] == reply and item["principal"] == "Dana Whitfield"


def test_reject_with_reason_and_no_second_decision(rgw: Gateway, mock: Llmock) -> None:
    rid, _gen = hold(rgw, mock)
    bad = api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/reject", json={})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "reason"
    r = api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/reject", json={"reason": "off-brand"})
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    poll = api(rgw, "app", "GET", f"/v1/reviews/{rid}").json()
    assert poll["status"] == "rejected" and poll["reason"] == "off-brand" and "text" not in poll
    twice = api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/approve")
    assert twice.status_code == 409 and twice.json()["error"]["code"] == "review_not_pending"


def test_edit_is_approved_with_its_diff_in_the_audit_event(rgw: Gateway, mock: Llmock) -> None:
    rid, gen = hold(rgw, mock)
    edited = "Dear Jane Doe, spring is finally here.\n\nWarmly,\n<PERSON_2>"
    r = api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/edit",
            json={"text": edited, "reason": "warmer"})
    assert r.status_code == 200, r.text
    # the name the reviewer typed is stored behind its placeholder
    assert r.json()["final_text"] == (
        "Dear <PERSON_1>, spring is finally here.\n\nWarmly,\n<PERSON_2>")
    event = next(e for e in record(rgw, gen)["events"] if e["type"] == "review.approved")
    diff = event["data"]["diff"]
    assert event["data"]["decision"] == "edit"
    assert "+Dear <PERSON_1>, spring is finally here." in diff and "-Best," in diff
    assert "Jane Doe" not in json.dumps(event)
    listed = api(rgw, "auditor", "GET", "/audit/v1/events",
                 params={"type": "review.approved", "generation_id": gen}).json()["data"]
    assert [e["event_id"] for e in listed] == [event["event_id"]]
    text = api(rgw, "app", "GET", f"/v1/reviews/{rid}").json()["text"]
    assert text.startswith("Dear Jane Doe, spring is finally here.") and "Dana Whitfield" in text


def test_principal_bound_reviewer_sees_only_their_items(rgw: Gateway, mock: Llmock) -> None:
    rid, _gen = hold(rgw, mock)
    denied = api(rgw, "sam", "POST", f"/v1/reviews/{rid}/approve")
    assert denied.status_code == 403 and denied.json()["error"]["type"] == "permission_error"
    assert api(rgw, "sam", "GET", f"/v1/reviews/{rid}").status_code == 403
    sams = api(rgw, "sam", "GET", "/v1/reviews", params={"status": "pending"}).json()["data"]
    assert rid not in [i["id"] for i in sams]
    danas = api(rgw, "dana", "GET", "/v1/reviews", params={"status": "pending"}).json()["data"]
    assert rid in [i["id"] for i in danas]
    assert api(rgw, "sam", "GET", "/v1/reviews",
               params={"principal": "Dana Whitfield"}).status_code == 403
    counts = api(rgw, "dana", "GET", "/v1/reviews/counts").json()
    assert counts["pending"] >= 1
    assert api(rgw, "app", "GET", "/v1/reviews").status_code == 403  # generate only


def test_bad_parameters_are_named(rgw: Gateway, mock: Llmock) -> None:
    r = api(rgw, "reviewer", "GET", "/v1/reviews", params={"stauts": "pending"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "stauts"
    r = api(rgw, "reviewer", "GET", "/v1/reviews", params={"status": "done"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "status"
    r = api(rgw, "reviewer", "GET", "/v1/reviews", params={"limit": "x"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "limit"
    r = api(rgw, "reviewer", "GET", "/v1/reviews/rev_nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "review_not_found"
    rid, _gen = hold(rgw, mock)
    r = api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/edit", json={"txt": "x"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "txt"
    r = api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/edit", json={"text": 3})
    assert r.status_code == 400 and r.json()["error"]["param"] == "text"


def test_expiry_is_reported_to_the_app_and_the_webhook(rgw: Gateway, mock: Llmock,
                                                       receiver: Receiver) -> None:
    mock.scenario({"type": "reply", "text": "Spring is here."})
    done = sdk(rgw, "quick").chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "Write a spring note."}])
    rid = done.model_extra["candor_review"]["id"]
    assert done.choices[0].finish_reason == "content_filter"
    deadline = time.monotonic() + 15
    while not receiver.got(rid) and time.monotonic() < deadline:
        time.sleep(0.2)
    poll = api(rgw, "quick", "GET", f"/v1/reviews/{rid}").json()
    assert poll["status"] == "expired"
    hooks = receiver.got(rid)
    assert hooks and json.loads(hooks[0]["body"])["review"]["status"] == "expired"
    assert hooks[0]["path"] == "/quick"  # the policy's own webhook wins over the setting
    event = next(e for e in record(rgw, done.id)["events"] if e["type"] == "review.expired")
    assert event["data"]["review_id"] == rid
    late = api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/approve")
    assert late.status_code == 409


def test_webhook_is_signed_and_retried_with_a_delivery_log(rgw: Gateway, mock: Llmock,
                                                           receiver: Receiver) -> None:
    mock.scenario({"type": "reply", "text": "Spring is here."})
    done = sdk(rgw, "flaky").chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "Write a spring note."}])
    rid = done.model_extra["candor_review"]["id"]
    assert api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/approve").status_code == 200
    deadline = time.monotonic() + 15
    while len(receiver.got(rid)) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    got = receiver.got(rid)
    assert [g["status"] for g in got] == [503, 503, 200]
    for g in got:
        assert verify(SECRET.encode(), g["body"].encode(), g["signature"])
        assert not verify(b"wrong", g["body"].encode(), g["signature"])
        body = json.loads(g["body"])
        assert body["type"] == "review.approved" and "text" not in body["review"]
    log = []
    while time.monotonic() < deadline:
        log = api(rgw, "reviewer", "GET", f"/v1/reviews/{rid}/deliveries").json()["data"]
        if len(log) == 3:
            break
        time.sleep(0.1)
    assert [(d["attempt"], d["ok"], d["status_code"]) for d in log] == [
        (1, False, 503), (2, False, 503), (3, True, 200)]


def test_approval_waives_the_label_only_where_the_policy_says_so(rgw: Gateway,
                                                                mock: Llmock) -> None:
    """EU AI Act Art. 50(4): the editorial policy lets approved copy go out unlabelled; the
    invisible mark stays (the default policy keeps the label: the first test)."""
    mock.scenario({"type": "reply", "text": "Our spring editorial is out."})
    done = sdk(rgw, "editor").chat.completions.create(
        model="mock", extra_headers=EMAIL,
        messages=[{"role": "user", "content": "Write the spring editorial teaser."}])
    rid = done.model_extra["candor_review"]["id"]
    assert api(rgw, "reviewer", "POST", f"/v1/reviews/{rid}/approve").status_code == 200
    poll = api(rgw, "editor", "GET", f"/v1/reviews/{rid}").json()
    assert poll["disclosure_waived"] is True and DISCLOSURE not in poll["text"]
    assert poll["text"].startswith("Our spring editorial is out.") and poll["mark"]["mark_id"]
    check = api(rgw, "editor", "POST", "/v1/provenance/verify", json={"text": poll["text"]})
    assert [m["signature_valid"] for m in check.json()["marks"]] == [True]


def test_stored_queue_holds_no_raw_personal_data(rgw: Gateway, mock: Llmock) -> None:
    rid, _gen = hold(rgw, mock)
    db = rgw.home / "data" / "review.db"
    con = sqlite3.connect(db)
    try:
        rows = [repr(r) for t in ("review_items", "review_secrets", "review_webhook_deliveries")
                for r in con.execute(f"SELECT * FROM {t}")]  # fixed table names
    finally:
        con.close()
    dump = "\n".join(rows)
    assert rid in dump and "<EMAIL_ADDRESS_1>" in dump
    assert "jane.doe@example.com" not in dump and "Jane Doe" not in dump
    raw = b"".join(p.read_bytes() for p in db.parent.glob("review.db*"))
    assert b"jane.doe@example.com" not in raw and b"Jane Doe" not in raw
