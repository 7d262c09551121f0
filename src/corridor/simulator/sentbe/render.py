"""Sentbe's objects as its answers show them (the `data` of each docs example).

Times are written as the docs' examples write them: Korean time with milliseconds
("2017-12-12T15:30:30.000+09:00"). Amounts are exact Decimals in each currency's unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

from corridor.simulator.sentbe.domain.pricing import Quote
from corridor.simulator.sentbe.domain.recipients import Recipient
from corridor.simulator.sentbe.domain.transfers import Transfer
from corridor.simulator.sentbe.domain.users import User
from corridor.simulator.sentbe.domain.wallets import Charge, Deposit, Wallet

KST = timezone(timedelta(hours=9), "KST")


def timestamp(at: datetime) -> str:
    return at.astimezone(KST).isoformat(timespec="milliseconds")


def user(item: User) -> dict[str, Any]:
    return {
        "id": item.number,
        "first_name": item.first_name,
        "last_name": item.last_name,
        "email": item.email,
        "created_at": timestamp(item.created_at),
        "phone_country_code": item.phone_country_code,
        "phone_number": item.phone_number,
    }


def recipient(item: Recipient) -> dict[str, Any]:
    return {
        "id": item.number,
        "first_name": item.first_name,
        "last_name": item.last_name,
        "email": item.email,
        "created_at": timestamp(item.created_at),
        "phone_country_code": item.phone_country_code,
        "phone_number": item.phone_number,
        "birth_date": item.birth_date,
        "bank_attributes": {
            "name": item.bank.name,
            "account_number": item.bank.account_number,
            "account_holder_name": item.bank.account_holder_name,
            "branch": item.bank.branch,
        },
    }


def billing(charges: Iterable[Charge]) -> list[dict[str, Any]]:
    return [{"amount": c.amount, "currency": c.currency, "desc": c.desc} for c in charges]


def quote(item: Quote) -> dict[str, Any]:
    return {
        "transfer_info": {
            "receive_amount": item.receive_amount,
            "receive_amount_currency": item.receive_currency,
        },
        "billing_info": billing(item.charges),
    }


def transfer(item: Transfer) -> dict[str, Any]:
    return {
        "transfer_info": {
            "user_id": int(item.user_id),
            "recipient_id": int(item.recipient_id),
            "transfer_id": item.number,
            "sender_country": item.sender_country,
            "receive_amount": item.quote.receive_amount,
            "receive_amount_currency": item.quote.receive_currency,
            "status": item.status,
            "created_at": timestamp(item.created_at),
        },
        "billing_info": billing(item.quote.charges),
    }


def balance(wallet: Wallet) -> dict[str, Any]:
    return {"amount": wallet.balance, "currency": wallet.currency}


def deposit(item: Deposit, wallet: Wallet) -> dict[str, Any]:
    return {
        "id": item.id,
        "partner_id": item.partner_id,
        "currency": item.currency,
        "amount": item.amount,
        "sender": item.sender,
        "balance": wallet.balance,
    }


def status_callback(item: Transfer, token: str) -> dict[str, Any]:
    """The callback body (docs/sentbe/_callback.md: token, external_id, status)."""
    return {"token": token, "external_id": item.external_id, "status": item.status}
