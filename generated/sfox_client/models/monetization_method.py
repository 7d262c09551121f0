from enum import StrEnum


class MonetizationMethod(StrEnum):
    FEE_FLAT = "FEE_FLAT"
    FEE_RATE = "FEE_RATE"
    SPREAD_ADJUSTMENT = "SPREAD_ADJUSTMENT"

    def __str__(self) -> str:
        return str(self.value)
