"""Properties P100's books must keep whatever sequence of calls was made.

- No balance is negative.
- Every balance equals the sum of the movements recorded against it.
- Money is conserved per currency: all balances together equal what came in from outside
  (credited SEPA and crypto deposits, settled orders), less what went out (successful SEPA
  transfers with their fees, crypto withdrawals with their network fees), less what exchanges
  sold, plus what completed exchanges bought.
- A rate lock is used at most once, and only a failed SEPA transfer carries an error.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from corridor.simulator.p100.domain.backend import Backend


def broken_invariants(backend: Backend) -> list[str]:
    problems: list[str] = []
    moved: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for movement in backend.ledger.movements():
        moved[(movement.owner, movement.currency)] += movement.amount
    held: dict[str, Decimal] = defaultdict(Decimal)
    for balance in backend.ledger:
        key = (balance.owner, balance.currency)
        if balance.amount < 0:
            problems.append(f"{key}: negative balance {balance.amount}")
        if balance.amount != moved[key]:
            problems.append(f"{key}: balance {balance.amount} != movements {moved[key]}")
        held[balance.currency] += balance.amount

    expected: dict[str, Decimal] = defaultdict(Decimal)
    for deposit in backend.sepa.deposits:
        if deposit.status == "CREDITED":
            expected["eur"] += deposit.amount
    for crypto_deposit in backend.crypto.deposits:
        if crypto_deposit.credited:
            expected[crypto_deposit.currency] += crypto_deposit.amount
    for order in backend.orders.orders.values():
        if order.settled:
            expected["eur"] += order.lock.settlement
    for transfer in backend.sepa.transfers.values():
        if transfer.debited:
            expected["eur"] -= transfer.amount + transfer.fee
        if (transfer.error is not None) != (transfer.status == "FAILED"):
            problems.append(
                f"SEPA transfer {transfer.id}: {transfer.status} with error {transfer.error}"
            )
    for withdrawal in backend.crypto.withdrawals.values():
        expected[withdrawal.currency] -= withdrawal.amount + withdrawal.fee
    for exchange in backend.exchanges.exchanges.values():
        expected[exchange.lock.currency_from] -= exchange.amount_from
        if exchange.status == "COMPLETED":
            expected[exchange.lock.currency_to] += exchange.amount_to
    for currency in sorted(set(held) | set(expected)):
        if held[currency] != expected[currency]:
            problems.append(
                f"{currency}: balances hold {held[currency]}, the books say {expected[currency]}"
            )

    users = [e.lock.used_by for e in backend.exchanges.exchanges.values()]
    users += [o.lock.used_by for o in backend.orders.orders.values()]
    spent = [lock.used_by for lock in backend.exchanges.locks.values()]
    spent += [lock.used_by for lock in backend.orders.locks.values()]
    if sorted(filter(None, spent)) != sorted(filter(None, users)):
        problems.append("a rate lock was used by something other than its one exchange or order")
    return problems
