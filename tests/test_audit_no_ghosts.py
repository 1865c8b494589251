"""No ghosts (issue 13, item 4): a record whose commit the gateway reported as failed (the
client got audit_unavailable) but which landed anyway must not stand alone saying ``ok``."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from gateway.audit.service import AuditLog
from gateway.audit.store import AuditStore, StoreUnavailable
from gateway.audit.verify import verify_store
from gateway.settings import Settings
from tests.test_audit_index import record


class AckLost(AuditStore):
    """The real store; the next append commits and then loses its acknowledgement, as when
    the connection drops (or the commit timeout fires) right after COMMIT reached the server."""

    lose_next = False

    async def append(self, batch: Any, signer: Any = None, **kw: Any) -> Any:
        seqs = await super().append(batch, signer, **kw)
        if self.lose_next:
            self.lose_next = False
            raise StoreUnavailable("connection lost after COMMIT")
        return seqs


def test_a_record_that_landed_after_its_failure_was_reported_gets_an_event(
        tmp_path: Path) -> None:
    async def go() -> None:
        log = AuditLog(Settings(data_dir=tmp_path, audit_writer="thread"))
        log.store.__class__ = AckLost  # the same store object, with the fault
        await log.start()
        ghost = record(1)
        log.store.lose_next = True  # type: ignore[attr-defined]
        with pytest.raises(StoreUnavailable):
            await log.append(ghost)  # what the request saw: a 503 / a cut stream
        assert await log.store.get(entry_id=ghost.entry_id) is not None  # ... yet it landed
        await log.append(record(2))  # the store answers again: the writer settles
        events = await log.store.events_for(ghost.entry_id)
        assert [e["type"] for e in events] == ["record_not_acknowledged"], events
        assert events[0]["data"]["recorded_status"] == "ok"
        assert "audit_unavailable" in events[0]["data"]["client_got"]
        report = await verify_store(log.store, log.key.public_bytes)
        assert report.ok, report.to_dict()
        await log.stop()

    asyncio.new_event_loop().run_until_complete(go())
