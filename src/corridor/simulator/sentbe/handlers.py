"""One thin handler per Sentbe operationId: pick the decrypted parameters, ask the backend,
render the answer. Rules live in the domain, shapes in `render`."""

from __future__ import annotations

from typing import Any

from corridor.simulator.definition import HandlerSet
from corridor.simulator.dialect import Answer, Call
from corridor.simulator.sentbe import reference, render
from corridor.simulator.sentbe.domain.backend import Backend
from corridor.simulator.sentbe.domain.fields import page_number
from corridor.simulator.sentbe.domain.partners import Partner

handlers: HandlerSet[Backend] = HandlerSet()
operation = handlers.operation


def partner(call: Call) -> Partner:
    caller: Partner = call.principal
    return caller


def parameters(call: Call) -> dict[str, Any]:
    """The decrypted SIGNATURE parameters; {} when the call sent none."""
    return dict(call.body) if isinstance(call.body, dict) else {}


def page(call: Call) -> int:
    return page_number(parameters(call).get("page"))


# ---- users ----------------------------------------------------------------------------------


@operation("createUser")
def create_user(backend: Backend, call: Call) -> Answer:
    user = backend.users.create(partner(call).partner_id, parameters(call))
    return Answer(render.user(user))


@operation("listUsers")
def list_users(backend: Backend, call: Call) -> Answer:
    users = backend.users.page(partner(call).partner_id, page(call))
    return Answer([render.user(user) for user in users])


@operation("getUser")
def get_user(backend: Backend, call: Call) -> Answer:
    return Answer(render.user(backend.users.get(partner(call).partner_id, call.path["id"])))


@operation("updateUserInfo")
def update_user_info(backend: Backend, call: Call) -> Answer:
    fields = parameters(call)
    user = backend.users.get(partner(call).partner_id, fields["user_id"], "user_id")
    return Answer(render.user(backend.users.update(user, fields)))


# ---- recipients -----------------------------------------------------------------------------


@operation("createRecipient")
def create_recipient(backend: Backend, call: Call) -> Answer:
    return Answer(render.recipient(backend.create_recipient(partner(call), parameters(call))))


@operation("listRecipients")
def list_recipients(backend: Backend, call: Call) -> Answer:
    recipients = backend.recipients.page(partner(call).partner_id, page(call))
    return Answer([render.recipient(recipient) for recipient in recipients])


@operation("getRecipient")
def get_recipient(backend: Backend, call: Call) -> Answer:
    recipient = backend.recipients.get(partner(call).partner_id, call.path["id"])
    return Answer(render.recipient(recipient))


@operation("updateRecipientInfo")
def update_recipient_info(backend: Backend, call: Call) -> Answer:
    fields = parameters(call)
    recipient = backend.recipients.get(
        partner(call).partner_id, fields["recipient_id"], "recipient_id"
    )
    return Answer(render.recipient(backend.recipients.update(recipient, fields)))


# ---- banks and balances ---------------------------------------------------------------------


@operation("listBanks")
def list_banks(backend: Backend, call: Call) -> Answer:
    return Answer({code: {"label": label} for code, label in reference.BANKS.items()})


@operation("listBalances")
def list_balances(backend: Backend, call: Call) -> Answer:
    wallets = backend.wallets.of(partner(call).partner_id)
    return Answer([render.balance(wallet) for wallet in wallets])


@operation("getBalance")
def get_balance(backend: Backend, call: Call) -> Answer:
    wallet = backend.wallets.wallet(partner(call).partner_id, call.path["currency"])
    return Answer(render.balance(wallet))


# ---- transfers ------------------------------------------------------------------------------


@operation("checkCommission")
def check_commission(backend: Backend, call: Call) -> Answer:
    fields = parameters(call)
    wallets = fields["wallet_info"]
    quote = backend.quote(
        fields["transfer_info"]["send_amount"],
        wallets["transfer_currency"],
        wallets["fee_currency"],
    )
    return Answer(render.quote(quote))


@operation("createTransfer")
def create_transfer(backend: Backend, call: Call) -> Answer:
    fields = parameters(call)
    wallets = fields["wallet_info"]
    transfer = backend.create_transfer(
        partner(call),
        user_id=fields["user_id"],
        recipient_id=fields["recipient_id"],
        external_id=fields["external_id"],
        amount=fields["transfer_info"]["send_amount"],
        transfer_currency=wallets["transfer_currency"],
        fee_currency=wallets["fee_currency"],
    )
    return Answer(render.transfer(transfer))


@operation("listTransfers")
def list_transfers(backend: Backend, call: Call) -> Answer:
    transfers = backend.transfers.page(partner(call).partner_id, page(call))
    return Answer([render.transfer(transfer) for transfer in transfers])


@operation("getTransfer")
def get_transfer(backend: Backend, call: Call) -> Answer:
    transfer = backend.transfers.get(partner(call).partner_id, call.path["id"])
    return Answer(render.transfer(transfer))
