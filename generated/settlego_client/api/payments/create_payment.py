from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_payment_request import CreatePaymentRequest
from ...models.error_response import ErrorResponse
from ...models.payment import Payment
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation(
    "createPayment",
    "create",
    idempotency=rules.Idempotency(
        "externalId",
        generated=True,
        lookup=rules.Lookup(
            "getPaymentByExternalId",
            "GET",
            "/payments/external/{id}",
            parameter="id",
            carry=("onBehalfOf",),
            answer="exists",
        ),
        already_done=rules.Refusals(statuses=(409,)),
    ),
)


def _get_kwargs(
    *,
    body: CreatePaymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments",
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
) -> ErrorResponse | Payment | None:
    if response.status_code == 200:
        response_200 = Payment.from_dict(loads(response.content))

        return response_200

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(loads(response.content))

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(loads(response.content))

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(loads(response.content))

        return response_415

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Payment]:
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
    body: CreatePaymentRequest,
) -> Response[ErrorResponse | Payment]:
    """Create a payment to a beneficiary

     Pays an amount from the caller's active currency account to a beneficiary on the given payment date.
    A text reason is required when reasonCode is other. When the account balance does not cover the
    payment, the answer carries the payIn* bank details to deposit the shortfall into.

    Args:
        body (CreatePaymentRequest): A payment from a currency account to a beneficiary.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | Payment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorResponse | Payment]) -> Payment:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(Payment, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePaymentRequest,
) -> Payment:
    """Create a payment to a beneficiary

     Pays an amount from the caller's active currency account to a beneficiary on the given payment date.
    A text reason is required when reasonCode is other. When the account balance does not cover the
    payment, the answer carries the payIn* bank details to deposit the shortfall into.

    Args:
        body (CreatePaymentRequest): A payment from a currency account to a beneficiary.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Payment
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
    body: CreatePaymentRequest,
) -> Response[ErrorResponse | Payment]:
    """Create a payment to a beneficiary

     Pays an amount from the caller's active currency account to a beneficiary on the given payment date.
    A text reason is required when reasonCode is other. When the account balance does not cover the
    payment, the answer carries the payIn* bank details to deposit the shortfall into.

    Args:
        body (CreatePaymentRequest): A payment from a currency account to a beneficiary.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | Payment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePaymentRequest,
) -> Payment:
    """Create a payment to a beneficiary

     Pays an amount from the caller's active currency account to a beneficiary on the given payment date.
    A text reason is required when reasonCode is other. When the account balance does not cover the
    payment, the answer carries the payIn* bank details to deposit the shortfall into.

    Args:
        body (CreatePaymentRequest): A payment from a currency account to a beneficiary.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Payment
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
