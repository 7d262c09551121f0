from enum import StrEnum


class TestWebhookEventWebhookType(StrEnum):
    WHTEST = "WHTEST"

    def __str__(self) -> str:
        return str(self.value)
