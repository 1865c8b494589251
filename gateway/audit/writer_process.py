"""The append transaction in a child process (one per gateway worker).

In the gateway process the append competes with request handling for the GIL: a 5-record
transaction that takes 0.5 ms alone took 2 ms and more at concurrency 64, because every time the
SQLite driver released the GIL (each statement, the commit's fsync) the thread had to wait for the
event loop to let go of it again. A child process has its own interpreter and, on a 2-core
machine, its own core: the gateway process only pickles the batch's record dicts and waits on
the pipe; the child encodes them (RFC 8785 bytes, index columns) before it takes the write lock.

The child opens its own ``AuditStore`` on the same URL and signs checkpoints with the same key
file, so sequence numbers, the Merkle tree and the checkpoints are exactly what the in-process
writer produces (the append transaction is the same code). Reads stay in the gateway process.
If the child dies, the batch in flight fails like a store outage (503, or the spool) and the next
batch starts a new child; a batch the child committed before dying is recognised on replay
(entry ids are unique).
"""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import threading
import weakref
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

import structlog

from gateway.audit.entries import Pending
from gateway.audit.store import Signer, StoreUnavailable

log = structlog.get_logger("candor.audit")

_START_TIMEOUT = 60.0
_CALL_TIMEOUT = 90.0  # above the store's own statement timeout (60 s on PostgreSQL)
_INLINE_SEND = 32 * 1024  # below the pipe's 64 KiB buffer


