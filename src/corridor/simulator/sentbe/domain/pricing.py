"""What a payout costs: the simulator's real-time USD/KRW rate and the distribution cost.

The payee receives send_amount in KRW. The transfer charge is that amount in the wallet chosen
for it (KRW as is; USD at the current rate, rounded up to the cent), and the distribution cost
is USD 2.50, the docs' example (_check_commission.md), in the wallet chosen for the fee (KRW at
the current rate, rounded up to the won). check_commission and create transfer price through
the same `quote`, so a quote holds for a transfer made at the same moment.

The rate moves every minute of simulator time, within half a percent of 1,350.00 KRW per USD,
reproducibly for a given seed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_UP, Decimal

from corridor.simulator.clock import Clock
from corridor.simulator.sentbe.domain.errors import InvalidParameter
from corridor.simulator.sentbe.domain.fields import Number
from corridor.simulator.sentbe.domain.wallets import Charge, known, unit
from corridor.simulator.sentbe.reference import PAYOUT_CURRENCY

BASE_RATE = Decimal("1350.00")  # KRW per USD
RATE_SWING = Decimal("0.005")  # the rate stays within BASE_RATE * (1 +- RATE_SWING)
RATE_STEP_SECONDS = 60
DISTRIBUTION_COST = Charge(Decimal("2.50"), "USD", "distribution cost")
MAX_SEND_AMOUNT = 10**12  # a trillion won: beyond any payout


class RateBoard:
    def __init__(self, clock: Clock, salt: int) -> None:
        self.clock = clock
        self.salt = salt

    def rate(self, at: datetime | None = None) -> Decimal:
        """KRW per USD at `at` (default: now), to the hundredth of a won."""
        moment = at or self.clock.now()
        step = int(moment.timestamp()) // RATE_STEP_SECONDS
        digest = hashlib.sha256(f"{self.salt}:{step}".encode()).digest()
        position = int.from_bytes(digest[:4], "big") % 2001 - 1000  # -1000 .. 1000
        rate = BASE_RATE * (1 + RATE_SWING * position / 1000)
        return rate.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Quote:
    send_amount: int  # KRW
    rate: Decimal
    charges: tuple[Charge, ...]

    @property
    def receive_amount(self) -> Decimal:
        return Decimal(self.send_amount)

    @property
    def receive_currency(self) -> str:
        return PAYOUT_CURRENCY


def send_amount(value: object) -> int:
    """The KRW amount to pay out, whole won, as a string of digits or a JSON integer."""
    try:
        amount = Decimal(value) if isinstance(value, str | int | Decimal) else None
    except ArithmeticError:
        amount = None
    if amount is None or not amount.is_finite() or amount != amount.to_integral_value():
        raise InvalidParameter("send_amount must be a whole number of won", "send_amount")
    if not 1 <= amount <= MAX_SEND_AMOUNT:
        raise InvalidParameter(
            f"send_amount must be between 1 and {MAX_SEND_AMOUNT:,} KRW", "send_amount"
        )
    return int(amount)


class Pricing:
    def __init__(self, rates: RateBoard) -> None:
        self.rates = rates

    def quote(self, amount: Number, transfer_currency: str, fee_currency: str) -> Quote:
        won = send_amount(amount)
        known(transfer_currency, "transfer_currency")
        known(fee_currency, "fee_currency")
        rate = self.rates.rate()
        transfer = Decimal(won)
        if transfer_currency != PAYOUT_CURRENCY:
            transfer = (transfer / rate).quantize(unit(transfer_currency), rounding=ROUND_UP)
        fee = DISTRIBUTION_COST.amount
        if fee_currency != DISTRIBUTION_COST.currency:
            fee = (fee * rate).quantize(unit(fee_currency), rounding=ROUND_UP)
        charges = (
            Charge(transfer, transfer_currency, "transfer"),
            Charge(fee, fee_currency, DISTRIBUTION_COST.desc),
        )
        return Quote(won, rate, charges)
