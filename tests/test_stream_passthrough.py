"""Issue 15, end to end: a stream is held back only where an output rule can change the text.

A real gateway and a real upstream process pacing its answer in tokenizer-like chunks (the
space before the word, as bench/stream_ttft.py measures it). Counted, not timed: a chunk that
left as it arrived is its own content delta; anything held joins a later delta.

- no output rule that can change the text (flag-only checks, ``output_action: keep``): every
  chunk the upstream sent is one delta the client gets (a chunk of only whitespace rides with
  the next one: the mark goes before trailing whitespace);
- the same with the request's personal data behind placeholders: only a word that may still
  become a placeholder of an issued type (``person``, ``email``) waits for one chunk;
- flag-only with the PII output scan (it masks e-mail addresses the model writes: a rewriting
  rule): the client gets exactly what the restorer alone releases per chunk, no other stage
  holds anything.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import openai
import pytest

from bench.stream_ttft import upstream_pieces
from gateway.marking import strip_marks
from gateway.pii.config import STRUCTURED_ENTITIES
from gateway.pii.restore import Restorer
from gateway.pii.vault import Vault
from tests.harness import ROOT, Gateway, free_port, start_gateway, stop, wait_http

FLAG_ONLY = """
policy: {name}
manipulation: {{action: flag, input_action: flag}}
sensitive_topics: {{health: {{action: flag}}}}
custom_rules:
  - {{id: watch-word, pattern: 'unbeatable', where: output, action: flag}}
"""
NO_REWRITE = FLAG_ONLY.format(name="norewrite") + "pii:\n  output_action: keep\n"
PLAIN = [{"role": "user", "content": "Write a short win-back email for our hiking customers."}]
WITH_PII = [{"role": "user",
             "content": "Write a win-back email for Maria Lopez, maria@example.com"}]
PIECES = upstream_pieces("tokens", 60)


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    tmp = tmp_path_factory.mktemp("passthrough")
    port = free_port()
    log = tmp / "upstream.log"
    upstream = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "stream_ttft.py"), "--serve-upstream", str(port),
         "--split", "tokens", "--chunk-delay-ms", "10"],
        stdout=log.open("wb"), stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/v1/models", upstream, log)
        policies = tmp / "policies"
        policies.mkdir()
        (policies / "norewrite.yaml").write_text(NO_REWRITE.lstrip())
        (policies / "flagonly.yaml").write_text(FLAG_ONLY.format(name="flagonly").lstrip())
        models = {"paced": {"model": "openai/gpt-4o-mini", "api_base": f"http://127.0.0.1:{port}/v1",
                            "api_key_env": "PACED_KEY", "timeout": 30}}
        keys = {"norewrite": ("plain-app", ["generate"], "norewrite"),
                "flag": ("flag-app", ["generate"], "flagonly")}
        g = start_gateway(tmp / "gw", models, env={"PACED_KEY": "sk-paced"}, keys=keys,
                          settings={"policies_dir": str(policies)})
        yield g
        g.stop()
    finally:
        stop(upstream)


def _deltas(gw: Gateway, key: str, messages: list[dict[str, str]]) -> list[str]:
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)
    stream = client.chat.completions.create(model="paced", stream=True, messages=messages)
    deltas = [c.choices[0].delta.content for c in stream
              if c.choices and c.choices[0].delta.content]
    # the invisible mark rides in the last delta (alone, or with text held to the end)
    last = strip_marks(deltas.pop())
    return [*deltas, last] if last else deltas


def _relayed(release: list[str]) -> list[str]:
    """What the client gets when each chunk releases ``release[i]``: the marking stage keeps
    trailing whitespace back for the next delta (the mark goes before it)."""
    out, held = [], ""
    for text in release:
        text = held + text
        body = text.rstrip()
        held = text[len(body):]
        if body:
            out.append(body)
    return out


def test_no_rewriting_rule_every_chunk_leaves_as_it_arrives(gw: Gateway) -> None:
    deltas = _deltas(gw, "norewrite", PLAIN)
    assert deltas == _relayed(PIECES)
    assert len(deltas) == len([p for p in PIECES if p.strip()])


def test_placeholder_restore_holds_only_a_possible_placeholder_start(gw: Gateway) -> None:
    deltas = _deltas(gw, "norewrite", WITH_PII)
    want = _relayed(PIECES)
    assert "".join(deltas) == "".join(want)
    joined = [d for d in deltas if d not in want]
    # the request had a person and an e-mail address: "per" (PERSON_1?) and "email"
    # (EMAIL_ADDRESS_1?) wait one chunk; "us" (US_SSN) does not, no SSN was issued
    assert joined == [" per dollar", " email."], joined
    assert len(deltas) == len(want) - 2


def test_flag_only_with_email_scan_holds_only_what_the_restorer_holds(gw: Gateway) -> None:
    deltas = _deltas(gw, "flag", PLAIN)
    restorer = Restorer(Vault(), list(STRUCTURED_ENTITIES), scan_entities=STRUCTURED_ENTITIES)
    release = [restorer.feed(p) for p in PIECES]
    release.append(restorer.finish())  # flushed when the finish chunk comes
    assert deltas == _relayed(release)
    # one token at most: the last word of a chunk may still meet an "@"
    assert deltas[0] == "Subject:"
