"""SettleGo's wire shapes of the domain's objects, for answers and webhook payloads alike."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from corridor.simulator.settlego import reference
from corridor.simulator.settlego.domain.beneficiaries import Beneficiary
from corridor.simulator.settlego.domain.clients import Client
from corridor.simulator.settlego.domain.conversions import Conversion, Quote
from corridor.simulator.settlego.domain.ledger import Account, Ledger, PayIn
from corridor.simulator.settlego.domain.payments import FEE_COLLECTION, Payment, Price
from corridor.simulator.settlego.domain.transfers import Transfer

LINKED_CLIENT_FIELDS = (
    "legalName",
    "email",
    "contactName",
    "registrationNumber",
    "primaryPhoneCountry",
    "primaryPhoneNumber",
    "registeredAddressCountry",
    "registeredAddressState",
    "registeredAddressPostalCode",
    "registeredAddressCity",
    "registeredAddressLine",
    "residentialAddressCountry",
    "residentialAddressState",
    "residentialAddressPostalCode",
    "residentialAddressCity",
    "residentialAddressLine",
    "legalForm",
    "industrySectorType",
    "industrySectorValue",
    "incorporationDate",
    "firstName",
    "middleName",
    "lastName",
    "dateOfBirth",
    "nationality",
    "identificationType",
    "identificationValue",
    "nickname",
)


def timestamp(moment: datetime | None) -> str | None:
    """SettleGo's date-time style: local ISO time with milliseconds and no offset."""
    if moment is None:
        return None
    return moment.replace(tzinfo=None).isoformat(timespec="milliseconds")  # strftime is 5x slower


def account(record: Account) -> dict[str, Any]:
    return {
        "clientId": record.client_id,
        "currency": record.currency,
        "status": record.status,
        "balance": record.balance,
        "bankName": record.bank_name,
        "bankAccountHolderName": record.holder_name,
        "accountNumber": record.account_number,
        "bicSwift": record.bic_swift,
        "iban": record.iban,
        "bankAddress": record.bank_address,
        "bankCountry": record.bank_country,
        "routingCodeList": record.routing_codes,
    }


def account_event(record: Account) -> dict[str, Any]:
    return {
        "status": record.status,
        "balance": str(record.balance),
        "clientId": record.client_id,
        "currency": record.currency,
    }


def pay_in(record: PayIn) -> dict[str, Any]:
    return {
        "id": record.id,
        "clientId": record.client_id,
        "amount": record.amount,
        "currency": record.currency,
        "transactionReference": record.transaction_reference,
        "transactionDateTime": timestamp(record.at),
        "senderName": record.sender_name,
        "senderAddress": None,
        "senderBic": record.sender_bic,
        "senderIban": None,
        "senderInformation": None,
    }


def pay_in_instructions(
    ledger: Ledger, client_id: str, currency: str, funded: bool
) -> dict[str, Any]:
    """Where to send the missing money, or all nulls when nothing is missing."""
    keys = ("BankName", "BankAccountHolderName", "AccountNumber", "BicSwift", "Iban")
    if funded:
        return {f"payIn{key}": None for key in keys} | {"payInReference": None}
    record = ledger.account(client_id, currency)
    return {
        "payInBankName": record.bank_name,
        "payInBankAccountHolderName": record.holder_name,
        "payInAccountNumber": record.account_number,
        "payInBicSwift": record.bic_swift,
        "payInIban": record.iban,
        "payInReference": None,  # the docs' example leaves it null (settlego-api.txt:1219)
    }


def price(record: Price) -> dict[str, Any]:
    return {
        "totalFees": record.fees,
        "totalDebitAmount": record.total,
        "hasEnoughBalance": record.has_enough_balance,
        "feeCollectionType": FEE_COLLECTION,
    }


def payment_list_item(record: Payment) -> dict[str, Any]:
    order = record.order
    return {
        "id": record.id,
        "externalId": order.external_id,
        "clientId": record.client_id,
        "currency": order.currency,
        "amount": record.price.amount,
        "paymentDate": record.payment_date.isoformat(),
        "beneficiaryId": order.beneficiary_id,
        "paymentType": record.payment_type,
        "reasonCode": order.reason_code,
        "reason": order.reason,
        "paymentReference": order.payment_reference,
        "paymentStatus": record.status,
        "transactionReference": record.transaction_reference,
        "creationDateTime": timestamp(record.created_at),
        "completionDateTime": timestamp(record.completed_at),
    }


def payment_event(record: Payment) -> dict[str, Any]:
    return (
        payment_list_item(record)
        | price(record.price)
        | {"hasEnoughBalance": record.has_enough_balance}
    )


def payment(ledger: Ledger, record: Payment) -> dict[str, Any]:
    """The answer to createPayment: with pay-in instructions while money is missing."""
    body = payment_event(record)
    del body["completionDateTime"]
    funded = record.funded or record.status not in ("waiting_client_confirmation", "pending")
    instructions = pay_in_instructions(ledger, record.client_id, record.order.currency, funded)
    return body | {"onBehalfOf": record.order.on_behalf_of} | instructions


