"""The tamper-evident audit log: one record per generation, durable before the response.

store.py (SQLAlchemy: SQLite / PostgreSQL), writer.py (group commit, spool), merkle.py + note.py
(RFC 9162 tree, C2SP signed checkpoints), verify.py (whole-store check), verify_offline.py
(one record, public key only), hook.py (the pipeline hook), service.py (AuditLog).
"""
