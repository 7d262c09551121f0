from enum import StrEnum


class CreateCryptoWithdrawalRequestReceiverType(StrEnum):
    LEGAL = "LEGAL"
    NATURAL = "NATURAL"

    def __str__(self) -> str:
        return str(self.value)
