"""The P100 simulator's webhooks: the partner's token, the bare payload, retries on its clock,
and events `corridor.p100.webhooks.receive` accepts."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from itertools import pairwise
from typing import Any

import httpx
import p100_models as models
import pytest
from pydantic import BaseModel

from corridor.p100 import webhooks
from corridor.p100.errors import P100WebhookError
from corridor.simulator.session import SimulatorSession

TOKEN = "whsec-0f3c5e7a9b1d2f4a6c8e0a2b4d6f8a1c"
HOOKS = "http://partner.example/hooks"
NAMES = ("kycFileAdded", "kycVerificationStatus", "partnerSepaTransfer", "cryptoDeposit")


class Listener:
    """A partner's endpoints: one route per webhook, each checking the token with the facade."""

    def __init__(self) -> None:
        self.events: list[tuple[str, BaseModel]] = []
        self.answer: httpx.Response = httpx.Response(200, json={})

    def handle(self, request: httpx.Request) -> httpx.Response:
        kind = request.url.path.rsplit("/", 1)[-1]
        try:
            event = webhooks.receive(request.content, dict(request.headers), TOKEN, expect=kind)
        except P100WebhookError as error:
            return httpx.Response(error.status_code)
        self.events.append((kind, event))
        return self.answer


class Partner:
    def __init__(self, listener: Listener, token: str = TOKEN) -> None:
        self.session = SimulatorSession(
            "p100", webhook_transport=httpx.MockTransport(listener.handle)
        )
        self.simulator = self.session.simulator
        self.control = self.session.control
        self.control.register_webhook_listener(
            HOOKS, token=token, urls={name: f"{HOOKS}/{name}" for name in NAMES}
        )
        self.api = self.session.http

    def post(self, path: str, body: dict[str, Any]) -> Any:
        answer = self.api.post(path, json=body)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def user(self, name: str = "u-1") -> str:
        self.post(
            "/v1/user/balances/crypto-and-fiat",
            {
                "externalUserId": name,
                "citizenship": "PL",
                "hasAcceptedP100Tc": True,
                "firstName": "Jan",
                "lastName": "Nowak",
            },
        )
        return name


@pytest.fixture
def listener() -> Listener:
    return Listener()


@pytest.fixture
def partner(listener: Listener) -> Partner:
    return Partner(listener)


def test_a_kyc_file_is_reported_added_once_handled(partner: Partner, listener: Listener) -> None:
    # docs/p100/webhooks/kyc-file-added.md:19
    user = partner.user()
    partner.post(f"/v1/user/kyc-files/{user}", {})
    assert listener.events == []
    partner.control.advance_clock(5)
    assert listener.events == [
        ("kycFileAdded", models.KycFileAddedEvent(externalUserId=user, status="ADDED"))
    ]


def test_each_hosted_verification_step_is_a_status_webhook(
    partner: Partner, listener: Listener
) -> None:
    # docs/p100/webhooks/kyc-verification-status.md:19-20
    user = partner.user()
    partner.post("/v1/kyc", {"externalUserId": user})
    partner.control.advance_clock(60)
    steps = [
        (event.verification_status.value, event.attempt_status.value)
        for _, event in listener.events
        if isinstance(event, models.KycVerificationStatusEvent)
    ]
    assert steps == [
        ("NOT_VERIFIED", "PENDING"),
        ("NOT_VERIFIED", "VERIFICATION"),
        ("VERIFIED", "SUCCESSFUL"),
    ]


def test_a_partner_sepa_transfer_reports_success_in_full_and_failure_around_its_error(
    partner: Partner, listener: Listener
) -> None:
    # docs/p100/webhooks/partner-sepa-transfer.md:54
    iban = partner.control.credit("eur", "10.00")["senderIban"]
    body = {"currency": "eur", "destinationIban": iban, "transferTitle": "Partner SEPA Transfer"}
    paid = partner.post("/v1/partner/sepa-transfer", body | {"amount": "3.8"})["transferId"]
    failed = partner.post("/v1/partner/sepa-transfer", body | {"amount": 100})["transferId"]
    partner.control.advance_clock(10)
    events = {
        event.id: event
        for kind, event in listener.events
        if isinstance(event, models.PartnerSepaTransferEvent)
    }
    success, failure = events[paid], events[failed]
    assert (success.status, success.amount, success.fee, success.receiver_first_name) == (
        models.SepaTransferOutcome.SUCCESSFUL,
        Decimal("3.80"),
        0,
        None,
    )
    assert success.destination_iban == iban
    # FAILED: a minimal payload around the error, in P100's error shape (docs/p100/ERRORS.md:15)
    assert failure.model_dump(exclude_none=True, by_alias=True).keys() == {"id", "status", "error"}
    assert failure.status == models.SepaTransferOutcome.FAILED
    assert failure.error is not None and failure.error["errorCode"] == "P433"


