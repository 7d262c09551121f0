"""The provider-independent simulator engine: spec in, ASGI app out.

At start-up the engine compiles, per spec operation, a route, the security it needs, a request
validator and a response validator. A request then goes: route (unknown path 404, wrong method
405) -> body read with a size limit (413) -> the dialect authenticates it with all its
credentials (401) and decodes it (415, malformed body 400) -> validation against the spec (400)
-> the handler named by the operationId -> the dialect's envelope. Every refusal is rendered by
the dialect, in the provider's shape. In strict mode every answer an operation gives is checked
against the spec before it leaves, and a mismatch raises.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
from starlette.types import Message, Receive, Scope, Send

from corridor.providers.control import CONTROL_PREFIX
from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.control import control_app
from corridor.simulator.definition import (
    Handler,
    Ids,
    ProviderSimulator,
    Services,
    SimulatorDefinition,
)
from corridor.simulator.delivery import Outbox
from corridor.simulator.dialect import (
    Call,
    Dialect,
    Reason,
    Refusal,
    RequestRefused,
    Security,
)
from corridor.simulator.domain import DomainError
from corridor.simulator.faults import (
    ConnectionDropped,
    Decision,
    FaultKind,
    FaultPlan,
    FaultRule,
    RateLimit,
    RateLimiter,
)
from corridor.simulator.router import Router
from corridor.simulator.validation import (
    RequestValidator,
    ResponseValidator,
    SchemaCompiler,
    shown,
)
from corridor.simulator.wire import WireRequest, WireResponse
from corridor.spec import Operation, iter_operations, load_spec


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
    handler: Handler
    security: Security
    schemes: list[SecurityScheme]  # every scheme any alternative names
    requests: RequestValidator
    responses: ResponseValidator


class Simulator:
    """A provider's simulator: `simulator.app` is the ASGI application."""

    def __init__(
        self,
        definition: SimulatorDefinition,
        *,
        strict: bool = False,
        clock: Clock | None = None,
        seed: int = 0,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
        handlers: Mapping[str, Handler] | None = None,
        faults: Iterable[FaultRule | str] = (),
        rate_limit: RateLimit | bool = False,
        **options: Any,
    ) -> None:
        self.strict = strict
        self.clock = clock or Clock()
        self.faults = FaultPlan(seed=seed)
        ids = Ids(seed)
        outbox = None
        if definition.webhooks is not None:
            wire = definition.webhooks.wire(**options)
            schedule = definition.webhooks.schedule
            outbox = Outbox(self.clock, wire, schedule, ids.uuid, webhook_transport)
        self.services = Services(self.clock, Scheduler(self.clock), ids, outbox)
        self.provider: ProviderSimulator = definition.build(self.services, **options)
        self.dialect = self.provider.dialect
        self.rate_limiter: RateLimiter | None = None
        self.limit_rate(rate_limit)
        spec = definition.spec
        self.spec: Mapping[str, Any] = load_spec(spec) if isinstance(spec, str) else spec
        self.base_path: str = urlsplit(self.spec["servers"][0]["url"]).path.rstrip("/")
        self.operations = self._compile({**self.provider.handlers, **(handlers or {})})
        self.faults.operations = frozenset(self.operations)
        self.faults.inject(*faults)
        self._router: Router[CompiledOperation] = Router()
        for compiled in self.operations.values():
            operation = compiled.operation
            self._router.add(self.base_path + operation.key, operation.method, compiled)
        self._control = control_app(self)
        self.app = self  # the ASGI application
        # Served, a simulator holds its state for hours: see `_keep_state_out_of_collections`.
        self.freeze_every: int | None = None
        self._answered = 0

    def _compile(self, handlers: Mapping[str, Handler]) -> dict[str, CompiledOperation]:
        operations: dict[str, CompiledOperation] = {}
        missing: list[str] = []
        for compiled in _compiled_spec(self.spec, self.dialect):
            operation = compiled.operation
            handler = handlers.get(operation.operation_id or "")
            if handler is None:
                missing.append(f"{operation.operation_id} ({operation.label})")
                continue
            operations[operation.operation_id or ""] = replace(compiled, handler=handler)
        if missing:
            raise MissingHandlersError(
                f"{self.spec_title} has no handler for: " + ", ".join(missing)
            )
        return operations

    def limit_rate(self, limit: RateLimit | bool) -> None:
        """Enforce `limit`, or the provider's documented one (True), or none (False)."""
        if limit is False:
            self.rate_limiter = None
        else:
            self.rate_limiter = RateLimiter(self.dialect.rate_limit if limit is True else limit)

    @property
    def spec_title(self) -> str:
        return str(self.spec.get("info", {}).get("title", "the simulator"))

    # ---- ASGI -----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            await self._control(scope, receive, send)
            return
        try:
            answer = await self._answer(scope, receive)
        except ConnectionDropped:
            # ASGI cannot close a connection without answering; a response begun and never
            # finished is the nearest thing: the client sees the connection drop mid-answer
            await send({"type": "http.response.start", "status": 200, "headers": _DROPPED})
            await self.after_answer()
            raise
        if answer is not None:
            await _send(send, answer)
            await self.after_answer()

    async def after_answer(self) -> None:
        """Whatever became due (webhook deliveries) runs once the answer has been sent."""
        self._answered += 1
        if self.freeze_every and self._answered % self.freeze_every == 0:
            _keep_state_out_of_collections()
        outbox = self.services.outbox
        work = outbox.due_work() if outbox is not None else None
        if work is not None:
            await work()

    def _route(
        self, method: str, path: str
    ) -> tuple[CompiledOperation, Mapping[str, str]] | WireResponse:
        """The operation at `path` for `method` and its path parameters, or the refusal: an
        unknown path, or a method the path does not take (with `Allow`)."""
        match = self._router.match(path)
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

    async def _answer(self, scope: Scope, receive: Receive) -> WireResponse | None:
        path = _request_path(scope)
        routed = self._route(scope["method"], path)
        if isinstance(routed, WireResponse):
            return routed
        compiled, path_params = routed
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope["headers"]
        }
        limit = self.dialect.max_body_bytes
        try:
            body = await _read_body(receive, headers, limit)
        except _BodyTooLarge:
            message = f"the body exceeds {limit} bytes"
            refusal = Refusal(Reason.BODY_TOO_LARGE, message, operation=compiled.operation)
            return self._checked(compiled, self.dialect.refuse(refusal))
        if body is None:
            return None  # the client went away mid-body: nothing was done, no one to answer
        raw_query: bytes = scope.get("query_string", b"")
        query = _query(raw_query) if raw_query else {}
        request = WireRequest(scope["method"], path, headers, query, body, path_params)
        if self.rate_limiter is not None:
            throttled = self._throttled(compiled, request)
            if throttled is not None:
                return throttled
        if not self.faults.active:
            return self.handle(compiled, request)
        return await self._with_faults(compiled, request)

    def _throttled(self, compiled: CompiledOperation, request: WireRequest) -> WireResponse | None:
        assert self.rate_limiter is not None
        credential = "|".join(
            value for scheme in compiled.schemes if (value := request.headers.get(scheme.header))
        )
        wait = self.rate_limiter.admit(credential, self.clock.now())
        if wait is None:
            return None
        limit = self.rate_limiter.limit
        message = f"more than {limit.requests} requests in {limit.seconds:g} s; retry later"
        refusal = Refusal(
            Reason.RATE_LIMITED, message, operation=compiled.operation, retry_after=wait
        )
        return _with_retry_after(self.dialect.refuse(refusal), wait)

    async def _with_faults(self, compiled: CompiledOperation, request: WireRequest) -> WireResponse:
        """The request under the fault plan; injected answers skip the strict contract check,
        since no spec lists the failures a test asks for."""
        operation = compiled.operation
        decision = self.faults.decide(operation.operation_id or "")
        if decision.delay:
            await asyncio.sleep(decision.delay)
        failure = decision.failure
        now = self.clock.now()
        where = (operation.operation_id or "", request.method, request.path, now)
        if failure is None:
            answer = self.handle(compiled, request)
            if decision.delay:
                accepted = answer.status < 400
                self.faults.record(FaultKind.LATENCY, *where, answer.status, committed=accepted)
            return answer
        if failure.kind is FaultKind.RESET:
            self.faults.record(failure.kind, *where, None)
            raise ConnectionDropped(f"injected reset before {operation.label}", reset=True)
        if failure.kind.after_the_handler:
            return await self._after_the_handler(compiled, request, decision, where)
        reason = {
            FaultKind.SERVER_ERROR: Reason.SERVER_ERROR,
            FaultKind.UNAVAILABLE: Reason.UNAVAILABLE,
            FaultKind.THROTTLED: Reason.RATE_LIMITED,
        }[failure.kind]
        retry_after = None if reason is Reason.SERVER_ERROR else failure.retry_after
        message = {
            Reason.SERVER_ERROR: "internal error (injected)",
            Reason.UNAVAILABLE: "service unavailable (injected); retry later",
            Reason.RATE_LIMITED: "too many requests (injected); retry later",
        }[reason]
        refusal = Refusal(reason, message, operation=operation, retry_after=retry_after)
        answer = self.dialect.refuse(refusal)
        if retry_after is not None:
            answer = _with_retry_after(answer, retry_after)
        self.faults.record(failure.kind, *where, answer.status)
        return answer

    async def _after_the_handler(
        self,
        compiled: CompiledOperation,
        request: WireRequest,
        decision: Decision,
        where: tuple[str, str, str, datetime],
    ) -> WireResponse:
        """The handler runs; then its answer is dropped, replaced by a 500, or sent late."""
        assert decision.failure is not None
        kind = decision.failure.kind
        label = compiled.operation.label
        answer = self.handle(compiled, request)
        # committed only if the request was accepted: a refused one changed nothing
        accepted = answer.status < 400
        if kind is FaultKind.LATE_ANSWER:
            self.faults.record(kind, *where, answer.status, committed=accepted)
            await asyncio.sleep(decision.hold)
            return answer
        if kind is FaultKind.SERVER_ERROR_AFTER:
            message = "internal error (injected, after the request was processed)"
            refusal = Refusal(Reason.SERVER_ERROR, message, operation=compiled.operation)
            failed = self.dialect.refuse(refusal)
            self.faults.record(kind, *where, failed.status, committed=accepted)
            return failed
        self.faults.record(kind, *where, None, committed=accepted)
        if kind is FaultKind.RESET_AFTER:
            raise ConnectionDropped(f"injected reset after {label} was handled", reset=True)
        raise ConnectionDropped(f"injected loss of the answer to {label}")

    def dispatch(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> WireResponse:
        """Answer one request without HTTP (benchmarks, bulk set-up): the same route, checks,
        rules and refusals as over the wire, minus the body size limit."""
        routed = self._route(method, path)
        if isinstance(routed, WireResponse):
            return routed
        compiled, path_params = routed
        lowered = {name.lower(): value for name, value in (headers or {}).items()}
        request = WireRequest(method, path, lowered, dict(query or {}), body, path_params)
        return self.handle(compiled, request)

    def handle(self, compiled: CompiledOperation, request: WireRequest) -> WireResponse:
        """Answer one request that was routed to `compiled`."""
        self.services.scheduler.run_due()
        operation = compiled.operation
        try:
            answer = self.dialect.success(self._call(compiled, request), operation)
        except RequestRefused as refused:
            answer = self.dialect.refuse(replace(refused.refusal, operation=operation))
        except DomainError as error:
            refusal = Refusal(Reason.DOMAIN, error.message, error=error, operation=operation)
            answer = self.dialect.refuse(refusal)
        return self._checked(compiled, answer)

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
            operation_id=compiled.operation.operation_id or "",
            path=valid.path,
            query=valid.query,
            headers=valid.headers,
            body=valid.body,
            principal=principal,
        )
        return compiled.handler(call)

    def _checked(self, compiled: CompiledOperation, answer: WireResponse) -> WireResponse:
        if self.strict:
            problems = compiled.responses.problems(answer.status, answer.media_type, answer.body)
            if problems:
                raise ResponseContractError("\n".join(problems))
        return answer


