from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

from tests.harness import Gateway, Llmock, mock_models, start_gateway, start_llmock

# Secrets the gateway must never log or store; the provider key is only an env var name in config.
PROVIDER_KEY = "sk-test-provider-secret-0123456789"


@pytest.fixture(scope="session")
def llmock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Llmock]:
    mock = start_llmock(tmp_path_factory.mktemp("llmock"))
    yield mock
    mock.proc.terminate()


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory, llmock: Llmock) -> Iterator[Gateway]:
    gw = start_gateway(tmp_path_factory.mktemp("gateway"), mock_models(llmock),
                       env={"MOCK_PROVIDER_KEY": PROVIDER_KEY})
    yield gw
    gw.stop()


@pytest.fixture
def mock(llmock: Llmock) -> Llmock:
    """The shared upstream, with its journal and queued faults cleared for this test."""
    llmock.reset()
    return llmock


def need_service(name: str) -> None:
    """Skip only outside CI: under CI=true a missing PostgreSQL/Redis is a failure."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{name} is required under CI but is not reachable")
    pytest.skip(f"{name} not reachable")


ROOT = Path(__file__).resolve().parent.parent
