from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.balance_response import BalanceResponse
from ...models.error_response import ErrorResponse
from ...models.wallet_currency import WalletCurrency
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getBalance", "read")


def _get_kwargs(
    currency: WalletCurrency,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/balances/{currency}".format(
            currency=quote(str(currency), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalanceResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = BalanceResponse.from_dict(loads(response.content))

        return response_200

    response_default = ErrorResponse.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BalanceResponse | ErrorResponse]:
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
    currency: WalletCurrency,
    *,
    client: AuthenticatedClient,
) -> Response[BalanceResponse | ErrorResponse]:
    """Get one wallet's balance

     Returns the partner's prefunded credit in the wallet of the currency given in the path.

    Args:
        currency (WalletCurrency): Currency of a partner wallet; the docs name USD and KRW as the
            ones currently offered (others answer E0007).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BalanceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[BalanceResponse | ErrorResponse]) -> BalanceResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(BalanceResponse, response.parsed)


def sync(
    currency: WalletCurrency,
    *,
    client: AuthenticatedClient,
) -> BalanceResponse:
    """Get one wallet's balance

     Returns the partner's prefunded credit in the wallet of the currency given in the path.

    Args:
        currency (WalletCurrency): Currency of a partner wallet; the docs name USD and KRW as the
            ones currently offered (others answer E0007).

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BalanceResponse
    """

    return _success(
        sync_detailed(
            currency=currency,
            client=client,
        )
    )


async def asyncio_detailed(
    currency: WalletCurrency,
    *,
    client: AuthenticatedClient,
) -> Response[BalanceResponse | ErrorResponse]:
    """Get one wallet's balance

     Returns the partner's prefunded credit in the wallet of the currency given in the path.

    Args:
        currency (WalletCurrency): Currency of a partner wallet; the docs name USD and KRW as the
            ones currently offered (others answer E0007).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BalanceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    currency: WalletCurrency,
    *,
    client: AuthenticatedClient,
) -> BalanceResponse:
    """Get one wallet's balance

     Returns the partner's prefunded credit in the wallet of the currency given in the path.

    Args:
        currency (WalletCurrency): Currency of a partner wallet; the docs name USD and KRW as the
            ones currently offered (others answer E0007).

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BalanceResponse
    """

    return _success(
        await asyncio_detailed(
            currency=currency,
            client=client,
        )
    )
