"""Outbound delivery of webhooks and callbacks: an outbox, a retry schedule, a provider's signer.

Domain code emits events (a type and a payload). When a listener is registered the outbox keeps
each event until the listener acknowledges it, or the provider's retry schedule gives up. What
an attempt looks like on the wire (envelope, signature headers, what counts as an
acknowledgement) is the provider's `WebhookWire`, which reuses the facade's own signing and
verification code. Attempts run after an answer has been sent, on the simulator clock: an
attempt falls due, and runs on the next request or clock advance.
"""

from __future__ import annotations

import asyncio
import heapq
import json
import random
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

import httpx

from corridor.simulator.clock import Clock
from corridor.simulator.faults import FaultSpecError

DELIVERY_TIMEOUT_SECONDS = 10.0


class ListenerRefused(ValueError):
    """The listener settings sent to the control API cannot be used; the message says why."""


@dataclass(frozen=True)
class Attempt:
    """One POST of an event: its body and headers, and what must come back."""

    body: bytes
    headers: Mapping[str, str]
    expect: Any = None  # what the wire needs to judge the answer (e.g. the nonce it sent)
    url: str | None = None  # where this event goes when the provider routes events by type


class WebhookWire(Protocol):
    """A provider's webhook format and signing."""

    def listener(self, settings: Mapping[str, Any]) -> Any:
        """The provider's listener settings (keys, tokens) from the control API's JSON, or
        raise ListenerRefused."""

    def attempt(self, event: Event, listener: Any) -> Attempt:
        """The request one attempt sends (a fresh nonce per attempt where the provider does)."""

    def acknowledged(self, response: httpx.Response, attempt: Attempt, listener: Any) -> str:
        """ "" when `response` acknowledges the attempt, otherwise why it does not."""

    def verification_key(self) -> tuple[bytes, str] | None:
        """What a listener verifies signatures with (content, media type), if it is public."""


class RetrySchedule(Protocol):
    def next_attempt(self, first: datetime, attempts: int, now: datetime) -> datetime | None:
        """When to try again after `attempts` failed attempts, or None to give up."""


@dataclass(frozen=True)
class EveryInterval:
    """Retry every `interval` until `give_up_after` has passed since the first attempt."""

    interval: timedelta
    give_up_after: timedelta

    def next_attempt(self, first: datetime, attempts: int, now: datetime) -> datetime | None:
        upcoming = now + self.interval
        return upcoming if upcoming <= first + self.give_up_after else None


@dataclass(frozen=True)
class Backoff:
    """Retry after each of `delays` in turn, then give up."""

    delays: tuple[timedelta, ...]

    def next_attempt(self, first: datetime, attempts: int, now: datetime) -> datetime | None:
        return now + self.delays[attempts - 1] if attempts <= len(self.delays) else None


@dataclass(frozen=True)
class DeliveryFaults:
    """Imperfect delivery, as real providers deliver: each rate is per event.

    - `duplicate`: an acknowledged event is sent once more, `delay` seconds later (a new
      attempt, signed afresh, with the same event id);
    - `late`: the first attempt waits `delay` seconds, so events emitted after it arrive first;
    - `fail_first`: the first attempt reaches the listener but counts as failed (as if its
      acknowledgement timed out), so the retry schedule sends it again.
    """

    duplicate: float = 0.0
    late: float = 0.0
    fail_first: float = 0.0
    delay: float = 60.0  # seconds of simulator time

    @classmethod
    def from_json(cls, data: Any) -> DeliveryFaults:
        if not isinstance(data, Mapping):
            raise FaultSpecError("delivery faults are a JSON object")
        unknown = set(data) - {"duplicate", "late", "failFirst", "delay"}
        if unknown:
            raise FaultSpecError(f"unknown delivery faults: {', '.join(sorted(unknown))}")
        values = {}
        for key, name in (
            ("duplicate", "duplicate"),
            ("late", "late"),
            ("failFirst", "fail_first"),
        ):
            rate = data.get(key, 0)
            if isinstance(rate, bool) or not isinstance(rate, int | float | Decimal):
                raise FaultSpecError(f"{key} must be a number between 0 and 1")
            if not 0 <= rate <= 1:
                raise FaultSpecError(f"{key} must be between 0 and 1")
            values[name] = float(rate)
        delay = data.get("delay", 60)
        if isinstance(delay, bool) or not isinstance(delay, int | float | Decimal):
            raise FaultSpecError("delay must be seconds")
        if not 0 <= delay <= 86400:
            raise FaultSpecError("delay must be between 0 and 86400 seconds")
        return cls(delay=float(delay), **values)

    def to_json(self) -> dict[str, Any]:
        return {
            "duplicate": self.duplicate,
            "late": self.late,
            "failFirst": self.fail_first,
            "delay": self.delay,
        }


