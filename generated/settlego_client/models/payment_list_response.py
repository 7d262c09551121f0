from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.payment_list_item import PaymentListItem


T = TypeVar("T", bound="PaymentListResponse")


@_attrs_define
class PaymentListResponse:
    """One page of payments.

    Attributes:
        pagination (Pagination): Paging envelope returned by every list operation.
        payment_list (list[PaymentListItem]):
    """

    pagination: Pagination
    payment_list: list[PaymentListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        payment_list = []
        for payment_list_item_data in self.payment_list:
            payment_list_item = payment_list_item_data.to_dict()
            payment_list.append(payment_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "paymentList": payment_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.payment_list_item import PaymentListItem

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        payment_list = []
        _payment_list = d.pop("paymentList")
        for payment_list_item_data in _payment_list:
            payment_list_item = PaymentListItem.from_dict(payment_list_item_data)

            payment_list.append(payment_list_item)

        payment_list_response = cls(
            pagination=pagination,
            payment_list=payment_list,
        )

        payment_list_response.additional_properties = d
        return payment_list_response

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
