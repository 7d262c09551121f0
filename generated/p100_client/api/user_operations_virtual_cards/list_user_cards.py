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
from ...models.card import Card
from ...models.card_list import CardList
from ...models.error_response import ErrorResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listUserCards", "read")


def _get_kwargs(
    external_user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/card/all/{external_user_id}".format(
            external_user_id=quote(str(external_user_id), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardList | ErrorResponse | str:
    if response.status_code == 200:
        response_200 = CardList.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    response_default = ErrorResponse.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CardList | ErrorResponse | str]:
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
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardList | ErrorResponse | str]:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[CardList | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        external_user_id=external_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[CardList | ErrorResponse | str]) -> CardList:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(CardList, response.parsed)


def sync(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CardList:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        CardList
    """

    return _success(
        sync_detailed(
            external_user_id=external_user_id,
            client=client,
        )
    )


async def asyncio_detailed(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardList | ErrorResponse | str]:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[CardList | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        external_user_id=external_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CardList:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        CardList
    """

    return _success(
        await asyncio_detailed(
            external_user_id=external_user_id,
            client=client,
        )
    )


def iterate(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Iterator[Card]:
    """Every Card of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            external_user_id=external_user_id,
            client=client,
        ),
        items=lambda answer: pages.items_of(answer.cards, Card),
        next_page=pages.single,
    )


def aiterate(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncIterator[Card]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            external_user_id=external_user_id,
            client=client,
        ),
        items=lambda answer: pages.items_of(answer.cards, Card),
        next_page=pages.single,
    )
