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
import os
import pickle
import struct
import threading
import weakref
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

import structlog

from gateway.audit.entries import Pending
from gateway.audit.store import RecordInvalid, Signer, StoreUnavailable

log = structlog.get_logger("candor.audit")

_START_TIMEOUT = 60.0
_CALL_TIMEOUT = 90.0  # above the store's own statement timeout (60 s on PostgreSQL)
_READ_SIZE = 1 << 16
_DETAIL_MAX = 2000  # an error reply's text (it may quote a record)


def frame(data: bytes) -> bytes:
    """The header ``multiprocessing.Connection`` puts before a message (so the child can read
    our frames with ``Connection.recv`` and we can read its ``Connection.send``)."""
    if len(data) > 0x7FFFFFFF:
        return struct.pack("!i", -1) + struct.pack("!Q", len(data))
    return struct.pack("!i", len(data))


class FrameReader:
    """Whole messages out of the bytes a non-blocking pipe gives, however they are split."""

    def __init__(self) -> None:
        self.buf = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self.buf += data
        out = []
        while True:
            if len(self.buf) < 4:
                return out
            (size,) = struct.unpack_from("!i", self.buf)
            start = 4
            if size == -1:
                if len(self.buf) < 12:
                    return out
                (size,) = struct.unpack_from("!Q", self.buf, 4)
                start = 12
            if len(self.buf) < start + size:
                return out
            out.append(bytes(self.buf[start:start + size]))
            del self.buf[:start + size]


class ProcessAppender:
    """``append`` with the signature of ``AuditStore.append``; runs in the child.

    The pipe is driven from the event loop, non-blocking, with our own framing (the same header
    ``multiprocessing.Connection`` uses, so the child just ``recv``s and ``send``s): a request
    is written as far as the pipe takes it and the rest when the loop says it is writable, and
    the answer is put together from whatever the reader callback gets. A thread hop each way
    cost ~0.2 ms per commit under load. ``Connection.send_bytes`` on the pipe is not an option:
    uvloop makes a watched fd non-blocking, and a record larger than the pipe's buffer (a long
    prompt, a 20 MB answer) then failed with ``BlockingIOError`` and killed the child.
    """

    def __init__(self, url: str, schema: str | None, sqlite_synchronous: str,
                 sqlite_wal_prealloc_mb: int, key_path: Path, origin: str,
                 call_timeout: float = _CALL_TIMEOUT) -> None:
        self.call_timeout = call_timeout  # a wedged child is killed (its transaction rolls back)
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
        self._frames = FrameReader()
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
                os.set_blocking(conn.fileno(), False)
                self._frames = FrameReader()
                loop.add_reader(conn.fileno(), self._readable, conn)
                self._watched = (conn, conn.fileno())
            self._answer = loop.create_future()
            try:
                data = ForkingPickler.dumps(message)
                await asyncio.wait_for(self._send(loop, conn.fileno(), data), self.call_timeout)
                kind, detail = await asyncio.wait_for(asyncio.shield(self._answer),
                                                      self.call_timeout)
            except asyncio.TimeoutError:  # a wedged child must not hang requests
                self._proc.kill()
                self._discard(loop)
                raise StoreUnavailable(f"the audit writer process gave no answer in "
                                       f"{self.call_timeout:g} s") from None
            except (EOFError, OSError) as exc:
                self._discard(loop)
                raise StoreUnavailable(f"the audit writer process died: {exc!r}") from exc
            finally:
                self._answer = None
        if kind == "error":
            raise StoreUnavailable(detail)
        return detail

    @staticmethod
    async def _send(loop: asyncio.AbstractEventLoop, fd: int, data: bytes) -> None:
        """Write one framed message to the non-blocking pipe, waiting for room as needed."""
        view = memoryview(frame(data) + data) if len(data) < _READ_SIZE else None
        parts = [view] if view is not None else [memoryview(frame(data)), memoryview(data)]
        for part in parts:
            while part:
                try:
                    part = part[os.write(fd, part):]
                    continue
                except BlockingIOError:
                    pass
                room: asyncio.Future = loop.create_future()
                loop.add_writer(fd, lambda: room.done() or room.set_result(None))
                try:
                    await room
                finally:
                    loop.remove_writer(fd)

    def _readable(self, conn: Connection) -> None:
        try:
            data = os.read(conn.fileno(), _READ_SIZE)
            if not data:
                raise EOFError("end of file")
            replies = self._frames.feed(data)
        except BlockingIOError:
            return
        except (EOFError, OSError) as exc:  # the child is gone (its pipe may be closed too)
            if self._watched is not None and self._watched[0] is conn:
                self._unwatch(asyncio.get_running_loop())
                if self._answer is not None and not self._answer.done():
                    self._answer.set_exception(EOFError(f"pipe closed: {exc!r}"))
            return
        for raw in replies:
            reply = pickle.loads(raw)
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
        seqs, invalid = await self._call(("append", wire, signer is not None, dedupe))
        out: list[Any] = list(seqs)
        for index, reason in invalid.items():
            out[index] = RecordInvalid(reason)  # that request fails, the batch does not
        return out

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
                    os.set_blocking(self._conn.fileno(), True)
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
        key = signing.load_existing(Path(key_path))  # the parent made it (or refused to)
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

    # blocking reads: a large request arrives in pieces, and this process has nothing else to do
    os.set_blocking(conn.fileno(), True)
    loop.add_reader(conn.fileno(), readable)
    gc.freeze()  # the imported modules stay: a full collection scans only what batches allocate
    conn.send(("ready", None))
    try:
        while True:
            message = await inbox.get()
            if message[0] == "stop":
                break
            _, batch, want_checkpoint, dedupe = message
            # each record is encoded on its own: one that cannot be (invalid Unicode...) fails
            # only its own request, never the batch it shares with other tenants' records
            invalid = {}
            for index, item in enumerate(batch):
                try:
                    item.prepare()
                except Exception as exc:  # noqa: BLE001 - reported for that record alone
                    invalid[index] = RecordInvalid.describe(exc)
            good = [item for index, item in enumerate(batch) if index not in invalid]
            try:
                seqs = (await store.append(good, sign if want_checkpoint else None, dedupe)
                        if good else [])
                merged: list[int | None] = []
                it = iter(seqs)
                for index in range(len(batch)):
                    merged.append(None if index in invalid else next(it))
                reply: tuple[str, Any] = ("ok", (merged, invalid))
            except StoreUnavailable as exc:
                reply = ("error", str(exc)[:_DETAIL_MAX])
            except Exception as exc:  # noqa: BLE001 - never leave the parent waiting
                reply = ("error", f"audit write failed: {type(exc).__name__}: {exc}"[:_DETAIL_MAX])
            conn.send(reply)
    finally:
        await store.close()
        try:
            conn.send(("stopped", None))
        except (OSError, BrokenPipeError):
            pass
