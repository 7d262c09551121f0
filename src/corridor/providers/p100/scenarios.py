"""P100's parity scenarios: the documented partner flows, from the docs' own request examples.

End users are created, KYC is started and read back, and their balances listed; a rate is
locked and turned into an order whose status is watched (waiting for a wallet address, then for
payment, then expired); the partner is funded (through the control API where there is one) and
pays out by SEPA, the payout read back and watched through the risk check; and the documented
refusals: a user created twice, bad input, an unknown order, lock and transfer, a payout larger
than the balance.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corridor.parity.scenarios import (
    Fund,
    ParityPlan,
    Ref,
    Request,
    Scenario,
    Tagged,
    Wait,
    documented,
)

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def _error_code(body: Any) -> str | None:
    return str(body["errorCode"]) if isinstance(body, Mapping) and "errorCode" in body else None


def _listener() -> Mapping[str, Any]:
    return {"token": "parity-webhook-token"}


def _user(number: int) -> dict[str, Any]:
    return documented(
        "p100",
        "createUserAccount",
        externalUserId=Tagged(f"parity-{{run}}-{number}"),
        email=Tagged(f"parity-{{run}}-{number}@example.com"),
    )


USERS = Scenario(
    "users",
    "end users: create, start KYC, read its status, list balances; a user created twice, bad "
    "input, an unknown user",
    (
        Request("create", "createUserAccount", json=_user(1)),
        Request("create again", "createUserAccount", json=_user(1)),
        Request(
            "create with terms not a boolean",
            "createUserAccount",
            json={**_user(2), "hasAcceptedP100Tc": "yes"},
        ),
        Request(
            "start KYC", "createKycVerification", json={"externalUserId": Tagged("parity-{run}-1")}
        ),
        Request("KYC status", "getKycStatus", path={"param": Tagged("parity-{run}-1")}),
        Request("balances", "getUserBalances", path={"externalUserId": Tagged("parity-{run}-1")}),
        Request("KYC status of unknown", "getKycStatus", path={"param": "parity-nobody"}),
    ),
)

ORDERS = Scenario(
    "orders",
    "a rate locked and turned into an order, read back, its statuses over time; an unknown "
    "lock and order",
    (
        Request("lock", "createOrderRateLock", json=documented("p100", "createOrderRateLock")),
        Request("order", "createOrder", json={"lockId": Ref("lock", "/lockId")}),
        Request("read", "getOrderDetails", path={"orderId": Ref("order", "/orderId")}),
        Wait(
            "statuses",
            Request("poll", "getOrderDetails", path={"orderId": Ref("order", "/orderId")}),
            "/status",
            seconds=3600,
            every=300,
            final=frozenset({"EXPIRED", "COMPLETED"}),
        ),
        Request("order unknown lock", "createOrder", json={"lockId": UNKNOWN_ID}),
        Request("read unknown", "getOrderDetails", path={"orderId": UNKNOWN_ID}),
    ),
)

PAYOUTS = Scenario(
    "partner payouts",
    "the partner funded and paying out by SEPA: balances, deposit details, a payout read back "
    "and watched through the risk check; more than the balance; an unknown transfer",
    (
        Fund("fund EUR", "eur", "100000.00"),
        Request("balances", "getPartnerBalances"),
        Request("deposit details", "getPartnerSepaDepositInfo"),
        Request(
            "pay out",
            "createPartnerSepaTransfer",
            json={
                "amount": "10.00",
                "currency": "eur",
                "destinationIban": Ref("balances", "/fiatBalances/0/iban"),
                "transferTitle": "Parity payout",
            },
        ),
        Request(
            "read", "getSepaTransferDetails", path={"transferId": Ref("pay out", "/transferId")}
        ),
        Wait(
            "statuses",
            Request(
                "poll",
                "getSepaTransferDetails",
                path={"transferId": Ref("pay out", "/transferId")},
            ),
            "/status",
            seconds=60,
            every=5,
            final=frozenset({"SUCCESSFUL", "FAILED"}),
        ),
        Request(
            "more than the balance",
            "createPartnerSepaTransfer",
            json={
                "amount": "999999999.00",
                "currency": "eur",
                "destinationIban": Ref("balances", "/fiatBalances/0/iban"),
                "transferTitle": "Parity payout",
            },
        ),
        Request("read unknown", "getSepaTransferDetails", path={"transferId": UNKNOWN_ID}),
    ),
)

PLAN = ParityPlan(scenarios=(USERS, ORDERS, PAYOUTS), error_code=_error_code, listener=_listener)
