from enum import StrEnum


class EddResponseType(StrEnum):
    FILE_UPLOAD = "File-Upload"
    FREE_FORM = "Free-Form"
    SINGLE_SELECT = "Single-Select"

    def __str__(self) -> str:
        return str(self.value)
