from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beneficiary_required_details import BeneficiaryRequiredDetails
from ...models.beneficiary_type import BeneficiaryType
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getBeneficiaryRequiredDetails", "read")


def _get_kwargs(
    *,
    beneficiary_country: str | Unset = UNSET,
    currency: str,
    bank_account_country: str,
    beneficiary_type: BeneficiaryType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["beneficiaryCountry"] = beneficiary_country

    params["currency"] = currency

    params["bankAccountCountry"] = bank_account_country

    json_beneficiary_type = beneficiary_type.value
    params["beneficiaryType"] = json_beneficiary_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reference/beneficiary-required-details",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BeneficiaryRequiredDetails | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BeneficiaryRequiredDetails.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BeneficiaryRequiredDetails | ErrorResponse]:
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
    beneficiary_country: str | Unset = UNSET,
    currency: str,
    bank_account_country: str,
    beneficiary_type: BeneficiaryType,
) -> Response[BeneficiaryRequiredDetails | ErrorResponse]:
    """Get the bank details a beneficiary needs

     Tells which bank details (and their formats, as regular expressions) a beneficiary must have for the
    given currency, bank country and beneficiary type, since routing rules differ by country and bank.
    Use it to shape a create-beneficiary request; one entry is returned per payment type.

    Args:
        beneficiary_country (str | Unset): ISO 3166-1 alpha-2 country code.
        currency (str): ISO 4217 three-letter currency code.
        bank_account_country (str): ISO 3166-1 alpha-2 country code.
        beneficiary_type (BeneficiaryType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BeneficiaryRequiredDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        beneficiary_country=beneficiary_country,
        currency=currency,
        bank_account_country=bank_account_country,
        beneficiary_type=beneficiary_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[BeneficiaryRequiredDetails | ErrorResponse],
) -> BeneficiaryRequiredDetails:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(BeneficiaryRequiredDetails, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    beneficiary_country: str | Unset = UNSET,
    currency: str,
    bank_account_country: str,
    beneficiary_type: BeneficiaryType,
) -> BeneficiaryRequiredDetails:
    """Get the bank details a beneficiary needs

     Tells which bank details (and their formats, as regular expressions) a beneficiary must have for the
    given currency, bank country and beneficiary type, since routing rules differ by country and bank.
    Use it to shape a create-beneficiary request; one entry is returned per payment type.

    Args:
        beneficiary_country (str | Unset): ISO 3166-1 alpha-2 country code.
        currency (str): ISO 4217 three-letter currency code.
        bank_account_country (str): ISO 3166-1 alpha-2 country code.
        beneficiary_type (BeneficiaryType):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BeneficiaryRequiredDetails
    """

    return _success(
        sync_detailed(
            client=client,
            beneficiary_country=beneficiary_country,
            currency=currency,
            bank_account_country=bank_account_country,
            beneficiary_type=beneficiary_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    beneficiary_country: str | Unset = UNSET,
    currency: str,
    bank_account_country: str,
    beneficiary_type: BeneficiaryType,
) -> Response[BeneficiaryRequiredDetails | ErrorResponse]:
    """Get the bank details a beneficiary needs

     Tells which bank details (and their formats, as regular expressions) a beneficiary must have for the
    given currency, bank country and beneficiary type, since routing rules differ by country and bank.
    Use it to shape a create-beneficiary request; one entry is returned per payment type.

    Args:
        beneficiary_country (str | Unset): ISO 3166-1 alpha-2 country code.
        currency (str): ISO 4217 three-letter currency code.
        bank_account_country (str): ISO 3166-1 alpha-2 country code.
        beneficiary_type (BeneficiaryType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BeneficiaryRequiredDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        beneficiary_country=beneficiary_country,
        currency=currency,
        bank_account_country=bank_account_country,
        beneficiary_type=beneficiary_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    beneficiary_country: str | Unset = UNSET,
    currency: str,
    bank_account_country: str,
    beneficiary_type: BeneficiaryType,
) -> BeneficiaryRequiredDetails:
    """Get the bank details a beneficiary needs

     Tells which bank details (and their formats, as regular expressions) a beneficiary must have for the
    given currency, bank country and beneficiary type, since routing rules differ by country and bank.
    Use it to shape a create-beneficiary request; one entry is returned per payment type.

    Args:
        beneficiary_country (str | Unset): ISO 3166-1 alpha-2 country code.
        currency (str): ISO 4217 three-letter currency code.
        bank_account_country (str): ISO 3166-1 alpha-2 country code.
        beneficiary_type (BeneficiaryType):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BeneficiaryRequiredDetails
    """

    return _success(
        await asyncio_detailed(
            client=client,
            beneficiary_country=beneficiary_country,
            currency=currency,
            bank_account_country=bank_account_country,
            beneficiary_type=beneficiary_type,
        )
    )
