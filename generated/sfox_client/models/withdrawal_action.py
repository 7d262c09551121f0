from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WithdrawalAction")


@_attrs_define
class WithdrawalAction:
    """Outcome of an action on a withdrawal.

    Attributes:
        success (bool): Whether the action succeeded.
        atx_id (int): Transaction id of the withdrawal.
        tx_status (int): Transaction status code after the action (code meanings are not documented).
    """

    success: bool
    atx_id: int
    tx_status: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        atx_id = self.atx_id

        tx_status = self.tx_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "atx_id": atx_id,
                "tx_status": tx_status,
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
        success = d.pop("success")

        atx_id = d.pop("atx_id")

        tx_status = d.pop("tx_status")

        withdrawal_action = cls(
            success=success,
            atx_id=atx_id,
            tx_status=tx_status,
        )

        withdrawal_action.additional_properties = d
        return withdrawal_action

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
