"""The generation pipeline: stages that make one *run* per request, and the sinks that record it.

Modelled on Envoy's per-stream filters: a ``Stage`` is built once per worker with the services
it needs; for each request its ``start(ctx)`` makes a ``Run`` (or ``None`` when it has nothing to
do for that request). The run holds that request's state as typed attributes and has up to four
hooks:

- ``on_request(request)``: rewrite the upstream request in place, or raise a GatewayError (block);
- ``open(channel)``: a ``TextTransform`` for one output channel (a choice's content, one tool
  call's arguments): ``feed(text) -> releasable text`` and ``finish() -> held text + additions``.
  Streaming and non-streaming share it: a whole answer is one ``feed`` and one ``finish``;
- ``on_complete(outcome)``: settle what the run owns (give back a frequency slot, index a
  fingerprint) once the outcome is known;
- ``record()``: the run's contribution to the audit record, as top-level keys it owns.

Runs see the request in stage order and the answer in reverse order (Envoy's decoder and encoder
chains): with stages ``[..., marking, pii, policy]`` the input goes through PII before the policy
checks (which then see placeholders only) and the output through the checks, then PII restore,
then the disclosure and mark. ``Sink``s (log line, audit record) come last and get the assembled
``Report``: every feature's state reaches the log because the record is built from the runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Protocol, Sequence

from gateway import otel
from gateway.context import Finding, GenerationContext
from gateway.text import TextBuffer

ChannelKind = Literal["content", "tool_arguments"]

# Keys of the audit record the generation core writes itself (gateway/audit/record.py); a run
# may not claim them.
CORE_RECORD_KEYS = frozenset({
    "v", "kind", "generation_id", "request_id", "ts", "received_at", "first_token_at",
    "completed_at", "latency_ms", "app", "key_id", "user", "recipient_hash", "on_behalf_of",
    "consent", "channel", "campaign", "endpoint", "stream", "model", "resolved_model", "provider",
    "upstream_model", "prompt", "output", "finish_reasons", "usage", "cost_usd", "status",
    "http_status", "error", "findings", "actions",
})


@dataclass(frozen=True)
class Channel:
    choice: int = 0
    kind: ChannelKind = "content"
    tool_index: int | None = None


class TextTransform(Protocol):
    async def feed(self, text: str) -> str: ...

    async def finish(self) -> str: ...


class LocalReply(Exception):
    """Raised by a run's ``on_request`` to answer without calling the upstream (Envoy's local
    reply): e.g. a frustrated customer is handed to a person with the policy's fixed text. The
    answer is not AI-generated and is recorded as what it is."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(reason)
        self.text = text
        self.reason = reason


class ContentFiltered(Exception):
    """Raised by a transform to stop a choice: it ends with ``finish_reason="content_filter"``."""

    def __init__(self, findings: list[Finding], replacement: str = "") -> None:
        super().__init__(", ".join(f.rule_id or f.category for f in findings))
        self.findings = findings
        self.replacement = replacement


@dataclass
class Outcome:
    """What happened, for the runs' ``on_complete`` and the sinks (audit, metrics)."""

    # held: a person reviews the answer before it goes out (gateway/review)
    status: Literal["ok", "held", "blocked", "upstream_error", "aborted", "error"]
    http_status: int = 200
    error: dict[str, Any] | None = None
    finish_reasons: list[str | None] = field(default_factory=list)
    usage: dict[str, Any] | None = None
    output: dict[Channel, str] = field(default_factory=dict)  # delivered text per channel
    response: dict[str, Any] | None = None  # the final non-stream body, if any
    local_reply: str | None = None  # why the gateway answered itself (no upstream call)

    @property
    def delivered(self) -> bool:
        """Did any model text reach the client (what counts against a contact-frequency cap)?"""
        return self.status == "ok" and (
            not self.finish_reasons or any(r != "content_filter" for r in self.finish_reasons))


class Run:
    """One stage's work on one request. Override the hooks the stage needs."""

    async def on_request(self, request: dict[str, Any]) -> None:
        return None

    def open(self, channel: Channel) -> TextTransform | None:
        return None

    async def on_complete(self, outcome: Outcome) -> None:
        return None

    def record(self) -> Mapping[str, Any]:
        """Top-level keys this run adds to the audit record (JSON-able values)."""
        return {}

    def for_storage(self, text: str) -> str:
        """Delivered text as logs and the audit store may keep it (PII: placeholders again)."""
        return text


class Stage(Protocol):
    name: str

    def start(self, ctx: GenerationContext) -> Run | None: ...


@dataclass
class Report:
    """Everything a sink may keep about one generation."""

    ctx: GenerationContext
    outcome: Outcome
    sections: dict[str, Any]  # the runs' record contributions
    stored_output: dict[Channel, str]  # delivered text, as it may be stored


class Sink(Protocol):
    name: str

    async def stream_opened(self, ctx: GenerationContext) -> None:
        """A stream is about to send its first byte (the audit sink makes that durable)."""
        ...

    async def write(self, report: Report) -> None: ...


