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
from ...models.error_response import ErrorResponse
from ...models.list_scope import ListScope
from ...models.payment_list_item import PaymentListItem
from ...models.payment_list_response import PaymentListResponse
from ...models.payment_status import PaymentStatus
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listPayments", "read")


def _get_kwargs(
    *,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    min_payment_date: datetime.date | Unset = UNSET,
    max_payment_date: datetime.date | Unset = UNSET,
    reference: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    min_amount: Decimal | Unset = UNSET,
    max_amount: Decimal | Unset = UNSET,
    beneficiary_id: str | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    json_min_creation_date: str | Unset = UNSET
    if not isinstance(min_creation_date, Unset):
        json_min_creation_date = min_creation_date.isoformat()
    params["minCreationDate"] = json_min_creation_date

    json_max_creation_date: str | Unset = UNSET
    if not isinstance(max_creation_date, Unset):
        json_max_creation_date = max_creation_date.isoformat()
    params["maxCreationDate"] = json_max_creation_date

    json_min_payment_date: str | Unset = UNSET
    if not isinstance(min_payment_date, Unset):
        json_min_payment_date = min_payment_date.isoformat()
    params["minPaymentDate"] = json_min_payment_date

    json_max_payment_date: str | Unset = UNSET
    if not isinstance(max_payment_date, Unset):
        json_max_payment_date = max_payment_date.isoformat()
    params["maxPaymentDate"] = json_max_payment_date

    params["reference"] = reference

    params["currency"] = currency

    params["minAmount"] = min_amount

    params["maxAmount"] = max_amount

    params["beneficiaryId"] = beneficiary_id

    json_payment_status: str | Unset = UNSET
    if not isinstance(payment_status, Unset):
        json_payment_status = payment_status.value

    params["paymentStatus"] = json_payment_status

    params["onBehalfOf"] = on_behalf_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentListResponse | None:
    if response.status_code == 200:
        response_200 = PaymentListResponse.from_dict(loads(response.content))

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
) -> Response[ErrorResponse | PaymentListResponse]:
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
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    min_payment_date: datetime.date | Unset = UNSET,
    max_payment_date: datetime.date | Unset = UNSET,
    reference: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    min_amount: Decimal | Unset = UNSET,
    max_amount: Decimal | Unset = UNSET,
    beneficiary_id: str | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentListResponse]:
    """List payments

     Returns one page of the caller's payments, optionally filtered by creation date, payment date,
    reference, currency, amount range, beneficiary and status. scope and onBehalfOf select whose
    payments a main client sees.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        min_payment_date (datetime.date | Unset):
        max_payment_date (datetime.date | Unset):
        reference (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_amount (Decimal | Unset):
        max_amount (Decimal | Unset):
        beneficiary_id (str | Unset):
        payment_status (PaymentStatus | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | PaymentListResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        scope=scope,
        min_creation_date=min_creation_date,
        max_creation_date=max_creation_date,
        min_payment_date=min_payment_date,
        max_payment_date=max_payment_date,
        reference=reference,
        currency=currency,
        min_amount=min_amount,
        max_amount=max_amount,
        beneficiary_id=beneficiary_id,
        payment_status=payment_status,
        on_behalf_of=on_behalf_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | PaymentListResponse],
) -> PaymentListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(PaymentListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    min_payment_date: datetime.date | Unset = UNSET,
    max_payment_date: datetime.date | Unset = UNSET,
    reference: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    min_amount: Decimal | Unset = UNSET,
    max_amount: Decimal | Unset = UNSET,
    beneficiary_id: str | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> PaymentListResponse:
    """List payments

     Returns one page of the caller's payments, optionally filtered by creation date, payment date,
    reference, currency, amount range, beneficiary and status. scope and onBehalfOf select whose
    payments a main client sees.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        min_payment_date (datetime.date | Unset):
        max_payment_date (datetime.date | Unset):
        reference (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_amount (Decimal | Unset):
        max_amount (Decimal | Unset):
        beneficiary_id (str | Unset):
        payment_status (PaymentStatus | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        PaymentListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            scope=scope,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            min_payment_date=min_payment_date,
            max_payment_date=max_payment_date,
            reference=reference,
            currency=currency,
            min_amount=min_amount,
            max_amount=max_amount,
            beneficiary_id=beneficiary_id,
            payment_status=payment_status,
            on_behalf_of=on_behalf_of,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    min_payment_date: datetime.date | Unset = UNSET,
    max_payment_date: datetime.date | Unset = UNSET,
    reference: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    min_amount: Decimal | Unset = UNSET,
    max_amount: Decimal | Unset = UNSET,
    beneficiary_id: str | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentListResponse]:
    """List payments

     Returns one page of the caller's payments, optionally filtered by creation date, payment date,
    reference, currency, amount range, beneficiary and status. scope and onBehalfOf select whose
    payments a main client sees.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        min_payment_date (datetime.date | Unset):
        max_payment_date (datetime.date | Unset):
        reference (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_amount (Decimal | Unset):
        max_amount (Decimal | Unset):
        beneficiary_id (str | Unset):
        payment_status (PaymentStatus | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | PaymentListResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        scope=scope,
        min_creation_date=min_creation_date,
        max_creation_date=max_creation_date,
        min_payment_date=min_payment_date,
        max_payment_date=max_payment_date,
        reference=reference,
        currency=currency,
        min_amount=min_amount,
        max_amount=max_amount,
        beneficiary_id=beneficiary_id,
        payment_status=payment_status,
        on_behalf_of=on_behalf_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    min_payment_date: datetime.date | Unset = UNSET,
    max_payment_date: datetime.date | Unset = UNSET,
    reference: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    min_amount: Decimal | Unset = UNSET,
    max_amount: Decimal | Unset = UNSET,
    beneficiary_id: str | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
) -> PaymentListResponse:
    """List payments

     Returns one page of the caller's payments, optionally filtered by creation date, payment date,
    reference, currency, amount range, beneficiary and status. scope and onBehalfOf select whose
    payments a main client sees.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        min_creation_date (datetime.date | Unset):
        max_creation_date (datetime.date | Unset):
        min_payment_date (datetime.date | Unset):
        max_payment_date (datetime.date | Unset):
        reference (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        min_amount (Decimal | Unset):
        max_amount (Decimal | Unset):
        beneficiary_id (str | Unset):
        payment_status (PaymentStatus | Unset):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        PaymentListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            scope=scope,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            min_payment_date=min_payment_date,
            max_payment_date=max_payment_date,
            reference=reference,
            currency=currency,
            min_amount=min_amount,
            max_amount=max_amount,
            beneficiary_id=beneficiary_id,
            payment_status=payment_status,
            on_behalf_of=on_behalf_of,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    scope: ListScope | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    min_payment_date: datetime.date | Unset = UNSET,
    max_payment_date: datetime.date | Unset = UNSET,
    reference: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    min_amount: Decimal | Unset = UNSET,
    max_amount: Decimal | Unset = UNSET,
    beneficiary_id: str | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    page_size: int = 100,
) -> Iterator[PaymentListItem]:
    """Every PaymentListItem of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones; `page_size` sets how many a page holds.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            page_number=page,
            page_size=page_size,
            scope=scope,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            min_payment_date=min_payment_date,
            max_payment_date=max_payment_date,
            reference=reference,
            currency=currency,
            min_amount=min_amount,
            max_amount=max_amount,
            beneficiary_id=beneficiary_id,
            payment_status=payment_status,
            on_behalf_of=on_behalf_of,
        ),
        items=lambda answer: pages.items_of(answer.payment_list, PaymentListItem),
        next_page=pages.next_at(["pagination", "next_page"]),
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    scope: ListScope | Unset = UNSET,
    min_creation_date: datetime.date | Unset = UNSET,
    max_creation_date: datetime.date | Unset = UNSET,
    min_payment_date: datetime.date | Unset = UNSET,
    max_payment_date: datetime.date | Unset = UNSET,
    reference: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    min_amount: Decimal | Unset = UNSET,
    max_amount: Decimal | Unset = UNSET,
    beneficiary_id: str | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    page_size: int = 100,
) -> AsyncIterator[PaymentListItem]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            page_number=page,
            page_size=page_size,
            scope=scope,
            min_creation_date=min_creation_date,
            max_creation_date=max_creation_date,
            min_payment_date=min_payment_date,
            max_payment_date=max_payment_date,
            reference=reference,
            currency=currency,
            min_amount=min_amount,
            max_amount=max_amount,
            beneficiary_id=beneficiary_id,
            payment_status=payment_status,
            on_behalf_of=on_behalf_of,
        ),
        items=lambda answer: pages.items_of(answer.payment_list, PaymentListItem),
        next_page=pages.next_at(["pagination", "next_page"]),
    )
