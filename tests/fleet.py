"""A fleet of Candor replicas on loopback, for tests: one PostgreSQL audit log (a schema of its
own), one Redis (a key prefix of its own), one signing key file, one keys file, and policies +
models from a shared directory laid out like a Kubernetes ConfigMap mount (files are symlinks
into ``..data/``, an update swaps that symlink), which the replicas only read.

``start_fleet`` returns a ``Fleet`` whose ``replicas`` each have ``base_url`` and
``stop`` / ``kill`` (SIGKILL) / ``restart``; ``Fleet.spread`` sends requests across the live
replicas like a load balancer that retries a refused connection on the next one.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from gateway.keys import create_key
from tests.harness import ROOT, free_port, wait_http

PG_URL = os.environ.get("CANDOR_TEST_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("CANDOR_TEST_REDIS", "redis://127.0.0.1:6379/0")

FLEET_KEYS: dict[str, tuple[str, list[str], str]] = {
    "app": ("marketing-app", ["generate"], "default"),
    "auditor": ("audit-team", ["audit"], "default"),
    "admin": ("ops", ["admin", "generate", "audit"], "default"),
}


def reachable(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@dataclass
class Replica:
    name: str
    home: Path
    port: int
    env: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def v1(self) -> str:
        return f"{self.base_url}/v1"

    @property
    def log(self) -> Path:
        return self.home / "gateway.log"

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def launch(self) -> None:
        """Start the process (same port and data dir every time); ``wait`` for it."""
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "gateway", "serve", "--port", str(self.port)],
                stdout=out, stderr=subprocess.STDOUT, env=self.env, cwd=str(self.home),
                # its own process group, so a kill takes the replica's worker children with it
                # (a container runtime kills the whole cgroup the same way)
                start_new_session=True)

    # three replicas importing litellm, spaCy and the policies at once on a busy 2-core machine
    # took up to ~2 minutes
    def wait(self, timeout: float = 300) -> None:
        assert self.proc is not None
        wait_http(f"{self.base_url}/readyz", self.proc, self.log, timeout)

    def start(self) -> None:
        self.launch()
        self.wait()

    def stop(self) -> None:
        if self.alive:
            assert self.proc is not None
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._reap_group()

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no flush, the open transaction dies with the socket."""
        if self.alive:
            assert self.proc is not None
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self._reap_group()

    def _reap_group(self) -> None:
        """Children left in the replica's group (pool workers, the audit writer) go too."""
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def restart(self) -> None:
        self.kill()
        deadline = time.monotonic() + 30
        while reachable(self.port) and time.monotonic() < deadline:
            time.sleep(0.1)  # the kernel may hold the listening socket briefly
        self.start()

    def logs(self) -> str:
        return self.log.read_text(errors="replace")


