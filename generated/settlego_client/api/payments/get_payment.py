from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_detail import PaymentDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["onBehalfOf"] = on_behalf_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentDetail | None:
    if response.status_code == 200:
        response_200 = PaymentDetail.from_dict(response.json())

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
) -> Response[ErrorResponse | PaymentDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    on_behalf_of: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentDetail]:
    """Get a payment by id

     Returns one payment by its SettleGo id, together with a snapshot of the beneficiary and its bank
    account, the total fees and the completion time once completed.

    Args:
        id (str):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentDetail]
    """

    kwargs = _get_kwargs(
        id=id,
        on_behalf_of=on_behalf_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    on_behalf_of: str | Unset = UNSET,
) -> ErrorResponse | PaymentDetail | None:
    """Get a payment by id

     Returns one payment by its SettleGo id, together with a snapshot of the beneficiary and its bank
    account, the total fees and the completion time once completed.

    Args:
        id (str):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentDetail
    """

    return sync_detailed(
        id=id,
        client=client,
        on_behalf_of=on_behalf_of,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    on_behalf_of: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentDetail]:
    """Get a payment by id

     Returns one payment by its SettleGo id, together with a snapshot of the beneficiary and its bank
    account, the total fees and the completion time once completed.

    Args:
        id (str):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentDetail]
    """

    kwargs = _get_kwargs(
        id=id,
        on_behalf_of=on_behalf_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    on_behalf_of: str | Unset = UNSET,
) -> ErrorResponse | PaymentDetail | None:
    """Get a payment by id

     Returns one payment by its SettleGo id, together with a snapshot of the beneficiary and its bank
    account, the total fees and the completion time once completed.

    Args:
        id (str):
        on_behalf_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentDetail
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            on_behalf_of=on_behalf_of,
        )
    ).parsed
