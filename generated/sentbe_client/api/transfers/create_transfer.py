from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transfer_parameters import CreateTransferParameters
from ...models.error_response import ErrorResponse
from ...models.transfer_response import TransferResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation(
    "createTransfer",
    "create",
    idempotency=rules.Idempotency(
        "external_id", already_done=rules.Refusals(codes=("E0013",))
    ),
    hint="listTransfers (GET /inbound/transfers) or the transfer status callback for external_id {handle}",
)


def _get_kwargs(
    *,
    body: CreateTransferParameters,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inbound/transfers",
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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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


def _success(response: Response[ErrorResponse | TransferResponse]) -> TransferResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(TransferResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateTransferParameters,
) -> TransferResponse:
    """Send a payout

     Starts a payout from one of the partner's senders to one of its payees, charging the partner's
    wallets. A payee who has not been verified yet gets a verification link by SMS and the money moves
    once they complete it. The transfer_id in the answer identifies the transfer later, so the partner
    has to keep it.

    Args:
        body (CreateTransferParameters): The payout to send.

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
            client=client,
            body=body,
        )
    )


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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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
) -> TransferResponse:
    """Send a payout

     Starts a payout from one of the partner's senders to one of its payees, charging the partner's
    wallets. A payee who has not been verified yet gets a verification link by SMS and the money moves
    once they complete it. The transfer_id in the answer identifies the transfer later, so the partner
    has to keep it.

    Args:
        body (CreateTransferParameters): The payout to send.

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
            client=client,
            body=body,
        )
    )
