"""Files made once and shared by every worker: salts, the signing key, its certificate.

Several workers (and replicas sharing a directory) may start at the same moment; each writes
its candidate to a private temporary file and hard-links it into place. ``os.link`` fails when
another worker won the race, and then everyone uses the winner's file: one value, never a torn
one. Secrets are created mode 0600.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Callable


def create_once(path: Path, make: Callable[[], bytes], mode: int = 0o600) -> bytes:
    """The file's bytes, creating it with ``make()`` first if it does not exist."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(make())
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)  # fails if another worker won the race: then use theirs
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_bytes()


def load_or_create_secret(path: Path, nbytes: int = 32) -> bytes:
    """A random hex secret kept in ``path`` (stripped of the trailing newline)."""
    return create_once(path, lambda: (secrets.token_hex(nbytes) + "\n").encode()).strip()


def write_atomic(path: Path, data: bytes | str, mode: int = 0o644) -> None:
    """Replace ``path`` whole: a reader (or a crash) sees the old file or the new one, never a
    torn one. Temporary file in the same directory, fsync, rename."""
    import tempfile

    raw = data.encode() if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
