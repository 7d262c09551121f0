"""Sentbe on the wire: PARTNER-ID and KEY headers, parameters encrypted in SIGNATURE, no body,
`{"result": true, "data": ...}` for a success and `{"result": false, "errors": [...]}` for every
refusal, each error with a code of the docs' table (docs/sentbe/_errors.md).

SIGNATURE is decrypted with the caller's own secret_key, by the facade's codec
(`corridor.sentbe.codec`), and what it holds is validated against the operation's
`<Operation>Parameters` schema. The docs give no HTTP status for any error, so the simulator
gives each code one status (`STATUS_BY_CODE`, the table in docs/simulators/sentbe.md), whatever
the input that earned it; only injected faults keep the status they were injected with. Every
message is the docs' own words for its code (`message_of`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from corridor.sentbe.codec import decrypt_text
from corridor.sentbe.errors import ERROR_MEANINGS
from corridor.simulator.dialect import (
    Answer,
    Dialect,
    Inputs,
    Reason,
    Refusal,
    RequestRefused,
    Security,
)
from corridor.simulator.domain import DomainError
from corridor.simulator.sentbe.domain import errors
from corridor.simulator.sentbe.domain.partners import Partner, Partners
from corridor.simulator.validation import Problem
from corridor.simulator.wire import WireRequest, WireResponse, json_answer
from corridor.spec import Operation

SIGNATURE = "signature"  # the header, as the engine hands headers over (lower-cased)
MAX_SIGNATURE_BYTES = 64 * 1024  # far beyond any documented parameter object
# E0004's meaning in the docs' error table: the one message for any SIGNATURE that cannot be read
UNREADABLE_SIGNATURE = ERROR_MEANINGS["E0004"]

# The docs' error table: the code of each kind of rule refusal, the most specific kind first.
ERROR_CODES: tuple[tuple[type[DomainError], str], ...] = (
    (errors.NotAuthenticated, "E0001"),
    (errors.NotFound, "E0002"),
    (errors.MissingHeader, "E0003"),
    (errors.InvalidSignature, "E0004"),
    (errors.InvalidParameter, "E0005"),
    (errors.CurrencyNotAvailable, "E0007"),
    (errors.InvalidTransferStatus, "E0009"),
    (errors.RecipientLocked, "E0010"),
    (errors.InvalidCountry, "E0011"),
    (errors.BankNotSupported, "E0012"),
    (errors.ExternalIdTaken, "E0013"),
    (errors.LowBalance, "E0014"),
    (errors.Refused, "E0000"),
)
INVALID_PARAMETER, CURRENCY_NOT_AVAILABLE, INVALID_COUNTRY = "E0005", "E0007", "E0011"
# What the engine refuses before any rule, and injected faults
REASON_CODES = {
    Reason.UNKNOWN_PATH: "E0006",
    Reason.METHOD_NOT_ALLOWED: "E0006",
    Reason.BODY_TOO_LARGE: "E0005",
    Reason.UNAUTHENTICATED: "E0001",
    Reason.UNSUPPORTED_MEDIA_TYPE: "E0005",
    Reason.INVALID: "E0005",
    Reason.DOMAIN: "E0000",
    # injected faults: the table has no code for a rate limit, so it is an internal error too
    Reason.RATE_LIMITED: "E0000",
    Reason.SERVER_ERROR: "E0000",
    Reason.UNAVAILABLE: "E0000",
}
# A parameter the schema refuses gets the code of what it is about, when the table has one.
CURRENCY_FIELDS = frozenset(
    {"currency", "send_amount_currency", "transfer_currency", "fee_currency"}
)
COUNTRY_FIELDS = frozenset({"phone_country_code", "nationality", "country"})

# One status per code (the docs give none): credentials 401, unknown ids 404, an unsupported
# method or path 405, what the request itself gets wrong 400, what the partner's data refuses 409.
STATUS_BY_CODE = {
    "E0000": 500,
    "E0001": 401,
    "E0002": 404,
    "E0003": 401,
    "E0004": 401,
    "E0005": 400,
    "E0006": 405,
    "E0007": 400,
    "E0008": 400,
    "E0009": 409,
    "E0010": 409,
    "E0011": 400,
    "E0012": 409,
    "E0013": 409,
    "E0014": 409,
}
# Injected faults keep the status they were injected with (429, 500, 503).
FAULTS = frozenset({Reason.RATE_LIMITED, Reason.SERVER_ERROR, Reason.UNAVAILABLE})
# E0005's meaning in the table is two messages, one per cause.
MISSING_PARAMETER = "Need more required parameter"
UNPERMITTED_PARAMETER = "Unpermitted parameter"


class SentbeDialect(Dialect):
    def __init__(self, partners: Partners) -> None:
        self.partners = partners

    def authenticate(self, security: Security, credentials: Mapping[str, str]) -> Partner:
        return self.partners.authenticate(
            credentials.get("partnerId"), credentials.get("accessKey")
        )

    def body_schema(self, operation: Operation) -> Mapping[str, Any] | None:
        """What SIGNATURE must hold: the operation's `<Operation>Parameters` schema."""
        if "x-signed-parameters" not in operation.definition:
            return None
        name = operation.operation_id or ""
        return {"$ref": f"#/components/schemas/{name[:1].upper()}{name[1:]}Parameters"}

    def decode(self, request: WireRequest, operation: Operation, principal: Any) -> Inputs:
        if request.body.strip():
            problem = Problem("body", "", "Sentbe reads no body: send the parameters in SIGNATURE")
            raise RequestRefused(Reason.INVALID, str(problem), [problem])
        signed = "x-signed-parameters" in operation.definition
        signature = request.headers.get(SIGNATURE)
        parameters: Any = None
        if signature is not None and not signed:
            # The spec gives this call no parameters and no SIGNATURE scheme: a header it does
            # not describe is ignored, like any other extra header.
            signature = None
        elif signature is not None:
            parameters = self._decrypt(signature, principal)
        elif signed and operation.definition.get("requestBody", {}).get("required"):
            problem = Problem("header", "SIGNATURE", "is a required property")
            raise RequestRefused(Reason.INVALID, str(problem), [problem])
        # whatever SIGNATURE holds (null included) is the parameters, for validation to judge
        has_parameters = signature is not None
        return Inputs(
            request.path_params, request.query, request.headers, parameters, has_parameters
        )

    def _decrypt(self, signature: str, partner: Partner) -> Any:
        if len(signature) > MAX_SIGNATURE_BYTES:
            raise RequestRefused(
                Reason.BODY_TOO_LARGE, f"SIGNATURE exceeds {MAX_SIGNATURE_BYTES} bytes"
            )
        try:
            text = decrypt_text(signature, partner.secret_key)
            # parsed by the stdlib, which reads a lone surrogate escape: validation names the
            # parameter that holds one
            return json.loads(text, parse_float=Decimal, parse_constant=_no_constant)
        except (ValueError, RecursionError):  # SignatureError is a ValueError
            # One answer, the docs' words, whatever went wrong: AES-CBC without a MAC is a
            # padding oracle to whoever can tell bad padding from a plaintext that is no JSON.
            refusal = errors.InvalidSignature(UNREADABLE_SIGNATURE, "SIGNATURE")
            raise RequestRefused(
                Reason.UNAUTHENTICATED, UNREADABLE_SIGNATURE, error=refusal
            ) from None

    def success(self, answer: Answer, operation: Operation) -> WireResponse:
        return json_answer({"result": True, "data": answer.body}, answer.status, answer.headers)

    def status_of(self, error: DomainError) -> int:
        return STATUS_BY_CODE[code_of(error)] if isinstance(error, errors.Refused) else 500

    def refuse(self, refusal: Refusal) -> WireResponse:
        error = refusal.error
        if refusal.problems:
            entries = [_entry(problem) for problem in refusal.problems]
        elif isinstance(error, errors.Refused):
            entries = [(code_of(error), message_of(error))]
        else:
            code = REASON_CODES[refusal.reason]
            entries = [(code, ERROR_MEANINGS[code])]
        body = {
            "result": False,
            "errors": [{"message": message, "error_code": code} for code, message in entries],
        }
        if refusal.reason in FAULTS:
            return json_answer(body, refusal.reason.status)
        status = STATUS_BY_CODE[entries[0][0]]
        headers = {}
        if refusal.reason is Reason.UNKNOWN_PATH:
            headers["Allow"] = ""  # a 405 names what the resource allows: here, nothing
        return json_answer(body, status, headers)


