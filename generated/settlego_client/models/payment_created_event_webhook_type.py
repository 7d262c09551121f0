from enum import StrEnum


class PaymentCreatedEventWebhookType(StrEnum):
    PAYCRE = "PAYCRE"

    def __str__(self) -> str:
        return str(self.value)
