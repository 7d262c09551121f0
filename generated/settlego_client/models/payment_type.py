from enum import StrEnum


class PaymentType(StrEnum):
    CHAPS = "chaps"
    EXPRESS = "express"
    FASTER_PAYMENTS = "faster_payments"
    SEPA = "sepa"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
