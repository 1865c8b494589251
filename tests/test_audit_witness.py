"""Issue 13, item 6: tamper evidence that does not trust the local key file or database.

The attacks: a rollback (the log cut back to an earlier, self-consistent state, checkpoints
included) and a re-sign (records edited, the tree recomputed, every checkpoint signed again with
a new key). ``candor audit verify`` with the local key says OK to both; with a pinned key and a
trusted checkpoint it does not, and ``candor audit witness`` refuses them. A verify whose reader
leaves early (``| head``) keeps its non-zero exit code.
"""

from __future__ import annotations

import asyncio
import copy
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway.audit.entries import Pending, event_record
from gateway.audit.service import AuditLog
from gateway.settings import Settings
from tests.conftest import ROOT

RECORDS = [event_record("review.decision", f"gen-{i}", {"app": "x"}, {"i": i, "ok": True})
           for i in range(30)]


def build(home: Path, records: list[Pending], key_from: Path | None = None) -> Path:
    """A log in ``home`` holding ``records`` (a checkpoint per commit); ``key_from``: reuse
    that signing key (an attacker with the key file), else a new key."""
    data = home / "data"
    data.mkdir(parents=True, exist_ok=True)
    if key_from is not None:
        shutil.copy(key_from, data / "signing.key")
    settings = Settings(data_dir=data, audit_checkpoint_interval=0, audit_writer="thread")

    async def go() -> None:
        log = AuditLog(settings)
        await log.start()
        for p in records:
            await log.append(Pending(p.entry_id, copy.deepcopy(p.record)))
        await log.stop()
        await log.store.close()

    asyncio.run(go())
    config = home / "candor.yaml"
    config.write_text(yaml.safe_dump({"data_dir": str(data)}))
    return config


def public_pem(home: Path) -> Path:
    settings = Settings(data_dir=home / "data")
    out = home / "pinned.pem"
    out.write_text(AuditLog(settings).key.public_pem())
    return out


def latest_note(home: Path) -> Path:
    async def go() -> str:
        log = AuditLog(Settings(data_dir=home / "data"))
        cp = await log.store.latest_checkpoint()
        await log.store.close()
        return cp["note"]

    out = home / "trusted.checkpoint"
    out.write_text(asyncio.run(go()))
    return out


def cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway", "audit", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "CANDOR_CONFIG": str(config)})


@pytest.fixture
def original(tmp_path: Path) -> dict[str, Any]:
    home = tmp_path / "original"
    config = build(home, RECORDS)
    return {"home": home, "config": config, "pem": public_pem(home),
            "trusted": latest_note(home)}


def test_rollback_is_caught_with_a_trusted_checkpoint(original: dict[str, Any],
                                                      tmp_path: Path) -> None:
    # the same log cut back to its first 20 records: a consistent tree, signed by the real key
    attacker = tmp_path / "rolled-back"
    config = build(attacker, RECORDS[:20], key_from=original["home"] / "data" / "signing.key")
    plain = cli(config, "verify")
    assert plain.returncode == 0, plain.stdout  # the attack: the local view is consistent
    r = cli(config, "verify", "--public-key", str(original["pem"]),
            "--trusted-checkpoint", str(original["trusted"]))
    assert r.returncode == 1, r.stdout
    assert "ROLLBACK" in r.stdout and "cut off" in r.stdout
    # the genuine log passes the same check
    ok = cli(original["config"], "verify", "--public-key", str(original["pem"]),
             "--trusted-checkpoint", str(original["trusted"]))
    assert ok.returncode == 0, ok.stdout + ok.stderr


def test_resigned_log_is_caught_with_a_pinned_key(original: dict[str, Any],
                                                  tmp_path: Path) -> None:
    edited = [Pending(p.entry_id, copy.deepcopy(p.record)) for p in RECORDS]
    edited[5].record["data"]["ok"] = False  # the edit the attacker wants
    attacker = tmp_path / "resigned"
    config = build(attacker, edited)  # new key, recomputed tree, every checkpoint re-signed
    assert cli(config, "verify").returncode == 0  # the attack: OK under the local key
    r = cli(config, "verify", "--public-key", str(original["pem"]))
    assert r.returncode == 1 and "signature does not verify" in r.stdout, r.stdout
    # a trusted checkpoint alone catches it too, and says where
    r = cli(config, "verify", "--public-key", str(public_pem(attacker)),
            "--trusted-checkpoint", str(original["trusted"]))
    assert r.returncode == 2 and "signature" in r.stderr  # the trusted note is not theirs


