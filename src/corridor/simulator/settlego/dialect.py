"""SettleGo on the wire: the `x-auth-token` session, plain JSON answers, one error object.

The docs show no error body; the simulator answers every refusal with the status, its name, a
message and every offending field (`{"status", "error", "message", "errors": [...]}`), which
the spec records as `ErrorResponse`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corridor.simulator.dialect import Dialect, Reason, Refusal, Security
from corridor.simulator.domain import DomainError
from corridor.simulator.settlego.domain import errors
from corridor.simulator.settlego.domain.backend import Backend
from corridor.simulator.settlego.domain.clients import Session
from corridor.simulator.wire import WireResponse, json_answer
from corridor.spec import Operation, load_spec

ERROR_NAMES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}

# most specific first: a refusal takes the status of the first class it is an instance of
DOMAIN_STATUS: tuple[tuple[type[DomainError], int], ...] = (
    (errors.NotAuthenticated, 401),
    (errors.Forbidden, 403),
    (errors.NotFound, 404),
    (errors.Conflict, 409),
)


class SettleGoDialect(Dialect):
    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def authenticate(self, security: Security, credentials: Mapping[str, str]) -> Session | None:
        if not security.required:
            return None  # login itself
        token = credentials.get("authToken")
        if token is None:
            raise errors.NotAuthenticated("missing or invalid credentials")
        return self.backend.clients.session(token)

    def status_of(self, error: DomainError) -> int:
        return next((status for kind, status in DOMAIN_STATUS if isinstance(error, kind)), 409)

    def refuse(self, refusal: Refusal) -> WireResponse:
        status = refusal.reason.status
        problems = [
            {"field": p.name, "location": p.location, "message": p.message}
            for p in refusal.problems
        ]
        if refusal.error is not None:
            status = self.status_of(refusal.error) if refusal.reason is Reason.DOMAIN else status
            if refusal.error.field:
                where = _location(refusal.operation, refusal.error.field)
                problems.append(
                    {"field": refusal.error.field, "location": where, "message": refusal.message}
                )
        body: dict[str, Any] = {
            "status": status,
            "error": ERROR_NAMES.get(status, "Error"),
            "message": refusal.message,
            "errors": problems,
        }
        return json_answer(body, status)


def _location(operation: Operation | None, field: str) -> str:
    """Where the field a rule refused was sent: the parameter of that name, else the body."""
    shared = load_spec("settlego")["components"]["parameters"]
    for parameter in operation.definition.get("parameters", []) if operation else []:
        if "$ref" in parameter:
            parameter = shared[str(parameter["$ref"]).rsplit("/", 1)[-1]]
        if parameter.get("name") == field:
            return str(parameter.get("in", "body"))
    return "body"
