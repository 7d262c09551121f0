"""Faults on demand: injected failures, rate limits and imperfect delivery, seeded and logged.

Exercised on the SettleGo simulator; the mechanism is the engine's, the same for every provider.
"""

from __future__ import annotations

import time

import httpx
import pytest
from test_settlego_simulator_webhooks import Listener, start

from corridor.providers.control import SimulatorControl
from corridor.simulator import simulate
from corridor.simulator.engine import Simulator
from corridor.simulator.faults import FaultPlan, FaultRule, FaultSpecError
from corridor.simulator.session import SimulatorSession
from corridor.simulator.transport import InProcessTransport


def connect(simulator: Simulator) -> tuple[httpx.Client, SimulatorControl]:
    """A logged-in raw client of `simulator`, and its control API."""
    session = SimulatorSession("settlego", simulator=simulator)
    return session.http, session.control


def accounts(api: httpx.Client) -> list[str]:
    listed = api.get("/currency-accounts", params={"pageNumber": 1, "pageSize": 100}).json()
    return [account["currency"] for account in listed["currencyAccountList"]]


def test_an_injected_503_is_the_providers_error_shape_with_retry_after_and_does_nothing() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("503=1@createCurrencyAccount")
    answer = api.post("/currency-accounts", json={"currency": "GBP"})
    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "1"
    assert answer.json()["error"] == "Service Unavailable"  # SettleGo's ErrorResponse
    control.clear_faults()
    assert accounts(api) == []


def test_an_injected_500_and_429_answer_in_the_providers_shape() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("500=1@listCurrencies")
    assert api.get("/reference/currencies").json()["status"] == 500
    control.inject_faults({"kind": "429", "rate": 1, "retryAfter": 7})
    throttled = api.get("/reference/currencies")
    assert (throttled.status_code, throttled.headers["Retry-After"]) == (429, "7")


def test_a_reset_drops_the_connection_before_the_handler_runs() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("reset=1@createCurrencyAccount")
    with pytest.raises(httpx.ReadError, match="connection reset"):
        api.post("/currency-accounts", json={"currency": "GBP"})
    control.clear_faults()
    assert accounts(api) == []
    (fault,) = control.injected_faults()
    assert (fault["kind"], fault["committed"], fault["status"]) == ("reset", False, None)


def test_a_lost_answer_drops_the_connection_after_the_handler_committed() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("lost=1@createCurrencyAccount")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/currency-accounts", json={"currency": "GBP"})
    control.clear_faults()
    assert accounts(api) == ["GBP"]  # it happened; the caller could not know
    (fault,) = control.injected_faults()
    assert fault["kind"] == "lost"
    assert fault["committed"] is True
    assert (fault["operationId"], fault["method"]) == ("createCurrencyAccount", "POST")
    assert fault["path"] == "/api/v1/currency-accounts"


@pytest.mark.parametrize(
    ("rule", "failure"),
    [
        ("reset-after=1@createCurrencyAccount", httpx.ReadError),  # reset, no answer at all
        ("lost=1@createCurrencyAccount", httpx.RemoteProtocolError),  # answer cut off
        ("late-answer=1:300ms@createCurrencyAccount", httpx.ReadTimeout),
    ],
)
def test_faults_after_the_handler_leave_the_caller_without_an_answer_to_what_happened(
    rule: str, failure: type[Exception]
) -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults(rule)
    with pytest.raises(failure):
        api.post("/currency-accounts", json={"currency": "GBP"}, timeout=0.1)
    control.clear_faults()
    assert accounts(api) == ["GBP"]  # it happened
    (fault,) = control.injected_faults()
    assert (fault["kind"], fault["committed"]) == (rule.partition("=")[0], True)


def test_a_500_after_processing_answers_the_providers_500_though_it_happened() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("500-after=1@createCurrencyAccount")
    answer = api.post("/currency-accounts", json={"currency": "GBP"})
    assert (answer.status_code, answer.json()["error"]) == (500, "Internal Server Error")
    control.clear_faults()
    assert accounts(api) == ["GBP"]
    (fault,) = control.injected_faults()
    assert (fault["kind"], fault["committed"], fault["status"]) == ("500-after", True, 500)


