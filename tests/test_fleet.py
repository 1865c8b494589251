"""Three replicas as one gateway (issue 18): one PostgreSQL audit log, one Redis, one signing
key, one read-only config dir. Load is spread across them, one replica is SIGKILLed mid-load and
restarted; afterwards every acknowledged generation has its record, the log is one gap-free tree
that `candor audit verify` accepts, a frequency cap and a rate limit of N allow exactly N across
the fleet, a key revoked through one replica is refused by all within 5 s, and a policy change
in the shared dir reaches every replica."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from tests.conftest import PROVIDER_KEY, need_service
from tests.fleet import FLEET_KEYS, Fleet, reachable, start_fleet
from tests.harness import Llmock, mock_models

CAP = 4
LIMIT = 5  # requests per minute on the mock-limited alias, counted in the shared Redis
FLEETCAP = f"""policy: fleetcap
extends: default
description: The fleet test's cap.
contact_frequency:
  max: {CAP}
  per: 1d
  action: block
"""
RULE = """custom_rules:
  - id: no-zebra-launch
    category: health_claim
    where: input
    action: block
    pattern: 'zebra-launch-7'
"""


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Fleet]:
    if not reachable(5432):
        need_service("PostgreSQL")
    if not reachable(6379):
        need_service("Redis")
    models = mock_models(llmock)
    models["mock-limited"] = dict(models["mock"])
    limits = {"backend": "redis", "redis_prefix": f"candor:fleet-limits:{uuid.uuid4().hex}:",
              "models": {"mock-limited": {"requests_per_minute": LIMIT}}}
    f = start_fleet(tmp_path_factory.mktemp("fleet"), 3, models,
                    policies={"fleetcap.yaml": FLEETCAP},
                    keys={**FLEET_KEYS, "capped": ("crm-mailer", ["generate"], "fleetcap"),
                          "temp": ("short-lived", ["generate"], "default")},
                    settings={"limits": limits},
                    env={"MOCK_PROVIDER_KEY": PROVIDER_KEY})
    yield f
    f.close()


def _body(i: int, text: str = "Write a two-line teaser for our spring range") -> dict:
    return {"model": "mock", "messages": [{"role": "user", "content": f"{text} (#{i})."}]}


def test_fleet_survives_a_sigkill_and_acts_as_one_gateway(fleet: Fleet, tmp_path: Path) -> None:
    config_before = fleet.config_snapshot()
    victim = fleet.replicas[1]
    restarting: list[threading.Thread] = []

    def during(i: int) -> None:  # the load balancer's view: the victim dies, later comes back
        if i == 100:
            victim.kill()
        elif i == 170:
            t = threading.Thread(target=victim.restart)
            t.start()
            restarting.append(t)

    outcomes = fleet.spread([_body(i) for i in range(300)], concurrency=12, during=during)
    for t in restarting:
        t.join(180)
    assert victim.alive
    statuses = Counter(o.status for o in outcomes)
    assert statuses == {200: 300}, statuses
    served = Counter(o.replica for o in outcomes)
    assert set(served) == {r.name for r in fleet.replicas}, served

    # no acknowledged generation without its record
    rows = fleet.audit_rows()
    recorded = {gen: status for _, kind, gen, status in rows if kind == "generation"}
    acked = {o.generation_id for o in outcomes}
    assert None not in acked and len(acked) == 300
    missing = acked - set(recorded)
    assert not missing, f"{len(missing)} acknowledged without a record"
    assert {recorded[g] for g in acked} == {"ok"}, Counter(recorded[g] for g in acked)
    # one gap-free tree
    assert [row[0] for row in rows] == list(range(len(rows)))

    # the whole log verifies with the exported public key set (a verifier's own copy)
    exported = fleet.cli("signing", "export-public")
    assert exported.returncode == 0, exported.stderr
    keyset = tmp_path / "keys.json"
    keyset.write_text(exported.stdout)
    assert len(json.loads(exported.stdout)["keys"]) == 1
    verified = fleet.cli("audit", "verify", "--public-key", str(keyset), "--json")
    assert verified.returncode == 0, verified.stdout[-3000:] + verified.stderr[-2000:]
    report = json.loads(verified.stdout)
    assert report["ok"] and report["records"] >= len(rows) and report["checkpoints_ok"] > 0

    # a frequency cap of N allows exactly N across the fleet, all at once
    capped = fleet.spread([_body(i, "Write a reminder for Maria") for i in range(3 * CAP)],
                          concurrency=12, key="capped",
                          headers=lambda i: {"X-Candor-Recipient": "crm-contact-58121"})
    assert Counter(o.status for o in capped)[200] == CAP, [(o.status, o.body) for o in capped]
    refused = [o for o in capped if o.status != 200]
    assert len(refused) == 2 * CAP and {o.replica for o in capped} == {
        r.name for r in fleet.replicas}
    assert all(o.status == 400 and o.body["error"]["code"] == "content_policy_violation"
               and o.body["error"]["param"] == "frequency.cap" for o in refused), refused[0].body

    # a rate limit of N allows exactly N across the fleet, all at once
    limited = fleet.spread([{**_body(i), "model": "mock-limited"} for i in range(3 * LIMIT)],
                           concurrency=12)
    assert Counter(o.status for o in limited) == {200: LIMIT, 429: 2 * LIMIT}, \
        [(o.status, o.body) for o in limited]
    assert {o.replica for o in limited} == {r.name for r in fleet.replicas}
    assert all(o.body["error"]["code"] == "rate_limit_exceeded"
               for o in limited if o.status == 429)

    # a key revoked through one replica is refused by every replica within 5 s
    temp_id = fleet.keys["temp"].split("_", 2)[1]
    revoked = httpx.post(f"{fleet.replicas[0].base_url}/admin/v1/keys/{temp_id}/revoke",
                         headers={"Authorization": f"Bearer {fleet.keys['admin']}"}, timeout=30)
    assert revoked.status_code == 200, revoked.text
    started = time.monotonic()
    pending = {r.name: r for r in fleet.replicas}
    with httpx.Client() as client:
        while pending:
            for name, r in list(pending.items()):
                got = client.post(f"{r.v1}/chat/completions", json=_body(0), timeout=60,
                                  headers={"Authorization": f"Bearer {fleet.keys['temp']}"})
                if got.status_code == 401:
                    del pending[name]
            assert time.monotonic() - started < 5, f"still accepted by {sorted(pending)}"
            time.sleep(0.05)

    # a policy change in the shared dir reaches every replica (ConfigMap-style swap)
    def status(replica_url: str) -> dict:
        r = httpx.get(f"{replica_url}/admin/v1/policies", timeout=30,
                      headers={"Authorization": f"Bearer {fleet.keys['admin']}"})
        assert r.status_code == 200, r.text
        return {p["name"]: p["version"] for p in r.json()["policies"]}

    old = {r.name: status(r.base_url)["fleetcap"] for r in fleet.replicas}
    assert len(set(old.values())) == 1  # every replica runs the same version
    probe = _body(0, "Plan the zebra-launch-7 teaser")
    with httpx.Client() as client:
        for r in fleet.replicas:
            got = client.post(f"{r.v1}/chat/completions", json=probe, timeout=60,
                              headers={"Authorization": f"Bearer {fleet.keys['capped']}"})
            assert got.status_code == 200, got.text

    fleet.update_config(lambda d: (d / "fleetcap.yaml").write_text(FLEETCAP + RULE))
    deadline = time.monotonic() + 20
    new: dict[str, str] = {}
    while time.monotonic() < deadline:
        new = {r.name: status(r.base_url)["fleetcap"] for r in fleet.replicas}
        if all(v != old[k] for k, v in new.items()):
            break
        time.sleep(0.25)
    assert all(v != old[k] for k, v in new.items()), (old, new)
    assert len(set(new.values())) == 1
    with httpx.Client() as client:
        for r in fleet.replicas:
            got = client.post(f"{r.v1}/chat/completions", json=probe, timeout=60,
                              headers={"Authorization": f"Bearer {fleet.keys['capped']}"})
            assert got.status_code == 400, (r.name, got.text)

    # so does a models file change (a new alias, served by every replica)
    def add_alias(d: Path) -> None:
        text = (d / "models.yaml").read_text()
        models = yaml.safe_load(text)
        models["models"]["mock-2"] = dict(models["models"]["mock"])
        (d / "models.yaml").write_text(yaml.safe_dump(models))

    fleet.update_config(add_alias, volume="models")
    deadline = time.monotonic() + 20
    listed: dict[str, bool] = {}
    while time.monotonic() < deadline:
        listed = {r.name: "mock-2" in {m["id"] for m in httpx.get(
            f"{r.v1}/models", timeout=30,
            headers={"Authorization": f"Bearer {fleet.keys['app']}"}).json()["data"]}
            for r in fleet.replicas}
        if all(listed.values()):
            break
        time.sleep(0.25)
    assert all(listed.values()), listed
    with httpx.Client() as client:
        for r in fleet.replicas:
            got = client.post(f"{r.v1}/chat/completions", json={**_body(1), "model": "mock-2"},
                              timeout=60, headers={"Authorization": f"Bearer {fleet.keys['app']}"})
            assert got.status_code == 200, got.text

    # the replicas only read the shared config: nothing there was created or changed by them
    after = fleet.config_snapshot()
    def stable(snap: dict[str, str]) -> dict[str, str]:  # the version dirs' names change
        return {k.replace(k.split("/")[1], "..v") if "/..v" in k else k: v
                for k, v in snap.items() if not k.endswith("..data")}

    changed = {k for k in set(stable(after)) | set(stable(config_before))
               if stable(after).get(k) != stable(config_before).get(k)}
    assert changed == {"policies/..v/fleetcap.yaml", "models/..v/models.yaml"}, changed
