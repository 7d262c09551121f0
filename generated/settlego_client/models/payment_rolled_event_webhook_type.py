from enum import StrEnum


class PaymentRolledEventWebhookType(StrEnum):
    PAYROL = "PAYROL"

    def __str__(self) -> str:
        return str(self.value)
