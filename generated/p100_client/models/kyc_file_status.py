from enum import StrEnum


class KycFileStatus(StrEnum):
    ADDED = "ADDED"
    ERROR = "ERROR"

    def __str__(self) -> str:
        return str(self.value)
