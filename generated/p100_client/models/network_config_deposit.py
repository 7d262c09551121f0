from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkConfigDeposit")


@_attrs_define
class NetworkConfigDeposit:
    """Deposit limits.

    Attributes:
        min_deposit (Decimal | Unset): Smallest deposit (type inferred from the documented example).
    """

    min_deposit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_deposit = self.min_deposit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_deposit is not UNSET:
            field_dict["minDeposit"] = min_deposit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _min_deposit = d.pop("minDeposit", UNSET)
        min_deposit: Decimal | Unset
        if isinstance(_min_deposit, Unset):
            min_deposit = UNSET
        else:
            min_deposit = to_decimal(_min_deposit)

        network_config_deposit = cls(
            min_deposit=min_deposit,
        )

        network_config_deposit.additional_properties = d
        return network_config_deposit

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
