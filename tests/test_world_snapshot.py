"""A world's state survives a snapshot: restored, it answers, moves on the clock, delivers and
numbers new objects exactly as the world it was taken from."""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from functools import partial
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from p100_world import World
from sentbe_calls import Sentbe
from settlego_calls import SettleGoCalls
from sfox_wire import SFoxWire, individual

from corridor.providers.p100.credentials import DEFAULT_API_KEY as DEFAULT_P100_KEY
from corridor.simulator import Simulator, simulate
from corridor.simulator.clock import DEFAULT_START, Clock, Scheduler
from corridor.simulator.faults import RateLimit
from corridor.simulator.session import SimulatorSession
from corridor.simulator.snapshot import (
    FORMAT,
    MAGIC,
    SnapshotError,
    capture,
    rebuild,
    restore,
)
from corridor.simulator.store import OwnedBy, Records
from tests.settlego_calls import beneficiary_body

PARTNER_PEM = (
    rsa.generate_private_key(public_exponent=65537, key_size=2048)
    .public_key()
    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    .decode()
)
PAGE = {"pageNumber": 1, "pageSize": 100}
_QUOTE = {
    "sellCurrency": "GBP",
    "buyCurrency": "EUR",
    "fixedSide": "sell",
    "amount": "100.00",
    "conversionDate": "2026-01-05",
}


