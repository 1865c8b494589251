"""Read a directory of policy files into a PolicySet, or a list of every mistake in it.

Validation has two passes over each file, both collected rather than stopping at the first:
structure (pydantic: unknown keys, wrong types, unknown categories) and meaning (entities, regular
expressions, duplicate principals, references between policies, cycles in ``extends``). Each
error carries the file and the line of the offending YAML node.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import rfc8785
import yaml
from pydantic import BaseModel, ValidationError

from gateway.policy import safe_regex
from gateway.policy.schema import PII_ENTITIES, Policy

Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class PolicyError:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "message": self.message}


class PolicyLoadError(Exception):
    def __init__(self, errors: list[PolicyError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


# -- YAML with line numbers ---------------------------------------------------------------------

@dataclass
class SourceFile:
    path: Path
    data: Any
    lines: dict[Path_, int]  # path of a node -> 1-based line
    key_lines: dict[Path_, int]  # path of a mapping key -> line of the key itself

    def line(self, loc: Iterable[Any]) -> int | None:
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get(())

    def key_line(self, loc: Iterable[Any]) -> int | None:
        loc = tuple(loc)
        return self.key_lines.get(loc) or self.line(loc)


def _walk(node: yaml.Node, loc: Path_, lines: dict, key_lines: dict, errors: list[str]) -> None:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
            if key in seen:
                errors.append(f"{k.start_mark.line + 1}\x00duplicate key {key!r}")
            seen.add(key)
            key_lines[loc + (key,)] = k.start_mark.line + 1
            _walk(v, loc + (key,), lines, key_lines, errors)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, loc + (i,), lines, key_lines, errors)


def read_source(path: Path) -> tuple[SourceFile | None, list[PolicyError]]:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [PolicyError(name, None, f"cannot read the file: {exc}")]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [PolicyError(name, line, f"not valid YAML: {problem}")]
    lines: dict[Path_, int] = {}
    key_lines: dict[Path_, int] = {}
    dupes: list[str] = []
    if node is not None:
        _walk(node, (), lines, key_lines, dupes)
    errors = [PolicyError(name, int(d.split("\x00")[0]), d.split("\x00")[1]) for d in dupes]
    return SourceFile(path, data, lines, key_lines), errors


# -- structural validation -----------------------------------------------------------------------

def _unwrap(tp: Any) -> list[Any]:
    """The pydantic model / container types inside an annotation (Optional, list, dict)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return [t for a in typing.get_args(tp) for t in _unwrap(a)]
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    return [tp]


def _fields_at(model: type[BaseModel], loc: Path_) -> list[str]:
    """Field names of the model found by following ``loc`` from ``model``."""
    candidates: list[Any] = [model]
    for part in loc:
        nxt: list[Any] = []
        for tp in candidates:
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                if isinstance(part, str) and part in tp.model_fields:
                    nxt.extend(_unwrap(tp.model_fields[part].annotation))
            else:
                origin = typing.get_origin(tp)
                args = typing.get_args(tp)
                if origin is list and isinstance(part, int) and args:
                    nxt.extend(_unwrap(args[0]))
                elif origin is dict and len(args) == 2:
                    nxt.extend(_unwrap(args[1]))
        candidates = nxt
    out: list[str] = []
    for tp in candidates:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            out.extend(tp.model_fields)
    return out


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _loc_text(loc: Path_) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


_TYPE_WORDS = {
    "string_type": "a string", "int_type": "a whole number", "int_parsing": "a whole number",
    "float_type": "a number", "float_parsing": "a number", "bool_type": "true or false",
    "bool_parsing": "true or false", "list_type": "a list", "dict_type": "a mapping",
    "model_type": "a mapping", "model_attributes_type": "a mapping",
}


