"""The SettleGo simulator signs its webhooks, checks the nonce answer and retries on its clock."""

from __future__ import annotations

import json
import ssl
from collections.abc import AsyncIterator

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from corridor.providers.control import SimulatorControl
from corridor.settlego.webhooks import (
    acknowledge,
    load_public_key,
    parse_event,
    receive,
    sign,
)
from corridor.simulator.session import SimulatorSession

PARTNER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
PARTNER_PEM = (
    PARTNER_KEY.public_key()
    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    .decode()
)


class Listener:
    """A partner's webhook endpoint: verifies each event and answers as told."""

    def __init__(self) -> None:
        self.simulator_key: rsa.RSAPublicKey | None = None
        self.events: list[object] = []
        self.answer = "acknowledge"  # or "fail", "wrong nonce", "gone" or "deep"

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert self.simulator_key is not None
        event = receive(request.content, request.headers, self.simulator_key)
        self.events.append(event)
        if self.answer == "fail":
            return httpx.Response(500)
        if self.answer == "gone":
            return httpx.Response(200, stream=CutShort())
        if self.answer == "deep":  # correctly signed, and nested deeper than any parser goes
            body = b"[" * 100_000 + b"]" * 100_000
            return httpx.Response(
                200, content=body, headers={"DigitalSignature": sign(body, PARTNER_KEY)}
            )
        ack = acknowledge(event, PARTNER_KEY)
        if self.answer == "wrong nonce":  # correctly signed, but echoing another nonce
            body = json.dumps({"nonce": "not-it"}).encode()
            return httpx.Response(
                200, content=body, headers={"DigitalSignature": sign(body, PARTNER_KEY)}
            )
        return httpx.Response(200, content=ack.body, headers=ack.headers)


class CutShort(httpx.AsyncByteStream):
    """An answer whose TLS connection goes away mid-body: the ssl.SSLError underneath is one of
    the ways a vanished listener surfaces that httpx does not wrap in its own errors."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"non'
        raise ssl.SSLError(1, "[SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC] bad record mac")


def start(listener: Listener) -> tuple[SimulatorControl, httpx.Client]:
    """A simulator whose webhooks reach `listener`, its control API, and a logged-in client."""
    session = SimulatorSession("settlego", webhook_transport=httpx.MockTransport(listener.handle))
    control = session.control
    listener.simulator_key = load_public_key(control.webhook_public_key())
    control.register_webhook_listener("http://partner.example/hooks", PARTNER_PEM)
    return control, session.http


def test_events_are_signed_typed_and_acknowledged_with_the_nonce() -> None:
    listener = Listener()
    control, api = start(listener)
    api.post("/currency-accounts", json={"currency": "GBP"})
    control.credit("GBP", "25")
    types = [type(event).__name__ for event in listener.events]
    assert types == ["CurrencyAccountCreatedEvent", "PayInStatusUpdateEvent"]
    assert {d["status"] for d in control.webhook_deliveries()} == {"delivered"}
    # settlego-api.txt:6738: a pay-in's status is sent capitalised
    assert listener.events[1].payload.status == "Completed"  # type: ignore[attr-defined]


def test_a_failed_delivery_is_retried_fifteen_minutes_later() -> None:
    listener = Listener()
    listener.answer = "fail"
    control, api = start(listener)
    api.post("/currency-accounts", json={"currency": "EUR"})
    [delivery] = control.webhook_deliveries()
    assert (delivery["status"], len(delivery["attempts"])) == ("pending", 1)
    listener.answer = "acknowledge"
    control.advance_clock(14 * 60)
    assert len(listener.events) == 1  # not yet: no sooner than 15 minutes
    control.advance_clock(60)
    [delivery] = control.webhook_deliveries()
    assert (delivery["status"], len(delivery["attempts"])) == ("delivered", 2)


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        ("gone", "listener unreachable: SSLError"),
        ("deep", "acknowledgement unreadable: RecursionError"),
    ],
)
def test_a_listener_that_goes_away_mid_answer_is_a_failed_attempt_retried_on_schedule(
    answer: str, outcome: str
) -> None:
    """Whatever a listener does to its connection or its answer, the attempt failed: it is
    retried 15 minutes later, and no exception reaches the server (a served simulator logged
    "Exception in ASGI application" and never retried the event)."""
    listener = Listener()
    listener.answer = answer
    control, api = start(listener)
    assert api.post("/currency-accounts", json={"currency": "EUR"}).status_code == 200
    [delivery] = control.webhook_deliveries()
    assert (delivery["status"], delivery["attempts"][0]["outcome"]) == ("pending", outcome)
    listener.answer = "acknowledge"
    control.advance_clock(15 * 60)
    [delivery] = control.webhook_deliveries()
    assert (delivery["status"], len(delivery["attempts"])) == ("delivered", 2)


def test_a_wrong_nonce_is_a_failed_attempt_and_retrying_stops_after_24_hours() -> None:
    listener = Listener()
    listener.answer = "wrong nonce"
    control, api = start(listener)
    api.post("/currency-accounts", json={"currency": "USD"})
    for _ in range(24 * 4 + 2):
        control.advance_clock(15 * 60)
    [delivery] = control.webhook_deliveries()
    assert delivery["status"] == "failed"
    assert "nonce" in delivery["attempts"][0]["outcome"]
    assert len(delivery["attempts"]) == 24 * 4 + 1
    event = parse_event(json.dumps(delivery["event"]).encode())
    assert type(event).__name__ == "CurrencyAccountCreatedEvent"


def test_a_linked_client_is_announced_when_created_and_again_when_active() -> None:
    # settlego-api.txt:6494 (CLICRE) and :6599 (CLISUP, client status update)
    listener = Listener()
    control, api = start(listener)
    client = {"email": "co@example.com", "primaryPhoneCountry": "GB", "primaryPhoneNumber": "1"}
    created = api.post("/clients", json=client).json()
    control.advance_clock(5 * 60)
    types = [type(event).__name__ for event in listener.events]
    assert types == ["ClientCreatedEvent", "ClientStatusUpdateEvent"]
    statuses = [event.payload.status for event in listener.events]  # type: ignore[attr-defined]
    assert statuses == ["pending", "active"]
    assert {event.payload.id for event in listener.events} == {created["id"]}  # type: ignore[attr-defined]
