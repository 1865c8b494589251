"""The approved text on its way to the app: placeholders restored, then the visible disclosure
and the signed invisible mark, by the same PII restorer and marking run a live generation uses
(so an approved text is marked exactly like any other, and verifies the same way)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gateway.context import GenerationContext
from gateway.keys import ApiKey
from gateway.marking.config import resolve_disclosure
from gateway.models_config import ModelRoute
from gateway.pii.restore import Restorer
from gateway.pii.vault import Vault
from gateway.pipeline.stages import Channel, Outcome
from gateway.review.model import ReviewItem

if TYPE_CHECKING:
    from gateway.marking.stage import MarkingRun, MarkingStage
    from gateway.models_config import ModelCatalog
    from gateway.policy.registry import PolicyRegistry


@dataclass
class Delivered:
    text: str
    mark: dict[str, Any]
    disclosure_waived: bool
    run: MarkingRun | None = field(default=None, repr=False)


def restore(text: str, values: Mapping[str, str]) -> str:
    """Placeholders back to the request's values (the live restorer, no new-PII scan: the
    text is what a person approved)."""
    if not values:
        return text
    vault = Vault.from_values(values)
    restorer = Restorer(vault, list(vault.counts()), output_action="keep")
    return restorer.feed(text) + restorer.finish()


class Delivery:
    def __init__(self, marking: MarkingStage | None, policies: PolicyRegistry | None,
                 catalog: ModelCatalog) -> None:
        self.marking = marking
        self.policies = policies
        self.catalog = catalog

    def context(self, item: ReviewItem) -> GenerationContext:
        """The held generation's context again: same id (the mark names it), app, channel and
        policy; ``human_approved`` when the policy waives the label for approved copy."""
        key = ApiKey(key_id=item.key_id, app=item.app, roles=frozenset({"generate"}),
                     policy=item.policy_name, secret_hash="")
        route = self.catalog.get(item.model) or ModelRoute(alias=item.model, model=item.model)
        ctx = GenerationContext(endpoint=item.endpoint, key=key, requested_model=item.model,
                                route=route, generation_id=item.generation_id,
                                channel=item.channel, human_approved=item.waive_disclosure)
        if self.policies is not None:
            ctx.policy = self.policies.active.runtime_for(item.app, item.policy_name)
        return ctx

    async def render(self, item: ReviewItem, values: Mapping[str, str]) -> Delivered:
        text = restore(item.final_text or "", values)
        if self.marking is None:
            return Delivered(text, {"mark_id": None, "mode": "none"}, False)
        ctx = self.context(item)
        run = self.marking.start(ctx)
        if run is None:
            return Delivered(text, {"mark_id": None, "mode": "none"}, False)
        cfg = self.marking.config_for(ctx)
        waived = (item.waive_disclosure and resolve_disclosure(cfg, ctx.channel) is not None
                  and resolve_disclosure(cfg, ctx.channel, True) is None)
        transform = run.open(Channel(0))
        assert transform is not None
        out = await transform.feed(text) + await transform.finish()
        return Delivered(out, dict(run.mark), waived, run)

    async def index(self, item: ReviewItem, delivered: Delivered) -> None:
        """The delivered text's fingerprint into the index verification searches."""
        if delivered.run is not None:
            await delivered.run.on_complete(Outcome("ok", 200, finish_reasons=["stop"],
                                                    output={Channel(0): delivered.text}))
