from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beneficiary_type import BeneficiaryType
from ..models.payment_type import PaymentType

T = TypeVar("T", bound="BeneficiaryRequirement")


@_attrs_define
class BeneficiaryRequirement:
    """Bank-detail requirements for one payment type. Detail fields hold a regular expression the value must match, or null
    when that detail is not used for this combination.

        Attributes:
            payment_type (PaymentType):
            address_required (bool): Whether the beneficiary's address is required.
            account_number (None | str): Regular expression for the account number; null when not used.
            iban (None | str): Regular expression for the IBAN; null when not used.
            bic (None | str): Regular expression for the BIC; null when not used.
            beneficiary_first_name (None | str): Regular expression for the first name; given for retail beneficiaries only.
            beneficiary_last_name (None | str): Regular expression for the last name; given for retail beneficiaries only.
            beneficiary_birth_date (None | str): Rule for the birth date; given for retail beneficiaries only.
            company_name (None | str): Regular expression for the company name; given for corporate beneficiaries only.
            beneficiary_type (BeneficiaryType):
            routing_code_type (None | str): Kind of routing code the bank needs; null when none.
            routing_code_format (None | str): Regular expression for the routing code; null when none.
            bank_name (None | str): Rule for the bank name; null when not required.
            bank_account_type (None | str): Rule for the bank account type; null when not required.
            tax_id (None | str): Rule for the tax id; null when not required.
    """

    payment_type: PaymentType
    address_required: bool
    account_number: None | str
    iban: None | str
    bic: None | str
    beneficiary_first_name: None | str
    beneficiary_last_name: None | str
    beneficiary_birth_date: None | str
    company_name: None | str
    beneficiary_type: BeneficiaryType
    routing_code_type: None | str
    routing_code_format: None | str
    bank_name: None | str
    bank_account_type: None | str
    tax_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_type = self.payment_type.value

        address_required = self.address_required

        account_number: None | str
        account_number = self.account_number

        iban: None | str
        iban = self.iban

        bic: None | str
        bic = self.bic

        beneficiary_first_name: None | str
        beneficiary_first_name = self.beneficiary_first_name

        beneficiary_last_name: None | str
        beneficiary_last_name = self.beneficiary_last_name

        beneficiary_birth_date: None | str
        beneficiary_birth_date = self.beneficiary_birth_date

        company_name: None | str
        company_name = self.company_name

        beneficiary_type = self.beneficiary_type.value

        routing_code_type: None | str
        routing_code_type = self.routing_code_type

        routing_code_format: None | str
        routing_code_format = self.routing_code_format

        bank_name: None | str
        bank_name = self.bank_name

        bank_account_type: None | str
        bank_account_type = self.bank_account_type

        tax_id: None | str
        tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentType": payment_type,
                "addressRequired": address_required,
                "accountNumber": account_number,
                "iban": iban,
                "bic": bic,
                "beneficiaryFirstName": beneficiary_first_name,
                "beneficiaryLastName": beneficiary_last_name,
                "beneficiaryBirthDate": beneficiary_birth_date,
                "companyName": company_name,
                "beneficiaryType": beneficiary_type,
                "routingCodeType": routing_code_type,
                "routingCodeFormat": routing_code_format,
                "bankName": bank_name,
                "bankAccountType": bank_account_type,
                "taxId": tax_id,
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
        payment_type = PaymentType(d.pop("paymentType"))

        address_required = d.pop("addressRequired")

        def _parse_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_number = _parse_account_number(d.pop("accountNumber"))

        def _parse_iban(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        iban = _parse_iban(d.pop("iban"))

        def _parse_bic(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bic = _parse_bic(d.pop("bic"))

        def _parse_beneficiary_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_first_name = _parse_beneficiary_first_name(
            d.pop("beneficiaryFirstName")
        )

        def _parse_beneficiary_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_last_name = _parse_beneficiary_last_name(
            d.pop("beneficiaryLastName")
        )

        def _parse_beneficiary_birth_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_birth_date = _parse_beneficiary_birth_date(
            d.pop("beneficiaryBirthDate")
        )

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("companyName"))

        beneficiary_type = BeneficiaryType(d.pop("beneficiaryType"))

        def _parse_routing_code_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        routing_code_type = _parse_routing_code_type(d.pop("routingCodeType"))

        def _parse_routing_code_format(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        routing_code_format = _parse_routing_code_format(d.pop("routingCodeFormat"))

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

        def _parse_tax_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tax_id = _parse_tax_id(d.pop("taxId"))

        beneficiary_requirement = cls(
            payment_type=payment_type,
            address_required=address_required,
            account_number=account_number,
            iban=iban,
            bic=bic,
            beneficiary_first_name=beneficiary_first_name,
            beneficiary_last_name=beneficiary_last_name,
            beneficiary_birth_date=beneficiary_birth_date,
            company_name=company_name,
            beneficiary_type=beneficiary_type,
            routing_code_type=routing_code_type,
            routing_code_format=routing_code_format,
            bank_name=bank_name,
            bank_account_type=bank_account_type,
            tax_id=tax_id,
        )

        beneficiary_requirement.additional_properties = d
        return beneficiary_requirement

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
