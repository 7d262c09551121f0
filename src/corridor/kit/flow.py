"""The request flow every facade client runs: idempotent creates, typed refusals, recovery.

`CorridorFlow` is the client's `httpx.Auth`. Around the provider's own auth (which logs in or
signs), it

1. takes the request's operation (the rule its generated call carries, stated by the spec;
   see corridor.kit.operations) and, for a create, makes it safe to retry: the body's
   idempotency handle (SettleGo externalId, sFOX transfer_id, ...) is kept, taken from the
   per-call `idempotency_key`, or made up when the spec lets corridor choose it;
2. attaches that `Plan` to the request, so the transport below knows what it may retry;
3. turns a refusal into the provider's exception (`ErrorFamily`), a write whose refusal
   leaves open whether it happened (see `_leaves_unknown`) into `OutcomeUnknownError`, and
   a success body that is not JSON into the provider's `MalformedAnswerError`;
4. checks a create's refusal that its own handle may explain (the provider's duplicate
   answer, or any refusal of the request where the object can be looked up: an earlier try
   may have used up the quote, balance or lock the create consumes) by looking the object up
   by its handle before the refusal reaches the caller. After a retry whose earlier try may
   have landed, the object found is the call's answer (the provider made it once, for this
   call); otherwise the handle was used by another call and the caller gets the provider's
   `DuplicateRequestError` naming it. A refusal after such a retry that cannot be checked (no
   lookup by handle) leaves the outcome unknown.

An `httpx.Auth` flow is a generator that httpx drives for sync and async clients alike, so
this is written once for both. Its last answer is the call's answer; to hand back an object
found by a lookup in the create's own shape, the flow ends with a request that carries that
answer (`ANSWER`), which corridor's transport returns without sending anything.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import httpx

from corridor.errors import InputError, OutcomeUnknownError, ProviderError
from corridor.kit import money
from corridor.kit.operations import (
    ANSWER,
    PLAN,
    Operation,
    Plan,
    operation_of,
    refuses_the_request,
)
from corridor.kit.refusals import ErrorFamily, decode_body
from corridor.kit.transport import MAYBE_LANDED

Flow = Generator[httpx.Request, httpx.Response, httpx.Response]


@dataclass(frozen=True)
class _Found:
    """What a lookup by handle found: the create's answer body, if it could be built."""

    answer: Any | None


