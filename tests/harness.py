"""Real processes for tests: an llmock upstream and Candor gateways, on loopback ports."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from gateway.keys import create_key

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited ({proc.returncode}):\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {url}:\n{log.read_text()[-4000:]}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        # (a graceful stop gets the grace period a deployment gives it, Kubernetes' 30 s: once, on
        # a loaded 2-core CI machine, two workers left the audit log's tail unsigned after a stop,
        # most likely killed at 10 s before they signed their last checkpoint)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Llmock:
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def scenario(self, *behaviors: dict[str, Any]) -> None:
        r = httpx.post(f"{self.base_url}/_llmock/scenario", json={"behaviors": list(behaviors)})
        r.raise_for_status()

    def requests(self) -> list[dict[str, Any]]:
        return httpx.get(f"{self.base_url}/_llmock/requests", timeout=10).json()["requests"]

    def reset(self) -> None:
        httpx.post(f"{self.base_url}/_llmock/reset").raise_for_status()


def start_llmock(tmp: Path, *extra: str) -> Llmock:
    port = free_port()
    log = tmp / f"llmock-{port}.log"
    exe = shutil.which("llmock", path=str(Path(sys.executable).parent)) or "llmock"
    proc = subprocess.Popen(
        [exe, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
         *extra],
        stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )
    wait_http(f"http://127.0.0.1:{port}/v1/models", proc, log)
    return Llmock(port, proc, log)


@dataclass
class Gateway:
    port: int
    proc: subprocess.Popen[bytes]
    home: Path
    log: Path
    keys: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def v1(self) -> str:
        return f"{self.base_url}/v1"

    def logs(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        stop(self.proc)


DEFAULT_KEYS = {
    "app": ("marketing-app", ["generate"], "default"),
    "auditor": ("audit-team", ["audit"], "default"),
    "admin": ("ops", ["admin", "generate", "audit"], "default"),
}


def start_gateway(
    home: Path,
    models: dict[str, Any],
    env: dict[str, str] | None = None,
    keys: dict[str, tuple[str, list[str], str]] | None = None,
    workers: int = 1,
    settings: dict[str, Any] | None = None,
) -> Gateway:
    """Start ``python -m gateway serve`` with its own data dir, models file and keys."""
    home.mkdir(parents=True, exist_ok=True)
    models_file = home / "models.yaml"
    models_file.write_text(yaml.safe_dump({"models": models}))
    keys_file = home / "keys.yaml"
    made = {name: create_key(keys_file, app, roles, policy)
            for name, (app, roles, policy) in (keys or DEFAULT_KEYS).items()}
    port = free_port()
    log = home / f"gateway-{port}.log"
    config = home / "candor.yaml"
    config.write_text(yaml.safe_dump({
        "data_dir": str(home / "data"), "models_file": str(models_file),
        "keys_file": str(keys_file), "policies_dir": str(ROOT / "policies"),
        **(settings or {}),
    }))
    proc_env = {**os.environ, "CANDOR_CONFIG": str(config), "PYTHONPATH": str(ROOT),
                **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers)],
        stdout=log.open("wb"), stderr=subprocess.STDOUT, env=proc_env, cwd=str(home),
    )
    wait_http(f"http://127.0.0.1:{port}/healthz", proc, log, timeout=120)
    return Gateway(port, proc, home, log, made)


def mock_models(mock: Llmock, **overrides: Any) -> dict[str, Any]:
    """A catalogue with the offline echo model and llmock-backed routes."""
    base = {"model": "openai/gpt-4o-mini", "api_base": f"{mock.base_url}/v1",
            "api_key_env": "MOCK_PROVIDER_KEY", "timeout": 10, "retries": 0}
    models: dict[str, Any] = {
        "echo": {"model": "candor/echo"},
        "echo-raw": {"model": "candor/echo-raw"},
        "demo": {"model": "candor/demo"},
        "mock": dict(base),
        "mock-fallback": {**base, "fallbacks": ["echo"]},
        "mock-slow": {**base, "timeout": 1.5},
        "dead": {**base, "api_base": f"http://127.0.0.1:{free_port()}/v1", "timeout": 3},
    }
    models.update(overrides)
    return models
