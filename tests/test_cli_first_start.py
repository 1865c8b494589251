"""The command line for a newcomer: every error one line and a non-zero exit (no traceback),
`keys create` refuses unknown policies and roles, the first start makes least-privilege keys
and prints one line per fact, without third-party noise."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import httpx
import pytest
import yaml

from tests.harness import ROOT, Gateway, free_port, stop, wait_http


def candor(*args: str, home: Path, config: Path | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CANDOR_DEBUG", None)
    if config is not None:
        env["CANDOR_CONFIG"] = str(config)
    return subprocess.run([sys.executable, "-m", "gateway", *args], capture_output=True,
                          text=True, env=env, cwd=str(home), timeout=timeout)


def one_line_error(done: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("candor: "), done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("cli-home")
    config = home / "candor.yaml"
    config.write_text(yaml.safe_dump({"data_dir": str(home / "var"),
                                      "policies_dir": str(ROOT / "policies")}))
    return home, config


def test_audit_query_times_and_statuses(home: tuple[Path, Path]) -> None:
    h, config = home
    ok = candor("audit", "query", "--from", "yesterday", "--json", home=h, config=config)
    assert ok.returncode == 0, ok.stderr
    line = one_line_error(candor("audit", "query", "--from", "last tuesday", home=h,
                                 config=config))
    assert "--from: 'last tuesday' is not a time" in line and "yesterday" in line
    line = one_line_error(candor("audit", "query", "--status", "failed", home=h, config=config))
    assert "unknown status 'failed'" in line and "upstream_error" in line
    line = one_line_error(candor("audit", "query", "--cursor", "nonsense", home=h,
                                 config=config))
    assert "cursor" in line


def test_keys_create_refuses_unknown_policy_and_role(home: tuple[Path, Path]) -> None:
    h, config = home
    line = one_line_error(candor("keys", "create", "--app", "news", "--policy", "defualt",
                                 home=h, config=config))
    assert "unknown policy 'defualt'" in line and "did you mean 'default'?" in line
    line = one_line_error(candor("keys", "create", "--app", "news", "--roles", "generat",
                                 home=h, config=config))
    assert "unknown role 'generat'; did you mean 'generate'?" in line
    assert not (h / "var" / "keys.yaml").exists()  # nothing was written
    made = candor("keys", "create", "--app", "news", "--policy", "strict", home=h, config=config)
    assert made.returncode == 0 and made.stdout.startswith("ck_"), made.stderr
    forced = candor("keys", "create", "--app", "later", "--policy", "next-quarter", "--force",
                    home=h, config=config)
    assert forced.returncode == 0, forced.stderr


def test_serve_with_a_bad_models_file_names_file_and_line(tmp_path: Path) -> None:
    models = tmp_path / "models.yaml"
    models.write_text("models:\n  echo:\n    model: candor/echo\n    timout: 5\n")
    config = tmp_path / "candor.yaml"
    config.write_text(yaml.safe_dump({"data_dir": str(tmp_path / "var"),
                                      "models_file": str(models)}))
    done = candor("serve", "--port", str(free_port()), home=tmp_path, config=config)
    line = one_line_error(done)
    assert line == f"candor: {models}:4: model 'echo': unknown setting 'timout' " \
                   "(did you mean 'timeout'?)"


def test_unexpected_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "keys.yaml"
    bad.write_text("keys: [\n")  # not YAML: the keys file parser raises yaml's own error
    line = one_line_error(candor("keys", "list", "--file", str(bad), home=tmp_path), 1)
    assert "CANDOR_DEBUG=1" in line


@pytest.fixture(scope="module")
def first_start(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """`candor serve` on an empty data directory, as `make run` does the first time."""
    home = tmp_path_factory.mktemp("first-start")
    config = home / "candor.yaml"
    config.write_text(yaml.safe_dump({"data_dir": str(home / "var"),
                                      "policies_dir": str(ROOT / "policies")}))
    port = free_port()
    log = home / "serve.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CANDOR_CONFIG": str(config)}
    proc = subprocess.Popen([sys.executable, "-m", "gateway", "serve", "--port", str(port)],
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env,
                            cwd=str(home))
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", proc, log, timeout=120)
        keys = dict(re.findall(r"app '(\w+)'.*:\n\s+(ck_\S+)", log.read_text()))
        yield Gateway(port, proc, home, log, keys)
    finally:
        stop(proc)


def _wait_banner(gw: Gateway) -> str:
    import time

    deadline = time.monotonic() + 30
    while "candor: listening on" not in gw.logs() and time.monotonic() < deadline:
        time.sleep(0.1)
    return gw.logs()


def test_first_start_keys_are_least_privilege(first_start: Gateway) -> None:
    gw = first_start
    assert set(gw.keys) == {"default", "operator"}, gw.logs()
    body = {"model": "echo", "messages": [{"role": "user", "content": "hi"}]}

    def call(method: str, path: str, key: str, **kw: object) -> int:
        return httpx.request(method, gw.base_url + path, timeout=60, **kw,  # type: ignore[arg-type]
                             headers={"Authorization": f"Bearer {gw.keys[key]}"}).status_code

    assert call("POST", "/v1/chat/completions", "default", json=body) == 200
    assert call("GET", "/audit/v1/generations", "default") == 403
    assert call("GET", "/admin/v1/policies", "default") == 403
    assert call("POST", "/v1/chat/completions", "operator", json=body) == 403
    assert call("GET", "/audit/v1/generations", "operator") == 200
    assert call("GET", "/admin/v1/policies", "operator") == 200


def test_startup_prints_one_line_per_fact_and_no_noise(first_start: Gateway) -> None:
    logs = _wait_banner(first_start)
    facts = [line for line in logs.splitlines() if line.startswith("candor: ")]
    assert [f.split(":")[1].strip() for f in facts] == [
        "models", "policies", "audit store", "API keys", "listening on http"], facts
    assert "echo, demo, echo-raw" in facts[0]
    assert re.search(r"default [0-9a-f]{12}", facts[1]) and "strict" in facts[1]
    assert "audit.db" in facts[2]
    assert f"http://127.0.0.1:{first_start.port}" in facts[4]
    assert "setup plugin" not in logs and "alembic" not in logs
    assert "Traceback" not in logs


def test_a_bad_settings_file_names_file_line_and_setting(tmp_path: Path) -> None:
    config = tmp_path / "candor.yaml"
    config.write_text(f"data_dir: {tmp_path / 'var'}\nport: 80x80\nworkrs: 2\n")
    done = candor("serve", home=tmp_path, config=config)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"candor: {config}:2: port: Input should be a valid integer, unable to parse string as "
        "an integer, not '80x80'",
        f"candor: {config}:3: workrs: unknown setting (did you mean 'workers'?)"]
    config.write_text("port: [\n")
    line = one_line_error(candor("keys", "list", home=tmp_path, config=config))
    assert line.startswith(f"candor: {config}:2: not valid YAML")
