from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserInfoParameters")


@_attrs_define
class UpdateUserInfoParameters:
    """The sender to change and the details to change; details left out stay as they are.

    Attributes:
        user_id (int | str): Id Sentbe assigned to a sender or payee (data.id of its create answer), as a decimal string
            or an integer.
        email (str | Unset): New email address.
        phone_country_code (str | Unset): ISO 3166-1 alpha-2 country code, one of the officially assigned ones.
        phone_number (str | Unset): New phone number.
        birth_date (str | Unset): Birth date written as YYYYMMDD, as in every docs example; a calendar day.
    """

    user_id: int | str
    email: str | Unset = UNSET
    phone_country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | str
        user_id = self.user_id

        email = self.email

        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        birth_date = self.birth_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone_country_code is not UNSET:
            field_dict["phone_country_code"] = phone_country_code
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_user_id(data: object) -> int | str:
            return cast(int | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        email = d.pop("email", UNSET)

        phone_country_code = d.pop("phone_country_code", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        update_user_info_parameters = cls(
            user_id=user_id,
            email=email,
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            birth_date=birth_date,
        )

        update_user_info_parameters.additional_properties = d
        return update_user_info_parameters

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
