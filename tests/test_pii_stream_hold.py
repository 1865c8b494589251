"""The output hold-back, end to end: a real gateway and a real upstream process that cuts its
answer the way a tokenizer does (the space before the word, punctuation and digits apart), so
placeholders and personal data the model invents arrive split across many chunks.

What must hold: split placeholders come back restored, an e-mail, phone, card or IBAN the model
made up is masked whole (not one fragment of it reaches the client), and with a flag-only
policy the text still flows chunk by chunk instead of a sentence at a time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator

import openai
import pytest

from gateway.marking import strip_marks
from tests.harness import ROOT, Gateway, free_port, start_gateway, stop, wait_http

ANSWER = ("Hello <PERSON_1>, we wrote to <EMAIL_ADDRESS_1>. For anything else write to "
          "jordan.miles@northwind-help.example or call (212) 555-0198, or +44 20 7946 0958. "
          "Refunds go to card 4111 1111 1111 1111 or IBAN GB29 NWBK 6016 1331 9268 19.\n\n"
          "Best, PERSON_1")
WANT = ("Hello Maria Gonzalez, we wrote to maria.gonzalez@example.com. For anything else write "
        "to <EMAIL_ADDRESS> or call <PHONE_NUMBER>, or <PHONE_NUMBER>. Refunds go to card "
        "<CREDIT_CARD> or IBAN <IBAN_CODE>.\n\nBest, Maria Gonzalez")
INVENTED = ["jordan", "miles@", "northwind-help", "555", "0198", "7946", "4111", "NWBK", "9268"]
FLAG_ONLY = """
policy: flagonly
manipulation: {action: flag, input_action: flag}
sensitive_topics: {health: {action: flag}}
"""
PROMPT = [{"role": "user", "content": "Answer Maria Gonzalez (maria.gonzalez@example.com)."}]


@pytest.fixture(scope="module")
def tokenizing_upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    tmp = tmp_path_factory.mktemp("tok-upstream")
    port = free_port()
    log = tmp / "upstream.log"
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "stream_ttft.py"), "--serve-upstream", str(port),
         "--split", "tokens", "--chunk-delay-ms", "10", "--answer", ANSWER],
        stdout=log.open("wb"), stderr=subprocess.STDOUT)
    wait_http(f"http://127.0.0.1:{port}/v1/models", proc, log)
    yield port
    stop(proc)


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, tokenizing_upstream: int) -> Iterator[Gateway]:
    """One gateway, two keys: the shipped default policy and a flag-only one."""
    policies = tmp_path_factory.mktemp("policies")
    shutil.copy(ROOT / "policies" / "default.yaml", policies / "default.yaml")
    (policies / "flagonly.yaml").write_text(FLAG_ONLY.lstrip())
    models = {"tok": {"model": "openai/gpt-4o-mini",
                      "api_base": f"http://127.0.0.1:{tokenizing_upstream}/v1",
                      "api_key_env": "TOK_KEY", "timeout": 30}}
    keys = {"shipped": ("shop-app", ["generate"], "default"),
            "flag": ("flag-app", ["generate"], "flagonly")}
    g = start_gateway(tmp_path_factory.mktemp("gw-hold"), models, env={"TOK_KEY": "sk-tok"},
                      keys=keys, settings={"policies_dir": str(policies)})
    yield g
    g.stop()


def _deltas(gw: Gateway, key: str) -> list[str]:
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys[key], max_retries=0)
    stream = client.chat.completions.create(model="tok", stream=True, messages=PROMPT)
    return [c.choices[0].delta.content for c in stream if c.choices and c.choices[0].delta.content]


@pytest.mark.parametrize("policy", ["flag", "shipped"])
def test_split_placeholders_restored_and_invented_pii_masked_whole(
        gw: Gateway, policy: str) -> None:
    deltas = _deltas(gw, policy)
    text = strip_marks("".join(deltas)).rstrip()
    assert text.startswith(WANT), text
    for fragment in INVENTED:  # not even a piece of an invented identifier left
        assert fragment not in "".join(deltas), fragment


def test_flag_only_policy_streams_chunk_by_chunk(gw: Gateway) -> None:
    flag, shipped = _deltas(gw, "flag"), _deltas(gw, "shipped")
    # the shipped policy rewrites, so it releases whole sentences (4 here, plus the mark);
    # flag-only releases words as they come, only identifiers being assembled wait
    assert len(shipped) <= 6, shipped
    assert len(flag) > 3 * len(shipped), flag
    # the first word leaves before the first sentence is complete
    assert "." not in flag[0], flag[0]
