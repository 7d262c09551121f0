from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_virtual_card_request import CreateVirtualCardRequest
from ...models.error_response import ErrorResponse
from ...models.virtual_card import VirtualCard
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVirtualCardRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/card/virtual",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VirtualCard | str:
    if response.status_code == 200:
        response_200 = VirtualCard.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VirtualCard | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVirtualCardRequest,
) -> Response[ErrorResponse | VirtualCard | str]:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VirtualCard | str]
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
    body: CreateVirtualCardRequest,
) -> ErrorResponse | VirtualCard | str | None:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VirtualCard | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVirtualCardRequest,
) -> Response[ErrorResponse | VirtualCard | str]:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VirtualCard | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVirtualCardRequest,
) -> ErrorResponse | VirtualCard | str | None:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VirtualCard | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
