"""The model catalogue: alias -> litellm model and its call parameters, from one YAML file.

Provider keys never live in this file: a route names the environment variable that holds its key.
Every mistake is reported with the file and line (``models.yaml:7: ...``), all at once, and the
file is re-read while the gateway runs (``ModelsWatch``): a broken edit never takes effect.
"""

from __future__ import annotations

import asyncio
import difflib
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
    # the route's own prices (USD per token), for budgets and the audit record's cost_usd;
    # unset: litellm's offline cost map
    input_cost_per_token: float | None = Field(default=None, ge=0)
    output_cost_per_token: float | None = Field(default=None, ge=0)

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
        """The offline echo models answer with the upstream request itself."""
        return self.model in ("candor/echo", "candor/echo-raw")

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
    error: str | None = None  # why the last reload of the file did not take effect

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


def _lines(text: str) -> dict[tuple[Any, ...], int]:
    """Path of each YAML node (and mapping key) -> its 1-based line."""
    out: dict[tuple[Any, ...], int] = {}

    def walk(node: yaml.Node, loc: tuple[Any, ...]) -> None:
        out.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                out[loc + (k.value,)] = k.start_mark.line + 1
                walk(v, loc + (k.value,))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, loc + (i,))

    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is not None:
        walk(node, ())
    return out


def _line(lines: dict[tuple[Any, ...], int], loc: tuple[Any, ...]) -> int:
    while loc and loc not in lines:
        loc = loc[:-1]
    return lines.get(loc, 1)


_FIELDS = sorted(n for n in ModelRoute.model_fields if n != "alias")


def load_models(path: str | os.PathLike[str]) -> ModelCatalog:
    """Parse and check a models file; ``ModelsConfigError`` lists every mistake, file:line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelsConfigError(f"{path}: cannot read the models file: {exc}") from None
    try:
        raw = yaml.safe_load(text)
        lines = _lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
        raise ModelsConfigError(f"{where}: not valid YAML: {problem}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("models"), dict):
        raise ModelsConfigError(f"{path}:1: expected a mapping with a 'models' mapping "
                                "(alias -> route)")
    errors: list[str] = []
    for alias, body in raw["models"].items():
        if isinstance(body, dict) and "api_key" in body:
            errors.append(f"{path}:{_line(lines, ('models', alias, 'api_key'))}: model "
                          f"{alias!r} has api_key; name the env var with api_key_env instead")
    try:
        parsed = _File.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            if errors and loc[-1:] == ("api_key",):
                continue
            msg = err["msg"]
            if err["type"] == "extra_forbidden" and len(loc) == 3:
                close = difflib.get_close_matches(str(loc[-1]), _FIELDS, n=1)
                msg = f"unknown setting {loc[-1]!r}" + (
                    f" (did you mean {close[0]!r}?)" if close else
                    f"; one of {', '.join(_FIELDS)}")
            elif err["type"] == "missing":
                msg = f"missing {loc[-1]!r}"
            name = ".".join(str(p) for p in loc[1:2]) or "models"
            detail = ".".join(str(p) for p in loc[2:])
            errors.append(f"{path}:{_line(lines, loc)}: model {name!r}"
                          + (f", {detail}" if detail and err["type"] != "extra_forbidden"
                             and err["type"] != "missing" else "") + f": {msg}")
        raise ModelsConfigError("\n".join(errors)) from None
    for alias, route in parsed.models.items():
        route.alias = alias
        if route.model.startswith("candor/") and route.model.split("/", 1)[1] not in OFFLINE:
            errors.append(f"{path}:{_line(lines, ('models', alias, 'model'))}: model {alias!r}: "
                          f"unknown offline model {route.model!r}; one of "
                          + ", ".join(f"candor/{m}" for m in OFFLINE))
        for fb in route.fallbacks:
            if fb not in parsed.models:
                close = difflib.get_close_matches(fb, list(parsed.models), n=1)
                errors.append(f"{path}:{_line(lines, ('models', alias, 'fallbacks'))}: model "
                              f"{alias!r} falls back to unknown {fb!r}"
                              + (f" (did you mean {close[0]!r}?)" if close else ""))
    if errors:
        raise ModelsConfigError("\n".join(errors))
    return ModelCatalog(routes=parsed.models, source=str(path))


# The offline models of gateway/upstream/echo.py (kept here so this module imports no provider).
OFFLINE = ("echo", "echo-raw", "demo")


class ModelsWatch:
    """Re-reads the models file when it changes (polled, like the policies). A file that does
    not load never takes effect: the catalogue in force stays, and the error is logged and kept
    in ``catalog.error`` (shown at ``GET /readyz``)."""

    def __init__(self, catalog: ModelCatalog, poll_interval: float) -> None:
        self.catalog = catalog
        self.poll_interval = poll_interval
        self._task: asyncio.Task[Any] | None = None
        self._stamp = self._stat()

    def _stat(self) -> tuple[float, int] | None:
        try:
            st = Path(self.catalog.source).stat()
        except OSError:
            return None
        return st.st_mtime, st.st_size

    def check(self) -> bool:
        """Reload if the file changed; True when a new catalogue took effect."""
        import structlog

        log = structlog.get_logger("candor.models")
        stamp = self._stat()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            fresh = load_models(self.catalog.source)
        except ModelsConfigError as exc:
            self.catalog.error = str(exc)
            log.error("models_reload_failed", error=str(exc))
            return False
        self.catalog.routes = fresh.routes
        self.catalog.error = None
        log.info("models_reloaded", models=sorted(fresh.routes))
        return True

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.poll_interval)
            self.check()

    async def start(self) -> None:
        if self.poll_interval > 0:
            self._task = asyncio.create_task(self._poll())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
