from enum import StrEnum


class SendAmountInfoSendAmountCurrency(StrEnum):
    KRW = "KRW"

    def __str__(self) -> str:
        return str(self.value)
