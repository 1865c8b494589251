"""Signing-key rotation: old marks and old checkpoints keep verifying, the key set is served
(GET /v1/provenance/keys, `candor signing export-public`) and every verifier takes it; a fleet
member refuses to invent its own key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import yaml
from openai import OpenAI

from gateway.audit import note
from gateway.audit.verify_offline import VerificationError, verify_record
from gateway.marking.mark import find_marks
from tests.harness import ROOT, Gateway, free_port, start_gateway

MODELS = {"demo": {"model": "candor/demo"}}


def _cli(home: Path, *args: str, stdin: str | None = None,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args], input=stdin, capture_output=True, text=True,
        timeout=120, cwd=str(home),
        env={**os.environ, "PYTHONPATH": str(ROOT), "CANDOR_CONFIG": str(home / "candor.yaml"),
             **(env or {})})


def _generate(gw: Gateway) -> tuple[str, str]:
    client = OpenAI(base_url=gw.v1, api_key=gw.keys["app"])
    resp = client.chat.completions.create(
        model="demo", messages=[{"role": "user", "content": "Write a product teaser."}])
    return resp.id, resp.choices[0].message.content or ""


def test_rotation_keeps_old_marks_and_checkpoints_verifying(tmp_path: Path) -> None:
    home = tmp_path / "gw"
    gw = start_gateway(home, MODELS)
    try:
        old_id, old_text = _generate(gw)
        before = httpx.get(f"{gw.v1}/provenance/keys").json()["keys"]
        old_record = httpx.get(f"{gw.base_url}/audit/v1/generations/{old_id}", timeout=30,
                               headers={"Authorization": f"Bearer {gw.keys['auditor']}"}).json()
    finally:
        gw.stop()
    assert [k["status"] for k in before] == ["active"]
    old_kid = before[0]["key_id"]
    assert find_marks(old_text)[0].key_id.hex() == old_kid  # the mark names its key

    rotated = _cli(home, "signing", "rotate")
    assert rotated.returncode == 0, rotated.stderr
    assert json.loads(rotated.stdout)["retired"] == old_kid

    gw = start_gateway(home, MODELS)
    try:
        new_id, new_text = _generate(gw)
        keys = httpx.get(f"{gw.v1}/provenance/keys").json()["keys"]
        new_kid = keys[0]["key_id"]
        assert [(k["key_id"], k["status"]) for k in keys] == [(new_kid, "active"),
                                                              (old_kid, "retired")]
        assert keys[1]["retired_at"] and keys[0]["created_at"] and keys[1]["algorithm"] == "Ed25519"
        assert find_marks(new_text)[0].key_id.hex() == new_kid != old_kid
        for gen, text in ((old_id, old_text), (new_id, new_text)):
            report = httpx.post(f"{gw.v1}/provenance/verify", json={"text": text}, timeout=30,
                                headers={"Authorization": f"Bearer {gw.keys['app']}"}).json()
            assert (report["verdict"], report["generation_id"]) == ("verified", gen)
        # the audit log now holds checkpoints signed by both keys
        auditor = gw.keys["auditor"]
        new_record = httpx.get(f"{gw.base_url}/audit/v1/generations/{new_id}", timeout=30,
                               headers={"Authorization": f"Bearer {auditor}"}).json()
    finally:
        gw.stop()

    exported = _cli(home, "signing", "export-public")
    assert exported.returncode == 0, exported.stderr
    keyset = tmp_path / "keys.json"
    keyset.write_text(exported.stdout)
    assert [k["key_id"] for k in json.loads(exported.stdout)["keys"]] == [new_kid, old_kid]
    new_pem = tmp_path / "new.pem"
    new_pem.write_text(json.loads(exported.stdout)["keys"][0]["public_key_pem"])

    # candor verify (offline) with the exported set: old and new marks verify
    for gen, text in ((old_id, old_text), (new_id, new_text)):
        r = _cli(home, "verify", "-", "--public-key", str(keyset), "--json", stdin=text)
        assert r.returncode == 0, r.stdout + r.stderr
        assert json.loads(r.stdout)["generation_id"] == gen
    # ...the local key set by default, too; the new key alone does not know the old mark
    assert _cli(home, "verify", "-", stdin=old_text).returncode == 0
    assert _cli(home, "verify", "-", "--public-key", str(new_pem), stdin=old_text).returncode == 2

    # checkpoints of both keys; candor audit verify accepts the set, not the new key alone
    sigs = {kid.hex() for cp in (old_record, new_record)
            for _, kid, _ in note.parse(cp["checkpoint"]["note"]).signatures}
    assert sigs == {old_kid, new_kid}
    ok = _cli(home, "audit", "verify", "--public-key", str(keyset))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "OK: the log verifies" in ok.stdout
    only_new = _cli(home, "audit", "verify", "--public-key", str(new_pem))
    assert only_new.returncode == 1 and "signature does not verify" in only_new.stdout

    # the offline verifier: an old record's proof with the key set (file bytes), not without
    assert verify_record(old_record, keyset.read_bytes())["generation_id"] == old_id
    assert verify_record(new_record, keyset.read_text())["generation_id"] == new_id
    try:
        verify_record(old_record, new_pem.read_bytes())
        raise AssertionError("the new key alone verified a checkpoint of the old key")
    except VerificationError as exc:
        assert "no signature by this key" in str(exc)
    script = subprocess.run([sys.executable, str(ROOT / "gateway/audit/verify_offline.py"),
                             "/dev/stdin", str(keyset)], input=json.dumps(old_record),
                            capture_output=True, text=True, timeout=60)
    assert script.returncode == 0 and json.loads(script.stdout)["generation_id"] == old_id


def _serve(home: Path, settings: dict[str, object]) -> subprocess.CompletedProcess[str]:
    home.mkdir(parents=True, exist_ok=True)
    (home / "candor.yaml").write_text(yaml.safe_dump({"data_dir": str(home / "data"),
                                                      **settings}))
    return _cli(home, "serve", "--port", str(free_port()))


def test_fleet_member_refuses_to_make_its_own_key(tmp_path: Path) -> None:
    unnamed = _serve(tmp_path / "a", {"fleet": True})
    assert unnamed.returncode == 2
    assert unnamed.stderr.strip().count("\n") == 0, unnamed.stderr
    assert "fleet: true needs the shared signing key" in unnamed.stderr
    missing = tmp_path / "shared" / "signing.key"
    absent = _cli(
        tmp_path, "serve", "--port", str(free_port()),
        env={"CANDOR_CONFIG": "", "CANDOR_FLEET": "true", "CANDOR_DATA_DIR": str(tmp_path / "b"),
             "CANDOR_SIGNING_KEY_FILE": str(missing)})
    assert absent.returncode == 2 and str(missing) in absent.stderr
    assert "will not make its own" in absent.stderr and not missing.exists()
    assert not (tmp_path / "a" / "data" / "signing.key").exists()
    # `candor signing init` makes the shared one; then a fleet member would start
    made = _cli(tmp_path, "signing", "init", "--key-file", str(missing),
                env={"CANDOR_CONFIG": ""})
    assert made.returncode == 0 and json.loads(made.stdout)["created"] is True
    assert oct(missing.stat().st_mode & 0o777) == "0o600"


def test_a_running_key_set_learns_a_rotation_made_elsewhere(tmp_path: Path) -> None:
    """A replica that has not restarted yet still signs with the old key, and verifies marks
    of the new one: its public list is re-read when signing-keys.json changes."""
    from gateway.marking.mark import make_mark
    from gateway.signing import KeySet, SigningKeyError, load_existing, parse_public_keys, rotate

    key_file = tmp_path / "signing.key"
    init = _cli(tmp_path, "signing", "init", "--key-file", str(key_file),
                env={"CANDOR_CONFIG": ""})
    assert init.returncode == 0, init.stderr
    running = KeySet(key_file, load_existing(key_file))
    old_id = running.active.key_id
    retired, fresh = rotate(key_file)
    assert retired.key_id == old_id and running.active.key_id == old_id  # until restarted
    new_key = load_existing(key_file)
    mark = make_mark(new_key, "chatcmpl-" + "ab" * 16, "Spring sale: 10% off boots.")
    assert mark.verify(running.public_keys()[fresh.key_id])
    assert [(k.key_id, k.retired_at is None) for k in running.keys()] == [
        (fresh.key_id, True), (old_id, False)]
    assert running.document()["signing_key_id"] == old_id.hex()  # the file's truth, and ours
    # the file form round-trips, and a key id that does not match its key is refused
    doc = json.loads((tmp_path / "signing-keys.json").read_text())
    assert [k.key_id for k in parse_public_keys(json.dumps(doc))] == [fresh.key_id, old_id]
    doc["keys"][0]["key_id"] = "00000000"
    (tmp_path / "signing-keys.json").write_text(json.dumps(doc))
    # a running replica keeps the list in force; a starting one refuses, in one line
    assert [k.key_id for k in running.keys()] == [fresh.key_id, old_id]
    try:
        KeySet(key_file, new_key)
        raise AssertionError("a forged key id was accepted")
    except SigningKeyError as exc:
        assert "does not match its public key" in str(exc)
    (tmp_path / "candor.yaml").write_text(yaml.safe_dump({"data_dir": str(tmp_path / "d"),
                                                          "signing_key_file": str(key_file)}))
    refused = _cli(tmp_path, "serve", "--port", str(free_port()))
    assert refused.returncode == 2 and "does not match its public key" in refused.stderr
    assert refused.stderr.strip().count("\n") == 0, refused.stderr