_PAYMENT_DETAIL_FIELDS = (
    "id",
    "externalId",
    "currency",
    "amount",
    "paymentDate",
    "paymentType",
    "reasonCode",
    "reason",
    "paymentReference",
    "paymentStatus",
    "transactionReference",
    "beneficiaryId",
    "creationDateTime",
    "completionDateTime",
)
_BENEFICIARY_RENAMED = {
    "externalId": "beneficiaryExternalId",
    "name": "beneficiaryName",
    "companyName": "beneficiaryCompanyName",
    "accountNumber": "beneficiaryAccountNumber",
    "iban": "beneficiaryIban",
    "bic": "beneficiaryBic",
    "currency": "beneficiaryCurrency",
    "bankAccountCountry": "beneficiaryBankAccountCountry",
    "bankAccountHolderName": "beneficiaryBankAccountHolderName",
    "paymentTypeList": "beneficiaryPaymentTypeList",
    "routingCodeList": "beneficiaryRoutingCodeList",
    "bankName": "beneficiaryBankName",
    "bankAddress": "beneficiaryBankAddress",
}
_BENEFICIARY_SAME = (
    "beneficiaryType",
    "beneficiaryFirstName",
    "beneficiaryLastName",
    "beneficiaryBirthDate",
    "beneficiaryCountry",
    "beneficiaryState",
    "beneficiaryPostalCode",
    "beneficiaryCity",
    "beneficiaryAddressLine",
)


def payment_detail(record: Payment) -> dict[str, Any]:
    """A payment with the beneficiary's details as they were when it was made."""
    listed = payment_list_item(record)
    snapshot = record.beneficiary
    return (
        {key: listed[key] for key in _PAYMENT_DETAIL_FIELDS}
        | {"totalFees": record.price.fees}
        | {new: snapshot[old] for old, new in _BENEFICIARY_RENAMED.items()}
        | {key: snapshot[key] for key in _BENEFICIARY_SAME}
    )


def beneficiary(record: Beneficiary) -> dict[str, Any]:
    return record.fields | {"id": record.id, "clientId": record.client_id}


def beneficiary_summary(record: Beneficiary) -> dict[str, Any]:
    country = reference.COUNTRIES.get(record.fields["bankAccountCountry"])
    return {
        "id": record.id,
        "externalId": record.external_id,
        "beneficiaryName": record.fields["name"],
        "bankCountryName": country[3] if country else record.fields["bankAccountCountry"],
        "currency": record.fields["currency"],
        "clientId": record.client_id,
    }


def quote(record: Quote) -> dict[str, Any]:
    return {
        "id": record.id,
        "buyCurrency": record.buy_currency,
        "sellCurrency": record.sell_currency,
        "buyAmount": record.buy_amount,
        "sellAmount": record.sell_amount,
        "fixedSide": record.fixed_side,
        "midMarketRate": record.mid_market_rate,
        "offeredRate": record.offered_rate,
        "expirationDateTime": timestamp(record.expires_at),
        "settlementCutOffDateTime": timestamp(record.settles_at),
    }


def conversion(record: Conversion) -> dict[str, Any]:
    terms = record.quote
    return {
        "id": record.id,
        "clientId": record.client_id,
        "externalId": record.external_id,
        "transactionReference": record.transaction_reference,
        "sellCurrency": terms.sell_currency,
        "buyCurrency": terms.buy_currency,
        "sellAmount": terms.sell_amount,
        "buyAmount": terms.buy_amount,
        "status": record.status,
        "offeredRate": terms.offered_rate,
        "midMarketRate": terms.mid_market_rate,
        "creationDateTime": timestamp(record.created_at),
        "settlementDateTime": timestamp(terms.settles_at),
        "completionDateTime": timestamp(record.completed_at),
    }


def transfer(record: Transfer) -> dict[str, Any]:
    return {
        "id": record.id,
        "externalId": record.external_id,
        "senderClientId": record.sender_id,
        "receiverClientId": record.receiver_id,
        "currency": record.currency,
        "amount": record.amount,
        "transferReference": record.transfer_reference,
        "transferReason": record.transfer_reason,
        "transactionReference": record.transaction_reference,
        "clientId": record.sender_id,
        "transactionDateTime": timestamp(record.at),
        "transferStatus": record.status,
    }


def transfer_event(record: Transfer) -> dict[str, Any]:
    body = transfer(record)
    del body["transactionDateTime"], body["transferStatus"]
    return body | {"status": record.status}


def linked_client(record: Client) -> dict[str, Any]:
    details = {key: record.details.get(key) for key in LINKED_CLIENT_FIELDS}
    for key in ("registeredAddressPostalCode", "residentialAddressPostalCode"):
        if details[key] is not None:
            details[key] = str(details[key])  # the docs' example sends a number
    return details | {
        "id": record.id,
        "internalId": record.internal_id,
        "status": record.status,
        "legalEntityType": record.legal_entity_type,
        "legalName": record.legal_name,
    }


def linked_client_summary(record: Client) -> dict[str, Any]:
    return {
        "id": record.id,
        "legalName": record.legal_name,
        "email": record.email,
        "status": record.status,
        "type": record.legal_entity_type,
        "firstName": record.details.get("firstName"),
        "middleName": record.details.get("middleName"),
        "lastName": record.details.get("lastName"),
        "nickname": record.details.get("nickname"),
    }
