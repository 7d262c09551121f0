"""The request pipeline: a request, once routed, to the answer the provider gives.

At start-up the spec is compiled, per operation, into a route, the security it needs, a request
validator and a response validator. A request then goes: route (unknown path 404, wrong method
405) -> the dialect authenticates it with all its credentials (401) and decodes it (415,
malformed body 400) -> validation against the spec (400) -> the handler named by the
operationId -> the dialect's envelope. Every refusal is rendered by the dialect, in the
provider's shape. In strict mode every answer an operation gives is checked against the spec
before it leaves, and a mismatch raises.

Nothing here reads or writes the wire: the engine reads requests off it (`asgi.py`) and puts
injected faults in their way (`fault_injection.py`); benchmarks and bulk set-up call `dispatch`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from corridor.simulator import draws
from corridor.simulator.clock import Scheduler
from corridor.simulator.definition import Handler
from corridor.simulator.dialect import (
    Call,
    Dialect,
    Reason,
    Refusal,
    RequestRefused,
    Security,
)
from corridor.simulator.domain import DomainError
from corridor.simulator.router import Router
from corridor.simulator.validation import (
    RequestValidator,
    ResponseValidator,
    SchemaCompiler,
    shown,
)
from corridor.simulator.wire import WireRequest, WireResponse
from corridor.spec import Operation, iter_operations

READS = frozenset({"GET", "HEAD", "OPTIONS"})
# told of each request that may have changed a world, with its operationId, when it came and
# the unpredictable values it drew (`draws.py`); None and None: only time passed, as a read
# let due changes happen
Recorder = Callable[[str | None, WireRequest | None, datetime, list[draws.Drawn]], None]


class MissingHandlersError(RuntimeError):
    """The provider's simulator lacks a handler for some spec operation."""


class ResponseContractError(AssertionError):
    """Strict mode: the simulator was about to send an answer the spec does not allow."""


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: str  # "apiKey" or "bearer"
    header: str  # lower-cased header the credential travels in

    def credential(self, headers: Mapping[str, str]) -> str | None:
        value = headers.get(self.header)
        if value is None or self.kind != "bearer":
            return value
        scheme, _, token = value.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None


@dataclass
class CompiledOperation:
    operation: Operation
    security: Security
    schemes: list[SecurityScheme]  # every scheme any alternative names
    requests: RequestValidator
    responses: ResponseValidator

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id or ""


