"""OpenTelemetry traces, exported over OTLP/HTTP to a real collector endpoint: a loopback HTTP
server started here that decodes the protobuf requests (opentelemetry-proto). A request with
personal data in every slot produces a server span, stage and sink spans and an upstream span,
one trace; no attribute holds any of the personal data."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

pytest.importorskip("opentelemetry.sdk")
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (  # noqa: E402
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

from tests.conftest import PROVIDER_KEY  # noqa: E402
from tests.harness import ROOT, Gateway, Llmock, mock_models, start_gateway  # noqa: E402

PII = ["Maria Gonzalez", "maria.gonzalez@example.com", "+44 20 7946 0958", "GB82WEST12345698765432",
       "crm-contact-90817", "user-maria-77"]


class Collector:
    """An OTLP/HTTP trace receiver on loopback: POST /v1/traces, protobuf bodies."""

    def __init__(self) -> None:
        self.spans: list[dict[str, Any]] = []
        self.paths: list[str] = []
        lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                request = ExportTraceServiceRequest.FromString(body)
                with lock:
                    outer.paths.append(self.path)
                    for rs in request.resource_spans:
                        resource = {a.key: _value(a.value) for a in rs.resource.attributes}
                        for ss in rs.scope_spans:
                            for s in ss.spans:
                                outer.spans.append({
                                    "name": s.name, "trace": s.trace_id.hex(),
                                    "id": s.span_id.hex(), "parent": s.parent_span_id.hex(),
                                    "kind": s.kind, "status": s.status.code,
                                    "attributes": {a.key: _value(a.value) for a in s.attributes},
                                    "resource": resource})
                reply = ExportTraceServiceResponse().SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()


def _value(v: Any) -> Any:
    return getattr(v, v.WhichOneof("value")) if v.WhichOneof("value") else None


@pytest.fixture(scope="module")
def traced(tmp_path_factory: pytest.TempPathFactory,
           llmock: Llmock) -> Iterator[tuple[Gateway, Collector]]:
    collector = Collector()
    gw = start_gateway(tmp_path_factory.mktemp("otel"), mock_models(llmock),
                       env={"MOCK_PROVIDER_KEY": PROVIDER_KEY},
                       settings={"otel_endpoint": collector.url,
                                 "otel_service_name": "candor-test"})
    yield gw, collector
    gw.stop()
    collector.close()


def _wait(collector: Collector, generation_id: str, timeout: float = 20) -> list[dict[str, Any]]:
    """The spans of the trace whose server span names ``generation_id``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        roots = [s for s in collector.spans
                 if s["attributes"].get("candor.generation_id") == generation_id
                 and s["kind"] == 2]  # SERVER
        if roots:
            trace = [s for s in collector.spans if s["trace"] == roots[0]["trace"]]
            if any(s["name"].startswith("upstream") for s in trace) and any(
                    s["name"] == "sink audit" for s in trace):
                return trace
        time.sleep(0.2)
    raise AssertionError(f"no complete trace for {generation_id}: {collector.spans[-10:]}")


def test_spans_per_request_stage_and_upstream_without_personal_data(
        traced: tuple[Gateway, Collector], mock: Llmock) -> None:
    gw, collector = traced
    mock.scenario({"type": "reply", "text": "Dear customer, your order ships on Monday."})
    prompt = (f"Write a delivery note for {PII[0]} ({PII[1]}, phone {PII[2]}); refund to "
              f"{PII[3]}.")
    r = httpx.post(f"{gw.v1}/chat/completions", timeout=60,
                   headers={"Authorization": f"Bearer {gw.keys['app']}",
                            "X-Candor-Recipient": PII[4]},
                   json={"model": "mock", "user": PII[5],
                         "messages": [{"role": "user", "content": prompt}]})
    assert r.status_code == 200, r.text
    gen = r.headers["x-candor-generation-id"]
    spans = _wait(collector, gen)
    assert set(collector.paths) == {"/v1/traces"}

    server = next(s for s in spans if s["kind"] == 2)
    assert server["name"] == "POST /v1/chat/completions" and server["parent"] == ""
    assert server["attributes"]["http.response.status_code"] == 200
    assert server["resource"]["service.name"] == "candor-test"
    stages = {(s["attributes"]["candor.stage"], s["attributes"]["candor.hook"])
              for s in spans if "candor.stage" in s["attributes"]}
    # every stage that keeps a run for the request (policy_bind and user_id act at start)
    for stage in ("limits", "marking", "pii", "policy"):
        assert {(stage, "on_request"), (stage, "on_complete")} <= stages, stages
    assert {name for name, _ in stages} <= {"limits", "policy_bind", "user_id", "marking", "pii",
                                            "policy"}
    upstream = [s for s in spans if s["name"] == "upstream mock"]
    assert len(upstream) == 1
    assert upstream[0]["attributes"]["candor.upstream.model"] == "openai/gpt-4o-mini"
    sinks = {s["attributes"]["candor.sink"] for s in spans if "candor.sink" in s["attributes"]}
    assert sinks == {"observe", "audit", "review"}
    ids = {s["id"] for s in spans}
    assert all(s["parent"] in ids for s in spans if s is not server)  # one tree

    # the provider saw placeholders, the trace saw nothing personal at all
    sent = str(mock.requests()[-1])
    assert PII[1] not in sent
    for s in collector.spans:
        blob = f"{s['name']} {s['attributes']} {s['resource']}"
        for value in PII + [prompt, "Dear customer"]:
            assert value not in blob, (value, s)


def test_failed_upstream_span_names_the_error_type_not_its_message(
        traced: tuple[Gateway, Collector], mock: Llmock) -> None:
    gw, collector = traced
    secret = "maria.gonzalez@example.com"
    mock.scenario({"type": "fail", "status": 400,
                   "message": f"invalid request: cannot deliver to {secret}"})
    r = httpx.post(f"{gw.v1}/chat/completions", timeout=60,
                   headers={"Authorization": f"Bearer {gw.keys['app']}"},
                   json={"model": "mock", "messages": [{"role": "user", "content": "Hello."}]})
    assert r.status_code >= 400
    deadline = time.monotonic() + 20
    failed: list[dict[str, Any]] = []
    while time.monotonic() < deadline and not failed:
        failed = [s for s in collector.spans if s["name"] == "upstream mock" and s["status"] == 2]
        time.sleep(0.2)
    assert failed, collector.spans[-5:]
    assert failed[-1]["attributes"]["error.type"].endswith("Error")
    assert failed[-1]["attributes"]["candor.error.code"] == r.json()["error"]["code"]
    for s in collector.spans:
        assert secret not in f"{s['name']} {s['attributes']}", s


def test_off_by_default_and_runs_without_the_packages() -> None:
    """No endpoint, no spans; an endpoint without the `otel` extra installed: a warning, and
    the gateway runs untraced (checked in a process where opentelemetry cannot be imported)."""
    from gateway import otel
    from gateway.settings import Settings

    assert Settings().otel_endpoint is None and not otel.enabled()
    assert otel.span("x") is otel.span("y")  # the shared no-op
    code = ("import sys; sys.modules['opentelemetry'] = None\n"
            "from gateway import otel\n"
            "assert otel.configure('http://127.0.0.1:9') is False and not otel.enabled()\n"
            "with otel.span('stage pii'):\n    pass\nprint('untraced')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert out.returncode == 0 and "untraced" in out.stdout, out.stderr
    assert "otel_unavailable" in out.stdout + out.stderr
