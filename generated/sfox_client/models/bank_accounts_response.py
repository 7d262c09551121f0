from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount


T = TypeVar("T", bound="BankAccountsResponse")


@_attrs_define
class BankAccountsResponse:
    """The linked bank accounts, grouped by lower-case currency code.

    Attributes:
        usd (list[BankAccount] | Unset): Bank accounts in US dollars.
    """

    usd: list[BankAccount] | Unset = UNSET
    additional_properties: dict[str, list[BankAccount]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        usd: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usd, Unset):
            usd = []
            for usd_item_data in self.usd:
                usd_item = usd_item_data.to_dict()
                usd.append(usd_item)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        field_dict.update({})
        if usd is not UNSET:
            field_dict["usd"] = usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account import BankAccount

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _usd = d.pop("usd", UNSET)
        usd: list[BankAccount] | Unset = UNSET
        if _usd is not UNSET:
            usd = []
            for usd_item_data in _usd:
                usd_item = BankAccount.from_dict(usd_item_data)

                usd.append(usd_item)

        bank_accounts_response = cls(
            usd=usd,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = BankAccount.from_dict(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        bank_accounts_response.additional_properties = additional_properties
        return bank_accounts_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[BankAccount]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[BankAccount]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
