"""The query index: built from the log after the durable commit, in larger batches.

The durable write (``store.AuditStore.append``) touches only the log, whose one secondary index is
the entry id: a commit dirties a handful of pages, whatever the number of auditor filters. The
filters read ``audit_index`` / ``audit_findings``, which this module fills from the log in seq
order, up to ``CHUNK`` entries per transaction, and records how far it got in
``audit_index_state.next_seq`` in the same transaction. So the index is always a prefix of the log;
a crash loses at most the batch in flight, which the next step indexes again. Several indexers
(one per worker, one per replica, a reader catching up) take turns on the state row's lock and
skip what another already did.

Freshness: an indexer process per worker indexes shortly after its commits (``index_process.py``),
and every query first catches the index up to the log head it sees (``AuditStore.sync_index``), so an
auditor always sees every record committed before the query began.
"""

from __future__ import annotations

import time

import orjson
from sqlalchemy import Connection, delete, func, insert, select, update

from gateway.audit.entries import findings_for
from gateway.audit.schema import (
    INDEX_LAYOUT,
    Entry,
    FindingRow,
    IndexBase,
    IndexRow,
    IndexState,
)

ENTRIES = Entry.__table__
INDEX = IndexRow.__table__
FINDINGS = FindingRow.__table__
STATE = IndexState.__table__
CHUNK = 2000

# the filter fields, under the same names in the log and in the index
COPIED = tuple(c.name for c in INDEX.columns)
_NO_FINDINGS = '"findings":[]'


def ensure_index(conn: Connection) -> None:
    """Create the index tables (or rebuild them for a new layout); idempotent."""
    IndexBase.metadata.create_all(conn, checkfirst=True)
    row = conn.execute(select(STATE.c.layout).where(STATE.c.id == 1)).first()
    if row is not None and row.layout == INDEX_LAYOUT:
        return
    if row is not None:  # another layout: derived data, so start again from the log
        IndexBase.metadata.drop_all(conn)
        IndexBase.metadata.create_all(conn)
    conn.execute(insert(STATE).values(id=1, next_seq=0, layout=INDEX_LAYOUT,
                                      updated_at=time.time()))


def index_step(conn: Connection, limit: int = CHUNK) -> tuple[int, int]:
    """Index the next log entries (at most ``limit``) in ``conn``'s open transaction.

    The copy is one ``INSERT ... SELECT`` run by the database (no Python per row); only records
    with findings are parsed here. On SQLite ``conn``'s main file is the index and the log is
    attached; its first statement takes the index file's write lock (so concurrent indexers
    queue instead of failing on a stale read), on PostgreSQL the state row's lock. Returns the
    number of entries indexed and the seq below which all are; the caller commits.
    """
    conn.execute(update(STATE).where(STATE.c.id == 1).values(updated_at=time.time()))
    start = int(conn.execute(select(STATE.c.next_seq).where(STATE.c.id == 1)).scalar_one())
    source = (select(*[ENTRIES.c[c] for c in COPIED]).where(ENTRIES.c.seq >= start)
              .order_by(ENTRIES.c.seq).limit(limit))
    n = conn.execute(insert(INDEX).from_select(list(COPIED), source)).rowcount
    if not n:
        return 0, start
    end = int(conn.execute(select(func.max(INDEX.c.seq))).scalar_one()) + 1
    with_findings = conn.execute(
        select(ENTRIES.c.seq, ENTRIES.c.at, ENTRIES.c.record)
        .where(ENTRIES.c.seq >= start, ENTRIES.c.seq < end,
               ENTRIES.c.record.like('%"findings":%'),
               ENTRIES.c.record.not_like('%' + _NO_FINDINGS + '%'))).all()
    findings = [{"seq": row.seq, "category": category, "action": action, "at": row.at}
                for row in with_findings
                for category, action in findings_for(orjson.loads(row.record))]
    if findings:
        conn.execute(insert(FINDINGS), findings)
    conn.execute(update(STATE).where(STATE.c.id == 1).values(next_seq=end))
    return n, end


def reset(ix: Connection) -> None:
    """Forget the index (``candor audit reindex``): the next steps rebuild it from the log."""
    ix.execute(delete(FINDINGS))
    ix.execute(delete(INDEX))
    ix.execute(update(STATE).where(STATE.c.id == 1).values(next_seq=0, updated_at=time.time()))
