"""The audit store's tables (SQLAlchemy 2), in two groups.

The log (``Base``, created by the Alembic migrations in ``migrations/``) is what the durable write
touches: ``audit_entries``, one row per Merkle leaf (a generation record or a later event) with the
canonical record bytes and copies of the filter fields (checked against the signed bytes by
``candor audit verify``), indexed only by seq and entry id so a commit dirties a handful of pages;
``audit_nodes`` (completed perfect subtrees, so proofs are O(log n) lookups); ``audit_tree`` (the
one-row running state writers lock to append); ``audit_checkpoints`` (signed tree heads).

The query index (``IndexBase``, schema ``ix``) is derived from the log by ``indexer.py``, after the
commit, in larger batches: ``audit_index`` (the filter fields with one index per auditor filter),
``audit_findings`` and ``audit_index_state`` (how far it has got). It holds nothing the log does
not, so it is rebuilt from the log when missing or when ``INDEX_LAYOUT`` changes. On PostgreSQL
it lives beside the log (``ix`` maps to the store's schema); on SQLite in its own file, so
indexing never holds the log's write lock, attached as ``ix`` to the connections that query.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = MetaData()


class FilterFields:
    """The filter fields of a log entry: copies of the signed record's values (derived by
    ``entries.columns_for``), in the log and, indexed, in the query index."""

    kind: Mapped[str] = mapped_column(String(16))  # generation | event
    event_type: Mapped[str | None] = mapped_column(String(64))
    generation_id: Mapped[str | None] = mapped_column(String(80))
    at: Mapped[float] = mapped_column(Float)  # received (generation) or occurred (event)
    day: Mapped[str] = mapped_column(String(10))
    app: Mapped[str | None] = mapped_column(String(128))
    key_id: Mapped[str | None] = mapped_column(String(64))
    user: Mapped[str | None] = mapped_column(String(256))
    recipient_hash: Mapped[str | None] = mapped_column(String(64))
    on_behalf_of: Mapped[str | None] = mapped_column(String(256))
    channel: Mapped[str | None] = mapped_column(String(64))
    campaign: Mapped[str | None] = mapped_column(String(256))
    endpoint: Mapped[str | None] = mapped_column(String(32))
    model: Mapped[str | None] = mapped_column(String(128))
    resolved_model: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str | None] = mapped_column(String(32))
    http_status: Mapped[int | None] = mapped_column(Integer)
    stream: Mapped[bool | None] = mapped_column(Boolean)
    cost: Mapped[float | None] = mapped_column(Float)


class Entry(FilterFields, Base):
    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entry_id: Mapped[str] = mapped_column(String(80), unique=True)
    record: Mapped[str] = mapped_column(Text)  # RFC 8785 canonical JSON: the leaf bytes
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class Node(Base):
    __tablename__ = "audit_nodes"

    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    idx: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class Tree(Base):
    __tablename__ = "audit_tree"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    frontier: Mapped[str] = mapped_column(Text)  # JSON [[level, hex], ...]
    root: Mapped[bytes] = mapped_column(LargeBinary(32))
    updated_at: Mapped[float] = mapped_column(Float)


class CheckpointRow(Base):
    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tree_size: Mapped[int] = mapped_column(BigInteger, index=True)
    root_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[float] = mapped_column(Float)


# -- the query index (derived) -------------------------------------------------------------------

INDEX_SCHEMA = "ix"
INDEX_LAYOUT = 1  # bump when the tables below change: the index is then rebuilt from the log


class IndexBase(DeclarativeBase):
    metadata = MetaData(schema=INDEX_SCHEMA)


class IndexRow(FilterFields, IndexBase):
    """The filter fields of one log entry (copied from ``audit_entries``, same names)."""

    __tablename__ = "audit_index"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entry_id: Mapped[str] = mapped_column(String(80))

    __table_args__ = (
        # (field, at): "newest N where field = X [and at in range]" is one index range scan
        Index("ix_audit_index_kind_at", "kind", "at"),
        Index("ix_audit_index_generation_id", "generation_id"),
        Index("ix_audit_index_app_at", "app", "at"),
        Index("ix_audit_index_user_at", "user", "at"),
        Index("ix_audit_index_recipient_at", "recipient_hash", "at"),
        Index("ix_audit_index_obo_at", "on_behalf_of", "at"),
        Index("ix_audit_index_model_at", "model", "at"),
        Index("ix_audit_index_resolved_at", "resolved_model", "at"),
        Index("ix_audit_index_status_at", "status", "at"),
        Index("ix_audit_index_campaign_at", "campaign", "at"),
        # covering index for the stats (counts by day / app / status)
        Index("ix_audit_index_stats", "kind", "day", "app", "status", "at", "cost"),
    )


class FindingRow(IndexBase):
    __tablename__ = "audit_findings"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    category: Mapped[str] = mapped_column(String(64), primary_key=True)
    action: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[float] = mapped_column(Float)  # copy of the entry's time: drives finding queries

    __table_args__ = (Index("ix_audit_findings_category_at", "category", "at", "seq"),)


class IndexState(IndexBase):
    __tablename__ = "audit_index_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_seq: Mapped[int] = mapped_column(BigInteger)  # every log entry below it is indexed
    layout: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[float] = mapped_column(Float)
