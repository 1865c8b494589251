"""docs/extending.md's worked examples, run as written (the code blocks marked ``# file:``)."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.harness import ROOT

DOC = ROOT / "docs" / "extending.md"


def doc_files() -> dict[str, str]:
    blocks = re.findall(r"```(?:python|yaml)\n# file: (\S+)\n(.*?)```", DOC.read_text(), re.S)
    return {name: body for name, body in blocks}


def test_the_doc_has_its_examples() -> None:
    assert set(doc_files()) == {"competitors.py", "policy.yaml", "wordcount.py"}


def test_write_a_check(tmp_path: Path) -> None:
    files = doc_files()
    (tmp_path / "competitors.py").write_text(files["competitors.py"])
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "default.yaml").write_text(files["policy.yaml"])
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "default.yaml").write_text("policy: default\ncompetitors: {nmes: [X]}\n")
    # registering = one line in CATALOG; done here before the schema is built from it
    script = textwrap.dedent(f"""
        import asyncio, sys
        from pathlib import Path
        sys.path.insert(0, {str(tmp_path)!r})
        from competitors import CompetitorCheck
        from gateway.checks import registry
        registry.CATALOG = (*registry.CATALOG, CompetitorCheck)
        from gateway.checks.common import standalone_context
        from gateway.pipeline.stages import Channel
        from gateway.policy.engine import PolicyRuntime
        from gateway.policy.loader import PolicyLoadError, load_policy_set
        from gateway.policy.schema import json_schema
        from gateway.policy.stages import PolicyRun

        assert "competitors" in json_schema()["properties"]
        try:
            load_policy_set(Path({str(tmp_path / 'bad')!r}))
            raise SystemExit("a misspelt key passed validation")
        except PolicyLoadError as exc:
            print("error:", exc.errors[0])
        rt = PolicyRuntime(load_policy_set(Path({str(policies)!r})).policies["default"],
                           {{**registry.CHECKS, "competitors": CompetitorCheck()}})
        ctx = standalone_context()
        ctx.policy = rt

        async def answer(text):
            run = PolicyRun(ctx, rt)
            t = run.open(Channel())
            return await t.feed(text) + await t.finish()

        out = asyncio.run(answer("Unlike Globex, we ship free."))
        print(out, ctx.actions, [f.rule_id for f in ctx.findings])
        from gateway.checks.validators import VALIDATORS
        print("validator:", "competitors" in VALIDATORS)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path, timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("error:") and "nmes" in lines[0]
    assert lines[1] == "Unlike Globex, we ship free. ['flag'] ['competitors.mention']"
    assert lines[2] == "validator: True"


def test_write_a_stage(tmp_path: Path) -> None:
    sys.path.insert(0, str(tmp_path))
    try:
        (tmp_path / "wordcount.py").write_text(doc_files()["wordcount.py"])
        from wordcount import WordCountStage  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(tmp_path))
    from gateway.checks.common import standalone_context
    from gateway.pipeline.stages import Channel, Outcome, Pipeline, Report

    written: list[Report] = []

    class Collect:
        name = "collect"

        async def write(self, report: Report) -> None:
            written.append(report)

    async def main() -> str:
        ctx = standalone_context()
        flow = Pipeline([WordCountStage()], [Collect()]).start(ctx)
        await flow.run_input({"messages": [{"role": "user", "content": "Write a short note"}]})
        session = flow.open_output()
        pieces = ["Spring is", " here, enj", "oy it."]
        text = "".join([await session.feed(Channel(), p) for p in pieces])
        text += await session.finish(Channel())
        await flow.complete(Outcome("ok", output=session.output()))
        assert ctx.response_headers["X-Words-In"] == "4"
        return text

    assert asyncio.run(main()) == "Spring is here, enjoy it."
    assert written[0].sections["words"] == {"in": 4, "out": 5}
