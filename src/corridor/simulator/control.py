"""The test-only control API under `/_simulator` (its client is `corridor.providers.control`).

Outside every provider's own paths, the same for every provider: move the clock, credit money
from outside (each provider's domain says what a deposit is), register the webhook listener,
fetch the key webhooks are signed with, and inspect deliveries. Providers that send end users
codes show them in an inbox (`GET /_simulator/inbox`), and a provider may add named actions
(`GET /_simulator/actions` lists them, `POST /_simulator/actions/<name>` runs one) for what only
a test can make happen there. Bad control input gets a 400 with
`{"error": ..., "field": ...}`, never a 5xx.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from corridor.providers.control import CONTROL_PREFIX
from corridor.simulator.clock import Clock
from corridor.simulator.definition import (
    ControlAction,
    HasControlActions,
    HasInbox,
    ProviderSimulator,
    Services,
)
from corridor.simulator.delivery import DeliveryFaults, ListenerRefused
from corridor.simulator.domain import DomainError
from corridor.simulator.faults import FaultPlan, FaultRule, FaultSpecError, RateLimit, RateLimiter
from corridor.simulator.wire import JSON, decode_json, encode_json

MAX_CONTROL_BODY = 64 * 1024


class Controlled(Protocol):
    """What the control API drives: the engine's `Simulator`."""

    @property
    def clock(self) -> Clock: ...

    @property
    def services(self) -> Services: ...

    @property
    def provider(self) -> ProviderSimulator: ...

    @property
    def faults(self) -> FaultPlan: ...

    @property
    def rate_limiter(self) -> RateLimiter | None: ...

    def limit_rate(self, limit: RateLimit | bool) -> None: ...

    async def after_answer(self) -> None:
        """Runs once a control answer has been sent, as after any other answer."""


class ControlInputError(Exception):
    def __init__(self, message: str, field: str = "", status: int = 400) -> None:
        super().__init__(message)
        self.message, self.field, self.status = message, field, status


