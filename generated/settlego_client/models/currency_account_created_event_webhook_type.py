from enum import StrEnum


class CurrencyAccountCreatedEventWebhookType(StrEnum):
    ACCCRE = "ACCCRE"

    def __str__(self) -> str:
        return str(self.value)
