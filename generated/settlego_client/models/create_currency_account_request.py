from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCurrencyAccountRequest")


@_attrs_define
class CreateCurrencyAccountRequest:
    """Currency account to open.

    Attributes:
        currency (str): ISO 4217 three-letter currency code.
        on_behalf_of (str | Unset): Id of the linked client to open the account for, when a main client acts for it.
    """

    currency: str
    on_behalf_of: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        on_behalf_of = self.on_behalf_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if on_behalf_of is not UNSET:
            field_dict["onBehalfOf"] = on_behalf_of

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        currency = d.pop("currency")

        on_behalf_of = d.pop("onBehalfOf", UNSET)

        create_currency_account_request = cls(
            currency=currency,
            on_behalf_of=on_behalf_of,
        )

        create_currency_account_request.additional_properties = d
        return create_currency_account_request

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
