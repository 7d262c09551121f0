"""Create Transfer with its idempotency key handled: safe to retry, never creates two transfers.

sFOX makes the partner's `transfer_id` the idempotency key of Create Transfer: a second request
with a transfer_id already used is refused with 422 "A transaction with the same transfer_id
already exists." (the docs' "duplicate request" example). So a create whose answer was lost can
be retried with the same transfer_id: either the first attempt never arrived and the retry
creates the transfer, or it did and the retry is refused as a duplicate.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
import uuid
from typing import TypeVar

import httpx
from sfox_client import AuthenticatedClient
from sfox_client.api.transfers import create_transfer as create_transfer_op
from sfox_client.models import (
    CreateTransferRequest,
    ErrorResponse,
    Transfer,
    TransferPurpose,
    TransferResponse,
    TransferType,
)
from sfox_client.types import Response

from corridor.sfox.client import require_enterprise
from corridor.sfox.errors import (
    DuplicateTransferError,
    SFoxError,
    SFoxInputError,
    TransferOutcomeUnknownError,
    require_text,
)

CREATE_TRANSFER_PATH = "/v1/enterprise/transfer"
# The docs' "duplicate request" message; answers are matched on its distinctive part only, so
# a change of wording around "same transfer_id" still counts.
DUPLICATE_TRANSFER_ERROR = "A transaction with the same transfer_id already exists."
_DUPLICATE_MARK = "same transfer_id"
# 429 and 5xx are answers sFOX tells the caller to retry later (the Connect error-code page).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures where the request may or may not have reached sFOX; others (a bad URL) are not retried.
RETRY_TRANSPORT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# The longest wait the docs name (after breaching the per-IP rate limit); a larger Retry-After
# is cut to it rather than blocking the caller for as long as the server asks.
MAX_WAIT = 60.0

_Choice = TypeVar("_Choice", TransferType, TransferPurpose)


def new_transfer_id() -> str:
    """A fresh transfer_id (a UUID4, the form of the docs' examples)."""
    return str(uuid.uuid4())


def transfer_request(
    *,
    user_id: str,
    type_: TransferType | str,
    purpose: TransferPurpose | str,
    currency: str,
    quantity: float,
    rate: float,
    description: str,
    transfer_id: str | None = None,
) -> CreateTransferRequest:
    """Check the fields and build the generated request, with a new transfer_id if none is given."""
    if transfer_id is None:
        transfer_id = new_transfer_id()
    require_text("transfer_id", transfer_id)
    require_text("user_id", user_id)
    require_text("currency", currency)
    if not isinstance(description, str):
        raise SFoxInputError("description", "must be a string")
    return CreateTransferRequest(
        transfer_id=transfer_id,
        description=description,
        purpose=_member(TransferPurpose, "purpose", purpose),
        type_=_member(TransferType, "type_", type_),
        user_id=user_id,
        currency=currency,
        quantity=_positive("quantity", quantity),
        rate=_positive("rate", rate),
    )


def create_transfer(
    client: AuthenticatedClient,
    *,
    user_id: str,
    type_: TransferType | str,
    purpose: TransferPurpose | str,
    currency: str,
    quantity: float,
    rate: float,
    description: str,
    transfer_id: str | None = None,
    retries: int = 2,
    backoff: float = 0.5,
) -> Transfer:
    """Create a PAYMENT or PAYOUT transfer with the enterprise client; return the created transfer.

    Without a `transfer_id` a new UUID4 is used. A transport failure or a 5xx/429 answer is
    retried up to `retries` times with the same transfer_id, after `backoff` seconds doubling at
    each attempt (or the answer's Retry-After; at most `MAX_WAIT` either way). Raises
    `DuplicateTransferError` when sFOX already has the transfer_id (`after_retry` says whether an
    earlier attempt made it), `TransferOutcomeUnknownError` when every attempt failed, and
    `SFoxError` for other refusals.
    """
    _check_call(client, retries, backoff)
    request = transfer_request(
        user_id=user_id,
        type_=type_,
        purpose=purpose,
        currency=currency,
        quantity=quantity,
        rate=rate,
        description=description,
        transfer_id=transfer_id,
    )
    failure: Exception | None = None
    for attempt in range(1, retries + 2):
        if failure is not None:
            time.sleep(_delay(failure, attempt, backoff))
        try:
            answer = create_transfer_op.sync_detailed(client=client, body=request)
            return _created(client, answer)
        except SFoxError as error:
            failure = _retryable_or_raise(error, request.transfer_id, attempt)
        except RETRY_TRANSPORT_ERRORS as error:
            failure = error
    raise TransferOutcomeUnknownError(request.transfer_id, retries + 1) from failure


async def create_transfer_async(
    client: AuthenticatedClient,
    *,
    user_id: str,
    type_: TransferType | str,
    purpose: TransferPurpose | str,
    currency: str,
    quantity: float,
    rate: float,
    description: str,
    transfer_id: str | None = None,
    retries: int = 2,
    backoff: float = 0.5,
) -> Transfer:
    """`create_transfer` for async code, with the same retry and idempotency rules."""
    _check_call(client, retries, backoff)
    request = transfer_request(
        user_id=user_id,
        type_=type_,
        purpose=purpose,
        currency=currency,
        quantity=quantity,
        rate=rate,
        description=description,
        transfer_id=transfer_id,
    )
    failure: Exception | None = None
    for attempt in range(1, retries + 2):
        if failure is not None:
            await asyncio.sleep(_delay(failure, attempt, backoff))
        try:
            answer = await create_transfer_op.asyncio_detailed(client=client, body=request)
            return _created(client, answer)
        except SFoxError as error:
            failure = _retryable_or_raise(error, request.transfer_id, attempt)
        except RETRY_TRANSPORT_ERRORS as error:
            failure = error
    raise TransferOutcomeUnknownError(request.transfer_id, retries + 1) from failure


def _check_call(client: AuthenticatedClient, retries: int, backoff: float) -> None:
    require_enterprise(client, "client")
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise SFoxInputError("retries", "must be an int >= 0")
    if (
        isinstance(backoff, bool)
        or not isinstance(backoff, int | float)
        or not math.isfinite(backoff)
        or backoff < 0
    ):
        raise SFoxInputError("backoff", "must be a finite number of seconds >= 0")


def _created(
    client: AuthenticatedClient, answer: Response[ErrorResponse | TransferResponse]
) -> Transfer:
    status = int(answer.status_code)
    if not 200 <= status < 300:  # only when `client` does not raise by itself
        url = client.get_httpx_client().base_url.join(CREATE_TRANSFER_PATH)
        raise SFoxError.from_content(status, answer.content, "POST", url)
    if isinstance(answer.parsed, TransferResponse):
        return answer.parsed.data
    # A 2xx other than the documented 201 is not parsed by the generated code.
    return TransferResponse.from_dict(json.loads(answer.content)).data


def _retryable_or_raise(error: SFoxError, transfer_id: str, attempt: int) -> SFoxError:
    """Return the error if the call should be tried again, else raise the right exception."""
    if error.status_code in RETRY_STATUSES:
        return error
    if error.status_code == 422 and _DUPLICATE_MARK in error.error:
        raise DuplicateTransferError(error, transfer_id, after_retry=attempt > 1) from error
    raise error


def _delay(failure: Exception, attempt: int, backoff: float) -> float:
    retry_after = failure.retry_after if isinstance(failure, SFoxError) else None
    if retry_after is not None:
        return min(retry_after, MAX_WAIT)
    # attempt 2 waits `backoff`, attempt 3 twice that, and so on
    return min(backoff * 2.0 ** (attempt - 2), MAX_WAIT)


def _member(enum: type[_Choice], field: str, value: object) -> _Choice:
    allowed = ", ".join(member.value for member in enum)
    try:
        if isinstance(value, str):
            return enum(value)
    except ValueError:
        pass
    raise SFoxInputError(field, f"must be one of {allowed}, not {value!r}")


def _positive(field: str, value: object) -> float:
    # The docs give no bounds; a zero, negative or non-finite amount can only be a mistake, and
    # NaN/inf would not even serialise to valid JSON.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SFoxInputError(field, f"must be a finite number, not {value!r}")
    if value <= 0:
        raise SFoxInputError(field, f"must be greater than 0, not {value!r}")
    return value
