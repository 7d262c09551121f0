"""Hostile input gets sFOX's `{"error": "..."}` with a 4xx from the simulator, never a 5xx or a
traceback, and leaves every balance, user and transfer as it was."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.sfox_wire import ENTERPRISE, SFoxWire, individual

TRANSFER = (
    '{"transfer_id": "t1", "user_id": "u1", "type": "PAYMENT", "purpose": "GOOD", '
    '"description": "gift", "currency": "eth", "quantity": %s, "rate": 2000}'
)


@pytest.fixture
def wire() -> SFoxWire:
    world = SFoxWire()
    world.register(individual("u1"))
    world.control.credit("eth", "1", owner="u1")
    return world


def state(wire: SFoxWire) -> tuple[Any, ...]:
    """Everything a refused request must leave as it was."""
    backend = wire.backend
    return (
        [
            (owner, currency, balance.available, balance.held)
            for owner, currency, balance in backend.ledger.all_balances()
        ],
        len(backend.ledger.movements),
        len(backend.users.records),
        len(backend.transfers.records),
        len(backend.monetization.settings),
        len(backend.edd.documents),
        wire.simulator.clock.now(),
    )


def refused(answer: Any, status: int | tuple[int, ...]) -> str:
    statuses = (status,) if isinstance(status, int) else status
    assert answer.status_code in statuses, answer.text
    assert answer.headers["content-type"] == "application/json"
    message = answer.json()["error"]
    assert isinstance(message, str) and message
    return str(message)


def post_raw(
    wire: SFoxWire, path: str, content: bytes, media_type: str = "application/json"
) -> Any:
    return wire.http.post(path, content=content, headers={**ENTERPRISE, "content-type": media_type})


@pytest.mark.parametrize(
    "quantity",
    ["1e26", "1E+400", "-0.1", "0", "1e-30", "0.000000001"],
)
def test_amounts_out_of_any_real_range_or_precision_are_a_422(
    wire: SFoxWire, quantity: str
) -> None:
    before = state(wire)
    message = refused(
        post_raw(wire, "/v1/enterprise/transfer", (TRANSFER % quantity).encode()), 422
    )
    assert "quantity" in message
    assert state(wire) == before


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,  # nested far beyond any parser's stack
        b'{"user_id": "\\ud800"}',  # a lone surrogate: not Unicode text
        b'{"a": NaN}',
        b"1" + b"0" * 5000,  # an integer Python will not read
        b"\xff\xfe not UTF-8",
        b'{"transfer_id": "t1",',
    ],
)
def test_bodies_that_are_not_one_json_document_are_a_400(wire: SFoxWire, body: bytes) -> None:
    before = state(wire)
    refused(post_raw(wire, "/v1/enterprise/transfer", body), 400)
    assert state(wire) == before


def test_a_body_in_another_media_type_is_a_415(wire: SFoxWire) -> None:
    before = state(wire)
    refused(
        post_raw(wire, "/v1/enterprise/transfer", (TRANSFER % "0.1").encode(), "text/plain"), 415
    )
    form = post_raw(wire, "/v1/enterprise/ddq/upload", b'{"user_id": "u1"}')
    refused(form, 415)
    assert state(wire) == before


def test_a_body_over_16_mib_is_a_413(wire: SFoxWire) -> None:
    body = b'{"pad": "' + b"x" * (16 * 1024 * 1024) + b'"}'
    refused(post_raw(wire, "/v1/enterprise/register-account", body), 413)


def test_odd_unicode_in_ids_is_looked_up_like_any_other(wire: SFoxWire) -> None:
    before = state(wire)
    for user_id in ("%ED%A0%80", "%FF%FE", "\u202eevil", "\U0001f98a", "a%00b"):
        refused(wire.partner("GET", f"/v1/enterprise/users/{user_id}"), 404)
    registered = individual(
        "\U0001f98a-fox", first_name="Zoë", last_name="\u202e", email="fox@example.com"
    )
    assert (
        wire.partner("POST", "/v1/enterprise/register-account", json=registered).status_code == 201
    )
    assert (
        wire.partner("GET", "/v1/enterprise/users/\U0001f98a-fox").json()["data"]["first_name"]
        == "Zoë"
    )
    assert len(wire.backend.users.records) == before[2] + 1


def test_huge_numeric_ids_and_timestamps_are_refused_or_found_empty(wire: SFoxWire) -> None:
    token = wire.token("u1")
    huge = "9" * 40
    refused(wire.as_user(token, "DELETE", f"/v1/transactions/{huge}"), 404)
    setting = wire.partner(
        "PUT", f"/v1/enterprise/monetization/settings/{huge}", json={"new_monetization_amount": 0.1}
    )
    assert refused(setting, 422) == "Invalid monetization ID."
    history = wire.http.request(
        "GET",
        "/v1/enterprise/transfer/history",
        headers=ENTERPRISE,
        json={"from_date": "9" * 400, "to_date": 10**30},
    )
    assert history.json() == {"data": []}
    fees = wire.partner(
        "GET", f"/v1/enterprise/monetization/history?from_date=-{huge}&to_date={huge}"
    )
    assert fees.json() == {"data": []}


def test_hostile_multipart_forms_are_a_4xx(wire: SFoxWire) -> None:
    before = state(wire)
    upload = "/v1/enterprise/ddq/upload"
    refused(post_raw(wire, upload, b"--x\r\nbroken", "multipart/form-data; boundary=x"), 400)
    refused(post_raw(wire, upload, b"no boundary at all", "multipart/form-data"), 400)
    png = [("files", ("a.png", b"\x89PNG", "image/png"))]
    for file_types in ("[" * 100_000, '{"a.png": "ID"' * 1000, json.dumps({"a.png": "\ud800"})):
        answer = wire.partner(
            "POST", upload, files=png, data={"user_id": "u1", "file_types": file_types}
        )
        refused(answer, 422)
    ddq = wire.partner(
        "POST",
        upload,
        files=png,
        data={"user_id": "u1", "file_types": '{"a.png": "ID"}', "ddq_id": "9" * 5000},
    )
    assert len(refused(ddq, 422)) < 100
    big = [("files", ("a.png", b"\x89PNG" + b"0" * (10 * 1024 * 1024), "image/png"))]
    answer = wire.partner(
        "POST", upload, files=big, data={"user_id": "u1", "file_types": '{"a.png": "ID"}'}
    )
    refused(answer, 422)
    assert state(wire) == before


def test_hostile_edd_prompt_keys_are_a_422(wire: SFoxWire) -> None:
    wire.control.act("edd-request", user_id="u1")
    for key in ("9" * 5000, "\u0661", "1.0", "-1", ""):
        answers = {"user_id": "u1", "prompts": {key: {"response": "x"}}}
        refused(wire.partner("POST", "/v1/enterprise/eddq/responses", json=answers), 422)
    listed = wire.partner("GET", "/v1/enterprise/eddq/requests").json()["data"]
    assert [request["status"] for request in listed] == ["REQUESTED"]


def test_the_control_api_refuses_bad_amounts_and_unknown_actions_with_a_400(wire: SFoxWire) -> None:
    before = state(wire)
    for amount in ("1e26", "NaN", "-5", "0.000000001", True):
        answer = wire.http.post(
            "/_simulator/actions/withdrawal",
            json={"user_id": "u1", "currency": "eth", "amount": amount},
        )
        assert answer.status_code == 400, amount
    assert wire.http.post("/_simulator/actions/nope", json={}).status_code == 404
    assert (
        wire.http.post("/_simulator/deposits", json={"currency": "doge", "amount": "1"}).status_code
        == 400
    )
    assert (
        wire.http.post(
            "/_simulator/deposits", json={"currency": "usd", "amount": "1", "owner": "ghost"}
        ).status_code
        == 400
    )
    assert state(wire) == before
