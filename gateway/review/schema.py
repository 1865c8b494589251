"""The review tables (SQLAlchemy Core): items, their encrypted placeholder values, webhook
deliveries. JSON fields are stored as text so SQLite and PostgreSQL share one schema."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

METADATA = MetaData()

ITEMS = Table(
    "review_items", METADATA,
    Column("id", String(64), primary_key=True),
    Column("generation_id", String(80), nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("app", String(200), nullable=False),
    Column("key_id", String(64), nullable=False),
    Column("principal", String(200)),
    Column("policy_name", String(200), nullable=False),
    Column("policy_version", String(100), nullable=False),
    Column("endpoint", String(40), nullable=False),
    Column("model", String(200), nullable=False),
    Column("channel", String(64)),
    Column("rule_ids", Text, nullable=False),  # JSON list
    Column("findings", Text, nullable=False),  # JSON list
    Column("prompt", Text, nullable=False),  # JSON: the pseudonymised upstream request
    Column("draft", Text, nullable=False),
    Column("decided_by", Text),  # JSON
    Column("decided_at", Float),
    Column("decision", String(16)),
    Column("reason", Text),
    Column("final_text", Text),
    Column("delivered_at", Float),
    Column("waive_disclosure", Boolean, nullable=False, default=False),
    Column("webhook_url", Text),
    # the list pages: newest first (ids are time-ordered) by status, by person, by app
    Index("ix_review_items_status_id", "status", "id"),
    Index("ix_review_items_principal_status_id", "principal", "status", "id"),
    Index("ix_review_items_app_status_id", "app", "status", "id"),
    Index("ix_review_items_pending_expiry", "status", "expires_at"),
)

# The request's placeholder values (<PERSON_1> -> the name), AES-GCM encrypted; deleted once
# the outcome is final and delivered (or rejected, or expired).
SECRETS = Table(
    "review_secrets", METADATA,
    Column("review_id", String(64), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("created_at", Float, nullable=False),
)

DELIVERIES = Table(
    "review_webhook_deliveries", METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("review_id", String(64), nullable=False, index=True),
    Column("url", Text, nullable=False),
    Column("event", String(32), nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("at", Float, nullable=False),
    Column("status_code", Integer),
    Column("ok", Boolean, nullable=False),
    Column("error", Text),
)
