from enum import StrEnum


class GetNetworkFeeNetwork(StrEnum):
    POLYGON = "polygon"

    def __str__(self) -> str:
        return str(self.value)
