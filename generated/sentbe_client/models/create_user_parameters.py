from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserParameters")


@_attrs_define
class CreateUserParameters:
    """A sender to register.

    Attributes:
        phone_country_code (str): ISO 3166-1 alpha-2 country code, one of the officially assigned ones.
        phone_number (str): The sender's phone number.
        first_name (str): The sender's first name.
        last_name (str): The sender's last name.
        nationality (str): ISO 3166-1 alpha-2 country code, one of the officially assigned ones.
        birth_date (str): Birth date written as YYYYMMDD, as in every docs example; a calendar day.
        middle_name (str | Unset): The sender's middle name.
        email (str | Unset): The sender's email address.
    """

    phone_country_code: str
    phone_number: str
    first_name: str
    last_name: str
    nationality: str
    birth_date: str
    middle_name: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        nationality = self.nationality

        birth_date = self.birth_date

        middle_name = self.middle_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_country_code": phone_country_code,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
                "nationality": nationality,
                "birth_date": birth_date,
            }
        )
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        phone_country_code = d.pop("phone_country_code")

        phone_number = d.pop("phone_number")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        nationality = d.pop("nationality")

        birth_date = d.pop("birth_date")

        middle_name = d.pop("middle_name", UNSET)

        email = d.pop("email", UNSET)

        create_user_parameters = cls(
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            nationality=nationality,
            birth_date=birth_date,
            middle_name=middle_name,
            email=email,
        )

        create_user_parameters.additional_properties = d
        return create_user_parameters

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
