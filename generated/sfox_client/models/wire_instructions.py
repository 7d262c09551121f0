from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WireInstructions")


@_attrs_define
class WireInstructions:
    """Where and how to wire USD to the end user's sFOX account.

    Attributes:
        bank_name (str): Receiving bank.
        bank_address (str): Address of the receiving bank.
        beneficiary_name (str): Beneficiary of the wire.
        beneficiary_address (str): Address of the beneficiary.
        bank_routing_number (str): Routing number for domestic wires.
        bank_routing_swift (str): SWIFT code for wires from outside the US.
        bank_account_number (str): Beneficiary account number.
        sfox_user_ref_id (str): Reference that must appear in the wire memo so the deposit is credited to the user.
    """

    bank_name: str
    bank_address: str
    beneficiary_name: str
    beneficiary_address: str
    bank_routing_number: str
    bank_routing_swift: str
    bank_account_number: str
    sfox_user_ref_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        bank_address = self.bank_address

        beneficiary_name = self.beneficiary_name

        beneficiary_address = self.beneficiary_address

        bank_routing_number = self.bank_routing_number

        bank_routing_swift = self.bank_routing_swift

        bank_account_number = self.bank_account_number

        sfox_user_ref_id = self.sfox_user_ref_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_name": bank_name,
                "bank_address": bank_address,
                "beneficiary_name": beneficiary_name,
                "beneficiary_address": beneficiary_address,
                "bank_routing_number": bank_routing_number,
                "bank_routing_swift": bank_routing_swift,
                "bank_account_number": bank_account_number,
                "sfox_user_ref_id": sfox_user_ref_id,
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
        bank_name = d.pop("bank_name")

        bank_address = d.pop("bank_address")

        beneficiary_name = d.pop("beneficiary_name")

        beneficiary_address = d.pop("beneficiary_address")

        bank_routing_number = d.pop("bank_routing_number")

        bank_routing_swift = d.pop("bank_routing_swift")

        bank_account_number = d.pop("bank_account_number")

        sfox_user_ref_id = d.pop("sfox_user_ref_id")

        wire_instructions = cls(
            bank_name=bank_name,
            bank_address=bank_address,
            beneficiary_name=beneficiary_name,
            beneficiary_address=beneficiary_address,
            bank_routing_number=bank_routing_number,
            bank_routing_swift=bank_routing_swift,
            bank_account_number=bank_account_number,
            sfox_user_ref_id=sfox_user_ref_id,
        )

        wire_instructions.additional_properties = d
        return wire_instructions

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
