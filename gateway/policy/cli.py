"""``candor policy schema | check | test | apply``."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path


def _default_dir() -> Path:
    from gateway.settings import load_settings

    try:
        return load_settings().policies_dir
    except Exception:  # noqa: BLE001 - fall back to ./policies for a broken config
        return Path("policies")


def _schema(args: argparse.Namespace) -> int:
    from gateway.policy.schema import json_schema

    text = json.dumps(json_schema(), indent=2) + "\n"
    if args.out:
        Path(args.out).write_text(text)
    else:
        sys.stdout.write(text)
    return 0


def _check(args: argparse.Namespace) -> int:
    from gateway.policy.loader import check_path, load_policy_set, policy_files

    path = Path(args.path) if args.path else _default_dir()
    errors = check_path(path)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    if path.is_dir():
        if not policy_files(path):
            print(f"{path}: no policy files (*.yaml)", file=sys.stderr)
            return 1
        pset = load_policy_set(path)
        for name, rp in sorted(pset.policies.items()):
            print(f"ok  {name:<20} {rp.model.mode:<8} {rp.version[:16]}  {', '.join(rp.files)}")
        for app, target in sorted(pset.apps.items()):
            print(f"app {app} -> {target}")
        for warning in _key_warnings(pset):
            print(f"warning: {warning}", file=sys.stderr)
    else:
        print(f"ok  {path}")
    return 0


def _key_warnings(pset) -> list[str]:
    """API keys whose app would get no policy from this set (their requests would get 403)."""
    try:
        from gateway.keys import KeyStore
        from gateway.settings import load_settings

        keys = KeyStore(load_settings().resolved_keys_file)
    except Exception:  # noqa: BLE001 - no readable keys file: nothing to cross-check
        return []
    out = []
    for key in keys:
        name = pset.binding(key.app, key.policy)
        if name not in pset.policies:
            out.append(f"key {key.key_id} (app {key.app!r}) is bound to policy {name!r}, "
                       "which this set does not define")
    return out


def _test(args: argparse.Namespace) -> int:
    from gateway.policy.testing import run_tests

    path = Path(args.path) if args.path else _default_dir()
    results, errors = run_tests(path)
    for e in errors:
        print(f"ERROR {e}", file=sys.stderr)
    current = None
    for r in results:
        if r.file != current:
            current = r.file
            print(r.file)
        if r.skipped:
            print(f"  SKIP  {r.name} ({r.skipped})")
            continue
        print(f"  {'PASS' if r.passed else 'FAIL'}  {r.name}")
        for p in r.problems:
            print(f"        {p}")
    failed = sum(not r.passed for r in results)
    skipped = sum(bool(r.skipped) for r in results)
    print(f"{len(results) - failed - skipped} passed, {failed} failed"
          + (f", {skipped} skipped" if skipped else "")
          + (f", {len(errors)} error(s)" if errors else ""))
    if not results and not errors:
        print(f"no test cases found under {path}", file=sys.stderr)
        return 1
    return 1 if failed or errors else 0


def _apply(args: argparse.Namespace) -> int:
    """Validate FILE as it would sit in the policies directory, then replace the file there
    atomically (temp file in the same directory, fsync, rename, fsync of the directory), so a
    watching gateway never sees it half-written."""
    from gateway.policy.loader import check_path, policy_files
    from gateway.policy.registry import _parsed, removals, snapshot

    source = Path(args.file)
    directory = Path(args.dir) if args.dir else _default_dir()
    name = args.name or source.name
    if not source.is_file():
        print(f"{source}: no such file", file=sys.stderr)
        return 1
    if not directory.is_dir():
        print(f"{directory}: no such directory", file=sys.stderr)
        return 1
    if Path(name).suffix not in (".yaml", ".yml") or name.startswith(".") or "/" in name:
        print(f"{name}: a policy file name ends in .yaml or .yml and has no leading dot",
              file=sys.stderr)
        return 1
    data = source.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp)
        for path in policy_files(directory):
            shutil.copy2(path, staged / path.name)
        (staged / name).write_bytes(data)
        errors = check_path(staged)
        for e in errors:  # name the file the operator gave, not the staging copy
            text = str(e).replace(str(staged / name), str(source)).replace(str(staged) + "/",
                                                                            str(directory) + "/")
            print(text, file=sys.stderr)
        if errors:
            print(f"{len(errors)} error(s); {directory / name} left unchanged", file=sys.stderr)
            return 1
    before = _parsed(snapshot(directory)[1])
    after = dict(before)
    after.update(_parsed({name: data}))
    for removed in removals(before, after):
        print(f"warning: {removed['file']} loses sections {removed.get('sections') or []}, "
              f"entries {removed.get('entries') or []}, rules {removed.get('rules') or []}",
              file=sys.stderr)
    target = directory / name
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            shutil.copymode(target, tmp_name)
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself survives a crash
    finally:
        os.close(dir_fd)
    print(f"applied {target}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    policy = subparsers.add_parser("policy", help="validate and test policy files")
    sub = policy.add_subparsers(dest="policy_cmd", required=True)
    schema = sub.add_parser("schema", help="print the JSON Schema of policy files")
    schema.add_argument("--out", help="write to this file instead of stdout")
    schema.set_defaults(func=_schema)
    check = sub.add_parser("check", help="validate policy files; every error with file:line")
    check.add_argument("path", nargs="?", help="policy file or directory (default: policies_dir)")
    check.set_defaults(func=_check)
    test = sub.add_parser("test", help="run policy test cases (<dir>/tests/*.yaml), no model")
    test.add_argument("path", nargs="?", help="policies directory or one test file")
    test.set_defaults(func=_test)
    apply = sub.add_parser("apply", help="validate a policy file, then replace it in the "
                                         "policies directory atomically")
    apply.add_argument("file", help="the new policy file")
    apply.add_argument("--dir", help="policies directory (default: policies_dir)")
    apply.add_argument("--name", help="file name in the directory (default: FILE's name)")
    apply.set_defaults(func=_apply)
