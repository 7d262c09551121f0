"""SettleGo's parity scenarios: the documented flows, from the docs' own request examples.

Accounts are opened and funded (funding only where a control API is: a real sandbox is funded
beforehand), beneficiaries and payments go through their lifecycle (create, read back by id and
by externalId, list, update, delete, cancel), a payment's statuses over an hour, a quote
accepted as a conversion, a linked client, and the documented refusals: unknown ids, bad input,
a duplicate externalId, a payment larger than the balance, cancelling a payment that moved on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corridor.parity.scenarios import Fund, ParityPlan, Ref, Request, Scenario, Tagged, Wait
from corridor.parity.scenarios import documented as documented_request

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
FUNDING = "1000000.00"
FINAL = frozenset({"completed", "canceled", "failed"})


def documented(operation: str, **fields: Any) -> dict[str, Any]:
    """The docs' request example of `operation`, with `fields` replaced."""
    return documented_request("settlego", operation, **fields)


def _error_code(body: Any) -> str | None:
    # the docs give no error body; the simulator's carries the status's name under "error"
    return str(body["error"]) if isinstance(body, Mapping) and "error" in body else None


def _listener() -> Mapping[str, Any]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    pem = key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return {"publicKey": pem.decode()}


def _beneficiary(name: str, number: int) -> Request:
    return Request(
        name,
        "createBeneficiary",
        json=documented("createBeneficiary", externalId=Tagged(f"{{run}}-beneficiary-{number}")),
    )


def _payment(name: str, beneficiary: str, number: int, **fields: Any) -> Request:
    body = documented(
        "createPayment",
        beneficiaryId=Ref(beneficiary, "/id"),
        externalId=Tagged(f"{{run}}-payment-{number}"),
        **fields,
    )
    body.pop("feeQuoteReference", None)  # a quote of the docs' own, which no service holds
    return Request(name, "createPayment", json=body)


ACCOUNTS = Scenario(
    "accounts",
    "currency accounts: open, fund, read back, list; open twice; an account never opened",
    (
        Request("open GBP", "createCurrencyAccount", json={"currency": "GBP"}),
        Fund("fund GBP", "GBP", FUNDING),
        Request("open USD", "createCurrencyAccount", json={"currency": "USD"}),
        Request("read GBP", "getCurrencyAccount", path={"currency": "GBP"}),
        Request("list", "listCurrencyAccounts", query={"pageNumber": 1, "pageSize": 10}),
        Request("open GBP again", "createCurrencyAccount", json={"currency": "GBP"}),
        Request("read unopened", "getCurrencyAccount", path={"currency": "JPY"}),
        Request("open bad currency", "createCurrencyAccount", json={"currency": "pounds"}),
    ),
)

BENEFICIARIES = Scenario(
    "beneficiaries",
    "beneficiaries: create, read by id and externalId, list, update, delete; duplicate "
    "externalId, bad input, unknown id",
    (
        _beneficiary("create", 1),
        Request("read", "getBeneficiary", path={"id": Ref("create", "/id")}),
        Request(
            "read by externalId",
            "getBeneficiaryByExternalId",
            path={"id": Ref("create", "/externalId")},
        ),
        Request("list", "listBeneficiaries", query={"pageNumber": 1, "pageSize": 10}),
        Request(
            "update",
            "updateBeneficiary",
            path={"id": Ref("create", "/id")},
            json=documented("updateBeneficiary"),
        ),
        _beneficiary("create duplicate", 1),
        Request(
            "create without a name",
            "createBeneficiary",
            json={k: v for k, v in documented("createBeneficiary").items() if k != "name"},
        ),
        Request("delete", "deleteBeneficiary", path={"id": Ref("create", "/id")}),
        Request("read deleted", "getBeneficiary", path={"id": Ref("create", "/id")}),
        Request("read unknown", "getBeneficiary", path={"id": UNKNOWN_ID}),
    ),
)

