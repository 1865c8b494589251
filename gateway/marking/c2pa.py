"""C2PA 2.x text manifests (Annex A.8, unstructured text) via ``c2patxt``, signed with the
gateway's Ed25519 key.

C2PA needs an X.509 certificate for the key: a self-signed, C2PA-profile claim-signing leaf is
created next to the signing key on first use (``<data_dir>/c2pa-signing.crt``, 10 years). The
mark is a suffix of ~2-7 KB of variation selectors (measured in docs/marking.md). A
verifier "trusts" a manifest when its leaf certificate holds the gateway's public key.
"""

from __future__ import annotations

import datetime
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

import c2patxt
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.x509.oid import NameOID

from gateway.secrets import create_once
from gateway.signing import SigningKey

CERT_DAYS = 3650


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def build_certificate(key: SigningKey, common_name: str = "Candor gateway") -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    start = datetime.datetime.now(tz=datetime.timezone.utc) - datetime.timedelta(days=1)
    return (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=CERT_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([c2patxt.C2PA_CLAIM_SIGNING_EKU]), critical=False)
        .sign(key.private, None)
    )


def load_or_create_certificate(path: Path, key: SigningKey) -> x509.Certificate:
    """One certificate per key, shared by all workers (created atomically, like the key)."""
    if path.exists():
        cert = x509.load_pem_x509_certificate(path.read_bytes())
        if _raw(cert.public_key()) == key.public_bytes:  # type: ignore[arg-type]
            return cert
        path.unlink(missing_ok=True)  # the key was replaced: re-issue
    pem = create_once(path, lambda: build_certificate(key).public_bytes(
        serialization.Encoding.PEM), mode=0o644)
    return x509.load_pem_x509_certificate(pem)


class _GatewayKeyTrust:
    """Trusted when the signing certificate holds one of the gateway's public keys.

    Also records the signer's key, so that a manifest whose text binding failed (the text
    changed) can still be attributed: c2patxt checks the signature even then.
    """

    def __init__(self, public_keys: list[bytes]) -> None:
        self.public_keys = public_keys
        self.signer_key: bytes | None = None

    def is_trusted(self, chain: list[x509.Certificate], anchors: list[x509.Certificate]) -> bool:
        try:
            self.signer_key = _raw(chain[0].public_key())  # type: ignore[arg-type]
        except (IndexError, TypeError, ValueError, AttributeError):
            return False
        return self.signer_key in self.public_keys


_ANCHOR_PEM: bytes | None = None


def _placeholder_anchor() -> bytes:
    """c2patxt asks the trust evaluator only when anchors are configured; trust here is decided
    by key (``_GatewayKeyTrust``), so any well-formed anchor will do. Made once per process."""
    global _ANCHOR_PEM
    if _ANCHOR_PEM is None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        cert = build_certificate(SigningKey(Ed25519PrivateKey.generate()), "Candor verifier")
        _ANCHOR_PEM = cert.public_bytes(serialization.Encoding.PEM)
    return _ANCHOR_PEM


@dataclass
class C2paResult:
    state: str  # unmarked | invalid | valid (someone else's key) | trusted (the gateway's key)
    generation_id: str | None
    signature_valid: bool
    gateway_key: bool
    text_changed: bool | None
    codes: list[str]
    manifest_label: str | None


class C2paMarker:
    def __init__(self, key: SigningKey, certificate: x509.Certificate) -> None:
        self.signer = c2patxt.Signer(private_key=key.private, certificates=(certificate,))
        self.disclosure = c2patxt.Disclosure(media_type="text/plain",
                                             model_type=c2patxt.ModelType.GENERIC)

    def wrapper(self, text: str, generation_id: str) -> str:
        """The manifest suffix for ``text`` (which must already be NFC: the caller sent it)."""
        hexpart = generation_id.rsplit("-", 1)[-1].rsplit("_", 1)[-1]
        try:
            # C2PA wants a version-4 UUID; generation ids are time-ordered (version 7), so the
            # manifest gets the same 128 bits with the version-4 marker bits set
            manifest_uuid = uuid.UUID(hex=hexpart, version=4)
        except ValueError:
            manifest_uuid = uuid.uuid4()
        context = c2patxt.EmbedContext(manifest_uuid=manifest_uuid,
                                       instance_id=f"candor:{generation_id}",
                                       generator_name="candor")
        marked = c2patxt.embed(text, self.signer, self.disclosure, context=context)
        return marked[len(unicodedata.normalize("NFC", text)):]


def verify(text: str, public_keys: list[bytes]) -> C2paResult:
    trust = _GatewayKeyTrust(public_keys)
    ctx = c2patxt.VerifyContext(anchors_pem=_placeholder_anchor(), trust_evaluator=trust)
    verdict = c2patxt.verify(text, context=ctx)
    codes = [str(code) for code in verdict.codes()]
    manifest = verdict.manifest
    gen = None
    if manifest is not None:
        instance = manifest.claim.get("instanceID")
        if isinstance(instance, str) and instance.startswith("candor:"):
            gen = instance[len("candor:"):]
    marked = verdict.state is not c2patxt.Provenance.UNMARKED
    binding_failed = any(c.startswith("assertion.dataHash.") and not c.endswith(".match")
                         for c in codes)
    signature_ok = "claimSignature.validated" in codes
    return C2paResult(
        state=str(verdict.state), generation_id=gen, signature_valid=signature_ok,
        gateway_key=signature_ok and trust.signer_key in public_keys,
        text_changed=binding_failed if marked else None,
        codes=codes, manifest_label=manifest.manifest_label if manifest else None,
    )
