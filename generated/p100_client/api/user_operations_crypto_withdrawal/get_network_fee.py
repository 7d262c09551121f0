from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_network_fee_currency import GetNetworkFeeCurrency
from ...models.get_network_fee_network import GetNetworkFeeNetwork
from ...models.network_fee import NetworkFee
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency: GetNetworkFeeCurrency,
    network: GetNetworkFeeNetwork | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_currency = currency.value
    params["currency"] = json_currency

    json_network: str | Unset = UNSET
    if not isinstance(network, Unset):
        json_network = network.value

    params["network"] = json_network

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/crypto-withdrawal/get-network-fee",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NetworkFee | str | None:
    if response.status_code == 200:
        response_200 = NetworkFee.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | NetworkFee | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: GetNetworkFeeCurrency,
    network: GetNetworkFeeNetwork | Unset = UNSET,
) -> Response[ErrorResponse | NetworkFee | str]:
    """Get the current network fee for a withdrawal

     Returns the current blockchain fee for withdrawing a cryptocurrency. USDC and USDT can go out on
    Ethereum (the default) or Polygon; pass network polygon for the latter.

    Args:
        currency (GetNetworkFeeCurrency):
        network (GetNetworkFeeNetwork | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkFee | str]
    """

    kwargs = _get_kwargs(
        currency=currency,
        network=network,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency: GetNetworkFeeCurrency,
    network: GetNetworkFeeNetwork | Unset = UNSET,
) -> ErrorResponse | NetworkFee | str | None:
    """Get the current network fee for a withdrawal

     Returns the current blockchain fee for withdrawing a cryptocurrency. USDC and USDT can go out on
    Ethereum (the default) or Polygon; pass network polygon for the latter.

    Args:
        currency (GetNetworkFeeCurrency):
        network (GetNetworkFeeNetwork | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkFee | str
    """

    return sync_detailed(
        client=client,
        currency=currency,
        network=network,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: GetNetworkFeeCurrency,
    network: GetNetworkFeeNetwork | Unset = UNSET,
) -> Response[ErrorResponse | NetworkFee | str]:
    """Get the current network fee for a withdrawal

     Returns the current blockchain fee for withdrawing a cryptocurrency. USDC and USDT can go out on
    Ethereum (the default) or Polygon; pass network polygon for the latter.

    Args:
        currency (GetNetworkFeeCurrency):
        network (GetNetworkFeeNetwork | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NetworkFee | str]
    """

    kwargs = _get_kwargs(
        currency=currency,
        network=network,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency: GetNetworkFeeCurrency,
    network: GetNetworkFeeNetwork | Unset = UNSET,
) -> ErrorResponse | NetworkFee | str | None:
    """Get the current network fee for a withdrawal

     Returns the current blockchain fee for withdrawing a cryptocurrency. USDC and USDT can go out on
    Ethereum (the default) or Polygon; pass network polygon for the latter.

    Args:
        currency (GetNetworkFeeCurrency):
        network (GetNetworkFeeNetwork | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NetworkFee | str
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
            network=network,
        )
    ).parsed
