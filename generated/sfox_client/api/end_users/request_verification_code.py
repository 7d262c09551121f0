from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import dumps, loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.request_verification_code_request import RequestVerificationCodeRequest
from ...models.verification_code_sent_response import VerificationCodeSentResponse
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("requestVerificationCode", "write")


def _get_kwargs(
    user_id: str,
    *,
    body: RequestVerificationCodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/enterprise/users/send-verification/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if (
        "json" in _kwargs
    ):  # written by corridor's encoder, so Decimal amounts stay exact
        _kwargs["content"] = dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerificationCodeSentResponse | None:
    if response.status_code == 200:
        response_200 = VerificationCodeSentResponse.from_dict(loads(response.content))

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(loads(response.content))

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(loads(response.content))

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VerificationCodeSentResponse]:
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
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestVerificationCodeRequest,
) -> Response[ErrorResponse | VerificationCodeSentResponse]:
    """Send a verification code by email or SMS

     Sends the end user a one-time numeric code by email or by SMS. Businesses verify their email only;
    individuals verify email first and then their phone. The code is submitted with
    confirmVerificationCode.

    Args:
        user_id (str):
        body (RequestVerificationCodeRequest): Channel to send the verification code through.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | VerificationCodeSentResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[ErrorResponse | VerificationCodeSentResponse],
) -> VerificationCodeSentResponse:
    status = response.status_code
    if not (status == 200):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(VerificationCodeSentResponse, response.parsed)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestVerificationCodeRequest,
) -> VerificationCodeSentResponse:
    """Send a verification code by email or SMS

     Sends the end user a one-time numeric code by email or by SMS. Businesses verify their email only;
    individuals verify email first and then their phone. The code is submitted with
    confirmVerificationCode.

    Args:
        user_id (str):
        body (RequestVerificationCodeRequest): Channel to send the verification code through.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        VerificationCodeSentResponse
    """

    return _success(
        sync_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestVerificationCodeRequest,
) -> Response[ErrorResponse | VerificationCodeSentResponse]:
    """Send a verification code by email or SMS

     Sends the end user a one-time numeric code by email or by SMS. Businesses verify their email only;
    individuals verify email first and then their phone. The code is submitted with
    confirmVerificationCode.

    Args:
        user_id (str):
        body (RequestVerificationCodeRequest): Channel to send the verification code through.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[ErrorResponse | VerificationCodeSentResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestVerificationCodeRequest,
) -> VerificationCodeSentResponse:
    """Send a verification code by email or SMS

     Sends the end user a one-time numeric code by email or by SMS. Businesses verify their email only;
    individuals verify email first and then their phone. The code is submitted with
    confirmVerificationCode.

    Args:
        user_id (str):
        body (RequestVerificationCodeRequest): Channel to send the verification code through.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        VerificationCodeSentResponse
    """

    return _success(
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    )
