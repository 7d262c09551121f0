from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beneficiary_validation import BeneficiaryValidation
from ...models.error_response import ErrorResponse
from ...models.validate_beneficiary_request import ValidateBeneficiaryRequest
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("validateBeneficiary", "safe")


def _get_kwargs(
    *,
    body: ValidateBeneficiaryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beneficiaries/validate",
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
) -> BeneficiaryValidation | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BeneficiaryValidation.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

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
) -> Response[BeneficiaryValidation | ErrorResponse]:
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
    body: ValidateBeneficiaryRequest,
) -> Response[BeneficiaryValidation | ErrorResponse]:
    """Validate beneficiary details

     Checks beneficiary bank details without creating a beneficiary and returns what the service knows
    about the bank. The same retail/corporate name rules as creation apply.

    Args:
        body (ValidateBeneficiaryRequest): Beneficiary details to check without creating the
            beneficiary. Same fields as a create request except externalId and onBehalfOf; the address
            line is optional here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BeneficiaryValidation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[BeneficiaryValidation | ErrorResponse],
) -> BeneficiaryValidation:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(BeneficiaryValidation, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateBeneficiaryRequest,
) -> BeneficiaryValidation:
    """Validate beneficiary details

     Checks beneficiary bank details without creating a beneficiary and returns what the service knows
    about the bank. The same retail/corporate name rules as creation apply.

    Args:
        body (ValidateBeneficiaryRequest): Beneficiary details to check without creating the
            beneficiary. Same fields as a create request except externalId and onBehalfOf; the address
            line is optional here.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BeneficiaryValidation
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
    body: ValidateBeneficiaryRequest,
) -> Response[BeneficiaryValidation | ErrorResponse]:
    """Validate beneficiary details

     Checks beneficiary bank details without creating a beneficiary and returns what the service knows
    about the bank. The same retail/corporate name rules as creation apply.

    Args:
        body (ValidateBeneficiaryRequest): Beneficiary details to check without creating the
            beneficiary. Same fields as a create request except externalId and onBehalfOf; the address
            line is optional here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BeneficiaryValidation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateBeneficiaryRequest,
) -> BeneficiaryValidation:
    """Validate beneficiary details

     Checks beneficiary bank details without creating a beneficiary and returns what the service knows
    about the bank. The same retail/corporate name rules as creation apply.

    Args:
        body (ValidateBeneficiaryRequest): Beneficiary details to check without creating the
            beneficiary. Same fields as a create request except externalId and onBehalfOf; the address
            line is optional here.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BeneficiaryValidation
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
