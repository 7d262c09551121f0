from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_transfer_parameters import CreateTransferParameters
from ...models.error_response import ErrorResponse
from ...models.transfer_response import TransferResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTransferParameters,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inbound/transfers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TransferResponse:
    if response.status_code == 200:
        response_200 = TransferResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TransferResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTransferParameters,
) -> Response[ErrorResponse | TransferResponse]:
    """Send a payout

     Starts a payout from one of the partner's senders to one of its payees, charging the partner's
    wallets. A payee who has not been verified yet gets a verification link by SMS and the money moves
    once they complete it. The transfer_id in the answer identifies the transfer later, so the partner
    has to keep it.

    Args:
        body (CreateTransferParameters): The payout to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransferResponse]
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
    body: CreateTransferParameters,
) -> ErrorResponse | TransferResponse | None:
    """Send a payout

     Starts a payout from one of the partner's senders to one of its payees, charging the partner's
    wallets. A payee who has not been verified yet gets a verification link by SMS and the money moves
    once they complete it. The transfer_id in the answer identifies the transfer later, so the partner
    has to keep it.

    Args:
        body (CreateTransferParameters): The payout to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransferResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTransferParameters,
) -> Response[ErrorResponse | TransferResponse]:
    """Send a payout

     Starts a payout from one of the partner's senders to one of its payees, charging the partner's
    wallets. A payee who has not been verified yet gets a verification link by SMS and the money moves
    once they complete it. The transfer_id in the answer identifies the transfer later, so the partner
    has to keep it.

    Args:
        body (CreateTransferParameters): The payout to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransferResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTransferParameters,
) -> ErrorResponse | TransferResponse | None:
    """Send a payout

     Starts a payout from one of the partner's senders to one of its payees, charging the partner's
    wallets. A payee who has not been verified yet gets a verification link by SMS and the money moves
    once they complete it. The transfer_id in the answer identifies the transfer later, so the partner
    has to keep it.

    Args:
        body (CreateTransferParameters): The payout to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransferResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
