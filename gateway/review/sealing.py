"""Placeholder values at rest: AES-256-GCM with a key file in the data directory.

The key is made once (``gateway/secrets.py``: race-free across workers); replicas share it the
way they share the signing key (a shared data directory or the same file mounted). The review
id is the associated data, so a sealed row cannot be moved to another item.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import orjson
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gateway.secrets import load_or_create_secret


class Sealer:
    def __init__(self, key_file: Path) -> None:
        self._aead = AESGCM(bytes.fromhex(load_or_create_secret(key_file, 32).decode()))

    def seal(self, review_id: str, values: Mapping[str, str]) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, orjson.dumps(dict(values)), review_id.encode())

    def open(self, review_id: str, sealed: bytes) -> dict[str, str]:
        return orjson.loads(self._aead.decrypt(sealed[:12], sealed[12:], review_id.encode()))
