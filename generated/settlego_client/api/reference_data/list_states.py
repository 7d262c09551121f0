from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.state import State
from ...models.state_list_response import StateListResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listStates", "read")


def _get_kwargs(
    alpha_2_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reference/countries/{alpha_2_code}/states".format(
            alpha_2_code=quote(str(alpha_2_code), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StateListResponse | None:
    if response.status_code == 200:
        response_200 = StateListResponse.from_dict(loads(response.content))

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
) -> Response[ErrorResponse | StateListResponse]:
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
    alpha_2_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | StateListResponse]:
    """List the states or provinces of a country

     Returns the states, provinces or territories SettleGo knows for the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | StateListResponse]
    """

    kwargs = _get_kwargs(
        alpha_2_code=alpha_2_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | StateListResponse],
) -> StateListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(StateListResponse, response.parsed)


def sync(
    alpha_2_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> StateListResponse:
    """List the states or provinces of a country

     Returns the states, provinces or territories SettleGo knows for the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        StateListResponse
    """

    return _success(
        sync_detailed(
            alpha_2_code=alpha_2_code,
            client=client,
        )
    )


async def asyncio_detailed(
    alpha_2_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | StateListResponse]:
    """List the states or provinces of a country

     Returns the states, provinces or territories SettleGo knows for the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | StateListResponse]
    """

    kwargs = _get_kwargs(
        alpha_2_code=alpha_2_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    alpha_2_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> StateListResponse:
    """List the states or provinces of a country

     Returns the states, provinces or territories SettleGo knows for the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        StateListResponse
    """

    return _success(
        await asyncio_detailed(
            alpha_2_code=alpha_2_code,
            client=client,
        )
    )


def iterate(
    alpha_2_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Iterator[State]:
    """Every State of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            alpha_2_code=alpha_2_code,
            client=client,
        ),
        items=lambda answer: pages.items_of(answer.state_list, State),
        next_page=pages.single,
    )


def aiterate(
    alpha_2_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncIterator[State]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            alpha_2_code=alpha_2_code,
            client=client,
        ),
        items=lambda answer: pages.items_of(answer.state_list, State),
        next_page=pages.single,
    )
