from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_partner_sepa_transfer_request import (
    CreatePartnerSepaTransferRequest,
)
from ...models.error_response import ErrorResponse
from ...models.sepa_transfer_created import SepaTransferCreated
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation(
    "createPartnerSepaTransfer",
    "create",
    hint="getPartnerBalances (GET /v1/partner/balances) and the transaction history (Get Transaction History)",
)


def _get_kwargs(
    *,
    body: CreatePartnerSepaTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/partner/sepa-transfer",
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
) -> ErrorResponse | SepaTransferCreated | str | None:
    if response.status_code == 200:
        response_200 = SepaTransferCreated.from_dict(loads(response.content))

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
) -> Response[ErrorResponse | SepaTransferCreated | str]:
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
    body: CreatePartnerSepaTransferRequest,
) -> Response[ErrorResponse | SepaTransferCreated | str]:
    """Send a SEPA transfer from the partner's balance

     Schedules an outgoing SEPA transfer and returns its transferId. Only the request format is checked
    on the call; business errors such as insufficient funds surface later, in Get SEPA Transfer Details
    or the Partner SEPA Transfer webhook. Two integration levels exist. Level 1 (standard, closed loop,
    the default) may only pay the holder's own account: the destination IBAN is checked against the KYC
    profile and the receiver fields must not be sent. Level 2 (legacy, open loop, selected legacy
    partners only) may pay third parties and adds receiverType with the receiver's first and last name
    or company name.

    Args:
        body (CreatePartnerSepaTransferRequest): An outgoing SEPA transfer. At Level 1 (closed
            loop) send only amount, currency, destinationIban and transferTitle, and only to the
            partner's own account matching its KYC profile; at Level 2 (legacy open loop) also send
            receiverType and the receiver's names or company name. Types are not documented on this
            page; they follow the matching fields of the SEPA transfer examples elsewhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | SepaTransferCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | SepaTransferCreated | str],
) -> SepaTransferCreated:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(SepaTransferCreated, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePartnerSepaTransferRequest,
) -> SepaTransferCreated:
    """Send a SEPA transfer from the partner's balance

     Schedules an outgoing SEPA transfer and returns its transferId. Only the request format is checked
    on the call; business errors such as insufficient funds surface later, in Get SEPA Transfer Details
    or the Partner SEPA Transfer webhook. Two integration levels exist. Level 1 (standard, closed loop,
    the default) may only pay the holder's own account: the destination IBAN is checked against the KYC
    profile and the receiver fields must not be sent. Level 2 (legacy, open loop, selected legacy
    partners only) may pay third parties and adds receiverType with the receiver's first and last name
    or company name.

    Args:
        body (CreatePartnerSepaTransferRequest): An outgoing SEPA transfer. At Level 1 (closed
            loop) send only amount, currency, destinationIban and transferTitle, and only to the
            partner's own account matching its KYC profile; at Level 2 (legacy open loop) also send
            receiverType and the receiver's names or company name. Types are not documented on this
            page; they follow the matching fields of the SEPA transfer examples elsewhere.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        SepaTransferCreated
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
    body: CreatePartnerSepaTransferRequest,
) -> Response[ErrorResponse | SepaTransferCreated | str]:
    """Send a SEPA transfer from the partner's balance

     Schedules an outgoing SEPA transfer and returns its transferId. Only the request format is checked
    on the call; business errors such as insufficient funds surface later, in Get SEPA Transfer Details
    or the Partner SEPA Transfer webhook. Two integration levels exist. Level 1 (standard, closed loop,
    the default) may only pay the holder's own account: the destination IBAN is checked against the KYC
    profile and the receiver fields must not be sent. Level 2 (legacy, open loop, selected legacy
    partners only) may pay third parties and adds receiverType with the receiver's first and last name
    or company name.

    Args:
        body (CreatePartnerSepaTransferRequest): An outgoing SEPA transfer. At Level 1 (closed
            loop) send only amount, currency, destinationIban and transferTitle, and only to the
            partner's own account matching its KYC profile; at Level 2 (legacy open loop) also send
            receiverType and the receiver's names or company name. Types are not documented on this
            page; they follow the matching fields of the SEPA transfer examples elsewhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | SepaTransferCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePartnerSepaTransferRequest,
) -> SepaTransferCreated:
    """Send a SEPA transfer from the partner's balance

     Schedules an outgoing SEPA transfer and returns its transferId. Only the request format is checked
    on the call; business errors such as insufficient funds surface later, in Get SEPA Transfer Details
    or the Partner SEPA Transfer webhook. Two integration levels exist. Level 1 (standard, closed loop,
    the default) may only pay the holder's own account: the destination IBAN is checked against the KYC
    profile and the receiver fields must not be sent. Level 2 (legacy, open loop, selected legacy
    partners only) may pay third parties and adds receiverType with the receiver's first and last name
    or company name.

    Args:
        body (CreatePartnerSepaTransferRequest): An outgoing SEPA transfer. At Level 1 (closed
            loop) send only amount, currency, destinationIban and transferTitle, and only to the
            partner's own account matching its KYC profile; at Level 2 (legacy open loop) also send
            receiverType and the receiver's names or company name. Types are not documented on this
            page; they follow the matching fields of the SEPA transfer examples elsewhere.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        SepaTransferCreated
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
