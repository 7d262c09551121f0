"""The `errorCode` values the P100 docs document, one named constant each.

The docs' full code table was not stored, so this is every code the stored pages show
(see `shared/docs/p100/ERRORS.md`), which is also every code in the spec's error examples.
A code not listed here can still arrive: `P100Error.error_code` is a plain string.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

VALIDATION_ERROR: Final = "P403"
INVALID_CURRENCY: Final = "P410"
INVALID_USER: Final = "P412"
PARTNER_NOT_FOUND: Final = "P418"
SOURCE_OR_DESTINATION_REQUIRED: Final = "P424"
SEPA_TRANSFER_NOT_FOUND: Final = "P428"
# The Error Handling page names P433 next to "Insufficient funds" without spelling out the pair.
INSUFFICIENT_FUNDS: Final = "P433"
KYC_NOT_FOUND: Final = "P445"
FORBIDDEN_COUNTRY_CARD: Final = "P451"
USER_SUSPENDED: Final = "P455"
USER_NOT_VERIFIED: Final = "P459"
UNKNOWN_EXCEPTION: Final = "P500"
SERVICE_TEMPORARILY_UNAVAILABLE: Final = "P501"

# Code -> name. Lower-kebab names are the `errorName` P100 sends; where the docs show a code
# without its errorName (P403 never has one), the name is the docs' label for it instead.
ERROR_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        VALIDATION_ERROR: "Validation error",
        INVALID_CURRENCY: "invalid-currency",
        INVALID_USER: "invalid-user",
        PARTNER_NOT_FOUND: "partner-not-found",
        SOURCE_OR_DESTINATION_REQUIRED: "source-or-destination-required",
        SEPA_TRANSFER_NOT_FOUND: "sepa-transfer-not-found",
        INSUFFICIENT_FUNDS: "Insufficient funds",
        KYC_NOT_FOUND: "KYC not found",
        FORBIDDEN_COUNTRY_CARD: "forbidden-country-card",
        USER_SUSPENDED: "user-suspended",
        USER_NOT_VERIFIED: "User not verified",
        UNKNOWN_EXCEPTION: "Unknown exception",
        SERVICE_TEMPORARILY_UNAVAILABLE: "Service temporarily unavailable",
    }
)


def name_of(code: str) -> str | None:
    """The documented name of an errorCode, or None for a code the docs do not show."""
    return ERROR_NAMES.get(code)


# What follows "Access Denied." in a 401 answer (the Authentication page).
ACCESS_DENIED_KEY_MISSING: Final = "xo1"
ACCESS_DENIED_KEY_INCORRECT: Final = "xo2"
ACCESS_DENIED_IP_NOT_ALLOWED: Final = "xo3"  # production only: the IP is not whitelisted
