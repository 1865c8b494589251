"""The PII stage: personal data out of every upstream text, placeholders back in the answer.

``PIIStage.start(ctx)`` makes a ``PIIRun`` holding the request's vault (placeholder -> value,
never serialised) and restore stats:

- input: every text slot of the upstream request is scanned; values become per-request
  placeholders (pseudonymize), ``<TYPE>`` tokens (redact), or the request is refused (block,
  naming entity types only);
- output (after the policy checks, which therefore see placeholders): restores placeholders in
  content and tool-call arguments and handles personal data the model produced itself;
- storage: delivered text goes to logs and the audit store with the request's personal data
  replaced by its placeholders again (``for_storage``);
- record: ``pii`` (entity counts, restored, redacted, output handling).

The config is the pinned policy's ``pii:`` section, unless the operator forces one for the whole
deployment (setting ``pii_config``); else ``DEFAULT_PII_CONFIG``.
"""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

import structlog

from gateway.context import Finding, GenerationContext, PersonNames
from gateway.errors import policy_violation
from gateway.pii.analyzer import Detection, PIIAnalyzer, _merge, _split_all
from gateway.pii.config import DEFAULT_PII_CONFIG, PIIConfig
from gateway.pii.output_scan import digits_of
from gateway.pii.restore import Restorer, RestoreStats
from gateway.pii.vault import Vault
from gateway.pipeline.stages import Channel, ContentFiltered, Run
from gateway.pipeline.texts import text_slots

log = structlog.get_logger("candor.pii")


_POOL_ANALYZER: PIIAnalyzer | None = None


def _pool_init(config: PIIConfig) -> None:
    global _POOL_ANALYZER
    _POOL_ANALYZER = PIIAnalyzer(cache_size=0)
    _POOL_ANALYZER.warm(config)


def _pool_analyze(segments: list[str], config: PIIConfig) -> list[tuple[Detection, ...]]:
    assert _POOL_ANALYZER is not None
    return _POOL_ANALYZER.analyze_segments_uncached(segments, config)


BATCH_SEGMENTS = 16  # uncached segments (~700 characters each) per job in the PII thread


class PIIService:
    """The process's analyzer and where its CPU work runs.

    Default: one thread (spaCy is not thread-safe and holds the GIL for most of its work); it
    keeps the event loop free while a long text is scanned. ``processes=N``: a process pool of N
    analyzers (one spaCy each) for the uncached segments, the cache staying in this process —
    worth it when this worker process has idle cores (``workers`` < cores)."""

    def __init__(self, analyzer: PIIAnalyzer | None = None, executor: Executor | None = None,
                 cache_size: int = 4096, processes: int = 0) -> None:
        self._analyzer = analyzer
        self._cache_size = cache_size
        self.processes = processes
        self.pool: Executor | None = None
        self.executor = executor or ThreadPoolExecutor(1, thread_name_prefix="candor-pii")

    @property
    def analyzer(self) -> PIIAnalyzer:
        if self._analyzer is None:
            self._analyzer = PIIAnalyzer(cache_size=self._cache_size)
        return self._analyzer

    async def start(self, config: PIIConfig = DEFAULT_PII_CONFIG) -> None:
        loop = asyncio.get_running_loop()
        if self.processes > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(
                self.processes, mp_context=multiprocessing.get_context("spawn"),
                initializer=_pool_init, initargs=(config,))
            # start every process now (model load), not on the first requests
            await asyncio.gather(*(loop.run_in_executor(self.pool, _pool_analyze, [], config)
                                   for _ in range(self.processes)))
            self.analyzer  # the cache-only analyzer of this process (no model)
            return
        await loop.run_in_executor(self.executor, lambda: self.analyzer.warm(config))

    async def analyze(self, texts: list[str], config: PIIConfig) -> list[tuple[Detection, ...]]:
        if self._analyzer is not None:
            hit = self._analyzer.cached(texts, config)
            if hit is not None:  # all cached: no thread hop
                return hit
        loop = asyncio.get_running_loop()
        segs, owners = _split_all(texts)
        known, missing = self.analyzer.partition([seg.text for seg in segs], config)
        batches = [missing[k:k + BATCH_SEGMENTS] for k in range(0, len(missing), BATCH_SEGMENTS)]
        if self.pool is None:
            # one batch at a time: the thread runs jobs in arrival order, so a request that comes
            # in while a long prompt is scanned waits for one batch (~0.2 s), not the whole scan
            for batch in batches:
                results = await loop.run_in_executor(self.executor, self.analyzer.analyze_segments_uncached,
                                                     batch, config)
                self.analyzer.store(config, batch, results)
                known.update(zip(batch, results))
        elif batches:  # the processes share the batches out
            done = await asyncio.gather(*(loop.run_in_executor(self.pool, _pool_analyze, batch, config)
                                          for batch in batches))
            for batch, results in zip(batches, done):
                self.analyzer.store(config, batch, results)
                known.update(zip(batch, results))
        return _merge(len(texts), segs, owners, [known[seg.text] for seg in segs])

    async def stop(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)


def _json_unescape(raw: str) -> str:
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return raw


class PIIStage:
    name = "pii"

    def __init__(self, service: PIIService, forced: PIIConfig | None = None) -> None:
        self.service = service
        self.forced = forced  # the operator's settings.pii_config: wins over every policy

    def config_for(self, ctx: GenerationContext) -> PIIConfig:
        if self.forced is not None:
            return self.forced
        section = ctx.policy_section("pii")
        return section if section is not None else DEFAULT_PII_CONFIG

    def start(self, ctx: GenerationContext) -> "PIIRun | None":
        config = self.config_for(ctx)
        return PIIRun(ctx, self.service, config) if config.enabled else None


