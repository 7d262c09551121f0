"""Targets for the parity tests: simulators served on loopback, one of them with deliberate
behavioural differences, and things at a URL that are not a usable API."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import httpx
import uvicorn

from corridor.simulator import simulate
from corridor.simulator.dialect import Answer, Call
from corridor.simulator.engine import Simulator
from tests.served import free_port

# What the SettleGo variant does differently, as the parity report must list it:
# (scenario, step, aspect, where, simulator, target)
DELIBERATE = {
    ("reference data", "currency", "status", "", "200", "203"),
    ("beneficiaries", "read", "missing field", "$.bankName", "string", "absent"),
    (
        "payment lifecycle",
        "read by externalId",
        "enum value",
        "$.paymentStatus",
        "pending",
        "on_hold (not in the spec's enum)",
    ),
    (
        "payment lifecycle",
        "statuses",
        "status sequence",
        "",
        "pending → processing → released → completed",
        "pending → released → processing → completed",
    ),
    ("linked clients", "webhooks", "webhooks", "", "CLICRE", "none"),
}

SWAPPED = {"processing": "released", "released": "processing"}


def target(provider: str, **options: Any) -> Simulator:
    """A simulator to serve as a parity target: its webhooks answered at once in process (a
    delivery attempt to a real socket costs a connection and a TLS context each)."""
    return simulate(provider, webhook_transport=_answered_at_once(), **options)


def _answered_at_once() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200))


def settlego_variant(**options: Any) -> Simulator:
    """SettleGo's simulator with the differences of `DELIBERATE`: another status, a missing
    field, an undocumented enum value, two statuses in the other order, a webhook not sent."""
    built: dict[str, Simulator] = {}

    def original(operation: str, call: Call) -> Answer:
        return built["simulator"].provider.handlers[operation](call)

    def another_status(call: Call) -> Answer:
        return replace(original("getCurrency", call), status=203)

    def without_bank_name(call: Call) -> Answer:
        answer = original("getBeneficiary", call)
        return replace(answer, body={k: v for k, v in answer.body.items() if k != "bankName"})

    def on_hold(call: Call) -> Answer:
        answer = original("getPaymentByExternalId", call)
        return replace(answer, body={**answer.body, "paymentStatus": "on_hold"})

    def swapped(call: Call) -> Answer:
        answer = original("getPayment", call)
        status = answer.body.get("paymentStatus") if isinstance(answer.body, dict) else None
        if status not in SWAPPED:
            return answer
        return replace(answer, body={**answer.body, "paymentStatus": SWAPPED[status]})

    handlers: Mapping[str, Callable[[Call], Answer]] = {
        "getCurrency": another_status,
        "getBeneficiary": without_bank_name,
        "getPaymentByExternalId": on_hold,
        "getPayment": swapped,
    }
    simulator = simulate(
        "settlego", handlers=handlers, webhook_transport=_answered_at_once(), **options
    )
    built["simulator"] = simulator
    outbox = simulator.services.outbox
    assert outbox is not None
    emit = outbox.emit

    def without_client_created(event_type: str, payload: dict[str, Any]) -> None:
        if event_type != "CLICRE":
            emit(event_type, payload)

    outbox.emit = without_client_created  # type: ignore[method-assign]
    return simulator


@contextmanager
def serving(app: Any, base_path: str = "") -> Iterator[str]:
    """`app` served by uvicorn on a free loopback port, in a thread: its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}{base_path}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


async def not_an_api(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """A web page at every path: what a base URL pointing at a website answers."""
    if scope["type"] != "http":
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/html; charset=utf-8")],
        }
    )
    await send({"type": "http.response.body", "body": b"<html><body>Welcome</body></html>"})
