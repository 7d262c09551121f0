from enum import StrEnum


class TransferStatusUpdateEventWebhookType(StrEnum):
    TRASUP = "TRASUP"

    def __str__(self) -> str:
        return str(self.value)
