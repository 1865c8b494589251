"""The contract with the audit store (built on another branch): when ``services.audit`` offers
``fingerprints`` (a ``FingerprintIndex``) and ``get(generation_id)``, the verify endpoint uses
them and the marking hook stops writing its own index. In-process app, echo model, no upstream.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from gateway.api.app import create_app
from gateway.keys import create_key
from gateway.marking import fingerprint as fp
from gateway.marking import strip_marks
from gateway.settings import Settings


class AuditLike:
    """The two things the marking code asks of an audit store (the real one is SQL-backed)."""

    def __init__(self, path: Path) -> None:
        self.fingerprints = fp.SqliteFingerprintIndex(path)
        self.records: dict[str, dict[str, Any]] = {}

    async def get(self, generation_id: str) -> dict[str, Any] | None:
        return self.records.get(generation_id)


@pytest.fixture
def app_and_keys(tmp_path: Path):
    keys_file = tmp_path / "keys.yaml"
    keys = {"app": create_key(keys_file, "app", ["generate"]),
            "auditor": create_key(keys_file, "audit", ["audit"])}
    settings = Settings(data_dir=tmp_path / "data", keys_file=keys_file)
    app = create_app(settings)
    return app, keys


def test_audit_store_index_and_record_are_used(app_and_keys, tmp_path: Path) -> None:
    app, keys = app_and_keys
    services = app.state.services
    audit = AuditLike(tmp_path / "audit-fp.sqlite")
    services.audit = audit
    text = ("Our autumn range is in: wool scarves, leather gloves and the warmest socks we have "
            "ever made, all knitted in Donegal and shipped free this week.")
    with TestClient(app) as client:
        # The echo model would answer JSON (never marked); make a marked text via the stage's
        # own code path instead: a real request, then the fingerprint the audit store would keep.
        r = client.post("/v1/chat/completions", headers={"Authorization": f"Bearer {keys['app']}"},
                        json={"model": "echo", "messages": [{"role": "user", "content": text}]})
        assert r.status_code == 200 and r.headers["x-ai-generated"] == "true"
        gen = r.json()["id"]
        assert not (tmp_path / "data" / "fingerprints.sqlite").exists()  # audit store indexes
        audit.fingerprints.add(gen, fp.simhash(text))
        audit.records[gen] = {"generation_id": gen, "app": "app", "status": "ok"}

        def verify(key: str) -> dict[str, Any]:
            resp = client.post("/v1/provenance/verify", json={"text": strip_marks(text)},
                               headers={"Authorization": f"Bearer {keys[key]}"})
            assert resp.status_code == 200, resp.text
            return resp.json()

        app_view = verify("app")
        assert app_view["matches"][0]["generation_id"] == gen and "audit_records" not in app_view
        auditor_view = verify("auditor")
        assert auditor_view["audit_records"] == {gen: audit.records[gen]}
