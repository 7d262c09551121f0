from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crypto_balance import CryptoBalance
    from ..models.fiat_balance import FiatBalance


T = TypeVar("T", bound="Balances")


@_attrs_define
class Balances:
    """Fiat and crypto balances.

    Attributes:
        fiat_balances (list[FiatBalance] | Unset):
        crypto_balances (list[CryptoBalance] | Unset):
    """

    fiat_balances: list[FiatBalance] | Unset = UNSET
    crypto_balances: list[CryptoBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fiat_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fiat_balances, Unset):
            fiat_balances = []
            for fiat_balances_item_data in self.fiat_balances:
                fiat_balances_item = fiat_balances_item_data.to_dict()
                fiat_balances.append(fiat_balances_item)

        crypto_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crypto_balances, Unset):
            crypto_balances = []
            for crypto_balances_item_data in self.crypto_balances:
                crypto_balances_item = crypto_balances_item_data.to_dict()
                crypto_balances.append(crypto_balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fiat_balances is not UNSET:
            field_dict["fiatBalances"] = fiat_balances
        if crypto_balances is not UNSET:
            field_dict["cryptoBalances"] = crypto_balances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.crypto_balance import CryptoBalance
        from ..models.fiat_balance import FiatBalance

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _fiat_balances = d.pop("fiatBalances", UNSET)
        fiat_balances: list[FiatBalance] | Unset = UNSET
        if _fiat_balances is not UNSET:
            fiat_balances = []
            for fiat_balances_item_data in _fiat_balances:
                fiat_balances_item = FiatBalance.from_dict(fiat_balances_item_data)

                fiat_balances.append(fiat_balances_item)

        _crypto_balances = d.pop("cryptoBalances", UNSET)
        crypto_balances: list[CryptoBalance] | Unset = UNSET
        if _crypto_balances is not UNSET:
            crypto_balances = []
            for crypto_balances_item_data in _crypto_balances:
                crypto_balances_item = CryptoBalance.from_dict(
                    crypto_balances_item_data
                )

                crypto_balances.append(crypto_balances_item)

        balances = cls(
            fiat_balances=fiat_balances,
            crypto_balances=crypto_balances,
        )

        balances.additional_properties = d
        return balances

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
