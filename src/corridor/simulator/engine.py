"""The provider-independent simulator engine: spec in, ASGI app out.

`Simulator` assembles one provider's simulator: the shared services (clock, scheduler, seeded
ids, outbox), the provider's parts (`definition.py`), the request pipeline compiled from its
spec (`pipeline.py`), the fault plan and rate limit (`faults.py`, put in a request's way by
`fault_injection.py`) and the control API (`control.py`). It is the ASGI application: a request
is read off the wire (`asgi.py`: path, headers, query, a body within the dialect's size limit,
413 past it), routed, throttled, put under the fault plan and answered, and whatever became due
(webhook deliveries) runs once the answer has been sent.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Protocol

import httpx
from starlette.types import Message, Receive, Scope, Send

from corridor.providers.control import CONTROL_PREFIX
from corridor.simulator import asgi, draws, fault_injection
from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.control import control_app
from corridor.simulator.definition import (
    Handler,
    Ids,
    ProviderSimulator,
    Services,
    SimulatorDefinition,
    WorldState,
)
from corridor.simulator.delivery import Outbox
from corridor.simulator.faults import (
    ConnectionDropped,
    FaultPlan,
    FaultRule,
    RateLimit,
    RateLimiter,
)
from corridor.simulator.pipeline import READS, CompiledOperation, Pipeline
from corridor.simulator.wire import WireRequest, WireResponse
from corridor.spec import load_spec


class WorldRecorder(Protocol):
    """Told of every change to a simulator's world, before the answer that made it is sent."""

    def request(
        self,
        operation_id: str | None,
        request: WireRequest | None,
        at: datetime,
        drawn: list[draws.Drawn],
    ) -> None:
        """An API request that may have changed the world (None, None: only time passed)."""

    def control(self, request: WireRequest, at: datetime, drawn: list[draws.Drawn]) -> None:
        """A control API request that changed the world."""

    async def durable(self) -> None:
        """Return once every change told so far is kept (its answer may then be sent)."""


