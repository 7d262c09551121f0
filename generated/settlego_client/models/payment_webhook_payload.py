from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.fee_collection_type import FeeCollectionType
from ..models.payment_status import PaymentStatus
from ..models.payment_type import PaymentType
from ..models.reason_code import ReasonCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentWebhookPayload")


@_attrs_define
class PaymentWebhookPayload:
    """Payload of the payment created (PAYCRE), rolled (PAYROL) and status update (PAYSUP) events. No example is
    documented, so no field is marked required.

        Attributes:
            id (str | Unset): Payment id.
            client_id (str | Unset): Id of the client making the payment.
            external_id (None | str | Unset): Client-supplied external reference, when given.
            currency (str | Unset): ISO 4217 three-letter currency code.
            amount (Decimal | Unset): Payment amount.
            payment_date (datetime.date | Unset): Date the payment is made.
            beneficiary_id (str | Unset): Id of the beneficiary receiving the payment.
            payment_type (PaymentType | Unset):
            reason_code (ReasonCode | Unset):
            reason (None | str | Unset): Free-text reason, required when reasonCode is other.
            payment_reference (str | Unset): End-to-end reference passed to the payee.
            payment_status (PaymentStatus | Unset):
            transaction_reference (str | Unset): SettleGo's human-readable transaction reference.
            total_fees (Decimal | Unset): Total fees charged.
            total_debit_amount (Decimal | Unset): Amount plus fees debited; documented for PAYCRE and PAYROL only.
            has_enough_balance (bool | Unset): Whether the currency account covers the debit; documented for PAYCRE and
                PAYROL only.
            fee_collection_type (FeeCollectionType | Unset):
            creation_date_time (str | Unset): Date and time the payment was created (no timezone).
            completion_date_time (None | str | Unset): Date and time the payment completed; null until then.
    """

    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    beneficiary_id: str | Unset = UNSET
    payment_type: PaymentType | Unset = UNSET
    reason_code: ReasonCode | Unset = UNSET
    reason: None | str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payment_status: PaymentStatus | Unset = UNSET
    transaction_reference: str | Unset = UNSET
    total_fees: Decimal | Unset = UNSET
    total_debit_amount: Decimal | Unset = UNSET
    has_enough_balance: bool | Unset = UNSET
    fee_collection_type: FeeCollectionType | Unset = UNSET
    creation_date_time: str | Unset = UNSET
    completion_date_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        currency = self.currency

        amount = self.amount

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        beneficiary_id = self.beneficiary_id

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        reason_code: str | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        payment_reference = self.payment_reference

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        transaction_reference = self.transaction_reference

        total_fees = self.total_fees

        total_debit_amount = self.total_debit_amount

        has_enough_balance = self.has_enough_balance

        fee_collection_type: str | Unset = UNSET
        if not isinstance(self.fee_collection_type, Unset):
            fee_collection_type = self.fee_collection_type.value

        creation_date_time = self.creation_date_time

        completion_date_time: None | str | Unset
        if isinstance(self.completion_date_time, Unset):
            completion_date_time = UNSET
        else:
            completion_date_time = self.completion_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if beneficiary_id is not UNSET:
            field_dict["beneficiaryId"] = beneficiary_id
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if reason is not UNSET:
            field_dict["reason"] = reason
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if transaction_reference is not UNSET:
            field_dict["transactionReference"] = transaction_reference
        if total_fees is not UNSET:
            field_dict["totalFees"] = total_fees
        if total_debit_amount is not UNSET:
            field_dict["totalDebitAmount"] = total_debit_amount
        if has_enough_balance is not UNSET:
            field_dict["hasEnoughBalance"] = has_enough_balance
        if fee_collection_type is not UNSET:
            field_dict["feeCollectionType"] = fee_collection_type
        if creation_date_time is not UNSET:
            field_dict["creationDateTime"] = creation_date_time
        if completion_date_time is not UNSET:
            field_dict["completionDateTime"] = completion_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("clientId", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        currency = d.pop("currency", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        beneficiary_id = d.pop("beneficiaryId", UNSET)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: PaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = PaymentType(_payment_type)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: ReasonCode | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = ReasonCode(_reason_code)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        payment_reference = d.pop("paymentReference", UNSET)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: PaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = PaymentStatus(_payment_status)

        transaction_reference = d.pop("transactionReference", UNSET)

        _total_fees = d.pop("totalFees", UNSET)
        total_fees: Decimal | Unset
        if isinstance(_total_fees, Unset):
            total_fees = UNSET
        else:
            total_fees = to_decimal(_total_fees)

        _total_debit_amount = d.pop("totalDebitAmount", UNSET)
        total_debit_amount: Decimal | Unset
        if isinstance(_total_debit_amount, Unset):
            total_debit_amount = UNSET
        else:
            total_debit_amount = to_decimal(_total_debit_amount)

        has_enough_balance = d.pop("hasEnoughBalance", UNSET)

        _fee_collection_type = d.pop("feeCollectionType", UNSET)
        fee_collection_type: FeeCollectionType | Unset
        if isinstance(_fee_collection_type, Unset):
            fee_collection_type = UNSET
        else:
            fee_collection_type = FeeCollectionType(_fee_collection_type)

        creation_date_time = d.pop("creationDateTime", UNSET)

        def _parse_completion_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completion_date_time = _parse_completion_date_time(
            d.pop("completionDateTime", UNSET)
        )

        payment_webhook_payload = cls(
            id=id,
            client_id=client_id,
            external_id=external_id,
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            beneficiary_id=beneficiary_id,
            payment_type=payment_type,
            reason_code=reason_code,
            reason=reason,
            payment_reference=payment_reference,
            payment_status=payment_status,
            transaction_reference=transaction_reference,
            total_fees=total_fees,
            total_debit_amount=total_debit_amount,
            has_enough_balance=has_enough_balance,
            fee_collection_type=fee_collection_type,
            creation_date_time=creation_date_time,
            completion_date_time=completion_date_time,
        )

        payment_webhook_payload.additional_properties = d
        return payment_webhook_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
