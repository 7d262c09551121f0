from enum import StrEnum


class AccountType(StrEnum):
    CORPORATION = "corporation"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
