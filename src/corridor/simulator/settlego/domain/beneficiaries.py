"""Beneficiaries: the bank accounts a client pays, checked against the currency's requirements.

The spec already enforces the retail/corporate required fields; the rules here add what needs
state or reference data: a known currency, bank details complete for the payment types asked
for (an IBAN, or an account number with the right routing code), and unique externalIds.
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
from corridor.simulator.store import ExternalIdTaken, Records

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
        self.records: Records[Beneficiary] = Records(lambda b: [b.client_id])

    def check(self, fields: dict[str, Any]) -> None:
        """Validation without storing: the same checks a create runs."""
        check_bank_details(fields)

    def create(self, client_id: str, fields: dict[str, Any]) -> Beneficiary:
        check_bank_details(fields)
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
        check_bank_details(updated)
        if updated["beneficiaryType"] == "retail" and not (
            updated["beneficiaryFirstName"] and updated["beneficiaryLastName"]
        ):
            raise Conflict("a retail beneficiary needs a first and last name", "beneficiaryType")
        if updated["beneficiaryType"] == "corporate" and not updated["companyName"]:
            raise Conflict("a corporate beneficiary needs a companyName", "beneficiaryType")
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


def check_bank_details(fields: dict[str, Any]) -> None:
    """Bank details must satisfy the requirements of every payment type asked for."""
    currency = fields["currency"]
    if currency not in reference.CURRENCIES:
        raise UnsupportedCurrency(f"{currency} is not a supported currency", "currency")
    routes = {
        route[0]: route
        for route in reference.PAYMENT_ROUTES.get(currency, reference.DEFAULT_ROUTES)
    }
    routing_codes = {code["key"]: code["value"] for code in fields.get("routingCodeList") or []}
    for payment_type in fields["paymentTypeList"]:
        if payment_type not in routes:
            raise Conflict(f"{currency} cannot be paid by {payment_type}", "paymentTypeList")
        _, routing_type, routing_format, needs_iban = routes[payment_type]
        if needs_iban and not (fields["iban"] and fields["bic"]):
            raise Conflict(f"{payment_type} payments need an iban and a bic", "iban")
        if routing_type is not None:
            code = routing_codes.get(routing_type)
            if not fields["accountNumber"] or code is None:
                message = f"{payment_type} payments need accountNumber and a {routing_type}"
                raise Conflict(message, "routingCodeList")
            if routing_format and not re.match(routing_format, code):
                raise Conflict(f"{routing_type} must match {routing_format}", "routingCodeList")
