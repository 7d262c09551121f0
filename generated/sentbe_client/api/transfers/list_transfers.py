from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_transfers_parameters import ListTransfersParameters
from ...models.transfer_list_response import TransferListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ListTransfersParameters | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/transfers",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TransferListResponse:
    if response.status_code == 200:
        response_200 = TransferListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TransferListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTransfersParameters | Unset = UNSET,
) -> Response[ErrorResponse | TransferListResponse]:
    """List payouts

     Returns the partner's transfers with their current status one page at a time; a page holds five
    transfers and the first page is returned when no page is given.

    Args:
        body (ListTransfersParameters | Unset): Which page of transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransferListResponse]
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
    client: AuthenticatedClient,
    body: ListTransfersParameters | Unset = UNSET,
) -> ErrorResponse | TransferListResponse | None:
    """List payouts

     Returns the partner's transfers with their current status one page at a time; a page holds five
    transfers and the first page is returned when no page is given.

    Args:
        body (ListTransfersParameters | Unset): Which page of transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransferListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTransfersParameters | Unset = UNSET,
) -> Response[ErrorResponse | TransferListResponse]:
    """List payouts

     Returns the partner's transfers with their current status one page at a time; a page holds five
    transfers and the first page is returned when no page is given.

    Args:
        body (ListTransfersParameters | Unset): Which page of transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransferListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListTransfersParameters | Unset = UNSET,
) -> ErrorResponse | TransferListResponse | None:
    """List payouts

     Returns the partner's transfers with their current status one page at a time; a page holds five
    transfers and the first page is returned when no page is given.

    Args:
        body (ListTransfersParameters | Unset): Which page of transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransferListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
