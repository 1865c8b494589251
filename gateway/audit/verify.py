"""``candor audit verify``: recompute the whole tree from the store and check every checkpoint.

Streams the log in seq order (keyset pages), recomputes each leaf hash from the stored canonical
bytes and the running root at each checkpoint size, and checks each checkpoint's Ed25519
signature. Findings name sequence numbers:

- changed:   the stored bytes no longer hash to the stored leaf hash, are not canonical, or an
             indexed copy (app, status, ...) differs from the signed record;
- deleted:   a sequence number is missing (or records were renumbered down to hide a deletion);
- reordered: a record sits at another position than the seq it was signed with;
- inserted:  a record was added in the middle (later records renumbered up) or beyond the tree;
- checkpoint: a signed root does not match the recomputed tree (catches edits that also rewrote
             leaf hashes), or a signature does not verify;
- index:     the query index (derived from the log, ``indexer.py``) disagrees with the log below
             the point it claims to have reached: a row edited, missing or extra, or a finding
             that is not the record's. Auditor filters read it, so an edit there could hide
             records from a query; ``candor audit reindex`` rebuilds it from the log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.audit import merkle, note
from gateway.audit.canonical import canonical
from gateway.audit.entries import columns_for, findings_for
from gateway.audit.indexer import COPIED
from gateway.audit.store import ENTRIES, FINDINGS, INDEX, STATE, TREE, AuditStore, is_pruned
from gateway.signing import verify as verify_sig

_COPIES = ("entry_id", "kind", "event_type", "generation_id", "app", "key_id", "user",
           "recipient_hash", "on_behalf_of", "channel", "campaign", "endpoint", "model",
           "resolved_model", "status", "http_status", "day")


@dataclass
class Problem:
    kind: str  # changed | deleted | reordered | inserted | checkpoint | tree | index
    seq: int | None
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "seq": self.seq, "detail": self.detail}


@dataclass
class Report:
    records: int = 0
    tree_size: int = 0
    checkpoints: int = 0
    checkpoints_ok: int = 0
    unsigned_tail: int = 0
    pruned: int = 0  # leading records whose content retention removed (leaf hashes kept)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, seq: int | None, detail: str) -> None:
        self.problems.append(Problem(kind, seq, detail))

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "records": self.records, "tree_size": self.tree_size,
                "checkpoints": self.checkpoints, "checkpoints_ok": self.checkpoints_ok,
                "unsigned_tail": self.unsigned_tail, "pruned": self.pruned,
                "problems": [p.to_dict() for p in self.problems]}


async def verify_store(store: AuditStore, public_key: bytes | list[bytes],
                       key_name: str = "candor", page: int = 5000, trusted: Any = None) -> Report:
    """``public_key``: one raw key or the key set (after a rotation, older checkpoints name a
    retired key; each must verify under the key its id names).
    ``trusted``: a checkpoint the verifier kept (``witness.Trusted``: size, root); the
    recomputed tree must have that root at that size (nothing before it changed) and must not
    be smaller (nothing cut off). See witness.py."""
    report = Report()
    keys = {note.key_id(key_name, k): k
            for k in ([public_key] if isinstance(public_key, bytes) else public_key)}
    await store.ensure_ready()
    checkpoints = sorted(await store.checkpoints(), key=lambda c: c["tree_size"])
    report.checkpoints = len(checkpoints)
    signed_roots: dict[int, list[dict[str, Any]]] = {}
    for cp in checkpoints:
        try:
            parsed = note.parse(cp["note"])
        except ValueError as exc:
            report.add("checkpoint", None, f"checkpoint {cp['id']} is malformed: {exc}")
            continue
        good = any(name == key_name and kid in keys
                   and verify_sig(keys[kid], sig, parsed.text.encode())
                   for name, kid, sig in parsed.signatures)
        if not good:
            report.add("checkpoint", None,
                       f"checkpoint {cp['id']} (size {parsed.size}): signature does not verify")
            continue
        if parsed.size != cp["tree_size"] or parsed.root != cp["root_hash"]:
            report.add("checkpoint", None, f"checkpoint {cp['id']}: stored size/root columns "
                                           "differ from the signed note")
        signed_roots.setdefault(parsed.size, []).append({"root": parsed.root, "id": cp["id"]})

    frontier = merkle.Frontier()
    expected = 0  # next stored seq we expect
    mismatches: list[tuple[int, int]] = []  # (stored seq, signed seq)
    roots = _Roots(report, signed_roots, trusted)
    declared = 0  # the highest seq a retention_pruned event declared
    expected_findings: dict[int, set[tuple[str, str | None]]] = {}
    async with store.reader_engine.connect() as conn:
        after = -1
        while True:
            rows = (await conn.execute(
                select(ENTRIES).where(ENTRIES.c.seq > after).order_by(ENTRIES.c.seq).limit(page)
            )).all()
            for row in rows:
                seq = int(row.seq)
                report.records += 1
                if seq > expected:
                    for missing in range(expected, seq):
                        report.add("deleted", missing, "no record with this sequence number")
                expected = seq + 1
                data = row.record.encode()
                if is_pruned(row.record):
                    # retention kept the leaf hash only: the tree pins what the record was
                    lh = bytes(row.leaf_hash)
                    if data != b'{"kind":"pruned","seq":%d}' % seq:
                        report.add("changed", seq, "malformed pruned marker")
                    if report.pruned != seq:
                        report.add("changed", seq, "content removed outside the pruned prefix "
                                                   "(retention only prunes the oldest records)")
                    report.pruned += 1
                    frontier.append(lh)
                    roots.check(frontier)
                    continue
                lh = merkle.leaf_hash(data)
                if lh != bytes(row.leaf_hash):
                    report.add("changed", seq, "record bytes do not match the stored leaf hash")
                try:
                    rec = orjson.loads(data)
                    if canonical(rec) != data:
                        report.add("changed", seq, "record bytes are not canonical (edited)")
                    cols = columns_for(rec)
                    found = findings_for(rec)
                    if found:
                        expected_findings[seq] = set(found)
                    bad = [c for c in _COPIES if cols.get(c) != getattr(row, c)]
                    if abs(float(cols["at"]) - float(row.at)) > 1e-6:
                        bad.append("at")
                    if bad:
                        report.add("changed", seq, "indexed columns differ from the signed "
                                                   f"record: {', '.join(bad)}")
                    if rec.get("kind") == "event" and rec.get("type") == "retention_pruned":
                        through = (rec.get("data") or {}).get("through_seq")
                        if isinstance(through, int):
                            declared = max(declared, through)
                    signed_seq = rec.get("seq")
                    if signed_seq != seq:
                        mismatches.append((seq, int(signed_seq) if isinstance(signed_seq, int)
                                           else -1))
                except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                    report.add("changed", seq, f"record is not a valid entry: {exc}")
                frontier.append(lh)
                roots.check(frontier)
            if len(rows) < page:
                break
            after = int(rows[-1].seq)
        tree = (await conn.execute(select(TREE).where(TREE.c.id == 1))).one()
        await _check_index(conn, report, expected_findings)
    report.tree_size = int(tree.size)
    if report.pruned > declared:
        for seq in range(declared, report.pruned):
            report.add("changed", seq, "content removed without a retention_pruned event "
                                       "declaring it")
    _classify(report, mismatches)
    for size, cps in signed_roots.items():
        if size > frontier.size:
            for cp in cps:
                report.add("checkpoint", None, f"checkpoint {cp['id']} covers {size} records "
                                               f"but only {frontier.size} are in the store "
                                               "(records deleted at the end)")
    if frontier.size != tree.size or frontier.root() != bytes(tree.root):
        report.add("tree", None, f"tree state (size {tree.size}) differs from the recomputed "
                                 f"tree (size {frontier.size})")
        if frontier.size > tree.size:
            for seq in range(int(tree.size), frontier.size):
                report.add("inserted", seq, "record beyond the tree size")
    if trusted is not None and frontier.size < trusted.size:
        report.add("rollback", None, (
            f"the log holds {frontier.size} records but the trusted checkpoint covers "
            f"{trusted.size}: records were cut off (rolled back)"))
    signed = max(signed_roots, default=0)
    report.unsigned_tail = max(0, frontier.size - signed)
    report.problems.sort(key=lambda p: (p.seq is None, p.seq if p.seq is not None else 0))
    return report


class _Roots:
    """Checks the recomputed root against the signed (and the trusted) roots as leaves arrive."""

    def __init__(self, report: Report, signed_roots: dict[int, list[dict[str, Any]]],
                 trusted: Any) -> None:
        self.report, self.signed_roots, self.trusted = report, signed_roots, trusted
        self.last_ok_size = 0

    def check(self, frontier: merkle.Frontier) -> None:
        report, trusted = self.report, self.trusted
        if trusted is not None and frontier.size == trusted.size and \
                frontier.root() != trusted.root:
            report.add("trusted", None, (
                f"the recomputed tree at size {trusted.size} does not match the trusted "
                "checkpoint: records before it were changed, deleted, inserted or "
                "reordered (and the tree rebuilt)"))
        for cp in self.signed_roots.get(frontier.size, []):
            if cp["root"] == frontier.root():
                report.checkpoints_ok += 1
                self.last_ok_size = frontier.size
            else:
                report.add("checkpoint", None, (
                    f"checkpoint {cp['id']} (size {frontier.size}) does not match the "
                    f"recomputed tree: a record in seq {self.last_ok_size}..{frontier.size - 1}"
                    " was changed, deleted, inserted or reordered"))


async def _check_index(conn: AsyncConnection, report: Report,
                       expected_findings: dict[int, set[tuple[str, str | None]]]) -> None:
    """The index rows below its high-water mark against the log's (verified) copies."""
    upto = int((await conn.execute(select(STATE.c.next_seq).where(STATE.c.id == 1)))
               .scalar_one())
    i, e = INDEX.c, ENTRIES.c
    differs = or_(*[i[c].is_distinct_from(e[c]) for c in COPIED if c != "seq"])
    edited = await conn.execute(
        select(i.seq).select_from(INDEX.join(ENTRIES, e.seq == i.seq)).where(differs)
        .order_by(i.seq))
    for (seq,) in edited:
        report.add("index", int(seq), "index row differs from the log (filters would misreport "
                                      "it); run `candor audit reindex`")
    missing = await conn.execute(
        select(e.seq).select_from(ENTRIES.outerjoin(INDEX, i.seq == e.seq))
        .where(and_(e.seq < upto, i.seq.is_(None))).order_by(e.seq))
    for (seq,) in missing:
        report.add("index", int(seq), "record missing from the index (filters would hide it); "
                                      "run `candor audit reindex`")
    extra = await conn.execute(
        select(i.seq).select_from(INDEX.outerjoin(ENTRIES, e.seq == i.seq))
        .where(e.seq.is_(None)).order_by(i.seq))
    for (seq,) in extra:
        report.add("index", int(seq), "index row without a record in the log")
    stored: dict[int, set[tuple[str, str | None]]] = {}
    for row in await conn.execute(select(FINDINGS.c.seq, FINDINGS.c.category, FINDINGS.c.action)):
        stored.setdefault(int(row.seq), set()).add((row.category, row.action))
    for seq in sorted(set(stored) | {s for s in expected_findings if s < upto}):
        if stored.get(seq, set()) != expected_findings.get(seq, set()):
            report.add("index", seq, "indexed findings differ from the record's; run "
                                     "`candor audit reindex`")


