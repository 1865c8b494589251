"""What a worker holds for marking: the gateway key, the C2PA signer, the fingerprint index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.marking.fingerprint import FingerprintIndex, SqliteFingerprintIndex
from gateway.settings import Settings
from gateway.signing import SigningKey, load_or_create


class MarkingService:
    def __init__(self, data_dir: Path, key: SigningKey | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.key = key or load_or_create(self.data_dir / "signing.key")
        self._c2pa: Any = None
        self._index: SqliteFingerprintIndex | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "MarkingService":
        return cls(settings.data_dir)

    @property
    def public_keys(self) -> dict[bytes, Ed25519PublicKey]:
        """Key id -> public key, for verification (one key today; rotation adds old ones)."""
        return {self.key.key_id: self.key.public}

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
