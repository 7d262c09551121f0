from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Country")


@_attrs_define
class Country:
    """
    Attributes:
        alpha_2_code (str): ISO 3166-1 alpha-2 country code.
        alpha_3_code (str): ISO 3166-1 alpha-3 code.
        numeric_code (str): ISO 3166-1 three-digit numeric code, with leading zeros.
        dial_in_code (str): International dialling code, without a plus sign.
        name (str): Name of the country.
    """

    alpha_2_code: str
    alpha_3_code: str
    numeric_code: str
    dial_in_code: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha_2_code = self.alpha_2_code

        alpha_3_code = self.alpha_3_code

        numeric_code = self.numeric_code

        dial_in_code = self.dial_in_code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alpha2Code": alpha_2_code,
                "alpha3Code": alpha_3_code,
                "numericCode": numeric_code,
                "dialInCode": dial_in_code,
                "name": name,
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
        alpha_2_code = d.pop("alpha2Code")

        alpha_3_code = d.pop("alpha3Code")

        numeric_code = d.pop("numericCode")

        dial_in_code = d.pop("dialInCode")

        name = d.pop("name")

        country = cls(
            alpha_2_code=alpha_2_code,
            alpha_3_code=alpha_3_code,
            numeric_code=numeric_code,
            dial_in_code=dial_in_code,
            name=name,
        )

        country.additional_properties = d
        return country

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
