"""The pytest fixtures downstream suites use with the sFOX simulator: the partner's client, a
ready end user's client, and the control API's inbox and actions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sfox_client import AuthenticatedClient
from sfox_client.api.end_users import create_end_user, get_end_user, request_verification_code
from sfox_client.api.payments import get_wire_instructions
from sfox_client.models import (
    CreateEndUserRequest,
    RequestVerificationCodeRequest,
    VerificationChannel,
)

from corridor import sfox
from corridor.providers.control import SimulatorControl
from corridor.providers.sfox.harness import FIXTURE_USER

pytest_plugins = ["pytester"]


def test_the_user_client_acts_for_the_documented_end_user(
    sfox_client: AuthenticatedClient, sfox_user_client: AuthenticatedClient
) -> None:
    auth = sfox.auth_of(sfox_user_client)
    assert (auth.kind, auth.user_id) == ("user", "client_account_1")
    wire = get_wire_instructions.sync(client=sfox_user_client)
    assert wire.data.bank_name == "MVB Bank"
    # the partner's client sees the same user
    assert get_end_user.sync("client_account_1", client=sfox_client).data.first_name == "Sean"


def test_the_inbox_shows_the_codes_sent_and_actions_start_outside_events(
    sfox_client: AuthenticatedClient,
    sfox_user_client: AuthenticatedClient,
    sfox_control: SimulatorControl,
) -> None:
    # the fixture's user verified its email and phone for its token: two codes
    assert [m["channel"] for m in sfox_control.inbox(to="client_account_1")] == ["email", "sms"]
    newcomer = {**FIXTURE_USER, "user_id": "newcomer", "email": "newcomer@example.com"}
    create_end_user.sync(client=sfox_client, body=CreateEndUserRequest.from_dict(newcomer))
    body = RequestVerificationCodeRequest(type_=VerificationChannel.EMAIL)
    request_verification_code.sync("newcomer", client=sfox_client, body=body)
    (message,) = sfox_control.inbox(to="newcomer")
    assert (message["channel"], message["address"]) == ("email", "newcomer@example.com")
    assert message["code"].isdigit() and len(message["code"]) == 6

    sfox_control.credit("usd", "25.00", owner="client_account_1")
    started = sfox_control.act("withdrawal", user_id="client_account_1", currency="usd", amount="5")
    balances = sfox_control.act("balances", owner="client_account_1")["balances"]
    assert started["tx_status"] == 1100
    assert Decimal(balances["usd"]["held"]) == 5


def test_a_provider_without_end_user_clients_says_so(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_uses_it(settlego_user_client):\n    pass\n")
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*SettleGo has no end-user clients; use settlego_client*"])
