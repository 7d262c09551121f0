from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.conversion_quote_fixed_side import ConversionQuoteFixedSide

T = TypeVar("T", bound="ConversionQuote")


@_attrs_define
class ConversionQuote:
    """A priced, short-lived offer to convert between two currencies.

    Attributes:
        id (str): Quote id, passed as quoteId when creating the conversion.
        buy_currency (str): ISO 4217 three-letter currency code.
        sell_currency (str): ISO 4217 three-letter currency code.
        buy_amount (Decimal): Amount bought by the conversion.
        sell_amount (Decimal): Amount sold by the conversion.
        fixed_side (ConversionQuoteFixedSide): Which side's amount was fixed in the request.
        mid_market_rate (Decimal): Mid-market rate.
        offered_rate (Decimal): Rate offered to the client.
        expiration_date_time (str): When the quote expires (local time, no zone).
        settlement_cut_off_date_time (str): Time by which the conversion must settle (local time, no zone).
    """

    id: str
    buy_currency: str
    sell_currency: str
    buy_amount: Decimal
    sell_amount: Decimal
    fixed_side: ConversionQuoteFixedSide
    mid_market_rate: Decimal
    offered_rate: Decimal
    expiration_date_time: str
    settlement_cut_off_date_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        buy_currency = self.buy_currency

        sell_currency = self.sell_currency

        buy_amount = self.buy_amount

        sell_amount = self.sell_amount

        fixed_side = self.fixed_side.value

        mid_market_rate = self.mid_market_rate

        offered_rate = self.offered_rate

        expiration_date_time = self.expiration_date_time

        settlement_cut_off_date_time = self.settlement_cut_off_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "buyCurrency": buy_currency,
                "sellCurrency": sell_currency,
                "buyAmount": buy_amount,
                "sellAmount": sell_amount,
                "fixedSide": fixed_side,
                "midMarketRate": mid_market_rate,
                "offeredRate": offered_rate,
                "expirationDateTime": expiration_date_time,
                "settlementCutOffDateTime": settlement_cut_off_date_time,
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
        id = d.pop("id")

        buy_currency = d.pop("buyCurrency")

        sell_currency = d.pop("sellCurrency")

        buy_amount = to_decimal(d.pop("buyAmount"))

        sell_amount = to_decimal(d.pop("sellAmount"))

        fixed_side = ConversionQuoteFixedSide(d.pop("fixedSide"))

        mid_market_rate = to_decimal(d.pop("midMarketRate"))

        offered_rate = to_decimal(d.pop("offeredRate"))

        expiration_date_time = d.pop("expirationDateTime")

        settlement_cut_off_date_time = d.pop("settlementCutOffDateTime")

        conversion_quote = cls(
            id=id,
            buy_currency=buy_currency,
            sell_currency=sell_currency,
            buy_amount=buy_amount,
            sell_amount=sell_amount,
            fixed_side=fixed_side,
            mid_market_rate=mid_market_rate,
            offered_rate=offered_rate,
            expiration_date_time=expiration_date_time,
            settlement_cut_off_date_time=settlement_cut_off_date_time,
        )

        conversion_quote.additional_properties = d
        return conversion_quote

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
