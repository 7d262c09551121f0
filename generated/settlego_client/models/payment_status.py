from enum import StrEnum


class PaymentStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    RELEASED = "released"
    WAITING_CLIENT_CONFIRMATION = "waiting_client_confirmation"

    def __str__(self) -> str:
        return str(self.value)
