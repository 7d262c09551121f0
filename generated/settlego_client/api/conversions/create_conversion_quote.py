from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_quote import ConversionQuote
from ...models.conversion_quote_request import ConversionQuoteRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ConversionQuoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversions/quotes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionQuote | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversionQuote.from_dict(response.json())

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
) -> Response[ConversionQuote | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversionQuoteRequest,
) -> Response[ConversionQuote | ErrorResponse]:
    """Quote a currency conversion

     Prices a conversion between two currencies for a fixed buy or sell amount. The quote is valid for 20
    seconds: the conversion must be created from it within that time, after which the quote expires.

    Args:
        body (ConversionQuoteRequest): Currencies, fixed side, amount and date of a conversion to
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionQuote | ErrorResponse]
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
    client: AuthenticatedClient | Client,
    body: ConversionQuoteRequest,
) -> ConversionQuote | ErrorResponse | None:
    """Quote a currency conversion

     Prices a conversion between two currencies for a fixed buy or sell amount. The quote is valid for 20
    seconds: the conversion must be created from it within that time, after which the quote expires.

    Args:
        body (ConversionQuoteRequest): Currencies, fixed side, amount and date of a conversion to
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionQuote | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversionQuoteRequest,
) -> Response[ConversionQuote | ErrorResponse]:
    """Quote a currency conversion

     Prices a conversion between two currencies for a fixed buy or sell amount. The quote is valid for 20
    seconds: the conversion must be created from it within that time, after which the quote expires.

    Args:
        body (ConversionQuoteRequest): Currencies, fixed side, amount and date of a conversion to
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionQuote | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConversionQuoteRequest,
) -> ConversionQuote | ErrorResponse | None:
    """Quote a currency conversion

     Prices a conversion between two currencies for a fixed buy or sell amount. The quote is valid for 20
    seconds: the conversion must be created from it within that time, after which the quote expires.

    Args:
        body (ConversionQuoteRequest): Currencies, fixed side, amount and date of a conversion to
            price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionQuote | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