class CorridorFlow(httpx.Auth):
    requires_request_body = True  # the create's body carries its handle
    requires_response_body = True  # refusals are read from the body

    def __init__(
        self,
        *,
        provider: str,
        errors: ErrorFamily,
        base_path: str,
        inner: httpx.Auth | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        self.provider = provider
        self.errors = errors
        self.base_path = base_path
        self.inner = inner
        self.idempotency_key = idempotency_key

    def __repr__(self) -> str:  # the inner auth holds secrets; its own repr hides them
        return f"CorridorFlow(provider={self.provider!r}, inner={self.inner!r})"

    def with_idempotency_key(self, key: str | None) -> CorridorFlow:
        """The same flow (same session, same signing) sending `key` as creates' handle."""
        if key is not None and (not isinstance(key, str) or not key.strip()):
            raise InputError("idempotency_key", "must be a non-empty string")
        return self._copy(self.inner, key)

    def with_inner(self, inner: httpx.Auth | None) -> CorridorFlow:
        """The same flow around another provider auth (an sFOX user token, say)."""
        return self._copy(inner, self.idempotency_key)

    def _copy(self, inner: httpx.Auth | None, key: str | None) -> CorridorFlow:
        return CorridorFlow(
            provider=self.provider,
            errors=self.errors,
            base_path=self.base_path,
            inner=inner,
            idempotency_key=key,
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        operation = operation_of(request, self.base_path)
        request, plan = self._prepare(request, operation)
        response = yield from self._send(request)
        body = decode_body(response)
        if not self.errors.refused(response, body):
            if response.content and isinstance(body, str) and not _is_text(response):
                raise self.errors.malformed_answer(response, "a success answer that is not JSON")
            return
        error = self.errors.refusal(response, body)
        landed = bool(response.extensions.get(MAYBE_LANDED))
        if plan.handle is not None and operation.kind == "create":
            answered = yield from self._check_handle(request, plan, error, response, landed)
            if answered:
                return
        if plan.is_write and _leaves_unknown(response):
            raise self._unknown(request, plan, error, response)
        raise error

    def _check_handle(
        self,
        request: httpx.Request,
        plan: Plan,
        error: ProviderError,
        response: httpx.Response,
        landed: bool,
    ) -> Generator[httpx.Request, httpx.Response, bool]:
        """Before a create's refusal is raised: whether an object with its handle exists.

        False when the refusal stands; True when the object found was yielded as the call's
        answer; or the provider's duplicate error or `OutcomeUnknownError` is raised.
        """
        operation = plan.operation
        assert plan.handle is not None
        if operation.lookup is None:
            if operation.is_duplicate(error):  # nothing to check it by: taken at its word
                raise self._duplicate(error, plan, landed)
            if landed and refuses_the_request(error):
                # the earlier try may have made the object, and this refusal be owed to it
                raise self._unknown(request, plan, error, response)
            return False
        if not operation.may_be_done(error):
            return False
        if not landed and plan.generated and not operation.is_duplicate(error):
            return False  # one try, with a handle no other call knows: the refusal is its own
        found = yield from self._look_up(request, plan)
        if found is None:
            return False
        if landed and found.answer is not None:
            yield self._answer(request, operation, found.answer)
            return True
        raise self._duplicate(error, plan, landed)

    def _duplicate(self, error: ProviderError, plan: Plan, landed: bool) -> ProviderError:
        assert plan.handle is not None
        return self.errors.duplicate(
            error,
            handle=plan.handle,
            after_retry=landed,
            lookup=plan.where_to_look,
        )

    def _prepare(self, request: httpx.Request, operation: Operation) -> tuple[httpx.Request, Plan]:
        handle: str | None = None
        generated = False
        if operation.kind == "create" and operation.handle is not None:
            request, handle, generated = self._with_handle(request, operation, operation.handle)
        elif operation.kind == "create" and self.idempotency_key is not None:
            raise InputError(
                "idempotency_key", f"{operation.name} takes no idempotency handle in this API"
            )
        plan = Plan(operation, handle, generated=generated)
        request.extensions = {**request.extensions, PLAN: plan}
        return request, plan

    def _with_handle(
        self, request: httpx.Request, operation: Operation, field: str
    ) -> tuple[httpx.Request, str | None, bool]:
        """The request with its handle, the handle, and whether corridor made it up."""
        try:
            body = money.loads(request.content) if request.content else {}
        except ValueError:
            return request, None, False  # not a JSON body: nothing to make safe, sent as it is
        if not isinstance(body, dict):
            return request, None, False
        given = body.get(field)
        if given is not None:
            if not isinstance(given, str) or not given.strip():
                raise InputError(field, "the idempotency handle must be a non-empty string")
            if self.idempotency_key is not None and self.idempotency_key != given:
                raise InputError("idempotency_key", f"differs from the body's {field} ({given!r})")
            return request, given, False
        handle = self.idempotency_key
        generated = handle is None and operation.generate
        if generated:
            handle = str(uuid.uuid4())
        if handle is None:
            return request, None, False
        body[field] = handle
        headers = httpx.Headers(request.headers)
        headers.pop("Content-Length", None)
        rebuilt = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=money.dumps(body),
            extensions=request.extensions,
        )
        return rebuilt, handle, generated

    def _send(self, request: httpx.Request) -> Flow:
        """Send `request` through the provider's auth; the provider's last answer."""
        if self.inner is None:
            return (yield request)
        flow = self.inner.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return response

    def _look_up(
        self, create: httpx.Request, plan: Plan
    ) -> Generator[httpx.Request, httpx.Response, _Found | None]:
        lookup = plan.operation.lookup
        if lookup is None or plan.handle is None:
            return None
        try:
            body = money.loads(create.content) if create.content else {}
        except ValueError:
            body = {}
        params = {
            name: str(body[name])
            for name in lookup.carry
            if isinstance(body, dict) and body.get(name) is not None
        }
        path = self.base_path.rstrip("/") + lookup.url_path(plan.handle)
        request = httpx.Request(
            lookup.method,
            create.url.copy_with(path=path, query=None, params=params),
            headers={"Accept": "application/json"},
        )
        read = Operation(lookup.operation, "read")
        request.extensions = {PLAN: Plan(read, recovering=plan)}
        response = yield from self._send(request)
        found = decode_body(response)
        if self.errors.refused(response, found):
            status = response.status_code
            if status < 500 and status != 429:
                return None  # not found, or not to be found this way
            # The provider could not answer for now: whether the object exists is unknown.
            raise self._unknown(create, plan, self.errors.refusal(response, found), response)
        if isinstance(found, str):
            return None
        answer = lookup.create_answer(found, plan.handle)
        if lookup.entry is not None and answer is None:
            return None  # the list does not hold it
        return _Found(None if lookup.confirms_only else answer)

    def _answer(self, create: httpx.Request, operation: Operation, body: Any) -> httpx.Request:
        answer = httpx.Response(
            operation.created_status,
            content=money.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )
        return httpx.Request(create.method, create.url, extensions={ANSWER: answer})

    def _unknown(
        self, request: httpx.Request, plan: Plan, error: ProviderError, response: httpx.Response
    ) -> OutcomeUnknownError:
        unknown = OutcomeUnknownError(
            provider=self.provider,
            method=request.method,
            url=str(request.url.copy_with(query=None, userinfo=b"")),
            lookup=plan.where_to_look,
            handle=plan.handle,
            cause=error,
            attempts=int(response.extensions.get("corridor.attempts", 1)),
        )
        unknown.__cause__ = error
        return unknown


def _leaves_unknown(response: httpx.Response) -> bool:
    """Whether a write refused with this answer may still have happened.

    A 503 or 429 says the provider did not take this try, but an earlier try that timed out
    or lost its connection may have landed; any other 5xx may follow a half-done write.
    """
    status = response.status_code
    if status in (429, 503):
        return response.extensions.get(MAYBE_LANDED) is True
    return status >= 500


def _is_text(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("Content-Type", "")
    return content_type.startswith("text/")
