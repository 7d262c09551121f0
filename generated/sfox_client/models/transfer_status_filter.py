from enum import StrEnum


class TransferStatusFilter(StrEnum):
    CANCELED = "CANCELED"
    COMPLETE = "COMPLETE"
    INITIATED = "INITIATED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
