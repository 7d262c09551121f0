from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonetizationPermission")


@_attrs_define
class MonetizationPermission:
    """A feature and a method the partner may monetize it with.

    Attributes:
        monetization_method (str): The permitted method, in words (e.g. Fee Rate).
        monetized_feature (str | Unset): The feature, in words (e.g. Spot Trading).
        monetization_feature (str | Unset): The feature, under the name the field table uses.
    """

    monetization_method: str
    monetized_feature: str | Unset = UNSET
    monetization_feature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monetization_method = self.monetization_method

        monetized_feature = self.monetized_feature

        monetization_feature = self.monetization_feature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monetization_method": monetization_method,
            }
        )
        if monetized_feature is not UNSET:
            field_dict["monetized_feature"] = monetized_feature
        if monetization_feature is not UNSET:
            field_dict["monetization_feature"] = monetization_feature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        monetization_method = d.pop("monetization_method")

        monetized_feature = d.pop("monetized_feature", UNSET)

        monetization_feature = d.pop("monetization_feature", UNSET)

        monetization_permission = cls(
            monetization_method=monetization_method,
            monetized_feature=monetized_feature,
            monetization_feature=monetization_feature,
        )

        monetization_permission.additional_properties = d
        return monetization_permission

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
