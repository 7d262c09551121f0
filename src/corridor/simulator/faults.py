"""Failures on demand: what a real provider does on a bad day, seeded and reproducible.

A `FaultPlan` holds rules (a kind, a rate, optionally the operations it applies to) and a seeded
random generator, so the same requests against the same plan meet the same faults. The engine
asks it once per routed request, before the handler runs:

- `500`, `503`: the provider's error shape, from the dialect; nothing happened.
- `429`: the provider's rate-limit answer with `Retry-After`; nothing happened.
- `latency`: the request is held back (fixed, or uniform between two bounds), then handled.
- `reset`: the connection drops before the handler runs; nothing happened.

and the faults that hit after the handler ran and committed, so that it happened and the
caller cannot know:

- `reset-after`: the connection is reset before any of the answer is sent;
- `lost`: the answer is begun, then the connection drops;
- `500-after`: the answer is replaced by the provider's 500;
- `late-answer`: the answer is held back for the rule's delay, past a client's timeout.

(Over a served simulator a reset cannot be made through ASGI: `reset` and `reset-after` cut
the answer off there as `lost` does. In process, a reset is httpx's `ReadError`.)

Every injected fault is logged with the request it hit (`GET /_simulator/faults`), so a test can
assert what really happened. Rate limits (`RateLimit`) count requests per credential in a fixed
window of simulator time.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any


class FaultKind(StrEnum):
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    THROTTLED = "429"
    LATENCY = "latency"
    RESET = "reset"
    RESET_AFTER = "reset-after"
    LOST = "lost"
    SERVER_ERROR_AFTER = "500-after"
    LATE_ANSWER = "late-answer"

    @property
    def committed(self) -> bool:
        """Whether the request's effects happened despite the fault."""
        return self in _AFTER_THE_HANDLER or self is FaultKind.LATENCY

    @property
    def after_the_handler(self) -> bool:
        """Whether the fault hits once the handler has run (and committed what it accepted)."""
        return self in _AFTER_THE_HANDLER

    @property
    def delayed(self) -> bool:
        """Whether a rule of this kind needs a delay."""
        return self in (FaultKind.LATENCY, FaultKind.LATE_ANSWER)


_AFTER_THE_HANDLER = frozenset(
    {FaultKind.RESET_AFTER, FaultKind.LOST, FaultKind.SERVER_ERROR_AFTER, FaultKind.LATE_ANSWER}
)


class ConnectionDropped(Exception):
    """An injected reset or lost answer: the connection drops without a complete answer.

    `reset`: no byte of the answer was sent (a client sees the connection reset); otherwise
    the answer was begun and cut off."""

    def __init__(self, message: str, *, reset: bool = False) -> None:
        super().__init__(message)
        self.reset = reset


class FaultSpecError(ValueError):
    """A fault rule that cannot be understood; the message names the part."""