class DeliveryFaultPlan:
    """The delivery faults in force, and the seeded draws that apply them."""

    def __init__(self) -> None:
        self.settings = DeliveryFaults()
        self._random = random.Random(0)

    def configure(self, settings: DeliveryFaults, seed: int | None = None) -> None:
        self.settings = settings
        if seed is not None:
            self._random = random.Random(seed)

    def draw(self, rate: float) -> bool:
        return rate > 0 and self._random.random() < rate


@dataclass
class Event:
    id: str
    type: str
    payload: dict[str, Any]
    status: str = "pending"  # pending -> sending -> delivered | failed (or pending again)
    attempts: list[dict[str, str]] = field(default_factory=list)
    first_attempt_at: datetime | None = None
    last_body: bytes = b""
    duplicated: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "attempts": self.attempts,
            "payload": self.payload,
            # the last body sent, as the listener saw it
            "event": json.loads(self.last_body) if self.last_body else None,
        }


class Outbox:
    """Events waiting for delivery, by the time their next attempt is due."""

    def __init__(
        self,
        clock: Clock,
        wire: WebhookWire,
        schedule: RetrySchedule,
        new_id: Callable[[], str],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.clock = clock
        self.wire = wire
        self.schedule = schedule
        self.transport = transport
        self._new_id = new_id
        self._listener: tuple[str, Any] | None = None
        # what the listener was registered with: the wire's form of it may not pickle
        self._listener_settings: dict[str, Any] = {}
        self._events: dict[str, Event] = {}
        self._due: list[tuple[datetime, int, str]] = []
        self._queued = 0  # how many attempts were ever queued: ties go in queueing order
        self.faults = DeliveryFaultPlan()

    def register_listener(self, url: str, settings: Mapping[str, Any]) -> None:
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ListenerRefused("url must be an absolute http(s) URL")
        self._listener = (str(parsed), self.wire.listener(settings))
        self._listener_settings = dict(settings)

    def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        """Queue an event; without a registered listener there is no one to tell."""
        if self._listener is None:
            return
        event = Event(self._new_id(), event_type, payload)
        self._events[event.id] = event
        due = self.clock.now()
        if self.faults.draw(self.faults.settings.late):
            due += timedelta(seconds=self.faults.settings.delay)
        self._queue(due, event)

    def _queue(self, due: datetime, event: Event) -> None:
        self._queued += 1
        heapq.heappush(self._due, (due, self._queued, event.id))

    def events(self) -> list[Event]:
        return list(self._events.values())

    def due_work(self) -> Callable[[], Awaitable[None]] | None:
        """Claim the events due now (so no two tasks send one), as one job to run later."""
        now = self.clock.now()
        claimed: list[Event] = []
        while self._due and self._due[0][0] <= now:
            event = self._events[heapq.heappop(self._due)[2]]
            event.status = "sending"
            claimed.append(event)
        if not claimed:
            return None

        async def deliver() -> None:
            for event in claimed:
                await self._deliver(event)

        return deliver

    async def _deliver(self, event: Event) -> None:
        now = self.clock.now()
        if event.first_attempt_at is None:
            event.first_attempt_at = now
        outcome = "no listener registered"
        if self._listener is not None:
            outcome = await self._attempt(event, *self._listener)
        faults = self.faults
        first = not event.attempts
        if outcome == "acknowledged" and first and faults.draw(faults.settings.fail_first):
            outcome = "acknowledged, but counted as a timeout (injected)"
        event.attempts.append({"at": now.isoformat(), "outcome": outcome})
        if outcome == "acknowledged":
            event.status = "delivered"
            if not event.duplicated and faults.draw(faults.settings.duplicate):
                event.duplicated = True  # sent once more, as a provider's retry would be
                again = now + timedelta(seconds=faults.settings.delay)
                self._queue(again, event)
            return
        upcoming = self.schedule.next_attempt(event.first_attempt_at, len(event.attempts), now)
        if upcoming is None:
            event.status = "failed"
            return
        event.status = "pending"
        self._queue(upcoming, event)

    def __getstate__(self) -> dict[str, Any]:
        """The outbox without what belongs to this process: the transport (the restoring
        simulator gives its own) and the wire's form of the listener (made again from its
        settings). An event claimed for an attempt that has not finished is due again at once:
        that attempt dies with the process, and a listener may see it twice, as webhooks are
        delivered at least once."""
        state = self.__dict__.copy()
        state["transport"] = None
        url = None if self._listener is None else self._listener[0]
        state["_listener"] = url
        sending = [event for event in self._events.values() if event.status == "sending"]
        if sending:
            now = self.clock.now()
            due = list(self._due)
            queued = self._queued
            for event in sending:
                queued += 1
                heapq.heappush(due, (now, queued, event.id))
            state["_due"], state["_queued"] = due, queued
            state["_events"] = {
                event_id: replace(event, status="pending") if event.status == "sending" else event
                for event_id, event in self._events.items()
            }
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        url = state.pop("_listener")
        self.__dict__.update(state)
        self._listener = None
        if url is not None:
            self._listener = (url, self.wire.listener(self._listener_settings))

    async def _attempt(self, event: Event, url: str, listener: Any) -> str:
        attempt = self.wire.attempt(event, listener)
        event.last_body = attempt.body
        try:
            if self.transport is None:
                response = await _network_client().post(
                    attempt.url or url, content=attempt.body, headers=attempt.headers
                )
            else:
                async with httpx.AsyncClient(
                    transport=self.transport, timeout=DELIVERY_TIMEOUT_SECONDS
                ) as client:
                    response = await client.post(
                        attempt.url or url, content=attempt.body, headers=attempt.headers
                    )
        except Exception as error:
            # httpx wraps most ways a listener can go away (httpx.HTTPError), not all: a TLS
            # connection cut mid-record surfaces as the ssl.SSLError underneath. Either way the
            # attempt failed and the schedule retries it; nothing is raised into the server.
            return f"listener unreachable: {type(error).__name__}"
        if response.status_code != 200:
            return f"listener answered {response.status_code}"
        try:
            refused = self.wire.acknowledged(response, attempt, listener)
        except Exception as error:  # an answer that cannot be judged acknowledges nothing
            return f"acknowledgement unreadable: {type(error).__name__}"
        return f"acknowledgement rejected: {refused}" if refused else "acknowledged"


# One client per event loop for deliveries over the network: a client made per attempt built a
# TLS context each time, which under load cost more than the delivery. Kept per loop, as a
# client's connections belong to the loop that opened them.
_NETWORK_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
    weakref.WeakKeyDictionary()
)


def _network_client() -> httpx.AsyncClient:
    loop = asyncio.get_running_loop()
    client = _NETWORK_CLIENTS.get(loop)
    if client is None:
        client = httpx.AsyncClient(timeout=DELIVERY_TIMEOUT_SECONDS)
        _NETWORK_CLIENTS[loop] = client
    return client
