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
from ...models.linked_client_list_response import LinkedClientListResponse
from ...models.linked_client_status import LinkedClientStatus
from ...models.linked_client_summary import LinkedClientSummary
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listLinkedClients", "read")


def _get_kwargs(
    *,
    page_number: int,
    page_size: int,
    status: LinkedClientStatus | Unset = UNSET,
    nickname: str | Unset = UNSET,
    internal_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["nickname"] = nickname

    params["internalId"] = internal_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LinkedClientListResponse | None:
    if response.status_code == 200:
        response_200 = LinkedClientListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | LinkedClientListResponse]:
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
    status: LinkedClientStatus | Unset = UNSET,
    nickname: str | Unset = UNSET,
    internal_id: int | Unset = UNSET,
) -> Response[ErrorResponse | LinkedClientListResponse]:
    """List linked clients

     Returns a page of the main client's linked clients, optionally filtered by status, nickname or
    internal id.

    Args:
        page_number (int):
        page_size (int):
        status (LinkedClientStatus | Unset): Onboarding status of a linked client.
        nickname (str | Unset):
        internal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | LinkedClientListResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        status=status,
        nickname=nickname,
        internal_id=internal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | LinkedClientListResponse],
) -> LinkedClientListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(LinkedClientListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    status: LinkedClientStatus | Unset = UNSET,
    nickname: str | Unset = UNSET,
    internal_id: int | Unset = UNSET,
) -> LinkedClientListResponse:
    """List linked clients

     Returns a page of the main client's linked clients, optionally filtered by status, nickname or
    internal id.

    Args:
        page_number (int):
        page_size (int):
        status (LinkedClientStatus | Unset): Onboarding status of a linked client.
        nickname (str | Unset):
        internal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        LinkedClientListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            status=status,
            nickname=nickname,
            internal_id=internal_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    status: LinkedClientStatus | Unset = UNSET,
    nickname: str | Unset = UNSET,
    internal_id: int | Unset = UNSET,
) -> Response[ErrorResponse | LinkedClientListResponse]:
    """List linked clients

     Returns a page of the main client's linked clients, optionally filtered by status, nickname or
    internal id.

    Args:
        page_number (int):
        page_size (int):
        status (LinkedClientStatus | Unset): Onboarding status of a linked client.
        nickname (str | Unset):
        internal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | LinkedClientListResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        status=status,
        nickname=nickname,
        internal_id=internal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    status: LinkedClientStatus | Unset = UNSET,
    nickname: str | Unset = UNSET,
    internal_id: int | Unset = UNSET,
) -> LinkedClientListResponse:
    """List linked clients

     Returns a page of the main client's linked clients, optionally filtered by status, nickname or
    internal id.

    Args:
        page_number (int):
        page_size (int):
        status (LinkedClientStatus | Unset): Onboarding status of a linked client.
        nickname (str | Unset):
        internal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        LinkedClientListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            status=status,
            nickname=nickname,
            internal_id=internal_id,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    status: LinkedClientStatus | Unset = UNSET,
    nickname: str | Unset = UNSET,
    internal_id: int | Unset = UNSET,
    page_size: int = 100,
) -> Iterator[LinkedClientSummary]:
    """Every LinkedClientSummary of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones; `page_size` sets how many a page holds.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            page_number=page,
            page_size=page_size,
            status=status,
            nickname=nickname,
            internal_id=internal_id,
        ),
        items=lambda answer: pages.items_of(answer.client_list, LinkedClientSummary),
        next_page=pages.next_at(["pagination", "next_page"]),
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    status: LinkedClientStatus | Unset = UNSET,
    nickname: str | Unset = UNSET,
    internal_id: int | Unset = UNSET,
    page_size: int = 100,
) -> AsyncIterator[LinkedClientSummary]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            page_number=page,
            page_size=page_size,
            status=status,
            nickname=nickname,
            internal_id=internal_id,
        ),
        items=lambda answer: pages.items_of(answer.client_list, LinkedClientSummary),
        next_page=pages.next_at(["pagination", "next_page"]),
    )
