"""A tiny third-party-style guardrails validator for the policy tests."""

from __future__ import annotations

from typing import Any

from guardrails.validator_base import (
    FailResult,
    PassResult,
    ValidationResult,
    Validator,
    register_validator,
)


@register_validator(name="candor-tests/no-shouting", data_type="string")
class NoShouting(Validator):
    def __init__(self, max_caps_words: int = 2, on_fail: Any = None, **kwargs: Any) -> None:
        super().__init__(on_fail=on_fail, max_caps_words=max_caps_words, **kwargs)
        self.max_caps_words = max_caps_words

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        caps = [w for w in str(value).split() if len(w) > 1 and w.isupper()]
        if len(caps) > self.max_caps_words:
            return FailResult(error_message=f"{len(caps)} shouted words",
                              fix_value=str(value).lower())
        return PassResult()
