from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClientWebhookPayload")


@_attrs_define
class ClientWebhookPayload:
    """Payload of the client created (CLICRE) and client status update (CLISUP) events. Fields that apply to one legal
    entity type only (corporate or retail) are null for the other.

        Attributes:
            id (str): Client id.
            legal_name (None | str): Legal company name; corporate clients.
            email (str): Contact email of the client.
            status (str): Client status; the client pages list active, inactive and pending.
            legal_entity_type (str): corporate or retail.
            contact_name (None | str): Contact person; corporate clients.
            registration_number (None | str): Company registration number.
            primary_phone_country (str): ISO 3166-1 alpha-2 country code.
            primary_phone_number (str): Primary phone number.
            registered_address_country (None | str): Registered address; corporate clients.
            registered_address_state (None | str): Registered address; corporate clients.
            registered_address_postal_code (None | str): Registered address; corporate clients.
            registered_address_city (None | str): Registered address; corporate clients.
            registered_address_line (None | str): Registered address; corporate clients.
            residential_address_country (None | str): Residential address; retail clients.
            residential_address_state (None | str): Residential address; retail clients.
            residential_address_postal_code (None | str): Residential address; retail clients.
            residential_address_city (None | str): Residential address; retail clients.
            residential_address_line (None | str): Residential address; retail clients.
            legal_form (None | str): Legal form; corporate clients.
            industry_sector_type (None | str): Industry sector; corporate clients.
            industry_sector_value (None | str): Free-text sector when the sector type is other.
            incorporation_date (datetime.date | None): Incorporation date; corporate clients.
            first_name (None | str): First name; retail clients.
            middle_name (None | str): Middle name; retail clients.
            last_name (None | str): Last name; retail clients.
            date_of_birth (datetime.date | None): Date of birth; retail clients.
            nationality (None | str): Nationality as a country code; retail clients.
            identification_type (None | str): Kind of identity document; retail clients.
            identification_value (None | str): Identity document number.
            nickname (None | str): Optional label telling similar clients apart.
    """

    id: str
    legal_name: None | str
    email: str
    status: str
    legal_entity_type: str
    contact_name: None | str
    registration_number: None | str
    primary_phone_country: str
    primary_phone_number: str
    registered_address_country: None | str
    registered_address_state: None | str
    registered_address_postal_code: None | str
    registered_address_city: None | str
    registered_address_line: None | str
    residential_address_country: None | str
    residential_address_state: None | str
    residential_address_postal_code: None | str
    residential_address_city: None | str
    residential_address_line: None | str
    legal_form: None | str
    industry_sector_type: None | str
    industry_sector_value: None | str
    incorporation_date: datetime.date | None
    first_name: None | str
    middle_name: None | str
    last_name: None | str
    date_of_birth: datetime.date | None
    nationality: None | str
    identification_type: None | str
    identification_value: None | str
    nickname: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        legal_name: None | str
        legal_name = self.legal_name

        email = self.email

        status = self.status

        legal_entity_type = self.legal_entity_type

        contact_name: None | str
        contact_name = self.contact_name

        registration_number: None | str
        registration_number = self.registration_number

        primary_phone_country = self.primary_phone_country

        primary_phone_number = self.primary_phone_number

        registered_address_country: None | str
        registered_address_country = self.registered_address_country

        registered_address_state: None | str
        registered_address_state = self.registered_address_state

        registered_address_postal_code: None | str
        registered_address_postal_code = self.registered_address_postal_code

        registered_address_city: None | str
        registered_address_city = self.registered_address_city

        registered_address_line: None | str
        registered_address_line = self.registered_address_line

        residential_address_country: None | str
        residential_address_country = self.residential_address_country

        residential_address_state: None | str
        residential_address_state = self.residential_address_state

        residential_address_postal_code: None | str
        residential_address_postal_code = self.residential_address_postal_code

        residential_address_city: None | str
        residential_address_city = self.residential_address_city

        residential_address_line: None | str
        residential_address_line = self.residential_address_line

        legal_form: None | str
        legal_form = self.legal_form

        industry_sector_type: None | str
        industry_sector_type = self.industry_sector_type

        industry_sector_value: None | str
        industry_sector_value = self.industry_sector_value

        incorporation_date: None | str
        if isinstance(self.incorporation_date, datetime.date):
            incorporation_date = self.incorporation_date.isoformat()
        else:
            incorporation_date = self.incorporation_date

        first_name: None | str
        first_name = self.first_name

        middle_name: None | str
        middle_name = self.middle_name

        last_name: None | str
        last_name = self.last_name

        date_of_birth: None | str
        if isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        nationality: None | str
        nationality = self.nationality

        identification_type: None | str
        identification_type = self.identification_type

        identification_value: None | str
        identification_value = self.identification_value

        nickname: None | str
        nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "legalName": legal_name,
                "email": email,
                "status": status,
                "legalEntityType": legal_entity_type,
                "contactName": contact_name,
                "registrationNumber": registration_number,
                "primaryPhoneCountry": primary_phone_country,
                "primaryPhoneNumber": primary_phone_number,
                "registeredAddressCountry": registered_address_country,
                "registeredAddressState": registered_address_state,
                "registeredAddressPostalCode": registered_address_postal_code,
                "registeredAddressCity": registered_address_city,
                "registeredAddressLine": registered_address_line,
                "residentialAddressCountry": residential_address_country,
                "residentialAddressState": residential_address_state,
                "residentialAddressPostalCode": residential_address_postal_code,
                "residentialAddressCity": residential_address_city,
                "residentialAddressLine": residential_address_line,
                "legalForm": legal_form,
                "industrySectorType": industry_sector_type,
                "industrySectorValue": industry_sector_value,
                "incorporationDate": incorporation_date,
                "firstName": first_name,
                "middleName": middle_name,
                "lastName": last_name,
                "dateOfBirth": date_of_birth,
                "nationality": nationality,
                "identificationType": identification_type,
                "identificationValue": identification_value,
                "nickname": nickname,
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
        id = d.pop("id")

        def _parse_legal_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_name = _parse_legal_name(d.pop("legalName"))

        email = d.pop("email")

        status = d.pop("status")

        legal_entity_type = d.pop("legalEntityType")

        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contactName"))

        def _parse_registration_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registration_number = _parse_registration_number(d.pop("registrationNumber"))

        primary_phone_country = d.pop("primaryPhoneCountry")

        primary_phone_number = d.pop("primaryPhoneNumber")

        def _parse_registered_address_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_address_country = _parse_registered_address_country(
            d.pop("registeredAddressCountry")
        )

        def _parse_registered_address_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_address_state = _parse_registered_address_state(
            d.pop("registeredAddressState")
        )

        def _parse_registered_address_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_address_postal_code = _parse_registered_address_postal_code(
            d.pop("registeredAddressPostalCode")
        )

        def _parse_registered_address_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_address_city = _parse_registered_address_city(
            d.pop("registeredAddressCity")
        )

        def _parse_registered_address_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_address_line = _parse_registered_address_line(
            d.pop("registeredAddressLine")
        )

        def _parse_residential_address_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        residential_address_country = _parse_residential_address_country(
            d.pop("residentialAddressCountry")
        )

        def _parse_residential_address_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        residential_address_state = _parse_residential_address_state(
            d.pop("residentialAddressState")
        )

        def _parse_residential_address_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        residential_address_postal_code = _parse_residential_address_postal_code(
            d.pop("residentialAddressPostalCode")
        )

        def _parse_residential_address_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        residential_address_city = _parse_residential_address_city(
            d.pop("residentialAddressCity")
        )

        def _parse_residential_address_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        residential_address_line = _parse_residential_address_line(
            d.pop("residentialAddressLine")
        )

        def _parse_legal_form(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_form = _parse_legal_form(d.pop("legalForm"))

        def _parse_industry_sector_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry_sector_type = _parse_industry_sector_type(d.pop("industrySectorType"))

        def _parse_industry_sector_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry_sector_value = _parse_industry_sector_value(
            d.pop("industrySectorValue")
        )

        def _parse_incorporation_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                incorporation_date_type_0 = datetime.date.fromisoformat(data)

                return incorporation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        incorporation_date = _parse_incorporation_date(d.pop("incorporationDate"))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("firstName"))

        def _parse_middle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        middle_name = _parse_middle_name(d.pop("middleName"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("lastName"))

        def _parse_date_of_birth(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth"))

        def _parse_nationality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nationality = _parse_nationality(d.pop("nationality"))

        def _parse_identification_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identification_type = _parse_identification_type(d.pop("identificationType"))

        def _parse_identification_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identification_value = _parse_identification_value(d.pop("identificationValue"))

        def _parse_nickname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nickname = _parse_nickname(d.pop("nickname"))

        client_webhook_payload = cls(
            id=id,
            legal_name=legal_name,
            email=email,
            status=status,
            legal_entity_type=legal_entity_type,
            contact_name=contact_name,
            registration_number=registration_number,
            primary_phone_country=primary_phone_country,
            primary_phone_number=primary_phone_number,
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
            legal_form=legal_form,
            industry_sector_type=industry_sector_type,
            industry_sector_value=industry_sector_value,
            incorporation_date=incorporation_date,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            nationality=nationality,
            identification_type=identification_type,
            identification_value=identification_value,
            nickname=nickname,
        )

        client_webhook_payload.additional_properties = d
        return client_webhook_payload

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
