"""Create Transfer in one call: the fields checked, the transfer_id kept, the transfer returned.

The generated `create_transfer.sync(client=..., body=...)` is just as safe through a facade
client (corridor's flow generates the transfer_id when absent and retries with it, as
specs/sfox.yaml's `x-corridor-idempotency` says); these functions add checked arguments (the
client kit's checks, `corridor.kit.arguments`) and return the `Transfer` itself rather than
its `{"data": ...}` envelope. The fields are listed once (`TransferFields`), and the sync and
async calls differ only in how they call the generated operation.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import NotRequired, TypedDict, Unpack

from sfox_client import AuthenticatedClient
from sfox_client.api.transfers import create_transfer as create_transfer_op
from sfox_client.models import CreateTransferRequest, Transfer, TransferPurpose, TransferType

from corridor.errors import InputError
from corridor.kit.arguments import choice, positive_amount, require_text
from corridor.kit.connection import with_options
from corridor.kit.retries import Retries
from corridor.sfox.client import require_enterprise

Amount = Decimal | int | str


class TransferFields(TypedDict):
    """Create Transfer's fields, as `create_transfer` and `transfer_request` take them."""

    user_id: str
    type_: TransferType | str
    purpose: TransferPurpose | str
    currency: str
    quantity: Amount
    rate: Amount
    description: str
    transfer_id: NotRequired[str | None]


class _Call(TypedDict):
    client: AuthenticatedClient
    body: CreateTransferRequest


def new_transfer_id() -> str:
    """A fresh transfer_id (a UUID4, the form of the docs' examples)."""
    return str(uuid.uuid4())


def transfer_request(**fields: Unpack[TransferFields]) -> CreateTransferRequest:
    """Check the fields and build the generated request, with a new transfer_id if none is given."""
    transfer_id = fields.get("transfer_id")
    description = fields["description"]
    if not isinstance(description, str):
        raise InputError("description", "must be a string")
    return CreateTransferRequest(
        transfer_id=require_text(
            "transfer_id", new_transfer_id() if transfer_id is None else transfer_id
        ),
        description=description,
        purpose=choice(TransferPurpose, "purpose", fields["purpose"]),
        type_=choice(TransferType, "type_", fields["type_"]),
        user_id=require_text("user_id", fields["user_id"]),
        currency=require_text("currency", fields["currency"]),
        quantity=positive_amount("quantity", fields["quantity"]),
        rate=positive_amount("rate", fields["rate"]),
    )


def create_transfer(
    client: AuthenticatedClient, *, retries: Retries | None = None, **fields: Unpack[TransferFields]
) -> Transfer:
    """Create a PAYMENT or PAYOUT transfer with the enterprise client; return the transfer.

    Without a `transfer_id` a new UUID4 is used, and every retry (the client's `Retries`, or
    `retries` for this call) resends it, so the transfer is made at most once. Raises
    `SFoxDuplicateError` when the caller reused a transfer_id, `OutcomeUnknownError` when no
    attempt got an answer (call again with the same transfer_id), `SFoxError` otherwise, and
    `corridor.errors.InputError` for a field it refuses before sending anything.
    """
    return create_transfer_op.sync(**_call(client, retries, fields)).data


async def create_transfer_async(
    client: AuthenticatedClient, *, retries: Retries | None = None, **fields: Unpack[TransferFields]
) -> Transfer:
    """`create_transfer` for async code, with the same checks and idempotency rules."""
    return (await create_transfer_op.asyncio(**_call(client, retries, fields))).data


def _call(client: AuthenticatedClient, retries: Retries | None, fields: TransferFields) -> _Call:
    require_enterprise(client, "client")
    body = transfer_request(**fields)
    caller = client if retries is None else with_options(client, retries=retries)
    return {"client": caller, "body": body}
