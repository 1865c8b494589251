"""Auditor filters never fail silently: an unknown or invalid query parameter is a 400 in
OpenAI's error shape naming the parameter (ignoring it would answer with the whole log)."""

from __future__ import annotations

import httpx
import openai
import pytest

from gateway.audit.entries import STATUSES
from gateway.pipeline.stages import Outcome
from tests.harness import Gateway


def get(gw: Gateway, path: str, **params: str) -> httpx.Response:
    return httpx.get(gw.base_url + path, params=params, timeout=30,
                     headers={"Authorization": f"Bearer {gw.keys['auditor']}"})


def bad(r: httpx.Response, param: str) -> str:
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert err["type"] == "invalid_request_error" and err["param"] == param, err
    return err["message"]


@pytest.mark.parametrize("path", ["/audit/v1/generations", "/audit/v1/export",
                                  "/audit/v1/stats", "/audit/v1/people/Dana/generations"])
def test_unknown_parameters_are_400(gateway: Gateway, path: str) -> None:
    message = bad(get(gateway, path, bogus="1"), "bogus")
    assert "Unknown query parameter 'bogus'" in message
    assert "did you mean 'status'" in bad(get(gateway, path, stauts="ok"), "stauts").lower()


def test_parameters_of_other_endpoints_are_400(gateway: Gateway) -> None:
    bad(get(gateway, "/audit/v1/generations", format="csv"), "format")
    bad(get(gateway, "/audit/v1/checkpoint", app="x"), "app")
    bad(get(gateway, "/audit/v1/consistency", first="1", limit="3"), "limit")
    bad(get(gateway, "/audit/v1/events", status="ok"), "status")
    bad(get(gateway, "/audit/v1/people/Dana/generations", on_behalf_of="Eve"), "on_behalf_of")


def test_invalid_values_are_400(gateway: Gateway) -> None:
    message = bad(get(gateway, "/audit/v1/generations", status="failed"), "status")
    assert "'failed'" in message and "upstream_error" in message and "rejected" in message
    assert "not a time" in bad(get(gateway, "/audit/v1/generations", **{"from": "soon"}), "from")
    bad(get(gateway, "/audit/v1/generations", to="tomorrow-ish"), "to")
    bad(get(gateway, "/audit/v1/generations", limit="many"), "limit")


def test_every_status_and_relative_times_are_accepted(gateway: Gateway) -> None:
    for status in STATUSES:
        assert get(gateway, "/audit/v1/generations", status=status).status_code == 200
    assert get(gateway, "/audit/v1/generations", **{"from": "yesterday"}).status_code == 200
    assert get(gateway, "/audit/v1/generations", **{"from": "7d"}).status_code == 200


def test_statuses_are_the_real_ones() -> None:
    import typing

    outcome = typing.get_args(typing.get_type_hints(Outcome)["status"])
    assert set(STATUSES) - {"rejected"} <= set(outcome)
    assert set(outcome) - set(STATUSES) <= {"error"}  # declared, never produced


def test_channel_and_rule_id_filters_through_the_api(gateway: Gateway) -> None:
    c = openai.OpenAI(base_url=gateway.v1, api_key=gateway.keys["app"], max_retries=0)
    sms = c.chat.completions.create(model="echo", messages=[{"role": "user", "content": "hi"}],
                                    metadata={"channel": "sms", "campaign": "filters-test"})
    email = c.chat.completions.create(model="echo", messages=[{"role": "user", "content": "hi"}],
                                      metadata={"channel": "email", "campaign": "filters-test"})
    ids = [r["generation_id"] for r in get(gateway, "/audit/v1/generations", channel="sms",
                                           campaign="filters-test").json()["data"]]
    assert ids == [sms.id] and email.id not in ids
