"""Hostile input to the facades raises the provider's corridor exceptions, never a raw one.

A success answer of the wrong JSON type or shape raises the provider's MalformedAnswerError,
in every facade: the generated models' `from_dict` used to take any value `dict()` takes, so
`[]` became an empty P100 `Balances` and a list of pairs an object. Each call below goes
through a facade client to a provider answering 200 with a body no documented answer is.
Credentials that no header or JSON body can carry are refused when the client is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import p100_client
import pytest
from p100_client.api.partner_operations_balances_transaction_history import get_partner_balances
from sentbe_client.api.users import get_user
from settlego_client.api.currency_accounts import get_currency_account
from sfox_client.api.end_users import get_end_user

from corridor import p100, sentbe, settlego, sfox
from corridor.errors import InputError, MalformedAnswerError, ProviderError

WRONG_TYPE = [b"[]", b"[[]]", b'"text"', b"1", b"1.5", b"null", b"true"]
WRONG_SHAPE = {
    "settlego": [b'{"currency": ["GBP"]}', b'[["currency", "GBP"]]'],
    "sfox": [b'{"data": []}', b'{"data": "ab"}', b'{"data": [["user_id", "u1"]]}'],
    "p100": [b'{"fiatBalances": [["name", "eur"]]}', b'{"fiatBalances": {"ab": 1}}'],
    "sentbe": [b'{"result": true, "data": []}', b'{"result": true, "data": "ab"}'],
}
# JSON text no parser should hand over: a lone surrogate, nesting deeper than any answer
NOT_JSON = [b'{"currency": "\\ud800"}', b"[" * 5000 + b"]" * 5000]


def answering(body: bytes) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authentication/login"):  # SettleGo signs in first
            return httpx.Response(200, json={"token": "t0k3n"})
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handle)


def settlego_call(transport: httpx.MockTransport) -> Any:
    client = settlego.connect(
        "ops@example.com",
        "key",
        base_url="http://settlego.test/api/v1",
        retries=settlego.NO_RETRIES,
        httpx_args={"transport": transport},
    )
    return get_currency_account.sync("GBP", client=client)


def sfox_call(transport: httpx.MockTransport) -> Any:
    client = sfox.connect(
        "k" * 64,
        base_url="http://sfox.test",
        retries=sfox.NO_RETRIES,
        httpx_args={"transport": transport},
    )
    return get_end_user.sync("u1", client=client)


def p100_call(transport: httpx.MockTransport) -> Any:
    client = p100.connect(
        "key",
        base_url="http://p100.test",
        retries=p100.NO_RETRIES,
        httpx_args={"transport": transport},
    )
    return get_partner_balances.sync(client=client)


def sentbe_call(transport: httpx.MockTransport) -> Any:
    client = sentbe.connect(
        "1",
        "access",
        "secret",
        base_url="http://sentbe.test",
        retries=sentbe.NO_RETRIES,
        httpx_args={"transport": transport},
    )
    return get_user.sync(1, client=client)


CALLS: dict[str, tuple[Callable[[httpx.MockTransport], Any], type[ProviderError], type[Any]]] = {
    "settlego": (settlego_call, settlego.SettleGoError, settlego.SettleGoMalformedAnswerError),
    "sfox": (sfox_call, sfox.SFoxError, sfox.SFoxMalformedAnswerError),
    "p100": (p100_call, p100.P100Error, p100.P100MalformedAnswerError),
    "sentbe": (sentbe_call, sentbe.SentbeError, sentbe.SentbeMalformedAnswerError),
}
CASES = [
    (provider, body) for provider in CALLS for body in WRONG_TYPE + WRONG_SHAPE[provider] + NOT_JSON
]


@pytest.mark.parametrize(
    ("provider", "body"), CASES, ids=[f"{p}-{body[:24]!r}" for p, body in CASES]
)
def test_an_answer_of_the_wrong_type_or_shape_is_the_providers_malformed_answer(
    provider: str, body: bytes
) -> None:
    call, base, malformed = CALLS[provider]
    with pytest.raises(MalformedAnswerError) as raised:
        call(answering(body))
    assert isinstance(raised.value, malformed)
    assert isinstance(raised.value, base)  # one `except` of the facade's error catches it
    assert raised.value.status_code == 200


def test_a_client_no_facade_made_raises_the_generated_unexpected_answer() -> None:
    client = p100_client.AuthenticatedClient(
        base_url="http://p100.test",
        token="key",
        prefix="",
        auth_header_name="x-api-key",
        httpx_args={"transport": answering(b"[]")},
    )
    with pytest.raises(p100_client.errors.UnexpectedAnswer) as raised:
        get_partner_balances.sync(client=client)
    assert "Balances is a JSON object, not list" in str(raised.value)


UNSENDABLE = ["\ud800", "key\r\nX-Injected: 1", "clé", "\u4e2d"]


@pytest.mark.parametrize("credential", UNSENDABLE, ids=["surrogate", "newline", "latin", "cjk"])
def test_an_sfox_credential_no_header_can_carry_is_refused_naming_it(credential: str) -> None:
    with pytest.raises(InputError) as raised:
        sfox.connect(credential, base_url="http://sfox.test")
    assert raised.value.field == "api_key"
    with pytest.raises(InputError) as raised:
        sfox.user_client_from_token(credential, base_url="http://sfox.test")
    assert raised.value.field == "token"


@pytest.mark.parametrize("field", ["login_id", "api_key"])
def test_a_settlego_credential_that_is_not_unicode_text_is_refused_before_the_login(
    field: str,
) -> None:
    """SettleGo's credentials travel in the login's JSON body, where any text goes, but a lone
    surrogate is no text: the login would send it as an escape no server reads."""
    sent: list[httpx.Request] = []
    credentials = {"login_id": "ops@example.com", "api_key": "key", field: "k\udc80"}
    with pytest.raises(InputError) as raised:
        settlego.connect(
            credentials["login_id"],
            credentials["api_key"],
            base_url="http://settlego.test/api/v1",
            httpx_args={"transport": httpx.MockTransport(sent.append)},  # type: ignore[arg-type]
        )
    assert raised.value.field == field
    assert sent == []


def test_a_minted_sfox_user_token_no_header_can_carry_is_a_malformed_answer() -> None:
    answer = {"data": {"token": "a\r\nX-Injected: 1", "expires": "2026-01-06T00:00:00.000Z"}}
    client = sfox.connect(
        "k" * 64,
        base_url="http://sfox.test",
        retries=sfox.NO_RETRIES,
        httpx_args={"transport": httpx.MockTransport(lambda _: httpx.Response(201, json=answer))},
    )
    with pytest.raises(sfox.SFoxMalformedAnswerError):
        sfox.user_client(client, "u1")
