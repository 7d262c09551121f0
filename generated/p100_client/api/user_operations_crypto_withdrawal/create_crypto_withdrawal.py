from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import JsonValue, dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_crypto_withdrawal_request import CreateCryptoWithdrawalRequest
from ...models.error_response import ErrorResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation(
    "createCryptoWithdrawal",
    "create",
    hint="getPartnerBalances (GET /v1/partner/balances) and the transaction history (Get Transaction History)",
)


def _get_kwargs(
    *,
    body: CreateCryptoWithdrawalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/crypto-withdrawal",
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if (
        "json" in _kwargs
    ):  # written by corridor's encoder, so Decimal amounts stay exact
        _kwargs["content"] = dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = loads(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as problem:
        raise errors.unexpected_answer(client, response, problem) from problem
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCryptoWithdrawalRequest,
) -> Response[Any | ErrorResponse | str]:
    """Withdraw a user's crypto to an external wallet

     Sends cryptocurrency from an end user's balance to an external wallet address. The Travel Rule data
    (receiver name, wallet type, receiver type) is mandatory. Check the balance and the network fee
    first; follow the withdrawal with Get Crypto Withdrawal Details or the Crypto Withdrawal webhook.

    Args:
        body (CreateCryptoWithdrawalRequest): A crypto withdrawal with its Travel Rule data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[Any | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Any | ErrorResponse | str]) -> JsonValue:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(JsonValue, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCryptoWithdrawalRequest,
) -> JsonValue:
    """Withdraw a user's crypto to an external wallet

     Sends cryptocurrency from an end user's balance to an external wallet address. The Travel Rule data
    (receiver name, wallet type, receiver type) is mandatory. Check the balance and the network fee
    first; follow the withdrawal with Get Crypto Withdrawal Details or the Crypto Withdrawal webhook.

    Args:
        body (CreateCryptoWithdrawalRequest): A crypto withdrawal with its Travel Rule data.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        JsonValue
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCryptoWithdrawalRequest,
) -> Response[Any | ErrorResponse | str]:
    """Withdraw a user's crypto to an external wallet

     Sends cryptocurrency from an end user's balance to an external wallet address. The Travel Rule data
    (receiver name, wallet type, receiver type) is mandatory. Check the balance and the network fee
    first; follow the withdrawal with Get Crypto Withdrawal Details or the Crypto Withdrawal webhook.

    Args:
        body (CreateCryptoWithdrawalRequest): A crypto withdrawal with its Travel Rule data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[Any | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCryptoWithdrawalRequest,
) -> JsonValue:
    """Withdraw a user's crypto to an external wallet

     Sends cryptocurrency from an end user's balance to an external wallet address. The Travel Rule data
    (receiver name, wallet type, receiver type) is mandatory. Check the balance and the network fee
    first; follow the withdrawal with Get Crypto Withdrawal Details or the Crypto Withdrawal webhook.

    Args:
        body (CreateCryptoWithdrawalRequest): A crypto withdrawal with its Travel Rule data.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        JsonValue
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
