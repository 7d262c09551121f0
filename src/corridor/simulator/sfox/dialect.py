"""sFOX Connect on the wire: two bearer tokens, `{"data": ...}` answers, `{"error": "..."}`
refusals, multipart uploads, and the REST rate limit.

The enterprise key authorises the partner's operations and a user auth token the Payments and
Withdrawals ones; each operation takes only the kind its spec security names, and a token of
the other kind is refused like an invalid one (the Payments pages say the Connect key is
rejected there). Field errors are 422 on the pages that show them so (Get Transfer History,
Update and Delete Setting) and 400, sFOX's "malformed request", elsewhere; where a page prints
a field's message, the answer carries it (`field_errors`). Throttled requests get
sFOX's error shape with the engine's Retry-After.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from corridor.providers.sfox.credentials import ENTERPRISE, USER
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
from corridor.simulator.faults import RateLimit
from corridor.simulator.forms import FILE_PART, FormError, parse_form
from corridor.simulator.sfox.domain import errors
from corridor.simulator.sfox.domain.backend import Backend
from corridor.simulator.sfox.domain.users import EndUser
from corridor.simulator.sfox.field_errors import documented_message
from corridor.simulator.validation import Problem
from corridor.simulator.wire import JSON, WireRequest, WireResponse, encode_json, json_answer
from corridor.spec import Operation, load_spec

FORM = "multipart/form-data"
# The pages whose examples show field errors as 422 (the rest answer 400, "malformed request"):
# get-transfer-history.md:95, update-setting.md:56, delete-setting.md:54 (an id that is none).
FIELD_ERRORS_AS_422 = frozenset(
    {"listTransfers", "updateMonetizationSetting", "deleteMonetizationSetting"}
)

# most specific first: a refusal takes the status of the first class it is an instance of
DOMAIN_STATUS: tuple[tuple[type[DomainError], int], ...] = (
    (errors.NotAuthenticated, 401),
    (errors.BadRequest, 400),
    (errors.Forbidden, 403),
    (errors.NotFound, 404),
    (errors.Unprocessable, 422),
)


@dataclass(frozen=True)
class Caller:
    """Who an operation runs for: the partner (enterprise key), or one end user."""

    user: EndUser | None = None

    @property
    def end_user(self) -> EndUser:
        if self.user is None:  # the spec's security makes this unreachable
            raise errors.NotAuthenticated(errors.USER_LOOKUP_FAILED)
        return self.user


class SFoxDialect(Dialect):
    max_body_bytes = 16 * 1024 * 1024  # documents are up to 10MB each
    # sFOX counts per IP and locks a caller out for 60 s; the engine counts per credential in
    # fixed windows (`corridor simulate --rate-limit`, the `rate_limit` option)
    rate_limit = RateLimit(250, 10.0, "sFOX's REST rate limits: 250 requests per 10 s")

    def __init__(self, backend: Backend, spec: Mapping[str, Any]) -> None:
        self.backend = backend
        self.spec = spec
        self._enveloped: dict[str, bool] = {}
        self._form_arrays: dict[str, frozenset[str]] = {}

    def __getstate__(self) -> dict[str, Any]:
        # a world's saved state holds its backend only: the spec is loaded again, and what
        # is read off it is worked out again when first needed
        return {"backend": self.backend}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.backend = state["backend"]
        self.spec = load_spec("sfox")
        self._enveloped = {}
        self._form_arrays = {}

    # ---- credentials --------------------------------------------------------------------------

    def authenticate(self, security: Security, credentials: Mapping[str, str]) -> Caller:
        schemes = {name for alternative in security.alternatives for name in alternative}
        token = credentials.get(USER if USER in schemes else ENTERPRISE)
        if USER in schemes:
            if token is None:
                raise errors.NotAuthenticated(errors.USER_LOOKUP_FAILED)
            return Caller(self.backend.users.authenticate(token))
        self.backend.authenticate_partner(token)
        return Caller()

    # ---- bodies -------------------------------------------------------------------------------

    def body_schema(self, operation: Operation) -> Mapping[str, Any] | None:
        content = operation.definition.get("requestBody", {}).get("content", {})
        if FORM not in content:
            return super().body_schema(operation)
        # a file part is validated as what the form reader makes of it
        schema = copy.deepcopy(dict(self._resolve(content[FORM]["schema"])))
        for prop in schema.get("properties", {}).values():
            if prop.get("type") == "array" and prop.get("items", {}).get("format") == "binary":
                prop["items"] = FILE_PART
        return schema

    def decode(self, request: WireRequest, operation: Operation, principal: Any) -> Inputs:
        content = operation.definition.get("requestBody", {}).get("content", {})
        if FORM not in content:
            return super().decode(request, operation, principal)
        has_body = bool(request.body.strip())
        if has_body and request.media_type != FORM:
            sent = request.media_type or "no Content-Type"
            raise RequestRefused(
                Reason.UNSUPPORTED_MEDIA_TYPE, f"send the body as {FORM}, not {sent}"
            )
        body: Any = None
        if has_body:
            try:
                body = parse_form(
                    request.headers.get("content-type", ""), request.body, self._arrays(operation)
                )
            except FormError as error:
                problem = Problem("body", "", str(error))
                raise RequestRefused(Reason.INVALID, str(problem), [problem]) from None
        return Inputs(request.path_params, request.query, request.headers, body, has_body)

    def _arrays(self, operation: Operation) -> frozenset[str]:
        """The form fields the spec makes arrays (sent as repeated parts), read once."""
        key = operation.operation_id or operation.label
        if key not in self._form_arrays:
            schema = self.body_schema(operation) or {}
            self._form_arrays[key] = frozenset(
                name
                for name, prop in schema.get("properties", {}).items()
                if prop.get("type") == "array"
            )
        return self._form_arrays[key]

    # ---- answers --------------------------------------------------------------------------------

    def success(self, answer: Answer, operation: Operation) -> WireResponse:
        """The handler's payload, inside `{"data": ...}` where the spec's answer has one."""
        if answer.body is None:
            return WireResponse(answer.status, headers=answer.headers)
        body = {"data": answer.body} if self._enveloped_answer(operation) else answer.body
        return WireResponse(answer.status, encode_json(body), JSON, answer.headers)

    def refuse(self, refusal: Refusal) -> WireResponse:
        status, message = refusal.reason.status, refusal.message
        operation_id = refusal.operation.operation_id if refusal.operation else None
        if refusal.reason is Reason.DOMAIN and refusal.error is not None:
            status = next(
                (code for kind, code in DOMAIN_STATUS if isinstance(refusal.error, kind)), 422
            )
        elif refusal.reason is Reason.INVALID:
            message = documented_message(operation_id, refusal.problems) or message
            if operation_id in FIELD_ERRORS_AS_422:
                # a body that is not JSON at all is still malformed; a wrong field value is a 422
                fields = refusal.problems and all(problem.name for problem in refusal.problems)
                status = 422 if fields else 400
        return json_answer({"error": message}, status)

    def _enveloped_answer(self, operation: Operation) -> bool:
        key = operation.operation_id or operation.label
        if key not in self._enveloped:
            enveloped = False
            for status, response in operation.definition.get("responses", {}).items():
                if str(status).startswith("2"):
                    media = self._resolve(response).get("content", {}).get(JSON)
                    schema = self._resolve(media.get("schema", {})) if media else {}
                    enveloped = "data" in schema.get("properties", {})
                    break
            self._enveloped[key] = enveloped
        return self._enveloped[key]

    def _resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for token in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node
