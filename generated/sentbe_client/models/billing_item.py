from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="BillingItem")


@_attrs_define
class BillingItem:
    """One amount taken from a wallet.

    Attributes:
        amount (Decimal): Amount deducted from the wallet.
        currency (str): ISO 4217 three-letter currency code.
        desc (str): What the amount pays for - "transfer" or "distribution cost".
    """

    amount: Decimal
    currency: str
    desc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        desc = self.desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "desc": desc,
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
        amount = to_decimal(d.pop("amount"))

        currency = d.pop("currency")

        desc = d.pop("desc")

        billing_item = cls(
            amount=amount,
            currency=currency,
            desc=desc,
        )

        billing_item.additional_properties = d
        return billing_item

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
