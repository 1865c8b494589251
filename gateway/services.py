"""The composition root: what a worker process holds, built in dependency order.

Each service is made once, from the settings, and handed to the stages that need it; no stage
looks another service up. The upstream comes first (the policy's reviser re-asks it), then the
feature services, then the pipeline in request order:

    limits -> policy_bind -> user_id -> marking -> pii -> policy     (answers run the other way)

and the sinks: the log line, then the audit record (last: it records what every run decided).
"""

from __future__ import annotations

import asyncio

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from gateway import otel
from gateway.audit.hook import AuditSink
from gateway.audit.recipients import load_or_create_salt
from gateway.audit.retention import retention_loop
from gateway.audit.service import AuditLog
from gateway.audit.witness_http import Target, WitnessPublisher
from gateway.checks.registry import build_checks
from gateway.generation import Generator
from gateway.keys import KeyBackend
from gateway.keys_db import build_key_store
from gateway.limits.counters import LocalCounters, RedisCounters
from gateway.limits.limiter import Limiter
from gateway.limits.stage import LimitsStage
from gateway.marking.service import MarkingService
from gateway.marking.stage import MarkingStage
from gateway.models_config import ModelCatalog, ModelsWatch, load_models
from gateway.pii.config import PIIConfig
from gateway.pii.stage import PIIService, PIIStage
from gateway.pipeline.identity import UserIdStage
from gateway.pipeline.observe import ObserveSink
from gateway.pipeline.stages import Pipeline, Sink, Stage
from gateway.policy.registry import PolicyRegistry
from gateway.policy.service import PolicyWatch
from gateway.policy.stages import PolicyBindStage, PolicyStage, UpstreamReviser
from gateway.review.build import build_queue
from gateway.review.queue import ReviewQueue
from gateway.review.sink import ReviewSink
from gateway.review.sweep import expiry_sweep
from gateway.settings import Settings
from gateway.upstream.client import Upstream

Hook = Callable[[], Awaitable[Any]]


@dataclass
class Services:
    settings: Settings
    catalog: ModelCatalog
    keys: KeyBackend
    upstream: Upstream
    pipeline: Pipeline
    generator: Generator
    marking: MarkingService | None = None
    policies: PolicyRegistry | None = None
    pii: PIIService | None = None
    audit: AuditLog | None = None
    reviews: ReviewQueue | None = None  # held generations (gateway/review)
    limiter: Limiter | None = None
    startup: list[Hook] = field(default_factory=list)
    shutdown: list[Hook] = field(default_factory=list)


def build_services(settings: Settings) -> Services:
    catalog = load_models(settings.models_file)
    keys = build_key_store(settings.keys_url, settings.resolved_keys_file, settings.keys_schema,
                           settings.keys_refresh_interval)
    # a whole answer's JSON: the text (escaped, maybe in tool arguments too) and its framing
    upstream = Upstream(catalog, settings.upstream_direct_openai,
                        4 * settings.max_output_chars + (1 << 20))
    models_watch = ModelsWatch(catalog, settings.policy_poll_interval)  # edits apply live
    startup: list[Hook] = [keys.start, models_watch.start]
    shutdown: list[Hook] = [upstream.aclose, models_watch.stop, keys.stop]
    if settings.otel_endpoint and otel.configure(settings.otel_endpoint,
                                                 settings.otel_service_name):
        shutdown.append(otel.shutdown)

    # Each feature can be switched off (e.g. to measure the pass-through core in bench/).
    policies = None
    if settings.policies_enabled:
        policies = PolicyRegistry(settings.policies_dir, settings.data_dir, build_checks(settings))
        watch = PolicyWatch(policies, settings.policy_poll_interval)
        startup.append(watch.start)
        shutdown.append(watch.stop)
    marking = MarkingService.from_settings(settings) if settings.marking_enabled else None
    pii = None
    if settings.pii_enabled:
        pii = PIIService(cache_size=settings.pii_cache_size, processes=settings.pii_processes)
        startup.append(pii.start)
        shutdown.append(pii.stop)
    audit = None
    if settings.audit_enabled:
        audit = AuditLog(settings, catalog)
        startup.append(audit.start)
        shutdown.append(audit.stop)
        if settings.audit_witnesses:
            publisher = WitnessPublisher(audit, [
                Target(t.name, t.url, t.public_key, t.dir) for t in settings.audit_witnesses],
                settings.audit_witness_interval)

            startup.append(publisher.start)
            shutdown.append(publisher.stop)
        if settings.audit_retention_days is not None:
            retention = retention_loop(audit, settings.audit_retention_days)
            startup.append(retention.start)
            shutdown.append(retention.stop)  # stops before the log (shutdown runs reversed)

    limiter = None
    if settings.limits.enabled:
        limits = settings.limits
        limiter = Limiter(limits, RedisCounters(settings.redis_url, limits.redis_prefix)
                          if limits.backend == "redis" else LocalCounters())
        shutdown.append(limiter.aclose)

    stages: list[Stage] = []
    if limiter is not None:  # first: a refused request costs no other stage's work
        stages.append(LimitsStage(limiter))
    if policies is not None:  # first: later stages read their sections of the pinned policy
        stages.append(PolicyBindStage(policies))
    stages.append(UserIdStage(load_or_create_salt(settings.data_dir / "recipient.salt",
                                                  settings.audit_recipient_salt)))
    marking_stage = None
    if marking is not None:
        marking_stage = MarkingStage(marking, marking.index())
        stages.append(marking_stage)
    if pii is not None:  # before the checks on the way in (they see placeholders only)...
        forced = PIIConfig.model_validate(settings.pii_config) if settings.pii_config else None
        stages.append(PIIStage(pii, forced))
    if policies is not None:  # ...and the checks first on the way out
        # the review action holds answers only where a queue takes them (it needs the audit log)
        holds = audit is not None and settings.review_enabled
        stages.append(PolicyStage(UpstreamReviser(upstream), holds))
    sinks: list[Sink] = [ObserveSink(settings.log_prompts)]
    if audit is not None:
        sinks.append(AuditSink(audit))
    reviews = None
    if audit is not None and settings.review_enabled:  # after the record: no item without it
        reviews = build_queue(settings, audit, marking_stage, policies, catalog)
        sweep = expiry_sweep(reviews, settings.review_sweep_interval)
        startup += [reviews.start, sweep.start]
        shutdown += [reviews.stop, sweep.stop]  # run in reverse: sweep, queue, then the audit log
        sinks.append(ReviewSink(reviews, settings.review_webhook_url))
    pipeline = Pipeline(stages, sinks)

    startup.append(_warm_up)
    return Services(settings, catalog, keys, upstream, pipeline,
                    Generator(pipeline, upstream, settings.stream_first_chunk_timeout,
                              settings.max_output_chars),
                    marking=marking, policies=policies, pii=pii, audit=audit, reviews=reviews,
                    limiter=limiter,
                    startup=startup, shutdown=shutdown)


async def _warm_up() -> None:
    """litellm initialises a lot lazily on its first call (~200 ms); pay that at start-up,
    not on the first client's request. The offline echo provider makes it free of network."""
    import litellm

    await litellm.acompletion(model="candor/echo", messages=[{"role": "user", "content": "."}])
    # the manipulation check's classifiers load on first use: pay that here too
    from gateway.checks.manipulation import warm

    await asyncio.to_thread(warm)
