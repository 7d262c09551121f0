from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_recipients_parameters import ListRecipientsParameters
from ...models.recipient_list_response import RecipientListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ListRecipientsParameters | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inbound/recipients",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecipientListResponse:
    if response.status_code == 200:
        response_200 = RecipientListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RecipientListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListRecipientsParameters | Unset = UNSET,
) -> Response[ErrorResponse | RecipientListResponse]:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecipientListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ListRecipientsParameters | Unset = UNSET,
) -> ErrorResponse | RecipientListResponse | None:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecipientListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListRecipientsParameters | Unset = UNSET,
) -> Response[ErrorResponse | RecipientListResponse]:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecipientListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListRecipientsParameters | Unset = UNSET,
) -> ErrorResponse | RecipientListResponse | None:
    """List payees

     Returns the partner's registered payees one page at a time; a page holds five payees and the first
    page is returned when no page is given.

    Args:
        body (ListRecipientsParameters | Unset): Which page of payees to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecipientListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
