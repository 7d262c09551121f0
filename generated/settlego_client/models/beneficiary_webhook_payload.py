from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beneficiary_type import BeneficiaryType
from ..models.payment_type import PaymentType

if TYPE_CHECKING:
    from ..models.routing_code import RoutingCode


T = TypeVar("T", bound="BeneficiaryWebhookPayload")


@_attrs_define
class BeneficiaryWebhookPayload:
    """Payload of the beneficiary created and beneficiary updated events: the beneficiary as stored. Fields that apply to
    one beneficiary type or bank country only are null otherwise.

        Attributes:
            id (str): Beneficiary id.
            bic (None | str): Bank identifier code, where used.
            iban (None | str): IBAN, where used.
            name (str): Client-chosen beneficiary name or alias.
            bank_name (None | str): Name of the bank.
            client_id (str): Id of the client owning the beneficiary.
            currency (str): ISO 4217 three-letter currency code.
            external_id (None | str): Client-supplied external reference.
            bank_address (None | str): Address of the bank.
            company_name (None | str): Company name; corporate beneficiaries.
            account_number (None | str): Bank account number, where used.
            beneficiary_city (None | str): City of the beneficiary.
            beneficiary_type (BeneficiaryType):
            payment_type_list (list[PaymentType]): Payment types the beneficiary can receive.
            routing_code_list (list[RoutingCode] | None): Routing codes of the bank account.
            beneficiary_state (None | str): State or province of the beneficiary.
            creation_date_time (None | str): Date and time the beneficiary was created ("yyyy-MM-dd HH:mm:ss", no timezone).
            bank_account_country (str): ISO 3166-1 alpha-2 country code.
            beneficiary_country (str): ISO 3166-1 alpha-2 country code.
            beneficiary_last_name (None | str): Last name; retail beneficiaries.
            beneficiary_birth_date (None | str): Birth date; retail beneficiaries.
            beneficiary_first_name (None | str): First name; retail beneficiaries.
            bank_account_holder_name (str): Name of the bank account holder.
            beneficiary_postal_code (None | str): Postal code of the beneficiary.
            beneficiary_address_line (None | str): Address line of the beneficiary.
    """

    id: str
    bic: None | str
    iban: None | str
    name: str
    bank_name: None | str
    client_id: str
    currency: str
    external_id: None | str
    bank_address: None | str
    company_name: None | str
    account_number: None | str
    beneficiary_city: None | str
    beneficiary_type: BeneficiaryType
    payment_type_list: list[PaymentType]
    routing_code_list: list[RoutingCode] | None
    beneficiary_state: None | str
    creation_date_time: None | str
    bank_account_country: str
    beneficiary_country: str
    beneficiary_last_name: None | str
    beneficiary_birth_date: None | str
    beneficiary_first_name: None | str
    bank_account_holder_name: str
    beneficiary_postal_code: None | str
    beneficiary_address_line: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bic: None | str
        bic = self.bic

        iban: None | str
        iban = self.iban

        name = self.name

        bank_name: None | str
        bank_name = self.bank_name

        client_id = self.client_id

        currency = self.currency

        external_id: None | str
        external_id = self.external_id

        bank_address: None | str
        bank_address = self.bank_address

        company_name: None | str
        company_name = self.company_name

        account_number: None | str
        account_number = self.account_number

        beneficiary_city: None | str
        beneficiary_city = self.beneficiary_city

        beneficiary_type = self.beneficiary_type.value

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

        beneficiary_state: None | str
        beneficiary_state = self.beneficiary_state

        creation_date_time: None | str
        creation_date_time = self.creation_date_time

        bank_account_country = self.bank_account_country

        beneficiary_country = self.beneficiary_country

        beneficiary_last_name: None | str
        beneficiary_last_name = self.beneficiary_last_name

        beneficiary_birth_date: None | str
        beneficiary_birth_date = self.beneficiary_birth_date

        beneficiary_first_name: None | str
        beneficiary_first_name = self.beneficiary_first_name

        bank_account_holder_name = self.bank_account_holder_name

        beneficiary_postal_code: None | str
        beneficiary_postal_code = self.beneficiary_postal_code

        beneficiary_address_line: None | str
        beneficiary_address_line = self.beneficiary_address_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bic": bic,
                "iban": iban,
                "name": name,
                "bankName": bank_name,
                "clientId": client_id,
                "currency": currency,
                "externalId": external_id,
                "bankAddress": bank_address,
                "companyName": company_name,
                "accountNumber": account_number,
                "beneficiaryCity": beneficiary_city,
                "beneficiaryType": beneficiary_type,
                "paymentTypeList": payment_type_list,
                "routingCodeList": routing_code_list,
                "beneficiaryState": beneficiary_state,
                "creationDateTime": creation_date_time,
                "bankAccountCountry": bank_account_country,
                "beneficiaryCountry": beneficiary_country,
                "beneficiaryLastName": beneficiary_last_name,
                "beneficiaryBirthDate": beneficiary_birth_date,
                "beneficiaryFirstName": beneficiary_first_name,
                "bankAccountHolderName": bank_account_holder_name,
                "beneficiaryPostalCode": beneficiary_postal_code,
                "beneficiaryAddressLine": beneficiary_address_line,
            }
        )

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

        def _parse_bic(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bic = _parse_bic(d.pop("bic"))

        def _parse_iban(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        iban = _parse_iban(d.pop("iban"))

        name = d.pop("name")

        def _parse_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_name = _parse_bank_name(d.pop("bankName"))

        client_id = d.pop("clientId")

        currency = d.pop("currency")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        def _parse_bank_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_address = _parse_bank_address(d.pop("bankAddress"))

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("companyName"))

        def _parse_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_number = _parse_account_number(d.pop("accountNumber"))

        def _parse_beneficiary_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_city = _parse_beneficiary_city(d.pop("beneficiaryCity"))

        beneficiary_type = BeneficiaryType(d.pop("beneficiaryType"))

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

        def _parse_beneficiary_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_state = _parse_beneficiary_state(d.pop("beneficiaryState"))

        def _parse_creation_date_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creation_date_time = _parse_creation_date_time(d.pop("creationDateTime"))

        bank_account_country = d.pop("bankAccountCountry")

        beneficiary_country = d.pop("beneficiaryCountry")

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

        def _parse_beneficiary_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_first_name = _parse_beneficiary_first_name(
            d.pop("beneficiaryFirstName")
        )

        bank_account_holder_name = d.pop("bankAccountHolderName")

        def _parse_beneficiary_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_postal_code = _parse_beneficiary_postal_code(
            d.pop("beneficiaryPostalCode")
        )

        def _parse_beneficiary_address_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beneficiary_address_line = _parse_beneficiary_address_line(
            d.pop("beneficiaryAddressLine")
        )

        beneficiary_webhook_payload = cls(
            id=id,
            bic=bic,
            iban=iban,
            name=name,
            bank_name=bank_name,
            client_id=client_id,
            currency=currency,
            external_id=external_id,
            bank_address=bank_address,
            company_name=company_name,
            account_number=account_number,
            beneficiary_city=beneficiary_city,
            beneficiary_type=beneficiary_type,
            payment_type_list=payment_type_list,
            routing_code_list=routing_code_list,
            beneficiary_state=beneficiary_state,
            creation_date_time=creation_date_time,
            bank_account_country=bank_account_country,
            beneficiary_country=beneficiary_country,
            beneficiary_last_name=beneficiary_last_name,
            beneficiary_birth_date=beneficiary_birth_date,
            beneficiary_first_name=beneficiary_first_name,
            bank_account_holder_name=bank_account_holder_name,
            beneficiary_postal_code=beneficiary_postal_code,
            beneficiary_address_line=beneficiary_address_line,
        )

        beneficiary_webhook_payload.additional_properties = d
        return beneficiary_webhook_payload

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
