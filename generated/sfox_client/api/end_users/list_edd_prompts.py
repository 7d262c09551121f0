from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_type import AccountType
from ...models.edd_prompt_list_response import EddPromptListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_type: AccountType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_account_type: str | Unset = UNSET
    if not isinstance(account_type, Unset):
        json_account_type = account_type.value

    params["account_type"] = json_account_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/enterprise/eddq/prompts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EddPromptListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EddPromptListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EddPromptListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    account_type: AccountType | Unset = UNSET,
) -> Response[EddPromptListResponse | ErrorResponse]:
    """List the questions of the EDD questionnaires

     Returns the prompts (questions) of the EDD questionnaires, optionally only those for individual or
    for business accounts, with how each must be answered. The prompt_id values are the keys of the
    answers sent to createEddResponses.

    Args:
        account_type (AccountType | Unset): A person (individual) or a business (corporation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EddPromptListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_type=account_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    account_type: AccountType | Unset = UNSET,
) -> EddPromptListResponse | ErrorResponse | None:
    """List the questions of the EDD questionnaires

     Returns the prompts (questions) of the EDD questionnaires, optionally only those for individual or
    for business accounts, with how each must be answered. The prompt_id values are the keys of the
    answers sent to createEddResponses.

    Args:
        account_type (AccountType | Unset): A person (individual) or a business (corporation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EddPromptListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        account_type=account_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account_type: AccountType | Unset = UNSET,
) -> Response[EddPromptListResponse | ErrorResponse]:
    """List the questions of the EDD questionnaires

     Returns the prompts (questions) of the EDD questionnaires, optionally only those for individual or
    for business accounts, with how each must be answered. The prompt_id values are the keys of the
    answers sent to createEddResponses.

    Args:
        account_type (AccountType | Unset): A person (individual) or a business (corporation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EddPromptListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_type=account_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account_type: AccountType | Unset = UNSET,
) -> EddPromptListResponse | ErrorResponse | None:
    """List the questions of the EDD questionnaires

     Returns the prompts (questions) of the EDD questionnaires, optionally only those for individual or
    for business accounts, with how each must be answered. The prompt_id values are the keys of the
    answers sent to createEddResponses.

    Args:
        account_type (AccountType | Unset): A person (individual) or a business (corporation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EddPromptListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_type=account_type,
        )
    ).parsed
