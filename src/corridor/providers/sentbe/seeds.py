"""Real Sentbe objects for a contract run, made through Sentbe's own API (signed requests).

Users and their recipients from the docs' examples; when simulated, wallets prefunded and some
recipients verified through the control API, so transfers go both ways (Waiting verification
and Processing); transfers between them. Their ids, real bank codes and country codes are bound
to the parameters that take them, so generated requests get past "Invalid model id" and reach
the rules.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from corridor.providers.seeding import SeedContext, Seeds

FUNDING = {"USD": "100000000.00", "KRW": "100000000000"}
COUNTRIES = ("KR", "US", "PH", "VN")
BIRTH_DATES = ("19890101", "19901201")
SEND_AMOUNTS = ("1000000", "50000", 250000)


def seed(context: SeedContext) -> Seeds:
    seeds = Seeds()

    def call(method: str, path: str, **arguments: Any) -> Any:
        """The `data` of Sentbe's success envelope."""
        return context.call(method, path, **arguments)["data"]

    # unique per run against a real service, whose external_ids outlive the run
    run = "seed" if context.simulated else f"seed-{uuid.uuid4().hex[:8]}"
    if context.control is not None:
        for currency, amount in FUNDING.items():
            context.control.credit(currency, amount)

    users = [
        call("POST", "/inbound/users", json=context.documented("createUser")) for _ in range(3)
    ]
    user_ids = [str(user["id"]) for user in users]
    sender = user_ids[0]
    recipients = [
        call(
            "POST",
            "/inbound/recipients",
            json=context.documented("createRecipient", user_id=sender),
        )
        for _ in range(4)
    ]
    recipient_ids = [str(recipient["id"]) for recipient in recipients]
    verified, unverified = recipient_ids[:2], recipient_ids[2:]
    if context.control is not None:
        for recipient_id in verified:
            context.control.act("verify-recipient", recipient_id=recipient_id)

    seeds.bind("path.id", [int(i) for i in user_ids], operations=["getUser"])
    seeds.bind("path.id", [int(i) for i in recipient_ids], operations=["getRecipient"])
    seeds.bind("body.user_id", user_ids, operations=["createRecipient", "updateUserInfo"])
    # a transfer names a user and one of that user's recipients: only these pairs fit
    seeds.bind("body.user_id", [sender], operations=["createTransfer"])
    seeds.bind("body.recipient_id", recipient_ids, operations=["createTransfer"])
    # a verified recipient can no longer be changed
    seeds.bind("body.recipient_id", unverified, operations=["updateRecipientInfo"])

    banks = list(call("GET", "/inbound/banks"))
    seeds.bind(
        "body.bank_attributes.name", banks, operations=["createRecipient", "updateRecipientInfo"]
    )
    for parameter in ("body.phone_country_code", "body.nationality", "body.country"):
        seeds.bind(parameter, COUNTRIES)
    seeds.bind("body.birth_date", BIRTH_DATES)
    seeds.bind("body.transfer_info.send_amount", SEND_AMOUNTS)

    transfers: list[Any] = []
    if _affordable(call("GET", "/inbound/balances"), len(recipient_ids)):
        transfers = [
            call(
                "POST",
                "/inbound/transfers",
                json=context.documented(
                    "createTransfer",
                    user_id=sender,
                    recipient_id=recipient_id,
                    external_id=f"{run}-transfer-{number}",
                ),
            )
            for number, recipient_id in enumerate(recipient_ids)
        ]
    seeds.bind(
        "path.id",
        [transfer["transfer_info"]["transfer_id"] for transfer in transfers],
        operations=["getTransfer"],
    )
    return seeds


def _affordable(balances: list[dict[str, Any]], transfers: int) -> bool:
    """Whether the wallets cover `transfers` documented payouts (KRW 1,000,000 and a USD 2.50
    fee each): a real sandbox holds what it holds; the simulator was funded above."""
    held = {balance["currency"]: Decimal(str(balance["amount"])) for balance in balances}
    return held.get("KRW", Decimal(0)) >= transfers * 1_000_000 and held.get(
        "USD", Decimal(0)
    ) >= transfers * Decimal("2.50")
