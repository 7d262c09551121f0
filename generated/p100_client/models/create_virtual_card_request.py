from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateVirtualCardRequest")


@_attrs_define
class CreateVirtualCardRequest:
    """A virtual card to issue.

    Attributes:
        external_user_id (str): The partner's id of the user receiving the card.
        label (str): The card's label, 3 to 30 characters.
        pin (str): The card's PIN, exactly four digits.
    """

    external_user_id: str
    label: str
    pin: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_user_id = self.external_user_id

        label = self.label

        pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalUserId": external_user_id,
                "label": label,
                "pin": pin,
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
        external_user_id = d.pop("externalUserId")

        label = d.pop("label")

        pin = d.pop("pin")

        create_virtual_card_request = cls(
            external_user_id=external_user_id,
            label=label,
            pin=pin,
        )

        create_virtual_card_request.additional_properties = d
        return create_virtual_card_request

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
