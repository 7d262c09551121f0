"""Sentbe's parity scenarios: the documented inbound flows, from the docs' request examples.

A user and a recipient are registered and read back, balances listed and the commission of a
transfer checked; the partner is funded (through the control API where there is one) and
sends a transfer, read back and watched until it is delivered, with its callback; and the
documented refusals: an external_id used twice, more than the balance, unknown ids, bad input.
Every request is signed as the harness signs it (parameters encrypted into SIGNATURE).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corridor.parity.scenarios import (
    Act,
    Fund,
    ParityPlan,
    Ref,
    Request,
    Scenario,
    Tagged,
    Wait,
    documented,
)

UNKNOWN_ID = 999999999


def _error_code(body: Any) -> str | None:
    errors = body.get("errors") if isinstance(body, Mapping) else None
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        return str(errors[0].get("error_code"))
    return None


def _listener() -> Mapping[str, Any]:
    return {}  # Sentbe's callback takes only a URL


def _transfer(user: str, recipient: str, number: int, **fields: Any) -> dict[str, Any]:
    return documented(
        "sentbe",
        "createTransfer",
        user_id=Ref(user, "/data/id"),
        recipient_id=Ref(recipient, "/data/id"),
        external_id=Tagged(f"parity-{{run}}-{number}"),
        **fields,
    )


PEOPLE = Scenario(
    "users and recipients",
    "a user and a recipient: register, read back, list; bad input, unknown ids",
    (
        Request(
            "user",
            "createUser",
            json=documented("sentbe", "createUser", email=Tagged("parity-{run}-1@example.com")),
        ),
        Request("read user", "getUser", path={"id": Ref("user", "/data/id")}),
        Request("list users", "listUsers"),
        Request(
            "user without an email",
            "createUser",
            json={k: v for k, v in documented("sentbe", "createUser").items() if k != "email"},
        ),
        Request("read unknown user", "getUser", path={"id": UNKNOWN_ID}),
        Request(
            "recipient",
            "createRecipient",
            json=documented(
                "sentbe",
                "createRecipient",
                user_id=Ref("user", "/data/id"),
                email=Tagged("parity-{run}-2@example.com"),
            ),
        ),
        Request("read recipient", "getRecipient", path={"id": Ref("recipient", "/data/id")}),
        Request("list recipients", "listRecipients"),
        Request("read unknown recipient", "getRecipient", path={"id": UNKNOWN_ID}),
        Request("banks", "listBanks"),
    ),
)

TRANSFERS = Scenario(
    "transfers",
    "the partner funded, a commission checked, a transfer sent, read back and watched until "
    "delivered; an external_id used twice, more than the balance, an unknown transfer",
    (
        Fund("fund KRW", "KRW", "100000000"),
        Fund("fund USD", "USD", "10000.00"),  # the fee currency of the docs' transfer
        Request("balances", "listBalances"),
        Request("balance", "getBalance", path={"currency": "KRW"}),
        Request("commission", "checkCommission", json=documented("sentbe", "checkCommission")),
        Request(
            "user",
            "createUser",
            json=documented("sentbe", "createUser", email=Tagged("parity-{run}-3@example.com")),
        ),
        Request(
            "recipient",
            "createRecipient",
            json=documented(
                "sentbe",
                "createRecipient",
                user_id=Ref("user", "/data/id"),
                email=Tagged("parity-{run}-4@example.com"),
            ),
        ),
        # Sentbe verifies a recipient itself before money goes out; a simulator is told to
        Act(
            "recipient verified", "verify-recipient", {"recipient_id": Ref("recipient", "/data/id")}
        ),
        Request("send", "createTransfer", json=_transfer("user", "recipient", 1)),
        Request("read", "getTransfer", path={"id": Ref("send", "/data/transfer_info/transfer_id")}),
        Wait(
            "statuses",
            Request(
                "poll", "getTransfer", path={"id": Ref("send", "/data/transfer_info/transfer_id")}
            ),
            "/data/transfer_info/status",
            seconds=600,
            every=30,
        ),
        Request("list", "listTransfers"),
        Request("send again", "createTransfer", json=_transfer("user", "recipient", 1)),
        Request(
            "more than the balance",
            "createTransfer",
            json=_transfer(
                "user",
                "recipient",
                2,
                transfer_info={"send_amount": "999999999999", "send_amount_currency": "KRW"},
            ),
        ),
        Request("read unknown", "getTransfer", path={"id": UNKNOWN_ID}),
    ),
)

PLAN = ParityPlan(scenarios=(PEOPLE, TRANSFERS), error_code=_error_code, listener=_listener)
