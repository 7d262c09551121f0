from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.monetization_setting_filter import MonetizationSettingFilter
from ...models.monetization_setting_list_response import MonetizationSettingListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MonetizationSettingFilter | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enterprise/monetization/settings",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MonetizationSettingListResponse | None:
    if response.status_code == 200:
        response_200 = MonetizationSettingListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MonetizationSettingListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
) -> Response[ErrorResponse | MonetizationSettingListResponse]:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MonetizationSettingListResponse]
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
    body: MonetizationSettingFilter | Unset = UNSET,
) -> ErrorResponse | MonetizationSettingListResponse | None:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MonetizationSettingListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
) -> Response[ErrorResponse | MonetizationSettingListResponse]:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MonetizationSettingListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
) -> ErrorResponse | MonetizationSettingListResponse | None:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MonetizationSettingListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
