"""PII end to end: a real gateway process, a real llmock upstream, the official openai SDK.

Nothing original may reach the upstream (any role, tool calls, tool results, legacy prompt,
embeddings, Responses API), the logs or the response headers; placeholders come back restored,
streamed or not, split across chunks, mangled, or inside tool-call arguments.
"""

from __future__ import annotations

import json
from typing import Iterator

import openai
import pytest

from tests.conftest import PROVIDER_KEY
from gateway.marking import strip_marks
from tests.harness import Gateway, Llmock, mock_models, start_gateway

NAME = "Maria Gonzalez"
EMAIL = "maria.gonzalez@example.com"
PHONE = "(212) 555-0198"
CARD = "4111 1111 1111 1111"
ORIGINALS = [NAME, EMAIL, PHONE, CARD, "4111111111111111", "maria.gonzalez"]


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    g = start_gateway(tmp_path_factory.mktemp("gw-pii"), mock_models(llmock),
                      env={"MOCK_PROVIDER_KEY": PROVIDER_KEY})
    yield g
    g.stop()


def client(gw: Gateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)


def upstream_text(mock: Llmock) -> str:
    return json.dumps([r["body"] for r in mock.requests()], ensure_ascii=False)


def assert_clean(text: str, *values: str) -> None:
    for v in values or ORIGINALS:
        assert v not in text, f"{v!r} leaked"


def test_every_slot_is_pseudonymized_upstream(gw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "ok"})
    raw = client(gw).chat.completions.with_raw_response.create(model="mock", messages=[
        {"role": "system", "content": f"The customer is {NAME}."},
        {"role": "user", "content": [{"type": "text", "text": f"Write to {EMAIL} about {NAME}."}]},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_1", "type": "function",
            "function": {"name": "lookup", "arguments": json.dumps({"email": EMAIL})}}]},
        {"role": "tool", "tool_call_id": "call_1",
         "content": f"Phone on file: {PHONE}; card {CARD}."},
        {"role": "user", "content": f"Thanks. Also cc {EMAIL}."},
    ])
    body = mock.requests()[0]["body"]
    sent = json.dumps(body, ensure_ascii=False)
    assert_clean(sent)
    msgs = body["messages"]
    assert msgs[0]["content"] == "The customer is <PERSON_1>."
    assert "<EMAIL_ADDRESS_1>" in json.dumps(msgs[1]["content"])
    assert json.loads(msgs[2]["tool_calls"][0]["function"]["arguments"]) == {
        "email": "<EMAIL_ADDRESS_1>"}  # same value, same placeholder, in every message
    assert "<PHONE_NUMBER_1>" in msgs[3]["content"] and "<CREDIT_CARD_1>" in msgs[3]["content"]
    header = raw.headers["x-candor-pii"]
    assert dict(kv.split("=") for kv in header.split(",")) == {
        "PERSON": "1", "EMAIL_ADDRESS": "1", "PHONE_NUMBER": "1", "CREDIT_CARD": "1"}
    assert_clean(json.dumps(dict(raw.headers)))
    assert_clean(gw.logs())


def test_restore_non_stream_and_mangled(gw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": (
        "Hi <PERSON_1>, we will write to <EMAIL_ADDRESS_1>. Dear <person_1>, "
        "PERSON_1 and < PERSON 1 > and [PERSON_1]; <PERSON_9> stays.")})
    resp = client(gw).chat.completions.create(model="mock", messages=[
        {"role": "user", "content": f"Write to {NAME} at {EMAIL}. Also Jane Porter."}])
    out = strip_marks(resp.choices[0].message.content)
    assert out == (f"Hi {NAME}, we will write to {EMAIL}. Dear {NAME}, {NAME} and {NAME} and "
                   f"{NAME}; <PERSON_9> stays.")
    assert "Jane Porter" not in out  # an unknown index never borrows a neighbour's value


