from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.monetization_setting import MonetizationSetting
from ...models.monetization_setting_filter import MonetizationSettingFilter
from ...models.monetization_setting_list_response import MonetizationSettingListResponse
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getMonetizationSettings", "read")


def _get_kwargs(
    *,
    body: MonetizationSettingFilter | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["feature"] = feature

    params["method"] = method

    params["currency"] = currency

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enterprise/monetization/settings",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if (
        "json" in _kwargs
    ):  # written by corridor's encoder, so Decimal amounts stay exact
        _kwargs["content"] = dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MonetizationSettingListResponse | None:
    if response.status_code == 200:
        response_200 = MonetizationSettingListResponse.from_dict(
            loads(response.content)
        )

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

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(loads(response.content))

        return response_415

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
) -> Response[ErrorResponse | MonetizationSettingListResponse]:
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
    body: MonetizationSettingFilter | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MonetizationSettingListResponse]:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        feature (str | Unset):
        method (str | Unset):
        currency (str | Unset):
        user_id (str | Unset):
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | MonetizationSettingListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        feature=feature,
        method=method,
        currency=currency,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | MonetizationSettingListResponse],
) -> MonetizationSettingListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(MonetizationSettingListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> MonetizationSettingListResponse:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        feature (str | Unset):
        method (str | Unset):
        currency (str | Unset):
        user_id (str | Unset):
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        MonetizationSettingListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            feature=feature,
            method=method,
            currency=currency,
            user_id=user_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MonetizationSettingListResponse]:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        feature (str | Unset):
        method (str | Unset):
        currency (str | Unset):
        user_id (str | Unset):
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | MonetizationSettingListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        feature=feature,
        method=method,
        currency=currency,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> MonetizationSettingListResponse:
    """List the active monetization settings

     Returns the partner's active monetization settings, optionally filtered by feature, method, currency
    or user. Without filters every active setting is returned.

    Args:
        feature (str | Unset):
        method (str | Unset):
        currency (str | Unset):
        user_id (str | Unset):
        body (MonetizationSettingFilter | Unset): Optional filters of the settings list; an empty
            body returns every active setting.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        MonetizationSettingListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            feature=feature,
            method=method,
            currency=currency,
            user_id=user_id,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Iterator[MonetizationSetting]:
    """Every MonetizationSetting of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            body=body,
            feature=feature,
            method=method,
            currency=currency,
            user_id=user_id,
        ),
        items=lambda answer: pages.items_of(answer.data, MonetizationSetting),
        next_page=pages.single,
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    body: MonetizationSettingFilter | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> AsyncIterator[MonetizationSetting]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            body=body,
            feature=feature,
            method=method,
            currency=currency,
            user_id=user_id,
        ),
        items=lambda answer: pages.items_of(answer.data, MonetizationSetting),
        next_page=pages.single,
    )
