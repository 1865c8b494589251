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
