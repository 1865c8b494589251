"""The gateway's Ed25519 signing key: created on first start, kept outside the database.

Audit checkpoints and invisible output marks are signed with it; anyone holding the public key
can verify both offline. The private key lives in ``<data_dir>/signing.key`` (PEM, mode 0600);
several workers and replicas share it by sharing that file (or CANDOR_SIGNING_KEY_FILE).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from gateway.secrets import create_once


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    name: str = "candor"

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def public_bytes(self) -> bytes:
        return self.public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def key_id(self) -> bytes:
        """4-byte id of the public key (as in C2SP signed notes: SHA-256(name \\n 0x01 pub)[:4])."""
        return hashlib.sha256(self.name.encode() + b"\n\x01" + self.public_bytes).digest()[:4]

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)

    def public_pem(self) -> str:
        return self.public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()

    def public_b64(self) -> str:
        return base64.b64encode(self.public_bytes).decode()


def verify(public: Ed25519PublicKey | bytes, signature: bytes, message: bytes) -> bool:
    if isinstance(public, bytes):
        public = Ed25519PublicKey.from_public_bytes(public)
    try:
        public.verify(signature, message)
        return True
    except InvalidSignature:
        return False


def load_public_pem(pem: str | bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def load_or_create(path: Path, name: str = "candor") -> SigningKey:
    """Load the key, or create it atomically (several workers may race on first start)."""
    path = Path(os.environ.get("CANDOR_SIGNING_KEY_FILE", path))
    pem = create_once(path, lambda: Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return SigningKey(key, name)