def _structural(src: SourceFile) -> list[PolicyError]:
    name = str(src.path)
    if src.data is None:
        return [PolicyError(name, 1, "the file is empty; expected a policy mapping")]
    if not isinstance(src.data, dict):
        return [PolicyError(name, src.line(()), "expected a mapping at the top level")]
    try:
        Policy.model_validate(src.data)
        return []
    except ValidationError as exc:
        raw = exc.errors(include_url=False)
    errors: list[PolicyError] = []
    seen: set[tuple[Any, ...]] = set()
    for err in raw:
        loc = tuple(p for p in err["loc"] if p != "[key]")
        kind = err["type"]
        if loc[-1:] == ("action",) and loc[:-1] + ("action",) not in src.lines \
                and loc[:-1] + ("frustration",) in src.lines:
            loc = loc[:-1] + ("frustration",)  # the spelling the file used (an alias of action)
        where = _loc_text(loc)
        if kind == "extra_forbidden":
            key = loc[-1]
            allowed = _fields_at(Policy, loc[:-1])
            msg = f"unknown key {key!r} in {_loc_text(loc[:-1])}{_suggest(key, allowed)}"
            line = src.key_line(loc)
        elif kind == "literal_error":
            expected = re.findall(r"'([^']*)'", err["ctx"].get("expected", ""))
            value = err.get("input")
            is_key = "[key]" in err["loc"] and err["loc"][-1] == "[key]"
            what = "unknown category" if is_key or "categories" in loc else "unknown value"
            msg = (f"{what} {value!r} at {where}{_suggest(value, expected)}; "
                   f"expected one of: {', '.join(expected)}")
            if isinstance(value, bool):  # YAML 1.1 reads an unquoted yes/no/on/off as a boolean
                msg = (f"{what} {value!r} at {where} (YAML reads an unquoted yes/no/on/off as "
                       f"true/false: write one of {', '.join(expected)}, quoted if it looks like "
                       "a yes/no)")
            line = src.key_line(loc) if is_key else src.line(loc)
        elif kind == "missing":
            msg = f"{where} is required"
            line = src.line(loc[:-1])
        elif kind in _TYPE_WORDS:
            got = type(err.get("input")).__name__
            msg = f"{where} must be {_TYPE_WORDS[kind]}, not {got}"
            line = src.line(loc)
        elif kind == "string_pattern_mismatch":
            msg = f"{where}: {err.get('input')!r} does not match {err['ctx']['pattern']}"
            line = src.line(loc)
        else:
            msg = f"{where}: {err['msg'].removeprefix('Value error, ')}"
            line = src.line(loc)
        sig = (line, msg)
        if sig in seen:  # unions report one mistake once per branch
            continue
        seen.add(sig)
        errors.append(PolicyError(name, line, msg))
    return _collapse_union_noise(errors)


def _collapse_union_noise(errors: list[PolicyError]) -> list[PolicyError]:
    """``X | None`` fields report a type error per branch; keep one message per line+field."""
    out: list[PolicyError] = []
    seen: set[tuple[int | None, str]] = set()
    for e in errors:
        head = e.message.split(" must be ")[0]
        if (e.line, head) in seen and " must be " in e.message:
            continue
        seen.add((e.line, head))
        out.append(e)
    return out


# -- semantic validation (tolerates wrong types: structural errors are reported already) ---------

def _regex_error(pattern: Any, engine: str = "rule") -> str | None:
    return safe_regex.check(pattern, engine=engine)  # bad, or could backtrack for ever


