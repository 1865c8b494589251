"""Issue 13, items 1 (policy regexes) and 7 (torn policy writes).

- a custom rule like ``(a+)+$`` runs on RE2 (linear time): 27 x "a" + "!" no longer blocks a
  worker; patterns that must run on a backtracking engine (lookaround rules, PII custom
  recognizers) are refused with file:line when they could backtrack exponentially;
- a policy file caught half-written is never applied; removing sections or rules is logged;
  ``candor policy apply`` replaces a file atomically after validating it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest
from structlog.testing import capture_logs

from gateway.checks.registry import CHECKS
from gateway.policy.loader import check_path, load_policy_set
from gateway.policy.registry import PolicyRegistry
from gateway.policy.safe_regex import backtracking_risk, compile_rule
from tests.conftest import PROVIDER_KEY, ROOT
from tests.harness import Gateway, Llmock, mock_models, start_gateway

DEFAULT = (ROOT / "policies" / "default.yaml").read_text()
TORN = DEFAULT[:DEFAULT.index("sensitive_topics:")]  # valid YAML: the drill's torn write
PREGNANCY = "Write an email for Dana. She is pregnant, so offer our baby range."


def write(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.write_text(textwrap.dedent(text).lstrip())
    return p


def errors_of(d: Path) -> list[tuple[str, int | None, str]]:
    return [(Path(e.file).name, e.line, e.message) for e in check_path(d)]


def version_of(text: str, tmp: Path) -> str:
    d = tmp / f"v-{abs(hash(text))}"
    d.mkdir()
    (d / "default.yaml").write_text(text)
    return load_policy_set(d).policies["default"].version


# -- item 1: regexes ----------------------------------------------------------------------------

@pytest.mark.parametrize("pattern,risky", [
    ("(a+)+$", True), (r"(\w+\s?)+$", True), ("(a|aa)*c", True), ("(a|a)*c", True),
    ("(.*x){20}", True), ("([a-z]+)*", True),
    (r"\b[A-Z]{2,4}-\d{6,10}\b", False), (r"(\d+-){3}", False), ("(cat|dog)+", False),
    ("(?:foo|bar|baz)*", False), (r"\b(cures?|heals?|treats?)\s+(cancer|covid)\b", False),
    (r"(?<![\w+.-])\(?\d{2,4}\)?(?:[ .-]\d{2,8}){1,4}(?![\w-])", False),
])
def test_backtracking_risk(pattern: str, risky: bool) -> None:
    assert bool(backtracking_risk(pattern)) is risky


def test_rules_run_in_linear_time() -> None:
    matcher = compile_rule("(a+)+$", True)
    started = time.monotonic()
    assert matcher.search("a" * 5000 + "!") is None  # re: astronomically long
    assert matcher.search("xx" + "a" * 30).span() == (2, 32)
    assert time.monotonic() - started < 5  # a generous sanity bound: "does not hang"
    assert compile_rule("PROJECT nightjar", False).search("a project Nightjar").span() == (2, 18)


def test_unsafe_patterns_are_refused_with_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "p.yaml", """
        policy: p
        pii:
          custom_recognizers:
            - {name: LOYALTY, pattern: '(a+)+$'}
        custom_rules:
          - {id: fine-on-re2, pattern: '(a+)+$'}
          - {id: lookbehind, pattern: '(?<=x)(a+)+$'}
          - {id: lookbehind-ok, pattern: '(?<=x)a+$'}
        """)
    errs = errors_of(tmp_path)
    assert any(f == "p.yaml" and ln == 4 and "unsafe regular expression" in m
               and "nested quantifiers" in m for f, ln, m in errs), errs
    assert any(f == "p.yaml" and ln == 7 and "rule 'lookbehind'" in m and "unsafe" in m
               for f, ln, m in errs), errs
    assert not any(ln in (6, 8) for _, ln, _ in errs), errs  # RE2 / safe on re: accepted
    r = subprocess.run([sys.executable, "-m", "gateway", "policy", "check", str(tmp_path)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 1 and "p.yaml:4" in r.stderr and "p.yaml:7" in r.stderr, r.stderr


REDOS_POLICY = "policy: default\ncustom_rules:\n  - {id: all-a, pattern: '(a+)+$', " \
               "where: input, action: block, message: 'only a'}\n"


@pytest.fixture(scope="module")
def redos_gw(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    home = tmp_path_factory.mktemp("redos-gw")
    pol = home / "policies"
    pol.mkdir()
    (pol / "default.yaml").write_text(REDOS_POLICY)
    gw = start_gateway(home, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings={"policies_dir": str(pol)})
    yield gw
    gw.stop()


def test_redos_rule_cannot_freeze_the_worker(redos_gw: Gateway) -> None:
    r = subprocess.run([sys.executable, "-m", "gateway", "policy", "check",
                        str(redos_gw.home / "policies")], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr  # the rule is fine: it runs on RE2
    headers = {"Authorization": f"Bearer {redos_gw.keys['app']}"}
    results: dict[str, int] = {}

    def attack() -> None:  # 12 s at 27 characters before, doubling per character
        r = httpx.post(redos_gw.v1 + "/chat/completions", headers=headers, timeout=60, json={
            "model": "echo", "messages": [{"role": "user", "content": "a" * 60 + "!"}]})
        results["attack"] = r.status_code

    t = threading.Thread(target=attack)
    t.start()
    health = httpx.get(redos_gw.base_url + "/healthz", timeout=30)
    t.join(60)
    assert health.status_code == 200
    assert results.get("attack") == 200
    r = httpx.post(redos_gw.v1 + "/chat/completions", headers=headers, timeout=30, json={
        "model": "echo", "messages": [{"role": "user", "content": "a" * 60}]})
    assert r.status_code == 400 and r.json()["error"]["code"] == "content_policy_violation"


# -- item 7: torn writes, removals, atomic apply --------------------------------------------------

def test_torn_write_is_not_applied(tmp_path: Path) -> None:
    pol = tmp_path / "policies"
    pol.mkdir()
    (pol / "default.yaml").write_text(DEFAULT)
    reg = PolicyRegistry(pol, tmp_path / "data", dict(CHECKS), settle=1.0)
    v1 = reg.active.runtimes["default"].version
    path = pol / "default.yaml"
    with path.open("w") as f:  # an in-place save, caught half-way (no rename)
        f.write(TORN)
        f.flush()

        def finish_later() -> None:
            time.sleep(0.3)
            f.write(DEFAULT[len(TORN):])
            f.flush()

        finisher = threading.Thread(target=finish_later)
        finisher.start()
        result = reg.reload()  # the poll: sees the torn file first
        finisher.join()
    assert not result.changed  # still moving: not applied
    assert reg.active.runtimes["default"].version == v1
    assert reg.active.runtimes["default"].policy.content.get("sensitive_topics")
    # the torn file would have been a valid policy on its own: only stability kept it out
    assert version_of(TORN, tmp_path) != v1
    # once stable, the change applies
    path.write_text(DEFAULT + "\n# comment only\n")
    os_mtime_bump(path)
    assert reg.reload().ok
    assert reg.active.runtimes["default"].version == v1  # same rules, same version


def os_mtime_bump(path: Path) -> None:
    import os

    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def test_removed_sections_and_rules_are_logged(tmp_path: Path) -> None:
    pol = tmp_path / "policies"
    pol.mkdir()
    (pol / "default.yaml").write_text(DEFAULT)
    reg = PolicyRegistry(pol, tmp_path / "data", dict(CHECKS), settle=0.05)
    smaller = TORN + "custom_rules:\n  - {id: only-one, pattern: 'x'}\n"
    tmp = pol / ".default.yaml.tmp"
    tmp.write_text(smaller)
    tmp.replace(pol / "default.yaml")
    with capture_logs() as logs:
        assert reg.reload().ok
    removed = [e for e in logs if e["event"] == "policy_sections_removed"]
    assert removed, logs
    assert removed[0]["file"] == "default.yaml"
    assert "sensitive_topics" in removed[0]["sections"]
    assert "ghostwriting" in removed[0]["sections"]
    assert removed[0]["rules"], removed  # the default's custom rules are gone too
    assert removed[0]["log_level"] == "warning"


def _apply(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway", "policy", "apply", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_policy_apply_is_validated_and_atomic(tmp_path: Path) -> None:
    pol = tmp_path / "policies"
    pol.mkdir()
    shutil.copy(ROOT / "policies" / "default.yaml", pol / "default.yaml")
    before = (pol / "default.yaml").read_bytes()
    bad = write(tmp_path, "default.yaml", "policy: default\nmode: bogus\n")
    r = _apply(str(bad), "--dir", str(pol))
    assert r.returncode == 1
    assert f"{bad}:2" in r.stderr and "left unchanged" in r.stderr, r.stderr
    assert (pol / "default.yaml").read_bytes() == before
    new = tmp_path / "new" / "default.yaml"
    new.parent.mkdir()
    new.write_text(DEFAULT.replace("mode: enforce", "mode: monitor", 1))
    r = _apply(str(new), "--dir", str(pol))
    assert r.returncode == 0, r.stderr
    assert (pol / "default.yaml").read_text() == new.read_text()
    assert sorted(p.name for p in pol.iterdir()) == ["default.yaml"]  # no temp file left
    smaller = tmp_path / "small.yaml"
    smaller.write_text(TORN)
    r = _apply(str(smaller), "--dir", str(pol), "--name", "default.yaml")
    assert r.returncode == 0, r.stderr
    assert "warning: default.yaml loses sections" in r.stderr and "sensitive_topics" in r.stderr


@pytest.fixture
def torn_gw(tmp_path: Path, llmock: Llmock) -> Iterator[Gateway]:
    home = tmp_path / "torn-gw"
    home.mkdir()
    pol = home / "policies"
    pol.mkdir()
    (pol / "default.yaml").write_text(DEFAULT)
    gw = start_gateway(home, mock_models(llmock), env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings={"policies_dir": str(pol), "policy_poll_interval": 0.1})
    yield gw
    gw.stop()


def test_torn_write_never_applies_through_the_gateway(torn_gw: Gateway, tmp_path: Path) -> None:
    """The drill: default.yaml cut before ``sensitive_topics:`` (valid YAML) while being
    saved in place; the gateway polls every 0.1 s. The torn version must never take effect."""
    headers = {"Authorization": f"Bearer {torn_gw.keys['admin']}"}
    app = {"Authorization": f"Bearer {torn_gw.keys['app']}"}
    body = {"model": "echo", "messages": [{"role": "user", "content": PREGNANCY}]}
    assert httpx.post(torn_gw.v1 + "/chat/completions", json=body, headers=app,
                      timeout=30).status_code == 400
    torn_version = version_of(TORN, tmp_path)
    final = DEFAULT.replace("mode: enforce", "mode: enforce\n# edited", 1)
    path = torn_gw.home / "policies" / "default.yaml"
    with path.open("w") as f:
        f.write(TORN)
        f.flush()
        statuses = []
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:  # requests while the file is torn
            statuses.append(httpx.post(torn_gw.v1 + "/chat/completions", json=body,
                                       headers=app, timeout=30).status_code)
        f.write(final[len(TORN):])
    time.sleep(2.5)  # the complete file settles and applies
    statuses.append(httpx.post(torn_gw.v1 + "/chat/completions", json=body, headers=app,
                               timeout=30).status_code)
    assert set(statuses) == {400}, statuses
    versions = httpx.get(torn_gw.base_url + "/admin/v1/policies/versions", headers=headers,
                         timeout=30).json()["versions"]
    assert torn_version not in {v.get("version") for v in versions}, versions