def test_a_refused_request_hit_after_the_handler_is_logged_as_not_committed() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("500-after=1@createCurrencyAccount")
    assert api.post("/currency-accounts", json={"currency": "XXX"}).status_code == 500
    (fault,) = control.injected_faults()
    assert fault["committed"] is False


def test_faults_apply_only_to_the_operations_named() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("503=1@createCurrencyAccount")
    assert api.get("/reference/currencies").status_code == 200
    assert api.post("/currency-accounts", json={"currency": "GBP"}).status_code == 503


def outcomes(seed: int) -> list[int]:
    api, control = connect(simulate("settlego"))
    control.inject_faults("503=0.3", "429=0.2", seed=seed)
    return [api.get("/reference/currencies").status_code for _ in range(40)]


def test_the_same_seed_injects_the_same_faults() -> None:
    first, again, other = outcomes(5), outcomes(5), outcomes(6)
    assert first == again
    assert first != other
    assert {200, 429, 503} == set(first)  # a rate of 0.3 of 40 requests is not all or nothing


def test_latency_holds_the_answer_back_and_is_logged() -> None:
    api, control = connect(simulate("settlego"))
    control.inject_faults("latency=1:50ms@listCurrencies")
    started = time.perf_counter()
    assert api.get("/reference/currencies").status_code == 200
    assert time.perf_counter() - started >= 0.05
    (fault,) = control.injected_faults()
    assert (fault["kind"], fault["status"]) == ("latency", 200)


def test_faults_can_be_set_when_the_simulator_is_built() -> None:
    simulator = simulate("settlego", faults=["503=1@listCurrencies"])
    api, _ = connect(simulator)
    assert api.get("/reference/currencies").status_code == 503
    assert [fault.kind.value for fault in simulator.faults.log] == ["503"]


@pytest.mark.parametrize(
    ("rule", "complaint"),
    [
        ({"kind": "504", "rate": 1}, "kind must be one of"),
        ({"kind": "503", "rate": 2}, "rate must be between 0 and 1"),
        ({"kind": "503", "rate": "often"}, "rate must be a number"),
        ({"kind": "latency", "rate": 1}, "a latency rule needs a delay"),
        ({"kind": "late-answer", "rate": 1}, "a late-answer rule needs a delay"),
        ({"kind": "latency", "rate": 1, "delay": 1e308}, "delay must satisfy"),
        ({"kind": "503", "rate": 1, "operations": "createPayment"}, "operations must be a list"),
        ("503", "a fault rule is a JSON object"),
        (
            {"kind": "503", "rate": 1, "operations": ["createpayment"]},
            "no operation 'createpayment'",
        ),
    ],
)
def test_a_bad_fault_rule_gets_a_400_that_says_what_is_wrong(rule: object, complaint: str) -> None:
    simulator = simulate("settlego")
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://sim")
    answer = http.put("/_simulator/faults", json={"rules": [rule]})
    assert answer.status_code == 400
    assert complaint in answer.json()["error"]
    assert answer.json()["field"] == "rules"
    assert not simulator.faults.active


def test_the_command_line_form_of_a_rule_is_checked() -> None:
    assert FaultRule.parse("latency=0.5:10ms-200ms@createPayment+createTransfer").to_json() == {
        "kind": "latency",
        "rate": 0.5,
        "operations": ["createPayment", "createTransfer"],
        "delay": {"min": 0.01, "max": 0.2},
        "retryAfter": 1,
    }
    assert FaultRule.parse("500-after=0.2@createPayment").kind.value == "500-after"
    assert FaultRule.parse("late-answer=0.2:100ms").delay == (0.1, 0.1)
    for bad in ("503", "503=x", "nope=1", "latency=1:fast", "late-answer=1"):
        with pytest.raises(FaultSpecError):
            FaultRule.parse(bad)


