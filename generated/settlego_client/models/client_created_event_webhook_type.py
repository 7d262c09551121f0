from enum import StrEnum


class ClientCreatedEventWebhookType(StrEnum):
    CLICRE = "CLICRE"

    def __str__(self) -> str:
        return str(self.value)
