from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="BalanceHistoryEntry")


@_attrs_define
class BalanceHistoryEntry:
    """A change of a currency account's balance on a date.

    Attributes:
        currency (str): ISO 4217 three-letter currency code.
        date (datetime.date): Date of the balance change.
        opening_balance (Decimal): Balance before the change.
        closing_balance (Decimal): Balance after the change.
    """

    currency: str
    date: datetime.date
    opening_balance: Decimal
    closing_balance: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        date = self.date.isoformat()

        opening_balance = self.opening_balance

        closing_balance = self.closing_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "date": date,
                "openingBalance": opening_balance,
                "closingBalance": closing_balance,
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
        currency = d.pop("currency")

        date = datetime.date.fromisoformat(d.pop("date"))

        opening_balance = to_decimal(d.pop("openingBalance"))

        closing_balance = to_decimal(d.pop("closingBalance"))

        balance_history_entry = cls(
            currency=currency,
            date=date,
            opening_balance=opening_balance,
            closing_balance=closing_balance,
        )

        balance_history_entry.additional_properties = d
        return balance_history_entry

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
