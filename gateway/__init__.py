"""Candor: an OpenAI-compatible LLM gateway for marketing and customer-experience teams."""

import os

# Both must be set before litellm / tldextract are imported anywhere: nothing reaches the network.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_TELEMETRY", "False")

__version__ = "0.1.0"