def test_a_rate_limit_answers_429_with_retry_after_until_the_window_passes() -> None:
    api, control = connect(simulate("settlego"))
    control.limit_rate(3, seconds=60)
    statuses = [api.get("/reference/currencies").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    throttled = api.get("/reference/currencies")
    assert throttled.json()["error"] == "Too Many Requests"
    assert 1 <= int(throttled.headers["Retry-After"]) <= 60
    control.advance_clock(60)
    assert api.get("/reference/currencies").status_code == 200


def test_the_default_rate_limit_is_reported_with_its_source() -> None:
    simulator = simulate("settlego")
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://sim")
    assert http.get("/_simulator/rate-limit").json() == {"enabled": False}
    enabled = http.put("/_simulator/rate-limit", json={}).json()
    assert enabled["enabled"] is True
    assert enabled["source"]  # the docs page, or a statement that the docs give none
    bad = http.put("/_simulator/rate-limit", json={"requests": 0})
    assert (bad.status_code, bad.json()["field"]) == (400, "requests")


def test_a_duplicated_webhook_arrives_twice_with_one_event_id_each_time_signed() -> None:
    listener = Listener()
    control, api = start(listener)
    control.inject_faults(delivery={"duplicate": 1, "delay": 30})
    api.post("/currency-accounts", json={"currency": "GBP"})
    assert len(listener.events) == 1
    control.advance_clock(30)
    assert len(listener.events) == 2  # both verified by the facade's `receive`
    first, second = listener.events
    assert first.webhook_reference == second.webhook_reference  # type: ignore[attr-defined]


def test_a_late_webhook_arrives_after_events_emitted_later() -> None:
    listener = Listener()
    control, api = start(listener)
    control.inject_faults(delivery={"late": 1, "delay": 120})
    api.post("/currency-accounts", json={"currency": "GBP"})
    control.inject_faults()  # later events go out at once
    control.credit("GBP", "25")
    control.advance_clock(120)
    types = [type(event).__name__ for event in listener.events]
    assert types == ["PayInStatusUpdateEvent", "CurrencyAccountCreatedEvent"]


def test_a_first_attempt_counted_as_failed_is_delivered_again_on_the_retry_schedule() -> None:
    listener = Listener()
    control, api = start(listener)
    control.inject_faults(delivery={"failFirst": 1})
    api.post("/currency-accounts", json={"currency": "GBP"})
    (delivery,) = control._call("GET", "/webhooks/deliveries")["deliveries"]
    assert delivery["status"] == "pending"
    assert "counted as a timeout" in delivery["attempts"][0]["outcome"]
    control.advance_clock(15 * 60)  # SettleGo retries every 15 minutes
    assert len(listener.events) == 2
    (delivery,) = control._call("GET", "/webhooks/deliveries")["deliveries"]
    assert delivery["status"] == "delivered"


def test_a_rule_naming_no_operation_of_the_simulator_is_refused_wherever_it_is_given() -> None:
    # a typo in an operationId would otherwise make a test that injects nothing, and passes
    with pytest.raises(FaultSpecError, match="no operation 'createPayments'"):
        simulate("settlego", faults=["503=1@createPayments"])
    simulator = simulate("settlego")
    with pytest.raises(FaultSpecError, match="no operation 'createUserAccount'"):
        simulator.faults.inject("lost=1@createPayment+createUserAccount")  # P100's
    assert not simulator.faults.active


def test_a_refused_fault_configuration_changes_nothing() -> None:
    simulator = simulate("settlego")
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://sim")
    answer = http.put(
        "/_simulator/faults", json={"rules": [{"kind": "503"}], "delivery": {"duplicate": 5}}
    )
    assert (answer.status_code, answer.json()["field"]) == (400, "delivery")
    assert not simulator.faults.active


def test_the_faults_fixture_injects_into_the_tests_own_simulator(
    settlego_faults: FaultPlan, settlego_transport: httpx.BaseTransport, settlego_base_url: str
) -> None:
    settlego_faults.inject("503=1@listCurrencies")
    with httpx.Client(transport=settlego_transport, base_url=settlego_base_url) as http:
        assert http.get("/reference/currencies").status_code == 503
    assert [fault.operation_id for fault in settlego_faults.log] == ["listCurrencies"]


def test_delivery_faults_for_a_provider_that_sends_no_webhooks_are_refused_naming_delivery() -> (
    None
):
    simulator = simulate("sfox")  # sFOX's docs describe no webhooks
    http = httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://sim")
    answer = http.put(
        "/_simulator/faults", json={"rules": [{"kind": "503", "rate": 1}], "delivery": {}}
    )
    assert answer.status_code == 400
    assert answer.json() == {
        "error": "this provider sends no webhooks to fault",
        "field": "delivery",
    }
    assert not simulator.faults.active
