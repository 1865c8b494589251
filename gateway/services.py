"""What a worker process holds: settings, model catalogue, keys, the pipeline and its generator."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from gateway.audit.service import AuditLog
from gateway.generation import Generator
from gateway.keys import KeyStore
from gateway.marking.service import MarkingService
from gateway.models_config import ModelCatalog, load_models
from gateway.pipeline import Pipeline
from gateway.pii.stage import PIIService
from gateway.pipeline.build import build_pipeline
from gateway.policy.registry import PolicyRegistry
from gateway.settings import Settings
from gateway.upstream.client import Upstream


@dataclass
class Services:
    settings: Settings
    catalog: ModelCatalog
    keys: KeyStore
    pipeline: Pipeline
    generator: Generator
    startup: list[Callable[[], Awaitable[Any]]] = field(default_factory=list)
    shutdown: list[Callable[[], Awaitable[Any]]] = field(default_factory=list)
    marking: MarkingService | None = None
    policies: PolicyRegistry | None = None
    pii: PIIService | None = None
    audit: AuditLog | None = None


def build_services(settings: Settings) -> Services:
    catalog = load_models(settings.models_file)
    keys = KeyStore(settings.resolved_keys_file)
    services = Services(settings, catalog, keys, Pipeline(), Generator(Pipeline(), Upstream(catalog)))
    # Each feature can be switched off (e.g. to measure the pass-through core in bench/).
    if settings.marking_enabled:
        services.marking = MarkingService.from_settings(settings)
    if settings.policies_enabled:
        from gateway.policy.service import attach as attach_policies

        attach_policies(services)
    if settings.pii_enabled:
        services.pii = PIIService(cache_size=settings.pii_cache_size,
                                  processes=settings.pii_processes)
        services.startup.append(services.pii.start)
        services.shutdown.append(services.pii.stop)
    if settings.audit_enabled:
        services.audit = AuditLog(settings, catalog)
        services.startup.append(services.audit.start)
        services.shutdown.append(services.audit.stop)
    pipeline = build_pipeline(services)
    services.pipeline = pipeline
    upstream = Upstream(catalog, settings.upstream_direct_openai)
    services.generator = Generator(pipeline, upstream, settings.stream_first_chunk_timeout)
    services.startup.append(_warm_up)
    services.shutdown.append(upstream.aclose)
    return services


async def _warm_up() -> None:
    """litellm initialises a lot lazily on its first call (~200 ms); pay that at start-up,
    not on the first client's request. The offline echo provider makes it free of network."""
    import litellm

    await litellm.acompletion(model="candor/echo", messages=[{"role": "user", "content": "."}])
