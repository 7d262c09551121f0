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
from ...models.transfer import Transfer
from ...models.transfer_history_filter import TransferHistoryFilter
from ...models.transfer_list_response import TransferListResponse
from ...models.transfer_purpose import TransferPurpose
from ...models.transfer_status_filter import TransferStatusFilter
from ...models.transfer_type import TransferType
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listTransfers", "read")


def _get_kwargs(
    *,
    body: TransferHistoryFilter | Unset = UNSET,
    type_: TransferType | Unset = UNSET,
    purpose: TransferPurpose | Unset = UNSET,
    status: TransferStatusFilter | Unset = UNSET,
    from_date: int | str | Unset = UNSET,
    to_date: int | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose.value

    params["purpose"] = json_purpose

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_from_date: int | str | Unset
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_to_date: int | str | Unset
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    else:
        json_to_date = to_date
    params["to_date"] = json_to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enterprise/transfer/history",
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
) -> ErrorResponse | TransferListResponse | None:
    if response.status_code == 200:
        response_200 = TransferListResponse.from_dict(loads(response.content))

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(loads(response.content))

        return response_422

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
) -> Response[ErrorResponse | TransferListResponse]:
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
    body: TransferHistoryFilter | Unset = UNSET,
    type_: TransferType | Unset = UNSET,
    purpose: TransferPurpose | Unset = UNSET,
    status: TransferStatusFilter | Unset = UNSET,
    from_date: int | str | Unset = UNSET,
    to_date: int | str | Unset = UNSET,
) -> Response[ErrorResponse | TransferListResponse]:
    """List the partner's transfers

     Returns the partner's transfers, optionally filtered by type, purpose, status and a period given as
    Unix timestamps in milliseconds. Without a period the last three months are returned; at most 25,000
    entries per call.

    Args:
        type_ (TransferType | Unset): PAYMENT moves funds from the end user to the partner, PAYOUT
            from the partner to the end user.
        purpose (TransferPurpose | Unset): What the transfer pays for.
        status (TransferStatusFilter | Unset): Transfer status to filter the history by.
        from_date (int | str | Unset): Unix timestamp in milliseconds.
        to_date (int | str | Unset): Unix timestamp in milliseconds.
        body (TransferHistoryFilter | Unset): Optional filters of the transfer history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | TransferListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        type_=type_,
        purpose=purpose,
        status=status,
        from_date=from_date,
        to_date=to_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | TransferListResponse],
) -> TransferListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(TransferListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    body: TransferHistoryFilter | Unset = UNSET,
    type_: TransferType | Unset = UNSET,
    purpose: TransferPurpose | Unset = UNSET,
    status: TransferStatusFilter | Unset = UNSET,
    from_date: int | str | Unset = UNSET,
    to_date: int | str | Unset = UNSET,
) -> TransferListResponse:
    """List the partner's transfers

     Returns the partner's transfers, optionally filtered by type, purpose, status and a period given as
    Unix timestamps in milliseconds. Without a period the last three months are returned; at most 25,000
    entries per call.

    Args:
        type_ (TransferType | Unset): PAYMENT moves funds from the end user to the partner, PAYOUT
            from the partner to the end user.
        purpose (TransferPurpose | Unset): What the transfer pays for.
        status (TransferStatusFilter | Unset): Transfer status to filter the history by.
        from_date (int | str | Unset): Unix timestamp in milliseconds.
        to_date (int | str | Unset): Unix timestamp in milliseconds.
        body (TransferHistoryFilter | Unset): Optional filters of the transfer history.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        TransferListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            type_=type_,
            purpose=purpose,
            status=status,
            from_date=from_date,
            to_date=to_date,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TransferHistoryFilter | Unset = UNSET,
    type_: TransferType | Unset = UNSET,
    purpose: TransferPurpose | Unset = UNSET,
    status: TransferStatusFilter | Unset = UNSET,
    from_date: int | str | Unset = UNSET,
    to_date: int | str | Unset = UNSET,
) -> Response[ErrorResponse | TransferListResponse]:
    """List the partner's transfers

     Returns the partner's transfers, optionally filtered by type, purpose, status and a period given as
    Unix timestamps in milliseconds. Without a period the last three months are returned; at most 25,000
    entries per call.

    Args:
        type_ (TransferType | Unset): PAYMENT moves funds from the end user to the partner, PAYOUT
            from the partner to the end user.
        purpose (TransferPurpose | Unset): What the transfer pays for.
        status (TransferStatusFilter | Unset): Transfer status to filter the history by.
        from_date (int | str | Unset): Unix timestamp in milliseconds.
        to_date (int | str | Unset): Unix timestamp in milliseconds.
        body (TransferHistoryFilter | Unset): Optional filters of the transfer history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | TransferListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        type_=type_,
        purpose=purpose,
        status=status,
        from_date=from_date,
        to_date=to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TransferHistoryFilter | Unset = UNSET,
    type_: TransferType | Unset = UNSET,
    purpose: TransferPurpose | Unset = UNSET,
    status: TransferStatusFilter | Unset = UNSET,
    from_date: int | str | Unset = UNSET,
    to_date: int | str | Unset = UNSET,
) -> TransferListResponse:
    """List the partner's transfers

     Returns the partner's transfers, optionally filtered by type, purpose, status and a period given as
    Unix timestamps in milliseconds. Without a period the last three months are returned; at most 25,000
    entries per call.

    Args:
        type_ (TransferType | Unset): PAYMENT moves funds from the end user to the partner, PAYOUT
            from the partner to the end user.
        purpose (TransferPurpose | Unset): What the transfer pays for.
        status (TransferStatusFilter | Unset): Transfer status to filter the history by.
        from_date (int | str | Unset): Unix timestamp in milliseconds.
        to_date (int | str | Unset): Unix timestamp in milliseconds.
        body (TransferHistoryFilter | Unset): Optional filters of the transfer history.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        TransferListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            type_=type_,
            purpose=purpose,
            status=status,
            from_date=from_date,
            to_date=to_date,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient,
    body: TransferHistoryFilter | Unset = UNSET,
    type_: TransferType | Unset = UNSET,
    purpose: TransferPurpose | Unset = UNSET,
    status: TransferStatusFilter | Unset = UNSET,
    from_date: int | str | Unset = UNSET,
    to_date: int | str | Unset = UNSET,
) -> Iterator[Transfer]:
    """Every Transfer of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            body=body,
            type_=type_,
            purpose=purpose,
            status=status,
            from_date=from_date,
            to_date=to_date,
        ),
        items=lambda answer: pages.items_of(answer.data, Transfer),
        next_page=pages.single,
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    body: TransferHistoryFilter | Unset = UNSET,
    type_: TransferType | Unset = UNSET,
    purpose: TransferPurpose | Unset = UNSET,
    status: TransferStatusFilter | Unset = UNSET,
    from_date: int | str | Unset = UNSET,
    to_date: int | str | Unset = UNSET,
) -> AsyncIterator[Transfer]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            body=body,
            type_=type_,
            purpose=purpose,
            status=status,
            from_date=from_date,
            to_date=to_date,
        ),
        items=lambda answer: pages.items_of(answer.data, Transfer),
        next_page=pages.single,
    )
