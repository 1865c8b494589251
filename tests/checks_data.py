"""Load the labelled examples in tests/data/checks/*.yaml and run one through its check.

Shared by the unit tests (a core subset) and bench/checks_eval.py (all of them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from gateway.checks.base import CheckInput
from gateway.checks.common import standalone_context

ROOT_DIR = Path(__file__).resolve().parent.parent
DATA = ROOT_DIR / "tests" / "data" / "checks"


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / f"{name}.yaml").read_text())


def make_input(ex: dict[str, Any]) -> CheckInput:
    ctx = standalone_context(consent=frozenset(ex.get("consent") or ()),
                             on_behalf_of=ex.get("on_behalf_of"),
                             recipient_id=ex.get("recipient_id"), channel=ex.get("channel"))
    request = ex.get("request")
    if isinstance(request, str):
        request = {"messages": [{"role": "user", "content": request}]}
    if ex.get("messages"):
        request = {"messages": [{"role": r, "content": c} for m in ex["messages"] for r, c in m.items()]}
    text = ex.get("text")
    if text is None and request:
        text = request["messages"][-1]["content"]
    return CheckInput(text=text or "", where=ex.get("where", "output"), ctx=ctx, request=request)


def run(check: Any, ex: dict[str, Any], config: Any) -> tuple[set[str], list[Any], CheckInput]:
    cfg = ex.get("config", config)
    inp = make_input(ex)
    found = check.scan(inp, cfg)
    # a consented sensitive-topic finding is recorded with action "allow": not a detection
    found = [f for f in found if not (f.check == "sensitive_topics" and f.action == "allow")]
    return {f.category for f in found}, found, inp


def expected(ex: dict[str, Any]) -> set[str]:
    return set(ex.get("expect") or ())
