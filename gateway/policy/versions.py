"""Every policy version ever loaded, kept so an auditor can read the rules behind an old record.

One JSON file per version under ``<data_dir>/policy_versions/``, named by the version (the
SHA-256 of the policy's RFC 8785 canonical JSON). Files are written once, atomically; several
worker processes writing the same version write the same bytes. ``active.json`` names the last
good set, so a worker that starts while a file is broken can still serve the previous rules.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any

_VERSION = re.compile(r"^[0-9a-f]{64}$")


class VersionStore:
    def __init__(self, directory: Path) -> None:
        self.dir = directory

    def _write(self, path: Path, body: dict[str, Any]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(body, indent=2, sort_keys=True))
        tmp.replace(path)

    def save(self, name: str, version: str, content: dict[str, Any], files: list[str]) -> None:
        path = self.dir / f"{version}.json"
        if path.exists():
            return
        self._write(path, {"version": version, "name": name, "content": content,
                           "files": files, "first_loaded_at": time.time()})

    def get(self, version: str) -> dict[str, Any] | None:
        if not _VERSION.match(version):
            return None
        try:
            return json.loads((self.dir / f"{version}.json").read_text())
        except (OSError, ValueError):
            return None

    def list(self) -> list[dict[str, Any]]:
        out = []
        for path in self.dir.glob("*.json"):
            if _VERSION.match(path.stem):
                try:
                    body = json.loads(path.read_text())
                except (OSError, ValueError):
                    continue
                out.append({"version": body["version"], "name": body["name"],
                            "first_loaded_at": body.get("first_loaded_at")})
        return sorted(out, key=lambda v: v.get("first_loaded_at") or 0, reverse=True)

    def save_active(self, policies: dict[str, str], apps: dict[str, str]) -> None:
        self._write(self.dir / "active.json", {"policies": policies, "apps": apps,
                                               "saved_at": time.time()})

    def active(self) -> dict[str, Any] | None:
        try:
            return json.loads((self.dir / "active.json").read_text())
        except (OSError, ValueError):
            return None
