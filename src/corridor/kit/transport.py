"""The httpx transport under every facade client: retries, and no raw httpx exception.

It sits below the provider's auth (which signs each request), so a retry resends exactly the
signed request. For each request it takes the `Plan` the facade's flow attached (or, for a
request the flow did not prepare, such as a login, the operation it carries), retries what is
safe to retry with tenacity, and turns what httpx raises into `TransportError` or, for a write
that may have happened, `OutcomeUnknownError`.

One object serves `httpx.Client` and `httpx.AsyncClient` (both take the same `httpx_args`),
so sync and async calls share one policy: `handle_request` and `handle_async_request` drive
the same `_Attempts` bookkeeping with tenacity's `Retrying` and `AsyncRetrying`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NoReturn

import httpx

from corridor.errors import CorridorError, OutcomeUnknownError, TransportError, TransportKind
from corridor.kit.operations import ANSWER, PLAN, Plan, operation_of
from corridor.kit.retries import (
    Retries,
    RetryableAnswer,
    async_retrying,
    retrying,
)

ATTEMPTS = "corridor.attempts"  # response extension: how many tries the answer took
MAYBE_LANDED = "corridor.maybe_landed"  # response extension: an earlier try may have landed


def _classify(error: Exception) -> tuple[TransportKind, bool]:
    """The kind of a transport failure, and whether the request certainly never arrived."""
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return ("timeout" if isinstance(error, httpx.TimeoutException) else "connect"), True
    if isinstance(error, httpx.ProxyError | httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return "connect", True
    if isinstance(error, httpx.TimeoutException):
        return "timeout", False
    if isinstance(error, httpx.RemoteProtocolError):
        return "protocol", False
    return "network", False


def _is_transport_failure(error: BaseException) -> bool:
    return isinstance(error, httpx.RequestError | OSError) and not isinstance(
        error, httpx.UnsupportedProtocol | httpx.LocalProtocolError | httpx.ProxyError
    )


@dataclass
class _Attempts:
    """One request's tries: what may be retried, and what the failures so far imply."""

    plan: Plan
    policy: Retries
    tries: int = 0
    maybe_landed: bool = False
    statuses: frozenset[int] = field(init=False)

    def __post_init__(self) -> None:
        self.statuses = self.policy.statuses

    def judge(self, response: httpx.Response) -> httpx.Response:
        """Raise `RetryableAnswer` for an answer worth another try, else pass it on."""
        status = response.status_code
        if status in self.statuses and (status == 429 or self.plan.idempotent):
            if status != 429:
                self.maybe_landed = True
            raise RetryableAnswer(response)
        return response

    def retryable(self, error: BaseException) -> bool:
        if isinstance(error, RetryableAnswer):
            return True
        if not _is_transport_failure(error):
            return False
        _, never_arrived = _classify(error) if isinstance(error, Exception) else ("network", False)
        if not never_arrived:
            self.maybe_landed = True
        return never_arrived or self.plan.idempotent

    def finish(self, response: httpx.Response) -> httpx.Response:
        response.extensions = {
            **response.extensions,
            ATTEMPTS: self.tries,
            MAYBE_LANDED: self.maybe_landed,
        }
        return response

    def failure(self, error: Exception, request: httpx.Request, provider: str) -> CorridorError:
        kind, never_arrived = _classify(error)
        url = str(request.url.copy_with(query=None, userinfo=b""))
        transport = TransportError(
            kind,
            str(error) or type(error).__name__,
            provider=provider,
            method=request.method,
            url=url,
            may_have_been_processed=not never_arrived,
            attempts=self.tries,
        )
        transport.__cause__ = error
        plan = self.plan.recovering or self.plan
        if plan is not self.plan or (plan.is_write and (self.maybe_landed or not never_arrived)):
            unknown = OutcomeUnknownError(
                provider=provider,
                method=request.method,
                url=url,
                lookup=plan.where_to_look,
                handle=plan.handle,
                cause=transport,
                attempts=self.tries,
            )
            return unknown
        return transport

    def raise_failure(self, error: Exception, request: httpx.Request, provider: str) -> NoReturn:
        failure = self.failure(error, request, provider)
        cause = failure.cause if isinstance(failure, OutcomeUnknownError) else error
        raise failure from cause


class RetryingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retries and error translation around an inner transport (sync, async, or both)."""

    def __init__(
        self,
        *,
        provider: str,
        policy: Retries,
        inner: httpx.BaseTransport | None = None,
        async_inner: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.provider = provider
        self.policy = policy
        self._inner = inner
        self._async_inner = async_inner

    def with_policy(self, policy: Retries) -> RetryingTransport:
        """The same transport (same connection pools) with another retry policy."""
        return RetryingTransport(
            provider=self.provider,
            policy=policy,
            inner=self._inner,
            async_inner=self._async_inner,
        )

    def _attempts(self, request: httpx.Request) -> _Attempts:
        plan = request.extensions.get(PLAN)
        if not isinstance(plan, Plan):
            plan = Plan(operation_of(request))
        return _Attempts(plan, self.policy)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        local = request.extensions.get(ANSWER)
        if isinstance(local, httpx.Response):
            return local
        if self._inner is None:
            raise TypeError("this client's transport serves async calls only")
        inner = self._inner
        attempts = self._attempts(request)

        def once() -> httpx.Response:
            attempts.tries += 1
            response = inner.handle_request(request)
            try:
                response.read()  # a timeout or dropped connection mid-body fails this try
            finally:
                response.close()
            return attempts.judge(response)

        try:
            response = retrying(self.policy, attempts.retryable)(once)
        except RetryableAnswer as last:
            response = last.response
        except (httpx.RequestError, OSError) as error:
            attempts.raise_failure(error, request, self.provider)
        return attempts.finish(response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        local = request.extensions.get(ANSWER)
        if isinstance(local, httpx.Response):
            return local
        if self._async_inner is None:
            raise TypeError("this client's transport serves sync calls only")
        inner = self._async_inner
        attempts = self._attempts(request)

        async def once() -> httpx.Response:
            attempts.tries += 1
            response = await inner.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
            return attempts.judge(response)

        try:
            response: httpx.Response = await async_retrying(self.policy, attempts.retryable)(once)
        except RetryableAnswer as last:
            response = last.response
        except (httpx.RequestError, OSError) as error:
            attempts.raise_failure(error, request, self.provider)
        return attempts.finish(response)

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()

    async def aclose(self) -> None:
        if self._async_inner is not None:
            await self._async_inner.aclose()
