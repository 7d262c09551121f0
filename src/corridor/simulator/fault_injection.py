"""The fault plan and the rate limit, put in the way of one routed request.

What can go wrong, and the log of what did, is `faults.py`; this is where it happens to a
request: a rate limit answers 429 before anything runs; the plan's decision delays the request,
refuses it in the provider's shape (500, 503, 429), resets the connection before the handler,
or lets the handler run and commit, then drops, replaces or delays its answer. Injected answers
skip strict mode's contract check, since no spec lists the failures a test asks for.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from corridor.simulator.clock import Clock
from corridor.simulator.dialect import Reason, Refusal
from corridor.simulator.faults import (
    ConnectionDropped,
    Decision,
    FaultKind,
    FaultPlan,
    RateLimiter,
)
from corridor.simulator.pipeline import CompiledOperation, Pipeline
from corridor.simulator.wire import WireRequest, WireResponse


def throttled(
    pipeline: Pipeline,
    limiter: RateLimiter,
    clock: Clock,
    compiled: CompiledOperation,
    request: WireRequest,
) -> WireResponse | None:
    """The provider's rate-limit answer, with `Retry-After`, when the request's credentials
    have used up their window; None when it may go on."""
    credential = "|".join(
        value for scheme in compiled.schemes if (value := request.headers.get(scheme.header))
    )
    wait = limiter.admit(credential, clock.now())
    if wait is None:
        return None
    limit = limiter.limit
    message = f"more than {limit.requests} requests in {limit.seconds:g} s; retry later"
    refusal = Refusal(Reason.RATE_LIMITED, message, operation=compiled.operation, retry_after=wait)
    return with_retry_after(pipeline.dialect.refuse(refusal), wait)


async def under_faults(
    pipeline: Pipeline,
    plan: FaultPlan,
    clock: Clock,
    compiled: CompiledOperation,
    request: WireRequest,
) -> WireResponse:
    """The request under the fault plan."""
    operation = compiled.operation
    decision = plan.decide(operation.operation_id or "")
    if decision.delay:
        await asyncio.sleep(decision.delay)
    failure = decision.failure
    now = clock.now()
    where = (operation.operation_id or "", request.method, request.path, now)
    if failure is None:
        answer = pipeline.handle(compiled, request)
        if decision.delay:
            accepted = answer.status < 400
            plan.record(FaultKind.LATENCY, *where, answer.status, committed=accepted)
        return answer
    if failure.kind is FaultKind.RESET:
        plan.record(failure.kind, *where, None)
        raise ConnectionDropped(f"injected reset before {operation.label}", reset=True)
    if failure.kind.after_the_handler:
        return await _after_the_handler(pipeline, plan, compiled, request, decision, where)
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
    answer = pipeline.dialect.refuse(refusal)
    if retry_after is not None:
        answer = with_retry_after(answer, retry_after)
    plan.record(failure.kind, *where, answer.status)
    return answer


async def _after_the_handler(
    pipeline: Pipeline,
    plan: FaultPlan,
    compiled: CompiledOperation,
    request: WireRequest,
    decision: Decision,
    where: tuple[str, str, str, datetime],
) -> WireResponse:
    """The handler runs; then its answer is dropped, replaced by a 500, or sent late."""
    assert decision.failure is not None
    kind = decision.failure.kind
    label = compiled.operation.label
    answer = pipeline.handle(compiled, request)
    # committed only if the request was accepted: a refused one changed nothing
    accepted = answer.status < 400
    if kind is FaultKind.LATE_ANSWER:
        plan.record(kind, *where, answer.status, committed=accepted)
        await asyncio.sleep(decision.hold)
        return answer
    if kind is FaultKind.SERVER_ERROR_AFTER:
        message = "internal error (injected, after the request was processed)"
        refusal = Refusal(Reason.SERVER_ERROR, message, operation=compiled.operation)
        failed = pipeline.dialect.refuse(refusal)
        plan.record(kind, *where, failed.status, committed=accepted)
        return failed
    plan.record(kind, *where, None, committed=accepted)
    if kind is FaultKind.RESET_AFTER:
        raise ConnectionDropped(f"injected reset after {label} was handled", reset=True)
    raise ConnectionDropped(f"injected loss of the answer to {label}")


def with_retry_after(answer: WireResponse, seconds: int) -> WireResponse:
    headers = {**answer.headers, "Retry-After": str(seconds)}
    return WireResponse(answer.status, answer.body, answer.media_type, headers)
