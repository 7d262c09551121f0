"""Running a provider's scenarios against one side, the target or a fresh simulator.

Each side keeps its own answers: a `Ref` is resolved against the answers of the side the
request goes to, so each side is asked about the ids it assigned itself. A step whose input
cannot be resolved there (an earlier step was refused) is not sent, and its observation says
why. Webhooks are read, per scenario, from a side's control API where it has one.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import httpx

from corridor.command_errors import TargetError
from corridor.parity.scenarios import Act, Fund, ParityPlan, Ref, Request, Scenario, Tagged, Wait
from corridor.providers.control import ControlRefusedError, SimulatorControl
from corridor.providers.harness import Signed

WEBHOOKS = "webhooks"  # the step name of a scenario's webhooks


class Unresolved(Exception):
    """A step's input refers to an answer this side does not have."""


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str  # lower-cased, without parameters; "" when none was given
    retry_after: str | None
    body: Any  # decoded JSON (numbers with a fraction as Decimal, keeping their digits)
    text: str  # the start of an answer that is not JSON


@dataclass(frozen=True)
class Observation:
    """What one step of one scenario came to on one side."""

    scenario: str
    step: str
    operation: str
    answer: Answer | None = None
    missing: str | None = None  # why there is no answer
    sequence: tuple[str, ...] | None = None  # a wait's statuses, in order
    events: tuple[Mapping[str, Any], ...] | None = None  # a scenario's webhooks: type, payload
    setup: bool = False  # funding: done only where a control API is
    note: str = ""  # how the step was run on this side (polled in real time, ...)


@dataclass
class Side:
    """One side of a comparison: the API signed in, and its control API if it has one."""

    name: str  # "simulator" or "target"
    http: httpx.Client  # on the API's base URL
    signed: Signed
    spec: Mapping[str, Any]
    control: SimulatorControl | None = None
    remote: bool = False  # a 429 from a remote target ends the run (a rate-limited target)
    poll_seconds: float = 60.0  # real time to poll a wait for, where there is no clock
    # a cassette's recorder labels each exchange with its step; its player says how many
    # exchanges of a step it still holds (so a replayed poll stops where the recording did)
    # signs in again: a session a provider ended (it expired while a wait moved the clock)
    sign_in: Callable[[], Signed] | None = None
    on_step: Callable[[str], None] | None = None
    recorded_polls: Callable[[str], int] | None = None
    answers: dict[str, Answer] = field(default_factory=dict)


def run_plan(plan: ParityPlan, side: Side, tag: str) -> list[Observation]:
    listening: str | None = None  # why webhooks cannot be read, or None when they can
    if plan.listener is not None:
        listening = _listen(side, plan.listener())
    observations: list[Observation] = []
    for scenario in plan.scenarios:
        side.answers.clear()
        before: list[dict[str, Any]] | str = (
            _deliveries(side, scenario.name) if listening is None else listening
        )
        observations.extend(_run_scenario(scenario, side, tag))
        if plan.listener is None:
            continue
        after = _deliveries(side, scenario.name) if isinstance(before, list) else before
        if isinstance(before, list) and isinstance(after, list):
            events = tuple(
                {"type": str(event.get("type")), "payload": event.get("payload")}
                for event in after[len(before) :]
            )
            observations.append(Observation(scenario.name, WEBHOOKS, WEBHOOKS, events=events))
        else:
            reason = after if isinstance(after, str) else str(before)
            observations.append(Observation(scenario.name, WEBHOOKS, WEBHOOKS, missing=reason))
    return observations


# Deliveries go nowhere (the discard port of loopback): parity reads which events a side sent
# from its control API's delivery log, which records each one whatever the listener answers.
LISTENER_URL = "http://127.0.0.1:9/parity-listener"

# how a control API call can fail: unreachable, refused, or an answer that is not the control
# API's (a replayed cassette that holds something else)
CONTROL_FAILURES = (httpx.HTTPError, ControlRefusedError, ValueError, KeyError, TypeError)


