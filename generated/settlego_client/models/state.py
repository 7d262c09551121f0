from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="State")


@_attrs_define
class State:
    """
    Attributes:
        code (str): State or province code.
        name (str): Name of the state or province.
        country_alpha_2_code (str): ISO 3166-1 alpha-2 country code.
    """

    code: str
    name: str
    country_alpha_2_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        country_alpha_2_code = self.country_alpha_2_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "countryAlpha2Code": country_alpha_2_code,
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
        code = d.pop("code")

        name = d.pop("name")

        country_alpha_2_code = d.pop("countryAlpha2Code")

        state = cls(
            code=code,
            name=name,
            country_alpha_2_code=country_alpha_2_code,
        )

        state.additional_properties = d
        return state

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