@dataclass(frozen=True)
class FaultRule:
    kind: FaultKind
    rate: float  # probability per matching request, 0..1
    operations: frozenset[str] = frozenset()  # operationIds; empty means every operation
    delay: tuple[float, float] = (0.0, 0.0)  # latency bounds in seconds (equal: fixed)
    retry_after: int = 1  # seconds, for 429 and 503

    def applies_to(self, operation_id: str) -> bool:
        return not self.operations or operation_id in self.operations

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "rate": self.rate,
            "operations": sorted(self.operations),
            "delay": {"min": self.delay[0], "max": self.delay[1]},
            "retryAfter": self.retry_after,
        }

    @classmethod
    def from_json(cls, data: Any) -> FaultRule:
        if not isinstance(data, Mapping):
            raise FaultSpecError("a fault rule is a JSON object")
        try:
            kind = FaultKind(str(data.get("kind")))
        except ValueError:
            known = ", ".join(kind.value for kind in FaultKind)
            raise FaultSpecError(f"kind must be one of {known}") from None
        rate = _number(data.get("rate", 1), "rate")
        if not 0 <= rate <= 1:
            raise FaultSpecError("rate must be between 0 and 1")
        operations = data.get("operations", [])
        if not isinstance(operations, list) or not all(isinstance(o, str) for o in operations):
            raise FaultSpecError("operations must be a list of operationIds")
        delay = data.get("delay", {})
        if isinstance(delay, int | float | Decimal) and not isinstance(delay, bool):
            delay = {"min": delay, "max": delay}
        if not isinstance(delay, Mapping):
            raise FaultSpecError("delay must be seconds or {min, max}")
        low = _number(delay.get("min", 0), "delay.min")
        high = _number(delay.get("max", low), "delay.max")
        if not 0 <= low <= high <= 60:
            raise FaultSpecError("delay must satisfy 0 <= min <= max <= 60 seconds")
        if kind.delayed and high == 0:
            raise FaultSpecError(f"a {kind.value} rule needs a delay")
        retry_after = _number(data.get("retryAfter", 1), "retryAfter")
        if retry_after != int(retry_after) or not 0 <= retry_after <= 86400:
            raise FaultSpecError("retryAfter must be whole seconds, at most a day")
        return cls(kind, rate, frozenset(operations), (low, high), int(retry_after))

    @classmethod
    def parse(cls, text: str) -> FaultRule:
        """The command line's form: `KIND=RATE[:DELAY][@op1+op2]`, e.g. `503=0.2`,
        `latency=1:50ms`, `latency=0.5:10ms-200ms`, `lost=0.1@createPayment`,
        `late-answer=0.2:100ms`."""
        match = re.fullmatch(r"([\w-]+)=([\d.]+)(?::([\w.\-]+))?(?:@([\w+]+))?", text.strip())
        if match is None:
            raise FaultSpecError(f"{text!r}: expected KIND=RATE[:DELAY][@operation+operation]")
        kind, rate, delay, operations = match.groups()
        data: dict[str, Any] = {"kind": kind, "rate": _number(rate, "rate")}
        if delay:
            low, _, high = delay.partition("-")
            data["delay"] = {"min": _seconds(low), "max": _seconds(high or low)}
        if operations:
            data["operations"] = operations.split("+")
        return cls.from_json(data)


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool):
        raise FaultSpecError(f"{name} must be a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise FaultSpecError(f"{name} must be a number") from None
    if not math.isfinite(number):
        raise FaultSpecError(f"{name} must be a finite number")
    return number


def _seconds(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(ms|s)?", text)
    if match is None:
        raise FaultSpecError(f"{text!r}: a delay is a number with ms or s")
    value = _number(match.group(1), "delay")
    return value / 1000 if match.group(2) == "ms" else value


@dataclass(frozen=True)
class Decision:
    """What the engine does to one request."""

    failure: FaultRule | None = None  # at most one of the kinds other than latency
    delay: float = 0.0  # before the handler runs (latency)
    hold: float = 0.0  # after it ran, before the answer is sent (late-answer)


@dataclass
class InjectedFault:
    number: int
    kind: FaultKind
    operation_id: str
    method: str
    path: str
    at: datetime
    committed: bool  # the request's effects happened (lost answers, late answers)
    status: int | None = None  # what the caller received, if anything

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "kind": self.kind.value,
            "operationId": self.operation_id,
            "method": self.method,
            "path": self.path,
            "at": self.at.isoformat(),
            "committed": self.committed,
            "status": self.status,
        }


@dataclass
class FaultPlan:
    rules: list[FaultRule] = field(default_factory=list)
    seed: int = 0
    log: list[InjectedFault] = field(default_factory=list)
    # the operationIds a rule may name (None: any); a typo would otherwise fault nothing
    operations: frozenset[str] | None = None

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def check(self, rules: Iterable[FaultRule]) -> None:
        """Raise FaultSpecError for a rule naming an operation this simulator does not have."""
        if self.operations is None:
            return
        for rule in rules:
            unknown = sorted(rule.operations - self.operations)
            if unknown:
                raise FaultSpecError(
                    f"no operation {unknown[0]!r} (operationIds are case-sensitive)"
                )

    def configure(self, rules: Iterable[FaultRule], seed: int | None = None) -> None:
        """Replace the rules (and reseed); the log of faults already injected is kept."""
        rules = list(rules)
        self.check(rules)
        self.rules = rules
        if seed is not None:
            self.seed = seed
        self._random = random.Random(self.seed)

    def inject(self, *rules: FaultRule | str, seed: int | None = None) -> None:
        """`plan.inject("503=0.2", "lost=0.1@createPayment")`: replace the rules."""
        self.configure((r if isinstance(r, FaultRule) else FaultRule.parse(r) for r in rules), seed)

    @property
    def active(self) -> bool:
        return bool(self.rules)

    def decide(self, operation_id: str) -> Decision:
        """One draw per matching rule, in order: the first failure drawn wins; latencies add."""
        failure: FaultRule | None = None
        delay = hold = 0.0
        for rule in self.rules:
            if not rule.applies_to(operation_id) or self._random.random() >= rule.rate:
                continue
            if rule.kind is FaultKind.LATENCY:
                delay += self._random.uniform(*rule.delay)
            elif failure is None:
                failure = rule
                if rule.kind is FaultKind.LATE_ANSWER:
                    hold = self._random.uniform(*rule.delay)
        return Decision(failure, delay, hold)

    def record(
        self,
        kind: FaultKind,
        operation_id: str,
        method: str,
        path: str,
        at: datetime,
        status: int | None,
        committed: bool | None = None,
    ) -> None:
        """`committed` defaults to what the kind implies (a lost answer: the handler ran)."""
        number = len(self.log) + 1
        happened = kind.committed if committed is None else committed
        self.log.append(
            InjectedFault(number, kind, operation_id, method, path, at, happened, status)
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "rules": [rule.to_json() for rule in self.rules],
            "injected": [fault.to_json() for fault in self.log],
        }


@dataclass(frozen=True)
class RateLimit:
    """At most `requests` per credential in each window of `seconds` of simulator time."""

    requests: int
    seconds: float
    source: str = ""  # where the figure comes from (the docs page, or "corridor's default")


# For providers whose docs give no limit: generous enough for any functional test suite.
DEFAULT_RATE_LIMIT = RateLimit(100, 1.0, "corridor's default: the provider's docs give none")


class RateLimiter:
    """Fixed windows of simulator time, counted per credential."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._counts: dict[str, tuple[int, int]] = {}  # credential -> (window, requests)

    def admit(self, credential: str, now: datetime) -> int | None:
        """None when the request may go ahead, else the seconds until the window ends."""
        position = now.timestamp() / self.limit.seconds
        window = math.floor(position)
        current, count = self._counts.get(credential, (window, 0))
        if current != window:
            count = 0
        if count >= self.limit.requests:
            return max(1, math.ceil((window + 1 - position) * self.limit.seconds))
        self._counts[credential] = (window, count + 1)
        return None
