from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkConfigWithdrawal")


@_attrs_define
class NetworkConfigWithdrawal:
    """Withdrawal limits.

    Attributes:
        fee_withdrawal (Decimal | Unset): Withdrawal fee (type inferred from the documented example).
        min_withdrawal (Decimal | Unset): Smallest withdrawal (type inferred from the documented example).
    """

    fee_withdrawal: Decimal | Unset = UNSET
    min_withdrawal: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_withdrawal = self.fee_withdrawal

        min_withdrawal = self.min_withdrawal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_withdrawal is not UNSET:
            field_dict["feeWithdrawal"] = fee_withdrawal
        if min_withdrawal is not UNSET:
            field_dict["minWithdrawal"] = min_withdrawal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _fee_withdrawal = d.pop("feeWithdrawal", UNSET)
        fee_withdrawal: Decimal | Unset
        if isinstance(_fee_withdrawal, Unset):
            fee_withdrawal = UNSET
        else:
            fee_withdrawal = to_decimal(_fee_withdrawal)

        _min_withdrawal = d.pop("minWithdrawal", UNSET)
        min_withdrawal: Decimal | Unset
        if isinstance(_min_withdrawal, Unset):
            min_withdrawal = UNSET
        else:
            min_withdrawal = to_decimal(_min_withdrawal)

        network_config_withdrawal = cls(
            fee_withdrawal=fee_withdrawal,
            min_withdrawal=min_withdrawal,
        )

        network_config_withdrawal.additional_properties = d
        return network_config_withdrawal

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
