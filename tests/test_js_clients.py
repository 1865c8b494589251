"""The Vercel ai SDK (Node) against a real gateway: it uses the Responses API by default."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.harness import Gateway

JS = Path(__file__).parent / "js"


@pytest.fixture(scope="module")
def node_modules() -> Path:
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node/npm not installed")
    if not (JS / "node_modules" / "ai").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=JS,
                       check=True, timeout=300)
    return JS / "node_modules"


def test_vercel_ai_sdk_generate_and_stream(gateway: Gateway, node_modules: Path) -> None:
    out = subprocess.run(["node", "vercel_ai.mjs", gateway.v1, gateway.keys["app"], "echo"],
                         cwd=JS, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert "Write a tagline for rain jackets" in result["generate"]["text"]
    assert result["generate"]["finishReason"] == "stop"
    assert result["generate"]["id"].startswith("resp_")
    assert result["generate"]["usage"]["inputTokens"] > 0
    assert "Name three trail snacks" in result["stream"]["text"]
    assert result["stream"]["finishReason"] == "stop"
