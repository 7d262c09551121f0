from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.beneficiary_requirement import BeneficiaryRequirement


T = TypeVar("T", bound="BeneficiaryRequiredDetails")


@_attrs_define
class BeneficiaryRequiredDetails:
    """Beneficiary bank-detail requirements, one entry per payment type.

    Attributes:
        metadata_list (list[BeneficiaryRequirement]):
    """

    metadata_list: list[BeneficiaryRequirement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata_list = []
        for metadata_list_item_data in self.metadata_list:
            metadata_list_item = metadata_list_item_data.to_dict()
            metadata_list.append(metadata_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadataList": metadata_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.beneficiary_requirement import BeneficiaryRequirement

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        metadata_list = []
        _metadata_list = d.pop("metadataList")
        for metadata_list_item_data in _metadata_list:
            metadata_list_item = BeneficiaryRequirement.from_dict(
                metadata_list_item_data
            )

            metadata_list.append(metadata_list_item)

        beneficiary_required_details = cls(
            metadata_list=metadata_list,
        )

        beneficiary_required_details.additional_properties = d
        return beneficiary_required_details

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
