"""One thin handler per P100 operationId: read the call, ask the backend, render the answer.

No rule lives here: users, money, locks and refusals are the backend's; wire shapes are
`render`'s. Handlers only pick arguments out of the validated request.
"""

from __future__ import annotations

from typing import Any

from corridor.simulator.definition import HandlerSet
from corridor.simulator.dialect import Answer, Call
from corridor.simulator.p100 import render
from corridor.simulator.p100.domain.backend import Backend
from corridor.simulator.p100.domain.crypto import TravelRule
from corridor.simulator.p100.domain.ledger import PARTNER
from corridor.simulator.p100.domain.sepa import Receiver
from corridor.simulator.p100.domain.users import Profile, User

handlers: HandlerSet[Backend] = HandlerSet()
operation = handlers.operation


def body(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


def user_in_path(backend: Backend, call: Call, name: str = "externalUserId") -> User:
    return backend.users.get(str(call.path[name]))


def text(sent: dict[str, Any], name: str) -> str | None:
    """An optional field the spec makes a string (or leaves untyped: only a string counts)."""
    value = sent.get(name)
    return value if isinstance(value, str) else None


# ---- partner: balances, exchange, SEPA ----------------------------------------------------


@operation("getPartnerBalances")
def get_partner_balances(backend: Backend, call: Call) -> Answer:
    return Answer(render.balances(backend.ledger, PARTNER))


@operation("createPartnerExchange")
def create_partner_exchange(backend: Backend, call: Call) -> Answer:
    sent = body(call)
    exchange = backend.exchanges.finalize(
        str(sent["lockId"]), sent.get("amount"), sent.get("currencyFrom"), sent.get("currencyTo")
    )
    return Answer({"exchangeId": exchange.id})


@operation("getPartnerSepaDepositInfo")
def get_partner_sepa_deposit_info(backend: Backend, call: Call) -> Answer:
    return Answer(render.deposit_info(backend.partner_reference, backend.partner_iban))


@operation("createPartnerSepaTransfer")
def create_partner_sepa_transfer(backend: Backend, call: Call) -> Answer:
    sent = body(call)
    receiver = Receiver(
        type=text(sent, "receiverType"),
        first_name=text(sent, "receiverFirstName"),
        last_name=text(sent, "receiverLastName"),
        company_name=text(sent, "companyName"),
    )
    transfer = backend.partner_transfer(
        sent["amount"],
        str(sent["currency"]),
        str(sent["destinationIban"]),
        str(sent["transferTitle"]),
        receiver,
    )
    return Answer({"transferId": transfer.id})


@operation("getSepaTransferDetails")
def get_sepa_transfer_details(backend: Backend, call: Call) -> Answer:
    return Answer(render.sepa_transfer(backend.sepa.get(str(call.path["transferId"]))))


# ---- orders -------------------------------------------------------------------------------


@operation("createOrderRateLock")
def create_order_rate_lock(backend: Backend, call: Call) -> Answer:
    sent = body(call)
    lock = backend.orders.lock(sent.get("currency"), sent.get("amount"), sent.get("network"))
    return Answer(render.order_lock(lock))


@operation("createOrder")
def create_order(backend: Backend, call: Call) -> Answer:
    order = backend.orders.create(str(body(call)["lockId"]))
    return Answer({"orderId": order.id})


@operation("getOrderDetails")
def get_order_details(backend: Backend, call: Call) -> Answer:
    return Answer(render.order(backend.orders.get(str(call.path["orderId"]))))


# ---- users and KYC ----------------------------------------------------------------------


@operation("createUserAccount")
def create_user_account(backend: Backend, call: Call) -> Answer:
    sent = body(call)
    profile = Profile(
        email=text(sent, "email"),
        first_name=text(sent, "firstName"),
        last_name=text(sent, "lastName"),
        address=text(sent, "address"),
        street=text(sent, "street"),
        number=text(sent, "number"),
        city=text(sent, "city"),
        country=text(sent, "country"),
        document_type=text(sent, "documentType"),
        document_number=text(sent, "documentNumber"),
        pesel=text(sent, "pesel"),  # not in the request's table, but in the transfer's user
        birth_country=text(sent, "birthCountry"),
        birth_date=text(sent, "birthDate"),
    )
    user, poa_required = backend.users.create(str(sent["externalUserId"]), profile)
    return Answer({"userId": user.user_id, "poaRequiredForExtended": poa_required})


@operation("addKycFile")
def add_kyc_file(backend: Backend, call: Call) -> Answer:
    user = user_in_path(backend, call)
    kyc = backend.users.add_kyc_file(user)
    return Answer({"externalUserId": user.external_id, "documents": kyc.documents})


@operation("createKycVerification")
def create_kyc_verification(backend: Backend, call: Call) -> Answer:
    user = backend.users.get(str(body(call)["externalUserId"]))
    backend.users.start_hosted_verification(user)
    return Answer(render.kyc_status(user))


@operation("getKycStatus")
def get_kyc_status(backend: Backend, call: Call) -> Answer:
    user = user_in_path(backend, call, "param")
    backend.users.kyc_status(user)
    return Answer(render.kyc_status(user))


@operation("addUserVerification")
def add_user_verification(backend: Backend, call: Call) -> Answer:
    user = backend.users.get(str(body(call)["externalUserId"]))
    backend.users.add_verification(user)
    return Answer(render.balances(backend.ledger, user.owner))


@operation("addPoaFile")
def add_poa_file(backend: Backend, call: Call) -> Answer:
    user = user_in_path(backend, call)
    backend.users.add_poa_file(user)
    return Answer({"externalUserId": user.external_id, "status": "WAITING"})


@operation("getUserBalances")
def get_user_balances(backend: Backend, call: Call) -> Answer:
    return Answer(render.balances(backend.ledger, user_in_path(backend, call).owner))


# ---- user money out ---------------------------------------------------------------------


@operation("createUserSepaTransfer")
def create_user_sepa_transfer(backend: Backend, call: Call) -> Answer:
    sent = body(call)
    title = sent.get("transferTitle")  # not in the request's table
    transfer = backend.user_transfer(
        text(sent, "externalUserId"),
        text(sent, "sourceExternalUserId"),
        sent["amount"],
        str(sent["currency"]),
        str(sent["destinationIban"]),
        str(title) if title else None,
    )
    return Answer({"transferId": transfer.id})


@operation("getNetworkFee")
def get_network_fee(backend: Backend, call: Call) -> Answer:
    fee = backend.crypto.network_fee(str(call.query["currency"]), call.query.get("network"))
    return Answer({"networkFee": fee})


@operation("createCryptoWithdrawal")
def create_crypto_withdrawal(backend: Backend, call: Call) -> Answer:
    sent = body(call)
    withdrawal = backend.crypto.withdraw(
        backend.users.get(str(sent["sourceExternalUserId"])),
        str(sent["currency"]),
        sent["amount"],
        str(sent["walletAddress"]),
        sent.get("network"),
        sent.get("memo"),
        TravelRule(str(sent["name"]), str(sent["walletType"]), str(sent["receiverType"])),
    )
    return Answer(render.withdrawal(withdrawal))


# ---- virtual cards ----------------------------------------------------------------------


@operation("createVirtualCard")
def create_virtual_card(backend: Backend, call: Call) -> Answer:
    backend.cards.available()  # a suspended module refuses before anything else is looked at
    sent = body(call)
    card = backend.cards.issue(backend.users.get(str(sent["externalUserId"])), sent["label"])
    return Answer(
        {"cardId": card.id, "cardNumber": card.number, "cvv": card.cvv, "exp": card.expiry}
    )


@operation("listUserCards")
def list_user_cards(backend: Backend, call: Call) -> Answer:
    backend.cards.available()
    cards = backend.cards.of(user_in_path(backend, call))
    return Answer(
        {"cards": [{"cardId": c.id, "status": c.status, "label": c.label} for c in cards]}
    )
