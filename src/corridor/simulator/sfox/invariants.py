"""Properties sFOX's books must keep whatever sequence of calls was made.

- No balance, available or held, of the master account or any user is negative.
- Every balance equals the sum of the movements recorded against it.
- What is held equals what waits: the pending PAYMENT transfers and the withdrawals not yet
  processed or cancelled (amount plus fee).
- Money is conserved per currency: all balances together equal the deposits from outside less
  the withdrawals processed. Transfers and fees only move money inside sFOX.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.backend import Backend
from corridor.simulator.sfox.domain.ledger import AVAILABLE, HELD
from corridor.simulator.sfox.domain.transfers import PAYMENT, PENDING


def broken_invariants(backend: Backend) -> list[str]:
    ledger = backend.ledger
    problems: list[str] = []
    movements: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for movement in ledger.movements:
        movements[(movement.owner, movement.currency, movement.bucket)] += movement.amount

    waiting: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for transfer in backend.transfers.records:
        if transfer.order.type == PAYMENT and transfer.status == PENDING:
            waiting[(transfer.order.user_id, transfer.order.currency)] += transfer.order.quantity
    for withdrawal in backend.withdrawals.records:
        if withdrawal.cancellable:
            waiting[(withdrawal.user_id, withdrawal.currency)] += withdrawal.amount + withdrawal.fee

    held: dict[str, Decimal] = defaultdict(Decimal)
    for owner, currency, balance in ledger.all_balances():
        who = owner or "master account"
        for bucket, amount in ((AVAILABLE, balance.available), (HELD, balance.held)):
            if amount < 0:
                problems.append(f"{who} {currency}: negative {bucket} balance {amount}")
            if amount != movements[(owner, currency, bucket)]:
                problems.append(
                    f"{who} {currency}: {bucket} {amount} != movements "
                    f"{movements[(owner, currency, bucket)]}"
                )
        if balance.held != waiting[(owner, currency)]:
            problems.append(
                f"{who} {currency}: holds {balance.held} for {waiting[(owner, currency)]} pending"
            )
        held[currency] += balance.total

    for currency in sorted(set(held) | set(ledger.deposited) | set(reference.CURRENCY_PLACES)):
        expected = ledger.deposited[currency] - ledger.withdrawn[currency]
        if held[currency] != expected:
            problems.append(f"{currency}: accounts hold {held[currency]}, the books say {expected}")
    return problems