PAYMENT_LIFECYCLE = Scenario(
    "payment lifecycle",
    "a funded payment: create, read by id and externalId, list, its statuses over an hour "
    "(pending, processing, released, completed), cancelling it afterwards refused",
    (
        Request("open GBP", "createCurrencyAccount", json={"currency": "GBP"}),
        Fund("fund GBP", "GBP", FUNDING),
        _beneficiary("beneficiary", 2),
        _payment("create", "beneficiary", 1),
        Request("read", "getPayment", path={"id": Ref("create", "/id")}),
        Request(
            "read by externalId",
            "getPaymentByExternalId",
            path={"id": Ref("create", "/externalId")},
        ),
        Request("list", "listPayments", query={"pageNumber": 1, "pageSize": 10}),
        Wait(
            "statuses",
            Request("poll", "getPayment", path={"id": Ref("create", "/id")}),
            "/paymentStatus",
            seconds=3750,
            every=150,
            final=FINAL,
        ),
        Request("cancel after completion", "cancelPayment", path={"id": Ref("create", "/id")}),
        Request("read unknown", "getPayment", path={"id": UNKNOWN_ID}),
    ),
)

PAYMENT_REFUSALS = Scenario(
    "payment cancel and refusals",
    "a payment cancelled while pending, cancelled again by externalId; a duplicate externalId; "
    "more than the balance; an unknown beneficiary",
    (
        Request("open GBP", "createCurrencyAccount", json={"currency": "GBP"}),
        Fund("fund GBP", "GBP", FUNDING),
        _beneficiary("beneficiary", 3),
        _payment("create", "beneficiary", 2),
        Request("cancel", "cancelPayment", path={"id": Ref("create", "/id")}),
        Request("read cancelled", "getPayment", path={"id": Ref("create", "/id")}),
        Request(
            "cancel again by externalId",
            "cancelPaymentByExternalId",
            path={"id": Ref("create", "/externalId")},
        ),
        _payment("create duplicate", "beneficiary", 2),
        _payment("more than the balance", "beneficiary", 3, amount=999_999_999_999),
        Request(
            "unknown beneficiary",
            "createPayment",
            json={
                k: v
                for k, v in documented(
                    "createPayment",
                    beneficiaryId=UNKNOWN_ID,
                    externalId=Tagged("{run}-payment-4"),
                ).items()
                if k != "feeQuoteReference"
            },
        ),
    ),
)

CONVERSIONS = Scenario(
    "conversions",
    "a quote accepted as a conversion, read back by id and externalId, listed; an unknown quote",
    (
        Request("open GBP", "createCurrencyAccount", json={"currency": "GBP"}),
        Request("open USD", "createCurrencyAccount", json={"currency": "USD"}),
        Fund("fund GBP", "GBP", FUNDING),
        Request("quote", "createConversionQuote", json=documented("createConversionQuote")),
        Request(
            "accept",
            "createConversion",
            json=documented(
                "createConversion",
                quoteId=Ref("quote", "/id"),
                externalId=Tagged("{run}-conversion-1"),
            ),
        ),
        Request("read", "getConversion", path={"id": Ref("accept", "/id")}),
        Request(
            "read by externalId",
            "getConversionByExternalId",
            path={"id": Ref("accept", "/externalId")},
        ),
        Request("list", "listConversions", query={"pageNumber": 1, "pageSize": 10}),
        Request(
            "accept unknown quote",
            "createConversion",
            json=documented(
                "createConversion", quoteId=UNKNOWN_ID, externalId=Tagged("{run}-conversion-2")
            ),
        ),
    ),
)

CLIENTS = Scenario(
    "linked clients",
    "a linked client: create, read back, list; an unknown client",
    (
        Request(
            "create",
            "createLinkedClient",
            json=documented("createLinkedClient", email=Tagged("parity-{run}@example.com")),
        ),
        Request("read", "getLinkedClient", path={"id": Ref("create", "/id")}),
        Request("list", "listLinkedClients", query={"pageNumber": 1, "pageSize": 10}),
        Request("read unknown", "getLinkedClient", path={"id": UNKNOWN_ID}),
    ),
)

REFERENCE = Scenario(
    "reference data",
    "currencies and countries: list, read one; an unknown code",
    (
        Request("currencies", "listCurrencies"),
        Request("currency", "getCurrency", path={"code": "GBP"}),
        Request("unknown currency", "getCurrency", path={"code": "XXQ"}),
        Request("country", "getCountry", path={"alpha2Code": "GB"}),
    ),
)

PLAN = ParityPlan(
    scenarios=(
        ACCOUNTS,
        BENEFICIARIES,
        PAYMENT_LIFECYCLE,
        PAYMENT_REFUSALS,
        CONVERSIONS,
        CLIENTS,
        REFERENCE,
    ),
    error_code=_error_code,
    listener=_listener,
)
