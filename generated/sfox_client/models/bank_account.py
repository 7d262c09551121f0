from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """A linked bank account (numbers are masked).

    Attributes:
        id (str): sFOX's id of the bank account (the BANK_ACCOUNT_ID and bank_account_display_id of other operations).
        status (str): Status of the account, e.g. active or pending verification.
        requires_verification (int): 1 when further verification is needed, else 0.
        requires_support (int): 1 when sFOX support has to step in, else 0.
        routing_number (str): Masked routing number.
        account_number (str): Masked account number.
        name1 (str): Name on the account.
        currency (str): Currency of the account.
        type_ (str): checking or savings.
        bank_name (str): Name of the bank.
        ref_id (str): Reference to put in the memo of wire deposits.
        ach_enabled (bool | Unset): Whether ACH can be used with the account.
        international_bank (bool | Unset): Whether the bank is outside the US.
    """

    id: str
    status: str
    requires_verification: int
    requires_support: int
    routing_number: str
    account_number: str
    name1: str
    currency: str
    type_: str
    bank_name: str
    ref_id: str
    ach_enabled: bool | Unset = UNSET
    international_bank: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        requires_verification = self.requires_verification

        requires_support = self.requires_support

        routing_number = self.routing_number

        account_number = self.account_number

        name1 = self.name1

        currency = self.currency

        type_ = self.type_

        bank_name = self.bank_name

        ref_id = self.ref_id

        ach_enabled = self.ach_enabled

        international_bank = self.international_bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "requires_verification": requires_verification,
                "requires_support": requires_support,
                "routing_number": routing_number,
                "account_number": account_number,
                "name1": name1,
                "currency": currency,
                "type": type_,
                "bank_name": bank_name,
                "ref_id": ref_id,
            }
        )
        if ach_enabled is not UNSET:
            field_dict["ach_enabled"] = ach_enabled
        if international_bank is not UNSET:
            field_dict["international_bank"] = international_bank

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        requires_verification = d.pop("requires_verification")

        requires_support = d.pop("requires_support")

        routing_number = d.pop("routing_number")

        account_number = d.pop("account_number")

        name1 = d.pop("name1")

        currency = d.pop("currency")

        type_ = d.pop("type")

        bank_name = d.pop("bank_name")

        ref_id = d.pop("ref_id")

        ach_enabled = d.pop("ach_enabled", UNSET)

        international_bank = d.pop("international_bank", UNSET)

        bank_account = cls(
            id=id,
            status=status,
            requires_verification=requires_verification,
            requires_support=requires_support,
            routing_number=routing_number,
            account_number=account_number,
            name1=name1,
            currency=currency,
            type_=type_,
            bank_name=bank_name,
            ref_id=ref_id,
            ach_enabled=ach_enabled,
            international_bank=international_bank,
        )

        bank_account.additional_properties = d
        return bank_account

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