def code_of(error: DomainError) -> str:
    return next((code for kind, code in ERROR_CODES if isinstance(error, kind)), "E0000")


def message_of(error: DomainError) -> str:
    """The docs' words for a rule's refusal: the table's meaning of its code, except E0002,
    which the docs' example words "Invalid transfer id" after the kind of object, and E0005,
    whose meaning is two messages."""
    code = code_of(error)
    if isinstance(error, errors.NotFound):
        return f"Invalid {error.model} id"
    if code == INVALID_PARAMETER:
        return UNPERMITTED_PARAMETER
    return ERROR_MEANINGS[code]


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _entry(problem: Problem) -> tuple[str, str]:
    """The code and the docs' message for one thing the request got wrong."""
    if problem.message.endswith("is a required property"):
        return INVALID_PARAMETER, MISSING_PARAMETER
    leaf = problem.name.rsplit(".", 1)[-1]
    if leaf in CURRENCY_FIELDS:
        return CURRENCY_NOT_AVAILABLE, ERROR_MEANINGS[CURRENCY_NOT_AVAILABLE]
    if leaf in COUNTRY_FIELDS:
        return INVALID_COUNTRY, ERROR_MEANINGS[INVALID_COUNTRY]
    return INVALID_PARAMETER, UNPERMITTED_PARAMETER
