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


T = TypeVar("T", bound="UpdateBeneficiaryRequest")


@_attrs_define
class UpdateBeneficiaryRequest:
    """Replacement beneficiary details. Every field is optional, but any field left out of the request is set to null on
    the beneficiary, so send the complete record.

        Attributes:
            bank_address (str | Unset): Address of the bank.
            company_name (None | str | Unset): Company name (corporate beneficiaries).
            payment_type_list (list[PaymentType] | Unset): Payment types the beneficiary account accepts (one or two of the
                documented values).
            bank_account_holder_name (str | Unset): Name of the bank account holder.
            iban (str | Unset): IBAN of the bank account.
            currency (str | Unset): ISO 4217 three-letter currency code.
            beneficiary_last_name (None | str | Unset): Last name (retail beneficiaries).
            beneficiary_first_name (None | str | Unset): First name (retail beneficiaries).
            name (str | Unset): Client-chosen beneficiary name or alias.
            bank_account_country (str | Unset): ISO 3166-1 alpha-2 country code.
            routing_code_list (list[RoutingCodeInput] | Unset): Routing codes as key-value pairs.
            beneficiary_type (BeneficiaryType | Unset):
            bic (str | Unset): Bank identifier code.
            account_number (str | Unset): Bank account number.
            bank_name (str | Unset): Name of the bank.
            external_id (str | Unset): Client-generated unique reference for the beneficiary.
            on_behalf_of (str | Unset): Id of the linked client the main client updates this beneficiary for.
            beneficiary_birth_date (datetime.date | None | Unset): Birth date of a retail beneficiary.
            beneficiary_country (str | Unset): ISO 3166-1 alpha-2 country code.
            beneficiary_state (None | str | Unset): State or province of the beneficiary's address.
            beneficiary_city (str | Unset): City of the beneficiary's address.
            beneficiary_postal_code (str | Unset): Postal code of the beneficiary's address.
            beneficiary_address_line (str | Unset): Street address line of the beneficiary.
    """

    bank_address: str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    payment_type_list: list[PaymentType] | Unset = UNSET
    bank_account_holder_name: str | Unset = UNSET
    iban: str | Unset = UNSET
    currency: str | Unset = UNSET
    beneficiary_last_name: None | str | Unset = UNSET
    beneficiary_first_name: None | str | Unset = UNSET
    name: str | Unset = UNSET
    bank_account_country: str | Unset = UNSET
    routing_code_list: list[RoutingCodeInput] | Unset = UNSET
    beneficiary_type: BeneficiaryType | Unset = UNSET
    bic: str | Unset = UNSET
    account_number: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    beneficiary_birth_date: datetime.date | None | Unset = UNSET
    beneficiary_country: str | Unset = UNSET
    beneficiary_state: None | str | Unset = UNSET
    beneficiary_city: str | Unset = UNSET
    beneficiary_postal_code: str | Unset = UNSET
    beneficiary_address_line: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_address = self.bank_address

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        payment_type_list: list[str] | Unset = UNSET
        if not isinstance(self.payment_type_list, Unset):
            payment_type_list = []
            for payment_type_list_item_data in self.payment_type_list:
                payment_type_list_item = payment_type_list_item_data.value
                payment_type_list.append(payment_type_list_item)

        bank_account_holder_name = self.bank_account_holder_name

        iban = self.iban

        currency = self.currency

        beneficiary_last_name: None | str | Unset
        if isinstance(self.beneficiary_last_name, Unset):
            beneficiary_last_name = UNSET
        else:
            beneficiary_last_name = self.beneficiary_last_name

        beneficiary_first_name: None | str | Unset
        if isinstance(self.beneficiary_first_name, Unset):
            beneficiary_first_name = UNSET
        else:
            beneficiary_first_name = self.beneficiary_first_name

        name = self.name

        bank_account_country = self.bank_account_country

        routing_code_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routing_code_list, Unset):
            routing_code_list = []
            for routing_code_list_item_data in self.routing_code_list:
                routing_code_list_item = routing_code_list_item_data.to_dict()
                routing_code_list.append(routing_code_list_item)

        beneficiary_type: str | Unset = UNSET
        if not isinstance(self.beneficiary_type, Unset):
            beneficiary_type = self.beneficiary_type.value

        bic = self.bic

        account_number = self.account_number

        bank_name = self.bank_name

        external_id = self.external_id

        on_behalf_of = self.on_behalf_of

        beneficiary_birth_date: None | str | Unset
        if isinstance(self.beneficiary_birth_date, Unset):
            beneficiary_birth_date = UNSET
        elif isinstance(self.beneficiary_birth_date, datetime.date):
            beneficiary_birth_date = self.beneficiary_birth_date.isoformat()
        else:
            beneficiary_birth_date = self.beneficiary_birth_date

        beneficiary_country = self.beneficiary_country

        beneficiary_state: None | str | Unset
        if isinstance(self.beneficiary_state, Unset):
            beneficiary_state = UNSET
        else:
            beneficiary_state = self.beneficiary_state

        beneficiary_city = self.beneficiary_city

        beneficiary_postal_code = self.beneficiary_postal_code

        beneficiary_address_line = self.beneficiary_address_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_address is not UNSET:
            field_dict["bankAddress"] = bank_address
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if payment_type_list is not UNSET:
            field_dict["paymentTypeList"] = payment_type_list
        if bank_account_holder_name is not UNSET:
            field_dict["bankAccountHolderName"] = bank_account_holder_name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if currency is not UNSET:
            field_dict["currency"] = currency
        if beneficiary_last_name is not UNSET:
            field_dict["beneficiaryLastName"] = beneficiary_last_name
        if beneficiary_first_name is not UNSET:
            field_dict["beneficiaryFirstName"] = beneficiary_first_name
        if name is not UNSET:
            field_dict["name"] = name
        if bank_account_country is not UNSET:
            field_dict["bankAccountCountry"] = bank_account_country
        if routing_code_list is not UNSET:
            field_dict["routingCodeList"] = routing_code_list
        if beneficiary_type is not UNSET:
            field_dict["beneficiaryType"] = beneficiary_type
        if bic is not UNSET:
            field_dict["bic"] = bic
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if on_behalf_of is not UNSET:
            field_dict["onBehalfOf"] = on_behalf_of
        if beneficiary_birth_date is not UNSET:
            field_dict["beneficiaryBirthDate"] = beneficiary_birth_date
        if beneficiary_country is not UNSET:
            field_dict["beneficiaryCountry"] = beneficiary_country
        if beneficiary_state is not UNSET:
            field_dict["beneficiaryState"] = beneficiary_state
        if beneficiary_city is not UNSET:
            field_dict["beneficiaryCity"] = beneficiary_city
        if beneficiary_postal_code is not UNSET:
            field_dict["beneficiaryPostalCode"] = beneficiary_postal_code
        if beneficiary_address_line is not UNSET:
            field_dict["beneficiaryAddressLine"] = beneficiary_address_line

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.routing_code_input import RoutingCodeInput

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        bank_address = d.pop("bankAddress", UNSET)

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        _payment_type_list = d.pop("paymentTypeList", UNSET)
        payment_type_list: list[PaymentType] | Unset = UNSET
        if _payment_type_list is not UNSET:
            payment_type_list = []
            for payment_type_list_item_data in _payment_type_list:
                payment_type_list_item = PaymentType(payment_type_list_item_data)

                payment_type_list.append(payment_type_list_item)

        bank_account_holder_name = d.pop("bankAccountHolderName", UNSET)

        iban = d.pop("iban", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_beneficiary_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_last_name = _parse_beneficiary_last_name(
            d.pop("beneficiaryLastName", UNSET)
        )

        def _parse_beneficiary_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_first_name = _parse_beneficiary_first_name(
            d.pop("beneficiaryFirstName", UNSET)
        )

        name = d.pop("name", UNSET)

        bank_account_country = d.pop("bankAccountCountry", UNSET)

        _routing_code_list = d.pop("routingCodeList", UNSET)
        routing_code_list: list[RoutingCodeInput] | Unset = UNSET
        if _routing_code_list is not UNSET:
            routing_code_list = []
            for routing_code_list_item_data in _routing_code_list:
                routing_code_list_item = RoutingCodeInput.from_dict(
                    routing_code_list_item_data
                )

                routing_code_list.append(routing_code_list_item)

        _beneficiary_type = d.pop("beneficiaryType", UNSET)
        beneficiary_type: BeneficiaryType | Unset
        if isinstance(_beneficiary_type, Unset):
            beneficiary_type = UNSET
        else:
            beneficiary_type = BeneficiaryType(_beneficiary_type)

        bic = d.pop("bic", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        bank_name = d.pop("bankName", UNSET)

        external_id = d.pop("externalId", UNSET)

        on_behalf_of = d.pop("onBehalfOf", UNSET)

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

        beneficiary_country = d.pop("beneficiaryCountry", UNSET)

        def _parse_beneficiary_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_state = _parse_beneficiary_state(d.pop("beneficiaryState", UNSET))

        beneficiary_city = d.pop("beneficiaryCity", UNSET)

        beneficiary_postal_code = d.pop("beneficiaryPostalCode", UNSET)

        beneficiary_address_line = d.pop("beneficiaryAddressLine", UNSET)

        update_beneficiary_request = cls(
            bank_address=bank_address,
            company_name=company_name,
            payment_type_list=payment_type_list,
            bank_account_holder_name=bank_account_holder_name,
            iban=iban,
            currency=currency,
            beneficiary_last_name=beneficiary_last_name,
            beneficiary_first_name=beneficiary_first_name,
            name=name,
            bank_account_country=bank_account_country,
            routing_code_list=routing_code_list,
            beneficiary_type=beneficiary_type,
            bic=bic,
            account_number=account_number,
            bank_name=bank_name,
            external_id=external_id,
            on_behalf_of=on_behalf_of,
            beneficiary_birth_date=beneficiary_birth_date,
            beneficiary_country=beneficiary_country,
            beneficiary_state=beneficiary_state,
            beneficiary_city=beneficiary_city,
            beneficiary_postal_code=beneficiary_postal_code,
            beneficiary_address_line=beneficiary_address_line,
        )

        update_beneficiary_request.additional_properties = d
        return update_beneficiary_request

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
