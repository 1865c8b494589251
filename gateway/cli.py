"""The ``candor`` command: serve, and manage keys. Features add their own sub-commands here."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from gateway.settings import SettingsError, load_settings


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from gateway.keys import KeyStore, create_key

    for name in ("host", "port", "workers", "config"):
        value = getattr(args, name, None)
        if value is not None:
            os.environ["CANDOR_CONFIG" if name == "config" else f"CANDOR_{name.upper()}"] = str(value)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    keys_file = settings.resolved_keys_file
    if len(KeyStore(keys_file)) == 0:
        key = create_key(keys_file, app="default", roles=["generate", "audit", "admin"])
        print(
            f"\nNo API keys yet: created one for app 'default' (roles generate, audit, admin).\n"
            f"It is shown once; only its hash is kept in {keys_file}.\n\n    {key}\n\n"
            f"Create more with `candor keys create --app NAME --roles generate`.\n",
            file=sys.stderr, flush=True,
        )
    if settings.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="candor-metrics-")
    uvicorn.run(
        "gateway.api.app:app_factory", factory=True, host=settings.host, port=settings.port,
        workers=settings.workers, log_level="warning", access_log=False,
        timeout_graceful_shutdown=30,
        # SIGHUP to the parent replaces workers one by one (each new one loads the policy files
        # afresh); a worker needs more than uvicorn's default 5 s to import litellm & co.
        timeout_worker_healthcheck=60,
    )
    return 0


def _keys_create(args: argparse.Namespace) -> int:
    from gateway.keys import KeysError, create_key

    settings = load_settings()
    roles = [r.strip() for part in args.roles for r in part.split(",") if r.strip()]
    try:
        key = create_key(Path(args.file) if args.file else settings.resolved_keys_file,
                         args.app, roles, args.policy)
    except KeysError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    print(key)
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    from gateway.keys import KeysError, KeyStore

    settings = load_settings()
    try:
        store = KeyStore(Path(args.file) if args.file else settings.resolved_keys_file)
    except KeysError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    print(f"{'ID':<10} {'APP':<24} {'POLICY':<16} ROLES")
    for key in store:
        print(f"{key.key_id:<10} {key.app:<24} {key.policy:<16} {','.join(sorted(key.roles))}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="candor", description="Candor LLM gateway")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the gateway")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--workers", type=int, help="worker processes (default 1)")
    serve.add_argument("--config", help="YAML settings file (also CANDOR_CONFIG)")
    serve.set_defaults(func=_serve)

    keys = sub.add_parser("keys", help="manage API keys").add_subparsers(dest="keys_cmd",
                                                                        required=True)
    create = keys.add_parser("create", help="create a key; it is printed once")
    create.add_argument("--app", required=True)
    create.add_argument("--roles", nargs="+", default=["generate"],
                        help="generate, audit, admin (space or comma separated)")
    create.add_argument("--policy", default="default")
    create.add_argument("--file", help="keys file (default: <data_dir>/keys.yaml)")
    create.set_defaults(func=_keys_create)
    lst = keys.add_parser("list", help="list keys (ids, apps, roles; never secrets)")
    lst.add_argument("--file")
    lst.set_defaults(func=_keys_list)

    from gateway.marking.cli import register as register_verify

    register_verify(sub)

    from gateway.policy.cli import register as register_policy

    register_policy(sub)

    from gateway.audit.cli import register as register_audit

    register_audit(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
