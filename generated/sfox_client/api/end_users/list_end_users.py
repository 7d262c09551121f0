from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.end_user_list_response import EndUserListResponse
from ...models.error_response import ErrorResponse
from ...models.list_end_users_account_role import ListEndUsersAccountRole
from ...types import UNSET, Response, Unset


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
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndUserListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EndUserListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndUserListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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


def sync(
    *,
    client: AuthenticatedClient,
    account_role: ListEndUsersAccountRole | Unset = UNSET,
) -> EndUserListResponse | ErrorResponse | None:
    """List end users

     Returns all of the partner's active end users, optionally only clients or only advisors.

    Args:
        account_role (ListEndUsersAccountRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndUserListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        account_role=account_role,
    ).parsed


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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
) -> EndUserListResponse | ErrorResponse | None:
    """List end users

     Returns all of the partner's active end users, optionally only clients or only advisors.

    Args:
        account_role (ListEndUsersAccountRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndUserListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_role=account_role,
        )
    ).parsed
