from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.state import State
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getState", "read")


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
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | State | None:
    if response.status_code == 200:
        response_200 = State.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | State]:
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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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


def _success(response: Response[ErrorResponse | State]) -> State:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(State, response.parsed)


def sync(
    alpha_2_code: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> State:
    """Get one state or province

     Returns the state or province with the given code in the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.
        code (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        State
    """

    return _success(
        sync_detailed(
            alpha_2_code=alpha_2_code,
            code=code,
            client=client,
        )
    )


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
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

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
) -> State:
    """Get one state or province

     Returns the state or province with the given code in the given country.

    Args:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.
        code (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        State
    """

    return _success(
        await asyncio_detailed(
            alpha_2_code=alpha_2_code,
            code=code,
            client=client,
        )
    )
