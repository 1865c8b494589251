"""The query index built in a process of its own, poked after each commit.

Building the index is real work (an ``INSERT ... SELECT`` into a table with a dozen B-trees,
findings parsed): ~10-20 ms per step of ~300 records. Run on a thread of the gateway worker, it
made the worker's event loop wait for the GIL, and the durable write's p99 at concurrency 64
rose from ~3 to ~5-7 ms (measured with bench/audit_bench.py). Here it runs beside the worker and
the writer child, and only the database's own locks are shared.

The worker writes one byte to a non-blocking pipe after each commit (``poke``); a full pipe
already means "there is work", so a poke never blocks or fails the request. The child waits a
moment so one step covers several commits, drains the pipe and catches the index up. It exits
when the pipe closes (the worker stopped or died). A dead indexer is restarted on a later poke;
until then nothing is lost or stale for auditors: every query catches the index up itself
(``AuditStore.sync_index``).
"""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import os
import time
import weakref
from multiprocessing.connection import Connection
from typing import Any

import structlog

log = structlog.get_logger("candor.audit")

_RESTART_INTERVAL = 5.0  # at most one restart this often (a child that dies on start)
# How long the indexer waits after a commit, so one step covers many commits.
# Measured with bench/audit_bench.py (durable-write p99 at concurrency 64): SQLite did best with
# few large steps (1 s: p99 3.0-3.6 ms; 0.25 s: 4.9-5.9; 0.1 s: 4.9-6.5), PostgreSQL with many
# small ones, its server's INSERT ... SELECT otherwise a CPU burst beside the appends (0.1 s:
# 5.5-5.8 ms; 1 s: 11-60). Queries never wait for it: each catches the index up itself.
INDEX_DELAY = {"sqlite": 1.0, "postgresql": 0.1}


class IndexProcess:
    def __init__(self, url: str, schema: str | None, delay: float) -> None:
        self._args = (url, schema, delay)
        self._proc: Any = None
        self._pipe: Connection | None = None
        self._last_start = 0.0
        self._started = False
        self._closed = False
        atexit.register(_at_exit, weakref.ref(self))

    def start(self) -> None:
        if self._closed or (self._proc is not None and self._proc.is_alive()):
            return
        self._drop()
        self._started = True
        self._last_start = time.monotonic()
        ctx = multiprocessing.get_context("spawn")
        reader, writer = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=serve, args=(reader, *self._args),
                           name="candor-audit-indexer", daemon=True)
        proc.start()
        reader.close()
        os.set_blocking(writer.fileno(), False)
        self._proc, self._pipe = proc, writer

    def poke(self) -> None:
        """After a commit: never blocks, never raises."""
        if self._closed or not self._started:
            return  # never started: a one-shot user (the CLI) leaves indexing to the queries
        if self._proc is None or not self._proc.is_alive():
            if time.monotonic() - self._last_start < _RESTART_INTERVAL:
                return
            if self._proc is not None:
                log.warning("audit_indexer_restarted", exitcode=self._proc.exitcode)
            try:
                self.start()
            except OSError as exc:
                log.warning("audit_indexer_not_started", error=str(exc)[:300])
                return
        assert self._pipe is not None
        try:
            os.write(self._pipe.fileno(), b"\1")
        except BlockingIOError:
            pass  # the pipe is full of pokes already
        except OSError:
            self._drop()  # the child is gone: restarted on a later poke

    async def close(self) -> None:
        self._closed = True
        proc = self._proc
        self._drop_pipe()  # end of file: the child finishes its step and exits
        if proc is not None:
            await asyncio.to_thread(_reap, proc)
        self._proc = None

    def _drop_pipe(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None

    def _drop(self) -> None:
        self._drop_pipe()
        if self._proc is not None:
            _reap(self._proc, timeout=0)
            self._proc = None



def _at_exit(ref: weakref.ref) -> None:
    # An interpreter exiting without ``close`` (a script that failed) joins its daemon children
    # after SIGTERM, which ours ignore: the closed pipe is what lets the child go.
    indexer = ref()
    if indexer is not None:
        indexer._closed = True
        indexer._drop_pipe()


def _reap(proc: Any, timeout: float = 10.0) -> None:
    proc.join(timeout)
    if proc.is_alive():
        proc.kill()
        proc.join(5)


def serve(reader: Connection, url: str, schema: str | None, delay: float) -> None:
    """The child's main: index after pokes until the pipe closes."""
    import signal

    # Ctrl-C / SIGTERM reach the whole process group; the worker ends us by closing the pipe
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    asyncio.run(_serve(reader, url, schema, delay))


async def _serve(reader: Connection, url: str, schema: str | None, delay: float) -> None:
    import gc

    from gateway.audit.store import AuditStore

    store = AuditStore(url, schema, sqlite_wal_prealloc_mb=0)
    loop = asyncio.get_running_loop()
    poked = asyncio.Event()
    closed = False
    fd = reader.fileno()
    os.set_blocking(fd, False)

    def readable() -> None:
        nonlocal closed
        try:
            data = os.read(fd, 1 << 16)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # the worker is gone
            closed = True
            loop.remove_reader(fd)
        poked.set()

    loop.add_reader(fd, readable)
    gc.freeze()  # what was imported stays: collections scan only what indexing allocates
    try:
        while not closed:
            await poked.wait()
            if closed:
                break
            await asyncio.sleep(delay)  # let more commits land: one step covers them all
            poked.clear()
            try:
                await store.sync_index()
            except Exception as exc:  # noqa: BLE001 - queries catch up themselves; retry later
                log.warning("audit_index_failed", error=str(exc)[:300])
                await asyncio.sleep(1.0)
                poked.set()
    finally:
        await store.close()
