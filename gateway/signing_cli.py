"""``candor signing init|rotate|export-public``: the signing key set (gateway/signing.py).

A fleet shares one key file (and the ``signing-keys.json`` beside it): make it once with
``init``, mount it on every replica (``signing_key_file``), rotate it on one machine, copy both
files to the shared place and restart the replicas one by one. Marks and checkpoints signed
with the old key keep verifying: its public key stays in the set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from gateway.settings import load_settings


def _key_file(args: argparse.Namespace) -> Path:
    from gateway.signing import key_file_of

    return Path(args.key_file) if args.key_file else key_file_of(load_settings())


def _init(args: argparse.Namespace) -> int:
    from gateway.signing import load_or_create

    path = _key_file(args)
    existed = path.exists()
    key = load_or_create(path)
    print(json.dumps({"key_file": str(path), "key_id": key.key_id.hex(),
                      "created": not existed}))
    return 0


def _rotate(args: argparse.Namespace) -> int:
    from gateway.signing import SigningKeyError, rotate

    path = _key_file(args)
    try:
        retired, new = rotate(path)
    except SigningKeyError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"key_file": str(path), "active": new.key_id.hex(),
                      "retired": retired.key_id.hex(),
                      "public_keys": str(path.parent / "signing-keys.json")}))
    print("restart every replica (one by one) to sign with the new key; the retired key's "
          "marks and checkpoints keep verifying", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from gateway.signing import KeySet, SigningKeyError, load_existing

    path = _key_file(args)
    try:
        keyset = KeySet(path, load_existing(path))
        doc = keyset.document()
    except SigningKeyError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(doc, indent=2))
    return 0


def register(sub: Any) -> None:
    signing = sub.add_parser("signing", help="the Ed25519 key set of marks and checkpoints")
    cmds = signing.add_subparsers(dest="signing_cmd", required=True)
    for name, func, text in (
            ("init", _init, "create the signing key if it does not exist (a fleet's shared key)"),
            ("rotate", _rotate, "new active key; the old one's public key stays in the set"),
            ("export-public", _export, "print the public key set (JSON) for offline verifiers")):
        p = cmds.add_parser(name, help=text)
        p.add_argument("--key-file", help="the private key file (default: signing_key_file, "
                                          "else <data_dir>/signing.key)")
        p.set_defaults(func=func)
