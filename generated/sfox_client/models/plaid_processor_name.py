from enum import StrEnum


class PlaidProcessorName(StrEnum):
    DWOLLA = "dwolla"
    SFOX = "sfox"

    def __str__(self) -> str:
        return str(self.value)
