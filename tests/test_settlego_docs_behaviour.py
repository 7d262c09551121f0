"""The SettleGo simulator does what SettleGo's docs say, section by section.

Each test checks one behaviour the docs state or show in an example and cites the line of
`shared/docs/settlego/settlego-api.txt` it comes from. Where the spec carries the docs' example
JSON verbatim, the test compares with that example, so the expectation is the docs' own text.
Where the docs are silent and the simulator had to choose, the choice is named in the README's
"The SettleGo simulator" section, and the test says so.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from typing import Any

import httpx
import pytest

from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.spec import iter_operations, load_spec
from tests.settlego_calls import SettleGoCalls

PAGE = {"pageNumber": 1, "pageSize": 100}
SPEC = load_spec("settlego")


def docs_example(operation_id: str, kind: str = "response", name: str | None = None) -> Any:
    """The docs' JSON example the spec carries for an operation's request or 200 answer."""
    for operation in iter_operations(SPEC):
        definition = operation.definition
        if definition.get("operationId") != operation_id:
            continue
        holder = definition["requestBody"] if kind == "request" else definition["responses"]["200"]
        examples = holder["content"]["application/json"]["examples"]
        return copy.deepcopy(examples[name or next(iter(examples))]["value"])
    raise KeyError(operation_id)


class SettleGo(SettleGoCalls):
    """A logged-in main client talking raw HTTP to a fresh strict simulator, plus its control
    API (money from outside, the clock)."""

    def advance(self, seconds: float) -> None:
        self.control.advance_clock(seconds)
        self.login()  # a session lasts half an hour of simulator time

    def ok(self, answer: httpx.Response) -> Any:
        assert answer.status_code == 200, answer.text
        return answer.json() if answer.content else None

    def account(self, currency: str, funds: str = "0", on_behalf_of: str | None = None) -> Any:
        body = {"currency": currency} | ({"onBehalfOf": on_behalf_of} if on_behalf_of else {})
        account = self.ok(self.post("/currency-accounts", body))
        if Decimal(funds):
            self.control.credit(currency, funds, client_id=on_behalf_of)
        return account

    def balance(self, currency: str, **params: Any) -> Decimal:
        answer = self.ok(self.get(f"/currency-accounts/{currency}", **params))
        return Decimal(str(answer["balance"]))

    def beneficiary(self, **fields: Any) -> Any:
        """The docs' corporate GBP beneficiary, with `fields` changed (None: left out)."""
        body = docs_example("createBeneficiary", "request") | fields
        sent = {k: v for k, v in body.items() if not (k in fields and v is None)}
        return self.ok(self.post("/beneficiaries", sent))

    def linked_client(self, kind: str = "corporate") -> Any:
        return self.ok(self.post("/clients", docs_example("createLinkedClient", "request", kind)))

    def payment_body(self, beneficiary_id: str, **fields: Any) -> dict[str, Any]:
        """The docs' create-payment request, paying `beneficiary_id`, today."""
        body: dict[str, Any] = docs_example("createPayment", "request")
        return body | {"beneficiaryId": beneficiary_id, "paymentDate": "2026-01-05"} | fields


@pytest.fixture
def sg() -> Iterator[SettleGo]:
    yield SettleGo()


def refusal(answer: httpx.Response) -> tuple[int, str]:
    return answer.status_code, answer.json()["message"]


# ---- Authentication -------------------------------------------------------------------------


def test_login_answers_a_token_and_the_documented_account_settings(sg: SettleGo) -> None:
    # settlego-api.txt:85-92
    body = {"loginId": DEFAULT_LOGIN_ID, "apiKey": DEFAULT_API_KEY}
    answer = sg.ok(sg.post("/authentication/login", body))
    assert answer["token"]
    assert {
        k: answer[k] for k in ("tfaEnabled", "tfaType", "phoneList", "mobilePhoneVerified")
    } == {
        "tfaEnabled": False,
        "tfaType": None,
        "phoneList": None,
        "mobilePhoneVerified": False,
    }


def test_every_call_after_login_needs_the_x_auth_token(sg: SettleGo) -> None:
    # settlego-api.txt:116-127: the header is required; 401 is an authentication failure
    anonymous = sg.anonymous()
    assert anonymous.get("/reference/currencies").status_code == 401
    assert anonymous.get("/reference/currencies", headers={"x-auth-token": "x"}).status_code == 401
    assert sg.get("/reference/currencies").status_code == 200


def test_logout_ends_the_session(sg: SettleGo) -> None:
    # settlego-api.txt:96
    assert sg.post("/authentication/logout").status_code == 200
    assert sg.get("/reference/currencies").status_code == 401


def test_a_malformed_request_is_a_400(sg: SettleGo) -> None:
    # settlego-api.txt:126
    answer = sg.http.post(
        "/currency-accounts", content=b'{"currency": ', headers={"content-type": "application/json"}
    )
    assert answer.status_code == 400


# ---- Currency accounts ----------------------------------------------------------------------


