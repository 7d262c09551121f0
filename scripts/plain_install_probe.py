"""Run inside a virtual environment that holds only the plain corridor wheel.

Imports every facade and makes one call through each against a stub on loopback (the base URLs
come as JSON on the command line), so a dependency the plain install lacks fails here, loudly.
Prints one line per facade: the operation called and the type of the answer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any


def settlego_call(base_url: str) -> tuple[str, Any, type]:
    from settlego_client.api.currency_accounts import get_currency_account
    from settlego_client.models import CurrencyAccount

    from corridor import settlego

    client = settlego.connect("ops@example.com", "api-key", base_url=base_url)
    return "getCurrencyAccount", get_currency_account.sync("GBP", client=client), CurrencyAccount


def sfox_call(base_url: str) -> tuple[str, Any, type]:
    from sfox_client.api.payments import get_wire_instructions
    from sfox_client.models import WireInstructionsResponse

    from corridor import sfox

    client = sfox.user_client_from_token("user-token", base_url=base_url)
    answer = get_wire_instructions.sync(client=client)
    return "getWireInstructions", answer, WireInstructionsResponse


def p100_call(base_url: str) -> tuple[str, Any, type]:
    from p100_client.api.partner_operations_balances_transaction_history import (
        get_partner_balances,
    )
    from p100_client.models import Balances

    from corridor import p100

    client = p100.connect("stg_key", base_url=base_url)
    return "getPartnerBalances", get_partner_balances.sync(client=client), Balances


def sentbe_call(base_url: str) -> tuple[str, Any, type]:
    from sentbe_client.api.banks import list_banks
    from sentbe_client.models import BankListResponse

    from corridor import sentbe

    client = sentbe.connect("partner-7", "AKID-1", "secret-key", base_url=base_url)
    return "listBanks", list_banks.sync(client=client), BankListResponse


CALLS: dict[str, Callable[[str], tuple[str, Any, type]]] = {
    "settlego": settlego_call,
    "sfox": sfox_call,
    "p100": p100_call,
    "sentbe": sentbe_call,
}


def main(argv: list[str]) -> int:
    base_urls: dict[str, str] = json.loads(argv[0])
    failed = False
    for name, call in CALLS.items():
        operation, answer, expected = call(base_urls[name])
        typed = isinstance(answer, expected)
        failed |= not typed
        print(f"{name}: {operation} -> {type(answer).__name__}" + ("" if typed else " (WRONG)"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
