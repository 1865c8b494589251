"""Candor's ethics checks. ``registry.CATALOG`` lists them; ``registry.build_checks(settings)``
makes the instances the policy engine runs.

Each check is a ``Check`` subclass (base.py) that declares its name, policy section, config
model, where it runs and its scope; guardrails-ai wrappers are generated in validators.py.
"""
