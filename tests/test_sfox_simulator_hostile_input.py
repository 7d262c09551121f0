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
    wire: SFoxWire,
    path: str,
    content: bytes,
    media_type: str = "application/json",
    method: str = "POST",
) -> Any:
    headers = {**ENTERPRISE, "content-type": media_type}
    return wire.http.request(method, path, content=content, headers=headers)


@pytest.mark.parametrize(
    "quantity",
    ["1e26", "1E+400", "-0.1", "0", "1e-30", "0.000000001", "1E-9999999999", "1e-400"],
)
def test_amounts_out_of_any_real_range_or_precision_are_refused_by_the_spec(
    wire: SFoxWire, quantity: str
) -> None:
    # the spec's bounds; Create Transfer's page prints no field error, so sFOX's 400
    before = state(wire)
    message = refused(
        post_raw(wire, "/v1/enterprise/transfer", (TRANSFER % quantity).encode()), 400
    )
    assert "quantity" in message
    assert state(wire) == before


# a 1 with 300 zeros before it, after the point
TINY = "0." + "0" * 300 + "1"
BEYOND_ANY_PRECISION = ["1e-400", "1E-9999999999", TINY, "1e-9", "5e-324"]
BEYOND_ANY_AMOUNT = ["1e400", "1E+999999999", "1" + "0" * 400]


def short(number: str) -> str:
    return number if len(number) < 20 else f"{number[:4]}...({len(number)} chars)"


def never_echoed(answer: Any, value: str) -> None:
    text = answer.text.lower()
    assert value.lower() not in text and "e-400" not in text and "0" * 100 not in text


@pytest.mark.parametrize("rate", BEYOND_ANY_PRECISION + BEYOND_ANY_AMOUNT, ids=short)
def test_a_transfer_rate_beyond_any_documented_precision_or_amount_is_refused_by_the_spec(
    wire: SFoxWire, rate: str
) -> None:
    """sFOX gives no precision for a rate; none is finer than its finest currency (8 places),
    and none comes near 10^15. 1e-400 was taken and echoed as 1E-400."""
    before = state(wire)
    answer = post_raw(
        wire,
        "/v1/enterprise/transfer",
        (TRANSFER % "0.1").replace('"rate": 2000', f'"rate": {rate}').encode(),
    )
    message = refused(answer, 400)  # the spec's bounds, Create Transfer's 400
    assert message.startswith("rate ")
    never_echoed(answer, rate)
    assert state(wire) == before


