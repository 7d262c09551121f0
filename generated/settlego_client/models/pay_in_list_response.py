from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.pay_in import PayIn


T = TypeVar("T", bound="PayInListResponse")


@_attrs_define
class PayInListResponse:
    """One page of pay-ins.

    Attributes:
        pagination (Pagination): Paging envelope returned by every list operation.
        transaction_list (list[PayIn]):
    """

    pagination: Pagination
    transaction_list: list[PayIn]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        transaction_list = []
        for transaction_list_item_data in self.transaction_list:
            transaction_list_item = transaction_list_item_data.to_dict()
            transaction_list.append(transaction_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "transactionList": transaction_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.pay_in import PayIn

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        transaction_list = []
        _transaction_list = d.pop("transactionList")
        for transaction_list_item_data in _transaction_list:
            transaction_list_item = PayIn.from_dict(transaction_list_item_data)

            transaction_list.append(transaction_list_item)

        pay_in_list_response = cls(
            pagination=pagination,
            transaction_list=transaction_list,
        )

        pay_in_list_response.additional_properties = d
        return pay_in_list_response

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
