"""Properties Sentbe's books keep whatever sequence of calls was made.

- No wallet balance is negative.
- Every balance equals the sum of the movements recorded against its wallet.
- Money is conserved per partner and currency: a wallet holds its deposits less what every
  transfer not refunded was charged in that currency (transfer amount and fee).
- Every transfer is in one of the docs' seven statuses.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from corridor.simulator.sentbe.domain.backend import Backend
from corridor.simulator.sentbe.domain.transfers import STATUSES


def broken_invariants(backend: Backend) -> list[str]:
    problems: list[str] = []
    wallets = backend.wallets
    moved: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for movement in wallets.movements:
        moved[(movement.partner_id, movement.currency)] += movement.amount
    expected: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for deposit in wallets.deposits:
        expected[(deposit.partner_id, deposit.currency)] += deposit.amount
    for transfer in backend.transfers.records:
        if transfer.status not in STATUSES:
            problems.append(f"transfer {transfer.id}: unknown status {transfer.status!r}")
        if not transfer.refunded:
            for charge in transfer.quote.charges:
                expected[(transfer.partner_id, charge.currency)] -= charge.amount
    for wallet in wallets.wallets:
        key = (wallet.partner_id, wallet.currency)
        if wallet.balance < 0:
            problems.append(f"{key}: negative balance {wallet.balance}")
        if wallet.balance != moved[key]:
            problems.append(f"{key}: balance {wallet.balance} != movements {moved[key]}")
        if wallet.balance != expected[key]:
            problems.append(f"{key}: wallet holds {wallet.balance}, the books say {expected[key]}")
    return problems