def _classify(report: Report, mismatches: list[tuple[int, int]]) -> None:
    """Name the edits behind records whose position differs from their signed seq.

    A block of positions that holds exactly the records signed for those positions is a
    reordering; a run with a constant offset that never closes is a shift left by an insertion
    (offset > 0) or a renumbered deletion (offset < 0).
    """
    i = 0
    while i < len(mismatches):
        open_stored: set[int] = set()
        open_signed: set[int] = set()
        j = i
        closed = False
        while j < len(mismatches):
            stored, signed = mismatches[j]
            if stored in open_signed:
                open_signed.discard(stored)
            else:
                open_stored.add(stored)
            if signed in open_stored:
                open_stored.discard(signed)
            else:
                open_signed.add(signed)
            if not open_stored and not open_signed:
                closed = True
                break
            j += 1
        if closed:
            for stored, signed in mismatches[i:j + 1]:
                report.add("reordered", stored, f"holds the record signed as seq {signed}")
            i = j + 1
            continue
        stored, signed = mismatches[i]
        offset = stored - signed
        k = i
        while k + 1 < len(mismatches) and mismatches[k + 1][0] - mismatches[k + 1][1] == offset:
            k += 1
        if offset > 0:  # later records were pushed up: `offset` records were inserted before
            for seq in range(stored - offset, stored):
                report.add("inserted", seq, "record not in the signed sequence (later records "
                                            f"renumbered up by {offset})")
        else:
            for seq in range(stored, stored - offset):
                report.add("deleted", seq, "record removed and later records renumbered down "
                                           f"by {-offset}")
        i = k + 1
