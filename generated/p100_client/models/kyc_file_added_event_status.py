from enum import StrEnum


class KycFileAddedEventStatus(StrEnum):
    ADDED = "ADDED"
    ERROR = "ERROR"

    def __str__(self) -> str:
        return str(self.value)
