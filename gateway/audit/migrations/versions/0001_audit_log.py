"""audit log: entries (leaves), findings, Merkle nodes, tree state, checkpoints

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("entry_id", sa.String(80), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("event_type", sa.String(64)),
        sa.Column("generation_id", sa.String(80)),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("app", sa.String(128)),
        sa.Column("key_id", sa.String(64)),
        sa.Column("user", sa.String(256)),
        sa.Column("recipient_hash", sa.String(64)),
        sa.Column("on_behalf_of", sa.String(256)),
        sa.Column("channel", sa.String(64)),
        sa.Column("campaign", sa.String(256)),
        sa.Column("endpoint", sa.String(32)),
        sa.Column("model", sa.String(128)),
        sa.Column("resolved_model", sa.String(128)),
        sa.Column("status", sa.String(32)),
        sa.Column("http_status", sa.Integer),
        sa.Column("stream", sa.Boolean),
        sa.Column("cost", sa.Float),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("leaf_hash", sa.LargeBinary(32), nullable=False),
    )
    for name, cols in [
        ("ix_audit_entries_kind_at", ["kind", "at"]),
        ("ix_audit_entries_generation_id", ["generation_id"]),
        ("ix_audit_entries_app_at", ["app", "at"]),
        ("ix_audit_entries_user_at", ["user", "at"]),
        ("ix_audit_entries_recipient_at", ["recipient_hash", "at"]),
        ("ix_audit_entries_obo_at", ["on_behalf_of", "at"]),
        ("ix_audit_entries_model_at", ["model", "at"]),
        ("ix_audit_entries_resolved_at", ["resolved_model", "at"]),
        ("ix_audit_entries_status_at", ["status", "at"]),
        ("ix_audit_entries_campaign_at", ["campaign", "at"]),
        ("ix_audit_entries_stats", ["kind", "day", "app", "status", "at", "cost"]),
    ]:
        op.create_index(name, "audit_entries", cols)
    op.create_table(
        "audit_findings",
        sa.Column("seq", sa.BigInteger, primary_key=True),
        sa.Column("category", sa.String(64), primary_key=True),
        sa.Column("action", sa.String(32)),
        sa.Column("at", sa.Float, nullable=False),
    )
    op.create_index("ix_audit_findings_category_at", "audit_findings", ["category", "at", "seq"])
    op.create_table(
        "audit_nodes",
        sa.Column("level", sa.SmallInteger, primary_key=True),
        sa.Column("idx", sa.BigInteger, primary_key=True),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
    )
    op.create_table(
        "audit_tree",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("frontier", sa.Text, nullable=False),
        sa.Column("root", sa.LargeBinary(32), nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tree_size", sa.BigInteger, nullable=False),
        sa.Column("root_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_index("ix_audit_checkpoints_tree_size", "audit_checkpoints", ["tree_size"])
    # The one row writers lock to append: size 0, empty frontier, root of the empty tree.
    op.execute(sa.text(
        "INSERT INTO audit_tree (id, size, frontier, root, updated_at) "
        "VALUES (1, 0, '[]', :root, 0)"
    ).bindparams(sa.bindparam("root", bytes.fromhex(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), sa.LargeBinary)))


def downgrade() -> None:
    for table in ("audit_checkpoints", "audit_tree", "audit_nodes", "audit_findings",
                  "audit_entries"):
        op.drop_table(table)
