from enum import StrEnum


class FeeCollectionType(StrEnum):
    INVOICE = "invoice"
    ONSOURCE = "onsource"
    PARENT_INVOICE = "parent_invoice"
    PARENT_ONSOURCE = "parent_onsource"

    def __str__(self) -> str:
        return str(self.value)
