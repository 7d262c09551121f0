import datetime
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion import Conversion
from ...models.conversion_list_response import ConversionListResponse
from ...models.conversion_status import ConversionStatus
from ...models.error_response import ErrorResponse
from ...models.list_scope import ListScope
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listConversions", "read")


def _get_kwargs(
    *,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    sell_currency: str | Unset = UNSET,
    buy_currency: str | Unset = UNSET,
    min_sell_amount: Decimal | Unset = UNSET,
    max_sell_amount: Decimal | Unset = UNSET,
    min_buy_amount: Decimal | Unset = UNSET,
    max_buy_amount: Decimal | Unset = UNSET,
    status: ConversionStatus | Unset = UNSET,
    min_settlement_date: datetime.date | Unset = UNSET,
    max_settlement_date: datetime.date | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    transaction_reference: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params["onBehalfOf"] = on_behalf_of

    params["sellCurrency"] = sell_currency

    params["buyCurrency"] = buy_currency

    params["minSellAmount"] = min_sell_amount

    params["maxSellAmount"] = max_sell_amount

    params["minBuyAmount"] = min_buy_amount

    params["maxBuyAmount"] = max_buy_amount

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_min_settlement_date: str | Unset = UNSET
    if not isinstance(min_settlement_date, Unset):
        json_min_settlement_date = min_settlement_date.isoformat()
    params["minSettlementDate"] = json_min_settlement_date

    json_max_settlement_date: str | Unset = UNSET
    if not isinstance(max_settlement_date, Unset):
        json_max_settlement_date = max_settlement_date.isoformat()
    params["maxSettlementDate"] = json_max_settlement_date

    json_min_creation_date: str | Unset = UNSET
    if not isinstance(min_creation_date, Unset):
        json_min_creation_date = min_creation_date.isoformat()
    params["minCreationDate"] = json_min_creation_date

    json_max_creation_date: str | Unset = UNSET
    if not isinstance(max_creation_date, Unset):
        json_max_creation_date = max_creation_date.isoformat()
    params["maxCreationDate"] = json_max_creation_date

    params["transactionReference"] = transaction_reference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversions",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversionListResponse.from_dict(loads(response.content))

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
) -> Response[ConversionListResponse | ErrorResponse]:
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
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    sell_currency: str | Unset = UNSET,
    buy_currency: str | Unset = UNSET,
    min_sell_amount: Decimal | Unset = UNSET,
    max_sell_amount: Decimal | Unset = UNSET,
    min_buy_amount: Decimal | Unset = UNSET,
    max_buy_amount: Decimal | Unset = UNSET,
    status: ConversionStatus | Unset = UNSET,
    min_settlement_date: datetime.date | Unset = UNSET,
    max_settlement_date: datetime.date | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    transaction_reference: str | Unset = UNSET,
) -> Response[ConversionListResponse | ErrorResponse]:
    """List conversions

     Returns a page of the conversions visible to the caller, optionally filtered by currency, amount
    range, status, settlement or creation date range, or reference.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        sell_currency (str | Unset): ISO 4217 three-letter currency code.
        buy_currency (str | Unset): ISO 4217 three-letter currency code.
        min_sell_amount (Decimal | Unset):
        max_sell_amount (Decimal | Unset):
        min_buy_amount (Decimal | Unset):
        max_buy_amount (Decimal | Unset):
        status (ConversionStatus | Unset):
        min_settlement_date (datetime.date | Unset):
        max_settlement_date (datetime.date | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        transaction_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ConversionListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        scope=scope,
        on_behalf_of=on_behalf_of,
        sell_currency=sell_currency,
        buy_currency=buy_currency,
        min_sell_amount=min_sell_amount,
        max_sell_amount=max_sell_amount,
        min_buy_amount=min_buy_amount,
        max_buy_amount=max_buy_amount,
        status=status,
        min_settlement_date=min_settlement_date,
        max_settlement_date=max_settlement_date,
        min_creation_date=min_creation_date,
        max_creation_date=max_creation_date,
        transaction_reference=transaction_reference,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ConversionListResponse | ErrorResponse],
) -> ConversionListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(ConversionListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    sell_currency: str | Unset = UNSET,
    buy_currency: str | Unset = UNSET,
    min_sell_amount: Decimal | Unset = UNSET,
    max_sell_amount: Decimal | Unset = UNSET,
    min_buy_amount: Decimal | Unset = UNSET,
    max_buy_amount: Decimal | Unset = UNSET,
    status: ConversionStatus | Unset = UNSET,
    min_settlement_date: datetime.date | Unset = UNSET,
    max_settlement_date: datetime.date | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    transaction_reference: str | Unset = UNSET,
) -> ConversionListResponse:
    """List conversions

     Returns a page of the conversions visible to the caller, optionally filtered by currency, amount
    range, status, settlement or creation date range, or reference.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        sell_currency (str | Unset): ISO 4217 three-letter currency code.
        buy_currency (str | Unset): ISO 4217 three-letter currency code.
        min_sell_amount (Decimal | Unset):
        max_sell_amount (Decimal | Unset):
        min_buy_amount (Decimal | Unset):
        max_buy_amount (Decimal | Unset):
        status (ConversionStatus | Unset):
        min_settlement_date (datetime.date | Unset):
        max_settlement_date (datetime.date | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        transaction_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        ConversionListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            sell_currency=sell_currency,
            buy_currency=buy_currency,
            min_sell_amount=min_sell_amount,
            max_sell_amount=max_sell_amount,
            min_buy_amount=min_buy_amount,
            max_buy_amount=max_buy_amount,
            status=status,
            min_settlement_date=min_settlement_date,
            max_settlement_date=max_settlement_date,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            transaction_reference=transaction_reference,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    sell_currency: str | Unset = UNSET,
    buy_currency: str | Unset = UNSET,
    min_sell_amount: Decimal | Unset = UNSET,
    max_sell_amount: Decimal | Unset = UNSET,
    min_buy_amount: Decimal | Unset = UNSET,
    max_buy_amount: Decimal | Unset = UNSET,
    status: ConversionStatus | Unset = UNSET,
    min_settlement_date: datetime.date | Unset = UNSET,
    max_settlement_date: datetime.date | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    transaction_reference: str | Unset = UNSET,
) -> Response[ConversionListResponse | ErrorResponse]:
    """List conversions

     Returns a page of the conversions visible to the caller, optionally filtered by currency, amount
    range, status, settlement or creation date range, or reference.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        sell_currency (str | Unset): ISO 4217 three-letter currency code.
        buy_currency (str | Unset): ISO 4217 three-letter currency code.
        min_sell_amount (Decimal | Unset):
        max_sell_amount (Decimal | Unset):
        min_buy_amount (Decimal | Unset):
        max_buy_amount (Decimal | Unset):
        status (ConversionStatus | Unset):
        min_settlement_date (datetime.date | Unset):
        max_settlement_date (datetime.date | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        transaction_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ConversionListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        scope=scope,
        on_behalf_of=on_behalf_of,
        sell_currency=sell_currency,
        buy_currency=buy_currency,
        min_sell_amount=min_sell_amount,
        max_sell_amount=max_sell_amount,
        min_buy_amount=min_buy_amount,
        max_buy_amount=max_buy_amount,
        status=status,
        min_settlement_date=min_settlement_date,
        max_settlement_date=max_settlement_date,
        min_creation_date=min_creation_date,
        max_creation_date=max_creation_date,
        transaction_reference=transaction_reference,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    sell_currency: str | Unset = UNSET,
    buy_currency: str | Unset = UNSET,
    min_sell_amount: Decimal | Unset = UNSET,
    max_sell_amount: Decimal | Unset = UNSET,
    min_buy_amount: Decimal | Unset = UNSET,
    max_buy_amount: Decimal | Unset = UNSET,
    status: ConversionStatus | Unset = UNSET,
    min_settlement_date: datetime.date | Unset = UNSET,
    max_settlement_date: datetime.date | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    transaction_reference: str | Unset = UNSET,
) -> ConversionListResponse:
    """List conversions

     Returns a page of the conversions visible to the caller, optionally filtered by currency, amount
    range, status, settlement or creation date range, or reference.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        sell_currency (str | Unset): ISO 4217 three-letter currency code.
        buy_currency (str | Unset): ISO 4217 three-letter currency code.
        min_sell_amount (Decimal | Unset):
        max_sell_amount (Decimal | Unset):
        min_buy_amount (Decimal | Unset):
        max_buy_amount (Decimal | Unset):
        status (ConversionStatus | Unset):
        min_settlement_date (datetime.date | Unset):
        max_settlement_date (datetime.date | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        transaction_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        ConversionListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            sell_currency=sell_currency,
            buy_currency=buy_currency,
            min_sell_amount=min_sell_amount,
            max_sell_amount=max_sell_amount,
            min_buy_amount=min_buy_amount,
            max_buy_amount=max_buy_amount,
            status=status,
            min_settlement_date=min_settlement_date,
            max_settlement_date=max_settlement_date,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            transaction_reference=transaction_reference,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    sell_currency: str | Unset = UNSET,
    buy_currency: str | Unset = UNSET,
    min_sell_amount: Decimal | Unset = UNSET,
    max_sell_amount: Decimal | Unset = UNSET,
    min_buy_amount: Decimal | Unset = UNSET,
    max_buy_amount: Decimal | Unset = UNSET,
    status: ConversionStatus | Unset = UNSET,
    min_settlement_date: datetime.date | Unset = UNSET,
    max_settlement_date: datetime.date | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    transaction_reference: str | Unset = UNSET,
    page_size: int = 100,
) -> Iterator[Conversion]:
    """Every Conversion of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones; `page_size` sets how many a page holds.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            page_number=page,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            sell_currency=sell_currency,
            buy_currency=buy_currency,
            min_sell_amount=min_sell_amount,
            max_sell_amount=max_sell_amount,
            min_buy_amount=min_buy_amount,
            max_buy_amount=max_buy_amount,
            status=status,
            min_settlement_date=min_settlement_date,
            max_settlement_date=max_settlement_date,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            transaction_reference=transaction_reference,
        ),
        items=lambda answer: pages.items_of(answer.conversion_list, Conversion),
        next_page=pages.next_at(["pagination", "next_page"]),
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    sell_currency: str | Unset = UNSET,
    buy_currency: str | Unset = UNSET,
    min_sell_amount: Decimal | Unset = UNSET,
    max_sell_amount: Decimal | Unset = UNSET,
    min_buy_amount: Decimal | Unset = UNSET,
    max_buy_amount: Decimal | Unset = UNSET,
    status: ConversionStatus | Unset = UNSET,
    min_settlement_date: datetime.date | Unset = UNSET,
    max_settlement_date: datetime.date | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    transaction_reference: str | Unset = UNSET,
    page_size: int = 100,
) -> AsyncIterator[Conversion]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            page_number=page,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            sell_currency=sell_currency,
            buy_currency=buy_currency,
            min_sell_amount=min_sell_amount,
            max_sell_amount=max_sell_amount,
            min_buy_amount=min_buy_amount,
            max_buy_amount=max_buy_amount,
            status=status,
            min_settlement_date=min_settlement_date,
            max_settlement_date=max_settlement_date,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            transaction_reference=transaction_reference,
        ),
        items=lambda answer: pages.items_of(answer.conversion_list, Conversion),
        next_page=pages.next_at(["pagination", "next_page"]),
    )