def control_app(simulator: Controlled) -> Starlette:
    """The control API's ASGI app, bound to one simulator."""

    def answer(body: Any, status: int = 200) -> Response:
        return Response(
            encode_json(body),
            status,
            media_type=JSON,
            background=BackgroundTask(simulator.after_answer),
        )

    def guarded(action: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                simulator.services.scheduler.run_due()
                result = await action(request)
                return result if isinstance(result, Response) else answer(result)
            except ControlInputError as error:
                return answer({"error": error.message, "field": error.field}, error.status)
            except DomainError as error:
                return answer({"error": error.message, "field": error.field}, 400)
            except ClientDisconnect:
                return Response(status_code=400)

        return endpoint

    async def clock(request: Request) -> dict[str, Any]:
        return {"now": simulator.clock.now().isoformat()}

    async def advance_clock(request: Request) -> dict[str, Any]:
        seconds = (await _json_object(request)).get("seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float | Decimal):
            raise ControlInputError("seconds must be a non-negative number", "seconds")
        try:
            now = simulator.clock.advance(float(seconds))
        except (ValueError, OverflowError) as error:
            raise ControlInputError(str(error), "seconds") from None
        simulator.services.scheduler.run_due()
        return {"now": now.isoformat()}

    async def deposit(request: Request) -> dict[str, Any]:
        body = await _json_object(request)
        currency = _text(body, "currency")
        try:
            amount = Decimal(str(body.get("amount")))
        except InvalidOperation:
            raise ControlInputError("amount must be a decimal number", "amount") from None
        if not amount.is_finite() or amount <= 0:
            raise ControlInputError("amount must be a positive decimal number", "amount")
        owner = _optional_text(body, "owner")
        sender = _optional_text(body, "sender")
        return simulator.provider.credit(currency, amount, owner, sender)

    async def register_listener(request: Request) -> dict[str, Any]:
        outbox = _outbox()
        body = await _json_object(request)
        url = _text(body, "url")
        settings = {key: value for key, value in body.items() if key != "url"}
        try:
            outbox.register_listener(url, settings)
        except ListenerRefused as error:
            raise ControlInputError(f"invalid listener: {error}") from None
        except httpx.InvalidURL as error:
            raise ControlInputError(f"invalid listener url: {error}", "url") from None
        return {"url": url}

    async def deliveries(request: Request) -> dict[str, Any]:
        return {"deliveries": [event.to_json() for event in _outbox().events()]}

    async def public_key(request: Request) -> Response:
        key = _outbox().wire.verification_key()
        if key is None:
            raise ControlInputError("this provider's webhooks carry no public key", status=404)
        content, media_type = key
        return Response(content, media_type=media_type)

    async def faults(request: Request) -> dict[str, Any]:
        return simulator.faults.to_json()

    async def configure_faults(request: Request) -> dict[str, Any]:
        body = await _json_object(request)
        rules = body.get("rules", [])
        seed = body.get("seed")
        if not isinstance(rules, list):
            raise ControlInputError("rules must be a list of fault rules", "rules")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise ControlInputError("seed must be an integer", "seed")
        try:
            parsed = [_fault_rule(rule) for rule in rules]
            simulator.faults.check(parsed)
        except FaultSpecError as error:
            raise ControlInputError(f"invalid fault rule: {error}", "rules") from None
        # a PUT replaces every fault: delivery left out means perfect delivery again
        delivery = body.get("delivery")
        outbox = simulator.services.outbox
        if delivery is not None and outbox is None:
            raise ControlInputError("this provider sends no webhooks to fault", "delivery")
        try:
            settings = DeliveryFaults.from_json(delivery or {})
        except FaultSpecError as error:
            raise ControlInputError(f"invalid delivery faults: {error}", "delivery") from None
        # everything checked before anything changes
        simulator.faults.configure(parsed, seed)
        if outbox is not None:
            outbox.faults.configure(settings, seed)
        return simulator.faults.to_json()

    async def clear_faults(request: Request) -> dict[str, Any]:
        simulator.faults.configure([])
        if simulator.services.outbox is not None:
            simulator.services.outbox.faults.configure(DeliveryFaults())
        return simulator.faults.to_json()

    async def rate_limit(request: Request) -> dict[str, Any]:
        limiter = simulator.rate_limiter
        return {"enabled": limiter is not None, **(_limit_json(limiter.limit) if limiter else {})}

    async def set_rate_limit(request: Request) -> dict[str, Any]:
        body = await _json_object(request)
        if body.get("requests") is None:
            simulator.limit_rate(True)  # the provider's documented limit
        else:
            requests, seconds = body.get("requests"), body.get("seconds", 1)
            if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
                raise ControlInputError("requests must be a positive integer", "requests")
            if isinstance(seconds, bool) or not isinstance(seconds, int | float | Decimal):
                raise ControlInputError("seconds must be a positive number", "seconds")
            if not 0 < seconds <= 86400:
                raise ControlInputError("seconds must be positive, at most a day", "seconds")
            simulator.limit_rate(RateLimit(requests, float(seconds), "set through the control API"))
        return await rate_limit(request)

    async def clear_rate_limit(request: Request) -> dict[str, Any]:
        simulator.limit_rate(False)
        return await rate_limit(request)

    actions: Mapping[str, ControlAction] = (
        simulator.provider.control_actions()
        if isinstance(simulator.provider, HasControlActions)
        else {}
    )

    async def list_actions(request: Request) -> dict[str, Any]:
        return {
            "actions": [
                {"name": name, "description": action.description}
                for name, action in actions.items()
            ]
        }

    async def run_action(request: Request) -> dict[str, Any]:
        name = request.path_params["name"]
        action = actions.get(name)
        if action is None:
            known = ", ".join(actions) or "none"
            raise ControlInputError(f"no action {name!r} (this simulator has: {known})", status=404)
        return action.run(await _json_object(request))

    def _outbox() -> Any:
        if simulator.services.outbox is None:
            raise ControlInputError("this provider sends no webhooks", status=404)
        return simulator.services.outbox

    async def inbox(request: Request) -> dict[str, Any]:
        provider = simulator.provider
        if not isinstance(provider, HasInbox):
            raise ControlInputError("this provider sends end users no messages", status=404)
        recipient = request.query_params.get("to") or None
        return {"messages": provider.inbox(recipient)}

    async def not_found(request: Request, exc: Exception) -> Response:
        return answer({"error": f"no control endpoint {request.method} {request.url.path}"}, 404)

    routes = [
        Route(f"{CONTROL_PREFIX}/clock", guarded(clock), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/clock/advance", guarded(advance_clock), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/deposits", guarded(deposit), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/webhooks/listener", guarded(register_listener), methods=["PUT"]),
        Route(f"{CONTROL_PREFIX}/webhooks/public-key", guarded(public_key), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/webhooks/deliveries", guarded(deliveries), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/faults", guarded(faults), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/faults", guarded(configure_faults), methods=["PUT"]),
        Route(f"{CONTROL_PREFIX}/faults", guarded(clear_faults), methods=["DELETE"]),
        Route(f"{CONTROL_PREFIX}/rate-limit", guarded(rate_limit), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/rate-limit", guarded(set_rate_limit), methods=["PUT"]),
        Route(f"{CONTROL_PREFIX}/rate-limit", guarded(clear_rate_limit), methods=["DELETE"]),
        Route(f"{CONTROL_PREFIX}/actions", guarded(list_actions), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/actions/{{name}}", guarded(run_action), methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/inbox", guarded(inbox), methods=["GET"]),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})


async def _json_object(request: Request) -> dict[str, Any]:
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_CONTROL_BODY:
            raise ControlInputError(f"the body exceeds {MAX_CONTROL_BODY} bytes", status=413)
    try:
        body = decode_json(raw or b"{}")
    except ValueError as error:
        raise ControlInputError(f"the body is not JSON: {error}") from None
    if not isinstance(body, dict):
        raise ControlInputError("the body must be a JSON object")
    return body


def _fault_rule(rule: Any) -> FaultRule:
    """A rule as JSON, or in the command line's text form (`503=0.2@createPayment`), which is
    what the client sends when a test gives one."""
    if not isinstance(rule, str):
        return FaultRule.from_json(rule)
    try:
        return FaultRule.parse(rule)
    except FaultSpecError as error:
        raise FaultSpecError(
            f"a fault rule is a JSON object, or text such as 503=0.2@createPayment ({error})"
        ) from None


def _limit_json(limit: RateLimit) -> dict[str, Any]:
    return {"requests": limit.requests, "seconds": limit.seconds, "source": limit.source}


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ControlInputError(f"{name} is required (a string)", name)
    return value


def _optional_text(body: dict[str, Any], name: str) -> str | None:
    return None if body.get(name) is None else _text(body, name)
