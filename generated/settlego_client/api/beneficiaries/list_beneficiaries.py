from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit import pagination as pages
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beneficiary_list_response import BeneficiaryListResponse
from ...models.beneficiary_summary import BeneficiarySummary
from ...models.error_response import ErrorResponse
from ...models.list_scope import ListScope
from ...models.payment_type import PaymentType
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("listBeneficiaries", "read")


def _get_kwargs(
    *,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    beneficiary_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    bank_country: str | Unset = UNSET,
    payment_type: PaymentType | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params["onBehalfOf"] = on_behalf_of

    params["beneficiaryName"] = beneficiary_name

    params["currency"] = currency

    params["bankCountry"] = bank_country

    json_payment_type: str | Unset = UNSET
    if not isinstance(payment_type, Unset):
        json_payment_type = payment_type.value

    params["paymentType"] = json_payment_type

    params["externalId"] = external_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beneficiaries",
        "params": params,
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BeneficiaryListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BeneficiaryListResponse.from_dict(loads(response.content))

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BeneficiaryListResponse | ErrorResponse]:
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
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    beneficiary_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    bank_country: str | Unset = UNSET,
    payment_type: PaymentType | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> Response[BeneficiaryListResponse | ErrorResponse]:
    """List beneficiaries

     Returns a page of the beneficiary accounts visible to the caller, optionally filtered by name,
    currency, bank country, payment type or external id.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        beneficiary_name (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        bank_country (str | Unset): ISO 3166-1 alpha-2 country code.
        payment_type (PaymentType | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BeneficiaryListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        scope=scope,
        on_behalf_of=on_behalf_of,
        beneficiary_name=beneficiary_name,
        currency=currency,
        bank_country=bank_country,
        payment_type=payment_type,
        external_id=external_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[BeneficiaryListResponse | ErrorResponse],
) -> BeneficiaryListResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(BeneficiaryListResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    beneficiary_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    bank_country: str | Unset = UNSET,
    payment_type: PaymentType | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> BeneficiaryListResponse:
    """List beneficiaries

     Returns a page of the beneficiary accounts visible to the caller, optionally filtered by name,
    currency, bank country, payment type or external id.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        beneficiary_name (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        bank_country (str | Unset): ISO 3166-1 alpha-2 country code.
        payment_type (PaymentType | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BeneficiaryListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            beneficiary_name=beneficiary_name,
            currency=currency,
            bank_country=bank_country,
            payment_type=payment_type,
            external_id=external_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    beneficiary_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    bank_country: str | Unset = UNSET,
    payment_type: PaymentType | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> Response[BeneficiaryListResponse | ErrorResponse]:
    """List beneficiaries

     Returns a page of the beneficiary accounts visible to the caller, optionally filtered by name,
    currency, bank country, payment type or external id.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        beneficiary_name (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        bank_country (str | Unset): ISO 3166-1 alpha-2 country code.
        payment_type (PaymentType | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[BeneficiaryListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        scope=scope,
        on_behalf_of=on_behalf_of,
        beneficiary_name=beneficiary_name,
        currency=currency,
        bank_country=bank_country,
        payment_type=payment_type,
        external_id=external_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    beneficiary_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    bank_country: str | Unset = UNSET,
    payment_type: PaymentType | Unset = UNSET,
    external_id: str | Unset = UNSET,
) -> BeneficiaryListResponse:
    """List beneficiaries

     Returns a page of the beneficiary accounts visible to the caller, optionally filtered by name,
    currency, bank country, payment type or external id.

    Args:
        page_number (int):
        page_size (int):
        scope (ListScope | Unset):
        on_behalf_of (str | Unset):
        beneficiary_name (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        bank_country (str | Unset): ISO 3166-1 alpha-2 country code.
        payment_type (PaymentType | Unset):
        external_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        BeneficiaryListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            beneficiary_name=beneficiary_name,
            currency=currency,
            bank_country=bank_country,
            payment_type=payment_type,
            external_id=external_id,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    beneficiary_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    bank_country: str | Unset = UNSET,
    payment_type: PaymentType | Unset = UNSET,
    external_id: str | Unset = UNSET,
    page_size: int = 100,
) -> Iterator[BeneficiarySummary]:
    """Every BeneficiarySummary of every page, fetched page by page as the loop asks for more.

    Takes the arguments of `sync` but for the paging ones; `page_size` sets how many a page holds.
    """
    return pages.iterate(
        lambda page: sync(
            client=client,
            page_number=page,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            beneficiary_name=beneficiary_name,
            currency=currency,
            bank_country=bank_country,
            payment_type=payment_type,
            external_id=external_id,
        ),
        items=lambda answer: pages.items_of(
            answer.beneficiary_list, BeneficiarySummary
        ),
        next_page=pages.next_at(["pagination", "next_page"]),
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    scope: ListScope | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    beneficiary_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    bank_country: str | Unset = UNSET,
    payment_type: PaymentType | Unset = UNSET,
    external_id: str | Unset = UNSET,
    page_size: int = 100,
) -> AsyncIterator[BeneficiarySummary]:
    """`iterate` for async code: `async for item in aiterate(...)`."""
    return pages.aiterate(
        lambda page: asyncio(
            client=client,
            page_number=page,
            page_size=page_size,
            scope=scope,
            on_behalf_of=on_behalf_of,
            beneficiary_name=beneficiary_name,
            currency=currency,
            bank_country=bank_country,
            payment_type=payment_type,
            external_id=external_id,
        ),
        items=lambda answer: pages.items_of(
            answer.beneficiary_list, BeneficiarySummary
        ),
        next_page=pages.next_at(["pagination", "next_page"]),
    )
