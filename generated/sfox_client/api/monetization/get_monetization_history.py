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
from ...models.monetization_history_response import MonetizationHistoryResponse
from ...models.monetization_ledger_entry import MonetizationLedgerEntry
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getMonetizationHistory", "read")


def _get_kwargs(
    *,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_date"] = from_date

    params["to_date"] = to_date

    params["feature"] = feature

    params["method"] = method

    params["user_id"] = user_id

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enterprise/monetization/history",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MonetizationHistoryResponse | None:
    if response.status_code == 200:
        response_200 = MonetizationHistoryResponse.from_dict(loads(response.content))

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
) -> Response[ErrorResponse | MonetizationHistoryResponse]:
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
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[ErrorResponse | MonetizationHistoryResponse]:
    """List the fees earned

     Returns the processed fee entries the partner earned, optionally filtered by period (Unix
    milliseconds), feature, method, user and currency. Unprocessed fees are not included; at most 50,000
    entries per call.

    Args:
        from_date (int | Unset):
        to_date (int | Unset):
        feature (str | Unset):
        method (str | Unset):
        user_id (str | Unset):
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | MonetizationHistoryResponse]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        feature=feature,
        method=method,
        user_id=user_id,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | MonetizationHistoryResponse],
) -> MonetizationHistoryResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(MonetizationHistoryResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> MonetizationHistoryResponse:
    """List the fees earned

     Returns the processed fee entries the partner earned, optionally filtered by period (Unix
    milliseconds), feature, method, user and currency. Unprocessed fees are not included; at most 50,000
    entries per call.

    Args:
        from_date (int | Unset):
        to_date (int | Unset):
        feature (str | Unset):
        method (str | Unset):
        user_id (str | Unset):
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        MonetizationHistoryResponse
    """

    return _success(
        sync_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            feature=feature,
            method=method,
            user_id=user_id,
            currency=currency,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[ErrorResponse | MonetizationHistoryResponse]:
    """List the fees earned

     Returns the processed fee entries the partner earned, optionally filtered by period (Unix
    milliseconds), feature, method, user and currency. Unprocessed fees are not included; at most 50,000
    entries per call.

    Args:
        from_date (int | Unset):
        to_date (int | Unset):
        feature (str | Unset):
        method (str | Unset):
        user_id (str | Unset):
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | MonetizationHistoryResponse]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        feature=feature,
        method=method,
        user_id=user_id,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> MonetizationHistoryResponse:
    """List the fees earned

     Returns the processed fee entries the partner earned, optionally filtered by period (Unix
    milliseconds), feature, method, user and currency. Unprocessed fees are not included; at most 50,000
    entries per call.

    Args:
        from_date (int | Unset):
        to_date (int | Unset):
        feature (str | Unset):
        method (str | Unset):
        user_id (str | Unset):
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        MonetizationHistoryResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            feature=feature,
            method=method,
            user_id=user_id,
            currency=currency,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Iterator[MonetizationLedgerEntry]:
    """Every MonetizationLedgerEntry of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            from_date=from_date,
            to_date=to_date,
            feature=feature,
            method=method,
            user_id=user_id,
            currency=currency,
        ),
        items=lambda answer: pages.items_of(answer.data, MonetizationLedgerEntry),
        next_page=pages.single,
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    from_date: int | Unset = UNSET,
    to_date: int | Unset = UNSET,
    feature: str | Unset = UNSET,
    method: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> AsyncIterator[MonetizationLedgerEntry]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            from_date=from_date,
            to_date=to_date,
            feature=feature,
            method=method,
            user_id=user_id,
            currency=currency,
        ),
        items=lambda answer: pages.items_of(answer.data, MonetizationLedgerEntry),
        next_page=pages.single,
    )
