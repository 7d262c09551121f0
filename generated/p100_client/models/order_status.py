from enum import StrEnum


class OrderStatus(StrEnum):
    COMPLETED = "COMPLETED"
    EXPIRED = "EXPIRED"
    WAITING_FOR_CONFIRMATION = "WAITING_FOR_CONFIRMATION"
    WAITING_FOR_PAYMENT = "WAITING_FOR_PAYMENT"
    WAITING_FOR_WALLET_ADDRESS = "WAITING_FOR_WALLET_ADDRESS"

    def __str__(self) -> str:
        return str(self.value)
