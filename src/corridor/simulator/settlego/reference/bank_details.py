"""The bank details a beneficiary needs, per currency and payment type, as patterns.

The docs give one answer, for a corporate GBP account in GB (settlego-api.txt:5776-5796): one
standard payment type, an 8-digit account number with a 6-digit sort code, or an IBAN, a BIC
pattern, and an address. The simulator answers exactly that for GBP and follows the same shape
for every other currency it offers: IBAN and BIC where IBANs are used, an account number with
the country's routing code (ABA, BSB, IFSC, CLABE) or with a BIC elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# the docs' patterns, as the JSON example decodes them
IBAN = r"^[a-zA-Z]{2}[0-9]{2}[a-zA-Z0-9]{8}([a-zA-Z0-9]?){3,19}$|^[A-Z]{2}\d{5}[0-9A-Z]{13}$"
BIC = r"^[0-9A-Z]{8}$|^[0-9A-Z]{11}$"
NAME = "^.{1,255}"
BIRTH_DATE = r"^\d{4}-\d{2}-\d{2}$"  # the docs name the field for retail, without a pattern
ACCOUNT_NUMBER = r"^\d{4,20}$"


@dataclass(frozen=True)
class BankDetails:
    """What one payment type of a currency needs; a pattern of None means the detail is not
    used. A beneficiary qualifies with an account number (and the routing code, or else the
    BIC, when given here) or with an IBAN (and the BIC, when given here)."""

    payment_type: str
    account_number: str | None
    iban: str | None
    bic: str | None
    routing_code_type: str | None = None
    routing_code_format: str | None = None
    address_required: bool = True


def _iban(*payment_types: str) -> tuple[BankDetails, ...]:
    return tuple(BankDetails(kind, None, IBAN, BIC) for kind in payment_types)


def _account(
    routing: str | None = None, fmt: str | None = None, number: str = ACCOUNT_NUMBER
) -> tuple[BankDetails, ...]:
    return (BankDetails("standard", number, None, None if routing else BIC, routing, fmt),)


BANK_DETAILS: dict[str, tuple[BankDetails, ...]] = {
    "GBP": (BankDetails("standard", r"^\d{8}$", IBAN, BIC, "sort_code", r"^\d{6}$"),),
    "USD": (
        BankDetails("standard", r"^\d{4,17}$", None, None, "aba", r"^\d{9}$"),
        BankDetails("express", r"^\d{4,17}$", None, None, "aba", r"^\d{9}$"),
    ),
    "EUR": _iban("sepa", "standard"),
    "AUD": _account("bsb_code", r"^\d{6}$", r"^\d{6,10}$"),
    "INR": _account("ifs_code", r"^[A-Z]{4}0[A-Z0-9]{6}$", r"^\d{9,18}$"),
    "MXN": _account("clabe_code", r"^\d{18}$", r"^\d{10,11}$"),
    **{code: _iban("standard") for code in ("PLN", "NOK", "SEK", "DKK", "CHF", "BGN", "CZK")},
    **{code: _iban("standard") for code in ("AED", "HUF", "ILS", "QAR", "RON", "SAR", "TRY")},
    **{code: _account() for code in ("JPY", "CAD", "NZD", "HKD", "SGD", "ZAR", "THB")},
}


def requirements(currency: str, beneficiary_type: str) -> list[dict[str, Any]]:
    """The metadataList entries of beneficiary required details."""
    retail = beneficiary_type == "retail"
    return [
        {
            "paymentType": details.payment_type,
            "addressRequired": details.address_required,
            "accountNumber": details.account_number,
            "iban": details.iban,
            "bic": details.bic,
            "beneficiaryFirstName": NAME if retail else None,
            "beneficiaryLastName": NAME if retail else None,
            "beneficiaryBirthDate": BIRTH_DATE if retail else None,
            "companyName": None if retail else NAME,
            "beneficiaryType": beneficiary_type,
            "routingCodeType": details.routing_code_type,
            "routingCodeFormat": details.routing_code_format,
            "bankName": None,
            "bankAccountType": None,
            "taxId": None,
        }
        for details in BANK_DETAILS[currency]
    ]
