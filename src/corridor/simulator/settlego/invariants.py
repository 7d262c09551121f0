"""Properties SettleGo's books must keep whatever sequence of calls was made.

- No currency account balance is negative.
- Every balance equals the sum of the movements recorded against it.
- Money is conserved per currency: all balances together equal the pay-ins, less what funded,
  uncancelled payments debited (amount plus fees), less what funded conversions sold, plus what
  settled conversions bought. Transfers only move money between clients, so they cancel out.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from corridor.simulator.settlego.domain.backend import Backend


def broken_invariants(backend: Backend) -> list[str]:
    problems: list[str] = []
    ledger = backend.ledger
    movements: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for entry in ledger.movements:
        movements[(entry.client_id, entry.currency)] += entry.amount
    held: dict[str, Decimal] = defaultdict(Decimal)
    for account in ledger.accounts:
        key = (account.client_id, account.currency)
        if account.balance < 0:
            problems.append(f"{key}: negative balance {account.balance}")
        if account.balance != movements[key]:
            problems.append(f"{key}: balance {account.balance} != movements {movements[key]}")
        held[account.currency] += account.balance

    expected: dict[str, Decimal] = defaultdict(Decimal)
    for pay_in in ledger.pay_ins:
        expected[pay_in.currency] += pay_in.amount
    for payment in backend.payments.records:
        if payment.funded and payment.status != "canceled":
            expected[payment.order.currency] -= payment.price.total
    for conversion in backend.conversions.records:
        if conversion.funded:
            expected[conversion.quote.sell_currency] -= conversion.quote.sell_amount
        if conversion.status == "completed":
            expected[conversion.quote.buy_currency] += conversion.quote.buy_amount
    for currency in sorted(set(held) | set(expected)):
        if held[currency] != expected[currency]:
            problems.append(
                f"{currency}: accounts hold {held[currency]}, the books say {expected[currency]}"
            )
    return problems
