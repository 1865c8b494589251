"""End to end, all stages on: personal data reaches neither the provider, the logs, nor the
audit store (SQLite file bytes, WAL included), while the client gets it back in the answer."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import httpx
import openai
import pytest

from gateway.marking import strip_marks
from tests.conftest import PROVIDER_KEY
from tests.harness import Gateway, Llmock, mock_models, start_gateway

NAME, EMAIL, PHONE = "Maria Gonzalez", "maria.gonzalez@example.com", "+1 415 555 0142"
CARD = "4111 1111 1111 1111"
RECIPIENT = "crm-contact-778812"


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    g = start_gateway(tmp_path_factory.mktemp("gw-private"), mock_models(llmock),
                      env={"MOCK_PROVIDER_KEY": PROVIDER_KEY})
    yield g
    g.stop()


def stored_bytes(gw: Gateway) -> bytes:
    data = gw.home / "data"
    return b"".join(p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file())


def test_nothing_personal_leaves_or_is_kept(gw: Gateway, mock: Llmock) -> None:
    c = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)
    prompt = (f"Write a short thank-you note to {NAME} ({EMAIL}, {PHONE}) for her order; "
              f"the card ending {CARD} was charged.")
    mock.scenario({"type": "reply", "text": "Dear <PERSON_1>, thank you for your order."},
                  {"type": "reply", "text": "Dear <PERSON_1>, we will call <PHONE_NUMBER_1>."})
    meta = {"recipient_id": RECIPIENT, "channel": "email", "campaign": "thanks"}
    resp = c.chat.completions.create(model="mock", messages=[{"role": "user", "content": prompt}],
                                     metadata=meta, user=EMAIL)  # apps do put emails in `user`
    assert strip_marks(resp.choices[0].message.content).startswith(f"Dear {NAME},")
    text = "".join(ch.choices[0].delta.content or "" for ch in c.chat.completions.create(
        model="mock", stream=True, messages=[{"role": "user", "content": prompt}],
        metadata=meta) if ch.choices)
    assert NAME in text and PHONE in text
    sent = str([r["body"] for r in mock.requests()])
    assert mock.requests()[0]["body"]["user"].startswith("u-")  # stable, salted, not the email
    secrets = [NAME, "Gonzalez", EMAIL, PHONE, CARD, "4111111111111111", RECIPIENT]
    for value in secrets:
        assert value not in sent, f"{value!r} reached the provider"
        assert value not in gw.logs(), f"{value!r} reached the logs"
    stored = stored_bytes(gw)
    assert b"thank-you note" in stored  # the record is there (pseudonymised prompt)...
    for value in secrets:
        assert value.encode() not in stored, f"{value!r} reached the audit store"
    assert PROVIDER_KEY.encode() not in stored and PROVIDER_KEY not in gw.logs()


def test_a_blocked_request_is_recorded_with_its_finding(gw: Gateway) -> None:
    c = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)
    prompt = f"Write an email to {NAME}. She is pregnant, so offer our baby range."
    with pytest.raises(openai.BadRequestError) as exc:
        c.chat.completions.create(model="echo", messages=[{"role": "user", "content": prompt}])
    assert exc.value.code == "content_policy_violation"
    assert NAME not in exc.value.message
    gen_id = exc.value.response.headers["x-candor-generation-id"]
    r = httpx.get(f"{gw.base_url}/audit/v1/generations/{gen_id}",
                  headers={"Authorization": f"Bearer {gw.keys['auditor']}"})
    assert r.status_code == 200, r.text
    rec = r.json()["record"]  # with its inclusion proof beside it
    assert rec["status"] == "blocked" and rec["http_status"] == 400
    assert any(f["category"] == "pregnancy" for f in rec["findings"])
    assert rec["policy"]["name"] == "default" and rec["policy"]["version"]
    assert r.json()["proof"]["hashes"] is not None
    assert NAME not in r.text and "<PERSON_1>" in r.text  # the prompt as sent: pseudonymised
