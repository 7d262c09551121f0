from enum import StrEnum


class RoutingCodeKey(StrEnum):
    ABA = "aba"
    BLZ_CODE = "blz_code"
    BRANCH_CODE = "branch_code"
    BSB_CODE = "bsb_code"
    CLABE_CODE = "clabe_code"
    CTN = "ctn"
    IFS_CODE = "ifs_code"
    SORT_CODE = "sort_code"

    def __str__(self) -> str:
        return str(self.value)
