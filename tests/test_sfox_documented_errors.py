"""Every error sFOX's pages print is what the simulator answers for that cause, word for word
and with the page's status; and the choices the docs leave open, as docs/simulators/sfox.md
records them (docs/sfox/... is shared/docs/sfox/ of the project's docs snapshot)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.sfox_wire import SFoxWire, individual

HISTORY = "/v1/enterprise/transfer/history"
SETTINGS = "/v1/enterprise/monetization/settings"


@pytest.fixture
def wire() -> SFoxWire:
    return SFoxWire()


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        # docs/sfox/transfers/get-transfer-history.md:95
        ({"status": "DONE"}, "status must be one of the following: INITIATED, PENDING, COMPLETE"),
        # docs/sfox/transfers/get-transfer-history.md:101
        ({"purpose": "GIFT"}, "purpose must be one of the following: GOOD, SERVICE"),
        # docs/sfox/transfers/get-transfer-history.md:107
        ({"type": "REFUND"}, "type must be one of the following: PAYMENT, PAYOUT"),
        # docs/sfox/transfers/get-transfer-history.md:113
        ({"to_date": "yesterday"}, "to_date must be a valid unix timestamp in milliseconds"),
    ],
)
@pytest.mark.parametrize("where", ["json", "params"])
def test_a_bad_history_filter_gets_the_pages_message_wherever_it_is_sent(
    wire: SFoxWire, filters: dict[str, Any], message: str, where: str
) -> None:
    answer = wire.partner("GET", HISTORY, **{where: filters})
    assert wire.error(answer) == (422, message)


def test_history_filters_hold_in_the_query_string_as_in_the_body(wire: SFoxWire) -> None:
    # docs/sfox/transfers/get-transfer-history.md:15 (body or query string is not said)
    wire.register(individual("u1"))
    wire.control.credit("eth", "10", owner="u1")
    wire.control.credit("usd", "10")
    wire.transfer("u1", "payment")
    wire.transfer("u1", "payout", type="PAYOUT", purpose="SERVICE", currency="usd", quantity=1)

    def history(**kwargs: Any) -> list[str]:
        answer = wire.partner("GET", HISTORY, **kwargs)
        assert answer.status_code == 200, answer.text
        return [t["transfer_id"] for t in answer.json()["data"]]

    assert history(params={"type": "PAYOUT"}) == ["payout"]
    assert history(json={"type": "PAYOUT"}) == ["payout"]
    assert history(params={"purpose": "GOOD"}, json={"status": "PENDING"}) == ["payment"]
    # a filter given in both places must hold in both
    assert history(params={"type": "PAYOUT"}, json={"type": "PAYMENT"}) == []
    assert history(params={"from_date": "0"}, json={"to_date": 1}) == []


def test_an_update_settings_amount_errors_are_the_pages_words(wire: SFoxWire) -> None:
    created = wire.partner(
        "POST", SETTINGS, json={"feature": "SPOT_TRADE", "method": "FEE_RATE", "amount": 0.01}
    )
    setting = f"{SETTINGS}/{created.json()['data']['monetization_id']}"
    # docs/sfox/monetization/update-setting.md:56
    for amount in (0, -1):
        answer = wire.partner("PUT", setting, json={"new_monetization_amount": amount})
        assert wire.error(answer) == (422, "new_monetization_amount must be greater than 0")
    # docs/sfox/monetization/update-setting.md:62
    answer = wire.partner("PUT", setting, json={"new_monetization_amount": "0.02"})
    assert wire.error(answer) == (422, "new_monetization_amount must be a number")


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
@pytest.mark.parametrize("setting_id", ["1", "not-a-number"])
def test_an_invalid_monetization_id_is_the_pages_422(
    wire: SFoxWire, method: str, setting_id: str
) -> None:
    # docs/sfox/monetization/delete-setting.md:54 and update-setting.md:66
    answer = wire.partner(method, f"{SETTINGS}/{setting_id}", json={"new_monetization_amount": 1})
    assert wire.error(answer) == (422, "Invalid monetization ID.")


def test_a_create_settings_static_bounds_are_the_specs(wire: SFoxWire) -> None:
    spot = {"feature": "SPOT_TRADE", "method": "FEE_RATE"}
    # the spec's exclusiveMinimum (update-setting.md:56 says so of the new amount): a 400
    # "malformed request" here, the field errors of Create Setting's page being none
    assert wire.partner("POST", SETTINGS, json={**spot, "amount": 0}).status_code == 400
    assert wire.partner("POST", SETTINGS, json={**spot, "amount": 1}).status_code == 400
    flat = {"feature": "WITHDRAW", "method": "FEE_FLAT", "amount": 5, "security_pair": "btcusd"}
    assert wire.partner("POST", SETTINGS, json=flat).status_code == 400
    # at most 8 decimal places, as the finest currency (the spec's multipleOf)
    fine = wire.partner("POST", SETTINGS, json={**spot, "amount": 0.000000001})
    assert wire.error(fine) == (400, "amount has more than 8 decimal places")


def test_a_wrong_or_expired_one_time_code_gets_one_answer_on_all_three_operations(
    wire: SFoxWire,
) -> None:
    # docs/sfox/transfers/confirm-transfer.md:78 prints the only code refusal: a 422; the
    # verification and withdrawal codes answer the same way (docs/simulators/sfox.md, Errors)
    wire.register(individual("u1"))
    wire.control.act("verify-user", user_id="u1")
    token = wire.token("u1")
    wire.control.credit("eth", "1", owner="u1")
    wire.control.credit("usd", "100", owner="u1")
    wire.register(individual("u2"))
    wire.partner("POST", "/v1/enterprise/users/send-verification/u2", json={"type": "email"})
    wire.transfer("u1", "t1")
    atx_id = wire.control.act("withdrawal", user_id="u1", currency="usd", amount="1")["atx_id"]

    # six digits (the withdrawal code's pattern), none of them a code sent
    wrong = next(
        f"{n:06}" for n in range(10) if f"{n:06}" not in wire.codes("u1") + wire.codes("u2")
    )

    def attempts() -> list[Any]:
        return [
            wire.partner(
                "POST", "/v1/enterprise/users/verify/u2", json={"type": "email", "otp": wrong}
            ),
            wire.as_user(
                token, "POST", "/v1/user/withdraw/confirm", json={"otp": wrong, "atx_id": atx_id}
            ),
            wire.partner(
                "POST", "/v1/enterprise/transfer/confirm", json={"transfer_id": "t1", "otp": wrong}
            ),
        ]

    assert [wire.error(answer) for answer in attempts()] == [
        (422, "Invalid confirmation code.")
    ] * 3
    wire.control.advance_clock(15 * 60)
    assert [wire.error(answer) for answer in attempts()] == [
        (422, "Code expired. Request a new code for this verification."),
        (422, "Code expired. Request a new code for this withdrawal."),
        (422, "Code expired. Request a new code for this transfer."),  # confirm-transfer.md:78
    ]


def test_a_processor_given_twice_keeps_the_later_token(wire: SFoxWire) -> None:
    # docs/sfox/payments/amend-plaid-processors.md:11 (a token replaces the processor's token);
    # the docs say nothing of repeats, so a repeat is not refused (docs/simulators/sfox.md)
    wire.register(individual("u1"))
    wire.control.act("verify-user", user_id="u1")
    token = wire.token("u1")
    tokens = [{"processor": "sfox", "token": "first"}, {"processor": "sfox", "token": "second"}]
    linked = wire.as_user(
        token, "POST", "/v1/bank-accounts/plaid-processors", json={"data": tokens}
    )
    assert linked.status_code == 200, linked.text
    assert [item["processor"] for item in linked.json()["data"]] == ["sfox"]
    bank_id = linked.json()["data"][0]["bank_account_id"]
    amended = wire.as_user(
        token, "PUT", f"/v1/bank-accounts/{bank_id}/plaid-processors", json={"data": tokens}
    )
    assert amended.status_code == 200, amended.text
    assert wire.backend.banks.linked(wire.backend.user("u1")).processors["sfox"].token == "second"


def test_every_refusal_a_contract_run_accepts_is_documented_with_its_line() -> None:
    from pathlib import Path

    from corridor.providers.sfox.harness import DOCUMENTED_REFUSALS, HARNESS
    from corridor.spec import iter_operations, load_spec

    docs = Path(__file__).resolve().parents[2] / "shared" / "docs" / "sfox"
    responses = {
        op.operation_id: op.definition.get("responses", {})
        for op in iter_operations(load_spec("sfox"))
    }
    assert HARNESS.refusals == {
        operation: frozenset({status}) for operation, (status, _) in DOCUMENTED_REFUSALS.items()
    }
    # the static rules are the spec's: a bad filter or a repeated processor refuses nothing valid
    for static_only in ("listTransfers", "amendPlaidProcessors", "getMonetizationSettings"):
        assert static_only not in HARNESS.refusals
    for operation, (status, line) in DOCUMENTED_REFUSALS.items():
        assert str(status) in responses[operation], operation
        page, lines = line.split(":")
        text = (docs / page).read_text().splitlines()
        assert int(lines.split("-")[-1]) <= len(text), line


@pytest.mark.parametrize("user_id", ["team/alice", "50%off", "a b", "x%2Fy"])
def test_a_user_id_taken_on_create_is_addressable_by_every_operation_naming_it(
    wire: SFoxWire, user_id: str
) -> None:
    # the docs say nothing of what a user_id may hold (create-end-user-account.md:21): any
    # accepted is reachable percent-encoded
    from urllib.parse import quote

    wire.register(individual(user_id, email="odd@example.com"))
    encoded = quote(user_id, safe="")
    got = wire.partner("GET", f"/v1/enterprise/users/{encoded}")
    assert got.status_code == 200 and got.json()["data"]["user_id"] == user_id
    send = f"/v1/enterprise/users/send-verification/{encoded}"
    assert wire.partner("POST", send, json={"type": "email"}).status_code == 200
    verify = {"type": "email", "otp": wire.codes(user_id)[-1]}
    assert wire.partner("POST", f"/v1/enterprise/users/verify/{encoded}", json=verify).json()[
        "data"
    ] == {"success": True, "user_id": user_id, "type": "email"}
    wire.control.act("verify-user", user_id=user_id)
    minted = wire.partner("POST", f"/v1/enterprise/user-tokens/{encoded}")
    assert minted.json()["data"]["partner_user_id"] == user_id
    assert wire.partner("DELETE", f"/v1/enterprise/account/{encoded}").status_code == 200
    assert wire.partner("GET", f"/v1/enterprise/users/{encoded}").status_code == 404


def test_a_transfer_id_with_a_slash_can_be_cancelled(wire: SFoxWire) -> None:
    wire.register(individual("u1"))
    wire.control.credit("eth", "1", owner="u1")
    assert wire.transfer("u1", "order/42").status_code == 201
    answer = wire.partner("DELETE", "/v1/enterprise/transfer/order%2F42")
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize(
    ("currency", "quantity", "status"),
    [
        ("usd", 0.01, 201),
        ("USD", 0.001, 400),
        ("usdc", 0.000001, 201),
        ("usdt", 1e-7, 400),
        ("eth", 1e-8, 201),
        ("eth", 1e-9, 400),
    ],
)
def test_a_quantity_comes_in_its_currencys_smallest_unit_as_the_spec_says(
    wire: SFoxWire, currency: str, quantity: float, status: int
) -> None:
    # the spec's CreateTransferRequest allOf: a static rule, so the spec states it
    wire.register(individual("u1"))
    wire.control.credit(currency.lower(), "1", owner="u1")
    answer = wire.transfer("u1", "t1", currency=currency, quantity=quantity)
    assert answer.status_code == status, answer.text


def test_settings_filters_hold_in_the_query_string_as_in_the_body(wire: SFoxWire) -> None:
    # docs/sfox/monetization/get-settings.md:15 (a JSON body on GET, which proxies may drop)
    spot = {"feature": "SPOT_TRADE", "method": "FEE_RATE", "amount": 0.01}
    rfq = {"feature": "RFQ", "method": "SPREAD_ADJUSTMENT", "amount": 0.01}
    for setting in (spot, rfq):
        assert wire.partner("POST", SETTINGS, json=setting).status_code == 201

    def listed(**kwargs: Any) -> list[str]:
        answer = wire.partner("GET", SETTINGS, **kwargs)
        assert answer.status_code == 200, answer.text
        return [item["monetization_feature_code"] for item in answer.json()["data"]]

    assert listed(params={"feature": "RFQ"}) == ["RFQ"]
    assert listed(json={"feature": "RFQ"}) == ["RFQ"]
    assert listed(params={"feature": "RFQ"}, json={"method": "SPREAD_ADJUSTMENT"}) == ["RFQ"]
    assert listed(params={"feature": "RFQ"}, json={"feature": "SPOT_TRADE"}) == []
