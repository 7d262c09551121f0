from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_virtual_card_request import CreateVirtualCardRequest
from ...models.error_response import ErrorResponse
from ...models.virtual_card import VirtualCard
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation(
    "createVirtualCard",
    "create",
    hint="listUserCards (GET /v1/card/all/{externalUserId})",
)


def _get_kwargs(
    *,
    body: CreateVirtualCardRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/card/virtual",
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

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
) -> ErrorResponse | VirtualCard | str:
    if response.status_code == 200:
        response_200 = VirtualCard.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    response_default = ErrorResponse.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VirtualCard | str]:
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
    body: CreateVirtualCardRequest,
) -> Response[ErrorResponse | VirtualCard | str]:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | VirtualCard | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorResponse | VirtualCard | str]) -> VirtualCard:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(VirtualCard, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVirtualCardRequest,
) -> VirtualCard:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        VirtualCard
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVirtualCardRequest,
) -> Response[ErrorResponse | VirtualCard | str]:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | VirtualCard | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVirtualCardRequest,
) -> VirtualCard:
    """Issue a virtual card

     Issues a virtual card to an end user and returns its number, CVV and expiry. The whole card module
    is currently suspended: every card endpoint answers with an error. When active, cards were issued
    only to users of AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK; a
    user holds at most 10 cards and may create 5 per 24 hours, 10 per 30 days and 20 per year; each card
    costs the partner EUR 0.25 a month.

    Args:
        body (CreateVirtualCardRequest): A virtual card to issue.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        VirtualCard
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