class OutputSession:
    """The output transforms of one response, one chain per channel, opened lazily."""

    def __init__(self, runs: Sequence[Run]) -> None:
        self._runs = runs
        self._chains: dict[Channel, list[TextTransform]] = {}
        self.delivered: dict[Channel, TextBuffer] = {}
        self.filtered: dict[int, ContentFiltered] = {}

    def _chain(self, channel: Channel) -> list[TextTransform]:
        chain = self._chains.get(channel)
        if chain is None:
            chain = [t for r in self._runs if (t := r.open(channel)) is not None]
            self._chains[channel] = chain
            self.delivered[channel] = TextBuffer()
        return chain

    async def feed(self, channel: Channel, text: str) -> str:
        if channel.choice in self.filtered:
            return ""
        chain = self._chain(channel)
        for i, transform in enumerate(chain):
            if not text:
                break
            try:
                text = await transform.feed(text)
            except ContentFiltered as exc:
                self.filtered[channel.choice] = exc
                # what the stopping transform had already passed on was checked and let
                # through: the transforms after it still hold its tail (a word the PII scan
                # waits on, trailing space): it ends here, so it is flushed, not dropped
                text = await _drain(chain[i + 1:])
                break
        if text:
            self.delivered[channel].append(text)
        return text

    async def finish(self, channel: Channel) -> str:
        """Flush a channel: each transform's held-back text flows through the ones after it."""
        if channel.choice in self.filtered:
            return ""
        chain = self._chain(channel)
        out = ""
        for i, transform in enumerate(chain):
            try:
                if out:
                    out = await transform.feed(out)
                out += await transform.finish()
            except ContentFiltered as exc:
                # as in feed: what it passed on before stopping is still held after it
                self.filtered[channel.choice] = exc
                out = await _drain(chain[i + 1:])
                break
        if out:
            self.delivered[channel].append(out)
        return out

    async def transform_whole(self, channel: Channel, text: str) -> str:
        head = await self.feed(channel, text)
        return head + await self.finish(channel)

    def output(self) -> dict[Channel, str]:
        return {ch: buf.text() for ch, buf in self.delivered.items()}

    def delivered_chars(self) -> int:
        return sum(buf.size for buf in self.delivered.values())


async def _drain(chain: Sequence[TextTransform]) -> str:
    """End a chain: each transform's held-back text flows through the ones after it."""
    out = ""
    for transform in chain:
        if out:
            out = await transform.feed(out)
        out += await transform.finish()
    return out


class Flow:
    """One request's runs, in stage order. Made by ``Pipeline.start``."""

    def __init__(self, ctx: GenerationContext, stages: Sequence[Stage],
                 sinks: Sequence[Sink]) -> None:
        self.ctx = ctx
        self._stages = stages
        self._sinks = sinks
        self.runs: list[tuple[str, Run]] = []
        self._started = False

    def start(self) -> None:
        """Start every stage's run. A stage that refuses (raises) leaves the runs started before
        it in place, so the refusal is still completed and recorded."""
        if self._started:
            return
        self._started = True
        for stage in self._stages:
            run = stage.start(self.ctx)
            if run is not None:
                self.runs.append((stage.name, run))

    async def run_input(self, request: dict[str, Any]) -> None:
        self.start()
        for name, run in self.runs:
            with otel.span(f"stage {name}", {"candor.stage": name, "candor.hook": "on_request"}):
                await run.on_request(request)

    def open_output(self) -> OutputSession:
        return OutputSession([run for _name, run in reversed(self.runs)])

    def report(self, outcome: Outcome) -> Report:
        sections: dict[str, Any] = {}
        for name, run in self.runs:
            for key, value in run.record().items():
                if key in CORE_RECORD_KEYS or key in sections:
                    raise RuntimeError(f"stage {name!r} claims audit record key {key!r} twice")
                sections[key] = value
        stored: dict[Channel, str] = {}
        for channel, text in outcome.output.items():
            for _name, run in self.runs:
                text = run.for_storage(text)
            stored[channel] = text
        return Report(self.ctx, outcome, sections, stored)

    async def stream_opened(self) -> None:
        for sink in self._sinks:
            with otel.span(f"sink {sink.name}", {"candor.sink": sink.name,
                                                 "candor.hook": "stream_opened"}):
                await sink.stream_opened(self.ctx)

    async def complete(self, outcome: Outcome) -> None:
        for name, run in reversed(self.runs):
            with otel.span(f"stage {name}", {"candor.stage": name, "candor.hook": "on_complete"}):
                await run.on_complete(outcome)
        report = self.report(outcome)
        for sink in self._sinks:
            with otel.span(f"sink {sink.name}", {"candor.sink": sink.name, "candor.hook": "write",
                                                 "candor.generation_id": self.ctx.generation_id}):
                await sink.write(report)


class Pipeline:
    """The worker's stages (in request order) and sinks (log line first, audit record last)."""

    def __init__(self, stages: Sequence[Stage] = (), sinks: Sequence[Sink] = ()) -> None:
        self.stages = list(stages)
        self.sinks = list(sinks)
        names = [s.name for s in self.stages]
        if len(names) != len(set(names)):
            raise ValueError(f"stage names must be unique: {names}")

    def start(self, ctx: GenerationContext) -> Flow:
        return Flow(ctx, self.stages, self.sinks)
