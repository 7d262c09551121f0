"""The domain's events as SettleGo webhook payloads, handed to the engine's outbox.

SettleGo documents a webhookType code per event; the three beneficiary events have none, so
the simulator sends none of them rather than invent codes.
"""

from __future__ import annotations

from typing import Any, Protocol

from corridor.simulator.settlego import render
from corridor.simulator.settlego.domain.clients import Client
from corridor.simulator.settlego.domain.conversions import Conversion
from corridor.simulator.settlego.domain.ledger import Account, PayIn
from corridor.simulator.settlego.domain.payments import Payment
from corridor.simulator.settlego.domain.transfers import Transfer


class Emit(Protocol):
    def __call__(self, event_type: str, payload: dict[str, Any]) -> None: ...


class WebhookNotifier:
    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def account_created(self, account: Account) -> None:
        self.emit("ACCCRE", render.account_event(account))

    def pay_in_arrived(self, pay_in: PayIn) -> None:
        # capitalised, as the docs' example sends it (settlego-api.txt:6738)
        self.emit("PAISUP", render.pay_in(pay_in) | {"status": "Completed"})

    def payment_event(self, code: str, payment: Payment) -> None:
        self.emit(code, render.payment_event(payment))

    def conversion_event(self, code: str, conversion: Conversion) -> None:
        self.emit(code, render.conversion(conversion))

    def client_created(self, client: Client) -> None:
        self.emit("CLICRE", render.linked_client(client))

    def client_status_changed(self, client: Client) -> None:
        self.emit("CLISUP", render.linked_client(client))

    def transfer_made(self, transfer: Transfer) -> None:
        self.emit("TRASUP", render.transfer_event(transfer))