class Listener:
    """A webhook endpoint that records what reaches it and answers `status`."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.received: list[tuple[str, Any]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if isinstance(body, dict):
            body.pop("nonce", None)  # fresh per attempt from `secrets`, by design
        self.received.append((str(request.url), body))
        return httpx.Response(self.status)


def restored(name: str, simulator: Simulator, **options: Any) -> Simulator:
    return rebuild(name, restore(capture(simulator)), strict=True, **options)


def outbox(simulator: Simulator) -> list[tuple[Any, ...]]:
    box = simulator.services.outbox
    if box is None:
        return []
    return [(e.id, e.type, e.status, e.payload, e.attempts) for e in box.events()]


def pending(simulator: Simulator) -> list[tuple[Any, str]]:
    return [
        (due, getattr(action, "__qualname__", "?"))
        for due, action, _ in simulator.services.scheduler.pending()
    ]


def read_json(answer: httpx.Response) -> Any:
    assert answer.status_code == 200, answer.text
    return answer.json()


def same_world(
    first: Simulator, second: Simulator, reads: list[tuple[Callable[[], Any], Callable[[], Any]]]
) -> list[Any]:
    """Both worlds answer every read alike, hold the same pending changes and deliveries and
    keep their books; the answers, for the caller to check what they say."""
    seen = [read() for read, _ in reads]
    assert [read() for _, read in reads] == seen
    assert pending(second) == pending(first)
    assert outbox(second) == outbox(first)
    assert second.clock.now() == first.clock.now()
    assert first.provider.broken_invariants() == second.provider.broken_invariants() == []
    return seen


def twin_session(name: str, original: SimulatorSession, simulator: Simulator) -> httpx.Client:
    """A raw client on `simulator` holding `original`'s credentials: a restored world knows the
    sessions and tokens its original handed out."""
    session = SimulatorSession(name, simulator=simulator, sign_in=False)
    session.http.headers.update(original.http.headers)
    return session.http


# ---- SettleGo ---------------------------------------------------------------------------------


def test_a_restored_settlego_world_answers_settles_and_delivers_as_the_original() -> None:
    hooks_a, hooks_b = Listener(503), Listener(503)
    a = SettleGoCalls(webhook_transport=httpx.MockTransport(hooks_a.handle))
    a.control.register_webhook_listener("http://partner.example/hooks", PARTNER_PEM)
    a.post("/currency-accounts", {"currency": "GBP"})
    a.post("/currency-accounts", {"currency": "EUR"})
    a.control.credit("GBP", "1000.00")
    beneficiary = a.post("/beneficiaries", _beneficiary("ben-1")).json()
    payment = a.post("/payments", _payment(beneficiary["id"])).json()
    quote = a.post("/conversions/quotes", _QUOTE).json()
    conversion = a.post(
        "/conversions", {"quoteId": quote["id"], "termAgreement": "true", "externalId": "c-1"}
    ).json()
    linked = a.post(
        "/clients",
        {"email": "co@example.com", "primaryPhoneCountry": "GB", "primaryPhoneNumber": "1"},
    ).json()
    assert len(a.simulator.services.scheduler) >= 3  # payment, settlement, review pending
    assert {event[2] for event in outbox(a.simulator)} == {"pending"}  # the listener said 503

    copy = restored("settlego", a.simulator, webhook_transport=httpx.MockTransport(hooks_b.handle))
    b = twin_session("settlego", a.session, copy)
    paired = [
        (
            partial(_get, a.http, path, query),
            partial(_get, b, path, query),
        )
        for path, query in (
            (f"/payments/{payment['id']}", {}),
            (f"/conversions/{conversion['id']}", {}),
            (f"/clients/{linked['id']}", {}),
            ("/currency-accounts", PAGE),
            ("/beneficiaries", PAGE),
        )
    ]
    before = same_world(a.simulator, copy, paired)
    assert before[0]["paymentStatus"] == "pending"
    assert before[1]["status"] != "completed"

    hooks_a.received.clear()
    for simulator in (a.simulator, copy):
        simulator.clock.advance(6 * 3600)  # past the review, the cut-off and every status
    a.login()
    b_session = SimulatorSession("settlego", simulator=copy, sign_in=False)
    b_session.sign_in()
    b.headers.update(b_session.http.headers)
    after = same_world(a.simulator, copy, paired)
    assert after[0]["paymentStatus"] == "completed"
    assert after[1]["status"] == "completed"
    assert after[2]["status"] == "active"
    # the retries the listener refused, and the changes' own events, fall due in both alike
    assert hooks_b.received == hooks_a.received and hooks_a.received
    new_a = a.post("/beneficiaries", _beneficiary("ben-2")).json()["id"]
    new_b = b.post("/beneficiaries", json=_beneficiary("ben-2")).json()["id"]
    assert new_a == new_b  # the seeded ids go on from where the snapshot left them


def _get(client: httpx.Client, path: str, query: dict[str, Any] | None = None) -> Any:
    return read_json(client.get(path, params=query))


def _beneficiary(external_id: str) -> dict[str, Any]:
    return beneficiary_body(externalId=external_id)


def _payment(beneficiary_id: str) -> dict[str, Any]:
    return {
        "currency": "GBP",
        "amount": 100.10,
        "paymentDate": "2026-01-05",
        "paymentType": "standard",
        "reasonCode": "goods",
        "beneficiaryId": beneficiary_id,
        "paymentReference": "INV-1",
    }


# ---- sFOX -------------------------------------------------------------------------------------


def test_a_restored_sfox_world_answers_processes_and_numbers_as_the_original() -> None:
    a = SFoxWire()
    token = a.user("u1")
    a.control.credit("usd", "100", owner="u1")
    atx_id = a.control.act("withdrawal", user_id="u1", currency="usd", amount="40")["atx_id"]
    confirm = {"otp": a.codes("u1")[-1], "atx_id": atx_id}
    assert a.as_user(token, "POST", "/v1/user/withdraw/confirm", json=confirm).status_code == 200
    a.register(individual("u2"))
    a.control.credit("eth", "1", owner="u2")
    assert a.transfer("u2", "t1").status_code == 201
    done = a.partner(
        "POST",
        "/v1/enterprise/transfer/confirm",
        json={"transfer_id": "t1", "otp": a.codes("u2")[-1]},
    )
    assert done.json()["data"]["transfer_status_code"] == "COMPLETE"
    assert len(a.simulator.services.scheduler) == 2  # the withdrawal and the settlement

    b = SFoxWire(simulator=restored("sfox", a.simulator))
    paired = [
        (partial(_sfox_history, a), partial(_sfox_history, b)),
        (partial(_sfox_books, a), partial(_sfox_books, b)),
    ]
    before = same_world(a.simulator, b.simulator, paired)
    assert before[0][0]["atx_status_charged"] != 1200
    assert before[1][:2] == (Decimal("60"), Decimal("40"))  # the withdrawal is still held

    for side in (a, b):
        side.control.advance_clock(30 * 60)
    after = same_world(a.simulator, b.simulator, paired)
    assert after[0][0]["atx_status_charged"] == 1200
    assert after[1][:2] == (Decimal("60"), Decimal("0"))  # processed: gone from the books
    assert len(b.simulator.services.scheduler) == 0
    numbered = [
        side.control.act("withdrawal", user_id="u1", currency="usd", amount="1")["atx_id"]
        for side in (a, b)
    ]
    assert numbered[0] == numbered[1] > atx_id


def _sfox_history(side: SFoxWire) -> Any:
    return read_json(side.partner("GET", "/v1/enterprise/transfer/history"))["data"]


def _sfox_books(side: SFoxWire) -> tuple[Decimal, ...]:
    return side.balance("u1", "usd") + side.balance("u2", "eth") + side.balance(None, "eth")


# ---- P100 -------------------------------------------------------------------------------------


def test_a_restored_p100_world_reviews_settles_and_delivers_as_the_original() -> None:
    hooks_a, hooks_b = Listener(503), Listener(503)
    a = World(webhook_transport=httpx.MockTransport(hooks_a.handle))
    a.control.register_webhook_listener("http://partner.example/p100", token="hook-token")
    a.user("user-1")
    a.ok("POST", "/v1/user/balances/crypto-and-fiat", json={"externalUserId": "user-2", **_JAN})
    a.ok("POST", "/v1/kyc", json={"externalUserId": "user-2"})  # reviewed on the clock
    a.control.credit("eth", "10")
    lock = a.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    body = {"amount": 10, "currencyFrom": "eth", "currencyTo": "eur", "lockId": lock["lockId"]}
    a.ok("POST", "/v1/partner/exchange", json=body)
    assert len(a.simulator.services.scheduler) >= 3
    assert outbox(a.simulator) and {e[2] for e in outbox(a.simulator)} == {"pending"}

    copy = restored("p100", a.simulator, webhook_transport=httpx.MockTransport(hooks_b.handle))
    b = twin_session("p100", a.session, copy)
    paired = [
        (partial(_get, a.api, path), partial(_get, b, path))
        for path in ("/v1/partner/balances", "/v1/kyc/status/user-2", "/v1/user/balances/user-1")
    ]
    before = same_world(a.simulator, copy, paired)
    assert before[1]["verificationStatus"] != "VERIFIED"

    hooks_a.received.clear()
    for simulator in (a.simulator, copy):
        simulator.clock.advance(3600)
    for client in (a.api, b):
        client.get("/v1/partner/balances")  # due changes run, then due deliveries go out
    after = same_world(a.simulator, copy, paired)
    assert after[1]["verificationStatus"] == "VERIFIED"
    eur = next(x for x in after[0]["fiatBalances"] if x["name"] == "eur")
    assert Decimal(str(eur["amount"])) > 0  # the exchange completed in both
    assert hooks_b.received == hooks_a.received and hooks_a.received
    created = []
    for client in (a.api, b):
        client.post("/v1/user/verification", json={"externalUserId": "user-2"})
        created.append(_get(client, "/v1/user/balances/user-2"))
    assert created[0] == created[1]  # IBANs and wallets drawn from the same seeded sequence
    assert any(x["iban"] for x in created[0]["fiatBalances"])


_JAN = {
    "hasAcceptedP100Tc": True,
    "firstName": "Jan",
    "lastName": "Kowalski",
    "country": "PL",
    "citizenship": "PL",
}


# ---- Sentbe -----------------------------------------------------------------------------------


def test_a_restored_sentbe_world_expires_completes_and_calls_back_as_the_original() -> None:
    hooks_a, hooks_b = Listener(503), Listener(503)
    a = Sentbe.start(webhook_transport=httpx.MockTransport(hooks_a.handle))
    a.control.register_webhook_listener("http://partner.example/sentbe_callback")
    a.fund()
    user = a.user()["id"]
    waiting = a.recipient(user)["id"]
    verified = a.recipient(user, first_name="Minji")["id"]
    a.control.act("verify-recipient", recipient_id=verified)
    slow = a.transfer(user, waiting, "t-1")["transfer_info"]["transfer_id"]
    fast = a.transfer(user, verified, "t-2")["transfer_info"]["transfer_id"]
    assert outbox(a.simulator) and {e[2] for e in outbox(a.simulator)} == {"pending"}

    copy = restored("sentbe", a.simulator, webhook_transport=httpx.MockTransport(hooks_b.handle))
    session = SimulatorSession("sentbe", simulator=copy)
    b = Sentbe(session, session.anonymous())
    paired = [
        (partial(a.status, slow), partial(b.status, slow)),
        (partial(a.status, fast), partial(b.status, fast)),
        (a.balances, b.balances),
    ]
    before = same_world(a.simulator, b.simulator, paired)
    assert before[0] == "Waiting verification" and before[1] == "Processing"

    hooks_a.received.clear()
    for side in (a, b):
        side.control.advance_clock(24 * 3600)
    after = same_world(a.simulator, b.simulator, paired)
    assert (after[0], after[1]) == ("Expired", "Complete")
    assert hooks_b.received == hooks_a.received and hooks_a.received
    assert a.user()["id"] == b.user()["id"] == user + 1  # numbering goes on alike


def test_a_restored_world_meets_the_same_faults_and_rate_limit_as_the_original() -> None:
    limit = RateLimit(25, 3600)
    a = SimulatorSession("p100", sign_in=False, faults=["503=0.5"], rate_limit=limit)
    key = {"x-api-key": DEFAULT_P100_KEY}
    first = [a.http.get("/v1/partner/balances", headers=key).status_code for _ in range(10)]
    copy = restored("p100", a.simulator)
    b = SimulatorSession("p100", simulator=copy, sign_in=False)
    later = [
        [side.http.get("/v1/partner/balances", headers=key).status_code for _ in range(20)]
        for side in (a, b)
    ]
    assert later[0] == later[1]
    assert {503, 200} <= set(first + later[0])  # the seeded draws go on from the same point
    assert later[0][15:] == [429] * 5  # the window's 25 requests were counted across the save
    assert copy.faults.to_json() == a.simulator.faults.to_json()


# ---- what a snapshot refuses --------------------------------------------------------------------


@pytest.fixture(scope="module")
def blob() -> bytes:
    simulator = simulate("settlego", seed=3)
    simulator.dispatch("POST", simulator.base_path + "/sandbox-login")  # some state, any answer
    return capture(simulator)


def test_a_snapshot_names_its_format_and_restores_as_a_settlego_world(blob: bytes) -> None:
    assert blob.startswith(MAGIC + FORMAT.to_bytes(4, "big"))
    state = restore(blob)
    assert type(state.provider).__module__ == "corridor.simulator.settlego"
    simulator = rebuild("settlego", state)
    assert simulator.clock is simulator.services.scheduler.clock is state.services.clock


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (lambda blob: blob[: len(blob) // 2], "damaged"),
        (lambda blob: blob[: len(MAGIC) + 2], "cut off inside its header"),
        (lambda blob: b"", "not a corridor world snapshot"),
        (lambda blob: b"SQLite format 3\x00" + bytes(100), "not a corridor world snapshot"),
        (lambda blob: MAGIC + (FORMAT + 1).to_bytes(4, "big") + blob[len(MAGIC) + 4 :], "newer"),
        (lambda blob: MAGIC + bytes(4) + blob[len(MAGIC) + 4 :], "never existed"),
        (lambda blob: MAGIC + FORMAT.to_bytes(4, "big") + pickle.dumps([1, 2]), "parts"),
        (lambda blob: blob[: len(MAGIC) + 4] + b"\x80\x05garbage", "damaged"),
    ],
    ids=["truncated", "cut-header", "empty", "other-file", "newer", "zero", "not-parts", "garbage"],
)
def test_a_blob_that_is_not_a_whole_snapshot_is_refused_in_one_line(
    blob: bytes, damage: Callable[[bytes], bytes], says: str
) -> None:
    with pytest.raises(SnapshotError, match=says) as refused:
        restore(damage(blob))
    assert "\n" not in str(refused.value)


class _Planted:
    """What a hostile pickle would do when loaded: run a command."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, ("exit 3",))


