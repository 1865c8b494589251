"""A new user's first hour: the embedded offline models show the whole pipeline, a fallback
answer says so, the models file is validated (file:line) and reloaded while running."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import openai
import pytest
import yaml

from gateway.marking import find_marks, strip_marks
from gateway.models_config import ModelsConfigError, load_models
from tests.harness import ROOT, Gateway, start_gateway

DEFAULT_MODELS = ROOT / "gateway" / "defaults" / "models.yaml"
README_BODY = {"model": "echo", "messages": [
    {"role": "user", "content": "Write a welcome email for Maria"}]}


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """A gateway with exactly the embedded default catalogue (what `make run` serves)."""
    models = yaml.safe_load(DEFAULT_MODELS.read_text())["models"]
    g = start_gateway(tmp_path_factory.mktemp("gw-first-hour"), models,
                      settings={"policy_poll_interval": 0.2})
    yield g
    g.stop()


def chat(gw: Gateway, body: dict, **headers: str) -> httpx.Response:
    return httpx.post(f"{gw.v1}/chat/completions", json=body, timeout=60, headers={
        "Authorization": f"Bearer {gw.keys['app']}", **headers})


def verify_cli(gw: Gateway, text: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CANDOR_CONFIG": str(gw.home / "candor.yaml")}
    return subprocess.run([sys.executable, "-m", "gateway", "verify", "-"], input=text,
                          capture_output=True, text=True, env=env, timeout=60)


def test_readme_curl_shows_stripping_label_mark_and_verifies(gw: Gateway) -> None:
    r = chat(gw, README_BODY, **{"X-Candor-Channel": "email"})
    assert r.status_code == 200, r.text
    text = r.json()["choices"][0]["message"]["content"]
    visible = strip_marks(text)
    # what the provider received, in plain text, with the placeholder
    assert visible.startswith("user: Write a welcome email for <PERSON_1>\n\n")
    assert "Maria" not in text
    # the visible disclosure and the invisible signed mark, as on any copy
    assert "AI" in visible.split("\n\n", 1)[1]
    assert find_marks(text)
    assert r.headers["x-candor-pii"] == "PERSON=1"
    assert r.headers["x-ai-generated"] == "true"
    assert r.headers["x-candor-resolved-model"] == "echo"
    done = verify_cli(gw, text)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "verdict:          verified" in done.stdout
    assert "mark found:       True" in done.stdout


def test_echo_stream_is_the_same_plain_text(gw: Gateway) -> None:
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)
    whole = client.chat.completions.create(**README_BODY).choices[0].message.content
    parts = client.chat.completions.create(**README_BODY, stream=True)
    streamed = "".join(c.choices[0].delta.content or "" for c in parts if c.choices)
    assert strip_marks(streamed) == strip_marks(whole)
    assert find_marks(streamed)


def test_demo_model_answers_like_a_provider_and_restores(gw: Gateway) -> None:
    body = {"model": "demo", "messages": [{"role": "user", "content":
            "Write a welcome email for Maria Gonzalez (maria.gonzalez@example.com)"}]}
    r = chat(gw, body, **{"X-Candor-Channel": "email"})
    assert r.status_code == 200, r.text
    text = strip_marks(r.json()["choices"][0]["message"]["content"])
    assert text.startswith("Hello Maria Gonzalez,")
    assert "maria.gonzalez@example.com" in text
    assert "<PERSON_" not in text and "<EMAIL_ADDRESS_" not in text
    assert "PERSON=1" in r.headers["x-candor-pii"]
    assert verify_cli(gw, r.json()["choices"][0]["message"]["content"]).returncode == 0


def test_echo_raw_shows_the_exact_upstream_request(gw: Gateway) -> None:
    r = chat(gw, {**README_BODY, "model": "echo-raw"})
    text = r.json()["choices"][0]["message"]["content"]
    assert text == '{"role": "user", "content": "Write a welcome email for <PERSON_1>"}'


def test_echo_embeddings_one_vector_per_input(gw: Gateway) -> None:
    client = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)
    one = client.embeddings.create(model="echo", input="Customer Maria Gonzalez")
    assert len(one.data) == 1 and len(one.data[0].embedding) == 64
    two = client.embeddings.create(model="echo", input=["Customer Maria Gonzalez", "hello"])
    assert [d.index for d in two.data] == [0, 1]
    tokens = client.embeddings.create(model="echo", input=[[1, 2, 3]])
    assert len(tokens.data) == 1


def _wait(predicate, what: str, limit: float = 30) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"never happened: {what}")


def test_models_file_reloads_and_a_broken_edit_never_takes_effect(gw: Gateway) -> None:
    headers = {"Authorization": f"Bearer {gw.keys['app']}"}
    models_file = gw.home / "models.yaml"
    original = models_file.read_text()

    def ids() -> set[str]:
        return {m["id"] for m in httpx.get(f"{gw.v1}/models", headers=headers).json()["data"]}

    try:
        catalog = yaml.safe_load(original)
        catalog["models"]["newsletter"] = {"model": "candor/demo"}
        models_file.write_text(yaml.safe_dump(catalog))
        _wait(lambda: "newsletter" in ids(), "the new alias is served")
        r = chat(gw, {**README_BODY, "model": "newsletter"})
        assert r.status_code == 200 and r.json()["model"] == "newsletter"

        models_file.write_text("models:\n  echo:\n    model: candor/echo\n    timout: 3\n")
        _wait(lambda: "models_file_error" in httpx.get(f"{gw.base_url}/readyz").json(),
              "the broken edit is reported")
        err = httpx.get(f"{gw.base_url}/readyz").json()["models_file_error"]
        assert "models.yaml:4" in err and "did you mean 'timeout'" in err
        assert "newsletter" in ids()  # the catalogue in force stays
    finally:
        models_file.write_text(original)
    _wait(lambda: "newsletter" not in ids(), "the restored file is served")


def test_models_file_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "models.yaml"
    bad.write_text("models:\n  echo:\n    model: candor/echo\n  gpt:\n    model: openai/x\n"
                   "    fallbacks: [ecoh]\n  local:\n    model: candor/nope\n")
    with pytest.raises(ModelsConfigError) as exc:
        load_models(bad)
    lines = str(exc.value).splitlines()
    assert f"{bad}:6: model 'gpt' falls back to unknown 'ecoh' (did you mean 'echo'?)" in lines
    assert any(line.startswith(f"{bad}:8: model 'local': unknown offline model") for line in lines)
    bad.write_text("models:\n  a: [\n")
    with pytest.raises(ModelsConfigError, match=rf"^{bad}:3: not valid YAML"):
        load_models(bad)
    bad.write_text("models:\n  gpt:\n    model: openai/x\n    api_key: sk-123\n")
    with pytest.raises(ModelsConfigError, match=rf"^{bad}:4: model 'gpt' has api_key"):
        load_models(bad)
    assert set(load_models(DEFAULT_MODELS).routes) == {"echo", "demo", "echo-raw"}
