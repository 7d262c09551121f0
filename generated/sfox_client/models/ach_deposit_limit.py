from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="AchDepositLimit")


@_attrs_define
class AchDepositLimit:
    """Remaining ACH deposit allowance.

    Attributes:
        weekly_deposit_limit (Decimal): Amount the user may still deposit by ACH this week.
    """

    weekly_deposit_limit: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weekly_deposit_limit = self.weekly_deposit_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "weekly_deposit_limit": weekly_deposit_limit,
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
        weekly_deposit_limit = to_decimal(d.pop("weekly_deposit_limit"))

        ach_deposit_limit = cls(
            weekly_deposit_limit=weekly_deposit_limit,
        )

        ach_deposit_limit.additional_properties = d
        return ach_deposit_limit

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
