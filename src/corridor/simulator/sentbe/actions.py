"""Sentbe's control actions: what its compliance team and the recipients do outside the API.

Served by the control API as `POST /_simulator/actions/<name>` with a JSON object, each naming
the partner (`partner_id`, default: the main partner) whose recipient or transfer it acts on:

- `verify-recipient` {recipient_id}: the recipient completes verification;
- `hold-transfer`, `release-transfer`, `cancel-transfer`, `refund-transfer` {transfer_id}:
  the AML filter holds a transfer, compliance releases it, Sentbe cancels it, or refunds it now.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from corridor.simulator.definition import ControlAction
from corridor.simulator.sentbe import render
from corridor.simulator.sentbe.domain.backend import Backend
from corridor.simulator.sentbe.domain.errors import InvalidParameter
from corridor.simulator.sentbe.domain.transfers import Transfer, Transfers

Step = Callable[[Transfers, Transfer], None]


def actions(backend: Backend) -> dict[str, ControlAction]:
    """Each action by name, with what it does and the fields it takes."""
    return {
        "verify-recipient": ControlAction(
            "the recipient completes verification ({recipient_id}); their transfers that "
            "wait for it go on to Processing",
            partial(verify_recipient, backend),
        ),
        "hold-transfer": ControlAction(
            "the AML filter holds a Processing transfer ({transfer_id}): AML filtered",
            partial(on_transfer, Transfers.hold, backend),
        ),
        "release-transfer": ControlAction(
            "compliance releases an AML filtered transfer ({transfer_id}): Processing again",
            partial(on_transfer, Transfers.release, backend),
        ),
        "cancel-transfer": ControlAction(
            "Sentbe cancels a transfer not yet Complete ({transfer_id}): Canceled, refunded "
            "an hour later",
            partial(on_transfer, Transfers.cancel, backend),
        ),
        "refund-transfer": ControlAction(
            "refund a Canceled, Expired or AML filtered transfer now ({transfer_id}): the "
            "wallets get back all it was charged",
            partial(on_transfer, Transfers.refund, backend),
        ),
    }


def verify_recipient(backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    recipient = backend.verify_recipient(_partner(fields), fields.get("recipient_id"))
    return render.recipient(recipient) | {"verified": recipient.verified}


def on_transfer(step: Step, backend: Backend, fields: Mapping[str, Any]) -> dict[str, Any]:
    transfer = backend.transfer(_partner(fields), fields.get("transfer_id"))
    step(backend.transfers, transfer)
    return render.transfer(transfer)


def _partner(fields: Mapping[str, Any]) -> str | None:
    value = fields.get("partner_id")
    if value is not None and not isinstance(value, str):
        raise InvalidParameter("partner_id must be a string", "partner_id")
    return value