def test_a_pickle_naming_anything_outside_a_world_is_refused_before_it_runs() -> None:
    hostile = MAGIC + FORMAT.to_bytes(4, "big") + pickle.dumps(_Planted(), protocol=5)
    with pytest.raises(SnapshotError, match=r"names (posix|os)\.system"):
        restore(hostile)


def test_a_snapshot_is_restored_only_as_the_provider_it_was_taken_from(blob: bytes) -> None:
    with pytest.raises(SnapshotError, match="holds a settlego world, not a sfox one"):
        rebuild("sfox", restore(blob))


def test_a_world_holding_a_closure_cannot_be_saved_and_says_so() -> None:
    simulator = simulate("sentbe")
    simulator.services.outbox.wire.hook = lambda: None  # type: ignore[union-attr]
    with pytest.raises(SnapshotError, match="cannot be saved"):
        capture(simulator)


# ---- the parts, one by one ----------------------------------------------------------------------


def test_a_closure_is_refused_when_it_is_scheduled_not_when_the_world_is_saved() -> None:
    scheduler = Scheduler(Clock())
    with pytest.raises(TypeError, match="<lambda>"):
        scheduler.at(DEFAULT_START, lambda: None)

    def nested() -> None:
        pass

    with pytest.raises(TypeError, match="<locals>"):
        scheduler.at(DEFAULT_START, nested)
    assert len(scheduler) == 0


