"""The provider-independent simulator engine: spec in, ASGI app out.

For every operation in a provider's spec the engine builds a route, checks the caller's
credentials against the operation's security, validates the request, and hands the typed inputs
to the provider's handler named after the operationId (`createPayment` -> `create_payment`).
Invalid requests are answered with the provider's own error shape; in strict mode every answer
is also checked against the spec before it leaves, and a mismatch raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from corridor.simulator.rules import ApiError, ProviderRules, SimRequest, SimResponse
from corridor.simulator.validation import (
    Problem,
    RequestValidator,
    ResponseValidator,
    SchemaCompiler,
)
from corridor.spec import Operation, iter_operations, load_spec

CONTROL_PREFIX = "/_simulator"


class MissingHandlersError(RuntimeError):
    """The provider rules lack a handler for some spec operation."""


class ResponseContractError(AssertionError):
    """Strict mode: the simulator was about to send an answer the spec does not allow."""


def handler_name(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


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
    handler: Callable[[SimRequest], SimResponse]
    security: list[list[SecurityScheme]]  # alternatives; each needs all of its schemes
    requests: RequestValidator
    responses: ResponseValidator


class Simulator:
    """A provider's simulator: `simulator.app` is the ASGI application."""

    def __init__(self, rules: ProviderRules, *, strict: bool = False) -> None:
        self.rules = rules
        self.strict = strict
        self.spec = load_spec(rules.spec_name)
        self.base_path: str = urlsplit(self.spec["servers"][0]["url"]).path.rstrip("/")
        compiler = SchemaCompiler(self.spec)
        schemes = _security_schemes(self.spec)
        self.operations: dict[str, CompiledOperation] = {}
        missing: list[str] = []
        for operation in iter_operations(self.spec):
            if operation.kind != "path" or operation.operation_id is None:
                continue
            handler = getattr(rules, handler_name(operation.operation_id), None)
            if handler is None:
                missing.append(f"{operation.operation_id} ({operation.label})")
                continue
            requirements = operation.definition.get("security", self.spec.get("security", []))
            self.operations[operation.operation_id] = CompiledOperation(
                operation=operation,
                handler=handler,
                security=[[schemes[name] for name in alt] for alt in requirements],
                requests=RequestValidator(operation, compiler),
                responses=ResponseValidator(operation, compiler),
            )
        if missing:
            raise MissingHandlersError(
                f"{type(rules).__name__} has no handler for: " + ", ".join(missing)
            )
        self.app = Starlette(routes=self._routes())

    def _routes(self) -> list[BaseRoute]:
        by_path: dict[str, dict[str, CompiledOperation]] = {}
        for compiled in self.operations.values():
            by_path.setdefault(compiled.operation.key, {})[compiled.operation.method.upper()] = (
                compiled
            )
        routes: list[BaseRoute] = [
            Route(self.base_path + path, self._endpoint(methods), methods=list(methods))
            for path, methods in sorted(by_path.items(), key=lambda item: _route_order(item[0]))
        ]
        routes += [
            Route(f"{CONTROL_PREFIX}/clock", self._clock, methods=["GET"]),
            Route(f"{CONTROL_PREFIX}/clock/advance", self._advance_clock, methods=["POST"]),
        ]
        return routes + self.rules.control_routes(CONTROL_PREFIX)

    def _endpoint(
        self, methods: dict[str, CompiledOperation]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            compiled = methods[request.method]
            raw_body = await request.body()
            return self.handle(compiled, request, raw_body)

        return endpoint

    def handle(self, compiled: CompiledOperation, request: Request, raw_body: bytes) -> Response:
        headers = {key.lower(): value for key, value in request.headers.items()}
        self.rules.before_request()
        principal = self._authenticate(compiled, headers)
        if principal is None:
            message = "missing or invalid credentials"
            return self._send(compiled, self._error(401, message, []))
        valid, problems = compiled.requests.validate(
            request.path_params, request.query_params, headers, raw_body
        )
        if problems:
            message = "; ".join(str(problem) for problem in problems)
            return self._send(compiled, self._error(400, message, problems))
        sim_request = SimRequest(
            operation_id=compiled.operation.operation_id or "",
            path=valid.path,
            query=valid.query,
            headers=valid.headers,
            body=valid.body,
            principal=principal,
        )
        try:
            answer = compiled.handler(sim_request)
        except ApiError as error:
            problems = [Problem("body", error.field, error.message)] if error.field else []
            answer = self._error(error.status, error.message, problems)
        return self._send(compiled, answer)

    def _authenticate(
        self, compiled: CompiledOperation, headers: Mapping[str, str]
    ) -> object | None:
        if not compiled.security:
            return self.rules.anonymous
        for alternative in compiled.security:
            principal: object | None = self.rules.anonymous
            for scheme in alternative:
                credential = scheme.credential(headers)
                principal = self.rules.authenticate(scheme.name, credential) if credential else None
                if principal is None:
                    break
            if principal is not None:
                return principal
        return None

    def _error(self, status: int, message: str, problems: list[Problem]) -> SimResponse:
        return SimResponse(status, self.rules.error_body(status, message, problems))

    def _send(self, compiled: CompiledOperation, answer: SimResponse) -> Response:
        body = b"" if answer.body is None else encode_json(answer.body)
        if self.strict:
            problems = compiled.responses.problems(answer.status, body)
            if problems:
                raise ResponseContractError("\n".join(problems))
        media_type = None if answer.body is None else "application/json"
        return Response(
            body,
            status_code=answer.status,
            headers=answer.headers,
            media_type=media_type,
            background=after_answer(self.rules),
        )

    async def _clock(self, request: Request) -> Response:
        return json_response({"now": self.rules.clock.now().isoformat()})

    async def _advance_clock(self, request: Request) -> Response:
        try:
            seconds = float(json.loads(await request.body() or b"{}").get("seconds"))
            now = self.rules.clock.advance(seconds)
            self.rules.before_request()
        except (TypeError, ValueError, AttributeError) as error:
            return json_response(
                {"error": f"send {{'seconds': <non-negative number>}}: {error}"}, 400
            )
        return json_response({"now": now.isoformat()}, background=after_answer(self.rules))


def after_answer(rules: ProviderRules) -> BackgroundTask | None:
    """Whatever became due (webhook deliveries) runs once the answer has been sent."""
    work = rules.pending_work()
    return BackgroundTask(work) if work is not None else None


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


def _route_order(path: str) -> list[tuple[int, str]]:
    """Literal segments before templated ones, so /payments/validate wins over /payments/{id}."""
    return [(1 if segment.startswith("{") else 0, segment) for segment in path.split("/")]


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # amounts are kept exact as Decimal; on the wire they are JSON numbers
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def encode_json(body: Any) -> bytes:
    return json.dumps(body, default=_json_default, separators=(",", ":")).encode()


def json_response(
    body: Any, status: int = 200, background: BackgroundTask | None = None
) -> Response:
    return Response(encode_json(body), status, media_type="application/json", background=background)
