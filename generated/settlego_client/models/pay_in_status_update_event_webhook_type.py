from enum import StrEnum


class PayInStatusUpdateEventWebhookType(StrEnum):
    PAISUP = "PAISUP"

    def __str__(self) -> str:
        return str(self.value)
