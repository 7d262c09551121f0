from enum import StrEnum


class TransferType(StrEnum):
    PAYMENT = "PAYMENT"
    PAYOUT = "PAYOUT"

    def __str__(self) -> str:
        return str(self.value)
