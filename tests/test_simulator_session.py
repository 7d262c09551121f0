"""SimulatorSession: one simulator and every client a test needs, from the provider's harness."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from corridor.providers import PROVIDERS
from corridor.simulator.session import SimulatorSession

# Per provider, a read that needs the credentials, and how its refusal of an anonymous one shows.
READS: dict[str, tuple[str, dict[str, Any]]] = {
    "settlego": ("/currency-accounts", {"params": {"pageNumber": 1, "pageSize": 10}}),
    "sfox": ("/v1/enterprise/users", {}),
    "p100": ("/v1/partner/balances", {}),
    "sentbe": ("/inbound/users", {"json": {"page": 1}}),
}


def accepted(provider: str, answer: httpx.Response) -> bool:
    if provider == "sentbe":  # Sentbe refuses in its envelope, whatever the status
        return answer.status_code == 200 and answer.json()["result"] is True
    return answer.status_code == 200


def test_every_simulated_provider_has_a_read() -> None:
    assert sorted(READS) == sorted(p.name for p in PROVIDERS if p.has_simulator)


@pytest.mark.parametrize("provider", sorted(READS))
def test_http_is_signed_in_as_the_harness_signs_in_and_anonymous_is_not(provider: str) -> None:
    path, options = READS[provider]
    with SimulatorSession(provider) as session:
        assert accepted(provider, session.http.request("GET", path, **options))
        assert session.signed, "the sign-in's headers, per security scheme"
        assert not accepted(provider, session.anonymous().request("GET", path, **options))


@pytest.mark.parametrize("provider", sorted(READS))
def test_control_reaches_the_same_simulator(provider: str) -> None:
    with SimulatorSession(provider) as session:
        before = session.simulator.clock.now()
        session.control.advance_clock(60)
        assert (session.simulator.clock.now() - before).total_seconds() == 60


def test_the_facade_client_and_the_end_user_client_come_from_the_harness() -> None:
    with SimulatorSession("sfox") as session:
        assert session.client.get_httpx_client().base_url == httpx.URL(session.base_url)
        assert session.user_client is not session.client
    with SimulatorSession("p100") as session, pytest.raises(LookupError, match="end-user"):
        session.user_client  # noqa: B018


def test_settlego_signs_in_again_after_its_session_expired() -> None:
    with SimulatorSession("settlego") as session:
        path, options = READS["settlego"]
        assert session.http.get(path, **options).status_code == 200
        session.control.advance_clock(31 * 60)
        assert session.http.get(path, **options).status_code == 401
        session.sign_in()
        assert session.http.get(path, **options).status_code == 200


def test_two_sessions_on_one_simulator_share_its_state_and_not_their_clients() -> None:
    with SimulatorSession("p100") as first:
        first.control.credit("eur", "5.00")
        second = SimulatorSession("p100", simulator=first.simulator)
        closed = second.anonymous()
        closed.close()  # closing one client leaves the session's transport open
        assert (
            second.http.get("/v1/partner/balances").json()
            == first.http.get("/v1/partner/balances").json()
        )
        second.close()
        assert first.http.get("/v1/partner/balances").status_code == 200


def test_a_fault_rule_naming_no_operation_is_refused_by_the_control_client() -> None:
    from corridor.providers.control import ControlRefusedError

    with SimulatorSession("settlego") as session:
        with pytest.raises(ControlRefusedError, match="createPayments") as refused:
            session.control.inject_faults("503=1@createPayments")
        assert refused.value.status == 400
        assert session.control.injected_faults() == []
