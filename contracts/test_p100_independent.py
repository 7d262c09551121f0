"""An independent check of P100's contract: Schemathesis' own generator (positive data only)
against the simulator, seeded by this module alone, fails on any refusal of a schema-valid
request that the docs do not give for a state-dependent reason.

It shares nothing with `corridor verify` but the spec and the table of documented refusals
(`corridor.providers.p100.refusals`, each with its docs line). Its seeder makes users, their
verification and their payouts through P100's public API; the control API only moves money
(deposits) and time (the KYC decision comes when the clock reaches it). A refusal counts as
documented only with its operation's status and errorCode, and for a P403, P100's validation
error, with the message of a state-dependent cause the docs name (an expired lock, a reused
externalUserId): any other P403 to a schema-valid request is a rule the spec does not state.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corridor.providers.control import SimulatorControl
from corridor.providers.p100.refusals import documented
from corridor.simulator import simulate
from corridor.simulator.p100 import DEFAULT_API_KEY
from corridor.simulator.transport import InProcessTransport
from corridor.spec import load_spec

ORIGIN = "http://p100.test"
EXAMPLES = int(os.environ.get("P100_INDEPENDENT_EXAMPLES", "30"))
USERS = [f"independent-{number}" for number in range(3)] + ["team/4"]  # an id holding "/"
# currencies the operation takes, so that most requests get past P410 to the rules beyond it
CURRENCIES = {
    "createPartnerSepaTransfer": ["eur"],
    "createUserSepaTransfer": ["eur"],
    "createOrderRateLock": ["usdc", "btc", "eth"],
    # 8-decimal ones: the 6-decimal tokens narrow the generated amount (an if/then on currency)
    "createCryptoWithdrawal": ["btc", "eth"],
}
KYC_DECIDED_AFTER = 60  # seconds: a hosted verification is SUCCESSFUL a minute later

SCHEMA = schemathesis.openapi.from_dict(load_spec("p100"))
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


class Seeded:
    """A simulator with users, verified and funded, and objects made through the public API."""

    def __init__(self) -> None:
        self.simulator = simulate("p100", strict=True)
        transport = InProcessTransport(self.simulator.app)
        self.api = httpx.Client(
            transport=transport, base_url=ORIGIN, headers={"x-api-key": DEFAULT_API_KEY}
        )
        self.control = SimulatorControl(httpx.Client(transport=transport, base_url=ORIGIN))
        self.ids: dict[str, list[str]] = {"externalUserId": USERS}
        for user in USERS:
            body = {"externalUserId": user, "firstName": "Jan", "lastName": "Kowalski"}
            body |= {"citizenship": "PL", "hasAcceptedP100Tc": True}
            self.ok("POST", "/v1/user/balances/crypto-and-fiat", json=body)
            self.ok("POST", "/v1/kyc", json={"externalUserId": user})
        self.control.advance_clock(KYC_DECIDED_AFTER)  # time: the verifications are decided
        for user in USERS:
            self.ok("POST", "/v1/user/verification", json={"externalUserId": user})
            for currency, amount in (("eur", "100000.00"), ("btc", "10"), ("usdc", "10000")):
                self.control.credit(currency, amount, owner=user)  # money
        for currency, amount in (("eur", "1000000.00"), ("eth", "1000"), ("usdc", "100000")):
            self.control.credit(currency, amount)
        iban = self.ok("GET", "/v1/partner/balances")["fiatBalances"][0]["iban"]
        locks = [
            self.ok("POST", "/v1/order/lock-rate", json={"currency": "usdc", "amount": "100.00"})
            for _ in range(5)
        ]
        self.ids["lockId"] = [lock["lockId"] for lock in locks]
        orders = [
            self.ok("POST", "/v1/order", json={"lockId": lock}) for lock in self.ids["lockId"]
        ]
        self.ids["orderId"] = [order["orderId"] for order in orders]
        transfer = self.ok(
            "POST",
            "/v1/partner/sepa-transfer",
            json={
                "amount": "10.00",
                "currency": "eur",
                "destinationIban": iban,
                "transferTitle": "independent check",
            },
        )
        self.ids["transferId"] = [transfer["transferId"]]
        self.ids["destinationIban"] = [iban]

    def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        answer = self.api.request(method, path, **kwargs)
        assert answer.status_code == 200, f"seeding {method} {path}: {answer.text}"
        return answer.json()

    def substitutes(self, name: str, operation_id: str) -> list[str]:
        """Seeded values for a parameter or body field called `name`."""
        if name == "currency":
            return CURRENCIES.get(operation_id, [])
        if name in ("externalUserId", "sourceExternalUserId", "param"):
            return self.ids["externalUserId"]
        return self.ids.get(name, [])


@pytest.fixture(scope="module")
def seeded() -> Iterator[Seeded]:
    yield Seeded()


def _seeded_case(data: st.DataObject, seeded: Seeded, case: Any, operation_id: str) -> Any:
    """`case` with each id it carries replaced, most of the time, by a seeded one."""
    # copies: an example case's body is the spec's own example, which other tests read too
    if case.path_parameters:
        case.path_parameters = dict(case.path_parameters)
    if isinstance(case.body, dict):
        case.body = dict(case.body)
    for name in list(case.path_parameters or {}):
        choices = seeded.substitutes(name, operation_id)
        if choices and data.draw(st.booleans()):
            case.path_parameters[name] = data.draw(st.sampled_from(choices))
    if isinstance(case.body, dict):
        for name in list(case.body):
            choices = seeded.substitutes(name, operation_id)
            if choices and data.draw(st.integers(0, 3)):
                case.body[name] = data.draw(st.sampled_from(choices))
    return case


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_a_schema_valid_request_is_refused_only_for_a_documented_state(
    seeded: Seeded, operation: Any
) -> None:
    refused: list[str] = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        operation_id = operation.definition.raw.get("operationId", "")
        case = _seeded_case(data, seeded, data.draw(operation.as_strategy()), operation_id)
        kwargs = case.as_transport_kwargs(base_url=ORIGIN)
        kwargs.pop("cookies", None)
        # every path parameter percent-encoded whole, "/" included (the generator leaves "/" as
        # is, which would make an id holding one address another path)
        path = operation.path
        for name, value in (case.path_parameters or {}).items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        kwargs["url"] = ORIGIN + path
        # the partner's key: the generator fills the security scheme's header with any string
        kwargs["headers"] = {**(kwargs.get("headers") or {}), "x-api-key": DEFAULT_API_KEY}
        answer = seeded.api.request(**kwargs)
        if answer.status_code < 300:
            return
        body = answer.json() if "json" in answer.headers.get("content-type", "") else answer.text
        if documented(operation_id, answer.status_code, body) is None:
            refused.append(f"{kwargs['method']} {kwargs['url']} {kwargs.get('json')}: {body}")

    check()
    assert not refused, "refused without a documented, state-dependent reason:\n" + "\n".join(
        refused[:5]
    )
