"""``candor audit query|show|export|stats|verify|witness|prune|reindex``, against the store.

Readable tables by default, ``--json`` for scripts. Queries are logged to the audit log as
``audit.query`` events (actor: the local OS user), like the HTTP API's.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import socket
import sys
from pathlib import Path
from typing import Any

import orjson

from gateway.audit.entries import STATUSES
from gateway.audit.export import TIME_FORMS, csv_line, flat, parse_time
from gateway.errors import GatewayError
from gateway.settings import SettingsError, load_settings

_TABLE = [("seq", 7), ("received_at", 27), ("app", 16), ("model", 14), ("status", 14),
          ("on_behalf_of", 16), ("campaign", 12), ("findings", 20), ("generation_id", 41)]


def _audit_log(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from gateway.audit.service import AuditLog

    settings = load_settings(getattr(args, "config", None))
    # a command appends one event (its own query): not worth starting a writer child for
    return AuditLog(settings.model_copy(update={"audit_writer": "thread"}))


class UsageError(Exception):
    """A mistake in the command line: one line, exit status 2."""


def _time(value: str | None, flag: str) -> float | None:
    try:
        return parse_time(value)
    except ValueError as exc:
        raise UsageError(f"{flag}: {exc}") from None


def check_filter_args(args: argparse.Namespace) -> None:
    """Before anything is opened: times parse, the status is one that exists."""
    if not hasattr(args, "since"):
        return
    _time(args.since, "--from")
    _time(args.until, "--to")
    if args.status is not None and args.status not in STATUSES:
        raise UsageError(f"--status: unknown status {args.status!r}; one of "
                         f"{', '.join(STATUSES)}")


def _filters(audit: Any, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return audit.filters(
        since=_time(args.since, "--from"), until=_time(args.until, "--to"), app=args.app,
        user=args.user, recipient=args.recipient, on_behalf_of=args.on_behalf_of,
        model=args.model, status=args.status, campaign=args.campaign, finding=args.finding,
        channel=args.channel)


async def _log(audit: Any, command: str, **data: Any) -> None:
    actor = {"cli": f"{getpass.getuser()}@{socket.gethostname()}"}
    await audit.event("audit.query", None, actor, {"command": command, **data})


def _table(rows: list[dict[str, Any]], cols: list[tuple[str, int]]) -> str:
    out = ["  ".join(name.upper().ljust(w) for name, w in cols)]
    for r in rows:
        cells = []
        for name, w in cols:
            raw = r.get(name)
            v = "" if raw is None else f"{raw:.6f}" if isinstance(raw, float) else str(raw)
            cells.append((v[: w - 1] + "…" if len(v) > w else v).ljust(w))
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


async def _run(args: argparse.Namespace) -> int:
    audit = _audit_log(args)
    try:
        await audit.store.ensure_ready()
        return await _dispatch(audit, args)
    finally:
        await audit.stop()


async def _dispatch(audit: Any, args: argparse.Namespace) -> int:
    cmd = args.audit_cmd
    if cmd == "witness":
        from gateway.audit.witness import load_public_key, witness

        ok, message = await witness(audit.store, Path(args.dir),
                                    load_public_key(args.public_key), audit.key.name)
        args.exit_code = 0 if ok else 1
        print(json.dumps({"ok": ok, "message": message}) if args.json else
              ("OK: " if ok else "FAILED: ") + message)
        await _log(audit, "witness", ok=ok)
        return args.exit_code
    if cmd == "verify":
        from gateway.audit.verify import verify_store
        from gateway.audit.witness import load_public_key, read_trusted

        public = (load_public_key(args.public_key) if args.public_key
                  else audit.keys.raw_public_keys())
        trusted = (read_trusted(args.trusted_checkpoint, public, audit.key.name)
                   if args.trusted_checkpoint else None)
        report = await verify_store(audit.store, public, audit.key.name, trusted=trusted)
        args.exit_code = 0 if report.ok else 1  # also when the reader of our output leaves
        if not args.public_key and not args.json:
            print("note: checked against the local key file; pass --public-key (pinned) and "
                  "--trusted-checkpoint to catch a re-signed or rolled-back log",
                  file=sys.stderr)
        if args.json:
            print(json.dumps(report.to_dict(), indent=2))
        else:
            print(f"records: {report.records}  tree size: {report.tree_size}  checkpoints: "
                  f"{report.checkpoints_ok}/{report.checkpoints} match  unsigned tail: "
                  f"{report.unsigned_tail}")
            for p in report.problems[:200]:
                where = f"seq {p.seq}" if p.seq is not None else "-"
                print(f"  {p.kind.upper():<10} {where:<12} {p.detail}")
            if len(report.problems) > 200:
                print(f"  ... {len(report.problems) - 200} more")
            print("OK: the log verifies" if report.ok else
                  f"FAILED: {len(report.problems)} problem(s)")
        await _log(audit, "verify", ok=report.ok)
        return 0 if report.ok else 1
    if cmd == "prune":
        from gateway.audit import retention

        days = args.days if args.days is not None else audit.settings.audit_retention_days
        if days is None:
            print("candor: no retention period: pass --days N or set audit_retention_days",
                  file=sys.stderr)
            return 2
        result = await (retention.plan if args.dry_run else retention.prune)(audit, days)
        due = result.through - result.start
        if args.json:
            print(json.dumps({**result.to_dict(), "dry_run": args.dry_run, "due": due}))
        elif args.dry_run:
            print(f"would prune {due} record(s): seq {result.start}..{result.through - 1} "
                  f"(older than {days:g} days; {result.start} pruned before)")
        else:
            print(f"pruned {result.pruned} record(s) older than {days:g} days; the first "
                  f"{result.through} records now keep only their leaf hashes")
        return 0
    if cmd == "reindex":
        n = await audit.store.reindex()
        await _log(audit, "reindex", entries=n)
        print(json.dumps({"indexed": n}) if args.json else
              f"query index rebuilt from the log: {n} entries")
        return 0
    if cmd == "show":
        await _log(audit, "show", generation_id=args.generation_id)
        out = await audit.proof_for(args.generation_id)
        if out is None:
            print(f"candor: no audit record for {args.generation_id}", file=sys.stderr)
            return 1
        if args.json:
            out["public_key"] = audit.public_key()
            print(json.dumps(out, indent=2, ensure_ascii=False))
        else:
            rec = out["record"]
            for k, v in flat(rec).items():
                print(f"{k:>18}: {v if v is not None else ''}")
            print(f"{'inclusion proof':>18}: leaf {out['proof']['leaf_index']} of "
                  f"{out['proof']['tree_size']} ({len(out['proof']['hashes'])} hashes)")
            for ev in out["events"]:
                print(f"{'event':>18}: {ev.get('at')} {ev.get('type')} {ev.get('data')}")
        return 0
    filters = _filters(audit, args)
    if cmd == "query":
        await _log(audit, "query", filters=filters.describe(), limit=args.limit)
        from gateway.api.audit_routes import make_cursor, parse_cursor

        rows = await audit.store.query(filters, args.limit, parse_cursor(args.cursor))
        if args.json:
            for _, _, rec in rows:
                print(rec)
            return 0
        print(_table([flat(orjson.loads(r)) for _, _, r in rows], _TABLE))
        if len(rows) == args.limit:
            print(f"(more: --cursor {make_cursor(rows[-1][1], rows[-1][0])})")
        return 0
    if cmd == "export":
        await _log(audit, "export", filters=filters.describe(), format=args.format)
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            if args.format == "csv":
                out.write(csv_line(None))
            async for _, rec in audit.store.iterate(filters):
                out.write(rec + "\n" if args.format == "jsonl" else csv_line(flat(orjson.loads(rec))))
        finally:
            if out is not sys.stdout:
                out.close()
        return 0
    if cmd == "stats":
        group_by = [g.strip() for g in args.group_by.split(",") if g.strip()]
        await _log(audit, "stats", filters=filters.describe(), group_by=group_by)
        rows = await audit.store.stats(filters, group_by)
        if args.json:
            print(json.dumps(rows, indent=2))
        else:
            print(_table(rows, [(g, 24) for g in group_by] + [("count", 10), ("cost", 12)]))
        return 0
    raise AssertionError(cmd)


def _cmd(args: argparse.Namespace) -> int:
    try:
        check_filter_args(args)
        return asyncio.run(_run(args))
    except (SettingsError, UsageError) as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `candor audit export | head`: the reader left, that is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        # ... but a check's verdict stands: `candor audit verify | head` on a tampered log
        # must not exit 0 (a verify cut off before it knew the verdict is not a pass either)
        if args.audit_cmd in ("verify", "witness"):
            return getattr(args, "exit_code", 1)
        return 0
    except Exception as exc:  # noqa: BLE001 - a CLI reports, it does not dump a traceback
        from gateway.audit.verify_offline import VerificationError

        if isinstance(exc, (VerificationError, OSError, ValueError)) and \
                args.audit_cmd in ("verify", "witness"):
            print(f"candor: {exc}", file=sys.stderr)
            return 2
        from gateway.audit.store import StoreUnavailable

        if isinstance(exc, StoreUnavailable):
            print(f"candor: audit store unavailable: {exc}", file=sys.stderr)
            return 3
        if isinstance(exc, GatewayError):  # e.g. a malformed --cursor
            print(f"candor: {exc.message}", file=sys.stderr)
            return 2
        raise


def _witness_serve(args: argparse.Namespace) -> int:
    """``candor audit witness-serve``: run an HTTP witness (witness_http.WitnessServer)."""
    import uvicorn

    from gateway.audit.cosign import raw_public
    from gateway.audit.verify_offline import VerificationError, _public
    from gateway.audit.witness_http import WitnessServer, load_or_create_witness_key

    logs = {}
    for spec in args.log:
        origin, sep, key_file = spec.rpartition("=")
        if not sep or not origin:
            print(f"candor: --log wants ORIGIN=PUBLIC_KEY_FILE, not {spec!r}", file=sys.stderr)
            return 2
        try:
            logs[origin] = _public(Path(key_file).read_bytes().strip())
        except (OSError, ValueError, VerificationError) as exc:
            print(f"candor: {key_file}: {exc}", file=sys.stderr)
            return 2
    directory = Path(args.dir)
    key = load_or_create_witness_key(directory / "witness.key")
    import base64

    public = base64.b64encode(raw_public(key.public_key())).decode()
    print(f"candor: witness {args.name} (public key {public}) on http://{args.host}:{args.port}"
          f", following {', '.join(logs)}", file=sys.stderr, flush=True)
    server = WitnessServer(directory, args.name, key, logs)
    uvicorn.run(server.app(), host=args.host, port=args.port, log_level="warning")
    return 0


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="since", help=f"start time: {TIME_FORMS}")
    p.add_argument("--to", dest="until", help="end time (exclusive), same forms as --from")
    for name in ("app", "user", "recipient", "model", "campaign", "channel"):
        p.add_argument(f"--{name}")
    p.add_argument("--status", help=f"one of {', '.join(STATUSES)}")
    p.add_argument("--finding", help="a finding category (false_urgency) or rule id "
                                     "(manipulation.false_urgency)")
    p.add_argument("--on-behalf-of", dest="on_behalf_of")


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="query and verify the audit log").add_subparsers(
        dest="audit_cmd", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", help="settings YAML (also CANDOR_CONFIG)")
    common.add_argument("--json", action="store_true", help="machine-readable output")

    q = audit.add_parser("query", parents=[common], help="list records, newest first")
    _filter_args(q)
    q.add_argument("--limit", type=int, default=50)
    q.add_argument("--cursor", help="continue after this row (printed under the table)")
    s = audit.add_parser("show", parents=[common], help="one record with its inclusion proof")
    s.add_argument("generation_id")
    e = audit.add_parser("export", parents=[common], help="export records as JSONL or CSV")
    _filter_args(e)
    e.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    e.add_argument("--output", "-o", help="file (default stdout)")
    st = audit.add_parser("stats", parents=[common], help="counts grouped by day/app/status/...")
    _filter_args(st)
    st.add_argument("--group-by", default="day", help="comma list: day,app,status,finding,model")
    v = audit.add_parser("verify", parents=[common],
                         help="recompute the Merkle tree and check every signed checkpoint")
    v.add_argument("--public-key", help="pinned public key (PEM or base64) or key set (JSON "
                                        "from `candor signing export-public`) instead of "
                                        "the local key files")
    v.add_argument("--trusted-checkpoint", help="a checkpoint note kept from earlier (e.g. a "
                                                "witness's DIR/checkpoint): prove the log "
                                                "extends it")
    w = audit.add_parser("witness", parents=[common],
                         help="keep the latest checkpoint in DIR; verify each new one is "
                              "consistent with it")
    w.add_argument("--dir", required=True, help="where the witness keeps its checkpoint")
    w.add_argument("--public-key", required=True,
                   help="pinned public key (PEM or base64) or key set (JSON)")
    ws = audit.add_parser("witness-serve",
                          help="run an HTTP witness (c2sp.org/tlog-witness) that cosigns "
                               "checkpoints consistent with the ones it saw")
    ws.add_argument("--dir", required=True, help="its key (witness.key) and kept checkpoints")
    ws.add_argument("--name", required=True, help="its key name, e.g. witness.example.com/w1")
    ws.add_argument("--log", action="append", required=True,
                    help="ORIGIN=PUBLIC_KEY_FILE of a log it follows (repeatable)")
    ws.add_argument("--host", default="127.0.0.1")
    ws.add_argument("--port", type=int, default=8431)
    ws.set_defaults(func=_witness_serve)
    pr = audit.add_parser("prune", parents=[common],
                          help="remove the content of records older than the retention period "
                               "(leaf hashes stay: the log still verifies)")
    pr.add_argument("--days", type=float, help="default: audit_retention_days")
    pr.add_argument("--dry-run", action="store_true", help="say what would be pruned")
    audit.add_parser("reindex", parents=[common],
                     help="rebuild the query index from the log (after `verify` reports INDEX)")
    for p in (q, s, e, st):
        p.set_defaults(func=_cmd)
    audit.choices["verify"].set_defaults(func=_cmd)
    audit.choices["witness"].set_defaults(func=_cmd)
    audit.choices["reindex"].set_defaults(func=_cmd)
    audit.choices["prune"].set_defaults(func=_cmd)
