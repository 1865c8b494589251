"""What a worker holds for marking: the gateway key, the C2PA signer, the fingerprint index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.marking.fingerprint import FingerprintIndex, SqliteFingerprintIndex
from gateway.settings import Settings
from gateway.signing import KeySet, SigningKey, load_keyset, load_or_create


class MarkingService:
    def __init__(self, data_dir: Path, key: SigningKey | None = None,
                 keyset: KeySet | None = None) -> None:
        self.data_dir = Path(data_dir)
        if keyset is None:
            path = self.data_dir / "signing.key"
            keyset = KeySet(path, key or load_or_create(path))
        self.keyset = keyset
        self.key = key or keyset.active
        self._c2pa: Any = None
        self._index: SqliteFingerprintIndex | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "MarkingService":
        return cls(settings.data_dir, keyset=load_keyset(settings))

    @property
    def public_keys(self) -> dict[bytes, Ed25519PublicKey]:
        """Key id -> public key, for verification: the active key and every retired one."""
        return {self.key.key_id: self.key.public, **self.keyset.public_keys()}

    def c2pa(self) -> Any:
        if self._c2pa is None:  # c2patxt and the certificate only when a policy asks for it
            from gateway.marking import c2pa

            cert = c2pa.load_or_create_certificate(self.data_dir / "c2pa-signing.crt", self.key)
            self._c2pa = c2pa.C2paMarker(self.key, cert)
        return self._c2pa

    def own_index(self) -> SqliteFingerprintIndex:
        if self._index is None:
            self._index = SqliteFingerprintIndex(self.data_dir / "fingerprints.sqlite")
        return self._index

    def index(self) -> FingerprintIndex:
        """Where generations' fingerprints are kept and searched."""
        return self.own_index()
