from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import JsonValue, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("addKycFile", "write")


def _get_kwargs(
    external_user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/user/kyc-files/{external_user_id}".format(
            external_user_id=quote(str(external_user_id), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = loads(response.content)
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
) -> Response[Any | ErrorResponse | str]:
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
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | str]:
    """Upload a KYC document (method A)

     Method A of identity verification: the partner uploads the user's identity documents directly. An ID
    card or residence permit needs photos of the front and back plus a selfie; a passport needs one
    photo of the document plus a selfie. The KYC File Added webhook reports whether the document was
    accepted for verification.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[Any | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        external_user_id=external_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Any | ErrorResponse | str]) -> JsonValue:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(JsonValue, response.parsed)


def sync(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> JsonValue:
    """Upload a KYC document (method A)

     Method A of identity verification: the partner uploads the user's identity documents directly. An ID
    card or residence permit needs photos of the front and back plus a selfie; a passport needs one
    photo of the document plus a selfie. The KYC File Added webhook reports whether the document was
    accepted for verification.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        JsonValue
    """

    return _success(
        sync_detailed(
            external_user_id=external_user_id,
            client=client,
        )
    )


async def asyncio_detailed(
    external_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | str]:
    """Upload a KYC document (method A)

     Method A of identity verification: the partner uploads the user's identity documents directly. An ID
    card or residence permit needs photos of the front and back plus a selfie; a passport needs one
    photo of the document plus a selfie. The KYC File Added webhook reports whether the document was
    accepted for verification.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[Any | ErrorResponse | str]
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
) -> JsonValue:
    """Upload a KYC document (method A)

     Method A of identity verification: the partner uploads the user's identity documents directly. An ID
    card or residence permit needs photos of the front and back plus a selfie; a passport needs one
    photo of the document plus a selfie. The KYC File Added webhook reports whether the document was
    accepted for verification.

    Args:
        external_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        JsonValue
    """

    return _success(
        await asyncio_detailed(
            external_user_id=external_user_id,
            client=client,
        )
    )
