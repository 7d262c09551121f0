from enum import StrEnum


class EddForm(StrEnum):
    EDDQ_BUSINESS = "EDDQ - Business"
    EDDQ_INDIVIDUAL = "EDDQ - Individual"

    def __str__(self) -> str:
        return str(self.value)
