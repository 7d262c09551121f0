"""corridor.sfox clients: which bearer token each sends, user-token minting, and SFoxError."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
import pytest
from sfox_client.api.end_users import deactivate_end_user, get_end_user, list_end_users
from sfox_client.api.payments import get_wire_instructions
from sfox_client.api.transfers import create_transfer
from sfox_client.models import CreateTransferRequest, ListEndUsersAccountRole

from corridor import sfox
from corridor.errors import InputError, MalformedAnswerError
from corridor.sfox import SFoxError

BASE_URL = "https://sfox.test"
ENTERPRISE_KEY = "ent_5f0c2a8e9b7d41c3a6e2f1d0b9c8a7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0"
USER_ID = "client_account_1"
EXPIRES = "2024-05-14T19:22:09.901Z"

# The docs' examples.
END_USER = {
    "account_type": "individual",
    "account_role": "Client",
    "user_id": USER_ID,
    "advisor_user_id": None,
    "email": "user@example.com",
    "first_name": "Sean",
    "last_name": "Fox",
    "phone_number": "+12345678900",
    "status": "VERIFIED",
    "requirements": {"email": False, "sms": False},
}
WIRE_INSTRUCTIONS = {
    "bank_name": "MVB Bank",
    "bank_address": "301 Virginia Avenue Fairmont, West Virginia 26554",
    "beneficiary_name": "sFOX",
    "beneficiary_address": "400 Continental Blvd, 6th Floor, El Segundo, CA 90245",
    "bank_routing_number": "51504597",
    "bank_routing_swift": "PNCCUS33",
    "bank_account_number": "136379",
    "sfox_user_ref_id": "XpvdE",
}
INVALID_TOKEN = {"error": "invalid token. check authorization header."}
USER_LOOKUP_FAILED = {"error": "user lookup failed"}


@dataclass
class FakeSFox:
    """Just enough of sFOX: the enterprise key, minted user tokens, one user op, one partner op."""

    minted: dict[str, str] = field(default_factory=dict)  # token -> user_id
    seen: list[tuple[str, str, str | None, bytes]] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        authorization = request.headers.get("Authorization")
        self.seen.append((request.method, path, authorization, request.content))
        if path.startswith("/v1/enterprise/"):
            if authorization != f"Bearer {ENTERPRISE_KEY}":
                return httpx.Response(401, json=INVALID_TOKEN)
            if request.method == "POST" and path.startswith("/v1/enterprise/user-tokens/"):
                user_id = path.rsplit("/", 1)[1]
                token = hashlib.sha256(f"{user_id}/{len(self.minted)}".encode()).hexdigest()
                self.minted[token] = user_id
                data = {"token": token, "partner_user_id": user_id, "expires": EXPIRES}
                return httpx.Response(201, json={"data": data})
            if path == f"/v1/enterprise/users/{USER_ID}":
                return httpx.Response(200, json={"data": END_USER})
        elif path == "/v1/user/wire-instructions":
            token = (authorization or "").removeprefix("Bearer ")
            if token not in self.minted:
                return httpx.Response(401, json=USER_LOOKUP_FAILED)
            return httpx.Response(200, json={"data": WIRE_INSTRUCTIONS})
        return httpx.Response(404, json={"error": "not found"})

    def tokens_sent_to(self, path: str) -> list[str | None]:
        return [authorization for _, seen_path, authorization, _ in self.seen if seen_path == path]


@pytest.fixture
def service() -> FakeSFox:
    return FakeSFox()


def partner(service: FakeSFox, api_key: str = ENTERPRISE_KEY) -> sfox.AuthenticatedClient:
    transport = httpx.MockTransport(service.handler)
    return sfox.connect(api_key, base_url=BASE_URL, httpx_args={"transport": transport})


def answering(response: httpx.Response) -> dict[str, httpx.MockTransport]:
    return {"transport": httpx.MockTransport(lambda request: response)}


# ---------------------------------------------------------------- tokens


def test_the_enterprise_client_sends_the_enterprise_key_as_bearer_token(service: FakeSFox) -> None:
    user = get_end_user.sync(USER_ID, client=partner(service))
    assert isinstance(user, sfox.client_models.EndUserResponse)
    assert user.data.user_id == USER_ID
    assert service.tokens_sent_to(f"/v1/enterprise/users/{USER_ID}") == [f"Bearer {ENTERPRISE_KEY}"]


def test_user_client_mints_a_token_for_the_user_with_the_enterprise_key(service: FakeSFox) -> None:
    sfox.user_client(partner(service), USER_ID)
    assert service.seen == [
        ("POST", f"/v1/enterprise/user-tokens/{USER_ID}", f"Bearer {ENTERPRISE_KEY}", b"")
    ]
    assert list(service.minted.values()) == [USER_ID]


def test_the_user_client_sends_the_minted_token_as_bearer_token(service: FakeSFox) -> None:
    user = sfox.user_client(partner(service), USER_ID)
    wire = get_wire_instructions.sync(client=user)
    assert isinstance(wire, sfox.client_models.WireInstructionsResponse)
    assert wire.data.sfox_user_ref_id == "XpvdE"
    [token] = service.minted
    assert service.tokens_sent_to("/v1/user/wire-instructions") == [f"Bearer {token}"]


def test_the_minted_token_s_user_and_expiry_are_recorded(service: FakeSFox) -> None:
    auth = sfox.auth_of(sfox.user_client(partner(service), USER_ID))
    assert (auth.kind, auth.user_id) == ("user", USER_ID)
    assert auth.expires == datetime(2024, 5, 14, 19, 22, 9, 901000, tzinfo=UTC)
    assert auth.token in service.minted


def test_the_user_client_keeps_the_enterprise_client_s_base_url_and_transport(
    service: FakeSFox,
) -> None:
    user = sfox.user_client(partner(service), USER_ID)
    assert str(user.get_httpx_client().base_url) == BASE_URL
    get_wire_instructions.sync(client=user)
    assert [path for _, path, _, _ in service.seen][-1] == "/v1/user/wire-instructions"


def test_user_client_async_mints_with_the_async_client(service: FakeSFox) -> None:
    async def scenario() -> None:
        user = await sfox.user_client_async(partner(service), USER_ID)
        wire = await get_wire_instructions.asyncio(client=user)
        assert isinstance(wire, sfox.client_models.WireInstructionsResponse)

    asyncio.run(scenario())
    [token] = service.minted
    assert service.tokens_sent_to("/v1/user/wire-instructions") == [f"Bearer {token}"]


def test_a_token_you_already_hold_can_be_used_directly(service: FakeSFox) -> None:
    sfox.user_client(partner(service), USER_ID)
    [token] = service.minted
    transport = httpx.MockTransport(service.handler)
    held = sfox.user_client_from_token(
        token, user_id=USER_ID, base_url=BASE_URL, httpx_args={"transport": transport}
    )
    assert get_wire_instructions.sync(client=held) is not None
    assert service.tokens_sent_to("/v1/user/wire-instructions") == [f"Bearer {token}"]
    assert sfox.auth_of(held).user_id == USER_ID


def test_minting_with_a_wrong_enterprise_key_raises_the_documented_401(service: FakeSFox) -> None:
    with pytest.raises(SFoxError) as raised:
        sfox.user_client(partner(service, api_key="wrong"), USER_ID)
    assert raised.value.status_code == 401
    assert raised.value.error == "invalid token. check authorization header."


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(201, json={"data": {"token": "f" * 64}}),  # no expires
        httpx.Response(
            201, json={"data": {"token": "", "partner_user_id": "u", "expires": EXPIRES}}
        ),
        httpx.Response(201, text="<html>ok</html>"),
    ],
)
def test_a_mint_answer_without_a_usable_token_is_an_error(answer: httpx.Response) -> None:
    client = sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, retries=sfox.NO_RETRIES, httpx_args=answering(answer)
    )
    with pytest.raises(MalformedAnswerError) as raised:
        sfox.user_client(client, USER_ID)
    assert raised.value.status_code == 201
    assert "f" * 64 not in str(raised.value)


def test_a_user_client_cannot_mint_tokens() -> None:
    user = sfox.user_client_from_token("a" * 64, base_url=BASE_URL)
    with pytest.raises(InputError) as raised:
        sfox.user_client(user, USER_ID)
    assert raised.value.field == "enterprise"


@pytest.mark.parametrize(
    ("make", "field_name"),
    [
        (lambda: sfox.connect(""), "api_key"),
        (lambda: sfox.connect(ENTERPRISE_KEY, base_url=""), "base_url"),
        (lambda: sfox.user_client_from_token(" "), "token"),
        (lambda: sfox.user_client(sfox.connect(ENTERPRISE_KEY), ""), "user_id"),
    ],
)
def test_empty_credentials_and_ids_are_refused_naming_the_field(
    make: Callable[[], object], field_name: str
) -> None:
    with pytest.raises(InputError) as raised:
        make()
    assert raised.value.field == field_name


def test_auth_of_refuses_a_client_not_made_by_the_facade() -> None:
    with pytest.raises(TypeError):
        sfox.auth_of(sfox.AuthenticatedClient(base_url=BASE_URL, token="x"))


# ---------------------------------------------------------------- errors

GIFT_CARD = CreateTransferRequest.from_dict(
    {
        "transfer_id": "7735757c-863e-4e07-9b84-af186424ebae",
        "user_id": "ClientAccount1",
        "type": "PAYMENT",
        "purpose": "GOOD",
        "description": "Gift card payment",
        "currency": "eth",
        "quantity": 0.1,
        "rate": 2000,
    }
)


@pytest.mark.parametrize(
    ("call", "status", "message", "method", "path"),
    [
        (
            lambda client: create_transfer.sync(client=client, body=GIFT_CARD),
            403,
            "Partner transfer permission not granted.",
            "POST",
            "/v1/enterprise/transfer",
        ),
        (
            lambda client: deactivate_end_user.sync("nobody", client=client),
            404,
            "The account does not exist to be disabled.",
            "DELETE",
            "/v1/enterprise/account/nobody",
        ),
        (
            lambda client: deactivate_end_user.sync(USER_ID, client=client),
            422,
            "Can not disable account with non-zero balances. Please remove all balances and "
            "try again.",
            "DELETE",
            f"/v1/enterprise/account/{USER_ID}",
        ),
        (
            lambda client: create_transfer.sync(client=client, body=GIFT_CARD),
            422,
            "A transaction with the same transfer_id already exists.",
            "POST",
            "/v1/enterprise/transfer",
        ),
    ],
)
def test_a_documented_error_raises_sfox_error_with_status_and_message(
    call: Callable[[sfox.AuthenticatedClient], object],
    status: int,
    message: str,
    method: str,
    path: str,
) -> None:
    answer = httpx.Response(status, json={"error": message})
    client = sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, retries=sfox.NO_RETRIES, httpx_args=answering(answer)
    )
    with pytest.raises(SFoxError) as raised:
        call(client)
    error = raised.value
    assert (error.status_code, error.error, error.method, error.url) == (
        status,
        message,
        method,
        BASE_URL + path,
    )
    assert error.body == {"error": message}
    assert message in str(error)


def test_a_user_token_refused_raises_the_documented_401(service: FakeSFox) -> None:
    stale = sfox.user_client_from_token(
        "0" * 64, base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(service.handler)}
    )
    with pytest.raises(SFoxError) as raised:
        get_wire_instructions.sync(client=stale)
    assert (raised.value.status_code, raised.value.error) == (401, "user lookup failed")


@pytest.mark.parametrize(
    ("answer", "error", "body"),
    [
        (
            httpx.Response(503, text="<html>down for maintenance</html>"),
            "<html>down for maintenance</html>",
            "<html>down for maintenance</html>",
        ),
        (httpx.Response(502, content=b""), "an empty body", ""),
        (
            httpx.Response(400, json={"message": "bad"}),
            '{"message": "bad"}',
            {"message": "bad"},
        ),
    ],
)
def test_a_body_that_is_not_an_sfox_error_object_is_kept_as_raw_text(
    answer: httpx.Response, error: str, body: object
) -> None:
    client = sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, retries=sfox.NO_RETRIES, httpx_args=answering(answer)
    )
    with pytest.raises(SFoxError) as raised:
        get_end_user.sync(USER_ID, client=client)
    assert raised.value.status_code == answer.status_code
    assert raised.value.error == error
    assert raised.value.body == body


def test_the_error_url_leaves_out_the_query_string() -> None:
    answer = httpx.Response(400, json={"error": "bad role"})
    client = sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, retries=sfox.NO_RETRIES, httpx_args=answering(answer)
    )
    with pytest.raises(SFoxError) as raised:
        list_end_users.sync(client=client, account_role=ListEndUsersAccountRole.ADVISOR)
    assert raised.value.url == f"{BASE_URL}/v1/enterprise/users"


def test_retry_after_is_read_from_the_answer() -> None:
    answer = httpx.Response(429, json={"error": "slow down"}, headers={"Retry-After": "60"})
    client = sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, retries=sfox.NO_RETRIES, httpx_args=answering(answer)
    )
    with pytest.raises(sfox.SFoxRateLimitError) as raised:
        get_end_user.sync(USER_ID, client=client)
    assert raised.value.retry_after == 60.0


def test_async_calls_raise_the_same_error() -> None:
    answer = httpx.Response(404, json={"error": "The account does not exist to be disabled."})
    client = sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, retries=sfox.NO_RETRIES, httpx_args=answering(answer)
    )
    with pytest.raises(SFoxError) as raised:
        asyncio.run(deactivate_end_user.asyncio("nobody", client=client))
    assert raised.value.status_code == 404


def test_secrets_never_appear_in_reprs_or_errors(service: FakeSFox) -> None:
    enterprise = partner(service)
    user = sfox.user_client(enterprise, USER_ID)
    [token] = service.minted
    get_wire_instructions.sync(client=user)  # both clients have built their httpx clients now
    texts = [repr(enterprise), repr(user), repr(sfox.auth_of(enterprise)), repr(sfox.auth_of(user))]
    service.minted.clear()  # sFOX forgets the token: the next user call is refused
    for client, call in (
        (user, lambda: get_wire_instructions.sync(client=user)),
        (enterprise, lambda: deactivate_end_user.sync("nobody", client=enterprise)),
    ):
        with pytest.raises(SFoxError) as raised:
            call()
        texts += [str(raised.value), repr(raised.value), repr(client)]
    for text in texts:
        assert ENTERPRISE_KEY not in text
        assert token not in text
