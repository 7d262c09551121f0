from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A registered sender.

    Attributes:
        id (int): Sentbe's id of the sender.
        first_name (str):
        last_name (str):
        created_at (datetime.datetime): When the sender was registered.
        phone_country_code (str):
        phone_number (str):
        email (None | str | Unset):
    """

    id: int
    first_name: str
    last_name: str
    created_at: datetime.datetime
    phone_country_code: str
    phone_number: str
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        created_at = self.created_at.isoformat()

        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "created_at": created_at,
                "phone_country_code": phone_country_code,
                "phone_number": phone_number,
            }
        )
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
        id = d.pop("id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        phone_country_code = d.pop("phone_country_code")

        phone_number = d.pop("phone_number")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            created_at=created_at,
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            email=email,
        )

        user.additional_properties = d
        return user

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
