from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_partner_exchange_request import CreatePartnerExchangeRequest
from ...models.error_response import ErrorResponse
from ...models.exchange_created import ExchangeCreated
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePartnerExchangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/partner/exchange",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExchangeCreated | str | None:
    if response.status_code == 200:
        response_200 = ExchangeCreated.from_dict(response.json())

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
) -> Response[ErrorResponse | ExchangeCreated | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePartnerExchangeRequest,
) -> Response[ErrorResponse | ExchangeCreated | str]:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExchangeCreated | str]
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
    body: CreatePartnerExchangeRequest,
) -> ErrorResponse | ExchangeCreated | str | None:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExchangeCreated | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePartnerExchangeRequest,
) -> Response[ErrorResponse | ExchangeCreated | str]:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExchangeCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePartnerExchangeRequest,
) -> ErrorResponse | ExchangeCreated | str | None:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExchangeCreated | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
