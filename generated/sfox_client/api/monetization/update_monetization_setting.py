from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.monetization_setting_response import MonetizationSettingResponse
from ...models.update_monetization_setting_request import (
    UpdateMonetizationSettingRequest,
)
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: UpdateMonetizationSettingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/enterprise/monetization/settings/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MonetizationSettingResponse | None:
    if response.status_code == 200:
        response_200 = MonetizationSettingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[ErrorResponse | MonetizationSettingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMonetizationSettingRequest,
) -> Response[ErrorResponse | MonetizationSettingResponse]:
    """Change the amount of a monetization setting

     Sets a new amount on an existing monetization setting; later orders and transactions use it.
    Feature, method and scope cannot be changed (delete and re-create instead).

    Args:
        id (int):
        body (UpdateMonetizationSettingRequest): The new fee amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MonetizationSettingResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMonetizationSettingRequest,
) -> ErrorResponse | MonetizationSettingResponse | None:
    """Change the amount of a monetization setting

     Sets a new amount on an existing monetization setting; later orders and transactions use it.
    Feature, method and scope cannot be changed (delete and re-create instead).

    Args:
        id (int):
        body (UpdateMonetizationSettingRequest): The new fee amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MonetizationSettingResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMonetizationSettingRequest,
) -> Response[ErrorResponse | MonetizationSettingResponse]:
    """Change the amount of a monetization setting

     Sets a new amount on an existing monetization setting; later orders and transactions use it.
    Feature, method and scope cannot be changed (delete and re-create instead).

    Args:
        id (int):
        body (UpdateMonetizationSettingRequest): The new fee amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MonetizationSettingResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateMonetizationSettingRequest,
) -> ErrorResponse | MonetizationSettingResponse | None:
    """Change the amount of a monetization setting

     Sets a new amount on an existing monetization setting; later orders and transactions use it.
    Feature, method and scope cannot be changed (delete and re-create instead).

    Args:
        id (int):
        body (UpdateMonetizationSettingRequest): The new fee amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MonetizationSettingResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
