"""Policy files: schema, validation, versions, hot reload, and the engine that applies them."""

from gateway.policy.loader import PolicyError, PolicyLoadError, PolicySet, load_policy_set
from gateway.policy.schema import Policy, json_schema

__all__ = ["Policy", "PolicyError", "PolicyLoadError", "PolicySet", "json_schema",
           "load_policy_set"]
