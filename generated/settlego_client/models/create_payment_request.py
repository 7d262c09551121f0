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

T = TypeVar("T", bound="CreatePaymentRequest")


@_attrs_define
class CreatePaymentRequest:
    """A payment from a currency account to a beneficiary.

    Attributes:
        currency (str): ISO 4217 three-letter currency code.
        amount (Decimal): Amount to pay.
        payment_date (datetime.date): Date the payment is to be made.
        payment_type (PaymentType):
        reason_code (ReasonCode):
        beneficiary_id (str): Id of the beneficiary account receiving the payment.
        payment_reference (str): End-to-end reference passed on to the payee, usable for reconciliation.
        reason (str | Unset): Free-text reason; required when reasonCode is other.
        external_id (str | Unset): Client-chosen unique reference of the payment.
        on_behalf_of (str | Unset): Id of the linked client the payment is made for, when a main client acts for it.
        fee_quote_reference (str | Unset): Fee quote to apply, e.g. the one returned by validate payment.
    """

    currency: str
    amount: Decimal
    payment_date: datetime.date
    payment_type: PaymentType
    reason_code: ReasonCode
    beneficiary_id: str
    payment_reference: str
    reason: str | Unset = UNSET
    external_id: str | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    fee_quote_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        payment_type = self.payment_type.value

        reason_code = self.reason_code.value

        beneficiary_id = self.beneficiary_id

        payment_reference = self.payment_reference

        reason = self.reason

        external_id = self.external_id

        on_behalf_of = self.on_behalf_of

        fee_quote_reference = self.fee_quote_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
                "paymentDate": payment_date,
                "paymentType": payment_type,
                "reasonCode": reason_code,
                "beneficiaryId": beneficiary_id,
                "paymentReference": payment_reference,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if on_behalf_of is not UNSET:
            field_dict["onBehalfOf"] = on_behalf_of
        if fee_quote_reference is not UNSET:
            field_dict["feeQuoteReference"] = fee_quote_reference

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

        payment_type = PaymentType(d.pop("paymentType"))

        reason_code = ReasonCode(d.pop("reasonCode"))

        beneficiary_id = d.pop("beneficiaryId")

        payment_reference = d.pop("paymentReference")

        reason = d.pop("reason", UNSET)

        external_id = d.pop("externalId", UNSET)

        on_behalf_of = d.pop("onBehalfOf", UNSET)

        fee_quote_reference = d.pop("feeQuoteReference", UNSET)

        create_payment_request = cls(
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            payment_type=payment_type,
            reason_code=reason_code,
            beneficiary_id=beneficiary_id,
            payment_reference=payment_reference,
            reason=reason,
            external_id=external_id,
            on_behalf_of=on_behalf_of,
            fee_quote_reference=fee_quote_reference,
        )

        create_payment_request.additional_properties = d
        return create_payment_request

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