def test_a_crypto_deposit_is_reported_seen_then_successful(
    partner: Partner, listener: Listener
) -> None:
    # docs/p100/webhooks/crypto-deposit.md:26
    partner.control.act("crypto-deposits", currency="eth", amount="0.001")
    partner.control.advance_clock(30)
    statuses = []
    for kind, event in listener.events:
        assert kind == "cryptoDeposit"
        payload = event.root  # type: ignore[attr-defined]
        assert payload.external_user_id is None  # the partner's own wallet
        statuses.append(payload.status.value)
    assert statuses == ["WAITING_FOR_VERIFICATION", "SUCCESSFUL"]


def test_a_refused_delivery_is_retried_after_8_16_32_and_64_seconds(
    partner: Partner, listener: Listener
) -> None:
    # docs/p100/integration/webhooks.md:18-24
    listener.answer = httpx.Response(503)
    partner.control.act("crypto-deposits", currency="eth", amount="0.001", outcome="UNSUCCESSFUL")
    for seconds in (8, 16, 32, 64, 200):
        partner.control.advance_clock(seconds)
    seen, settled = partner.control.webhook_deliveries()  # on chain, then UNSUCCESSFUL
    assert [seen["payload"]["status"], settled["payload"]["status"]] == [
        "WAITING_FOR_VERIFICATION",
        "UNSUCCESSFUL",
    ]
    first = seen
    moments = [datetime.fromisoformat(attempt["at"]) for attempt in first["attempts"]]
    assert [(b - a).seconds for a, b in pairwise(moments)] == [8, 16, 32, 64]
    assert first["status"] == "failed"
    assert {attempt["outcome"] for attempt in first["attempts"]} == {"listener answered 503"}


@pytest.mark.parametrize("acknowledgement", [b"{}", b"null", b""])
def test_any_200_acknowledges_whatever_its_body(
    partner: Partner, listener: Listener, acknowledgement: bytes
) -> None:
    # docs/p100/webhooks/kyc-file-added.md:32, docs/p100/webhooks/crypto-deposit.md:44
    listener.answer = httpx.Response(200, content=acknowledgement)
    partner.control.credit("eth", "1")
    (delivery,) = partner.control.webhook_deliveries()
    assert (delivery["status"], delivery["type"]) == ("delivered", "cryptoDeposit")
    assert delivery["event"]["status"] == "SUCCESSFUL"


def test_a_wrong_token_is_refused_by_the_partner_and_retried(listener: Listener) -> None:
    # docs/p100/integration/webhooks.md:12
    partner = Partner(listener, token="not-the-partners-token")
    partner.control.credit("eth", "1")
    (delivery,) = partner.control.webhook_deliveries()
    assert delivery["attempts"][0]["outcome"] == "listener answered 401"
    assert delivery["status"] == "pending"
    assert listener.events == []


@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"token": ""},
        {"token": "tok\r\nX-Injected: 1"},
        {"token": "ключ"},
        {"token": "t", "urls": {"exchange": f"{HOOKS}/exchange"}},
        {"token": "t", "urls": {"cryptoDeposit": "not a url"}},
        {"token": "t", "urls": ["cryptoDeposit"]},
    ],
)
def test_a_listener_without_a_usable_token_or_routes_is_refused(settings: dict[str, Any]) -> None:
    http = SimulatorSession("p100", strict=False).anonymous()
    answer = http.put("/_simulator/webhooks/listener", json={"url": HOOKS, **settings})
    assert answer.status_code == 400
    assert "invalid listener" in answer.json()["error"]


def test_p100_webhooks_carry_no_public_key() -> None:
    http = SimulatorSession("p100", strict=False).anonymous()
    assert http.get("/_simulator/webhooks/public-key").status_code == 404
