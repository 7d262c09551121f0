from enum import StrEnum


class ListScope(StrEnum):
    ALL = "all"
    LINKED = "linked"
    MAIN = "main"

    def __str__(self) -> str:
        return str(self.value)
