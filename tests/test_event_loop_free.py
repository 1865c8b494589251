"""One large prompt must not freeze a worker (issue 13, item 1): while a 400 KB prompt is being
scanned, /healthz and ordinary requests keep answering. Through a real gateway with the shipped
policy (PII, every check, marking, audit)."""

from __future__ import annotations

import threading
import time

import httpx

from tests.harness import Gateway


def test_healthz_and_small_requests_answer_while_a_huge_prompt_is_scanned(
        gateway: Gateway) -> None:
    # every sentence its own, so no segment is in the analyzer's cache from an earlier test (the
    # checks' tests send the same fox many times over): the scan must really run
    big = "".join(f"The quick brown fox {i} jumps over the lazy dog. " for i in range(400_000 // 50))
    headers = {"Authorization": f"Bearer {gateway.keys['app']}"}
    result: dict[str, object] = {}

    def send_big() -> None:
        t0 = time.monotonic()
        r = httpx.post(f"{gateway.v1}/chat/completions", headers=headers, timeout=300,
                       json={"model": "echo", "messages": [{"role": "user", "content": big}]})
        result["status"], result["seconds"] = r.status_code, time.monotonic() - t0

    worker = threading.Thread(target=send_big)
    worker.start()
    time.sleep(0.3)  # the big request is in the gateway now
    health: list[float] = []
    small: list[float] = []
    while worker.is_alive() and len(health) < 20:
        t0 = time.monotonic()
        assert httpx.get(f"{gateway.base_url}/healthz", timeout=30).status_code == 200
        health.append(time.monotonic() - t0)
        t0 = time.monotonic()
        r = httpx.post(f"{gateway.v1}/chat/completions", headers=headers, timeout=60,
                       json={"model": "echo", "messages": [{"role": "user", "content": "hi"}]})
        assert r.status_code == 200
        small.append(time.monotonic() - t0)
    worker.join(300)
    assert result.get("status") == 200, result
    # a sanity bound, not a benchmark: before, these waited for the whole scan (14-218 s)
    assert health and max(health) < 2.0, health
    assert max(small) < 10.0, small
