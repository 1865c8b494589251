"""The marking stage: headers on every response, a visible disclosure and an invisible mark on
every text answer, a fingerprint for the audit record.

``MarkingStage.start(ctx)`` makes a ``MarkingRun`` with three roles:

- input: sets ``X-AI-Generated``, the ``Link`` to the verifier and ``X-Candor-Mark`` on
  ``ctx.response_headers`` before the upstream call, so a stream's headers carry them too;
- output (last in the chain): a transform per content channel that passes text through as it
  streams, holding back only trailing whitespace (and invisible selectors, so that a mark copied
  from the prompt can be removed whole), and at ``finish`` appends the disclosure and the mark.
  The mark therefore rides in the last content chunk before ``finish_reason``, and a streamed
  answer is byte-identical to the non-streamed one;
- completion: stores the fingerprints in the fingerprint index that verification searches;
- record: ``mark`` (mark id, mode, fingerprint, text hash of the first choice).

Tool-call arguments, ``response_format`` JSON, and content that is itself a JSON document (or
JSON lines) get no inline mark or disclosure: they would break the parser on the other side.
They are still fingerprinted and recorded.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

import anyio
import structlog

from gateway.context import GenerationContext
from gateway.marking import fingerprint as fpmod
from gateway.marking import lang
from gateway.marking.config import DEFAULT_MARKING, Disclosure, MarkingConfig, resolve_disclosure
from gateway.marking.fingerprint import FingerprintIndex
from gateway.marking.mark import can_mark, insert_mark, make_mark, normalise
from gateway.marking.service import MarkingService
from gateway.pipeline.stages import Channel, Outcome, Run
from gateway.text import TextBuffer

log = structlog.get_logger("candor.marking")

VERIFY_PATH = "/v1/provenance/verify"
LINK_HEADER = f'<{VERIFY_PATH}>; rel="ai-provenance"'

# Held at the end of each chunk: whitespace (the mark goes before it) and selectors (a run may
# continue in the next chunk). Runs of 16+ selectors are never text: they are marks, C2PA
# wrappers or smuggled data copied from the prompt, and are removed from the answer.
_TAIL = re.compile("[\\s\uFE00-\uFE0F\U000E0100-\U000E01EF\uFEFF]+$")
_FOREIGN_MARK = re.compile("\uFEFF?[\uFE00-\uFE0F\U000E0100-\U000E01EF]{16,}")


def is_structured(text: str) -> bool:
    """A JSON document or JSON lines: parsers downstream must get it byte for byte."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[":
        return False
    try:
        json.loads(stripped)
        return True
    except ValueError:
        pass
    lines = [line for line in stripped.splitlines() if line.strip()]
    try:
        return len(lines) > 1 and all(isinstance(json.loads(line), (dict, list)) for line in lines)
    except ValueError:
        return False


