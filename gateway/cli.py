"""The ``candor`` command: serve, and manage keys. Features add their own sub-commands here.

Every error is one line on stderr (``candor: ...``) and a non-zero exit status, never a
traceback (``CANDOR_DEBUG=1`` shows it for a bug report).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
from pathlib import Path

from gateway.settings import Settings, SettingsError, load_settings

# The first start creates two keys (least privilege): one an application uses, that can only
# generate, and an operator's, for the audit log and policy administration.
FIRST_KEYS = (("default", ("generate",)), ("operator", ("audit", "admin")))


def _first_keys(settings: Settings) -> None:
    from gateway.keys import create_key

    keys_file = settings.resolved_keys_file
    made = [(app, roles, create_key(keys_file, app=app, roles=roles))
            for app, roles in FIRST_KEYS]
    lines = ["", "No API keys yet: created two. Each is shown once; only hashes are kept in "
             f"{keys_file}.", ""]
    for app, roles, key in made:
        what = ("for your applications (role generate: the /v1 endpoints)" if app == "default"
                else "for you, the operator (roles audit, admin: the audit log and policies; "
                     "it cannot generate)")
        lines += [f"  app {app!r}, {what}:", f"    {key}", ""]
    lines += ["Create more with `candor keys create --app NAME --roles generate`.", ""]
    print("\n".join(lines), file=sys.stderr, flush=True)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from gateway.keys import KeyStore
    from gateway.models_config import ModelsConfigError, load_models

    for name in ("host", "port", "workers", "config"):
        value = getattr(args, name, None)
        if value is not None:
            os.environ["CANDOR_CONFIG" if name == "config" else f"CANDOR_{name.upper()}"] = str(value)
    try:
        settings = load_settings()
    except SettingsError as exc:
        _print_lines(exc)
        return 2
    try:  # a broken models file is a one-line error here, not a traceback in every worker
        load_models(settings.models_file)
    except ModelsConfigError as exc:
        for line in str(exc).splitlines():
            print(f"candor: {line}", file=sys.stderr)
        return 2
    from gateway.signing import SigningKeyError, check_start

    try:  # a fleet member never invents its own signing key
        check_start(settings)
    except SigningKeyError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if len(KeyStore(settings.resolved_keys_file)) == 0:
        _first_keys(settings)
    # The first worker to start prints the startup facts (api/app.py): one banner per serve.
    os.environ["CANDOR_BANNER_DIR"] = tempfile.mkdtemp(prefix="candor-start-")
    if settings.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="candor-metrics-")
    try:
        uvicorn.run(
            "gateway.api.app:app_factory", factory=True, host=settings.host, port=settings.port,
            workers=settings.workers, log_level="warning", access_log=False,
            timeout_graceful_shutdown=30,
            # SIGHUP to the parent replaces workers one by one (each new one loads the policy
            # files afresh); a worker needs more than uvicorn's default 5 s to import litellm.
            timeout_worker_healthcheck=60,
        )
    finally:
        import shutil

        shutil.rmtree(os.environ.pop("CANDOR_BANNER_DIR"), ignore_errors=True)
    return 0


def policy_names(directory: Path) -> set[str]:
    """The policies a key can name: those in the policies directory (the built-in ``default``
    when it holds none). Raises ``PolicyLoadError`` when the files do not load."""
    from gateway.policy.loader import load_policy_set, policy_files

    if not policy_files(directory):
        return {"default"}
    return set(load_policy_set(directory, check_validators=False).policies)


def _keys_create(args: argparse.Namespace) -> int:
    from gateway.keys import KeysError, create_key
    from gateway.policy.loader import PolicyLoadError

    settings = load_settings()
    roles = [r.strip() for part in args.roles for r in part.split(",") if r.strip()]
    if not args.force:
        try:
            known = policy_names(settings.policies_dir)
        except PolicyLoadError as exc:
            print(f"candor: cannot check --policy: the policies in {settings.policies_dir} do "
                  f"not load ({len(exc.errors)} error(s); `candor policy check "
                  f"{settings.policies_dir}` lists them); --force skips the check",
                  file=sys.stderr)
            return 2
        if args.policy not in known:
            close = difflib.get_close_matches(args.policy, sorted(known), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            print(f"candor: unknown policy {args.policy!r} in {settings.policies_dir}; {hint}"
                  f"known: {', '.join(sorted(known))} (--force to create the key anyway)",
                  file=sys.stderr)
            return 2
    try:
        key = create_key(Path(args.file) if args.file else settings.resolved_keys_file,
                         args.app, roles, args.policy, args.principal)
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
                        help="generate, audit, review, admin (space or comma separated)")
    create.add_argument("--policy", default="default",
                        help="the policy the app is held to (checked against policies_dir)")
    create.add_argument("--principal",
                        help="the registered principal the key acts for (a review key with one "
                             "reviews only what is in that person's name)")
    create.add_argument("--file", help="keys file (default: <data_dir>/keys.yaml)")
    create.add_argument("--force", action="store_true",
                        help="do not check --policy against the policy files")
    create.set_defaults(func=_keys_create)
    lst = keys.add_parser("list", help="list keys (ids, apps, roles; never secrets)")
    lst.add_argument("--file")
    lst.set_defaults(func=_keys_list)

    from gateway.marking.cli import register as register_verify

    register_verify(sub)

    from gateway.signing_cli import register as register_signing

    register_signing(sub)

    from gateway.policy.cli import register as register_policy

    register_policy(sub)

    from gateway.audit.cli import register as register_audit

    register_audit(sub)
    return parser


def _print_lines(exc: Exception) -> None:
    """A configuration error may list several mistakes: one line each."""
    for line in str(exc).splitlines() or [type(exc).__name__]:
        print(f"candor: {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except SystemExit:
        raise
    except SettingsError as exc:
        _print_lines(exc)
        return 2
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback
        if os.environ.get("CANDOR_DEBUG"):
            raise
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        print(f"candor: {type(exc).__name__}{': ' + detail if detail else ''} "
              "(CANDOR_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