# Compiling validators costs far more than building a simulator's state, and a test suite builds
# a fresh simulator per test: each (spec, dialect) is compiled once per process. The spec object
# is kept with its compilation so an id is never reused for another spec.
_COMPILED: dict[tuple[int, type[Dialect]], tuple[Mapping[str, Any], list[CompiledOperation]]] = {}


def _compiled_spec(spec: Mapping[str, Any], dialect: Dialect) -> list[CompiledOperation]:
    key = (id(spec), type(dialect))
    cached = _COMPILED.get(key)
    if cached is not None and cached[0] is spec:
        return cached[1]
    compiler = SchemaCompiler(spec)
    schemes = _security_schemes(spec)
    compiled: list[CompiledOperation] = []
    for operation in iter_operations(spec):
        if operation.kind != "path" or operation.operation_id is None:
            continue
        alternatives = operation.definition.get("security", spec.get("security", []))
        names = sorted({name for alternative in alternatives for name in alternative})
        compiled.append(
            CompiledOperation(
                operation=operation,
                handler=_unbound,
                security=Security([list(alternative) for alternative in alternatives]),
                schemes=[schemes[name] for name in names],
                requests=RequestValidator(operation, compiler, dialect.body_schema(operation)),
                responses=ResponseValidator(operation, compiler),
            )
        )
    _COMPILED[key] = (spec, compiled)
    return compiled


