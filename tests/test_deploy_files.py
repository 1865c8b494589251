"""deploy/compose.yaml, deploy/nginx.conf and deploy/k8s/*: parsed (no container engine here)
and checked against what the gateway accepts: every CANDOR_* variable is a setting with a value
it takes, ports agree end to end, probes hit real routes, the image's entrypoint runs `candor
serve`, mounts hold the files the settings name, and the ConfigMaps are the repository's files."""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from gateway.models_config import load_models
from gateway.policy.loader import load_policy_set
from gateway.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
# read by load_settings itself, not a field
NON_FIELD_VARS = {"CANDOR_CONFIG"}
SETTING_VARS = {f"CANDOR_{name.upper()}": name for name in Settings.model_fields}


def _compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def _k8s() -> dict[tuple[str, str], dict[str, Any]]:
    docs: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                name = doc["metadata"]["name"] if "metadata" in doc else path.name
                docs[(doc["kind"], name)] = doc
    return docs


def _dockerfile() -> dict[str, Any]:
    """ENTRYPOINT / CMD (exec form), the last ENV values, EXPOSE and USER."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    out: dict[str, Any] = {"env": {}}
    for line in text.splitlines():
        word, _, rest = line.strip().partition(" ")
        if word in ("ENTRYPOINT", "CMD"):
            out[word] = json.loads(rest)
        elif word == "ENV":
            out["env"].update(dict(part.split("=", 1) for part in shlex.split(rest)))
        elif word in ("EXPOSE", "USER"):
            out[word] = rest.strip()
    return out


def _gateway_services() -> dict[str, dict[str, Any]]:
    return {name: svc for name, svc in _compose()["services"].items()
            if svc.get("image", "").startswith("candor")}


def _deployment_container() -> dict[str, Any]:
    return _k8s()[("Deployment", "candor")]["spec"]["template"]["spec"]["containers"][0]


def _k8s_env() -> dict[str, str]:
    container = _deployment_container()
    env = {e["name"]: e["value"] for e in container["env"]}
    docs = _k8s()
    for source in container.get("envFrom", []):
        secret = docs[("Secret", source["secretRef"]["name"])]
        env.update(secret["stringData"])
    return env


def _routes() -> set[str]:
    """The paths the real app serves (features off: only the route table is wanted)."""
    from gateway.api.app import create_app

    settings = Settings(pii_enabled=False, audit_enabled=False, marking_enabled=False,
                        policies_enabled=False, data_dir=Path("/nonexistent-candor"),
                        keys_file=Path("/nonexistent-candor/keys.yaml"))
    return {route.path for route in create_app(settings).routes}


def _check_settings(env: dict[str, str], where: str) -> None:
    candor = {k: v for k, v in env.items() if k.startswith("CANDOR_")}
    unknown = set(candor) - set(SETTING_VARS) - NON_FIELD_VARS
    assert not unknown, f"{where}: {sorted(unknown)} are not settings (gateway/settings.py)"
    literal = {SETTING_VARS[k]: v for k, v in candor.items()
               if k in SETTING_VARS and "${" not in str(v)}
    Settings(**literal)  # every literal value is one the gateway takes (raises otherwise)


@pytest.mark.parametrize("where", ["compose", "k8s"])
def test_every_candor_variable_is_a_setting_with_a_valid_value(where: str) -> None:
    if where == "compose":
        services = _gateway_services()
        assert len(services) == 2, "the compose file runs two gateways"
        for name, svc in services.items():
            _check_settings(svc["environment"], f"compose {name}")
    else:
        _check_settings(_k8s_env(), "k8s deployment")


def test_fleet_settings_name_the_shared_key_and_stores() -> None:
    for env in [*(s["environment"] for s in _gateway_services().values()), _k8s_env()]:
        assert env["CANDOR_FLEET"] == "true" and env["CANDOR_SIGNING_KEY_FILE"]
        assert env["CANDOR_AUDIT_URL"].startswith("postgresql+asyncpg://")
        assert env["CANDOR_FREQUENCY_BACKEND"] == "redis" and env["CANDOR_REDIS_URL"]
        assert env["CANDOR_FREQUENCY_SALT"] and env["CANDOR_AUDIT_RECIPIENT_SALT"]
    compose = _compose()["services"]
    assert {"postgres", "redis", "proxy"} <= set(compose)
    url = _gateway_services()["gateway-1"]["environment"]["CANDOR_AUDIT_URL"]
    pg = compose["postgres"]["environment"]
    assert url == (f"postgresql+asyncpg://{pg['POSTGRES_USER']}:{pg['POSTGRES_PASSWORD']}"
                   f"@postgres:5432/{pg['POSTGRES_DB']}")
    assert "redis://redis:6379/" in _gateway_services()["gateway-1"]["environment"][
        "CANDOR_REDIS_URL"]


def test_ports_agree_end_to_end() -> None:
    docker = _dockerfile()
    port = int(docker["env"]["CANDOR_PORT"])
    assert docker["EXPOSE"] == str(port)
    gateways = _gateway_services()
    for svc in gateways.values():
        assert int(svc["environment"].get("CANDOR_PORT", port)) == port
    nginx = (DEPLOY / "nginx.conf").read_text()
    upstream = re.findall(r"^\s*server\s+([\w.-]+):(\d+)", nginx, re.M)
    assert sorted(upstream) == sorted((name, str(port)) for name in gateways)
    listen = re.search(r"listen\s+(\d+);", nginx)
    assert listen and f":{listen.group(1)}" in _compose()["services"]["proxy"]["ports"][0]
    assert "/etc/nginx/nginx.conf" in _compose()["services"]["proxy"]["volumes"][0]
    container = _deployment_container()
    named = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert int(_k8s_env().get("CANDOR_PORT", port)) == port == named["http"]
    service = _k8s()[("Service", "candor")]["spec"]
    assert service["ports"][0]["targetPort"] in (port, "http")
    deploy_labels = _k8s()[("Deployment", "candor")]["spec"]["template"]["metadata"]["labels"]
    assert service["selector"].items() <= deploy_labels.items()


def test_probes_hit_real_routes() -> None:
    routes = _routes()
    container = _deployment_container()
    probes = {kind: container[kind]["httpGet"] for kind in
              ("readinessProbe", "livenessProbe", "startupProbe")}
    assert probes["readinessProbe"]["path"] == "/readyz"
    assert probes["livenessProbe"]["path"] == "/healthz"
    named = {p["name"] for p in container["ports"]}
    for probe in probes.values():
        assert probe["path"] in routes and probe["port"] in named
    docker = (ROOT / "Dockerfile").read_text()
    assert re.search(r"127\.0\.0\.1:8080(/\w+)", docker).group(1) in routes  # HEALTHCHECK


def test_image_entrypoint_runs_candor_serve() -> None:
    docker = _dockerfile()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert docker["ENTRYPOINT"] == ["candor"] and "candor" in scripts
    assert docker["CMD"] == ["serve"]
    from gateway.cli import build_parser

    assert build_parser().parse_args(docker["CMD"]).func.__name__ == "_serve"
    container = _deployment_container()
    assert "command" not in container  # the image's entrypoint
    assert container["args"] == docker["CMD"]
    for svc in _gateway_services().values():
        assert svc.get("command", docker["CMD"]) == docker["CMD"]
        assert "entrypoint" not in svc
    user = int(docker["USER"])
    security = _k8s()[("Deployment", "candor")]["spec"]["template"]["spec"]["securityContext"]
    assert security["runAsNonRoot"] and security["runAsUser"] == user


def _mounted(path: str, mounts: dict[str, str]) -> str | None:
    """The volume whose mount point holds ``path`` (mounts: mount path -> volume name)."""
    for mount, volume in mounts.items():
        if PurePosixPath(path).is_relative_to(mount):
            return volume
    return None


def test_settings_paths_live_on_the_right_mounts() -> None:
    container = _deployment_container()
    env = _k8s_env()
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    readonly = {m["name"] for m in container["volumeMounts"] if m.get("readOnly")}
    volumes = {v["name"]: v for v in
               _k8s()[("Deployment", "candor")]["spec"]["template"]["spec"]["volumes"]}
    docs = _k8s()

    def source(var: str) -> tuple[str, dict[str, Any]]:
        volume = _mounted(env[var], mounts)
        assert volume is not None, f"{var}={env[var]} is on no mount"
        spec = volumes[volume]
        if "configMap" in spec:
            return volume, docs[("ConfigMap", spec["configMap"]["name"])]
        return volume, docs[("Secret", spec["secret"]["secretName"])]

    for var in ("CANDOR_SIGNING_KEY_FILE", "CANDOR_MODELS_FILE", "CANDOR_KEYS_FILE"):
        volume, doc = source(var)
        assert volume in readonly
        assert PurePosixPath(env[var]).name in (doc.get("data") or doc.get("stringData")), var
    volume, _ = source("CANDOR_POLICIES_DIR")
    assert volume in readonly and env["CANDOR_POLICIES_DIR"] in mounts
    data_volume = _mounted(env["CANDOR_DATA_DIR"], mounts)
    assert data_volume not in readonly  # per-replica state (salts, policy versions, index)
    # compose: the same layout, read-only mounts
    for svc in _gateway_services().values():
        mounts_c = {v.split(":")[1]: v for v in svc["volumes"]}
        for var in ("CANDOR_SIGNING_KEY_FILE", "CANDOR_MODELS_FILE", "CANDOR_KEYS_FILE",
                    "CANDOR_POLICIES_DIR"):
            path = svc["environment"][var]
            spec = next(v for m, v in mounts_c.items() if PurePosixPath(path).is_relative_to(m))
            assert spec.endswith(":ro"), (var, spec)
            host = spec.split(":")[0]
            if host.startswith("../"):  # the repository's own files
                local = (DEPLOY / host).resolve()
                rel = PurePosixPath(path).relative_to(spec.split(":")[1])
                assert (local / rel).exists(), (var, local / rel)


def test_configmaps_are_the_repository_files_and_load(tmp_path: Path) -> None:
    docs = _k8s()
    policies = docs[("ConfigMap", "candor-policies")]["data"]
    shipped = {p.name: p.read_text() for p in sorted((ROOT / "policies").glob("*.yaml"))}
    assert policies == shipped, "regenerate: python deploy/configmap_gen.py"
    models = docs[("ConfigMap", "candor-models")]["data"]["models.yaml"]
    assert models == (ROOT / "gateway" / "defaults" / "models.yaml").read_text()
    for name, text in policies.items():
        (tmp_path / name).write_text(text)
    assert {p for p in load_policy_set(tmp_path, check_validators=False).policies} >= {
        "default", "strict", "monitor"}
    (tmp_path / "models.yaml").write_text(models)
    assert load_models(tmp_path / "models.yaml").routes
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == sorted(
        p.name for p in (DEPLOY / "k8s").glob("*.yaml") if p.name != "kustomization.yaml")
