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
from corridor.simulator.sentbe.domain.recipients import BankAccount, BankChanges, RecipientDetails
from corridor.simulator.sentbe.domain.users import ContactChanges, UserDetails

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


def contact_changes(fields: dict[str, Any]) -> ContactChanges:
    return ContactChanges(
        email=fields.get("email"),
        phone_country_code=fields.get("phone_country_code"),
        phone_number=fields.get("phone_number"),
        birth_date=fields.get("birth_date"),
    )


# ---- users ----------------------------------------------------------------------------------


@operation("createUser")
def create_user(backend: Backend, call: Call) -> Answer:
    fields = parameters(call)
    details = UserDetails(
        first_name=fields["first_name"],
        middle_name=fields.get("middle_name"),
        last_name=fields["last_name"],
        email=fields.get("email"),
        phone_country_code=fields["phone_country_code"],
        phone_number=fields["phone_number"],
        nationality=fields["nationality"],
        birth_date=fields["birth_date"],
    )
    user = backend.users.create(partner(call).partner_id, details)
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
    return Answer(render.user(backend.users.update(user, contact_changes(fields))))


# ---- recipients -----------------------------------------------------------------------------


@operation("createRecipient")
def create_recipient(backend: Backend, call: Call) -> Answer:
    fields = parameters(call)
    bank = fields["bank_attributes"]
    details = RecipientDetails(
        first_name=fields["first_name"],
        middle_name=fields.get("middle_name"),
        last_name=fields["last_name"],
        email=fields.get("email"),
        phone_country_code=fields["phone_country_code"],
        phone_number=fields["phone_number"],
        country=fields["country"],
        birth_date=fields.get("birth_date"),
        bank=BankAccount(
            name=bank["name"],
            account_number=bank["account_number"],
            account_holder_name=bank["account_holder_name"],
            branch=bank.get("branch"),
        ),
    )
    recipient = backend.create_recipient(partner(call), fields["user_id"], details)
    return Answer(render.recipient(recipient))


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
    bank = fields.get("bank_attributes") or {}
    bank_changes = BankChanges(
        name=bank.get("name"),
        account_number=bank.get("account_number"),
        account_holder_name=bank.get("account_holder_name"),
        branch=bank.get("branch"),
    )
    updated = backend.recipients.update(recipient, contact_changes(fields), bank_changes)
    return Answer(render.recipient(updated))


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
