from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.conversion_status import ConversionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Conversion")


@_attrs_define
class Conversion:
    """A currency conversion, as returned by create, list and get (by id or external id). The create response carries no
    status or completionDateTime; the get response omits clientId.

        Attributes:
            id (str): Conversion id.
            external_id (str): Client-generated unique reference.
            transaction_reference (str): Human-readable SettleGo reference.
            sell_currency (str): ISO 4217 three-letter currency code.
            buy_currency (str): ISO 4217 three-letter currency code.
            sell_amount (Decimal): Amount sold.
            buy_amount (Decimal): Amount bought.
            offered_rate (Decimal): Rate applied to the conversion.
            mid_market_rate (Decimal): Mid-market rate at the time of conversion.
            creation_date_time (str): When the conversion was created (local time, no zone).
            settlement_date_time (str): When the conversion settles (local time, no zone).
            status (ConversionStatus | Unset):
            completion_date_time (None | str | Unset): When the conversion completed; null until then.
            client_id (str | Unset): Id of the client that made the conversion.
    """

    id: str
    external_id: str
    transaction_reference: str
    sell_currency: str
    buy_currency: str
    sell_amount: Decimal
    buy_amount: Decimal
    offered_rate: Decimal
    mid_market_rate: Decimal
    creation_date_time: str
    settlement_date_time: str
    status: ConversionStatus | Unset = UNSET
    completion_date_time: None | str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        transaction_reference = self.transaction_reference

        sell_currency = self.sell_currency

        buy_currency = self.buy_currency

        sell_amount = self.sell_amount

        buy_amount = self.buy_amount

        offered_rate = self.offered_rate

        mid_market_rate = self.mid_market_rate

        creation_date_time = self.creation_date_time

        settlement_date_time = self.settlement_date_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        completion_date_time: None | str | Unset
        if isinstance(self.completion_date_time, Unset):
            completion_date_time = UNSET
        else:
            completion_date_time = self.completion_date_time

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "externalId": external_id,
                "transactionReference": transaction_reference,
                "sellCurrency": sell_currency,
                "buyCurrency": buy_currency,
                "sellAmount": sell_amount,
                "buyAmount": buy_amount,
                "offeredRate": offered_rate,
                "midMarketRate": mid_market_rate,
                "creationDateTime": creation_date_time,
                "settlementDateTime": settlement_date_time,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if completion_date_time is not UNSET:
            field_dict["completionDateTime"] = completion_date_time
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        external_id = d.pop("externalId")

        transaction_reference = d.pop("transactionReference")

        sell_currency = d.pop("sellCurrency")

        buy_currency = d.pop("buyCurrency")

        sell_amount = to_decimal(d.pop("sellAmount"))

        buy_amount = to_decimal(d.pop("buyAmount"))

        offered_rate = to_decimal(d.pop("offeredRate"))

        mid_market_rate = to_decimal(d.pop("midMarketRate"))

        creation_date_time = d.pop("creationDateTime")

        settlement_date_time = d.pop("settlementDateTime")

        _status = d.pop("status", UNSET)
        status: ConversionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ConversionStatus(_status)

        def _parse_completion_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completion_date_time = _parse_completion_date_time(
            d.pop("completionDateTime", UNSET)
        )

        client_id = d.pop("clientId", UNSET)

        conversion = cls(
            id=id,
            external_id=external_id,
            transaction_reference=transaction_reference,
            sell_currency=sell_currency,
            buy_currency=buy_currency,
            sell_amount=sell_amount,
            buy_amount=buy_amount,
            offered_rate=offered_rate,
            mid_market_rate=mid_market_rate,
            creation_date_time=creation_date_time,
            settlement_date_time=settlement_date_time,
            status=status,
            completion_date_time=completion_date_time,
            client_id=client_id,
        )

        conversion.additional_properties = d
        return conversion

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
