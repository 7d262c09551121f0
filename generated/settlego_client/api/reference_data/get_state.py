from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.state import State
from ...types import Response


def _get_kwargs(
    alpha_2_code: str,
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reference/countries/{alpha_2_code}/states/{code}".format(
            alpha_2_code=quote(str(alpha_2_code), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | State | None:
    if response.status_code == 200:
        response_200 = State.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | State]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    alpha_2_code: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | State]:
    """Get one state or province

     Returns the state or province with the given code in the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | State]
    """

    kwargs = _get_kwargs(
        alpha_2_code=alpha_2_code,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    alpha_2_code: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | State | None:
    """Get one state or province

     Returns the state or province with the given code in the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | State
    """

    return sync_detailed(
        alpha_2_code=alpha_2_code,
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    alpha_2_code: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | State]:
    """Get one state or province

     Returns the state or province with the given code in the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | State]
    """

    kwargs = _get_kwargs(
        alpha_2_code=alpha_2_code,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    alpha_2_code: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | State | None:
    """Get one state or province

     Returns the state or province with the given code in the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | State
    """

    return (
        await asyncio_detailed(
            alpha_2_code=alpha_2_code,
            code=code,
            client=client,
        )
    ).parsed
