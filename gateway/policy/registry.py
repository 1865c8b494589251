"""The active PolicySet of one worker process, and how it changes.

Reload triggers: the files' mtimes (polled every second by each worker, so several workers and
several replicas converge without talking to each other), SIGHUP, and the admin endpoint. A
reload builds a complete new set aside and swaps one reference: a request keeps the runtime it
took at its start (``ctx.policy``), so requests in flight finish under the old
rules. A set with any error never becomes active; the error is kept for GET /admin/v1/policies.

A change applies only once the files are stable: two looks ``settle`` seconds apart (names,
mtimes, sizes and SHA-256 of every file) must agree, and the files must still be the same after
the load. A file caught half-written (an in-place save, a copy in progress) is therefore not
applied, even when the half is valid YAML (issue 13: a ``default.yaml`` cut just before
``sensitive_topics:`` used to apply within 2 s). A change that removes whole sections, entries of
a section or rules is logged as a ``policy_sections_removed`` warning naming them. ``candor
policy apply FILE`` (cli.py) validates a file and replaces the old one atomically.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import structlog
import yaml

from gateway.checks.base import Check
from gateway.policy.engine import PolicyRuntime
from gateway.policy.loader import (
    PolicyError,
    PolicyLoadError,
    PolicySet,
    ResolvedPolicy,
    canonical_version,
    load_policy_set,
    policy_files,
)
from gateway.policy.schema import Policy
from gateway.policy.versions import VersionStore

log = structlog.get_logger("candor.policy")

BUILTIN_DEFAULT = {"policy": "default", "description": "Built in: no policy files were found."}


@dataclass
class Active:
    """A PolicySet with its compiled runtimes: the unit that is swapped atomically."""

    set: PolicySet
    runtimes: dict[str, PolicyRuntime]
    source: str = "files"  # files | snapshot | builtin

    def runtime_for(self, app: str, key_policy: str) -> PolicyRuntime | None:
        return self.runtimes.get(self.set.binding(app, key_policy))


@dataclass
class ReloadResult:
    changed: bool
    ok: bool
    errors: list[PolicyError] = field(default_factory=list)


def _builtin_set() -> PolicySet:
    model = Policy.model_validate(BUILTIN_DEFAULT)
    content = model.model_dump(mode="json", exclude_none=True)
    content["extends_chain"] = []
    rp = ResolvedPolicy("default", canonical_version(content), model, content, [])
    return PolicySet({"default": rp}, {}, {}, time.time())


Snapshot = tuple[tuple[str, int, int, str], ...]


def snapshot(directory: Path) -> tuple[Snapshot, dict[str, bytes]]:
    """(name, mtime_ns, size, sha256) of every policy file, and the bytes read."""
    out, raw = [], {}
    for path in policy_files(directory):
        try:
            st = path.stat()
            data = path.read_bytes()
        except OSError:
            continue
        out.append((path.name, st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest()))
        raw[path.name] = data
    return tuple(out), raw


def _parsed(raw: dict[str, bytes]) -> dict[str, Any]:
    out = {}
    for name, data in raw.items():
        try:
            doc = yaml.safe_load(data)
        except yaml.YAMLError:
            continue
        if isinstance(doc, dict):
            out[name] = doc
    return out


def removals(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """What a change takes away, per file: whole files, top-level sections, the entries of a
    section (e.g. ``sensitive_topics.pregnancy``) and rules (list items with an ``id``/``name``)."""
    out = []
    for name, old in before.items():
        if name not in after:
            out.append({"file": name, "file_removed": True})
            continue
        new = after[name]
        sections = sorted(k for k in old if k not in new)
        entries, rules = [], []
        for key, value in old.items():
            if key not in new:
                continue
            if isinstance(value, dict) and isinstance(new[key], dict):
                entries += [f"{key}.{k}" for k in value if k not in new[key]]
            if isinstance(value, list) and isinstance(new[key], list):
                def ids(items: list[Any]) -> set[str]:
                    return {str(i.get("id") or i.get("name")) for i in items
                            if isinstance(i, dict) and (i.get("id") or i.get("name"))}
                rules += [f"{key}:{r}" for r in sorted(ids(value) - ids(new[key]))]
        if sections or entries or rules:
            out.append({"file": name, "sections": sections, "entries": entries,
                        "rules": rules})
    return out


class PolicyRegistry:
    def __init__(self, directory: Path, data_dir: Path, checks: Mapping[str, Check],
                 settle: float = 0.5) -> None:
        self.directory = directory
        self.settle = settle  # seconds between the two looks that must agree (see above)
        self._applied: dict[str, Any] = {}  # the parsed files now in force
        self.store = VersionStore(data_dir / "policy_versions")
        self.checks = checks
        self.errors: list[PolicyError] = []
        self.error_at: float | None = None
        self.reloads = 0
        self._fingerprint: Any = None
        self._lock = threading.Lock()
        self.active: Active = self._initial()

    # -- loading --------------------------------------------------------------------------------

    def fingerprint(self) -> Any:
        out = []
        for path in policy_files(self.directory):
            try:
                st = path.stat()
            except OSError:
                continue
            out.append((path.name, st.st_mtime_ns, st.st_size))
        return tuple(out)

    def _stable(self, attempts: int) -> tuple[Snapshot, dict[str, bytes]] | None:
        """The files once two looks ``settle`` seconds apart agree; None if they kept moving."""
        first = snapshot(self.directory)
        for _ in range(attempts):
            time.sleep(self.settle)
            second = snapshot(self.directory)
            if second[0] == first[0]:
                return second
            first = second
        log.warning("policy_files_unsettled", dir=str(self.directory),
                    note="the files are still changing; not applied yet")
        return None

    def _compile(self, pset: PolicySet, source: str) -> Active:
        runtimes = {name: PolicyRuntime(rp, self.checks) for name, rp in pset.policies.items()}
        return Active(pset, runtimes, source)

    def _remember(self, active: Active) -> None:
        try:
            for rp in active.set.policies.values():
                self.store.save(rp.name, rp.version, rp.content, rp.files)
            if active.source == "files":
                self.store.save_active({n: rp.version for n, rp in active.set.policies.items()},
                                       active.set.apps)
        except OSError as exc:  # a read-only data dir must not stop the rules from applying
            log.error("policy_version_store_failed", dir=str(self.store.dir), error=str(exc))

    def _from_snapshot(self) -> Active | None:
        snap = self.store.active()
        if not snap:
            return None
        policies: dict[str, ResolvedPolicy] = {}
        for name, version in snap.get("policies", {}).items():
            body = self.store.get(version)
            if body is None:
                return None
            content = dict(body["content"])
            chain = content.pop("extends_chain", [])
            model = Policy.model_validate(content)
            content["extends_chain"] = chain
            policies[name] = ResolvedPolicy(name, version, model, body["content"], body["files"])
        return self._compile(PolicySet(policies, snap.get("apps", {}), {}, time.time()), "snapshot")

    def _initial(self) -> Active:
        self._fingerprint = self.fingerprint()
        if self._fingerprint:
            stable = self._stable(attempts=20)
            if stable is not None:
                self._applied = _parsed(stable[1])
            self._fingerprint = self.fingerprint()
        if not self._fingerprint:
            log.warning("policy_none_found", dir=str(self.directory))
            active = self._compile(_builtin_set(), "builtin")
            self._remember(active)
            return active
        try:
            active = self._compile(load_policy_set(self.directory), "files")
        except PolicyLoadError as exc:
            self._record_errors(exc.errors)
            try:
                snap = self._from_snapshot()
            except Exception as snap_exc:  # noqa: BLE001 - a damaged snapshot: report the files
                log.error("policy_snapshot_unusable", error=repr(snap_exc))
                snap = None
            if snap is None:
                raise
            log.error("policy_using_last_good", versions={n: r.version for n, r in
                                                          snap.runtimes.items()})
            return snap
        self._remember(active)
        return active

    def _record_errors(self, errors: list[PolicyError]) -> None:
        self.errors = errors
        self.error_at = time.time()
        log.error("policy_load_failed", dir=str(self.directory),
                  errors=[str(e) for e in errors][:50])

    def reload(self, force: bool = False) -> ReloadResult:
        """Build a new set from the files and swap it in, once they are stable and valid.

        The poll (``force=False``) gives up for now when the files are still changing (the next
        poll looks again); SIGHUP and the admin endpoint (``force=True``) wait a few seconds
        for them to settle."""
        with self._lock:
            fp = self.fingerprint()
            if not force and fp == self._fingerprint:
                return ReloadResult(False, not self.errors, self.errors)
            stable = self._stable(attempts=10 if force else 1) if fp else (tuple(), {})
            if stable is None:
                return ReloadResult(False, not self.errors, self.errors)
            snap, raw = stable
            self._fingerprint = fp = self.fingerprint()
            try:
                if not fp:
                    active = self._compile(_builtin_set(), "builtin")
                else:
                    active = self._compile(load_policy_set(self.directory), "files")
            except PolicyLoadError as exc:
                self._record_errors(exc.errors)
                return ReloadResult(True, False, exc.errors)
            except Exception as exc:  # noqa: BLE001 - nothing in a file may crash the worker
                err = PolicyError(str(self.directory), None, f"cannot load policies: {exc}")
                self._record_errors([err])
                return ReloadResult(True, False, [err])
            if fp and snapshot(self.directory)[0] != snap:
                self._fingerprint = None  # changed while loading: the next look tries again
                log.warning("policy_files_unsettled", dir=str(self.directory),
                            note="changed while loading; not applied")
                return ReloadResult(False, not self.errors, self.errors)
            parsed = _parsed(raw)
            for removed in removals(self._applied, parsed):
                log.warning("policy_sections_removed", **removed)
            old = {n: r.version for n, r in self.active.runtimes.items()}
            self._remember(active)
            self.active = active  # the atomic swap
            self._applied = parsed
            self.errors, self.error_at = [], None
            self.reloads += 1
            new = {n: r.version for n, r in active.runtimes.items()}
            if new != old:
                log.info("policy_reloaded", versions={n: v[:12] for n, v in new.items()})
            return ReloadResult(True, True, [])

    # -- views ----------------------------------------------------------------------------------

    def status(self, key_bindings: list[tuple[str, str]]) -> dict[str, Any]:
        import os

        active = self.active
        pset = active.set
        apps: dict[str, Any] = {}
        for app, target in pset.apps.items():
            rt = active.runtimes.get(target)
            apps[app] = {"policy": target, "version": rt.version if rt else None,
                         "mode": rt.mode if rt else None, "bound_by": "policy file"}
        for app, key_policy in key_bindings:
            if app in apps:
                continue
            rt = active.runtimes.get(key_policy)
            apps[app] = {"policy": key_policy, "version": rt.version if rt else None,
                         "mode": rt.mode if rt else None, "bound_by": "api key",
                         **({} if rt else {"problem": "policy not loaded: requests are refused"})}
        return {
            "worker_pid": os.getpid(),
            "source": active.source,
            "loaded_at": pset.loaded_at,
            "reloads": self.reloads,
            "policies": [
                {"name": rt.name, "version": rt.version, "mode": rt.mode,
                 "description": rt.policy.model.description, "files": rt.policy.files,
                 "extends": rt.policy.content.get("extends_chain", [])}
                for rt in active.runtimes.values()
            ],
            "apps": apps,
            "errors": [e.to_dict() for e in self.errors],
            "error_at": self.error_at,
        }
