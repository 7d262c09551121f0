from enum import StrEnum


class TransferStatus(StrEnum):
    AML_FILTERED = "AML filtered"
    CANCELED = "Canceled"
    COMPLETE = "Complete"
    EXPIRED = "Expired"
    PROCESSING = "Processing"
    REFUNDED = "Refunded"
    WAITING_VERIFICATION = "Waiting verification"

    def __str__(self) -> str:
        return str(self.value)
