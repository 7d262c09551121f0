from enum import StrEnum


class CreateCryptoWithdrawalRequestWalletType(StrEnum):
    CUSTODIAL = "CUSTODIAL"
    NON_CUSTODIAL = "NON_CUSTODIAL"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)
