"""The P100 control actions: what happens outside the API, and the steps its docs give no wire.

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

from collections.abc import Callable, Mapping
from typing import Any

from corridor.simulator.definition import ControlAction
from corridor.simulator.p100 import render
from corridor.simulator.p100.domain.backend import Backend
from corridor.simulator.p100.domain.errors import InvalidInput
from corridor.simulator.p100.render import timestamp


def actions(backend: Backend) -> dict[str, ControlAction]:
    """Each action with its line of this module's docstring as its description."""
    return {name: ControlAction(_described(name), run) for name, run in _runs(backend).items()}


def _described(name: str) -> str:
    lines = (__doc__ or "").split("\n- `")[1:]
    found = next((line for line in lines if line.startswith(f"{name}`")), name)
    return " ".join(found.split())


def _runs(backend: Backend) -> dict[str, Callable[[Mapping[str, Any]], Any]]:
    def sepa_deposit(body: Mapping[str, Any]) -> Any:
        deposit = backend.sepa_deposit(
            _given(body, "amount"),
            _text(body, "senderName"),
            _text(body, "senderIban", required=False),
            _text(body, "title", required=False),
            _text(body, "externalUserId", required=False),
        )
        return render.sepa_deposit(deposit)

    def crypto_deposit(body: Mapping[str, Any]) -> Any:
        owner = _text(body, "externalUserId", required=False)
        user = None if owner is None else backend.users.get(owner)
        outcome = _text(body, "outcome", required=False) or "SUCCESSFUL"
        deposit = backend.crypto.deposit(
            user, _text(body, "currency"), _given(body, "amount"), outcome
        )
        return render.crypto_deposit(deposit)

    def exchange_lock(body: Mapping[str, Any]) -> Any:
        lock = backend.exchanges.lock(
            _text(body, "currencyFrom"), _text(body, "currencyTo"), body.get("amount")
        )
        return {
            "lockId": lock.id,
            "rate": lock.rate,
            "currencyFrom": lock.currency_from,
            "currencyTo": lock.currency_to,
            "amount": lock.amount,
            "expiresAt": timestamp(lock.expires_at),
        }

    def kyc_decision(body: Mapping[str, Any]) -> Any:
        user = backend.users.get(_text(body, "externalUserId"))
        backend.users.decide(
            user, _text(body, "attemptStatus"), _text(body, "rejectionReason", required=False)
        )
        return render.kyc_status(user)

    def order_payment(body: Mapping[str, Any]) -> Any:
        order = backend.orders.pay(_text(body, "orderId"), body.get("amount"))
        return render.order(order)

    def card_module(body: Mapping[str, Any]) -> Any:
        suspended = body.get("suspended")
        if not isinstance(suspended, bool):
            raise InvalidInput("suspended must be true or false", "suspended")
        backend.cards.suspended = suspended
        return {"suspended": suspended}

    return {
        "sepa-deposits": sepa_deposit,
        "crypto-deposits": crypto_deposit,
        "exchange-locks": exchange_lock,
        "kyc-decisions": kyc_decision,
        "order-payments": order_payment,
        "card-module": card_module,
    }


def _given(body: Mapping[str, Any], name: str) -> Any:
    if body.get(name) is None:
        raise InvalidInput(f"{name} is required", name)
    return body[name]


def _text(body: Mapping[str, Any], name: str, *, required: bool = True) -> Any:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{name} is required (a non-empty string)", name)
    return value
