"""An append-only local JSONL spool for records the store could not take (``spool`` mode).

Each process appends to its own file and holds an exclusive ``flock`` on it while alive, so a
replayer never replays a file that is still being written, and a crashed worker's file is picked
up by any other process. Records carry a unique entry id; replay skips ids already in the store,
so a replay interrupted after its commit is harmless.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from typing import IO

from gateway.audit.entries import Pending


class Spool:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self._file: IO[str] | None = None
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = self.dir / f"spool-{os.getpid()}-{os.urandom(3).hex()}.jsonl"
        return self._path

    def _open(self) -> IO[str]:
        if self._file is None:
            self.dir.mkdir(parents=True, exist_ok=True)
            f = open(self.path, "a", encoding="utf-8")
            fcntl.flock(f, fcntl.LOCK_EX)
            self._file = f
        return self._file

    def write(self, batch: list[Pending]) -> dict[int, str]:
        """Append and fsync: once this returns the records survive a crash. Each record is
        encoded on its own; those that cannot be (invalid Unicode) are left out and returned
        as {index: reason}, so they fail only their own requests."""
        f = self._open()
        lines: list[str] = []
        invalid: dict[int, str] = {}
        for index, p in enumerate(batch):
            try:
                line = json.dumps(p.to_json(), ensure_ascii=False) + "\n"
                line.encode("utf-8")
            except (ValueError, TypeError) as exc:  # UnicodeEncodeError is a ValueError
                invalid[index] = f"the audit record cannot be encoded: {type(exc).__name__}"
                continue
            lines.append(line)
        if lines:
            f.write("".join(lines))
            f.flush()
            os.fsync(f.fileno())
        return invalid

    def pending(self) -> bool:
        if self._file is not None and self._file.tell() > 0:
            return True
        return self.dir.exists() and any(p.stat().st_size > 0 for p in self.dir.glob("*.jsonl"))

    def claim(self) -> list[tuple[Path, IO[str] | None, list[Pending]]]:
        """Files to replay: our own (already locked) and orphans whose owner is gone."""
        out: list[tuple[Path, IO[str] | None, list[Pending]]] = []
        if not self.dir.exists():
            return out
        for path in sorted(self.dir.glob("*.jsonl")):
            own = self._path is not None and path == self._path
            handle: IO[str] | None = None
            if not own:
                handle = open(path, "r+", encoding="utf-8")
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    handle.close()
                    continue
            out.append((path, handle, _read(path)))
        return out

    def done(self, path: Path, handle: IO[str] | None) -> None:
        """The file's records are committed: empty our own file, delete an orphan."""
        if handle is None and self._file is not None:
            self._file.seek(0)
            self._file.truncate()
            self._file.flush()
            os.fsync(self._file.fileno())
        else:
            path.unlink(missing_ok=True)
            if handle is not None:
                handle.close()

    def release(self, handle: IO[str] | None) -> None:
        if handle is not None:
            handle.close()

    def close(self) -> None:
        if self._file is not None:
            empty = self._file.tell() == 0
            self._file.close()
            self._file = None
            if empty and self._path is not None:
                self._path.unlink(missing_ok=True)


def _read(path: Path) -> list[Pending]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                out.append(Pending.from_json(json.loads(line)))
            except (ValueError, KeyError):
                continue  # a torn last line from a crash mid-write: its request never got an answer
    return out
