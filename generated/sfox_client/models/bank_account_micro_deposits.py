from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="BankAccountMicroDeposits")


@_attrs_define
class BankAccountMicroDeposits:
    """The two micro-deposit amounts, under the names of the navigation version.

    Attributes:
        amount1 (Decimal): Amount of the first micro-deposit.
        amount2 (Decimal): Amount of the second micro-deposit.
    """

    amount1: Decimal
    amount2: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount1 = self.amount1

        amount2 = self.amount2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount1": amount1,
                "amount2": amount2,
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
        amount1 = to_decimal(d.pop("amount1"))

        amount2 = to_decimal(d.pop("amount2"))

        bank_account_micro_deposits = cls(
            amount1=amount1,
            amount2=amount2,
        )

        bank_account_micro_deposits.additional_properties = d
        return bank_account_micro_deposits

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
