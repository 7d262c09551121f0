from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Paging envelope returned by every list operation.

    Attributes:
        total_entry_count (int):
        total_page_count (int):
        current_page (int):
        maximum_page_size (int):
        current_page_size (int):
        previous_page (int): Previous page number, 0 when there is none.
        next_page (int): Next page number, 0 when there is none.
    """

    total_entry_count: int
    total_page_count: int
    current_page: int
    maximum_page_size: int
    current_page_size: int
    previous_page: int
    next_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_entry_count = self.total_entry_count

        total_page_count = self.total_page_count

        current_page = self.current_page

        maximum_page_size = self.maximum_page_size

        current_page_size = self.current_page_size

        previous_page = self.previous_page

        next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalEntryCount": total_entry_count,
                "totalPageCount": total_page_count,
                "currentPage": current_page,
                "maximumPageSize": maximum_page_size,
                "currentPageSize": current_page_size,
                "previousPage": previous_page,
                "nextPage": next_page,
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
        total_entry_count = d.pop("totalEntryCount")

        total_page_count = d.pop("totalPageCount")

        current_page = d.pop("currentPage")

        maximum_page_size = d.pop("maximumPageSize")

        current_page_size = d.pop("currentPageSize")

        previous_page = d.pop("previousPage")

        next_page = d.pop("nextPage")

        pagination = cls(
            total_entry_count=total_entry_count,
            total_page_count=total_page_count,
            current_page=current_page,
            maximum_page_size=maximum_page_size,
            current_page_size=current_page_size,
            previous_page=previous_page,
            next_page=next_page,
        )

        pagination.additional_properties = d
        return pagination

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
