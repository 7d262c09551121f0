"""Worlds: many isolated simulators behind one served simulator (`corridor.simulator.worlds`).

Each world is addressed by its own base URL (`/w/{id}`), so a client needs nothing but that
URL; what happens in one world (objects, balances, clock, faults) is invisible in every other
and in the default world at the root paths. Every refused world request changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from corridor.simulator import simulate
from corridor.simulator.clock import Clock
from corridor.simulator.session import SimulatorSession
from corridor.simulator.transport import InProcessTransport
from corridor.simulator.worlds import WorldHost, WorldSettings
from corridor.spec import load_spec

ORIGIN = "http://corridor.test"
AS_JSON = {"content-type": "application/json"}


def _host(**options: Any) -> WorldHost:
    def make(settings: WorldSettings) -> Any:
        return simulate(
            "settlego",
            strict=True,
            seed=settings.seed,
            clock=Clock(ticking=settings.clock == "ticking"),
            faults=settings.faults,
            rate_limit=settings.rate_limit,
        )

    return WorldHost("settlego", make, **options)


@pytest.fixture
def host() -> WorldHost:
    return _host()


@pytest.fixture
def http(host: WorldHost) -> Iterator[httpx.Client]:
    with httpx.Client(transport=InProcessTransport(host), base_url=ORIGIN) as client:
        yield client


def _session(host: WorldHost, world: dict[str, Any]) -> SimulatorSession:
    return SimulatorSession("settlego", world=world, transport=InProcessTransport(host))


def _beneficiary(external_id: str) -> dict[str, Any]:
    content = load_spec("settlego")["paths"]["/beneficiaries"]["post"]["requestBody"]["content"]
    example = next(iter(content["application/json"]["examples"].values()))["value"]
    return dict(example) | {"externalId": external_id}


def test_a_world_is_made_once_and_answered_with_its_urls_and_credentials(
    http: httpx.Client,
) -> None:
    made = http.put("/w/team-a", json={"seed": 7, "clock": "frozen"})
    again = http.put("/w/team-a", json={"seed": 7, "clock": "frozen"})

    assert (made.status_code, again.status_code) == (201, 200)
    world = made.json()
    assert world["api_base_url"] == f"{ORIGIN}/w/team-a/api/v1"
    assert world["control_base_url"] == f"{ORIGIN}/w/team-a/_simulator"
    assert world["credentials"] == {
        "SETTLEGO_LOGIN_ID": "sandbox-login",
        "SETTLEGO_API_KEY": "sandbox-api-key",
    }
    assert world["settings"] == {"seed": 7, "faults": [], "rate_limit": False, "clock": "frozen"}
    assert again.json() == world
    assert [w["id"] for w in http.get("/w").json()["worlds"]] == ["team-a"]


def test_a_world_answers_behind_a_balancer_with_the_url_clients_used(http: httpx.Client) -> None:
    world = http.put(
        "/w/a", headers={"host": "sim.example:8443", "x-forwarded-proto": "https"}
    ).json()

    assert world["api_base_url"] == "https://sim.example:8443/w/a/api/v1"


def test_objects_balances_and_clocks_stay_in_their_own_world(
    host: WorldHost, http: httpx.Client
) -> None:
    # seeds apart, so the two worlds' ids differ (a world's ids follow its seed)
    a = _session(host, http.put("/w/a", json={"clock": "frozen", "seed": 1}).json())
    b = _session(host, http.put("/w/b", json={"clock": "frozen", "seed": 2}).json())

    for session in (a, b):
        session.http.post("/currency-accounts", json={"currency": "GBP"})
    made = a.http.post("/beneficiaries", json=_beneficiary("same-external-id"))
    # the same external id is free in another world: nothing about `a` is known in `b`
    other = b.http.post("/beneficiaries", json=_beneficiary("same-external-id"))
    a.control.credit("GBP", "125.00")

    assert (made.status_code, other.status_code) == (200, 200)
    assert b.http.get(f"/beneficiaries/{made.json()['id']}").status_code == 404
    assert a.http.get(f"/beneficiaries/{made.json()['id']}").status_code == 200
    balances = {
        world: session.http.get("/currency-accounts/GBP").json()["balance"]
        for world, session in (("a", a), ("b", b))
    }
    assert balances == {"a": 125.0, "b": 0.0}
    a.control.advance_clock(60)
    assert (a.control.now(), b.control.now()) == (
        "2026-01-05T09:01:00+00:00",
        "2026-01-05T09:00:00+00:00",
    )
    default_ids = {item.id for item in host.default.provider.backend.beneficiaries.records}
    assert made.json()["id"] not in default_ids


def test_a_request_to_a_world_that_does_not_exist_gets_the_providers_unknown_path_refusal(
    http: httpx.Client,
) -> None:
    answer = http.get("/w/nobody/api/v1/payments")

    assert answer.status_code == 404
    assert answer.json()["status"] == 404  # SettleGo's error shape
    assert "no world 'nobody'" in answer.json()["message"]


@pytest.mark.parametrize(
    ("request_args", "status", "field"),
    [
        ({"url": "/w/has%20space"}, 404, "id"),
        ({"url": "/w/" + "x" * 65}, 404, "id"),
        (
            {"url": "/w/a", "content": b"{", "headers": AS_JSON},
            400,
            "",
        ),
        (
            {
                "url": "/w/a",
                "content": b"[" * 30_000,
                "headers": AS_JSON,
            },
            400,
            "",
        ),
        ({"url": "/w/a", "content": b"{}", "headers": {"content-type": "text/plain"}}, 415, ""),
        ({"url": "/w/a", "json": {"seed": 10**30}}, 400, "seed"),
        ({"url": "/w/a", "json": {"seed": True}}, 400, "seed"),
        ({"url": "/w/a", "json": {"seed": 1.5}}, 400, "seed"),
        ({"url": "/w/a", "json": {"faults": ["503=7"]}}, 400, "faults"),
        ({"url": "/w/a", "json": {"clock": "sideways"}}, 400, "clock"),
        ({"url": "/w/a", "json": {"worlds": 3}}, 400, "worlds"),
        ({"url": "/w/a", "json": ["seed", 1]}, 400, ""),
        (
            {
                "url": "/w/a",
                "content": b"\xff\xfe",
                "headers": AS_JSON,
            },
            400,
            "",
        ),
        (
            {
                "url": "/w/a",
                "content": b"x" * 70_000,
                "headers": AS_JSON,
            },
            413,
            "",
        ),
    ],
)
def test_a_malformed_world_request_is_refused_with_its_field_and_makes_nothing(
    http: httpx.Client, request_args: dict[str, Any], status: int, field: str
) -> None:
    answer = http.request("PUT", **request_args)

    assert answer.status_code == status
    assert answer.json()["field"] == field
    assert answer.json()["error"]
    assert http.get("/w").json()["count"] == 0


def test_a_put_with_other_settings_is_refused_and_the_world_is_unchanged(
    host: WorldHost, http: httpx.Client
) -> None:
    http.put("/w/a", json={"seed": 1})
    simulator = host.worlds["a"].simulator

    refused = http.put("/w/a", json={"seed": 2})

    assert refused.status_code == 409
    assert refused.json()["field"] == "id"
    assert host.worlds["a"].simulator is simulator
    assert http.get("/w/a").json()["settings"]["seed"] == 1


def test_only_put_get_and_delete_reach_a_world_and_only_get_lists_them(
    http: httpx.Client,
) -> None:
    on_world = http.post("/w/a")
    on_list = http.delete("/w")

    assert (on_world.status_code, on_world.headers["allow"]) == (405, "PUT, GET, DELETE")
    assert (on_list.status_code, on_list.headers["allow"]) == (405, "GET")


def test_a_deleted_world_and_everything_in_it_is_gone(host: WorldHost, http: httpx.Client) -> None:
    session = _session(host, http.put("/w/a").json())
    session.http.post("/beneficiaries", json=_beneficiary("kept-nowhere"))

    assert http.delete("/w/a").status_code == 204
    assert http.delete("/w/a").status_code == 404
    assert http.get("/w/a").status_code == 404
    assert http.get("/w/a/api/v1/beneficiaries").status_code == 404
    remade = _session(host, http.put("/w/a").json())
    listed = remade.http.get("/beneficiaries", params={"pageNumber": 1, "pageSize": 20})
    assert listed.json()["beneficiaryList"] == []


def test_past_the_cap_a_new_world_is_refused_and_existing_ones_still_answer() -> None:
    host = _host(max_worlds=2)
    with httpx.Client(transport=InProcessTransport(host), base_url=ORIGIN) as http:
        made = [http.put(f"/w/{name}").status_code for name in ("a", "b", "c")]
        again = http.put("/w/a").status_code

        assert made == [201, 201, 409]
        assert again == 200
        assert sorted(host.worlds) == ["a", "b"]


def test_a_world_idle_past_its_expiry_is_dropped_and_a_busy_one_kept() -> None:
    host = _host(idle_seconds=0.2)
    with httpx.Client(transport=InProcessTransport(host), base_url=ORIGIN) as http:
        http.put("/w/idle")
        http.put("/w/busy")
        for _ in range(4):
            time.sleep(0.1)
            http.get("/w/busy")
        http.put("/w/trigger")  # a request under /w sweeps the idle ones first

        assert sorted(host.worlds) == ["busy", "trigger"]


def test_faults_asked_for_a_world_hit_that_world_only(http: httpx.Client) -> None:
    http.put("/w/faulty", json={"faults": ["503=1"]})
    http.put("/w/calm")

    faulty = http.get("/w/faulty/api/v1/reference/currencies")
    calm = http.get("/w/calm/api/v1/reference/currencies")

    assert faulty.status_code == 503
    assert calm.status_code != 503


def test_an_encoded_slash_stays_inside_its_path_parameter_in_a_world(
    host: WorldHost, http: httpx.Client
) -> None:
    session = _session(host, http.put("/w/a").json())

    answer = session.http.get("/beneficiaries/one%2Ftwo")

    # routed to getBeneficiary (no such beneficiary), not refused as an unknown path
    assert answer.status_code == 404
    assert "no operation" not in answer.text
