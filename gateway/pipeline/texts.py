"""Every piece of text that goes upstream, as addressable slots.

Input stages (PII, policy) must see all of it: every message role, text content parts,
participant names, tool-call arguments, tool results, image URLs, the legacy prompt, embeddings
input, tool and function descriptions, the text of JSON schemas (``response_format`` and tool
parameters), ``stop`` sequences, ``prediction`` content, and any field Candor does not know,
which is passed through to the provider and so is scanned too. ``text_slots`` yields each with
a setter, so a stage can rewrite text without knowing the request's shape.

Not slots: identifiers the provider matches exactly (tool-call ids, function and tool names,
``model``) and fields that never leave as text (``user`` is hashed, ``metadata`` stays here).
A ``name`` on a message must be an identifier upstream (``^[a-zA-Z0-9_-]+$``): it is a slot
marked ``drop_if_changed``, so a stage that finds personal data there removes it instead of
writing a placeholder the provider would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

# Fields of an OpenAI request that are settings, identifiers or handled elsewhere; every other
# top-level field's strings are scanned.
_KNOWN = frozenset({
    "messages", "prompt", "input", "model", "stream", "stream_options", "metadata", "user", "n",
    "temperature", "top_p", "max_tokens", "max_completion_tokens", "presence_penalty",
    "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "seed", "tools",
    "tool_choice", "parallel_tool_calls", "functions", "function_call", "response_format",
    "stop", "prediction", "modalities", "audio", "reasoning_effort", "service_tier", "store",
    "encoding_format", "dimensions", "echo", "best_of", "suffix", "text",
    "web_search_options",
})
# Keys of a JSON schema whose string values are prose a model reads.
_SCHEMA_TEXT = frozenset({"description", "title", "default", "examples", "enum", "const"})


@dataclass
class TextSlot:
    path: str  # e.g. "messages[2].content[0].text", for findings and logs
    role: str | None
    text: str
    _set: Callable[[str], None]
    drop_if_changed: bool = False  # an identifier upstream: remove it rather than rewrite it
    _drop: Callable[[], None] | None = None
    # not conversation (tool descriptions, schema text, stop, URLs, names, unknown fields):
    # scanned for personal data, not judged by the ethics checks
    auxiliary: bool = False

    def set(self, value: str) -> None:
        if self.drop_if_changed and value != self.text and self._drop is not None:
            self._drop()
            self.text = ""
            return
        self.text = value
        self._set(value)


def _setter(container: Any, key: Any) -> Callable[[str], None]:
    def set_(value: str) -> None:
        container[key] = value

    return set_


def _dropper(container: dict[str, Any], key: str) -> Callable[[], None]:
    def drop() -> None:
        container.pop(key, None)

    return drop


def _strings(value: Any, path: str, role: str | None, depth: int = 0) -> Iterator[TextSlot]:
    """Every string inside a JSON value (unknown pass-through fields)."""
    if depth > 32:  # bodies are depth-limited at the door; this only bounds the walk
        return
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, str):
                yield TextSlot(f"{path}.{k}", role, v, _setter(value, k), auxiliary=True)
            else:
                yield from _strings(v, f"{path}.{k}", role, depth + 1)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, str):
                yield TextSlot(f"{path}[{i}]", role, v, _setter(value, i), auxiliary=True)
            else:
                yield from _strings(v, f"{path}[{i}]", role, depth + 1)


def _schema_text(schema: Any, path: str, depth: int = 0) -> Iterator[TextSlot]:
    """The prose in a JSON schema: descriptions, titles, defaults, examples, enum values."""
    if depth > 32:
        return
    if isinstance(schema, dict):
        for k, v in schema.items():
            if k in _SCHEMA_TEXT:
                if isinstance(v, str):
                    yield TextSlot(f"{path}.{k}", "system", v, _setter(schema, k),
                                   auxiliary=True)
                elif isinstance(v, list):
                    for i, item in enumerate(v):
                        if isinstance(item, str):
                            yield TextSlot(f"{path}.{k}[{i}]", "system", item, _setter(v, i),
                                           auxiliary=True)
            elif isinstance(v, (dict, list)):
                yield from _schema_text(v, f"{path}.{k}", depth + 1)
    elif isinstance(schema, list):
        for i, v in enumerate(schema):
            yield from _schema_text(v, f"{path}[{i}]", depth + 1)


def _parts(value: Any, path: str, role: str | None) -> Iterator[TextSlot]:
    """A message's (or prediction's) content: a string or a list of parts."""
    container, key = value
    content = container.get(key)
    if isinstance(content, str):
        yield TextSlot(path, role, content, _setter(container, key))
    elif isinstance(content, list):
        for j, part in enumerate(content):
            if isinstance(part, str):
                yield TextSlot(f"{path}[{j}]", role, part, _setter(content, j))
            elif not isinstance(part, dict):
                continue
            elif isinstance(part.get("text"), str):
                yield TextSlot(f"{path}[{j}].text", role, part["text"], _setter(part, "text"))
            elif isinstance(part.get("image_url"), dict):
                image = part["image_url"]
                url = image.get("url")
                if isinstance(url, str) and not url.startswith("data:"):  # data: is the image
                    yield TextSlot(f"{path}[{j}].image_url.url", role, url,
                                   _setter(image, "url"), auxiliary=True)


def text_slots(request: dict[str, Any]) -> Iterator[TextSlot]:
    messages = request.get("messages")
    if isinstance(messages, list):
        for i, msg in enumerate(messages):
            if not isinstance(msg, dict):
                continue
            role = msg.get("role")
            yield from _parts((msg, "content"), f"messages[{i}].content", role)
            if isinstance(msg.get("name"), str):
                yield TextSlot(f"messages[{i}].name", role, msg["name"], _setter(msg, "name"),
                               drop_if_changed=True, _drop=_dropper(msg, "name"),
                               auxiliary=True)
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
    for t, tool in enumerate(request.get("tools") or []):
        fn = tool.get("function") if isinstance(tool, dict) else None
        if isinstance(fn, dict):
            if isinstance(fn.get("description"), str):
                yield TextSlot(f"tools[{t}].function.description", "system", fn["description"],
                               _setter(fn, "description"), auxiliary=True)
            yield from _schema_text(fn.get("parameters"), f"tools[{t}].function.parameters")
    fmt = request.get("response_format")
    if isinstance(fmt, dict) and isinstance(fmt.get("json_schema"), dict):
        js = fmt["json_schema"]
        if isinstance(js.get("description"), str):
            yield TextSlot("response_format.json_schema.description", "system",
                           js["description"], _setter(js, "description"), auxiliary=True)
        yield from _schema_text(js.get("schema"), "response_format.json_schema.schema")
    stop = request.get("stop")
    if isinstance(stop, str):
        yield TextSlot("stop", "system", stop, _setter(request, "stop"), auxiliary=True)
    elif isinstance(stop, list):
        for i, item in enumerate(stop):
            if isinstance(item, str):
                yield TextSlot(f"stop[{i}]", "system", item, _setter(stop, i), auxiliary=True)
    prediction = request.get("prediction")
    if isinstance(prediction, dict):
        for slot in _parts((prediction, "content"), "prediction.content", "assistant"):
            slot.auxiliary = True
            yield slot
    for key, value in request.items():
        if key in _KNOWN:
            continue
        if isinstance(value, str):
            yield TextSlot(key, "user", value, _setter(request, key), auxiliary=True)
        else:
            yield from _strings(value, key, "user")
