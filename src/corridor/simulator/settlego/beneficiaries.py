"""Beneficiaries: the bank accounts a client pays, checked against the currency's requirements.

The spec already enforces the retail/corporate required fields; the rules here add what needs
state or reference data: a known currency, bank details complete for the payment types asked
for (an IBAN, or an account number with the right routing code), and unique externalIds.
"""

from __future__ import annotations

import re
from typing import Any

from corridor.simulator.rules import ApiError, SimRequest, SimResponse
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.state import SettleGoState, timestamp
from corridor.simulator.store import Record

OPTIONAL_FIELDS = [
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
]
REQUIRED_FIELDS = [
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
]


class BeneficiaryHandlers(SettleGoState):
    def create_beneficiary(self, request: SimRequest) -> SimResponse:
        client_id = self.acting_client(request)
        fields = {key: None for key in OPTIONAL_FIELDS} | known_fields(request.body)
        check_bank_details(fields)
        beneficiary_id = self.new_id()
        self.claim_external_id("beneficiaries", client_id, fields["externalId"], beneficiary_id)
        beneficiary = fields | {
            "id": beneficiary_id,
            "clientId": client_id,
            "creationDateTime": timestamp(self.clock.now()),
        }
        self.store.put("beneficiaries", beneficiary_id, beneficiary)
        return SimResponse(200, beneficiary_json(beneficiary))

    def validate_beneficiary(self, request: SimRequest) -> SimResponse:
        self.acting_client(request)
        fields = {key: None for key in OPTIONAL_FIELDS} | known_fields(request.body)
        check_bank_details(fields)
        answer = {
            "bankName": fields["bankName"] or "Simulated Beneficiary Bank",
            "bankAccountType": "iban" if fields["iban"] else "account_number",
            "bankAddress": fields["bankAddress"],
        }
        return SimResponse(200, answer)

    def list_beneficiaries(self, request: SimRequest) -> SimResponse:
        clients = self.visible_clients(request)
        q = request.query
        name = str(q.get("beneficiaryName", "")).lower()
        beneficiaries = [
            b
            for b in self.store.values("beneficiaries")
            if b["clientId"] in clients
            and name in b["name"].lower()
            and q.get("currency", b["currency"]) == b["currency"]
            and q.get("bankCountry", b["bankAccountCountry"]) == b["bankAccountCountry"]
            and ("paymentType" not in q or q["paymentType"] in b["paymentTypeList"])
            and q.get("externalId", b["externalId"]) == b["externalId"]
        ]
        pagination, entries = self.page(request, beneficiaries, beneficiary_summary_json)
        return SimResponse(200, {"pagination": pagination, "beneficiaryList": entries})

    def get_beneficiary(self, request: SimRequest) -> SimResponse:
        beneficiary = self.owned("beneficiaries", request.path["id"], request)
        return SimResponse(200, beneficiary_json(beneficiary))

    def get_beneficiary_by_external_id(self, request: SimRequest) -> SimResponse:
        beneficiary = self.by_external_id("beneficiaries", request.path["id"], request)
        return SimResponse(200, beneficiary_json(beneficiary))

    def update_beneficiary(self, request: SimRequest) -> SimResponse:
        beneficiary = self.owned("beneficiaries", request.path["id"], request)
        # The docs: a field left out of an update is set to null. Fields the answer may not
        # carry as null keep their value instead.
        cleared = {key: None for key in OPTIONAL_FIELDS if key != "onBehalfOf"}
        updated = beneficiary | cleared | known_fields(request.body)
        updated["onBehalfOf"] = beneficiary["onBehalfOf"]
        check_bank_details(updated)
        if updated["beneficiaryType"] == "retail" and not (
            updated["beneficiaryFirstName"] and updated["beneficiaryLastName"]
        ):
            raise ApiError(
                409, "a retail beneficiary needs a first and last name", "beneficiaryType"
            )
        if updated["beneficiaryType"] == "corporate" and not updated["companyName"]:
            raise ApiError(409, "a corporate beneficiary needs a companyName", "beneficiaryType")
        if updated["externalId"] != beneficiary["externalId"]:
            client_id = beneficiary["clientId"]
            self.claim_external_id("beneficiaries", client_id, updated["externalId"], updated["id"])
            self.release_external_id("beneficiaries", client_id, beneficiary["externalId"])
        self.store.put("beneficiaries", updated["id"], updated)
        return SimResponse(200, beneficiary_json(updated))

    def delete_beneficiary(self, request: SimRequest) -> SimResponse:
        self.delete(self.owned("beneficiaries", request.path["id"], request))
        return SimResponse(200)

    def delete_beneficiary_by_external_id(self, request: SimRequest) -> SimResponse:
        self.delete(self.by_external_id("beneficiaries", request.path["id"], request))
        return SimResponse(200)

    def delete(self, beneficiary: Record) -> None:
        self.store.delete("beneficiaries", beneficiary["id"])
        client_id = beneficiary["clientId"]
        self.release_external_id("beneficiaries", client_id, beneficiary["externalId"])


def known_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The documented fields of a request; unknown keys are accepted but not stored."""
    return {key: value for key, value in body.items() if key in OPTIONAL_FIELDS + REQUIRED_FIELDS}


def check_bank_details(fields: dict[str, Any]) -> None:
    """Bank details must satisfy the requirements of every payment type asked for."""
    currency = fields["currency"]
    if currency not in reference.CURRENCIES:
        raise ApiError(409, f"{currency} is not a supported currency", "currency")
    routes = {
        route[0]: route
        for route in reference.PAYMENT_ROUTES.get(currency, reference.DEFAULT_ROUTES)
    }
    routing_codes = {code["key"]: code["value"] for code in fields.get("routingCodeList") or []}
    for payment_type in fields["paymentTypeList"]:
        if payment_type not in routes:
            raise ApiError(409, f"{currency} cannot be paid by {payment_type}", "paymentTypeList")
        _, routing_type, routing_format, needs_iban = routes[payment_type]
        if needs_iban and not (fields["iban"] and fields["bic"]):
            raise ApiError(409, f"{payment_type} payments need an iban and a bic", "iban")
        if routing_type is not None:
            code = routing_codes.get(routing_type)
            if not fields["accountNumber"] or code is None:
                message = f"{payment_type} payments need accountNumber and a {routing_type}"
                raise ApiError(409, message, "routingCodeList")
            if routing_format and not re.match(routing_format, code):
                raise ApiError(
                    409, f"{routing_type} must match {routing_format}", "routingCodeList"
                )


def beneficiary_json(beneficiary: Record) -> dict[str, Any]:
    return {key: value for key, value in beneficiary.items() if key != "creationDateTime"}


def beneficiary_summary_json(beneficiary: Record) -> dict[str, Any]:
    country = reference.COUNTRIES.get(beneficiary["bankAccountCountry"])
    return {
        "id": beneficiary["id"],
        "externalId": beneficiary["externalId"],
        "beneficiaryName": beneficiary["name"],
        "bankCountryName": country[3] if country else beneficiary["bankAccountCountry"],
        "currency": beneficiary["currency"],
        "clientId": beneficiary["clientId"],
    }