def test_a_new_currency_account_is_active_empty_and_carries_the_sandbox_bank_details(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:254 (request) and :259-269 (answer); the IBAN is the docs' sandbox
    # pattern of :443 and :471, numbered per account
    answer = sg.ok(sg.post("/currency-accounts", docs_example("createCurrencyAccount", "request")))
    documented = docs_example("createCurrencyAccount")
    assert {k: answer[k] for k in documented if k != "iban"} == {
        k: v for k, v in documented.items() if k != "iban"
    }
    assert answer["iban"].startswith("DE04700TESTIBAN")
    second = sg.account("GBP")
    assert second["iban"] != answer["iban"]


def test_get_currency_account_answers_the_account_of_that_currency(sg: SettleGo) -> None:
    # settlego-api.txt:490-606
    sg.account("GBP", "12.50")
    answer = sg.ok(sg.get("/currency-accounts/GBP"))
    assert (answer["currency"], answer["status"], answer["balance"]) == ("GBP", "active", 12.5)
    assert sg.get("/currency-accounts/EUR").status_code == 404


def test_list_currency_accounts_filters_by_currency_status_and_balance(sg: SettleGo) -> None:
    # settlego-api.txt:285-305 (filters), :433-489 (currencyAccountList with clientId)
    sg.account("GBP", "912")
    sg.account("USD", "100")
    sg.account("EUR", "190")
    every = sg.ok(sg.get("/currency-accounts", **PAGE))["currencyAccountList"]
    assert [a["currency"] for a in every] == ["GBP", "USD", "EUR"]
    assert {a["clientId"] for a in every} == {sg.backend.main_client_id}

    def currencies(**filters: Any) -> list[str]:
        page = sg.ok(sg.get("/currency-accounts", **PAGE, **filters))
        return [a["currency"] for a in page["currencyAccountList"]]

    assert currencies(currency="USD") == ["USD"]
    assert currencies(status="inactive") == []
    assert currencies(minBalance=150) == ["GBP", "EUR"]
    assert currencies(minBalance=150, maxBalance=500) == ["EUR"]


def test_list_scope_selects_the_main_client_its_linked_clients_or_everything(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:316-337: all (default), main, and linked (the client named in
    # onBehalfOf); a linked scope without onBehalfOf lists every linked client's (README)
    linked = sg.linked_client()
    other = sg.linked_client("retail")
    sg.account("GBP")
    sg.account("GBP", on_behalf_of=linked["id"])
    sg.account("EUR", on_behalf_of=other["id"])

    def owners(**params: Any) -> list[str]:
        page = sg.ok(sg.get("/currency-accounts", **PAGE, **params))
        return [a["clientId"] for a in page["currencyAccountList"]]

    main = sg.backend.main_client_id
    assert sorted(owners()) == sorted([main, linked["id"], other["id"]])
    assert owners(scope="all") == owners()
    assert owners(scope="main") == [main]
    assert owners(scope="linked", onBehalfOf=linked["id"]) == [linked["id"]]
    assert sorted(owners(scope="linked")) == sorted([linked["id"], other["id"]])


def test_balance_history_gives_opening_and_closing_balances_per_day_and_currency(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:688-698
    sg.account("GBP", "100.00")
    sg.account("USD", "100.00")
    sg.advance(24 * 3600)
    sg.control.credit("GBP", "5.00")
    page = sg.ok(sg.get("/currency-accounts/balance-history", **PAGE))
    assert page["balanceList"] == [
        {"currency": "GBP", "date": "2026-01-05", "openingBalance": 0, "closingBalance": 100},
        {"currency": "USD", "date": "2026-01-05", "openingBalance": 0, "closingBalance": 100},
        {"currency": "GBP", "date": "2026-01-06", "openingBalance": 100, "closingBalance": 105},
    ]
    assert page["pagination"]["totalEntryCount"] == 3
    # settlego-api.txt:622-640: currency, minDate and maxDate filter the rows
    filtered = sg.get(
        "/currency-accounts/balance-history",
        **PAGE,
        currency="GBP",
        minDate="2026-01-06",
        maxDate="2026-01-06",
    )
    assert [(r["currency"], r["date"]) for r in sg.ok(filtered)["balanceList"]] == [
        ("GBP", "2026-01-06")
    ]


# ---- Pay-ins --------------------------------------------------------------------------------


def test_a_pay_in_answers_its_amount_currency_reference_and_time(sg: SettleGo) -> None:
    # settlego-api.txt:785-794: a reference such as 20180320-1E1QK9 (date of the pay-in and
    # six characters) and the time of the transaction
    sg.account("GBP")
    credited = sg.control.credit("GBP", "50.00")
    pay_in = sg.ok(sg.get(f"/pay-ins/{credited['id']}"))
    assert (pay_in["amount"], pay_in["currency"]) == (50, "GBP")
    reference = pay_in["transactionReference"]
    assert reference[:9] == "20260105-" and len(reference) == 15 and reference[9:].isalnum()
    assert pay_in["transactionDateTime"].startswith("2026-01-05T09:00:00")


def test_list_pay_ins_filters_by_currency_amount_and_date(sg: SettleGo) -> None:
    # settlego-api.txt:817-845 (filters), :940-952 (transactionList with clientId)
    sg.account("GBP")
    sg.account("EUR")
    sg.control.credit("GBP", "50")
    sg.control.credit("EUR", "500")
    sg.advance(2 * 24 * 3600)
    sg.control.credit("GBP", "70")

    def amounts(**filters: Any) -> list[float]:
        page = sg.ok(sg.get("/pay-ins", **PAGE, **filters))
        assert {p["clientId"] for p in page["transactionList"]} <= {sg.backend.main_client_id}
        return [p["amount"] for p in page["transactionList"]]

    assert amounts() == [50, 500, 70]
    assert amounts(currency="GBP") == [50, 70]
    assert amounts(minTransactionAmount=60, maxTransactionAmount=100) == [70]
    assert amounts(minTransactionDate="2026-01-06") == [70]
    assert amounts(maxTransactionDate="2026-01-05") == [50, 500]


# ---- Payments -------------------------------------------------------------------------------


def test_a_payment_debits_the_amount_plus_fees_and_starts_pending(sg: SettleGo) -> None:
    # settlego-api.txt:1195-1220: pending, totalDebitAmount = amount + totalFees (:1353),
    # fees collected on source, a transaction reference and the creation time
    sg.account("GBP", "400000")
    beneficiary = sg.beneficiary()
    payment = sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"])))
    assert (payment["paymentStatus"], payment["amount"]) == ("pending", 358870)
    total = Decimal(str(payment["amount"])) + Decimal(str(payment["totalFees"]))
    assert Decimal(str(payment["totalDebitAmount"])) == total
    assert (payment["hasEnoughBalance"], payment["feeCollectionType"]) == (True, "onsource")
    assert payment["transactionReference"].startswith("20260105-")
    assert payment["creationDateTime"] == "2026-01-05T09:00:00.000"
    assert sg.balance("GBP") == Decimal("400000") - total


def test_pay_in_details_are_given_only_while_the_balance_is_short(sg: SettleGo) -> None:
    # settlego-api.txt:1042: the payIn* fields are populated only if the balance is
    # insufficient, and name the account that needs the deposit
    account = sg.account("GBP")
    beneficiary = sg.beneficiary()
    short = sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"], amount=100)))
    assert short["hasEnoughBalance"] is False
    assert (short["payInBankName"], short["payInIban"]) == (account["bankName"], account["iban"])
    assert (short["payInAccountNumber"], short["payInBicSwift"]) == ("12345678", "SIM0000")
    sg.control.credit("GBP", "1000")
    covered = sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"], amount=100)))
    assert covered["hasEnoughBalance"] is True
    pay_in_fields = [key for key in covered if key.startswith("payIn")]
    assert len(pay_in_fields) == 6
    assert all(covered[key] is None for key in pay_in_fields)


def test_validate_payment_prices_without_creating_and_gives_a_fee_quote(sg: SettleGo) -> None:
    # settlego-api.txt:1224 (no payment request is created) and :1382-1402 (the answer)
    sg.account("GBP", "1000")
    beneficiary = sg.beneficiary()
    body = docs_example("validatePayment", "request") | {
        "beneficiaryId": beneficiary["id"],
        "paymentDate": "2026-01-05",
    }
    answer = sg.ok(sg.post("/payments/validate", body))
    documented = docs_example("validatePayment")
    assert set(answer) == set(documented)
    assert answer["amount"] == 400 and answer["hasEnoughBalance"] is True
    assert Decimal(str(answer["totalDebitAmount"])) == 400 + Decimal(str(answer["totalFees"]))
    assert answer["feeQuoteReference"]
    assert sg.ok(sg.get("/payments", **PAGE))["paymentList"] == []
    assert sg.balance("GBP") == 1000
    created = sg.ok(sg.post("/payments", body | {"feeQuoteReference": answer["feeQuoteReference"]}))
    assert created["totalFees"] == answer["totalFees"]


@pytest.mark.parametrize(
    "change",
    [
        "unknown beneficiary",
        "beneficiary paid in another currency",
        "payment type the beneficiary does not take",
        "no currency account",
        "amount rounds to nothing",
        "no reason for reason code other",
        "amount beyond the bound",
        "externalId already used",
        "onBehalfOf a stranger",
        "no payment type",
    ],
)
def test_validate_and_create_refuse_the_same_payments_the_same_way(
    sg: SettleGo, change: str
) -> None:
    # settlego-api.txt:1224: validate uses the same request structure as create, so one
    # request gets one verdict from both
    sg.account("GBP", "1000000")
    gbp = sg.beneficiary()
    usd = sg.beneficiary(
        externalId="usd-bene",
        currency="USD",
        bankAccountCountry="US",
        accountNumber="123456789",
        routingCodeList=[{"key": "aba", "value": "026009593"}],
        iban=None,
        bic=None,
    )
    sg.ok(sg.post("/payments", sg.payment_body(gbp["id"], externalId="taken", amount=10)))
    body = sg.payment_body(gbp["id"], amount=10)
    body |= {
        "unknown beneficiary": {"beneficiaryId": "no-such-beneficiary"},
        "beneficiary paid in another currency": {"beneficiaryId": usd["id"]},
        "payment type the beneficiary does not take": {"paymentType": "express"},
        "no currency account": {"beneficiaryId": usd["id"], "currency": "USD"},
        "amount rounds to nothing": {"amount": 0.001},
        "no reason for reason code other": {"reasonCode": "other", "reason": None},
        "amount beyond the bound": {"amount": 10**15},
        "externalId already used": {"externalId": "taken"},
        "onBehalfOf a stranger": {"onBehalfOf": "not-a-linked-client"},
        "no payment type": {"paymentType": None},
    }[change]
    body = {key: value for key, value in body.items() if value is not None}
    validated = sg.post("/payments/validate", body)
    created = sg.post("/payments", body)
    assert validated.status_code >= 400
    assert refusal(validated) == refusal(created)
    assert len(sg.ok(sg.get("/payments", **PAGE))["paymentList"]) == 1


def test_a_text_reason_is_required_when_the_reason_code_is_other(sg: SettleGo) -> None:
    # settlego-api.txt:1005-1008
    sg.account("GBP", "1000")
    beneficiary = sg.beneficiary()
    body = sg.payment_body(beneficiary["id"], amount=10)
    del body["reason"]
    assert sg.post("/payments", body).status_code == 400
    assert sg.post("/payments", body | {"reasonCode": "goods"}).status_code == 200


def test_a_payment_needs_an_active_currency_account_in_its_currency(sg: SettleGo) -> None:
    # settlego-api.txt:973: the currency account must be active and supported
    beneficiary = sg.beneficiary()
    answer = sg.post("/payments", sg.payment_body(beneficiary["id"]))
    assert answer.status_code == 409
    assert "currency account" in answer.json()["message"]


def test_list_payments_filters_by_every_documented_field(sg: SettleGo) -> None:
    # settlego-api.txt:1446-1510 (filters) and :1627-1645 (paymentList)
    sg.account("GBP", "1000")
    beneficiary = sg.beneficiary()
    first = sg.ok(
        sg.post("/payments", sg.payment_body(beneficiary["id"], amount=10, externalId="p-1"))
    )
    sg.advance(24 * 3600)
    second = sg.ok(
        sg.post(
            "/payments",
            sg.payment_body(
                beneficiary["id"], amount=50, paymentDate="2026-01-07", paymentReference="R-2"
            ),
        )
    )
    sg.ok(sg.post(f"/payments/{second['id']}/cancel"))

    def ids(**filters: Any) -> list[str]:
        page = sg.ok(sg.get("/payments", **PAGE, **filters))
        return [p["id"] for p in page["paymentList"]]

    both = [first["id"], second["id"]]
    assert ids() == both
    assert ids(minCreationDate="2026-01-06") == [second["id"]]
    assert ids(maxCreationDate="2026-01-05") == [first["id"]]
    assert ids(minPaymentDate="2026-01-07") == [second["id"]]
    assert ids(maxPaymentDate="2026-01-06") == [first["id"]]
    assert ids(reference="R-2") == [second["id"]]
    assert ids(currency="GBP") == both and ids(currency="EUR") == []
    assert ids(minAmount=20) == [second["id"]] and ids(maxAmount=20) == [first["id"]]
    assert ids(beneficiaryId=beneficiary["id"]) == both
    assert ids(paymentStatus="canceled") == [second["id"]]
    listed = sg.ok(sg.get("/payments", **PAGE))["paymentList"][0]
    assert set(listed) == set(docs_example("listPayments")["paymentList"][0])


def test_get_payment_carries_the_beneficiary_as_it_was_paid(sg: SettleGo) -> None:
    # settlego-api.txt:1898-1943 (by id) and :2188-2233 (by external id): the same fields
    sg.account("GBP", "400000")
    beneficiary = sg.beneficiary()
    created = sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"], externalId="e-1")))
    payment = sg.ok(sg.get(f"/payments/{created['id']}"))
    assert set(payment) == set(docs_example("getPayment"))
    documented = docs_example("getPayment")
    same = [k for k in documented if k.startswith("beneficiary") and k != "beneficiaryId"]
    assert {k: payment[k] for k in same} == {k: documented[k] for k in same} | {
        "beneficiaryExternalId": "12345678-1234-5678-1234-567812345678",
        "beneficiaryBankName": "ABCD BANK",
        "beneficiaryBankAddress": "12345 Main Street",
    }
    assert sg.ok(sg.get("/payments/external/e-1")) == payment
    update = docs_example("updateBeneficiary", "request") | {"name": "Renamed"}
    sg.ok(sg.post(f"/beneficiaries/{beneficiary['id']}", update))
    assert (
        sg.ok(sg.get(f"/payments/{created['id']}"))["beneficiaryName"] == "Mysterious Beneficiary"
    )


def test_a_payment_advances_with_time_until_completed(sg: SettleGo) -> None:
    # settlego-api.txt:1110-1117: the statuses; completionDateTime once completed (:1612-1615).
    # How fast it moves is the simulator's (README)
    sg.account("GBP", "1000")
    beneficiary = sg.beneficiary()
    payment = sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"], amount=10)))
    seen = []
    for seconds in (0, 61, 240, 3300):
        sg.advance(seconds)
        seen.append(sg.ok(sg.get(f"/payments/{payment['id']}"))["paymentStatus"])
    assert seen == ["pending", "processing", "released", "completed"]
    assert sg.ok(sg.get(f"/payments/{payment['id']}"))["completionDateTime"] is not None


def test_cancelling_a_payment_by_id_or_external_id_refunds_it(sg: SettleGo) -> None:
    # settlego-api.txt:2234-2293
    sg.account("GBP", "1000")
    beneficiary = sg.beneficiary()
    by_id = sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"], amount=10)))
    sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"], externalId="testBankExt12")))
    assert sg.post(f"/payments/{by_id['id']}/cancel").status_code == 200
    assert sg.post("/payments/external/testBankExt12/cancel").status_code == 200
    assert sg.ok(sg.get(f"/payments/{by_id['id']}"))["paymentStatus"] == "canceled"
    assert sg.ok(sg.get("/payments/external/testBankExt12"))["paymentStatus"] == "canceled"
    assert sg.balance("GBP") == 1000
    # a second cancel, or a cancel once processing, is refused (README)
    assert sg.post(f"/payments/{by_id['id']}/cancel").status_code == 409


def test_a_payment_made_for_a_linked_client_names_it_in_on_behalf_of(sg: SettleGo) -> None:
    # settlego-api.txt:1153-1156
    linked = sg.linked_client()
    sg.account("GBP", "1000", on_behalf_of=linked["id"])
    beneficiary = sg.beneficiary(onBehalfOf=linked["id"])
    body = sg.payment_body(beneficiary["id"], amount=10, onBehalfOf=linked["id"])
    payment = sg.ok(sg.post("/payments", body))
    assert (payment["onBehalfOf"], payment["clientId"]) == (linked["id"], linked["id"])
    own = sg.beneficiary(externalId="own")
    sg.account("GBP", "1000")
    assert sg.ok(sg.post("/payments", sg.payment_body(own["id"], amount=10)))["onBehalfOf"] is None


# ---- Beneficiaries --------------------------------------------------------------------------


def test_create_beneficiary_answers_what_was_sent_with_its_id(sg: SettleGo) -> None:
    # settlego-api.txt:2617-2682
    answer = sg.beneficiary()
    documented = docs_example("createBeneficiary")
    assert {k: answer[k] for k in documented if k != "id"} == {
        k: v for k, v in documented.items() if k != "id"
    }


def test_a_retail_beneficiary_needs_names_and_a_corporate_one_a_company_name(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:2315; the birth date a retail account needs per :5735-5738 (README)
    corporate = sg.post(
        "/beneficiaries", docs_example("createBeneficiary", "request") | {"companyName": None}
    )
    assert corporate.status_code == 400
    retail = docs_example("createBeneficiary", "request") | {"beneficiaryType": "retail"}
    assert sg.post("/beneficiaries", retail).status_code == 400
    named = retail | {"beneficiaryFirstName": "Ada", "beneficiaryLastName": "Lovelace"}
    no_birth_date = sg.post("/beneficiaries", named)
    assert no_birth_date.status_code == 409
    assert no_birth_date.json()["errors"][0]["field"] == "beneficiaryBirthDate"
    assert sg.post("/beneficiaries", named | {"beneficiaryBirthDate": "1815-12-10"}).is_success


def test_bank_details_must_meet_the_required_details_of_the_currency(sg: SettleGo) -> None:
    # settlego-api.txt:2311 and :5776-5796: GBP standard takes an 8-digit account number
    # (:2368) with a 6-digit sort code, or an IBAN with a BIC
    base = docs_example("createBeneficiary", "request")
    by_account = base | {"iban": None, "bic": None, "externalId": "a"}
    by_iban = base | {"accountNumber": None, "routingCodeList": [], "externalId": "b"}
    clean = {k: v for k, v in by_account.items() if v is not None}
    assert sg.post("/beneficiaries", clean).is_success
    assert sg.post("/beneficiaries", {k: v for k, v in by_iban.items() if v is not None}).is_success
    for broken, field in (
        ({"accountNumber": "1234567"}, "accountNumber"),
        ({"routingCodeList": [{"key": "sort_code", "value": "12-31-23"}]}, "routingCodeList"),
        ({"routingCodeList": []}, "accountNumber"),
        ({"paymentTypeList": ["sepa"]}, "paymentTypeList"),
    ):
        answer = sg.post("/beneficiaries", clean | broken | {"externalId": "c"})
        assert answer.status_code == 409, broken
        assert answer.json()["errors"][0]["field"] == field
    bad_iban = base | {"iban": "GB85-CLRB", "externalId": "d"}
    assert sg.post("/beneficiaries", bad_iban).status_code == 409


def test_validate_beneficiary_checks_without_creating_and_names_the_bank(sg: SettleGo) -> None:
    # settlego-api.txt:2686 and :2900-2904: bankName, bankAccountType, bankAddress
    answer = sg.ok(
        sg.post("/beneficiaries/validate", docs_example("validateBeneficiary", "request"))
    )
    assert answer == {
        "bankName": "ABCD BANK",
        "bankAccountType": None,
        "bankAddress": "12345 Main Street",
    }
    assert sg.ok(sg.get("/beneficiaries", **PAGE))["beneficiaryList"] == []
    broken = docs_example("validateBeneficiary", "request") | {"accountNumber": "1"}
    assert sg.post("/beneficiaries/validate", broken).status_code == 409


def test_list_beneficiaries_filters_and_names_the_bank_country(sg: SettleGo) -> None:
    # settlego-api.txt:2946-2974 (filters) and :3033-3041 (the bank country's name)
    gbp = sg.beneficiary(name="First test bene")
    eur = sg.beneficiary(
        name="Euro supplier",
        externalId="eur-1",
        currency="EUR",
        bankAccountCountry="FR",
        paymentTypeList=["sepa"],
        accountNumber=None,
        routingCodeList=None,
        iban="FR1420041010050500013M02606",
        bic="PSSTFRPPXXX",
    )
    page = sg.ok(sg.get("/beneficiaries", **PAGE))
    assert page["beneficiaryList"][0] == {
        "id": gbp["id"],
        "externalId": "12345678-1234-5678-1234-567812345678",
        "beneficiaryName": "First test bene",
        "currency": "GBP",
        "clientId": sg.backend.main_client_id,
        "bankCountryName": "United Kingdom of Great Britain and Northern Ireland",
    }

    def ids(**filters: Any) -> list[str]:
        return [
            b["id"] for b in sg.ok(sg.get("/beneficiaries", **PAGE, **filters))["beneficiaryList"]
        ]

    assert ids(beneficiaryName="euro") == [eur["id"]]
    assert ids(currency="GBP") == [gbp["id"]]
    assert ids(bankCountry="FR") == [eur["id"]]
    assert ids(paymentType="sepa") == [eur["id"]]
    assert ids(externalId="eur-1") == [eur["id"]]


def test_a_beneficiary_is_found_by_id_and_by_external_id(sg: SettleGo) -> None:
    # settlego-api.txt:3042-3241
    created = sg.beneficiary()
    by_id = sg.ok(sg.get(f"/beneficiaries/{created['id']}"))
    assert by_id == created
    assert sg.ok(sg.get("/beneficiaries/external/12345678-1234-5678-1234-567812345678")) == by_id
    assert set(docs_example("getBeneficiary")) <= set(by_id)


def test_an_update_sets_every_field_it_does_not_name_to_null(sg: SettleGo) -> None:
    # settlego-api.txt:3256; the docs' update example (:3549-3577) sends no beneficiaryState,
    # bankAddress is sent, bankName is left out in a second update
    created = sg.beneficiary(beneficiaryState="WA")
    update = docs_example("updateBeneficiary", "request")
    answer = sg.ok(sg.post(f"/beneficiaries/{created['id']}", update))
    documented = docs_example("updateBeneficiary")
    kept_as_sent = {"id", "externalId", "bankName", "bankAddress"}
    assert {k: answer[k] for k in documented if k not in kept_as_sent} == {
        k: v for k, v in documented.items() if k not in kept_as_sent
    }
    assert (answer["beneficiaryState"], answer["beneficiaryBirthDate"]) == (None, None)
    assert answer["externalId"] == update["externalId"]
    del update["bankName"]
    assert sg.ok(sg.post(f"/beneficiaries/{created['id']}", update))["bankName"] is None


def test_a_beneficiary_is_deleted_by_id_or_by_external_id(sg: SettleGo) -> None:
    # settlego-api.txt:3605-3643
    first = sg.beneficiary(externalId="one")
    sg.beneficiary(externalId="two")
    assert sg.http.delete(f"/beneficiaries/{first['id']}").status_code == 200
    assert sg.http.delete("/beneficiaries/external/two").status_code == 200
    assert sg.get(f"/beneficiaries/{first['id']}").status_code == 404
    assert sg.get("/beneficiaries/external/two").status_code == 404


# ---- Conversions ----------------------------------------------------------------------------


def _places(amount: Any) -> Decimal:
    return Decimal(str(amount)).quantize(Decimal("0.01"))


def test_a_quote_with_a_fixed_buy_amount_prices_the_sale_as_the_docs_example_does(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:3753-3771: buy 10 USD for GBP; sellAmount 7.18 = 10 x 0.7177 rounded
    # up; the offered rate above the mid-market rate; valid 20 seconds (:3777); to settle by
    # the conversion date's cut-off, 15:00 (:3771)
    sg.account("GBP")
    sg.account("USD")
    body = docs_example("createConversionQuote", "request") | {"conversionDate": "2026-01-06"}
    quote = sg.ok(sg.post("/conversions/quotes", body))
    assert (quote["buyCurrency"], quote["sellCurrency"], quote["fixedSide"]) == (
        "USD",
        "GBP",
        "buy",
    )
    assert quote["buyAmount"] == 10
    offered = Decimal(str(quote["offeredRate"]))
    assert offered > Decimal(str(quote["midMarketRate"]))
    exact = 10 * offered
    assert _places(quote["sellAmount"]) == exact.quantize(Decimal("0.01"), ROUND_UP)
    assert quote["expirationDateTime"] == "2026-01-05T09:00:20.000"
    assert quote["settlementCutOffDateTime"] == "2026-01-06T15:00:00.000"


def test_a_quote_with_a_fixed_sell_amount_prices_the_purchase_as_the_docs_example_does(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:3885-3898: sell 660 TRY for EUR; buyAmount 89.03 = 660 x 0.134906458
    # rounded down; the offered rate below the mid-market rate
    sg.account("TRY")
    sg.account("EUR")
    body = {
        "sellCurrency": "TRY",
        "buyCurrency": "EUR",
        "fixedSide": "sell",
        "amount": 660,
        "conversionDate": "2026-01-05",
    }
    quote = sg.ok(sg.post("/conversions/quotes", body))
    offered = Decimal(str(quote["offeredRate"]))
    assert offered < Decimal(str(quote["midMarketRate"]))
    assert quote["sellAmount"] == 660
    assert _places(quote["buyAmount"]) == (660 * offered).quantize(Decimal("0.01"), ROUND_DOWN)


def test_a_quote_needs_both_currency_accounts(sg: SettleGo) -> None:
    # settlego-api.txt:3702-3707: the currency accounts must be active and supported
    sg.account("GBP")
    answer = sg.post("/conversions/quotes", docs_example("createConversionQuote", "request"))
    assert answer.status_code == 409
    assert "USD currency account" in answer.json()["message"]


def test_a_conversion_must_follow_its_quote_within_20_seconds(sg: SettleGo) -> None:
    # settlego-api.txt:3777
    sg.account("GBP", "100")
    sg.account("USD")
    quotes = [
        sg.ok(sg.post("/conversions/quotes", docs_example("createConversionQuote", "request")))
        for _ in range(2)
    ]
    accept = docs_example("createConversion", "request")
    sg.control.advance_clock(19)
    assert sg.post("/conversions", accept | {"quoteId": quotes[0]["id"]}).status_code == 200
    sg.control.advance_clock(1)
    late = sg.post("/conversions", accept | {"quoteId": quotes[1]["id"], "externalId": "late"})
    assert late.status_code == 409
    assert "expired" in late.json()["message"]


def test_a_conversion_needs_the_terms_agreed(sg: SettleGo) -> None:
    # settlego-api.txt:3787-3790
    sg.account("GBP", "100")
    sg.account("USD")
    quote = sg.ok(sg.post("/conversions/quotes", docs_example("createConversionQuote", "request")))
    body = docs_example("createConversion", "request") | {"quoteId": quote["id"]}
    assert sg.post("/conversions", body | {"termAgreement": "false"}).status_code == 409
    assert sg.post("/conversions", body).status_code == 200


def test_a_conversion_answers_the_quote_it_accepted(sg: SettleGo) -> None:
    # settlego-api.txt:3885-3898 (the answer), :4224-4236 (pending_awaiting_funds until done)
    sg.account("GBP", "100")
    sg.account("USD")
    quote = sg.ok(sg.post("/conversions/quotes", docs_example("createConversionQuote", "request")))
    body = docs_example("createConversion", "request") | {"quoteId": quote["id"]}
    conversion = sg.ok(sg.post("/conversions", body))
    assert set(docs_example("createConversion")) <= set(conversion)
    for key in ("sellAmount", "buyAmount", "sellCurrency", "buyCurrency"):
        assert conversion[key] == quote[key]
    assert (conversion["offeredRate"], conversion["midMarketRate"]) == (
        quote["offeredRate"],
        quote["midMarketRate"],
    )
    assert (conversion["externalId"], conversion["status"]) == ("123434", "pending_awaiting_funds")
    assert sg.ok(sg.get(f"/conversions/{conversion['id']}")) == conversion
    assert sg.ok(sg.get("/conversions/external/123434")) == conversion
    assert sg.balance("GBP") == 100 - Decimal(str(quote["sellAmount"]))


def test_a_conversion_settles_at_its_cut_off_and_then_is_completed(sg: SettleGo) -> None:
    # settlego-api.txt:3742 (settle by the cut-off), :4068-4071 (completionDateTime)
    sg.account("GBP", "100")
    sg.account("USD")
    quote = sg.ok(sg.post("/conversions/quotes", docs_example("createConversionQuote", "request")))
    body = docs_example("createConversion", "request") | {"quoteId": quote["id"]}
    conversion = sg.ok(sg.post("/conversions", body))
    assert conversion["settlementDateTime"] == "2026-01-05T15:00:00.000"
    sg.advance(6 * 3600 - 1)
    assert sg.ok(sg.get(f"/conversions/{conversion['id']}"))["status"] == "pending_awaiting_funds"
    sg.advance(1)
    settled = sg.ok(sg.get(f"/conversions/{conversion['id']}"))
    assert (settled["status"], settled["completionDateTime"]) == (
        "completed",
        "2026-01-05T15:00:00.000",
    )
    assert sg.balance("USD") == 10


def test_list_conversions_filters_by_every_documented_field(sg: SettleGo) -> None:
    # settlego-api.txt:3940-4006 (filters) and :4093-4127 (conversionList)
    sg.account("GBP", "1000")
    sg.account("USD")
    sg.account("EUR")
    made = []
    for buy, amount in (("USD", 10), ("EUR", 500)):
        body = {
            "sellCurrency": "GBP",
            "buyCurrency": buy,
            "fixedSide": "buy",
            "amount": amount,
            "conversionDate": "2026-01-05",
        }
        quote = sg.ok(sg.post("/conversions/quotes", body))
        accept = {"quoteId": quote["id"], "termAgreement": "true", "externalId": f"c-{buy}"}
        made.append(sg.ok(sg.post("/conversions", accept)))
        sg.advance(24 * 3600)
    usd, eur = (conversion["id"] for conversion in made)

    def ids(**filters: Any) -> list[str]:
        return [c["id"] for c in sg.ok(sg.get("/conversions", **PAGE, **filters))["conversionList"]]

    assert ids() == [usd, eur]
    assert ids(sellCurrency="GBP") == [usd, eur] and ids(buyCurrency="EUR") == [eur]
    assert ids(minBuyAmount=100) == [eur] and ids(maxBuyAmount=100) == [usd]
    assert ids(minSellAmount=100) == [eur] and ids(maxSellAmount=100) == [usd]
    assert ids(status="completed") == [usd, eur]
    assert ids(minSettlementDate="2026-01-06") == [eur]
    assert ids(maxCreationDate="2026-01-05") == [usd]
    assert ids(minCreationDate="2026-01-06") == [eur]
    assert ids(transactionReference=made[1]["transactionReference"]) == [eur]


# ---- Linked clients -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["corporate", "retail"])
def test_a_linked_client_answers_as_the_docs_examples_do(sg: SettleGo, kind: str) -> None:
    # settlego-api.txt:4738-4771 (corporate: pending, the registration number as
    # identificationValue, the postal code as text) and :4805-4838 (retail: legalName is
    # first, middle and last name)
    answer = sg.linked_client(kind)
    documented = docs_example("createLinkedClient", name=kind)
    assert {k: answer[k] for k in documented if k not in ("id", "internalId")} == {
        k: v for k, v in documented.items() if k not in ("id", "internalId")
    }
    assert isinstance(answer["internalId"], int)
    assert sg.ok(sg.get(f"/clients/{answer['id']}")) == answer


def test_a_linked_client_is_pending_until_reviewed_then_active(sg: SettleGo) -> None:
    # settlego-api.txt:4697-4700 (statuses), :4743 (pending when created), :5120 (active);
    # the review takes five minutes of simulator time (README)
    client = sg.linked_client()
    sg.advance(299)
    assert sg.ok(sg.get(f"/clients/{client['id']}"))["status"] == "pending"
    sg.advance(1)
    assert sg.ok(sg.get(f"/clients/{client['id']}"))["status"] == "active"


def test_list_linked_clients_filters_by_status_nickname_and_internal_id(sg: SettleGo) -> None:
    # settlego-api.txt:4854-4868 (filters), :4944-4978 (clientList items with type)
    corporate = sg.linked_client()
    sg.advance(300)
    retail = sg.linked_client("retail")
    page = sg.ok(sg.get("/clients", **PAGE))
    assert set(page["clientList"][0]) == set(docs_example("listLinkedClients")["clientList"][0])
    assert [c["type"] for c in page["clientList"]] == ["corporate", "retail"]

    def ids(**filters: Any) -> list[str]:
        return [c["id"] for c in sg.ok(sg.get("/clients", **PAGE, **filters))["clientList"]]

    assert ids(status="active") == [corporate["id"]]
    assert ids(status="pending") == [retail["id"]]
    assert ids(nickname="nickname") == [retail["id"]]
    assert ids(internalId=retail["internalId"]) == [retail["id"]]


def test_a_main_client_acts_for_a_linked_client_through_on_behalf_of(sg: SettleGo) -> None:
    # settlego-api.txt:4253-4260: receive money into, send money from and convert between
    # the linked client's accounts, with its id in onBehalfOf
    linked = sg.linked_client()
    acting = {"onBehalfOf": linked["id"]}
    sg.account("GBP", "500", on_behalf_of=linked["id"])
    sg.account("USD", on_behalf_of=linked["id"])
    assert sg.balance("GBP", **acting) == 500
    assert sg.get("/currency-accounts/GBP").status_code == 404  # the main client has none
    beneficiary = sg.beneficiary(**acting)
    payment = sg.post("/payments", sg.payment_body(beneficiary["id"], amount=100) | acting)
    assert sg.ok(payment)["clientId"] == linked["id"]
    quote = docs_example("createConversionQuote", "request") | acting
    offer = sg.ok(sg.post("/conversions/quotes", quote))
    accept = docs_example("createConversion", "request") | {"quoteId": offer["id"]} | acting
    assert sg.ok(sg.post("/conversions", accept))["clientId"] == linked["id"]
    # someone else's id in onBehalfOf is refused
    assert sg.get("/currency-accounts/GBP", onBehalfOf="somebody-else").status_code == 403


# ---- Transfers ------------------------------------------------------------------------------


def test_a_transfer_moves_money_from_the_main_client_to_a_linked_client(sg: SettleGo) -> None:
    # settlego-api.txt:5275-5295
    linked = sg.linked_client()
    sg.account("GBP", "100")
    sg.account("GBP", on_behalf_of=linked["id"])
    body = docs_example("createTransfer", "request") | {"receiverClientId": linked["id"]}
    transfer = sg.ok(sg.post("/transfers", body))
    documented = docs_example("createTransfer")
    assert {k: transfer[k] for k in documented if not k.endswith(("Id", "id", "DateTime"))} == {
        k: v for k, v in documented.items() if not k.endswith(("Id", "id", "DateTime"))
    }
    assert (transfer["senderClientId"], transfer["receiverClientId"]) == (
        sg.backend.main_client_id,
        linked["id"],
    )
    assert (sg.balance("GBP"), sg.balance("GBP", onBehalfOf=linked["id"])) == (80, 20)


def test_transfers_go_to_from_and_between_linked_clients(sg: SettleGo) -> None:
    # settlego-api.txt:4258
    first, second = sg.linked_client(), sg.linked_client("retail")
    sg.account("EUR", "10")
    sg.account("EUR", "10", on_behalf_of=first["id"])
    sg.account("EUR", on_behalf_of=second["id"])
    main = sg.backend.main_client_id
    for n, (sender, receiver) in enumerate(
        ((first["id"], second["id"]), (first["id"], main), (main, second["id"]))
    ):
        body = {"amount": 3, "currency": "EUR", "receiverClientId": receiver, "externalId": f"t{n}"}
        if sender != main:
            body["onBehalfOf"] = sender
        transfer = sg.ok(sg.post("/transfers", body))
        assert (transfer["senderClientId"], transfer["receiverClientId"]) == (sender, receiver)
    assert sg.balance("EUR") == 10
    assert sg.balance("EUR", onBehalfOf=first["id"]) == 4
    assert sg.balance("EUR", onBehalfOf=second["id"]) == 6
    outsider = {"amount": 1, "currency": "EUR", "receiverClientId": "x", "externalId": "t9"}
    assert sg.post("/transfers", outsider).status_code == 404


def test_a_transfer_is_listed_and_found_by_id_and_external_id(sg: SettleGo) -> None:
    # settlego-api.txt:5296-5650
    linked = sg.linked_client()
    sg.account("GBP", "100")
    sg.account("GBP", on_behalf_of=linked["id"])
    body = docs_example("createTransfer", "request") | {"receiverClientId": linked["id"]}
    transfer = sg.ok(sg.post("/transfers", body))
    listed = sg.ok(sg.get("/transfers", **PAGE))["transferList"]
    assert [t["id"] for t in listed] == [transfer["id"]]
    assert listed[0]["clientId"] == sg.backend.main_client_id
    assert set(docs_example("listTransfers")["transferList"][0]) <= set(listed[0])
    assert sg.ok(sg.get(f"/transfers/{transfer['id']}")) == transfer
    assert sg.ok(sg.get("/transfers/external/REF14")) == transfer
    seen_by_receiver = sg.get("/transfers", **PAGE, onBehalfOf=linked["id"])
    assert [t["id"] for t in sg.ok(seen_by_receiver)["transferList"]] == [transfer["id"]]


# ---- Pagination -----------------------------------------------------------------------------


def test_pagination_reports_the_page_size_asked_for_and_its_neighbours(sg: SettleGo) -> None:
    # settlego-api.txt:4929 and :4939, :5408 and :5418: pageSize=10 answers
    # maximumPageSize 10; :5419 currentPageSize counts the entries; previous and next page
    # are 0 when there is none (:688-689)
    for _ in range(3):
        sg.linked_client()
    first = sg.ok(sg.get("/clients", pageNumber=1, pageSize=10))["pagination"]
    assert first == {
        "totalEntryCount": 3,
        "totalPageCount": 1,
        "currentPage": 1,
        "maximumPageSize": 10,
        "currentPageSize": 3,
        "previousPage": 0,
        "nextPage": 0,
    }
    middle = sg.ok(sg.get("/clients", pageNumber=2, pageSize=1))
    assert (middle["pagination"]["previousPage"], middle["pagination"]["nextPage"]) == (1, 3)
    assert len(middle["clientList"]) == 1
    capped = sg.ok(sg.get("/clients", pageNumber=1, pageSize=1000))["pagination"]
    assert capped["maximumPageSize"] == 100  # the simulator's largest page (README)
    far = sg.ok(sg.get("/clients", pageNumber=10**30, pageSize=10))
    assert far["clientList"] == []


# ---- Reference data -------------------------------------------------------------------------


def test_the_sandbox_offers_the_docs_27_currencies(sg: SettleGo) -> None:
    # settlego-api.txt:5842-5869
    answer = sg.ok(sg.get("/reference/currencies"))
    assert answer == docs_example("listCurrencies")
    assert len(answer["currencyList"]) == 27


def test_get_currency_answers_a_list_of_one(sg: SettleGo) -> None:
    # settlego-api.txt:5913-5914
    assert sg.ok(sg.get("/reference/currencies/GBP")) == docs_example("getCurrency")
    assert sg.get("/reference/currencies/XXX").status_code == 404


def test_every_country_of_the_docs_is_listed_as_the_docs_write_it(sg: SettleGo) -> None:
    # settlego-api.txt:5968-5985 (17 countries); GB's name from :3041; US from :6048-6054
    listed = sg.ok(sg.get("/reference/countries"))["countryList"]
    documented = docs_example("listCountries")["countryList"]
    assert len(documented) == 17
    assert [c for c in listed if c in documented] == documented
    assert sg.ok(sg.get("/reference/countries/US")) == docs_example("getCountry")
    united_kingdom = sg.ok(sg.get("/reference/countries/GB"))
    assert united_kingdom["name"] == "United Kingdom of Great Britain and Northern Ireland"
    assert sg.get("/reference/countries/XX").status_code == 404


def test_every_currency_has_a_home_country_among_the_listed_ones(sg: SettleGo) -> None:
    # a simulator choice (README): beneficiaries of every offered currency have a bank country
    listed = {c["alpha2Code"] for c in sg.ok(sg.get("/reference/countries"))["countryList"]}
    currencies = [c["code"] for c in sg.ok(sg.get("/reference/currencies"))["currencyList"]]
    homes = {code[:2] for code in currencies if code != "EUR"}
    assert homes <= listed


def test_the_us_has_the_docs_63_states_as_written(sg: SettleGo) -> None:
    # settlego-api.txt:6097-6160, the country itself, duplicates and " North Dakota" included
    answer = sg.ok(sg.get("/reference/countries/US/states"))
    assert answer == docs_example("listStates")
    assert len(answer["stateList"]) == 63
    assert sg.ok(sg.get("/reference/countries/US/states/MD")) == docs_example("getState")
    assert sg.get("/reference/countries/US/states/ZZ").status_code == 404


def test_payment_dates_skip_the_past_cut_off_day_and_weekends(sg: SettleGo) -> None:
    # settlego-api.txt:6205 and :6242-6266: on a Friday past the cut-off the first date is
    # Monday; Friday, Saturday and Sunday are listed with the docs' descriptions
    sg.advance(4 * 24 * 3600 + 7 * 3600)  # Friday 2026-01-09 16:00
    dates = sg.ok(sg.get("/reference/payment-dates", currency="GBP"))
    assert dates["firstAvailablePaymentDate"] == "2026-01-12"
    assert dates["unavailablePaymentDateList"][:3] == [
        {
            "date": "2026-01-09",
            "description": "Past Cutoff: Next available trading date is 2026-01-12",
        },
        {"date": "2026-01-10", "description": "No trading on Saturday"},
        {"date": "2026-01-11", "description": "No trading on Sunday"},
    ]
    assert sg.get("/reference/payment-dates", currency="XXX").status_code == 404


def test_conversion_dates_name_the_first_and_mandatory_date_of_a_pair(sg: SettleGo) -> None:
    # settlego-api.txt:6308-6316
    dates = sg.ok(sg.get("/reference/conversion-dates", currencyPair="GBPUSD"))
    assert dates["firstAvailableConversionDate"] == "2026-01-05"
    assert dates["mandatoryConversionDate"] == "2026-01-05"
    weekend = [entry["date"] for entry in dates["unavailableConversionDateList"]]
    assert weekend == ["2026-01-10", "2026-01-11", "2026-01-17", "2026-01-18"]
    assert sg.get("/reference/conversion-dates", currencyPair="GBPXXX").status_code == 404


def test_a_payment_date_that_cannot_be_met_rolls_to_the_next_available_one(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:6205 (dates when payments cannot be made) and :6892-6894 (Payment
    # Rolled): a weekend payment date moves to Monday
    sg.account("GBP", "100")
    beneficiary = sg.beneficiary()
    body = sg.payment_body(beneficiary["id"], amount=10, paymentDate="2026-01-10")
    assert sg.ok(sg.post("/payments/validate", body))["paymentDate"] == "2026-01-12"
    assert sg.ok(sg.post("/payments", body))["paymentDate"] == "2026-01-12"


def test_beneficiary_required_details_for_a_gb_corporate_account_are_the_docs_answer(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:5771-5796
    query = {
        "beneficiaryCountry": "GB",
        "currency": "GBP",
        "bankAccountCountry": "GB",
        "beneficiaryType": "corporate",
    }
    answer = sg.ok(sg.get("/reference/beneficiary-required-details", **query))
    assert answer == docs_example("getBeneficiaryRequiredDetails")
    retail = sg.ok(
        sg.get("/reference/beneficiary-required-details", **query | {"beneficiaryType": "retail"})
    )["metadataList"][0]
    # :5721-5746: names for retail, the company name for corporate
    assert (retail["beneficiaryFirstName"], retail["companyName"]) == ("^.{1,255}", None)
    assert retail["beneficiaryBirthDate"] is not None


def test_every_offered_currency_has_required_details_a_beneficiary_can_meet(
    sg: SettleGo,
) -> None:
    # settlego-api.txt:2311: required details say how to format a create-beneficiary
    # request; each currency's answer is the simulator's (README) and must be satisfiable
    currencies = [c["code"] for c in sg.ok(sg.get("/reference/currencies"))["currencyList"]]
    samples = {
        "accountNumber": {r"^\d{8}$": "12345678"},
        "routing": {
            "sort_code": "123123",
            "aba": "026009593",
            "bsb_code": "062000",
            "ifs_code": "HDFC0000001",
            "clabe_code": "002010077777777771",
        },
    }
    for currency in currencies:
        query = {"currency": currency, "bankAccountCountry": "GB", "beneficiaryType": "corporate"}
        for entry in sg.ok(sg.get("/reference/beneficiary-required-details", **query))[
            "metadataList"
        ]:
            body = docs_example("createBeneficiary", "request") | {
                "currency": currency,
                "paymentTypeList": [entry["paymentType"]],
                "externalId": f"{currency}-{entry['paymentType']}",
            }
            if entry["iban"] is None:
                number = samples["accountNumber"].get(entry["accountNumber"], "1234567890")
                body |= {"iban": None, "accountNumber": number}
                if entry["routingCodeType"]:
                    code = samples["routing"][entry["routingCodeType"]]
                    body["routingCodeList"] = [{"key": entry["routingCodeType"], "value": code}]
            clean = {k: v for k, v in body.items() if v is not None}
            assert sg.post("/beneficiaries", clean).status_code == 200, (currency, entry)


# ---- Amounts --------------------------------------------------------------------------------


@pytest.mark.parametrize("amount", ["1e15", "1e26", "123456789012345678901234567890.5"])
def test_no_amount_however_large_gets_past_the_spec_bound(sg: SettleGo, amount: str) -> None:
    # the docs set no bound; the spec's (specs/DISCREPANCIES.md) makes such amounts a 400
    sg.account("GBP", "100")
    sg.account("USD")
    beneficiary = sg.beneficiary()
    linked = sg.linked_client()
    sg.account("GBP", on_behalf_of=linked["id"])
    raw = sg.payment_body(beneficiary["id"], amount=0)
    quote = docs_example("createConversionQuote", "request") | {"amount": amount}
    transfer = {"currency": "GBP", "amount": 0, "receiverClientId": linked["id"], "externalId": "t"}
    for path, body in (
        ("/payments", raw),
        ("/payments/validate", raw),
        ("/transfers", transfer),
    ):
        text = httpx.Request("POST", "/", json=body).content.decode()
        text = text.replace('"amount":0', f'"amount":{amount}')
        answer = sg.http.post(path, content=text, headers={"content-type": "application/json"})
        assert answer.status_code == 400, (path, answer.text)
    assert sg.post("/conversions/quotes", quote).status_code == 400
    assert sg.balance("GBP") == 100


def test_amount_filters_take_any_number_without_failing(sg: SettleGo) -> None:
    # settlego-api.txt:297-305, :822-830, :1484-1494, :3950-3968: amount filters
    sg.account("GBP", "100")
    for path, names in (
        ("/currency-accounts", ("minBalance", "maxBalance")),
        ("/pay-ins", ("minTransactionAmount", "maxTransactionAmount")),
        ("/payments", ("minAmount", "maxAmount")),
        ("/conversions", ("minSellAmount", "maxBuyAmount")),
    ):
        for value in ("1e308", "-1e308", "1e-300", "123456789012345678901234567890"):
            for name in names:
                assert sg.get(path, **PAGE, **{name: value}).status_code == 200, (path, name)
        assert sg.get(path, **PAGE, **{names[0]: "NaN"}).status_code == 400


def test_a_converted_amount_beyond_any_account_is_refused_not_failed(sg: SettleGo) -> None:
    # the other side of a conversion can outgrow the bound the spec sets on the fixed side
    sg.account("JPY")
    sg.account("GBP")
    quote = {
        "sellCurrency": "JPY",
        "buyCurrency": "GBP",
        "fixedSide": "buy",
        "amount": "999999999999999",
        "conversionDate": "2026-01-05",
    }
    answer = sg.post("/conversions/quotes", quote)
    assert answer.status_code == 409
    assert answer.json()["errors"][0]["field"] == "amount"


def test_a_refusal_names_where_the_refused_field_was_sent(sg: SettleGo) -> None:
    # settlego-api.txt:126-127: a bad request is a 400, an authentication failure a 401; the
    # error body is the simulator's (specs/DISCREPANCIES.md, ErrorResponse)
    query = {"currency": "GBP", "bankAccountCountry": "GB", "beneficiaryType": "corporate"}
    unknown = sg.get("/reference/beneficiary-required-details", **query, beneficiaryCountry="ZZ")
    assert unknown.json()["errors"] == [
        {
            "field": "beneficiaryCountry",
            "location": "query",
            "message": "ZZ is not a country SettleGo knows",
        }
    ]
    stranger = sg.get("/currency-accounts/GBP", onBehalfOf="somebody-else").json()
    assert [(e["field"], e["location"]) for e in stranger["errors"]] == [("onBehalfOf", "query")]
    beneficiary = sg.beneficiary()
    body = sg.payment_body(beneficiary["id"], onBehalfOf="somebody-else")
    from_body = sg.post("/payments", body).json()
    assert [(e["field"], e["location"]) for e in from_body["errors"]] == [("onBehalfOf", "body")]


def test_a_payment_waiting_for_a_pay_in_is_funded_when_the_money_arrives(sg: SettleGo) -> None:
    # settlego-api.txt:1042: a pay-in is required to complete the payment
    sg.account("GBP")
    beneficiary = sg.beneficiary()
    payment = sg.ok(sg.post("/payments", sg.payment_body(beneficiary["id"], amount=100)))
    assert payment["hasEnoughBalance"] is False
    sg.control.credit("GBP", "150")
    total = Decimal(str(payment["totalDebitAmount"]))
    assert sg.balance("GBP") == 150 - total
    sg.advance(61)
    assert sg.ok(sg.get(f"/payments/{payment['id']}"))["paymentStatus"] == "processing"
