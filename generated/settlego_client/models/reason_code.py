from enum import StrEnum


class ReasonCode(StrEnum):
    FUNDS = "funds"
    GOODS = "goods"
    INCOME = "income"
    OTHER = "other"
    OVERHEADS = "overheads"
    PERSONAL = "personal"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
