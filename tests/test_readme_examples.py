"""The README's fenced examples, run against a real gateway (a doctest for the shell).

- ``sh`` blocks run in bash (``set -eo pipefail``) with the gateway's URL, the key the README
  tells you to export, and ``.venv/bin/candor`` as this interpreter's ``-m gateway``; only
  ``make`` commands are not run (they install and start what this test provides).
- a ``text`` block right after a block that ran is its expected output: every line, in order,
  must match a line of the output (``...`` matches anything; invisible marks are ignored).
- ``python`` blocks run with the same substitutions; ``yaml`` blocks with ``models:`` must load
  as a models file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
import yaml

from gateway.marking import strip_marks
from gateway.models_config import load_models
from tests.harness import ROOT, Gateway, start_gateway

README = ROOT / "README.md"
NOT_RUN = ("make ",)  # installs and starts the gateway: the fixture does that


@dataclass
class Block:
    lang: str
    text: str
    line: int


def blocks(path: Path) -> list[Block]:
    out: list[Block] = []
    lines = path.read_text().splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\w*)\s*$", lines[i])
        if m:
            start = i + 1
            i += 1
            while not lines[i].startswith("```"):
                i += 1
            out.append(Block(m.group(1), "\n".join(lines[start:i]) + "\n", start))
        i += 1
    return out


def matches(expected: str, actual: str) -> bool:
    """Expected lines appear in order among the actual ones; '...' is a wildcard."""
    got = [line.rstrip() for line in strip_marks(actual).splitlines()]
    pos = 0
    for want in (line.rstrip() for line in expected.splitlines()):
        if not want.strip():
            continue
        if want.strip() == "...":
            continue
        pattern = re.compile(".*".join(re.escape(part) for part in want.split("...")) + "$")
        while pos < len(got) and not pattern.match(got[pos]):
            pos += 1
        if pos == len(got):
            return False
        pos += 1
    return True


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    models = yaml.safe_load((ROOT / "gateway" / "defaults" / "models.yaml").read_text())["models"]
    g = start_gateway(tmp_path_factory.mktemp("gw-readme"), models)
    yield g
    g.stop()


def _substitute(text: str, gw: Gateway) -> str:
    text = text.replace("http://127.0.0.1:8080", gw.base_url)
    text = text.replace(".venv/bin/candor", f"{sys.executable} -m gateway")
    return text


def test_readme_examples_run_and_print_what_they_show(gw: Gateway, tmp_path: Path) -> None:
    (tmp_path / "policies").symlink_to(ROOT / "policies")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CANDOR_CONFIG": str(gw.home / "candor.yaml")}
    keys = {"CANDOR_KEY": gw.keys["app"], "CANDOR_OPERATOR_KEY": gw.keys["auditor"]}
    ran: list[int] = []
    previous: tuple[Block, str] | None = None
    for block in blocks(README):
        output: str | None = None
        if block.lang == "sh":
            commands = block.text.replace("\\\n", " ").splitlines()
            script = []
            for cmd in commands:
                body = cmd.split("#", 1)[0].strip() if not cmd.strip().startswith("curl") \
                    else cmd.strip()
                if not body or body.startswith(NOT_RUN):
                    continue
                m = re.match(r"export (\w+)=ck_\.\.\.", body)
                if m:
                    assert m.group(1) in keys, f"README line {block.line}: unknown key {body}"
                    env[m.group(1)] = keys[m.group(1)]
                    continue
                script.append(_substitute(body, gw))
            if script:
                done = subprocess.run(["bash", "-c", "set -eo pipefail\n" + "\n".join(script)],
                                      cwd=tmp_path, env=env, capture_output=True, text=True,
                                      timeout=300)
                assert done.returncode == 0, (block.line, script, done.stdout, done.stderr)
                output = done.stdout
        elif block.lang == "python":
            done = subprocess.run([sys.executable, "-c", _substitute(block.text, gw).replace(
                'api_key="ck_..."', f'api_key="{gw.keys["app"]}"')], cwd=tmp_path, env=env,
                capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, (block.line, done.stdout, done.stderr)
            output = done.stdout
        elif block.lang == "yaml" and "models:" in block.text:
            path = tmp_path / "models.yaml"
            path.write_text(block.text)
            assert load_models(path).routes, block.line
            output = ""
        elif block.lang == "text" and previous is not None:
            ran_block, ran_output = previous
            assert matches(block.text, ran_output), (
                f"README line {block.line}: the output of the example at line {ran_block.line} "
                f"is not what the README shows:\n{ran_output}")
        if output is not None:
            ran.append(block.line)
        previous = (block, output) if output is not None else None
    assert len(ran) >= 8, ran  # the quick start, the SDK, policies, auditors, keys, models


def test_the_matcher_is_strict() -> None:
    assert matches("a\n...\nc ... d\n", "a\nb\nc x d\n")
    assert not matches("a\nc\n", "c\na\n")
    assert not matches("verdict: verified\n", "verdict: invalid_mark\n")
