from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beneficiary_type import BeneficiaryType
from ..models.payment_type import PaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.routing_code_input import RoutingCodeInput


T = TypeVar("T", bound="ValidateBeneficiaryRequest")


@_attrs_define
class ValidateBeneficiaryRequest:
    """Beneficiary details to check without creating the beneficiary. Same fields as a create request except externalId and
    onBehalfOf; the address line is optional here.

        Attributes:
            name (str): Client-chosen beneficiary name or alias.
            beneficiary_type (BeneficiaryType):
            beneficiary_country (str): ISO 3166-1 alpha-2 country code.
            beneficiary_postal_code (str): Postal code of the beneficiary's address.
            beneficiary_city (str): City of the beneficiary's address.
            currency (str): ISO 4217 three-letter currency code.
            bank_account_country (str): ISO 3166-1 alpha-2 country code.
            bank_account_holder_name (str): Name of the bank account holder.
            payment_type_list (list[PaymentType]): Payment types the beneficiary account accepts (one or two of the
                documented values).
            beneficiary_first_name (None | str | Unset): First name; required for a retail beneficiary.
            beneficiary_last_name (None | str | Unset): Last name; required for a retail beneficiary.
            beneficiary_birth_date (datetime.date | None | Unset): Birth date of a retail beneficiary.
            company_name (None | str | Unset): Company name; required for a corporate beneficiary.
            beneficiary_state (None | str | Unset): State or province of the beneficiary's address.
            beneficiary_address_line (str | Unset): Street address line of the beneficiary.
            account_number (str | Unset): Bank account number (8 digits for UK accounts).
            iban (str | Unset): IBAN of the bank account.
            bic (str | Unset): Bank identifier code (BIC/SWIFT).
            routing_code_list (list[RoutingCodeInput] | Unset): Routing codes as key-value pairs.
            bank_name (str | Unset): Name of the bank.
            bank_address (str | Unset): Address of the bank.
    """

    name: str
    beneficiary_type: BeneficiaryType
    beneficiary_country: str
    beneficiary_postal_code: str
    beneficiary_city: str
    currency: str
    bank_account_country: str
    bank_account_holder_name: str
    payment_type_list: list[PaymentType]
    beneficiary_first_name: None | str | Unset = UNSET
    beneficiary_last_name: None | str | Unset = UNSET
    beneficiary_birth_date: datetime.date | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    beneficiary_state: None | str | Unset = UNSET
    beneficiary_address_line: str | Unset = UNSET
    account_number: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    routing_code_list: list[RoutingCodeInput] | Unset = UNSET
    bank_name: str | Unset = UNSET
    bank_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        beneficiary_type = self.beneficiary_type.value

        beneficiary_country = self.beneficiary_country

        beneficiary_postal_code = self.beneficiary_postal_code

        beneficiary_city = self.beneficiary_city

        currency = self.currency

        bank_account_country = self.bank_account_country

        bank_account_holder_name = self.bank_account_holder_name

        payment_type_list = []
        for payment_type_list_item_data in self.payment_type_list:
            payment_type_list_item = payment_type_list_item_data.value
            payment_type_list.append(payment_type_list_item)

        beneficiary_first_name: None | str | Unset
        if isinstance(self.beneficiary_first_name, Unset):
            beneficiary_first_name = UNSET
        else:
            beneficiary_first_name = self.beneficiary_first_name

        beneficiary_last_name: None | str | Unset
        if isinstance(self.beneficiary_last_name, Unset):
            beneficiary_last_name = UNSET
        else:
            beneficiary_last_name = self.beneficiary_last_name

        beneficiary_birth_date: None | str | Unset
        if isinstance(self.beneficiary_birth_date, Unset):
            beneficiary_birth_date = UNSET
        elif isinstance(self.beneficiary_birth_date, datetime.date):
            beneficiary_birth_date = self.beneficiary_birth_date.isoformat()
        else:
            beneficiary_birth_date = self.beneficiary_birth_date

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        beneficiary_state: None | str | Unset
        if isinstance(self.beneficiary_state, Unset):
            beneficiary_state = UNSET
        else:
            beneficiary_state = self.beneficiary_state

        beneficiary_address_line = self.beneficiary_address_line

        account_number = self.account_number

        iban = self.iban

        bic = self.bic

        routing_code_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routing_code_list, Unset):
            routing_code_list = []
            for routing_code_list_item_data in self.routing_code_list:
                routing_code_list_item = routing_code_list_item_data.to_dict()
                routing_code_list.append(routing_code_list_item)

        bank_name = self.bank_name

        bank_address = self.bank_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "beneficiaryType": beneficiary_type,
                "beneficiaryCountry": beneficiary_country,
                "beneficiaryPostalCode": beneficiary_postal_code,
                "beneficiaryCity": beneficiary_city,
                "currency": currency,
                "bankAccountCountry": bank_account_country,
                "bankAccountHolderName": bank_account_holder_name,
                "paymentTypeList": payment_type_list,
            }
        )
        if beneficiary_first_name is not UNSET:
            field_dict["beneficiaryFirstName"] = beneficiary_first_name
        if beneficiary_last_name is not UNSET:
            field_dict["beneficiaryLastName"] = beneficiary_last_name
        if beneficiary_birth_date is not UNSET:
            field_dict["beneficiaryBirthDate"] = beneficiary_birth_date
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if beneficiary_state is not UNSET:
            field_dict["beneficiaryState"] = beneficiary_state
        if beneficiary_address_line is not UNSET:
            field_dict["beneficiaryAddressLine"] = beneficiary_address_line
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if routing_code_list is not UNSET:
            field_dict["routingCodeList"] = routing_code_list
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bank_address is not UNSET:
            field_dict["bankAddress"] = bank_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.routing_code_input import RoutingCodeInput

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name")

        beneficiary_type = BeneficiaryType(d.pop("beneficiaryType"))

        beneficiary_country = d.pop("beneficiaryCountry")

        beneficiary_postal_code = d.pop("beneficiaryPostalCode")

        beneficiary_city = d.pop("beneficiaryCity")

        currency = d.pop("currency")

        bank_account_country = d.pop("bankAccountCountry")

        bank_account_holder_name = d.pop("bankAccountHolderName")

        payment_type_list = []
        _payment_type_list = d.pop("paymentTypeList")
        for payment_type_list_item_data in _payment_type_list:
            payment_type_list_item = PaymentType(payment_type_list_item_data)

            payment_type_list.append(payment_type_list_item)

        def _parse_beneficiary_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_first_name = _parse_beneficiary_first_name(
            d.pop("beneficiaryFirstName", UNSET)
        )

        def _parse_beneficiary_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_last_name = _parse_beneficiary_last_name(
            d.pop("beneficiaryLastName", UNSET)
        )

        def _parse_beneficiary_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                beneficiary_birth_date_type_0 = datetime.date.fromisoformat(data)

                return beneficiary_birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        beneficiary_birth_date = _parse_beneficiary_birth_date(
            d.pop("beneficiaryBirthDate", UNSET)
        )

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        def _parse_beneficiary_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_state = _parse_beneficiary_state(d.pop("beneficiaryState", UNSET))

        beneficiary_address_line = d.pop("beneficiaryAddressLine", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        _routing_code_list = d.pop("routingCodeList", UNSET)
        routing_code_list: list[RoutingCodeInput] | Unset = UNSET
        if _routing_code_list is not UNSET:
            routing_code_list = []
            for routing_code_list_item_data in _routing_code_list:
                routing_code_list_item = RoutingCodeInput.from_dict(
                    routing_code_list_item_data
                )

                routing_code_list.append(routing_code_list_item)

        bank_name = d.pop("bankName", UNSET)

        bank_address = d.pop("bankAddress", UNSET)

        validate_beneficiary_request = cls(
            name=name,
            beneficiary_type=beneficiary_type,
            beneficiary_country=beneficiary_country,
            beneficiary_postal_code=beneficiary_postal_code,
            beneficiary_city=beneficiary_city,
            currency=currency,
            bank_account_country=bank_account_country,
            bank_account_holder_name=bank_account_holder_name,
            payment_type_list=payment_type_list,
            beneficiary_first_name=beneficiary_first_name,
            beneficiary_last_name=beneficiary_last_name,
            beneficiary_birth_date=beneficiary_birth_date,
            company_name=company_name,
            beneficiary_state=beneficiary_state,
            beneficiary_address_line=beneficiary_address_line,
            account_number=account_number,
            iban=iban,
            bic=bic,
            routing_code_list=routing_code_list,
            bank_name=bank_name,
            bank_address=bank_address,
        )

        validate_beneficiary_request.additional_properties = d
        return validate_beneficiary_request

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
