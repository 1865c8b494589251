"""Health, readiness, metrics, the OpenAPI document, keys CLI and multi-worker serving."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import openai
import pytest
import yaml

from tests.harness import ROOT, Gateway, start_gateway


def test_healthz_readyz(gateway: Gateway) -> None:
    assert httpx.get(gateway.base_url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(gateway.base_url + "/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["models_loaded"] is True


def test_metrics_count_requests_by_app_and_model(gateway: Gateway) -> None:
    openai.OpenAI(base_url=gateway.v1, api_key=gateway.keys["app"]).chat.completions.create(
        model="echo", messages=[{"role": "user", "content": "hi"}])
    assert httpx.get(gateway.base_url + "/metrics").status_code == 401  # needs a key
    app_key = httpx.get(gateway.base_url + "/metrics",
                        headers={"Authorization": f"Bearer {gateway.keys['app']}"})
    assert app_key.status_code == 403  # a generate-only key does not see other apps' volumes
    text = httpx.get(gateway.base_url + "/metrics",
                     headers={"Authorization": f"Bearer {gateway.keys['auditor']}"}).text
    assert 'candor_requests_total{app="marketing-app",endpoint="chat.completions",' \
           'model="echo",status="ok"}' in text
    assert "candor_request_duration_seconds_bucket" in text


def test_openapi_document(gateway: Gateway) -> None:
    doc = httpx.get(gateway.base_url + "/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/v1/chat/completions", "/v1/responses", "/v1/embeddings"} <= set(doc["paths"])
    assert "ChatRequest" in doc["components"]["schemas"]


def test_keys_cli_creates_hashed_key(tmp_path: Path) -> None:
    keys = tmp_path / "keys.yaml"
    out = subprocess.run(
        [sys.executable, "-m", "gateway", "keys", "create", "--app", "newsletter", "--roles",
         "generate,audit", "--file", str(keys)],
        capture_output=True, text=True, check=True, cwd=ROOT)
    key = out.stdout.strip()
    assert key.startswith("ck_")
    stored = yaml.safe_load(keys.read_text())["keys"][0]
    assert stored["app"] == "newsletter" and stored["roles"] == ["audit", "generate"]
    assert key.split("_", 2)[2] not in keys.read_text()  # only the hash is kept
    assert stored["hash"].startswith("sha256:")
    bad = subprocess.run(
        [sys.executable, "-m", "gateway", "keys", "create", "--app", "x", "--roles", "root",
         "--file", str(keys)], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode != 0 and "unknown role 'root'" in bad.stderr


def test_models_file_rejects_inline_keys(tmp_path: Path) -> None:
    from gateway.models_config import ModelsConfigError, load_models

    path = tmp_path / "models.yaml"
    path.write_text(yaml.safe_dump({"models": {"m": {"model": "openai/x", "api_key": "sk-1"}}}))
    with pytest.raises(ModelsConfigError, match="api_key_env"):
        load_models(path)


def test_several_workers(tmp_path: Path) -> None:
    gw = start_gateway(tmp_path / "gw", {"echo": {"model": "candor/echo"}}, workers=2)
    try:
        c = openai.OpenAI(base_url=gw.v1, api_key=gw.keys["app"], max_retries=0)
        ids = {c.chat.completions.create(model="echo", messages=[
            {"role": "user", "content": f"hi {i}"}]).id for i in range(8)}
        assert len(ids) == 8
        assert "candor_requests_total" in httpx.get(
            gw.base_url + "/metrics", headers={"Authorization": f"Bearer {gw.keys['admin']}"}).text
    finally:
        gw.stop()
