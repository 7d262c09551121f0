from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.conversion_quote_request_fixed_side import ConversionQuoteRequestFixedSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversionQuoteRequest")


@_attrs_define
class ConversionQuoteRequest:
    """Currencies, fixed side, amount and date of a conversion to price.

    Attributes:
        buy_currency (str): ISO 4217 three-letter currency code.
        sell_currency (str): ISO 4217 three-letter currency code.
        fixed_side (ConversionQuoteRequestFixedSide): Whether `amount` is the amount bought (buy) or the amount sold
            (sell).
        amount (Decimal): Amount of the fixed side's currency; must be greater than zero.
        conversion_date (datetime.date): Date the conversion is to settle.
        on_behalf_of (str | Unset): Id of the linked client the main client asks the quote for.
    """

    buy_currency: str
    sell_currency: str
    fixed_side: ConversionQuoteRequestFixedSide
    amount: Decimal
    conversion_date: datetime.date
    on_behalf_of: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buy_currency = self.buy_currency

        sell_currency = self.sell_currency

        fixed_side = self.fixed_side.value

        amount = self.amount

        conversion_date = self.conversion_date.isoformat()

        on_behalf_of = self.on_behalf_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyCurrency": buy_currency,
                "sellCurrency": sell_currency,
                "fixedSide": fixed_side,
                "amount": amount,
                "conversionDate": conversion_date,
            }
        )
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
        buy_currency = d.pop("buyCurrency")

        sell_currency = d.pop("sellCurrency")

        fixed_side = ConversionQuoteRequestFixedSide(d.pop("fixedSide"))

        amount = to_decimal(d.pop("amount"))

        conversion_date = datetime.date.fromisoformat(d.pop("conversionDate"))

        on_behalf_of = d.pop("onBehalfOf", UNSET)

        conversion_quote_request = cls(
            buy_currency=buy_currency,
            sell_currency=sell_currency,
            fixed_side=fixed_side,
            amount=amount,
            conversion_date=conversion_date,
            on_behalf_of=on_behalf_of,
        )

        conversion_quote_request.additional_properties = d
        return conversion_quote_request

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
