from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_edd_responses_request_prompts import (
        CreateEddResponsesRequestPrompts,
    )


T = TypeVar("T", bound="CreateEddResponsesRequest")


@_attrs_define
class CreateEddResponsesRequest:
    """An end user's answers, keyed by prompt id.

    Attributes:
        user_id (str): The end user answering.
        prompts (CreateEddResponsesRequestPrompts): One answer per prompt, keyed by the prompt_id (as a string) from
            listEddPrompts.
    """

    user_id: str
    prompts: CreateEddResponsesRequestPrompts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        prompts = self.prompts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "prompts": prompts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_edd_responses_request_prompts import (
            CreateEddResponsesRequestPrompts,
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        user_id = d.pop("user_id")

        prompts = CreateEddResponsesRequestPrompts.from_dict(d.pop("prompts"))

        create_edd_responses_request = cls(
            user_id=user_id,
            prompts=prompts,
        )

        create_edd_responses_request.additional_properties = d
        return create_edd_responses_request

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
