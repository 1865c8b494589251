"""Every piece of text that goes upstream, as addressable slots.

Input stages (PII, policy) must see all of it: every message role, text content parts,
tool-call arguments, tool results, the legacy prompt and embeddings input. ``text_slots`` yields
each with a setter, so a stage can rewrite text without knowing the request's shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator


@dataclass
class TextSlot:
    path: str  # e.g. "messages[2].content[0].text", for findings and logs
    role: str | None
    text: str
    _set: Callable[[str], None]

    def set(self, value: str) -> None:
        self.text = value
        self._set(value)


def _setter(container: Any, key: Any) -> Callable[[str], None]:
    def set_(value: str) -> None:
        container[key] = value

    return set_


def text_slots(request: dict[str, Any]) -> Iterator[TextSlot]:
    messages = request.get("messages")
    if isinstance(messages, list):
        for i, msg in enumerate(messages):
            if not isinstance(msg, dict):
                continue
            role = msg.get("role")
            content = msg.get("content")
            if isinstance(content, str):
                yield TextSlot(f"messages[{i}].content", role, content, _setter(msg, "content"))
            elif isinstance(content, list):
                for j, part in enumerate(content):
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        yield TextSlot(
                            f"messages[{i}].content[{j}].text", role, part["text"],
                            _setter(part, "text"),
                        )
            for k, call in enumerate(msg.get("tool_calls") or []):
                fn = call.get("function") if isinstance(call, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    yield TextSlot(
                        f"messages[{i}].tool_calls[{k}].function.arguments", role,
                        fn["arguments"], _setter(fn, "arguments"),
                    )
    for key in ("prompt", "input"):
        value = request.get(key)
        if isinstance(value, str):
            yield TextSlot(key, "user", value, _setter(request, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    yield TextSlot(f"{key}[{i}]", "user", item, _setter(value, i))
