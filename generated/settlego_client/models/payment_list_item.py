from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.payment_status import PaymentStatus
from ..models.payment_type import PaymentType
from ..models.reason_code import ReasonCode

T = TypeVar("T", bound="PaymentListItem")


@_attrs_define
class PaymentListItem:
    """A payment as it appears in list payments.

    Attributes:
        id (str): Payment id.
        currency (str): ISO 4217 three-letter currency code.
        amount (Decimal): Payment amount.
        payment_date (datetime.date): Date of the payment.
        beneficiary_id (str): Id of the beneficiary receiving the payment.
        payment_type (PaymentType):
        reason_code (ReasonCode):
        reason (None | str): Free-text reason of the payment.
        payment_reference (str): End-to-end reference passed on to the payee.
        payment_status (PaymentStatus):
        external_id (None | str): Client-chosen unique reference, if one was given.
        transaction_reference (str): Human-readable SettleGo reference of the payment.
        client_id (str): Id of the client that made the payment.
        creation_date_time (str): Date and time the payment was created (no timezone).
        completion_date_time (None | str): Date and time the payment completed; null until then.
    """

    id: str
    currency: str
    amount: Decimal
    payment_date: datetime.date
    beneficiary_id: str
    payment_type: PaymentType
    reason_code: ReasonCode
    reason: None | str
    payment_reference: str
    payment_status: PaymentStatus
    external_id: None | str
    transaction_reference: str
    client_id: str
    creation_date_time: str
    completion_date_time: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        beneficiary_id = self.beneficiary_id

        payment_type = self.payment_type.value

        reason_code = self.reason_code.value

        reason: None | str
        reason = self.reason

        payment_reference = self.payment_reference

        payment_status = self.payment_status.value

        external_id: None | str
        external_id = self.external_id

        transaction_reference = self.transaction_reference

        client_id = self.client_id

        creation_date_time = self.creation_date_time

        completion_date_time: None | str
        completion_date_time = self.completion_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "amount": amount,
                "paymentDate": payment_date,
                "beneficiaryId": beneficiary_id,
                "paymentType": payment_type,
                "reasonCode": reason_code,
                "reason": reason,
                "paymentReference": payment_reference,
                "paymentStatus": payment_status,
                "externalId": external_id,
                "transactionReference": transaction_reference,
                "clientId": client_id,
                "creationDateTime": creation_date_time,
                "completionDateTime": completion_date_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        currency = d.pop("currency")

        amount = to_decimal(d.pop("amount"))

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        beneficiary_id = d.pop("beneficiaryId")

        payment_type = PaymentType(d.pop("paymentType"))

        reason_code = ReasonCode(d.pop("reasonCode"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        payment_reference = d.pop("paymentReference")

        payment_status = PaymentStatus(d.pop("paymentStatus"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        transaction_reference = d.pop("transactionReference")

        client_id = d.pop("clientId")

        creation_date_time = d.pop("creationDateTime")

        def _parse_completion_date_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_date_time = _parse_completion_date_time(d.pop("completionDateTime"))

        payment_list_item = cls(
            id=id,
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            beneficiary_id=beneficiary_id,
            payment_type=payment_type,
            reason_code=reason_code,
            reason=reason,
            payment_reference=payment_reference,
            payment_status=payment_status,
            external_id=external_id,
            transaction_reference=transaction_reference,
            client_id=client_id,
            creation_date_time=creation_date_time,
            completion_date_time=completion_date_time,
        )

        payment_list_item.additional_properties = d
        return payment_list_item

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
