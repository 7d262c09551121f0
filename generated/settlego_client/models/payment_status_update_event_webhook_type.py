from enum import StrEnum


class PaymentStatusUpdateEventWebhookType(StrEnum):
    PAYSUP = "PAYSUP"

    def __str__(self) -> str:
        return str(self.value)
