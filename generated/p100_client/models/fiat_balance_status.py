from enum import StrEnum


class FiatBalanceStatus(StrEnum):
    ACTIVE = "ACTIVE"
    WAITING_FOR_ACTIVATION = "WAITING_FOR_ACTIVATION"
    WAITING_TO_BE_ACTIVATED = "WAITING_TO_BE_ACTIVATED"

    def __str__(self) -> str:
        return str(self.value)
