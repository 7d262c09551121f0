from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transfer_response import TransferResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getTransfer", "read")


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/transfers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TransferResponse:
    if response.status_code == 200:
        response_200 = TransferResponse.from_dict(loads(response.content))

        return response_200

    response_default = ErrorResponse.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TransferResponse]:
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
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | TransferResponse]:
    """Get a payout's status

     Returns one transfer with its current status, identified by the transfer_id Sentbe returned when it
    was created.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | TransferResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorResponse | TransferResponse]) -> TransferResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(TransferResponse, response.parsed)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> TransferResponse:
    """Get a payout's status

     Returns one transfer with its current status, identified by the transfer_id Sentbe returned when it
    was created.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        TransferResponse
    """

    return _success(
        sync_detailed(
            id=id,
            client=client,
        )
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | TransferResponse]:
    """Get a payout's status

     Returns one transfer with its current status, identified by the transfer_id Sentbe returned when it
    was created.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | TransferResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> TransferResponse:
    """Get a payout's status

     Returns one transfer with its current status, identified by the transfer_id Sentbe returned when it
    was created.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        TransferResponse
    """

    return _success(
        await asyncio_detailed(
            id=id,
            client=client,
        )
    )
