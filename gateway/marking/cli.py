"""``candor verify FILE|-``: check a text for Candor marks, offline.

Public keys: ``--public-key`` (a key set file from ``candor signing export-public`` or
``GET /v1/provenance/keys``, a PEM file, or the base64 raw key) or the gateway's own key set
(``signing_key_file`` and the ``signing-keys.json`` beside it: marks made before a rotation
verify too). Fingerprint matches come from ``<data_dir>/fingerprints.sqlite`` when present.
``--url`` asks a running gateway instead (then audit keys also get the audit record).

Exit status: 0 a valid mark and the text is unchanged; 1 no valid mark, or the text changed
after generation; 2 a mark is present but its signature is invalid (forged or another key);
64 usage errors.
"""

from __future__ import annotations

import argparse
import binascii
import json
import os
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def _load_public(value: str) -> dict[bytes, Ed25519PublicKey]:
    from gateway.signing import parse_public_keys

    path = Path(value)
    data = path.read_bytes() if path.exists() else value.encode()
    try:
        return {k.key_id: k.public_key for k in parse_public_keys(data)}
    except (KeyError, TypeError, binascii.Error) as exc:
        raise ValueError(str(exc)) from None


def _exit_code(report: dict[str, Any]) -> int:
    return {"verified": 0, "invalid_mark": 2}.get(report["verdict"], 1)


def _print(report: dict[str, Any]) -> None:
    print(f"verdict:          {report['verdict']}")
    print(f"mark found:       {report['mark_found']}")
    if report["mark_found"]:
        print(f"signature valid:  {report['signature_valid']}")
        print(f"mode:             {report['mode']}")
        print(f"generation id:    {report['generation_id']}")
        print(f"text changed:     {report['text_changed']}")
    print(f"fingerprint:      {report['fingerprint']}")
    for m in report.get("matches") or []:
        print(f"  similar to {m['generation_id']}  similarity {m['similarity']:.3f} "
              f"(hamming {m['distance']})")
    for gen, record in (report.get("audit_records") or {}).items():
        print(f"audit record {gen}: {json.dumps(record, default=str)[:2000]}")


def _verify(args: argparse.Namespace) -> int:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"candor: cannot read {args.file}: {exc}", file=sys.stderr)
        return 64
    if args.url:
        import httpx

        key = args.key or os.environ.get("CANDOR_API_KEY", "")
        resp = httpx.post(args.url.rstrip("/") + "/v1/provenance/verify", json={"text": text},
                          headers={"Authorization": f"Bearer {key}"}, timeout=30)
        if resp.status_code != 200:
            print(f"candor: {resp.status_code} {resp.text}", file=sys.stderr)
            return 64
        report = resp.json()
    else:
        from gateway.marking.fingerprint import SqliteFingerprintIndex
        from gateway.marking.verify import verify_text
        from gateway.settings import SettingsError, load_settings

        try:
            settings = load_settings()
        except SettingsError as exc:
            print(f"candor: {exc}", file=sys.stderr)
            return 64
        if args.public_key:
            try:
                keys = _load_public(args.public_key)
            except ValueError as exc:
                print(f"candor: bad public key: {exc}", file=sys.stderr)
                return 64
        else:
            from gateway.signing import KeySet, SigningKeyError, key_file_of, load_existing

            key_file = key_file_of(settings)
            if not key_file.exists():
                print("candor: no public key: pass --public-key (GET /v1/provenance/keys "
                      f"serves the key set) or run where {key_file} exists", file=sys.stderr)
                return 64
            try:
                keys = KeySet(key_file, load_existing(key_file)).public_keys()
            except SigningKeyError as exc:
                print(f"candor: {exc}", file=sys.stderr)
                return 64
        db = Path(args.index) if args.index else settings.data_dir / "fingerprints.sqlite"
        index = SqliteFingerprintIndex(db) if db.exists() else None
        report = verify_text(text, keys, index)
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        _print(report)
    return _exit_code(report)


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help="check a text for Candor's AI-generation mark")
    p.add_argument("file", help="text file, or - for stdin")
    p.add_argument("--public-key", help="key set JSON (candor signing export-public), PEM file "
                                        "or base64 raw Ed25519 key (default: the local key set)")
    p.add_argument("--index", help="fingerprint index (default: <data_dir>/fingerprints.sqlite)")
    p.add_argument("--url", help="ask a running gateway instead (key: --key or CANDOR_API_KEY)")
    p.add_argument("--key", help="API key for --url")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(func=_verify)
