from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SepaDepositInfo")


@_attrs_define
class SepaDepositInfo:
    """Bank details for an incoming SEPA transfer.

    Attributes:
        title (str): Unique reference to put, unchanged, in the transfer's reference/title so the deposit is matched and
            the sending IBAN verified.
        iban (str): Virtual IBAN to send the money to.
        swift (str): SWIFT/BIC of the receiving bank.
        account_holder (str): Beneficiary name to put on the transfer.
        address (str): Address detail of the beneficiary.
    """

    title: str
    iban: str
    swift: str
    account_holder: str
    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        iban = self.iban

        swift = self.swift

        account_holder = self.account_holder

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "iban": iban,
                "swift": swift,
                "accountHolder": account_holder,
                "address": address,
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
        title = d.pop("title")

        iban = d.pop("iban")

        swift = d.pop("swift")

        account_holder = d.pop("accountHolder")

        address = d.pop("address")

        sepa_deposit_info = cls(
            title=title,
            iban=iban,
            swift=swift,
            account_holder=account_holder,
            address=address,
        )

        sepa_deposit_info.additional_properties = d
        return sepa_deposit_info

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
