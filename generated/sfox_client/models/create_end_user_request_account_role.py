from enum import StrEnum


class CreateEndUserRequestAccountRole(StrEnum):
    ADVISOR = "advisor"
    CLIENT = "client"

    def __str__(self) -> str:
        return str(self.value)
