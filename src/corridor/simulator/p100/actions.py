"""P100's control actions: what happens outside the API, and the steps its docs give no wire.

Served by the control API as `POST /_simulator/actions/<name>` with a JSON object:

- `sepa-deposits` {amount, senderName, senderIban?, title? | externalUserId?}: a SEPA transfer
  arrives with `title` as its reference (by default the named user's, or the partner's);
- `crypto-deposits` {currency, amount, externalUserId?, outcome?}: crypto arrives on a wallet
  and is verified on the clock (outcome SUCCESSFUL, UNSUCCESSFUL or WAITING_FOR_TR_DATA);
- `exchange-locks` {currencyFrom, currencyTo, amount?}: a rate lock for Create and Finalize an
  Exchange (Retrieve Exchange Rate and Create a Lock has no wire details in the docs);
- `kyc-decisions` {externalUserId, attemptStatus, rejectionReason?}: the verification provider
  decides the current attempt now (SUCCESSFUL or REJECTED_BY_PROVIDER);
- `order-payments` {orderId, amount?}: the payer sends crypto to the order's wallet;
- `card-module` {suspended}: suspend or resume the Virtual Cards module.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from corridor.simulator.definition import ControlAction
from corridor.simulator.p100 import render
from corridor.simulator.p100.domain.backend import Backend
from corridor.simulator.p100.domain.errors import InvalidInput
from corridor.simulator.p100.render import timestamp


def actions(backend: Backend) -> dict[str, ControlAction]:
    """Each action by name, with what it does and the fields it takes."""
    return {
        "sepa-deposits": ControlAction(
            "a SEPA transfer arrives with `title` as its reference (by default the named "
            "user's, or the partner's) {amount, senderName, senderIban?, title? | "
            "externalUserId?}",
            partial(sepa_deposit, backend),
        ),
        "crypto-deposits": ControlAction(
            "crypto arrives on a wallet and is verified on the clock (outcome SUCCESSFUL, "
            "UNSUCCESSFUL or WAITING_FOR_TR_DATA) {currency, amount, externalUserId?, outcome?}",
            partial(crypto_deposit, backend),
        ),
        "exchange-locks": ControlAction(
            "a rate lock for Create and Finalize an Exchange, whose lock endpoint the docs give "
            "no wire {currencyFrom, currencyTo, amount?}",
            partial(exchange_lock, backend),
        ),
        "kyc-decisions": ControlAction(
            "the verification provider decides the current attempt now (SUCCESSFUL or "
            "REJECTED_BY_PROVIDER) {externalUserId, attemptStatus, rejectionReason?}",
            partial(kyc_decision, backend),
        ),
        "order-payments": ControlAction(
            "the payer sends crypto to the order's wallet {orderId, amount?}",
            partial(order_payment, backend),
        ),
        "card-module": ControlAction(
            "suspend or resume the Virtual Cards module {suspended}",
            partial(card_module, backend),
        ),
    }


def sepa_deposit(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    deposit = backend.sepa_deposit(
        _given(fields, "amount"),
        _text(fields, "senderName"),
        _text(fields, "senderIban", required=False),
        _text(fields, "title", required=False),
        _text(fields, "externalUserId", required=False),
    )
    return render.sepa_deposit(deposit)


def crypto_deposit(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    owner = _text(fields, "externalUserId", required=False)
    user = None if owner is None else backend.users.get(owner)
    outcome = _text(fields, "outcome", required=False) or "SUCCESSFUL"
    deposit = backend.crypto.deposit(
        user, _text(fields, "currency"), _given(fields, "amount"), outcome
    )
    return render.crypto_deposit(deposit)


def exchange_lock(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    lock = backend.exchanges.lock(
        _text(fields, "currencyFrom"), _text(fields, "currencyTo"), fields.get("amount")
    )
    return {
        "lockId": lock.id,
        "rate": lock.rate,
        "currencyFrom": lock.currency_from,
        "currencyTo": lock.currency_to,
        "amount": lock.amount,
        "expiresAt": timestamp(lock.expires_at),
    }


def kyc_decision(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    user = backend.users.get(_text(fields, "externalUserId"))
    backend.users.decide(
        user, _text(fields, "attemptStatus"), _text(fields, "rejectionReason", required=False)
    )
    return render.kyc_status(user)


def order_payment(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    order = backend.orders.pay(_text(fields, "orderId"), fields.get("amount"))
    return render.order(order)


def card_module(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    suspended = fields.get("suspended")
    if not isinstance(suspended, bool):
        raise InvalidInput("suspended must be true or false", "suspended")
    backend.cards.suspended = suspended
    return {"suspended": suspended}


def _given(fields: Mapping[str, Any], name: str) -> Any:
    if fields.get(name) is None:
        raise InvalidInput(f"{name} is required", name)
    return fields[name]


def _text(fields: Mapping[str, Any], name: str, *, required: bool = True) -> Any:
    value = fields.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{name} is required (a non-empty string)", name)
    return value