class Pipeline:
    """One provider's spec, compiled, with its dialect and handlers: routes and answers."""

    def __init__(
        self,
        spec: Mapping[str, Any],
        dialect: Dialect,
        handlers: Mapping[str, Handler],
        scheduler: Scheduler,
        *,
        strict: bool,
    ) -> None:
        self.spec = spec
        self.dialect = dialect
        self.scheduler = scheduler
        self.strict = strict
        compiled = _compiled_spec(spec, dialect)
        self.base_path = compiled.base_path
        self.operations = compiled.operations
        self._router = compiled.router
        missing = [
            f"{operation_id} ({compiled_operation.operation.label})"
            for operation_id, compiled_operation in self.operations.items()
            if operation_id not in handlers
        ]
        if missing:
            raise MissingHandlersError(
                f"{self.spec_title} has no handler for: " + ", ".join(missing)
            )
        self.handlers = handlers
        self.recorder: Recorder | None = None

    @property
    def spec_title(self) -> str:
        return str(self.spec.get("info", {}).get("title", "the simulator"))

    def route(
        self, method: str, path: str, segments: list[str] | None = None
    ) -> tuple[CompiledOperation, Mapping[str, str]] | WireResponse:
        """The operation at `path` for `method` and its path parameters, or the refusal: an
        unknown path, or a method the path does not take (with `Allow`). `segments`, split on
        the raw path before decoding, keep an encoded `/` inside its parameter."""
        match = self._router.match(path, segments)
        if not match.methods:
            message = f"no operation at {shown(path)}"
            return self.dialect.refuse(Refusal(Reason.UNKNOWN_PATH, message))
        compiled = match.methods.get(method)
        if compiled is not None:
            return compiled, match.path_params
        allowed = sorted(match.methods)
        refusal = Refusal(
            Reason.METHOD_NOT_ALLOWED,
            f"{method} is not allowed here; use {', '.join(allowed)}",
            allowed_methods=allowed,
        )
        answer = self.dialect.refuse(refusal)
        headers = {**answer.headers, "Allow": ", ".join(allowed)}
        return WireResponse(answer.status, answer.body, answer.media_type, headers)

    def too_large(self, compiled: CompiledOperation, limit: int) -> WireResponse:
        """The refusal of a body over `limit` bytes, sent to `compiled`."""
        message = f"the body exceeds {limit} bytes"
        refusal = Refusal(Reason.BODY_TOO_LARGE, message, operation=compiled.operation)
        return self.checked(compiled, self.dialect.refuse(refusal))

    def dispatch(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> WireResponse:
        """Answer one request without HTTP: the same route, checks, rules and refusals as over
        the wire, minus the body size limit."""
        routed = self.route(method, path)
        if isinstance(routed, WireResponse):
            return routed
        compiled, path_params = routed
        lowered = {name.lower(): value for name, value in (headers or {}).items()}
        request = WireRequest(method, path, lowered, dict(query or {}), body, path_params)
        return self.handle(compiled, request)

    def handle(self, compiled: CompiledOperation, request: WireRequest) -> WireResponse:
        """Answer one request that was routed to `compiled`; with a recorder, the request is
        recorded once handled and before it is answered, if it may have changed something."""
        if self.recorder is None:
            self.scheduler.run_due()
            return self._handle(compiled, request)
        at = self.scheduler.clock.now()
        ran = self.scheduler.ran
        with draws.recording() as drawn:
            self.scheduler.run_due()
            answer = self._handle(compiled, request)
        if request.method not in READS:
            self.recorder(compiled.operation_id, request, at, drawn)
        elif self.scheduler.ran != ran:
            self.recorder(None, None, at, drawn)  # a read let due changes happen: time passed
        return answer

    def _handle(self, compiled: CompiledOperation, request: WireRequest) -> WireResponse:
        operation = compiled.operation
        try:
            answer = self.dialect.success(self._call(compiled, request), operation)
        except RequestRefused as refused:
            answer = self.dialect.refuse(replace(refused.refusal, operation=operation))
        except DomainError as error:
            refusal = Refusal(Reason.DOMAIN, error.message, error=error, operation=operation)
            answer = self.dialect.refuse(refusal)
        return self.checked(compiled, answer)

    def _call(self, compiled: CompiledOperation, request: WireRequest) -> Any:
        credentials = {
            scheme.name: value
            for scheme in compiled.schemes
            if (value := scheme.credential(request.headers)) is not None
        }
        try:
            principal = self.dialect.authenticate(compiled.security, credentials)
        except DomainError as error:
            # the error goes along: its kind can decide the provider's code for the refusal
            raise RequestRefused(Reason.UNAUTHENTICATED, error.message, error=error) from error
        inputs = self.dialect.decode(request, compiled.operation, principal)
        valid, problems = compiled.requests.validate(
            inputs.path, inputs.query, inputs.headers, inputs.body, inputs.has_body
        )
        if problems:
            message = "; ".join(str(problem) for problem in problems)
            raise RequestRefused(Reason.INVALID, message, problems)
        call = Call(
            operation_id=compiled.operation_id,
            path=valid.path,
            query=valid.query,
            headers=valid.headers,
            body=valid.body,
            principal=principal,
        )
        return self.handlers[call.operation_id](call)

    def checked(self, compiled: CompiledOperation, answer: WireResponse) -> WireResponse:
        """`answer`, checked against the spec in strict mode."""
        if self.strict:
            problems = compiled.responses.problems(answer.status, answer.media_type, answer.body)
            if problems:
                raise ResponseContractError("\n".join(problems))
        return answer


@dataclass(frozen=True)
class CompiledSpec:
    """What a spec compiles to, shared by every simulator of it: its operations with their
    validators, and the router over them."""

    base_path: str
    operations: dict[str, CompiledOperation]  # by operationId
    router: Router[CompiledOperation]


# Compiling validators costs far more than building a simulator's state, and a test suite (or a
# served simulator's worlds) builds many simulators: each (spec, dialect) is compiled once per
# process. The spec object is kept with its compilation so an id is never reused for another.
_COMPILED: dict[tuple[int, type[Dialect]], tuple[Mapping[str, Any], CompiledSpec]] = {}


def _compiled_spec(spec: Mapping[str, Any], dialect: Dialect) -> CompiledSpec:
    key = (id(spec), type(dialect))
    cached = _COMPILED.get(key)
    if cached is not None and cached[0] is spec:
        return cached[1]
    compiler = SchemaCompiler(spec)
    schemes = _security_schemes(spec)
    base_path = urlsplit(spec["servers"][0]["url"]).path.rstrip("/")
    operations: dict[str, CompiledOperation] = {}
    router: Router[CompiledOperation] = Router()
    for operation in iter_operations(spec):
        if operation.kind != "path" or operation.operation_id is None:
            continue
        alternatives = operation.definition.get("security", spec.get("security", []))
        names = sorted({name for alternative in alternatives for name in alternative})
        compiled = CompiledOperation(
            operation=operation,
            security=Security([list(alternative) for alternative in alternatives]),
            schemes=[schemes[name] for name in names],
            requests=RequestValidator(operation, compiler, dialect.body_schema(operation)),
            responses=ResponseValidator(operation, compiler),
        )
        operations[operation.operation_id] = compiled
        router.add(base_path + operation.key, operation.method, compiled)
    made = CompiledSpec(base_path, operations, router)
    _COMPILED[key] = (spec, made)
    return made


def _security_schemes(spec: Mapping[str, Any]) -> dict[str, SecurityScheme]:
    schemes: dict[str, SecurityScheme] = {}
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        if scheme["type"] == "apiKey" and scheme.get("in") == "header":
            schemes[name] = SecurityScheme(name, "apiKey", scheme["name"].lower())
        elif scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
            schemes[name] = SecurityScheme(name, "bearer", "authorization")
        else:
            raise ValueError(f"security scheme {name!r} is not supported by the simulator")
    return schemes
