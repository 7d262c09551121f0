from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.monetization_feature import MonetizationFeature
from ..models.monetization_method import MonetizationMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMonetizationSettingRequest")


@_attrs_define
class CreateMonetizationSettingRequest:
    """A fee on a feature. Supported pairs: RFQ with FEE_RATE or SPREAD_ADJUSTMENT, SPOT_TRADE with FEE_RATE, and (older
    page) WITHDRAW with FEE_FLAT.

        Attributes:
            feature (MonetizationFeature): Feature a fee is earned on.
            method (MonetizationMethod): How the fee is applied.
            amount (Decimal): Amount of the fee as a decimal (0.01 is 1%), greater than 0, with at most 8 decimal places; a
                FEE_RATE or SPREAD_ADJUSTMENT is a rate, below 1.
            user_id (str | Unset): Apply to this end user only; omitted, to all users.
            security_pair (str | Unset): Apply a FEE_RATE or SPREAD_ADJUSTMENT to this instrument only, e.g. btcusd.
            currency (str | Unset): Apply to this currency only, e.g. btc (older page).
    """

    feature: MonetizationFeature
    method: MonetizationMethod
    amount: Decimal
    user_id: str | Unset = UNSET
    security_pair: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature = self.feature.value

        method = self.method.value

        amount = self.amount

        user_id = self.user_id

        security_pair = self.security_pair

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature": feature,
                "method": method,
                "amount": amount,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if security_pair is not UNSET:
            field_dict["security_pair"] = security_pair
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        feature = MonetizationFeature(d.pop("feature"))

        method = MonetizationMethod(d.pop("method"))

        amount = to_decimal(d.pop("amount"))

        user_id = d.pop("user_id", UNSET)

        security_pair = d.pop("security_pair", UNSET)

        currency = d.pop("currency", UNSET)

        create_monetization_setting_request = cls(
            feature=feature,
            method=method,
            amount=amount,
            user_id=user_id,
            security_pair=security_pair,
            currency=currency,
        )

        create_monetization_setting_request.additional_properties = d
        return create_monetization_setting_request

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
