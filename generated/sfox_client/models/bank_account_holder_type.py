from enum import StrEnum


class BankAccountHolderType(StrEnum):
    CORPORATE = "corporate"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
