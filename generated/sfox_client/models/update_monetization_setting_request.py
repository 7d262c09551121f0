from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="UpdateMonetizationSettingRequest")


@_attrs_define
class UpdateMonetizationSettingRequest:
    """The new fee amount.

    Attributes:
        new_monetization_amount (Decimal): New amount as a decimal, greater than 0, with at most 8 decimal places.
    """

    new_monetization_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_monetization_amount = self.new_monetization_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_monetization_amount": new_monetization_amount,
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
        new_monetization_amount = to_decimal(d.pop("new_monetization_amount"))

        update_monetization_setting_request = cls(
            new_monetization_amount=new_monetization_amount,
        )

        update_monetization_setting_request.additional_properties = d
        return update_monetization_setting_request

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