def test_edited_and_resigned_with_a_stolen_key_is_caught(original: dict[str, Any],
                                                         tmp_path: Path) -> None:
    edited = [Pending(p.entry_id, copy.deepcopy(p.record)) for p in RECORDS]
    edited[5].record["data"]["ok"] = False
    attacker = tmp_path / "stolen-key"
    config = build(attacker, edited, key_from=original["home"] / "data" / "signing.key")
    assert cli(config, "verify", "--public-key", str(original["pem"])).returncode == 0
    r = cli(config, "verify", "--public-key", str(original["pem"]),
            "--trusted-checkpoint", str(original["trusted"]))
    assert r.returncode == 1 and "TRUSTED" in r.stdout, r.stdout


def test_witness_keeps_checkpoints_and_refuses_rollback_and_fork(original: dict[str, Any],
                                                                 tmp_path: Path) -> None:
    wdir = tmp_path / "witness"
    pem = str(original["pem"])
    first = cli(original["config"], "witness", "--dir", str(wdir), "--public-key", pem)
    assert first.returncode == 0 and "first checkpoint kept" in first.stdout, first.stdout
    kept = (wdir / "checkpoint").read_text()
    # the genuine log grows (each CLI call appends its own audit.query event): consistent
    again = cli(original["config"], "witness", "--dir", str(wdir), "--public-key", pem)
    assert again.returncode == 0 and "consistent" in again.stdout, again.stdout
    assert (wdir / "checkpoint").read_text() != kept
    kept = (wdir / "checkpoint").read_text()
    key = original["home"] / "data" / "signing.key"
    rolled = build(tmp_path / "rb", RECORDS[:20], key_from=key)
    r = cli(rolled, "witness", "--dir", str(wdir), "--public-key", pem)
    assert r.returncode == 1 and "ROLLBACK" in r.stdout, r.stdout
    edited = [Pending(p.entry_id, copy.deepcopy(p.record)) for p in RECORDS]
    edited[5].record["data"]["ok"] = False
    edited += [event_record("review.decision", f"more-{i}", {"app": "x"}, {}) for i in range(5)]
    forked = build(tmp_path / "fork", edited, key_from=key)
    r = cli(forked, "witness", "--dir", str(wdir), "--public-key", pem)
    assert r.returncode == 1 and "FORK" in r.stdout, r.stdout
    resigned = build(tmp_path / "new-key", edited)
    r = cli(resigned, "witness", "--dir", str(wdir), "--public-key", pem)
    assert r.returncode == 1 and "pinned key" in r.stdout, r.stdout
    assert (wdir / "checkpoint").read_text() == kept  # nothing bad was kept


def test_verify_piped_into_head_keeps_its_exit_code(original: dict[str, Any],
                                                    tmp_path: Path) -> None:
    """``candor audit verify ... | head`` on a tampered log: the reader leaves before the
    report is written; the exit code must still say FAILED (it said 0)."""
    many = [event_record("review.decision", f"g-{i}", {"app": "x"}, {"i": i})
            for i in range(300)]
    config = build(tmp_path / "tampered", many)  # signed by a key other than the pinned one
    r = cli(config, "verify", "--public-key", str(original["pem"]))
    assert r.returncode == 1 and len(r.stdout) > 9_000  # more than stdout's 8 KB buffer
    code = _verify_into_a_reader_that_leaves(config, original["pem"])
    assert code == 1  # it was 0


class _LeavingReader(io.TextIOBase):
    """stdout whose reader leaves after the report's first line (what ``| head -1`` does)."""

    def __init__(self) -> None:
        self.seen = ""
        self._null = os.open(os.devnull, os.O_WRONLY)

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if "records:" in self.seen:
            raise BrokenPipeError(32, "Broken pipe")
        self.seen += text
        return len(text)

    def fileno(self) -> int:
        return self._null


def _verify_into_a_reader_that_leaves(config: Path, pem: Path) -> int:
    from gateway.cli import build_parser

    args = build_parser().parse_args(["audit", "verify", "--config", str(config),
                                      "--public-key", str(pem)])
    saved, saved_fd = sys.stdout, os.dup(1)
    reader = _LeavingReader()
    sys.stdout = reader
    try:
        return args.func(args)
    finally:
        sys.stdout = saved
        os.dup2(saved_fd, 1)  # the CLI points fd 1 at /dev/null once the reader has left
        os.close(saved_fd)
        assert "records: 30" in reader.seen  # the report had started
