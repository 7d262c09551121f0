from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="ReceiveInfo")


@_attrs_define
class ReceiveInfo:
    """What the payee would receive.

    Attributes:
        receive_amount (Decimal):
        receive_amount_currency (str): ISO 4217 three-letter currency code.
    """

    receive_amount: Decimal
    receive_amount_currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receive_amount = self.receive_amount

        receive_amount_currency = self.receive_amount_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receive_amount": receive_amount,
                "receive_amount_currency": receive_amount_currency,
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
        receive_amount = to_decimal(d.pop("receive_amount"))

        receive_amount_currency = d.pop("receive_amount_currency")

        receive_info = cls(
            receive_amount=receive_amount,
            receive_amount_currency=receive_amount_currency,
        )

        receive_info.additional_properties = d
        return receive_info

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
