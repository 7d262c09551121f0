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
from ...models.plaid_processor import PlaidProcessor
from ...models.plaid_processor_list_response import PlaidProcessorListResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getPlaidProcessors", "read")


def _get_kwargs(
    bank_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bank-accounts/{bank_account_id}/plaid-processors".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PlaidProcessorListResponse | None:
    if response.status_code == 200:
        response_200 = PlaidProcessorListResponse.from_dict(loads(response.content))

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(loads(response.content))

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PlaidProcessorListResponse]:
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
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PlaidProcessorListResponse]:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | PlaidProcessorListResponse]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | PlaidProcessorListResponse],
) -> PlaidProcessorListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(PlaidProcessorListResponse, response.parsed)


def sync(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> PlaidProcessorListResponse:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        PlaidProcessorListResponse
    """

    return _success(
        sync_detailed(
            bank_account_id=bank_account_id,
            client=client,
        )
    )


async def asyncio_detailed(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PlaidProcessorListResponse]:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | PlaidProcessorListResponse]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> PlaidProcessorListResponse:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        PlaidProcessorListResponse
    """

    return _success(
        await asyncio_detailed(
            bank_account_id=bank_account_id,
            client=client,
        )
    )


def iterate(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Iterator[PlaidProcessor]:
    """Every PlaidProcessor of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            bank_account_id=bank_account_id,
            client=client,
        ),
        items=lambda answer: pages.items_of(answer.data, PlaidProcessor),
        next_page=pages.single,
    )


def aiterate(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> AsyncIterator[PlaidProcessor]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            bank_account_id=bank_account_id,
            client=client,
        ),
        items=lambda answer: pages.items_of(answer.data, PlaidProcessor),
        next_page=pages.single,
    )
