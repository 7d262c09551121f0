"""sFOX's wire shapes of the domain's objects (the payloads inside `{"data": ...}`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.banks import BankAccount, Processor, mask
from corridor.simulator.sfox.domain.edd import EddRequest
from corridor.simulator.sfox.domain.monetization import Fee, Setting
from corridor.simulator.sfox.domain.transfers import Transfer
from corridor.simulator.sfox.domain.users import EndUser, UserToken
from corridor.simulator.sfox.domain.withdrawals import Withdrawal


def timestamp(moment: datetime) -> str:
    """sFOX's style: UTC with milliseconds and a Z ("2023-09-07T16:56:56.000Z")."""
    return moment.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def end_user(user: EndUser) -> dict[str, Any]:
    registration = user.registration
    return {
        "account_type": registration.account_type,
        # requests write the role lower-case, answers capitalised (as the docs show both)
        "account_role": registration.account_role.capitalize(),
        "user_id": user.id,
        "advisor_user_id": registration.advisor_user_id,
        "email": registration.email,
        "first_name": registration.first_name,
        "last_name": registration.last_name,
        "phone_number": registration.phone_number,
        "status": user.status,
        "requirements": user.requirements,
    }


def user_token(token: UserToken) -> dict[str, Any]:
    return {
        "token": token.token,
        "partner_user_id": token.user_id,
        "expires": timestamp(token.expires_at),
    }


def bank_accounts(bank: BankAccount | None, ref_id: str) -> dict[str, Any]:
    """Get Bank Account's shape: the accounts grouped under their currency, no envelope."""
    if bank is None:
        return {}
    return {
        bank.currency: [
            {
                "id": bank.id,
                "status": bank.status,
                "requires_verification": int(bank.requires_verification),
                "requires_support": int(bank.requires_support),
                "routing_number": mask(bank.routing_number, 4),
                "account_number": mask(bank.account_number, 2),
                "ach_enabled": bank.ach_enabled,
                "international_bank": bank.international,
                "name1": bank.name,
                "currency": bank.currency,
                "type": bank.kind,
                "bank_name": bank.bank_name,
                "ref_id": ref_id,
            }
        ]
    }


def processor(item: Processor, bank: BankAccount) -> dict[str, Any]:
    return {
        "processor": item.name,
        "status": item.status,
        "bank_account_id": bank.id,
        "date_added": timestamp(item.added_at),
        "date_updated": timestamp(item.updated_at),
    }


def withdrawal_action(success: bool, withdrawal: Withdrawal) -> dict[str, Any]:
    return {"success": success, "atx_id": withdrawal.atx_id, "tx_status": withdrawal.status}


def transfer(item: Transfer) -> dict[str, Any]:
    order = item.order
    return {
        "transfer_id": order.transfer_id,
        "transfer_status_code": item.status,
        "type": order.type,
        "quantity": order.quantity,
        "currency": order.currency,
        "user_id": order.user_id,
        "rate": order.rate,
        "purpose": order.purpose,
        "description": order.description,
        "atx_id_charged": item.atx_id_charged,
        "atx_id_credited": item.atx_id_credited,
        "atx_status_charged": item.atx_status,
        "atx_status_credited": item.atx_status,
        "transfer_date": timestamp(item.created_at),
    }


def setting(item: Setting, *, pair_key: str) -> dict[str, Any]:
    """`pair_key` is the instrument's key: Create Setting's example calls it currency_pair,
    Update Setting's and Get Settings' security_pair_raw."""
    order = item.order
    return {
        "monetization_id": item.monetization_id,
        "monetization_feature": reference.FEATURE_NAMES[order.feature],
        "monetization_feature_code": order.feature,
        "monetization_method": reference.METHOD_NAMES[order.method],
        "monetization_method_code": order.method,
        "monetization_amount": item.amount,
        "user_id": order.user_id,
        "currency_code": order.currency,
        pair_key: order.security_pair,
        "date_updated": timestamp(item.updated_at),
    }


def permission(feature: str, method: str) -> dict[str, Any]:
    return {"monetized_feature": feature, "monetization_method": method}


def fee(item: Fee) -> dict[str, Any]:
    return {
        "monetization_ledger_id": item.monetization_ledger_id,
        "date_added": timestamp(item.added_at),
        "date_processed": timestamp(item.processed_at),
        "user_id": item.user_id,
        "currency_code": item.currency,
        "instrument": None,
        "order_id": None,
        "trade_id": None,
        "staking_info_id": None,
        "atx_id": item.atx_id,
        "monetized_feature_code": item.feature,
        "monetization_method_code": item.method,
        "monetization_amount": item.rate,
        "fee_amount": item.fee_amount,
    }


def edd_request(item: EddRequest) -> dict[str, Any]:
    return {
        "id": item.number,
        "user_id": item.user_id,
        "ddq_id": item.questionnaire.ddq_id,
        "required_form": item.questionnaire.form,
        "status": item.status,
        "date_added": timestamp(item.added_at),
        "date_updated": timestamp(item.updated_at),
    }


def edd_prompts(account_type: str | None) -> list[dict[str, Any]]:
    """Every prompt of the questionnaires (or of one account type's), numbered as sFOX numbers
    the links between prompts and questionnaires."""
    rows: list[dict[str, Any]] = []
    link = 0
    for questionnaire in reference.QUESTIONNAIRES.values():
        for prompt in questionnaire.prompts:
            link += 1
            if account_type not in (None, questionnaire.account_type):
                continue
            rows.append(
                {
                    "id": link,
                    "required_form": questionnaire.form,
                    "prompt_id": prompt.prompt_id,
                    "ddq_id": questionnaire.ddq_id,
                    "account_type": questionnaire.account_type,
                    "is_required": prompt.required,
                    "prompt": prompt.text,
                    "response_type": prompt.response_type,
                    "response_options": list(prompt.options) if prompt.options else None,
                    "optional_free_form": prompt.optional_free_form,
                }
            )
    return rows
