from enum import StrEnum


class LinkedClientLegalForm(StrEnum):
    CHARITY = "charity"
    JOINT_STOCK_COMPANY = "joint_stock_company"
    LIMITED_LIABILITY = "limited_liability"
    PARTNERSHIP = "partnership"
    PUBLIC_LIMITED_COMPANY = "public_limited_company"
    SOLE_TRADER = "sole_trader"

    def __str__(self) -> str:
        return str(self.value)
