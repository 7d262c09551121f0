from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_dates import PaymentDates
from ...models.unavailable_date import UnavailableDate
from ...types import UNSET, Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listPaymentDates", "read")


def _get_kwargs(
    *,
    currency: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reference/payment-dates",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentDates | None:
    if response.status_code == 200:
        response_200 = PaymentDates.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

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
) -> Response[ErrorResponse | PaymentDates]:
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
    currency: str,
) -> Response[ErrorResponse | PaymentDates]:
    """List payment dates for a currency

     Returns the earliest date a payment in the given currency can be made, plus the upcoming dates on
    which payments cannot be made (weekends, bank holidays, past cut-off) with the reason for each.

    Args:
        currency (str): ISO 4217 three-letter currency code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | PaymentDates]
    """

    kwargs = _get_kwargs(
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorResponse | PaymentDates]) -> PaymentDates:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(PaymentDates, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency: str,
) -> PaymentDates:
    """List payment dates for a currency

     Returns the earliest date a payment in the given currency can be made, plus the upcoming dates on
    which payments cannot be made (weekends, bank holidays, past cut-off) with the reason for each.

    Args:
        currency (str): ISO 4217 three-letter currency code.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        PaymentDates
    """

    return _success(
        sync_detailed(
            client=client,
            currency=currency,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: str,
) -> Response[ErrorResponse | PaymentDates]:
    """List payment dates for a currency

     Returns the earliest date a payment in the given currency can be made, plus the upcoming dates on
    which payments cannot be made (weekends, bank holidays, past cut-off) with the reason for each.

    Args:
        currency (str): ISO 4217 three-letter currency code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | PaymentDates]
    """

    kwargs = _get_kwargs(
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency: str,
) -> PaymentDates:
    """List payment dates for a currency

     Returns the earliest date a payment in the given currency can be made, plus the upcoming dates on
    which payments cannot be made (weekends, bank holidays, past cut-off) with the reason for each.

    Args:
        currency (str): ISO 4217 three-letter currency code.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        PaymentDates
    """

    return _success(
        await asyncio_detailed(
            client=client,
            currency=currency,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    currency: str,
) -> Iterator[UnavailableDate]:
    """Every UnavailableDate of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            currency=currency,
        ),
        items=lambda answer: pages.items_of(
            answer.unavailable_payment_date_list, UnavailableDate
        ),
        next_page=pages.single,
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    currency: str,
) -> AsyncIterator[UnavailableDate]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            currency=currency,
        ),
        items=lambda answer: pages.items_of(
            answer.unavailable_payment_date_list, UnavailableDate
        ),
        next_page=pages.single,
    )
