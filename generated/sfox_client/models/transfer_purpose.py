from enum import StrEnum


class TransferPurpose(StrEnum):
    GOOD = "GOOD"
    SERVICE = "SERVICE"

    def __str__(self) -> str:
        return str(self.value)
