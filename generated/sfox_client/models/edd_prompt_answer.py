from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EddPromptAnswer")


@_attrs_define
class EddPromptAnswer:
    """The answer to one prompt.

    Attributes:
        response (str): The answer; for a File-Upload prompt, the file name without its extension.
        optional_free_form (str | Unset): Additional free text, for prompts that allow it.
    """

    response: str
    optional_free_form: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response

        optional_free_form = self.optional_free_form

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )
        if optional_free_form is not UNSET:
            field_dict["optional_free_form"] = optional_free_form

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        response = d.pop("response")

        optional_free_form = d.pop("optional_free_form", UNSET)

        edd_prompt_answer = cls(
            response=response,
            optional_free_form=optional_free_form,
        )

        edd_prompt_answer.additional_properties = d
        return edd_prompt_answer

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