class ProcessAppender:
    """``append`` with the signature of ``AuditStore.append``; runs in the child.

    The pipe is driven from the event loop: a request of up to ``_INLINE_SEND`` bytes is written
    directly (the pipe is empty, since one request is in flight at a time, so it cannot block)
    and the answer arrives through a reader callback. A thread hop each way cost ~0.2 ms per
    commit under load; larger batches are still written from a thread.
    """

    def __init__(self, url: str, schema: str | None, sqlite_synchronous: str,
                 sqlite_wal_prealloc_mb: int, key_path: Path, origin: str) -> None:
        self._args = (url, schema, sqlite_synchronous, sqlite_wal_prealloc_mb, str(key_path),
                      origin)
        self._proc: Any = None
        self._conn: Connection | None = None
        self._spawn_lock = threading.Lock()
        self._lock: asyncio.Lock | None = None  # one request/answer at a time on the pipe
        self._answer: asyncio.Future | None = None
        # the connection our reader callback serves, and its fd: a new child's pipe can get the
        # old one's fd number, so the callback is re-bound by connection, not by number
        self._watched: tuple[Connection, int] | None = None
        atexit.register(_at_exit, weakref.ref(self))

    async def start(self) -> None:
        await asyncio.to_thread(self._ensure_child)

    def _ensure_child(self) -> Connection:
        with self._spawn_lock:
            if self._conn is not None and self._proc is not None and self._proc.is_alive():
                return self._conn
            self._stop_child()
            ctx = multiprocessing.get_context("spawn")  # no fork of a process with threads
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=serve, args=(child, *self._args),
                               name="candor-audit-writer", daemon=True)
            proc.start()
            child.close()
            if not parent.poll(_START_TIMEOUT):
                proc.kill()
                raise StoreUnavailable("the audit writer process did not start")
            try:
                kind, detail = parent.recv()
            except (EOFError, OSError) as exc:
                raise StoreUnavailable(f"the audit writer process died on start: {exc}") from exc
            if kind != "ready":
                proc.join(5)
                raise StoreUnavailable(f"the audit writer process failed to start: {detail}")
            self._proc, self._conn = proc, parent
            return parent

    async def _call(self, message: tuple[Any, ...]) -> Any:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            conn = self._conn
            loop = asyncio.get_running_loop()
            if conn is None or self._proc is None or not self._proc.is_alive():
                # off the old pipe first: the new one may get its fd number, and the old
                # callback would read the new child's "ready" as a reply
                self._unwatch(loop)
                conn = await asyncio.to_thread(self._ensure_child)
            if self._watched is None or self._watched[0] is not conn:
                self._unwatch(loop)
                loop.add_reader(conn.fileno(), self._readable, conn)
                self._watched = (conn, conn.fileno())
            self._answer = loop.create_future()
            try:
                data = ForkingPickler.dumps(message)
                if len(data) <= _INLINE_SEND:
                    conn.send_bytes(data)
                else:
                    await asyncio.to_thread(conn.send_bytes, data)
                kind, detail = await asyncio.wait_for(asyncio.shield(self._answer),
                                                      _CALL_TIMEOUT)
            except asyncio.TimeoutError:  # a wedged child must not hang requests
                self._proc.kill()
                self._discard(loop)
                raise StoreUnavailable(f"the audit writer process gave no answer in "
                                       f"{_CALL_TIMEOUT:.0f} s") from None
            except (EOFError, OSError) as exc:
                self._discard(loop)
                raise StoreUnavailable(f"the audit writer process died: {exc!r}") from exc
            finally:
                self._answer = None
        if kind == "error":
            raise StoreUnavailable(detail)
        return detail

    def _readable(self, conn: Connection) -> None:
        try:
            reply = conn.recv()
        except (EOFError, OSError) as exc:  # the child is gone (its pipe may be closed too)
            if self._watched is not None and self._watched[0] is conn:
                self._unwatch(asyncio.get_running_loop())
                if self._answer is not None and not self._answer.done():
                    self._answer.set_exception(EOFError(f"pipe closed: {exc!r}"))
            return
        if self._answer is not None and not self._answer.done():
            self._answer.set_result(reply)

    def _unwatch(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._watched is not None:
            loop.remove_reader(self._watched[1])
            self._watched = None

    def _discard(self, loop: asyncio.AbstractEventLoop) -> None:
        self._unwatch(loop)
        with self._spawn_lock:
            self._stop_child()

    async def append(self, batch: list[Pending], signer: Signer | None = None,
                     dedupe: bool = False) -> list[int | None]:
        # The child encodes the records (RFC 8785, index columns) on its own core, before it
        # takes the write lock: this process only pickles the record dicts.
        wire = [Pending(p.entry_id, p.record) for p in batch]
        return await self._call(("append", wire, signer is not None, dedupe))

    async def close(self) -> None:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            self._unwatch(asyncio.get_running_loop())
            await asyncio.to_thread(self._close)

    def _close(self) -> None:
        with self._spawn_lock:
            if self._conn is not None:
                try:
                    self._conn.send(("stop",))
                    if self._conn.poll(30):
                        self._conn.recv()
                except (EOFError, OSError):
                    pass
            self._stop_child()

    def _stop_child(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.join(10)
            if self._proc.is_alive():
                self._proc.kill()
            self._proc = None


def _at_exit(ref: weakref.ref) -> None:
    # An interpreter exiting without ``close`` (a script that failed) joins its daemon children
    # after SIGTERM, which the child ignores, and would wait forever: end of file on the pipe
    # stops it.
    appender = ref()
    if appender is not None and appender._conn is not None:
        appender._conn.close()
        appender._conn = None


def serve(conn: Connection, url: str, schema: str | None, sqlite_synchronous: str,
          wal_prealloc_mb: int, key_path: str, origin: str) -> None:
    """The child's main: append batches until told to stop or the parent goes away."""
    import signal

    # SIGINT/SIGTERM go to the whole process group: the parent decides when we stop (after it
    # has flushed its queue through us), so ignore them here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    asyncio.run(_serve(conn, url, schema, sqlite_synchronous, wal_prealloc_mb, key_path, origin))


async def _serve(conn: Connection, url: str, schema: str | None, sqlite_synchronous: str,
                 wal_prealloc_mb: int, key_path: str, origin: str) -> None:
    import gc

    from gateway import signing
    from gateway.audit import note
    from gateway.audit.store import AuditStore

    try:
        # this process does nothing else: the SQLite transaction may run on the loop's thread
        store = AuditStore(url, schema, sqlite_synchronous=sqlite_synchronous,
                           sqlite_wal_prealloc_mb=wal_prealloc_mb, inline_writes=True)
        key = signing.load_or_create(Path(key_path))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails closed
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return

    try:
        await store.ensure_ready()  # migrations, the WAL's preallocation: before any request
    except StoreUnavailable:
        pass  # the store is down: each append retries (the parent spools or fails closed)

    def sign(size: int, root: bytes) -> str:
        return note.sign_checkpoint(key, origin, size, root)

    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue = asyncio.Queue()

    def readable() -> None:
        try:
            inbox.put_nowait(conn.recv())
        except (EOFError, OSError):
            loop.remove_reader(conn.fileno())
            inbox.put_nowait(("stop",))

    loop.add_reader(conn.fileno(), readable)
    gc.freeze()  # the imported modules stay: a full collection scans only what batches allocate
    conn.send(("ready", None))
    try:
        while True:
            message = await inbox.get()
            if message[0] == "stop":
                break
            _, batch, want_checkpoint, dedupe = message
            try:
                seqs = await store.append(batch, sign if want_checkpoint else None, dedupe)
                reply: tuple[str, Any] = ("ok", seqs)
            except StoreUnavailable as exc:
                reply = ("error", str(exc))
            except Exception as exc:  # noqa: BLE001 - never leave the parent waiting
                reply = ("error", f"audit write failed: {type(exc).__name__}: {exc}")
            conn.send(reply)
    finally:
        await store.close()
        try:
            conn.send(("stopped", None))
        except (OSError, BrokenPipeError):
            pass
