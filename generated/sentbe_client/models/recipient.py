from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount


T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """A registered payee with its bank account.

    Attributes:
        id (int): Sentbe's id of the payee.
        created_at (datetime.datetime): When the payee was registered.
        phone_country_code (str):
        phone_number (str):
        bank_attributes (BankAccount): A payee's bank account as Sentbe holds it.
        first_name (str | Unset):
        last_name (str | Unset):
        email (None | str | Unset):
        birth_date (None | str | Unset): Birth date as YYYYMMDD.
    """

    id: int
    created_at: datetime.datetime
    phone_country_code: str
    phone_number: str
    bank_attributes: BankAccount
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: None | str | Unset = UNSET
    birth_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        bank_attributes = self.bank_attributes.to_dict()

        first_name = self.first_name

        last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = self.birth_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "phone_country_code": phone_country_code,
                "phone_number": phone_number,
                "bank_attributes": bank_attributes,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account import BankAccount

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        phone_country_code = d.pop("phone_country_code")

        phone_number = d.pop("phone_number")

        bank_attributes = BankAccount.from_dict(d.pop("bank_attributes"))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_birth_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        recipient = cls(
            id=id,
            created_at=created_at,
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            bank_attributes=bank_attributes,
            first_name=first_name,
            last_name=last_name,
            email=email,
            birth_date=birth_date,
        )

        recipient.additional_properties = d
        return recipient

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
