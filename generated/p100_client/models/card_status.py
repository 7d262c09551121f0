from enum import StrEnum


class CardStatus(StrEnum):
    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    DELETED = "DELETED"
    LOCKED_BY_USER = "LOCKED_BY_USER"
    SUSPENDED = "SUSPENDED"

    def __str__(self) -> str:
        return str(self.value)
