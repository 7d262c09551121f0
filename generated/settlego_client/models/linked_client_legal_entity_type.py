from enum import StrEnum


class LinkedClientLegalEntityType(StrEnum):
    CORPORATE = "corporate"
    RETAIL = "retail"

    def __str__(self) -> str:
        return str(self.value)
