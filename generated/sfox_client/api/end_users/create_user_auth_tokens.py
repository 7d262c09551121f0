from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_auth_tokens_request import CreateUserAuthTokensRequest
from ...models.error_response import ErrorResponse
from ...models.user_auth_token_list_response import UserAuthTokenListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateUserAuthTokensRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/enterprise/user-tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserAuthTokenListResponse | None:
    if response.status_code == 201:
        response_201 = UserAuthTokenListResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | UserAuthTokenListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserAuthTokensRequest,
) -> Response[ErrorResponse | UserAuthTokenListResponse]:
    """Mint auth tokens for several end users

     Issues one user auth token per user_id in the body list, in a single call. Each token behaves like
    one from createUserAuthToken (24-hour lifetime).

    Args:
        body (CreateUserAuthTokensRequest): The users to mint tokens for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserAuthTokenListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateUserAuthTokensRequest,
) -> ErrorResponse | UserAuthTokenListResponse | None:
    """Mint auth tokens for several end users

     Issues one user auth token per user_id in the body list, in a single call. Each token behaves like
    one from createUserAuthToken (24-hour lifetime).

    Args:
        body (CreateUserAuthTokensRequest): The users to mint tokens for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserAuthTokenListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserAuthTokensRequest,
) -> Response[ErrorResponse | UserAuthTokenListResponse]:
    """Mint auth tokens for several end users

     Issues one user auth token per user_id in the body list, in a single call. Each token behaves like
    one from createUserAuthToken (24-hour lifetime).

    Args:
        body (CreateUserAuthTokensRequest): The users to mint tokens for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserAuthTokenListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateUserAuthTokensRequest,
) -> ErrorResponse | UserAuthTokenListResponse | None:
    """Mint auth tokens for several end users

     Issues one user auth token per user_id in the body list, in a single call. Each token behaves like
    one from createUserAuthToken (24-hour lifetime).

    Args:
        body (CreateUserAuthTokensRequest): The users to mint tokens for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserAuthTokenListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
