"""Sentbe's simulator refuses a schema-valid request only for a refusal its docs give, one that
depends on state (docs/simulators/sentbe.md, "Documented refusals").

Schemathesis generates every operation's parameters from specs/sentbe.yaml (positive data);
each case goes out as a partner sends it, its parameters encrypted into SIGNATURE by the
harness's signer (the facade's own `SentbeAuth`). The seeder creates a user, a recipient of
theirs and a transfer through the public API, the control API only crediting the wallets; half
the cases carry those ids instead of generated ones, so the checks reach 2xx answers and the
business rules behind them, not only unknown ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from independent_check import check, undocumented

from corridor.providers.sentbe.refusals import DOCUMENTED_REFUSALS
from corridor.simulator.session import SimulatorSession
from corridor.spec import load_spec
from tests.sentbe_calls import RECIPIENT, USER

EXAMPLES = 25  # per operation
PATH_IDS = {"getUser": "user", "getRecipient": "recipient", "getTransfer": "transfer"}


@pytest.fixture
def session() -> Iterator[SimulatorSession]:
    with SimulatorSession("sentbe") as started:
        yield started


def seed(session: SimulatorSession) -> dict[str, Any]:
    """Objects made through the public API; money through the control API."""
    session.control.credit("KRW", "100000000000")
    session.control.credit("USD", "1000000.00")

    def data(path: str, params: dict[str, Any]) -> Any:
        answer = session.http.post(path, json=params)
        assert answer.status_code == 200, answer.text
        return answer.json()["data"]

    user = data("/inbound/users", USER)["id"]
    recipient = data("/inbound/recipients", RECIPIENT | {"user_id": str(user)})["id"]
    transfer = data(
        "/inbound/transfers",
        {
            "user_id": str(user),
            "recipient_id": str(recipient),
            "external_id": "seed-1",
            "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
            "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
        },
    )["transfer_info"]["transfer_id"]
    return {"user": user, "recipient": recipient, "transfer": transfer}


def code_of(answer: httpx.Response) -> str | None:
    try:
        errors = answer.json().get("errors")
    except (ValueError, AttributeError):
        return None
    return errors[0].get("error_code") if isinstance(errors, list) and errors else None


def test_a_schema_valid_request_is_refused_only_as_the_docs_say(
    session: SimulatorSession,
) -> None:
    ids = seed(session)

    def send(operation_id: str, case: Any, bind: bool) -> httpx.Response:
        path_parameters = dict(case.path_parameters or {})
        body = case.body if isinstance(case.body, dict) else None
        if bind:
            if operation_id in PATH_IDS:
                path_parameters["id"] = ids[PATH_IDS[operation_id]]
            if body is not None:
                body = dict(body)
                for name in ("user_id", "recipient_id"):
                    if name in body:
                        body[name] = str(ids[name.removesuffix("_id")])
                bank = body.get("bank_attributes")
                if isinstance(bank, dict) and "name" in bank:  # a code of the bank list
                    body["bank_attributes"] = bank | {"name": RECIPIENT["bank_attributes"]["name"]}
        path = case.path
        for name, value in path_parameters.items():
            path = path.replace("{" + name + "}", str(value))
        # session.http signs: PARTNER-ID, KEY, and the parameters into SIGNATURE
        return session.http.request(case.method, path, params=case.query or None, json=body)

    documented = {
        operation_id: frozenset((status, code) for code, status, _ in refusals)
        for operation_id, refusals in DOCUMENTED_REFUSALS.items()
    }
    spec = load_spec("sentbe")
    outcomes = check(spec, send, code_of, documented, EXAMPLES)
    assert not undocumented(outcomes), "\n".join(undocumented(outcomes))
    # every operation was reached, and schema-valid requests got through
    assert len(outcomes) == 15
    assert all(outcome.accepted for outcome in outcomes.values()), {
        operation_id: outcome.refused
        for operation_id, outcome in outcomes.items()
        if not outcome.accepted
    }
