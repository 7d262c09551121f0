from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRateLockRequest")


@_attrs_define
class CreateOrderRateLockRequest:
    """What to lock a rate for (types inferred from the documented example).

    Attributes:
        currency (str): Cryptocurrency to pay with, lower case (type inferred from the documented example).
        amount (Decimal): Amount requested, as a decimal string (type inferred from the documented example); the current
            page describes it as the settlement amount to be matched, in EUR: positive, below 10^15, at most 2 decimals.
        network (str | Unset): Blockchain network to pay on (type inferred from the documented example).
    """

    currency: str
    amount: Decimal
    network: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        currency = d.pop("currency")

        amount = to_decimal(d.pop("amount"))

        network = d.pop("network", UNSET)

        create_order_rate_lock_request = cls(
            currency=currency,
            amount=amount,
            network=network,
        )

        create_order_rate_lock_request.additional_properties = d
        return create_order_rate_lock_request

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
