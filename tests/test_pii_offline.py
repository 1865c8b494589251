"""The PII analyzer works with networking disabled: no tldextract fetch, no spaCy download."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SITECUSTOMIZE = textwrap.dedent("""
    import socket

    class NetworkBlocked(OSError):
        pass

    def _blocked(*args, **kwargs):
        with open(__import__("os").environ["NET_ATTEMPTS"], "a") as f:
            f.write(repr(args[:2]) + "\\n")
        raise NetworkBlocked("network disabled in this test")

    socket.socket.connect = _blocked
    socket.socket.connect_ex = _blocked
    socket.create_connection = _blocked
    socket.getaddrinfo = _blocked
""")

SCRIPT = textwrap.dedent("""
    import json
    from gateway.pii.analyzer import PIIAnalyzer
    from gateway.pii.config import DEFAULT_PII_CONFIG
    text = "Write to Maria Gonzalez at maria.gonzalez@example.co.uk or +49 30 901820."
    dets = PIIAnalyzer().analyze_many([text], DEFAULT_PII_CONFIG)[0]
    print(json.dumps([[d.entity, text[d.start:d.end]] for d in dets]))
""")


def test_analyzer_runs_with_network_disabled(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    attempts = tmp_path / "attempts.log"
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}",
           "NET_ATTEMPTS": str(attempts),
           # an empty cache: a cached suffix list from an earlier run must not hide a fetch
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path),
           "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                         text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert ["EMAIL_ADDRESS", "maria.gonzalez@example.co.uk"] in found
    assert ["PERSON", "Maria Gonzalez"] in found
    assert ["PHONE_NUMBER", "+49 30 901820"] in found
    assert not attempts.exists(), attempts.read_text()
