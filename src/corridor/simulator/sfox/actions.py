"""sFOX's control actions: events that start outside the Connect API.

Served by the control API as `POST /_simulator/actions/<name>` with a JSON object:

- `withdrawal` {user_id, currency, amount}: a withdrawal requested through the standard sFOX
  API (not part of Connect);
- `edd-request` {user_id}: sFOX's compliance team opens an EDD request;
- `verify-user` {user_id}: the user completed email and phone verification;
- `balances` {owner?}: what the master account (no owner) or a user holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from corridor.simulator.definition import ControlAction
from corridor.simulator.sfox import render
from corridor.simulator.sfox.domain.backend import Backend
from corridor.simulator.sfox.domain.errors import Unprocessable
from corridor.simulator.sfox.domain.ledger import MASTER
from corridor.simulator.sfox.domain.money import decimal


def actions(backend: Backend) -> dict[str, ControlAction]:
    """Each action by name, with what it does and the fields it takes."""
    return {
        "withdrawal": ControlAction(
            "a withdrawal through the standard sFOX API {user_id, currency, amount}",
            partial(withdrawal, backend),
        ),
        "edd-request": ControlAction(
            "sFOX's compliance team opens an EDD request {user_id}", partial(edd_request, backend)
        ),
        "verify-user": ControlAction(
            "a user completes email and phone verification {user_id}",
            partial(verify_user, backend),
        ),
        "balances": ControlAction(
            "what the master account (no owner) or a user holds {owner?}",
            partial(balances, backend),
        ),
    }


def withdrawal(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    requested = backend.request_withdrawal(
        _text(fields, "user_id"), _text(fields, "currency"), _amount(fields, "amount")
    )
    return {
        "atx_id": requested.atx_id,
        "tx_status": requested.status,
        "user_id": requested.user_id,
        "currency": requested.currency,
        "amount": str(requested.amount),
        "fee": str(requested.fee),
    }


def edd_request(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    user = backend.users.active(_text(fields, "user_id"))
    return render.edd_request(backend.edd.open(user))


def verify_user(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    return render.end_user(backend.users.verify_all(_text(fields, "user_id")))


def balances(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    owner = fields.get("owner")
    holder = MASTER if owner is None else backend.users.active(_text(fields, "owner"), "owner").id
    return {
        "owner": owner,
        "balances": {
            currency: {"available": str(balance.available), "held": str(balance.held)}
            for currency, balance in sorted(backend.ledger.balances(holder).items())
        },
    }


def _text(fields: Mapping[str, Any], name: str) -> str:
    value = fields.get(name)
    if not isinstance(value, str) or not value:
        raise Unprocessable(f"{name} is required (a string)", name)
    return value


def _amount(fields: Mapping[str, Any], name: str) -> Any:
    value = fields.get(name)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Unprocessable(f'{name} must be a decimal number (a string, e.g. "10.50")', name)
    try:
        return decimal(value)
    except ArithmeticError:
        raise Unprocessable(f"{name} must be a decimal number", name) from None
