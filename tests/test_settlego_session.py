"""corridor.settlego.connect: a client that logs in by itself and raises on every non-2xx."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

import httpx
import pytest
from settlego_client.api.currency_accounts import get_currency_account
from settlego_client.api.payments import cancel_payment

from corridor import settlego
from corridor.errors import InputError
from corridor.settlego import SettleGoAuthenticationError, SettleGoError
from tests.provider_fakes import GBP_ACCOUNT

BASE_URL = "https://sandbox.test/api/v1"
LOGIN_ID = "ops@example.com"
API_KEY = "25EC53548E5694299168201EE916029F5300CECF9669ABF496FE385F62B71152"


@dataclass
class FakeSettleGo:
    """Just enough of SettleGo: login/logout, one currency account, and a token that can expire."""

    logins: int = 0
    valid_tokens: set[str] = field(default_factory=set)
    seen_tokens: list[str | None] = field(default_factory=list)
    logged_out: list[str] = field(default_factory=list)
    always_unauthorized: bool = False

    def expire_all_tokens(self) -> None:
        self.valid_tokens.clear()

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/v1")
        if path == "/authentication/login":
            body = json.loads(request.content)
            if body != {"loginId": LOGIN_ID, "apiKey": API_KEY}:
                return httpx.Response(401, json={"message": "invalid credentials"})
            self.logins += 1
            token = f"token-{self.logins}"
            self.valid_tokens.add(token)
            return httpx.Response(200, json={"token": token, "tfaEnabled": False})
        token = request.headers.get("x-auth-token")
        self.seen_tokens.append(token)
        if self.always_unauthorized or token not in self.valid_tokens:
            return httpx.Response(401, json={"message": "token expired"})
        if path == "/authentication/logout":
            self.valid_tokens.discard(token)
            self.logged_out.append(token)
            return httpx.Response(200)
        if path == "/currency-accounts/GBP":
            return httpx.Response(200, json=GBP_ACCOUNT)
        if path.endswith("/cancel"):
            return httpx.Response(400, json={"message": "payment is already processing"})
        return httpx.Response(404, json={"message": "not found"})


@pytest.fixture
def service() -> FakeSettleGo:
    return FakeSettleGo()


def connect(service: FakeSettleGo) -> settlego.AuthenticatedClient:
    transport = httpx.MockTransport(service.handler)
    return settlego.connect(
        LOGIN_ID, API_KEY, base_url=BASE_URL, httpx_args={"transport": transport}
    )


def test_connect_logs_in_once_and_sends_the_token_on_every_call(service: FakeSettleGo) -> None:
    client = connect(service)
    account = get_currency_account.sync(currency="GBP", client=client)
    get_currency_account.sync(currency="GBP", client=client)
    assert isinstance(account, settlego.client_models.CurrencyAccount)
    assert account.balance == 12.5
    assert service.logins == 1
    assert service.seen_tokens == ["token-1", "token-1"]


def test_an_expired_token_is_renewed_by_logging_in_again_once(service: FakeSettleGo) -> None:
    client = connect(service)
    service.expire_all_tokens()
    account = get_currency_account.sync(currency="GBP", client=client)
    assert account is not None
    assert service.logins == 2
    assert service.seen_tokens == ["token-1", "token-2"]


def test_a_401_after_logging_in_again_raises_instead_of_looping(service: FakeSettleGo) -> None:
    client = connect(service)
    service.always_unauthorized = True
    with pytest.raises(SettleGoAuthenticationError) as raised:
        get_currency_account.sync(currency="GBP", client=client)
    assert raised.value.status_code == 401
    assert service.logins == 2


def test_wrong_credentials_are_refused_at_connect() -> None:
    transport = httpx.MockTransport(FakeSettleGo().handler)
    with pytest.raises(SettleGoAuthenticationError) as raised:
        settlego.connect(LOGIN_ID, "wrong", base_url=BASE_URL, httpx_args={"transport": transport})
    assert raised.value.status_code == 401
    assert raised.value.body == {"message": "invalid credentials"}


def test_empty_credentials_are_rejected_before_any_request() -> None:
    with pytest.raises(InputError) as raised:
        settlego.connect("", API_KEY, base_url=BASE_URL)
    assert raised.value.field == "login_id"


def test_a_non_2xx_answer_raises_settlego_error_with_status_and_body(service: FakeSettleGo) -> None:
    client = connect(service)
    with pytest.raises(SettleGoError) as raised:
        cancel_payment.sync(id="2e36f60f", client=client)
    assert raised.value.status_code == 400
    assert raised.value.body == {"message": "payment is already processing"}
    assert raised.value.method == "POST"
    assert raised.value.url == f"{BASE_URL}/payments/2e36f60f/cancel"


def test_logout_revokes_the_token_and_the_next_call_logs_in_again(service: FakeSettleGo) -> None:
    client = connect(service)
    settlego.logout(client)
    assert service.logged_out == ["token-1"]
    get_currency_account.sync(currency="GBP", client=client)
    assert service.logins == 2


def test_async_calls_share_the_session(service: FakeSettleGo) -> None:
    client = connect(service)
    account = asyncio.run(get_currency_account.asyncio(currency="GBP", client=client))
    assert account is not None
    assert service.logins == 1
    assert service.seen_tokens == ["token-1"]


def test_secrets_never_appear_in_reprs_or_errors(service: FakeSettleGo) -> None:
    client = connect(service)
    session = settlego.session_of(client)
    service.always_unauthorized = True
    with pytest.raises(SettleGoError) as raised:
        get_currency_account.sync(currency="GBP", client=client)
    for text in (repr(session), str(raised.value)):
        assert API_KEY not in text
        assert "token-" not in text


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, json={"tfaEnabled": False}),
        httpx.Response(200, json={"token": None}),
    ],
)
def test_a_login_answer_without_a_token_is_an_authentication_error(answer: httpx.Response) -> None:
    transport = httpx.MockTransport(lambda request: answer)
    with pytest.raises(SettleGoAuthenticationError) as raised:
        settlego.connect(LOGIN_ID, API_KEY, base_url=BASE_URL, httpx_args={"transport": transport})
    assert raised.value.status_code == 200