def test_a_restored_ticking_clock_ticks_on_from_the_saved_now() -> None:
    clock = Clock(ticking=True)
    clock.advance(3600)
    saved = clock.now()
    copy = pickle.loads(pickle.dumps(clock, protocol=5))
    assert saved <= copy.now() < saved + timedelta(seconds=5)
    later = copy.now()
    time.sleep(0.01)
    assert copy.now() > later  # still ticking
    frozen = pickle.loads(pickle.dumps(Clock(DEFAULT_START), protocol=5))
    assert frozen.now() == DEFAULT_START


def test_records_restored_keep_ids_owners_external_ids_and_creation_order() -> None:
    records: Records[_Thing] = Records(OwnedBy("owner", "other", always=["all"]))
    for number in range(5):
        records.add(_Thing(f"t{number}", f"o{number % 2}", None), "o0", f"ext-{number}")
    copy = pickle.loads(pickle.dumps(records, protocol=5))
    assert [t.id for t in copy.of(["o1"])] == ["t1", "t3"]
    assert [t.id for t in copy.of(["all"])] == [f"t{n}" for n in range(5)]
    assert copy.by_external_id("o0", "ext-2").id == "t2"
    copy.add(_Thing("t5", "o1", "o0"))
    assert [t.id for t in copy.of(["o1", "o0"])][-1] == "t5"
    assert len(records) == 5  # the original is untouched


@dataclass
class _Thing:
    id: str
    owner: str
    other: str | None


def test_a_delivery_cut_off_by_the_snapshot_is_due_again_in_the_restored_world() -> None:
    simulator = simulate("sentbe")
    outbox = simulator.services.outbox
    assert outbox is not None
    outbox.register_listener("http://partner.example/callback", {})
    outbox.emit("transferStatusChanged", {"transfer_id": 7, "status": "Processing"})
    claimed = outbox.due_work()  # the attempt is under way when the world is saved
    assert claimed is not None and outbox.events()[0].status == "sending"
    listener = Listener(200)
    copy = rebuild(
        "sentbe",
        restore(capture(simulator)),
        webhook_transport=httpx.MockTransport(listener.handle),
    )
    restored_outbox = copy.services.outbox
    assert restored_outbox is not None
    assert [e.status for e in restored_outbox.events()] == ["pending"]
    assert outbox.events()[0].status == "sending"  # saving left the running world alone
    work = restored_outbox.due_work()
    assert work is not None
    asyncio.run(work())
    assert listener.received == [
        ("http://partner.example/callback", {"transfer_id": 7, "status": "Processing"})
    ]
    assert [e.status for e in restored_outbox.events()] == ["delivered"]
