from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.card_list import CardList
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    external_user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/card/all/{external_user_id}".format(
            external_user_id=quote(str(external_user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardList | ErrorResponse | str:
    if response.status_code == 200:
        response_200 = CardList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CardList | ErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardList | ErrorResponse | str]:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardList | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        external_user_id=external_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CardList | ErrorResponse | str | None:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardList | ErrorResponse | str
    """

    return sync_detailed(
        external_user_id=external_user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardList | ErrorResponse | str]:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardList | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        external_user_id=external_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CardList | ErrorResponse | str | None:
    """List a user's cards

     Lists all cards of an end user with their id, status and label. The card module is currently
    suspended, so the call answers with an error.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardList | ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            external_user_id=external_user_id,
            client=client,
        )
    ).parsed
