from enum import StrEnum


class ConversionStatusUpdateEventWebhookType(StrEnum):
    CONSUP = "CONSUP"

    def __str__(self) -> str:
        return str(self.value)
