from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.conversion_status import ConversionStatus

T = TypeVar("T", bound="ConversionWebhookPayload")


@_attrs_define
class ConversionWebhookPayload:
    """Payload of the conversion created (CONCRE), rolled (CONROL) and status update (CONSUP) events.

    Attributes:
        id (str): Conversion id.
        client_id (str): Id of the client that made the conversion.
        external_id (None | str): Client-supplied external reference, when given.
        transaction_reference (str): SettleGo's human-readable transaction reference.
        sell_currency (str): ISO 4217 three-letter currency code.
        buy_currency (str): ISO 4217 three-letter currency code.
        sell_amount (Decimal): Amount sold.
        buy_amount (Decimal): Amount bought.
        status (ConversionStatus):
        offered_rate (Decimal): Rate offered to the client.
        mid_market_rate (Decimal): Mid-market rate at the time.
        creation_date_time (str): Date and time the conversion was created (no timezone).
        settlement_date_time (str): Date and time the conversion settles (no timezone).
        completion_date_time (None | str): Date and time the conversion completed; null until then.
    """

    id: str
    client_id: str
    external_id: None | str
    transaction_reference: str
    sell_currency: str
    buy_currency: str
    sell_amount: Decimal
    buy_amount: Decimal
    status: ConversionStatus
    offered_rate: Decimal
    mid_market_rate: Decimal
    creation_date_time: str
    settlement_date_time: str
    completion_date_time: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        external_id: None | str
        external_id = self.external_id

        transaction_reference = self.transaction_reference

        sell_currency = self.sell_currency

        buy_currency = self.buy_currency

        sell_amount = self.sell_amount

        buy_amount = self.buy_amount

        status = self.status.value

        offered_rate = self.offered_rate

        mid_market_rate = self.mid_market_rate

        creation_date_time = self.creation_date_time

        settlement_date_time = self.settlement_date_time

        completion_date_time: None | str
        completion_date_time = self.completion_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "externalId": external_id,
                "transactionReference": transaction_reference,
                "sellCurrency": sell_currency,
                "buyCurrency": buy_currency,
                "sellAmount": sell_amount,
                "buyAmount": buy_amount,
                "status": status,
                "offeredRate": offered_rate,
                "midMarketRate": mid_market_rate,
                "creationDateTime": creation_date_time,
                "settlementDateTime": settlement_date_time,
                "completionDateTime": completion_date_time,
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

        client_id = d.pop("clientId")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        transaction_reference = d.pop("transactionReference")

        sell_currency = d.pop("sellCurrency")

        buy_currency = d.pop("buyCurrency")

        sell_amount = to_decimal(d.pop("sellAmount"))

        buy_amount = to_decimal(d.pop("buyAmount"))

        status = ConversionStatus(d.pop("status"))

        offered_rate = to_decimal(d.pop("offeredRate"))

        mid_market_rate = to_decimal(d.pop("midMarketRate"))

        creation_date_time = d.pop("creationDateTime")

        settlement_date_time = d.pop("settlementDateTime")

        def _parse_completion_date_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_date_time = _parse_completion_date_time(d.pop("completionDateTime"))

        conversion_webhook_payload = cls(
            id=id,
            client_id=client_id,
            external_id=external_id,
            transaction_reference=transaction_reference,
            sell_currency=sell_currency,
            buy_currency=buy_currency,
            sell_amount=sell_amount,
            buy_amount=buy_amount,
            status=status,
            offered_rate=offered_rate,
            mid_market_rate=mid_market_rate,
            creation_date_time=creation_date_time,
            settlement_date_time=settlement_date_time,
            completion_date_time=completion_date_time,
        )

        conversion_webhook_payload.additional_properties = d
        return conversion_webhook_payload

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
