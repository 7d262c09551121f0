from enum import StrEnum


class LinkedClientIdentificationType(StrEnum):
    DRIVERS_LICENSE = "drivers_license"
    NATIONAL_ID = "national_id"
    OTHERS = "others"
    PASSPORT = "passport"

    def __str__(self) -> str:
        return str(self.value)
