"""Beneficiaries: the bank accounts a client pays, checked against the currency's requirements.

The spec already enforces the fields every beneficiary needs; the rules here are what
beneficiary required details answers for the beneficiary's currency and type (the names, an
address, bank details complete and well formed for each payment type asked for), checked the
same way by create, validate and update, and unique externalIds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from corridor.simulator.clock import Clock
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.domain.errors import (
    Conflict,
    ExternalIdInUse,
    UnsupportedCurrency,
    found,
)
from corridor.simulator.settlego.reference import BankDetails
from corridor.simulator.store import ExternalIdTaken, OwnedBy, Records

OPTIONAL_FIELDS = (
    "beneficiaryFirstName",
    "beneficiaryLastName",
    "beneficiaryBirthDate",
    "companyName",
    "beneficiaryState",
    "accountNumber",
    "iban",
    "bic",
    "routingCodeList",
    "bankName",
    "bankAddress",
    "onBehalfOf",
    "externalId",
)
REQUIRED_FIELDS = (
    "name",
    "beneficiaryType",
    "beneficiaryCountry",
    "beneficiaryPostalCode",
    "beneficiaryCity",
    "beneficiaryAddressLine",
    "currency",
    "bankAccountCountry",
    "bankAccountHolderName",
    "paymentTypeList",
)


@dataclass
class Beneficiary:
    id: str
    client_id: str
    created_at: datetime
    fields: dict[str, Any]  # every documented field, absent optional ones as None

    @property
    def external_id(self) -> str | None:
        value = self.fields["externalId"]
        return None if value is None else str(value)


def documented_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The documented fields of a request, absent optional ones as None; unknown keys (the
    docs' own typo `beneficaryFirstName`) are not kept."""
    # keyed by the module's own strings, not the request's: a stored object shares its keys
    return {key: body.get(key) for key in OPTIONAL_FIELDS} | {
        key: body[key] for key in REQUIRED_FIELDS if key in body
    }


class Beneficiaries:
    def __init__(self, clock: Clock, new_id: Callable[[], str]) -> None:
        self.clock = clock
        self.new_id = new_id
        self.records: Records[Beneficiary] = Records(OwnedBy("client_id"))

    def check(self, fields: dict[str, Any]) -> None:
        """Validation without storing: the same checks a create runs."""
        check_requirements(fields)

    def create(self, client_id: str, fields: dict[str, Any]) -> Beneficiary:
        check_requirements(fields)
        beneficiary = Beneficiary(self.new_id(), client_id, self.clock.now(), fields)
        try:
            return self.records.add(beneficiary, client_id, beneficiary.external_id)
        except ExternalIdTaken as taken:
            raise ExternalIdInUse(
                f"externalId {taken.external_id} is already used", "externalId"
            ) from None

    def get(self, client_id: str, beneficiary_id: str) -> Beneficiary:
        beneficiary = self.records.owned(client_id, beneficiary_id)
        return found(beneficiary, f"no such beneficiary: {beneficiary_id}")

    def by_external_id(self, client_id: str, external_id: str) -> Beneficiary:
        beneficiary = self.records.by_external_id(client_id, external_id)
        return found(beneficiary, f"no beneficiary with externalId {external_id}")

    def update(self, beneficiary: Beneficiary, changes: dict[str, Any]) -> Beneficiary:
        """The docs: a field left out of an update is set to null. Fields the answer may not
        carry as null keep their value instead; onBehalfOf never changes."""
        updated = beneficiary.fields | documented_fields(changes)
        updated["onBehalfOf"] = beneficiary.fields["onBehalfOf"]
        check_requirements(updated)
        old, new = beneficiary.external_id, updated["externalId"]
        if new != old:
            if not self.records.external_id_free(beneficiary.client_id, new):
                raise ExternalIdInUse(f"externalId {new} is already used", "externalId")
            self.records.release_external_id(beneficiary.client_id, old, beneficiary)
            self.records.claim_external_id(beneficiary.client_id, new, beneficiary)
        beneficiary.fields = updated
        return beneficiary

    def delete(self, beneficiary: Beneficiary) -> None:
        self.records.remove(beneficiary)


def check_requirements(fields: dict[str, Any]) -> None:
    """What beneficiary required details asks of this beneficiary: a currency SettleGo offers,
    a payment type it offers for that currency, the names its type needs, an address, and bank
    details complete and in the right format for every payment type asked for."""
    currency = fields["currency"]
    if currency not in reference.CURRENCIES:
        raise UnsupportedCurrency(f"{currency} is not a supported currency", "currency")
    offered = {details.payment_type: details for details in reference.BANK_DETAILS[currency]}
    if fields["beneficiaryType"] == "retail":
        for name in ("beneficiaryFirstName", "beneficiaryLastName", "beneficiaryBirthDate"):
            if not fields.get(name):
                raise Conflict(f"a retail beneficiary needs a {name}", name)
    elif not fields.get("companyName"):
        raise Conflict("a corporate beneficiary needs a companyName", "companyName")
    routing_codes = {code["key"]: code["value"] for code in fields.get("routingCodeList") or []}
    for payment_type in fields["paymentTypeList"]:
        details = offered.get(payment_type)
        if details is None:
            kinds = ", ".join(offered)
            message = f"{currency} accounts are paid by {kinds}, not {payment_type}"
            raise Conflict(message, "paymentTypeList")
        if details.address_required and not fields.get("beneficiaryAddressLine"):
            message = f"{payment_type} payments need the beneficiaryAddressLine"
            raise Conflict(message, "beneficiaryAddressLine")
        _check_formats(fields, details, routing_codes.get(details.routing_code_type or ""))
        if not _qualifies(fields, details, routing_codes):
            raise Conflict(
                _needs(currency, details), "accountNumber" if details.account_number else "iban"
            )


def _check_formats(fields: dict[str, Any], details: BankDetails, routing_code: str | None) -> None:
    """Every detail given must match its pattern, where the payment type uses it."""
    for name, pattern in (
        ("accountNumber", details.account_number),
        ("iban", details.iban),
        ("bic", details.bic),
    ):
        value = fields.get(name)
        if pattern and value and not matches(pattern, value):
            raise Conflict(f"{name} must match {pattern}", name)
    fmt = details.routing_code_format
    if fmt and routing_code is not None and not matches(fmt, routing_code):
        message = f"the {details.routing_code_type} must match {details.routing_code_format}"
        raise Conflict(message, "routingCodeList")


def matches(pattern: str, value: str) -> bool:
    """A pattern as the docs mean it: the whole value, ASCII digits only, no trailing newline."""
    return re.fullmatch(pattern, value, re.ASCII) is not None


def _qualifies(fields: dict[str, Any], details: BankDetails, routing: dict[str, str]) -> bool:
    by_account = bool(
        details.account_number
        and fields.get("accountNumber")
        and (
            details.routing_code_type in routing
            if details.routing_code_type
            else not details.bic or fields.get("bic")
        )
    )
    by_iban = bool(details.iban and fields.get("iban") and (not details.bic or fields.get("bic")))
    return by_account or by_iban


def _needs(currency: str, details: BankDetails) -> str:
    ways = []
    if details.account_number:
        extra = details.routing_code_type or ("bic" if details.bic else None)
        ways.append("an accountNumber" + (f" with a {extra}" if extra else ""))
    if details.iban:
        ways.append("an iban" + (" with a bic" if details.bic else ""))
    return f"{details.payment_type} payments in {currency} need " + " or ".join(ways)
