from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_transfers_parameters import ListTransfersParameters
from ...models.transfer import Transfer
from ...models.transfer_list_response import TransferListResponse
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listTransfers", "read")


def _get_kwargs(
    *,
    body: ListTransfersParameters | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/transfers",
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    if not isinstance(body, Unset):
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
) -> ErrorResponse | TransferListResponse:
    if response.status_code == 200:
        response_200 = TransferListResponse.from_dict(loads(response.content))

        return response_200

    response_default = ErrorResponse.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TransferListResponse]:
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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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


def _success(
    response: Response[ErrorResponse | TransferListResponse],
) -> TransferListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(TransferListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    body: ListTransfersParameters | Unset = UNSET,
) -> TransferListResponse:
    """List payouts

     Returns the partner's transfers with their current status one page at a time; a page holds five
    transfers and the first page is returned when no page is given.

    Args:
        body (ListTransfersParameters | Unset): Which page of transfers to return.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        TransferListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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
) -> TransferListResponse:
    """List payouts

     Returns the partner's transfers with their current status one page at a time; a page holds five
    transfers and the first page is returned when no page is given.

    Args:
        body (ListTransfersParameters | Unset): Which page of transfers to return.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        TransferListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient,
    body: ListTransfersParameters | Unset = UNSET,
) -> Iterator[Transfer]:
    """Every Transfer of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            body=pages.with_page(body, ListTransfersParameters, "page", page),
        ),
        items=lambda answer: pages.items_of(answer.data, Transfer),
        next_page=pages.while_items,
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    body: ListTransfersParameters | Unset = UNSET,
) -> AsyncIterator[Transfer]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            body=pages.with_page(body, ListTransfersParameters, "page", page),
        ),
        items=lambda answer: pages.items_of(answer.data, Transfer),
        next_page=pages.while_items,
    )
