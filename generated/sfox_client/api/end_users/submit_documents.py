from http import HTTPStatus
from typing import Any, cast

import httpx
from corridor.kit import operations as rules
from corridor.kit.money import loads

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.documents_uploaded_response import DocumentsUploadedResponse
from ...models.error_response import ErrorResponse
from ...models.submit_documents_request import SubmitDocumentsRequest
from ...types import Response

# How corridor's client kit retries this call, as the spec's x-corridor-* extensions state it;
# every request the call sends carries it.
OPERATION = rules.Operation("submitDocuments", "write")


def _get_kwargs(
    *,
    body: SubmitDocumentsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/enterprise/ddq/upload",
        "extensions": {rules.OPERATION_EXTENSION: OPERATION},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentsUploadedResponse | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = DocumentsUploadedResponse.from_dict(loads(response.content))

        return response_202

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
) -> Response[DocumentsUploadedResponse | ErrorResponse]:
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
    client: AuthenticatedClient,
    body: SubmitDocumentsRequest,
) -> Response[DocumentsUploadedResponse | ErrorResponse]:
    """Upload documents for an end user

     Uploads identity (ID) and proof-of-residence (PoR) documents for an end user as a multipart form,
    optionally for a given EDD request. file_types maps each uploaded file name, extension included, to
    its document type.

    Args:
        body (SubmitDocumentsRequest): Multipart form with the files and their document types.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[DocumentsUploadedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[DocumentsUploadedResponse | ErrorResponse],
) -> DocumentsUploadedResponse:
    status = response.status_code
    if not (status == 202):
        raise errors.UnexpectedStatus(status, response.content)
    return cast(DocumentsUploadedResponse, response.parsed)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubmitDocumentsRequest,
) -> DocumentsUploadedResponse:
    """Upload documents for an end user

     Uploads identity (ID) and proof-of-residence (PoR) documents for an end user as a multipart form,
    optionally for a given EDD request. file_types maps each uploaded file name, extension included, to
    its document type.

    Args:
        body (SubmitDocumentsRequest): Multipart form with the files and their document types.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        DocumentsUploadedResponse
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitDocumentsRequest,
) -> Response[DocumentsUploadedResponse | ErrorResponse]:
    """Upload documents for an end user

     Uploads identity (ID) and proof-of-residence (PoR) documents for an end user as a multipart form,
    optionally for a given EDD request. file_types maps each uploaded file name, extension included, to
    its document type.

    Args:
        body (SubmitDocumentsRequest): Multipart form with the files and their document types.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        Response[DocumentsUploadedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitDocumentsRequest,
) -> DocumentsUploadedResponse:
    """Upload documents for an end user

     Uploads identity (ID) and proof-of-residence (PoR) documents for an end user as a multipart form,
    optionally for a given EDD request. file_types maps each uploaded file name, extension included, to
    its document type.

    Args:
        body (SubmitDocumentsRequest): Multipart form with the files and their document types.

    Raises:
        errors.UnexpectedStatus: If the answer is not one of the documented successes (a client from a
            corridor facade raises the provider's own corridor.errors.ProviderError first).
        errors.UnexpectedAnswer: If a documented answer does not parse into its model (a client from
            a corridor facade raises the provider's own corridor.errors.MalformedAnswerError).
        httpx.TimeoutException: If the request takes longer than Client.timeout (a client from a
            corridor facade raises corridor.errors.TransportError instead).

    Returns:
        DocumentsUploadedResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
