"""Human review of held generations: the queue, its store, delivery and webhooks.

A policy's ``review`` action holds a generation (gateway/policy/stages.py); the review sink
(``sink.py``) keeps its pseudonymised draft in the queue (``queue.py``); reviewers decide
through /v1/reviews (gateway/api/review_routes.py); the app polls or gets a signed webhook
(``webhook.py``); ``deliver.py`` restores and marks the approved text like any generation.
"""

from gateway.review.model import (
    DECISIONS,
    STATUSES,
    ReviewConflict,
    ReviewForbidden,
    ReviewItem,
    ReviewNotFound,
)

__all__ = ["DECISIONS", "STATUSES", "ReviewConflict", "ReviewForbidden", "ReviewItem",
           "ReviewNotFound"]
