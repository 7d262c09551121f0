"""SettleGo's simulator refuses a schema-valid request only for a refusal its docs give, one
that depends on state: a status the spec documents for the operation among 401 (a login with
credentials SettleGo does not hold), 403 (a client the caller may not act for), 404 (an id that
names nothing) and 409 (the object's state refuses it). A 400 is the request's own fault, so a
schema-valid request never gets one.

Schemathesis generates every operation's parameters from specs/settlego.yaml (positive data).
The seeder creates objects through the public API, with the docs' own example requests, the
control API only crediting the accounts; half the cases carry seeded ids and credentials
instead of generated ones, so the checks reach 2xx answers and the rules behind them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from independent_check import check, undocumented

from corridor.providers.settlego.credentials import (
    DEFAULT_API_KEY,
    DEFAULT_LOGIN_ID,
)
from corridor.simulator.session import SimulatorSession
from corridor.spec import iter_operations, load_spec

EXAMPLES = 10  # per operation
STATE_DEPENDENT = frozenset({401, 403, 404, 409})
LOGIN = {"loginId": DEFAULT_LOGIN_ID, "apiKey": DEFAULT_API_KEY}
# which seeded object a path id names, per operation
PATH_IDS = {
    "getPayIn": "payIn",
    "getPayment": "payment",
    "getPaymentByExternalId": "paymentExternalId",
    "cancelPayment": "cancelledPayment",
    "cancelPaymentByExternalId": "cancelledPaymentExternalId",
    "getBeneficiary": "beneficiary",
    "updateBeneficiary": "updatedBeneficiary",
    "deleteBeneficiary": "deletedBeneficiary",
    "getBeneficiaryByExternalId": "beneficiaryExternalId",
    "deleteBeneficiaryByExternalId": "deletedBeneficiaryExternalId",
    "getConversion": "conversion",
    "getConversionByExternalId": "conversionExternalId",
    "getLinkedClient": "client",
    "getTransfer": "transfer",
    "getTransferByExternalId": "transferExternalId",
}
BODY_IDS = {"beneficiaryId": "beneficiary", "quoteId": "quote", "receiverClientId": "client"}
# values the seeded objects and the reference data agree with, per operation and location
GBP_STANDARD = {"currency": "GBP", "paymentType": "standard"}
BOUND: dict[str, dict[str, dict[str, Any]]] = {
    "createCurrencyAccount": {"body": {"currency": "CAD"}},
    "getCurrencyAccount": {"path": {"currency": "GBP"}},
    "listBalanceHistories": {"query": {"currency": "GBP"}},
    "createPayment": {"body": GBP_STANDARD},
    "validatePayment": {"body": GBP_STANDARD},
    "createTransfer": {"body": {"currency": "GBP", "amount": 20}},
    "getCurrency": {"path": {"code": "GBP"}},
    "getCountry": {"path": {"alpha2Code": "GB"}},
    "listStates": {"path": {"alpha2Code": "CA"}},
    "getState": {"path": {"alpha2Code": "CA", "code": "ON"}},
    "getBeneficiaryRequiredDetails": {
        "query": {"currency": "GBP", "beneficiaryCountry": "GB", "bankAccountCountry": "GB"}
    },
}


# Sent as the docs' own example request when bound: a generated beneficiary meets its currency's
# required details only by chance, and which bodies come up depends on the Hypothesis version
# (with one, 10 of 10 were refused with 409 for their details).
BOUND_TO_EXAMPLE = ("validateBeneficiary", "createBeneficiary")


@pytest.fixture
def session() -> Iterator[SimulatorSession]:
    with SimulatorSession("settlego") as started:
        yield started


def example(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The docs' example request of an operation, as the spec carries it."""
    for operation in iter_operations(spec):
        if operation.operation_id == operation_id:
            content = operation.definition["requestBody"]["content"]["application/json"]
            value: dict[str, Any] = next(iter(content["examples"].values()))["value"]
            return dict(value)
    raise LookupError(operation_id)