def _semantic(src: SourceFile) -> list[PolicyError]:
    data = src.data if isinstance(src.data, dict) else {}
    name = str(src.path)
    errors: list[PolicyError] = []

    def err(loc: Path_, msg: str) -> None:
        errors.append(PolicyError(name, src.line(loc), msg))

    pii = data.get("pii")
    if isinstance(pii, dict):
        custom = {r.get("name") for r in pii.get("custom_recognizers") or [] if isinstance(r, dict)}
        known = PII_ENTITIES | {c for c in custom if isinstance(c, str)}
        for i, ent in enumerate(pii.get("entities") or [] if isinstance(pii.get("entities"), list) else []):
            if isinstance(ent, str) and ent not in known:
                err(("pii", "entities", i), f"unknown PII entity {ent!r}{_suggest(ent, known)}")
        actions = pii.get("actions")
        if isinstance(actions, dict):
            for ent in actions:
                if ent not in known:
                    errors.append(PolicyError(name, src.key_line(("pii", "actions", ent)),
                                              f"unknown PII entity {ent!r} in pii.actions"
                                              f"{_suggest(ent, known)}"))
        for i, rec in enumerate(pii.get("custom_recognizers") or []):
            if isinstance(rec, dict) and (problem := _regex_error(rec.get("pattern"),
                                                                  "backtracking")):
                err(("pii", "custom_recognizers", i, "pattern"), problem)
    for section in ("custom_rules",):
        for i, rule in enumerate(data.get(section) or [] if isinstance(data.get(section), list) else []):
            if isinstance(rule, dict) and (problem := _regex_error(rule.get("pattern"))):
                err((section, i, "pattern"), problem.replace(
                    "regular expression", f"regular expression in rule {rule.get('id')!r}", 1))
    ids: dict[str, int] = {}
    for section in ("custom_rules", "validators"):
        items = data.get(section)
        for i, rule in enumerate(items if isinstance(items, list) else []):
            rid = rule.get("id") if isinstance(rule, dict) else None
            if isinstance(rid, str):
                if rid in ids:
                    err((section, i, "id"), f"duplicate rule id {rid!r}")
                ids[rid] = i
    gw = data.get("ghostwriting")
    if isinstance(gw, dict) and isinstance(gw.get("principals"), list):
        names: dict[str, int] = {}
        for i, p in enumerate(gw["principals"]):
            if not isinstance(p, dict):
                continue
            for j, n in enumerate([p.get("name"), *(p.get("aliases") or [])]):
                if not isinstance(n, str):
                    continue
                key = " ".join(n.lower().split())
                loc = ("ghostwriting", "principals", i) + (("name",) if j == 0 else ("aliases", j - 1))
                if key in names and names[key] != i:
                    err(loc, f"duplicate principal {n!r} (also principal #{names[key] + 1})")
                elif key in names and j == 0:
                    err(loc, f"duplicate principal {n!r}")
                names.setdefault(key, i)
    return errors


def _validators(src: SourceFile) -> list[PolicyError]:
    """Import and instantiate each guardrails validator, so a typo fails at load, not at use."""
    data = src.data if isinstance(src.data, dict) else {}
    items = data.get("validators")
    if not isinstance(items, list) or not items:
        return []
    from gateway.policy.guardrails_bridge import build_validator

    errors = []
    for i, spec in enumerate(items):
        if not isinstance(spec, dict) or not isinstance(spec.get("validator"), str):
            continue
        try:
            build_validator(spec["validator"], spec.get("params") or {}, spec.get("on_fail"))
        except Exception as exc:  # noqa: BLE001 - any failure is a policy error
            errors.append(PolicyError(str(src.path), src.line(("validators", i, "validator")),
                                      f"validator {spec.get('id')!r}: {exc}"))
    return errors


def _dedupe(errors: list[PolicyError]) -> list[PolicyError]:
    """A feature model and the semantic pass may both report the same bad regex or entity."""
    out: list[PolicyError] = []
    for e in errors:
        topic = next((t for t in ("regular expression", "entit") if t in e.message), None)
        if topic and any(o.file == e.file and o.line == e.line and topic in o.message
                         for o in out):
            continue
        out.append(e)
    return out


# -- the set ---------------------------------------------------------------------------------

@dataclass
class ResolvedPolicy:
    name: str
    version: str
    model: Policy
    content: dict[str, Any]  # canonical resolved content (what the version hashes)
    files: list[str]

    @property
    def mode(self) -> str:
        return self.model.mode


@dataclass
class PolicySet:
    policies: dict[str, ResolvedPolicy]
    apps: dict[str, str]
    files: dict[str, str] = field(default_factory=dict)  # file -> sha256 of bytes
    loaded_at: float = 0.0
    runtime: dict[str, Any] = field(default_factory=dict)  # per-policy compiled engines

    def for_app(self, app: str, key_policy: str) -> ResolvedPolicy | None:
        return self.policies.get(self.apps.get(app) or key_policy)

    def binding(self, app: str, key_policy: str) -> str:
        return self.apps.get(app) or key_policy


