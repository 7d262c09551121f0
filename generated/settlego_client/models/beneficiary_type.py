from enum import StrEnum


class BeneficiaryType(StrEnum):
    CORPORATE = "corporate"
    RETAIL = "retail"

    def __str__(self) -> str:
        return str(self.value)
