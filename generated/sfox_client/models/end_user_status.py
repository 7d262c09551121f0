from enum import StrEnum


class EndUserStatus(StrEnum):
    PENDING = "PENDING"
    UNSUPPORTED = "UNSUPPORTED"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