def deep_merge(base: Any, over: Any) -> Any:
    """Mappings merge key by key; lists and scalars in the child replace the parent's."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = deep_merge(base[k], v) if k in base else copy.deepcopy(v)
        return out
    return copy.deepcopy(over)


def canonical_version(content: dict[str, Any]) -> str:
    return hashlib.sha256(rfc8785.dumps(content)).hexdigest()


def policy_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    # Dotfiles are editor locks and temporaries (.#default.yaml), never policies.
    return sorted(p for p in path.iterdir()
                  if p.suffix in (".yaml", ".yml") and not p.name.startswith(".") and p.is_file())


def load_policy_set(directory: Path, check_validators: bool = True) -> PolicySet:
    """Load every policy file in ``directory``; raise PolicyLoadError with all mistakes."""
    import time

    errors: list[PolicyError] = []
    sources: dict[str, SourceFile] = {}
    hashes: dict[str, str] = {}
    for path in policy_files(directory):
        try:
            hashes[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            pass
        src, errs = read_source(path)
        errors.extend(errs)
        if src is None:
            continue
        errors.extend(_structural(src))
        errors.extend(_semantic(src))
        if check_validators:
            errors.extend(_validators(src))
        data = src.data if isinstance(src.data, dict) else {}
        name = data.get("policy") if isinstance(data.get("policy"), str) else path.stem
        if name in sources:
            errors.append(PolicyError(str(path), src.line(("policy",)),
                                      f"policy {name!r} is also defined in {sources[name].path}"))
            continue
        sources[name] = src

    # References: extends, apps.
    apps: dict[str, str] = {}
    app_src: dict[str, str] = {}
    for name, src in sources.items():
        data = src.data if isinstance(src.data, dict) else {}
        parent = data.get("extends")
        if isinstance(parent, str) and parent not in sources:
            errors.append(PolicyError(str(src.path), src.line(("extends",)),
                                      f"extends unknown policy {parent!r}"
                                      f"{_suggest(parent, sources)}"))
        bound = data.get("apps")
        for app, target in (bound.items() if isinstance(bound, dict) else []):
            if not isinstance(target, str):
                continue
            if target not in sources:
                errors.append(PolicyError(str(src.path), src.line(("apps", app)),
                                          f"app {app!r} is bound to unknown policy {target!r}"
                                          f"{_suggest(target, sources)}"))
            elif app in apps and apps[app] != target:
                errors.append(PolicyError(str(src.path), src.line(("apps", app)),
                                          f"app {app!r} is bound to {target!r} here and to "
                                          f"{apps[app]!r} in {app_src[app]}"))
            else:
                apps[app], app_src[app] = target, str(src.path)
    # Cycles in extends.
    for name, src in sources.items():
        chain, cur = [name], name
        while True:
            data = sources[cur].data if isinstance(sources[cur].data, dict) else {}
            parent = data.get("extends")
            if not isinstance(parent, str) or parent not in sources:
                break
            if parent in chain:
                if chain.index(parent) == 0:  # report each cycle from each member once
                    errors.append(PolicyError(str(src.path), src.line(("extends",)),
                                              "extends forms a cycle: "
                                              + " -> ".join(chain + [parent])))
                break
            chain.append(parent)
            cur = parent
    if errors:
        raise PolicyLoadError(_dedupe(sorted(errors, key=lambda e: (e.file, e.line or 0))))

    resolved: dict[str, ResolvedPolicy] = {}
    for name, src in sources.items():
        chain = [name]
        while isinstance((sources[chain[-1]].data or {}).get("extends"), str):
            chain.append(sources[chain[-1]].data["extends"])
        merged: dict[str, Any] = {}
        for member in reversed(chain):
            merged = deep_merge(merged, sources[member].data or {})
        merged.pop("apps", None)
        merged.pop("extends", None)
        merged["policy"] = name
        try:
            model = Policy.model_validate(merged)
        except ValidationError as exc:  # a merge can still be inconsistent
            raise PolicyLoadError([PolicyError(str(src.path), None, f"after extends: {exc}")])
        content = model.model_dump(mode="json", exclude_none=True)
        content.pop("apps", None)
        content["extends_chain"] = chain[1:]
        resolved[name] = ResolvedPolicy(name, canonical_version(content), model, content,
                                        [str(sources[m].path) for m in chain])
    return PolicySet(resolved, apps, hashes, time.time())


def check_path(path: Path, check_validators: bool = True) -> list[PolicyError]:
    """Every mistake in a policy file or directory (empty when it is valid)."""
    if not path.exists():
        return [PolicyError(str(path), None, "no such file or directory")]
    if path.is_file():
        directory_errors = []
        try:
            load_policy_set(path.parent, check_validators)
        except PolicyLoadError as exc:
            directory_errors = [e for e in exc.errors if e.file == str(path)]
        return directory_errors
    try:
        load_policy_set(path, check_validators)
    except PolicyLoadError as exc:
        return exc.errors
    return []

