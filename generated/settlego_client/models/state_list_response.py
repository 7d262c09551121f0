from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.state import State


T = TypeVar("T", bound="StateListResponse")


@_attrs_define
class StateListResponse:
    """
    Attributes:
        state_list (list[State]):
    """

    state_list: list[State]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_list = []
        for state_list_item_data in self.state_list:
            state_list_item = state_list_item_data.to_dict()
            state_list.append(state_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stateList": state_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state import State

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        state_list = []
        _state_list = d.pop("stateList")
        for state_list_item_data in _state_list:
            state_list_item = State.from_dict(state_list_item_data)

            state_list.append(state_list_item)

        state_list_response = cls(
            state_list=state_list,
        )

        state_list_response.additional_properties = d
        return state_list_response

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