def _listen(side: Side, settings: Mapping[str, Any]) -> str | None:
    if side.control is None:
        return "no webhook log to read (no control API)"
    _label(side, "listener")
    try:
        side.control.register_webhook_listener(LISTENER_URL, **settings)
    except CONTROL_FAILURES as error:
        return f"the webhook listener could not be registered ({_reason(error)})"
    return None


def _deliveries(side: Side, scenario: str) -> list[dict[str, Any]] | str:
    """The side's webhook log, or why it cannot be read."""
    assert side.control is not None
    _label(side, f"{scenario} / {WEBHOOKS}")
    try:
        deliveries = side.control.webhook_deliveries()
    except CONTROL_FAILURES as error:
        return f"the webhook log could not be read ({_reason(error)})"
    if not isinstance(deliveries, list) or not all(isinstance(d, dict) for d in deliveries):
        return "the webhook log is not a list of deliveries"
    return deliveries


def _reason(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _run_scenario(scenario: Scenario, side: Side, tag: str) -> Iterator[Observation]:
    for step in scenario.steps:
        if isinstance(step, Fund | Act):
            yield _set_up(scenario, step, side)
        elif isinstance(step, Wait):
            yield _wait(scenario, step, side, tag)
        else:
            yield _request(scenario, step, side, tag)


def _set_up(scenario: Scenario, step: Fund | Act, side: Side) -> Observation:
    """Funding or a control action: done through a control API, left out without one."""
    kind = "fund" if isinstance(step, Fund) else step.action
    if side.control is None:
        return Observation(scenario.name, step.name, kind, missing="no control API", setup=True)
    label = f"{scenario.name} / {step.name}"
    try:
        if isinstance(step, Fund):
            owner = resolve(step.owner, side.answers, "")
            _label(side, label)
            side.control.credit(step.currency, step.amount, owner=owner)
        else:
            fields = resolve(dict(step.fields), side.answers, "")
            _label(side, label)
            side.control.act(step.action, **fields)
    except (Unresolved, *CONTROL_FAILURES) as error:
        return Observation(scenario.name, step.name, kind, missing=_reason(error), setup=True)
    return Observation(scenario.name, step.name, kind, setup=True, note="done")


def _request(scenario: Scenario, step: Request, side: Side, tag: str) -> Observation:
    try:
        answer = send(step, side, tag, label=f"{scenario.name} / {step.name}")
    except Unresolved as error:
        return Observation(scenario.name, step.name, step.operation, missing=str(error))
    except httpx.HTTPError as error:
        missing = f"no answer: {_reason(error)}"
        return Observation(scenario.name, step.name, step.operation, missing=missing)
    side.answers[step.name] = answer
    return Observation(scenario.name, step.name, step.operation, answer=answer)


def _wait(scenario: Scenario, step: Wait, side: Side, tag: str) -> Observation:
    label = f"{scenario.name} / {step.name}"
    sequence: list[str] = []
    last: Answer | None = None
    elapsed = 0.0
    started = time.monotonic()
    if side.control is not None:
        note = f"clock advanced {step.every:g} s at a time"
    elif side.recorded_polls is not None:
        note = "polls replayed as recorded"
    else:
        note = f"polled every {step.every:g} s in real time, for at most {side.poll_seconds:g} s"
    while True:
        try:
            answer = send(step.read, side, tag, label=label)
        except (Unresolved, httpx.HTTPError) as error:
            if last is None:
                return Observation(
                    scenario.name, step.name, step.read.operation, missing=_reason(error)
                )
            note += f"; polling stopped: {_reason(error)}"
            break
        last = answer
        found = _at(answer.body, step.status)
        status = f"(no {step.status})" if found is None else str(found)
        if not sequence or sequence[-1] != status:
            sequence.append(status)
        if status in step.final or elapsed >= step.seconds:
            break
        if side.control is not None:
            _label(side, label)
            try:
                side.control.advance_clock(step.every)
            except CONTROL_FAILURES as error:
                note += f"; the clock could not be advanced: {_reason(error)}"
                break
        elif side.recorded_polls is not None:
            if side.recorded_polls(label) == 0:
                break
        else:
            if time.monotonic() - started + step.every > side.poll_seconds:
                note += (
                    f"; polling ended at {time.monotonic() - started:.0f} s, before a final status"
                )
                break
            time.sleep(step.every)
        elapsed += step.every
    side.answers[step.name] = last
    return Observation(
        scenario.name,
        step.name,
        step.read.operation,
        answer=last,
        sequence=tuple(sequence),
        note=note,
    )


def send(step: Request, side: Side, tag: str, *, label: str) -> Answer:
    """One request of `step` on `side`; `label` names it in a cassette."""
    method, template, security = operation_route(side.spec, step.operation)
    path = template
    for name, value in step.path.items():
        text = str(resolve(value, side.answers, tag))
        path = path.replace("{" + name + "}", quote(text, safe=""))
    query = {
        name: str(value)
        for name, value in resolve(dict(step.query), side.answers, tag).items()
        if value is not None
    }
    headers: dict[str, str] = {}
    if step.signed:
        for scheme in security:
            headers.update(side.signed.get(scheme, {}))
    headers.update({k: str(v) for k, v in resolve(dict(step.headers), side.answers, tag).items()})
    body = resolve(step.json, side.answers, tag)
    content = None if step.json is None else json.dumps(body, default=str).encode()
    if content is not None:
        headers.setdefault("Content-Type", "application/json")
    _label(side, label)
    response = side.http.request(method, path, params=query, headers=headers, content=content)
    if response.status_code == 401 and step.signed and security and side.sign_in is not None:
        side.signed = side.sign_in()
        for scheme in security:
            headers.update(side.signed.get(scheme, {}))
        response = side.http.request(method, path, params=query, headers=headers, content=content)
    answer = _answer(response)
    if side.remote and answer.status == 429:
        wait = f" (Retry-After: {answer.retry_after})" if answer.retry_after else ""
        raise TargetError(
            f"the target is rate limiting corridor's requests{wait}; run parity again later "
            "or with a higher limit on the sandbox"
        )
    return answer


def _answer(response: httpx.Response) -> Answer:
    media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    try:
        body = json.loads(response.content, parse_float=Decimal) if response.content else None
        text = ""
    except (ValueError, RecursionError):
        body, text = None, response.content[:200].decode("utf-8", "replace")
    return Answer(response.status_code, media_type, response.headers.get("retry-after"), body, text)


def operation_route(spec: Mapping[str, Any], operation_id: str) -> tuple[str, str, list[str]]:
    """(method, path template, security scheme names) of an operation of the spec."""
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                alternatives = operation.get("security", spec.get("security", [])) or [{}]
                return method.upper(), path, list(alternatives[0])
    raise KeyError(f"no operation {operation_id!r} in the spec")


def resolve(value: Any, answers: Mapping[str, Answer], tag: str) -> Any:
    if isinstance(value, Ref):
        if value.step not in answers:
            raise Unresolved(f"not sent: step {value.step!r} has no answer on this side")
        found = _at(answers[value.step].body, value.pointer)
        if found is None:
            raise Unresolved(
                f"not sent: the answer of {value.step!r} has nothing at {value.pointer!r}"
            )
        return found
    if isinstance(value, Tagged):
        return value.template.replace("{run}", tag)
    if isinstance(value, dict):
        return {key: resolve(item, answers, tag) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [resolve(item, answers, tag) for item in value]
    return value


def _at(document: Any, pointer: str) -> Any:
    """The value at a JSON pointer, or None where there is none."""
    if pointer == "":
        return document
    for token in pointer.lstrip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(document, dict):
            document = document.get(token)
        elif isinstance(document, list) and token.isdigit() and int(token) < len(document):
            document = document[int(token)]
        else:
            return None
    return document


def _label(side: Side, name: str) -> None:
    if side.on_step is not None:
        side.on_step(name)
