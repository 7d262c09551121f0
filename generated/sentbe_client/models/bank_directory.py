from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bank import Bank


T = TypeVar("T", bound="BankDirectory")


@_attrs_define
class BankDirectory:
    """The supported banks, keyed by bank code."""

    additional_properties: dict[str, Bank] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank import Bank

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        bank_directory = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Bank.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        bank_directory.additional_properties = additional_properties
        return bank_directory

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Bank:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Bank) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
