"""The sFOX simulator's control actions: events that start outside the Connect API.

    POST /_simulator/actions/withdrawal     {"user_id", "currency", "amount"}
    POST /_simulator/actions/edd-request    {"user_id"}
    POST /_simulator/actions/verify-user    {"user_id"}
    GET-like POST /_simulator/actions/balances {"owner"?}

A withdrawal is requested through the standard sFOX API (not part of Connect), an EDD request
is opened by sFOX's compliance team, and verify-user stands for a user who completed email and
phone verification; balances show what the master account (no owner) or a user holds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from corridor.simulator.sfox import render
from corridor.simulator.sfox.domain.backend import Backend
from corridor.simulator.sfox.domain.errors import Unprocessable
from corridor.simulator.sfox.domain.ledger import MASTER
from corridor.simulator.sfox.domain.money import decimal

Action = Callable[[Backend, Mapping[str, Any]], dict[str, Any]]


def text(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise Unprocessable(f"{name} is required (a string)", name)
    return value


def amount(body: Mapping[str, Any], name: str) -> Any:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Unprocessable(f'{name} must be a decimal number (a string, e.g. "10.50")', name)
    try:
        return decimal(value)
    except ArithmeticError:
        raise Unprocessable(f"{name} must be a decimal number", name) from None


def withdrawal(backend: Backend, body: Mapping[str, Any]) -> dict[str, Any]:
    requested = backend.request_withdrawal(
        text(body, "user_id"), text(body, "currency"), amount(body, "amount")
    )
    return {
        "atx_id": requested.atx_id,
        "tx_status": requested.status,
        "user_id": requested.user_id,
        "currency": requested.currency,
        "amount": str(requested.amount),
        "fee": str(requested.fee),
    }


def edd_request(backend: Backend, body: Mapping[str, Any]) -> dict[str, Any]:
    user = backend.users.active(text(body, "user_id"))
    return render.edd_request(backend.edd.open(user))


def verify_user(backend: Backend, body: Mapping[str, Any]) -> dict[str, Any]:
    return render.end_user(backend.users.verify_all(text(body, "user_id")))


def balances(backend: Backend, body: Mapping[str, Any]) -> dict[str, Any]:
    owner = body.get("owner")
    holder = MASTER if owner is None else backend.users.active(text(body, "owner"), "owner").id
    return {
        "owner": owner,
        "balances": {
            currency: {"available": str(balance.available), "held": str(balance.held)}
            for currency, balance in sorted(backend.ledger.balances(holder).items())
        },
    }


ACTIONS: dict[str, Action] = {
    "withdrawal": withdrawal,
    "edd-request": edd_request,
    "verify-user": verify_user,
    "balances": balances,
}

DESCRIPTIONS = {
    "withdrawal": "a withdrawal through the standard sFOX API {user_id, currency, amount}",
    "edd-request": "sFOX's compliance team opens an EDD request {user_id}",
    "verify-user": "a user completes email and phone verification {user_id}",
    "balances": "what the master account (no owner) or a user holds {owner?}",
}
