"""Sentbe's money and transfers: quotes, wallet charges, the seven statuses on the clock, refunds,
and the status callback through the engine's delivery service."""

from __future__ import annotations

import json
from decimal import ROUND_UP, Decimal

import httpx
import pytest
from sentbe_calls import TRANSFER_INFO, WALLET_INFO, Sentbe

from corridor.sentbe import parse_callback
from corridor.simulator.sentbe.domain.pricing import BASE_RATE, RATE_SWING

QUOTE = {"transfer_info": TRANSFER_INFO, "wallet_info": WALLET_INFO}


class Listener:
    """The partner's callback URL: records each callback, answers 200 unless told otherwise."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.status = 200

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(request.content)
        return httpx.Response(self.status)

    def statuses(self) -> list[str]:
        return [json.loads(body)["status"] for body in self.bodies]


@pytest.fixture
def listener() -> Listener:
    return Listener()


@pytest.fixture
def sentbe(listener: Listener) -> Sentbe:
    started = Sentbe.start(webhook_transport=httpx.MockTransport(listener.handle))
    started.control.register_webhook_listener("http://partner.example/sentbe_callback")
    started.fund()
    return started


@pytest.fixture
def pair(sentbe: Sentbe) -> tuple[int, int]:
    """A user and an unverified recipient of theirs."""
    user = sentbe.user()
    return user["id"], sentbe.recipient(user["id"])["id"]


def rate(sentbe: Sentbe) -> Decimal:
    return sentbe.simulator.provider.backend.pricing.rates.rate()


# ---- quotes and charges -----------------------------------------------------------------------


def test_the_documented_quote_pays_the_krw_amount_and_a_usd_distribution_cost(
    sentbe: Sentbe,
) -> None:
    # docs/sentbe/api/_check_commission.md:43-64
    quote = sentbe.ok("POST", "/inbound/check_commission", QUOTE)
    assert quote == {
        "transfer_info": {"receive_amount": 1000000, "receive_amount_currency": "KRW"},
        "billing_info": [
            {"amount": 1000000, "currency": "KRW", "desc": "transfer"},
            {"amount": Decimal("2.50"), "currency": "USD", "desc": "distribution cost"},
        ],
    }


def test_charges_in_the_other_wallet_convert_at_the_rate_rounded_up(sentbe: Sentbe) -> None:
    swapped = QUOTE | {"wallet_info": {"transfer_currency": "USD", "fee_currency": "KRW"}}
    billing = sentbe.ok("POST", "/inbound/check_commission", swapped)["billing_info"]
    now = rate(sentbe)
    assert abs(now - BASE_RATE) <= BASE_RATE * RATE_SWING
    transfer_usd = (Decimal(1000000) / now).quantize(Decimal("0.01"), rounding=ROUND_UP)
    fee_krw = (Decimal("2.50") * now).quantize(Decimal(1), rounding=ROUND_UP)
    assert [(item["amount"], item["currency"]) for item in billing] == [
        (transfer_usd, "USD"),
        (fee_krw, "KRW"),
    ]


def test_the_rate_moves_with_the_clock_and_a_quote_follows_it(sentbe: Sentbe) -> None:
    swapped = QUOTE | {"wallet_info": {"transfer_currency": "USD", "fee_currency": "USD"}}
    rates, amounts = set(), set()
    for _ in range(5):
        rates.add(rate(sentbe))
        amounts.add(
            sentbe.ok("POST", "/inbound/check_commission", swapped)["billing_info"][0]["amount"]
        )
        sentbe.control.advance_clock(60)
    assert len(rates) > 1
    assert len(amounts) == len(rates)


def test_a_transfer_is_charged_what_check_commission_quotes_for_the_same_amount(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/api/_create_transfer.md:57-80 (billing_info as in check commission)
    wallets = {"transfer_currency": "USD", "fee_currency": "KRW"}
    quote = sentbe.ok("POST", "/inbound/check_commission", QUOTE | {"wallet_info": wallets})
    before = sentbe.balances()
    transfer = sentbe.transfer(*pair, **wallets)
    assert transfer["billing_info"] == quote["billing_info"]
    usd, krw = (Decimal(item["amount"]) for item in quote["billing_info"])
    assert sentbe.balances() == {"USD": before["USD"] - usd, "KRW": before["KRW"] - krw}


def test_the_transfer_answer_carries_the_documented_fields(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/api/_create_transfer.md:38-52
    info = sentbe.transfer(*pair)["transfer_info"]
    assert info == {
        "user_id": pair[0],
        "recipient_id": pair[1],
        "transfer_id": info["transfer_id"],
        "sender_country": "US",  # the user's nationality
        "receive_amount": 1000000,
        "receive_amount_currency": "KRW",
        "status": "Waiting verification",
        "created_at": "2026-01-05T18:00:00.000+09:00",
    }


@pytest.mark.parametrize("send_amount", ["0", 0, "10000000000001", 10**26, "1.5"])
def test_an_amount_no_payout_can_have_is_refused_before_money_moves(
    sentbe: Sentbe, pair: tuple[int, int], send_amount: object
) -> None:
    # docs/sentbe/api/_create_transfer.md:86 ("transfer_amount must be in integer format")
    before = sentbe.balances()
    params = sentbe.transfer_params(*pair)
    params["transfer_info"] = TRANSFER_INFO | {"send_amount": send_amount}
    status, code = sentbe.refused("POST", "/inbound/transfers", params)
    assert (status, code) == (400, "E0005")  # the spec's SendAmount bounds say so
    assert sentbe.balances() == before


def test_a_transfer_the_wallets_cannot_cover_is_a_low_balance_and_moves_nothing() -> None:
    # docs/sentbe/_errors.md:25
    fresh = Sentbe.start()
    user = fresh.user()
    recipient = fresh.recipient(user["id"])
    fresh.control.credit("KRW", "5000000")  # the transfer, but no USD for the fee
    params = fresh.transfer_params(user["id"], recipient["id"])
    assert fresh.refused("POST", "/inbound/transfers", params) == (409, "E0014")
    assert fresh.balances() == {"USD": Decimal("0.00"), "KRW": Decimal(5000000)}
    assert fresh.ok("GET", "/inbound/transfers") == []


def test_an_external_id_names_one_transfer_per_partner(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/api/_create_transfer.md:13 ("partner's transfer unique id"); _errors.md:24
    sentbe.transfer(*pair, external_id="23")
    before = sentbe.balances()
    params = sentbe.transfer_params(*pair, external_id="23")
    assert sentbe.refused("POST", "/inbound/transfers", params) == (409, "E0013")
    assert sentbe.balances() == before


def test_a_transfer_goes_to_one_of_the_users_own_recipients(sentbe: Sentbe) -> None:
    first, second = sentbe.user(), sentbe.user()
    theirs = sentbe.recipient(second["id"])
    params = sentbe.transfer_params(first["id"], theirs["id"])
    assert sentbe.refused("POST", "/inbound/transfers", params) == (404, "E0002")


# ---- statuses on the clock ----------------------------------------------------------------


def test_a_transfer_waits_for_verification_then_processes_and_completes(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/api/_create_transfer.md:90; docs/sentbe/_callback.md:40-47
    transfer_id = sentbe.transfer(*pair)["transfer_info"]["transfer_id"]
    sentbe.control.advance_clock(3600)
    assert sentbe.status(transfer_id) == "Waiting verification"
    sentbe.control.act("verify-recipient", recipient_id=pair[1])
    assert sentbe.status(transfer_id) == "Processing"
    sentbe.control.advance_clock(119)
    assert sentbe.status(transfer_id) == "Processing"
    sentbe.control.advance_clock(1)
    assert sentbe.status(transfer_id) == "Complete"


def test_a_transfer_to_a_verified_recipient_skips_waiting_verification(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/api/_create_transfer.md:66 (the example answers Processing)
    sentbe.control.act("verify-recipient", recipient_id=pair[1])
    assert sentbe.transfer(*pair)["transfer_info"]["status"] == "Processing"


def test_an_unverified_transfer_expires_after_a_day_and_is_refunded_an_hour_later(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/_callback.md:50-53 (Expired: verification wait timeout; Refunded)
    before = sentbe.balances()
    transfer_id = sentbe.transfer(*pair)["transfer_info"]["transfer_id"]
    sentbe.control.advance_clock(24 * 3600)
    assert sentbe.status(transfer_id) == "Expired"
    assert sentbe.balances() != before
    sentbe.control.advance_clock(3600)
    assert sentbe.status(transfer_id) == "Refunded"
    assert sentbe.balances() == before
    sentbe.control.act("verify-recipient", recipient_id=pair[1])  # too late to matter
    assert sentbe.status(transfer_id) == "Refunded"


def test_an_aml_hold_is_released_or_refunded_by_the_control_api(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/_callback.md:44-45 (AML filtered), 52-53 (Refunded)
    before = sentbe.balances()
    sentbe.control.act("verify-recipient", recipient_id=pair[1])
    held = sentbe.transfer(*pair, external_id="held")["transfer_info"]["transfer_id"]
    freed = sentbe.transfer(*pair, external_id="freed")["transfer_info"]["transfer_id"]
    for transfer_id in (held, freed):
        sentbe.control.act("hold-transfer", transfer_id=transfer_id)
    sentbe.control.advance_clock(600)  # a held transfer does not complete on its own
    assert sentbe.status(held) == sentbe.status(freed) == "AML filtered"
    sentbe.control.act("refund-transfer", transfer_id=held)
    sentbe.control.act("release-transfer", transfer_id=freed)
    sentbe.control.advance_clock(120)
    assert (sentbe.status(held), sentbe.status(freed)) == ("Refunded", "Complete")
    charged = sentbe.ok("GET", f"/inbound/transfers/{freed}")["billing_info"]
    assert sentbe.balances() == {
        "KRW": before["KRW"] - Decimal(charged[0]["amount"]),
        "USD": before["USD"] - Decimal(charged[1]["amount"]),
    }


def test_a_cancelled_transfer_is_refunded_an_hour_later(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/_callback.md:48-49
    before = sentbe.balances()
    transfer_id = sentbe.transfer(*pair)["transfer_info"]["transfer_id"]
    sentbe.control.act("cancel-transfer", transfer_id=transfer_id)
    sentbe.control.act("verify-recipient", recipient_id=pair[1])  # a cancelled one stays so
    assert sentbe.status(transfer_id) == "Canceled"
    sentbe.control.advance_clock(3600)
    assert sentbe.status(transfer_id) == "Refunded"
    assert sentbe.balances() == before


def test_a_change_the_status_does_not_allow_is_an_invalid_transfer_status(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/_errors.md:20
    transfer_id = sentbe.transfer(*pair)["transfer_info"]["transfer_id"]
    for action in ("hold-transfer", "release-transfer", "refund-transfer"):
        with pytest.raises(RuntimeError, match="Waiting verification"):
            sentbe.control.act(action, transfer_id=transfer_id)
    assert sentbe.status(transfer_id) == "Waiting verification"
    with pytest.raises(RuntimeError, match="no transfer 99"):
        sentbe.control.act("cancel-transfer", transfer_id=99)
    with pytest.raises(RuntimeError, match="no action"):
        sentbe.control.act("teleport-transfer", transfer_id=transfer_id)


def test_transfers_are_listed_five_to_a_page_with_their_status(
    sentbe: Sentbe, pair: tuple[int, int]
) -> None:
    # docs/sentbe/api/_check_transfer_status.md:12, 32
    ids = [
        sentbe.transfer(*pair, external_id=f"t{n}")["transfer_info"]["transfer_id"]
        for n in range(6)
    ]
    first = sentbe.ok("GET", "/inbound/transfers")
    assert [t["transfer_info"]["transfer_id"] for t in first] == ids[:5]
    second = sentbe.ok("GET", "/inbound/transfers", {"page": "2"})
    assert [t["transfer_info"]["status"] for t in second] == ["Waiting verification"]


# ---- the status callback --------------------------------------------------------------------


def test_every_status_change_reaches_the_callback_url_and_parses_with_the_access_id(
    sentbe: Sentbe, pair: tuple[int, int], listener: Listener
) -> None:
    # docs/sentbe/_callback.md:14-27 (token, external_id, status), 31 (token = access_id)
    sentbe.transfer(*pair, external_id="23")
    sentbe.control.act("verify-recipient", recipient_id=pair[1])
    sentbe.control.advance_clock(120)
    assert listener.statuses() == ["Waiting verification", "Processing", "Complete"]
    events = [parse_callback(body, "test_id") for body in listener.bodies]
    assert {event.external_id for event in events} == {"23"}
    assert json.loads(listener.bodies[0]) == {
        "token": "test_id",
        "external_id": "23",
        "status": "Waiting verification",
    }


def test_an_unacknowledged_callback_is_retried_on_the_clock_then_given_up(
    sentbe: Sentbe, pair: tuple[int, int], listener: Listener
) -> None:
    # docs/sentbe/_callback.md:35 (the receiver answers 200)
    listener.status = 500
    sentbe.transfer(*pair)
    for minutes in (1, 5, 15, 60, 360):
        sentbe.control.advance_clock(minutes * 60)
    [delivery] = sentbe.control.webhook_deliveries()
    assert delivery["status"] == "failed"
    assert len(delivery["attempts"]) == 6
    assert delivery["event"] == {
        "token": "test_id",
        "external_id": "23",
        "status": "Waiting verification",
    }


def test_the_callback_listener_takes_only_a_url(sentbe: Sentbe) -> None:
    with pytest.raises(RuntimeError, match="unknown settings: publicKey"):
        sentbe.control.register_webhook_listener("http://partner.example/cb", "PEM")


def test_the_books_balance_after_every_branch(sentbe: Sentbe, pair: tuple[int, int]) -> None:
    ids = [
        sentbe.transfer(*pair, external_id=f"b{n}")["transfer_info"]["transfer_id"]
        for n in range(3)
    ]
    sentbe.control.act("cancel-transfer", transfer_id=ids[0])
    sentbe.control.act("verify-recipient", recipient_id=pair[1])
    sentbe.control.act("hold-transfer", transfer_id=ids[1])
    sentbe.control.advance_clock(7200)
    assert [sentbe.status(i) for i in ids] == ["Refunded", "AML filtered", "Complete"]
    assert sentbe.simulator.provider.broken_invariants() == []
