from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unavailable_date import UnavailableDate


T = TypeVar("T", bound="ConversionDates")


@_attrs_define
class ConversionDates:
    """
    Attributes:
        first_available_conversion_date (datetime.date): Earliest date a conversion can settle.
        mandatory_conversion_date (datetime.date): Date by which the conversion must settle.
        unavailable_conversion_date_list (list[UnavailableDate]): Upcoming dates on which conversions cannot go through.
    """

    first_available_conversion_date: datetime.date
    mandatory_conversion_date: datetime.date
    unavailable_conversion_date_list: list[UnavailableDate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_available_conversion_date = (
            self.first_available_conversion_date.isoformat()
        )

        mandatory_conversion_date = self.mandatory_conversion_date.isoformat()

        unavailable_conversion_date_list = []
        for (
            unavailable_conversion_date_list_item_data
        ) in self.unavailable_conversion_date_list:
            unavailable_conversion_date_list_item = (
                unavailable_conversion_date_list_item_data.to_dict()
            )
            unavailable_conversion_date_list.append(
                unavailable_conversion_date_list_item
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstAvailableConversionDate": first_available_conversion_date,
                "mandatoryConversionDate": mandatory_conversion_date,
                "unavailableConversionDateList": unavailable_conversion_date_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unavailable_date import UnavailableDate

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        first_available_conversion_date = datetime.date.fromisoformat(
            d.pop("firstAvailableConversionDate")
        )

        mandatory_conversion_date = datetime.date.fromisoformat(
            d.pop("mandatoryConversionDate")
        )

        unavailable_conversion_date_list = []
        _unavailable_conversion_date_list = d.pop("unavailableConversionDateList")
        for (
            unavailable_conversion_date_list_item_data
        ) in _unavailable_conversion_date_list:
            unavailable_conversion_date_list_item = UnavailableDate.from_dict(
                unavailable_conversion_date_list_item_data
            )

            unavailable_conversion_date_list.append(
                unavailable_conversion_date_list_item
            )

        conversion_dates = cls(
            first_available_conversion_date=first_available_conversion_date,
            mandatory_conversion_date=mandatory_conversion_date,
            unavailable_conversion_date_list=unavailable_conversion_date_list,
        )

        conversion_dates.additional_properties = d
        return conversion_dates

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
