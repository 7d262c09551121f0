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
from ...models.list_recipients_parameters import ListRecipientsParameters
from ...models.recipient import Recipient
from ...models.recipient_list_response import RecipientListResponse
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listRecipients", "read")


def _get_kwargs(
    *,
    body: ListRecipientsParameters | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/recipients",
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
) -> ErrorResponse | RecipientListResponse:
    if response.status_code == 200:
        response_200 = RecipientListResponse.from_dict(loads(response.content))

        return response_200

    response_default = ErrorResponse.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RecipientListResponse]:
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
    body: ListRecipientsParameters | Unset = UNSET,
) -> Response[ErrorResponse | RecipientListResponse]:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | RecipientListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | RecipientListResponse],
) -> RecipientListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(RecipientListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    body: ListRecipientsParameters | Unset = UNSET,
) -> RecipientListResponse:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        RecipientListResponse
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
    body: ListRecipientsParameters | Unset = UNSET,
) -> Response[ErrorResponse | RecipientListResponse]:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | RecipientListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListRecipientsParameters | Unset = UNSET,
) -> RecipientListResponse:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        RecipientListResponse
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
    body: ListRecipientsParameters | Unset = UNSET,
) -> Iterator[Recipient]:
    """Every Recipient of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            body=pages.with_page(body, ListRecipientsParameters, "page", page),
        ),
        items=lambda answer: pages.items_of(answer.data, Recipient),
        next_page=pages.while_items,
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    body: ListRecipientsParameters | Unset = UNSET,
) -> AsyncIterator[Recipient]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            body=pages.with_page(body, ListRecipientsParameters, "page", page),
        ),
        items=lambda answer: pages.items_of(answer.data, Recipient),
        next_page=pages.while_items,
    )
