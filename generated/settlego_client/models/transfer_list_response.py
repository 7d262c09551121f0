from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.transfer import Transfer


T = TypeVar("T", bound="TransferListResponse")


@_attrs_define
class TransferListResponse:
    """One page of transfers.

    Attributes:
        pagination (Pagination): Paging envelope returned by every list operation.
        transfer_list (list[Transfer]):
    """

    pagination: Pagination
    transfer_list: list[Transfer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        transfer_list = []
        for transfer_list_item_data in self.transfer_list:
            transfer_list_item = transfer_list_item_data.to_dict()
            transfer_list.append(transfer_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "transferList": transfer_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.transfer import Transfer

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        transfer_list = []
        _transfer_list = d.pop("transferList")
        for transfer_list_item_data in _transfer_list:
            transfer_list_item = Transfer.from_dict(transfer_list_item_data)

            transfer_list.append(transfer_list_item)

        transfer_list_response = cls(
            pagination=pagination,
            transfer_list=transfer_list,
        )

        transfer_list_response.additional_properties = d
        return transfer_list_response

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
