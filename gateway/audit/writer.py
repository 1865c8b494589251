"""The one batching writer of a process (group commit).

Requests enqueue a record and await a future; the writer takes everything queued, appends it in
one transaction and resolves the futures after the commit. Under load a commit carries many
records, so durability costs one fsync / round trip per batch, not per request.

When the store fails: ``fail`` mode rejects the batch (the request answers 503, nothing is
released); ``spool`` mode appends the batch to the local spool (fsync) and replays it once the
store answers again.
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Callable

import structlog

from gateway.audit.entries import Pending, event_record
from gateway.audit.spool import Spool
from gateway.audit.store import AuditStore, RecordInvalid, Signer, StoreUnavailable
from gateway.audit.writer_process import ProcessAppender

log = structlog.get_logger("candor.audit")

_STOP = object()


class BatchWriter:
    def __init__(self, store: AuditStore, signer: Signer, spool: Spool | None = None,
                 max_batch: int = 512, checkpoint_interval: float = 1.0,
                 retry_interval: float = 1.0, appender: ProcessAppender | None = None,
                 after_commit: Callable[[], None] = lambda: None,
                 commit_timeout: float = 60.0) -> None:
        self.store = store
        # where the append transaction runs: a child process, or this process's thread pool
        self.appender: ProcessAppender | AuditStore = appender or store
        # wakes the query indexer (index_process.py)
        self.after_commit = after_commit
        self.signer = signer
        self.spool = spool
        self.max_batch = max_batch
        self.checkpoint_interval = checkpoint_interval
        self.retry_interval = retry_interval
        self._queue: asyncio.Queue = asyncio.Queue()
        self._task: asyncio.Task | None = None
        self._last_checkpoint = 0.0
        self._down_since: float | None = None
        self._last_try = 0.0
        self._closed = False
        self.commit_timeout = commit_timeout
        self._in_flight_since: float | None = None  # the commit now waiting on the store
        # records whose commit failed from here (timeout, lost connection) but may have landed
        # anyway: the client was told the request failed, so if one did land, an event must
        # say so (see _settle); bounded, oldest dropped
        self._in_doubt: collections.deque[tuple[str, str | None]] = collections.deque(maxlen=10000)
        self.batches = 0
        self.records = 0

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="audit-writer")

    async def submit(self, item: Pending) -> int | None:
        """Durably append one record; its seq, or None when it went to the spool."""
        if self._closed:
            raise StoreUnavailable("the audit writer is shut down")
        self.start()
        if self.appender is self.store:
            # canonical bytes and columns: CPU spent by the request, not under the write lock
            # (a child writer process does it on its own core instead: see writer_process.py);
            # a record that cannot be encoded fails here, for this request alone
            try:
                item.prepare()
            except Exception as exc:  # noqa: BLE001
                log.error("audit_record_invalid", entry_id=item.entry_id, error=repr(exc)[:300])
                raise RecordInvalid(RecordInvalid.describe(exc)) from exc
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((item, fut))
        return await asyncio.shield(fut)  # a cancelled request must not cancel its record

    def mark_down(self) -> None:
        self._down_since = self._down_since or time.monotonic()

    def healthy(self, stall: float = 5.0) -> bool:
        """For readiness: False while the store is unreachable (and nothing is spooled in its
        place) or a commit has waited longer than ``stall`` seconds."""
        if self._down_since is not None and self.spool is None:
            return False
        started = self._in_flight_since
        return started is None or time.monotonic() - started < stall

    async def _probe(self) -> None:
        """While the store is down and no request comes (readiness sent traffic elsewhere),
        look whether it is back, so readiness recovers by itself."""
        self._last_try = time.monotonic()
        try:
            async with asyncio.timeout(self.commit_timeout):
                await self.store.tree_head()
        except Exception as exc:  # noqa: BLE001 - still down
            log.info("audit_store_probe_failed", error=str(exc)[:200])
            return
        self._down_since = None
        log.info("audit_store_back")

    async def close(self) -> None:
        """Flush everything queued, then write a final checkpoint."""
        self._closed = True
        if self._task is not None:
            self._queue.put_nowait(_STOP)
            await self._task
            self._task = None
        if self.spool is not None:
            await self._replay(force=True)
        if self.appender is not self.store:
            await self.appender.close()  # type: ignore[union-attr]
        try:
            await self.store.checkpoint(self.signer)
        except StoreUnavailable as exc:
            log.warning("audit_final_checkpoint_failed", error=str(exc))
        if self.spool is not None:
            self.spool.close()

    async def _run(self) -> None:
        if self.spool is not None:
            await self._replay(force=True)  # records a crashed worker left behind
        while True:
            try:
                wait = (self.retry_interval if self.spool is not None or self._down_since
                        is not None else None)
                first = await asyncio.wait_for(self._queue.get(), wait)
            except asyncio.TimeoutError:
                if self.spool is not None and self.spool.pending():
                    await self._replay()
                elif self.spool is None and self._down_since is not None:
                    await self._probe()
                continue
            stop = first is _STOP
            batch = [] if stop else [first]
            while len(batch) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except asyncio.QueueEmpty:
                    break
                if item is _STOP:
                    stop = True
                    continue
                batch.append(item)
            if batch:
                await self._commit(batch)
            if stop and self._queue.empty():
                return

    def _signer_now(self) -> Signer | None:
        now = time.monotonic()
        if now - self._last_checkpoint >= self.checkpoint_interval:
            self._last_checkpoint = now
            return self.signer
        return None

    async def _commit(self, batch: list[tuple[Pending, asyncio.Future]]) -> None:
        items = [p for p, _ in batch]
        if self.spool is not None and self._down_since is not None:
            await self._replay()
        if self.spool is not None and self._down_since is not None:
            self._to_spool(batch)
            return
        self._in_flight_since = time.monotonic()
        try:
            if self.appender is self.store:
                # a stalled database must not hang requests (asyncpg's own timeout is the
                # first line; this is the backstop); a child writer has its own call timeout
                async with asyncio.timeout(self.commit_timeout + 2):
                    seqs = await self.appender.append(items, self._signer_now())
            else:
                seqs = await self.appender.append(items, self._signer_now())
        except (StoreUnavailable, TimeoutError) as exc:
            if isinstance(exc, TimeoutError):
                exc = StoreUnavailable(f"the audit store did not commit within "
                                       f"{self.commit_timeout:g} s")
            self._down_since = self._down_since or time.monotonic()
            self._last_try = time.monotonic()
            if self.spool is not None:
                log.warning("audit_store_down_spooling", error=str(exc)[:300])
                self._to_spool(batch)
                return
            log.error("audit_store_unavailable", error=str(exc)[:300], records=len(batch))
            for item, fut in batch:
                if not fut.done():
                    fut.set_exception(exc)
                if item.record.get("kind") == "generation":
                    self._in_doubt.append((item.entry_id, item.record.get("status")))
            return
        finally:
            self._in_flight_since = None
        self._down_since = None
        self.batches += 1
        self.records += len(batch)
        self.after_commit()
        if self._in_doubt and not self._closed:
            await self._settle()
        for (item, fut), seq in zip(batch, seqs):
            if fut.done():
                continue
            if isinstance(seq, RecordInvalid):
                log.error("audit_record_invalid", entry_id=item.entry_id, error=str(seq))
                fut.set_exception(seq)  # this record alone (see writer_process.py)
            else:
                fut.set_result(seq)

    async def _settle(self) -> None:
        """No ghosts: a record whose commit we reported as failed (the client got a 503 or a
        cut stream) but which landed anyway would say ``ok``. Once the store answers again,
        each such record that exists gets a ``record_not_acknowledged`` event naming it, so the
        log says what the client got."""
        while self._in_doubt:
            entry_id, status = self._in_doubt[0]
            try:
                landed = await self.store.get(entry_id=entry_id) is not None
                if landed:
                    event = event_record(
                        "record_not_acknowledged", entry_id, {"gateway": "audit"},
                        {"recorded_status": status,
                         "client_got": "an error: the audit store did not acknowledge the "
                                       "record in time (audit_unavailable), so the answer was "
                                       "withheld or cut; the record landed later"})
                    if self.appender is self.store:
                        event.prepare()
                    await self.appender.append([event], None)
                    log.warning("audit_record_not_acknowledged", generation_id=entry_id)
            except (StoreUnavailable, TimeoutError) as exc:
                log.info("audit_settle_deferred", error=str(exc)[:200])
                return
            self._in_doubt.popleft()

    def _to_spool(self, batch: list[tuple[Pending, asyncio.Future]]) -> None:
        assert self.spool is not None
        try:
            invalid = self.spool.write([p for p, _ in batch])
        except OSError as exc:
            err = StoreUnavailable(f"audit store down and spool failed: {exc}")
            for _, fut in batch:
                if not fut.done():
                    fut.set_exception(err)
            return
        for index, (_, fut) in enumerate(batch):
            if not fut.done():
                if index in invalid:
                    log.error("audit_record_invalid", entry_id=batch[index][0].entry_id,
                              error=invalid[index])
                    fut.set_exception(RecordInvalid(invalid[index]))
                else:
                    fut.set_result(None)

    async def _replay(self, force: bool = False) -> None:
        """Move spooled records into the store (rate-limited while the store is down)."""
        assert self.spool is not None
        now = time.monotonic()
        if not force and self._down_since is not None and now - self._last_try < self.retry_interval:
            return
        self._last_try = now
        if not self.spool.pending():
            self._down_since = None
            return
        replayed = 0
        for path, handle, items in self.spool.claim():
            try:
                for i in range(0, len(items), self.max_batch):
                    await self.appender.append(items[i:i + self.max_batch], None, dedupe=True)
            except StoreUnavailable as exc:
                self.spool.release(handle)
                self._down_since = self._down_since or now
                log.info("audit_replay_deferred", error=str(exc)[:200])
                return
            self.spool.done(path, handle)
            replayed += len(items)
            self.after_commit()
        self._down_since = None
        if replayed:
            log.info("audit_spool_replayed", records=replayed)

