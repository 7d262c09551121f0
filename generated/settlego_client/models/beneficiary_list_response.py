from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.beneficiary_summary import BeneficiarySummary
    from ..models.pagination import Pagination


T = TypeVar("T", bound="BeneficiaryListResponse")


@_attrs_define
class BeneficiaryListResponse:
    """One page of beneficiaries.

    Attributes:
        pagination (Pagination): Paging envelope returned by every list operation.
        beneficiary_list (list[BeneficiarySummary]):
    """

    pagination: Pagination
    beneficiary_list: list[BeneficiarySummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        beneficiary_list = []
        for beneficiary_list_item_data in self.beneficiary_list:
            beneficiary_list_item = beneficiary_list_item_data.to_dict()
            beneficiary_list.append(beneficiary_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "beneficiaryList": beneficiary_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.beneficiary_summary import BeneficiarySummary
        from ..models.pagination import Pagination

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        beneficiary_list = []
        _beneficiary_list = d.pop("beneficiaryList")
        for beneficiary_list_item_data in _beneficiary_list:
            beneficiary_list_item = BeneficiarySummary.from_dict(
                beneficiary_list_item_data
            )

            beneficiary_list.append(beneficiary_list_item)

        beneficiary_list_response = cls(
            pagination=pagination,
            beneficiary_list=beneficiary_list,
        )

        beneficiary_list_response.additional_properties = d
        return beneficiary_list_response

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
