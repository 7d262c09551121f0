from enum import StrEnum


class SepaTransferOutcome(StrEnum):
    FAILED = "FAILED"
    SUCCESSFUL = "SUCCESSFUL"

    def __str__(self) -> str:
        return str(self.value)
