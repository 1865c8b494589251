"""The audit store's tables (SQLAlchemy 2). Migrations in ``migrations/`` create them.

``audit_entries`` is the log: one row per Merkle leaf (a generation record or a later event), with
the canonical record bytes and a few copied columns for the auditor filters. The copies are checked
against the signed bytes by ``candor audit verify``. ``audit_nodes`` holds completed perfect
subtrees so proofs are O(log n) lookups; ``audit_tree`` is the one-row running state (size and
frontier) that writers lock to append; ``audit_checkpoints`` holds signed tree heads.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger, Boolean, Float, Index, Integer, LargeBinary, MetaData, SmallInteger, String, Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = MetaData()


class Entry(Base):
    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entry_id: Mapped[str] = mapped_column(String(80), unique=True)
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
    record: Mapped[str] = mapped_column(Text)  # RFC 8785 canonical JSON: the leaf bytes
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary(32))

    __table_args__ = (
        # (field, at): "newest N where field = X [and at in range]" is one index range scan
        Index("ix_audit_entries_kind_at", "kind", "at"),
        Index("ix_audit_entries_generation_id", "generation_id"),
        Index("ix_audit_entries_app_at", "app", "at"),
        Index("ix_audit_entries_user_at", "user", "at"),
        Index("ix_audit_entries_recipient_at", "recipient_hash", "at"),
        Index("ix_audit_entries_obo_at", "on_behalf_of", "at"),
        Index("ix_audit_entries_model_at", "model", "at"),
        Index("ix_audit_entries_resolved_at", "resolved_model", "at"),
        Index("ix_audit_entries_status_at", "status", "at"),
        Index("ix_audit_entries_campaign_at", "campaign", "at"),
        # covering index for the stats (counts by day / app / status)
        Index("ix_audit_entries_stats", "kind", "day", "app", "status", "at", "cost"),
    )


class FindingRow(Base):
    __tablename__ = "audit_findings"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    category: Mapped[str] = mapped_column(String(64), primary_key=True)
    action: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[float] = mapped_column(Float)  # copy of the entry's time: drives finding queries

    __table_args__ = (Index("ix_audit_findings_category_at", "category", "at", "seq"),)


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