def _unbound(call: Call) -> Any:
    raise MissingHandlersError(f"no handler bound for {call.operation_id}")


class _BodyTooLarge(Exception):
    pass


def _keep_state_out_of_collections() -> None:
    """A full garbage collection walks every object alive: at 100,000 stored objects it stalls
    a request for over a second. State that survived this long is moved out of the collector's
    reach (`gc.freeze`) after the young generations are collected, so later full collections
    only walk what was made since. Garbage cycles already in the oldest generation stay
    uncollected; there are few, as a request's own garbage dies young."""
    gc.collect(1)
    gc.freeze()


# a promise of one body byte that never comes: the client reads an incomplete answer
_DROPPED = [(b"content-length", b"1"), (b"content-type", b"application/json")]


def _request_path(scope: Scope) -> str:
    """The percent-decoded path. Servers decode bytes that are not UTF-8 as U+FFFD, which would
    make such a path parameter a valid-looking id; decoded again from the raw path with
    "surrogateescape", they stay recognisable, and validation refuses them."""
    path: str = scope["path"]
    raw: bytes | None = scope.get("raw_path")
    if raw and "\ufffd" in path:
        return unquote(raw.decode("latin-1"), errors="surrogateescape")
    return path


def _query(raw: bytes) -> dict[str, str]:
    """The query's parameters, the last value of each; bytes that are not UTF-8 (raw or
    percent-encoded) are kept as surrogate escapes for validation to refuse, never replaced."""
    text = raw.decode("utf-8", "surrogateescape")
    return dict(parse_qsl(text, keep_blank_values=True, errors="surrogateescape"))


def _with_retry_after(answer: WireResponse, seconds: int) -> WireResponse:
    headers = {**answer.headers, "Retry-After": str(seconds)}
    return WireResponse(answer.status, answer.body, answer.media_type, headers)


async def _read_body(receive: Receive, headers: Mapping[str, str], limit: int) -> bytes | None:
    """The whole body, or None if the client disconnected; past `limit` bytes it stops reading
    and raises _BodyTooLarge."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _send(send: Send, answer: WireResponse) -> None:
    headers = [(b"content-length", str(len(answer.body)).encode())]
    if answer.media_type is not None:
        headers.append((b"content-type", answer.media_type.encode()))
    headers += [(name.lower().encode(), value.encode()) for name, value in answer.headers.items()]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


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
