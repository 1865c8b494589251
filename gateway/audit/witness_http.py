"""An HTTP witness (c2sp.org/tlog-witness) for the audit log, and the gateway's side of it.

``WitnessServer`` is a small, complete witness: ``POST /add-checkpoint`` takes
``old <size>\\n<consistency proof lines>\\n\\n<signed checkpoint>``, checks the log's signature
with the key it was configured with, checks that ``old`` is the size it cosigned last (409 with
that size otherwise) and the RFC 9162 consistency proof from its kept root (422 otherwise),
keeps the new checkpoint (atomically, fsync'ed) and answers with its cosignature. Run it where
the gateway's operators have no write access: ``candor audit witness-serve``.

``WitnessPublisher`` runs in the gateway: each ``interval`` it sends the latest checkpoint to
every configured witness, with a consistency proof from the size that witness last cosigned
(learned from its 409 answer, so the publisher keeps no state and several workers may publish
side by side), and appends each cosignature it gets to the log as a ``checkpoint_cosigned``
event. A witness that refuses (a rollback or a fork: 409 with a larger size, 422) is logged as
an error and counted; the gateway keeps serving, since the log itself is unchanged by it.
Directory targets get each checkpoint note written as ``checkpoint.<size>`` for a witness that
pulls (``candor audit witness --dir``).
"""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import structlog
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from gateway.audit import note
from gateway.audit.cosign import CosignatureError, cosign, verify_cosignatures
from gateway.audit.verify_offline import VerificationError, verify_consistency, verify_note
from gateway.periodic import Periodic
from gateway.secrets import create_once, write_atomic

log = structlog.get_logger("candor.audit")

MAX_PROOF_LINES = 63
MAX_BODY = 64 * 1024
SIZE_TYPE = "text/x.tlog.size"


# -- the witness -------------------------------------------------------------------------------

