from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserAccountRequest")


@_attrs_define
class CreateUserAccountRequest:
    """A new end user (types inferred from the documented example; no field table was stored).

    Attributes:
        external_user_id (str): The partner's own id for the user; must be unique, a repeated id is refused. The current
            example's value is not a well-formed UUID (its last group has 11 characters) and is kept as documented.
        has_accepted_p100_tc (bool): Acceptance of P100's terms and conditions; must be true for every new user.
        citizenship (str): Citizenship, two letters in the example; mandatory per the FAQ (type inferred from the
            documented example).
        email (str | Unset): Email address (type inferred from the documented example).
        phone (str | Unset): Phone number, digits only in the example (type inferred from the documented example).
        first_name (str | Unset): First name (type inferred from the documented example).
        last_name (str | Unset): Last name (type inferred from the documented example).
        street (str | Unset): Street of the residence address (type inferred from the documented example).
        number (str | Unset): House and flat number, e.g. 123/5 (type inferred from the documented example).
        city (str | Unset): City (type inferred from the documented example).
        post_code (str | Unset): Postal code (type inferred from the documented example).
        country (str | Unset): Country of residence, two letters in the example (type inferred from the documented
            example).
        nationality (str | Unset): Nationality, two letters in the example (type inferred from the documented example).
        birth_country (str | Unset): Country of birth, two letters in the example (type inferred from the documented
            example).
        birth_date (datetime.date | Unset): Date of birth (type inferred from the documented example, YYYY-MM-DD).
        user_identification_number (str | Unset): National identification number (type inferred from the documented
            example).
        address (str | Unset): Residence address in one line (older page version only).
        document_type (str | Unset): Identity document kind, e.g. ID_CARD (older page version only).
        document_number (str | Unset): Identity document number (older page version only).
    """

    external_user_id: str
    has_accepted_p100_tc: bool
    citizenship: str
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    street: str | Unset = UNSET
    number: str | Unset = UNSET
    city: str | Unset = UNSET
    post_code: str | Unset = UNSET
    country: str | Unset = UNSET
    nationality: str | Unset = UNSET
    birth_country: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    user_identification_number: str | Unset = UNSET
    address: str | Unset = UNSET
    document_type: str | Unset = UNSET
    document_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_user_id = self.external_user_id

        has_accepted_p100_tc = self.has_accepted_p100_tc

        citizenship = self.citizenship

        email = self.email

        phone = self.phone

        first_name = self.first_name

        last_name = self.last_name

        street = self.street

        number = self.number

        city = self.city

        post_code = self.post_code

        country = self.country

        nationality = self.nationality

        birth_country = self.birth_country

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        user_identification_number = self.user_identification_number

        address = self.address

        document_type = self.document_type

        document_number = self.document_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalUserId": external_user_id,
                "hasAcceptedP100Tc": has_accepted_p100_tc,
                "citizenship": citizenship,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number
        if city is not UNSET:
            field_dict["city"] = city
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if country is not UNSET:
            field_dict["country"] = country
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if birth_country is not UNSET:
            field_dict["birthCountry"] = birth_country
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if user_identification_number is not UNSET:
            field_dict["userIdentificationNumber"] = user_identification_number
        if address is not UNSET:
            field_dict["address"] = address
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        external_user_id = d.pop("externalUserId")

        has_accepted_p100_tc = d.pop("hasAcceptedP100Tc")

        citizenship = d.pop("citizenship")

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        street = d.pop("street", UNSET)

        number = d.pop("number", UNSET)

        city = d.pop("city", UNSET)

        post_code = d.pop("postCode", UNSET)

        country = d.pop("country", UNSET)

        nationality = d.pop("nationality", UNSET)

        birth_country = d.pop("birthCountry", UNSET)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        user_identification_number = d.pop("userIdentificationNumber", UNSET)

        address = d.pop("address", UNSET)

        document_type = d.pop("documentType", UNSET)

        document_number = d.pop("documentNumber", UNSET)

        create_user_account_request = cls(
            external_user_id=external_user_id,
            has_accepted_p100_tc=has_accepted_p100_tc,
            citizenship=citizenship,
            email=email,
            phone=phone,
            first_name=first_name,
            last_name=last_name,
            street=street,
            number=number,
            city=city,
            post_code=post_code,
            country=country,
            nationality=nationality,
            birth_country=birth_country,
            birth_date=birth_date,
            user_identification_number=user_identification_number,
            address=address,
            document_type=document_type,
            document_number=document_number,
        )

        create_user_account_request.additional_properties = d
        return create_user_account_request

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
