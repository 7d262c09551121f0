"""The SettleGo simulator behaves like the service the docs describe."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from corridor.simulator import Simulator
from corridor.simulator.pipeline import MissingHandlersError
from corridor.simulator.settlego import DEFAULT_LOGIN_ID, SIMULATOR
from tests.settlego_calls import SettleGoCalls, beneficiary_body

PAGE = {"pageNumber": 1, "pageSize": 100}


class SettleGo(SettleGoCalls):
    """A logged-in raw HTTP session with the simulator, plus its control API."""

    def account(self, currency: str, funds: str = "0", **params: Any) -> None:
        body: dict[str, Any] = {"currency": currency}
        assert self.post("/currency-accounts", body, **params).status_code == 200
        if Decimal(funds):
            self.control.credit(currency, funds, client_id=params.get("onBehalfOf"))

    def balance(self, currency: str, **params: Any) -> Decimal:
        return Decimal(str(self.get(f"/currency-accounts/{currency}", **params).json()["balance"]))

    def beneficiary(self, external_id: str = "ben-1", **overrides: Any) -> dict[str, Any]:
        body = beneficiary_body(externalId=external_id) | overrides
        answer = self.post("/beneficiaries", body)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def payment(
        self, beneficiary_id: str, amount: str = "100.00", **overrides: Any
    ) -> httpx.Response:
        body = {
            "currency": "GBP",
            "amount": float(amount),
            "paymentDate": "2026-01-05",
            "paymentType": "standard",
            "reasonCode": "goods",
            "beneficiaryId": beneficiary_id,
            "paymentReference": "INV-1",
        } | overrides
        return self.post("/payments", body)


@pytest.fixture
def settlego() -> Iterator[SettleGo]:
    yield SettleGo()


def test_login_issues_a_token_that_expires_and_logout_revokes_it(settlego: SettleGo) -> None:
    assert settlego.get("/currency-accounts", **PAGE).status_code == 200
    settlego.control.advance_clock(31 * 60)
    assert settlego.get("/currency-accounts", **PAGE).status_code == 401
    fresh = SettleGo(settlego.simulator)
    assert fresh.post("/authentication/logout").status_code == 200
    assert fresh.get("/currency-accounts", **PAGE).status_code == 401


def test_wrong_credentials_and_missing_tokens_get_401_in_the_error_shape(
    settlego: SettleGo,
) -> None:
    wrong = settlego.http.post(
        "/authentication/login", json={"loginId": DEFAULT_LOGIN_ID, "apiKey": "nope"}
    )
    assert wrong.status_code == 401
    anonymous = settlego.anonymous()
    answer = anonymous.get("/payments", params=PAGE)
    assert answer.status_code == 401
    assert answer.json()["status"] == 401


def test_invalid_requests_get_400_naming_each_field(settlego: SettleGo) -> None:
    answer = settlego.post("/payments", {"currency": "pounds", "amount": -5})
    assert answer.status_code == 400
    fields = {error["field"] for error in answer.json()["errors"]}
    assert {"currency", "amount", "beneficiaryId", "paymentDate"} <= fields
    assert settlego.get("/payments", pageNumber="one", pageSize=10).status_code == 400
    broken_json = settlego.http.post(
        "/currency-accounts", content=b"{", headers={"content-type": "application/json"}
    )
    assert broken_json.status_code == 400


def test_one_currency_account_per_currency_per_client(settlego: SettleGo) -> None:
    settlego.account("GBP")
    again = settlego.post("/currency-accounts", {"currency": "GBP"})
    assert again.status_code == 409


def test_a_funded_payment_debits_amount_plus_fees_and_advances_on_the_clock(
    settlego: SettleGo,
) -> None:
    settlego.account("GBP", "500.00")
    beneficiary = settlego.beneficiary()
    payment = settlego.payment(beneficiary["id"], "100.10").json()
    assert payment["totalFees"] == 2.0
    assert payment["totalDebitAmount"] == 102.1
    assert payment["hasEnoughBalance"] is True
    assert payment["payInIban"] is None
    assert settlego.balance("GBP") == Decimal("397.90")
    statuses = []
    for seconds in (0, 61, 240, 3300):
        settlego.control.advance_clock(seconds)
        settlego.login()  # a session lasts 30 minutes
        statuses.append(settlego.get(f"/payments/{payment['id']}").json()["paymentStatus"])
    assert statuses == ["pending", "processing", "released", "completed"]


def test_validation_prices_a_payment_without_moving_money(settlego: SettleGo) -> None:
    settlego.account("GBP", "50.00")
    beneficiary = settlego.beneficiary()
    body = {
        "currency": "GBP",
        "amount": 60,
        "paymentDate": "2026-01-05",
        "beneficiaryId": beneficiary["id"],
        "reasonCode": "goods",
        "paymentReference": "INV-2",
        "paymentType": "standard",
    }
    answer = settlego.post("/payments/validate", body).json()
    assert (answer["totalFees"], answer["totalDebitAmount"]) == (2, 62)
    assert answer["hasEnoughBalance"] is False
    assert answer["payInIban"]
    assert settlego.balance("GBP") == Decimal("50.00")


def test_an_unfunded_payment_returns_pay_in_instructions_and_waits_for_a_deposit(
    settlego: SettleGo,
) -> None:
    settlego.account("GBP")
    beneficiary = settlego.beneficiary()
    payment = settlego.payment(beneficiary["id"], "100").json()
    assert payment["hasEnoughBalance"] is False
    assert payment["payInIban"]
    assert settlego.balance("GBP") == 0
    settlego.control.credit("GBP", "150")
    assert settlego.balance("GBP") == Decimal("48")  # 150 - (100 + 2 fee)


def test_cancel_refunds_a_pending_payment_and_is_refused_once_processing(
    settlego: SettleGo,
) -> None:
    settlego.account("GBP", "300")
    beneficiary = settlego.beneficiary()
    first = settlego.payment(beneficiary["id"], externalId="pay-1").json()
    assert settlego.post("/payments/external/pay-1/cancel").status_code == 200
    assert settlego.balance("GBP") == Decimal("300")
    second = settlego.payment(beneficiary["id"]).json()
    settlego.control.advance_clock(61)
    refused = settlego.post(f"/payments/{second['id']}/cancel")
    assert refused.status_code == 409
    assert "processing" in refused.json()["message"]
    assert settlego.get(f"/payments/{first['id']}").json()["paymentStatus"] == "canceled"


def test_external_ids_are_unique_per_client_and_find_their_object(settlego: SettleGo) -> None:
    settlego.account("GBP", "500")
    beneficiary = settlego.beneficiary()
    assert settlego.payment(beneficiary["id"], externalId="ext-9").status_code == 200
    assert settlego.payment(beneficiary["id"], externalId="ext-9").status_code == 409
    found = settlego.get("/payments/external/ext-9").json()
    assert found["beneficiaryName"] == "Acme Supplies"
    assert settlego.get("/payments/external/unknown").status_code == 404


def test_retail_beneficiaries_need_names_and_bank_details_must_fit_the_payment_type(
    settlego: SettleGo,
) -> None:
    retail = settlego.post(
        "/beneficiaries", beneficiary_body(beneficiaryType="retail", externalId="r")
    )
    assert retail.status_code == 400
    assert {"beneficiaryFirstName", "beneficiaryLastName"} <= {
        error["field"] for error in retail.json()["errors"]
    }
    no_sort_code = settlego.post(
        "/beneficiaries", beneficiary_body(routingCodeList=[], externalId="s")
    )
    assert no_sort_code.status_code == 409


def _quote(settlego: SettleGo, **overrides: Any) -> dict[str, Any]:
    body = {
        "sellCurrency": "GBP",
        "buyCurrency": "EUR",
        "fixedSide": "sell",
        "amount": "100.00",
        "conversionDate": "2026-01-05",
    } | overrides
    answer = settlego.post("/conversions/quotes", body)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_quotes_expire_after_20_seconds_and_terms_must_be_agreed(settlego: SettleGo) -> None:
    settlego.account("GBP", "1000")
    settlego.account("EUR")
    quote = _quote(settlego)
    disagreed = {"quoteId": quote["id"], "termAgreement": "false", "externalId": "c-1"}
    assert settlego.post("/conversions", disagreed).status_code == 409
    settlego.control.advance_clock(21)
    expired = settlego.post("/conversions", disagreed | {"termAgreement": "true"})
    assert expired.status_code == 409
    assert "expired" in expired.json()["message"]


def test_a_conversion_sells_now_and_credits_the_bought_amount_at_settlement(
    settlego: SettleGo,
) -> None:
    settlego.account("GBP", "1000")
    settlego.account("EUR")
    quote = _quote(settlego)
    assert quote["sellAmount"] == 100
    conversion = settlego.post(
        "/conversions", {"quoteId": quote["id"], "termAgreement": "true", "externalId": "c-1"}
    ).json()
    assert settlego.balance("GBP") == Decimal("900")
    assert settlego.balance("EUR") == 0
    settlego.control.advance_clock(6 * 3600)  # past the 15:00 cut-off
    settlego.login()
    assert settlego.get(f"/conversions/{conversion['id']}").json()["status"] == "completed"
    assert settlego.balance("EUR") == Decimal(str(quote["buyAmount"]))


def test_linked_clients_only_ever_see_their_own_objects(settlego: SettleGo) -> None:
    linked = settlego.post(
        "/clients",
        {
            "legalEntityType": "retail",
            "email": "jo@example.com",
            "primaryPhoneCountry": "GB",
            "primaryPhoneNumber": "7700900000",
            "residentialAddressCountry": "GB",
            "residentialAddressPostalCode": "E1",
            "residentialAddressCity": "London",
            "residentialAddressLine": "1 Street",
            "firstName": "Jo",
            "lastName": "Bloggs",
            "dateOfBirth": "1990-01-01",
            "nationality": "GB",
            "identificationType": "passport",
        },
    ).json()
    settlego.account("GBP", "100")
    settlego.account("GBP", "40", onBehalfOf=linked["id"])
    assert settlego.balance("GBP") == Decimal("100")
    assert settlego.balance("GBP", onBehalfOf=linked["id"]) == Decimal("40")
    mine = settlego.beneficiary("mine")
    assert settlego.get(f"/beneficiaries/{mine['id']}", onBehalfOf=linked["id"]).status_code == 404
    scoped = settlego.get("/currency-accounts", scope="linked", **PAGE).json()
    assert [a["clientId"] for a in scoped["currencyAccountList"]] == [linked["id"]]
    stranger = settlego.get("/currency-accounts/GBP", onBehalfOf="not-a-client")
    assert stranger.status_code == 403


def test_transfers_move_money_between_a_main_client_and_its_linked_clients(
    settlego: SettleGo,
) -> None:
    linked_id = settlego.post(
        "/clients",
        {"email": "co@example.com", "primaryPhoneCountry": "GB", "primaryPhoneNumber": "1"},
    ).json()["id"]
    settlego.account("EUR", "100")
    settlego.account("EUR", onBehalfOf=linked_id)
    body = {"amount": 30, "currency": "EUR", "receiverClientId": linked_id, "externalId": "t-1"}
    assert settlego.post("/transfers", body).status_code == 200
    assert settlego.balance("EUR") == Decimal("70")
    assert settlego.balance("EUR", onBehalfOf=linked_id) == Decimal("30")
    overdraw = settlego.post("/transfers", body | {"amount": 71, "externalId": "t-2"})
    assert overdraw.status_code == 409
    assert settlego.balance("EUR") == Decimal("70")  # nothing half-done


def test_pagination_cuts_pages_and_names_neighbours(settlego: SettleGo) -> None:
    for currency in ("GBP", "EUR", "USD"):
        settlego.account(currency)
    page = settlego.get("/currency-accounts", pageNumber=2, pageSize=2).json()
    assert page["pagination"]["totalEntryCount"] == 3
    assert page["pagination"]["previousPage"] == 1
    assert page["pagination"]["nextPage"] == 0
    assert [a["currency"] for a in page["currencyAccountList"]] == ["USD"]


def test_payment_dates_skip_weekends(settlego: SettleGo) -> None:
    settlego.control.advance_clock(4 * 24 * 3600 + 6 * 3600)  # Friday 15:00, past the cut-off
    settlego.login()
    dates = settlego.get("/reference/payment-dates", currency="GBP").json()
    assert dates["firstAvailablePaymentDate"] == "2026-01-12"  # the Monday
    unavailable = {entry["date"] for entry in dates["unavailablePaymentDateList"]}
    assert {"2026-01-09", "2026-01-10", "2026-01-11"} <= unavailable


def test_reference_data_is_consistent(settlego: SettleGo) -> None:
    currencies = settlego.get("/reference/currencies").json()["currencyList"]
    assert {"GBP", "EUR", "USD"} <= {c["code"] for c in currencies}
    assert settlego.get("/reference/countries/GB").json()["alpha3Code"] == "GBR"
    states = settlego.get("/reference/countries/US/states").json()["stateList"]
    assert all(state["countryAlpha2Code"] == "US" for state in states)
    assert settlego.get("/reference/currencies/XXX").status_code == 404


def test_a_missing_handler_is_an_error_at_start_up() -> None:
    def incomplete(services: Any, **options: Any) -> Any:
        built = SIMULATOR.build(services, **options)
        built.handlers = {k: v for k, v in built.handlers.items() if k != "createPayment"}
        return built

    with pytest.raises(MissingHandlersError, match="createPayment"):
        Simulator(dataclasses.replace(SIMULATOR, build=incomplete))


def test_the_control_api_refuses_bad_input_with_a_clear_error(settlego: SettleGo) -> None:
    control = settlego.session.anonymous(base_url=settlego.session.origin)
    assert control.post("/_simulator/deposits", json={"currency": "GBP"}).status_code == 400
    assert control.post("/_simulator/deposits", content=b"nope").status_code == 400
    assert control.post("/_simulator/clock/advance", json={"seconds": -1}).status_code == 400
