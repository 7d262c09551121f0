from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.balance import Balance


T = TypeVar("T", bound="BalanceListResponse")


@_attrs_define
class BalanceListResponse:
    """Successful answer carrying every wallet's balance.

    Attributes:
        result (bool): Always true for a successful call.
        data (list[Balance]): One balance per wallet.
    """

    result: bool
    data: list[Balance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        data = []
        for componentsschemas_balance_list_item_data in self.data:
            componentsschemas_balance_list_item = (
                componentsschemas_balance_list_item_data.to_dict()
            )
            data.append(componentsschemas_balance_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance import Balance

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        result = d.pop("result")

        data = []
        _data = d.pop("data")
        for componentsschemas_balance_list_item_data in _data:
            componentsschemas_balance_list_item = Balance.from_dict(
                componentsschemas_balance_list_item_data
            )

            data.append(componentsschemas_balance_list_item)

        balance_list_response = cls(
            result=result,
            data=data,
        )

        balance_list_response.additional_properties = d
        return balance_list_response

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
