from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transfer_request import CreateTransferRequest
from ...models.error_response import ErrorResponse
from ...models.transfer_response import TransferResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation(
    "createTransfer",
    "create",
    idempotency=rules.Idempotency(
        "transfer_id",
        generated=True,
        lookup=rules.Lookup(
            "listTransfers",
            "GET",
            "/v1/enterprise/transfer/history",
            entry=rules.Entry("data", "transfer_id", wrap="data"),
        ),
        already_done=rules.Refusals(statuses=(422,), messages=("same transfer_id",)),
    ),
    created_status=201,
)


def _get_kwargs(
    *,
    body: CreateTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/enterprise/transfer",
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
) -> ErrorResponse | TransferResponse | None:
    if response.status_code == 201:
        response_201 = TransferResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads(response.content))

        return response_404

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
    body: CreateTransferRequest,
) -> Response[ErrorResponse | TransferResponse]:
    """Create a PAYMENT or PAYOUT transfer

     Moves funds between the partner's master account and an end user's account. A PAYMENT (user to
    partner) is created PENDING and waits for the user to confirm it with the emailed code
    (confirmTransfer); its funds are held until it is processed or cancelled. A PAYOUT (partner to user)
    is processed at once. transfer_id is chosen by the partner and is the idempotency key: a second
    request with the same transfer_id is refused with 422.

    Args:
        body (CreateTransferRequest): A transfer between the partner and one end user.

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
    if not (status == 201):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(TransferResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateTransferRequest,
) -> TransferResponse:
    """Create a PAYMENT or PAYOUT transfer

     Moves funds between the partner's master account and an end user's account. A PAYMENT (user to
    partner) is created PENDING and waits for the user to confirm it with the emailed code
    (confirmTransfer); its funds are held until it is processed or cancelled. A PAYOUT (partner to user)
    is processed at once. transfer_id is chosen by the partner and is the idempotency key: a second
    request with the same transfer_id is refused with 422.

    Args:
        body (CreateTransferRequest): A transfer between the partner and one end user.

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
    body: CreateTransferRequest,
) -> Response[ErrorResponse | TransferResponse]:
    """Create a PAYMENT or PAYOUT transfer

     Moves funds between the partner's master account and an end user's account. A PAYMENT (user to
    partner) is created PENDING and waits for the user to confirm it with the emailed code
    (confirmTransfer); its funds are held until it is processed or cancelled. A PAYOUT (partner to user)
    is processed at once. transfer_id is chosen by the partner and is the idempotency key: a second
    request with the same transfer_id is refused with 422.

    Args:
        body (CreateTransferRequest): A transfer between the partner and one end user.

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
    body: CreateTransferRequest,
) -> TransferResponse:
    """Create a PAYMENT or PAYOUT transfer

     Moves funds between the partner's master account and an end user's account. A PAYMENT (user to
    partner) is created PENDING and waits for the user to confirm it with the emailed code
    (confirmTransfer); its funds are held until it is processed or cancelled. A PAYOUT (partner to user)
    is processed at once. transfer_id is chosen by the partner and is the idempotency key: a second
    request with the same transfer_id is refused with 422.

    Args:
        body (CreateTransferRequest): A transfer between the partner and one end user.

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
