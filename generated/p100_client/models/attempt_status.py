from enum import StrEnum


class AttemptStatus(StrEnum):
    PENDING = "PENDING"
    REJECTED_BY_PROVIDER = "REJECTED_BY_PROVIDER"
    SUCCESSFUL = "SUCCESSFUL"
    VERIFICATION = "VERIFICATION"

    def __str__(self) -> str:
        return str(self.value)
