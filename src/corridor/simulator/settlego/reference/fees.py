"""What SettleGo charges in the simulator: the docs show fees and rates in examples only."""

from __future__ import annotations

from decimal import Decimal

# the offered rate is this much worse for the client than the mid-market rate
CONVERSION_SPREAD = Decimal("0.005")

# fee per payment, in the payment's currency, by payment type
PAYMENT_FEES: dict[str, Decimal] = {
    "sepa": Decimal("0.50"),
    "faster_payments": Decimal("1.00"),
    "standard": Decimal("2.00"),
    "express": Decimal("10.00"),
    "chaps": Decimal("15.00"),
}
