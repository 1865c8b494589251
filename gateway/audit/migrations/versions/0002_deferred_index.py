"""the durable write keeps only seq and entry-id indexes; filters move to the derived index

Each secondary index on audit_entries dirtied a page of its own in every commit (~21 pages for one
record, ~62 for five), which set the durable write's latency. Auditor filters now read
``audit_index`` / ``audit_findings`` (gateway/audit/indexer.py), which are built from the log after
the commit and rebuilt from it when missing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_OLD = ["ix_audit_entries_kind_at", "ix_audit_entries_generation_id", "ix_audit_entries_app_at",
        "ix_audit_entries_user_at", "ix_audit_entries_recipient_at", "ix_audit_entries_obo_at",
        "ix_audit_entries_model_at", "ix_audit_entries_resolved_at", "ix_audit_entries_status_at",
        "ix_audit_entries_campaign_at", "ix_audit_entries_stats"]


def upgrade() -> None:
    for name in _OLD:
        op.drop_index(name, table_name="audit_entries")
    # derived data: the index side recreates it (in the store's own schema on PostgreSQL,
    # in the separate index file on SQLite) and fills it from the log
    op.drop_index("ix_audit_findings_category_at", table_name="audit_findings")
    op.drop_table("audit_findings")


def downgrade() -> None:
    raise NotImplementedError("the audit log is append-only: migrate forward")
