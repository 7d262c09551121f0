from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_crypto_withdrawal_request import CreateCryptoWithdrawalRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCryptoWithdrawalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/crypto-withdrawal",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCryptoWithdrawalRequest,
) -> Any | ErrorResponse | str | None:
    """Withdraw a user's crypto to an external wallet

     Sends cryptocurrency from an end user's balance to an external wallet address. The Travel Rule data
    (receiver name, wallet type, receiver type) is mandatory. Check the balance and the network fee
    first; follow the withdrawal with Get Crypto Withdrawal Details or the Crypto Withdrawal webhook.

    Args:
        body (CreateCryptoWithdrawalRequest): A crypto withdrawal with its Travel Rule data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
) -> Any | ErrorResponse | str | None:
    """Withdraw a user's crypto to an external wallet

     Sends cryptocurrency from an end user's balance to an external wallet address. The Travel Rule data
    (receiver name, wallet type, receiver type) is mandatory. Check the balance and the network fee
    first; follow the withdrawal with Get Crypto Withdrawal Details or the Crypto Withdrawal webhook.

    Args:
        body (CreateCryptoWithdrawalRequest): A crypto withdrawal with its Travel Rule data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
