"""The engine's shared services: registry, routing, scheduling, retry schedules, credentials."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from corridor.providers import PROVIDERS
from corridor.simulator import simulate
from corridor.simulator.clock import DEFAULT_START, Clock, Scheduler
from corridor.simulator.delivery import Backoff, EveryInterval
from corridor.simulator.router import Router
from corridor.simulator.session import SimulatorSession
from corridor.simulator.transport import InProcessTransport

SRC = Path(__file__).resolve().parents[1] / "src" / "corridor"
PROVIDER_INDEPENDENT = [
    SRC / "simulator" / name
    for name in (
        "engine.py",
        "pipeline.py",
        "asgi.py",
        "fault_injection.py",
        "faults.py",
        "validation.py",
        "control.py",
        "pytest_plugin.py",
        "session.py",
        "dialect.py",
        "delivery.py",
        "definition.py",
        "router.py",
        "store.py",
        "clock.py",
        "wire.py",
    )
] + sorted(
    path
    for folder in ("verification", "providers", "coverage")
    for path in (SRC / folder).glob("*.py")
    # the registry's one list of providers is the one place that names them all
    if path != SRC / "providers" / "__init__.py"
)


def login_token() -> str:
    with SimulatorSession("settlego", strict=False) as session:
        return session.sign_in()["authToken"]["x-auth-token"]


def test_session_tokens_are_unguessable_even_from_identically_seeded_simulators() -> None:
    tokens = {login_token() for _ in range(3)}
    assert len(tokens) == 3
    assert all(re.fullmatch(r"[0-9a-f]{32}", token) for token in tokens)


def test_no_provider_independent_module_names_a_provider() -> None:
    names = re.compile("|".join(p.name for p in PROVIDERS), re.IGNORECASE)
    offenders = [
        str(path.relative_to(SRC))
        for path in PROVIDER_INDEPENDENT
        if names.search(path.read_text())
    ]
    assert offenders == []


def test_importing_the_pytest_plugin_loads_no_simulator_and_no_generated_client() -> None:
    probe = (
        "import sys, corridor.simulator.pytest_plugin as plugin;"
        "heavy = [m for m in sys.modules if m.startswith(('corridor.simulator.engine',"
        "'corridor.simulator.settlego', 'schemathesis', 'starlette'))"
        " or m.endswith('_client')];"
        "print(heavy)"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def test_every_provider_with_a_simulator_has_its_fixtures() -> None:
    from corridor.simulator import pytest_plugin

    for provider in PROVIDERS:
        if provider.has_simulator:
            assert f"_{provider.name}_simulator" in vars(pytest_plugin)
            assert f"_{provider.name}_control" in vars(pytest_plugin)


def test_a_literal_segment_wins_over_a_template_and_falls_back_to_it() -> None:
    router: Router[str] = Router()
    router.add("/payments/{id}", "get", "getPayment")
    router.add("/payments/validate", "post", "validatePayment")
    router.add("/payments/{id}/cancel", "post", "cancelPayment")
    assert router.match("/payments/validate").methods == {"POST": "validatePayment"}
    found = router.match("/payments/p1")
    assert (found.methods, found.path_params) == ({"GET": "getPayment"}, {"id": "p1"})
    cancel = router.match("/payments/validate/cancel")
    assert (cancel.methods, cancel.path_params) == ({"POST": "cancelPayment"}, {"id": "validate"})
    assert router.match("/payments").methods == {}
    assert router.match("/payments/p1/refund").methods == {}


class _Steps:
    """A domain in miniature: scheduled changes are its methods and their arguments."""

    def __init__(self, scheduler: Scheduler) -> None:
        self.scheduler = scheduler
        self.ran: list[str] = []

    def step(self, name: str) -> None:
        self.ran.append(name)

    def step_and_schedule(self, name: str, then: str) -> None:
        self.ran.append(name)
        self.scheduler.at(DEFAULT_START + timedelta(seconds=15), self.step, then)


def test_scheduled_changes_run_once_in_due_order_including_those_they_schedule() -> None:
    clock = Clock()
    scheduler = Scheduler(clock)
    steps = _Steps(scheduler)
    scheduler.at(DEFAULT_START + timedelta(seconds=20), steps.step, "b")
    scheduler.at(DEFAULT_START + timedelta(seconds=10), steps.step_and_schedule, "a", "a2")
    scheduler.run_due()
    assert steps.ran == []
    clock.advance(30)
    scheduler.run_due()
    scheduler.run_due()
    assert steps.ran == ["a", "a2", "b"]
    assert len(scheduler) == 0


def test_retry_schedules_follow_each_providers_rule() -> None:
    start = DEFAULT_START
    every = EveryInterval(timedelta(minutes=15), give_up_after=timedelta(hours=24))
    assert every.next_attempt(start, 1, start) == start + timedelta(minutes=15)
    assert every.next_attempt(
        start, 96, start + timedelta(hours=23, minutes=45)
    ) == start + timedelta(hours=24)
    assert every.next_attempt(start, 97, start + timedelta(hours=24)) is None
    backoff = Backoff(tuple(timedelta(seconds=s) for s in (8, 16, 32, 64)))
    moments = [start]
    for attempts in range(1, 5):
        upcoming = backoff.next_attempt(start, attempts, moments[-1])
        assert upcoming is not None
        moments.append(upcoming)
    assert [(b - a).seconds for a, b in itertools.pairwise(moments)] == [8, 16, 32, 64]
    assert backoff.next_attempt(start, 5, moments[-1]) is None


def test_the_clock_refuses_to_leave_the_calendar() -> None:
    clock = Clock()
    for seconds in (-1.0, float("nan"), float("inf"), 1e300, 1e12):
        try:
            clock.advance(seconds)
        except ValueError:
            continue
        raise AssertionError(f"advance({seconds}) was accepted")
    assert clock.now() == DEFAULT_START


def test_a_served_simulator_moves_its_long_lived_state_out_of_full_collections(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import httpx

    from corridor.simulator import engine, simulate
    from corridor.simulator.transport import InProcessTransport

    # answers are counted over the whole process: a server's many worlds share one collector
    monkeypatch.setattr(engine, "_answered", 0)
    worlds = [simulate("settlego"), simulate("settlego")]
    for world in worlds:
        world.freeze_every = 3
    clients = [
        httpx.Client(transport=InProcessTransport(world.app), base_url="http://sim")
        for world in worlds
    ]
    gc.unfreeze()
    try:
        clients[0].get("/api/v1/reference/currencies")
        clients[1].get("/api/v1/reference/currencies")
        assert gc.get_freeze_count() == 0
        clients[1].get("/api/v1/reference/currencies")  # the third answer of the process
        assert gc.get_freeze_count() > 0  # a later full collection walks none of it
    finally:
        gc.unfreeze()


def test_a_provider_without_control_actions_lists_none_and_refuses_any() -> None:
    simulator = simulate("settlego")
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://s")
    assert http.get("/_simulator/actions").json() == {"actions": []}
    refused = http.post("/_simulator/actions/verify", json={})
    assert refused.status_code == 404
    assert "no action 'verify'" in refused.json()["error"]


def test_a_lone_surrogate_in_a_json_body_is_refused_and_a_pair_is_read_as_its_character() -> None:
    from corridor.simulator.wire import decode_json

    assert decode_json(b'{"name": "\\ud83d\\ude00"}') == {"name": "\U0001f600"}
    for raw in (b'{"name": "\\ud800"}', b'["a\\uDFFFb"]', b'{"\\udbff": 1}'):
        try:
            decode_json(raw)
        except ValueError as error:
            assert "lone surrogate" in str(error)
            continue
        raise AssertionError(f"{raw!r} was accepted")


@pytest.mark.parametrize(
    ("raw", "complaint"),
    [
        (b'{"name": "\xed\xa0\x80"}', "the body is not UTF-8"),  # a surrogate as UTF-8 bytes
        ('{"name": "x"}'.encode("utf-16"), "the body is not UTF-8"),
        (b'{"name": "\\ud800"}', "lone surrogate"),
        (b"[" * 5000 + b"]" * 5000, "nested too deeply"),
        # in the parser's own words
        (b'\xef\xbb\xbf{"name": "x"}', None),  # RFC 8259 8.1: no byte-order mark
        (b'{"amount": NaN}', None),
        (b'{"amount": 1} {"amount": 2}', None),
        (b"", None),
    ],
)
def test_only_one_utf8_json_document_is_read(raw: bytes, complaint: str | None) -> None:
    from corridor.simulator.wire import decode_json

    with pytest.raises(ValueError, match=complaint) as refused:
        decode_json(raw)
    assert str(refused.value)


def test_answers_write_exact_decimals_and_rfc3339_times_whichever_encoder_writes_them() -> None:
    from datetime import UTC, date, datetime, timedelta, timezone
    from decimal import Decimal

    from corridor.simulator.wire import encode_json

    body = {
        "amount": Decimal("0.000000000000000001"),
        "big": Decimal("123456789012345678901234567890.10"),
        "at": datetime(2026, 1, 5, 9, 30, 0, 250000, tzinfo=UTC),
        "seoul": datetime(2026, 1, 5, 18, tzinfo=timezone(timedelta(hours=9))),
        "on": date(2026, 1, 5),
        "name": "Zoë",
    }
    written = encode_json(body)
    assert (
        written
        == (
            '{"amount":1E-18,"big":123456789012345678901234567890.10,'
            '"at":"2026-01-05T09:30:00.250000Z","seoul":"2026-01-05T18:00:00+09:00",'
            '"on":"2026-01-05","name":"Zoë"}'
        ).encode()
    )
    # text that is not UTF-8 (a lone surrogate, as Sentbe's decrypted parameters can hold)
    # is escaped, and everything else written the same way
    escaped = encode_json({**body, "name": "\ud800"})
    assert escaped == written.replace("Zoë".encode(), b"\\ud800")
    with pytest.raises(TypeError, match="cannot encode object"):
        encode_json({"handler": object()})  # a rendering bug, not a garbled answer


def test_a_lone_surrogate_gets_each_providers_400_not_a_traceback() -> None:
    simulator = simulate("settlego", strict=True)
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://s/api/v1")
    answer = http.post(
        "/authentication/login",
        content=b'{"loginId": "\\ud800"}',
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 400
    assert "lone surrogate" in answer.json()["message"]
