from enum import StrEnum


class ConversionStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    PENDING_AWAITING_FUNDS = "pending_awaiting_funds"

    def __str__(self) -> str:
        return str(self.value)
