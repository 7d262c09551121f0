from enum import StrEnum


class CurrencyAccountStatusUpdateEventWebhookType(StrEnum):
    ACCSUP = "ACCSUP"

    def __str__(self) -> str:
        return str(self.value)
