from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_config_deposit import NetworkConfigDeposit
    from ..models.network_config_withdrawal import NetworkConfigWithdrawal


T = TypeVar("T", bound="NetworkConfig")


@_attrs_define
class NetworkConfig:
    """Deposit and withdrawal settings of one network (types inferred from the documented example).

    Attributes:
        mainnet (bool | Unset): Whether this is the main network (false on staging; type inferred from the documented
            example).
        name (str | Unset): Name of the network (sepolia, amoy on staging).
        withdrawal (NetworkConfigWithdrawal | Unset): Withdrawal limits.
        deposit (NetworkConfigDeposit | Unset): Deposit limits.
    """

    mainnet: bool | Unset = UNSET
    name: str | Unset = UNSET
    withdrawal: NetworkConfigWithdrawal | Unset = UNSET
    deposit: NetworkConfigDeposit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mainnet = self.mainnet

        name = self.name

        withdrawal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withdrawal, Unset):
            withdrawal = self.withdrawal.to_dict()

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mainnet is not UNSET:
            field_dict["mainnet"] = mainnet
        if name is not UNSET:
            field_dict["name"] = name
        if withdrawal is not UNSET:
            field_dict["withdrawal"] = withdrawal
        if deposit is not UNSET:
            field_dict["deposit"] = deposit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.network_config_deposit import NetworkConfigDeposit
        from ..models.network_config_withdrawal import NetworkConfigWithdrawal

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        mainnet = d.pop("mainnet", UNSET)

        name = d.pop("name", UNSET)

        _withdrawal = d.pop("withdrawal", UNSET)
        withdrawal: NetworkConfigWithdrawal | Unset
        if isinstance(_withdrawal, Unset):
            withdrawal = UNSET
        else:
            withdrawal = NetworkConfigWithdrawal.from_dict(_withdrawal)

        _deposit = d.pop("deposit", UNSET)
        deposit: NetworkConfigDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = NetworkConfigDeposit.from_dict(_deposit)

        network_config = cls(
            mainnet=mainnet,
            name=name,
            withdrawal=withdrawal,
            deposit=deposit,
        )

        network_config.additional_properties = d
        return network_config

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
