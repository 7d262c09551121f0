from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_currency import WalletCurrency

T = TypeVar("T", bound="WalletInfo")


@_attrs_define
class WalletInfo:
    """Which wallets pay for the transfer amount and for the fee.

    Attributes:
        transfer_currency (WalletCurrency): Currency of a partner wallet; the docs name USD and KRW as the ones
            currently offered (others answer E0007).
        fee_currency (WalletCurrency): Currency of a partner wallet; the docs name USD and KRW as the ones currently
            offered (others answer E0007).
    """

    transfer_currency: WalletCurrency
    fee_currency: WalletCurrency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_currency = self.transfer_currency.value

        fee_currency = self.fee_currency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_currency": transfer_currency,
                "fee_currency": fee_currency,
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
        transfer_currency = WalletCurrency(d.pop("transfer_currency"))

        fee_currency = WalletCurrency(d.pop("fee_currency"))

        wallet_info = cls(
            transfer_currency=transfer_currency,
            fee_currency=fee_currency,
        )

        wallet_info.additional_properties = d
        return wallet_info

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
