from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VirtualCard")


@_attrs_define
class VirtualCard:
    """A newly issued card with its sensitive details (types inferred from the documented example).

    Attributes:
        card_id (str):
        card_number (str): Full card number.
        cvv (str):
        exp (str): Expiry as MM/YY.
    """

    card_id: str
    card_number: str
    cvv: str
    exp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        card_number = self.card_number

        cvv = self.cvv

        exp = self.exp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cardId": card_id,
                "cardNumber": card_number,
                "cvv": cvv,
                "exp": exp,
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
        card_id = d.pop("cardId")

        card_number = d.pop("cardNumber")

        cvv = d.pop("cvv")

        exp = d.pop("exp")

        virtual_card = cls(
            card_id=card_id,
            card_number=card_number,
            cvv=cvv,
            exp=exp,
        )

        virtual_card.additional_properties = d
        return virtual_card

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
