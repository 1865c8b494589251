"""Validation of incoming OpenAI request bodies, with errors that name the offending field.

Bodies are validated, not re-modelled: fields the gateway does not know are passed through to the
provider (litellm drops what a provider cannot take), so new OpenAI parameters keep working.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from gateway.errors import GatewayError, invalid_request


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ChatMessage(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: StrictStr | list[dict[str, Any]] | None = None
    tool_calls: list[dict[str, Any]] | None = None


class StreamOptions(_Open):
    include_usage: StrictBool | None = None


class ResponseFormat(_Open):
    type: Literal["text", "json_object", "json_schema"]


class ChatRequest(_Open):
    model: StrictStr = Field(min_length=1)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: StrictBool | None = None
    stream_options: StreamOptions | None = None
    n: int | None = Field(default=None, ge=1, le=16)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    tools: list[dict[str, Any]] | None = None
    response_format: ResponseFormat | None = None
    metadata: dict[str, StrictStr] | None = None
    user: StrictStr | None = None


class CompletionRequest(_Open):
    model: StrictStr = Field(min_length=1)
    prompt: StrictStr | list[StrictStr]
    stream: StrictBool | None = None
    stream_options: StreamOptions | None = None
    n: int | None = Field(default=None, ge=1, le=16)
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    metadata: dict[str, StrictStr] | None = None
    user: StrictStr | None = None


class EmbeddingRequest(_Open):
    model: StrictStr = Field(min_length=1)
    input: StrictStr | list[StrictStr] | list[int] | list[list[int]]
    encoding_format: Literal["float", "base64"] | None = None
    dimensions: int | None = Field(default=None, ge=1)
    user: StrictStr | None = None
    metadata: dict[str, StrictStr] | None = None


class ResponsesRequest(_Open):
    model: StrictStr = Field(min_length=1)
    input: StrictStr | list[dict[str, Any]]
    instructions: StrictStr | None = None
    stream: StrictBool | None = None
    max_output_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    tools: list[dict[str, Any]] | None = None
    metadata: dict[str, StrictStr] | None = None
    user: StrictStr | None = None


def _param(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def validate(model: type[BaseModel], body: Any) -> BaseModel:
    if not isinstance(body, dict):
        raise invalid_request("The request body must be a JSON object.")
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        # Drop pydantic's union branch names ("str", "list[...]") from the location.
        loc = tuple(p for p in first["loc"] if not (isinstance(p, str) and ("[" in p or p in {
            "str", "int", "float", "bool", "function-after", "literal"})))
        param = _param(loc)
        if first["type"] == "missing":
            raise invalid_request(f"Missing required parameter: '{param}'.", param,
                                  "missing_required_parameter") from None
        raise invalid_request(f"Invalid value for '{param}': {first['msg']}.", param,
                              "invalid_value") from None


__all__ = ["ChatRequest", "CompletionRequest", "EmbeddingRequest", "GatewayError",
           "ResponsesRequest", "validate"]
