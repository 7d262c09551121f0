"""The stub the plain-wheel check calls: each operation answers its spec's documented example."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx

from corridor.spec import load_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from example_server import ExampleAnswers, serving

SPEC = load_spec("settlego")
GBP_ACCOUNT = SPEC["paths"]["/currency-accounts/{currency}"]["get"]["responses"]["200"]["content"][
    "application/json"
]["examples"]["gbp"]["value"]


def test_a_templated_path_under_the_base_path_answers_the_documented_example() -> None:
    status, body = ExampleAnswers(SPEC).answer("GET", "/api/v1/currency-accounts/GBP?x=1")
    assert status == 200
    assert json.loads(body) == GBP_ACCOUNT


def test_an_undocumented_route_is_a_404() -> None:
    status, body = ExampleAnswers(SPEC).answer("PATCH", "/api/v1/currency-accounts/GBP")
    assert status == 404
    assert b"no documented operation PATCH /currency-accounts/GBP" in body


def test_the_stub_serves_over_loopback_at_the_spec_base_path() -> None:
    with serving(SPEC) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/api/v1")
        answer = httpx.get(f"{base_url}/currency-accounts/GBP")
    assert answer.status_code == 200
    assert answer.json() == GBP_ACCOUNT