def test_restore_stream_split_placeholders(gw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Hello <PERSON_1>, your mail <EMAIL_ADDRESS_1> is set."})
    stream = client(gw).chat.completions.create(model="mock", stream=True, messages=[
        {"role": "user", "content": f"Greet {NAME} ({EMAIL})."}])
    pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    text = "".join(pieces)
    assert strip_marks(text) == f"Hello {NAME}, your mail {EMAIL} is set."
    # (Granularity is the policy output check's: it releases whole sentences; the restore
    # itself holds back at most a partial placeholder, see test_pii_units.)


@pytest.mark.parametrize("stream", [False, True])
def test_echo_shows_what_left_the_building(gw: Gateway, stream: bool) -> None:
    # The echo model answers with what the provider would have received: placeholders, which
    # are NOT restored (that would make the newcomer believe the originals left).
    resp = client(gw).chat.completions.create(model="echo", stream=stream, messages=[
        {"role": "user", "content": f"Say hi to {NAME}, {EMAIL}, {PHONE}."}])
    if stream:
        text = "".join(c.choices[0].delta.content or "" for c in resp if c.choices)
    else:
        text = resp.choices[0].message.content
    assert text.startswith("user: Say hi to <PERSON_1>, <EMAIL_ADDRESS_1>, <PHONE_NUMBER_1>.")


@pytest.mark.parametrize("stream", [False, True])
def test_tool_call_arguments_restored(gw: Gateway, mock: Llmock, stream: bool) -> None:
    mock.scenario({"type": "reply", "tool_calls": [{"name": "send_email", "arguments": {
        "to": "<EMAIL_ADDRESS_1>", "greeting": "Dear <PERSON_1>"}}]})
    tools = [{"type": "function", "function": {"name": "send_email", "parameters": {
        "type": "object", "properties": {"to": {"type": "string"},
                                         "greeting": {"type": "string"}}}}}]
    kwargs = dict(model="mock", tools=tools, messages=[
        {"role": "user", "content": f"Email {NAME} at {EMAIL} with a \"quote\"."}])
    if not stream:
        resp = client(gw).chat.completions.create(**kwargs)
        args = resp.choices[0].message.tool_calls[0].function.arguments
    else:
        args = ""
        for c in client(gw).chat.completions.create(stream=True, **kwargs):
            for tc in (c.choices[0].delta.tool_calls or []) if c.choices else []:
                args += tc.function.arguments or "" if tc.function else ""
    assert json.loads(args) == {"to": EMAIL, "greeting": f"Dear {NAME}"}
    assert_clean(upstream_text(mock))


def test_new_pii_in_output_is_redacted(gw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Call us at +1 415 555 0142 or mail help@invented.example.org."})
    raw = client(gw).chat.completions.with_raw_response.create(model="mock", messages=[
        {"role": "user", "content": "Write a support footer."}])
    out = strip_marks(raw.parse().choices[0].message.content)
    assert out == "Call us at <PHONE_NUMBER> or mail <EMAIL_ADDRESS>."


def test_legacy_embeddings_responses(gw: Gateway, mock: Llmock) -> None:
    c = client(gw)
    mock.scenario({"type": "reply", "text": "Dear <PERSON_1>"})
    done = c.completions.create(model="mock", prompt=f"Write to {NAME} at {EMAIL}.")
    assert strip_marks(done.choices[0].text) == f"Dear {NAME}"
    c.embeddings.create(model="mock", input=[f"{NAME} likes jackets", f"mail {EMAIL}"])
    mock.scenario({"type": "reply", "text": "Hi <PERSON_1>"})
    resp = c.responses.create(model="mock", instructions=f"Customer email {EMAIL}.",
                              input=[{"role": "user", "content": f"Greet {NAME}."}])
    assert strip_marks(resp.output_text) == f"Hi {NAME}"
    sent = upstream_text(mock)
    assert len(mock.requests()) == 3
    assert_clean(sent)
    assert "<PERSON_1>" in sent and "<EMAIL_ADDRESS_1>" in sent
    assert_clean(gw.logs())


def test_obfuscated_email_is_caught(gw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "ok"})
    sneaky = "m\u0430ria.gonz\u200balez\uff20example\u2024com"  # Cyrillic a, ZWSP, fullwidth @
    client(gw).chat.completions.create(model="mock", messages=[
        {"role": "user", "content": f"Send the coupon to {sneaky} today."}])
    sent = mock.requests()[0]["body"]["messages"][0]["content"]
    assert sent == "Send the coupon to <EMAIL_ADDRESS_1> today."


def test_brand_names_and_order_numbers(gw: Gateway) -> None:
    resp = client(gw).chat.completions.with_raw_response.create(model="echo-raw", messages=[
        {"role": "user", "content": "Order #NW-19722233 for the Cascade fleece ships Monday."}])
    echoed = json.loads(resp.parse().choices[0].message.content)["content"]
    assert echoed == "Order #<ORDER_NUMBER_1> for the Cascade fleece ships Monday."  # brand kept
    assert "ORDER_NUMBER=1" in resp.headers["x-candor-pii"]


STRICT = {"allow_list": ["Spring Glow Serum", "Acme"], "actions": {"US_SSN": "block",
                                                                  "LOCATION": "redact"}}


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    g = start_gateway(tmp_path_factory.mktemp("gw-pii-strict"), mock_models(llmock),
                      env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                      settings={"pii_config": STRICT, "log_prompts": True})
    yield g
    g.stop()


def test_block_action_names_types_only(strict: Gateway, mock: Llmock) -> None:
    ssn = "219-09-9999"
    with pytest.raises(openai.BadRequestError) as exc:
        client(strict).chat.completions.create(model="mock", messages=[
            {"role": "user", "content": f"Customer {NAME}, SSN {ssn}, wants a refund."}])
    assert exc.value.code == "content_policy_violation"
    assert "US_SSN" in exc.value.message
    assert ssn not in str(exc.value.body) and NAME not in str(exc.value.body)
    assert mock.requests() == []
    assert ssn not in strict.logs() and NAME not in strict.logs()


def test_allow_list_and_redact(strict: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Hi <PERSON_1> from <LOCATION>"})
    raw = client(strict).chat.completions.with_raw_response.create(model="mock", messages=[
        {"role": "user", "content": f"Tell {NAME} in Brooklyn that Acme restocked the "
                                    "Spring Glow Serum."}])
    sent = mock.requests()[0]["body"]["messages"][0]["content"]
    assert sent == ("Tell <PERSON_1> in <LOCATION> that Acme restocked the Spring Glow Serum.")
    assert strip_marks(raw.parse().choices[0].message.content) == f"Hi {NAME} from <LOCATION>"
    assert "LOCATION=1" in raw.headers["x-candor-pii"]
    # log_prompts is on: the logged prompt and output carry placeholders, not the name
    logs = strict.logs()
    assert "Hi <PERSON_1> from <LOCATION>" in logs and NAME not in logs and "Brooklyn" not in logs


def test_street_address_stays_home(gw: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Shipping to <STREET_ADDRESS_1> today."})
    resp = client(gw).chat.completions.create(model="mock", messages=[
        {"role": "user", "content": "Order ships to 88 Fulton St, Apt 4B, Brooklyn, NY 11201."}])
    sent = mock.requests()[0]["body"]["messages"][0]["content"]
    # the whole address is one placeholder: number, street, unit, city line and zip code
    assert sent == "Order ships to <STREET_ADDRESS_1>."
    assert strip_marks(resp.choices[0].message.content) == \
        "Shipping to 88 Fulton St, Apt 4B, Brooklyn, NY 11201 today."
