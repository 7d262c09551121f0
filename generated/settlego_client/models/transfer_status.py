from enum import StrEnum


class TransferStatus(StrEnum):
    COMPLETED = "completed"
    PENDING = "pending"
    REJECTED = "rejected"
    WAITING_CLIENT_CONFIRMATION = "waiting_client_confirmation"

    def __str__(self) -> str:
        return str(self.value)
