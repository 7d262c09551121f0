from enum import StrEnum


class CryptoDepositEnvelopeEventType(StrEnum):
    CRYPTO_DEPOSIT_STATUS_CHANGED = "crypto_deposit.status_changed"

    def __str__(self) -> str:
        return str(self.value)
