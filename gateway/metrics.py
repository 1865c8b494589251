"""Prometheus metrics. With several workers each process serves its own registry unless
PROMETHEUS_MULTIPROC_DIR is set (``candor serve --workers N`` sets it), in which case
/metrics aggregates all workers."""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter(
    "candor_requests_total", "Requests by endpoint, app, model and status",
    ["endpoint", "app", "model", "status"],
)
LATENCY = Histogram(
    "candor_request_duration_seconds", "Request latency, until the last byte",
    ["endpoint", "app", "model"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
TTFT = Histogram(
    "candor_time_to_first_token_seconds", "Time to first streamed token",
    ["app", "model"], buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
UPSTREAM_ERRORS = Counter(
    "candor_upstream_errors_total", "Upstream failures by model and code", ["model", "code"],
)


def render() -> tuple[bytes, str]:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    from prometheus_client import REGISTRY

    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
