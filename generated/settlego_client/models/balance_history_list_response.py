from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.balance_history_entry import BalanceHistoryEntry
    from ..models.pagination import Pagination


T = TypeVar("T", bound="BalanceHistoryListResponse")


@_attrs_define
class BalanceHistoryListResponse:
    """One page of balance history entries.

    Attributes:
        pagination (Pagination): Paging envelope returned by every list operation.
        balance_list (list[BalanceHistoryEntry]):
    """

    pagination: Pagination
    balance_list: list[BalanceHistoryEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        balance_list = []
        for balance_list_item_data in self.balance_list:
            balance_list_item = balance_list_item_data.to_dict()
            balance_list.append(balance_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "balanceList": balance_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance_history_entry import BalanceHistoryEntry
        from ..models.pagination import Pagination

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        balance_list = []
        _balance_list = d.pop("balanceList")
        for balance_list_item_data in _balance_list:
            balance_list_item = BalanceHistoryEntry.from_dict(balance_list_item_data)

            balance_list.append(balance_list_item)

        balance_history_list_response = cls(
            pagination=pagination,
            balance_list=balance_list,
        )

        balance_history_list_response.additional_properties = d
        return balance_history_list_response

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
