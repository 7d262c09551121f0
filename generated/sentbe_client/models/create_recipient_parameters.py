from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_bank_input import RecipientBankInput


T = TypeVar("T", bound="CreateRecipientParameters")


@_attrs_define
class CreateRecipientParameters:
    """A payee to register for one of the partner's senders.

    Attributes:
        phone_country_code (str): ISO 3166-1 alpha-2 country code, one of the officially assigned ones.
        phone_number (str): The payee's phone number.
        first_name (str): The payee's first name.
        last_name (str): The payee's last name.
        country (str): ISO 3166-1 alpha-2 country code, one of the officially assigned ones.
        user_id (int | str): Id Sentbe assigned to a sender or payee (data.id of its create answer), as a decimal string
            or an integer.
        bank_attributes (RecipientBankInput): The bank account a new payee is paid into.
        middle_name (str | Unset): The payee's middle name.
        birth_date (str | Unset): Birth date written as YYYYMMDD, as in every docs example; a calendar day.
        email (str | Unset): The payee's email address.
    """

    phone_country_code: str
    phone_number: str
    first_name: str
    last_name: str
    country: str
    user_id: int | str
    bank_attributes: RecipientBankInput
    middle_name: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        country = self.country

        user_id: int | str
        user_id = self.user_id

        bank_attributes = self.bank_attributes.to_dict()

        middle_name = self.middle_name

        birth_date = self.birth_date

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_country_code": phone_country_code,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
                "user_id": user_id,
                "bank_attributes": bank_attributes,
            }
        )
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipient_bank_input import RecipientBankInput

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        phone_country_code = d.pop("phone_country_code")

        phone_number = d.pop("phone_number")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        country = d.pop("country")

        def _parse_user_id(data: object) -> int | str:
            return cast(int | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        bank_attributes = RecipientBankInput.from_dict(d.pop("bank_attributes"))

        middle_name = d.pop("middle_name", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        email = d.pop("email", UNSET)

        create_recipient_parameters = cls(
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            country=country,
            user_id=user_id,
            bank_attributes=bank_attributes,
            middle_name=middle_name,
            birth_date=birth_date,
            email=email,
        )

        create_recipient_parameters.additional_properties = d
        return create_recipient_parameters

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
