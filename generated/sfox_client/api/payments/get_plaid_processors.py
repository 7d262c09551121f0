from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.plaid_processor_list_response import PlaidProcessorListResponse
from ...types import Response


def _get_kwargs(
    bank_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bank-accounts/{bank_account_id}/plaid-processors".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PlaidProcessorListResponse | None:
    if response.status_code == 200:
        response_200 = PlaidProcessorListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PlaidProcessorListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PlaidProcessorListResponse]:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PlaidProcessorListResponse]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | PlaidProcessorListResponse | None:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PlaidProcessorListResponse
    """

    return sync_detailed(
        bank_account_id=bank_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PlaidProcessorListResponse]:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PlaidProcessorListResponse]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bank_account_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | PlaidProcessorListResponse | None:
    """List the Plaid processors of a bank account

     Returns the Plaid processor tokens (sfox, dwolla) attached to the end user's bank account and their
    processing status.

    Args:
        bank_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PlaidProcessorListResponse
    """

    return (
        await asyncio_detailed(
            bank_account_id=bank_account_id,
            client=client,
        )
    ).parsed
