from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.payment_type import PaymentType
from ..models.reason_code import ReasonCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidatePaymentRequest")


@_attrs_define
class ValidatePaymentRequest:
    """A payment to check without creating it.

    Attributes:
        currency (str): ISO 4217 three-letter currency code.
        amount (Decimal): Amount to pay.
        payment_date (datetime.date): Date the payment would be made.
        beneficiary_id (str): Id of the beneficiary account that would receive the payment.
        payment_type (PaymentType):
        reason_code (ReasonCode):
        payment_reference (str): End-to-end reference passed on to the payee, usable for reconciliation.
        reason (str | Unset): Free-text reason; required when reasonCode is other.
        on_behalf_of (str | Unset): Id of the linked client the payment would be made for, when a main client acts for
            it.
    """

    currency: str
    amount: Decimal
    payment_date: datetime.date
    beneficiary_id: str
    payment_type: PaymentType
    reason_code: ReasonCode
    payment_reference: str
    reason: str | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        beneficiary_id = self.beneficiary_id

        payment_type = self.payment_type.value

        reason_code = self.reason_code.value

        payment_reference = self.payment_reference

        reason = self.reason

        on_behalf_of = self.on_behalf_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
                "paymentDate": payment_date,
                "beneficiaryId": beneficiary_id,
                "paymentType": payment_type,
                "reasonCode": reason_code,
                "paymentReference": payment_reference,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if on_behalf_of is not UNSET:
            field_dict["onBehalfOf"] = on_behalf_of

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        currency = d.pop("currency")

        amount = to_decimal(d.pop("amount"))

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        beneficiary_id = d.pop("beneficiaryId")

        payment_type = PaymentType(d.pop("paymentType"))

        reason_code = ReasonCode(d.pop("reasonCode"))

        payment_reference = d.pop("paymentReference")

        reason = d.pop("reason", UNSET)

        on_behalf_of = d.pop("onBehalfOf", UNSET)

        validate_payment_request = cls(
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            beneficiary_id=beneficiary_id,
            payment_type=payment_type,
            reason_code=reason_code,
            payment_reference=payment_reference,
            reason=reason,
            on_behalf_of=on_behalf_of,
        )

        validate_payment_request.additional_properties = d
        return validate_payment_request

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
