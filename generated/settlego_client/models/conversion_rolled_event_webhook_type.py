from enum import StrEnum


class ConversionRolledEventWebhookType(StrEnum):
    CONROL = "CONROL"

    def __str__(self) -> str:
        return str(self.value)
