import datetime
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.balance_history_entry import BalanceHistoryEntry
from ...models.balance_history_list_response import BalanceHistoryListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listBalanceHistories", "read")


def _get_kwargs(
    *,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    min_date: datetime.date | Unset = UNSET,
    max_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["currency"] = currency

    json_min_date: str | Unset = UNSET
    if not isinstance(min_date, Unset):
        json_min_date = min_date.isoformat()
    params["minDate"] = json_min_date

    json_max_date: str | Unset = UNSET
    if not isinstance(max_date, Unset):
        json_max_date = max_date.isoformat()
    params["maxDate"] = json_max_date

    params["onBehalfOf"] = on_behalf_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/currency-accounts/balance-history",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalanceHistoryListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BalanceHistoryListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BalanceHistoryListResponse | ErrorResponse]:
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
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    min_date: datetime.date | Unset = UNSET,
    max_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> Response[BalanceHistoryListResponse | ErrorResponse]:
    """List balance changes of currency accounts

     Returns one page of balance changes (opening and closing balance per date) across the caller's
    currency accounts, optionally limited to one currency and a date range.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_date (datetime.date | Unset):
        max_date (datetime.date | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BalanceHistoryListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        currency=currency,
        min_date=min_date,
        max_date=max_date,
        on_behalf_of=on_behalf_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[BalanceHistoryListResponse | ErrorResponse],
) -> BalanceHistoryListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(BalanceHistoryListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    min_date: datetime.date | Unset = UNSET,
    max_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> BalanceHistoryListResponse:
    """List balance changes of currency accounts

     Returns one page of balance changes (opening and closing balance per date) across the caller's
    currency accounts, optionally limited to one currency and a date range.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_date (datetime.date | Unset):
        max_date (datetime.date | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BalanceHistoryListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            currency=currency,
            min_date=min_date,
            max_date=max_date,
            on_behalf_of=on_behalf_of,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    min_date: datetime.date | Unset = UNSET,
    max_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> Response[BalanceHistoryListResponse | ErrorResponse]:
    """List balance changes of currency accounts

     Returns one page of balance changes (opening and closing balance per date) across the caller's
    currency accounts, optionally limited to one currency and a date range.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_date (datetime.date | Unset):
        max_date (datetime.date | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BalanceHistoryListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        currency=currency,
        min_date=min_date,
        max_date=max_date,
        on_behalf_of=on_behalf_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    min_date: datetime.date | Unset = UNSET,
    max_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> BalanceHistoryListResponse:
    """List balance changes of currency accounts

     Returns one page of balance changes (opening and closing balance per date) across the caller's
    currency accounts, optionally limited to one currency and a date range.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_date (datetime.date | Unset):
        max_date (datetime.date | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BalanceHistoryListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            currency=currency,
            min_date=min_date,
            max_date=max_date,
            on_behalf_of=on_behalf_of,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
    min_date: datetime.date | Unset = UNSET,
    max_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    page_size: int = 100,
) -> Iterator[BalanceHistoryEntry]:
    """Every BalanceHistoryEntry of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones; `page_size` sets how many a page holds.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            page_number=page,
            page_size=page_size,
            currency=currency,
            min_date=min_date,
            max_date=max_date,
            on_behalf_of=on_behalf_of,
        ),
        items=lambda answer: pages.items_of(answer.balance_list, BalanceHistoryEntry),
        next_page=pages.next_at(["pagination", "next_page"]),
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
    min_date: datetime.date | Unset = UNSET,
    max_date: datetime.date | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    page_size: int = 100,
) -> AsyncIterator[BalanceHistoryEntry]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            page_number=page,
            page_size=page_size,
            currency=currency,
            min_date=min_date,
            max_date=max_date,
            on_behalf_of=on_behalf_of,
        ),
        items=lambda answer: pages.items_of(answer.balance_list, BalanceHistoryEntry),
        next_page=pages.next_at(["pagination", "next_page"]),
    )
