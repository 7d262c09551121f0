"""SettleGo's whole state: one main client to start with, and every rule that spans areas.

moto calls this a backend: typed methods, named errors, no HTTP. Handlers call it; the
dialect renders its refusals; events it raises become signed webhooks through `Notifier`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any, Protocol

from corridor.providers.settlego.credentials import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.settlego.domain.beneficiaries import Beneficiaries
from corridor.simulator.settlego.domain.clients import REVIEW_SECONDS, Client, Clients
from corridor.simulator.settlego.domain.conversions import Conversion, Conversions
from corridor.simulator.settlego.domain.ledger import Account, Ledger, PayIn
from corridor.simulator.settlego.domain.payments import Payment, Payments
from corridor.simulator.settlego.domain.transfers import Transfer, Transfers


class Notifier(Protocol):
    """Where the domain's events go (webhooks, once rendered in SettleGo's shape)."""

    def account_created(self, account: Account) -> None: ...

    def pay_in_arrived(self, pay_in: PayIn) -> None: ...

    def payment_event(self, event: str, payment: Payment) -> None: ...

    def conversion_event(self, event: str, conversion: Conversion) -> None: ...

    def client_created(self, client: Client) -> None: ...

    def client_status_changed(self, client: Client) -> None: ...

    def transfer_made(self, transfer: Transfer) -> None: ...


class Backend:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        rng: random.Random,
        notify: Notifier,
        *,
        login_id: str = DEFAULT_LOGIN_ID,
        api_key: str = DEFAULT_API_KEY,
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.notify = notify
        self.clients = Clients(clock, new_id)
        self.ledger = Ledger(clock, new_id, rng)
        self.beneficiaries = Beneficiaries(clock, new_id)
        self.payments = Payments(
            clock, scheduler, new_id, self.ledger, self.beneficiaries, notify.payment_event
        )
        self.conversions = Conversions(
            clock, scheduler, new_id, self.ledger, notify.conversion_event
        )
        self.transfers = Transfers(clock, new_id, self.ledger, notify.transfer_made)
        self.main_client_id = self.clients.add_main(
            login_id, api_key, "treasury@example.com", "Sandbox Treasury Ltd"
        ).id

    def open_account(self, client_id: str, currency: str) -> Account:
        self.clients.get(client_id)
        account = self.ledger.open(client_id, currency)
        self.notify.account_created(account)
        return account

    def add_linked_client(self, main_id: str, fields: dict[str, Any]) -> Client:
        """A linked client starts pending and becomes active once its review is over."""
        client = self.clients.add_linked(main_id, fields)
        self.notify.client_created(client)
        due = self.clock.now() + timedelta(seconds=REVIEW_SECONDS)
        self.scheduler.at(due, self._activate, client)
        return client

    def _activate(self, client: Client) -> None:
        """A linked client's review is over."""
        if client.status == "pending":
            client.status = "active"
            self.notify.client_status_changed(client)

    def deposit(self, client_id: str, currency: str, amount: Decimal, sender: str) -> PayIn:
        """A pay-in arrives; then what was waiting for that money is funded, oldest first:
        payments, then conversions."""
        self.clients.get(client_id)
        pay_in = self.ledger.pay_in(client_id, currency, amount, sender)
        self.notify.pay_in_arrived(pay_in)
        self.payments.fund_waiting(client_id, currency)
        self.conversions.fund_waiting(client_id, currency)
        return pay_in
