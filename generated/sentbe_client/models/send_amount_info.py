from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.send_amount_info_send_amount_currency import (
    SendAmountInfoSendAmountCurrency,
)

T = TypeVar("T", bound="SendAmountInfo")


@_attrs_define
class SendAmountInfo:
    """How much to pay out.

    Attributes:
        send_amount (Decimal): Amount to pay out, in whole KRW.
        send_amount_currency (SendAmountInfoSendAmountCurrency): Currency of send_amount; always KRW.
    """

    send_amount: Decimal
    send_amount_currency: SendAmountInfoSendAmountCurrency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_amount = self.send_amount

        send_amount_currency = self.send_amount_currency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "send_amount": send_amount,
                "send_amount_currency": send_amount_currency,
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
        send_amount = to_decimal(d.pop("send_amount"))

        send_amount_currency = SendAmountInfoSendAmountCurrency(
            d.pop("send_amount_currency")
        )

        send_amount_info = cls(
            send_amount=send_amount,
            send_amount_currency=send_amount_currency,
        )

        send_amount_info.additional_properties = d
        return send_amount_info

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
