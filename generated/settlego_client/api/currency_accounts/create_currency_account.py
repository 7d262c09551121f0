from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_currency_account_request import CreateCurrencyAccountRequest
from ...models.currency_account import CurrencyAccount
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateCurrencyAccountRequest,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["onBehalfOf"] = on_behalf_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/currency-accounts",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurrencyAccount | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CurrencyAccount.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CurrencyAccount | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCurrencyAccountRequest,
    on_behalf_of: str | Unset = UNSET,
) -> Response[CurrencyAccount | ErrorResponse]:
    """Open a currency account

     Opens a currency account in the given currency for the authenticated client, or for the linked
    client named in onBehalfOf when a main client acts for it. The answer carries the bank details
    clients use to pay funds into the account.

    Args:
        on_behalf_of (str | Unset):
        body (CreateCurrencyAccountRequest): Currency account to open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyAccount | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCurrencyAccountRequest,
    on_behalf_of: str | Unset = UNSET,
) -> CurrencyAccount | ErrorResponse | None:
    """Open a currency account

     Opens a currency account in the given currency for the authenticated client, or for the linked
    client named in onBehalfOf when a main client acts for it. The answer carries the bank details
    clients use to pay funds into the account.

    Args:
        on_behalf_of (str | Unset):
        body (CreateCurrencyAccountRequest): Currency account to open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyAccount | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        on_behalf_of=on_behalf_of,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCurrencyAccountRequest,
    on_behalf_of: str | Unset = UNSET,
) -> Response[CurrencyAccount | ErrorResponse]:
    """Open a currency account

     Opens a currency account in the given currency for the authenticated client, or for the linked
    client named in onBehalfOf when a main client acts for it. The answer carries the bank details
    clients use to pay funds into the account.

    Args:
        on_behalf_of (str | Unset):
        body (CreateCurrencyAccountRequest): Currency account to open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyAccount | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        on_behalf_of=on_behalf_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCurrencyAccountRequest,
    on_behalf_of: str | Unset = UNSET,
) -> CurrencyAccount | ErrorResponse | None:
    """Open a currency account

     Opens a currency account in the given currency for the authenticated client, or for the linked
    client named in onBehalfOf when a main client acts for it. The answer carries the bank details
    clients use to pay funds into the account.

    Args:
        on_behalf_of (str | Unset):
        body (CreateCurrencyAccountRequest): Currency account to open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyAccount | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            on_behalf_of=on_behalf_of,
        )
    ).parsed
