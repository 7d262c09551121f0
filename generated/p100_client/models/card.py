from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_status import CardStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Card")


@_attrs_define
class Card:
    """A card as listed; only the first fields were stored (types inferred from the documented example).

    Attributes:
        card_id (str | Unset):
        status (CardStatus | Unset): State of a card.
        label (str | Unset): The card's label.
    """

    card_id: str | Unset = UNSET
    status: CardStatus | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_id is not UNSET:
            field_dict["cardId"] = card_id
        if status is not UNSET:
            field_dict["status"] = status
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        card_id = d.pop("cardId", UNSET)

        _status = d.pop("status", UNSET)
        status: CardStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CardStatus(_status)

        label = d.pop("label", UNSET)

        card = cls(
            card_id=card_id,
            status=status,
            label=label,
        )

        card.additional_properties = d
        return card

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
