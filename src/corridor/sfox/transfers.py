"""Create Transfer in one call: the fields checked, the transfer_id kept, the transfer returned.

The generated `create_transfer.sync(client=..., body=...)` is just as safe through a facade
client (corridor's flow generates the transfer_id when absent and retries with it, as
specs/sfox.yaml's `x-corridor-idempotency` says); these functions add checked arguments and
return the `Transfer` itself rather than its `{"data": ...}` envelope.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TypeVar

from sfox_client import AuthenticatedClient
from sfox_client.api.transfers import create_transfer as create_transfer_op
from sfox_client.models import CreateTransferRequest, Transfer, TransferPurpose, TransferType

from corridor.kit.connection import with_options
from corridor.kit.money import to_decimal
from corridor.kit.retries import Retries
from corridor.sfox.client import require_enterprise
from corridor.sfox.errors import SFoxInputError, require_text

Amount = Decimal | int | str
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
    quantity: Amount,
    rate: Amount,
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
    quantity: Amount,
    rate: Amount,
    description: str,
    transfer_id: str | None = None,
    retries: Retries | None = None,
) -> Transfer:
    """Create a PAYMENT or PAYOUT transfer with the enterprise client; return the transfer.

    Without a `transfer_id` a new UUID4 is used, and every retry (the client's `Retries`, or
    `retries` for this call) resends it, so the transfer is made at most once. Raises
    `SFoxDuplicateError` when the caller reused a transfer_id, `OutcomeUnknownError` when no
    attempt got an answer (call again with the same transfer_id), `SFoxError` otherwise.
    """
    require_enterprise(client, "client")
    body = transfer_request(
        user_id=user_id,
        type_=type_,
        purpose=purpose,
        currency=currency,
        quantity=quantity,
        rate=rate,
        description=description,
        transfer_id=transfer_id,
    )
    caller = client if retries is None else with_options(client, retries=retries)
    return create_transfer_op.sync(client=caller, body=body).data


async def create_transfer_async(
    client: AuthenticatedClient,
    *,
    user_id: str,
    type_: TransferType | str,
    purpose: TransferPurpose | str,
    currency: str,
    quantity: Amount,
    rate: Amount,
    description: str,
    transfer_id: str | None = None,
    retries: Retries | None = None,
) -> Transfer:
    """`create_transfer` for async code, with the same idempotency rules."""
    require_enterprise(client, "client")
    body = transfer_request(
        user_id=user_id,
        type_=type_,
        purpose=purpose,
        currency=currency,
        quantity=quantity,
        rate=rate,
        description=description,
        transfer_id=transfer_id,
    )
    caller = client if retries is None else with_options(client, retries=retries)
    return (await create_transfer_op.asyncio(client=caller, body=body)).data


def _member(enum: type[_Choice], field: str, value: object) -> _Choice:
    allowed = ", ".join(member.value for member in enum)
    try:
        if isinstance(value, str):
            return enum(value)
    except ValueError:
        pass
    raise SFoxInputError(field, f"must be one of {allowed}, not {value!r}")


def _positive(field: str, value: object) -> Decimal:
    # The docs give no bounds; a zero, negative or non-finite amount can only be a mistake.
    # A float is refused: it may already have lost the digits the caller meant.
    if isinstance(value, float):
        raise SFoxInputError(field, f"must be a Decimal, int or numeric string, not {value!r}")
    try:
        number = to_decimal(value)
    except ValueError as error:
        raise SFoxInputError(field, f"must be a finite number, not {value!r}") from error
    if number <= 0:
        raise SFoxInputError(field, f"must be greater than 0, not {value!r}")
    return number