class PIIRun(Run):
    def __init__(self, ctx: GenerationContext, service: PIIService, config: PIIConfig) -> None:
        self.ctx = ctx
        self.service = service
        self.config = config
        self.vault = Vault()
        self.stats = RestoreStats()  # shared by every channel of the answer
        self.info: dict[str, Any] | None = None  # the record's ``pii`` section

    # -- input ------------------------------------------------------------------------------

    async def on_request(self, request: dict[str, Any]) -> None:
        ctx, config, vault = self.ctx, self.config, self.vault
        t0 = time.perf_counter()
        slots = list(text_slots(request))
        found = await self.service.analyze([s.text for s in slots], config) if slots else []
        for slot in slots:
            vault.reserve(slot.text)
        vault.seen_lower = "\n".join(" ".join(s.text.split()) for s in slots).casefold()
        vault.seen_digits = digits_of(" ".join(s.text for s in slots))
        redacted: dict[str, int] = {}
        blocked = sorted({d.entity for dets in found for d in dets
                          if config.action_for(d.entity) == "block"})
        seen_redacted: set[tuple[str, str]] = set()
        for slot, dets in zip(slots, found):
            if not dets:
                continue
            is_json = slot.path.endswith(".function.arguments")
            text = slot.text
            parts: list[str] = []
            pos = 0
            for d in dets:
                value = text[d.start:d.end]
                if config.action_for(d.entity) in ("redact", "block"):
                    token = f"<{d.entity}>"
                    key = (d.entity, " ".join(value.split()).casefold())
                    if key not in seen_redacted:
                        seen_redacted.add(key)
                        redacted[d.entity] = redacted.get(d.entity, 0) + 1
                else:
                    token = vault.placeholder(d.entity, _json_unescape(value) if is_json else value)
                parts.append(text[pos:d.start])
                parts.append(token)
                pos = d.end
            parts.append(text[pos:])
            slot.set("".join(parts))
        entities = vault.counts()
        for ent, n in redacted.items():
            entities[ent] = entities.get(ent, 0) + n
        ctx.person_names = PersonNames(vault.names("PERSON"))
        ctx.placeholder_values = PersonNames(vault.values())
        if blocked:  # after rewriting: what gets logged/audited holds no originals
            self.info = {"entities": entities, "restored": 0, "blocked": blocked}
            ctx.findings.append(Finding(
                check="pii", category="personal_data", severity="high",
                message=f"Personal data not allowed upstream: {', '.join(blocked)}.",
                action="block", rule_id="pii.block", where="input"))
            raise policy_violation(
                "The request contains personal data that this policy does not allow to be sent "
                f"to the model ({', '.join(blocked)}). Remove it and retry.",
                [f"pii.{t}" for t in blocked])
        self.info = {
            "entities": entities, "restored": 0,
            "pseudonymized": vault.counts(), "redacted": redacted,
            "ms": round((time.perf_counter() - t0) * 1000, 3),
        }
        if entities:
            ctx.response_headers["X-Candor-PII"] = ",".join(
                f"{k}={v}" for k, v in sorted(entities.items()))
            if len(vault):
                ctx.add_action("pii.pseudonymize")
            if redacted:
                ctx.add_action("pii.redact")

    # -- output -----------------------------------------------------------------------------

    def open(self, channel: Channel) -> "_Transform | None":
        ctx, config, vault = self.ctx, self.config, self.vault
        if ctx.resolved_route is not None and ctx.resolved_route.shows_upstream_request:
            # The echo model's answer IS what left the building: restoring the placeholders
            # would make a newcomer believe the provider saw the originals.
            return None
        scan = config.output_entities if config.output_action != "keep" else []
        if not len(vault) and not scan:
            return None
        restorer = Restorer(vault, [*vault.counts(), *config.all_entities],
                            json_mode=channel.kind == "tool_arguments", scan_entities=scan,
                            output_action=config.output_action, stats=self.stats)
        return _Transform(self, restorer)

    def account(self) -> None:
        """Restore stats into the record; a leak the policy blocks stops the choice."""
        info = self.info if self.info is not None else {"entities": {}, "restored": 0}
        self.info = info
        info["restored"] = self.stats.restored
        info["output"] = {"unresolved": self.stats.unresolved,
                          "redacted": dict(self.stats.redacted)}
        if self.stats.blocked:
            kinds = sorted(set(self.stats.blocked))
            finding = Finding(
                check="pii", category="personal_data_leak", severity="high",
                message=f"The answer contained personal data not in the request: {', '.join(kinds)}.",
                action="block", rule_id="pii.output", where="output")
            self.ctx.findings.append(finding)
            raise ContentFiltered([finding])

    def note_redactions(self) -> None:
        ctx = self.ctx
        if self.stats.redacted and "pii.output_redact" not in ctx.actions:
            ctx.add_action("pii.output_redact")
            kinds = ", ".join(sorted(self.stats.redacted))
            ctx.findings.append(Finding(
                check="pii", category="personal_data_leak", severity="medium",
                message=f"Redacted personal data the model produced: {kinds}.",
                action="redact", rule_id="pii.output", where="output"))

    # -- storage and record -------------------------------------------------------------------

    def for_storage(self, text: str) -> str:
        return self.vault.pseudonymize(text)

    def record(self) -> dict[str, Any]:
        return {"pii": self.info} if self.info is not None else {}


class _Transform:
    def __init__(self, run: PIIRun, restorer: Restorer) -> None:
        self.run = run
        self.restorer = restorer

    async def feed(self, text: str) -> str:
        out = self.restorer.feed(text)
        self.run.account()
        return out

    async def finish(self) -> str:
        out = self.restorer.finish()
        self.run.account()
        self.run.note_redactions()
        return out
