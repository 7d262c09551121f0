from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_network_fee_currency import GetNetworkFeeCurrency
from ...models.get_network_fee_network import GetNetworkFeeNetwork
from ...models.network_fee import NetworkFee
from ...types import UNSET, Response, Unset

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getNetworkFee", "read")


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
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NetworkFee | str | None:
    if response.status_code == 200:
        response_200 = NetworkFee.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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


def _success(response: Response[ErrorResponse | NetworkFee | str]) -> NetworkFee:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(NetworkFee, response.parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency: GetNetworkFeeCurrency,
    network: GetNetworkFeeNetwork | Unset = UNSET,
) -> NetworkFee:
    """Get the current network fee for a withdrawal

     Returns the current blockchain fee for withdrawing a cryptocurrency. USDC and USDT can go out on
    Ethereum (the default) or Polygon; pass network polygon for the latter.

    Args:
        currency (GetNetworkFeeCurrency):
        network (GetNetworkFeeNetwork | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        NetworkFee
    """

    return _success(
        sync_detailed(
            client=client,
            currency=currency,
            network=network,
        )
    )


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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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
) -> NetworkFee:
    """Get the current network fee for a withdrawal

     Returns the current blockchain fee for withdrawing a cryptocurrency. USDC and USDT can go out on
    Ethereum (the default) or Polygon; pass network polygon for the latter.

    Args:
        currency (GetNetworkFeeCurrency):
        network (GetNetworkFeeNetwork | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        NetworkFee
    """

    return _success(
        await asyncio_detailed(
            client=client,
            currency=currency,
            network=network,
        )
    )
