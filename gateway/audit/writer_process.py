"""The append transaction in a child process (one per gateway worker).

In the gateway process the append competes with request handling for the GIL: a 5-record
transaction that takes 0.5 ms alone took 2 ms and more at concurrency 64, because every time the
SQLite driver released the GIL (each statement, the commit's fsync) the thread had to wait for the
event loop to let go of it again. A child process has its own interpreter and, on a 2-core
machine, its own core: the gateway process only pickles the prepared batch (canonical bytes and
index columns) and waits on a pipe with the GIL released.

The child opens its own ``AuditStore`` on the same URL and signs checkpoints with the same key
file, so sequence numbers, the Merkle tree and the checkpoints are exactly what the in-process
writer produces (the append transaction is the same code). Reads stay in the gateway process.
If the child dies, the batch in flight fails like a store outage (503, or the spool) and the next
batch starts a new child; a batch the child committed before dying is recognised on replay
(entry ids are unique).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import structlog

from gateway.audit.entries import Pending
from gateway.audit.store import Signer, StoreUnavailable

log = structlog.get_logger("candor.audit")

_START_TIMEOUT = 60.0
_CALL_TIMEOUT = 90.0  # above the store's own statement timeout (60 s on PostgreSQL)


class ProcessAppender:
    """``append`` with the signature of ``AuditStore.append``; runs in the child."""

    def __init__(self, url: str, schema: str | None, sqlite_synchronous: str, key_path: Path,
                 origin: str) -> None:
        self._args = (url, schema, sqlite_synchronous, str(key_path), origin)
        self._proc: Any = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()  # one request/answer at a time on the pipe

    async def start(self) -> None:
        await asyncio.to_thread(self._ensure_child)

    def _ensure_child(self) -> Connection:
        if self._conn is not None and self._proc is not None and self._proc.is_alive():
            return self._conn
        self._stop_child()
        ctx = multiprocessing.get_context("spawn")  # no fork of a process with threads and loops
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=serve, args=(child, *self._args), name="candor-audit-writer",
                           daemon=True)
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

    def _call(self, message: tuple[Any, ...]) -> Any:
        with self._lock:
            conn = self._ensure_child()
            try:
                conn.send(message)
                if not conn.poll(_CALL_TIMEOUT):  # a wedged child must not hang requests
                    self._proc.kill()
                    raise EOFError(f"no answer in {_CALL_TIMEOUT:.0f} s")
                kind, detail = conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._stop_child()
                raise StoreUnavailable(f"the audit writer process died: {exc!r}") from exc
        if kind == "error":
            raise StoreUnavailable(detail)
        return detail

    async def append(self, batch: list[Pending], signer: Signer | None = None,
                     dedupe: bool = False) -> list[int | None]:
        # The child needs the prepared parts only: the record itself stays here (spool, logs).
        wire = []
        for p in batch:
            p.prepare()
            wire.append(Pending(p.entry_id, {}, p.parts, p.columns, p.findings))
        return await asyncio.to_thread(self._call, ("append", wire, signer is not None, dedupe))

    async def close(self) -> None:
        await asyncio.to_thread(self._close)

    def _close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.send(("stop",))
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


def serve(conn: Connection, url: str, schema: str | None, sqlite_synchronous: str,
          key_path: str, origin: str) -> None:
    """The child's main: append batches until told to stop or the parent goes away."""
    import signal

    # SIGINT/SIGTERM go to the whole process group: the parent decides when we stop (after it
    # has flushed its queue through us), so ignore them here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    asyncio.run(_serve(conn, url, schema, sqlite_synchronous, key_path, origin))


async def _serve(conn: Connection, url: str, schema: str | None, sqlite_synchronous: str,
                 key_path: str, origin: str) -> None:
    from gateway import signing
    from gateway.audit import note
    from gateway.audit.store import AuditStore

    try:
        store = AuditStore(url, schema, sqlite_synchronous=sqlite_synchronous)
        key = signing.load_or_create(Path(key_path))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails closed
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return

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
