from enum import StrEnum


class IbanAssignedEventWebhookType(StrEnum):
    IBANAS = "IBANAS"

    def __str__(self) -> str:
        return str(self.value)
