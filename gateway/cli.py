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
from typing import Any

from gateway.settings import Settings, SettingsError, load_settings

# The first start creates two keys (least privilege): one an application uses, that can only
# generate, and an operator's, for the audit log and policy administration.
FIRST_KEYS = (("default", ("generate",)), ("operator", ("audit", "admin")))


def _first_keys(settings: Settings) -> None:
    made = [(app, roles, _with_store(settings, None, lambda st, a=app, r=roles: st.create(a, r)))
            for app, roles in FIRST_KEYS]
    where = "the keys table" if settings.keys_url else str(settings.resolved_keys_file)
    lines = ["", "No API keys yet: created two. Each is shown once; only hashes are kept in "
             f"{where}.", ""]
    for app, _roles, key in made:
        what = ("for your applications (role generate: the /v1 endpoints)" if app == "default"
                else "for you, the operator (roles audit, admin: the audit log and policies; "
                     "it cannot generate)")
        lines += [f"  app {app!r}, {what}:", f"    {key}", ""]
    lines += ["Create more with `candor keys create --app NAME --roles generate`.", ""]
    print("\n".join(lines), file=sys.stderr, flush=True)


def _with_store(settings: Settings, file: str | None, job: Any) -> Any:
    """Run ``job(store)`` (a coroutine function) on the settings' key store: the YAML file
    (or ``--file``), or the PostgreSQL table when ``keys_url`` is set."""
    import asyncio

    from gateway.keys import KeyStore
    from gateway.keys_db import PgKeyStore

    if settings.keys_url and not file:
        async def on_table() -> Any:
            store = PgKeyStore(settings.keys_url or "", settings.keys_schema)
            await store.open()
            try:
                return await job(store)
            finally:
                await store.close()

        return asyncio.run(on_table())
    store = KeyStore(Path(file) if file else settings.resolved_keys_file)

    async def on_file() -> Any:
        try:
            return await job(store)
        finally:
            store.flush_used()

    return asyncio.run(on_file())


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

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
    if _with_store(settings, None, _count) == 0:
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


async def _count(store: Any) -> int:
    return len(store)


def policy_names(directory: Path) -> set[str]:
    """The policies a key can name: those in the policies directory (the built-in ``default``
    when it holds none). Raises ``PolicyLoadError`` when the files do not load."""
    from gateway.policy.loader import load_policy_set, policy_files

    if not policy_files(directory):
        return {"default"}
    return set(load_policy_set(directory, check_validators=False).policies)


def _keys_create(args: argparse.Namespace) -> int:
    from gateway.keys import KeysError
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
        expires = _expiry(args)
        key = _with_store(settings, args.file, lambda st: st.create(
            args.app, roles, args.policy, args.principal, expires))
    except (KeysError, ValueError) as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    print(key)
    return 0


def _expiry(args: argparse.Namespace) -> float | None:
    import time

    from gateway.durations import parse_duration
    from gateway.keys import parse_time

    if args.expires_at:
        return parse_time(args.expires_at, "--expires-at")
    if args.expires_in:
        return time.time() + parse_duration(args.expires_in)
    return None


def _keys_list(args: argparse.Namespace) -> int:
    from gateway.keys import KeysError

    settings = load_settings()
    try:
        infos = _with_store(settings, args.file, lambda st: st.listing())
    except KeysError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    if args.json:
        import dataclasses
        import json

        print(json.dumps([dataclasses.asdict(i) for i in infos], indent=2))
        return 0
    print(f"{'ID':<10} {'APP':<24} {'POLICY':<16} {'ROLES':<22} {'STATUS':<8} "
          f"{'EXPIRES':<26} LAST USED")
    for i in infos:
        print(f"{i.id:<10} {i.app:<24} {i.policy:<16} {','.join(i.roles):<22} {i.status:<8} "
              f"{i.expires_at or '-':<26} {i.last_used_at or 'never'}")
    return 0


def _keys_revoke(args: argparse.Namespace) -> int:
    from gateway.keys import KeysError

    settings = load_settings()
    try:
        key = _with_store(settings, args.file, lambda st: st.revoke(args.key_id))
    except KeysError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    every = (f"within {settings.keys_refresh_interval:g} s" if settings.keys_url else
             "within a second (every worker re-reads the file)")
    print(f"revoked {key.key_id} (app {key.app!r}); every replica refuses it {every}")
    return 0


