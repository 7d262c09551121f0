from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_partner_exchange_request import CreatePartnerExchangeRequest
from ...models.error_response import ErrorResponse
from ...models.exchange_created import ExchangeCreated
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation(
    "createPartnerExchange",
    "create",
    hint="getPartnerBalances (GET /v1/partner/balances) and the transaction history (Get Transaction History)",
)


def _get_kwargs(
    *,
    body: CreatePartnerExchangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/partner/exchange",
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
) -> ErrorResponse | ExchangeCreated | str | None:
    if response.status_code == 200:
        response_200 = ExchangeCreated.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExchangeCreated | str]:
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
    body: CreatePartnerExchangeRequest,
) -> Response[ErrorResponse | ExchangeCreated | str]:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | ExchangeCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | ExchangeCreated | str],
) -> ExchangeCreated:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(ExchangeCreated, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePartnerExchangeRequest,
) -> ExchangeCreated:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        ExchangeCreated
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
    body: CreatePartnerExchangeRequest,
) -> Response[ErrorResponse | ExchangeCreated | str]:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | ExchangeCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePartnerExchangeRequest,
) -> ExchangeCreated:
    """Execute an exchange at a locked rate

     Converts an amount from one currency of the partner to another at the rate held by a lock obtained
    beforehand. The funds are reserved and the exchange id comes back at once; the exchange reaches
    COMPLETED or FAILED later (see Retrieve Detailed Exchange Information or the Exchange webhook,
    neither of which the snapshot specifies).

    Args:
        body (CreatePartnerExchangeRequest): An exchange to execute at a locked rate.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        ExchangeCreated
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
