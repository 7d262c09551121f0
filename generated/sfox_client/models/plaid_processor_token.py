from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plaid_processor_name import PlaidProcessorName

T = TypeVar("T", bound="PlaidProcessorToken")


@_attrs_define
class PlaidProcessorToken:
    """One Plaid processor token.

    Attributes:
        processor (PlaidProcessorName): Processor a Plaid processor token was created for.
        token (str): The processor_token obtained from Plaid.
    """

    processor: PlaidProcessorName
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processor = self.processor.value

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processor": processor,
                "token": token,
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
        processor = PlaidProcessorName(d.pop("processor"))

        token = d.pop("token")

        plaid_processor_token = cls(
            processor=processor,
            token=token,
        )

        plaid_processor_token.additional_properties = d
        return plaid_processor_token

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
