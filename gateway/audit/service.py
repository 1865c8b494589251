"""AuditLog: the store, its writer, the signing key and the recipient salt of one process."""

from __future__ import annotations

import base64
from typing import Any

import structlog

from gateway import signing
from gateway.audit import note
from gateway.audit.entries import Filters, Pending, event_record
from gateway.audit.index_process import INDEX_DELAY, IndexProcess
from gateway.audit.recipients import hash_recipient, load_or_create_salt
from gateway.audit.record import generation_record, rejection_record
from gateway.audit.spool import Spool
from gateway.audit.store import AuditStore, StoreUnavailable
from gateway.audit.writer import BatchWriter
from gateway.audit.writer_process import ProcessAppender
from gateway.pipeline.stages import Report
from gateway.settings import Settings

log = structlog.get_logger("candor.audit")

__all__ = ["AuditLog", "StoreUnavailable", "store_url"]


def store_url(settings: Settings) -> str:
    return settings.audit_url or f"sqlite+aiosqlite:///{settings.data_dir.resolve() / 'audit.db'}"


class AuditLog:
    def __init__(self, settings: Settings, catalog: Any = None) -> None:
        self.settings = settings
        self.catalog = catalog
        self.store = AuditStore(
            store_url(settings), settings.audit_schema,
            command_timeout=settings.audit_commit_timeout,
            sqlite_synchronous=settings.audit_sqlite_synchronous,
            sqlite_wal_prealloc_mb=settings.audit_sqlite_wal_prealloc_mb)
        self.keys = signing.load_keyset(settings)
        self.key = self.keys.active
        self.salt = load_or_create_salt(settings.data_dir / "recipient.salt",
                                        settings.audit_recipient_salt)
        self.origin = settings.audit_origin
        spool = (Spool(settings.data_dir / "audit-spool")
                 if settings.audit_on_unavailable == "spool" else None)
        appender = None
        writer = settings.audit_writer
        if writer == "auto":
            writer = "thread" if self.store.dialect == "postgresql" else "process"
        if writer == "process":
            appender = ProcessAppender(store_url(settings), settings.audit_schema,
                                       settings.audit_sqlite_synchronous,
                                       settings.audit_sqlite_wal_prealloc_mb,
                                       self.keys.key_file, self.origin,
                                       call_timeout=settings.audit_commit_timeout + 5)
        # the index is built beside this worker, not on its event loop
        self.indexer = IndexProcess(store_url(settings), settings.audit_schema,
                                    INDEX_DELAY[self.store.dialect])
        self.writer = BatchWriter(self.store, self.sign, spool, settings.audit_batch_max,
                                  settings.audit_checkpoint_interval, appender=appender,
                                  after_commit=self.indexer.poke,
                                  commit_timeout=settings.audit_commit_timeout)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        try:
            await self.store.ensure_ready()
        except StoreUnavailable as exc:
            # requests fail closed (or spool) until the store answers; /readyz says not ready
            # and the writer probes it until then
            log.warning("audit_store_unavailable_at_start", error=str(exc)[:300])
            self.writer.mark_down()
        if isinstance(self.writer.appender, ProcessAppender):
            try:
                await self.writer.appender.start()
            except StoreUnavailable as exc:  # retried on the first append
                log.warning("audit_writer_process_not_started", error=str(exc)[:300])
        self.indexer.start()
        self.writer.start()

    async def stop(self) -> None:
        await self.writer.close()
        await self.indexer.close()
        await self.store.close()

    # -- writing -----------------------------------------------------------------------------

    def sign(self, size: int, root: bytes) -> str:
        return note.sign_checkpoint(self.key, self.origin, size, root)

    def hash_recipient(self, recipient_id: str | None) -> str | None:
        return hash_recipient(self.salt, recipient_id) if recipient_id else None

    def hash_user(self, user: str | None) -> str | None:
        """OpenAI's ``user`` is often an email or a CRM id: kept only as a salted hash too
        (domain-separated from recipients, so the two never collide)."""
        return "u:" + hash_recipient(self.salt, "user\x00" + user)[:62] if user else None

    async def record(self, report: Report) -> int | None:
        ctx = report.ctx
        route = None
        if self.catalog is not None and ctx.resolved_model:
            route = self.catalog.get(ctx.resolved_model)
        pending = generation_record(report, route, self.hash_recipient(ctx.recipient_id),
                                    self.hash_user(ctx.user))
        return await self.writer.submit(pending)

    async def rejected(self, **fields: Any) -> int | None:
        """Record a request refused before its generation started (see ``rejection_record``)."""
        return await self.writer.submit(rejection_record(**fields))

    async def event(self, event_type: str, generation_id: str | None = None,
                    actor: dict[str, Any] | None = None,
                    data: dict[str, Any] | None = None) -> int | None:
        """Append a later event (a review decision, an auditor query) as its own leaf."""
        return await self.writer.submit(event_record(event_type, generation_id, actor, data))

    async def append(self, item: Pending) -> int | None:
        return await self.writer.submit(item)

    def ready(self) -> bool:
        """The store takes records (or the spool does): for /readyz."""
        return self.writer.healthy()

    # -- reading -----------------------------------------------------------------------------

    def public_key(self) -> dict[str, str]:
        return {"name": self.key.name, "algorithm": "Ed25519", "pem": self.key.public_pem(),
                "base64": self.key.public_b64(),
                "key_id": base64.b64encode(self.key.key_id).decode(), "origin": self.origin,
                "keys": self.keys.document()["keys"]}

    async def checkpoint(self, min_size: int = 0) -> dict[str, Any] | None:
        return await self.store.checkpoint(self.sign, min_size)

    async def get(self, generation_id: str) -> dict[str, Any] | None:
        """The generation's record as stored, or None."""
        entry = await self.store.get(generation_id)
        return entry["record"] if entry is not None else None

    async def proof_for(self, generation_id: str) -> dict[str, Any] | None:
        """The record, its inclusion proof and a signed checkpoint that covers it."""
        entry = await self.store.get(generation_id)
        if entry is None:
            return None
        cp = await self.checkpoint(entry["seq"] + 1)
        assert cp is not None
        hashes = await self.store.inclusion_proof(entry["seq"], cp["tree_size"])
        return {
            "record": entry["record"],
            "leaf_hash": base64.b64encode(entry["leaf_hash"]).decode(),
            "proof": {"leaf_index": entry["seq"], "tree_size": cp["tree_size"],
                      "hashes": [base64.b64encode(h).decode() for h in hashes]},
            "checkpoint": checkpoint_json(cp),
            "events": await self.store.events_for(generation_id),
        }

    def filters(self, **kw: Any) -> Filters:
        recipient = kw.pop("recipient", None)
        if recipient:
            kw["recipient_hash"] = self.hash_recipient(recipient)
        if kw.get("user"):
            kw["user"] = self.hash_user(kw["user"])
        return Filters(**kw)


def checkpoint_json(cp: dict[str, Any]) -> dict[str, Any]:
    return {"tree_size": cp["tree_size"],
            "root_hash": base64.b64encode(cp["root_hash"]).decode(), "note": cp["note"],
            "created_at": cp["created_at"]}
