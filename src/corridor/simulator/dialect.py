"""The dialect: everything about a provider's wire that the engine must not know.

The engine routes a request, reads its body, validates inputs against the spec and calls the
handler. Each step that differs between providers is one method of the provider's `Dialect`:

- `authenticate(security, credentials)`: every credential the operation's security schemes
  name, at once, to the caller (the principal handlers see), or a refusal;
- `decode(request, operation, principal)`: the request's parameters and body as the spec
  describes them (a JSON body by default; some providers send them encrypted in a header);
- `success(answer, operation)`: the body a handler returned, in the provider's envelope;
- `refuse(refusal)`: any refusal (unknown path, wrong method, body too large or of the wrong
  media type, failed authentication, invalid input, a domain rule) as the provider's documented
  status, body, media type and error code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from corridor.simulator.domain import DomainError
from corridor.simulator.faults import DEFAULT_RATE_LIMIT, RateLimit
from corridor.simulator.validation import Problem
from corridor.simulator.wire import JSON, WireRequest, WireResponse, decode_json, encode_json
from corridor.spec import Operation

DEFAULT_MAX_BODY_BYTES = 1024 * 1024


class Reason(StrEnum):
    """Why the engine or a rule refused a request; each has a conventional HTTP status."""

    UNKNOWN_PATH = "unknown_path"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    BODY_TOO_LARGE = "body_too_large"
    UNAUTHENTICATED = "unauthenticated"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    INVALID = "invalid"
    DOMAIN = "domain"  # a business rule: the dialect maps `Refusal.error` to a status
    # injected on demand (corridor.simulator.faults), never by a rule
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    UNAVAILABLE = "unavailable"

    @property
    def status(self) -> int:
        return _STATUS[self]


_STATUS = {
    Reason.UNKNOWN_PATH: 404,
    Reason.METHOD_NOT_ALLOWED: 405,
    Reason.BODY_TOO_LARGE: 413,
    Reason.UNAUTHENTICATED: 401,
    Reason.UNSUPPORTED_MEDIA_TYPE: 415,
    Reason.INVALID: 400,
    Reason.DOMAIN: 409,
    Reason.RATE_LIMITED: 429,
    Reason.SERVER_ERROR: 500,
    Reason.UNAVAILABLE: 503,
}


@dataclass(frozen=True)
class Refusal:
    reason: Reason
    message: str
    problems: Sequence[Problem] = ()
    error: DomainError | None = None  # set for DOMAIN, and for UNAUTHENTICATED when a rule said so
    operation: Operation | None = None  # None when no operation matched
    allowed_methods: Sequence[str] = ()  # for METHOD_NOT_ALLOWED
    retry_after: int | None = None  # seconds, for RATE_LIMITED and UNAVAILABLE


class RequestRefused(Exception):
    """Raised by `Dialect.decode` (or `authenticate`) to refuse a request before validation."""

    def __init__(
        self,
        reason: Reason,
        message: str,
        problems: Sequence[Problem] = (),
        error: DomainError | None = None,
    ) -> None:
        super().__init__(message)
        self.refusal = Refusal(reason, message, tuple(problems), error)


@dataclass(slots=True)  # not frozen: one is built per request, 5x faster
class Inputs:
    """A request's parameters as text and its body as parsed, before validation."""

    path: Mapping[str, str]
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: Any = None
    has_body: bool = False


@dataclass(slots=True)  # not frozen: one is built per request, 5x faster
class Call:
    """What a handler gets: inputs that passed validation, converted to their spec types."""

    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    principal: Any  # whatever the dialect's `authenticate` returned


@dataclass(slots=True)  # not frozen: one is built per request, 5x faster
class Answer:
    """What a handler returns: the answer's payload, before the dialect's envelope."""

    body: Any = None
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Security:
    """An operation's security: alternatives, each needing all of its scheme names."""

    alternatives: Sequence[Sequence[str]]

    @property
    def required(self) -> bool:
        return any(self.alternatives)


class Dialect:
    """A provider's wire. Subclasses implement `authenticate` and `refuse`; the JSON defaults
    of `decode` and `success` fit providers that send JSON bodies and plain JSON answers."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    # the provider's documented request limit, used when a simulator is asked to enforce one
    rate_limit: RateLimit = DEFAULT_RATE_LIMIT

    def authenticate(self, security: Security, credentials: Mapping[str, str]) -> Any:
        """The caller, from every credential present (scheme name -> value). Raise a
        DomainError (or RequestRefused) to refuse; operations without security get this too."""
        raise NotImplementedError

    def refuse(self, refusal: Refusal) -> WireResponse:
        raise NotImplementedError

    def body_schema(self, operation: Operation) -> Mapping[str, Any] | None:
        """The schema the decoded body is validated against; by default the JSON request body."""
        body = operation.definition.get("requestBody")
        if not body:
            return None
        media = body.get("content", {}).get(JSON)
        return None if media is None else dict(media.get("schema", {}))

    def decode(self, request: WireRequest, operation: Operation, principal: Any) -> Inputs:
        """A JSON body, when the operation takes one and the request has one."""
        has_body = bool(request.body.strip())
        body: Any = None
        if has_body and operation.definition.get("requestBody"):
            accepted = operation.definition["requestBody"].get("content", {})
            if request.media_type not in accepted:
                sent = request.media_type or "no Content-Type"
                raise RequestRefused(
                    Reason.UNSUPPORTED_MEDIA_TYPE,
                    f"send the body as {', '.join(accepted)}, not {sent}",
                )
            if request.media_type == JSON:
                try:
                    body = decode_json(request.body)
                except ValueError as error:
                    problem = Problem("body", "", f"is not valid JSON ({error})")
                    raise RequestRefused(Reason.INVALID, str(problem), [problem]) from None
            else:
                body = request.body
        return Inputs(request.path_params, request.query, request.headers, body, has_body)

    def success(self, answer: Answer, operation: Operation) -> WireResponse:
        if answer.body is None:
            return WireResponse(answer.status, headers=answer.headers)
        return WireResponse(answer.status, encode_json(answer.body), JSON, answer.headers)
