from enum import StrEnum


class CryptoDepositStatus(StrEnum):
    SUCCESSFUL = "SUCCESSFUL"
    UNSUCCESSFUL = "UNSUCCESSFUL"
    WAITING_FOR_TR_DATA = "WAITING_FOR_TR_DATA"
    WAITING_FOR_VERIFICATION = "WAITING_FOR_VERIFICATION"

    def __str__(self) -> str:
        return str(self.value)