@dataclass
class Outcome:
    status: int  # 0: no replica answered
    generation_id: str | None
    replica: str | None
    body: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fleet:
    replicas: list[Replica]
    root: Path
    config_dir: Path  # the shared, read-only config: policies/ and models/, ConfigMap-style
    keys: dict[str, str]
    audit_schema: str
    redis_prefix: str
    key_file: Path
    cli_config: Path
    _rr: Any = field(default_factory=lambda: itertools.count())

    # -- load ---------------------------------------------------------------------------------

    def post(self, client: httpx.Client, path: str, body: dict[str, Any], key: str = "app",
             headers: dict[str, str] | None = None, attempts: int = 6) -> Outcome:
        """One request through the "load balancer": round robin over live replicas; a refused
        or dropped connection (a killed replica) goes to the next one, as a proxy does."""
        for _ in range(attempts):
            replica = self.replicas[next(self._rr) % len(self.replicas)]
            try:
                r = client.post(f"{replica.v1}{path}", json=body, timeout=60, headers={
                    "Authorization": f"Bearer {self.keys[key]}", **(headers or {})})
            except httpx.TransportError:
                continue
            try:
                payload = r.json()
            except ValueError:
                payload = {}
            return Outcome(r.status_code, r.headers.get("x-candor-generation-id"),
                           replica.name, payload)
        return Outcome(0, None, None)

    def spread(self, bodies: list[dict[str, Any]], concurrency: int = 12, key: str = "app",
               headers: Callable[[int], dict[str, str]] | None = None,
               during: Callable[[int], None] | None = None) -> list[Outcome]:
        """Send every body (chat completions) across the fleet; ``during(i)`` runs in the
        sender of request i before it is sent (to kill or restart a replica mid-load)."""
        limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=0)
        with httpx.Client(limits=limits) as client:
            def one(i: int) -> Outcome:
                if during is not None:
                    during(i)
                return self.post(client, "/chat/completions", bodies[i], key,
                                 headers(i) if headers else None)

            with ThreadPoolExecutor(concurrency) as pool:
                return list(pool.map(one, range(len(bodies))))

    # -- shared config ------------------------------------------------------------------------

    def update_config(self, edit: Callable[[Path], None], volume: str = "policies") -> None:
        """A ConfigMap update: copy ``..data`` to a new version dir, ``edit`` it, swap the
        ``..data`` symlink atomically (the directory is made writable just for the swap)."""
        mount = self.config_dir / volume
        os.chmod(mount, 0o755)
        try:
            current = (mount / "..data").resolve()
            fresh = mount / f"..v{time.time_ns()}"
            shutil.copytree(current, fresh)
            os.chmod(fresh, 0o755)
            edit(fresh)
            os.chmod(fresh, 0o555)
            link = mount / f"..data_tmp{os.getpid()}"
            os.symlink(fresh.name, link)
            os.replace(link, mount / "..data")
            os.chmod(current, 0o755)
            shutil.rmtree(current)
        finally:
            os.chmod(mount, 0o555)

    def config_snapshot(self) -> dict[str, str]:
        """Every entry under the shared config dir with its content hash (or link target)."""
        out = {}
        for dirpath, dirnames, filenames in os.walk(self.config_dir):
            for name in dirnames + filenames:
                path = Path(dirpath) / name
                rel = str(path.relative_to(self.config_dir))
                if path.is_symlink():
                    out[rel] = "-> " + os.readlink(path)
                elif path.is_file():
                    out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
                else:
                    out[rel] = "dir"
        return out

    # -- the shared stores --------------------------------------------------------------------

    def cli(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """``candor ARGS`` against the fleet's audit store and key (a machine of its own)."""
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CANDOR_CONFIG": str(self.cli_config)}
        return subprocess.run([sys.executable, "-m", "gateway", *args], capture_output=True,
                              text=True, env=env, timeout=timeout, cwd=str(self.root),
                              check=False)

    def audit_rows(self) -> list[tuple[int, str, str, str | None]]:
        """(seq, kind, entry id, status) of every entry in the shared audit log; a generation's
        entry id is its generation id."""
        import asyncpg

        async def rows() -> list[tuple[int, str, str, str | None]]:
            conn = await asyncpg.connect(_dsn(PG_URL))
            try:
                got = await conn.fetch(
                    f'SELECT seq, kind, entry_id, status FROM "{self.audit_schema}".'
                    "audit_entries ORDER BY seq")
                return [(r["seq"], r["kind"], r["entry_id"], r["status"]) for r in got]
            finally:
                await conn.close()

        return asyncio.run(rows())

    def close(self) -> None:
        for replica in self.replicas:
            replica.stop()
        for dirpath, _, _ in os.walk(self.config_dir):
            os.chmod(dirpath, 0o755)  # so the test's tmp dir can be removed
        import asyncpg

        async def drop() -> None:
            conn = await asyncpg.connect(_dsn(PG_URL))
            try:
                await conn.execute(f'DROP SCHEMA IF EXISTS "{self.audit_schema}" CASCADE')
            finally:
                await conn.close()

        try:
            asyncio.run(drop())
        except OSError:
            pass
        try:
            import redis

            r = redis.Redis.from_url(REDIS_URL)
            for key in r.scan_iter(self.redis_prefix + "*"):
                r.delete(key)
        except Exception:  # noqa: BLE001 - cleanup only
            pass


def _dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


def _config_volume(path: Path, files: dict[str, str]) -> None:
    """Files as a ConfigMap volume lays them out (symlinks into ``..data/``), read-only."""
    version = path / "..v1"
    version.mkdir(parents=True)
    for name, text in files.items():
        (version / name).write_text(text)
    os.symlink("..v1", path / "..data")
    for entry in sorted(version.iterdir()):
        os.symlink(f"..data/{entry.name}", path / entry.name)
    os.chmod(version, 0o555)
    os.chmod(path, 0o555)


def start_fleet(tmp: Path, n: int, models: dict[str, Any], *,
                policies: dict[str, str] | None = None,
                keys: dict[str, tuple[str, list[str], str]] | None = None,
                settings: dict[str, Any] | None = None,
                env: dict[str, str] | None = None) -> Fleet:
    """``n`` replicas sharing PostgreSQL, Redis, the signing key, the keys file and the config
    dir; each has its own port and data dir. The caller closes the fleet."""
    root = tmp / "fleet"
    shared = root / "shared"
    (shared / "signing").mkdir(parents=True)
    config_dir = root / "config"
    shipped = {p.name: p.read_text() for p in sorted((ROOT / "policies").glob("*.yaml"))}
    _config_volume(config_dir / "policies", {**shipped, **(policies or {})})
    _config_volume(config_dir / "models", {"models.yaml": yaml.safe_dump({"models": models})})
    os.chmod(config_dir, 0o555)
    key_file = shared / "signing" / "signing.key"
    made = subprocess.run(
        [sys.executable, "-m", "gateway", "signing", "init", "--key-file", str(key_file)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT),
                                             "CANDOR_CONFIG": ""},
        timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    keys_file = shared / "keys.yaml"
    made_keys = {name: create_key(keys_file, app, roles, policy)
                 for name, (app, roles, policy) in (keys or FLEET_KEYS).items()}
    tag = uuid.uuid4().hex[:10]
    common = {
        "fleet": True, "signing_key_file": str(key_file), "keys_file": str(keys_file),
        "policies_dir": str(config_dir / "policies"),
        "models_file": str(config_dir / "models" / "models.yaml"),
        "audit_url": PG_URL, "audit_schema": f"candor_fleet_{tag}",
        "frequency_backend": "redis", "redis_url": REDIS_URL,
        "frequency_prefix": f"candor:fleet:{tag}:", "frequency_salt": f"salt-{tag}",
        "audit_recipient_salt": f"recipient-{tag}", "policy_poll_interval": 0.5,
        **(settings or {}),
    }
    cli_config = root / "cli.yaml"
    cli_config.write_text(yaml.safe_dump({**common, "data_dir": str(root / "cli-data")}))
    replicas = []
    for i in range(n):
        home = root / f"replica-{i}"
        home.mkdir()
        config = home / "candor.yaml"
        config.write_text(yaml.safe_dump({**common, "data_dir": str(home / "data")}))
        proc_env = {**os.environ, "CANDOR_CONFIG": str(config), "PYTHONPATH": str(ROOT),
                    **(env or {})}
        replicas.append(Replica(f"replica-{i}", home, free_port(), proc_env))
    fleet = Fleet(replicas, root, config_dir, made_keys, common["audit_schema"],
                  common["frequency_prefix"], key_file, cli_config)
    try:
        for replica in replicas:  # started together: each loads spaCy, litellm, the policies
            replica.launch()
        for replica in replicas:
            replica.wait()
    except BaseException:
        fleet.close()
        raise
    return fleet


__all__ = ["FLEET_KEYS", "Fleet", "Outcome", "Replica", "reachable", "start_fleet"]
