from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonetizationLedgerEntry")


@_attrs_define
class MonetizationLedgerEntry:
    """A processed fee the partner earned.

    Attributes:
        monetization_ledger_id (int): Id of the ledger entry.
        date_added (datetime.datetime): When the fee was charged.
        date_processed (datetime.datetime): When the fee was processed and paid.
        user_id (None | str): End user the fee was charged to.
        currency_code (str): Currency of the fee.
        instrument (None | str): Instrument of the trade the fee was charged on.
        order_id (int | None): Order the fee was charged on.
        trade_id (int | None): Trade the fee was charged on.
        staking_info_id (int | None): Stake the fee was charged on.
        atx_id (int | None): Account transaction the fee was charged on.
        monetized_feature_code (str): Feature code the fee came from.
        monetization_amount (Decimal): Rate (or amount) of the setting that produced the fee.
        monetization_method_code (str | Unset): Method code of the fee.
        fee_amount (Decimal | None | Unset): Amount of the fee.
    """

    monetization_ledger_id: int
    date_added: datetime.datetime
    date_processed: datetime.datetime
    user_id: None | str
    currency_code: str
    instrument: None | str
    order_id: int | None
    trade_id: int | None
    staking_info_id: int | None
    atx_id: int | None
    monetized_feature_code: str
    monetization_amount: Decimal
    monetization_method_code: str | Unset = UNSET
    fee_amount: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monetization_ledger_id = self.monetization_ledger_id

        date_added = self.date_added.isoformat()

        date_processed = self.date_processed.isoformat()

        user_id: None | str
        user_id = self.user_id

        currency_code = self.currency_code

        instrument: None | str
        instrument = self.instrument

        order_id: int | None
        order_id = self.order_id

        trade_id: int | None
        trade_id = self.trade_id

        staking_info_id: int | None
        staking_info_id = self.staking_info_id

        atx_id: int | None
        atx_id = self.atx_id

        monetized_feature_code = self.monetized_feature_code

        monetization_amount = self.monetization_amount

        monetization_method_code = self.monetization_method_code

        fee_amount: Decimal | None | Unset
        if isinstance(self.fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = self.fee_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monetization_ledger_id": monetization_ledger_id,
                "date_added": date_added,
                "date_processed": date_processed,
                "user_id": user_id,
                "currency_code": currency_code,
                "instrument": instrument,
                "order_id": order_id,
                "trade_id": trade_id,
                "staking_info_id": staking_info_id,
                "atx_id": atx_id,
                "monetized_feature_code": monetized_feature_code,
                "monetization_amount": monetization_amount,
            }
        )
        if monetization_method_code is not UNSET:
            field_dict["monetization_method_code"] = monetization_method_code
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        monetization_ledger_id = d.pop("monetization_ledger_id")

        date_added = datetime.datetime.fromisoformat(d.pop("date_added"))

        date_processed = datetime.datetime.fromisoformat(d.pop("date_processed"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        currency_code = d.pop("currency_code")

        def _parse_instrument(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instrument = _parse_instrument(d.pop("instrument"))

        def _parse_order_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        order_id = _parse_order_id(d.pop("order_id"))

        def _parse_trade_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        trade_id = _parse_trade_id(d.pop("trade_id"))

        def _parse_staking_info_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        staking_info_id = _parse_staking_info_id(d.pop("staking_info_id"))

        def _parse_atx_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        atx_id = _parse_atx_id(d.pop("atx_id"))

        monetized_feature_code = d.pop("monetized_feature_code")

        monetization_amount = to_decimal(d.pop("monetization_amount"))

        monetization_method_code = d.pop("monetization_method_code", UNSET)

        def _parse_fee_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, int | float | Decimal | str)
                    and not isinstance(data, bool)
                ):
                    raise TypeError()
                fee_amount_type_0 = to_decimal(data)

                return fee_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        fee_amount = _parse_fee_amount(d.pop("fee_amount", UNSET))

        monetization_ledger_entry = cls(
            monetization_ledger_id=monetization_ledger_id,
            date_added=date_added,
            date_processed=date_processed,
            user_id=user_id,
            currency_code=currency_code,
            instrument=instrument,
            order_id=order_id,
            trade_id=trade_id,
            staking_info_id=staking_info_id,
            atx_id=atx_id,
            monetized_feature_code=monetized_feature_code,
            monetization_amount=monetization_amount,
            monetization_method_code=monetization_method_code,
            fee_amount=fee_amount,
        )

        monetization_ledger_entry.additional_properties = d
        return monetization_ledger_entry

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
