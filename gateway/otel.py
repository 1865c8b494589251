"""Optional OpenTelemetry traces over OTLP/HTTP (the ``otel`` extra); off unless
``otel_endpoint`` is set.

Spans: one per HTTP request (``TraceMiddleware``), one per stage hook and sink of a generation
(``Flow`` in gateway/pipeline/stages.py) and one per upstream attempt (gateway/upstream/
client.py). Attributes are operational facts only: methods, paths, status codes, stage, hook,
model alias and provider model, generation id, error *types* and codes. Never a prompt, an
answer, a user, a recipient or an exception message (a provider's error may quote the prompt);
``span`` drops any attribute that is not a plain scalar, and callers pass no free text.

Without the packages, or with the setting unset, ``span`` is a shared no-op context manager:
the gateway pays one function call per hook.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

import structlog

log = structlog.get_logger("candor.otel")

Scalar = str | int | float | bool

_tracer: Any = None  # an opentelemetry Tracer once configured
_provider: Any = None
_NOOP = contextlib.nullcontext()


def enabled() -> bool:
    return _tracer is not None


def configure(endpoint: str, service_name: str = "candor",
              schedule_delay_ms: int = 1000) -> bool:
    """Export spans to ``endpoint`` (an OTLP/HTTP collector base URL, e.g.
    ``http://collector:4318``). False (and a warning) when the packages are not installed."""
    global _tracer, _provider
    try:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:
        log.warning("otel_unavailable", hint="pip install 'candor[otel]'; traces stay off")
        return False
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    exporter = OTLPSpanExporter(endpoint=endpoint.rstrip("/") + "/v1/traces", timeout=5)
    provider.add_span_processor(BatchSpanProcessor(exporter,
                                                   schedule_delay_millis=schedule_delay_ms))
    # a provider of our own, not the global one: a library that also traces cannot redirect
    # or double our spans
    _provider = provider
    _tracer = provider.get_tracer("candor")
    log.info("otel_enabled", endpoint=endpoint)
    return True


async def shutdown() -> None:
    """Flush what is queued (at worker stop)."""
    global _tracer, _provider
    if _provider is not None:
        _provider.shutdown()
    _tracer = _provider = None


def _clean(attributes: Mapping[str, Any] | None) -> dict[str, Scalar]:
    return {k: v for k, v in (attributes or {}).items()
            if v is not None and isinstance(v, (str, int, float, bool))}


@contextlib.contextmanager
def _span(name: str, attributes: Mapping[str, Any] | None, server: bool) -> Iterator[Any]:
    from opentelemetry.trace import SpanKind, Status, StatusCode

    kind = SpanKind.SERVER if server else SpanKind.INTERNAL
    with _tracer.start_as_current_span(name, kind=kind, attributes=_clean(attributes),
                                       record_exception=False,
                                       set_status_on_exception=False) as current:
        try:
            yield current
        except BaseException as exc:
            # the type and the gateway's error code, never the message
            current.set_status(Status(StatusCode.ERROR, type(exc).__name__))
            current.set_attribute("error.type", type(exc).__name__)
            code = getattr(exc, "code", None)
            if isinstance(code, str):
                current.set_attribute("candor.error.code", code)
            raise


def span(name: str, attributes: Mapping[str, Any] | None = None,
         server: bool = False) -> contextlib.AbstractContextManager[Any]:
    """A span named ``name`` around a block (a no-op when tracing is off)."""
    if _tracer is None:
        return _NOOP
    return _span(name, attributes, server)


def set_attributes(current: Any, attributes: Mapping[str, Any]) -> None:
    if current is not None:
        for key, value in _clean(attributes).items():
            current.set_attribute(key, value)


class TraceMiddleware:
    """ASGI: a server span per HTTP request (method, path without the query string, status,
    the generation id the response names)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or _tracer is None:
            await self.app(scope, receive, send)
            return
        method, path = scope.get("method", ""), scope.get("path", "")
        with span(f"{method} {path}", {"http.request.method": method, "url.path": path},
                  server=True) as current:
            async def traced_send(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    attrs: dict[str, Any] = {"http.response.status_code": message["status"]}
                    for name, value in message.get("headers") or []:
                        if name.lower() == b"x-candor-generation-id":
                            attrs["candor.generation_id"] = value.decode("latin-1")
                    set_attributes(current, attrs)
                await send(message)

            await self.app(scope, receive, traced_send)
