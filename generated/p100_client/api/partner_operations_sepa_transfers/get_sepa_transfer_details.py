from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sepa_transfer import SepaTransfer
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("getSepaTransferDetails", "read")


def _get_kwargs(
    transfer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sepa-transfer/details/{transfer_id}".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SepaTransfer | str | None:
    if response.status_code == 200:
        response_200 = SepaTransfer.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SepaTransfer | str]:
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
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SepaTransfer | str]:
    """Get a SEPA transfer

     Returns one outgoing SEPA transfer with its status, amount, fee and (in the older docs) the user it
    was sent for. Used to follow a transfer after creating it and for reconciliation. The partner and
    the user SEPA sections both document this same method and path.

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | SepaTransfer | str]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorResponse | SepaTransfer | str]) -> SepaTransfer:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(SepaTransfer, response.parsed)


def sync(
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SepaTransfer:
    """Get a SEPA transfer

     Returns one outgoing SEPA transfer with its status, amount, fee and (in the older docs) the user it
    was sent for. Used to follow a transfer after creating it and for reconciliation. The partner and
    the user SEPA sections both document this same method and path.

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        SepaTransfer
    """

    return _success(
        sync_detailed(
            transfer_id=transfer_id,
            client=client,
        )
    )


async def asyncio_detailed(
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SepaTransfer | str]:
    """Get a SEPA transfer

     Returns one outgoing SEPA transfer with its status, amount, fee and (in the older docs) the user it
    was sent for. Used to follow a transfer after creating it and for reconciliation. The partner and
    the user SEPA sections both document this same method and path.

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | SepaTransfer | str]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SepaTransfer:
    """Get a SEPA transfer

     Returns one outgoing SEPA transfer with its status, amount, fee and (in the older docs) the user it
    was sent for. Used to follow a transfer after creating it and for reconciliation. The partner and
    the user SEPA sections both document this same method and path.

    Args:
        transfer_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        SepaTransfer
    """

    return _success(
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
        )
    )
