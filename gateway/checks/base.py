"""The contract between the policy engine (gateway/policy) and the checks (gateway/checks).

A check looks at text and says what it found; it never decides the outcome. The policy engine
runs the checks a policy enables, with that policy's config for each, and turns findings into
actions (flag, block, revise, rewrite, handoff...) according to the policy's mode.

Like a recognizer in Presidio's registry, a check *declares* everything the rest of Candor needs
to know about it, once, on its class: its name, the policy section that configures it, that
section's config model, where it runs (input, output) and its scope (every text, or once per
request). The policy schema, the check registry and the guardrails-ai validators are all built
from these declarations (``gateway/checks/catalog.py``), so adding a check touches one module
and one line of the catalogue.

Per-request state (a frequency slot taken, the tail of a streamed answer, a frustration score)
lives in a typed object the check makes with ``new_state()``; the policy run keeps one per
check per request, hands it back in ``CheckInput.state`` and puts ``record(state)`` in the audit
record under the check's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Literal

from pydantic import BaseModel

from gateway.context import Finding, GenerationContext

Where = Literal["input", "output"]
Scope = Literal["text", "request"]


@dataclass
class CheckInput:
    text: str  # pseudonymised text (placeholders, never raw PII)
    where: Where
    ctx: GenerationContext
    request: dict[str, Any] | None = None  # the upstream request, for context (allowed facts...)
    extra: dict[str, Any] = field(default_factory=dict)  # role, path, final, placeholders
    state: Any = None  # this check's per-request state (``Check.new_state()``), if it keeps any


class Check:
    """Base class of every check. Subclasses set the class attributes and ``scan``."""

    name: ClassVar[str]  # e.g. "manipulation"; findings carry it as ``check``
    section: ClassVar[str]  # the policy file section that turns it on and configures it
    config_model: ClassVar[type[BaseModel]]  # that section's model (``mode`` is added for it)
    # what ``scan`` takes, when it differs from the section (sensitive topics: one RootModel)
    scan_config_model: ClassVar[type[BaseModel] | None] = None
    where: ClassVar[tuple[Where, ...]] = ("input", "output")
    # "text": every scanned text; "request": once per request (input: the latest user message;
    # output: the final piece of the answer)
    scope: ClassVar[Scope] = "text"
    description: ClassVar[str] = ""
    # pure CPU work on the text: the engine runs it in a worker thread when the text is long,
    # so one large prompt never stalls the event loop (checks doing I/O override ``ascan``)
    cpu_bound: ClassVar[bool] = True

    def scan(self, inp: CheckInput, config: Any) -> list[Finding]:
        raise NotImplementedError

    async def ascan(self, inp: CheckInput, config: Any) -> list[Finding]:
        """What the gateway awaits. Checks that do I/O (the frequency counter) override it."""
        return self.scan(inp, config)

    def new_state(self) -> Any:
        """A fresh per-request state object, or None for a check that keeps none."""
        return None

    def record(self, state: Any) -> Any:
        """The state as the audit record keeps it (JSON-able), or None."""
        return None

    async def release(self, ctx: GenerationContext, state: Any) -> None:
        """The generation was not delivered: give back what ``scan`` took (a frequency slot)."""
        return None

    @classmethod
    def section_type(cls, with_mode: Callable[[type[BaseModel]], type[BaseModel]]) -> Any:
        """The policy section's type in the policy schema: the config model plus ``mode``."""
        return with_mode(cls.config_model)

    @classmethod
    def runtime_config(cls, section: Any) -> Any:
        """The policy section as ``scan`` receives it (modes stay with the policy engine)."""
        return section

    @classmethod
    def parse_config(cls, raw: dict[str, Any] | None) -> Any:
        """A config for ``scan`` from plain data (guardrails validators, tests)."""
        return (cls.scan_config_model or cls.config_model).model_validate(raw or {})

    @classmethod
    def output_actions(cls, section: Any) -> set[str]:
        """Every action this check may ask for on output under this policy section; the policy
        engine holds a stream back only when one of them can change the text. Default: every
        action-like value in the section (safe: it may only hold back more than needed)."""

        def strings(value: Any) -> set[str]:
            if isinstance(value, BaseModel):
                value = value.model_dump()
            if isinstance(value, dict):
                return set().union(set(), *(strings(v) for v in value.values()))
            if isinstance(value, (list, tuple)):
                return set().union(set(), *(strings(v) for v in value))
            return {value} if isinstance(value, str) else set()

        return strings(section)

    def fix(self, inp: CheckInput, config: Any, findings: list[Finding]) -> str | None:
        """The text that carries out this check's rewriting action (company voice, hand-off),
        or None when it has none. The policy engine and the validators both use it."""
        return None
