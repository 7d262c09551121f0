from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_client_identification_type import LinkedClientIdentificationType
from ..models.linked_client_industry_sector_type import LinkedClientIndustrySectorType
from ..models.linked_client_legal_entity_type import LinkedClientLegalEntityType
from ..models.linked_client_legal_form import LinkedClientLegalForm
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLinkedClientRequest")


@_attrs_define
class CreateLinkedClientRequest:
    """A new linked client of the authenticated main client: a company (corporate) or a person (retail).

    Attributes:
        email (str): Email of the contact person.
        primary_phone_country (str): ISO 3166-1 alpha-2 country code.
        primary_phone_number (str): Primary phone number.
        legal_entity_type (LinkedClientLegalEntityType | Unset): Whether a linked client is a company or a person.
        legal_name (str | Unset): Legal company name; required for corporate clients.
        registration_number (str | Unset): Company registration number.
        incorporation_date (datetime.date | Unset): Incorporation date; required for corporate clients.
        legal_form (LinkedClientLegalForm | Unset): Legal form of a corporate linked client.
        industry_sector_type (LinkedClientIndustrySectorType | Unset): Industry sector of a corporate linked client;
            `other` needs industrySectorValue.
        industry_sector_value (None | str | Unset): Free-text sector, filled in when industrySectorType is `other`.
        contact_name (str | Unset): Name of the contact person; required for corporate clients.
        registered_address_country (str | Unset): ISO 3166-1 alpha-2 country code.
        registered_address_state (None | str | Unset): Registered address state.
        registered_address_postal_code (float | str | Unset): Registered address postal code; required for corporate
            clients.
        registered_address_city (str | Unset): Registered address city; required for corporate clients.
        registered_address_line (str | Unset): Registered address line; required for corporate clients.
        residential_address_country (str | Unset): ISO 3166-1 alpha-2 country code.
        residential_address_state (None | str | Unset): Residential address state.
        residential_address_postal_code (float | str | Unset): Residential address postal code; required for retail
            clients.
        residential_address_city (str | Unset): Residential address city; required for retail clients.
        residential_address_line (str | Unset): Residential address line; required for retail clients.
        first_name (str | Unset): First name; required for retail clients.
        middle_name (str | Unset): Middle name of a retail client.
        last_name (str | Unset): Last name; required for retail clients.
        date_of_birth (datetime.date | Unset): Date of birth; required for retail clients.
        nationality (str | Unset): ISO 3166-1 alpha-2 country code.
        identification_type (LinkedClientIdentificationType | Unset): Kind of identity document of a retail linked
            client.
        identification_value (None | str | Unset): Identity document number.
        nickname (str | Unset): Optional label to tell apart clients with similar details.
    """

    email: str
    primary_phone_country: str
    primary_phone_number: str
    legal_entity_type: LinkedClientLegalEntityType | Unset = UNSET
    legal_name: str | Unset = UNSET
    registration_number: str | Unset = UNSET
    incorporation_date: datetime.date | Unset = UNSET
    legal_form: LinkedClientLegalForm | Unset = UNSET
    industry_sector_type: LinkedClientIndustrySectorType | Unset = UNSET
    industry_sector_value: None | str | Unset = UNSET
    contact_name: str | Unset = UNSET
    registered_address_country: str | Unset = UNSET
    registered_address_state: None | str | Unset = UNSET
    registered_address_postal_code: float | str | Unset = UNSET
    registered_address_city: str | Unset = UNSET
    registered_address_line: str | Unset = UNSET
    residential_address_country: str | Unset = UNSET
    residential_address_state: None | str | Unset = UNSET
    residential_address_postal_code: float | str | Unset = UNSET
    residential_address_city: str | Unset = UNSET
    residential_address_line: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    nationality: str | Unset = UNSET
    identification_type: LinkedClientIdentificationType | Unset = UNSET
    identification_value: None | str | Unset = UNSET
    nickname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        primary_phone_country = self.primary_phone_country

        primary_phone_number = self.primary_phone_number

        legal_entity_type: str | Unset = UNSET
        if not isinstance(self.legal_entity_type, Unset):
            legal_entity_type = self.legal_entity_type.value

        legal_name = self.legal_name

        registration_number = self.registration_number

        incorporation_date: str | Unset = UNSET
        if not isinstance(self.incorporation_date, Unset):
            incorporation_date = self.incorporation_date.isoformat()

        legal_form: str | Unset = UNSET
        if not isinstance(self.legal_form, Unset):
            legal_form = self.legal_form.value

        industry_sector_type: str | Unset = UNSET
        if not isinstance(self.industry_sector_type, Unset):
            industry_sector_type = self.industry_sector_type.value

        industry_sector_value: None | str | Unset
        if isinstance(self.industry_sector_value, Unset):
            industry_sector_value = UNSET
        else:
            industry_sector_value = self.industry_sector_value

        contact_name = self.contact_name

        registered_address_country = self.registered_address_country

        registered_address_state: None | str | Unset
        if isinstance(self.registered_address_state, Unset):
            registered_address_state = UNSET
        else:
            registered_address_state = self.registered_address_state

        registered_address_postal_code: float | str | Unset
        if isinstance(self.registered_address_postal_code, Unset):
            registered_address_postal_code = UNSET
        else:
            registered_address_postal_code = self.registered_address_postal_code

        registered_address_city = self.registered_address_city

        registered_address_line = self.registered_address_line

        residential_address_country = self.residential_address_country

        residential_address_state: None | str | Unset
        if isinstance(self.residential_address_state, Unset):
            residential_address_state = UNSET
        else:
            residential_address_state = self.residential_address_state

        residential_address_postal_code: float | str | Unset
        if isinstance(self.residential_address_postal_code, Unset):
            residential_address_postal_code = UNSET
        else:
            residential_address_postal_code = self.residential_address_postal_code

        residential_address_city = self.residential_address_city

        residential_address_line = self.residential_address_line

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        nationality = self.nationality

        identification_type: str | Unset = UNSET
        if not isinstance(self.identification_type, Unset):
            identification_type = self.identification_type.value

        identification_value: None | str | Unset
        if isinstance(self.identification_value, Unset):
            identification_value = UNSET
        else:
            identification_value = self.identification_value

        nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "primaryPhoneCountry": primary_phone_country,
                "primaryPhoneNumber": primary_phone_number,
            }
        )
        if legal_entity_type is not UNSET:
            field_dict["legalEntityType"] = legal_entity_type
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if incorporation_date is not UNSET:
            field_dict["incorporationDate"] = incorporation_date
        if legal_form is not UNSET:
            field_dict["legalForm"] = legal_form
        if industry_sector_type is not UNSET:
            field_dict["industrySectorType"] = industry_sector_type
        if industry_sector_value is not UNSET:
            field_dict["industrySectorValue"] = industry_sector_value
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if registered_address_country is not UNSET:
            field_dict["registeredAddressCountry"] = registered_address_country
        if registered_address_state is not UNSET:
            field_dict["registeredAddressState"] = registered_address_state
        if registered_address_postal_code is not UNSET:
            field_dict["registeredAddressPostalCode"] = registered_address_postal_code
        if registered_address_city is not UNSET:
            field_dict["registeredAddressCity"] = registered_address_city
        if registered_address_line is not UNSET:
            field_dict["registeredAddressLine"] = registered_address_line
        if residential_address_country is not UNSET:
            field_dict["residentialAddressCountry"] = residential_address_country
        if residential_address_state is not UNSET:
            field_dict["residentialAddressState"] = residential_address_state
        if residential_address_postal_code is not UNSET:
            field_dict["residentialAddressPostalCode"] = residential_address_postal_code
        if residential_address_city is not UNSET:
            field_dict["residentialAddressCity"] = residential_address_city
        if residential_address_line is not UNSET:
            field_dict["residentialAddressLine"] = residential_address_line
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if identification_type is not UNSET:
            field_dict["identificationType"] = identification_type
        if identification_value is not UNSET:
            field_dict["identificationValue"] = identification_value
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        email = d.pop("email")

        primary_phone_country = d.pop("primaryPhoneCountry")

        primary_phone_number = d.pop("primaryPhoneNumber")

        _legal_entity_type = d.pop("legalEntityType", UNSET)
        legal_entity_type: LinkedClientLegalEntityType | Unset
        if isinstance(_legal_entity_type, Unset):
            legal_entity_type = UNSET
        else:
            legal_entity_type = LinkedClientLegalEntityType(_legal_entity_type)

        legal_name = d.pop("legalName", UNSET)

        registration_number = d.pop("registrationNumber", UNSET)

        _incorporation_date = d.pop("incorporationDate", UNSET)
        incorporation_date: datetime.date | Unset
        if isinstance(_incorporation_date, Unset):
            incorporation_date = UNSET
        else:
            incorporation_date = datetime.date.fromisoformat(_incorporation_date)

        _legal_form = d.pop("legalForm", UNSET)
        legal_form: LinkedClientLegalForm | Unset
        if isinstance(_legal_form, Unset):
            legal_form = UNSET
        else:
            legal_form = LinkedClientLegalForm(_legal_form)

        _industry_sector_type = d.pop("industrySectorType", UNSET)
        industry_sector_type: LinkedClientIndustrySectorType | Unset
        if isinstance(_industry_sector_type, Unset):
            industry_sector_type = UNSET
        else:
            industry_sector_type = LinkedClientIndustrySectorType(_industry_sector_type)

        def _parse_industry_sector_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry_sector_value = _parse_industry_sector_value(
            d.pop("industrySectorValue", UNSET)
        )

        contact_name = d.pop("contactName", UNSET)

        registered_address_country = d.pop("registeredAddressCountry", UNSET)

        def _parse_registered_address_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_address_state = _parse_registered_address_state(
            d.pop("registeredAddressState", UNSET)
        )

        def _parse_registered_address_postal_code(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        registered_address_postal_code = _parse_registered_address_postal_code(
            d.pop("registeredAddressPostalCode", UNSET)
        )

        registered_address_city = d.pop("registeredAddressCity", UNSET)

        registered_address_line = d.pop("registeredAddressLine", UNSET)

        residential_address_country = d.pop("residentialAddressCountry", UNSET)

        def _parse_residential_address_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        residential_address_state = _parse_residential_address_state(
            d.pop("residentialAddressState", UNSET)
        )

        def _parse_residential_address_postal_code(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        residential_address_postal_code = _parse_residential_address_postal_code(
            d.pop("residentialAddressPostalCode", UNSET)
        )

        residential_address_city = d.pop("residentialAddressCity", UNSET)

        residential_address_line = d.pop("residentialAddressLine", UNSET)

        first_name = d.pop("firstName", UNSET)

        middle_name = d.pop("middleName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        nationality = d.pop("nationality", UNSET)

        _identification_type = d.pop("identificationType", UNSET)
        identification_type: LinkedClientIdentificationType | Unset
        if isinstance(_identification_type, Unset):
            identification_type = UNSET
        else:
            identification_type = LinkedClientIdentificationType(_identification_type)

        def _parse_identification_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identification_value = _parse_identification_value(
            d.pop("identificationValue", UNSET)
        )

        nickname = d.pop("nickname", UNSET)

        create_linked_client_request = cls(
            email=email,
            primary_phone_country=primary_phone_country,
            primary_phone_number=primary_phone_number,
            legal_entity_type=legal_entity_type,
            legal_name=legal_name,
            registration_number=registration_number,
            incorporation_date=incorporation_date,
            legal_form=legal_form,
            industry_sector_type=industry_sector_type,
            industry_sector_value=industry_sector_value,
            contact_name=contact_name,
            registered_address_country=registered_address_country,
            registered_address_state=registered_address_state,
            registered_address_postal_code=registered_address_postal_code,
            registered_address_city=registered_address_city,
            registered_address_line=registered_address_line,
            residential_address_country=residential_address_country,
            residential_address_state=residential_address_state,
            residential_address_postal_code=residential_address_postal_code,
            residential_address_city=residential_address_city,
            residential_address_line=residential_address_line,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            nationality=nationality,
            identification_type=identification_type,
            identification_value=identification_value,
            nickname=nickname,
        )

        create_linked_client_request.additional_properties = d
        return create_linked_client_request

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
