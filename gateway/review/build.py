"""The review queue of one worker, from the settings (used by the composition root)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from gateway.review.deliver import Delivery
from gateway.review.queue import ReviewQueue
from gateway.review.sealing import Sealer
from gateway.review.store import ReviewStore
from gateway.review.webhook import Notifier
from gateway.secrets import load_or_create_secret
from gateway.settings import Settings

if TYPE_CHECKING:
    from gateway.audit.service import AuditLog
    from gateway.marking.stage import MarkingStage
    from gateway.models_config import ModelCatalog
    from gateway.policy.registry import PolicyRegistry


def review_store_url(settings: Settings) -> str:
    """The audit log's PostgreSQL database when it has one (replicas share it), else
    ``<data_dir>/review.db`` (its own SQLite file: reviewers never wait on the audit log's
    write lock)."""
    if settings.audit_url and make_url(settings.audit_url).get_backend_name() == "postgresql":
        return settings.audit_url
    return f"sqlite+aiosqlite:///{settings.data_dir.resolve() / 'review.db'}"


def build_queue(settings: Settings, audit: AuditLog | None, marking: MarkingStage | None,
                policies: PolicyRegistry | None, catalog: ModelCatalog) -> ReviewQueue:
    store = ReviewStore(review_store_url(settings), settings.audit_schema)
    secret = (settings.review_webhook_secret.encode() if settings.review_webhook_secret else
              load_or_create_secret(settings.data_dir / "review-webhook.secret"))
    notifier = Notifier(store, secret, settings.review_webhook_attempts,
                        settings.review_webhook_backoff)
    return ReviewQueue(store, Sealer(settings.data_dir / "review-vault.key"), audit,
                       Delivery(marking, policies, catalog), notifier,
                       settings.review_redelivery_window)