def test_a_rate_with_eight_places_is_taken(wire: SFoxWire) -> None:
    answer = post_raw(
        wire, "/v1/enterprise/transfer", (TRANSFER % "0.1").replace("2000", "0.00000001").encode()
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["data"]["rate"] == 1e-8


@pytest.mark.parametrize("amount", BEYOND_ANY_PRECISION + BEYOND_ANY_AMOUNT, ids=short)
@pytest.mark.parametrize(
    "setting",
    [
        '{"feature": "SPOT_TRADE", "method": "FEE_RATE", "amount": %s}',
        '{"feature": "RFQ", "method": "SPREAD_ADJUSTMENT", "amount": %s}',
        '{"feature": "WITHDRAW", "method": "FEE_FLAT", "amount": %s, "currency": "usd"}',
    ],
    ids=["fee-rate", "spread", "flat-fee"],
)
def test_a_fee_beyond_any_documented_precision_or_amount_is_refused_by_the_spec(
    wire: SFoxWire, setting: str, amount: str
) -> None:
    before = state(wire)
    answer = post_raw(wire, "/v1/enterprise/monetization/settings", (setting % amount).encode())
    # the spec's bounds; Create Setting's page shows no field error, so sFOX's 400
    assert refused(answer, 400).startswith("amount ")
    never_echoed(answer, amount)
    assert state(wire) == before


@pytest.mark.parametrize("amount", BEYOND_ANY_PRECISION + BEYOND_ANY_AMOUNT, ids=short)
def test_a_fee_update_beyond_any_documented_precision_is_a_422_and_keeps_the_fee(
    wire: SFoxWire, amount: str
) -> None:
    settings = "/v1/enterprise/monetization/settings"
    created = wire.partner(
        "POST", settings, json={"feature": "SPOT_TRADE", "method": "FEE_RATE", "amount": 0.01}
    ).json()["data"]
    path = f"{settings}/{created['monetization_id']}"
    answer = post_raw(wire, path, f'{{"new_monetization_amount": {amount}}}'.encode(), method="PUT")
    assert refused(answer, 422).startswith("new_monetization_amount ")
    never_echoed(answer, amount)
    (kept,) = wire.partner("GET", settings).json()["data"]
    assert kept["monetization_amount"] == 0.01


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
    for user_id in ("%EF%BF%BD", "\u202eevil", "\U0001f98a", "a%00b"):
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


@pytest.mark.parametrize("raw", ["%FF%FE", "%ED%A0%80", "%C0%AF", "%F4%90%80%80", "a%80"])
def test_ids_and_query_values_that_are_not_utf8_are_a_400_naming_the_parameter(
    wire: SFoxWire, raw: str
) -> None:
    """Bytes that are not UTF-8 (a surrogate, an overlong form, beyond U+10FFFF) are no text:
    a server reads them as U+FFFD, which would be looked up, or listed, like any other id."""
    before = state(wire)
    token = wire.token("u1")
    for answer, parameter in (
        (wire.partner("GET", f"/v1/enterprise/users/{raw}"), "path user_id"),
        (wire.partner("GET", f"/v1/enterprise/eddq/requests?user_id={raw}"), "query user_id"),
        (
            wire.partner("GET", f"/v1/enterprise/monetization/history?currency={raw}"),
            "query currency",
        ),
        (wire.partner("DELETE", f"/v1/enterprise/transfer/{raw}"), "path transfer_id"),
        (wire.as_user(token, "DELETE", f"/v1/transactions/{raw}"), "path atx_id"),
    ):
        assert refused(answer, 400).startswith(parameter), answer.text
    assert state(wire) == before


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


def multipart(*parts: bytes) -> bytes:
    return b"".join(b"--x\r\n" + part + b"\r\n" for part in parts) + b"--x--\r\n"


USER_ID = b'Content-Disposition: form-data; name="user_id"\r\n\r\nu1'
FILE_TYPES = b'Content-Disposition: form-data; name="file_types"\r\n\r\n{"a.png": "ID"}'


def png(disposition: bytes) -> bytes:
    return b"Content-Disposition: " + disposition + b"\r\nContent-Type: image/png\r\n\r\n\x89PNG"


@pytest.mark.parametrize(
    "form",
    [
        multipart(b'Content-Disposition: form-data; name="user_id"\r\n\r\nu\xff1', FILE_TYPES),
        multipart(USER_ID, FILE_TYPES, png(b'form-data; name="files"; filename="a\xff.png"')),
        multipart(
            USER_ID,
            FILE_TYPES,
            png(b"form-data; name=\"files\"; filename*=utf-8''a%ED%A0%80.png"),
        ),
        multipart(USER_ID, FILE_TYPES, png(b'form-data; name="fi\xc0\xafles"; filename="a.png"')),
    ],
    ids=["text-field", "raw-filename", "rfc2231-filename", "field-name"],
)
def test_a_form_whose_text_is_not_utf8_is_a_400(wire: SFoxWire, form: bytes) -> None:
    """RFC 7578: names, file names and text fields are UTF-8. The form reader would read other
    bytes as U+FFFD and store a name or id no one sent."""
    before = state(wire)
    answer = post_raw(wire, "/v1/enterprise/ddq/upload", form, "multipart/form-data; boundary=x")
    assert "not UTF-8 text" in refused(answer, 400)
    assert state(wire) == before


def test_a_utf8_file_name_is_kept_as_sent(wire: SFoxWire) -> None:
    form = multipart(
        USER_ID,
        b'Content-Disposition: form-data; name="file_types"\r\n\r\n' + '{"Zoë.png": "ID"}'.encode(),
        png('form-data; name="files"; filename="Zoë.png"'.encode()),
    )
    answer = post_raw(wire, "/v1/enterprise/ddq/upload", form, "multipart/form-data; boundary=x")
    assert answer.status_code < 300, answer.text
    assert [document.name for document in wire.backend.edd.documents] == ["Zoë.png"]


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