def _keys_rotate(args: argparse.Namespace) -> int:
    from gateway.durations import parse_duration
    from gateway.keys import KeysError

    settings = load_settings()
    try:
        overlap = parse_duration(args.overlap)
        key, token = _with_store(settings, args.file,
                                 lambda st: st.rotate(args.key_id, overlap))
    except (KeysError, ValueError) as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    print(token)
    from gateway.keys import KeyInfo

    until = KeyInfo.of(key, None).previous_secret_until
    print(f"candor: the old secret of {key.key_id} works until {until or 'now (no overlap)'}",
          file=sys.stderr)
    return 0


def _usage(args: argparse.Namespace) -> int:
    """The admin API's usage report (counters live in Redis or in the serving process)."""
    import httpx

    key = args.key or os.environ.get("CANDOR_ADMIN_KEY") or os.environ.get("CANDOR_API_KEY")
    if not key:
        print("candor: an admin key is needed: --key or CANDOR_ADMIN_KEY", file=sys.stderr)
        return 2
    params = {k: v for k, v in (("scope", args.scope), ("id", args.id)) if v}
    try:
        resp = httpx.get(f"{args.url.rstrip('/')}/admin/v1/usage", params=params,
                         headers={"Authorization": f"Bearer {key}"}, timeout=10)
    except httpx.HTTPError as exc:
        print(f"candor: cannot reach {args.url}: {exc}", file=sys.stderr)
        return 1
    body = resp.json()
    if resp.status_code != 200:
        print(f"candor: {body.get('error', {}).get('message', resp.text)}", file=sys.stderr)
        return 1
    if args.json:
        import json

        print(json.dumps(body, indent=2))
        return 0

    def of(value: Any, limit: Any) -> str:
        return f"{value}/{limit}" if limit is not None else f"{value}"

    print(f"{'SCOPE':<6} {'ID':<24} {'REQ/MIN':>10} {'TOK/MIN':>14} {'REQ TODAY':>10} "
          f"{'TOK TODAY':>10} {'USD TODAY':>16} {'USD MONTH':>16}")
    for row in body["data"]:
        rpm, tpm = row["requests_this_minute"], row["tokens_this_minute"]
        day, month = row["cost_today_usd"], row["cost_this_month_usd"]
        print(f"{row['scope']:<6} {row['id']:<24} {of(rpm['used'], rpm['limit']):>10} "
              f"{of(tpm['used'], tpm['limit']):>14} {row['requests_today']:>10} "
              f"{row['tokens_today']:>10} {of(round(day['used'], 6), day['limit']):>16} "
              f"{of(round(month['used'], 6), month['limit']):>16}")
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
    create.add_argument("--file", help="keys file (default: <data_dir>/keys.yaml, or the "
                                       "keys_url table)")
    create.add_argument("--force", action="store_true",
                        help="do not check --policy against the policy files")
    create.add_argument("--expires-at", help="ISO 8601 time the key stops working (UTC)")
    create.add_argument("--expires-in", help="or a duration from now: 30d, 12h")
    create.set_defaults(func=_keys_create)
    lst = keys.add_parser("list", help="list keys: status, expiry, last use (never secrets)")
    lst.add_argument("--file")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_keys_list)
    revoke = keys.add_parser("revoke", help="revoke a key (every replica refuses it within "
                                            "keys_refresh_interval)")
    revoke.add_argument("key_id")
    revoke.add_argument("--file")
    revoke.set_defaults(func=_keys_revoke)
    rotate = keys.add_parser("rotate", help="give a key a new secret (printed once); the old "
                                            "one works until --overlap ends")
    rotate.add_argument("key_id")
    rotate.add_argument("--overlap", default="24h", help="how long the old secret keeps "
                                                         "working (default 24h; 0 ends it now)")
    rotate.add_argument("--file")
    rotate.set_defaults(func=_keys_rotate)

    usage = sub.add_parser("usage", help="requests, tokens and cost per key, app and model "
                                         "against their limits (GET /admin/v1/usage)")
    usage.add_argument("--url", default=os.environ.get("CANDOR_URL", "http://127.0.0.1:8080"),
                       help="the gateway (default $CANDOR_URL or http://127.0.0.1:8080)")
    usage.add_argument("--key", help="an admin key (default $CANDOR_ADMIN_KEY)")
    usage.add_argument("--scope", choices=["key", "app", "model"])
    usage.add_argument("--id")
    usage.add_argument("--json", action="store_true")
    usage.set_defaults(func=_usage)

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
    if args.func is not _serve:
        from gateway.logs import configure

        configure("warning")  # stdout is the command's output (often --json): logs go to stderr
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
