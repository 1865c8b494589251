"""Marking through a real gateway process, a real upstream (llmock) and the openai SDK."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys

import httpx
import openai

from gateway.marking import find_marks, strip_marks
from gateway.marking.config import DISCLOSURE_TEXTS, SHORT_DISCLOSURE_TEXTS
from gateway.marking.mark import CompactMark, make_mark, insert_mark
from gateway.signing import SigningKey
from tests.harness import ROOT, Gateway, Llmock

LETTER = ("Dear Anna,\n\nthank you for your order of the Spring Glow Serum. It is on its way and "
          "should arrive by Friday. If anything is not right, just reply to this message and "
          "our team will sort it out for you.\n\nWarm regards,\nThe Acme Customer Team")


def client(gw: Gateway, key: str = "app") -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)


def verify(gw: Gateway, text: str, key: str = "app") -> dict:
    r = httpx.post(f"{gw.v1}/provenance/verify", json={"text": text},
                   headers={"Authorization": f"Bearer {gw.keys[key]}"}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def assert_headers(headers: httpx.Headers, mode: str = "compact") -> None:
    assert headers["x-ai-generated"] == "true"
    assert headers["link"] == '</v1/provenance/verify>; rel="ai-provenance"'
    assert headers["x-candor-mark"] == mode
    assert headers["x-candor-generation-id"]


def test_stream_and_non_stream_verify_identically(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": LETTER, "times": 2})
    msgs = [{"role": "user", "content": "Write a shipping note to Anna"}]
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="mock", messages=msgs, metadata={"channel": "email"})
    assert_headers(raw.headers)
    whole = raw.parse().choices[0].message.content

    sraw = client(gateway).chat.completions.with_raw_response.create(
        model="mock", messages=msgs, metadata={"channel": "email"}, stream=True)
    assert_headers(sraw.headers)
    chunks = [c for c in sraw.parse() if c.choices]
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks)
    # The mark rides in the last content chunk, right before the finish_reason chunk.
    with_content = [i for i, c in enumerate(chunks) if c.choices[0].delta.content]
    assert find_marks(chunks[with_content[-1]].choices[0].delta.content)
    assert chunks[with_content[-1] + 1].choices[0].finish_reason == "stop"

    expected = LETTER + "\n\n" + DISCLOSURE_TEXTS["en"]
    assert strip_marks(whole) == strip_marks(streamed) == expected
    for text, gen in ((whole, raw.headers["x-candor-generation-id"]),
                      (streamed, sraw.headers["x-candor-generation-id"])):
        report = verify(gateway, text)
        assert report["verdict"] == "verified" and report["signature_valid"] is True
        assert report["generation_id"] == gen and report["text_changed"] is False
        assert report["matches"][0]["similarity"] == 1.0  # indexed at completion


def test_sms_gets_short_disclosure_and_no_channel_none(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Your parcel ships today.", "times": 2})
    sms = client(gateway).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "sms"}],
        extra_headers={"X-Candor-Channel": "sms"}).choices[0].message.content
    assert strip_marks(sms) == "Your parcel ships today. " + SHORT_DISCLOSURE_TEXTS["en"]
    plain = client(gateway).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "x"}]).choices[0].message.content
    assert strip_marks(plain) == "Your parcel ships today."  # invisible mark only
    assert len(plain) - len(strip_marks(plain)) <= 100


def test_json_mode_and_tool_calls_carry_no_inline_mark(gateway: Gateway, mock: Llmock) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="mock", messages=[{"role": "user", "content": "json please"}],
        response_format={"type": "json_object"}, metadata={"channel": "email"})
    assert_headers(raw.headers, "none")
    content = raw.parse().choices[0].message.content
    json.loads(content)
    assert not find_marks(content) and strip_marks(content) == content

    mock.scenario({"type": "reply", "tool_calls": [
        {"name": "send_email", "arguments": {"to": "customer-list-7", "body": "Hi"}}]})
    tools = [{"type": "function", "function": {"name": "send_email", "parameters": {
        "type": "object", "properties": {"to": {"type": "string"}, "body": {"type": "string"}}}}}]
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="mock", messages=[{"role": "user", "content": "send it"}], tools=tools,
        metadata={"channel": "email"})
    assert_headers(raw.headers)
    call = raw.parse().choices[0].message.tool_calls[0]
    assert json.loads(call.function.arguments) == {"to": "customer-list-7", "body": "Hi"}
    assert strip_marks(call.function.arguments) == call.function.arguments

    # A stream of tool-call arguments is untouched as well.
    mock.scenario({"type": "reply", "tool_calls": [
        {"name": "send_email", "arguments": {"to": "segment-b", "body": "Yo"}}]})
    stream = client(gateway).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "send it"}], tools=tools, stream=True)
    args = "".join(tc.function.arguments or "" for c in stream if c.choices
                   for tc in (c.choices[0].delta.tool_calls or []))
    assert json.loads(args) == {"to": "segment-b", "body": "Yo"}


def test_echo_json_lines_are_not_marked(gateway: Gateway) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="echo-raw", messages=[{"role": "system", "content": "s"},
                                {"role": "user", "content": "u"}])
    assert raw.headers["x-ai-generated"] == "true"
    content = raw.parse().choices[0].message.content
    assert [json.loads(line) for line in content.splitlines()]


def test_stripped_and_edited_copies_match_by_fingerprint(gateway: Gateway, mock: Llmock) -> None:
    text = ("Spring is here and so is our garden collection: twelve new planters in terracotta "
            "and slate, hand-thrown in Portugal, with free delivery on orders over forty euros "
            "until the end of April. Come and see them in our Leeds store this weekend.")
    mock.scenario({"type": "reply", "text": text})
    resp = client(gateway).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "promo"}])
    stripped = strip_marks(resp.choices[0].message.content)
    report = verify(gateway, stripped)
    assert report["mark_found"] is False and report["verdict"] == "fingerprint_match"
    assert report["matches"][0]["generation_id"] == resp.id
    edited = stripped.replace("twelve", "fourteen").replace("Leeds", "York")
    top = verify(gateway, edited)["matches"][0]
    assert top["generation_id"] == resp.id and 0.8 <= top["similarity"] < 1.0


def test_forged_and_foreign_marks_rejected(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Flash sale ends at midnight."})
    resp = client(gateway).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "x"}])
    text = resp.choices[0].message.content
    [mark] = find_marks(text)
    forged = CompactMark("chatcmpl-" + "0" * 32, mark.key_id, mark.text_hash, mark.signature)
    report = verify(gateway, strip_marks(text) + forged.selectors())
    assert report["verdict"] == "invalid_mark" and report["signature_valid"] is False

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stranger = SigningKey(Ed25519PrivateKey.generate())
    other = insert_mark("Flash sale ends at midnight.",
                        make_mark(stranger, resp.id, "Flash sale ends at midnight."))
    assert verify(gateway, other)["verdict"] == "invalid_mark"


def test_verify_endpoint_auth_and_audit_role(gateway: Gateway, mock: Llmock) -> None:
    r = httpx.post(f"{gateway.v1}/provenance/verify", json={"text": "x"})
    assert r.status_code == 401 and r.json()["error"]["type"] == "authentication_error"
    r = httpx.post(f"{gateway.v1}/provenance/verify", json={"nope": 1},
                   headers={"Authorization": f"Bearer {gateway.keys['app']}"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "text"
    assert "audit_records" not in verify(gateway, "hello", "app")
    assert verify(gateway, "hello", "auditor")["audit_records"] == {}  # nothing found
    key = httpx.get(f"{gateway.v1}/provenance/public-key").json()
    assert key["algorithm"] == "Ed25519" and len(base64.b64decode(key["public_key_b64"])) == 32


def test_responses_api_is_marked(gateway: Gateway, mock: Llmock) -> None:
    mock.scenario({"type": "reply", "text": "Thanks for being with us.", "times": 2})
    out = client(gateway).responses.create(model="mock", input="thank-you note")
    assert verify(gateway, out.output_text)["generation_id"] == out.id
    events = list(client(gateway).responses.create(model="mock", input="again", stream=True))
    done = [e for e in events if e.type == "response.output_text.done"][0]
    assert verify(gateway, done.text)["verdict"] == "verified"


def test_cli_verify_offline(gateway: Gateway, mock: Llmock, tmp_path) -> None:
    mock.scenario({"type": "reply", "text": LETTER})
    resp = client(gateway).chat.completions.create(
        model="mock", messages=[{"role": "user", "content": "x"}])
    text = resp.choices[0].message.content
    pub = httpx.get(f"{gateway.v1}/provenance/public-key").json()["public_key_b64"]
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "CANDOR_CONFIG": str(gateway.home / "candor.yaml")}

    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "gateway", "verify", *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=60)

    ok = run("-", "--public-key", pub, "--json", stdin=text)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["generation_id"] == resp.id
    path = tmp_path / "copy.txt"
    path.write_text(strip_marks(text), encoding="utf-8")
    stripped = run(str(path), stdin="")  # key and index from the gateway's data_dir
    assert stripped.returncode == 1 and resp.id in stripped.stdout, stripped.stdout
    assert run("-", "--public-key", base64.b64encode(b"\1" * 32).decode(),
               stdin=text).returncode == 2
    online = run("-", "--url", gateway.base_url, "--key", gateway.keys["auditor"], "--json",
                 stdin=text)
    assert online.returncode == 0, online.stderr
    assert "audit_records" in json.loads(online.stdout)
