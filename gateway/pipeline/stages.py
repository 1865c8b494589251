"""The generation pipeline: ordered input stages, the upstream call, ordered output stages.

Input stages rewrite the upstream request in place (or raise a GatewayError to block it).
Output stages never see whole responses: they see *text channels* (a choice's content, one tool
call's arguments) through a ``TextTransform`` with ``feed`` and ``finish``. Streaming and
non-streaming share this path: a non-streamed answer is one ``feed`` and one ``finish``. A transform
may hold text back (a half placeholder, an unfinished sentence) and return it later; ``finish``
may append text (a disclosure, an invisible mark). Finally every stage's ``on_complete`` sees the
outcome, before the response is released (the audit record is written there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from gateway.context import Finding, GenerationContext

ChannelKind = Literal["content", "tool_arguments"]


@dataclass(frozen=True)
class Channel:
    choice: int = 0
    kind: ChannelKind = "content"
    tool_index: int | None = None


class TextTransform(Protocol):
    async def feed(self, text: str) -> str: ...

    async def finish(self) -> str: ...


class ContentFiltered(Exception):
    """Raised by a transform to stop a choice: it ends with ``finish_reason="content_filter"``."""

    def __init__(self, findings: list[Finding], replacement: str = "") -> None:
        super().__init__(", ".join(f.rule_id or f.category for f in findings))
        self.findings = findings
        self.replacement = replacement


@dataclass
class Outcome:
    """What happened, for the on_complete hooks (audit, metrics)."""

    status: Literal["ok", "blocked", "upstream_error", "aborted", "error"]
    http_status: int = 200
    error: dict[str, Any] | None = None
    finish_reasons: list[str | None] = field(default_factory=list)
    usage: dict[str, Any] | None = None
    output: dict[Channel, str] = field(default_factory=dict)  # delivered text per channel
    response: dict[str, Any] | None = None  # the final non-stream body, if any


@runtime_checkable
class InputStage(Protocol):
    name: str

    async def on_request(self, ctx: GenerationContext, request: dict[str, Any]) -> None: ...


@runtime_checkable
class OutputStage(Protocol):
    name: str

    def open(self, ctx: GenerationContext, channel: Channel) -> TextTransform | None: ...


@runtime_checkable
class CompletionHook(Protocol):
    name: str

    async def on_complete(self, ctx: GenerationContext, outcome: Outcome) -> None: ...


class OutputSession:
    """The output transforms of one response, one chain per channel, opened lazily."""

    def __init__(self, ctx: GenerationContext, stages: list[OutputStage]) -> None:
        self.ctx = ctx
        self._stages = stages
        self._chains: dict[Channel, list[TextTransform]] = {}
        self.delivered: dict[Channel, list[str]] = {}
        self.filtered: dict[int, ContentFiltered] = {}

    def _chain(self, channel: Channel) -> list[TextTransform]:
        chain = self._chains.get(channel)
        if chain is None:
            chain = [t for s in self._stages if (t := s.open(self.ctx, channel)) is not None]
            self._chains[channel] = chain
            self.delivered[channel] = []
        return chain

    async def feed(self, channel: Channel, text: str) -> str:
        if channel.choice in self.filtered:
            return ""
        chain = self._chain(channel)
        try:
            for transform in chain:
                if not text:
                    break
                text = await transform.feed(text)
        except ContentFiltered as exc:
            self.filtered[channel.choice] = exc
            return ""
        if text:
            self.delivered[channel].append(text)
        return text

    async def finish(self, channel: Channel) -> str:
        """Flush a channel: each transform's held-back text flows through the ones after it."""
        if channel.choice in self.filtered:
            return ""
        chain = self._chain(channel)
        out = ""
        try:
            for transform in chain:
                if out:
                    out = await transform.feed(out)
                out += await transform.finish()
        except ContentFiltered as exc:
            self.filtered[channel.choice] = exc
            return ""
        if out:
            self.delivered[channel].append(out)
        return out

    async def transform_whole(self, channel: Channel, text: str) -> str:
        head = await self.feed(channel, text)
        return head + await self.finish(channel)

    def output(self) -> dict[Channel, str]:
        return {ch: "".join(parts) for ch, parts in self.delivered.items()}


class Pipeline:
    def __init__(
        self,
        input_stages: list[InputStage] | None = None,
        output_stages: list[OutputStage] | None = None,
        hooks: list[CompletionHook] | None = None,
    ) -> None:
        self.input_stages = list(input_stages or [])
        self.output_stages = list(output_stages or [])
        self.hooks = list(hooks or [])

    async def run_input(self, ctx: GenerationContext, request: dict[str, Any]) -> None:
        for stage in self.input_stages:
            await stage.on_request(ctx, request)

    def open_output(self, ctx: GenerationContext) -> OutputSession:
        return OutputSession(ctx, self.output_stages)

    async def complete(self, ctx: GenerationContext, outcome: Outcome) -> None:
        for hook in self.hooks:
            await hook.on_complete(ctx, outcome)
