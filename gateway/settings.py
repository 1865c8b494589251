"""Process-wide settings: built-in defaults < an optional YAML file < ``CANDOR_*`` env vars <
explicit values (command-line flags).

pydantic-settings reads the environment: ``CANDOR_DATA_DIR=/srv/candor``; structured values are
JSON (``CANDOR_PII_CONFIG='{"entities": ["PERSON"]}'``). Only paths and knobs live here; models,
keys and policies have files of their own.
"""

from __future__ import annotations

import contextvars
import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from gateway.limits.config import LimitsConfig

DEFAULTS_DIR = Path(__file__).parent / "defaults"

# The YAML file ``load_settings`` was asked to read (a context variable, so concurrent loads in
# tests cannot see each other's file).
_CONFIG_FILE: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "candor_config_file", default=None)


class _YamlFile(PydanticBaseSettingsSource):
    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ returns the whole mapping

    def __call__(self) -> dict[str, Any]:
        return dict(_CONFIG_FILE.get() or {})


class WitnessTarget(BaseModel):
    """Where checkpoints are published (gateway/audit/witness_http.py): an HTTP witness
    (c2sp.org/tlog-witness: ``url``, and its ``name`` and Ed25519 ``public_key`` to check its
    cosignatures) or a directory a pulling witness reads (``dir``)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    url: str | None = None
    public_key: str | None = None  # base64 or PEM
    dir: Path | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> "WitnessTarget":
        if (self.url is None) == (self.dir is None):
            raise ValueError("a witness needs either url (with public_key) or dir")
        if self.url is not None and not self.public_key:
            raise ValueError("an HTTP witness needs its public_key to check its cosignatures")
        return self


class Settings(BaseSettings):
    model_config = SettingsConfigDict(extra="forbid", env_prefix="CANDOR_",
                                      env_nested_delimiter="__")

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings],
                                   init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        # first wins: explicit values, then the environment, then the YAML file
        return init_settings, env_settings, _YamlFile(settings_cls)

    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    data_dir: Path = Path("var")
    models_file: Path = DEFAULTS_DIR / "models.yaml"
    keys_file: Path | None = None  # default: <data_dir>/keys.yaml
    # API keys in PostgreSQL (a fleet: every replica sees a revocation within the refresh
    # interval), e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/candor; unset: keys_file
    keys_url: str | None = None
    keys_schema: str | None = None  # PostgreSQL schema for the keys table
    keys_refresh_interval: float = Field(default=1.0, gt=0, le=5)  # seconds between re-reads
    policies_dir: Path = Path("policies")
    policies_enabled: bool = True  # the policy engine and its checks (gateway/policy)
    marking_enabled: bool = True  # disclosure + invisible mark (gateway/marking)
    policy_poll_interval: float = Field(default=1.0, ge=0)  # seconds; 0 turns the file poll off
    max_body_bytes: int = Field(default=4 * 1024 * 1024, gt=0)
    # an answer longer than this (characters, all choices) is cut with a 502 output_too_large:
    # what a worker holds per request stays bounded (a model's largest answers are ~0.5 M)
    max_output_chars: int = Field(default=8 * 1024 * 1024, gt=0)
    # JSON nesting a request body may have (JSON schemas in tools/response_format nest deepest)
    max_json_depth: int = Field(default=64, ge=4, le=200)
    log_level: str = "info"
    log_prompts: bool = False  # prompts and completions stay out of logs unless this is set
    # GET /metrics needs an admin or audit key (app and model names, volumes); false for an
    # unauthenticated scrape on a private network
    metrics_require_key: bool = True
    stream_first_chunk_timeout: float = Field(default=600.0, gt=0)
    # contact-frequency counters: "sqlite" (<data_dir>/frequency.sqlite3) or "redis" (replicas)
    frequency_backend: str = "sqlite"
    redis_url: str = "redis://127.0.0.1:6379/0"
    frequency_prefix: str = "candor:freq:"
    # secret for hashing recipient ids in the counters (replicas sharing Redis must share it);
    # default: a random one kept in <data_dir>/frequency.salt
    frequency_salt: str | None = None
    # openai/<model> chat routes bypass litellm (gateway/upstream/openai_compat.py)
    upstream_direct_openai: bool = True
    pii_enabled: bool = True  # the PII stages (gateway/pii); per-policy config lives in policies
    pii_cache_size: int = Field(default=4096, ge=0)  # analysed segments kept per process
    pii_processes: int = Field(default=0, ge=0)  # >0: analysis in a process pool (idle cores)
    # A PIIConfig (gateway/pii/config.py) for every request, until policies carry `pii:`.
    pii_config: dict[str, Any] | None = None
    # audit log (gateway/audit): SQLite file <data_dir>/audit.db unless audit_url is set
    audit_enabled: bool = True
    audit_url: str | None = None  # e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/candor
    audit_schema: str | None = None  # PostgreSQL schema (search_path) for the audit tables
    audit_on_unavailable: Literal["fail", "spool"] = "fail"  # fail closed (503) or spool+replay
    # a commit the store does not finish in this many seconds fails (503, or the spool): a
    # stalled database never hangs requests; /readyz says not ready meanwhile
    # keep each record's content this many days, then prune it (leaf hashes and the time, app,
    # model, status and cost columns stay; docs/audit.md "Retention"). Unset: keep forever.
    # The EU AI Act (Art. 19) asks deployers of high-risk systems for at least six months.
    audit_retention_days: float | None = Field(default=None, gt=0)
    # checkpoints are published to these witnesses every audit_witness_interval seconds
    audit_witnesses: list[WitnessTarget] = Field(default_factory=list)
    audit_witness_interval: float = Field(default=10.0, gt=0)
    audit_commit_timeout: float = Field(default=10.0, gt=0, le=300)
    audit_recipient_salt: str | None = None  # default: <data_dir>/recipient.salt
    audit_origin: str = "candor/audit"  # checkpoint origin line
    audit_checkpoint_interval: float = Field(default=1.0, ge=0)  # seconds between checkpoints
    audit_batch_max: int = Field(default=512, gt=0)
    audit_sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    # the SQLite WAL is extended to this size once so commits overwrite blocks (fast fsync)
    audit_sqlite_wal_prealloc_mb: int = Field(default=64, ge=0)
    # where the append transaction runs: a child process per worker (its own GIL and core), or
    # the worker itself; auto: the child for SQLite (its driver holds the GIL at every statement),
    # the worker for PostgreSQL (asyncpg waits without it; the pipe hop only added latency)
    audit_writer: Literal["auto", "process", "thread"] = "auto"
    # the Ed25519 private key that signs marks and checkpoints (gateway/signing.py); default
    # <data_dir>/signing.key, created on first start. signing-keys.json beside it lists the
    # public keys (retired ones too)
    signing_key_file: Path | None = None
    # a replica of several: refuses to start without the shared signing_key_file rather than
    # invent a key of its own
    fleet: bool = False
    # OTLP/HTTP traces (gateway/otel.py, the `otel` extra): e.g. http://collector:4318; off
    # when unset
    otel_endpoint: str | None = None
    otel_service_name: str = "candor"
    # the web console at /console (gateway/console): sign-in with a review/audit/admin key
    console_enabled: bool = True
    console_session_ttl: float = Field(default=8 * 3600.0, gt=0)  # seconds a sign-in lasts

    # human review of held generations (gateway/review, docs/review.md); needs the audit log
    review_enabled: bool = True
    review_webhook_url: str | None = None  # every policy's outcome webhook unless it names one
    review_webhook_secret: str | None = None  # HMAC key; default <data_dir>/review-webhook.secret
    review_webhook_attempts: int = Field(default=5, ge=1, le=20)
    review_webhook_backoff: float = Field(default=0.5, gt=0)  # seconds, doubled per retry
    review_sweep_interval: float = Field(default=30.0, ge=0)  # seconds; 0: polls expire only
    # approved texts can be fetched again this long after the first delivery; then the sealed
    # placeholder values are deleted
    review_redelivery_window: float = Field(default=3600.0, ge=0)
    # rate limits and budgets per key, app and model (gateway/limits/config.py, docs/limits.md)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)

    @property
    def resolved_keys_file(self) -> Path:
        return self.keys_file or self.data_dir / "keys.yaml"


class SettingsError(Exception):
    pass


def load_settings(config_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Defaults < YAML file (``CANDOR_CONFIG`` or the argument) < ``CANDOR_*`` env < overrides."""
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    path = config_file or os.environ.get("CANDOR_CONFIG")
    if path:
        try:
            text = Path(path).read_text()
            loaded = yaml.safe_load(text) or {}
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except OSError as exc:
            raise SettingsError(f"cannot read config file {path}: {exc}") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
            raise SettingsError(f"{where}: not valid YAML: {problem}") from None
        if not isinstance(loaded, dict):
            raise SettingsError(f"{path}:1: expected a mapping of settings at the top level")
        if isinstance(node, yaml.MappingNode):
            lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
        values.update(loaded)
    token = _CONFIG_FILE.set(values)
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise SettingsError(_explain(exc, path, lines)) from None
    finally:
        _CONFIG_FILE.reset(token)


def _explain(exc: ValidationError, path: Any, lines: dict[str, int]) -> str:
    """One line per mistake, naming where it came from: ``candor.yaml:3: workrs: unknown
    setting (did you mean 'workers'?)`` or ``CANDOR_PORT: ...``."""
    import difflib

    out = []
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else "settings"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            close = difflib.get_close_matches(name, list(Settings.model_fields), n=1)
            msg = "unknown setting" + (f" (did you mean {close[0]!r}?)" if close else "")
        elif "input" in err and not isinstance(err["input"], (dict, list)):
            msg += f", not {err['input']!r}"
        if name in lines:
            where = f"{path}:{lines[name]}: {name}"
        elif f"CANDOR_{name.upper()}" in os.environ:
            where = f"CANDOR_{name.upper()}"
        else:
            where = name
        out.append(f"{where}: {msg}")
    return "\n".join(out)
