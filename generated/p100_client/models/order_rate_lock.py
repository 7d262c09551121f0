from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRateLock")


@_attrs_define
class OrderRateLock:
    """A time-limited rate lock (types inferred from the documented examples).

    Attributes:
        lock_id (str): Id of the lock, for Create and Finalize an Order.
        amount (Decimal): Crypto amount to pay for the requested settlement amount (current page).
        rate (Decimal): Locked rate.
        expires_at (datetime.datetime): When the lock expires.
        network (str): Blockchain network.
        currency (str | Unset): Cryptocurrency to pay with (current page).
        destination_currency (str | Unset): Fiat currency the order settles in (current page).
        cryptocurrency (str | Unset): Cryptocurrency to pay with (older page only).
    """

    lock_id: str
    amount: Decimal
    rate: Decimal
    expires_at: datetime.datetime
    network: str
    currency: str | Unset = UNSET
    destination_currency: str | Unset = UNSET
    cryptocurrency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_id = self.lock_id

        amount = self.amount

        rate = self.rate

        expires_at = self.expires_at.isoformat()

        network = self.network

        currency = self.currency

        destination_currency = self.destination_currency

        cryptocurrency = self.cryptocurrency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lockId": lock_id,
                "amount": amount,
                "rate": rate,
                "expiresAt": expires_at,
                "network": network,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if destination_currency is not UNSET:
            field_dict["destinationCurrency"] = destination_currency
        if cryptocurrency is not UNSET:
            field_dict["cryptocurrency"] = cryptocurrency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        lock_id = d.pop("lockId")

        amount = to_decimal(d.pop("amount"))

        rate = to_decimal(d.pop("rate"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        network = d.pop("network")

        currency = d.pop("currency", UNSET)

        destination_currency = d.pop("destinationCurrency", UNSET)

        cryptocurrency = d.pop("cryptocurrency", UNSET)

        order_rate_lock = cls(
            lock_id=lock_id,
            amount=amount,
            rate=rate,
            expires_at=expires_at,
            network=network,
            currency=currency,
            destination_currency=destination_currency,
            cryptocurrency=cryptocurrency,
        )

        order_rate_lock.additional_properties = d
        return order_rate_lock

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
