"""Orders: a payer pays crypto at a locked rate and the partner is settled in EUR.

Lock first: the answer gives the crypto amount needed for the requested EUR settlement at the
locked rate (346.59 EUR at 0.84 is 412.607142 usdc, as the docs' example shows). The order then
starts WAITING_FOR_WALLET_ADDRESS with no wallet and no expiry (Get Order Details); the docs
name no other states but WAITING_FOR_CONFIRMATION, so the simulator's choices are
WAITING_FOR_PAYMENT (wallet assigned, payment window open), COMPLETED (confirmed and settled)
and EXPIRED (window closed unpaid). A payment (the control API's `order-payments`) is confirmed
block by block; when the confirmations are reached and the whole amount has arrived the
partner's EUR balance is credited with the settlement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import (
    InvalidCurrency,
    InvalidInput,
    NotPayable,
    OrderNotFound,
)
from corridor.simulator.p100.domain.identifiers import Identifiers
from corridor.simulator.p100.domain.ledger import PARTNER, Ledger
from corridor.simulator.p100.domain.locks import Lock, Locks, mid_rate, with_spread
from corridor.simulator.p100.domain.money import amount as parse_amount
from corridor.simulator.p100.domain.money import currency_code, round_down

SETTLEMENT = "eur"
WAITING_FOR_PAYMENT = "WAITING_FOR_PAYMENT"


@dataclass
class OrderLock(Lock):
    currency: str = ""
    network: str = ""
    settlement: Decimal = Decimal(0)  # EUR the partner receives
    crypto_amount: Decimal = Decimal(0)  # what the payer must send


@dataclass
class Order:
    id: str
    lock: OrderLock
    created_at: datetime
    status: str = "WAITING_FOR_WALLET_ADDRESS"
    confirmations: int = 0
    received: Decimal = Decimal(0)
    wallet: str | None = None
    transaction_hash: str | None = None
    expires_at: datetime | None = None
    settled: bool = False


class Orders:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        identifiers: Identifiers,
        ledger: Ledger,
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self._new_id = new_id
        self.identifiers = identifiers
        self.ledger = ledger
        self.locks: Locks[OrderLock] = Locks(clock, reference.ORDER_LOCK_SECONDS)
        self.orders: dict[str, Order] = {}

    def lock(self, currency: str | None, settlement: str | None, network: str | None) -> OrderLock:
        """A rate for paying `settlement` EUR in `currency`; the spec marks no field of the
        request required, but both are."""
        if currency is None:
            raise InvalidInput("currency is required", "currency")
        if settlement is None:
            raise InvalidInput("amount is required", "amount")
        crypto = currency_code(currency, allowed=reference.CRYPTO)
        chain = reference.network(crypto, network)
        if chain is None:
            raise InvalidCurrency(f"{crypto} cannot be paid on {network}", "network")
        eur = parse_amount(settlement, SETTLEMENT)
        rate = with_spread(mid_rate(crypto, SETTLEMENT), reference.ORDER_SPREAD)
        needed = round_down(eur / rate, crypto)
        if needed <= 0:
            raise InvalidInput(f"amount is too small to pay in {crypto}", "amount")
        now = self.clock.now()
        lock = OrderLock(
            self._new_id(), rate, now, self.locks.expiry(), None, crypto, chain.key, eur, needed
        )
        return self.locks.add(lock)

    def create(self, lock_id: str) -> Order:
        order_id = self._new_id()
        lock = self.locks.take(lock_id, order_id)
        order = Order(order_id, lock, self.clock.now())
        self.orders[order.id] = order
        opened = self.clock.now() + timedelta(seconds=reference.ORDER_WALLET_SECONDS)
        self.scheduler.at(opened, self._open, order, opened)
        return order

    def get(self, order_id: str) -> Order:
        order = self.orders.get(order_id)
        if order is None:
            raise OrderNotFound(f"no order {order_id!r}", "orderId")
        return order

    def pay(self, order_id: str, amount: object | None = None) -> Order:
        """Crypto arrives at the order's wallet (the control API): the rest due, by default."""
        order = self.get(order_id)
        if order.status != WAITING_FOR_PAYMENT:
            raise NotPayable(f"the order is {order.status}, not waiting for a payment", "orderId")
        due = order.lock.crypto_amount - order.received
        paid = due if amount is None else parse_amount(str(amount), order.lock.currency)
        order.received += paid
        order.transaction_hash = self.identifiers.transaction_hash()
        order.status, order.confirmations = "WAITING_FOR_CONFIRMATION", 0
        self._next_block(order, self.clock.now())
        return order

    # Each step is scheduled from the moment the previous one was due, so one long clock
    # advance plays the whole sequence.

    def _open(self, order: Order, at: datetime) -> None:
        order.wallet = self.identifiers.wallet(order.lock.network)
        order.status = WAITING_FOR_PAYMENT
        order.expires_at = at + timedelta(seconds=reference.ORDER_PAYMENT_WINDOW_SECONDS)
        self.scheduler.at(order.expires_at, self._expire, order)

    def _next_block(self, order: Order, after: datetime) -> None:
        at = after + timedelta(seconds=reference.ORDER_BLOCK_SECONDS)
        self.scheduler.at(at, self._confirm, order, at)

    def _confirm(self, order: Order, at: datetime) -> None:
        order.confirmations += 1
        if order.confirmations < reference.ORDER_REQUIRED_CONFIRMATIONS:
            self._next_block(order, at)
            return
        if order.received < order.lock.crypto_amount:
            # part paid: the rest is still due, unless the payment window has closed
            late = order.expires_at is not None and at >= order.expires_at
            order.status = "EXPIRED" if late else WAITING_FOR_PAYMENT
            return
        order.status, order.settled = "COMPLETED", True
        self.ledger.credit(PARTNER, SETTLEMENT, order.lock.settlement, "order", order.id)

    def _expire(self, order: Order) -> None:
        if order.status == WAITING_FOR_PAYMENT:
            order.status = "EXPIRED"