class Simulator:
    """A provider's simulator: `simulator.app` is the ASGI application. Made fresh from its
    options, or around a world's `state` restored from a snapshot (whose clock, seeds, faults
    and rate limit then stand in for the options')."""

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
        state: WorldState | None = None,
        **options: Any,
    ) -> None:
        self.rate_limiter: RateLimiter | None = None
        if state is None:
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
            self.limit_rate(rate_limit)
        else:
            # a restored world (`snapshot.py`): its clock, seeds, faults and limit are its own
            self.services, self.provider = state.services, state.provider
            self.clock, self.faults = state.services.clock, state.faults
            self.rate_limiter = state.rate_limiter
            if state.services.outbox is not None:
                state.services.outbox.transport = webhook_transport
        self.dialect = self.provider.dialect
        spec = definition.spec
        self.pipeline = Pipeline(
            load_spec(spec) if isinstance(spec, str) else spec,
            self.dialect,
            {**self.provider.handlers, **(handlers or {})},
            self.services.scheduler,
            strict=strict,
        )
        self.faults.operations = frozenset(self.operations)
        if state is None:
            self.faults.inject(*faults)
        self._control: Any = None  # built on the first control request: most worlds never make one
        self.app = self  # the ASGI application
        # Served, a simulator holds its state for hours: see `_keep_state_out_of_collections`.
        self.freeze_every: int | None = None
        self.recorder: WorldRecorder | None = None
        self.replaying = False

    @property
    def spec(self) -> Mapping[str, Any]:
        return self.pipeline.spec

    @property
    def base_path(self) -> str:
        return self.pipeline.base_path

    @property
    def operations(self) -> dict[str, CompiledOperation]:
        return self.pipeline.operations

    @property
    def strict(self) -> bool:
        return self.pipeline.strict

    @property
    def spec_title(self) -> str:
        return self.pipeline.spec_title

    def limit_rate(self, limit: RateLimit | bool) -> None:
        """Enforce `limit`, or the provider's documented one (True), or none (False)."""
        if limit is False:
            self.rate_limiter = None
        else:
            self.rate_limiter = RateLimiter(self.dialect.rate_limit if limit is True else limit)

    # ---- ASGI -----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await asgi.lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            await self._control_call(scope, receive, send)
            return
        try:
            answer = await self._answer(scope, receive)
        except ConnectionDropped:
            await asgi.send_dropped(send)
            await self.after_answer()
            raise
        if answer is not None:
            if self.recorder is not None:
                await self.recorder.durable()
            await asgi.send_answer(send, answer)
            await self.after_answer()

    async def _control_call(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._control is None:
            self._control = control_app(self)
        recorder = self.recorder
        if recorder is None:
            await self._control(scope, receive, send)
            return
        # a change the control API accepted is recorded as the request that made it, at the
        # time its body was in (the change is made then), before its answer goes out
        at, ran = [self.clock.now()], self.services.scheduler.ran
        chunks: list[bytes] = []

        async def receiving() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                at[0] = self.clock.now()
            return message

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                if scope["method"] not in READS:
                    request = WireRequest(
                        scope["method"],
                        asgi.request_path(scope),
                        asgi.request_headers(scope),
                        asgi.request_query(scope),
                        b"".join(chunks),
                        {},
                    )
                    recorder.control(request, at[0], drawn)
                elif self.services.scheduler.ran != ran:
                    recorder.request(None, None, at[0], drawn)
                await recorder.durable()
            await send(message)

        with draws.recording() as drawn:
            await self._control(scope, receiving, sending)

    def record_with(self, recorder: WorldRecorder | None) -> None:
        """Tell `recorder` of every change from now on (a state file's journal)."""
        self.recorder = recorder
        self.pipeline.recorder = None if recorder is None else recorder.request

    async def after_answer(self) -> None:
        """Whatever became due (webhook deliveries) runs once the answer has been sent; not
        while a journal is replayed, which only rebuilds state."""
        if self.replaying:
            return
        # counted over every simulator of the process: a server's worlds share its collector
        global _answered
        _answered += 1
        if self.freeze_every and _answered % self.freeze_every == 0:
            _keep_state_out_of_collections()
        outbox = self.services.outbox
        work = outbox.due_work() if outbox is not None else None
        if work is not None:
            await work()

    async def _answer(self, scope: Scope, receive: Receive) -> WireResponse | None:
        path = asgi.request_path(scope)
        routed = self.pipeline.route(scope["method"], path, asgi.request_segments(scope))
        if isinstance(routed, WireResponse):
            return routed
        compiled, path_params = routed
        headers = asgi.request_headers(scope)
        limit = self.dialect.max_body_bytes
        try:
            body = await asgi.read_body(receive, headers, limit)
        except asgi.BodyTooLarge:
            return self.pipeline.too_large(compiled, limit)
        if body is None:
            return None  # the client went away mid-body: nothing was done, no one to answer
        query = asgi.request_query(scope)
        request = WireRequest(scope["method"], path, headers, query, body, path_params)
        if self.rate_limiter is not None:
            throttled = fault_injection.throttled(
                self.pipeline, self.rate_limiter, self.clock, compiled, request
            )
            if throttled is not None:
                return throttled
        if not self.faults.active:
            return self.pipeline.handle(compiled, request)
        return await fault_injection.under_faults(
            self.pipeline, self.faults, self.clock, compiled, request
        )

    # ---- without HTTP ---------------------------------------------------------------------

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
        return self.pipeline.dispatch(method, path, headers=headers, query=query, body=body)

    def handle(self, compiled: CompiledOperation, request: WireRequest) -> WireResponse:
        """Answer one request that was routed to `compiled`."""
        return self.pipeline.handle(compiled, request)


_answered = 0  # answers sent by every simulator of this process


def _keep_state_out_of_collections() -> None:
    """A full garbage collection walks every object alive: at 100,000 stored objects it stalls
    a request for over a second. State that survived this long is moved out of the collector's
    reach (`gc.freeze`) after the young generations are collected, so later full collections
    only walk what was made since. Garbage cycles already in the oldest generation stay
    uncollected; there are few, as a request's own garbage dies young."""
    gc.collect(1)
    gc.freeze()
