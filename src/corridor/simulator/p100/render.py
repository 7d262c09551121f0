"""P100's objects as they go on the wire: field names, types and forms as the docs' examples show.

Balances are decimal strings with every place of the currency ("0.000000"), rates and fees are
numbers, SEPA amounts are decimal strings (the newer examples), times are UTC with milliseconds
("2025-08-05T10:33:54.730Z"), networks are lower case in balances and upper case in orders.

A refusal goes out as `{"errorCode", "errorName", "errorMessage"}`, with the documented code and
name (ERRORS.md) wherever the docs pair its case with a code. The docs show no errorName for
P433, P445, P459, P500 and P501, only a label; the simulator sends the label in P100's
lower-kebab style. Cases the docs name without any code (a reused externalUserId, an unknown,
expired or used lock, an unknown order, a card limit, an IBAN not whitelisted) go out as P403,
the code the Error Handling page tells clients to treat as generic invalid input
(integration/error-handling.md:39), without errorName as P403 always is (:35), the message
saying what happened. Never as P500 "Unknown exception": a client retries that as transient.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain import errors
from corridor.simulator.p100.domain.crypto import CryptoDeposit, CryptoWithdrawal
from corridor.simulator.p100.domain.ledger import Balance, Ledger
from corridor.simulator.p100.domain.money import text
from corridor.simulator.p100.domain.orders import Order, OrderLock
from corridor.simulator.p100.domain.sepa import Deposit, SepaTransfer
from corridor.simulator.p100.domain.users import User


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# errorCode and errorName of each refusal; P403 carries no errorName (Error Handling page)
ERROR_CODES: dict[type[errors.P100Refusal], tuple[str, str | None]] = {
    errors.P100Refusal: ("P500", "unknown-exception"),
    errors.UnknownException: ("P500", "unknown-exception"),
    errors.InvalidInput: ("P403", None),
    errors.InvalidCurrency: ("P410", "invalid-currency"),
    errors.InvalidUser: ("P412", "invalid-user"),
    errors.SourceOrDestinationRequired: ("P424", "source-or-destination-required"),
    errors.SepaTransferNotFound: ("P428", "sepa-transfer-not-found"),
    errors.InsufficientFunds: ("P433", "insufficient-funds"),
    errors.KycNotFound: ("P445", "kyc-not-found"),
    errors.ForbiddenCountryCard: ("P451", "forbidden-country-card"),
    errors.UserNotVerified: ("P459", "user-not-verified"),
    errors.ServiceUnavailable: ("P501", "service-temporarily-unavailable"),
    errors.UserExists: ("P403", None),
    errors.LockNotFound: ("P403", None),
    errors.LockExpired: ("P403", None),
    errors.LockUsed: ("P403", None),
    errors.OrderNotFound: ("P403", None),
    errors.CardLimitReached: ("P403", None),
    errors.DestinationNotApproved: ("P403", None),
    errors.NotPayable: ("P403", None),
}


def error(refusal: errors.P100Refusal) -> dict[str, Any]:
    """The error object, with the code and name of the most specific kind of the refusal."""
    code, name = next(ERROR_CODES[kind] for kind in type(refusal).__mro__ if kind in ERROR_CODES)
    body: dict[str, Any] = {"errorCode": code}
    if name is not None:
        body["errorName"] = name
    body["errorMessage"] = refusal.message
    return body


def balances(ledger: Ledger, owner: str) -> dict[str, Any]:
    owned = ledger.balances(owner)
    return {
        "fiatBalances": [fiat(balance) for balance in owned if balance.fiat],
        "cryptoBalances": [crypto(balance) for balance in owned if not balance.fiat],
    }


def fiat(balance: Balance) -> dict[str, Any]:
    return {
        "id": balance.id,
        "amount": text(balance.amount, balance.currency),
        "name": balance.currency,
        "rate": reference.EUR_RATES[balance.currency],
        "iban": balance.iban,
        "status": balance.status,
    }


def crypto(balance: Balance) -> dict[str, Any]:
    return {
        "id": balance.id,
        "amount": text(balance.amount, balance.currency),
        "name": balance.currency,
        "wallet": balance.wallet,
        "rate": reference.EUR_RATES[balance.currency],
        "networkConfig": {
            network.key: {
                "mainnet": False,  # the simulator plays the staging environment
                "name": network.name,
                "withdrawal": {
                    "feeWithdrawal": network.fee,
                    "minWithdrawal": network.min_withdrawal,
                },
                "deposit": {"minDeposit": network.min_deposit},
            }
            for network in reference.networks(balance.currency)
        },
    }


def deposit_info(title: str, iban: str) -> dict[str, Any]:
    return {
        "title": title,
        "iban": iban,
        "swift": reference.SEPA_SWIFT,
        "accountHolder": reference.SEPA_ACCOUNT_HOLDER,
        "address": reference.SEPA_ADDRESS,
    }


def sepa_transfer(transfer: SepaTransfer) -> dict[str, Any]:
    first, last = receiver_names(transfer)
    body: dict[str, Any] = {
        "id": transfer.id,
        "type": "external",
        "amount": text(transfer.amount, "eur"),
        "transferTitle": transfer.title,
        "destinationIban": transfer.destination_iban,
        "receiverFirstName": first,
        "receiverLastName": last,
        "status": transfer.status,
        "currency": "eur",
        "fee": transfer.fee,
        "createdAt": timestamp(transfer.created_at),
    }
    if transfer.user is not None:
        body["user"] = transfer_user(transfer.user)
    if transfer.error is not None:
        body["error"] = error(transfer.error)
    return body


def receiver_names(transfer: SepaTransfer) -> tuple[str | None, str | None]:
    """A user's payout goes to the user's verified name; a Level 1 partner transfer names no
    receiver (null in the webhook example); Level 2 names the one sent."""
    if transfer.user is not None:
        profile = transfer.user.profile
        return profile.first_name, profile.last_name
    return transfer.receiver.first_name, transfer.receiver.last_name


def transfer_user(user: User) -> dict[str, Any]:
    profile = user.profile
    address = profile.address
    if address is None and profile.street:
        address = " ".join(part for part in (profile.street, profile.number) if part)
    return {
        "externalUserId": user.external_id,
        "email": profile.email,
        "firstName": profile.first_name,
        "lastName": profile.last_name,
        "address": address,
        "city": profile.city,
        "country": profile.country,
        "documentType": profile.document_type,
        "documentNumber": profile.document_number,
        "pesel": profile.pesel,
        "birthCountry": profile.birth_country,
        "birthDate": profile.birth_date,
    }


def partner_sepa_event(transfer: SepaTransfer) -> dict[str, Any]:
    """SUCCESSFUL carries the transfer; FAILED a minimal payload around the error."""
    if transfer.error is not None:
        return {"id": transfer.id, "status": transfer.status, "error": error(transfer.error)}
    body = sepa_transfer(transfer)
    body.pop("user", None)
    return body


def kyc_status(user: User) -> dict[str, Any]:
    kyc = user.kyc
    assert kyc is not None
    body: dict[str, Any] = {
        "externalUserId": user.external_id,
        "verificationStatus": kyc.verification_status,
        "attemptStatus": kyc.attempt_status,
    }
    if kyc.rejection_reason is not None:
        body["rejectionReason"] = kyc.rejection_reason
    return body


def crypto_deposit(deposit: CryptoDeposit) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if deposit.user is not None:
        body["externalUserId"] = deposit.user.external_id
    return body | {
        "cryptoDepositId": deposit.id,
        "amount": deposit.amount,
        "currency": deposit.currency,
        "status": deposit.status,
        "transactionHash": deposit.transaction_hash,
        "createdAt": timestamp(deposit.created_at),
    }


def sepa_deposit(deposit: Deposit) -> dict[str, Any]:
    return {
        "id": deposit.id,
        "amount": text(deposit.amount, "eur"),
        "currency": "eur",
        "title": deposit.title,
        "senderName": deposit.sender_name,
        "senderIban": deposit.sender_iban,
        "status": deposit.status,
        "reason": deposit.reason,
        "whitelisted": deposit.whitelisted,
        "createdAt": timestamp(deposit.at),
    }


def withdrawal(withdrawal: CryptoWithdrawal) -> dict[str, Any]:
    return {
        "cryptoWithdrawalId": withdrawal.id,
        "status": withdrawal.status,
        "amount": withdrawal.amount,
        "fee": withdrawal.fee,
        "currency": withdrawal.currency,
        "network": withdrawal.network,
        "walletAddress": withdrawal.wallet_address,
        "createdAt": timestamp(withdrawal.created_at),
    }


def order_lock(lock: OrderLock) -> dict[str, Any]:
    """The current page's shape: the crypto amount to pay, the rate as a string."""
    return {
        "lockId": lock.id,
        "amount": lock.crypto_amount,
        "rate": f"{lock.rate.normalize():f}",
        "expiresAt": timestamp(lock.expires_at),
        "currency": lock.currency,
        "destinationCurrency": "eur",
        "network": lock.network,
    }


def order(order: Order) -> dict[str, Any]:
    return {
        "orderId": order.id,
        "lockId": order.lock.id,
        "status": order.status,
        "createdAt": timestamp(order.created_at),
        "confirmations": order.confirmations,
        "requiredConfirmations": reference.ORDER_REQUIRED_CONFIRMATIONS,
        "receivedAmount": order.received,
        "totalAmountRequired": order.lock.crypto_amount,
        "cryptocurrency": order.lock.currency,
        "walletAddress": order.wallet,
        "transactionHash": order.transaction_hash,
        "network": order.lock.network.upper(),
        "expiresAt": None if order.expires_at is None else timestamp(order.expires_at),
    }
