from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routing_code_key import RoutingCodeKey

T = TypeVar("T", bound="RoutingCodeInput")


@_attrs_define
class RoutingCodeInput:
    """A routing code sent in a request; the key must be one of the documented kinds.

    Attributes:
        key (RoutingCodeKey): Kind of national bank routing code.
        value (str):
    """

    key: RoutingCodeKey
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
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
        key = RoutingCodeKey(d.pop("key"))

        value = d.pop("value")

        routing_code_input = cls(
            key=key,
            value=value,
        )

        routing_code_input.additional_properties = d
        return routing_code_input

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
