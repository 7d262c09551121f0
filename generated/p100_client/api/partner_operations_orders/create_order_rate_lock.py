from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_rate_lock_request import CreateOrderRateLockRequest
from ...models.error_response import ErrorResponse
from ...models.order_rate_lock import OrderRateLock
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrderRateLockRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/order/lock-rate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderRateLock | str | None:
    if response.status_code == 200:
        response_200 = OrderRateLock.from_dict(response.json())

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
) -> Response[ErrorResponse | OrderRateLock | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRateLockRequest,
) -> Response[ErrorResponse | OrderRateLock | str]:
    """Lock an order rate

     Quotes and locks, for a limited time, the rate for paying in a cryptocurrency on a network. The
    answer gives the lock id to place the order with, the crypto amount to pay for the requested
    settlement amount, the rate and the expiry. Use Get Rates for indicative rates without a lock.

    Args:
        body (CreateOrderRateLockRequest): What to lock a rate for (types inferred from the
            documented example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderRateLock | str]
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
    body: CreateOrderRateLockRequest,
) -> ErrorResponse | OrderRateLock | str | None:
    """Lock an order rate

     Quotes and locks, for a limited time, the rate for paying in a cryptocurrency on a network. The
    answer gives the lock id to place the order with, the crypto amount to pay for the requested
    settlement amount, the rate and the expiry. Use Get Rates for indicative rates without a lock.

    Args:
        body (CreateOrderRateLockRequest): What to lock a rate for (types inferred from the
            documented example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderRateLock | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRateLockRequest,
) -> Response[ErrorResponse | OrderRateLock | str]:
    """Lock an order rate

     Quotes and locks, for a limited time, the rate for paying in a cryptocurrency on a network. The
    answer gives the lock id to place the order with, the crypto amount to pay for the requested
    settlement amount, the rate and the expiry. Use Get Rates for indicative rates without a lock.

    Args:
        body (CreateOrderRateLockRequest): What to lock a rate for (types inferred from the
            documented example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderRateLock | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRateLockRequest,
) -> ErrorResponse | OrderRateLock | str | None:
    """Lock an order rate

     Quotes and locks, for a limited time, the rate for paying in a cryptocurrency on a network. The
    answer gives the lock id to place the order with, the crypto amount to pay for the requested
    settlement amount, the rate and the expiry. Use Get Rates for indicative rates without a lock.

    Args:
        body (CreateOrderRateLockRequest): What to lock a rate for (types inferred from the
            documented example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderRateLock | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
