"""P100 on the wire: the `x-api-key` header, plain JSON answers, two kinds of refusal.

A missing or wrong key is answered 401 with P100's plain-text "Access Denied. xo1" (not
provided) or "Access Denied. xo2" (incorrect), as the Authentication page lists them; xo3 (an IP
address not whitelisted) is production-only and never sent. Every other refusal is the error
object `{"errorCode", "errorName", "errorMessage"}`:

- anything wrong with the request's form (a field the spec refuses, JSON that does not parse, a
  body of the wrong media type or over 1 MiB) is P403 without errorName, always HTTP 400, its
  message naming every offending field (Error Handling page);
- a business rule answers with its code and name (`render.ERROR_CODES`): 404 for the two the
  docs list as such (P428, P445), 400 for every other;
- a value the spec refuses where a page prints another error for it is answered as printed:
  Get Network Fee's unknown currency is P410 invalid-currency (user/get-network-fee.md:36-41);
- a path or method P100 does not serve, for which the docs give no code, is a plain-text 404
  "Not Found" or 405 "Method Not Allowed" (with Allow), like the gateway's plain-text 401s: P403
  is always a 400 (integration/error-handling.md:35), so it is not sent with another status;
- an injected fault (corridor.simulator.faults) keeps its status (500, 503, 429) with the
  documented code closest to it: P500 "Unknown exception" for a 500, P501 "Service temporarily
  unavailable" for a 503 and for a 429 (the docs describe no rate limit).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corridor.simulator.dialect import Dialect, Reason, Refusal, Security
from corridor.simulator.p100 import render
from corridor.simulator.p100.domain import errors
from corridor.simulator.p100.domain.backend import Backend
from corridor.simulator.wire import WireResponse, json_answer

TEXT = "text/plain"
ACCESS_DENIED = {
    errors.ApiKeyMissing: "Access Denied. xo1",
    errors.ApiKeyIncorrect: "Access Denied. xo2",
}
VALIDATION_CODE = render.ERROR_CODES[errors.InvalidInput][0]
# the two refusals the docs list as 404s; every other rule's refusal is a 400
NOT_FOUND = (errors.SepaTransferNotFound, errors.KycNotFound)
ROUTING = {
    Reason.UNKNOWN_PATH: (404, "Not Found"),
    Reason.METHOD_NOT_ALLOWED: (405, "Method Not Allowed"),
}
# (operationId, location, parameter) whose invalid value a page answers with its own error
PRINTED = {
    # user/get-network-fee.md:36-41, "Error 400 — currency not found"
    ("getNetworkFee", "query", "currency"): errors.InvalidCurrency,
}
FAULTS = {
    Reason.SERVER_ERROR: errors.UnknownException,
    Reason.UNAVAILABLE: errors.ServiceUnavailable,
    Reason.RATE_LIMITED: errors.ServiceUnavailable,
}


class P100Dialect(Dialect):
    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def authenticate(self, security: Security, credentials: Mapping[str, str]) -> str | None:
        if not security.required:
            return None
        return self.backend.authenticate(credentials.get("apiKey"))

    def refuse(self, refusal: Refusal) -> WireResponse:
        error = refusal.error
        if refusal.reason is Reason.UNAUTHENTICATED:
            text = next(
                (text for kind, text in ACCESS_DENIED.items() if isinstance(error, kind)),
                refusal.message,
            )
            return WireResponse(401, text.encode(), TEXT)
        if refusal.reason is Reason.DOMAIN and isinstance(error, errors.P100Refusal):
            status = 404 if isinstance(error, NOT_FOUND) else 400
            return json_answer(render.error(error), status)
        fault = FAULTS.get(refusal.reason)
        if fault is not None:
            return json_answer(render.error(fault(refusal.message)), refusal.reason.status)
        routing = ROUTING.get(refusal.reason)
        if routing is not None:
            return WireResponse(routing[0], routing[1].encode(), TEXT)
        printed = _printed(refusal)
        if printed is not None:
            return json_answer(render.error(printed(_message(refusal))), 400)
        body: dict[str, Any] = {"errorCode": VALIDATION_CODE, "errorMessage": _message(refusal)}
        return json_answer(body, 400)


def _printed(refusal: Refusal) -> type[errors.P100Refusal] | None:
    """The error a page prints for this invalid value, if every problem is that one value (a
    missing value stays a validation error)."""
    if refusal.reason is not Reason.INVALID or refusal.operation is None:
        return None
    kinds = {
        PRINTED.get((refusal.operation.operation_id or "", problem.location, problem.name))
        for problem in refusal.problems
        if not problem.message.endswith("is required")
    }
    if len(kinds) != 1 or len(refusal.problems) != 1:
        return None
    return kinds.pop()


def _message(refusal: Refusal) -> str:
    """Every failure, joined the way P100's validation messages are ("a ... . b ...")."""
    if not refusal.problems:
        return refusal.message
    parts = []
    for problem in refusal.problems:
        where = problem.name or "body"
        if problem.location not in ("body", ""):
            where = f"{problem.location} parameter {problem.name}"
        parts.append(f"{where}: {problem.message}")
    return ". ".join(parts)
