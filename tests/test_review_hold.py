"""The policy run's hold, without a gateway: what leaves, what is kept as the draft, when a
review rule holds nothing (no queue on this gateway, monitor mode)."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest

from gateway.checks.common import standalone_context
from gateway.checks.registry import CHECKS
from gateway.pipeline.stages import Channel
from gateway.policy.engine import PolicyRuntime
from gateway.policy.loader import load_policy_set
from gateway.policy.stages import PolicyRun
from gateway.review.hold import HeldForReview

RULES = """
policy: default
custom_rules: [{id: ask-a-person, pattern: 'final notice', where: output, action: review%s}]
"""
PIECES = ["Spring is here. ", "This is your ", "final notice about ", "the sale. ", "Bye."]


def run(tmp_path: Path, stream: bool, holds: bool, extra: str = "",
        mode: str = "") -> tuple[list[str], HeldForReview | None, PolicyRun]:
    (tmp_path / "default.yaml").write_text(textwrap.dedent(RULES % mode).lstrip() + extra)
    rt = PolicyRuntime(load_policy_set(tmp_path).policies["default"], dict(CHECKS))
    ctx = standalone_context()
    ctx.stream, ctx.policy = stream, rt
    policy_run = PolicyRun(ctx, rt, holds=holds)

    async def go() -> tuple[list[str], HeldForReview | None]:
        await policy_run.on_request({"messages": [{"role": "user", "content": "A sale note."}]})
        t = policy_run.open(Channel())
        assert t is not None
        out = [await t.feed(p) for p in PIECES]
        try:
            out.append(await t.finish())
        except HeldForReview as held:
            return out, held
        return out, None

    out, held = asyncio.run(go())
    return out, held, policy_run


def test_a_stream_flows_until_the_sentence_that_asks_for_review(tmp_path: Path) -> None:
    out, held, policy_run = run(tmp_path, stream=True, holds=True)
    assert "".join(out) == "Spring is here. "  # the first sentence left; nothing after it
    assert held is not None and policy_run.ctx.review is not None
    assert policy_run.ctx.review.drafts == {0: "".join(PIECES)}  # the whole draft is kept
    assert held.replacement == policy_run.ctx.review.notice()
    assert policy_run.ctx.review.rule_ids() == ["ask-a-person"]


def test_hold_streams_and_whole_answers_release_nothing(tmp_path: Path) -> None:
    out, held, policy_run = run(tmp_path, stream=True, holds=True,
                                extra="review: {hold_streams: true}\n")
    assert out == [""] * len(PIECES) and held is not None
    assert policy_run.ctx.review and policy_run.ctx.review.drafts[0] == "".join(PIECES)
    out, held, _ = run(tmp_path, stream=False, holds=True)
    assert "".join(out) == "" and held is not None


@pytest.mark.parametrize("holds, mode", [(False, ""), (True, ", mode: monitor")])
def test_review_holds_nothing_without_a_queue_or_in_monitor(tmp_path: Path, holds: bool,
                                                            mode: str) -> None:
    out, held, policy_run = run(tmp_path, stream=True, holds=holds, mode=mode)
    assert held is None and "".join(out) == "".join(PIECES)
    assert policy_run.ctx.review is None
    assert "ask-a-person" in [f.rule_id for f in policy_run.ctx.findings]  # still recorded


def test_a_block_after_the_hold_still_blocks(tmp_path: Path) -> None:
    from gateway.pipeline.stages import ContentFiltered

    extra = ("  - {id: stop, pattern: 'Bye', where: output, action: block}\n")
    (tmp_path / "default.yaml").write_text(
        "policy: default\ncustom_rules:\n"
        "  - {id: ask-a-person, pattern: 'final notice', where: output, action: review}\n"
        + extra)
    rt = PolicyRuntime(load_policy_set(tmp_path).policies["default"], dict(CHECKS))
    ctx = standalone_context()
    ctx.stream, ctx.policy = True, rt

    async def go() -> None:
        t = PolicyRun(ctx, rt, holds=True).open(Channel())
        assert t is not None
        for p in PIECES:
            await t.feed(p)
        await t.finish()

    with pytest.raises(ContentFiltered) as exc:
        asyncio.run(go())
    assert not isinstance(exc.value, HeldForReview)  # blocked, not queued