def seed(session: SimulatorSession, spec: dict[str, Any]) -> dict[str, Any]:
    """Objects made through the public API; money through the control API."""

    def call(method: str, path: str, body: Any = None, **params: Any) -> Any:
        answer = session.http.request(method, path, json=body, params=params or None)
        assert answer.is_success, answer.text
        return answer.json()

    for currency in ("GBP", "USD", "EUR"):
        call("POST", "/currency-accounts", {"currency": currency})
    for currency in ("GBP", "USD", "EUR"):
        session.control.credit(currency, "100000000.00")
    pay_ins = call("GET", "/pay-ins", pageNumber=1, pageSize=10)
    pay_in = next(value for name, value in pay_ins.items() if name != "pagination")[0]["id"]
    beneficiaries = [
        call(
            "POST", "/beneficiaries", example(spec, "createBeneficiary") | {"externalId": f"b-{n}"}
        )
        for n in range(4)
    ]
    beneficiary = beneficiaries[0]
    payments = [
        call(
            "POST",
            "/payments",
            example(spec, "createPayment")
            | {"beneficiaryId": beneficiary["id"], "externalId": f"p-{n}"},
        )
        for n in range(3)
    ]
    quotes = [
        call("POST", "/conversions/quotes", example(spec, "createConversionQuote"))
        for _ in range(EXAMPLES + 1)
    ]
    conversion = call(
        "POST",
        "/conversions",
        example(spec, "createConversion") | {"quoteId": quotes[0]["id"], "externalId": "c-1"},
    )
    client = call("POST", "/clients", example(spec, "createLinkedClient"))
    call("POST", "/currency-accounts", {"currency": "GBP", "onBehalfOf": client["id"]})
    transfer = call(
        "POST",
        "/transfers",
        example(spec, "createTransfer") | {"receiverClientId": client["id"], "externalId": "t-1"},
    )
    return {
        "payIn": pay_in,
        "payment": payments[0]["id"],
        "paymentExternalId": "p-0",
        "cancelledPayment": payments[1]["id"],
        "cancelledPaymentExternalId": "p-2",
        "beneficiary": beneficiary["id"],
        "beneficiaryExternalId": "b-0",
        "deletedBeneficiary": beneficiaries[1]["id"],
        "deletedBeneficiaryExternalId": "b-2",
        "updatedBeneficiary": beneficiaries[3]["id"],
        "quote": quotes[-1]["id"],
        "conversion": conversion["id"],
        "conversionExternalId": "c-1",
        "client": client["id"],
        "transfer": transfer["id"],
        "transferExternalId": "t-1",
    }


def code_of(answer: httpx.Response) -> str | None:
    return None  # SettleGo's error object names the status, no code of its own


def test_a_schema_valid_request_is_refused_only_as_the_docs_say(
    session: SimulatorSession,
) -> None:
    spec = load_spec("settlego")
    ids = seed(session, spec)

    def send(operation_id: str, case: Any, bind: bool) -> httpx.Response:
        path_parameters = dict(case.path_parameters or {})
        body = case.body if isinstance(case.body, dict) else None
        query = dict(case.query or {})
        if bind:
            if operation_id in PATH_IDS:
                path_parameters["id"] = ids[PATH_IDS[operation_id]]
            bound = BOUND.get(operation_id, {})
            path_parameters |= bound.get("path", {})
            query |= bound.get("query", {})
            if body is not None and operation_id in BOUND_TO_EXAMPLE:
                body = example(spec, operation_id)
                if "externalId" in body:  # a create's own handle, new each time
                    body["externalId"] = str(uuid.uuid4())
            if body is not None:
                body = body | bound.get("body", {})
                body = dict(body)
                if operation_id == "startSession":
                    body |= LOGIN
                for name, kind in BODY_IDS.items():
                    if name in body:
                        body[name] = ids[kind]
                body.pop("onBehalfOf", None)  # the seeded objects are the main client's
            query.pop("onBehalfOf", None)
        path = case.path
        for name, value in path_parameters.items():
            path = path.replace("{" + name + "}", str(value))
        headers = {}
        if operation_id == "endSession":  # its own session: the seeded one goes on
            login = session.anonymous().post("/authentication/login", json=LOGIN)
            headers["x-auth-token"] = str(login.json()["token"])
        return session.http.request(
            case.method,
            path,
            params=query or None,
            json=body,
            headers=headers,
        )

    documented = {
        operation.operation_id: frozenset(
            (int(status), None)
            for status in operation.definition.get("responses", {})
            if status.isdigit()
            and int(status) in STATE_DEPENDENT
            and (int(status) != 401 or operation.operation_id == "startSession")
        )
        for operation in iter_operations(spec)
        if operation.kind == "path" and operation.operation_id
    }
    outcomes = check(spec, send, code_of, documented, EXAMPLES)
    assert not undocumented(outcomes), "\n".join(undocumented(outcomes))
    assert len(outcomes) == 44
    never = [f"{op}: {outcome.refused}" for op, outcome in outcomes.items() if not outcome.accepted]
    assert not never, "no 2xx for " + "; ".join(never)