def load_or_create_witness_key(path: Path) -> Ed25519PrivateKey:
    pem = create_once(path, lambda: Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return key


@dataclass
class WitnessServer:
    """``logs`` maps each origin the witness follows to the log's public key."""

    directory: Path
    name: str
    key: Ed25519PrivateKey
    logs: dict[str, Ed25519PublicKey]
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def _state_path(self, origin: str) -> Path:
        safe = base64.urlsafe_b64encode(origin.encode()).decode().rstrip("=")
        return self.directory / f"{safe}.checkpoint"

    def latest(self, origin: str) -> tuple[int, bytes]:
        path = self._state_path(origin)
        if not path.exists():
            return 0, b""
        cp = note.parse(path.read_text())
        return cp.size, cp.root

    async def add_checkpoint(self, request: Request) -> Response:
        # 63 proof lines and a signed note fit in a few KB: anything larger is refused unread
        raw, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                return PlainTextResponse("request body too large\n", 413)
            raw.append(chunk)
        try:
            body = b"".join(raw).decode("utf-8")
        except UnicodeDecodeError:
            return PlainTextResponse("body is not UTF-8\n", 400)
        head, sep, checkpoint = body.partition("\n\n")
        lines = head.split("\n")
        if not sep or not lines[0].startswith("old "):
            return PlainTextResponse("body must start with 'old <size>' and a blank line\n", 400)
        try:
            old = int(lines[0][4:])
            proof = [base64.b64decode(x, validate=True) for x in lines[1:]]
            cp = note.parse(checkpoint)
        except ValueError as exc:
            return PlainTextResponse(f"malformed request: {exc}\n", 400)
        if len(proof) > MAX_PROOF_LINES or old < 0:
            return PlainTextResponse("bad proof or old size\n", 400)
        public = self.logs.get(cp.origin)
        if public is None:
            return PlainTextResponse(f"unknown log {cp.origin!r}\n", 404)
        try:
            verify_note(checkpoint, public)
        except VerificationError:
            return PlainTextResponse("no signature by the log's key verifies\n", 403)
        if old > cp.size:
            return PlainTextResponse("old size is larger than the checkpoint\n", 400)
        async with self._lock:  # check and persist atomically (the spec's rollback race)
            kept_size, kept_root = self.latest(cp.origin)
            if old != kept_size:
                return PlainTextResponse(f"{kept_size}\n", 409, media_type=SIZE_TYPE)
            if old == cp.size and kept_size and kept_root != cp.root:
                return PlainTextResponse(f"{kept_size}\n", 409, media_type=SIZE_TYPE)
            if old and old < cp.size:
                try:
                    verify_consistency(old, cp.size, kept_root, cp.root, proof)
                except VerificationError as exc:
                    log.warning("witness_inconsistent", origin=cp.origin, old=old,
                                size=cp.size, error=str(exc))
                    return PlainTextResponse(f"consistency proof does not verify: {exc}\n", 422)
            elif proof:
                return PlainTextResponse("the proof must be empty from size 0\n", 422)
            write_atomic(self._state_path(cp.origin), checkpoint)
        return PlainTextResponse(cosign(self.key, self.name, cp.text) + "\n")

    def app(self) -> Starlette:
        self.directory.mkdir(parents=True, exist_ok=True)
        return Starlette(routes=[Route("/add-checkpoint", self.add_checkpoint,
                                       methods=["POST"])])


# -- the gateway's side ------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """One configured witness: an HTTP witness (``url`` + its ``name`` and ``public_key``, base64
    or PEM) or a directory a pulling witness reads (``dir``)."""

    name: str
    url: str | None = None
    public_key: str | None = None
    dir: Path | None = None

    def verifier(self) -> Ed25519PublicKey:
        from gateway.audit.verify_offline import _public

        assert self.public_key is not None
        return _public(self.public_key)


class WitnessRefused(Exception):
    pass


class WitnessPublisher:
    def __init__(self, audit: Any, targets: list[Target], interval: float = 10.0,
                 timeout: float = 10.0) -> None:
        self.audit = audit  # AuditLog
        self.targets = targets
        self.interval = interval
        self.timeout = timeout
        self.cosigned: dict[str, int] = {}  # witness name -> size it last cosigned for us
        self.refusals: dict[str, int] = {}
        self._loop = Periodic(interval, self.publish, "audit-witness")
        self._client: httpx.AsyncClient | None = None

    async def start(self) -> None:
        await self._loop.start()

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout)
        return self._client

    async def stop(self) -> None:
        await self._loop.stop()
        if self._client is not None:
            await self._client.aclose()

    async def publish(self) -> dict[str, str]:
        """Send the latest checkpoint to every target; returns what each said."""
        cp = await self.audit.store.latest_checkpoint()
        if cp is None:
            return {}
        out: dict[str, str] = {}
        for target in self.targets:
            try:
                if target.dir is not None:
                    target.dir.mkdir(parents=True, exist_ok=True)
                    path = target.dir / f"checkpoint.{cp['tree_size']}"
                    if not path.exists():
                        write_atomic(path, cp["note"])
                    out[target.name] = "written"
                else:
                    out[target.name] = await self._add(target, cp)
            except WitnessRefused as exc:
                self.refusals[target.name] = self.refusals.get(target.name, 0) + 1
                log.error("audit_witness_refused", witness=target.name, detail=str(exc))
                out[target.name] = f"refused: {exc}"
            except (httpx.HTTPError, OSError, CosignatureError) as exc:
                log.warning("audit_witness_unreachable", witness=target.name,
                            error=str(exc)[:200])
                out[target.name] = f"failed: {exc}"
        return out

    async def _add(self, target: Target, cp: dict[str, Any]) -> str:
        size = int(cp["tree_size"])
        old = self.cosigned.get(target.name, 0)
        if old == size:
            return "up to date"
        assert target.url is not None
        for _ in range(2):  # once more after a 409 taught us the witness's size
            proof = await self.audit.store.consistency_proof(old, size) if 0 < old < size else []
            body = (f"old {old}\n" + "".join(base64.b64encode(h).decode() + "\n" for h in proof)
                    + "\n" + cp["note"])
            r = await self._http().post(target.url.rstrip("/") + "/add-checkpoint",
                                        content=body.encode())
            if r.status_code == 409:
                theirs = int(r.text.strip())
                if theirs > size:
                    raise WitnessRefused(f"the witness has seen {theirs} records, the log "
                                         f"has {size}: a rollback")
                if theirs == size:  # another worker got there first, or the root differs
                    self.cosigned[target.name] = size
                    return "up to date"
                old = theirs
                continue
            if r.status_code == 422:
                raise WitnessRefused(f"not consistent with what it cosigned: {r.text.strip()}")
            if r.status_code != 200:
                raise WitnessRefused(f"HTTP {r.status_code}: {r.text.strip()[:200]}")
            if len(r.content) > MAX_BODY:
                raise WitnessRefused("answer too large for a cosignature")
            body_text = note.parse(cp["note"]).text
            cos = verify_cosignatures(r.text, target.name, target.verifier(), body_text)
            self.cosigned[target.name] = size
            await self.audit.event("checkpoint_cosigned", data={
                "witness": target.name, "tree_size": size,
                "root_hash": base64.b64encode(cp["root_hash"]).decode(),
                "cosignature": cos.line, "time": cos.timestamp})
            return "cosigned"
        raise WitnessRefused("the witness keeps changing its size")
