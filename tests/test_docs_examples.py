"""The policy snippets in the docs are valid policies: each ``yaml`` block of docs/checks.md,
made a policy file of its own, passes ``candor policy check`` (docs/extending.md's examples run
in test_extending.py; the README's in test_readme_examples.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.harness import ROOT


def yaml_blocks(path: Path) -> list[tuple[int, str]]:
    text = path.read_text()
    return [(text[: m.start()].count("\n") + 2, m.group(1))
            for m in re.finditer(r"^```yaml\n(.*?)^```", text, re.MULTILINE | re.DOTALL)]


def test_checks_md_policy_snippets_pass_policy_check(tmp_path: Path) -> None:
    blocks = yaml_blocks(ROOT / "docs" / "checks.md")
    assert len(blocks) >= 5
    for n, (line, body) in enumerate(blocks):
        (tmp_path / f"example{n}.yaml").write_text(f"# docs/checks.md:{line}\npolicy: example{n}\n"
                                                   + body)
    done = subprocess.run([sys.executable, "-m", "gateway", "policy", "check", str(tmp_path)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("ok ") == len(blocks), done.stdout


# -- every fenced example in docs/ runs somewhere ---------------------------------------------
#
# Runners by kind: README.md (all kinds) -> test_readme_examples.py; docs/extending.md ->
# test_extending.py; here: policy files, policy test cases, models files and settings files in
# yaml blocks of any docs page. A block another test runs is marked on the line before it with
# ``<!-- tested: tests/test_x.py -->`` (that test must name the page). ``text`` blocks are output
# or diagrams and ``json`` blocks are shapes; neither is run.

RUN_ELSEWHERE = {"extending.md": "tests/test_extending.py"}
NOT_CODE = {"text", "json", ""}


def fenced(path: Path) -> list[tuple[int, str, str, str]]:
    """(line, language, body, the line before the fence) of each fenced block."""
    lines = path.read_text().splitlines()
    out: list[tuple[int, str, str, str]] = []
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\w*)\s*$", lines[i])
        if m:
            start = i
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                i += 1
            out.append((start + 1, m.group(1), "\n".join(lines[start + 1:i]),
                        lines[start - 1] if start else ""))
        i += 1
    return out


def _yaml_kind(body: str) -> str:
    import yaml

    data = yaml.safe_load(body)
    if not isinstance(data, dict):
        return "other"
    if "cases" in data:
        return "policy_test"
    if "models" in data:
        return "models"
    if "policy" in data:
        return "policy"
    import json

    sections = json.loads((ROOT / "docs" / "policy-schema.json").read_text())["properties"]
    if set(data) <= set(sections):
        return "policy_fragment"  # a section of a policy file: checked as one
    return "settings"


def test_every_docs_example_is_run_by_a_test() -> None:
    untested: list[str] = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        for line, lang, body, before in fenced(page):
            if lang in NOT_CODE or page.name in RUN_ELSEWHERE:
                continue
            marker = re.match(r"<!-- tested: (\S+) -->", before.strip())
            if marker:
                test_file = ROOT / marker.group(1)
                assert test_file.exists(), f"{page.name}:{line}: {marker.group(1)} is missing"
                assert page.name in test_file.read_text(), (
                    f"{page.name}:{line}: {marker.group(1)} does not mention {page.name}")
                continue
            if lang == "yaml" and _yaml_kind(body) != "other":
                continue  # run below
            untested.append(f"docs/{page.name}:{line} ({lang})")
    assert not untested, "examples no test runs: " + ", ".join(untested)


def test_docs_yaml_examples_load(tmp_path: Path) -> None:
    """Each yaml block outside checks.md (checked above) and extending.md loads as what it is:
    policy test cases pass ``candor policy test`` against the shipped policies, models files
    and settings files load, policy files pass ``candor policy check``."""
    import shutil

    from gateway.models_config import load_models
    from gateway.settings import load_settings

    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", policies)
    cases: list[str] = []
    checked = 0
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name in RUN_ELSEWHERE or page.name == "checks.md":
            continue
        for line, lang, body, before in fenced(page):
            if lang != "yaml" or "<!-- tested:" in before:
                continue
            kind = _yaml_kind(body)
            where = f"docs/{page.name}:{line}"
            if kind == "policy_test":
                path = policies / "tests" / f"docs_{page.stem}_{line}.yaml"
                path.write_text(f"# {where}\n{body}\n")
                cases.append(str(path))
            elif kind == "models":
                path = tmp_path / f"models_{page.stem}_{line}.yaml"
                path.write_text(body)
                assert load_models(path).routes, where
            elif kind == "settings":
                path = tmp_path / f"candor_{page.stem}_{line}.yaml"
                path.write_text(body)
                load_settings(path)  # raises SettingsError naming the field
            elif kind in ("policy", "policy_fragment"):
                one = tmp_path / f"policy_{page.stem}_{line}"
                one.mkdir()
                head = "policy: example\n" if kind == "policy_fragment" else ""
                (one / "example.yaml").write_text(f"# {where}\n{head}{body}\n")
                done = subprocess.run(
                    [sys.executable, "-m", "gateway", "policy", "check", str(one)],
                    capture_output=True, text=True, timeout=300,
                    env={**os.environ, "PYTHONPATH": str(ROOT)})
                assert done.returncode == 0, where + "\n" + done.stdout + done.stderr
            checked += 1
    for case in cases:
        done = subprocess.run([sys.executable, "-m", "gateway", "policy", "test", case],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 0 and "0 failed" in done.stdout, done.stdout + done.stderr
    assert checked >= 1
