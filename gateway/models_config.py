"""The model catalogue: alias -> litellm model and its call parameters, from one YAML file.

Provider keys never live in this file: a route names the environment variable that holds its key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class ModelRoute(BaseModel):
    model_config = ConfigDict(extra="forbid")

    alias: str = ""
    model: str  # litellm model string, e.g. "openai/gpt-4o-mini" or "candor/echo"
    api_base: str | None = None
    api_key_env: str | None = None  # NAME of the env var holding the key, never the key
    timeout: float = Field(default=120.0, gt=0)
    retries: int = Field(default=0, ge=0, le=10)
    fallbacks: list[str] = Field(default_factory=list)
    params: dict[str, Any] = Field(default_factory=dict)  # extra litellm kwargs
    modes: list[str] = Field(default_factory=lambda: ["chat", "completion", "embedding"])

    @field_validator("params")
    @classmethod
    def _no_secrets(cls, value: dict[str, Any]) -> dict[str, Any]:
        if "api_key" in value:
            raise ValueError("put the key in an environment variable and name it in api_key_env")
        return value

    @property
    def provider(self) -> str:
        return self.model.split("/", 1)[0] if "/" in self.model else "openai"

    def call_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": self.model, "timeout": self.timeout}
        if self.api_base:
            kwargs["api_base"] = self.api_base
        if self.api_key_env:
            kwargs["api_key"] = os.environ.get(self.api_key_env, "")
        kwargs.update(self.params)
        return kwargs

    @property
    def shows_upstream_request(self) -> bool:
        """The offline echo model answers with the upstream request itself."""
        return self.model == "candor/echo"

    def is_configured(self) -> bool:
        return not self.api_key_env or bool(os.environ.get(self.api_key_env))


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    models: dict[str, ModelRoute]


class ModelsConfigError(Exception):
    pass


@dataclass
class ModelCatalog:
    routes: dict[str, ModelRoute] = field(default_factory=dict)
    source: str = ""

    def get(self, alias: str) -> ModelRoute | None:
        return self.routes.get(alias)

    def chain(self, alias: str) -> list[ModelRoute]:
        """The route and its fallbacks, in order, each once."""
        seen: list[str] = []
        todo = [alias]
        while todo:
            name = todo.pop(0)
            if name in seen or name not in self.routes:
                continue
            seen.append(name)
            todo.extend(self.routes[name].fallbacks)
        return [self.routes[name] for name in seen]


def load_models(path: str | os.PathLike[str]) -> ModelCatalog:
    try:
        raw = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise ModelsConfigError(f"cannot read models file {path}: {exc}") from exc
    for alias, body in ((raw or {}).get("models") or {}).items():
        if isinstance(body, dict) and "api_key" in body:
            raise ModelsConfigError(
                f"{path}: model {alias!r} has api_key; name the env var with api_key_env instead"
            )
    try:
        parsed = _File.model_validate(raw or {})
    except ValidationError as exc:
        raise ModelsConfigError(f"{path}: {exc}") from exc
    for alias, route in parsed.models.items():
        route.alias = alias
        for fb in route.fallbacks:
            if fb not in parsed.models:
                raise ModelsConfigError(f"{path}: model {alias!r} falls back to unknown {fb!r}")
    return ModelCatalog(routes=parsed.models, source=str(path))
