from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="CurrencyListResponse")


@_attrs_define
class CurrencyListResponse:
    """
    Attributes:
        currency_list (list[Currency]):
    """

    currency_list: list[Currency]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_list = []
        for currency_list_item_data in self.currency_list:
            currency_list_item = currency_list_item_data.to_dict()
            currency_list.append(currency_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currencyList": currency_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        currency_list = []
        _currency_list = d.pop("currencyList")
        for currency_list_item_data in _currency_list:
            currency_list_item = Currency.from_dict(currency_list_item_data)

            currency_list.append(currency_list_item)

        currency_list_response = cls(
            currency_list=currency_list,
        )

        currency_list_response.additional_properties = d
        return currency_list_response

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
