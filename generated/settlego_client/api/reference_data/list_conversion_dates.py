from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_dates import ConversionDates
from ...models.error_response import ErrorResponse
from ...models.unavailable_date import UnavailableDate
from ...types import UNSET, Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listConversionDates", "read")


def _get_kwargs(
    *,
    currency_pair: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currencyPair"] = currency_pair

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reference/conversion-dates",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionDates | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversionDates.from_dict(loads(response.content))

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
) -> Response[ConversionDates | ErrorResponse]:
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
    currency_pair: str,
) -> Response[ConversionDates | ErrorResponse]:
    """List conversion dates for a currency pair

     Returns the earliest date a conversion between the two currencies can settle, the mandatory
    conversion date, and the upcoming dates on which conversions cannot be completed (weekends, bank
    holidays, past cut-off).

    Args:
        currency_pair (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ConversionDates | ErrorResponse]
    """

    kwargs = _get_kwargs(
        currency_pair=currency_pair,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ConversionDates | ErrorResponse]) -> ConversionDates:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(ConversionDates, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency_pair: str,
) -> ConversionDates:
    """List conversion dates for a currency pair

     Returns the earliest date a conversion between the two currencies can settle, the mandatory
    conversion date, and the upcoming dates on which conversions cannot be completed (weekends, bank
    holidays, past cut-off).

    Args:
        currency_pair (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        ConversionDates
    """

    return _success(
        sync_detailed(
            client=client,
            currency_pair=currency_pair,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency_pair: str,
) -> Response[ConversionDates | ErrorResponse]:
    """List conversion dates for a currency pair

     Returns the earliest date a conversion between the two currencies can settle, the mandatory
    conversion date, and the upcoming dates on which conversions cannot be completed (weekends, bank
    holidays, past cut-off).

    Args:
        currency_pair (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ConversionDates | ErrorResponse]
    """

    kwargs = _get_kwargs(
        currency_pair=currency_pair,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency_pair: str,
) -> ConversionDates:
    """List conversion dates for a currency pair

     Returns the earliest date a conversion between the two currencies can settle, the mandatory
    conversion date, and the upcoming dates on which conversions cannot be completed (weekends, bank
    holidays, past cut-off).

    Args:
        currency_pair (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        ConversionDates
    """

    return _success(
        await asyncio_detailed(
            client=client,
            currency_pair=currency_pair,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    currency_pair: str,
) -> Iterator[UnavailableDate]:
    """Every UnavailableDate of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            currency_pair=currency_pair,
        ),
        items=lambda answer: pages.items_of(
            answer.unavailable_conversion_date_list, UnavailableDate
        ),
        next_page=pages.single,
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    currency_pair: str,
) -> AsyncIterator[UnavailableDate]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            currency_pair=currency_pair,
        ),
        items=lambda answer: pages.items_of(
            answer.unavailable_conversion_date_list, UnavailableDate
        ),
        next_page=pages.single,
    )