def _last_user_text(request: dict[str, Any]) -> str:
    for message in reversed(request.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


class MarkingTransform:
    def __init__(self, run: "MarkingRun", channel: Channel, cfg: MarkingConfig,
                 passthrough: bool) -> None:
        self.run = run
        self.ctx = ctx = run.ctx
        self.channel = channel
        self.mode = cfg.invisible if can_mark(ctx.generation_id) else "none"
        self.passthrough = passthrough
        self.disclosure: Disclosure | None = None
        if not passthrough:
            self.disclosure = resolve_disclosure(cfg, ctx.channel, ctx.human_approved)
        # the model's text this transform released; what the client got is the start
        # disclosure (``prefix``) followed by it, until ``finish`` adds the rest
        self.body = TextBuffer()
        self.held = ""
        self.started = False
        self.prefix = ""

    def _release(self, text: str, body: bool = True) -> str:
        if body:
            self.body.append(text)
        return text

    def _start_disclosure(self, first: str) -> str:
        """Placement start: the disclosure goes before the first visible character, unless the
        answer opens like JSON (then it is decided at the end, identically for streams)."""
        d = self.disclosure
        if d is None or d.placement != "start" or first in "{[":
            return ""
        language = d.language if d.language != "auto" else self.run.language
        self.prefix = d.text_for(language) + d.separator
        return self._release(self.prefix, body=False)

    async def feed(self, text: str) -> str:
        if self.passthrough:
            return self._release(text)
        text = self.held + text
        if not self.started:
            stripped = text.lstrip()
            if not stripped:
                self.held = text
                return ""
            self.started = True
            head = self._start_disclosure(stripped[0])
            if head:
                text = stripped
        else:
            head = ""
        tail = _TAIL.search(text)
        cut = tail.start() if tail else len(text)
        self.held = text[cut:]
        out = _FOREIGN_MARK.sub("", text[:cut])
        if self.mode == "c2pa":  # the C2PA binding is over NFC text: release NFC
            out = self._nfc(out)
        return head + self._release(out)

    def _nfc(self, text: str) -> str:
        # Keep the last starter and its combining marks back: the next chunk may continue it
        # (an "e" now, its U+0301 in the next chunk).
        i = len(text)
        while i > 0 and unicodedata.combining(text[i - 1]):
            i -= 1
        i = max(i - 1, 0)
        self.held = text[i:] + self.held
        head = text[:i]
        return head if head.isascii() else unicodedata.normalize("NFC", head)

    async def finish(self) -> str:
        held = _FOREIGN_MARK.sub("", self.held)
        self.held = ""
        if self.passthrough:
            self._record("none", "structured_output", None)
            return ""
        if self.mode == "c2pa":
            held = unicodedata.normalize("NFC", held)
        core = held.rstrip()
        trailing = held[len(core):]
        released = self.body.text()
        body_text = released + core
        structured = is_structured(body_text)
        # nothing was said (an empty answer, or one a policy stopped before any of it left):
        # there is nothing to label
        d = None if structured or not body_text.strip() else self.disclosure
        out = core
        if d is not None and (d.placement == "end" or (d.placement == "start" and not self.prefix)):
            language = d.language if d.language != "auto" else lang.detect(body_text)
            out = core + d.separator + d.text_for(language)
            trailing = ""
        visible = self.prefix + released + out
        if structured or not body_text.strip():
            self._record("none", "structured_output" if structured else "empty", None,
                         body_text, visible)
            return self._release(out + trailing, body=False)
        mode = self.mode
        mark_id: str | None = None
        reason: str | None = None
        try:
            if mode == "compact":
                mark = make_mark(self.run.service.key, self.ctx.generation_id, visible)
                mark_id = mark.mark_id
                out = insert_mark(out + trailing, mark)
            elif mode == "c2pa":
                visible += trailing
                wrapper = self.run.service.c2pa().wrapper(visible, self.ctx.generation_id)
                mark_id = hashlib.sha256(wrapper.encode()).hexdigest()[:16]
                out = out + trailing + wrapper
            else:
                out = out + trailing
        except Exception:  # noqa: BLE001 - never lose an answer over its mark; record why
            log.exception("marking_failed", generation_id=self.ctx.generation_id, mode=mode)
            mode, mark_id, out, reason = "none", None, out + trailing, "failed"
        self._record(mode, reason, mark_id, body_text, visible)
        return self._release(out, body=False)

    def _record(self, mode: str, reason: str | None, mark_id: str | None,
                body_text: str | None = None, visible: str | None = None) -> None:
        body_text = self.body.text() if body_text is None else body_text
        visible = self.prefix + body_text if visible is None else visible
        info: dict[str, Any] = {
            "mark_id": mark_id, "mode": mode,
            "fingerprint": fpmod.to_hex(fpmod.simhash(body_text)),
            "text_sha256": hashlib.sha256(normalise(visible).encode()).hexdigest(),
        }
        if reason:
            info["reason"] = reason
        run = self.run
        run.marks[self.channel.choice] = info
        if self.channel.choice == min(run.marks):
            run.mark = dict(info)


class MarkingStage:
    name = "marking"

    def __init__(self, service: MarkingService, index: FingerprintIndex,
                 forced: MarkingConfig | None = None) -> None:
        self.service = service
        self.index = index  # where verification looks fingerprints up
        self.forced = forced

    def config_for(self, ctx: GenerationContext) -> MarkingConfig:
        if self.forced is not None:
            return self.forced
        section = ctx.policy_section("disclosure")
        return section if section is not None else DEFAULT_MARKING

    def start(self, ctx: GenerationContext) -> "MarkingRun | None":
        if ctx.endpoint == "embeddings":
            return None
        return MarkingRun(self, ctx, self.config_for(ctx))


class MarkingRun(Run):
    def __init__(self, stage: MarkingStage, ctx: GenerationContext, cfg: MarkingConfig) -> None:
        self.service = stage.service
        self.index = stage.index
        self.ctx = ctx
        self.cfg = cfg
        self.language: str | None = None  # the prompt's, for a disclosure placed at the start
        self.marks: dict[int, dict[str, Any]] = {}  # per choice
        self.mark: dict[str, Any] = {"mark_id": None, "mode": "none", "fingerprint": None,
                                     "text_sha256": None}

    # -- input: headers ---------------------------------------------------------------------------

    async def on_request(self, request: dict[str, Any]) -> None:
        ctx, cfg = self.ctx, self.cfg
        mode = "none" if ctx.structured_output else cfg.invisible
        ctx.response_headers["X-AI-Generated"] = "true"
        ctx.response_headers["Link"] = LINK_HEADER
        ctx.response_headers["X-Candor-Mark"] = mode
        vis = cfg.visible
        if vis.placement == "start" and vis.language == "auto":
            self.language = lang.detect(_last_user_text(request))

    # -- output: disclosure and mark --------------------------------------------------------------

    def open(self, channel: Channel) -> MarkingTransform | None:
        if channel.kind != "content":
            return None
        return MarkingTransform(self, channel, self.cfg, passthrough=self.ctx.structured_output)

    # -- completion: the fingerprint index ------------------------------------------------------

    async def on_complete(self, outcome: Outcome) -> None:
        if outcome.local_reply is not None:  # a person's fixed text: not AI-generated
            for header in ("X-Candor-Mark", "Link"):
                self.ctx.response_headers.pop(header, None)
            self.ctx.response_headers["X-AI-Generated"] = "false"
            self.mark = {**self.mark, "reason": outcome.local_reply}
            return
        if outcome.status not in ("ok", "aborted"):
            return
        fps = {m["fingerprint"] for m in self.marks.values() if m.get("fingerprint")}
        if not self.marks:  # aborted mid-stream: fingerprint what the client did receive
            for channel, text in outcome.output.items():
                if channel.kind == "content" and text.strip():
                    fp = fpmod.to_hex(fpmod.simhash(text))
                    fps.add(fp)
                    if channel.choice == 0 or not self.mark.get("fingerprint"):
                        self.mark["fingerprint"] = fp
        fps.discard(fpmod.to_hex(0))
        if not fps:
            return
        items = [(self.ctx.generation_id, fpmod.from_hex(fp)) for fp in sorted(fps)]
        try:
            await anyio.to_thread.run_sync(self.index.add_many, items)
        except Exception:  # noqa: BLE001 - the index is a lookup aid, never a reason to fail
            log.exception("fingerprint_index_failed", generation_id=self.ctx.generation_id)

    def record(self) -> dict[str, Any]:
        return {"mark": self.mark}
