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
    from ..models.routing_code import RoutingCode


T = TypeVar("T", bound="Beneficiary")


@_attrs_define
class Beneficiary:
    """A beneficiary bank account, as returned by create, get (by id or external id) and update.

    Attributes:
        id (str): Beneficiary id.
        external_id (None | str): Client-generated unique reference, null when none was given.
        name (str): Client-chosen beneficiary name or alias.
        beneficiary_type (BeneficiaryType):
        beneficiary_first_name (None | str): First name (retail beneficiaries only).
        beneficiary_last_name (None | str): Last name (retail beneficiaries only).
        company_name (None | str): Company name (corporate beneficiaries only).
        beneficiary_country (str): ISO 3166-1 alpha-2 country code.
        beneficiary_state (None | str): State or province of the beneficiary's address.
        beneficiary_postal_code (str): Postal code of the beneficiary's address.
        beneficiary_city (str): City of the beneficiary's address.
        beneficiary_address_line (str): Street address line of the beneficiary.
        account_number (None | str): Bank account number.
        iban (None | str): IBAN of the bank account.
        bic (None | str): Bank identifier code.
        currency (str): ISO 4217 three-letter currency code.
        bank_account_country (str): ISO 3166-1 alpha-2 country code.
        bank_account_holder_name (str): Name of the bank account holder.
        payment_type_list (list[PaymentType]): Payment types the beneficiary account accepts.
        routing_code_list (list[RoutingCode] | None): Routing codes of the bank account.
        bank_name (None | str): Name of the bank.
        bank_address (None | str): Address of the bank.
        beneficiary_birth_date (datetime.date | None | Unset): Birth date (retail beneficiaries only).
        on_behalf_of (None | str | Unset): Id of the linked client the beneficiary was created or updated for, when a
            main client acted for it.
    """

    id: str
    external_id: None | str
    name: str
    beneficiary_type: BeneficiaryType
    beneficiary_first_name: None | str
    beneficiary_last_name: None | str
    company_name: None | str
    beneficiary_country: str
    beneficiary_state: None | str
    beneficiary_postal_code: str
    beneficiary_city: str
    beneficiary_address_line: str
    account_number: None | str
    iban: None | str
    bic: None | str
    currency: str
    bank_account_country: str
    bank_account_holder_name: str
    payment_type_list: list[PaymentType]
    routing_code_list: list[RoutingCode] | None
    bank_name: None | str
    bank_address: None | str
    beneficiary_birth_date: datetime.date | None | Unset = UNSET
    on_behalf_of: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: None | str
        external_id = self.external_id

        name = self.name

        beneficiary_type = self.beneficiary_type.value

        beneficiary_first_name: None | str
        beneficiary_first_name = self.beneficiary_first_name

        beneficiary_last_name: None | str
        beneficiary_last_name = self.beneficiary_last_name

        company_name: None | str
        company_name = self.company_name

        beneficiary_country = self.beneficiary_country

        beneficiary_state: None | str
        beneficiary_state = self.beneficiary_state

        beneficiary_postal_code = self.beneficiary_postal_code

        beneficiary_city = self.beneficiary_city

        beneficiary_address_line = self.beneficiary_address_line

        account_number: None | str
        account_number = self.account_number

        iban: None | str
        iban = self.iban

        bic: None | str
        bic = self.bic

        currency = self.currency

        bank_account_country = self.bank_account_country

        bank_account_holder_name = self.bank_account_holder_name

        payment_type_list = []
        for payment_type_list_item_data in self.payment_type_list:
            payment_type_list_item = payment_type_list_item_data.value
            payment_type_list.append(payment_type_list_item)

        routing_code_list: list[dict[str, Any]] | None
        if isinstance(self.routing_code_list, list):
            routing_code_list = []
            for routing_code_list_type_0_item_data in self.routing_code_list:
                routing_code_list_type_0_item = (
                    routing_code_list_type_0_item_data.to_dict()
                )
                routing_code_list.append(routing_code_list_type_0_item)

        else:
            routing_code_list = self.routing_code_list

        bank_name: None | str
        bank_name = self.bank_name

        bank_address: None | str
        bank_address = self.bank_address

        beneficiary_birth_date: None | str | Unset
        if isinstance(self.beneficiary_birth_date, Unset):
            beneficiary_birth_date = UNSET
        elif isinstance(self.beneficiary_birth_date, datetime.date):
            beneficiary_birth_date = self.beneficiary_birth_date.isoformat()
        else:
            beneficiary_birth_date = self.beneficiary_birth_date

        on_behalf_of: None | str | Unset
        if isinstance(self.on_behalf_of, Unset):
            on_behalf_of = UNSET
        else:
            on_behalf_of = self.on_behalf_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "externalId": external_id,
                "name": name,
                "beneficiaryType": beneficiary_type,
                "beneficiaryFirstName": beneficiary_first_name,
                "beneficiaryLastName": beneficiary_last_name,
                "companyName": company_name,
                "beneficiaryCountry": beneficiary_country,
                "beneficiaryState": beneficiary_state,
                "beneficiaryPostalCode": beneficiary_postal_code,
                "beneficiaryCity": beneficiary_city,
                "beneficiaryAddressLine": beneficiary_address_line,
                "accountNumber": account_number,
                "iban": iban,
                "bic": bic,
                "currency": currency,
                "bankAccountCountry": bank_account_country,
                "bankAccountHolderName": bank_account_holder_name,
                "paymentTypeList": payment_type_list,
                "routingCodeList": routing_code_list,
                "bankName": bank_name,
                "bankAddress": bank_address,
            }
        )
        if beneficiary_birth_date is not UNSET:
            field_dict["beneficiaryBirthDate"] = beneficiary_birth_date
        if on_behalf_of is not UNSET:
            field_dict["onBehalfOf"] = on_behalf_of

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.routing_code import RoutingCode

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        name = d.pop("name")

        beneficiary_type = BeneficiaryType(d.pop("beneficiaryType"))

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

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("companyName"))

        beneficiary_country = d.pop("beneficiaryCountry")

        def _parse_beneficiary_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_state = _parse_beneficiary_state(d.pop("beneficiaryState"))

        beneficiary_postal_code = d.pop("beneficiaryPostalCode")

        beneficiary_city = d.pop("beneficiaryCity")

        beneficiary_address_line = d.pop("beneficiaryAddressLine")

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

        currency = d.pop("currency")

        bank_account_country = d.pop("bankAccountCountry")

        bank_account_holder_name = d.pop("bankAccountHolderName")

        payment_type_list = []
        _payment_type_list = d.pop("paymentTypeList")
        for payment_type_list_item_data in _payment_type_list:
            payment_type_list_item = PaymentType(payment_type_list_item_data)

            payment_type_list.append(payment_type_list_item)

        def _parse_routing_code_list(data: object) -> list[RoutingCode] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                routing_code_list_type_0 = []
                _routing_code_list_type_0 = data
                for routing_code_list_type_0_item_data in _routing_code_list_type_0:
                    routing_code_list_type_0_item = RoutingCode.from_dict(
                        routing_code_list_type_0_item_data
                    )

                    routing_code_list_type_0.append(routing_code_list_type_0_item)

                return routing_code_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoutingCode] | None, data)

        routing_code_list = _parse_routing_code_list(d.pop("routingCodeList"))

        def _parse_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_name = _parse_bank_name(d.pop("bankName"))

        def _parse_bank_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_address = _parse_bank_address(d.pop("bankAddress"))

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

        def _parse_on_behalf_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_behalf_of = _parse_on_behalf_of(d.pop("onBehalfOf", UNSET))

        beneficiary = cls(
            id=id,
            external_id=external_id,
            name=name,
            beneficiary_type=beneficiary_type,
            beneficiary_first_name=beneficiary_first_name,
            beneficiary_last_name=beneficiary_last_name,
            company_name=company_name,
            beneficiary_country=beneficiary_country,
            beneficiary_state=beneficiary_state,
            beneficiary_postal_code=beneficiary_postal_code,
            beneficiary_city=beneficiary_city,
            beneficiary_address_line=beneficiary_address_line,
            account_number=account_number,
            iban=iban,
            bic=bic,
            currency=currency,
            bank_account_country=bank_account_country,
            bank_account_holder_name=bank_account_holder_name,
            payment_type_list=payment_type_list,
            routing_code_list=routing_code_list,
            bank_name=bank_name,
            bank_address=bank_address,
            beneficiary_birth_date=beneficiary_birth_date,
            on_behalf_of=on_behalf_of,
        )

        beneficiary.additional_properties = d
        return beneficiary

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
