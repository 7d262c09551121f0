from enum import StrEnum


class ClientStatusUpdateEventWebhookType(StrEnum):
    CLISUP = "CLISUP"

    def __str__(self) -> str:
        return str(self.value)
