"""Every text that goes upstream is scanned (issue 13, item 10): participant names, tool
descriptions, JSON-schema text, stop sequences, predicted output, image URLs and fields Candor
does not know; and a placeholder look-alike typed by the client never turns into someone's
value. Through a real gateway and a real upstream that records what it received."""

from __future__ import annotations

import json

import httpx

from gateway.marking import strip_marks
from tests.harness import Gateway, Llmock

EMAIL = "oscar.wilde@example.com"
EMAIL2 = "jane.roe@example.org"
PHONE = "+1 415 555 0134"
NAME = "Maria Gonzalez"


def post(gw: Gateway, body: dict) -> httpx.Response:
    return httpx.post(f"{gw.v1}/chat/completions", json=body, timeout=60,
                      headers={"Authorization": f"Bearer {gw.keys['app']}"})


def test_every_field_is_scanned(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Done."})
    body = {
        "model": "mock",
        "messages": [
            {"role": "system", "content": "You write for the Northwind shop."},
            {"role": "user", "name": NAME, "content": [
                {"type": "text", "text": "Describe this picture for our newsletter."},
                {"type": "image_url",
                 "image_url": {"url": f"https://img.example.net/p.png?owner={EMAIL2}"}}]},
        ],
        "tools": [{"type": "function", "function": {
            "name": "lookup_order",
            "description": f"Looks up orders; escalate to {EMAIL} when in doubt.",
            "parameters": {"type": "object", "properties": {"order": {
                "type": "string", "description": f"Order id, or call {PHONE}."}}}}}],
        "response_format": {"type": "json_schema", "json_schema": {
            "name": "note", "schema": {"type": "object", "properties": {"text": {
                "type": "string", "description": f"Signed by {NAME}."}}}}},
        "stop": [f"Regards, {NAME}"],
        "prediction": {"type": "content", "content": f"Dear {NAME},"},
        "x_crm_notes": {"owner": f"reach me at {EMAIL2}"},
    }
    r = post(gateway, body)
    assert r.status_code == 200, r.text
    [sent] = [req["body"] for req in mock.requests()]
    text = json.dumps(sent, ensure_ascii=False)
    for value in (EMAIL, EMAIL2, PHONE, NAME, "Gonzalez"):
        assert value not in text, value
    assert "name" not in sent["messages"][1]  # an identifier upstream: dropped, not rewritten
    assert sent["tools"][0]["function"]["name"] == "lookup_order"  # identifiers untouched
    assert "escalate to <EMAIL_ADDRESS_" in sent["tools"][0]["function"]["description"]
    assert sent["x_crm_notes"]["owner"].startswith("reach me at <EMAIL_ADDRESS_")


def test_typed_placeholder_lookalike_stays_literal(gateway: Gateway, mock: Llmock) -> None:
    """A client that types "<PERSON_1>" itself never gets a real name back in its place."""
    mock.scenario({"type": "reply", "text": "Hello <PERSON_1> and <PERSON_2>."})
    r = post(gateway, {"model": "mock", "messages": [{"role": "user", "content":
             f"Template: Hello <PERSON_1>. Write to {NAME}."}]})
    assert r.status_code == 200, r.text
    [sent] = [req["body"] for req in mock.requests()]
    assert NAME not in json.dumps(sent) and "<PERSON_2>" in json.dumps(sent)
    out = strip_marks(r.json()["choices"][0]["message"]["content"])
    assert out.startswith(f"Hello <PERSON_1> and {NAME}.")
