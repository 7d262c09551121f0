from enum import StrEnum


class LinkedClientStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
