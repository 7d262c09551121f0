from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BeneficiaryValidation")


@_attrs_define
class BeneficiaryValidation:
    """Result of validating beneficiary bank details: what the service knows about the bank.

    Attributes:
        bank_name (None | str): Name of the bank the details resolve to.
        bank_account_type (None | str): Type of the bank account, null when unknown.
        bank_address (None | str): Address of the bank.
    """

    bank_name: None | str
    bank_account_type: None | str
    bank_address: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name: None | str
        bank_name = self.bank_name

        bank_account_type: None | str
        bank_account_type = self.bank_account_type

        bank_address: None | str
        bank_address = self.bank_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bankName": bank_name,
                "bankAccountType": bank_account_type,
                "bankAddress": bank_address,
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

        def _parse_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_name = _parse_bank_name(d.pop("bankName"))

        def _parse_bank_account_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_account_type = _parse_bank_account_type(d.pop("bankAccountType"))

        def _parse_bank_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_address = _parse_bank_address(d.pop("bankAddress"))

        beneficiary_validation = cls(
            bank_name=bank_name,
            bank_account_type=bank_account_type,
            bank_address=bank_address,
        )

        beneficiary_validation.additional_properties = d
        return beneficiary_validation

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
