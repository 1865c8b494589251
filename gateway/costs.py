"""What a generation cost: the model catalogue's own prices where set (``input_cost_per_token``,
``output_cost_per_token`` in models.yaml), else litellm's offline cost map."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gateway.models_config import ModelRoute


def cost_usd(route: ModelRoute | None, usage: Mapping[str, Any] | None) -> float | None:
    """USD for ``usage`` on ``route``; 0 for the built-in offline models, None if unknown."""
    if route is None or not usage:
        return None
    prompt_tokens = int(usage.get("prompt_tokens") or 0)
    completion_tokens = int(usage.get("completion_tokens") or 0)
    if route.input_cost_per_token is not None or route.output_cost_per_token is not None:
        return round(prompt_tokens * (route.input_cost_per_token or 0.0)
                     + completion_tokens * (route.output_cost_per_token or 0.0), 10)
    if route.model.startswith("candor/"):
        return 0.0
    try:
        import litellm

        prompt, completion = litellm.cost_per_token(
            model=route.model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
        return round(float(prompt) + float(completion), 10)
    except Exception:  # noqa: BLE001 - a model missing from the map has no known price
        return None
