from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.currency_account_list_response import CurrencyAccountListResponse
from ...models.error_response import ErrorResponse
from ...models.list_currency_accounts_status import ListCurrencyAccountsStatus
from ...models.list_scope import ListScope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    status: ListCurrencyAccountsStatus | Unset = UNSET,
    min_balance: float | Unset = UNSET,
    max_balance: float | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    scope: ListScope | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["currency"] = currency

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["minBalance"] = min_balance

    params["maxBalance"] = max_balance

    params["onBehalfOf"] = on_behalf_of

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/currency-accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurrencyAccountListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CurrencyAccountListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CurrencyAccountListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    status: ListCurrencyAccountsStatus | Unset = UNSET,
    min_balance: float | Unset = UNSET,
    max_balance: float | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    scope: ListScope | Unset = UNSET,
) -> Response[CurrencyAccountListResponse | ErrorResponse]:
    """List currency accounts

     Returns one page of the caller's currency accounts, optionally filtered by currency, status and a
    balance range. A main client can list its own accounts, a linked client's, or all of them through
    scope and onBehalfOf.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        status (ListCurrencyAccountsStatus | Unset):
        min_balance (float | Unset):
        max_balance (float | Unset):
        on_behalf_of (str | Unset):
        scope (ListScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyAccountListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        currency=currency,
        status=status,
        min_balance=min_balance,
        max_balance=max_balance,
        on_behalf_of=on_behalf_of,
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    status: ListCurrencyAccountsStatus | Unset = UNSET,
    min_balance: float | Unset = UNSET,
    max_balance: float | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    scope: ListScope | Unset = UNSET,
) -> CurrencyAccountListResponse | ErrorResponse | None:
    """List currency accounts

     Returns one page of the caller's currency accounts, optionally filtered by currency, status and a
    balance range. A main client can list its own accounts, a linked client's, or all of them through
    scope and onBehalfOf.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        status (ListCurrencyAccountsStatus | Unset):
        min_balance (float | Unset):
        max_balance (float | Unset):
        on_behalf_of (str | Unset):
        scope (ListScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyAccountListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        currency=currency,
        status=status,
        min_balance=min_balance,
        max_balance=max_balance,
        on_behalf_of=on_behalf_of,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    status: ListCurrencyAccountsStatus | Unset = UNSET,
    min_balance: float | Unset = UNSET,
    max_balance: float | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    scope: ListScope | Unset = UNSET,
) -> Response[CurrencyAccountListResponse | ErrorResponse]:
    """List currency accounts

     Returns one page of the caller's currency accounts, optionally filtered by currency, status and a
    balance range. A main client can list its own accounts, a linked client's, or all of them through
    scope and onBehalfOf.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        status (ListCurrencyAccountsStatus | Unset):
        min_balance (float | Unset):
        max_balance (float | Unset):
        on_behalf_of (str | Unset):
        scope (ListScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyAccountListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        currency=currency,
        status=status,
        min_balance=min_balance,
        max_balance=max_balance,
        on_behalf_of=on_behalf_of,
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int,
    page_size: int,
    currency: str | Unset = UNSET,
    status: ListCurrencyAccountsStatus | Unset = UNSET,
    min_balance: float | Unset = UNSET,
    max_balance: float | Unset = UNSET,
    on_behalf_of: str | Unset = UNSET,
    scope: ListScope | Unset = UNSET,
) -> CurrencyAccountListResponse | ErrorResponse | None:
    """List currency accounts

     Returns one page of the caller's currency accounts, optionally filtered by currency, status and a
    balance range. A main client can list its own accounts, a linked client's, or all of them through
    scope and onBehalfOf.

    Args:
        page_number (int):
        page_size (int):
        currency (str | Unset): ISO 4217 three-letter currency code.
        status (ListCurrencyAccountsStatus | Unset):
        min_balance (float | Unset):
        max_balance (float | Unset):
        on_behalf_of (str | Unset):
        scope (ListScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyAccountListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            currency=currency,
            status=status,
            min_balance=min_balance,
            max_balance=max_balance,
            on_behalf_of=on_behalf_of,
            scope=scope,
        )
    ).parsed
