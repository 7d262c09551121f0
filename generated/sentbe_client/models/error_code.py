from enum import StrEnum


class ErrorCode(StrEnum):
    E0000 = "E0000"
    E0001 = "E0001"
    E0002 = "E0002"
    E0003 = "E0003"
    E0004 = "E0004"
    E0005 = "E0005"
    E0006 = "E0006"
    E0007 = "E0007"
    E0008 = "E0008"
    E0009 = "E0009"
    E0010 = "E0010"
    E0011 = "E0011"
    E0012 = "E0012"
    E0013 = "E0013"
    E0014 = "E0014"

    def __str__(self) -> str:
        return str(self.value)
