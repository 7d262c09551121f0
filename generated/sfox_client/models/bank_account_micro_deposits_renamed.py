from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="BankAccountMicroDepositsRenamed")


@_attrs_define
class BankAccountMicroDepositsRenamed:
    """The two micro-deposit amounts, under the names of the newest field table.

    Attributes:
        verify_amount_1 (Decimal): Amount of the first micro-deposit.
        verify_amount_2 (Decimal): Amount of the second micro-deposit.
    """

    verify_amount_1: Decimal
    verify_amount_2: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verify_amount_1 = self.verify_amount_1

        verify_amount_2 = self.verify_amount_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verifyAmount1": verify_amount_1,
                "verifyAmount2": verify_amount_2,
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
        verify_amount_1 = to_decimal(d.pop("verifyAmount1"))

        verify_amount_2 = to_decimal(d.pop("verifyAmount2"))

        bank_account_micro_deposits_renamed = cls(
            verify_amount_1=verify_amount_1,
            verify_amount_2=verify_amount_2,
        )

        bank_account_micro_deposits_renamed.additional_properties = d
        return bank_account_micro_deposits_renamed

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
