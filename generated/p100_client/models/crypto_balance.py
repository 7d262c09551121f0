from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crypto_balance_network_config import CryptoBalanceNetworkConfig


T = TypeVar("T", bound="CryptoBalance")


@_attrs_define
class CryptoBalance:
    """One crypto balance.

    Attributes:
        id (str | Unset): Balance id in P100.
        amount (Decimal | Unset): Balance amount as a decimal string.
        name (str | Unset): Cryptocurrency of the balance, lower case (usdc, usdt, pol, btc).
        wallet (None | str | Unset): Deposit wallet address; null until it has been generated.
        rate (Decimal | Unset): Rate of the currency (type inferred from the documented example).
        network_config (CryptoBalanceNetworkConfig | Unset): Settings per blockchain network, keyed by network
            (ethereum, polygon, ...).
    """

    id: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    name: str | Unset = UNSET
    wallet: None | str | Unset = UNSET
    rate: Decimal | Unset = UNSET
    network_config: CryptoBalanceNetworkConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        name = self.name

        wallet: None | str | Unset
        if isinstance(self.wallet, Unset):
            wallet = UNSET
        else:
            wallet = self.wallet

        rate = self.rate

        network_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_config, Unset):
            network_config = self.network_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if name is not UNSET:
            field_dict["name"] = name
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if rate is not UNSET:
            field_dict["rate"] = rate
        if network_config is not UNSET:
            field_dict["networkConfig"] = network_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.crypto_balance_network_config import CryptoBalanceNetworkConfig

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        name = d.pop("name", UNSET)

        def _parse_wallet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet = _parse_wallet(d.pop("wallet", UNSET))

        _rate = d.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        _network_config = d.pop("networkConfig", UNSET)
        network_config: CryptoBalanceNetworkConfig | Unset
        if isinstance(_network_config, Unset):
            network_config = UNSET
        else:
            network_config = CryptoBalanceNetworkConfig.from_dict(_network_config)

        crypto_balance = cls(
            id=id,
            amount=amount,
            name=name,
            wallet=wallet,
            rate=rate,
            network_config=network_config,
        )

        crypto_balance.additional_properties = d
        return crypto_balance

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
