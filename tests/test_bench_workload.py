"""`make bench` and every bench script run from a fresh clone alone: the workload they replay
is inside bench/, and no script reads anything outside the repository."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.harness import ROOT

WORKLOAD = ROOT / "bench" / "data" / "marketing_requests.jsonl"


def test_the_workload_ships_in_bench() -> None:
    rows = [json.loads(line) for line in WORKLOAD.read_text().splitlines() if line.strip()]
    assert len(rows) == 48
    assert all(r["messages"] and r["model"] == "echo" for r in rows)
    assert sum(bool(r.get("stream")) for r in rows) == 24
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", str(WORKLOAD)], cwd=ROOT,
                             capture_output=True, text=True)
    assert tracked.returncode == 0, "bench/data/marketing_requests.jsonl must be committed"


def test_no_bench_script_reads_outside_the_repository() -> None:
    for script in sorted((ROOT / "bench").glob("*.py")):
        text = script.read_text()
        assert not re.search(r"\.\./shared|/work/shared|ROOT\.parent", text), script.name


def test_bench_scripts_default_to_the_shipped_workload() -> None:
    code = ("import sys; sys.path[:0] = ['bench', '.']; import gateway_overhead, checks_speed, "
            "pii_speed; print(gateway_overhead.DEFAULT_WORKLOAD, checks_speed.WORKLOAD, "
            "pii_speed.WORKLOAD)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                            "LITELLM_LOCAL_MODEL_COST_MAP": "True"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == [str(WORKLOAD)] * 3
