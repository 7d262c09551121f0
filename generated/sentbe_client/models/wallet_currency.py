from enum import StrEnum


class WalletCurrency(StrEnum):
    KRW = "KRW"
    USD = "USD"

    def __str__(self) -> str:
        return str(self.value)
