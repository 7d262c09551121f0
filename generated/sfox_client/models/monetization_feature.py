from enum import StrEnum


class MonetizationFeature(StrEnum):
    RFQ = "RFQ"
    SPOT_TRADE = "SPOT_TRADE"
    WITHDRAW = "WITHDRAW"

    def __str__(self) -> str:
        return str(self.value)
