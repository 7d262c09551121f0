from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edd_request import EddRequest
from ...models.edd_request_list_response import EddRequestListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listEddRequests", "read")


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enterprise/eddq/requests",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EddRequestListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EddRequestListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

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
) -> Response[EddRequestListResponse | ErrorResponse]:
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
    user_id: str | Unset = UNSET,
) -> Response[EddRequestListResponse | ErrorResponse]:
    """List enhanced due diligence requests

     Returns the enhanced due diligence (EDD) questionnaires sFOX has asked the partner's end users to
    complete, with their status, optionally for one user. Requests that are REQUESTED or
    PARTIAL_SUBMISSION still need answers (createEddResponses).

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[EddRequestListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[EddRequestListResponse | ErrorResponse],
) -> EddRequestListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(EddRequestListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
) -> EddRequestListResponse:
    """List enhanced due diligence requests

     Returns the enhanced due diligence (EDD) questionnaires sFOX has asked the partner's end users to
    complete, with their status, optionally for one user. Requests that are REQUESTED or
    PARTIAL_SUBMISSION still need answers (createEddResponses).

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        EddRequestListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            user_id=user_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
) -> Response[EddRequestListResponse | ErrorResponse]:
    """List enhanced due diligence requests

     Returns the enhanced due diligence (EDD) questionnaires sFOX has asked the partner's end users to
    complete, with their status, optionally for one user. Requests that are REQUESTED or
    PARTIAL_SUBMISSION still need answers (createEddResponses).

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[EddRequestListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
) -> EddRequestListResponse:
    """List enhanced due diligence requests

     Returns the enhanced due diligence (EDD) questionnaires sFOX has asked the partner's end users to
    complete, with their status, optionally for one user. Requests that are REQUESTED or
    PARTIAL_SUBMISSION still need answers (createEddResponses).

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        EddRequestListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
) -> Iterator[EddRequest]:
    """Every EddRequest of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            user_id=user_id,
        ),
        items=lambda answer: pages.items_of(answer.data, EddRequest),
        next_page=pages.single,
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
) -> AsyncIterator[EddRequest]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            user_id=user_id,
        ),
        items=lambda answer: pages.items_of(answer.data, EddRequest),
        next_page=pages.single,
    )
