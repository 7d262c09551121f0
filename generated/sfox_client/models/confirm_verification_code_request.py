from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_channel import VerificationChannel

T = TypeVar("T", bound="ConfirmVerificationCodeRequest")


@_attrs_define
class ConfirmVerificationCodeRequest:
    """The code the user received, for the given channel.

    Attributes:
        type_ (VerificationChannel): How the code is delivered - by email or by SMS.
        otp (str): The numeric code the user received.
    """

    type_: VerificationChannel
    otp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        otp = self.otp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "otp": otp,
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
        type_ = VerificationChannel(d.pop("type"))

        otp = d.pop("otp")

        confirm_verification_code_request = cls(
            type_=type_,
            otp=otp,
        )

        confirm_verification_code_request.additional_properties = d
        return confirm_verification_code_request

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
