"""Candor's offline models, a litellm custom provider (``candor/...``). No network, no key.

- ``candor/echo`` answers, in plain text, with what the provider would have received after PII
  stripping and policy steering: one ``role: content`` paragraph per message, placeholders
  (``<PERSON_1>``) left as they are. Because it is ordinary text, the answer is disclosed and
  marked like any copy, so ``candor verify`` works on it.
- ``candor/echo-raw`` answers with the exact upstream messages, one JSON object per line (for
  those who need to see the request byte for byte; JSON is never disclosed or marked).
- ``candor/demo`` answers like a provider would: a short reply that uses the placeholders it
  received, which Candor restores before the client sees them.

All three stream (a few words per chunk), honour ``n``, forced tool calls and ``response_format``
JSON, and serve embeddings (a deterministic hashed bag of words, one vector per input).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
import uuid
from typing import Any, AsyncIterator, Iterator

import litellm
from litellm import CustomLLM
from litellm.types.utils import Choices, EmbeddingResponse, Message, ModelResponse, Usage

PROVIDER = "candor"
EMBEDDING_DIM = 64
# The model names this provider serves (``candor/<name>``).
ECHO, ECHO_RAW, DEMO = "echo", "echo-raw", "demo"
MODELS = (ECHO, ECHO_RAW, DEMO)
_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)_(\d+)>")


def render(messages: list[dict[str, Any]], optional_params: dict[str, Any],
           model: str = ECHO) -> str:
    """The answer text of ``model`` for these upstream messages."""
    fmt = (optional_params.get("response_format") or {}).get("type")
    plain = [_plain(m) for m in messages]
    if fmt in ("json_object", "json_schema"):
        if _name(model) == DEMO:
            return json.dumps({"text": demo_reply(plain)}, ensure_ascii=False)
        return json.dumps({"messages": plain}, ensure_ascii=False)
    if _name(model) == ECHO_RAW:
        return "\n".join(json.dumps(m, ensure_ascii=False, separators=(", ", ": "))
                         for m in plain)
    if _name(model) == DEMO:
        return demo_reply(plain)
    return readable(plain)


def _name(model: str) -> str:
    return model.split("/", 1)[1] if model.startswith(PROVIDER + "/") else model


def _content_text(content: Any) -> str:
    if isinstance(content, list):
        parts = []
        for p in content:
            if isinstance(p, dict):
                if p.get("type") in ("text", "input_text", "output_text") or "text" in p:
                    parts.append(str(p.get("text", "")))
                else:
                    parts.append(f"[{p.get('type', 'part')}]")
        return " ".join(parts)
    return "" if content is None else str(content)


def readable(messages: list[dict[str, Any]]) -> str:
    """What the provider received, one ``role: text`` paragraph per message."""
    out = []
    for m in messages:
        role = m.get("role", "?")
        if role == "tool":
            role = f"tool ({m.get('tool_call_id', '')})"
        lines = []
        text = _content_text(m.get("content"))
        if text:
            lines.append(f"{role}: {text}")
        for call in m.get("tool_calls") or []:
            fn = call.get("function") or {}
            lines.append(f"{role} calls {fn.get('name')}({fn.get('arguments', '')})")
        out.append("\n".join(lines) or f"{role}:")
    return "\n\n".join(out)


def demo_reply(messages: list[dict[str, Any]]) -> str:
    """A short provider-like answer that uses the placeholders it received."""
    seen: list[str] = []
    for m in messages:
        for match in _PLACEHOLDER.finditer(_content_text(m.get("content"))):
            if match.group(0) not in seen:
                seen.append(match.group(0))
    person = next((p for p in seen if p.startswith("<PERSON_")), None)
    others = [p for p in seen if p != person]
    lines = [f"Hello {person}," if person else "Hello,", ""]
    lines.append("Thank you for being with us. Here is the message you asked for, ready to "
                 "adapt: we are glad to welcome you and will be in touch soon.")
    if others:
        lines.append(f"For reference: {', '.join(others)}.")
    lines += ["", "Best regards,", "The team"]
    if seen:
        n = len(seen)
        lines += ["", f"(Offline demo model. It received {n} placeholder{'s' if n > 1 else ''} "
                      "instead of personal data; Candor put the real values back in this "
                      "answer.)"]
    else:
        lines += ["", "(Offline demo model: Candor found no personal data to replace.)"]
    return "\n".join(lines)


def _plain(message: Any) -> dict[str, Any]:
    if hasattr(message, "model_dump"):
        message = message.model_dump(exclude_none=True)
    return {k: v for k, v in dict(message).items() if v is not None}


def _forced_tool(optional_params: dict[str, Any]) -> str | None:
    tools = optional_params.get("tools") or []
    choice = optional_params.get("tool_choice")
    if not tools or choice in (None, "none", "auto"):
        return None
    if isinstance(choice, dict):
        return (choice.get("function") or {}).get("name")
    return (tools[0].get("function") or {}).get("name")


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for m in reversed(messages):
        m = _plain(m)
        if m.get("role") == "user":
            content = m.get("content")
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
            return str(content or "")
    return ""


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


class EchoLLM(CustomLLM):
    def _respond(
        self, model: str, messages: list, optional_params: dict, model_response: ModelResponse
    ) -> ModelResponse:
        n = int(optional_params.get("n") or 1)
        tool = _forced_tool(optional_params)
        prompt_tokens = _tokens(json.dumps([_plain(m) for m in messages], default=str))
        choices = []
        text = render(messages, optional_params, model)
        for i in range(n):
            if tool:
                args = json.dumps({"echo": _last_user_text(messages)}, ensure_ascii=False)
                msg = Message(
                    content=None,
                    role="assistant",
                    tool_calls=[
                        {
                            "id": f"call_{uuid.uuid4().hex[:24]}",
                            "type": "function",
                            "function": {"name": tool, "arguments": args},
                        }
                    ],
                )
                choices.append(Choices(index=i, message=msg, finish_reason="tool_calls"))
            else:
                msg = Message(content=text, role="assistant")
                choices.append(Choices(index=i, message=msg, finish_reason="stop"))
        model_response.choices = choices
        model_response.model = model
        completion_tokens = _tokens(text) * n
        model_response.usage = Usage(  # type: ignore[attr-defined]
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=prompt_tokens + completion_tokens,
        )
        return model_response

    def completion(self, model, messages, api_base, custom_prompt_dict, model_response,
                   print_verbose, encoding, api_key, logging_obj, optional_params, *args, **kwargs):
        return self._respond(model, messages, optional_params, model_response)

    async def acompletion(self, model, messages, api_base, custom_prompt_dict, model_response,
                          print_verbose, encoding, api_key, logging_obj, optional_params,
                          *args, **kwargs):
        return self._respond(model, messages, optional_params, model_response)

    def _chunks(self, model: str, messages: list, optional_params: dict) -> Iterator[dict[str, Any]]:
        tool = _forced_tool(optional_params)
        prompt_tokens = _tokens(json.dumps([_plain(m) for m in messages], default=str))
        if tool:
            args = json.dumps({"echo": _last_user_text(messages)}, ensure_ascii=False)
            yield {
                "text": "",
                "tool_use": {
                    "id": f"call_{uuid.uuid4().hex[:24]}",
                    "type": "function",
                    "function": {"name": tool, "arguments": args},
                    "index": 0,
                },
                "is_finished": True,
                "finish_reason": "tool_calls",
                "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": _tokens(args),
                          "total_tokens": prompt_tokens + _tokens(args)},
                "index": 0,
            }
            return
        text = render(messages, optional_params, model)
        words = text.split(" ")
        pieces = [" ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "")
                  for i in range(0, len(words), 4)] or [""]
        for j, piece in enumerate(pieces):
            last = j == len(pieces) - 1
            yield {
                "text": piece,
                "tool_use": None,
                "is_finished": last,
                "finish_reason": "stop" if last else "",
                "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": _tokens(text),
                          "total_tokens": prompt_tokens + _tokens(text)} if last else None,
                "index": 0,
            }

    def streaming(self, model, messages, api_base, custom_prompt_dict, model_response,
                  print_verbose, encoding, api_key, logging_obj, optional_params, *args, **kwargs):
        yield from self._chunks(model, messages, optional_params)

    async def astreaming(self, model, messages, api_base, custom_prompt_dict, model_response,
                         print_verbose, encoding, api_key, logging_obj, optional_params,
                         *args, **kwargs) -> AsyncIterator[dict[str, Any]]:
        for chunk in self._chunks(model, messages, optional_params):
            yield chunk

    def _embed(self, model: str, inputs: list, model_response: EmbeddingResponse) -> EmbeddingResponse:
        data = []
        total = 0
        # One input is a string or a list of token ids; several are a list of those.
        if isinstance(inputs, str) or (isinstance(inputs, list) and inputs
                                       and all(isinstance(t, int) for t in inputs)):
            inputs = [inputs]
        for i, item in enumerate(inputs):
            text = item if isinstance(item, str) else " ".join(map(str, item))
            total += _tokens(text)
            vec = [0.0] * EMBEDDING_DIM
            for word in text.lower().split():
                h = hashlib.blake2b(word.encode(), digest_size=8).digest()
                vec[h[0] % EMBEDDING_DIM] += 1.0 if h[1] & 1 else -1.0
            norm = math.sqrt(sum(v * v for v in vec)) or 1.0
            data.append({"object": "embedding", "index": i, "embedding": [v / norm for v in vec]})
        model_response.data = data
        model_response.model = model
        model_response.object = "list"
        model_response.usage = Usage(prompt_tokens=total, completion_tokens=0, total_tokens=total)
        return model_response

    def embedding(self, model, input, model_response, print_verbose, logging_obj, optional_params,
                  *args, **kwargs):
        return self._embed(model, input, model_response)

    async def aembedding(self, model, input, model_response, print_verbose, logging_obj,
                         optional_params, *args, **kwargs):
        return self._embed(model, input, model_response)


_registered = False


def register() -> None:
    """Make ``candor/echo`` known to litellm (idempotent)."""
    global _registered
    if _registered:
        return
    litellm.custom_provider_map = [
        m for m in litellm.custom_provider_map if m.get("provider") != PROVIDER
    ] + [{"provider": PROVIDER, "custom_handler": EchoLLM()}]
    from litellm.utils import custom_llm_setup

    custom_llm_setup()
    _registered = True


__all__ = ["EchoLLM", "MODELS", "demo_reply", "readable", "register", "render", "time"]
