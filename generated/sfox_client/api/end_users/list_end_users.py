from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.end_user import EndUser
from ...models.end_user_list_response import EndUserListResponse
from ...models.error_response import ErrorResponse
from ...models.list_end_users_account_role import ListEndUsersAccountRole
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listEndUsers", "read")


def _get_kwargs(
    *,
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_account_role: str | Unset = UNSET
    if not isinstance(account_role, Unset):
        json_account_role = account_role.value

    params["accountRole"] = json_account_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enterprise/users",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndUserListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EndUserListResponse.from_dict(loads(response.content))

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
) -> Response[EndUserListResponse | ErrorResponse]:
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
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> Response[EndUserListResponse | ErrorResponse]:
    """List end users

     Returns all of the partner's active end users, optionally only clients or only advisors.

    Args:
        account_role (ListEndUsersAccountRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[EndUserListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_role=account_role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[EndUserListResponse | ErrorResponse],
) -> EndUserListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(EndUserListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> EndUserListResponse:
    """List end users

     Returns all of the partner's active end users, optionally only clients or only advisors.

    Args:
        account_role (ListEndUsersAccountRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        EndUserListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            account_role=account_role,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> Response[EndUserListResponse | ErrorResponse]:
    """List end users

     Returns all of the partner's active end users, optionally only clients or only advisors.

    Args:
        account_role (ListEndUsersAccountRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[EndUserListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_role=account_role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> EndUserListResponse:
    """List end users

     Returns all of the partner's active end users, optionally only clients or only advisors.

    Args:
        account_role (ListEndUsersAccountRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        EndUserListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            account_role=account_role,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient,
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> Iterator[EndUser]:
    """Every EndUser of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            account_role=account_role,
        ),
        items=lambda answer: pages.items_of(answer.data, EndUser),
        next_page=pages.single,
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> AsyncIterator[EndUser]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            account_role=account_role,
        ),
        items=lambda answer: pages.items_of(answer.data, EndUser),
        next_page=pages.single,
    )
