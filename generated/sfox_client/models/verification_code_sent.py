from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_channel import VerificationChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationCodeSent")


@_attrs_define
class VerificationCodeSent:
    """Where the code was sent.

    Attributes:
        user_id (str): The end user the code was sent to.
        type_ (VerificationChannel): How the code is delivered - by email or by SMS.
        email (str | Unset): Address the code was sent to, for the email channel (the current page's SMS example also
            puts the phone number here).
        phone_number (str | Unset): Number the code was sent to, for the SMS channel.
    """

    user_id: str
    type_: VerificationChannel
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        type_ = self.type_.value

        email = self.email

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "type": type_,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        user_id = d.pop("user_id")

        type_ = VerificationChannel(d.pop("type"))

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        verification_code_sent = cls(
            user_id=user_id,
            type_=type_,
            email=email,
            phone_number=phone_number,
        )

        verification_code_sent.additional_properties = d
        return verification_code_sent

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
