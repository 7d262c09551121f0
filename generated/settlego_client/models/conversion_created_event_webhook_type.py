from enum import StrEnum


class ConversionCreatedEventWebhookType(StrEnum):
    CONCRE = "CONCRE"

    def __str__(self) -> str:
        return str(self.value)
