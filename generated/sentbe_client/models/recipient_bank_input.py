from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientBankInput")


@_attrs_define
class RecipientBankInput:
    """The bank account a new payee is paid into.

    Attributes:
        name (str): Bank code from the bank list (listBanks).
        account_number (str): Account number.
        account_holder_name (str): Name of the account holder.
        branch (str | Unset): Branch of the bank.
    """

    name: str
    account_number: str
    account_holder_name: str
    branch: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        account_number = self.account_number

        account_holder_name = self.account_holder_name

        branch = self.branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "account_number": account_number,
                "account_holder_name": account_holder_name,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name")

        account_number = d.pop("account_number")

        account_holder_name = d.pop("account_holder_name")

        branch = d.pop("branch", UNSET)

        recipient_bank_input = cls(
            name=name,
            account_number=account_number,
            account_holder_name=account_holder_name,
            branch=branch,
        )

        recipient_bank_input.additional_properties = d
        return recipient_bank_input

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
