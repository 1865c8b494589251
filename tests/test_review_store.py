"""The review store shared by replicas: two queues (two gateway processes' worth) on one
database see the same items; of two reviewers deciding at once, or two workers sweeping at once,
exactly one wins. SQLite and PostgreSQL (a real server)."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from sqlalchemy import text

from gateway.keys import ApiKey
from gateway.review import ReviewConflict, ReviewItem
from gateway.review.queue import ReviewQueue
from gateway.review.sealing import Sealer
from gateway.review.store import ReviewStore
from tests.conftest import need_service
from tests.test_audit import PG_BASE, _pg_reachable

REVIEWER = ApiKey("k1", "desk", frozenset({"review"}), "default", "")
OTHER = ApiKey("k2", "desk-2", frozenset({"review"}), "default", "")


def item(expires_in: float = 3600) -> ReviewItem:
    now = time.time()
    return ReviewItem(
        id="rev_" + uuid.uuid4().hex, generation_id="chatcmpl-" + uuid.uuid4().hex,
        status="pending", created_at=now, expires_at=now + expires_in, app="marketing-app",
        key_id="k0", principal="Dana Whitfield", rule_ids=["ghostwriting.awaiting_approval"],
        findings=[], policy_name="default", policy_version="v1", endpoint="chat.completions",
        model="mock", channel="email", prompt={"messages": [{"role": "user", "content": "x"}]},
        draft="Dear <PERSON_1>, hello.")


@pytest.fixture(params=["sqlite", "postgresql"])
def url_schema(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'review.db'}", None
        return
    if not _pg_reachable():
        need_service("PostgreSQL")
    schema = f"candor_review_{uuid.uuid4().hex[:10]}"
    yield PG_BASE, schema

    async def drop() -> None:
        store = ReviewStore(PG_BASE)
        async with store.engine.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await store.close()
    asyncio.run(drop())


def test_two_replicas_share_items_and_only_one_decision_wins(url_schema: Any,
                                                             tmp_path: Path) -> None:
    url, schema = url_schema
    key_file = tmp_path / "review-vault.key"  # shared, like the signing key

    async def main() -> None:
        a = ReviewQueue(ReviewStore(url, schema), Sealer(key_file))
        b = ReviewQueue(ReviewStore(url, schema), Sealer(key_file))
        await asyncio.gather(a.start(), b.start())  # table creation races too
        try:
            held = item()
            await a.hold(held, {"<PERSON_1>": "Jane Doe"})
            seen = await b.get(held.id)
            assert seen is not None and seen.draft == held.draft and seen.prompt == held.prompt
            assert held.id in [i.id for i in await b.list(status="pending")]
            results = await asyncio.gather(
                a.decide(held.id, REVIEWER, "approve"),
                b.decide(held.id, OTHER, "reject", reason="no"), return_exceptions=True)
            wins = [r for r in results if isinstance(r, ReviewItem)]
            losses = [r for r in results if isinstance(r, ReviewConflict)]
            assert len(wins) == 1 and len(losses) == 1, results
            final = await a.get(held.id)
            assert final is not None and final.status == wins[0].status
            # an edit typed with the person's name is stored behind the placeholder
            other = item()
            await b.hold(other, {"<PERSON_1>": "Jane Doe"})
            edited = await a.decide(other.id, REVIEWER, "edit", text="Hi Jane Doe!")
            assert edited.final_text == "Hi <PERSON_1>!"
            # two workers sweeping at once expire an overdue item exactly once
            late = item(expires_in=-1)
            await a.hold(late, {})
            swept = await asyncio.gather(a.store.expire_due(time.time()),
                                         b.store.expire_due(time.time()))
            assert sorted(len(s) for s in swept) == [0, 1]
            assert (await b.get(late.id)).status == "expired"  # type: ignore[union-attr]
            counts = await b.counts()
            assert counts["expired"] >= 1 and set(counts) == {
                "pending", "approved", "rejected", "expired"}
        finally:
            await a.stop()
            await b.stop()

    asyncio.run(main())


def test_sealed_values_are_bound_to_their_review(tmp_path: Path) -> None:
    sealer = Sealer(tmp_path / "k")
    sealed = sealer.seal("rev_a", {"<EMAIL_ADDRESS_1>": "jane.doe@example.com"})
    assert b"jane.doe" not in sealed
    assert sealer.open("rev_a", sealed) == {"<EMAIL_ADDRESS_1>": "jane.doe@example.com"}
    with pytest.raises(InvalidTag):
        sealer.open("rev_b", sealed)  # moved to another item: refused
    assert Sealer(tmp_path / "k").open("rev_a", sealed)  # another worker, same key file


def test_placeholder_values_go_after_rejection_expiry_and_redelivery(tmp_path: Path) -> None:
    """Nothing keeps a person's data longer than the outcome needs it."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'review.db'}"

    async def main() -> None:
        queue = ReviewQueue(ReviewStore(url), Sealer(tmp_path / "key"), redelivery_window=0)
        await queue.start()
        try:
            rejected, late, approved = item(), item(expires_in=-1), item()
            for it in (rejected, late, approved):
                await queue.hold(it, {"<PERSON_1>": "Jane Doe"})
            await queue.decide(rejected.id, REVIEWER, "reject", reason="no")
            assert await queue.store.sealed(rejected.id) is None
            await queue.decide(approved.id, REVIEWER, "approve")
            assert await queue.store.sealed(approved.id) is not None  # not delivered yet
            assert await queue.store.mark_delivered(approved.id, time.time() - 1)
            assert not await queue.store.mark_delivered(approved.id, time.time())  # once
            assert await queue.expire_due() == [late.id]
            assert await queue.store.sealed(late.id) is None
            assert await queue.store.sealed(approved.id) is None  # redelivery window over
        finally:
            await queue.stop()

    asyncio.run(main())
